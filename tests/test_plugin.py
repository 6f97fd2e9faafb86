"""The pytest plugin, exercised with pytest's own ``pytester``: suites that pass, fail,
use the marker and write ``--claimcheck-report``."""

from __future__ import annotations

import json
from importlib.metadata import entry_points
from pathlib import Path

import pytest

pytest_plugins = ["pytester"]

REPO = Path(__file__).resolve().parents[1]

# Once the pytest11 entry point is installed the plugin loads by itself; "-p" on top of
# it would register the module twice, so only pass it when the entry point is missing.
_HAS_ENTRY_POINT = any(ep.name == "claimcheck" for ep in entry_points(group="pytest11"))
PLUGIN_ARGS: tuple[str, ...] = () if _HAS_ENTRY_POINT else ("-p", "claimcheck.testing.plugin")

WIRE = "Rescuers said 250 miners were trapped in Zonguldak on Monday."
AGREEING = "About 250 miners were trapped in Zonguldak on Monday, officials said."
HIGH_DRAFT = "Officials said 600 miners were trapped in Zonguldak on Monday."  # 2.4 times: high
MEDIUM_DRAFT = "Officials said 300 miners were trapped in Zonguldak on Monday."  # 20% more: medium


@pytest.fixture(autouse=True)
def _not_on_ci(monkeypatch: pytest.MonkeyPatch) -> None:
    """pytest prints whole failure messages in its summary when it sees CI set; the
    counts of quoted sentences below assume a developer's terminal."""
    monkeypatch.delenv("CI", raising=False)
    monkeypatch.delenv("BUILD_NUMBER", raising=False)


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    return pytester.runpytest(*PLUGIN_ARGS, "-p", "no:cacheprovider", *args)


def _module(body: str) -> str:
    return (f"import pytest\nWIRE = {WIRE!r}\nAGREEING = {AGREEING!r}\nHIGH_DRAFT = {HIGH_DRAFT!r}\n"
            f"MEDIUM_DRAFT = {MEDIUM_DRAFT!r}\n\n" + body)


def test_medium_draft_is_a_medium_conflict() -> None:
    """The premise of the marker test below."""
    from claimcheck.testing import ClaimChecker

    report = ClaimChecker().check(WIRE, MEDIUM_DRAFT)
    assert [c.severity for c in report.conflicts] == ["medium"]


def test_passing_suite(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(_module("""
def test_agree(claim_checker):
    report = claim_checker.assert_consistent(WIRE, AGREEING)
    assert report.conflicts == ()

def test_extract(claim_checker):
    claims = claim_checker.extract(WIRE)
    assert [(c.subject, c.value.low) for c in claims if c.kind == "count"] == [("miners", 250.0)]

def test_default_config(claimcheck_config):
    assert claimcheck_config.enabled_rules()
"""))
    result = run(pytester)
    result.assert_outcomes(passed=3)


def test_failing_suite_shows_both_sentences(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(_module("""
def test_disagree(claim_checker):
    claim_checker.assert_consistent(WIRE, HIGH_DRAFT)
"""))
    result = run(pytester)
    result.assert_outcomes(failed=1)
    out = result.stdout.str()
    assert "ClaimConflictError" in out
    assert "Rescuers said »250« miners were trapped" in out
    assert "Officials said »600« miners were trapped" in out
    assert "HIGH value_conflict" in out
    assert "text-1, chars 14-17" in out and "text-2, chars 15-18" in out
    assert "Report(" not in out and "ClaimRef(" not in out  # sentences, not model reprs
    assert "testing.py" not in out  # the library's frames are hidden from the traceback


def test_assertrepr_compare_for_claims_and_conflicts(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(_module("""
from claimcheck.testing import claims_of

def test_claims_equal():
    assert claims_of(WIRE)[0] == claims_of(HIGH_DRAFT)[0]

def test_no_conflicts(claim_checker):
    assert claim_checker.check(WIRE, HIGH_DRAFT).conflicts == ()
"""))
    result = run(pytester)
    result.assert_outcomes(failed=2)
    out = result.stdout.str()
    assert "claims differ: '250' (text-1) != '600' (text-1)" in out
    assert "value.low: 250.0 != 600.0" in out
    assert "1 claimcheck conflict(s)" in out
    assert out.count("Officials said »600« miners") == 2
    assert "Claim(id=" not in out and "Conflict(id=" not in out


def test_marker_changes_fail_on(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(_module("""
def test_default_fails_on_medium(claim_checker):
    claim_checker.assert_consistent(WIRE, MEDIUM_DRAFT)

@pytest.mark.claimcheck(fail_on="high")
def test_high_only(claim_checker):
    assert claim_checker.fail_on == "high"
    claim_checker.assert_consistent(WIRE, MEDIUM_DRAFT)

@pytest.mark.claimcheck(kinds=["percentage"])
def test_other_kinds(claim_checker):
    claim_checker.assert_consistent(WIRE, HIGH_DRAFT)

@pytest.mark.claimcheck(subjects="miners")
def test_subjects_as_string(claim_checker):
    assert claim_checker.subjects == ("miners",)
    claim_checker.assert_consistent(WIRE, HIGH_DRAFT)

@pytest.mark.claimcheck(fail_on="severe")
def test_bad_marker(claim_checker):
    pass
"""))
    result = run(pytester)
    result.assert_outcomes(passed=2, failed=2, errors=1)
    out = result.stdout.str()
    assert "fail_on='severe' is not one of info, low, medium, high" in out
    result.stdout.fnmatch_lines(["*test_default_fails_on_medium*", "*test_subjects_as_string*"])


def test_marker_is_registered(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest(*PLUGIN_ARGS, "--markers")
    result.stdout.fnmatch_lines(["*@pytest.mark.claimcheck(fail_on=*"])
    # and --strict-markers accepts it
    pytester.makepyfile(_module("""
@pytest.mark.claimcheck(fail_on="low")
def test_ok(claim_checker):
    assert claim_checker.fail_on == "low"
"""))
    run(pytester, "--strict-markers").assert_outcomes(passed=1)


def test_config_fixture_is_overridable_per_module(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(_module("""
from claimcheck.conflicts.check import Config

@pytest.fixture
def claimcheck_config():
    return Config().disable("value_conflict")

def test_rule_off(claim_checker):
    report = claim_checker.assert_consistent(WIRE, HIGH_DRAFT)
    assert "claimcheck.value_conflict.v1" not in report.rules
"""))
    run(pytester).assert_outcomes(passed=1)


def test_documents_fixture_reads_meta_beside_the_test(pytester: pytest.Pytester) -> None:
    stories = pytester.mkdir("stories")
    (stories / "wire.txt").write_text(WIRE + "\n", encoding="utf-8")
    (stories / "draft.txt").write_text(HIGH_DRAFT + "\n", encoding="utf-8")
    (stories / "meta.yaml").write_text("wire.txt: {outlet: Wire, published: 2024-03-04}\n"
                                       "draft.txt: {outlet: Draft, published: 2024-03-04}\n", encoding="utf-8")
    pytester.makepyfile(_module("""
def test_docs(claimcheck_documents, claim_checker):
    docs = claimcheck_documents("stories")
    assert docs.ids == ["draft.txt", "wire.txt"]
    assert docs["wire.txt"].outlet == "Wire"
    claim_checker.assert_consistent(docs["wire.txt"], docs["draft.txt"])
"""))
    result = run(pytester)
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*Wire (wire.txt, chars 14-17):*Draft (draft.txt, chars 15-18):*"])


def test_report_option_writes_json(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(_module("""
def test_agree(claim_checker):
    claim_checker.assert_consistent(WIRE, AGREEING)

def test_disagree(claim_checker):
    claim_checker.assert_consistent(WIRE, HIGH_DRAFT)

def test_two_checks(claim_checker):
    claim_checker.check(WIRE)
    claim_checker.check(HIGH_DRAFT)
"""))
    result = run(pytester, "--claimcheck-report=out/claims.json")
    result.assert_outcomes(passed=2, failed=1)
    result.stdout.fnmatch_lines(["claimcheck: 4 check(s) written to *claims.json"])
    path = pytester.path / "out" / "claims.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["checks"] == 4
    nodeids = [r["nodeid"] for r in data["reports"]]
    assert nodeids == ["test_report_option_writes_json.py::test_agree", "test_report_option_writes_json.py::test_disagree",
                       "test_report_option_writes_json.py::test_two_checks", "test_report_option_writes_json.py::test_two_checks"]
    disagree = data["reports"][1]
    assert disagree["failed"] is True and disagree["fail_on"] == "medium"
    assert disagree["report"]["conflicts"][0]["type"] == "value_conflict"
    assert disagree["failing_conflicts"] == [disagree["report"]["conflicts"][0]["id"]]
    assert data["reports"][0]["failed"] is False
    # written atomically: no temporary file is left beside it
    assert sorted(p.name for p in path.parent.iterdir()) == ["claims.json"]


def test_no_report_without_option(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(_module("""
def test_agree(claim_checker):
    claim_checker.assert_consistent(WIRE, AGREEING)
"""))
    result = run(pytester)
    result.assert_outcomes(passed=1)
    assert "check(s) written" not in result.stdout.str()


# -- the editorial example in docs/ -----------------------------------------------------
EXAMPLE = REPO / "docs" / "editorial-example" / "test_draft.py"
DRAFT_214 = "brought »214« passengers to safety during"
WIRE_241_MARKED = "»241«"  # the column wraps the wire's sentence after the figure


def _run_example(pytester: pytest.Pytester) -> pytest.RunResult:
    pytester.makepyfile(test_draft=EXAMPLE.read_text(encoding="utf-8").replace(
        "Path(__file__).resolve().parents[2]", repr(str(REPO)).join(("Path(", ")"))))
    return run(pytester)


def test_editorial_example_fails_on_the_draft(pytester: pytest.Pytester) -> None:
    result = _run_example(pytester)
    result.assert_outcomes(passed=2, failed=1)
    out = result.stdout.str()
    assert "test_draft_agrees_with_wire" in out
    assert DRAFT_214 in out  # the miscopied figure, quoted from the draft
    assert "Wire (wire.txt" in out and "Draft (draft.txt" in out


def test_editorial_example_quotes_the_wire_figure(pytester: pytest.Pytester) -> None:
    """The failure pairs the draft's 214 with the wire's 241, side by side."""
    out = _run_example(pytester).stdout.str()
    assert DRAFT_214 in out and WIRE_241_MARKED in out and "pulled" in out
    assert "count|passengers|rescued|Mwanza" in out
