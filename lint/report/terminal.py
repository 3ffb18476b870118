"""The terminal report: for an editor, not a parser.

Findings are grouped by file in reading order, or with `--group-by category`
under a heading per category, so that an editor can clear one kind of damage
at a time (delete all the page furniture, then mend the punctuation). Each
shows where it is, how bad, which rule, what is wrong, the source line with
the offending text highlighted, and the suggestion. A summary and readability
figures close it.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Sequence

from rich.console import Console
from rich.text import Text
from rich.theme import Theme

from lint.engine import FileResult
from lint.findings import Finding, Severity
from lint.report import ReportOptions
from lint.report.summary import category_counts, severity_counts

THEME = Theme(
    {
        "path": "bold underline",
        "error": "bold red",
        "warning": "bold yellow",
        "info": "bold cyan",
        "rule": "dim",
        "location": "bold",
        "context": "default",
        "highlight.error": "bold red reverse",
        "highlight.warning": "bold yellow reverse",
        "highlight.info": "bold cyan reverse",
        "suggestion": "green",
        "gutter": "dim",
        "notice": "yellow",
        "failure": "bold red",
        "ok": "bold green",
        "figures": "dim",
    }
)



def make_console(options: ReportOptions, file: io.StringIO) -> Console:
    return Console(
        file=file,
        theme=THEME,
        width=options.width,
        force_terminal=options.color,
        no_color=not options.color,
        color_system="standard" if options.color else None,
        highlight=False,
        soft_wrap=True,
        emoji=False,
        markup=False,
    )


def render(results: Sequence[FileResult], options: ReportOptions) -> str:
    buffer = io.StringIO()
    console = make_console(options, buffer)
    for result in results:
        if result.error:
            console.print(Text(result.path, style="path"))
            console.print(Text("  error: ", style="failure") + Text(_without_path(result.error, result.path)))
            console.print()
        if not result.findings:
            continue
        if not result.error:
            console.print(Text(result.path, style="path"))
        width = max(len(f"{f.line}:{f.column}") for f in result.findings)
        if options.group_by == "category":
            for category, findings in _by_category(result.findings):
                console.print(Text(f"  {category} ", style="bold") + Text(f"· {len(findings)}", style="figures"))
                for finding in findings:
                    _print_finding(console, result, finding, width)
        else:
            for finding in result.findings:
                _print_finding(console, result, finding, width)
        console.print()
    if not options.quiet:
        _print_summary(console, results)
    return buffer.getvalue()


def _by_category(findings: Sequence[Finding]) -> list[tuple[str, list[Finding]]]:
    """A file's findings by category, each in reading order: the category with the worst finding first, then the
    one with more findings, then the one met first."""
    groups: dict[str, list[Finding]] = {}
    for finding in findings:
        groups.setdefault(finding.category, []).append(finding)
    order = {category: i for i, category in enumerate(groups)}
    return sorted(groups.items(), key=lambda item: (-max(f.severity for f in item[1]), -len(item[1]), order[item[0]]))


def _without_path(message: str, path: str) -> str:
    prefix = f"{path}: "
    return message[len(prefix):] if message.startswith(prefix) else message


def _print_finding(console: Console, result: FileResult, f: Finding, width: int) -> None:
    sev = str(f.severity)
    head = Text("  ")
    head.append(f"{f.line}:{f.column}".ljust(width), style="location")
    head.append("  ")
    head.append(sev.ljust(7), style=sev)
    head.append(" ")
    # A message with line breaks keeps its lines, indented under the first.
    head.append(f.message.replace("\r\n", "\n").replace("\n", "\n" + " " * (width + 12)))
    head.append("  ")
    head.append(f.rule, style="rule")
    console.print(head)
    indent = " " * (width + 4)
    room = max(40, console.width - len(indent) - 2)
    context = _context(result.source, f, room, markup=result.format == "html")
    console.print(Text(indent) + Text("│ ", style="gutter") + context)
    if f.suggestions:
        shown = ", ".join(_visible(s) for s in f.suggestions[:3])
        console.print(Text(indent + "→ ", style="gutter") + Text(shown, style="suggestion"))


def _visible(suggestion: str) -> str:
    return f"“{suggestion}”" if suggestion.strip() else "(delete)"


#: An HTML tag, or the part of one cut off by the start or end of the line (or of an
#: attribute the finding sits in), for showing the prose around a finding, not the markup.
TAG = re.compile(r"<[^<>]*>|^[^<>]*>|<[^<>]*$")


#: Comments, and the code of a script or style element on the line, also where the line cuts the
#: element: the reader sees none of it (the HTML reader skips these too).
CODE = re.compile(
    r"<!--.*?-->|<!--.*$"
    r"|<(script|style)\b[^>]*>.*?</\1\s*>"  # whole on the line
    r"|^(?:(?!<(?:script|style)\b).)*?</(?:script|style)\s*>"  # opened on a line above
    r"|<(?:script|style)\b.*$",  # closed on a line below
    re.IGNORECASE | re.DOTALL,
)


def _prose(markup: str) -> str:
    """HTML source as a reader sees it: script and style code and tags dropped, entities decoded,
    runs of spaces joined."""
    return re.sub(r"\s+", " ", html.unescape(TAG.sub("", CODE.sub(" ", markup))))


def _context(source: str, f: Finding, room: int, markup: bool = False) -> Text:
    """The line holding the finding, match highlighted, cut to `room` characters around it.

    For HTML (`markup`), the line is shown as prose, without tags; entities are
    decoded either side of the match but not in it, where one may be the defect.
    """
    line_start = source.rfind("\n", 0, f.offset) + 1
    line_end = source.find("\n", f.offset)
    if line_end == -1:
        line_end = len(source)
    end = min(f.end_offset, line_end)
    left = source[line_start:f.offset]
    match = source[f.offset:end]
    right = source[end:line_end].rstrip("\r")
    if markup:
        left, right, match = _prose(left), _prose(right), TAG.sub("", match) or match
    if len(match) > room - 20:
        # A long span (a whole sentence): show its start and end, not all of it.
        keep = max(10, (room - 24) // 2)
        match = match[:keep].rstrip() + " … " + match[-keep:].lstrip()
    side = max(10, (room - len(match)) // 2)
    if len(left) > side:
        left = "…" + left[-side:].lstrip()
    if len(right) > side:
        right = right[:side].rstrip() + "…"
    text = Text(left.replace("\t", " "), style="context")
    text.append(match.replace("\t", " ") or "⎀", style=f"highlight.{f.severity}")
    if f.end_offset > line_end:
        text.append(" ⏎", style="gutter")
    text.append(right.replace("\t", " "), style="context")
    return text


def _print_summary(console: Console, results: Sequence[FileResult]) -> None:
    total = sum(len(r.findings) for r in results)
    failed = sum(1 for r in results if r.error)
    files = len(results)
    counts = severity_counts(results)
    noun = "file" if files == 1 else "files"
    if total:
        parts = [f"{counts[str(s)]} {s}{'s' if counts[str(s)] != 1 and s != Severity.INFO else ''}" for s in sorted(Severity, reverse=True)]
        line = Text(f"{total} finding{'s' if total != 1 else ''} in {files} {noun}: ", style="bold")
        for i, (sev, part) in enumerate(zip(sorted(Severity, reverse=True), parts)):
            if i:
                line.append(", ")
            line.append(part, style=str(sev) if counts[str(sev)] else "")
        console.print(line)
        cats = category_counts(results)
        console.print(Text("  " + " · ".join(f"{c} {n}" for c, n in cats.most_common()), style="figures"))
    else:
        console.print(Text(f"No findings in {files} {noun}.", style="ok"))
    if failed:
        console.print(Text(f"{failed} {'file' if failed == 1 else 'files'} could not be linted.", style="failure"))
    for result in results:
        if result.figures is not None:
            fig = result.figures
            console.print(
                Text(
                    f"Readability  {result.path}: {_count(fig.words, 'word')}, {_count(fig.sentences, 'sentence')}, "
                    f"Flesch reading ease {fig.flesch_reading_ease}, grade {fig.grade}",
                    style="figures",
                )
            )


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"
