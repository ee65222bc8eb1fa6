"""The plan's accent colour and logo appear in every document; bad ones are refused."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io

import openpyxl
import pytest
from docx import Document
from PIL import Image
from pypdf import PdfReader

from ces_planner.domain.errors import RecordInvalid
from ces_planner.services.document import PlanDocument
from ces_planner.services.export import export_plan
from tests.conftest import fixed_clock

ACCENT = "#8A1538"


def logo_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (240, 80), (138, 21, 56)).save(buffer, format="PNG")
    return buffer.getvalue()


@pytest.fixture
def branded(tmp_path, sample_file):
    path = tmp_path / "p.cesplan"
    path.write_bytes(sample_file.read_bytes())
    document = PlanDocument.open(path, clock=fixed_clock)
    document.set_info(
        dataclasses.replace(document.plan().info, accent_colour=ACCENT, logo=logo_png())
    )
    yield document
    document.close()


def test_branding_is_stored_and_reaches_every_format(branded, tmp_path):
    info = branded.plan().info
    assert info.accent_colour == ACCENT and info.logo == logo_png()
    out = {
        fmt: export_plan(branded, fmt, tmp_path / f"s.{fmt}", today=dt.date(2026, 11, 23))
        for fmt in ("docx", "pdf", "xlsx", "html")
    }
    word = Document(str(out["docx"]))
    assert str(word.styles["Heading 1"].font.color.rgb) == ACCENT.lstrip("#")
    assert len(word.inline_shapes) == 5  # the logo and four charts
    cover_images = PdfReader(str(out["pdf"])).pages[0].images
    assert len(cover_images) == 1
    page = out["html"].read_text(encoding="utf-8")
    assert f"--accent: {ACCENT}" in page and 'class="logo" src="data:image/png' in page
    header = openpyxl.load_workbook(out["xlsx"])["Actions"]["A1"]
    assert header.fill.fgColor.rgb.endswith(ACCENT.lstrip("#"))


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("accent_colour", "teal"),
        ("logo", b"GIF89a not allowed"),
        ("logo", b"\x89PNG\r\n\x1a\n" + b"0" * 3_000_000),
    ],
)
def test_bad_branding_is_refused(branded, field, value):
    before = branded.plan().info
    with pytest.raises(RecordInvalid) as caught:
        branded.set_info(dataclasses.replace(before, **{field: value}))
    assert caught.value.problems[0].field == field
    assert branded.plan().info == before
