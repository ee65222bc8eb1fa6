import shutil

from PySide6.QtCore import QSettings
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QLabel

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
    settings = S.Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    settings.set(S.LANGUAGE, "ja")
    app = QApplication.instance()
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


def _back_to_english(window: MainWindow) -> None:
    """Undo a test's switch to Japanese for the tests after it (the translators are the
    application's)."""
    from ces_planner.ui.translation import switch_language

    window.settings.set(S.LANGUAGE, "en")
    switch_language(QApplication.instance(), window.settings)


def test_the_language_changes_at_once_and_the_plan_stays_as_it_was(open_window, qtbot):
    """Edit › Preferences: a new language remakes the menus and pages in it straight away; the
    page shown, the undo history and the evidence carry on."""
    from ces_planner.domain.readiness import Section
    from ces_planner.ui import translation
    from ces_planner.ui.pages.base import Page

    window = open_window()
    window.show()
    window.navigator.setCurrentRow(3)
    evidence = window._pages.evidence()
    page = window.current_page()
    assert page.section is Section.CONTACT_REASONS
    plan = window.session.plan()
    window.session.set_area_notes("contact_reasons", "Before the switch")
    matrix = page.splitters[-1]  # the matrix above the table, as the user sized it
    matrix.setSizes([sum(matrix.sizes()) - 150, 150])
    sized = matrix.sizes()
    try:
        window.settings.set(S.LANGUAGE, "ja")
        window.retranslate()
        assert window.menuBar().actions()[0].text() == "ファイル(&F)"
        assert window.navigator.item(0).text() == "プランの概要"
        assert window.navigator.currentRow() == 3
        shown = window.current_page()
        assert shown is not page and shown.section is Section.CONTACT_REASONS
        assert shown.findChild(QLabel, "pageTitle").text() == "問い合わせ理由"
        assert shown.splitters[-1].sizes() == sized
        assert window._pages.evidence_state is evidence  # not computed again
        assert window.undo_action.isEnabled()
        window.undo_action.trigger()
        assert window.session.plan().area_notes == plan.area_notes  # undone after the switch
        made = len(window.pages)  # every page, made now in Japanese; the English ones go
        qtbot.waitUntil(lambda: len(window.findChildren(Page)) == made)
        window.settings.set(S.LANGUAGE, "en")
        window.retranslate()
        assert window.menuBar().actions()[0].text() == "&File"
        assert window.navigator.item(3).text() == "3. Contact reasons"
        assert translation.active == []
    finally:
        _back_to_english(window)
        window.close()


def test_the_undo_history_follows_the_language(open_window):
    """Edits named in English (a table's cell, a step of two edits) are named in Japanese in
    Edit › Undo once the language changes, and in English again after; names typed by the
    user stay as they were."""
    from ces_planner.domain.model import Person
    from ces_planner.domain.readiness import Section
    from ces_planner.ui.undo_text import UndoText

    window = open_window()
    session = window.session
    window.navigator.setCurrentRow(3)
    table = window.current_page().editor.model
    reason = session.plan().contact_reasons[0]
    fields = [column.field for column in table.spec.columns]
    assert table.setData(table.index(0, 0), "Bills gone astray")  # a name: "Rename …"
    value = table.index(0, fields.index("value_to_customer"))
    assert table.setData(value, 5 if reason.value_to_customer != 5 else 4)  # "Edit … of …"
    owner = table.index(0, fields.index("owner_id"))
    assert table.set_person(owner, "Kenji Sato")  # a new owner: a step of two
    with session.together(UndoText("Add {0} as owner", "Aiko")):
        session.add(Person("Aiko"))
    stack = session.undo_stack
    english = [stack.text(i) for i in range(stack.count())]
    assert english == [
        "Rename contact reason",
        "Edit Value to customer of contact reason",
        "Add Kenji Sato as owner",
        "Add Aiko as owner",
    ]
    try:
        window.settings.set(S.LANGUAGE, "ja")
        window.retranslate()
        assert [stack.text(i) for i in range(stack.count())] == [
            "問い合わせ理由の名前を変更",
            "問い合わせ理由の顧客価値を編集",
            "Kenji Sato を担当者として追加",
            "Aiko を担当者として追加",
        ]
        assert window.undo_action.text() == "元に戻す: Aiko を担当者として追加(&U)"
        for _step in range(4):
            window.undo_action.trigger()
        assert session.plan().contact_reasons[0] == reason
        window.settings.set(S.LANGUAGE, "en")
        window.retranslate()
        assert [stack.text(i) for i in range(stack.count())] == english
        assert window.current_page().section is Section.CONTACT_REASONS
    finally:
        _back_to_english(window)


def test_the_words_of_steps_gone_from_the_history_are_not_kept(open_window):
    """A step of several edits keeps its words (to name it again in another language) for as
    long as it is in the history: steps undone and then replaced by a new edit leave it."""
    from ces_planner.domain.model import Person
    from ces_planner.ui.undo_text import UndoText

    window = open_window()
    session = window.session
    for name in ("Aiko", "Kenji", "Mei"):
        with session.together(UndoText("Add {0} as owner", name)):
            session.add(Person(name))
    assert len(session._steps) == 3
    session.undo_stack.undo()
    session.undo_stack.undo()
    with session.together(UndoText("Add {0} as owner", "Ren")):
        session.add(Person("Ren"))  # Kenji's and Mei's steps leave the history
    assert len(session._steps) == 2
    session.undo_stack.undo()
    session.add(Person("Sora"), None, UndoText("Add person"))  # one edit: Ren's step leaves
    assert len(session._steps) == 1
    session.retranslate_history()
    stack = session.undo_stack
    assert [stack.text(i) for i in range(stack.count())] == [
        "Add Aiko as owner",
        "Add person",
    ]
