"""The document's value/irritant matrix names each reason beside its point, in lines that stay
within the reason's cell."""

from __future__ import annotations

import io

from PIL import Image

from ces_planner.domain.model import Language
from ces_planner.reports import charts
from ces_planner.services.sample import create_sample
from ces_planner.text import broken_into_lines
from tests.conftest import fixed_clock

QUADRANTS = {"Eliminate", "Automate", "Simplify", "Leverage"}


def one_per_character(text: str) -> float:
    return float(len(text))


def test_names_break_between_words_and_within_a_word_too_long_for_a_line():
    lines = broken_into_lines("Payment arrangement for arrears", 12, 3, one_per_character)
    assert lines == ["Payment", "arrangement", "for arrears"]
    assert broken_into_lines("installation", 5, 3, one_per_character) == [
        "insta",
        "llati",
        "on",
    ]
    assert broken_into_lines("Moving home", 20, 3, one_per_character) == ["Moving home"]


def test_a_name_with_more_lines_than_room_is_cut_short_at_the_end():
    lines = broken_into_lines("Switching to a green or EV tariff", 10, 2, one_per_character)
    assert lines == ["Switching", "to a gree…"]
    assert all(len(line) <= 10 for line in lines)


def test_japanese_breaks_between_any_two_characters_without_adding_spaces():
    name = "スマートメーター取替の日程調整"
    assert broken_into_lines(name, 8, 2, one_per_character) == [
        "スマートメーター",
        "取替の日程調整",
    ]
    assert broken_into_lines(name, 8, 1, one_per_character) == ["スマートメータ…"]


def test_the_matrix_is_drawn_at_its_size_for_both_samples(sample, tmp_path):
    """Every reason of both samples is placed and named (an error in the layout would raise),
    and the picture is the size the writers lay out."""
    japanese = create_sample(
        tmp_path / "ja.cesplan", language=Language.JAPANESE, contact_log=False, clock=fixed_clock
    )
    for plan in (sample.plan(), japanese.plan()):
        volumes = {reason.name: 100.0 * (n + 1) for n, reason in enumerate(plan.contact_reasons)}
        image = Image.open(io.BytesIO(charts.value_matrix(plan, volumes)))
        width, height = charts.chart_size("value_matrix", plan)
        assert image.size == (round(width * charts.DPI), round(height * charts.DPI))
    japanese.close()


def test_each_name_stays_within_its_cell_and_clear_of_the_others(sample):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    plan = sample.plan()
    # The biggest points, to leave the names the least room.
    figure = charts.matrix_figure(plan, {reason.name: 1000.0 for reason in plan.contact_reasons})
    renderer = FigureCanvasAgg(figure).get_renderer()
    axes = figure.axes[0]
    names = [text for text in axes.texts if text.get_text().replace("\n", " ") not in QUADRANTS]
    assert len(names) == len(plan.contact_reasons)
    boxes = []
    for text in names:  # drawn cell by cell
        first = text.get_text().split("\n")[0].rstrip("…")
        (reason,) = [r for r in plan.contact_reasons if r.name.startswith(first)]
        box = text.get_window_extent(renderer)
        # The reason's cell, in the same pixels.
        (left, bottom), (right, top) = axes.transData.transform(
            [
                (reason.value_to_customer - 0.5, reason.value_to_company - 0.5),
                (reason.value_to_customer + 0.5, reason.value_to_company + 0.5),
            ]
        )
        assert left <= box.x0 and box.x1 <= right, reason.name
        assert bottom <= box.y0 and box.y1 <= top, reason.name
        boxes.append(box)
    for number, box in enumerate(boxes):
        assert not any(box.overlaps(other) for other in boxes[number + 1 :])


def test_matplotlib_is_set_up_once_when_two_threads_draw_at_the_same_moment(monkeypatch):
    import threading
    import time

    from matplotlib import font_manager

    from ces_planner.reports import charts

    added = []

    def addfont(path):  # slow, so that the second thread arrives while the first sets up
        added.append(path)
        time.sleep(0.2)

    monkeypatch.setattr(font_manager.fontManager, "addfont", addfont)
    charts._set_up_matplotlib.cache_clear()
    try:
        threads = [threading.Thread(target=charts._matplotlib) for _ in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert len(added) == 1
    finally:
        charts._set_up_matplotlib.cache_clear()
