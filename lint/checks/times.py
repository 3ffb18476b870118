"""Clock times that cannot be right: "13:15 pm", "10:75 am", "25:30 GMT".

Why it matters: a time is retyped from a press release or converted between
clocks, and a slip gives an hour or minute no clock shows. Copy editors
check times by eye; spell checkers skip figures. Only figures marked as a
time are read: by "am"/"pm" or a time zone after them. A bare "10:75" may be
a ratio, a score or a Bible verse ("Genesis 24:67").
"""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks.base import Check
from lint.document import Document
from lint.findings import Hit
from lint.rules.patterns import compile_regex
from lint.rules.scan import scan

#: An hour, maybe minutes ("10:75", "10.75"), then the mark that makes it a clock time: am or pm
#: (group `half`), or a time zone, which follows the 24-hour clock (group `zone`).
_TIME = compile_regex(
    r"\b(?P<hour>\d{1,2})(?:[:.](?P<minute>\d\d))?"
    r"(?:\s?(?P<half>[ap]\.?m\b\.?)|\s(?P<zone>GMT|BST|UTC|CET|CEST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|AEST|AEDT|JST|IST)\b)",
    ignorecase=False,
    where=(__file__, None, "_TIME"),
)


def impossible(hour: int, minute: int | None, twelve_hour: bool) -> str | None:
    """Why a time cannot be, or None: an hour past 12 (or 0) on the 12-hour clock, past 24 on
    the 24-hour clock, or minutes past 59."""
    if minute is not None and minute > 59:
        return f"an hour has no minute {minute}"
    if twelve_hour and not 1 <= hour <= 12:
        return f"the 12-hour clock (am, pm) has no hour {hour}"
    if not twelve_hour and (hour > 24 or hour == 24 and minute):
        return f"a day has no hour {hour}" if hour > 24 else "a day ends at 24:00"
    return None


class ImpossibleTime(Check):
    """Flag a clock time with an hour or a minute no clock shows."""

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        for start, end in scan(doc, "paragraph", _TIME):
            m = _TIME.match(text[start:end])
            if m is None or text[start - 1:start] in (":", "."):
                continue  # the minutes and seconds of a longer time ("3:24:55 UTC") or a decimal's end
            minute = m.group("minute")
            why = impossible(int(m.group("hour")), int(minute) if minute else None, m.group("half") is not None)
            if why is not None:
                yield Hit(start, end, values={"why": why})
