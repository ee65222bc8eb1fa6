"""The value/irritant view of contact reasons: the one place that decides a reason's quadrant."""

from __future__ import annotations

from enum import StrEnum

VALUE_MIN = 1
VALUE_MAX = 5
# A value at or above this counts as "valued". The midpoint counts as valued so that only
# reasons clearly low for both sides are proposed for elimination.
VALUED_FROM = 3


class Quadrant(StrEnum):
    """What to do with a contact reason, in the order programmes usually treat them."""

    ELIMINATE = "eliminate"  # low value to customer and to company
    SIMPLIFY = "simplify"  # the company values it, the customer finds it an irritant
    AUTOMATE = "automate"  # the customer values it, it only costs the company
    LEVERAGE = "leverage"  # valued by both: invest in it


def quadrant_of(value_to_customer: int, value_to_company: int) -> Quadrant:
    """The quadrant of a reason from its two 1-5 values."""
    customer_values = value_to_customer >= VALUED_FROM
    company_values = value_to_company >= VALUED_FROM
    if customer_values and company_values:
        return Quadrant.LEVERAGE
    if customer_values:
        return Quadrant.AUTOMATE
    if company_values:
        return Quadrant.SIMPLIFY
    return Quadrant.ELIMINATE
