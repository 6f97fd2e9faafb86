"""Errors claimcheck raises on purpose. The CLI turns each into a one-line message and
exit code 2; none of them should ever reach a user as a traceback.

Every error carries a stable ``type`` code, like pydantic's error types: code that
handles an error tests ``exc.type`` ("input.empty", "config.unknown_rule",
"extract.timeout"), never the wording of the message. The codes are listed in
``docs/reliability.md``.
"""

from __future__ import annotations

from typing import Optional


class ClaimcheckError(Exception):
    """Base of every error claimcheck raises on purpose."""

    type: str = "error"
    """Stable code of the problem: "<area>.<problem>"."""

    def __init__(self, message: str = "", *, type: Optional[str] = None):
        super().__init__(message)
        if type is not None:
            self.type = type


class InputError(ClaimcheckError, ValueError):
    """A document or file that cannot be read: says which file and what is wrong."""

    type = "input.invalid"

    def __init__(self, path: Optional[str], problem: str, *, line: Optional[int] = None, type: Optional[str] = None):
        self.path = path
        self.problem = problem
        self.line = line
        where = path or "<input>"
        if line is not None:
            where += f", line {line}"
        super().__init__(f"{where}: {problem}", type=type)


class ExtractTimeout(InputError):
    """A document whose reading took longer than ``Settings.regex_timeout`` in one match:
    text built to make a pattern backtrack. Names the document."""

    type = "extract.timeout"


class LexiconError(ClaimcheckError):
    """Lexicon data that does not match its schema."""

    type = "lexicon.invalid"


class ConfigError(ClaimcheckError, ValueError):
    """An unknown or invalid setting, rule or option."""

    type = "config.invalid"
