"""The binders' word lists are data (lexicon/en/binding.yaml), checked by a schema."""

import pytest
import yaml
from pydantic import ValidationError

from claimcheck.errors import LexiconError
from claimcheck.lexicon import BindingData, binding_words, load_section
from claimcheck.pipeline.bind import words


def test_the_binding_words_load_as_frozensets_of_words():
    got = binding_words()
    lists = {k: v for k, v in got.model_dump().items() if not isinstance(v, dict)}
    assert all(isinstance(v, frozenset) and v and all(isinstance(w, str) and w == w.strip() for w in v)
               for v in lists.values())
    assert got.irregular_plurals["wives"] == "wife" and all(
        isinstance(k, str) and isinstance(v, str) and k.isalpha() and v.isalpha() for k, v in got.irregular_plurals.items())
    assert words.STOP is got.stop_words and "no" in words.STOP and "on" in words.PREPOSITIONS


def test_a_word_yaml_reads_as_a_boolean_is_rejected():
    data = load_section("binding")
    data["stop_words"] = yaml.safe_load("[a, no, off]")  # unquoted, YAML reads no and off as booleans
    with pytest.raises(ValidationError):
        BindingData.model_validate(data)


def test_an_unknown_list_is_rejected():
    with pytest.raises(ValidationError):
        BindingData.model_validate({**load_section("binding"), "adverbs": ["nearly"]})


def test_a_language_without_binding_words_is_named():
    with pytest.raises(LexiconError, match="xx/binding.yaml"):
        binding_words("xx")
