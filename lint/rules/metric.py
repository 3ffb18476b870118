"""`kind: metric` — a textstat measure over a scope, against a threshold.

Why it matters: a 70-word sentence or a paragraph at a postgraduate reading
level loses readers; editors want them pointed out, not rewritten.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from lint.document import Document
from lint.errors import RuleError
from lint.findings import Hit
from lint.readability import METRICS, measure, upper_bound
from lint.rules.model import Rule

FIELDS = {"metric", "max", "min", "min_words", "min_sentences"}
DEFAULT_SCOPE = "sentence"


class Metric:
    def __init__(self, rule: Rule) -> None:
        self.rule = rule
        metric = rule.options.get("metric")
        if not isinstance(metric, str) or metric not in METRICS:
            raise RuleError(rule.path, f"metric: must be one of {', '.join(METRICS)}", rule.line_of("metric") or rule.line_of("kind"))
        self.metric: str = metric
        self.max = rule.options.get("max")
        self.min = rule.options.get("min")
        for key in ("max", "min"):
            value = rule.options.get(key)
            if value is not None and (not isinstance(value, (int, float)) or isinstance(value, bool)):
                raise RuleError(rule.path, f"{key}: must be a number", rule.line_of(key))
        if self.max is None and self.min is None:
            raise RuleError(rule.path, "needs 'max' or 'min'", rule.line_of("kind"))
        # Short units give meaningless readability scores; skip them.
        self.min_words = int(rule.options.get("min_words", 0))
        # A paragraph of one sentence is that sentence: a sentence-scope rule judges it.
        self.min_sentences = int(rule.options.get("min_sentences", 0))

    def find(self, doc: Document) -> Iterator[Hit]:
        # With only a `max`, a unit whose cheap upper bound is within it cannot be flagged: textstat
        # (the slow part, and the source of every reported figure) runs only on the rest.
        ceiling = self.max if self.min is None else None
        shortest = 2 * self.min_words - 1  # n whitespace tokens take at least 2n - 1 characters
        for unit in doc.units(self.rule.scope):
            if unit.end - unit.start < shortest:
                continue
            piece = doc.text[unit.start:unit.end]
            tokens = piece.split()
            if self.min_words and len(tokens) < self.min_words:
                continue
            if ceiling is not None and (bound := upper_bound(self.metric, piece, tokens)) is not None and bound <= ceiling:
                continue
            value = measure(self.metric, piece)
            if self.min_sentences > 1 and sum(unit.start <= s.start < unit.end for s in doc.sentences) < self.min_sentences:
                continue
            if (self.max is not None and value > self.max) or (self.min is not None and value < self.min):
                shown = int(value) if float(value).is_integer() else round(value, 1)
                yield Hit(unit.start, unit.end, values={"value": shown, "max": self.max, "min": self.min})


def build(rule: Rule, params: Mapping[str, Any]) -> Metric:
    return Metric(rule)
