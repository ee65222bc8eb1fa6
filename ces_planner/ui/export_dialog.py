"""File > Export: choose the format and file, preview the PDF pages, export in the background."""

from __future__ import annotations

import datetime as dt
import tempfile
from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ces_planner.ui.operations import Operation
from ces_planner.ui.session import PlanSession

FORMATS = (
    ("pdf", "PDF"),
    ("docx", "Word (.docx)"),
    ("xlsx", "Excel (.xlsx)"),
    ("html", "Web page (.html)"),
)
PREVIEW_WIDTH = 220


def render_pages(pdf: Path, width: int = PREVIEW_WIDTH) -> list[tuple[int, int, bytes]]:
    """Each page of a PDF as raw RGB pixels (width, height, bytes), for thumbnails."""
    import pypdfium2

    pages = []
    document = pypdfium2.PdfDocument(str(pdf))
    try:
        for page in document:
            scale = width / page.get_width()
            image = page.render(scale=scale).to_pil().convert("RGB")
            pages.append((image.width, image.height, image.tobytes()))
    finally:
        document.close()
    return pages


class ExportDialog(QDialog):
    def __init__(self, session: PlanSession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.setWindowTitle(self.tr("Export the strategy"))
        self.resize(980, 700)
        self._operation: Operation | None = None
        self._preview_folder = tempfile.TemporaryDirectory(prefix="ces-preview-")
        plan = session.plan()
        form = QFormLayout()
        self.format = QComboBox()
        for key, label in FORMATS:
            self.format.addItem(label, key)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.path = QLineEdit()
        self.path.setObjectName("export_path")
        stem = (plan.info.title or "Strategy").replace("/", "-")
        self.path.setText(str(session.files_folder / f"{stem}.pdf"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.snapshot = QCheckBox(self.tr("Record a snapshot named"))
        self.snapshot_name = QLineEdit(
            self.tr("Sent to leadership {0}").replace("{0}", dt.date.today().isoformat())
        )
        self.snapshot.setEnabled(not session.read_only)
        self.snapshot.setToolTip(
            self.tr("Later you can see what changed in the plan since this document was sent.")
        )
        snap_row = QHBoxLayout()
        snap_row.addWidget(self.snapshot)
        snap_row.addWidget(self.snapshot_name, 1)
        form.addRow(self.tr("&Format"), self.format)
        form.addRow(self.tr("Save to"), row)
        form.addRow(snap_row)
        self.pages = QListWidget()
        self.pages.setObjectName("preview")
        self.pages.setViewMode(QListView.ViewMode.IconMode)
        self.pages.setIconSize(QSize(PREVIEW_WIDTH, int(PREVIEW_WIDTH * 1.414)))
        self.pages.setResizeMode(QListView.ResizeMode.Adjust)
        self.pages.setSpacing(10)
        self.preview_label = QLabel(self.tr("Preview of the PDF pages"))
        refresh = QPushButton(self.tr("&Refresh preview"))
        refresh.clicked.connect(self.preview)
        buttons = QDialogButtonBox()
        self.export_button = buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.clicked.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        head = QHBoxLayout()
        head.addWidget(self.preview_label, 1)
        head.addWidget(refresh)
        layout.addLayout(head)
        layout.addWidget(self.pages, 1)
        layout.addWidget(buttons)
        self.exported: Path | None = None

    def _format_changed(self) -> None:
        path = Path(self.path.text())
        self.path.setText(str(path.with_suffix("." + self.format.currentData())))

    def _browse(self) -> None:
        fmt = self.format.currentData()
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), self.path.text(), f"*.{fmt}"
        )
        if chosen:
            self.path.setText(chosen if chosen.endswith(f".{fmt}") else f"{chosen}.{fmt}")

    def _document(self):  # type: ignore[no-untyped-def]
        return self.session.document

    def preview(self) -> None:
        from ces_planner.services.export import export_plan

        document = self._document()
        target = Path(self._preview_folder.name) / "preview.pdf"

        def work(progress):  # type: ignore[no-untyped-def]
            export_plan(document, "pdf", target, progress=progress)
            return render_pages(target)

        self._run(self.tr("Preparing the preview…"), work, self._show_pages)

    def _show_pages(self, pages: list[tuple[int, int, bytes]]) -> None:
        self.pages.clear()
        self._images = []
        for number, (width, height, data) in enumerate(pages, start=1):
            image = QImage(data, width, height, width * 3, QImage.Format.Format_RGB888).copy()
            self._images.append(image)
            item = QListWidgetItem(QIcon(QPixmap.fromImage(image)), str(number))
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter)
            self.pages.addItem(item)
        self.preview_label.setText(self.tr("Preview: {0} pages").replace("{0}", str(len(pages))))

    def export(self) -> None:
        from ces_planner.services.export import export_plan

        document = self._document()
        fmt = self.format.currentData()
        target = Path(self.path.text()).expanduser()
        snapshot = self.snapshot_name.text().strip() if self.snapshot.isChecked() else None

        def work(progress):  # type: ignore[no-untyped-def]
            return export_plan(document, fmt, target, snapshot=snapshot, progress=progress)

        self._run(self.tr("Exporting…"), work, self._exported)

    def _exported(self, target: Path) -> None:
        self.exported = target
        box = QMessageBox(
            QMessageBox.Icon.Information,
            self.tr("Export finished"),
            self.tr("Saved {0}.").replace("{0}", str(target)),
            parent=self,
        )
        open_button = box.addButton(self.tr("&Open the file"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.exec()
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _run(self, label: str, work, finished) -> None:  # type: ignore[no-untyped-def]
        operation = Operation(self, label, work)
        operation.done.connect(finished)
        operation.failed.connect(
            lambda message: QMessageBox.warning(self, self.windowTitle(), message)
        )
        self._operation = operation.start()

    def done(self, result: int) -> None:  # noqa: A003 - Qt's name
        self._preview_folder.cleanup()
        super().done(result)
