"""Fuzz the extractor with atheris (coverage-guided, libFuzzer): any exception other than
a ClaimcheckError is a crash, and so is a broken invariant (a span that does not quote the
original, low > high, a figure that is not finite).

    pip install atheris
    python benchmarks/fuzz/fuzz_extract.py -max_total_time=300 -max_len=2048 [CORPUS_DIR]

Not run in CI; see docs/reliability.md for the last run and what it found.
"""

from __future__ import annotations

import math
import sys

import atheris

with atheris.instrument_imports(include=["claimcheck"]):
    from claimcheck import Document, extract
    from claimcheck.errors import ClaimcheckError


def check_claims(text: str) -> None:
    """Extract from ``text`` and check the invariants of every claim."""
    try:
        claims = extract(Document(id="fuzz", text=text, published="2023-10-14"))
    except ClaimcheckError:
        return
    for c in claims:
        e = c.evidence
        assert text[e.start:e.end] == e.text, (e.start, e.end, e.text)
        assert text[e.sentence_start:e.sentence_start + len(e.sentence)] == e.sentence
        assert c.value.low <= c.value.high, c
        assert all(math.isfinite(x) for x in (c.value.low, c.value.high)), c


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    check_claims(fdp.ConsumeUnicodeNoSurrogates(len(data)))


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one_input)
    atheris.Fuzz()
