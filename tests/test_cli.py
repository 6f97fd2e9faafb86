"""The command line: outputs, exit codes, and bad input without tracebacks."""

import json
import subprocess
import sys

import pytest

from claimcheck.cli import main

FIELDS = {"id", "doc", "start", "end", "text", "kind", "subject", "predicate", "scope", "value", "unit", "qualifier",
          "as_of", "attribution"}


def run(*args, stdin=None):
    p = subprocess.run([sys.executable, "-m", "claimcheck.cli", *args], input=stdin, capture_output=True)
    return p.returncode, p.stdout.decode("utf-8"), p.stderr.decode("utf-8")


def test_extract_jsonl_on_fixtures_points_into_the_original_files(fixtures_dir):
    code, out, err = run("extract", str(fixtures_dir))
    assert code == 0, err
    rows = [json.loads(line) for line in out.splitlines()]
    assert len(rows) > 50
    texts = {}
    for r in rows:
        assert FIELDS <= set(r)
        assert {"low", "high", "point"} <= set(r["value"])
        if r["doc"] not in texts:
            texts[r["doc"]] = (fixtures_dir / r["doc"]).read_text(encoding="utf-8")
        assert texts[r["doc"]][r["start"]:r["end"]] == r["text"]


def test_extract_table_and_stdin():
    code, out, _ = run("extract", "-", "--format", "table", stdin="About 250 miners were trapped in Zonguldak.".encode())
    assert code == 0 and "about 250".lower() in out.lower() and "miners" in out


@pytest.mark.parametrize("content,problem", [(b"", "empty"), (b"\x00\xff\x00", "binary"), (b"\xff\xfe40 people", "UTF-8")])
def test_bad_files_exit_2_with_a_message_naming_the_file(tmp_path, content, problem):
    f = tmp_path / "article.txt"
    f.write_bytes(content)
    code, out, err = run("extract", str(f))
    assert code == 2 and "article.txt" in err and problem in err
    assert "Traceback" not in err and out == ""


def test_unknown_option_exits_2(capsys):
    assert main(["extract", "x.txt", "--frobnicate"]) == 2
    assert "unrecognized arguments: --frobnicate" in capsys.readouterr().err


def test_output_file_is_not_left_half_written(tmp_path):
    good = tmp_path / "good.txt"
    good.write_text("About 40 people died in Sirte.", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\x00\x00")
    out = tmp_path / "claims.jsonl"
    code, _, err = run("extract", str(good), str(bad), "--output", str(out))
    assert code == 2 and "bad.txt" in err
    assert not out.exists() and not list(tmp_path.glob(".claimcheck-*"))
    code, _, err = run("extract", str(good), str(bad), "--output", str(out), "--keep-going")
    assert code == 2 and out.exists() and "Sirte" in out.read_text()


def test_huge_document_is_refused_clearly(tmp_path):
    f = tmp_path / "huge.txt"
    f.write_bytes(b"About 40 people died. " * (3_300_000))  # ~70 MB, over the 64 MiB file limit
    code, out, err = run("extract", str(f))
    assert code == 2 and "huge.txt" in err and "limit" in err and "Traceback" not in err


def test_schema_is_json():
    code, out, _ = run("schema", "--model", "claim")
    assert code == 0 and json.loads(out)["title"] == "Claim"
