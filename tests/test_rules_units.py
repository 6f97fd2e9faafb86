"""Rule unit_restatement: a figure restated in other units in the same sentence."""

from __future__ import annotations

from checkutil import claim, doc, of_type, run


def test_restatement_that_matches_is_quiet():
    for text in ("The village lies about 8 km (5 miles) from Tikrit.", "The road was cut about 12 km (7 to 8 miles) north of Tikrit.",
                 "The convoy stopped 30 km (19 miles) short of Tikrit."):
        assert not run(doc("a", "Tikrit Courier", text), only="unit_restatement").conflicts, text


def test_restatement_that_does_not_match():
    a = doc("a", "Tikrit Courier", "The village lies 8 km (12 miles) from Tikrit.")
    r = run(a, only="unit_restatement")
    [c] = of_type(r, "unit_restatement")
    assert set(c.loc) == {claim(r, "a", "8 km").id, claim(r, "a", "12 miles").id}
    assert c.severity == "medium"
    assert c.explanation == "Tikrit Courier writes 8 km (12 miles), but 12 miles is about 19.3 km, not 8 km."
    assert round(c.compared["restated.low"], 1) == 19.3


def test_figures_in_other_units_without_parentheses_are_not_restatements():
    a = doc("a", "Tikrit Courier", "The first village lies 8 km from Tikrit and the second 12 miles further on.")
    assert not run(a, only="unit_restatement").conflicts


def test_same_units_in_parentheses_are_not_restatements():
    a = doc("a", "Tikrit Courier", "The village lies 8 km (a further 12 km by road) from Tikrit.")
    assert not run(a, only="unit_restatement").conflicts
