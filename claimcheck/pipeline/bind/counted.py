"""What a count counts: the noun after it ("60,000 residents", "thousands of refugees"),
a name standing for a group ("12 Britons"), or the thing counted named before it ("The
death toll rose to 2,946")."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex

from ...lexicon import Lexicon, fold
from ...models import Kind
from ...text.rx import _rx, bound_all
from ..mentions import Mention
from .sentence import ADJECTIVAL, Sentence
from .words import (BINDING, NOT_CONCEPTS, NOT_HOLDERS, NOT_NOUNS, PAST, STOP, lookup_phrase, noun_word, nounish, plural,
                    verb_next, words_before)


@dataclass(slots=True)
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
    toks = sent.tokens_after(m.end, sent.end, 9)
    if m.kind == Kind.COUNT:
        hyphened = _noun_after_hyphen(text, m, lex)
        if hyphened is not None:
            return hyphened
    if toks and toks[0][2].lower() == "between":
        return _last_of_pair(text, toks, lex)
    after = _noun_after(text, m, sent, toks, _partitive_start(toks, m), lex)
    return after if after is not None else _counted_before(text, m, sent, lex)


def _noun_after_hyphen(text: str, m: Mention, lex: Lexicon) -> Optional[NounInfo]:
    """ "a four-cylinder engine", "a 12-member panel": the noun after the hyphen is counted."""
    compound = _rx(r"-(?P<n>[a-z]+)(?=\s+[a-z])").match(text, m.end)
    if compound is None or compound.group("n") in NOT_CONCEPTS:
        return None
    hit = lex.counted_of.get(fold(compound.group("n")))
    return NounInfo(hit[0] if hit else None, hit[1] if hit else None, compound.group("n"), compound.end())


def _last_of_pair(text: str, toks, lex: Lexicon) -> NounInfo:
    """ "some 900 between guards and soldiers": the last of the pair names them."""
    found = None
    for j in range(1, len(toks)):
        hit = lookup_phrase(toks, j, lex.counted_of)
        if hit:
            found = (hit, j)
    if found:
        (subject, unit), _, end = found[0]
        return NounInfo(subject, unit, text[toks[found[1]][0]:end], end)
    return NounInfo()


def _partitive_start(toks, m: Mention) -> int:
    """The token where what a partitive counts starts: "thousands of refugees", "2 million of
    the", "two of the soldiers", "three of Kyiv's mayors"; 0 if the figure is no partitive."""
    if not (toks and toks[0][2].lower() == "of" and len(toks) > 1):
        return 0
    i = 1
    while i < len(toks) and toks[i][2].lower() in _PARTITIVE_DETERMINERS:
        i += 1
    if i < len(toks) and toks[i][2].endswith(("'s", "’s")):
        i += 1
    elif i + 2 < len(toks) and toks[i + 1][2] in ("'", "’") and toks[i + 2][2] == "s":
        i += 3  # "Ortega’s" comes as three tokens
    if not (m.vague or m.scale or i > 1):
        return 0  # "two of them", "five of 12": no noun phrase to count
    return i


def _noun_after(text: str, m: Mention, sent: Sentence, toks, i: int, lex: Lexicon) -> Optional[NounInfo]:
    """The noun the tokens after a figure count, from token ``i`` on, passing over the
    modifiers and names before it ("100 Syrian soldiers", "4,200 Model Y crossovers") and a
    copula ("1,200 were trained officers"); None where no noun follows."""
    copula = False
    skipped = 0
    while i < len(toks):
        tok = toks[i][2]
        hit = lookup_phrase(toks, i, lex.counted_of)
        if hit and _noun_modifier(toks, i, hit, lex):
            i += 1  # "33 home runs", "40 car bombs", "12 bus drivers": the plural after it is the noun
            continue
        if hit:
            (subject, unit), _, end = hit
            return NounInfo(subject, unit, text[toks[i][0]:end], end)
        if not tok[0].isalnum():
            return None
        if i == 0 and _is_size_of_each(tok, lex):
            i += 1  # "eight million 250ml bottles": the size of each is passed over
            continue
        if i == 0 and tok.lower() in _COPULA:
            copula = True
            i += 1
            continue
        named = _plural_name(toks, i, lex) or _group_before_verb(toks, i, m, lex)
        if named:
            return named
        if _is_model_or_brand(toks, i):
            i += 1  # "4,200 Model Y crossovers", "310 Ford and Vauxhall vans"
            continue
        if _is_modifier_or_name(toks, i, m, copula, skipped, lex):
            skipped += 1
            i += 1
            if skipped > 5:
                return None
            continue
        if copula:
            return None
        return _compound_adjective(text, m, sent, toks, i) or _short_phrase_head(toks, i, m, lex)
    return None


def _is_size_of_each(tok: str, lex: Lexicon) -> bool:
    """A size written as one token, "250ml": the size of each thing counted."""
    return bool(_SIZE_TOKEN.fullmatch(tok)) and tok.lower().lstrip("0123456789.,") in lex.unit_form


def _plural_name(toks, i: int, lex: Lexicon) -> Optional[NounInfo]:
    """A plural name is the noun: "12 Britons", "five Democrats", "2 TDs"; a people's name
    counts people: "60 million Americans"; an acronym's plural may have an apostrophe
    ("46 KO's", "300 DVD's": the plural of "KO", as "KOs")."""
    tok, last = toks[i][2], i
    if tok[-2:] in ("'s", "’s") and tok[:-2].isupper():
        tok = tok[:-2] + "s"
    low = tok.lower()
    if not (tok[0].isupper() and low.endswith("s") and not low.endswith("ss") and (len(low) > 3 or tok[:-1].isupper())):
        return None
    if last + 1 < len(toks) and not _relative_date_at(toks, last + 1, lex):  # "sold 300 DVDs last week": a date follows
        nxt = toks[last + 1][2]
        if nxt[0].isupper() or nounish(nxt) and not PAST.search(nxt) and not nxt.lower().endswith("ing"):
            return None  # a name or a noun follows: the plural is no noun of its own
    if tok[:-1] in lex.demonym_of:
        return NounInfo("people", "person", tok, toks[last][1])
    return NounInfo(None, None, tok, toks[last][1])


def _relative_date_at(toks, i: int, lex: Lexicon) -> bool:
    """Whether a relative date ("last week", "this month", "yesterday") starts at token ``i``."""
    return any(fold(" ".join(t[2] for t in toks[i:i + n])) in lex.relative_of for n in (1, 2, 3) if i + n <= len(toks))


def _group_before_verb(toks, i: int, m: Mention, lex: Lexicon) -> Optional[NounInfo]:
    """ "1.3 million Rohingya live in camps", "500 Maasai gathered": a group's name before its
    verb (a large or vague figure: not "the 787 Dreamliner made")."""
    tok = toks[i][2]
    low = tok.lower()
    if tok[0].isupper() and i + 1 < len(toks) and not m.word_number and low not in STOP and low not in NOT_HOLDERS \
            and (m.scale or m.qualifier != "exact" or not float(m.low).is_integer() or m.low >= 1000) \
            and verb_next(toks[i + 1][2], lex) and fold(tok) not in lex.unit_form:
        return NounInfo(None, None, tok, toks[i][1])
    return None


def _is_model_or_brand(toks, i: int) -> bool:
    """A number or "and" inside a name before the noun: "4,200 Model Y crossovers", "310 Ford
    and Vauxhall vans"."""
    if i + 1 >= len(toks):
        return False
    tok, nxt = toks[i][2], toks[i + 1][2]
    return tok.isdigit() and nxt[0].isupper() or i > 0 and toks[i - 1][2][0].isupper() \
        and (tok.isdigit() or tok.lower() in ("and", "&")) and (nxt[0].isupper() or nounish(nxt))


def _is_modifier_or_name(toks, i: int, m: Mention, copula: bool, skipped: int, lex: Lexicon) -> bool:
    """A word passed over on the way to the noun: a modifier ("eight more picks"), a name
    before the noun ("100 Syrian soldiers", "five NBA teams", "four FA Cup finals"), a
    hyphened word but a head (:func:`_hyphened_head`), or after a copula an adverb or one of the first two words ("were
    trained")."""
    tok = toks[i][2]
    low = tok.lower()
    # (a number word needs a lower-case noun after the name, or "one Monday" would skip on)
    name_first = tok[0].isupper() and len(toks) > i + 1 and (not m.word_number or nounish(toks[i + 1][2]) or toks[i + 1][2][0].isupper())
    return fold(tok) in lex.modifiers or (tok[0].isupper() and i > 0 or name_first) \
        or ("-" in tok and not tok[0].isdigit() and not _hyphened_head(toks, i)) \
        or (copula and low.endswith("ly")) or (copula and skipped < 2 and low not in STOP)


def _hyphened_head(toks, i: int) -> bool:
    """A hyphened plural that nothing nounish follows is the noun ("40,000 pre-orders in an
    hour", "12 e-mails."), not a modifier ("three well-armed men")."""
    return plural(toks[i][2]) and not (i + 1 < len(toks) and nounish(toks[i + 1][2]))


def _compound_adjective(text: str, m: Mention, sent: Sentence, toks, i: int) -> Optional[NounInfo]:
    """ "a 40 page report", "a 3 cylinder engine": a singular noun after the number makes a
    compound adjective; it is what is counted."""
    tok = toks[i][2]
    low = tok.lower()
    if nounish(tok) and not PAST.search(low) and m.high > 1 and not low.endswith("s") \
            and i + 1 < len(toks) and nounish(toks[i + 1][2]) and ADJECTIVAL.search(text, max(sent.start, m.start - 6), m.start):
        return NounInfo(None, None, tok, toks[i][1])
    return None


def _short_phrase_head(toks, i: int, m: Mention, lex: Lexicon) -> Optional[NounInfo]:
    """The head of a short noun phrase: "517 rushing yards", "one large pocket", also after
    modifiers and names: "eight more picks", "seven European countries"; None for a verb:
    "300 fled", "1,000 come"."""
    low = toks[i][2].lower()
    if not (nounish(toks[i][2]) or _hyphened_head(toks, i) and nounish(low.replace("-", ""))) or PAST.search(low) \
            or low in lex.verb_forms:
        return None
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


def _counted_before(text: str, m: Mention, sent: Sentence, lex: Lexicon) -> NounInfo:
    """ "The death toll rose to 2,946": the thing counted stands before the figure."""
    c_lo, _ = sent.clause(m.start)
    words = words_before(text, c_lo, m.start)[-16:]
    for i in range(len(words) - 1, -1, -1):
        if words[i].lower() in lex.speech_forms:
            break  # "police estimated the turnout at 50,000": who speaks is not what is counted
        if words[i][:1].isupper() and i:
            continue  # a name: "the United Nations put the figure at 3,000" counts no nations
        for k, phrase in ((2, " ".join(words[i:i + 2])), (1, words[i])):
            hit = lex.counted_of.get(fold(phrase))
            if hit and not _modifies_next(words[i + k:], lex) and _states_its_number(words[i + k:]):
                return NounInfo(hit[0], hit[1], None, None)
    return NounInfo()


def _modifies_next(rest: list[str], lex: Lexicon) -> bool:
    """A counted word that names the kind of an event after it ("the toll from the car
    bombing rose to 19", "after the ferry sinking": no cars or ferries were counted)."""
    return bool(rest) and fold(rest[0]) in lex.event_type_of


def _states_its_number(rest: list[str]) -> bool:
    """The words after a counted noun give its number: "the toll rose to", "stood at", "a
    population of about 430,000"."""
    return bool(_rx(r"\b(?:rose|risen|climbed|reached|stands?|stood|was|is|now|at|to|hit|totals?|totalled|numbered)\b").search(" ".join(rest))) \
        or rest[:1] == ["of"] and len(rest) <= 2


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
