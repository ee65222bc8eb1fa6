"""A page of the walk-through in a scroll area: it gets all the room the window has, and scrolls
only when the window is smaller than the page needs (a 1366 x 768 laptop)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QScrollArea, QWidget


class PageArea(QScrollArea):
    """Qt's own resizing of the held widget follows its preferred height, which would make most
    pages scroll on any screen: the page is given the viewport, or its minimum height for the
    width it has (wrapped texts included) when that is more."""

    def __init__(self, page: QWidget) -> None:
        super().__init__()
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setWidget(page)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.fit()  # its content changed (guidance shown or hidden, a problem reported)
        return super().eventFilter(watched, event)

    def fit(self) -> None:
        page = self.widget()
        layout = page.layout() if page is not None else None
        if page is None or layout is None:
            return
        room = self.maximumViewportSize()
        narrowest = page.minimumSizeHint().width()
        width = max(room.width(), narrowest)
        height = layout.totalMinimumHeightForWidth(width)
        if height > room.height():  # it scrolls, and the scroll bar takes some of the width
            width = max(room.width() - self.verticalScrollBar().sizeHint().width(), narrowest)
            height = layout.totalMinimumHeightForWidth(width)
        page.resize(width, max(height, room.height()))
