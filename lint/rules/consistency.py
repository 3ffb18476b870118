"""`kind: consistency` — a story that uses two forms of the same thing.

Why it matters: "U.S." in one paragraph and "US" in the next, or "Zinichev"
and "Zinichyov", tells readers nobody edited the piece. The minority form
is flagged, with the story's majority form as the suggestion.

A named group `flag` narrows a form to that part of its match (RE2 has no
look-around): `\\d(?P<flag>%)` is a percent sign after a figure. Matches in
the rule's `skip_blocks` (a headline's "5%" beside "5 per cent" in the body)
are not counted, so they neither set the story's form nor are flagged.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from typing import Any

import re2

from lint.document import Document
from lint.errors import RuleError
from lint.findings import Hit
from lint.rules.model import Rule
from lint.rules.patterns import compile_regex

FIELDS = {"either", "ignorecase"}
DEFAULT_SCOPE = "text"


class Consistency:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        either = rule.options.get("either")
        if not isinstance(either, Mapping) or not either:
            raise RuleError(rule.path, "either: must be a mapping of one form's regex to the other's", rule.line_of("either") or rule.line_of("kind"))
        ignorecase = rule.options.get("ignorecase", False)
        where = (str(rule.path), rule.line_of("either"), "either")

        def form(pattern: str) -> tuple[Any, int]:
            """A form's compiled pattern and the number of its `flag` group (0: the whole match)."""
            compiled = compile_regex(pattern, ignorecase=ignorecase, where=where)
            return compiled, int(compiled.groupindex.get("flag", 0))

        self.pairs = [(form(a), form(b)) for a, b in either.items()]
        # Over the whole text, one RE2 set pass tells which forms occur at all:
        # most stories have no pair with both, and are done after that pass.
        self.present: Any = None
        if rule.scope == "text":
            options = re2.Options()
            options.max_mem = 64 << 20
            self.present = re2.Set.SearchSet(options)
            for a, b in either.items():
                for pattern in (a, b):
                    self.present.Add(("(?i)" if ignorecase else "") + pattern)
            self.present.Compile()

    def find(self, doc: Document) -> Iterator[Hit]:
        both: Sequence[int] = range(len(self.pairs))
        if self.present is not None:
            found = set(self.present.Match(doc.utf8.data) or ())
            both = [n for n in both if 2 * n in found and 2 * n + 1 in found]
        for unit in doc.units(self.rule.scope):
            piece = doc.text[unit.start:unit.end]
            for a, b in (self.pairs[n] for n in both):
                first = self._spans(doc, unit.start, a, piece)
                second = self._spans(doc, unit.start, b, piece)
                if not first or not second:
                    continue
                # The minority form is the odd one out; on a tie, the form used first sets the style.
                if len(first) > len(second) or (len(first) == len(second) and first[0] < second[0]):
                    major, minor = first, second
                else:
                    major, minor = second, first
                other = piece[major[0][0]:major[0][1]]
                for s, e in minor:
                    yield Hit(unit.start + s, unit.start + e, replacements=(other,), values={"other": other})

    def _spans(self, doc: Document, offset: int, form: tuple[Any, int], piece: str) -> list[tuple[int, int]]:
        """Spans (in `piece`) of the form's matches, narrowed to `flag`, outside the rule's skipped blocks."""
        pattern, group = form
        spans = [m.span(group) for m in pattern.finditer(piece)]
        if not self.rule.skip_blocks:
            return spans
        kept = []
        for s, e in spans:
            block = doc.block_at(offset + s)
            if block is None or block.kind not in self.rule.skip_blocks:
                kept.append((s, e))
        return kept


def build(rule: Rule, params: Mapping[str, Any]) -> Consistency:
    return Consistency(rule)
