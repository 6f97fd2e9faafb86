"""The age of an event's suspect: compared by the role when a report names no one
(events.yaml suspect_verbs; pipeline/bind/person.py, conflicts/check.py). Invented reports."""

from __future__ import annotations

from checkutil import doc, of_type, run

from claimcheck import extract

ARREST = "Arrest in old Lisbourne killings"


def _ages(text: str) -> list[tuple[str, str]]:
    return [(c.compare_as, c.role) for c in extract(text, published="2023-03-04") if c.unit == "year of age"]


def test_a_person_the_clause_arrests_or_charges_is_the_suspect():
    assert _ages("Lisbourne officers arrested a 57-year-old, recently widowed woman on Friday in the 1981 killings.") \
        == [("age of arrested woman", "arrested")]
    assert _ages("A 57-year-old woman accused of poisoning two students was freed on bail.") \
        == [("age of arrested woman", "arrested")]
    assert _ages("The chief said 61-year-old Ada Corbin was arrested at her home.") == [("age of ada corbin", "arrested")]
    assert _ages("Ada Corbin, 61, was charged on Friday.") == [("age of ada corbin", "arrested")]


def test_a_victim_is_no_suspect_and_an_unnamed_one_is_no_ones():
    assert _ages("A man accused of killing a 60-year-old woman was arrested.") == [(None, None)]
    assert _ages("Police arrested a man in the death of a 60-year-old woman.") == [(None, None)]
    assert _ages("A 60-year-old woman was hurt in the crash.") == [(None, None)]
    # the second person introduced after "and" is not the verb's: only the first is the suspect
    assert _ages("Police arrested a 34-year-old man and a 29-year-old woman.") == [("age of arrested man", "arrested"),
                                                                                   (None, None)]


def test_an_unnamed_suspects_age_is_compared_with_the_one_suspect_other_reports_name():
    a = doc("a", "Lisbourne Ledger", f"{ARREST}\nLisbourne officers arrested a 57-year-old woman on Friday in the 1981 "
                                     "killings of two shop workers.", "2023-03-04")
    b = doc("b", "Valley Wire", f"{ARREST}\nPolice said 61-year-old Ada Corbin was arrested on Friday in Lisbourne in the "
                                "1981 killings of two shop workers.", "2023-03-04")
    [c] = of_type(run(a, b, only="value_conflict"), "value_conflict")
    assert "57" in c.explanation and "61" in c.explanation and "arrested woman" in c.explanation


def test_with_two_named_suspects_an_unnamed_one_is_compared_with_neither():
    a = doc("a", "Lisbourne Ledger", f"{ARREST}\nLisbourne officers arrested a 57-year-old woman on Friday in the 1981 "
                                     "killings.", "2023-03-04")
    b = doc("b", "Valley Wire", f"{ARREST}\nAda Corbin, 61, was arrested on Friday in Lisbourne. Rita Vale, 58, was "
                                "charged the same day.", "2023-03-04")
    assert not of_type(run(a, b, only="value_conflict"), "value_conflict")


def test_the_suspects_noun_may_follow_a_place_or_a_description_and_a_dateline():
    assert _ages("LISBOURNE, Ore. — A 66-year-old farmer was arrested Tuesday, police said.") == [("age of arrested farmer", "arrested")]
    assert _ages("Police on Tuesday arrested a 63-year-old Springfield man in the shooting deaths.") \
        == [("age of arrested man", "arrested")]
    assert _ages("A 31-year-old warehouse worker accused of shooting two colleagues was charged Friday.") \
        == [("age of arrested worker", "arrested")]


def test_the_year_of_the_killing_a_suspect_is_arrested_in_dates_the_killing_not_the_age():
    [age] = [c for c in extract("A 58-year-old man was arrested in Florida in the 1996 killing of a student.",
                                published="2025-01-09") if c.unit == "year of age"]
    assert age.time.as_of != "1996" and not age.background


def test_ages_in_reports_of_an_event_that_none_of_them_dates_are_compared():
    from claimcheck import Document, check

    def undated(doc_id: str, text: str) -> Document:
        return Document(id=doc_id, outlet=doc_id, text=text)
    a = undated("a", f"{ARREST}\nSixty-year-old Ada Corbin was arrested in the 1981 killings of two shop workers.")
    b = undated("b", f"{ARREST}\nLisbourne police said 61-year-old Ada Corbin was arrested in the 1981 killings.")
    [c] = [c for c in check([a, b]).conflicts if "age of ada corbin" in c.key]
    assert "60" in c.explanation and "61" in c.explanation
    dated = doc("b", "Valley Wire", b.text, "2023-03-04")  # one report dated: its month is not the other's
    assert not [c for c in check([a, dated]).conflicts if "age of" in c.key]
