"""Text normalization for matching, with an offset map back to the original, and
sentence splitting.

Matching runs on a normalized copy (Unicode spaces -> " ", curly quotes -> straight,
dashes -> "-", soft hyphens and zero-width characters dropped); every span found there is
mapped back so evidence always points into the *original* text.
"""

from __future__ import annotations

import bisect
from array import array
from dataclasses import dataclass
from typing import Iterator

import regex

from .rx import bound_all

_REPLACE = {
    "\u00a0": " ", "\u2000": " ", "\u2001": " ", "\u2002": " ", "\u2003": " ", "\u2004": " ",
    "\u2005": " ", "\u2006": " ", "\u2007": " ", "\u2008": " ", "\u2009": " ", "\u200a": " ",
    "\u202f": " ", "\u205f": " ", "\u3000": " ", "\t": " ",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u02bc": "'",
    "\u02bb": "'", "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2033": '"', "\u00ab": '"',
    "\u00bb": '"', "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-",
    "\u2015": "-", "\u2212": "-", "\ufe63": "-", "\uff0d": "-",
}
_DROP = {"\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"}
_SPECIAL = regex.compile("[" + regex.escape("".join(_REPLACE) + "".join(_DROP)) + "]")
_DROPPED = regex.compile("[" + regex.escape("".join(_DROP)) + "]")


@dataclass(frozen=True)
class NormText:
    """A normalized text and the way back to offsets of the original.

    Replacements are one character for one, so only dropped characters shift offsets:
    ``_drops`` holds, for each dropped character, the normalized offset it was dropped at
    (sorted). Eight bytes per dropped character, not per character: a 50 MB text with
    curly quotes costs nothing extra.
    """

    original: str
    text: str
    _drops: array  # normalized offsets of dropped characters; empty: offsets are the identity

    def orig(self, i: int) -> int:
        """Original offset of normalized offset ``i`` (``i == len(text)`` allowed)."""
        if not self._drops:
            return i
        return i + bisect.bisect_right(self._drops, i)

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        if not self._drops:
            return start, end
        if end <= start:
            o = self.orig(start)
            return o, o
        return self.orig(start), self.orig(end - 1) + 1


def normalize(text: str) -> NormText:
    """Normalize ``text`` for matching; the result maps offsets back to ``text``."""
    drops = array("q")
    found = set(_SPECIAL.findall(text))
    if not found:
        return NormText(text, text, drops)
    # a str.replace for each kind of character found (curly quotes, a dash: a few), not a
    # step of Python for each character; a replacement is no special character itself
    out = text
    for ch in found:
        out = out.replace(ch, _REPLACE.get(ch, ""))
    if not found.isdisjoint(_DROP):
        for m in _DROPPED.finditer(text):
            drops.append(m.start() - len(drops))
    return NormText(text, out, drops)


# A sentence ends at . ! ? (optionally followed by a closing quote or bracket) before
# whitespace and an upper-case letter, digit or opening quote; or at a blank line / a
# line break (headlines, captions and page furniture have no final stop).
_ABBREV = (
    r"(?<!\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Maj|Capt|Sgt|Gov|Sen|Rep|Rev|St|Jan|Feb|Mar|Apr|Jun|Jul|"
    r"Aug|Sep|Sept|Oct|Nov|Dec|No|vs|etc|approx|U\.S|U\.N|U\.K|e\.g|i\.e|[A-Z]))"
)
# A single line break inside a sentence ("about 4,000\nresidents were trapped": text
# wrapped by hand) does not end it; one before a capital, or a blank line, does.
_SENT_END = regex.compile(_ABBREV + r"[.!?]+[\"')\]]*(?=\s+[\"'(\[]?[A-Z0-9])|\n\s*\n\s*|\r?\n(?![ \t]*[a-z])\s*|\r(?!\n)")


def sentences(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) of each sentence of a normalized text, whitespace trimmed."""
    start = 0
    for m in _SENT_END.finditer(text):
        end = m.end()
        yield from _trim(text, start, end)
        start = end
    yield from _trim(text, start, len(text))


def _trim(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end

bound_all(globals())  # every pattern of this module runs over document text: bound each match in time
