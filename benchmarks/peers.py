"""claimcheck against quantulum3: speed, load time, memory and NewsQuant accuracy, in one run.

Each tool runs in its own child process (so load time and peak memory are its own):
  1. load: import + one first call;
  2. NewsQuant: every sentence, one call each (no publication date);
  3. articles: the fixtures repeated to about 1 MB, one call per article (claimcheck with
     the publication date, so normalization is on).
The parent scores the NewsQuant predictions with benchmarks/newsquant.py and writes both
tables to benchmarks/RESULTS.md (nothing from NewsQuant but the scores).

    pip install -e '.[bench]'         # quantulum3
    python benchmarks/peers.py        # writes benchmarks/RESULTS.md
    python benchmarks/peers.py --mb 0.2 --no-write
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import json
import os
import platform
import resource
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import newsquant  # noqa: E402
from extract_speed import WARM_UP, corpus  # noqa: E402

TOOLS = ("claimcheck", "quantulum3")
RESULTS = HERE / "RESULTS.md"


# --------------------------------------------------------------------------- child

def _child(tool: str, data: str, mb: float) -> dict:
    t0 = time.perf_counter()
    if tool == "claimcheck":
        from claimcheck import Document, extract

        extract(WARM_UP, dt.date(2023, 10, 16))

        def on_sentence(s):
            return extract(s)

        def on_article(doc_id, text, published):
            return extract(Document(id=doc_id, text=text, published=published))

        to_preds = newsquant.claimcheck_preds
    elif tool == "quantulum3":
        import warnings

        warnings.filterwarnings("ignore")
        from quantulum3 import parser

        parser.parse(WARM_UP)

        def on_sentence(s):
            return parser.parse(s)

        def on_article(doc_id, text, published):
            return parser.parse(text)

        to_preds = newsquant.quantulum_preds
    else:
        raise SystemExit(f"unknown tool {tool}")
    load = time.perf_counter() - t0

    sentences = [d["text"] for d in newsquant.load(data)]
    t0 = time.perf_counter()
    raw = [on_sentence(s) for s in sentences]
    s_secs = time.perf_counter() - t0
    preds = [to_preds(r) for r in raw]
    s_claims = sum(len(r) for r in raw)

    docs = corpus(int(mb * 1e6))
    t0 = time.perf_counter()
    a_claims = sum(len(on_article(*d)) for d in docs)
    a_secs = time.perf_counter() - t0

    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux
    if sys.platform == "darwin":
        rss_kb /= 1024
    return {
        "tool": tool, "load_s": load, "peak_mb": rss_kb / 1024,
        "sentences": {"n": len(sentences), "chars": sum(map(len, sentences)), "secs": s_secs, "claims": s_claims},
        "articles": {"n": len(docs), "chars": sum(len(t) for _, t, _ in docs), "secs": a_secs, "claims": a_claims},
        "preds": [[_pred_json(p) for p in ps] for ps in preds],
    }


def _pred_json(p: newsquant.Pred) -> dict:
    # every field, so the parent scores exactly what the child predicted
    d = dataclasses.asdict(p)
    d["units"], d["concept"] = sorted(p.units), sorted(p.concept)
    return d


def _pred_from(d: dict) -> newsquant.Pred:
    return newsquant.Pred(**{**d, "units": frozenset(d["units"]), "concept": frozenset(d["concept"])})


# --------------------------------------------------------------------------- parent

def run_child(tool: str, data: str, mb: float) -> dict:
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", tool, "--data", data, "--mb", str(mb)]
    out = subprocess.run(cmd, capture_output=True, text=True)
    if out.returncode != 0:
        raise SystemExit(f"{tool} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout)


def _rate(x: float) -> str:
    return f"{x:,.0f}"


def speed_table(res: dict[str, dict]) -> list[str]:
    base = res.get("quantulum3")
    lines = ["| tool | input | chars | claims | seconds | chars/s | claims/s | x quantulum3 (chars/s) | load (s) | peak memory (MB) |",
             "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for tool, r in res.items():
        for mode, label in (("sentences", "NewsQuant sentences, one call each"), ("articles", "articles (fixtures to ~1 MB)")):
            m = r[mode]
            cps = m["chars"] / m["secs"]
            rel = cps / (base[mode]["chars"] / base[mode]["secs"]) if base else float("nan")
            lines.append(f"| {tool} | {label} | {m['chars']:,} | {m['claims']:,} | {m['secs']:.2f} | {_rate(cps)} | "
                         f"{_rate(m['claims'] / m['secs'])} | {rel:.1f} | {r['load_s']:.2f} | {r['peak_mb']:.0f} |")
    return lines


def accuracy_table(scores: dict[str, dict]) -> list[str]:
    lines = ["| system | value P / R / F1 | value+unit P / R / F1 | subject P / R / F1 | predictions |",
             "|---|---|---|---|---:|"]
    for tool, res in scores.items():
        s = res["scores"]
        subj = "n/a (no concepts)" if tool == "quantulum3" else " / ".join(f"{x:.1f}" for x in s["subject"])
        lines.append(f"| {tool} (this harness) | {' / '.join(f'{x:.1f}' for x in s['value'])} | "
                     f"{' / '.join(f'{x:.1f}' for x in s['value+unit'])} | {subj} | {res['predicted']} |")
    lines += ["| CQE (authors' figures, their scoring) | 92.0 / 91.9 / 92.0 | 85.6 / 85.5 / 85.6 | "
              "value+concept partial 76.1 F1 | - |",
              "| quantulum3 (authors' figures, their scoring) | 65.0 / 83.3 / 73.0 | 42.1 / 53.9 / 47.2 | - | - |"]
    return lines


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{platform.platform()}, {cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", default=str(newsquant.data_path()), help="NewsQuant.json (or $CLAIMCHECK_NEWSQUANT)")
    ap.add_argument("--mb", type=float, default=1.0, help="article input size in MB, default 1")
    ap.add_argument("--tools", default=",".join(TOOLS))
    ap.add_argument("--no-write", action="store_true", help="print the tables, do not write RESULTS.md")
    ap.add_argument("--child", default=None, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.child:
        json.dump(_child(args.child, args.data, args.mb), sys.stdout)
        return 0

    data = newsquant.load(args.data)
    res, scores = {}, {}
    for tool in args.tools.split(","):
        print(f"running {tool} ...", file=sys.stderr)
        r = run_child(tool, args.data, args.mb)
        preds = [[_pred_from(p) for p in ps] for ps in r.pop("preds")]
        res[tool] = r
        scores[tool] = newsquant.evaluate(data, preds)

    cmd = "python benchmarks/peers.py" + (f" --mb {args.mb:g}" if args.mb != 1.0 else "")
    speed = speed_table(res)
    acc = accuracy_table(scores)
    print("\n".join(speed + [""] + acc))
    if args.no_write:
        return 0
    text = "\n".join([
        "# Benchmark results",
        "",
        "Generated by the scripts in this folder (`make bench`); do not edit by hand.",
        "",
        f"- date: {dt.datetime.now().strftime('%Y-%m-%d %H:%M')}",
        f"- machine: {machine()}",
        f"- command: `{cmd}` (speed and accuracy), `python benchmarks/extract_speed.py` (5 MB)",
        "",
        "## Speed against quantulum3",
        "",
        "One child process per tool: load = import + first call; peak memory = ru_maxrss of the child "
        "(both inputs). claimcheck reads articles with their publication date (normalization on).",
        "",
        *speed,
        "",
        "## Accuracy on NewsQuant (904 quantities in 590 sentences)",
        "",
        "Scored by `benchmarks/newsquant.py` (one-to-one pairing, ranges only match ranges, "
        "dates ignored); rules and unit mapping in benchmarks/README.md. The authors' figures use "
        "their own scoring (see the data's README) and are given for reference only.",
        "",
        *acc,
        "",
    ])
    extra = os.environ.get("CLAIMCHECK_SPEED_OUTPUT")
    if extra and Path(extra).exists():
        text += "\n## Extraction speed, 5 MB (`python benchmarks/extract_speed.py`)\n\n```\n" + \
                Path(extra).read_text().strip() + "\n```\n"
    RESULTS.write_text(text, encoding="utf-8")
    print(f"\nwrote {RESULTS}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
