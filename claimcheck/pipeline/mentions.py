"""The number grammar: finds dates and quantity mentions in normalized text.

Rules are named after what they read, Duckling-style ("<number> <unit>", "between
<number> and <number>", "a few thousand"); every mention records the rule that made
it. All patterns are compiled once per lexicon (``Lexicon.patterns``).
"""

from __future__ import annotations

import dataclasses
import math

from dataclasses import dataclass, field
from typing import Optional

import re

import regex

from ..text.rx import _rx, bound_all

from ..lexicon import Lexicon, UnitDef, alternation, fold, singular


@dataclass
class DateMention:
    start: int
    end: int
    rule: str
    groups: dict
    since: bool = False  # "since 2013": the start of a period


@dataclass
class Mention:
    """A figure found in the text, before it is bound to its context."""

    start: int            # the whole span: qualifier .. unit
    end: int
    num_start: int        # the number expression alone
    num_end: int
    low: float
    high: float
    point: Optional[float]
    qualifier: str
    kind: str
    rule: str
    unit: Optional[UnitDef] = None
    surface_unit: Optional[str] = None
    word_number: bool = False     # written in words ("three", "a few")
    vague: bool = False
    fraction: bool = False
    scale: bool = False           # carried a scale word ("million")
    per: Optional[str] = None     # a rate's denominator: "$58 per barrel" -> "barrel"
    extra: dict = field(default_factory=dict)


_WS = r"[ \t]"
# thousands grouped by spaces ("60 000", "1 250 000"): only whole groups of three after one
# to three digits, so "in 2017 300 people" and "423 0000" stay two figures
_SPACE_GROUPED = r"\d{1,3}(?: \d{3})+(?!\d| \d)"
_CLAUSE_END = r"\s*(?:[.,;:!?)\"]|\Z)|\s+(?:and|or|but|than)\b"  # "two thirds.", "one quarter and"
_EXPONENT = r"[eE][-+]?\d{1,3}(?![\w.])"  # "2.5e6", "4.05e+11"


class Patterns:
    """Every compiled regex of the grammar for one lexicon."""

    def __init__(self, lex: Lexicon):
        n = lex.numbers
        number_words = list(n.ones) + list(n.tens) + list(n.scales) + ["dozen"]
        word = alternation(number_words)
        word_next = alternation(number_words + list(n.counted_scales), lead=False)
        scales = alternation(list(n.scales) + n.spaced_scale_abbreviations + list(n.counted_scales) + ["dozen"])
        # "minus 40", "negative one"; not "tested negative three times" (a test result)
        signs = ("".join(r"(?<!(?i:" + regex.escape(w) + r")\s)" for w in n.sign_not_after)
                 + alternation(n.signs, boundary=False)) if n.signs else None
        vague_phrases = list(n.vague)
        for mult in n.vague_multipliers:
            for sc in ("hundred", "thousand", "million", "billion"):
                vague_phrases.append(f"{mult} {sc}")
        frac_num = alternation(["a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"])
        frac = alternation(n.fractions)
        frac_after = alternation(list(n.fractions) + list(n.counted_fractions), lead=False)
        scale_words = alternation(n.scales, boundary=False)
        # a fraction standing alone: "three fifths.", "a half."; not "hurt a third," (another one),
        # "were ahead for three quarters," (periods), "in the 2nd half."
        alone_num = alternation([w for w, v in n.ones.items() if 1 <= v <= 9])
        frac_alone = alternation([f for f in list(n.fractions) + list(n.counted_fractions) if f not in n.period_fractions], lead=False)
        vulgar = "[" + "".join(n.vulgar_fractions) + "]" if n.vulgar_fractions else "(?!x)x"
        # after a number: "and a half", "and three quarters (million)", "1/2", "½" ("12 1/2 miles", "3½")
        self.fraction_tail = regex.compile(
            r"(?:\s+and\s+(?P<fw>" + frac_num + r"[\s-]+" + frac_after + r")(?![\w])(?!\s+of\b)(?:\s+(?P<sc>" + scale_words + r")(?![\w]))?"
            r"|[ ]+(?P<fa>\d)/(?P<fb>\d{1,2})(?![\w/]|[.,]\d)|[ ]?(?P<fv>" + vulgar + r"))", regex.IGNORECASE)
        self.not_fraction_before = regex.compile(r"(?i)(?<![\w])(?:" + alternation(n.not_fraction_before, boundary=False) + r")\s+\Z") \
            if n.not_fraction_before else None
        codes = sorted({p for p in lex.unit_prefix if p[-1:].isalpha()}, key=len, reverse=True)
        glued = "|".join([r"(?<=(?<![\w$])" + regex.escape(c) + ")" for c in codes]
                         + [r"(?<=(?<![\w$])" + regex.escape(c) + r")(?=\d[\d.,]|\d(?:m|bn|k)(?![\w]))" for c in lex.ascii_prefix if c[-1:].isalpha()])
        # a minus sign or a sign word ("minus 40", "negative 3%")
        sign = r"(?:(?<![\w.,%-])[-\u2212]" + (r"|(?<![\w-])" + signs + r"[-\s]?" if signs else "") + r")"
        self.digits = (r"(?:" + sign + r"(?=\d))?(?:(?<![\w.])|" + glued + r")"
                       r"(?:(?:\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])|\d{1,3}(?:,\d{3})+|" + _SPACE_GROUPED + r"|\d+)(?:\.\d+)?(?:" + _EXPONENT + r")?"
                       r"|(?<=[\s(~]|^)\.\d+(?![.\d]))(?!,\d{3})")  # ".001 per cent"
        # "a week", "an hour", "half a mile", "decade-long": one (or half) of a unit
        single_units = alternation([f for u in lex.units.units if u.kind in ("duration", "distance") or u.unit == "percentage point"
                                    for f in u.forms if f.replace(" ", "").isalpha() and f.islower() and len(f) > 2])
        self.core = regex.compile(
            r"(?P<long>(?<![\w-])(?:decade|year|month|week|day|hour|century)-long)(?![\w])"
            r"|(?P<half>(?<![\w-])half(?:\s+an?)?)(?=\s+" + single_units + r"(?![\w-]))"
            r"|(?P<one>(?<![\w-])an?)(?=\s+" + single_units + r"(?![\w-]))"
            r"|(?P<vague>" + alternation(vague_phrases) + r")(?=\s+of\b|\s+\w|[\s,.;:)]|$)"
            r"|(?P<frac>(?:" + frac_num + r"[\s-]+" + frac_after + r"|" + frac + r")(?=\s+(?:of|the|its|their|a|an|our|his|her|dozen|" + scale_words + r")\b)"
            # "three fifths", "a half" standing alone; bare "half" only at a clause end ("cut by half.")
            r"|(?<!\band\s+)(?:" + alone_num + r"[\s-]+" + frac_alone + r"|(?<![\w-])a[\s-]+half)(?=" + _CLAUSE_END + r")"
            r"|(?<=(?<![\w-])" + alternation(n.half_alone_after, boundary=False) + r"\s)half(?=\s*(?:[.,;:!?)]|\Z)))"
            # "one in three adults", "two out of every five homes": a share
            r"|(?P<inn>(?<![\w.-])(?P<inn_a>\d{1,3}|" + word + r")\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<inn_b>\d{1,3}|" + word + r"(?:-" + word_next + r"|\s+" + scale_words + r"(?![\w]))?)(?![\w.,%-])(?!\s*" + alternation([f for u in lex.units.units if u.kind != "count" for f in u.forms]) + r"))"
            r"|(?P<ratio>(?<![\w.])\d+(?:\.\d+)?(?:\s*:\s*|-to-)1(?![\d:])|(?<![\w-])(?:\d+|" + word + r")\s+to\s+(?:1|one)(?!\w|[.,]\d))"
            r"|(?P<twice>(?<![\w-])(?:twice|thrice)(?![\w]))"
            r"|(?P<fold>(?<![\w-])(?:\d+|" + alternation(number_words, boundary=False) + r")-?fold(?![\w]))"
            r"|(?P<nfrac>(?<![\w./⁄])\d{1,3}[/⁄]\d{1,3}(?![\w/⁄]|[.,]\d)|" + vulgar + r")"
            r"|(?P<num>" + self.digits + r")(?:" + _WS + r"*[×xX]" + _WS + r"*10(?:\^|\*\*|(?=[-\u2212]))(?P<exp>[-\u2212]?\d{1,3})(?![\d.,])"  # 2.998×10^8
            + r"|" + _WS + r"*(?P<scale>" + scales + r"(?:(?<=hundred)" + _WS + r"+" + scales + r")?)|(?P<abbr>" + alternation(n.scale_abbreviations, boundary=False) + r")(?![\w]))?"
            r"|(?P<words>" + (r"(?:" + signs + r"[\s-]+)?" if signs else "") + r"(?:a" + _WS + r"+(?=(?:hundred|thousand|million|billion|dozen)\b))?" + word
            + r"(?:(?:(?<=" + alternation(n.scales, boundary=False) + r")" + _WS + r"+and" + _WS + r"+|[\s-]+)" + word_next + r")*)",
            regex.IGNORECASE,
        )
        # where a figure can start (on ASCII-lowered text): a digit or a number word
        starters = set(number_words) | set(n.signs) | {"half", "twice", "thrice", "few", "several", "tens", "handful", "dozens",
                                        "scores", "decade", "year", "month", "week", "day", "hour", "century"}
        starters |= {w.split()[0] for w in list(n.vague) + list(n.fractions) + list(n.vague_multipliers)}
        starters -= {"a", "an", "some"}  # too common to try everywhere: only before what they can start
        after_a = sorted({w.split()[1] for w in list(n.vague) + list(n.vague_multipliers) if w.startswith("a ")}
                         | set(n.fractions) | {"hundred", "thousand", "million", "billion", "dozen", "few", "handful", "half"}
                         | {f.lower() for u in lex.units.units if u.kind in ("duration", "distance") or u.unit == "percentage point"
                            for f in u.forms if f.replace(" ", "").isalpha() and len(f) > 2}, key=len, reverse=True)
        self.core_trigger = re.compile(
            # one digit test first, then the lookbehinds: the re engine tries each alternative at
            # every position, and fifty glued-code lookbehinds ("EUR40m", "RM2.05") cost a third of a scan
            r"(?=\d)(?:(?<![\w.,])" + "".join(f"|(?<={re.escape(c.lower())})" for c in codes + [a for a in lex.ascii_prefix if a[-1:].isalpha()]) + r")"
            r"|(?<![\w.,%-])-(?=\d)|\.(?<![^\s(~]\.)(?=\d)|" + (("[" + "".join(n.vulgar_fractions) + "]|") if n.vulgar_fractions else "") +
            r"(?<![\w-])(?:(?:" + "|".join(sorted(map(re.escape, starters), key=len, reverse=True)) + r")(?![\w])"
            r"|(?:an?|some)\s+(?=(?:" + "|".join(map(re.escape, after_a)) + r"|\d)(?![\w]))|[a-z]+-?fold(?![\w]))")
        digit_words = alternation([w for w, v in n.ones.items() if v < 10], lead=False)
        teens_tens = alternation([w for w, v in n.ones.items() if v >= 10] + list(n.tens), lead=False)
        # "four hundred point zero six", "nought point twelve", "minus six point two"
        self.spoken_decimals = regex.compile(
            r"\s+" + alternation(n.decimal_words, lead=False) + r"\s+(?P<d>" + digit_words + r"(?:[\s-]+" + digit_words + r")*"
            r"|" + teens_tens + r"(?:[\s-]+" + digit_words + r")?)(?![\w-])", regex.IGNORECASE) if n.decimal_words else None
        self.fraction_next = regex.compile(r"[\s-]+" + frac_after + r"(?![\w])", regex.IGNORECASE)
        self.range_gap = regex.compile(
            r"\s*(?P<op>-to-|to|-|~|and|or|through|till|until)\s*(?:(?P<cur>" + alternation(lex.unit_prefix, boundary=False) + r")\s?)?\Z",
            regex.IGNORECASE,
        )
        self.change_verb = regex.compile(r"(?<![\w])(?:rose|risen|rise|rises|fell|fallen|fall|falls|increased|decreased|climbed|dropped|jumped|"
                                         r"grew|shrank|declined|went|cut|raised|lowered|slashed|soared|plunged|moved|changed|revised)(?:\s+\w+)?\s+\Z", regex.IGNORECASE)
        self.comparison_after = regex.compile(r"\s+(?:as|more|less|fewer|the|that|what|its|their|over|higher|larger|bigger|greater|"
                                              r"lower|smaller|faster|slower|longer|shorter|heavier|wider|deeper|stronger|worse|better|"
                                              r"above|below|than|[a-z]+er\b)|\s*[,.;]?\s*(?:from|since|in|over)\s", regex.IGNORECASE)
        self.aged_before = regex.compile(r"(?i)(?<![\w])(?:aged|age\s+of|ages\s+of|age|ages)\s+(?:between\s+)?\Z")
        # "The mayor, 58, said", "LaRue, 75, dies" (numbers.yaml age_nouns, or a name)
        self.age_before = regex.compile(r"(?:\b[A-Z][A-Za-z'-]*[a-z]|\b" + alternation(n.age_nouns, boundary=False) + r"),\s*\Z")
        # "died on Thursday at 91", "turned 68": an age after a verb (numbers.yaml age_at_verbs, age_verbs)
        self.age_verb_before = regex.compile(r"(?i)(?<![\w])(?:" + alternation(n.age_at_verbs, boundary=False) + r")(?![\w])[^.;,\d]{0,30}?"
                                             r"(?<![\w])at\s+\Z|(?<![\w])" + alternation(n.age_verbs, boundary=False) + r"\s+\Z") \
            if n.age_at_verbs or n.age_verbs else None
        self.phone_before = regex.compile(r"(?i)(?<![\w])" + alternation(n.phone_words, boundary=False) + r"(?![\w])[^.;\d]{0,24}\Z") \
            if n.phone_words else None
        self.parent_of = regex.compile(r"(?i)(?<![\w])" + alternation(n.parent_nouns, boundary=False) + r"\s+of\s+\Z") if n.parent_nouns else None
        # "a 35-47 record", "a mark of 38-44", "won 24-17": a score, not a range (numbers.yaml score_after, score_before)
        self.score_after = regex.compile(r"\s*\(\.\d{3}\)|(?:\s+[a-z]+)?\s+" + alternation(n.score_after, boundary=False) + r"(?![\w])")
        self.score_before = regex.compile(r"(?i)(?<![\w])" + alternation(n.score_before, boundary=False) + r"\s+\Z")
        dens = [f for u in lex.units.units if u.kind in ("duration", "distance", "measure") for f in u.forms if len(f) > 1]
        dens += ["share", "shares", "person", "head", "capita", "household", "ticket", "night", "game", "unit", "piece",
                 "kilo", "bag", "sack", "bottle", "litre", "gallon", "barrel", "tonne", "ton", "pound", "ounce", "mmBTU", "MMBtu"]
        # "$58 per barrel", "RM45 a month", "100km/hr"; not "a year earlier" (a time offset)
        self.per_after = regex.compile(r"(?:\s+(?:U\.S\.|US))?(?:\s+(?:per|an?|each)[\s-]+|\s*/\s*|-(?:a|per)-)(?P<den>" + alternation(dens, lead=False)
                                       + r")(?![\w])(?!\s+(?:earlier|ago|later|before|previously)(?![\w]))", regex.IGNORECASE)
        # "6 ft 3 in": the part after a whole (units.yaml compounds)
        self.compound_part = {c.whole: (regex.compile(r"\s*(?:and\s+)?(?P<n>\d{1,2}(?:\.\d+)?|" + word + r"(?:[\s-]+" + word_next + r")?)\s*(?P<u>"
                                                     + alternation([f for u in lex.units.units if u.unit == c.part for f in u.forms]
                                                                   + c.part_forms, lead=False) + r")(?![\w])", regex.IGNORECASE), c.per)
                              for c in lex.units.compounds}
        self.range_lead = regex.compile(r"(?<![\w])(?P<lead>between|from|of)\s+\Z", regex.IGNORECASE)
        # "a 7.0 quake": a decimal before an event noun of a unit; "M6.2": a code glued to it (units.yaml)
        self.event_unit = {fold(f): u for u in lex.units.units for f in u.event_nouns}
        self.event_after = regex.compile(r"[ \t]+(?:[a-z]+[ \t]+)?(?P<ev>" + alternation(self.event_unit, lead=False) + r")",
                                         regex.IGNORECASE) if self.event_unit else None
        names = {fold(p): u for u in lex.units.units if u.event_nouns for p in u.prefix if p.isalpha()}
        self.named_unit = dict(self.event_unit, **names)
        self.named_before = regex.compile(r"(?i)(?<![\w])(?P<w>" + alternation(self.named_unit, boundary=False) + r")s?(?![\w])[^.;:\d]{0,30}?"
                                          r"(?<![\w])(?:at|of|was|is|measured|measuring|registered|registering|reached)\s+\Z") \
            if self.named_unit else None
        self.code_unit = {c: u for u in lex.units.units for c in u.glued_codes}
        self.glued_code = re.compile(r"(?<![\w.])(?P<c>" + "|".join(sorted(map(re.escape, self.code_unit), key=len, reverse=True))
                                     + r")(?P<n>\d\.\d{1,2})(?![\w]|[.,]\d)") if self.code_unit else None

        cs_forms = [f for f in lex.unit_form_cs if len(f) > 1]
        tight_forms = [f for f in lex.unit_form_cs if len(f) == 1]
        ci_forms = [f for u in lex.units.units for f in u.forms if f not in lex.unit_form_cs]
        self.unit_ci = regex.compile(r"(?:" + _WS + r"*|-)(?P<u>" + alternation(ci_forms, lead=False) + r")", regex.IGNORECASE)
        self.unit_cs = regex.compile(r"(?:" + _WS + r"*|-)(?P<u>" + alternation(cs_forms, lead=False) + r")")
        # a one-letter unit after a space only before punctuation or a space: "85 p each", not "10 p.m."
        self.unit_tight = regex.compile(r"(?:" + _WS + r"(?=[mgtlWVAFC][\s,.;:)]|p(?:[\s,;:)]|\.(?!m)|\Z)))?(?P<u>" + alternation(tight_forms, lead=False) + r")")
        self.degree_unit = regex.compile(r"(?:" + _WS + r"*)(?P<u>°\s?[CF]|º\s?[CF])")
        self.mass_cue = regex.compile(r"(?i)(?<![\w])(?:" + "|".join(map(regex.escape, lex.units.mass_cues)) + r")") if lex.units.mass_cues else None
        eras = alternation(lex.dates.eras, boundary=False) if lex.dates.eras else None
        self.era_before = regex.compile(r"(?<![\w.])(?:" + eras + r")\s+(?:\d{1,4}\s*(?:and|to|-|–)\s*)?\Z") if eras else None
        self.era_after = regex.compile(r"\s*(?:" + eras + r")(?![\w-])") if eras else None
        self.era_word = regex.compile(r"(?<![\w.])(?:" + eras + r")(?![\w-])") if eras else None
        self.idioms = regex.compile(alternation(n.idioms), regex.IGNORECASE) if n.idioms else None
        self.ascii_before = regex.compile(r"(?<![\w])(?P<p>" + alternation(lex.ascii_prefix, boundary=False) + r")\Z") if lex.ascii_prefix else None
        # "a year" after an amount or a plural noun is the period of a rate, not a length of time
        self.rate_before = regex.compile(r"(?:\d|\)|(?<![\w'])(?!(?:" + "|".join(_RATE_NOT) + r")\b)[a-z]{2,}[^s\W]*s)\s+\Z")
        self.ordinal_next = regex.compile(r"[\s-]+(?!(?:of|or|and|to|in|on|at|for|too|the|a|an|later|earlier|ago|before|after|longer)(?![\w]))[a-z]")
        self.offset_after = regex.compile(r"\s+(?:ago|earlier|later|before|previously)(?![\w])", regex.IGNORECASE)
        self.prefix_before = regex.compile(r"(?<![\w])(?P<p>" + alternation(lex.unit_prefix, boundary=False) + r")(?:" + _WS + r"|-)?\Z")
        self.qual_before = regex.compile(
            r"(?<![\w])(?P<q>" + alternation(lex.qualifier_of, boundary=False) + r")\s*(?:a\s+(?=total\s+of))?\Z",
            regex.IGNORECASE,
        )
        # "100 or more", "$2 million-plus"
        self.qual_after = regex.compile(r"(?:\s*|-(?=plus))(?P<q>" + alternation(lex.qualifier_after, boundary=False) + r")(?![\w])", regex.IGNORECASE)
        ordinals = alternation(n.ordinals) if n.ordinals else None
        self.ordinal_duration = regex.compile(
            r"(?<![\w])(?P<det>its|their|the)\s+(?P<n>(?P<ord>(?P<d>\d{1,4})(?:st|nd|rd|th)|(?P<w>" + ordinals + r"))\s+"
            r"(?:straight\s+|consecutive\s+|full\s+)?(?P<u>day|week|month|year))(?![\w])", regex.IGNORECASE) if ordinals else None
        self.ordinal_trigger = re.compile(r"\b(?:its|their|the)\s+(?:\d{1,4}|[a-z]+)(?:st|nd|rd|th)\s+(?:straight\s+|consecutive\s+|full\s+)?(?:day|week|month|year)\b")
        self.calibre_after = regex.compile(r"[ -]?(?:" + alternation(n.calibre_words, boundary=False) + r")(?![\w])", regex.IGNORECASE) \
            if n.calibre_words else None
        self.ident_before = regex.compile(r"(?<![\w])(?:" + alternation(n.identifier_words, boundary=False) + r")[ .#-]?\Z")
        self.letter_before = regex.compile(r"[A-Za-z][-]?\Z")
        self.sub_before = regex.compile(r"(?<![\w-])sub-\Z", regex.IGNORECASE)  # "sub-300 sq m": under 300

        # -- dates -------------------------------------------------------------------
        d = lex.dates
        def cap(words):
            out = []
            for w in words:
                out += [w.capitalize(), w.upper()] if len(w) > 3 else [w.capitalize(), w.capitalize() + ".", w.upper()]
            return out
        mon = alternation(cap(d.months), boundary=False)
        mon_full = alternation([w.capitalize() for w in d.months if len(w) > 3 or w == "may"])
        wd = alternation(cap(d.weekdays), boundary=False)
        wd_full = alternation([w.capitalize() for w in d.weekdays if len(w) > 3])
        day = r"(?P<{}>[0-3]?\d)(?:st|nd|rd|th)?"
        year = r"(?P<{}>(?:1[89]|20)\d\d)(?!\d)"
        opt_wd = r"(?:" + wd + r",?\s+)?"
        preps = alternation(d.date_preps)
        # a year-like number before a counted noun is a count ("2000 refugees"), but not before one
        # that has a plural in the lexicon: "a 2012 car crash" is a year
        nouns = set(lex.counted_of)
        plural = [w for w in nouns if not ({w + "s", w + "es"} & nouns or w.endswith("y") and w[:-1] + "ies" in nouns)]
        counted = alternation(plural + [f for u in lex.units.units for f in u.forms if f not in lex.unit_form_cs and u.kind != "duration"])
        mods = alternation(lex.modifiers)
        zones = alternation(d.time_zones, boundary=False)  # "03.31 BST", "0300 GMT"
        self.dates = regex.compile(
            r"(?<![\w])(?:"
            + r"(?P<dmy>" + opt_wd + day.format("d1") + r"\s+(?:of\s+)?(?P<m1>" + mon + r")\.?,?\s+" + year.format("y1") + r")"
            + r"|(?P<mdy>" + opt_wd + r"(?P<m2>" + mon + r")\.?\s+" + day.format("d2") + r",?\s+" + year.format("y2") + r")"
            + r"|(?P<iso>(?P<iy>\d{4})-(?P<im>[01]\d)-(?P<id>[0-3]\d))(?!\d)"
            + r"|(?P<slash>\d{1,2}/\d{1,2}/\d{2,4})(?![\d/])"
            + r"|(?P<time>\d{1,2}:\d{2}(?::\d{2})?(?:\s*(?:[ap]\.m\.|[ap]m(?![\w])))?|\d{1,2}(?:\.\d{2})?\s*(?:[ap]\.m\.|[ap]m(?![\w]))|(?:\d{4}|\d{1,2}\.\d{2})(?=\s*" + zones + r"(?![\w])))"
            + r"|(?P<dm>" + opt_wd + day.format("d3") + r"\s+(?:of\s+)?(?P<m3>" + mon + r"))(?![\w])"
            + r"|(?P<md>" + opt_wd + r"(?P<m4>" + mon + r")\.?\s+" + day.format("d4") + r")(?![\w%]|\s*(?:per\s*cent|percent|,\d))"
            + r"|(?P<my>(?P<m5>" + mon + r")\.?,?\s+" + year.format("y5") + r")"
            + r"|(?P<rel>(?i:" + alternation(lex.relative_of) + r"))"
            + r"|(?P<wd>" + wd_full + r")(?!\s+\d)"
            + r"|(?<=(?i:" + preps + r")\s+)(?P<mon>" + mon_full + r")(?![\w])"  # "in March", "In March,"
            + r"|(?<=(?<![\w])mid-)(?P<mmid>" + alternation([w.capitalize() for w in d.months if len(w) > 3 or w == "may"], boundary=False) + r")(?![\w])"
            + r"|(?P<decade>(?:1[89]|20)\d0s)(?![\w])"
            + r"|(?P<year>(?:1[89]|20)\d\d|(?<=(?i:by|in|until|before|beyond|through)\s+)21\d\d)(?!\d|,\d|\.\d|\s*(?:%|per\s*cent|percent))(?!\s+(?:" + mods + r"\s+)?" + counted + r")"
            + r")",
        )
        date_words = [w.capitalize() for w in list(d.months) + list(d.weekdays)] + [w.upper() for w in list(d.months) + list(d.weekdays)]
        from ..lexicon import PhraseMatcher

        self.relative_words = PhraseMatcher(lex.relative_of)  # "last month": found word by word
        self.date_trigger = re.compile(r"(?<![\w])(?:\d|(?:" + "|".join(sorted(set(map(re.escape, date_words)), key=len, reverse=True)) + r"))")
        self.since_before = regex.compile(r"(?<![\w])since\s+(?:(?:early|late|mid|the\s+end\s+of|the\s+start\s+of)[\s-]+)?\Z", regex.IGNORECASE)
        # "four years ago", "twenty-five years ago", "half a century ago": tried only before a written "ago"
        ago_forms = [f for u in lex.units.units if u.unit in d.ago for f in u.forms if f.isalpha() and len(f) > 2]
        self.ago_phrase = regex.compile(r"(?<![\w-])(?P<n>\d{1,3}|an?|half\s+an?|" + word + r"(?:[\s-]+" + word_next + r")*)[\s-]+(?P<u>"
                                        + alternation(ago_forms, lead=False) + r")\s+ago\Z", regex.IGNORECASE)
        self.start_before = regex.compile(r"(?<![\w])" + alternation(d.start_verbs, boundary=False) + r"\s+\Z", regex.IGNORECASE) \
            if d.start_verbs else None
        self.end_after = regex.compile(r"[^.;]{0,80}?(?<![\w])" + alternation(d.end_verbs, boundary=False) + r"(?![\w])", regex.IGNORECASE) \
            if d.end_verbs else None
        self.ago_after = regex.compile(r"\s+ago(?![\w])", regex.IGNORECASE)
        self.year_qualified = regex.compile(r"(?<![\w])(?:about|around|over|nearly|some|almost|more\s+than|at\s+least|up\s+to|fewer\s+than|less\s+than)\s+\Z", regex.IGNORECASE)
        bound_all(vars(self))


# plural-looking words before "a week" that do not make it a rate: "for a week", "lasts a week"
_RATE_NOT = ("was", "has", "is", "does", "lasts", "takes", "spends", "as", "this", "his", "its", "us", "plus", "less",
             "across", "towards", "thus", "perhaps", "always", "sometimes", "nearly", "almost", "whereas")


def _anchored(rx, trigger, text: str, lowered: Optional[str] = None, extra=()):
    """Like ``rx.finditer(text)``, but only tries ``rx`` where the cheap ``trigger`` fires
    (or at the ``extra`` positions).

    The full patterns are large alternations; trying them at every character costs
    ten times more than a first-letter scan with the standard ``re`` engine.
    """
    last = 0
    positions = [t.start() for t in trigger.finditer(lowered if lowered is not None else text)]
    if extra:
        positions = sorted(set(positions).union(extra))
    for pos in positions:
        if pos < last:
            continue
        m = rx.match(text, pos)
        if m is not None and m.end() > pos:
            last = m.end()
            yield m


_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


def lowered(text: str) -> str:
    """ASCII lower case: the same length as ``text``, so offsets still agree."""
    return text.translate(_ASCII_LOWER)


def find_dates(text: str, pats: Patterns, words=None) -> list[DateMention]:
    """Every date, time and relative date expression in ``text`` (``words``: its
    :class:`~claimcheck.lexicon.Words`, if already made)."""
    from ..lexicon import Words

    words = words if words is not None else Words(lowered(text))
    relative = [s for s, _, _ in pats.relative_words.finditer(words)]
    out = []
    for m in _anchored(pats.dates, pats.date_trigger, text, None, relative):
        rule = m.lastgroup
        # lastgroup is the innermost group that closed last; find the top-level rule
        for name in ("dmy", "mdy", "iso", "slash", "time", "dm", "md", "my", "rel", "wd", "mon", "mmid", "decade", "year"):
            if m.group(name) is not None:
                rule = name
                break
        if rule == "year" and (pats.year_qualified.search(text, max(0, m.start() - 14), m.start())
                               or pats.prefix_before.search(text, max(0, m.start() - 12), m.start())  # "$2000" is money
                               or _NON_YEAR_FROM.search(text, max(0, m.start() - 20), m.start())):
            continue  # "about 2000" is a count, not a year; so is the end of "from 1000 to 2000"
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


def _score_before_day(text: str, at: int, day: str) -> bool:
    """Whether the day of a "<day> <month>" ends a score ("30-7 Oct. 19"), not a range of days
    ("20-24 September"): the number before the hyphen is the larger."""
    prev = _rx(r"(\d{1,3})-\Z").search(text, max(0, at - 4), at)
    return bool(prev and int(prev.group(1)) > int(day))


_DAY_NEXT = regex.compile(r"\.?[ \t]+[0-3]?\d(?:st|nd|rd|th)?(?![\d:.,]|\s*(?:%|per\s*cent))")


def _ago_dates(text: str, low: str, pats: Patterns, found: list[DateMention]) -> list[DateMention]:
    """ "four years ago", "20 years ago", "two decades ago": so many calendar units before
    publication (resolved by :func:`ago_offset`); looked for only where "ago" is written."""
    out = []
    at = low.find("ago")
    while at >= 0:
        m = pats.ago_phrase.search(text, max(0, at - 60), at + 3) if not low[at + 3:at + 4].isalnum() else None
        if m is not None and not any(d.start < m.end() and m.start() < d.end for d in found):
            began = pats.start_before is not None and pats.start_before.search(text, max(0, m.start() - 24), m.start()) \
                and not (pats.end_after is not None and pats.end_after.match(text, m.end()))
            out.append(DateMention(m.start(), m.end(), "ago", {"ago_n": m.group("n"), "ago_u": m.group("u")}, since=bool(began)))
        at = low.find("ago", at + 3)
    return out


def ago_offset(groups: dict, lex: Lexicon):
    """How far back "<n> <unit>s ago" is: n steps of the unit (dates.yaml `ago`); None when
    n is not a whole number of steps ("half a day ago") or is past `ago_max`."""
    written = fold(groups["ago_n"])
    n = 1.0 if written in ("a", "an") else 0.5 if written.startswith("half") else float(written) if written.isdigit() \
        else parse_words(written, lex)
    unit = lex.unit_form.get(fold(groups["ago_u"]))
    step = lex.dates.ago.get(unit.unit) if unit is not None else None
    if not n or step is None or n > lex.dates.ago_max:
        return None
    back = (step.days * n, step.months * n, step.years * n)
    if any(b != int(b) for b in back):
        return None
    return type(step)(days=int(back[0]), months=int(back[1]), years=int(back[2]), precision=step.precision)


def scan(text: str, lex: Lexicon, words=None, low: Optional[str] = None) -> tuple[list[DateMention], list[Mention]]:
    """The grammar's one pass over a normalized text: its dates, then every quantity
    mention outside them. ``claimcheck.quantities`` returns the mentions as they are;
    ``claimcheck.extract`` binds them to their context."""
    low = low if low is not None else lowered(text)
    dates = find_dates(text, lex.patterns, words)
    return dates, find_mentions(text, lex, [(d.start, d.end) for d in dates], low)


def parse_words(text: str, lex: Lexicon) -> Optional[float]:
    """Value of a number written in words: "two hundred and fifty thousand" -> 250000;
    None unless all of ``text`` reads as one number."""
    value, end = read_words(text, lex)
    return value if value is not None and not text[end:].strip(" -") else None


class _WordNumber:
    """The state of a number being read word by word: completed scale groups (``total``),
    hundreds and the rest of the group being built, the last kind of word read."""

    def __init__(self):
        self.total = self.hundreds = self.small = 0
        self.last = None          # None, "a", "one", "teen", "ten", "hundred", "scale", "dozen", "and"
        self.top = float("inf")   # the last scale used: the next must be smaller

    def value(self) -> float:
        return float(self.total + self.hundreds + self.small)

    def take(self, w: str, lex: Lexicon) -> bool:
        """Read one word; False when it cannot continue this number ("thirty thirty")."""
        last, n = self.last, lex.numbers
        if w == "and":
            ok = last in ("hundred", "scale")
        elif w == "a":
            ok = last is None
        elif w in lex.word_values:
            ok = self._unit_word(lex.word_values[w])
            return ok
        elif w == "hundred":
            ok = last in (None, "a", "one", "teen", "ten") and not self.hundreds
            if ok:
                self.hundreds, self.small = max(self.small, 1) * 100, 0
        elif w in n.scales:
            ok = self._scale(n.scales[w])
            return ok
        elif w == "dozen" or w in n.counted_scales:  # "a dozen", "three dozen"; "4 dozens" only after a number
            ok = last in (("one", "teen", "ten") if w in n.counted_scales else (None, "a", "one", "teen", "ten"))
            if ok:
                self.small = max(self.small, 1) * 12
        else:
            ok = False
        if ok:
            self.last = w if w in ("and", "a", "hundred") else "dozen"
        return ok

    def _unit_word(self, v: int) -> bool:
        kind = "one" if v < 10 else "teen" if v < 20 else "ten"
        allowed = (None, "hundred", "scale", "and") + (("ten",) if kind == "one" else ())
        if self.last not in allowed or (v == 0 and self.last is not None):
            return False
        self.small += v
        self.last = kind
        return True

    def _scale(self, sc: int) -> bool:
        if self.last == "scale" and not (self.hundreds or self.small) and 0 < self.total < sc:
            self.total *= sc  # "two lakh crore": a scale of a scale
        elif self.last in (None, "a", "one", "teen", "ten", "hundred") and sc < self.top:
            self.total += max(self.hundreds + self.small, 1) * sc
            self.hundreds = self.small = 0
        else:
            return False
        self.top, self.last = sc, "scale"
        return True


def read_words(text: str, lex: Lexicon) -> tuple[Optional[float], int]:
    """(value, end) of the longest run of number words at the start of ``text`` that reads
    as one number (a sign word first makes it negative). "thirty thirty" and "three three
    hundred" stop after their first word: two numbers, not 60 and 600."""
    state, sign, end = _WordNumber(), 1, 0
    for i, t in enumerate(_rx(r"[A-Za-z]+").finditer(text)):
        w = t.group().lower()
        if i == 0 and w in lex.numbers.signs:
            sign = lex.numbers.signs[w]
            continue
        if not state.take(w, lex):
            break
        if w not in ("and", "a"):
            end = t.end()
    if state.last is None or end == 0:
        return None, 0
    return sign * state.value(), end


def _scale_value(word: str, lex: Lexicon) -> int:
    """What a scale word after digits multiplies by ("million", "bln", "dozens")."""
    n = lex.numbers
    return n.scales.get(word) or n.scale_abbreviations.get(word) or n.counted_scales.get(word) or n.singles[word]


def _number_value(m, text: str, lex: Lexicon, has_currency: bool, abbr_is_unit: bool = False) -> tuple[Optional[float], bool, bool]:
    """(value, written in words, carried a scale) of a core match; with ``abbr_is_unit`` the
    letters after the digits ("10m") are left to be read as a unit."""
    if m.group("num") is not None:
        raw = m.group("num").replace(",", "").replace(" ", "").replace("\u2212", "-")
        sign_word = _rx(r"[A-Za-z]+-?").match(raw)
        if sign_word:  # "minus 45", "negative 3%"
            raw = "-" + raw[sign_word.end():]
        v = float(raw)
        if m.group("exp"):  # "1.99×10^30", "2.998 x 10−8"
            exponent = int(m.group("exp").replace("\u2212", "-"))
            return float(f"{raw}e{exponent}"), False, True  # parsed, not multiplied: 1.99e-30 exactly
        if m.group("scale"):  # "1.5 million", "4 hundred million"
            for w in m.group("scale").lower().split():
                v *= _scale_value(w, lex)
            return v, False, True
        abbr = m.group("abbr")
        if abbr and not abbr_is_unit:
            table = lex.numbers.scale_abbreviations
            a = abbr if abbr in table else abbr.lower()
            if a not in table or a == "MM" and not has_currency:
                return None, False, False  # "300mm" is millimetres
            if a in ("m", "b", "mil") and abbr != "M" and not has_currency and not _millions_next(text, m.end(), lex) \
                    and not (a == "b" and _rx(r"-?\d{1,2}\.\d+").fullmatch(raw)):
                return None, False, False  # "10m" is ten metres unless it is money or "3.4m people"; "1.4b" (not "802.11b")
            return v * table[a], False, True
        return v, False, False
    if m.group("words") is not None:
        return parse_words(m.group("words"), lex), True, False
    return None, True, False


def find_mentions(text: str, lex: Lexicon, taken: list[tuple[int, int]], low: Optional[str] = None) -> list[Mention]:
    """Every quantity mention in ``text`` outside the ``taken`` spans (dates)."""
    pats = lex.patterns
    raw = []
    ti = 0
    taken = sorted(taken)
    has_era = pats.era_word is not None and pats.era_word.search(text) is not None  # most texts name no era
    for m in _anchored(pats.core, pats.core_trigger, text, low if low is not None else lowered(text)):
        s, e = m.span()
        while ti < len(taken) and taken[ti][1] <= s:
            ti += 1
        if ti < len(taken) and taken[ti][0] < e:
            m = _regrouped(m, text, pats, taken[ti][1])  # "on May 5 100 people": the date, then 100
            if m is None:
                continue
            s, e = m.span()
            ti += 1
        if ti > 0 and taken[ti - 1][1] == s - 1 and text[s - 1] == "-":
            continue  # the end of a date range: "Sept. 20-24", "the 2014-15 season"
        if m.group("num") and (text[s - 2:s - 1].isdigit() and text[s - 1:s] in " -" or text[e:e + 1] in " -" and text[e + 1:e + 2].isdigit()):
            run = _rx(r"\+?\d{2,5}(?:[ -]\d{2,5}){2,}").search(text, max(s - 20, taken[ti - 1][1] if ti > 0 else 0, 0), min(len(text), e + 20))
            if run and run.start() <= s and e <= run.end() and not _rx(r"\d{1,3}(?: \d{3})+").fullmatch(run.group()):
                continue  # a telephone number or a code: "0800 123 4567"
        if m.group("num") and _in_phone_number(text, s, e, pats):
            continue  # "call 745-4811", "(212) 555-7890"
        if m.group("num") and has_era and _rx(r"\d{1,4}").fullmatch(m.group("num")) \
                and (pats.era_before.search(text, max(0, s - 16), s) or pats.era_after.match(text, e)):
            continue  # a year of an era: "A.D. 1000", "300 BC"
        if ti < len(taken) and m.group("num") and _rx(r"\d{4}").fullmatch(m.group("num")):
            gap = _rx(r"\s*(?:and|to|-|–|until|till)\s*").match(text, e)
            if gap is not None and gap.end() == taken[ti][0] and _rx(r"\d{4}").match(text, taken[ti][0]):
                continue  # the start of a range of years: "between 1600 and 1900"
        raw.append(m)
    raw = _split_word_runs(raw, text, lex, pats)

    mentions: list[Mention] = []
    i = 0
    ident_end = -1  # where the last number read as part of a name ends
    while i < len(raw):
        m = raw[i]
        i += 1
        s, e = m.span()
        if m.group("nfrac") is not None:
            nf = _numeric_fraction(m, text, lex, pats)
            if nf is not None:
                mentions.append(nf)
            continue
        if m.group("inn") is not None:
            share = _share_mention(m, text, lex, pats)
            if share is not None:
                mentions.append(share)
            else:  # "12 in six boxes", "8 out of 5": two numbers
                raw[i:i] = [p for p in (pats.core.match(text, m.start(g), m.end(g)) for g in ("inn_a", "inn_b")) if p is not None]
            continue
        kind_hint = ("vague" if m.group("vague") else "frac" if m.group("frac") else "num" if m.group("num")
                     else "one" if (m.group("one") or m.group("half") or m.group("long"))
                     else "ratio" if (m.group("ratio") or m.group("twice") or m.group("fold")) else "words")
        if kind_hint == "ratio":
            r_text = m.group()
            if _rx(r"(?i)from\s+\Z").match(text[max(0, s - 5):s]):
                kind_hint = "words" if not r_text[:1].isdigit() else "num"
            else:
                first = _rx(r"[\d.]+|[A-Za-z]+").match(r_text).group()
                if m.group("fold"):
                    first = r_text[:-4].rstrip("-")
                val = {"twice": 2.0, "thrice": 3.0}.get(r_text.lower())
                if val is None:
                    val = float(first) if first[0].isdigit() else parse_words(first, lex)
                if val is None:
                    continue
                qm = pats.qual_before.search(text, max(0, s - 24), s)
                if m.group("twice") and not pats.comparison_after.match(text, e):
                    mentions.append(Mention(start=s, end=e, num_start=s, num_end=e, low=val, high=val, point=val, qualifier="exact",
                                            kind="count", rule="<number> times", word_number=True))
                    continue  # "shot him twice", "married twice": how often, as "three times" is
                mentions.append(Mention(start=qm.start() if qm else s, end=e, num_start=s, num_end=e, low=val, high=val, point=val,
                                        qualifier=lex.qualifier_of.get(fold(qm.group("q")), "exact") if qm else "exact",
                                        kind="ratio", rule="<number> to one" if "to" in r_text or ":" in r_text else "twice" if val and r_text.isalpha() else "<number>-fold",
                                        unit=lex.unit_by_name.get("ratio"), surface_unit=r_text, word_number=not first[0].isdigit()))
                continue
        prefix = pats.prefix_before.search(text, max(0, s - 16), s) if kind_hint == "num" else None  # "magnitude of 5.9"
        if kind_hint == "num" and not prefix and pats.ascii_before and any(text.startswith(a, s - len(a)) for a in lex.ascii_prefix) \
                and _rx(r"\d[\d.,]|\d(?:m|bn|k)(?![\w])").match(text, s):
            prefix = pats.ascii_before.search(text, max(0, s - 3), s)
        sub = kind_hint == "num" and not prefix and pats.sub_before.search(text, max(0, s - 4), s)
        if kind_hint == "num" and not sub:
            if text[s] == "." and pats.calibre_after is not None and pats.calibre_after.match(text, e):
                continue  # "a .45 pistol": a calibre, not a figure
            if not prefix and (pats.letter_before.search(text, max(0, s - 2), s) or pats.ident_before.search(text, max(0, s - 14), s)
                               or _listed_after_name(text, ident_end, s, e, lex)):
                ident_end = e
                rest = _regrouped(m, text, pats, s + 1)
                raw[i:i] = [rest] if rest is not None else []
                continue  # "F-16", "MH17", "Section 427", "No. 5" (but "EUR40m"); "versions 6, 7 and 8"; "Article 5 200 troops": 200
            if e < len(text) and text[e].isalpha() and not (pats.unit_ci.match(text, e) or pats.unit_cs.match(text, e) or pats.unit_tight.match(text, e)) \
                    and not (m.group("abbr")):
                continue  # ordinals and codes: "3rd", "5G"
        unit: Optional[UnitDef] = _prefix_unit(lex, prefix.group("p")) if prefix else None
        start = prefix.start() if prefix else s

        # the value(s)
        vague = fraction = False
        scale = False
        if kind_hint == "vague":
            lo, hi = _vague_value(m.group("vague"), lex)
            point = None
            vague = True
            word = True
        elif kind_hint == "one":
            point = 0.5 if m.group("half") else 1.0
            lo = hi = point
            word = True
        elif kind_hint == "frac" and pats.not_fraction_before is not None and pats.not_fraction_before.search(text, max(0, s - 20), s):
            continue  # "the final third of the pitch", "the past three quarters": a part or a period, not a share
        elif kind_hint == "frac":
            point = _fraction_value(m.group("frac"), lex)
            lo = hi = point
            fraction = True
            word = True
        else:
            point, word, scale = _number_value(m, text, lex, unit is not None)
            if point is None and m.group("abbr") and m.group("abbr").lower() in ("m", "mm"):
                point, word, scale = _number_value(m, text, lex, False, abbr_is_unit=True)
                e = m.start("abbr")  # "a 10m wall": ten metres, read by the unit below
            if point is None:
                continue
            lo = hi = point
        end = e
        rule = ("a few <scale>" if vague else "<fraction> of" if fraction else "a <unit>" if kind_hint == "one"
                else "<number words>" if word else "<number>")
        if kind_hint in ("num", "words"):  # "two and a half", "10 1/2", "point five", "7 thousand 2 hundred and 64"
            point, e, i, tail = _number_goes_on(m, kind_hint == "words", point, text, e, start, raw, i, lex, pats)
            lo = hi = point
            end = e
        else:
            tail = None

        hyphened = _hyphen_scale(text, e, lex) if kind_hint == "num" and not scale else None
        if hyphened:  # "$12-million", "a $31.5-million contract"
            lo = hi = point = point * hyphened[0]
            e = end = hyphened[1]
            scale = True
            while i < len(raw) and raw[i].start() < e:
                i += 1  # the scale word is taken
        # ranges: "1,200 to 1,800", "between 4 and 5", "1,200-1,800", "$1m to $1.25m"
        if not vague and not fraction and i < len(raw):
            nxt = raw[i]
            gap = pats.range_gap.match(text, e, nxt.start())
            if gap and (nxt.group("num") or nxt.group("words")):
                op = gap.group("op").lower()
                lead = pats.range_lead.search(text, max(0, start - 10), start)
                ok = op != "and" or bool(lead and lead.group("lead").lower() == "between")
                if ok and op != "-" and _rise_then_level(text, start, pats, point, lambda: _number_value(nxt, text, lex, True)[0]):
                    ok = False  # "increased by $43.6 billion to $419.2 billion": the rise, then the new level
                if lead and lead.group("lead").lower() == "from" and pats.change_verb.search(text, max(0, lead.start() - 40), lead.start()):
                    ok = False  # "rose from 10% to 25%" is a change: two figures, not a range
                if op == "-" and text[e:nxt.start()].strip() != "-" and not (text[e:e + 1] == "-" and gap.group("cur")):
                    ok = False  # a dash between spaces is no range sign; "$140- $150 million" (the sign repeated) is
                if op in ("or", "and") and not (lead and lead.group("lead").lower() == "between") and _RESPECTIVELY.match(text, nxt.end(), min(len(text), nxt.end() + 160)):
                    ok = False  # "25k or 40k cheaper than its two rivals respectively": two figures
                v2, _, sc2 = _number_value(nxt, text, lex, unit is not None or bool(gap.group("cur")))
                if op == "or" and v2 is not None and v2 < lo:
                    ok = False  # "$184 million or $23 million a season": two figures; "two or three" climbs
                if ok and v2 is not None and (v2 >= lo or op == "-"):  # "rose by 86 to 35": no range runs down ("2-1" below)
                    if sc2 and not scale and nxt.group("num") and lo < float(nxt.group("num").replace(",", "")):
                        mult = v2 / float(nxt.group("num").replace(",", ""))
                        lo = hi = lo * mult
                    elif word and nxt.group("words") and not scale and fold(nxt.group("words").split()[-1]) in lex.numbers.scales:
                        mult = lex.numbers.scales[fold(nxt.group("words").split()[-1])]  # "four to five thousand"
                        if lo * mult <= v2 and lo < mult:
                            lo = hi = lo * mult
                    hi = v2
                    point = None
                    end = nxt.end()
                    i += 1
                    if lead and lead.group("lead").lower() in ("between", "from"):
                        start = lead.start()
                    rule = "between <number> and <number>" if lead and lead.group("lead").lower() == "between" else "<number> to <number>"
                    if gap.group("cur") and unit is None:
                        unit = lex.unit_prefix.get(gap.group("cur"))

        num_start, num_end = (prefix.end() if prefix else s), end
        if kind_hint == "one" and m.group("long"):
            unit = lex.unit_form.get(fold(m.group("long")[:-5]))
            surface = m.group("long")
        # unit after the number: "%", "per cent", "km", "-year", "years old"
        if not (kind_hint == "one" and m.group("long")):
            surface = prefix.group("p") if prefix else None
        if unit is None or unit.kind == "money":
            um = _match_unit(text, end, pats)
            if um is not None:
                u = lex.unit_form_cs.get(um.group("u")) or lex.unit_form.get(fold(um.group("u"))) or lex.unit_form_cs.get(um.group("u").replace(" ", ""))
                if u is None and um.group("u")[:1] in "°º":
                    u = lex.unit_by_name.get("degree Celsius" if um.group("u")[-1] == "C" else "degree Fahrenheit")
                if u is not None and prefix and u.kind == "percentage":
                    start = s  # "left the euro 2 per cent higher": a share; the word before names no amount
                if u is not None and (unit is None or u.kind == "money" and u.unit in ("USD",) and unit.unit == "USD" or u.kind == "percentage"):
                    unit = u
                    surface = um.group("u")
                    end = um.end()
                    rule = (rule.replace("<number>", "<number> <unit>", 1) if "<number>" in rule else rule + " <unit>") if "<unit>" not in rule else rule
                    # "from 6 km to 7 km": the range continues after the unit
                    lead = pats.range_lead.search(text, max(0, start - 10), start)
                    change = lead and lead.group("lead").lower() == "from" and pats.change_verb.search(text, max(0, lead.start() - 40), lead.start())
                    if point is not None and i < len(raw) and not change:
                        nxt = raw[i]
                        if _rise_then_level(text, start, pats, point, lambda: _number_value(nxt, text, lex, True)[0]):
                            nxt = None  # "climbed 2% to 7.1%": the rise, then the new level
                        between = lead is not None and lead.group("lead").lower() == "between"
                        gap = _rx(r"\s*(?:to|-|and)\s*\Z" if between else r"\s*(?:to|-)\s*\Z").match(text[end:nxt.start()]) if nxt else None
                        if gap is not None and nxt.group("num"):
                            um2 = _match_unit(text, nxt.end(), pats)
                            if um2 is not None and fold(um2.group("u")) == fold(surface) and float(nxt.group("num").replace(",", "")) >= lo:
                                hi = float(nxt.group("num").replace(",", ""))
                                point = None
                                end = um2.end()
                                i += 1
                                if between:
                                    start = lead.start()
                                    rule = "between <number> <unit> and <number> <unit>"
        if unit is None and kind_hint == "num":
            unit, ev_rule = _event_unit(text, start, end, m, pats)  # "a 7.0 quake", "the quake measured 7.1"
            rule = ev_rule or rule
        if unit is not None and unit.unit == "GBP" and not prefix and surface and fold(surface) in ("pounds", "pound") \
                and pats.mass_cue is not None and pats.mass_cue.search(text, max(0, start - 80), min(len(text), end + 80)):
            unit = lex.unit_by_name.get("pound", unit)  # "went from 210 pounds to 196 by dieting": a weight
        if unit is not None and unit.kind == "duration" and (kind_hint == "one" and not m.group("half")
                                                             or kind_hint in ("num", "words") and point is not None and tail is None):
            more = _rx(r"\s+and\s+a\s+half(?![\w])").match(text[end:end + 16])
            if more:  # "an hour and a half", "3 days and a half"
                lo = hi = point = point + 0.5
                end += more.end()
        if kind_hint == "one" and unit is None:
            continue  # "a" or "half" that is not "a week", "half a mile"
        if unit is not None and unit.kind == "duration" and pats.ago_after.match(text, end):
            continue  # "a few years ago": how long ago, not how long anything lasted (a count of units is a date)
        if kind_hint == "one" and unit.kind == "duration" and (
                surface and surface.isupper() and len(surface) > 1            # "an SEC filing"
                or pats.rate_before.search(text, max(0, start - 24), start)   # "cases a year", "($2bn) a year"
                or pats.offset_after.match(text, end)                         # "a week earlier"
                or fold(surface or "") == "second" and pats.ordinal_next.match(text, end)):  # "a second round"
            continue
        per = None
        if unit is not None and unit.kind in ("money", "percentage", "measure", "duration", "distance"):
            # a rate: "$58 per barrel", "RM45 a month", "5% a year", "3 hours a day"
            pm = pats.per_after.match(text, end)
            if pm:
                den = lex.unit_form.get(fold(pm.group("den"))) or lex.unit_form_cs.get(pm.group("den"))
                per = den.unit if den is not None else singular(pm.group("den"))
                if den is not None and den.as_unit:
                    per = den.unit
                end = pm.end()
        if unit is not None and unit.factor != 1:  # "a decade" is ten years
            lo, hi = lo * unit.factor, hi * unit.factor
            point = None if point is None else point * unit.factor
            unit = lex.unit_by_name[unit.as_unit]
        if unit is None and not vague and not fraction and kind_hint == "num" and text[e:e + 1] == "-" and point is None \
                and (hi < 30 and lo < 30 or hi <= lo or _score_words(text, start, end, pats, lex)):
            continue  # "2-1", "tied at 89-89", "a 35-47 record" are scores and "ISO 3888-2" a code: a range climbs
        if unit is None and kind_hint == "num" and point is not None and (_hyphen_joined(text, s, e) or _year_cut(text, s, e, lex)):
            continue  # "45-7-2", "30-7 Oct. 19", "MS08-078": one number of a score or a code; "'09": a year
        if unit is None and not vague and _children_of_parent(text, start, end, pats, lex):
            continue  # "killing a mother of 12": her children, not the people killed
        if point is None and hi < lo:
            continue  # "86-35 km": no range runs down
        if unit is not None and unit.kind == "ratio" and (vague or not pats.comparison_after.match(text, end)
                                                          or surface and fold(surface) == "times" and _rx(r"(?i)\s+(?:in|since)\s").match(text, end)):
            # "three times in 2019", "14 times since 2021": how often (but "fivefold in a decade" grew)
            if vague:
                continue
            if surface and fold(surface) == "times":
                # "visited three times", "circled the track 40 times": how often, not how many times more
                kind_hint, rule = "times", "<number> times"
            unit = None
        if vague and unit is None:
            of_unit = _rx(r"\s+of\s+").match(text[end:end + 6])
            if of_unit:
                um = _match_unit(text, end + of_unit.end(), pats)
                u = lex.unit_form.get(fold(um.group("u"))) if um else None
                if u is not None and u.kind == "money":
                    unit, surface, end = u, um.group("u"), um.end()

        # qualifiers before and after
        qualifier = "vague" if vague else "exact"
        qm = pats.qual_before.search(text, max(0, start - 40), start)
        if qm:
            qualifier = lex.qualifier_of.get(fold(qm.group("q")), qualifier)
            start = qm.start()
        elif sub:
            qualifier = lex.qualifier_of.get("under", qualifier)
            start = sub.start()
        qa = pats.qual_after.match(text, end)
        if qa and qualifier in ("exact", "vague", "approximately") and not vague:  # "about 500 or more": at least
            qualifier = lex.qualifier_after[fold(qa.group("q"))]
            end = qa.end()

        if unit is None and kind_hint == "num" and point is not None and point.is_integer() and 0 < point <= 120 \
                and pats.age_before.search(text, max(0, start - 40), start) and _rx(r"\s*(?:,(?!\s*\d)|\.(?!\d)|\Z)").match(text, end):
            unit = lex.unit_by_name.get("year of age")  # "The mayor, 58, said", "killing John Smith, 40.": an age
            rule = "<person>, <number>,"
        elif unit is None and kind_hint in ("num", "words") and point is not None and 0 < point <= 120 \
                and _age_after_verb(text, start, end, pats, lex):
            unit = lex.unit_by_name.get("year of age")  # "died on Thursday at 91", "turned 68"
            rule = "<verb> <number> (age)"
        elif unit is None and kind_hint == "num" and point is not None and point.is_integer() and 0 < point <= 120 \
                and _next_age(mentions, text, start):
            unit = lex.unit_by_name.get("year of age")  # "ages 6 and 16"
            rule = "<age> and <number>"
        elif unit is None and kind_hint in ("num", "words") and 0 < lo <= hi <= 120 and "age" in text[max(0, start - 16):start] \
                and pats.aged_before.search(text, max(0, start - 16), start):
            unit = lex.unit_by_name.get("year of age")  # "women aged 25 to 54", "over the age of 21"
            rule = "aged " + rule
        if fraction:
            kind = "percentage"
            unit = lex.unit_by_name.get("percent")
        elif unit is not None:
            kind = unit.kind
        else:
            kind = "count"
        if word and pats.idioms is not None and any(im.start() <= num_start and num_end <= im.end()
                                                    for im in pats.idioms.finditer(text, max(0, start - 30), end + 30)):
            continue  # "at one point", "would one day"
        mentions.append(Mention(
            start=start, end=end, num_start=num_start, num_end=num_end, low=lo, high=hi, point=point,
            qualifier=qualifier, kind=kind, rule=rule, unit=unit, surface_unit=surface, word_number=word,
            vague=vague, fraction=fraction, scale=scale, per=per,
        ))
        while i < len(raw) and raw[i].start() < end:
            i += 1  # read as part of this figure ("a month" of "RM45 a month")
    mentions = _two_unit_amounts(_bounded_ranges(_scaled_parts(mentions, text, lex), text), text, lex)
    if pats.glued_code is not None:
        found = _glued_code_figures(text, pats, mentions, taken)
        if found:
            mentions = sorted(mentions + found, key=lambda x: x.start)
    if pats.ordinal_duration is not None:
        found = _ordinal_durations(text, low if low is not None else lowered(text), lex, pats, mentions, taken)
        if found:
            mentions = sorted(mentions + found, key=lambda x: x.start)
    return mentions


def _regrouped(m, text: str, pats: Patterns, after: int):
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


def _split_word_runs(raw: list, text: str, lex: Lexicon, pats: Patterns) -> list:
    """Number words the pattern ran together but that are not one number become separate
    matches ("thirty thirty" -> 30 and 30, "three three hundred" -> 3 and 300); the numerator
    of a fraction after "and" is left to the fraction ("eight billion | and two thirds")."""
    out = []
    for m in raw:
        while m is not None and m.group("words") is not None:
            ws = m.start("words")
            _, cut = read_words(m.group("words"), lex)
            cut += ws
            if cut >= m.end():
                last_and = _rx(r"(?i)\s+and\s+(?!.*\sand\s)").search(text, ws, m.end())
                if last_and is not None and pats.fraction_next.match(text, m.end()):
                    m = pats.core.match(text, m.start(), last_and.start()) or m
                break
            head = pats.core.match(text, m.start(), cut)
            if head is not None:
                out.append(head)
            nxt = _rx(r"(?i)(?:[\s-]|and\b)*").match(text, cut).end()
            m = pats.core.match(text, nxt, m.end()) if nxt < m.end() else None
        if m is not None:
            out.append(m)
    return out


def _ordinal_durations(text: str, low: str, lex: Lexicon, pats, mentions: list[Mention], taken) -> list[Mention]:
    """ "the war entered its third week", "on the 100th day of the strike": a duration of
    two to three weeks, 99 to 100 days, so far."""
    out = []
    for t in pats.ordinal_trigger.finditer(low):  # a cheap scan first; the full pattern where it fires
        om = pats.ordinal_duration.match(text, t.start())
        if om is None:
            continue
        s, e = om.span("n")
        if any(m.start < e and s < m.end for m in mentions) or any(a < e and s < b for a, b in taken):
            continue
        if om.group("det").lower() == "the":
            of = _rx(r"(?i)\s+of\s+(?:the\s+|a\s+|its\s+)?([a-z-]+(?:\s+[a-z-]+)?)").match(text, om.end())
            if of is None or not any(w in lex.duration_subject_of for w in (fold(of.group(1)), fold(of.group(1).split()[0]))):
                continue  # "on the second day", "the third week of May": no duration of anything
        n = int(om.group("d")) if om.group("d") else lex.numbers.ordinals.get(fold(om.group("w")))
        unit = lex.unit_form.get(fold(om.group("u")))
        if not n or unit is None:
            continue
        out.append(Mention(start=s, end=e, num_start=s, num_end=om.end("ord"), low=float(n - 1), high=float(n), point=None,
                           qualifier="exact", kind="duration", rule="its <ordinal> <unit>", unit=unit,
                           surface_unit=om.group("u"), word_number=om.group("d") is None))
    return out


def _score_words(text: str, start: int, end: int, pats, lex: Lexicon) -> bool:
    """Whether a hyphened pair is a score or a win-loss record by the words around it: "a
    35-47 record", "(.454)", "a mark of 38-44", "won 24-17" (numbers.yaml score_after and
    score_before; after a verb, only when no plural noun follows: "won 200-300 seats")."""
    if pats.score_after.match(text, end) and not _noun_follows(text, end, lex):
        return True  # "a 35-47 overall record" (but "300-500 workers start work" counts workers)
    before = pats.score_before.search(text, max(0, start - 24), start)
    if before is None:
        return False
    return not _noun_follows(text, end, lex)


# a local telephone number, with an area code or not: "745-4811", "(212) 555-7890"
_PHONE = regex.compile(r"(?<![\w.,$-])(?P<area>\(\d{3}\)\s?|\d{3}-)?\d{3}-\d{4}(?![\w,-]|\.\d)")


def _in_phone_number(text: str, s: int, e: int, pats) -> bool:
    """Whether the number at s..e is part of a telephone number: three digits, a hyphen and
    four, after an area code or a phone word ("call 745-4811"; "300-1250 percent" is a range)."""
    if not (text[e:e + 1] == "-" or text[s - 1:s] in "-(" or text[e:e + 1] == ")") or pats.phone_before is None:
        return False
    for p in _PHONE.finditer(text, max(0, s - 14), min(len(text), e + 14)):
        if p.start() <= s and e <= p.end() and (p.group("area") or pats.phone_before.search(text, max(0, p.start() - 30), p.start())):
            return True
    return False


def _listed_after_name(text: str, ident_end: int, s: int, e: int, lex: Lexicon) -> bool:
    """ "versions 6, 7, 8 and 9", "IE6 to 10": a bare number listed right after one read as
    part of a name is a name too, unless a counted noun follows it ("Flight 17 and 200 passengers")."""
    if ident_end < 0 or s - ident_end > 12 or not _rx(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|to)\s+)\Z").fullmatch(text, ident_end, s):
        return False
    return not _noun_follows(text, e, lex)


def _children_of_parent(text: str, start: int, end: int, pats, lex: Lexicon) -> bool:
    """ "a mother of 12", "the father of two died": children the sentence does not count
    (numbers.yaml parent_nouns); "the mother of 12 children" keeps its noun and its count."""
    if pats.parent_of is None or not pats.parent_of.search(text, max(0, start - 16), start):
        return False
    return not _noun_follows(text, end, lex)


def _next_age(mentions: list[Mention], text: str, start: int) -> bool:
    """ "ages 6 and 16", "Smith, 20, and Jones, 24,": a number listed right after an age."""
    last = mentions[-1] if mentions else None
    return bool(last is not None and last.unit is not None and last.unit.unit == "year of age"
                and _rx(r"\s*(?:,\s*)?(?:and\s+)?\Z").fullmatch(text, last.end, start) and start - last.end < 8)


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
    return e - s == 2 and text[s - 1:s] in ("'", "\u2019") and not text[s - 2:s - 1].isalnum() and not _noun_follows(text, e, lex)


def _noun_follows(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a counted noun, a unit or a plural noun follows the figure ending at ``end``:
    then it counts something ("200 passengers", "12 sons"), whatever the words before it."""
    noun = _rx(r"[ \t-]+([A-Za-z]+)").match(text, end)
    w = fold(noun.group(1)) if noun else ""
    return w in lex.counted_of or w in lex.unit_form or len(w) > 3 and w.endswith("s") and w not in lex.verb_forms


def _age_after_verb(text: str, start: int, end: int, pats, lex: Lexicon) -> bool:
    """ "died on Thursday at 91", "has died at 75", "turned 68 on Saturday": an age after a
    verb (numbers.yaml age_at_verbs, age_verbs), when no counted noun follows the number."""
    if pats.age_verb_before is None or not pats.age_verb_before.search(text, max(0, start - 48), start):
        return False
    return not _noun_follows(text, end, lex)


def _hyphen_scale(text: str, e: int, lex: Lexicon) -> Optional[tuple[float, int]]:
    """ "$12-million", "a 3.5-billion budget": a scale word hyphened to the digits multiplies
    them, as "$12 million" does (the factor, and where the scale word ends)."""
    if text[e:e + 1] != "-":
        return None
    w = _rx(r"-([A-Za-z]+)(?![\w-]*\d)").match(text, e)
    factor = lex.numbers.scales.get(fold(w.group(1))) if w else None
    return (factor, w.end()) if factor and factor > 100 else None


def _event_unit(text: str, start: int, end: int, m, pats) -> tuple[Optional[UnitDef], str]:
    """ "a 7.0 quake", "the 6.4 offshore temblor": a decimal under ten right before an event
    noun of a unit (units.yaml `event_nouns`) is in that unit; "7 quakes" stays a count. So is
    one after the event noun or the unit's name and a verb: "the quake measured 7.1", "an
    aftershock of 5.4", "put the magnitude at 6.4". Returns the unit (or None) and the rule."""
    if pats.event_after is None or not _rx(r"\d\.\d{1,2}").fullmatch(m.group("num") or ""):
        return None, ""
    ev = pats.event_after.match(text, end)
    if ev:
        return pats.event_unit[fold(ev.group("ev"))], "<number> <event noun>"
    if not _rx(r"\d\.\d").fullmatch(m.group("num")) or _rx(r"\s*(?:[ap]\.?m\b|local|GMT|UTC)").match(text, end):
        return None, ""  # "the quake struck at 6.30 local time": a clock time
    named = pats.named_before.search(text, max(0, start - 48), start)
    return (pats.named_unit[fold(named.group("w"))], "<event noun> <verb> <number>") if named else (None, "")


def _glued_code_figures(text: str, pats, mentions: list[Mention], taken) -> list[Mention]:
    """ "an M6.2 earthquake": a unit's letter code glued to a decimal (units.yaml
    `glued_codes`); the core grammar skips digits after a letter ("F-16", "MH17")."""
    out = []
    for g in pats.glued_code.finditer(text):
        s, e = g.span()
        if any(m.start < e and s < m.end for m in mentions) or any(a < e and s < b for a, b in taken):
            continue
        v = float(g.group("n"))
        out.append(Mention(start=s, end=e, num_start=g.start("n"), num_end=e, low=v, high=v, point=v, qualifier="exact",
                           kind=pats.code_unit[g.group("c")].kind, rule="<code><number>", unit=pats.code_unit[g.group("c")],
                           surface_unit=g.group("c")))
    return out


def _scaled_parts(mentions: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """ "half a million", "a quarter of a million", "one and a half million": a part of a
    scale is one figure (500,000), not a share and a million."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        bare = _rx(r"(?i)(?:an?\s+)?([a-z]+)").fullmatch(text, m.num_start, m.num_end) if m.word_number else None
        if prev is not None and bare and (fold(bare.group(1)) in lex.numbers.scales or fold(bare.group(1)) in lex.numbers.singles) \
                and (prev.fraction or prev.kind == "count" and prev.point is not None and prev.point % 1) \
                and _rx(r"(?i)\s+(?:of\s+)?\Z").fullmatch(text, prev.end, m.num_start):
            value = (prev.low / 100 if prev.fraction else prev.low) * _scale_value(fold(bare.group(1)), lex)
            out[-1] = dataclasses.replace(m, start=prev.start, num_start=prev.num_start, low=value, high=value, point=value,
                                          qualifier=prev.qualifier, rule="<fraction> a <scale>", scale=True)
            continue
        out.append(m)
    return out


def _two_unit_amounts(mentions: list[Mention], text: str, lex: Lexicon) -> list[Mention]:
    """ "6 ft 3 in", "6 feet and 1 inch", "7 lb 4 oz": one figure in the first unit (6.25 ft);
    the second figure, read alone, is dropped."""
    out: list[Mention] = []
    skip_at = -1
    for m in mentions:
        if m.start == skip_at:
            continue
        part = lex.patterns.compound_part.get(m.unit.unit) if m.unit is not None and m.point is not None else None
        pm = part[0].match(text, m.end) if part else None
        n = (float(pm.group("n")) if pm.group("n")[0].isdigit() else parse_words(pm.group("n"), lex)) if pm else None
        if n is None or not 0 <= n < part[1]:
            out.append(m)
            continue
        value = m.point + n / part[1]
        out.append(dataclasses.replace(m, end=pm.end(), num_end=pm.end(), low=value, high=value, point=value,
                                       rule=m.rule + " <number> <unit>"))
        skip_at = pm.start("n")
    return out


_LOWER_BOUNDS = frozenset({"more than", "at least"})
_UPPER_BOUNDS = frozenset({"at most", "nearly"})


def _bounded_ranges(mentions: list[Mention], text: str) -> list[Mention]:
    """ "more than 15 and less than 25", "above 2,000 and below 2,500", "at most 90 and at
    least 30": a lower and an upper bound side by side are one interval."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        bare = prev is not None and prev.kind == "count" and prev.unit is None  # "more than 20 and less than 40 cm"
        if prev is None or prev.kind != m.kind and not bare or prev.unit is not None and m.unit is not None and prev.unit.unit != m.unit.unit \
                or prev.point is None or m.point is None or not _rx(r"(?i)\s*,?\s*(?:(?:and|but)\s+)?\Z").match(text, prev.end, m.start):
            out.append(m)
            continue
        bounds = {prev.qualifier: prev.point, m.qualifier: m.point}
        lo = next((v for q, v in bounds.items() if q in _LOWER_BOUNDS), None)
        hi = next((v for q, v in bounds.items() if q in _UPPER_BOUNDS), None)
        if lo is None or hi is None or lo >= hi:
            out.append(m)
            continue
        out[-1] = dataclasses.replace(prev, end=m.end, num_end=m.num_end, low=lo, high=hi, point=None, qualifier="exact", kind=m.kind if bare else prev.kind,
                                      unit=prev.unit or m.unit, surface_unit=prev.surface_unit or m.surface_unit,
                                      rule="<lower bound> and <upper bound>")
    return out


def _numeric_fraction(m, text: str, lex: Lexicon, pats: Patterns) -> Optional[Mention]:
    """ "1/2 pound", "3/4 mile", "1/16 of a pint" (a measure), "2/3 of voters" (a share).
    Without a unit or "of" a slashed pair is a name or a code ("9/11", "24/7"): no figure;
    a fraction character ("¾") is a share."""
    s, e = m.span()
    vulgar = lex.numbers.vulgar_fractions.get(m.group("nfrac"))
    if vulgar is not None:
        val = vulgar / 100
    else:
        a, b = (int(x) for x in _rx(r"\d+").findall(m.group("nfrac")))
        if b == 0 or a >= b:
            return None
        val = a / b
    of = _rx(r"\s+of\s+(?:an?\s+)?(?:(?:US|U\.S\.|imperial|metric)\s+)?").match(text, e)
    um = _match_unit(text, of.end() if of else e, pats)
    unit = None
    if um is not None:
        unit = lex.unit_form.get(fold(um.group("u"))) or lex.unit_form_cs.get(um.group("u"))
    if unit is not None and unit.kind in ("money", "ratio", "percentage"):
        unit = None
    if unit is not None:
        kind, end, rule, surface = unit.kind, um.end(), "<number>/<number> <unit>", um.group("u")
    elif of is not None or vulgar is not None:
        unit, kind, end, rule, surface = lex.unit_by_name.get("percent"), "percentage", e, "<fraction> of", None
        val = round(val * 100, 6)
    else:
        return None
    if unit.factor != 1:
        val *= unit.factor
        unit = lex.unit_by_name[unit.as_unit]
    qm = pats.qual_before.search(text, max(0, s - 24), s)
    return Mention(start=qm.start() if qm else s, end=end, num_start=s, num_end=e, low=val, high=val, point=val,
                   qualifier=lex.qualifier_of.get(fold(qm.group("q")), "exact") if qm else "exact", kind=kind, rule=rule,
                   unit=unit, surface_unit=surface, fraction=unit.kind == "percentage")


def _number_goes_on(m, words: bool, point: float, text: str, e: int, start: int, raw: list, i: int, lex: Lexicon,
                    pats: Patterns) -> tuple[float, int, int, Optional[tuple]]:
    """(value, end, next raw index, the fraction read) of a number and what continues it:
    a fraction ("two and a half", "10 1/2"), spoken decimals ("nought point five") or the
    parts after a scale ("7 thousand 2 hundred and 64"). The raw matches read are skipped."""
    tail = _fraction_tail(m, point, text, e, start, lex, pats)
    more = _spoken_decimals(text, e, m.start(), lex, pats) if words and tail is None else None
    if tail is not None:
        point, e = tail
    elif more is not None:
        point, e = point + math.copysign(more[0], point), more[1]
    else:
        point, e, i = _scale_continuation(m, point, text, e, start, raw, i, lex, pats)
    while i < len(raw) and raw[i].start() < e:
        i += 1  # the "half" of "two and a half", "zero three" of "point zero three"
    return point, e, i, tail


def _fraction_tail(m, value: float, text: str, e: int, start: int, lex: Lexicon, pats: Patterns) -> Optional[tuple[float, int]]:
    """(value, end) of a number and the fraction after it: "seven and a quarter", "10 1/2",
    "3½"; a fraction of the number's scale from a million up ("7 million and a half" is 7.5
    million) or of the scale after it ("six and a half million", "two billion and a half
    million"). Not in "between one and three quarters"."""
    t = pats.fraction_tail.match(text, e)
    if t is None:
        return None
    if t.group("fw"):
        if _rx(r"(?i)(?<![\w])between\s+\Z").search(text, max(0, start - 10), start):
            return None
        f = math.copysign(_fraction_value(t.group("fw"), lex) / 100, value)
        own = _trailing_scale(m, lex)
        if not t.group("sc"):
            return value + f * (own if own >= 1e6 else 1), t.end()
        after = _scale_value(fold(t.group("sc")), lex)
        return (value + f * after if own > after else (value + f) * after), t.end()
    if m.group("words") is not None or m.group("scale") or m.group("abbr"):
        return None  # "three 1/4 miles", "3m ½": not a mixed number
    if t.group("fv"):
        return value + math.copysign(lex.numbers.vulgar_fractions[t.group("fv")] / 100, value), t.end()
    a, b = int(t.group("fa")), int(t.group("fb"))
    return (value + math.copysign(a / b, value), t.end()) if 0 < a < b else None


def _spoken_decimals(text: str, e: int, s: int, lex: Lexicon, pats: Patterns) -> Optional[tuple[float, int]]:
    """(decimals, end) of "point zero three" after a number in words; not in "at one
    point two ..." (an idiom, then a number)."""
    if pats.spoken_decimals is None:
        return None
    d = pats.spoken_decimals.match(text, e)
    if d is None or pats.idioms is not None and any(im.start() <= s < im.end() for im in pats.idioms.finditer(text, max(0, s - 10), d.end())):
        return None
    digits = [lex.word_values[w] for w in _rx(r"[a-z]+").findall(d.group("d").lower())]
    figures = str(digits[0] + digits[1]) if len(digits) == 2 and digits[0] >= 10 else "".join(map(str, digits))
    return float("0." + figures), d.end()


def _scale_continuation(m, value: float, text: str, e: int, start: int, raw: list, i: int, lex: Lexicon, pats: Patterns) -> tuple[float, int, int]:
    """(value, end, next raw index) of a number that goes on after its scale word:
    "7 thousand 2 hundred and 64" is 7,264, "8 crore and three hundred" 80,000,300; the
    next part must be smaller than the scale ("4 hundred and 5 hundred" are two)."""
    scale = _trailing_scale(m, lex)
    while scale > 1 and value.is_integer() and i < len(raw):
        nxt = raw[i]
        gap = _rx(r"(?i)\s+(?:(and)\s+)?\Z").match(text, e, nxt.start())
        if gap is None or not (nxt.group("num") or nxt.group("words")):
            break
        nxt_scale = _trailing_scale(nxt, lex)
        if not gap.group(1) and nxt_scale == 1 or gap.group(1) and pats.range_lead.search(text, max(0, start - 10), start):
            break  # "3 million 200 people"; "between 2 thousand and 300"
        v2 = _number_value(nxt, text, lex, False)[0]
        if not v2 or not 0 < v2 < scale or not v2.is_integer():
            break
        value, e, i, scale = value + v2, nxt.end(), i + 1, nxt_scale
    return value, e, i


def _trailing_scale(m, lex: Lexicon) -> float:
    """The scale a number ends with ("3 million" -> 1e6, "two thousand" -> 1000), else 1."""
    tail = (m.group("scale") or "") if m.group("num") is not None else (m.group("words") or "")
    last = tail.split()[-1].lower() if tail.split() else ""
    return float(lex.numbers.scales.get(last, 1))


def _prefix_unit(lex: Lexicon, written: str) -> Optional[UnitDef]:
    """The unit of a prefix as written ("US $" matched by "US$", "magnitude")."""
    got = lex.unit_prefix.get(written) or lex.ascii_prefix.get(written)
    if got is None:
        squeezed = _rx(r"[\s-]+").sub("", written)
        got = next((u for p, u in lex.unit_prefix.items() if _rx(r"[\s-]+").sub("", p) == squeezed), None)
    return got


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


def _millions_next(text: str, pos: int, lex: Lexicon) -> bool:
    """Whether the words after "3.4m" make it millions: a unit ("1.2m tonnes"), a counted
    noun ("3.4m people"), or a plural noun after a few modifiers ("2.7m unsold paper
    copies"), unless a word on the way says metres ("a 10m high wall", "100m hurdles")."""
    k = 0
    while k < 4:
        w = _MILLION_WORD.match(text, pos, pos + 40)
        if w is None:
            return False
        pos = w.end()
        f = fold(w.group(1))
        if f in lex.numbers.metre_words or f in _FUNCTION_WORDS or f in lex.pronouns:
            return False
        if f in lex.counted_of or (k == 0 and f in lex.unit_form):
            return True
        if len(f) > 3 and f.endswith("s") and not f.endswith("ss") and not f.endswith("'s"):
            return True
        k += 1
    return False


# the start of a range that is no year ("from 1000 to 2000 hires", "between 500 and 2000")
_NON_YEAR_FROM = regex.compile(r"(?<![\w.,])(?:\d{1,3}|1000|\d{1,3}(?:,\d{3})+)\s*(?:to|-|and)\s+\Z")

_RESPECTIVELY = regex.compile(r"[^.;]*?(?<![\w])respectively(?![\w])", regex.IGNORECASE)

# a word after an abbreviated scale, skipping "and" and "of its" ("35m of its users")
_MILLION_WORD = regex.compile(r"(?:[ \t]+(?:and|of(?:\s+(?:its|their|his|her|our|the))?))*[ \t]+([A-Za-z][A-Za-z'-]*)")
_FUNCTION_WORDS = frozenset("in at on for from to into by with than per a an the this that is was are were be has have had "
                            "or but as so if when while over under up down after before".split())


def _match_unit(text: str, pos: int, pats: Patterns):
    best = None
    for rx in (pats.unit_ci, pats.unit_cs):
        um = rx.match(text, pos)
        if um is not None and (best is None or um.end() > best.end()):
            best = um
    tight = pats.unit_tight.match(text, pos)
    if tight is not None and (best is None or tight.end() > best.end()):
        best = tight
    deg = pats.degree_unit.match(text, pos)
    if deg is not None and (best is None or deg.end() >= best.end()):
        best = deg
    return best


def _vague_value(phrase: str, lex: Lexicon) -> tuple[float, float]:
    f = fold(phrase)
    if f in lex.numbers.vague:
        lo, hi = lex.numbers.vague[f]
        return float(lo), float(hi)
    mult, _, scale = f.rpartition(" ")
    lo, hi = lex.numbers.vague_multipliers[mult]
    sc = lex.numbers.scales[scale]
    return float(lo * sc), float(hi * sc)


def _share_mention(m, text: str, lex: Lexicon, pats: Patterns) -> Optional[Mention]:
    """ "one in three adults" = 33.3 percent; "3 out of 5" = 60 percent (not "5 in 10 minutes")."""
    if _match_unit(text, m.end(), pats) is not None:
        return None
    a, b = (float(x) if x[0].isdigit() else parse_words(x, lex) for x in (m.group("inn_a"), m.group("inn_b")))
    if a is None or not b or a >= b:
        return None
    val = round(100 * a / b, 6)
    qm = pats.qual_before.search(text, max(0, m.start() - 24), m.start())  # "nearly 3 in 10"
    qa = pats.qual_after.match(text, m.end())  # "3 in 7 or more"
    qualifier = lex.qualifier_after[fold(qa.group("q"))] if qa else lex.qualifier_of.get(fold(qm.group("q")), "exact") if qm else "exact"
    return Mention(start=qm.start() if qm else m.start(), end=qa.end() if qa else m.end(), num_start=m.start(), num_end=m.end(),
                   low=val, high=val, point=val, qualifier=qualifier, kind="percentage",
                   rule="<number> in <number>", unit=lex.unit_by_name.get("percent"),
                   surface_unit=None, word_number=not m.group("inn_a")[0].isdigit(), fraction=True)


def _fraction_value(phrase: str, lex: Lexicon) -> float:
    f = fold(phrase).split()  # "one-eighth", "three - eighths" alike
    frac = lex.numbers.fractions.get(f[-1]) or lex.numbers.counted_fractions[f[-1]]
    if len(f) == 1 or f[0] in ("a", "one"):
        return frac
    n = lex.word_values.get(f[0], 1)
    return round(frac * n, 6)

bound_all(globals())  # every pattern of this module runs over document text: bound each match in time
