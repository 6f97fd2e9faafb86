"""Rule dated_action: one action of one person or thing dated a unit apart by two reports
(invented articles)."""

from __future__ import annotations

from checkutil import doc, of_type, run

from claimcheck import extract


def _dated(a_text: str, b_text: str):
    return of_type(run(doc("a", "Daily Tigris", a_text, "2024-06-12"), doc("b", "Nineveh Post", b_text, "2024-06-12"),
                       only="dated_action"), "dated_action")


def test_one_expulsion_dated_a_year_apart_is_a_conflict():
    [c] = _dated("Ramon Sanchez led the dock union until he was expelled in 2002.",
                 "The council heard Ramon Sanchez, who was ousted from the dock union in 2003.")
    assert c.explanation == "Daily Tigris says Sanchez was expelled in 2002; Nineveh Post says 2003: one year apart."
    assert c.key == "date|expelled|sanchez" and [s.label for s in c.sides] == ["2002", "2003"]


def test_a_pronoun_stands_for_the_name_before_it():
    [c] = _dated("Marta Velez ran the port authority for a decade. In 1999, she was indicted for fraud.",
                 "Port chief Marta Velez was indicted in 1998, court papers show.")
    assert "Velez was indicted in 1998" in c.explanation


def test_days_one_apart_conflict_and_days_far_apart_do_not():
    [c] = _dated("The trawler Sea Lark sank on 3 March 2020 off Tromso.", "The trawler Sea Lark sank on 4 March 2020.")
    assert "one day apart" in c.explanation and "3 March 2020" in c.explanation
    assert not _dated("The trawler Sea Lark sank on 3 March 2020 off Tromso.", "The trawler Sea Lark sank on 9 March 2020.")


def test_years_far_apart_are_two_occurrences():
    assert not _dated("Ramon Sanchez was indicted in 2002 for fraud.", "Ramon Sanchez was indicted in 2005 for bribery.")


def test_a_report_stating_both_dates_tells_two_occurrences_apart():
    assert not _dated("Ramon Sanchez was arrested in 2006 and arrested again in 2007.",
                      "Ramon Sanchez was arrested in 2007, police said.")


def test_different_people_or_actions_are_not_compared():
    assert not _dated("Ramon Sanchez was indicted in 2002.", "Lucia Ortega was indicted in 2003.")
    assert not _dated("Ramon Sanchez was indicted in 2002.", "Ramon Sanchez was convicted in 2003.")


def test_a_sentence_opened_by_a_pronoun_is_about_the_name_before_it():
    [c] = _dated("Ramon Sanchez spoke at the harbour. He ran the dock union for years, but was ousted in 2002 by its board.",
                 "Ramon Sanchez was expelled from the dock union in 2003.")
    assert "Sanchez was expelled in 2002" in c.explanation


def test_days_of_undated_articles_compare_within_their_month():
    from claimcheck import Document
    from claimcheck.conflicts.check import check

    a = Document(id="a", outlet="Daily Tigris", text="On November 19, the frigate Kestrel sank a pirate skiff.")
    b = Document(id="b", outlet="Nineveh Post", text="The frigate Kestrel sank a pirate skiff on November 18, the navy said.")
    [c] = [x for x in check([a, b]).conflicts if x.type == "dated_action"]
    assert c.explanation == "Nineveh Post says Kestrel sank on November 18; Daily Tigris says November 19: one day apart."


def test_a_dated_noun_belongs_to_the_person_the_article_is_about():
    [c] = _dated("Ramon Sanchez lost his appeal. A court upheld Sanchez's conviction. Judges said the 2007 conviction "
                 "stands.", "Ramon Sanchez denied the charges. A jury found him guilty in September 2008.")
    assert "Sanchez was convicted in 2007" in c.explanation and "September 2008" in c.explanation


def test_a_noun_the_date_does_not_modify_is_not_dated():
    assert not _dated("Ramon Sanchez has a prior fraud conviction from 2002.", "Ramon Sanchez has a prior fraud "
                      "conviction from 2003 in another county.")


def test_a_month_agrees_with_its_year_and_differs_from_the_next():
    assert not _dated("Ramon Sanchez was convicted in 2007.", "Ramon Sanchez was convicted in September 2007.")
    [c] = _dated("Ramon Sanchez was convicted in 2008.", "Ramon Sanchez was convicted in September 2007.")
    assert "one year apart" in c.explanation


def test_a_new_action_is_a_data_change():
    from claimcheck import Document, check, default_lexicon

    lex = default_lexicon().extend(events={"actions": {"knighted": {"label": "was knighted", "words": ["knighted"]}}})
    a = Document(id="a", outlet="Daily Tigris", text="Ramon Sanchez was knighted in 1998 for his work.")
    b = Document(id="b", outlet="Nineveh Post", text="Ramon Sanchez, knighted in 1999, spoke first.")
    assert not [c for c in check([a, b]).conflicts if c.type == "dated_action"]
    [c] = [c for c in check([a, b], lexicon=lex).conflicts if c.type == "dated_action"]
    assert "Sanchez was knighted in 1998" in c.explanation


def test_actions_for_other_things_are_two_occurrences():
    """A year apart, but for other charges: two convictions, not a slip."""
    assert not _dated("In 2005, Ramon Sanchez was convicted of beating a neighbour.",
                      "Ramon Sanchez was freed last spring, years after a 2006 conviction of fraud.")
    [c] = _dated("In 2005, Ramon Sanchez was convicted of beating a neighbour.",
                 "Ramon Sanchez was convicted in 2006 of beating his neighbour, court papers show.")
    assert c.key == "date|convicted|sanchez"
    # one side says nothing of what for: it may be the same conviction
    assert _dated("In 2005, Ramon Sanchez was convicted of beating a neighbour.", "Ramon Sanchez was convicted in 2006.")


def test_a_guilty_plea_dated_a_month_apart_names_the_person_as_written():
    [c] = _dated("Mr. McCabe pleaded guilty to perjury and fraud in July 1973.",
                 "On June 27, 1973, Ray McCabe pleaded guilty to a count of perjury.")
    assert c.key == "date|pleaded guilty|mccabe"
    assert c.explanation == "Nineveh Post says McCabe pleaded guilty on 27 June 1973; Daily Tigris says July 1973: one month apart."


def test_a_surname_that_is_a_verb_and_he_for_the_article_s_protagonist():
    a = ("Tom Rose, the informant known as Redwing, died on Monday. Mr Rose ran the agency's field office. "
         "He helped reporters Ann Lee and Bo Park with the story. It was years before he finally came forward, in 2006.")
    [c] = _dated(a, "In 2005, Rose revealed that he had been the informant.")
    assert c.key == "date|revealed|rose" and "Rose came forward in 2005" in c.explanation


def test_a_birth_or_a_death_dated_years_apart_is_a_conflict_but_another_action_is_two_occurrences():
    [c] = _dated("Pin-up model Bettie Quell was born in 1923 in Hull.", "Bettie Quell, born in 1925, modelled in the 1950s.")
    assert c.explanation.endswith("2 years apart.") and c.key == "date|born|quell"
    assert not _dated("Ramon Sanchez was indicted in 2002 for fraud.", "Ramon Sanchez was indicted in 2005 for fraud.")
    # a pronoun may stand for another man: far apart, the death must be named
    assert not _dated("Vincent Gallo, the boss, died on 19 December 2005 in prison.",
                      "Vincent Gallo led the family after Rocco Tarta. He, too, died in prison, in June 2002.")


def test_who_stands_for_the_name_before_it_and_a_date_before_the_relative_clause_dates_nothing_in_it():
    claims = extract("Tributes poured in on Friday for Nella Rourke, 88, who died on Thursday.", published="2019-03-08")
    assert [(c.text, c.subject, c.holder) for c in claims if c.kind == "date"] == [("Friday", None, None),
                                                                                   ("Thursday", "died", "rourke")]


def test_a_sentence_opening_with_the_action_is_about_its_subject_and_a_birth_date_dates_the_birth_alone():
    claims = extract("Born in 1931 in Hull, Nella Rourke was married three times.", published="2019-03-08")
    [born] = [c for c in claims if c.kind == "date"]
    assert (born.subject, born.holder) == ("born", "rourke")
    [married] = [c for c in claims if c.kind == "count"]
    assert married.compare_as == "marriages of nella rourke" and married.time.as_of != "1931" and not married.background


def test_a_date_dates_its_own_clauses_verb_before_the_next_clauses():
    [c] = _dated("Singer Lena Marsh launched a shoe label called Tread in 2019.",
                 "Lena Marsh, who launched a shoe label called Tread in 2020, opened up about her debts.")
    assert c.key == "date|launched|marsh"


def test_an_action_with_its_own_day_before_a_later_date_is_not_dated_by_it():
    dated = [c for c in extract("Singer Ada Pike, who died on Sunday, will lie in repose Friday in Leeds.",
                                published="2023-10-11") if c.kind == "date"]
    assert [c.subject for c in dated] == ["died", None]  # Friday is the repose's, not the death's


def test_a_namesake_of_the_protagonist_is_keyed_by_full_name():
    # the husband's death is no rival of the singer's: one surname, two people
    a = ("Singer Mae Orrin dies at 80\n\nMae Orrin, the jazz singer, died on Sunday in Leeds. She was married to the "
         "pianist Hal Orrin, who died in 2009.")
    [c] = _dated(a, "Singer Mae Orrin dies\n\nMae Orrin died on Saturday in Leeds, her agent said.")
    assert c.key == "date|died|orrin" and "one day apart" in c.explanation


def test_a_date_inside_a_relative_clause_dates_not_the_verb_after_it():
    assert not _dated("Ray Dunn, who robbed six shops in the winter of 2023, was sentenced on Monday to 12 years.",
                      "Ray Dunn was sentenced in June to 12 years for the robberies.")


def test_a_weekend_names_no_day():
    assert not _dated("Mae Orrin died over the weekend at her home in Leeds.", "Mae Orrin died on Sunday in Leeds.")
    assert _dated("Mae Orrin died on Saturday at her home in Leeds.", "Mae Orrin died on Sunday in Leeds.")
