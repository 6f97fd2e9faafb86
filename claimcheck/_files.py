"""Writing output files whole or not at all."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path
from typing import IO, Iterator, Union


@contextlib.contextmanager
def atomic_writer(path: Union[str, os.PathLike]) -> Iterator[IO[str]]:
    """A text file to write ``path`` through: a temporary file in the same folder, renamed
    into place when the block ends without an error and removed when it raises. A reader
    never sees half a file, a failure leaves nothing behind, and the output can be written
    piece by piece (it never has to fit in memory)."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=".claimcheck-", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            yield fh
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes it private; give it a normal file's mode
        os.replace(tmp, target)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def atomic_write(path: Union[str, os.PathLike], text: str) -> None:
    """Write ``text`` to ``path`` whole or not at all (see :func:`atomic_writer`)."""
    with atomic_writer(path) as fh:
        fh.write(text)
