"""Extraction: text -> sentences -> mentions -> claims (normalized).

``extract`` is a pure function of (document, lexicon, settings): no global state but
caches of compiled patterns, so it can run on any worker of a cluster and its output
can be archived and compared later.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional, Union

import regex

from .limits import bounded_claims
from ..text.rx import _rx, bound_all

from . import context as ctx
from . import events
from .mentions import DateMention, Mention, lowered, rise_before, scan
from ..lexicon import Lexicon, Words, default_lexicon, fold, singular
from ..models import Claim, Document, Kind, Normalized, Span, TimeRef, Value, claim_id
from .normalize.dates import date_interval, resolve, since_interval_years
from .normalize.units import to_canonical
from .places import dateline_span, main_place, matcher
from ..text import normalize, sentences

MAX_CHARS_DEFAULT = 20_000_000
# a count of houses or blocks "away" or "from" something measures where it is
_A_DISTANCE_AFTER = _rx(r"(?i)\s+(?:away\b|(?:down|up)\s+the\s+(?:road|street)\b|from\s+(?:where\b|the\s+(?:scene|spot|site)\b))")
# what may stand before a date that opens a sentence: "In February,", "Back in 2019,"
_OPENS = _rx(r"(?i)\s*[\"“]?\s*(?:(?:back|early|late|earlier|later)\s+)?(?:in|on|during|last|this|since)?\s*")
_INTRODUCES_QUOTE = _rx(r"(?i)\b(?:had\s+to\s+say|said|says|told\s+\w+|wrote|writes|explained|put\s+it)\b[^.:]{0,80}:")


@dataclass(frozen=True)
class Settings:
    """Extraction settings. Frozen and hashable, so a run is reproducible from them."""

    kinds: Optional[frozenset[str]] = None     # None: every kind
    dates: bool = True                          # emit kind=date claims
    max_chars: int = MAX_CHARS_DEFAULT          # longer documents are refused, not truncated
    context_scope: bool = True                  # use the article's main place when a sentence names none


def as_document(doc_or_text: Union[Document, str], published: Optional[Union[dt.date, str]] = None, doc_id: str = "text") -> Document:
    """A Document from a Document or a plain string; ``published`` overrides."""
    if isinstance(published, str):
        published = dt.date.fromisoformat(published)
    if isinstance(doc_or_text, Document):
        if published is not None:
            return doc_or_text.model_copy(update={"published": published, "published_source": "argument"})
        return doc_or_text
    if not isinstance(doc_or_text, str):
        raise TypeError(f"extract() takes a Document or a str, not {type(doc_or_text).__name__}")
    from ..documents import find_dateline

    pub, source = (published, "argument") if published is not None else (find_dateline(doc_or_text), "dateline")
    return Document(id=doc_id, text=doc_or_text, published=pub, published_source=source if pub else None)


def extract(doc_or_text: Union[Document, str], published: Optional[Union[dt.date, str]] = None, *,
            lexicon: Optional[Lexicon] = None, settings: Optional[Settings] = None) -> list[Claim]:
    """Every quantitative claim in a document, in text order.

    >>> [c.text for c in extract("Rescuers said about 250 miners were trapped.")]
    ['about 250']
    """
    return list(iter_claims(as_document(doc_or_text, published), lexicon=lexicon, settings=settings))


def iter_claims(doc: Document, *, lexicon: Optional[Lexicon] = None, settings: Optional[Settings] = None) -> Iterator[Claim]:
    """The claims of :func:`extract`, one sentence at a time: the claims of a long document
    need not all be in memory at once. Raises the InputError of an over-long document now,
    and an ExtractTimeout (naming the document) while iterating."""
    lex = lexicon or default_lexicon()
    st = settings or Settings()
    if len(doc.text) > st.max_chars:
        from ..errors import InputError

        raise InputError(doc.id, f"document has {len(doc.text):,} characters, over the limit of {st.max_chars:,} (Settings.max_chars)",
                         type="input.too_long")
    return bounded_claims(doc.id, lambda: _Extractor(doc, lex, st).claims())


class _Extractor:
    def __init__(self, doc: Document, lex: Lexicon, st: Settings):
        self.doc, self.lex, self.st = doc, lex, st
        self.nt = normalize(doc.text)
        self.text = self.nt.text
        self.low = lowered(self.text)
        self.words = Words(self.low, _first_words(lex))
        self.v = ctx.vocab(lex)

    # -- the flow -------------------------------------------------------------------
    def claims(self) -> Iterator[Claim]:
        text, lex = self.text, self.lex
        dates, mentions = scan(text, lex, self.words, self.low)
        # a wire dateline's place ("KHARTOUM (Reuters) -") is where the report was filed,
        # not what its figures are about
        d_start, d_end = dateline_span(text)
        places = [p for p in matcher(lex).find(text) if not d_start <= p.start < d_end]
        spans = list(sentences(text))
        headline_end = spans[0][1] if spans else 0
        lede_end = spans[1][1] if len(spans) > 1 else 0
        self.home = main_place(lex, places, headline_end, lede_end) if self.st.context_scope else None
        self.resolved = {id(d): resolve(d, text, lex, self.doc.published) for d in dates}
        self.last_source: list[Optional[str]] = [None]
        self.last_count: Optional[dict] = None  # the document's last count with a subject, for "the figure"
        lede3_end = spans[min(2, len(spans) - 1)][1] if spans else 0
        main = events.main_event(lex, self.words, headline_end, lede3_end, self.home, self._date_marks(dates), self.doc.published)

        starts = [s for s, _ in spans]
        by_sentence: dict[int, ctx.Sentence] = {}

        def sentence_of(pos: int) -> ctx.Sentence:
            i = max(0, bisect.bisect_right(starts, pos) - 1)
            if i not in by_sentence:
                s, e = spans[i] if spans else (0, len(text))
                by_sentence[i] = ctx.Sentence(s, e, text, self.words)
            return by_sentence[i]

        for p in places:
            sentence_of(p.start).places.append(p)
        for d in dates:
            sentence_of(d.start).dates.append(d)
        grouped: dict[int, list[Mention]] = {}
        for m in mentions:
            sentence_of(m.start)
            grouped.setdefault(max(0, bisect.bisect_right(starts, m.start) - 1), []).append(m)
        date_groups: dict[int, list[DateMention]] = {}
        for d in dates:
            date_groups.setdefault(max(0, bisect.bisect_right(starts, d.start) - 1), []).append(d)

        busy = set(grouped) | set(date_groups)
        # sources are tracked across every sentence, so "he estimated" finds its speaker
        speech = {max(0, bisect.bisect_right(starts, s) - 1) for s, _, _ in self.v.speech.finditer(self.words)}
        # "according to X" credits a source with no speech verb (a literal scan of the lowered text)
        speech |= {max(0, bisect.bisect_right(starts, am.start()) - 1) for am in self.v.according_words.finditer(self.low)}
        block: tuple[Optional[str], int] = (None, -1)  # a source that introduces a quoted passage
        for i in sorted(busy | speech):
            sent = sentence_of(starts[i]) if spans else sentence_of(0)
            attribution = ctx.attribution_for(text, sent, self.v, self.last_source) if i in speech else None
            if attribution and _INTRODUCES_QUOTE.search(text, sent.start, sent.end):
                # "What a senior source had to say: ..." speaks for the rest of its paragraph
                para_end = text.find("\n\n", sent.end)
                block = (attribution, len(text) if para_end < 0 else para_end)
            elif attribution is None and sent.start < block[1]:
                attribution = block[0]
            if i in busy:
                ctx.prepare(sent, lex)
                here = events.SentenceEvents.read(lex, self.words, sent.start, sent.end,
                                                  self._opening_date(sent, date_groups.get(i, [])))
                for c in self._sentence_claims(sent, grouped.get(i, []), date_groups.get(i, []), attribution):
                    if self.st.kinds is None or c.kind in self.st.kinds:
                        yield self._with_event(c, main, here)
            by_sentence.pop(i, None)  # done with it: a long document is not held sentence by sentence

    # -- events ---------------------------------------------------------------------
    def _date_marks(self, dates: list[DateMention]) -> list[tuple[int, Optional[str], str]]:
        """(offset, ISO, precision) of each resolved date, in text order."""
        marks = [(d.start, r.iso, r.precision) for d in dates for r in (self.resolved[id(d)],) if r.resolved]
        return sorted(marks, key=lambda m: m[0])

    def _opening_date(self, sent: ctx.Sentence, dates: list[DateMention]) -> Optional[str]:
        """The resolved date that opens a sentence ("In February, a gunman ...", "Last year,"),
        which dates every figure in it, attached to it or not."""
        for d in dates:
            r = self.resolved[id(d)]
            if r.resolved and r.iso and _OPENS.fullmatch(self.text, sent.start, d.start):
                return r.iso
        return None

    def _with_event(self, c: Claim, main: "events.MainEvent", here: "events.SentenceEvents") -> Claim:
        """The claim with the incident it belongs to (see claimcheck.events)."""
        if c.kind == Kind.DATE:
            return c
        event, background = events.claim_event(self.lex, c, main, here)
        partial = c.kind in (Kind.COUNT, Kind.DURATION) and events.counts_a_part(self.lex, self.doc.text, c.evidence.start, c.evidence.end)
        return c.model_copy(update={"event": event, "background": background, "partial": partial})

    # -- one sentence -----------------------------------------------------------------
    def _sentence_claims(self, sent: ctx.Sentence, mentions: list[Mention], dates: list[DateMention], attribution: Optional[str]) -> list[Claim]:
        text, v = self.text, self.v
        sent.figures = [m.start for m in mentions]
        hedges = tuple(sorted({w for _, _, w in v.hedges.finditer(self.words, sent.start, sent.end)}))
        revision = bool(v.revisions.search(self.words, sent.start, sent.end))
        built: list[tuple[Mention, dict]] = []
        prev_count: Optional[dict] = self.last_count if _THE_FIGURE.search(text, sent.start, sent.end) else None
        for k, m in enumerate(mentions):
            nxt = mentions[k + 1].start if k + 1 < len(mentions) else sent.end
            f = self._bind(sent, m, nxt, hedges)
            if f is None:
                continue
            # ellipsis: "1,200 rebels in Zabid and 2,500 in Bajil", "40 dead and sixty more wounded",
            # "killed 1,200, while the UN put the figure closer to 3,000"
            # (a bare "toll" of people takes the class of the count it answers: "killed 22,000
            # civilians, while the authorities put the toll at 3,000")
            generic = f["subject"] is None or f["subject"] == "people" and prev_count is not None \
                and prev_count["unit"] == "person" and prev_count["predicate"] == f["predicate"]
            if f["kind"] == Kind.COUNT and generic and f.get("noun") is None and prev_count is not None \
                    and (not _rx(r"\s+of\b").match(text, m.end) or _rx(r"\s+of\s+(?:whom|them)\b").match(text, m.end)) \
                    and (_rx(r"[^.;]{0,80}?(?:\band\b|,|\bwhile\b|\bwith\b|\bplus\b|\bincluding\b)[^.;]{0,60}").fullmatch(text[prev_count["m"].end:m.start])
                         or prev_count["m"].end < sent.start and _THE_FIGURE.search(text, sent.start, m.start)):
                f["subject"] = prev_count["subject"]
                f["unit"] = prev_count["unit"]
                f["noun"] = prev_count["noun"]
                if f["predicate"] is None:
                    f["predicate"] = prev_count["predicate"]
                if f["scope"] is None:
                    f["scope"], f["place"] = prev_count["scope"], prev_count["place"]
                if _rx(r"\s+of\s+(?:whom|them)\b").match(text, m.end):
                    f["part_of_mention"] = prev_count["m"]  # "63 protesters, 11 of whom were released"
                    f["scope"], f["place"] = prev_count["scope"], prev_count["place"]
            if f["kind"] == Kind.COUNT and f["subject"] is None and f.get("noun") is None and self.lex.counts_people(f["predicate"]) \
                    and not (m.word_number and m.low <= 1) and not _rx(r"\s+of\s").match(text, m.end):
                f["subject"], f["unit"] = "people", "person"  # "at least 50 were killed": people ("no one was hurt": none)
            if built and built[-1][1]["kind"] == f["kind"] and f["kind"] in (Kind.MONEY, Kind.MEASURE, Kind.DISTANCE) \
                    and _rx(r"\s*\(\s*(?:or\s+|about\s+|roughly\s+)?").fullmatch(text, built[-1][0].end, m.start):
                # "2 million euros ($2.2 million)", "120 metres (394 feet)": the same amount restated
                prev = built[-1][1]
                f["concept"], f["holder"] = prev["concept"] or f["concept"], prev["holder"] or f["holder"]
                if prev["scope"] is not None:
                    f["scope"], f["place"] = prev["scope"], prev["place"]
            if f["kind"] == Kind.COUNT and f["subject"] is not None:
                f["m"] = m
                prev_count = self.last_count = f
            if f["holder"] is None and built and _rx(r"[^.;:]{0,120}").fullmatch(text, built[-1][0].end, m.start):
                # "Brightwater runs 42 surgeries, and more than 900 beds": a clause with no
                # subject of its own keeps the one before
                f["holder"] = built[-1][1]["holder"]
            built.append((m, f))

        self._parts_of_whole(sent, built)
        self._changes(built)
        self._shared_units(built)
        # "a few", "Few predicted", "several ideas": a figure in words that counts nothing we
        # know (but "thousands of complaints", an order of magnitude, is kept)
        built = [(m, f) for m, f in built if not (f["kind"] == Kind.COUNT and f["subject"] is None
                                                  and ((f.get("noun") is None or m.vague and m.low < 10) and (m.vague or m.word_number)
                                                       or m.low == 1 and f.get("noun") in ("one",)))]
        claims = []
        sources = self._clause_sources(sent)
        for m, f in built:
            turn = bisect.bisect_right([t for t, _ in sources], m.start) - 1
            source = sources[turn][1] if turn >= 0 else None
            lo = max(sent.start, m.start - 60)
            owner = _OWNED_FIGURE.search(self.text, lo, m.start) if "s " in self.text[lo:m.start] and (
                "'s " in self.text[lo:m.start] or "’s " in self.text[lo:m.start]) else None
            if owner:  # "the interior ministry's figure of 1.28 million": that source's figure
                src = owner.group("src")
                k = (" " + src.lower()).rfind(" the ")
                source = src[k:] if k >= 0 else " ".join(w for w in src.split() if w[:1].isupper()) or None
            claims.append(self._claim(sent, m, f, source or attribution, revision))
        claims.extend(self._compound_durations(sent, built, claims))
        if self.st.dates:
            for d in dates:
                c = self._date_claim(sent, d)
                if c is not None:
                    claims.append(c)
        claims.extend(self._since_durations(sent, dates, attribution, mentions))  # durations, not dates
        claims.sort(key=lambda c: (c.evidence.start, c.evidence.end))
        return claims

    def _bind(self, sent: ctx.Sentence, m: Mention, next_start: int, hedges) -> Optional[dict]:
        text, lex, v = self.text, self.lex, self.v
        kind = Kind(m.kind)
        subject = predicate = noun = concept = None
        rule = None  # when it differs from the grammar's
        unit = m.unit.unit if m.unit else None
        su = m.surface_unit or ""
        if kind in (Kind.DURATION, Kind.MONEY, Kind.DISTANCE, Kind.MEASURE) and su[:1].isupper() and su[1:].islower() and len(su) > 2 \
                and text[m.num_end:m.num_end + 1] in " -" \
                and m.start > sent.start and not _title_case(text, sent) \
                and (_rx(r"'?\s+(?:of\s+)?(?:the\s+)?[A-Z]").match(text, m.end) if kind == Kind.DURATION
                     else ctx.nounish_next(text, m.end)):
            return None  # "the Six-Day War", "the 24 Hours of Le Mans", "the 50 Cent concert": a name
        if unit and m.per:
            unit = f"{unit} per {m.per}"  # a rate: not convertible to the kind's canonical unit
        noun_end = None
        if kind == Kind.COUNT and m.rule == "<number> times":
            noun, unit = "times", "time"  # how often: "circled the track 40 times"
        elif kind == Kind.COUNT and m.word_number and m.low == 1 == m.high and v.partitive.match(text, m.end):
            # "one of the students": one member of a group; no class, so it is never compared
            noun = ctx.np_head(text, v.partitive.match(text, m.end).end(), sent.end, lex)
            unit = singular(noun) if noun else None
            rule = "one of the <noun>"
        elif kind == Kind.COUNT and m.word_number and m.start == m.num_start and _rx(r"(?i)(?<![\w])(?:those|these)\s+\Z").search(text, max(0, m.start - 7), m.start):
            return None  # "around those two towns": a reference to figures stated before, not a claim
        elif kind == Kind.COUNT and m.word_number and text[m.num_start:m.num_start + 1].isupper() and m.num_start > sent.start \
                and _name_before(text, max(sent.start, m.num_start - 30), m.num_start):
            return None  # "the Kick Six win", "the Big Ten": a number word inside a name
        elif kind == Kind.COUNT:
            info = ctx.counted_noun(text, m, sent, lex)
            subject, noun, noun_end = info.subject, info.noun, info.end
            if m.vague and subject is None and noun and not noun.lower().endswith("s") and not _rx(r"\s+of\b").match(text, m.end):
                noun = None  # "left millions dependent on aid": an adjective, not what is counted
            unit = info.unit or (singular(noun) if noun else None)
            if noun and fold(noun) in lex.spacing_nouns and _A_DISTANCE_AFTER.match(text, noun_end or m.end):
                return None  # "arrested three houses from the scene", "five blocks away": a distance, not a count
            udef = lex.unit_form.get(fold(noun)) if noun and info.subject is None else None
            if udef is not None and udef.kind not in (Kind.RATIO,):
                kind, unit = Kind(udef.kind), udef.unit  # "517 rushing yards": a distance after all
            if noun is not None and subject is None and noun.lower() in ("times", "fold"):
                return None
            if not m.word_number and not m.scale and m.point is not None and m.point.is_integer() \
                    and "," not in text[m.num_start:m.num_end] and m.start == m.num_start and (
                        subject is None and _name_before(text, max(sent.start, m.start - 30), m.start)
                        # "the 787 Dreamliner", "the 10115 ZIP Code", "three new A330 Neo jets": a number
                        # before a name, unless a noun it counts follows the name ("40 Celtic fans")
                        or _rx(r"\s+[A-Z]").match(text, m.end) and (noun is None or noun.endswith("ing") or v.count_before.search(text, max(sent.start, m.start - 30), m.start))
                        or subject is None and _rx(r"(?<=[A-Z][\w.]*\s+)\(\Z").search(text, max(sent.start, m.start - 30), m.start) and text[m.end:m.end + 1] == ")"):
                return None  # "FTSE 100", "Game 7", "Boeing 737", "Brooks (11)": part of a name
        elif kind == Kind.PERCENTAGE:
            subject, noun_end = ctx.share_subject(text, m, sent, lex, v)
        elif kind == Kind.DURATION:
            subject = ctx.duration_subject(text, m, sent, lex, v)
        elif kind == Kind.MONEY and not m.per and lex.money_subject_of:
            # "$4.2 billion in damage", "a ransom of $5m", "damage is put at $50bn"
            concept = ctx.concept_for(text, m, sent, lex)
            subject = ctx.money_subject(text, m, sent, lex, concept)
        elif kind == Kind.MEASURE and m.unit is not None and m.unit.subject and not m.per:
            # "magnitude 6.3"; "burned 12,000 acres" (an area, when something happened to it)
            if m.unit.subject_needs_predicate:
                predicate = ctx.predicate_for(text, m, None, sent, kind, next_start, lex)
            if predicate or not m.unit.subject_needs_predicate:
                subject = m.unit.subject
        if kind in (Kind.COUNT, Kind.PERCENTAGE):
            predicate = ctx.predicate_for(text, m, noun_end, sent, kind, next_start, lex)
            if unit == "person":
                predicate = lex.predicate_for_people(predicate)
            if subject == "dead":
                # "the death toll rose to 2,053" and "2,000 people were killed" count the same
                # thing: people, killed
                subject, predicate = "people", predicate or "killed"
        allow_home = kind == Kind.DISTANCE or subject is not None and lex.context_scope(subject) \
            and kind in (Kind.COUNT, Kind.PERCENTAGE, Kind.DURATION, Kind.MEASURE, Kind.MONEY)
        scope, place = ctx.scope_for(text, m, sent, self.home, allow_home, lex, v)
        share = lex.share_def(subject) if kind == Kind.PERCENTAGE else None
        if share is not None and share.national and place is not None and scope == place and not any(p.name == place for p in sent.places):
            info = lex.place_info(place)  # "the central bank raised its key rate to 35%": the country's rate
            if info is not None and info.type != "country" and info.country:
                scope = place = info.country
        qualifier = m.qualifier
        if qualifier == "exact":
            # "she estimated that 1,200 to 1,800 remained": an estimate verb earlier in the clause
            c_lo, _ = sent.clause(m.start)
            if v.estimate.search(self.words, c_lo, m.start):
                qualifier = "approximately"
        if kind == Kind.COUNT and noun:
            # "sales of 4,120 cars": the figure is the amount of sales, counted in units; "a
            # four-cylinder engine", "a 40 page report": the engine and the report
            concept = ctx.amount_of(text, m, sent.clause(m.start)[0], lex) or ctx.compound_head(text, m, noun, noun_end, lex) or fold(noun)
        elif concept is None:
            concept = ctx.concept_for(text, m, sent, lex)
        # "Zaha, one of the most gifted attackers": membership, a figure nobody holds
        holder = ctx.holder_for(text, m, sent, lex) if rule != "one of the <noun>" else None
        # a distance compares under where it is measured from: "25 km west of Goma" -> "from Goma"
        compare_as = ctx.distance_from(text, m, sent) if kind == Kind.DISTANCE else None
        if compare_as is not None and scope == compare_as[len("from "):]:
            # "Tawila, about 40 miles west of El Fasher": the place measured, not the one measured from
            located = next((p.name for p in reversed(sent.places) if p.end <= m.start and not p.possessive
                            and p.name != scope), None)
            if located is not None:
                scope = place = located
        c_lo = sent.clause(m.start)[0]
        if v.forecast is not None and v.forecast.search(text, max(c_lo, m.start - 60), m.start):
            hedges = tuple(sorted(set(hedges) | {"forecast"}))  # "forecasts inflation of 65%": not a stated fact
        return {"kind": kind, "rule": rule, "subject": subject, "compare_as": compare_as, "concept": concept, "holder": holder, "predicate": predicate, "unit": unit, "noun": noun, "scope": scope,
                "place": place, "qualifier": qualifier, "part_of": None, "parts": (), "hedges": hedges}

    # -- relations inside a sentence ------------------------------------------------------
    def _parts_of_whole(self, sent: ctx.Sentence, built: list[tuple[Mention, dict]]) -> None:
        """ "Nine of the 14 trucks": 9 is part of 14 and counts trucks.
        "of the 5,000 guards, only 1,200 were ...": 1,200 is part of 5,000."""
        text = self.text
        for a in range(len(built)):
            ma, fa = built[a]
            if fa["kind"] != Kind.COUNT or a + 1 >= len(built):
                continue
            mb, fb = built[a + 1]
            if fb["kind"] != Kind.COUNT:
                continue
            gap = text[ma.end:mb.start]
            if _rx(r"\s+of\s+(?:the|its|their|these|those|all)?\s*(?:[\w-]+\s+){0,2}?").fullmatch(gap):
                fa["part_of_mention"] = mb
                if fa["subject"] is None or fa.get("noun") is None:
                    fa["subject"], fa["unit"] = fb["subject"], fb["unit"]
                if fa["predicate"] is None or fb["predicate"] == fa["predicate"]:
                    fa["predicate"] = fa["predicate"] or fb["predicate"]
                    fb["predicate"] = None  # the verb tells what happened to the part, not the whole
                fa["scope"], fa["place"] = fb["scope"], fb["place"]
            elif _rx(r"(?i)(?:^|\s)of\s+the\s+\Z").search(text[max(sent.start, ma.start - 8):ma.start]) \
                    and _rx(r"[^.;]{0,40},\s+(?:only\s+|just\s+|some\s+)?").fullmatch(gap):
                fb["part_of_mention"] = ma
                if fa["subject"] is not None:  # "of the 5,000 guards, only 1,200 were officers": guards
                    fb["subject"], fb["unit"] = fa["subject"], fa["unit"]
        # other counts of the same subject stated alongside a part: "... and six buses retreated"
        wholes = {id(f["part_of_mention"]): f["part_of_mention"] for _, f in built if f.get("part_of_mention") is not None}
        for whole in wholes.values():
            wf = next((f for m, f in built if m is whole), None)
            if wf is None:
                continue
            for m, f in built:
                if m is whole or f.get("part_of_mention") is not None or f["kind"] != Kind.COUNT or m.start < whole.end:
                    continue
                if f["subject"] == wf["subject"] and f["predicate"] is not None:
                    f["part_of_mention"] = whole

    def _changes(self, built: list[tuple[Mention, dict]]) -> None:
        """ "rose from 5% to 7%", "slid from $1,850 at noon to $1,720", "narrowed to 900
        contracts from 1,200": the two ends of a stated change (a "from" with no change verb
        is a range, read by the grammar)."""
        text = self.text
        for (a, fa), (b, fb) in zip(built, built[1:]):
            bare_a = fa["kind"] == Kind.COUNT and fa["unit"] is None and fb["unit"] is not None  # "from 320 to 355 kg"
            bare_b = fb["kind"] == Kind.COUNT and fb["unit"] is None and fa["unit"] is not None  # "from 31 mpg to 36"
            if (fa["kind"] == fb["kind"] or bare_a or bare_b) and fa.get("change") is None \
                    and _rx(r"(?i)(?<![\w])from\s+\Z").search(text, max(0, a.start - 6), a.start) \
                    and (_rx(r"(?i)(?:[^;.!?,]|[.,]\d|(?<=\b[A-Z])\.){0,60}?(?<![\w])to\s+\Z").fullmatch(text, a.end, b.start)
                         or _rx(r"\s+").fullmatch(text, a.end, b.start) and _rx(r"(?i)up\s+to\b").match(text, b.start)):
                fa["change"], fb["change"] = "from", "to"  # "$82 U.S. per barrel to $71", "from 500 sq ft up to 800 sq ft"
                _same_thing(fa, fb)
                if bare_a:
                    fa["kind"], fa["unit"] = fb["kind"], fb["unit"]
                elif bare_b:
                    fb["kind"], fb["unit"] = fa["kind"], fa["unit"]
                elif fa["unit"] and fb["unit"] and fa["unit"].startswith(fb["unit"] + " per "):
                    fb["unit"] = fa["unit"]  # "from $82 per barrel to $71": a rate at both ends
                elif fa["unit"] and fb["unit"] and fb["unit"].startswith(fa["unit"] + " per "):
                    fa["unit"] = fb["unit"]
            elif fa["kind"] == fb["kind"] and fa.get("change") is None and _rx(r"\s+to\s+").fullmatch(text, a.end, b.start) \
                    and rise_before(text, a.start, self.lex.patterns):
                fa["change"], fb["change"] = "by", "to"  # "rose by 2 points to 7%": the rise, then the new level
                _same_thing(fa, fb)
            elif fa["kind"] == fb["kind"] and fa["unit"] == fb["unit"] and fa.get("change") is None and (
                    # "controls 60 percent of the province, up from 40 percent"
                    _rx(r"(?i)[^.;!?]{0,60}?,?\s+(?:up|down)\s+from\s+").fullmatch(text, a.end, b.start)
                    # "rose to $4.9bn from $4.1bn", "fell to 6.7% in September from 8.7%"
                    or _rx(r"(?i)(?<![\w])to\s+\Z").search(text, max(0, a.start - 4), a.start)
                    and _rx(r"(?i)\s+(?:[\w-]+\s+){0,3}from\s+\Z").fullmatch(text, a.end, b.start)):
                fa["change"], fb["change"] = "to", "from"
                _same_thing(fa, fb)

    def _clause_sources(self, sent: ctx.Sentence) -> list[tuple[int, Optional[str]]]:
        """(where, source) for each contrasting clause of the sentence with its own speech
        verb: "the ministry said 1,200, while the United Nations put the figure at 3,000"
        credits the 3,000 to the United Nations. Read once per sentence."""
        return [(t.end(), ctx.attribution_for(self.text, dataclasses.replace(sent, start=t.end()), self.v, [None]))
                for t in ctx.CONTRASTING.finditer(self.text, sent.start, sent.end)]

    def _shared_units(self, built: list[tuple[Mention, dict]]) -> None:
        """A bare figure takes the unit its neighbours state for it."""
        text = self.text
        for (a, fa), (b, fb) in reversed(list(zip(built, built[1:]))):  # from the last, so a list passes it on
            if fa["kind"] == Kind.COUNT and fa["unit"] is None and fb["unit"] is not None \
                    and _rx(r"-(?:,\s*|\s+(?:or|to|and)\s+|,\s+(?:or|and)\s+)").fullmatch(text, a.end, b.start):
                # "a 7- or 8-inch screen", "four-, five- and six-cylinder engines"
                fa["kind"], fa["unit"] = fb["kind"], fb["unit"]
                if fa.get("noun") is None:
                    fa["noun"], fa["subject"] = fb.get("noun"), fb.get("subject")
                    fa["concept"] = fb["concept"] or fa["concept"]
        for (a, fa), (b, fb) in zip(built, built[1:]):
            if fa["kind"] == Kind.COUNT and fa["unit"] is None and fb["kind"] != Kind.COUNT and fb["unit"] is not None \
                    and _rx(r"(?i)\s+of\s+(?:the|its|their|his|her)\s+").fullmatch(text, a.end, b.start):
                fa["kind"], fa["unit"] = fb["kind"], fb["unit"]  # "has raised 40 million of the 90 million rupees"
        for k, (b, fb) in enumerate(built):
            if fb["kind"] != Kind.COUNT or fb["unit"] is not None or fb.get("noun") is not None or not _rx(r"\s*(?:[.,;:)]|\Z)").match(text, b.end):
                continue
            # parallel ellipsis: "rose by 3 percent, but the Madrid index fell by 2", "the highest
            # estimate is 92 cents, the lowest is 81", "a crate holds 24 bottles, a case
            # holds 12": the same word before both
            before_b = _rx(r"(\w+)\s+\Z").search(text, max(0, b.start - 20), b.start)
            for a, fa in reversed(built[:k]):
                before_a = _rx(r"(\w+)\s+\Z").search(text, max(0, a.start - 20), a.start)
                if fa["unit"] is not None and (fa["kind"] != Kind.COUNT or fa.get("noun")) and before_a and before_b \
                        and before_a.group(1).lower() == before_b.group(1).lower():
                    fb["kind"], fb["unit"], fb["noun"] = fa["kind"], fa["unit"], fa.get("noun")
                    if fa["kind"] == Kind.COUNT:
                        fb["subject"] = fa["subject"]
                    break
        if any(f["unit"] == "point" for _, f in built):
            # "gained 12.45 points to close at 1,402.18": an index level in a sentence that
            # moves the index in points is in points too
            for m, f in built:
                if f["kind"] == Kind.COUNT and f["unit"] is None and _rx(r"[\d,]+\.\d\d\Z").fullmatch(text, m.num_start, m.num_end):
                    f["kind"], f["unit"] = Kind.MEASURE, "point"

    def _compound_durations(self, sent: ctx.Sentence, built, claims: list[Claim]) -> list[Claim]:
        """ "two years under A, followed by four years of B": each part, and the whole.
        "for 6 years - two under A and four under B": the parts of a stated total."""
        durs = [(m, f) for m, f in built if f["kind"] == "duration"]
        if not durs:
            return []
        text = self.text
        out: list[Claim] = []
        by_mention = {id(m): c for (m, _), c in zip(built, claims)}
        position = {c.id: i for i, c in enumerate(claims)}

        def update(claim_id: str, **fields) -> None:
            i = position[claim_id]
            claims[i] = claims[i].model_copy(update=fields)

        # chains of durations joined by "followed by", "then", "and another"...
        chains: list[list] = []
        for (ma, fa), (mb, fb) in zip(durs, durs[1:]):
            gap = text[ma.end:mb.start]
            joined = fa["unit"] == fb["unit"] and len(gap) <= 60 and not _rx(r"[.;]").search(gap) \
                and _rx(r"\b(?:followed\s+by|then|and\s+another|plus|after\s+which)\b").search(gap)
            if not joined:
                continue
            if chains and chains[-1][-1][0] is ma:
                chains[-1].append((mb, fb))
            else:
                chains.append([(ma, fa), (mb, fb)])
        for chain in chains:
            parts = [by_mention[id(m)] for m, _ in chain]
            first, last = chain[0][0], chain[-1][0]
            s, e = first.start, last.end
            # the whole reads to the end of the last part's noun phrase
            tail = _rx(r"\s+(?:of|under|in)\s+(?:[\w-]+\s+){0,2}[\w-]+").match(text[e:sent.end])
            if tail:
                e += tail.end()
            subject = next((f["subject"] for _, f in chain if f["subject"]), None)
            c0 = parts[0]
            whole = self._make_claim(sent, s, e, Kind.DURATION, sum(p.value.low for p in parts), sum(p.value.high for p in parts),
                                     "exact", c0.unit, c0.surface_unit, subject, None, c0.scope, c0.place, c0.time, c0.attribution,
                                     c0.hedges, "<duration> followed by <duration>", parts=tuple(p.id for p in parts))
            out.append(whole)
            for p in parts:
                update(p.id, part_of=whole.id)
        # "for 6 years - two under the levies and four under the militia"
        for m, _ in durs:
            tail = _rx(r"\s*(?:-|:|\()\s*(?P<a>\w+)\s+(?:under|of|in|with|as)\s+[^,;.]{1,40}?\s+and\s+(?P<b>\w+)\s+(?:under|of|in|with|as)\s+[\w-]+(?:\s+[\w-]+)?").match(text[m.end:sent.end])
            if not tail:
                continue
            vals = [ctx_number(self.lex, tail.group(g)) for g in ("a", "b")]
            if None in vals:
                continue
            total = claims[position[by_mention[id(m)].id]]
            part_ids = []
            for g, val in zip(("a", "b"), vals):
                part = self._make_claim(sent, m.end + tail.start(g), m.end + tail.end(g), Kind.DURATION, val, val, "exact", total.unit,
                                        total.surface_unit, total.subject, None, total.scope, total.place, total.time,
                                        total.attribution, total.hedges, "<duration> - <number> under <x> and <number> under <y>",
                                        part_of=total.id)
                out.append(part)
                part_ids.append(part.id)
            update(total.id, parts=tuple(part_ids))
        # drop the bare counts the grammar read from those parts ("two", "four")
        taken = {(c.evidence.start, c.evidence.end) for c in out if c.part_of}
        claims[:] = [c for c in claims if not (c.kind == Kind.COUNT and (c.evidence.start, c.evidence.end) in taken)]
        return out

    def _since_durations(self, sent: ctx.Sentence, dates: list[DateMention], attribution, mentions: list[Mention]) -> list[Claim]:
        """ "cut off since 2013", "have held the pass since 2021": a duration up to the
        publication date, when the clause names a state that lasts (a perfect tense, or a
        siege). "has lost 80 per cent of its ground since 2021" only dates that figure."""
        if self.doc.published is None:
            return []
        out = []
        text, lex = self.text, self.lex
        for d in dates:
            r = self.resolved.get(id(d))
            if not d.since or r is None or not r.resolved or r.precision not in ("year", "month", "day"):
                continue
            c_lo, _ = sent.clause(d.start)
            if any(c_lo <= m.start < d.start and m.kind in (Kind.PERCENTAGE, Kind.MONEY, Kind.RATIO) for m in mentions):
                continue  # "lost 90 per cent since 2014": the date bounds a change
            subject = None
            stative = False
            for s, e, cls in sent.preds:  # a state that lasts: "cut off", "besieged"
                if c_lo <= s and e <= d.start:
                    subject = lex.predicate_duration_subject(cls) or subject
                    stative = stative or lex.predicate_type(cls) == "stock"
            window = text[c_lo:d.start]
            if subject is None:
                for w in _rx(r"[\w-]+").findall(window):
                    subject = lex.duration_subject_of.get(w.lower(), subject)
            perfect = _rx(r"(?i)\b(?:has|have|had)\s+(?:\w+\s+){0,2}?(?:been|\w+ed|held|kept|stayed|remained|run|gone|lain)\b").search(window)
            if not perfect and not (subject and (stative or d.rule == "ago")):
                continue  # "the siege began four years ago" (a start, marked by the grammar) lasts like a state
            span = _rx(r"(?i)since\s+(?:[\w-]+\s+){0,3}?\Z").search(text[max(sent.start, d.start - 30):d.start])
            s = d.start - (len(span.group()) if span else 0)
            years = since_interval_years(r.iso, self.doc.published)
            if years is None:
                continue
            lo, hi = round(years[0], 4), round(years[1], 4)
            pseudo = Mention(s, d.end, d.start, d.end, lo, hi, None, "exact", Kind.DURATION, "since <date>")
            scope, place = ctx.scope_for(text, pseudo, sent, self.home, True, lex, self.v)
            out.append(self._make_claim(sent, s, d.end, Kind.DURATION, lo, hi, "exact", "year", None, subject, None, scope, place,
                                        TimeRef(as_of=self.doc.published.isoformat(), since=r.iso, text=text[s:d.end], source="sentence"),
                                        attribution, (), "since <date>"))
        return out

    # -- building records ---------------------------------------------------------------
    def _claim(self, sent: ctx.Sentence, m: Mention, f: dict, attribution, revision: bool) -> Claim:
        as_of, since, words = ctx.time_for(m.start, m.end, sent, self.resolved)
        time = self._time(as_of, since, words)
        c = self._make_claim(sent, m.start, m.end, f["kind"], m.low, m.high, f["qualifier"], f["unit"], m.surface_unit or f.get("noun"),
                             f["subject"], f["predicate"], f["scope"], f["place"], time, attribution, f["hedges"], f.get("rule") or m.rule,
                             point=m.point, revision=revision, concept=f["concept"], holder=f.get("holder"), change=f.get("change"),
                             compare_as=f.get("compare_as"))
        whole = f.get("part_of_mention")
        if whole is not None:
            c = c.model_copy(update={"part_of": claim_id(self.doc.id, *self.nt.orig_span(whole.start, whole.end), Kind.COUNT)})
        return c

    def _time(self, as_of, since, words) -> TimeRef:
        if as_of is not None:
            return TimeRef(as_of=as_of, since=since, text=words, source="sentence")
        if self.doc.published is not None:
            return TimeRef(as_of=self.doc.published.isoformat(), since=since, source="published")
        return TimeRef(since=since, source="none", resolved=False)

    def _make_claim(self, sent, s, e, kind, low, high, qualifier, unit, surface, subject, predicate, scope, place, time,
                    attribution, hedges, rule, *, point=None, part_of=None, parts=(), revision=False, concept=None, holder=None,
                    change=None, compare_as=None) -> Claim:
        lex = self.lex
        o_s, o_e = self.nt.orig_span(s, e)
        if point is None and low == high and rule != "since <date>":
            point = low
        # The records are built from values this module typed itself, so pydantic's
        # validation would only repeat our work: construct them directly (the tests check
        # the JSON schema of real output).
        value = Value.model_construct(_ALL_FIELDS[Value], point=point, low=low, high=high, qualifier=qualifier, **_bounds(qualifier, low, high))
        udef = lex.unit_by_name.get(unit) if unit else None
        normalized = None
        if udef is not None:
            cu, (nlo, nhi) = to_canonical(lex, kind, udef, [low, high])
            normalized = Normalized.model_construct(_ALL_FIELDS[Normalized], unit=cu or unit, low=nlo, high=nhi, **_bounds(qualifier, nlo, nhi))
        elif kind == Kind.COUNT:
            normalized = Normalized.model_construct(_ALL_FIELDS[Normalized], unit=unit or "item", low=low, high=high, **_bounds(qualifier, low, high))
        compare_as = compare_as or lex.compare_as(subject, predicate)
        return Claim.model_construct(
            _ALL_FIELDS[Claim],
            id=claim_id(self.doc.id, o_s, o_e, kind), kind=kind, value=value, unit=unit, surface_unit=surface,
            compare_as=compare_as if compare_as != subject else None,
            normalized=normalized, subject=subject, concept=concept, holder=holder, predicate=predicate, scope=scope, place=place,
            time=time, attribution=attribution, hedges=tuple(hedges), part_of=part_of, parts=tuple(parts), revision=revision,
            change=change, date_value=None, evidence=self._span(sent, o_s, o_e), rule=rule,
        )

    def _span(self, sent: ctx.Sentence, o_s: int, o_e: int) -> Span:
        """Evidence in the original text; the sentence is sliced once per sentence."""
        if sent.original is None:
            ss, se = self.nt.orig_span(sent.start, sent.end)
            sent.original = (self.doc.text[ss:se], ss)
        text, ss = sent.original
        return Span.model_construct(_ALL_FIELDS[Span], doc=self.doc.id, start=o_s, end=o_e, text=self.doc.text[o_s:o_e], sentence=text, sentence_start=ss)

    def _date_claim(self, sent: ctx.Sentence, d: DateMention) -> Optional[Claim]:
        r = self.resolved[id(d)]
        if d.rule == "decade":
            return None
        o_s, o_e = self.nt.orig_span(d.start, d.end)
        ss, se = self.nt.orig_span(sent.start, sent.end)
        iso = r.iso
        if d.rule == "time":
            iso = _clock(self.text[d.start:d.end])
        lo = hi = 0.0
        if r.resolved and r.iso and d.rule != "time":
            first, last = date_interval(r.iso)
            lo, hi = float(first.toordinal()), float(last.toordinal())
        return Claim(
            id=claim_id(self.doc.id, o_s, o_e, Kind.DATE), kind=Kind.DATE,
            value=Value(point=lo if lo == hi else None, low=lo, high=hi, qualifier="exact", min=lo, max=hi),
            unit="date", subject=None, time=TimeRef(as_of=r.iso, source="sentence", resolved=r.resolved, text=self.text[d.start:d.end]),
            date_value=iso if (r.resolved or d.rule == "time") else None,
            evidence=Span(doc=self.doc.id, start=o_s, end=o_e, text=self.doc.text[o_s:o_e], sentence=self.doc.text[ss:se], sentence_start=ss),
            rule=f"<date:{d.rule}>",
        )


# The set of fields given, which pydantic keeps per record (2 KB for a Claim): records built
# here give every field, so they share one set per model (never mutated: model_copy copies it).
_ALL_FIELDS = {model: set(model.model_fields) for model in (Claim, Value, Normalized, Span)}


def _bounds(qualifier: str, low: float, high: float) -> dict:
    """The interval a qualifier allows, before any tolerance."""
    if qualifier in ("more than", "at least"):
        return {"min": high, "max": None}
    if qualifier in ("at most", "nearly"):
        return {"min": None, "max": high}
    return {"min": low, "max": high}


def _clock(s: str) -> str:
    m = _rx(r"(\d{1,2})(?:[:.](\d{2}))?\s*([ap])?").match(s.lower())
    if not m:
        return s
    h, mi = int(m.group(1)), int(m.group(2) or 0)
    if m.group(3) == "p" and h < 12:
        h += 12
    if m.group(3) == "a" and h == 12:
        h = 0
    if len(s) >= 4 and s[:4].isdigit():
        h, mi = int(s[:2]), int(s[2:4])
    return f"{h:02d}:{mi:02d}"


# "the ministry said the figure was closer to 1,200": a bare figure that restates the
# document's last count
_THE_FIGURE = regex.compile(r"(?i)(?<![\w])the\s+(?:figure|number|tally|total|toll|count|estimate)\b")


def _same_thing(fa: dict, fb: dict) -> None:
    """The two ends of a change measure one thing: "the death toll rose from 120 to 145"
    gives 145 the subject, predicate and place the first end found."""
    for x, y in ((fa, fb), (fb, fa)):
        if x["kind"] == y["kind"] == Kind.COUNT and x["subject"] is not None and y["subject"] is None and y.get("noun") is None:
            y["subject"], y["unit"], y["noun"] = x["subject"], x["unit"], x.get("noun")
        elif x["kind"] == y["kind"] != Kind.COUNT and x["subject"] is not None and y["subject"] is None:
            y["subject"] = x["subject"]  # "35 percent of Idlib, up from 20 percent"
        for key in ("predicate", "scope", "place", "concept", "holder"):
            if y.get(key) is None and x.get(key) is not None:
                y[key] = x[key]


# "<source>'s figure of", "the ministry's own estimate of": a figure credited in passing
_OWNED_FIGURE = regex.compile(r"(?<![\w'-])(?P<src>(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*)['’]s\s+(?:own\s+)?"
                              r"(?:latest\s+|official\s+|earlier\s+)?(?:figure|estimate|count|tally|toll|number|total|forecast)\s+"
                              r"(?:of|at|was|is|stood\s+at)\s+\Z", regex.IGNORECASE)


def _title_case(text: str, sent: ctx.Sentence) -> bool:
    """A headline in title case ("Army Breaks Three-Year Siege"): most words capitalised."""
    words = _rx(r"[A-Za-z][\w'-]*").findall(text, sent.start, sent.end)
    return len(words) > 2 and sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def _name_before(text: str, lo: int, hi: int) -> bool:
    """A name ends right before ``hi`` ("Boeing 737", "iPhone 16"), not a capitalised
    function word ("The 11 members", "In 2,000 homes")."""
    got = _rx(r"(?:[A-Z]|[a-z]+[A-Z])[\w&.-]*(?=\s+\Z)").search(text, lo, hi)
    return got is not None and got.group().lower() not in ctx.FUNCTION_WORDS


@functools.lru_cache(maxsize=8)
def _first_words(lex: Lexicon) -> frozenset[str]:
    """Every word a lexicon phrase list can start with: what a document's Words index."""
    v = ctx.vocab(lex)
    matchers = (v.predicates, v.estimate, v.hedges, v.revisions, v.speech, v.nationwide, v.worldwide, lex.patterns.relative_words,
                lex.event_phrases)
    return frozenset().union(*(m.first_words for m in matchers))


def ctx_number(lex: Lexicon, word: str) -> Optional[float]:
    """A single number written in digits or words, or None."""
    from .mentions import parse_words

    w = word.replace(",", "")
    try:
        return float(w)
    except ValueError:
        return parse_words(word, lex)


def extract_many(docs: Iterable[Document], *, lexicon: Optional[Lexicon] = None, settings: Optional[Settings] = None) -> list[Claim]:
    """Claims of several documents, in document order."""
    out: list[Claim] = []
    for d in docs:
        out.extend(extract(d, lexicon=lexicon, settings=settings))
    return out

bound_all(globals())  # every pattern of this module runs over document text: bound each match in time
