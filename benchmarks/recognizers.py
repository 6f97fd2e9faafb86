"""The number grammar held to a peer's own test suite: the English test specs of
Microsoft Recognizers-Text (numbers, ranges, percentages, currency, dimensions).

The specs are read from where they lie (default ``../shared/benchmarks/recognizers``
beside the repository, or ``$CLAIMCHECK_RECOGNIZERS``, or ``--data``); nothing from them
is written into the repository, and inputs are printed to the terminal only (``--misses``).

    python benchmarks/recognizers.py                  # claimcheck.quantities and quantulum3, side by side
    python benchmarks/recognizers.py --misses 20      # in-scope values not found, with what was read
    python benchmarks/recognizers.py --extract        # claimcheck.extract instead of quantities
    python benchmarks/recognizers.py --json

Matching rule. Every result of a spec with a value is one expected value; its span is the
result's ``Start``..``End`` (inclusive) in ``Input``. A tool's quantity *overlaps* it when
their character spans intersect. The expected value is

  found          when an overlapping quantity, not already credited to another expected
                 value of the same input, has that value;
  another value  when it is not found but an overlapping quantity has a different value
                 (a wrong figure: worse than none);
  missed         otherwise.

Values are equal within relative 1e-6. A number ("116", "1E-10") is a quantity's point
value; a percentage ("12%") the value of a quantity in percent; an interval "[a,b]" a
quantity whose low and high are a and b (open or closed ends alike); a one-sided interval
"(a,)" or "[a,)" a quantity of value a with a lower-bound qualifier (more than, at least),
"(,b)" or "(,b]" one with an upper-bound qualifier (at most, nearly). A claimcheck
quantity read from a fraction (``fraction``: "two thirds", value in percent) is compared
as the fraction (0.667), which is how the specs write fractions. quantulum3 has no
qualifiers: its value is compared with the stated end of a one-sided interval, and a value
with an uncertainty as the interval value - uncertainty .. value + uncertainty.

Cases out of scope (``OUT_OF_SCOPE``: where the specs and news conventions disagree,
each with its reason) are scored apart; ``tests/test_recognizers.py`` keeps each one
visible as a strict xfail.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT.parent / "shared" / "benchmarks" / "recognizers"
FILES = ("NumberModel.json", "NumberRangeModel.json", "PercentModel.json", "CurrencyModel.json", "DimensionModel.json")

LOWER_BOUND = frozenset({"more than", "at least"})
UPPER_BOUND = frozenset({"at most", "nearly"})


def data_dir(arg: Optional[str] = None) -> Path:
    return Path(arg or os.environ.get("CLAIMCHECK_RECOGNIZERS") or DEFAULT_DATA)


@dataclass(frozen=True)
class Expected:
    file: str
    case: int          # index of the case in its file
    result: int        # index of the result in its case
    input: str
    start: int
    end: int           # exclusive
    text: str
    low: Optional[float]
    high: Optional[float]
    percent: bool      # "12%": compared in percent


@dataclass(frozen=True)
class Got:
    """A tool's quantity, reduced to what the matching rule needs."""

    start: int
    end: int
    low: float
    high: float
    qualifier: Optional[str]   # None: the tool states no qualifier (quantulum3)
    fraction: bool = False


def parse_value(raw: str) -> tuple[Optional[float], Optional[float], bool]:
    """(low, high, percent) of a spec value: a number, "12%", or an interval "(20,35]"."""
    raw = raw.strip()
    if raw[:1] in "[(":
        lo, hi = raw[1:-1].split(",")
        return (float(lo) if lo.strip() else None), (float(hi) if hi.strip() else None), False
    if raw.endswith("%"):
        v = float(raw[:-1])
        return v, v, True
    v = float(raw)
    return v, v, False


def load(folder: Path) -> list[Expected]:
    """Every expected value of the specs (results without a value are skipped)."""
    out = []
    for name in FILES:
        cases = json.loads((folder / name).read_text(encoding="utf-8-sig"))
        for i, case in enumerate(cases):
            for j, r in enumerate(case.get("Results") or []):
                value = (r.get("Resolution") or {}).get("value")
                if value is None or value == "null":  # "a small percent": a unit, no figure
                    continue
                lo, hi, pct = parse_value(value)
                out.append(Expected(name, i, j, case["Input"], r["Start"], r["End"] + 1, r["Text"], lo, hi, pct))
    return out


# --------------------------------------------------------------------------- scope

@dataclass(frozen=True)
class Scope:
    """A family of spec cases left out of scope, and why. ``cases`` names them by file and
    case index (never by their text, which stays out of the repository): a case index
    alone takes all its results, ``(case, result)`` one result."""

    name: str
    reason: str
    cases: dict[str, tuple]

    def test(self, e: Expected) -> bool:
        picked = self.cases.get(e.file, ())
        return e.case in picked or (e.case, e.result) in picked


N, R, C, D = "NumberModel.json", "NumberRangeModel.json", "CurrencyModel.json", "DimensionModel.json"

OUT_OF_SCOPE: tuple[Scope, ...] = (
    Scope("powers", "a number raised to a power (3.1^2) is arithmetic, not a stated figure; news writes powers "
          "of ten as 2.1x10^6 or 2.1e6, which are read", {N: (58, 79, 80, 81, 82, 83, 84)}),
    Scope("division with 'over'", "'X over Y' as a division: in news 'over' before a figure means 'more than' "
          "('over 300 people') or a period ('over 3 years')", {N: (111, 112, 113, 114, 115, 116, 117, 118, 119, 120, 127, 164)}),
    Scope("ordinal and improper word fractions", "fractions whose denominator is an ordinal past 'ninth' (a "
          "twenty-first, hundredths, a trillionth) or whose numerator is above nine (twenty-seven fifths): news "
          "reads these words as ranks or counts ('the thirty-first', 'one hundred forty fifths' has two readings); "
          "word fractions with numerators one to nine and denominators half to ninth are read",
          {N: (18, 19, 69, 70, 71, 76, 77, 78, 90, 93, 95, 96, 97, 98, 99, 100, 101, 102, 103, 104, 105, 107, 108, 109,
               110, 121, 123, 124, 126, 133, 223)}),
    Scope("fractions alone that news reads otherwise", "'a fifth' alone is another one ('hurt a third'), and "
          "'quarters' alone a period of a year or a match ('were ahead for three quarters'); 'a fifth of', 'three quarters "
          "of', 'a quarter million' are read", {N: (67, 89), R: (13,)}),
    Scope("spaced or unit-like scale letters", "a scale letter set apart from the figure ('2.5 k') or G for giga: "
          "after a space a letter is a unit or an initial ('a 5 K run'), and '5G' is a network; glued k, m, bn are "
          "read ('20k', '$3bn')", {N: (40, 41, 54, 193, 194)}),
    Scope("decimal commas and unspaced lists", "English-language news writes decimals with a point and lists with "
          "spaces; a comma before one or two digits is not a decimal comma", {N: ((159, 1), (187, 0), (198, 1), (198, 2), (198, 3), 200)}),
    Scope("addresses, dates, telephone numbers, names", "digits inside a network address, a date, a telephone "
          "number, a product or model name, or spoken digit by digit name something and state no quantity "
          "(a date is read as a date)", {N: (1, 143, (144, 0), (144, 1), 189, (232, 1), (232, 2))}),
    Scope("bare slashed fractions", "a slashed pair without a unit or 'of' is a date, a score or a code in news "
          "('9/11', '24/7'); '3/4 of', '1/2 mile' and fraction characters are read", {N: (31, 32, 63)}),
    Scope("'N in M' and 'hundreds'", "'3 in 7' is a share in news ('more than 3 in 7 adults'), and a plural "
          "scale word ('four hundreds') a vague band", {R: (58,), N: (215,)}),
    Scope("ranges read whole", "'X or Y' and 'six to 9 feet' are one range in news copy ('two or three "
          "days'); the specs read one end or two figures", {N: (186,), D: (10,)}),
    Scope("'half' before a plural noun", "'more than half voters' is not news English; 'more than half of "
          "the voters' and 'more than half.' are read", {N: (161,), R: (71,)}),
    Scope("comparisons glued to a variable", "'y>7' is mathematics; a comparison before a figure ('>7', "
          "'at least 7') is read", {R: (30,)}),
    Scope("ordinal ranks", "an ordinal is a rank, not a quantity ('between the third and the eighth')", {R: (3, 5)}),
    Scope("subunits without their unit word", "'12 dollars 40', 'two dollars and two', '20 $ 40 cent', 'two kuai and "
          "three mao': news writes '$12.40', and a bare number after an amount is another figure; '4 dollars 75 cents' "
          "and '£4 20p' are read", {C: (98, 99, (101, 1), 102, 103, 127, 145, 146, 166, 167, 168, (170, 2))}),
    Scope("a currency code between figure and scale", "'60 USD million' is not news word order ('$60 million', "
          "'60 million dollars' are read)", {C: (163, (170, 0), (170, 3))}),
    Scope("unit words that news uses otherwise", "'3 pm' is a time, not picometres; 'cup' a trophy in sports "
          "copy; 'rad' also a dose of radiation; a 'half turn' names a manoeuvre; '70 -200mm' keeps the sign, "
          "as a market table needs ('Nikkei 225 -0.8%')", {D: (39, (52, 0), (65, 1), 90, 91)}),
)


def scope_of(e: Expected) -> Optional[Scope]:
    return next((s for s in OUT_OF_SCOPE if s.test(e)), None)


# --------------------------------------------------------------------------- tools

def claimcheck_quantities(text: str) -> list[Got]:
    from claimcheck import quantities
    return [Got(q.start, q.end, q.value.low, q.value.high, q.value.qualifier, q.fraction) for q in quantities(text)]


def claimcheck_extract(text: str) -> list[Got]:
    from claimcheck import extract
    return [Got(c.evidence.start, c.evidence.end, c.value.low, c.value.high, c.value.qualifier,
                c.rule in ("<fraction> of", "<number> in <number>")) for c in extract(text) if c.kind != "date"]


def quantulum(text: str) -> list[Got]:
    warnings.filterwarnings("ignore")
    from quantulum3 import parser
    out = []
    for q in parser.parse(text):
        u = q.uncertainty or 0.0
        out.append(Got(q.span[0], q.span[1], q.value - u, q.value + u, None))
    return out


TOOLS: dict[str, Callable[[str], list[Got]]] = {"claimcheck": claimcheck_quantities, "quantulum3": quantulum}


# --------------------------------------------------------------------------- matching

def _close(a: Optional[float], b: float) -> bool:
    return a is not None and (a == b or math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-12))


def same_value(e: Expected, g: Got) -> bool:
    lo, hi = (g.low / 100, g.high / 100) if g.fraction and not e.percent else (g.low, g.high)
    if e.low is not None and e.high is not None:
        return _close(e.low, lo) and _close(e.high, hi)
    if lo != hi:
        return False
    bound = e.low if e.low is not None else e.high
    sides = LOWER_BOUND if e.low is not None else UPPER_BOUND
    return _close(bound, lo) and (g.qualifier is None or g.qualifier in sides)


def overlaps(e: Expected, g: Got) -> bool:
    return g.start < e.end and e.start < g.end


def score_input(expected: list[Expected], got: list[Got]) -> list[str]:
    """'found', 'other' or 'missed' for each expected value of one input."""
    used: set[int] = set()
    out = []
    for e in expected:
        near = [i for i, g in enumerate(got) if overlaps(e, g)]
        hit = next((i for i in near if i not in used and same_value(e, got[i])), None)
        if hit is not None:
            used.add(hit)
            out.append("found")
        else:
            out.append("other" if near else "missed")
    return out


def run(tool: Callable[[str], list[Got]], expected: list[Expected]) -> dict[Expected, tuple[str, list[Got]]]:
    by_input: dict[tuple[str, int], list[Expected]] = {}
    for e in expected:
        by_input.setdefault((e.file, e.case), []).append(e)
    out = {}
    for group in by_input.values():
        got = tool(group[0].input)
        for e, verdict in zip(group, score_input(group, got)):
            out[e] = (verdict, got)
    return out


# --------------------------------------------------------------------------- report

def tally(results: dict, subset: list[Expected]) -> tuple[int, int, int]:
    found = sum(results[e][0] == "found" for e in subset)
    other = sum(results[e][0] == "other" for e in subset)
    return found, other, len(subset)


def _pct(a: int, n: int) -> str:
    return f"{100 * a / n:.0f}%" if n else "-"


def table(all_results: dict[str, dict], expected: list[Expected]) -> str:
    tools = list(all_results)
    head = "| file | in scope | " + " | ".join(f"{t} found | {t} other value" for t in tools) + " |"
    lines = [head, "|" + "---|" * (2 + 2 * len(tools))]
    rows = [(f, [e for e in expected if e.file == f and scope_of(e) is None]) for f in FILES]
    rows.append(("**total in scope**", [e for e in expected if scope_of(e) is None]))
    rows.append(("out of scope", [e for e in expected if scope_of(e) is not None]))
    rows.append(("all", expected))
    for label, subset in rows:
        cells = []
        for t in tools:
            f, o, n = tally(all_results[t], subset)
            cells += [f"{f} ({_pct(f, n)})", str(o)]
        lines.append(f"| {label} | {len(subset)} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def _show(e: Expected, verdict: str, got: list[Got]) -> str:
    read = [(round(g.low, 6), round(g.high, 6), g.qualifier) for g in got if overlaps(e, g)]
    return f"  [{verdict}] {e.file}#{e.case} {e.input[:90]!r}: {e.text!r} = {e.low}..{e.high}; read {read}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", help="folder of the spec files (default: $CLAIMCHECK_RECOGNIZERS or ../shared/benchmarks/recognizers)")
    ap.add_argument("--extract", action="store_true", help="score claimcheck.extract's claims instead of quantities")
    ap.add_argument("--no-quantulum", action="store_true")
    ap.add_argument("--misses", type=int, default=0, help="print up to N in-scope values not found (terminal only)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    folder = data_dir(args.data)
    if not (folder / FILES[0]).exists():
        raise SystemExit(f"no Recognizers-Text specs in {folder} (set $CLAIMCHECK_RECOGNIZERS or --data)")
    sys.path.insert(0, str(ROOT))
    expected = load(folder)
    tools = dict(TOOLS)
    if args.extract:
        tools["claimcheck"] = claimcheck_extract
    if args.no_quantulum:
        tools.pop("quantulum3")
    else:
        try:
            import quantulum3  # noqa: F401
        except ImportError:
            tools.pop("quantulum3")
    results = {name: run(fn, expected) for name, fn in tools.items()}
    in_scope = [e for e in expected if scope_of(e) is None]
    if args.json:
        print(json.dumps({t: dict(zip(("found", "other", "expected"), tally(r, in_scope))) for t, r in results.items()}, indent=1))
        return 0
    print(table(results, expected))
    for s in OUT_OF_SCOPE:
        print(f"out of scope: {s.name}: {sum(1 for e in expected if scope_of(e) is s)} values")
    if args.misses:
        print("\nclaimcheck, in scope, not found:")
        misses = [e for e in in_scope if results["claimcheck"][e][0] != "found"]
        misses.sort(key=lambda e: results["claimcheck"][e][0] != "other")
        for e in misses[:args.misses]:
            print(_show(e, *results["claimcheck"][e]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
