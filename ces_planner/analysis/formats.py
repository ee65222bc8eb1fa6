"""Values as contact-centre platforms write them: durations and timestamps in every common form.

Every function returns a polars expression over already-cleaned text (trimmed, full-width
folded, sentinels as null), so a whole column is read at once.
"""

from __future__ import annotations

import re

import polars as pl

# Yes/no values as logs write them (compared in lower case).
TRUE_WORDS = {
    "1",
    "true",
    "yes",
    "y",
    "t",
    "x",
    "abandoned",
    "はい",
    "有",
    "あり",
    "済",
    "○",
    "◯",
    "放棄",
    "解決",
    "済み",
}
FALSE_WORDS = {"0", "false", "no", "n", "f", "いいえ", "無", "なし", "未", "×", "応答", "未解決"}

# A contact's direction as logs write it: inbound contacts are the centre's demand; outbound
# ones (calls the centre makes) are counted and reported, never in the inbound figures.
INBOUND_WORDS = {
    "inbound",
    "in",
    "incoming",
    "inb",
    "received",
    "着信",
    "受信",
    "入電",
    "recebida",
    "entrante",
    "entrant",
    "eingehend",
}
OUTBOUND_WORDS = {
    "outbound",
    "out",
    "outgoing",
    "outb",
    "dialed",
    "dialled",
    "発信",
    "架電",
    "efetuada",
    "saliente",
    "sortant",
    "ausgehend",
}

UNITS = {"s": 1.0, "ms": 0.001, "min": 60.0, "h": 3600.0, "day": 86400.0}

_UNIT_WORDS = (
    ("ms", ("(ms)", " ms", "millisecond", "msec", "ミリ秒")),
    ("min", ("(分)", "(min)", "minutes", " in minutes", " mins", "(mins)")),
    ("h", ("(時間)", "(h)", "hours", " in hours", "(hrs)")),
    ("day", ("(days)", " in days", "(日)")),
    ("s", ("(秒)", "(s)", "seconds", "(sec)", " secs", "second")),
)


def unit_from_header(header: str) -> str | None:
    """The unit a header names, such as ``処理時間(秒)`` or ``First reply time in minutes``."""
    import unicodedata

    text = unicodedata.normalize("NFKC", header).lower()
    for unit, words in _UNIT_WORDS:
        if any(word in text for word in words):
            return unit
    return None


def unit_from_values(values: list[float]) -> str | None:
    """A unit guessed from magnitudes: all below 1 is a fraction of a day (legacy exports);
    a typical value above ten hours is milliseconds."""
    present = sorted(v for v in values if v is not None and v > 0)
    if not present:
        return None
    median = present[len(present) // 2]
    if present[-1] < 1:
        return "day"
    if median > 36_000:
        return "ms"
    return None


def duration_seconds(text: pl.Expr, unit: str = "s") -> pl.Expr:
    """``HH:MM:SS``, ``H:MM:SS.mmm`` (hours past 24), ``MM:SS``, ``00d 00h 00m 00s``, or a
    number in ``unit``; null when the text is none of these."""
    clock = text.str.extract_groups(r"^(\d+):(\d{1,2}):(\d{1,2}(?:\.\d+)?)$")
    hms = (
        clock.struct.field("1").cast(pl.Float64) * 3600
        + clock.struct.field("2").cast(pl.Float64) * 60
        + clock.struct.field("3").cast(pl.Float64)
    )
    short = text.str.extract_groups(r"^(\d+):(\d{1,2}(?:\.\d+)?)$")
    ms = short.struct.field("1").cast(pl.Float64) * 60 + short.struct.field("2").cast(pl.Float64)
    parts = text.str.extract_groups(
        r"^(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m)?\s*(?:(\d+(?:\.\d+)?)\s*s)?$"
    )
    named = pl.when(text.str.contains(r"^\d.*[dhms]$")).then(
        parts.struct.field("1").cast(pl.Float64).fill_null(0) * 86400
        + parts.struct.field("2").cast(pl.Float64).fill_null(0) * 3600
        + parts.struct.field("3").cast(pl.Float64).fill_null(0) * 60
        + parts.struct.field("4").cast(pl.Float64).fill_null(0)
    )
    number = text.str.replace_all(",", "").cast(pl.Float64, strict=False) * UNITS[unit]
    return pl.coalesce(hms, ms, named, number)


def sum_of(durations: list[pl.Expr]) -> pl.Expr:
    """Talk + hold + wrap-up: empty when every part is empty, else the sum of those present."""
    if len(durations) == 1:
        return durations[0]
    total = pl.sum_horizontal(durations)
    return pl.when(pl.any_horizontal(d.is_not_null() for d in durations)).then(total)


# -- timestamps ------------------------------------------------------------------------------

LOCAL_FORMS = {
    "iso": (
        # Whole seconds first: where a log has no fractions these are chosen, and polars reads
        # them several times faster than the same form with %.f.
        "%Y-%m-%dT%H:%M:%S",
        "%Y-%m-%d %H:%M:%S",
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M",
        "%Y/%m/%d %H:%M:%S",
        "%Y/%m/%d %H:%M",
        "%Y.%m.%d %H:%M:%S",
        "%Y.%m.%d %H:%M",
        "%Y-%m-%d",
        "%Y/%m/%d",
    ),
    "mdy": (
        "%m/%d/%Y %H:%M:%S",
        "%m/%d/%Y %H:%M",
        "%m/%d/%y %I:%M %p",
        "%m/%d/%Y %I:%M %p",
        "%m/%d/%y %I:%M:%S %p",
        "%m/%d/%y %H:%M",
        "%m/%d/%Y",
    ),
    "dmy": (
        "%d/%m/%Y %H:%M:%S",
        "%d/%m/%Y %H:%M",
        "%d/%m/%y %H:%M",
        "%d.%m.%Y %H:%M:%S",
        "%d.%m.%Y %H:%M",
        "%d/%m/%Y",
    ),
    "named": ("%a, %d %b %Y %H:%M:%S", "%d %b %Y %H:%M:%S", "%a %b %d %H:%M:%S %Y"),
}
ZONED_FORMS = (
    "%Y-%m-%dT%H:%M:%S%.f%z",
    "%Y-%m-%dT%H:%M:%S%z",
    "%Y-%m-%d %H:%M:%S%.f%z",
    "%Y-%m-%d %H:%M:%S%z",
    "%Y-%m-%dT%H:%M%z",
)
EXCEL_EPOCH_DAYS = 25569  # 1970-01-01 as an Excel serial day


def _padded(text: pl.Expr) -> pl.Expr:
    """``2026/03/01 9:15`` -> ``2026/03/01 09:15``; ``Z`` -> ``+00:00``; 24:00 -> 00:00."""
    fixed = text.str.replace(r"(\d) (\d):", "${1} 0${2}:").str.replace(r"Z$", "+00:00")
    return fixed.str.replace(r"([ T])24:00(:00)?", "${1}00:00${2}")


def is_end_of_day(text: pl.Expr) -> pl.Expr:
    return text.str.contains(r"[ T]24:00(:00)?$")


def timestamp_attempts(
    text: pl.Expr, *, date_order: str, plan_zone: str, source_zone: str
) -> list[tuple[str, pl.Expr]]:
    """Every way a timestamp is read, each giving naive local time on the plan's clock."""
    padded = _padded(text)
    end_of_day = (
        pl.when(is_end_of_day(text)).then(pl.duration(days=1)).otherwise(pl.duration(days=0))
    )

    def local(expr: pl.Expr) -> pl.Expr:
        # Times written in the source's zone move to the plan's clock; times already on the
        # plan's clock are taken as written (a repeated or skipped hour included).
        expr = expr + end_of_day
        if source_zone == plan_zone:
            return expr
        return (
            expr.dt.replace_time_zone(source_zone, ambiguous="earliest", non_existent="null")
            .dt.convert_time_zone(plan_zone)
            .dt.replace_time_zone(None)
        )

    orders = ["iso", "mdy" if date_order != "dmy" else "dmy", "named"]
    if date_order == "dmy":
        orders.insert(2, "mdy")
    attempts: list[tuple[str, pl.Expr]] = []
    for form in ZONED_FORMS:
        parsed = padded.str.to_datetime(form, strict=False, time_unit="us", time_zone="UTC")
        attempts.append(
            (form, (parsed + end_of_day).dt.convert_time_zone(plan_zone).dt.replace_time_zone(None))
        )
    for order in orders:
        for form in LOCAL_FORMS[order]:
            attempts.append(
                (form, local(padded.str.to_datetime(form, strict=False, time_unit="us")))
            )
    digits = text.str.extract(r"^(\d{10}|\d{13})$")
    epoch = (
        pl.when(digits.str.len_chars() == 13)
        .then(pl.from_epoch(digits.cast(pl.Int64), time_unit="ms"))
        .otherwise(pl.from_epoch(digits.cast(pl.Int64, strict=False), time_unit="s"))
    )
    attempts.append(
        (
            "epoch",
            epoch.dt.replace_time_zone("UTC")
            .dt.convert_time_zone(plan_zone)
            .dt.replace_time_zone(None)
            .dt.cast_time_unit("us"),
        )
    )
    serial = text.cast(pl.Float64, strict=False)
    excel = pl.when(serial.is_between(20000, 80000)).then(
        pl.from_epoch(
            ((serial - EXCEL_EPOCH_DAYS) * 86_400_000_000).round(0).cast(pl.Int64), time_unit="us"
        )
    )
    attempts.append(("excel serial", local(excel)))
    return attempts


def ambiguous_day_first(sample: list[str]) -> bool:
    """Whether slash dates in a sample can only be day-first (a first number above 12)."""
    for value in sample:
        match = re.match(r"^(\d{1,2})/(\d{1,2})/\d{2,4}", value or "")
        if match and int(match.group(1)) > 12:
            return True
    return False
