"""Numbers shown to people: every digit, no exponent, and read back as they were."""

from __future__ import annotations

import random

import pytest

from ces_planner.numbers import format_number, parse_number


@pytest.mark.parametrize(
    ("value", "grouped", "plain"),
    [
        (1_900_000.0, "1,900,000", "1900000"),
        (1_234_567.25, "1,234,567.25", "1234567.25"),
        (4.6, "4.6", "4.6"),
        (0.00012, "0.00012", "0.00012"),
        (80, "80", "80"),
        (-3.0, "-3", "-3"),
        (-0.0, "0", "0"),
        (1e20, "100,000,000,000,000,000,000", "100000000000000000000"),
        (360.40000000000003, "360.4", "360.4"),  # a computed value's float noise
    ],
)
def test_a_number_is_shown_with_every_digit_and_no_exponent(value, grouped, plain):
    assert format_number(value) == grouped
    assert format_number(value, grouped=False) == plain


def test_a_number_typed_with_up_to_15_digits_reads_back_as_itself():
    rng = random.Random(5)
    typed = []
    for _ in range(900):
        digits = str(rng.randrange(1, 10 ** rng.randrange(1, 16)))
        point = rng.randrange(0, len(digits) + 1)
        sign = rng.choice(["", "-"])
        typed.append(f"{sign}{digits[:point] or '0'}.{digits[point:] or '0'}")
    for value in (parse_number(text) for text in typed):
        assert parse_number(format_number(value)) == value
        assert parse_number(format_number(value, grouped=False)) == value


def test_document_cells_show_counts_and_measures_in_full():
    from ces_planner.reports.document import cell_text

    assert cell_text(1_900_000.0, "en") == "1,900,000"  # not 1.9e+06
    assert cell_text(30435, "ja") == "30,435"
    assert cell_text(4.6, "en") == "4.6"
