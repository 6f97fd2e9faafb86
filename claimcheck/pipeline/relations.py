"""Relations between the figures of one sentence, which refine their bindings: an elided
count takes what the count before it counts, a restated amount what the amount before it
measures; a part names its whole; the two ends of a change measure one thing; a bare figure
takes the unit its neighbours state."""

from __future__ import annotations

from typing import Optional

import regex

from ..lexicon import Lexicon, fold
from ..models import Claim, Kind, trusted
from ..text.rx import _rx, bound_all
from .bind.referent import is_open_noun, rest_of_list
from .bind.words import noun_singular
from .binding import Binding
from .mentions import patterns_for, rise_before

# "the ministry said the figure was closer to 1,200": a bare figure that restates the
# document's last count
THE_FIGURE = regex.compile(r"(?i)(?<![\w])the\s+(?:figure|number|tally|total|toll|count|estimate)\b")


def elides_the_count(text: str, sent_start: int, b: Binding, prev: Binding) -> bool:
    """A bare count that counts what the count before it counts: "1,200 rebels in Zabid and
    2,500 in Bajil", "40 dead and sixty more wounded", "killed 1,200, while the UN put the
    figure closer to 3,000" (a bare "toll" of people takes the class of the count it
    answers: "killed 22,000 civilians, while the authorities put the toll at 3,000")."""
    m = b.mention
    generic = b.subject is None or b.subject == "people" and prev.unit == "person" and prev.predicate == b.predicate
    return b.kind == Kind.COUNT and generic and b.noun is None \
        and (not _rx(r"\s+of\b").match(text, m.end) or _rx(r"\s+of\s+(?:whom|them)\b").match(text, m.end)) \
        and bool(_rx(r"[^.;]{0,80}?(?:\band\b|,|\bwhile\b|\bwith\b|\bplus\b|\bincluding\b)[^.;]{0,60}").fullmatch(text[prev.mention.end:m.start])
                 or prev.mention.end < sent_start and THE_FIGURE.search(text, sent_start, m.start))


def take_the_count(text: str, b: Binding, prev: Binding) -> None:
    """The elided count ``b`` counts what ``prev`` counts, where it counts it."""
    b.subject, b.unit, b.noun = prev.subject, prev.unit, prev.noun
    if b.subgroup and b.subject:  # "48 people aboard and one on the ground"
        b.compare_as = f"{b.subject} {b.subgroup}"
    if b.predicate is None:
        b.predicate = prev.predicate
    if b.scope is None:
        b.scope, b.place = prev.scope, prev.place
    if _rx(r"\s+of\s+(?:whom|them)\b").match(text, b.mention.end):
        b.part_of_mention = prev.mention  # "63 protesters, 11 of whom were released"
        b.scope, b.place = prev.scope, prev.place


def restates_the_amount(text: str, prev: Binding, b: Binding) -> bool:
    """ "2 million euros ($2.2 million)", "120 metres (394 feet)": the same amount restated."""
    return prev.kind == b.kind and b.kind in (Kind.MONEY, Kind.MEASURE, Kind.DISTANCE) \
        and _rx(r"\s*\(\s*(?:or\s+|about\s+|roughly\s+)?").fullmatch(text, prev.mention.end, b.mention.start) is not None


def take_the_amount(prev: Binding, b: Binding) -> None:
    """A restated amount measures what the amount before it measures."""
    b.concept, b.holder = prev.concept or b.concept, prev.holder or b.holder
    if prev.scope is not None:
        b.scope, b.place = prev.scope, prev.place


def _more_parts(built: list[Binding]) -> None:
    """Other counts of the same subject stated alongside a part: "... and six buses retreated"."""
    wholes = {id(f.part_of_mention): f.part_of_mention for f in built if f.part_of_mention is not None}
    for whole in wholes.values():
        wf = next((f for f in built if f.mention is whole), None)
        if wf is None:
            continue
        for f in built:
            m = f.mention
            if m is whole or f.part_of_mention is not None or f.kind != Kind.COUNT or m.start < whole.end:
                continue
            if f.subject == wf.subject and f.predicate is not None:
                f.part_of_mention = whole


def _same_thing(fa: Binding, fb: Binding) -> None:
    """The two ends of a change measure one thing: "the death toll rose from 120 to 145"
    gives 145 the subject, predicate and place the first end found."""
    for x, y in ((fa, fb), (fb, fa)):
        if x.kind == y.kind == Kind.COUNT and x.subject is not None and y.subject is None and y.noun is None:
            y.subject, y.unit, y.noun = x.subject, x.unit, x.noun
        elif x.kind == y.kind != Kind.COUNT and x.subject is not None and y.subject is None:
            y.subject = x.subject  # "35 percent of Idlib, up from 20 percent"
        for key in ("predicate", "scope", "place", "concept", "holder"):
            if getattr(y, key) is None and getattr(x, key) is not None:
                setattr(y, key, getattr(x, key))


def _same_unit(fa: Binding, fb: Binding, bare_a: bool, bare_b: bool) -> None:
    """The two ends of a change "from ... to ..." in one unit: a bare end takes the other's,
    and a rate at one end makes both rates ("from $82 per barrel to $71")."""
    if bare_a:
        fa.kind, fa.unit = fb.kind, fb.unit
    elif bare_b:
        fb.kind, fb.unit = fa.kind, fa.unit
    elif fa.unit and fb.unit and fa.unit.startswith(fb.unit + " per "):
        fb.unit = fa.unit
    elif fa.unit and fb.unit and fb.unit.startswith(fa.unit + " per "):
        fa.unit = fb.unit


def _parallel_unit(text: str, before: list[Binding], fb: Binding) -> None:
    """Parallel ellipsis: "rose by 3 percent, but the Madrid index fell by 2", "the highest
    estimate is 92 cents, the lowest is 81", "a crate holds 24 bottles, a case holds 12": a
    bare figure takes the unit of the last figure after the same word."""
    b = fb.mention
    before_b = _rx(r"(\w+)\s+\Z").search(text, max(0, b.start - 20), b.start)
    for fa in reversed(before):
        a = fa.mention
        before_a = _rx(r"(\w+)\s+\Z").search(text, max(0, a.start - 20), a.start)
        if fa.unit is not None and (fa.kind != Kind.COUNT or fa.noun) and before_a and before_b \
                and before_a.group(1).lower() == before_b.group(1).lower():
            fb.kind, fb.unit, fb.noun = fa.kind, fa.unit, fa.noun
            if fa.kind == Kind.COUNT:
                fb.subject = fa.subject
            break


# "Nine of the 14 trucks", "of the remaining 14", "of those 14": the next figure is the
# whole; "61 of those came on one play" is no part of one ("those" stands alone, before a verb)
_PART_OF_THE_NEXT = _rx(r"\s+of\s+(?:(?:these|those)\s+|(?:the|its|their|all)?\s*(?:[\w-]+\s+){0,2}?)")
_PARTICIPLE_AFTER = _rx(r"\s+[a-z]+ed(?![\w-])")


def parts_of_whole(text: str, sent_start: int, built: list[Binding]) -> None:
    """ "Nine of the 14 trucks": 9 is part of 14 and counts trucks.
    "of the 5,000 guards, only 1,200 were ...": 1,200 is part of 5,000."""
    for fa, fb in zip(built, built[1:]):
        if fa.kind != Kind.COUNT or fb.kind != Kind.COUNT:
            continue
        ma, mb = fa.mention, fb.mention
        gap = text[ma.end:mb.start]
        if _PART_OF_THE_NEXT.fullmatch(gap):
            fa.part_of_mention = mb
            if fa.subject is None or fa.noun is None:
                fa.subject, fa.unit = fb.subject, fb.unit
            if fa.predicate is None or fb.predicate == fa.predicate:
                fa.predicate = fa.predicate or fb.predicate
                # the verb tells what happened to the part, not the whole, unless a participle
                # right after the whole's noun is the whole's too ("two of the three people killed")
                if not _PARTICIPLE_AFTER.match(text, fb.noun_end or mb.end):
                    fb.predicate = None
            fa.scope, fa.place = fb.scope, fb.place
        elif _rx(r"(?i)(?:^|\s)of\s+the\s+\Z").search(text[max(sent_start, ma.start - 8):ma.start]) \
                and _rx(r"[^.;]{0,40},\s+(?:only\s+|just\s+|some\s+)?").fullmatch(gap):
            fb.part_of_mention = ma
            if fa.subject is not None:  # "of the 5,000 guards, only 1,200 were officers": guards
                fb.subject, fb.unit = fa.subject, fa.unit
    _more_parts(built)

def others_in_a_list(text: str, built: list[Binding]) -> None:
    """ "seven AK-47s, three other rifles": the rest of a list's class beside the item before
    it, a group of its own ("rifles other than AK-47s"), which another report's "two other
    rifles" after its AK-47s counts too. The words between "other" and the noun name the
    class the item before belongs to ("three other assault rifles"), not a narrower group."""
    for fa, fb in zip(built, built[1:]):
        if fb.kind == Kind.COUNT and fb.compare_as is None and fb.subject is None and fb.noun and fb.noun_end \
                and is_open_noun(fa.compare_as) and fa.noun_end is not None \
                and _rx(r"\s*,\s*").fullmatch(text, fa.noun_end, fb.mention.start) \
                and _rx(r"\s+other\s+(?:[\w-]+\s+){0,2}\Z").match(text[fb.mention.end:fb.noun_end] + " ") is not None:
            fb.compare_as = rest_of_list(fa.compare_as, noun_singular(fb.noun.lower()))


def changes(text: str, lex: Lexicon, built: list[Binding]) -> None:
    """ "rose from 5% to 7%", "slid from $1,850 at noon to $1,720", "narrowed to 900
    contracts from 1,200": the two ends of a stated change (a "from" with no change verb
    is a range, read by the grammar)."""
    for fa, fb in zip(built, built[1:]):
        a, b = fa.mention, fb.mention
        bare_a = fa.kind == Kind.COUNT and fa.unit is None and fb.unit is not None  # "from 320 to 355 kg"
        bare_b = fb.kind == Kind.COUNT and fb.unit is None and fa.unit is not None  # "from 31 mpg to 36"
        if (fa.kind == fb.kind or bare_a or bare_b) and fa.change is None \
                and _rx(r"(?i)(?<![\w])from\s+\Z").search(text, max(0, a.start - 6), a.start) \
                and (_rx(r"(?i)(?:[^;.!?,]|[.,]\d|(?<=\b[A-Z])\.){0,60}?(?<![\w])to\s+\Z").fullmatch(text, a.end, b.start)
                     or _rx(r"\s+").fullmatch(text, a.end, b.start) and _rx(r"(?i)up\s+to\b").match(text, b.start)):
            fa.change, fb.change = "from", "to"  # "$82 U.S. per barrel to $71", "from 500 sq ft up to 800 sq ft"
            _same_thing(fa, fb)
            _same_unit(fa, fb, bare_a, bare_b)
        elif fa.kind == fb.kind and fa.change is None and _rx(r"\s+to\s+").fullmatch(text, a.end, b.start) \
                and rise_before(text, a.start, patterns_for(lex)):
            fa.change, fb.change = "by", "to"  # "rose by 2 points to 7%": the rise, then the new level
            _same_thing(fa, fb)
        elif fa.kind == fb.kind and fa.unit == fb.unit and fa.change is None \
                and _rx(r"(?i)(?<![\w])to\s+\Z").search(text, max(0, a.start - 4), a.start) \
                and _rx(r"(?i)\s+(?:[\w-]+\s+){0,3}from\s+\Z").fullmatch(text, a.end, b.start):
            fa.change, fb.change = "to", "from"  # "rose to $4.9bn from $4.1bn", "fell to 6.7% in September from 8.7%"
            _same_thing(fa, fb)
    _up_from(text, built)


def _up_from(text: str, built: list[Binding]) -> None:
    """ "controls 60 percent of the province, up from 40 percent", "About 100 residents of
    three blocks were told to stay away, up from the roughly 40 people evacuated": a level
    and the one it changed from, next to it or with other figures between; the earlier
    level is of the same thing (conflicts/rules/value_conflict.py reads it as the state
    before the change, never as a rival figure)."""
    for j, fb in enumerate(built):
        b = fb.mention
        if fb.change is not None or b is None or not _UP_FROM.search(text, max(0, b.start - 16), b.start):
            continue
        for fa in reversed(built[:j]):
            a = fa.mention
            if a is not None and fa.kind == fb.kind and fa.unit == fb.unit and fa.change is None \
                    and _UP_FROM_SPAN.fullmatch(text, a.end, b.start):
                fa.change, fb.change = "to", "from"
                fb.subject, fb.compare_as, fb.predicate, fb.noun = fa.subject, fa.compare_as, fa.predicate, fa.noun
                _same_thing(fa, fb)
                break


_UP_FROM = _rx(r"(?i)(?<![\w])(?:up|down)\s+from\s+(?:the\s+)?\Z")
_UP_FROM_SPAN = _rx(r"[^.;!?]{0,160}")  # from the level to the one it came from, in one sentence


def shared_units(text: str, built: list[Binding], lex: Lexicon) -> None:
    """A bare figure takes the unit its neighbours state for it."""
    for fa, fb in reversed(list(zip(built, built[1:]))):  # from the last, so a list passes it on
        if fa.kind == Kind.COUNT and fa.unit is None and fb.unit is not None \
                and _rx(r"-(?:,\s*|\s+(?:or|to|and)\s+|,\s+(?:or|and)\s+)").fullmatch(text, fa.mention.end, fb.mention.start):
            # "a 7- or 8-inch screen", "four-, five- and six-cylinder engines"
            fa.kind, fa.unit = fb.kind, fb.unit
            if fa.noun is None:
                fa.noun, fa.subject = fb.noun, fb.subject
                fa.concept = fb.concept or fa.concept
        elif _bare_number_before_a_measure(text, fa, fb):
            _take_the_measure(lex, fa, fb)
    for fa, fb in zip(built, built[1:]):
        if fa.kind == Kind.COUNT and fa.unit is None and fb.kind != Kind.COUNT and fb.unit is not None \
                and _rx(r"(?i)\s+of\s+(?:the|its|their|his|her)\s+").fullmatch(text, fa.mention.end, fb.mention.start):
            fa.kind, fa.unit = fb.kind, fb.unit  # "has raised 40 million of the 90 million rupees"
    for k, fb in enumerate(built):
        if fb.kind == Kind.COUNT and fb.unit is None and fb.noun is None and _rx(r"\s*(?:[.,;:)]|\Z)").match(text, fb.mention.end):
            _parallel_unit(text, built[:k], fb)
    if any(f.unit == "point" for f in built):
        # "gained 12.45 points to close at 1,402.18": an index level in a sentence that
        # moves the index in points is in points too
        for f in built:
            m = f.mention
            if f.kind == Kind.COUNT and f.unit is None and _rx(r"[\d,]+\.\d\d\Z").fullmatch(text, m.num_start, m.num_end):
                f.kind, f.unit = Kind.MEASURE, "point"


def _bare_number_before_a_measure(text: str, fa: Binding, fb: Binding) -> bool:
    """ "5 and 7 hours", "3, 4 and 6 km": a bare number joined to the next figure by "and" or
    "or", with no noun of its own, is in that figure's unit of measure (a count's noun is no
    unit; "killed 5 and injured 7 people" joins more than the two numbers). A comma joins
    only within such a list: before a figure with its own unit it is an apposition ("will
    end at 16,644, 16 per cent above")."""
    a, b = fa.mention, fb.mention
    return fa.kind == Kind.COUNT and fa.unit is None and fa.noun is None and not a.vague \
        and fb.kind != Kind.COUNT and fb.unit is not None and b.start == b.num_start \
        and (_rx(r"\s+(?:and|or)\s+").fullmatch(text, a.end, b.start) is not None
             or b.unit is None and _rx(r",\s+").fullmatch(text, a.end, b.start) is not None)


def _take_the_measure(lex: Lexicon, fa: Binding, fb: Binding) -> None:
    """The bare number ``fa`` in the unit of ``fb``, as written ("5 and 7 decades": 50 years)."""
    written = lex.unit_form.get(fold(fb.surface)) if fb.surface else None
    times = written.factor if written is not None and written.as_unit == fb.unit else 1
    fa.kind, fa.unit = fb.kind, fb.unit
    fa.low, fa.high = fa.low * times, fa.high * times
    fa.point = None if fa.point is None else fa.point * times
    fa.subject, fa.concept = fa.subject or fb.subject, fa.concept or fb.concept


def others_of_another_verb(claims: list[Claim]) -> list[Claim]:
    """A part of a group (``partial``: "five others", "the remaining three", events.yaml
    ``subset``) right after a count of another verb is all of its own verb: "killing eight
    people and wounding five others" gives all the wounded, the others being those not
    killed; "three guards and five others were killed" stays a part (one verb for both)."""
    prev: Optional[Claim] = None
    out = []
    for c in claims:
        if c.partial and c.predicate and prev is not None and prev.predicate and prev.predicate != c.predicate:
            c = trusted(Claim, {**c.__dict__, "partial": False})
        if c.kind == Kind.COUNT:
            prev = c
        out.append(c)
    return out


bound_all(globals())  # every pattern of this module runs over document text: bound each match in time
