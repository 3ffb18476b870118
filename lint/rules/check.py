"""`kind: check` — bind a Python detector, with parameters, to a YAML rule.

Why it matters: echo fragments, glued UI text or a weekday that disagrees
with its date need code, but they are still switched on, tuned and
documented like every other rule, through YAML.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

from lint.checks.base import Check
from lint.errors import RuleError
from lint.rules.model import Rule

FIELDS = {"check", "params"}
DEFAULT_SCOPE = "text"


def resolve(rule: Rule) -> type[Check]:
    """The detector class a rule names: `module.Class` in lint.checks, or `pkg.mod:Class`."""
    name = rule.options.get("check")
    line = rule.line_of("check") or rule.line_of("kind")
    if not isinstance(name, str) or not name:
        raise RuleError(rule.path, "check: must name a detector, e.g. 'duplication.EchoFragment'", line)
    module_name, sep, attr = name.partition(":")
    if not sep:
        module_name, _, attr = name.rpartition(".")
        module_name = f"lint.checks.{module_name}"
    try:
        module = importlib.import_module(module_name)
        cls = getattr(module, attr)
    except (ImportError, AttributeError, ValueError):
        raise RuleError(rule.path, f"check: no detector {name!r}", line) from None
    if not (isinstance(cls, type) and issubclass(cls, Check)):
        raise RuleError(rule.path, f"check: {name!r} is not a detector", line)
    return cls


def build(rule: Rule, overrides: Mapping[str, Any]) -> Check:
    cls = resolve(rule)
    params = rule.options.get("params", {}) or {}
    if not isinstance(params, Mapping):
        raise RuleError(rule.path, "params: must be a mapping", rule.line_of("params"))
    merged = {**params, **overrides}
    for key, value in merged.items():
        if key not in cls.params:
            raise RuleError(rule.path, f"params: unknown parameter {key!r} for {cls.__name__}", rule.line_of("params"))
        default = cls.params[key]
        if default is not None and not _same_type(default, value):
            raise RuleError(rule.path, f"params: {key!r} must be {type(default).__name__}", rule.line_of("params"))
    return cls(rule, merged)


def _same_type(default: Any, value: Any) -> bool:
    if isinstance(default, bool) or isinstance(value, bool):
        return isinstance(default, bool) and isinstance(value, bool)
    if isinstance(default, (int, float)):
        return isinstance(value, (int, float))
    return isinstance(value, type(default))
