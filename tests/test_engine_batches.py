"""Linting in batches (rule by rule over several stories) gives what linting one story at a time gives."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

import lint.engine
from lint.config import Config
from lint.document import Document
from lint.engine import FileResult, Linter
from lint.findings import Hit

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
OFFLINE = Config(languagetool={"mode": "off"})


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(OFFLINE)


def _fixtures() -> list[Path]:
    return sorted(p for p in FIXTURES.iterdir() if p.suffix in {".txt", ".md", ".html"})


def _view(result: FileResult) -> tuple[object, ...]:
    return (result.path, result.error, tuple(result.notices), tuple(result.findings))


def test_a_batch_finds_what_one_story_at_a_time_finds(linter: Linter) -> None:
    paths = _fixtures()
    assert len(paths) > 20  # the invented stories of every class, and the seed
    alone = [linter.lint_path(str(p)) for p in paths]
    together = linter.lint_texts((r.source, r.format, r.path) for r in alone)
    assert [_view(r) for r in together] == [_view(r) for r in alone]
    assert sum(len(r.findings) for r in together) > 100


def test_lint_paths_keeps_order_and_reports_bad_files_across_batches(
    linter: Linter, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(lint.engine, "BATCH_FILES", 2)
    story = tmp_path / "story.txt"
    story.write_text("The council met on Monday.\n\nThe the vote was close.\n", encoding="utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    binary = tmp_path / "image.txt"
    binary.write_bytes(b"\x00\x01PNG")
    paths = [str(story), str(tmp_path / "missing.txt"), str(empty), str(binary), str(story)]
    results = list(linter.lint_paths(paths))
    assert [r.path for r in results] == paths
    assert [f.match for f in results[0].findings if f.rule == "duplication.doubled-word"] == ["The the"]
    assert results[1].error is not None and "no such file" in results[1].error
    assert results[2].error is None and results[2].notices == [f"{empty}: empty file, nothing to lint"]
    assert results[3].error is not None and "binary file" in results[3].error
    assert _view(results[4]) == _view(results[0])


class _Explodes:
    """A matcher that fails on stories mentioning a volcano and finds nothing elsewhere."""

    def find(self, doc: Document) -> Iterator[Hit]:
        if "volcano" in doc.text:
            raise RuntimeError("detector bug")
        return iter(())


def test_a_rule_crashing_on_one_story_spares_the_others() -> None:
    linter = Linter(OFFLINE)
    linter.rules[0].matcher = _Explodes()
    crashed = linter.rules[0].rule.id
    texts = ["The the volcano erupted.", "The the river rose."]
    results = linter.lint_texts((t, "text", f"story{i}.txt") for i, t in enumerate(texts))
    assert results[0].error == f"story0.txt: internal error in rule {crashed}: RuntimeError: detector bug"
    assert results[1].error is None
    # the other rules still ran on both stories
    assert all(any(f.rule == "duplication.doubled-word" for f in r.findings) for r in results)


def test_message_quotes_a_match_on_one_line_and_cuts_a_long_one() -> None:
    """A message names its match in one line: a line break inside it is a space, and a long match is
    cut at a word's end with an ellipsis (the report shows the whole match in context)."""
    from lint.engine import QUOTE_CHARS, Linter, quoted

    text = "Ferries stayed in port on Tuesday morning\nTuesday morning as the storm passed.\n"
    result = Linter().lint_text(text, "text")
    doubled = [f for f in result.findings if f.rule == "duplication.doubled-phrase"]
    assert doubled and doubled[0].match == "Tuesday morning\nTuesday morning"
    assert "'Tuesday morning Tuesday morning'" in doubled[0].message and "\n" not in doubled[0].message
    long = "Copyright 2031 The Harbour Gazette Limited. Not to be reproduced without the written permission"
    cut = quoted(long)
    assert cut == "Copyright 2031 The Harbour Gazette Limited. Not to be…" and len(cut) <= QUOTE_CHARS + 1
    assert quoted("  ") == "  " and quoted("said.The") == "said.The"
