"""A plan with far more records than any real one (a list pasted in by a script, a damaged
file) still exports: the paged documents print the first rows of each long table and say
where the rest are; the workbook carries every row."""

from __future__ import annotations

import sqlite3

import openpyxl
import pytest
from docx import Document
from pypdf import PdfReader

from ces_planner.reports import document as model
from ces_planner.services.document import PlanDocument
from ces_planner.services.export import export_many

SEGMENTS = 12


@pytest.fixture
def long_plan(tmp_path, monkeypatch):
    monkeypatch.setattr(model, "PRINTED_ROWS", 5)
    path = tmp_path / "long.cesplan"
    PlanDocument.create(path).close()
    with sqlite3.connect(path) as db:
        db.executemany(
            "INSERT INTO segments (position, name) VALUES (?, ?)",
            [(n, f"Segment number {n:02d}") for n in range(SEGMENTS)],
        )
    db.close()
    return path


def test_paged_documents_print_the_first_rows_and_say_so(long_plan, tmp_path):
    targets = [(fmt, tmp_path / f"long.{fmt}") for fmt in ("docx", "pdf", "xlsx")]
    with PlanDocument.open(long_plan, read_only=True) as document:
        export_many(document, targets)
    word = Document(str(tmp_path / "long.docx"))
    cells = {c.text for t in word.tables for row in t.rows for c in row.cells}
    assert {f"Segment number {n:02d}" for n in range(5)} <= cells
    assert "Segment number 05" not in cells
    words = "\n".join(p.text for p in word.paragraphs)
    assert f"The first 5 rows of {SEGMENTS} are printed here" in words
    pdf = " ".join(page.extract_text() for page in PdfReader(tmp_path / "long.pdf").pages)
    pdf = " ".join(pdf.split())
    assert "Segment number 04" in pdf and "Segment number 05" not in pdf
    assert f"The first 5 rows of {SEGMENTS} are printed here" in pdf
    sheet = openpyxl.load_workbook(tmp_path / "long.xlsx")["Segments"]
    assert [row[0] for row in sheet.iter_rows(min_row=2, values_only=True)] == [
        f"Segment number {n:02d}" for n in range(SEGMENTS)
    ]


def test_a_list_longer_than_is_printed_says_how_long_it_is(monkeypatch):
    monkeypatch.setattr(model, "PRINTED_ROWS", 2)
    shown = model.printed(model.Bullets(["a", "b", "c"]))
    assert shown[0] == model.Bullets(["a", "b"])
    assert isinstance(shown[1], model.Paragraph) and "The first 2 of 3" in shown[1].text
    short = model.Table("T", ["H"], [["x"], ["y"]], [1])
    assert model.printed(short) == [short]
