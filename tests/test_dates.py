"""Date resolution against the publication date: the fast path, and dateparser only as
the fallback for numeric forms the grammar matched."""

import datetime as dt

import pytest

from claimcheck import extract
from claimcheck.pipeline.normalize.dates import since_interval_years

FRI = dt.date(2023, 10, 13)  # a Friday


def date_of(text, published=FRI):
    [c] = [c for c in extract(text, published) if c.kind == "date"]
    return c.date_value


@pytest.mark.parametrize("text,expected", [
    ("It happened on Tuesday.", "2023-10-10"),           # the Tuesday before
    ("It happened on Friday.", "2023-10-13"),            # the publication day itself
    ("The search will go on until Saturday.", "2023-10-14"),  # looking forward
    ("Prices rose last month.", "2023-09"),
    ("They met in August.", "2023-08"),
    ("They met in December.", "2022-12"),                # a month still to come this year: last year's
    ("It was signed on 3 Nov.", "2023-11-03"),
    ("The vote was on 14/02/2014.", "2014-02-14"),       # day first
    ("The vote was on 12/25/2019.", "2019-12-25"),       # only month-first can be read
    ("The vote was on 3/4/17.", "2017-04-03"),           # a two-digit year: this century, not 1917
])
def test_dates_resolve_against_the_publication_date(text, expected):
    assert date_of(text) == expected


def test_relative_dates_without_a_publication_date_are_unresolved_not_guessed():
    [c] = [c for c in extract("It happened on Tuesday.") if c.kind == "date"]
    assert c.date_value is None and c.time.resolved is False


def test_since_a_year_is_an_interval_of_years():
    lo, hi = since_interval_years("2019", dt.date(2023, 10, 9))
    assert round(lo, 2) == 3.77 and round(hi, 2) == 4.77
    assert since_interval_years("2024", dt.date(2023, 10, 9)) is None  # a start after publication


def test_a_date_after_a_second_figure_is_that_figures():
    """"35 percent, up from 20 percent a year ago": the year ago is the 20 percent's."""
    from claimcheck import extract
    now, before = (c for c in extract("Rebels now hold about 35 percent of Idlib, up from 20 percent a year ago.",
                                      published="2020-03-01") if c.kind == "percentage")
    assert now.time.as_of == "2020-03-01" and before.time.as_of == "2019"


def test_a_start_date_or_a_comparisons_date_dates_no_figure():
    """"which began in April" is when it started; "the highest since ... 1989" is the
    comparison's date: neither is when the figure holds."""
    [siege] = [c for c in extract("The siege of Sarajevo, which began in April, lasted 1,425 days.",
                                  published="1996-03-01") if c.kind == "duration"]
    assert siege.time.as_of == "1996-03-01"
    [turnout] = [c for c in extract("Turnout reached a record 74.4%, the highest since the fall of communism in 1989.",
                                    published="2023-10-17") if c.kind == "percentage"]
    assert turnout.time.as_of == "2023-10-17"


def test_a_date_past_a_comma_yields_to_the_one_that_follows_the_figure():
    [now, then] = [c for c in extract("More than 65,000 migrants reached Italy so far this year, almost double the 34,000 "
                                      "who arrived in the same period of 2022.", published="2023-04-17") if c.kind == "count"]
    assert now.time.as_of == "2023" and then.time.as_of == "2022"
