"""Counts: how many of something ("250 miners", "three people", "a few thousand", "a
dozen"). The generic number rules live here, as every other kind starts from them: a
number in digits ("<number>", with a scale: "1.5 million") or in words ("<number words>"),
and a vague amount ("a few <scale>"); a unit after the number ("<number> <unit>") makes
it another kind, and two numbers a range ("<number> to <number>").
"""

from __future__ import annotations

import dataclasses

from .. import Mention, Rule
from ...lexicon import Lexicon, alternation
from ...text.rx import _rx
from ..numbers import digits_rule, words_rule
from ...models import Kind


def _vague(lex: Lexicon, p) -> str:
    # a rule of the core pattern only, which is compiled IGNORECASE
    return r"(?P<vague>" + alternation(p.vague_phrases, ignore_case=True) + r")(?=\s+of\b|\s+\w|[\s,.;:)]|$)"


VAGUE = Rule("a few <scale>", Kind.COUNT, _vague)
NUMBER = Rule("<number>", Kind.COUNT, digits_rule)
NUMBER_WORDS = Rule("<number words>", Kind.COUNT, words_rule)
# names made by the figure reader from the ones above
WITH_UNIT = Rule("<number> <unit>", Kind.COUNT)  # a unit after the number: its kind is the unit's
RANGE = Rule("<number> to <number>", Kind.COUNT)
BETWEEN = Rule("between <number> and <number>", Kind.COUNT)
BETWEEN_UNITS = Rule("between <number> <unit> and <number> <unit>", Kind.COUNT)
BOUNDS = Rule("<lower bound> and <upper bound>", Kind.COUNT)  # "more than 15 and less than 25"

RULES = (VAGUE, NUMBER, NUMBER_WORDS, WITH_UNIT, RANGE, BETWEEN, BETWEEN_UNITS, BOUNDS)


_LOWER_BOUNDS = frozenset({"more than", "at least"})
_UPPER_BOUNDS = frozenset({"at most", "nearly"})


def bounded_ranges(mentions: list[Mention], text: str) -> list[Mention]:
    """ "more than 15 and less than 25", "above 2,000 and below 2,500", "at most 90 and at
    least 30": a lower and an upper bound side by side are one interval."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        bare = prev is not None and prev.kind == Kind.COUNT and prev.unit is None  # "more than 20 and less than 40 cm"
        if prev is None or prev.kind != m.kind and not bare or prev.unit is not None and m.unit is not None and prev.unit.unit != m.unit.unit \
                or prev.point is None or m.point is None or not _rx(r"(?i)\s*,?\s*(?:(?:and|but)\s+)?\Z").match(text, prev.end, m.start):
            out.append(m)
            continue
        bounds = {prev.qualifier: prev.point, m.qualifier: m.point}
        lo = next((v for q, v in bounds.items() if q in _LOWER_BOUNDS), None)
        hi = next((v for q, v in bounds.items() if q in _UPPER_BOUNDS), None)
        if lo is None or hi is None or lo >= hi:
            out.append(m)
            continue
        out[-1] = dataclasses.replace(prev, end=m.end, num_end=m.num_end, low=lo, high=hi, point=None, qualifier="exact", kind=m.kind if bare else prev.kind,
                                      unit=prev.unit or m.unit, surface_unit=prev.surface_unit or m.surface_unit,
                                      rule=BOUNDS.name)
    return out
