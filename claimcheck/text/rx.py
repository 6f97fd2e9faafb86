"""Compiled patterns for document text, each match bounded in time.

Every pattern that runs over document text is a :class:`Bounded` pattern: its matches
pass ``regex``'s ``timeout``, so a text built to make a pattern backtrack raises
``TimeoutError`` (turned into :class:`~claimcheck.errors.ExtractTimeout`, naming the
document) instead of hanging. ``_rx`` also caches compiled patterns without the
per-call overhead of ``regex``'s module API (its flag handling costs more than the
match itself on short strings).
"""

from __future__ import annotations

from typing import Any, Iterator, Optional

import regex

MATCH_TIMEOUT = 5.0
"""Seconds one match (one search, one step of finditer) may take. A real sentence takes
microseconds; only a text built to make a pattern backtrack comes near this."""

SHORT_REACH = 1000
"""A match that can read at most this many characters (a sentence-sized window) runs
without the timeout: setting a timeout costs ``regex`` about 1.3 microseconds a call (a
clock read, and more for each match of a findall), 11% of extraction time if paid by all
of its 210,000 calls per MB, while most of them look at a few dozen characters (a word
before a figure, a unit after it). Every call that can read further (a long sentence, the
rest of the document) is bounded; the cost measured is within the machine's noise, 0 to 4%."""


class Bounded:
    """A compiled ``regex`` pattern whose every match that can read more than
    ``SHORT_REACH`` characters is bounded by ``MATCH_TIMEOUT``.

    Arguments are passed positionally: ``regex`` parses keywords slowly, and these calls
    are the hot path of extraction (about 230,000 per MB). So the hot methods test the
    window inline (no call of a helper), call a bound method kept in a slot (no attribute
    lookup on the compiled pattern), and pass no timeout for a short window (only
    ``string, pos, endpos`` and ``concurrent``, below): ``regex`` parses each further
    argument, and the six-argument call costs about twice the instructions of the
    three-argument one (measured with cachegrind).
    ``MATCH_TIMEOUT`` is read at each call, so a test can lower it.

    A short window's match also keeps the GIL (``concurrent=False``, the fourth argument of
    match and search; fifth of finditer and findall, after ``overlapped``): by default
    ``regex`` releases and takes it again around every match, about 1,100 instructions a
    call (a third of a typical one), for a match that reads a few dozen characters. A match
    or fullmatch anchored in a long window keeps it too: almost every one reads a few words
    at a figure, and one that a hostile text makes backtrack still stops at the timeout. A
    search or a scan over a long window (the rest of a document) lets other threads run.
    """

    __slots__ = ("_p", "_search", "_match", "_fullmatch", "pattern", "flags", "groupindex", "groups")

    def __init__(self, compiled: "regex.Pattern"):
        self._p = compiled
        self._search, self._match, self._fullmatch = compiled.search, compiled.match, compiled.fullmatch
        self.pattern, self.flags, self.groupindex, self.groups = compiled.pattern, compiled.flags, compiled.groupindex, compiled.groups

    def search(self, string: str, pos: int = 0, endpos: Optional[int] = None):
        if (len(string) if endpos is None else endpos) - pos > SHORT_REACH:
            return self._search(string, pos, endpos, None, False, MATCH_TIMEOUT)
        return self._search(string, pos, endpos, False)

    def match(self, string: str, pos: int = 0, endpos: Optional[int] = None):
        if (len(string) if endpos is None else endpos) - pos > SHORT_REACH:
            return self._match(string, pos, endpos, False, False, MATCH_TIMEOUT)
        return self._match(string, pos, endpos, False)

    def fullmatch(self, string: str, pos: int = 0, endpos: Optional[int] = None):
        if (len(string) if endpos is None else endpos) - pos > SHORT_REACH:
            return self._fullmatch(string, pos, endpos, False, False, MATCH_TIMEOUT)
        return self._fullmatch(string, pos, endpos, False)

    # the other methods as the hot ones: a short window passes no timeout, and keeps the GIL
    def finditer(self, string: str, pos: int = 0, endpos: Optional[int] = None) -> Iterator[Any]:
        if (len(string) if endpos is None else endpos) - pos > SHORT_REACH:
            return self._p.finditer(string, pos, endpos, False, None, False, MATCH_TIMEOUT)
        return self._p.finditer(string, pos, endpos, False, False)

    def findall(self, string: str, pos: int = 0, endpos: Optional[int] = None) -> list:
        if (len(string) if endpos is None else endpos) - pos > SHORT_REACH:
            return self._p.findall(string, pos, endpos, timeout=MATCH_TIMEOUT)
        return self._p.findall(string, pos, endpos, False, False)

    def sub(self, repl: Any, string: str, count: int = 0) -> str:
        if len(string) > SHORT_REACH:
            return self._p.sub(repl, string, count, timeout=MATCH_TIMEOUT)
        return self._p.sub(repl, string, count, concurrent=False)

    def split(self, string: str, maxsplit: int = 0) -> list:
        if len(string) > SHORT_REACH:
            return self._p.split(string, maxsplit, timeout=MATCH_TIMEOUT)
        return self._p.split(string, maxsplit, False)

    def __repr__(self) -> str:
        return f"Bounded({self._p!r})"


def compile(pattern: str, flags: int = 0) -> Bounded:  # noqa: A001 (the name regex users expect)
    """``regex.compile`` with every match bounded in time."""
    return Bounded(regex.compile(pattern, flags))


def bound_all(namespace: dict) -> None:
    """Bound every compiled pattern in ``namespace`` (a module's ``globals()`` or an
    object's ``vars()``): one line at the end of a module covers all its patterns."""
    for name, value in list(namespace.items()):
        if isinstance(value, regex.Pattern):
            namespace[name] = Bounded(value)


_CACHE: dict[str, Bounded] = {}


def _rx(pattern: str) -> Bounded:
    """``pattern`` compiled once per process (a cache of immutable patterns: safe to share
    between threads, and no setting changes it)."""
    got = _CACHE.get(pattern)
    if got is None:
        got = _CACHE[pattern] = compile(pattern)
    return got
