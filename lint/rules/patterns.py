"""Compiling rule patterns with RE2, whose matching time is linear in the input.

Every regex in a rule file is compiled with RE2 (google-re2), so no pattern,
however pathological, can make the linter hang. RE2 has no look-around or
backreferences; a rule that needs them is written as a `kind: check`.
Phrase lists become one alternation, matched in a single pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

import re2

from lint.errors import RuleError

_OPTIONS = re2.Options()
_OPTIONS.max_mem = 64 << 20  # room for phrase lists of several thousand entries
_OPTIONS.log_errors = False  # errors become RuleErrors, not log lines on stderr

Pattern = Any  # re2._Regexp has no public type


def compile_regex(pattern: str, *, ignorecase: bool, where: tuple[str, int | None, str]) -> Pattern:
    """Compile `pattern` with RE2, or raise a RuleError naming file, line and key."""
    path, line, key = where
    flags = "(?i)" if ignorecase else ""
    try:
        return re2.compile(flags + _numbered_flags(pattern), _OPTIONS)
    except (re2.error, TypeError, ValueError) as exc:
        reason = exc.args[0] if exc.args else exc
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise RuleError(path, f"invalid regex in {key!r}: {pattern!r} ({reason})", line) from None


#: The named group that narrows a match to the span a rule reports (stands in for look-behind).
FLAG = "(?P<flag>"


def _numbered_flags(pattern: str) -> str:
    """Give each `flag` group of an alternation its own name (flag, flag_1, ...).

    A rule's patterns are joined into one alternation, and RE2 would report only
    one of several groups of the same name; `scan` reads them all.
    """
    first, *rest = pattern.split(FLAG)
    if len(rest) <= 1:
        return pattern
    return first + "".join((f"(?P<flag_{i}>" if i else FLAG) + part for i, part in enumerate(rest))


def phrase_regex(phrase: str) -> str:
    """A regex for a literal phrase: flexible whitespace, word boundaries at word edges."""
    body = r"\s+".join(re.escape(word) for word in phrase.split())
    if phrase[:1].isalnum() or phrase[:1] == "_":
        body = r"\b" + body
    if phrase[-1:].isalnum() or phrase[-1:] == "_":
        body = body + r"\b"
    return body


def alternation(regexes: Iterable[str]) -> str:
    """One pattern matching any of `regexes`, longest alternatives first."""
    ordered = sorted(set(regexes), key=len, reverse=True)
    return "(?:" + "|".join(ordered) + ")"


def normalize(text: str) -> str:
    """The lookup key of a matched phrase: case-folded, single spaces."""
    return " ".join(text.split()).casefold()
