"""Ordinal numbers with the wrong suffix: "22th", "3nd", "11rd".

Why it matters: the suffix of a figure written as an ordinal follows from
its last two digits (1st, 2nd, 3rd, 4th, but 11th, 12th, 13th), so a wrong
one is always a slip, made when a figure is retyped or changed ("the 21st"
updated to "the 22st"), and spell checkers skip tokens with digits. The fix
is certain.
"""

from __future__ import annotations

from collections.abc import Iterator

from lint.checks.base import Check
from lint.document import Document
from lint.findings import Hit
from lint.rules.patterns import compile_regex
from lint.rules.scan import scan

#: A figure with an ordinal suffix, as a whole token. "st" is left out: after a figure it is also
#: the British abbreviation of stone, a weight ("He weighs 12st 4lb").
_ORDINAL = compile_regex(r"\b\d+(?:nd|rd|th)\b", ignorecase=True, where=(__file__, None, "_ORDINAL"))


def suffix(number: int) -> str:
    """The ordinal suffix English writes after `number`: 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st."""
    if number % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(number % 10, "th")


class OrdinalSuffix(Check):
    """Flag a figure whose ordinal suffix does not match it, with the right one as a safe fix."""

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        for start, end in scan(doc, "paragraph", _ORDINAL):
            token = text[start:end]
            digits, written = token[:-2], token[-2:]
            right = suffix(int(digits))
            if written.lower() == right:
                continue
            fixed = digits + (right.upper() if written.isupper() else right)
            yield Hit(start, end, replacements=(fixed,), fix=fixed, values={"right": fixed})
