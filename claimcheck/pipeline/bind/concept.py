"""What a figure measures, as written: "300-metre bridge" -> "bridge", "5,000 tonnes of
flour" -> "flour", "The wave reached 15 metres" -> "wave"."""

from __future__ import annotations

from typing import Optional

import regex

from ...lexicon import Lexicon, fold
from ...models import Kind
from ...text.rx import _rx, bound_all
from ..mentions import Mention
from .sentence import Sentence
from .words import (BINDING, COLLECTIVE, DETERMINERS, NOT_CONCEPTS, NOT_HOLDERS, PAST, PREPOSITIONS, STOP, VERBS, adverb,
                    noun_word, np_head)


def concept_for(text: str, m: Mention, sent: Sentence, lex: Lexicon) -> Optional[str]:
    """The thing a figure measures, as written: "300-metre bridge" -> "bridge",
    "5,000 tonnes of flour" -> "flour", "$4.2 billion in damage" -> "damage",
    "three times as many patients" -> "patients", "The wave reached 15 metres" -> "wave".

    A free-text noun (not a lexicon class): it labels measures of any kind, while
    ``subject`` is the canonical class used to compare claims. The words after the figure
    are read first, then the noun it is the amount of, a label, what money pays for, and
    last the subject of its clause.
    """
    c_lo, c_hi = sent.clause(m.start)
    after = m.end
    restated = _RESTATED.match(text, m.end, sent.end)
    if restated:
        # "8 miles (13 km) of new tunnels", "a 3.1 billion-mile (5bn km) flight": read on
        # past the figure restated in brackets
        after = restated.end()
        c_hi = sent.clause(after)[1]
    words = [t[2] for t in sent.tokens_after(after, c_hi, 6)]
    got = (_noun_of_compound(text, m, words, lex) or _noun_of_whole(m, words, lex) or _noun_of_ratio(m, words, lex)
           or _noun_it_modifies(words, lex))
    if got:
        return got
    w = amount_of(text, m, c_lo, lex) or _noun_put_at(text, m, c_lo, lex)
    dimension = w if w in _DIMENSIONS else None  # "a speed of 15 mph": the speed, if nothing else is named
    if w and not dimension:
        return w
    return (_label_before(text, m, sent) or _what_money_pays_for(text, m, c_hi, lex) or _subject_of_nearest_verb(m, c_lo, sent, lex)
            or _clause_opening_noun(m, c_lo, sent, lex) or dimension)


def _noun_from(words: list[str], i: int, lex: Lexicon) -> Optional[str]:
    """The head of the noun phrase of up to three words starting at ``words[i]``, read
    through a collective noun ("a convoy of trucks" -> "trucks")."""
    picked = []
    while i < len(words) and len(picked) < 3:
        w = words[i]
        if _ends_noun_phrase(w, bool(picked), lex):
            break
        picked.append(w)
        i += 1
    if not picked:
        return None
    head = picked[-1]
    if head.lower() in COLLECTIVE and i + 1 < len(words) and words[i].lower() == "of":
        return _noun_from(words, i + 1, lex)
    return head.lower()


def _ends_noun_phrase(w: str, inside: bool, lex: Lexicon) -> bool:
    """A word no noun phrase read after a figure goes on with: a figure or a sign, a
    function word, a verb, a pronoun, or (``inside`` a phrase) a participle."""
    low = w.lower()
    return not w[:1].isalpha() or low in STOP or low in VERBS or low in NOT_CONCEPTS or low in lex.verb_forms \
        or low in lex.pronouns or low.endswith("ed") and inside


def _noun_of_compound(text: str, m: Mention, words: list[str], lex: Lexicon) -> Optional[str]:
    """ "300-metre bridge", "a 40-ton truck": a figure joined to its unit by a hyphen is an
    adjective; the noun after it (past modifiers) is what it measures."""
    if not words or not _is_hyphened(text, m):
        return None
    j = 0
    while j < len(words) - 1 and (fold(words[j]) in lex.modifiers or "-" in words[j]):
        j += 1
    return _noun_from(words, j, lex)


def _is_hyphened(text: str, m: Mention) -> bool:
    return "-" in text[m.num_end:m.end] or (m.end > m.num_end and text[m.end - 1:m.end].isalpha() and text[m.num_end:m.num_end + 1] == "-")


def _noun_of_whole(m: Mention, words: list[str], lex: Lexicon) -> Optional[str]:
    """ "$4.2 billion in damage", "5,000 tonnes of flour"; a share names its whole: "60% of
    the deal" (not a name: "of Britain")."""
    if not _names_its_whole(m, words):
        return None
    j = 1
    while j < len(words) and words[j].lower() in DETERMINERS:
        j += 1
    return _noun_from(words, j, lex) if j < len(words) and not words[j][:1].isupper() else None


def _names_its_whole(m: Mention, words: list[str]) -> bool:
    """ "of" after a measure, an amount or a share, "in" after money, either after a vague
    figure ("661 kt in dry air", "35 GWh in collaboration": after a measure, "in" says where
    or how)."""
    if len(words) < 2:
        return False
    first = words[0].lower()
    return first == "of" and m.kind in (Kind.MEASURE, Kind.MONEY, Kind.DISTANCE, Kind.PERCENTAGE) \
        or first == "in" and m.kind == Kind.MONEY or first in ("of", "in") and m.vague


def _noun_of_ratio(m: Mention, words: list[str], lex: Lexicon) -> Optional[str]:
    """ "three times as many patients", "twice the number of cases": the noun compared."""
    if not (m.kind == Kind.RATIO and len(words) >= 2 and words[0].lower() in ("as", "more", "the")
            and words[1].lower() in ("many", "much", "more", "number")):
        return None
    j = 2
    while j < len(words) and words[j].lower() in ("of", "the"):
        j += 1
    return _noun_from(words, j, lex)


def _noun_it_modifies(words: list[str], lex: Lexicon) -> Optional[str]:
    """Used as an adjective: "the 1.5 km runway" -> "runway"."""
    if not words or _starts_a_comparison(words) or not _can_open_noun_phrase(words[0]):
        return None
    return _noun_from(words, 0, lex)


def _starts_a_comparison(words: list[str]) -> bool:
    """ "2 degrees higher than": the word after the figure is compared, not measured."""
    return len(words) > 1 and words[1].lower() == "than"


def _can_open_noun_phrase(word: str) -> bool:
    """A lower-case word that is no function word, verb, participle or adverb."""
    low = word.lower()
    return word[:1].isalpha() and not word[:1].isupper() and low not in STOP and low not in VERBS \
        and low not in NOT_CONCEPTS and not low.endswith("ed") and not adverb(low)


def _noun_put_at(text: str, m: Mention, c_lo: int, lex: Lexicon) -> Optional[str]:
    """ "carbon levels at 1,200 ppm", "with inflation at 3%": the noun the figure is put at."""
    at = _AT_FIGURE.search(text, max(c_lo, m.start - 30), m.start)
    if at is None or not noun_word(at.group("w").lower(), lex) or fold(at.group("w")) in lex.unit_form \
            or _is_after_a_figure(text, at.start(), c_lo):
        return None
    return at.group("w").lower()


def _is_after_a_figure(text: str, pos: int, c_lo: int) -> bool:
    """Right after a figure or "per": "5 mph at 30": the word before "at" is a unit."""
    return bool(_rx(r"(?i)(?:\d|per)\W*\Z").search(text, max(c_lo, pos - 6), pos))


def _label_before(text: str, m: Mention, sent: Sentence) -> Optional[str]:
    """A label: "Total cost: $72,370", "base price: $59,995"."""
    label = _LABEL.search(text, max(sent.start, m.start - 40), m.start)
    if label and label.group("w").lower() not in STOP and not label.group("w")[:1].isdigit():
        return label.group("w").lower()
    return None


def _what_money_pays_for(text: str, m: Mention, c_hi: int, lex: Lexicon) -> Optional[str]:
    """What an amount is paid for: "$12,000 for a new roof", "$21,400 for a 6 kW array"
    (not a unit, a name, or "for the first time")."""
    if m.kind != Kind.MONEY:
        return None
    got = _rx(r"(?i)\s+for\s+").match(text, m.end)
    head = np_head(text, got.end(), c_hi, lex) if got else None
    if head and head.lower() not in lex.unit_form and not head[:1].isupper() and head.lower() not in _NOT_PURPOSES:
        return head.lower()
    return None


def _subject_of_nearest_verb(m: Mention, c_lo: int, sent: Sentence, lex: Lexicon) -> Optional[str]:
    """The subject of the clause ends right before its verb: "bus fares will cost $12",
    "The cut will save $5m" (a noun after a determiner, though it can be a verb); a
    prepositional phrase is passed over: "Repairs to the sea wall at Dawlish cost £35m".
    The verb nearest the figure is tried first, so a clause inside a clause is read for its
    own subject: "warned that the strike would cost the port $3m"."""
    # the verb nearest the figure is in the last words before it (a window cut short of the
    # clause's start drops its first token, which may be half a word)
    w_lo = max(c_lo, m.start - 100)
    tail = sent.tokens_after(w_lo, m.start, 40)[1 if w_lo > c_lo else 0:][-12:]
    for k in range(len(tail) - 1, 0, -1):
        if tail[k][2].lower() in VERBS:
            got = _subject_before(tail, k, lex)
            if got:
                return got
    return None


def _clause_opening_noun(m: Mention, c_lo: int, sent: Sentence, lex: Lexicon) -> Optional[str]:
    """The clause's opening noun phrase: "The wave reached 15 metres", "Temperatures fell to
    -40C"; through a collective noun: "A convoy of trucks stretched 8 km" -> "trucks"."""
    lead = sent.tokens_after(c_lo, m.start, 8)
    i = 0
    while i < len(lead) and (lead[i][2].lower() in DETERMINERS or not lead[i][2][:1].isalpha()):
        i += 1
    if i >= len(lead) or lead[i][2].lower() in STOP:
        return None
    head = None
    for t in lead[i:i + 3]:
        w = t[2]
        if _ends_opening_phrase(w, head is not None, lex):
            break  # "peaked at $76": a verb, not the clause's subject
        head = w
    if head and head.lower() in COLLECTIVE:
        head = _collected(lead, head) or head
    return head.lower() if head else None


def _ends_opening_phrase(w: str, inside: bool, lex: Lexicon) -> bool:
    """A word the clause's opening noun phrase stops before: a function word, a verb, a
    pronoun, a figure or a sign, a past form."""
    low = w.lower()
    return low in STOP or low in VERBS or low in lex.verb_forms or low in lex.pronouns or low in NOT_HOLDERS \
        or not w[:1].isalpha() or inside and low.endswith("ed") or bool(PAST.search(low))


def _collected(lead, head: str) -> Optional[str]:
    """What a collective noun opening a clause groups: "A line of trucks" -> "trucks"."""
    k = [t[2].lower() for t in lead].index(head.lower())
    if k + 2 >= len(lead) or lead[k + 1][2].lower() != "of":
        return None
    rest = []
    for t in lead[k + 2:k + 5]:
        w = t[2]
        if not w[:1].isalpha() or w.lower() in STOP or w.lower() in VERBS or rest and w.lower().endswith("ed"):
            break
        rest.append(w)
    return rest[-1] if rest else None


def amount_of(text: str, m: Mention, c_lo: int, lex: Lexicon) -> Optional[str]:
    """The noun a figure is the amount of: "a ransom of $5m", "a net worth of $1.8bn",
    "a dividend yield of 3.2 per cent", "sales of 4,120 cars" (for money also "with" and
    "for": "a ticket for $20"); a dimension is returned too ("a speed of 15 mph")."""
    of = _OF_FIGURE.search(text, max(c_lo, m.start - 40), m.start)
    if of is None or m.kind == Kind.RATIO or of.group("p") != "of" and m.kind != Kind.MONEY:
        return None
    w = of.group("w").lower()
    if w in _DIMENSIONS or (w not in NOT_CONCEPTS or w == "worth") and noun_word(w, lex, verbs=False) \
            and (w not in VERBS or _AFTER_DETERMINER.search(text, max(c_lo, of.start() - 30), of.start())):
        return w  # a verb's form after a determiner is a noun: "a total cut of 600,000 tonnes"
    return None


_AFTER_DETERMINER = regex.compile(r"(?i)(?<![\w'-])(?:" + "|".join(DETERMINERS) + r")\s+(?:[a-z]+\s+)?\Z")


def _np_word(toks, j: int, lex: Lexicon) -> bool:
    w = toks[j][2]
    low = w.lower()
    return (w[:1].isalpha() and low not in STOP and low not in NOT_CONCEPTS and low not in NOT_HOLDERS
            and not low.endswith("ing") and not PAST.search(low) and not adverb(low) and low not in lex.word_values
            and (low not in VERBS and low not in lex.verb_forms or j >= 1 and toks[j - 1][2].lower() in DETERMINERS
                 or w[:1].isupper() and low in lex.month_of))  # "homes in May": the month, not the modal


def _subject_before(toks, k: int, lex: Lexicon) -> Optional[str]:
    """The head of the noun phrase that ends right before token k, walking back over
    prepositional phrases to the phrase they modify ("Temperatures in Seville")."""
    head = None
    if k >= 3 and toks[k - 1][2].lower() in _OBJECT_PRONOUNS and toks[k - 2][2].lower() in PREPOSITIONS:
        k -= 2  # "the voltage over it stood at": the phrase before the preposition
    while k >= 1 and _np_word(toks, k - 1, lex):
        head = toks[k - 1][2].lower()
        j = k - 1
        while j >= 1 and _np_word(toks, j - 1, lex):
            j -= 1
        while j >= 1 and toks[j - 1][2].lower() in DETERMINERS:
            j -= 1
        if j >= 2 and toks[j - 1][2].lower() in PREPOSITIONS:
            if toks[j - 1][2].lower() == "of" and toks[j - 2][2].lower() in COLLECTIVE:
                break  # "A line of trucks stretched 8 km": the trucks
            if not _np_word(toks, j - 2, lex):
                return None  # "that collapsed in Sharjah": a relative clause, read otherwise
            k = j - 1
            continue
        break
    return head


_OBJECT_PRONOUNS = BINDING.object_pronouns
_DIMENSIONS = BINDING.dimensions
_NOT_PURPOSES = BINDING.not_purposes
_LABEL = regex.compile(r"(?<![\w'-])(?P<w>[A-Za-z][\w-]*)\s*:\s*\(?\s*\Z")
_RESTATED = regex.compile(r"\s*\((?:about\s+|or\s+|roughly\s+|some\s+)?[^\w\s()]{0,3}\d[^()]{0,24}\)")
_AT_FIGURE = regex.compile(r"(?<![\w'-])(?P<w>[a-z][\w-]*)\s+at\s+\Z")
# "a ransom of $5m", and for money "pensioners with more than $2m", "a ticket for $20"
_OF_FIGURE = regex.compile(r"(?<![\w'-])(?P<w>[a-z][\w-]*)\s+(?P<p>of|with|for)\s+\Z")


bound_all(globals())  # every pattern of this module runs over document text: bound each match in time
