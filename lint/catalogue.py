"""Describing the rule set to users: `--list-rules` and `--explain RULE`."""

from __future__ import annotations

import io

from lint.config import Config
from lint.engine import all_rules, select_rules
from lint.errors import NewslintError


def list_rules(config: Config, color: bool = False) -> str:
    """A table of every known rule: id, category, severity, on/off, description."""
    from rich.console import Console
    from rich.table import Table

    rules = all_rules(config)
    active = {r.id for r in select_rules(rules, config)}
    table = Table(show_lines=False, header_style="bold", box=None, pad_edge=False)
    for column in ("rule", "category", "severity", "on", "description"):
        table.add_column(column, overflow="fold")
    for rule in sorted(rules, key=lambda r: r.id):
        severity = config.overrides.get(rule.id, {}).get("severity", str(rule.severity))
        table.add_row(rule.id, rule.category, severity, "yes" if rule.id in active else "no", rule.description)
    buffer = io.StringIO()
    Console(file=buffer, width=140, force_terminal=color, no_color=not color, highlight=False).print(table)
    return buffer.getvalue()


def explain(config: Config, rule_id: str) -> str:
    """A rule's description, settings and examples, as plain text."""
    rules = {r.id: r for r in all_rules(config)}
    rule = rules.get(rule_id)
    if rule is None:
        close = [r for r in rules if rule_id in r]
        hint = f" (did you mean {', '.join(sorted(close)[:5])}?)" if close else ""
        raise NewslintError(f"unknown rule {rule_id!r}{hint}")
    lines = [
        f"{rule.id}  ({rule.category}, {rule.severity}, kind {rule.kind}{'' if rule.enabled else ', off by default'})",
        "",
        rule.description,
        "",
    ]
    if rule.source:
        lines += [f"Source: {rule.source}", ""]
    lines.append("Flagged:")
    lines += [f"  - {_one_line(ex.text)}" for ex in rule.bad]
    lines.append("Not flagged:")
    lines += [f"  - {_one_line(ex.text)}" for ex in rule.good]
    lines.append(f"\nDefined in {rule.path}")
    return "\n".join(lines) + "\n"


def _one_line(text: str) -> str:
    return text.replace("\n", " ⏎ ")
