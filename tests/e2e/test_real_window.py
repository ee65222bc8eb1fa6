"""A person at the keyboard and mouse of a real window: every typed sentence and date ends up
in the plan file, the hours grid survives being painted over and over, and the process is
alive throughout (see conftest.py for how the window is driven)."""

from __future__ import annotations

import random
import time

from ces_planner.domain.hours import SLOTS_PER_DAY, slots_from_windows
from ces_planner.domain.model import OpeningWindow

# Navigator row, table, plan key, and the side fields of each area page that has them.
SIDE_FIELDS = [
    (1, "table_segments", "segments", ["description", "traits", "preferences", "learn_more"]),
    (2, "table_segments", "segments", ["service_promise"]),
    (3, "table_contact_reasons", "contact_reasons", ["description", "root_cause", "treatment"]),
    (4, "table_channels", "channels", ["description", "fit_notes"]),
    (6, "table_measures", "measures", ["definition"]),
    (7, "table_insights", "insights", ["observation", "evidence"]),
    (8, "table_discussion", "discussion", ["notes", "decisions"]),
    (9, "table_actions", "actions", ["notes"]),
]
AREA_KEYS = {1: "segments", 2: "priority", 3: "contact_reasons", 4: "channels", 6: "measures",
             7: "intelligence", 8: "discussion", 9: "actions"}  # fmt: skip


def cell_centre(table: dict, row: int, column_name: str) -> tuple[int, int]:
    column = next(i for i, name in enumerate(table["column_names"]) if name == column_name)
    start, width = table["columns"][column]
    x, y = table["viewport"]
    return x + start + min(width // 2, 60), y + row * table["row_height"] + table["row_height"] // 2


def test_typing_at_once_into_every_side_field_is_kept(app, tmp_path):
    typed: list[tuple[str, int, str, str]] = []  # plan key, row, field, sentence
    notes: dict[str, str] = {}
    for number, (row, table_name, key, fields) in enumerate(SIDE_FIELDS):
        app.go_to_area(row, table_name)
        table = app.where(table_name)
        record_row = number % 2  # the first or the second row of each table
        first_column = table["column_names"][0]
        x, y = cell_centre(table, record_row, first_column)
        for field in fields:
            sentence = f" Said in the room about {field} on page {row}, row {record_row}."
            fx, fy = app.centre(f"detail_{field}")
            # Select the row, then straight into the field and type, with no pause.
            app.xdotool("mousemove", "--sync", x, y, "click", 1)
            app.click_then_type(fx, fy, sentence, before=("ctrl+End",))
            typed.append((key, record_row, field, sentence))
        if "area_notes" in app.seen():  # the actions page has none
            notes_sentence = f" A note for the area of page {row}."
            nx, ny = app.centre("area_notes")
            app.click_then_type(nx, ny, notes_sentence, before=("ctrl+End",))
            notes[AREA_KEYS[row]] = notes_sentence
        app.click(x, y)  # leaving the field commits it
    app.screenshot(tmp_path / "side-fields.png")
    app.quit()
    plan = app.plan_json()
    for key, row, field, sentence in typed:
        stored = plan[key][row][field]
        assert stored.endswith(sentence), (key, row, field, stored)
        assert stored.count(sentence) == 1
    for area, sentence in notes.items():
        assert plan["area_notes"][area].endswith(sentence), area


def test_workshop_notes_decisions_and_a_typed_due_date(app):
    app.key("F5")
    app.wait_for(lambda seen: "workshop_notes" in seen)
    time.sleep(0.3)
    notes = " Share the targets with the executive team in January."
    decisions = " Pilot callbacks on the billing queue from March."
    action = "Book the January review with the executive team"
    x, y = app.centre("workshop_notes")
    app.click_then_type(x, y, notes, before=("ctrl+End",))
    x, y = app.centre("workshop_decisions")
    app.click_then_type(x, y, decisions, before=("ctrl+End",))
    x, y = app.centre("workshop_action")
    app.click_then_type(x, y, action)
    x, y = app.centre("workshop_due")
    app.click_then_type(x, y, "31/12/2027")  # its text is selected on entry: typed over
    app.key("ctrl+Return")
    app.wait_for(lambda seen: True)
    time.sleep(0.5)
    app.key("Escape")
    app.wait_for(lambda seen: "workshop_notes" not in seen)
    app.quit()
    plan = app.plan_json()
    assert plan["discussion"][0]["notes"].endswith(notes)
    assert plan["discussion"][0]["decisions"].endswith(decisions)
    made = [a for a in plan["actions"] if a["title"] == action]
    assert len(made) == 1 and made[0]["due"] == "2027-12-31"


def test_dates_typed_into_every_date_column(app):
    wanted = [  # navigator row, table, column header, what is typed, plan key, field, row
        (4, "table_channels", "Target launch", "31 Dec 2027", "channels", "launch_date", 0),
        (5, "table_hours_exceptions", "Date", "2027-12-24", "hours_exceptions", "date", 0),
        (6, "table_measures", "Target date", "2027-12-31", "measures", "target_date", 0),
        (9, "table_actions", "Due", "31/12/2027", "actions", "due", 1),
    ]
    for row, table_name, header, text, *_ in wanted:
        app.go_to_area(row, table_name)
        table = app.where(table_name)
        x, y = cell_centre(table, _[-1], header)
        app.click(x, y)
        # Typing on a selected cell opens its editor on what is typed, as in a spreadsheet.
        app.type(text)
        app.key("Return")
        time.sleep(0.3)
    app.go_to_area(9, "table_actions")
    actions = app.where("table_actions")
    due = actions["column_names"].index("Due")
    assert actions["columns"][due][1] >= actions["least_date_width"]  # room for its editor
    app.quit()
    plan = app.plan_json()
    for _row, _table, _header, text, key, field, record_row in wanted:
        expected = "2027-12-24" if text == "2027-12-24" else "2027-12-31"
        assert plan[key][record_row][field] == expected, (key, plan[key][record_row][field])


def test_painting_the_hours_grid_150_times(app, tmp_path):
    app.go_to_area(5, "hours_grid")
    seen = app.seen()
    channel = seen["hours_channel"]["text"]
    x, y, width, height = seen["hours_grid"]["rect"]
    cell_width, cell_height = (width - 52) / SLOTS_PER_DAY, (height - 28) / 7

    def point(day: int, column: int) -> tuple[int, int]:
        return int(x + 44 + (column + 0.5) * cell_width), int(y + 20 + (day + 0.5) * cell_height)

    before = app.plan_json()
    slots = slots_from_windows(_windows(before, channel))
    chance = random.Random(26)
    for stroke in range(150):
        day = chance.randrange(7)
        start, end = sorted(chance.sample(range(SLOTS_PER_DAY), 2))
        if stroke % 2:
            start, end = end, start  # right to left as often
        value = not slots[day * SLOTS_PER_DAY + start]
        low, high = min(start, end), max(start, end)
        for column in range(low, high + 1):
            slots[day * SLOTS_PER_DAY + column] = value
        middle = point(day, (start + end) // 2)
        app.xdotool(
            "mousemove", "--sync", *point(day, start), "mousedown", 1,
            "mousemove", *middle, "mousemove", *point(day, end), "mouseup", 1,
        )  # fmt: skip
        if stroke % 25 == 0:
            app.check_alive()
    time.sleep(1)
    app.check_alive()
    app.screenshot(tmp_path / "hours.png")
    app.quit()
    stored = slots_from_windows(_windows(app.plan_json(), channel))
    assert stored == slots


def _windows(plan: dict, channel: str) -> list[OpeningWindow]:
    def minutes(text: str) -> int:  # "24:00" too
        hours, _, rest = text.partition(":")
        return int(hours) * 60 + int(rest)

    return [
        OpeningWindow(0, h["weekday"], minutes(h["opens"]), minutes(h["closes"]))
        for h in plan["hours"]
        if h["channel"] == channel
    ]
