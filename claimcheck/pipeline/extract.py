"""Extraction: text -> sentences -> mentions -> bindings -> claims (normalized).

``extract`` is a pure function of (document, lexicon, settings): no global state but
caches of compiled patterns, so it can run on any worker of a cluster and its output
can be archived and compared later.

The flow, in :class:`_Extractor`: the document is read once (mentions, dates, places, the
article's main event); then, sentence by sentence, each mention is bound to its context
(:class:`~claimcheck.pipeline.binding.Binding`), the relations between the figures of the
sentence refine the bindings, and each binding becomes a claim.
"""

from __future__ import annotations

import bisect
import dataclasses
from array import array
import datetime as dt
import functools
from dataclasses import dataclass
from typing import Iterable, Iterator, Optional, Union

import regex

from .limits import bounded_claims
from ..text.rx import _rx, bound_all

from . import bind as ctx
from . import events
from . import relations as rel
from .bind.referent import is_rest_of_list
from .bind.words import BINDING, noun_word
from .binding import SINCE_RULE, Binding, claim_of, date_claim_of
from .mentions import DateMention, Mention, ago_count, ago_groups, lowered, parse_words, patterns_for, scan
from ..documents import find_dateline
from ..errors import InputError
from ..lexicon import Lexicon, Words, alternation, default_lexicon, fold
from ..models import Claim, Document, Kind, TimeRef, claim_id, trusted
from .normalize.dates import date_interval, resolve, since_interval_years
from .normalize.units import factor
from ..kinds import qualified
from ..kinds.count import FINAL_SCORE, LINE_PLACE, RECORD, STOPPAGE_ROUND
from ..kinds.date import claim_rule
from ..kinds.duration import IN_UNITS
from .places import PlaceMention, dateline_span, main_place, matcher
from ..text import normalize, sentences
from ..text.forms import singular

MAX_CHARS_DEFAULT = 20_000_000
# a count of houses or blocks "away" or "from" something measures where it is
_A_DISTANCE_AFTER = _rx(r"(?i)\s+(?:away\b|(?:down|up)\s+the\s+(?:road|street)\b|from\s+(?:where\b|the\s+(?:scene|spot|site)\b))")
# "four people, including the gunman": the perpetrator counted in
_INCLUDING_ROLE = _rx(r"\s*,?\s*(?:including|counting|among them)\s+(?:the\s+|a\s+)?(?P<role>[a-z]+)(?![\w])")
# what may stand before a date that opens a sentence: "In February,", "Back in 2019,"
_OPENS = _rx(r"(?i)\s*[\"“]?\s*(?:(?:back|early|late|earlier|later)\s+)?(?:in|on|during|last|this|since)?\s*")
_INTRODUCES_QUOTE = _rx(r"(?i)\b(?:had\s+to\s+say|said|says|told\s+\w+|wrote|writes|explained|put\s+it)\b[^.:]{0,80}:")
_ONE_OF = "one of the <noun>"
_TIMES = "time"  # the unit of "twice", "three times": how often
_WORD = _rx(r"[\w-]+")
_PERFECT = _rx(r"(?i)\b(?:has|have|had)\s+(?:\w+\s+){0,2}?(?:been|\w+ed|held|kept|stayed|remained|run|gone|lain)\b")  # "have held"
_WORD_AFTER = _rx(r"[ \t]+[a-z][\w-]*")  # "a 101-seat parliament": the compound's own noun
_OF_THE_TOTAL = _rx(r"\s+of\s+(?:the|its|their)\s+\d[\d,]*[\s-]")  # "38 of the 101 seats", "of its 120-seat"


@dataclass(frozen=True)
class Settings:
    """Extraction settings. Frozen and hashable, so a run is reproducible from them."""

    kinds: Optional[frozenset[str]] = None     # None: every kind (values of models.Kind)
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
        raise InputError(doc.id, f"document has {len(doc.text):,} characters, over the limit of {st.max_chars:,} (Settings.max_chars)",
                         type="input.too_long")
    return bounded_claims(doc.id, lambda: _Extractor(doc, lex, st).claims())


def extract_many(docs: Iterable[Document], *, lexicon: Optional[Lexicon] = None, settings: Optional[Settings] = None) -> list[Claim]:
    """Claims of several documents, in document order."""
    out: list[Claim] = []
    for d in docs:
        out.extend(extract(d, lexicon=lexicon, settings=settings))
    return out


# A long document is read in windows of whole sentences of about this many characters:
# the grammar's pass, the word index and every mention are held for one window at a time,
# so memory grows with the window, not the document (docs/reliability.md).
WINDOW_CHARS = 200_000
# Each window is scanned with this much text on either side, and keeps only the mentions
# that start inside it: a pattern that looks around a figure (a date range, a telephone
# number, "since" before a date) reads the same text as in a scan of the whole document.
MARGIN_CHARS = 2_000


AGO_RULE = "<n> <unit> ago"
"""The rule of the duration "<n> <unit>s ago" states (its date is a date claim of its own)."""
_AGO_WORD = _rx(r"(?i)\s+ago\b")

_UNITS_JOINED = _rx(r"(?i)\s*(?:,\s*)?(?:and\s+)?")  # "1hr 4 mins", "six hours and 28 minutes", "24 hours, 39 minutes"
_OFFSET_AFTER = _rx(r"(?i)\s+(?:later|earlier|ago|before|after|previously)\b")  # "40 minutes later": a time, not a part


def _units_per(lex: Lexicon, big: Optional[str], small: Optional[str]) -> Optional[float]:
    """How many of the unit ``small`` make one ``big``, when that is a whole number above one
    (12 months a year, 60 minutes an hour; not 4.35 weeks a month)."""
    a, b = lex.unit_by_name.get(big or ""), lex.unit_by_name.get(small or "")
    f = factor(a.pint, b.pint) if a is not None and b is not None and a.pint and b.pint else None
    return float(round(f)) if f is not None and f > 1.5 and abs(f - round(f)) < 1e-9 else None

_NOTIONAL_BASE = dt.date(2001, 7, 15)
"""A stand-in publication date: only whether a date read against it is a past month or
year is used, never the date."""


def _read_notionally(d: DateMention, text: str, lex: Lexicon) -> Optional[tuple[str, dt.date, dt.date]]:
    """(precision, first day, last day) of a date that needs the publication date to resolve,
    read against :data:`_NOTIONAL_BASE`; None when it does not resolve even so."""
    r = resolve(d, text, lex, _NOTIONAL_BASE)
    span = date_interval(r.iso) if r.resolved and r.iso else None
    return (r.precision, *span) if span is not None else None


def _names_a_day(d: DateMention, text: str, lex: Lexicon) -> bool:
    """A date that needs the publication date to resolve and names a day of the week around
    it ("Saturday", "yesterday", "today")."""
    read = _read_notionally(d, text, lex)
    return read is not None and read[0] == "day" and abs((read[1] - _NOTIONAL_BASE).days) <= 7


def _names_a_past_period(d: DateMention, text: str, lex: Lexicon) -> bool:
    """A date that needs the publication date to resolve and names a past month or year
    ("In January", "Last year", "Earlier this year"), not a day ("Friday", "Today")."""
    read = _read_notionally(d, text, lex)
    return read is not None and read[0] in ("month", "year") and \
        read[2] < _NOTIONAL_BASE - dt.timedelta(days=lex.events.background_days)


class _Sentences:
    """The sentences of one window by index, each made when first asked for and dropped
    once read: a long document is not held sentence by sentence."""

    def __init__(self, spans: list[tuple[int, int]], text: str, words: Words):
        self.spans, self.text, self.words = spans, text, words
        self.starts = [s for s, _ in spans]
        self.made: dict[int, ctx.Sentence] = {}

    def index(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def at(self, i: int) -> ctx.Sentence:
        sent = self.made.get(i)
        if sent is None:
            s, e = self.spans[i] if self.spans else (0, len(self.text))
            sent = self.made[i] = ctx.Sentence(s, e, self.text, self.words)
        return sent

    def done(self, i: int) -> None:
        self.made.pop(i, None)


@dataclass
class _Window:
    """One window of a document: its sentences' spans, what the grammar found in them (at
    the document's offsets), and the word index of its text."""

    start: int
    end: int
    spans: list[tuple[int, int]]
    dates: list[DateMention]
    mentions: list[Mention]
    words: Words
    low: str       # the lowered text from ``low_at``: the window and its margins
    low_at: int


def _windows(spans: "array[int]", size: int) -> Iterator[tuple[int, int]]:
    """(first, last + 1) sentence indexes of runs of whole sentences of about ``size``
    characters; the first holds at least the headline and the lede's two sentences, which
    the article's main event is read from. ``spans`` holds each sentence's start and end."""
    n = len(spans) // 2
    first = 0
    for i in range(1, n):
        if spans[2 * i] - spans[2 * first] >= size and i >= 3:
            yield first, i
            first = i
    yield first, n


def _within(found: list, lo: int, start: int, end: int) -> list:
    """The mentions (or dates) of a scan of the text from ``lo`` that start between
    ``start`` and ``end`` of the document, moved to its offsets."""
    out = []
    for x in found:
        if start <= x.start + lo < end:
            x.start += lo
            x.end += lo
            if isinstance(x, Mention):
                x.num_start += lo
                x.num_end += lo
            out.append(x)
    return out


class _Extractor:
    """The claims of one document (see the module's docstring for the flow)."""

    def __init__(self, doc: Document, lex: Lexicon, st: Settings):
        self.doc, self.lex, self.st = doc, lex, st
        self.nt = normalize(doc.text)
        self.text = self.nt.text
        self.v = ctx.vocab(lex)
        self.words = Words("")                    # the word index of the window being read
        self.home: Optional[str] = None           # the article's main place
        self.lede_end = 0                         # where the headline and the first sentence end
        self.resolved: dict = {}                  # id(date mention) -> its resolved date
        self.last_source: list[Optional[str]] = [None]
        self.last_count: Optional[Binding] = None  # the document's last count with a subject, for "the figure"
        self.products: Optional[ctx.Products] = None  # the product names, for prices of one version
        self.main_type: Optional[str] = None      # the type of the article's event, once read
        self.event_day_at: Optional[int] = None   # where the date that names its day starts (see _with_event)

    # -- the flow: windows -> sentences -> mentions -> bindings -> claims -------------------
    def claims(self) -> Iterator[Claim]:
        spans = array("q", (x for span in sentences(self.text) for x in span))
        places = self._places()
        starts = [p.start for p in places]
        main: Optional[events.MainEvent] = None
        block: tuple[Optional[str], int] = (None, -1)  # a source that introduces a quoted passage
        for first, last in _windows(spans, WINDOW_CHARS):
            w = self._window(spans, first, last)
            self.words = w.words
            self.resolved = {id(d): resolve(d, self.text, self.lex, self.doc.published) for d in w.dates}
            if main is None:  # the first window holds the headline and the lede
                main = self._main_event(spans, places, w.dates)
                self.main_type = main.type
                # where, in the text as written, the date that names the event's day starts
                self.event_day_at = self.nt.orig_span(main.day_at, main.day_at + 1)[0] if main.day_at is not None else None
            index = _Sentences(w.spans, self.text, w.words)
            for p in places[bisect.bisect_left(starts, w.start):bisect.bisect_left(starts, w.end)]:
                index.at(index.index(p.start)).places.append(p)
            for d in w.dates:
                index.at(index.index(d.start)).dates.append(d)
            figures = _group(w.mentions, index)
            date_groups = _group(w.dates, index)
            busy = set(figures) | set(date_groups)
            speech = self._speech_sentences(index, w)
            for i in sorted(busy | speech):
                sent = index.at(i)
                attribution, block = self._speaker(sent, i in speech, block)
                if i in busy:
                    yield from self._claims_of_sentence(sent, figures.get(i, []), date_groups.get(i, []), attribution, main)
                index.done(i)

    def _window(self, spans: "array[int]", first: int, last: int) -> _Window:
        """The sentences ``first`` to ``last - 1`` (all the text when it has none), read by the
        grammar from their text and a margin on either side."""
        text = self.text
        start = spans[2 * first] if first > 0 else 0
        end = spans[2 * last] if last < len(spans) // 2 else len(text)
        lo, hi = max(0, start - MARGIN_CHARS), min(len(text), end + MARGIN_CHARS)
        part = text[lo:hi] if (lo, hi) != (0, len(text)) else text
        low = lowered(part)
        words = Words(low, _first_words(self.lex))
        dates, mentions = scan(part, self.lex, words, low)
        return _Window(start, end, [(spans[2 * i], spans[2 * i + 1]) for i in range(first, last)], _within(dates, lo, start, end),
                       _within(mentions, lo, start, end), words.moved(lo), low, lo)

    def _places(self) -> list[PlaceMention]:
        """The places the text names, but a wire dateline's ("KHARTOUM (Reuters) -"): where the
        report was filed, not what its figures are about; and where a person is from ("a
        climber from Munich", "a German climber"). Read from the whole text: a place named
        once ("the town of Mai Kadra") is that place wherever its name recurs, and the
        article's main place is the one it names most."""
        d_start, d_end = dateline_span(self.text)
        return [p for p in matcher(self.lex).find(self.text) if not d_start <= p.start < d_end and not ctx.is_home_of_person(self.text, p, self.lex)]

    def _main_event(self, spans: "array[int]", places: list[PlaceMention], dates: list[DateMention]) -> events.MainEvent:
        """The article's main event, read from its headline and lede; sets its main place."""
        n = len(spans) // 2
        headline_end = spans[1] if n else 0
        lede_end = spans[3] if n > 1 else 0
        self.lede_end = lede_end or headline_end or len(self.text)  # (a text of one sentence is all lede)
        self.home = main_place(self.lex, places, headline_end, lede_end) if self.st.context_scope else None
        lede3_end = spans[2 * min(2, n - 1) + 1] if n else 0
        return events.main_event(self.lex, self.words, headline_end, lede3_end, self.home, self._date_marks(dates), self.doc.published,
                                 self.text)

    def _speech_sentences(self, index: _Sentences, w: _Window) -> set[int]:
        """The sentences of a window with a speech verb, or "according to X" (a literal scan
        of the lowered text): sources are tracked across every sentence, so "he estimated"
        finds its speaker."""
        speech = {index.index(s) for s, _, _ in self.v.speech.finditer(self.words, w.start, w.low_at + len(w.low)) if s < w.end}
        return speech | {index.index(am.start() + w.low_at) for am in self.v.according_words.finditer(w.low)
                         if w.start <= am.start() + w.low_at < w.end}

    def _speaker(self, sent: ctx.Sentence, speaks: bool, block: tuple[Optional[str], int]) -> tuple[Optional[str], tuple[Optional[str], int]]:
        """(the source of a sentence, the quoted passage a source speaks for): "What a senior
        source had to say: ..." speaks for the rest of its paragraph."""
        attribution = ctx.attribution_for(self.text, sent, self.v, self.last_source) if speaks else None
        if attribution and _INTRODUCES_QUOTE.search(self.text, sent.start, sent.end):
            para_end = self.text.find("\n\n", sent.end)
            return attribution, (attribution, len(self.text) if para_end < 0 else para_end)
        if attribution is None and sent.start < block[1]:
            return block[0], block
        return attribution, block

    def _claims_of_sentence(self, sent: ctx.Sentence, mentions: list[Mention], dates: list[DateMention],
                            attribution: Optional[str], main: events.MainEvent) -> Iterator[Claim]:
        """The claims of one sentence of the kinds asked for, each with its event."""
        ctx.prepare(sent, self.lex)
        here = events.SentenceEvents.read(self.lex, self.words, sent.start, sent.end, self._opening_date(sent, dates), self.text)
        claims = [self._with_event(c, main, here) for c in self._sentence_claims(sent, mentions, dates, attribution)]
        for c in rel.others_of_another_verb(claims):
            if self.st.kinds is None or c.kind in self.st.kinds:
                yield c

    # -- events ---------------------------------------------------------------------
    def _date_marks(self, dates: list[DateMention]) -> list[tuple[int, Optional[str], str]]:
        """(offset, ISO, precision) of each resolved date, in text order; in an undated
        article, a day named relative to publication ("Saturday", "yesterday") is marked
        with no ISO: the report's own day, unknown."""
        # "this week" resolves to a day of its week, but names none
        marks = [(d.start, r.iso, "week" if self._names_a_week(d) else r.precision) for d in dates
                 for r in (self.resolved[id(d)],) if r.resolved]
        if self.doc.published is None:
            marks.extend((d.start, None, "day") for d in dates if d.rule in ("wd", "rel") and _names_a_day(d, self.text, self.lex))
        return sorted(marks, key=lambda m: m[0])

    def _opening_date(self, sent: ctx.Sentence, dates: list[DateMention]) -> Optional[str]:
        """The resolved date that opens a sentence ("In February, a gunman ...", "Last year,"),
        which dates every figure in it, attached to it or not."""
        for d in dates:
            if not _OPENS.fullmatch(self.text, sent.start, d.start):
                continue
            r = self.resolved[id(d)]
            if r.resolved and r.iso:
                return r.iso
            if self.doc.published is None and _names_a_past_period(d, self.text, self.lex):
                return events.PAST  # "In January, five cables were cut": another time than the report's
        return None

    def _with_event(self, c: Claim, main: events.MainEvent, here: events.SentenceEvents) -> Claim:
        """The claim with the incident it belongs to (see claimcheck.pipeline.events)."""
        if c.kind == Kind.DATE:
            # the date that names the day of the article's event beside its word is the
            # event's own ("the quake struck on Monday"): rival reports' days are compared
            # (conflicts/rules/event_day.py); any other date dates no event
            return trusted(Claim, {**c.__dict__, "event": main.id}) if c.evidence.start == self.event_day_at else c
        event, background = events.claim_event(self.lex, c, main, here)
        partial = c.kind in (Kind.COUNT, Kind.DURATION) and not is_rest_of_list(c.compare_as) \
            and events.counts_a_part(self.lex, self.doc.text, c.evidence.start, c.evidence.end) \
            and not (c.holder and self.lex.per_holder(c.subject, c.kind)
                     and _OF_THE_TOTAL.match(self.doc.text, c.evidence.end))  # "won 38 of the 101 seats": the party's
        # a copy with three fields changed: what model_copy does, without its copy of the field set
        return trusted(Claim, {**c.__dict__, "event": event, "background": background, "partial": partial})

    # -- one sentence -----------------------------------------------------------------
    def _sentence_claims(self, sent: ctx.Sentence, mentions: list[Mention], dates: list[DateMention], attribution: Optional[str]) -> list[Claim]:
        """The claims of a sentence in text order: its figures, the wholes and parts of its
        durations, its dates, and the durations its "since <date>" states."""
        bound = self._bindings(sent, mentions)
        self._bind_sources(sent, bound, attribution)
        bound.extend(self._compound_durations(sent, bound))
        claims = [self._claim(sent, b) for b in bound]
        if self.st.dates:
            claims.extend(c for c in (self._date_claim(sent, d) for d in dates) if c is not None)
        claims.extend(self._claim(sent, b) for b in self._since_durations(sent, dates, attribution, mentions))
        claims.extend(self._claim(sent, b) for b in self._ago_durations(sent, dates, attribution))
        claims.sort(key=lambda c: (c.evidence.start, c.evidence.end))
        return claims

    def _bindings(self, sent: ctx.Sentence, mentions: list[Mention]) -> list[Binding]:
        """Each figure of the sentence bound to its context, then refined by the figures
        around it (ellipsis, restatements, parts, changes, shared units)."""
        text = self.text
        sent.figures = [m.start for m in mentions]
        hedges = tuple(sorted({w for _, _, w in self.v.hedges.finditer(self.words, sent.start, sent.end)}))
        built: list[Binding] = []
        prev_count = self.last_count if rel.THE_FIGURE.search(text, sent.start, sent.end) else None
        for k, m in enumerate(mentions):
            b = self._bind(sent, m, mentions[k + 1].start if k + 1 < len(mentions) else sent.end, hedges)
            if b is None:
                continue
            if prev_count is not None and rel.elides_the_count(text, sent.start, b, prev_count):
                rel.take_the_count(text, b, prev_count)
                self._elided_stat(sent, b)
            if self._counts_people_unsaid(b):
                b.subject, b.unit = "people", "person"  # "at least 50 were killed": people ("no one was hurt": none)
            if built and rel.restates_the_amount(text, built[-1], b):
                rel.take_the_amount(built[-1], b)
            if b.kind == Kind.COUNT and b.subject is not None:
                prev_count = self.last_count = b
            if b.holder is None and built and _rx(r"[^.;:]{0,120}").fullmatch(text, built[-1].end, b.start):
                # "Brightwater runs 42 surgeries, and more than 900 beds": a clause with no
                # subject of its own keeps the one before
                b.holder = built[-1].holder
            built.append(b)
        rel.parts_of_whole(text, sent.start, built)
        self._holders_share(built)
        rel.others_in_a_list(text, built)
        rel.changes(text, self.lex, built)
        rel.shared_units(text, built, self.lex)
        return [b for b in built if not _counts_nothing_known(b)]

    def _holders_share(self, built: list[Binding]) -> None:
        """ "The party won 38 of the 101 seats": a figure each holder has its own of (seats,
        votes) is the holder's whole figure, out of a total that is nobody's."""
        for b in built:
            whole = b.part_of_mention
            if whole is not None and b.holder and self.lex.per_holder(b.subject, b.kind):
                b.part_of_mention = None
                for w in built:
                    if w.mention is whole and w.holder == b.holder:
                        w.holder = None

    def _counts_people_unsaid(self, b: Binding) -> bool:
        """A count of nobody named, of a verb that happens to people: "at least 50 were killed"."""
        m = b.mention
        return b.kind == Kind.COUNT and b.subject is None and b.noun is None and self.lex.counts_people(b.predicate) \
            and not (m.word_number and m.low <= 1) and not _rx(r"\s+of\s").match(self.text, m.end)

    def _bind_sources(self, sent: ctx.Sentence, bound: list[Binding], attribution: Optional[str]) -> None:
        """Who states each figure (its clause's speaker, a source credited in passing, or the
        sentence's), when it holds, whether it is a revision, and the whole it is a part of."""
        revision = bool(self.v.revisions.search(self.words, sent.start, sent.end))
        sources = self._clause_sources(sent)
        turns = [t for t, _ in sources]
        for b in bound:
            m = b.mention
            turn = bisect.bisect_right(turns, m.start) - 1
            source = sources[turn][1] if turn >= 0 else None
            owner = _credited_in_passing(self.text, max(sent.start, m.start - 60), m.start)
            if owner:  # "the interior ministry's figure of 1.28 million": that source's figure
                source = _owner_name(owner)
            b.attribution = source or attribution
            b.time = self._time(*ctx.time_for(m.start, m.end, sent, self.resolved, self.lex.offence_verb, self.lex.origin_before))
            b.revision = revision
            whole = b.part_of_mention
            if whole is not None:
                b.part_of = claim_id(self.doc.id, *self.nt.orig_span(whole.start, whole.end), Kind.COUNT)

    # -- binding one figure ----------------------------------------------------------
    def _bind(self, sent: ctx.Sentence, m: Mention, next_start: int, hedges: tuple[str, ...]) -> Optional[Binding]:
        """What the figure ``m`` is about, where, and how sure; None when it is no claim."""
        if _a_unit_word_in_a_name(self.text, m, sent) or _runs_past_its_sentence(m, sent):
            return None
        unit = m.unit.unit if m.unit else None
        if unit and m.per:
            unit = f"{unit} per {m.per}"  # a rate: not convertible to the kind's canonical unit
        b = Binding.of(m, Kind(m.kind), m.qualifier, m.rule, unit)
        if not self._bind_subject(sent, m, b, next_start):
            return None
        if b.kind in (Kind.COUNT, Kind.PERCENTAGE):
            self._bind_predicate(sent, m, b, next_start)
        self._bind_place(sent, m, b)
        b.qualifier = self._qualifier(sent, m)
        self._bind_concept(sent, m, b)
        if b.kind == Kind.COUNT and b.predicate is None and b.noun is None and b.concept:
            b.predicate = self.lex.predicate_of_noun(b.concept, None)  # "put the turnout at 50,000": the crowd
        b.holder = b.holder or self._holder(sent, m, b)  # a stat's player may be named after it ("15 points from Ortega")
        carried = ctx.carriers_of(self.text, m, sent, b.noun) if b.kind == Kind.COUNT else None
        if carried:  # "the raiders in four skiffs": the pirates' boats, where the pirates are, doing nothing
            b.holder, b.predicate, b.scope, b.place = carried, None, None, None
            b.subject, b.compare_as = None, ctx.carried_referent(carried, b.noun)
        if m.extra.get("of_parent"):
            b.holder = ctx.parent_named(self.text, m.extra["parent_at"], m.end, sent)
            self._bind_relatives(sent, m, b)
            if b.subject is None:
                return None  # a parent nobody names: no one's children to compare
        elif b.subject in self.lex.personal_properties:
            self._bind_whose(sent, m, b)
        elif b.kind == Kind.COUNT and (b.predicate is None and b.noun or b.unit == _TIMES):
            self._bind_relatives(sent, m, b)  # "has 11 wives", "married three times", "married twice"
        if b.kind in (Kind.COUNT, Kind.DISTANCE) and b.subject is None and b.compare_as is None:
            # "a six-story apartment building", "the 210-metre bridge": the size of a structure
            b.compare_as = ctx.structure_size(self.text, m.end, b.kind == Kind.COUNT)
        if b.kind == Kind.DISTANCE and b.subject is None and b.compare_as is None:  # a depth is measured from no place
            self._bind_distance_origin(sent, m, b)
        b.hedges = self._hedges(sent, m, hedges)
        return b

    def _holder(self, sent: ctx.Sentence, m: Mention, b: Binding) -> Optional[str]:
        """Whose figure it is: the clause's holder; the name a bracketed record follows ("the
        Hawks (10-5)"), nobody's for a record of a stretch the text may not say (kinds/count)."""
        if b.rule == _ONE_OF:
            return None  # "Okafor, one of the league's best forwards": membership, a figure nobody holds
        given = m.extra.get("holder")
        return (given or None) if given is not None else ctx.holder_for(self.text, m, sent, self.lex)

    def _bind_subject(self, sent: ctx.Sentence, m: Mention, b: Binding, next_start: int) -> bool:
        """The subject (and what else its kind reads with it); False when the figure is no claim."""
        text, lex = self.text, self.lex
        if b.kind == Kind.COUNT:
            return self._bind_count(sent, m, b)
        if b.kind == Kind.PERCENTAGE:
            b.subject, b.noun_end = ctx.share_subject(text, m, sent, lex, self.v)
        elif b.kind == Kind.DURATION:
            b.subject = ctx.duration_subject(text, m, sent, lex, self.v)
            if b.subject is None:
                self._read_interval(sent, m, b)  # "died eight days after a stroke"
        elif b.kind == Kind.DISTANCE and m.unit is not None and fold(m.unit.unit) in lex.game_stat_by_word:
            if not self._bind_game_stat(sent, m, b, m.unit.unit, m.end):  # "rushed for 211 yards": the player's
                b.subject = ctx.distance_subject(text, m, sent, lex)
        elif b.kind == Kind.DISTANCE:
            b.subject = ctx.distance_subject(text, m, sent, lex)  # "at a depth of 10 km"
            spec = ctx.line_spec(text, m.start, m.end, sent.start, sent.end, lex) if b.subject is None else None
            if spec is not None:  # "the Nova 7 has a 6.4-inch display": the line's screen size
                b.compare_as, b.concept = spec
                b.subject = ctx.SPEC_SUBJECT
            elif b.subject is None and m.unit is not None and m.unit.of_substance:
                b.compare_as = ctx.substance_of(text, m.end)  # "182 millimetres of rain"
        elif b.kind == Kind.MONEY and not m.per and lex.money_subject_of:
            # "$4.2 billion in damage", "a ransom of $5m", "damage is put at $50bn"
            b.concept = ctx.concept_for(text, m, sent, lex)
            b.subject = ctx.money_subject(text, m, sent, lex, b.concept)
            self._bind_price(sent, m, b)
            self._bind_bought(sent, m, b)
        elif b.kind == Kind.MONEY and m.per:
            self._bind_bought(sent, m, b)  # "..., or $34 a share"
        elif b.kind == Kind.MEASURE and m.unit is not None and not m.per and fold(m.unit.unit) in lex.game_stat_of:
            self._bind_game_stat(sent, m, b, m.unit.unit, m.end)  # "Pike scored 18 points": a tally, counted
        elif b.kind == Kind.MEASURE and m.unit is not None and m.unit.subject and not m.per:
            # "magnitude 6.3"; "burned 12,000 acres" (an area, when something happened to it)
            if m.unit.subject_needs_predicate:
                b.predicate = ctx.predicate_for(text, m, None, sent, b.kind, next_start, lex)
            if b.predicate or not m.unit.subject_needs_predicate:
                b.subject = m.unit.subject
        elif b.kind == Kind.MEASURE and m.unit is not None and m.unit.of_substance and not m.per:
            b.compare_as = ctx.substance_of(text, m.end)  # "3.2 tonnes of cocaine": its own referent
        return True

    def _bind_count(self, sent: ctx.Sentence, m: Mention, b: Binding) -> bool:
        """What a count counts: its noun, the lexicon's class of it, and its unit (a count can
        turn out to be another kind: "517 rushing yards"). False when it counts nothing."""
        text, lex = self.text, self.lex
        if m.rule == "<number> times":
            b.noun, b.unit = "times", "time"  # how often: "circled the track 40 times"
            return True
        if m.extra.get("of_parent"):  # "a father of five": the parent's children (_bind_relatives)
            b.noun = m.extra["of_parent"]
            b.unit = ctx.noun_singular(b.noun)
            return True
        if m.rule == LINE_PLACE.name:  # "Mara Quell, the 12th Doctor": the person's place in the title's line
            b.subject, b.unit = lex.counted_of[m.extra["counts"]]
            return True
        if m.rule in _GAME_COUNT_RULES:  # "the Hawks (10-5)": games won, then games lost; "won 78-64"; "in the 7th round"
            b.subject, b.unit = lex.counted_of[m.extra["counts"]]
            if m.rule != RECORD.name and sent.start >= self.lede_end:
                b.subject = None  # the article's game's score is its headline's and lede's; later ones may be other games'
            return True
        if m.word_number and m.low == 1 == m.high and self.v.partitive.match(text, m.end):
            # "one of the students": one member of a group; no class, so it is never compared
            b.noun = ctx.np_head(text, self.v.partitive.match(text, m.end).end(), sent.end, lex)
            b.unit = singular(b.noun) if b.noun else None
            b.rule = _ONE_OF
            return True
        if _refers_to_figures_before(text, m) or _a_number_word_in_a_name(text, m, sent) or self._an_age_bound(m):
            return False
        info = ctx.counted_noun(text, m, sent, lex)
        subject, noun, b.noun_end = info.subject, info.noun, info.end
        if m.vague and subject is None and noun and not noun.lower().endswith("s") and not _rx(r"\s+of\b").match(text, m.end):
            noun = None  # "left millions dependent on aid": an adjective, not what is counted
        unit = info.unit or (singular(noun) if noun else None)
        if _counts_a_spacing(lex, text, noun, b.noun_end or m.end):
            return False
        udef = lex.unit_form.get(fold(noun)) if noun and info.subject is None else None
        if udef is not None and udef.kind not in (Kind.RATIO,):
            b.kind, unit = Kind(udef.kind), udef.unit  # "517 rushing yards": a distance after all
        if _counts_times(noun, subject) or _a_number_in_a_name(text, m, sent, subject, noun, self.v):
            return False
        b.subject, b.noun, b.unit = subject, noun, unit
        if subject is None and noun and self._bind_game_stat(sent, m, b, noun, b.noun_end or m.end):
            return True  # "grabbed nine rebounds": the player's, in the game
        for name, nouns, verb in lex.counted_by_verb:  # "cut 4,000 jobs": job cuts
            if noun and fold(noun) in nouns and verb.search(text, max(sent.start, m.start - 40), m.start):
                b.subject, b.unit = name, lex.subjects.counted[name].unit
        if b.subject is None and b.kind == Kind.COUNT:  # (by a verb, "cut 9,000 positions" are job cuts)
            b.compare_as = ctx.open_noun(text, m.end, noun, b.noun_end)  # "three undersea cables": its own referent
        return True

    def _bind_game_stat(self, sent: ctx.Sentence, m: Mention, b: Binding, noun: str, noun_end: int) -> bool:
        """A player's tally in a game or over a career ("scored 18 points", "now has 1,412
        career points"; pipeline/bind/stat.py), counted, whose player the clause names; False
        when the figure is neither."""
        # (a season's words anywhere after it in the sentence make it no game's: "ran for 311
        # yards, caught 47 passes for 392 yards and scored twice this season")
        stat = ctx.game_stat(self.text, m.start, noun_end, noun, sent.clause(m.start)[0], sent.end, self.lex)
        if stat is None:
            return False
        b.subject, b.holder = stat[0], stat[1] or b.holder
        if b.kind in (Kind.COUNT, Kind.MEASURE):  # a tally of points is counted, in the stat's unit ("KOs": knockouts)
            b.kind, b.noun, b.unit = Kind.COUNT, noun, singular(b.subject.removeprefix("career "))
        return True

    def _elided_stat(self, sent: ctx.Sentence, b: Binding) -> None:
        """A bare figure that takes a stat's noun from the count before it ("Pike scored 18
        points and Ortega scored 13", "... and sits at 1,188 for her career") is a tally of
        its own player, or no claim of one."""
        if b.subject not in self.lex.game_stat_names:
            return
        b.subject = b.compare_as = None
        if self._bind_game_stat(sent, b.mention, b, b.noun or "", b.mention.end):
            self._bind_whose(sent, b.mention, b)

    def _an_age_bound(self, m: Mention) -> bool:
        """ "Four of those arrested were under 18": a bound after a copula with no noun after
        it is an age, no count (numbers.yaml ``age_bound_verbs``)."""
        return m.qualifier in ("at most", "more than") and self.lex.age_bound_before is not None \
            and self.lex.age_bound_before.search(self.text, max(0, m.start - 12), m.start) is not None \
            and _NO_NOUN_AFTER.match(self.text, m.end) is not None

    def _bind_predicate(self, sent: ctx.Sentence, m: Mention, b: Binding, next_start: int) -> None:
        """What happened to what a count or share counts ("killed", "displaced")."""
        if b.rule in _GAME_COUNT_RULES or m.extra.get("of_parent") or b.subject in self.lex.game_stat_names:
            return  # "fell to 5-10" lost nothing; "hitting a father of five" killed one; "scored 18 points" is a tally
        share = self.lex.share_def(b.subject) if b.kind == Kind.PERCENTAGE else None
        if share is not None and share.rate:
            return  # a rate is a level, nothing happened to it: "won 38 seats, with turnout at 63.7%"
        if b.noun_end and self.text.startswith("-", m.num_end) and _WORD_AFTER.match(self.text, b.noun_end):
            return  # "won 36 seats in the 101-seat parliament": a size of the parliament
        b.predicate = ctx.predicate_for(self.text, m, b.noun_end, sent, b.kind, next_start, self.lex)
        b.predicate = self.lex.predicate_of_noun(b.noun, b.predicate)
        if b.unit == "person":
            b.predicate = self.lex.predicate_for_people(b.predicate)
        cls = self.lex.predicates.classes.get(b.predicate or "")
        if cls is not None and b.unit == "person" and b.subject in cls.as_people:
            b.subject = "people"  # "60,000 protesters rallied": the crowd "50,000 people marched" counts
        if b.subject == "dead":
            # "the death toll rose to 2,053" and "2,000 people were killed" count the same
            # thing: people, killed
            b.subject, b.predicate = "people", b.predicate or "killed"
        self._bind_group(m, b)

    def _bind_group(self, m: Mention, b: Binding) -> None:
        """Which group of what is counted the words after it name: where it was ("killing all
        49 people on board": those aboard, not all who were killed; subjects.yaml
        ``subgroups``), or the perpetrator counted in ("four people, including the gunman,
        died": another group than the three victims)."""
        after_noun = max(m.end, b.noun_end or 0)  # an elliptical "and one on the ground" has its noun before it
        where = self.lex.subgroup_after.match(self.text, after_noun) if self.lex.subgroup_after else None
        if where and b.unit in ("person", None) and b.predicate != self.lex.subgroup_of[fold(where.group("w"))]:
            b.subgroup = self.lex.subgroup_of[fold(where.group("w"))]
            if b.subject:  # else the count it elides gives it one (relations.take_the_count)
                b.compare_as = f"{b.compare_as or b.subject} {b.subgroup}"
        including = _INCLUDING_ROLE.match(self.text, b.noun_end or m.end)
        if b.subject and including and fold(including.group("role")) in self.lex.unique_roles:
            b.compare_as = f"{b.compare_as or b.subject} with the {fold(including.group('role'))}"

    def _bind_whose(self, sent: ctx.Sentence, m: Mention, b: Binding) -> None:
        """Whom an age or a sentence is about (pipeline/bind/person.py): it is compared under
        that person, and not at all without one."""
        if b.interval is not None:
            self._bind_interval(sent, b)
            return
        if m.rule == LINE_PLACE.name:
            who = self._line_holder(sent, m)
        else:
            who = ctx.whose(self.text, m.start, m.end, b.subject, b.kind == Kind.MEASURE, b.holder, sent, self.lex,
                            one_person=self.main_type in self.lex.one_person_event_types)
        if who is not None:
            b.compare_as, b.concept = f"{b.subject} of {who[0]}", who[1]
            if m.rule == LINE_PLACE.name:  # by the title: "the 12th Doctor", "the 44th President"
                b.compare_as = f"{b.subject} as {m.extra['title']} of {who[0]}"
            if b.subject in self.lex.career_only_stats_of:
                record = ctx.record_before(self.text, m.start, sent.start)  # "(29-0, 23 KOs)": at that record
                if record is None:
                    b.subject = b.compare_as = None
                else:
                    b.compare_as = f"{b.compare_as} at {record}"
            if b.subject == "age" and ctx.is_suspect(self.text, m.start, m.end, sent.start, sent.end, self.lex):
                b.role = ctx.SUSPECT_ROLE  # "Ada Corbin, 61, was arrested": the age of the event's suspect
            elif b.subject == "age" and " " in who[0]:
                b.role = ctx.role_named(self.text, who[1], sent.start, m.start, self.lex)  # "The gunman, Kyle Dorsey, 25,"
        elif self.lex.personal_properties[b.subject].needs_whom:
            b.subject = None  # "400-million-year-old fossils": an age, of a thing the subject does not name

    def _line_holder(self, sent: ctx.Sentence, m: Mention) -> Optional[tuple[str, str]]:
        """Whose place in a title's line ("the 12th Doctor") is: the name it is apposed to
        ("Tom Vance, the 12th Doctor"), else the clause's subject ("Vance stepped into the role
        as the 11th Doctor", "he was unveiled as ...")."""
        the = _THE_BEFORE.search(self.text, max(sent.start, m.start - 8), m.start)
        at = the.start() if the else m.start
        who = ctx.apposed_name(self.text, at, sent, self.lex) or ctx.clause_subject(self.text, at, sent, self.lex)
        return who if who is not None and " " in who[0] else None  # a full name ("The Thick" of a show's title is none)

    def _bind_interval(self, sent: ctx.Sentence, b: Binding) -> None:
        """A gap between two steps is the action's subject's ("how long after the stroke
        Bettie Quell died"), compared under the action, what it came after and the person."""
        action, after, verb_at, to_the_event = b.interval
        who = ctx.actor_named(self.text, verb_at, sent, self.lex)
        if to_the_event:  # "married 12 days before the attack": the event's gap
            step = self.lex.events.actions[after].label
            b.compare_as = f"{action} after {after}"
            b.concept = f"{who[1]} {step}" if who else f"one {step}"
            return
        if who is None and not self.lex.action_words.match(self.text, verb_at):
            # the gap the article's event ends ("succumbed to a stroke suffered a week ago"): the
            # sentence's named subject
            who = ctx.clause_subject(self.text, verb_at, sent, self.lex)
        if who is None:
            b.subject = None
            return
        b.compare_as = f"{action} after {after} of {who[0]}"
        b.concept = f"the {after} {who[1]} {self.lex.events.actions[action].label}"

    def _bind_relatives(self, sent: ctx.Sentence, m: Mention, b: Binding) -> None:
        """A count of a named person's relatives ("Vale has 11 wives") is that person's,
        compared under the relation and the person (pipeline/bind/person.py)."""
        got = ctx.relatives_of(self.text, m.start, b.noun or b.surface, b.holder, sent, self.lex)  # "twice" is written in times
        if got is not None:  # a standing count of the person's: no verb of the clause happened to them
            b.subject, (b.compare_as, b.concept), b.predicate = "relatives", got, None

    def _bind_bought(self, sent: ctx.Sentence, m: Mention, b: Binding) -> None:
        """A price paid ("buy Tallin Systems for $2.1bn", "a $2bn deal for Tallin") is the
        deal's, compared under the name of what was bought (subjects.yaml ``bought_for``), and
        not at all when no name says which deal it is: an article recalls other deals, and one
        deal has several prices (with debt or without, in cash or all)."""
        deal = self.lex.bought_subject
        if b.subject not in (None, deal) or b.compare_as is not None:
            return
        what = ctx.bought(self.text, m, sent, self.lex, a_deal=b.subject == deal)
        if not what and b.subject == deal:
            what = ctx.deal_named(self.text, m, sent, self.lex)
        b.subject, b.compare_as = (deal, f"{deal} for {fold(what).rstrip('.')}") if what else (None, None)

    def _bind_price(self, sent: ctx.Sentence, m: Mention, b: Binding) -> None:
        """A price of one version of a product ("the 14-inch model starts at $949") is
        compared under that version (pipeline/bind/price.py), not under a subject."""
        lo, hi = sent.clause(m.start)
        priced = ctx.price_of(self.text, m.start, m.end, lo, hi, sent.start, self._products, self.lex) \
            or ctx.starting_price(self.text, m.start, m.end, hi, sent.start, self.lex)
        if priced is not None:
            b.compare_as, b.concept = priced
            b.subject = None

    def _products(self) -> ctx.Products:
        """The article's product names, read once, at its first price of a version."""
        if self.products is None:
            self.products = ctx.Products(self.text, self.lex)
        return self.products

    def _bind_place(self, sent: ctx.Sentence, m: Mention, b: Binding) -> None:
        """Where the figure holds: the sentence's place, else the article's (for the kinds and
        subjects that take it)."""
        lex = self.lex
        allow_home = b.kind == Kind.DISTANCE or b.subject is not None and lex.context_scope(b.subject) \
            and b.kind in (Kind.COUNT, Kind.PERCENTAGE, Kind.DURATION, Kind.MEASURE, Kind.MONEY)
        b.scope, b.place = ctx.scope_for(self.text, m, sent, self.home, allow_home, lex, self.v)
        share = lex.share_def(b.subject) if b.kind == Kind.PERCENTAGE else None
        if share is not None and share.national and b.place is not None and b.scope == b.place \
                and not any(p.name == b.place for p in sent.places):
            info = lex.place_info(b.place)  # "the central bank raised its key rate to 35%": the country's rate
            if info is not None and info.type != "country" and info.country:
                b.scope = b.place = info.country

    def _qualifier(self, sent: ctx.Sentence, m: Mention) -> str:
        """The grammar's qualifier, or "approximately" for an exact figure after an estimate
        verb in its clause ("she estimated that 1,200 to 1,800 remained")."""
        if m.qualifier == "exact" and self.v.estimate.search(self.words, sent.clause(m.start)[0], m.start):
            return "approximately"
        return m.qualifier

    def _bind_concept(self, sent: ctx.Sentence, m: Mention, b: Binding) -> None:
        """What the figure measures, as written."""
        text, lex = self.text, self.lex
        if b.kind == Kind.COUNT and b.noun:
            # "sales of 4,120 cars": the figure is the amount of sales, counted in units; "a
            # four-cylinder engine", "a 40 page report": the engine and the report
            b.concept = ctx.amount_of(text, m, sent.clause(m.start)[0], lex) \
                or ctx.compound_head(text, m, b.noun, b.noun_end, lex) or fold(b.noun)
        elif b.concept is None:
            b.concept = ctx.concept_for(text, m, sent, lex)

    def _bind_distance_origin(self, sent: ctx.Sentence, m: Mention, b: Binding) -> None:
        """A distance compares under where it is measured from: "25 km west of Goma" -> "from Goma"."""
        b.compare_as = ctx.distance_from(self.text, m, sent)
        located = _LOCATED_NOUN.search(self.text, max(sent.clause(m.start)[0], m.start - 40), m.start)
        if b.compare_as is not None and located is not None and noun_word(located.group("noun").lower(), self.lex):
            b.concept = located.group("noun").lower()  # "its epicenter about 30 km southeast of Baylen": what lies there
        if b.compare_as is not None and b.scope == b.compare_as[len("from "):]:
            # "Tawila, about 40 miles west of El Fasher": the place measured, not the one measured from
            located = next((p.name for p in reversed(sent.places) if p.end <= m.start and not p.possessive
                            and p.name != b.scope), None)
            if located is not None:
                b.scope = b.place = located

    def _hedges(self, sent: ctx.Sentence, m: Mention, hedges: tuple[str, ...]) -> tuple[str, ...]:
        """The sentence's hedges, "forecast" after a forecast verb ("forecasts inflation of 65%"
        is not a stated fact), and "passing" for a passing moment of the day in its clause."""
        c_lo, c_hi = sent.clause(m.start)
        if self.v.forecast is not None and self.v.forecast.search(self.text, max(c_lo, m.start - 60), m.start):
            return tuple(sorted(set(hedges) | {"forecast"}))
        if self.v.passing is not None and self.v.passing.search(self.text, c_lo, c_hi):
            return tuple(sorted(set(hedges) | {"passing"}))  # "shares were up 3% in morning trading"
        return hedges

    def _clause_sources(self, sent: ctx.Sentence) -> list[tuple[int, Optional[str]]]:
        """(where, source) for each contrasting clause of the sentence with its own speech
        verb: "the ministry said 1,200, while the United Nations put the figure at 3,000"
        credits the 3,000 to the United Nations. Read once per sentence."""
        return [(t.end(), ctx.attribution_for(self.text, dataclasses.replace(sent, start=t.end()), self.v, [None]))
                for t in ctx.CONTRASTING.finditer(self.text, sent.start, sent.end)]

    # -- figures computed from others -----------------------------------------------------
    def _compound_durations(self, sent: ctx.Sentence, bound: list[Binding]) -> list[Binding]:
        """ "two years under A, followed by four years of B": each part, and the whole.
        "for 6 years - two under A and four under B": the parts of a stated total. Drops the
        bare counts the grammar read from those parts ("two", "four")."""
        durs = [b for b in bound if b.kind == Kind.DURATION]
        if not durs:
            return []
        out = [self._duration_of_parts(sent, chain) for chain in self._chained_durations(durs)]
        out.extend(self._length_of_units(chain) for chain in self._lengths_in_units(durs))
        for total in durs:
            out.extend(self._parts_of_duration(sent, total))
        taken = {(b.start, b.end) for b in out if b.part_of}
        bound[:] = [b for b in bound if not (b.kind == Kind.COUNT and (b.start, b.end) in taken)]
        return out

    def _chained_durations(self, durs: list[Binding]) -> list[list[Binding]]:
        """Runs of durations joined by "followed by", "then", "and another"..."""
        def chained(fa: Binding, fb: Binding) -> bool:
            gap = self.text[fa.mention.end:fb.mention.start]
            return fa.unit == fb.unit and len(gap) <= 60 and not _rx(r"[.;]").search(gap) \
                and _rx(r"\b(?:followed\s+by|then|and\s+another|plus|after\s+which)\b").search(gap) is not None
        return _runs(durs, chained)

    def _lengths_in_units(self, durs: list[Binding]) -> list[list[Binding]]:
        """Runs of durations that write one length in units that step down: "1hr 4 mins",
        "six hours and 28 minutes", "11 hours, 42 minutes and 18 seconds" (not "3 hours, and
        40 minutes later", nor a list with a step that is no whole number: "3 years, 2 months,
        14 days and 16 hours")."""
        runs = _runs(durs, lambda fa, fb: _UNITS_JOINED.fullmatch(self.text, fa.end, fb.start) is not None)
        return [r for r in runs if self._one_length(r)]

    def _one_length(self, run: list[Binding]) -> bool:
        """Whether durations side by side are one length: each unit a whole number of the next,
        each part fewer than make one of the unit before; commas only in a list closed by "and"
        ("48 hours, 20 minutes of footage" are two)."""
        text = self.text
        if any(p.point is None or p.part_of for p in run) or _OFFSET_AFTER.match(text, run[-1].end):
            return False
        for fa, fb in zip(run, run[1:]):
            per = _units_per(self.lex, fa.unit, fb.unit)
            if per is None or fb.qualifier != "exact" or not 0 <= fb.point < per:
                return False
        gaps = [text[a.end:b.start].lower() for a, b in zip(run, run[1:])]
        return "and" in gaps[-1] or not any("," in g for g in gaps)

    def _length_of_units(self, chain: list[Binding]) -> Binding:
        """The whole of a length written in units that step down, in the smallest ("1hr 4
        mins": 64 minutes); each part becomes part of it."""
        last = chain[-1]
        v = sum(p.point * (_units_per(self.lex, p.unit, last.unit) if p is not last else 1) for p in chain)
        whole = dataclasses.replace(chain[0], end=last.end, low=v, high=v, point=v, rule=IN_UNITS.name, unit=last.unit,
                                    surface=last.surface, noun=None, noun_end=None, mention=None, part_of_mention=None,
                                    parts=tuple(self._id(p) for p in chain))
        for p in chain:
            p.part_of = self._id(whole)
        return whole

    def _duration_of_parts(self, sent: ctx.Sentence, chain: list[Binding]) -> Binding:
        """The whole of a chain of durations; each part becomes part of it."""
        s, e = chain[0].mention.start, chain[-1].mention.end
        # the whole reads to the end of the last part's noun phrase
        tail = _rx(r"\s+(?:of|under|in)\s+(?:[\w-]+\s+){0,2}[\w-]+").match(self.text[e:sent.end])
        if tail:
            e += tail.end()
        c0 = chain[0]
        whole = Binding(s, e, Kind.DURATION, sum(p.low for p in chain), sum(p.high for p in chain), "exact",
                        "<duration> followed by <duration>", unit=c0.unit, surface=c0.surface or c0.noun,
                        subject=next((p.subject for p in chain if p.subject), None), scope=c0.scope, place=c0.place,
                        hedges=c0.hedges, time=c0.time, attribution=c0.attribution, parts=tuple(self._id(p) for p in chain))
        for p in chain:
            p.part_of = self._id(whole)
        return whole

    def _parts_of_duration(self, sent: ctx.Sentence, total: Binding) -> list[Binding]:
        """ "for 6 years - two under the levies and four under the militia": the two parts."""
        end = total.mention.end
        tail = _rx(r"\s*(?:-|:|\()\s*(?P<a>\w+)\s+(?:under|of|in|with|as)\s+[^,;.]{1,40}?\s+and\s+(?P<b>\w+)\s+(?:under|of|in|with|as)\s+[\w-]+(?:\s+[\w-]+)?").match(self.text[end:sent.end])
        if not tail:
            return []
        vals = [ctx_number(self.lex, tail.group(g)) for g in ("a", "b")]
        if None in vals:
            return []
        parts = [Binding(end + tail.start(g), end + tail.end(g), Kind.DURATION, val, val, "exact",
                         "<duration> - <number> under <x> and <number> under <y>", unit=total.unit,
                         surface=total.surface or total.noun, subject=total.subject, scope=total.scope, place=total.place,
                         hedges=total.hedges, time=total.time, attribution=total.attribution, part_of=self._id(total))
                 for g, val in zip(("a", "b"), vals)]
        total.parts = tuple(self._id(p) for p in parts)
        return parts

    def _since_durations(self, sent: ctx.Sentence, dates: list[DateMention], attribution, mentions: list[Mention]) -> list[Binding]:
        """ "cut off since 2013", "have held the pass since 2021": a duration up to the
        publication date, when the clause names a state that lasts (a perfect tense, or a
        siege). "has lost 80 per cent of its ground since 2021" only dates that figure."""
        if self.doc.published is None:
            return []
        out = []
        for d in dates:
            r = self.resolved.get(id(d))
            if not _a_resolved_start(d, r) or self._bounds_a_change(sent, d, mentions):
                continue
            c_lo, _ = sent.clause(d.start)
            subject, lasts = self._what_lasts(sent, c_lo, d)
            if not lasts:
                continue
            years = since_interval_years(r.iso, self.doc.published)
            if years is None:
                continue
            span = _rx(r"(?i)since\s+(?:[\w-]+\s+){0,3}?\Z").search(self.text[max(sent.start, d.start - 30):d.start])
            s = d.start - (len(span.group()) if span else 0)
            lo, hi = round(years[0], 4), round(years[1], 4)
            pseudo = Mention(s, d.end, d.start, d.end, lo, hi, None, "exact", Kind.DURATION, SINCE_RULE)
            scope, place = ctx.scope_for(self.text, pseudo, sent, self.home, True, self.lex, self.v)
            time = trusted(TimeRef, {"as_of": self.doc.published.isoformat(), "since": r.iso, "text": self.text[s:d.end],
                                     "source": "sentence", "resolved": True})
            out.append(Binding(s, d.end, Kind.DURATION, lo, hi, "exact", SINCE_RULE, unit="year", subject=subject,
                               scope=scope, place=place, time=time, attribution=attribution))
        return out

    def _ago_durations(self, sent: ctx.Sentence, dates: list[DateMention], attribution: Optional[str]) -> list[Binding]:
        """ "convicted eight years ago", "nearly a year ago": the length of time it states, beside
        the date it implies. A start ("began four years ago") states a duration up to
        publication instead (:meth:`_since_durations`)."""
        out = []
        if self.st.kinds is not None and Kind.DURATION not in self.st.kinds:
            return out
        pats = patterns_for(self.lex)
        for d in dates:
            groups = None if d.since else ago_groups(d, self.text, pats)
            if groups is None:
                continue
            low, high, unit = ago_count(groups, self.lex)
            counted = _AGO_WORD.search(self.text, d.start, d.end)
            if low is None or unit is None or counted is None:
                continue
            # "nearly a year ago": the qualifier is the duration's (the date stays the day it names)
            start, qualifier = qualified(d.start, self.text, self.lex, pats)
            b = Binding(start, counted.start(), Kind.DURATION, low, high, qualifier, AGO_RULE, unit=unit,
                        surface=groups["ago_u"], attribution=attribution)
            b.time = self._time(None, None, None)
            self._bind_ago_interval(sent, b)
            out.append(b)
        return out

    def _bind_ago_interval(self, sent: ctx.Sentence, b: Binding) -> None:
        """ "died of a stroke suffered three weeks ago": the gap from the step to the article's
        event, as of publication, is compared like "died three weeks after a stroke"."""
        if self._read_interval(sent, b, b):
            self._bind_interval(sent, b)

    def _read_interval(self, sent: ctx.Sentence, span, b: Binding) -> bool:
        """Whether the duration at ``span`` (a mention or an "ago" binding) is a gap between
        two steps (bind/subject.py ``interval_of``), which then is its subject."""
        if _INTERVAL not in self.lex.personal_properties:
            return False
        b.interval = ctx.interval_of(self.text, span, sent, self.lex, self.main_type)
        b.subject = _INTERVAL if b.interval else None
        return b.interval is not None

    def _bounds_a_change(self, sent: ctx.Sentence, d: DateMention, mentions: list[Mention]) -> bool:
        """ "lost 90 per cent since 2014": a share, amount or ratio in the clause before the
        date, which the date bounds (a change, not a duration)."""
        c_lo, _ = sent.clause(d.start)
        return any(c_lo <= m.start < d.start and m.kind in (Kind.PERCENTAGE, Kind.MONEY, Kind.RATIO) for m in mentions)

    def _what_lasts(self, sent: ctx.Sentence, c_lo: int, d: DateMention) -> tuple[Optional[str], bool]:
        """(what lasts since the date, whether the clause states a lasting state): a perfect
        tense ("have held"), or a state that lasts ("cut off", "besieged"), which a start
        marked by the grammar ("the siege began four years ago") also lasts like."""
        lex = self.lex
        subject = None
        stative = False
        for s, e, cls in sent.preds:  # a state that lasts: "cut off", "besieged"
            if c_lo <= s and e <= d.start:
                subject = lex.predicate_duration_subject(cls) or subject
                stative = stative or lex.predicate_type(cls) == "stock"
        window = [w.lower() for w in _WORD.findall(self.text, c_lo, d.start)]
        if any(w in ctx.SUPERLATIVES for w in window):
            return subject, False  # "the largest protest since 1997": how far a comparison reaches
        if subject is None:
            for w in window:
                subject = lex.duration_subject_of.get(w, subject)
        perfect = _PERFECT.search(self.text, c_lo, d.start)
        return subject, bool(perfect or subject and (stative or d.rule == "ago"))

    # -- building records ---------------------------------------------------------------
    def _id(self, b: Binding) -> str:
        """The id the claim of a binding gets."""
        return claim_id(self.doc.id, *self.nt.orig_span(b.start, b.end), b.kind)

    def _claim(self, sent: ctx.Sentence, b: Binding) -> Claim:
        return claim_of(b, self.doc.id, self.nt, self.lex, self._original(sent))

    def _time(self, as_of: Optional[str], since: Optional[str], words: Optional[str]) -> TimeRef:
        if as_of is not None:
            return trusted(TimeRef, {"as_of": as_of, "since": since, "text": words, "source": "sentence", "resolved": True})
        if self.doc.published is not None:
            return trusted(TimeRef, {"as_of": self.doc.published.isoformat(), "since": since, "text": None, "source": "published",
                                     "resolved": True})
        return trusted(TimeRef, {"as_of": None, "since": since, "text": None, "source": "none", "resolved": False})

    def _original(self, sent: ctx.Sentence) -> tuple[str, int]:
        """The sentence in the original text and where it starts, sliced once per sentence."""
        if sent.original is None:
            ss, se = self.nt.orig_span(sent.start, sent.end)
            sent.original = (self.doc.text[ss:se], ss)
        return sent.original

    def _date_claim(self, sent: ctx.Sentence, d: DateMention) -> Optional[Claim]:
        if _names_a_decade(d):
            return None
        r = self.resolved[id(d)]
        o_s, o_e = self.nt.orig_span(d.start, d.end)
        iso = r.iso
        if d.rule == "time":
            iso = _clock(self.text[d.start:d.end])
        lo = hi = 0.0
        if r.resolved and r.iso and d.rule != "time":
            first, last = date_interval(r.iso)
            lo, hi = float(first.toordinal()), float(last.toordinal())
        time = trusted(TimeRef, {"as_of": r.iso, "since": None, "text": self.text[d.start:d.end], "source": "sentence",
                                 "resolved": r.resolved})
        # "died this week" names no day of the action (the week's days all fit it): it dates none
        dates_a_day = d.rule != "time" and not self._names_a_week(d)
        action = ctx.dated_action(self.text, d.start, d.end, sent, self.lex) if dates_a_day else (None, None, None)
        return date_claim_of(self.doc.id, self.nt, (o_s, o_e), self._original(sent), lo, hi, time,
                             iso if (r.resolved or d.rule == "time") else None, claim_rule(d.rule), action)

    def _names_a_week(self, d: DateMention) -> bool:
        """ "this week", "last week", "the weekend": a relative date of a week's precision (dates.yaml)."""
        rel = self.lex.relative_of.get(fold(self.text[d.start:d.end])) if d.rule == "rel" else None
        return rel is not None and rel.precision == "week"


_THE_BEFORE = _rx(r"(?i)the\s+\Z")
# the noun right before a distance from a place, past a verb of lying and a qualifier: "its
# epicenter about 28 km", "the building is 15 miles" (binding.yaml located_between)
_LOCATED_NOUN = _rx(r"(?<![\w'-])(?P<noun>[a-z][a-z-]+)\s+(?:(?:" + alternation(sorted(BINDING.located_between), boundary=False)
                    + r")\s+)*\Z")
_INTERVAL = "interval"  # the personal property of a gap between two steps (events.yaml)
_GAME_COUNT_RULES = (RECORD.name, FINAL_SCORE.name, STOPPAGE_ROUND.name)  # counts of a game the grammar names

_NO_NOUN_AFTER = _rx(r"\s*(?:[,.;:!?)]|$|\s+(?:and|or|but|according|at|when|while|in|on)(?![\w-]))")


def _runs(items: list[Binding], joined) -> list[list[Binding]]:
    """The runs of two or more neighbouring items that ``joined(a, b)`` links pairwise."""
    runs: list[list[Binding]] = []
    for a, b in zip(items, items[1:]):
        if not joined(a, b):
            continue
        if runs and runs[-1][-1] is a:
            runs[-1].append(b)
        else:
            runs.append([a, b])
    return runs


def _group(found: Iterable, index: _Sentences) -> dict[int, list]:
    """Mentions (or dates) by the index of their sentence, in text order."""
    groups: dict[int, list] = {}
    for x in found:
        groups.setdefault(index.index(x.start), []).append(x)
    return groups


# -- rejection guards: a figure the grammar read that is no claim -----------------------------
def _runs_past_its_sentence(m: Mention, sent: ctx.Sentence) -> bool:
    """ "at least 3–" at a line's end and "3 km" on the next: a range the grammar read across
    the break that ends the sentence is two broken halves, not a figure (its evidence would
    not lie inside its sentence)."""
    return m.end > sent.end


def _a_unit_word_in_a_name(text: str, m: Mention, sent: ctx.Sentence) -> bool:
    """ "the Six-Day War", "the 24 Hours of Le Mans", "the 50 Cent concert": a capitalised
    unit word inside a name, not a duration, amount or measure."""
    su = m.surface_unit or ""
    return m.kind in (Kind.DURATION, Kind.MONEY, Kind.DISTANCE, Kind.MEASURE) and su[:1].isupper() and su[1:].islower() \
        and len(su) > 2 and text[m.num_end:m.num_end + 1] in " -" and m.start > sent.start and not _title_case(text, sent) \
        and bool(_rx(r"'?\s+(?:of\s+)?(?:the\s+)?[A-Z]").match(text, m.end) if m.kind == Kind.DURATION else ctx.nounish_next(text, m.end))


def _refers_to_figures_before(text: str, m: Mention) -> bool:
    """ "around those two towns": a reference to figures stated before, not a claim."""
    return m.word_number and m.start == m.num_start \
        and _rx(r"(?i)(?<![\w])(?:those|these)\s+\Z").search(text, max(0, m.start - 7), m.start) is not None


def _a_number_word_in_a_name(text: str, m: Mention, sent: ctx.Sentence) -> bool:
    """ "the Kick Six win", "the Big Ten": a number word inside a name."""
    return m.word_number and text[m.num_start:m.num_start + 1].isupper() and m.num_start > sent.start \
        and _name_before(text, max(sent.start, m.num_start - 30), m.num_start)


def _counts_a_spacing(lex: Lexicon, text: str, noun: Optional[str], after: int) -> bool:
    """ "caught four doors from the scene", "five blocks away": a distance, not a count."""
    return bool(noun) and fold(noun) in lex.spacing_nouns and _A_DISTANCE_AFTER.match(text, after) is not None


def _counts_times(noun: Optional[str], subject: Optional[str]) -> bool:
    """ "three times as many", "a tenfold rise": a multiplier, not a count of anything."""
    return noun is not None and subject is None and noun.lower() in ("times", "fold")


def _a_number_in_a_name(text: str, m: Mention, sent: ctx.Sentence, subject: Optional[str], noun: Optional[str], v) -> bool:
    """ "FTSE 100", "Game 7", "Boeing 737", "Brooks (11)": a bare whole number that is part of
    a name, unless a noun it counts follows the name ("40 Celtic fans")."""
    if m.word_number or m.scale or m.point is None or not m.point.is_integer() or "," in text[m.num_start:m.num_end] \
            or m.start != m.num_start:
        return False
    before = max(sent.start, m.start - 30)
    return bool(
        subject is None and _name_before(text, before, m.start)
        # "the 787 Dreamliner", "the 10115 ZIP Code", "three new A330 Neo jets": a number before a name
        or _rx(r"\s+[A-Z]").match(text, m.end) and (noun is None or noun.endswith("ing") or v.count_before.search(text, before, m.start))
        or subject is None and _rx(r"(?<=[A-Z][\w.]*\s+)\(\Z").search(text, before, m.start) and text[m.end:m.end + 1] == ")")


def _counts_nothing_known(b: Binding) -> bool:
    """ "a few", "Few predicted", "several ideas": a figure in words that counts nothing we
    know (but "thousands of complaints", an order of magnitude, is kept)."""
    m = b.mention
    return b.kind == Kind.COUNT and b.subject is None and bool(
        (b.noun is None or m.vague and m.low < 10) and (m.vague or m.word_number) or m.low == 1 and b.noun in ("one",))


def _names_a_decade(d: DateMention) -> bool:
    """ "the 1990s": a period of ten years, of which no date claim is made."""
    return d.rule == "decade"


def _a_resolved_start(d: DateMention, r) -> bool:
    """A "since <date>" resolved to a year, month or day: a start a duration can run from."""
    return d.since and r is not None and r.resolved and r.precision in ("year", "month", "day")


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


# "<source>'s figure of", "the ministry's own estimate of": a figure credited in passing
_OWNED_FIGURE = regex.compile(r"(?<![\w'-])(?P<src>(?:the\s+)?(?:[A-Za-z][\w-]*\s+){0,3}?[A-Za-z][\w-]*)['’]s\s+(?:own\s+)?"
                              r"(?:latest\s+|official\s+|earlier\s+)?(?:figure|estimate|count|tally|toll|number|total|forecast)\s+"
                              r"(?:of|at|was|is|stood\s+at)\s+\Z", regex.IGNORECASE)


def _credited_in_passing(text: str, lo: int, hi: int):
    """The match of "<source>'s figure of" ending at ``hi``, or None (a literal test first:
    most figures have no possessive before them)."""
    window = text[lo:hi]
    if "s " in window and ("'s " in window or "’s " in window):
        return _OWNED_FIGURE.search(text, lo, hi)
    return None


def _owner_name(owner) -> Optional[str]:
    """The source named by "<source>'s figure": from its last "the", else its capitalised words."""
    src = owner.group("src")
    k = (" " + src.lower()).rfind(" the ")
    return src[k:] if k >= 0 else " ".join(w for w in src.split() if w[:1].isupper()) or None


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
    matchers = (v.predicates, v.estimate, v.hedges, v.revisions, v.speech, v.nationwide, v.worldwide, patterns_for(lex).relative_words,
                lex.event_phrases)
    return frozenset().union(*(m.first_words for m in matchers))


def ctx_number(lex: Lexicon, word: str) -> Optional[float]:
    """A single number written in digits or words, or None."""
    w = word.replace(",", "")
    try:
        return float(w)
    except ValueError:
        return parse_words(word, lex)


bound_all(globals())  # every pattern of this module runs over document text: bound each match in time
