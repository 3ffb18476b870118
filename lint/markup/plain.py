"""Plain text: the text is the source; paragraphs are separated by blank lines."""

from __future__ import annotations

import re

from lint.document import Block, Document, SourceMap

_PARAGRAPH = re.compile(r"\S(?:.|\n(?![ \t]*(?:\n|$)))*", re.MULTILINE)
_SENTENCE_END = re.compile(r"[.!?:;…\"”’)]\s*$")


def parse_plain(source: str, path: str | None = None) -> Document:
    """A Document whose text is `source`, blocks split on blank lines."""
    blocks: list[Block] = []
    for m in _PARAGRAPH.finditer(source):
        start, end = m.start(), len(m.group().rstrip())+m.start()
        kind = "paragraph"
        piece = source[start:end]
        if not blocks and "\n" not in piece and not _SENTENCE_END.search(piece):
            kind = "title"
        blocks.append(Block(kind, start, end))
    return Document(source, source, blocks, SourceMap.identity(len(source)), format="text", path=path)
