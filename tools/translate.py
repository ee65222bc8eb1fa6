"""Set translations in a .ts file from the command line (for small additions).

python tools/translate.py ja "Source text" "翻訳" ["Source 2" "翻訳 2" ...]
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET

from messages import TRANSLATIONS

if __name__ == "__main__":
    language, *pairs = sys.argv[1:]
    path = TRANSLATIONS / f"ces_planner_{language}.ts"
    root = ET.parse(path).getroot()
    wanted = dict(zip(pairs[::2], pairs[1::2], strict=True))
    done = set()
    for message in root.iter("message"):
        source = message.findtext("source")
        translation = message.find("translation")
        if source in wanted and translation is not None:
            translation.text = wanted[source]
            translation.attrib.pop("type", None)
            done.add(source)
    wanted = {k: v for k, v in wanted.items() if k not in done}
    if wanted:
        sys.exit(f"not in the catalogue (run tools/messages.py first): {list(wanted)}")
    ET.indent(root)
    path.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n'
        + ET.tostring(root, encoding="unicode")
        + "\n",
        encoding="utf-8",
    )
