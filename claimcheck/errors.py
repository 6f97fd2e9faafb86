"""Errors claimcheck raises on purpose. The CLI turns each into a one-line message and
exit code 2; none of them should ever reach a user as a traceback."""

from __future__ import annotations

from typing import Optional


class ClaimcheckError(Exception):
    """Base of every error claimcheck raises on purpose."""


class InputError(ClaimcheckError, ValueError):
    """A document or file that cannot be read: says which file and what is wrong."""

    def __init__(self, path: Optional[str], problem: str, *, line: Optional[int] = None):
        self.path = path
        self.problem = problem
        self.line = line
        where = path or "<input>"
        if line is not None:
            where += f", line {line}"
        super().__init__(f"{where}: {problem}")


class LexiconError(ClaimcheckError):
    """Lexicon data that does not match its schema."""


class ConfigError(ClaimcheckError, ValueError):
    """An unknown or invalid setting, rule or option."""
