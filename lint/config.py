"""Settings: from `[tool.newslint]` in pyproject.toml or a `.newslint.toml`.

The config file is found by walking up from the current folder; `--config`
names one explicitly. Keys mirror the command-line options.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from lint.errors import ConfigError
from lint.findings import Severity

FAIL_LEVELS = ("info", "warning", "error", "never")

_KEYS = {"select", "ignore", "fail-on", "rules", "exclude", "overrides", "vocab", "languagetool", "language"}


@dataclass(frozen=True)
class Config:
    """Everything that tunes a run; the CLI builds one, the API takes one."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str = "warning"
    #: Extra rule folders, beside the built-in rules.
    rules: tuple[Path, ...] = ()
    exclude: tuple[str, ...] = ()
    #: Per-rule settings: {"rule.id": {"severity": "info", "<param>": value}}.
    overrides: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: Words accepted by spelling checks (names, house terms).
    vocab: tuple[str, ...] = ()
    #: LanguageTool settings ([tool.newslint.languagetool]): mode, url, ...
    languagetool: dict[str, Any] = field(default_factory=dict)
    language: str = "en-US"
    #: The file these settings came from, if any.
    path: Path | None = None

    def with_(self, **changes: Any) -> Config:
        return replace(self, **changes)

    @property
    def fail_level(self) -> Severity | None:
        return None if self.fail_on == "never" else Severity.parse(self.fail_on)


def find_config(start: Path | None = None) -> Path | None:
    """The nearest `.newslint.toml`, or pyproject.toml with [tool.newslint], walking up."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / ".newslint.toml"
        if candidate.is_file():
            return candidate
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and _has_newslint_table(pyproject):
            return pyproject
    return None


def _has_newslint_table(path: Path) -> bool:
    try:
        return "newslint" in tomllib.loads(path.read_text(encoding="utf-8")).get("tool", {})
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return False


def load_config(path: Path) -> Config:
    """Read settings from `path`; a malformed file is a one-line ConfigError."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config ({exc.strerror or exc})") from None
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: config is not UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: malformed TOML ({exc})") from None
    table = data.get("tool", {}).get("newslint", {}) if path.name == "pyproject.toml" else data
    return from_mapping(table, path)


def from_mapping(table: dict[str, Any], path: Path | None = None) -> Config:
    """Build a Config from a `[tool.newslint]` table, validating every key."""
    where = str(path) if path else "config"
    unknown = set(table) - _KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown key {sorted(unknown)[0]!r} (known: {', '.join(sorted(_KEYS))})")

    def strings(key: str) -> tuple[str, ...]:
        value = table.get(key, [])
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where}: '{key}' must be a list of strings")
        return tuple(value)

    fail_on = table.get("fail-on", "warning")
    if fail_on not in FAIL_LEVELS:
        raise ConfigError(f"{where}: 'fail-on' must be one of {', '.join(FAIL_LEVELS)}")
    overrides = table.get("overrides", {})
    if not isinstance(overrides, dict) or not all(isinstance(v, dict) for v in overrides.values()):
        raise ConfigError(f"{where}: 'overrides' must be a table of rule tables")
    for rule_id, settings in overrides.items():
        if "severity" in settings and settings["severity"] not in ("error", "warning", "info"):
            raise ConfigError(f"{where}: overrides.{rule_id}.severity must be error, warning or info")
    languagetool = table.get("languagetool", {})
    if not isinstance(languagetool, dict):
        raise ConfigError(f"{where}: 'languagetool' must be a table")
    language = table.get("language", "en-US")
    if not isinstance(language, str):
        raise ConfigError(f"{where}: 'language' must be a string such as en-US")
    base = path.parent if path else Path.cwd()
    return Config(
        select=strings("select"),
        ignore=strings("ignore"),
        fail_on=fail_on,
        rules=tuple(base / p for p in strings("rules")),
        exclude=strings("exclude"),
        overrides=overrides,
        vocab=strings("vocab"),
        languagetool=languagetool,
        language=language,
        path=path,
    )
