"""Durations: how long something lasted ("three years", "a week", "half an hour", "a
quarter-century", "a decade-long war", "the war entered its third week"). A number and a
unit of time is read by the core "<number> <unit>"; read here: one of a unit ("a week", also "half a mile"),
"<unit>-long" ("weeklong" too), the ordinal of a period so far, and what keeps "a year" from being a
length of time ("cases a year", "a week earlier", "a second round", "years ago").
"""

from __future__ import annotations

from typing import Optional

import re

import regex

from .. import Mention, Rule, span_taken
from ...lexicon import Lexicon, alternation, fold
from ...text.rx import _rx, bound_all
from ...models import Kind


def _one_of_a_unit(lex: Lexicon, p) -> str:
    # "a week", "an hour", "half a mile", "decade-long", "weeklong": one (or half) of a unit
    single_units = alternation([f for u in lex.units.units if u.kind in (Kind.DURATION, Kind.DISTANCE) or u.unit == "percentage point"
                                for f in u.forms if f.replace(" ", "").isalpha() and f.islower() and len(f) > 2], lead=False)
    # half or a quarter of a measure's unit too ("half a litre", "a half-liter"), though not
    # one of it: "a litre" or "a tonne" is most often a rate's or a price's unit
    part_units = alternation([f for u in lex.units.units if u.kind in (Kind.DURATION, Kind.DISTANCE, Kind.MEASURE) or u.unit == "percentage point"
                              for f in u.forms if f.replace(" ", "").isalpha() and f.islower() and len(f) > 2], lead=False)
    # "decade-long", "weeklong": written with a hyphen or as one word (numbers.yaml long_units)
    long_units = alternation(lex.numbers.long_units, boundary=False, literal=True) if lex.numbers.long_units else "(?!)"
    return (r"(?P<long>(?<![\w-])" + long_units + r"-?long)(?![\w])"
            # "half a mile", "a half-mile"; "a quarter-century", "a quarter of an hour"
            r"|(?:(?P<half>(?<![\w-])(?:an?\s+(?=half-))?half(?:\s+an?)?)|(?P<quarter>(?<![\w-])(?:an?\s+)?quarter(?:\s+of\s+an?)?))"
            r"(?=(?:\s+|(?<=quarter|half)-)" + part_units + r"(?![\w-]))"
            r"|(?P<one>(?<![\w-])an?)(?=\s+" + single_units + r"(?![\w-]))")


A_UNIT = Rule("a <unit>", Kind.DURATION, _one_of_a_unit)  # also "<unit>-long", "half a <unit>", "a half-<unit>", "a quarter-<unit>"


def part_of_one(m) -> float:
    """How much of its unit a match of "a <unit>" is: "half a mile", "a quarter of an hour"."""
    return 0.5 if m.group("half") else 0.25 if m.group("quarter") else 1.0
ORDINAL = Rule("its <ordinal> <unit>", Kind.DURATION)
# one length in units that step down ("1hr 4 mins": 64 minutes), read from the durations of a
# sentence by claimcheck.pipeline.extract, which keeps the parts as parts of the whole
IN_UNITS = Rule("<duration> <smaller duration>", Kind.DURATION)
# "with 3:27 remaining": a game clock's time left, in seconds (numbers.yaml clock_left_after)
CLOCK = Rule("<minutes>:<seconds> left", Kind.DURATION)

RULES = (A_UNIT, ORDINAL, IN_UNITS, CLOCK)

def compile_patterns(p, lex: Lexicon) -> None:
    n = lex.numbers
    p.clock_unit = lex.unit_by_name.get("second")
    p.clock_left = regex.compile(r"(?<![\w:.])(?P<m>\d{1,2}):(?P<s>[0-5]\d)(?=[ \t]+(?:" + alternation(n.clock_left_after, boundary=False)
                                 + r")(?![\w]))") if n.clock_left_after and p.clock_unit else None
    # "a year" after an amount or a plural noun is the period of a rate, not a length of time;
    # not after "was", "lasts", "always" (numbers.yaml not_rate_before): "lasts a week"
    p.rate_before = regex.compile(r"(?:\d|\)|(?<![\w'])(?!(?:" + "|".join(map(regex.escape, n.not_rate_before)) + r")\b)[a-z]{2,}[^s\W]*s)\s+\Z")
    p.ordinal_next = regex.compile(r"[\s-]+(?!(?:of|or|and|to|in|on|at|for|too|the|a|an|later|earlier|ago|before|after|longer)(?![\w]))[a-z]")
    p.offset_after = regex.compile(r"\s+(?:ago|earlier|later|before|previously)(?![\w])", regex.IGNORECASE)
    ordinals = alternation(n.ordinals) if n.ordinals and n.ordinal_units else None
    # "its third straight week": the unit after the ordinal (numbers.yaml ordinal_units)
    unit = r"(?:straight\s+|consecutive\s+|full\s+)?(?P<u>" + "|".join(map(re.escape, n.ordinal_units)) + r")"
    p.ordinal_duration = regex.compile(
        r"(?<![\w])(?P<det>its|their|the)\s+(?P<n>(?P<ord>(?P<d>\d{1,4})(?:st|nd|rd|th)|(?P<w>" + ordinals + r"))\s+"
        + unit + r")(?![\w])", regex.IGNORECASE) if ordinals else None
    # "\b(?:its|their|the)", each word's first letter first: the engine skips to an "i" or a "t"
    p.ordinal_trigger = re.compile(r"(?:i(?<!\wi)ts|t(?<!\wt)he(?:ir)?)\s+(?:\d{1,4}|[a-z]+)(?:st|nd|rd|th)\s+" + unit + r"\b") \
        if ordinals else None
    p.ago_after = regex.compile(r"\s+ago(?![\w])", regex.IGNORECASE)


def a_unit_not_a_length(text: str, start: int, end: int, surface: Optional[str], pats) -> bool:
    """Whether "a <unit>" of time is no length of time: "an SEC filing" (letters), "cases a
    year", "($2bn) a year" (the period of a rate), "a week earlier" (an offset), "a second
    round" (an ordinal)."""
    return bool(surface and surface.isupper() and len(surface) > 1
                or pats.rate_before.search(text, max(0, start - 24), start)
                or pats.offset_after.match(text, end)
                or fold(surface or "") == "second" and pats.ordinal_next.match(text, end))


def how_long_ago(text: str, end: int, pats) -> bool:
    """ "a few years ago": how long ago, not how long anything lasted (a count of units
    before "ago" is a date)."""
    return bool(pats.ago_after.match(text, end, end + 40))  # bounded: regex scans ahead for the literal "ago"


def and_a_half(text: str, end: int):
    """ "an hour and a half", "3 days and a half": the match of the half after the unit."""
    return _rx(r"\s+and\s+a\s+half(?![\w])").match(text[end:end + 16])


def game_clocks(text: str, pats) -> list[Mention]:
    """ "with 3:27 remaining", "11:14 to play": the time left on a game clock, in seconds
    (the dates leave these clock readings out)."""
    out = []
    for g in pats.clock_left.finditer(text):
        s, e = g.span()
        v = float(int(g.group("m")) * 60 + int(g.group("s")))
        out.append(Mention(start=s, end=e, num_start=s, num_end=e, low=v, high=v, point=v, qualifier="exact",
                           kind=Kind.DURATION, rule=CLOCK.name, unit=pats.clock_unit, surface_unit=None))
    return out


def ordinal_durations(text: str, low: str, lex: Lexicon, pats, mentions: list[Mention], taken) -> list[Mention]:
    """ "the war entered its third week", "on the 100th day of the strike": a duration of
    two to three weeks, 99 to 100 days, so far."""
    out = []
    for t in pats.ordinal_trigger.finditer(low):  # a cheap scan first; the full pattern where it fires
        om = pats.ordinal_duration.match(text, t.start())
        if om is None:
            continue
        s, e = om.span("n")
        if span_taken(s, e, mentions, taken):
            continue
        if om.group("det").lower() == "the" and not _of_a_lasting_thing(text, om.end(), lex):
            continue  # "on the second day", "the third week of May": no duration of anything
        n = int(om.group("d")) if om.group("d") else lex.numbers.ordinals.get(fold(om.group("w")))
        unit = lex.unit_form.get(fold(om.group("u")))
        if not n or unit is None:
            continue
        out.append(Mention(start=s, end=e, num_start=s, num_end=om.end("ord"), low=float(n - 1), high=float(n), point=None,
                           qualifier="exact", kind=Kind.DURATION, rule=ORDINAL.name, unit=unit,
                           surface_unit=om.group("u"), word_number=om.group("d") is None))
    return out


def _of_a_lasting_thing(text: str, end: int, lex: Lexicon) -> bool:
    """ "the 100th day of the strike": a thing that lasts (lexicon duration subjects)."""
    of = _rx(r"(?i)\s+of\s+(?:the\s+|a\s+|its\s+)?([a-z-]+(?:\s+[a-z-]+)?)").match(text, end)
    return of is not None and any(w in lex.duration_subject_of for w in (fold(of.group(1)), fold(of.group(1).split()[0])))


bound_all(globals())  # every pattern of this module runs over document text: bound each match in time
