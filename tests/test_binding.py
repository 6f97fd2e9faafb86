"""The typed binding, and the records built from it without pydantic's validation."""

from pathlib import Path

import pytest

import claimcheck
from claimcheck.models import Claim, Normalized, Span, TimeRef, Value, trusted
from claimcheck.pipeline.binding import Binding

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@pytest.fixture(scope="module")
def claims():
    return claimcheck.extract_many(claimcheck.load_documents(FIXTURES))


def test_a_binding_has_slots_not_a_dict():
    b = Binding(0, 3, claimcheck.models.Kind.COUNT, 3.0, 3.0, "exact", "<number>")
    assert not hasattr(b, "__dict__")
    with pytest.raises(AttributeError):
        b.subjet = "people"  # a misspelt field is an error, not a new key


def test_trusted_records_equal_what_model_construct_and_validation_build(claims):
    models = {Claim: [], Value: [], Normalized: [], Span: [], TimeRef: []}
    for c in claims:
        models[Claim].append(c)
        models[Value].append(c.value)
        models[Span].append(c.evidence)
        models[TimeRef].append(c.time)
        if c.normalized is not None:
            models[Normalized].append(c.normalized)
    for model, records in models.items():
        assert records, model
        for r in records:
            assert list(r.__dict__) == list(model.model_fields), model  # every field, in order
            assert r == model.model_construct(**r.__dict__)
            assert r.model_fields_set == set(model.model_fields)
            assert r.model_dump_json() == model.model_validate(r.model_dump()).model_dump_json()


def test_copying_a_trusted_record_leaves_the_others_alone(claims):
    c = trusted(Value, {"point": 1.0, "low": 1.0, "high": 1.0, "qualifier": "exact", "min": 1.0, "max": 1.0})
    d = c.model_copy(update={"low": 0.5})
    assert (c.low, d.low) == (1.0, 0.5) and c.model_fields_set == set(Value.model_fields)
    assert all(x.model_fields_set == set(Claim.model_fields) for x in claims)
