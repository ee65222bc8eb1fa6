"""Text laid out in a given width, as the app's matrix and the document's both name reasons."""

from __future__ import annotations

from collections.abc import Callable


def broken_into_lines(
    text: str, width: float, most: int, width_of: Callable[[str], float]
) -> list[str]:
    """``text`` in lines no wider than ``width`` (as ``width_of`` measures), broken between
    words, or anywhere in a word too long for a line (and in Japanese, which has no spaces);
    at most ``most`` lines, the last cut with "…" when the text does not fit."""
    lines: list[str] = []
    glue: list[str] = []  # what joins each line to the next in the text: a space, or nothing
    current = ""
    rest = text.split()
    while rest:
        word = rest.pop(0)
        joined = f"{current} {word}" if current else word
        if width_of(joined) <= width:
            current = joined
            continue
        if current:  # the word starts the next line
            lines.append(current)
            glue.append(" ")
            current = ""
            rest.insert(0, word)
            continue
        cut = 1  # as much of the word as the line holds, one character at least
        while cut < len(word) and width_of(word[: cut + 1]) <= width:
            cut += 1
        lines.append(word[:cut])
        glue.append("" if word[cut:] else " ")
        if word[cut:]:
            rest.insert(0, word[cut:])
    if current:
        lines.append(current)
    if len(lines) <= most:
        return lines
    last = lines[most - 1]
    for number in range(most, len(lines)):
        last += glue[number - 1] + lines[number]
    while last and width_of(last + "…") > width:
        last = last[:-1].rstrip()
    return [*lines[: most - 1], last + "…"]


def display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: two for each wide (East Asian) character."""
    import unicodedata

    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def aligned(rows: list[list[str]], figures: bool = True) -> list[str]:
    """Rows of cells as lines of text in columns, wide characters counted as two: the first
    column to the left, the others (``figures``) to the right, or every one to the left."""
    widths = [max(display_width(row[i]) for row in rows) for i in range(len(rows[0]))]
    lines = []
    for row in rows:
        cells = [
            cell + " " * (width - display_width(cell))
            if number == 0 or not figures
            else " " * (width - display_width(cell)) + cell
            for number, (cell, width) in enumerate(zip(row, widths, strict=True))
        ]
        lines.append("  ".join(cells).rstrip())
    return lines
