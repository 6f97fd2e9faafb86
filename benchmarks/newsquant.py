"""Score claimcheck (or quantulum3) on NewsQuant, the news test set of the CQE paper.

NewsQuant has no license for redistribution: it is read from where it lies (default
``../shared/benchmarks/newsquant/NewsQuant.json`` beside the repository, or ``$CLAIMCHECK_NEWSQUANT``, or
the first argument) and nothing from it is written into the repository. Sentences are
printed to the terminal only (``--examples``).

    python benchmarks/newsquant.py                       # claimcheck, 3 examples per cause
    python benchmarks/newsquant.py --tool quantulum3
    python benchmarks/newsquant.py --examples 10 --cause "unit mismatch"
    python benchmarks/newsquant.py --json                # the figures only, as JSON

Metrics (benchmarks/README.md has the rules and the unit mapping table):
  value       predictions and gold of a sentence paired one to one (maximum bipartite
              matching); values equal within relative 1e-6; ranges only match ranges
              (both ends, order-insensitive), scalars only scalars.
  value+unit  the same, plus equal normalized unit (our unit names mapped to NewsQuant's
              ``normalized_unit`` vocabulary by UNIT_MAP below).
  subject     the same as value, plus a concept match: any content word of our
              ``subject``/``concept``/``holder`` (lowercased, singularized) among the words of
              ``referred_concepts``; a gold "-" matches a prediction with neither.
Claims of kind ``date`` are ignored (NewsQuant does not annotate dates or years), and so
is a whole computed from its stated parts (a claim with ``parts``: "24 hours, 39 minutes and
35 seconds" as seconds), which the text does not state: NewsQuant annotates the parts.
"""

from __future__ import annotations

import argparse
import collections
import json
import math
import os
import re
import signal
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterable, Optional

DEFAULT_DATA = str(Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "newsquant" / "NewsQuant.json")


def data_path(arg: Optional[str] = None) -> Path:
    p = Path(arg or os.environ.get("CLAIMCHECK_NEWSQUANT") or DEFAULT_DATA)
    if p.is_dir():
        p = p / "NewsQuant.json"
    return p


def load(path: Optional[str] = None) -> list[dict]:
    with open(data_path(path), encoding="utf-8") as fh:
        return json.load(fh)


# --------------------------------------------------------------------------- words

_IRREGULAR = {"feet": "foot", "men": "man", "women": "woman", "children": "child", "teeth": "tooth",
              "mice": "mouse", "geese": "goose", "people": "people", "staff": "staff", "series": "series",
              "news": "news", "data": "data", "media": "media", "criteria": "criterion", "indices": "index",
              "fishermen": "fisherman", "tenancies": "tenancy"}
_STOP = {"the", "a", "an", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from", "its", "their",
         "his", "her", "this", "that", "these", "those", "-", "total", "number"}


def singular(word: str) -> str:
    w = word.lower()
    if w in _IRREGULAR:
        return _IRREGULAR[w]
    if len(w) <= 3 or not w.endswith("s") or w.endswith(("ss", "us", "is", "'s")):
        return w.rstrip("'")
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes", "zes")):
        return w[:-2]
    return w[:-1]


def words(text: Optional[str]) -> frozenset[str]:
    if not text or text.strip() == "-":
        return frozenset()
    return frozenset(singular(w) for w in re.split(r"[,\s]+", text.strip()) if w and w.lower() not in _STOP)


def canon_unit(name: Optional[str]) -> str:
    """A unit name in comparable form: lowercased, last word singular ('square feet' -> 'square foot')."""
    if not name or not name.strip():
        return "-"
    parts = name.strip().lower().split()
    parts[-1] = singular(parts[-1])
    return " ".join(parts)


# --------------------------------------------------------------------------- unit mapping

# claimcheck canonical unit -> NewsQuant normalized_unit. A tuple lists every NewsQuant name
# the unit may carry (NewsQuant is not consistent with itself). Units not listed map to their
# own name (lowercased). Counts are mapped by the counted noun, see count_units().
UNIT_MAP: dict[str, tuple[str, ...]] = {
    # percentage
    "percent": ("percentage",),
    "percentage point": ("percentage", "percentage point"),
    "basis point": ("basis point",),
    # money (ISO 4217 -> NewsQuant's currency names)
    "USD": ("dollar", "united states dollar"),
    "EUR": ("euro",),
    "GBP": ("pound sterling",),
    "JPY": ("japanese yen",),
    "CNY": ("chinese yuan",),
    "AUD": ("australian dollar",),
    "CAD": ("canadian dollar",),
    "HKD": ("hong kong dollar",),
    "NZD": ("new zealand dollar",),
    "SGD": ("singaporean dollar", "singapore dollar"),
    "MYR": ("malaysian ringgit",),
    "ILS": ("shekel",),
    "INR": ("indian rupee",),
    "DKK": ("danish krone",),
    "HRK": ("croatian kuna",),
    "ZAR": ("south african rand",),
    "TRY": ("turkish lira",),
    "CHF": ("swiss franc",),
    "GEL": ("georgian lari",),
    "LKR": ("sri lankan rupee",),
    "cent": ("cent",),
    "pence": ("pence", "point"),  # NewsQuant writes share prices in pence ("164p") as "point"
    "sen": ("sen",),
    # duration
    "year": ("year",), "decade": ("decade",), "century": ("century",), "month": ("month",),
    "week": ("week",), "fortnight": ("fortnight",), "day": ("day",), "hour": ("hour",),
    "minute": ("minute",), "second": ("second",),
    # distance
    "km": ("kilometre",), "mile": ("mile",), "nautical mile": ("nautical mile",), "m": ("metre",),
    "cm": ("centimetre",), "mm": ("millimetre",), "micrometre": ("micrometre",), "nanometre": ("nanometre",),
    "foot": ("foot",), "inch": ("inch",), "yard": ("yard",), "light year": ("light year",),
    # ratio: NewsQuant annotates "N times" as the unit "count"
    "ratio": ("count",),
    # measure
    "kilogram": ("kilogram",), "gram": ("gram",), "milligram": ("milligram",), "tonne": ("metric ton",),
    "ton": ("ton",), "gigaton": ("gigaton",), "megaton": ("megaton",), "pound": ("pound-mass",),
    "ounce": ("ounce",), "litre": ("litre",), "millilitre": ("millilitre",), "gallon": ("gallon",),
    "pint": ("pint",), "quart": ("quart",), "barrel": ("barrel", "barrel of oil"),
    "barrel per day": ("barrel per day",), "cubic metre": ("cubic metre",), "cubic foot": ("cubic foot",),
    "square metre": ("square metre",), "square kilometre": ("square kilometre",),
    "square mile": ("square mile",), "square foot": ("square foot",), "hectare": ("hectare",),
    "acre": ("acre",), "kilometre per hour": ("kilometre per hour",), "mile per hour": ("mile per hour",),
    "metre per second": ("metre per second",), "knot": ("knot",), "mile per gallon": ("mile per gallon",),
    "degree Celsius": ("celsius",), "degree Fahrenheit": ("fahrenheit",), "degree": ("degree",),
    "watt": ("watt",), "kilowatt": ("kilowatt",), "megawatt": ("megawatt",), "gigawatt": ("gigawatt",),
    "kilowatt hour": ("kilowatt hour",), "megawatt hour": ("megawatt hour",), "gigawatt hour": ("gigawatt hour",),
    "horsepower": ("horsepower",), "brake horsepower": ("brake horsepower",), "volt": ("volt",),
    "kilovolt": ("kilovolt",), "ampere": ("ampere",), "milliampere hour": ("milliampere-hour",),
    "farad": ("farad",), "hertz": ("hertz",), "kilohertz": ("kilohertz",), "megahertz": ("megahertz",),
    "gigahertz": ("gigahertz",), "byte": ("byte",), "bit": ("bit",), "kilobyte": ("kilobyte",),
    "megabyte": ("megabyte",), "gigabyte": ("gigabyte",), "terabyte": ("terabyte",),
    "megabit per second": ("megabit per second",), "gigabit per second": ("gigabit per second",),
    "calorie": ("calorie",), "joule": ("joule",), "pascal": ("pascal",), "megapascal": ("megapascal",),
    "gigapascal": ("gigapascal",), "psi": ("pound per square inch",), "ksi": ("kilopound per square inch",),
    "decibel": ("decibel",), "pound-foot": ("pound-foot", "foot pound-force"), "newton metre": ("newton metre",),
    "revolutions per minute": ("revolutions per minute",), "parts per million": ("part per million",),
    "parts per billion": ("parts-per-billion", "part per billion"),
    "mmbtu": ("mmbtu", "mega british thermal unit"), "point": ("point",), "year of age": ("year of age", "age"),
    "month of age": ("month of age",), "week of age": ("week of age",), "day of age": ("day of age",),
}

# Count classes whose NewsQuant name is a word of its own.
COUNT_CLASS = {"person": ("people", "person"), "time": ("count",)}


def count_units(unit: Optional[str], surface: Optional[str]) -> frozenset[str]:
    """NewsQuant names for a count: the counted noun as written, singularized ("homes" ->
    "home"); our class name too; a count without a noun maps to "-"."""
    names: set[str] = set()
    if surface:
        names.add(canon_unit(surface))
    if unit:
        names.add(canon_unit(unit))
        names.update(COUNT_CLASS.get(unit, ()))
    return frozenset(names) or frozenset({"-"})


def mapped_units(kind: str, unit: Optional[str], surface: Optional[str]) -> frozenset[str]:
    if kind == "count":
        return count_units(unit, surface)
    if unit is None:
        return frozenset({"-"})
    if unit in UNIT_MAP:
        return frozenset(canon_unit(u) for u in UNIT_MAP[unit])
    if " per " in unit:  # a rate: "USD per barrel" -> "dollar per barrel"
        num, den = unit.split(" per ", 1)
        return frozenset(f"{n} per {d}" for n in mapped_units(kind, num, None) for d in mapped_units("measure", den, None))
    return frozenset(canon_unit(u) for u in UNIT_MAP.get(unit, (unit,)))


# --------------------------------------------------------------------------- records

@dataclass(frozen=True)
class Gold:
    low: float
    high: float
    is_range: bool
    unit: str            # canon_unit(normalized_unit)
    concept: frozenset
    raw_value: str
    raw_unit: str
    raw_concept: str


@dataclass(frozen=True)
class Pred:
    low: float
    high: float
    is_range: bool
    units: frozenset
    concept: frozenset
    kind: str = ""
    text: str = ""
    unit_name: str = ""
    rule: str = ""
    concept_text: str = ""
    fraction: bool = False


def parse_gold(q: dict) -> Gold:
    v = q["value"].strip()
    if "-" in v and not v.startswith("-") and "E" not in v:
        a, b = (float(x) for x in v.split("-", 1))
        lo, hi, rng = min(a, b), max(a, b), True
    else:
        lo = hi = float(v)
        rng = False
    return Gold(lo, hi, rng, canon_unit(q["normalized_unit"]), words(q.get("referred_concepts")),
                v, q["normalized_unit"], q.get("referred_concepts", "-"))


def _concept_text(c) -> str:
    """The words scored against ``referred_concepts``. NewsQuant makes a count's noun its unit
    ("civilian", "people"), scored under value+unit; its concept is what the count belongs
    to, our ``holder``. For other kinds: subject, concept and holder."""
    if c.kind == "count":  # the counted noun is the unit; a concept other than it still counts
        parts = (c.holder, c.concept if c.concept and c.concept != (c.surface_unit or "").lower() else None)
    else:
        parts = (c.subject, c.concept, c.holder)
    return " ".join(x for x in parts if x)


def _pairs(a, b) -> bool:
    """A stated change between two single figures: NewsQuant's range (a change between two
    ranges stays two ranges)."""
    return a.change == "from" and b.change == "to" and a.value.point is not None and b.value.point is not None


def claimcheck_preds(claims: Iterable) -> list[Pred]:
    out = []
    claims = [c for c in claims if c.kind != "date" and not c.parts]  # a whole of stated parts is stated by its parts
    for k, c in enumerate(claims):
        if c.change == "to" and k and _pairs(claims[k - 1], c):
            continue  # taken with its "from" below
        if k + 1 < len(claims) and _pairs(c, claims[k + 1]):
            # NewsQuant writes a stated change ("fell from $1,850 to $1,720") as one range
            to = claims[k + 1]
            ends = (c.value.low, c.value.high, to.value.low, to.value.high)
            concept = " ".join(x for x in (_concept_text(c), _concept_text(to)) if x)
            out.append(Pred(min(ends), max(ends), True, mapped_units(to.kind, to.unit, to.surface_unit), words(concept),
                            to.kind, f"{c.evidence.text} .. {to.evidence.text}", to.unit or "-", "from <x> to <y>", concept or "-"))
            continue
        v = c.value
        rng = v.point is None and v.low != v.high
        lo = v.low if rng else (v.point if v.point is not None else v.low)
        hi = v.high if rng else lo
        fraction = c.kind == "percentage" and (c.rule or "") in ("<fraction> of", "<number> in <number>")
        if fraction:  # NewsQuant keeps "a third" as 0.333 (see unit_ok)
            lo, hi = lo / 100, hi / 100
        concept = _concept_text(c)
        out.append(Pred(min(lo, hi), max(lo, hi), rng, mapped_units(c.kind, c.unit, c.surface_unit),
                        words(concept), c.kind, c.evidence.text, c.unit or "-", c.rule, concept or "-", fraction))
    return out


# quantulum3 unit name -> NewsQuant name (only where they differ)
QUANTULUM_MAP = {
    "dimensionless": "-", "unk": "-", "per cent": "percentage", "percentage drop": "percentage",
    "united states dollar": "dollar", "dollar dollar": "dollar", "tonne": "metric ton",
    "degree angle": "degree", "degree celsius": "celsius", "degree fahrenheit": "fahrenheit",
    "yard yard": "yard", "cubic centimetre": "millilitre", "second of arc": "second", "minute of arc": "minute",
}


def quantulum_preds(quantities: Iterable) -> list[Pred]:
    out = []
    for q in quantities:
        name = q.unit.name.strip().lower()
        name = QUANTULUM_MAP.get(name, name)
        if q.uncertainty:
            lo, hi, rng = q.value - q.uncertainty, q.value + q.uncertainty, True
        else:
            lo = hi = float(q.value)
            rng = False
        out.append(Pred(lo, hi, rng, frozenset({canon_unit(name)}), frozenset(), "", q.surface, name, "quantulum3"))
    return out


def run_tool(tool: str, sentences: list[str]) -> list[list[Pred]]:
    if tool == "claimcheck":
        from claimcheck import extract
        return [claimcheck_preds(extract(s)) for s in sentences]
    if tool == "quantulum3":
        import warnings
        warnings.filterwarnings("ignore")
        from quantulum3 import parser
        return [quantulum_preds(parser.parse(s)) for s in sentences]
    raise SystemExit(f"unknown tool {tool!r}")


# --------------------------------------------------------------------------- scoring

def close(a: float, b: float) -> bool:
    return a == b or math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-9)


def value_ok(g: Gold, p: Pred) -> bool:
    if g.is_range != p.is_range:
        return False
    return close(g.low, p.low) and close(g.high, p.high)


def unit_ok(g: Gold, p: Pred) -> bool:
    if not value_ok(g, p):
        return False
    if g.unit in p.units:
        return True
    # A counted noun is compared by its words: our "transplants" is NewsQuant's "heart
    # transplant", and "one of the happiest days of my career" is "happy day career" there.
    if p.kind == "count" and p.units & {singular(w) for w in g.unit.split()}:
        return True
    # NewsQuant writes a fraction as a fraction with the unit "% <whole>" ("a third of voters":
    # 0.333, "% voter"); a percentage we read from a fraction word is compared that way.
    return p.fraction and g.unit.startswith("%")


def concept_ok(g: Gold, p: Pred) -> bool:
    if not value_ok(g, p):
        return False
    if not g.concept:
        return not p.concept
    return bool(g.concept & p.concept)


def match(gold: list, preds: list, ok: Callable) -> dict[int, int]:
    """Maximum one-to-one matching (Kuhn's augmenting paths): gold index -> pred index."""
    adj = [[j for j, p in enumerate(preds) if ok(g, p)] for g in gold]
    owner: dict[int, int] = {}

    def augment(i: int, seen: set) -> bool:
        for j in adj[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(gold)):
        augment(i, set())
    return {i: j for j, i in owner.items()}


def prf(tp: int, n_gold: int, n_pred: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return round(100 * p, 1), round(100 * r, 1), round(100 * f, 1)


def _fmt(x: float) -> str:
    return f"{x:g}"


def classify(text: str, gold: list[Gold], preds: list[Pred], vm: dict[int, int], causes: dict) -> None:
    """Sort the misses of one sentence into causes (value level; unit and concept separately)."""
    g_left = [i for i in range(len(gold)) if i not in vm]
    used = set(vm.values())
    p_left = [j for j in range(len(preds)) if j not in used]

    def add(cause: str, detail: str) -> None:
        causes[cause].append((text, detail))

    claimed_p: set[int] = set()
    for i in g_left:
        g = gold[i]
        why, culprit = None, None
        if g.is_range:
            ends = [j for j in p_left if not preds[j].is_range and j not in claimed_p
                    and (close(preds[j].low, g.low) or close(preds[j].low, g.high))]
            lo = [j for j in ends if close(preds[j].low, g.low)]
            hi = [j for j in ends if close(preds[j].low, g.high) and j not in lo[:1]]
            if lo and hi:
                claimed_p.update((lo[0], hi[0]))
                how = ("between X and Y" if re.search(r"\bbetween\b", text, re.I)
                       else "from X to Y (a change)" if re.search(r"\bfrom\b", text, re.I) else "X to/or Y")
                add(f"gold range read as two scalars: {how}",
                    f"gold {g.raw_value} [{g.raw_unit}] / ours {preds[lo[0]].text!r} and {preds[hi[0]].text!r}")
                continue
        for j in p_left:
            p = preds[j]
            if j in claimed_p:
                continue
            if g.is_range and not p.is_range and (close(p.low, g.low) or close(p.low, g.high)):
                why, culprit = "gold range read as scalar", j
            elif not g.is_range and p.is_range and (close(p.low, g.low) or close(p.high, g.low)):
                why, culprit = "scalar read as a range (part of our range)", j
            elif g.is_range and p.is_range and (close(p.low, g.low) or close(p.high, g.high)):
                why, culprit = "range with a wrong end", j
            elif not g.is_range and not p.is_range and g.low and p.low and not close(p.low, g.low):
                r = abs(p.low / g.low)
                k = math.log10(r) if r > 0 else 0.5
                if abs(k - round(k)) < 1e-6 and round(k) != 0:
                    why, culprit = f"wrong scale (x1e{round(k)})", j
                elif close(p.low, -g.low):
                    why, culprit = "wrong sign", j
            if why:
                break
        if why:
            claimed_p.add(culprit)
            p = preds[culprit]
            add(why, f"gold {g.raw_value} [{g.raw_unit}] / ours {p.text!r} = {_fmt(p.low)}"
                     + (f"-{_fmt(p.high)}" if p.is_range else "") + f" ({p.kind}, {p.rule})")
        else:
            add(f"missed value: {missed_why(text, g)}", f"gold {g.raw_value} [{g.raw_unit}] "
                                                       f"concept {g.raw_concept!r}")
    for j in p_left:
        if j in claimed_p:
            continue
        p = preds[j]
        add(f"spurious value ({p.kind})", f"ours {p.text!r} = {_fmt(p.low)}" + (f"-{_fmt(p.high)}" if p.is_range else "")
            + f" unit {p.unit_name} ({p.rule})")


_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
          "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"]


def missed_why(text: str, g: Gold) -> str:
    """A guess at why a gold quantity was missed, from the sentence's surface (heuristic)."""
    t = text
    if g.is_range and re.search(r"\b(dozens|tens|hundreds|thousands|millions|billions)\b", t, re.I):
        return "vague plural (dozens / tens of thousands / millions of) as a power-of-ten range"
    if re.search(r"\b(minus|sub)-\d", t, re.I) and g.low < 0 or re.search(r"\bsub-\d", t, re.I):
        return "prefix glued to the number (minus-5, sub-300)"
    if re.search(r"(?<![\w$])(?:[A-Z]{2,3}|PS|Y=)\$?\d|\$(?:US|A)\d|\b[A-Z] \$\d", t):
        return "currency code glued to the number (USD10m, RM2.70, $US5, S $1mil) or mangled sign (PS, Y=)"
    if re.search(r"\d\s*[/\u2044]\s*\d", t) and not g.low.is_integer():
        return "fraction (1/2 pound, 1/16 of)"
    if re.search(r"\b\d[A-Z]\b", t) and g.low < 10:
        return "digit+letter token (5G, 4G)"
    v = g.low
    if v.is_integer() and 0 <= v <= 20:
        w = _SMALL[int(v)]
        if re.search(rf"\b{w}-\w", t, re.I):
            return "hyphenated number-word compound (four-cylinder, six-speed)"
        if re.search(rf"\b{w} of (the|his|her|its|my|their|our)\b", t, re.I):
            return "'one of the <noun>' (partitive of a number word)"
        if re.search(rf"\b{w}\b", t, re.I):
            return "number word before a noun (two sides, eight picks)"
        if v == 1 and re.search(r"\b(a|an)\b", t, re.I):
            return "'a/an' as one"
    if re.search(r"\b(dozen|dozens)\b", t, re.I):
        return "dozen(s)"
    if re.search(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand)\b.*\b(hundred|thousand)\b",
                 t, re.I):
        return "spelled-out compound number (twenty-eight thousand six hundred)"
    return f"other (gold unit {g.raw_unit})"


def evaluate(data: list[dict], preds: list[list[Pred]]) -> dict:
    n_gold = n_pred = 0
    tp = collections.Counter()
    causes: dict[str, list] = collections.defaultdict(list)
    for item, ps in zip(data, preds):
        gold = [parse_gold(q) for q in item["quantities"]]
        n_gold += len(gold)
        n_pred += len(ps)
        vm = match(gold, ps, value_ok)
        um = match(gold, ps, unit_ok)
        cm = match(gold, ps, concept_ok)
        tp["value"] += len(vm)
        tp["value+unit"] += len(um)
        tp["subject"] += len(cm)
        classify(item["text"], gold, ps, vm, causes)
        # unit and concept misses among value-matched pairs
        for i, j in vm.items():
            g, p = gold[i], ps[j]
            if g.unit not in p.units and i not in um:
                causes["unit mismatch"].append(
                    (item["text"], f"{p.text!r}: ours {p.unit_name} -> {'/'.join(sorted(p.units))}, gold {g.raw_unit}"))
            if i not in cm and not concept_ok(g, p):
                causes["subject mismatch"].append(
                    (item["text"], f"{p.text!r} ({p.kind}): ours {p.concept_text!r}, gold {g.raw_concept!r}"))
    scores = {m: prf(tp[m], n_gold, n_pred) for m in ("value", "value+unit", "subject")}
    return {"gold": n_gold, "predicted": n_pred, "tp": dict(tp), "scores": scores, "causes": causes}


def unit_pairs(causes: dict) -> collections.Counter:
    """Counts of (our unit -> gold unit) among the unit mismatches."""
    c = collections.Counter()
    for _, detail in causes.get("unit mismatch", []):
        m = re.search(r": ours (.*) -> .*, gold (.*)$", detail)
        if m:
            c[(m.group(1), m.group(2))] += 1
    return c


def print_report(name: str, res: dict, examples: int, only: Optional[str] = None, out=sys.stdout) -> None:
    print(f"NewsQuant: {res['gold']} gold quantities, {res['predicted']} predictions ({name})", file=out)
    print(f"{'metric':<12}{'P':>7}{'R':>7}{'F1':>7}", file=out)
    for m, (p, r, f) in res["scores"].items():
        print(f"{m:<12}{p:>7.1f}{r:>7.1f}{f:>7.1f}", file=out)
    print("\nmisses by cause (count):", file=out)
    for cause, items in sorted(res["causes"].items(), key=lambda kv: -len(kv[1])):
        if only and only not in cause:
            continue
        print(f"  {len(items):4d}  {cause}", file=out)
        for text, detail in items[:examples]:
            print(f"          {detail}\n            | {text[:160]}", file=out)
    if examples and (not only or "unit" in only):
        pairs = unit_pairs(res["causes"])
        if pairs:
            print("\nunit mismatches, ours -> gold:", file=out)
            for (a, b), n in pairs.most_common(40):
                print(f"  {n:4d}  {a} -> {b}", file=out)


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data", nargs="?", default=None, help=f"NewsQuant.json or its folder (default {DEFAULT_DATA}, "
                                                         "or $CLAIMCHECK_NEWSQUANT)")
    ap.add_argument("--tool", default="claimcheck", choices=["claimcheck", "quantulum3"])
    ap.add_argument("--examples", type=int, default=3, help="examples printed per cause (terminal only)")
    ap.add_argument("--cause", default=None, help="only print causes containing this text")
    ap.add_argument("--json", action="store_true", help="print the scores as JSON, nothing else")
    args = ap.parse_args(argv)
    if hasattr(signal, "SIGPIPE"):  # `| head` ends quietly
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    data = load(args.data)
    preds = run_tool(args.tool, [d["text"] for d in data])
    res = evaluate(data, preds)
    if args.json:
        print(json.dumps({"tool": args.tool, "gold": res["gold"], "predicted": res["predicted"],
                          "scores": res["scores"],
                          "causes": {k: len(v) for k, v in res["causes"].items()}}, indent=1))
    else:
        print_report(args.tool, res, args.examples, args.cause)
    return 0


if __name__ == "__main__":
    sys.exit(main())
