"""Bind a mention to its context: subject, predicate, place, time, attribution.

Everything here reads one sentence (plus the article's main place and its last named
source) and answers one question each, so each answer can be tested and explained on
its own.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Optional

import regex

from ..text.rx import _rx, bound_all

from .mentions import DateMention, Mention
from ..lexicon import Lexicon, PhraseMatcher, Words, alternation, fold
from .places import PlaceMention

_TOKEN = regex.compile(r"[\w][\w'.-]*[\w]|[\w]|[^\w\s]")
_STOP = frozenset("""a an the of in on at to for by with from and or but as is are was were be been being has have had
that which who whom this these those it its their his her our we they he she there here than then also only just
about over under more most less least per each every some any all both such not no nor so if while when where
during after before since until into onto out up down off across along through near between around against
toward towards within without via per than like despite among beyond behind below above inside outside""".split())
# Verbs that often follow a clause's subject ("Temperatures fell to -40C"): where a noun
# phrase read left to right must stop.
_VERBS = frozenset("""fell rose hit cut reached stood lay lies ran came went grew dropped stretched covered weighs weighed
cost costs left put set got held took made saw said says was were is are has had have be been will would could can may
might must shall should do does did climbed soared jumped plunged slumped surged drew won lost beat led ended
paid spent sold bought""".split())
# Words that follow a figure without being what it counts ("the 5,000 present").
_NOT_NOUNS = frozenset("""present total overall altogether alone each apiece respectively later earlier ago before after
away back more less other others left remaining previously already still now however because instead
recently also even just only about almost nearly roughly around apiece overnight today yesterday tonight abroad
nationwide worldwide""".split())
_TEMPORAL = frozenset("after before since until till when while following during once as".split())
_ADJECTIVAL = regex.compile(r"(?<![\w])(?:a|an|the|its|their)\s+\Z", regex.IGNORECASE)
_PAST = regex.compile(r"[^e]ed\Z")  # a past tense or participle ("fled", "died"), not "speed"
_COPULA = frozenset(["were", "are", "was", "is", "been", "be", "remain", "remained"])


class Vocab:
    """Regexes for the context words of one lexicon, compiled once."""

    def __init__(self, lex: Lexicon):
        # word lists run on the ASCII-lowered text with the standard engine: no IGNORECASE
        self.predicates = PhraseMatcher(lex.predicate_of)
        self.boundaries = regex.compile(
            r"[;()\[\]]|(?<!\d):(?!\d)|\s-\s|,\s+(?=(?:where|which|while|but|although|though|whereas|as|after|before|including|when|who|not|and)\b)"
            r"|(?<![\w])(?=(?:where|which|while|whereas|but|although|though|when|who)\b)",
            regex.IGNORECASE,
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
        self.not_sources = lex.verb_forms | lex.pronouns | frozenset(lex.word_values)
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


@dataclass
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

    def clause(self, pos: int) -> tuple[int, int]:
        lo, hi = self.start, self.end
        for b in self.bounds:
            if b <= pos:
                lo = b
            else:
                hi = b
                break
        return lo, hi


def prepare(sent: Sentence, lex: Lexicon) -> None:
    v = vocab(lex)
    t = sent.text
    # a participle after a determiner is an adjective: "stuck at a damaged bridge"
    sent.preds = [(s, e, lex.predicate_of[w]) for s, e, w in v.predicates.finditer(sent.words, sent.start, sent.end)
                  if " " in w or not w.endswith("ed") or not _ADJECTIVAL.search(t, max(sent.start, s - 6), s)]
    sent.bounds = [m.start() for m in v.boundaries.finditer(t, sent.start, sent.end)]
    sent.nationwide = v.nationwide.search(sent.words, sent.start, sent.end) is not None
    sent.worldwide = [s for s, _, _ in v.worldwide.finditer(sent.words, sent.start, sent.end)]
    sent.speech = list(v.speech.finditer(sent.words, sent.start, sent.end))
    sent.started = frozenset(d.start for d in sent.dates if _STARTED.search(t, max(0, d.start - 40), d.start))
    inc = v.including.search(t, sent.start, sent.end)
    sent.including_from = inc.start() if inc else None


LOOKBACK = 600
"""How far before a figure its clause is read for words: a clause longer than this is no
prose (a list of numbers, a table flattened to one line), and reading all of it for each
of its figures would take time quadratic in its length."""


def words_before(text: str, lo: int, hi: int) -> list[str]:
    """The words of ``text[lo:hi]``, of its last ``LOOKBACK`` characters at most (a word cut
    by that limit is left out)."""
    cut = max(lo, hi - LOOKBACK)
    words = _rx(r"[\w'-]+").findall(text, cut, hi)
    if cut > lo and words and _rx(r"[\w'-]").match(text, cut - 1) and text.startswith(words[0], cut):
        words = words[1:]
    return words


def tokens_after(text: str, pos: int, limit_end: int, n: int = 8) -> list[tuple[int, int, str]]:
    out = []
    for m in _TOKEN.finditer(text, pos, limit_end):
        out.append((m.start(), m.end(), m.group()))
        if len(out) >= n:
            break
    return out


def _noun_modifier(toks, i: int, hit, lex: Lexicon) -> bool:
    """Whether a counted word found at token i is a singular noun modifying the plural noun
    after it ("home runs", "car bombs"): a word the lexicon also lists in the plural, one
    token long, before a lower-case plural that is no verb."""
    if hit[1] != i + 1 or i + 1 >= len(toks):
        return False
    w, nxt = fold(toks[i][2]), toks[i + 1][2]
    return (w + "s" in lex.counted_of or w + "es" in lex.counted_of) and nxt.islower() and nxt.isalpha() \
        and len(nxt) > 3 and nxt.endswith("s") and not nxt.endswith("ss") and nxt not in lex.verb_forms


def _lookup_phrase(toks, i, table: dict, max_len: int = 3):
    """Longest phrase of tokens starting at i found in table: (value, next index)."""
    for L in range(min(max_len, len(toks) - i), 0, -1):
        phrase = fold(" ".join(t[2] for t in toks[i:i + L]))
        if phrase in table:
            return table[phrase], i + L, toks[i + L - 1][1]
    return None


@dataclass
class NounInfo:
    subject: Optional[str] = None
    unit: Optional[str] = None
    noun: Optional[str] = None
    end: Optional[int] = None      # where the noun phrase ends


def _nounish(tok: str) -> bool:
    """Could be (part of) a noun phrase: a lower-case word that is not a function word,
    a common verb or an adverb."""
    low = tok.lower()
    return (tok.isalpha() and not tok[0].isupper() and low not in _STOP and low not in _NOT_NOUNS
            and low not in _VERBS and not _adverb(low))


def np_head(text: str, pos: int, end: int, lex: Lexicon) -> Optional[str]:
    """The head of the noun phrase that starts at ``pos``: its last word before a function
    word, a verb or a participle. "the best wireless speakers around" -> "speakers";
    "an 8.5 kW system" -> "system" (a figure and its unit inside the phrase are passed over)."""
    head = None
    toks = tokens_after(text, pos, end, 8)
    for k, (_, _, tok) in enumerate(toks):
        low = tok.lower()
        if head is None and (low in _DETERMINERS or low in ("most", "more", "least", "very", "few")
                             or tok[:1].isdigit() or k and toks[k - 1][2][:1].isdigit() and (fold(tok) in lex.unit_form or tok in lex.unit_form_cs)):
            continue  # "one of the most gifted attackers", "for an 8.5 kW system"
        if not tok[:1].isalpha() or low in _STOP or low in _VERBS or low in lex.verb_forms \
                or head and (_PAST.search(low) or low in _NOT_CONCEPTS or low in _NOT_HOLDERS):
            break
        head = tok
    if head and (head.lower().endswith("est") and len(head) > 4 or head.lower() in ("best", "worst")):
        return None  # "one of the best": a superlative, no noun
    return head


def _verb_next(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    return low in lex.verb_forms or low in _VERBS or bool(_PAST.search(low)) and low not in _STOP


def compound_head(text: str, m: Mention, noun: str, noun_end: Optional[int], lex: Lexicon) -> Optional[str]:
    """The noun a count-and-noun compound describes: "a four-cylinder engine" -> "engine",
    "a 40 page report" -> "report", "a three course meal" -> "meal" (a singular counted noun
    right before another noun)."""
    if noun_end is None or m.high <= 1 or _plural(noun):
        return None
    nxt = _COMPOUND_NEXT.match(text, noun_end)
    if nxt is None:
        return None
    w = nxt.group(1).lower()
    return w if _noun_word(w, lex) and w not in _NOT_NOUNS else None


_COMPOUND_NEXT = regex.compile(r"[ \t]+([a-z][a-z-]+)(?![\w'])")


def _plural(word: str) -> bool:
    """Looks like a plural noun: "picks", not "boss", "bonus", "previous", "analysis"."""
    low = word.lower()
    return low.endswith("s") and not low.endswith(("ss", "us", "is"))


def nounish_next(text: str, pos: int) -> bool:
    """The next word is a lower-case noun-like word: "50 Cent concert"."""
    toks = tokens_after(text, pos, min(len(text), pos + 30), 1)
    return bool(toks) and _nounish(toks[0][2])


# nouns that end like an adverb
_LY_NOUNS = frozenset("family supply assembly rally ally belly monopoly anomaly reply fly bully jelly lily italy july "
                      "melancholy homily dolly folly tally holly gully".split())


def _adverb(low: str) -> bool:
    """An -ly word that is no noun: "nearly", "mostly" (not "family", "single-family")."""
    return low.endswith("ly") and low.rsplit("-", 1)[-1] not in _LY_NOUNS


_SIZE_TOKEN = regex.compile(r"\d[\d.,]*[A-Za-z]{1,3}")
_PARTITIVE_DETERMINERS = frozenset(["the", "these", "those", "its", "their", "our", "his", "her"])


def counted_noun(text: str, m: Mention, sent: Sentence, lex: Lexicon) -> NounInfo:
    """The noun a count counts: "60,000 residents", "40 Yemeni guards",
    "thousands of refugees", "1,200 were trained officers"."""
    toks = tokens_after(text, m.end, sent.end, 9)
    i = 0
    skipped = 0
    compound = _rx(r"-(?P<n>[a-z]+)(?=\s+[a-z])").match(text, m.end)
    if compound and m.kind == "count" and compound.group("n") not in _NOT_CONCEPTS:
        # "a four-cylinder engine", "a 12-member panel": the noun after the hyphen is counted
        hit = lex.counted_of.get(fold(compound.group("n")))
        return NounInfo(hit[0] if hit else None, hit[1] if hit else None, compound.group("n"), compound.end())
    if toks and toks[0][2].lower() == "between":
        # "some 900 between guards and soldiers": the last of the pair names them
        found = None
        for j in range(1, len(toks)):
            hit = _lookup_phrase(toks, j, lex.counted_of)
            if hit:
                found = (hit, j)
        if found:
            (subject, unit), _, end = found[0]
            return NounInfo(subject, unit, text[toks[found[1]][0]:end], end)
        return NounInfo()
    if toks and toks[0][2].lower() == "of" and len(toks) > 1:
        # "thousands of refugees", "2 million of the", "two of the soldiers", "three of Kyiv's mayors"
        i = 1
        while i < len(toks) and toks[i][2].lower() in _PARTITIVE_DETERMINERS:
            i += 1
        owner = 0
        if i < len(toks) and toks[i][2].endswith(("'s", "’s")):
            owner = 1
        elif i + 2 < len(toks) and toks[i + 1][2] in ("'", "’") and toks[i + 2][2] == "s":
            owner = 3  # "Ortega’s" comes as three tokens
        i += owner
        if not (m.vague or m.scale or i > 1):
            i = 0  # "two of them", "five of 12": no noun phrase to count
    copula = False
    while i < len(toks):
        tok = toks[i][2]
        hit = _lookup_phrase(toks, i, lex.counted_of)
        if hit and _noun_modifier(toks, i, hit, lex):
            i += 1  # "33 home runs", "40 car bombs", "12 bus drivers": the plural after it is the noun
            continue
        if hit:
            (subject, unit), _, end = hit
            return NounInfo(subject, unit, text[toks[i][0]:end], end)
        low = tok.lower()
        if not tok[0].isalnum():
            break
        if i == 0 and _SIZE_TOKEN.fullmatch(tok) and low.lstrip("0123456789.,") in lex.unit_form:
            i += 1  # "eight million 250ml bottles": the size of each is passed over
            continue
        if low in _COPULA and i == 0:
            copula = True
            i += 1
            continue
        if tok[0].isupper() and low.endswith("s") and not low.endswith("ss") and (len(low) > 3 or tok[:-1].isupper()) \
                and (i + 1 == len(toks) or not toks[i + 1][2][0].isupper() and (not _nounish(toks[i + 1][2]) or _PAST.search(toks[i + 1][2])
                                                                               or toks[i + 1][2].lower().endswith("ing"))):
            if tok[:-1] in lex.demonym_of:
                return NounInfo("people", "person", tok, toks[i][1])  # "60 million Americans": people
            return NounInfo(None, None, tok, toks[i][1])  # a plural name is the noun: "12 Britons", "five Democrats", "2 TDs"
        if tok[0].isupper() and i + 1 < len(toks) and not m.word_number and low not in _STOP and low not in _NOT_HOLDERS \
                and (m.scale or m.qualifier != "exact" or not float(m.low).is_integer() or m.low >= 1000) \
                and _verb_next(toks[i + 1][2], lex) and fold(tok) not in lex.unit_form:  # (not "the 787 Dreamliner made")
            # "1.3 million Rohingya live in camps", "500 Maasai gathered": a group's name before its verb
            return NounInfo(None, None, tok, toks[i][1])
        if i + 1 < len(toks) and (tok.isdigit() and toks[i + 1][2][0].isupper()
                                  or i > 0 and toks[i - 1][2][0].isupper() and (tok.isdigit() or low in ("and", "&"))
                                  and (toks[i + 1][2][0].isupper() or _nounish(toks[i + 1][2]))):
            i += 1  # "4,200 Model Y crossovers", "310 Ford and Vauxhall vans"
            continue
        # a name before the noun: "100 Syrian soldiers", "five NBA teams", "four FA Cup finals"
        # (a number word needs a lower-case noun after the name, or "one Monday" would skip on)
        name_first = tok[0].isupper() and len(toks) > i + 1 and (not m.word_number or _nounish(toks[i + 1][2]) or toks[i + 1][2][0].isupper())
        if fold(tok) in lex.modifiers or (tok[0].isupper() and i > 0 or name_first) \
                or ("-" in tok and not tok[0].isdigit()) or (copula and low.endswith("ly")) or (copula and skipped < 2 and low not in _STOP):
            skipped += 1
            i += 1
            if skipped > 5:
                break
            continue
        if not copula and _nounish(tok) and not _PAST.search(low) and m.high > 1 and not low.endswith("s") \
                and i + 1 < len(toks) and _nounish(toks[i + 1][2]) and _ADJECTIVAL.search(text, max(sent.start, m.start - 6), m.start):
            # "a 40 page report", "a 3 cylinder engine": a singular noun after the number
            # makes a compound adjective; it is what is counted
            return NounInfo(None, None, tok, toks[i][1])
        if not copula and _nounish(tok) and not _PAST.search(low) and low not in lex.verb_forms:  # "300 fled", "1,000 come"
            # the head of a short noun phrase: "517 rushing yards", "one large pocket",
            # also after modifiers and names: "eight more picks", "seven European countries"
            j = i
            # after "one", a word ending in -s is the verb: "one report says"
            while j + 1 < len(toks) and j - i < 2 and _nounish(toks[j + 1][2]) and not toks[j + 1][2].lower().endswith("ed") \
                    and not _plural(toks[j][2]) and not (m.high == 1 and _plural(toks[j + 1][2])):
                j += 1
            head = toks[j][2]
            hit = _lookup_phrase(toks, j, lex.counted_of, 1)
            if hit:
                (subject, unit), _, end = hit
                return NounInfo(subject, unit, head, end)
            return NounInfo(None, None, head, toks[j][1])
        break
    # "The death toll rose to 2,946": the thing counted stands before the figure
    c_lo, _ = sent.clause(m.start)
    words = words_before(text, c_lo, m.start)[-16:]
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in lex.speech_forms:
            break  # "police estimated the turnout at 50,000": who speaks is not what is counted
        if words[i][:1].isupper() and i:
            continue  # a name: "the United Nations put the figure at 3,000" counts no nations
        for phrase in (" ".join(words[i:i + 2]), words[i]):
            hit = lex.counted_of.get(fold(phrase))
            rest = words[i + 1:]
            if hit and (_rx(r"\b(?:rose|risen|climbed|reached|stands?|stood|was|is|now|at|to|hit|totals?|totalled|numbered)\b").search(" ".join(rest))
                        or rest[:1] == ["of"] and len(rest) <= 2):  # "a population of about 430,000"
                return NounInfo(hit[0], hit[1], None, None)
    return NounInfo()


def predicate_for(text: str, m: Mention, noun_end: Optional[int], sent: Sentence, kind: str, next_start: int,
                  lex: Lexicon) -> Optional[str]:
    """The predicate class governing a figure.

    Counts read to the right first ("civilians were trapped", "guards dead"), then the verb
    right before the figure ("kills 128"), then the rest of the clause; shares read the verb
    before them first ("lost 90 per cent"). Within a window the most specific class wins
    ("remained in the besieged enclave" is trapped, not left).
    """
    c_lo, c_hi = sent.clause(m.start)
    right_from = noun_end or m.end
    # a predicate used as a modifier: "70,000 trapped residents"
    inner = [p for p in sent.preds if m.end <= p[0] and p[1] <= right_from]
    if inner:
        return inner[0][2]
    immediate = None
    for _, e, cls in reversed(sent.preds):
        if e <= m.start and m.start - e <= 20:
            if _rx(r"\s*(?:(?:a|an|the|some|another|total|of|at|least|nearly|all|its|their)\s+)*").fullmatch(text[e:m.start]):
                immediate = cls
                break
        if e < m.start - 20:
            break
    right_to = min(c_hi, next_start, right_from + 70)
    right = [p for p in sent.preds if right_from <= p[0] and p[1] <= right_to
             and not (next_start < sent.end and _rx(r"(?:\band|\bor|,)\s+\Z").search(text[max(0, p[0] - 5):p[0]]))]
    left = [p for p in sent.preds if c_lo <= p[0] and p[1] <= m.start]

    def pick(group):
        if not group:
            return None
        return max(enumerate(group), key=lambda ip: (lex.predicate_priority(ip[1][2]), -ip[0]))[1][2]

    if kind == "percentage":
        return immediate or pick(left[::-1]) or pick(right)
    # "left at least 40 guards dead": the specific word after the noun beats the verb before
    near = right + ([(m.start, m.start, immediate)] if immediate else [])
    best = pick(near)
    if best is not None and lex.predicate_priority(best) <= 0:
        # "revised the number of people killed down to 30": a vague "down to"/"left" yields
        # to a specific verb earlier in the clause
        earlier = pick(left[::-1])
        if earlier is not None and lex.predicate_priority(earlier) > lex.predicate_priority(best):
            return earlier
    return best or pick(left[::-1])


def share_subject(text: str, m: Mention, sent: Sentence, lex: Lexicon, v: Vocab) -> tuple[Optional[str], Optional[int]]:
    """What a percentage is a share of, and where that phrase ends: "80 per cent of its
    territory", "a third of both countries", "half of Iraq" (a place: its territory),
    "one in three hospitals"; else the clause's own subject: "Turnout in Istanbul reached
    84 per cent"."""
    if m.rule == "<number> in <number>":
        hit = _lookup_phrase(tokens_after(text, m.end, sent.end, 3), 0, lex.counted_of)
        return (hit[0][0], hit[2]) if hit else (None, None)
    of_place = v.share_of_place.match(text, m.end, sent.end)
    if of_place:
        at = of_place.end()
        if any(p.start == at and not p.possessive for p in sent.places):
            return "territory", None  # "half of Iraq": its territory (not "a quarter of Iraq's population")
        word = _rx(r"[A-Z][a-z]+").match(text, at)
        if word and word.group().endswith("s") and word.group()[:-1] in lex.demonym_of:
            return "people", None  # "80% of Georgians": of the people
    sm = v.share.match(text, m.end, sent.end)
    if sm:
        phrase = sm.group("w")
        offset = sm.start("w")
        if "'s " in phrase:  # "the city's residents": the head comes after the possessive
            cut = phrase.index("'s ") + 3
            phrase, offset = phrase[cut:], offset + cut
        words = phrase.split()
        for i in range(len(words)):
            for L in range(len(words) - i, 0, -1):
                key = fold(" ".join(words[i:i + L]))
                hit = lex.share_of.get(key) or (lex.counted_of[key][0] if key in lex.counted_of else None)
                if hit:
                    end = offset + len(" ".join(words[:i + L]))
                    return hit, end
        return None, sm.end()
    nxt = _rx(r"\s+([A-Za-z][\w-]*)").match(text, m.end, sent.end)
    if nxt and fold(nxt.group(1)) in lex.share_of:
        return lex.share_of[fold(nxt.group(1))], nxt.end()  # "15% contained", "3% inflation", "5% growth"
    c_lo, _ = sent.clause(m.start)
    words = words_before(text, c_lo, m.start)
    best, in_pp = _class_before(words, lex.share_of)
    return best or in_pp, None


def _class_before(words: list[str], table: dict[str, str]) -> tuple[Optional[str], Optional[str]]:
    """(the last class ``table`` names among ``words`` outside a prepositional phrase, the
    first one inside one): "Consumer prices rose" is the pair, not "prices" again;
    "inflation in the city at 68.2%": a noun after a preposition is where, not what."""
    best = in_pp = None
    i = 0
    while i < len(words):
        pair = table.get(fold(" ".join(words[i:i + 2])))
        hit = pair or table.get(fold(words[i]))
        after_prep = i and (words[i - 1].lower() in _PREPOSITIONS or i > 1 and words[i - 1].lower() in _DETERMINERS
                                                                     and words[i - 2].lower() in _PREPOSITIONS)
        if hit and after_prep:
            in_pp = in_pp or hit
        elif hit:
            best = hit
        i += 2 if pair else 1
    return best, in_pp


def money_subject(text: str, m: Mention, sent: Sentence, lex: Lexicon, concept: Optional[str]) -> Optional[str]:
    """What an amount of money is: its concept ("$4.2 billion in damage", "a ransom of
    $5m"), else a money word heading its clause ("Insured losses are put at $50bn")."""
    if concept and fold(concept) in lex.money_subject_of:
        return lex.money_subject_of[fold(concept)]
    c_lo, _ = sent.clause(m.start)
    return _class_before(words_before(text, c_lo, m.start)[-12:], lex.money_subject_of)[0]


def duration_subject(text: str, m: Mention, sent: Sentence, lex: Lexicon, v: Vocab) -> Optional[str]:
    """What a duration measures: "three-year siege", "two months of fighting",
    "under siege for 5 years", "trapped for three years" (a siege)."""
    if (_OFFSET_AFTER.match(text, m.end) and not _LASTED.search(text, max(0, m.start - 20), m.start)
            or _WITHIN.search(text, max(0, m.start - 20), m.start)):
        return None  # "nine days before the inauguration", "within 60 days": a gap or a deadline (not "trapped for 17 days before")
    table = lex.duration_subject_of
    toks = tokens_after(text, m.end, sent.end, 4)
    if text[m.num_end:m.end].startswith("-") or text[m.start:m.end].count("-"):
        i = 0
        while i < len(toks) and (fold(toks[i][2]) in lex.modifiers or "-" in toks[i][2]) and i < 2:
            i += 1
        hit = _lookup_phrase(toks, i, table, 3)
        if hit:
            return hit[0]
    dm = v.dur_of.match(text, m.end, sent.end)
    if dm and fold(dm.group("w")) in table:
        return table[fold(dm.group("w"))]
    c_lo, c_hi = sent.clause(m.start)
    for i in range(len(toks)):
        if toks[i][0] >= c_hi or toks[i][2].lower() in _TEMPORAL:
            break  # "48 hours after the fighting stopped" does not measure the fighting
        hit = _lookup_phrase(toks, i, table, 3)
        if hit:
            return hit[0]
    # nearest duration word before it in its clause, else earlier in the sentence ("The siege
    # of Mariupol, which began in early March, lasted 86 days"; "March" the month is no march)
    firsts = lex.duration_first_words
    for lo, hi in ((c_lo, m.start), (sent.start, c_lo)):
        words = [fold(w) for w in words_before(text, lo, hi) if not (w[:1].isupper() and w.lower() in lex.month_of)]
        best = None
        for i, w in enumerate(words):
            if w in firsts:
                best = table.get(" ".join(words[i:i + 3])) or table.get(" ".join(words[i:i + 2])) or table.get(w) or best
        if best:
            return best
    for s, e, cls in reversed(sent.preds):
        if c_lo <= s and e <= c_hi:
            d = lex.predicate_duration_subject(cls)
            if d:
                return d
    return None


_OFFSET_AFTER = regex.compile(r"(?i)\s+(?:before|after|earlier|later|ago|from\s+now)(?![\w])")
_LASTED = regex.compile(r"(?i)(?<![\w])(?:for|lasted|lasting|spent|spend|spends)\s+(?:[\w-]+\s+)?\Z")
_WITHIN = regex.compile(r"(?i)(?<![\w])within\s+(?:the\s+next\s+)?\Z")
_TOWARDS = regex.compile(r"(?i)(?<![\w])(?:for|to|towards|toward|into)\s+\Z")


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
    """(scope, place): the place a figure is about, narrowed when the sentence narrows it."""
    if sent.worldwide:
        c_lo, c_hi = sent.clause(m.start)
        if any(c_lo <= w < c_hi for w in sent.worldwide):
            return None, None  # "employs 120,000 people worldwide": no one place
    place = None
    # places listed after "including" are examples, unless the figure itself is one of them
    inc = sent.including_from if sent.including_from is not None and sent.including_from > m.start else None
    usable = [p for p in sent.places if not (inc is not None and p.start > inc and p.start > m.end)]
    # "Tawila, about 40 miles west of El Fasher, has received 36,000": El Fasher is only where
    # the distance is measured from
    # ... and a place that speaks is a source: "Russia said 1,908 ...", "Ukraine's deputy prime minister said"
    before = [p for p in usable if p.end <= m.start
              and not (any(p.end < s < m.start for s, _, _ in sent.speech) and v.speaker_after.match(text, p.end, m.start))
              and not (m.kind != "distance" and _DISTANCE_REFERENCE.search(text, max(0, p.start - 40), p.start))]
    if before and before[-1].possessive and m.start - before[-1].end <= 3:
        place = before[-1].name
    c_lo, c_hi = sent.clause(m.start)
    if place is None and _rx(r"(?i)(?<![\w])the\s+country's\s*\Z").search(text[max(0, m.start - 20):m.start]) and home:
        info = lex.place_info(home)  # "the country's eight-year war": the article's country
        place = home if info and info.type == "country" else (info.country if info else None)
    if place is None and home and sent.nationwide and not any(p.start >= c_lo and p.end <= c_hi for p in usable):
        info = lex.place_info(home)  # "Nationwide, 1.1 million marched": the article's country
        place = home if info and info.type == "country" else (info.country if info else None)
    if place is None and _rx(r"(?:which|where|who)\b").match(text[c_lo:c_lo + 6]):
        # "Hodeida, which had been cut in two ... for nearly four years": the antecedent
        ante = [p for p in before if p.end <= c_lo and _rx(r"[\s,]*").fullmatch(text[p.end:c_lo])]
        if ante:
            place = ante[-1].name
    after = [p for p in usable if p.start >= m.end and not p.possessive and p.start - m.end <= 90]
    if place is None:  # "1,200 trapped in Mosul" (but "after a siege, the last stronghold in Darfur": an aside)
        place = next((p.name for p in after if p.start < c_hi and not _APPOSITIVE.search(text, m.end, p.start)), None)
    if place is None:
        place = next((p.name for p in reversed(before) if not p.possessive and p.start >= c_lo), None)
    if place is None:
        place = next((p.name for p in after if p.start < c_hi), None)
    if place is None and after:
        place = after[0].name
    if place is None and home and v.anaphor.match(text, m.end + 4, min(c_hi, m.end + 24)) and text.startswith(" of ", m.end):
        place = home  # "half of the city's residents": the article's city
    if place is None:
        # "Britain's inflation rate fell to 6.7%": a possessive place heading the clause
        place = next((p.name for p in reversed(before) if p.possessive and p.start >= c_lo), None)
    if place is None and allow_home:
        # the place an earlier clause of the sentence names: "the toll rose to 5,894 in
        # Turkey, and more than 34,000 people were injured"
        place = next((p.name for p in reversed(before) if not p.possessive and p.how != "joined"
                      and not _TOWARDS.search(text, max(0, p.start - 10), p.start)), None)  # not "buses left for Aden"
    if place is None and allow_home and not v.elsewhere.search(text, m.end, c_hi):
        place = home  # unless "those two towns" points elsewhere
    if place is None:
        place = next((p.name for p in reversed(before) if not p.possessive), None)
    # narrower scope: "inside the port compound", "the northern district of the city"
    scope = place
    narrow_to = min(c_hi, sent.including_from) if sent.including_from and sent.including_from > m.end else c_hi
    fm = v.facilities.search(text, m.end, narrow_to)
    dm = v.direction.search(text, m.end, narrow_to)
    if place is None and home and (fm or dm and (dm.group("area") or v.anaphor.fullmatch("the " + dm.group("what").lower()))):
        place = scope = home  # "the northern district of the city": the article's city
    if fm and not fm.group().lower().startswith(("inside", "within")) and any(fm.start() - 12 <= p.start <= fm.end() + 12 for p in sent.places):
        fm = None  # "at the port of Antwerp", "at Frankfurt airport": the place itself; "inside the base" narrows
    if fm and place:
        scope = f"{place} {lex.facility_of[fold(fm.group('f'))]}"
    if dm and place:
        scope = f"{fold(dm.group('d'))} {place}"
    return scope, place


def time_for(m_start: int, m_end: int, sent: Sentence, resolved: dict) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(as_of, since, words) from the date mentions of the sentence, nearest first."""
    as_of = since = words = None
    best = None
    for d in sent.dates:
        r = resolved.get(id(d))
        if r is None or not r.resolved or d.rule in ("time", "decade"):
            continue  # "in the 1990s" is no date a figure holds for
        if d.since:
            if since is None:
                since = r.iso
            continue
        if d.start >= m_end and any(m_end <= f < d.start for f in sent.figures):
            continue  # "60 percent, up from 40 percent a year ago": the date is the other figure's
        if d.start >= m_end and _SINCE.search(sent.text, m_end, d.start):
            continue  # "a record 74.4%, the highest since the fall of communism in 1989": a comparison's date
        if d.start in sent.started:
            continue  # "the siege, which began in early March, lasted 86 days": when it started, not when it held
        dist = d.start - m_end if d.start >= m_end else m_start - d.end
        if d.start < m_start and "," in sent.text[d.end:m_start]:
            dist += 50  # "so far this year, almost double the 34,000 who arrived in 2022": the later date
        if best is None or dist < best:
            best = dist
            as_of = r.iso
            words = sent.text[d.start:d.end]
    return as_of, since, words


def attribution_for(text: str, sent: Sentence, v: Vocab, last_source: list) -> Optional[str]:
    """Who the sentence credits for its figures, if anyone. ``last_source`` holds the
    document's last named source, for "he said"."""
    src = _attribution(text, sent, v, last_source)
    if src and (src.split(" ", 1)[0] in ("A", "An", "The")  # it reads inside a sentence
                or text.startswith(src, sent.start) and _common_source(src.lower(), v) and " " not in src):  # "Police said"
        src = src[0].lower() + src[1:]
    return src


def _attribution(text: str, sent: Sentence, v: Vocab, last_source: list) -> Optional[str]:
    am = v.according.search(text, sent.start, sent.end)
    citing = None
    if am:
        # "According to Fox News Ms Rosa allegedly had ...": the source ends before a verb or an adverb
        src = _SOURCE_END.split(am.group("src").strip(), 1)[0].strip() or am.group("src").strip()
        if not am.group().lower().startswith(("citing", "quoting")):
            last_source[0] = src
            return src
        # "The United Nations said 410 ..., citing its own field teams": the speaker first
        citing = None if src.split(" ", 1)[0].lower() in _POSSESSIVES else src
    found = _spoken_source(text, sent, v, last_source)
    if found is None and " by " in text[sent.start:sent.end]:
        agent = _PASSIVE_SOURCE.search(text, sent.start, sent.end)
        if agent:  # "the number injured was put at about 1,200 by the provincial governor"
            found = last_source[0] = agent.group("src")
    if found is None and citing is not None:
        last_source[0] = citing
    return found or citing


_PASSIVE_SOURCE = regex.compile(r"(?<![\w])(?:put|estimated|given|reported|counted|confirmed|announced|set|placed)\s+at\s+(?:[^,;.]|[,.]\d){1,40}?\s+by\s+"
                                r"(?P<src>(?:the|a|an)\s+[\w'-]+(?:\s+[\w'-]+){0,5}?|[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*){0,4})(?=\s*[,.;]|\s+(?:on|in|after|as)\b|\s*\Z)")


_FIGURE_NEXT = regex.compile(r"\s+(?:[$€£¥]|[A-Z]{2,3}\s?)?\d")
_SOURCE_END = regex.compile(r"\s+(?=(?:that|who|which|had|has|have|was|were|is|are|will|would|could|may|might|[a-z]+ly)\b|[$€£¥]?\d)")
_FIRST_PERSON = frozenset("i we you".split())
_POSSESSIVES = frozenset("its their his her our my your".split())


# where a contrasting clause with its own source starts: "..., while the UN put the figure at 3,000"
CONTRASTING = regex.compile(r"(?i)[,;]\s*(?:while|whereas|but)\s+")


def _spoken_source(text: str, sent: Sentence, v: Vocab, last_source: list) -> Optional[str]:
    """ "<source> said", "said <source>", "..., <source> said." """
    # (prepare() lists them; a clause read on its own keeps those at or after its start)
    verbs = [h for h in (sent.speech or v.speech.finditer(sent.words, sent.start, sent.end)) if sent.start <= h[0] < sent.end]
    # saying verbs first, each in text order; but not one of a contrasting clause ("Police put
    # the crowd at 48,000, while the union said 400,000": the union is that clause's source)
    contrast = CONTRASTING.search(text, sent.start, sent.end)
    verbs.sort(key=lambda h: h[2] not in v.saying or contrast is not None and h[0] > contrast.start())
    for sm_start, sm_end, verb in verbs:
        if verb in v.figure_verbs and _FIGURE_NEXT.match(text, sm_end):
            continue  # "Hextar Technologies added 15 sen": a gain, not a statement
        # "<source> said": the words before the verb, back to the clause start
        head = text[sent.start:sm_start]
        parts = [p.strip() for p in _rx(r"[,;:\"()]|\bthat\b").split(head)]
        piece = parts[-1]
        if not piece and len(parts) >= 3 and head.rstrip().endswith(","):
            first, second = parts[-3], parts[-2]
            if second.split()[:1] and second.split()[0].lower() in ("the", "a", "an", "its", "their", "who") and first[:1].isupper():
                piece = first   # "Janan Sayeeq, the ministry spokesman, said", "Abdullah Saeed, who runs a shop, said"
            elif second[:1].isupper() and len(second.split()) <= 4 and first.split()[:1] and first.split()[0].lower() in ("a", "an", "the"):
                piece = second  # "An independent group of economists, ENAG, said": the name in it
        piece = _rx(r"(?i)^(?:and|but|as|while|when|what|how|why)\s+").sub("", piece)
        piece = _rx(r"\s+(?:had|has|have|would|will|did|does|do|is|was|were|are)?\s*(?:to|not)?$").sub("", piece)
        if _rx(r"(?<![\w])(?:is|are|was|were|be|been|being)\s*\Z").search(text[sent.start:sm_start]):
            continue  # "is estimated to": passive, no source named
        words = piece.split()
        if all(w.lower() in _DETERMINERS for w in words) or " by " not in f" {piece} " and any(
                w.islower() and (w in v.verb_forms or w in _VERBS or _PAST.search(w)) for w in words):
            words = []  # "An estimated 5 million ...", "Greenwood scored twice as United confirmed": no source
        if 0 < len(words) <= 9 and not any(ch.isdigit() for ch in piece):
            if piece.lower() in v.pronouns:
                return last_source[0]  # "he said": the last source named, if any
            if piece[0].isupper() or piece.split()[0].lower() in ("a", "an", "the") or _common_source(piece, v) \
                    or len(words) >= 3 and words[-1][:1].isupper() and words[-2][:1].isupper():  # "health ministry spokesman Orhan Demirel"
                piece = _rx(r"\s+(?:has|have|had|was|were|is|also|later|then|previously)$").sub("", piece)
                if piece.lower().split("'")[0].split("’")[0] in v.pronouns | _FIRST_PERSON:
                    return last_source[0] if piece.lower() in v.pronouns else None  # "It also warned", "I'm told"
                last_source[0] = piece
                return piece
        # "..., said <source>."
        if not _rx(r"[,\"']\s*\Z").search(text[sent.start:sm_start]):
            continue
        tail = text[sm_end:sent.end].strip().rstrip(".")
        tail = _rx(r"[,;:\"()]|\bthat\b|\b(?:in|on|at|by|to|after|before|during)\s").split(tail)[0].strip()
        if 0 < len(tail.split()) <= 8 and tail[:1].isupper() or tail.split()[:1] and tail.split()[0] in ("spokesman", "spokeswoman"):
            last_source[0] = tail
            return tail
    return None


def _common_source(piece: str, v: Vocab) -> bool:
    """ "police", "organisers", "local officials": a source named by a common noun."""
    low = piece.lower()
    if low in v.source_nouns:
        return True
    words = low.split()
    return len(words) <= 3 and all(w.isalpha() for w in words) and not any(w in v.not_sources or w in _STOP for w in words) \
        and words[-1].endswith("s") and not words[-1].endswith(("ss", "us", "ous"))


_DETERMINERS = frozenset("the a an its their his her our this that these those each every some any".split())
# Words that follow or lead a figure without naming what it measures: conjunctions,
# prepositions and contractions ("because of", "excluding fuel"), and the adjectives and
# adverbs of a measure itself ("two metres wide", "a decade's worth", "five straight titles").
_NOT_CONCEPTS = frozenset("""because excluding including instead worth wide long high tall deep thick old away apart
ahead later earlier ago straight overnight underground didnt doesnt dont isnt wasnt wont cant whose whom unless whether
although though amid upon onto throughout versus thanks following due next year-old years-old
north south east west northeast northwest southeast southwest north-east north-west south-east south-west""".split())
_COLLECTIVE = frozenset("line queue convoy group number total fleet column row chain flock herd set batch stretch".split())


def concept_for(text: str, m: Mention, sent: Sentence, lex: Lexicon) -> Optional[str]:
    """The thing a figure measures, as written: "300-metre bridge" -> "bridge",
    "5,000 tonnes of flour" -> "flour", "$4.2 billion in damage" -> "damage",
    "three times as many patients" -> "patients", "The wave reached 15 metres" -> "wave".

    A free-text noun (not a lexicon class): it labels measures of any kind, while
    ``subject`` is the canonical class used to compare claims.
    """
    c_lo, c_hi = sent.clause(m.start)
    after = m.end
    restated = _RESTATED.match(text, m.end, sent.end)
    if restated:
        # "8 miles (13 km) of new tunnels", "a 1.8 billion-mile (2.8bn km) journey": read on
        # past the figure restated in brackets
        after = restated.end()
        c_hi = sent.clause(after)[1]
    toks = tokens_after(text, after, c_hi, 6)
    words = [t[2] for t in toks]

    def noun_from(i: int) -> Optional[str]:
        picked = []
        while i < len(words) and len(picked) < 3:
            w = words[i]
            if not w[:1].isalpha() or w.lower() in _STOP or w.lower() in _VERBS or w.lower() in _NOT_CONCEPTS or w.lower() in lex.verb_forms \
                    or w.lower() in lex.pronouns or w.lower().endswith("ed") and picked:
                break
            picked.append(w)
            i += 1
        while picked and picked[-1].lower() in _STOP:
            picked.pop()
        if not picked:
            return None
        head = picked[-1]
        if head.lower() in _COLLECTIVE and i + 1 < len(words) and words[i].lower() == "of":
            return noun_from(i + 1)
        return head.lower()

    compound = "-" in text[m.num_end:m.end] or (m.end > m.num_end and text[m.end - 1:m.end].isalpha() and text[m.num_end:m.num_end + 1] == "-")
    if compound and words:
        j = 0
        while j < len(words) - 1 and (fold(words[j]) in lex.modifiers or "-" in words[j]):
            j += 1
        got = noun_from(j)
        if got and got not in ("of",):
            return got
    # "$4.2 billion in damage", "5,000 tonnes of flour"; a share names its whole: "60% of the deal"
    # ("661 kt in dry air", "35 GWh in collaboration": after a measure, "in" says where or how)
    if len(words) >= 2 and (words[0].lower() == "of" and m.kind in ("measure", "money", "distance", "percentage")
                            or words[0].lower() == "in" and m.kind == "money" or words[0].lower() in ("of", "in") and m.vague):
        j = 1
        while j < len(words) and words[j].lower() in _DETERMINERS:
            j += 1
        got = noun_from(j) if j < len(words) and not words[j][:1].isupper() else None
        if got:
            return got
    if m.kind == "ratio" and len(words) >= 2 and words[0].lower() in ("as", "more", "the") and words[1].lower() in ("many", "much", "more", "number"):
        j = 2
        while j < len(words) and words[j].lower() in ("of", "the"):
            j += 1
        got = noun_from(j)
        if got:
            return got
    # used as an adjective: "the 1.5 km runway" (but not "2 degrees higher than")
    first = words[0].lower() if words else ""
    if words and words[0][:1].isalpha() and not words[0][:1].isupper() and not (len(words) > 1 and words[1].lower() == "than") \
            and first not in _STOP and first not in _VERBS and first not in _NOT_CONCEPTS and not first.endswith("ed") and not _adverb(first):
        got = noun_from(0)
        if got:
            return got
    w = amount_of(text, m, c_lo, lex)
    if w is None:
        # "carbon levels at 1,200 ppm", "with inflation at 3%": the noun the figure is put at
        at = _AT_FIGURE.search(text, max(c_lo, m.start - 30), m.start)
        if at and _noun_word(at.group("w").lower(), lex) and fold(at.group("w")) not in lex.unit_form \
                and not _rx(r"(?i)(?:\d|per)\W*\Z").search(text, max(c_lo, at.start() - 6), at.start()):
            w = at.group("w").lower()
    dimension = w if w in _DIMENSIONS else None  # "a speed of 15 mph": the speed, if nothing else is named
    if w and not dimension:
        return w
    # a label: "Total cost: $72,370", "base price: $59,995"
    label = _LABEL.search(text, max(sent.start, m.start - 40), m.start)
    if label and label.group("w").lower() not in _STOP and not label.group("w")[:1].isdigit():
        return label.group("w").lower()
    # what an amount is paid for: "$12,000 for a new roof", "$35,538 for an 8.5 kW system"
    if m.kind == "money":
        got = _rx(r"(?i)\s+for\s+").match(text, m.end)
        head = np_head(text, got.end(), c_hi, lex) if got else None
        if head and head.lower() not in lex.unit_form and not head[:1].isupper() and head.lower() not in _NOT_PURPOSES:
            return head.lower()
    # the verb nearest the figure is in the last words before it (a window cut short of the
    # clause's start drops its first token, which may be half a word)
    w_lo = max(c_lo, m.start - 100)
    tail = tokens_after(text, w_lo, m.start, 40)[1 if w_lo > c_lo else 0:][-12:]
    # the subject of the clause ends right before its verb: "bus fares will cost $12",
    # "The cut will save $5m" (a noun after a determiner, though it can be a verb); a
    # prepositional phrase is passed over: "Repairs to the sea wall at Dawlish cost £35m"
    # The verb nearest the figure is tried first, so a clause inside a clause is read for
    # its own subject: "warned that the strike would cost the port $3m"
    for k in range(len(tail) - 1, 0, -1):
        if tail[k][2].lower() in _VERBS:
            got = _subject_before(tail, k, lex)
            if got:
                return got
    # else the clause's opening noun phrase: "The wave reached 15 metres", "Temperatures fell to -40C"
    lead = tokens_after(text, c_lo, m.start, 8)
    i = 0
    while i < len(lead) and (lead[i][2].lower() in _DETERMINERS or not lead[i][2][:1].isalpha()):
        i += 1
    if i < len(lead) and lead[i][2].lower() not in _STOP:
        picked = [t[2] for t in lead[i:i + 3]]
        head = None
        for w in picked:
            if w.lower() in _STOP or w.lower() in _VERBS or w.lower() in lex.verb_forms or w.lower() in lex.pronouns or w.lower() in _NOT_HOLDERS \
                    or not w[:1].isalpha() or head and w.lower().endswith("ed") or _PAST.search(w.lower()):
                break  # "peaked at $76": a verb, not the clause's subject
            head = w
        if head and head.lower() in _COLLECTIVE:
            k = [t[2].lower() for t in lead].index(head.lower())
            if k + 2 < len(lead) and lead[k + 1][2].lower() == "of":
                rest = []
                for t in lead[k + 2:k + 5]:
                    w = t[2]
                    if not w[:1].isalpha() or w.lower() in _STOP or w.lower() in _VERBS or rest and w.lower().endswith("ed"):
                        break
                    rest.append(w)
                head = rest[-1] if rest else head
        return head.lower() if head else dimension
    return dimension


def amount_of(text: str, m: Mention, c_lo: int, lex: Lexicon) -> Optional[str]:
    """The noun a figure is the amount of: "a ransom of $5m", "a net worth of $1.8bn",
    "a dividend yield of 4.1 per cent", "sales of 4,120 cars" (for money also "with" and
    "for": "a ticket for $20"); a dimension is returned too ("a speed of 15 mph")."""
    of = _OF_FIGURE.search(text, max(c_lo, m.start - 40), m.start)
    if of is None or m.kind == "ratio" or of.group("p") != "of" and m.kind != "money":
        return None
    w = of.group("w").lower()
    if w in _DIMENSIONS or (w not in _NOT_CONCEPTS or w == "worth") and _noun_word(w, lex, verbs=False) \
            and (w not in _VERBS or _AFTER_DETERMINER.search(text, max(c_lo, of.start() - 30), of.start())):
        return w  # a verb's form after a determiner is a noun: "an overall cut of 800,000 barrels"
    return None


def _noun_word(w: str, lex: Lexicon, verbs: bool = True) -> bool:
    """Whether a lower-case word can head a noun phrase (with ``verbs``, no verb form either)."""
    return (not _PAST.search(w) and not w.endswith("ing") and w not in _STOP and w not in _DETERMINERS and w not in _COLLECTIVE
            and w not in lex.word_values and not _adverb(w) and w not in _NOT_HOLDERS
            and (not verbs or w not in _VERBS and w not in lex.verb_forms))


_AFTER_DETERMINER = regex.compile(r"(?i)(?<![\w'-])(?:" + "|".join(_DETERMINERS) + r")\s+(?:[a-z]+\s+)?\Z")


def _np_word(toks, j: int, lex: Lexicon) -> bool:
    w = toks[j][2]
    low = w.lower()
    return (w[:1].isalpha() and low not in _STOP and low not in _NOT_CONCEPTS and low not in _NOT_HOLDERS
            and not low.endswith("ing") and not _PAST.search(low) and not _adverb(low) and low not in lex.word_values
            and (low not in _VERBS and low not in lex.verb_forms or j >= 1 and toks[j - 1][2].lower() in _DETERMINERS
                 or w[:1].isupper() and low in lex.month_of))  # "homes in May": the month, not the modal


def _subject_before(toks, k: int, lex: Lexicon) -> Optional[str]:
    """The head of the noun phrase that ends right before token k, walking back over
    prepositional phrases to the phrase they modify ("Temperatures in Seville")."""
    head = None
    if k >= 3 and toks[k - 1][2].lower() in _OBJECT_PRONOUNS and toks[k - 2][2].lower() in _PREPOSITIONS:
        k -= 2  # "the voltage across it was": the phrase before the preposition
    while k >= 1 and _np_word(toks, k - 1, lex):
        head = toks[k - 1][2].lower()
        j = k - 1
        while j >= 1 and _np_word(toks, j - 1, lex):
            j -= 1
        while j >= 1 and toks[j - 1][2].lower() in _DETERMINERS:
            j -= 1
        if j >= 2 and toks[j - 1][2].lower() in _PREPOSITIONS:
            if toks[j - 1][2].lower() == "of" and toks[j - 2][2].lower() in _COLLECTIVE:
                break  # "A line of trucks stretched 8 km": the trucks
            if not _np_word(toks, j - 2, lex):
                return None  # "that collapsed in Sharjah": a relative clause, read otherwise
            k = j - 1
            continue
        break
    return head


_OBJECT_PRONOUNS = frozenset("it them him her us".split())
# Nouns of a dimension: "a height of 15 metres" measures the wave, not the height.
_DIMENSIONS = frozenset("height length width depth distance weight size area volume thickness diameter radius altitude elevation speed".split())
_PREPOSITIONS = frozenset("of in at on to near for from with by into across under over around inside outside along between among within "
                          "through throughout behind beyond during via".split())
# "a ransom of $5m", and for money "pensioners with more than $2m", "a ticket for $20"
# "for the first time", "for sale", "for example": not what an amount pays for
_NOT_PURPOSES = frozenset("time times sale example instance while now years months weeks days".split())
_LABEL = regex.compile(r"(?<![\w'-])(?P<w>[A-Za-z][\w-]*)\s*:\s*\(?\s*\Z")
_RESTATED = regex.compile(r"\s*\((?:about\s+|or\s+|roughly\s+|some\s+)?[^\w\s()]{0,3}\d[^()]{0,24}\)")
_AT_FIGURE = regex.compile(r"(?<![\w'-])(?P<w>[a-z][\w-]*)\s+at\s+\Z")
_OF_FIGURE = regex.compile(r"(?<![\w'-])(?P<w>[a-z][\w-]*)\s+(?P<p>of|with|for)\s+\Z")
_NOT_HOLDERS = frozenset("""however the a an in on at it its this that these those there they he she we i you but and or so
if when while after before since as for from with by of to meanwhile also yet still then now today yesterday tomorrow
according last next some many most all both each every such what which who whose where why how
although though whereas because unless whether thats theres whats heres my your our his her their""".split())
_HOLDER_SKIP = _DETERMINERS | _NOT_HOLDERS
FUNCTION_WORDS = _STOP | _NOT_HOLDERS  # capitalised only because they open a sentence  # words a holder never starts with
_CAPS = regex.compile(r"(?<![\w'-])(?![A-Z]{1,3}\$?\d+[.,]\d)[A-Z][\w'&.-]*(?:\s+(?:of|the|and|de|&)\s+[A-Z][\w'&.-]*|\s+[A-Z0-9][\w'&.-]*)*")


def holder_for(text: str, m: Mention, sent: Sentence, lex: Lexicon) -> Optional[str]:
    """Whose figure it is: the nearest name before it in its clause that is not the object
    of a preposition ("Acme employs 4,000 people in Ohio", "the Oslo Stock Exchange rose 12
    points"), else the name a relative clause is about ("Acme, which employs 4,000"), else
    the clause's opening noun phrase ("the index fell to 900", "wholesale prices rose 2%")."""
    c_lo, _ = sent.clause(m.start)
    if text[c_lo:c_lo + 1] == "(" and c_lo > sent.start:
        # "G Hunter Maldonado (15.3 ppg, 7.4 rpg)", "the Oslo index (1,402 up 12 points)":
        # figures in brackets right after a name are that name's
        for cm in _CAPS.finditer(text, max(sent.start, c_lo - 60), c_lo):
            if not text[cm.end():c_lo].strip():
                name = _name(cm, sent, lex)
                if name:
                    return name
    best = after_prep = None
    best_at = -1
    for cm in _CAPS.finditer(text, c_lo, m.start):
        name = _name(cm, sent, lex)
        if name:
            # "4,000 staff in Ohio": a name after a preposition is a place or an object; the
            # clause's subject is who holds the figure
            if _AFTER_PREP.search(text, max(c_lo, cm.start() - 20), cm.start()):
                after_prep = name
            else:
                best, best_at = name, cm.start()
    # "a squad that contained just 17 players": the noun a relative clause is about, if
    # nearer than any name
    rel = None
    seg = text[c_lo:m.start]
    for rm in _RELATIVE_NOUN.finditer(text, c_lo, m.end) if "that" in seg or "which" in seg or "who" in seg else ():
        w = rm.group("w").lower()
        if rm.start() > best_at and _noun_word(w, lex) and w not in lex.speech_forms:
            rel = rm.group("w")
    if rel:
        return rel
    if best:
        return best
    if c_lo > sent.start and _rx(r"(?i)(?:which|who)\b").match(text, c_lo, c_lo + 6):
        # "Acme, which employs 4,000 people": the name the relative clause is about
        ante = None
        for cm in _CAPS.finditer(text, sent.start, c_lo):
            if _rx(r"\s*(?:\([^()]{1,20}\))?[\s,]*").fullmatch(text, cm.end(), c_lo):
                ante = cm.group()
        if ante and not _opener(ante.split()[0], lex) or ante and " " in ante:
            return ante
        # "bank stocks, which were up 2.8%": a common noun
        low_ante = _rx(r"(?<![\w'-])([a-z][a-z-]+)[\s,]*\Z").search(text, max(sent.start, c_lo - 30), c_lo)
        if low_ante:
            if _noun_word(low_ante.group(1), lex):
                return low_ante.group(1)
    lead = tokens_after(text, c_lo, m.start, 6)
    i = 0
    while i < len(lead) and lead[i][2].lower() in _HOLDER_SKIP | lex.pronouns:
        if lead[i][2].lower() in lex.pronouns:
            # "Ortega praised his office, where he employs 60 engineers": a pronoun opening
            # the clause stands for the last name before the clause
            if lead[i][2].lower() in _THIRD_PERSON and c_lo > sent.start:
                names = [n for n, cm in ((_name(cm, sent, lex), cm) for cm in _CAPS.finditer(text, sent.start, c_lo))
                         if n and not _OBJECT_BEFORE.search(text, max(sent.start, cm.start() - 20), cm.start())]
                if names:
                    return names[-1]
            return after_prep  # "it circles the planet": the next word is its verb
        i += 1
    picked = []
    while i < len(lead) and len(picked) < 3 and _nounish(lead[i][2]) and lead[i][2].lower() not in lex.word_values \
            and lead[i][2].lower() not in lex.numbers.scales and lead[i][2].lower() not in lex.speech_forms \
            and not lead[i][2].lower().endswith("ing") and not _PAST.search(lead[i][2].lower()) and lead[i][2].lower() not in lex.verb_forms:
        picked.append(lead[i][2])
        i += 1
    return " ".join(picked) if picked else after_prep


_STARTED = regex.compile(r"(?i)(?<![\w])(?:began|begun|started|erupted|broke\s+out|was\s+launched|launched)\s+(?:[\w-]+\s+){0,2}?(?:in|on)\s+(?:early|late|mid)?[\s-]*\Z")
# ", the last army stronghold in", ", blaming weak demand in": a noun phrase or a present
# participle set off by a comma is about something else
_APPOSITIVE = regex.compile(r"(?i),\s+(?:the|a|an|its|their|his|her)\s|,\s+[a-z]+ing\s")  # ..., or ", blaming demand in China"
_SINCE = regex.compile(r"(?i)(?<![\w])since(?![\w])")
_THIRD_PERSON = frozenset("he she it they".split())
# "<noun> that|which <up to four words> <figure>": the figure belongs to the noun
_RELATIVE_NOUN = regex.compile(r"(?<![\w'-])(?P<w>[A-Za-z][a-z-]+)\s*,?\s+(?:that|which|who)\s+(?=(?:[\w'-]+\s+){0,4}[^\w\s]?\d)")
# prepositions that make the name after them an object or a place, not a clause's subject
_OBJECT_PREPS = "in|at|on|for|from|to|into|near|across|against|via|than|with|by|of"
# ... and possessives: not who a later "he" stands for ("uses his Twitter account")
_OBJECT_BEFORE = regex.compile(r"(?i)(?<![\w])(?:" + _OBJECT_PREPS + r"|his|her|its|their)\s+(?:the\s+)?\Z")


def _name(cm, sent: Sentence, lex: Lexicon) -> Optional[str]:
    """A run of capitalised words as a name: the function words, verbs, months and digits
    at its ends dropped ("Until 1990", "MANCHESTER, England It"), and a word capitalised
    only because it opens the sentence ("Following the launch")."""
    words = cm.group().split()
    while words and (words[0].lower() in _NOT_HOLDERS or words[0].lower() in lex.month_of or words[0].lower() in lex.weekday_of
                     or words[0].lower() in lex.verb_forms):
        words = words[1:]
    while words and (words[-1].lower() in _NOT_HOLDERS or words[-1].lower() in lex.verb_forms):
        words = words[:-1]
    if words and cm.start() == sent.start and cm.group().startswith(words[0]) and _opener(words[0], lex):
        words = words[1:]
    while words and words[-1][:1].isdigit():
        words = words[:-1]  # "Until 1990": a year, not part of a name
    while words and words[0][:1].isdigit():
        words = words[1:]   # "At 118.5p": a figure
    if len(words) == 1 and (fold(words[0]) in lex.unit_form or words[0] in lex.unit_form_cs):
        return None         # "minus 387 Fahrenheit": a unit
    if not words or cm.start() == sent.start and len(words) == 1 and cm.group() == words[0] and words[0].lower() in _STOP:
        return None
    return " ".join(words).rstrip(".,")
_AFTER_PREP = regex.compile(r"(?i)(?<![\w])(?:" + _OBJECT_PREPS + r")\s+(?:the\s+)?\Z")


def _opener(word: str, lex: Lexicon) -> bool:
    """A word capitalised only because it opens the sentence: a function word, a number
    word, an -ing or -ly word ("Following", "Hundreds", "Only")."""
    low = word.lower()
    return (low in _STOP or low in _NOT_CONCEPTS or low in _NOT_HOLDERS or low in lex.word_values or low in lex.numbers.vague
            or low in lex.verb_forms
            or low.endswith(("ing", "ly")) and len(low) > 5)

bound_all(globals())  # every pattern of this module runs over document text: bound each match in time
