"""The rule registry: every conflict rule under a versioned name.

A name reads ``<package>.<rule>.v<N>`` ("claimcheck.value_conflict.v1"), so a config
file or a stored report names exactly the behaviour it ran, and a changed rule gets a
new version instead of silently changing old results.

    >>> from claimcheck.conflicts import registry
    >>> "claimcheck.value_conflict.v1" in registry.available()
    True

A user rule is a class (or instance) with ``name``, ``type``, ``default_severity``,
``Settings`` and ``check``; decorate it with :func:`register` (see docs/rules.md).
"""

from __future__ import annotations

import re
from typing import Any, Optional, Protocol, Sequence, TypeVar, runtime_checkable

from ..errors import ConfigError

_NAME = re.compile(r"^[A-Za-z_][\w-]*(?:\.[A-Za-z_][\w-]*)*\.v\d+$")
_RULES: dict[str, "Rule"] = {}


@runtime_checkable
class Rule(Protocol):
    """What the engine needs from a rule (claimcheck.conflicts.rules.BaseRule implements it)."""

    name: str                 # versioned, unique: "claimcheck.value_conflict.v1"
    type: str                 # stable code written into each Conflict: "value_conflict"
    default_severity: str     # info | low | medium | high
    Settings: Any             # a pydantic model class; every field has a default
    group_by: Optional[str]   # "key" | "document" | "sentence" | None (all claims at once)
    enabled_by_default: bool

    def check(self, claims: Sequence[Any], ctx: Any) -> list[Any]: ...


T = TypeVar("T")


def register(rule: T, *, replace: bool = False) -> T:
    """Register a rule class (instantiated with no arguments) or instance.

    Usable as a decorator; returns its argument unchanged. Registering a different
    rule under a name already taken raises :class:`ConfigError` unless ``replace``.
    """
    obj = rule() if isinstance(rule, type) else rule
    for attr in ("name", "type", "default_severity", "Settings", "check"):
        if not hasattr(obj, attr):
            raise ConfigError(f"rule {rule!r} has no {attr!r}: a rule needs name, type, default_severity, Settings and check()", type="rule.invalid")
    if not _NAME.match(obj.name):
        raise ConfigError(f"rule name {obj.name!r} must be versioned like 'mypackage.my_rule.v1'", type="rule.invalid")
    if obj.default_severity not in ("info", "low", "medium", "high"):
        raise ConfigError(f"rule {obj.name}: default_severity {obj.default_severity!r} is not info, low, medium or high", type="rule.invalid")
    old = _RULES.get(obj.name)
    if old is not None and not replace and type(old) is not type(obj):
        raise ConfigError(f"a different rule is already registered as {obj.name!r} (pass replace=True to override it)", type="rule.invalid")
    _RULES[obj.name] = obj
    return rule


def unregister(name: str) -> None:
    """Remove a rule (tests and plugins that clean up after themselves)."""
    _RULES.pop(name, None)


def available() -> list[str]:
    """Names of every registered rule, sorted."""
    return sorted(_RULES)


def get(name: str) -> "Rule":
    """The rule registered as ``name``; its ``type`` code ("value_conflict") works too."""
    if name in _RULES:
        return _RULES[name]
    by_type = [r for r in _RULES.values() if r.type == name]
    if len(by_type) == 1:
        return by_type[0]
    known = ", ".join(sorted(_RULES))
    if by_type:
        raise ConfigError(f"rule type {name!r} is ambiguous: use one of {', '.join(sorted(r.name for r in by_type))}", type="config.unknown_rule")
    raise ConfigError(f"unknown rule {name!r}; available: {known}", type="config.unknown_rule")
