"""Rule parts_sum: within one document, parts against their stated whole (invented articles)."""

from __future__ import annotations

from checkutil import claim, doc, of_type, run


def test_parts_with_different_predicates_that_fall_short():
    a = doc("a", "Tikrit Courier", "Twelve of the 20 trucks are now stuck near Tikrit, and five trucks turned back.")
    r = run(a, only="parts_sum")
    [c] = of_type(r, "parts_sum")
    assert c.severity == "low"
    assert set(c.loc) == {claim(r, "a", "20").id, claim(r, "a", "Twelve").id, claim(r, "a", "five").id}
    assert "12 + 5 = 17 of 20 trucks; 3 are unaccounted for" in c.explanation
    assert c.compared == {"whole": 20.0, "parts_sum": 17.0, "part1": 12.0, "part2": 5.0}
    assert [s.label for s in c.sides] == ["whole: 20", "parts: 12 + 5 = 17"]


def test_parts_that_exceed_the_whole_are_medium():
    a = doc("a", "Tikrit Courier", "Of the 20 trucks in the convoy, 14 are now stuck in Tikrit and nine trucks turned back.")
    [c] = of_type(run(a, only="parts_sum"), "parts_sum")
    assert c.severity == "medium" and "14 + 9 = 23, more than the 20" in c.explanation


def test_a_part_larger_than_its_whole():
    a = doc("a", "Tikrit Courier", "Twenty-five of the 20 trucks are now stuck near Tikrit.")
    [c] = of_type(run(a, only="parts_sum"), "parts_sum")
    assert c.severity == "medium" and "a part larger than its whole" in c.explanation


def test_of_those_standing_alone_makes_no_part_of_the_next_figure():
    a = doc("a", "Tikrit Courier", "Rami Haddad ran for 140 yards on 22 carries, and 58 of those came on one run.")
    assert not run(a, only="parts_sum").conflicts  # 58 of the yards before, not of "one run"
    b = doc("b", "Tikrit Courier", "Twenty-five of those 20 trucks are now stuck near Tikrit.")
    assert of_type(run(b, only="parts_sum"), "parts_sum")  # "those 20 trucks" is the whole


def test_a_participle_after_the_wholes_noun_is_the_wholes_verb():
    a = doc("a", "Tikrit Courier", "Two of the three people killed in Sunday's fire were children. "
                                   "Twelve people were taken to hospitals, firefighters said.")
    r = run(a)
    assert claim(r, "a", "three").predicate == "killed"  # "the three people killed"
    assert claim(r, "a", "Twelve").predicate == "wounded"  # taken to hospital
    assert not r.conflicts


def test_parts_that_add_up_are_quiet():
    a = doc("a", "Tikrit Courier", "Fifteen of the 20 trucks are now stuck near Tikrit, and five trucks turned back.")
    assert not run(a, only="parts_sum").conflicts


def test_a_single_part_is_quiet():
    a = doc("a", "Tikrit Courier", "Of the 900 guards, only 200 were trained officers.")
    r = run(a, only="parts_sum")
    assert claim(r, "a", "200").part_of == claim(r, "a", "900").id
    assert not r.conflicts


def test_parts_in_another_document_are_not_summed():
    a = doc("a", "Tikrit Courier", "Twelve of the 20 trucks are now stuck near Tikrit.")
    b = doc("b", "Salahuddin Daily", "Five of the 20 trucks turned back toward Tikrit.")
    assert not of_type(run(a, b, only="parts_sum"), "parts_sum")
