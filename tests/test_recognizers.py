"""The number grammar against the English test specs of Recognizers-Text (third-party
text, read from ../shared/benchmarks/recognizers or $CLAIMCHECK_RECOGNIZERS; never copied
into this repository). The matching rule and the cases out of scope, each with its reason,
are in benchmarks/recognizers.py; every out-of-scope value is a strict xfail, so reading
one is noticed (and its case should leave the list)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

_SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "recognizers.py"
_spec = importlib.util.spec_from_file_location("recognizers_bench", _SCRIPT)
bench = sys.modules["recognizers_bench"] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)

FOLDER = bench.data_dir()
HAVE_SPECS = (FOLDER / bench.FILES[0]).exists()
EXPECTED = bench.load(FOLDER) if HAVE_SPECS else []
needs_specs = pytest.mark.skipif(not HAVE_SPECS, reason=f"no Recognizers-Text specs in {FOLDER} (set $CLAIMCHECK_RECOGNIZERS)")


def _verdict(e) -> str:
    group = [x for x in EXPECTED if x.file == e.file and x.case == e.case]
    return bench.score_input(group, bench.claimcheck_quantities(e.input))[group.index(e)]


@needs_specs
def test_in_scope_values_are_found_and_none_misread():
    in_scope = [e for e in EXPECTED if bench.scope_of(e) is None]
    results = bench.run(bench.claimcheck_quantities, in_scope)
    found, other, n = bench.tally(results, in_scope)
    assert found >= 0.9 * n, f"found {found} of {n} in-scope values"
    assert other <= 10, f"{other} in-scope values read with another value"


def _out_of_scope():
    for e in EXPECTED:
        s = bench.scope_of(e)
        if s is not None:
            yield pytest.param(e, id=f"{e.file[:-5]}-{e.case}.{e.result}",
                               marks=pytest.mark.xfail(reason=f"out of scope: {s.name}: {s.reason}", strict=True))


@needs_specs
@pytest.mark.parametrize("expected", list(_out_of_scope()))
def test_out_of_scope_value(expected):
    assert _verdict(expected) == "found"
