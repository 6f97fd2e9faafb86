"""``lexicon.alternation`` writes its phrases as a trie (claimcheck/lexicon/trie.py): the
trie must match what the plain alternation of the phrases matches, in the same order.

The plain alternation, the specification, is the one before the trie: each phrase escaped,
spaces as ``\\s+``, hyphens as ``[-\\s]?``, word boundaries around it, the phrases longest
first (``plain_alternation``). Both are run on random strings built from the phrases themselves
(with spaces, hyphens, letters and case changes between and inside them), at every
position, and followed by continuations that make ``regex`` backtrack into the
alternation, which tries its branches' matches one after another: a different order of
tries would show as a different match."""

from __future__ import annotations

import itertools
import re

import pytest
import regex
from hypothesis import given, settings, strategies as st

from claimcheck.lexicon import alternation, default_lexicon
from claimcheck.lexicon.trie import first_char_alternation, plain_alternation as _plain

# what may follow the alternation: nothing, then patterns that accept only some of its
# matches, so that regex backtracks into it and tries the next one
AFTER = ["", r"\Z", r"\s*x", r"(?=\s)", r"(?![\w-])", r"\w", r"(?=[A-Z])"]
# phrases that stress the trie: prefixes of each other, spaces and hyphens in every place,
# letters that differ only in case, characters outside ASCII
SHAPES = ["a", "ab", "abc", "a b", "a-b", "a  b", "a -b", "a- b", "a--b", "ab-", "-ab", "a.", "a.b", "A", "AB", "Ab",
          "a-bc", "a-bcd", "a -", "a ", "ab -", "a - b", "a b-", " a",
          "ab c", "ab cd", "ab-cd", "abcd", "x-ray", "x ray", "k", "\u212a", "\u00e9t\u00e9", "\u00c9t\u00e9", "%", "p.c.",
          "per cent", "per-cent", "percent", "1", "10", "1-2", "\u00b0C", "$", "US$", "U.S."]
FILLER = [" ", "  ", "-", "\t", "x", "A", ".", ",", "\u00a0", "9"]


def _vocabularies() -> list[str]:
    """Phrases of the real lexicon the grammar builds its alternations from."""
    lex = default_lexicon()
    units = sorted({f for u in lex.units.units for f in u.forms})
    return units + sorted(lex.numbers.ones) + sorted(lex.numbers.scales) + sorted(lex.qualifier_of) + SHAPES


VOCABULARY = _vocabularies()


def _same_matches(words: list[str], text: str, flags: int, boundary: bool, lead: bool) -> None:
    """Assert that both alternations, followed by each of AFTER, match the same span at
    every position of ``text``, and find the same matches in it (the trie for a pattern
    compiled IGNORECASE with its letters of either case merged)."""
    plain = _plain(words, boundary=boundary, lead=lead)
    trie = alternation(words, boundary=boundary, lead=lead, ignore_case=bool(flags & regex.IGNORECASE))
    for after in AFTER:
        a, b = regex.compile("(?:" + plain + ")" + after, flags), regex.compile("(?:" + trie + ")" + after, flags)
        for pos in range(len(text) + 1):
            ma, mb = a.match(text, pos), b.match(text, pos)
            assert (ma and ma.span()) == (mb and mb.span()), (words, text, pos, after)
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)], (words, text, after)


@settings(max_examples=400)
@given(st.data(), st.lists(st.sampled_from(SHAPES), min_size=1, max_size=8) | st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=12),
       st.sampled_from([0, regex.IGNORECASE]), st.booleans(), st.booleans())
def test_the_trie_matches_what_the_plain_alternation_matches(data, words, flags, boundary, lead):
    # whole phrases, and single characters of them (a phrase cut short, two run together)
    pieces = st.sampled_from(words + FILLER) | st.sampled_from(sorted({c for w in words for c in w}) + FILLER)
    case = st.sampled_from([str, str.upper, str.lower, str.capitalize])
    text = "".join(data.draw(st.lists(st.tuples(pieces, case), min_size=1, max_size=8).map(lambda xs: [c(p) for p, c in xs])))
    _same_matches(words, text, flags, boundary, lead)


@pytest.mark.parametrize("flags, boundary, lead", [(0, True, True), (regex.IGNORECASE, True, False), (0, False, True)])
def test_the_whole_vocabulary_as_one_trie(flags, boundary, lead):
    """Every phrase at once, on a text of all of them: the large tries the grammar builds."""
    words = VOCABULARY
    text = " ".join(words[::7]) + " x-ray-ab " + "-".join(words[3::11]) + " " + "".join(words[5::13])
    _same_matches(words, text[:400], flags, boundary, lead)


# the small world: every set of two or three of these phrases, on every text of up to four
# of these characters (a run of spaces against an optional hyphen, letters that differ in case)
SMALL_PHRASES = ["ab", "a b", "a-b", "a -", "a-", "-a", "A", "Ab", "abb", "a-bb", "b"]
SMALL_TEXTS = ["".join(t) for n in range(1, 5) for t in itertools.product("ab -A", repeat=n)]


def test_the_trie_matches_the_plain_alternation_on_every_small_case():
    for words in itertools.chain(itertools.combinations(SMALL_PHRASES, 2), itertools.combinations(SMALL_PHRASES, 3)):
        for boundary, flags, ignore_case in ((True, 0, False), (False, 0, False), (False, regex.I, False), (True, regex.I, True),
                                             (False, regex.I, True)):
            plain, trie = _plain(words, boundary=boundary), alternation(words, boundary=boundary, ignore_case=ignore_case)
            for after in AFTER:
                a, b = regex.compile("(?:" + plain + ")" + after, flags), regex.compile("(?:" + trie + ")" + after, flags)
                for text in SMALL_TEXTS:
                    ma, mb = a.match(text), b.match(text)
                    assert (ma and ma.span()) == (mb and mb.span()), (words, boundary, flags, after, text)


@given(st.data(), st.lists(st.sampled_from(SHAPES), min_size=1, max_size=8), st.sampled_from([0, regex.IGNORECASE]))
def test_a_literal_trie_matches_the_escaped_words(data, words, flags):
    """``literal=True`` (spaces and hyphens only themselves): the words escaped, in order."""
    plain = _plain(words, boundary=False, literal=True)
    trie = alternation(words, boundary=False, literal=True, ignore_case=bool(flags & regex.IGNORECASE))
    text = "".join(data.draw(st.lists(st.sampled_from(words + FILLER), min_size=1, max_size=8)))
    for after in AFTER:
        a, b = regex.compile("(?:" + plain + ")" + after, flags), regex.compile("(?:" + trie + ")" + after, flags)
        for pos in range(len(text) + 1):
            ma, mb = a.match(text, pos), b.match(text, pos)
            assert (ma and ma.span()) == (mb and mb.span()), (words, text, pos, after)


@given(st.data(), st.lists(st.sampled_from(SHAPES + ["Jan", "June", "JUNE", "Jun.", "its", "their", "the"]), min_size=1, max_size=8))
def test_first_char_alternation_is_the_lookbehind_then_the_words(data, words):
    """``first_char_alternation(words, X)`` finds what ``(?<!X)`` and the escaped words find."""
    text = "".join(data.draw(st.lists(st.sampled_from(words + FILLER + ["a", "J", "'"]), min_size=1, max_size=8)))
    for not_before in (r"[\w]", "[a-z]", r"[\w.]"):
        a = re.compile(r"(?<!" + not_before + ")" + _plain(words, boundary=False, literal=True))
        b = re.compile(first_char_alternation(words, not_before))
        assert [m.span() for m in a.finditer(text)] == [m.span() for m in b.finditer(text)], (words, text, not_before)


def test_the_trie_is_shorter_and_keeps_the_boundaries():
    words = ["thousand", "three", "thirty", "%"]
    assert alternation(words) == r"(?:(?<![\w-])th(?:ousand(?![\w])|irty(?![\w])|ree(?![\w]))|%)"
    assert alternation([]) == "(?!x)x"
    assert len(alternation(VOCABULARY)) < len(_plain(VOCABULARY))
