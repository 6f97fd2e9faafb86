"""Peak memory and time of ``claimcheck extract`` and ``claimcheck check`` on one large document.

The fixture articles (fixtures/*.txt and fixtures/quake/*.txt) are concatenated, separated
by blank lines, until the text reaches the target size (default 15 MB): one long document,
the worst case for memory since nothing can be freed between documents. Each command runs
in a child process; its peak resident memory (``ru_maxrss``) and wall time are read from
``os.wait4``. ``--folder`` writes the same text as many one-article files instead.

    python benchmarks/memory.py                  # 15 MB, extract and check
    python benchmarks/memory.py --mb 5 --only check
    python benchmarks/memory.py --folder         # a folder of articles of the same total size
    python benchmarks/memory.py --phases         # check in-process: extraction vs the rules
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = [ROOT / "fixtures", ROOT / "fixtures" / "quake"]


def articles() -> list[str]:
    """The text of every fixture article, in a fixed order."""
    return [p.read_text(encoding="utf-8") for folder in FIXTURES for p in sorted(folder.glob("*.txt"))]


def big_text(target_bytes: int) -> str:
    """Fixture articles, round robin, joined by blank lines until ``target_bytes`` of UTF-8."""
    base, parts, size, i = articles(), [], 0, 0
    while size < target_bytes:
        text = base[i % len(base)]
        parts.append(text)
        size += len(text.encode("utf-8")) + 2
        i += 1
    return "\n\n".join(parts)


def write_input(folder: Path, mb: float, as_folder: bool) -> Path:
    """One big .txt file, or a folder of one-article files, of about ``mb`` MB."""
    if not as_folder:
        path = folder / "big.txt"
        path.write_text(big_text(int(mb * 1e6)), encoding="utf-8")
        return path
    docs = folder / "docs"
    docs.mkdir()
    base, size, i = articles(), 0, 0
    while size < mb * 1e6:
        text = base[i % len(base)]
        (docs / f"a{i:06d}.txt").write_text(text, encoding="utf-8")
        size += len(text.encode("utf-8"))
        i += 1
    return docs


def measure(argv: list[str]) -> tuple[float, float, int]:
    """(seconds, peak RSS in MB, exit code) of a child process."""
    t0 = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(proc.pid, 0)
    secs = time.perf_counter() - t0
    err = proc.stderr.read().decode("utf-8", "replace").strip() if proc.stderr else ""
    proc.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code not in (0, 1):
        print(f"  (exit {code}: {err[:300]})")
    return secs, usage.ru_maxrss / 1024, code


def phases(path: Path) -> None:
    """Time extraction and the rules of ``check`` separately, in this process."""
    sys.path.insert(0, str(ROOT))
    from claimcheck import check, load_documents
    from claimcheck.pipeline.extract import extract_many

    docs = load_documents(path)
    t0 = time.perf_counter()
    claims = extract_many(docs)
    t1 = time.perf_counter()
    report = check(docs, claims=claims)
    t2 = time.perf_counter()
    print(f"phases     extract {t1 - t0:.1f} s ({len(claims):,} claims); rules {t2 - t1:.1f} s ({len(report.conflicts):,} conflicts)")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=15.0, help="input size in MB (10^6 bytes), default 15")
    ap.add_argument("--only", choices=("extract", "check"), help="run one command only")
    ap.add_argument("--folder", action="store_true", help="a folder of one-article files instead of one document")
    ap.add_argument("--phases", action="store_true", help="time check's extraction and rules separately (in-process)")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        path = write_input(Path(tmp), args.mb, args.folder)
        size = sum(f.stat().st_size for f in ([path] if path.is_file() else path.iterdir()))
        print(f"input      {'folder' if args.folder else 'one document'}, {size / 1e6:.1f} MB")
        if args.phases:
            phases(path)
            return 0
        commands = {"extract": ["extract", "--output", str(Path(tmp) / "out.jsonl")],
                    "check": ["check", "--format", "json", "--output", str(Path(tmp) / "out.json")]}
        for name, extra in commands.items():
            if args.only and name != args.only:
                continue
            secs, peak, _ = measure([sys.executable, "-m", "claimcheck.cli", extra[0], str(path), *extra[1:]])
            print(f"{name:<10} {secs:6.1f} s   peak {peak:7.0f} MB   ({peak / (size / 1e6):.0f}x the input)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
