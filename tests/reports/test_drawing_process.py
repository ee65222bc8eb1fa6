"""The command line's second process: it draws the charts while the first lays the files
out, and when it fails the files are still written (or its error is the user's sentence). Run
in fresh interpreters: forking the test process, which holds Qt, is what the app never does."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from docx import Document
from pypdf import PdfReader

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="forks on Linux")

EXPORT = """
import os, signal, sys
from pathlib import Path
from ces_planner.services.document import PlanDocument
from ces_planner.services.drawing import DrawingProcess
from ces_planner.services.export import export_many
from ces_planner.domain.errors import CannotWrite, PlanError
import ces_planner.reports.charts as charts
import ces_planner.reports.writers as writers

plan, folder, how = sys.argv[1], Path(sys.argv[2]), sys.argv[3]
first = os.getpid()
drawn_by = []
original_render = charts.render_charts
def render(*args):
    if how == "refuses" and os.getpid() != first:  # an error with a sentence for the user
        raise CannotWrite(folder / "s.pdf", "the disk is full")
    drawn_by.append("first" if os.getpid() == first else "second")
    return original_render(*args)
charts.render_charts = render
if how == "fails to write":
    original_write = writers.write
    def write(fmt, *args):
        if fmt == "pdf":
            raise OSError(28, "No space left on device")
        original_write(fmt, *args)
    writers.write = write
helper = DrawingProcess.start()
if how == "killed":
    os.kill(helper.pid, signal.SIGKILL)
with helper, PlanDocument.open(plan, read_only=True) as document:
    try:
        export_many(document, [("docx", folder / "s.docx"), ("pdf", folder / "s.pdf")],
                    helper=helper)
    except PlanError as error:
        print(type(error).__name__, error.sentence())
print("second process:", helper.status)
print("charts drawn here:", drawn_by == ["first"])
"""


def _run(sample_file: Path, folder: Path, how: str) -> str:
    result = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(EXPORT), str(sample_file), str(folder), how],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def _complete(folder: Path) -> None:
    docx = Document(str(folder / "s.docx"))
    assert len(docx.inline_shapes) == 4  # every chart
    assert any(p.style.name == "Heading 1" for p in docx.paragraphs)
    pdf = PdfReader(folder / "s.pdf")
    text = "".join(page.extract_text() for page in pdf.pages)
    assert "Contact reasons" in text and "Action plan" in text
    images = sum(len(page.images) for page in pdf.pages)
    assert images == 4


def test_the_second_process_draws_and_the_first_writes_both_files(sample_file, tmp_path):
    out = _run(sample_file, tmp_path, "shares")
    assert "second process: 0" in out
    assert "charts drawn here: False" in out
    _complete(tmp_path)


def test_a_second_process_that_dies_leaves_the_charts_to_the_first(sample_file, tmp_path):
    out = _run(sample_file, tmp_path, "killed")
    assert "second process: -9" in out
    assert "charts drawn here: True" in out
    _complete(tmp_path)


def test_an_error_in_the_second_process_reaches_the_user_as_its_sentence(sample_file, tmp_path):
    out = _run(sample_file, tmp_path, "refuses")
    assert "CannotWrite" in out and "the disk is full" in out
    assert not list(tmp_path.glob("*s.docx*")) and not list(tmp_path.glob("*s.pdf*"))


def test_a_file_that_cannot_be_written_is_the_users_sentence_and_leaves_no_part(
    sample_file, tmp_path
):
    out = _run(sample_file, tmp_path, "fails to write")
    assert "DiskFull" in out and "The disk is full" in out
    assert not list(tmp_path.glob("*s.pdf*"))
    assert not list(tmp_path.glob("*s.docx*"))  # all the files go into place, or none


def test_cli_export_of_several_formats_through_the_entry_point(sample_file, tmp_path):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "ces_planner",
            "export",
            str(sample_file),
            "-o",
            str(tmp_path / "s.docx"),
            "-o",
            str(tmp_path / "s.pdf"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("Wrote") == 2
    _complete(tmp_path)
