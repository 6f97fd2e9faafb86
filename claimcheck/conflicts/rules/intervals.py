"""Qualifier-aware interval semantics, shared by the rules that compare figures.

A claim's normalized value ``[low, high]`` (canonical units) becomes the interval of
values the statement allows, widened by a tolerance so that rounding is not mistaken
for disagreement:

=============  ==============================================  ==========================
qualifier      interval                                        example (t: tolerance)
=============  ==============================================  ==========================
exact          [low - w, high + w], w = max(exact*x, rounding)  60,000 -> [58,800, 61,200]
approximately  [low - w, high + w], w = max(approx*x, rounding) about 90% -> [81, 99]
more than      [x - w, inf)  (w from ``exact``: the bound may    over 100,000 -> [98,000, inf)
at least       be rounded too; a duration so far, "entered its fifth day", too)
nearly         [x - max(nearly*x, rounding), x]                 nearly 3 years -> [2.5, 3]
at most        (-inf, x + w]
vague          [low, high] as the lexicon defines it            a few thousand -> [2,000, 9,000]
=============  ==============================================  ==========================

``rounding`` is a half-width in the *stated* unit applied to a single whole figure
("3 years" may be anything that rounds to 3: [2.5, 3.5]); it is 0.5 for durations by
default and 0 for other kinds, where ``exact`` (2%) absorbs typing-level rounding; an exact
count that is no round figure ("49 people", not "60,000") has no slack: 48 is another count;
nor has a sum written in full with three significant digits or more, but half its last
("£412,000": £421,000 is another sum; "$42.50 a share": $43.50 is another price).

A figure written with a scale word ("$13 billion", "2.1 million") may be rounded or cut at
its last written digit: "$13 billion" is said of $13.9 billion ([12.5, 14] billion); "$2.1
billion" is not said of $2.4 billion ([2.05, 2.2]), nor "80 million" of 85 million.
"""

from __future__ import annotations

import math
import re
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field

from ...kinds.duration import ORDINAL
from ...models import Claim, Kind

INF = math.inf
POINTISH = ("exact", "approximately")
LOWER_BOUNDS = ("more than", "at least")
UPPER_BOUNDS = ("nearly", "at most")


class Tolerance(BaseModel):
    """How far a stated figure of one kind may be from the truth and still be right.
    Relative values are fractions (0.1 = 10%)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    exact: float = Field(0.02, ge=0, description="Relative slack of an exact figure (and of a bound).")
    approximately: float = Field(0.10, ge=0, description="Relative slack of 'about', 'an estimated', 'roughly'.")
    nearly: float = Field(0.10, ge=0, description="How far below x 'nearly x' / 'almost x' may go.")
    rounding: float = Field(0.0, ge=0, description="Half-width in the stated unit for a single whole figure.")
    cut: bool = Field(True, description="A figure written with a scale word may be cut at its last digit "
                                        "('$13 billion' said of $13.9 billion); not an amount a court sets.")


TALLY = "tally"
"""The tolerance of every stat of a game (see ``tolerance_for``)."""

DEFAULT_TOLERANCES: dict[str, Tolerance] = {
    "default": Tolerance(),
    # "a three-year siege" is said of anything from 2.5 to 3.5 years; no more, or a
    # blockade since 2019 (3.8 years by October 2023) could be called "three years".
    Kind.DURATION: Tolerance(rounding=0.5),
    # a magnitude is a logarithm stated to a tenth: 5.2 against 5.4 is two agencies
    # disagreeing, which 2% of 5.3 would hide
    "magnitude": Tolerance(exact=0.005, approximately=0.03),
    # a deal's price is set by contract: "about $4.5 billion" is no rounding of $4.2 billion,
    # which 10% would let it be
    "deal": Tolerance(approximately=0.03),
    # a turnout is counted and stated to a tenth: 66.4% against 64.9% is two counts disagreeing,
    # which 2% of 65 would hide
    "turnout": Tolerance(exact=0.005),
    # bail is set by a judge to the dollar: "$1 million" is not said of $1.2 million
    "bail": Tolerance(cut=False),
    # an age is stated in whole years: 77 against 78 is two reports disagreeing
    "age": Tolerance(exact=0.0),
    # a prison sentence is stated as the court gave it: 14 years against 15 is a disagreement
    "sentence": Tolerance(exact=0.0),
    # a gap between two steps ("married 12 days before the attack") is counted from two
    # days, not measured: two weeks against three is a disagreement, which half a week of
    # rounding on each side would let meet at two and a half
    "interval": Tolerance(rounding=0.4),
    # a product line's specification (a screen's 6.4 inches) is stated to its last digit: 6.4
    # against 6.5 is a disagreement, which 2% would hide
    "spec": Tolerance(exact=0.0),
    # a player's tally in a game (points, yards; events.yaml game_stats) is counted, not
    # measured: 288 yards against 283 is a disagreement
    TALLY: Tolerance(exact=0.0),
}


def tolerance_for(tolerances: dict[str, Tolerance], kind: str, subject: Optional[str] = None) -> Tolerance:
    """The tolerance of a subject that has its own (magnitude), else of the kind."""
    return (subject and tolerances.get(subject)) or tolerances.get(kind) or tolerances.get("default") or Tolerance()


def derived(claim: Claim) -> bool:
    """A figure computed rather than stated: a duration counted from a start date."""
    return claim.rule.startswith("since")


def stated(claim: Claim) -> tuple[float, float]:
    """The normalized figure as stated, before qualifier and tolerance."""
    n = claim.normalized
    if n is not None:
        return n.low, n.high
    return claim.value.low, claim.value.high


def interval(claim: Claim, tol: Tolerance) -> tuple[float, float]:
    """The values the claim allows, tolerance included (see the module table)."""
    lo, hi = stated(claim)
    q = claim.value.qualifier
    # one stated unit in canonical units: "3 weeks" -> 3/52 year per week
    per_unit = (hi / claim.value.high) if claim.value.high else 1.0
    whole = claim.value.point is not None and float(claim.value.point).is_integer() and not derived(claim)
    r = tol.rounding * abs(per_unit) if whole else 0.0
    if q == "vague":
        return lo, hi
    if q in LOWER_BOUNDS or claim.rule == _SO_FAR:
        return lo - max(tol.exact * abs(lo), r), INF
    if q == "at most":
        return -INF, hi + max(tol.exact * abs(hi), r)
    if q == "nearly":
        # "nearly three months" is said of 80 days: a duration may round up to the figure
        return hi - max(tol.nearly * abs(hi), r), hi
    rel = tol.approximately if q == "approximately" else tol.exact
    if q == "exact" and claim.kind == Kind.COUNT and whole and lo == hi and lo % 10:
        rel = 0.0  # "49 people" is no rounded figure: 48 is another count
    digit = _last_significant(claim) if q == "exact" and claim.kind == Kind.MONEY and lo == hi else 0.0
    if digit:  # "£412,000", "$42.50 a share" say every digit to their last: £421,000 and $43.50 are others
        rel, r = 0.0, max(r, digit / 2 * abs(per_unit))
    cut = _last_digit(claim) * abs(per_unit) if lo == hi and tol.cut else 0.0
    return lo - max(rel * abs(lo), r, cut / 2), hi + max(rel * abs(hi), r, cut)


_SO_FAR = ORDINAL.name
"""A duration so far ("the strike entered its fifth day") bounds the whole from below: the
strike may last eight days."""
_WRITTEN = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _last_significant(claim: Claim) -> float:
    """The worth of the last significant digit of a sum written in full with three or more
    ("£412,000": 1,000; "$42.50": a cent); 0 for a rounder one ("$410,000", "$300"), which
    may be rounded, and for one with a scale word ("$1.25 billion": see ``_last_digit``)."""
    m = _WRITTEN.search(claim.text)
    if m is None or claim.value.point is None:
        return 0.0
    written = m.group().replace(",", "")
    if abs(float(written) - claim.value.point) > 1e-9:
        return 0.0  # a scale word
    whole, _, frac = written.partition(".")
    if frac:
        unit, digits = 10.0 ** -len(frac), (whole + frac).lstrip("0")
    else:
        digits = whole.rstrip("0").lstrip("0")
        unit = 10.0 ** (len(whole.lstrip("0")) - len(digits)) if digits else 0.0
    return unit if len(digits) >= 3 else 0.0


def _last_digit(claim: Claim) -> float:
    """The worth, in the stated unit, of the last digit of a figure written with a scale
    word ("$13 billion": a billion; "2.1 million": 100,000); 0 for one written in full."""
    if claim.value.point is None or abs(claim.value.point) < 1000:
        return 0.0  # no scale word reaches below a thousand: most figures stop here, unread
    m = _WRITTEN.search(claim.text)
    written = float(m.group().replace(",", "")) if m else 0.0
    if not written:
        return 0.0
    scale = claim.value.point / written
    if scale < 1000 or abs(math.log10(scale) - round(math.log10(scale))) > 1e-9:
        return 0.0  # no scale word: "13,900,000" says every digit
    return 10.0 ** round(math.log10(scale)) / 10 ** len(m.group(1) or "")


def overlap(a: tuple[float, float], b: tuple[float, float]) -> bool:
    return a[0] <= b[1] and b[0] <= a[1]


def ratio(lower: tuple[float, float], upper: tuple[float, float]) -> float:
    """How far apart two stated figures are: the upper one's low end over the lower
    one's high end (115,000 / 60,000 = 1.92). Infinite when the lower one is 0."""
    a, b = lower[1], upper[0]
    if a <= 0 or b <= 0:
        return INF if b > a else 1.0
    return b / a


def order(a_int: tuple[float, float], b_int: tuple[float, float]) -> Optional[int]:
    """-1 when a lies wholly below b, 1 when above, None when they overlap."""
    if a_int[1] < b_int[0]:
        return -1
    if b_int[1] < a_int[0]:
        return 1
    return None
