"""Rule files: validation errors name file and line; each kind behaves as documented."""

from __future__ import annotations

from pathlib import Path

import pytest

from lint.engine import Linter
from lint.errors import RuleError, RuleErrors
from lint.rules.loader import compile_rule, load_rules, parse_rule_file

HEAD = "id: style.test\nkind: {kind}\ncategory: style\nseverity: warning\nmessage: \"{{match}}\"\ndescription: a test rule\n"
EXAMPLES = "examples:\n  bad: [x]\n  good: []\n"


def rule_file(tmp_path: Path, body: str, kind: str = "existence", name: str = "test.yml") -> Path:
    folder = tmp_path / "style"
    folder.mkdir(exist_ok=True)
    path = folder / name
    path.write_text(HEAD.format(kind=kind) + body + EXAMPLES, encoding="utf-8")
    return path


def lint(path: Path, text: str) -> list[tuple[str, str]]:
    rule = parse_rule_file(path)
    result = Linter(rules=[rule]).lint_text(text)
    return [(f.match, f.message) for f in result.findings]


def test_malformed_yaml_reports_line(tmp_path: Path) -> None:
    path = tmp_path / "broken.yml"
    path.write_text("id: style.x\nkind: existence\n  bad indent: [\n", encoding="utf-8")
    with pytest.raises(RuleError) as info:
        parse_rule_file(path)
    assert str(info.value).startswith(f"{path}:")
    assert info.value.line is not None


def test_missing_field_and_unknown_values(tmp_path: Path) -> None:
    path = tmp_path / "x.yml"
    path.write_text("id: style.x\nkind: existence\n", encoding="utf-8")
    with pytest.raises(RuleError, match="missing required field"):
        parse_rule_file(path)
    path = rule_file(tmp_path, "tokens: [a]\n", kind="bogus")
    with pytest.raises(RuleError, match="unknown kind") as info:
        parse_rule_file(path)
    assert info.value.line == 2


def test_unknown_kind_field_names_its_line(tmp_path: Path) -> None:
    path = rule_file(tmp_path, "tokens: [a]\ntokenz: [b]\n")
    with pytest.raises(RuleError, match="tokenz") as info:
        compile_rule(parse_rule_file(path))
    assert info.value.line == 8


def test_invalid_regex_names_file_and_line(tmp_path: Path) -> None:
    path = rule_file(tmp_path, "patterns:\n  - 'ok'\n  - '(unclosed'\n")
    with pytest.raises(RuleError, match="invalid regex") as info:
        compile_rule(parse_rule_file(path))
    assert info.value.line == 7


def test_lookaround_is_refused_with_a_reason(tmp_path: Path) -> None:
    path = rule_file(tmp_path, "patterns: ['(?<=a)b']\n")
    with pytest.raises(RuleError, match="invalid regex"):
        compile_rule(parse_rule_file(path))


def test_pathological_regex_runs_in_linear_time(tmp_path: Path) -> None:
    # (a+)+$ backtracks exponentially in Python's re; RE2 answers at once.
    path = rule_file(tmp_path, "patterns: ['(a+)+$']\nscope: text\n")
    text = "a" * 5000 + "b"
    assert lint(path, text) == []


def test_all_errors_reported_together(tmp_path: Path) -> None:
    (tmp_path / "style").mkdir()
    (tmp_path / "style" / "one.yml").write_text("- a list\n", encoding="utf-8")
    (tmp_path / "style" / "two.yml").write_text("id: [\n", encoding="utf-8")
    with pytest.raises(RuleErrors) as info:
        load_rules([tmp_path])
    assert len(info.value.errors) == 2


def test_duplicate_ids_are_refused(tmp_path: Path) -> None:
    rule_file(tmp_path, "tokens: [a]\n", name="a.yml")
    rule_file(tmp_path, "tokens: [b]\n", name="b.yml")
    with pytest.raises(RuleErrors, match="duplicate rule id"):
        load_rules([tmp_path])


def test_yaml_is_loaded_safely(tmp_path: Path) -> None:
    path = tmp_path / "evil.yml"
    path.write_text("id: !!python/object/apply:os.system ['echo hacked']\n", encoding="utf-8")
    with pytest.raises(RuleError, match="malformed YAML"):
        parse_rule_file(path)


def test_existence_phrases_match_across_whitespace_and_respect_exceptions(tmp_path: Path) -> None:
    path = rule_file(tmp_path, "tokens: [read more]\nexceptions: ['read more about']\n")
    assert [m for m, _ in lint(path, "Read\nmore. Read more about it.")] == ["Read\nmore"]


def test_substitution_suggests_with_matching_case(tmp_path: Path) -> None:
    path = rule_file(tmp_path, "swap:\n  inventory market: stock market\n", kind="substitution")
    rule = parse_rule_file(path)
    result = Linter(rules=[rule]).lint_text("Inventory market fell. The inventory  market rose.")
    assert [(f.match, f.suggestions) for f in result.findings] == [
        ("Inventory market", ("Stock market",)),
        ("inventory  market", ("stock market",)),
    ]
    assert all(f.fix is None for f in result.findings), "not safe unless the rule says so"


def test_occurrence_flags_past_max(tmp_path: Path) -> None:
    path = rule_file(tmp_path, "patterns: ['!']\nmax: 2\nscope: paragraph\n", kind="occurrence")
    assert [m for m, _ in lint(path, "Wow! Yes! Really! Again!\n\nOne!")] == ["!"]


def test_consistency_flags_the_minority_form(tmp_path: Path) -> None:
    path = rule_file(tmp_path, "either:\n  '\\bU\\.S\\.': '\\bUS\\b'\n", kind="consistency")
    found = lint(path, "U.S. officials met. The U.S. view prevailed. US trade rose.")
    assert [m for m, _ in found] == ["US"]


def test_metric_flags_long_sentences(tmp_path: Path) -> None:
    path = rule_file(tmp_path, "metric: words\nmax: 10\nscope: sentence\n", kind="metric")
    long = "This sentence has far more than ten words in it, which is the limit here."
    assert [m for m, _ in lint(path, f"Short one. {long}")] == [long]


def test_check_rejects_unknown_detector_and_params(tmp_path: Path) -> None:
    path = rule_file(tmp_path, "check: nosuch.Detector\n", kind="check")
    with pytest.raises(RuleError, match="no detector"):
        compile_rule(parse_rule_file(path))


def test_flag_group_narrows_the_span(tmp_path: Path) -> None:
    path = rule_file(tmp_path, "patterns: ['[a-z](?P<flag>open a new tab)']\nignorecase: false\n")
    assert [m for m, _ in lint(path, "Acquire license rightsopen a new tab")] == ["open a new tab"]


def test_duplicate_keys_are_an_error_with_their_line(tmp_path: Path) -> None:
    path = rule_file(tmp_path, "swap:\n  inventory market: stock market\n  inventory market: share market\n", kind="substitution")
    with pytest.raises(RuleError, match="duplicate key 'inventory market'") as info:
        parse_rule_file(path)
    assert info.value.line == 9


def test_each_pattern_narrows_to_its_own_flag_group(tmp_path: Path) -> None:
    path = rule_file(tmp_path, "patterns: ['[a-z](?P<flag>open a new tab)', '\\d(?P<flag>Share this)']\nignorecase: false\n")
    assert [m for m, _ in lint(path, "rightsopen a new tab\n\nPhoto 3Share this")] == ["open a new tab", "Share this"]


def test_patterns_without_the_flag_group_report_their_whole_match(tmp_path: Path) -> None:
    path = rule_file(tmp_path, "patterns: ['[a-z](?P<flag>open a new tab)', 'Leave a Reply']\nignorecase: false\n")
    assert [m for m, _ in lint(path, "rightsopen a new tab\n\nLeave a Reply")] == ["open a new tab", "Leave a Reply"]


def test_a_pattern_that_is_only_valid_inside_the_alternation_is_refused(tmp_path: Path) -> None:
    """A user's pattern is compiled alone before the rule's alternation: 'a)|(?:b' is valid only
    wrapped in it, and must be refused, not silently read another way."""
    path = rule_file(tmp_path, "patterns:\n  - 'ok'\n  - 'a)|(?:b'\n")
    with pytest.raises(RuleError, match="invalid regex"):
        compile_rule(parse_rule_file(path))


def test_every_shipped_pattern_compiles_alone() -> None:
    """Start-up trusts the shipped rules' patterns (it compiles only each rule's alternation):
    this is where each one is compiled alone, so a bad one names itself here."""
    from lint.rules.existence import shipped
    from lint.rules.loader import builtin_rules_dir
    from lint.rules.patterns import compile_regex

    rules = [r for r in load_rules([builtin_rules_dir()]) if r.kind == "existence"]
    assert rules and all(shipped(r) for r in rules)
    for rule in rules:
        for pattern in rule.options.get("patterns", []):
            compile_regex(pattern, ignorecase=rule.options.get("ignorecase", True),
                          where=(str(rule.path), rule.line_of("patterns"), "patterns"))
