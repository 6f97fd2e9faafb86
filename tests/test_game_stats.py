"""A player's figures in one game: box-score tallies and career totals, compared by player
between reports of one game (events.yaml ``game_stats`` and type ``game``;
pipeline/bind/stat.py, conflicts/check.py). Invented reports."""

from __future__ import annotations

from checkutil import doc, of_type, run

from claimcheck import extract

GAME = "Hawks edge Rovers 71-68 in Tuesday's semifinal"


def _stats(text: str) -> list[tuple[float, str | None]]:
    return [(c.value.low, c.compare_as) for c in extract(f"{GAME}\n{text}", published="2023-03-08")
            if c.subject and c.subject.split()[-1] in ("points", "rebounds", "assists", "knockouts")]


def test_a_box_score_line_gives_each_players_tally():
    assert _stats("Dana Pike scored a game-high 23 points and Lee Ortega had 12 points and five assists.") \
        == [(23, "points of dana pike"), (12, "points of lee ortega"), (5, "assists of lee ortega")]
    assert _stats("The Rovers were led by 15 points from Lee Ortega.") == [(15, "points of lee ortega")]


def test_a_career_total_is_its_own_figure_and_needs_no_verb():
    assert _stats("Dana Pike now has 1,412 career points.") == [(1412, "career points of dana pike")]
    assert _stats("Dana Pike had 17 points and sits at 1,188 for her career.")[0] == (17, "points of dana pike")
    # "career-high" describes the game's tally
    assert _stats("Lee Ortega had a career-high 19 points.") == [(19, "points of lee ortega")]


def test_targets_seasons_marks_and_things_worth_points_are_no_tally():
    assert _stats("Dana Pike arrived needing nine points to pass the record.") == []
    assert _stats("Dana Pike averages 14 points this season.") == []
    assert _stats("Dana Pike broke the record of 1,409 points.") == []
    assert _stats("Dana Pike hit two three-point shots.") == []


def test_knockouts_are_compared_at_the_record_they_follow():
    assert _stats("Nate Corr (29-0, 23 KOs) stopped Al Vance.") == [(23, "career knockouts of nate corr at 29-0")]
    assert _stats("Nate Corr, who has 23 KOs, stopped Al Vance.") == []  # at no record: not compared


def _report(day: str, text: str, doc_id: str, outlet: str):
    return doc(doc_id, outlet, f"{GAME}\n{text}", day)


def _one_conflict(first: str, second: str) -> str:
    """The explanation of the one conflict between two same-day reports of the game."""
    a, b = _report("2023-03-08", first, "a", "Hawk Herald"), _report("2023-03-08", second, "b", "Valley Wire")
    [c] = of_type(run(a, b, only="value_conflict"), "value_conflict")
    return c.explanation


def test_two_reports_of_one_game_that_credit_a_player_differently_conflict():
    said = _one_conflict("Dana Pike scored 14 points for the Hawks on Tuesday.",
                         "Dana Pike had 12 points and nine rebounds for the Hawks on Tuesday.")
    assert "Dana Pike's tally of points" in said and "14" in said and "12" in said


def test_a_players_tallies_in_two_games_do_not_conflict():
    a = _report("2023-03-08", "Dana Pike scored 14 points for the Hawks on Tuesday.", "a", "Hawk Herald")
    b = doc("b", "Valley Wire", "Hawks beat Lancers 80-61 in Friday's final\nDana Pike scored 22 points for the Hawks "
                                "on Friday.", "2023-03-11")
    assert not of_type(run(a, b, only="value_conflict"), "value_conflict")
    # nor an earlier game recalled in the same report
    c = _report("2023-03-08", "Dana Pike scored 14 points on Tuesday, after scoring 30 on Saturday.", "c", "Hawk Herald")
    d = _report("2023-03-08", "Dana Pike had 14 points for the Hawks on Tuesday.", "d", "Valley Wire")
    assert not of_type(run(c, d, only="value_conflict"), "value_conflict")


def test_a_games_bare_counts_are_not_compared_by_their_noun():
    a = _report("2023-03-08", "The Hawks won two games last season.", "a", "Hawk Herald")
    b = _report("2023-03-08", "The Hawks have won at least 10 games since December.", "b", "Valley Wire")
    assert not of_type(run(a, b, only="value_conflict"), "value_conflict")


def test_an_untyped_report_of_one_day_links_no_two_games():
    from collections import Counter

    from claimcheck.pipeline.events import DocEvent, group_documents
    names = Counter({"Hawks": 2, "Pike": 2, "Rovers": 1})
    docs = [DocEvent("a", "game|Tulsa|2023-03-07", names, True, one_day=True),
            DocEvent("b", "-|-|2023-03-07", names, True),  # names no game, but Tuesday's
            DocEvent("c", "game|Omaha|2023-03-10", names, True, one_day=True)]
    groups = group_documents(docs, 0.05, 3, 10)
    assert groups["a"] != groups["c"]


def test_a_games_crowd_is_one_figure_of_the_game():
    said = _one_conflict("A crowd of 17,846 watched at the Lisle Arena on Tuesday.",
                         "The Hawks played before 18,102 fans on Tuesday.")
    assert "the crowd in" in said and "17,846" in said and "18,102" in said


def test_a_players_shooting_is_no_other_incident():
    text = f"{GAME}\nDana Pike scored 23 points, shooting 9 of 14 from the field."
    assert [c.background for c in extract(text, published="2023-03-08") if c.subject == "points"] == [False]


def test_an_elided_tally_is_its_own_players():
    assert _stats("Dana Pike scored 14 points and Seth Vance scored 13 for the Hawks.") \
        == [(14, "points of dana pike"), (13, "points of seth vance")]
    assert _stats("Dana Pike had 17 points and sits at 1,188 for her career.") \
        == [(17, "points of dana pike"), (1188, "career points of dana pike")]


def test_a_games_final_score_is_two_counts_of_the_game():
    scores = [(c.value.low, c.subject) for c in extract(f"{GAME}\nThe Hawks held off the Rovers 71-68 on Tuesday.",
                                                        published="2023-03-08") if c.rule == "<winner>-<loser> final score"]
    assert scores == [(71, "winning score"), (68, "losing score")]
    said = _one_conflict("The Hawks held off the Rovers 71-68 on Tuesday.", "The Hawks beat the Rovers 71-66 on Tuesday.")
    assert "the losing score in the game of 7 March 2023 was" in said and "68" in said and "66" in said


def test_a_lead_a_quarter_a_set_and_a_later_games_score_are_not_the_final_score():
    def compared(text: str) -> list[float]:
        return [c.value.low for c in extract(f"{GAME}\n{text}", published="2023-03-08") if c.key and "score" in c.key]
    assert compared("The Hawks outscored the Rovers 24-10 in the third quarter.") == []
    assert compared("Dana Pike won 6-4, 6-3.") == []
    assert compared("The Hawks drew 2-2 with the Rovers.") == []
    # past the lede a score may be another game's ("who beat the Lancers 80-61 on Monday")
    assert compared("The Hawks won on Tuesday. They face the Owls, who beat the Lancers 80-61.") == []


def test_yards_are_named_by_the_verb_or_the_word_before_them():
    assert [(c.value.low, c.compare_as) for c in extract(f"{GAME}\nTom Okafor rushed for 211 yards and three touchdowns, "
                                                        "and Ana Haldane threw for 288 yards.", published="2023-03-08")
            if c.compare_as] == [(211, "rushing yards of tom okafor"), (3, "touchdowns of tom okafor"),
                                 (288, "passing yards of ana haldane")]
    said = _one_conflict("Ana Haldane threw for 288 yards on Tuesday.", "Ana Haldane passed for 283 yards on Tuesday.")
    assert "288" in said and "283" in said  # a tally: no slack for a measurement
    # the length of a play is no tally
    assert not [c for c in extract(f"{GAME}\nTom Okafor broke off an 84-yard touchdown run.", published="2023-03-08")
                if c.compare_as]


def test_an_undated_report_of_a_game_is_not_given_another_games_day():
    dated = _report("2023-03-08", "The Hawks held off the Rovers 71-68 on Tuesday. Dana Pike, 24, scored 20 points.",
                    "a", "Hawk Herald")
    undated = doc("b", "Old Wire", f"{GAME}\nThe Hawks beat the Rovers 80-61. Dana Pike, 22, scored 20 points.",
                  "2023-03-08").model_copy(update={"published": None})
    assert not of_type(run(dated, undated, only="value_conflict"), "value_conflict")


def test_a_tally_a_player_came_into_the_game_with_is_no_tally_of_it():
    assert _stats("Dana Pike came into the game with 1,176 points.") == []


def test_a_stat_is_counted_in_its_own_unit_whatever_its_noun():
    a = _report("2023-03-08", "Nate Corr (28-0, 20 KOs) kept his title on Tuesday.", "a", "Hawk Herald")
    b = _report("2023-03-08", "Nate Corr, who is now 28-0 with 21 knockouts, kept his title on Tuesday.", "b", "Valley Wire")
    [c] = of_type(run(a, b, only="value_conflict"), "value_conflict")
    assert "20" in c.explanation and "21" in c.explanation


def test_a_final_score_in_the_headline_or_lede_makes_the_report_a_games():
    for headline in ("Late strike lifts Hollis past Ardmore, 27-20", "Hollis 27, Ardmore 20"):
        [c] = [c for c in extract(f"{headline}\nJo Reyes ran for 141 yards on Saturday.", published="2024-09-15")
               if c.kind == "distance"]
        assert c.event.startswith("game|") and c.compare_as == "rushing yards of jo reyes"
    # a range of years or a vote is no game
    [c] = [c for c in extract("Council votes 7-2 on budget\nThe strike cost the city $4 million.", published="2024-09-15")
           if c.kind == "money"]
    assert not (c.event or "").startswith("game|")


def test_carries_catches_and_a_position_before_a_name():
    got = {c.text: c.compare_as for c in extract(f"{GAME}\nQuarterback Jo Reyes completed 24 of 35 passes for 312 yards. "
                                                 "Lee Ortega ran for 90 yards on 22 carries and caught four passes for "
                                                 "66 yards.", published="2023-03-08")}
    assert got["312 yards"] == "passing yards of jo reyes" and got["22"] == "carries of lee ortega"
    assert got["66 yards"] == "receiving yards of lee ortega"


def test_a_seasons_words_anywhere_after_a_tally_in_its_sentence_make_it_no_games():
    assert not [c for c in extract(f"{GAME}\nLee Ortega ran for 311 yards, caught 47 passes for 392 yards and scored "
                                   "twice on returns this season.", published="2023-03-08") if c.kind == "distance" and c.compare_as]
    assert not [c for c in extract(f"{GAME}\nLee Ortega has also caught nine passes for 71 yards.", published="2023-03-08")
                if c.kind == "distance" and c.compare_as]
