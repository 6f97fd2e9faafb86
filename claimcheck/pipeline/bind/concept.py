"""What a figure measures, as written: "300-metre bridge" -> "bridge", "5,000 tonnes of
flour" -> "flour", "The wave reached 15 metres" -> "wave"."""

from __future__ import annotations

from typing import Optional

import regex

from ...lexicon import Lexicon, fold
from ...text.rx import _rx, bound_all
from ..mentions import Mention
from .sentence import Sentence
from .words import (BINDING, COLLECTIVE, DETERMINERS, NOT_CONCEPTS, NOT_HOLDERS, PAST, PREPOSITIONS, STOP, VERBS, adverb,
                    noun_word, np_head, tokens_after)


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
            if not w[:1].isalpha() or w.lower() in STOP or w.lower() in VERBS or w.lower() in NOT_CONCEPTS or w.lower() in lex.verb_forms \
                    or w.lower() in lex.pronouns or w.lower().endswith("ed") and picked:
                break
            picked.append(w)
            i += 1
        while picked and picked[-1].lower() in STOP:
            picked.pop()
        if not picked:
            return None
        head = picked[-1]
        if head.lower() in COLLECTIVE and i + 1 < len(words) and words[i].lower() == "of":
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
        while j < len(words) and words[j].lower() in DETERMINERS:
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
            and first not in STOP and first not in VERBS and first not in NOT_CONCEPTS and not first.endswith("ed") and not adverb(first):
        got = noun_from(0)
        if got:
            return got
    w = amount_of(text, m, c_lo, lex)
    if w is None:
        # "carbon levels at 1,200 ppm", "with inflation at 3%": the noun the figure is put at
        at = _AT_FIGURE.search(text, max(c_lo, m.start - 30), m.start)
        if at and noun_word(at.group("w").lower(), lex) and fold(at.group("w")) not in lex.unit_form \
                and not _rx(r"(?i)(?:\d|per)\W*\Z").search(text, max(c_lo, at.start() - 6), at.start()):
            w = at.group("w").lower()
    dimension = w if w in _DIMENSIONS else None  # "a speed of 15 mph": the speed, if nothing else is named
    if w and not dimension:
        return w
    # a label: "Total cost: $72,370", "base price: $59,995"
    label = _LABEL.search(text, max(sent.start, m.start - 40), m.start)
    if label and label.group("w").lower() not in STOP and not label.group("w")[:1].isdigit():
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
        if tail[k][2].lower() in VERBS:
            got = _subject_before(tail, k, lex)
            if got:
                return got
    # else the clause's opening noun phrase: "The wave reached 15 metres", "Temperatures fell to -40C"
    lead = tokens_after(text, c_lo, m.start, 8)
    i = 0
    while i < len(lead) and (lead[i][2].lower() in DETERMINERS or not lead[i][2][:1].isalpha()):
        i += 1
    if i < len(lead) and lead[i][2].lower() not in STOP:
        picked = [t[2] for t in lead[i:i + 3]]
        head = None
        for w in picked:
            if w.lower() in STOP or w.lower() in VERBS or w.lower() in lex.verb_forms or w.lower() in lex.pronouns or w.lower() in NOT_HOLDERS \
                    or not w[:1].isalpha() or head and w.lower().endswith("ed") or PAST.search(w.lower()):
                break  # "peaked at $76": a verb, not the clause's subject
            head = w
        if head and head.lower() in COLLECTIVE:
            k = [t[2].lower() for t in lead].index(head.lower())
            if k + 2 < len(lead) and lead[k + 1][2].lower() == "of":
                rest = []
                for t in lead[k + 2:k + 5]:
                    w = t[2]
                    if not w[:1].isalpha() or w.lower() in STOP or w.lower() in VERBS or rest and w.lower().endswith("ed"):
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
    if w in _DIMENSIONS or (w not in NOT_CONCEPTS or w == "worth") and noun_word(w, lex, verbs=False) \
            and (w not in VERBS or _AFTER_DETERMINER.search(text, max(c_lo, of.start() - 30), of.start())):
        return w  # a verb's form after a determiner is a noun: "an overall cut of 800,000 barrels"
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
        k -= 2  # "the voltage across it was": the phrase before the preposition
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
