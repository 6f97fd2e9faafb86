"""The words every binder reads a sentence with: which words can head a noun phrase,
which are function words, verbs or adverbs, and the token helpers that walk a clause."""

from __future__ import annotations

from typing import Optional

import regex

from ...lexicon import Lexicon, fold
from ...text.rx import _rx, bound_all


TOKEN = regex.compile(r"[\w][\w'.-]*[\w]|[\w]|[^\w\s]")
STOP = frozenset("""a an the of in on at to for by with from and or but as is are was were be been being has have had
that which who whom this these those it its their his her our we they he she there here than then also only just
about over under more most less least per each every some any all both such not no nor so if while when where
during after before since until into onto out up down off across along through near between around against
toward towards within without via per than like despite among beyond behind below above inside outside""".split())
# Verbs that often follow a clause's subject ("Temperatures fell to -40C"): where a noun
# phrase read left to right must stop.
VERBS = frozenset("""fell rose hit cut reached stood lay lies ran came went grew dropped stretched covered weighs weighed
cost costs left put set got held took made saw said says was were is are has had have be been will would could can may
might must shall should do does did climbed soared jumped plunged slumped surged drew won lost beat led ended
paid spent sold bought""".split())
# Words that follow a figure without being what it counts ("the 5,000 present").
NOT_NOUNS = frozenset("""present total overall altogether alone each apiece respectively later earlier ago before after
away back more less other others left remaining previously already still now however because instead
recently also even just only about almost nearly roughly around apiece overnight today yesterday tonight abroad
nationwide worldwide""".split())
PAST = regex.compile(r"[^e]ed\Z")  # a past tense or participle ("fled", "died"), not "speed"
DETERMINERS = frozenset("the a an its their his her our this that these those each every some any".split())
# Words that follow or lead a figure without naming what it measures: conjunctions,
# prepositions and contractions ("because of", "excluding fuel"), and the adjectives and
# adverbs of a measure itself ("two metres wide", "a decade's worth", "five straight titles").
NOT_CONCEPTS = frozenset("""because excluding including instead worth wide long high tall deep thick old away apart
ahead later earlier ago straight overnight underground didnt doesnt dont isnt wasnt wont cant whose whom unless whether
although though amid upon onto throughout versus thanks following due next year-old years-old
north south east west northeast northwest southeast southwest north-east north-west south-east south-west""".split())
NOT_HOLDERS = frozenset("""however the a an in on at it its this that these those there they he she we i you but and or so
if when while after before since as for from with by of to meanwhile also yet still then now today yesterday tomorrow
according last next some many most all both each every such what which who whose where why how
although though whereas because unless whether thats theres whats heres my your our his her their""".split())
PREPOSITIONS = frozenset("of in at on to near for from with by into across under over around inside outside along between among within "
                          "through throughout behind beyond during via".split())
COLLECTIVE = frozenset("line queue convoy group number total fleet column row chain flock herd set batch stretch".split())
FUNCTION_WORDS = STOP | NOT_HOLDERS  # capitalised only because they open a sentence  # words a holder never starts with
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
    for m in TOKEN.finditer(text, pos, limit_end):
        out.append((m.start(), m.end(), m.group()))
        if len(out) >= n:
            break
    return out


def lookup_phrase(toks, i, table: dict, max_len: int = 3):
    """Longest phrase of tokens starting at i found in table: (value, next index)."""
    for L in range(min(max_len, len(toks) - i), 0, -1):
        phrase = fold(" ".join(t[2] for t in toks[i:i + L]))
        if phrase in table:
            return table[phrase], i + L, toks[i + L - 1][1]
    return None


def nounish(tok: str) -> bool:
    """Could be (part of) a noun phrase: a lower-case word that is not a function word,
    a common verb or an adverb."""
    low = tok.lower()
    return (tok.isalpha() and not tok[0].isupper() and low not in STOP and low not in NOT_NOUNS
            and low not in VERBS and not adverb(low))


def noun_word(w: str, lex: Lexicon, verbs: bool = True) -> bool:
    """Whether a lower-case word can head a noun phrase (with ``verbs``, no verb form either)."""
    return (not PAST.search(w) and not w.endswith("ing") and w not in STOP and w not in DETERMINERS and w not in COLLECTIVE
            and w not in lex.word_values and not adverb(w) and w not in NOT_HOLDERS
            and (not verbs or w not in VERBS and w not in lex.verb_forms))


def verb_next(word: str, lex: Lexicon) -> bool:
    low = word.lower()
    return low in lex.verb_forms or low in VERBS or bool(PAST.search(low)) and low not in STOP


def plural(word: str) -> bool:
    """Looks like a plural noun: "picks", not "boss", "bonus", "previous", "analysis"."""
    low = word.lower()
    return low.endswith("s") and not low.endswith(("ss", "us", "is"))


def np_head(text: str, pos: int, end: int, lex: Lexicon) -> Optional[str]:
    """The head of the noun phrase that starts at ``pos``: its last word before a function
    word, a verb or a participle. "the best wireless speakers around" -> "speakers";
    "an 8.5 kW system" -> "system" (a figure and its unit inside the phrase are passed over)."""
    head = None
    toks = tokens_after(text, pos, end, 8)
    for k, (_, _, tok) in enumerate(toks):
        low = tok.lower()
        if head is None and (low in DETERMINERS or low in ("most", "more", "least", "very", "few")
                             or tok[:1].isdigit() or k and toks[k - 1][2][:1].isdigit() and (fold(tok) in lex.unit_form or tok in lex.unit_form_cs)):
            continue  # "one of the most gifted attackers", "for an 8.5 kW system"
        if not tok[:1].isalpha() or low in STOP or low in VERBS or low in lex.verb_forms \
                or head and (PAST.search(low) or low in NOT_CONCEPTS or low in NOT_HOLDERS):
            break
        head = tok
    if head and (head.lower().endswith("est") and len(head) > 4 or head.lower() in ("best", "worst")):
        return None  # "one of the best": a superlative, no noun
    return head


def nounish_next(text: str, pos: int) -> bool:
    """The next word is a lower-case noun-like word: "50 Cent concert"."""
    toks = tokens_after(text, pos, min(len(text), pos + 30), 1)
    return bool(toks) and nounish(toks[0][2])


# nouns that end like an adverb
_LY_NOUNS = frozenset("family supply assembly rally ally belly monopoly anomaly reply fly bully jelly lily italy july "
                      "melancholy homily dolly folly tally holly gully".split())


def adverb(low: str) -> bool:
    """An -ly word that is no noun: "nearly", "mostly" (not "family", "single-family")."""
    return low.endswith("ly") and low.rsplit("-", 1)[-1] not in _LY_NOUNS


bound_all(globals())  # every pattern of this module runs over document text: bound each match in time
