"""mt-artefact.adjective-after-noun: an attributive adjective left after its noun."""

from __future__ import annotations

import gzip
import importlib.util
import json
from collections import Counter
from pathlib import Path

import pytest

from lint.checks.adjective_order import load_table, modifiers_before, predicative_adjectives
from lint.engine import FileResult, Linter
from lint.rules.model import Rule
from tests.conftest import check_positions

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def linter(builtin_rules: list[Rule]) -> Linter:
    return Linter(rules=[r for r in builtin_rules if r.id == "mt-artefact.adjective-after-noun"])


def _lint(linter: Linter, text: str) -> FileResult:
    result = linter.lint_text(text, "text", "<test>")
    assert result.error is None, result.error
    check_positions(result)
    return result


def test_flags_inverted_pairs_with_the_english_order_as_suggestion(linter: Linter) -> None:
    text = ("Police questioned the mayor former on Tuesday. Her party said the budget national, "
            "approved in May, was fair. The minister economic resigned.")
    result = _lint(linter, text)
    assert [(f.match, f.suggestions[0]) for f in result.findings] == [
        ("mayor former", "former mayor"),
        ("budget national", "national budget"),
        ("minister economic", "economic minister"),
    ]


def test_skips_names_complements_and_modifiers_of_the_next_word(linter: Linter) -> None:
    text = ("The Bank National opened. They made the records public. The dog, nine years old, slept. "
            "They owed the king military service. There was nothing new. The Guard national team won. "
            "They chose a candidate other than him.")
    assert _lint(linter, text).findings == []


def test_needs_a_determiner_and_a_word_or_punctuation_after(linter: Linter) -> None:
    assert _lint(linter, "Voters backed budget national plans.").findings == []
    assert _lint(linter, "It was the budget national-level plan.").findings == []


def test_predicative_adjective_is_flagged_only_in_a_prepositions_object(linter: Linter) -> None:
    text = ("Rain fell on the crowd large outside the hall. Fans of the club big from the north sang. "
            "The council made the files public on Friday. They found the house small but dry. "
            "The show drew the viewing public in. Aid went to the people young and old. "
            "It was a task for the team large enough to finish it. The city small voted no. "
            "They sold a stake large of the firm. The delay left the club short of cash.")
    assert [(f.match, f.suggestions[0]) for f in _lint(linter, text).findings] == [
        ("crowd large", "large crowd"),
        ("club big", "big club"),
        ("city small", "small city"),
        ("stake large", "large stake"),
    ]


def test_table_holds_attributive_adjectives_and_no_reversible_pair() -> None:
    table = load_table()
    assert {"national", "former", "economic", "new"} <= set(table)
    # Adjectives that also stand after a noun ("made it public") are listed as predicative, flagged only in a
    # preposition's object; those seen mostly after it ("years old", "is available") are not listed at all.
    assert {"public", "big", "small"} <= predicative_adjectives().keys()
    assert "before-of" in predicative_adjectives()["large"] and "before-of" not in predicative_adjectives()["short"]
    assert not {"old", "available", "present"} & set(table)
    assert not {"national", "former", "new"} & predicative_adjectives().keys()
    assert "law" in table["new"] and "mayor" in table["former"]
    # Nouns are never listed adjectives themselves, and pairs English uses reversed are absent.
    assert not set().union(*table.values()) & set(table)
    assert "money" not in table.get("spent", frozenset()) and "something" not in table["new"]


def test_build_takes_a_word_mostly_before_of_for_a_noun_but_not_a_modifier() -> None:
    spec = importlib.util.spec_from_file_location("build_adjective_order", ROOT / "scripts" / "build_adjective_order.py")
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    # "tranche" heads an "of" phrase in most of its uses ("a tranche of shares"), so it is a noun although it
    # rarely ends a sentence; "finest" is followed by "of" as often, but mostly modifies the next word.
    unigrams = Counter({"tranche": 100, "finest": 100, "large": 500})
    bigrams = Counter({("tranche", "of"): 90, ("tranche", "."): 1, ("finest", "of"): 30, ("finest", "hour"): 60,
                       ("finest", "."): 1, ("large", "tranche"): 5, ("large", "finest"): 2})
    assert build.inversions(unigrams, bigrams, Counter(), {"large"}) == {"large": ["tranche"]}


def test_adjective_that_is_no_adverb_is_flagged_after_a_verb_that_takes_no_complement(linter: Linter) -> None:
    text = ("Police questioned a man young outside the bank. Officials expect a turnout large on Sunday. "
            "Analysts judged the risk small. The coach kept the squad young. Voters want the state small. "
            "Is the market big enough? They sold the shares short. The board declared the meeting public.")
    assert [f.match for f in _lint(linter, text).findings] == ["man young", "turnout large"]


def test_adjective_before_a_second_noun_is_flagged_in_a_prepositions_object(linter: Linter) -> None:
    text = ("Fans queued outside the stadium for the club new stand. The board gave the team new hope. "
            "After a week other arrangements were made. She played the part of a wealthy young widow.")
    assert [f.match for f in _lint(linter, text).findings] == ["club new"]


def test_predicative_adjective_after_a_copulas_complement_is_flagged_outside_questions(linter: Linter) -> None:
    text = ("Personalisation is a theme big at the fair this year. Is the market big enough for two firms? "
            "Why is the market big? Officials said it was a decision big and bold. "
            "The harbour became a draw big for tourists. Has the market become big?")
    assert [f.match for f in _lint(linter, text).findings] == ["theme big", "draw big"]


def test_adjective_before_a_second_noun_is_flagged_where_no_verb_takes_two_objects(linter: Linter) -> None:
    text = ("The council backed Harbour Homes, the housing local association, in May. The study new shows a rise. "
            "Schools will replace the exams with a diploma new scheme. The board gave the team new hope. "
            "They owed the ruler military service. After a week other arrangements were made. "
            "It was the health former secretary's idea. Crews drilled outside its development main area. "
            "Rents rose and the study new shows why.")
    assert [f.match for f in _lint(linter, text).findings] == ["housing local", "study new", "diploma new",
                                                               "health former", "development main", "study new"]


def test_two_adjectives_in_the_wrong_order_are_flagged(linter: Linter) -> None:
    text = ("Researchers unveiled a chemical new model of the reef. He was the chief former economic adviser. "
            "Researchers unveiled a new chemical model. He stayed the other few days. "
            "The national gross domestic product fell. They backed a major new study.")
    assert [(f.match, f.suggestions[0]) for f in _lint(linter, text).findings] == [
        ("chemical new", "new chemical"), ("chief former", "former chief")]
    assert "chemical" in modifiers_before()["new"] and "few" not in modifiers_before()


def test_build_takes_for_a_modifier_a_word_that_mostly_modifies_in_a_varied_pair() -> None:
    spec = importlib.util.spec_from_file_location("build_adjective_order", ROOT / "scripts" / "build_adjective_order.py")
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    # "new chemical" twice before two different words, "chemical" modifies in 80% of its uses: a modifier;
    # "new real" is seen before one word only (a name, "real estate"); "new plant" is a noun's pair.
    unigrams = Counter({"new": 500, "chemical": 100, "real": 100, "plant": 100}) + Counter(
        {f"common{i}": 1000 for i in range(60)})  # the 60 commonest words count as no content words
    bigrams = Counter({("new", "chemical"): 2, ("chemical", "plant"): 80, ("new", "real"): 3, ("real", "estate"): 80,
                       ("new", "plant"): 3, ("plant", "."): 50})
    followers = Counter({("new", "chemical"): 2, ("new", "real"): 1, ("new", "plant"): 2})
    assert build.modifier_inversions(unigrams, bigrams, Counter(), {"new"}, {"new": ["plant"]},
                                     followers) == {"new": ["chemical"]}


def test_predicative_adjective_that_is_no_adverb_is_flagged_after_a_comma(linter: Linter) -> None:
    text = ("Harbour Gas, an investor big, declined to comment. The council, a body large enough to act, met. "
            "He left the room, the door open behind him.")
    assert [f.match for f in _lint(linter, text).findings] == ["investor big"]


def test_build_takes_no_word_that_mostly_modifies_after_a_determiner_for_a_noun() -> None:
    spec = importlib.util.spec_from_file_location("build_adjective_order", ROOT / "scripts" / "build_adjective_order.py")
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    # Both end a phrase often enough overall, but after a determiner "strong" is followed by a noun ("a strong
    # team") in 95% of its uses, "signal" ends the phrase ("the signal.", "a signal of") in half of them.
    unigrams = Counter({"new": 500, "strong": 100, "signal": 100})
    bigrams = Counter({("strong", "."): 20, ("signal", "."): 20, ("new", "strong"): 3, ("new", "signal"): 3})
    determined = Counter({("strong", "team"): 38, ("strong", "."): 2, ("signal", "."): 20, ("signal", "was"): 20})
    assert build.inversions(unigrams, bigrams, Counter(), {"new"}, determined) == {"new": ["signal"]}
    assert build.inversions(unigrams, bigrams, Counter(), {"new"}) == {"new": ["signal", "strong"]}
    # "boost" hardly ever ends a phrase (a verb: "to boost sales"), but after a determiner it does ("a boost.").
    unigrams["boost"] = 400
    bigrams.update({("boost", "sales"): 300, ("boost", "."): 4, ("new", "boost"): 2})
    determined.update({("boost", "."): 4, ("boost", ","): 21, ("boost", "sales"): 5})
    assert build.inversions(unigrams, bigrams, Counter(), {"new"}, determined) == {"new": ["boost", "signal"]}


def test_build_counts_a_possessive_as_one_token(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("build_adjective_order", ROOT / "scripts" / "build_adjective_order.py")
    assert spec and spec.loader
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    corpus = tmp_path / "news.jsonl.gz"
    story = {"source": "test", "body": "Portvale Machines' new chief and the firm's new plan."}
    with gzip.open(corpus, "wt", encoding="utf-8") as f:
        f.write(json.dumps(story) + "\n")
    _, bigrams, _, _ = build.count(corpus, None)
    assert bigrams["Machines'", "new"] == 1 and bigrams["firm's", "new"] == 1
    assert not bigrams["Machines", "new"] and not bigrams["s", "new"]
