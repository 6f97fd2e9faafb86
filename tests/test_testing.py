"""claimcheck.testing used directly: assert_consistent, assert_claim, assert_no_claim,
claims_of and the sources they accept."""

from __future__ import annotations

from pathlib import Path

import pytest

from claimcheck import Document, InputError
from claimcheck.errors import ConfigError
from claimcheck.models import Report
from claimcheck.testing import (
    ClaimAssertionError, ClaimChecker, ClaimConflictError, assert_claim, assert_consistent, assert_no_claim, claims_of,
    load_sources,
)

REPO = Path(__file__).resolve().parents[1]
EDITORIAL = REPO / "fixtures" / "editorial"
WIRE = "Rescuers said 250 miners were trapped in Zonguldak on Monday."
AGREEING = "About 250 miners were trapped in Zonguldak on Monday, officials said."
DRAFT = "Officials said 600 miners were trapped in Zonguldak on Monday."


def test_sources_paths_documents_and_text(tmp_path: Path) -> None:
    records = tmp_path / "records.jsonl"
    records.write_text('{"id": "r1", "text": "About 250 miners were trapped.", "outlet": "Daily R"}\n', encoding="utf-8")
    doc = Document(id="mine", text=WIRE, outlet="Mine")
    docs = load_sources(EDITORIAL, str(EDITORIAL / "wire.txt"), records, doc, WIRE, DRAFT)
    assert [d.id for d in docs] == ["draft.txt", "wire.txt", "wire.txt", "r1", "mine", "text-1", "text-2"]
    assert docs[0].outlet == "Draft" and str(docs[0].published) == "2023-11-02"  # meta.yaml was read
    assert docs[2].outlet == "Wire"  # a single .txt file still gets its folder's meta.yaml
    assert docs[3].outlet == "Daily R"


def test_a_missing_file_is_an_error_not_text() -> None:
    with pytest.raises(InputError, match="no such file"):
        load_sources("stories/wire.txt")


def test_assert_consistent_passes_and_returns_the_report() -> None:
    report = assert_consistent(WIRE, AGREEING)
    assert isinstance(report, Report) and report.conflicts == ()


def test_conflict_error_message_and_attributes() -> None:
    with pytest.raises(ClaimConflictError) as info:
        assert_consistent(WIRE, DRAFT)
    err = info.value
    assert isinstance(err, AssertionError)
    assert len(err.conflicts) == 1 and err.conflicts[0].severity == "high"
    assert isinstance(err.report, Report) and len(err.report.documents) == 2
    msg = str(err)
    assert msg.startswith("claimcheck found 1 conflict(s) of severity medium or worse between 2 document(s)")
    assert "HIGH value_conflict" in msg
    assert "Rescuers said »250« miners" in msg and "Officials said »600« miners" in msg
    assert "text-1, chars 14-17" in msg and "text-2, chars 15-18" in msg
    assert err.conflicts[0].explanation.split()[0] in msg


def test_color_uses_ansi_bold() -> None:
    with pytest.raises(ClaimConflictError) as info:
        assert_consistent(WIRE, DRAFT, color=True)
    assert "\x1b[1;31m250\x1b[0m" in str(info.value) and "»" not in str(info.value)


def test_fail_on_kinds_and_subjects_filter() -> None:
    assert_consistent(WIRE, DRAFT, kinds=["percentage"])
    assert_consistent(WIRE, DRAFT, subjects=["passengers"])
    with pytest.raises(ClaimConflictError):
        assert_consistent(WIRE, DRAFT, kinds=["count"], subjects=["Miners"])
    medium = "Officials said 300 miners were trapped in Zonguldak on Monday."
    assert_consistent(WIRE, medium, fail_on="high")
    with pytest.raises(ClaimConflictError):
        assert_consistent(WIRE, medium, fail_on="medium")
    with pytest.raises(ConfigError, match="fail_on 'severe'"):
        assert_consistent(WIRE, DRAFT, fail_on="severe")


def test_config_is_passed_to_check() -> None:
    assert_consistent(WIRE, DRAFT, config={"rules": {"value_conflict": {"enabled": False}}})


def test_editorial_pair_fails_and_quotes_the_draft() -> None:
    with pytest.raises(ClaimConflictError) as info:
        assert_consistent(EDITORIAL)
    assert "brought »214« passengers to safety" in str(info.value)


def test_assert_claim_finds_points_ranges_and_tolerance() -> None:
    draft = EDITORIAL / "draft.txt"
    assert assert_claim(draft, subject="people", predicate="killed", value=19).text == "Nineteen"
    assert assert_claim(draft, subject="people", value=20, tolerance=1, kind="count").value.low == 19
    assert assert_claim(draft, subject="people", value=18.5, tolerance="5%").text == "Nineteen"
    assert assert_claim("She said 1,200 to 1,800 rebels were left in Tal Afar.", subject="fighters",
                        value=(1200, 1800), scope="tal afar").value.high == 1800
    # the stated value counts, not only the normalized one: 3 days, not 0.008 years
    assert assert_claim(EDITORIAL / "wire.txt", kind="duration", value=3).text == "3 days"


def test_assert_claim_failure_lists_the_closest_claims() -> None:
    with pytest.raises(ClaimAssertionError) as info:
        assert_claim(EDITORIAL / "draft.txt", subject="passengers", value=241)
    msg = str(info.value)
    assert msg.startswith("draft.txt does not state 241 passengers.")
    assert "Closest claims found:" in msg
    assert "brought »214« passengers to safety" in msg
    assert info.value.claims and info.value.claims[0].subject == "passengers"


def test_assert_no_claim() -> None:
    assert_no_claim(EDITORIAL / "draft.txt", subject="passengers", value=241)
    with pytest.raises(ClaimAssertionError, match="states 214 passengers .1 claim.s.., expected none") as info:
        assert_no_claim(EDITORIAL / "draft.txt", subject="passengers", value=214)
    assert "»214«" in str(info.value)


def test_claims_of() -> None:
    claims = claims_of(EDITORIAL / "wire.txt", kinds=["count"], subjects=["PEOPLE"])
    assert {c.subject for c in claims} == {"people"}
    assert len(claims_of(EDITORIAL)) > len(claims_of(EDITORIAL / "wire.txt"))


def test_checker_settings() -> None:
    checker = ClaimChecker(fail_on="high", kinds=["count"])
    assert all(c.kind == "count" for c in checker.extract(EDITORIAL / "wire.txt"))
    checker.assert_consistent(EDITORIAL)  # the pair's conflicts are all medium
    with pytest.raises(ClaimConflictError):
        checker.assert_consistent(EDITORIAL, fail_on="medium")
    with pytest.raises(ConfigError):
        ClaimChecker(fail_on="nope")
