"""Loading YAML rule files into validated `Rule`s and compiled matchers.

One rule per file under `rules/<pack>/`. Every error names the file and line;
all errors of a load are collected and raised together.
"""

from __future__ import annotations

import importlib
import inspect
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from lint.document import BLOCK_KINDS
from lint.errors import RuleError, RuleErrors
from lint.findings import CATEGORIES, Severity
from lint.rules.model import SCOPES, Example, LoadedRule, Rule
from lint.rules.yamlload import LineDict, load

#: Rule kinds and the modules that implement them (imported on first use).
KINDS = {
    "existence": "lint.rules.existence",
    "substitution": "lint.rules.substitution",
    "repetition": "lint.rules.repetition",
    "occurrence": "lint.rules.occurrence",
    "consistency": "lint.rules.consistency",
    "metric": "lint.rules.metric",
    "check": "lint.rules.check",
    "languagetool": "lint.grammar.ruleset",
}

_COMMON = {
    "id", "kind", "category", "severity", "message", "description", "scope",
    "examples", "source", "enabled", "skip_blocks", "in_quotes",
}
_REQUIRED = ("id", "kind", "category", "severity", "message", "description", "examples")
_BLOCK_KINDS = frozenset(BLOCK_KINDS)


def builtin_rules_dir() -> Path:
    """The rules shipped with newslint: `lint/_rules` when installed, else `rules/` of the checkout."""
    package = Path(__file__).resolve().parent.parent
    installed = package / "_rules"
    return installed if installed.is_dir() else package.parent / "rules"


def rule_files(directories: Iterable[Path]) -> list[Path]:
    """All rule files under `directories`, sorted for a stable order."""
    files: list[Path] = []
    for directory in directories:
        if not directory.is_dir():
            raise RuleErrors([RuleError(directory, "rule folder not found")])
        files.extend(sorted(p for p in directory.rglob("*") if p.suffix in (".yml", ".yaml")))
    return files


def load_rules(directories: Iterable[Path]) -> list[Rule]:
    """Parse and validate every rule file; raise RuleErrors listing all problems."""
    rules: list[Rule] = []
    errors: list[RuleError] = []
    seen: dict[str, Path] = {}
    for path in rule_files(directories):
        try:
            rule = parse_rule_file(path)
        except RuleError as exc:
            errors.append(exc)
            continue
        if rule.id in seen:
            errors.append(RuleError(path, f"duplicate rule id {rule.id!r} (also in {seen[rule.id]})", rule.line_of("id")))
            continue
        seen[rule.id] = path
        rules.append(rule)
    if errors:
        raise RuleErrors(errors)
    return rules


def parse_rule_file(path: Path) -> Rule:
    """Read one YAML rule file into a validated Rule."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(path, f"cannot read rule file ({exc})") from None
    try:
        data = load(text)
    except yaml.MarkedYAMLError as exc:
        line = exc.problem_mark.line + 1 if exc.problem_mark else None
        raise RuleError(path, f"malformed YAML: {exc.problem or exc}", line) from None
    except yaml.YAMLError as exc:
        raise RuleError(path, f"malformed YAML: {exc}") from None
    if not isinstance(data, LineDict):
        raise RuleError(path, "a rule file must be a YAML mapping", 1)
    return parse_rule(data, path)


def parse_rule(data: LineDict, path: Path) -> Rule:
    """Validate the common fields of a rule mapping."""
    lines = data.key_lines

    def fail(key: str, message: str) -> RuleError:
        return RuleError(path, f"{key}: {message}", lines.get(key, data.line))

    for key in _REQUIRED:
        if key not in data:
            raise RuleError(path, f"missing required field {key!r}", data.line)
    for key in ("id", "kind", "category", "severity", "message", "description"):
        if not isinstance(data[key], str) or not data[key].strip():
            raise fail(key, "must be a non-empty string")
    rule_id = data["id"]
    kind = data["kind"]
    if kind not in KINDS:
        raise fail("kind", f"unknown kind {kind!r} (one of {', '.join(KINDS)})")
    category = data["category"]
    if category not in CATEGORIES:
        raise fail("category", f"unknown category {category!r} (one of {', '.join(CATEGORIES)})")
    if not rule_id.startswith(category + ".") and kind != "languagetool":
        raise fail("id", f"rule id {rule_id!r} must start with its category '{category}.'")
    try:
        severity = Severity.parse(data["severity"])
    except ValueError as exc:
        raise fail("severity", str(exc)) from None
    scope = data.get("scope") or getattr(_kind_module(kind), "DEFAULT_SCOPE", "paragraph")
    if scope not in SCOPES:
        raise fail("scope", f"unknown scope {scope!r} (one of {', '.join(SCOPES)})")
    skip_blocks = data.get("skip_blocks", [])
    if not isinstance(skip_blocks, list) or not set(skip_blocks) <= _BLOCK_KINDS:
        raise fail("skip_blocks", f"must be a list of block kinds ({', '.join(sorted(_BLOCK_KINDS))})")
    for key in ("enabled", "in_quotes"):
        if key in data and not isinstance(data[key], bool):
            raise fail(key, "must be true or false")
    bad, good = _parse_examples(data["examples"], fail)
    options = {k: v for k, v in data.items() if k not in _COMMON}
    return Rule(
        id=rule_id,
        kind=kind,
        category=category,
        severity=severity,
        message=data["message"],
        description=" ".join(data["description"].split()),
        scope=scope,
        bad=bad,
        good=good,
        path=path,
        options=options,
        lines=dict(lines),
        source=data.get("source"),
        enabled=data.get("enabled", True),
        skip_blocks=frozenset(skip_blocks),
        in_quotes=data.get("in_quotes", True),
    )


def _parse_examples(value: Any, fail: Any) -> tuple[tuple[Example, ...], tuple[Example, ...]]:
    if not isinstance(value, Mapping) or "bad" not in value or "good" not in value:
        raise fail("examples", "needs both 'bad' and 'good' lists")
    if set(value) - {"bad", "good"}:
        raise fail("examples", "only 'bad' and 'good' are allowed")
    parsed: dict[str, tuple[Example, ...]] = {}
    for key in ("bad", "good"):
        items = value[key]
        if not isinstance(items, list) or (key == "bad" and not items):
            raise fail("examples", f"'{key}' must be a list (and 'bad' must not be empty)")
        out = []
        for item in items:
            if isinstance(item, str):
                out.append(Example(item))
            elif isinstance(item, Mapping) and isinstance(item.get("text"), str) and set(item) <= {"text", "fix", "format"}:
                out.append(Example(item["text"], item.get("fix"), item.get("format", "text")))
            else:
                raise fail("examples", f"each {key} example is a string or a mapping with text/fix/format")
        parsed[key] = tuple(out)
    return parsed["bad"], parsed["good"]


@cache
def _kind_module(kind: str) -> Any:
    return importlib.import_module(KINDS[kind])


def kind_fields(kind: str) -> frozenset[str]:
    """The kind-specific fields a rule of `kind` may declare."""
    return frozenset(_kind_module(kind).FIELDS)


def compile_rule(rule: Rule, params: Mapping[str, Any] | None = None, config: Any = None) -> LoadedRule:
    """Build the matcher of a rule; `params` override a check's parameters.

    A kind whose `build` takes a `config` argument (the languagetool kind,
    which needs the run's LanguageTool settings, language and vocab) gets the
    run's Config; other kinds never see it.
    """
    module = _kind_module(rule.kind)
    unknown = set(rule.options) - set(module.FIELDS)
    if unknown:
        key = sorted(unknown)[0]
        raise RuleError(rule.path, f"{key}: unknown field for kind '{rule.kind}'", rule.line_of(key))
    if "config" in inspect.signature(module.build).parameters:
        matcher = module.build(rule, dict(params or {}), config=config)
    else:
        matcher = module.build(rule, dict(params or {}))
    return LoadedRule(rule, matcher, rule.severity)
