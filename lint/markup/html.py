"""HTML: the prose of a web page or fragment, mapped back exactly.

The standard library's `HTMLParser` reads the source with `convert_charrefs`
off, so text arrives verbatim and entities arrive one by one; offsets come
from `getpos()`. Block elements (p, h1-h6, li, blockquote, td, div, ...)
start new blocks; inline elements (a, em, span, ...) continue the text, so
"<b>New</b>s" stays one word while "</td><td>" never glues two. `<br>`
becomes "\\n". Skipped entirely: head, title, script, style, template, noscript,
svg, math, code, pre, iframe, object, textarea, select. `<img alt>` text
becomes a caption block mapped to the attribute value in the source. `<q>`
shows its quotation marks, as browsers do, each mapped to its tag.

Whitespace: as a browser shows it. A run of source whitespace inside a block
becomes one character that maps to the whole run: "\\n" when the run holds a
line break (like a soft break in Markdown), else " ". So two spaces in HTML
source, which no reader sees, are not a finding, and every offset still maps
to the exact source range. Entities (`&rsquo;`, `&#8217;`) map their decoded
text to the whole entity.
"""

from __future__ import annotations

import html
import re
from html.parser import HTMLParser

from lint.document import Document
from lint.markup.builder import CLOSING_PUNCTUATION, INLINE_OBJECT, Piece, TextBuilder
from lint.markup.suppress import Directive, directives, suppressions

_BLOCK = frozenset(
    """address article aside blockquote body caption dd details dialog div dl dt fieldset figcaption
    figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p section
    summary table tbody td tfoot th thead tr ul""".split()
)
#: Skipped elements that stand for a word of the sentence around them: they leave INLINE_OBJECT.
_OBJECTS = frozenset({"code", "math"})
_SKIP = frozenset("head title script style template noscript svg math code pre iframe object textarea select".split())
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_KINDS = {
    "h1": "heading", "h2": "heading", "h3": "heading", "h4": "heading", "h5": "heading", "h6": "heading",
    "figcaption": "caption", "caption": "caption",
    "li": "list-item", "dt": "list-item", "dd": "list-item",
    "td": "table-cell", "th": "table-cell",
    "blockquote": "quote",
}  # fmt: skip
#: An open element that a new start tag of the key closes (HTML's optional end tags).
_IMPLIED_END = {
    "p": {"p"},
    "li": {"li"},
    "dt": {"dt", "dd"},
    "dd": {"dt", "dd"},
    "tr": {"tr", "td", "th"},
    "td": {"td", "th"},
    "th": {"td", "th"},
}
#: Elements that stop the search for an element to close implicitly.
_SCOPE = frozenset("ul ol dl table blockquote div section article body html td th li figure".split())
_SPACE = " \t\n\r\f"
_RUNS = re.compile(r"[ \t\n\r\f]+|[^ \t\n\r\f]+")
#: Whitespace that a browser shows differently from the source: anything but one plain space.
_COLLAPSIBLE = re.compile(r"[ \t\n\r\f]{2,}|[\t\n\r\f]")
_ENTITY = re.compile(r"&(?:#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][-.A-Za-z0-9]*);?")
#: TeX markup ("{\\displaystyle A^{\\mathsf {H}}}"), which math images carry as their alt text.
_TEX = re.compile(r"\\[A-Za-z]+\s*[{^_]|\\(?:displaystyle|frac|mathrm|mathbf|left|right)\b")
_ALT = re.compile(r"""\salt\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+))""", re.IGNORECASE)


def parse_html(source: str, path: str | None = None) -> Document:
    """A Document of the prose in HTML `source`."""
    parser = _Parser(source)
    parser.feed(source)
    parser.close()
    return parser.builder.document(source, "html", path, suppressions(source, parser.found))


class _Parser(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        # HTMLParser counts lines by "\n" alone, whatever the line endings.
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", source)]
        self.builder = TextBuilder()
        self.found: list[Directive] = []
        self._stack: list[str] = []
        self._skipping = 0
        self._have_title = False
        self._gap = False  # skipped content (an image, a script) just ended here
        self._object_start: int | None = None  # where the open outermost code or math element began
        self._text_end = 0  # where the last piece of prose ended in the source

    # -- positions ---------------------------------------------------------

    def _offset(self) -> int:
        line, column = self.getpos()
        return self._line_starts[line - 1] + column

    # -- tags --------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            self._void(tag)
            return
        if tag == "body" and "head" in self._stack:
            self._pop_to(self._stack.index("head"))
        self._close_implied(tag)
        if tag in _BLOCK:
            self.builder.close()
        self._stack.append(tag)
        if tag in _SKIP:
            if not self._skipping and tag in _OBJECTS:
                self._object_start = self._offset()
            self._skipping += 1
        elif tag == "q" and not self._skipping:
            start = self._offset()
            self._text_piece("“" if self._stack.count("q") % 2 else "‘", start, start + len(self.get_starttag_text() or "<q>"))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            self._void(tag)
        elif tag in _BLOCK:
            self.builder.close()

    def handle_endtag(self, tag: str) -> None:
        if tag == "br":  # browsers read a stray </br> as <br>
            self._void(tag)
            return
        for i in range(len(self._stack) - 1, -1, -1):
            if self._stack[i] == tag:
                if tag == "q" and not self._skipping:
                    # A browser shows <q> in quotation marks: so does the text, and quoted speech is known as such.
                    start = self._offset()
                    self._text_piece("”" if self._stack.count("q") % 2 else "’", start, self.source.find(">", start) + 1 or start)
                block = any(t in _BLOCK for t in self._stack[i:])
                self._pop_to(i)
                if block:
                    self.builder.close()
                return

    def _void(self, tag: str) -> None:
        if self._skipping:
            return
        start = self._offset()
        raw = self.get_starttag_text() or ""
        if not self.source.startswith(raw, start):
            raw = ""
        if tag == "br":
            end = self.source.find(">", start) + 1 or start
            if self.builder.ends_with(" "):
                self.builder.trim_end()  # "a <br>b" keeps its line break; a browser shows no space before it
            self._text_piece("\n", start, end)
        elif tag == "hr":
            self.builder.close()
        elif tag == "img":
            self._gap = True
            if raw:
                self._image_alt(raw, start)

    def _image_alt(self, raw: str, start: int) -> None:
        m = _ALT.search(raw)
        if not m:
            return
        group = next(g for g in (1, 2, 3) if m.group(g) is not None)
        if _TEX.search(m.group(group)):
            # A formula's image (TeX alt text) stands for a word of its sentence, as <math> does:
            # "that is, <img alt='{\displaystyle A=B}'>, then" reads "that is, \ufffc, then", not ", ,".
            if self.builder.empty:
                self.builder.kind = self._kind()
            self.builder.add(INLINE_OBJECT, start, start + len(raw))
            self._text_end = start + len(raw)
            self._gap = False
            return
        pieces: list[Piece] = []
        value_start = start + m.start(group)
        for piece in _decoded(m.group(group), value_start):
            text = piece[0]
            if text[0] in _SPACE and text.strip(_SPACE) == "":
                if not pieces or pieces[-1][0][-1] in _SPACE:
                    continue
                text = "\n" if ("\n" in text or "\r" in text) else " "
            pieces.append((text, piece[1], piece[2]))
        self.builder.defer("caption", pieces)

    def _close_implied(self, tag: str) -> None:
        closes = _IMPLIED_END.get(tag, set())
        if tag in _BLOCK and tag not in ("li", "dt", "dd", "tr", "td", "th"):
            closes = closes | {"p"}  # a block element ends an open paragraph
        if not closes:
            return
        for i in range(len(self._stack) - 1, -1, -1):
            open_tag = self._stack[i]
            if open_tag in closes:
                self._pop_to(i)
                return
            if open_tag in _SCOPE:
                return

    def _pop_to(self, index: int) -> None:
        for tag in self._stack[index:]:
            if tag in _SKIP:
                self._skipping -= 1
                self._gap = True
        del self._stack[index:]
        if not self._skipping and self._object_start is not None:
            self._inline_object(self._object_start)

    def _inline_object(self, start: int) -> None:
        """Put INLINE_OBJECT for the code or math element from `start` to its end tag (here, or not written)."""
        self._object_start = None
        here = self._offset()
        end = self.source.find(">", here) + 1 if self.source.startswith("</", here) else here
        if self.builder.empty:
            self.builder.kind = self._kind()
        self.builder.add(INLINE_OBJECT, start, end or here)
        self._text_end = end or here
        self._gap = False

    # -- text --------------------------------------------------------------

    def handle_data(self, data: str) -> None:
        if self._skipping:
            return
        base = self._offset()
        pos = 0
        # Words and single spaces pass through in one piece; other whitespace runs collapse.
        for m in _COLLAPSIBLE.finditer(data):
            if m.start() > pos:
                self._text_piece(data[pos:m.start()], base + pos, base + m.start())
            self._text_piece(m.group(), base + m.start(), base + m.end())
            pos = m.end()
        if pos < len(data):
            self._text_piece(data[pos:], base + pos, base + len(data))

    def handle_entityref(self, name: str) -> None:
        self._entity()

    def handle_charref(self, name: str) -> None:
        self._entity()

    def _entity(self) -> None:
        if self._skipping:
            return
        start = self._offset()
        m = _ENTITY.match(self.source, start)
        if m:
            for piece in _decoded(m.group(), start):
                self._text_piece(*piece)

    def _text_piece(self, text: str, start: int, end: int) -> None:
        """Add prose to the current block, collapsing whitespace as a browser would.

        `text` is either all whitespace or holds no whitespace run but single spaces.
        """
        builder = self.builder
        if not text.strip(_SPACE):
            if builder.ends_with_space():
                return
            text = "\n" if ("\n" in text or "\r" in text) else " "
        else:
            if text[0] == " " and builder.ends_with_space():
                text, start = text[1:], start + 1
            if self._gap and text[0] in CLOSING_PUNCTUATION:
                builder.trim_end()  # "in <code>x</code>;" reads "in;", not "in ;"
            elif text[0].isupper() and builder.kind == "caption" and self._text_end < start:
                self._caption_break(start)
            self._gap = False
        if builder.empty:
            builder.kind = self._kind()
        builder.add(text, start, end)
        self._text_end = end

    def _caption_break(self, start: int) -> None:
        """A caption's parts in abutting elements ("...at dawn.</span><span>Credit: ...") read apart.

        Pages style a caption and its credit as separate lines; joined, they
        would read "dawn.Credit" and raise a missing-space alarm on clean copy.
        The space maps to the markup between the two elements.
        """
        between = self.source[self._text_end:start]
        if between.startswith("</") and between.endswith(">") and self.builder.ends_with(".!?"):
            self.builder.add(" ", self._text_end, start)

    def _kind(self) -> str:
        for tag in reversed(self._stack):
            kind = _KINDS.get(tag)
            if kind is None:
                continue
            if tag == "h1" and not self._have_title:
                self._have_title = True
                return "title"
            return kind
        return "paragraph"

    # -- comments ----------------------------------------------------------

    def handle_comment(self, data: str) -> None:
        start = self._offset()
        self.found.extend(directives(self.source, start, start + len(data) + 7))


def _decoded(raw: str, start: int) -> list[Piece]:
    """Pieces of `raw` (source text at `start`) with entities decoded, whitespace split out."""
    pieces: list[Piece] = []
    pos = 0
    for m in _ENTITY.finditer(raw):
        pieces.extend((r.group(), start + pos + r.start(), start + pos + r.end()) for r in _RUNS.finditer(raw[pos:m.start()]))
        decoded = html.unescape(m.group())
        pieces.append((decoded, start + m.start(), start + m.end()))
        pos = m.end()
    pieces.extend((r.group(), start + pos + r.start(), start + pos + r.end()) for r in _RUNS.finditer(raw[pos:]))
    return pieces
