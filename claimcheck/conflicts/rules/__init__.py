"""The built-in conflict rules, one module each; importing this package registers them.

=================================  ===================  =========================================
name                               type                 what it flags
=================================  ===================  =========================================
claimcheck.value_conflict.v1       value_conflict       sources disagree on a figure (per key)
claimcheck.parts_sum.v1            parts_sum            parts exceed / miss their whole (per doc)
claimcheck.unit_restatement.v1     unit_restatement     "10 km (16 miles)" (per sentence)
claimcheck.duration_parts.v1       duration_parts       a total duration vs its parts (per doc)
claimcheck.dated_action.v1         dated_action         one action dated a unit apart (per action)
claimcheck.event_day.v1            event_day            one event's day a day apart (per event)
=================================  ===================  =========================================
"""

from . import dated_action, duration_parts, event_day, parts_sum, unit_restatement, value_conflict  # noqa: F401  (registration)
from .base import BaseRule, DocInfo, RuleContext

__all__ = ["BaseRule", "DocInfo", "RuleContext"]
