"""Find places in text and give each its canonical name.

Three matchers, from strict to loose: the alias table (any spelling listed in
places.yaml), a transliteration matcher that compares consonant skeletons so an unlisted
spelling of a known name still resolves (Deir Ezzor = Dayr az-Zawr), and demonyms before
a place noun ("a Syrian town" -> Syria).
"""

from __future__ import annotations

import functools
import re
from difflib import SequenceMatcher
from collections import Counter
from dataclasses import dataclass
from typing import Optional

import regex

from ..text.rx import _rx, bound_all

from ..lexicon import Lexicon, alternation, fold

_ARTICLE = regex.compile(r"(?<![\w])(?:al|el|ez|az|ad|as|ar|ash|an|at|ed|es|er)[-\s']+(?=\w)", regex.IGNORECASE)
_NOT_CONSONANT = regex.compile(r"[^bcdfgjklmnpqrstvxz]")
_REPEAT = regex.compile(r"(.)\1+")


def _key(name: str) -> str:
    """Lookup form of an alias as matched: "Al Raqqa" and "Al-Raqqa" meet."""
    return " ".join(name.lower().replace("-", " ").split())


@functools.lru_cache(maxsize=65536)
def _letters(name: str) -> str:
    return _rx(r"[^a-z]").sub("", name.lower())


@functools.lru_cache(maxsize=65536)
def skeleton(name: str) -> str:
    """The consonant skeleton of a transliterated name: articles, vowels, semivowels and
    doubled letters dropped, so spelling variants of one name meet."""
    s = _ARTICLE.sub("", name.lower())
    s = _rx(r"(?<=[aeiou])h\b").sub("", s)  # "Hodeidah" = "Hodeida"
    s = s.replace("q", "k").replace("c", "k").replace("ou", "u")
    s = _NOT_CONSONANT.sub("", s)
    return _REPEAT.sub(r"\1", s)


# capitalised words that open a sentence or a title, not a name: "The district", "Each province"
_NOT_NAMES = frozenset("the a an this that these those each every its their his her our which whole entire "
                       "northern southern eastern western central rural local neighbouring neighboring".split())


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    name: str               # canonical
    possessive: bool = False
    how: str = "alias"      # alias | transliteration | demonym | joined | named


class PlaceMatcher:
    """Compiled place patterns of one lexicon."""

    def __init__(self, lex: Lexicon):
        self.lex = lex
        self.alias = {_key(a): c for a, c in lex.place_alias.items()}
        self.longest = max((len(k.split()) for k in self.alias), default=1)
        skel: dict[str, dict[str, list[str]]] = {}
        for alias, canon in lex.place_alias.items():
            k = skeleton(alias)
            if len(k) >= 3:
                skel.setdefault(k, {}).setdefault(canon, []).append(_letters(alias))
        # a skeleton shared by two places says nothing: drop it
        self.skeletons = {k: next(iter(v.items())) for k, v in skel.items() if len(v) == 1}
        # Runs of capitalised words, with the particles names carry inside them
        # ("Bayt al-Faqih", "Bosnia and Herzegovina", "al-Qaim"): every place alias has a
        # capital letter, so looking names up inside these runs finds them all, and a
        # first-letter scan with the standard engine is far faster than one big alternation.
        particle = r"(?:al|el|ez|az|ad|as|ar|ash|an|at|of|the|and|de|du|la|le|da|do|dos|bin|ibn|wa|upon|on)"
        tails = sorted({a.split()[-1] for a in lex.place_alias if " " in a and a.split()[-1].islower()}, key=len, reverse=True)
        tail = r"(?:\s+(?:" + "|".join(map(re.escape, tails)) + r")(?![\w]))?" if tails else ""
        # (a run starts with a capital or an article: tested first, the lookbehind is tried at
        # a fifth of the positions)
        self.run_re = re.compile(r"(?=[A-Zaet])(?<![\w'-])(?:(?:al|el|ez|az|ad|as|ar|ash|the)[-\s]+)?[A-Z][\w'.]*"
                                 r"(?:(?:[-\s]+|\s+" + particle + r"[-\s]+(?:" + particle + r"[-\s]+)?)[A-Z][\w'.]*)*" + tail)
        self.token_re = re.compile(r"[\w'.]+")
        self._runs: dict[str, list] = {}
        self.demonym_re = regex.compile(
            r"(?<![\w])(?P<d>" + alternation(lex.demonym_of) + r")\s+(?:" + alternation(lex.places.place_nouns) + r")(?![\w])"
        )
        # "the town of Mai Kadra": a place the lexicon does not know, named as one
        # (the standard engine: it scans a whole document for a rare phrase much faster)
        nouns = "|".join(sorted((re.escape(n) for n in lex.places.place_nouns if not n.endswith("s")), key=len, reverse=True))
        self.named_re = re.compile(r"\b(?:" + nouns + r") of (?P<n>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2})")
        self.named_nouns = tuple(n + " of " for n in lex.places.place_nouns if not n.endswith("s"))
        # "the earthquake in Elazig", "riots near Varna", "a quake struck Elazig": a name an
        # event happens in, or strikes, is a place (events.yaml's incidents, by the last word
        # of their phrases; not "at", which names a facility: "a fire at Tesco")
        self.incident_words = frozenset(w.split()[-1] for w, t in lex.event_type_of.items()
                                        if lex.incident(t) and w not in lex.participant_words)
        self.struck_re = re.compile(r"\b(?:" + "|".join(map(re.escape, lex.events.strike_verbs)) + r")"
                                    r"(?:\s+the\s+[a-z]+\s+(?:" + nouns + r")\s+of)?"
                                    + _NAME_AFTER) if lex.events.strike_verbs else re.compile(r"(?!)")
        # "50 km northwest of Kessick", "30 miles (48 km) south of Kessick": a name a distance
        # and a compass point are measured from is a place (places.yaml compass)
        compass = lex.places.compass
        lengths = "|".join(sorted({re.escape(f) for u in lex.units.units if u.kind == "distance" for f in u.forms if f.isalpha()},
                                  key=len, reverse=True))
        self.bearing_re = re.compile(r"(?<![\w.,])\d[\d,.]*[ -]?(?:" + lengths + r")\s+(?:\(\s*\d[\d,.]*\s*[A-Za-z]{1,11}\s*\)\s+)?(?:"
                                     + "|".join(sorted(map(re.escape, compass), key=len, reverse=True)) + r")\s+of" + _NAME_AFTER) \
            if compass and lengths else re.compile(r"(?!)")
        # "Zinda Jan district", "Kasese District": the same, the noun after the name
        sfx = lex.places.place_suffixes
        self.suffix_word = re.compile(r"\b(?:" + "|".join(map(re.escape, sfx)) + r")\b") if sfx else None
        self.suffix_nouns = tuple(sfx)
        self.not_suffixed = _NOT_NAMES | {fold(w) for w in lex.places.title_ranks}
        self.suffixed_re = re.compile(r"(?=[A-Z])(?<![\w'-])(?P<n>[A-Z][\w'-]+(?: [A-Z][\w'-]+){0,2}) (?:" + "|".join(
            sorted(map(re.escape, sfx), key=len, reverse=True)) + r")\b") if sfx else None
        heads = lex.places.org_heads
        self.org_re = regex.compile(r"(?<![\w])(?:" + alternation(heads, boundary=False) + r")\s+of\s+(?:the\s+)?\Z") if heads else None
        tails = lex.places.org_tails
        self.org_after_re = regex.compile(r"\.?\s+(?:" + alternation(tails, boundary=False) + r")(?![\w])") if tails else None
        self.joined_re = regex.compile(r"\s+" + regex.escape(lex.places.join_word) + r"\s+\Z")
        self.join_word = lex.places.join_word
        # capitalised words that open a line but name no place ("By", "Updated", "BREAKING":
        # events.yaml not_names)
        self.not_names = _NOT_NAMES | lex.name_stopwords  # (months and weekdays too: "the quake struck Tuesday")
        bound_all(vars(self))

    def find(self, text: str) -> list[PlaceMention]:
        found: list[PlaceMention] = []
        for run in self.run_re.finditer(text):
            # names repeat across a corpus: read each run of capitalised words once
            key = run.group()
            hits = self._runs.get(key)
            if hits is None:
                hits = self._read_run(key)
                if len(self._runs) < 100_000:
                    self._runs[key] = hits
            base = run.start()
            for s, e, name, how in hits:
                if self.org_re is not None and (text.startswith("of ", base + s - 3) or text.startswith("the ", base + s - 4)) \
                        and self.org_re.search(text, max(0, base + s - 30), base + s):
                    continue  # "the Bank of England": an organisation
                if self.org_after_re is not None and self.org_after_re.match(text, base + e):
                    continue  # "the U.S. Geological Survey": an organisation
                found.append(self._mention(text, base + s, base + e, name, how))
        for m in self.demonym_re.finditer(text):
            found.append(PlaceMention(m.start(), m.end(), self.lex.demonym_of[m.group("d")], False, "demonym"))
        # each pattern needs one of its nouns in the text: most articles have none, and a
        # substring test rules them out faster than the pattern's scan
        named = list(self.named_re.finditer(text)) if any(n in text for n in self.named_nouns) else []
        if self.suffixed_re is not None and any(n in text for n in self.suffix_nouns) and self.suffix_word.search(text):
            named += [m for m in self.suffixed_re.finditer(text) if m.group("n").split()[0].lower() not in self.not_suffixed]
        spans = [(m.start("n"), m.end("n"), m.group("n")) for m in named] + self._dateline_place(text)
        spans += self._towns_of_regions(text, found)  # (their state's mention is taken out of found)
        spans += [s for s in self._struck_places(text) if not self._names_no_place(s[2])]
        learned = set()
        for s, e, name in spans:
            if not any(p.start < e and s < p.end for p in found):
                found.append(PlaceMention(s, e, name, False, "named"))
                learned.add(name)
        if learned:
            # once "the city of Van" has named it, "Van" alone is that place too
            taken = {(p.start, p.end) for p in found}
            names = "|".join(re.escape(n) for n in sorted(learned, key=len, reverse=True))
            for m in re.finditer(r"(?<![\w'-])(?:" + names + r")(?![\w-])", text):
                s, e = m.span()
                if (s, e) not in taken and not any(p.start < e and s < p.end for p in found):
                    found.append(PlaceMention(s, e, m.group(), text.startswith("'s", e) or text.startswith("’s", e), "named"))
        found.sort(key=lambda p: p.start)
        return self._join(text, found)

    def _towns_of_regions(self, text: str, found: list[PlaceMention]) -> list[tuple[int, int, str]]:
        """(start, end, name) of the towns named before their state or country, as US and
        wire copy write them: "Redding, California", "Sivrice, Turkey" (one place, the town)."""
        out, states = [], []
        for p in found:
            if p.possessive or not self.lex.wide_place(p.name):
                continue  # "on Wednesday, Turkey's disaster agency said": no town of Turkey
            town = _TOWN_BEFORE.search(text, max(0, p.start - 40), p.start)
            if town is not None and not self._names_no_place(town.group("n")) \
                    and town.group("n") not in self.lex.place_alias and town.group("n") not in self.lex.demonym_of:
                out.append((town.start("n"), p.end, town.group("n")))  # the state only tells which town
                states.append(p)
        for p in states:
            found.remove(p)
        return out

    def _struck_places(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, name) of the names an incident happens in or strikes: "the earthquake in
        Kessick", "a quake hit Kessick" (a literal "in"/"near" first, then the word before it,
        as one pattern of every incident word would be tried at every position), and the names
        distances are measured from ("50 km northwest of Kessick")."""
        found = []
        for m in self.struck_re.finditer(text):  # "a strong earthquake struck X", not "the news hit Wall Street"
            if any(w.lower() in self.incident_words for w in _WORDS.findall(text, max(0, m.start() - 30), m.start())[-3:]):
                found.append(m.span("n") + (m.group("n"),))
        if " of " in text:
            found += [m.span("n") + (m.group("n"),) for m in self.bearing_re.finditer(text)]
        for m in _IN_NAME.finditer(text):
            word = _WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if word is not None and word.group().lower() in self.incident_words:
                found.append(m.span("n") + (m.group("n"),))
        return found

    def _names_no_place(self, name: str) -> bool:
        """A name whose first word opens a line or a sentence ("Updated", "Previously"), or is a
        day or a month ("the quake struck Tuesday", "on Wednesday, Turkey's agency said")."""
        first = name.split()[0].lower().removesuffix("'s").removesuffix("’s")
        return first in self.not_names

    def _dateline_place(self, text: str) -> list[tuple[int, int, str]]:
        """The place a news dateline opens with ("VARNA (Wire) -", "Plovdiv, March 4 (AP) -"),
        known to the lexicon or not, as (start, end, name): written in capitals or followed
        by a date or an outlet, as a headline's "Apple - new laptops" is not."""
        start, end = dateline_span(text)
        got = _DATELINE_PLACE.match(text, start, end) if end else None
        if got is None:
            return []
        name = got.group("n")
        if not (name.isupper() or got.group("date_or_outlet")) or name.split()[0].lower() in self.not_names:
            return []
        return [(got.start("n"), got.end("n"), name.title() if name.isupper() else name)]

    def _read_run(self, text: str) -> list[tuple[int, int, str, str]]:
        """Places inside one run of capitalised words: (start, end, name, how), offsets
        relative to the run."""
        found: list = []
        toks = [(t.start(), t.end(), t.group()) for t in self.token_re.finditer(text)]
        i = 0
        loose_from = None
        while i < len(toks):
            hit = None
            for j in range(min(len(toks), i + self.longest), i, -1):
                words = [t[2] for t in toks[i:j]]
                last = words[-1]
                end = toks[j - 1][1]
                if last.endswith("'s"):
                    words[-1], end = last[:-2], end - 2
                elif last.endswith(".") and "." not in last[:-1]:
                    words[-1], end = last[:-1], end - 1
                name = self.alias.get(" ".join(words).lower())
                if name is not None:
                    hit = (toks[i][0], end, name, j)
                    break
            if hit is None:
                if loose_from is None:
                    loose_from = i
                i += 1
                continue
            if loose_from is not None:
                self._loose(text, toks[loose_from:i], found)
                loose_from = None
            found.append((hit[0], hit[1], hit[2], "alias"))
            i = hit[3]
        if loose_from is not None:
            self._loose(text, toks[loose_from:], found)
        return found

    def _loose(self, text: str, toks: list, found: list) -> None:
        """An unlisted spelling of a known name: same consonants AND mostly the same
        letters ("Deir Ez-Zour" is Deir Ezzor; "Haider al-Abadi" is not Hyderabad)."""
        if not toks or len(toks) > 4:
            return
        s, e = toks[0][0], toks[-1][1]
        phrase = text[s:e].rstrip(".")
        if phrase.endswith("'s"):
            phrase = phrase[:-2]
        if phrase in self.lex.demonym_of or phrase.removesuffix("s") in self.lex.demonym_of:
            return  # "Indian" is India's people, not a misspelt "Indiana"
        letters = _letters(phrase)
        if len(letters) < 6:
            return
        hit = self.skeletons.get(skeleton(phrase))
        if hit is not None and max(SequenceMatcher(None, letters, a).ratio() for a in hit[1]) >= 0.85:
            found.append((s, s + len(phrase), hit[0], "transliteration"))

    @staticmethod
    def _mention(text: str, s: int, e: int, name: str, how: str) -> PlaceMention:
        poss = text.startswith("'s", e)
        return PlaceMention(s, e + (2 if poss else 0), name, poss, how)

    def _join(self, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """ "Iraq and Syria", "both Syria and Iraq" -> one scope, named in sorted order."""
        out: list[PlaceMention] = []
        for p in found:
            if out and not out[-1].possessive and not p.possessive and self.joined_re.match(text, out[-1].end, p.start) \
                    and out[-1].name != p.name and f" {self.join_word} " not in out[-1].name:
                a = out.pop()
                names = sorted((a.name, p.name), key=str.casefold)
                out.append(PlaceMention(a.start, p.end, f"{names[0]} {self.join_word} {names[1]}", False, "joined"))
            else:
                out.append(p)
        return out


@functools.lru_cache(maxsize=8)
def matcher(lex: Lexicon) -> PlaceMatcher:
    return PlaceMatcher(lex)


def main_place(lex: Lexicon, places: list[PlaceMention], headline_end: int, lede_end: int = 0) -> Optional[str]:
    """The place an article is about: its most mentioned town, city or province (headline
    mentions count thrice, the lede's twice; a town or city first when they tie), else its
    most mentioned place of any kind (a country, a sea)."""
    counts: Counter[str] = Counter()
    for p in places:
        if p.how == "joined":  # "Iraq and Syria" names two places, not the article's one
            continue
        counts[p.name] += 3 if p.start < headline_end else 2 if p.start < lede_end else 1
    if not counts:
        return None

    def rank(name: str) -> int:
        info = lex.place_info(name)  # a place the text names ("the town of X") is local
        return 2 if info is None or info.type in ("city", "town") else 1 if info.type in ("province", "region") else 0

    local = [(n, c) for n, c in counts.items() if rank(n) > 0] or list(counts.items())
    return max(local, key=lambda nc: (nc[1], rank(nc[0])))[0]


_NAME_AFTER = r"\s+(?P<n>[A-Z][a-z'-]+(?: [A-Z][a-z'-]+)?)(?![\w'-])"
# "Redding, " right before a state: a town's name (up to three words)
_TOWN_BEFORE = re.compile(r"(?<![\w'.-])(?P<n>[A-Z][a-z'-]+(?: [A-Z][a-z'-]+){0,2}),\s+\Z")
_IN_NAME = re.compile(r"\s(?:in|near)" + _NAME_AFTER)
_WORD_BEFORE = re.compile(r"[A-Za-z-]+\Z")
_WORDS = re.compile(r"[A-Za-z-]+")

# "KHARTOUM (Reuters) -", "Kyiv, May 16 (AP) —", "BEIRUT -": a news dateline opening the text
_NAME = r"[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3}"
_DATELINE_PLACE = regex.compile(r"\s*(?P<n>" + _NAME + r")(?P<date_or_outlet>,\s*[A-Z][a-z]{2,8}\.?\s+\d|\s*\()?")
_DATELINE = regex.compile(r"\A\s*" + _NAME + r"(?:,\s*" + _NAME + r")?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?"
                          r"\s*(?:\([A-Za-z .]{2,25}\))?\s*[-\u2013\u2014]\s")


def dateline_span(text: str) -> tuple[int, int]:
    """Where a news dateline at the start of ``text`` (or of the paragraph after a one-line
    headline) starts and ends, or (0, 0). "(Highlands Radio) The toll rose...": an outlet
    alone counts too."""
    m = _DATELINE.match(text[:120]) or _OUTLET_LINE.match(text[:120])
    if m:
        return 0, m.end()
    head = _HEADLINE.match(text[:300])
    if head:
        body = text[head.end():head.end() + 120]
        m = _DATELINE.match(body) or _OUTLET_LINE.match(body)
        if m:
            return head.end(), head.end() + m.end()
    return 0, 0


def dateline_end(text: str) -> int:
    """Where a news dateline opening ``text`` ends, or 0."""
    return dateline_span(text)[1]


# "(Highlands Radio) The toll rose": a wire's name alone opening the story
_OUTLET_LINE = regex.compile(r"\A\s*\([A-Z][A-Za-z .&'-]{1,30}\)\s+(?=[A-Z\"“])")
# a headline: one line, no full stop at its end, then the story
_HEADLINE = regex.compile(r"\A\s*[^\n]{3,200}(?<![.!?:])\n\s*")

bound_all(globals())  # every pattern of this module runs over document text: bound each match in time
