"""The figure reader: each match of the core pattern, read as one figure (its value and
what continues it, a range, its unit, a rate, its qualifiers, an age), with the guards
that span kinds, each a function named for what it rejects ("_in_idiom",
"_score_not_range", "_children_of_parent"). The kinds' own readers are called from here
(claimcheck/kinds/<kind>/); :mod:`claimcheck.pipeline.mentions` runs it over a text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

import regex

from ..kinds import Mention, match_unit, noun_follows
from ..kinds import count, duration, measure, money, numbers, percentage, ratio
from ..kinds.numbers import fraction_value, number_value, vague_value
from ..lexicon import Lexicon, UnitDef, alternation, fold
from ..text.forms import singular
from ..text.rx import _rx, bound_all
from ..models import Kind

_WS = r"[ \t]"


def read_figures(raw: list, text: str, lex: Lexicon, pats) -> list[Mention]:
    """The mentions of the core matches ``raw`` (in order) of ``text``."""
    return _Reader(text, lex, pats, raw).read()


def compile_patterns(p, lex: Lexicon) -> None:
    """What the figure reader looks for around a number (a range, a unit, a rate,
    qualifiers) and what its guards look for (telephone numbers, scores, names, codes)."""
    # "- to": the first number's unit suspended on its hyphen ("a 24- to 30-foot boat"); only
    # "to" ("a 7- or 8-inch screen" stays two figures, which share the unit: relations.py)
    p.range_gap = regex.compile(
        r"\s*(?P<op>-\s+to|-to-|to|-|~|and|or|through|till|until)\s*(?:(?P<cur>" + alternation(lex.unit_prefix, boundary=False, ignore_case=True) + r")\s?)?\Z",
        regex.IGNORECASE,
    )
    n = lex.numbers
    # "rose from 10% to 25%", "rose 2% to 7.1%" (numbers.yaml change_verbs)
    p.change_verb = regex.compile(r"(?<![\w])(?:" + "|".join(map(regex.escape, n.change_verbs)) + r")(?:\s+\w+)?\s+\Z", regex.IGNORECASE)
    # "three times as many", "10 times higher" (numbers.yaml comparison_words, or any comparative)
    p.comparison_after = regex.compile(r"\s+(?:" + "|".join(map(regex.escape, n.comparison_words)) + r"|[a-z]+er\b)"
                                       r"|\s*[,.;]?\s*(?:from|since|in|over)\s", regex.IGNORECASE)
    dens = [f for u in lex.units.units if u.kind in (Kind.DURATION, Kind.DISTANCE, Kind.MEASURE) for f in u.forms if len(f) > 1]
    dens += n.rate_nouns  # "$58 per barrel", "RM3 a head"
    # "$58 per barrel", "RM45 a month", "100km/hr", "$17.50 for each share", "$22.50 per Corvex
    # share" (a name between); not "a year earlier" (a time offset)
    p.per_after = regex.compile(r"(?:\s+(?:U\.S\.|US))?(?:\s+(?:per|an?|each|for\s+(?:each|every))(?:\s+(?-i:[A-Z][\w&-]*))?[\s-]+|\s*/\s*|-(?:a|per)-)(?P<den>" + alternation(dens, lead=False, ignore_case=True)
                                + r")(?![\w])(?!\s+(?:earlier|ago|later|before|previously)(?![\w]))", regex.IGNORECASE)
    p.range_lead = regex.compile(r"(?<![\w])(?P<lead>between|from|of)\s+\Z", regex.IGNORECASE)
    cs_forms = [f for f in lex.unit_form_cs if len(f) > 1]
    tight_forms = [f for f in lex.unit_form_cs if len(f) == 1]
    ci_forms = [f for u in lex.units.units for f in u.forms if f not in lex.unit_form_cs]
    # a unit of words as a compound adjective, hyphened: "a 170,000-square-foot warehouse"
    ci_forms += [f.replace(" ", "-") for u in lex.units.units if u.kind in (Kind.MEASURE, Kind.DISTANCE, Kind.PERCENTAGE)
                 for f in u.forms if " " in f and f.replace(" ", "").isalpha() and f not in lex.unit_form_cs]
    p.unit_ci = regex.compile(r"(?:" + _WS + r"*|-)(?P<u>" + alternation(ci_forms, lead=False, ignore_case=True) + r")", regex.IGNORECASE)
    p.unit_cs = regex.compile(r"(?:" + _WS + r"*|-)(?P<u>" + alternation(cs_forms, lead=False) + r")")
    # a one-letter unit after a space only before punctuation or a space: "85 p each", not "10 p.m."
    p.unit_tight = regex.compile(r"(?:" + _WS + r"(?=[mgtlWVAFC][\s,.;:)]|p(?:[\s,;:)]|\.(?!m)|\Z)))?(?P<u>" + alternation(tight_forms, lead=False) + r")")
    p.degree_unit = regex.compile(r"(?:" + _WS + r"*)(?P<u>°\s?[CF]|º\s?[CF])")
    # searched right to left (REVERSE): a qualifier ends where the figure starts, so the first
    # try, at the end, decides; three times faster than trying each of 40 starts, and the
    # same match (every match ends there, and a longer qualifier is listed first)
    p.qual_before = regex.compile(
        r"(?<![\w])(?P<q>" + alternation(lex.qualifier_of, boundary=False, reverse=True) + r")\s*(?:a\s+(?=total\s+of))?\Z",
        regex.IGNORECASE | regex.REVERSE,
    )
    # "100 or more", "$2 million-plus"
    p.qual_after = regex.compile(r"(?:\s*|-(?=plus))(?P<q>" + alternation(lex.qualifier_after, boundary=False, ignore_case=True) + r")(?![\w])", regex.IGNORECASE)
    p.sub_before = regex.compile(r"(?<![\w-])sub-\Z", regex.IGNORECASE)  # "sub-300 sq m": under 300
    _compile_guards(p, lex)


def _compile_guards(p, lex: Lexicon) -> None:
    """What the cross-kind guards look for: telephone numbers, scores, names and codes."""
    n = lex.numbers
    p.phone_before = regex.compile(r"(?i)(?<![\w])" + alternation(n.phone_words, boundary=False, ignore_case=True) + r"(?![\w])[^.;\d]{0,24}\Z") \
        if n.phone_words else None
    p.parent_of = regex.compile(r"(?i)(?<![\w])(?P<parent>" + alternation(n.parent_nouns, boundary=False) + r")\s+of\s+\Z") if n.parent_nouns else None
    # "a 35-47 record", "a mark of 38-44", "won 24-17": a score, not a range (numbers.yaml score_after, score_before)
    p.score_after = regex.compile(r"\s*\(\.\d{3}\)|(?:\s+[a-z]+)?\s+" + alternation(n.score_after, boundary=False) + r"(?![\w])")
    p.score_before = regex.compile(r"(?i)(?<![\w])" + alternation(n.score_before, boundary=False) + r"\s+\Z")
    p.calibre_after = regex.compile(r"[ -]?(?:" + alternation(n.calibre_words, boundary=False) + r")(?![\w])", regex.IGNORECASE) \
        if n.calibre_words else None
    p.video_format = regex.compile(r"(?:" + "|".join(map(str, n.video_lines)) + r")[pi](?![\w])") if n.video_lines else None
    # "Section 427", "F-16"; "An-124" only hyphened ("An 18-year-old" opens a sentence)
    hyphened = "|".join(map(regex.escape, n.identifier_hyphened))
    p.ident_before = regex.compile(r"(?<![\w])(?:(?:" + alternation(n.identifier_words, boundary=False) + r")[ .#-]?"
                                   + (r"|(?:" + hyphened + r")-" if hyphened else "") + r")\Z")
    p.letter_before = regex.compile(r"[A-Za-z][-]?\Z")


def regrouped(m, text: str, pats, after: int):
    """The figure that starts at the first group, from ``after`` on, of a number read as
    thousands grouped by spaces, when its first group belongs to something else ("May 5
    100 people", "Article 5 200 troops"); None for any other match."""
    num = m.group("num")
    if num is None or " " not in num:
        return None
    for g in _rx(r"(?<= )\d").finditer(text, m.start("num"), m.end("num")):
        if g.start() >= after:
            return pats.core.match(text, g.start())
    return None


def _an_opening_quote(text: str, end: int, um) -> bool:
    """ 'the family's 200 "made" soldiers': a quote mark apart from the number, or before a
    word, opens a quotation; inches are glued to it ('a 13" screen', '30" wide')."""
    return um.group("u") in ('"', "\u2033") and (um.start("u") != end or text[um.end():um.end() + 1].isalpha())


@dataclass(slots=True)
class _Figure:
    """A figure being read from one core match: where it runs, its value, its unit, the rule."""

    m: object
    kind_hint: str                # "num", "words", "vague", "frac", "one" (a unit); "times" once read as how often
    s: int                        # the core match
    e: int                        # where the number ends (after its fraction, scale, range's first part)
    prefix: object = None         # a unit written before the number ("$", "magnitude of")
    sub: object = None            # "sub-300"
    unit: Optional[UnitDef] = None
    start: int = 0                # the whole span, as far as read
    end: int = 0
    lo: float = 0.0
    hi: float = 0.0
    point: Optional[float] = None
    word: bool = False
    vague: bool = False
    fraction: bool = False
    scale: bool = False
    tail: Optional[tuple] = None  # the fraction read after the number ("two and a half")
    rule: str = ""
    surface: Optional[str] = None
    num_start: int = 0
    num_end: int = 0


def _kind_hint(m) -> str:
    return ("vague" if m.group("vague") else "frac" if m.group("frac") else "num" if m.group("num")
            else "one" if (m.group("one") or m.group("half") or m.group("quarter") or m.group("long"))
            else "ratio" if ratio.is_multiplier(m) else "words")


class _Reader:
    """Reads the core matches in order; a match may take the ones after it (a range's
    second number, a scale's parts), so the position ``i`` in ``raw`` is shared."""

    def __init__(self, text: str, lex: Lexicon, pats, raw: list):
        self.text, self.lex, self.pats, self.raw = text, lex, pats, raw
        self.i = 0
        self.ident_end = -1  # where the last number read as part of a name ends
        self.mentions: list[Mention] = []

    def read(self) -> list[Mention]:
        raw = self.raw
        while self.i < len(raw):
            m = raw[self.i]
            self.i += 1
            got = self._special(m)
            if got is not False:
                if got is not None:
                    self.mentions.append(got)
                continue
            mention = self._figure(m)
            if mention is not None:
                self.mentions.append(mention)
                while self.i < len(raw) and raw[self.i].start() < mention.end:
                    self.i += 1  # read as part of this figure ("a month" of "RM45 a month")
        return self.mentions

    def _special(self, m):
        """The mention of a rule with a reader of its own (a slashed fraction, a share, a
        multiplier), None when it reads nothing there; False for any other match."""
        text, lex, pats = self.text, self.lex, self.pats
        if m.group("nfrac") is not None:
            return percentage.read_slashed(m, text, lex, pats)
        if m.group("inn") is not None:
            share = percentage.read_share(m, text, lex, pats)
            if share is None:  # "12 in six boxes", "8 out of 5": two numbers
                self.raw[self.i:self.i] = [p for p in (pats.core.match(text, m.start(g), m.end(g)) for g in ("inn_a", "inn_b")) if p is not None]
            return share
        if ratio.is_multiplier(m) and not ratio.after_from(text, m.start()):
            return ratio.read_multiplier(m, text, lex, pats)
        return False

    def _figure(self, m) -> Optional[Mention]:
        kind_hint = _kind_hint(m)
        if kind_hint == "ratio":  # "from three to one": a range of numbers
            kind_hint = "words" if not m.group()[:1].isdigit() else "num"
        f = _Figure(m, kind_hint, *m.span())
        if not self._read_start(f) or not self._read_value(f):
            return None
        self._read_range(f)
        f.num_start, f.num_end = (f.prefix.end() if f.prefix else f.s), f.end
        self._read_unit(f)
        return self._finish(f)

    def _read_start(self, f: _Figure) -> bool:
        """A unit written before the number, "sub-"; False for a number that is part of a
        name or a code ("F-16", "No. 5", "3rd", "a .45 pistol")."""
        text, lex, pats, s, e = self.text, self.lex, self.pats, f.s, f.e
        if f.kind_hint == "num":
            f.prefix = money.prefix_before(text, s, lex, pats)  # "$5", "magnitude of 5.9"
            f.sub = not f.prefix and pats.sub_before.search(text, max(0, s - 4), s)
            if not f.sub:
                if _calibre(text, s, e, pats) or _video_format(text, s, e, pats):
                    return False
                if not f.prefix and self._part_of_name(s, e):
                    self.ident_end = e
                    rest = regrouped(f.m, text, pats, s + 1)  # "Article 5 200 troops": 200
                    self.raw[self.i:self.i] = [rest] if rest is not None else []
                    return False
                if _letters_glued_after(text, e, f.m, pats):
                    return False
        f.unit = money.prefix_unit(lex, f.prefix.group("p")) if f.prefix else None
        f.start = f.prefix.start() if f.prefix else s
        return True

    def _part_of_name(self, s: int, e: int) -> bool:
        """ "F-16", "MH17", "Section 427", "No. 5" (but "EUR40m"); "versions 6, 7 and 8"."""
        text, pats = self.text, self.pats
        return bool(pats.letter_before.search(text, max(0, s - 2), s) or pats.ident_before.search(text, max(0, s - 14), s)
                    or _listed_after_name(text, self.ident_end, s, e, self.lex))

    def _read_value(self, f: _Figure) -> bool:
        """The value of the number and what continues it (a fraction, a scale's parts, a
        hyphened scale); False when it reads as no number."""
        text, lex, pats, m = self.text, self.lex, self.pats, f.m
        if f.kind_hint == "vague":
            f.lo, f.hi = vague_value(m.group("vague"), lex)
            f.vague = f.word = True
        elif f.kind_hint == "one":
            f.point = duration.part_of_one(m)
            f.lo = f.hi = f.point
            f.word = True
        elif f.kind_hint == "frac" and percentage.part_or_period(text, f.s, pats):
            return False
        elif f.kind_hint == "frac":
            f.point = fraction_value(m.group("frac"), lex)
            f.lo = f.hi = f.point
            f.fraction = f.word = True
        else:
            f.point, f.word, f.scale = number_value(m, text, lex, f.unit is not None)
            if f.point is None and m.group("abbr") and m.group("abbr").lower() in ("m", "mm"):
                f.point, f.word, f.scale = number_value(m, text, lex, False, abbr_is_unit=True)
                f.e = m.start("abbr")  # "a 10m wall": ten metres, read by the unit below
            if f.point is None:
                return False
            f.lo = f.hi = f.point
        f.end = f.e
        f.rule = (count.VAGUE.name if f.vague else percentage.FRACTION_OF.name if f.fraction else duration.A_UNIT.name if f.kind_hint == "one"
                  else count.NUMBER_WORDS.name if f.word else count.NUMBER.name)
        if f.kind_hint in ("num", "words"):  # "two and a half", "10 1/2", "point five", "7 thousand 2 hundred and 64"
            f.point, f.e, self.i, f.tail = numbers.number_goes_on(m, f.kind_hint == "words", f.point, text, f.e, f.start, self.raw, self.i, lex, pats)
            f.lo = f.hi = f.point
            f.end = f.e
        hyphened = money.hyphen_scale(text, f.e, lex) if f.kind_hint == "num" and not f.scale else None
        if hyphened:  # "$12-million", "a $31.5-million contract"
            f.lo = f.hi = f.point = f.point * hyphened[0]
            f.e = f.end = hyphened[1]
            f.scale = True
            while self.i < len(self.raw) and self.raw[self.i].start() < f.e:
                self.i += 1  # the scale word is taken
        return True

    def _read_range(self, f: _Figure) -> None:
        """A second number that closes a range: "1,200 to 1,800", "between 4 and 5",
        "1,200-1,800", "$1m to $1.25m", "four to five thousand"."""
        if f.vague or f.fraction or self.i >= len(self.raw):
            return
        text, lex, pats = self.text, self.lex, self.pats
        nxt = self.raw[self.i]
        gap = pats.range_gap.match(text, f.e, nxt.start())
        if not gap or not (nxt.group("num") or nxt.group("words")):
            return
        op = gap.group("op").lower()
        lead = pats.range_lead.search(text, max(0, f.start - 10), f.start)
        between = bool(lead and lead.group("lead").lower() == "between")
        ok = (op != "and" or between) and not self._two_figures(f, nxt, gap, op, lead, between)
        v2, _, sc2 = number_value(nxt, text, lex, f.unit is not None or bool(gap.group("cur")))
        if op == "or" and v2 is not None and v2 < f.lo:
            ok = False  # "$150 million or $19 million a season": two figures; "two or three" climbs
        if not (ok and v2 is not None and (v2 >= f.lo or op == "-")):  # "rose by 86 to 35": no range runs down ("2-1" below)
            return
        if sc2 and not f.scale and nxt.group("num") and f.lo < float(nxt.group("num").replace(",", "")):
            f.lo = f.hi = f.lo * (v2 / float(nxt.group("num").replace(",", "")))  # "$1 to $1.25 million"
        elif f.word and nxt.group("words") and not f.scale and fold(nxt.group("words").split()[-1]) in lex.numbers.scales:
            mult = lex.numbers.scales[fold(nxt.group("words").split()[-1])]  # "four to five thousand"
            if f.lo * mult <= v2 and f.lo < mult:
                f.lo = f.hi = f.lo * mult
        f.hi, f.point, f.end = v2, None, nxt.end()
        self.i += 1
        if lead and lead.group("lead").lower() in ("between", "from"):
            f.start = lead.start()
        f.rule = count.BETWEEN.name if between else count.RANGE.name
        if gap.group("cur") and f.unit is None:
            f.unit = lex.unit_prefix.get(gap.group("cur"))

    def _two_figures(self, f: _Figure, nxt, gap, op: str, lead, between: bool) -> bool:
        """Whether two numbers joined like a range are two figures: a rise then the new
        level, a change "from .. to", a spaced dash, a pair said "respectively"."""
        text, pats = self.text, self.pats
        return bool(op != "-" and _rise_then_level(text, f.start, pats, f.point, lambda: number_value(nxt, text, self.lex, True)[0])
                    or _change_from_to(text, lead, pats)
                    or op == "-" and _spaced_dash(text, f.e, nxt, gap)
                    or op in ("or", "and") and not between and _said_respectively(text, nxt))

    def _read_unit(self, f: _Figure) -> None:
        """The unit after the number ("%", "per cent", "km", "-year", "years old"), and a
        range that goes on after it ("from 6 km to 7 km"); an event noun's unit ("a 7.0
        quake"); pounds that weigh; "and a half" after a unit of time."""
        text, lex, pats, m = self.text, self.lex, self.pats, f.m
        if f.kind_hint == "one" and m.group("long"):
            f.unit = lex.unit_form.get(fold(m.group("long")[:-4].rstrip("-")))  # "decade-long", "weeklong"
            f.surface = m.group("long")
        else:
            f.surface = f.prefix.group("p") if f.prefix else None
        if f.unit is None or f.unit.kind == Kind.MONEY:
            self._unit_after(f)
        if f.unit is None and f.kind_hint == "num":
            f.unit, ev_rule = measure.event_unit(text, f.start, f.end, m, pats)  # "a 7.0 quake", "the quake measured 7.1"
            f.rule = ev_rule or f.rule
        if f.unit is not None and f.unit.unit == "GBP" and not f.prefix and f.surface and fold(f.surface) in ("pounds", "pound") \
                and measure.weighs_pounds(text, f.start, f.num_end, f.end, f.scale, lex, pats):
            f.unit = lex.unit_by_name.get("pound", f.unit)  # "went from 210 pounds to 196 by dieting": a weight
        if f.unit is not None and f.unit.kind in (Kind.DURATION, Kind.DISTANCE) \
                and (f.kind_hint == "one" and duration.part_of_one(m) == 1
                     or f.kind_hint in ("num", "words") and f.point is not None and f.tail is None):
            more = duration.and_a_half(text, f.end)
            if more:  # "an hour and a half", "3 days and a half", "a mile and a half"
                f.lo = f.hi = f.point = f.point + 0.5
                f.end += more.end()

    def _unit_after(self, f: _Figure) -> None:
        text, lex, pats = self.text, self.lex, self.pats
        um = match_unit(text, f.end, pats)
        if um is None or _an_opening_quote(text, f.end, um):
            return
        u = lex.unit_form_cs.get(um.group("u")) or lex.unit_form.get(fold(um.group("u"))) or lex.unit_form_cs.get(um.group("u").replace(" ", ""))
        if u is None and um.group("u")[:1] in "°º":
            u = lex.unit_by_name.get("degree Celsius" if um.group("u")[-1] == "C" else "degree Fahrenheit")
        if u is not None and f.prefix and u.kind == Kind.PERCENTAGE:
            f.start = f.s  # "left the euro 2 per cent higher": a share; the word before names no amount
        if u is None or not (f.unit is None or u.kind == Kind.MONEY and u.unit in ("USD",) and f.unit.unit == "USD" or u.kind == Kind.PERCENTAGE):
            return
        f.unit, f.surface, f.end = u, um.group("u"), um.end()
        if "<unit>" not in f.rule:
            f.rule = f.rule.replace("<number>", "<number> <unit>", 1) if "<number>" in f.rule else f.rule + " <unit>"
        self._range_of_units(f)

    def _range_of_units(self, f: _Figure) -> None:
        """ "from 6 km to 7 km", "between 5% and 7%": the range goes on after the unit."""
        text, pats = self.text, self.pats
        lead = pats.range_lead.search(text, max(0, f.start - 10), f.start)
        if f.point is None or self.i >= len(self.raw) or _change_from_to(text, lead, pats):
            return
        nxt = self.raw[self.i]
        if _rise_then_level(text, f.start, pats, f.point, lambda: number_value(nxt, text, self.lex, True)[0]):
            return  # "climbed 2% to 7.1%": the rise, then the new level
        between = lead is not None and lead.group("lead").lower() == "between"
        gap = _rx(r"\s*(?:to|-|and)\s*\Z" if between else r"\s*(?:to|-)\s*\Z").match(text[f.end:nxt.start()])
        if gap is None or not nxt.group("num"):
            return
        um2 = match_unit(text, nxt.end(), pats)
        if um2 is not None and fold(um2.group("u")) == fold(f.surface) and float(nxt.group("num").replace(",", "")) >= f.lo:
            f.hi, f.point, f.end = float(nxt.group("num").replace(",", "")), None, um2.end()
            self.i += 1
            if between:
                f.start = lead.start()
                f.rule = count.BETWEEN_UNITS.name

    def _finish(self, f: _Figure) -> Optional[Mention]:
        """The mention, after the guards that reject a figure by its unit and surroundings;
        its rate, its unit's factor, its qualifiers and (for a bare number) an age."""
        text, lex, pats = self.text, self.lex, self.pats
        if f.unit is None and f.kind_hint == "one":
            return None  # "a" or "half" that is not "a week", "half a mile"
        if f.unit is not None and f.unit.kind == Kind.DURATION and (duration.how_long_ago(text, f.end, pats)
                                                                or f.kind_hint == "one" and duration.a_unit_not_a_length(text, f.start, f.end, f.surface, pats)):
            return None
        per = self._read_rate(f)
        if f.unit is not None and f.unit.factor != 1:  # "a decade" is ten years
            f.lo, f.hi = f.lo * f.unit.factor, f.hi * f.unit.factor
            f.point = None if f.point is None else f.point * f.unit.factor
            f.unit = lex.unit_by_name[f.unit.as_unit]
        if self._rejected(f):
            return None
        if f.unit is not None and f.unit.kind == Kind.RATIO and ratio.how_often(text, f.end, f.surface, f.vague, pats):
            if f.vague:
                return None
            if f.surface and fold(f.surface) == "times":
                # "visited three times", "circled the track 40 times": how often, not how many times more
                f.kind_hint, f.rule = "times", ratio.TIMES.name
            f.unit = None
        if f.vague and f.unit is None:
            self._money_of_vague(f)
        qualifier = self._read_qualifiers(f)
        if f.unit is None:
            age = measure.age_rule(f, self.mentions, text, lex, pats)
            if age:
                f.unit, f.rule = lex.unit_by_name.get("year of age"), age
        if f.fraction:
            kind, f.unit = "percentage", lex.unit_by_name.get("percent")
        else:
            kind = f.unit.kind if f.unit is not None else Kind.COUNT
        if f.word and _in_idiom(text, f, pats):
            return None
        # "a father of five": the parent's children, never a count the clause makes (binding)
        parent = _children_of_parent(text, f.start, f.end, pats, lex) if f.unit is None and not f.vague else None
        return Mention(
            start=f.start, end=f.end, num_start=f.num_start, num_end=f.num_end, low=f.lo, high=f.hi, point=f.point,
            qualifier=qualifier, kind=kind, rule=f.rule, unit=f.unit, surface_unit=f.surface, word_number=f.word,
            vague=f.vague, fraction=f.fraction, scale=f.scale, per=per,
            extra={"of_parent": parent[0], "parent_at": parent[1]} if parent else {},
        )

    def _read_rate(self, f: _Figure) -> Optional[str]:
        """A rate's denominator: "$58 per barrel", "RM45 a month", "5% a year", "3 hours a day"."""
        if f.unit is None or f.unit.kind not in (Kind.MONEY, Kind.PERCENTAGE, Kind.MEASURE, Kind.DURATION, Kind.DISTANCE):
            return None
        pm = self.pats.per_after.match(self.text, f.end)
        if not pm:
            return None
        lex = self.lex
        den = lex.unit_form.get(fold(pm.group("den"))) or lex.unit_form_cs.get(pm.group("den"))
        per = den.unit if den is not None else singular(pm.group("den"))
        f.end = pm.end()
        return per

    def _rejected(self, f: _Figure) -> bool:
        """The guards for a number without a unit, and for a range that runs down."""
        text, lex, pats = self.text, self.lex, self.pats
        bare_num = f.unit is None and f.kind_hint == "num"
        return bool(bare_num and not f.vague and not f.fraction and _score_not_range(text, f, pats, lex)
                    or bare_num and f.point is not None and (_hyphen_joined(text, f.s, f.e) or _year_cut(text, f.s, f.e, lex))
                    or _range_runs_down(f))

    def _money_of_vague(self, f: _Figure) -> None:
        """ "a few million of dollars": a vague amount of money."""
        text, lex = self.text, self.lex
        of_unit = _rx(r"\s+of\s+").match(text[f.end:f.end + 6])
        if of_unit:
            um = match_unit(text, f.end + of_unit.end(), self.pats)
            u = lex.unit_form.get(fold(um.group("u"))) if um else None
            if u is not None and u.kind == Kind.MONEY:
                f.unit, f.surface, f.end = u, um.group("u"), um.end()

    def _read_qualifiers(self, f: _Figure) -> str:
        """The qualifier before ("about", "more than", "sub-") and after ("or more")."""
        text, lex, pats = self.text, self.lex, self.pats
        qualifier = "vague" if f.vague else "exact"
        qm = pats.qual_before.search(text, max(0, f.start - 40), f.start)
        if qm:
            qualifier = lex.qualifier_of.get(fold(qm.group("q")), qualifier)
            f.start = qm.start()
        elif f.sub:
            qualifier = lex.qualifier_of.get("under", qualifier)
            f.start = f.sub.start()
        qa = pats.qual_after.match(text, f.end)
        if qa and qualifier in ("exact", "vague", "approximately") and not f.vague:  # "about 500 or more": at least
            qualifier = lex.qualifier_after[fold(qa.group("q"))]
            f.end = qa.end()
        return qualifier


# -- the guards that span kinds, each named for what it rejects ----------------------------

def _calibre(text: str, s: int, e: int, pats) -> bool:
    """ "a .45 pistol": a calibre, not a figure."""
    return text[s] == "." and pats.calibre_after is not None and bool(pats.calibre_after.match(text, e))


def _video_format(text: str, s: int, e: int, pats) -> bool:
    """ "1080p", "720p video": a video format's lines, not pence."""
    vf = pats.video_format.match(text, s) if pats.video_format is not None else None
    return vf is not None and vf.end() == e + 1


def _letters_glued_after(text: str, e: int, m, pats) -> bool:
    """Ordinals and codes: "3rd", "5G" (letters right after the digits that are no unit
    and no scale)."""
    return bool(e < len(text) and text[e].isalpha()
                and not (pats.unit_ci.match(text, e) or pats.unit_cs.match(text, e) or pats.unit_tight.match(text, e))
                and not m.group("abbr"))


def _listed_after_name(text: str, ident_end: int, s: int, e: int, lex: Lexicon) -> bool:
    """ "versions 6, 7, 8 and 9", "IE6 to 10": a bare number listed right after one read as
    part of a name is a name too, unless a counted noun follows it ("Flight 17 and 200 passengers")."""
    if ident_end < 0 or s - ident_end > 12 or not _rx(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to)\s+)\Z").fullmatch(text, ident_end, s):
        return False
    return not noun_follows(text, e, lex)


def _change_from_to(text: str, lead, pats) -> bool:
    """ "rose from 10% to 25%": a change, two figures, not a range."""
    return bool(lead and lead.group("lead").lower() == "from" and pats.change_verb.search(text, max(0, lead.start() - 40), lead.start()))


def _spaced_dash(text: str, e: int, nxt, gap) -> bool:
    """A dash between spaces is no range sign ("2 - 3"); "$140- $150 million" (the sign
    repeated) is."""
    return text[e:nxt.start()].strip() != "-" and not (text[e:e + 1] == "-" and gap.group("cur"))


_RESPECTIVELY = regex.compile(r"[^.;]*?(?<![\w])respectively(?![\w])", regex.IGNORECASE)


def _said_respectively(text: str, nxt) -> bool:
    """ "15k or 30k dearer than its two rivals respectively": two figures."""
    return bool(_RESPECTIVELY.match(text, nxt.end(), min(len(text), nxt.end() + 160)))


def _rise_then_level(text: str, start: int, pats, point: Optional[float], next_value) -> bool:
    """ "increased by $1.2bn to $48.5bn", "climbed 2% to 7.1%": after "by" or a change verb,
    a second figure far above the first is the new level, not the end of a range ("rose
    2% to 3%" stays a range). ``next_value`` reads the second figure, only when it matters."""
    if not point or not rise_before(text, start, pats):
        return False
    v_next = next_value()
    return v_next is not None and v_next > 3 * point


def rise_before(text: str, start: int, pats) -> bool:
    """Whether the figure at ``start`` follows "by" or a change verb ("rose 2%", "increased by")."""
    return bool(_rx(r"(?i)(?<![\w])by\s+\Z").search(text, max(0, start - 4), start)
                or pats.change_verb.search(text, max(0, start - 40), start))


def _score_not_range(text: str, f: _Figure, pats, lex: Lexicon) -> bool:
    """ "2-1", "tied at 89-89", "a 35-47 record" are scores and "ISO 3888-2" a code: a
    range climbs, and a hyphened pair of small numbers is no range."""
    return text[f.e:f.e + 1] == "-" and f.point is None and (f.hi < 30 and f.lo < 30 or f.hi <= f.lo
                                                             or _score_words(text, f.start, f.end, pats, lex))


def _score_words(text: str, start: int, end: int, pats, lex: Lexicon) -> bool:
    """Whether a hyphened pair is a score or a win-loss record by the words around it: "a
    35-47 record", "(.454)", "a mark of 38-44", "won 24-17" (numbers.yaml score_after and
    score_before; after a verb, only when no plural noun follows: "won 200-300 seats")."""
    if pats.score_after.match(text, end) and not noun_follows(text, end, lex):
        return True  # "a 35-47 overall record" (but "300-500 workers start work" counts workers)
    before = pats.score_before.search(text, max(0, start - 24), start)
    if before is None:
        return False
    return not noun_follows(text, end, lex)


def _hyphen_joined(text: str, s: int, e: int) -> bool:
    """Whether a single number is joined to another on either side ("45-7-2", the "30" of
    "30-7 Oct. 19", the "078" of "MS08-078", "1-for-8", the dotted "08.07.2012"): no range
    read it, so it is part of a score, a record, a code or a date."""
    return (text[e:e + 1] in ("-", ".") and text[e + 1:e + 2].isdigit() or text[s - 1:s] == "-" and text[s - 2:s - 1].isdigit()
            or bool(_JOINED_AFTER.match(text, e)))


_JOINED_AFTER = regex.compile(r"-(?:for|of)-\d")  # "1-for-8", "3-of-4" (shooting)


def _year_cut(text: str, s: int, e: int, lex: Lexicon) -> bool:
    """ "in early '09", "(1983, ’86, ’87)": a year cut to two digits after an apostrophe
    (not a quotation opening on a count: "'12 people died'")."""
    return e - s == 2 and text[s - 1:s] in ("'", "\u2019") and not text[s - 2:s - 1].isalnum() and not noun_follows(text, e, lex)


def _children_of_parent(text: str, start: int, end: int, pats, lex: Lexicon) -> Optional[tuple[str, int]]:
    """ "a father of five", "the grandfather of two died": relatives the sentence does not count
    (numbers.yaml parent_nouns), only the parent's: the noun of the relatives ("children",
    "grandchildren") and where the parent noun starts; None otherwise ("the father of five
    children" keeps its noun and its count)."""
    if pats.parent_of is None:
        return None
    parent = pats.parent_of.search(text, max(0, start - 16), start)
    if parent is None or noun_follows(text, end, lex):
        return None
    return lex.numbers.parent_nouns[fold(parent.group("parent"))], parent.start()


def _range_runs_down(f: _Figure) -> bool:
    """ "86-35 km": no range runs down."""
    return f.point is None and f.hi < f.lo


def _in_idiom(text: str, f: _Figure, pats) -> bool:
    """A number word inside an idiom: "at one point", "would one day" (numbers.yaml idioms)."""
    return pats.idioms is not None and any(im.start() <= f.num_start and f.num_end <= im.end()
                                           for im in pats.idioms.finditer(text, max(0, f.start - 30), f.end + 30))


bound_all(globals())  # every pattern of this module runs over document text: bound each match in time
