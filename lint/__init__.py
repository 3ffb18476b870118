"""newslint: a linter for news copy that catches what scrapers, machine
translation, article spinners and hurried transcription leave behind.

The public API is small:

    >>> from lint import check_text
    >>> [f.rule for f in check_text("Leave a Reply")]
    ['web-residue.comment-form']

`check_text` lints a string, `check_paths` lints files and folders; both take
an optional `Config`. The CLI (`newslint`) is a thin layer over them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from lint._version import __version__

if TYPE_CHECKING:
    from lint.config import Config
    from lint.engine import FileResult, Linter
    from lint.findings import Finding

__all__ = ["__version__", "check_text", "check_paths", "Config", "Finding", "FileResult"]

_default_linter: Linter | None = None


def _linter(config: Config | None) -> Linter:
    global _default_linter
    from lint.engine import Linter

    if config is not None:
        return Linter(config)
    if _default_linter is None:
        _default_linter = Linter()
    return _default_linter


def check_text(text: str, format: str = "text", config: Config | None = None) -> list[Finding]:
    """Lint a story held in a string; returns findings sorted by position.

    `format` is "text", "markdown" or "html". Positions are in `text` itself.
    """
    return _linter(config).lint_text(text, format).findings


def check_paths(paths: Iterable[str], config: Config | None = None) -> list[FileResult]:
    """Lint files and folders (walked for .txt, .md, .markdown, .html, .htm).

    Each path gives a FileResult; a file that cannot be read has `error` set
    and no findings. Raises NewslintError for a path that names nothing to lint.
    """
    from lint.walk import expand_paths

    linter = _linter(config)
    exclude = config.exclude if config else ()
    return list(linter.lint_paths(expand_paths(paths, exclude)))


def __getattr__(name: str) -> object:
    # Types re-exported lazily, so `import lint` stays cheap for the CLI.
    if name == "Config":
        from lint.config import Config

        return Config
    if name == "Finding":
        from lint.findings import Finding

        return Finding
    if name == "FileResult":
        from lint.engine import FileResult

        return FileResult
    raise AttributeError(name)
