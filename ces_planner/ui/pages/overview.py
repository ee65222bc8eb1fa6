"""The first page of the walk-through: the plan's title, organisation, strategy alignment,
executive summary and branding, with the readiness of every area. Its own module, so the
window shows it without loading the other pages."""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ces_planner import labels
from ces_planner.domain.errors import PlanError
from ces_planner.domain.model import Language, PlanInfo
from ces_planner.domain.readiness import Section, readiness_gaps
from ces_planner.ui.pages.base import CommitTextEdit, Page
from ces_planner.ui.session import PlanSession


class OverviewPage(Page):
    """Title, organisation, strategy alignment, executive summary, and readiness of every area."""

    def __init__(self, session: PlanSession) -> None:
        super().__init__(session, Section.OVERVIEW, notes=False)
        splitter = QSplitter()
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.title = QLineEdit()
        self.organisation = QLineEdit()
        self.author = QLineEdit()
        self.language = QComboBox()
        self.language.addItem("English", Language.ENGLISH.value)
        self.language.addItem("日本語", Language.JAPANESE.value)
        # Sized by characters rather than by its items: measuring "日本語" would load a Japanese
        # font before an English plan's first page is drawn (~3 ms).
        self.language.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.language.setMinimumContentsLength(10)
        self.alignment = CommitTextEdit()
        self.summary = CommitTextEdit()
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b3261e; font-weight: bold;")
        self.problem.hide()
        for label, widget in (
            (self.tr("&Title"), self.title),
            (self.tr("&Organisation"), self.organisation),
            (self.tr("&Author"), self.author),
            (self.tr("&Language of the plan"), self.language),
            (self.tr("&Strategy or mission it serves"), self.alignment),
            (self.tr("&Executive summary"), self.summary),
        ):
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addRow(caption, widget)
        brand = QHBoxLayout()
        self.colour_button = QPushButton()
        self.colour_button.setObjectName("accent_colour")
        self.colour_button.clicked.connect(self.choose_colour)
        self.logo_preview = QLabel()
        self.logo_preview.setFixedHeight(40)
        logo_button = QPushButton(self.tr("Choose a logo…"))
        logo_button.clicked.connect(self.choose_logo)
        self.remove_logo = QPushButton(self.tr("Remove the logo"))
        self.remove_logo.clicked.connect(lambda: self._save("logo", None))
        for brand_widget in (self.colour_button, self.logo_preview, logo_button, self.remove_logo):
            brand.addWidget(brand_widget)
        brand.addStretch(1)
        self.brand_buttons = (self.colour_button, logo_button, self.remove_logo)
        form.addRow(QLabel(self.tr("Documents' accent colour and logo")), brand)
        form.addRow(self.problem)
        self.title.setObjectName("overview_title")
        self.title.editingFinished.connect(lambda: self._save("title", self.title.text()))
        self.organisation.editingFinished.connect(
            lambda: self._save("organisation", self.organisation.text())
        )
        self.author.editingFinished.connect(lambda: self._save("author", self.author.text()))
        self.language.activated.connect(
            lambda _i: self._save("language", Language(self.language.currentData()))
        )
        self.alignment.committed.connect(lambda text: self._save("strategy_alignment", text))
        self.summary.committed.connect(lambda text: self._save("executive_summary", text))
        splitter.addWidget(form_widget)
        # The list under a caption, not in a group box: Qt's Fusion style draws a group box's
        # frame by scaling an image to the box's size, and for a box this big starts two
        # threads to do it: 1 to 7 % of the time to the first window on the test machine.
        readiness_panel = QWidget()
        panel_layout = QVBoxLayout(readiness_panel)
        self.readiness = QListWidget()
        self.readiness.setWordWrap(True)
        self.readiness.setObjectName("readiness")
        self.readiness.setToolTip(self.tr("Double-click or press Return to go to the area"))
        self._row_sections: list[Section] = []  # the section each row of the list is about
        self.readiness.itemActivated.connect(
            lambda item: self.go_to.emit(self._row_sections[self.readiness.row(item)].value)
        )
        caption = QLabel(self.tr("&Readiness"))
        caption.setBuddy(self.readiness)
        panel_layout.addWidget(caption)
        panel_layout.addWidget(self.readiness)
        splitter.addWidget(readiness_panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        self.splitters.append(splitter)
        self.body.addWidget(splitter, 1)

    def choose_colour(self) -> None:
        from PySide6.QtGui import QColor
        from PySide6.QtWidgets import QColorDialog

        colour = QColorDialog.getColor(
            QColor(self.session.plan().info.accent_colour),
            self,
            self.tr("Accent colour of the documents"),
        )
        if colour.isValid():
            self._save("accent_colour", colour.name().upper())

    def choose_logo(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a logo"),
            str(self.session.files_folder),
            self.tr("Images (*.png *.jpg *.jpeg)"),
        )
        if chosen:
            self.set_logo(Path(chosen))

    def set_logo(self, path: Path) -> None:
        try:
            data = path.read_bytes()
        except OSError as error:
            self.problem.setText(str(error))
            self.problem.show()
            return
        self._save("logo", data)

    def _save(self, field: str, value: object) -> None:
        info = self.session.plan().info
        if self.session.read_only or getattr(info, field) == value:
            return
        try:
            changes: dict[str, Any] = {field: value}
            self.session.set_info(dataclasses.replace(info, **changes))
            self.problem.hide()
        except PlanError as error:
            self.problem.setText(error.sentence())
            self.problem.show()

    def refresh(self) -> None:
        plan = self.session.plan()
        info: PlanInfo = plan.info
        for edit, value in (
            (self.title, info.title),
            (self.organisation, info.organisation),
            (self.author, info.author),
        ):
            if not edit.hasFocus() and edit.text() != value:
                edit.setText(value)
            edit.setReadOnly(self.session.read_only)
        self.language.setCurrentIndex(max(0, self.language.findData(info.language.value)))
        self.language.setEnabled(not self.session.read_only)
        self.colour_button.setText(info.accent_colour)
        self.colour_button.setStyleSheet(
            f"QPushButton {{ background: {info.accent_colour}; color: white; padding: 4px 12px; }}"
        )
        if info.logo:
            from PySide6.QtGui import QPixmap

            pixmap = QPixmap()
            pixmap.loadFromData(info.logo)
            self.logo_preview.setPixmap(pixmap.scaledToHeight(36))
        else:
            self.logo_preview.setText(self.tr("(no logo)"))
        self.remove_logo.setEnabled(info.logo is not None and not self.session.read_only)
        for button in self.brand_buttons[:2]:
            button.setEnabled(not self.session.read_only)
        self.alignment.set_text_quietly(info.strategy_alignment)
        self.summary.set_text_quietly(info.executive_summary)
        for text_edit in (self.alignment, self.summary):
            text_edit.setReadOnly(self.session.read_only)
        self.readiness.clear()
        self._row_sections = []
        gaps = readiness_gaps(plan)
        for section in Section:
            found = [g for g in gaps if g.section is section]
            mark = "✔" if not found else f"{len(found)} ✱"
            item = QListWidgetItem(f"{mark}  {labels.section_title(section)}")
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            self.readiness.addItem(item)
            self._row_sections.append(section)
            for gap in found[:4]:
                self.readiness.addItem(QListWidgetItem("      " + gap.message))
                self._row_sections.append(section)
            if len(found) > 4:
                self.readiness.addItem(
                    QListWidgetItem(
                        "      " + self.tr("… and {0} more").replace("{0}", str(len(found) - 4))
                    )
                )
