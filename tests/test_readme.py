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


def test_readme_check_output_is_current(monkeypatch, capsys):
    """The README shows the beginning of `claimcheck check fixtures/` as it prints today."""
    from claimcheck.cli import main

    monkeypatch.chdir(README.parent)
    block = re.search(r"`claimcheck check fixtures/` begins:\n\n```\n(.*?)\n\.\.\.\n```", README.read_text(encoding="utf-8"), re.S)
    assert block, "the README lost its sample of `claimcheck check` output"
    assert main(["check", "fixtures/"]) == 1  # the fixtures disagree on purpose
    shown = block.group(1).splitlines()
    assert capsys.readouterr().out.splitlines()[:len(shown)] == shown
