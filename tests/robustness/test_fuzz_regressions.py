"""Inputs the fuzzers (benchmarks/fuzz) found a bug with, kept as regression tests."""

from __future__ import annotations

import pytest

from claimcheck import extract


@pytest.mark.parametrize("text", [
    "The death toll from Sunday's earthquake rose by 86 to 35 on Tuesday, officials said.",  # fuzz_extract, run 1
    "The vote was 86 to 35 in Sirte.",
    "Between 86 and 35 people died in Sirte.",
    "The wall runs 86 km to 35 km north of Sirte.",
])
def test_no_range_runs_down(text):
    claims = extract(text)
    assert claims and all(c.value.low <= c.value.high for c in claims)
    assert {"86", "35"} <= {c.text.split()[0] for c in claims}  # two figures, not one range
