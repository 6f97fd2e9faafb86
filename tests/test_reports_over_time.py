"""Figures that change between reports, and reports that say so: a toll a report says rose,
a level and the one it came from, a company quoted by two forms of its name, a year counted
back from publication. Every report is invented for the test suite."""

from __future__ import annotations

from checkutil import doc, of_type, run

from claimcheck import Document, extract
from claimcheck.conflicts.rules.value_conflict import _same_source

QUAKE = "Quake toll in Varnel"


def _conflicts(*docs) -> list:
    return of_type(run(*docs, only="value_conflict"), "value_conflict")


def test_a_toll_a_report_says_rose_is_the_risen_toll_wherever_it_repeats_it():
    dated = doc("a", "Daily Tigris", f"{QUAKE}\nThe earthquake in Varnel on Tuesday killed 12 people, the disaster "
                                     "council said on Wednesday.", "2022-09-14")
    undated = _undated("b", f"{QUAKE}\nThe number of people killed by Tuesday's earthquake in Varnel rose to 17 "
                                    "by Friday, the council said. Of the 17 dead, six were children.")
    assert not _conflicts(dated, undated)
    # without the rise, an undated report's larger toll may still be a later one (a toll
    # only grows); an undated smaller one disagrees (a lower severity: it is undated)
    flat = _undated("b", f"{QUAKE}\nThe earthquake in Varnel on Tuesday killed 17 people. Of the 17 dead, six "
                                 "were children.")
    assert not _conflicts(dated, flat)
    smaller = _undated("b", f"{QUAKE}\nThe earthquake in Varnel on Tuesday killed 7 people.")
    [c] = _conflicts(dated, smaller)
    assert c.severity != "high"


def _undated(doc_id: str, text: str) -> Document:
    return Document(id=doc_id, outlet="Nineveh Post", text=text)


def test_a_latest_tally_or_a_toll_that_rises_to_a_figure_is_a_revision():
    for text in ("More than 3,000 houses were damaged, according to the council's latest tally.",
                 "Varnel quake toll rises to five"):
        assert all(c.revision for c in extract(text, published="2022-09-16") if c.kind == "count")


def test_a_level_is_not_contradicted_by_the_level_its_own_report_says_it_came_from():
    before = doc("a", "Daily Tigris", "About 40 residents were moved out of the streets near the mill in Fall River "
                                      "on Tuesday night.", "2019-01-15")
    after = doc("b", "Nineveh Post", "About 100 residents of three blocks near the mill in Fall River were told to stay "
                                     "away through the weekend, up from the roughly 40 people moved out on Tuesday.",
                "2019-01-16")
    assert not _conflicts(before, after)
    [level] = [c for c in extract(after.text, published="2019-01-16") if c.evidence.text == "About 100"]
    assert level.change == "to"


def test_a_company_and_its_short_name_are_one_source():
    text = ("Orrin Mobile said on Tuesday it had taken more than 1.2 million pre-orders for its Vela phone in Espoo. "
            "On Saturday, Orrin had reported about 500,000 pre-orders.")
    assert not _conflicts(doc("a", "Handset Daily", text, "2022-09-20"))
    assert _same_source("Orrin", "Orrin Mobile") and _same_source("the health ministry", "the ministry")
    assert not _same_source("United Nations", "United States") and not _same_source("the interior ministry", "the finance ministry")


def test_a_year_counted_back_from_publication_dates_no_action_against_a_stated_year():
    a = doc("a", "Screen Chronicle", "Mr. Mosby retired from acting in 2004 and moved to Santa Fe.", "2023-03-10")
    b = doc("b", "High Desert Journal", "Mosby retired about two decades ago and settled in Santa Fe.", "2023-03-11")
    assert not of_type(run(a, b, only="dated_action"), "dated_action")
    c = doc("c", "High Desert Journal", "Mosby retired from acting in 2003 and settled in Santa Fe.", "2023-03-11")
    assert of_type(run(a, c, only="dated_action"), "dated_action")


def test_an_obituarys_subject_set_off_by_an_appositive_is_whom_its_dates_and_marriages_are_about():
    def dated(text: str) -> list[tuple[str, str]]:
        return [(c.subject, c.holder) for c in extract(text, published="2023-03-23") if c.kind == "date"]
    assert dated("Ada Vale, the Tulsa-born actress who starred in Dry Creek, died on Tuesday, March 21.") \
        == [("died", "vale")]
    assert dated('SANTA FE - Tom Hale, an actor best remembered for "Dry Creek," died March 7 at home.') == [("died", "hale")]
    assert dated("Born on June 4, 1931, Ms. Vale moved to Paris at 19.") == [("born", "vale")]

    def marriages(text: str) -> list:
        return [c.compare_as for c in extract(text, published="2023-03-23") if c.unit == "time"]
    assert marriages("Tom Hale, who died this week, was married twice.") == ["marriages of tom hale"]
    obituary = ("Actor Tom Hale dies at 88\nTom Hale, the actor, died on Tuesday. His daughter, Lorna Hale-Kent, "
                "confirmed the death.\n\nHe was married three times.")
    assert marriages(obituary) == ["marriages of tom hale"]  # "Hale-Kent" is another surname
    assert marriages("Tom Hale was arrested three times.") == [None]


def test_a_fires_containment_and_its_crews_are_a_state_of_one_day():
    monday = doc("a", "Sisters Now", "Cedar Gulch Fire grows\nThe Cedar Gulch Fire near Sisters was 0% contained on "
                                     "Monday, and roughly 300 firefighters were on the lines.", "2022-07-18")
    friday = doc("b", "Fire Watch", "Cedar Gulch Fire\nThe Cedar Gulch Fire near Sisters was 60 percent contained on "
                                    "Friday, with about 850 firefighters assigned.", "2022-07-22")
    assert not _conflicts(monday, friday)
    same_day = doc("c", "Deschutes Daily", "Cedar Gulch Fire\nThe Cedar Gulch Fire near Sisters was 20 percent "
                                           "contained on Friday, with about 850 firefighters assigned.", "2022-07-22")
    [c] = _conflicts(friday, same_day)
    assert c.key.split("|")[1] == "containment"


def test_a_figure_in_a_relative_clause_about_a_dated_comparison_is_of_that_event():
    text = ("Fire grows\nThe fire is the largest near Sisters since the 2014 Bald Butte Fire, which burned about 31,000 "
            "acres and destroyed 17 homes.")
    assert {c.event.rsplit("|", 1)[-1] for c in extract(text, published="2022-07-20") if c.kind in ("count", "measure")} \
        == {"2014"}
    text = ("Train derails near Varne\nIt was the worst crash on the network since the 2017 Ostrel collision, in which "
            "seven people died and 30 were injured.")
    assert {c.event.rsplit("|", 1)[-1] for c in extract(text, published="2023-10-15") if c.kind == "count"} == {"2017"}


def test_last_november_written_in_november_is_a_year_ago():
    [d] = [c for c in extract("The storm that struck last November killed 23 people.", published="2019-11-15")
           if c.kind == "date"]
    assert d.date_value == "2018-11"
    [d] = [c for c in extract("The storm that struck last March killed 23 people.", published="2019-11-15")
           if c.kind == "date"]
    assert d.date_value == "2019-03"


def test_the_police_who_arrest_are_not_whom_the_arrest_is_about_nor_does_an_event_named_after_a_figure_happen_to_it():
    [d] = [c for c in extract("Police in Malmo have arrested 22 people in connection with Saturday night's riot.",
                              published="2016-08-16") if c.kind == "date"]
    assert d.holder is None
    [crowd] = [c for c in extract("About 150 young people gathered on Saturday following the arrest of a man, police "
                                  "said.", published="2016-08-14") if c.kind == "count"]
    assert crowd.predicate is None


def test_a_toll_a_report_says_rose_that_day_is_flagged_low_against_a_smaller_one_of_the_day():
    a = doc("a", "Daily Tigris", f"{QUAKE}\nTwo rescuers were hurt in Varnel on Tuesday, officials said.", "2022-09-14")
    b = doc("b", "Nineveh Post", f"{QUAKE}\nA third rescuer was hurt in Varnel on Tuesday, bringing the number of rescuers "
                                 "hurt to three.", "2022-09-14")
    [c] = _conflicts(a, b)
    assert c.severity == "low" and any("risen that day" in n for n in c.notes)


def test_a_part_of_a_crew_treated_for_an_injury_is_no_count_of_the_crew():
    text = ("Freighter released off Varnel\nThe freighter's 21 seafarers were freed on Tuesday. Two seafarers were being "
            "treated for dehydration.")
    two = next(c for c in extract(text, published="2022-09-14") if c.value.low == 2)
    assert two.predicate == "wounded"
