"""pytest plugin: check that drafts agree with their sources, inside a test suite.

Loaded through the ``pytest11`` entry point once claimcheck is installed (or with
``-p claimcheck.testing.plugin``). It provides:

fixtures
    ``claimcheck_config`` (the rules :class:`~claimcheck.Config`; override it in
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

from pathlib import Path
from typing import Any, Optional, Union

import pytest

from ..conflicts.check import Config, load_config
from ..models import SEVERITIES
from . import ClaimChecker, add_check_listener, remove_check_listener
from .messages import comparison_lines
from .record import CheckRecorder, DocumentLoader

_MARKER = "claimcheck"
_MARKER_KEYS = ("fail_on", "kinds", "subjects")
_MARKER_HELP = (f"{_MARKER}(fail_on='medium', kinds=None, subjects=None): tune the claim_checker fixture "
                "for this test: the lowest severity that fails, and the claim kinds/subjects looked at.")


_RECORDER = pytest.StashKey[Optional[CheckRecorder]]()


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
        recorder = CheckRecorder(Path(config.invocation_params.dir, path).resolve())
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


def pytest_assertrepr_compare(config: pytest.Config, op: str, left: Any, right: Any) -> Optional[list[str]]:
    """Readable failures for comparisons of claimcheck objects: the sentences with the
    figures marked, instead of the reprs of pydantic models."""
    if op not in ("==", "!="):
        return None
    return comparison_lines(left, right, color=config.get_terminal_writer().hasmarkup)


__all__ = ["claim_checker", "claimcheck_config", "claimcheck_documents", "pytest_assertrepr_compare"]
