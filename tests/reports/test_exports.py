"""The strategy document in every format contains every chapter and record of the plan."""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
import struct
import zlib
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest
from docx import Document
from pypdf import PdfReader

from ces_planner.domain import model as m
from ces_planner.domain.errors import CannotWrite
from ces_planner.services.document import PlanDocument
from ces_planner.services.evidence import evidence_report
from ces_planner.services.export import BadFormat, changes_since, export_plan, take_snapshot
from tests.conftest import fixed_clock, record_names, squash

TODAY = dt.date(2026, 11, 23)
CHAPTERS = [
    "Executive summary",
    "Customer segments",
    "Priority and high-value customers",
    "Contact reasons",
    "Contact channels",
    "Hours of operation",
    "Measures and objectives",
    "Business and customer intelligence",
    "Workshop outcomes",
    "Action plan",
    "Evidence from contact records",  # the sample has a contact log
    "Appendix: definitions and data sources",
]


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.parts: list[str] = []
        self.images = 0

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_starttag(self, tag, attrs) -> None:  # type: ignore[no-untyped-def]
        if tag == "img" and dict(attrs).get("src", "").startswith("data:image/png;base64,"):
            self.images += 1


@pytest.fixture(scope="module")
def exported(tmp_path_factory, sample_file):
    folder = tmp_path_factory.mktemp("exports")
    with PlanDocument.open(sample_file, read_only=True, clock=fixed_clock) as document:
        plan = document.plan()
        paths = {
            fmt: export_plan(document, fmt, folder / f"strategy.{fmt}", today=TODAY)
            for fmt in ("docx", "pdf", "xlsx", "html")
        }
    return plan, paths


def test_docx_has_every_chapter_as_a_heading_and_every_record(exported):
    plan, paths = exported
    word = Document(str(paths["docx"]))
    headings = [p.text for p in word.paragraphs if p.style.name == "Heading 1"]
    for number, chapter in enumerate(CHAPTERS, start=1):
        assert f"{number}. {chapter}" in headings
    text = "\n".join(p.text for p in word.paragraphs)
    text += "\n".join(c.text for t in word.tables for row in t.rows for c in row.cells)
    for name in record_names(plan):
        assert name in text, name
    assert len(word.inline_shapes) == 4  # the four charts
    xml = word.element.xml
    assert "TOC \\o" in xml
    assert "w:tblHeader" in xml and "w:cantSplit" in xml
    section = word.sections[0]
    assert "PAGE" in section.footer._element.xml
    assert section.different_first_page_header_footer  # the cover has no header or footer
    assert "PAGE" not in section.first_page_footer._element.xml
    assert word.styles["Normal"].element.xpath(".//w:rFonts/@w:eastAsia")


@pytest.fixture(scope="module")
def sample_report(sample_file):
    with PlanDocument.open(sample_file, read_only=True) as document:
        return evidence_report(document)


def table_headed(word, *first: str):
    """The Word table whose header row starts with ``first``."""
    return next(
        t for t in word.tables if tuple(c.text for c in t.rows[0].cells[: len(first)]) == first
    )


def test_docx_evidence_table_carries_the_logs_figures_per_reason(exported, sample_report):
    _plan, paths = exported
    report = sample_report
    word = Document(str(paths["docx"]))
    table = table_headed(word, "Contact reason", "Contacts")
    header = [c.text for c in table.rows[0].cells]
    assert header[1] == "Contacts" and header[-2:] == ["CSAT", "Effort score"]
    rows = {r.cells[0].text: [c.text for c in r.cells] for r in table.rows[1:]}
    assert len(rows) == len(report["by_reason"])
    for figures in report["by_reason"]:
        row = rows[figures["reason"]]
        assert row[1] == f"{figures['contacts']:,}"
        assert row[-1] == f"{figures['effort']:.2f}"  # two places in every row


def test_docx_evidence_chapter_sizes_and_prices_the_live_channels_staffing(exported, sample_file):
    from ces_planner.services.evidence import channel_staffing

    plan, paths = exported
    with PlanDocument.open(sample_file, read_only=True) as document:
        report = evidence_report(document)
    word = Document(str(paths["docx"]))
    table = table_headed(word, "Channel", "Agent hours a week, today's hours")
    header = [c.text for c in table.rows[0].cells]
    assert header[-1] == "Cost a week (GBP)"  # the sample's cost of an agent hour
    rows = {r.cells[0].text: [c.text for c in r.cells] for r in table.rows[1:]}
    assert set(rows) == {"Phone", "Web chat"}  # email and messages wait: no Erlang C
    phone = channel_staffing(plan, report, "Phone")
    assert rows["Phone"][1] == f"{phone.agent_hours_open:,.0f}"
    assert rows["Phone"][2] == f"{phone.agent_hours_all - phone.agent_hours_open:,.0f}"
    assert rows["Phone"][-1] == f"{phone.agent_hours_open * 27.5:,.0f}"
    text = "\n".join(p.text for p in word.paragraphs)
    assert "80% of contacts answered within 20 seconds and 30% shrinkage" in text


def test_docx_priority_chapter_says_how_each_segment_is_served(exported, sample_report):
    plan, paths = exported
    report = sample_report
    word = Document(str(paths["docx"]))
    table = table_headed(word, "Segment", "Tier", "Contacts")
    rows = {r.cells[0].text: [c.text for c in r.cells] for r in table.rows[1:]}
    assert list(rows) == [s.name for s in plan.segments]  # the plan's order
    for figures in report["by_segment"]:
        row = rows[figures["segment"]]
        assert row[2] == f"{figures['contacts']:,}"
        assert row[3] == f"{figures['service_level']:.1%}"
    # The hours table says how many logged contacts found each channel closed.
    hours = table_headed(word, "Channel", "Opening hours")
    assert hours.rows[0].cells[-1].text == "Logged contacts while closed"
    closed = {r["channel"]: r["contacts"] for r in report["outside_hours"]["by_channel"]}
    logged = {r["channel"]: r["contacts"] for r in report["by_channel"]}
    cells = {r.cells[0].text: r.cells[-1].text for r in hours.rows[1:]}
    assert cells["Phone"] == f"{closed['Phone']:,} ({closed['Phone'] / logged['Phone']:.1%})"
    assert cells["Self-service app"] == ""  # planned: nothing logged

    # The segments chapter puts each one's share of contacts beside its share of customers.
    table = next(t for t in word.tables if "Share of contacts" in [c.text for c in t.rows[0].cells])
    header = [c.text for c in table.rows[0].cells]
    assert header[2:4] == ["Share of customers", "Share of contacts"]
    shares = {r.cells[0].text: r.cells[3].text for r in table.rows[1:]}
    assert shares == {r["segment"]: f"{r['share']:.1%}" for r in report["by_segment"]}


def test_pdf_has_every_chapter_record_bookmark_and_embedded_fonts(exported):
    plan, paths = exported
    reader = PdfReader(str(paths["pdf"]))
    text = squash("".join(page.extract_text() for page in reader.pages))
    for chapter in CHAPTERS:
        assert squash(chapter) in text, chapter
    for name in record_names(plan):
        assert squash(name) in text, name
    outline = [item.title for item in reader.outline if not isinstance(item, list)]
    assert [t.split(". ", 1)[1] for t in outline] == CHAPTERS
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object().get("/FontDescriptor")
            fonts.add(font.get_object()["/BaseFont"])
            assert descriptor is not None and "/FontFile2" in descriptor.get_object()
    assert all("Helvetica" not in f for f in fonts)
    assert "Page 3" in reader.pages[2].extract_text()


def test_pdf_tables_never_split_a_word_across_lines(exported):
    from ces_planner.i18n import format_date
    from ces_planner.reports.document import build_document

    plan, paths = exported
    reader = PdfReader(str(paths["pdf"]))
    printed = set("\n".join(page.extract_text() for page in reader.pages).split())
    words = set()
    for table in build_document(plan, None, TODAY).tables():
        for value in [*table.headers, *(v for row in table.rows for v in row)]:
            if isinstance(value, dt.date):
                value = format_date(value, "en")
            if isinstance(value, str):
                words.update(value.split())
    assert {"Current", "Target", "December"} <= words
    assert sorted(words - printed) == []


def test_xlsx_has_a_sheet_per_table_with_dates_as_dates(exported):
    plan, paths = exported
    book = openpyxl.load_workbook(paths["xlsx"])
    assert {
        "Segments",
        "Contact reasons",
        "Channels",
        "Hours",
        "Measures",
        "Insights",
        "Actions",
        "Service by segment",  # the evidence's tables, each whole in its sheet's name
        "Evidence by reason",
        "Staffing",
    } <= set(book.sheetnames)
    actions = book["Actions"]
    assert actions.freeze_panes == "A2"
    assert actions["A1"].font.bold
    titles = [row[0] for row in actions.iter_rows(min_row=2, values_only=True)]
    assert titles == [a.title for a in plan.actions]
    due = [row[2] for row in actions.iter_rows(min_row=2, values_only=True)]
    assert all(isinstance(d, dt.datetime) for d in due)
    reasons = [r[0] for r in book["Contact reasons"].iter_rows(min_row=2, values_only=True)]
    assert reasons == [r.name for r in plan.contact_reasons]


def test_html_is_self_contained_and_complete(exported):
    plan, paths = exported
    page = paths["html"].read_text(encoding="utf-8")
    parser = _Text()
    parser.feed(page)
    text = "".join(parser.parts)
    for chapter in CHAPTERS:
        assert chapter in text
    for name in record_names(plan):
        assert name in text, name
    assert (
        "Contact log Sample contact log.csv (contacts made up for the sample plan), imported on "
        "23 November 2026, covering 26 October 2026 to" in text
    )
    # The sample's invented contacts are never taken for a centre's: the chapter says so first.
    assert "These figures come from contacts made up for the sample plan" in text
    contacts = next(t for t in parser.parts if "contacts from 26 October 2026 to" in t)
    assert re.match(r"\d{1,2},\d{3} contacts from", contacts)  # 30,481, as in the tables
    assert parser.images == 4
    assert "http://" not in page and "https://" not in page


def test_markup_and_formulas_typed_into_the_plan_stay_text(tmp_path, sample_file):
    path = tmp_path / "p.cesplan"
    path.write_bytes(sample_file.read_bytes())
    with PlanDocument.open(path, clock=fixed_clock) as document:
        reason = document.plan().contact_reasons[0]
        document.update(dataclasses.replace(reason, name="<script>alert(1)</script>"))
        action = document.plan().actions[0]
        document.update(dataclasses.replace(action, title='=HYPERLINK("http://x","y")'))
        html = export_plan(document, "html", tmp_path / "s.html", today=TODAY)
        xlsx = export_plan(document, "xlsx", tmp_path / "s.xlsx", today=TODAY)
    page = html.read_text(encoding="utf-8")
    assert "<script>" not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    cell = openpyxl.load_workbook(xlsx)["Actions"]["A2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
    assert cell.quotePrefix


def test_japanese_plan_pdf_embeds_a_cjk_font_and_extracts(tmp_path):
    with PlanDocument.create(
        tmp_path / "ja.cesplan", language=m.Language.JAPANESE, clock=fixed_clock
    ) as document:
        document.set_info(
            dataclasses.replace(
                document.plan().info,
                title="顧客体験戦略",
                organisation="みらい電力",
                executive_summary="お客様の声を経営に届ける。" * 30,
            )
        )
        document.add(m.ContactReason("請求書が届かない", value_to_customer=2, value_to_company=1))
        pdf = export_plan(document, "pdf", tmp_path / "ja.pdf", today=TODAY)
    reader = PdfReader(str(pdf))
    text = squash("".join(page.extract_text() for page in reader.pages))
    assert "顧客体験戦略" in text and "請求書が届かない" in text
    assert squash("お客様の声を経営に届ける。" * 3) in text
    fonts = {
        f.get_object()["/BaseFont"]
        for page in reader.pages
        for f in page["/Resources"]["/Font"].values()
    }
    assert any("IPAexGothic" in f for f in fonts)
    assert "2026年11月23日" in text


def test_snapshot_diff_finds_edited_added_and_removed_records(tmp_path, sample_file):
    path = tmp_path / "p.cesplan"
    path.write_bytes(sample_file.read_bytes())
    with PlanDocument.open(path, clock=fixed_clock) as document:
        export_plan(
            document, "html", tmp_path / "sent.html", snapshot="Sent 2026-12-01", today=TODAY
        )
        plan = document.plan()
        document.update(dataclasses.replace(plan.measures[0], target=90))
        document.add(m.Insight("A new insight", recipient="Marketing"))
        document.remove(plan.segments[-1])
        take_snapshot(document, "later")
        changes = {c.area: c for c in changes_since(document, "Sent 2026-12-01")}
    assert changes["measures"].changed == [plan.measures[0].name]
    assert changes["insights"].added == ["A new insight"]
    assert changes["segments"].removed == [plan.segments[-1].name]
    assert changes["channels"].changed  # the removed segment's links went with it
    assert changes["contact_reasons"].changed == []


@pytest.mark.parametrize(
    ("language", "heading", "field"),
    [("en", "Plan overview:", "~ Title"), ("ja", "プランの概要:", "~ タイトル")],
)
def test_cli_lists_changes_under_the_names_people_see(
    tmp_path, sample_file, capsys, monkeypatch, language, heading, field
):
    from ces_planner import i18n
    from ces_planner.cli import main

    path = tmp_path / "p.cesplan"
    path.write_bytes(sample_file.read_bytes())
    with PlanDocument.open(path, clock=fixed_clock) as document:
        take_snapshot(document, "sent")
        info = document.plan().info
        document.set_info(dataclasses.replace(info, title="A new title"))
        document.remove(document.plan().segments[-1])
    monkeypatch.setenv("CES_PLANNER_LANG", language)
    try:
        assert main(["snapshots", str(path), "--since", "sent"]) == 0
    finally:
        i18n.set_language("en")
    lines = capsys.readouterr().out.splitlines()
    assert lines[lines.index(heading) + 1] == f"  {field}"
    assert "overview:" not in lines and "segments:" not in lines


def test_bad_format_and_unwritable_path_are_refused(tmp_path, sample_file):
    with PlanDocument.open(sample_file, read_only=True) as document:
        with pytest.raises(BadFormat):
            export_plan(document, "rtf", tmp_path / "x.rtf")
        with pytest.raises(CannotWrite):
            export_plan(document, "pdf", tmp_path / "missing" / "x.pdf")
    assert list(tmp_path.iterdir()) == []


def test_cli_export_exit_codes(tmp_path, sample_file, capsys):
    from ces_planner.cli import main

    out = tmp_path / "s.docx"
    assert main(["export", str(sample_file), "-o", str(out)]) == 0
    assert out.exists() and not Path(str(out) + ".part").exists()
    assert main(["export", str(sample_file), "--format", "rtf", "-o", str(out)]) == 2
    assert main(["export", str(sample_file), "-o", str(tmp_path / "no" / "x.pdf")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 2 and "Traceback" not in err


def test_fitted_widths_widen_a_column_to_its_longest_word_and_keep_the_total():
    from ces_planner.reports.document import Table, fitted_widths

    table = Table("t", ["Name", "Due"], [["Short", "28 December 2027"]], [9, 1])

    def width(word, _head):
        return 10.0 * len(word)

    fitted = fitted_widths(table, 200, "en", width, 4)
    assert fitted[1] == 84  # "December": 8 letters x 10 + 4 of padding
    assert sum(fitted) == pytest.approx(200)
    assert fitted_widths(table, 200, "ja", width, 4) == [180, 20]  # any character may wrap
    assert fitted_widths(table, 60, "en", width, 4) == [54, 6]  # cannot fit: as given


def test_docx_table_columns_fit_their_longest_word(exported):
    from ces_planner.reports.pdf_writer import text_width

    _plan, paths = exported
    word = Document(str(paths["docx"]))
    measures = next(t for t in word.tables if t.rows[0].cells[0].text == "Measure")
    date_column = [c.text for c in measures.rows[0].cells].index("Target date")
    needed = text_width("December", False, 9) + 12
    assert measures.columns[date_column].width.pt >= needed - 0.05  # stored in whole EMUs


def test_pdf_charts_are_the_drawn_pixels_and_docx_charts_the_drawn_files(tmp_path, sample_file):
    """The PDF carries each chart's PNG data as it is (FlateDecode with PNG predictors): the
    pixels a reader decodes are the drawn ones, at their full size. Word gets the PNG files."""
    from PIL import Image

    from ces_planner.reports.charts import render_charts

    with PlanDocument.open(sample_file, read_only=True) as document:
        plan = document.plan()
        volumes = {r["reason"]: r["contacts"] for r in evidence_report(document)["by_reason"]}
    drawn = render_charts(plan, volumes)  # the matrix sized by the sample log's volumes
    pdf = export_plan(PlanDocument.open(sample_file, read_only=True), "pdf", tmp_path / "s.pdf")
    in_pdf = [image.image for page in PdfReader(pdf).pages for image in page.images]
    assert len(in_pdf) == len(drawn)
    for key, image in zip(drawn, in_pdf, strict=True):
        with Image.open(io.BytesIO(drawn[key])) as png:
            assert png.mode == "RGB"
            assert image.size == png.size
            assert image.convert("RGB").tobytes() == png.tobytes(), key
    docx = export_plan(PlanDocument.open(sample_file, read_only=True), "docx", tmp_path / "s.docx")
    blobs = [
        shape._inline.graphic.graphicData.pic.blipFill.blip.embed
        for shape in Document(str(docx)).inline_shapes
    ]
    part = Document(str(docx)).part
    assert [part.related_parts[r].blob for r in blobs] == list(drawn.values())


def test_pdf_takes_a_png_of_any_kind(tmp_path):
    from PIL import Image

    from ces_planner.reports.pdf_writer import _png_pixels

    rgba = Image.new("RGBA", (3, 2), (10, 20, 30, 255))
    buffer = io.BytesIO()
    rgba.save(buffer, format="png")
    width, height, data = _png_pixels(buffer.getvalue())
    assert (width, height) == (3, 2)
    assert len(zlib.decompress(data)) == height * (1 + 3 * width)  # filter byte, then RGB

    def chunk(kind: bytes, body: bytes) -> bytes:
        return (
            struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", data) + chunk(b"IEND", b"")
    with Image.open(io.BytesIO(png)) as rgb:
        assert rgb.tobytes() == b"\x0a\x14\x1e" * 6


def test_a_segment_the_log_writes_in_other_case_still_has_its_figures(sample_report, sample_file):
    from ces_planner.reports.document import Table, build_document

    with PlanDocument.open(sample_file, read_only=True) as document:
        plan = document.plan()
    evidence = {
        **sample_report,
        "by_segment": [
            {**row, "segment": f" {row['segment'].upper()} "} for row in sample_report["by_segment"]
        ],
    }
    model = build_document(plan, evidence, TODAY)
    tables = [b for c in model.chapters for b in c.blocks if isinstance(b, Table)]
    served = next(t for t in tables if t.headers[:3] == ["Segment", "Tier", "Contacts"])
    assert [row[0] for row in served.rows] == [s.name for s in plan.segments]
    segments = next(t for t in tables if "Share of contacts" in t.headers)
    assert all(row[3] for row in segments.rows)  # every segment's share, as the app shows it


def test_docx_action_plan_names_the_area_of_each_action(exported):
    """An action for no single area is for the whole plan, and the table says so."""
    plan, paths = exported
    word = Document(str(paths["docx"]))
    table = table_headed(word, "Action", "Owner")
    areas = {row.cells[0].text: row.cells[4].text for row in table.rows[1:]}
    from ces_planner import labels

    for action in plan.actions:
        named = "Whole plan" if action.area is None else labels.section_title(action.area)
        assert areas[action.title] == named
    assert "Whole plan" in areas.values()
