"""Every user-visible string has a Japanese translation, with the same placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))

import messages  # noqa: E402

PLACEHOLDER = re.compile(r"\{[^}]*\}")


def test_every_string_is_translated_into_japanese():
    missing = messages.missing("ja")
    assert missing == [], f"{len(missing)} strings lack a Japanese translation: {missing[:5]}"


def test_translations_keep_placeholders_and_mnemonics():
    from ces_planner.i18n import catalogue

    japanese = catalogue("ja")
    for source in messages.extract():
        translated = japanese[source]
        assert sorted(PLACEHOLDER.findall(source)) == sorted(PLACEHOLDER.findall(translated)), (
            source
        )
        if "&" in source and not source.startswith("<"):
            assert "&" in translated, source


def test_the_catalogue_compiles_with_qt_lrelease(tmp_path):
    from ces_planner.ui.translation import _lrelease

    tool = _lrelease()
    assert tool is not None and Path(tool).exists() or shutil.which(tool or "")
    result = subprocess.run(
        [tool, str(messages.TRANSLATIONS / "ces_planner_ja.ts"), "-qm", str(tmp_path / "ja.qm")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert "0 unfinished" in result.stdout


def test_the_cli_speaks_japanese_in_a_japanese_locale(capsys, sample_file, monkeypatch):
    from ces_planner import i18n
    from ces_planner.cli import main

    monkeypatch.delenv("CES_PLANNER_LANG")
    monkeypatch.setenv("LANG", "ja_JP.UTF-8")
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    try:
        assert main(["show", str(sample_file.parent / "missing.cesplan")]) == 2
        assert "というファイルはありません" in capsys.readouterr().err
    finally:
        i18n.set_language("en")


@pytest.mark.parametrize("text", ["Plan overview", "&File", "Workshop summary"])
def test_known_translations(text):
    from ces_planner.i18n import tr

    assert tr(text, language="ja") != text


def test_a_documents_language_holds_on_its_own_thread_only():
    """A Japanese document written on a worker thread leaves the rest of the program in its
    language (the app exports while its window keeps speaking the user's language)."""
    import threading

    from ces_planner.i18n import current_language, tr, using

    inside = threading.Event()
    leave = threading.Event()
    seen: list[str] = []

    def write_japanese() -> None:
        with using("ja"):
            seen.append(tr("Page {n}", n=1))
            inside.set()
            leave.wait(5)

    worker = threading.Thread(target=write_japanese)
    worker.start()
    inside.wait(5)
    try:
        assert current_language() == "en"
        assert tr("Page {n}", n=1) == "Page 1"
    finally:
        leave.set()
        worker.join()
    assert seen and seen[0] != "Page 1"


def test_days_and_moments_are_written_as_people_write_them():
    import datetime as dt

    from ces_planner.i18n import format_day, format_moment

    moment = dt.datetime(2026, 12, 1, 9, 5)
    assert format_moment(moment, "en") == "1 December 2026, 09:05"
    assert format_moment(moment, "ja") == "2026年12月1日 09:05"
    assert format_day("2026-12-01T23:59:00", "en") == "1 December 2026"
    assert format_day("2026-12-01", "ja") == "2026年12月1日"
