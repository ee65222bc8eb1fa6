"""The hours grid keeps up with the pointer: every cell a drag crosses is painted, and a drag
repaints only the cells it changes, from a picture drawn once."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtWidgets import QApplication

from ces_planner.domain.hours import SLOTS_PER_DAY
from ces_planner.ui.widgets.hours_grid import HoursGrid


def shown_grid(qtbot) -> HoursGrid:
    grid = HoursGrid()
    qtbot.addWidget(grid)
    grid.resize(900, 220)
    grid.show()
    qtbot.waitExposed(grid)
    QApplication.processEvents()
    return grid


def test_a_fast_drag_paints_every_cell_it_crosses(qtbot):
    """A pointer that moves fast is reported at a few points only: the cells between them
    are painted too, with no gap."""
    grid = shown_grid(qtbot)
    monday_8, monday_20 = 16, 40
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=grid.slot_centre(monday_8))
    qtbot.mouseMove(grid, pos=grid.slot_centre(monday_20))  # one jump of 24 cells
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=grid.slot_centre(monday_20))
    assert grid.slots[monday_8 : monday_20 + 1] == [True] * 25
    assert sum(grid.slots) == 25


def test_a_diagonal_drag_paints_a_connected_path(qtbot):
    grid = shown_grid(qtbot)
    start, end = 0 * SLOTS_PER_DAY + 4, 6 * SLOTS_PER_DAY + 40
    with qtbot.waitSignal(grid.painted) as stroke:
        qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=grid.slot_centre(start))
        qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=grid.slot_centre(end))
    painted = [slot for slot, is_open in enumerate(stroke.args[0]) if is_open]
    assert start in painted and end in painted
    for row in range(7):  # each day between has cells painted, next to the day before's
        assert any(slot // SLOTS_PER_DAY == row for slot in painted)


def test_a_drag_out_of_the_grid_goes_on_along_its_edge(qtbot):
    grid = shown_grid(qtbot)
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=grid.slot_centre(SLOTS_PER_DAY - 3))
    beyond = grid.slot_centre(SLOTS_PER_DAY - 1) + QPoint(200, 0)
    qtbot.mouseMove(grid, pos=beyond)
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=beyond)
    assert grid.slots[SLOTS_PER_DAY - 3 : SLOTS_PER_DAY] == [True] * 3


class _PaintWatcher(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.areas: list[int] = []

    def eventFilter(self, watched, event):  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            rect = event.rect()
            self.areas.append(rect.width() * rect.height())
        return False


def test_a_drag_repaints_only_the_cells_it_changes(qtbot):
    grid = shown_grid(qtbot)
    watcher = _PaintWatcher()
    grid.installEventFilter(watcher)
    drawn = grid.pictures_drawn
    qtbot.mousePress(grid, Qt.MouseButton.LeftButton, pos=grid.slot_centre(2 * SLOTS_PER_DAY))
    QApplication.processEvents()
    watcher.areas.clear()  # the press also moved the keyboard's cursor across the grid
    for slot in range(2 * SLOTS_PER_DAY + 1, 2 * SLOTS_PER_DAY + 40):
        qtbot.mouseMove(grid, pos=grid.slot_centre(slot))
        QApplication.processEvents()  # each move painted before the next, as on a screen
    qtbot.mouseRelease(grid, Qt.MouseButton.LeftButton, pos=grid.slot_centre(slot))
    QApplication.processEvents()
    grid.removeEventFilter(watcher)
    assert len(watcher.areas) >= 20  # the drag was painted as it went
    whole = grid.width() * grid.height()
    assert max(watcher.areas) < whole / 50  # a cell or two each time, never the whole grid
    assert grid.pictures_drawn == drawn  # and the picture was not drawn again


def test_the_picture_follows_the_slots_set_from_outside(qtbot):
    grid = shown_grid(qtbot)
    drawn = grid.pictures_drawn
    grid.set_slots([True] * (7 * SLOTS_PER_DAY))
    grid.repaint()
    assert grid.pictures_drawn == drawn + 1
    image = grid.grab().toImage()
    centre = grid.slot_centre(100)
    assert image.pixelColor(centre).name() == "#2f7d8c"


def test_painting_does_not_wear_out_none():
    """Some PySide6 releases drop a reference to ``None`` at each void QPainter call; on
    Python 3.11 the process then dies while the hours grid is painted. Measured in a
    process of its own, which such a release ends."""
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QRect
        from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen
        app = QGuiApplication([])
        image = QImage(64, 64, QImage.Format.Format_ARGB32)
        painter = QPainter(image)
        colour, pen, cell = QColor(1, 2, 3), QPen(QColor(4, 5, 6)), QRect(0, 0, 5, 5)
        calls = [
            lambda: painter.fillRect(cell, colour),
            lambda: painter.drawLine(0, 0, 5, 5),
            lambda: painter.setPen(pen),
            lambda: painter.drawRect(cell),
        ]
        for call in calls:
            call()  # whatever a first call caches
        before = sys.getrefcount(None)
        for call in calls:
            for _ in range(500):
                call()
        print(before - sys.getrefcount(None))
        painter.end()
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script],
        capture_output=True,
        text=True,
        env={**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) < 50, "this PySide6 release loses references to None"
