"""Another story's headline dropped into a sentence or run onto its start.

A scraper that flattens a page can lose the breaks around an inline widget
and leave its text inside a sentence: "staff left the delicatessen Rival
Bank Is Said to Be Near a Deal departments without assistants", or glue a
headline to the paragraph after it: "Why Your Phone Is Slower Shares fell
on Monday". The headline is found by its shape, not its words: a run in
title case that capitalises a word no name capitalises, an auxiliary or a
pronoun ("Is", "Does", "Your"), between two lower-case words of one line
or before the first lower-case word of a paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, ClassVar

import re2

from lint.checks.base import Check
from lint.checks.web_residue_shapes import MINOR
from lint.document import Document
from lint.findings import Hit
from lint.rules.scan import scan

#: Auxiliaries and pronouns: a headline in title case capitalises them ("Verizon Is Said to Be Near a
#: Deal"), a name or an office never does. Words that also name things are left out: "Will", "Can" and
#: "May" (names, firms, a month), "I" (a numeral), "His", "Her" and "Our" (titles: "Her Majesty", "Our
#: Lady"), "Us", "It", "No" and "Now" (titles of magazines, films, campaigns), "Who" ("Doctor Who").
_TITLE_MARKERS = ("Is", "Are", "Was", "Were", "Be", "Been", "Has", "Have", "Had", "Would", "Could", "Should",
                  "Must", "Does", "Did", "Isn't", "Aren't", "Don't", "Doesn't", "Can't", "Won't", "You", "Your",
                  "We", "They", "Their", "These", "Those", "How", "Why", "What", "Here", "There", "Than", "Don’t",
                  "Can’t")
#: The same in a headline set in capitals ("SELL YOUR BIKE"), but for abbreviations ("IS" fighters, the "US").
_MARKERS = _TITLE_MARKERS + tuple(w.upper() for w in _TITLE_MARKERS if w.isalpha() and w not in ("Is", "Us"))
#: Pronouns that also open names ("This Week with...", "It Follows", "Me Too"): evidence only after another
#: capitalised word of the run, as in a page's labels ("Share This Story", "Follow Us").
_INNER_MARKERS = ("It", "It's", "It’s", "This", "Us", "My", "Me", "THIS", "MY")
_MARKER_SET = frozenset(_MARKERS)
#: Short function words capitalised, as a page sets its headlines and buttons in full title case ("Get The
#: Latest Alerts And Newsletters Delivered To Your Inbox", "STUFF TO WATCH"): two inside one run are evidence;
#: one is a name's ("Healthcare Services Of America"). "A" grades ("Class A"), "Up" names campaigns ("Stand Up
#: To Cancer"); in capitals, "IN", "ON", "OR" and "AT" are also abbreviations (states, provinces).
_TITLED_MINOR = (frozenset(w.capitalize() for w in MINOR - {"a", "up", "vs", "nor", "via", "but"})
                 | frozenset({"THE", "AND", "OF", "TO", "FOR", "WITH", "FROM", "INTO", "BY"}))
#: A marker between spaces, one fast pass; a letter must come before it: inside a run of words, never a
#: sentence's first word (a sentence mark, a quotation mark or a bracket comes before that). The words that
#: count only inside a run must follow a capitalised word.
_MARKER = re2.compile(r"(?:\p{L} (?P<flag>" + "|".join(_MARKERS) + r")|\p{Lu}[\p{L}\p{N}'’&-]* (?P<flag_1>"
                      + "|".join(_INNER_MARKERS + tuple(sorted(_TITLED_MINOR))) + r")) ")
_INNER_SET = frozenset(_INNER_MARKERS)
#: The rest of a word of a title-cased run, after its capital: letters and figures with their inner marks
#: ("Stain-Resistant", "U.S.", "$25"), closing quotation marks, and a headline's colon ("Focus:"). Python's
#: re: faster than re2 on one short word.
_CAP_REST = re.compile(r"[\w'’&%$-]*(?:\.\w+)*[’”\"')]*:?")
#: The rest of the run's last word when it closes a question or an exclamation ("How Much Does It Cost?").
_LAST_REST = re.compile(r"[\w'’&%$-]*[’”\"')]*[?!]")


def _cap(word: str) -> bool:
    """True for a word of a title-cased run: capitalised, a figure or a money amount, maybe after an opening mark."""
    head = 1 if word[:1] in "‘“\"'(" else 0
    first = word[head:head + 1]
    return bool(first) and (first.isupper() or first.isdigit() or first == "$") and (
        _CAP_REST.fullmatch(word, head + 1) is not None)


def _last(word: str) -> bool:
    """True for the run's last word closing a question or an exclamation ("Cost?")."""
    return (word[:1].isupper() or word[:1].isdigit()) and _LAST_REST.fullmatch(word, 1) is not None


#: Words that name a work: a title after one is the work's ("the album Songs About Jane").
_WORK_NOUNS = frozenset(
    "film films movie album albums single singles song songs hit hits track tracks anthem show shows series "
    "programme programmes program sitcom drama soap musical play plays novel novels book books title titles "
    "chart-topper version versions ep record records opera game games documentary poem story magazine "
    "newspaper column slogan campaign motto".split())

#: Words of a story about works (songs, films, shows, poems): in one, a run in title case is likely a work's
#: title ("Joss Stone performed Right To Be Wrong"), so the story is left alone. Only words that name works or
#: their makers: "performance", "charts", "tracks" and "books" are also business words.
_WORKS_STORY = re2.compile(
    r"(?i)\b(?:albums?|songs?|films?|movies?|singers?|actors?|actress(?:es)?|comed(?:y|ies|ian)|sitcoms?|"
    r"episodes?|novels?|novelists?|musicals?|concerts?|lyrics|soundtracks?|starr(?:ed|ing)|chart-toppers?|"
    r"gigs?|box office|oscars?|grammys?|baftas?|poems?|poets?|television|tv series)\b")


class InsertedHeadline(Check):
    """Flag a headline or page label dropped into a sentence or run onto a paragraph's start.

    Why it matters: text from elsewhere on the page, left inside a
    sentence ("the modern Rival Bank Is Said to Be Near a Deal history of
    this country"), garbles the sentence and is printed with it. A run of
    at least `min_words` words in title case (every word capitalised but
    short function words) between two lower-case words of one sentence is
    flagged when it capitalises an auxiliary or a pronoun after a word
    ("Is", "Have", "Your", "How"), or two short function words after its
    first ("Get The Latest News And Offers"), which names, offices and
    firms never do (one may: "Healthcare Services Of America"). Titles
    of works do ("the album Songs About Jane", "the song Dry Your Eyes"): a
    run before or after a word that names a work, after a possessive,
    opening with a quotation mark or that the story repeats is left alone,
    and so is every run of a story about works (songs, films, shows,
    poems), whose title-cased runs are titles. Quoted speech is checked:
    page text dropped into a quotation is no part of what was said.
    The run may end in a question or an exclamation mark ("How Much Does
    It Cost?") and hold a headline's colon ("Harbour Focus: Why Your Ferry
    Is Late"), though not open or end on one (a lead-in, "told Harbour
    Radio: ..."); any other sentence mark ends it. A run that opens a
    paragraph ends with the paragraph's first sentence, whose first word is
    capitalised too ("Why Your Phone Is Slower Shares fell..."): that word
    is left out of the run, and the marker must come after the run's first
    word, which may open a sentence ("How", "These").
    """

    params: ClassVar[dict[str, Any]] = {
        "min_words": 4,
        "max_words": 16,
    }

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        last_end = -1
        works: bool | None = None
        for start, _end in scan(doc, "text", _MARKER):
            if start < last_end:
                continue  # inside a run already read: a headline in capitals holds many markers
            found, last_end = self._run(text, start)
            if found is None:
                continue
            run_start, run_end = found
            if text.count(text[run_start:run_end]) > 1:
                continue
            if works is None:
                works = _WORKS_STORY.search(text) is not None
            if works:
                return
            last_end = run_end
            yield Hit(run_start, run_end)

    def _run(self, text: str, marker: int) -> tuple[tuple[int, int] | None, int]:
        """The title-cased run around the marker at `marker`, between two lower-case words or opening the line,
        or None; and where the run's words end, flagged or not."""
        line_start = text.rfind("\n", 0, marker) + 1
        line_end = text.find("\n", marker)
        line_end = len(text) if line_end < 0 else line_end
        window = max(line_start, marker - 160)
        before = text[window:marker].rstrip().split(" ")
        after = text[marker:min(line_end, marker + 160)].split(" ")
        # Walk left over title-cased words to the lower-case word that opens the run.
        left: list[str] = []
        while before and (_cap(before[-1]) or before[-1] in MINOR):
            left.append(before.pop())
        while left and left[-1] in MINOR:  # the run opens on a capitalised word
            before.append(left.pop())
        # A run that opens the line has the story's sentence after it: its first word is capitalised too.
        opening = not before and window == line_start
        if not opening and (not before or not _prose_word(before[-1])):
            return None, marker
        # Walk right over title-cased words to the lower-case word after the run.
        right: list[str] = []
        while after and (_cap(after[0]) or after[0] in MINOR):
            right.append(after.pop(0))
        if after and _last(after[0]):
            right.append(after.pop(0))
        reach = marker + sum(len(w) + 1 for w in right)
        while right and right[-1] in MINOR:
            after.insert(0, right.pop())
        next_word = after[0].rstrip(",.;:!?") if after else ""
        if not _prose_word(next_word):
            return None, reach  # the word after may close the sentence or a clause ("...Sell Out Fast quarter, the")
        if opening:  # the sentence's first word ends the run ("...Near a Deal Shares fell")
            if not right or _last(right[-1]):
                return None, reach
            after.insert(0, right.pop())
            while right and right[-1] in MINOR:
                after.insert(0, right.pop())
        words = left[::-1] + right
        if words[-1].endswith(":") or words[0].endswith(":"):
            return None, reach  # a lead-in ("...told Harbour Radio: ..."), not a headline
        if not self.p["min_words"] <= len(words) <= self.p["max_words"]:
            return None, reach
        if not (any(w in _MARKER_SET for w in words) or any(w in _INNER_SET for w in words[1:])
                or sum(1 for w in words[1:] if w in _TITLED_MINOR) >= 2):
            return None, reach
        if words[0][0] in "‘“\"'" or not opening and before[-1] in _WORK_NOUNS or next_word in _WORK_NOUNS:
            return None, reach  # a work's title, quoted or named as one ("the album Songs About Jane")
        if any(w.endswith(("'s", "’s")) for w in left) or words[-1].endswith(("'s", "’s")):
            return None, reach  # a title after a possessive ("Ice Cube's You Can Do It"), a name owning ("The We Company's")
        run_start = marker - sum(len(w) + 1 for w in left)
        run_end = marker + sum(len(w) + 1 for w in right) - 1
        return (run_start, run_end), reach


def _prose_word(word: str) -> bool:
    """True for a lower-case word of prose: letters only, no sentence mark after it."""
    return bool(word) and word[0].islower() and word.replace("'", "").replace("’", "").replace("-", "").isalpha()
