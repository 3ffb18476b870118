"""Passages in other languages: the estimate per block, the one finding per stretch, and the
English-only rules kept out of them. Every text here is invented for the test."""

from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import FileResult, Linter
from lint.language import estimate
from tests.conftest import check_positions

RULE = "style.foreign-language"


@pytest.fixture(scope="module")
def without() -> Linter:
    """The default rule set without language detection: what English rules say on their own."""
    return Linter(Config(ignore=(RULE,), languagetool={"mode": "off"}))


def _in(result: FileResult, start: int, end: int, rule: str | None = None) -> list[str]:
    return [f.rule for f in result.findings if start <= f.offset < end and (rule is None or f.rule != rule)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Der Stadtrat hat am Donnerstag beschlossen, dass die alte Brücke über den Fluss im Winter nicht mehr befahren werden darf.", "German"),
        ("Los vecinos del barrio dijeron que el mercado nuevo abrirá sus puertas a finales de mayo, aunque todavía faltan permisos.", "Spanish"),
        ("Selon la préfecture, les trains ne circuleront pas entre les deux villes avant la fin de la semaine prochaine.", "French"),
        ("Secondo il comune, la piazza resterà chiusa al traffico per tutta la durata dei lavori, che dovrebbero finire a luglio.", "Italian"),
        ("De gemeente heeft gezegd dat de nieuwe fietsbrug pas in het najaar klaar is, omdat er nog geen staal is geleverd.", "Dutch"),
        ("Местные жители говорят, что автобус в их деревню теперь ходит только два раза в неделю.", "Russian"),
        ("The regional council said on Thursday that the old bridge over the river would stay closed to lorries all winter.", "English"),
    ],
)
def test_estimate_names_the_language(text: str, language: str) -> None:
    guess = estimate(text)
    assert guess is not None and guess.name == language, guess


def test_names_and_initials_carry_no_weight() -> None:
    """A team sheet of Italian names has almost no lower-case words: too little to judge."""
    guess = estimate("G Rossi, L Bianchi, CA del Monte, D dal Pozzo, P Ferrari, M Conti, KP Marino, A Greco (capt).")
    assert guess is not None and guess.words < 10


def test_foreign_paragraph_in_english_story(linter: Linter, without: Linter) -> None:
    english = "The town hall reopened on Monday after a two-year refurbishment that cost 12 million euros.\n\n"
    german = (
        "Die Bürgermeisterin, die die Eröffnung leitete, sagte, dass das Gebäude jetzt endlich wieder "
        "für alle Bürger offen sei und dass die Stadt sehr stolz auf die Handwerker ist."
    )
    rest = "\n\nVisitors queued for an hour to see the restored council chamber, officials said."
    text = english + german + rest
    start, end = len(english), len(english) + len(german)

    alone = without.lint_text(text)
    assert _in(alone, start, end) == ["duplication.doubled-word"]  # "die die" is good German

    result = linter.lint_text(text)
    check_positions(result)
    found = [f for f in result.findings if f.rule == RULE]
    assert [(f.offset, f.end_offset, f.line, f.column) for f in found] == [(start, end, 3, 1)]
    assert found[0].message.startswith("This paragraph looks like German;")
    assert _in(result, start, end, rule=RULE) == []
    # Outside the German paragraph the English rules are untouched.
    outside = [f.rule for f in alone.findings if not start <= f.offset < end]
    assert [f.rule for f in result.findings if f.rule != RULE] == outside


def test_foreign_names_and_phrases_leave_the_story_english(linter: Linter) -> None:
    text = (
        "Coalition talks in Berlin\n\n"
        "The chancellor said the agreement gave the coalition its raison d'être, and the "
        "Bundestag's Ausschuss für Wirtschaft backed it on Tuesday by a wide margin.\n\n"
        "Opposition leaders called the deal a fait accompli. \"Wir schaffen das nicht,\" one of them "
        "told reporters outside the Reichstag, before leaving for a meeting with union leaders.\n\n"
        "The team that won the cup: M Keller, J Braun, T de la Cruz, L van der Berg, A dos Santos, "
        "F Müller, K Schmidt, R Wagner, P Becker, D Hoffmann."
    )
    assert [f for f in linter.lint_text(text).findings if f.rule == RULE] == []


def test_wholly_foreign_story_is_one_finding(linter: Linter, without: Linter) -> None:
    text = (
        "Le vieux pont fermé pour travaux\n\n"
        "La mairie a annoncé mardi que le vieux pont sera fermé pendant trois semaines, le temps que "
        "les techniciens vérifient les piliers, qui ont plus de cent ans.\n\n"
        "« Vous vous rendez compte ? » a demandé une habitante, qui traverse le pont tous les jours "
        "pour aller au marché avec ses enfants."
    )
    assert {f.rule for f in without.lint_text(text).findings} >= {"duplication.doubled-word", "punctuation.space-before"}
    result = linter.lint_text(text)
    check_positions(result)
    assert [(f.rule, f.offset, f.end_offset) for f in result.findings] == [(RULE, 0, len(text))]
    assert result.findings[0].message.startswith("This story looks like French;")


def test_other_script_in_markdown(linter: Linter) -> None:
    text = (
        "# Bus cuts\n\n"
        "Villagers say the bus now comes **twice** a week, the council confirmed on Friday.\n\n"
        "Жители деревни говорят, что *автобус* теперь приходит только два раза в неделю, и это очень неудобно.\n"
    )
    result = linter.lint_text(text, "markdown")
    check_positions(result)
    found = [f for f in result.findings if f.rule == RULE]
    assert len(found) == 1 and found[0].match.startswith("Жители") and found[0].match.endswith("неудобно.")
    assert "Russian" in found[0].message


def test_skip_is_configurable(without: Linter) -> None:
    """With an empty `skip` the passage is still reported, and the English rules speak again."""
    text = (
        "The festival opened on Friday.\n\n"
        "Die Veranstalter sagten, dass sie mit so vielen Besuchern nicht gerechnet hatten und dass "
        "auch am Sonntag noch Karten verkauft werden.\n\n"
        "Tickets cost 20 euros."
    )
    keep = Linter(Config(overrides={RULE: {"skip": []}}, languagetool={"mode": "off"}))
    result = keep.lint_text(text)
    rules = {f.rule for f in result.findings}
    assert RULE in rules
    assert rules - {RULE} == {f.rule for f in without.lint_text(text).findings}


def test_english_sentences_opening_a_foreign_block_keep_their_rules(linter: Linter) -> None:
    """An interview answer given in English, then in the original: only the original is skipped."""
    english = "The mayor answered in both languages. The contractors will get the the last payment in May. "
    russian = (
        "Мэр сказала, что мост откроется в мае, а подрядчики получат последний платёж уже весной. "
        "Жители района давно ждут, когда по мосту снова пойдут автобусы и грузовики."
    )
    text = "Bridge to reopen in May\n\n" + english + russian
    result = linter.lint_text(text)
    check_positions(result)
    found = [f for f in result.findings if f.rule == RULE]
    assert [(f.offset, f.end_offset) for f in found] == [(len(text) - len(russian), len(text))]
    assert found[0].message.startswith("This passage looks like Russian;")
    assert [f.match for f in result.findings if f.category == "duplication"] == ["the the"]
