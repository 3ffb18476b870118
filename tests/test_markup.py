"""Markdown, HTML and plain text: what the rules see, and exact maps back to the source."""

from __future__ import annotations

import gzip
import html
import re

import pytest

from lint.document import Document
from lint.engine import FileResult, Linter
from lint.markup import parse
from lint.markup.builder import INLINE_OBJECT
from lint.rules.loader import builtin_rules_dir, load_rules
from lint.source import decode
from tests.conftest import FIXTURES, SHARED, check_positions

MD_STORY = FIXTURES / "markup-bridge-story.md"
HTML_STORY = FIXTURES / "markup-harbour-story.html"

_LINE_BREAK = re.compile(r"\r\n|\r|\n|<br\b[^>]*>", re.IGNORECASE)
#: Markup a word may span in HTML source: a skipped element with its content, a tag, or a Markdown escape or emphasis.
_MARKUP = re.compile(r"<(script|style|svg|math|template|noscript)\b.*?</\1\s*>|\\(.)|<[^>]*>|[*_]", re.IGNORECASE | re.DOTALL)


@pytest.fixture(scope="module")
def default_linter() -> Linter:
    return Linter(rules=load_rules([builtin_rules_dir()]))


def _char_decodes(source_slice: str, ch: str) -> bool:
    """True when `source_slice` is what the parser decodes to the single character `ch`."""
    if source_slice == ch:
        return True
    if ch == "\n":
        return bool(_LINE_BREAK.fullmatch(source_slice)) or (source_slice.isspace() and "\n" in source_slice)
    if ch == " ":  # HTML whitespace collapsed to one space, or the tags between a caption's parts
        return (source_slice.isspace() and "\n" not in source_slice) or bool(re.fullmatch(r"(?:<[^>]*>)+", source_slice))
    if source_slice == "\\" + ch:  # Markdown backslash escape
        return True
    if ch in "“”‘’" and re.fullmatch(r"</?q\b[^>]*>", source_slice, re.IGNORECASE):  # <q> shows its marks
        return True
    if ch == INLINE_OBJECT:  # a whole code span or formula, or a formula's image
        return bool(re.fullmatch(r"(`+).*\1|<(code|math)\b.*</\2>|<img\b[^>]*>", source_slice, re.DOTALL))
    return source_slice.startswith("&") and html.unescape(source_slice) == ch


def assert_exact_map(doc: Document) -> None:
    """Every character of every block maps to source characters that decode to it,
    and every word whose characters are contiguous in the source maps to exactly itself."""
    src_map = doc.source_map
    for block in doc.blocks:
        for i in range(block.start, block.end):
            start, end = src_map.span(i, i + 1)
            assert start < end, (i, doc.text[i])
            assert _char_decodes(doc.source[start:end], doc.text[i]), (doc.text[i], doc.source[start:end])
    for word in doc.words:
        start, end = src_map.span(word.start, word.end)
        text = doc.text[word.start:word.end]
        source_slice = doc.source[start:end]
        assert start < end
        if source_slice != text:
            # Only decoding or inline markup may differ: both ends still map to the word's ends.
            assert _char_decodes(doc.source[slice(*src_map.span(word.start, word.start + 1))], text[0])
            assert _char_decodes(doc.source[slice(*src_map.span(word.end - 1, word.end))], text[-1])
            assert html.unescape(_MARKUP.sub(lambda m: m.group(2) or "", source_slice)) == text, (text, source_slice)


def _source_of(doc: Document, needle: str) -> str:
    """The source slice that the text `needle` (unique in doc.text) maps to."""
    at = doc.text.index(needle)
    assert doc.text.count(needle) == 1, needle
    start, end = doc.source_map.span(at, at + len(needle))
    return doc.source[start:end]


def _blocks(doc: Document) -> list[tuple[str, str]]:
    return [(b.kind, doc.text[b.start:b.end]) for b in doc.blocks]


def _rules(result: FileResult) -> list[tuple[str, str]]:
    return [(f.rule, f.match) for f in result.findings]


# -- Markdown ------------------------------------------------------------------


def test_markdown_story_sees_prose_only() -> None:
    doc = parse(MD_STORY.read_text(encoding="utf-8"), "markdown")
    text = doc.text
    for seen in (
        "Old Mill bridge reopens after “two\xa0long years”",
        "By Dana Whitfield | Transport desk",
        "the council’s transport chief said,\nending a closure",
        "an estimated $2.5 million",
        "near the\neast abutment.",
        "The speed limit is now 20 mph & enforced by camera.",
        "Cyclists get a separate lane",
        "School run | busy",
        "The bridge is the town’s spine. Without it, the high street\nwithered",
        "A cyclist crosses the reopened bridge at dawn",
        "Visit\nfor the full timetable.",
        "is in \ufffc; the script",  # inline code stands as one object character
    ):
        assert seen in text, seen
    for unseen in (
        "title:", "transport, council", "traffic.csv", "def count", "return len", "indented code",
        "https://", "example.org", "East abutment, Old Mill", "<div", "class=", "`", "**", "&amp;", "\\$",
    ):  # fmt: skip
        assert unseen not in text, unseen
    assert text.count("Leave a Reply") == 1  # the one in the raw HTML block is not prose


def test_markdown_block_kinds() -> None:
    doc = parse(MD_STORY.read_text(encoding="utf-8"), "markdown")
    kinds = _blocks(doc)
    assert kinds[0] == ("title", "Old Mill bridge reopens after “two\xa0long years”")
    assert ("heading", "What changes for drivers") in kinds
    assert ("list-item", "Heavy goods vehicles over 7.5 tonnes remain banned.") in kinds
    assert ("table-cell", "School run | busy") in kinds
    assert ("table-cell", "655") in kinds
    assert ("caption", "A cyclist crosses the reopened bridge at dawn") in kinds
    assert [k for k, t in kinds if t.startswith("The bridge is the town")] == ["quote"]
    assert [k for k, _ in kinds].count("title") == 1


def test_markdown_story_maps_exactly() -> None:
    doc = parse(MD_STORY.read_text(encoding="utf-8"), "markdown")
    assert_exact_map(doc)
    assert _source_of(doc, "council’s") == "council&rsquo;s"
    assert _source_of(doc, "town’s") == "town&#8217;s"
    assert _source_of(doc, "$2.5") == "\\$2.5"
    assert _source_of(doc, "20 mph & enforced") == "20 mph &amp; enforced"
    assert _source_of(doc, "“two\xa0long years”") == "&ldquo;two&nbsp;long years&rdquo;"
    assert _source_of(doc, "the the county") == "the **the county"
    assert _source_of(doc, "separate lane,") == "separate lane*,"
    assert _source_of(doc, "busy") == "busy"


def test_markdown_story_findings_point_at_the_source(default_linter: Linter) -> None:
    source = MD_STORY.read_text(encoding="utf-8")
    result = default_linter.lint_text(source, "markdown", str(MD_STORY))
    check_positions(result)
    found = _rules(result)
    assert ("duplication.doubled-word", "the **the") in found
    assert ("punctuation.stray-sequence", ". ,") in found
    comment_forms = [f for f in result.findings if f.rule == "web-residue.comment-form"]
    assert [(f.line, f.column) for f in comment_forms] == [(len(source.splitlines()), 1)]
    # Nothing is reported from code, URLs or front matter.
    code_lines = {i + 1 for i, line in enumerate(source.splitlines()) if "the the loop" in line or "https://" in line}
    assert not [f for f in result.findings if f.line in code_lines and f.rule == "duplication.doubled-word"]


def test_markdown_crlf_and_bom() -> None:
    lf = MD_STORY.read_text(encoding="utf-8")
    crlf_bytes = b"\xef\xbb\xbf" + lf.replace("\n", "\r\n").encode("utf-8")
    crlf = decode(crlf_bytes, "story.md").text
    assert not crlf.startswith("\ufeff") and "\r\n" in crlf
    doc = parse(crlf, "markdown")
    assert doc.text == parse(lf, "markdown").text
    assert_exact_map(doc)
    at = doc.text.index("chief said,\nending")
    start, end = doc.source_map.span(at, at + len("chief said,\nending"))
    assert crlf[start:end] == "chief said,\r\nending"


def test_markdown_crlf_findings(default_linter: Linter) -> None:
    source = MD_STORY.read_text(encoding="utf-8").replace("\n", "\r\n")
    result = default_linter.lint_text(source, "markdown", "story.md")
    check_positions(result)
    assert ("duplication.doubled-word", "the **the") in _rules(result)


@pytest.mark.parametrize(
    ("source", "text"),
    [
        ("Some ***very*** _odd_ __nesting__ here.", "Some very odd nesting here."),
        ("[*Leave* **a** Reply](https://x.example/reply)", "Leave a Reply"),
        ("See [the report](https://x.example 'a c d') c d.", "See the report c d."),
        ("Mail <mailto:desk@example.org> or <https://example.org/a_b>.", "Mail or."),
        ("Tabs\tstay\tverbatim and  double  spaces too.", "Tabs\tstay\tverbatim and  double  spaces too."),
        ("Line one  \nline two\\\nline three", "Line one\nline two\nline three"),
        ("An <span class=\"x\">inline</span> tag<br>breaks.", "An inline tag\nbreaks."),
        ("Setext title\n============\n\nBody.", "Setext title\n\nBody."),
        ("+++\ntitle = \"x\"\n+++\n\n# Head\n", "Head"),
        ("Unknown &bogus; and &copy; and &#x41;.", "Unknown &bogus; and © and A."),
    ],
)
def test_markdown_inline_cases(source: str, text: str) -> None:
    doc = parse(source, "markdown")
    assert doc.text == text
    assert_exact_map(doc)


def test_markdown_link_title_is_skipped_by_position() -> None:
    doc = parse("See [the report](https://x.example 'a c d') c d.", "markdown")
    at = doc.text.index(" c d.")
    start, _ = doc.source_map.span(at, at + 1)
    assert start == doc.source.index(") c d.") + 1


def test_markdown_table_cells_with_equal_text_map_to_their_own_cells() -> None:
    source = "| a | a |\n|---|---|\n| b | b |\n"
    doc = parse(source, "markdown")
    assert _blocks(doc) == [("table-cell", "a"), ("table-cell", "a"), ("table-cell", "b"), ("table-cell", "b")]
    starts = [doc.source_map.start(b.start) for b in doc.blocks]
    assert starts == [2, 6, 22, 26]


def test_markdown_tab_indented_list_maps_exactly() -> None:
    source = "-\tFirst item,\n\tcontinued here.\n-\tSecond item.\n"
    doc = parse(source, "markdown")
    assert _blocks(doc) == [("list-item", "First item,\ncontinued here."), ("list-item", "Second item.")]
    assert_exact_map(doc)


def test_markdown_first_h1_only_is_the_title() -> None:
    doc = parse("Intro line.\n\n# First\n\n# Second\n\n## Sub\n", "markdown")
    assert [b.kind for b in doc.blocks] == ["paragraph", "title", "heading", "heading"]


def test_markdown_image_alt_follows_its_paragraph() -> None:
    doc = parse("Before ![Alt &amp; text](a.png \"Title words\") after.\n\nNext.", "markdown")
    assert _blocks(doc) == [("paragraph", "Before after."), ("caption", "Alt & text"), ("paragraph", "Next.")]
    assert _source_of(doc, "Alt & text") == "Alt &amp; text"


# -- HTML ----------------------------------------------------------------------


def test_html_story_sees_prose_only() -> None:
    doc = parse(HTML_STORY.read_text(encoding="utf-8"), "html")
    text = doc.text
    for seen in (
        "Harbour dredging row deepens as fishermen’s boats sit idle",
        "entered its third week, the\nharbour master’s office said.",
        "“We cannot go out on a falling tide,” said skipper",
        "down to 1.8 metres\nin places.”",
        "criticised\nby the the fishermen’s association.",
        "Boats moored three deep at Carrow & Sons’ quay",
        "committee\non Dec. 4.",
        "port’s gauge (see \ufffc).",
        "links. , said",
    ):
        assert seen in text, seen
    for unseen in (
        "Example Gazette", "color", "dataLayer", "href", "/authors", "gazette.example.com",
        "depth_log", "raw", "Please enable JavaScript", "&rsquo;", "<", ">", "  ",
    ):  # fmt: skip
        assert unseen not in text, unseen


def test_html_block_kinds() -> None:
    kinds = _blocks(parse(HTML_STORY.read_text(encoding="utf-8"), "html"))
    assert ("title", "Harbour dredging row deepens as fishermen’s boats sit idle") in kinds
    assert ("caption", "Boats moored three deep at Carrow & Sons’ quay") in kinds
    assert ("caption", "Boats at the quay on Monday") in kinds
    assert ("quote", "Dredging is not optional for a working port.") in kinds
    assert ("heading", "What happens next") in kinds
    assert ("list-item", "A survey vessel arrives on Thursday.") in kinds
    assert ("table-cell", "Depth (m)") in kinds
    assert ("heading", "Leave a Reply") in kinds


def test_html_story_maps_exactly() -> None:
    source = HTML_STORY.read_text(encoding="utf-8")
    doc = parse(source, "html")
    assert_exact_map(doc)
    assert _source_of(doc, "fishermen’s boats") == "fishermen&#8217;s boats"
    assert _source_of(doc, "Carrow & Sons’") == "Carrow &amp; Sons&rsquo;"
    assert _source_of(doc, "to to") == "to</b> <b>to"
    assert _source_of(doc, "row over\ndredging") == "row over\n     dredging"


def test_html_story_findings_point_at_the_source(default_linter: Linter) -> None:
    source = HTML_STORY.read_text(encoding="utf-8")
    result = default_linter.lint_text(source, "html", str(HTML_STORY))
    check_positions(result)
    found = _rules(result)
    assert ("duplication.doubled-word", "to</b> <b>to") in found
    assert ("duplication.doubled-word", "the the") in found
    assert ("punctuation.stray-sequence", ". ,") in found
    assert ("web-residue.comment-form", "Leave a Reply") in found
    # "very very" sits in a disabled range; "the the" in <pre> and <style> is not prose.
    assert ("duplication.doubled-word", "very very") not in found
    assert [f.match for f in result.findings if f.rule == "duplication.doubled-word"].count("the the") == 1


def test_html_crlf(default_linter: Linter) -> None:
    source = HTML_STORY.read_text(encoding="utf-8").replace("\n", "\r\n")
    doc = parse(source, "html")
    assert_exact_map(doc)
    assert "entered its third week, the\nharbour" in doc.text
    result = default_linter.lint_text(source, "html", "story.html")
    check_positions(result)
    assert ("duplication.doubled-word", "to</b> <b>to") in _rules(result)


@pytest.mark.parametrize(
    ("source", "blocks"),
    [
        ("<p>one<p>two", [("paragraph", "one"), ("paragraph", "two")]),
        ("<table><tr><td>left</td><td>right</td></tr></table>", [("table-cell", "left"), ("table-cell", "right")]),
        ("<p><b>New</b>s and <i>v</i>iews</p>", [("paragraph", "News and views")]),
        ("<div>Loose<p>para</p>tail</div>", [("paragraph", "Loose"), ("paragraph", "para"), ("paragraph", "tail")]),
        ("<ul><li>One<li>Two <code>x=1</code> three</ul>", [("list-item", "One"), ("list-item", "Two \ufffc three")]),
        ("<p>a  \t b<br/>c</p>", [("paragraph", "a b\nc")]),
        ("<p>Ranked:<span> <br />1. Oslo <br>2. Bergen</span></p>", [("paragraph", "Ranked:\n1. Oslo\n2. Bergen")]),
        ("<p>that is, <img alt='{\\displaystyle A=B^{2}}' src=f.svg>, then</p>", [("paragraph", "that is, \ufffc, then")]),
        ("<p>AT&T &bogus; &copy;&nbsp;2024 &#65;&#x42;</p>", [("paragraph", "AT&T &bogus; ©\xa02024 AB")]),
        ("<img alt='Single &amp; quoted'><img alt=bare><img src=x alt=\"\">", [("caption", "Single & quoted"), ("caption", "bare")]),
        ("<h2>Sub</h2><h1>Main</h1><h1>Again</h1>", [("heading", "Sub"), ("title", "Main"), ("heading", "Again")]),
        ("<dl><dt>Term</dt><dd>Meaning</dd></dl><p>x <script>y</script>z</p>", [("list-item", "Term"), ("list-item", "Meaning"), ("paragraph", "x z")]),
        ("<svg><text>drawn</text></svg><template><p>later</p></template><p>shown</p>", [("paragraph", "shown")]),
        ("<title>Site name</title><p>Before <img alt='Pic'> after.</p><p>Next</p>", [("paragraph", "Before after."), ("caption", "Pic"), ("paragraph", "Next")]),
        ("<p>See <code>data.csv</code>, then <code>run</code>.</p>", [("paragraph", "See \ufffc, then \ufffc.")]),
    ],
)
def test_html_cases(source: str, blocks: list[tuple[str, str]]) -> None:
    doc = parse(source, "html")
    assert _blocks(doc) == blocks
    assert_exact_map(doc)


def test_html_alt_text_maps_to_the_attribute_value() -> None:
    source = '<p>Text</p>\n<img src="a.png" ALT = "Dawn &amp; dusk">'
    doc = parse(source, "html")
    assert _source_of(doc, "Dawn & dusk") == "Dawn &amp; dusk"


def test_html_alt_text_of_a_formula_is_not_prose() -> None:
    source = (
        '<p>A matrix <img src="f.svg" alt="{\\displaystyle A^{\\mathsf {H}}}"> is Hermitian.</p>'
        '<img src="b.png" alt="A \\ in the old typewriter font">'
    )
    doc = parse(source, "html")
    assert "mathsf" not in doc.text and "displaystyle" not in doc.text
    assert "A matrix" in doc.text and "old typewriter font" in doc.text


# -- suppression comments --------------------------------------------------------

_DOUBLED = "He said the the plan was dead."


def _doubled_words(linter: Linter, source: str, format: str) -> list[str]:
    result = linter.lint_text(source, format, "x")
    check_positions(result)
    return [f.match for f in result.findings if f.rule == "duplication.doubled-word"]


@pytest.mark.parametrize(
    "comment",
    [
        "<!-- newslint-disable-next-line duplication.doubled-word -->",
        "<!-- newslint-disable-next-line duplication.* -->",
        "<!-- newslint-disable-next-line duplication -->",
        "<!-- newslint-disable-next-line -->",
        "<!-- newslint-disable web-residue.comment-form, duplication.doubled-word -->",
        "<!--newslint-disable-->",
    ],
)
@pytest.mark.parametrize("format", ["markdown", "html"])
def test_suppression_comment_silences_a_finding(default_linter: Linter, comment: str, format: str) -> None:
    body = _DOUBLED if format == "markdown" else f"<p>{_DOUBLED}</p>"
    assert _doubled_words(default_linter, body, format) == ["the the"]
    assert _doubled_words(default_linter, f"{comment}\n\n{body}\n", format) == []


@pytest.mark.parametrize("format", ["markdown", "html"])
def test_suppression_needs_a_matching_rule_and_ends_where_told(default_linter: Linter, format: str) -> None:
    wrap = (lambda s: s) if format == "markdown" else (lambda s: f"<p>{s}</p>")
    other = f"<!-- newslint-disable-next-line web-residue.* -->\n{wrap(_DOUBLED)}\n"
    assert _doubled_words(default_linter, other, format) == ["the the"]
    next_line_only = f"<!-- newslint-disable-next-line -->\n{wrap(_DOUBLED)}\n\n{wrap('And and again.')}\n"
    assert _doubled_words(default_linter, next_line_only, format) == ["And and"]
    ranged = (
        f"<!-- newslint-disable duplication.doubled-word -->\n\n{wrap(_DOUBLED)}\n\n"
        f"<!-- newslint-enable duplication.doubled-word -->\n\n{wrap('And and again.')}\n"
    )
    assert _doubled_words(default_linter, ranged, format) == ["And and"]


def test_partial_enable_keeps_the_other_rules_disabled(default_linter: Linter) -> None:
    source = (
        "<!-- newslint-disable duplication.doubled-word punctuation -->\n\n"
        "<!-- newslint-enable punctuation -->\n\nThe the end. , really.\n"
    )
    result = default_linter.lint_text(source, "markdown", "x.md")
    assert [f.rule for f in result.findings if f.rule in ("duplication.doubled-word", "punctuation.stray-sequence")] == [
        "punctuation.stray-sequence"
    ]


def test_comment_in_code_does_not_suppress(default_linter: Linter) -> None:
    source = "```\n<!-- newslint-disable -->\n```\n\n`<!-- newslint-disable -->`\n\n" + _DOUBLED + "\n"
    assert _doubled_words(default_linter, source, "markdown") == ["the the"]
    html_source = "<pre>&lt;!-- newslint-disable --&gt;</pre><p>" + _DOUBLED + "</p>"
    assert _doubled_words(default_linter, html_source, "html") == ["the the"]


def test_inline_comment_in_a_paragraph_suppresses_the_next_line(default_linter: Linter) -> None:
    source = "Intro text. <!-- newslint-disable-next-line duplication.doubled-word -->\n" + _DOUBLED + "\n"
    assert _doubled_words(default_linter, source, "markdown") == []


def test_suppressions_are_source_ranges() -> None:
    source = "Intro.\n\n<!-- newslint-disable-next-line a.b -->\n\n\nTarget line.\nAfter."
    doc = parse(source, "markdown")
    assert len(doc.suppressions) == 1
    s = doc.suppressions[0]
    assert s.rules == ("a.b",) and source[s.start:s.end] == "Target line."


# -- plain text ------------------------------------------------------------------


def test_plain_text_is_the_source_with_conservative_kinds() -> None:
    source = (
        "Ferry service resumes after storm\r\n\r\n"
        "By Ana Costa\r\n\r\n"
        "The ferry ran again on Friday. Crews worked overnight.\r\n\r\n"
        "- Sailings every hour\r\n- Fares unchanged\r\n  until May\r\n\r\n"
        "1. First stop\r\n2) Second stop\r\n"
    )
    doc = parse(source, "text")
    assert doc.text == source
    assert _blocks(doc) == [
        ("title", "Ferry service resumes after storm"),
        ("paragraph", "By Ana Costa"),
        ("paragraph", "The ferry ran again on Friday. Crews worked overnight."),
        ("list-item", "- Sailings every hour"),
        ("list-item", "- Fares unchanged\r\n  until May"),
        ("list-item", "1. First stop"),
        ("list-item", "2) Second stop"),
    ]


@pytest.mark.parametrize(
    "first",
    [
        "The ferry ran again on Friday after a storm closed the port.",
        "Ferry service resumes\nafter storm",
        " ".join(["word"] * 30),
        '"We will reopen the pier," the mayor said.',
        "“We will never close the pier.”",
        "Goal!",
    ],
)
def test_plain_first_block_that_is_not_a_headline_is_a_paragraph(first: str) -> None:
    doc = parse(first + "\n\nBody.", "text")
    assert doc.blocks[0].kind == "paragraph"


@pytest.mark.parametrize(
    "first", ["Is the old pier safe?", "Mayor denies ‘cover-up’", "Council rejects 'unsafe' pier plan"]
)
def test_plain_headline_may_ask_or_end_on_a_quoted_word(first: str) -> None:
    doc = parse(first + "\n\nBy Ana Costa\n\nThe pier reopened on Friday.", "text")
    assert [b.kind for b in doc.blocks] == ["title", "paragraph", "paragraph"]


@pytest.mark.parametrize(
    ("source", "format"),
    [
        ("<p>The reply is a <code>Response</code> object. Its root, <code>rekt</code>, holds lists (<code>x</code>).</p>", "html"),
        ("The reply is a `Response` object. Its root, `rekt`, holds lists (`x`).\n", "markdown"),
    ],
)
def test_inline_code_stands_in_its_sentence(source: str, format: str) -> None:
    """Dropping inline code would leave "a object", ", ," and "( )": false alarms on clean copy."""
    result = Linter().lint_text(source, format, "x")
    check_positions(result)
    assert [(f.rule, f.match) for f in result.findings] == []


READABILITY_PAGES = SHARED / "data" / "readability-test-pages" / "pages"


@pytest.mark.skipif(not READABILITY_PAGES.is_dir(), reason="needs ../shared/data/readability-test-pages beside the checkout")
def test_real_web_pages_map_exactly() -> None:
    """Captured real pages (whole page and extracted article): every character and word maps back to its source."""
    pages = sorted(READABILITY_PAGES.glob("*/*.html.gz"))
    assert len(pages) > 100
    for path in pages:
        source = gzip.decompress(path.read_bytes()).decode("utf-8", "replace")
        assert_exact_map(parse(source, "html", str(path)))


def test_html_caption_parts_in_abutting_elements_read_apart() -> None:
    source = (
        '<figure><figcaption><span>Water seeped underground.</span><span class="credit">Ana Torres/Harbour Press</span>'
        "</figcaption></figure><p>The pipes burst.<b>Crews</b> came.</p>"
    )
    doc = parse(source, "html")
    assert _blocks(doc) == [("caption", "Water seeped underground. Ana Torres/Harbour Press"), ("paragraph", "The pipes burst.Crews came.")]
    assert _source_of(doc, "underground. Ana")[len("underground."):-len("Ana")] == '</span><span class="credit">'
    result = Linter().lint_text(source, "html", "x")
    assert [(f.rule, f.match) for f in result.findings] == [("punctuation.missing-space", ".")]  # the body's glue only


def test_html_q_shows_its_quotation_marks_and_is_quoted_speech() -> None:
    source = '<p>She said <q cite="x">we will <q>win</q> it</q> and left.</p>'
    doc = parse(source, "html")
    assert doc.text == "She said “we will ‘win’ it” and left."
    assert _source_of(doc, "“we") == '<q cite="x">we'
    at = doc.text.index("will")
    assert doc.in_quote(at, at + 4)
    assert_exact_map(doc)
