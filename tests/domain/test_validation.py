import datetime as dt

from ces_planner.domain.model import (
    Action,
    ContactReason,
    HoursException,
    OpeningWindow,
    Segment,
)
from ces_planner.domain.validation import problems


def fields(record):
    return {p.field for p in problems(record)}


def test_values_must_be_one_to_five():
    assert fields(ContactReason("Billing", value_to_customer=0, value_to_company=6)) == {
        "value_to_customer",
        "value_to_company",
    }
    assert fields(ContactReason("Billing", value_to_customer=1, value_to_company=5)) == set()


def test_names_are_required():
    assert fields(Segment("  ")) == {"name"}
    assert fields(Action("")) == {"title"}


def test_share_is_a_percentage():
    assert fields(Segment("A", customer_share=101)) == {"customer_share"}
    assert fields(Segment("A", customer_share=0)) == set()


def test_window_rules():
    assert fields(OpeningWindow(1, 7, 0, 60)) == {"weekday"}
    assert fields(OpeningWindow(1, 0, 600, 600)) == {"closes"}
    assert fields(OpeningWindow(1, 0, 1320, 120)) == set()  # crosses midnight: allowed
    assert fields(OpeningWindow(1, 0, 0, 1440)) == set()


def test_exception_needs_both_times_or_neither():
    day = dt.date(2026, 12, 25)
    assert fields(HoursException(day)) == set()
    assert fields(HoursException(day, opens=600)) == {"closes"}
    assert fields(HoursException(day, opens=600, closes=500)) == {"closes"}


def test_messages_are_sentences():
    (problem,) = problems(ContactReason("Billing", value_to_customer=9))
    assert problem.message.endswith(".")
