"""The stable ``type`` codes of the errors claimcheck raises: the list below is the contract,
and it matches both the code and docs/reliability.md."""

import re
from pathlib import Path

import pytest

import claimcheck
from claimcheck.errors import ClaimcheckError, ConfigError, ExtractTimeout, InputError, LexiconError
from claimcheck.pipeline.extract import Settings, iter_claims

ROOT = Path(__file__).resolve().parent.parent

CODES = {
    "config.invalid", "config.invalid_setting", "config.invalid_value", "config.malformed", "config.not_found",
    "config.too_deep", "config.too_large", "config.unknown_format", "config.unknown_key", "config.unknown_kind",
    "config.unknown_rule", "config.unknown_setting", "config.unreadable",
    "extract.timeout",
    "input.bad_date", "input.bad_meta", "input.bad_record", "input.binary", "input.duplicate_id", "input.empty",
    "input.empty_folder", "input.invalid", "input.malformed_json", "input.malformed_yaml", "input.no_documents",
    "input.not_found", "input.not_utf8", "input.too_deep", "input.too_large", "input.too_long", "input.unreadable",
    "lexicon.invalid",
    "output.invalid",
    "rule.invalid",
}
_CODE = r"(?:config|extract|input|lexicon|output|rule)\.[a-z0-9_]+"


def test_the_code_raises_exactly_the_listed_codes():
    found = set()
    for path in (ROOT / "claimcheck").rglob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            if re.search(r"\btype\s*=", line):
                found.update(re.findall(rf'"({_CODE})"', line))
    assert found == CODES


def test_the_documentation_lists_every_code():
    table = [line for line in (ROOT / "docs" / "reliability.md").read_text(encoding="utf-8").splitlines() if line.startswith("| `")]
    documented = {code for line in table for code in re.findall(rf"`({_CODE})`", line.split("|")[1])}
    assert documented == CODES


@pytest.mark.parametrize("cls", [ClaimcheckError, InputError, ExtractTimeout, LexiconError, ConfigError])
def test_every_error_class_has_a_listed_code(cls):
    assert cls.type in CODES | {"error"}


def test_an_error_reads_like_pydantics():
    exc = InputError("a.txt", "malformed YAML: bad indent", line=3, type="input.malformed_yaml")
    assert exc.error() == {"type": "input.malformed_yaml", "loc": ("a.txt", 3), "msg": "malformed YAML: bad indent"}
    assert str(exc) == "a.txt, line 3: malformed YAML: bad indent"
    assert ConfigError("no such rule", type="config.unknown_rule").error() == {"type": "config.unknown_rule", "loc": (), "msg": "no such rule"}


def test_an_over_long_document_names_itself():
    doc = claimcheck.Document(id="doc-7", text="12 people. " * 10)
    with pytest.raises(InputError) as err:
        iter_claims(doc, settings=Settings(max_chars=50))
    assert err.value.type == "input.too_long" and err.value.loc == ("doc-7",) and "over the limit of 50" in err.value.msg
