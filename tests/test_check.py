"""The engine: registry, configuration (Python, TOML, YAML), user rules, rendering."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pydantic import BaseModel

from checkutil import doc, of_type, run

from claimcheck.conflicts import registry
from claimcheck.conflicts.check import Config, check, load_config
from claimcheck.errors import ConfigError
from claimcheck.models import SEVERITIES, Report
from claimcheck.report import render
from claimcheck.conflicts.rules import BaseRule

BUILTIN = ["claimcheck.dated_action.v1", "claimcheck.duration_parts.v1", "claimcheck.parts_sum.v1", "claimcheck.unit_restatement.v1",
           "claimcheck.value_conflict.v1"]

A = doc("a", "Daily Tigris", "Rescuers said 4,000 residents were trapped in Mosul. The village lies 8 km (12 miles) from Mosul.")
B = doc("b", "Gulf Blog", "Some 9,000 residents were trapped in Mosul.")


# -- registry ---------------------------------------------------------------------------------
def test_registry_lists_and_gets_rules():
    assert set(BUILTIN) <= set(registry.available())
    rule = registry.get("value_conflict")
    assert rule is registry.get("claimcheck.value_conflict.v1")
    assert rule.type == "value_conflict" and rule.default_severity in SEVERITIES
    assert rule.Settings().time_window_days == 120
    with pytest.raises(ConfigError, match="unknown rule 'nope'; available: claimcheck"):
        registry.get("nope")


def test_register_requires_a_versioned_name():
    class Bad(BaseRule):
        name = "unversioned"
        type = "bad"

        def check(self, claims, ctx):
            return []

    with pytest.raises(ConfigError, match="versioned"):
        registry.register(Bad)


def test_enable_disable_and_tune_from_python():
    assert Config().enabled_rules() == sorted(registry.available())
    report = run(A, B, config=Config().disable("unit_restatement"))
    assert "claimcheck.unit_restatement.v1" not in report.rules
    assert {c.type for c in report.conflicts} == {"value_conflict"}
    both = run(A, B)
    assert {c.type for c in both.conflicts} == {"value_conflict", "unit_restatement"}
    fixed = run(A, B, config=Config().tune("value_conflict", severity="info"))
    assert of_type(fixed, "value_conflict")[0].severity == "info"
    with pytest.raises(ConfigError, match="unknown setting 'window'"):
        Config().tune("value_conflict", window=3)


def test_conflicts_are_sorted_by_severity_then_id():
    report = run(A, B)
    keys = [(-SEVERITIES.index(c.severity), c.id) for c in report.conflicts]
    assert keys == sorted(keys) and report.conflicts[0].severity == "high"


def test_a_user_rule_in_a_few_lines():
    class Settings(BaseModel):
        limit: float = 5000

    @registry.register
    class BigCounts(BaseRule):
        name = "newsroom.big_counts.v1"
        type = "big_count"
        default_severity = "info"
        group_by = "document"

        def check(self, claims, ctx):
            big = [c for c in claims if c.kind == "count" and c.value.high > ctx.settings.limit]
            return [ctx.conflict([c], f"{ctx.outlet(c)} gives a count over {ctx.settings.limit:,.0f}: {c.text}.") for c in big]

    BigCounts.Settings = Settings
    try:
        assert "newsroom.big_counts.v1" in registry.available()
        [c] = of_type(run(A, B), "big_count")
        assert c.severity == "info" and c.explanation == "Gulf Blog gives a count over 5,000: Some 9,000."
        assert len(of_type(run(A, B, config=Config().tune("big_count", limit=1000)), "big_count")) == 2
        assert not of_type(run(A, B, config=Config().disable("newsroom.big_counts.v1")), "big_count")
    finally:
        registry.unregister("newsroom.big_counts.v1")
    assert "newsroom.big_counts.v1" not in registry.available()


def test_claims_can_be_passed_in():
    report = run(A, B)
    again = check([A, B], claims=report.claims)
    assert again.conflicts == report.conflicts
    assert not check([], claims=[]).conflicts


# -- config files ----------------------------------------------------------------------------
TOML = """
[rules.unit_restatement]
enabled = false

[rules."claimcheck.value_conflict.v1"]
severity = "low"

[rules."claimcheck.value_conflict.v1".settings]
time_window_days = 30
tolerance.count.exact = 0.05
"""

YAML = """
rules:
  unit_restatement: {enabled: false}
  claimcheck.value_conflict.v1:
    severity: low
    settings:
      time_window_days: 30
      tolerance: {count: {exact: 0.05}}
"""


@pytest.mark.parametrize("name,text", [("rules.toml", TOML), ("rules.yaml", YAML)])
def test_config_file(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    cfg = load_config(path)
    plan = {rule.name: (settings, severity) for rule, settings, severity in cfg.resolve()}
    assert "claimcheck.unit_restatement.v1" not in plan
    settings, severity = plan["claimcheck.value_conflict.v1"]
    assert severity == "low" and settings.time_window_days == 30
    assert settings.tolerance["count"].exact == 0.05
    assert settings.tolerance["duration"].rounding == 0.5  # the defaults not named stay
    report = check([A, B], str(path))
    assert [c.severity for c in report.conflicts] == ["low"]


@pytest.mark.parametrize("name,text,message", [
    ("bad.toml", "[rules.value_conflict]\nenabled = yes\n", r"bad\.toml, line 2: malformed TOML"),
    ("bad.yaml", "rules:\n  value_conflict: {enabled: true\n", r"bad\.yaml, line 3: malformed YAML"),
    ("unknown.toml", "[rules.no_such_rule]\nenabled = true\n", r"unknown\.toml: unknown rule 'no_such_rule'"),
    ("setting.yaml", "rules:\n  value_conflict:\n    settings: {windw: 3}\n",
     r"setting\.yaml: rule claimcheck\.value_conflict\.v1: unknown setting 'windw'"),
    ("type.toml", "[rules.value_conflict.settings]\ntime_window_days = \"soon\"\n",
     r"type\.toml: rule claimcheck\.value_conflict\.v1: setting 'time_window_days'"),
    ("key.yaml", "rulez: {}\n", r"key\.yaml: unknown key 'rulez'"),
    ("severity.toml", "[rules.parts_sum]\nseverity = \"urgent\"\n", r"severity\.toml: rules\.parts_sum\.severity"),
    ("list.yaml", "- value_conflict\n", r"list\.yaml: config must be a mapping"),
])
def test_bad_config_files_name_the_file(tmp_path: Path, name: str, text: str, message: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(path)


def test_missing_config_file(tmp_path: Path):
    with pytest.raises(ConfigError, match="config file not found"):
        load_config(tmp_path / "absent.toml")


# -- rendering --------------------------------------------------------------------------------
def test_json_is_valid_against_the_schema():
    report = run(A, B)
    text = render(report, "json")
    try:
        import jsonschema
    except ImportError:  # pragma: no cover - jsonschema is optional
        jsonschema = None
    if jsonschema is not None:
        jsonschema.validate(json.loads(text), Report.model_json_schema())
    assert Report.model_validate_json(text) == report


def test_table_and_markdown_show_severity_quotes_and_outlets():
    report = run(A, B)
    table = render(report, "table")
    assert table.splitlines()[2].startswith("HIGH")
    for fmt in ("table", "markdown"):
        text = render(report, fmt)
        assert "Some 9,000 residents were trapped in Mosul." in text
        assert "Rescuers said 4,000 residents were trapped in Mosul." in text
        assert "Daily Tigris" in text and "Gulf Blog" in text
    assert "| **high** | value_conflict |" in render(report, "markdown")


def test_unknown_format():
    with pytest.raises(ConfigError, match="unknown format 'pdf'"):
        render(run(A, B), "pdf")
