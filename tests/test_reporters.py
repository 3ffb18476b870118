"""Every reporter on one shared set of findings: snapshots, plus what each format must get right.

The shared findings include a span across a line break, an emoji before a
span on the same line (one code point, two UTF-16 units), a message with a
line break, `%`, `,` and `:` in it, every severity, a safe fix, a rule with
no YAML of its own, a path with a space and a comma, and a file that could
not be linted. Snapshots live in tests/snapshots/reporters/; rewrite them
with `pytest --update-snapshots` and review the diff like code.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from lint.engine import FileResult
from lint.findings import Finding, Severity
from lint.report import REPORTERS, ReportOptions, reporter
from lint.report.github import escape_data, escape_property
from lint.report.sarif import first_sentence
from lint.rules.model import Example, Rule
from tests.conftest import SHARED

SNAPSHOTS = Path(__file__).parent / "snapshots" / "reporters"
SARIF_SCHEMA = SHARED / "data" / "sarif" / "sarif-schema-2.1.0.json"
EXTENSIONS = {"text": "txt", "json": "json", "sarif": "sarif", "github": "txt", "compact": "txt"}

PATH = "copy/storm day 1, final.txt"
SOURCE = (
    "Storm shuts the harbour\n"
    "\n"
    "Ferries 🌊 stayed in port on Tuesday and the the harbour master said crews would\n"
    "would return on Wednesday.\n"
    "\n"
    "Leave a Reply\n"
)


def _finding(rule: str, category: str, severity: Severity, needle: str, message: str, fix: str | None = None, suggestions: tuple[str, ...] = ()) -> Finding:
    start = SOURCE.index(needle)
    end = start + len(needle)

    def line_col(offset: int) -> tuple[int, int]:
        line = SOURCE.count("\n", 0, offset) + 1
        return line, offset - (SOURCE.rfind("\n", 0, offset) + 1) + 1

    (line, column), (end_line, end_column) = line_col(start), line_col(end)
    return Finding(rule, category, severity, message, needle, start, end, line, column, end_line, end_column, suggestions, fix)


def _rule(rule_id: str, severity: Severity, description: str) -> Rule:
    category = rule_id.split(".")[0]
    return Rule(
        id=rule_id,
        kind="existence",
        category=category,
        severity=severity,
        message="{match}",
        description=description,
        scope="paragraph",
        bad=(Example("He said [[the the]] plan."),),
        good=(Example("He said the plan."),),
        path=Path(f"rules/{rule_id.replace('.', '/')}.yml"),
    )


RESULTS = [
    FileResult(
        PATH,
        source=SOURCE,
        findings=[
            _finding("style.wave-emoji", "style", Severity.INFO, "stayed", "An emoji sits before this word.", suggestions=("remained",)),
            _finding("duplication.doubled-word", "duplication", Severity.ERROR, "the the", "Doubled word 'the the'.", fix="the", suggestions=("the",)),
            _finding("duplication.doubled-word", "duplication", Severity.ERROR, "would\nwould", "Doubled word 'would would'.", fix="would", suggestions=("would",)),
            _finding("languagetool.DAY_OF_WEEK", "grammar", Severity.WARNING, "Wednesday", "Check the day.\nSecond line: 100% sure, or not?"),
            _finding("web-residue.comment-form", "web-residue", Severity.ERROR, "Leave a Reply", "Page furniture: 'Leave a Reply'.", fix=""),
        ],
    ),
    FileResult("copy/missing.txt", error="copy/missing.txt: no such file"),
]
RULES = {
    "style.wave-emoji": _rule("style.wave-emoji", Severity.INFO, "Emoji in body copy (\"like 🌊. this\"). Wire copy has none."),
    "duplication.doubled-word": _rule("duplication.doubled-word", Severity.ERROR, "The same word twice in a row. Spell checkers miss it."),
    "web-residue.comment-form": _rule("web-residue.comment-form", Severity.ERROR, "The reader-comment form of a web page."),
}
OPTIONS = ReportOptions(version="9.9.9", color=False, width=100, rules=RULES)


def render(name: str) -> str:
    return reporter(name).render(RESULTS, OPTIONS)


def test_shared_findings_have_exact_positions() -> None:
    from tests.conftest import check_positions

    check_positions(RESULTS[0])
    emoji = RESULTS[0].findings[0]
    assert (emoji.line, emoji.column) == (3, 11)  # "Ferries 🌊 " is 10 code points


@pytest.mark.parametrize("name", sorted(REPORTERS))
def test_reporter_snapshot(name: str, monkeypatch: pytest.MonkeyPatch, update_snapshots: bool) -> None:
    monkeypatch.chdir(Path(__file__).parent.parent)  # SARIF URIs are relative to the current folder
    text = render(name)
    snapshot = SNAPSHOTS / f"{name}.{EXTENSIONS[name]}"
    if update_snapshots:
        snapshot.parent.mkdir(parents=True, exist_ok=True)
        snapshot.write_text(text, encoding="utf-8")
    assert snapshot.is_file(), f"no snapshot {snapshot}; run pytest --update-snapshots"
    assert text == snapshot.read_text(encoding="utf-8")


# -- SARIF --------------------------------------------------------------------


def _sarif(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    monkeypatch.chdir(Path(__file__).parent.parent)
    data: dict[str, Any] = json.loads(render("sarif"))
    return data


def test_sarif_is_valid_against_the_official_schema(monkeypatch: pytest.MonkeyPatch) -> None:
    if not SARIF_SCHEMA.is_file():
        pytest.skip(f"SARIF schema not found at {SARIF_SCHEMA}")
    import jsonschema

    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(_sarif(monkeypatch))


def test_sarif_has_what_github_code_scanning_requires(monkeypatch: pytest.MonkeyPatch) -> None:
    log = _sarif(monkeypatch)
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    assert run["columnKind"] == "unicodeCodePoints"
    driver = run["tool"]["driver"]
    assert driver["name"] == "newslint"
    rules = {r["id"]: r for r in driver["rules"]}
    assert set(rules) == {f.rule for f in RESULTS[0].findings}
    for result in run["results"]:
        assert rules[result["ruleId"]] == driver["rules"][result["ruleIndex"]]
        assert result["message"]["text"]
        assert result["level"] in {"error", "warning", "note"}
        location = result["locations"][0]["physicalLocation"]
        assert not location["artifactLocation"]["uri"].startswith(("/", "file:"))
        assert location["region"]["startLine"] >= 1
        assert result["partialFingerprints"]


def test_sarif_rules_come_from_the_yaml(monkeypatch: pytest.MonkeyPatch) -> None:
    rules = {r["id"]: r for r in _sarif(monkeypatch)["runs"][0]["tool"]["driver"]["rules"]}
    doubled = rules["duplication.doubled-word"]
    assert doubled["shortDescription"]["text"] == "The same word twice in a row."
    assert doubled["fullDescription"]["text"] == "The same word twice in a row. Spell checkers miss it."
    assert doubled["defaultConfiguration"]["level"] == "error"
    assert "He said the the plan." in doubled["help"]["text"]
    # A full stop inside quotation marks does not end the short description.
    assert rules["style.wave-emoji"]["shortDescription"]["text"] == 'Emoji in body copy ("like 🌊. this").'
    assert rules["style.wave-emoji"]["defaultConfiguration"]["level"] == "note"
    assert rules["languagetool.DAY_OF_WEEK"]["properties"]["tags"] == ["grammar"]


def test_sarif_regions_and_fixes_point_at_the_match(monkeypatch: pytest.MonkeyPatch) -> None:
    run = _sarif(monkeypatch)["runs"][0]
    by_match = {}
    for result in run["results"]:
        region = result["locations"][0]["physicalLocation"]["region"]
        matched = SOURCE[region["charOffset"]:region["charOffset"] + region["charLength"]]
        by_match[matched] = result
    assert set(by_match) == {f.match for f in RESULTS[0].findings}
    multi = by_match["would\nwould"]["locations"][0]["physicalLocation"]["region"]
    assert (multi["startLine"], multi["endLine"], multi["endColumn"]) == (3, 4, 6)
    assert by_match["stayed"]["locations"][0]["physicalLocation"]["region"]["startColumn"] == 11
    fix = by_match["the the"]["fixes"][0]["artifactChanges"][0]
    assert fix["artifactLocation"]["uri"] == "copy/storm%20day%201%2C%20final.txt"
    assert fix["replacements"][0]["insertedContent"]["text"] == "the"
    assert fix["replacements"][0]["deletedRegion"]["charLength"] == len("the the")
    assert "fixes" not in by_match["Wednesday"]
    assert by_match["Leave a Reply"]["fixes"][0]["artifactChanges"][0]["replacements"][0]["insertedContent"]["text"] == ""


def test_sarif_reports_unreadable_files_as_notifications(monkeypatch: pytest.MonkeyPatch) -> None:
    invocation = _sarif(monkeypatch)["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    [note] = invocation["toolExecutionNotifications"]
    assert note["message"]["text"] == "copy/missing.txt: no such file"


def test_first_sentence() -> None:
    assert first_sentence("One (a. b) two. Three.") == "One (a. b) two."
    assert first_sentence("No stop at all") == "No stop at all"
    assert first_sentence("Version 1.5 is out. Really.") == "Version 1.5 is out."


# -- GitHub -------------------------------------------------------------------


def test_github_annotations() -> None:
    lines = render("github").splitlines()
    file = "copy/storm day 1%2C final.txt"
    assert lines == [
        f"::notice file={file},line=3,col=11,endColumn=17,title=style.wave-emoji::An emoji sits before this word.",
        f"::error file={file},line=3,col=41,endColumn=48,title=duplication.doubled-word::Doubled word 'the the'.",
        f"::error file={file},line=3,endLine=4,title=duplication.doubled-word::Doubled word 'would would'.",
        f"::warning file={file},line=4,col=17,endColumn=26,title=languagetool.DAY_OF_WEEK::Check the day.%0ASecond line: 100%25 sure, or not?",
        f"::error file={file},line=6,col=1,endColumn=14,title=web-residue.comment-form::Page furniture: 'Leave a Reply'.",
        "::error file=copy/missing.txt,title=newslint::copy/missing.txt: no such file",
    ]


def test_github_escaping() -> None:
    assert escape_data("100%\r\nnext") == "100%25%0D%0Anext"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"
    # Escaping % first: an escape sequence in the input is not decoded by GitHub.
    assert escape_data("%0A") == "%250A"


# -- compact ------------------------------------------------------------------


def test_compact_is_one_line_per_finding() -> None:
    lines = render("compact").splitlines()
    assert len(lines) == len(RESULTS[0].findings) + 1
    assert lines[0] == f"{PATH}:3:11: info style.wave-emoji An emoji sits before this word."
    assert lines[3] == f"{PATH}:4:17: warning languagetool.DAY_OF_WEEK Check the day. Second line: 100% sure, or not?"
    assert lines[-1] == "copy/missing.txt: error: no such file"


def test_terminal_context_for_html_shows_prose_not_markup() -> None:
    from lint.engine import Linter

    source = (
        '<html><body><article><p class="lede">Ferries stayed in <b>port</b> on Tuesday and '
        "the the harbour master said crews &amp; pilots would wait.</p></article></body></html>\n"
    )
    result = Linter().lint_text(source, "html", "copy/storm.html")
    doubled = [f for f in result.findings if f.rule == "duplication.doubled-word"]
    assert doubled and source[doubled[0].offset:doubled[0].end_offset] == "the the"
    text = reporter("text").render([result], ReportOptions(version="9.9.9", color=False, width=160, quiet=True))
    context = next(line for line in text.splitlines() if "│" in line and "the the" in line)
    assert "<" not in context and ">" not in context
    assert "stayed in port on Tuesday and the the harbour master said crews & pilots" in context


def test_terminal_context_for_html_drops_script_code_and_comments() -> None:
    """A page minified onto one line holds scripts, styles and comments beside the prose: none of it is shown."""
    from lint.engine import Linter

    source = (
        "<html><body><script>var ad = slot('top'); if (a<b) { run(); }</script><!-- ad slot -->"
        "<style>p { color: red; }</style><p>Ferries stayed in port and the the harbour master waited.</p>"
        '<script type="text/javascript">track("view");</script></body></html>\n'
    )
    result = Linter().lint_text(source, "html", "copy/storm.html")
    text = reporter("text").render([result], ReportOptions(version="9.9.9", color=False, width=160, quiet=True))
    context = next(line for line in text.splitlines() if "│" in line and "the the" in line)
    assert "Ferries stayed in port and the the harbour master waited." in context
    for code in ("slot(", "run()", "ad slot", "color", "track("):
        assert code not in context


def test_terminal_groups_by_category_worst_first_each_in_reading_order() -> None:
    """Errors of duplication and web residue come before the warning and the info; the category with more
    findings first between equals; inside a group the findings keep their order in the file."""
    options = ReportOptions(version="9.9.9", color=False, width=160, quiet=True, group_by="category")
    lines = reporter("text").render(RESULTS, options).splitlines()
    headings = [line.strip() for line in lines if line.startswith("  ") and line.endswith(tuple("0123456789"))]
    assert headings == ["duplication · 2", "web-residue · 1", "grammar · 1", "style · 1"]
    where = [f"{f.line}:{f.column}" for f in RESULTS[0].findings]

    def located(text: str) -> list[str]:
        return [line.split()[0] for line in text.splitlines() if line.startswith("  ") and line.split()[0][:1].isdigit()]

    assert located("\n".join(lines)) == [where[i] for i in (1, 2, 4, 3, 0)]
    # Reading order (the default) is unchanged.
    assert located(reporter("text").render(RESULTS, OPTIONS)) == where
