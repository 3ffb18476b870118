"""The base class of Python detectors."""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from lint.document import Document
from lint.findings import Hit
from lint.rules.model import Rule


class Check:
    """A detector that YAML cannot express, bound to a rule with `kind: check`.

    Subclasses declare their tunable parameters with defaults in `params`; the
    rule's `params:` (and the user's config) override them, and the loader
    rejects unknown names and wrong types. `check()` reads the document and
    yields hits: no I/O, no printing, no global state.
    """

    params: ClassVar[Mapping[str, Any]] = {}

    def __init__(self, rule: Rule, params: Mapping[str, Any]) -> None:
        self.rule = rule
        self.p: dict[str, Any] = {**self.params, **params}

    def check(self, doc: Document) -> Iterator[Hit]:
        raise NotImplementedError

    def find(self, doc: Document) -> Iterator[Hit]:
        return self.check(doc)
