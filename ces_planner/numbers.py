"""Numbers typed by people: full-width digits, thousands separators, a decimal comma."""

from __future__ import annotations

import re
import unicodedata
from decimal import Decimal

_THOUSANDS = re.compile(r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$")


def parse_number(text: str) -> float:
    """``"４２．５"``, ``"1,234.5"``, ``"3,5"`` and ``" 42 "`` -> float; ValueError otherwise."""
    cleaned = unicodedata.normalize("NFKC", text).strip().replace(" ", "").replace("\u2212", "-")
    cleaned = cleaned.removesuffix("%").strip()
    if _THOUSANDS.match(cleaned):
        cleaned = cleaned.replace(",", "")
    elif cleaned.count(",") == 1 and "." not in cleaned:
        cleaned = cleaned.replace(",", ".")
    value = float(cleaned)
    if value != value or value in (float("inf"), float("-inf")):
        raise ValueError(text)
    return value


def format_number(value: float, *, grouped: bool = True) -> str:
    """A number as typed: its digits up to the 15 a float holds exactly, and never an exponent
    (1900000.0 -> "1,900,000", 4.6 -> "4.6", 0.00012 -> "0.00012", 360.40000000000003 ->
    "360.4"); ``grouped`` puts thousands separators in, which :func:`parse_number` reads back.
    A number typed with up to 15 digits reads back as itself. (Python's ``:g`` shows six
    digits: 1234567 would read "1.23457e+06", and an editor showing that would write 1234570.)
    """
    if value == 0:
        return "0"
    digits = Decimal(f"{value:.15g}").normalize()
    return format(digits, ",f" if grouped else "f")
