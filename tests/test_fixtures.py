"""Every fixture story, linted with the default rules: exact positions and a golden report.

Each `fixtures/<story>.<ext>` has `fixtures/<story>.expected.json` beside it,
listing [rule, line, column, match] for every finding. Regenerate with
`pytest tests/test_fixtures.py --update-snapshots` and review the diff like code.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from lint.engine import Linter
from lint.findings import Severity
from tests.conftest import FIXTURES, check_positions

STORIES = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md", ".html") and not p.name.endswith(".expected.json"))


@pytest.mark.parametrize("story", STORIES, ids=[p.name for p in STORIES])
def test_fixture_report(story: Path, linter: Linter, update_snapshots: bool) -> None:
    result = linter.lint_path(str(story))
    assert result.error is None, result.error
    check_positions(result)
    report = [[f.rule, f.line, f.column, f.match] for f in result.findings]
    golden = story.with_name(story.name + ".expected.json")
    if update_snapshots or not golden.exists():
        lines = ",\n".join(" " + json.dumps(row, ensure_ascii=False) for row in report)
        golden.write_text(f"[\n{lines}\n]\n" if report else "[]\n", encoding="utf-8")
        if not update_snapshots:
            pytest.fail(f"{golden.name} did not exist; written now, review and commit it")
    assert report == json.loads(golden.read_text(encoding="utf-8"))


@pytest.mark.parametrize("story", [p for p in STORIES if "clean" in p.name], ids=lambda p: p.name)
def test_clean_fixtures_have_no_warning_or_error(story: Path, linter: Linter) -> None:
    result = linter.lint_path(str(story))
    loud = [(f.rule, f.match) for f in result.findings if f.severity >= Severity.WARNING]
    assert loud == []
