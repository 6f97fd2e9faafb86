"""Figures of one event at other times, or of another incident at another time
(predicates.yaml same_day, events.yaml other_incident_after, dates.yaml week precision,
subjects.yaml per-holder shares). Invented reports."""

from __future__ import annotations

from checkutil import doc, of_type, run

from claimcheck import extract

FERRY = "Ferry sinks off Kessick Island"


def test_the_missing_of_two_days_do_not_conflict_but_of_one_day_do():
    a = doc("a", "Isle Post", f"{FERRY}\nThe coast guard said on Sunday that 40 people were missing.", "2023-07-16")
    b = doc("b", "Bay Wire", f"{FERRY}\nDivers found five more bodies on Monday, and 31 people were still missing "
                             "on Monday, the coast guard said.", "2023-07-17")
    assert not of_type(run(a, b, only="value_conflict"), "value_conflict")
    c = doc("c", "Bay Wire", f"{FERRY}\nThe coast guard said on Sunday that 31 people were missing.", "2023-07-16")
    assert of_type(run(a, c, only="value_conflict"), "value_conflict")


def test_an_incident_some_months_before_is_another():
    text = ("Blast kills four at Varne dye plant\nFour workers were killed in the explosion on Wednesday. The "
            "explosion came three months after a reactor blast at a plant in Ostrel killed 11 workers.")
    by_value = {c.value.low: (c.event, c.background) for c in extract(text, published="2024-09-05") if c.unit == "person"}
    assert by_value[4][1] is False and by_value[11] == ("explosion|-|past", True)
    # "three days after the blast" may be the article's own
    text = ("Blast kills four at Varne dye plant\nThree days after the blast, four workers were still in hospital.")
    assert all(not c.background for c in extract(text, published="2024-09-05"))


def test_a_week_dates_no_day_of_an_action():
    dated = [c for c in extract("Tom Hale died this week.", published="2024-03-13") if c.kind == "date"]
    assert dated and all(c.subject is None for c in dated)
    dated = [c for c in extract("Tom Hale died on Monday.", published="2024-03-13") if c.kind == "date"]
    assert [c.subject for c in dated] == ["died"]


def test_a_deal_moves_each_companys_shares_its_own_way():
    head = "Corlane to buy Quedra for $2.9 billion"
    a = doc("a", "Street Wire", f"{head}\nCorlane's stock fell 4% on Monday.", "2024-05-28")
    b = doc("b", "Tech Ledger", f"{head}\nQuedra shares rose 38% on Monday.", "2024-05-28")
    assert not of_type(run(a, b, only="value_conflict"), "value_conflict")


def test_police_storming_a_bank_is_no_storm_and_a_siege_may_be_a_shooting():
    text = "Police defend decision to storm bank\nThe police chief defended the decision to storm a bank where a gunman held seven people."
    assert all(not (c.event or "").startswith("storm") for c in extract(text, published="2024-03-06"))
    from collections import Counter

    from claimcheck.pipeline.events import DocEvent, group_documents
    names = Counter({"Dortmund": 2, "Ruhrtal": 2, "Marek": 1})
    docs = [DocEvent("a", "siege|Dortmund|2024-03-05", names, True, kin="siege kidnapping shooting attack"),
            DocEvent("b", "shooting|Dortmund|2024-03-05", names, True, kin="siege kidnapping shooting attack")]
    groups = group_documents(docs, 0.05, 3, 10)
    assert groups["a"] == groups["b"]


def test_a_gunmans_shots_are_no_vaccine():
    text = "Gunman holds staff hostage\nThe gunman fired two shots into the ceiling."
    assert all(c.subject != "vaccine doses" for c in extract(text, published="2024-03-06"))


def test_two_robberies_whose_reports_name_days_two_weeks_apart_are_two():
    a = doc("a", "Lake Wire", "Bank robbed on Lorain Avenue\nTwo men robbed a Lorain Avenue bank on Tuesday and escaped "
                              "with $18,400, police said.", "2024-02-13")
    b = doc("b", "Lake Wire", "Bank robbed on Euclid Avenue\nA man robbed a Euclid Avenue bank on Tuesday and fled on "
                              "foot with about $3,200, police said.", "2024-02-27")
    assert not of_type(run(a, b, only="value_conflict"), "value_conflict")
    c = doc("c", "Erie Post", "Bank robbed on Lorain Avenue\nTwo robbers escaped with $14,800 from a Lorain Avenue bank "
                              "on Tuesday, police said.", "2024-02-13")
    [conflict] = of_type(run(a, c, only="value_conflict"), "value_conflict")
    assert "loot" in conflict.explanation


def test_a_players_career_total_is_compared_in_an_obituary():
    a = doc("a", "Harbor Post", "Calvin Redfield dies at 67\nCalvin Redfield, who died on Sunday, scored 24,318 career "
                                "points for the Barons.", "2024-03-11")
    b = doc("b", "Bay Wire", "Calvin Redfield dies at 67\nCalvin Redfield died on Sunday. He finished his career with "
                             "23,418 points.", "2024-03-11")
    [c] = of_type(run(a, b, only="value_conflict"), "value_conflict")
    assert "career points" in c.explanation


def test_an_earlier_incident_dated_weeks_before_a_crash_is_another():
    text = ("Train derails near Varne, one dead\nA regional train derailed near Varne on Saturday, killing one "
            "person. The crash followed the Oct. 14 derailment near Ostrel, which killed five people.")
    by_value = {c.value.low: c.background for c in extract(text, published="2023-11-18") if c.predicate == "killed"}
    assert by_value == {1: False, 5: True}


def test_a_jailbreak_is_an_event_of_its_own_type():
    text = "Two inmates escape county jail\nTwo inmates broke out of the county jail early Sunday, the sheriff said."
    assert {(c.event or "").split("|")[0] for c in extract(text, published="2024-03-10") if c.kind == "count"} == {"escape"}


def test_a_day_and_month_a_future_tense_names_are_the_coming_ones_and_an_age_beside_them_is_now():
    text = "Comic Ada Quell, 39, will host next year's Lumen Awards on March 10, the academy said."
    got = {c.text: c for c in extract(text, published="2023-10-17")}
    assert got["March 10"].time.as_of == "2024-03-10"
    assert got["39"].background is False
    past = {c.text: c for c in extract("The Lumen Awards were held on March 10.", published="2023-10-17")}
    assert past["March 10"].time.as_of == "2023-03-10"


def test_a_share_move_at_a_passing_moment_of_the_day_is_no_rival_of_the_close():
    deal = "Norvex to buy Tallin Data\nNorvex agreed on Monday to buy Tallin Data for $2.1 billion. "
    a = doc("a", "Isle Post", deal + "Tallin shares were up 3% in morning trading.", "2023-07-17")
    b = doc("b", "Bay Wire", deal + "Tallin shares closed up 5% on Monday.", "2023-07-17")
    assert not of_type(run(a, b, only="value_conflict"), "value_conflict")
    c = doc("c", "Bay Wire", deal + "Tallin shares closed up 3% on Monday.", "2023-07-17")
    assert of_type(run(b, c, only="value_conflict"), "value_conflict")


def test_a_persons_figure_of_a_moment_the_text_recalls_is_not_of_the_event():
    text = ("Singer Ada Quell enters rehab\nThe singer Ada Quell, 31, entered a clinic in Arizona on Monday. In 2014 she "
            "was arrested with cocaine at a festival. She was 25 at the time.")
    ages = {c.text: c for c in extract(text, published="2021-06-09") if c.subject == "age"}
    assert ages["25"].background and not ages["31"].background


def test_a_region_the_lexicon_places_in_a_country_lies_in_it():
    # two reports of one day that share no name but their places: one event when the one
    # place lies in the other
    a = doc("a", "Isle Post", "Pirates seize carrier off Somalia\nPirates seized a bulk carrier off Somalia on Tuesday. "
                              "There were 21 crew aboard.", "2024-03-12")
    b = doc("b", "Bay Wire", "Carrier hijacked off Puntland\nA bulk carrier was hijacked off Puntland on Tuesday. There "
                             "were 23 crew aboard.", "2024-03-12")
    assert of_type(run(a, b, only="value_conflict"), "value_conflict")
