"""Win-loss records: "the Marlins (8-11)" is two counts, the team's games won and lost,
compared per team (invented match reports)."""

from __future__ import annotations

from checkutil import claim, doc, run


def _recap(doc_id: str, outlet: str, record: str, other: str = "the Sharks (5-14)") -> str:
    return doc(doc_id, outlet, f"TACOMA - The Marlins ({record}) beat {other} 6-4 at Harbor Park on Sunday.",
               published="2025-07-14")


def test_a_record_is_games_won_and_games_lost_of_the_team_it_follows():
    report = run(_recap("a", "Tacoma Wire", "8-11"))
    won, lost = claim(report, "a", "8"), claim(report, "a", "11")
    assert (won.subject, won.value.low, won.holder) == ("games won", 8, "Marlins")
    assert (lost.subject, lost.value.low, lost.holder) == ("games lost", 11, "Marlins")


def test_two_records_of_one_team_after_one_game_conflict():
    report = run(_recap("a", "Tacoma Wire", "8-11"), _recap("b", "Sound Post", "9-11"), only="value_conflict")
    assert [c.key.split("|")[1] for c in report.conflicts] == ["games won"]
    assert "games won" in report.conflicts[0].explanation


def test_records_of_two_teams_are_not_compared():
    a = _recap("a", "Tacoma Wire", "8-11")
    b = doc("b", "Sound Post", "TACOMA - The Sharks (5-14) lost to the Marlins 6-4 at Harbor Park on Sunday.",
            published="2025-07-14")
    assert not run(a, b, only="value_conflict").conflicts


def test_a_record_of_part_of_the_season_is_not_the_teams():
    a = _recap("a", "Tacoma Wire", "8-11")
    b = doc("b", "Sound Post", "TACOMA - The Marlins beat the Sharks 6-4 on Sunday and improved to 5-2 at home.",
            published="2025-07-14")
    assert not run(a, b, only="value_conflict").conflicts


def test_a_record_of_some_stretch_is_compared_with_nothing():
    # a coach's record over a tenure or a career, or a season's: the stretch may differ
    a = doc("a", "Tacoma Wire", "TACOMA - The Marlins fired coach Ray Dunn on Sunday. Dunn leaves with a 71-64 record "
            "over three seasons.", published="2025-07-14")
    b = doc("b", "Sound Post", "TACOMA - The Marlins fired coach Ray Dunn on Sunday. Dunn's career mark of 120-131 "
            "spans two clubs.", published="2025-07-14")
    report = run(a, b, only="value_conflict")
    assert claim(report, "a", "71").holder is None and not report.conflicts


def test_a_record_now_is_the_clauses_holders():
    a = _recap("a", "Tacoma Wire", "8-11")
    b = doc("b", "Sound Post", "TACOMA - The Marlins beat the Sharks 6-4 on Sunday. The Marlins' record rose to 9-11.",
            published="2025-07-14")
    [c] = run(a, b, only="value_conflict").conflicts
    assert c.key.split("|")[1] == "games won"


def test_records_of_two_days_or_of_an_unknown_day_are_not_compared():
    # a record changes with every game: Sunday's 8-11 and Tuesday's 9-11 can both be true
    later = doc("b", "Sound Post", "TACOMA - The Marlins (9-11) beat the Owls 2-1 at Harbor Park on Tuesday.",
                published="2025-07-16")
    assert not run(_recap("a", "Tacoma Wire", "8-11"), later, only="value_conflict").conflicts
    undated = doc("c", "Sound Post", "TACOMA - The Marlins (9-11) beat the Sharks 6-4 at Harbor Park.")
    undated = undated.model_copy(update={"published": None})
    assert not run(_recap("a", "Tacoma Wire", "8-11"), undated, only="value_conflict").conflicts


def _undated_bout(doc_id: str, outlet: str, text: str):
    return doc(doc_id, outlet, text).model_copy(update={"published": None})


def test_records_given_with_one_undated_fight_are_compared_by_the_holders_last_name():
    # no day, but both report one fight: each record is the fighter's at that fight
    a = _undated_bout("a", "Ring Wire", "PORTO - Former champion, Ada Vance, 31-2, 24 KOs, stopped Rita Dunne in the "
                      "seventh round in Porto.")
    b = _undated_bout("b", "Fight Post", "PORTO - Vance (30-2, 23 KOs) stopped Rita Dunne in the seventh round of their "
                      "bout in Porto.")
    [c] = run(a, b, only="value_conflict").conflicts
    assert c.key.split("|")[1] == "games won" and c.severity == "low"
    other = _undated_bout("b", "Fight Post", "PORTO - Rita Dunne (30-2, 23 KOs) was stopped by Ada Vance in the seventh "
                          "round in Porto.")
    assert not run(a, other, only="value_conflict").conflicts
    # a report that dates its fight may be of another fight than the undated one
    dated = _undated_bout("b", "Fight Post", "PORTO - Ada Vance stopped Rita Dunne in the seventh round in Porto on "
                          "July 12, 2025. Vance (34-2, 26 KOs) retained her title.")
    assert not run(a, dated, only="value_conflict").conflicts
