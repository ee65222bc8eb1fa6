"""Which column of a contact log holds which field, guessed as an analyst would: from the whole
words of each header, then checked against the values the column actually holds.

A header is split into words (spaces, ``_``, ``-``, brackets, ``/`` and camelCase); a field's
phrases match whole words only, so ``Sentiment`` is not a time and ``bridge_highway_segment``
is not a customer segment. Japanese headers, which have no spaces, match known terms. Each
candidate is scored by how much of its header the phrase explains and by the share of its
sampled values that read as the field; a column none of whose values read is never kept.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

import polars as pl

from ces_planner.analysis.formats import (
    FALSE_WORDS,
    INBOUND_WORDS,
    OUTBOUND_WORDS,
    TRUE_WORDS,
    duration_seconds,
    timestamp_attempts,
)
from ces_planner.i18n import tr

# Words that say nothing of the field: units, "average", the "(Y/N)" of a yes/no column.
FILLER = {
    "of", "in", "the", "a", "an", "avg", "average", "mean", "total", "s", "sec", "secs",
    "second", "seconds", "ms", "min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour",
    "hours", "y", "n", "yn", "flag", "value", "hh", "mm", "ss",
}  # fmt: skip

# Each field's phrases, in words; a phrase matches when its words stand together in a header.
PHRASES: dict[str, tuple[str, ...]] = {
    "started_at": (
        "started at", "start time", "start date time", "start datetime", "start", "started",
        "timestamp", "datetime", "date time", "created at", "created", "received", "arrived",
        "arrival time", "initiation timestamp", "call start", "call start time", "when",
        "contact start", "interaction start", "queue start", "offered at", "date", "time",
        "date and time", "call date", "call time",
    ),
    "channel": (
        "channel", "channel type", "media type", "media", "medium", "via", "contact channel",
        "contact type", "interaction type", "contact method", "source channel",
    ),
    "reason": (
        "reason", "contact reason", "call reason", "wrap up", "wrapup", "wrap up code",
        "disposition", "category", "topic", "complaint", "complaint type", "issue type",
        "issue", "call type", "subject", "intent", "reason code", "case type",
    ),
    "customer_id": (
        "customer id", "customer", "customer number", "caller", "caller id", "ani",
        "requester id", "account", "account id", "account number", "client id", "contact id",
        "customer phone", "customer phone number", "phone number", "from number",
    ),
    "segment": (
        "segment", "customer segment", "tier", "customer tier", "customer type", "queue",
        "service level tier",
    ),
    "handle_seconds": (
        "handle time", "handle", "handling time", "aht", "talk time", "talk duration", "talk",
        "duration", "call duration", "handle duration", "conversation duration",
    ),
    "wait_seconds": (
        "wait time", "wait", "queue time", "queue duration", "queue wait", "queue wait time",
        "speed of answer", "time to answer", "hold before answer", "ring time", "waiting time",
    ),
    "answered_at": (
        "answered at", "time answered", "answered time", "answer time", "connected at",
        "connect time", "pickup time", "answer date time",
    ),
    "ended_at": (
        "ended at", "end time", "time ended", "ended", "end", "call end", "call end time",
        "disconnect time", "disconnected at", "hang up time", "hangup time", "released at",
        "end date time", "end datetime",
    ),
    "abandoned": ("abandoned", "abandon", "abandoned call", "abandon flag", "is abandoned"),
    "direction": ("direction", "call direction", "contact direction", "inbound outbound"),
    "answered": ("answered", "was answered", "is answered", "call answered"),
    "resolved": (
        "resolved", "fcr", "first contact resolution", "solved", "resolved first contact",
        "is resolved",
    ),
    "csat": (
        "csat", "csat score", "satisfaction", "satisfaction score", "satisfaction rating",
        "customer satisfaction", "customer satisfaction score", "survey score",
    ),
    "effort": ("effort", "ces", "customer effort", "customer effort score", "effort score"),
}  # fmt: skip

# Japanese headers have no spaces between words: these terms are looked for inside them.
JAPANESE: dict[str, tuple[str, ...]] = {
    "started_at": (
        "開始日時",
        "受付日時",
        "着信日時",
        "日時",
        "通話開始時間",
        "開始時刻",
        "受付日",
    ),
    "channel": ("チャネル", "チャンネル", "窓口", "媒体"),
    "reason": ("問い合わせ理由", "問合せ理由", "お問い合わせ理由", "理由", "用件", "分類", "種別"),
    "customer_id": ("顧客id", "顧客番号", "お客様番号", "顧客"),
    "segment": ("セグメント", "顧客区分", "区分"),
    "handle_seconds": ("処理時間", "対応時間", "通話時間"),
    "wait_seconds": ("待ち時間", "待機時間", "応答待ち時間"),
    "abandoned": ("放棄呼", "放棄"),
    "answered": ("応答有無", "応答"),
    "direction": ("発着信", "着発信", "方向", "発着区分"),
    "answered_at": ("応答日時", "応答時刻"),
    "ended_at": ("終了日時", "終了時刻", "切断時刻"),
    "resolved": ("一次解決", "解決"),
    "csat": ("満足度",),
    "effort": ("努力指標", "労力"),
}
DATE_WORDS = ({"date", "day"}, ("日付", "年月日"))
TIME_WORDS = ({"time", "hour"}, ("時刻", "時間"))
# The fields every log must give (the others add figures); contacts.py names them from here.
REQUIRED = ("started_at", "channel", "reason")
SAMPLE_ROWS = 500
_TIME_OF_DAY = r"^\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?(\s?[AaPp][Mm])?$"


def header_words(header: str) -> list[str]:
    """``AvgTalkDuration (Minutes)`` -> ``avg talk duration minutes``, as words."""
    text = unicodedata.normalize("NFKC", header).replace("\ufeff", "")
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", text)
    text = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1 \2", text)
    return [w for w in re.split(r"[^0-9a-z\u3040-\u30ff\u4e00-\u9fff]+", text.lower()) if w]


def _meaningful(words: list[str]) -> list[str]:
    return [w for w in words if w not in FILLER]


def _covers(phrase: list[str], words: list[str]) -> bool:
    size = len(phrase)
    return any(words[i : i + size] == phrase for i in range(len(words) - size + 1))


def header_score(field: str, header: str) -> float:
    """How well the header says ``field``: the share of its meaningful words that the best
    matching phrase explains (1.0: nothing else is said); 0 when no phrase matches whole."""
    words = _meaningful(header_words(header))
    best = 0.0
    for phrase in PHRASES.get(field, ()):
        wanted = _meaningful(phrase.split())
        if wanted and words and _covers(wanted, words):
            best = max(best, len(wanted) / len(words))
    folded = unicodedata.normalize("NFKC", header).lower().replace(" ", "")
    for term in JAPANESE.get(field, ()):
        if term in folded:
            best = max(
                best, min(1.0, len(term) / max(1, len(re.sub(r"[(（].*?[)）]", "", folded))))
            )
    return best


@dataclass(frozen=True)
class Guess:
    """One field's column, with why: the header's words and how many values read as it."""

    field: str
    expression: str  # a column, or DATE+TIME
    readable: float  # share of the sampled non-empty values that read as the field
    values: int  # sampled non-empty values
    negated: tuple[str, ...] = ()  # an "answered" column: the values that mean abandoned

    def reason(self) -> str:
        if self.negated:
            return tr(
                'guessed: the header says answered; "{values}" taken as abandoned',
                values=", ".join(self.negated),
            )
        if not self.values:
            return tr("guessed from the header (no value in the first rows to check)")
        return tr(
            "guessed from the header; {share} of {n} sampled values read as it",
            share=f"{self.readable:.0%}",
            n=self.values,
        )


def _readable_share(field: str, values: pl.Series) -> float | None:
    """The share of non-empty values that read as ``field``; None when there is none to try
    (the header alone decides)."""
    present = values.drop_nulls()
    if present.is_empty():
        return None
    text = pl.col("v")
    frame = pl.DataFrame({"v": present.cast(pl.String)})
    if field in ("answered_at", "ended_at"):
        return float(
            frame.select((text.str.contains(_TIME_OF_DAY) | _datetime_read(text)).mean()).item()
            or 0.0
        )
    if field == "started_at":
        check = _datetime_read(text)
    elif field in ("handle_seconds", "wait_seconds"):
        check = duration_seconds(text).is_not_null()
    elif field == "direction":
        check = text.str.to_lowercase().is_in(sorted(INBOUND_WORDS | OUTBOUND_WORDS))
    elif field in ("abandoned", "answered", "resolved"):
        check = text.str.to_lowercase().is_in(sorted(TRUE_WORDS | FALSE_WORDS))
    elif field in ("csat", "effort"):
        number = text.str.replace(",", ".").cast(pl.Float64, strict=False)
        check = number.is_between(0, 10)
    elif field == "channel":
        # A channel column holds a few names again and again, not an id per row.
        distinct = present.n_unique()
        if distinct > max(30, len(present) // 2) and len(present) > 20:
            return 0.0
        check = text.str.contains(r"[^\d\s.,:/+\-]")
    elif field in ("reason", "segment"):
        check = text.str.contains(r"[^\d\s.,:/+\-]") | (pl.lit(present.n_unique() < 100))
    else:
        check = pl.lit(True)
    return float(frame.select(check.mean()).item() or 0.0)


def _datetime_read(text: pl.Expr) -> pl.Expr:
    """Whether a text reads as a date-time, with the day or the month first."""
    attempts = [
        expr
        for order in ("mdy", "dmy")
        for _name, expr in timestamp_attempts(
            text, date_order=order, plan_zone="UTC", source_zone="UTC"
        )
    ]
    return pl.coalesce(attempts).is_not_null()


def _is_time_of_day(values: pl.Series) -> bool:
    present = values.drop_nulls().cast(pl.String)
    return not present.is_empty() and bool(present.str.contains(_TIME_OF_DAY).all())


def _has_clock(values: pl.Series) -> bool:
    """Whether date-time values carry a time of day (a clock, an epoch or a fraction of a day)."""
    present = values.drop_nulls().cast(pl.String)
    return bool(present.str.contains(r"\d:\d\d|^\d{10}(\d{3})?$|^\d+\.\d+$").any())


def _says(header: str, words: tuple[set[str], tuple[str, ...]]) -> bool:
    english, japanese = words
    folded = unicodedata.normalize("NFKC", header).lower()
    return bool(english & set(header_words(header))) or any(t in folded for t in japanese)


def _moment(headers: list[str], sample: pl.DataFrame, taken: set[str]) -> Guess | None:
    """The start of each contact: a date-time column the header names, else a date column and
    a time-of-day column joined (``Date``, ``Time``; ``Call Date``, ``Call Time``)."""
    # Each column's share of values that read as a date-time, worked out once (it tries
    # every form the import knows, both ways round).
    share = functools.cache(lambda header: _readable_share("started_at", sample[header]))
    scored = []
    for header in headers:
        if header in taken:
            continue
        score = header_score("started_at", header)
        if score and not _is_time_of_day(sample[header]):
            readable = share(header)
            if readable is None:  # nothing to try: the header alone, after any that reads
                scored.append((False, score, 0.0, header))
            elif readable:
                scored.append((_has_clock(sample[header]), score, readable, header))
    dates = [
        h
        for h in headers
        if h not in taken
        and _says(h, DATE_WORDS)
        and (share(h) or 0) > 0.5
        and not _has_clock(sample[h])
    ]
    times = [
        h
        for h in headers
        if h not in taken and h not in dates and _says(h, TIME_WORDS) and _is_time_of_day(sample[h])
    ]
    timed = [s for s in scored if s[0]]
    if timed:
        _clock, _score, readable, header = max(timed)
        return Guess("started_at", header, readable, sample[header].drop_nulls().len())
    if dates and times:
        date, time = dates[0], times[0]
        readable = share(date) or 0.0
        return Guess("started_at", f"{date}+{time}", readable, sample[date].drop_nulls().len())
    if dates or scored:
        header = dates[0] if dates else max(scored)[3]
        readable = share(header) or 0.0
        return Guess("started_at", header, readable, sample[header].drop_nulls().len())
    if times:  # times of day and no date: a one-day extract, whose date the person gives
        return Guess("started_at", times[0], 1.0, sample[times[0]].drop_nulls().len())
    return None


def times_of_day_only(expression: str, sample: pl.DataFrame) -> bool:
    """Whether a start column holds times of day and no date (a one-day extract)."""
    return expression in sample.columns and _is_time_of_day(sample[expression])


def guess_columns(
    headers: list[str], sample: pl.DataFrame, given: dict[str, str] | None = None
) -> list[Guess]:
    """A guess for each field the log seems to hold and ``given`` does not name, best first
    across fields, each column used once. ``sample`` holds the first rows as cleaned text,
    one column per header (a repeated header: its first column)."""
    given = given or {}
    taken = {c for expression in given.values() for c in re.split(r"\s*[+|]\s*", expression)}
    guesses: list[Guess] = []
    if "started_at" not in given:
        moment = _moment(headers, sample, taken)
        if moment is not None:
            guesses.append(moment)
            taken.update(moment.expression.split("+"))
    if "direction" not in given:
        # A column of inbound/outbound words is the direction, whatever its header says
        # ("Type", "call_type"), before any field takes it for a reason.
        for header in headers:
            values = sample[header].drop_nulls() if header not in taken else None
            if (
                values is not None
                and values.len()
                and (_readable_share("direction", values) or 0) >= 0.9
            ):
                guesses.append(Guess("direction", header, 1.0, values.len()))
                taken.add(header)
                break
    wanted = [f for f in PHRASES if f != "started_at" and f not in given]
    if any(g.field == "direction" for g in guesses):
        wanted.remove("direction")
    if "abandoned" in given:
        wanted = [f for f in wanted if f != "answered"]
    candidates = []
    for field in wanted:
        for header in headers:
            if header in taken:
                continue
            score = header_score(field, header)
            # An optional field needs a header that mostly says it: "bridge_highway_segment"
            # names a road, not a customer segment. A required one takes the best there is.
            if score == 0 or (field not in REQUIRED and score < 0.5):
                continue
            readable = _readable_share(field, sample[header])
            if readable == 0:  # values there, and none reads as the field
                continue
            candidates.append((score, readable or 0.0, field, header))
    found: dict[str, Guess] = {}
    for _score, readable, field, header in sorted(candidates, reverse=True):
        if field in found or header in taken or (field == "answered" and "abandoned" in found):
            continue
        if field == "abandoned" and "answered" in found:
            continue
        values = sample[header].drop_nulls()
        negated: tuple[str, ...] = ()
        if field == "answered":
            negated = tuple(
                sorted({v for v in values.cast(pl.String) if v.lower() in FALSE_WORDS})
            ) or ("N",)
        found[field] = Guess(field, header, readable, values.len(), negated)
        taken.add(header)
    guesses += sorted(found.values(), key=lambda g: list(PHRASES).index(g.field))
    return guesses
