"""Normalization keeps every offset pointing into the original text."""

from claimcheck import extract
from claimcheck.text import normalize, sentences


def test_offsets_map_back_through_replaced_and_dropped_characters():
    original = "Rebels said\u00a0they lost 40%\u00ad of \u201cthe\u201d city \u2013 and 2,000\u00a0fighters."
    nt = normalize(original)
    assert "\u00a0" not in nt.text and "\u00ad" not in nt.text and "\u2013" not in nt.text
    for claim in extract(original):
        assert original[claim.evidence.start:claim.evidence.end] == claim.evidence.text
    texts = [c.text for c in extract(original)]
    assert "40%" in texts and "2,000" in texts


def test_non_breaking_space_inside_a_figure_phrase():
    original = "The militia kept losing\u00a035% of the ground it held."
    [claim] = extract(original)
    assert claim.text == "35%" and claim.kind == "percentage"
    assert original[claim.evidence.start:claim.evidence.end] == "35%"


def test_sentences_split_on_stops_and_lines_but_not_abbreviations():
    text = "Gen. Smith said 40 died. Officials in the U.S. Army agreed.\nA headline\n\nNext one."
    got = [text[s:e] for s, e in sentences(text)]
    assert got == ["Gen. Smith said 40 died.", "Officials in the U.S. Army agreed.", "A headline", "Next one."]


def test_sentence_in_evidence_is_the_original_text():
    original = "First sentence here. About 300\u00a0people fled Misrata."
    [c] = extract(original)
    assert c.evidence.sentence == "About 300\u00a0people fled Misrata."


def test_word_forms_are_written_one_way():
    from claimcheck.text.forms import MONTHS, num, plural, plural_word, singular

    assert [plural_word(w) for w in ("year", "century", "day", "box", "inch")] == ["years", "centuries", "days", "boxes", "inches"]
    assert [singular(plural_word(w)) for w in ("year", "century", "case")] == ["year", "century", "case"]
    assert plural("mile per hour") == "miles per hour" and plural("km") == "km" and plural("inch") == "inches"
    assert [num(x) for x in (60000, 3.7, 61.36, 1.28e6, 0.25)] == ["60,000", "3.7", "61.36", "1.28 million", "0.25"]
    assert len(MONTHS) == 12 and MONTHS[4] == "May"
