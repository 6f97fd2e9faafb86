"""Distances: "12 km", "a mile", "half a mile", "6 ft 3 in". A number and a unit of length
is read by the core "<number> <unit>" and one of a unit by duration's "a <unit>"; read
here: an amount in two units, a whole and its part ("6 ft 3 in", "6 feet and 1 inch", and
for weights "7 lb 4 oz"), which is one figure in the first unit.
"""

from __future__ import annotations

import dataclasses

import regex

from .. import Mention, Rule
from ...lexicon import Lexicon, alternation
from ..numbers import parse_words
from ...models import Kind

TWO_UNITS = Rule("<number> <unit> <number> <unit>", Kind.DISTANCE)  # the first rule's name, then " <number> <unit>"

RULES = (TWO_UNITS,)


def compile_patterns(p, lex: Lexicon, parts) -> None:
    # "6 ft 3 in": the part after a whole (units.yaml compounds), and how many parts make a whole;
    # "5-foot-8", "5-feet-8 inches": the part hyphened to the whole, its unit optional
    p.compound_part = {c.whole: (_part_after(lex, c, parts), c.per) for c in lex.units.compounds}


def _part_after(lex: Lexicon, c, parts):
    """The part of a compound after its whole: "(and) 3 in", or hyphened, "-8 (inches)"; a
    hyphened part may end a clause ("is 6-foot-2."), but not run into decimals ("6-foot-2.5")."""
    forms = alternation([f for u in lex.units.units if u.unit == c.part for f in u.forms] + c.part_forms, lead=False)
    return regex.compile(r"\s*(?:and\s+)?(?P<n>\d{1,2}(?:\.\d+)?|" + parts.word + r"(?:[\s-]+" + parts.word_next + r")?)\s*(?P<u>"
                         + forms + r")(?![\w])|-(?P<n>\d{1,2})(?![\w-])(?![.,]\d)(?:[ \t]*(?P<u>" + forms + r")(?![\w]))?", regex.IGNORECASE)


def two_unit_amounts(mentions: list[Mention], text: str, lex: Lexicon, pats) -> list[Mention]:
    """ "6 ft 3 in", "6 feet and 1 inch", "7 lb 4 oz": one figure in the first unit (6.25 ft);
    the second figure, read alone, is dropped."""
    out: list[Mention] = []
    skip_at = -1
    for m in mentions:
        if m.start == skip_at:
            continue
        part = pats.compound_part.get(m.unit.unit) if m.unit is not None and m.point is not None else None
        pm = part[0].match(text, m.end) if part else None
        n = (float(pm.group("n")) if pm.group("n")[0].isdigit() else parse_words(pm.group("n"), lex)) if pm else None
        if n is None or not 0 <= n < part[1]:
            out.append(m)
            continue
        value = m.point + n / part[1]
        out.append(dataclasses.replace(m, end=pm.end(), num_end=pm.end(), low=value, high=value, point=value,
                                       rule=m.rule + " <number> <unit>"))
        skip_at = pm.start("n")
    return out
