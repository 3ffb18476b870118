"""The `newslint` command: a thin layer over the engine; owns the exit codes.

Exit status: 0 nothing at or above --fail-on; 1 findings at or above it;
2 usage, config, rule or input errors (every other file is still linted);
3 an internal error in a rule.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from lint._version import __version__

if TYPE_CHECKING:
    from lint.config import Config
    from lint.engine import FileResult
    from lint.fix import Fixed

EXIT_OK, EXIT_FINDINGS, EXIT_ERROR, EXIT_INTERNAL = 0, 1, 2, 3
FORMATS = ("text", "json", "sarif", "github", "compact")


def _csv(value: str) -> list[str]:
    return [v.strip() for v in value.split(",") if v.strip()]


def _jobs(value: str) -> int:
    try:
        jobs = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if jobs < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return jobs


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="newslint",
        description="Lint news copy for scraper residue, MT artefacts, duplication, punctuation, encoding damage and more.",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files or folders to lint; - reads standard input")
    parser.add_argument("--format", choices=FORMATS, default="text", help="report format (default: text)")
    parser.add_argument("--output", type=Path, metavar="FILE", help="write the --format report to FILE; the text report still goes to the screen")
    parser.add_argument("--fix", action="store_true", help="apply safe fixes to the files, then report what is left")
    parser.add_argument("--diff", action="store_true", help="print the safe fixes as a unified diff; write nothing")
    parser.add_argument("--baseline", type=Path, metavar="FILE", help="report only findings not recorded in this baseline")
    parser.add_argument("--update-baseline", type=Path, metavar="FILE", help="record today's findings in FILE and exit")
    parser.add_argument("-j", "--jobs", type=_jobs, metavar="N", help="lint in N processes (default: the number of CPUs)")
    parser.add_argument("--input-format", choices=("text", "markdown", "html"), help="treat every input as this format")
    parser.add_argument("--select", type=_csv, action="extend", metavar="RULES", help="only these rules: ids, globs (web-residue.*) or categories")
    parser.add_argument("--ignore", type=_csv, action="extend", metavar="RULES", help="skip these rules: ids, globs or categories")
    parser.add_argument("--fail-on", choices=("info", "warning", "error", "never"), help="lowest severity that fails the run (default: warning)")
    parser.add_argument("--rules", action="append", type=Path, metavar="DIR", help="an extra folder of YAML rules (repeatable)")
    parser.add_argument("--config", type=Path, metavar="FILE", help="config file (default: nearest .newslint.toml or pyproject.toml)")
    parser.add_argument("--no-color", action="store_true", help="plain output without colour")
    parser.add_argument("-q", "--quiet", action="store_true", help="findings only, no summary or notices")
    parser.add_argument("--group-by", choices=("file", "category"), default="file",
                        help="order of the text report's findings: reading order (default) or under a heading per category")
    parser.add_argument("--version", action="version", version=f"newslint {__version__}")
    parser.add_argument("--list-rules", action="store_true", help="list the rules and exit")
    parser.add_argument("--explain", metavar="RULE", help="describe a rule with its examples and exit")
    grammar = parser.add_argument_group("grammar (LanguageTool)", "`newslint languagetool install` installs a local LanguageTool")
    grammar.add_argument("--languagetool-url", metavar="URL", help="use this LanguageTool server (fails when unreachable)")
    grammar.add_argument("--languagetool-mode", choices=("auto", "required", "off"), help="auto: a local install if present (default); required: fail without one; off")
    grammar.add_argument("--no-languagetool", action="store_true", help="do not use LanguageTool (same as --languagetool-mode off)")
    grammar.add_argument("--language", metavar="CODE", help="language of the copy for LanguageTool, e.g. en-GB (default: en-US)")
    grammar.add_argument("--no-cache", action="store_true", help="ignore cached LanguageTool results")
    return parser


def load_settings(args: argparse.Namespace) -> Config:
    """The config file's settings, overridden by the command line."""
    from lint.config import Config, find_config, load_config

    path = args.config or find_config()
    config = load_config(path) if path else Config()
    changes: dict[str, object] = {}
    if args.select:
        changes["select"] = tuple(args.select)
    if args.ignore:
        changes["ignore"] = tuple(config.ignore) + tuple(args.ignore)
    if args.fail_on:
        changes["fail_on"] = args.fail_on
    if args.rules:
        changes["rules"] = tuple(config.rules) + tuple(args.rules)
    languagetool = dict(config.languagetool)
    if args.languagetool_url:
        languagetool["url"] = args.languagetool_url
    if args.languagetool_mode:
        languagetool["mode"] = args.languagetool_mode
    if args.no_languagetool:
        languagetool["mode"] = "off"
    if args.no_cache:
        languagetool["cache"] = False
    if languagetool != config.languagetool:
        changes["languagetool"] = languagetool
    if args.language:
        changes["language"] = args.language
    return config.with_(**changes)


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None, stderr: TextIO | None = None) -> int:
    """Run newslint; returns the exit status."""
    out = stdout or sys.stdout
    err = stderr or sys.stderr
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["languagetool"]:
        from lint.grammar.install import main as languagetool_main

        return languagetool_main(argv[1:], out, err)
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help/--version
        return int(exc.code or 0)

    from lint.errors import NewslintError, RuleErrors

    try:
        config = load_settings(args)
        if args.list_rules or args.explain:
            from lint.catalogue import explain, list_rules

            text = explain(config, args.explain) if args.explain else list_rules(config, _color(args, out))
            out.write(text)
            return EXIT_OK
        if not args.paths:
            parser.print_usage(err)
            err.write("newslint: error: no PATH given (use - for standard input)\n")
            return EXIT_ERROR
        from lint.engine import Linter

        known = None
        if args.baseline and not args.update_baseline:
            from lint.baseline import load_baseline

            known = load_baseline(args.baseline)
        linter = Linter(config, figures=args.format == "text" or args.output is not None)
    except RuleErrors as exc:
        for error in exc.errors:
            err.write(f"newslint: error: {error}\n")
        return EXIT_ERROR
    except NewslintError as exc:
        err.write(f"newslint: error: {exc}\n")
        return EXIT_ERROR

    if not args.quiet:
        for notice in linter.notices:  # once per run, never on stdout
            err.write(f"newslint: {notice}\n")
    outcomes = _lint_all(linter, args, config, err)
    if args.diff:
        return _show_diffs(outcomes, out, err)
    from lint.fix import Fixed

    results = [o.result if isinstance(o, Fixed) else o for o in outcomes]
    if args.fix:
        _write_fixes(outcomes, linter, args)
    if args.update_baseline:
        return _update_baseline(results, args.update_baseline, err)
    if known is not None:
        from lint.baseline import filter_new

        filter_new(results, known, args.baseline)
    return _report(results, linter, args, config, out, err)


def _lint_all(linter: object, args: argparse.Namespace, config: Config, err: TextIO) -> list[FileResult | Fixed]:
    """Lint every path (in parallel with -j), in command-line order; with --fix or --diff, fixed in memory."""
    from lint.engine import FileResult, Linter
    from lint.errors import InputError
    from lint.parallel import default_jobs, lint_files
    from lint.walk import expand_paths

    assert isinstance(linter, Linter)
    entries: list[str | FileResult] = []
    for path in args.paths:
        try:
            entries.extend(expand_paths([path], config.exclude))
        except InputError as exc:
            entries.append(FileResult(path, error=str(exc)))
    files = [e for e in entries if isinstance(e, str)]
    jobs = args.jobs or default_jobs()
    linted = iter(lint_files(linter, files, input_format=args.input_format, fix=args.fix or args.diff, jobs=jobs, progress=err))
    return [next(linted) if isinstance(e, str) else e for e in entries]


def _show_diffs(outcomes: Sequence[FileResult | Fixed], out: TextIO, err: TextIO) -> int:
    """--diff: the fixes as a unified diff; 1 when any file would change."""
    from lint.fix import Fixed, unified_diff

    changed = False
    failed = False
    for outcome in outcomes:
        result = outcome.result if isinstance(outcome, Fixed) else outcome
        if result.error:
            failed = True
            err.write(f"newslint: error: {result.error}\n")
        if isinstance(outcome, Fixed) and outcome.changed:
            changed = True
            out.write(unified_diff(result.path, outcome.original, result.source))
    return EXIT_ERROR if failed else EXIT_FINDINGS if changed else EXIT_OK


def _write_fixes(outcomes: Sequence[FileResult | Fixed], linter: object, args: argparse.Namespace) -> None:
    """--fix: write each changed file atomically; a file that cannot be written is left as it was.

    A file left as it was is reported as it is on disk, with the reason.
    """
    from lint.engine import Linter
    from lint.errors import InputError
    from lint.fix import Fixed, write_atomic
    from lint.markup import format_for

    assert isinstance(linter, Linter)
    for outcome in outcomes:
        if not isinstance(outcome, Fixed) or not outcome.changed:
            continue
        result = outcome.result
        problem = None
        if result.path == "-":
            problem = "standard input: fixes not written (use --diff to see them)"
        else:
            try:
                write_atomic(result.path, result.source, outcome.original)
            except (OSError, InputError, UnicodeError) as exc:
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                problem = f"{result.path}: fixes not written ({reason}); the file is unchanged"
        if problem is None:
            noun = "fix" if outcome.applied == 1 else "fixes"
            result.notices.append(f"{result.path}: applied {outcome.applied} {noun}")
            continue
        as_is = linter.lint_text(outcome.original, args.input_format or format_for(result.path), result.path)
        result.findings, result.source = as_is.findings, as_is.source
        if result.path == "-":
            result.notices.append(problem)
        else:
            result.error = problem


def _update_baseline(results: Sequence[FileResult], file: Path, err: TextIO) -> int:
    from lint.baseline import write_baseline

    try:
        count = write_baseline(results, file)
    except OSError as exc:
        err.write(f"newslint: error: {file}: cannot write baseline ({exc.strerror or exc})\n")
        return EXIT_ERROR
    for result in results:
        if result.error:
            err.write(f"newslint: error: {result.error}\n")
    err.write(f"newslint: baseline {file}: {count} finding{'s' if count != 1 else ''} recorded\n")
    return EXIT_ERROR if any(r.error for r in results) else EXIT_OK


def _color(args: argparse.Namespace, out: TextIO) -> bool:
    if args.no_color or "NO_COLOR" in os.environ:
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return hasattr(out, "isatty") and out.isatty()


def _report(results: list[FileResult], linter: object, args: argparse.Namespace, config: Config, out: TextIO, err: TextIO) -> int:
    import shutil
    from dataclasses import replace

    from lint.report import ReportOptions, reporter

    options = ReportOptions(
        version=__version__,
        color=_color(args, out),
        width=max(60, shutil.get_terminal_size((100, 24)).columns),
        rules=getattr(linter, "known", {}),
        quiet=args.quiet,
        group_by=args.group_by,
    )
    if not args.quiet:
        for result in results:
            for notice in result.notices:
                err.write(f"newslint: {notice}\n")
    if args.output is not None:
        try:
            args.output.write_text(reporter(args.format).render(results, replace(options, color=False)), encoding="utf-8")
        except OSError as exc:
            err.write(f"newslint: error: {args.output}: cannot write report ({exc.strerror or exc})\n")
            return EXIT_ERROR
        out.write(reporter("text").render(results, options))
        return exit_status(results, config)
    if args.format != "text":
        for result in results:
            if result.error:
                err.write(f"newslint: error: {result.error}\n")
    out.write(reporter(args.format).render(results, options))
    return exit_status(results, config)


def exit_status(results: Sequence[FileResult], config: Config) -> int:
    """2 when any file failed, else 1 when a finding reaches the fail level, else 0."""
    if any(r.error and "internal error" in r.error for r in results):
        return EXIT_INTERNAL
    if any(r.error for r in results):
        return EXIT_ERROR
    level = config.fail_level
    if level is not None and any(f.severity >= level for r in results for f in r.findings):
        return EXIT_FINDINGS
    return EXIT_OK
