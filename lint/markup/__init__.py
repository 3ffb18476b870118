"""Turn a source file into a `Document`: plain text, Markdown or HTML."""

from __future__ import annotations

from pathlib import PurePath

from lint.document import Document

FORMATS = ("text", "markdown", "html")

_EXTENSIONS = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
}

#: Extensions a directory walk picks up.
KNOWN_EXTENSIONS = tuple(_EXTENSIONS)


def format_for(path: str | PurePath) -> str:
    """The input format implied by a file name; unknown extensions are text."""
    return _EXTENSIONS.get(PurePath(path).suffix.lower(), "text")


def parse(source: str, format: str = "text", path: str | None = None) -> Document:
    """Parse decoded `source` in `format` into a Document."""
    if format == "text":
        from lint.markup.plain import parse_plain

        return parse_plain(source, path)
    if format == "markdown":
        from lint.markup.markdown import parse_markdown

        return parse_markdown(source, path)
    if format == "html":
        from lint.markup.html import parse_html

        return parse_html(source, path)
    raise ValueError(f"unknown input format {format!r} (use one of {', '.join(FORMATS)})")
