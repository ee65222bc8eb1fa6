import datetime as dt

import pytest

from ces_planner.dates import DateUnreadable, parse_typed_date

END_OF_2027 = dt.date(2027, 12, 31)


@pytest.mark.parametrize(
    "typed",
    [
        "2027-12-31",
        "2027/12/31",
        "2027.12.31",
        "20271231",
        "31/12/2027",
        "31.12.2027",
        "31-12-27",
        "12/31/2027",  # the month first: no month 31
        "31 Dec 2027",
        "31 December 2027",
        "Dec 31, 2027",
        "december 31 2027",
        "2027年12月31日",
        "２０２７年１２月３１日",
        "  31 Dec 2027 ",
    ],
)
def test_the_forms_people_type_read_as_the_date(typed):
    assert parse_typed_date(typed) == END_OF_2027


def test_numbers_alone_follow_the_day_order_of_the_place():
    assert parse_typed_date("03/05/2027") == dt.date(2027, 5, 3)
    assert parse_typed_date("03/05/2027", day_first=False) == dt.date(2027, 3, 5)
    assert parse_typed_date("2027/03/05", day_first=False) == dt.date(2027, 3, 5)


def test_empty_is_no_date():
    assert parse_typed_date("") is None
    assert parse_typed_date("   ") is None


@pytest.mark.parametrize(
    "typed",
    [
        "(no date)027-12-31",
        "31/02/2027",
        "2027-13-01",
        "next week",
        "31 Dec",
        "1900-01-01",  # a slip, not a plan's date
        "3027-01-01",
        "31 Dec 2027 and then",
    ],
)
def test_what_is_no_date_is_refused_not_guessed(typed):
    with pytest.raises(DateUnreadable):
        parse_typed_date(typed)
