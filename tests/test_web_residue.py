"""web-residue.*: page furniture a careless scraper leaves in the story, and clean copy left alone."""

from __future__ import annotations

import pytest

from lint.engine import Linter
from lint.findings import Severity
from tests.conftest import FIXTURES, check_positions

Found = tuple[str, int, int, str]


def _residue(linter: Linter, text: str) -> list[tuple[str, str, Severity]]:
    result = linter.lint_text(text, "text", "<test>")
    assert result.error is None, result.error
    check_positions(result)
    return [(f.rule, f.match, f.severity) for f in result.findings if f.category == "web-residue"]


def _fixture(linter: Linter, name: str) -> list[Found]:
    result = linter.lint_path(str(FIXTURES / name))
    assert result.error is None, result.error
    check_positions(result)
    return [(f.rule, f.line, f.column, f.match) for f in result.findings if f.category == "web-residue"]


def test_seed_article(linter: Linter) -> None:
    assert _fixture(linter, "seed-article.txt") == [
        ("web-residue.broken-byline", 3, 1, "By | November 13, 2023"),
        ("web-residue.photo-credit", 13, 148, "REUTERS/Kevin Lamarque"),
        ("web-residue.license-link", 13, 171, "Acquire license rights"),
        ("web-residue.syndication-footer", 25, 1, "Our standards: The Thomson Reuters Trust Principles."),
        ("web-residue.license-link", 27, 1, "Acquire license rights"),
        ("web-residue.glued-ui-text", 27, 23, "open a new tab"),
        ("web-residue.comment-form", 29, 1, "Leave a Reply"),
        ("web-residue.comment-form", 31, 1, "Your email address will not be published"),
        ("web-residue.comment-form", 31, 43, "Required fields are marked *"),
    ]


def test_scraped_page_fixture(linter: Linter) -> None:
    assert _fixture(linter, "web-residue-scraped-page.txt") == [
        ("web-residue.broken-byline", 3, 1, "By | April 2, 2024"),
        ("web-residue.reading-time", 5, 1, "4 min read"),
        ("web-residue.ad-marker", 9, 1, "Advertisement"),
        ("web-residue.glued-line", 11, 129, "Ferry operator cuts winter timetable after fuel rise"),  # a headline
        ("web-residue.photo-credit", 13, 68, "COASTLINE/Peter Nagy"),  # any agency, at the end of a line
        ("web-residue.hover-card", 15, 92, "Helen Margaret Ostrow"),
        ("web-residue.glued-credit", 17, 31, "Image: Portvale Museum."),  # a gallery caption's credit
        ("web-residue.related-links", 19, 1, "Read more"),
        ("web-residue.share-prompt", 23, 1, "Share this article"),
        ("web-residue.share-prompt", 25, 1, "Facebook Twitter Email"),
        ("web-residue.tag-line", 27, 1, "Tags: Portvale, Piers, Local government"),
        ("web-residue.syndication-footer", 31, 1, "© 2024 Coastline Wire. All rights reserved."),
        ("web-residue.license-link", 33, 1, "Acquire license rights"),
        ("web-residue.glued-ui-text", 33, 23, "open a new tab"),
        ("web-residue.comment-form", 35, 1, "Leave a Reply"),
        ("web-residue.comment-form", 37, 1, "Your email address will not be published"),
        ("web-residue.comment-form", 37, 43, "Required fields are marked *"),
    ]


def test_clean_story_with_furniture_words_in_sentences(linter: Linter) -> None:
    # "Share prices", "follow the advice", "Read more than", "advertisement campaign",
    # "Reuters/Ipsos", "By and large", "reopen a new window": all story text.
    assert _fixture(linter, "web-residue-clean-story.txt") == []


@pytest.mark.parametrize(
    ("text", "rule", "match"),
    [
        # Glued labels: a real-word join is not a glue ("reopen"), an unknown one is.
        ("The bank said it would close the branch.Click To Tweet", "web-residue.glued-ui-text", "Click To Tweet"),
        ("The museum will reopen a new tab of exhibits.", None, None),
        # Hover cards need the name repeated on both sides of the join.
        ("Chancellor Piet VossPiet Adriaan Voss Finance minister spoke.", "web-residue.hover-card", "Piet Adriaan Voss"),
        ("The talks, led by CalFire (Cal Fire), ended.", None, None),
        # Run-together words: both halves common words, token unknown and not repeated.
        ("Rescuers searched the collapsed warehouseWatch for hours.", "web-residue.run-together-words", "warehouseWatch"),
        ("Call toString() on the value first.", None, None),
        # Bylines that name nobody, and ones that do.
        ("Harbour vote\n\nBy  , Staff\n\nThe pier will be rebuilt.", "web-residue.broken-byline", "By  , Staff"),
        ("Harbour vote\n\nBy Dana Whitfield, Staff\n\nThe pier will be rebuilt.", None, None),
        # Photo credits in body text; poll names are not credits.
        ("Crowds gather in the square on Friday. REUTERS/Stringer", "web-residue.photo-credit", "REUTERS/Stringer"),
        ("An AP/Ipsos poll put support at 40%.", None, None),
        # A label alone on a line is furniture; inside a sentence it is not.
        ("The pier reopened.\n\nStory continues below advertisement\n\nCrowds came.", "web-residue.ad-marker", "Story continues below advertisement"),
        ("The story continues below the surface, divers said.", None, None),
    ],
)
def test_mechanisms(linter: Linter, text: str, rule: str | None, match: str | None) -> None:
    found = _residue(linter, text)
    if rule is None:
        assert found == []
    else:
        assert [(r, m) for r, m, _ in found] == [(rule, match)]


def test_ui_control_line_skips_the_headline_and_grades_verbs(linter: Linter) -> None:
    assert _residue(linter, "Download the new rail timetable\n\nThe timetable starts in May.") == []
    found = _residue(linter, "Rail timetable changes\n\nThe timetable starts in May.\n\nDownload Our Free App")
    assert found == [("web-residue.ui-control-line", "Download Our Free App", Severity.WARNING)]
    found = _residue(linter, "Rail timetable changes\n\nThe timetable starts in May.\n\nExplore more timetable changes")
    assert found == [("web-residue.ui-control-line", "Explore more timetable changes", Severity.INFO)]


def test_menu_run_is_one_finding_over_the_run(linter: Linter) -> None:
    text = "Rail timetable changes\n\nThe timetable starts in May.\n\nWorld\n\nBusiness\n\nCulture\n\nTravel\n\nTrains will run hourly."
    found = _residue(linter, text)
    assert found == [("web-residue.menu-run", "World\n\nBusiness\n\nCulture\n\nTravel", Severity.WARNING)]


_PIER = "The pier on the north side of the harbour reopened on Friday after a long repair."
_CROWDS = "Crowds came back to the cafes along the front over the weekend, the council said."


@pytest.mark.parametrize(
    ("text", "rule", "match"),
    [
        # Bylines and reprint notices that lost their names, credits naming no known agency.
        (f"Harbour vote\n\n{_PIER}\n\nPosted by on May 4, 2021\n\n{_CROWDS}", "web-residue.broken-byline", "Posted by on May 4, 2021"),
        (f"Harbour vote\n\n{_PIER}\n\nDistributed by Harbour Wire.\n\n{_CROWDS}", "web-residue.syndication-footer", "Distributed by Harbour Wire."),
        (f"Harbour vote\n\n{_PIER} Photograph: Dana Whitfield/Harbour Wire\n\n{_CROWDS}", "web-residue.glued-credit", "Photograph: Dana Whitfield/Harbour Wire"),
        (f"Harbour vote\n\n{_PIER}\n\nDana Whitfield/Bloomberg\n\n{_CROWDS}", "web-residue.photo-credit", "Dana Whitfield/Bloomberg"),
        # A bare section name between paragraphs is furniture; a short sentence, an attribution or a top byline is not.
        (f"Harbour vote\n\n{_PIER}\n\nDashboard\n\n{_CROWDS}", "web-residue.stray-line", "Dashboard"),
        (f"Harbour vote\n\n{_PIER}\n\nThe cost was 40 million pounds.\n\n{_CROWDS}", None, None),
        (f"Harbour vote\n\n{_PIER}\n\n—Harbour master Dana Whitfield\n\n{_CROWDS}", None, None),
        (f"Harbour vote\n\nBy Dana Whitfield\n\n{_PIER}\n\n{_CROWDS}", None, None),
        # Right under the headline a label is furniture; a deck in sentence case is the story's.
        (f"Harbour vote\n\nSubscriber Services\n\n{_PIER}\n\n{_CROWDS}", "web-residue.stray-line", "Subscriber Services"),
        (f"Harbour vote\n\nPensions\n\n{_PIER}\n\n{_CROWDS}", "web-residue.stray-line", "Pensions"),
        (f"Harbour vote\n\nCouncillors back the repair plan by six votes\n\n{_PIER}\n\n{_CROWDS}", None, None),
        (f"HARBOUR VOTE\n\nYear to March 31, 2024\n\n{_PIER}\n\n{_CROWDS}", None, None),
        (f"HARBOUR VOTE\n\nTHE FOLLOWING FERRIES RAN ON TIME OVER THE WEEKEND\n\n{_PIER}\n\n{_CROWDS}", None, None),
        # Ad slots between two sentences, page stamps, gallery counters and author boxes, by their form.
        (f"Harbour vote\n\n{_PIER} Advertisement {_CROWDS}", "web-residue.ad-marker", "Advertisement"),
        (f"Harbour vote\n\n{_PIER} Sponsored by the council, the fair opens today.", None, None),
        (f"Harbour vote\n\n{_PIER} Updated: Jun. 3, 2021 4:12 p.m. BST\n\n{_CROWDS}", "web-residue.timestamp", "Updated: Jun. 3, 2021 4:12 p.m. BST"),
        (f"Harbour vote\n\nThe report was updated on June 3, 2021 at 4:12 p.m. after a complaint.\n\n{_CROWDS}", None, None),
        (f"Harbour vote\n\n{_PIER}\n\n(3/8)\n\n{_CROWDS}", "web-residue.gallery-counter", "(3/8)"),
        (f"Harbour vote\n\n{_PIER}\n\nDana Whitfield, Harbour Correspondent", "web-residue.author-box", "Dana Whitfield, Harbour Correspondent"),
        # A label glued after the last sentence; a sentence that only lost its full stop is left alone.
        (f"Harbour vote\n\n{_PIER}Harbour Weather Live\n\n{_CROWDS}", "web-residue.glued-line", "Harbour Weather Live"),
        (f"Harbour vote\n\n{_PIER} Most Read Stories\n\n{_CROWDS}", "web-residue.glued-line", "Most Read Stories"),
        (f"Harbour vote\n\n{_PIER} The cafes were busy again\n\n{_CROWDS}", None, None),
        # Wire sign-offs, abbreviations and decimals are not glued labels.
        (f"Harbour vote\n\n{_CROWDS}\n\n{_PIER} REUTER", None, None),
        (f"Harbour vote\n\nThe contract for the new pier was awarded by the U.S. Navy\n\n{_CROWDS}", None, None),
        (f"Harbour vote\n\nThe harbour fund closed on Friday at a value of 12.54 Harbour Dollars\n\n{_CROWDS}", None, None),
    ],
)
def test_furniture_without_a_known_label(linter: Linter, text: str, rule: str | None, match: str | None) -> None:
    found = _residue(linter, text)
    if rule is None:
        assert found == []
    else:
        assert [(r, m) for r, m, _ in found] == [(rule, match)]


def test_stray_lines_in_a_sectioned_story_are_subheadings(linter: Linter) -> None:
    text = f"Harbour vote\n\n{_PIER}\n\nThe repairs\n\n{_CROWDS}\n\n{_PIER}\n\nWhat comes next\n\n{_CROWDS}"
    found = _residue(linter, text)
    assert found == [("web-residue.stray-line", "The repairs", Severity.INFO),
                     ("web-residue.stray-line", "What comes next", Severity.INFO)]


@pytest.mark.parametrize(
    ("text", "rule", "match"),
    [
        # A gallery caption's credit in the body, after a sentence, a caption or glued to its last word.
        (f"Harbour vote\n\n{_PIER}\n\nA gull on the north pier. Image: Dana Whitfield.\n\n{_CROWDS}", "web-residue.glued-credit", "Image: Dana Whitfield."),
        (f"Harbour vote\n\n{_PIER}\n\nHarbour master Omar LundImage: Portvale Council.\n\n{_CROWDS}", "web-residue.glued-credit", "Image: Portvale Council."),
        # Datelines and bylines in the middle of the story; under the standfirst they are in place.
        (f"Harbour vote\n\n{_PIER}\n\n{_CROWDS}\n\nBy Dana Whitfield\n\n{_PIER}", "web-residue.stray-line", "By Dana Whitfield"),
        (f"Harbour vote\n\n{_PIER}\n\n{_CROWDS}\n\nUpdated at 4:10 p.m.\n\n{_PIER}", "web-residue.stray-line", "Updated at 4:10 p.m."),
        (f"Harbour vote\n\n{_PIER}\n\nBy Dana Whitfield\n\n{_CROWDS}", None, None),
        # A title-case question and a teaser cut short are headlines, not sentences; a plain question is prose.
        (f"Harbour vote\n\n{_PIER}\n\nWill Portvale Get Its Ferry Back?\n\n{_CROWDS}", "web-residue.stray-line", "Will Portvale Get Its Ferry Back?"),
        (f"Harbour vote\n\n{_PIER}\n\nFerry fares rise as operator cuts winter...\n\n{_CROWDS}", "web-residue.stray-line", "Ferry fares rise as operator cuts winter..."),
        (f"Harbour vote\n\n{_PIER}\n\nWill the ferry come back next year?\n\n{_CROWDS}", None, None),
        # A short label ending in a colon is furniture; a lead-in with a subject or a verb is not.
        (f"Harbour vote\n\n{_PIER}\n\nIn this article:\n\n{_CROWDS}", "web-residue.stray-line", "In this article:"),
        (f"Harbour vote\n\n{_PIER}\n\nThe harbour master added:\n\n{_CROWDS}", None, None),
        (f"Harbour vote\n\n{_PIER}\n\nIt goes further:\n\n{_CROWDS}", None, None),
        # A list of one item between paragraphs is a menu entry; a note in one is prose.
        (f"Harbour vote\n\n{_PIER}\n\n- Finance\n\n{_CROWDS}", "web-residue.stray-line", "Finance"),
        (f"Harbour vote\n\n{_PIER}\n\n* Both councillors left before the vote on Tuesday\n\n{_CROWDS}", None, None),
        # Headlines and labels in sentence case glued after the last sentence; lost full stops and hard wraps are not.
        (f"Harbour vote\n\n{_PIER} Ferry operator cuts winter timetable after fuel rise\n\n{_CROWDS}", "web-residue.glued-line", "Ferry operator cuts winter timetable after fuel rise"),
        (f"Harbour vote\n\n{_PIER} Register for a free account\n\n{_CROWDS}", "web-residue.glued-line", "Register for a free account"),
        (f"Harbour vote\n\n{_PIER} It was all worth the wait for the town\n\n{_CROWDS}", None, None),
        (f"Harbour vote\n\n{_PIER} The race was won by\n\n{_CROWDS}", None, None),
        (f"Harbour vote\n\n{_PIER} Not used: Torres, Lund\n\n{_CROWDS}", None, None),
        # A last sentence run on with no space; a citation mark or a web address is not.
        (f"Harbour vote\n\n{_PIER}Ferry operator cuts winter timetable.\n\n{_CROWDS}", "web-residue.glued-line", "Ferry operator cuts winter timetable."),
        (f"Harbour vote\n\n{_PIER}The dollar rose against the pound.\n\n{_CROWDS}", None, None),  # a lost space: punctuation's
        (f"Harbour vote\n\n{_PIER}[12] The cafes were full.\n\n{_CROWDS}", None, None),
        (f"Harbour vote\n\nThe figures were published by the council on its website Portvale.org and in print.\n\n{_CROWDS}", None, None),
        # Calls to action, interface messages and wiki text.
        (f"Harbour vote\n\n{_PIER}\n\nGet the latest harbour news straight to your inbox!\n\n{_CROWDS}", "web-residue.promo-line", "Get the latest harbour news straight to your inbox!"),
        (f"Harbour vote\n\n{_PIER}\n\n\"Follow the harbour on Instagram,\" the mayor said.\n\n{_CROWDS}", None, None),
        (f"Harbour vote\n\n{_PIER}\n\nGet Out is streaming on the council's YouTube channel.\n\n{_CROWDS}", None, None),
        (f"Harbour vote\n\n{_PIER}\n\nPlease enable JavaScript to view the comments.\n\n{_CROWDS}", "web-residue.page-message", "Please enable JavaScript to view the comments."),
        (f"Harbour vote\n\n{_PIER}\n\nharbourfan88 says:\n\n{_CROWDS}", "web-residue.page-message", "harbourfan88 says:"),
        (f"Harbour vote\n\n{_PIER}\n\nThe mayor says:\n\n{_CROWDS}", None, None),
        (f"Harbour vote\n\n{_PIER}\n\nRetrieved 2019-11-23.\n\n{_CROWDS}", "web-residue.wiki-furniture", "Retrieved 2019-11-23."),
    ],
)
def test_furniture_shapes(linter: Linter, text: str, rule: str | None, match: str | None) -> None:
    found = _residue(linter, text)
    if rule is None:
        assert found == []
    else:
        assert [(r, m) for r, m, _ in found] == [(rule, match)]


def test_glued_line_trusts_only_strong_marks_in_hard_wrapped_text(linter: Linter) -> None:
    # In hard-wrapped text lines end mid-sentence and go on in lower case below: a line end tells nothing.
    tail = "The pier on the north side reopened on Friday after a long repair. Local traders"
    alone = f"Harbour vote\n\n{tail}\n\n{_CROWDS}"
    assert [(r, m) for r, m, _ in _residue(linter, alone)] == [("web-residue.glued-line", "Local traders")]
    wrapped = (f"Harbour vote\n\nThe pier on the north side reopened on Friday after a long\n\nrepair by the council, "
               f"which had closed it in the spring. Council workers\n\nsaid the cost had risen.\n\n{tail}\n\n{_CROWDS}")
    assert _residue(linter, wrapped) == []


def _placed(linter: Linter, text: str) -> list[Found]:
    result = linter.lint_text(text, "text", "<test>")
    assert result.error is None, result.error
    check_positions(result)
    return [(f.rule, f.line, f.column, f.match) for f in result.findings if f.category == "web-residue"]


_COUNCIL = "The council voted on Monday to pay for the work on the pier."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A label glued to the paragraph's first sentence, with no space or with one.
        (f"Harbour vote\n\n{_PIER}\n\nShare with a FriendPolice closed the pier road for an hour on Sunday.",
         [("web-residue.glued-start", 5, 1, "Share with a Friend")]),
        (f"Harbour vote\n\n{_PIER}\n\nWeather Desk {_COUNCIL}", [("web-residue.glued-start", 5, 1, "Weather Desk")]),
        (f"Harbour vote\n\nMore From This Section On Monday, the council voted to pay for the work.\n\n{_CROWDS}",
         [("web-residue.glued-start", 3, 1, "More From This Section")]),
        (f"Harbour vote\n\n{_PIER}\n\nnewsletters Its budget for the repair ran out in the spring, the council said.",
         [("web-residue.glued-start", 5, 1, "newsletters")]),
        (f"Harbour vote\n\n{_PIER}\n\nTop Stories“The pier is the heart of the town,” the mayor said on Friday.",
         [("web-residue.glued-start", 5, 1, "Top Stories")]),
        # A byline, credit, time stamp or counter glued before the first sentence, in any case.
        (f"Harbour vote\n\n{_PIER}\n\nBy Dana Whitfield Police closed the pier road for an hour on Sunday.",
         [("web-residue.glued-start", 5, 1, "By Dana Whitfield")]),
        (f"Harbour vote\n\n{_PIER}\n\nBy DANA WHITFIELD and OLA BERG, PORTVALE POSTCouncillors voted on Monday to pay for the pier.",
         [("web-residue.glued-start", 5, 1, "By DANA WHITFIELD and OLA BERG, PORTVALE POST")]),
        (f"Harbour vote\n\n{_PIER}\n\nPhoto courtesy of @portvalepix {_COUNCIL}",
         [("web-residue.glued-start", 5, 1, "Photo courtesy of @portvalepix")]),
        (f"Harbour vote\n\n{_PIER}\n\nby Ola Berg Nov. 4, 2021: 9:05 AM ET{_COUNCIL}",
         [("web-residue.glued-start", 5, 1, "by Ola Berg Nov. 4, 2021: 9:05 AM ET")]),
        (f"Harbour vote\n\n{_PIER}\n\n4 May 2021 {_COUNCIL}", [("web-residue.glued-start", 5, 1, "4 May 2021")]),
        # a clock time alone stamps a live blog's entry, the story's own
        (f"Harbour vote\n\n{_PIER}\n\n12:00 PM PT -- {_COUNCIL}", []),
        (f"Harbour vote\n\n{_PIER}\n\nSaturday 8:40pm Councillors voted on Monday to pay for the pier.", []),
        (f"Harbour vote\n\n{_PIER}\n\n48 Shares {_COUNCIL}", [("web-residue.glued-start", 5, 1, "48 Shares")]),
        # A label glued to a sentence's first word, or to a name the story uses alone.
        (f"Harbour vote\n\n{_PIER}\n\nMarketsMr Berg said the council would pay for the pier.",
         [("web-residue.glued-start", 5, 1, "Markets")]),
        ("Harbour vote\n\nBerg opened the pier on Friday after a long repair.\n\nLanguagesBerg said the council "
         "would pay for the work.", [("web-residue.glued-start", 5, 1, "Languages")]),
        (f"Harbour vote\n\n{_PIER}\n\nPier costs in numbers\"We had no choice but to close it,\" the mayor said.",
         [("web-residue.glued-start", 5, 1, "Pier costs in numbers")]),
        # A label of one or two words the story never uses, before a sentence opening with a name the
        # story does use ("The Harbour..."), an honorific or a quotation.
        (f"Harbour vote\n\n{_PIER}\n\nDashboard The Harbour Trust said on Monday that it would pay for the work.",
         [("web-residue.glued-start", 5, 1, "Dashboard")]),
        (f"Harbour vote\n\n{_PIER}\n\nHoliday Lettings Mr Whitfield said in a statement that the fund was safe.",
         [("web-residue.glued-start", 5, 1, "Holiday Lettings")]),
        (f"Harbour vote\n\n{_PIER}\n\nEarthquakes \"We will have it open again by the summer,\" the mayor said.",
         [("web-residue.glued-start", 5, 1, "Earthquakes")]),
        (f"Harbour vote\n\n{_PIER}\n\nsyslog \"We will have it open again by the summer,\" the mayor said.",
         [("web-residue.glued-start", 5, 1, "syslog")]),
        # ... but not a clause's opening word, a possessive, a word in -ing or -ly, a description the story
        # uses again, words too short to tell, or a title (its name comes once).
        (f"Harbour vote\n\n{_PIER}\n\nBut Mr Whitfield said the council would pay for the work on the pier.", []),
        (f"Harbour vote\n\n{_PIER}\n\nNeither Mr Whitfield nor the council would say what the work had cost.", []),
        (f"Harbour vote\n\n{_PIER}\n\nLabour's Mr Whitfield said the council would pay for the work on the pier.", []),
        (f"Harbour vote\n\n{_PIER}\n\nAsked \"Will the pier stay open all year?\" the mayor said she hoped so.", []),
        (f"Harbour vote\n\n{_PIER}\n\nAnalysing Mr Whitfield's plan, the council said the work would cost more.", []),
        (f"Harbour vote\n\n{_PIER}\n\nOriginally \"The Harbour Pier Company\" ran the boats that called at it.", []),
        ("Harbour vote\n\nThe charity ran a fair.\n\nCharity Save The Harbour said the fair raised money for the pier.", []),
        (f"Harbour vote\n\n{_PIER}\n\nDo They Know It's Summer, a song by a local choir, was sung on the pier.", []),
        # A label in capitals run into a capitalised word; an acronym's plural is none.
        (f"Harbour vote\n\n{_PIER}\n\nHARBOUR EXTRASCouncillors voted on Monday to pay for the work.",
         [("web-residue.glued-start", 5, 1, "HARBOUR EXTRAS")]),
        (f"Harbour vote\n\n{_PIER}\n\nMPs voted on Monday to pay for the work on the pier.", []),
        # Sentences that open with "By" or a date.
        (f"Harbour vote\n\n{_PIER}\n\nBy Royal Charter, the town has run the pier since 1850, the council said.", []),
        (f"Harbour vote\n\n{_PIER}\n\nBy Friday Portvale's council had closed the road to the pier.", []),
        (f"Harbour vote\n\n{_PIER}\n\nBy May 3, 2019 Portvale's council had closed the road to the pier.", []),
        (f"Harbour vote\n\n{_PIER}\n\nOn July 2, 2018 Portvale's council voted to pay for the work on the pier.", []),
        (f"Harbour vote\n\n{_PIER}\n\nJohn 3:16 For the vicar, the verse was the heart of the service on the pier.", []),
        (f"Harbour vote\n\n{_PIER}\n\nThere are 13 comments on the council's page about the pier so far.", []),
        (f"Harbour vote\n\n{_PIER}\n\nSolarQuay said it would light the pier. The quay was dark for a year.", []),
        # The story's own openings: names in camel case, titles, attributions, speakers, lead-ins.
        (f"Harbour vote\n\n{_PIER}\n\nHarbourLink said it would run the ferry. HarbourLink owns six boats.", []),
        (f"Harbour vote\n\n{_PIER}\n\nMacAndrew said the council would pay for the work on the pier.", []),
        # one camel-case word opening a paragraph is a name named once, unless a sentence's first word
        # follows the join (that label glued-lead reports, for the same span)
        (f"Harbour vote\n\n{_PIER}\n\nSolarQuay said it would light the pier with new lamps by the summer.", []),
        (f"Harbour vote\n\n{_PIER}\n\nAdvertisementThe council voted on Monday to pay for the work on the pier.",
         [("web-residue.glued-lead", 5, 1, "Advertisement")]),
        (f"HARBOURLINK BUYS FERRY\n\n{_PIER}\n\nHarbourLink said it would run the ferry from the pier in May.", []),
        (f"Harbour vote\n\n{_PIER}\n\nMade In Portvale star Dana Whitfield, 30, opened the pier on Friday.", []),
        (f"Harbour vote\n\n{_PIER}\n\nComedy Meet The Harbourmen topped the box office at the weekend.", []),
        (f"Harbour vote\n\n{_PIER}\n\nWhitfield said \"The pier is the heart of the town,\" and the crowd cheered.", []),
        (f"Harbour vote\n\n{_PIER}\n\nDW: We wanted the pier open before the summer came round again.", []),
        (f"Harbour vote\n\n{_PIER}\n\nSpeaking on the BBC's Today programme, the mayor said the pier would stay open.", []),
        (f"Harbour vote\n\n{_PIER}\n\nThe Harbour Cafe Is Open For Lunch On A Sunday, But Not On Mondays Any More.", []),
    ],
)
def test_glued_start(linter: Linter, text: str, expected: list[Found]) -> None:
    assert _placed(linter, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Under the headline: what no deck has (a control's verb, a lower-case start, a dangling last word,
        # a teaser's ellipsis, a bar, title case with one figure, sentences in title case).
        (f"Harbour vote\n\nSee all harbour rulings from this year\n\n{_PIER}\n\n{_CROWDS}",
         [("web-residue.stray-line", 3, 1, "See all harbour rulings from this year")]),
        (f"Harbour vote\n\nwhere the ferry goes when the tide is out\n\n{_PIER}\n\n{_CROWDS}",
         [("web-residue.stray-line", 3, 1, "where the ferry goes when the tide is out")]),
        (f"Harbour vote\n\nMore stories from the harbour and\n\n{_PIER}\n\n{_CROWDS}",
         [("web-residue.stray-line", 3, 1, "More stories from the harbour and")]),
        (f"Harbour vote\n\nFerry fares rise again as the winter timetable starts...\n\n{_PIER}\n\n{_CROWDS}",
         [("web-residue.stray-line", 3, 1, "Ferry fares rise again as the winter timetable starts...")]),
        (f"Harbour vote\n\nThe Harbour Gazette | Paid Content\n\n{_PIER}\n\n{_CROWDS}",
         [("web-residue.stray-line", 3, 1, "The Harbour Gazette | Paid Content")]),
        (f"Harbour vote\n\n24 Piers Worth A Visit\n\n{_PIER}\n\n{_CROWDS}",
         [("web-residue.stray-line", 3, 1, "24 Piers Worth A Visit")]),
        (f"Harbour vote\n\nYour Pier Is Waiting. Book A Trip Today.\n\n{_PIER}\n\n{_CROWDS}",
         [("web-residue.stray-line", 3, 1, "Your Pier Is Waiting. Book A Trip Today.")]),
        # Another story's headline in sentence case: no word of substance it shares with the story.
        (f"Harbour vote\n\nMountain rescue teams train volunteers in snowstorm drills\n\n{_PIER}\n\n{_CROWDS}",
         [("web-residue.stray-line", 3, 1, "Mountain rescue teams train volunteers in snowstorm drills")]),
        # The story's own deck, result line, dateline, and a wire headline going on below.
        (f"Harbour vote\n\nCouncillors see the repair plan through by six votes\n\n{_PIER}\n\n{_CROWDS}", []),
        # A deck shares a stem with the story ("repaired" / "repair"); a short first paragraph is a sentence.
        (f"Harbour vote\n\nWorkers repaired decking beams weakened over winter storms\n\n{_PIER}\n\n{_CROWDS}", []),
        (f"Harbour vote\n\nMountain rescue teams train volunteers in snowstorm drills.\n\n{_PIER}\n\n{_CROWDS}", []),
        # Three words of substance are too few to tell a punning deck from another story's headline.
        (f"Harbour vote\n\nCheers for the jubilant sailors\n\n{_PIER}\n\n{_CROWDS}", []),
        (f"Harbour vote\n\nResult: Portvale 2-1 (1-0) 3-2 Eastwick\n\n{_PIER}\n\n{_CROWDS}", []),
        (f"HARBOUR BOARD BACKS PIER\n\nshare plan agreed by the board on Friday, officials said.\n\n{_PIER}\n\n{_CROWDS}", []),
        (f"HARBOUR BOARD - May 4\n\nquoted in pounds per tonne for the pier's landing fees.\n\n{_PIER}\n\n{_CROWDS}", []),
    ],
)
def test_stray_line_under_the_headline(linter: Linter, text: str, expected: list[Found]) -> None:
    assert _placed(linter, text) == expected


def test_glued_start_takes_any_words_before_a_determiner_opening_a_sentence(linter: Linter) -> None:
    text = f"Harbour vote\n\n{_PIER}\n\nMore about our harbour coverage The council voted on Monday to pay for the work."
    assert _placed(linter, text) == [("web-residue.glued-start", 5, 1, "More about our harbour coverage")]
    # A title holds an opener before a name, never before a lower-case word.
    assert _placed(linter, f"Harbour vote\n\n{_PIER}\n\nFans of Meet The Harbourmen queued along the pier on Friday.") == []


def test_separator_bar_inside_a_paragraph(linter: Linter) -> None:
    text = f"Harbour vote\n\n{_PIER} Crowds came back Contact Us | Terms | Careers to the cafes along the front."
    assert _placed(linter, text) == [("web-residue.separator-bar", 3, 108, "Us | Terms | Careers")]
    assert _placed(linter, f"Harbour vote | Portvale Gazette\n\n{_PIER}\n\nThe fair runs 1 May 2025 | 9 June 2025.") == []


def test_timestamp_glued_to_a_paragraph_start(linter: Linter) -> None:
    text = f"Harbour vote\n\n{_PIER}\n\nUpdated: 4 May 2021, 19:11{_CROWDS}"
    assert _placed(linter, text) == [("web-residue.timestamp", 5, 1, "Updated: 4 May 2021, 19:11")]
    # A date that opens a sentence is the story's own.
    assert _placed(linter, f"Harbour vote\n\n{_PIER}\n\n4 May 2021 was the day the pier reopened after the repair.") == []


def test_follow_prompt_keeps_its_networks(linter: Linter) -> None:
    # Glued with no space, the label is flagged up to the sentence; a whole prompt naming its networks is one line.
    glued = f"Harbour vote\n\n{_PIER}\n\nFollow Portvale Post onThe council paid for the pier over three years."
    assert _placed(linter, glued) == [("web-residue.share-prompt", 5, 1, "Follow Portvale Post on")]
    line = f"Harbour vote\n\n{_PIER}\n\nFollow Portvale Post on Facebook, Twitter and Instagram.\n\n{_CROWDS}"
    assert _placed(linter, line) == [("web-residue.promo-line", 5, 1, "Follow Portvale Post on Facebook, Twitter and Instagram.")]
