"""What an edit is called in Edit › Undo, in the language the app shows now.

An undo text is kept for as long as the edit can be undone, and the app's language can change
meanwhile (Edit › Preferences): each is kept as its English words and the names that fill them,
and said again in the new language when it changes. A name is either a record's name as the
user typed it (kept as it is) or a :class:`Term` of the app (a table's noun, a column's header),
which is translated again too.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

CONTEXT = "Undo"  # tools/messages.py finds UndoText("...") under it


class Term(str):
    """A word of the app, translated, that can be translated again."""

    context: str
    source: str

    def __new__(cls, context: str, source: str) -> Term:
        term = super().__new__(cls, QCoreApplication.translate(context, source))
        term.context, term.source = context, source
        return term

    def again(self) -> str:
        return QCoreApplication.translate(self.context, self.source)


class UndoText:
    """``words`` ("Add {0}") with ``names`` filling {0}, {1}..., said in the current language
    each time it is turned into a string."""

    __slots__ = ("names", "words")

    def __init__(self, words: str, *names: str) -> None:
        self.words = words
        self.names = names

    def __str__(self) -> str:
        text = QCoreApplication.translate(CONTEXT, self.words)
        for number, name in enumerate(self.names):
            said = name.again() if isinstance(name, Term) else name
            text = text.replace(f"{{{number}}}", said)
        return text

    def __repr__(self) -> str:
        return f"UndoText({self.words!r}, {', '.join(map(repr, self.names))})"
