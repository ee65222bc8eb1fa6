import shutil

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication

from ces_planner import i18n
from ces_planner.ui import settings as S
from ces_planner.ui.main_window import MainWindow
from ces_planner.ui.translation import choose_language, install


def test_language_setting_wins_and_survives_a_restart(tmp_path):
    store = str(tmp_path / "s.ini")
    settings = S.Settings(QSettings(store, QSettings.Format.IniFormat))
    settings.set(S.LANGUAGE, "ja")
    settings.sync()
    again = S.Settings(QSettings(store, QSettings.Format.IniFormat))
    assert choose_language(again) == "ja"


def test_japanese_window_with_the_bundled_font(qtbot, tmp_path, sample_file):
    app = QApplication.instance()
    settings = S.Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.set(S.LANGUAGE, "ja")
    translators = []
    try:
        assert install(app, settings) == "ja"
        from ces_planner.ui import translation

        translators = translation.active
        assert translators, "the compiled Japanese catalogue did not load"
        assert "IPAexGothic" in QFontDatabase.families()
        path = tmp_path / "plan.cesplan"
        shutil.copy(sample_file, path)
        window = MainWindow(settings)
        qtbot.addWidget(window)
        window.open_plan(path)
        titles = [window.navigator.item(i).text() for i in range(window.navigator.count())]
        assert titles[0] == "プランの概要" and "顧客セグメント" in titles[1]
        assert window.menuBar().actions()[0].text() == "ファイル(&F)"
        # A string asked for by a base class through a subclass is found too.
        assert window.pages[1].guidance_button.text() == "▾ ガイド"
        window.close()
    finally:
        for translator in translators:
            app.removeTranslator(translator)
        i18n.set_language("en")


def test_a_japanese_user_starts_with_the_japanese_sample(qtbot, tmp_path, monkeypatch):
    from ces_planner.domain.model import Language

    target = tmp_path / "data" / "Sample plan.cesplan"
    monkeypatch.setattr("ces_planner.ui.main_window.sample_plan_path", lambda: target)
    i18n.set_language("ja")
    try:
        window = MainWindow(
            S.Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
        )
        qtbot.addWidget(window)
        window.open_initial(None)
        qtbot.waitUntil(lambda: window.session is not None, timeout=30000)
        assert window.session.plan().info.language is Language.JAPANESE
        window.close()
    finally:
        i18n.set_language("en")
