"""The app in the user's language: Qt translations compiled from the shared .ts catalogue, and
the bundled Japanese font registered so Japanese never shows as empty boxes."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from ces_planner import APP_NAME, i18n
from ces_planner.ui import settings as S

active: list[QTranslator] = []  # the installed translators
_fonts_registered = False


def choose_language(settings: S.Settings) -> str:
    """The language setting, or the system's when it is not set."""
    chosen = settings.get(S.LANGUAGE)
    if chosen in i18n.LANGUAGES:
        return str(chosen)
    return "ja" if QLocale.system().name().lower().startswith("ja") else "en"


def _lrelease() -> str | None:
    import shutil

    import PySide6

    folder = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (folder / name).is_file():
            return str(folder / name)
    return shutil.which("pyside6-lrelease")


def compiled_translations(language: str) -> Path | None:
    """The .qm for ``language``, compiled with Qt's lrelease from the shipped .ts on first use
    (and again whenever the .ts changes)."""
    from importlib import resources

    import platformdirs

    ts = resources.files("ces_planner.resources").joinpath(
        f"translations/ces_planner_{language}.ts"
    )
    if not ts.is_file():
        return None
    import hashlib
    import subprocess

    source = ts.read_bytes()
    digest = hashlib.sha256(source).hexdigest()[:12]
    folder = platformdirs.user_cache_path(APP_NAME, appauthor=False) / "translations"
    target = folder / f"ces_planner_{language}-{digest}.qm"
    if target.is_file():
        return target
    tool = _lrelease()
    if tool is None:
        return None
    folder.mkdir(parents=True, exist_ok=True)
    with resources.as_file(ts) as ts_path:
        result = subprocess.run(
            [tool, "-silent", str(ts_path), "-qm", str(target)], capture_output=True, check=False
        )
    return target if result.returncode == 0 and target.is_file() else None


def load_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Our catalogue, compiled to .qm, and Qt's own (standard buttons and dialogs)."""
    from PySide6.QtCore import QLibraryInfo  # not for an English window (its type: ~0.3 ms)

    installed = []
    ours = QTranslator(app)  # owned by the app, so it lives as long
    path = compiled_translations(language)
    if path is not None and ours.load(str(path)):
        app.installTranslator(ours)
        installed.append(ours)
    qt = QTranslator(app)
    if qt.load(
        QLocale(language),
        "qtbase",
        "_",
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
    ):
        app.installTranslator(qt)
        installed.append(qt)
    return installed


def register_fonts(app: QApplication | None = None) -> None:
    """Make the bundled IPAexGothic available and the fallback for Japanese text (once)."""
    global _fonts_registered
    app = app or QApplication.instance()  # type: ignore[assignment]
    if _fonts_registered or app is None:
        return
    _fonts_registered = True
    from PySide6.QtGui import QFont, QFontDatabase

    from ces_planner.reports.charts import JAPANESE_FONT_NAME, japanese_font_path

    path = japanese_font_path()
    if path is None:
        return
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        return
    font = QFont(app.font())
    font.setFamilies([*font.families(), JAPANESE_FONT_NAME])
    app.setFont(font)


def switch_language(app: QApplication, settings: S.Settings) -> str:
    """Replace the installed translators with those of the language now chosen (Qt then sends
    every widget a LanguageChange); returns the language."""
    global active
    for translator in active:
        app.removeTranslator(translator)
        translator.deleteLater()
    active = []
    return install(app, settings)


def install(app: QApplication, settings: S.Settings) -> str:
    """Choose the language and install its translator; returns the language. The Japanese font
    is registered now for a Japanese window; otherwise when a Japanese plan opens, or just
    after the window is drawn (reading the font costs the start ~5 ms)."""
    language = choose_language(settings)
    i18n.set_language(language)
    global active
    if language != i18n.SOURCE_LANGUAGE:
        active = load_translators(app, language)
        register_fonts(app)
    return language
