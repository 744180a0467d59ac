"""The command line: ``dossier-timeline [COMMAND] [--db FILE]``; no command opens the window,
and ``dossier-timeline FILE`` opens a dossier file in it (a JSON or CSV file: its import preview).

Commands never prompt; errors are one line on stderr; exit 0 on success, 1 for
data problems, 2 for a refused file or wrong usage.
"""

from __future__ import annotations

import argparse
import os
import signal
import sqlite3
import sys
from pathlib import Path

from . import APP_NAME, __version__
from .launch import EXIT_OK, EXIT_PROBLEMS, EXIT_REFUSED, data_folder, open_store, user_dossier_path



def _db_path(args) -> Path:
    return Path(args.db) if args.db else user_dossier_path()


class CommandError(Exception):
    """A failure to report as one line, with its exit status."""

    def __init__(self, message: str, status: int = EXIT_PROBLEMS):
        super().__init__(message)
        self.status = status


class Stopped(BaseException):
    """SIGTERM or SIGHUP during a command: raised like Ctrl+C's KeyboardInterrupt, so the
    transaction in progress rolls back, partial files are removed and the dossier is closed."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


def _stop_on_signals() -> None:
    def stop(signum, frame):
        raise Stopped(signum)

    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):  # Windows has no SIGHUP
            signal.signal(getattr(signal, name), stop)


def cmd_check(args) -> int:
    from .domain.checks import check
    from .domain.opener import DossierRefused, open_snapshot

    path = Path(args.file) if args.file else _db_path(args)
    if not args.file and not args.db and not path.exists():
        open_store(args.db).close()  # the user's dossier, created from the default dataset
    try:
        with open_snapshot(path) as store:  # a validated private copy: the file is never written
            report = check(store)  # stored originals are re-hashed too
    except DossierRefused as refused:
        if refused.kind in ("unexpected", "damaged"):  # a tampered file: still name the originals that changed
            _print_mismatches(path)
        raise
    print(report.render())
    return EXIT_OK if report.ok else EXIT_PROBLEMS


def _print_mismatches(path: Path) -> int:
    """Print each stored original whose bytes no longer match its SHA-256; how many."""
    from .domain.opener import DossierRefused, verify_originals

    try:
        mismatches = verify_originals(path)
    except DossierRefused:
        return 0
    for mismatch in mismatches:
        print(f"MISMATCH {mismatch}")
    return len(mismatches)


def cmd_source_add(args) -> int:
    from .domain.originals import OriginalError
    from .domain.source_files import add_source_from_file
    from .domain.user_settings import original_limit_bytes

    store = open_store(args.db)
    try:
        try:
            added = add_source_from_file(store, args.file, title=args.title, url=args.url,
                                         limit_bytes=original_limit_bytes())
        except OriginalError as error:
            raise CommandError(str(error)) from None
    finally:
        store.close()
    print(f"Stored {Path(args.file).name}: {added.original.media_type}, {added.original.size} bytes, "
          f"SHA-256 {added.original.sha256}", file=sys.stderr)
    if added.extraction.note:
        print(f"Note: {added.extraction.note}", file=sys.stderr)
    print(added.source_id)
    return EXIT_OK


def cmd_source_verify(args) -> int:
    from .domain.opener import verify_originals

    path = _db_path(args)
    if not args.db and not path.exists():
        open_store(args.db).close()
    mismatches = verify_originals(path)
    for mismatch in mismatches:
        print(f"MISMATCH {mismatch}")
    if mismatches:
        print(f"{len(mismatches)} stored original(s) no longer match their SHA-256", file=sys.stderr)
        return EXIT_PROBLEMS
    print("Every stored original matches its SHA-256", file=sys.stderr)
    return EXIT_OK


def cmd_import(args) -> int:
    """A JSON exchange file, a package, a <table>.csv, or a FollowTheMoney or Popolo dataset: validated whole,
    then all of it or nothing."""
    from .domain.datasets import Provenance, plan_dataset
    from .domain.dossier_files import dataset_format, give_new_meta, plan_for_path, read_dataset
    from .domain.exchange import apply_import
    from .domain.opener import create_built, create_dossier
    from .domain.packages import import_package, is_package
    from .domain.user_settings import custody_name, original_limit_bytes

    try:
        is_zip = not args.table and is_package(args.file)
    except OSError as error:
        raise CommandError(f"{args.file}: cannot be read ({error.strerror})") from None
    is_csv = not is_zip and (bool(args.table) or Path(args.file).suffix.lower() == ".csv")
    found = args.format or (None if is_zip or is_csv else dataset_format(args.file))
    dataset = read_dataset(args.file, found) if found else None
    confirmed = _confirmed(args.same_person)
    if dataset is None and (confirmed or args.title or args.url or args.license or args.retrieved):
        raise CommandError("--same-person, --title, --url, --license and --retrieved are for ftm and popolo files",
                           EXIT_REFUSED)

    plans = []

    def import_into(store) -> None:
        if is_zip:  # a package: JSON, originals and custody log, checked whole and written as it is read
            plans.append(import_package(args.file, store, dry_run=args.dry_run,
                                        limit_bytes=original_limit_bytes()).plan)
            return
        if dataset is not None:
            given = Provenance(args.title, args.url, args.license, args.retrieved)
            plans.append(plan_dataset(dataset, store, given, confirmed))
        else:
            plans.append(plan_for_path(args.file, store, args.table))
        if not args.dry_run:
            apply_import(plans[-1], store)

    def import_into_new(store) -> None:
        store.actor = custody_name()
        if dataset is not None:  # a dataset's "current" means current on its date: the new dossier's as_of
            give_new_meta(store, args.title or target.stem, dataset.date)
        elif is_csv:  # one table brings no settings; a JSON file brings its own
            give_new_meta(store, target.stem)
        import_into(store)

    target = _db_path(args)
    if args.db and not target.exists():  # a new dossier file, or none if the import fails
        if args.dry_run:
            store = create_dossier(None)
            import_into_new(store)
            store.close()
        else:
            create_built(target, import_into_new).close()
            print(f"Created {target}")
    else:
        store = open_store(args.db)
        try:
            import_into(store)
        finally:
            store.close()
    verb = "Would import" if args.dry_run else "Imported"
    added, changed = plans[0].counts
    print(f"{verb} {args.file}: {added} added, {changed} changed")
    print(plans[0].summary())
    if plans[0].name_matches:
        print("To import a person as the dossier's person of the same name, add --same-person FILE_ID=PERSON_ID")
    return EXIT_OK


def _confirmed(pairs: list[str] | None) -> dict[str, str]:
    confirmed = {}
    for pair in pairs or ():
        key, separator, person = pair.rpartition("=")
        if not separator or not key or not person:
            raise CommandError(f"--same-person {pair!r}: write FILE_ID=PERSON_ID", EXIT_REFUSED)
        confirmed[key] = person
    return confirmed


def cmd_export_csv(args) -> int:
    from .domain.csv_exchange import export_csv

    store = open_store(args.db)
    try:
        written = export_csv(store, args.outdir)
    finally:
        store.close()
    print(f"Exported {len(written)} tables to {args.outdir}", file=sys.stderr)
    return EXIT_OK


def cmd_export_ftm(args) -> int:
    from .domain.dossier_files import ftm_module
    from .domain.exchange import ExchangeError

    try:
        ftm = ftm_module()
    except ExchangeError as error:
        raise CommandError(str(error), EXIT_REFUSED) from None
    store = open_store(args.db)
    try:
        count = ftm.export_ftm(store, args.out)
    finally:
        store.close()
    print(f"Exported {args.out} ({count} FollowTheMoney entities)", file=sys.stderr)
    return EXIT_OK


def cmd_export_json(args) -> int:
    from .domain.exchange import export_json

    store = open_store(args.db)
    try:
        export_json(store, args.out)
    finally:
        store.close()
    print(f"Exported {args.out}", file=sys.stderr)
    return EXIT_OK


def cmd_export_package(args) -> int:
    from .domain.packages import METADATA_WARNING, export_package

    if args.with_originals:
        print(f"Warning: {METADATA_WARNING} Use --without-originals to leave them out.", file=sys.stderr)
    store = open_store(args.db)
    try:
        manifest = export_package(store, args.out, with_originals=args.with_originals,
                                  with_custody_log=args.with_custody_log)
    finally:
        store.close()
    print(f"Exported {args.out}: {len(manifest['originals'])} original(s)"
          + ("" if args.with_custody_log else ", without the custody log"), file=sys.stderr)
    return EXIT_OK


AS_OF_HELP = "where the \"as of\" cursor stands, as EDTF (e.g. 1988-07-19; default: the dossier's as_of)"


def _as_of_day(text: str | None) -> int | None:
    """The day an --as-of date names (its first), None when not given."""
    from .domain import dates

    if text is None:
        return None
    try:
        return dates.bounds(text).earliest
    except dates.DateError as error:
        raise CommandError(f"--as-of: {error}", EXIT_REFUSED) from None


def cmd_export_dossier(args) -> int:
    from .domain.person_dossier import match_persons
    from .ui.report_export import export_report_file

    if Path(args.out).suffix.lower() not in (".pdf", ".html"):
        raise CommandError(f"{args.out}: the report is written as OUT.pdf or OUT.html", EXIT_REFUSED)
    store = open_store(args.db)
    try:
        found = match_persons(store, args.person)
        if len(found) != 1:
            listed = "".join(f"\n  {p['id']}  {p['name']}" for p in found)
            problem = f"{len(found)} persons match {args.person!r}:{listed}" if found else f"no person matches {args.person!r}"
            raise CommandError(problem)
        pages = export_report_file(store, found[0]["id"], args.out, as_of_day=_as_of_day(args.as_of))
    finally:
        store.close()
    print(f"Exported {args.out}" + (f" ({pages} pages)" if pages else ""), file=sys.stderr)
    return EXIT_OK


def cmd_export_timeline(args) -> int:
    from .domain.timeline_layout import persons_matching
    from .ui.timeline_export import ExportError, export_timeline, parse_size

    store = open_store(args.db)
    try:
        try:
            persons = persons_matching(store, args.persons) if args.persons else None
        except KeyError as missing:
            raise CommandError(f"no person matches {missing.args[0]!r}") from None
        try:
            export_timeline(store, args.out, first_year=args.first_year, last_year=args.last_year,
                            persons=persons, size=parse_size(args.size), as_of_day=_as_of_day(args.as_of))
        except ExportError as error:
            raise CommandError(str(error), EXIT_REFUSED) from None
    finally:
        store.close()
    print(f"Exported {args.out}", file=sys.stderr)
    return EXIT_OK


def cmd_search(args) -> int:
    import json

    from .domain.dates import DateError
    from .domain.search import SearchFilters, SearchIndex

    query = " ".join(args.query)
    if args.limit < 1:
        raise CommandError("--limit must be at least 1", EXIT_REFUSED)
    filters = SearchFilters(kinds=frozenset(args.kind or ()), date_from=args.date_from, date_to=args.date_to,
                            statuses=frozenset(args.status or ()))
    store = open_store(args.db)
    try:
        try:
            results = SearchIndex(store.db).search(query, limit=args.limit, filters=filters)
        except DateError as error:
            raise CommandError(f"--from/--to: {error}", EXIT_REFUSED) from None
    finally:
        store.close()
    if args.json:
        document = {"query": query, "results": [result.as_json() for result in results]}
        sys.stdout.buffer.write((json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
        sys.stdout.flush()
    else:
        for result in results:
            print(f"{result.kind:<12} {result.title}")
            if result.snippet and result.snippet != result.title:
                print(f"{'':<12} {result.snippet}")
    print(f"{len(results)} result{'s' if len(results) != 1 else ''} for {query!r}", file=sys.stderr)
    return EXIT_OK


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="dossier-timeline",
        description=f"{APP_NAME}: review allegations against public officials, offline. "
        "With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--db", metavar="FILE", help="dossier file (default: your own dossier.db)")
    parser.add_argument("--lang", choices=("en", "fa"),
                        help="the interface's language for this run: English or Persian (default: as in "
                        "Preferences, else the system's); reports are written in it too")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="open the built-in dossier in a temporary folder, build the window offscreen, "
        "render and check it; exit 0, or 1 saying what is missing",
    )
    parser.epilog = ("dossier-timeline FILE opens a dossier file in the window, or previews importing a JSON or CSV "
                     "file into your dossier (or --db); a command's name always means the command: write ./check "
                     "for a file named check.")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    parser.set_defaults(open_file=None)
    parser.command_names = commands.choices.keys()  # filled in below, read by parse_args

    check = commands.add_parser("check", help="validate a dossier file (exit 0 valid, 1 problems, 2 refused)")
    check.add_argument("file", nargs="?", help="dossier file to check (default: --db or your dossier)")
    check.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS)
    check.set_defaults(handler=cmd_check)

    source = commands.add_parser("source", help="add an original file as a source, or verify stored originals")
    source_commands = source.add_subparsers(dest="source_command", metavar="ACTION", required=True)
    add = source_commands.add_parser("add", help="store a file (PDF, web page, text, recording, image) as a new "
                                                 "source; prints its id last")
    add.add_argument("file", metavar="FILE")
    add.add_argument("--title", metavar="T", help="the source's title (default: the document's own, else the file name)")
    add.add_argument("--url", metavar="URL", help="where the file was captured from (recorded, never fetched)")
    add.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS)
    add.set_defaults(handler=cmd_source_add)
    verify = source_commands.add_parser("verify", help="re-hash every stored original (exit 0 all match, 1 listing "
                                                       "each mismatch)")
    verify.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS)
    verify.set_defaults(handler=cmd_source_verify)

    imp = commands.add_parser("import", help="import an exchange file (JSON), a package (.zip), a <table>.csv, or a "
                                             "FollowTheMoney or Popolo dataset into a dossier, all or nothing")
    imp.add_argument("file", help="the file to import")
    imp.add_argument("--format", choices=("ftm", "popolo"),
                     help="a dataset's format (default: told by its content)")
    imp.add_argument("--dry-run", action="store_true", help="print what would change; write nothing")
    imp.add_argument("--table", metavar="T", help="the table a CSV file holds (default: its name, <table>.csv)")
    imp.add_argument("--same-person", action="append", metavar="FILE_ID=PERSON_ID",
                     help="a dataset's person is this dossier person (confirms a name match; repeatable)")
    imp.add_argument("--title", help="the dataset source's title (default: the file name)")
    imp.add_argument("--url", help="where the dataset was published")
    imp.add_argument("--license", help="the dataset's license, e.g. CC0 or CC BY 4.0")
    imp.add_argument("--retrieved", metavar="DATE", help="when the dataset was retrieved (default: the file's date)")
    imp.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS)
    imp.set_defaults(handler=cmd_import)

    from .domain.schema import STATUSES
    from .domain.search import KINDS

    search = commands.add_parser("search", help="find names in any spelling, offices, events, allegations, source text")
    search.add_argument("query", nargs="+", metavar="QUERY", help="words to find; typed text, never search syntax")
    search.add_argument("--json", action="store_true", help='print only {"query", "results": [...]} as JSON')
    search.add_argument("--limit", type=int, default=20, metavar="N", help="at most N results (default 20)")
    search.add_argument("--kind", action="append", choices=KINDS, help="only this kind (repeatable)")
    search.add_argument("--from", dest="date_from", metavar="DATE", help="only records dated on or after (EDTF)")
    search.add_argument("--to", dest="date_to", metavar="DATE", help="only records dated on or before (EDTF)")
    search.add_argument("--status", action="append", choices=STATUSES, help="only allegations with this status")
    search.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS)
    search.set_defaults(handler=cmd_search)

    export = commands.add_parser("export", help="export data, a timeline image or a report")
    kinds = export.add_subparsers(dest="kind", metavar="KIND", required=True)
    json_export = kinds.add_parser("json", help="the whole dossier as one exchange file")
    json_export.add_argument("out", help="OUT.json")
    json_export.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS)
    json_export.set_defaults(handler=cmd_export_json)
    package_export = kinds.add_parser("package", help="the exchange file, the original files and the custody log "
                                                      "in one zip")
    package_export.add_argument("out", help="OUT.zip")
    package_export.add_argument("--without-originals", dest="with_originals", action="store_false",
                                help="leave the original files (and their capture records) out")
    package_export.add_argument("--without-custody-log", dest="with_custody_log", action="store_false",
                                help="leave the custody log (who changed what, when) out")
    package_export.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS)
    package_export.set_defaults(handler=cmd_export_package)
    ftm_export = kinds.add_parser("ftm", help="persons, organizations, positions, terms, sources and allegations "
                                  "as FollowTheMoney JSON lines (for Aleph and ftm tools)")
    ftm_export.add_argument("out", help="OUT.ftm.json")
    ftm_export.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS)
    ftm_export.set_defaults(handler=cmd_export_ftm)
    csv_export = kinds.add_parser("csv", help="one <table>.csv per table into a new folder")
    csv_export.add_argument("outdir", help="OUTDIR (created)")
    csv_export.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS)
    csv_export.set_defaults(handler=cmd_export_csv)
    dossier_export = kinds.add_parser("dossier", help="one person's printable report (PDF or HTML)")
    dossier_export.add_argument("person", metavar="PERSON", help="a person's id, or a name or alias matching one person")
    dossier_export.add_argument("out", metavar="OUT", help="OUT.pdf or OUT.html")
    dossier_export.add_argument("--as-of", metavar="DATE", help=AS_OF_HELP)
    dossier_export.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS)
    dossier_export.set_defaults(handler=cmd_export_dossier)
    timeline_export = kinds.add_parser("timeline", help="the timeline as an image (PNG or SVG), without a window")
    timeline_export.add_argument("out", metavar="OUT", help="OUT.png or OUT.svg")
    timeline_export.add_argument("--from", dest="first_year", type=int, metavar="YEAR", help="first year shown")
    timeline_export.add_argument("--to", dest="last_year", type=int, metavar="YEAR", help="last year shown (inclusive)")
    timeline_export.add_argument("--persons", nargs="+", metavar="ID_OR_NAME", help="only these persons' lanes")
    timeline_export.add_argument("--size", default="1600x900", metavar="WxH", help="image size in pixels (default 1600x900)")
    timeline_export.add_argument("--as-of", metavar="DATE", help=AS_OF_HELP)
    timeline_export.add_argument("--db", metavar="FILE", default=argparse.SUPPRESS)
    timeline_export.set_defaults(handler=cmd_export_timeline)
    return parser


_OPTIONS_WITH_VALUES = ("--db", "--lang")


def _first_positional(argv: list[str]) -> int | None:
    """Where the first word that is neither an option nor an option's value stands."""
    index = 0
    while index < len(argv):
        word = argv[index]
        if word == "--":
            return index + 1 if index + 1 < len(argv) else None
        if word in _OPTIONS_WITH_VALUES:
            index += 2
            continue
        if not word.startswith("-") or word == "-":
            return index
        index += 1
    return None


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    """The arguments, with ``open_file`` set when the first word names a file, not a command."""
    parser = build_parser()
    argv = list(sys.argv[1:] if argv is None else argv)
    index = _first_positional(argv)
    after_dashes = index is not None and index > 0 and argv[index - 1] == "--"
    if index is None or (argv[index] in parser.command_names and not after_dashes):
        return parser.parse_args(argv)
    file = argv.pop(index)
    if after_dashes:
        argv.pop(index - 1)
    args = parser.parse_args(argv)
    if args.command is not None:
        parser.error(f"give a FILE to open or a COMMAND, not both ({file!r} is not a command)")
    args.open_file = Path(file)
    return args


def main(argv: list[str] | None = None) -> int:
    # NOTE: a windowed build (the Windows .exe, the -gui launcher) has no console:
    # sys.stdout/stderr are None there, and the first print would crash a command.
    for stream in ("stdout", "stderr"):
        if getattr(sys, stream) is None:
            setattr(sys, stream, open(os.devnull, "w", encoding="utf-8"))
    args = parse_args(argv)
    if args.self_test:  # before anything looks at the user's folders
        from .selftest import run_self_test

        return run_self_test()
    from .domain.folders import use_data_folder

    use_data_folder(data_folder())  # temporary copies and backups live in the app's data folder
    if args.lang:
        from .ui.i18n import set_override  # NOTE: only with --lang: headless commands otherwise load no Qt

        set_override(args.lang)
    handler = getattr(args, "handler", None)
    if handler is None:
        from .ui.application import run

        return run(args)
    from .domain.exchange import ExchangeError
    from .domain.opener import DossierRefused
    from .domain.originals import OriginalError
    from .domain.store import StoreError

    _stop_on_signals()
    try:
        return handler(args)
    except Stopped as stopped:
        print(f"dossier-timeline: stopped by {signal.Signals(stopped.signum).name}; "
              "the change in progress was rolled back", file=sys.stderr)
        return 128 + stopped.signum
    except DossierRefused as error:
        print(f"dossier-timeline: {error}", file=sys.stderr)
        return EXIT_REFUSED
    except ExchangeError as error:
        print(f"dossier-timeline: import refused, nothing was changed:\n{error}", file=sys.stderr)
        return EXIT_PROBLEMS
    except CommandError as error:
        print(f"dossier-timeline: {error}", file=sys.stderr)
        return error.status
    except OriginalError as error:
        print(f"dossier-timeline: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    except (StoreError, OSError, sqlite3.Error) as error:
        from .domain.safety import plain_failure

        print(f"dossier-timeline: {plain_failure(error) or error}", file=sys.stderr)
        return EXIT_PROBLEMS
