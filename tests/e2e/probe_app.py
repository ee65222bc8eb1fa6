"""Start the installed app on a plan (argv[1]) and, while it runs, write where its visible
named widgets are on the screen to a JSON file (argv[2]) four times a second: the e2e tests
read it to know where to click and drag. The app itself is untouched: input comes from the X
server (xdotool), as a person's does."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QTableView, QWidget

from ces_planner.cli import main
from ces_planner.ui.widgets.date_field import DateField


def describe(widget: QWidget) -> dict:
    top_left = widget.mapToGlobal(widget.rect().topLeft())
    found: dict = {"rect": [top_left.x(), top_left.y(), widget.width(), widget.height()]}
    if isinstance(widget, QTableView):
        header = widget.horizontalHeader()
        viewport = widget.viewport().mapToGlobal(widget.viewport().rect().topLeft())
        found["viewport"] = [viewport.x(), viewport.y()]
        found["columns"] = [
            [header.sectionViewportPosition(n), header.sectionSize(n)]
            for n in range(header.count())
        ]
        found["column_names"] = [
            str(widget.model().headerData(n, header.orientation())) for n in range(header.count())
        ]
        found["row_height"] = widget.verticalHeader().defaultSectionSize()
        found["rows"] = widget.model().rowCount()
        found["least_date_width"] = DateField.least_width(widget)
    if isinstance(widget, QComboBox):
        found["text"] = widget.currentText()
    return found


def write(app: QApplication, target: Path) -> None:
    seen: dict = {}
    for top in app.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QWidget)]:
            name = widget.objectName()
            if name and not name.startswith("qt_") and widget.isVisible():
                seen.setdefault(name, describe(widget))
    focus = app.focusWidget()
    seen["_focus"] = focus.objectName() if focus is not None else None
    seen["_pid"] = os.getpid()
    part = target.with_suffix(".part")
    part.write_text(json.dumps(seen))
    part.replace(target)


if __name__ == "__main__":
    application = QApplication(sys.argv[:1])
    output = Path(sys.argv[2])
    timer = QTimer(interval=250)
    timer.timeout.connect(lambda: write(application, output))
    timer.start()
    sys.exit(main([sys.argv[1]]))
