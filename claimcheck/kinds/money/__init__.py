"""Money: "$5", "US$1.2bn", "EUR40m", "RM45 a month", "£3.5 million", "$12-million".
A currency written before the number is read here (``prefix_unit``); a currency after it
("5 dollars") by the core "<number> <unit>"; the scale by the number readers
(:mod:`claimcheck.kinds.numbers`), also when hyphened to the digits (``hyphen_scale``).
"""

from __future__ import annotations

from typing import Optional

import regex

from .. import Rule
from ...lexicon import Lexicon, UnitDef, alternation, fold
from ...text.rx import _rx

_WS = r"[ \t]"

# no rule of its own: "$5" is "<number>" with the currency read before it, "5 dollars"
# "<number> <unit>" (see claimcheck.kinds.count)
RULES: tuple[Rule, ...] = ()


def compile_patterns(p, lex: Lexicon) -> None:
    p.ascii_before = regex.compile(r"(?<![\w])(?P<p>" + alternation(lex.ascii_prefix, boundary=False) + r")\Z") if lex.ascii_prefix else None
    p.prefix_before = regex.compile(r"(?<![\w])(?P<p>" + alternation(lex.unit_prefix, boundary=False) + r")(?:" + _WS + r"|-)?\Z")


def prefix_before(text: str, s: int, lex: Lexicon, pats):
    """The unit prefix written right before digits at ``s`` ("$", "US$", "magnitude of",
    the glued "EUR" of "EUR40m"), as a match with group ``p``, or None."""
    prefix = pats.prefix_before.search(text, max(0, s - 16), s)
    if not prefix and pats.ascii_before and any(text.startswith(a, s - len(a)) for a in lex.ascii_prefix) \
            and _rx(r"\d[\d.,]|\d(?:m|bn|k)(?![\w])").match(text, s):
        prefix = pats.ascii_before.search(text, max(0, s - 3), s)
    return prefix


def prefix_unit(lex: Lexicon, written: str) -> Optional[UnitDef]:
    """The unit of a prefix as written ("US $" matched by "US$", "magnitude")."""
    got = lex.unit_prefix.get(written) or lex.ascii_prefix.get(written)
    if got is None:
        squeezed = _rx(r"[\s-]+").sub("", written)
        got = next((u for p, u in lex.unit_prefix.items() if _rx(r"[\s-]+").sub("", p) == squeezed), None)
    return got


def hyphen_scale(text: str, e: int, lex: Lexicon) -> Optional[tuple[float, int]]:
    """ "$12-million", "a 3.5-billion budget": a scale word hyphened to the digits multiplies
    them, as "$12 million" does (the factor, and where the scale word ends)."""
    if text[e:e + 1] != "-":
        return None
    w = _rx(r"-([A-Za-z]+)(?![\w-]*\d)").match(text, e)
    factor = lex.numbers.scales.get(fold(w.group(1))) if w else None
    return (factor, w.end()) if factor and factor > 100 else None
