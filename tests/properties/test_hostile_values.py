"""Property-based checks over what people and other programs put in front of the app: any
CSV text is imported or refused in a sentence (the plan unchanged when refused); any value in
any column of a plan reads (what cannot be is reported); any text in any field is exported to
every format. Bounded in examples so that the suite stays fast."""

from __future__ import annotations

import shutil
import sqlite3
import uuid

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from ces_planner.domain.errors import PlanError
from ces_planner.services.document import PlanDocument
from ces_planner.services.evidence import import_contacts
from ces_planner.storage import reading

FEW = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60
)  # any character a string can hold, controls and NUL included
cells = st.one_of(
    text,
    st.sampled_from(
        [
            "",
            "2026-11-02 09:15",
            "03/05/2024 9:14 AM",
            "Phone",
            "-",
            "Total",
            "合計",
            "Outbound",
            "9:14:07",
        ]
    ),  # fmt: skip
    st.integers(-(10**12), 10**12).map(str),
)


@pytest.fixture
def plan(tmp_path, sample_file):
    def copy():
        path = tmp_path / f"{uuid.uuid4().hex}.cesplan"
        shutil.copy(sample_file, path)
        return path

    return copy


@FEW
@given(
    header=st.lists(
        st.sampled_from(["Start", "Channel", "Reason", "Talk", "Date", "Time", "Direction", "x"])
        | text,
        min_size=1,
        max_size=6,
    ),  # fmt: skip
    rows=st.lists(st.lists(cells, min_size=0, max_size=7), max_size=12),
    delimiter=st.sampled_from([",", ";", "\t", "|"]),
)
def test_any_csv_is_imported_or_refused_in_a_sentence(plan, tmp_path, header, rows, delimiter):
    path = plan()
    log = tmp_path / f"{uuid.uuid4().hex}.csv"
    lines = [delimiter.join(header)] + [delimiter.join(row) for row in rows]
    log.write_text("\n".join(lines) + "\n", encoding="utf-8", errors="surrogatepass")
    before = path.read_bytes()
    with PlanDocument.open(path) as document:
        try:
            summary = import_contacts(document, log, accept_partial=True)
        except PlanError as error:
            assert error.sentence()
            refused = True
        else:
            refused = False
            # Every row is accounted for, whatever the file holds.
            assert summary.rows_read == (
                summary.contacts
                + summary.rows_rejected
                + summary.skipped
                + summary.outbound
                + summary.duplicates
                + summary.rows_joined
            ), summary
    if refused:
        assert path.read_bytes() == before


COLUMNS = [
    ("segments", ["name", "tier", "customer_share", "description"]),
    ("contact_reasons", ["name", "category", "value_to_customer", "value_to_company"]),
    ("channels", ["name", "kind", "status", "launch_date"]),
    ("measures", ["name", "direction", "current", "target", "target_date"]),
    ("actions", ["title", "status", "due", "area", "origin", "owner_id"]),
    ("plan_info", ["title", "language", "created_at", "accent_colour"]),
]
stored = st.one_of(
    st.none(), text, st.integers(-(2**63), 2**63 - 1), st.floats(allow_nan=True),
    st.binary(max_size=8),
)  # fmt: skip


@FEW
@given(
    where=st.sampled_from([(table, column) for table, columns in COLUMNS for column in columns]),
    value=stored,
)
def test_any_value_in_any_column_reads(plan, where, value):
    path = plan()
    table, column = where
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA foreign_keys = OFF")
        try:
            db.execute(f"UPDATE {table} SET {column} = ?", (value,))
        except sqlite3.IntegrityError:
            return  # the schema itself refuses it (NOT NULL): nothing to read
    with PlanDocument.open(path, read_only=True) as document:
        read = document.plan()
    assert read.schema_version >= 1
    with sqlite3.connect(path) as db:
        assert reading.read_plan(db, read.schema_version) is not None


@settings(max_examples=6, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(title=text, name=text.filter(lambda t: t.strip()), notes=text)
def test_any_text_in_any_field_is_exported_to_every_format(plan, tmp_path, title, name, notes):
    from ces_planner.services.export import export_many

    path = plan()
    with sqlite3.connect(path) as db:
        db.execute("UPDATE plan_info SET title = ?", (title,))
        db.execute("UPDATE segments SET name = ? WHERE id = 1", (name,))
        db.execute("UPDATE actions SET notes = ?, title = ? WHERE id = 1", (notes, name))
    folder = tmp_path / uuid.uuid4().hex
    folder.mkdir()
    targets = [("pdf", folder / "s.pdf"), ("docx", folder / "s.docx"),
               ("xlsx", folder / "s.xlsx"), ("html", folder / "s.html")]  # fmt: skip
    with PlanDocument.open(path, read_only=True) as document:
        export_many(document, targets)
    assert all(target.stat().st_size > 0 for _fmt, target in targets)


def _workbook(path, header, rows) -> None:
    import openpyxl
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = openpyxl.Workbook()
    for row in [header, *rows]:
        # openpyxl refuses XML's forbidden characters itself; a workbook cannot hold them.
        book.active.append([ILLEGAL_CHARACTERS_RE.sub("", v) if isinstance(v, str) else v
                            for v in row])  # fmt: skip
    book.save(path)


workbook_cells = st.one_of(
    cells,
    st.none(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.datetimes(min_value=__import__("datetime").datetime(1900, 3, 1)),
    st.booleans(),
)


def _imported_or_refused(path, read) -> None:
    before = path.read_bytes()
    with PlanDocument.open(path) as document:
        try:
            read(document)
        except PlanError as error:
            assert error.sentence()
            refused = True
        else:
            refused = False
    if refused:
        assert path.read_bytes() == before


@FEW
@given(
    header=st.lists(
        st.sampled_from(["Start", "Channel", "Reason", "Action", "Due", "Status"]) | text,
        min_size=1,
        max_size=6,
    ),  # fmt: skip
    rows=st.lists(st.lists(workbook_cells, max_size=7), max_size=10),
    damage=st.one_of(st.none(), st.tuples(st.floats(0, 1), st.binary(min_size=1, max_size=8))),
)
def test_any_workbook_is_imported_or_refused_in_a_sentence(plan, tmp_path, header, rows, damage):
    """Any cells, and any bytes written over a part of the file: the contact log and the
    action table are read, or refused in a sentence with the plan unchanged."""
    from ces_planner.services.actions import import_actions

    book = tmp_path / f"{uuid.uuid4().hex}.xlsx"
    _workbook(book, header, rows)
    if damage is not None:
        data = bytearray(book.read_bytes())
        at = int(damage[0] * (len(data) - len(damage[1])))
        data[at : at + len(damage[1])] = damage[1]
        book.write_bytes(bytes(data))
    _imported_or_refused(plan(), lambda d: import_contacts(d, book, accept_partial=True))
    _imported_or_refused(plan(), lambda d: import_actions(d, book, accept_valid_rows=True))
