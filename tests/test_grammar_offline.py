"""The offline grammar rules on a whole story: each slip found once, at its place, nothing else."""

from __future__ import annotations

from lint.config import Config
from lint.engine import Linter
from tests.conftest import FIXTURES, check_positions


def test_offline_grammar_rules_on_a_story() -> None:
    source = (FIXTURES / "grammar-ferry-council.txt").read_text(encoding="utf-8")
    linter = Linter(Config(select=("grammar",), languagetool={"mode": "off"}))
    result = linter.lint_text(source, "text", "grammar-ferry-council.txt")
    check_positions(result)
    assert [(f.rule, f.match) for f in result.findings] == [
        ("grammar.a-an", "a"),
        ("grammar.their-there", "their were"),
        ("grammar.modal-of", "of"),
        ("grammar.then-than", "then"),
        ("grammar.lowercase-sentence-start", "the"),
        ("grammar.subject-verb", "they was"),
        ("grammar.its-contraction", "its been"),
        ("grammar.missing-final-punctuation", "island"),
    ]
    assert result.findings[0].line == 1 and result.findings[0].suggestions == ("an",)


def test_offline_rules_run_without_languagetool_notice_when_off() -> None:
    linter = Linter(Config(select=("grammar",), languagetool={"mode": "off"}))
    assert linter.notices == []
