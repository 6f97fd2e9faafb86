"""Where a figure holds: the place it is about, narrowed when the sentence narrows it,
and what a distance is measured from."""

from __future__ import annotations

from typing import Optional

import regex

from ...lexicon import Lexicon, fold
from ...text.rx import _rx, bound_all
from ..mentions import Mention
from .sentence import Sentence, Vocab
from ...models import Kind


_TOWARDS = regex.compile(r"(?i)(?<![\w])(?:for|to|towards|toward|into)\s+\Z")
# ", the last army stronghold in", ", blaming weak demand in": a noun phrase or a present
# participle set off by a comma is about something else
_APPOSITIVE = regex.compile(r"(?i),\s+(?:the|a|an|its|their|his|her)\s|,\s+[a-z]+ing\s")  # ..., or ", blaming demand in China"


def distance_from(text: str, m: Mention, sent: Sentence) -> Optional[str]:
    """What a distance is measured from: "25 km (15 miles) west of Goma", "40 kilometres
    from Goma" -> "from Goma", so two sources' distances between the same places compare."""
    got = _DISTANCE_FROM.match(text, m.end)
    if got is None:
        return None
    at = got.end()
    place = next((p for p in sent.places if p.start == at and not p.possessive), None)
    return f"from {place.name}" if place else None


# "west of", "north-east of", "from", "outside": what a distance is measured from follows
_MEASURED_FROM = (r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+of|from|outside|away\s+from)\s+"
                  r"(?:the\s+(?:city|town|village)\s+of\s+)?")
_DISTANCE_FROM = regex.compile(r"(?i)(?:\s*\([^()]{1,30}\))?\)?\s+" + _MEASURED_FROM)
# the place a distance is measured from, seen from that place: "about 40 miles west of <El Fasher>"
_DISTANCE_REFERENCE = regex.compile(r"(?i)\d[\d.,]*\s*(?:[a-z]+\s+){0,2}" + _MEASURED_FROM + r"\Z")


def scope_for(text: str, m: Mention, sent: Sentence, home: Optional[str], allow_home: bool, lex: Lexicon, v: Vocab) -> tuple[Optional[str], Optional[str]]:
    """(scope, place): the place a figure is about, narrowed when the sentence narrows it.

    A place named at the figure wins ("Mosul's 1,200", "1,200 trapped in Mosul"), then one
    elsewhere in its clause, then the sentence's and the article's (``home``, where
    ``allow_home``)."""
    c_lo, c_hi = sent.clause(m.start)
    if any(c_lo <= w < c_hi for w in sent.worldwide):
        return None, None  # "employs 120,000 people worldwide": no one place
    # places listed after "including" are examples, unless the figure itself is one of them
    inc = sent.including_from if sent.including_from is not None and sent.including_from > m.start else None
    usable = [p for p in sent.places if not (inc is not None and p.start > inc and p.start > m.end)]
    before = [p for p in usable if p.end <= m.start and not _is_speaker(text, p, m, sent, v) and not _is_distance_reference(text, p, m)]
    after = [p for p in usable if p.start >= m.end and not p.possessive and p.start - m.end <= 90
             and not _speaks_after(text, p, m, sent)]
    place = _place_near(text, m, sent, (c_lo, c_hi), usable, before, after, home, lex)
    if place is None:
        place = _place_around(text, m, (c_lo, c_hi), before, home, allow_home, v)
    return _narrowed(text, m, sent, c_hi, place, home, lex, v)


def is_home_of_person(text: str, p, lex: Lexicon) -> bool:
    """Where a person is from, which is no place of the figures about them: "a climber from
    Munich", "Jonas Albrecht, 34, of Munich", "who had been living in Cardiff", "a German
    climber" (places.yaml ``origin_nouns``); and where a vehicle was going ("a vessel bound
    for Tangier", ``destination_words``)."""
    if p.how == "demonym":
        return bool(lex.home_after.match(text, p.end))
    return bool(lex.home_before.search(text, max(0, p.start - 40), p.start))


def _is_speaker(text: str, p, m: Mention, sent: Sentence, v: Vocab) -> bool:
    """A place that speaks is a source: "Russia said 1,908 ...", "Ukraine's deputy prime
    minister said"."""
    return any(p.end < s < m.start for s, _, _ in sent.speech) and v.speaker_after.match(text, p.end, m.start) is not None


def _speaks_after(text: str, p, m: Mention, sent: Sentence) -> bool:
    """A place after the figure in who says it: "..., said Ade Rukmana of the agency in
    Jakarta", "..., officials in Jakarta said"."""
    return any(m.end < s < p.start for s, _, _ in sent.speech) \
        or "," in text[m.end:p.start] and any(p.end <= s <= p.end + 3 for s, _, _ in sent.speech)


def _is_distance_reference(text: str, p, m: Mention) -> bool:
    """ "Tawila, about 40 miles west of El Fasher, has received 36,000": El Fasher is only
    where the distance is measured from."""
    return m.kind != Kind.DISTANCE and _DISTANCE_REFERENCE.search(text, max(0, p.start - 40), p.start) is not None


def _place_near(text: str, m: Mention, sent: Sentence, clause: tuple[int, int], usable: list, before: list, after: list,
                home: Optional[str], lex: Lexicon) -> Optional[str]:
    """The place named at the figure or in its ``clause``, or the country it speaks of."""
    if before and before[-1].possessive and m.start - before[-1].end <= 3:
        return before[-1].name
    c_lo, c_hi = clause
    place = None
    if home and _rx(r"(?i)(?<![\w])the\s+country's\s*\Z").search(text[max(0, m.start - 20):m.start]):
        place = _country_of(home, lex)  # "the country's eight-year war": the article's country
    if place is None and home and sent.nationwide and not any(p.start >= c_lo and p.end <= c_hi for p in usable):
        place = _country_of(home, lex)  # "Nationwide, 1.1 million marched": the article's country
    if place is None and _rx(r"(?:which|where|who)\b").match(text[c_lo:c_lo + 6]):
        # "Hodeida, which had been cut in two ... for nearly four years": the antecedent
        ante = [p for p in before if p.end <= c_lo and _rx(r"[\s,]*").fullmatch(text[p.end:c_lo])]
        if ante:
            place = ante[-1].name
    if place is None:
        # "1,200 trapped in Mosul" (but "after a siege, the last stronghold in Darfur": an aside)
        place = next((p.name for p in after if p.start < c_hi and not _APPOSITIVE.search(text, m.end, p.start)), None)
    if place is None:
        place = next((p.name for p in reversed(before) if not p.possessive and p.start >= c_lo), None)
    if place is None:
        place = next((p.name for p in after if p.start < c_hi), None)
    if place is None and after:
        place = after[0].name
    return place


def _country_of(home: str, lex: Lexicon) -> Optional[str]:
    """The article's country: its home place if a country, else the country it is in."""
    info = lex.place_info(home)
    return home if info and info.type == "country" else (info.country if info else None)


def _place_around(text: str, m: Mention, clause: tuple[int, int], before: list, home: Optional[str], allow_home: bool,
                  v: Vocab) -> Optional[str]:
    """Where no place is named at the figure: the article's city it points to, a possessive
    place heading the clause, an earlier clause's place, the article's place."""
    c_lo, c_hi = clause
    if home and v.anaphor.match(text, m.end + 4, min(c_hi, m.end + 24)) and text.startswith(" of ", m.end):
        return home  # "half of the city's residents": the article's city
    # "Britain's inflation rate fell to 6.7%": a possessive place heading the clause
    place = next((p.name for p in reversed(before) if p.possessive and p.start >= c_lo), None)
    if place is None and allow_home:
        # the place an earlier clause of the sentence names: "the toll rose to 5,894 in
        # Turkey, and more than 34,000 people were injured"
        place = next((p.name for p in reversed(before) if not p.possessive and p.how != "joined" and not _is_destination(text, p)), None)
    if place is None and allow_home and not v.elsewhere.search(text, m.end, c_hi):
        place = home  # unless "those two towns" points elsewhere
    if place is None:
        place = next((p.name for p in reversed(before) if not p.possessive), None)
    return place


def _is_destination(text: str, p) -> bool:
    """ "buses left for Aden": where something goes, not where the figure holds."""
    return _TOWARDS.search(text, max(0, p.start - 10), p.start) is not None


def _narrowed(text: str, m: Mention, sent: Sentence, c_hi: int, place: Optional[str], home: Optional[str], lex: Lexicon,
              v: Vocab) -> tuple[Optional[str], Optional[str]]:
    """(scope, place) with the scope narrowed: "inside the port compound", "the northern
    district of the city" (within the clause, which ends at ``c_hi``)."""
    scope = place
    narrow_to = min(c_hi, sent.including_from) if sent.including_from and sent.including_from > m.end else c_hi
    fm = v.facilities.search(text, m.end, narrow_to)
    dm = v.direction.search(text, m.end, narrow_to)
    if place is None and home and (fm or dm and (dm.group("area") or v.anaphor.fullmatch("the " + dm.group("what").lower()))):
        place = scope = home  # "the northern district of the city": the article's city
    if fm and _is_the_place_itself(fm, sent):
        fm = None
    if fm and place:
        scope = f"{place} {lex.facility_of[fold(fm.group('f'))]}"
    if dm and place:
        scope = f"{fold(dm.group('d'))} {place}"
    return scope, place


def _is_the_place_itself(fm, sent: Sentence) -> bool:
    """ "at the port of Antwerp", "at Frankfurt airport": the facility is the place itself;
    "inside the base" narrows."""
    return not fm.group().lower().startswith(("inside", "within")) and any(fm.start() - 12 <= p.start <= fm.end() + 12 for p in sent.places)


bound_all(globals())  # every pattern of this module runs over document text: bound each match in time
