"""Ratios: how many times one amount is another ("three times as many", "twice as
large", "a fivefold rise", "3 to 1", "8:1"). "Three times" that counts occasions
("visited three times") is a count of how often, not a ratio.

The multiplier words read here; "<number> times" comes from the unit ``times`` after a
number, and is kept as a ratio only before a comparison (see ``how_often``).
"""

from __future__ import annotations

from typing import Optional

from .. import Mention, Rule, qualified
from ...lexicon import Lexicon, alternation, fold
from ...text.rx import _rx
from ..numbers import parse_words
from ...models import Kind

TO_ONE = Rule("<number> to one", Kind.RATIO, lambda lex, p: (
    r"(?P<ratio>(?<![\w.])\d+(?:\.\d+)?(?:\s*:\s*|-to-)1(?![\d:])|(?<![\w-])(?:\d+|" + p.word + r")\s+to\s+(?:1|one)(?!\w|[.,]\d))"))
TWICE = Rule("twice", Kind.RATIO, lambda lex, p: r"(?P<twice>(?<![\w-])(?:twice|thrice)(?![\w]))")
FOLD = Rule("<number>-fold", Kind.RATIO, lambda lex, p: (
    r"(?P<fold>(?<![\w-])(?:\d+|" + alternation(p.number_words, boundary=False) + r")-?fold(?![\w]))"))
# "shot him twice", "visited three times": how often, a count
TIMES = Rule("<number> times", Kind.COUNT)

RULES = (TO_ONE, TWICE, FOLD, TIMES)


def is_multiplier(m) -> bool:
    return bool(m.group("ratio") or m.group("twice") or m.group("fold"))


def after_from(text: str, s: int) -> bool:
    """ "from three to one": the start of a range of numbers, not a ratio."""
    return bool(_rx(r"(?i)from\s+\Z").match(text[max(0, s - 5):s]))


def read_multiplier(m, text: str, lex: Lexicon, pats) -> Optional[Mention]:
    """The ratio of "3 to 1", "twice", "12-fold" (a count for "twice" that compares
    nothing: "married twice")."""
    s, e = m.span()
    r_text = m.group()
    first = _rx(r"[\d.]+|[A-Za-z]+").match(r_text).group()
    if m.group("fold"):
        first = r_text[:-4].rstrip("-")
    val = {"twice": 2.0, "thrice": 3.0}.get(r_text.lower())
    if val is None:
        val = float(first) if first[0].isdigit() else parse_words(first, lex)
    if val is None:
        return None
    if m.group("twice") and not pats.comparison_after.match(text, e):
        # "shot him twice", "married twice": how often, as "three times" is
        return Mention(start=s, end=e, num_start=s, num_end=e, low=val, high=val, point=val, qualifier="exact",
                       kind=Kind.COUNT, rule=TIMES.name, word_number=True)
    start, qualifier = qualified(s, text, lex, pats)
    rule = TO_ONE if "to" in r_text or ":" in r_text else TWICE if val and r_text.isalpha() else FOLD
    return Mention(start=start, end=e, num_start=s, num_end=e, low=val, high=val, point=val, qualifier=qualifier,
                   kind=Kind.RATIO, rule=rule.name, unit=lex.unit_by_name.get("ratio"), surface_unit=r_text, word_number=not first[0].isdigit())


def how_often(text: str, end: int, surface: Optional[str], vague: bool, pats) -> bool:
    """Whether a figure in the unit ``times`` (or another ratio unit) says how often, not
    how many times more: no comparison follows ("visited three times"), or a time does
    ("three times in 2019", "14 times since 2021"; but "fivefold in a decade" grew)."""
    return bool(vague or not pats.comparison_after.match(text, end)
                or surface and fold(surface) == "times" and _rx(r"(?i)\s+(?:in|since)\s").match(text, end))
