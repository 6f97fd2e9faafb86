"""`Kind` is an enumeration whose members are the plain strings of the output."""

import json
from pathlib import Path

import claimcheck
from claimcheck.lexicon import default_lexicon
from claimcheck.models import Claim, Kind
from claimcheck.quantities import quantities

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


def test_a_kind_is_its_string():
    assert Kind.COUNT == "count" and f"{Kind.MONEY}" == "money" and str(Kind.DATE) == "date"
    assert json.dumps({"kind": Kind.PERCENTAGE}) == '{"kind": "percentage"}'
    assert {"duration": 1}[Kind.DURATION] == 1


def test_every_claim_and_quantity_has_a_kind_member():
    claims = claimcheck.extract_many(claimcheck.load_documents(FIXTURES))
    assert {c.kind for c in claims} >= {Kind.COUNT, Kind.PERCENTAGE, Kind.DATE, Kind.DURATION}
    assert all(type(c.kind) is Kind for c in claims)
    assert all(type(q.kind) is Kind for q in quantities("About 3,400 people fled 12 km north; 5% left for $2m."))


def test_the_json_holds_the_plain_string_and_reads_back_a_member():
    c = claimcheck.extract("Rescuers said about 250 miners were trapped.")[0]
    data = json.loads(c.model_dump_json())
    assert data["kind"] == "count" and c.flat()["kind"] == "count"
    assert type(Claim.model_validate(data).kind) is Kind


def test_the_lexicon_names_only_known_kinds():
    lex = default_lexicon()
    assert {u.kind for u in lex.unit_by_name.values()} <= set(Kind)
    assert set(lex.units.canonical) <= set(Kind)
