"""The README's Python examples, run in order as a reader would, print what the README
says they print."""

import contextlib
import io
import re
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
PAIRS = re.findall(r"```python\n(.*?)```\n\nprints\n\n```\n(.*?)```", README.read_text(encoding="utf-8"), re.S)


def test_readme_examples_print_what_they_say(monkeypatch):
    monkeypatch.chdir(README.parent)
    namespace: dict = {}
    assert len(PAIRS) >= 2
    for code, expected in PAIRS:
        out = io.StringIO()
        with contextlib.redirect_stdout(out):
            exec(compile(code, str(README), "exec"), namespace)
        assert out.getvalue() == expected
