"""The records of a Customer Experience Strategy plan, as plain immutable dataclasses.

Records are identified by ``id`` (``None`` until stored). Edits make a new record with
:func:`dataclasses.replace`; the services write it and the views re-read the plan.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import operator
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, TypeVar, dataclass_transform

from ces_planner.domain.quadrants import Quadrant, quadrant_of


class _Compared:
    """What dataclasses would generate for frozen records, written once here for all of them:
    the constructor, ``==``, ``hash()`` and ``repr()`` (equal when of the same class with equal
    fields; ``Person(name='Aiko', role='', ...)``), and refusing to change a field once set.

    Python 3.11 compiles every method a dataclass generates separately, on every start of the
    app: for the thirteen classes below, ==, hash() and repr() took ~8 ms, and the constructors
    ~15 M instructions more (callgrind). Tests hold them to what dataclasses would give.
    """

    __slots__ = ()

    def __init__(self, *args: object, **kwargs: object) -> None:
        # The fields in order, by position or by name, else their defaults.
        fields = _init_fields(self._kind())
        name_of_class = self.__class__.__qualname__
        if len(args) > len(fields):
            raise TypeError(
                f"{name_of_class}() takes {len(fields)} arguments but {len(args)} were given"
            )
        for index, (name, default, factory) in enumerate(fields):
            if index < len(args):
                if name in kwargs:
                    raise TypeError(f"{name_of_class}() got multiple values for {name!r}")
                value = args[index]
            elif name in kwargs:
                value = kwargs.pop(name)
            elif factory is not dataclasses.MISSING:
                value = factory()
            elif default is not dataclasses.MISSING:
                value = default
            else:
                raise TypeError(f"{name_of_class}() missing required argument: {name!r}")
            object.__setattr__(self, name, value)
        if kwargs:
            raise TypeError(
                f"{name_of_class}() got an unexpected keyword argument {next(iter(kwargs))!r}"
            )

    def __setattr__(self, name: str, value: object) -> None:
        # The constructor sets each field once; after that, a record never changes.
        try:
            getattr(self, name)
        except AttributeError:
            object.__setattr__(self, name, value)
        else:
            raise dataclasses.FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise dataclasses.FrozenInstanceError(f"cannot delete field {name!r}")

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        values = _values(self._kind())
        return values(self) == values(other)

    def __hash__(self) -> int:
        return hash(_values(self._kind())(self))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in _shown(self._kind()))
        return f"{self.__class__.__qualname__}({shown})"

    def _kind(self) -> type:
        # The class, typed as a plain ``type``: mypy will not pass ``type[_Compared]`` (a
        # class whose instances define __hash__) to the functools caches below as hashable.
        return self.__class__


_Record = TypeVar("_Record", bound=_Compared)


@dataclass_transform(frozen_default=True)
def record(cls: type[_Record]) -> type[_Record]:
    """A plan record: a dataclass with slots whose fields never change once made (frozen, by
    _Compared's methods rather than by ``frozen=True``)."""
    return dataclass(slots=True, init=False, eq=False, repr=False)(cls)


@functools.cache
def _init_fields(record_type: Any) -> tuple[tuple[str, Any, Any], ...]:
    """A record's constructor arguments: each field's name, default and default factory."""
    return tuple(
        (f.name, f.default, f.default_factory) for f in dataclasses.fields(record_type) if f.init
    )


@functools.cache
def _values(record_type: Any) -> Callable[[object], tuple[object, ...]]:
    """What a record of ``record_type`` is compared and hashed by: its fields, in order."""
    names = [f.name for f in dataclasses.fields(record_type) if f.compare]
    get = operator.attrgetter(*names)
    return get if len(names) > 1 else lambda record: (get(record),)


@functools.cache
def _shown(record_type: Any) -> tuple[str, ...]:
    """The fields a record's repr() shows."""
    return tuple(f.name for f in dataclasses.fields(record_type) if f.repr)


class Language(StrEnum):
    ENGLISH = "en"
    JAPANESE = "ja"


class Area(StrEnum):
    """The seven areas of the method, in the order the plan walks through them."""

    SEGMENTS = "segments"
    PRIORITY = "priority"
    CONTACT_REASONS = "contact_reasons"
    CHANNELS = "channels"
    HOURS = "hours"
    MEASURES = "measures"
    INTELLIGENCE = "intelligence"


class Tier(StrEnum):
    STANDARD = "standard"
    PRIORITY = "priority"
    PREMIUM = "premium"


class ReasonCategory(StrEnum):
    REVENUE = "revenue"
    COST = "cost"
    OTHER = "other"


class ChannelKind(StrEnum):
    PHONE = "phone"
    EMAIL = "email"
    CHAT = "chat"
    MESSAGING = "messaging"
    SOCIAL = "social"
    SELF_SERVICE = "self-service"
    IN_PERSON = "in person"
    OTHER = "other"


# Channels where a person answers: these need opening hours to be planned.
STAFFED_KINDS = frozenset(
    {ChannelKind.PHONE, ChannelKind.CHAT, ChannelKind.MESSAGING, ChannelKind.IN_PERSON}
)


class ChannelStatus(StrEnum):
    CURRENT = "current"
    PLANNED = "planned"
    RETIRED = "retired"


class Direction(StrEnum):
    HIGHER_IS_BETTER = "higher"
    LOWER_IS_BETTER = "lower"


class InsightStatus(StrEnum):
    IDEA = "idea"
    SHARED = "shared"
    ADOPTED = "adopted"
    DECLINED = "declined"


class ActionStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in progress"
    DONE = "done"
    DROPPED = "dropped"


class ActionOrigin(StrEnum):
    PREPARATION = "preparation"
    WORKSHOP = "workshop"
    MANUAL = "manual"


@record
class PlanInfo(_Compared):
    """The plan as a document: its title, who wrote it for whom, its summary and branding."""

    title: str = ""
    organisation: str = ""
    author: str = ""
    language: Language = Language.ENGLISH
    strategy_alignment: str = ""
    executive_summary: str = ""
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    accent_colour: str = "#1F5F6B"  # headings and tables of the exported documents
    logo: bytes | None = None  # PNG or JPEG shown on the cover


@record
class Person(_Compared):
    """Someone on the team who can own a contact reason or an action."""

    name: str
    role: str = ""
    email: str = ""
    id: int | None = None


@record
class Segment(_Compared):
    """A group of customers who contact the centre for similar reasons in similar ways."""

    name: str
    description: str = ""
    traits: str = ""
    preferences: str = ""
    preferred_channel_ids: tuple[int, ...] = ()
    customer_share: float | None = None  # percent of customers, 0-100
    tier: Tier = Tier.STANDARD
    service_promise: str = ""
    learn_more: str = ""
    id: int | None = None


@record
class ContactReason(_Compared):
    """Why customers get in touch, rated by its value to the customer and to the company."""

    name: str
    description: str = ""
    category: ReasonCategory = ReasonCategory.OTHER
    value_to_customer: int = 3
    value_to_company: int = 3
    root_cause: str = ""
    treatment: str = ""
    owner_id: int | None = None
    id: int | None = None

    @property
    def quadrant(self) -> Quadrant:
        return quadrant_of(self.value_to_customer, self.value_to_company)


@record
class Channel(_Compared):
    """A way customers reach the centre (phone, chat, email...), current, planned or retired."""

    name: str
    kind: ChannelKind = ChannelKind.OTHER
    status: ChannelStatus = ChannelStatus.CURRENT
    description: str = ""
    segment_ids: tuple[int, ...] = ()
    fit_notes: str = ""
    launch_date: dt.date | None = None
    id: int | None = None


@record
class OpeningWindow(_Compared):
    """A weekly opening of a channel: ``[opens, closes)`` in minutes after midnight.

    ``closes`` at or before ``opens`` means the window runs past midnight into the next day;
    ``closes == 1440`` is midnight at the end of the day.
    """

    channel_id: int
    weekday: int  # 0 = Monday
    opens: int
    closes: int
    id: int | None = None


@record
class HoursException(_Compared):
    """A dated change to the hours (a holiday): closed all day, or open only ``[opens, closes)``."""

    date: dt.date
    channel_id: int | None = None  # None: every channel
    opens: int | None = None
    closes: int | None = None
    note: str = ""
    id: int | None = None

    @property
    def closed_all_day(self) -> bool:
        return self.opens is None


@record
class Measure(_Compared):
    """A measure of the strategy with its current value, target and which way is better."""

    name: str
    definition: str = ""
    unit: str = ""
    direction: Direction = Direction.HIGHER_IS_BETTER
    current: float | None = None
    target: float | None = None
    target_date: dt.date | None = None
    id: int | None = None


@record
class Insight(_Compared):
    """What the centre learned that another department should hear, and what became of it."""

    title: str
    observation: str = ""
    evidence: str = ""
    recipient: str = ""
    status: InsightStatus = InsightStatus.IDEA
    id: int | None = None


@record
class DiscussionQuestion(_Compared):
    """A question for the team workshop, with the notes and decisions it produced."""

    question: str
    notes: str = ""
    decisions: str = ""
    builtin_key: str | None = None  # set for the method's own questions
    id: int | None = None


@record
class Action(_Compared):
    """Something to do, with an owner and a due date."""

    title: str
    owner_id: int | None = None
    due: dt.date | None = None
    status: ActionStatus = ActionStatus.OPEN
    area: Area | None = None
    origin: ActionOrigin = ActionOrigin.MANUAL
    notes: str = ""
    id: int | None = None


Record = (
    Person
    | Segment
    | ContactReason
    | Channel
    | OpeningWindow
    | HoursException
    | Measure
    | Insight
    | DiscussionQuestion
    | Action
)


@record
class Plan(_Compared):
    """A whole plan as read from its file, records in their display order."""

    info: PlanInfo = field(default_factory=PlanInfo)
    people: tuple[Person, ...] = ()
    segments: tuple[Segment, ...] = ()
    contact_reasons: tuple[ContactReason, ...] = ()
    channels: tuple[Channel, ...] = ()
    opening_windows: tuple[OpeningWindow, ...] = ()
    hours_exceptions: tuple[HoursException, ...] = ()
    measures: tuple[Measure, ...] = ()
    insights: tuple[Insight, ...] = ()
    discussion: tuple[DiscussionQuestion, ...] = ()
    actions: tuple[Action, ...] = ()
    area_notes: dict[str, str] = field(default_factory=dict)
    settings: PlanSettings = field(default_factory=lambda: PlanSettings())
    schema_version: int = 0
    # What could not be read from the file (a value changed outside the app, or damaged), a
    # sentence each; the rest of the plan is read as usual.
    damage: tuple[str, ...] = ()

    def person_name(self, person_id: int | None) -> str | None:
        return next((p.name for p in self.people if p.id == person_id), None)

    def channel_name(self, channel_id: int | None) -> str | None:
        return next((c.name for c in self.channels if c.id == channel_id), None)

    def segment_name(self, segment_id: int | None) -> str | None:
        return next((s.name for s in self.segments if s.id == segment_id), None)

    def windows_of(self, channel_id: int) -> tuple[OpeningWindow, ...]:
        return tuple(w for w in self.opening_windows if w.channel_id == channel_id)

    def reason_named(self, name: str) -> ContactReason | None:
        """The contact reason a contact log calls ``name``, if the plan has it."""
        key = matching_name(name)
        return next((r for r in self.contact_reasons if matching_name(r.name) == key), None)


def matching_name(name: str) -> str:
    """A name as a contact log's values are matched to the plan's: case and surrounding spaces
    aside."""
    return name.strip().lower()


class ServiceLevelFormula(StrEnum):
    """How service level is counted; centres disagree, so the plan says which it uses."""

    ANSWERED = "answered"  # answered within threshold / answered (the default)
    OFFERED = "offered"  # answered within threshold / offered: abandons count as missed
    SHORT_ABANDONS_EXCLUDED = "short_abandons_excluded"  # abandons under 5 s left out


@record
class PlanSettings(_Compared):
    """How the plan counts its evidence: time zone, repeat window, service level, cost."""

    timezone: str = ""  # IANA name; "" means the computer's zone
    repeat_window_days: int = 7
    service_level_threshold_seconds: float = 20
    service_level_formula: ServiceLevelFormula = ServiceLevelFormula.ANSWERED
    currency: str = ""
    cost_per_agent_hour: float | None = None
