"""consistency.*: one story, two forms of the same initialism, spelling or name."""

from __future__ import annotations

import pytest

from lint.config import Config
from lint.engine import Linter
from lint.errors import RuleErrors
from tests.conftest import FIXTURES, check_positions, unmark

_MINE = ("consistency.initialism-dots", "consistency.spelling-variant", "consistency.spelling-convention",
         "consistency.name-variant", "consistency.variant-form", "consistency.courtesy-title",
         "consistency.percent-sign")


@pytest.fixture(scope="module")
def mine() -> Linter:
    return Linter(Config(select=_MINE))


def _found(linter: Linter, text: str) -> list[tuple[str, str, str]]:
    result = linter.lint_text(text, "text", "<test>")
    assert result.error is None, result.error
    check_positions(result)
    return [(f.rule.split(".")[1], f.match, f.suggestions[0]) for f in result.findings if f.rule in _MINE]


def test_fixture_story_exact_positions(linter: Linter) -> None:
    result = linter.lint_path(str(FIXTURES / "consistency-mixed.txt"))
    check_positions(result)
    found = [(f.rule, f.line, f.column, f.match, f.suggestions[0], str(f.severity)) for f in result.findings if f.rule in _MINE]
    assert found == [
        # The headline's "harbour" came first; the tie goes to it.
        ("consistency.spelling-variant", 5, 55, "harbor", "harbour", "warning"),
        ("consistency.spelling-variant", 5, 142, "organised", "organized", "warning"),
        ("consistency.name-variant", 7, 179, "Zinichyov", "Zinichev", "warning"),
        # "US" in the headline and in "US$12 million" are not counted.
        ("consistency.initialism-dots", 7, 216, "US", "U.S.", "warning"),
    ]


def test_titles_and_percent_fixture_exact_positions(linter: Linter) -> None:
    result = linter.lint_path(str(FIXTURES / "consistency-titles-percent.txt"))
    check_positions(result)
    found = [(f.rule, f.line, f.column, f.match, f.suggestions[0]) for f in result.findings if f.rule in _MINE]
    assert found == [
        # The headline's "6%" and the ticker row's signed "-5.1%" are not counted.
        ("consistency.percent-sign", 5, 25, " per cent", "%"),
        ("consistency.courtesy-title", 5, 101, "Mr.", "Mr"),
        ("consistency.name-variant", 7, 121, "Amira", "Amirah"),
        ("consistency.name-variant", 9, 108, "Kuznetsoff", "Kuznetsov"),
    ]


def test_seed_article_is_clean(linter: Linter) -> None:
    # The seed's headline says "US" and its body "U.S.": a headline convention, not a mix.
    result = linter.lint_path(str(FIXTURES / "seed-article.txt"))
    assert [f for f in result.findings if f.rule in _MINE] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The U.S. and the U.K. signed. The US team left.", [("initialism-dots", "US", "U.S.")]),
        ("The UK said so. UK officials and U.K. envoys met.", [("initialism-dots", "U.K.", "UK")]),
        ("The U.S. gave US$5 million.", []),
        ("The U.S. envoy spoke.\n\nTHE US EMBASSY IS CLOSED TODAY FOR A HOLIDAY", []),
        ("The meeting ended at 5 P.M. and the PM left.", []),
    ],
)
def test_initialisms(mine: Linter, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(mine, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The group organised a rally. The organizers said the organization grew.", [("spelling-variant", "organised", "organized")]),
        ("Its behaviour changed. Such behavior is rare; behaviour experts agree.", [("spelling-variant", "behavior", "behaviour")]),
        ("The theatre closed. Theater staff and theatre fans protested.", []),
        ("They analysed the data and analysed it again, then analyzed it once more.", [("spelling-variant", "analyzed", "analysed")]),
        ("Flights were cancelled. More were canceled on Monday, and others cancelled.", [("spelling-variant", "canceled", "cancelled")]),
        ("The defence minister spoke. The US Defense Department declined to comment.", []),
        ("The fund's size was precise and its exercise classes organized well.", []),
        ("Labour won the vote. Labor unions in Australia welcomed it.", []),
        ("The BBC programme was recorded on a computer program.", []),
        # "analyses" is also the plural of "analysis", in both conventions.
        ("Two analyses were published. Each analyzes the same data.", []),
        # A tie within the family goes to the story's other spellings and titles, not to the first use.
        ("The defense group met. Mr Smith said the defence deal would destabilise rivals.",
         [("spelling-variant", "defense", "defence")]),
        ("The defence group met. Its neighbors said the defense deal would color the talks.",
         [("spelling-variant", "defence", "defense")]),
    ],
)
def test_spelling_variants(mine: Linter, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(mine, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One American word among British ones of other families (and the -ise words British copy uses).
        ("The centre reopened in the colours of the club. Its harbour was [[fueled]] by tourism.", [("fueled", "fuelled")]),
        ("Crowds realised the council had apologised, and the team's [[color]] was chosen.", [("color", "colour")]),
        ("Mr Jones said Mr Smith had [[traveled]] widely.", [("traveled", "travelled")]),
        # And the reverse; an -ize word among -ise ones; an -ise word among American ones.
        ("The theater district drew neighbors. Its center was rebuilt in a new [[colour]].", [("colour", "color")]),
        ("Police apologised and realised they must [[prioritize]] safety.", [("prioritize", "prioritise")]),
        # One -ise word outweighs one -ize word: American copy never writes "organise".
        ("Police apologised, then moved to [[prioritize]] safety.", [("prioritize", "prioritise")]),
        ("The team wore colours; the club would prioritize safety.", []),
        ("The center and its theater drew neighbors; officials [[organised]] a vigil.", [("organised", "organized")]),
        # Oxford spelling: -ize beside -our is one convention (two -ize families show it).
        ("The centre's colours and harbour were organized and recognized.", []),
        # Forms American copy accepts, words British copy uses for other things, and too little evidence.
        ("The theater and the center drew neighbors; the parade was cancelled and the catalogue printed.", []),
        ("The centre, its harbour and its colours: the computer program and coordinated plans.", []),
        ("The colour was new and the center was old.", []),
        ("Mr Jones told Mr Smith the firm's \"legal maneuvers (sic)\" had failed.", []),
        # Two families on the minority side: a story that mixes freely, not one slip.
        ("The centre's colours and harbour, the theater and the favorite.", []),
        # House style is evidence too: titles without a period, amounts in "bn", day-month dates, "whilst".
        ("Mr Patel said on 4 March that the £2bn deal had [[fueled]] growth.", [("fueled", "fuelled")]),
        ("Dr Lee said whilst the market fell, her firm had won [[honors]].", [("honors", "honours")]),
        ("Mr. Patel said on March 4 that the $2 billion deal had fuelled growth.", []),
        # A date ending a sentence still counts, and a story's many dates count once.
        ("Mr Patel spoke on 4 March. Fans had [[fueled]] the row.", [("fueled", "fuelled")]),
        ("She spoke on 4 March, 5 March and 6 March. Fans had fueled the row.", []),
        # A unit, a noun and a broadcast are American forms; a device, a verb and software are not.
        ("Mr Jones said the colours ran for 100 [[meters]].", [("meters", "metres")]),
        ("Mr Jones said the colours of the parking meter had faded.", []),
        ("Mr Jones said the centre lost its liquor [[license]].", [("license", "licence")]),
        ("Mr Jones said the centre would license the design.", []),
        # "program" is Australian and wire style in British spelling: no slip without a declared house style.
        ("Mr Jones said the centre's radio program was popular.", []),
        ("Mr Jones said the centre's £2m radio [[program]] was popular.", [("program", "programme")]),
        ("Mr Jones said the centre's £2m computer program had crashed.", []),
        # Naming a British broadcaster, like counting in pounds, writes for readers in Britain.
        ("Mr Jones told BBC Radio 4 the centre's [[program]] was popular.", [("program", "programme")]),
        # One -ize family in a British story is a slip; two are Oxford spelling.
        ("Mr Jones said the centre's colours had been [[standardized]].", [("standardized", "standardised")]),
    ],
)
def test_spelling_conventions(mine: Linter, text: str, expected: list[tuple[str, str]]) -> None:
    plain, spans = unmark(text)
    found = [f for f in mine.lint_text(plain, "text", "<test>").findings if f.rule == "consistency.spelling-convention"]
    assert [(f.match, f.suggestions[0]) for f in found] == expected
    assert [(f.offset, f.end_offset) for f in found] == spans


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Muammar Gaddafi spoke. Gaddafi said Qaddafi loyalists were safe.", [("name-variant", "Qaddafi", "Gaddafi")]),
        ("Volodymyr Zelensky spoke. Zelenskyy said Zelensky would travel.", [("name-variant", "Zelenskyy", "Zelensky")]),
        ("Carlos Nuñez spoke. The coach, Nuñez, said Nunez would stay.", [("name-variant", "Nunez", "Nuñez")]),
        ("Boris Johnson met Paul Johnston.", []),
        ("The Kyrgyz leader spoke. Kyrgyz and Qyrgyz officials met.", [("name-variant", "Qyrgyz", "Kyrgyz")]),
        ("Mohammad Khatami spoke. Khatami said Qhatami aides agreed.", [("name-variant", "Qhatami", "Khatami")]),
        ("Thaksin Shinawatra was ousted, and later his sister Yingluck Shinavatra, so Shinawatra allies lost.",
         [("name-variant", "Shinavatra", "Shinawatra")]),
        ("Google's founders met Tim Koogle in May.", []),
        ("Yevgeny Zinichev and Natalia Zinicheva attended.", []),
        ("Russia said Russian troops had left.", []),
        # Wider romanisation alternations: final h, -off/-ov, sch/sh, tsch/tch, dzh/dj/j, ee/i, ou/oo/u, Mo/Mu.
        ("Princess Amirah Saleh spoke. Amirah said Amira would stay.", [("name-variant", "Amira", "Amirah")]),
        ("Igor Romanov spoke. Romanov said Romanoff had left.", [("name-variant", "Romanoff", "Romanov")]),
        ("Anton Schelkin spoke. Schelkin said Shelkin had left.", [("name-variant", "Shelkin", "Schelkin")]),
        ("Pyotr Tschernov spoke. Tschernov said Tchernov had left.", [("name-variant", "Tchernov", "Tschernov")]),
        ("Ruslan Dzhabarov spoke. Dzhabarov said Djabarov had left.", [("name-variant", "Djabarov", "Dzhabarov")]),
        ("Nawaz Shareef spoke. Shareef said Sharif had left.", [("name-variant", "Sharif", "Shareef")]),
        ("Ahmed Yousef spoke. Yousef said Yoosef had left.", [("name-variant", "Yoosef", "Yousef")]),
        ("Mostafa Kamel spoke. Mostafa said Mustafa had left.", [("name-variant", "Mustafa", "Mostafa")]),
        # A typo that breaks a digraph still meets its name under the plain key.
        ("Paul Sherwood spoke. Sherwood said Sherwoood had left.", [("name-variant", "Sherwoood", "Sherwood")]),
        # Not "Beijing" and "Being"; not two common words opening sentences.
        ("Beijing said so. Being first matters, Beijing added.", []),
        ("Steel prices rose. Still, Steel makers were glum.", []),
    ],
)
def test_name_variants(mine: Linter, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _found(mine, text) == expected


def test_two_ordinary_names_are_only_info(mine: Linter) -> None:
    # Both spellings are ordinary names: maybe two people, so the finding is info.
    # "Later" opens a sentence: it is not a companion name that tells people apart.
    result = mine.lint_text("Sacha Baron Cohen spoke. Later Barron said Baron was right.", "text", "<test>")
    assert [(f.match, str(f.severity)) for f in result.findings if f.rule == "consistency.name-variant"] == [("Barron", "info")]


def test_variant_forms(mine: Linter) -> None:
    text = "Prices rose 3 percent in May, 2 percent in June and 1 per cent in July."
    assert _found(mine, text) == [("variant-form", "per cent", "percent")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr Okafor spoke. Mr Okafor and [[Mr.]] Lunde left.", [("Mr.", "Mr")]),
        ("Dr. Varga spoke. Dr. Varga and [[Dr]] Osei left; Mr Lunde stayed.", [("Dr", "Dr.")]),
        ("Mr Okafor spoke to Dr. Varga and Mrs. Lunde.", []),
    ],
)
def test_courtesy_titles(mine: Linter, text: str, expected: list[tuple[str, str]]) -> None:
    plain, spans = unmark(text)
    found = [f for f in mine.lint_text(plain, "text", "<test>").findings if f.rule == "consistency.courtesy-title"]
    assert [(f.match, f.suggestions[0]) for f in found] == expected
    assert [(f.offset, f.end_offset) for f in found] == spans


@pytest.mark.parametrize(
    ("text", "format", "expected"),
    [
        ("Output grew 15.7% in the year to October, down from 23[[ per cent]], and inflation slowed to 4.3%.", "text",
         [(" per cent", "%")]),
        ("Sales rose 4 percent and 3 percent, and (9[[%]]) of shops shut.", "text", [("%", " percent")]),
        ("Ranges of 10-15% and 20-25[[ per cent]] and 5%.", "text", [(" per cent", "%")]),
        # The headline's "%" is a headline convention: neither counted nor flagged.
        ("# Sales up 4%\n\nSales rose 4 per cent in March.", "markdown", []),
        # A signed figure is a ticker row flattened into text.
        ("Sales rose 4 percent.\n\nACME 22.50 -0.90 -4.2%\nBETA 10.10 -0.20 -1.9%", "text", []),
    ],
)
def test_percent_sign(mine: Linter, text: str, format: str, expected: list[tuple[str, str]]) -> None:
    plain, spans = unmark(text)
    found = [f for f in mine.lint_text(plain, format, "<test>").findings if f.rule == "consistency.percent-sign"]
    assert [(f.match, f.suggestions[0]) for f in found] == expected
    assert [(f.offset, f.end_offset) for f in found] == spans


@pytest.mark.parametrize(
    ("convention", "text", "expected"),
    [
        # A declared house convention needs no evidence from the story, and flags every off-house word.
        ("british", "The [[color]] of the [[center]] was chosen; they [[organized]] it.", ["colour", "centre", "organised"]),
        ("oxford", "The [[color]] was chosen; they organized it and [[realised]] it.", ["colour", "realized"]),
        ("american", "The [[colour]] was chosen; they [[organised]] it, and the parade was cancelled.", ["color", "organized"]),
        ("british", "The colour was chosen; they organised a computer program.", []),
        ("british", "The colour was chosen; they organised a radio [[program]].", ["programme"]),
    ],
)
def test_declared_convention(convention: str, text: str, expected: list[str]) -> None:
    linter = Linter(Config(select=("consistency.spelling-convention",),
                           overrides={"consistency.spelling-convention": {"convention": convention}}))
    plain, spans = unmark(text)
    found = linter.lint_text(plain, "text", "<test>").findings
    assert [f.suggestions[0] for f in found] == expected
    assert [(f.offset, f.end_offset) for f in found] == spans


def test_declared_convention_must_be_known() -> None:
    with pytest.raises(RuleErrors):
        Linter(Config(select=("consistency.spelling-convention",),
                      overrides={"consistency.spelling-convention": {"convention": "canadian"}}))
