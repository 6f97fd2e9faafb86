"""The words every binder reads a sentence with: which words can head a noun phrase,
which are function words, verbs or adverbs, and the token helpers that walk a clause."""

from __future__ import annotations

from itertools import islice
from typing import Optional

import regex

from ...lexicon import Lexicon, binding_words, fold
from ...text.forms import plural_word, singular
from ...text.rx import _rx, bound_all


BINDING = binding_words()  # the word lists, from lexicon/en/binding.yaml
STOP = BINDING.stop_words
VERBS = BINDING.verbs
NOT_NOUNS = BINDING.not_nouns
DETERMINERS = BINDING.determiners
SUPERLATIVES = BINDING.superlatives
NOT_CONCEPTS = BINDING.not_concepts
NOT_HOLDERS = BINDING.not_holders
PREPOSITIONS = BINDING.prepositions
COLLECTIVE = BINDING.collective_nouns
_LY_NOUNS = BINDING.ly_nouns
# words a name never starts with: capitalised only because they open a sentence
FUNCTION_WORDS = STOP | NOT_HOLDERS

# a word (inner apostrophes, points and hyphens kept: "don't", "U.S", "two-thirds") or one
# sign; the word's tail optional, not a second alternative tried after the first fails
TOKEN = regex.compile(r"\w(?:[\w'.-]*\w)?|[^\w\s]")
# "for robbing a bank", "for his killing": what a sentence or an arrest is for
FOR_DOING = regex.compile(r"(?i)(?<![\w])for\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+|their\s+)?[a-z]+ing(?![\w])")
# right before a date that modifies a noun: "in the 1981 killings", "for the 2005 robbery"
IN_THE = regex.compile(r"(?i)(?<![\w])(?:in|for|over)\s+the\s+\Z")
PAST = regex.compile(r"[^e]ed\Z")  # a past tense or participle ("fled", "died"), not "speed"

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
    """The first ``n`` tokens of ``text[pos:limit_end]``: (start, end, token)."""
    # islice stops the scan after n tokens without a test of the list's length per token
    return [(m.start(), m.end(), m.group()) for m in islice(TOKEN.finditer(text, pos, limit_end), n)]


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


_ONE_OF = BINDING.irregular_plurals                      # "wives" -> "wife"
_MANY_OF = {one: many for many, one in _ONE_OF.items()}  # "wife" -> "wives"


def noun_singular(word: str) -> str:
    """A plural noun made singular, irregular ones too: "cables" -> "cable", "wives" -> "wife",
    "people" -> "person"."""
    low = word.lower()
    return _ONE_OF.get(low) or singular(low)


def noun_plural(word: str) -> str:
    """A singular noun made plural, irregular ones too: "cable" -> "cables", "wife" -> "wives"."""
    low = word.lower()
    return _MANY_OF.get(low) or plural_word(low)


def np_head(text: str, pos: int, end: int, lex: Lexicon) -> Optional[str]:
    """The head of the noun phrase that starts at ``pos``: its last word before a function
    word, a verb or a participle. "the loudest portable speakers yet" -> "speakers";
    "a 6.2 kW system" -> "system" (a figure and its unit inside the phrase are passed over)."""
    head = None
    toks = tokens_after(text, pos, end, 8)
    for k, (_, _, tok) in enumerate(toks):
        low = tok.lower()
        if head is None and (low in DETERMINERS or low in ("most", "more", "least", "very", "few")
                             or tok[:1].isdigit() or k and toks[k - 1][2][:1].isdigit() and (fold(tok) in lex.unit_form or tok in lex.unit_form_cs)):
            continue  # "one of the most skilled drivers", "for a 6.2 kW system"
        if not tok[:1].isalpha() or low in STOP or low in VERBS or low in lex.verb_forms \
                or head and (PAST.search(low) or low in NOT_CONCEPTS or low in NOT_HOLDERS):
            break
        head = tok
    if head and _is_superlative(head):
        return None
    return head


def _is_superlative(word: str) -> bool:
    """ "one of the best", "the largest": a superlative, no noun."""
    low = word.lower()
    return low.endswith("est") and len(word) > 4 or low in ("best", "worst")


def nounish_next(text: str, pos: int) -> bool:
    """The next word is a lower-case noun-like word: "50 Cent concert"."""
    toks = tokens_after(text, pos, min(len(text), pos + 30), 1)
    return bool(toks) and nounish(toks[0][2])


def adverb(low: str) -> bool:
    """An -ly word that is no noun: "nearly", "mostly" (not "family", "single-family")."""
    return low.endswith("ly") and low.rsplit("-", 1)[-1] not in _LY_NOUNS


bound_all(globals())  # every pattern of this module runs over document text: bound each match in time
