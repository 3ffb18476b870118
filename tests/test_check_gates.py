"""The cheap whole-text gates of the Python detectors never skip a story the full pass would flag."""

from __future__ import annotations

from lint.checks import typo
from lint.checks.collocation import load_table, may_match
from lint.markup import parse


def test_collocation_gate_passes_every_variant_in_any_case_and_joiner() -> None:
    for variant in load_table():
        first, second = variant.split()
        for text in (f"They spoke of {first} {second} today.", f"{first.upper()}-{second.title()}."):
            assert may_match(parse(text)), text


def test_collocation_gate_skips_words_apart_or_glued() -> None:
    first, second = next(iter(load_table())).split()
    assert not may_match(parse(f"The {first}, {second} and more."))
    assert not may_match(parse(f"The {first}{second} list."))
    assert not may_match(parse("Nothing to see here."))


def test_typo_occurrences_are_whole_lower_case_runs_in_text_order() -> None:
    text = "wrold Wrold wrolds xwrold wrold-wide wrold"
    assert typo._occurrences(text, ["wrold"]) == [(0, 5), (26, 31), (37, 42)]


def test_misspelling_boundaries_agree_with_the_patterns_they_replace() -> None:
    import re

    from lint.checks import spelling

    text = "teh Teh teh's o’teh teh_1 ateh tehs 'teh' teh-teh Teh. Teh’s TEH teh"
    pattern = spelling._whole_word("teh")
    lowered = text.lower()
    starts = [i for i in range(len(text)) if lowered.startswith("teh", i)]
    assert [i for i in starts if spelling._whole_word_at(text, i, i + 3)] == [
        i for i in starts if pattern.match(text, i)]
    assert spelling._occurrences(text, ["teh"]) == [m.span() for m in pattern.finditer(text)]
    for word, many in (("Teh", True), ("TEH", False), ("teh", True), ("ateh", False)):
        assert spelling._repeated(text, word) is many
        assert (len(re.findall(rf"\b{word}\b", text)) > 1) is many


def test_typo_correction_is_the_first_commonest_edit() -> None:
    from lint.frequency import _table

    table = _table()
    for word in ("goverment", "analsyts", "legisation", "folllowing", "thhe", "becuase", "wrold", "zzqqx"):
        typo._correction.cache_clear()
        edits = typo._edits(word)
        best, best_score = None, round(3.5 * 100) - 1
        for candidate in edits:
            if table.get(candidate, 0) > best_score:
                best, best_score = candidate, table[candidate]
        expected = None if typo.zipf(word) > 0 or typo._derived(word, 2.5) else best
        assert typo._correction(word, 3.5, 2.5) == expected, word
