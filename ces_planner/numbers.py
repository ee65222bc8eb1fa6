"""Numbers typed by people: full-width digits, thousands separators, a decimal comma."""

from __future__ import annotations

import re
import unicodedata

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
