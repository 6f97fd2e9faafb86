"""Properties, checked on generated text (hypothesis): numbers read back to their value,
spans quote the original exactly, low <= high, order does not matter, extraction is pure."""

from __future__ import annotations

import json

from hypothesis import example, given, strategies as st

from claimcheck import Document, check, extract

ONES = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
        "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def words(n: int) -> str:
    """English words for 0 <= n < 1,000,000 ("twenty-one thousand four hundred and five")."""
    if n < 20:
        return ONES[n]
    if n < 100:
        return TENS[n // 10] + ("-" + ONES[n % 10] if n % 10 else "")
    if n < 1000:
        return ONES[n // 100] + " hundred" + (" and " + words(n % 100) if n % 100 else "")
    return words(n // 1000) + " thousand" + (" " + words(n % 1000) if n % 1000 else "")


def sentence(figure: str) -> str:
    return f"Officials said {figure} people were displaced in Sirte."


@given(st.integers(min_value=0, max_value=10**12))
def test_numbers_in_digits_read_back(n):
    for figure in (str(n), f"{n:,}"):
        claims = extract(sentence(figure))
        assert [(c.text, c.value.low, c.value.high) for c in claims] == [(figure, float(n), float(n))]


@given(st.integers(min_value=2, max_value=999_999))
def test_numbers_in_words_read_back(n):
    figure = words(n)
    claims = extract(sentence(figure))
    assert [(c.text, c.value.low) for c in claims] == [(figure, float(n))]


# fragments of news text, with the characters normalization rewrites or drops
FRAGMENTS = st.sampled_from([
    "About 40 people died", " in Sirte", " on Monday", ".", " ", "\n", "\n\n", "\r\n", "\u00a0", "\u00ad", "\u200b",
    "\u2019", "\u201c", "\u201d", "\u2013", "\u2014", "between 1,200 and 1,800 rebels", "3 km", "25%", "$4.2 billion",
    " the siege lasted 4 years", "two-thirds of", "nearly 60,000 residents were trapped", ",", " said the ministry",
    "twenty", "1e5", "10^9", "-", "...", "12.5", "(", ")", "at least 3", "Hodeidah", "\u00e9", "\U0001F600", "\x00",
])
TEXTS = st.lists(FRAGMENTS, min_size=1, max_size=30).map("".join)


@given(TEXTS)
@example("at least 3\u2013\n3 km")  # found by hypothesis: a range read across a line break
def test_spans_quote_the_original_and_low_is_at_most_high(text):
    for c in extract(Document(id="d", text=text)):
        e = c.evidence
        assert 0 <= e.start <= e.end <= len(text) and text[e.start:e.end] == e.text == c.text
        assert text[e.sentence_start:e.sentence_start + len(e.sentence)] == e.sentence
        assert e.sentence_start <= e.start and e.end <= e.sentence_start + len(e.sentence)
        assert c.value.low <= c.value.high
        if c.normalized is not None:
            assert c.normalized.low <= c.normalized.high


@given(TEXTS)
def test_extraction_is_pure(text):
    doc = Document(id="d", text=text, published="2023-10-14")
    first = [json.dumps(c.flat(), ensure_ascii=False) for c in extract(doc)]
    assert [json.dumps(c.flat(), ensure_ascii=False) for c in extract(doc)] == first


def _report(docs):
    r = check(docs)
    return sorted(c.id for c in r.claims), sorted(c.model_dump_json() for c in r.conflicts)


REPORTS = st.lists(TEXTS, min_size=2, max_size=4)


@given(REPORTS, st.randoms(use_true_random=False))
def test_the_order_of_documents_does_not_matter(texts, rnd):
    docs = [Document(id=f"doc{k}", outlet=f"Outlet {k}", text=t, published="2023-10-14") for k, t in enumerate(texts)]
    shuffled = list(docs)
    rnd.shuffle(shuffled)
    assert _report(shuffled) == _report(docs)


@given(TEXTS, TEXTS)
def test_check_is_symmetric(a, b):
    da, db = Document(id="a", outlet="A", text=a), Document(id="b", outlet="B", text=b)
    assert _report([da, db]) == _report([db, da])
