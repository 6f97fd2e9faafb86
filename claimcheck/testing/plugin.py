"""pytest plugin: check that drafts agree with their sources, inside a test suite.

Loaded through the ``pytest11`` entry point once claimcheck is installed (or with
``-p claimcheck.testing.plugin``). It provides:

fixtures
    ``claimcheck_config`` (the rules :class:`~claimcheck.check.Config`; override it in
    a test module or conftest.py by defining a fixture of the same name),
    ``claim_checker`` (a :class:`~claimcheck.testing.ClaimChecker` using that config
    and the test's marker), ``claimcheck_documents`` (load a folder with its meta.yaml).
marker
    ``@pytest.mark.claimcheck(fail_on="high", kinds=[...], subjects=[...])``.
option
    ``--claimcheck-report=PATH``: a JSON file of every check made during the run.
ini
    ``claimcheck_config = rules.toml``: the default config file (relative to rootdir).

Example test::

    def test_draft_matches_wire(claim_checker, claimcheck_documents):
        stories = claimcheck_documents("stories")          # stories/ beside this file
        claim_checker.assert_consistent(stories["wire.txt"], stories["draft.txt"])
"""

from __future__ import annotations

import datetime as _dt
import json
import os
from pathlib import Path
from typing import Any, Mapping, Optional, Union

import pytest

from .. import __version__
from .._files import atomic_write
from ..conflicts.check import Config, load_config
from ..models import SEVERITIES, Claim, Conflict, Report
from . import (
    ClaimChecker, DocumentSet, add_check_listener, failing_conflicts, format_claim, format_conflicts, load_sources,
    remove_check_listener,
)

_MARKER = "claimcheck"
_MARKER_KEYS = ("fail_on", "kinds", "subjects")
_MARKER_HELP = (f"{_MARKER}(fail_on='medium', kinds=None, subjects=None): tune the claim_checker fixture "
                "for this test: the lowest severity that fails, and the claim kinds/subjects looked at.")


# -- recording checks for --claimcheck-report -----------------------------------------------
class _Recorder:
    """Collects every check made during the run, tagged with the running test."""

    def __init__(self, path: Path):
        self.path = path
        self.nodeid: Optional[str] = None
        self.entries: list[dict[str, Any]] = []

    def __call__(self, report: Report, details: Mapping[str, Any]) -> None:
        fail_on = details.get("fail_on") or "medium"
        failing = failing_conflicts(report, fail_on=fail_on, kinds=details.get("kinds"), subjects=details.get("subjects"))
        self.entries.append({
            "nodeid": self.nodeid,  # None: a check made outside any test (e.g. at collection)
            "fail_on": fail_on,
            "kinds": details.get("kinds"),
            "subjects": details.get("subjects"),
            "failed": bool(failing),
            "failing_conflicts": [c.id for c in failing],
            "report": report.model_dump(mode="json"),
        })

    def write(self) -> None:
        """Write the file whole or not at all: a temp file in the same folder renamed
        over the target, so a CI job never picks up half a JSON document."""
        payload = {
            "claimcheck_version": __version__,
            "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
            "checks": len(self.entries),
            "reports": self.entries,
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, json.dumps(payload, indent=2, ensure_ascii=False) + "\n")


_RECORDER = pytest.StashKey[Optional[_Recorder]]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("claimcheck", "claimcheck: conflicts between news reports")
    group.addoption("--claimcheck-report", dest="claimcheck_report", metavar="PATH", default=None,
                    help="write a JSON report of every claimcheck check made during the run to PATH")
    parser.addini("claimcheck_config", "default claimcheck rules file (TOML/YAML) for the claimcheck_config fixture",
                  default="")


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", _MARKER_HELP)
    path = config.getoption("claimcheck_report", None)
    recorder = None
    if path:
        recorder = _Recorder(Path(config.invocation_params.dir, path).resolve())
        add_check_listener(recorder)
    config.stash[_RECORDER] = recorder


def pytest_unconfigure(config: pytest.Config) -> None:
    recorder = config.stash.get(_RECORDER, None)
    if recorder is not None:
        remove_check_listener(recorder)


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    recorder = item.config.stash.get(_RECORDER, None)
    if recorder is not None:
        recorder.nodeid = item.nodeid


def pytest_runtest_teardown(item: pytest.Item, nextitem: Optional[pytest.Item]) -> None:
    recorder = item.config.stash.get(_RECORDER, None)
    if recorder is not None:
        recorder.nodeid = None


def pytest_sessionfinish(session: pytest.Session, exitstatus: Union[int, pytest.ExitCode]) -> None:
    recorder = session.config.stash.get(_RECORDER, None)
    if recorder is not None and not hasattr(session.config, "workerinput"):  # xdist workers: see docs
        recorder.write()


def pytest_terminal_summary(terminalreporter: Any, exitstatus: int, config: pytest.Config) -> None:
    recorder = config.stash.get(_RECORDER, None)
    if recorder is not None:
        terminalreporter.write_line(f"claimcheck: {len(recorder.entries)} check(s) written to {recorder.path}")


# -- fixtures ----------------------------------------------------------------------------
@pytest.fixture
def claimcheck_config(request: pytest.FixtureRequest) -> Config:
    """The rules configuration ``claim_checker`` uses.

    By default the ``claimcheck_config`` ini setting (a TOML/YAML file relative to the
    rootdir) or the built-in defaults. Override it for a module or a folder by defining
    a fixture of the same name in the test module or a conftest.py::

        @pytest.fixture
        def claimcheck_config():
            return Config().tune("value_conflict", time_window_days=30)
    """
    ini = request.config.getini("claimcheck_config")
    if ini:
        return load_config(Path(str(request.config.rootpath), str(ini)))
    return Config()


def _marker_settings(request: pytest.FixtureRequest) -> dict[str, Any]:
    """The claimcheck marker's keywords, the closest marker winning per keyword (a
    function marker overrides a class or module one)."""
    settings: dict[str, Any] = {}
    for mark in request.node.iter_markers(_MARKER):
        if mark.args:
            pytest.fail(f"@pytest.mark.{_MARKER} takes keywords only ({', '.join(_MARKER_KEYS)}), "
                        f"not positional arguments {mark.args!r}", pytrace=False)
        unknown = set(mark.kwargs) - set(_MARKER_KEYS)
        if unknown:
            pytest.fail(f"@pytest.mark.{_MARKER}: unknown keyword(s) {', '.join(sorted(unknown))}; "
                        f"known: {', '.join(_MARKER_KEYS)}", pytrace=False)
        for key, value in mark.kwargs.items():
            settings.setdefault(key, value)
    fail_on = settings.get("fail_on", "medium")
    if fail_on not in SEVERITIES:
        pytest.fail(f"@pytest.mark.{_MARKER}: fail_on={fail_on!r} is not one of {', '.join(SEVERITIES)}", pytrace=False)
    for key in ("kinds", "subjects"):
        if isinstance(settings.get(key), str):  # kinds="count" means ["count"], not 5 letters
            settings[key] = [settings[key]]
    return settings


@pytest.fixture
def claim_checker(request: pytest.FixtureRequest, claimcheck_config: Config) -> ClaimChecker:
    """A :class:`~claimcheck.testing.ClaimChecker` with ``claimcheck_config`` and this
    test's ``@pytest.mark.claimcheck(fail_on=..., kinds=..., subjects=...)``.

    ``claim_checker.check(*sources)`` returns the Report, ``.extract(source)`` the
    claims, ``.assert_consistent(*sources)`` fails the test with both sentences of every
    conflict. Sources are paths, Documents or article text.
    """
    settings = _marker_settings(request)
    color = request.config.get_terminal_writer().hasmarkup
    return ClaimChecker(claimcheck_config, fail_on=settings.get("fail_on", "medium"), kinds=settings.get("kinds"),
                        subjects=settings.get("subjects"), color=color)


@pytest.fixture
def claimcheck_documents(request: pytest.FixtureRequest) -> "DocumentLoader":
    """Load documents: ``claimcheck_documents("stories")`` reads the folder's ``.txt``,
    ``.json`` and ``.jsonl`` files with its ``meta.yaml`` (outlets, dates).

    Relative paths are looked up beside the test file first, then in the current
    folder. The result is a list that can also be indexed by file name:
    ``docs["draft.txt"]``.
    """
    return DocumentLoader(Path(str(request.path)).parent)


class DocumentLoader:
    """The ``claimcheck_documents`` helper: call it with paths (relative ones are looked
    up beside the test file first) to get a :class:`~claimcheck.testing.DocumentSet`."""

    def __init__(self, here: Path):
        self.here = here

    def __repr__(self) -> str:  # shown in tracebacks: short, and without a memory address
        return f"claimcheck_documents(relative to {self.here.name}/)"

    def __call__(self, *paths: Union[str, "os.PathLike[str]"]) -> DocumentSet:
        resolved: list[Path] = []
        for p in paths:
            path = Path(p)
            if not path.is_absolute() and (self.here / path).exists():
                path = self.here / path
            resolved.append(path)
        return DocumentSet(load_sources(*resolved))


# -- assertion messages ------------------------------------------------------------------
_FIELDS = ("kind", "subject", "concept", "predicate", "scope", "unit", "attribution")


def _claim_diff(left: Claim, right: Claim, color: bool) -> list[str]:
    # pytest cuts explanations to ~8 lines unless -vv: what differs comes first, then
    # one line per sentence.
    lines = [f"claims differ: {left.text!r} ({left.doc}) != {right.text!r} ({right.doc})"]
    for name in ("value.low", "value.high", "value.qualifier") + _FIELDS + ("time.as_of",):
        a, b = _get(left, name), _get(right, name)
        if a != b:
            lines.append(f"  {name}: {a!r} != {b!r}")
    lines.append(f"left:  {_sentence(left, color)}")
    lines.append(f"right: {_sentence(right, color)}")
    return lines


def _sentence(claim: Claim, color: bool) -> str:
    return format_claim(claim, color=color, width=10_000).splitlines()[1].strip()


def _get(obj: Any, dotted: str) -> Any:
    for part in dotted.split("."):
        obj = getattr(obj, part)
    return obj


def _fact(c: Claim) -> tuple[Any, ...]:
    """What a claim says, regardless of which document says it."""
    return (c.kind, c.subject, c.predicate, c.scope, c.value.low, c.value.high, c.value.qualifier, c.unit)


def _claims_diff(left: list[Claim], right: list[Claim], color: bool) -> list[str]:
    lf, rf = {_fact(c) for c in left}, {_fact(c) for c in right}
    only_left = [c for c in left if _fact(c) not in rf]
    only_right = [c for c in right if _fact(c) not in lf]
    lines = [f"claims differ: {len(only_left)} only on the left, {len(only_right)} only on the right"]
    for title, group in (("only on the left:", only_left), ("only on the right:", only_right)):
        if group:
            lines += ["", title]
            for c in group[:10]:
                lines += ["  " + line for line in format_claim(c, color=color).splitlines()]
            if len(group) > 10:
                lines.append(f"  ... and {len(group) - 10} more")
    return lines


def _conflicts_lines(conflicts: list[Conflict], report: Optional[Report], color: bool) -> list[str]:
    return format_conflicts(conflicts, report, color=color).splitlines()


def _is_seq_of(x: Any, cls: type) -> bool:
    return isinstance(x, (list, tuple)) and bool(x) and all(isinstance(i, cls) for i in x)


def pytest_assertrepr_compare(config: pytest.Config, op: str, left: Any, right: Any) -> Optional[list[str]]:
    """Readable failures for comparisons of claimcheck objects: the sentences with the
    figures marked, instead of the reprs of pydantic models."""
    if op not in ("==", "!="):
        return None
    color = config.get_terminal_writer().hasmarkup
    if isinstance(left, Claim) and isinstance(right, Claim):
        return _claim_diff(left, right, color)
    if (_is_seq_of(left, Claim) or _is_seq_of(right, Claim)) and all(isinstance(x, (list, tuple)) for x in (left, right)):
        return _claims_diff(list(left), list(right), color)
    for side in (left, right):
        if isinstance(side, Report):
            head = (f"claimcheck report: {len(side.conflicts)} conflict(s) in {len(side.documents)} document(s), "
                    f"{len(side.claims)} claim(s)")
            return [head, ""] + _conflicts_lines(list(side.conflicts), side, color)
        if isinstance(side, Conflict):
            return [f"claimcheck conflict {side.id}", ""] + _conflicts_lines([side], None, color)
        if _is_seq_of(side, Conflict):
            return [f"{len(side)} claimcheck conflict(s)", ""] + _conflicts_lines(list(side), None, color)
    return None


__all__ = ["claim_checker", "claimcheck_config", "claimcheck_documents", "pytest_assertrepr_compare"]
