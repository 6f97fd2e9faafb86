"""Conflicts: the engine (check), the rule registry, the rules, and which articles share an event.

Importing this package registers the built-in rules (``rules`` imports ``registry``; the
registry imports no rule), so ``registry.available()`` lists them.
"""

from . import registry, rules  # noqa: F401  (rules registers the built-in rules on import)
from .registry import register
from .rules import BaseRule, RuleContext

__all__ = ["BaseRule", "RuleContext", "register", "registry"]
