"""Plain text: the text is the source; paragraphs are separated by blank lines.

Block kinds are guessed conservatively, because a wrong guess can hide a
finding (rules skip titles) while a missed one costs little:

- the first block is the "title" when it is a single line of at most
  `TITLE_MAX_WORDS` words that does not end like a sentence (a question
  mark, or a quote mark after a word, ends headlines too);
- a block whose first line starts with a bullet ("- ", "* ", "• ") or a
  number ("1. ", "2) ") is a list; each line that starts with a marker begins
  a "list-item" block, and lines without one continue the item above;
- everything else is a "paragraph".

Line breaks may be LF, CRLF or CR; a line holding only spaces is blank.
"""

from __future__ import annotations

import re

from lint.document import Block, Document, SourceMap

TITLE_MAX_WORDS = 25

#: A block: from a non-space character up to a blank line (or the end). It is matched a line at a
#: time: a step per character (`(?:.|\n(?!...))*`) took five times as long, for the same matches.
_PARAGRAPH = re.compile(r"\S[^\n]*+(?:\n(?![ \t\r]*(?:\n|$))[^\n]*+)*+", re.MULTILINE)
#: How a sentence ends, unlike a headline: a headline may ask ("Is the pier safe?") or end on a quoted
#: word ("Minister denies 'cover-up'"), but a closing quote after a stop or a comma ends quoted speech.
_SENTENCE_END = re.compile(r"(?:[.!:;…)]|[.!?,…][\"”’'])\s*$")
_ITEM = re.compile(r"^[ \t]*((?:[-*•]|\d{1,2}[.)])[ \t]+)(?=\S)", re.MULTILINE)


def parse_plain(source: str, path: str | None = None) -> Document:
    """A Document whose text is `source`, blocks split on blank lines."""
    blocks: list[Block] = []
    for m in _PARAGRAPH.finditer(source):
        start = m.start()
        end = start + len(m.group().rstrip())
        piece = source[start:end]
        if not blocks and _is_title(piece):
            blocks.append(Block("title", start, end))
        elif _ITEM.match(piece):
            blocks.extend(_items(source, start, end))
        else:
            blocks.append(Block("paragraph", start, end))
    return Document(source, source, blocks, SourceMap.identity(len(source)), format="text", path=path)


def _is_title(piece: str) -> bool:
    return "\n" not in piece and "\r" not in piece and len(piece.split()) <= TITLE_MAX_WORDS and not _SENTENCE_END.search(piece)


def _items(source: str, start: int, end: int) -> list[Block]:
    """One list-item block per marker line in source[start:end]."""
    # The block starts at its first marker; later items start at a marker after a line break.
    starts = [start] + [m.start(1) for m in _ITEM.finditer(source, start + 1, end)]
    blocks = []
    for item_start, item_end in zip(starts, starts[1:] + [end], strict=True):
        text_end = item_start + len(source[item_start:item_end].rstrip())
        blocks.append(Block("list-item", item_start, text_end))
    return blocks
