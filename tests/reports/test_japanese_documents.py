"""A plan written in Japanese through every export, text extracted and compared."""

from __future__ import annotations

import datetime as dt
import io
import re

import openpyxl
import pytest
from docx import Document
from pypdf import PdfReader

from ces_planner.domain.model import Language
from ces_planner.services.export import export_plan
from ces_planner.services.sample import create_sample
from tests.conftest import fixed_clock, record_names, squash

TODAY = dt.date(2026, 11, 23)


@pytest.fixture(scope="module")
def japanese(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ja")
    document = create_sample(folder / "ja.cesplan", language=Language.JAPANESE, clock=fixed_clock)
    paths = {
        fmt: export_plan(document, fmt, folder / f"strategy.{fmt}", today=TODAY)
        for fmt in ("docx", "pdf", "xlsx", "html")
    }
    plan = document.plan()
    document.close()
    return plan, paths


def test_japanese_sample_is_written_in_japanese(japanese):
    plan, _paths = japanese
    assert plan.info.language is Language.JAPANESE
    japanese_text = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")
    latin_only = [
        t for t in record_names(plan) + [p.name for p in plan.people] if not japanese_text.search(t)
    ]
    assert latin_only == ["LINE"]  # the messaging service's own name


def test_every_format_carries_the_japanese_text(japanese):
    plan, paths = japanese
    word = Document(str(paths["docx"]))
    docx_text = "\n".join(p.text for p in word.paragraphs) + "\n".join(
        c.text for t in word.tables for r in t.rows for c in r.cells
    )
    pdf_text = squash("".join(p.extract_text() for p in PdfReader(str(paths["pdf"])).pages))
    html = paths["html"].read_text(encoding="utf-8")
    book = openpyxl.load_workbook(paths["xlsx"])
    xlsx_text = "\n".join(
        str(v)
        for ws in book.worksheets
        for row in ws.iter_rows(values_only=True)
        for v in row
        if v is not None
    )
    for name in record_names(plan):
        assert name in docx_text, name
        assert squash(name) in pdf_text, name
        assert name in html, name
    for name in [r.name for r in plan.contact_reasons] + [a.title for a in plan.actions]:
        assert name in xlsx_text, name
    # Headings, labels and dates follow the plan's language.
    assert "1. エグゼクティブサマリー" in [p.text for p in word.paragraphs]
    assert "2026年11月23日" in docx_text and "2026年11月23日" in pdf_text
    assert "アクション" in book.sheetnames and 'lang="ja"' in html
    styles = word.styles["Normal"].element.xpath(".//w:rFonts/@w:eastAsia")
    assert styles  # East Asian font set on the styles


def test_pdf_embeds_only_the_japanese_font(japanese):
    _plan, paths = japanese
    reader = PdfReader(str(paths["pdf"]))
    fonts = {
        f.get_object()["/BaseFont"]
        for page in reader.pages
        for f in page["/Resources"]["/Font"].values()
    }
    assert fonts and all("IPAexGothic" in f for f in fonts)


def test_charts_draw_japanese_labels_with_the_bundled_font(japanese):
    from ces_planner.i18n import using
    from ces_planner.reports import charts

    plan, _paths = japanese
    figure, axes = charts._figure((6, 4))
    with using("ja"):
        axes.set_xlabel(charts.tr("Value to the customer"))
    axes.set_title(plan.contact_reasons[0].name)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="pdf")
    reader = PdfReader(buffer)
    used = {f.get_object()["/BaseFont"] for f in reader.pages[0]["/Resources"]["/Font"].values()}
    assert any("IPAexGothic" in f for f in used), used


@pytest.mark.parametrize(
    ("typed", "value"),
    [
        ("４２", 42.0),
        ("３．５", 3.5),
        ("１，２３４", 1234.0),
        (" 7 ", 7.0),
        ("80%", 80.0),
        ("3,5", 3.5),
    ],
)
def test_full_width_digits_are_numbers(typed, value):
    from ces_planner.numbers import parse_number

    assert parse_number(typed) == value


def test_nonsense_is_not_a_number():
    from ces_planner.numbers import parse_number

    for typed in ("abc", "", "1.2.3", "nan", "inf"):
        with pytest.raises(ValueError):
            parse_number(typed)
