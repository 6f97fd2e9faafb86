"""Measures: a number in a unit that is not money, time, distance, a share or a ratio
("7.0 magnitude", "38C", "12 tonnes", "a 58-year-old"). "<number> <unit>" reads most of
them; read here: a decimal by an event noun ("a 7.0 quake", "the quake measured 7.1"), a
unit's code glued to a decimal ("M6.2"), ages without a unit ("The mayor, 58, said",
"died at 91", "women aged 25 to 54"), and "pounds" that weigh ("lost 14 pounds").
"""

from __future__ import annotations

from typing import Optional

import re

import regex

from .. import Mention, Rule, noun_follows, span_taken
from ...lexicon import Lexicon, UnitDef, alternation, fold
from ...text.rx import _rx, bound_all
from ...models import Kind

EVENT_NOUN_AFTER = Rule("<number> <event noun>", Kind.MEASURE)      # "a 7.0 quake"
EVENT_NOUN_BEFORE = Rule("<event noun> <verb> <number>", Kind.MEASURE)  # "the quake measured 7.1"
GLUED_CODE = Rule("<code><number>", Kind.MEASURE)                  # "an M6.2 earthquake"
PERSON_AGE = Rule("<person>, <number>,", Kind.MEASURE)             # "The mayor, 58, said"
VERB_AGE = Rule("<verb> <number> (age)", Kind.MEASURE)             # "died on Thursday at 91", "turned 68"
WAS_AGE = Rule("<person> was <number>.", Kind.MEASURE)             # "She was 85." closing an obituary's sentence
LISTED_AGE = Rule("<age> and <number>", Kind.MEASURE)              # "ages 6 and 16"
AGED = Rule("aged <number>", Kind.MEASURE)                         # "aged 25 to 54": "aged " before the rule read
DECADE_AGE = Rule("in <his> <early> <decade>s", Kind.MEASURE)      # "a man in his 60s", "in her early thirties"

RULES = (EVENT_NOUN_AFTER, EVENT_NOUN_BEFORE, GLUED_CODE, PERSON_AGE, VERB_AGE, WAS_AGE, LISTED_AGE, AGED, DECADE_AGE)


def compile_patterns(p, lex: Lexicon) -> None:
    n = lex.numbers
    # "a 7.0 quake": a decimal before an event noun of a unit; "M6.2": a code glued to it (units.yaml)
    p.event_unit = {fold(f): u for u in lex.units.units for f in u.event_nouns}
    p.event_after = regex.compile(r"[ \t]+(?:[a-z]+[ \t]+)?(?P<ev>" + alternation(p.event_unit, lead=False) + r")",
                                  regex.IGNORECASE) if p.event_unit else None
    names = {fold(u_p): u for u in lex.units.units if u.event_nouns for u_p in u.prefix if u_p.isalpha()}
    p.named_unit = dict(p.event_unit, **names)
    p.named_before = regex.compile(r"(?i)(?<![\w])(?P<w>" + alternation(p.named_unit, boundary=False) + r")s?(?![\w])[^.;:\d]{0,30}?"
                                   r"(?<![\w])(?:at|of|was|is|measured|measuring|registered|registering|reached)\s+"
                                   r"(?:" + alternation(list(lex.qualifier_of), boundary=False) + r"\s+)?\Z") \
        if p.named_unit else None  # "aftershocks measuring up to 5.4": a qualifier between
    p.code_unit = {c: u for u in lex.units.units for c in u.glued_codes}
    # each code's first letter, then the test of the character before it: a pattern that
    # starts with a letter lets the engine skip to that letter (thirty times faster than a
    # lookbehind tried at every position); "(?<![\w.]M)" after an "M" is "(?<![\w.])" before it
    codes = sorted(p.code_unit, key=lambda c: len(re.escape(c)), reverse=True)
    p.glued_code = re.compile(r"(?P<c>" + "|".join(re.escape(c[0]) + r"(?<![\w.]" + re.escape(c[0]) + ")" + re.escape(c[1:]) for c in codes)
                              + r")(?P<n>\d\.\d{1,2})(?![\w]|[.,]\d)") if p.code_unit else None
    # "in his 60s", "in her early thirties", "in their mid-20s" (numbers.yaml decade_age_*)
    p.decade_age = regex.compile(r"(?i)(?<![\w])in\s+" + alternation(n.decade_age_owners, boundary=False) + r"\s+(?:(?P<part>"
                                 + alternation(list(n.decade_age_parts), boundary=False) + r")[\s-]+)?(?:(?P<d>[1-9]0)'?s|(?P<w>"
                                 + alternation(list(n.decade_age_words), boundary=False) + r"))(?![\w])") \
        if n.decade_age_owners and n.decade_age_words else None
    p.age_unit = lex.unit_by_name.get("year of age")
    p.mass_cue = regex.compile(r"(?i)(?<![\w])(?:" + "|".join(map(regex.escape, lex.units.mass_cues)) + r")") if lex.units.mass_cues else None
    # "cost 40 pounds", "was fined about 500 pounds": paid, up to three words before the number
    p.money_cue = regex.compile(r"(?i)(?<![\w])" + alternation(lex.units.money_cues, boundary=False) + r"(?:[ \t]+[\w'-]+){0,3}?[ \t]+\Z") \
        if lex.units.money_cues else None
    p.money_nouns = frozenset(fold(w) for w in lex.units.money_nouns)
    p.aged_before = regex.compile(r"(?i)(?<![\w])(?:aged|age\s+of|ages\s+of|age|ages)\s+(?:between\s+)?\Z")
    # "The mayor, 58, said", "DuPree, 75, dies", "Walt Pell, now 71," (numbers.yaml age_nouns, or a name)
    p.age_before = regex.compile(r"(?:\b\p{Lu}[\p{L}'-]*\p{Ll}|\b" + alternation(n.age_nouns, boundary=False) + r"),\s*(?:now\s+)?\Z")
    # "turned 68": an age right after a verb (numbers.yaml age_verbs; "died at 91" is
    # Lexicon.age_at_before, which the binders read too)
    p.age_verb_before = regex.compile(r"(?i)(?<![\w])" + alternation(n.age_verbs, boundary=False) + r"\s+\Z") \
        if n.age_verbs else None


def event_unit(text: str, start: int, end: int, m, pats) -> tuple[Optional[UnitDef], str]:
    """ "a 7.0 quake", "the 6.4 offshore temblor": a decimal under ten right before an event
    noun of a unit (units.yaml `event_nouns`) is in that unit; "7 quakes" stays a count. So is
    one after the event noun or the unit's name and a verb: "the quake measured 7.1", "an
    aftershock of 5.4", "put the magnitude at 6.4". Returns the unit (or None) and the rule."""
    if pats.event_after is None or not _rx(r"\d\.\d{1,2}").fullmatch(m.group("num") or ""):
        return None, ""
    ev = pats.event_after.match(text, end)
    if ev:
        return pats.event_unit[fold(ev.group("ev"))], EVENT_NOUN_AFTER.name
    if not _rx(r"\d\.\d").fullmatch(m.group("num")) or _rx(r"\s*(?:[ap]\.?m\b|local|GMT|UTC)").match(text, end):
        return None, ""  # "the quake struck at 6.30 local time": a clock time
    named = pats.named_before.search(text, max(0, start - 48), start)
    return (pats.named_unit[fold(named.group("w"))], EVENT_NOUN_BEFORE.name) if named else (None, "")


def glued_code_figures(text: str, pats, mentions: list[Mention], taken) -> list[Mention]:
    """ "an M6.2 earthquake": a unit's letter code glued to a decimal (units.yaml
    `glued_codes`); the core grammar skips digits after a letter ("F-16", "MH17")."""
    out = []
    for g in pats.glued_code.finditer(text):
        s, e = g.span()
        if span_taken(s, e, mentions, taken):
            continue
        v = float(g.group("n"))
        out.append(Mention(start=s, end=e, num_start=g.start("n"), num_end=e, low=v, high=v, point=v, qualifier="exact",
                           kind=pats.code_unit[g.group("c")].kind, rule=GLUED_CODE.name, unit=pats.code_unit[g.group("c")],
                           surface_unit=g.group("c")))
    return out


def decade_ages(text: str, pats, lex: Lexicon, mentions: list[Mention], taken) -> list[Mention]:
    """ "a man in his 60s" (60 to 69), "in her early thirties" (30 to 33), "in their late
    20s" (26 to 29): an age known to its decade of life, a range of years of age."""
    out = []
    n = lex.numbers
    for g in pats.decade_age.finditer(text):
        s, e = g.span()
        if span_taken(s, e, mentions, taken):
            continue
        decade = int(g.group("d")) if g.group("d") else n.decade_age_words[fold(g.group("w"))]
        first, last = n.decade_age_parts[fold(g.group("part"))] if g.group("part") else (0, 9)
        num_start = g.start("part") if g.group("part") else g.start("d") if g.group("d") else g.start("w")
        out.append(Mention(start=s, end=e, num_start=num_start, num_end=e, low=float(decade + first), high=float(decade + last),
                           point=None, qualifier="exact", kind=Kind.MEASURE, rule=DECADE_AGE.name, unit=pats.age_unit,
                           surface_unit=None))
    return out


def weighs_pounds(text: str, start: int, num_end: int, end: int, scaled: bool, lex: Lexicon, pats) -> bool:
    """Whether "pounds" after the number at ``start``..``num_end`` (the unit ending at
    ``end``) weigh rather than pay: "a 4.46-pound laptop", "a 200-pound man" (a compound
    adjective, unless its noun is money: "a 50-pound note", or a scale comes first: "a
    30-million-pound deal"); "went from 210 pounds to 196 by dieting" (a word of weight
    near, units.yaml mass_cues), unless the pounds are paid: "cost 40 pounds", "fined 500
    pounds" (units.yaml money_cues)."""
    if scaled:
        return False
    noun = _rx(r"[ \t]+([A-Za-z]+)").match(text, end)
    w = fold(noun.group(1)) if noun else ""
    if w and (text[num_end:num_end + 1] == "-" or fold(text[num_end:end]) == "pound") and w not in lex.numbers.function_words:
        return w not in pats.money_nouns
    if pats.money_cue is not None and pats.money_cue.search(text, max(0, start - 48), start):
        return False
    return pats.mass_cue is not None and bool(pats.mass_cue.search(text, max(0, start - 80), min(len(text), end + 80)))


def age_rule(f, mentions: list[Mention], text: str, lex: Lexicon, pats) -> Optional[str]:
    """The rule by which a bare number is an age, if one is: "The mayor, 58, said", "died
    on Thursday at 91", "ages 6 and 16", "women aged 25 to 54" (``f``: the figure read)."""
    point, start, end, digits = f.point, f.start, f.end, f.kind_hint == "num"
    in_words = f.kind_hint in ("num", "words")
    if digits and point is not None and point.is_integer() and 0 < point <= 120 \
            and pats.age_before.search(text, max(0, start - 40), start) and _rx(r"\s*(?:,(?!\s*\d)|\.(?!\d)|[;)]|\Z)").match(text, end):
        return PERSON_AGE.name  # "The mayor, 58, said", "killing John Smith, 40.", "nurse Ada Vale, 41; ...": an age
    if in_words and point is not None and 0 < point <= 120 and _age_after_verb(text, start, end, pats, lex):
        return VERB_AGE.name
    if digits and point is not None and point.is_integer() and 0 < point <= 120 and _was_age(text, start, end, pats, lex):
        return WAS_AGE.name
    if digits and point is not None and point.is_integer() and 0 < point <= 120 and _next_age(mentions, text, start):
        return LISTED_AGE.name
    if in_words and 0 < f.lo <= f.hi <= 120 and "age" in text[max(0, start - 16):start] \
            and pats.aged_before.search(text, max(0, start - 16), start):
        return "aged " + f.rule  # "women aged 25 to 54", "over the age of 21"
    return None


def _age_after_verb(text: str, start: int, end: int, pats, lex: Lexicon) -> bool:
    """ "died on Thursday at 91", "has died at 75", "turned 68 on Saturday": an age after a
    verb (numbers.yaml age_at_verbs, age_verbs), when no counted noun follows the number."""
    lo = max(0, start - 48)
    if not any(p is not None and p.search(text, lo, start) for p in (lex.age_at_before, pats.age_verb_before)):
        return False
    return not noun_follows(text, end, lex)


def _was_age(text: str, start: int, end: int, pats, lex: Lexicon) -> bool:
    """ "She was 85.", "Quell was 85 when she retired": a bare number a person "was", closing
    its clause; not a thing's ("Turnout was 85."): the capitalised word names nothing the
    lexicon counts or measures, nor a place, a month or a day."""
    got = lex.person_was_before.search(text, max(0, start - 40), start)
    if got is None or not _rx(r"\s*(?:[.;](?!\d)|,(?!\s*\d)|\s+(?:when|at\s+the\s+time|and)\b|\Z)").match(text, end):
        return False
    who = fold(got.group("who"))
    if got.group("who") in lex.place_alias:
        return False  # "Lima is 12" (hours ahead, degrees): a place is no person
    return who in ("he", "she") or not (who in lex.counted_of or who in lex.share_of or who in lex.money_subject_of
                                          or who in lex.duration_subject_of or who in lex.month_of or who in lex.weekday_of
                                          or who in lex.numbers.function_words)


def _next_age(mentions: list[Mention], text: str, start: int) -> bool:
    """ "ages 6 and 16", "Smith, 20, and Jones, 24,": a number listed right after an age."""
    last = mentions[-1] if mentions else None
    return bool(last is not None and last.unit is not None and last.unit.unit == "year of age"
                and _rx(r"\s*(?:,\s*)?(?:and\s+)?\Z").fullmatch(text, last.end, start) and start - last.end < 8)


bound_all(globals())  # every pattern of this module runs over document text: bound each match in time
