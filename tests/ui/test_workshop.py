import datetime as dt

import pytest

from ces_planner.domain.model import ActionOrigin
from ces_planner.services.document import PlanDocument
from ces_planner.ui.workshop import WorkshopWindow


@pytest.fixture
def workshop(qtbot, open_window):
    win = open_window()
    window = WorkshopWindow(win.session, win)
    qtbot.addWidget(window)
    yield window
    window.close()
    win.close()


def reread(window):
    with PlanDocument.open(window.session.document.path, read_only=True) as document:
        return document.plan()


def test_decision_becomes_an_owned_workshop_action_in_one_step(workshop):
    workshop.go(1)
    workshop.decisions.setPlainText("Pilot callbacks on the billing queue")
    workshop.decisions.commit()
    workshop.action_owner.setCurrentText("Grace Lin")
    workshop.action_due.set_date(dt.date(2027, 2, 1))
    action = workshop.create_action()
    plan = reread(workshop)
    stored = next(a for a in plan.actions if a.id == action.id)
    assert stored.title == "Pilot callbacks on the billing queue"
    assert stored.origin is ActionOrigin.WORKSHOP
    assert plan.person_name(stored.owner_id) == "Grace Lin"
    assert stored.due.isoformat() == "2027-02-01"
    assert plan.discussion[1].question in stored.notes
    assert plan.discussion[1].decisions == "Pilot callbacks on the billing queue"


def test_a_new_owner_and_the_action_are_one_undo_step(workshop):
    workshop.action_title.setText("Ask finance for the app budget")
    workshop.action_owner.setCurrentText("New Person")
    workshop.create_action()
    assert "New Person" in [p.name for p in reread(workshop).people]
    workshop.session.undo()
    plan = reread(workshop)
    assert "New Person" not in [p.name for p in plan.people]
    assert "Ask finance for the app budget" not in [a.title for a in plan.actions]


def test_questions_facts_timer_and_summary(workshop, tmp_path, qtbot):
    assert "Question 1 of 5" in workshop.position.text()
    assert "Measures and objectives" in workshop.facts.toPlainText()
    workshop.add_question()
    assert "Question 6 of 6" in workshop.position.text()
    workshop.toggle_timer()
    qtbot.waitUntil(lambda: workshop.timer_label.text() != "00:00", timeout=3000)
    workshop.toggle_timer()
    target = tmp_path / "summary.pdf"
    workshop.export_summary(target)
    assert target.exists() and target.read_bytes().startswith(b"%PDF")


def test_a_measures_figures_are_never_split_across_lines(sample):
    from ces_planner.ui.workshop import facts_for

    plan = sample.plan()
    aligned = next(q for q in plan.discussion if q.builtin_key == "aligned")
    facts = facts_for(aligned, plan)
    assert "Phone service level: 68\u00a0→\u00a080\u00a0%\u00a0in\u00a020\u00a0s" in facts


def test_the_workshop_shows_what_the_contact_log_says(qtbot, open_window):
    from ces_planner.ui.evidence import EvidencePage

    win = open_window()
    evidence = next(p for p in win.pages if isinstance(p, EvidencePage)).evidence
    qtbot.waitUntil(lambda: evidence.report is not None, timeout=30000)
    window = WorkshopWindow(win.session, win, evidence)
    qtbot.addWidget(window)
    keys = [q.builtin_key for q in win.session.plan().discussion]
    window.go(keys.index("customer_centred"))
    shares: dict[str, float] = {}
    reasons = {r.name: r for r in win.session.plan().contact_reasons}
    for row in evidence.report["by_reason"]:
        quadrant = reasons[row["reason"]].quadrant.value
        shares[quadrant] = shares.get(quadrant, 0) + row["share"]
    assert (
        f"Eliminate: 3 of 11 reasons · {shares['eliminate']:.0%} of contacts"
        in window.facts.toPlainText()
    )
    window.go(keys.index("new_intelligence"))
    facts = window.facts.toPlainText()
    assert "What the contact log suggests" in facts and "customers keep coming back" in facts
    window.close()
    win.close()


def test_without_a_log_the_workshop_shows_the_plan_alone(workshop):
    keys = [q.builtin_key for q in workshop.session.plan().discussion]
    workshop.go(keys.index("customer_centred"))
    assert "of contacts" not in workshop.facts.toPlainText()


def test_the_due_date_reads_as_the_tables_write_dates(workshop):
    workshop.action_due.set_date(dt.date(2027, 2, 1))
    assert workshop.action_due.text() == "1 February 2027"
