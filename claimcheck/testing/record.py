"""The plugin's helpers that are not hooks or fixtures: the recorder behind
``--claimcheck-report`` and the loader behind the ``claimcheck_documents`` fixture."""

from __future__ import annotations

import datetime as _dt
import json
import os
from pathlib import Path
from typing import Any, Mapping, Optional, Union

from .. import __version__
from .._files import atomic_write
from ..models import Report
from . import DocumentSet, failing_conflicts, load_sources


# -- recording checks for --claimcheck-report -----------------------------------------------
class CheckRecorder:
    """Collects every check made during the run, tagged with the running test."""

    def __init__(self, path: Path):
        self.path = path
        self.nodeid: Optional[str] = None
        self.entries: list[dict[str, Any]] = []

    def __call__(self, report: Report, details: Mapping[str, Any]) -> None:
        fail_on = details.get("fail_on") or "medium"
        failing = failing_conflicts(report, fail_on=fail_on, kinds=details.get("kinds"), subjects=details.get("subjects"))
        self.entries.append({
            "nodeid": self.nodeid,  # None: a check made outside any test (e.g. at collection)
            "fail_on": fail_on,
            "kinds": details.get("kinds"),
            "subjects": details.get("subjects"),
            "failed": bool(failing),
            "failing_conflicts": [c.id for c in failing],
            "report": report.model_dump(mode="json"),
        })

    def write(self) -> None:
        """Write the file whole or not at all: a temp file in the same folder renamed
        over the target, so a CI job never picks up half a JSON document."""
        payload = {
            "claimcheck_version": __version__,
            "created": _dt.datetime.now(_dt.timezone.utc).isoformat(timespec="seconds"),
            "checks": len(self.entries),
            "reports": self.entries,
        }
        self.path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write(self.path, json.dumps(payload, indent=2, ensure_ascii=False) + "\n")


class DocumentLoader:
    """The ``claimcheck_documents`` helper: call it with paths (relative ones are looked
    up beside the test file first) to get a :class:`~claimcheck.testing.DocumentSet`."""

    def __init__(self, here: Path):
        self.here = here

    def __repr__(self) -> str:  # shown in tracebacks: short, and without a memory address
        return f"claimcheck_documents(relative to {self.here.name}/)"

    def __call__(self, *paths: Union[str, "os.PathLike[str]"]) -> DocumentSet:
        resolved: list[Path] = []
        for p in paths:
            path = Path(p)
            if not path.is_absolute() and (self.here / path).exists():
                path = self.here / path
            resolved.append(path)
        return DocumentSet(load_sources(*resolved))
