"""The founding example: every defect of the seed article is found, in the right
category, and its clean paragraphs get no warning or error."""

from __future__ import annotations

import pytest

from lint.engine import FileResult, Linter
from lint.findings import Severity
from tests.conftest import FIXTURES, check_positions

SEED = FIXTURES / "seed-article.txt"

#: (category, text that must be flagged) for each defect named in the brief.
DEFECTS = [
    ("mt-artefact", "human rights of man"),
    ("duplication", "Chinese leader."),
    ("punctuation", "."),  # the stray period after “Face the Nation.”
    ("punctuation", ". ,"),
    ("web-residue", "Acquire license rights"),
    ("web-residue", "open a new tab"),
    ("web-residue", "Leave a Reply"),
    ("web-residue", "Your email address will not be published"),
    ("web-residue", "Required fields are marked *"),
    ("web-residue", "By | November 13, 2023"),
    ("web-residue", "REUTERS/Kevin Lamarque"),
    ("web-residue", "Our standards: The Thomson Reuters Trust Principles."),
]


@pytest.fixture(scope="module")
def result(linter: Linter) -> FileResult:
    return linter.lint_path(str(SEED))


@pytest.mark.parametrize(("category", "text"), DEFECTS, ids=[t for _, t in DEFECTS])
def test_defect_is_flagged_in_its_category(result: FileResult, category: str, text: str) -> None:
    flagged = [(f.category, f.match.strip(" ")) for f in result.findings]
    assert (category, text) in flagged or any(c == category and text in m for c, m in flagged), flagged


def test_stray_period_after_closing_quote_is_the_one_flagged(result: FileResult) -> None:
    source = SEED.read_text(encoding="utf-8")
    at = source.index("“Face the Nation.” .") + len("“Face the Nation.” ")
    assert any(f.offset <= at < f.end_offset and f.category == "punctuation" for f in result.findings)


def test_clean_paragraphs_get_no_warning_or_error(result: FileResult) -> None:
    source = SEED.read_text(encoding="utf-8")
    damaged = {i for i, line in enumerate(source.splitlines(), 1) if any(text in line for _, text in DEFECTS if len(text) > 1)}
    damaged.add(next(i for i, line in enumerate(source.splitlines(), 1) if "“Face the Nation.” ." in line))
    loud = [(f.line, f.rule, f.match) for f in result.findings if f.severity >= Severity.WARNING and f.line not in damaged]
    assert loud == []


def test_positions_are_exact(result: FileResult) -> None:
    check_positions(result)
