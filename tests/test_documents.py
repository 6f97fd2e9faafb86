"""Loading documents: every format, metadata, datelines, and clear errors."""

import datetime as dt
import json

import pytest

from claimcheck import InputError, load_documents
from claimcheck.documents import find_dateline


def test_txt_folder_with_meta_yaml(fixtures_dir):
    docs = load_documents(fixtures_dir)
    assert len(docs) >= 5
    by_id = {d.id: d for d in docs}
    wire = next(d for d in docs if d.id.startswith("gulfwire"))
    assert wire.outlet and wire.published and wire.published_source == "meta"
    assert wire.title == wire.text.strip().splitlines()[0].strip()
    dated = [d for d in by_id.values() if d.published_source == "dateline"]
    assert dated, "the fixture without a meta date takes its date from its dateline"


def test_dateline_forms():
    assert find_dateline("Headline\n\nSaturday 14 October 2023 09:12\nBody") == dt.date(2023, 10, 14)
    assert find_dateline("Headline\nMarch 4, 2021\nBody") == dt.date(2021, 3, 4)
    assert find_dateline("Nothing here about 3 November 2017 in a sentence.") is None


def test_jsonl_and_json_records(tmp_path):
    recs = [{"id": "a", "text": "About 40 people died in Sirte.", "published": "2020-01-02", "outlet": "X"},
            {"id": "b", "text": "Some 50 people died in Sirte."}]
    (tmp_path / "r.jsonl").write_text("\n".join(json.dumps(r) for r in recs), encoding="utf-8")
    (tmp_path / "r.json").write_text(json.dumps(recs), encoding="utf-8")
    for name in ("r.jsonl", "r.json"):
        docs = load_documents(tmp_path / name)
        assert [d.id for d in docs] == ["a", "b"]
        assert docs[0].published == dt.date(2020, 1, 2) and docs[0].published_source == "record"


@pytest.mark.parametrize("content,problem", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    (b"\x00\x01\x02binary", "binary"),
    (b"caf\xe9 au lait, 40 people", "not valid UTF-8"),
    ("40 people".encode("utf-16"), "UTF-16"),
])
def test_bad_text_files_say_which_file_and_why(tmp_path, content, problem):
    f = tmp_path / "bad.txt"
    f.write_bytes(content)
    with pytest.raises(InputError) as err:
        load_documents(f)
    assert "bad.txt" in str(err.value) and problem in str(err.value)


def test_malformed_jsonl_line_is_reported_with_its_line_and_keep_going_keeps_the_rest(tmp_path):
    f = tmp_path / "r.jsonl"
    f.write_text('{"id": "a", "text": "40 people"}\n{"id": "b", "text": \n{"id": "c", "text": "50 people"}\n', encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_documents(f)
    assert "r.jsonl, line 2" in str(err.value) and "malformed JSON" in str(err.value)
    errors = []
    docs = load_documents(f, keep_going=True, errors=errors)
    assert [d.id for d in docs] == ["a", "c"] and len(errors) == 1


def test_record_without_text(tmp_path):
    f = tmp_path / "r.jsonl"
    f.write_text('{"id": "a"}\n', encoding="utf-8")
    with pytest.raises(InputError, match="missing text"):
        load_documents(f)


def test_malformed_meta_yaml(tmp_path):
    (tmp_path / "a.txt").write_text("40 people died.", encoding="utf-8")
    (tmp_path / "meta.yaml").write_text("a.txt: {published: [unclosed\n", encoding="utf-8")
    with pytest.raises(InputError, match="meta.yaml.*malformed YAML"):
        load_documents(tmp_path)


def test_meta_unknown_field(tmp_path):
    (tmp_path / "a.txt").write_text("40 people died.", encoding="utf-8")
    (tmp_path / "meta.yaml").write_text("a.txt: {publshed: 2020-01-01}\n", encoding="utf-8")
    with pytest.raises(InputError, match="unknown field.*publshed"):
        load_documents(tmp_path)


def test_missing_path():
    with pytest.raises(InputError, match="no such file"):
        load_documents("/no/such/place.txt")
