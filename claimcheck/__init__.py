"""claimcheck: read several news reports of one event, pull out every quantitative
claim as a typed record with evidence, and show where the sources disagree.

    >>> import claimcheck
    >>> claims = claimcheck.extract("About 250 miners were trapped in Zonguldak.")
    >>> claims[0].value.qualifier, claims[0].subject, claims[0].predicate
    ('approximately', 'miners', 'trapped')

The flow, one folder per stage (docs/design.md has the picture): ``text`` (normalize,
sentences) -> ``pipeline.mentions`` running each ``kinds/<kind>`` (mentions; ``quantities``
returns them unbound) -> ``pipeline.bind`` (subject, predicate, place, time, source,
concept, holder) -> ``pipeline.extract`` (claims) -> ``conflicts`` (check and its rules)
-> ``report``.
"""

from __future__ import annotations

from .conflicts.check import Config, check, load_config
from .documents import load_documents
from .errors import ClaimcheckError, ConfigError, InputError, LexiconError
from .pipeline.extract import Settings, extract, extract_many
from .lexicon import Lexicon, default_lexicon
from .models import Claim, ClaimRef, Conflict, Document, Kind, Quantity, Report, Side, Span, TimeRef, Value
from .pipeline.version import GRAMMAR_VERSION
from .quantities import quantities

__version__ = "0.1.0"

__all__ = [
    "Config", "check", "load_config",
    "Claim", "ClaimRef", "ClaimcheckError", "ConfigError", "Conflict", "Document", "GRAMMAR_VERSION", "InputError", "Kind", "Lexicon",
    "LexiconError", "Quantity", "Report", "Settings", "Side", "Span", "TimeRef", "Value", "default_lexicon", "extract",
    "extract_many", "load_documents", "quantities", "__version__",
]
