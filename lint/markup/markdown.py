"""Markdown: the prose of a CommonMark story (with tables), mapped back exactly.

markdown-it-py parses the source. Rules see headings (the first `#` heading
is the title), paragraphs, list items, block quotes, table cells and image alt
text (as captions). They do not see code (fenced, indented or inline), URLs,
raw HTML, or front matter (YAML `---` or TOML `+++`). Entities and backslash
escapes are decoded; each decoded character maps to the whole `&rsquo;` or
`\\*` in the source. Soft and hard line breaks become "\\n", mapped to the
source line break. Text is otherwise verbatim, so double spaces survive.

Positions: every inline rule of the parser is wrapped to record the range it
consumed in the block's inline content, so code spans, raw HTML, links' URLs
and titles are skipped by position, never by searching. Plain text runs are
verbatim slices of that content and are found with a forward cursor. The
inline content is a block's source lines minus their container prefixes
(`> `, `- `, indentation), so each content line is located in its source line
(a suffix of it, or found left to right for table cells); where the parser
rewrote a line (an escaped `\\|` in a table, a tab expanded in indentation),
the characters are aligned one by one.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import Any

from markdown_it import MarkdownIt
from markdown_it.rules_inline import StateInline
from markdown_it.token import Token

from lint.document import Document
from lint.markup.builder import CLOSING_PUNCTUATION, INLINE_OBJECT, Piece, TextBuilder, trim_end
from lint.markup.suppress import Directive, directives, suppressions

#: Token.meta key for the [start, end) range an inline rule consumed.
_RANGE = "newslint_range"
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_BR_TAG = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TOML_FRONT_MATTER = re.compile(r"\+\+\+[ \t]*(?:\r\n|\r|\n).*?(?:\r\n|\r|\n)\+\+\+[ \t]*(?=\r\n|\r|\n|$)", re.DOTALL)
_CONTAINERS = {"blockquote_open": "quote", "list_item_open": "list-item", "th_open": "table-cell", "td_open": "table-cell"}
_CLOSERS = {"blockquote_close", "list_item_close", "th_close", "td_close"}
_EMPHASIS = {"em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"}


def parse_markdown(source: str, path: str | None = None) -> Document:
    """A Document of the prose in Markdown `source`."""
    lines = _Lines(source)
    builder = TextBuilder()
    found: list[Directive] = []
    containers: list[str] = []
    heading: str | None = None
    have_title = False
    cell_cursor: dict[int, int] = {}
    for token in _parser().parse(_hide_toml_front_matter(source)):
        kind = token.type
        if kind in _CONTAINERS:
            containers.append(_CONTAINERS[kind])
        elif kind in _CLOSERS:
            containers.pop()
        elif kind == "heading_open":
            heading = "title" if token.tag == "h1" and not have_title else "heading"
            have_title = have_title or heading == "title"
        elif kind == "heading_close":
            heading = None
        elif kind == "html_block" and token.map:
            found.extend(directives(source, lines.starts[token.map[0]], lines.ends[token.map[1] - 1]))
        elif kind == "inline" and token.map and token.content.strip():
            in_cell = bool(containers) and containers[-1] == "table-cell"
            block_kind = heading or (containers[-1] if containers else "paragraph")
            offsets = lines.locate(token.content, token.map[0], cell_cursor if in_cell else None)
            builder.open(block_kind)
            _Inline(source, token.content, offsets, builder, found).walk(token.children or [])
            builder.close()
    return builder.document(source, "markdown", path, suppressions(source, found))


@functools.cache
def _parser() -> MarkdownIt:
    """CommonMark with tables and YAML front matter; inline rules record their ranges."""
    from mdit_py_plugins.front_matter import front_matter_plugin

    md = MarkdownIt("commonmark").enable("table").use(front_matter_plugin)
    # Keep entities and escapes as their own `text_special` tokens.
    md.disable("text_join")
    for rule in list(md.inline.ruler.__rules__):
        if rule.name != "text":  # `text` only fills the pending buffer; it pushes no token
            md.inline.ruler.at(rule.name, _recording(rule.fn))
    return md


def _recording(fn: Callable[[StateInline, bool], bool]) -> Callable[[StateInline, bool], bool]:
    """Wrap an inline rule so each token it pushes knows the range the rule consumed.

    Nested rules (a link's label) run first and keep their own, narrower ranges.
    """

    def rule(state: StateInline, silent: bool) -> bool:
        start = state.pos
        count = len(state.tokens)
        ok = fn(state, silent)
        if ok and not silent:
            for token in state.tokens[count:]:
                if _RANGE not in token.meta:
                    token.meta[_RANGE] = (start, state.pos)
        return ok

    return rule


def _hide_toml_front_matter(source: str) -> str:
    """Blank TOML front matter, keeping its line breaks so line numbers still match."""
    m = _TOML_FRONT_MATTER.match(source)
    if not m:
        return source
    return "".join(_LINE_BREAK.findall(m.group())) + source[m.end():]


class _Lines:
    """Line starts and ends of the source, and where inline content lies in it."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.starts = [0]
        self.ends: list[int] = []
        for m in _LINE_BREAK.finditer(source):
            self.ends.append(m.start())
            self.starts.append(m.end())
        self.ends.append(len(source))

    def locate(self, content: str, first_line: int, cursor: dict[int, int] | None) -> list[int]:
        """The source offset of every character of `content` (a newline maps to its line break).

        `cursor` (table rows) holds how far each line has been used: cells on
        one line are located left to right. Otherwise a content line is the tail
        of its source line, after the container prefix.
        """
        offsets: list[int] = []
        for i, text in enumerate(content.split("\n")):
            number = min(first_line + i, len(self.starts) - 1)
            start, end = self.starts[number], self.ends[number]
            line = self.source[start:end]
            at = -1
            if cursor is not None:
                at = line.find(text, cursor.get(number, 0))
                if at >= 0:
                    cursor[number] = at + len(text)
            elif line.endswith(text):
                at = len(line) - len(text)
            else:
                trimmed = line.rstrip()
                at = len(trimmed) - len(text) if trimmed.endswith(text) else line.find(text)
            if i:
                offsets.append(self.ends[number - 1])  # the "\n" before this line
            if at >= 0:
                offsets.extend(range(start + at, start + at + len(text)))
            else:
                offsets.extend(_align(text, self.source, start, end, cursor.get(number, 0) if cursor else 0))
        return offsets


def _align(text: str, source: str, start: int, end: int, skip: int) -> list[int]:
    """Map `text` onto source[start:end] character by character, skipping what the parser dropped."""
    offsets = []
    pos = start + skip
    for ch in text:
        found = source.find(ch, pos, end)
        if found < 0:
            found = min(pos, end - 1) if end > start else start
        offsets.append(found)
        pos = max(pos, found + 1)
    return offsets


class _Inline:
    """Walks one inline token's children and feeds the prose to the builder."""

    def __init__(self, source: str, content: str, offsets: list[int], builder: TextBuilder, found: list[Directive]) -> None:
        self.source = source
        self.content = content
        self.offsets = offsets
        self.builder = builder
        self.found = found

    def walk(self, children: list[Token]) -> None:
        captions: list[list[Piece]] = []
        for piece in self._pieces(children, 0, captions):
            self.builder.add(*piece)
        for caption in captions:
            self.builder.defer("caption", caption)

    def _pieces(self, children: list[Token], base: int, captions: list[list[Piece]]) -> list[Piece]:
        """Prose pieces of `children`, whose content offsets start at `base`; image alt texts go to `captions`."""
        content = self.content
        out: list[Piece] = []
        cursor = base
        in_autolink = False
        gap = False  # markup was dropped here: it must not leave a doubled or stray space
        for token in children:
            kind = token.type
            start, end = _range(token, base)
            if kind == "text":
                if in_autolink:
                    continue
                at = content.find(token.content, cursor)
                if at < 0:  # not expected: fall back to the cursor
                    at = cursor
                cursor = at + len(token.content)
                text = token.content
                if gap:
                    text, at = _close_gap(out, text, at)
                gap = False
                out.extend(self._verbatim(text, at))
            elif kind == "text_special":
                if gap:
                    _close_gap(out, token.content, 0)
                gap = False
                cursor = max(cursor, end)
                out.append((token.content, *self._span(start, end)))
            elif kind in ("softbreak", "hardbreak"):
                gap = False
                cursor = max(cursor, end)
                newline = content.find("\n", start, end)
                out.append(("\n", *self._break_span(newline if newline >= 0 else start)))
            elif kind == "html_inline":
                cursor = max(cursor, end)
                src_start, src_end = self._span(start, end)
                if _BR_TAG.fullmatch(token.content):
                    gap = False
                    out.append(("\n", src_start, src_end))
                else:
                    gap = True
                    self.found.extend(directives(self.source, src_start, src_end))
            elif kind == "code_inline":
                gap = False
                cursor = max(cursor, end)
                out.append((INLINE_OBJECT, *self._span(start, end)))
            elif kind == "image":
                gap = True
                cursor = max(cursor, end)
                if token.children:
                    # The alt text was parsed on its own: its ranges start after "![".
                    captions.append(self._pieces(token.children, start + 2, captions))
            elif kind == "link_open":
                in_autolink = token.markup == "autolink"
                gap = gap or in_autolink
                cursor = max(cursor, start + 1)
            elif kind == "link_close":
                in_autolink = False
                cursor = max(cursor, end)
            elif kind in _EMPHASIS and token.markup:
                at = content.find(token.markup, cursor)
                if at >= 0:
                    cursor = at + len(token.markup)
        return out

    def _verbatim(self, text: str, at: int) -> Iterator[Piece]:
        """`text` at content offset `at`, split wherever its source characters are not contiguous."""
        if not text:
            return
        offsets = self.offsets
        first = offsets[at]
        if offsets[at + len(text) - 1] - first == len(text) - 1:
            yield text, first, first + len(text)
            return
        run = 0
        for i in range(1, len(text) + 1):
            if i == len(text) or offsets[at + i] != offsets[at + i - 1] + 1:
                yield text[run:i], offsets[at + run], offsets[at + i - 1] + 1
                run = i

    def _span(self, start: int, end: int) -> tuple[int, int]:
        """Source range of content[start:end]."""
        if end <= start:
            return self.offsets[start], self.offsets[start]
        return self.offsets[start], self.offsets[end - 1] + 1

    def _break_span(self, at: int) -> tuple[int, int]:
        """Source range of the line break that content offset `at` stands for."""
        src = self.offsets[at]
        length = 2 if self.source.startswith("\r\n", src) else 1
        return src, src + length


def _close_gap(out: list[Piece], text: str, at: int) -> tuple[str, int]:
    """After dropped markup: no doubled space, and no space before closing punctuation.

    Returns `text` (at content offset `at`) without the leading space it no longer needs.
    """
    space_before = not out or out[-1][0][-1:].isspace()
    if text[:1] in CLOSING_PUNCTUATION:
        trim_end(out)
    elif space_before:
        stripped = text.lstrip()
        return stripped, at + len(text) - len(stripped)
    return text, at


def _range(token: Token, base: int) -> tuple[int, int]:
    recorded: Any = token.meta.get(_RANGE)
    if recorded is None:
        return base, base
    return recorded[0] + base, recorded[1] + base
