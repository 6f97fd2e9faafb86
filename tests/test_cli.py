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
    assert code == 0 and "About 250" in out and "miners" in out and "trapped" in out


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


@pytest.mark.parametrize("meta,problem", [("a.txt: {published: 2023-02-30}\n", "day is out of range"),
                                          ("a.txt: {outlet: 123}\n", "outlet must be text")])
def test_bad_meta_values_exit_2(tmp_path, meta, problem):
    (tmp_path / "a.txt").write_text("About 40 people died in Sirte.", encoding="utf-8")
    (tmp_path / "meta.yaml").write_text(meta, encoding="utf-8")
    code, _, err = run("extract", str(tmp_path))
    assert code == 2 and problem in err and "Traceback" not in err


def test_deeply_nested_json_and_unknown_kinds_and_folder_output(tmp_path):
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000, encoding="utf-8")
    code, _, err = run("extract", str(deep))
    assert code == 2 and "deep.json" in err and "nested too deeply" in err
    good = tmp_path / "good.txt"
    good.write_text("About 40 people died in Sirte.", encoding="utf-8")
    code, _, err = run("extract", str(good), "--kinds", "cnt")
    assert code == 2 and "unknown kind(s) cnt" in err
    code, _, err = run("extract", str(good), "--output", str(tmp_path))
    assert code == 2 and "is a folder" in err and "Traceback" not in err


def test_check_exit_codes_and_formats(tmp_path, fixtures_dir):
    code, out, _ = run("check", str(fixtures_dir))
    assert code == 1 and "HIGH" in out  # the fixtures disagree on purpose
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text("Rescuers said 250 miners were trapped in Zonguldak.", encoding="utf-8")
    b.write_text("Officials said 255 miners were trapped in Zonguldak.", encoding="utf-8")
    code, out, _ = run("check", str(a), str(b))
    assert code == 0 and out.startswith("0 conflict(s)")
    code, out, _ = run("check", str(fixtures_dir), "--fail-on", "high", "--format", "json")
    assert code == 1 and json.loads(out)["conflicts"]
    code, out, _ = run("check", str(fixtures_dir), "--format", "markdown")
    assert out.startswith("# claimcheck report")
    html = tmp_path / "r.html"
    code, _, _ = run("check", str(fixtures_dir), "--format", "html", "--output", str(html))
    assert code == 1 and html.read_text(encoding="utf-8").lstrip().lower().startswith("<!doctype html")
    bad = tmp_path / "rules.toml"
    bad.write_text("[rules.no_such_rule]\nenabled = false\n", encoding="utf-8")
    code, _, err = run("check", str(a), "--config", str(bad))
    assert code == 2 and "rules.toml" in err


def test_two_files_of_one_name_are_two_sources(tmp_path):
    (tmp_path / "d1").mkdir()
    (tmp_path / "d2").mkdir()
    (tmp_path / "d1" / "story.txt").write_text("Rescuers said 250 miners were trapped in Zonguldak.", encoding="utf-8")
    (tmp_path / "d2" / "story.txt").write_text("Officials said 600 miners were trapped in Zonguldak.", encoding="utf-8")
    code, out, _ = run("check", str(tmp_path / "d1" / "story.txt"), str(tmp_path / "d2" / "story.txt"))
    assert code == 1 and out.startswith("1 conflict(s)")
