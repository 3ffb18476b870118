"""Errors newslint reports to the user as one line, never as a traceback.

    NewslintError
    ├── InputError     a file to lint cannot be read or decoded
    ├── ConfigError    a config file is malformed or names unknown keys
    ├── RuleError      a rule file is malformed (path, line, key)
    └── BackendError   an external service the user asked for is unreachable
"""

from __future__ import annotations

from pathlib import Path


class NewslintError(Exception):
    """Base of every error that is the user's to fix, not a bug in newslint."""


class InputError(NewslintError):
    """A file to lint could not be read: missing, binary or undecodable."""


class ConfigError(NewslintError):
    """A configuration file is malformed."""


class BackendError(NewslintError):
    """A backend the user asked for explicitly (LanguageTool) cannot be used."""


class RuleError(NewslintError):
    """A rule file is malformed; carries the file and, where known, the line."""

    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.line = line
        self.detail = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


class RuleErrors(NewslintError):
    """Several rule files are malformed; all are reported together."""

    def __init__(self, errors: list[RuleError]) -> None:
        self.errors = errors
        super().__init__("\n".join(str(e) for e in errors))
