"""Find every user-visible string and keep resources/translations/*.ts up to date.

    python tools/messages.py          # add new strings to the .ts files (existing kept)
    python tools/messages.py --check  # exit 1 listing strings without a translation

Strings are found in calls to ``tr("...")`` (the shared catalogue and Qt's ``self.tr``),
``QCoreApplication.translate("Context", "...")``, the ``_t("...")`` helpers, ``N_("...")``
(marked now, translated where shown) and ``UndoText("...")`` (the names of undoable edits).
One catalogue serves the window, the CLI and documents.
"""

from __future__ import annotations

import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "ces_planner"
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("ja",)
MARKERS = {"tr", "_t", "N_"}


def _string(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        left, right = _string(node.left), _string(node.right)
        return left + right if left is not None and right is not None else None
    return None


# Contexts of the _t() helpers: they call QCoreApplication.translate with these.
HELPER_CONTEXTS = {"guidance.py": "Guidance", "specs.py": "Tables"}
SHARED = "ces_planner"  # the shared catalogue (CLI, documents, labels)


def extract() -> dict[str, str]:
    """Source text -> "file:line" of its first use."""
    return {text: where for text, (where, _contexts) in extract_with_contexts().items()}


def _enclosing_classes(tree: ast.AST) -> dict[ast.AST, str]:
    """Each node -> the name of the innermost class around it (SHARED outside classes)."""
    classes: dict[ast.AST, str] = {}
    pending = [(tree, SHARED)]
    while pending:
        node, name = pending.pop()
        for child in ast.iter_child_nodes(node):
            inner = child.name if isinstance(child, ast.ClassDef) else name
            classes[child] = inner
            pending.append((child, inner))
    return classes


def extract_with_contexts() -> dict[str, tuple[str, set[str]]]:
    """Source text -> ("file:line" of first use, the Qt contexts that look it up).

    ``self.tr`` looks up the calling class (PySide then tries its base classes);
    ``translate("Ctx", ...)`` names its context; ``tr``/``N_`` belong to the shared catalogue.
    """
    found: dict[str, tuple[str, set[str]]] = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        classes = _enclosing_classes(tree)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if name == "translate" and len(node.args) >= 2:
                text, context = _string(node.args[1]), _string(node.args[0]) or SHARED
            elif (
                name == "tr"
                and isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id == "self"
            ):
                text, context = _string(node.args[0]), classes.get(node, SHARED)
            elif name == "UndoText":  # ces_planner/ui/undo_text.py
                text, context = _string(node.args[0]), "Undo"
            elif name == "_t":
                text, context = _string(node.args[0]), HELPER_CONTEXTS.get(path.name, SHARED)
            elif name in MARKERS:
                text, context = _string(node.args[0]), SHARED
            else:
                continue
            if text and text.strip():
                where, contexts = found.setdefault(
                    text, (f"{path.relative_to(ROOT)}:{node.lineno}", set())
                )
                contexts.add(context)
    return found


def load(language: str) -> dict[str, str]:
    """Source -> translation of the existing .ts (any context); empty for new files."""
    path = TRANSLATIONS / f"ces_planner_{language}.ts"
    if not path.exists():
        return {}
    found: dict[str, str] = {}
    for message in ET.parse(path).getroot().iter("message"):
        translation = message.find("translation")
        if translation is not None and translation.get("type") != "unfinished":
            found[message.findtext("source") or ""] = translation.text or ""
    return found


def update() -> None:
    """Rewrite each .ts as Qt Linguist would lay it out: one context per class, translations
    kept, new strings marked unfinished, strings no longer used dropped."""
    strings = extract_with_contexts()
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    for language in LANGUAGES:
        known = load(language)
        root = ET.Element("TS", version="2.1", language=language)
        by_context: dict[str, list[str]] = {}
        for text, (_where, contexts) in strings.items():
            for context in sorted(contexts):
                by_context.setdefault(context, []).append(text)
        for context in sorted(by_context):
            element = ET.SubElement(root, "context")
            ET.SubElement(element, "name").text = context
            for text in by_context[context]:
                where = strings[text][0]
                message = ET.SubElement(element, "message")
                file, line = where.rsplit(":", 1)
                ET.SubElement(message, "location", filename=file, line=line)
                ET.SubElement(message, "source").text = text
                translation = ET.SubElement(message, "translation")
                if text in known and known[text].strip():
                    translation.text = known[text]
                else:
                    translation.set("type", "unfinished")
        ET.indent(root)
        body = ET.tostring(root, encoding="unicode")
        (TRANSLATIONS / f"ces_planner_{language}.ts").write_text(
            '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
            encoding="utf-8",
        )


def missing(language: str) -> list[str]:
    known = load(language)
    return [text for text in extract() if not known.get(text, "").strip()]


if __name__ == "__main__":
    if "--check" in sys.argv:
        gaps = [text for language in LANGUAGES for text in missing(language)]
        for text in gaps:
            print(text)
        sys.exit(1 if gaps else 0)
    update()
