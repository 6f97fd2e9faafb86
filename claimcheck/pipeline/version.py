"""The version of the grammar that reads claims, recorded on every claim and quantity.

An archive of claims can be re-read later: a claim whose ``grammar`` differs from
:data:`GRAMMAR_VERSION` (or is None: read before versions were recorded) was read by an
older grammar, and re-extracting its document may say something else.
"""

GRAMMAR_VERSION = "en-11"
"""``<lexicon language>-<number>``. Bump the number in the commit that changes what
extraction says for some text: any difference `benchmarks/outputs.py compare` shows
(ignoring this field) from a change to the mention rules, the binders, the normalization or
the default lexicon's vocabulary. A change that leaves every output byte-identical (a
refactor, a speed-up) keeps it. A new language's lexicon starts its own series ("fr-1")."""
