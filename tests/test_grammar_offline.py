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


def _grammar(text: str) -> list[tuple[str, str, str]]:
    linter = Linter(Config(select=("grammar",), languagetool={"mode": "off"}))
    result = linter.lint_text(text, "text", "story.txt")
    check_positions(result)
    return [(f.rule, f.match, f.severity.name.lower()) for f in result.findings]


def test_sound_alikes_and_possessives_in_a_story() -> None:
    story = (
        "Harbour ferry firm names a knew chief\n\n"
        "The ferry company said it's profits rose, and both unions launched there campaigns on Monday. "
        "The old boat was slower then the new one, and the crossing has past its busiest month. "
        "Pets are only aloud on deck, and last year he lead the crew through a storm. "
        "Residents say its likely to rain, and nobody knows weather or not the pier will reopen.\n"
    )
    assert _grammar(story) == [
        ("grammar.sound-alike", "knew", "warning"),
        ("grammar.its-before-noun", "it's", "error"),
        ("grammar.there-before-noun", "there", "error"),
        ("grammar.comparative-then", "then", "error"),
        ("grammar.sound-alike", "past", "warning"),
        ("grammar.sound-alike", "aloud", "warning"),
        ("grammar.sound-alike", "lead", "warning"),
        ("grammar.its-contraction", "its likely to", "error"),
        ("grammar.sound-alike", "weather", "warning"),
    ]


def test_clean_story_with_the_right_words_is_quiet() -> None:
    story = (
        "Harbour ferry firm names a new chief\n\n"
        "The ferry company said its profits rose, and both unions launched their campaigns on Monday. "
        "There remains a risk of delays; it's years since the pier was painted, and it's farmers who pay. "
        "The old boat was slower than the new one; two days later then the crossing reopened. "
        "She read the notice aloud to the crew, and they lead the league. The weather turned.\n"
    )
    assert _grammar(story) == []


def test_agreement_in_quoted_speech_is_info_and_outside_is_error() -> None:
    story = (
        "Fans react to the defeat\n\n"
        "“We was robbed,” the manager said. Supporters said they was angry, and it do not end there.\n"
    )
    assert _grammar(story) == [
        ("grammar.subject-verb", "We was", "info"),
        ("grammar.subject-verb", "they was", "error"),
        ("grammar.subject-verb", "it do", "error"),
    ]


def test_agreement_slips_no_speaker_makes_are_errors_inside_quotes_too() -> None:
    story = (
        "Dock workers strike\n\n"
        "“We is not going back,” one docker said. “He don’t care,” said another, and a third: "
        "“They has been promising a deal since May.” The union feels it have a strong case, "
        "and a thank you was sent to the drivers.\n"
    )
    assert _grammar(story) == [
        ("grammar.subject-verb", "We is", "error"),
        ("grammar.subject-verb", "He don’t", "info"),
        ("grammar.subject-verb", "They has", "error"),
        ("grammar.subject-verb", "it have", "error"),
    ]


def test_possessive_before_a_singular_noun_after_a_verb_that_needs_an_object() -> None:
    story = (
        "Ferry firm cuts fares\n\n"
        "The ferry firm will cut it's budget and hopes to keep there coach. The route has lost money "
        "since it's launch, and the crews say their aware of it. Parents must sign before there child's trip.\n"
    )
    assert _grammar(story) == [
        ("grammar.its-before-noun", "it's", "error"),
        ("grammar.there-before-noun", "there", "error"),
        ("grammar.its-before-noun", "it's", "error"),
        ("grammar.their-there", "their aware", "error"),
        ("grammar.there-before-noun", "there", "error"),
    ]


def test_clauses_and_places_before_a_noun_are_left_alone() -> None:
    story = (
        "Harbour town waits\n\n"
        "He said it's time to act, and to me it's proof the plan works. The jobs it's cut are gone. "
        "People living there say the water is bad, and the troops stationed there fear attacks. "
        "She wants to work there year after year, and anyone there able to help should call.\n"
    )
    assert _grammar(story) == []


def test_sound_alikes_told_by_the_class_of_their_neighbours() -> None:
    story = (
        "Boatyard grows\n\n"
        "The owner, who's office faces the pier, is hiring knew apprentices. Critics say the council was "
        "drawn to deeply into the deal. Who's home tonight, and who's head of the yard? She knew workers "
        "were tired, and the town had to comply with the order.\n"
    )
    assert [(rule, match) for rule, match, _ in _grammar(story)] == [
        ("grammar.sound-alike-by-class", "who's"),
        ("grammar.sound-alike-by-class", "knew"),
        ("grammar.sound-alike-by-class", "to"),
    ]


def test_subjects_before_a_finite_verb_and_words_that_cannot_follow_a_possessive() -> None:
    story = (
        "Pier trust reports a loss\n\n"
        "The trust said it's repair fund was empty. Since it's launch, the ferry has been late. "
        "Mr Vale, who's grandmother ran the kiosk, said the old hut was to expensive to keep. "
        "\"Its painting a grim picture,\" he said, and you're plans were shelved after there defeat. "
        "Nobody knows whose going to pay. Lord Roe lead the talks.\n"
    )
    assert [(rule, match) for rule, match, _ in _grammar(story)] == [
        ("grammar.its-before-noun", "it's"),
        ("grammar.its-before-noun", "it's"),
        ("grammar.sound-alike-by-class", "who's"),
        ("grammar.sound-alike-by-class", "to"),
        ("grammar.sound-alike-by-class", "Its"),
        ("grammar.sound-alike-by-class", "you're"),
        ("grammar.there-before-noun", "there"),
        ("grammar.sound-alike", "whose"),
        ("grammar.sound-alike", "lead"),
    ]


def test_predicates_gerunds_and_verbs_after_those_words_are_left_alone() -> None:
    story = (
        "Pier trust meets\n\n"
        "He said it's time we left, and it's money well spent. Meanwhile it's business as usual. "
        "The man who's ill was sent home. The plan is to slow the spending, and the hut is to close. "
        "Despite its being small, the trust grew. You're friends with the mayor. Wait until there is a plan; "
        "the board asked that Mr Vale lead the inquiry.\n"
    )
    assert _grammar(story) == []


def test_sound_alikes_in_slots_only_the_other_word_fits() -> None:
    story = (
        "Ferry firm faces a vote\n\n"
        "Fans fear that there money will be lost, or there going to sell the club. "
        "The yard will cut it's long-term budget. "
        "\"The ferry is late again. Its time for the council to act, and its no reflection on the crew,\" she said. "
        "The skipper has a feeling that he have struck gold. Most back it, but rural people is split. "
        "How would you run the port differently then the last mayor?\n\n"
        "Mock elections for pupils are planned in schools and colleges across the UK\n\n"
        "The vote is in May.\n"
    )
    assert _grammar(story) == [
        ("grammar.there-before-noun", "there", "error"),
        ("grammar.their-there", "there going to", "error"),
        ("grammar.its-before-noun", "it's", "error"),
        ("grammar.sound-alike-by-class", "Its", "warning"),
        ("grammar.sound-alike-by-class", "its", "warning"),
        ("grammar.subject-verb", "he have", "error"),
        ("grammar.subject-verb", "people is", "error"),
        ("grammar.then-than", "then", "error"),
        ("grammar.missing-final-punctuation", "UK", "warning"),
    ]


def test_the_same_words_where_the_first_reading_fits_are_left_alone() -> None:
    story = (
        "Ferry firm faces a vote\n\n"
        "There often is a queue, and there sometimes was a fight. Is there going to be a vote? "
        "Voters there going to the polls were told. Since it's long-term investment, we wait. "
        "The council took its time to decide, and its no-claims bonus and its no par value stock stay. "
        "The club insisted that he have a medical. Helping rural people is rewarding, and the Jewish people has "
        "a long history. Things were done differently then, in 1990.\n\n"
        "The council voted on Monday to close the library on Elm Street after a long debate. THE LEGEND OF ZELDA\n\n"
        "It shuts in May.\n"
    )
    assert _grammar(story) == []


def test_phrase_ends_after_in_there_and_after_a_degree_word() -> None:
    story = (
        "Ferry firm faces a vote\n\n"
        "The side kept the ball in there half. Fans watched with there set-top boxes. "
        "\"Its less destructive, but it took the same path,\" she said. We know what people is behind it. "
        "The cat got in there somehow and stayed in there overnight. "
        "The hall lost its rather impressive, ornate ceiling and its only executive.\n"
    )
    assert _grammar(story) == [
        ("grammar.there-before-noun", "there", "error"),
        ("grammar.there-before-noun", "there", "error"),
        ("grammar.sound-alike-by-class", "Its", "warning"),
        ("grammar.subject-verb", "people is", "error"),
    ]


def test_expected_after_then_and_an_adjective_after_there() -> None:
    story = (
        "Ferry firm faces a vote\n\n"
        "I don't know if I will sail, but the repair was a lot quicker then we all hoped. "
        "Firms must certify that there financial reporting is sound. "
        "The bigger ship then was expected on Monday. Officials there last month said the port was shut.\n"
    )
    assert _grammar(story) == [
        ("grammar.comparative-then", "then", "error"),
        ("grammar.there-before-noun", "there", "error"),
    ]
