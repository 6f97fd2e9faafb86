"""When a figure holds: the date of its sentence nearest to it, and the date it counts
since."""

from __future__ import annotations

from typing import Optional

import regex

from ...text.rx import bound_all
from ..mentions import DateMention
from .sentence import Sentence
from .words import FOR_DOING, IN_THE


def time_for(m_start: int, m_end: int, sent: Sentence, resolved: dict, offence_verb: Optional[regex.Pattern] = None,
             origin_before: Optional[regex.Pattern] = None) -> tuple[Optional[str], Optional[str], Optional[str]]:
    """(as_of, since, words) from the date mentions of the sentence, nearest first;
    ``offence_verb`` finds the verbs of arresting and trying (events.yaml ``offence_verbs``),
    ``origin_before`` the words of a birth or founding date (``origin_words``: it dates that alone)."""
    as_of = since = words = None
    best = None
    for d in sent.dates:
        r = resolved.get(id(d))
        if r is None or not r.resolved or _is_clock_time_or_decade(d):
            continue
        if d.since and not _dates_a_when_clause(d, m_start, sent):
            if since is None:
                since = r.iso
            continue
        if origin_before is not None and origin_before.search(sent.text, max(sent.start, d.start - 12), d.start):
            continue
        if _in_another_clause(d, m_start, m_end, sent) or _is_another_figures_date(d, m_end, sent) or _is_start_date(d, sent) \
                or _in_a_relative_clause_after(d, m_end, sent) \
                or _is_a_comparisons_date(d, m_end, sent) and not _dates_its_relative_clause(d, m_start, sent) \
                or _is_an_offences_date(d, m_start, m_end, sent, offence_verb):
            continue
        dist = d.start - m_end if d.start >= m_end else m_start - d.end
        if d.start < m_start and "," in sent.text[d.end:m_start]:
            dist += 50  # "so far this year, almost double the 34,000 who arrived in 2022": the later date
        if best is None or dist < best:
            best = dist
            as_of = r.iso
            words = sent.text[d.start:d.end]
    return as_of, since, words


def _dates_a_when_clause(d: DateMention, m_start: int, sent: Sentence) -> bool:
    """ "the worst since 2013, when riots left two dead": the year a comparison reaches back
    to dates the "when" clause that follows it, where the figure is."""
    return d.end <= m_start and _WHEN_AFTER.match(sent.text, d.end) is not None


def _dates_its_relative_clause(d: DateMention, m_start: int, sent: Sentence) -> bool:
    """ "the largest since the 2014 Bald Butte Fire, which burned 31,000 acres": a comparison's
    date dates the relative clause about what it compares with, where the figure is."""
    return d.end <= m_start and _WHICH_AFTER.fullmatch(sent.text, d.end, m_start) is not None


_WHICH_AFTER = regex.compile(r"[^,;.]{0,60},\s+(?:(?:in|at|on|during)\s+)?(?:which|that)\b[^;]*")  # "..., in which seven died"


def _is_clock_time_or_decade(d: DateMention) -> bool:
    """A clock time or a decade ("in the 1990s"): no date a figure holds for."""
    return d.rule in ("time", "decade")


def _in_another_clause(d: DateMention, m_start: int, m_end: int, sent: Sentence) -> bool:
    """ "Quell married twice; the first marriage lasted from 1943 to 1947": a semicolon
    parts the figure from the date."""
    return ";" in (sent.text[m_end:d.start] if d.start >= m_end else sent.text[d.end:m_start])


def _in_a_relative_clause_after(d: DateMention, m_end: int, sent: Sentence) -> bool:
    """ "Kamil Brzoza, 27, who had joined the mine four years ago": the relative clause right
    after an apposed figure has its own time; the age is as of the report."""
    return d.start >= m_end and _WHO_AFTER.fullmatch(sent.text, m_end, d.start) is not None


_WHO_AFTER = regex.compile(r",\s+who\b[^,;:]*")


def _is_another_figures_date(d: DateMention, m_end: int, sent: Sentence) -> bool:
    """ "60 percent, up from 40 percent a year ago": the date is the other figure's."""
    return d.start >= m_end and any(m_end <= f < d.start for f in sent.figures)


def _is_a_comparisons_date(d: DateMention, m_end: int, sent: Sentence) -> bool:
    """ "a record 74.4%, the highest since the fall of communism in 1989", "the quake, the
    strongest since the 1989 Loma Prieta quake, struck at a depth of 11 km": a comparison's date."""
    return d.start >= m_end and _SINCE.search(sent.text, m_end, d.start) is not None \
        or _SINCE_THE.search(sent.text, max(sent.start, d.start - 30), d.start) is not None


def _is_an_offences_date(d: DateMention, m_start: int, m_end: int, sent: Sentence,
                         offence_verb: Optional[regex.Pattern]) -> bool:
    """ "sentenced him to ten years for robbing a bank in July", "eight years for the March
    robbery", "arrested a 57-year-old in the 1981 killings", "a 58-year-old man was arrested
    in the 1996 killing": the date of what the figure is for, or of what the person is held
    for, not when it was given."""
    if d.start < m_end:
        return False
    if _FOR_AN_OFFENCE.search(sent.text, m_end, d.start) is not None:
        return True
    return offence_verb is not None and IN_THE.search(sent.text, m_end, d.start) is not None \
        and offence_verb.search(sent.text, sent.start, d.start) is not None  # "A 58-year-old was arrested in the 1996 killing"


def _is_start_date(d: DateMention, sent: Sentence) -> bool:
    """ "the siege, which began in early March, lasted 86 days": when it started, not when it held."""
    return d.start in sent.started


_SINCE = regex.compile(r"(?i)(?<![\w])since(?![\w])")
_SINCE_THE = regex.compile(r"(?i)(?<![\w])since\s+the\s+(?:[\w-]+\s+)?\Z")  # "since the (deadly) 1989 quake"
_FOR_AN_OFFENCE = regex.compile(FOR_DOING.pattern + r"|(?<![\w])for\s+the(?=\s+[A-Z])")  # "for the March robbery", "for the armed robbery ... in March" (any case: the pattern is case-blind)
_WHEN_AFTER = regex.compile(r"\s*,\s*when\s")


bound_all(globals())  # every pattern of this module runs over document text: bound each match in time
