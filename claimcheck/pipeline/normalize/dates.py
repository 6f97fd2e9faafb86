"""Resolve date mentions the grammar matched to ISO strings.

The common forms ("3 November 2017", "Nov. 3", "Friday", "last month", "in August",
"2014") are resolved here directly against the publication date: no parsing library
needed. Anything else the grammar matched (numeric dates like "14/02/2014") goes to
dateparser, with English pinned, one fixed settings object, a fixed RELATIVE_BASE
(creating a new one per call leaks memory inside dateparser) and a cache.
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
from typing import Optional

import regex

from ...text.rx import bound_all

from ..mentions import DateMention, ago_offset
from ...lexicon import Lexicon, fold


class ResolvedDate:
    __slots__ = ("iso", "precision", "resolved")

    def __init__(self, iso: Optional[str], precision: str, resolved: bool):
        self.iso = iso
        self.precision = precision
        self.resolved = resolved

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"ResolvedDate({self.iso!r}, {self.precision!r}, {self.resolved})"


UNRESOLVED = ResolvedDate(None, "none", False)


def _iso(d: dt.date, precision: str) -> str:
    if precision == "year":
        return f"{d.year:04d}"
    if precision == "month":
        return f"{d.year:04d}-{d.month:02d}"
    return d.isoformat()


def _add_months(d: dt.date, months: int) -> dt.date:
    y, m = divmod(d.month - 1 + months, 12)
    return dt.date(d.year + y, m + 1, 1)


def _safe_date(y: int, m: int, d: int) -> Optional[dt.date]:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# "had burned 7,300 hectares by Wednesday": a deadline already passed
_PERFECT = regex.compile(r"(?i)(?<![\w])(?:had|has|have|was|were)\s+(?:\w+\s+){0,2}\w+ed(?![\w])|(?<![\w])had(?![\w])")


def resolve(mention: DateMention, text: str, lex: Lexicon, published: Optional[dt.date]) -> ResolvedDate:
    """The date a mention stands for; relative ones need ``published``."""
    g = mention.groups
    r = mention.rule
    if r in ("dmy", "mdy"):
        mon, day, year = (g["m1"], g["d1"], g["y1"]) if r == "dmy" else (g["m2"], g["d2"], g["y2"])
        d = _safe_date(int(year), lex.month_of[fold(mon.rstrip("."))], int(day))
        return ResolvedDate(d.isoformat(), "day", True) if d else UNRESOLVED
    if r == "iso":
        d = _safe_date(int(g["iy"]), int(g["im"]), int(g["id"]))
        return ResolvedDate(d.isoformat(), "day", True) if d else UNRESOLVED
    if r == "my":
        return ResolvedDate(f"{int(g['y5']):04d}-{lex.month_of[fold(g['m5'].rstrip('.'))]:02d}", "month", True)
    if r == "year":
        return ResolvedDate(g["year"], "year", True)
    if r == "decade":
        return ResolvedDate(g["decade"][:3], "decade", True)
    if r == "time":
        return ResolvedDate(published.isoformat() if published else None, "time", published is not None)
    if published is None:
        if r == "slash":
            return _slash(g["slash"], None)
        return UNRESOLVED
    if r in ("dm", "md"):
        mon, day = (g["m3"], g["d3"]) if r == "dm" else (g["m4"], g["d4"])
        month = lex.month_of[fold(mon.rstrip("."))]
        d = _safe_date(published.year, month, int(day))
        if d is None:
            return UNRESOLVED
        if d > published + dt.timedelta(days=31):  # "December 28" read in January
            d = _safe_date(published.year - 1, month, int(day)) or d
        elif d < published - dt.timedelta(days=31) and lex.future_before is not None \
                and lex.future_before.search(text, max(0, mention.start - 80), mention.start):
            d = _safe_date(published.year + 1, month, int(day)) or d  # "will host the awards on March 10" in October
        return ResolvedDate(d.isoformat(), "day", True)
    if r == "mon":
        month = lex.month_of[fold(g["mon"])]
        year = published.year if month <= published.month else published.year - 1
        before = text[max(0, mention.start - 6):mention.start].lower()
        if "next" in before:
            year = published.year if month > published.month else published.year + 1
        elif "last" in before and month == published.month:
            year = published.year - 1  # "last November" written in November: a year ago
        return ResolvedDate(f"{year:04d}-{month:02d}", "month", True)
    if r == "wd":
        wd = lex.weekday_of[fold(g["wd"])]
        before = text[max(0, mention.start - 24):mention.start].lower().split()
        looking_back = before and before[-1] == "by" and _PERFECT.search(text, max(0, mention.start - 80), mention.start)
        if (before and before[-1] in ("until", "till", "by", "next", "coming") or before[-2:] == ["this", "coming"]) and not looking_back:
            # "until Saturday": the next one ("by Wednesday" on a Wednesday is that day; "next" never is)
            ahead = (wd - published.weekday()) % 7 or (7 if before[-1] in ("next", "coming") else 0)
            return ResolvedDate((published + dt.timedelta(days=ahead)).isoformat(), "day", True)
        back = (published.weekday() - wd) % 7
        return ResolvedDate((published - dt.timedelta(days=back)).isoformat(), "day", True)
    if r in ("rel", "ago"):
        rel = lex.relative_of[fold(g["rel"])] if r == "rel" else ago_offset(g, lex)
        if rel is None:
            return UNRESOLVED
        if rel.weekend:
            back = (published.weekday() - 5) % 7
            return ResolvedDate((published - dt.timedelta(days=back)).isoformat(), "day", True)
        if rel.months:
            return ResolvedDate(_iso(_add_months(published, rel.months), "month"), "month", True)
        if rel.years:
            return ResolvedDate(f"{published.year + rel.years:04d}", "year", True)
        d = published + dt.timedelta(days=rel.days)
        precision = rel.precision if rel.precision in ("day", "month", "year") else "day"
        return ResolvedDate(_iso(d, precision), precision, True)
    if r == "slash":
        return _slash(g["slash"], published)
    return UNRESOLVED


def _slash(s: str, published: Optional[dt.date]) -> ResolvedDate:
    """ "14/02/2014", "3/4/17": day first (English outside the US), a two-digit year
    within a century before the publication year; dateparser for anything else."""
    parts = s.split("/")
    if len(parts) == 3 and all(p.isdigit() for p in parts):
        d, m, y = (int(p) for p in parts)
        if len(parts[2]) == 2:
            if published is None:  # no clock reading: extraction stays a pure function
                y += 2000 if y < 69 else 1900
            else:
                ref = published.year
                y += (ref // 100) * 100
                if y > ref + 1:
                    y -= 100
        got = _safe_date(y, m, d) or _safe_date(y, d, m)  # "12/25/2019" can only be month first
        if got is not None:
            return ResolvedDate(got.isoformat(), "day", True)
    return _dateparser(s, published)


# One base for every call: dateparser keeps per-settings state, so a new RELATIVE_BASE
# per document would grow without bound. Relative results are shifted afterwards.
_BASE = dt.datetime(2000, 1, 1)


@functools.lru_cache(maxsize=4096)
def _parse_cached(s: str) -> Optional[tuple[dt.date, bool]]:
    """dateparser's reading of one matched date string, against the fixed base."""
    parser = _parser()
    got = parser.get_date_data(s)
    if got is None or got.date_obj is None:
        return None
    d = got.date_obj
    absolute = d.year != _BASE.year or any(ch.isdigit() for ch in s) and len([c for c in s if c.isdigit()]) >= 6
    return d.date(), bool(absolute)


_PARSER = None
_PARSER_LOCK = threading.Lock()


def _parser():
    """One DateDataParser per process, English only, built on first use under a lock."""
    global _PARSER
    if _PARSER is None:
        with _PARSER_LOCK:
            if _PARSER is None:
                _PARSER = _new_parser()
    return _PARSER


def _new_parser():
    from dateparser.date import DateDataParser  # with the parser, on first use: the grammar resolves most dates itself

    return DateDataParser(languages=["en"], settings={
        "RELATIVE_BASE": _BASE, "PREFER_DATES_FROM": "past", "STRICT_PARSING": False,
        "RETURN_AS_TIMEZONE_AWARE": False, "DATE_ORDER": "DMY",
    })


def _dateparser(s: str, published: Optional[dt.date]) -> ResolvedDate:
    got = _parse_cached(s.strip())
    if got is None:
        return UNRESOLVED
    d, absolute = got
    if not absolute:
        if published is None:
            return UNRESOLVED
        d = published + (d - _BASE.date())
    return ResolvedDate(d.isoformat(), "day", True)


def since_interval_years(start_iso: str, published: dt.date) -> Optional[tuple[float, float]]:
    """Years elapsed from a start date ("since 2013") to ``published``: (shortest, longest).

    A year-precision start could be any day of that year; a month-precision start any
    day of that month.
    """
    parts = [int(p) for p in start_iso.split("-")]
    if len(parts) == 1:
        earliest, latest = dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
    elif len(parts) == 2:
        earliest = dt.date(parts[0], parts[1], 1)
        latest = _add_months(earliest, 1) - dt.timedelta(days=1)
    else:
        earliest = latest = dt.date(*parts)
    if latest > published:
        latest = published
    if earliest > published:
        return None
    year = 365.2425
    return (published - latest).days / year, (published - earliest).days / year


@functools.lru_cache(maxsize=65536)  # a corpus repeats a few thousand dates many times
def date_interval(iso: Optional[str]) -> Optional[tuple[dt.date, dt.date]]:
    """First and last day an ISO string of year, month or day precision covers."""
    if not iso:
        return None
    try:
        parts = [int(p) for p in iso[:10].split("-")]
        if len(parts) == 1:
            return dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31)
        if len(parts) == 2:
            first = dt.date(parts[0], parts[1], 1)
            return first, _add_months(first, 1) - dt.timedelta(days=1)
        d = dt.date(parts[0], parts[1], parts[2])
        return d, d
    except (ValueError, IndexError):
        return None

bound_all(globals())  # every pattern of this module runs over document text: bound each match in time
