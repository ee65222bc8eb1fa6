import pytest

from ces_planner.domain.model import ContactReason
from ces_planner.domain.quadrants import VALUED_FROM, Quadrant, quadrant_of


@pytest.mark.parametrize(
    ("customer", "company", "expected"),
    [
        (1, 1, Quadrant.ELIMINATE),
        (2, 2, Quadrant.ELIMINATE),
        (5, 1, Quadrant.AUTOMATE),
        (3, 2, Quadrant.AUTOMATE),
        (1, 5, Quadrant.SIMPLIFY),
        (2, 3, Quadrant.SIMPLIFY),
        (3, 3, Quadrant.LEVERAGE),
        (5, 5, Quadrant.LEVERAGE),
    ],
)
def test_quadrant_follows_both_values(customer, company, expected):
    assert quadrant_of(customer, company) is expected


def test_threshold_is_the_single_boundary():
    below, at = VALUED_FROM - 1, VALUED_FROM
    assert quadrant_of(below, below) is Quadrant.ELIMINATE
    assert quadrant_of(at, below) is Quadrant.AUTOMATE
    assert quadrant_of(below, at) is Quadrant.SIMPLIFY
    assert quadrant_of(at, at) is Quadrant.LEVERAGE


def test_reason_derives_its_quadrant():
    assert (
        ContactReason("Where is my order", value_to_customer=1, value_to_company=1).quadrant
        is Quadrant.ELIMINATE
    )
