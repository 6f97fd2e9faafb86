"""Isolation: settings live in frozen objects, never in module state; two configs in one
process do not leak into each other; extraction gives the same claims from 8 threads."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from claimcheck import check, extract, load_documents
from claimcheck.conflicts.check import Config
from claimcheck.pipeline.extract import Settings

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def _docs():
    return load_documents(FIXTURES) + load_documents(FIXTURES / "quake")


def _jsonl(claims) -> str:
    return "".join(json.dumps(c.flat(), ensure_ascii=False) + "\n" for c in claims)


def test_extraction_from_8_threads_equals_one_thread():
    docs = _docs()
    expected = [_jsonl(extract(d)) for d in docs]
    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(lambda d: _jsonl(extract(d)), docs * 4))
    assert got == expected * 4


def test_two_configs_in_one_process_do_not_leak():
    docs = _docs()
    plain = check(docs).model_dump_json()
    strict = Config().tune("value_conflict", severity="info", high_ratio=100.0).disable("unit_restatement")
    tuned = check(docs, config=strict)
    assert {c.severity for c in tuned.conflicts if c.type == "value_conflict"} == {"info"}
    assert "claimcheck.unit_restatement.v1" not in tuned.rules
    assert check(docs).model_dump_json() == plain  # the first config left nothing behind
    assert check(docs, config=strict).model_dump_json() == tuned.model_dump_json()


def test_settings_of_one_call_do_not_reach_the_next():
    text = "About 40 people died and the siege lasted 3 years in Sirte on Monday."
    every = extract(text)
    only = extract(text, settings=Settings(kinds=frozenset({"duration"})))
    assert {c.kind for c in only} == {"duration"}
    assert extract(text) == every
