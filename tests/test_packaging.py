"""The installed app is the one in the source tree: every package is listed for a regular
(non-editable) install, which the README's first line does."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_of_the_source_tree_is_installed():
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for init in (ROOT / "ces_planner").rglob("__init__.py")
    }
    assert found <= listed, sorted(found - listed)
