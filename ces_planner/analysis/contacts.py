"""Reading contact logs (CSV or XLSX) into one columnar table of contacts.

The file is read in batches of text columns, so a year of a large centre never becomes Python
objects per row; each batch is parsed with polars expressions, rows that cannot be read are
counted by reason (with examples), and progress and cancel are checked between batches.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import re
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

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
REQUIRED = ("started_at", "channel", "reason")
NUMBER_FIELDS = ("handle_seconds", "wait_seconds", "csat", "effort")
FLAG_FIELDS = ("abandoned", "resolved")
TEXT_FIELDS = ("channel", "reason", "customer_id", "segment")

# Header words that suggest a field (compared after normalising case, width and spaces).
HEADER_HINTS: dict[str, tuple[str, ...]] = {
    "started_at": (
        "started_at",
        "when",
        "received",
        "time",
        "start time",
        "started",
        "start",
        "date",
        "datetime",
        "timestamp",
        "created at",
        "arrived",
        "initiation timestamp",
        "call start",
        "開始日時",
        "受付日時",
        "着信日時",
        "日時",
        "通話開始時間",
        "開始時刻",
        "受付日",
    ),
    "channel": (
        "channel",
        "media type",
        "media",
        "contact channel",
        "via",
        "チャネル",
        "チャンネル",
        "窓口",
        "媒体",
    ),
    "reason": (
        "reason",
        "contact reason",
        "wrap-up",
        "wrap up",
        "disposition",
        "category",
        "topic",
        "問い合わせ理由",
        "問合せ理由",
        "お問い合わせ理由",
        "理由",
        "用件",
        "分類",
        "問い合わせ種別",
    ),
    "customer_id": (
        "customer_id",
        "customer id",
        "customer",
        "caller",
        "ani",
        "requester id",
        "顧客id",
        "顧客番号",
        "お客様番号",
        "顧客",
    ),
    "segment": ("segment", "customer segment", "queue", "tier", "セグメント", "顧客区分", "区分"),
    "handle_seconds": (
        "handle_seconds",
        "handle time",
        "handle",
        "aht",
        "duration",
        "talk time",
        "処理時間",
        "対応時間",
        "通話時間",
    ),
    "wait_seconds": (
        "wait_seconds",
        "wait time",
        "wait",
        "queue time",
        "queue duration",
        "待ち時間",
        "待機時間",
        "応答待ち時間",
    ),
    "abandoned": ("abandoned", "abandon", "放棄", "放棄呼"),
    "resolved": ("resolved", "fcr", "first contact resolution", "解決", "一次解決"),
    "csat": ("csat", "satisfaction", "satisfaction score", "満足度"),
    "effort": ("effort", "ces", "customer effort", "customer effort score", "労力", "努力指標"),
}

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

DATETIME_FORMATS = (
    "%Y-%m-%dT%H:%M:%S%.f",
    "%Y-%m-%d %H:%M:%S%.f",
    "%Y-%m-%dT%H:%M:%S",
    "%Y-%m-%d %H:%M:%S",
    "%Y-%m-%dT%H:%M",
    "%Y-%m-%d %H:%M",
    "%Y/%m/%d %H:%M:%S",
    "%Y/%m/%d %H:%M",
    "%Y.%m.%d %H:%M:%S",
    "%Y.%m.%d %H:%M",
)
# Excel stores date-times as days since 1899-12-30.
EXCEL_EPOCH = dt.datetime(1899, 12, 30)
ZIP_LIMIT_BYTES = 2_000_000_000
BATCH_ROWS = 250_000


class ImportRejected(PlanError):
    """The file cannot be imported at all; nothing was changed."""


@dataclass
class Rejects:
    """Rows that could not be read, counted by reason, with a few row numbers as examples."""

    counts: dict[str, int] = field(default_factory=dict)
    examples: dict[str, list[int]] = field(default_factory=dict)

    def add(self, reason: str, rows: list[int], total: int) -> None:
        if total:
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


def normalise_header(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("\ufeff", "").strip().lower()
    text = re.sub(r"[\(\[（［].*?[\)\]）］]", "", text)  # unit suffixes such as (秒) or [list]
    return re.sub(r"[\s_\-]+", " ", text).strip()


def guess_mapping(headers: list[str]) -> dict[str, str]:
    """Field -> column, from header words in English and Japanese; exact names win."""
    mapping: dict[str, str] = {}
    normalised = {h: normalise_header(h) for h in headers}
    for wanted_exact in (True, False):
        for field_name, hints in HEADER_HINTS.items():
            if field_name in mapping:
                continue
            for hint in hints:
                key = normalise_header(hint)
                for header, norm in normalised.items():
                    if header in mapping.values():
                        continue
                    if (
                        (norm == key)
                        if wanted_exact
                        else (key in norm.split(" ") or (len(key) > 3 and key in norm))
                    ):
                        mapping[field_name] = header
                        break
                if field_name in mapping:
                    break
    return mapping


# -- reading the file ----------------------------------------------------------------------


def detect_encoding(path: Path, forced: str | None = None) -> str:
    """utf-8 (with or without BOM) or cp932, by decoding the whole file; or the forced one."""
    if forced:
        try:
            codecs.lookup(forced)
        except LookupError as error:
            raise ImportRejected(
                tr("Unknown encoding {encoding}; use utf-8 or cp932.", encoding=forced)
            ) from error
        return forced
    with path.open("rb") as handle:
        head = handle.read(3)
    if head == codecs.BOM_UTF8:
        return "utf-8-sig"
    for candidate in ("utf-8", "cp932"):
        decoder = codecs.getincrementaldecoder(candidate)()
        try:
            with path.open("rb") as handle:
                while chunk := handle.read(1 << 22):
                    decoder.decode(chunk)
                decoder.decode(b"", final=True)
            return candidate
        except UnicodeDecodeError:
            continue
    raise ImportRejected(
        tr(
            "{name} is neither UTF-8 nor Japanese Shift-JIS (cp932) text; save "
            "it as UTF-8 CSV and import it again.",
            name=path.name,
        )
    )


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


def _xlsx_to_csv(path: Path, workdir: Path, progress: Callable[[float], None]) -> Path:
    import openpyxl

    try:
        with zipfile.ZipFile(path) as archive:
            total = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile as error:
        raise ImportRejected(
            tr("{name} is not a readable Excel workbook.", name=path.name)
        ) from error
    if total > ZIP_LIMIT_BYTES:
        raise ImportRejected(
            tr("{name} unpacks to more than 2 GB; export it as CSV instead.", name=path.name)
        )
    workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        target = workdir / "log-xlsx.csv"
        rows = sheet.max_row or 1
        with target.open("w", encoding="utf-8", newline="") as out:
            writer = csv.writer(out)
            for number, row in enumerate(sheet.iter_rows(values_only=True)):
                writer.writerow(["" if v is None else _excel_cell(v) for v in row])
                if number % 20000 == 0:
                    progress(0.3 * number / rows)
    finally:
        workbook.close()
    return target


def _excel_cell(value: object) -> str:
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_headers(path: Path, encoding: str | None = None) -> tuple[list[str], str, str]:
    """The header row, the encoding and the delimiter of a CSV file."""
    encoding = detect_encoding(path, encoding)
    with path.open("r", encoding=encoding, newline="") as handle:
        sample = handle.read(64 * 1024)
    delimiter = detect_delimiter(sample)
    first = next(csv.reader(sample.splitlines()[:1] or [""], delimiter=delimiter), [])
    return [h.replace("\ufeff", "").strip() for h in first], encoding, delimiter


# -- parsing values ------------------------------------------------------------------------


SENTINELS = ("[none]", "[deleted]", "n/a", "na", "-", "null", "none")


def _clean(column: str) -> pl.Expr:
    """Text with full-width characters folded (NFKC), trimmed; empty and sentinels -> null."""
    return _blank_to_null(pl.col(column).cast(pl.String).str.normalize("NFKC").str.strip_chars())


def _blank_to_null(text: pl.Expr) -> pl.Expr:
    return (
        pl.when((text == "") | text.str.to_lowercase().is_in(SENTINELS)).then(None).otherwise(text)
    )


def _clean_frame(batch: pl.DataFrame) -> pl.DataFrame:
    """:func:`_clean` for every column, in two passes so no expression is evaluated twice;
    columns of plain ASCII skip the (costly) Unicode normalisation."""
    folded = []
    for column in batch.columns:
        text = pl.col(column).cast(pl.String)
        if batch.select(text.str.contains(r"[^\x00-\x7f]").any()).item():
            text = text.str.normalize("NFKC")
        folded.append(text.str.strip_chars().alias(column))
    return batch.select(folded).select(_blank_to_null(pl.col(c)).alias(c) for c in batch.columns)


def _number(column: str) -> pl.Expr:
    text = pl.col(column).str.replace_all(",", "").str.replace(r"^\+", "")
    return text.cast(pl.Float64, strict=False)


def _flag(column: str) -> pl.Expr:
    text = pl.col(column).str.to_lowercase()
    return (
        pl.when(text.is_in(sorted(TRUE_WORDS)))
        .then(True)
        .when(text.is_in(sorted(FALSE_WORDS)))
        .then(False)
        .otherwise(None)
    )


def _datetime_attempts(text: pl.Expr) -> list[tuple[str, pl.Expr]]:
    """Every way a date-time text is read, named, in order of preference."""
    attempts = [
        (f, text.str.to_datetime(f, strict=False, time_unit="us")) for f in DATETIME_FORMATS
    ]
    # Single-digit hours (2026/03/01 9:15) are padded before the formats above are tried.
    padded = text.str.replace(r"(\d) (\d):", "${1} 0${2}:")
    attempts += [
        (f"padded {f}", padded.str.to_datetime(f, strict=False, time_unit="us"))
        for f in DATETIME_FORMATS
    ]
    serial = text.cast(pl.Float64, strict=False)
    excel = pl.when(serial.is_between(20000, 80000)).then(
        pl.lit(EXCEL_EPOCH)
        + pl.duration(microseconds=(serial * 86_400_000_000).round(0).cast(pl.Int64))
    )
    attempts.append(("excel serial", excel))
    return attempts


def datetime_forms(sample: pl.Series) -> list[str]:
    """The fewest date-time forms that read every readable value of a sample."""
    frame = pl.DataFrame({"v": sample.cast(pl.String)})
    frame = frame.select(_clean("v").alias("v"))
    attempts = _datetime_attempts(pl.col("v"))
    readable = frame.select([expr.is_not_null().alias(name) for name, expr in attempts])
    uncovered = readable.select(pl.any_horizontal(pl.all()).alias("any"))["any"]
    chosen: list[str] = []
    while uncovered.any():
        best = max(readable.columns, key=lambda name: int((readable[name] & uncovered).sum()))
        chosen.append(best)
        uncovered = uncovered & ~readable[best]
    return chosen


def _datetime(column: str, forms: list[str] | None = None) -> pl.Expr:
    attempts = dict(_datetime_attempts(pl.col(column)))
    chosen = [attempts[name] for name in (forms or list(attempts))]
    return pl.coalesce(chosen) if len(chosen) > 1 else chosen[0]


def _parse_batch(
    batch: pl.DataFrame,
    mapping: dict[str, str],
    first_row: int,
    rejects: Rejects,
    forms: list[str] | None = None,
) -> pl.DataFrame:
    exprs = [pl.lit(None, dtype=pl.String).alias(f) for f in FIELDS if f not in mapping]
    for field_name, column in mapping.items():
        if field_name == "started_at":
            exprs.append(_datetime(column, forms).alias(field_name))
            exprs.append(pl.col(column).alias("_started_text"))
        elif field_name in NUMBER_FIELDS:
            exprs.append(_number(column).alias(field_name))
            exprs.append(pl.col(column).alias(f"_{field_name}_text"))
        elif field_name in FLAG_FIELDS:
            exprs.append(_flag(column).alias(field_name))
            exprs.append(pl.col(column).alias(f"_{field_name}_text"))
        else:
            exprs.append(pl.col(column).alias(field_name))
    # Clean each text column once (full-width folded, trimmed, sentinels to null); every
    # parser below reads the cleaned text.
    cleaned = _clean_frame(batch)
    parsed = cleaned.with_row_index("_row", offset=first_row).select(pl.col("_row"), *exprs)
    if forms is not None and "started_at" in mapping:
        # Rows in a form the sample did not show are read again with every known form.
        unread = pl.col("started_at").is_null() & pl.col("_started_text").is_not_null()
        if parsed.select(unread.any()).item():
            again = _datetime("_started_text").alias("_again")
            parsed = parsed.with_columns(
                pl.when(unread).then(again).otherwise(pl.col("started_at")).alias("started_at")
            )
    problems: list[tuple[str, pl.Expr]] = [
        (tr("date and time missing or unreadable"), pl.col("started_at").is_null()),
        (tr("channel missing"), pl.col("channel").is_null()),
    ]
    for field_name in NUMBER_FIELDS:
        if field_name in mapping:
            problems.append(
                (
                    tr("{field} is not a number", field=field_name),
                    pl.col(field_name).is_null() & pl.col(f"_{field_name}_text").is_not_null(),
                )
            )
    for field_name in FLAG_FIELDS:
        if field_name in mapping:
            problems.append(
                (
                    tr("{field} is not yes/no", field=field_name),
                    pl.col(field_name).is_null() & pl.col(f"_{field_name}_text").is_not_null(),
                )
            )
    seen = pl.lit(False)
    for reason, condition in problems:
        hit = condition & ~seen
        rows = parsed.filter(hit)["_row"]
        rejects.add(reason, rows.head(5).to_list(), rows.len())
        seen = seen | condition
    good = parsed.filter(~seen)
    types = (
        {f: pl.String for f in TEXT_FIELDS}
        | {f: pl.Float64 for f in NUMBER_FIELDS}
        | {f: pl.Boolean for f in FLAG_FIELDS}
        | {"started_at": pl.Datetime("us")}
    )
    return good.select([pl.col(f).cast(types[f]) for f in FIELDS])


def read_contact_log(
    path: str | Path,
    mapping: dict[str, str] | None = None,
    *,
    encoding: str | None = None,
    progress: Callable[[float], None] = lambda _f: None,
) -> ContactLog:
    """Read a CSV or XLSX log. Without ``mapping`` the columns are guessed from the headers.

    Raises :class:`ImportRejected` when the file cannot be read or a required field has no
    column.
    """
    path = Path(path)
    if not path.is_file():
        raise ImportRejected(
            tr("There is no file {name}; check the name and folder.", name=path.name)
        )
    with tempfile.TemporaryDirectory(prefix="ces-import-") as workdir_name:
        workdir = Path(workdir_name)
        if path.suffix.lower() in (".xlsx", ".xlsm"):
            source, used_encoding = _xlsx_to_csv(path, workdir, progress), "xlsx"
            headers, _, delimiter = read_headers(source, "utf-8")
        else:
            headers, used_encoding, delimiter = read_headers(path, encoding)
            source = _utf8_copy(path, used_encoding, workdir)
        chosen = dict(mapping) if mapping is not None else guess_mapping(headers)
        unknown = [column for column in chosen.values() if column not in headers]
        if unknown:
            raise ImportRejected(
                tr(
                    'The file has no column named "{column}"; its columns are: {columns}.',
                    column=unknown[0],
                    columns=", ".join(headers),
                )
            )
        missing = [f for f in REQUIRED if f not in chosen]
        if missing:
            raise ImportRejected(
                tr(
                    "No column for the required field {field}; map it with --map {field}=COLUMN.",
                    field=missing[0],
                )
            )
        columns = sorted(set(chosen.values()))
        total_bytes = max(1, source.stat().st_size)
        rejects = Rejects()
        parts: list[pl.DataFrame] = []
        rows_read = 0
        forms: list[str] | None = None
        for batch, done in _batches(source, delimiter, columns, total_bytes):
            if forms is None:  # read from the first batch; later batches use the same forms
                forms = datetime_forms(batch[chosen["started_at"]].head(5000))
            parts.append(_parse_batch(batch, chosen, rows_read + 2, rejects, forms))
            rows_read += batch.height
            progress(0.3 + 0.6 * done)
        contacts = (
            pl.concat(parts)
            if parts
            else _parse_batch(
                pl.DataFrame({c: [] for c in columns}, schema={c: pl.String for c in columns}),
                chosen,
                2,
                rejects,
            )
        )
        contacts = contacts.with_columns(
            pl.col(c).cast(pl.Categorical) for c in ("channel", "reason", "segment")
        )
    return ContactLog(contacts, rows_read, rejects, chosen, used_encoding, delimiter)


def _batches(
    source: Path, delimiter: str, columns: list[str], total_bytes: int
) -> Iterator[tuple[pl.DataFrame, float]]:
    """The mapped columns as text, in batches, with the share of the file read so far."""
    frame = pl.scan_csv(
        source,
        separator=delimiter,
        infer_schema=False,
        encoding="utf8-lossy",
        truncate_ragged_lines=True,
        quote_char='"',
    )
    renamed = {c: c.replace("\ufeff", "").strip() for c in frame.collect_schema().names()}
    frame = frame.rename(renamed).select(columns)
    rows_done = 0
    for batch in frame.collect_batches(chunk_size=BATCH_ROWS):
        rows_done += batch.height
        yield batch, min(1.0, rows_done * 60 / total_bytes)
