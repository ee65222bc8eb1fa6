import dataclasses
import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from ces_planner.domain import model as m
from ces_planner.domain.errors import (
    NotAPlan,
    PlanCorrupt,
    PlanExists,
    PlanLocked,
    PlanMissing,
    PlanReadOnly,
    PlanTooNew,
)
from ces_planner.services.document import PlanDocument
from ces_planner.storage.migrations import APPLICATION_ID, SCHEMA_VERSION
from ces_planner.storage.planfile import PlanFile
from tests.conftest import FIXTURES, fixed_clock


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def siblings(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p != path)


def test_every_field_round_trips_through_the_file(plan_path):
    with PlanDocument.create(plan_path, clock=fixed_clock) as doc:
        doc.set_info(
            m.PlanInfo(
                title="Strategy 2027",
                organisation="Harbour Water",
                author="Ana Ruiz",
                language=m.Language.JAPANESE,
                strategy_alignment="Trusted water for all",
                executive_summary='Summary with 日本語 and "quotes"',
                created_at=dt.datetime(2026, 1, 2, 3, 4, 5),
            )
        )
        ana = doc.add(m.Person("Ana Ruiz", "Head of service", "ana@example.org"))
        phone = doc.add(
            m.Channel(
                "Phone",
                m.ChannelKind.PHONE,
                m.ChannelStatus.CURRENT,
                "Freephone",
                (),
                "good fit",
                None,
            )
        )
        app = doc.add(
            m.Channel(
                "App",
                m.ChannelKind.SELF_SERVICE,
                m.ChannelStatus.PLANNED,
                "",
                (),
                "",
                dt.date(2027, 4, 1),
            )
        )
        seg = doc.add(
            m.Segment(
                "Households",
                "desc",
                "traits",
                "prefs",
                (app.id, phone.id),
                42.5,
                m.Tier.PREMIUM,
                "promise",
                "learn",
            )
        )
        doc.update(dataclasses.replace(phone, segment_ids=(seg.id,)))
        doc.add(m.ContactReason("Leak", "d", m.ReasonCategory.REVENUE, 5, 2, "rc", "tr", ana.id))
        doc.add(m.OpeningWindow(phone.id, 6, 1320, 120))
        doc.add(m.HoursException(dt.date(2026, 12, 25), None, None, None, "Christmas"))
        doc.add(m.HoursException(dt.date(2026, 12, 26), phone.id, 600, 960, "Short day"))
        doc.add(
            m.Measure(
                "CSAT", "def", "%", m.Direction.LOWER_IS_BETTER, 71.5, 80.25, dt.date(2027, 6, 30)
            )
        )
        doc.add(m.Insight("Title", "obs", "ev", "Billing", m.InsightStatus.ADOPTED))
        doc.add(m.DiscussionQuestion("Our own question?", "notes", "decisions"))
        doc.add(
            m.Action(
                "Do it",
                ana.id,
                dt.date(2027, 1, 15),
                m.ActionStatus.IN_PROGRESS,
                m.Area.HOURS,
                m.ActionOrigin.WORKSHOP,
                "notes",
            )
        )
        doc.set_area_notes("segments", "Notes about segments")
        written = doc.plan()
    with PlanDocument.open(plan_path, read_only=True) as again:
        read = again.plan()
    assert read == written
    assert read.info.language is m.Language.JAPANESE
    assert read.segments[0].preferred_channel_ids == (app.id, phone.id)
    assert read.channels[0].segment_ids == (seg.id,)
    assert read.measures[0].target == 80.25
    assert read.area_notes == {"segments": "Notes about segments"}
    assert read.info.updated_at == fixed_clock()


def test_file_is_whole_after_close_with_no_journal_beside_it(plan_path):
    with PlanDocument.create(plan_path) as doc:
        doc.add(m.Segment("A"))
        assert not (plan_path.parent / (plan_path.name + "-wal")).exists()
    assert siblings(plan_path) == []
    with sqlite3.connect(plan_path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_create_refuses_to_overwrite_without_force(plan_path):
    PlanDocument.create(plan_path).close()
    before = digest(plan_path)
    with pytest.raises(PlanExists):
        PlanDocument.create(plan_path)
    assert digest(plan_path) == before
    PlanDocument.create(plan_path, force=True).close()


@pytest.mark.parametrize("kind", ["text", "empty", "foreign_sqlite", "truncated", "too_new"])
def test_bad_files_are_refused_and_left_byte_identical(tmp_path, sample_file, kind):
    path = tmp_path / "bad.cesplan"
    if kind == "text":
        path.write_text("Minutes of the meeting\n")
        expected = NotAPlan
    elif kind == "empty":
        path.write_bytes(b"")
        expected = NotAPlan
    elif kind == "foreign_sqlite":
        with sqlite3.connect(path) as db:
            db.execute("CREATE TABLE songs (title TEXT)")
        expected = NotAPlan
    elif kind == "truncated":
        data = sample_file.read_bytes()
        path.write_bytes(data[: len(data) // 2])
        expected = PlanCorrupt
    else:
        shutil.copy(sample_file, path)
        with sqlite3.connect(path) as db:
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        expected = PlanTooNew
    before = digest(path)
    for read_only in (False, True):
        with pytest.raises(expected) as caught:
            PlanDocument.open(path, read_only=read_only)
        sentence = caught.value.sentence()
        assert "bad.cesplan" in sentence and sentence.endswith(".")
        assert "\n" not in sentence
    assert digest(path) == before
    assert siblings(path) == []


def test_corruption_inside_pages_is_found(tmp_path, sample_file):
    path = tmp_path / "damaged.cesplan"
    data = bytearray(sample_file.read_bytes())
    page = 4096
    data[page * 3 : page * 3 + 200] = b"\xff" * 200  # scribble over a table page
    path.write_bytes(bytes(data))
    before = digest(path)
    with pytest.raises((PlanCorrupt, NotAPlan)):
        PlanDocument.open(path)
    assert digest(path) == before


def test_missing_path(tmp_path):
    with pytest.raises(PlanMissing) as caught:
        PlanDocument.open(tmp_path / "nowhere.cesplan")
    assert "nowhere.cesplan" in caught.value.sentence()


def test_read_only_file_opens_read_only_and_refuses_edits(tmp_path, sample_file):
    path = tmp_path / "ro.cesplan"
    shutil.copy(sample_file, path)
    path.chmod(stat.S_IRUSR | stat.S_IRGRP)
    before = digest(path)
    try:
        with PlanDocument.open(path) as doc:
            assert doc.read_only
            assert doc.plan().info.title
            with pytest.raises(PlanReadOnly) as caught:
                doc.add(m.Segment("New"))
            assert "read-only" in caught.value.sentence()
        assert digest(path) == before
        assert siblings(path) == []
    finally:
        path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def test_second_writer_is_refused_while_readers_are_welcome(sample):
    with pytest.raises(PlanLocked) as caught:
        PlanDocument.open(sample.path)
    assert "already open" in caught.value.sentence()
    with PlanDocument.open(sample.path, read_only=True) as reader:
        assert reader.plan().segments


def _holder(path: Path, then: str) -> subprocess.Popen:  # type: ignore[type-arg]
    """Another process that opens the plan for editing, then runs ``then``."""
    return subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import os,sys,time; from ces_planner.storage.planfile import PlanFile; "
            f"PlanFile.open(sys.argv[1]); {then}",
            str(path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )


def test_lock_of_another_process_blocks_until_it_exits(tmp_path, sample_file):
    path = tmp_path / "shared.cesplan"
    shutil.copy(sample_file, path)
    holder = _holder(path, "print('ready', flush=True); time.sleep(60)")
    try:
        assert holder.stdout.readline().strip() == "ready"
        with pytest.raises(PlanLocked):
            PlanFile.open(path)
    finally:
        holder.kill()
        holder.wait()
    # The holder died without closing: its lock is stale and is taken over.
    assert (tmp_path / "shared.cesplan.lock").exists()
    PlanFile.open(path).close()
    assert not (tmp_path / "shared.cesplan.lock").exists()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_lock_of_a_process_that_ended_but_was_not_reaped_is_stale(tmp_path, sample_file):
    """A holder that has exited but whose parent has not yet waited for it (a zombie) can
    still be signalled; it holds nothing open."""
    import time

    path = tmp_path / "shared.cesplan"
    shutil.copy(sample_file, path)
    holder = _holder(path, "os._exit(0)")
    try:
        for _ in range(200):  # until it has ended (not reaped: no wait() yet)
            state = Path(f"/proc/{holder.pid}/stat").read_text().rpartition(")")[2].split()[0]
            if state == "Z":
                break
            time.sleep(0.05)
        assert state == "Z"
        assert (tmp_path / "shared.cesplan.lock").exists()
        PlanFile.open(path).close()
    finally:
        holder.wait()


def test_migration_from_version_1_keeps_every_record(tmp_path):
    path = tmp_path / "old.cesplan"
    shutil.copy(FIXTURES / "plan_v1.cesplan", path)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 1
    # Seen read-only, the file itself is not upgraded.
    before = digest(path)
    with PlanDocument.open(path, read_only=True) as doc:
        assert doc.plan().schema_version == SCHEMA_VERSION
        assert [p.name for p in doc.plan().people] == ["Ana Ruiz", "Sam Hill"]
    assert digest(path) == before
    with PlanDocument.open(path) as doc:
        plan = doc.plan()
    assert plan.info.title == "Old plan"
    owners = {a.title: plan.person_name(a.owner_id) for a in plan.actions}
    assert owners == {
        "Agree leak-report targets": "Ana Ruiz",
        "Publish the strategy": "Sam Hill",
        "Unowned action": None,
    }
    assert plan.person_name(plan.contact_reasons[0].owner_id) == "Sam Hill"
    assert plan.actions[0].due == dt.date(2025, 3, 1)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_save_copy_writes_a_whole_plan(sample, tmp_path):
    target = tmp_path / "copy.cesplan"
    sample.save_copy(target)
    with PlanDocument.open(target, read_only=True) as copy:
        assert copy.plan() == sample.plan()
    assert not any(p.name.startswith(".copy") for p in tmp_path.iterdir())


def test_file_in_read_only_folder_opens_read_only(tmp_path, sample_file):
    if os.geteuid() == 0:
        # root may write anywhere; the folder check is covered by os.access for users
        folder = tmp_path
        path = folder / "p.cesplan"
        shutil.copy(sample_file, path)
        with PlanDocument.open(path) as doc:
            assert not doc.read_only
        return
    folder = tmp_path / "ro"
    folder.mkdir()
    path = folder / "p.cesplan"
    shutil.copy(sample_file, path)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        with PlanDocument.open(path) as doc:
            assert doc.read_only
    finally:
        folder.chmod(stat.S_IRWXU)


def test_reads_from_a_worker_thread_while_the_owner_edits(sample):
    import threading

    from ces_planner.domain import model as m

    errors: list[BaseException] = []
    stop = threading.Event()

    def reader() -> None:
        from ces_planner.storage import reading

        while not stop.is_set():
            try:
                with sample.file.reading_directly() as conn:
                    reading.read_plan(conn, sample.file.schema_version)
            except BaseException as error:  # noqa: BLE001 - collected for the assertion
                errors.append(error)
                return

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        for number in range(40):
            sample.add(m.Insight(f"Insight {number}", recipient="Billing"))
    finally:
        stop.set()
        thread.join()
    assert errors == []
    assert len(sample.plan().insights) == 44


def test_a_plan_is_opened_and_read_without_sqlalchemy_which_loads_with_the_first_edit(
    sample_file,
):
    """Showing a plan must not wait for SQLAlchemy's import (longer than the window's own)."""
    import subprocess
    import sys
    import textwrap

    script = textwrap.dedent(
        """
        import sys
        from ces_planner.services.document import PlanDocument
        from ces_planner.domain import model as m
        with PlanDocument.open(sys.argv[1]) as document:
            plan = document.plan()
            print(len(plan.contact_reasons), plan.channels[0].launch_date is None or
                  type(plan.channels[0].launch_date).__name__, "sqlalchemy" in sys.modules)
            document.add(m.Insight("Read before written", recipient="Billing"))
            print("sqlalchemy" in sys.modules, document.plan().insights[-1].title)
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(sample_file)], capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    before, after = result.stdout.splitlines()
    assert before.endswith("False") and not before.startswith("0 ")
    assert after == "True Read before written"


def test_a_closed_plan_refuses_reads_with_a_sentence(sample_file):
    from ces_planner.domain.errors import PlanClosed
    from ces_planner.services.document import PlanDocument

    document = PlanDocument.open(sample_file, read_only=True)
    document.close()
    with pytest.raises(PlanClosed), document.file.reading_directly():
        pass
    with pytest.raises(PlanClosed), document.file.reading():
        pass


def test_the_plan_read_inside_an_edit_is_what_the_edit_sees(sample_file, tmp_path):
    import shutil as _shutil

    from ces_planner.domain import model as m
    from ces_planner.services.document import PlanDocument
    from ces_planner.storage import reading, repository

    path = tmp_path / "p.cesplan"
    _shutil.copy(sample_file, path)
    with PlanDocument.open(path) as document:
        with document.file.editing() as conn:
            repository.insert_record(conn, m.Insight("Seen inside", recipient="Billing"))
            with document.file.reading_directly() as raw:
                inside = reading.read_plan(raw, document.file.schema_version)
        assert inside.insights[-1].title == "Seen inside"
        assert document.plan().insights[-1].title == "Seen inside"


@pytest.mark.parametrize("mark", [0, -1])
def test_a_plan_whose_version_mark_was_lost_opens_by_its_tables(tmp_path, sample_file, mark):
    path = tmp_path / "plan.cesplan"
    shutil.copy(sample_file, path)
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA user_version = {mark}")
    with PlanDocument.open(path, read_only=True) as doc:
        assert doc.plan().segments
    with PlanDocument.open(path) as doc:  # for editing: the mark is written again
        assert doc.plan().schema_version == SCHEMA_VERSION
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_an_old_plan_whose_version_mark_was_lost_is_migrated(tmp_path):
    path = tmp_path / "old.cesplan"
    shutil.copy(FIXTURES / "plan_v1.cesplan", path)
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 0")
    with PlanDocument.open(path, read_only=True) as doc:
        assert [p.name for p in doc.plan().people] == ["Ana Ruiz", "Sam Hill"]
    with PlanDocument.open(path) as doc:
        assert doc.plan().info.title == "Old plan"


def test_a_marked_file_with_no_plan_tables_is_refused(tmp_path):
    path = tmp_path / "empty.cesplan"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        db.execute("CREATE TABLE other (x)")
    before = digest(path)
    with pytest.raises(PlanCorrupt):
        PlanFile.open(path)
    assert digest(path) == before


def test_a_plan_in_wal_mode_is_read_without_leaving_files_beside_it(tmp_path, sample_file):
    path = tmp_path / "plan.cesplan"
    shutil.copy(sample_file, path)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode = WAL").fetchone() == ("wal",)
        db.execute("UPDATE segments SET name = 'Written in WAL mode' WHERE id = 1")
    db.close()
    with PlanDocument.open(path, read_only=True) as doc:
        assert doc.plan().segments[0].name == "Written in WAL mode"  # the log's change kept
    assert siblings(path) == []
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone() == ("delete",)
