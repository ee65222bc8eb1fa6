"""SQLAlchemy tables for the current schema version (see migrations.py for how files get here)."""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()


def _id() -> Column:
    return Column("id", Integer, primary_key=True)


def _position() -> Column:
    return Column("position", Integer, nullable=False)


def _text(name: str) -> Column:
    return Column(name, Text, nullable=False, default="")


plan_info = Table(
    "plan_info",
    metadata,
    Column("id", Integer, primary_key=True),
    _text("title"),
    _text("organisation"),
    _text("author"),
    Column("language", String, nullable=False, default="en"),
    _text("strategy_alignment"),
    _text("executive_summary"),
    Column("created_at", DateTime),
    Column("updated_at", DateTime),
    Column("accent_colour", String, nullable=False, default="#1F5F6B"),
    Column("logo", LargeBinary),
)

area_notes = Table("area_notes", metadata, Column("area", String, primary_key=True), _text("notes"))

people = Table("people", metadata, _id(), _position(), _text("name"), _text("role"), _text("email"))

segments = Table(
    "segments",
    metadata,
    _id(),
    _position(),
    _text("name"),
    _text("description"),
    _text("traits"),
    _text("preferences"),
    Column("customer_share", Float),
    Column("tier", String, nullable=False),
    _text("service_promise"),
    _text("learn_more"),
)

contact_reasons = Table(
    "contact_reasons",
    metadata,
    _id(),
    _position(),
    _text("name"),
    _text("description"),
    Column("category", String, nullable=False),
    Column("value_to_customer", Integer, nullable=False),
    Column("value_to_company", Integer, nullable=False),
    _text("root_cause"),
    _text("treatment"),
    Column("owner_id", Integer, ForeignKey("people.id", ondelete="SET NULL")),
)

channels = Table(
    "channels",
    metadata,
    _id(),
    _position(),
    _text("name"),
    Column("kind", String, nullable=False),
    Column("status", String, nullable=False),
    _text("description"),
    _text("fit_notes"),
    Column("launch_date", Date),
)

segment_preferred_channels = Table(
    "segment_preferred_channels",
    metadata,
    Column("segment_id", Integer, ForeignKey("segments.id", ondelete="CASCADE"), primary_key=True),
    Column("channel_id", Integer, ForeignKey("channels.id", ondelete="CASCADE"), primary_key=True),
    _position(),
)

channel_segments = Table(
    "channel_segments",
    metadata,
    Column("channel_id", Integer, ForeignKey("channels.id", ondelete="CASCADE"), primary_key=True),
    Column("segment_id", Integer, ForeignKey("segments.id", ondelete="CASCADE"), primary_key=True),
    _position(),
)

opening_windows = Table(
    "opening_windows",
    metadata,
    _id(),
    _position(),
    Column("channel_id", Integer, ForeignKey("channels.id", ondelete="CASCADE"), nullable=False),
    Column("weekday", Integer, nullable=False),
    Column("opens", Integer, nullable=False),
    Column("closes", Integer, nullable=False),
)

hours_exceptions = Table(
    "hours_exceptions",
    metadata,
    _id(),
    _position(),
    Column("date", Date, nullable=False),
    Column("channel_id", Integer, ForeignKey("channels.id", ondelete="CASCADE")),
    Column("opens", Integer),
    Column("closes", Integer),
    _text("note"),
)

measures = Table(
    "measures",
    metadata,
    _id(),
    _position(),
    _text("name"),
    _text("definition"),
    _text("unit"),
    Column("direction", String, nullable=False),
    Column("current", Float),
    Column("target", Float),
    Column("target_date", Date),
)

insights = Table(
    "insights",
    metadata,
    _id(),
    _position(),
    _text("title"),
    _text("observation"),
    _text("evidence"),
    _text("recipient"),
    Column("status", String, nullable=False),
)

discussion = Table(
    "discussion",
    metadata,
    _id(),
    _position(),
    _text("question"),
    _text("notes"),
    _text("decisions"),
    Column("builtin_key", String),
)

settings = Table(
    "settings", metadata, Column("key", String, primary_key=True), Column("value", Text)
)

contact_logs = Table(
    "contact_logs",
    metadata,
    _id(),
    Column("source_name", Text, nullable=False),
    Column("imported_at", DateTime, nullable=False),
    Column("rows_read", Integer, nullable=False),
    Column("rows_rejected", Integer, nullable=False),
    Column("contacts", Integer, nullable=False),
    Column("rejects_json", Text, nullable=False),
    Column("mapping_json", Text, nullable=False),
    Column("encoding", Text, nullable=False),
    Column("made_up", Boolean, nullable=False, default=False),
    Column("clock", Text),
)

contact_chunks = Table(
    "contact_chunks",
    metadata,
    Column(
        "log_id",
        Integer,
        ForeignKey("contact_logs.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("position", Integer, primary_key=True),
    Column("data", LargeBinary, nullable=False),
)

mapping_profiles = Table(
    "mapping_profiles",
    metadata,
    Column("header_signature", Text, primary_key=True),
    Column("name", Text, nullable=False),
    Column("mapping_json", Text, nullable=False),
)

snapshots = Table(
    "snapshots",
    metadata,
    _id(),
    Column("name", Text, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("plan_json", Text, nullable=False),
)

actions = Table(
    "actions",
    metadata,
    _id(),
    _position(),
    _text("title"),
    Column("owner_id", Integer, ForeignKey("people.id", ondelete="SET NULL")),
    Column("due", Date),
    Column("status", String, nullable=False),
    Column("area", String),
    Column("origin", String, nullable=False),
    _text("notes"),
)
