"""Find places in text and give each its canonical name.

Three matchers, from strict to loose: the alias table (any spelling listed in
places.yaml), a transliteration matcher that compares consonant skeletons so an unlisted
spelling of a known name still resolves (Deir Ezzor = Dayr az-Zawr), and demonyms before
a place noun ("a Syrian town" -> Syria).
"""

from __future__ import annotations

import functools
from difflib import SequenceMatcher
from collections import Counter
from dataclasses import dataclass
from typing import Optional

import regex

from .lexicon import Lexicon, alternation

_ARTICLE = regex.compile(r"(?<![\w])(?:al|el|ez|az|ad|as|ar|ash|an|at|ed|es|er)[-\s']+(?=\w)", regex.IGNORECASE)
_NOT_CONSONANT = regex.compile(r"[^bcdfgjklmnpqrstvxz]")
_REPEAT = regex.compile(r"(.)\1+")


def _key(name: str) -> str:
    """Lookup form of an alias as matched: "Al Raqqa" and "Al-Raqqa" meet."""
    return " ".join(name.lower().replace("-", " ").split())


def _letters(name: str) -> str:
    return regex.sub(r"[^a-z]", "", name.lower())


def skeleton(name: str) -> str:
    """The consonant skeleton of a transliterated name: articles, vowels, semivowels and
    doubled letters dropped, so spelling variants of one name meet."""
    s = _ARTICLE.sub("", name.lower())
    s = regex.sub(r"(?<=[aeiou])h\b", "", s)  # "Hodeidah" = "Hodeida"
    s = s.replace("q", "k").replace("c", "k").replace("ou", "u")
    s = _NOT_CONSONANT.sub("", s)
    return _REPEAT.sub(r"\1", s)


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    name: str               # canonical
    possessive: bool = False
    how: str = "alias"      # alias | transliteration | demonym | joined


class PlaceMatcher:
    """Compiled place patterns of one lexicon."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.alias = {_key(a): c for a, c in lex.place_alias.items()}
        self.alias_re = regex.compile(r"(?<![\w-])(?:" + alternation(lex.place_alias, boundary=False) + r")(?![\w])", regex.IGNORECASE)
        skel: dict[str, dict[str, list[str]]] = {}
        for alias, canon in lex.place_alias.items():
            k = skeleton(alias)
            if len(k) >= 3:
                skel.setdefault(k, {}).setdefault(canon, []).append(_letters(alias))
        # a skeleton shared by two places says nothing: drop it
        self.skeletons = {k: next(iter(v.items())) for k, v in skel.items() if len(v) == 1}
        art = r"(?:(?:[Aa]l|[Ee]l|[Ee]z|[Aa]z|[Aa]d|[Aa]s|[Aa]r|[Aa]sh)[-\s])?"
        self.candidate_re = regex.compile(r"(?<![\w-])" + art + r"[A-Z][\w']+(?:[\s-]" + art + r"[A-Z][\w']+){0,2}")
        self.demonym_re = regex.compile(
            r"(?<![\w])(?P<d>" + alternation(lex.demonym_of) + r")\s+(?:" + alternation(lex.places.place_nouns) + r")(?![\w])"
        )
        self.joined_re = regex.compile(r"\s+and\s+\Z")

    def find(self, text: str) -> list[PlaceMention]:
        found: list[PlaceMention] = []
        taken = []
        for m in self.alias_re.finditer(text):
            if not any(ch.isupper() for ch in m.group()):
                continue  # "turkey" the bird, not Turkey
            found.append(self._mention(text, m.start(), m.end(), self.alias[_key(m.group())], "alias"))
            taken.append((m.start(), m.end()))
        for m in self.candidate_re.finditer(text):
            if any(s < m.end() and m.start() < e for s, e in taken):
                continue
            hit = self.skeletons.get(skeleton(m.group()))
            # same consonants AND mostly the same letters: "Deir Ez-Zour" is Deir Ezzor,
            # "Haider al-Abadi" is not Hyderabad
            if hit is not None and len(_letters(m.group())) >= 6 \
                    and max(SequenceMatcher(None, _letters(m.group()), a).ratio() for a in hit[1]) >= 0.85:
                found.append(self._mention(text, m.start(), m.end(), hit[0], "transliteration"))
        for m in self.demonym_re.finditer(text):
            found.append(PlaceMention(m.start(), m.end(), self.lex.demonym_of[m.group("d")], False, "demonym"))
        found.sort(key=lambda p: p.start)
        return self._join(text, found)

    @staticmethod
    def _mention(text: str, s: int, e: int, name: str, how: str) -> PlaceMention:
        poss = text.startswith("'s", e) or text.startswith("' ", e)
        return PlaceMention(s, e + (2 if poss else 0), name, poss, how)

    def _join(self, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """ "Iraq and Syria", "both Syria and Iraq" -> one scope, named in sorted order."""
        out: list[PlaceMention] = []
        for p in found:
            if out and not out[-1].possessive and not p.possessive and self.joined_re.match(text, out[-1].end, p.start) \
                    and out[-1].name != p.name and " and " not in out[-1].name:
                a = out.pop()
                names = sorted((a.name, p.name), key=str.casefold)
                out.append(PlaceMention(a.start, p.end, f"{names[0]} and {names[1]}", False, "joined"))
            else:
                out.append(p)
        return out


@functools.lru_cache(maxsize=8)
def matcher(lex: Lexicon) -> PlaceMatcher:
    return PlaceMatcher(lex)


def main_place(lex: Lexicon, places: list[PlaceMention], headline_end: int) -> Optional[str]:
    """The place an article is about: its most mentioned town or city (headline mentions
    count thrice), else its most mentioned place of any kind."""
    counts: Counter[str] = Counter()
    for p in places:
        if " and " in p.name:
            continue
        counts[p.name] += 3 if p.start < headline_end else 1
    if not counts:
        return None
    local = [(n, c) for n, c in counts.items() if (lex.place_info(n) and lex.place_info(n).type in ("city", "town"))]
    pool = local or list(counts.items())
    best = max(pool, key=lambda nc: nc[1])
    return best[0]
