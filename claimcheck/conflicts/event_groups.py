"""Telling articles' events apart at check time (see claimcheck.pipeline.events for the strings).

Extraction gives every claim of an article the same main event string; this module
decides which articles report the same event, so that their figures are compared and
others' never are. It reads the documents' proper names (their text is at hand in
``check``), so a store of claims can be checked again with the documents alone.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Mapping, Optional, Sequence

from pydantic import BaseModel, ConfigDict, Field

from ..pipeline.events import NO_EVENT, DocEvent, group_documents, names, split_event
from ..lexicon import Lexicon
from ..models import Claim, Document

NO_EVENTS = "|".join((NO_EVENT,) * 3)


class EventSettings(BaseModel):
    """How ``check`` tells articles' events apart (``[events]`` in a config file)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    similarity: float = Field(0.05, ge=0, le=1, description="Average cosine of the articles' proper names (TF-IDF) "
                                                             "from which two groups of articles report one event.")
    min_names: int = Field(3, ge=0, description="An article with fewer distinct proper names joins the largest group.")
    apart_days: int = Field(10, ge=0, description="Articles whose ledes date their events this many days apart report "
                                                  "different events.")
    apart_published_days: int = Field(180, ge=0, description="... and articles published this many days apart, where "
                                                             "the lede names no day.")
    max_group: int = Field(400, ge=2, description="Names are compared in blocks of at most this many articles: all "
                                                  "of them, else those of one event family, else of one family and "
                                                  "place; a larger block is told apart by type, place and date alone "
                                                  "(the name comparison grows with the square of the articles).")


@dataclass(frozen=True)
class EventsAcross:
    """The resolved main event of each article, and a claim's event from it."""

    main: dict[str, str]         # doc id -> the main event string its claims carry
    resolved: dict[str, str]     # doc id -> the id of the event it reports, across articles

    def event_of(self, claim: Claim) -> str:
        if claim.event is None:
            return NO_EVENTS
        if claim.background or self.main.get(claim.doc) != claim.event:
            return claim.event
        return self.resolved.get(claim.doc, claim.event)


def names_its_day(c: Claim) -> bool:
    """Whether a claim's sentence names the day of the claim's event ("robbed a bank on
    Tuesday"), not the publication date standing in for it."""
    return c.time.source == "sentence" and bool(c.time.as_of) and len(c.time.as_of) == 10 and not c.background \
        and (c.event or "").endswith("|" + c.time.as_of)


def events_across(names_of: Mapping[str, Counter[str]], published_of: Mapping[str, Optional[dt.date]],
                  claims: Sequence[Claim], settings: EventSettings, lex: Lexicon) -> EventsAcross:
    """Which articles report the same event: ``names_of`` holds each article's proper names
    (:func:`article_names`) and ``published_of`` its publication date, so the texts
    themselves need not be held."""
    main: dict[str, str] = {}
    for c in claims:
        if c.event is not None and not c.background:
            main.setdefault(c.doc, c.event)
    day_named = {c.doc for c in claims if names_its_day(c) and main.get(c.doc) == c.event}
    docs: list[DocEvent] = []
    for doc_id, names_ in names_of.items():
        if doc_id not in main:
            continue
        date = split_event(main[doc_id])[2]
        published = published_of.get(doc_id)
        type_, place, _ = split_event(main[doc_id])
        step = type_ is not None and not lex.incident(type_)
        # an incident's text names its day ("robbed on Tuesday"), though it may be the
        # publication day (a step's or a lasting situation's day is one of many: a launch's
        # sales a week on, a siege's latest day)
        from_text = date is not None and (published is None or date != published.isoformat()
                                          or doc_id in day_named and type_ is not None and not step
                                          and type_ not in lex.lasting_event_types)
        info = lex.place_info(place) if place else None
        docs.append(DocEvent(doc_id, main[doc_id], names_, from_text, step,
                             wide=lex.wide_place(place), within=info.country if info is not None else None,
                             one_day=type_ in lex.one_day_event_types, kin=lex.event_kin.get(type_ or ""),
                             family=lex.event_family(type_) if type_ else None, plays=lex.in_play.get(type_ or "", frozenset()),
                             lasts=lex.event_lasts_days.get(type_ or "")))
    resolved: dict[str, str] = {}
    for block in _blocks(docs, settings.max_group, lex):
        if len(block) > settings.max_group:
            resolved.update({d.doc: d.event for d in block})
        else:
            resolved.update(group_documents(block, settings.similarity, settings.min_names, settings.apart_days,
                                            settings.apart_published_days))
    return EventsAcross(main, resolved)


def _blocks(docs: list[DocEvent], most: int, lex: Lexicon) -> list[list[DocEvent]]:
    """The articles cut into blocks of at most ``most`` that names are compared within:
    all of them, else those of one event family ("hijacking", "piracy"), else of one family
    and place. The place is cut last, as articles of one event name it differently (the
    Gulf of Aden, Aden, the Horn of Africa); a block still too large is told apart by its
    events' descriptors alone."""
    if len(docs) <= most:
        return [docs]
    by_family: dict[Optional[str], list[DocEvent]] = defaultdict(list)
    for d in docs:
        by_family[lex.event_family(split_event(d.event)[0])].append(d)
    out: list[list[DocEvent]] = []
    for family_docs in by_family.values():
        if len(family_docs) <= most:
            out.append(family_docs)
            continue
        by_place: dict[Optional[str], list[DocEvent]] = defaultdict(list)
        for d in family_docs:
            by_place[split_event(d.event)[1]].append(d)
        out.extend(by_place.values())
    return out


def article_names(doc: Document, stop: frozenset[str]) -> Counter[str]:
    """The proper names of an article, as events_across compares them."""
    return names(doc.text, stop)


def name_stopwords(lex: Lexicon) -> frozenset[str]:
    """Capitalised words that name no one: months, weekdays, and events.yaml's list."""
    return lex.name_stopwords
