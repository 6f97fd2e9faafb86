"""A compiled-pattern cache without the per-call overhead of ``regex``'s module API
(its flag handling costs more than the match itself on short strings)."""

from __future__ import annotations

import regex

_CACHE: dict[str, "regex.Pattern"] = {}


def _rx(pattern: str) -> "regex.Pattern":
    """``pattern`` compiled once per process."""
    got = _CACHE.get(pattern)
    if got is None:
        got = _CACHE[pattern] = regex.compile(pattern)
    return got
