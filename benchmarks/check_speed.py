"""How fast ``claimcheck.check`` evaluates its rules, and how it grows with the claims.

Synthetic claims (built directly, no extraction) spread over many comparable keys:
about 8 claims per key from 4 documents, a mix of qualifiers, one in ten figures
disagreeing, some wholes with parts and some unit restatements, so every built-in rule
has work to do. Only ``check(documents=[], claims=...)`` is timed.

    python benchmarks/check_speed.py                 # 10k, 100k, 1M
    python benchmarks/check_speed.py 10000 50000     # other sizes
"""

from __future__ import annotations

import argparse
import gc
import random
import sys
import time

from claimcheck.conflicts.check import check
from claimcheck.models import Claim, Normalized, Span, TimeRef, Value

QUALIFIERS = ["exact"] * 6 + ["approximately"] * 2 + ["more than", "nearly", "vague"]
SUBJECTS = ["civilians", "residents", "fighters", "soldiers", "people", "refugees", "guards", "prisoners"]
PREDICATES = ["trapped", "killed", "wounded", "left", "displaced", "held"]
SENTENCE = "A synthetic sentence that stands for the evidence of a claim."


def _claim(n: int, doc: str, kind: str, subject: str, predicate: str, scope: str, low: float, high: float,
           qualifier: str, unit: str, *, part_of: str | None = None, start: int = 0) -> Claim:
    bounds = {"more than": (high, None), "nearly": (None, high)}.get(qualifier, (low, high))
    # model_construct: the records are known to be valid, and validating a million of
    # them would time pydantic, not the rules
    return Claim.model_construct(
        id=f"c-{n:010x}", kind=kind, unit=unit, surface_unit=unit, subject=subject, predicate=predicate, scope=scope,
        place=scope, attribution=None, hedges=(), part_of=part_of, parts=(), date_value=None, revision=False,
        value=Value.model_construct(point=low if low == high else None, low=low, high=high, qualifier=qualifier,
                                    min=bounds[0], max=bounds[1]),
        normalized=Normalized.model_construct(unit=unit, low=low, high=high, min=bounds[0], max=bounds[1]),
        time=TimeRef.model_construct(as_of=f"2020-{1 + n % 12:02d}", since=None, text=None, source="published", resolved=True),
        evidence=Span.model_construct(doc=doc, start=start, end=start + 6, text="12,345", sentence=SENTENCE,
                                      sentence_start=start),
        rule="<number>")


def synthetic(count: int, seed: int = 7) -> list[Claim]:
    """``count`` claims, about 8 per key."""
    rnd = random.Random(seed)
    out: list[Claim] = []
    n = 0
    key = 0
    while n < count:
        subject = SUBJECTS[key % len(SUBJECTS)]
        predicate = PREDICATES[(key // len(SUBJECTS)) % len(PREDICATES)]
        scope = f"place-{key}"
        base = rnd.randint(100, 100_000)
        for j in range(8):
            doc = f"doc-{key % 5000}-{j % 4}"
            q = rnd.choice(QUALIFIERS)
            v = base * (rnd.choice((1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.0, 1.9)))
            low, high = (v, v) if q != "vague" else (v * 0.5, v * 2)
            out.append(_claim(n, doc, "count", subject, predicate, scope, low, high, q, "person", start=j * 100))
            n += 1
        if key % 10 == 0:  # a whole and two parts in one document
            doc = f"doc-{key % 5000}-0"
            whole = _claim(n, doc, "count", "trucks", None, scope, 14, 14, "exact", "vehicle", start=2000)
            out.append(whole)
            out.append(_claim(n + 1, doc, "count", "trucks", "stuck", scope, 9, 9, "exact", "vehicle", part_of=whole.id, start=2100))
            out.append(_claim(n + 2, doc, "count", "trucks", "retreated", scope, 4, 4, "exact", "vehicle", part_of=whole.id,
                              start=2200))
            n += 3
        if key % 10 == 5:  # a distance restated in miles in one sentence
            doc = f"doc-{key % 5000}-1"
            out.append(_claim(n, doc, "distance", None, None, scope, 10, 10, "exact", "km", start=3000))
            n += 1
        key += 1
    return out[:count]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("sizes", nargs="*", type=int, default=[10_000, 100_000, 1_000_000])
    args = ap.parse_args(argv)
    rows = []
    check([], claims=synthetic(2_000))  # warm up: the lexicon loads once per process
    for size in args.sizes:
        t0 = time.perf_counter()
        claims = synthetic(size)
        built = time.perf_counter() - t0
        gc.collect()
        gc.disable()  # the claims live until the end: the collector would only rescan them
        t0 = time.perf_counter()
        report = check([], claims=claims)
        took = time.perf_counter() - t0
        gc.enable()
        rows.append((size, took, size / took, len(report.conflicts), built))
        print(f"  {size:>9,} claims: {took:7.2f} s ({len(report.conflicts):,} conflicts; built in {built:.1f} s)", file=sys.stderr)
        del claims, report
        gc.collect()
    print("| claims | check (s) | claims/s | conflicts | s per 1k claims vs smallest |")
    print("|---:|---:|---:|---:|---:|")
    unit = rows[0][1] / rows[0][0]
    for size, took, rate, conflicts, _ in rows:
        print(f"| {size:,} | {took:.2f} | {rate:,.0f} | {conflicts:,} | {took / size / unit:.2f}x |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
