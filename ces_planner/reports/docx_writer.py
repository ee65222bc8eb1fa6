"""The strategy as a Word document: real heading styles, a table of contents field, styled
tables whose header rows repeat and whose rows do not split, page numbers, East Asian fonts."""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Mapping
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_BREAK
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.oxml.shape import CT_Inline
from docx.parts.image import ImagePart
from docx.shared import Cm, Emu, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph

from ces_planner.i18n import tr, using
from ces_planner.reports.document import (
    Bullets,
    Figure,
    Paragraph,
    StrategyDocument,
    Table,
    cell_text,
    fitted_widths,
    printed,
)

LATIN_FONT = "Calibri"
EAST_ASIAN_FONT = "Yu Gothic"  # present with Word on Japanese Windows and macOS
TABLE_WIDTH_CM = 16.5
CELL_POINTS = 9
CELL_PADDING_POINTS = 12  # Word's default cell margins, 0.19 cm each side, rounded up
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def clean(text: str) -> str:
    """XML 1.0 forbids most control characters; Word calls a file with them corrupt."""
    return _XML_ILLEGAL.sub("", text)


def _cell_text(value: object, language: str) -> str:
    return clean(cell_text(value, language))


def _set_fonts(style, size: float | None = None) -> None:  # type: ignore[no-untyped-def]
    style.font.name = LATIN_FONT
    if size:
        style.font.size = Pt(size)
    fonts = style.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), EAST_ASIAN_FONT)
    fonts.set(qn("w:ascii"), LATIN_FONT)
    fonts.set(qn("w:hAnsi"), LATIN_FONT)


def _field(paragraph, instruction: str, placeholder: str = "") -> None:  # type: ignore[no-untyped-def]
    """A Word field (PAGE, TOC...): Word and LibreOffice fill it when the file opens."""
    _field_start(paragraph.add_run(), instruction)
    paragraph.add_run(placeholder)
    paragraph.add_run()._r.append(_fld_char("end"))


def _field_start(run, instruction: str) -> None:  # type: ignore[no-untyped-def]
    """A field's beginning and instruction; its shown result follows, then its end."""
    text = _element("w:instrText")
    text.set(qn("xml:space"), "preserve")
    text.text = instruction
    run._r.append(_fld_char("begin"))
    run._r.append(text)
    run._r.append(_fld_char("separate"))


def _element(tag: str, **attributes: str):  # type: ignore[no-untyped-def]
    element = OxmlElement(tag)
    for name, value in attributes.items():
        element.set(qn(f"w:{name}"), value)
    return element


def _fld_char(kind: str):  # type: ignore[no-untyped-def]
    return _element("w:fldChar", fldCharType=kind)


# Every document starts from python-docx's own template, so a style's id never changes.
_STYLE_IDS: dict[str, str] = {}


class _Word:
    """A python-docx document that adds paragraphs in constant time. python-docx scans every
    style for a style's name, and every paragraph for the section properties, on each
    paragraph it adds: a plan of 100,000 segments took many minutes, growing as the square."""

    def __init__(self, document) -> None:  # type: ignore[no-untyped-def]
        self.document = document
        self._end = document.element.body.sectPr

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.document, name)

    def add_paragraph(self, text: str = "", style: str | None = None) -> DocxParagraph:
        element = OxmlElement("w:p")
        self._end.addprevious(element)
        paragraph = DocxParagraph(element, self.document._body)
        if style:
            style_id = _STYLE_IDS.get(style)
            if style_id is None:
                style_id = _STYLE_IDS[style] = self.document.styles[style].style_id
            element.style = style_id
        if text:
            paragraph.add_run(text)
        return paragraph


def _toc(word, titles: list[str]) -> None:  # type: ignore[no-untyped-def]
    """A table-of-contents field whose cached result is the list of chapters."""
    first = word.add_paragraph()
    _field_start(first.add_run(), 'TOC \\o "1-1" \\h \\z \\u')
    paragraph = first
    for number, title in enumerate(titles):
        if number:
            paragraph = word.add_paragraph()
        paragraph.add_run(clean(title))
    paragraph.add_run()._r.append(_fld_char("end"))


def _row(texts: list[str], twips: list[str], fill: str | None, header: bool = False):  # type: ignore[no-untyped-def]
    """A table row built as XML: python-docx's cell objects cost milliseconds per cell. Header
    rows repeat on each page and are bold white on the accent; other rows never split."""
    row = _element("w:tr")
    properties = _element("w:trPr")
    properties.append(_element("w:tblHeader", val="true") if header else _element("w:cantSplit"))
    row.append(properties)
    for text, width in zip(texts, twips, strict=True):
        cell = _element("w:tc")
        cell_properties = _element("w:tcPr")
        cell_properties.append(_element("w:tcW", w=width, type="dxa"))
        if fill:
            cell_properties.append(_element("w:shd", val="clear", color="auto", fill=fill))
        cell.append(cell_properties)
        run = _element("w:r")
        run_properties = _element("w:rPr")
        if header:
            run_properties.append(_element("w:b"))
            run_properties.append(_element("w:color", val="FFFFFF"))
        run_properties.append(_element("w:sz", val=str(CELL_POINTS * 2)))
        run.append(run_properties)
        run.text = text  # line breaks and tabs become w:br and w:tab
        paragraph = _element("w:p")
        paragraph.append(run)
        cell.append(paragraph)
        row.append(cell)
    return row


def write_docx(document: StrategyDocument, charts: Mapping[str, bytes], target: Path) -> None:
    with using(document.language):
        _write(document, charts, target)


def _accent(doc_model: StrategyDocument) -> RGBColor:
    return RGBColor.from_string(doc_model.accent.lstrip("#").upper())


def _write(doc_model: StrategyDocument, charts: Mapping[str, bytes], target: Path) -> None:
    word = _Word(Document())
    accent = _accent(doc_model)
    styles = word.styles
    _set_fonts(styles["Normal"], 10.5)
    for name, size in (("Title", 26), ("Heading 1", 16), ("Heading 2", 12.5), ("Caption", 9)):
        _set_fonts(styles[name], size)
    for name in ("Title", "Heading 1", "Heading 2"):
        styles[name].font.color.rgb = accent
    styles["Heading 1"].paragraph_format.page_break_before = False
    styles["Heading 1"].paragraph_format.keep_with_next = True
    styles["Heading 2"].paragraph_format.keep_with_next = True
    for name in ("List Bullet", "Intense Quote", "Quote"):
        if name in [s.name for s in styles]:
            _set_fonts(styles[name])
    section = word.sections[0]
    section.left_margin = section.right_margin = Cm(2.2)
    section.top_margin = section.bottom_margin = Cm(2.2)
    if doc_model.language == "ja":
        word.core_properties.language = "ja-JP"
    word.core_properties.title = clean(doc_model.title)
    word.core_properties.author = clean(doc_model.author)

    if doc_model.compact:
        _compact(word, doc_model, charts)
        word.save(str(target))
        return

    # Cover
    for _ in range(3 if doc_model.logo else 6):
        word.add_paragraph()
    if doc_model.logo:
        word.add_picture(io.BytesIO(doc_model.logo), height=Cm(2.5))
    cover = word.add_paragraph()
    organisation = cover.add_run(clean(doc_model.organisation))  # a run even when empty
    organisation.font.size = Pt(14)
    organisation.font.color.rgb = accent
    word.add_paragraph(clean(doc_model.title), "Title")
    word.add_paragraph(clean(doc_model.subtitle))
    word.add_paragraph()
    byline = word.add_paragraph(clean(f"{doc_model.author} · {doc_model.date_text}"))
    byline.runs[0].font.color.rgb = RGBColor(0x55, 0x5F, 0x66)

    # Running header and page numbers on every page but the cover.
    section.different_first_page_header_footer = True
    header = section.header.paragraphs[0]
    header.text = clean(f"{doc_model.organisation} — {doc_model.title}")
    header.runs[0].font.size = Pt(8)
    footer = section.footer.paragraphs[0]
    footer.alignment = 2  # right
    footer.add_run(tr("Page") + " ")
    _field(footer, "PAGE", "1")
    word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    # Contents: a TOC field that Word fills on opening; until then it lists the chapters.
    word.add_paragraph(tr("Contents"), "Heading 1")
    titles = [f"{n}. {c.title}" for n, c in enumerate(doc_model.chapters, start=1)]
    _toc(word, titles)
    word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)

    for number, chapter in enumerate(doc_model.chapters, start=1):
        if number > 1:
            word.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        word.add_paragraph(clean(f"{number}. {chapter.title}"), "Heading 1")
        for block in (shown for whole in chapter.blocks for shown in printed(whole)):
            _block(word, block, charts, doc_model)

    settings = word.settings.element
    update = OxmlElement("w:updateFields")
    update.set(qn("w:val"), "true")
    settings.append(update)
    word.save(str(target))


def _compact(word, doc_model: StrategyDocument, charts: Mapping[str, bytes]) -> None:  # type: ignore[no-untyped-def]
    """A short paper: title line, then the chapters without page breaks."""
    word.add_paragraph(clean(doc_model.title), "Title")
    line = word.add_paragraph(clean(f"{doc_model.organisation} · {doc_model.date_text}"))
    line.runs[0].font.color.rgb = RGBColor(0x55, 0x5F, 0x66)
    footer = word.sections[0].footer.paragraphs[0]
    footer.alignment = 2
    footer.add_run(tr("Page") + " ")
    _field(footer, "PAGE", "1")
    for chapter in doc_model.chapters:
        word.add_paragraph(clean(chapter.title), "Heading 1")
        for block in (shown for whole in chapter.blocks for shown in printed(whole)):
            _block(word, block, charts, doc_model)


def _block(word, block, charts: Mapping[str, bytes], doc_model: StrategyDocument) -> None:  # type: ignore[no-untyped-def]
    language = doc_model.language
    if isinstance(block, Paragraph):
        if block.style == "subheading":
            word.add_paragraph(clean(block.text), "Heading 2")
            return
        paragraph = word.add_paragraph(clean(block.text))
        if block.style == "lead":
            for run in paragraph.runs:
                run.bold = True
        elif block.style == "note":
            for run in paragraph.runs:
                run.italic = True
                run.font.color.rgb = RGBColor(0x55, 0x5F, 0x66)
    elif isinstance(block, Bullets):
        for item in block.items:
            word.add_paragraph(clean(item), "List Bullet")
    elif isinstance(block, Figure):
        _chart(word, charts, block)
        word.add_paragraph(clean(block.caption), "Caption")
    elif isinstance(block, Table):
        _table(word, block, language, doc_model.accent.lstrip("#").upper())


class _ChartPart(ImagePart):
    """A chart's image part whose PNG is asked for only when the file is saved (it may still
    be being drawn by another process while the document is built)."""

    def __init__(self, partname: PackURI, png: Callable[[], bytes]) -> None:
        super().__init__(partname, "image/png", b"")
        self.png = png

    @property
    def blob(self) -> bytes:
        return self.png()

    @property
    def sha1(self) -> str:
        return ""  # never taken for an image added later (the logo), whose digest is real


def _chart(word, charts: Mapping[str, bytes], block: Figure) -> None:  # type: ignore[no-untyped-def]
    """The chart 15.5 cm wide, its height from its known size; what ``add_picture`` does, but
    without reading the image yet."""
    part = word.part
    images = part.package.image_parts
    image = _ChartPart(images._next_image_partname("png"), lambda: charts[block.chart])
    images.append(image)
    width = Cm(15.5)
    inline = CT_Inline.new_pic_inline(
        part.next_id,
        part.relate_to(image, RT.IMAGE),
        f"{block.chart}.png",
        width,
        Emu(int(width * block.size[1] / block.size[0])),
    )
    word.add_paragraph().add_run()._r.add_drawing(inline)


def _table(word, block: Table, language: str, accent: str) -> None:  # type: ignore[no-untyped-def]
    if not block.rows:
        paragraph = word.add_paragraph(tr("None recorded yet."))
        paragraph.runs[0].italic = True
        return
    table = word.add_table(rows=0, cols=len(block.headers))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    from ces_planner.reports.pdf_writer import text_width

    # Measured in DejaVu Sans, wider than Calibri and what LibreOffice uses in its place, so
    # no word is split wherever the document is opened.
    widths = [
        Pt(w)
        for w in fitted_widths(
            block,
            Cm(TABLE_WIDTH_CM).pt,
            language,
            lambda word, head: text_width(word, head, CELL_POINTS),
            CELL_PADDING_POINTS,
        )
    ]
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    twips = [str(int(w.twips)) for w in widths]
    rows = table._tbl
    rows.append(_row([clean(t) for t in block.headers], twips, accent, header=True))
    for index, values in enumerate(block.rows):
        texts = [_cell_text(value, language) for value in values]
        rows.append(_row(texts, twips, "EEF3F4" if index % 2 else None))
    word.add_paragraph()
