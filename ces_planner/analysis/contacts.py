"""Reading contact logs (CSV or XLSX) into one columnar table of contacts.

The file is read in batches of text columns, so a year of a large centre never becomes Python
objects per row; each batch is parsed with polars expressions, rows that cannot be read are
counted by reason (with examples), and progress and cancel are checked between batches.
"""

from __future__ import annotations

import codecs
import collections
import contextlib
import csv
import dataclasses
import datetime as dt
import functools
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import polars as pl

from ces_planner.analysis.formats import (
    FALSE_WORDS,
    OUTBOUND_WORDS,
    TRUE_WORDS,
    ambiguous_day_first,
    duration_seconds,
    sum_of,
    timestamp_attempts,
    unit_from_header,
    unit_from_values,
)
from ces_planner.analysis.guessing import (
    PHRASES,
    REQUIRED,
    SAMPLE_ROWS,
    Guess,
    guess_columns,
    header_score,
    times_of_day_only,
)
from ces_planner.domain.errors import PlanError
from ces_planner.i18n import tr

# The contract's fields, in order; only the first three must be mapped.
FIELDS = (
    "started_at",
    "channel",
    "reason",
    "customer_id",
    "segment",
    "handle_seconds",
    "wait_seconds",
    "abandoned",
    "resolved",
    "csat",
    "effort",
)
# What --map may name besides the fields: a yes/no "answered" column (abandoned is its
# negation), and when an agent answered and when the contact ended (a date-time, or a time of
# day on the contact's date), from which wait, handle and abandoned follow when the log lacks
# them.
MOMENTS = ("answered_at", "ended_at")
MAPPABLE = (*FIELDS, "answered", *MOMENTS, "direction")
NUMBER_FIELDS = ("handle_seconds", "wait_seconds", "csat", "effort")
FLAG_FIELDS = ("abandoned", "resolved")
TEXT_FIELDS = ("channel", "reason", "customer_id", "segment")
CATEGORY_FIELDS = ("channel", "reason", "segment")

# About a million rows of a dozen columns as Excel writes them (Excel's own row limit), which
# openpyxl reads in about two minutes; a larger workbook is refused before it is read.
ZIP_LIMIT_BYTES = 500_000_000


class ImportRejected(PlanError):
    """The file cannot be imported at all; nothing was changed."""


def outbound_reason() -> str:
    """The reason outbound contacts are counted under: read, and left out of the figures,
    which are of the centre's inbound demand."""
    return tr("outbound contact (counted, left out of the inbound figures)")


def total_line_reason() -> str:
    """The reason total and summary lines are counted under: skipped on purpose, not rows
    that could not be read."""
    return tr("total or summary line (skipped)")


def passed_over_reasons() -> tuple[str, str]:
    """The reasons of rows passed over on purpose, which are not rows that could not be read."""
    return total_line_reason(), outbound_reason()


@dataclass
class Rejects:
    """Rows that could not be read, counted by reason, with a few row numbers as examples."""

    counts: dict[str, int] = field(default_factory=dict)
    examples: dict[str, list[int]] = field(default_factory=dict)
    values: dict[str, str] = field(default_factory=dict)  # reason -> a value as written

    def add(self, reason: str, rows: list[int], total: int, value: str | None = None) -> None:
        if total:
            if value and reason not in self.values:
                self.values[reason] = value
            self.counts[reason] = self.counts.get(reason, 0) + total
            self.examples.setdefault(reason, [])
            room = 5 - len(self.examples[reason])
            self.examples[reason].extend(rows[:room])

    @property
    def total(self) -> int:
        return sum(self.counts.values())


@dataclass
class ContactLog:
    """A contact log read and normalised: one row per contact, local time of the centre."""

    contacts: pl.DataFrame
    rows_read: int
    rejects: Rejects
    mapping: dict[str, str]
    encoding: str
    delimiter: str
    duplicates: int = 0  # rows identical to an earlier row, counted once
    rows_grouped: int = 0  # rows kept before several rows per contact were joined
    units: dict[str, str] = field(default_factory=dict)


# -- reading the file ----------------------------------------------------------------------


# Encodings real exports use beyond UTF-8 (Japanese, Cyrillic, Western European).
LEGACY_ENCODINGS = ("cp932", "cp1251", "cp1252")


def _decodes(path: Path, encoding: str) -> bool:
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(1 << 22):
                decoder.decode(chunk)
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def detect_encoding(path: Path, forced: str | None = None) -> str:
    """The file's encoding, or the forced one: a byte-order mark (UTF-8, UTF-16) settles it;
    else UTF-8 when the whole file decodes as it; else, of the encodings exports use (cp932,
    cp1251, cp1252), the one whose reading of the file's start is most like language, if it
    decodes the whole file; latin-1 (which decodes anything) last."""
    if forced:
        try:
            codecs.lookup(forced)
        except LookupError as error:
            raise ImportRejected(
                tr("Unknown encoding {encoding}; use utf-8 or cp932.", encoding=forced)
            ) from error
        return forced
    with path.open("rb") as handle:
        head = handle.read(1 << 16)
    if head.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    if _decodes(path, "utf-8"):
        return "utf-8"
    from charset_normalizer import from_bytes

    # The file's start decodes in more than one of them (bytes of accented Latin text read
    # as kanji in cp932): charset-normalizer judges which reads as language.
    best = from_bytes(head, cp_isolation=list(LEGACY_ENCODINGS)).best()
    ranked = ([best.encoding] if best is not None else []) + list(LEGACY_ENCODINGS)
    for encoding in dict.fromkeys(ranked):
        if _decodes(path, encoding):
            return encoding
    return "latin-1"


def detect_delimiter(sample: str) -> str:
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        lines = sample.splitlines()[:5]
        counts = {d: min((line.count(d) for line in lines), default=0) for d in ",;\t|"}
        return max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","


def _utf8_copy(path: Path, encoding: str, workdir: Path) -> Path:
    """polars reads UTF-8 only: other encodings are transcoded once, streaming."""
    if encoding in ("utf-8", "utf-8-sig"):
        return path
    target = workdir / "log-utf8.csv"
    with (
        path.open("r", encoding=encoding, newline="") as source,
        target.open("w", encoding="utf-8", newline="") as out,
    ):
        while chunk := source.read(1 << 20):
            out.write(chunk)
    return target


def _log_sheet(sheets: list[Any], wanted: str | None, path: Path) -> Any:
    """The sheet named ``wanted``; else the one whose header row reads most as a contact
    log's (a workbook may open on a pivot table or a chart's data), the first on a tie."""
    if wanted is not None:
        for sheet in sheets:
            if sheet.title == wanted:
                return sheet
        raise ImportRejected(
            tr(
                '{name} has no sheet "{sheet}"; its sheets are: {sheets}.',
                name=path.name,
                sheet=wanted,
                sheets=", ".join(f'"{s.title}"' for s in sheets),
            )
        )
    if len(sheets) == 1:
        return sheets[0]

    def fields_named(sheet: Any) -> int:
        best = 0
        for row in sheet.iter_rows(max_row=30, values_only=True):
            cells = [str(v) for v in row[:200] if isinstance(v, str) and v.strip()]
            named = {f for f in PHRASES for c in cells if header_score(f, c) >= 0.5}
            best = max(best, len(named))
        return best

    scores = [fields_named(sheet) for sheet in sheets]
    return sheets[scores.index(max(scores))]


def _xlsx_to_csv(
    path: Path,
    workdir: Path,
    progress: Callable[[float], None],
    wanted: str | None = None,
    most: int | None = None,
) -> tuple[Path, str]:
    """The log's sheet (its first ``most`` rows, or all) as a CSV file, and the sheet's name."""
    from ces_planner.analysis.workbooks import opened_sheet, sheet_rows

    target = workdir / "log-xlsx.csv"
    choose = functools.partial(_log_sheet, wanted=wanted, path=path)
    with opened_sheet(path, ZIP_LIMIT_BYTES, choose=choose) as sheet:
        rows = sheet.max_row or 1
        with target.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            for number, row in enumerate(sheet_rows(sheet, path)):
                if number == most:
                    break
                writer.writerow(["" if v is None else _excel_cell(v) for v in row])
                if number % 20000 == 0:
                    progress(0.3 * number / rows)
    return target, sheet.title


def _excel_cell(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_headers(
    path: Path, encoding: str | None = None, delimiter: str | None = None
) -> tuple[list[str], str, str]:
    """The header row, the encoding and the delimiter of a CSV file."""
    headers, encoding, delimiter, _skip = find_header(path, encoding, delimiter)
    return headers, encoding, delimiter


def find_header(
    path: Path, encoding: str | None = None, delimiter: str | None = None
) -> tuple[list[str], str, str, int]:
    """The header row, encoding, delimiter, and how many title lines stand above the header
    (a report name, the export date...): the header is the first line as wide as the data
    below it whose cells are mostly words."""
    encoding = detect_encoding(path, encoding)
    with path.open("r", encoding=encoding, newline="") as handle:
        sample = handle.read(64 * 1024)
    lines = sample.splitlines()[:40]
    delimiter = delimiter or detect_delimiter("\n".join(lines[-20:]) if len(lines) > 5 else sample)
    rows = list(csv.reader(lines, delimiter=delimiter))
    widths = [len(r) for r in rows[1:] if any(c.strip() for c in r)]
    width = max(set(widths), key=widths.count) if widths else (len(rows[0]) if rows else 0)
    skip = 0
    for number, row in enumerate(rows[:30]):
        cells = [c.strip() for c in row if c.strip()]
        wordy = [c for c in cells if not re.fullmatch(r"[\d\s.,:/+\-]+", c)]
        if len(row) >= width and len(cells) >= max(1, width // 2) and len(wordy) >= len(cells) / 2:
            skip = number
            break
    first = rows[skip] if rows else []
    return [h.replace("\ufeff", "").strip() for h in first], encoding, delimiter, skip


# A cell that is a date, a time of day or a date-time (2024-03-05, 3/5/24 9:14, 09:14:07,
# 2024年3月5日), or an epoch number: what a header never holds and a contact row does.
_DATA_CELL = re.compile(
    r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}([ T].*)?|\d{1,2}:\d{2}(:\d{2})?( ?[ap]\.?m\.?)?"
    r"|\d{4}年\d{1,2}月\d{1,2}日.*|\d{9,13}",
    re.IGNORECASE,
)


def reads_as_data(headers: list[str]) -> bool:
    """Whether a header row found in a file is in fact its first contact: a header has words
    where a contact has a date, a time or an epoch number."""
    return any(_DATA_CELL.fullmatch(unicodedata.normalize("NFKC", h).strip()) for h in headers)


# -- parsing values ------------------------------------------------------------------------


SENTINELS = ("[none]", "[deleted]", "n/a", "na", "-", "null", "none")
# Empty or a sentinel in any case: one pass that makes no lower-case copy of the text.
_NOTHING = "(?i)^(?:" + "|".join(["", *(re.escape(s) for s in SENTINELS)]) + ")$"


def _clean(column: str) -> pl.Expr:
    """Text with full-width characters folded (NFKC), trimmed; empty and sentinels -> null."""
    return _blank_to_null(pl.col(column).cast(pl.String).str.normalize("NFKC").str.strip_chars())


def _blank_to_null(text: pl.Expr) -> pl.Expr:
    return pl.when(text.str.contains(_NOTHING)).then(None).otherwise(text)


def _clean_frame(batch: pl.DataFrame) -> pl.DataFrame:
    """:func:`_clean` for every column, in two passes so no expression is evaluated twice;
    columns of plain ASCII skip the (costly) Unicode normalisation."""
    texts = {column: pl.col(column).cast(pl.String) for column in batch.columns}
    # A text has a character beyond ASCII when its UTF-8 takes more bytes than it has
    # characters: two counts, several times faster than a regular expression over the text.
    wide = batch.select(
        (text.str.len_bytes() != text.str.len_chars()).any().alias(column)
        for column, text in texts.items()
    ).row(0)
    folded = []
    for (column, text), unicode in zip(texts.items(), wide, strict=True):
        if unicode:
            text = text.str.normalize("NFKC")
        folded.append(text.str.strip_chars().alias(column))
    return (
        batch.lazy()
        .select(folded)
        .select(_blank_to_null(pl.col(c)).alias(c) for c in batch.columns)
        .collect()
    )


def _datetime_attempts(
    text: pl.Expr, options: ReadOptions | None = None
) -> list[tuple[str, pl.Expr]]:
    """Every way a date-time text is read, named, in order of preference."""
    options = options or ReadOptions()
    return timestamp_attempts(
        text,
        date_order=options.date_order or "mdy",
        plan_zone=options.plan_zone,
        source_zone=options.source_zone or options.plan_zone,
    )


def datetime_forms(sample: pl.Series, options: ReadOptions | None = None) -> list[str]:
    """The fewest date-time forms that read every readable value of a sample."""
    frame = pl.DataFrame({"v": sample.cast(pl.String)})
    frame = frame.select(_clean("v").alias("v"))
    attempts = _datetime_attempts(pl.col("v"), options)
    readable = frame.select([expr.is_not_null().alias(name) for name, expr in attempts])
    uncovered = readable.select(pl.any_horizontal(pl.all()).alias("any"))["any"]
    chosen: list[str] = []
    while uncovered.any():
        best = max(readable.columns, key=lambda name: int((readable[name] & uncovered).sum()))
        chosen.append(best)
        uncovered = uncovered & ~readable[best]
    return chosen


def _datetime(
    text: pl.Expr, forms: list[str] | None = None, options: ReadOptions | None = None
) -> pl.Expr:
    attempts = dict(_datetime_attempts(text, options))
    chosen = [attempts[name] for name in (forms or list(attempts))]
    return pl.coalesce(chosen) if len(chosen) > 1 else chosen[0]


TOTAL_WORDS = ("total", "totals", "grand total", "sum", "合計", "総計", "小計")


@dataclass
class ReadOptions:
    """How to read one export. Expressions (EXPR) name a column, ``#N`` (1-based position),
    ``A+B+C`` (a sum of durations) or ``A|B`` (the first non-empty)."""

    mapping: dict[str, str] | None = None  # field -> EXPR; None: guessed from the header
    encoding: str | None = None
    units: dict[str, str] = field(default_factory=dict)  # duration field -> s|ms|min|h|day
    plan_zone: str = "UTC"  # the centre's clock
    source_zone: str | None = None  # zone of times written without one (default: plan's)
    abandoned_when: tuple[str, list[str]] | None = None  # column, values meaning abandoned
    abandoned_when_empty: str | None = None  # an "answered at" column: empty = abandoned
    channel_values: dict[str, str] = field(default_factory=dict)  # log value -> channel
    default_channel: str | None = None  # for exports without a channel column
    contact_key: str | None = None  # EXPR grouping several rows into one contact
    date_order: str | None = None  # mdy, dmy or ymd where the text does not tell
    no_header: bool = False
    no_guess: bool = False  # only the mapping given: no field is guessed
    sheet: str | None = None  # a workbook's sheet (default: the one that reads as a log)
    date: str | None = None  # YYYY-MM-DD: the day of a log that gives times of day only
    delimiter: str | None = None
    lenient: bool = False  # a preset: fields whose columns this export lacks are left out


def _columns_of(expression: str, headers: list[str]) -> list[str]:
    """The columns an EXPR reads, in order."""
    if expression in headers:
        return [expression]
    parts = re.split(r"\s*[+|]\s*", expression)
    if "|" in expression and "+" not in expression:
        # First non-empty of alternatives: alternatives the export lacks are passed over.
        present = [p for p in parts if p in headers or re.fullmatch(r"#\d+", p)]
        parts = present or parts
    columns = []
    for part in parts:
        if re.fullmatch(r"#\d+", part):
            position = int(part[1:]) - 1
            if not 0 <= position < len(headers):
                raise ImportRejected(
                    tr(
                        "The file has no column {expr}; it has {n} columns.",
                        expr=part,
                        n=len(headers),
                    )
                )
            columns.append(headers[position])
        elif part in headers:
            columns.append(part)
        else:
            raise ImportRejected(
                tr(
                    'The file has no column named "{column}"; its columns are: {columns}.',
                    column=part,
                    columns=", ".join(headers),
                )
            )
    return columns


def profile_of(options: ReadOptions, mapping: dict[str, str]) -> dict[str, object]:
    """A shareable description of how a file was read (the mapping used included)."""
    profile: dict[str, object] = {
        k: v
        for k, v in dataclasses.asdict(options).items()
        if k not in ("plan_zone", "mapping") and v not in (None, {}, False)
    }
    profile["mapping"] = dict(mapping)
    return profile


def options_from_profile(profile: dict[str, object]) -> ReadOptions:
    """ReadOptions from a profile (a saved file, a preset, or one remembered in the plan)."""
    known = {f.name for f in dataclasses.fields(ReadOptions)}
    values: dict[str, Any] = {k: v for k, v in profile.items() if k in known}
    if values.get("abandoned_when"):
        column, wanted = values["abandoned_when"]
        values["abandoned_when"] = (column, list(wanted))
    return ReadOptions(**values)


def _readable(expression: str, headers: list[str]) -> bool:
    try:
        _columns_of(expression, headers)
    except ImportRejected:
        return False
    return True


def _positions_named(expression: str, headers: list[str]) -> str:
    """``#2+#3`` -> ``Talk+Hold``: 1-based positions replaced by the header names."""
    if expression in headers:
        return expression

    def name(match: re.Match[str]) -> str:
        position = int(match.group(1)) - 1
        if not 0 <= position < len(headers):
            raise ImportRejected(
                tr(
                    "The file has no column {expr}; it has {n} columns.",
                    expr=match.group(0),
                    n=len(headers),
                )
            )
        return headers[position]

    return re.sub(r"#(\d+)", name, expression)


def _text_of(expression: str, headers: list[str]) -> pl.Expr:
    """Text of an EXPR: one column, or the first non-empty of ``A|B``."""
    columns = _columns_of(expression, headers)
    return pl.coalesce([pl.col(c) for c in columns]) if len(columns) > 1 else pl.col(columns[0])


def _moment_text(expression: str, headers: list[str]) -> pl.Expr:
    """Text of a date-time EXPR: ``Date+Time`` is a date column and a time-of-day column
    joined (empty when either is: a date alone is no moment of arrival); else as
    :func:`_text_of`."""
    if "+" not in expression or expression in headers:
        return _text_of(expression, headers)
    columns = _columns_of(expression, headers)
    return pl.concat_str([pl.col(c) for c in columns], separator=" ")


# Fields an EXPR with "+" makes sense for: durations are added, a date and a time joined.
SUMMED = ("handle_seconds", "wait_seconds")
JOINED = ("started_at", *MOMENTS)


def check_expressions(mapping: dict[str, str], headers: list[str]) -> None:
    """Refuse a ``+`` where it means nothing: a field of one value (a reason, a score) is
    not a sum, and a moment joins one date column and one time column, no more."""
    for field_name, expression in mapping.items():
        if "+" not in expression or expression in headers:
            continue
        parts = len(re.split(r"\s*\+\s*", expression))
        if field_name in SUMMED:
            continue
        if field_name in JOINED and parts == 2 and "|" not in expression:
            continue
        raise ImportRejected(
            tr(
                '"{field}={expr}": "+" adds durations (handle_seconds, wait_seconds) or joins '
                "a date column and a time column (started_at=DATE+TIME); {field} takes one "
                "column, or A|B for the first non-empty.",
                field=field_name,
                expr=expression,
            )
        )


def _duration_of(expression: str, headers: list[str], unit: str) -> pl.Expr:
    columns = _columns_of(expression, headers)
    parts = [duration_seconds(pl.col(c), unit) for c in columns]
    if "+" in expression and expression not in headers:
        return sum_of(parts)
    return pl.coalesce(parts) if len(parts) > 1 else parts[0]


def _key(expr: pl.Expr) -> pl.Expr:
    return expr.str.strip_chars().str.to_lowercase()


def _parse_batch(
    batch: pl.DataFrame,
    mapping: dict[str, str],
    first_row: int,
    rejects: Rejects,
    forms: list[str] | None = None,
    options: ReadOptions | None = None,
    units: dict[str, str] | None = None,
) -> pl.DataFrame:
    options = options or ReadOptions()
    units = units or {}
    headers = batch.columns
    exprs: list[pl.Expr] = []
    raw: dict[str, pl.Expr] = {}
    for field_name in FIELDS:
        expression = mapping.get(field_name)
        if field_name == "started_at":
            text = _moment_text(expression, headers) if expression else pl.lit(None, pl.String)
            if options.date:  # a one-day extract: its times of day on the day given
                text = (
                    pl.when(text.str.contains(r"^\d{1,2}:\d{2}"))
                    .then(pl.concat_str([pl.lit(options.date), text], separator=" "))
                    .otherwise(text)
                )
            exprs.append(_datetime(text, forms, options).alias(field_name))
            raw[field_name] = text
        elif (
            field_name in ("handle_seconds", "wait_seconds")
            and not expression
            and mapping.get("answered_at")
        ):
            exprs.append(pl.lit(None, pl.Float64).alias(field_name))  # derived below
        elif field_name in ("handle_seconds", "wait_seconds") and expression:
            exprs.append(
                _duration_of(expression, headers, units.get(field_name, "s")).alias(field_name)
            )
            raw[field_name] = pl.coalesce([pl.col(c) for c in _columns_of(expression, headers)])
        elif field_name in NUMBER_FIELDS and expression:
            text = _text_of(expression, headers)
            exprs.append(
                text.str.replace_all(",", "").cast(pl.Float64, strict=False).alias(field_name)
            )
            raw[field_name] = text
        elif field_name == "abandoned" and options.abandoned_when:
            column, values = options.abandoned_when
            text = _text_of(column, headers)
            wanted = [v.strip().lower() for v in values]
            exprs.append(
                pl.when(text.is_null())
                .then(False)
                .otherwise(_key(text).is_in(wanted))
                .alias(field_name)
            )
        elif field_name == "abandoned" and mapping.get("answered") and not expression:
            text = _text_of(mapping["answered"], headers)
            exprs.append(_flag_text(text).not_().alias(field_name))
            raw[field_name] = text
        elif field_name == "abandoned" and mapping.get("answered_at") and not expression:
            exprs.append(_text_of(mapping["answered_at"], headers).is_null().alias(field_name))
        elif field_name == "abandoned" and options.abandoned_when_empty:
            exprs.append(
                _text_of(options.abandoned_when_empty, headers).is_null().alias(field_name)
            )
        elif field_name in FLAG_FIELDS and expression:
            text = _text_of(expression, headers)
            exprs.append(_flag_text(text).alias(field_name))
            raw[field_name] = text
        elif field_name == "channel":
            text = (
                _text_of(expression, headers)
                if expression
                else pl.lit(options.default_channel, pl.String)
            )
            if options.channel_values:
                channel_map = {k.strip().lower(): v for k, v in options.channel_values.items()}
                text = _key(text).replace_strict(channel_map, default=text, return_dtype=pl.String)
            exprs.append(text.alias(field_name))
        elif expression:
            exprs.append(_text_of(expression, headers).alias(field_name))
        else:
            exprs.append(pl.lit(None, dtype=pl.String).alias(field_name))
    if mapping.get("direction"):
        raw["direction"] = _text_of(mapping["direction"], headers)
    for moment in MOMENTS:
        if mapping.get(moment):
            raw[moment] = _moment_text(mapping[moment], headers)
    for name, text in raw.items():
        exprs.append(text.alias(f"_{name}_text"))
    if options.contact_key:
        exprs.append(_text_of(options.contact_key, headers).alias("_contact_key"))
    # Clean each text column once (full-width folded, trimmed, sentinels to null); every
    # parser below reads the cleaned text.
    whole_row = [c for c in ("_row_hash", "_total_line") if c in batch.columns]
    cleaned = _clean_frame(batch.drop(whole_row))
    parsed = cleaned.with_row_index("_row", offset=first_row).select(pl.col("_row"), *exprs)
    if whole_row:
        parsed = parsed.with_columns(batch.select(whole_row))
    else:
        parsed = parsed.with_columns(whole_row_marks(cleaned))
    if forms is not None and "started_at" in mapping:
        # Rows in a form the sample did not show are read again with every known form.
        unread = pl.col("started_at").is_null() & pl.col("_started_at_text").is_not_null()
        if parsed.select(unread.any()).item():
            again = _datetime(pl.col("_started_at_text"), None, options)
            parsed = parsed.with_columns(
                pl.when(unread).then(again).otherwise(pl.col("started_at")).alias("started_at")
            )
    if mapping.get("answered_at"):
        parsed = _derived_from_moments(parsed, mapping, options)
    problems: list[tuple[str, pl.Expr]] = [
        (
            total_line_reason(),
            pl.col("_total_line") & pl.col("started_at").is_null(),
        ),
    ]
    if mapping.get("direction"):
        outbound = _key(pl.col("_direction_text")).is_in(sorted(OUTBOUND_WORDS))
        problems.append((outbound_reason(), outbound))
    problems += [
        (tr("date and time missing or unreadable"), pl.col("started_at").is_null()),
        (tr("channel missing"), pl.col("channel").is_null()),
    ]
    for field_name in NUMBER_FIELDS + FLAG_FIELDS:
        if f"_{field_name}_text" in parsed.columns:
            template = (
                "{field} is not yes/no" if field_name in FLAG_FIELDS else "{field} is not a number"
            )
            problems.append(
                (
                    tr(template, field=field_name),
                    pl.col(field_name).is_null() & pl.col(f"_{field_name}_text").is_not_null(),
                )
            )
    # Each row's first problem (null: none), then the rejected rows counted per problem.
    found = problems_with_columns(problems, parsed.columns)
    first_problem = pl.coalesce(
        [
            pl.when(condition.fill_null(False)).then(pl.lit(number, pl.UInt8))
            for number, (_reason, condition, _column) in enumerate(found)
        ]
    )
    parsed = parsed.with_columns(first_problem.alias("_problem"))
    bad = parsed.filter(pl.col("_problem").is_not_null())
    for number, (reason, _condition, example_column) in enumerate(found):
        hits = bad.filter(pl.col("_problem") == number) if bad.height else bad
        value = (
            str(hits[example_column][0])
            if example_column and hits.height and hits[example_column][0] is not None
            else None
        )
        rejects.add(reason, hits["_row"].head(5).to_list(), hits.height, value)
    good = parsed.filter(pl.col("_problem").is_null()) if bad.height else parsed
    types = (
        {f: pl.String for f in TEXT_FIELDS}
        | {f: pl.Float64 for f in NUMBER_FIELDS}
        | {f: pl.Boolean for f in FLAG_FIELDS}
        | {"started_at": pl.Datetime("us")}
        | {f: pl.Categorical for f in CATEGORY_FIELDS}  # a few distinct values, 4 bytes a row
    )
    extra = ["_row", "_row_hash"] + (["_contact_key"] if options.contact_key else [])
    return good.select([pl.col(f).cast(types[f]) for f in FIELDS] + [pl.col(c) for c in extra])


_CLOCK_FORMS = ("%H:%M:%S%.f", "%H:%M:%S", "%H:%M", "%I:%M:%S %p", "%I:%M %p")


def _moment_after(base: pl.Expr, text: pl.Expr, options: ReadOptions) -> pl.Expr:
    """A moment written as a date-time, or as a time of day on ``base``'s date, rolled to the
    next day when that would be before ``base`` (an answer past midnight)."""
    upper = text.str.to_uppercase()
    clock = pl.coalesce([upper.str.to_time(form, strict=False) for form in _CLOCK_FORMS])
    on_day = base.dt.combine(clock)
    rolled = pl.when(on_day < base).then(on_day + pl.duration(days=1)).otherwise(on_day)
    return pl.coalesce(_datetime(text, None, options), rolled)


def _derived_from_moments(
    parsed: pl.DataFrame, mapping: dict[str, str], options: ReadOptions
) -> pl.DataFrame:
    """Wait = answered - started (a contact never answered waited until it ended); handle =
    ended - answered; each only where the log has no column of its own, and a negative span
    is no span."""
    start = pl.col("started_at")
    answered = _moment_after(start, pl.col("_answered_at_text"), options)
    parsed = parsed.with_columns(answered.alias("_answered_at"))
    ended = (
        _moment_after(pl.coalesce(pl.col("_answered_at"), start), pl.col("_ended_at_text"), options)
        if mapping.get("ended_at")
        else pl.lit(None, pl.Datetime("us"))
    )
    spans = {}
    if not mapping.get("wait_seconds"):
        spans["wait_seconds"] = pl.coalesce(pl.col("_answered_at"), ended) - start
    if not mapping.get("handle_seconds") and mapping.get("ended_at"):
        spans["handle_seconds"] = ended - pl.col("_answered_at")
    seconds = {name: span.dt.total_microseconds() / 1_000_000 for name, span in spans.items()}
    return parsed.with_columns(
        pl.when(value >= 0).then(value).alias(name) for name, value in seconds.items()
    ).drop("_answered_at")


def problems_with_columns(
    problems: list[tuple[str, pl.Expr]], columns: list[str]
) -> list[tuple[str, pl.Expr, str | None]]:
    """Each problem with the raw-text column that shows an example of it."""
    date_reason = tr("date and time missing or unreadable")
    found = []
    for reason, condition in problems:
        column = None
        if reason == date_reason and "_started_at_text" in columns:
            column = "_started_at_text"
        else:
            for name in columns:
                if name.startswith("_") and name.endswith("_text") and name[1:-5] in reason:
                    column = name
        found.append((reason, condition, column))
    return found


def whole_row_marks(frame: pl.DataFrame) -> list[pl.Series]:
    """From the whole row: a hash (rows identical in every column are one delivery), and
    whether it is a total or summary line (a total word in one of its first three cells, where
    spreadsheets and reports put the label)."""
    columns = [c for c in frame.columns if not c.startswith("_")]
    hashes = frame.select(columns).hash_rows().alias("_row_hash")
    total = frame.select(
        pl.any_horizontal(
            _key(pl.col(c).cast(pl.String).str.strip_chars())
            .is_in(list(TOTAL_WORDS))
            .fill_null(False)
            for c in columns[:3]
        ).alias("_total_line")
    )["_total_line"]
    return [hashes, total]


def _flag_text(text: pl.Expr) -> pl.Expr:
    lowered = text.str.to_lowercase()
    return (
        pl.when(lowered.is_in(sorted(TRUE_WORDS)))
        .then(True)
        .when(lowered.is_in(sorted(FALSE_WORDS)))
        .then(False)
        .otherwise(None)
    )


def group_contacts(rows: pl.DataFrame) -> pl.DataFrame:
    """Rows sharing a contact key become one contact, following the contract: earliest start;
    the handle times of answered rows summed (empty when none); the earliest row's wait;
    abandoned only when no row was answered; other fields the first non-empty in time order
    (ties in file order)."""
    ordered = rows.with_columns(
        pl.coalesce(pl.col("_contact_key"), pl.col("_row").cast(pl.String)).alias("_group")
    ).sort("started_at", "_row")
    firsts = [
        pl.col(f).drop_nulls().first().alias(f)
        for f in ("channel", "reason", "customer_id", "segment", "csat", "effort", "resolved")
    ]
    abandoned = pl.col("abandoned")
    # A leg that only rang (a ring group rings several phones, one row each) adds no time.
    handle = pl.when(abandoned.fill_null(False).not_()).then(pl.col("handle_seconds"))
    return (
        ordered.group_by("_group", maintain_order=True)
        .agg(
            pl.col("started_at").min(),
            *firsts,
            pl.when(pl.len() == 1)
            .then(pl.col("handle_seconds").first())  # a contact of one row keeps its own
            .when(handle.is_not_null().any())
            .then(handle.sum())
            .alias("handle_seconds"),
            pl.col("wait_seconds").first(),
            pl.when(abandoned.is_null().all())
            .then(None)
            .otherwise(abandoned.fill_null(False).all())
            .alias("abandoned"),
            pl.col("_row").min(),
        )
        .sort("_row")
        .select(FIELDS)
    )


def _resolved(
    chosen: dict[str, str], options: ReadOptions, headers: list[str]
) -> tuple[dict[str, str], ReadOptions]:
    """Every EXPR made ready for the later steps, once: a lenient preset leaves out what the
    export lacks (required fields stay, to be named in the error), and positions (#N) become
    the column names they point at."""
    lenient = options.lenient

    def named(expression: str | None) -> str | None:
        if not expression or (lenient and not _readable(expression, headers)):
            return None
        return _positions_named(expression, headers)

    abandoned = options.abandoned_when
    return (
        {
            f: _positions_named(e, headers)
            for f, e in chosen.items()
            if f in REQUIRED or not lenient or _readable(e, headers)
        },
        dataclasses.replace(
            options,
            contact_key=named(options.contact_key),
            abandoned_when_empty=named(options.abandoned_when_empty),
            abandoned_when=(_positions_named(abandoned[0], headers), abandoned[1])
            if abandoned and (not lenient or _readable(abandoned[0], headers))
            else None,
        ),
    )


def _missing_sentence(missing: list[str], headers: list[str]) -> str:
    """Every required field without a column, in one sentence: the columns looked at, and
    the option that fixes each (a log of one channel names it, it has no column)."""
    fixes = [f"--map {f}=COLUMN" for f in missing if f != "channel"]
    if "channel" in missing:
        fixes.append(tr("--default-channel NAME (a log of one channel) or --map channel=COLUMN"))
    shown = ", ".join(f'"{h}"' for h in headers[:20]) + (", …" if len(headers) > 20 else "")
    return tr(
        "No column was found for {fields} among the file's columns ({columns}); give {fixes}.",
        fields=", ".join(missing),
        columns=shown,
        fixes=tr(" and ").join(fixes),
    )


def _guesses(headers: list[str], sample: pl.DataFrame, options: ReadOptions) -> list[Guess]:
    """The fields neither the mapping nor the other options settle, guessed."""
    known = dict(options.mapping or {})
    if options.abandoned_when or options.abandoned_when_empty:
        known.setdefault("abandoned", "")
    if options.default_channel:  # a log of one channel has no channel column
        known.setdefault("channel", "")
    return guess_columns(headers, sample, known)


def _sample(
    source: Path, headers: list[str], delimiter: str, skip: int, no_header: bool
) -> pl.DataFrame:
    """The first rows of the log (at most :data:`SAMPLE_ROWS`, from its first megabyte) as
    cleaned text, one column per header (a repeated header: its first column)."""
    with source.open("r", encoding="utf-8-sig", newline="") as handle:
        text = handle.read(1 << 20)
    lines = text.splitlines()
    if len(text) == 1 << 20 and len(lines) > 1:
        lines = lines[:-1]  # cut inside a line
    start = skip + (0 if no_header else 1)
    rows = list(csv.reader(lines[start : start + SAMPLE_ROWS], delimiter=delimiter))
    columns: dict[str, list[str | None]] = {}
    for index, header in enumerate(headers):
        if header not in columns:
            columns[header] = [row[index] if index < len(row) else None for row in rows]
    frame = pl.DataFrame(columns, schema={h: pl.String for h in columns})
    return _clean_frame(frame) if frame.height else frame


@dataclass(frozen=True)
class LogPreview:
    """The head of a log as the import reads it: its header, its first rows, what each field
    would be guessed to be and why, and where it was found (a workbook's sheet)."""

    headers: list[str]
    rows: list[list[str]]
    guesses: list[Guess]
    encoding: str
    sheet: str | None = None


PREVIEW_BYTES = 1 << 20


def preview_log(path: str | Path, options: ReadOptions | None = None) -> LogPreview:
    """What :func:`open_contact_log` would find in the file's first rows (its first megabyte,
    or a workbook's first rows of the sheet it would read), without reading the whole file."""
    options = options or ReadOptions()
    path = Path(path)
    if not path.is_file():
        raise ImportRejected(
            tr("There is no file {name}; check the name and folder.", name=path.name)
        )
    with tempfile.TemporaryDirectory(prefix="ces-preview-") as folder:
        head = Path(folder) / "head.csv"
        sheet_used = None
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            # Title lines, the header and the rows the guesses are checked on.
            head, sheet_used = _xlsx_to_csv(
                path, Path(folder), lambda _f: None, options.sheet, most=40 + SAMPLE_ROWS
            )
            encoding = "xlsx"
        else:
            encoding = detect_encoding(path, options.encoding)
            with path.open("r", encoding=encoding, errors="replace", newline="") as source:
                text = source.read(PREVIEW_BYTES)
            if len(text) == PREVIEW_BYTES and "\n" in text:
                text = text[: text.rindex("\n") + 1]  # whole lines only
            head.write_text(text, encoding="utf-8", newline="")
        headers, _, delimiter, skip = find_header(head, "utf-8", options.delimiter)
        if options.no_header:
            skip, headers = 0, [f"column_{n}" for n in range(1, len(headers) + 1)]
        sample = _sample(head, headers, delimiter, skip, options.no_header)
        guesses = [] if options.no_guess else _guesses(headers, sample, options)
        shown = sample.head(12)
        rows_shown = [["" if v is None else str(v) for v in row] for row in shown.iter_rows()]
        return LogPreview(headers, rows_shown, guesses, encoding, sheet_used)


STALE_WORKDIR_SECONDS = 24 * 3600


def _sweep_stale_workdirs() -> None:
    """Working folders of imports killed outright (SIGKILL, a power cut: nothing of the
    process ran to remove them), a day old or more, removed."""
    import shutil
    import time

    now = time.time()
    for folder in Path(tempfile.gettempdir()).glob("ces-import-*"):
        with contextlib.suppress(OSError):
            if folder.is_dir() and now - folder.stat().st_mtime > STALE_WORKDIR_SECONDS:
                shutil.rmtree(folder, ignore_errors=True)


@contextlib.contextmanager
def open_contact_log(
    path: str | Path,
    mapping: dict[str, str] | None = None,
    *,
    encoding: str | None = None,
    progress: Callable[[float], None] = lambda _f: None,
    options: ReadOptions | None = None,
) -> Iterator[ContactReader]:
    """A log ready to be read batch by batch (see :class:`ContactReader`). Without a mapping
    the columns are guessed from the headers.

    Raises :class:`ImportRejected` when the file cannot be read or a required field has no
    column.
    """
    given: dict[str, Any] = {}
    if mapping is not None:
        given["mapping"] = mapping
    if encoding:
        given["encoding"] = encoding
    options = dataclasses.replace(options or ReadOptions(), **given)
    path = Path(path)
    if not path.is_file():
        raise ImportRejected(
            tr("There is no file {name}; check the name and folder.", name=path.name)
        )
    _sweep_stale_workdirs()
    with tempfile.TemporaryDirectory(prefix="ces-import-") as workdir_name:
        workdir = Path(workdir_name)
        sheet_used: str | None = None
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            source, sheet_used = _xlsx_to_csv(path, workdir, progress, options.sheet)
            used_encoding = "xlsx"
            headers, _, delimiter, skip = find_header(source, "utf-8")
        else:
            headers, used_encoding, delimiter, skip = find_header(
                path, options.encoding, options.delimiter
            )
            source = _utf8_copy(path, used_encoding, workdir)
        delimiter = options.delimiter or delimiter
        if not options.no_header and reads_as_data(headers):
            positions = options.mapping is not None and all(
                re.fullmatch(r"#\d+([+|]#\d+)*", e.replace(" ", ""))
                for e in options.mapping.values()
            )
            if not positions:
                raise ImportRejected(
                    tr(
                        "{file} seems to have no header line: its first line "
                        '("{line}") reads as a contact, not as column names. Import it with '
                        "--no-header and map the columns by position (--map "
                        "started_at=#1 ...), or add a header line.",
                        file=path.name,
                        line=", ".join(headers)[:80],
                    )
                )
            options = dataclasses.replace(options, no_header=True)  # its columns by position
        if options.no_header:
            skip = 0
            headers = [f"column_{n}" for n in range(1, len(headers) + 1)]
        given = dict(options.mapping or {})
        guesses: list[Guess] = []
        sample: pl.DataFrame | None = None
        if not options.no_guess:
            sample = _sample(source, headers, delimiter, skip, options.no_header)
            guesses = _guesses(headers, sample, options)
        chosen = {**{g.field: g.expression for g in guesses}, **given}
        start = chosen.get("started_at")
        if start and not options.date:
            if sample is None:
                sample = _sample(source, headers, delimiter, skip, options.no_header)
            if times_of_day_only(start, sample):
                raise ImportRejected(
                    tr(
                        '{file} gives times of day without a date ("{column}"); give the '
                        "day with --date YYYY-MM-DD (a one-day extract), or map a date "
                        "column with --map started_at=DATE+{column}.",
                        file=path.name,
                        column=start,
                    )
                )
        check_expressions(chosen, headers)
        chosen, options = _resolved(chosen, options, headers)
        missing = [
            f
            for f in REQUIRED
            if f not in chosen and not (f == "channel" and options.default_channel)
        ]
        if missing:
            raise ImportRejected(_missing_sentence(missing, headers))
        reader = ContactReader(
            source, headers, chosen, options, used_encoding, delimiter, skip, progress
        )
        reader.guesses = [g for g in guesses if chosen.get(g.field) == g.expression]
        reader.sheet = sheet_used
        yield reader


class ContactReader:
    """The rows of a log, parsed a batch at a time (a few megabytes of the file each), so a
    log of millions of rows never has to be in memory at once."""

    def __init__(
        self,
        source: Path,
        headers: list[str],
        mapping: dict[str, str],
        options: ReadOptions,
        encoding: str,
        delimiter: str,
        skip: int,
        progress: Callable[[float], None],
    ) -> None:
        self.source = source
        self.headers = headers
        self.mapping = mapping
        self.options = options
        self.encoding = encoding
        self.delimiter = delimiter
        self.skip = skip
        self.progress = progress
        self.rejects = Rejects()
        self.rows_read = 0
        self.units: dict[str, str] = dict(options.units)
        self.guesses: list[Guess] = []  # the fields guessed, with why
        self.sheet: str | None = None  # the workbook's sheet read

    def batches(self) -> Iterator[pl.DataFrame]:
        """Each batch's readable rows: :data:`FIELDS`, ``_row`` (the line in the file),
        ``_row_hash`` (of the whole row as written) and ``_contact_key`` when the log has
        several rows per contact. At least one batch, empty for an empty log."""
        options, chosen, skip = self.options, self.mapping, self.skip
        needed: list[str] = []
        for expression in [
            *chosen.values(),
            options.contact_key or "",
            options.abandoned_when[0] if options.abandoned_when else "",
            options.abandoned_when_empty or "",
        ]:
            if expression:
                needed += _columns_of(expression, self.headers)
        columns = list(dict.fromkeys(needed))
        total_bytes = max(1, self.source.stat().st_size)
        forms: list[str] | None = None
        first_line = skip + (1 if options.no_header else 2)
        for batch, done in _batches(
            self.source, self.delimiter, columns, total_bytes, options.no_header, self.headers, skip
        ):
            if forms is None:  # read from the first batch; later batches use the same forms
                sample = _clean_frame(batch.head(5000).drop("_row_hash", "_total_line"))
                started = _moment_text(chosen["started_at"], batch.columns)
                texts = sample.select(started.alias("v"))["v"]
                if options.date_order is None and ambiguous_day_first(
                    texts.drop_nulls().head(2000).to_list()
                ):
                    options = self.options = dataclasses.replace(options, date_order="dmy")
                forms = datetime_forms(texts, options)
                self.units = _units(chosen, sample, self.units)
            parsed = _parse_batch(
                batch, chosen, self.rows_read + first_line, self.rejects, forms, options, self.units
            )
            self.rows_read += batch.height
            self.progress(0.3 + 0.6 * done)
            yield parsed
        if forms is None:
            empty = pl.DataFrame(
                {c: [] for c in self.headers}, schema={c: pl.String for c in self.headers}
            )
            yield _parse_batch(empty, chosen, 2, self.rejects, None, options, self.units)

    def check_readable(self, rows: int) -> None:
        """Refuse a log none of whose rows has a readable date and time."""
        unreadable = tr("date and time missing or unreadable")
        if rows == 0 and self.rejects.counts.get(unreadable) and unreadable in self.rejects.values:
            raise ImportRejected(
                tr(
                    'No row has a readable date and time in "{column}" (for example "{value}"); '
                    "map another column or give --date-order or --source-timezone.",
                    column=self.mapping["started_at"],
                    value=self.rejects.values[unreadable],
                )
            )

    def read_whole(self) -> ContactLog:
        """Every batch at once: rows that came twice kept once, the rows of one contact
        joined."""
        rows = pl.concat(list(self.batches()), rechunk=False)
        self.check_readable(rows.height)
        # Counting distinct hashes costs a fraction of marking the first of each; the marks
        # are needed only when a row came twice.
        duplicates = rows.height - rows["_row_hash"].n_unique()
        kept = rows.filter(rows["_row_hash"].is_first_distinct()) if duplicates else rows
        del rows
        grouped = group_contacts(kept) if self.options.contact_key else kept[list(FIELDS)]
        return self._log(grouped, duplicates, kept.height)

    def _log(self, contacts: pl.DataFrame, duplicates: int, rows_grouped: int) -> ContactLog:
        return ContactLog(
            contacts,
            self.rows_read,
            self.rejects,
            self.mapping,
            self.encoding,
            self.delimiter,
            duplicates,
            rows_grouped,
            self.units,
        )


def read_contact_log(
    path: str | Path,
    mapping: dict[str, str] | None = None,
    *,
    encoding: str | None = None,
    progress: Callable[[float], None] = lambda _f: None,
    options: ReadOptions | None = None,
) -> ContactLog:
    """Read a CSV or XLSX log whole: one row per contact (rows that came twice kept once, the
    rows of one contact joined). Without a mapping the columns are guessed from the headers.

    Raises :class:`ImportRejected` when the file cannot be read or a required field has no
    column.
    """
    with open_contact_log(
        path, mapping, encoding=encoding, progress=progress, options=options
    ) as reader:
        return reader.read_whole()


def _units(mapping: dict[str, str], sample: pl.DataFrame, units: dict[str, str]) -> dict[str, str]:
    """The unit of each duration field: given, named by its header, or told by magnitudes."""
    found = dict(units)
    for field_name in ("handle_seconds", "wait_seconds"):
        expression = mapping.get(field_name)
        if not expression or field_name in found:
            continue
        columns = _columns_of(expression, sample.columns)
        unit = next((u for u in (unit_from_header(c) for c in columns) if u), None)
        if unit is None:
            values = (
                sample.select(
                    pl.concat_list([pl.col(c) for c in columns])
                    .explode()
                    .str.replace_all(",", "")
                    .cast(pl.Float64, strict=False)
                    .alias("v")
                )["v"]
                .drop_nulls()
                .to_list()
            )
            unit = unit_from_values(values)
        found[field_name] = unit or "s"
    return found


CHUNK_BYTES = 2 << 20  # about 30,000 rows of a typical log per batch


def _record_end(data: bytes) -> int:
    """Where the last whole record of ``data`` ends (0: none does). ``data`` starts at a
    record's start; a line break inside a quoted field (an odd number of quotes before it)
    does not end a record."""
    quotes = data.count(b'"')
    end = len(data)
    while (newline := data.rfind(b"\n", 0, end)) >= 0:
        quotes -= data.count(b'"', newline + 1, end)
        if quotes % 2 == 0:
            return newline + 1
        end = newline
    return 0


RECORD_LIMIT_BYTES = 4 * CHUNK_BYTES  # one row of a contact log: far less, even with notes


def _record_chunks(handle: BinaryIO) -> Iterator[tuple[bytes, int]]:
    """Whole records, about :data:`CHUNK_BYTES` at a time, each with the bytes read so far.
    A record longer than :data:`RECORD_LIMIT_BYTES` (a file of one endless line, or a quote
    never closed) is refused rather than read whole into memory."""
    rest = b""
    while chunk := handle.read(CHUNK_BYTES):
        data = rest + chunk
        cut = _record_end(data)
        rest = data[cut:]
        if len(rest) > RECORD_LIMIT_BYTES:
            raise ImportRejected(
                tr(
                    "A row of the file runs on for more than {size} MB without ending (one "
                    "endless line, or a quote that is never closed); a contact log's rows are "
                    "short. Check that this is the export you meant.",
                    size=RECORD_LIMIT_BYTES // 1_000_000,
                )
            )
        if cut:
            yield data[:cut], handle.tell()
    if rest.strip():
        yield rest, handle.tell()


def _batches(
    source: Path,
    delimiter: str,
    columns: list[str],
    total_bytes: int,
    no_header: bool = False,
    headers: list[str] | None = None,
    skip: int = 0,
) -> Iterator[tuple[pl.DataFrame, float]]:
    """The needed columns as text, in batches, with the share of the file read so far.

    The file is cut into chunks of whole records that polars parses one at a time: its own
    batched readers read far ahead, which for a large log costs more memory than the rows.
    """
    schema: dict[str, pl.DataType] = {}
    seen: collections.Counter[str] = collections.Counter()
    for name in headers or []:  # a repeated header name is told apart as polars does
        repeats = seen[name]
        seen[name] += 1
        schema[f"{name}_duplicated_{repeats - 1}" if repeats else name] = pl.String()
    with source.open("rb") as handle:
        if handle.read(3) != codecs.BOM_UTF8:
            handle.seek(0)
        for _ in range(skip + (0 if no_header else 1)):
            handle.readline()
        # Each chunk is parsed after a record of empty fields, one per column, then dropped:
        # polars takes a chunk's width from its first line, and would refuse a chunk that
        # starts with a record whose empty trailing fields were left out.
        full_width = delimiter.encode("utf-8") * (len(schema) - 1) + b"\n"
        for data, done in _record_chunks(handle):
            batch = pl.read_csv(
                full_width + data,
                has_header=False,
                schema=schema,
                separator=delimiter,
                encoding="utf8-lossy",
                truncate_ragged_lines=True,
                quote_char='"',
            ).slice(1)
            marks = whole_row_marks(batch)  # from every column, before the unused ones go
            yield batch.select(columns).with_columns(marks), min(1.0, done / total_bytes)
