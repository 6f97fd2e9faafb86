"""Fuzz the loaders with atheris: documents (.txt, .json, .jsonl, meta.yaml) and rules
configurations (.toml, .yaml). Every input must load or raise a ClaimcheckError; anything
else (a KeyError, a RecursionError, a TypeError...) is a crash.

    pip install atheris
    python benchmarks/fuzz/fuzz_loaders.py -max_total_time=300 -max_len=4096

Not run in CI; see docs/reliability.md for the last run and what it found.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["claimcheck"]):
    from claimcheck import load_documents
    from claimcheck.conflicts.check import load_config
    from claimcheck.errors import ClaimcheckError

FOLDER = Path(tempfile.mkdtemp(prefix="claimcheck-fuzz-"))
TARGETS = [("doc.txt", load_documents), ("doc.json", load_documents), ("doc.jsonl", load_documents),
           ("rules.toml", load_config), ("rules.yaml", load_config), ("meta", None)]


def load(name: str, loader, data: bytes) -> None:
    """Write ``data`` to a file called ``name`` and load it."""
    if loader is None:  # a folder with this meta.yaml and one article
        folder = FOLDER / "folder"
        folder.mkdir(exist_ok=True)
        (folder / "a.txt").write_text("About 40 people died.", encoding="utf-8")
        (folder / "meta.yaml").write_bytes(data)
        path, loader = folder, load_documents
    else:
        path = FOLDER / name
        path.write_bytes(data)
    try:
        loader(path)
    except ClaimcheckError:
        pass


def test_one_input(data: bytes) -> None:
    if not data:
        return
    name, loader = TARGETS[data[0] % len(TARGETS)]
    load(name, loader, data[1:])


if __name__ == "__main__":
    os.environ.setdefault("PYTHONHASHSEED", "0")
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
