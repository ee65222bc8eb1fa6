import io
import shutil

from PIL import Image
from PySide6.QtCore import QSettings

from ces_planner.services.export import export_plan
from ces_planner.ui.main_window import MainWindow
from ces_planner.ui.pages.overview import OverviewPage
from ces_planner.ui.settings import Settings
from ces_planner.ui.snapshots import SnapshotsDialog


def test_logo_and_snapshot_changes_in_the_app(qtbot, tmp_path, sample_file):
    path = tmp_path / "plan.cesplan"
    shutil.copy(sample_file, path)
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    assert window.open_plan(path)
    export_plan(window.session.document, "html", tmp_path / "sent.html", snapshot="Sent")
    overview = next(p for p in window.pages if isinstance(p, OverviewPage))
    logo = tmp_path / "logo.png"
    buffer = io.BytesIO()
    Image.new("RGB", (90, 30), "navy").save(buffer, format="PNG")
    logo.write_bytes(buffer.getvalue())
    overview.set_logo(logo)
    assert window.session.plan().info.logo == buffer.getvalue()
    assert overview.remove_logo.isEnabled()
    window.undo_action.trigger()
    assert window.session.plan().info.logo is None
    not_an_image = tmp_path / "notes.txt"
    not_an_image.write_text("hello")
    overview.set_logo(not_an_image)
    assert "PNG or JPEG" in overview.problem.text()
    overview.title.setText("A new title")
    overview.title.editingFinished.emit()
    dialog = SnapshotsDialog(window.session, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert "A new title" not in dialog.changes.toPlainText()
    shown = dialog.changes.toPlainText()
    assert "Plan overview" in shown and "~ Title" in shown  # labels people know, not keys
    window.close()
