import shutil
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from ces_planner.services.document import PlanDocument
from ces_planner.services.export import list_snapshots
from ces_planner.ui.export_dialog import ExportDialog
from ces_planner.ui.main_window import MainWindow
from ces_planner.ui.settings import Settings


def test_export_dialog_previews_and_exports_in_the_background(
    qtbot, tmp_path, sample_file, monkeypatch
):
    path = tmp_path / "plan.cesplan"
    shutil.copy(sample_file, path)
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    assert window.open_plan(path)
    dialog = ExportDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.preview()
    qtbot.waitUntil(lambda: dialog.pages.count() > 5, timeout=30000)
    assert not dialog.pages.item(0).icon().isNull()

    monkeypatch.setattr(QMessageBox, "exec", lambda self: 0)
    target = tmp_path / "strategy.docx"
    dialog.format.setCurrentIndex(dialog.format.findData("docx"))
    dialog.path.setText(str(target))
    dialog.snapshot.setChecked(True)
    dialog.snapshot_name.setText("Sent to the board")
    dialog.export()
    qtbot.waitUntil(lambda: dialog.exported == target, timeout=30000)
    assert target.stat().st_size > 10000
    window.close()
    with PlanDocument.open(path, read_only=True) as document:
        assert [name for name, _ in list_snapshots(document)] == ["Sent to the board"]


def test_exports_are_proposed_beside_the_plan_but_not_in_the_apps_data_folder(
    qtbot, tmp_path, sample_file, monkeypatch
):
    data, documents = tmp_path / "data", tmp_path / "Documents"
    data.mkdir()
    documents.mkdir()
    monkeypatch.setattr("ces_planner.ui.app.sample_plan_path", lambda: data / "Sample plan.cesplan")
    monkeypatch.setattr("platformdirs.user_documents_path", lambda: documents)
    window = MainWindow(Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(window)
    for folder, expected in ((tmp_path, tmp_path), (data, documents)):
        plan = folder / "plan.cesplan"
        shutil.copy(sample_file, plan)
        assert window.open_plan(plan)
        dialog = ExportDialog(window.session, window)
        qtbot.addWidget(dialog)
        assert Path(dialog.path.text()).parent == expected
    window.close()
