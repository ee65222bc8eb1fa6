"""The pages of the walk-through in navigator order, each made the first time it is needed."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from ces_planner.domain.readiness import Section
from ces_planner.ui.pages.base import Page
from ces_planner.ui.pages.overview import OverviewPage
from ces_planner.ui.session import PlanSession

if TYPE_CHECKING:
    from ces_planner.ui.evidence import EvidenceState


class Pages:
    """The pages of the walk-through in navigator order, each made the first time it is
    needed: the window shows its first page without waiting for (or loading) the other ten."""

    def __init__(self, session: PlanSession, evidence: EvidenceState | None = None) -> None:
        self.session = session
        self._evidence = evidence  # the plan's evidence, when earlier pages computed it
        self._makers: list[tuple[Section, Callable[[], Page]]] = [
            (Section.OVERVIEW, lambda: OverviewPage(session)),
            (Section.SEGMENTS, lambda: self._areas().SegmentsPage(session, self.evidence())),
            (Section.PRIORITY, lambda: self._areas().PriorityPage(session, self.evidence())),
            (
                Section.CONTACT_REASONS,
                lambda: self._areas().ContactReasonsPage(session, self.evidence()),
            ),
            (Section.CHANNELS, lambda: self._areas().ChannelsPage(session, self.evidence())),
            (Section.HOURS, lambda: self._areas().HoursPage(session, self.evidence())),
            (Section.MEASURES, lambda: self._areas().MeasuresPage(session, self.evidence())),
            (
                Section.INTELLIGENCE,
                lambda: self._areas().IntelligencePage(session, self.evidence()),
            ),
            (Section.DISCUSSION, lambda: self._areas().table(session, Section.DISCUSSION)),
            (Section.ACTIONS, lambda: self._areas().ActionsPage(session)),
            (Section.OVERVIEW, self._evidence_page),  # not an area
        ]
        self._made: dict[int, Page] = {}

    @staticmethod
    def _areas():  # type: ignore[no-untyped-def]
        from ces_planner.ui.pages import areas

        return areas

    @property
    def evidence_state(self) -> EvidenceState | None:
        """The evidence, if a page has asked for it (without starting it)."""
        return self._evidence

    def evidence(self) -> EvidenceState:
        """The plan's evidence, computed in the background once every page is made (see
        ``start_evidence``)."""
        if self._evidence is None:
            from ces_planner.ui.evidence import EvidenceState

            self._evidence = EvidenceState(self.session)
            if not self.missing():
                self._evidence.refresh()
        return self._evidence

    def _evidence_page(self) -> Page:
        from ces_planner.ui.evidence import EvidencePage

        return EvidencePage(self.session, self.evidence())

    def start_evidence(self) -> None:
        """Every page is made: compute the evidence they show. Computed while they were made,
        it would have held up their making (Python runs one thread at a time); they come in
        well under a second."""
        if self._evidence is not None:
            self._evidence.start()

    def __len__(self) -> int:
        return len(self._makers)

    def section(self, number: int) -> Section:
        return self._makers[number][0]

    def made(self) -> list[Page]:
        """The pages made so far, in navigator order."""
        return [self._made[n] for n in sorted(self._made)]

    def missing(self) -> list[int]:
        return [n for n in range(len(self._makers)) if n not in self._made]

    def get(self, number: int) -> Page | None:
        return self._made.get(number)

    def make(self, number: int) -> Page:
        page = self._makers[number][1]()
        self._made[number] = page
        return page
