"""Settings declared once, with their type and default, and read through that declaration."""

from __future__ import annotations

from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from ces_planner import APP_NAME

T = TypeVar("T")


class Setting(NamedTuple, Generic[T]):
    """One setting: where it is stored and its value when it was never set."""

    key: str
    default: T


LAST_PLAN = Setting("documents/last_plan", "")
RECENT_PLANS: Setting[list[str]] = Setting("documents/recent", [])
WINDOW_GEOMETRY = Setting("window/geometry", QByteArray())
WINDOW_STATE = Setting("window/state", QByteArray())  # the navigator and page splitter
LANGUAGE = Setting("ui/language", "")  # "" follows the system locale
GUIDANCE_VISIBLE = Setting("ui/guidance_visible", True)

MAX_RECENT = 8


def page_layout(page: str, number: int) -> Setting[QByteArray]:
    """The sizes of a page's ``number``th splitter, as the user left them."""
    return Setting(f"layout/{page}/{number}", QByteArray())


class Settings:
    """The app's settings in one readable INI file."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self._store = qsettings or QSettings(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME
        )

    def get(self, setting: Setting[T]) -> T:
        value: Any = self._store.value(setting.key, setting.default)
        default = setting.default
        if isinstance(default, bool):
            return (value in (True, "true", "1", 1)) if not isinstance(value, bool) else value  # type: ignore[return-value]
        if isinstance(default, list):
            if value in (None, ""):
                return []  # type: ignore[return-value]
            return list(value) if isinstance(value, list | tuple) else [value]  # type: ignore[return-value]
        return value  # type: ignore[no-any-return]

    def set(self, setting: Setting[T], value: T) -> None:
        self._store.setValue(setting.key, value)

    def remember_plan(self, path: str) -> None:
        """Put ``path`` first among the recent plans; nothing is written when it already is
        (reopening the last plan at start-up then costs no write to disk)."""
        before = self.get(RECENT_PLANS)
        recent = [path, *(p for p in before if p != path)][:MAX_RECENT]
        if recent != before:
            self.set(RECENT_PLANS, recent)
        if self.get(LAST_PLAN) != path:
            self.set(LAST_PLAN, path)

    def sync(self) -> None:
        self._store.sync()
