"""What a sentence holds before its figures are bound: its clauses, predicates, speech
verbs and the regexes of one lexicon (``Vocab``), prepared once per sentence."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Optional

import regex

from ...lexicon import Lexicon, PhraseMatcher, Words, alternation
from ...text.rx import bound_all
from ..mentions import DateMention
from ..places import PlaceMention
from .words import tokens_after


ADJECTIVAL = regex.compile(r"(?<![\w])(?:a|an|the|its|their)\s+\Z", regex.IGNORECASE)
# a date of a start: "the siege, which began in early March"
_STARTED = regex.compile(r"(?i)(?<![\w])(?:began|begun|started|erupted|broke\s+out|was\s+launched|launched)\s+(?:[\w-]+\s+){0,2}?(?:in|on)\s+(?:early|late|mid)?[\s-]*\Z")


class Vocab:
    """Regexes for the context words of one lexicon, compiled once."""

    def __init__(self, lex: Lexicon):
        # word lists run on the ASCII-lowered text with the standard engine: no IGNORECASE
        self.predicates = PhraseMatcher(lex.predicate_of)
        # the standard engine, with the one character each alternative can start with tested
        # first: regex tries every alternative at every position of every sentence, twice
        # as slowly (a linear scan, with no time bound needed)
        self.boundaries = re.compile(
            r"(?=[;()\[\]:\s,wbta])(?:[;()\[\]]|(?<!\d):(?!\d)|\s-\s|,\s+(?=(?:where|which|while|but|although|though|whereas|as|after|before|including|when|who|not|and)\b)"
            r"|(?<![\w])(?=(?:where|which|while|whereas|but|although|though|when|who)\b))",
            re.IGNORECASE,
        )
        self.including = regex.compile(r"(?<![\w])(?:including|such\s+as|among\s+them|like)(?![\w])", regex.IGNORECASE)
        self.estimate = PhraseMatcher(lex.qualifiers.estimate_words)
        self.hedges = PhraseMatcher(lex.attribution.hedges)
        self.revisions = PhraseMatcher(lex.attribution.revisions)
        self.speech = PhraseMatcher(lex.attribution.speech_verbs)
        self.according = regex.compile(r"(?<![\w])(?:" + alternation(lex.attribution.according_to, boundary=False)
                                       + r")\s+(?P<src>[^,.;:()\"]{2,80})", regex.IGNORECASE)
        self.according_words = re.compile("|".join(re.escape(w.lower()) for w in sorted(lex.attribution.according_to, key=len, reverse=True)))
        self.pronouns = frozenset(p.lower() for p in lex.attribution.pronouns)
        self.source_nouns = frozenset(w.lower() for w in lex.attribution.source_nouns)
        # verbs that name a figure's source more surely than "recorded" or "put"
        self.saying = frozenset(w.lower() for w in lex.attribution.saying_verbs)
        self.figure_verbs = frozenset(w.lower() for w in lex.attribution.not_before_figures)
        self.verb_forms = lex.verb_forms
        # a place that speaks: "Russia said", "Ukraine's deputy prime minister said"
        self.speaker_after = regex.compile(r"(?:['’]s|-[a-z]+)?(?:\s+(?!(?:is|was|are|were|be|been|being)\b)[\w-]+){0,4}?\s+(?:has\s+|had\s+|have\s+)?(?:"
                                           + alternation(lex.attribution.speech_verbs, boundary=False) + r")(?![\w])")
        # a forecast word before the figure in its clause, with no other figure between
        self.forecast = regex.compile(r"(?<![\w])(?:" + alternation(lex.attribution.forecast_words, boundary=False)
                                      + r")(?![\w])[^\d.;:]{0,50}\Z", regex.IGNORECASE) if lex.attribution.forecast_words else None
        # a passing moment of the day in the figure's clause: "up 3% in morning trading"
        self.passing = regex.compile(r"(?i)(?<![\w])(?:" + alternation(lex.attribution.passing_moments, boundary=False)
                                     + r")(?![\w])") if lex.attribution.passing_moments else None
        self.not_sources = lex.verb_forms | lex.pronouns | frozenset(lex.word_values)
        # "the quake claimed 18 lives", "the quake measured 6.8": an event does, it says nothing
        self.event_words = frozenset(lex.event_type_of)
        self.facilities = regex.compile(r"(?<![\w])(?:inside|in|at|within|on)\s+(?:the\s+|a\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?P<f>"
                                        + alternation(lex.facility_of) + r")(?![\w])", regex.IGNORECASE)
        self.direction = regex.compile(r"(?<![\w])(?:in|of|across)\s+the\s+(?P<d>" + alternation(lex.places.directions)
                                       + r")\s+(?:(?:parts?|side|half|districts?|neighbou?rhoods?|quarters?|sectors?|outskirts|suburbs|areas?)\s+of\s+(?:the\s+)?(?P<what>[\w-]+)"
                                       + r"|(?P<area>districts?|neighbou?rhoods?|quarters?|sectors?|outskirts|suburbs|parts?|areas?|side)(?![\w]))", regex.IGNORECASE)
        self.elsewhere = regex.compile(r"(?<![\w])(?:those|these|the|both|two|three|several|other)\s+(?:\w+\s+)?(?:towns|cities|villages|provinces|places|areas|regions)(?![\w])", regex.IGNORECASE)
        self.anaphor = regex.compile(alternation(lex.places.anaphors), regex.IGNORECASE)
        self.nationwide = PhraseMatcher(lex.places.nationwide)
        self.worldwide = PhraseMatcher(lex.places.worldwide)
        self.modifiers = lex.modifiers
        self.share_of_place = regex.compile(r"\s+of\s+(?:both\s+|all\s+|the\s+)?(?=[A-Z])")
        self.share = regex.compile(r"\s+of\s+(?:(?:the|its|their|our|his|her|both|all|this|that|these|those|a|an)\s+)*(?P<w>[\w'-]+(?:\s+[\w'-]+){0,2})", regex.IGNORECASE)
        # a count before the figure: "three new A330 Neo jets" (the 330 is a model number)
        self.count_before = regex.compile(r"(?<![\w])(?:\d+|" + alternation(list(lex.word_values) + list(lex.numbers.vague), boundary=False)
                                          + r")\s+(?:[a-z]+\s+)?\Z", regex.IGNORECASE)
        # "one of the best", "one of Europe's largest": one member of a group
        self.partitive = regex.compile(r"\s+of\s+(?:(?i:the|its|their|his|her|our|my|your|these|those)|(?i:the\s+)?[A-Z][\w-]*'s)\s+")
        self.dur_of = regex.compile(r"\s+(?:of|in)\s+(?:[\w-]+\s+){0,2}?(?P<w>[\w-]+)", regex.IGNORECASE)
        bound_all(vars(self))


@functools.lru_cache(maxsize=8)
def vocab(lex: Lexicon) -> Vocab:
    return Vocab(lex)


@dataclass(slots=True)
class Sentence:
    """One sentence of the normalized text with everything found in it."""

    start: int
    end: int
    text: str                     # the whole normalized text (offsets are global)
    words: Optional[Words] = None  # its words, ASCII-lowered (same offsets)
    places: list[PlaceMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    preds: list[tuple[int, int, str]] = field(default_factory=list)
    bounds: list[int] = field(default_factory=list)
    including_from: Optional[int] = None
    original: Optional[tuple[str, int]] = None  # the sentence in the original text, and its offset
    figures: list[int] = field(default_factory=list)  # where its figures start
    nationwide: bool = False      # "nationwide", "across the country": figures about the whole country
    worldwide: list[int] = field(default_factory=list)  # where "worldwide", "globally" occur
    speech: list[tuple[int, int, str]] = field(default_factory=list)  # its speech verbs ("said", "estimated")
    started: frozenset[int] = frozenset()  # where its dates of a start ("began in March") begin
    # the tokens read at each (start, end) of it, and whether they are all there are
    _tokens: dict[tuple[int, int], tuple[list[tuple[int, int, str]], bool]] = field(default_factory=dict, init=False, repr=False, compare=False)

    def tokens_after(self, pos: int, end: int, n: int) -> list[tuple[int, int, str]]:
        """``words.tokens_after(self.text, pos, end, n)``, each place read once: the binders of
        a figure read the words after it again (its noun, then its concept) and its clause's
        first words again (the subject of its verb, then its holder or its opening noun)."""
        got = self._tokens.get((pos, end))
        if got is None or len(got[0]) < n and not got[1]:
            toks = tokens_after(self.text, pos, end, n)
            got = self._tokens[(pos, end)] = (toks, len(toks) < n)
        return got[0][:n]

    def clause(self, pos: int) -> tuple[int, int]:
        lo, hi = self.start, self.end
        for b in self.bounds:
            if b <= pos:
                lo = b
            else:
                hi = b
                break
        return lo, hi


# a capitalised word between a lower-case letter (or a comma) and another capital: "on Injured Reserve"
_IN_A_NAME = regex.compile(r"[a-z,]\s[A-Z][a-z]+\s[A-Z][a-z]?|[a-z,]\s[A-Z][a-z]+\s[A-Z]")
_LONG_WORD = regex.compile(r"[A-Za-z]{4,}")


def title_case(text: str, start: int, end: int) -> bool:
    """A headline in title case: most of its words of four letters or more are capitalised."""
    words = _LONG_WORD.findall(text, start, end)
    return len(words) >= 3 and sum(w[0].isupper() for w in words) > 0.7 * len(words)


def prepare(sent: Sentence, lex: Lexicon) -> None:
    v = vocab(lex)
    t = sent.text
    # a participle after a determiner is an adjective: "stuck at a damaged bridge"; a word of
    # a name inside a sentence in sentence case names no predicate: "placed on Injured Reserve"
    found = [(s, e, w) for s, e, w in v.predicates.finditer(sent.words, sent.start, sent.end)
             if " " in w or not w.endswith("ed") or not ADJECTIVAL.search(t, max(sent.start, s - 6), s)]
    named = [s for s, e, _ in found if t[s].isupper() and _IN_A_NAME.fullmatch(t, max(sent.start, s - 2), min(sent.end, e + 3))]
    if named and title_case(t, sent.start, sent.end):
        named = []  # a headline in title case capitalises its verbs too
    sent.preds = [(s, e, lex.predicate_of[w]) for s, e, w in found if s not in named]
    sent.bounds = [m.start() for m in v.boundaries.finditer(t, sent.start, sent.end)]
    sent.nationwide = v.nationwide.search(sent.words, sent.start, sent.end) is not None
    sent.worldwide = [s for s, _, _ in v.worldwide.finditer(sent.words, sent.start, sent.end)]
    sent.speech = list(v.speech.finditer(sent.words, sent.start, sent.end))
    sent.started = frozenset(d.start for d in sent.dates if _STARTED.search(t, max(0, d.start - 40), d.start))
    inc = v.including.search(t, sent.start, sent.end)
    sent.including_from = inc.start() if inc else None


bound_all(globals())  # every pattern of this module runs over document text: bound each match in time
