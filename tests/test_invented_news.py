"""Invented multi-event news (benchmarks/invented: thirteen sets of topics, two events each, with
gold conflicts written without the tool): what was reached stays reached."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.events import run_topic, score_gold  # noqa: E402

INVENTED = ROOT / "benchmarks" / "invented"
SETS = {"set 1": (range(1, 13), 101, 0.95, 0.34, 1), "set 2": (range(13, 25), 110, 0.85, 0.2, 1),
        "set 3": (range(25, 33), 76, 0.9, 0.32, 1), "set 4": (range(33, 41), 84, 0.95, 0.25, 1),
        "set 5": (range(41, 49), 95, 0.95, 0.24, 1), "set 6": (range(49, 57), 68, 0.9, 0.3, 0),
        "set 7": (range(57, 65), 63, 0.95, 0.17, 0), "set 8": (range(65, 73), 50, 0.95, 0.22, 0),
        "set 9": (range(73, 81), 66, 0.85, 0.16, 1), "set 10": (range(81, 89), 72, 0.95, 0.27, 0),
        "set 11": (range(89, 97), 66, 0.85, 0.2, 0), "set 12": (range(97, 105), 71, 0.95, 0.3, 0),
        "set 13": (range(105, 113), 71, 0.95, 0.2, 0)}


@pytest.mark.parametrize("name", sorted(SETS))
def test_invented_news_keeps_its_precision_and_recall_and_no_event_spills_into_another(name):
    topics, clear_pairs, min_precision, min_recall, most_across = SETS[name]
    found = true = cross = recalled = clear = 0
    for n in topics:
        topic = INVENTED / "corpus" / f"p{n:02d}"
        res, report = run_topic(topic)
        gold = score_gold(yaml.safe_load((INVENTED / "gold" / f"{topic.name}.yaml").read_text(encoding="utf-8")), report)
        found, true, cross = found + gold["found"], true + gold["true"] + gold["arguable"], cross + len(res.cross)
        recalled, clear = recalled + gold["recalled"], clear + gold["gold_clear"]
    assert clear == clear_pairs and found >= 1
    assert true / found >= min_precision, f"precision {true}/{found}"
    assert recalled / clear >= min_recall, f"recall {recalled}/{clear}"
    assert cross <= most_across, f"{cross} conflicts across the two events of a topic"
