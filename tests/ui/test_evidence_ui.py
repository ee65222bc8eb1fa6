import pytest
from PySide6.QtWidgets import QLabel, QMessageBox, QTableWidget

from ces_planner import labels
from ces_planner.services.document import PlanDocument
from ces_planner.services.settings import change_settings
from ces_planner.ui.evidence import EvidencePage, ImportDialog
from ces_planner.ui.pages.areas import (
    ContactReasonsPage,
    HoursPage,
    IntelligencePage,
    MeasuresPage,
    PriorityPage,
    SegmentsPage,
)

LOG = (
    "When,Channel,Reason,Customer,Segment,Handle,Wait,Abandoned\n"
    "2026-03-02 09:00,Phone,Moving home,A,Households,300,10,no\n"
    "2026-03-02 09:10,Phone,Moving home,B,Households,200,40,no\n"
    "2026-03-02 22:10,Phone,Power cut,C,Households,100,5,no\n"
    "2026-03-03 10:00,Web chat,Bill not received,A,Small businesses,60,0,yes\n"
)


@pytest.fixture
def window(open_window):
    win = open_window()
    yield win
    win.close()


def metric_index(measures, wanted) -> int:
    combo = measures.evidence_metric
    return next(i for i in range(combo.count()) if tuple(combo.itemData(i)) == wanted)


def report_of(win):
    return page(win, EvidencePage).evidence.report


def page(win, kind):
    return next(p for p in win.pages if isinstance(p, kind))


def imported(win, qtbot, tmp_path, monkeypatch):
    log = tmp_path / "log.csv"
    log.write_text(LOG, encoding="utf-8")
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    evidence_page = page(win, EvidencePage)
    evidence_page.import_log(
        log,
        {
            "started_at": "When",
            "channel": "Channel",
            "reason": "Reason",
            "customer_id": "Customer",
            "segment": "Segment",
            "handle_seconds": "Handle",
            "wait_seconds": "Wait",
            "abandoned": "Abandoned",
        },
    )
    # The new log's report, not the sample's that may still be shown while the import runs.
    qtbot.waitUntil(
        lambda: (evidence_page.evidence.report or {}).get("source", {}).get("file") == "log.csv",
        timeout=20000,
    )
    return evidence_page


def test_import_shows_figures_on_the_evidence_page(window, qtbot, tmp_path, monkeypatch):
    evidence_page = imported(window, qtbot, tmp_path, monkeypatch)
    assert "4 contacts" in evidence_page.summary.text()
    assert evidence_page.tabs.count() == 4
    by_reason = evidence_page.tabs.widget(0)
    assert by_reason.item(0, 0).text() == "Moving home" and by_reason.item(0, 1).text() == "2"
    # Every figure's column is as wide as its header says (a Japanese header is longer).
    for tab in range(evidence_page.tabs.count()):
        table = evidence_page.tabs.widget(tab)
        if isinstance(table, QTableWidget):
            header = table.horizontalHeader()
            for column in range(1, table.columnCount()):
                assert table.columnWidth(column) >= header.sectionSizeHint(column), (tab, column)


def test_evidence_feeds_the_method_pages(window, qtbot, tmp_path, monkeypatch):
    imported(window, qtbot, tmp_path, monkeypatch)
    reasons = page(window, ContactReasonsPage)
    qtbot.waitUntil(lambda: "Power cut" in reasons.suggestion.text(), timeout=5000)
    moving = next(r for r in window.session.plan().contact_reasons if r.name == "Moving home")
    assert reasons.matrix.volumes[moving.id] == 2.0
    reasons._add_suggested()
    assert "Power cut" in [r.name for r in window.session.plan().contact_reasons]

    hours = page(window, HoursPage)
    hours.channel.setCurrentIndex(hours.channel.findData(window.session.plan().channels[0].id))
    qtbot.waitUntil(lambda: "arrived while closed" in hours.total.text(), timeout=5000)
    assert "1 logged contacts" in hours.total.text()  # the 22:10 call; phone closes at 20:00
    assert hours.grid.overlay is not None

    measures = page(window, MeasuresPage)
    measures.editor.table.selectRow(3)  # Repeat-contact rate (7 days)
    measures.evidence_metric.setCurrentIndex(metric_index(measures, ("repeat_rate", None)))
    measures.take_from_evidence()
    with PlanDocument.open(window.session.document.path, read_only=True) as document:
        repeat = document.plan().measures[3]
    assert repeat.name.startswith("Repeat") and repeat.current == 25.0  # 1 of 4 contacts


def test_the_sample_shows_evidence_from_its_own_log(window, qtbot):
    """A new user sees every page fed by a contact log before importing one of their own."""
    evidence_page = page(window, EvidencePage)
    qtbot.waitUntil(lambda: evidence_page.evidence.report is not None, timeout=30000)
    evidence_page.refresh()
    assert evidence_page.empty_state.isHidden() and not evidence_page.tabs.isHidden()
    summary = evidence_page.summary.text()
    assert "Sample contact log.csv" in summary
    # Dates as everywhere else in the app, not as ISO strings
    assert "imported 23 November 2026, 09:30" in summary and "from 26 October 2026 to" in summary
    by_reason = evidence_page.tabs.widget(0)
    last = by_reason.columnCount() - 1
    assert by_reason.horizontalHeaderItem(last).text() == "Effort score"
    assert all(by_reason.item(row, last).text() for row in range(by_reason.rowCount()))
    staffing = evidence_page.tabs.widget(evidence_page.tabs.count() - 1)
    text = next(label.text() for label in staffing.findChildren(QLabel) if label.text())
    assert "Average week over 4.0 weeks" in text  # Phone, the first channel
    # The sample's cost of an agent hour prices the hours.
    assert "At GBP 27.50 an agent hour: GBP " in text and "a week more" in text
    change_settings(window.session.document, {"cost_per_agent_hour": "3200"})  # whole: no cents
    evidence_page.refresh()
    staffing = evidence_page.tabs.widget(evidence_page.tabs.count() - 1)
    text = next(label.text() for label in staffing.findChildren(QLabel) if label.text())
    assert "At GBP 3,200 an agent hour" in text
    plan = window.session.plan()
    reasons = page(window, ContactReasonsPage)
    reasons.refresh()
    assert set(reasons.matrix.volumes) == {r.id for r in plan.contact_reasons}
    assert reasons.missing_reasons() == []  # the log's reasons are the plan's
    hours = page(window, HoursPage)
    hours.channel.setCurrentIndex(hours.channel.findData(plan.channels[0].id))
    assert hours.grid.overlay is not None and "arrived while closed" in hours.total.text()
    # What the calls that found the lines closed were worth, by their reasons' quadrants.
    closed = [
        r
        for r in report_of(window)["outside_hours"]["by_channel_and_reason"]
        if r["channel"] == "Phone"
    ]
    quadrant = {r.name: labels.choice(r.quadrant) for r in plan.contact_reasons}
    worth: dict[str, int] = {}
    for row in closed:
        worth[quadrant[row["reason"]]] = worth.get(quadrant[row["reason"]], 0) + row["contacts"]
    biggest = max(worth, key=worth.__getitem__)
    share = worth[biggest] / sum(worth.values())
    assert f"Their reasons, by value: {biggest} {share:.0%}" in hours.total.text()

    # The priority area asks whether priority customers are served better: the log says.
    priority = page(window, PriorityPage)
    priority.refresh()
    served = priority.figures.text()
    assert not priority.figures.isHidden() and "from the contact log" in served
    difficulty = next(r for r in report_of(window)["by_segment"] if "difficulty" in r["segment"])
    assert (
        f"<b>Customers in financial difficulty (Priority)</b>: {difficulty['contacts']:,} "
        f"contacts · service level {difficulty['service_level']:.0%}"
    ) in served

    # The segments area asks who contacts us: each segment's share of the log's contacts.
    segments = page(window, SegmentsPage)
    segments.refresh()
    households = next(r for r in report_of(window)["by_segment"] if r["segment"] == "Households")
    assert (
        f"<b>Households</b>: {households['share']:.0%} of contacts (72% of customers) · "
        f"{households['contacts']:,} contacts"
    ) in segments.figures.text()
    assert "<b>Key business accounts</b>: 0.2% of contacts" in segments.figures.text()  # not 0%

    # The intelligence area offers the log's findings as insights, worded and sourced.
    intelligence = page(window, IntelligencePage)
    intelligence.refresh()
    assert not intelligence.suggestions.isHidden() and len(intelligence.shown) == 4
    first = intelligence.shown[0]
    before = len(window.session.plan().insights)
    intelligence.add_finding(first)
    added = window.session.plan().insights[-1]
    assert (added.title, added.observation, added.evidence) == (
        first.title,
        first.observation,
        first.evidence,
    )
    assert len(window.session.plan().insights) == before + 1
    table = intelligence.editor.table  # its recipient, which the log cannot say, is open
    assert table.state() == table.State.EditingState
    assert table.model().data(table.currentIndex()) == "" and table.currentIndex().row() == before
    table.closePersistentEditor(table.currentIndex())
    assert first not in intelligence.shown and len(intelligence.shown) == 3  # offered once
    window.session.undo_stack.undo()
    assert len(window.session.plan().insights) == before and first in intelligence.shown

    # A measure of one channel takes that channel's figure, not the centre's.
    report = evidence_page.evidence.report
    measures = page(window, MeasuresPage)
    measures.refresh()
    assert measures.evidence_metric.itemText(
        metric_index(measures, ("service_level", "Web chat"))
    ) == ("Service level: Web chat")
    row = next(i for i, m in enumerate(plan.measures) if m.name == "Phone service level")
    measures.editor.table.selectRow(row)
    measures.evidence_metric.setCurrentIndex(metric_index(measures, ("service_level", "Phone")))
    measures.take_from_evidence()
    phone = next(c for c in report["by_channel"] if c["channel"] == "Phone")
    taken = window.session.plan().measures[row]
    assert taken.current == round(phone["service_level"] * 100, 2)
    assert taken.current != round(report["overall"]["service_level"] * 100, 2)
    measures.refresh()  # a refresh keeps the choice
    assert measures.evidence_metric.currentData() == ("service_level", "Phone")


def test_import_dialog_guesses_the_columns(qtbot, tmp_path):
    log = tmp_path / "log.csv"
    log.write_text(LOG, encoding="utf-8")
    dialog = ImportDialog(log)
    qtbot.addWidget(dialog)
    mapping = dialog.mapping()
    assert mapping["started_at"] == "When" and mapping["reason"] == "Reason"
    assert dialog.import_button.isEnabled()
    dialog.combos["reason"].setCurrentIndex(0)
    assert not dialog.import_button.isEnabled()
    assert "Contact reason" in dialog.problem.text()


def test_failed_import_leaves_the_plan_unchanged(window, qtbot, tmp_path, monkeypatch):
    log = tmp_path / "bad.csv"
    log.write_text("When,Channel,Reason\nnot a date,Phone,x\n", encoding="utf-8")
    before = window.session.document.path.read_bytes()
    messages = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: messages.append(a[2]))
    evidence_page = page(window, EvidencePage)
    evidence_page.import_log(
        log,
        {"started_at": "When", "channel": "Channel", "reason": "Reason", "handle_seconds": "Nope"},
    )
    qtbot.waitUntil(lambda: bool(messages), timeout=10000)
    assert "no column named" in messages[0]
    assert window.session.document.path.read_bytes() == before
    assert evidence_page.evidence.report is None  # no evidence was stored


def test_plan_settings_are_edited_on_the_evidence_page(window):
    evidence_page = page(window, EvidencePage)
    edit = evidence_page.setting_edits["repeat_window_days"]
    assert edit.text() == "7"
    evidence_page.save_setting("repeat_window_days", "3")
    assert window.session.plan().settings.repeat_window_days == 3
    evidence_page.save_setting("timezone", "Mars/Base")
    assert "not a time zone" in evidence_page.setting_problem.text()
    assert window.session.plan().settings.timezone != "Mars/Base"
    evidence_page.save_setting("service_level_formula", "offered")
    assert window.session.plan().settings.service_level_formula.value == "offered"
    window.undo_action.trigger()
    window.undo_action.trigger()
    assert window.session.plan().settings.repeat_window_days == 7


def test_the_time_zone_is_completed_from_the_zones_names(window, qtbot):
    """Typing part of a zone's name offers the zones that contain it; choosing one saves it."""
    evidence_page = page(window, EvidencePage)
    edit = evidence_page.setting_edits["timezone"]
    assert edit.text() == "Europe/London"  # the sample's centre
    assert edit.completer() is None  # the names are read when the page is first shown
    window.show()
    window.navigator.setCurrentRow(10)
    qtbot.waitUntil(lambda: edit.completer() is not None, timeout=5000)
    completer = edit.completer()
    completer.setCompletionPrefix("tokyo")
    assert completer.completionCount() == 1
    assert completer.currentCompletion() == "Asia/Tokyo"
    completer.activated.emit("Asia/Tokyo")
    assert window.session.plan().settings.timezone == "Asia/Tokyo"
    window.undo_action.trigger()
    assert window.session.plan().settings.timezone == "Europe/London"


def test_import_dialog_offers_platform_presets(qtbot, tmp_path):
    log = tmp_path / "five9.csv"
    log.write_text(
        'CALL ID,TIMESTAMP,DISPOSITION,TALK TIME\n1,"Tue, 05 Mar 2024 09:14:07",Billing,00:04:24\n',
        encoding="utf-8",
    )
    dialog = ImportDialog(log)
    qtbot.addWidget(dialog)
    assert not dialog.import_button.isEnabled()  # no channel column and no default yet
    dialog.default_channel.setText("Phone")
    assert dialog.import_button.isEnabled()
    dialog.preset.setCurrentIndex(dialog.preset.findData("five9"))
    options = dialog.options()
    assert options.contact_key == "CALL ID" and options.default_channel == "Phone"


def test_import_dialog_shows_how_the_rows_will_be_read(qtbot, tmp_path):
    log = tmp_path / "genesys.csv"
    log.write_text(
        "Date,Media Type,Wrap-up,Total Handle,Abandoned\n3/5/24 9:14 AM,voice,Billing,360400,NO\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(log)
    qtbot.addWidget(dialog)
    dialog.preset.setCurrentIndex(dialog.preset.findData("genesys-cloud"))
    qtbot.waitUntil(lambda: dialog.interpretation.rowCount() == 1, timeout=5000)
    cells = [
        dialog.interpretation.item(0, c).text() for c in range(dialog.interpretation.columnCount())
    ]
    assert cells[0] == "2024-03-05 09:14:00" and cells[1] == "Phone"
    assert "360.4" in cells
    assert "ms" in dialog.interpretation_note.text()


def test_import_dialog_saves_and_loads_profiles_and_date_order(qtbot, tmp_path):
    log = tmp_path / "log.csv"
    log.write_text("Start,Line,Why\n03/05/2024 09:14,Phone,Billing\n", encoding="utf-8")
    dialog = ImportDialog(log)
    qtbot.addWidget(dialog)
    dialog.date_order.setCurrentIndex(dialog.date_order.findData("dmy"))
    dialog.combos["channel"].setCurrentIndex(dialog.combos["channel"].findData("Line"))
    dialog.combos["reason"].setCurrentIndex(dialog.combos["reason"].findData("Why"))
    qtbot.waitUntil(lambda: dialog.interpretation.rowCount() == 1, timeout=5000)
    assert dialog.interpretation.item(0, 0).text().startswith("2024-05-03")
    profile = tmp_path / "profile.json"
    dialog.save_profile(profile)
    other = ImportDialog(log)
    qtbot.addWidget(other)
    other.load_profile(profile)
    options = other.options()
    assert options.date_order == "dmy" and options.mapping["channel"] == "Line"
    assert other.import_button.isEnabled()
    broken = tmp_path / "broken.json"
    broken.write_text("[1, 2]", encoding="utf-8")
    other.load_profile(broken)
    assert other.problem.text().startswith("The profile broken.json cannot be read")
    assert other.options().date_order == "dmy"  # the profile loaded before is kept
    dialog.save_profile(tmp_path / "missing" / "p.json")
    assert dialog.problem.text() == "Cannot write p.json: No such file or directory."


def test_a_plan_without_a_log_says_what_to_export_and_offers_the_import(open_window, qtbot):
    window = open_window(contact_log=False)
    evidence_page = page(window, EvidencePage)
    qtbot.waitUntil(lambda: evidence_page.evidence.computed, timeout=10000)
    assert not evidence_page.empty_state.isHidden()
    assert evidence_page.tabs.isHidden()  # no empty tables
    assert evidence_page.import_button.isHidden()  # one import button, in the empty state
    assert evidence_page.empty_import_button.isEnabled()
    text = evidence_page.empty_state.findChild(QLabel).text()
    assert "No contact log in this plan yet" in text and "Three columns" in text


def test_until_the_log_is_read_the_page_says_so(window):
    evidence_page = page(window, EvidencePage)
    evidence_page.evidence.computed = False
    evidence_page.refresh()
    assert evidence_page.summary.text() == "Reading the plan's contact log…"
    assert evidence_page.empty_state.isHidden() and evidence_page.tabs.isHidden()


def test_once_a_log_is_imported_the_figures_replace_the_empty_state(
    window, qtbot, tmp_path, monkeypatch
):
    evidence_page = imported(window, qtbot, tmp_path, monkeypatch)
    assert evidence_page.empty_state.isHidden()
    assert not evidence_page.tabs.isHidden() and not evidence_page.import_button.isHidden()


def test_the_contact_log_is_removed_only_once_confirmed(window, qtbot, monkeypatch):
    evidence_page = page(window, EvidencePage)
    qtbot.waitUntil(lambda: evidence_page.evidence.report is not None, timeout=30000)
    evidence_page.refresh()
    assert not evidence_page.remove_button.isHidden() and evidence_page.remove_button.isEnabled()
    asked = []

    def answer(reply):
        def question(parent, title, text, *rest):
            asked.append(text)
            return reply

        return question

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    evidence_page.remove_log()
    assert "Sample contact log.csv" in asked[0] and "cannot be undone" in asked[0]
    assert evidence_page.evidence.report is not None  # declined: nothing removed
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    evidence_page.remove_log()
    qtbot.waitUntil(
        lambda: evidence_page.evidence.computed and evidence_page.evidence.report is None,
        timeout=30000,
    )
    assert not evidence_page.empty_state.isHidden() and evidence_page.remove_button.isHidden()
    with PlanDocument.open(window.session.document.path, read_only=True) as document:
        from ces_planner.services.evidence import NoEvidence, evidence_report

        with pytest.raises(NoEvidence):
            evidence_report(document)


def test_evidence_tables_keep_their_order_until_a_header_sorts_them_by_value(qtbot):
    """A figures table comes in the report's order (most contacts first); a header sorts it by
    the figures' values, not their text ("9.8%" before "10.7%", none first)."""
    from PySide6.QtCore import Qt

    from ces_planner.ui.evidence import _table

    table = _table(
        ["Reason", "Share"], [["b", "10.7%"], ["a", "9.8%"], ["c", "–"], ["d", "1,234.5%"]]
    )
    qtbot.addWidget(table)
    column = lambda c: [table.item(r, c).text() for r in range(table.rowCount())]  # noqa: E731
    assert column(0) == ["b", "a", "c", "d"]
    assert table.horizontalHeader().sortIndicatorSection() == -1  # nothing marked sorted
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert column(0) == ["c", "a", "b", "d"]
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    assert column(0) == ["a", "b", "c", "d"]


def test_a_bug_computing_the_evidence_is_reported_and_the_next_change_computes_again(
    window, qtbot, monkeypatch
):
    """The job that computes the evidence runs on a thread: a bug there reaches the window as
    any unexpected error does, and the page is not left waiting for a result."""
    from ces_planner.services import evidence as service

    state = page(window, EvidencePage).evidence
    qtbot.waitUntil(lambda: state.computed, timeout=30000)
    computed = service.evidence_report

    def broken(document):
        raise ValueError("a bug in the evidence")

    monkeypatch.setattr(service, "evidence_report", broken)
    with qtbot.capture_exceptions() as raised:
        state.refresh()
        qtbot.waitUntil(lambda: len(raised) == 1, timeout=30000)
    assert isinstance(raised[0][1], ValueError)
    monkeypatch.setattr(service, "evidence_report", computed)
    state.report = None
    state.refresh()
    qtbot.waitUntil(lambda: state.report is not None, timeout=30000)


def test_a_log_most_of_whose_rows_cannot_be_read_is_imported_only_when_asked(
    window, qtbot, tmp_path, monkeypatch
):
    log = tmp_path / "mostly_bad.csv"
    rows = ["2026-11-02 09:00,Phone,Billing"] + [f"someday {n},Phone,Billing" for n in range(3)]
    log.write_text("When,Channel,Reason\n" + "\n".join(rows) + "\n", encoding="utf-8")
    mapping = {"started_at": "When", "channel": "Channel", "reason": "Reason"}
    before = window.session.document.path.read_bytes()
    asked: list[str] = []
    answers = iter([False, True])

    def answer(box):  # the question's box: Cancel first, then "Import anyway"
        asked.append(box.text())
        wanted = next(answers)
        chosen = next(
            b for b in box.buttons() if (box.buttonRole(b) == box.ButtonRole.AcceptRole) == wanted
        )
        box.clickedButton = lambda: chosen
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a: told.append(a[2]))
    evidence_page = page(window, EvidencePage)
    evidence_page.import_log(log, mapping)
    qtbot.waitUntil(lambda: len(asked) == 1, timeout=10000)
    assert "3 of the 4 rows" in asked[0]
    assert window.session.document.path.read_bytes() == before  # Cancel: nothing changed
    evidence_page.import_log(log, mapping)
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=10000)
    qtbot.waitUntil(
        lambda: (
            evidence_page.evidence.report is not None
            and evidence_page.evidence.report["contacts"] == 1
        ),
        timeout=20000,
    )
    assert "3 rows not read" in told[0]


def test_a_log_of_dates_only_shows_on_every_page(window, qtbot, tmp_path, monkeypatch):
    """Arrivals and outside-hours figures are null for a log of dates only: every page that
    draws on the evidence shows the rest, and none fails."""
    log = tmp_path / "daily.csv"
    log.write_text(
        "Date,Channel,Reason,Handle\n2026-03-02,Phone,Moving home,300\n"
        "2026-03-03,Web chat,Power cut,100\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    evidence_page = page(window, EvidencePage)
    evidence_page.import_log(log, {"started_at": "Date", "channel": "Channel",
                                   "reason": "Reason", "handle_seconds": "Handle"})  # fmt: skip
    qtbot.waitUntil(lambda: report_of(window) is not None and report_of(window)["dates_only"],
                    timeout=30000)  # fmt: skip
    evidence_page.refresh()
    for kind in (HoursPage, ContactReasonsPage, SegmentsPage, PriorityPage, MeasuresPage):
        shown = page(window, kind)
        shown.refresh()
    assert "–" in evidence_page.summary.text() or "while closed" in evidence_page.summary.text()


def test_the_evidence_page_says_when_the_log_is_on_another_clock(window, qtbot, tmp_path,
                                                                  monkeypatch):  # fmt: skip
    evidence_page = imported(window, qtbot, tmp_path, monkeypatch)
    zone = report_of(window)["source"]["clock"]
    other = "Asia/Tokyo" if zone != "Asia/Tokyo" else "Europe/London"
    evidence_page.save_setting("timezone", other)  # as the page's field does
    qtbot.waitUntil(lambda: report_of(window) is not None and report_of(window)["clock_differs"],
                    timeout=30000)  # fmt: skip
    evidence_page.refresh()
    assert f"read on the {zone} clock" in evidence_page.summary.text()


def test_import_dialog_shows_each_guess_with_its_reason_and_keeps_the_others(qtbot, tmp_path):
    """The dialog reads the file's head as the import does: a date and a time column joined,
    a yes/no answered column, each guess with why; changing one field keeps the others, and
    a field set to "not in this file" is not guessed again behind the person's back."""
    log = tmp_path / "pbx.csv"
    log.write_text(
        "Call Date,Call Time,Line,Topic,Answered (Y/N),Speed of answer in seconds\n"
        "2024-03-05,09:14:07,Phone,Billing,Y,35\n2024-03-05,09:20:00,Phone,Login,N,40\n",
        encoding="utf-8",
    )
    dialog = ImportDialog(log)
    qtbot.addWidget(dialog)
    mapping = dialog.mapping()
    assert mapping["started_at"] == "Call Date+Call Time"
    assert mapping["answered"] == "Answered (Y/N)"
    assert mapping["wait_seconds"] == "Speed of answer in seconds"
    assert "100% of 2 sampled values" in dialog.reasons["wait_seconds"].text()
    assert "taken as abandoned" in dialog.reasons["answered"].text()
    dialog.combos["channel"].setCurrentIndex(dialog.combos["channel"].findData("Line"))
    dialog.combos["wait_seconds"].setCurrentIndex(0)  # not in this file, says the person
    assert dialog.reasons["wait_seconds"].isHidden()
    options = dialog.options()
    assert options.no_guess and "wait_seconds" not in options.mapping
    assert options.mapping["started_at"] == "Call Date+Call Time"  # the others kept
    assert options.mapping["reason"] == "Topic" and options.mapping["channel"] == "Line"
    from ces_planner.analysis.contacts import read_contact_log

    contacts = read_contact_log(log, options=options).contacts
    assert contacts["wait_seconds"].to_list() == [None, None]
    assert contacts["abandoned"].to_list() == [False, True]
