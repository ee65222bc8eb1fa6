import datetime as dt
import os
import re
import tempfile
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CES_PLANNER_LANG"] = "en"  # the tests read English messages, whatever the locale
# Backups of the plans the tests change go to a folder of the run's, not the user's.
os.environ.setdefault("XDG_DATA_HOME", tempfile.mkdtemp(prefix="ces-planner-tests-"))

from ces_planner.services.document import PlanDocument  # noqa: E402
from ces_planner.services.sample import create_sample  # noqa: E402

FIXED_NOW = dt.datetime(2026, 11, 23, 9, 30)
FIXTURES = Path(__file__).parent / "fixtures"


def fixed_clock() -> dt.datetime:
    return FIXED_NOW


def record_names(plan) -> list[str]:
    """The names of a plan's records that every document format must carry."""
    return (
        [s.name for s in plan.segments]
        + [r.name for r in plan.contact_reasons]
        + [c.name for c in plan.channels]
        + [x.name for x in plan.measures]
        + [i.title for i in plan.insights]
        + [a.title for a in plan.actions]
        + [q.question for q in plan.discussion]
    )


def squash(text: str) -> str:
    """Text without whitespace: PDF extraction breaks and joins lines where it likes."""
    return re.sub(r"\s+", "", text)


@pytest.fixture
def plan_path(tmp_path: Path) -> Path:
    return tmp_path / "plan.cesplan"


@pytest.fixture
def blank(plan_path: Path):
    document = PlanDocument.create(plan_path, clock=fixed_clock)
    yield document
    document.close()


@pytest.fixture(scope="session")
def sample_file(tmp_path_factory) -> Path:
    """One sample plan made per test run; copy it before changing it."""
    path = tmp_path_factory.mktemp("sample") / "sample.cesplan"
    create_sample(path, clock=fixed_clock).close()
    return path


@pytest.fixture(scope="session")
def sample_file_without_log(tmp_path_factory) -> Path:
    """The sample plan without its contact log (a plan with records and no evidence)."""
    path = tmp_path_factory.mktemp("sample") / "sample without log.cesplan"
    create_sample(path, clock=fixed_clock, contact_log=False).close()
    return path


def _opened_copy(source: Path, folder: Path):
    copy = folder / "sample.cesplan"
    copy.write_bytes(source.read_bytes())
    document = PlanDocument.open(copy, clock=fixed_clock)
    yield document
    document.close()


@pytest.fixture
def sample(sample_file: Path, tmp_path: Path):
    yield from _opened_copy(sample_file, tmp_path)


@pytest.fixture
def sample_without_log(sample_file_without_log: Path, tmp_path: Path):
    yield from _opened_copy(sample_file_without_log, tmp_path)
