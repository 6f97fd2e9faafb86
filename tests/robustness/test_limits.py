"""Every regex bounded in time, timeouts reported with the document's id, no NaN or
Infinity in any output format, and stable error type codes."""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
import time

import pytest
import regex

import claimcheck
from claimcheck import Document, check, extract
from claimcheck.pipeline import bind, places
from claimcheck.pipeline.mentions import patterns_for
from claimcheck.text import rx as _rx
from claimcheck.kinds import KINDS
from claimcheck.errors import ClaimcheckError, ConfigError, ExtractTimeout, InputError
from claimcheck.lexicon import default_lexicon
from claimcheck.report import render

from conftest import NOT_A_NUMBER, leftovers

PROSE = "Officials said about 250 miners were trapped in Zonguldak on Monday. " * 20  # longer than _rx.SHORT_REACH


def _pattern_holders():
    lex = default_lexicon()
    for info in pkgutil.walk_packages(claimcheck.__path__, "claimcheck."):
        importlib.import_module(info.name)  # every module, also one extraction does not import
    modules = [m for name, m in sorted(sys.modules.items()) if name.startswith("claimcheck") and m is not None]
    return modules + [lex, patterns_for(lex), bind.vocab(lex), places.matcher(lex)]


def test_the_walk_covers_the_grammar_of_every_kind():
    names = {getattr(o, "__name__", "") for o in _pattern_holders()}
    assert {f"claimcheck.kinds.{k}" for k in KINDS} | {"claimcheck.kinds", "claimcheck.kinds.numbers", "claimcheck.pipeline.mentions", "claimcheck.pipeline.figures"} <= names


def test_no_pattern_over_document_text_runs_unbounded():
    holders = _pattern_holders()
    raw = [(getattr(o, "__name__", type(o).__name__), k) for o in holders
           for k, v in vars(o).items() if isinstance(v, regex.Pattern)]
    assert raw == []
    assert "claimcheck.pipeline.bind.words" in {getattr(o, "__name__", None) for o in holders}


def test_a_backtracking_pattern_times_out(monkeypatch):
    monkeypatch.setattr(_rx, "MATCH_TIMEOUT", 0.05)
    with pytest.raises(TimeoutError):
        _rx.compile(r"(?:x+x+)+y").search("x" * 5000)


def test_a_timed_out_document_is_named_with_a_stable_type(monkeypatch):
    monkeypatch.setattr(_rx, "MATCH_TIMEOUT", 1e-9)  # every long match times out
    with pytest.raises(ExtractTimeout) as info:
        extract(Document(id="slow-doc", text=PROSE))
    assert info.value.type == "extract.timeout" and "slow-doc" in str(info.value)


def test_the_cli_reports_a_timeout_and_goes_on_under_keep_going(monkeypatch, tmp_path, cli):
    slow, fine = tmp_path / "slow.txt", tmp_path / "fine.txt"
    slow.write_text(PROSE, encoding="utf-8")
    fine.write_text("About 40 people died.", encoding="utf-8")  # too short to reach the timeout
    monkeypatch.setattr(_rx, "MATCH_TIMEOUT", 1e-9)
    out_file = tmp_path / "out.jsonl"
    code, _, err = cli("extract", fine, slow, "--output", out_file)
    assert code == 2 and "slow.txt" in err and "[extract.timeout]" in err and "Traceback" not in err
    assert not out_file.exists() and not leftovers(tmp_path)
    code, _, err = cli("extract", slow, fine, "--output", out_file, "--keep-going")
    rows = [json.loads(line) for line in out_file.read_text(encoding="utf-8").splitlines()]
    assert code == 2 and "[extract.timeout]" in err
    assert {r["doc"] for r in rows} == {"fine.txt"}  # nothing of the document that failed


HUGE = ("Officials said " + "9" * 400 + " people were displaced in Sirte on Monday. "
        "The speed was 2.998×10^999 metres per second. Officials said 1.5×10^29 people were displaced in Sirte. "
        "Rescuers said 250 miners were trapped in Zonguldak.")
OTHER = "Officials said 3 people were displaced in Sirte on Monday. Officials said 600 miners were trapped in Zonguldak."


def test_no_infinity_or_nan_in_any_output(tmp_path, cli):
    (tmp_path / "a.txt").write_text(HUGE, encoding="utf-8")
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    outputs = []
    for fmt in ("jsonl", "table"):
        code, out, _ = cli("extract", tmp_path, "--format", fmt)
        assert code == 0
        outputs.append(out)
    for fmt in ("table", "json", "markdown", "html"):
        code, out, _ = cli("check", tmp_path, "--format", fmt)
        assert code in (0, 1)
        outputs.append(out)
    assert "250" in outputs[0] and "1.5" in outputs[0]  # the sane figures are kept
    for out in outputs:
        assert not NOT_A_NUMBER.search(out)
    for line in outputs[0].splitlines():  # strict JSON: no Infinity constant anywhere
        json.loads(line, parse_constant=lambda c: pytest.fail(f"{c} in the output"))


def test_the_library_drops_absurd_figures_too(caplog):
    docs = [Document(id="a", text=HUGE), Document(id="b", text=OTHER)]
    report = check(docs)
    for fmt in ("table", "json", "markdown", "html"):
        assert not NOT_A_NUMBER.search(render(report, fmt))
    assert "too large to be a quantity" in caplog.text


@pytest.mark.parametrize("make,code", [
    (lambda tmp: claimcheck.load_documents(tmp / "missing.txt"), "input.not_found"),
    (lambda tmp: check([], config={"rules": {"nope": {}}}), "config.unknown_rule"),
    (lambda tmp: check([], config={"rules": {"value_conflict": {"settings": {"nope": 1}}}}), "config.unknown_setting"),
    (lambda tmp: check([], config={"rules": {"value_conflict": {"settings": {"high_ratio": "x"}}}}), "config.invalid_setting"),
    (lambda tmp: extract(Document(id="d", text="x" * 11), settings=claimcheck.Settings(max_chars=10)), "input.too_long"),
    (lambda tmp: claimcheck.load_documents([tmp / "a.json", tmp / "a.json"]), "input.duplicate_id"),
])
def test_errors_carry_a_stable_type(tmp_path, make, code):
    (tmp_path / "a.json").write_text('{"id": "x", "text": "About 40 people died."}', encoding="utf-8")
    with pytest.raises(ClaimcheckError) as info:
        make(tmp_path)
    assert info.value.type == code


def test_error_classes_have_default_types():
    assert InputError("f.txt", "bad").type == "input.invalid"
    assert ConfigError("bad").type == "config.invalid"
    assert ConfigError("bad", type="config.unknown_rule").type == "config.unknown_rule"
    assert issubclass(ExtractTimeout, InputError)


def test_how_long_ago_reads_a_few_characters_not_the_rest_of_the_document():
    # regex scans ahead for a literal its pattern needs ("ago") before it tries a match: a
    # match with no end bound reads to the end of the text once per duration (quadratic)
    from claimcheck.kinds import duration
    from claimcheck.lexicon import default_lexicon
    from claimcheck.pipeline.mentions import patterns_for

    pats = patterns_for(default_lexicon())
    text = "It lasted 3 days." + " and more" * 500_000
    t0 = time.perf_counter()
    for _ in range(200):
        assert not duration.how_long_ago(text, 16, pats)
    assert time.perf_counter() - t0 < 0.1
    assert duration.how_long_ago("It happened 3 days ago.", 18, pats)


def test_spoken_decimals_are_looked_for_after_the_number_only():
    from claimcheck.kinds.numbers import _spoken_decimals
    from claimcheck.lexicon import default_lexicon
    from claimcheck.pipeline.mentions import patterns_for

    lex = default_lexicon()
    pats = patterns_for(lex)
    text = "twenty men" + " and more" * 500_000
    t0 = time.perf_counter()
    for _ in range(200):
        assert _spoken_decimals(text, 6, 0, lex, pats) is None
    assert time.perf_counter() - t0 < 0.1
    assert _spoken_decimals("three point two five", 5, 0, lex, pats) == (0.25, 20)
