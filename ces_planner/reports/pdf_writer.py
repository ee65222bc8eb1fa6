"""The strategy as PDF, made directly (no office suite): selectable text, embedded TrueType
fonts (IPAexGothic for Japanese plans), chapter bookmarks, page numbers, and tables that wrap
their text and repeat their header row across pages."""

from __future__ import annotations

import functools
import io
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (
    BaseDocTemplate,
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
from reportlab.platypus import Paragraph as PdfParagraph
from reportlab.platypus import Table as PdfTable

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
    import matplotlib

    folder = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
    pdfmetrics.registerFont(TTFont("DejaVuSans", str(folder / "DejaVuSans.ttf")))
    pdfmetrics.registerFont(TTFont("DejaVuSans-Bold", str(folder / "DejaVuSans-Bold.ttf")))
    return "DejaVuSans", "DejaVuSans-Bold"


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


def write_pdf(document: StrategyDocument, charts: dict[str, bytes], target: Path) -> None:
    with using(document.language):
        styles = _Styles(document.language, document.compact, document.accent)
        template = _Template(str(target), document, styles)
        template.build(_story(document, charts, styles))


def _story(model: StrategyDocument, charts: dict[str, bytes], styles: _Styles) -> list:  # type: ignore[type-arg]
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
    for block in blocks:
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
            image = Image(io.BytesIO(charts[block.chart]))
            scale = min(width * 0.92 / image.drawWidth, 11 * cm / image.drawHeight)
            image.drawWidth *= scale
            image.drawHeight *= scale
            story.append(
                KeepTogether([image, PdfParagraph(_text(block.caption, language), styles.caption)])
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
    table = PdfTable(data, colWidths=widths, repeatRows=1, hAlign="LEFT")
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
