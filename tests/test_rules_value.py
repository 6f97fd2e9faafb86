"""Rule value_conflict: cross-source figures that cannot all be true (invented articles)."""

from __future__ import annotations

import re

import pytest

from checkutil import claim, doc, of_type, run, together, what

from claimcheck.conflicts.check import Config


def test_lower_bound_excludes_a_smaller_figure():
    a = doc("a", "Daily Tigris", "Rescuers said 4,000 residents were trapped in Mosul.")
    b = doc("b", "Nineveh Post", "Officials said more than 5,000 residents were trapped in Mosul.")
    r = run(a, b, only="value_conflict")
    [c] = of_type(r, "value_conflict")
    assert c.severity == "medium"
    assert set(c.loc) == {claim(r, "a", "4,000").id, claim(r, "b", "more than 5,000").id}
    assert "Daily Tigris" in c.explanation and "Nineveh Post" in c.explanation
    assert "4,000" in c.explanation and "over 5,000" in c.explanation
    assert c.compared["ratio"] == 1.25


def test_nearly_double_is_high_and_agreeing_reports_form_one_side():
    a = doc("a", "Daily Tigris", "Rescuers said 4,000 residents were trapped in Mosul.")
    b = doc("b", "Nineveh Post", "About 4,100 residents were trapped in Mosul, the mayor said.")
    c_ = doc("c", "Gulf Blog", "Some 9,000 residents were trapped in Mosul.")
    r = run(a, b, c_, only="value_conflict")
    [c] = of_type(r, "value_conflict")
    assert c.severity == "high"
    low, high = c.sides
    assert low.outlets == ("Daily Tigris", "Nineveh Post") and high.outlets == ("Gulf Blog",)
    assert "the mayor" in low.attributions
    assert "Daily Tigris (citing rescuers) and Nineveh Post (citing the mayor) say 4,000" in c.explanation
    assert "2.2 times as many" in c.explanation
    assert not re.search(r"\.\s", c.explanation) and c.explanation.endswith(".")  # one sentence
    # a ClaimRef quotes the whole sentence with its outlet
    ref = next(x for x in c.claims if x.doc == "c")
    assert ref.quote == "Some 9,000 residents were trapped in Mosul." and ref.outlet == "Gulf Blog"


def test_bound_satisfied_by_a_larger_figure_is_quiet():
    a = doc("a", "Daily Tigris", "Some 9,000 residents were trapped in Mosul.")
    b = doc("b", "Nineveh Post", "Officials said more than 5,000 residents were trapped in Mosul.")
    assert not run(a, b, only="value_conflict").conflicts


def test_different_place_is_quiet():
    a = doc("a", "Daily Tigris", "Rescuers said 4,000 residents were trapped in Kirkuk.")
    b = doc("b", "Nineveh Post", "Some 9,000 residents were trapped in Mosul.")
    assert not run(a, b, only="value_conflict").conflicts


def test_narrower_scope_is_quiet():
    a = doc("a", "Daily Tigris", "More than 3,000 people were trapped inside the port compound of Mosul.")
    b = doc("b", "Nineveh Post", "Officials said 2,000 people were trapped in Mosul.")
    r = run(a, b, only="value_conflict")
    assert claim(r, "a", "More than 3,000").key != claim(r, "b", "2,000").key
    assert not r.conflicts


def test_different_predicate_is_quiet():
    a = doc("a", "Daily Tigris", "About 70 people were killed in Mosul and 120 were wounded.")
    b = doc("b", "Nineveh Post", "Officials said 120 people were wounded in Mosul.")
    assert not run(a, b, only="value_conflict").conflicts


def test_the_start_of_a_stated_change_is_not_a_rival_figure():
    a = doc("a", "Daily Tigris", "The number of residents trapped in Mosul rose from 4,000 to 9,000 residents.")
    b = doc("b", "Nineveh Post", "Some 9,000 residents were trapped in Mosul.")
    r = run(a, b, only="value_conflict")
    assert claim(r, "a", "4,000").change == "from" and claim(r, "a", "9,000").change == "to"
    assert claim(r, "a", "4,000").key == claim(r, "b", "Some 9,000").key
    assert not r.conflicts
    c_ = doc("c", "Gulf Blog", "Officials said 2,000 residents were trapped in Mosul.")
    [c] = of_type(run(a, b, c_, only="value_conflict"), "value_conflict")  # the end of the change is compared
    assert "2,000" in c.explanation and "4,000" not in c.explanation


def test_a_key_a_document_gives_two_rival_figures_for_is_not_compared():
    """'won 52.2% ... against 47.8% for his rival': the key names two candidates there."""
    a = doc("a", "Daily Tigris", "In Mosul, Karim won 52.2% of the vote against 47.8% for his rival, the board said.")
    b = doc("b", "Nineveh Post", "In Mosul, Karim won 52.1% of the vote, with his rival on 47.9%, officials said.")
    r = run(a, b, only="value_conflict")
    assert what(claim(r, "a", "52.2%").key) == what(claim(r, "b", "47.9%").key)
    assert not r.conflicts
    c_ = doc("c", "Gulf Blog", "Karim won 61% of the vote in Mosul, the blog said.")
    assert not run(a, c_, only="value_conflict").conflicts  # a's key is ambiguous: nothing to contradict
    d = doc("d", "Gulf Wire", "Karim won 55% of the vote in Mosul, the wire said.")
    [c] = of_type(run(c_, d, only="value_conflict"), "value_conflict")  # one figure each: compared
    assert "61%" in c.explanation and "55%" in c.explanation


def test_vote_shares_and_seats_compare_only_for_the_same_holder():
    """Each party has its own figure: "Hassan won 30%" is no rival of "Karim won 52%"."""
    a = doc("a", "Daily Tigris", "Karim won 52% of the vote in Mosul, the board said.")
    b = doc("b", "Nineveh Post", "Hassan won 30% of the vote in Mosul, officials said.")
    assert what(claim(run(a, b), "a", "52%").key) == what(claim(run(a, b), "b", "30%").key)
    assert not run(a, b, only="value_conflict").conflicts
    c_ = doc("c", "Gulf Blog", "Karim won 61% of the vote in Mosul, the blog said.")
    [c] = of_type(run(a, b, c_, only="value_conflict"), "value_conflict")
    assert "52%" in c.explanation and "61%" in c.explanation and "30%" not in c.explanation


def test_a_figure_with_no_place_joins_the_one_place_the_others_name():
    a = doc("a", "Daily Tigris", "Turnout in Mosul reached 74.4%, the board said.")
    b = doc("b", "Nineveh Post", "Turnout was 61 percent, officials said.")
    assert claim(run(a, b), "b", "61 percent").scope is None
    [c] = of_type(run(a, b, only="value_conflict"), "value_conflict")
    assert what(c.key) == "percentage|turnout|-|Mosul"
    d = doc("d", "Gulf Blog", "Turnout in Basra reached 70%, the board said.")
    assert not run(a, b, d, only="value_conflict").conflicts  # two places named: which one is unclear


def test_distances_from_the_same_place_compare():
    a = doc("a", "Daily Tigris", "Rebels took the town of Qayyarah, about 60 km (37 miles) south of Mosul.")
    b = doc("b", "Nineveh Post", "Qayyarah, which lies 95 kilometres from Mosul, fell on Sunday.")
    r = run(a, b, only="value_conflict")
    assert what(claim(r, "a", "about 60 km").key) == what(claim(r, "b", "95 kilometres").key) == "distance|from Mosul|-|Qayyarah"
    [c] = of_type(r, "value_conflict")
    assert "Qayyarah is about 60 km from Mosul" in c.explanation and "as far" in c.explanation
    other = doc("c", "Gulf Blog", "Qayyarah lies 95 kilometres from Erbil.")
    assert not run(a, other, only="value_conflict").conflicts  # measured from another place


def test_a_distance_from_the_place_it_names_says_what_is_that_far():
    a = doc("a", "Daily Tigris", "The epicentre lay 35 km north-west of Mosul.")
    b = doc("b", "Nineveh Post", "The quake's epicentre was about 60 km from Mosul, the survey said.")
    [c] = of_type(run(a, b, only="value_conflict"), "value_conflict")
    assert "the epicentre is 35 km from Mosul" in c.explanation


def test_same_document_is_not_a_cross_source_conflict():
    a = doc("a", "Daily Tigris", "Rescuers said 4,000 residents were trapped in Mosul. Some 9,000 residents were trapped in Mosul.")
    assert not run(a, only="value_conflict").conflicts


def test_two_sources_one_document_names_are_rivals():
    """'the ministry said 1,320 ...; the United Nations said 465': a wire story quoting
    two sources that disagree is a conflict, though it is one document."""
    a = doc("a", "Daily Tigris", "Karim Aziz, the ministry spokesman, said 1,320 homes were destroyed in Mosul. "
                                 "The United Nations said 465 homes were destroyed in Mosul.")
    r = run(a, only="value_conflict")
    assert claim(r, "a", "1,320").attribution == "Karim Aziz"
    [c] = of_type(r, "value_conflict")
    assert c.severity == "high"
    assert "Daily Tigris quotes the United Nations saying 465 homes were destroyed in Mosul" in c.explanation
    assert "Daily Tigris quotes Karim Aziz saying 1,320" in c.explanation
    # one source named twice ("Karim Aziz", "Aziz") is one voice
    d = doc("d", "Gulf Wire", "Health ministry spokesman Karim Aziz said 300 homes were destroyed in Mosul. "
                              "Aziz later said 340 homes were destroyed in Mosul.")
    assert not run(d, only="value_conflict").conflicts
    # one voice giving two figures (or a figure and an unattributed one) stays quiet
    b = doc("b", "Nineveh Post", "The United Nations said 465 homes were destroyed in Mosul. Some 1,320 homes were destroyed in Mosul.")
    assert not run(b, only="value_conflict").conflicts


def test_crowd_estimates_of_police_and_organisers_are_rivals():
    """"<clause>, organisers said, while police estimated the turnout at ...": two sources
    named by common nouns; "the ministry's figure of" credits the ministry."""
    a = doc("a", "Daily Tigris", "Some 500,000 people joined the march in Madrid, organisers said, while police "
                                 "estimated the turnout at about 50,000. Across Spain, unions claimed 2 million marchers, "
                                 "almost double the interior ministry's figure of 1.1 million.")
    r = run(a, only="value_conflict")
    assert claim(r, "a", "Some 500,000").attribution == "organisers"
    assert claim(r, "a", "about 50,000").attribution == "police"
    assert claim(r, "a", "about 50,000").subject == "people"  # the turnout, not the police who estimated it
    assert claim(r, "a", "1.1 million").attribution == "the interior ministry"
    assert claim(r, "a", "1.1 million").scope == "Spain"
    explained = " ".join(c.explanation for c in of_type(r, "value_conflict"))
    assert "Daily Tigris quotes police saying about 50,000 people were marching in the Madrid protest of 10 March 2021" in explained
    assert "Daily Tigris quotes the interior ministry saying 1.1 million protesters in Spain in the Madrid protest" in explained


def test_areas_burned_compare_across_units_and_magnitudes_compare():
    a = doc("a", "Daily Tigris", "The wildfire near Mosul has burned 12,000 acres. A magnitude 6.3 quake struck Mosul.")
    b = doc("b", "Nineveh Post", "The blaze near Mosul scorched about 7,300 hectares. The quake in Mosul measured magnitude 5.6.")
    r = run(a, b, only="value_conflict")
    assert what(claim(r, "a", "12,000 acres").key) == what(claim(r, "b", "about 7,300 hectares").key) == "measure|area|destroyed|Mosul"
    explained = {what(c.key): c.explanation for c in of_type(r, "value_conflict")}
    # 7,300 ha is about 18,000 acres: half as much again
    assert "Daily Tigris says the area destroyed in the Mosul fire of 10 March 2021 was 12,000 acres" in explained["measure|area|destroyed|Mosul"]
    assert "the magnitude in the Mosul earthquake of 10 March 2021 was 5.6" in explained["measure|magnitude|-|Mosul"] and "magnitude 6.3" in explained["measure|magnitude|-|Mosul"]
    c_ = doc("c", "Gulf Blog", "The blaze near Mosul burned 4,900 hectares, roughly 12,100 acres.")
    assert not [c for c in run(a, c_, only="value_conflict").conflicts if "area" in (c.key or "")]


def test_the_amount_of_a_change_is_no_rival_level():
    """"rose by 2 points to 7%" and "climbed 2% to 7.1%": the rise is not a level of 2%."""
    a = doc("a", "Daily Tigris", "Inflation in Iraq rose by 2 percentage points to 7% in March, the statistics office said.")
    b = doc("b", "Nineveh Post", "Annual inflation in Iraq was 7% in March.")
    c_ = doc("c", "Gulf Blog", "Inflation in Iraq climbed 2% to 7.1% in March.")
    r = run(a, b, c_, only="value_conflict")
    assert [x.change for x in (claim(r, "a", "2 percentage points"), claim(r, "a", "7%"))] == ["by", "to"]
    assert [x.change for x in (claim(r, "c", "2%"), claim(r, "c", "7.1%"))] == ["by", "to"]
    assert not r.conflicts
    d = doc("d", "Gulf Wire", "Prices in Iraq rose 2% to 3% last year.")
    assert claim(run(d), "d", "2% to 3%").value.high == 3  # a small second figure: still a range


def test_a_forecast_is_no_rival_of_a_reported_figure():
    a = doc("a", "Daily Tigris", "Inflation in Iraq eased to 6.1% in October, the statistics office said. "
                                 "The central bank forecasts inflation of 9% before next summer.")
    b = doc("b", "Nineveh Post", "An independent group of economists, Iraq Watch, said inflation in Iraq was 6.2% in October.")
    r = run(a, b, only="value_conflict")
    assert "forecast" in claim(r, "a", "9%").hedges and "forecast" not in claim(r, "a", "6.1%").hedges
    assert claim(r, "b", "6.2%").attribution == "Iraq Watch"
    assert not r.conflicts  # 6.1% and 6.2% agree, and 9% is a forecast


def test_money_compares_in_one_currency_and_pledges_per_donor():
    a = doc("a", "Daily Tigris", "The storm caused $4.2 billion in damage in Mosul, insurers said. The UN pledged $50m in aid for Mosul.")
    b = doc("b", "Nineveh Post", "Damage in Mosul is estimated at $9 billion. The EU pledged $20m in aid for Mosul.")
    c_ = doc("c", "Gulf Blog", "The storm caused 8 billion euros in damage in Mosul.")
    r = run(a, b, c_, only="value_conflict")
    [c] = of_type(r, "value_conflict")
    assert what(c.key) == "money|damage|-|Mosul"
    assert "the damage in the Mosul storm of 10 March 2021 was $4.2 billion" in c.explanation and "about $9 billion" in c.explanation
    assert "euro" not in c.explanation.lower()  # no exchange rates: euros are not compared with dollars


def test_a_saying_verb_names_the_source_before_a_recording_one():
    a = doc("a", "Daily Tigris", "Iraq has recorded 67,000 arrivals this year, the ministry said.")
    assert claim(run(a), "a", "67,000").attribution == "the ministry"
    b = doc("b", "Nineveh Post", "Omar Haddad, who runs a bakery in Mosul, said he sold 300 loaves on Friday.")
    assert claim(run(b), "b", "300").attribution == "Omar Haddad"
    f = doc("f", "Gulf Post", "The Basra index added 58 points, while shares in Mosul rose 2%, the exchange said.")
    assert claim(run(f), "f", "2%").attribution == "the exchange"  # "added 58 points" is no statement
    g = doc("g", "Tigris Blog", "According to the Red Crescent 2,000 families left Mosul on Monday.")
    assert claim(run(g), "g", "2,000").attribution == "the Red Crescent"
    k = doc("k", "Tigris Wire", "Officials say 2,200 civilians died in Mosul, while the militia put the toll at about 300.")
    assert claim(run(k), "k", "about 300").subject == "civilians"  # the toll answers the civilians' count
    assert claim(run(k), "k", "about 300").attribution == "the militia"
    h = doc("h", "Gulf Post", "The ministry said 20 people died in Mosul. It also warned that 300 homes were destroyed.")
    assert claim(run(h), "h", "300").attribution == "the ministry"  # "It also warned": the ministry
    e = doc("e", "Gulf Wire", "An estimated 2,000 residents were trapped in Mosul.")
    assert claim(run(e), "e", "An estimated 2,000").attribution is None  # "An" estimated nothing
    c_ = doc("c", "Gulf Blog", "Police put the crowd in Mosul at 48,000, while the union said 400,000 people took part.")
    assert claim(run(c_), "c", "48,000").attribution == "police"  # a contrasting clause keeps its own source
    assert claim(run(c_), "c", "400,000").attribution == "the union"


def test_compatible_ranges_and_vague_figures_are_quiet():
    a = doc("a", "Daily Tigris", "Between 3,000 and 5,000 residents were trapped in Mosul.")
    b = doc("b", "Nineveh Post", "A few thousand residents were trapped in Mosul.")
    c_ = doc("c", "Gulf Blog", "About 4,100 residents were trapped in Mosul, the mayor said.")
    assert not run(a, b, c_, only="value_conflict").conflicts


def test_about_and_more_than_the_same_percentage_are_quiet():
    a = doc("a", "Daily Tigris", "The militia has given up about 80 per cent of the land it seized in Nineveh.")
    b = doc("b", "Nineveh Post", "The militia has given up more than 80 per cent of the land it seized in Nineveh.")
    report = run(a, b, only="value_conflict")
    assert {what(c.key) for c in report.claims if c.kind == "percentage"} == {"percentage|territory|lost|Nineveh"}  # both read, comparable
    assert not report.conflicts


def test_nearly_three_years_agrees_with_three_years_but_five_does_not():
    a = doc("a", "Daily Tigris", "Mosul was besieged for nearly three years.")
    b = doc("b", "Nineveh Post", "The three-year siege of Mosul ended on Friday.")
    assert not run(a, b, only="value_conflict").conflicts
    c_ = doc("c", "Gulf Blog", "The siege of Mosul has lasted 5 years.")
    r = run(b, c_, only="value_conflict")
    [c] = of_type(r, "value_conflict")
    assert c.severity == "medium" and "1.7 times as long" in c.explanation


def test_cumulative_toll_that_grows_agrees_and_one_that_falls_conflicts():
    early = doc("e", "Daily Tigris", "Officials said 30 people were killed in Mosul.", "2021-03-01")
    late = doc("l", "Nineveh Post", "Officials said 50 people were killed in Mosul.", "2021-03-20")
    assert not run(early, late, only="value_conflict").conflicts
    early_big = doc("e", "Daily Tigris", "Officials said 50 people were killed in Mosul.", "2021-03-01")
    late_small = doc("l", "Nineveh Post", "Officials said 30 people were killed in Mosul.", "2021-03-20")
    [c] = of_type(run(early_big, late_small, only="value_conflict"), "value_conflict")
    assert "only grows" in c.explanation
    revised = doc("l", "Nineveh Post", "In a revised count, officials said 30 people were killed in Mosul.", "2021-03-20")
    assert not run(early_big, revised, only="value_conflict").conflicts


def test_stock_figures_far_apart_in_time_lose_a_step_and_say_so():
    a = doc("a", "Daily Tigris", "Rescuers said 4,000 residents were trapped in Mosul.", "2021-01-05")
    b = doc("b", "Nineveh Post", "Some 9,000 residents were trapped in Mosul.", "2021-09-01")
    [c] = of_type(run(a, b, only="value_conflict"), "value_conflict")
    assert c.severity == "medium" and "days apart" in c.explanation and c.compared["days_apart"] == 239.0
    wide = Config().tune("value_conflict", time_window_days=365)
    [c] = of_type(run(a, b, config=wide), "value_conflict")
    assert c.severity == "high" and "days apart" not in c.explanation


def test_hedged_side_lowers_severity():
    a = doc("a", "Daily Tigris", "Rescuers said 4,000 residents were trapped in Mosul.")
    b = doc("b", "Nineveh Post", "Reportedly 9,000 residents were trapped in Mosul.")
    [c] = of_type(run(a, b, only="value_conflict"), "value_conflict")
    assert c.severity == "medium" and any("hedged" in n for n in c.notes)


def test_tolerance_is_a_setting():
    a = doc("a", "Daily Tigris", "Rescuers said 4,000 residents were trapped in Mosul.")
    b = doc("b", "Nineveh Post", "Officials said 4,300 residents were trapped in Mosul.")
    assert of_type(run(a, b, only="value_conflict"), "value_conflict")
    loose = Config().tune("value_conflict", tolerance={"count": {"exact": 0.05}})
    assert not of_type(run(a, b, config=loose), "value_conflict")


def test_conflict_id_is_stable_and_pairs_of_claims_appear_together():
    a = doc("a", "Daily Tigris", "Rescuers said 4,000 residents were trapped in Mosul.")
    b = doc("b", "Nineveh Post", "Some 9,000 residents were trapped in Mosul.")
    r1, r2 = run(a, b), run(b, a)
    assert [c.id for c in r1.conflicts] == [c.id for c in r2.conflicts]
    assert together(r1, claim(r1, "a", "4,000"), claim(r1, "b", "Some 9,000"))


def test_people_civilians_and_residents_trapped_are_one_population_but_the_killed_are_not():
    a = doc("a", "Daily Tigris", "Some 40,000 civilians were trapped in Mosul on Monday.")
    b = doc("b", "Nineveh Post", "About 90,000 people were trapped in Mosul on Monday.")
    report = run(a, b, only="value_conflict")
    assert {what(c.key) for c in report.claims if c.kind == "count"} == {"count|population|trapped|Mosul"}
    assert len(report.conflicts) == 1
    c = doc("c", "Daily Tigris", "At least 40 civilians were killed in Mosul on Monday.")
    d = doc("d", "Nineveh Post", "At least 90 people were killed in Mosul on Monday.")
    report = run(c, d, only="value_conflict")
    assert {what(cl.key) for cl in report.claims if cl.kind == "count"} == {"count|civilians|killed|Mosul", "count|people|killed|Mosul"}
    assert not report.conflicts  # civilians are some of the people killed: not the same figure


def test_one_person_reads_as_one_person_in_the_explanation():
    a = doc("a", "Daily Tigris", "A gas blast in Lagos killed one person on Monday, police said.", "2024-06-12")
    b = doc("b", "Nineveh Post", "Monday's gas blast in Lagos killed three people, officials said.", "2024-06-12")
    [c] = of_type(run(a, b, only="value_conflict"), "value_conflict")
    assert "1 person was killed" in c.explanation, c.explanation


def _vc(*docs):
    return of_type(run(*docs, only="value_conflict"), "value_conflict")


def test_what_one_side_of_a_bargain_asks_is_no_rival_of_what_the_other_offers():
    a = doc("a", "Harbour Echo", "The dockers' union in Genoa is seeking a 7 percent pay rise.")
    b = doc("b", "Quay Times", "The port operator in Genoa is sticking with 3 percent, the union said.")
    assert not _vc(a, b)
    c_ = doc("c", "Port Wire", "The dockers' union in Genoa wants a 9 percent pay rise.")
    [c] = _vc(a, c_)
    assert "7" in c.explanation and "9" in c.explanation


def test_a_duration_counted_from_a_start_date_may_grow_into_a_later_reports():
    early = doc("a", "Harbour Echo", "The shop in Leeds has been offline since Saturday, the firm said.", "2023-04-11")
    later = doc("b", "Quay Times", "The shop in Leeds came back after an outage of nine days, the firm said.", "2023-04-20")
    assert not _vc(early, later)
    # nine days on, "since Saturday" (three days) cannot have grown into 30 days; the
    # explanation counts so short a span in days
    longer = doc("b", "Quay Times", "The shop in Leeds came back after an outage of 30 days, the firm said.", "2023-04-20")
    [c] = _vc(early, longer)
    assert c.explanation == ('"Offline since Saturday" (Harbour Echo) means about 3 days by April 2023, not 30 days as '
                             'Quay Times says.')


# (why; report A and its day; report B and its day, which does not rival A; one that does, or None)
_NO_RIVALS = [
    ("a later level a change ends at ('doubled ... to'); the same day's report still rivals",
     ("The museum's insurers offered a reward of £40,000 for the stolen clocks.", "2022-05-02"),
     ("With the clocks still missing, the insurers have doubled their reward to £80,000.", "2022-05-20"),
     ("The insurers raised their reward to £80,000 for the stolen clocks.", "2022-05-02")),
    ("a duration so far bounds the whole from below",
     ("The ferry strike in Brindisi entered its fourth day on Thursday.", "2022-05-05"),
     ("The ferry strike in Brindisi lasted nine days, the union said.", "2022-05-12"),
     ("The ferry strike in Brindisi lasted two days, the union said.", "2022-05-12")),
    ("counts worlds apart count different things, unless their digits agree (a slip of scale)",
     ("A haulage firm in Ohio reported four trucks with failing brakes, an engineer said.", "2021-03-10"),
     ("The maker said it will recall 900,000 trucks in Ohio and other states over failing brakes.", "2021-03-10"),
     None),
    ("a standing fact years apart has changed; in one month it is contradicted",
     ("Tallin Systems employs about 11,000 people in Leeds.", "2019-06-10"),
     ("Tallin Systems now employs about 13,500 people in Leeds.", "2022-11-10"),
     ("Tallin Systems now employs about 13,500 people in Leeds.", "2019-06-20")),
    ("what a boat should have carried is its capacity, not who was aboard",
     ("Survivors said roughly 85 people were on board the boat that sank off Lampedusa.", "2021-03-10"),
     ("The boat that sank off Lampedusa should have carried 20 people at most, an aid group said.", "2021-03-10"),
     None),
]


@pytest.mark.parametrize("why, a, quiet, rival", _NO_RIVALS, ids=[w.split(" (")[0].split(";")[0] for w, *_ in _NO_RIVALS])
def test_no_rivals(why, a, quiet, rival):
    first = doc("a", "Harbour Echo", *a)
    assert not _vc(first, doc("b", "Quay Times", *quiet)), why
    if rival is not None:
        assert _vc(first, doc("b", "Quay Times", *rival)), why


def test_a_slip_of_scale_is_still_a_conflict():
    slip_a = doc("a", "Harbour Echo", "Officials said 1.2 million residents were displaced in Sindh.")
    slip_b = doc("b", "Quay Times", "Officials said 1.2 billion residents were displaced in Sindh.")
    assert _vc(slip_a, slip_b)
