"""The ``ces-planner`` command.

``ces-planner [PLAN]`` starts the desktop app; the sub-commands work on plan files without it.
Commands that do not draw never import Qt or matplotlib. Every error is one sentence on stderr
and exit code 2; a traceback is never shown (it goes to the log file instead).
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

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
        gaps = readiness_gaps(document.plan())
    if args.json:
        _print_json(
            {
                "ready": not gaps,
                "sections": {
                    section.value: [g.message for g in gaps if g.section is section]
                    for section in Section
                },
                "gaps": [{"section": g.section.value, "message": g.message} for g in gaps],
            }
        )
    elif gaps:
        print(tr("{count} gaps before the plan is ready:", count=len(gaps)))
        for g in gaps:
            print(f"  [{g.section.value}] {g.message}")
    else:
        print(tr("The plan is ready: every area is complete."))
    return EXIT_GAPS if gaps else EXIT_OK


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


def _cmd_gui(args: argparse.Namespace) -> int:
    import os

    if args.plan is not None and not args.plan.exists():
        raise NoSuchCommandOrPlan(str(args.plan))
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        raise NoDisplay()
    from ces_planner.ui.app import run

    return run(args.plan)


def _build_parser() -> tuple[_Parser, dict[str, Callable[[argparse.Namespace], int]]]:
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

    handlers = {"new": _cmd_new, "show": _cmd_show, "check": _cmd_check}
    return parser, handlers


def _log_unexpected() -> str:
    try:
        import platformdirs

        folder = platformdirs.user_log_path("CES Planner", appauthor=False, ensure_exists=True)
        log = folder / "errors.log"
        with log.open("a", encoding="utf-8") as handle:
            handle.write(traceback.format_exc() + "\n")
        return str(log)
    except Exception:  # noqa: BLE001 - logging must never raise over the real error
        return ""


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser, handlers = _build_parser()
    try:
        if not argv or (argv[0] not in handlers and not argv[0].startswith("-")):
            gui = _Parser(prog="ces-planner")
            gui.add_argument("plan", metavar="PLAN", type=Path, nargs="?")
            return _cmd_gui(gui.parse_args(argv))
        args = parser.parse_args(argv)
        return handlers[args.command](args)
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
        log = _log_unexpected()
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
