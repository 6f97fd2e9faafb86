"""claimcheck: read several news reports of one event, pull out every quantitative
claim as a typed record with evidence, and show where the sources disagree.

    >>> import claimcheck
    >>> claims = claimcheck.extract("About 250 miners were trapped in Zonguldak.")
    >>> claims[0].value.qualifier, claims[0].subject, claims[0].predicate
    ('approximately', 'miners', 'trapped')

The flow, one module per stage: ``text`` (normalize, sentences) -> ``grammar``
(mentions; ``quantities`` returns them unbound) -> ``context`` (subject, predicate, place, time, source) -> ``extract``
(normalized claims) -> ``check`` (conflicts) -> ``report``.
"""

from __future__ import annotations

from .conflicts.check import Config, check, load_config
from .documents import load_documents
from .errors import ClaimcheckError, ConfigError, InputError, LexiconError
from .pipeline.extract import Settings, extract, extract_many
from .lexicon import Lexicon, default_lexicon
from .models import Claim, ClaimRef, Conflict, Document, Quantity, Report, Side, Span, TimeRef, Value
from .quantities import quantities

__version__ = "0.1.0"

__all__ = [
    "Config", "check", "load_config",
    "Claim", "ClaimRef", "ClaimcheckError", "ConfigError", "Conflict", "Document", "InputError", "Lexicon",
    "LexiconError", "Quantity", "Report", "Settings", "Side", "Span", "TimeRef", "Value", "default_lexicon", "extract",
    "extract_many", "load_documents", "quantities", "__version__",
]
