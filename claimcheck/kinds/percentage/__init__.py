"""Percentages and shares: "12%", "3.5 per cent" (a number and the unit, read by the
core "<number> <unit>"), and the shares read here: fractions in words ("two thirds of
voters", "cut by half."), "one in three adults", slashed fractions ("2/3 of voters",
"¾"), and a part of a scale ("half a million" is a count, not a share).
"""

from __future__ import annotations

import dataclasses
from typing import Optional

from .. import Mention, Rule, match_unit, qualified
from ...lexicon import Lexicon, alternation, fold
from ...text.rx import _rx
from ..numbers import parse_words, scale_value
from ...models import Kind

# a sentence or clause goes on after a fraction standing alone: "two thirds.", "one quarter and"
_CLAUSE_END = r"\s*(?:[.,;:!?)\"]|\Z)|\s+(?:and|or|but|than)\b"


def _fraction(lex: Lexicon, p) -> str:
    n = lex.numbers
    return (r"(?P<frac>(?:" + p.frac_num + r"[\s-]+" + p.frac_after + r"|" + p.frac + r")(?=\s+(?:of|the|its|their|a|an|our|his|her|dozen|" + p.scale_words + r")\b)"
            # "three fifths", "a half" standing alone; bare "half" only at a clause end ("cut by half.")
            r"|(?<!\band\s+)(?:" + p.alone_num + r"[\s-]+" + p.frac_alone + r"|(?<![\w-])a[\s-]+half)(?=" + _CLAUSE_END + r")"
            r"|(?<=(?<![\w-])" + alternation(n.half_alone_after, boundary=False) + r"\s)half(?=\s*(?:[.,;:!?)]|\Z)))")


def _share(lex: Lexicon, p) -> str:
    # "one in three adults", "two out of every five homes"; not "5 in 10 minutes"
    not_units = alternation([f for u in lex.units.units if u.kind != Kind.COUNT for f in u.forms])
    return (r"(?P<inn>(?<![\w.-])(?P<inn_a>\d{1,3}|" + p.word + r")\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<inn_b>\d{1,3}|" + p.word
            + r"(?:-" + p.word_next + r"|\s+" + p.scale_words + r"(?![\w]))?)(?![\w.,%-])(?!\s*" + not_units + r"))")


def _slashed(lex: Lexicon, p) -> str:
    return r"(?P<nfrac>(?<![\w./⁄])\d{1,3}[/⁄]\d{1,3}(?![\w/⁄]|[.,]\d)|" + p.vulgar + r")"


FRACTION_OF = Rule("<fraction> of", Kind.PERCENTAGE, _fraction)
IN = Rule("<number> in <number>", Kind.PERCENTAGE, _share)
SLASHED = Rule("<number>/<number> <unit>", Kind.MEASURE, _slashed)  # a share when no unit follows: "<fraction> of"
PART_OF_SCALE = Rule("<fraction> a <scale>", Kind.COUNT)            # "half a million", "one and a half million"

RULES = (FRACTION_OF, IN, SLASHED, PART_OF_SCALE)


def read_share(m, text: str, lex: Lexicon, pats) -> Optional[Mention]:
    """ "one in three adults" = 33.3 percent; "3 out of 5" = 60 percent (not "5 in 10 minutes")."""
    if match_unit(text, m.end(), pats) is not None:
        return None
    a, b = (float(x) if x[0].isdigit() else parse_words(x, lex) for x in (m.group("inn_a"), m.group("inn_b")))
    if a is None or not b or a >= b:
        return None
    val = round(100 * a / b, 6)
    start, qualifier = qualified(m.start(), text, lex, pats)  # "nearly 3 in 10"
    qa = pats.qual_after.match(text, m.end())  # "3 in 7 or more"
    if qa:
        qualifier = lex.qualifier_after[fold(qa.group("q"))]
    return Mention(start=start, end=qa.end() if qa else m.end(), num_start=m.start(), num_end=m.end(),
                   low=val, high=val, point=val, qualifier=qualifier, kind=Kind.PERCENTAGE,
                   rule=IN.name, unit=lex.unit_by_name.get("percent"),
                   surface_unit=None, word_number=not m.group("inn_a")[0].isdigit(), fraction=True)


def read_slashed(m, text: str, lex: Lexicon, pats) -> Optional[Mention]:
    """ "1/2 pound", "3/4 mile", "1/16 of a pint" (a measure), "2/3 of voters" (a share).
    Without a unit or "of" a slashed pair is a name or a code ("9/11", "24/7"): no figure;
    a fraction character ("¾") is a share."""
    s, e = m.span()
    vulgar = lex.numbers.vulgar_fractions.get(m.group("nfrac"))
    if vulgar is not None:
        val = vulgar / 100
    else:
        a, b = (int(x) for x in _rx(r"\d+").findall(m.group("nfrac")))
        if b == 0 or a >= b:
            return None
        val = a / b
    of = _rx(r"\s+of\s+(?:an?\s+)?(?:(?:US|U\.S\.|imperial|metric)\s+)?").match(text, e)
    um = match_unit(text, of.end() if of else e, pats)
    unit = None
    if um is not None:
        unit = lex.unit_form.get(fold(um.group("u"))) or lex.unit_form_cs.get(um.group("u"))
    if unit is not None and unit.kind in (Kind.MONEY, Kind.RATIO, Kind.PERCENTAGE):
        unit = None
    if unit is not None:
        kind, end, rule, surface = unit.kind, um.end(), SLASHED.name, um.group("u")
    elif of is not None or vulgar is not None:
        unit, kind, end, rule, surface = lex.unit_by_name.get("percent"), "percentage", e, FRACTION_OF.name, None
        val = round(val * 100, 6)
    else:
        return None
    if unit.factor != 1:
        val *= unit.factor
        unit = lex.unit_by_name[unit.as_unit]
    start, qualifier = qualified(s, text, lex, pats)
    return Mention(start=start, end=end, num_start=s, num_end=e, low=val, high=val, point=val,
                   qualifier=qualifier, kind=kind, rule=rule, unit=unit, surface_unit=surface, fraction=unit.kind == Kind.PERCENTAGE)


def part_or_period(text: str, s: int, pats) -> bool:
    """ "the last third of the field", "the past three quarters": a part or a period, not
    a share (numbers.yaml not_fraction_before)."""
    return pats.not_fraction_before is not None and bool(pats.not_fraction_before.search(text, max(0, s - 20), s))


def scaled_parts(mentions: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """ "half a million", "a quarter of a million", "one and a half million": a part of a
    scale is one figure (500,000), not a share and a million."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        bare = _rx(r"(?i)(?:an?\s+)?([a-z]+)").fullmatch(text, m.num_start, m.num_end) if m.word_number else None
        if prev is not None and bare and (fold(bare.group(1)) in lex.numbers.scales or fold(bare.group(1)) in lex.numbers.singles) \
                and (prev.fraction or prev.kind == Kind.COUNT and prev.point is not None and prev.point % 1) \
                and _rx(r"(?i)\s+(?:of\s+)?\Z").fullmatch(text, prev.end, m.num_start):
            value = (prev.low / 100 if prev.fraction else prev.low) * scale_value(fold(bare.group(1)), lex)
            out[-1] = dataclasses.replace(m, start=prev.start, num_start=prev.num_start, low=value, high=value, point=value,
                                          qualifier=prev.qualifier, rule=PART_OF_SCALE.name, scale=True)
            continue
        out.append(m)
    return out
