"""Dates and times: "5 March 2023", "March 5, 2023", "2023-03-05", "10:30 a.m.", "in
March", "last month", "the 1990s", "2019", "four years ago". One pattern holds every
form; each form is a named group, and the group that read a date is its rule (a claim
says ``<date:dmy>``). Resolving a date against the publication date is
:mod:`claimcheck.pipeline.normalize.dates`.
"""

from __future__ import annotations

from typing import Optional

import re

import regex

from .. import DateMention, Rule, anchored, lowered
from ...lexicon import Lexicon, PhraseMatcher, Words, alternation, fold
from ...lexicon.trie import first_char_alternation
from ...text.rx import _rx, bound_all
from ..numbers import parse_words
from ...models import Kind

# the forms, in the order the pattern tries them; a rule's name is its group's: dmy "5 March
# 2023", mdy "March 5, 2023", iso "2023-03-05", slash "3/5/2023", time "10:30 a.m.", dm "5
# March", md "March 5", my "March 2023", rel "last month", wd "Tuesday", mon "in March",
# mmid "mid-March", decade "the 1990s", year "2019"; and "four years ago" (ago)
FORMS = ("dmy", "mdy", "iso", "slash", "time", "dm", "md", "my", "rel", "wd", "mon", "mmid", "decade", "year")
RULES = tuple(Rule(name, Kind.DATE) for name in FORMS) + (Rule("ago", Kind.DATE),)


def claim_rule(form: str) -> str:
    """The ``rule`` a date claim of one form records: "<date:ago>"."""
    return f"<date:{form}>"


def _cap(words):
    out = []
    for w in words:
        out += [w.capitalize(), w.upper()] if len(w) > 3 else [w.capitalize(), w.capitalize() + ".", w.upper()]
    return out


def compile_patterns(p, lex: Lexicon, parts) -> None:
    d = lex.dates
    p.dates = _date_pattern(lex)
    date_words = [w.capitalize() for w in list(d.months) + list(d.weekdays)] + [w.upper() for w in list(d.months) + list(d.weekdays)]
    p.relative_words = PhraseMatcher(lex.relative_of)  # "last month": found word by word
    # where a date can start: a month or weekday name, or a digit (a separate scan, merged by
    # find_dates), each not after a word character; two scans that start with a character
    # take 60% of the time of one that starts with a lookbehind (see first_char_alternation)
    p.date_trigger = re.compile(first_char_alternation(date_words, r"[\w]"))
    p.digit_start = re.compile(r"\d(?<![\w]\d)")
    p.since_before = regex.compile(r"(?<![\w])since\s+(?:(?:early|late|mid|the\s+end\s+of|the\s+start\s+of)[\s-]+)?\Z", regex.IGNORECASE)
    # "four years ago", "twenty-five years ago", "half a century ago", "four and a half years
    # ago", "2.5 years ago", "a quarter-century ago": tried only before a written "ago"
    ago_forms = [f for u in lex.units.units if u.unit in d.ago for f in u.forms if f.isalpha() and len(f) > 2]
    # "five or six years ago", "3 to 4 weeks ago": a range (n0 to n) of lengths, no one date
    p.ago_phrase = regex.compile(r"(?<![\w.-])(?:(?P<n0>\d{1,3}|" + parts.word + r")\s+(?:or|to)\s+)?"
                                 r"(?P<n>(?:\d{1,3}(?:\.\d+)?|" + parts.word + r"(?:[\s-]+" + parts.word_next + r")*)(?:\s+and\s+a\s+half)?"
                                 r"|an?\s+quarter(?:\s+of\s+an?)?|an?|half\s+an?)[\s-]+(?P<u>"
                                 + alternation(ago_forms, lead=False) + r")\s+ago\Z", regex.IGNORECASE)
    p.start_before = regex.compile(r"(?<![\w])" + alternation(d.start_verbs, boundary=False) + r"\s+\Z", regex.IGNORECASE) \
        if d.start_verbs else None
    p.end_after = regex.compile(r"[^.;]{0,80}?(?<![\w])" + alternation(d.end_verbs, boundary=False) + r"(?![\w])", regex.IGNORECASE) \
        if d.end_verbs else None
    p.year_qualified = regex.compile(r"(?<![\w])(?:about|around|over|nearly|some|almost|more\s+than|at\s+least|up\s+to|fewer\s+than|less\s+than)\s+\Z", regex.IGNORECASE)
    eras = alternation(d.eras, boundary=False) if d.eras else None
    p.era_before = regex.compile(r"(?<![\w.])(?:" + eras + r")\s+(?:\d{1,4}\s*(?:and|to|-|–)\s*)?\Z") if eras else None
    p.era_after = regex.compile(r"\s*(?:" + eras + r")(?![\w-])") if eras else None
    p.era_word = regex.compile(r"(?<![\w.])(?:" + eras + r")(?![\w-])") if eras else None


def _date_pattern(lex: Lexicon):
    d = lex.dates
    mon = alternation(_cap(d.months), boundary=False)
    mon_full = alternation([w.capitalize() for w in d.months if len(w) > 3 or w == "may"])
    wd = alternation(_cap(d.weekdays), boundary=False)
    wd_full = alternation([w.capitalize() for w in d.weekdays if len(w) > 3])
    day = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"
    year = r"(?P<{}>(?:1[89]|20)\d\d)(?!\d)"
    opt_wd = r"(?:" + wd + r",?\s+)?"
    preps = alternation(d.date_preps)
    # a year-like number before a counted noun is a count ("2000 refugees"), but not before one
    # that has a plural in the lexicon: "a 2012 car crash" is a year; nor before one that only
    # modifies, hyphened or possessive ("the 1970 police-bribery case", "the 1984 miners'
    # strike"), nor after "a" ("a 1998 police inquiry"; but "a 1500 mile trek": a unit)
    nouns = set(lex.counted_of)
    plural = [w for w in nouns if not ({w + "s", w + "es"} & nouns or w.endswith("y") and w[:-1] + "ies" in nouns)]
    units = alternation([f for u in lex.units.units for f in u.forms if f not in lex.unit_form_cs and u.kind != Kind.DURATION])
    mods = r"\s+(?:" + alternation(lex.modifiers) + r"\s+)?"
    counted = (r"(?!" + mods + units + r"|(?<!(?<![\w])[Aa]n?[ \t]+\d{4})" + mods
               + alternation(plural, boundary=False) + r"(?![\w-]|['\u2019]\s+[a-z]))")
    zones = alternation(d.time_zones, boundary=False)  # "03.31 BST", "0300 GMT"
    return regex.compile(
        r"(?<![\w])(?:"
        + r"(?P<dmy>" + opt_wd + day.format("d1") + r"\s+(?:of\s+)?(?P<m1>" + mon + r")\.?,?\s+" + year.format("y1") + r")"
        + r"|(?P<mdy>" + opt_wd + r"(?P<m2>" + mon + r")(?:\.\s*|\s+)" + day.format("d2") + r",?\s+" + year.format("y2") + r")"
        + r"|(?P<iso>(?P<iy>\d{4})-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?!\d)"
        + r"|(?P<slash>\d{1,2}/\d{1,2}/\d{2,4})(?![\d/])"
        + r"|(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[ap]\.m\.|[ap]m(?![\w])))?|\d{1,2}(?:\.\d{2})?\s*(?:[ap]\.m\.|[ap]m(?![\w]))|(?:\d{4}|\d{1,2}\.\d{2})(?=\s*" + zones + r"(?![\w])))"
        + r"|(?P<dm>" + opt_wd + day.format("d3") + r"\s+(?:of\s+)?(?P<m3>" + mon + r"))(?![\w])"
        + r"|(?P<md>" + opt_wd + r"(?P<m4>" + mon + r")(?:\.\s*|\s+)" + day.format("d4") + r")(?![\w%]|\s*(?:per\s*cent|percent|,\d))"
        + r"|(?P<my>(?P<m5>" + mon + r")\.?,?\s+" + year.format("y5") + r")"
        + r"|(?P<rel>(?i:" + alternation(lex.relative_of) + r"))"
        + r"|(?P<wd>" + wd_full + r")(?!\s+\d)"
        + r"|(?<=(?i:" + preps + r")\s+)(?P<mon>" + mon_full + r")(?![\w])"  # "in March", "In March,"
        + r"|(?<=(?<![\w])mid-)(?P<mmid>" + alternation([w.capitalize() for w in d.months if len(w) > 3 or w == "may"], boundary=False) + r")(?![\w])"
        + r"|(?P<decade>(?:1[89]|20)\d0s)(?![\w])"
        + r"|(?P<year>(?:1[89]|20)\d\d|(?<=(?i:by|in|until|before|beyond|through)\s+)21\d\d)(?!\d|,\d|\.\d|\s*(?:%|per\s*cent|percent))" + counted
        + r")",
    )


def find_dates(text: str, pats, words=None, low: Optional[str] = None) -> list[DateMention]:
    """Every date, time and relative date expression in ``text`` (``words``: its
    :class:`~claimcheck.lexicon.Words`, if already made; ``low``: its ASCII lower case)."""
    words = words if words is not None else Words(low if low is not None else lowered(text))
    relative = [s for s, _, _ in pats.relative_words.finditer(words)]
    out = []
    digits = [m.start() for m in pats.digit_start.finditer(text)]
    for m in anchored(pats.dates, pats.date_trigger, text, None, relative + digits):
        rule = next((name for name in FORMS if m.group(name) is not None), m.lastgroup)  # the top-level form, not an inner group
        if rule == "year" and _not_a_year(text, m.start(), pats) \
                or rule == "time" and pats.clock_left is not None and pats.clock_left.match(text, m.start(rule)):
            continue  # "about 2000": a count; "with 3:27 remaining": a game clock (a duration)
        if rule == "dm" and _score_before_day(text, m.start(rule), m.group("d3")) and _DAY_NEXT.match(text, m.end(rule)):
            md = pats.dates.match(text, m.start("m3"))  # "a 30-7 Oct. 19 loss": October 19, not 7 October
            if md is not None and md.group("md"):
                m, rule = md, "md"
        start, end, groups = m.start(rule), m.end(rule), m.groupdict()
        if rule == "mmid":  # "in mid-March": the month
            rule, groups = "mon", dict(groups, mon=groups["mmid"])
        since = bool(pats.since_before.search(text, max(0, start - 30), start))
        out.append(DateMention(start, end, rule, groups, since))
    ago = _ago_dates(text, words.low, pats, out)
    return sorted(out + ago, key=lambda d: d.start) if ago else out


def _not_a_year(text: str, at: int, pats) -> bool:
    """ "about 2000" is a count, not a year; so is "$2000" (money) and the end of "from
    1000 to 2000"."""
    return bool(pats.year_qualified.search(text, max(0, at - 14), at)
                or pats.prefix_before.search(text, max(0, at - 12), at)
                or _NON_YEAR_FROM.search(text, max(0, at - 20), at))


# the start of a range that is no year ("from 1000 to 3000 hires", "between 500 and 2000")
_NON_YEAR_FROM = regex.compile(r"(?<![\w.,])(?:\d{1,3}|1000|\d{1,3}(?:,\d{3})+)\s*(?:to|-|and)\s+\Z")


def _score_before_day(text: str, at: int, day: str) -> bool:
    """Whether the day of a "<day> <month>" ends a score ("30-7 Oct. 19"), not a range of days
    ("20-24 September"): the number before the hyphen is the larger."""
    prev = _rx(r"(\d{1,3})-\Z").search(text, max(0, at - 4), at)
    return bool(prev and int(prev.group(1)) > int(day))


_DAY_NEXT = regex.compile(r"\.?[ \t]+[0-3]?\d(?:st|nd|rd|th)?(?![\d:.,]|\s*(?:%|per\s*cent))")


def _ago_dates(text: str, low: str, pats, found: list[DateMention]) -> list[DateMention]:
    """ "four years ago", "20 years ago", "two decades ago": so many calendar units before
    publication (resolved by :func:`ago_offset`); looked for only where "ago" is written."""
    out = []
    at = low.find("ago")
    while at >= 0:
        m = pats.ago_phrase.search(text, max(0, at - 60), at + 3) if not low[at + 3:at + 4].isalnum() else None
        if m is not None and not any(d.start < m.end() and m.start() < d.end for d in found):
            out.append(DateMention(m.start(), m.end(), "ago", {"ago_n0": m.group("n0"), "ago_n": m.group("n"), "ago_u": m.group("u")},
                                   since=_began_then(text, m.start(), m.end(), pats)))
        at = low.find("ago", at + 3)
    return out


def _began_then(text: str, start: int, end: int, pats) -> bool:
    """ "the siege began four years ago": the start of a period, unless the sentence ends it
    ("began two decades ago and ended in 2015")."""
    return bool(pats.start_before is not None and pats.start_before.search(text, max(0, start - 24), start)
                and not (pats.end_after is not None and pats.end_after.match(text, end)))


def ago_groups(d: DateMention, text: str, pats) -> Optional[dict]:
    """The "<n> <unit>" of a date written "<n> <unit>s ago" (its ``ago_n`` and ``ago_u``),
    also of the relative dates written so ("a year ago", dates.yaml relative), which the
    relative rule resolves but which state one of a unit as the numbered forms state n;
    None for any other date and for a start ("began a year ago": no length of time ends there)."""
    if d.rule == "ago":
        return d.groups
    m = pats.ago_phrase.match(text, d.start, d.end) if d.rule == "rel" else None
    if m is None or _began_then(text, d.start, d.end, pats):
        return None
    return {"ago_n0": m.group("n0"), "ago_n": m.group("n"), "ago_u": m.group("u")}


def ago_count(groups: dict, lex: Lexicon) -> tuple[Optional[float], Optional[float], Optional[str]]:
    """(low, high, unit) of "<n> <unit>s ago" in the unit a duration is read in: "eight
    years ago" -> (8.0, 8.0, "year"), "two decades ago" -> (20.0, 20.0, "year"), "five or
    six years ago" -> (5.0, 6.0, "year"); Nones for what is not read."""
    n = _ago_n(groups, lex)
    n0 = _ago_first(groups, lex) if groups.get("ago_n0") else n
    unit = lex.unit_form.get(fold(groups["ago_u"]))
    if not n or not n0 or n0 > n or unit is None:
        return None, None, None
    return (n0 * unit.factor, n * unit.factor, unit.as_unit) if unit.factor != 1 else (n0, n, unit.unit)


def _ago_first(groups: dict, lex: Lexicon) -> Optional[float]:
    written = fold(groups["ago_n0"])
    return float(written) if written.isdigit() else parse_words(written, lex)


def _ago_n(groups: dict, lex: Lexicon) -> Optional[float]:
    written, half, _ = fold(groups["ago_n"]).partition(" and a half")
    n = 1.0 if written in ("a", "an") else 0.5 if written.startswith("half") else 0.25 if written.endswith(("quarter", "of a", "of an")) \
        else float(written) if _rx(r"\d+(?:\.\d+)?").fullmatch(written) else parse_words(written, lex)
    return n + 0.5 if half and n is not None else n


def ago_offset(groups: dict, lex: Lexicon):
    """How far back "<n> <unit>s ago" is: n steps of the unit (dates.yaml `ago`); None when
    n is not a whole number of steps ("half a day ago"), is past `ago_max`, or is a range
    ("five or six years ago")."""
    n = _ago_n(groups, lex)
    unit = lex.unit_form.get(fold(groups["ago_u"]))
    step = lex.dates.ago.get(unit.unit) if unit is not None else None
    if not n or step is None or n > lex.dates.ago_max or groups.get("ago_n0"):  # a range names no one date
        return None
    back = (step.days * n, step.months * n, step.years * n)
    if any(b != int(b) for b in back):
        return None
    return type(step)(days=int(back[0]), months=int(back[1]), years=int(back[2]), precision=step.precision)


bound_all(globals())  # every pattern of this module runs over document text: bound each match in time
