"""The strategy as PDF, made directly (no office suite): selectable text, embedded TrueType
fonts (IPAexGothic for Japanese plans), chapter bookmarks, page numbers, and tables that wrap
their text and repeat their header row across pages."""

from __future__ import annotations

import functools
import importlib.util
import io
import struct
from collections.abc import Callable, Mapping
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfdoc, pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    Image,
    KeepTogether,
    ListFlowable,
    ListItem,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Spacer,
    TableStyle,
)
from reportlab.platypus import LongTable as PdfTable
from reportlab.platypus import Paragraph as PdfParagraph

from ces_planner.i18n import tr, using
from ces_planner.reports.charts import japanese_font_path
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

GREY = colors.HexColor("#555F66")
MARGIN = 2.0 * cm
rl_config.useA85 = 0  # binary streams: ASCII85 encoding in pure Python is slow and bigger


@functools.cache
def _fonts(language: str) -> tuple[str, str]:
    """(regular, bold) font names registered with reportlab; both TrueType, so embedded."""
    if language == "ja":
        path = japanese_font_path()
        if path is None:
            raise RuntimeError("the Japanese font package japanize-matplotlib is missing")
        pdfmetrics.registerFont(TTFont("IPAexGothic", str(path)))
        return "IPAexGothic", "IPAexGothic"
    folder = _matplotlib_folder() / "mpl-data" / "fonts" / "ttf"
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(folder / "DejaVuSans-Bold.ttf")))
    return "DejaVuSans", "DejaVuSans-Bold"


def _matplotlib_folder() -> Path:
    """Where matplotlib is installed (its DejaVu fonts are ours), found without importing it."""
    spec = importlib.util.find_spec("matplotlib")
    if spec is None or spec.origin is None:
        raise RuntimeError("matplotlib, whose DejaVu fonts the PDF uses, is missing")
    return Path(spec.origin).parent


class _Styles:
    def __init__(self, language: str, compact: bool = False, accent: str = "#1F5F6B") -> None:
        ACCENT = colors.HexColor(accent)  # noqa: N806 - the document's accent colour
        self.accent = ACCENT
        regular, bold = _fonts(language)
        self.regular, self.bold = regular, bold
        wrap = "CJK" if language == "ja" else None
        size = 8.5 if compact else 10  # a short paper fits more on its page
        base = dict(
            fontName=regular, fontSize=size, leading=size * 1.4, alignment=TA_LEFT, wordWrap=wrap
        )
        self.body = ParagraphStyle("Body", **base, spaceAfter=3 if compact else 6)
        self.lead = ParagraphStyle("Lead", **{**base, "fontName": bold}, spaceAfter=6)
        self.note = ParagraphStyle("Note", **base, textColor=GREY, spaceAfter=6)
        self.h1 = ParagraphStyle(
            "Heading1",
            **{**base, "fontName": bold, "fontSize": 17, "leading": 22},
            textColor=ACCENT,
            spaceAfter=10,
        )
        self.h2 = ParagraphStyle(
            "Heading2",
            **{**base, "fontName": bold, "fontSize": size + 2, "leading": (size + 2) * 1.3},
            textColor=ACCENT,
            spaceBefore=5 if compact else 8,
            spaceAfter=2 if compact else 4,
        )
        self.cell = ParagraphStyle("Cell", **{**base, "fontSize": 8, "leading": 10.5})
        self.head = ParagraphStyle(
            "Head",
            **{**base, "fontName": bold, "fontSize": 8, "leading": 10.5},
            textColor=colors.white,
        )
        self.title = ParagraphStyle(
            "Title", **{**base, "fontName": bold, "fontSize": 28, "leading": 34}, textColor=ACCENT
        )
        self.cover = ParagraphStyle("Cover", parent=self.h2, spaceBefore=0)
        self.caption = ParagraphStyle(
            "Caption", **{**base, "fontSize": 8}, textColor=GREY, spaceAfter=10
        )


class _Chart(Flowable):
    """A chart, laid out from its known size and centred; its PNG is asked for only when the
    file is written (it may still be being drawn by another process while the pages are laid
    out), and goes in as it is."""

    def __init__(
        self,
        charts: Mapping[str, bytes],
        key: str,
        size: tuple[float, float],
        max_width: float,
        max_height: float,
    ) -> None:
        super().__init__()
        scale = min(max_width / size[0], max_height / size[1])
        self.width, self.height = size[0] * scale, size[1] * scale
        self.charts, self.key = charts, key
        self.hAlign = "CENTER"

    def wrap(self, _available_width: float, _available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        name = f"chart-{self.key}"
        if not self.canv.hasForm(name):
            self.canv._doc.addForm(name, _PngImage(lambda: self.charts[self.key]))
        self.canv.saveState()
        self.canv.scale(self.width, self.height)
        self.canv.doForm(name)
        self.canv.restoreState()


class _PngImage(pdfdoc.PDFImageXObject):
    """An image XObject holding a PNG's compressed pixels unchanged: an 8-bit RGB PNG's data
    stream is what PDF's FlateDecode with PNG predictors reads, so nothing is decoded or
    compressed again (reportlab's own images are decoded and deflated anew). Any other PNG is
    converted to RGB first."""

    def __init__(self, load: Callable[[], bytes]) -> None:
        self.load = load

    def format(self, document):  # type: ignore[no-untyped-def]
        width, height, data = _png_pixels(self.load())
        stream = pdfdoc.PDFStream(content=data)
        entries = stream.dictionary
        entries["Type"] = pdfdoc.PDFName("XObject")
        entries["Subtype"] = pdfdoc.PDFName("Image")
        entries["Width"], entries["Height"] = width, height
        entries["BitsPerComponent"] = 8
        entries["ColorSpace"] = pdfdoc.PDFName("DeviceRGB")
        entries["Filter"] = pdfdoc.PDFName("FlateDecode")
        entries["DecodeParms"] = pdfdoc.PDFDictionary(
            {"Predictor": 15, "Colors": 3, "BitsPerComponent": 8, "Columns": width}
        )
        entries["Length"] = len(data)
        return stream.format(document)


def _png_pixels(png: bytes) -> tuple[int, int, bytes]:
    """Width, height and zlib stream of predicted rows of an 8-bit RGB, non-interlaced PNG."""
    width, height, depth, colour, _method, _filter, interlace = struct.unpack(
        ">IIBBBBB", png[16:29]
    )
    if png[:8] != b"\x89PNG\r\n\x1a\n" or (depth, colour, interlace) != (8, 2, 0):
        from PIL import Image as PilImage

        with PilImage.open(io.BytesIO(png)) as image:
            buffer = io.BytesIO()
            image.convert("RGB").save(buffer, format="png", compress_level=1)
        return _png_pixels(buffer.getvalue())
    data, at = [], 8
    while at < len(png):
        length, kind = struct.unpack(">I4s", png[at : at + 8])
        if kind == b"IDAT":
            data.append(png[at + 8 : at + 8 + length])
        at += 12 + length
    return width, height, b"".join(data)


def _text(value: object, language: str) -> str:
    """A value as paragraph markup."""
    return escape(cell_text(value, language)).replace("\n", "<br/>")


class _Template(BaseDocTemplate):
    def __init__(self, target, model: StrategyDocument, styles: _Styles) -> None:  # type: ignore[no-untyped-def]
        super().__init__(
            target,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN,
            bottomMargin=MARGIN,
            title=model.title,
            author=model.author,
            subject=model.subtitle,
            initialFontName=styles.regular,
            initialFontSize=10,
        )
        self.model = model
        self.styles = styles
        frame = Frame(MARGIN, MARGIN, A4[0] - 2 * MARGIN, A4[1] - 2 * MARGIN, id="body")
        templates = [
            PageTemplate("cover", [frame]),
            PageTemplate("body", [frame], onPage=self._decorate),
        ]
        if model.compact:  # no cover: the first page already has the header and page number
            templates.reverse()
        self.addPageTemplates(templates)
        self._bookmarks = 0

    def _decorate(self, canvas, _doc) -> None:  # type: ignore[no-untyped-def]
        canvas.saveState()
        canvas.setFont(self.styles.regular, 7.5)
        canvas.setFillColor(GREY)
        canvas.drawString(
            MARGIN, A4[1] - MARGIN + 14, f"{self.model.organisation} — {self.model.title}"
        )
        canvas.drawRightString(
            A4[0] - MARGIN, MARGIN - 18, tr("Page {n}", n=canvas.getPageNumber())
        )
        canvas.restoreState()

    def afterFlowable(self, flowable) -> None:  # noqa: N802
        if isinstance(flowable, PdfParagraph) and flowable.style.name in ("Heading1", "Heading2"):
            self._bookmarks += 1
            key = f"h{self._bookmarks}"
            level = 0 if flowable.style.name == "Heading1" else 1
            self.canv.bookmarkPage(key)
            self.canv.addOutlineEntry(flowable.getPlainText(), key, level=level, closed=True)


def write_pdf(document: StrategyDocument, charts: Mapping[str, bytes], target: Path) -> None:
    with using(document.language):
        styles = _Styles(document.language, document.compact, document.accent)
        template = _Template(str(target), document, styles)
        template.build(_story(document, charts, styles))


def _story(model: StrategyDocument, charts: Mapping[str, bytes], styles: _Styles) -> list:  # type: ignore[type-arg]
    language = model.language
    if model.compact:
        story: list = [  # type: ignore[type-arg]
            PdfParagraph(_text(f"{model.organisation} · {model.date_text}", language), styles.note)
        ]
        width = A4[0] - 2 * MARGIN
        for chapter in model.chapters:
            story.append(PdfParagraph(_text(chapter.title, language), styles.h1))
            story += _blocks(chapter.blocks, charts, styles, width, language)
        return story
    story = [Spacer(1, 6 * cm)]
    if model.logo:
        logo = Image(io.BytesIO(model.logo))
        scale = min(2.5 * cm / logo.drawHeight, 8 * cm / logo.drawWidth)
        logo.drawWidth *= scale
        logo.drawHeight *= scale
        logo.hAlign = "LEFT"
        story = [Spacer(1, 3.5 * cm), logo, Spacer(1, 0.6 * cm)]
    story += [
        PdfParagraph(_text(model.organisation, language), styles.cover),
        PdfParagraph(_text(model.title, language), styles.title),
        Spacer(1, 0.4 * cm),
        PdfParagraph(_text(model.subtitle, language), styles.body),
        Spacer(1, 1 * cm),
        PdfParagraph(_text(f"{model.author} · {model.date_text}", language), styles.note),
        NextPageTemplate("body"),
        PageBreak(),
    ]
    width = A4[0] - 2 * MARGIN
    for number, chapter in enumerate(model.chapters, start=1):
        if number > 1:
            story.append(PageBreak())
        story.append(PdfParagraph(_text(f"{number}. {chapter.title}", language), styles.h1))
        story += _blocks(chapter.blocks, charts, styles, width, language)
    return story


def _blocks(blocks, charts, styles: _Styles, width: float, language: str) -> list:  # type: ignore[no-untyped-def, type-arg]
    story: list = []  # type: ignore[type-arg]
    for block in (shown for whole in blocks for shown in printed(whole)):
        if isinstance(block, Paragraph):
            style = {"lead": styles.lead, "note": styles.note, "subheading": styles.h2}.get(
                block.style, styles.body
            )
            story.append(PdfParagraph(_text(block.text, language), style))
        elif isinstance(block, Bullets):
            story.append(
                ListFlowable(
                    [
                        ListItem(PdfParagraph(_text(item, language), styles.body), leftIndent=12)
                        for item in block.items
                    ],
                    bulletType="bullet",
                    start="•",
                    leftIndent=12,
                    bulletFontName=styles.regular,
                )
            )
        elif isinstance(block, Figure):
            chart = _Chart(charts, block.chart, block.size, width * 0.92, 11 * cm)
            story.append(
                KeepTogether([chart, PdfParagraph(_text(block.caption, language), styles.caption)])
            )
        elif isinstance(block, Table):
            story.append(_table(block, styles, width, language))
            story.append(Spacer(1, 0.35 * cm))
    return story


CELL_PADDING = 12  # reportlab's default: 6 pt each side


def text_width(text: str, bold: bool, size: float) -> float:
    """Width in points of Latin text in the documents' font (DejaVu Sans)."""
    regular, heavy = _fonts("en")
    return float(pdfmetrics.stringWidth(text, heavy if bold else regular, size))


def _table(block: Table, styles: _Styles, width: float, language: str):  # type: ignore[no-untyped-def]
    if not block.rows:
        return PdfParagraph(tr("None recorded yet."), styles.note)
    widths = fitted_widths(
        block,
        width,
        language,
        lambda word, head: text_width(word, head, (styles.head if head else styles.cell).fontSize),
        CELL_PADDING,
    )
    data = [[PdfParagraph(_text(h, language), styles.head) for h in block.headers]]
    data += [[PdfParagraph(_text(v, language), styles.cell) for v in row] for row in block.rows]
    # A row taller than a page (a very long text in a narrow column) goes on over the page.
    # LongTable sizes rows once, not again at each page break (quadratic on long tables).
    table = PdfTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT", splitInRow=1)
    table.setStyle(
        TableStyle(
            [
                ("FONTNAME", (0, 0), (-1, -1), styles.regular),
                ("BACKGROUND", (0, 0), (-1, 0), styles.accent),
                ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#EEF3F4")]),
                ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#C9CED4")),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("TOPPADDING", (0, 0), (-1, -1), 3),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ]
        )
    )
    return table
