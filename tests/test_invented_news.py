"""Invented multi-event news (benchmarks/invented: twelve topics, two events each, with gold
conflicts written without the tool): what was reached stays reached."""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.events import run_topic, score_gold  # noqa: E402

INVENTED = ROOT / "benchmarks" / "invented"


def test_invented_news_keeps_its_precision_and_recall_and_no_event_spills_into_another():
    found = true = cross = recalled = clear = 0
    for topic in sorted((INVENTED / "corpus").iterdir()):
        res, report = run_topic(topic)
        gold = score_gold(yaml.safe_load((INVENTED / "gold" / f"{topic.name}.yaml").read_text(encoding="utf-8")), report)
        found, true, cross = found + gold["found"], true + gold["true"] + gold["arguable"], cross + len(res.cross)
        recalled, clear = recalled + gold["recalled"], clear + gold["gold_clear"]
    assert clear == 101 and found >= 1
    assert true / found >= 0.85, f"precision {true}/{found}"
    assert recalled / clear >= 0.33, f"recall {recalled}/{clear}"
    assert cross <= 1, f"{cross} conflicts across the two events of a topic"
