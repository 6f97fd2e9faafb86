"""Events across articles: figures conflict only when they count the same thing in the
same event (docs/events.md). Every article here is invented for the test suite."""

from __future__ import annotations

from collections import Counter

from checkutil import doc, of_type, run

from claimcheck import Document, check, extract
from claimcheck.conflicts.check import Config
from claimcheck.conflicts.event_groups import EventSettings
from claimcheck.lexicon import default_lexicon
from claimcheck.pipeline.bind.price import Products
from claimcheck.pipeline.events import DocEvent, group_documents, names


def test_a_background_disaster_is_not_this_weeks():
    a = doc("a", "Daily Tigris", "A strong earthquake hit Malatya on Tuesday, killing 14 people.", "2024-06-12")
    b = doc("b", "Nineveh Post", "The quake in Malatya on Tuesday killed 15 people. In 1998, an earthquake near Malatya "
                                 "killed 145 people.", "2024-06-12")
    [c] = of_type(run(a, b, only="value_conflict"), "value_conflict")
    assert "14" in c.explanation and "15" in c.explanation and "145" not in c.explanation


def test_an_old_disaster_recalled_by_two_articles_is_one_event():
    a = doc("a", "Daily Tigris", "A quake shook Malatya on Monday. In 1998, an earthquake in Malatya killed 145 people.", "2024-06-12")
    b = doc("b", "Nineveh Post", "Tremors hit Malatya again. The 1998 earthquake in Malatya killed 200 people.", "2024-06-13")
    [c] = of_type(run(a, b, only="value_conflict"), "value_conflict")
    assert c.event == "earthquake|Malatya|1998" and "the Malatya earthquake of 1998" in c.explanation


def test_the_explanation_names_the_event():
    a = doc("a", "Daily Tigris", "A strong earthquake hit Malatya on Tuesday, killing 14 people.", "2024-06-12")
    b = doc("b", "Nineveh Post", "Tuesday's earthquake in Malatya killed 31 people, officials said.", "2024-06-12")
    [c] = of_type(run(a, b, only="value_conflict"), "value_conflict")
    assert "14 people were killed in the Malatya earthquake of 11 June 2024" in c.explanation
    assert c.event == "earthquake|Malatya|2024-06-11"


def test_two_quakes_in_one_place_on_different_days_are_two_events():
    a = doc("a", "Daily Tigris", "An earthquake hit Malatya on 3 June, killing 14 people.", "2024-06-04")
    b = doc("b", "Nineveh Post", "An earthquake hit Malatya on 20 June, killing 31 people.", "2024-06-21")
    assert not run(a, b, only="value_conflict").conflicts


def test_an_aftershock_is_its_own_event():
    a = doc("a", "Daily Tigris", "A magnitude 6.1 earthquake struck Malatya on Tuesday.", "2024-06-12")
    b = doc("b", "Nineveh Post", "The quake in Malatya on Tuesday was felt widely. An aftershock of magnitude 4.8 "
                                 "hit Malatya on Wednesday.", "2024-06-13")
    assert not run(a, b, only="value_conflict").conflicts


def test_generic_figures_with_no_verb_are_compared_only_inside_their_article():
    a = doc("a", "Daily Tigris", "An earthquake hit Malatya. Four people in Malatya are awaiting news.")
    b = doc("b", "Nineveh Post", "An earthquake hit Malatya. More than 400 people in Malatya gathered at the stadium.")
    assert not run(a, b, only="value_conflict").conflicts


def test_a_part_of_a_group_is_never_the_whole():
    a = doc("a", "Daily Tigris", "The fire in Malatya trapped 100 workers, officials said.")
    b = doc("b", "Nineveh Post", "In the fire in Malatya, seven other workers were trapped in a storeroom.")
    assert not run(a, b, only="value_conflict").conflicts


def test_a_standing_fact_has_no_event():
    [c] = [c for c in run(doc("a", "Daily Tigris", "The fire in Malatya spread. The plant has about 1,400 workers.")).claims
           if c.kind == "count"]
    assert c.event is None


def test_order_does_not_change_the_conflicts():
    docs = [doc("a", "Daily Tigris", "A quake hit Malatya on Tuesday, killing 14 people."),
            doc("b", "Nineveh Post", "Tuesday's quake in Malatya killed 31 people."),
            doc("c", "Gulf Blog", "The earthquake in Malatya on Tuesday killed 29 people.")]
    forward = {c.id: c for c in check(docs).conflicts}
    backward = {c.id: c for c in check(docs[::-1]).conflicts}
    assert forward == backward and forward


# -- telling undated articles apart by their names -------------------------------------
_NAVY_A = ("The frigate Vardhan of the Indian navy drove off pirates near the tanker Korali. Captain Mehra said the "
           "Korali crew were safe. Commander Sethi of the Vardhan praised the crew of the Korali.")
_NAVY_B = ("The destroyer Talwar of the Indian navy seized pirates who had attacked the freighter Elbe. Admiral Rao "
           "said the Elbe crew were safe. Lieutenant Dutt of the Talwar boarded the Elbe.")


def test_undated_articles_are_grouped_by_their_proper_names():
    stop = frozenset({"indian", "the"})
    docs = [DocEvent(f"{side}{n}", "hijacking|Gulf of Aden|-", names(text, stop), False)
            for n in range(2) for side, text in (("a", _NAVY_A), ("b", _NAVY_B))]
    groups = group_documents(docs, threshold=0.05, min_names=3, apart_days=10)
    assert groups["a0"] == groups["a1"] != groups["b0"] == groups["b1"]


def test_an_article_with_few_names_joins_the_one_group_that_shares_any():
    # a short report naming only its town may report either event; the one group that
    # shares a name with it is its event, and with two such groups it stays alone
    stop = frozenset({"police"})
    arrest = "Police in Harwick arrested Mara Quell, 61, of Lenby. Quell was held in Harwick."
    shooting = "Police in Dunmore said Ivo Tarn shot an officer. Tarn was held in Dunmore."
    docs = [DocEvent(f"a{n}", "arrest|-|-", names(arrest, stop), False, step=True) for n in range(2)]
    docs += [DocEvent(f"b{n}", "shooting|Dunmore|2024-03-02", names(shooting, stop), True) for n in range(2)]
    thin = DocEvent("a9", "arrest|-|-", names("Harwick police arrested a woman, 60.", stop), False, step=True)
    groups = group_documents(docs + [thin], threshold=0.05, min_names=3, apart_days=10)
    assert groups["a9"] == groups["a0"] != groups["b0"]
    both = DocEvent("a9", "arrest|-|-", names("Harwick and Dunmore police arrested a woman.", stop), False, step=True)
    groups = group_documents(docs + [both], threshold=0.05, min_names=3, apart_days=10)
    assert groups["a9"] not in (groups["a0"], groups["b0"])


def test_undated_articles_about_two_incidents_do_not_conflict():
    a1 = doc("a1", "Daily A", "Pirates in three boats attacked the Korali. " + _NAVY_A, "2024-06-12")
    a2 = doc("a2", "Daily B", "Pirates in two boats attacked the Korali. " + _NAVY_A, "2024-06-12")
    b1 = doc("b1", "Daily C", "Pirates in five boats attacked the Elbe. " + _NAVY_B, "2025-02-02")
    b2 = doc("b2", "Daily D", "Pirates in five boats attacked the Elbe. " + _NAVY_B, "2025-02-02")
    undated = [d.model_copy(update={"published": None}) for d in (a1, a2, b1, b2)]
    conflicts = check(undated).conflicts
    assert all({r.doc[0] for r in c.claims} == {"a"} for c in conflicts)


def test_event_settings_are_part_of_the_config():
    assert EventSettings().similarity == 0.05
    a = doc("a", "Daily Tigris", "A quake hit Malatya on 3 June, killing 31 people.", "2024-06-04")
    b = doc("b", "Nineveh Post", "A quake hit Malatya on 20 June, killing 14 people.", "2024-06-21")
    assert not check([a, b]).conflicts
    # seventeen days apart is one event now, whose toll cannot fall
    assert check([a, b], {"events": {"apart_days": 30}}).conflicts


def test_undated_tolls_conflict_a_step_lower_and_a_rise_is_no_conflict():
    a = doc("a", "Daily Tigris", "An earthquake in Malatya killed 20 people, officials said.").model_copy(update={"published": None})
    b = doc("b", "Nineveh Post", "An earthquake in Malatya killed 40 people, officials said.").model_copy(update={"published": None})
    [c] = of_type(run(a, b, only="value_conflict"), "value_conflict")
    assert c.severity == "medium" and any("undated" in n for n in c.notes)  # high, a step lower
    rose = doc("b", "Nineveh Post", "The toll from the earthquake in Malatya rose to 40.").model_copy(update={"published": None})
    assert not run(a, rose, only="value_conflict").conflicts
    # nor is a lower toll that says it rose: one step of a growing toll
    risen = doc("a", "Daily Tigris", "The toll from the earthquake in Malatya rose to 20.").model_copy(update={"published": None})
    assert not run(risen, b, only="value_conflict").conflicts


# -- counts of things no lexicon class names ("six AK-47 rifles", "three undersea cables") --
_SEIZED_A = "Pirates hijacked a freighter off Berbera on Tuesday; marines later seized six harpoon guns."


def _two(a_text: str, b_text: str, a_day: str = "2024-06-12", b_day: str = "2024-06-12"):
    return run(doc("a", "Daily Tigris", a_text, a_day), doc("b", "Nineveh Post", b_text, b_day), only="value_conflict")


def _conflict_on(a_text: str, b_text: str, referent: str):
    """The one value conflict of two same-day reports, checked to be about ``referent``."""
    [c] = of_type(_two(a_text, b_text), "value_conflict")
    assert c.key.split("|")[1] == referent, c.key
    return c


def _the_claim(text: str, value: float):
    [claim] = [x for x in extract(Document(id="a", text=text)) if x.value.low == value]
    return claim


def test_a_count_of_an_unclassed_thing_conflicts_inside_one_event_with_a_note():
    report = _two(_SEIZED_A, "After Tuesday's hijacking of a freighter off Berbera, marines seized 14 harpoon guns, "
                             "a spokesman said.")
    [c] = of_type(report, "value_conflict")
    assert c.key.split("|")[1] == "noun:harpoon gun"
    assert "6 harpoon guns" in c.explanation and "14" in c.explanation
    assert any("referent is uncertain" in n for n in c.notes) and c.severity != "high"


def test_an_unclassed_count_with_no_verb_joins_those_with_one_and_two_verbs_stay_apart():
    found = "After Tuesday's hijacking of a freighter off Berbera, marines found six harpoon guns."
    assert of_type(_two(_SEIZED_A.replace("six", "14"), found), "value_conflict")
    assert not _two(_SEIZED_A, "After Tuesday's hijacking of a freighter off Berbera, marines destroyed 14 harpoon "
                               "guns.").conflicts


def test_unclassed_things_with_other_modifiers_are_different_things():
    assert not _two(_SEIZED_A, "After Tuesday's hijacking of a freighter off Berbera, marines seized 14 flare guns and "
                               "three other harpoon guns.").conflicts


def test_a_phrase_after_the_noun_that_narrows_the_group_names_another_referent():
    assert not _two("The court in Berbera sentenced the hijacker on Tuesday to four prison terms without parole.",
                    "On Tuesday, a court in Berbera sentenced the hijacker to seven prison terms and four terms "
                    "without parole.").conflicts


def test_unclassed_things_of_two_events_never_conflict():
    assert not _two("Pirates hijacked a freighter off Berbera on 3 June; marines later seized six harpoon guns.",
                    "Pirates hijacked a freighter off Berbera on 20 June; marines later seized 14 harpoon guns.",
                    "2024-06-04", "2024-06-21").conflicts


def test_a_bare_unclassed_noun_with_no_verb_names_no_referent_across_articles():
    assert not _two("A fire hit the stadium in Berbera. The striker has 12 goals this season.",
                    "A fire hit the stadium in Berbera. Their keeper has 15 goals in his career.").conflicts


def test_an_undated_article_recalling_a_past_month_recalls_another_event():
    a = Document(id="a", outlet="Daily Tigris", text="Three undersea cables were cut off Berbera on Friday, the operator "
                 "said. In March, five undersea cables were cut in the same area.")
    b = Document(id="b", outlet="Nineveh Post", text="Three undersea cables were cut off Berbera on Friday, engineers said.")
    assert not run(a, b, only="value_conflict").conflicts
    five = next(c for c in run(a, b).claims if c.text == "five")
    assert five.background and five.event.endswith("|past")


def test_one_of_a_list_of_people_is_a_part():
    a = doc("a", "Daily Tigris", "In Kumasi on Monday three people were shot by a gunman inside an office, police said.")
    b = doc("b", "Nineveh Post", "A 40-year-old woman and two men were shot at an office in Kumasi on Monday.")
    assert not run(a, b, only="value_conflict").conflicts
    assert next(c for c in run(a, b).claims if c.text == "two").partial


def test_an_undated_reports_own_day_outranks_a_recalled_date_in_its_lede():
    text = ("A court in Kumasi sentenced the gunman on Saturday for the shooting of March 11, 2005, that killed four "
            "people. The jury deliberated for 30 hours.")
    [hours] = [c for c in extract(Document(id="a", text=text)) if c.kind == "duration"]
    assert hours.event == "trial|Kumasi|-"


def test_an_unclassed_count_with_no_verb_stays_apart_when_the_others_give_two_verbs():
    found = "After Tuesday's hijacking of a freighter off Berbera, marines found six harpoon guns."
    destroyed = "After Tuesday's hijacking of a freighter off Berbera, marines destroyed 14 harpoon guns."
    report = run(doc("a", "Daily Tigris", _SEIZED_A.replace("six", "14"), "2024-06-12"),
                 doc("b", "Nineveh Post", found, "2024-06-12"), doc("c", "Gulf Wire", destroyed, "2024-06-12"),
                 only="value_conflict")
    assert not report.conflicts


def test_a_model_named_by_its_number_is_one_referent_whatever_head_follows():
    a = "Pirates hijacked a freighter off Berbera on Tuesday; marines later found seven AK-47 rifles on the skiff."
    b = "After Tuesday's hijacking of a freighter off Berbera, marines recovered 12 AK-47 guns, a spokesman said."
    [c] = of_type(_two(a, b), "value_conflict")
    assert c.key.split("|")[1] == "noun:ak 47" and "7 AK-47 rifles" in c.explanation
    assert not _two(a.replace("AK-47", "hunting"), b.replace("AK-47", "hunting")).conflicts


# -- the price of one version of a product ("the 14-inch model starts at $899") -----------
_LAUNCH = "Orchard unveiled the new Slate Book laptops in Portland on Tuesday."


def test_prices_of_one_version_of_one_product_conflict_inside_the_launch():
    a = _LAUNCH + " The 14-inch model starts at $899, and the 16-inch model costs $1,299."
    b = _LAUNCH + " Orchard will ask $949 for the base 14-inch version and $1,299 for a 16-inch version."
    [c] = of_type(_two(a, b), "value_conflict")
    assert c.key.split("|")[1] == "noun:price of 14 inch book"
    assert "the price of the 14-inch Slate Book" in c.explanation and "$899" in c.explanation and "$949" in c.explanation
    assert any("referent is uncertain" in n for n in c.notes)


def test_prices_of_other_versions_other_products_or_dearer_versions_do_not_conflict():
    a = _LAUNCH + " The 14-inch model starts at $899."
    assert not _two(a, _LAUNCH + " The 16-inch model starts at $1,299.").conflicts          # another size
    assert not _two(a, _LAUNCH.replace("Slate Book", "Slate Tab") + " The 14-inch model starts at $499.").conflicts
    assert not _two(a, _LAUNCH + " An upgraded 14-inch model goes for $1,099.").conflicts  # a dearer version
    assert not _two(a, _LAUNCH + " The 14-inch model comes in $899 and $1,099 versions.").conflicts  # the list's second
    assert not _two(_LAUNCH + " The laptop starts at $899.", _LAUNCH + " The laptop starts at $1,099.").conflicts  # no version


def test_a_place_named_new_is_no_product():
    text = "Orchard opened a store in New York and unveiled the new Slate Book."
    assert Products(text, default_lexicon()).names == {"Slate Book": "book"}


def test_prices_of_one_version_in_two_launches_do_not_conflict():
    a = "Orchard unveiled the new Slate Book in Portland on 3 June 2024. The 14-inch model starts at $899."
    b = "Orchard unveiled the new Slate Book in Portland on 20 May 2025. The 14-inch model starts at $999."
    assert not _two(a, b, "2024-06-03", "2025-05-20").conflicts


# -- a quake's depth is the event's, as its magnitude is -----------------------------------
def test_rival_depths_of_one_quake_conflict_and_two_quakes_depths_do_not():
    a = "A quake struck Van province on Tuesday at a depth of 10 km, the observatory said."
    b = "Tuesday's quake in Van province struck at a depth of 6 kilometres, the USGS said."
    [c] = of_type(_two(a, b), "value_conflict")
    assert c.key.split("|")[1] == "depth" and "the depth in the Van earthquake" in c.explanation
    other = "A quake struck Van province on 3 May 2023 at a depth of 6 km, the USGS said."
    assert not _two(a.replace("on Tuesday", "on 11 June 2024"), other, "2024-06-12", "2023-05-04").conflicts


def test_an_event_that_claims_lives_is_no_source():
    [c] = [c for c in extract("The landslide claimed 16 lives on Sunday.") if c.kind == "count"]
    assert c.attribution is None and c.predicate == "killed"


# -- one person's age -----------------------------------------------------------------------
_SHOT = "A gunman shot two guards at a bank in Tulsa on Monday. "


def test_one_persons_age_conflicts_inside_one_event():
    a = _SHOT + "Police named the suspect as Dale Amos Corbin, 41, of Tulsa."
    b = _SHOT + "Dale Corbin was arrested on Tuesday. Corbin, 44, had no criminal record."
    [c] = of_type(_two(a, b, "2024-06-11", "2024-06-12"), "value_conflict")
    assert c.key.split("|")[1] == "age of amos corbin" or "corbin" in c.key
    assert "the age of" in c.explanation and "41 years old" in c.explanation and "44 years old" in c.explanation


def test_ages_of_two_people_of_one_name_of_unnamed_people_or_of_two_months_do_not_conflict():
    a = _SHOT + "Police named the suspect as Dale Corbin, 41, of Tulsa."
    son = _SHOT + "Dale Corbin was arrested. His son, Eli Corbin, 19, said he was shocked. Corbin, 19, wept."
    assert not _two(a, son, "2024-06-11", "2024-06-12").conflicts
    assert not _two(_SHOT + "A 12-year-old girl saw it.", _SHOT + "A 15-year-old girl saw it.").conflicts
    later = "Dale Corbin, 43, was convicted on Friday of the shooting of two guards at a bank in Tulsa."
    assert not _two(a, later, "2024-06-11", "2026-03-06").conflicts


def test_an_undated_report_gives_an_age_as_of_the_event_it_reports():
    undated = lambda i, text: Document(id=i, outlet=f"Outlet {i}", text=text)  # noqa: E731
    dated = "A gunman shot two guards at a bank in Tulsa on 10 June 2024. Police named him as Dale Corbin, 41."
    told = "A gunman shot two guards at a Tulsa bank on 10 June 2024. Dale Corbin, 44, was arrested."
    [c] = of_type(run(undated("a", dated), undated("b", told), only="value_conflict"), "value_conflict")
    assert c.key.split("|")[1] == "age of dale corbin" and c.event.endswith("2024-06-10")
    # the lede names no day: the report is as old as the shooting the other reports date
    plain = "A gunman shot two guards at a Tulsa bank. Dale Corbin, 44, was arrested."
    assert of_type(run(undated("a", dated), undated("b", plain), only="value_conflict"), "value_conflict")
    # a trial's report merged with the shooting's by its names was written later: not compared
    trial = "Dale Corbin, 46, was convicted of murder at his trial over the shooting of two guards at a Tulsa bank."
    assert not run(undated("a", dated), undated("b", trial), only="value_conflict").conflicts


def test_an_obituarys_age_is_the_dead_persons():
    """ "She was 85.", "Quell was 85.", "dies at 85" in a headline that opens with a role or
    closes an appositive: the age of the one who died."""
    def age_of(text: str) -> str:
        [age] = [c for c in extract(text, published="2024-06-12") if c.subject == "age"]
        return age.compare_as
    assert age_of("Mara Quell, the stage actress, died on Tuesday at her home. She was 85.") == "age of mara quell"
    assert age_of("The actress Mara Quell died on Tuesday. Quell was 85.") == "age of mara quell"
    assert age_of("Actress Mara Quell dies at 85") == "age of mara quell"
    assert age_of("Fred Dunn, top Carver aide, dies at 75") == "age of fred dunn"  # not the aide's boss
    assert not [c for c in extract("The painter died on Sunday at 88.") if c.subject == "age"]  # nobody named
    # a title-case headline's verb, an appositive before the name, a place before "aged"
    assert age_of("Legendary Musical Star Esther Quill Dies At 91") == "age of esther quill"
    assert age_of("Hollywood Mermaid, Esther Quill dies at 91") == "age of esther quill"
    assert age_of("Pin-up star Betty Pane has died in Phoenix, aged 85.") == "age of betty pane"
    assert age_of("Tom Farmer, 41, was arrested.") == "age of tom farmer"  # a surname that is a role word
    for text in ("The 48-year-old Leeds-born singer won the prize.", "The 48-year-old Welsh singer won the prize."):
        assert not [c for c in extract(text, published="2024-06-12") if c.subject == "age"], text


def test_an_age_is_as_of_the_event_not_of_what_its_sentence_dates():
    a = _SHOT + "The gunman, identified as Carl Benner, 44, had been fired two weeks earlier."
    b = _SHOT + "Police said the shooter, Carl Benner, 45, was fired last month."
    [c] = of_type(_two(a, b), "value_conflict")
    assert c.key.split("|")[1] == "age of carl benner"


def test_a_figure_in_a_relative_clause_takes_no_verb_after_it():
    text = "Mara Quell, the actress who starred in more than 40 films, died on Tuesday."
    [films] = [c for c in extract(text, published="2024-06-12") if c.kind == "count"]
    assert films.predicate is None


def test_an_age_of_someone_introduced_by_name_is_that_persons():
    a = _SHOT + "A 41-year-old man, Dale Corbin, was arrested on Tuesday."
    b = _SHOT + "Police arrested a Tulsa man identified as Dale Corbin. Corbin, 44, had no record."
    [c] = of_type(_two(a, b), "value_conflict")
    assert c.key.split("|")[1] == "age of dale corbin"
    assert not _two(_SHOT + "A 41-year-old man, police said, was arrested.", b).conflicts  # nobody named


def test_a_named_defendants_bail_conflicts():
    a = _SHOT + "Dale Corbin was charged on Tuesday. Bail for Dale Corbin was set at $2 million."
    c = _SHOT + "Dale Corbin was charged on Tuesday. A judge set bail at $200,000 for Dale Corbin."
    assert of_type(_two(a, c), "value_conflict")[0].key.split("|")[1] == "bail of dale corbin"
    assert not _two(a, _SHOT + "Two men were charged. Bail for each was set at $200,000.").conflicts  # nobody named


def test_the_age_of_an_events_one_gunman_is_the_age_of_the_one_its_reports_name_so():
    a = _SHOT + "The gunman, 24, fled on foot."
    b = _SHOT + "The gunman, Carl Benner, 27, fled on foot. Benner was arrested on Tuesday."
    [c] = of_type(_two(a, b), "value_conflict")
    assert "24" in c.explanation and "27" in c.explanation
    assert not _two(a, _SHOT + "Police named the shooter as Carl Benner, 27.").conflicts  # (another role word: not linked)


def test_the_age_of_a_role_several_may_hold_is_not_compared():
    a = _SHOT + "The victim, 45, was a security guard."
    assert not _two(a, _SHOT + "The victim, 52, was a security guard.", "2024-06-11", "2024-06-11").conflicts
    assert of_type(_two(_SHOT + "The gunman, 41, fled.", _SHOT + "The gunman, 44, fled.", "2024-06-11", "2024-06-11"),
                   "value_conflict")


def test_depths_of_a_mine_disaster_are_not_the_events_own():
    a = "A mine collapsed near Zonguldak on Tuesday, trapping 12 miners at a depth of 300 metres."
    b = "A mine collapsed near Zonguldak on Tuesday; rescuers drilled to a depth of 120 metres."
    assert not _two(a, b).conflicts


def test_others_of_another_verb_are_a_whole_and_of_the_same_verb_a_part():
    a = "A lone gunman opened fire inside an Omaha mall on Monday, killing eight people and wounding five others."
    b = "A lone gunman opened fire inside an Omaha mall on Monday; four people were wounded, police said."
    assert "5" in of_type(_two(a, b), "value_conflict")[0].explanation
    c = "A lone gunman opened fire inside an Omaha mall on Monday. Three guards and five others were killed."
    assert not _two(c, "A lone gunman opened fire inside an Omaha mall on Monday, killing eight people.").conflicts


def test_the_age_at_which_a_named_person_died_is_that_persons():
    lede = "The actor Tom Hale died in Boston on Sunday, "
    [c] = of_type(_two(lede + "at the age of 77.", lede + "aged 78, his family said.", "2024-06-10", "2024-06-11"),
                  "value_conflict")
    assert "the age of Tom Hale" in c.explanation and "77 years old" in c.explanation


# -- one person's prison sentence --------------------------------------------------------------
_SENTENCED = "A court in Boston on Friday sentenced Ray Dunn to {} in prison for the robbery of a bank."


def test_one_persons_sentence_conflicts_and_a_maximum_or_a_demand_does_not():
    [c] = of_type(_two(_SENTENCED.format("15 years"), _SENTENCED.format("12 years")), "value_conflict")
    assert "the sentence of Ray Dunn in the Boston trial" in c.explanation
    hedged = "Ray Dunn faced a maximum sentence of 25 years for the robbery of a bank in Boston, convicted on Friday."
    assert not _two(_SENTENCED.format("15 years"), hedged).conflicts
    two = "A court in Boston on Friday sentenced Ray Dunn to 15 years and Lee Moss to 12 years for the robbery of a bank."
    assert not _two(_SENTENCED.format("15 years"), two.replace("Ray Dunn to 15", "Ray Dunn to 15")).conflicts


def test_a_versions_range_of_prices_is_compared_by_its_starting_price():
    a = _LAUNCH + " The 14-inch Slate Book gets a faster chip, and the price remains at $949 to $1,299."
    b = _LAUNCH + " Though the 12-inch Slate Book still starts at $699, the 14-inch has dropped $100 to $899."
    [c] = of_type(_two(a, b), "value_conflict")
    assert c.key.split("|")[1] == "noun:price of 14 inch book" and "$949-1,299 (from $949)" in c.explanation
    assert not _two(a, b.replace("$899", "$949")).conflicts  # the range starts at the other's price


def test_prices_in_two_markets_and_the_age_of_one_of_two_gunmen_are_not_compared():
    a = _LAUNCH + " The 14-inch model costs $899 in the US and $999 in Canada."
    assert not _two(a, _LAUNCH + " The 14-inch model costs $999 in Canada.").conflicts
    assert of_type(_two(a, _LAUNCH + " The 14-inch model costs $949 in the US."), "value_conflict")
    b = _SHOT + "The gunman, 19, was shot by police. A second gunman, 22, escaped."
    assert not _two(b, _SHOT + "The gunman, 22, escaped.", "2024-06-11", "2024-06-11").conflicts


# -- a named person's relatives -----------------------------------------------------------------
_CHARGED = "Police in Creston arrested the sect leader Amos Vale on Tuesday. "


def test_a_named_persons_relatives_conflict_and_a_charges_or_a_lifetimes_do_not():
    a = _CHARGED + "Vale, who has 12 wives, denied the charges."
    b = _CHARGED + "Officials said Vale is married to 14 women."
    c = _conflict_on(a, b, "wives of amos vale")
    assert "the number of wives of Amos Vale" in c.explanation
    assert not _two(a, _CHARGED + "Vale is accused of marrying 14 women.").conflicts  # the charge names some
    assert not _two(a, _CHARGED + "Vale, who has had 30 wives, denied the charges.").conflicts  # a lifetime's
    assert not _two(a, _CHARGED + "Police said the sheikh has 14 wives.").conflicts  # nobody named


def test_a_named_parents_children_conflict_and_an_unnamed_parents_are_not_read():
    shot = "A gunman shot a woman outside a school in Tulsa on Friday. "
    a = shot + "The victim, Ada Corbin, 41, a mother of seven, was walking her son home."
    b = shot + "Tulsa mother of 8 Ada Corbin was hit in the chest."
    c = _conflict_on(a, b, "children of ada corbin")
    assert "the number of children of Ada Corbin" in c.explanation
    assert not _two(a, shot + "Gunmen killed a mother of 8 as she walked home.").conflicts  # nobody named


# -- an article's own prices of one version: its starting price is the lowest ----------------
def test_an_articles_lowest_price_of_a_version_is_its_starting_price():
    a = _LAUNCH + " The 12-inch costs $699, while the 14-inch will sell for $849. The 14-inch is offered in $949 and $1,299 models."
    b = _LAUNCH + " The 14-inch Slate Book starts at $949."
    [c] = of_type(_two(a, b), "value_conflict")
    assert "$849" in c.explanation and "$949" in c.explanation and "$1,299" not in c.explanation
    assert not _two(a, _LAUNCH + " The 14-inch Slate Book starts at $849.").conflicts  # its dearer models price configurations


# -- things named after an event are no event -----------------------------------------------------
def test_assault_rifles_and_fire_engines_name_no_incident():
    lex = default_lexicon()
    from claimcheck.lexicon import Words
    from claimcheck.pipeline.events import event_types
    text = "Marines seized three assault rifles and six fire engines attended. A fire broke out after the assault."
    assert event_types(lex, Words(text)) == ["fire", "attack"]


# -- the rest of a list's class: "seven AK-47s, three other rifles" ---------------------------
def test_the_rest_of_a_lists_class_is_a_group_of_its_own():
    a = "Pirates hijacked a freighter off Berbera on Tuesday; the haul held seven AK-47s, three other semi-automatic rifles and a mortar."
    b = "After Tuesday's hijacking of a freighter off Berbera, marines took seven AK-47 combat rifles, two other rifles and a mortar tube."
    assert "2 other rifles" in _conflict_on(a, b, "noun:rifle other than ak 47").explanation
    assert not _the_claim(a, 3).partial  # the whole of its own group, though "other" makes it a part of all rifles
    assert not _two(a, b.replace("seven AK-47 combat rifles", "seven pistols")).conflicts  # rifles other than pistols


def test_other_things_outside_a_list_stay_a_part():
    text = "Pirates hijacked a freighter off Berbera on Tuesday. Marines later found three other rifles on the skiff."
    claim = _the_claim(text, 3)
    assert claim.partial and claim.compare_as is None


# -- vehicles that carry a group: "raiders aboard two skiffs" --------------------------------------
_BOATS = "Pirates tried to hijack a freighter off Berbera on Tuesday. "


def test_the_vehicles_a_group_rides_in_are_that_groups_inside_one_event():
    a = _BOATS + "A warship moved against the pirates aboard two boats, a spokesman said."
    b = _BOATS + "The pirates, aboard three boats, had ringed the freighter near Berbera."
    assert "2 pirate boats" in _conflict_on(a, b, "noun:pirate boat").explanation
    claim = _the_claim(b, 3)
    assert claim.predicate is None and claim.holder == "pirates"  # the pirates surrounded it, not the boats


def test_vehicles_of_two_events_or_of_no_group_are_not_compared():
    a = _BOATS + "A warship moved against the pirates aboard two boats."
    later = "Pirates tried to hijack a tanker off Eyl on 30 June. The pirates, aboard three boats, fled."
    assert not _two(a, later, "2024-06-12", "2024-07-01").conflicts
    assert not _two(_BOATS + "Two boats were seen nearby.", _BOATS + "Three boats were seen nearby.").conflicts


# -- an archive too large to compare every article's names at once ---------------------------
def test_a_large_archive_compares_names_within_an_event_family_before_cutting_by_place():
    a = doc("a", "Daily A", "Pirates hijacked the Korali off Aden on Tuesday. Commandos from the INS Tarkash said the "
                            "pirates, aboard three boats, fled toward Bosaso.", "2024-06-12")
    b = doc("b", "Daily B", "Pirates hijacked the Korali near Djibouti. Commandos from the INS Tarkash fought "
                            "the pirates aboard two boats near Bosaso.", "2024-06-12")
    quake = doc("c", "Daily C", "An earthquake hit Malatya on Tuesday, killing 14 people in Battalgazi.", "2024-06-12")
    # three articles over a limit of two: the two hijacking reports are still one event
    [c] = of_type(run(a, b, quake, only="value_conflict", config=Config(events=EventSettings(max_group=2))),
                  "value_conflict")
    assert c.key.split("|")[1] == "noun:pirate boat"


def test_a_vague_count_of_a_generic_noun_is_not_compared():
    text = ("A flood hit Malatya on Tuesday. Rescuers believed the boat carried several people, but the captain "
            "said it was one person.")
    assert not _two(text, "A flood hit Malatya on Tuesday.").conflicts


# -- the time a named person served; "he" for the person before ------------------------------
_DIED = "Former aide Ray Dunn died in Tulsa on Monday, aged 75. "


def test_the_time_one_person_served_conflicts_and_a_pronoun_stands_for_the_name_before():
    a = _DIED + "Dunn served five and a half months behind bars over the bribery case."
    b = _DIED + "Dunn pleaded guilty to bribery in 1973. He served 167 days."
    c = _conflict_on(_DIED + "Dunn pleaded guilty to bribery in 1973. He served more than four years.", a, "served of ray dunn")
    assert "the time Ray Dunn served" in c.explanation
    assert not _two(a, b).conflicts  # 167 days is five and a half months
    # a surname whose given names around are two (a father and a son) is nobody's
    assert not _two(a, _DIED + "His father, Ike Dunn, was a farmer. Dunn served more than four years.").conflicts
    assert not _two(a, "Ray Dunn, an aide, died in Tulsa on Monday.\nDunn could have served more than four years.").conflicts


def test_a_name_is_not_read_across_a_line_break():
    from claimcheck.pipeline.bind.person import given_names as _given_names
    text = "Published: July 28 at 1:24 PM\nFred Dunn, an aide, died.\nDunn was 75."
    assert _given_names("Dunn", text, 0, len(text), default_lexicon()) == {"Fred"}


def test_a_when_clause_after_since_a_year_recalls_that_years_event():
    text = "Riots hit Malatya on Tuesday. The unrest is the worst since 2013, when riots in Malatya left two people dead."
    [dead] = [c for c in extract(Document(id="a", text=text, published="2025-03-05")) if c.kind == "count"]
    assert dead.background and dead.event == "riot|Malatya|2013"


def test_a_fire_set_during_a_riot_is_the_riots():
    text = "Riots hit Malatya on Tuesday. Rioters set fire to 20 cars and looted 14 shops."
    claims = [c for c in extract(Document(id="a", text=text, published="2025-03-05")) if c.kind == "count"]
    assert [c.event for c in claims] == ["riot|Malatya|2025-03-04"] * 2 and not any(c.background for c in claims)


# -- a heist: what was stolen, and who took part -------------------------------------------------
def test_the_loot_of_one_heist_conflicts_and_its_gunmen_tell_of_no_shooting():
    a = "Four armed men stole jewels worth 85 million euros from a store in Paris on Tuesday, police said."
    b = ("Robbers took jewels valued at 80 million euros from a store in Paris on Tuesday, police said. "
         "The three gunmen escaped within 20 minutes.")
    c = _conflict_on(a, b, "loot")
    assert "the loot in the Paris heist" in c.explanation and "€80 million" in c.explanation
    gunmen = [x for x in extract(Document(id="b", text=b, published="2024-06-12")) if x.value.low == 3]
    assert [x.event for x in gunmen] == ["heist|Paris|2024-06-11"] and not gunmen[0].background


def test_time_served_named_before_a_term_and_by_an_appositive():
    a = _DIED + "Dunn served more than four years over the bribery case."
    b = "Ray Dunn, a former clerk who served a 7-1/2-month jail term over bribery, died in Tulsa on Monday."
    c = _conflict_on(a, b, "served of ray dunn")
    assert "7.5 months" in c.explanation or "7-1/2-month" in c.explanation, c.explanation


def test_a_surname_is_the_lede_s_person_when_relatives_are_named_later():
    lede = "Former aide Fred Dunn died in Tulsa on Monday, aged 75. " + "He was a quiet man who loved fishing. " * 12
    a = lede + "His son, Tim Dunn, said the family was proud. Dunn served two years for bribery."
    b = "Former aide Fred Dunn died in Tulsa on Monday, aged 75. Dunn served five and a half months over bribery."
    assert "the time Fred Dunn served" in _conflict_on(a, b, "served of fred dunn").explanation


# -- an acquisition's price ------------------------------------------------------------------
def test_the_price_paid_for_a_named_company_conflicts_inside_one_acquisition():
    a = ("Norvex to buy Tallin Systems\nNorvex said on Wednesday it would buy Tallin Systems for $2.1 billion in cash, "
         "or $34 a share, a premium of 28 percent over Tuesday's close.")
    b = ("Norvex agrees deal for Tallin\nNorvex agreed to acquire Tallin for $2.4 billion, paying $36 per share, "
         "the companies said on Wednesday. The price is a 31 percent premium.")
    found = {c.key.split("|")[1]: c for c in of_type(_two(a, b, "2021-03-10", "2021-03-10"), "value_conflict")}
    assert set(found) == {"deal for tallin", "premium"}
    assert sum(1 for c in of_type(_two(a, b, "2021-03-10", "2021-03-10"), "value_conflict")
               if c.key.startswith("money|deal for tallin")) == 2  # the price, and the price a share


def test_what_was_bought_is_its_name_not_its_description_suffix_or_buyer():
    def deal(text: str) -> str:
        [price] = [c for c in extract(text, published="2021-03-10") if c.kind == "money"]
        return price.compare_as
    assert deal("Norvex will buy Kestrel-based Tallin for about $2.1 billion.") == "deal for tallin"
    assert deal("Norvex to acquire chip startup Tallin Systems for $2.1 billion") == "deal for tallin"
    assert deal("Ray Dunn sold Tallin to Norvex Motors for $2.1 billion.") == "deal for tallin"  # not the buyer
    assert deal("The $2.1 billion takeover of Tallin Technologies was agreed on Wednesday.") == "deal for tallin"
    assert deal("Norvex will pay $2.1 billion for Tallin, the chipmaker said.") == "deal for tallin"
    assert deal("Norvex paid $2.1 billion in cash for Tallin Systems.") == "deal for tallin"
    assert deal("Norvex paid $2.1 billion for the land.") is None  # nothing named
    assert deal("Norvex Inc. agreed to acquire Tallin Data Corp. for $2.1 billion.") == "deal for tallin"
    assert deal("Norvex agreed to acquire Tallin in a cash deal valued at $2.1 billion.") == "deal for tallin"
    # a description valued after the name bought is that name's deal
    [_, total] = [c for c in extract("Norvex agreed to acquire Tallin for $42.50 a share, valuing the Ohio-based lab "
                                     "at about $2.1 billion.", published="2021-03-10") if c.kind == "money"]
    assert total.compare_as == "deal for tallin"


def test_a_deal_valued_at_a_price_is_the_one_its_sentence_names_and_about_is_no_rounding_of_it():
    a = ("Norvex to buy Tallin\nNorvex has agreed to buy Tallin Data for $34 for each share, in a deal valued at "
         "about $2.4 billion, the companies said on Wednesday.")
    [total, share] = sorted((c for c in extract(a, published="2021-03-10") if c.kind == "money"), key=lambda c: c.value.low)[::-1]
    assert total.compare_as == share.compare_as == "deal for tallin" and share.unit == "USD per share"
    [named] = [c for c in extract("Norvex will pay $34 per Tallin share.", published="2021-03-10") if c.kind == "money"]
    assert named.unit == "USD per share"  # a name between "per" and "share"
    [rent] = [c for c in extract("Office rents rose to $34.60 per square foot.", published="2021-03-10") if c.kind == "money"]
    assert rent.unit == "USD per square foot"  # (a capitalised name only, not any word)
    b = "Norvex to buy Tallin\nNorvex said on Wednesday it would buy Tallin Data for $2.2 billion in cash."
    [c] = of_type(_two(a, b, "2021-03-10", "2021-03-10"), "value_conflict")
    assert c.key.split("|")[1] == "deal for tallin"


def test_bail_is_set_to_the_dollar():
    a = _SHOT + "Dale Corbin was charged on Tuesday. A judge set bail at $1.2 million for Dale Corbin."
    b = _SHOT + "Dale Corbin was charged on Tuesday. Dale Corbin remains jailed on $1 million bail."
    assert of_type(_two(a, b), "value_conflict")[0].key.split("|")[1] == "bail of dale corbin"


def test_an_unnamed_price_and_a_round_figure_of_the_same_price_do_not_conflict():
    a = "Norvex to buy firm\nNorvex said on Wednesday it would buy the firm for $2.1 billion."
    b = "Norvex deal\nNorvex agreed on Wednesday to buy the company for $2.6 billion."
    assert not _two(a, b, "2021-03-10", "2021-03-10").conflicts  # which deal is not said
    a = "Norvex to buy Tallin\nNorvex said on Wednesday it would buy Tallin Systems for $13.9 billion."
    b = "Norvex deal\nThe $13 billion acquisition of Tallin Systems was agreed on Wednesday."
    assert not _two(a, b, "2021-03-10", "2021-03-10").conflicts  # "$13 billion" cuts $13.9 billion
    c = "Norvex deal\nThe $12 billion acquisition of Tallin Systems was agreed on Wednesday."
    [conflict] = of_type(_two(a, c, "2021-03-10", "2021-03-10"), "value_conflict")
    assert conflict.key.split("|")[1] == "deal for tallin"


# -- what common reports disagree on ---------------------------------------------------------
def _keys(a: str, b: str, day: str = "2021-06-12") -> set[str]:
    return {c.key.split("|")[1] for c in of_type(_two(a, b, day, day), "value_conflict")}


def test_a_town_before_its_state_is_the_place_and_a_rate_has_no_verb():
    a = ("Wildfire near Redding burns 12,000 acres\nA wildfire north of Redding, California, has destroyed 40 homes "
         "since Sunday and is 20 percent contained, fire officials said on Tuesday.")
    b = "Redding fire grows\nThe fire near Redding has destroyed 35 homes and is 10 percent contained, officials said on Tuesday."
    assert _keys(a, b) == {"homes", "containment"}


def test_a_sentence_named_at_the_head_of_its_sentence_and_what_was_stolen():
    a = "Former clerk jailed\nA federal judge on Friday sentenced Dale Corbin to 12 years behind bars for stealing $4.2 million."
    b = "Corbin gets 10 years\nDale Corbin, the former county clerk who stole $3.8 million, was sentenced to 10 years on Friday."
    assert _keys(a, b) == {"sentence of dale corbin", "loot"}


def test_a_vehicles_fall_and_its_passengers_and_a_partys_seats():
    a = "Bus crash kills 24\nA bus carrying 45 passengers plunged 200 metres into a ravine near Cusco on Monday, killing 24 people."
    b = "Bus crash near Cusco\nAt least 24 people died when a bus with 50 passengers on board fell 150 meters into a gorge near Cusco on Monday."
    assert _keys(a, b, "2021-05-11") == {"passengers", "fall"}
    a = "Centre Party wins\nThe Centre Party won 38 of the 101 seats in Sunday's election in Estonia, with turnout at 63.7 percent."
    b = "Centre Party tops vote\nThe Centre Party won 36 seats in the 101-seat parliament on Sunday. Turnout was 61 percent."
    assert _keys(a, b, "2023-03-06") == {"seats", "turnout"}
    # two climbers' falls in one accident are told apart by who fell
    a = "Climbers die\nDuncan Rait fell 60 metres from a ridge near Fox Glacier on Friday."
    b = "Climbers die\nRobert Buckley fell 600 metres from a ridge near Fox Glacier on Friday."
    assert "fall" not in _keys(a, b)


def test_a_figure_placed_in_the_state_is_the_events_and_a_coordinated_count_is_a_part():
    a = ("Gunman kills three at Ohio warehouse\nCarl Benner, a former employee of Quist Freight, opened fire at a "
         "warehouse in Dayton on Monday, killing three co-workers, police said.")
    b = ("Warehouse shooting in Dayton leaves 4 dead\nFour workers were killed when Carl Benner, a former employee of "
         "Quist Freight, opened fire on Monday.")
    assert "people" in _keys(a, b, "2021-03-09")  # Ohio is where Dayton lies
    a = "Climbers die in Nepal\nOne Austrian and one Spanish climber died in falls near Pokhara, police said on Monday."
    b = "Two climbers killed near Pokhara\nTwo climbers were killed in falls near Pokhara, police said on Monday."
    assert not _keys(a, b, "2021-03-09")  # one of each nationality: two


def test_a_toll_placed_in_the_one_other_place_of_the_event_is_the_events():
    said = " said Ade Rukmana of the BNPB agency in Jakarta."  # names the reports share: one event
    a = "Quake hits Sumatra\nA strong earthquake struck off Sumatra on Wednesday, killing at least 75 people in Padang," + said
    b = "Sumatra quake toll rises\nThe death toll from Wednesday's quake off Sumatra rose to 105 on Thursday," + said
    c = "Padang quake: 99 dead\nNinety-nine people died in the earthquake that hit Padang on Wednesday," + said
    docs = [doc("a", "Wire One", a, "2009-09-30"), doc("b", "Daily Two", b, "2009-10-01"), doc("c", "Paper Three", c, "2009-10-02")]
    [toll] = [x for x in of_type(run(*docs, only="value_conflict"), "value_conflict") if "|killed|" in x.key]
    assert "lower figure, 99, later" in toll.explanation
    # a third place: each town keeps its own toll
    d = "Quake kills 20 in Pariaman\nTwenty people were killed in Pariaman by Wednesday's earthquake," + said
    docs.append(doc("d", "Paper Four", d, "2009-10-02"))
    assert not [x for x in of_type(run(*docs, only="value_conflict"), "value_conflict") if "|killed|" in x.key and "20" in x.explanation]


def test_jobs_cut_are_job_cuts_and_an_arrest_after_a_riot_reports_the_riot():
    a = "Vantor to cut 4,000 jobs\nVantor Motors said on Thursday it would cut 4,000 jobs and close two plants."
    b = "Vantor announces 4,500 layoffs\nCarmaker Vantor Motors will eliminate 4,500 jobs, the company announced on Thursday."
    assert _keys(a, b, "2021-09-10") == {"job cuts"}
    a = "Police arrest 23 after riot in Leicester\nPolice arrested 23 people after a riot in Leicester on Saturday night."
    b = "Leicester riot: 27 held\nTwenty-seven people were arrested during Saturday's riot in Leicester, police said."
    assert _keys(a, b, "2021-09-12") == {"people"}


def test_a_quake_placed_in_its_state_and_in_its_town_is_one_and_a_comparisons_date_dates_nothing():
    a = ("Strong quake rocks California\nA magnitude 6.0 earthquake struck northern California early on Sunday. The quake, "
         "the strongest in the region since the 1989 Loma Prieta earthquake, struck at a depth of 11.3 km, the USGS said.")
    b = ("Sonoma quake damage\nSunday's earthquake near Sonoma struck at a depth of 6.1 miles, the USGS said. It was centred "
         "near Sonoma, in northern California.")
    assert "depth" in _keys(a, b, "2014-08-24")  # 11.3 km against 9.8 km, of the one quake
    [depth] = [c for c in extract(Document(id="a", text=a, published="2014-08-24")) if c.subject == "depth"]
    assert not depth.background
    forced = [c for c in extract("The quake forced 50 people from their homes in Sonoma on Sunday.", published="2014-08-24")
              if c.kind == "count"]
    assert [c.predicate for c in forced] == ["displaced"]


def test_a_crowd_is_people_whatever_its_noun_and_a_superlatives_since_is_no_duration():
    a = "Thousands march in Sofia\nAbout 50,000 people marched through Sofia on Saturday, police said."
    b = "Sofia protest\nRiot police said 70,000 protesters marched in central Sofia on Saturday."
    assert _keys(a, b, "2021-03-14") == {"people"}
    text = "Some 60,000 protesters marched in Sofia on Saturday, the largest demonstration in the city since 1997."
    assert not [c for c in extract(text, published="2021-03-14") if c.kind == "duration"]
    held = "Rebels have controlled most of the valley since 2014."
    assert [c.kind for c in extract(held, published="2017-09-06") if c.kind == "duration"] == ["duration"]


def test_a_weak_event_word_yields_to_another_in_the_lede():
    text = ("Kessick police make breakthrough\nKessick police announced on Friday that they had arrested three men "
            "over the theft of a tractor.")
    assert {c.event.split("|")[0] for c in extract(text, published="2019-03-08") if c.event} == {"arrest"}
    launch = "Norvex tablet\nNorvex announced a tablet with a 10-inch screen on Tuesday."
    assert {c.event.split("|")[0] for c in extract(launch, published="2019-03-08") if c.event} == {"release"}


def test_the_year_of_the_crime_an_arrest_is_for_dates_neither_the_arrest_nor_the_age():
    text = "Police on Friday arrested Mara Quell, 58, in the 1979 killings of two clerks at a Kessick store."
    claims = extract(text, published="2019-03-08")
    [age] = [c for c in claims if c.subject == "age"]
    assert age.time.as_of == "2019-03-08" and not age.background
    [year] = [c for c in claims if c.date_value == "1979"]
    assert year.subject is None  # the arrest was on Friday, not in 1979
    tried = "Dale Corbin was convicted in the 2005 trial of fraud."
    assert [c.subject for c in extract(tried, published="2019-03-08") if c.kind == "date"] == ["convicted"]


def test_how_often_a_person_married_is_compared_by_person():
    lede = "Pin-up model Bettie Quell dies at 85\nBettie Quell, a pin-up model of the 1950s, died on Thursday in Leeds. "
    a = lede + "Quell married twice; her first marriage lasted from 1943 to 1947."
    b = lede + "Quell was born Betty Mae Quell in Hull. Quell was married three times."
    c = _conflict_on(a, b, "marriages of betty quell")  # "Bettie" and "Betty" are one given name
    assert "twice" in c.explanation or "2" in c.explanation
    arrested = "Dale Corbin was arrested on Friday. Corbin was arrested three times before."
    assert not [c for c in extract(arrested, published="2019-03-08") if c.subject == "relatives"]


def test_how_long_after_one_step_another_came_is_the_persons_and_compared_by_what_it_came_after():
    died = "Model Bettie Quell dies\nBettie Quell died in a Leeds hospital on Thursday, {} after {}, her agent said."
    eight_days = died.format("eight days", "suffering a stroke")
    c = _conflict_on(eight_days, died.format("three weeks", "a stroke"), "died after stroke of betty quell")
    assert "how long after the stroke Bettie Quell died" in c.explanation
    assert not _two(eight_days, died.format("three weeks", "a fall")).conflicts  # after another step: another gap
    unnamed = "A woman died in a Leeds hospital on Thursday, eight days after a stroke."
    assert [c.subject for c in extract(unnamed, published="2024-06-12") if c.kind == "duration"] == [None]


def test_a_players_shooting_names_no_shooting():
    lede = "Cole Avery sets Leeds scoring record\nCole Avery, who extended his shooting range this year, scored 31 points as Leeds beat Hull 88-70 on Tuesday."
    [main] = {c.event for c in extract(lede, published="2024-06-12") if c.event}
    assert main.startswith("game|")


def test_a_place_in_a_line_of_title_holders_is_a_standing_fact_compared_across_events():
    a = doc("a", "Daily Tigris", "Tom Vance named new Doctor\nOn Saturday Tom Vance was presented as the 11th Doctor in London.",
            "2009-01-04")
    b = doc("b", "Nineveh Post", "Nell Avery named new Doctor\nNell Avery will take over from Tom Vance, the 12th Doctor, "
            "the BBC said in Cardiff on Sunday.", "2013-08-04")
    [c] = [c for c in check([a, b]).conflicts if "line place" in c.key]
    assert "the place in the line of Tom Vance" in c.explanation
    other = doc("c", "Nineveh Post", "Nell Avery named new Doctor\nNell Avery, the 12th Doctor, starts in Cardiff.", "2013-08-04")
    assert not [c for c in check([a, other]).conflicts if "line place" in c.key]  # another person's place


def test_bare_officers_are_no_soldiers_and_two_groups_of_them_are_not_compared():
    lede = "Two inmates escape from Leeds prison\nTwo inmates escaped from a work crew near Leeds on Tuesday. "
    a = doc("a", "Daily Tigris", lede + "Two officers were supervising the crew.", "2023-12-13")
    b = doc("b", "Nineveh Post", lede + "More than 60 officers from six agencies took part in the search.", "2023-12-13")
    assert not check([a, b]).conflicts
    [officers] = [c for c in extract(lede + "Two officers were supervising the crew.", published="2023-12-13")
                  if c.unit == "officer"]
    assert officers.subject is None  # counted by their noun, inside their article


def test_ages_in_a_deaths_report_that_name_no_one_or_a_title_are_the_dead_persons():
    def ages(text):
        return [c.compare_as for c in extract(text, published="2023-10-15") if c.subject == "age"]
    # a definite age with no name: the one who died, named most and in the headline
    assert ages("Two voices gone: Tom Reese's death follows Ada Pike's\nTom Reese died Saturday in Denver, days "
                "after the singer Ada Pike died in Leeds. Reese had sung for 50 years. The 84-year-old had spent "
                "10 days in the hospital.") == ["age of tom reese"]
    # "at age 85" after a song's title in quotes: the sentence's subject, not the title
    assert ages('Crooner Tom Reese dead at 85\nTom Reese, the baritone behind the ballad "Silver Rain at Dawn," '
                'has died in Denver at age 85, his family said.') == ["age of tom reese"] * 2
    # "He was 84" when his son shares his surname: the headline's person
    assert ages("Tom Reese dies at 84\nTom Reese, the baritone, died Saturday in Denver. He was 84.\n"
                "His son, Eli Reese, 49, said he died of pneumonia.") == ["age of tom reese"] * 2 + ["age of eli reese"]
    # a nickname in quotes is no one a pronoun stands for
    assert ages("Tom Reese, 'Silver Fox' of the scandal, dead at 95\nTom Reese, the official who became Silver Fox, "
                "died on Thursday. For decades Silver Fox was a mystery, and Silver Fox stayed hidden. He was 95.") \
        == ["age of tom reese"] * 2
    # not in a fight's report: "the 40-year-old" there is the other fighter
    assert "age of tom reese" not in ages("Tom Reese stops Ada Pike\nTom Reese stopped Ada Pike in Bern on Saturday. "
                                          "Reese put the 40-year-old on the canvas in the fifth.")


def test_a_lines_starting_price_is_compared_by_the_line_and_its_model_number():
    lede = "Orchard unveils Nova 7\nOrchard introduced the Nova 7 phone in Leeds on Tuesday. "
    a = doc("a", "Daily Tigris", lede + "The Nova 7 starts at $799 in stores.", "2023-09-12")
    b = doc("b", "Nineveh Post", lede + "Orchard introduced its Nova 7 on Tuesday, with prices starting at $749.",
            "2023-09-12")
    [c] = [c for c in check([a, b]).conflicts if "starting price" in c.key]
    assert "starting price of the Nova 7" in c.explanation
    pro = doc("c", "Nineveh Post", lede + "The Nova 7 Pro starts at $999.", "2023-09-12")
    assert not check([a, pro]).conflicts  # another line


def test_a_lines_screen_size_is_compared_exactly_by_the_line():
    lede = "Orchard unveils Nova 7\nOrchard introduced the Nova 7 phone in Leeds on Tuesday. "
    a = doc("a", "Daily Tigris", lede + "The Nova 7 has a 6.4-inch display.", "2023-09-12")
    b = doc("b", "Nineveh Post", lede + "In our first look, the 6.5-inch screen looked bright.", "2023-09-12")
    [c] = [c for c in check([a, b]).conflicts if "screen size" in c.key]
    assert "screen size of the Nova 7" in c.explanation
    pro = doc("c", "Nineveh Post", lede + "A larger Nova 7 Pro has a 6.8-inch screen.", "2023-09-12")
    assert not check([a, pro]).conflicts  # another line's
    port = "Orchard unveils new Slate laptop\nThe Slate has FireWire 800 and a 15.4-inch display."
    assert not [c for c in extract(port, published="2023-09-12") if c.subject == "spec"]  # a port: no line the headline names


def test_a_step_named_before_its_gap_is_compared_with_the_gap_to_the_articles_event():
    lede = "Model Bettie Quell dies\nBettie Quell died in a Leeds hospital on Thursday, her agent said. "
    earlier = lede + "Quell suffered a stroke nine days earlier and never woke up."
    ago = ("Model Bettie Quell dies\nOn Thursday in Leeds, the model Bettie Quell succumbed to complications "
           "from a stroke suffered almost three weeks ago.")
    after = lede.replace("on Thursday,", "on Thursday, six days after suffering a stroke,")
    c = _conflict_on(earlier, ago, "died after stroke of betty quell")
    assert "9 days" in c.explanation and "nearly 3 weeks" in c.explanation
    assert _conflict_on(ago, after, "died after stroke of betty quell")
    # no step verb, or no gap: no interval ("nine days earlier" alone is a date's offset)
    bare = lede + "Quell was seen nine days earlier at a Leeds cafe."
    assert not [c for c in extract(bare, published="2024-06-12") if c.subject == "interval"]
    # the later step is the article's event only when the article reports one
    untyped = "Quell suffered a stroke nine days earlier, her agent said."
    assert not [c for c in extract(untyped, published="2024-06-12") if c.subject == "interval"]


def test_the_gap_from_an_action_to_the_articles_event_is_the_events_whoever_it_names():
    lede = "Deputy Dale Corbin dies\nDeputy Dale Corbin died on Tuesday in Leeds after a gunman shot him. "
    his = lede + "Corbin had married 12 days before the attack."
    hers = lede + "His widow Ada Corbin, who married the deputy 20 days before his murder, spoke."
    c = _conflict_on(his, hers, "died after married")  # one marriage, two people: the event's gap
    assert "married" in c.explanation
    ago = lede + "Corbin was married 12 days ago to Ada."
    assert not _two(his, ago).conflicts  # two weeks and two weeks
    assert not [c for c in extract(lede + "Corbin was married two weeks before Easter.", published="2024-06-12")
                if c.subject == "interval"]  # before no incident: no gap to the event


def test_an_undated_article_whose_names_are_others_joins_the_one_group_of_its_type_and_place():
    stop = frozenset({"the"})
    named = "Mara Quell of Leeds died. Ada Pike and Tom Renner mourned Mara Quell. Eli Dunn of Leeds said Quell was loved."
    tribute = "Stars Ann Vale, Rob Hale, Kit Moss and Lee Ortega remembered the model."
    docs = [DocEvent(f"a{n}", "death|Leeds|-", names(named, stop), False) for n in range(3)]
    docs.append(DocEvent("t", "death|Leeds|-", names(tribute, stop), False))
    groups = group_documents(docs, threshold=0.05, min_names=3, apart_days=10)
    assert groups["t"] == groups["a0"]
    other = [DocEvent(f"b{n}", "death|Leeds|-", names("Jo Bryce of Leeds died. Sam Ward and Ivy Lund mourned Jo Bryce. Max Roe said Bryce was kind.", stop), False) for n in range(2)]
    groups = group_documents(docs + other, threshold=0.05, min_names=3, apart_days=10)
    assert groups["t"] not in (groups["a0"], groups["b0"])  # two groups of a death in Leeds: which?


def test_what_an_office_received_is_compared_across_articles_by_its_verb():
    a = "Kessick unveils zoning rule\nThe Kessick council unveiled the zoning rule on Thursday. It received nearly 300,000 comments."
    b = "Kessick zoning rule unveiled\nKessick unveiled its zoning rule on Thursday after the council received 235,000 comments."
    assert _keys(a, b) == {"noun:comment"}
    bare = "Kessick zoning rule unveiled\nKessick unveiled its zoning rule on Thursday; 235,000 comments were sent."
    assert not _keys(a, bare)  # a bare noun with no verb names no referent beyond its article


def test_an_age_before_a_nationality_or_a_role_and_a_name_is_the_named_persons():
    ages = {
        "On Sunday, 29-year-old Welshman Rob Quell, from Hull, fell on the ridge.": "age of rob quell",
        "The 45-year-old Australian climber Dan Reeve died on the glacier.": "age of dan reeve",
        "Police said 51-year-old teacher Mara Quell was arrested.": "age of mara quell",
        "On Monday, 41-year-old Ray Dunn was charged.": "age of ray dunn",
    }
    for text, key in ages.items():
        assert [c.compare_as for c in extract(text, published="2013-09-16") if c.subject == "age"] == [key], text
    # a weekday after a role noun is no name, and a verb is no role: the name after it is not the age's
    assert not [c for c in extract("A 30-year-old man Tuesday Night was hurt.", published="2013-09-16") if c.subject == "age"]
    shot = extract("The 19-year-old shot Dale Corbin twice.", published="2013-09-16")
    assert not [c for c in shot if c.compare_as == "age of dale corbin"]


def test_an_age_after_died_at_the_age_of_is_the_subjects_and_a_hyphened_plural_is_a_noun():
    text = "Singer Nella Rourke has died in a Leeds hospital at the age of 89, her manager said."
    assert [c.compare_as for c in extract(text, published="2019-03-08") if c.subject == "age"] == ["age of nella rourke"]
    orders = extract("Norvex said it had received 40,000 pre-orders in the first hour.", published="2022-09-07")
    assert [c.compare_as for c in orders if c.kind == "count"] == ["noun:pre order"]
    armed = extract("Three well-armed men robbed the bank.", published="2022-09-07")
    assert [c.subject for c in armed if c.kind == "count"] == ["people"]  # a hyphened word before a noun modifies it


def test_a_post_taken_or_a_stay_in_rehab_is_an_event_whose_people_have_one_age():
    reports = [  # (headline and lede of one report, of the other, the day, the key of their one conflict)
        ("Rovers name Ian Holt manager\nRovers appointed Ian Holt as manager on Tuesday. Holt, 47, led Castleford for years.",
         "Holt takes Rovers job\nIan Holt, 48, was appointed Rovers manager on Tuesday.", "2015-06-10", "age of ian holt"),
        ("Star checks into rehab\nActress Lina Marsh, 26, checked into a rehab centre in Malibu on Thursday, her lawyer said.",
         "Marsh enters rehab\nLina Marsh, 27, checked into a Malibu treatment centre on Thursday.", "2013-05-03",
         "age of lina marsh"),
    ]
    for a, b, day, key in reports:
        assert _keys(a, b, day) == {key}


def test_the_years_an_offence_went_on_are_no_sentence_and_a_count_including_the_gunman_is_another_group():
    text = "Dana Pryce, 51, was sentenced to six years for stealing $2.3 million from the county over eight years."
    assert [c.text for c in extract(text, published="2016-04-22") if c.subject == "sentence"] == ["six years"]
    a = "Gunman kills three in Dayton\nA gunman killed three people at a Dayton plant on Monday, police said."
    b = "Dayton plant shooting\nFour people, including the gunman, were killed at a Dayton plant on Monday, police said."
    assert not _two(a, b, "2020-02-11", "2020-02-11").conflicts
    games = extract("He played 148 games with the Hawks and Bears.", published="2008-12-11")
    assert [c.compare_as for c in games] == ["noun:game with hawks and bears"]


def test_a_founding_date_dates_the_founding_alone():
    text = "Chipmaker Norvex will buy Tallin Systems. Tallin, founded in 2007, has 140 employees."
    [staff] = [c for c in extract(text, published="2012-03-01") if c.kind == "count"]
    assert staff.time.as_of != "2007" and not staff.background


def test_where_a_group_was_makes_it_a_subgroup_and_a_count_that_is_no_round_figure_has_no_slack():
    a = ("Plane crashes near Buffalo, 50 killed\nA commuter plane crashed into a house near Buffalo on Thursday night, "
         "killing all 49 people on board and one person on the ground, officials said.")
    b = ("Buffalo crash\nThe flight crashed into a house near Buffalo on Thursday night, killing 48 people aboard and one "
         "on the ground.")
    [c] = of_type(_two(a, b, "2009-02-13", "2009-02-13"), "value_conflict")
    assert c.key.split("|")[1] == "people aboard" and "48 people aboard were killed" in c.explanation
    rounded = "Quake in Malatya\nThe quake in Malatya on Sunday killed 60,000 people, officials said."
    close = "Malatya quake\nThe quake in Malatya on Sunday killed 59,400 people, officials said."
    assert not _two(rounded, close).conflicts  # a round figure may be a rounded one


def test_a_word_of_a_name_names_no_predicate_and_a_players_rehab_is_no_stay_in_rehab():
    text = "The Hawks put Dan Reeve on Injured Reserve on Monday, so he ends the year three games short."
    assert [c.predicate for c in extract(text, published="2009-12-10") if c.kind == "count"] == [None]
    headline = "Three People Killed In Bus Crash"
    assert [c.predicate for c in extract(headline, published="2009-12-10") if c.kind == "count"] == ["killed"]
    knee = "Reeve hurt\nReeve began his rehab on Monday and will miss four games, the team said."
    assert {c.event.split("|")[0] for c in extract(knee, published="2009-12-10") if c.event} != {"rehab"}


def test_an_introduced_age_is_the_person_a_later_sentence_names_unless_another_came_between():
    named = {
        "A 34-year-old man was arrested on Friday. Police identified him as Tom Berrow.": ["age of tom berrow"],
        "A 34-year-old man was arrested on Friday. The man, Tom Berrow, denies arson.": ["age of tom berrow"],
        # "him" names no woman; she stays the arrest's suspect, whom no report here names
        "A 34-year-old woman was arrested on Friday. Police identified him as Tom Berrow.": ["age of arrested woman"],
        "A 34-year-old man was hurt. A second man was held. Police identified him as Tom Berrow.": [None],
    }
    for text, keys in named.items():
        assert [c.compare_as for c in extract(text, published="2021-05-14") if c.kind == "measure"] == keys, text


def test_two_quakes_weeks_apart_in_two_places_are_two_events_though_their_reports_share_names():
    # neither province is in the lexicon, and every report dates its quake by its publication
    first = ("Strong quake hits Varnel province; at least 5 dead\nA magnitude 6.4 earthquake struck Varnel province "
             "on Tuesday, killing at least five people, the national disaster agency and the Geology Bureau said.")
    second = ("Quake shakes Oskaro province; 2 dead\nA magnitude 5.8 earthquake shook Oskaro province early on Saturday, "
              "killing two people, the national disaster agency and the Geology Bureau said.")
    report = run(doc("a", "Daily Tigris", first, "2022-09-13"), doc("b", "Nineveh Post", second, "2022-10-08"),
                 only="value_conflict")
    assert not of_type(report, "value_conflict")
    days_apart = [DocEvent("a", "earthquake|Varnel|2022-09-13", names(first, frozenset()), False),
                  DocEvent("b", "earthquake|Oskaro|2022-10-08", names(second, frozenset()), False)]
    assert len(set(group_documents(days_apart, 0.05, 3, 10).values())) == 2
    same_week = [DocEvent("a", "earthquake|Varnel|2022-09-13", names(first, frozenset()), False),
                 DocEvent("b", "earthquake|Oskaro|2022-09-15", names(second, frozenset()), False)]
    assert len(set(group_documents(same_week, 0.05, 3, 10).values())) == 1  # a town the other report names


def test_a_report_half_a_year_from_one_that_names_its_event_reports_another():
    launch = DocEvent("a", "release|Espoo|2022-09-20", Counter({"orrin": 2, "vela": 2, "espoo": 1}), False)
    undated_type = DocEvent("b", "-|-|2023-09-22", Counter({"orrin": 2, "vela": 2}), False)
    assert len(set(group_documents([launch, undated_type], 0.05, 1, 10).values())) == 2


def test_an_agencys_country_is_no_place_of_the_figure():
    [c] = [c for c in extract("The U.S. Geological Survey measured the quake at magnitude 5.4.", published="2022-10-08")
           if c.subject == "magnitude"]
    assert c.scope is None


def test_an_article_with_few_names_joins_the_one_group_of_its_own_event():
    # the group's articles name two types (a killing, a step, and the shooting): still one group to join
    thin = DocEvent("a", "shooting|Tulsa|2024-09-12", Counter({"tulsa": 1}), False)
    named = [DocEvent("b", "killing|Tulsa|2024-09-12", Counter({"tulsa": 2, "polk": 2, "brannon": 1, "okmulgee": 1}), True, True),
             DocEvent("c", "shooting|Tulsa|2024-09-13", Counter({"tulsa": 1, "polk": 2, "brannon": 1, "okmulgee": 1}), True)]
    assert len(set(group_documents([thin] + named, 0.05, 3, 10).values())) == 1


def test_where_a_person_is_from_is_no_place_of_their_figures():
    for text in ("A 34-year-old climber from Germany died Saturday after falling about 40 metres on Mount Temple.",
                 "German climber Jonas Albrecht, 34, of Munich, fell about 60 metres.",
                 "The 44-year-old hiker, who lived in Cardiff, fell about 90 metres down a scree slope."):
        [fall] = [c for c in extract(text, published="2024-07-21") if c.kind == "distance"]
        assert fall.scope is None, text
    [trapped] = [c for c in extract("Some 400 residents of Lahaina were trapped.", published="2024-07-21") if c.kind == "count"]
    assert trapped.scope == "Lahaina"  # the residents of a place are its own


def test_a_noun_a_verb_makes_a_class_is_compared_under_the_class_not_its_words():
    [cut] = [c for c in extract("Kestrel plans to eliminate about 9,000 positions worldwide.", published="2019-01-15")
             if c.kind == "count"]
    assert cut.subject == "job cuts" and cut.key.split("|")[1] == "job cuts"


def test_a_sentence_naming_another_incident_by_name_is_about_that_one():
    text = ("Whitehorse Ridge Fire grows\nCHILOQUIN, Ore. - The Whitehorse Ridge Fire had burned 11,000 acres by Thursday "
            "morning. Last July's Cedar Gulch Fire burned more than 23,000 acres near Sisters and destroyed 47 homes. "
            "The Whitehorse Ridge Fire, unlike the Cedar Gulch Fire, has destroyed nine homes.")
    events_of = {c.evidence.text: (c.event, c.background) for c in extract(text, published="2023-08-03") if c.kind != "date"}
    assert events_of["more than 23,000 acres"] == ("fire|Cedar Gulch|-", True) and events_of["47"] == ("fire|Cedar Gulch|-", True)
    assert not events_of["11,000 acres"][1] and not events_of["nine"][1]  # a sentence naming the article's own stays its
    storm = "Tropical Storm Sinag kills four\nTropical Storm Sinag killed four people. Hurricane Ida killed 23 in 2021."
    assert {c.event for c in extract(storm, published="2019-11-15") if c.evidence.text == "23"} == {"storm|Ida|-"}


def test_a_nationality_is_no_holder_of_a_fall():
    a = "Climber dies on Mount Cook\nAn Australian climber died on Friday after falling about 150 metres on Mount Cook."
    b = "Climber dies on Mount Cook\nAn Australian climber died on Friday after falling about 600 metres on Mount Cook."
    assert not of_type(_two(a, b, "2013-09-14", "2013-09-14"), "value_conflict")  # which Australian?
    named = b.replace("An Australian climber", "Duncan Rait")
    assert of_type(_two(a.replace("An Australian climber", "Duncan Rait"), named, "2013-09-14", "2013-09-14"),
                   "value_conflict")


def test_a_person_picked_out_by_age_is_the_named_one_of_that_age():
    # early reports give an age, later ones a name and the age: one climber, wherever each
    # report is written
    a = "Skier dies near Tallin\nA 41-year-old skier died on Friday after falling about 90 metres near Tallin."
    b = "Skier named\nIn Norvex, police said 41-year-old Ivo Marsh died after falling about 40 metres near Tallin."
    c = "Skier named\nIvo Marsh, 41, of Norvex, fell about 40 metres near Tallin on Friday, police said."
    for named in (b, c):
        [conflict] = of_type(_two(a, named, "2024-02-10", "2024-02-11"), "value_conflict")
        assert "in Norvex" not in conflict.explanation
    # another age, or two ages before the figure, is no one the other report names
    assert not of_type(_two(a.replace("41-year-old", "29-year-old"), b, "2024-02-10", "2024-02-11"), "value_conflict")
    two = "Skiers hurt\nA 41-year-old skier and a 29-year-old guide were hurt after falling about 90 metres near Tallin."
    assert not of_type(_two(two, b, "2024-02-10", "2024-02-11"), "value_conflict")


def test_a_feet_figure_reads_feet_in_the_explanation():
    a = "Hiker dies near Tallin\nHiker Mae Orrin, 52, died on Sunday after falling about 300 feet near Tallin."
    b = "Hiker dies near Tallin\nHiker Mae Orrin, 52, died on Sunday after falling about 150 feet near Tallin."
    [conflict] = of_type(_two(a, b, "2024-02-12", "2024-02-12"), "value_conflict")
    assert "300 feet" in conflict.explanation and "foots" not in conflict.explanation


def test_people_trapped_in_an_incident_are_compared_on_one_day_and_in_a_siege_across_days():
    # miners are rescued or found dead by the day; a siege's besieged are counted for weeks
    wed = "Blast at Norvex mine\nA gas blast at the Norvex mine killed two miners on Wednesday and left 10 others trapped."
    thu = "Norvex mine blast rescue goes on\nRescuers on Thursday were still trying to reach eight men trapped in the mine."
    assert not of_type(_two(wed, thu, "2024-05-08", "2024-05-09"), "value_conflict")
    assert of_type(_two(wed, thu.replace("on Thursday", "on Wednesday"), "2024-05-08", "2024-05-08"), "value_conflict")
    a = "Siege of Tallin\nAbout 90,000 civilians are trapped in Tallin, which rebels have besieged for months, the UN said."
    b = "Siege of Tallin\nSome 180,000 civilians are trapped in the besieged city of Tallin, aid groups said."
    assert of_type(_two(a, b, "2024-05-08", "2024-05-10"), "value_conflict")


def test_a_headline_figure_its_story_gives_as_a_bound_is_that_bound():
    # headlines drop "at least"; the story's bound is what the article says
    a = "Bus crash near Harwick kills nine\nAt least nine people were killed when a bus crashed near Harwick on Monday."
    b = "Bus crash near Harwick\nThirteen people were killed when a bus crashed near Harwick on Monday."
    assert not of_type(_two(a, b, "2024-05-06", "2024-05-06"), "value_conflict")
    exact = a.replace("At least nine", "Nine")
    assert of_type(_two(exact, b, "2024-05-06", "2024-05-06"), "value_conflict")


def test_an_age_is_as_of_the_report_not_of_the_relative_clause_after_it():
    text = "Blast at Norvex mine\nOne of the dead was Ivo Brel, 27, who had joined the mine four years ago."
    [age] = [c for c in extract(text, published="2024-05-09") if c.kind == "measure"]
    assert age.compare_as == "age of ivo brel" and not age.background and age.time.as_of != "2020"


def test_an_age_before_a_trade_and_a_name_is_that_persons():
    text = "Jeweler shot in Harwick\nPolice sought two men suspected of shooting 62-year-old jeweler Hal Rooney."
    [age] = [c for c in extract(text, published="2024-05-09") if c.kind == "measure"]
    assert age.compare_as == "age of hal rooney"


def test_a_sum_written_to_its_last_digit_has_no_slack():
    a = "Norvex to buy Harwick Labs\nNorvex Corp. agreed to buy Harwick Labs for $42.50 a share in cash on Monday."
    b = "Norvex to buy Harwick Labs\nNorvex Corp. agreed to pay $43.50 a share for Harwick Labs on Monday."
    assert of_type(_two(a, b, "2024-03-11", "2024-03-11"), "value_conflict")
    assert not of_type(_two(a, b.replace("$43.50", "$42.50"), "2024-03-11", "2024-03-11"), "value_conflict")
    theft = "Clerk jailed in Harwick\nA council clerk was jailed on Friday for stealing {} from Harwick council."
    assert of_type(_two(theft.format("£412,000"), theft.format("£421,000"), "2024-06-14", "2024-06-14"), "value_conflict")
    assert not of_type(_two(theft.format("£410,000"), theft.format("£412,000"), "2024-06-14", "2024-06-14"),
                       "value_conflict")  # a round sum may be rounded


def test_an_agency_named_for_game_names_no_game():
    text = ("Hiker named\nThe hiker who died in a fall on Mount Harwick on Saturday was Ada Vance, 61, New Hampshire "
            "Fish and Game said.")
    [age] = [c for c in extract(text, published="2024-08-19") if c.kind == "measure"]
    assert (age.event or "-").split("|")[0] != "game"


def test_a_count_of_a_year_before_the_event_is_no_figure_of_it():
    a = ("Three dead in Harwick fire\nThree people were killed when fire tore through a block of flats in Harwick "
         "early on Wednesday. Harwick recorded 14 fire deaths in all of 2023, officials said.")
    b = "Harwick fire kills three\nThree people died in a fire at a Harwick block of flats on Wednesday."
    [old] = [c for c in extract(a, published="2024-01-17") if c.evidence.text == "14"]
    assert old.background and old.event.endswith("|2023")
    assert not of_type(_two(a, b, "2024-01-17", "2024-01-17"), "value_conflict")


def test_a_share_price_move_is_compared_on_one_day():
    a = "Norvex recalls cookers\nNorvex shares fell 7.4% on Thursday after the recall."
    b = "Norvex shares recover\nNorvex shares fell 3.1% on Thursday after an analyst put the recall's cost at $40 million."
    assert not of_type(_two(a, b, "2019-02-14", "2019-02-22"), "value_conflict")
    assert of_type(_two(a, b, "2019-02-14", "2019-02-14"), "value_conflict")


def test_years_after_the_incident_is_another_incident():
    # "the" names the article's own incident after days ("three days after the blast"),
    # another one after months or years
    a = doc("a", "Daily Tigris", "Bridge falls near Ibague\n\nThree people were killed when a road bridge collapsed near "
                                 "Ibague on Tuesday, officials said.", "2021-07-22")
    b = doc("b", "Nineveh Post", "Ibague mourns\n\nThe road bridge collapse near Ibague on Tuesday killed three people. "
                                 "It comes five years after the old river bridge in Ibague collapsed, killing 11 people.",
            "2021-07-23")
    r = run(a, b, only="value_conflict")
    assert not of_type(r, "value_conflict")
    [eleven] = [c for c in r.claims if c.text == "11"]
    assert eleven.background
    days = doc("b", "Nineveh Post", "Ibague mourns\n\nThe road bridge collapse near Ibague killed three people. Three days "
                                    "after the collapse, rescuers said 11 people were killed.", "2021-07-23")
    [eleven] = [c for c in run(a, days).claims if c.text == "11"]
    assert not eleven.background


def test_a_race_winners_age_is_compared_by_name_whatever_form_it_takes():
    # "Kenya's" owns the name; "The 29-year-old" that names no one is the race's one person;
    # a name with letters beyond ASCII still takes its age
    a = doc("a", "Daily Tigris", "Mwangi wins Lisbon Marathon\n\nKenya's Peter Mwangi, 29, won the Lisbon Marathon on "
                                 "Sunday in warm weather.", "2023-10-16")
    b = doc("b", "Nineveh Post", "Mwangi takes Lisbon\n\nPeter Mwangi won the Lisbon Marathon on Sunday. The 31-year-old "
                                 "pulled clear after 30 kilometres.", "2023-10-16")
    [c] = of_type(run(a, b, only="value_conflict"), "value_conflict")
    assert "the age of Peter Mwangi" in c.explanation and "race" in c.key
    accented = doc("b", "Nineveh Post", "Lisbon result\n\nThe winner, Peter Mwangi Kiprotič, 31, won the Lisbon Marathon "
                                        "on Sunday.", "2023-10-16")
    [age] = [x for x in run(a, accented).claims if x.text == "31"]
    assert age.compare_as == "age of peter kiprotič"


def test_a_museum_raid_and_its_theft_are_one_event():
    # a robbery reported as a raid (events.yaml kin): the suspect's age meets across them
    a = doc("a", "Daily Tigris", "Silver taken in Dundee museum raid\n\nThieves stole 40 silver cups from the Tay Museum "
                                 "in Dundee early on Sunday, police said. A man, Ross Kerrigan, 24, was held on Monday.",
            "2024-03-11")
    b = doc("b", "Nineveh Post", "Man charged over Dundee silver theft\n\nRoss Kerrigan, 26, appeared in court in Dundee "
                                 "on Tuesday charged with the theft of silver cups from the Tay Museum.", "2024-03-12")
    [c] = of_type(run(a, b, only="value_conflict"), "value_conflict")
    assert "Ross Kerrigan" in c.explanation


def test_ages_in_the_forms_reports_give_them():
    def age_of(text: str):
        ages = [c for c in extract(text, published="2024-06-12") if c.subject == "age"]
        return ages[0].compare_as if ages else None
    # a role before a described name: the name's
    assert age_of("Six hostages were freed in Warri. The site manager, 52-year-old Danish engineer Tove Lund, was "
                  "unhurt.") == "age of tove lund"
    assert age_of("Six hostages were freed in Warri, among them 44-year-old welder Ade Musa.") == "age of ade musa"
    # "<name>, is 33"
    assert age_of("The jet overran the runway in Faro. His first officer, Rui Matos, is 33.") == "age of rui matos"
    # "The N-year-old" opening a sentence after one that opens with a full name: that person
    assert age_of("A storm hit Searcy on Tuesday. Ada Kittle had taught there for 20 years. The 64-year-old "
                  "grandmother was driving home.") == "age of ada kittle"
    # ... across a paragraph break too, and after a role and a described name
    assert age_of("A boat sank off Malta on Sunday.\n\nAmin Sayed was one of 40 to survive.\n\nThe 17-year-old "
                  "Eritrean said he swam for hours.") == "age of amin sayed"
    assert age_of("Miners were freed in Welkom. The youngest, 19-year-old trainee Lebo Dube, was unhurt.") \
        == "age of lebo dube"
    # ... but not a thing's age, nor after a sentence that opens with no name
    assert age_of("Ada Kittle crossed the bridge daily. The 46-year-old bridge fell on Tuesday.") is None
    assert age_of("A storm hit Searcy on Tuesday. The 64-year-old grandmother was driving home.") is None


def test_a_fire_reported_by_its_publication_day_months_after_another_is_another_fire():
    # (a lasting event's lede day is trusted only as a publication date, within how long one lasts)
    june = ("Warehouse fire forces hundreds from homes in Stockton\nA fire destroyed a warehouse in south Stockton on "
            "Thursday, forcing about 300 residents of Harbor Street, Ochoa Park and Delta Lane from their homes, "
            "Battalion Chief Ramon Ochoa of the Stockton Fire Department said.")
    october = ("Two dead in Stockton apartment fire\nTwo people were killed early Saturday when fire swept through an "
               "apartment building on Harbor Street in Stockton, Battalion Chief Ramon Ochoa said. The Red Cross was "
               "helping about 60 residents displaced from their homes on Harbor Street, Ochoa said.")
    assert not _two(june, october, "2023-06-08", "2023-10-21").conflicts


def test_a_turnout_of_its_voters_is_the_turnout_and_is_stated_to_a_tenth():
    vote = "Alliance wins Varnel vote\nThe Alliance won the regional election in Varnel on Sunday. "
    [t] = [c for c in extract(vote + "Turnout reached 66.4 percent of the roughly 26,900 eligible voters.",
                              published="2023-10-16") if c.kind == "percentage"]
    assert t.subject == "turnout"
    a = vote + "Turnout reached 66.4 percent, the election authority said."
    b = vote + "Turnout was put at 64.9 percent, officials said."
    [c] = of_type(_two(a, b, "2023-10-16", "2023-10-16"), "value_conflict")
    assert c.key.split("|")[1] == "turnout"
