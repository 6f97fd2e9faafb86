"""Events: which incident each figure belongs to.

Real coverage mixes the event an article reports with background events ("the 2011
quake", "four years ago"), standing facts (a town's population) and other incidents of
the same type. Two figures can conflict only when they count the same thing in the same
event, so every claim records its event as a plain string (``Claim.event``)::

    <type>|<place>|<date>        "earthquake|Van|2023-05-04", "hijacking|Gulf of Aden|-"

Extraction (a pure function of one document) finds:

* the **main event** of the article: the first event word of its headline or lede
  (``events.yaml``), its main place, and its date (a day named in the lede, resolved
  against the publication date; else the publication date; else unknown);
* a **background event** for a figure whose sentence dates it ``background_days`` or more
  away from the main event ("in 1999", "last March"), or that names a year with no day
  when the article's date is unknown: ``<type>|<place>|<year or month>``, the type being
  the event word of that sentence when it has one;
* **no event** for a standing fact: a figure with no predicate in a clause built on
  "has", "employs", "is home to"... (``standing_verbs``).

Across articles (``check``), main events are told apart by :func:`group_documents`:
articles whose event dates differ never share an event; the others share one when their
proper names agree (a TF-IDF cosine of the capitalised words, average linkage).
Background events are compared by their string, so an old disaster recalled by five
articles is one event.
"""

from __future__ import annotations

import datetime as dt
import heapq
import math
from collections import Counter
from dataclasses import dataclass
from itertools import combinations
from typing import Iterable, Optional, Sequence

from ..text import rx as _rx
from ..lexicon import Lexicon, Words, fold
from ..models import Claim, Kind
from .normalize.dates import date_interval

NO_EVENT = "-"
PAST = "past"  # the date of a background event an undated article recalls ("41 years ago")
# names often start sentences ("Vale said"), so capitalised words count wherever they
# stand; the words that merely start sentences are in events.yaml's not_names
_CAPITALISED = _rx.compile(r"(?<![\p{L}\p{N}'])(\p{Lu}[\p{L}'-]*\p{L}|\p{Lu}{2,6})")


@dataclass(frozen=True)
class MainEvent:
    """The event an article reports."""

    type: Optional[str]
    place: Optional[str]
    date: Optional[str]          # ISO day (or coarser), or None when the article is undated
    date_from_text: bool         # the lede names the day, rather than the publication date standing in
    name: Optional[str] = None   # "Whitehorse Ridge" of "the Whitehorse Ridge Fire", when it has one
    day_at: Optional[int] = None  # the offset of the date that names its day beside its word ("struck on Monday")

    @property
    def id(self) -> str:
        return event_id(self.type, self.place, self.date)


def event_id(type_: Optional[str], place: Optional[str], date: Optional[str]) -> str:
    """The plain string an event is compared by."""
    return "|".join((type_ or NO_EVENT, place or NO_EVENT, date or NO_EVENT))


def split_event(event: str) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """``"earthquake|Van|2023-05-04"`` -> its type, place and date (None for "-")."""
    parts = (event.split("|") + [NO_EVENT] * 3)[:3]
    return tuple(None if p == NO_EVENT else p for p in parts)  # type: ignore[return-value]


# -- one article ------------------------------------------------------------------------
def event_types(lex: Lexicon, words: Words, start: int = 0, end: Optional[int] = None) -> list[str]:
    """The types of the event words between two offsets of a text, in order."""
    return [t for _, t, _, _ in _event_words(lex, words, start, end)]


def _event_words(lex: Lexicon, words: Words, start: int, end: Optional[int]) -> list[tuple[int, str, bool, bool]]:
    """(offset, type, names who took part, weak) of each event word between two offsets, in
    order; a thing named after an event ("fire engines") is none."""
    found = ((s, lex.event_type_of.get(key), key) for s, _, key in lex.event_phrases.finditer(words, start, end))
    return [(s, t, key in lex.participant_words, key in lex.weak_event_words) for s, t, key in found if t is not None]


_RELATIVE_CLAUSE = _rx.compile(r"(?<![\w])(?:who|which)\b(?:(?![.!?]\s)[^;:\n])*?,\s")


def _main_clause_types(lex: Lexicon, words: Words, start: int, end: int) -> list[tuple[bool, str]]:
    """The types of the event words between two offsets, but those of a relative clause:
    "Dale Corbin, the clerk who stole $3m, was sentenced" reports a sentencing. Each comes
    with whether its word is weak (events.yaml `weak`: "police announced an arrest")."""
    inside = [(start + m.start(), start + m.end()) for m in _RELATIVE_CLAUSE.finditer(words.text(start, end))]
    return [(weak, t) for s, t, _, weak in _event_words(lex, words, start, end) if not any(a <= s < b for a, b in inside)]


def event_names(lex: Lexicon, text: str) -> list[str]:
    """The names of the incidents ``text`` names by name (events.yaml ``named_events``): "Cedar
    Gulch" of "Last July's Cedar Gulch Fire", "Ida" of "Hurricane Ida"; a word that opens a
    sentence or is a month is no part of a name ("The Whitehorse Ridge Fire", "In March Fire crews")."""
    if lex.named_event is None or not any(cue in text for cue in lex.named_event_cues):
        return []
    out = []
    for m in lex.named_event.finditer(text):
        words = (m.group("n1") or m.group("n2")).split()
        while words and fold(words[0]) in lex.name_stopwords:
            words = words[1:]
        if words:
            out.append(" ".join(words))
    return out


def main_event(lex: Lexicon, words: Words, headline_end: int, lede_end: int, place: Optional[str],
               dates: Iterable[tuple[int, Optional[str], str]], published: Optional[dt.date], text: str = "") -> MainEvent:
    """The article's event: ``dates`` are (offset, resolved ISO, precision) of its date mentions
    (an ISO of None: a day named relative to an unknown publication date); ``text``, as written,
    gives the name the headline or lede calls it by ("the Whitehorse Ridge Fire")."""
    # the headline's first event word, else the lede's; a weak word only where neither names another
    found = [(weak, k, t) for k, (a, b) in enumerate(((0, headline_end), (headline_end, lede_end)))
             for weak, t in _main_clause_types(lex, words, a, b)]
    score = lex.final_score_cue.search(text, 0, lede_end) if lex.final_score_cue is not None and text else None
    if score is not None:  # "lifts Hollis Tech past Ardmore, 27-20": a game, as its strongest word would say
        found.append((False, 0 if score.start() < headline_end else 1, lex.score_event_type))
    type_ = min(found, key=lambda f: f[:2])[2] if found else None
    name = next(iter(event_names(lex, text[:lede_end])), None)
    days = []
    for pos, iso, precision in dates:
        if pos >= lede_end:
            break
        if iso is None and precision == "day":
            break  # "was sentenced Saturday ... for the crimes of March 11, 2005": its own day, unknown
        if iso and precision == "day" and _near(iso, published, lex.events.background_days):
            days.append((pos, iso))
    if days:
        # the day beside the event's word, over a first day of something else ("Bells rang
        # Wednesday for those killed when the quake struck on Monday night"); the words are the
        # first of its type in the headline and in the lede (a later one may be another of the
        # type: "moving on to Saturday's semifinals")
        at = [next(((s, e) for s, e, key in lex.event_phrases.finditer(words, a, b) if lex.event_type_of.get(key) == type_),
                   (-1, -1)) for a, b in ((0, headline_end), (headline_end, lede_end))]
        beside = next(((pos, iso) for pos, iso in days if any(_beside(lex, text, word, pos) for word in at)), None)
        return MainEvent(type_, place, (beside or days[0])[1], True, name, beside[0] if beside else None)
    return MainEvent(type_, place, published.isoformat() if published else None, False, name)


_DAYS_OWN = _rx.compile(r"[\w.,]+(?:\s+(?:night|morning|afternoon|evening))?['’]s\s+(?:[\w-]+\s+){0,2}")


def _beside(lex: Lexicon, text: str, word: tuple[int, int], date_at: int) -> bool:
    """Whether a date dates an event's word (its offsets): it follows the word with at most
    a verb of happening, a place and a preposition between ("the quake struck near Paruro
    on Monday night"; not "the bridge collapsed near Honda rose on Thursday"), or owns it
    ("Monday's deadly quake")."""
    start, end = word
    if start < 0:
        return False
    if date_at >= end:
        return date_at - end <= 60 and lex.event_day_gap.fullmatch(text, end, date_at) is not None
    return 0 < start - date_at <= 40 and _DAYS_OWN.fullmatch(text, date_at, start) is not None


def _near(iso: str, published: Optional[dt.date], days: int) -> bool:
    if published is None:
        return True
    span = date_interval(iso)
    return span is not None and span[0] <= published and (published - span[0]).days <= days


def background_date(main: MainEvent, as_of: Optional[str], precision: str, days: int) -> Optional[str]:
    """The period of the other event a sentence's own date points to, or None when the
    date is the main event's time."""
    if not as_of:
        return None
    if main.date is None:
        # an undated article: a bare year or month is a past reference, a day is the event's
        return as_of if precision in ("year", "month") else None
    here, there = date_interval(as_of), date_interval(main.date)
    if here is None or there is None:
        return None
    if precision == "year" and _later(main.date, as_of):
        return as_of  # "14 fire deaths in all of 2023" in a report of a fire on 17 January 2024: a period before it
    gap = max(here[0] - there[1], there[0] - here[1]).days
    if gap < days:
        return None
    return as_of[:7] if precision == "day" else as_of


# -- across articles ----------------------------------------------------------------------
def names(text: str, stop: frozenset[str]) -> Counter[str]:
    """The proper names of a text: its capitalised words but the common ones."""
    out: Counter[str] = Counter()
    for m in _CAPITALISED.finditer(text):
        word = m.group(1)
        if fold(word) in stop:
            continue
        out[fold(word).removesuffix("'s")] += 1
    return out


@dataclass(frozen=True)
class DocEvent:
    """What :func:`group_documents` knows of one article's main event."""

    doc: str
    event: str                   # the main event string its claims carry
    names: Counter[str]
    date_from_text: bool
    step: bool = False           # its type is a step after an incident (an arrest, a death)
    wide: bool = False           # its place is a state, a province or a country
    within: Optional[str] = None  # the country its place lies in, when the lexicon knows the place
    one_day: bool = False        # its type happens on one day (a game): two days' reports are two of them
    kin: Optional[str] = None    # its type's kin: the types one incident is reported as ("siege", "kidnapping")
    family: Optional[str] = None  # its type's family ("blast" of a bombing)
    plays: frozenset[str] = frozenset()  # the families whose words are its play (a game's "shooting")
    lasts: Optional[int] = None  # at most how many days its type lasts (a fire: events.yaml lasts_days)


def group_documents(docs: Sequence[DocEvent], threshold: float, min_names: int, apart_days: int,
                    apart_published_days: int = 180, same_days: int = 3) -> dict[str, str]:
    """Doc id -> the resolved id of its main event.

    Articles whose events agree in type, place and date (``same_days`` apart at most)
    report one event, and articles whose ledes date their events ``apart_days`` or more
    apart (``apart_published_days`` for publication dates) report different ones. Where dates are missing, groups merge while their proper names agree (average
    cosine of TF-IDF weights at least ``threshold``); an article with fewer than
    ``min_names`` distinct names carries little evidence of its own: it joins the one
    group that shares any of its names, else the largest group it may join (no date
    apart, no other type or place).
    """
    order = sorted(docs, key=lambda d: d.doc)  # the same groups in any input order
    weights = _tfidf([d.names for d in order])
    pairs = list(combinations(range(len(order)), 2))
    sim = {(i, j): _cosine(weights[i], weights[j]) for i, j in pairs}
    apart = {(i, j) for i, j in pairs if _apart(order[i], order[j], apart_days, apart_published_days, same_days)
             or _other_incidents(order[i], order[j])}
    thin = [i for i, d in enumerate(order) if len(d.names) < min_names]
    groups = _same_descriptor(order, [i for i in range(len(order)) if i not in set(thin)], same_days, frozenset(apart))
    _merge_similar(groups, sim, apart, threshold)
    _join_lone_by_descriptor(order, groups, apart)
    # the articles that name their event's type and place join first, so that one naming
    # neither sees every group it might belong to
    for i in sorted(thin, key=lambda i: (split_event(order[i].event).count(None), i)):
        fits = [g for g in groups if not any((min(i, k), max(i, k)) in apart or not _compatible(order[i], order[k]) for k in g)]
        same = [g for g in fits if any(_same(order[i], order[k], same_days) for k in g)]
        if not same:  # its few names are still evidence when one group alone shares any
            same = [g for g in fits if any(sim[(min(i, k), max(i, k))] > 0 for k in g)]
            same = same if len(same) == 1 else []
        candidates = same or fits
        if len(same) == 1 or candidates and not _ambiguous(order, candidates):  # one group of its own event: no doubt
            max(candidates, key=len).append(i)
        else:
            groups.append([i])
    return _labels(order, groups)


def _join_lone_by_descriptor(order: Sequence[DocEvent], groups: list[list[int]], apart: set[tuple[int, int]]) -> None:
    """An undated article left alone, whose names are not the others' (a tribute that names
    the stars it recalls), joins the one group of its event's type and place: "death in
    Los Angeles" beside a group of that death. With two such groups it cannot tell which."""
    for g in [g for g in groups if len(g) == 1]:
        i = g[0]
        kind, place, day = split_event(order[i].event)
        if kind is None or place is None or day is not None:
            continue
        fits = [h for h in groups if h is not g and any(split_event(order[k].event)[:2] == (kind, place) for k in h)]
        if len(fits) == 1 and not any((min(i, k), max(i, k)) in apart for k in fits[0]):
            fits[0].append(i)
            groups.remove(g)


def _ambiguous(order: Sequence[DocEvent], fits: list[list[int]]) -> bool:
    """Groups about events in different places or of different types: an article that
    names neither cannot tell which it reports."""
    places = {split_event(order[k].event)[1] for g in fits for k in g} - {None}
    types = {split_event(order[k].event)[0] for g in fits for k in g} - {None}
    return len(places) > 1 or len(types) > 1


def _compatible(a: DocEvent, b: DocEvent) -> bool:
    """Types and places that do not tell two articles' events apart (either may be unknown)."""
    (ta, pa, _), (tb, pb, _) = split_event(a.event), split_event(b.event)
    # a step after an incident may be reported of it ("Police arrest 23 after riot", "24
    # died when a bus crashed"): its dates still tell them apart
    types_differ = ta and tb and ta != tb and not (a.step or b.step) and not _kin(a, b)
    return not types_differ and not (pa and pb and pa != pb and not _lies_in(a, b) and not _lies_in(b, a))


def _other_incidents(a: DocEvent, b: DocEvent) -> bool:
    """Incidents of two families (a mine's blast and a mine's flood), neither a step after
    an incident nor kin, nor one the other's play (a game's "shooting"): the names two such
    reports share are a place's or a company's, not one event's."""
    if a.family is None or b.family is None or a.family == b.family or a.step or b.step:
        return False
    return not _kin(a, b) and a.family not in b.plays and b.family not in a.plays


def _kin(a: DocEvent, b: DocEvent) -> bool:
    """Two articles whose types one incident is reported as (events.yaml ``kin``)."""
    return bool(a.kin) and a.kin == b.kin


def _lies_in(town: DocEvent, wide: DocEvent) -> bool:
    """An event placed in a state or country and one placed in a town that lies there, or
    that the lexicon does not know ("California" and "Napa"): ``Lexicon.may_lie_in`` of the
    two articles' places."""
    if not wide.wide:
        return False
    # a region the lexicon places in that country ("Puntland" in "Somalia") lies there too
    return town.within == split_event(wide.event)[1] if town.within is not None else not town.wide


def _same(a: DocEvent, b: DocEvent, days: int) -> bool:
    """One event by its descriptors: types and places agree (or one is unknown) and both
    dates are known and close."""
    if not _compatible(a, b):
        return False
    gap = _days_apart(a, b)
    if gap is None:
        return False
    if _one_day_pair(a, b):  # one game: its day, or the day after by a report's publication
        return gap == 0 or gap == 1 and not (a.date_from_text and b.date_from_text)
    return gap <= days


def _days_apart(a: DocEvent, b: DocEvent) -> Optional[int]:
    """Days between two articles' event dates (0 when their periods meet), None when one is
    undated."""
    ia, ib = date_interval(split_event(a.event)[2]), date_interval(split_event(b.event)[2])
    return None if ia is None or ib is None else max(ia[0] - ib[1], ib[0] - ia[1]).days


def _one_day_pair(a: DocEvent, b: DocEvent) -> bool:
    """Two articles whose events are of one type that happens on one day (a game)."""
    return a.one_day and b.one_day and split_event(a.event)[0] == split_event(b.event)[0]


def _same_descriptor(order: Sequence[DocEvent], members: list[int], days: int,
                     apart: frozenset[tuple[int, int]] = frozenset()) -> list[list[int]]:
    """Groups of the articles that :func:`_same` links, directly or through others, but
    never two that are ``apart`` (an undated-type report of Tuesday links no two games)."""
    group_of = {i: [i] for i in members}
    for i, j in combinations(members, 2):
        gi, gj = group_of[i], group_of[j]
        if gi is gj or not _same(order[i], order[j], days):
            continue
        if any((min(x, y), max(x, y)) in apart for x in gi for y in gj):
            continue
        gi.extend(gj)
        for k in gj:
            group_of[k] = gi
    return list({id(g): g for g in group_of.values()}.values())


def _tfidf(bags: list[Counter[str]]) -> list[dict[str, float]]:
    df: Counter[str] = Counter()
    for b in bags:
        df.update(b.keys())
    n = len(bags)
    out = []
    for b in bags:
        w = {t: (1 + math.log(c)) * math.log((n + 1) / df[t]) for t, c in b.items()}
        norm = math.sqrt(sum(x * x for x in w.values())) or 1.0
        out.append({t: x / norm for t, x in w.items()})
    return out


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(t, 0.0) for t, x in a.items())


def _apart(a: DocEvent, b: DocEvent, days: int, published_days: int, same_days: int = 3) -> bool:
    """Two articles whose events are dated far apart report different events. A date the
    lede names is the event's; a publication date standing in for it only bounds it (a
    siege is reported for months), so it takes a far longer gap. Events of a type that
    happens on one day (a game) are apart a day apart, or ``same_days`` when a publication
    date stands in (a recap may appear two days on), or when a report was published before
    the other's game."""
    (ta, _, da), (tb, _, db) = split_event(a.event), split_event(b.event)
    ia, ib = date_interval(da), date_interval(db)
    if ia is None or ib is None:
        return False
    gap = max(ia[0] - ib[1], ib[0] - ia[1]).days
    if _one_day_pair(a, b):
        if a.date_from_text and b.date_from_text:
            return gap >= 1
        if a.date_from_text != b.date_from_text:  # a publication date bounds its game from above
            named, bound = (ia, ib) if a.date_from_text else (ib, ia)
            if bound[1] < named[0]:
                return True  # published before the other report's game was played
        return gap >= same_days
    if a.date_from_text and b.date_from_text:
        return gap >= days
    if gap >= days and not _compatible(a, b):
        return True  # publication days apart, of events in two places
    # articles that name no event only drift apart in time: the figures' own dates judge them;
    # half a year from an article that names its event is another event, though, and so is
    # more than one of its type lasts (a fire three months on is another fire)
    limit = min([published_days] + [d.lasts for d in (a, b) if d.lasts])
    return gap >= limit and (ta is not None or tb is not None)


def _merge_similar(groups: list[list[int]], sim: dict, apart: set, threshold: float) -> None:
    """Average-linkage agglomeration, never across an 'apart' pair, in place.

    Group similarities are updated by the Lance-Williams rule and the best pair is taken
    from a heap, so n articles cost O(n² log n), not O(n³)."""
    live = {k: list(g) for k, g in enumerate(groups)}
    link: dict[tuple[int, int], float] = {}
    for a, b in combinations(sorted(live), 2):
        pairs = [(min(i, j), max(i, j)) for i in live[a] for j in live[b]]
        link[(a, b)] = -1.0 if any(p in apart for p in pairs) else sum(sim[p] for p in pairs) / len(pairs)
    heap = [(-score, a, b) for (a, b), score in link.items() if score >= threshold]
    heapq.heapify(heap)
    while heap:
        neg, a, b = heapq.heappop(heap)
        if a not in live or b not in live or link.get((a, b)) != -neg:
            continue  # a stale entry: one side has merged since
        na, nb = len(live[a]), len(live[b])
        live[a].extend(live.pop(b))
        for k in live:
            if k == a:
                continue
            sa, sb = link.pop((min(a, k), max(a, k))), link.pop((min(b, k), max(b, k)))
            score = -1.0 if sa < 0 or sb < 0 else (na * sa + nb * sb) / (na + nb)
            link[(min(a, k), max(a, k))] = score
            if score >= threshold:
                heapq.heappush(heap, (-score, min(a, k), max(a, k)))
        link.pop((min(a, b), max(a, b)), None)
    groups[:] = list(live.values())


def _labels(order: Sequence[DocEvent], groups: list[list[int]]) -> dict[str, str]:
    """Each group's id: its most common type and place, and its dated members' most common
    date; a suffix tells apart two groups that would read alike."""
    out: dict[str, str] = {}
    seen: Counter[str] = Counter()
    for g in sorted(groups, key=lambda g: min(order[i].doc for i in g)):
        parts = [split_event(order[i].event) for i in g]
        label = event_id(*(_most_common(p[k] for p in parts) for k in range(3)))
        seen[label] += 1
        if seen[label] > 1:
            label = f"{label}#{seen[label]}"
        for i in g:
            out[order[i].doc] = label
    return out


def _most_common(values: Iterable[Optional[str]]) -> Optional[str]:
    known = Counter(v for v in values if v)
    return min(known.items(), key=lambda kv: (-kv[1], kv[0]))[0] if known else None


# -- each claim ---------------------------------------------------------------------------
@dataclass(frozen=True)
class SentenceEvents:
    """The event words of one sentence: its first type, and the families it names."""

    first: Optional[str]
    families: frozenset[str]
    long_ago: bool
    opening: Optional[str] = None  # a date that opens the sentence ("In February, ..."): it dates all of it
    names: tuple[str, ...] = ()    # the incidents it names by name ("the Cedar Gulch Fire")
    other_at: Optional[tuple[int, str]] = None  # where another incident of another time starts, and its type
    typed_at: tuple[tuple[int, str], ...] = ()  # each event word's offset and type (not those of who took part)

    @classmethod
    def read(cls, lex: Lexicon, words: Words, start: int, end: int, opening: Optional[str] = None,
             text: str = "") -> "SentenceEvents":
        """The sentence at ``start:end`` of the text ``words`` indexes (``text``: that text as
        written, for the incidents it names by name)."""
        found = _event_words(lex, words, start, end)
        families = frozenset(f for f in (lex.event_family(t) for _, t, _, _ in found) if f)
        # who took part names no incident of its own ("the three gunmen escaped" in a report
        # of a heist), though it ties the sentence to its own ("the pirates ... warded off
        # the attack" in a report of a hijacking)
        types = [t for _, t, part, _ in found if not part]
        said = words.text(start, end)
        long_ago = "ago" in said and lex.long_ago.search(said) is not None
        return cls(types[0] if types else None, families, long_ago, opening, tuple(event_names(lex, text[start:end])),
                   _other_incident(lex, said, start, found), tuple((at, t) for at, t, part, _ in found if not part))


def _other_incident(lex: Lexicon, said: str, start: int, found: list) -> Optional[tuple[int, str]]:
    """(offset, type) of the incident word that "three months after a reactor blast" puts at
    another time than the article's (events.yaml ``other_incident_after``), if any."""
    if lex.other_incident_after is None or not found or (" after " not in said and " before " not in said
                                                          and " since " not in said):
        return None
    shift = lex.other_incident_after.search(said)
    if shift is None:
        return None
    at = start + shift.end()
    return next(((s, t) for s, t, part, _ in found if not part and at <= s <= at + _INCIDENT_WITHIN), None)


_INCIDENT_WITHIN = 40  # "after a |reactor blast": the incident word a few words on


def claim_event(lex: Lexicon, claim: Claim, main: MainEvent, here: SentenceEvents) -> tuple[Optional[str], bool]:
    """(event, background) of one claim whose sentence holds ``here``: its sentence's other
    event, no event for a standing fact, else the article's."""
    strongest = _the_strongest_of(lex, claim, here, main.type)
    if strongest is not None:
        # "recorded 300 aftershocks, the strongest a magnitude 5.2 tremor": the aftershock's
        return event_id(strongest, claim.place or main.place, main.date), True
    if claim.subject in lex.personal_properties and lex.past_moment_after is not None \
            and lex.past_moment_after.match(claim.evidence.sentence, claim.evidence.end - claim.evidence.sentence_start):
        # "She was 25 at the time": the age of a moment the text recalls
        return event_id(here.first or main.type, claim.place or main.place, PAST), True
    if here.other_at is not None and claim.evidence.start > here.other_at[0]:
        # "The blast came three months after a reactor explosion in Dahej killed 11 workers"
        return event_id(here.other_at[1], claim.place or main.place, PAST), True
    if main.name and here.names and main.name not in here.names:
        # "Last July's Cedar Gulch Fire burned 23,000 acres" in a report of the Whitehorse Ridge
        # Fire: the incident it names, one event by its name wherever and whenever it is recalled
        return event_id(here.first or main.type, here.names[0], None), True
    t = claim.time
    when = t.as_of if t.source == "sentence" else here.opening
    if when == PAST:
        # an undated article's sentence opening with a past month or year ("In January, ...")
        return event_id(here.first or main.type, claim.place or main.place, PAST), True
    if when is not None and not (claim.subject in lex.personal_properties and _later(when, main.date)):
        # (a person's age in a sentence dated by a coming day is the age now: "Ada Quell, 39,
        # will host the awards on March 10")
        period = background_date(main, when, _precision(when), _background_days(lex, main.type, claim))
        if period is not None:
            return event_id(here.first or main.type, claim.place or main.place, period), True
    if main.date is None and t.source != "sentence" and here.long_ago:
        # an undated article cannot place "41 years ago", but it is not the article's event
        return event_id(here.first or main.type, claim.place or main.place, PAST), True
    if claim.kind == Kind.COUNT and claim.subject not in lex.personal_properties and _a_tally(lex, claim):
        return None, False  # "So far this summer, eight people have died in the canton": a statistic
    if claim.kind == Kind.COUNT and claim.predicate is None and claim.subject not in lex.personal_properties \
            and _standing(lex, claim):  # "Vale has 12 wives" is his, at the time of the event
        return None, False  # (before another incident: "Kirkuk, home to 1 million people, has seen attacks")
    if _another_incident(lex, here, main.type):
        # "A magnitude 6.3 quake struck Mosul." in a report of a fire: the quake's figure
        return event_id(here.first, claim.place or main.place, main.date), True
    return main.id, False


def _the_strongest_of(lex: Lexicon, claim: Claim, here: SentenceEvents, main: Optional[str]) -> Optional[str]:
    """The type of the events of another type than the article's that a property of one of
    them picks out by a superlative ("300 aftershocks, the strongest a magnitude 5.2"), if any
    (events.yaml ``strongest_words``)."""
    if lex.strongest_before is None or claim.subject not in lex.event_properties or not here.typed_at:
        return None
    ev = claim.evidence
    s = ev.start - ev.sentence_start
    sup = lex.strongest_before.search(ev.sentence, max(0, s - 40), s)
    if sup is None:
        return None
    at = ev.sentence_start + sup.start()
    before = [t for w, t in here.typed_at if w < at]
    return before[-1] if before and before[-1] != main else None


ATTENDANCE = "attendance"
"""What a count of a game's crowd is compared as: one figure of the game."""


def counts_a_crowd(lex: Lexicon, claim: Claim, event: Optional[str]) -> bool:
    """A count of people with no predicate, or of a crowd, in a report of a game ("a crowd
    of 17,846", "18,102 fans watched"; events.yaml ``game_stats`` ``crowd``)."""
    family, subjects, predicates = lex.crowd_of_game
    return claim.kind == Kind.COUNT and claim.subject in subjects and claim.predicate in predicates \
        and event is not None and lex.event_family(split_event(event)[0]) == family


def _a_crowds_part(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """ "a paid attendance of 13,960", "12,400 paying fans": part of a crowd (events.yaml
    ``game_stats`` ``crowd`` ``parts``)."""
    return lex.crowd_part_before is not None and (lex.crowd_part_before.search(text, max(0, start - 40), start) is not None
                                                  or lex.crowd_part_after.match(text, end) is not None)


def _background_days(lex: Lexicon, type_: Optional[str], claim: Claim) -> int:
    """How far from the article's event a sentence's own date puts its figures in another
    event: a week for an incident of a day, else ``background_days`` (and for a person's
    own figure, whose sentence may date an earlier step: "Benner, 44, was fired last month")."""
    days = lex.events.incident_background_days
    if days is None or type_ is None or not lex.incident(type_) or type_ in lex.lasting_event_types \
            or claim.subject in lex.personal_properties:
        return lex.events.background_days
    return days


def _another_incident(lex: Lexicon, here: SentenceEvents, main: Optional[str]) -> bool:
    """A sentence that names an incident of another family and none of the article's own."""
    if here.first is None or main is None or not (lex.incident(here.first) and lex.incident(main)):
        return False
    if lex.event_family(here.first) in lex.in_play.get(main, ()):
        return False  # "shooting 8 of 14" in a report of a game: its play
    return lex.event_family(main) not in here.families


def _later(iso: str, than: Optional[str]) -> bool:
    """Whether a date lies wholly after another (the article's event)."""
    here, there = date_interval(iso), date_interval(than) if than else None
    return here is not None and there is not None and here[0] > there[1]


def _precision(iso: Optional[str]) -> str:
    return {4: "year", 7: "month"}.get(len(iso or ""), "day")


def _standing(lex: Lexicon, claim: Claim) -> bool:
    """ "Orchard has about 70 employees", "a town that is home to 12,000 people"."""
    before = claim.evidence.sentence[:claim.evidence.start - claim.evidence.sentence_start]
    return lex.standing_verbs.search(before[-60:]) is not None and claim.time.source != "sentence"


def _a_tally(lex: Lexicon, claim: Claim) -> bool:
    """ "So far this summer, eight people have died", "has claimed more than 500 lives since
    1865": a count over a period (events.yaml ``tally_periods``)."""
    ev = claim.evidence
    s, e = ev.start - ev.sentence_start, ev.end - ev.sentence_start
    return lex.tally_opens.match(ev.sentence, 0, s) is not None or lex.tally_after.match(ev.sentence, e) is not None


def counts_a_part(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """ "seven other workers", "the remaining three", "three others", "six more men", "one
    Austrian and one Spanish climber", "a paid attendance of 13,960": the figure counts part
    of a group, never the whole."""
    return (lex.subset_before.search(text[max(0, start - 20):start]) is not None
            or lex.subset_after.search(text[end:end + 12]) is not None
            or _coordinated_count(lex, text, start, end) or _a_crowds_part(lex, text, start, end))


_COUNT_AND_BEFORE = _rx.compile(r"(?i)(?<![\w-])(?P<n>\d+|[a-z]+)\s+(?P<w>[\w-]+)\s+and\s+\Z")
_AND_COUNT_AFTER = _rx.compile(r"(?i)\s+(?P<w>[\w-]+)\s+and\s+(?P<n>\d+|[a-z]+)(?![\w-])")


def _coordinated_count(lex: Lexicon, text: str, start: int, end: int) -> bool:
    """ "one Austrian and one Spanish climber", "two armed and three unarmed men": a count
    coordinated with another, each with a modifier of one noun, a part of the group it names
    (not "seven rifles and three pistols": two nouns)."""
    before = _COUNT_AND_BEFORE.search(text, max(0, start - 30), start)
    after = _AND_COUNT_AFTER.match(text, end)
    return any(m is not None and (m.group("n").isdigit() or m.group("n").lower() in lex.word_values)
               and (m.group("w") in lex.demonym_of or fold(m.group("w")) in lex.modifiers) for m in (before, after))
