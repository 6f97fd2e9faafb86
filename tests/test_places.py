"""The article's own place: the default scope of a figure whose sentence names none
(invented articles)."""

from claimcheck import extract
from claimcheck.pipeline.places import dateline_end


def test_dateline_is_where_the_report_was_filed_not_what_it_is_about():
    text = ("Amman, June 3 (Reuters) - About 20,000 people are trapped in the besieged city of Raqqa, "
            "a UN official said. Aid sent from Amman has not reached them. The siege has lasted 90 days.")
    siege = next(c for c in extract(text, published="2017-06-03") if c.kind == "duration")
    assert siege.scope == "Raqqa"


def test_dateline_end():
    assert dateline_end("KHARTOUM (Reuters) - Fighting went on.") == len("KHARTOUM (Reuters) - ")
    assert dateline_end("MARIUPOL, Ukraine (AP) \u2014 About 100,000 remain.") == len("MARIUPOL, Ukraine (AP) \u2014 ")
    assert dateline_end("The siege of Raqqa has lasted 90 days.") == 0


def test_a_dateline_place_alone_is_not_the_figures_place():
    """Two wires filing national figures from different cities still compare them."""
    a = "ANKARA (AFP) - Turnout was 84.2 percent, the election board said."
    b = "Istanbul, May 29 - Turnout reached about 85 percent, officials said."
    [ta], [tb] = ([c for c in extract(t, published="2023-05-29") if c.kind == "percentage"] for t in (a, b))
    assert ta.scope is None and ta.key.split("|")[:4] == tb.key.split("|")[:4]  # events are told apart in check


def test_a_place_in_an_organisation_name_is_not_a_place():
    text = "The Bank of Japan kept its main rate at 0.1 percent on Tuesday."
    [rate] = [c for c in extract(text, published="2023-10-18") if c.kind == "percentage"]
    assert rate.scope is None


def test_the_main_place_is_the_lede_province_over_a_city_named_once():
    """A story about an outbreak in a province that names its capital once in passing is
    about the province; a sea named often never beats the port it is about."""
    text = ("Cholera spreads in North Kivu\n\n"
            "An outbreak in North Kivu has killed 312 people since January, officials said.\n\n"
            "The World Health Organization put the toll at 287. Vaccination teams are working in Goma.")
    [toll] = [c for c in extract(text, published="2024-04-10") if c.evidence.text == "287"]
    assert toll.scope == "North Kivu"


def test_a_dateline_names_a_place_the_lexicon_does_not_know():
    """ "VELTRA (Wire) -": the town the report is filed from, so "in Veltra" is a place too."""
    text = "Riots spread in Veltra\n\nVELTRA (Harbor Wire) - Rioters burned 35 cars in Veltra on Tuesday, police said."
    [cars] = [c for c in extract(text, published="2025-03-05") if c.kind == "count"]
    assert cars.scope == "Veltra" and cars.event.split("|")[1] == "Veltra"
    dated = "Kessick, March 4 (Harbor Wire) - Fans clashed with police in Kessick, and 12 officers were hurt."
    assert [c.scope for c in extract(dated, published="2025-03-05") if c.kind == "count"] == ["Kessick"]


def test_a_headline_with_a_dash_is_no_dateline_place():
    [c] = [c for c in extract("Orchard - new laptops cost 12 dollars more in stores.", published="2025-03-05")]
    assert c.scope is None and c.event.split("|")[1] == "-"


def test_a_name_an_event_happens_in_or_strikes_is_a_place():
    """ "a quake hit Kessick", "the earthquake in Kessick", "60 km northwest of Kessick": a
    place the lexicon does not know."""
    for text in ("At least 18 people were killed when an earthquake hit Kessick on Friday. It was felt in Syria.",
                 "At least 18 people were killed in the earthquake in Kessick on Friday. It was felt in Syria.",
                 "An earthquake centred 60 km northwest of Kessick killed 18 people on Friday.",
                 "A bomb went off 20 miles (32 km) south-east of Kessick, killing 18 people."):
        [dead] = [c for c in extract(text, published="2020-01-25") if c.kind == "count"]
        assert dead.event.split("|")[1] == "Kessick", text
    # a facility an event happens at is no place, and a name after "hit" that opens nothing
    [c] = [c for c in extract("A fire at Tesco hurt 3 people in Leeds.", published="2020-01-25") if c.kind == "count"]
    assert c.event.split("|")[1] == "Leeds"


def test_a_name_hit_by_no_incident_or_a_day_is_no_place():
    for text in ("The quake struck Tuesday morning, killing 14 people.", "The news hit Wall Street as 300 workers were laid off.",
                 "Sanctions hit Apple, which cut 200 jobs.", "The 300 marchers stopped 5 miles south of Monday's rally."):
        [c] = [c for c in extract(text, published="2024-06-12") if c.kind == "count"]
        assert c.scope is None and c.event.split("|")[1] == "-", text


def test_a_rank_before_district_or_county_opens_a_title_not_a_place():
    """ "Deputy District Attorney" names no district; "the Kessick District" is one."""
    said = "Deputy District Attorney Ann Lowe said 12 people were arrested on Friday."
    [c] = [c for c in extract(said, published="2024-06-12") if c.kind == "count"]
    assert c.scope is None and c.event.split("|")[1] == "-"
    [c] = [c for c in extract("Police in the Kessick District arrested 12 people on Friday.", published="2024-06-12")
           if c.kind == "count"]
    assert c.scope == "Kessick"


def test_a_state_named_after_a_country_and_a_nationality_are_not_that_country():
    [c] = [c for c in extract("Mara Quell, 85, died on Tuesday in Santa Fe, New Mexico.", published="2024-06-12")
           if c.kind == "measure"]
    assert c.event.split("|")[1] == "Santa Fe"  # the town, which its state tells apart
    [c] = [c for c in extract("An Indian frigate seized 19 raiders off Aden on Monday.", published="2024-06-12")
           if c.kind == "count"]
    assert c.scope == "Aden"  # "Indian" is no misspelt "Indiana"


def test_a_town_before_its_state_but_not_a_day_or_a_new_clause():
    from claimcheck.lexicon import default_lexicon
    from claimcheck.pipeline.places import matcher
    find = matcher(default_lexicon()).find
    assert [p.name for p in find("A fire near Redding, California, burned 40 homes.")] == ["Redding"]
    assert [p.name for p in find("The toll rose to 14 on Wednesday, Turkey's disaster agency said.")] == ["Turkey"]
    assert [p.name for p in find("It struck on Monday, California officials said.")] == ["California"]


def test_where_a_vehicle_was_going_is_no_place_of_what_befell_it():
    text = ("Tanker holed off Lisbon\n\nA tanker was holed off Lisbon on Monday by a freighter bound for Tangier. "
            "Its crew of 24 was lifted off by helicopters.")
    [crew] = [c for c in extract(text, published="2023-03-14") if c.text == "24"]
    assert crew.scope != "Tangier" and "Tangier" not in (crew.event or "")


def test_a_place_a_road_leads_to_is_no_place_of_what_befell_the_road():
    text = ("Quake damage put at 90 million pesos\n\nThe province put the damage at 90 million pesos, most of it to a "
            "bridge on the highway to Davao City.")
    [damage] = [c for c in extract(text, published="2023-03-14") if c.kind == "money" and c.evidence.start > 40]
    assert damage.scope != "Davao"
