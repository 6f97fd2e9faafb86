"""Snapshot every output claimcheck gives on our test inputs, and compare two snapshots.

A refactor must not change what claimcheck says. This writes, into a folder:

  extract-fixtures.jsonl   `claimcheck extract` records of fixtures/ (and its subfolders)
  extract-seeds.jsonl      ... of the seed articles (../shared/seeds or $CLAIMCHECK_SEEDS)
  extract-newsquant.jsonl  ... of every NewsQuant sentence (../shared/benchmarks/newsquant)
  check-<set>.json         the `claimcheck check` report of each folder

and compares two such folders line by line (the third-party outputs stay outside the
repository: write them under /tmp).

    python benchmarks/outputs.py snapshot /tmp/before      # on the commit before
    python benchmarks/outputs.py snapshot /tmp/after       # on the commit after
    python benchmarks/outputs.py compare /tmp/before /tmp/after
    python benchmarks/outputs.py compare /tmp/before /tmp/after --ignore-field grammar

`--ignore-field NAME` (repeatable) drops the key NAME from every JSON object, at any depth,
of both snapshots before comparing: for a change that adds or alters one field on purpose
(the `grammar` version every claim records was added after snapshots were taken, and bumps
when the grammar changes) and must leave everything else byte-identical. Without it the
files are compared as text, byte for byte.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Iterator

import claimcheck

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def _folders() -> dict[str, Path]:
    sets = {"fixtures": ROOT / "fixtures"}
    sets.update({f"fixtures-{p.name}": p for p in sorted((ROOT / "fixtures").iterdir()) if (p / "expected.yaml").exists()})
    seeds = Path(os.environ.get("CLAIMCHECK_SEEDS", SHARED / "seeds"))
    if seeds.is_dir():
        sets["seeds"] = seeds
    return sets


def _documents(folder: Path) -> list[claimcheck.Document]:
    meta = folder / "expected.yaml"
    docs = claimcheck.load_documents(folder)
    if not (folder / "meta.yaml").exists() and meta.exists():  # the seeds keep their dates in expected.yaml
        import yaml

        info = yaml.safe_load(meta.read_text(encoding="utf-8")).get("documents", {})
        docs = [d.model_copy(update={k: v for k, v in info.get(d.id, {}).items() if k in ("published", "outlet")}) for d in docs]
    return docs


def _newsquant() -> Iterator[claimcheck.Document]:
    path = Path(os.environ.get("CLAIMCHECK_NEWSQUANT", SHARED / "benchmarks" / "newsquant" / "NewsQuant.json"))
    if path.is_dir():
        path = path / "NewsQuant.json"
    if not path.exists():
        return
    for k, row in enumerate(json.loads(path.read_text(encoding="utf-8"))):
        yield claimcheck.Document(id=f"newsquant-{k}", text=row["text"])


def _jsonl(claims) -> str:
    return "".join(json.dumps(c.flat(), ensure_ascii=False, sort_keys=True) + "\n" for c in claims)


def snapshot(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, folder in _folders().items():
        docs = _documents(folder)
        claims = claimcheck.extract_many(docs)
        (out / f"extract-{name}.jsonl").write_text(_jsonl(claims), encoding="utf-8")
        report = claimcheck.check(docs, claims=claims)
        (out / f"check-{name}.json").write_text(report.model_dump_json(indent=1), encoding="utf-8")
    nq = list(_newsquant())
    if nq:
        (out / "extract-newsquant.jsonl").write_text(_jsonl(claimcheck.extract_many(nq)), encoding="utf-8")
    print(f"wrote {len(list(out.iterdir()))} files to {out}")


def _without(value, fields: frozenset[str]):
    """``value`` with the keys ``fields`` dropped from every object in it."""
    if isinstance(value, dict):
        return {k: _without(v, fields) for k, v in value.items() if k not in fields}
    if isinstance(value, list):
        return [_without(v, fields) for v in value]
    return value


def _lines(path: Path, ignore: frozenset[str]) -> list[str]:
    """The lines of a snapshot file; with fields to ignore, its JSON written again without them
    (a record a line, as the JSONL files are; indented by one, as the reports are)."""
    text = path.read_text(encoding="utf-8")
    if not ignore:
        return text.splitlines()
    if path.suffix == ".jsonl":
        return [json.dumps(_without(json.loads(line), ignore), ensure_ascii=False, sort_keys=True) for line in text.splitlines()]
    return json.dumps(_without(json.loads(text), ignore), ensure_ascii=False, indent=1).splitlines()


def compare(a: Path, b: Path, ignore: frozenset[str] = frozenset()) -> int:
    names = sorted({p.name for p in a.iterdir()} | {p.name for p in b.iterdir()})
    changed = 0
    if ignore:
        print(f"ignoring the field(s) {', '.join(sorted(ignore))}")
    for name in names:
        pa, pb = a / name, b / name
        if not (pa.exists() and pb.exists()):
            print(f"{name}: only in {'the first' if pa.exists() else 'the second'}")
            changed += 1
            continue
        la, lb = _lines(pa, ignore), _lines(pb, ignore)
        diff = [(k, x, y) for k, (x, y) in enumerate(zip(la, lb)) if x != y]
        if diff or len(la) != len(lb):
            changed += 1
            print(f"{name}: {len(diff)} lines differ, {len(la)} against {len(lb)} lines")
            for k, x, y in diff[:3]:
                print(f"  line {k + 1}:\n    - {x[:200]}\n    + {y[:200]}")
        else:
            print(f"{name}: identical ({len(la)} lines)")
    return 1 if changed else 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    sub.add_parser("snapshot").add_argument("out", type=Path)
    cmp_ = sub.add_parser("compare")
    cmp_.add_argument("a", type=Path)
    cmp_.add_argument("b", type=Path)
    cmp_.add_argument("--ignore-field", action="append", default=[], metavar="NAME",
                      help="drop this key from every JSON object before comparing (repeatable)")
    args = ap.parse_args(argv)
    if args.cmd == "snapshot":
        snapshot(args.out)
        return 0
    return compare(args.a, args.b, frozenset(args.ignore_field))


if __name__ == "__main__":
    sys.exit(main())
