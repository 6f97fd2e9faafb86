"""Text normalization for matching, with an offset map back to the original, and
sentence splitting.

Matching runs on a normalized copy (Unicode spaces -> " ", curly quotes -> straight,
dashes -> "-", soft hyphens and zero-width characters dropped); every span found there is
mapped back so evidence always points into the *original* text.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from typing import Iterator

import regex

from ._rx import bound_all

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


@dataclass(frozen=True)
class NormText:
    """A normalized text and, for each of its characters, the original offset."""

    original: str
    text: str
    _map: array | None  # None when nothing changed: offsets are the identity

    def orig(self, i: int) -> int:
        """Original offset of normalized offset ``i`` (``i == len(text)`` allowed)."""
        if self._map is None:
            return i
        return self._map[i]

    def orig_span(self, start: int, end: int) -> tuple[int, int]:
        if self._map is None:
            return start, end
        if end <= start:
            o = self._map[start]
            return o, o
        return self._map[start], self._map[end - 1] + 1


def normalize(text: str) -> NormText:
    """Normalize ``text`` for matching; the result maps offsets back to ``text``."""
    if not _SPECIAL.search(text):
        return NormText(text, text, None)
    out: list[str] = []
    index = array("l")
    last = 0
    for m in _SPECIAL.finditer(text):
        s = m.start()
        if s > last:
            out.append(text[last:s])
            index.extend(range(last, s))
        ch = m.group()
        if ch not in _DROP:
            out.append(_REPLACE[ch])
            index.append(s)
        last = s + 1
    out.append(text[last:])
    index.extend(range(last, len(text)))
    index.append(len(text))
    return NormText(text, "".join(out), index)


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
