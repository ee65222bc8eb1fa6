"""Files that are not what their name says get one sentence and never a hang, a traceback
or a change: a pipe named like a plan, links that lead nowhere, broken spreadsheets."""

from __future__ import annotations

import os
import shutil
import zipfile

import pytest

from ces_planner.cli import main


def run(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def one_sentence(err: str) -> bool:
    return err.startswith("ces-planner: ") and err.count("\n") == 1 and "Traceback" not in err


@pytest.mark.parametrize("command", [["show"], ["check"], ["actions"], ["evidence"], ["export",
                                     "-o", "out.pdf"]])  # fmt: skip
def test_a_pipe_named_like_a_plan_is_refused_at_once(tmp_path, capsys, command):
    pipe = tmp_path / "x.cesplan"
    os.mkfifo(pipe)  # opening it for reading would wait for a writer for ever
    code, _out, err = run(capsys, command[0], pipe, *command[1:])
    assert code == 2 and one_sentence(err) and "not a CES Planner plan" in err


def test_a_link_that_leads_nowhere_is_not_replaced_by_new(tmp_path, capsys):
    link = tmp_path / "plan.cesplan"
    link.symlink_to(tmp_path / "gone" / "plan.cesplan")
    code, _out, err = run(capsys, "new", link)
    assert code == 2 and one_sentence(err) and "link to a file that does not exist" in err
    assert link.is_symlink()
    code, _out, err = run(capsys, "show", link)
    assert code == 2 and one_sentence(err)


def test_a_loop_of_links_is_a_sentence(tmp_path, capsys):
    first, second = tmp_path / "a.cesplan", tmp_path / "b.cesplan"
    first.symlink_to(second)
    second.symlink_to(first)
    code, _out, err = run(capsys, "show", first)
    assert code == 2 and one_sentence(err) and "Cannot write" not in err


def broken_workbooks(folder):
    """Spreadsheets as they come broken: not a zip, cut short, bad XML, no sheet."""
    made = {}
    made["not a zip"] = folder / "not_zip.xlsx"
    made["not a zip"].write_bytes(b"this is not a workbook")
    whole = folder / "whole.xlsx"
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["Start", "Channel", "Reason"])
    book.active.append(["2026-11-02 09:00", "Phone", "Billing"])
    book.save(whole)
    made["cut short"] = folder / "cut.xlsx"
    made["cut short"].write_bytes(whole.read_bytes()[: whole.stat().st_size // 2])
    made["bad xml"] = folder / "bad_xml.xlsx"
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(made["bad xml"], "w") as target:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.startswith("xl/worksheets/"):
                data = data[: len(data) // 2] + b"\x01<<"
            target.writestr(item, data)
    made["unknown compression"] = folder / "unknown_method.xlsx"
    data = bytearray(whole.read_bytes())
    for signature, at in ((b"PK\x03\x04", 8), (b"PK\x01\x02", 10)):  # each part's method
        start = data.find(signature)
        while start != -1:
            data[start + at : start + at + 2] = (99).to_bytes(2, "little")
            start = data.find(signature, start + 4)
    made["unknown compression"].write_bytes(bytes(data))
    made["no sheet"] = folder / "no_sheet.xlsx"
    with zipfile.ZipFile(whole) as source, zipfile.ZipFile(made["no sheet"], "w") as target:
        for item in source.infolist():
            if not item.filename.startswith("xl/worksheets/"):
                target.writestr(item, source.read(item))
    return made


@pytest.mark.parametrize("kind", ["not a zip", "cut short", "bad xml", "unknown compression",
                                  "no sheet"])  # fmt: skip
def test_a_broken_spreadsheet_is_a_sentence_and_changes_nothing(tmp_path, capsys, sample_file,
                                                                 kind):  # fmt: skip
    plan = tmp_path / "plan.cesplan"
    shutil.copy(sample_file, plan)
    before = plan.read_bytes()
    workbook = broken_workbooks(tmp_path)[kind]
    for command in (["import-contacts", plan, workbook], ["actions", plan, "--import", workbook]):
        code, _out, err = run(capsys, *command)
        assert code == 2 and one_sentence(err), (kind, command[0], err)
        assert "unexpected" not in err, (kind, command[0], err)
    assert plan.read_bytes() == before


def test_a_csv_field_longer_than_any_real_one_is_a_sentence(tmp_path, capsys, sample_file):
    plan = tmp_path / "plan.cesplan"
    shutil.copy(sample_file, plan)
    actions = tmp_path / "actions.csv"
    actions.write_text("id,title,owner,due,status\n," + "x" * 200_000 + ",,,\n", encoding="utf-8")
    code, _out, err = run(capsys, "actions", plan, "--import", actions)
    assert code in (0, 2) and "unexpected" not in err and "Traceback" not in err


def test_a_log_of_one_endless_line_is_refused_without_reading_it_whole(
    tmp_path, capsys, sample_file
):
    plan = tmp_path / "plan.cesplan"
    shutil.copy(sample_file, plan)
    log = tmp_path / "one_line.csv"
    log.write_text("Start,Channel,Reason\n2026-11-02 09:00,Phone," + "x" * 20_000_000 + "\n")
    before = plan.read_bytes()
    code, _out, err = run(capsys, "import-contacts", plan, log)
    assert code == 2 and one_sentence(err) and "runs on for more than" in err
    assert plan.read_bytes() == before


def test_a_killed_imports_working_folder_is_swept_by_a_later_import(
    tmp_path, capsys, sample_file, monkeypatch
):
    import tempfile
    import time

    monkeypatch.setenv("TMPDIR", str(tmp_path))
    monkeypatch.setattr(tempfile, "tempdir", None)  # read TMPDIR again
    left = tmp_path / "ces-import-left-by-a-kill"
    left.mkdir()
    (left / "log-xlsx.csv").write_text("a,b\n")
    day_ago = time.time() - 2 * 24 * 3600
    os.utime(left, (day_ago, day_ago))
    plan = tmp_path / "plan.cesplan"
    shutil.copy(sample_file, plan)
    log = tmp_path / "log.csv"
    log.write_text("Start,Channel,Reason\n2026-11-02 09:00,Phone,Billing\n", encoding="utf-8")
    assert run(capsys, "import-contacts", plan, log)[0] == 0
    assert not left.exists()
    assert not list(tmp_path.glob("ces-import-*"))  # its own went too


def rewritten(workbook, target, change):
    """A copy of ``workbook`` whose worksheet XML is passed through ``change``."""
    with zipfile.ZipFile(workbook) as source, zipfile.ZipFile(target, "w") as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename.startswith("xl/worksheets/"):
                data = change(data)
            out.writestr(item, data, zipfile.ZIP_DEFLATED)
    return target


def refused_by_both_imports(capsys, plan, workbook, words):
    before = plan.read_bytes()
    for command in (["import-contacts", plan, workbook], ["actions", plan, "--import", workbook]):
        code, _out, err = run(capsys, *command)
        assert code == 2 and one_sentence(err) and words in err, (command[0], err)
    assert plan.read_bytes() == before


def test_a_workbook_that_unpacks_past_the_limit_is_refused_before_it_is_read(
    tmp_path, capsys, sample_file, monkeypatch
):
    from ces_planner.analysis import contacts
    from ces_planner.services import actions

    monkeypatch.setattr(contacts, "ZIP_LIMIT_BYTES", 1_000_000)
    monkeypatch.setattr(actions, "ACTIONS_FILE_LIMIT_BYTES", 1_000_000)
    plan = tmp_path / "plan.cesplan"
    shutil.copy(sample_file, plan)
    whole = broken_workbooks(tmp_path)["cut short"].with_name("whole.xlsx")
    padding = b"<!--" + b" " * 3_000_000 + b"-->"  # compresses to a few kilobytes
    bomb = rewritten(whole, tmp_path / "bomb.xlsx", lambda data: padding + data)
    assert bomb.stat().st_size < 100_000
    refused_by_both_imports(capsys, plan, bomb, "would unpack to 3 MB")


def test_a_sheet_larger_than_excel_makes_is_refused(tmp_path, capsys, sample_file, monkeypatch):
    plan = tmp_path / "plan.cesplan"
    shutil.copy(sample_file, plan)
    whole = broken_workbooks(tmp_path)["cut short"].with_name("whole.xlsx")
    stated = rewritten(whole, tmp_path / "stated.xlsx",
                       lambda data: data.replace(b'ref="A1:C2"', b'ref="A1:C2000000"'))  # fmt: skip
    refused_by_both_imports(capsys, plan, stated, "larger than Excel makes")
    # A sheet that states no size, or a false one, is counted as it is read.
    from ces_planner.analysis import workbooks

    monkeypatch.setattr(workbooks, "EXCEL_ROWS", 1)
    refused_by_both_imports(capsys, plan, whole, "larger than Excel makes")
