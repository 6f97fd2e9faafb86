"""Helpers for the rule tests: short invented articles in, conflicts out."""

from __future__ import annotations

import datetime as dt
from typing import Optional

from claimcheck import Document
from claimcheck.conflicts.check import Config, check
from claimcheck.models import Claim, Conflict, Report


def doc(doc_id: str, outlet: str, text: str, published: str = "2021-03-10") -> Document:
    return Document(id=doc_id, outlet=outlet, text=text, published=dt.date.fromisoformat(published))


def run(*docs: Document, only: Optional[str] = None, config: Optional[Config] = None) -> Report:
    """check() on the documents; ``only``: that rule type alone."""
    cfg = config or Config()
    if only is not None:
        from claimcheck.conflicts import registry

        for name in registry.available():
            if registry.get(name).type != only:
                cfg = cfg.disable(name)
    return check(list(docs), cfg)


def of_type(report: Report, type_: str) -> list[Conflict]:
    return [c for c in report.conflicts if c.type == type_]


def claim(report: Report, doc_id: str, text: str) -> Claim:
    """The claim of ``doc_id`` whose figure reads ``text``."""
    found = [c for c in report.claims if c.doc == doc_id and c.evidence.text == text]
    assert len(found) == 1, f"{text!r} in {doc_id}: {[c.evidence.text for c in report.claims if c.doc == doc_id]}"
    return found[0]


def together(report: Report, *claims: Claim) -> list[Conflict]:
    """Conflicts whose loc holds every one of ``claims``."""
    return [c for c in report.conflicts if all(x.id in c.loc for x in claims)]


def what(key: Optional[str]) -> Optional[str]:
    """A comparable key without its event (``kind|subject|predicate|scope``): what is
    counted and where, whichever article's event it belongs to."""
    return None if key is None else "|".join(key.split("|")[:4])
