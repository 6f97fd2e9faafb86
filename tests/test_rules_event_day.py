"""Rule event_day: two reports of one event give its day a day apart; and the day an
article's lede gives its event is the day beside the event's word (invented articles)."""

from __future__ import annotations

import datetime as dt

from checkutil import doc, of_type, run

from claimcheck import Document, extract

# Wednesday 2022-06-15
_QUAKE_A = ("Quake flattens homes in Tarrong\n\nA magnitude 6.2 earthquake struck near Tarrong on Tuesday, "
            "killing at least 12 people and injuring 40, officials said.")
_QUAKE_B = ("Tarrong buries its dead\n\nFamilies gathered on Wednesday to bury eight of those killed when the earthquake "
            "struck on Monday night, flattening homes around Tarrong.")


def _days(a_text: str, b_text: str, published: str = "2022-06-15"):
    return of_type(run(doc("a", "Valley Wire", a_text, published), doc("b", "Tarrong Post", b_text, published),
                       only="event_day"), "event_day")


def _event(text: str, published: str = "2022-06-15") -> str:
    claims = extract(Document(id="d", text=text, published=dt.date.fromisoformat(published)))
    return next(c.event for c in claims if c.event and not c.background)


def test_the_lede_dates_its_event_by_the_day_beside_the_event_word():
    # the first day of the lede is of the burial; the quake's is the one after "struck on"
    assert _event(_QUAKE_B).endswith("|2022-06-13")
    assert _event(_QUAKE_A).endswith("|2022-06-14")


def test_a_day_that_owns_the_event_word_dates_it():
    text = "Mourners gather\n\nHundreds gathered on Thursday to mourn the victims of Monday's warehouse fire in Delport."
    assert _event(text, "2022-06-16").endswith("|2022-06-13")


def test_a_day_after_another_verb_dates_that_verb_not_the_event():
    # "rose on Thursday" dates the toll's rise; the lede's first day stands
    text = ("Toll rises\n\nThe toll from the bridge collapse near Honda rose on Thursday to nine, officials said, "
            "a day after the span fell.")
    claims = extract(Document(id="d", text=text, published=dt.date(2022, 6, 16)))
    assert not [c for c in claims if c.kind == "date" and c.event]


def test_a_later_word_of_the_same_type_is_another_event():
    text = ("Blues win quarterfinal\n\nThe Blues won their quarterfinal on Friday and move on to Saturday's "
            "semifinals against the Reds.")
    assert _event(text, "2022-06-18").endswith("|2022-06-17")


def test_two_reports_a_day_apart_on_the_quakes_day_conflict():
    [c] = _days(_QUAKE_A, _QUAKE_B)
    assert c.explanation == ("Valley Wire says the earthquake happened on 14 June 2022; Tarrong Post says on "
                             "13 June 2022: one day apart.")
    assert {r.text for r in c.claims} == {"Tuesday", "Monday"} and c.severity == "low"


def test_reports_that_agree_on_the_day_do_not_conflict():
    agree = _QUAKE_B.replace("Monday night", "Tuesday")
    assert not _days(_QUAKE_A, agree)


def test_days_further_apart_are_not_this_rules_slip():
    far = _QUAKE_B.replace("Monday night", "Friday")  # 10 June: two events the grouping may have joined
    assert not _days(_QUAKE_A, far)


def test_events_of_another_type_are_not_compared():
    death = ("Farmer dies of injuries\n\nA farmer hurt in the Tarrong earthquake died on Monday in hospital, his family "
             "said.")
    assert not _days(_QUAKE_A, death)


def test_the_event_is_named_without_its_day_whatever_its_place_is_called():
    a = ("Tanker seized in Gulf of Aden\n\nA tanker was hijacked in the Gulf of Aden late on Tuesday, the navy said.")
    b = ("Tanker held\n\nThe owners said the tanker was taken when the hijacking happened late on Monday in the Gulf "
         "of Aden.")
    [c] = _days(a, b)
    assert c.explanation == ("Valley Wire says the Gulf of Aden hijacking happened on 14 June 2022; Tarrong Post says "
                             "on 13 June 2022: one day apart.")
