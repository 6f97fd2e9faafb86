"""Counts: how many of something ("250 miners", "three people", "a few thousand", "a
dozen"). The generic number rules live here, as every other kind starts from them: a
number in digits ("<number>", with a scale: "1.5 million") or in words ("<number words>"),
and a vague amount ("a few <scale>"); a unit after the number ("<number> <unit>") makes
it another kind, and two numbers a range ("<number> to <number>").
"""

from __future__ import annotations

from .. import Rule
from ...lexicon import Lexicon, alternation
from ..numbers import digits_rule, words_rule


def _vague(lex: Lexicon, p) -> str:
    return r"(?P<vague>" + alternation(p.vague_phrases) + r")(?=\s+of\b|\s+\w|[\s,.;:)]|$)"


VAGUE = Rule("a few <scale>", "count", _vague)
NUMBER = Rule("<number>", "count", digits_rule)
NUMBER_WORDS = Rule("<number words>", "count", words_rule)
# names made by the figure reader from the ones above
WITH_UNIT = Rule("<number> <unit>", "count")  # a unit after the number: its kind is the unit's
RANGE = Rule("<number> to <number>", "count")
BETWEEN = Rule("between <number> and <number>", "count")
BETWEEN_UNITS = Rule("between <number> <unit> and <number> <unit>", "count")
BOUNDS = Rule("<lower bound> and <upper bound>", "count")  # "more than 15 and less than 25"

RULES = (VAGUE, NUMBER, NUMBER_WORDS, WITH_UNIT, RANGE, BETWEEN, BETWEEN_UNITS, BOUNDS)
