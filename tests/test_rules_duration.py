"""Rule duration_parts, and durations derived from a start date (reported by value_conflict)."""

from __future__ import annotations

import claimcheck
from checkutil import claim, doc, of_type, run


def test_since_a_start_date_against_a_stated_duration():
    a = doc("a", "Tikrit Courier", "The city of Mosul had been besieged since 2015.", "2021-03-10")
    b = doc("b", "Nineveh Post", "The siege of Mosul lasted 3 years.", "2021-03-12")
    r = run(a, b)
    [c] = r.conflicts  # reported once, by value_conflict
    assert c.type == "value_conflict"
    assert set(c.loc) == {claim(r, "a", "since 2015").id, claim(r, "b", "3 years").id}
    assert c.explanation == ("\"Besieged since 2015\" (Tikrit Courier) means about 5.2-6.2 years by March 2021, "
                             "not 3 years as Nineveh Post says.")
    assert c.severity == "low"  # ratio 5.19 / 3 = 1.73 is medium, one step lower: derived from a start date
    assert any("start date" in n for n in c.notes)


def test_since_a_start_date_that_covers_the_stated_duration_is_quiet():
    a = doc("a", "Tikrit Courier", "The city of Mosul had been besieged since 2018.", "2021-03-10")
    b = doc("b", "Nineveh Post", "The siege of Mosul lasted 3 years.", "2021-03-12")
    assert not run(a, b).conflicts


def test_compound_total_against_a_shorter_report_names_the_extra_part():
    a = doc("a", "Tikrit Courier", "Tikrit was under siege for 7 years - two under the militia and five under the army.")
    b = doc("b", "Salahuddin Daily", "The five-year siege of Tikrit is over.")
    r = run(a, b)
    [c] = r.conflicts
    assert c.type == "value_conflict" and c.severity == "medium"  # 7 / 5 = 1.4
    assert c.explanation == ("Tikrit Courier says the siege in Tikrit lasted 7 years (2 years under the militia + 5 years "
                             "under the army); Salahuddin Daily says 5 years: the first source counts 2 more years "
                             "(2 years under the militia).")
    assert c.sides[1].label == "7 years (2 + 5)"


def test_total_whose_parts_do_not_add_up():
    a = doc("a", "Tikrit Courier", "Tikrit was under siege for 7 years - three under the militia and three under the army.")
    r = run(a, only="duration_parts")
    [c] = of_type(r, "duration_parts")
    assert c.severity == "low"
    assert c.explanation == "Tikrit Courier gives a total of 7 years but its parts add up to 3 + 3 = 6 years."


def test_a_part_longer_than_the_total():
    a = doc("a", "Tikrit Courier", "The town was under siege for 2 years - three under the militia and two under the army.")
    [c] = of_type(run(a, only="duration_parts"), "duration_parts")
    assert c.severity == "medium" and "one part alone is 3 years" in c.explanation


def test_parts_that_add_up_are_quiet():
    for text in ("Tikrit was under siege for 7 years - three under the militia and four under the army.",
                 "The town spent two years under militia rule, then three years of army rule."):
        assert not run(doc("a", "Tikrit Courier", text), only="duration_parts").conflicts, text


def test_nearly_and_parts_are_not_compared_on_their_own():
    # the parts (3 and 4) never meet the other report's 4 years directly: only the whole does
    a = doc("a", "Tikrit Courier", "Tikrit was under siege for 7 years - three under the militia and four under the army.")
    b = doc("b", "Salahuddin Daily", "Tikrit was besieged for nearly seven years.")
    assert not run(a, b).conflicts


def test_nearly_three_months_may_round_up_from_eighty_days_but_not_from_fifty():
    a = doc("a", "Tikrit Courier", "The siege of Mosul has lasted nearly three months.", "2021-03-10")
    b = doc("b", "Nineveh Post", "The siege of Mosul has lasted 80 days.", "2021-03-10")
    c_ = doc("c", "Gulf Blog", "The siege of Mosul has lasted 50 days.", "2021-03-10")
    assert not run(a, b, only="value_conflict").conflicts
    assert of_type(run(a, c_, only="value_conflict"), "value_conflict")


def test_a_length_in_two_units_is_one_whole_of_its_parts():
    a = doc("a", "Lisbon Wire", "Total downtime at the data centre was 1hr 4 mins, the operator said.")
    r = run(a)
    whole = claim(r, "a", "1hr 4 mins")
    parts = [claim(r, "a", "1hr"), claim(r, "a", "4 mins")]
    assert (whole.value.low, whole.unit) == (64, "minute")
    assert whole.parts == tuple(p.id for p in parts) and all(p.part_of == whole.id for p in parts)
    assert not r.conflicts  # the parts add up to the whole


def test_two_lengths_that_are_not_one_are_not_joined():
    for text in ("The talks took 3 hours, and 40 minutes later the deal was signed.",
                 "The first shift lasted 8 hours and the second 30 minutes.",
                 "The race took 20 minutes and 2 hours later the results came.",
                 "The fast lasted 40 days, 6 hours of it without water.",
                 "The build took 2 hours 90 minutes of tests included.",
                 "Over the past 48 hours, 20 minutes of footage were released.",
                 "The show ran for 4 years, 5 months, 12 days and 6 hours."):
        assert not [c for c in claimcheck.extract(text) if c.parts], text


def test_a_list_of_units_closed_by_and_is_one_length():
    [whole] = [c for c in claimcheck.extract("The longest shift lasted 11 hours, 42 minutes and 18 seconds.") if c.parts]
    assert (whole.value.low, whole.unit, len(whole.parts)) == (42138, "second", 3)
