"""Conflicts on real multi-event news: the ECB+ development set.

Each ECB+ topic holds articles about two different real events of one type (A files
``<t>_<n>ecb.txt``, B files ``<t>_<n>ecbplus.txt``; ``events.yaml`` lists them). This
script runs ``claimcheck.check`` over each topic with both events together, as a
newsroom's archive would hold them, and reports per topic and in total:

  conflicts   every conflict found
  cross       conflicts whose sides hold figures from an A file and a B file: two
              different events compared, almost always false

With gold (``benchmarks/ecbplus_gold/topicNN.yaml``, see its README) it also scores, on
the annotated topics:

  conflict precision   found conflicts that match a gold conflict (clear or arguable) /
                       found conflicts (those matching only an arguable one are left out
                       of both counts)
  conflict recall      clear gold conflicts found / clear gold conflicts
  figures              gold figures read by a claim of the same kind and value (the
                       claim's span overlaps the figure's) / gold figures; an age the gold
                       calls a count is read as a measure in years of age, a ratio the
                       gold writes 0.5 as the percentage 50, and a pair the gold writes as
                       one string ("10-5", a win-loss record) as its two numbers' counts

A found conflict matches a gold pair when one gold figure overlaps a claim on one side and
the other figure a claim on the other side (same document, overlapping offsets). A gold
conflict stands for every pair of articles making its two statements: gold figures of the
same event, kind and value with the same ``what`` are one statement (``--strict``: only the
pair listed).

ECB+ is third-party text: it is read from ``../shared/benchmarks/ecbplus`` (or
``$CLAIMCHECK_ECBPLUS``) and only ever printed to the terminal.

    python benchmarks/events.py                  # the table
    python benchmarks/events.py --show cross     # print every cross-event conflict
    python benchmarks/events.py --show all --topics 12,36
    python benchmarks/events.py --json
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import yaml

import claimcheck

HERE = Path(__file__).resolve().parent
DEFAULT_DATA = HERE.parents[1] / "shared" / "benchmarks" / "ecbplus"
GOLD = HERE / "ecbplus_gold"


def data_dir(arg: Optional[str] = None) -> Path:
    return Path(arg or os.environ.get("CLAIMCHECK_ECBPLUS") or DEFAULT_DATA)


@dataclass
class TopicResult:
    topic: str
    docs: int
    claims: int
    conflicts: list = field(default_factory=list)
    cross: list = field(default_factory=list)
    gold: Optional[dict] = None        # the scores on gold, when annotated
    pairs: tuple[int, int, int, int] = (0, 0, 0, 0)  # article pairs: same event & grouped, same only, grouped only, neither


def event_of(topic_dir: Path) -> dict[str, str]:
    ev = yaml.safe_load((topic_dir / "events.yaml").read_text(encoding="utf-8"))
    return {f: side for side in ("A", "B") for f in ev.get(side) or ()}


def run_topic(topic_dir: Path) -> tuple[TopicResult, claimcheck.Report]:
    docs = claimcheck.load_documents(topic_dir)
    report = claimcheck.check(docs)
    side = event_of(topic_dir)
    docs_of = {c.id: c.doc for c in report.claims}
    res = TopicResult(topic_dir.name, len(docs), len(report.claims), list(report.conflicts))
    res.pairs = _grouping(docs, report, side)
    for c in report.conflicts:
        sides = [{side.get(docs_of[i], "?") for i in s.claims} for s in c.sides] or [{side.get(r.doc) for r in c.claims}]
        if set().union(*sides) >= {"A", "B"}:
            res.cross.append(c)
    return res, report


def _grouping(docs, report: claimcheck.Report, side: dict[str, str]) -> tuple[int, int, int, int]:
    """How check grouped the articles' main events, against events.yaml, over article pairs."""
    try:
        from claimcheck.conflicts.check import Config
        from claimcheck.conflicts.event_groups import events_across
    except ImportError:  # a claimcheck from before events: every article one event
        return 0, 0, 0, 0
    if not hasattr(Config(), "events"):
        return 0, 0, 0, 0
    from claimcheck.conflicts.event_groups import article_names, name_stopwords

    lex = claimcheck.default_lexicon()
    stop = name_stopwords(lex)
    names_of = {d.id: article_names(d, stop) for d in docs}
    resolved = events_across(names_of, {d.id: d.published for d in docs}, report.claims, Config().events, lex).resolved
    ids = sorted(d for d in resolved if d in side)
    both = same_only = grouped_only = neither = 0
    for i, a in enumerate(ids):
        for b in ids[i + 1:]:
            same, grouped = side[a] == side[b], resolved[a] == resolved[b]
            both += same and grouped
            same_only += same and not grouped
            grouped_only += grouped and not same
            neither += not same and not grouped
    return both, same_only, grouped_only, neither


# -- gold -------------------------------------------------------------------------------
def _overlaps(claim, fig: dict) -> bool:
    return claim.doc == fig["doc"] and claim.evidence.start < fig["end"] and fig["start"] < claim.evidence.end


def _stands_for(claim, fig: dict) -> bool:
    """A claim stands for a gold figure that it overlaps, or that its article's headline
    repeats (the gold marks a figure once, in the body; a headline restates it)."""
    return _overlaps(claim, fig) or claim.doc == fig["doc"] and claim.evidence.sentence_start == 0 \
        and claim.evidence.start < fig["start"] and _value_ok(claim, fig)


def _matches(conflict, pair: tuple[dict, dict], by_id: dict) -> bool:
    sides = [[by_id[i] for i in s.claims if i in by_id] for s in conflict.sides]
    if len(sides) < 2:
        return False
    a, b = pair
    return any(any(_stands_for(c, a) for c in sides[i]) and any(_stands_for(c, b) for c in sides[1 - i]) for i in (0, 1))


def _value_ok(claim, fig: dict) -> bool:
    v = fig["value"]
    if isinstance(v, str) or (isinstance(v, list) and not all(isinstance(x, (int, float)) for x in v)):
        return claim.kind == fig.get("kind")  # a date or a score written as text: the kind alone
    lo, hi = (v, v) if not isinstance(v, list) else v
    tol = lambda x, y: abs(x - y) <= 1e-6 * max(1.0, abs(y))
    kind = fig.get("kind")
    if claim.kind == "date":
        return kind == "date"
    scale = 1.0
    if kind == "ratio" and claim.kind == "percentage":
        scale = 0.01  # "half" annotated as the ratio 0.5, read as 50%
    elif claim.unit == "year of age" and kind in ("count", "measure", "duration"):
        kind = claim.kind  # gold counts an age; claimcheck reads it as a measure in years of age
    return claim.kind == kind and tol(claim.value.low * scale, lo) and tol(claim.value.high * scale, hi)


def _read(fig: dict, claims) -> bool:
    """Whether a gold figure is read with its kind and value. A pair annotated as one string
    ("10-5", a win-loss record; "29-34", completions of attempts) is read when its two
    numbers are read as counts, as claimcheck reads a record."""
    over = [c for c in claims if _overlaps(c, fig)]
    pair = _PAIR.fullmatch(fig["value"]) if isinstance(fig["value"], str) and fig.get("kind") != "date" else None
    if pair:
        return sorted(c.value.low for c in over if c.kind == "count") == sorted(float(x) for x in pair.groups())
    return any(_value_ok(c, fig) for c in over)


_PAIR = re.compile(r"(\d+)-(\d+)")


def _statement(f: dict) -> tuple:
    """What a gold figure states: the same event, kind, value and description (``what``,
    written once by the annotator for one quantity) in another article is the same statement."""
    return f["event"], f["kind"], str(f["value"]), " ".join(str(f["what"]).lower().split())


def _pairs_of(gold: dict, figs: dict, certainty: str, strict: bool) -> list[list[tuple[dict, dict]]]:
    """Each gold conflict of one certainty as the figure pairs that stand for it: the pair
    listed, and (unless ``strict``) every pair of articles making the same two statements
    (the gold lists "six rifles" in one article against "14" in another; a third article
    saying "six rifles" word for word disagrees with the second just as much)."""
    same: dict[tuple, list[dict]] = {}
    for f in figs.values():
        same.setdefault(_statement(f), []).append(f)
    out = []
    for g in gold.get("conflicts") or ():
        if g.get("certainty", "clear") != certainty:
            continue
        a, b = (figs[x] for x in g["pair"])
        if strict:
            out.append([(a, b)])
        else:
            out.append([(x, y) for x in same[_statement(a)] for y in same[_statement(b)] if x["doc"] != y["doc"]])
    return out


def score_gold(gold: dict, report: claimcheck.Report, strict: bool = False) -> dict:
    figs = {f["id"]: f for f in gold.get("figures") or ()}
    by_id = {c.id: c for c in report.claims}
    clear = _pairs_of(gold, figs, "clear", strict)
    arguable = [p for ps in _pairs_of(gold, figs, "arguable", strict) for p in ps]
    true_pos = arguable_only = 0
    false_pos = []
    for c in report.conflicts:
        if any(_matches(c, p, by_id) for ps in clear for p in ps):
            true_pos += 1
        elif any(_matches(c, p, by_id) for p in arguable):
            arguable_only += 1
        else:
            false_pos.append(c)
    found = sum(any(_matches(c, p, by_id) for c in report.conflicts for p in ps) for ps in clear)
    read = sum(_read(f, report.claims) for f in figs.values())
    return {"found": len(report.conflicts), "true": true_pos, "arguable": arguable_only, "false": false_pos,
            "gold_clear": len(clear), "recalled": found, "figures": len(figs), "figures_read": read}


# -- the table ----------------------------------------------------------------------------
def _show(c, report) -> None:
    by_id = {x.id: x for x in report.claims}
    print(f"  [{c.severity}] {c.key}")
    print(f"    {c.explanation}")
    for s in c.sides:
        for i in s.claims[:3]:
            cl = by_id.get(i)
            if cl is not None:
                print(f"      {cl.doc} {cl.text!r} event={getattr(cl, 'event', None)}: {cl.evidence.sentence.strip()[:160]}")


def main(argv: Optional[list[str]] = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", help="the ecbplus folder (default ../shared/benchmarks/ecbplus or $CLAIMCHECK_ECBPLUS)")
    ap.add_argument("--topics", help="comma-separated topic numbers or folder names (default: all)")
    ap.add_argument("--gold", help="the gold folder (default benchmarks/ecbplus_gold): another set of topics "
                                   "laid out as ECB+'s, with gold in the same format")
    ap.add_argument("--show", choices=("cross", "all", "false"), help="print conflicts (cross-event, all, or false on gold)")
    ap.add_argument("--json", action="store_true", help="the figures only, as JSON")
    ap.add_argument("--strict", action="store_true", help="match gold conflicts only by the article pairs listed, not "
                                                          "by other articles making the same two statements")
    args = ap.parse_args(argv)
    root = data_dir(args.data)
    if not root.is_dir():
        print(f"events.py: no ECB+ data at {root} (set $CLAIMCHECK_ECBPLUS)", file=sys.stderr)
        return 2
    wanted = {f"topic{int(t):02d}" if t.isdigit() else t for t in args.topics.split(",")} if args.topics else None
    gold_dir = Path(args.gold) if args.gold else GOLD
    results = []
    for topic_dir in sorted(p for p in root.iterdir() if p.is_dir() and (wanted is None or p.name in wanted)):
        res, report = run_topic(topic_dir)
        gold_file = gold_dir / f"{topic_dir.name}.yaml"
        if gold_file.exists():
            res.gold = score_gold(yaml.safe_load(gold_file.read_text(encoding="utf-8")), report, args.strict)
        results.append(res)
        if args.show and not args.json:
            chosen = {"cross": res.cross, "all": res.conflicts, "false": (res.gold or {}).get("false", [])}[args.show]
            if chosen:
                print(f"== {res.topic}: {len(chosen)} {args.show}")
                for c in chosen:
                    _show(c, report)
    totals = _totals(results)
    if args.json:
        print(json.dumps(totals, indent=2))
        return 0
    _table(results, totals)
    return 0


def _totals(results: list[TopicResult]) -> dict:
    g = [r.gold for r in results if r.gold]
    t = {"topics": len(results), "docs": sum(r.docs for r in results), "claims": sum(r.claims for r in results),
         "conflicts": sum(len(r.conflicts) for r in results), "cross_event": sum(len(r.cross) for r in results)}
    both, same_only, grouped_only, neither = (sum(r.pairs[k] for r in results) for k in range(4))
    t["grouping"] = {"same_event_pairs_grouped": round(both / max(1, both + same_only), 3),
                     "different_event_pairs_grouped": round(grouped_only / max(1, grouped_only + neither), 3)}
    if g:
        judged = sum(x["true"] + len(x["false"]) for x in g)
        clear = sum(x["gold_clear"] for x in g)
        t.update({"gold_topics": len(g), "gold_found": sum(x["found"] for x in g), "gold_true": sum(x["true"] for x in g),
                  "gold_false": sum(len(x["false"]) for x in g), "gold_arguable": sum(x["arguable"] for x in g),
                  "precision": round(sum(x["true"] for x in g) / judged, 3) if judged else None,
                  "recall": round(sum(x["recalled"] for x in g) / clear, 3) if clear else None,
                  "gold_conflicts": clear,
                  "figures_read": round(sum(x["figures_read"] for x in g) / max(1, sum(x["figures"] for x in g)), 3)})
    return t


def _table(results: list[TopicResult], t: dict) -> None:
    print(f"{'topic':8} {'docs':>4} {'claims':>6} {'confl':>5} {'cross':>5}   gold: {'true':>4} {'false':>5} {'arg':>3} {'recall':>7} {'figures':>8}")
    for r in results:
        g = r.gold
        gold = (f"{g['true']:>4} {len(g['false']):>5} {g['arguable']:>3} {g['recalled']:>3}/{g['gold_clear']:<3} "
                f"{g['figures_read']:>3}/{g['figures']:<3}") if g else ""
        print(f"{r.topic:8} {r.docs:>4} {r.claims:>6} {len(r.conflicts):>5} {len(r.cross):>5}         {gold}")
    print(f"{'total':8} {t['docs']:>4} {t['claims']:>6} {t['conflicts']:>5} {t['cross_event']:>5}")
    g = t["grouping"]
    print(f"grouping: {g['same_event_pairs_grouped']:.1%} of article pairs of one event share a resolved event, "
          f"{g['different_event_pairs_grouped']:.1%} of pairs of two events do")
    if "precision" in t:
        print(f"gold ({t['gold_topics']} topics): precision {t['precision']} ({t['gold_true']} true, {t['gold_false']} false, "
              f"{t['gold_arguable']} arguable), recall {t['recall']} of {t['gold_conflicts']}, figures read {t['figures_read']}")


if __name__ == "__main__":
    sys.exit(main())
