"""Every claim and quantity records the version of the grammar that read it; the output
comparison can leave that field out."""

import importlib.util
import json
import sys
from pathlib import Path

import claimcheck
from claimcheck.models import Claim, Quantity
from claimcheck.pipeline.version import GRAMMAR_VERSION
from claimcheck.quantities import quantities

_SCRIPT = Path(__file__).resolve().parent.parent / "benchmarks" / "outputs.py"
_spec = importlib.util.spec_from_file_location("outputs_bench", _SCRIPT)
outputs = sys.modules["outputs_bench"] = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(outputs)

TEXT = "On 3 May 2023 about 250 miners were trapped 12 km from Zonguldak for two years, followed by three years."


def test_every_record_names_its_grammar():
    claims = claimcheck.extract(TEXT, published="2023-05-04")
    assert {c.kind for c in claims} >= {"count", "date", "distance", "duration"}
    assert {c.grammar for c in claims} == {GRAMMAR_VERSION}
    assert all(c.flat()["grammar"] == GRAMMAR_VERSION for c in claims)
    assert {q.grammar for q in quantities(TEXT)} == {GRAMMAR_VERSION}


def test_a_record_written_before_versions_reads_as_unversioned():
    c = claimcheck.extract(TEXT)[0]
    old = json.loads(c.model_dump_json(exclude={"grammar"}))
    assert Claim.model_validate(old).grammar is None
    assert "grammar" in Claim.model_json_schema()["properties"] and "grammar" in Quantity.model_json_schema()["properties"]


def test_compare_can_ignore_a_field(tmp_path, capsys):
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    record = {"id": "c-1", "value": {"low": 1.0}, "rule": "<number>"}
    (a / "extract-x.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    (b / "extract-x.jsonl").write_text(json.dumps({**record, "grammar": "en-1"}) + "\n", encoding="utf-8")
    (a / "check-x.json").write_text(json.dumps({"claims": [record]}, indent=1), encoding="utf-8")
    (b / "check-x.json").write_text(json.dumps({"claims": [{**record, "grammar": "en-1"}]}, indent=1), encoding="utf-8")
    assert outputs.main(["compare", str(a), str(b)]) == 1
    assert outputs.main(["compare", str(a), str(b), "--ignore-field", "grammar"]) == 0
    (b / "extract-x.jsonl").write_text(json.dumps({**record, "rule": "other", "grammar": "en-1"}) + "\n", encoding="utf-8")
    assert outputs.main(["compare", str(a), str(b), "--ignore-field", "grammar"]) == 1  # only that field is left out
    capsys.readouterr()
