"""Assertions for test suites: "this draft must agree with the wire copy".

Every function takes *sources*: a path (a ``.txt`` file, a folder with its
``meta.yaml``, a ``.json``/``.jsonl`` file of records), a :class:`~claimcheck.Document`,
or a raw string of article text (given the ids ``text-1``, ``text-2``... in order).

    >>> from claimcheck.testing import assert_claim, assert_consistent, ClaimConflictError
    >>> wire = "Rescuers said 250 miners were trapped in Zonguldak."
    >>> draft = "Officials said 600 miners were trapped in Zonguldak."
    >>> assert_claim(wire, subject="miners", value=250).text
    '250'
    >>> try:
    ...     assert_consistent(wire, draft)
    ... except ClaimConflictError as exc:
    ...     print(len(exc.conflicts), exc.conflicts[0].type)
    1 value_conflict

Failures are :class:`AssertionError` subclasses, so pytest reports them as test
failures (not errors) and shows their message: the conflicting sentences next to each
other with the figures marked »like this«.
"""

from __future__ import annotations

import os
from typing import Any, Callable, Iterable, Mapping, Optional, Sequence, Union

from ..report.present import claims_by_id, conflict_kinds, conflict_subjects
from ..conflicts.check import Config, check
from ..documents import document_from_text, load_documents
from ..errors import ConfigError
from ..pipeline.extract import extract_many
from ..models import SEVERITIES, Claim, Conflict, Document, Report
from ..text.forms import num
from .messages import format_claim, format_conflicts

__all__ = [
    "ClaimAssertionError", "ClaimChecker", "ClaimConflictError", "DocumentSet", "Source", "assert_claim", "assert_consistent", "assert_no_claim",
    "claims_of", "format_claim", "format_conflicts", "load_sources",
]

Source = Union[str, "os.PathLike[str]", Document]
"""A path, a Document, or raw article text."""
ConfigLike = Union[None, Config, Mapping[str, Any], str, "os.PathLike[str]"]
Value = Union[float, int, tuple[float, float]]
Tolerance = Union[None, float, int, str]

# Suffixes that make a string a path even when the file is missing: a typo in a file
# name must fail loudly ("no such file"), not be checked as a one-line "article".
_PATH_SUFFIXES = (".txt", ".json", ".jsonl", ".yaml", ".yml")


# -- sources -------------------------------------------------------------------------------
def _looks_like_path(s: str) -> bool:
    if "\n" in s or len(s) > 4096:
        return False
    if os.path.exists(s):
        return True
    stripped = s.strip()
    return (" " not in stripped) and (stripped.lower().endswith(_PATH_SUFFIXES) or "/" in stripped or os.sep in stripped)


def load_sources(*sources: Source) -> list[Document]:
    """Documents from paths, Documents and raw strings, in order.

    >>> [d.id for d in load_sources("250 miners were trapped.", "600 miners were trapped.")]
    ['text-1', 'text-2']
    """
    docs: list[Document] = []
    n_text = 0
    for src in sources:
        if isinstance(src, Document):
            docs.append(src)
        elif isinstance(src, os.PathLike):
            docs.extend(load_documents(src))
        elif isinstance(src, str):
            if _looks_like_path(src):
                docs.extend(load_documents(src))
            else:
                n_text += 1
                docs.append(document_from_text(src, f"text-{n_text}"))
        elif isinstance(src, (list, tuple)):  # e.g. the list a folder loads into
            docs.extend(load_sources(*src))
        else:
            raise TypeError(f"a source is a path, a Document or article text, not {type(src).__name__}")
    return docs


# -- observers: the pytest plugin records every check made during a run ------------------
CheckListener = Callable[[Report, Mapping[str, Any]], None]
_LISTENERS: list[CheckListener] = []


def add_check_listener(fn: CheckListener) -> None:
    """Call ``fn(report, details)`` after every check this module makes (the pytest
    plugin uses it for ``--claimcheck-report``)."""
    _LISTENERS.append(fn)


def remove_check_listener(fn: CheckListener) -> None:
    """Stop calling ``fn``; a no-op when it was not added."""
    if fn in _LISTENERS:
        _LISTENERS.remove(fn)


def _notify(report: Report, details: Mapping[str, Any]) -> None:
    for fn in list(_LISTENERS):
        fn(report, details)


def run_check(*sources: Source, config: ConfigLike = None, fail_on: Optional[str] = None,
              kinds: Optional[Iterable[str]] = None, subjects: Optional[Iterable[str]] = None) -> Report:
    """``check()`` over the sources, reported to the listeners. Used by
    :func:`assert_consistent` and the plugin's ``claim_checker.check``."""
    report = check(load_sources(*sources), config=config)
    _notify(report, {"fail_on": fail_on, "kinds": sorted(kinds) if kinds else None,
                     "subjects": sorted(subjects) if subjects else None})
    return report


# -- errors ----------------------------------------------------------------------------
class ClaimConflictError(AssertionError):
    """The sources disagree. ``.conflicts`` holds the conflicts at or above the
    threshold, ``.report`` the whole :class:`~claimcheck.models.Report`."""

    def __init__(self, conflicts: Sequence[Conflict], report: Report, *, fail_on: str = "medium",
                 color: bool = False, width: Optional[int] = None):
        self.conflicts: tuple[Conflict, ...] = tuple(conflicts)
        self.report: Report = report
        self.fail_on = fail_on
        docs = ", ".join(d.outlet or d.id for d in report.documents)
        head = (f"claimcheck found {len(self.conflicts)} conflict(s) of severity {fail_on} or worse "
                f"between {len(report.documents)} document(s) ({docs}):")
        body = format_conflicts(self.conflicts, report, width=width, color=color)
        super().__init__(f"{head}\n\n{body}")


class ClaimAssertionError(AssertionError):
    """A figure is missing (``assert_claim``) or present (``assert_no_claim``).
    ``.claims`` holds the claims the message lists."""

    def __init__(self, message: str, claims: Sequence[Claim] = ()):
        self.claims: tuple[Claim, ...] = tuple(claims)
        super().__init__(message)


# -- assertions ------------------------------------------------------------------------
def _check_severity(fail_on: str) -> None:
    if fail_on not in SEVERITIES:
        raise ConfigError(f"fail_on {fail_on!r} is not one of {', '.join(SEVERITIES)}", type="config.invalid_value")


def failing_conflicts(report: Report, *, fail_on: str = "medium", kinds: Optional[Iterable[str]] = None,
                      subjects: Optional[Iterable[str]] = None) -> list[Conflict]:
    """The conflicts of ``report`` at or above ``fail_on`` that involve one of
    ``kinds`` and one of ``subjects`` (None: any)."""
    _check_severity(fail_on)
    claims = claims_by_id(report.claims)
    kind_set = set(kinds) if kinds is not None else None
    subject_set = {s.lower() for s in subjects} if subjects is not None else None
    out = []
    for c in report.at_least(fail_on):
        if kind_set is not None and not (conflict_kinds(c, claims) & kind_set):
            continue
        if subject_set is not None and not ({s.lower() for s in conflict_subjects(c, claims)} & subject_set):
            continue
        out.append(c)
    return out


def assert_consistent(*sources: Source, kinds: Optional[Iterable[str]] = None, subjects: Optional[Iterable[str]] = None,
                      fail_on: str = "medium", config: ConfigLike = None, color: bool = False) -> Report:
    """Assert the sources do not disagree on any figure; return the report.

    ``fail_on`` is the lowest severity that fails (info, low, medium, high); ``kinds``
    and ``subjects`` limit the check to conflicts about those claims; ``config`` is a
    :class:`~claimcheck.Config`, a mapping or a TOML/YAML file.

    >>> assert_consistent("About 250 miners were trapped in Zonguldak.",
    ...                   "Some 250 miners were trapped in Zonguldak.").conflicts
    ()
    >>> assert_consistent("250 miners were trapped in Zonguldak.", "600 miners were trapped in Zonguldak.",
    ...                   kinds=["percentage"]).conflicts[0].type  # a count conflict, not looked at
    'value_conflict'

    Raises :class:`ClaimConflictError` listing each conflict with both sentences.
    """
    __tracebackhide__ = True  # pytest: show the failing test line, not this frame
    _check_severity(fail_on)
    kind_list = list(kinds) if kinds is not None else None
    subject_list = list(subjects) if subjects is not None else None
    report = run_check(*sources, config=config, fail_on=fail_on, kinds=kind_list, subjects=subject_list)
    bad = failing_conflicts(report, fail_on=fail_on, kinds=kind_list, subjects=subject_list)
    if bad:
        raise ClaimConflictError(bad, report, fail_on=fail_on, color=color)
    return report


def claims_of(source: Source, *more: Source, kinds: Optional[Iterable[str]] = None,
              subjects: Optional[Iterable[str]] = None) -> list[Claim]:
    """Every claim of the source(s), optionally only of some kinds or subjects.

    >>> [(c.text, c.subject) for c in claims_of("About 250 miners were trapped in Zonguldak.")]
    [('About 250', 'miners')]
    """
    claims = extract_many(load_sources(source, *more))
    if kinds is not None:
        kind_set = set(kinds)
        claims = [c for c in claims if c.kind in kind_set]
    if subjects is not None:
        subject_set = {s.lower() for s in subjects}
        claims = [c for c in claims if (c.subject or "").lower() in subject_set]
    return claims


def _target(value: Value) -> tuple[float, float]:
    if isinstance(value, tuple):
        if len(value) != 2:
            raise TypeError("a range value is a (low, high) tuple")
        return float(value[0]), float(value[1])
    return float(value), float(value)


def _tolerance(tolerance: Tolerance, target: tuple[float, float]) -> float:
    """Absolute tolerance: a number as given, "5%" relative to the expected figure."""
    if tolerance is None:
        return 1e-9 * max(1.0, abs(target[0]), abs(target[1]))  # float noise only
    if isinstance(tolerance, str):
        text = tolerance.strip()
        if not text.endswith("%"):
            raise ValueError(f"tolerance {tolerance!r}: give a number or a percentage such as '5%'")
        return float(text[:-1]) / 100 * max(abs(target[0]), abs(target[1]))
    return float(tolerance)


def _readings(claim: Claim) -> list[tuple[float, float]]:
    """The figure as stated and as normalized (3 days stays 3, not 0.0082 years)."""
    out = [(claim.value.low, claim.value.high)]
    if claim.normalized is not None:
        out.append((claim.normalized.low, claim.normalized.high))
    return out


def _distance(claim: Claim, target: tuple[float, float]) -> float:
    return min(max(abs(lo - target[0]), abs(hi - target[1])) for lo, hi in _readings(claim))


def _same(a: Optional[str], b: Optional[str]) -> bool:
    return a is not None and b is not None and a.casefold() == b.casefold()


def _filter(claims: Sequence[Claim], subject: Optional[str], kind: Optional[str], scope: Optional[str],
            predicate: Optional[str]) -> list[Claim]:
    out = []
    for c in claims:
        if subject is not None and not (_same(c.subject, subject) or _same(c.concept, subject)):
            continue
        if kind is not None and c.kind != kind:
            continue
        if scope is not None and not (_same(c.scope, scope) or _same(c.place, scope)):
            continue
        if predicate is not None and not _same(c.predicate, predicate):
            continue
        out.append(c)
    return out


def _wanted(subject: Optional[str], value: Optional[Value], kind: Optional[str], scope: Optional[str],
            predicate: Optional[str]) -> str:
    parts = []
    if value is not None:
        lo, hi = _target(value)
        parts.append(num(lo) if lo == hi else f"{num(lo)}-{num(hi)}")
    parts.append(subject or "(any subject)")
    if predicate:
        parts.append(predicate)
    if scope:
        parts.append(f"in {scope}")
    if kind:
        parts.append(f"({kind})")
    return " ".join(parts)


def _source_name(docs: Sequence[Document]) -> str:
    return ", ".join(d.id for d in docs) or "(no documents)"


def assert_claim(source: Source, *, subject: Optional[str] = None, value: Optional[Value] = None, kind: Optional[str] = None,
                 scope: Optional[str] = None, tolerance: Tolerance = None, predicate: Optional[str] = None) -> Claim:
    """Assert the source states this figure; return the claim that does.

    ``value`` is a number or a ``(low, high)`` tuple for a range; it is compared with
    the figure as stated and as normalized (``claim.value``/``claim.normalized``).
    ``tolerance`` is absolute (``5``) or relative to ``value`` (``"2%"``); None means
    equal. ``subject``, ``scope`` and ``predicate`` compare case-insensitively
    (``scope`` also matches the un-narrowed ``place``).

    >>> assert_claim("She said 1,200 to 1,800 rebels were left in Tal Afar.", subject="fighters",
    ...              value=(1200, 1800)).text
    '1,200 to 1,800'
    >>> assert_claim("Nineteen people died.", subject="people", value=20, tolerance=1).value.low
    19.0

    Raises :class:`ClaimAssertionError` listing the closest claims found.
    """
    __tracebackhide__ = True  # pytest: show the failing test line, not this frame
    docs = load_sources(source)
    claims = extract_many(docs)
    candidates = _filter(claims, subject, kind, scope, predicate)
    if value is None:
        if candidates:
            return candidates[0]
        nearest: list[Claim] = sorted(_filter(claims, subject, None, None, None) or claims, key=lambda c: c.evidence.start)
    else:
        target = _target(value)
        tol = _tolerance(tolerance, target)
        hits = [c for c in candidates if _distance(c, target) <= tol]
        if hits:
            return min(hits, key=lambda c: _distance(c, target))
        # Closest first: claims that pass the filters, then the rest, each by how far
        # the figure is from the one expected.
        passing = {c.id for c in candidates}
        nearest = sorted(claims, key=lambda c: (c.id not in passing, _distance(c, target)))
    shown = nearest[:5]
    lines = [f"{_source_name(docs)} does not state {_wanted(subject, value, kind, scope, predicate)}"
             + (f" (tolerance {tolerance})" if tolerance is not None else "") + "."]
    if shown:
        lines.append("Closest claims found:")
        lines += ["  " + format_claim(c).replace("\n", "\n  ") for c in shown]
    else:
        lines.append("No claims were found at all.")
    raise ClaimAssertionError("\n".join(lines), shown)


def assert_no_claim(source: Source, *, subject: Optional[str] = None, value: Optional[Value] = None,
                    kind: Optional[str] = None, scope: Optional[str] = None, tolerance: Tolerance = None,
                    predicate: Optional[str] = None) -> None:
    """Assert no claim of the source matches all the given filters (same meaning as in
    :func:`assert_claim`); with no filters at all, that the source states no figure.

    >>> assert_no_claim("About 250 miners were trapped in Zonguldak.", subject="miners", value=600)

    Raises :class:`ClaimAssertionError` listing the claims that match.
    """
    __tracebackhide__ = True  # pytest: show the failing test line, not this frame
    docs = load_sources(source)
    claims = _filter(extract_many(docs), subject, kind, scope, predicate)
    if value is not None:
        target = _target(value)
        tol = _tolerance(tolerance, target)
        claims = [c for c in claims if _distance(c, target) <= tol]
    if claims:
        lines = [f"{_source_name(docs)} states {_wanted(subject, value, kind, scope, predicate)}"
                 f" ({len(claims)} claim(s)), expected none:"]
        lines += ["  " + format_claim(c).replace("\n", "\n  ") for c in claims[:10]]
        if len(claims) > 10:
            lines.append(f"  ... and {len(claims) - 10} more")
        raise ClaimAssertionError("\n".join(lines), claims)


# -- a configured checker (the pytest plugin's ``claim_checker`` fixture) -----------------
class DocumentSet(list):  # type: ignore[type-arg]
    """A list of Documents that can also be indexed by document id.

    >>> docs = DocumentSet(load_sources("250 miners were trapped.", "600 miners were trapped."))
    >>> docs["text-2"].text
    '600 miners were trapped.'
    """

    def __getitem__(self, key: Any) -> Any:
        if isinstance(key, str):
            for doc in self:
                if doc.id == key:
                    return doc
            raise KeyError(f"no document {key!r}; ids: {', '.join(d.id for d in self)}")
        return super().__getitem__(key)

    @property
    def ids(self) -> list[str]:
        """The document ids, in order."""
        return [d.id for d in self]


class ClaimChecker:
    """Checks with fixed settings: a config, a ``fail_on`` severity, and optional
    ``kinds``/``subjects`` that limit what is looked at.

    >>> checker = ClaimChecker(fail_on="high")
    >>> report = checker.assert_consistent("250 miners were trapped in Zonguldak.",
    ...                                    "260 miners were trapped in Zonguldak.")
    """

    def __init__(self, config: ConfigLike = None, *, fail_on: str = "medium", kinds: Optional[Iterable[str]] = None,
                 subjects: Optional[Iterable[str]] = None, color: bool = False):
        _check_severity(fail_on)
        self.config = config
        self.fail_on = fail_on
        self.kinds: Optional[tuple[str, ...]] = tuple(kinds) if kinds is not None else None
        self.subjects: Optional[tuple[str, ...]] = tuple(subjects) if subjects is not None else None
        self.color = color

    def __repr__(self) -> str:
        return (f"ClaimChecker(fail_on={self.fail_on!r}, kinds={self.kinds!r}, subjects={self.subjects!r}, "
                f"config={self.config!r})")

    def documents(self, *sources: Source) -> DocumentSet:
        """The Documents the sources load into."""
        return DocumentSet(load_sources(*sources))

    def check(self, *sources: Source) -> Report:
        """The full report (never raises for conflicts; see :meth:`failing`)."""
        return run_check(*sources, config=self.config, fail_on=self.fail_on, kinds=self.kinds, subjects=self.subjects)

    def failing(self, report: Report) -> list[Conflict]:
        """The conflicts of ``report`` this checker fails on."""
        return failing_conflicts(report, fail_on=self.fail_on, kinds=self.kinds, subjects=self.subjects)

    def extract(self, source: Source, *more: Source) -> list[Claim]:
        """The claims of the source(s), limited to this checker's kinds and subjects."""
        return claims_of(source, *more, kinds=self.kinds, subjects=self.subjects)

    def assert_consistent(self, *sources: Source, fail_on: Optional[str] = None, kinds: Optional[Iterable[str]] = None,
                          subjects: Optional[Iterable[str]] = None) -> Report:
        """:func:`assert_consistent` with this checker's settings (arguments override them)."""
        __tracebackhide__ = True
        return assert_consistent(*sources, config=self.config, fail_on=fail_on or self.fail_on,
                                 kinds=kinds if kinds is not None else self.kinds,
                                 subjects=subjects if subjects is not None else self.subjects, color=self.color)

    def assert_claim(self, source: Source, **filters: Any) -> Claim:
        """:func:`assert_claim` (same keywords)."""
        __tracebackhide__ = True
        return assert_claim(source, **filters)

    def assert_no_claim(self, source: Source, **filters: Any) -> None:
        """:func:`assert_no_claim` (same keywords)."""
        __tracebackhide__ = True
        assert_no_claim(source, **filters)
