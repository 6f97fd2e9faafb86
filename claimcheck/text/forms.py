"""Word and number forms, each written one way for the whole package.

How a figure is printed (``num``), how a unit or noun is made plural or singular, and the
month names used in output and datelines. Reading month names, in all their spellings and
abbreviations, is vocabulary: ``lexicon/en/dates.yaml``.
"""

from __future__ import annotations

from typing import Callable, Optional

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")


def num(x: float) -> str:
    """A figure as a reader writes it: 60,000; 3; 3.7; 33.3; 1.28 million."""
    for scale, word in ((1e9, "billion"), (1e6, "million")):
        if abs(x) >= scale and round(x / scale, 2) * scale == x:
            return f"{x / scale:,.2f}".rstrip("0").rstrip(".") + " " + word  # as written: "1.1 million"
    if x == int(x):
        return f"{int(x):,}"
    if abs(x) >= 1 and round(x, 2) == round(x, 6):  # as stated: "61.36", not "61.4"
        return f"{x:,.2f}".rstrip("0").rstrip(".")
    return f"{x:,.1f}" if abs(x) >= 1 else f"{x:.2g}"


def plural_word(word: str) -> str:
    """An English noun made plural: "year" -> "years", "century" -> "centuries", "box" ->
    "boxes", "day" -> "days"."""
    if word.endswith("y") and word[-2:-1] not in ("", "a", "e", "i", "o", "u"):
        return word[:-1] + "ies"
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    return word + "s"


def plural(name: str, plural_of: Callable[[str], str] = plural_word) -> str:
    """ "hectare" -> "hectares", "square kilometre" -> "square kilometres", "mile per hour"
    -> "miles per hour"; symbols and short names ("km", "kg", "mph") stay as they are.
    ``plural_of`` makes the one word plural (one that knows irregular nouns: "foot" -> "feet")."""
    words = name.split(" ")
    k = words.index("per") - 1 if "per" in words else len(words) - 1
    w = words[k]
    if len(w) > 3 and w.isalpha() and w.islower() and not w.endswith(("s", "x", "z")):
        words[k] = plural_of(w)
    return " ".join(words)


def singular(noun: str) -> str:
    """An English plural made singular, well enough for unit names: "cases" -> "case" (the
    inverse of :func:`plural_word`)."""
    n = noun.lower()
    if n.endswith("ies") and len(n) > 4:
        return n[:-3] + "y"
    if n.endswith(("sses", "uses", "xes", "ches", "shes")):  # "losses", "buses", "boxes"
        return n[:-2]
    if n.endswith("ses"):  # "cases", "franchises", "horses": the singular ends in -se
        return n[:-1]
    if n.endswith("s") and not n.endswith("ss") and len(n) > 3:
        return n[:-1]
    return n


def as_written(folded: str, text: str, lo: int = 0, hi: Optional[int] = None) -> Optional[str]:
    """How ``text[lo:hi]`` writes a folded name, at its last mention there ("dupree" ->
    "DuPree"); None when it does not."""
    hi = len(text) if hi is None else hi
    at = text[lo:hi].lower().rfind(folded)
    return text[lo + at:lo + at + len(folded)] if at >= 0 else None
