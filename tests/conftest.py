"""Shared test helpers: the built-in rules, and examples with [[marked]] spans."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from lint.config import Config
from lint.engine import FileResult, Linter
from lint.rules.loader import builtin_rules_dir, load_rules
from lint.rules.model import Example, Rule

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
#: The workplace's shared data folder, beside the checkout (absent on other machines).
SHARED = ROOT.parent / "shared"

_MARK = re.compile(r"\[\[(.*?)\]\]", re.DOTALL)


def unmark(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Remove [[…]] marks; return the clean text and the marked spans."""
    spans: list[tuple[int, int]] = []
    out: list[str] = []
    pos = 0
    length = 0
    for m in _MARK.finditer(text):
        out.append(text[pos:m.start()])
        length += m.start() - pos
        spans.append((length, length + len(m.group(1))))
        out.append(m.group(1))
        length += len(m.group(1))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out), spans


def lint_example(rule: Rule, example: Example) -> tuple[str, list[tuple[int, int]], FileResult]:
    """Lint an example with its rule alone; return clean text, marked spans, result."""
    text, spans = unmark(example.text)
    # Selecting the rule by id also runs the rules that are off by default.
    result = Linter(Config(select=(rule.id,)), rules=[rule]).lint_text(text, example.format, f"{rule.path.name}::example")
    return text, spans, result


def check_positions(result: FileResult) -> None:
    """Every finding's offsets, lines and columns point at its match in the source."""
    source = result.source
    lines = source.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))
    for f in result.findings:
        assert 0 <= f.offset <= f.end_offset <= len(source), f
        assert source[f.offset:f.end_offset] == f.match, f
        assert starts[f.line - 1] + f.column - 1 == f.offset, f
        assert starts[f.end_line - 1] + f.end_column - 1 == f.end_offset, f


@pytest.fixture(scope="session")
def builtin_rules() -> list[Rule]:
    return load_rules([builtin_rules_dir()])


@pytest.fixture(scope="session")
def linter() -> Linter:
    """The default rule set, with LanguageTool off (tests that need it say so)."""
    from lint.config import Config

    return Linter(Config(languagetool={"mode": "off"}))


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--update-snapshots", action="store_true", help="rewrite the golden fixture reports (fixtures/*.expected.json)")


@pytest.fixture
def update_snapshots(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-snapshots"))
