"""How fast ``claimcheck.extract`` reads news articles, with normalization on.

The fixtures (fixtures/*.txt) are repeated, whole, until the input reaches the target size
(default 5 MB); each copy is one document with its publication date (from the file name),
so dates resolve and figures are normalized, as in production. One process, one core.

    python benchmarks/extract_speed.py                 # 5 MB
    python benchmarks/extract_speed.py --mb 1
    python benchmarks/extract_speed.py --profile 25    # cProfile, top 25 by cumulative time
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
# the first call: a count, a converted unit (loads the pint registry) and a relative date
WARM_UP = "On Monday 12 people were hurt 5 miles from the port, 3 per cent of the crew."


def fixture_articles(folder: Path = FIXTURES) -> list[tuple[str, str, dt.date]]:
    """(id, text, published) of each fixture article; the date is in the file name."""
    out = []
    for p in sorted(folder.glob("*.txt")):
        m = re.search(r"(\d{4}-\d{2}-\d{2})", p.stem)
        published = dt.date.fromisoformat(m.group(1)) if m else dt.date(2023, 10, 16)
        out.append((p.stem, p.read_text(encoding="utf-8"), published))
    if not out:
        raise SystemExit(f"no fixtures in {folder}")
    return out


def corpus(target_bytes: int, folder: Path = FIXTURES) -> list[tuple[str, str, dt.date]]:
    """The fixtures repeated (round robin) until their UTF-8 size reaches target_bytes."""
    base = fixture_articles(folder)
    docs, size, i = [], 0, 0
    while size < target_bytes:
        name, text, published = base[i % len(base)]
        docs.append((f"{name}#{i // len(base)}", text, published))
        size += len(text.encode("utf-8"))
        i += 1
    return docs


def run(docs, extract, Document) -> tuple[float, int]:
    t0 = time.perf_counter()
    n = 0
    for doc_id, text, published in docs:
        n += len(extract(Document(id=doc_id, text=text, published=published)))
    return time.perf_counter() - t0, n


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--mb", type=float, default=5.0, help="input size in MB (10^6 bytes), default 5")
    ap.add_argument("--fixtures", default=str(FIXTURES))
    ap.add_argument("--profile", type=int, default=0, metavar="N", help="profile with cProfile, print the top N")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    from claimcheck import Document, extract
    extract(WARM_UP, dt.date(2023, 10, 16))
    load = time.perf_counter() - t0

    docs = corpus(int(args.mb * 1e6), Path(args.fixtures))
    chars = sum(len(t) for _, t, _ in docs)
    nbytes = sum(len(t.encode("utf-8")) for _, t, _ in docs)
    gc.collect()
    if args.profile:
        import cProfile
        import pstats
        prof = cProfile.Profile()
        prof.enable()
        secs, claims = run(docs, extract, Document)
        prof.disable()
        print(f"(profiled: {secs:.2f} s with profiler overhead)")
        pstats.Stats(prof).sort_stats("cumulative").print_stats(args.profile)
        pstats.Stats(prof).sort_stats("tottime").print_stats(args.profile)
        return 0
    secs, claims = run(docs, extract, Document)
    print(f"input      {len(docs)} documents, {chars:,} characters, {nbytes / 1e6:.2f} MB (normalization on)")
    print(f"load       {load:.2f} s (import + first call)")
    print(f"time       {secs:.2f} s")
    print(f"chars/s    {chars / secs:,.0f}")
    print(f"MB/s       {nbytes / 1e6 / secs:.3f}")
    print(f"claims     {claims:,} ({claims / secs:,.0f} claims/s)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
