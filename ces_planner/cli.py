"""The ``ces-planner`` command.

``ces-planner [PLAN]`` starts the desktop app; the sub-commands work on plan files without it.
Commands that do not draw never import Qt or matplotlib. Every error is one sentence on stderr
and exit code 2; a traceback is never shown (it goes to the log file instead).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, NoReturn

from ces_planner import __version__
from ces_planner.domain.errors import PlanError
from ces_planner.i18n import tr

EXIT_OK = 0
EXIT_GAPS = 1
EXIT_ERROR = 2


class UsageError(PlanError):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(tr("{message}; see '{prog} --help'.", message=message, prog=self.prog))


def _print_json(value: object) -> None:
    json.dump(value, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _cmd_new(args: argparse.Namespace) -> int:
    from ces_planner.domain.model import Language
    from ces_planner.services.document import PlanDocument
    from ces_planner.services.sample import create_sample

    language = Language(args.lang)
    if args.sample:
        document = create_sample(args.plan, language=language, force=args.force)
    else:
        document = PlanDocument.create(args.plan, language=language, force=args.force)
    document.close()
    what = tr("sample plan") if args.sample else tr("new plan")
    print(tr("Created {what} {path}.", what=what, path=args.plan))
    return EXIT_OK


def _cmd_show(args: argparse.Namespace) -> int:
    from ces_planner.services.document import PlanDocument
    from ces_planner.services.plan_json import plan_as_json

    with PlanDocument.open(args.plan, read_only=True) as document:
        data = plan_as_json(document.plan())
    if args.json:
        _print_json(data)
    else:
        print(f"{data['title'] or tr('(untitled plan)')} - {data['organisation']}")
        for key in ("segments", "contact_reasons", "channels", "measures", "insights", "actions"):
            print(f"  {key.replace('_', ' ')}: {len(data[key])}")
    return EXIT_OK


def _cmd_check(args: argparse.Namespace) -> int:
    from ces_planner.domain.readiness import Section, readiness_gaps
    from ces_planner.services.document import PlanDocument

    with PlanDocument.open(args.plan, read_only=True) as document:
        plan = document.plan()
        gaps = readiness_gaps(plan)
    if args.json:
        _print_json(
            {
                "ready": not gaps and not plan.damage,
                "damage": list(plan.damage),
                "sections": {
                    section.value: [g.message for g in gaps if g.section is section]
                    for section in Section
                },
                "gaps": [{"section": g.section.value, "message": g.message} for g in gaps],
            }
        )
        return EXIT_GAPS if gaps or plan.damage else EXIT_OK
    if plan.damage:
        print(tr("{count} values in the file cannot be read:", count=len(plan.damage)))
        for sentence in plan.damage:
            print(f"  {sentence}")
    if gaps:
        print(tr("{count} gaps before the plan is ready:", count=len(gaps)))
        for g in gaps:
            print(f"  [{g.section.value}] {g.message}")
    elif not plan.damage:
        print(tr("The plan is ready: every area is complete."))
    return EXIT_GAPS if gaps or plan.damage else EXIT_OK


class BadValue(PlanError):
    pass


def _cmd_staffing(args: argparse.Namespace) -> int:
    from ces_planner.analysis.erlang import OCCUPANCY_WARNING, staff_for

    checks = [
        (args.volume >= 0, tr("--volume must be zero or more contacts.")),
        (args.aht > 0, tr("--aht must be a positive number of seconds.")),
        (args.interval_minutes > 0, tr("--interval-minutes must be positive.")),
        (0 < args.target < 1, tr("--target is a share between 0 and 1, such as 0.8.")),
        (args.threshold >= 0, tr("--threshold must be zero or more seconds.")),
        (0 <= args.shrinkage < 1, tr("--shrinkage is a share from 0 up to 1, such as 0.3.")),
    ]
    for ok, sentence in checks:
        if not ok:
            raise BadValue(sentence)
    result = staff_for(
        args.volume,
        args.aht,
        interval_minutes=args.interval_minutes,
        target=args.target,
        threshold=args.threshold,
        shrinkage=args.shrinkage,
    )
    data: dict[str, Any] = {
        "traffic_erlangs": result.traffic_erlangs,
        "agents": result.agents,
        "service_level": result.service_level,
        "asa_seconds": result.asa_seconds,
        "occupancy": result.occupancy,
        "scheduled_agents": result.scheduled_agents,
    }
    if args.patience is not None:
        if args.patience <= 0:
            raise BadValue(tr("--patience must be a positive number of seconds."))
        from ces_planner.analysis.erlang_a import staff_for_a

        patient = staff_for_a(
            args.volume,
            args.aht,
            args.patience,
            interval_minutes=args.interval_minutes,
            target=args.target,
            threshold=args.threshold,
        )
        data["erlang_a"] = {
            "agents": patient.agents,
            "service_level": patient.service_level,
            "abandon_rate": patient.abandon_rate,
            "occupancy": patient.occupancy,
            "agents_fewer_than_erlang_c": result.agents - patient.agents,
        }
    if args.json:
        _print_json(data)
    else:
        print(tr("Traffic: {erlangs:.2f} Erlangs", erlangs=result.traffic_erlangs))
        print(
            tr(
                "Agents needed: {agents} (service level {level:.1%} in {threshold:g} s, "
                "average speed of answer {asa:.1f} s)",
                agents=result.agents,
                level=result.service_level,
                threshold=args.threshold,
                asa=result.asa_seconds,
            )
        )
        print(tr("Occupancy: {occupancy:.1%}", occupancy=result.occupancy))
        print(
            tr(
                "Agents to schedule with {shrinkage:.0%} shrinkage: {scheduled}",
                shrinkage=args.shrinkage,
                scheduled=result.scheduled_agents,
            )
        )
        if "erlang_a" in data:
            patient_data = data["erlang_a"]
            print(
                tr(
                    "Erlang A with {patience:g} s mean patience: {agents} agents ({fewer} fewer "
                    "than Erlang C), {abandon:.1%} abandon",
                    patience=args.patience,
                    agents=patient_data["agents"],
                    fewer=patient_data["agents_fewer_than_erlang_c"],
                    abandon=patient_data["abandon_rate"],
                )
            )
    if result.occupancy > OCCUPANCY_WARNING:
        print(
            tr(
                "Warning: occupancy above {limit:.0%} burns agents out; plan for more agents "
                "or a lower target.",
                limit=OCCUPANCY_WARNING,
            ),
            file=sys.stderr,
        )
    return EXIT_OK


def _pairs(values: list[str], flag: str, example: str) -> dict[str, str]:
    found: dict[str, str] = {}
    for pair in values:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise BadValue(tr("{flag} takes {example}.", flag=flag, example=example))
        found[key.strip()] = value.strip()
    return found


def _day(text: str | None) -> str | None:
    """A --date value, checked: the day as ISO text."""
    if text is None:
        return None
    import datetime as dt

    try:
        return dt.date.fromisoformat(text.strip()).isoformat()
    except ValueError as error:
        raise BadValue(tr("--date takes a day such as 2026-03-02.")) from error


def _parse_map(pairs: list[str]) -> dict[str, str] | None:
    from ces_planner.analysis.contacts import MAPPABLE

    if not pairs:
        return None
    mapping = _pairs(pairs, "--map", 'FIELD=COLUMN, such as --map started_at="Call start"')
    for field in mapping:
        if field not in MAPPABLE:
            raise BadValue(
                tr(
                    "Unknown field {field}; the fields are {fields}.",
                    field=field,
                    fields=", ".join(MAPPABLE),
                )
            )
    return mapping


def _read_options(args: argparse.Namespace):  # type: ignore[no-untyped-def]
    """The import flags as ReadOptions; a profile file gives defaults the flags override."""

    from ces_planner.analysis.contacts import ReadOptions
    from ces_planner.analysis.formats import UNITS

    base: dict = {}
    if args.preset:
        from ces_planner.analysis.presets import preset

        base = preset(args.preset)
    if args.profile:
        from ces_planner.services.evidence import read_profile

        base = {**base, **read_profile(args.profile)}
    units = {**base.get("units", {}), **_pairs(args.unit, "--unit", "FIELD=s|ms|min|h|day")}
    for field, unit in units.items():
        if field not in ("handle_seconds", "wait_seconds") or unit not in UNITS:
            raise BadValue(
                tr("--unit takes handle_seconds or wait_seconds and one of s, ms, min, h, day.")
            )
    abandoned_when = base.get("abandoned_when")
    if args.abandoned_when:
        column, _, values = args.abandoned_when.partition("=")
        if not values:
            raise BadValue(tr("--abandoned-when takes COLUMN=VALUE[,VALUE...]."))
        abandoned_when = (column.strip(), [v for v in values.split(",") if v.strip()])
    if args.date_order and args.date_order not in ("mdy", "dmy", "ymd"):
        raise BadValue(tr("--date-order is mdy, dmy or ymd."))
    if args.source_timezone:
        import zoneinfo

        try:
            zoneinfo.ZoneInfo(args.source_timezone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError) as error:
            raise BadValue(
                tr(
                    "{value} is not a time zone; use an IANA name such as "
                    "Asia/Tokyo or Europe/London.",
                    value=args.source_timezone,
                )
            ) from error
    mapping = _parse_map(args.map)
    if mapping is None and base.get("mapping"):
        mapping = dict(base["mapping"])
    return ReadOptions(
        mapping=mapping,
        encoding=args.encoding or base.get("encoding"),
        units=units,
        source_zone=args.source_timezone or base.get("source_zone"),
        abandoned_when=tuple(abandoned_when) if abandoned_when else None,  # type: ignore[arg-type]
        abandoned_when_empty=args.abandoned_when_empty or base.get("abandoned_when_empty"),
        channel_values={
            **base.get("channel_values", {}),
            **_pairs(args.channel_value, "--channel-value", "VALUE=CHANNEL"),
        },
        default_channel=args.default_channel or base.get("default_channel"),
        contact_key=args.contact_key or base.get("contact_key"),
        date_order=args.date_order or base.get("date_order"),
        no_header=args.no_header or bool(base.get("no_header")),
        no_guess=args.no_guess or bool(base.get("no_guess")),
        sheet=args.sheet or base.get("sheet"),
        date=_day(args.date),
        delimiter=args.delimiter or base.get("delimiter"),
    )


def _cmd_import_contacts(args: argparse.Namespace) -> int:

    from ces_planner.analysis.contacts import LEGACY_ENCODINGS, passed_over_reasons
    from ces_planner.services.evidence import import_contacts, save_profile

    options = _read_options(args)
    with _editable(args.plan) as document:
        summary = import_contacts(
            document,
            args.log,
            options.mapping,
            options=options,
            accept_partial=args.accept_partial,
        )
    if args.save_profile:
        from ces_planner.analysis.contacts import profile_of

        save_profile(profile_of(options, summary.mapping), args.save_profile)
    print(
        tr(
            "Imported {contacts} contacts from {source} ({rows} rows read, {rejected} "
            "rejected; encoding {encoding}).",
            contacts=summary.contacts,
            source=summary.source,
            rows=summary.rows_read,
            rejected=summary.rows_rejected,
            encoding=summary.encoding,
        )
    )
    if summary.encoding in LEGACY_ENCODINGS and not options.encoding:
        # Legacy encodings read each other's bytes without an error: this one was judged
        # from how the text reads, which a short or mixed file can mislead.
        print(
            tr(
                "The encoding {encoding} was judged from how the text reads; if names look "
                "wrong, import again with --encoding (utf-8, cp932, cp1251, cp1252...).",
                encoding=summary.encoding,
            )
        )
    print(
        tr(
            "Every row accounted for: {rows} rows read = {contacts} contacts + {rejected} "
            "rejected + {skipped} total lines skipped + {outbound} outbound + {duplicates} "
            "duplicates + {joined} joined into another row's contact{titles}.",
            rows=summary.rows_read,
            contacts=summary.contacts,
            rejected=summary.rows_rejected,
            skipped=summary.skipped,
            outbound=summary.outbound,
            duplicates=summary.duplicates,
            joined=summary.rows_joined,
            titles=tr(" ({n} title lines above the header not counted)", n=summary.title_lines)
            if summary.title_lines
            else "",
        )
    )
    if summary.sheet is not None:
        print(tr('Sheet read: "{sheet}" (--sheet NAME reads another).', sheet=summary.sheet))
    if summary.dates_only:
        print(
            tr(
                "The log gives dates only (every contact starts at midnight): arrivals by "
                "interval and outside-hours figures are left out."
            )
        )
    print(tr("Columns used:"))
    typed = options.mapping or {}
    for field, column in summary.mapping.items():
        # As the person wrote it (#10, not the column_10 it stands for), to repeat it.
        column = typed.get(field, column)
        unit = (summary.units or {}).get(field)
        # The unit it was read in, in brackets: the header may carry one of its own, "(s)".
        why = summary.guessed.get(field)
        print(
            f"  {field} <- {column}"
            + (f" [{unit}]" if unit else "")
            + (f"  ({why})" if why else "")
        )
    for rule in summary.rules:
        print(f"  {rule}")
    for reason, count in summary.rejected.items():
        rows = ", ".join(str(r) for r in summary.examples.get(reason, []))
        print(
            tr(
                "  skipped: {count} rows, {reason} (e.g. line {rows})"
                if reason in passed_over_reasons()
                else "  rejected: {count} rows, {reason} (e.g. line {rows})",
                count=count,
                reason=reason,
                rows=rows,
            )
        )
    return EXIT_OK


def _moment(iso: str) -> str:
    """An ISO moment to the minute, as a terminal shows it: ``2026-11-02 09:00``."""
    return iso.replace("T", " ")[:16]


def _cmd_evidence(args: argparse.Namespace) -> int:
    from ces_planner.services.document import PlanDocument
    from ces_planner.services.evidence import clock_notice, evidence_report

    with PlanDocument.open(args.plan, read_only=True) as document:
        report = evidence_report(document)
        notice = clock_notice(document)
    if notice:
        print(tr("Note: {notice}", notice=notice), file=sys.stderr)
    if args.json:
        _print_json(report)
        return EXIT_OK
    source = {
        "file": report["source"]["file"],
        "imported": _moment(report["source"]["imported_at"]),
    }
    print(
        tr("From {file} (contacts made up for the sample plan), imported {imported}", **source)
        if report["source"]["made_up"]
        else tr("From {file}, imported {imported}", **source)
    )
    print(
        tr(
            "{contacts} contacts from {start} to {end}",
            contacts=report["contacts"],
            start=_moment(report["period"]["start"]),
            end=_moment(report["period"]["end"]),
        )
    )
    from ces_planner.i18n import current_language
    from ces_planner.reports.document import cell_text, evidence_tables, overall_figures
    from ces_planner.text import aligned

    print()
    print(tr("The centre"))
    for line in aligned([[label, value] for label, value in overall_figures(report)], False):
        print(f"  {line}")
    for table in reversed(evidence_tables(report)):  # by channel, then by reason
        print()
        print(table.name)
        rows = [table.headers] + [
            [cell_text(v, current_language()) or "–" for v in row] for row in table.rows
        ]
        for line in aligned(rows):
            print(f"  {line}")
    return EXIT_OK


def _cmd_remove_contacts(args: argparse.Namespace) -> int:
    from ces_planner.services.document import PlanDocument
    from ces_planner.services.evidence import remove_contacts

    with PlanDocument.open(args.plan) as document:
        removed = remove_contacts(document)
    if removed is None:
        print(tr("{plan} has no contact log; nothing was changed.", plan=args.plan))
    else:
        print(
            tr(
                "Removed {file} ({n} contacts) from {plan}.",
                file=removed.source_name,
                n=f"{removed.contacts:,}",
                plan=args.plan,
            )
        )
    return EXIT_OK


def _cmd_backups(args: argparse.Namespace) -> int:
    from ces_planner.services.backups import changes_since_backup, list_backups
    from ces_planner.services.changes import change_summary
    from ces_planner.services.document import PlanDocument

    if not args.plan.is_file():
        from ces_planner.domain.errors import PlanMissing

        raise PlanMissing(args.plan)
    found = list_backups(args.plan)
    with PlanDocument.open(args.plan, read_only=True) as document:
        since = [changes_since_backup(document, b.path) for b in found]
    if args.json:
        _print_json(
            [
                {
                    "number": n,
                    "file": str(b.path),
                    "taken_at": b.taken_at.isoformat(),
                    "reason": b.reason,
                    "bytes": b.size,
                    "changed_since": None
                    if changes is None
                    else [c.as_json() for c in changes if c],
                }
                for n, (b, changes) in enumerate(zip(found, since, strict=True), start=1)
            ]
        )  # fmt: skip
        return EXIT_OK
    if not found:
        print(tr("{plan} has no backups yet; one is taken before its first change.",
                 plan=args.plan.name))  # fmt: skip
    for number, (backup, changes) in enumerate(zip(found, since, strict=True), start=1):
        print(f"{number:3}  {_moment(backup.taken_at.isoformat())}  {backup.reason:16} "
              f"{backup.size / 1_000_000:7.1f} MB  {backup.path.name}")  # fmt: skip
        if changes is None:
            summary = tr("cannot be read to compare")
        else:
            summary = change_summary(changes) or tr("the same as the plan now")
        print(f"     {tr('Changed since:')} {summary}")
    return EXIT_OK


def _cmd_restore(args: argparse.Namespace) -> int:
    from ces_planner.services.backups import find_backup, restore_backup

    source = find_backup(args.plan, args.backup)
    with _editable(args.plan) as document:
        kept = restore_backup(document, source)
    print(tr("Restored {plan} from {backup}.", plan=args.plan.name, backup=source.name))
    if kept is not None:
        print(tr("The plan as it was is kept as {copy}.", copy=kept.name))
    return EXIT_OK


def _cmd_export(args: argparse.Namespace) -> int:
    from ces_planner.reports.writers import FORMATS, with_charts

    if args.format and len(args.output) > 1:
        raise BadValue(
            tr(
                "--format applies to one output; with several -o the format comes "
                "from each file's extension."
            )
        )
    targets = []
    for output in args.output:
        fmt = args.format or output.suffix.lstrip(".").lower()
        if fmt not in FORMATS:
            from ces_planner.services.export import BadFormat

            raise BadFormat(fmt or "?")
        targets.append((fmt, output))
    helper = None
    if with_charts(fmt for fmt, _output in targets):
        from ces_planner.services.drawing import DrawingProcess

        # Started first, so matplotlib loads there while the plan is read here.
        helper = DrawingProcess.start()
    with helper or contextlib.nullcontext():
        from ces_planner.services.document import PlanDocument
        from ces_planner.services.export import export_many

        with PlanDocument.open(args.plan, read_only=not args.snapshot) as document:
            if args.snapshot and document.read_only:
                from ces_planner.domain.errors import PlanReadOnly

                raise PlanReadOnly(document.path)
            written = export_many(document, targets, snapshot=args.snapshot, helper=helper)
    for target in written:
        print(tr("Wrote {path}.", path=target))
    if args.snapshot:
        print(tr('Recorded the snapshot "{name}".', name=args.snapshot))
    return EXIT_OK


def _cmd_snapshots(args: argparse.Namespace) -> int:
    from ces_planner.services.document import PlanDocument
    from ces_planner.services.export import changes_since, list_snapshots

    with PlanDocument.open(args.plan, read_only=True) as document:
        if args.since is None:
            found = list_snapshots(document)
            if args.json:
                _print_json([{"name": n, "created_at": t.isoformat()} for n, t in found])
                return EXIT_OK
            if not found:
                print(tr("No snapshots yet; export with --snapshot NAME to record one."))
            for name, moment in found:
                print(f"{moment:%Y-%m-%d %H:%M}  {name}")
            return EXIT_OK
        changes = changes_since(document, args.since)
    if args.json:
        _print_json([c.as_json() for c in changes])
        return EXIT_OK
    if not any(c.added or c.removed or c.changed for c in changes):
        print(tr('Nothing has changed since "{name}".', name=args.since))
    from ces_planner import labels

    for change in changes:
        if change.added or change.removed or change.changed:
            print(f"{labels.change_area(change.area)}:")
            changed = labels.changed_names(change.area, change.changed)
            for mark, items in (("+", change.added), ("-", change.removed), ("~", changed)):
                for item in items:
                    print(f"  {mark} {item}")
    return EXIT_OK


def _cmd_actions(args: argparse.Namespace) -> int:
    import datetime as dt

    from ces_planner.domain.actions import ActionFilter, filter_actions, is_overdue
    from ces_planner.domain.model import ActionStatus, Area
    from ces_planner.services.actions import (
        ActionsImportRejected,
        export_actions_xlsx,
        import_actions,
        save_actions_ics,
    )
    from ces_planner.services.document import PlanDocument

    try:
        status = ActionStatus(args.status.replace("_", " ")) if args.status else None
        area = Area(args.area) if args.area else None
    except ValueError as error:
        raise BadValue(tr("Unknown status or area: {error}.", error=error)) from error
    today = dt.date.today()
    if args.import_file:
        with _editable(args.plan) as document:
            try:
                result = import_actions(document, args.import_file)
            except ActionsImportRejected as rejected:
                print(
                    tr(
                        "ces-planner: {n} rows cannot be imported; nothing was changed.",
                        n=len(rejected.problems),
                    ),
                    file=sys.stderr,
                )
                for line, reason in rejected.problems:
                    print(tr("  row {row}: {reason}", row=line, reason=reason), file=sys.stderr)
                return EXIT_ERROR
        print(
            tr(
                "Imported actions: {added} added, {updated} updated, {unchanged} unchanged.",
                added=result.added,
                updated=result.updated,
                unchanged=result.unchanged,
            )
        )
        for name in result.new_people:
            print(tr("  added {name} to the plan's people", name=name))
        return EXIT_OK
    with PlanDocument.open(args.plan, read_only=True) as document:
        plan = document.plan()
    if args.export:
        target = Path(args.export)
        if target.suffix.lower() == ".ics":
            save_actions_ics(plan, target, dt.datetime.now())
        elif target.suffix.lower() == ".xlsx":
            export_actions_xlsx(plan, target)
        else:
            raise BadValue(tr("--export writes .xlsx or .ics files."))
        print(tr("Wrote {path}.", path=target))
        return EXIT_OK
    selection = ActionFilter(status, args.owner, area, args.overdue, args.find or "")
    chosen = filter_actions(plan, selection, today)
    rows: list[dict[str, Any]] = [
        {
            "id": a.id,
            "title": a.title,
            "owner": plan.person_name(a.owner_id),
            "due": a.due.isoformat() if a.due else None,
            "status": a.status.value,
            "area": a.area.value if a.area else None,
            "origin": a.origin.value,
            "overdue": is_overdue(a, today),
        }
        for a in chosen
    ]
    if args.json:
        _print_json(rows)
        return EXIT_OK
    for row in rows:
        flag = "!" if row["overdue"] else " "
        print(
            f"{flag} {row['id']:>4}  {row['due'] or '':10}  {row['status']:11}  "
            f"{(row['owner'] or '-'):18}  {row['title']}"
        )
    return EXIT_OK


def _cmd_settings(args: argparse.Namespace) -> int:
    from ces_planner.services.document import PlanDocument
    from ces_planner.services.plan_json import settings_as_json
    from ces_planner.services.settings import change_settings

    if args.changes:
        pairs = {}
        for change in args.changes:
            key, sep, value = change.partition("=")
            if not sep:
                raise BadValue(tr("Write settings as KEY=VALUE, such as timezone=Asia/Tokyo."))
            pairs[key.strip()] = value
        with _editable(args.plan) as document:
            change_settings(document, pairs)
            data = settings_as_json(document.plan())
            if "timezone" in pairs:
                from ces_planner.services.evidence import clock_notice

                if notice := clock_notice(document):
                    print(tr("Note: {notice}", notice=notice), file=sys.stderr)
    else:
        with PlanDocument.open(args.plan, read_only=True) as document:
            data = settings_as_json(document.plan())
    if args.json:
        _print_json(data)
    else:
        for key, value in data.items():
            print(f"{key} = {'' if value is None else value}")
    return EXIT_OK


def _editable(path: Path):  # type: ignore[no-untyped-def]
    """The plan open for editing; a read-only file is refused with its sentence."""
    from ces_planner.domain.errors import PlanReadOnly
    from ces_planner.services.document import PlanDocument

    document = PlanDocument.open(path)
    if document.read_only:
        document.close()
        raise PlanReadOnly(path)
    return document


class NoDisplay(PlanError):
    def sentence(self) -> str:
        return tr(
            "No screen is available for the desktop app (DISPLAY is not set); run it in a "
            "desktop session, or use a command such as 'ces-planner show PLAN'."
        )


class NoSuchCommandOrPlan(PlanError):
    def sentence(self) -> str:
        return tr(
            "'{name}' is neither a command nor an existing plan file; see 'ces-planner --help'.",
            name=self.args[0],
        )


def _cmd_gui(plan: Path | None) -> int:
    import os

    if plan is not None and not plan.exists():
        raise NoSuchCommandOrPlan(str(plan))
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        raise NoDisplay()
    from ces_planner.ui.app import run

    return run(plan)


def _build_parser() -> _Parser:
    parser = _Parser(
        prog="ces-planner",
        description=tr(
            "Plan, workshop and publish a contact centre's Customer Experience "
            "Strategy. Without a command, opens the desktop app."
        ),
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    new = commands.add_parser("new", help=tr("create a plan file"))
    new.add_argument("plan", metavar="PLAN", type=Path)
    new.add_argument("--sample", action="store_true", help=tr("fill it with the sample plan"))
    new.add_argument(
        "--lang", choices=("en", "ja"), default="en", help=tr("language of the plan (default: en)")
    )
    new.add_argument("--force", action="store_true", help=tr("replace an existing file"))

    show = commands.add_parser("show", help=tr("print a plan"))
    show.add_argument("plan", metavar="PLAN", type=Path)
    show.add_argument("--json", action="store_true", help=tr("the whole plan as JSON"))

    check = commands.add_parser(
        "check", help=tr("list what the plan lacks; exit 1 when there are gaps")
    )
    check.add_argument("plan", metavar="PLAN", type=Path)
    check.add_argument("--json", action="store_true", help=tr("the gaps as JSON"))

    staffing = commands.add_parser("staffing", help=tr("agents needed for one interval (Erlang C)"))
    staffing.add_argument(
        "--volume", type=float, required=True, help=tr("contacts arriving in the interval")
    )
    staffing.add_argument(
        "--aht", type=float, required=True, help=tr("average handle time in seconds")
    )
    staffing.add_argument("--interval-minutes", type=float, default=30)
    staffing.add_argument(
        "--target",
        type=float,
        default=0.8,
        help=tr("service-level target as a share (default 0.8)"),
    )
    staffing.add_argument(
        "--threshold",
        type=float,
        default=20,
        help=tr("answer within this many seconds (default 20)"),
    )
    staffing.add_argument(
        "--shrinkage",
        type=float,
        default=0.3,
        help=tr("share of paid time not on contacts (default 0.3)"),
    )
    staffing.add_argument(
        "--patience",
        type=float,
        metavar="SECONDS",
        help=tr("mean patience of callers: adds Erlang A beside Erlang C"),
    )
    staffing.add_argument("--json", action="store_true")

    importing = commands.add_parser(
        "import-contacts", help=tr("import a contact log (CSV or XLSX) as the plan's evidence")
    )
    importing.add_argument("plan", metavar="PLAN", type=Path)
    importing.add_argument("log", metavar="LOG", type=Path)
    importing.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="FIELD=COLUMN",
        help=tr(
            "use COLUMN for FIELD (answered=COLUMN: a yes/no column, abandoned when no); "
            "fields not named are still guessed"
        ),
    )
    importing.add_argument(
        "--sheet",
        metavar="NAME",
        help=tr("the sheet of a workbook to read (default: the one that reads as a log)"),
    )
    importing.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        help=tr("the day of a log that gives times of day only (a one-day extract)"),
    )
    importing.add_argument(
        "--no-guess",
        action="store_true",
        help=tr("guess no field: only those named with --map"),
    )
    importing.add_argument("--encoding", help=tr("the file's encoding (default: detected)"))
    importing.add_argument(
        "--unit",
        action="append",
        default=[],
        metavar="FIELD=UNIT",
        help=tr("unit of a duration column: s, ms, min, h or day"),
    )
    importing.add_argument(
        "--source-timezone", metavar="ZONE", help=tr("time zone of times written without one")
    )
    importing.add_argument(
        "--abandoned-when",
        metavar="COLUMN=VALUE[,VALUE...]",
        help=tr("a contact is abandoned when COLUMN holds one of the values"),
    )
    importing.add_argument(
        "--abandoned-when-empty",
        metavar="COLUMN",
        help=tr("a contact is abandoned when COLUMN (answered at) is empty"),
    )
    importing.add_argument(
        "--channel-value",
        action="append",
        default=[],
        metavar="VALUE=CHANNEL",
        help=tr("read VALUE as CHANNEL"),
    )
    importing.add_argument(
        "--default-channel",
        metavar="CHANNEL",
        help=tr("the channel of every contact (voice-only exports)"),
    )
    importing.add_argument(
        "--contact-key", metavar="EXPR", help=tr("rows sharing this key are one contact")
    )
    importing.add_argument(
        "--date-order",
        metavar="mdy|dmy|ymd",
        help=tr("order of day and month where the text does not tell"),
    )
    importing.add_argument(
        "--no-header",
        action="store_true",
        help=tr("the file has no header row (columns as #1, #2...)"),
    )
    importing.add_argument("--delimiter", metavar="C", help=tr("the column separator"))
    importing.add_argument(
        "--preset", metavar="NAME", help=tr("start from a platform's layout (see the README)")
    )
    importing.add_argument("--profile", metavar="FILE", help=tr("read the settings from FILE"))
    importing.add_argument(
        "--save-profile", metavar="FILE", help=tr("write the settings used to FILE for colleagues")
    )
    importing.add_argument(
        "--accept-partial",
        action="store_true",
        help=tr("import even when more than half of the rows cannot be read"),
    )

    evidence = commands.add_parser("evidence", help=tr("metrics from the plan's contact log"))
    evidence.add_argument("plan", metavar="PLAN", type=Path)
    evidence.add_argument("--json", action="store_true")

    remove = commands.add_parser(
        "remove-contacts",
        help=tr("erase the plan's contact log from the plan file (its records stay)"),
    )
    remove.add_argument("plan", metavar="PLAN", type=Path)

    listing = commands.add_parser(
        "backups", help=tr("list the rotating backups of a plan, newest first")
    )
    listing.add_argument("plan", metavar="PLAN", type=Path)
    listing.add_argument("--json", action="store_true")

    restore = commands.add_parser(
        "restore",
        help=tr("put a backup in place of the plan (the plan as it is is backed up first)"),
    )
    restore.add_argument("plan", metavar="PLAN", type=Path)
    restore.add_argument(
        "backup", metavar="BACKUP", help=tr("its number in 'backups' (1 is the newest) or name")
    )

    export = commands.add_parser("export", help=tr("write the strategy document"))
    export.add_argument("plan", metavar="PLAN", type=Path)
    export.add_argument(
        "--format",
        metavar="docx|pdf|xlsx|html",
        help=tr("the format (default: from the output file's extension)"),
    )
    export.add_argument(
        "-o",
        "--output",
        type=Path,
        required=True,
        metavar="OUT",
        action="append",
        help=tr("the file to write; repeat for several formats"),
    )
    export.add_argument(
        "--snapshot", metavar="NAME", help=tr("record what was sent under this name")
    )

    snapshots = commands.add_parser("snapshots", help=tr("list snapshots or what changed since"))
    snapshots.add_argument("plan", metavar="PLAN", type=Path)
    snapshots.add_argument(
        "--since", metavar="NAME", help=tr("show what changed since this snapshot")
    )
    snapshots.add_argument("--json", action="store_true")

    actions = commands.add_parser("actions", help=tr("list, export or import the action table"))
    actions.add_argument("plan", metavar="PLAN", type=Path)
    actions.add_argument("--status", help=tr("open, in_progress, done or dropped"))
    actions.add_argument("--owner", metavar="NAME")
    actions.add_argument("--area", help=tr("an area key such as hours or measures"))
    actions.add_argument("--overdue", action="store_true", help=tr("only overdue actions"))
    actions.add_argument(
        "--find", metavar="WORDS", help=tr("only actions whose title or notes hold these words")
    )
    actions.add_argument("--json", action="store_true")
    actions.add_argument("--export", metavar="FILE", help=tr("write FILE.xlsx or FILE.ics"))
    actions.add_argument(
        "--import",
        dest="import_file",
        metavar="FILE",
        help=tr("apply an edited FILE.xlsx or FILE.csv"),
    )

    settings = commands.add_parser("settings", help=tr("show or change the plan's settings"))
    settings.add_argument("plan", metavar="PLAN", type=Path)
    settings.add_argument("changes", nargs="*", metavar="KEY=VALUE")
    settings.add_argument("--json", action="store_true")

    return parser


# The sub-commands; any other first argument is a plan for the desktop app.
COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "settings": _cmd_settings,
    "actions": _cmd_actions,
    "export": _cmd_export,
    "snapshots": _cmd_snapshots,
    "new": _cmd_new,
    "show": _cmd_show,
    "check": _cmd_check,
    "staffing": _cmd_staffing,
    "import-contacts": _cmd_import_contacts,
    "evidence": _cmd_evidence,
    "remove-contacts": _cmd_remove_contacts,
    "backups": _cmd_backups,
    "restore": _cmd_restore,
}


@contextlib.contextmanager
def _interrupted_on_termination() -> Iterator[None]:
    """SIGTERM (a kill, a session ending) stops a command as Ctrl+C does: the change under
    way is rolled back before the process ends, and the plan is as it was."""
    import signal

    def interrupt(_number: int, _frame: object) -> None:
        raise KeyboardInterrupt

    try:
        previous = signal.signal(signal.SIGTERM, interrupt)
    except ValueError:  # not the main thread (a test's): left as it is
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _say_recovered() -> None:
    """Plans found half-changed by a program that stopped mid-change, and put back."""
    from ces_planner.storage.planfile import RECOVERED

    for path in RECOVERED:
        print(
            tr(
                "ces-planner: {file} had an interrupted change (a program stopped in the "
                "middle of it); it was undone, and the plan is as it was before that change.",
                file=path.name,
            ),
            file=sys.stderr,
        )
    RECOVERED.clear()


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    from ces_planner.i18n import language_from_environment, set_language

    set_language(language_from_environment())
    try:
        if not argv or (argv[0] not in COMMANDS and not argv[0].startswith("-")):
            if len(argv) > 1:  # the parser words the mistake (argparse costs the start ~2 ms)
                gui = _Parser(prog="ces-planner")
                gui.add_argument("plan", metavar="PLAN", type=Path, nargs="?")
                gui.parse_args(argv)
            return _cmd_gui(Path(argv[0]) if argv else None)
        args = _build_parser().parse_args(argv)  # only here: the window does not wait for it
        with _interrupted_on_termination():
            try:
                return COMMANDS[args.command](args)
            finally:
                _say_recovered()
    except PlanError as error:
        print(f"ces-planner: {error.sentence()}", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:
        sys.stderr.close()  # the reader stopped early (e.g. "| head"): not an error
        return EXIT_OK
    except KeyboardInterrupt:
        print(tr("ces-planner: interrupted; nothing was changed."), file=sys.stderr)
        return EXIT_ERROR
    except Exception as error:  # noqa: BLE001 - the user gets a sentence, the log the trace
        from ces_planner.services.error_log import log_unexpected

        log = log_unexpected(error)
        print(
            tr(
                "ces-planner: unexpected error ({error}); details are in {log}.",
                error=type(error).__name__,
                log=log or tr("no log"),
            ),
            file=sys.stderr,
        )
        return EXIT_ERROR


if __name__ == "__main__":
    raise SystemExit(main())
