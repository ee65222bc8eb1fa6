"""The main window: navigator of the method's areas, the pages, menus, documents and undo."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ces_planner import labels
from ces_planner.domain.errors import PlanError, PlanLocked
from ces_planner.domain.model import Language
from ces_planner.domain.readiness import readiness_gaps, section_size
from ces_planner.ui import settings as S
from ces_planner.ui.app import sample_plan_path
from ces_planner.ui.icons import evidence_icon, readiness_icon
from ces_planner.ui.pages.base import CommitTextEdit, Page
from ces_planner.ui.pages.registry import Pages
from ces_planner.ui.session import PlanSession
from ces_planner.ui.translation import register_fonts

if TYPE_CHECKING:  # QCloseEvent: naming it at import builds QEvent's ~180 event types (~2 ms)
    from collections.abc import Callable

    from PySide6.QtGui import QCloseEvent
    from PySide6.QtWidgets import QScrollArea

    from ces_planner.services.document import PlanDocument
    from ces_planner.storage.backups import Backup
    from ces_planner.ui.evidence import EvidenceState
    from ces_planner.ui.operations import Operation

PLAN_FILTER = "CES plans (*.cesplan)"
EVIDENCE_ROW = 10
# The other pages are made once the page shown is drawn, or this long after a hidden window
# opened its plan (nothing to draw), or at the latest this long after (a minimised window).
MAKE_PAGES_AFTER_MS = 100
PAINT_AT_MOST_MS = 1000
# Qt.ItemDataRole.DecorationRole: the navigator's icons are set by number, as the first window
# is drawn without the Python types of the Qt namespace's enums.
DECORATION_ROLE = 1


def _scrolling(page: Page) -> QScrollArea:
    from ces_planner.ui.page_area import PageArea  # not before the first page is drawn

    return PageArea(page)


class _WhenPainted(QObject):
    def __init__(self, widget: QWidget, callback: Callable[[], object], at_most_ms: int) -> None:
        super().__init__(widget)
        self._widget = widget
        self._callback = callback
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._done)
        self._timer.start(at_most_ms)
        widget.installEventFilter(self)

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.Paint:
            self._done()
        return False

    def _done(self) -> None:
        self._timer.stop()
        self._widget.removeEventFilter(self)
        self.deleteLater()
        QTimer.singleShot(0, self._callback)  # once the painting is over


def when_painted(
    widget: QWidget, callback: Callable[[], object], at_most_ms: int = PAINT_AT_MOST_MS
) -> None:
    """Call ``callback`` on the turn of the event loop after ``widget`` is first painted, or
    after ``at_most_ms`` if it has not been painted by then (a minimised window never is).
    Work that may wait for the window to be drawn waits for that, not for a fixed time: on a
    busy machine any fixed time can end before the first paint."""
    _WhenPainted(widget, callback, at_most_ms)


class MainWindow(QMainWindow):
    pages_made = Signal()  # every page of the open plan is made: the window is idle
    # An error no code caught, from any thread: reported on the window's (the GUI) thread.
    unexpected_error = Signal(object)

    def __init__(self, settings: S.Settings) -> None:
        super().__init__()
        self.settings = settings
        self.session: PlanSession | None = None
        self._pages: Pages | None = None
        self._operation: Operation | None = None
        self._reporting = False  # an unexpected error's message is open
        self.unexpected_error.connect(self.report_unexpected)
        self.setObjectName("mainWindow")
        self._evidence_icon = evidence_icon()

        self.navigator = QListWidget()
        self.navigator.setObjectName("navigator")
        self.navigator.setIconSize(QSize(22, 22))
        self.navigator.setMinimumWidth(250)
        self.navigator.setSpacing(2)
        self.navigator.currentRowChanged.connect(self._show_page)
        self.stack = QStackedWidget()
        self.banner = QLabel()
        self.banner.setObjectName("readOnlyBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "QLabel { background: #fff3cd; color: #5c4400; padding: 8px; "
            "border-bottom: 1px solid #e0c36c; }"
        )
        self.banner.hide()
        self.empty: QLabel | None = None  # made when there is no plan to show
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.setSpacing(0)
        right_layout.addWidget(self.banner)
        right_layout.addWidget(self.stack, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([270, 1000])
        self._restore(self.splitter, S.WINDOW_STATE)  # the navigator's width the user left
        self.setCentralWidget(self.splitter)
        self._build_actions()
        self.statusBar()
        geometry = self.settings.get(S.WINDOW_GEOMETRY)
        if geometry is None or geometry.isEmpty() or not self.restoreGeometry(geometry):
            self._fit_to_screen()
        self._update_title()
        self._update_actions()

    def _fit_to_screen(self) -> None:
        """The first size: 1360 x 860, or what the screen has room for (a 1366 x 768 laptop),
        centred in it."""
        room = self.screen().availableGeometry()
        width = min(1360, room.width() * 95 // 100)
        height = min(860, room.height() * 92 // 100)
        self.resize(width, height)
        self.move(room.x() + (room.width() - width) // 2, room.y() + (room.height() - height) // 2)

    # -- actions and menus -------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot,
        shortcut: QKeySequence.StandardKey | str | list[str | QKeySequence] | None = None,  # type: ignore[no-untyped-def]
        tip: str = "",
    ) -> QAction:
        # Not QAction(text, self): choosing among its constructors loads QIcon's Python type
        # (~1.2 ms) before the first window is drawn.
        action = QAction(self)
        action.setText(text)
        action.setProperty("plain", text)  # its name in Help › Keyboard shortcuts
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)  # every key the platform has for it
        elif shortcut is not None:
            keys = shortcut if isinstance(shortcut, list) else [shortcut]
            # Always a list: setShortcut() would load every enum of the Qt namespace (~15 ms)
            # before the first window is drawn.
            action.setShortcuts([QKeySequence(k) if isinstance(k, str) else k for k in keys])
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        K = QKeySequence.StandardKey
        self.new_action = self._action(self.tr("&New plan…"), self.new_plan, K.New)
        self.sample_action = self._action(
            self.tr("New from the &sample plan…"), self.new_from_sample
        )
        self.open_action = self._action(self.tr("&Open…"), self.choose_plan, K.Open)
        self.save_as_action = self._action(
            self.tr("Save &as…"),
            self.save_as,
            "Ctrl+Shift+S",  # the platform's Save As key, where it has one (not Windows)
            self.tr("Copy the plan to a new file and continue there"),
        )
        self.save_copy_action = self._action(
            self.tr("Save a &copy…"),
            self.save_copy,
            None,
            self.tr("Copy the plan and keep working here"),
        )
        self.restore_action = self._action(
            self.tr("Restore from &backup…"),
            self.restore_from_backup,
            None,
            self.tr("Put back a copy the app kept of this plan"),
        )
        self.export_action = self._action(
            self.tr("&Export the strategy…"),
            self.export,
            "Ctrl+Shift+E",  # Ctrl+E moves to the end of the line in a Linux text field
            self.tr("Word, PDF, Excel or web page for leadership"),
        )
        self.workshop_action = self._action(
            self.tr("&Workshop mode"),
            self.workshop,
            "F5",
            self.tr("The discussion full screen, for a projector"),
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, "Ctrl+Q")  # Windows has none
        self.undo_action = self._action(self.tr("&Undo"), self._undo, K.Undo)
        self.redo_action = self._action(
            self.tr("&Redo"), self._redo, ["Ctrl+Shift+Z", QKeySequence(K.Redo)]
        )
        self.previous_action = self._action(
            self.tr("&Previous area"),
            self.previous_page,
            ["Ctrl+PgUp", "Alt+Left"],
        )
        self.next_action = self._action(
            self.tr("&Next area"),
            self.next_page,
            ["Ctrl+PgDown", "Alt+Right"],
        )
        self.guidance_action = self._action(self.tr("Show &guidance"), self._toggle_guidance, "F1")
        self.guidance_action.setCheckable(True)
        self.guidance_action.setChecked(self.settings.get(S.GUIDANCE_VISIBLE))
        self.navigator_action = self._action(
            self.tr("Go to the &navigator"), self.navigator.setFocus, "Ctrl+L"
        )

        menu = self.menuBar().addMenu(self.tr("&File"))
        for action in (self.new_action, self.sample_action, self.open_action):
            menu.addAction(action)
        self.recent_menu = menu.addMenu(self.tr("Open &recent"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        menu.addSeparator()
        menu.addAction(self.save_as_action)
        menu.addAction(self.save_copy_action)
        menu.addAction(self.restore_action)
        menu.addSeparator()
        menu.addAction(self.export_action)
        self.snapshots_action = self._action(
            self.tr("S&napshots…"),
            self.snapshots,
            None,
            self.tr("What changed since a document was sent"),
        )
        menu.addAction(self.snapshots_action)
        menu.addSeparator()
        menu.addAction(self.quit_action)
        edit = self.menuBar().addMenu(self.tr("&Edit"))
        edit.addAction(self.undo_action)
        edit.addAction(self.redo_action)
        edit.addSeparator()
        edit.addAction(
            self._action(
                self.tr("&Preferences…"),
                self.preferences,
                "Ctrl+,",  # the platforms' Preferences key where they have one (Linux has none)
            )
        )
        go = self.menuBar().addMenu(self.tr("&Go"))
        go.addAction(self.previous_action)
        go.addAction(self.next_action)
        go.addAction(self.navigator_action)
        go.addSeparator()
        go.addAction(self.guidance_action)
        go.addSeparator()
        go.addAction(self.workshop_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts))
        help_menu.addAction(self._action(self.tr("&About CES Planner"), self._about))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        recent = [p for p in self.settings.get(S.RECENT_PLANS) if Path(p).exists()]
        for number, path in enumerate(recent, start=1):
            action = self.recent_menu.addAction(f"&{number} {Path(path).name}")
            action.setToolTip(path)
            action.triggered.connect(lambda _checked=False, p=path: self.open_plan(Path(p)))
        if not recent:
            self.recent_menu.addAction(self.tr("(no recent plans)")).setEnabled(False)

    def _update_actions(self) -> None:
        has_plan = self.session is not None
        writable = has_plan and not self.session.read_only  # type: ignore[union-attr]
        stack = self.session.undo_stack if self.session else None
        self.undo_action.setEnabled(bool(stack and stack.canUndo() and writable))
        self.redo_action.setEnabled(bool(stack and stack.canRedo() and writable))
        self.undo_action.setText(
            self.tr("&Undo {0}").replace("{0}", stack.undoText())
            if stack and stack.canUndo()
            else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {0}").replace("{0}", stack.redoText())
            if stack and stack.canRedo()
            else self.tr("&Redo")
        )
        for action in (
            self.save_as_action,
            self.save_copy_action,
            self.previous_action,
            self.export_action,
            self.workshop_action,
            self.next_action,
        ):
            action.setEnabled(has_plan)
        self.restore_action.setEnabled(has_plan and writable)

    # -- documents ---------------------------------------------------------------------

    def open_initial(self, plan: Path | None) -> None:
        """Open the given plan, else the last one, else a fresh copy of the sample."""
        if plan is None:
            last = self.settings.get(S.LAST_PLAN)
            if last and Path(last).exists():
                plan = Path(last)
            else:
                plan = sample_plan_path()
                if not plan.exists():
                    self._create_first_sample(plan)
                    return
        if not self.open_plan(plan) and self.session is None:
            self._show_empty_state()

    def _create_first_sample(self, path: Path) -> None:
        """The first start: the user's own copy of the sample plan, made off the GUI thread
        (its contact log takes a second or two), then opened."""
        from ces_planner.services.sample import create_sample

        language = self._sample_language()

        def work(progress):  # type: ignore[no-untyped-def]
            path.parent.mkdir(parents=True, exist_ok=True)
            create_sample(path, language=language, progress=progress).close()
            return path

        def failed(_message: str) -> None:
            if self.session is None:
                self._show_empty_state()

        # Written near the top: the progress dialog comes up in the middle of the window.
        self._show_empty_state(
            self.tr("<h2>Making your copy of the sample plan…</h2>"), above_progress=True
        )
        self._run(self.tr("Creating the sample plan…"), work, self._open_first_sample)
        assert self._operation is not None
        self._operation.failed.connect(failed)

    def _open_first_sample(self, path: Path) -> None:
        if self.session is None and not self.open_plan(path):
            self._show_empty_state()

    def _show_empty_state(self, message: str = "", above_progress: bool = False) -> None:
        """What the window shows when no plan is open (or while the first one is made: then
        ``above_progress``, in the upper part of the window, clear of the progress dialog)."""
        from PySide6.QtCore import Qt  # not at import: the first window is drawn without it

        if self.empty is None:
            self.empty = QLabel()
            self.empty.setObjectName("emptyState")
            # Its links do what the File menu does, by mouse or by Tab and Return.
            self.empty.setTextInteractionFlags(
                Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
            self.empty.linkActivated.connect(self._empty_state_link)
            self.stack.addWidget(self.empty)
        if above_progress:
            self.empty.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            self.empty.setContentsMargins(24, max(24, self.stack.height() // 6), 24, 24)
        else:
            self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.empty.setContentsMargins(24, 24, 24, 24)
        self.empty.setText(
            message
            or self.tr(
                '<h2>No plan is open</h2><p><a href="new">Create a plan</a> (Ctrl+N), '
                '<a href="open">open one</a> (Ctrl+O), or start from '
                '<a href="sample">the sample plan</a>.</p>'
            )
        )
        self.stack.setCurrentWidget(self.empty)

    def _empty_state_link(self, link: str) -> None:
        actions = {"new": self.new_plan, "open": self.choose_plan, "sample": self.new_from_sample}
        actions[link]()

    def open_plan(self, path: Path) -> bool:
        from ces_planner.services.document import PlanDocument  # loads the storage stack

        notice = ""
        try:
            try:
                document = PlanDocument.open(path)
            except PlanLocked as locked:
                document = PlanDocument.open(path, read_only=True)
                notice = locked.sentence()
        except PlanError as error:
            self._error(error.sentence())
            return False
        if document.read_only and not notice:
            notice = self.tr(
                "This plan is read-only (the file or its folder cannot be "
                "written), so it cannot be changed here. Use File › Save as to "
                "edit a copy."
            )
        damage = document.plan().damage
        if damage:
            unreadable = (
                self.tr(
                    "{0} values in this plan's file cannot be read (changed outside the app, or "
                    "damaged) and are shown empty or as defaults; 'ces-planner check' lists them. "
                    "First: {1}"
                )
                .replace("{0}", str(len(damage)))
                .replace("{1}", damage[0])
            )
            notice = f"{notice} {unreadable}".strip()
        if document.file.recovered:
            undone = self.tr(
                "A change to this plan was interrupted (a program stopped in the middle of "
                "it); it was undone as the plan was opened, so the plan is as it was before "
                "that change."
            )
            notice = f"{undone} {notice}".strip()
        self._adopt(document, notice)
        return True

    def _adopt(self, document: PlanDocument, notice: str = "") -> None:
        self._close_session()
        self.session = PlanSession(document, self)
        if self.session.plan().info.language is Language.JAPANESE:
            register_fonts()  # before its first page is drawn
        self.session.changed.connect(self.refresh)
        self.session.failed.connect(self._error)
        self.session.undo_stack.indexChanged.connect(lambda _i: self._update_actions())
        self.banner.setText(notice)
        self.banner.setVisible(bool(notice))
        self.settings.remember_plan(str(document.path.resolve()))
        self._make_pages(0)

    def _make_pages(self, row: int, evidence: EvidenceState | None = None) -> None:
        """The navigator and the pages of the open plan, showing the page at ``row``; the others
        are made after the first paint. ``evidence``: the plan's, if already computed."""
        assert self.session is not None
        self._pages = Pages(self.session, evidence)
        self.navigator.blockSignals(True)
        self.navigator.clear()
        for number in range(len(self._pages)):
            self.navigator.addItem(QListWidgetItem(self._page_title(number)))
        self.navigator.blockSignals(False)
        self.refresh()  # the rings, the title and the actions' states
        self.navigator.setCurrentRow(row)
        shown = self.stack.currentWidget()
        if self.isVisible() and shown is not None:
            when_painted(shown, self._make_next_page)
        else:
            QTimer.singleShot(MAKE_PAGES_AFTER_MS, self._make_next_page)

    def _drop_pages(self) -> None:
        """Remove the pages made so far, keeping their splitters' sizes for the next pages
        made. The page shown goes last: removing the page shown shows the next one, which
        would show (and lay out) every page in turn."""
        self._keep_page_layouts()
        held = [self._in_stack(page) for page in (self._pages.made() if self._pages else [])]
        held.sort(key=lambda widget: widget is self.stack.currentWidget())
        for widget in held:
            self.stack.removeWidget(widget)
            widget.deleteLater()
        self._pages = None
        self.navigator.clear()

    @property
    def pages(self) -> list[Page]:
        """Every page, in navigator order (made now if not made yet)."""
        if self._pages is None:
            return []
        return [self._page(number) for number in range(len(self._pages))]

    def _page(self, number: int) -> Page:
        """The page at ``number`` in the navigator, made and wired on first use."""
        assert self._pages is not None
        page = self._pages.get(number)
        if page is not None:
            return page
        page = self._pages.make(number)
        # The first page fits any screen and is drawn before anything else: the others scroll
        # when the window is smaller than they need (a 1366 x 768 laptop), rather than being
        # cut off, and they leave the window's own minimum size alone.
        self.stack.addWidget(_scrolling(page) if number else page)
        page.go_previous.connect(self.previous_page)
        page.go_next.connect(self.next_page)
        page.go_to.connect(self.go_to_section)
        page.set_guidance_visible(self.guidance_action.isChecked())
        page.guidance_button.toggled.connect(self._guidance_toggled_on_page)
        previous = self._page_title(number - 1) if number > 0 else None
        following = self._page_title(number + 1) if number + 1 < len(self._pages) else None
        page.set_neighbours(previous, following)
        for setting, splitter in self._page_splitters(page):  # as the user left them
            self._restore(splitter, setting)
        page.refresh()
        return page

    def _restore(self, splitter: QSplitter, setting: S.Setting) -> None:
        """The splitter's sizes as kept in ``setting``, if it was ever kept."""
        state = self.settings.get(setting)
        if state is not None and not state.isEmpty():
            splitter.restoreState(state)

    @staticmethod
    def _page_splitters(page: Page) -> list[tuple[S.Setting, QSplitter]]:
        """A page's splitters (the matrix above its table, a table beside its details...), each
        with the setting that keeps its sizes."""
        return [
            (S.page_layout(page.objectName(), number), splitter)
            for number, splitter in enumerate(page.splitters)
        ]

    def _keep_page_layouts(self) -> None:
        for page in self._pages.made() if self._pages else []:
            for setting, splitter in self._page_splitters(page):
                self.settings.set(setting, splitter.saveState())

    def go_to_section(self, section: str) -> None:
        """Show the page of ``section`` (a Section's value)."""
        if self._pages is None:
            return
        for number in range(len(self._pages)):
            if number != EVIDENCE_ROW and self._pages.section(number).value == section:
                self.navigator.setCurrentRow(number)
                return

    def _make_next_page(self) -> None:
        """Make the pages not visited yet, one per turn of the event loop, so that going to
        one is instant and the window answers meanwhile."""
        missing = self._pages.missing() if self._pages is not None else []
        if not missing:
            if self._pages is not None:
                self.pages_made.emit()
                self._pages.start_evidence()
            return
        self._page(missing[0])
        QTimer.singleShot(0, self._make_next_page)

    def _page_title(self, number: int) -> str:
        assert self._pages is not None
        if number == EVIDENCE_ROW:
            return self.tr("Evidence")
        title = labels.section_title(self._pages.section(number))
        return title if number == 0 or number > 7 else f"{number}. {title}"

    def _close_session(self) -> None:
        if self.session is None:
            return
        self._drop_pages()
        self.session.close()
        self.session.setParent(None)  # owned by Python from here: freed with its last reference
        self.session = None

    def new_plan(self) -> None:
        path = self._ask_new_path(self.tr("New plan"), "Strategy.cesplan")
        if path is None:
            return
        from ces_planner.services.document import PlanDocument

        try:
            document = PlanDocument.create(path, force=path.exists())
        except PlanError as error:
            self._error(error.sentence())
            return
        self._adopt(document)

    def new_from_sample(self) -> None:
        path = self._ask_new_path(self.tr("New plan from the sample"), "Sample plan.cesplan")
        if path is None:
            return

        from ces_planner.services.sample import create_sample

        language = self._sample_language()

        def work(progress):  # type: ignore[no-untyped-def]
            create_sample(path, language=language, force=path.exists(), progress=progress).close()
            return path

        self._run(self.tr("Creating the sample plan…"), work, lambda p: self.open_plan(p))

    @staticmethod
    def _sample_language():  # type: ignore[no-untyped-def]
        """The sample plan in the app's language: Japanese users get the Japanese sample."""
        from ces_planner.i18n import current_language

        return Language.JAPANESE if current_language() == "ja" else Language.ENGLISH

    def _ask_new_path(self, title: str, name: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        folder = Path(self.settings.get(S.LAST_PLAN) or Path.home()).parent
        chosen, _ = QFileDialog.getSaveFileName(self, title, str(folder / name), PLAN_FILTER)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix == ".cesplan" else path.with_suffix(".cesplan")

    def choose_plan(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        folder = Path(self.settings.get(S.LAST_PLAN) or Path.home()).parent
        chosen, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open plan"), str(folder), f"{PLAN_FILTER};;All files (*)"
        )
        if chosen:
            self.open_plan(Path(chosen))

    def save_as(self) -> None:
        self._save_copy(switch=True)

    def save_copy(self) -> None:
        self._save_copy(switch=False)

    def _save_copy(self, switch: bool) -> None:
        if self.session is None:
            return
        current = self.session.document.path
        path = self._ask_new_path(
            self.tr("Save as") if switch else self.tr("Save a copy"), current.stem + " copy.cesplan"
        )
        if path is None or path.resolve() == current.resolve():
            return
        document = self.session.document

        def work(progress):  # type: ignore[no-untyped-def]
            progress.step(0.2, self.tr("Copying the plan…"))
            document.save_copy(path)
            return path

        def finished(target: Path) -> None:
            if switch:
                self.open_plan(target)
            else:
                self.statusBar().showMessage(
                    self.tr("Saved a copy as {0}").replace("{0}", str(target)), 8000
                )

        self._run(self.tr("Saving…"), work, finished)

    def restore_from_backup(self) -> None:
        """File › Restore from backup: a copy the app kept, in place of the plan (the plan as
        it is is kept as a copy first). The plan is then opened afresh: its undo history
        was of the plan replaced."""
        if self.session is None or self.session.read_only:
            return
        from PySide6.QtWidgets import QDialog, QMessageBox

        from ces_planner.services.backups import (
            changes_since_backup,
            list_backups,
            restore_backup,
        )
        from ces_planner.services.changes import change_summary
        from ces_planner.ui.backups_dialog import RestoreDialog

        document = self.session.document
        path = document.path

        def changed_since(backup: Backup) -> str:
            changes = changes_since_backup(document, backup.path)
            if changes is None:
                return self.tr("this copy cannot be read to compare.")
            return change_summary(changes) or self.tr("nothing; it is the plan as it is now.")

        dialog = RestoreDialog(list_backups(path), self, changed_since)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen() is None:
            return
        chosen = dialog.chosen()
        assert chosen is not None
        try:
            kept = restore_backup(self.session.document, chosen.path)
        except PlanError as error:
            self._error(error.sentence())
            return
        self.open_plan(path)
        QMessageBox.information(
            self,
            self.tr("Restore from backup"),
            self.tr(
                "The plan is back as it was then. The plan as it was before is kept: {0}"
            ).replace("{0}", kept.name if kept is not None else self.tr("(no copy could be made)")),
        )

    def _run(self, label: str, work, finished) -> None:  # type: ignore[no-untyped-def]
        from ces_planner.ui.operations import Operation

        operation = Operation(self, label, work)
        operation.done.connect(finished)
        operation.failed.connect(self._error)
        self._operation = operation.start()

    def preferences(self) -> None:
        from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("App settings"))
        form = QFormLayout(dialog)
        language = QComboBox()
        language.addItem(self.tr("Follow the system"), "")
        language.addItem("English", "en")
        language.addItem("日本語", "ja")
        language.setCurrentIndex(max(0, language.findData(self.settings.get(S.LANGUAGE))))
        form.addRow(self.tr("&Language of the app"), language)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            previous = self.settings.get(S.LANGUAGE)
            self.settings.set(S.LANGUAGE, language.currentData())
            self.settings.sync()
            if language.currentData() != previous:
                self.retranslate()

    def retranslate(self) -> None:
        """Show the app in the language now chosen in the settings, at once: the menus and the
        pages are made again in it (the plan, its undo history and the page shown stay)."""
        from PySide6.QtWidgets import QApplication

        from ces_planner.ui.translation import switch_language

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        switch_language(app, self.settings)
        if self.session is not None:
            self.session.retranslate_history()  # Edit › Undo names past edits in it too
        for action in self.actions():
            self.removeAction(action)
            action.deleteLater()
        for menu in self.menuBar().actions():
            owner = menu.menu()
            if owner is not None:
                owner.deleteLater()
        self.menuBar().clear()
        self._build_actions()
        if self.session is not None:
            row = max(0, self.navigator.currentRow())
            evidence = self._pages.evidence_state if self._pages is not None else None
            self._drop_pages()
            self._make_pages(row, evidence)  # the figures are the same in any language
            return
        if self.empty is not None and self.stack.currentWidget() is self.empty:
            self._show_empty_state()
        self._update_title()
        self._update_actions()

    def snapshots(self) -> None:
        if self.session is None:
            return
        from ces_planner.ui.snapshots import SnapshotsDialog

        SnapshotsDialog(self.session, self).exec()

    def workshop(self) -> None:
        if self.session is None:
            return
        from ces_planner.ui.workshop import WorkshopWindow

        evidence = self._pages.evidence() if self._pages is not None else None
        self.workshop_window = WorkshopWindow(self.session, self, evidence)
        self.workshop_window.showFullScreen()

    def export(self) -> None:
        if self.session is None:
            return
        from ces_planner.ui.export_dialog import ExportDialog

        dialog = ExportDialog(self.session, self)
        dialog.show()
        # The keyboard to it, and back here as it closes, also where no window manager does.
        dialog.activateWindow()
        dialog.finished.connect(lambda _result: self.activateWindow())
        dialog.preview()

    # -- navigation --------------------------------------------------------------------

    def _show_page(self, row: int) -> None:
        if self._pages is not None and 0 <= row < len(self._pages):
            self.stack.setCurrentWidget(self._in_stack(self._page(row)))

    def _in_stack(self, page: Page) -> QWidget:
        """The stack's own child that shows ``page``: the page, or the scroll area around it."""
        held: QWidget = page
        while (parent := held.parentWidget()) is not None and parent is not self.stack:
            held = parent
        return held

    def current_page(self) -> Page | None:
        widget = self.stack.currentWidget()
        if isinstance(widget, Page):
            return widget
        from PySide6.QtWidgets import QScrollArea

        held = widget.widget() if isinstance(widget, QScrollArea) else None
        return held if isinstance(held, Page) else None

    def previous_page(self) -> None:
        self.navigator.setCurrentRow(max(0, self.navigator.currentRow() - 1))

    def next_page(self) -> None:
        last = len(self._pages) - 1 if self._pages else 0
        self.navigator.setCurrentRow(min(last, self.navigator.currentRow() + 1))

    def _toggle_guidance(self, visible: bool) -> None:
        self.settings.set(S.GUIDANCE_VISIBLE, visible)
        for page in self._pages.made() if self._pages else []:
            page.set_guidance_visible(visible)

    def tell_unclean_end(self, ends: list) -> None:  # type: ignore[type-arg]  # UncleanEnd
        """Once, after a run that ended without closing (a crash, a kill): what was kept,
        and where the details are. Not modal: the plan is there to be checked."""
        if not ends:
            return
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices
        from PySide6.QtWidgets import QMessageBox

        from ces_planner.i18n import format_moment
        from ces_planner.services.error_log import log_folder

        last = max(ends, key=lambda end: end.started)
        plan = Path(last.plan).name if last.plan else self.tr("the plan")
        text = (
            self.tr(
                "CES Planner did not close properly the last time (started {0}). Every change "
                "was written to the plan as it was made, so {1} is as it was last written; "
                "only a text being typed at that moment may be missing."
            )
            .replace("{0}", format_moment(last.started))
            .replace("{1}", plan)
        )
        box = QMessageBox(self)
        box.setObjectName("unclean_end")
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(self.tr("CES Planner"))
        box.setText(text)
        if last.fatal:
            box.setInformativeText(
                self.tr("What went wrong is in the errors log: {0}").replace(
                    "{0}", str(last.errors_log or log_folder() / "errors.log")
                )
            )
            box.setDetailedText(last.fatal)
        folder = box.addButton(self.tr("Open the errors log's folder"), box.ButtonRole.ActionRole)
        folder.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_folder())))
        )
        ok = box.addButton(QMessageBox.StandardButton.Ok)
        box.setEscapeButton(ok)  # else the box refuses to close, and with it the app to quit
        box.setModal(False)
        box.show()
        self.unclean_end_box = box

    def show_icon(self) -> None:
        """The window's icon (a complete ring), once the window is drawn: QIcon's Python type
        costs the first window ~1.2 ms."""
        from PySide6.QtGui import QIcon

        self.setWindowIcon(QIcon(readiness_icon(0, 1)))

    def keep_keyboard_after_dialogs(self) -> None:
        """When a dialog that held up the app closes, the window it came from (this one, the
        workshop, the whole-screen matrix) takes the keyboard back. A window manager does
        this; on an X server without one nothing did, and that window's shortcuts stayed dead
        until it was clicked. Watched once the window is drawn (the filter sees every event of
        this window; the first would build QEvent's types, ~2 ms)."""
        import shiboken6
        from PySide6.QtCore import QEvent, QObject, Qt
        from PySide6.QtGui import QGuiApplication
        from PySide6.QtWidgets import QApplication

        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        last = [self.windowHandle()]  # the last of the app's windows to have the keyboard

        class TakeKeyboardBack(QObject):
            def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]  # noqa: N802
                # Every window a dialog held up hears of it; this one speaks for them all.
                if event.type() == QEvent.Type.WindowUnblocked:
                    # Once the dialog has let the keyboard go.
                    QTimer.singleShot(0, lambda: give_back(None if watched is owner else watched))
                return False

            def focused(self, window) -> None:  # type: ignore[no-untyped-def]
                """A slot of this object: not called once the window it serves is gone."""
                if window is None:
                    return
                if window.modality() == Qt.WindowModality.NonModal:
                    last[0] = window
                    return
                # A dialog takes the keyboard back itself when a message over it closes (the
                # export dialog's "Export finished"): the windows behind it stay held up.
                for widget in QApplication.topLevelWidgets():
                    if widget.windowHandle() is window:
                        widget.installEventFilter(self)  # once: Qt keeps one of each filter

        def give_back(dialog) -> None:  # type: ignore[no-untyped-def]
            if dialog is not None:  # a dialog a message held up
                window = dialog.windowHandle() if shiboken6.isValid(dialog) else None
            else:
                window = last[0]
            if QGuiApplication.focusWindow() is not None or window is None:
                return
            if shiboken6.isValid(window) and window.isVisible():  # not closed and gone since
                window.requestActivate()

        owner = self
        keeper = TakeKeyboardBack(self)
        app.focusWindowChanged.connect(keeper.focused)
        self.installEventFilter(keeper)

    def _guidance_toggled_on_page(self, visible: bool) -> None:
        self.guidance_action.setChecked(visible)
        self._toggle_guidance(visible)

    # -- refresh -----------------------------------------------------------------------

    def refresh(self) -> None:
        if self.session is None or self._pages is None:
            return
        plan = self.session.plan()
        gaps = readiness_gaps(plan)
        for number in range(len(self._pages)):
            item = self.navigator.item(number)
            if number == EVIDENCE_ROW:
                item.setData(DECORATION_ROLE, self._evidence_icon)
                continue
            section = self._pages.section(number)
            found = [g for g in gaps if g.section is section]
            item.setData(DECORATION_ROLE, readiness_icon(len(found), section_size(plan, section)))
            item.setToolTip("\n".join(g.message for g in found) or self.tr("Complete"))
        for page in self._pages.made():
            page.refresh()
        self._update_title()
        self._update_actions()

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle(self.tr("CES Planner"))
            return
        info = self.session.plan().info
        suffix = f" [{self.tr('read-only')}]" if self.session.read_only else ""
        self.setWindowTitle(
            f"{info.title or self.tr('Untitled plan')} — "
            f"{self.session.document.path.name}{suffix} — CES Planner"
        )

    def _undo(self) -> None:
        if self.session is not None and not self.session.read_only:
            with self._text_field_following():
                self.session.undo()

    def _redo(self) -> None:
        if self.session is not None and not self.session.read_only:
            with self._text_field_following():
                self.session.redo()

    @staticmethod
    @contextlib.contextmanager
    def _text_field_following() -> Iterator[None]:
        """Undo or redo asked for from the menu while a text field has the keyboard: its
        typing is committed first (it is the last edit), and it shows what the step brings
        back rather than keeping it aside until left."""
        from PySide6.QtWidgets import QApplication

        focused = QApplication.focusWidget()
        if not isinstance(focused, CommitTextEdit):
            yield
            return
        if focused.typing:
            focused.commit()
        focused.follow_changes = True
        try:
            yield
        finally:
            focused.follow_changes = False

    def _error(self, message: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(self, self.tr("CES Planner"), message)

    def report_unexpected(self, error: BaseException) -> None:
        """An error no code caught (a bug, or a file changed under the app): one sentence for
        the user, the traceback to the errors log. While its message is open, further errors
        (e.g. one raised on every repaint) are only logged."""
        if isinstance(error, PlanError):
            message = error.sentence()
        else:
            from ces_planner.services.error_log import log_unexpected

            log = log_unexpected(error)
            message = self.tr(
                "Something unexpected went wrong ({0}). The plan keeps every change made before it."
            ).replace("{0}", type(error).__name__)
            if log:
                message += " " + self.tr("The details for a bug report are in {0}.").replace(
                    "{0}", log
                )
        if self._reporting:
            return
        self._reporting = True
        try:
            self._error(message)
        finally:
            self._reporting = False

    def show_shortcuts(self) -> None:
        from ces_planner.ui.shortcuts import ShortcutsDialog

        ShortcutsDialog(self.actions(), self).exec()

    def _about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(
            self,
            self.tr("About CES Planner"),
            self.tr(
                "<p><b>CES Planner</b> helps a contact-centre lead draft the Customer Experience "
                "Strategy, run the team workshop, and track the actions.</p>"
                "<p>Every change is written to the plan file as you make it.</p>"
            ),
        )

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        focus = self.focusWidget()
        if focus is not None:
            focus.clearFocus()  # commits a text being typed
        self.settings.set(S.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(S.WINDOW_STATE, self.splitter.saveState())
        self._close_session()  # keeps the pages' layouts too
        self.settings.sync()
        super().closeEvent(event)
