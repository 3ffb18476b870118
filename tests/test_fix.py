"""Safe autofix: what --fix changes, what it never touches, and how it writes."""

from __future__ import annotations

import io
import os
import random
import stat
from pathlib import Path

import pytest

from lint.cli import main
from lint.engine import FileResult, Linter
from lint.findings import Finding, Severity
from lint.fix import Edit, apply, fix_result, plan, write_atomic

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = sorted(p for p in (ROOT / "fixtures").iterdir() if p.suffix in (".txt", ".md", ".html"))

SELECT = "duplication.doubled-word,web-residue.comment-form,web-residue.license-link,web-residue.a11y-label"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(["--no-color", "--no-languagetool", *argv], stdout=out, stderr=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture(autouse=True)
def _isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path / ".cache"))


def _finding(start: int, end: int, fix: str | None, rule: str = "x.rule") -> Finding:
    return Finding(rule, "style", Severity.ERROR, "m", "", start, end, 1, start + 1, 1, end + 1, (), fix)


# -- planning edits -------------------------------------------------------------


def test_overlapping_fixes_first_by_position_wins_whatever_the_order() -> None:
    source = "abcdefghij"
    findings = [_finding(2, 5, "X"), _finding(4, 7, "Y"), _finding(7, 8, "Z"), _finding(0, 1, None), _finding(3, 4, "W")]
    expected = [Edit(2, 5, "X", "x.rule"), Edit(7, 8, "Z", "x.rule")]
    for seed in range(5):
        random.Random(seed).shuffle(findings)
        assert plan(findings, source) == expected
    assert apply(source, expected) == "abXfgZij"


def test_two_insertions_at_one_point_keep_only_the_first_rule() -> None:
    edits = plan([_finding(3, 3, "b", "b.rule"), _finding(3, 3, "a", "a.rule")], "abcdef")
    assert edits == [Edit(3, 3, "a", "a.rule")]


@pytest.mark.parametrize(
    ("source", "span", "expected"),
    [
        ("Intro.\n\nLeave a Reply\n\nNext paragraph.\n", "Leave a Reply", "Intro.\n\nNext paragraph.\n"),
        ("Intro.\n\nLeave a Reply", "Leave a Reply", "Intro.\n"),
        ("Intro.\n\nLeave a Reply\n\n\n", "Leave a Reply", "Intro.\n"),
        ("Line one\nLeave a Reply\nLine three\n", "Leave a Reply", "Line one\nLine three\n"),
        ("Trade talks. Leave a Reply. Then more.\n", "Leave a Reply", "Trade talks. Then more.\n"),
        ("The credit Acquire license rights\n", "Acquire license rights", "The credit\n"),
        ("Go here Acquire license rights, now.\n", "Acquire license rights", "Go here, now.\n"),
        ("Acquire license rights and more\n", "Acquire license rights", "and more\n"),
    ],
)
def test_deletions_take_the_space_they_leave(source: str, span: str, expected: str) -> None:
    start = source.index(span)
    assert apply(source, plan([_finding(start, start + len(span), "")], source)) == expected


def test_deletions_that_empty_a_line_remove_it() -> None:
    source = "Intro.\n\nAcquire license rightsopen a new tab\n\nBody.\n"
    a = source.index("Acquire")
    b = source.index("open")
    edits = plan([_finding(a, b, ""), _finding(b, b + len("open a new tab"), "")], source)
    assert apply(source, edits) == "Intro.\n\nBody.\n"


def test_html_fix_text_is_escaped() -> None:
    edits = plan([_finding(0, 3, "R&D")], "abc", "html")
    assert edits[0].text == "R&amp;D"


# -- fixing real text -------------------------------------------------------------


@pytest.fixture(scope="module")
def linter() -> Linter:
    from lint.config import Config

    return Linter(Config(languagetool={"mode": "off"}))


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.name)
def test_fix_on_fixtures_is_complete_and_idempotent(fixture: Path, linter: Linter) -> None:
    from lint.markup import format_for

    fmt = format_for(fixture)
    result = linter.lint_path(str(fixture))
    fixed = fix_result(linter, result, fmt)
    # Every safe fix was applied: nothing fixable is left.
    assert not [f for f in fixed.result.findings if f.fix is not None]
    # Running again changes nothing.
    again = fix_result(linter, linter.lint_text(fixed.result.source, fmt, str(fixture)), fmt)
    assert not again.changed
    assert fixed.changed == any(f.fix is not None for f in result.findings)


def test_fix_cli_rewrites_file_reports_what_is_left_and_second_run_changes_nothing(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Council votes\n\nThe council approved the the budget on Monday.\n\nLeave a Reply\n", encoding="utf-8")
    code, out, err = run("--select", SELECT, "--fix", str(story))
    assert story.read_text(encoding="utf-8") == "Council votes\n\nThe council approved the budget on Monday.\n"
    assert code == 0, out + err
    assert "applied 2 fixes" in err
    before = story.stat().st_mtime_ns
    code, out, err = run("--select", SELECT, "--fix", str(story))
    assert code == 0
    assert "applied" not in err
    assert story.stat().st_mtime_ns == before


def test_quoted_speech_is_never_fixed(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    text = "Vote\n\n“We will will win,” the mayor said. Officials said said it was close.\n"
    story.write_text(text, encoding="utf-8")
    code, out, _ = run("--select", "duplication.doubled-word", "--fix", str(story))
    assert story.read_text(encoding="utf-8") == text.replace("said said", "said")
    assert code == 1  # the doubled word inside the quote is still reported, not fixed
    assert "will will" in out


def test_fix_works_at_source_offsets_in_markdown_and_html(tmp_path: Path) -> None:
    md = tmp_path / "story.md"
    md.write_text("# Vote\n\nThe council **approved** the the [budget](https://example.com/a_b).\n", encoding="utf-8")
    html = tmp_path / "story.html"
    html.write_text("<h1>Vote</h1>\n<p>The <em>council</em> approved the the budget &amp; plan.</p>\n", encoding="utf-8")
    run("--select", "duplication.doubled-word", "--fix", str(md), str(html))
    assert md.read_text(encoding="utf-8") == "# Vote\n\nThe council **approved** the [budget](https://example.com/a_b).\n"
    assert html.read_text(encoding="utf-8") == "<h1>Vote</h1>\n<p>The <em>council</em> approved the budget &amp; plan.</p>\n"


def test_span_across_markup_is_not_fixed(tmp_path: Path) -> None:
    md = tmp_path / "story.md"
    text = "# Vote\n\nThe council approved the *the* budget.\n"
    md.write_text(text, encoding="utf-8")
    code, out, _ = run("--select", "duplication.doubled-word", "--fix", str(md))
    assert md.read_text(encoding="utf-8") == text
    assert code == 1 and "duplication.doubled-word" in out


def test_diff_prints_the_fix_and_writes_nothing(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    text = "Vote\n\nThe council approved the the budget.\n"
    story.write_text(text, encoding="utf-8")
    os.chdir(tmp_path)
    code, out, _ = run("--select", SELECT, "--diff", "story.txt")
    assert code == 1
    assert out == (
        "--- a/story.txt\n+++ b/story.txt\n@@ -1,3 +1,3 @@\n Vote\n \n"
        "-The council approved the the budget.\n+The council approved the budget.\n"
    )
    assert story.read_text(encoding="utf-8") == text
    story.write_text("Vote\n\nThe council approved the budget.\n", encoding="utf-8")
    assert run("--select", SELECT, "--diff", "story.txt") == (0, "", "")


def test_without_fix_no_file_is_touched(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("Vote\n\nThe council approved the the budget.\n\nLeave a Reply\n", encoding="utf-8")
    before = (story.read_bytes(), story.stat().st_mtime_ns)
    for args in ((), ("--format", "json"), ("--format", "sarif"), ("--diff",), ("-j", "2")):
        run("--select", SELECT, *args, str(story))
    assert (story.read_bytes(), story.stat().st_mtime_ns) == before
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(".cache")) == ["story.txt"]


def test_fix_keeps_permissions_bom_and_line_endings(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_bytes("\ufeffVote\r\n\r\nThe council approved the the budget.\r\n".encode())
    story.chmod(0o640)
    run("--select", "duplication.doubled-word", "--fix", str(story))
    assert story.read_bytes() == "\ufeffVote\r\n\r\nThe council approved the budget.\r\n".encode()
    assert stat.S_IMODE(story.stat().st_mode) == 0o640


def test_fix_writes_through_a_symlink(tmp_path: Path) -> None:
    real = tmp_path / "real.txt"
    real.write_text("Vote\n\nThe council approved the the budget.\n", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real)
    run("--select", "duplication.doubled-word", "--fix", str(link))
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "Vote\n\nThe council approved the budget.\n"


@pytest.mark.parametrize("failing", ["os.replace", "os.fsync"])
def test_failure_mid_write_leaves_the_original_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str) -> None:
    story = tmp_path / "story.txt"
    text = "Vote\n\nThe council approved the the budget.\n"
    story.write_text(text, encoding="utf-8")

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(failing, boom)
    code, out, _ = run("--select", "duplication.doubled-word", "--fix", str(story))
    assert story.read_text(encoding="utf-8") == text
    assert [p.name for p in tmp_path.iterdir() if p.is_file()] == ["story.txt"]  # no temporary file left
    assert code == 2
    assert "fixes not written (No space left on device); the file is unchanged" in out
    assert "the the" in out  # the findings shown are those of the file as it is


def test_file_changed_on_disk_is_not_overwritten(tmp_path: Path) -> None:
    story = tmp_path / "story.txt"
    story.write_text("edited meanwhile\n", encoding="utf-8")
    with pytest.raises(Exception, match="changed on disk"):
        write_atomic(str(story), "fixed\n", "original\n")
    assert story.read_text(encoding="utf-8") == "edited meanwhile\n"


def test_standard_input_is_not_written(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"Vote\n\nThe the budget passed.\n")))
    code, out, err = run("--select", "duplication.doubled-word", "--fix", "-")
    assert "fixes not written" in err
    assert code == 1  # the report describes the text as it is
    assert "the the" in out.lower()


def test_fixed_result_describes_the_fixed_text(linter: Linter) -> None:
    result = linter.lint_text("Vote\n\nThe council approved the the budget. Leave a Reply\n", "text", "s.txt")
    fixed = fix_result(linter, result, "text")
    assert fixed.applied == 2
    assert fixed.result.source == "Vote\n\nThe council approved the budget.\n"
    assert isinstance(fixed.result, FileResult)
