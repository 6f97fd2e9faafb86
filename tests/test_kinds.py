"""The grammar by kind (claimcheck/kinds/): each kind's folder holds its rules and its
corpus, the lexicon does not import the grammar, functions stay short, and the fast scan
for where a figure can start finds what the trigger pattern finds."""

from __future__ import annotations

import ast
import importlib
from pathlib import Path

import pytest
import regex
import yaml

import claimcheck
from claimcheck.kinds import KINDS, Rule, corpus_path
from claimcheck.lexicon import Lexicon, default_lexicon
from claimcheck.pipeline import mentions
from claimcheck.pipeline.mentions import CORE, lowered, patterns_for

PACKAGE = Path(claimcheck.__file__).parent


@pytest.mark.parametrize("kind", KINDS)
def test_each_kind_has_its_rules_and_its_corpus(kind):
    module = importlib.import_module(f"claimcheck.kinds.{kind}")
    assert module.__doc__
    assert all(isinstance(r, Rule) for r in module.RULES)
    assert yaml.safe_load(corpus_path(kind).read_text(encoding="utf-8"))["kind"] == kind


def test_the_core_pattern_is_the_core_rules_in_order():
    lex = default_lexicon()
    assert all(r.pattern is not None for r in CORE)
    assert len({r.name for r in CORE}) == len(CORE)
    assert patterns_for(lex).core.pattern.startswith("(?P<long>")  # "a <unit>" first: "decade-long"
    assert patterns_for(lex) is patterns_for(lex)  # compiled once per lexicon


def test_the_lexicon_does_not_import_the_grammar():
    tree = ast.parse((PACKAGE / "lexicon" / "__init__.py").read_text(encoding="utf-8"))
    imported = [n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert not [m for m in imported if "pipeline" in m or "kinds" in m]
    assert not hasattr(Lexicon, "patterns")


def test_no_function_of_the_grammar_is_over_80_lines():
    files = [PACKAGE / "pipeline" / "mentions.py", PACKAGE / "pipeline" / "figures.py"] + sorted((PACKAGE / "kinds").rglob("*.py"))
    long = []
    for path in files:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)) and node.end_lineno - node.lineno >= 80:
                long.append(f"{path.name}:{node.lineno} {node.name}")
    assert long == []


TRICKY = [
    "5million two-fold twofold manifold -fold fold x-fold éa a  hour an\thour ½ ¾-5 .5 some 3 -5 a-5 3.5.6",
    "ab-fold a-b-fold _two two_ 2two three-quarters a few thousand, an hour and a half; some 40 (about 5)",
    "Minus 40 and negative 3%: EUR40m, RM2.05, US$1.2bn, sub-300 sq m, 1/2 pound, 3½ miles, 2.998×10^8.",
    "", "a", "fold", "-", "7",
]


def test_the_fast_scan_finds_where_the_trigger_fires():
    pats = patterns_for(default_lexicon())
    texts = list(TRICKY)
    for kind in KINDS:
        data = yaml.safe_load(corpus_path(kind).read_text(encoding="utf-8"))
        texts += [ex["text"] for ex in data.get("examples", []) + data.get("negatives", [])]
    for text in texts:
        low = lowered(text)
        assert mentions._core_positions(low, pats) == [t.start() for t in pats.core_trigger.finditer(low)], text


def test_qualifiers_searched_right_to_left_are_the_ones_found_left_to_right():
    pats = patterns_for(default_lexicon())
    forward = regex.compile(pats.qual_before.pattern, pats.qual_before.flags & ~regex.REVERSE)
    texts = list(TRICKY) + ["no more than 5", "not more than 5", "about  5", "At least\t5", "up to a total of 5", "well over 5"]
    for kind in KINDS:
        data = yaml.safe_load(corpus_path(kind).read_text(encoding="utf-8"))
        texts += [ex["text"] for ex in data.get("examples", [])]
    for text in texts:
        for end in (i for i in range(1, len(text)) if text[i - 1] == " " and text[i].isalnum()):
            f, r = forward.search(text, max(0, end - 40), end), pats.qual_before.search(text, max(0, end - 40), end)
            assert (f and (f.span(), f.span("q"))) == (r and (r.span(), r.span("q"))), text[:end]
