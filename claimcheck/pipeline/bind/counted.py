"""What a count counts: the noun after it ("60,000 residents", "thousands of refugees"),
a name standing for a group ("12 Britons"), or the thing counted named before it ("The
death toll rose to 2,946")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex

from ...lexicon import Lexicon, fold
from ...text.rx import _rx, bound_all
from ..mentions import Mention
from .sentence import ADJECTIVAL, Sentence
from .words import (BINDING, NOT_CONCEPTS, NOT_HOLDERS, NOT_NOUNS, PAST, STOP, lookup_phrase, noun_word, nounish, plural,
                    tokens_after, verb_next, words_before)


@dataclass
class NounInfo:
    subject: Optional[str] = None
    unit: Optional[str] = None
    noun: Optional[str] = None
    end: Optional[int] = None      # where the noun phrase ends


_SIZE_TOKEN = regex.compile(r"\d[\d.,]*[A-Za-z]{1,3}")
_PARTITIVE_DETERMINERS = BINDING.partitive_determiners
_COPULA = BINDING.copulas


def counted_noun(text: str, m: Mention, sent: Sentence, lex: Lexicon) -> NounInfo:
    """The noun a count counts: "60,000 residents", "40 Yemeni guards",
    "thousands of refugees", "1,200 were trained officers"."""
    toks = tokens_after(text, m.end, sent.end, 9)
    i = 0
    skipped = 0
    compound = _rx(r"-(?P<n>[a-z]+)(?=\s+[a-z])").match(text, m.end)
    if compound and m.kind == "count" and compound.group("n") not in NOT_CONCEPTS:
        # "a four-cylinder engine", "a 12-member panel": the noun after the hyphen is counted
        hit = lex.counted_of.get(fold(compound.group("n")))
        return NounInfo(hit[0] if hit else None, hit[1] if hit else None, compound.group("n"), compound.end())
    if toks and toks[0][2].lower() == "between":
        # "some 900 between guards and soldiers": the last of the pair names them
        found = None
        for j in range(1, len(toks)):
            hit = lookup_phrase(toks, j, lex.counted_of)
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
        hit = lookup_phrase(toks, i, lex.counted_of)
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
                and (i + 1 == len(toks) or not toks[i + 1][2][0].isupper() and (not nounish(toks[i + 1][2]) or PAST.search(toks[i + 1][2])
                                                                               or toks[i + 1][2].lower().endswith("ing"))):
            if tok[:-1] in lex.demonym_of:
                return NounInfo("people", "person", tok, toks[i][1])  # "60 million Americans": people
            return NounInfo(None, None, tok, toks[i][1])  # a plural name is the noun: "12 Britons", "five Democrats", "2 TDs"
        if tok[0].isupper() and i + 1 < len(toks) and not m.word_number and low not in STOP and low not in NOT_HOLDERS \
                and (m.scale or m.qualifier != "exact" or not float(m.low).is_integer() or m.low >= 1000) \
                and verb_next(toks[i + 1][2], lex) and fold(tok) not in lex.unit_form:  # (not "the 787 Dreamliner made")
            # "1.3 million Rohingya live in camps", "500 Maasai gathered": a group's name before its verb
            return NounInfo(None, None, tok, toks[i][1])
        if i + 1 < len(toks) and (tok.isdigit() and toks[i + 1][2][0].isupper()
                                  or i > 0 and toks[i - 1][2][0].isupper() and (tok.isdigit() or low in ("and", "&"))
                                  and (toks[i + 1][2][0].isupper() or nounish(toks[i + 1][2]))):
            i += 1  # "4,200 Model Y crossovers", "310 Ford and Vauxhall vans"
            continue
        # a name before the noun: "100 Syrian soldiers", "five NBA teams", "four FA Cup finals"
        # (a number word needs a lower-case noun after the name, or "one Monday" would skip on)
        name_first = tok[0].isupper() and len(toks) > i + 1 and (not m.word_number or nounish(toks[i + 1][2]) or toks[i + 1][2][0].isupper())
        if fold(tok) in lex.modifiers or (tok[0].isupper() and i > 0 or name_first) \
                or ("-" in tok and not tok[0].isdigit()) or (copula and low.endswith("ly")) or (copula and skipped < 2 and low not in STOP):
            skipped += 1
            i += 1
            if skipped > 5:
                break
            continue
        if not copula and nounish(tok) and not PAST.search(low) and m.high > 1 and not low.endswith("s") \
                and i + 1 < len(toks) and nounish(toks[i + 1][2]) and ADJECTIVAL.search(text, max(sent.start, m.start - 6), m.start):
            # "a 40 page report", "a 3 cylinder engine": a singular noun after the number
            # makes a compound adjective; it is what is counted
            return NounInfo(None, None, tok, toks[i][1])
        if not copula and nounish(tok) and not PAST.search(low) and low not in lex.verb_forms:  # "300 fled", "1,000 come"
            # the head of a short noun phrase: "517 rushing yards", "one large pocket",
            # also after modifiers and names: "eight more picks", "seven European countries"
            j = i
            # after "one", a word ending in -s is the verb: "one report says"
            while j + 1 < len(toks) and j - i < 2 and nounish(toks[j + 1][2]) and not toks[j + 1][2].lower().endswith("ed") \
                    and not plural(toks[j][2]) and not (m.high == 1 and plural(toks[j + 1][2])):
                j += 1
            head = toks[j][2]
            hit = lookup_phrase(toks, j, lex.counted_of, 1)
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


def _noun_modifier(toks, i: int, hit, lex: Lexicon) -> bool:
    """Whether a counted word found at token i is a singular noun modifying the plural noun
    after it ("home runs", "car bombs"): a word the lexicon also lists in the plural, one
    token long, before a lower-case plural that is no verb."""
    if hit[1] != i + 1 or i + 1 >= len(toks):
        return False
    w, nxt = fold(toks[i][2]), toks[i + 1][2]
    return (w + "s" in lex.counted_of or w + "es" in lex.counted_of) and nxt.islower() and nxt.isalpha() \
        and len(nxt) > 3 and nxt.endswith("s") and not nxt.endswith("ss") and nxt not in lex.verb_forms


def compound_head(text: str, m: Mention, noun: str, noun_end: Optional[int], lex: Lexicon) -> Optional[str]:
    """The noun a count-and-noun compound describes: "a four-cylinder engine" -> "engine",
    "a 40 page report" -> "report", "a three course meal" -> "meal" (a singular counted noun
    right before another noun)."""
    if noun_end is None or m.high <= 1 or plural(noun):
        return None
    nxt = _COMPOUND_NEXT.match(text, noun_end)
    if nxt is None:
        return None
    w = nxt.group(1).lower()
    return w if noun_word(w, lex) and w not in NOT_NOUNS else None


_COMPOUND_NEXT = regex.compile(r"[ \t]+([a-z][a-z-]+)(?![\w'])")


bound_all(globals())  # every pattern of this module runs over document text: bound each match in time
