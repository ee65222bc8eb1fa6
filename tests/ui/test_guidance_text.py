"""The guidance panel keeps its heights per width: the answers must stay those Qt would give."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

from ces_planner.domain.readiness import Section
from ces_planner.ui.guidance import guidance
from ces_planner.ui.pages.base import GuidanceText

STYLE = "QLabel { padding: 6px 10px; }"


def _plain(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(STYLE)
    return label


def _guidance(qtbot, text: str) -> GuidanceText:
    label = GuidanceText(text)
    label.setStyleSheet(STYLE)
    qtbot.addWidget(label)
    return label


def test_heights_are_those_of_a_plain_label_asked_once_or_many_times(qtbot):
    text = guidance(Section.CONTACT_REASONS)
    label, plain = _guidance(qtbot, text), _plain(text)
    qtbot.addWidget(plain)
    widths = [200, 420, 815, 420, 200, 1050, 815]
    expected = [plain.heightForWidth(width) for width in widths]
    assert [label.heightForWidth(width) for width in widths] == expected
    assert [label.heightForWidth(width) for width in widths] == expected
    assert expected[0] > expected[2]  # narrower is taller: the text does wrap


def test_new_text_is_measured_afresh(qtbot):
    label = _guidance(qtbot, "<p>Short.</p>")
    short = label.heightForWidth(300)
    long = guidance(Section.HOURS)
    label.setText(long)
    assert label.heightForWidth(300) == _plain(long).heightForWidth(300) > short


def test_a_larger_font_is_measured_afresh(qtbot):
    text = guidance(Section.MEASURES)
    label = _guidance(qtbot, text)
    before = label.heightForWidth(400)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    label.setFont(font)
    plain = _plain(text)
    plain.setFont(font)
    assert label.heightForWidth(400) == plain.heightForWidth(400) > before


def test_a_window_being_resized_does_not_fill_memory(qtbot):
    label = _guidance(qtbot, guidance(Section.OVERVIEW))
    for width in range(300, 1300, 5):
        label.heightForWidth(width)
    assert len(label._heights) <= GuidanceText.KEPT
