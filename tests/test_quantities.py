"""``claimcheck.quantities``: the grammar's mentions, unbound, with offsets into the
original text (sentences written for this test)."""

from __future__ import annotations

import claimcheck
from claimcheck import Quantity, quantities


def test_every_mention_with_its_span_value_and_unit():
    text = "Roughly 2,300 lorries crossed in March, a 14% drop, each carrying up to 18 tonnes."
    got = [(q.text, q.kind, q.value.low, q.value.high, q.value.qualifier, q.unit) for q in quantities(text)]
    assert got == [("Roughly 2,300", "count", 2300, 2300, "approximately", None),
                   ("14%", "percentage", 14, 14, "exact", "percent"),
                   ("up to 18 tonnes", "measure", 18, 18, "at most", "tonne")]
    for q in quantities(text):
        assert text[q.start:q.end] == q.text


def test_offsets_point_into_the_original_text():
    text = "The\u00a0dam holds 3.5\u00a0million cubic metres \u2013 half of it silt."
    qs = quantities(text)
    assert [text[q.start:q.end] for q in qs] == [q.text for q in qs]
    assert qs[0].text == "3.5\u00a0million cubic metres" and qs[0].value.point == 3_500_000


def test_dates_are_read_but_not_returned():
    assert [q.text for q in quantities("In 2016, 41 ferries sailed on 3 June 2016.")] == ["41"]


def test_a_fraction_keeps_its_value_in_percent():
    (q,) = quantities("Two thirds of the wells ran dry.")
    assert q.fraction and q.kind == "percentage" and round(q.value.low, 3) == 66.667


def test_extract_reads_the_same_mentions():
    text = "Police said 212 people were detained and 14 km of road was closed."
    assert [c.text for c in claimcheck.extract(text)] == [q.text for q in quantities(text)]


def test_quantity_is_frozen_and_in_the_schema():
    (q,) = quantities("A 60 km queue formed.")
    assert isinstance(q, Quantity)
    schema = Quantity.model_json_schema()
    assert {"text", "start", "end", "kind", "value", "unit", "rule"} <= set(schema["properties"])
    try:
        q.start = 3
    except Exception:
        pass
    assert q.start == 2


def _read(text):
    return [(q.text, q.value.low) for q in quantities(text)]


def test_number_words_that_cannot_be_one_number_are_two():
    assert _read("They sang thirty thirty times.") == [("thirty", 30), ("thirty times", 30)]
    assert _read("three three hundred") == [("three", 3), ("three hundred", 300)]
    assert _read("two lakh crore") == [("two lakh crore", 2e12)]
    assert _read("sixty-one trillion and four hundred") == [("sixty-one trillion and four hundred", 61e12 + 400)]


def test_counted_scales_and_signs():
    assert _read("five dozens and 7 dzs") == [("five dozens", 60), ("7 dzs", 84)]
    assert _read("The reading was negative eight.") == [("negative eight", -8)]
    assert _read("The reading was minus 8.") == [("minus 8", -8)]


def test_explain_shows_quantities_then_claims():
    from claimcheck.explain import explain

    out = explain("Roughly 900 sheep drowned near Bamako, a third of the flock.")
    assert out.startswith("quantities:\n  'Roughly 900' [0:11]  count value=900")
    assert "\nclaims:\n" in out and "subject=" in out


def test_schema_command_knows_quantity(capsys):
    import json

    from claimcheck.cli import main

    assert main(["schema", "--model", "quantity"]) == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Quantity"


def test_published_is_accepted_and_changes_nothing():
    text = "Since 2019, 48 clinics have closed."
    assert quantities(text, "2023-05-01") == quantities(text)


def test_a_plain_string_only():
    import pytest

    with pytest.raises(TypeError):
        quantities(b"35 000")
