"""Inline suppression comments in Markdown and HTML.

    <!-- newslint-disable RULE [RULE...] -->   ... <!-- newslint-enable RULE -->
    <!-- newslint-disable-next-line RULE -->

RULE is a rule id, a glob (`web-residue.*`) or a category; none means every
rule. A disable range starts after its comment and ends at the first
`newslint-enable` naming one of its rules as written (a bare enable ends every
range) or at the end of the file. Enabling one rule of a multi-rule disable
keeps the others disabled. An enable cannot carve one rule out of a bare
`disable`: that range stays open until a bare enable. `disable-next-line`
covers the next non-blank source line after the comment.

The parsers call `directives()` only on real comments (HTML comments, Markdown
HTML blocks and inline HTML), never on code, so a README that shows the syntax
in a code block does not switch rules off.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from lint.document import Suppression

_DIRECTIVE = re.compile(r"<!--\s*newslint-(disable-next-line|disable|enable)(?=\s|-->)(.*?)-->", re.DOTALL)
_RULE_SEPARATOR = re.compile(r"[\s,]+")


@dataclass(frozen=True)
class Directive:
    """One suppression comment: its action, rules, and source range."""

    action: str  # "disable", "enable" or "disable-next-line"
    rules: tuple[str, ...]
    start: int
    end: int


def directives(source: str, start: int, end: int) -> Iterator[Directive]:
    """Directives in source[start:end], which the caller knows to be comment markup."""
    for m in _DIRECTIVE.finditer(source, start, end):
        rules = tuple(r for r in _RULE_SEPARATOR.split(m.group(2)) if r)
        yield Directive(m.group(1), rules, m.start(), m.end())


def suppressions(source: str, found: Iterable[Directive]) -> list[Suppression]:
    """Turn directives, in any order, into Suppression ranges in source offsets."""
    result: list[Suppression] = []
    open_ranges: list[tuple[tuple[str, ...], int]] = []
    for d in sorted(found, key=lambda d: d.start):
        if d.action == "disable-next-line":
            line_start, line_end = _next_line(source, d.end)
            if line_start < line_end:
                result.append(Suppression(d.rules, line_start, line_end))
        elif d.action == "disable":
            open_ranges.append((d.rules, d.end))
        else:
            still_open = []
            for rules, start in open_ranges:
                if not d.rules:
                    result.append(Suppression(rules, start, d.start))
                elif rules and any(r in d.rules for r in rules):
                    result.append(Suppression(rules, start, d.start))
                    rest = tuple(r for r in rules if r not in d.rules)
                    if rest:
                        still_open.append((rest, d.end))
                else:
                    still_open.append((rules, start))
            open_ranges = still_open
    result.extend(Suppression(rules, start, len(source)) for rules, start in open_ranges)
    return result


def _next_line(source: str, offset: int) -> tuple[int, int]:
    """The next non-blank line after the line holding `offset`, without its line break."""
    pos = offset
    while True:
        newline = _line_break(source, pos)
        if newline < 0:
            return len(source), len(source)
        pos = newline + (2 if source.startswith("\r\n", newline) else 1)
        following = _line_break(source, pos)
        line_end = len(source) if following < 0 else following
        if source[pos:line_end].strip():
            return pos, line_end


def _line_break(source: str, pos: int) -> int:
    candidates = [i for i in (source.find("\n", pos), source.find("\r", pos)) if i >= 0]
    return min(candidates) if candidates else -1
