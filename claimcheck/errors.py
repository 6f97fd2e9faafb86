"""Errors claimcheck raises on purpose. The CLI turns each into a one-line message and
exit code 2; none of them should ever reach a user as a traceback.

Every error carries a stable ``type`` code, like pydantic's error types: code that
handles an error tests ``exc.type`` ("input.empty", "config.unknown_rule",
"extract.timeout"), never the wording of the message. As in pydantic's error records, ``loc``
says where (a file and line, a document id, an option) and ``msg`` what is wrong, without
the place; ``error()`` gives the three as a dict. The codes are listed in
``docs/reliability.md`` (a test checks that list against the code).
"""

from __future__ import annotations

from typing import Optional, Union


class ClaimcheckError(Exception):
    """Base of every error claimcheck raises on purpose."""

    type: str = "error"
    """Stable code of the problem: "<area>.<problem>"."""

    loc: tuple[Union[str, int], ...] = ()
    """Where the problem is, outermost first: ("a.txt", 3), ("doc-7",), ("--kinds",); empty
    when it is nowhere in particular."""

    msg: str = ""
    """What is wrong, without where."""

    def __init__(self, message: str = "", *, type: Optional[str] = None, loc: tuple[Union[str, int], ...] = (),
                 msg: Optional[str] = None):
        super().__init__(message)
        if type is not None:
            self.type = type
        self.loc = tuple(loc)
        self.msg = message if msg is None else msg

    def error(self) -> dict[str, object]:
        """The error as pydantic gives one: ``{"type", "loc", "msg"}``."""
        return {"type": self.type, "loc": self.loc, "msg": self.msg}


class InputError(ClaimcheckError, ValueError):
    """A document or file that cannot be read: says which file and what is wrong."""

    type = "input.invalid"

    def __init__(self, path: Optional[str], problem: str, *, line: Optional[int] = None, type: Optional[str] = None):
        self.path = path
        self.problem = problem
        self.line = line
        where = path or "<input>"
        loc: tuple[Union[str, int], ...] = (where,) if line is None else (where, line)
        if line is not None:
            where += f", line {line}"
        super().__init__(f"{where}: {problem}", type=type, loc=loc, msg=problem)


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
