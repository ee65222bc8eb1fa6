"""The strategy as one self-contained HTML page (charts inlined), for intranets and e-mail.
The template autoescapes, so markup typed into the plan is shown, never run."""

from __future__ import annotations

import base64
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape

from ces_planner.i18n import tr, using
from ces_planner.reports.document import (
    Bullets,
    Figure,
    Paragraph,
    StrategyDocument,
    Table,
    cell_text,
)


def _block(block: object, charts: Mapping[str, bytes], language: str) -> dict[str, Any]:
    if isinstance(block, Paragraph):
        return {"kind": "paragraph", "text": block.text, "style": block.style}
    if isinstance(block, Bullets):
        return {"kind": "bullets", "entries": block.items}
    if isinstance(block, Figure):
        return {
            "kind": "figure",
            "caption": block.caption,
            "png": base64.b64encode(charts[block.chart]).decode("ascii"),
        }
    assert isinstance(block, Table)
    return {
        "kind": "table",
        "headers": block.headers,
        "rows": [[cell_text(v, language) for v in row] for row in block.rows],
    }


def _data_uri(image: bytes) -> str:
    kind = "image/png" if image.startswith(b"\x89PNG") else "image/jpeg"
    return f"data:{kind};base64,{base64.b64encode(image).decode('ascii')}"


def render_html(document: StrategyDocument, charts: Mapping[str, bytes]) -> str:
    environment = Environment(
        loader=PackageLoader("ces_planner.resources", "templates"),
        autoescape=select_autoescape(["html", "j2"], default=True),
    )
    template = environment.get_template("strategy.html.j2")
    with using(document.language):
        chapters = [
            {
                "key": c.key,
                "title": c.title,
                "blocks": [_block(b, charts, document.language) for b in c.blocks],
            }
            for c in document.chapters
        ]
        return template.render(
            doc={
                "language": document.language,
                "title": document.title,
                "organisation": document.organisation,
                "author": document.author,
                "date_text": document.date_text,
                "subtitle": document.subtitle,
                "chapters": chapters,
                "accent": document.accent,
                "logo": _data_uri(document.logo) if document.logo else None,
            },
            contents=tr("Contents"),
            none_yet=tr("None recorded yet."),
        )


def write_html(document: StrategyDocument, charts: Mapping[str, bytes], target: Path) -> None:
    target.write_text(render_html(document, charts), encoding="utf-8")
