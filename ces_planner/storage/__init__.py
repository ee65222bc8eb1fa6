"""Plan files: SQLite through SQLAlchemy for edits, sqlite3 alone for reading."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import Any


class _Deferred(ModuleType):
    """Stands for a module until one of its attributes is used, then imports it for real.

    Unlike the standard library's LazyLoader (not thread-safe before Python 3.12), the real
    import goes through the import system's locks: two threads using it first at the same
    moment both get the whole module.
    """

    def __getattr__(self, attribute: str) -> Any:
        return getattr(importlib.import_module(self.__name__), attribute)


def lazy_module(name: str) -> ModuleType:
    """The module ``name``, imported on first use of one of its attributes."""
    return _Deferred(name)
