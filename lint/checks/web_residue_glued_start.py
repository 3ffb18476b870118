"""Page text glued to the start of a paragraph, before its first sentence.

A scraper that joins a page's blocks without a break glues a label, a
link or a byline to the paragraph that follows it: "Email a FriendPolice
arrested a man...", "Health News The council voted...". The join is
found by its shape, not by the label's words: a lower-case letter run
into a capital inside one unknown word, or a word that opens sentences
("The", "It", "On Monday,") capitalised in the middle of the first clause.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any, ClassVar

import re2

from lint.checks.base import Check
from lint.checks.web_residue_lead import SHAPED, shaped_candidate, shaped_lead
from lint.checks.web_residue_shapes import LABEL_MINOR, LINK_WORDS, NO_END
from lint.document import Document
from lint.findings import Hit
from lint.frequency import zipf
from lint.rules.scan import scan

#: Words that open a sentence before a lower-case word ("The move", "It was"); capitalised in the
#: middle of a clause they start a new sentence. "He", "I", "A" and "An" are left out: they are
#: also names and labels ("Vice Premier He said", "World War I was").
_DETERMINERS = frozenset({"The", "This", "These", "Those", "Its", "Their", "His", "Her", "Our", "It", "She", "They",
                          "We", "There"})
#: Words that open a sentence with an adverbial ("On Monday, the...", "Yesterday, police..."):
#: a comma must close the adverbial, since a title may hold them ("Made In Chelsea star...").
_ADVERBIALS = frozenset({"On", "In", "At", "As", "After", "Before", "During", "Under", "Amid", "Within", "Yesterday",
                         "Today", "Earlier", "Last", "Meanwhile", "However", "When", "While", "Since", "Despite",
                         "According", "Although", "Following"})
#: Adverbs that are a whole adverbial: the comma comes right after them ("Yesterday, police..."); a
#: name may hold them otherwise ("BBC Radio 4's Today programme").
_ADVERBS = frozenset({"Yesterday", "Today", "Earlier", "Meanwhile", "However"})
#: Adverbial openers that are prepositions: one title-cased word before one may start a title.
_PREPOSITIONS = frozenset({"On", "In", "At", "As"})

#: A time closed by a comma after "In", "On" or "At": the adverbial that opens a sentence ("...In 2014, the",
#: "...On Friday, police"), never a title's words.
_TIME_PHRASE = re.compile(
    r" (?:(?:early|late|mid-?)?(?:1[89]|20)\d\d|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
    r"(?: (?:morning|afternoon|evening|night))?|(?:January|February|March|April|May|June|July|August|September"
    r"|October|November|December)(?: \d{1,2}(?:st|nd|rd|th)?)?(?: (?:1[89]|20)\d\d)?"
    r"|\d{1,2}(?:st|nd|rd|th)? (?:January|February|March|April|May|June|July|August|September|October"
    r"|November|December)(?: (?:1[89]|20)\d\d)?),")
#: Titles that open a sentence before a surname ("Mr Camus said"): after a label they start the sentence.
_HONORIFICS = frozenset({"Mr", "Mrs", "Ms", "Dr"})

_OPENERS = "|".join(sorted(_DETERMINERS | _ADVERBIALS | _HONORIFICS))
#: Words that open a sentence and end no name: glued to a word before them ("ColonyMr Howard said",
#: "obituariesHe will") they show the join even where that word is a rare name ("TillyUnder the act").
_SENTENCE_WORDS = _DETERMINERS | _ADVERBIALS | frozenset({"He", "Mr", "Mrs", "Ms", "Dr", "If", "With"})
#: A paragraph's first clause (no sentence mark, comma or semicolon; a full stop only after an
#: initial or abbreviation, "St. Lucia") up to the first candidate join: a lower-case letter run into
#: a capital ("FriendPolice"), an opener after a space or glued to a label ("News The", "500The"),
#: or a quotation opening after a label ("Announcement“Thai"). One pass over the text.
_CLAUSE = r"(?:[^\n.!?;,]|\p{Lu}\p{Ll}?\.)"
_JOINS = (r"(?:\p{Ll}\p{Lu}(?:\p{Ll}|[ \t]\p{Ll})"
          r"|(?:[\p{L}\p{N}'’)\]:][ \t]+|[\p{Ll}\p{N})\]]|\p{Lu}\p{Lu})(?:" + _OPENERS + r")(?:[ \t]+[\p{L}\p{N}]|,)"
          r"|[\p{L}\p{N})\]](?:[ \t]+)?[“\"]\p{Lu}|\p{Lu}{3}\p{Ll})")
_LEAD = re2.compile(r"(?m)^" + _CLAUSE + "*?" + _JOINS)
#: The next candidate join in the same clause, when the first one was none.
_NEXT = re2.compile(_JOINS)
#: The paragraph's first clause.
_FIRST_CLAUSE = re2.compile(_CLAUSE + "*")
#: Runs of letters (Python's re: faster than re2 for a whole story's findall).
_LETTERS = re.compile(r"[^\W\d_]+")
#: The start of a sentence's clause past an adverbial: its comma before any sentence mark.
_CLAUSE_COMMA = re2.compile(r"^[^.!?;:\n]*?,[ \t]")
#: A quotation's words up to its closing mark.
_QUOTED = re2.compile(r"^[^\"”\n]*[\"”]")
#: A sentence's first word after a join: one of `_SENTENCE_WORDS`, or an article before a lower-case word.
_OPENING = re.compile(r"(?:" + "|".join(sorted(_SENTENCE_WORDS)) + r")\b|An? [a-z]")
#: Particles that open surnames run together in capitals ("MacSharry", "VanGarlem", "DelGado").
_PARTICLES = frozenset("mac van von der den del della ten ter fitz dos das".split())
#: Verbs of attribution: a lead ending in one introduces a quotation ("Lawson said"), it is no label.
_SPEECH_VERBS = frozenset("said says added adds told asked wrote writes stated explained tweeted".split())
_CODE_BEFORE = frozenset("#@/._-'’\\")
#: A company's name going on after a camel-case word: a few capitalised words, then a corporate designator
#: ("PaineWebber Group Inc", "BlackRock Capital Management LLC").
_COMPANY_GOES_ON = re.compile(r"(?: [A-Z][\w&.'’-]*){0,3}? (?:Inc|Corp|Co|Ltd|Plc|PLC|LLC|LLP|Group|Holdings|AG|SA|NV|GmbH)\b")
#: Words that open or link a clause, never a label's: "But Mr Straw denied", "Neither Mr Howard nor...".
_FUNCTION_WORDS = (NO_END | LINK_WORDS | LABEL_MINOR | frozenset(w.casefold() for w in _SENTENCE_WORDS)
                   | frozenset("neither either even only also just not no every each all both some any many most "
                               "much such dear here now why how what who do does did".split()))


def token_start(text: str, join: int) -> int:
    """The start of the word glued at `join`."""
    head = join
    while head > 0 and text[head - 1].isalpha():
        head -= 1
    return head


def _recurs(text: str, pos: int) -> bool:
    """True when the word at `pos` is used elsewhere in the story, as a whole word in the same case."""
    word = _LETTERS.match(text, pos)
    if word is None:
        return False
    found = text.find(word.group())
    while found >= 0:
        end = found + len(word.group())
        if found != pos and not text[found - 1:found].isalpha() and not text[end:end + 1].isalpha():
            return True
        found = text.find(word.group(), end)
    return False


#: A name's capitalised words after "The" ("The National Highway Traffic Safety Administration (NHTSA)").
_NAME_WORDS = re.compile(r"(?:[A-Z][\w'’&.-]*|\([A-Z]+\)|of|and|for|the)(?: |$)")


def _name_recurs(text: str, pos: int) -> bool:
    """True when any capitalised word of the name at `pos` is used elsewhere in the story (`_recurs`)."""
    for _ in range(8):
        word = _NAME_WORDS.match(text, pos)
        if word is None:
            return False
        if (text[pos].isupper() or text[pos] == "(") and _recurs(text, pos + (text[pos] == "(")):
            return True
        pos = word.end()
    return False


class GluedStart(Check):
    """Flag page text glued to the start of a paragraph, before its first sentence.

    Why it matters: a label, a link, a byline or another story's headline
    glued to the paragraph that follows it ("Email a FriendPolice arrested
    a man", "Health News The council voted") reads as part of the story
    and is printed with it. The join lies within the paragraph's first
    clause (no sentence mark or comma), and the text before it must read as
    a label: at most `max_lead_words` words, each capitalised but short
    function words, or at most `max_plain_words` words in any case (any
    words before a determiner and a lower-case word, "More about text
    formats The company", which no clause holds), not a lead-in ending in a
    colon or an attribution verb, not a speaker's initials, not quoted speech.
    The join itself is one of: a lower-case letter run into a capitalised
    word inside one word that no dictionary knows and the story uses once,
    with a common word of at least `min_head` letters before the join
    ("UsernameLeonov"; "McDonald", "DeSantis", "iPhone" and "PlayStation"
    are left alone, and so is one such word opening the paragraph, a name
    such as "SolarWinds", unless a sentence's first word follows the join,
    "ShareThe council", or the story uses the part after the join alone:
    "UsernameLeonov ... Leonov said"), and never when a company's name goes
    on after it ("Stevens of PaineWebber Group Inc said"); a label in capitals run into a
    capitalised word ("EYE POPPINGHe"); a determiner or pronoun that opens a
    sentence, capitalised in mid-clause before a lower-case word ("...News
    The council"; before a name it may be a title's, "Meet The Fockers", so
    "Dashboard The National..." is flagged only when a capitalised word of
    the name, or its abbreviation in brackets, comes back in the story, and
    the label's words do not: `_unseen_label`); an adverbial closed by a comma
    ("...article On Tuesday, the"), which a title such as "Made In Chelsea
    star" is not (after a one-word label, only a time closes it: "Weather
    In 2019, the"); or a quotation opening right after the label. What
    follows the join must be a sentence of at least `min_rest_words` words.
    The label is flagged. Bylines, credits, date stamps and counters are
    found by their own shape first (`web_residue_lead`).
    """

    params: ClassVar[dict[str, Any]] = {
        "max_lead_words": 12,
        #: A label in sentence case ("Menu mobile") has at most this many words.
        "max_plain_words": 2,
        #: A lone word in capitals this short before a space is a speaker's initials ("MS We did...").
        "max_initials": 3,
        "min_rest_words": 6,
        "min_head": 3,
        #: A camel-case word opening the paragraph is a label run into the sentence when the part before the
        #: join is a common word at least this long ("AccessibilityHarbour traders"), longer than a brand's.
        "min_label_head": 8,
        #: The label's last word, glued on, must be at least this common (Zipf): "FoodTyphoon".
        "head_zipf": 3.0,
        #: A glued word at least this common (Zipf) is a real word or a brand ("PlayStation").
        "known_word_zipf": 1.5,
        #: An adverbial's comma must come within this many words of it.
        "max_adverbial_words": 10,
        #: A quotation opening after a label must hold at least this many words.
        "min_quote_words": 4,
        #: A one-word label in capitals glued to a capitalised word has at least this many letters.
        "min_capitals": 6,
        #: A byline or a credit glued before a sentence names at most this many people or outlets.
        "max_names": 8,
        #: A label before a sentence that opens with a name or a quotation has at most this many words...
        "max_named_words": 2,
        #: ...none used elsewhere in the story: a word is used when a word of the story opens with its
        #: first `stem` letters (all of a shorter one).
        "stem": 5,
        "skip_blocks": ["title", "heading", "caption", "table-cell", "list-item", "quote"],
    }

    def __init__(self, rule: Any, params: Any) -> None:
        super().__init__(rule, params)
        self._skip = frozenset(self.p["skip_blocks"])
        zipf("the")  # load the word frequencies now, not while linting the first story

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        flagged: set[int] = set()
        for para in doc.blocks:
            start = para.start
            if not shaped_candidate(text, start) or para.kind in self._skip:
                continue
            line_end = text.find("\n", start, para.end)
            line_end = para.end if line_end < 0 else line_end
            shaped = SHAPED.match(text[start:min(line_end, start + 200)])
            if shaped is None:
                continue
            lead_end = shaped_lead(text, start, start + shaped.end(1), line_end, self.p["max_names"])
            if lead_end is not None and self._sentence_after(text, lead_end, para.end):
                flagged.add(start)
                yield Hit(start, lead_end)
        counts: Counter[str] | None = None
        for start, end in scan(doc, "text", _LEAD):
            block = doc.block_at(start)
            if block is None or block.start != start or block.kind in self._skip or start in flagged:
                continue
            found = self._join(text, start, end, block.end)
            if found is None:  # the first candidate is none: try the others in the clause
                # (re2 is called on slices: given a position in the whole text, it encodes all of it.)
                clause = _FIRST_CLAUSE.match(text[start:min(block.end, start + 400)])
                rest = text[end - 1:min(block.end, start + (clause.end() if clause else 0) + 3)]
                nxt = _NEXT.search(rest)
                while found is None and nxt is not None:
                    found = self._join(text, start, end - 1 + nxt.end(), block.end)
                    nxt = _NEXT.search(rest, nxt.end() - 1)
            if found is None:
                continue
            join, kind = found
            camel = kind == "camel"
            lead = text[start:join].rstrip()
            spaced = text[join - 1:join].isspace()
            # a quotation glued on with no space ends whatever came before it, in any case, and so does a
            # sentence's opening word run into it ("...a quiet summerA survey found", "...near BerlinMr Howard")
            # so does a sentence's first word run into the lead with no space ("...near BerlinA campaign"), in any case
            any_case = (kind in ("determiner", "named") or kind == "quote" and not spaced
                        or camel and _OPENING.match(text, join) is not None)
            if not self._label(lead, spaced, any_case):
                continue
            if len(text[join:min(block.end, join + 200)].split()) < self.p["min_rest_words"]:
                continue
            if kind == "capitals" and not self._capitals(text, start, join):
                continue
            if camel:  # the glued word must be unknown, and used once (a brand's name recurs)
                token = self._token(text, start, join)
                if token is None:
                    continue
                if counts is None:
                    counts = Counter(w.casefold() for w in _LETTERS.findall(text))
                if token_start(text, join) == start and not self._opening_label(text, join):
                    continue
                if counts[token.casefold()] > 1 or self._named(doc, counts, text[start:token_start(text, join)],
                                                               text[token_start(text, join):join]):
                    continue
            yield Hit(start, start + len(lead))

    def _capitals(self, text: str, start: int, join: int) -> bool:
        """True when a label set in capitals runs into a capitalised word ("EYE POPPINGHe said").

        The label is all capitals, two words or one of at least
        `min_capitals` letters (a speaker's initials or an acronym's plural,
        "MPs", are none), and the glued word is no known word and is used
        once in the story ("ADVERTORIALChelsea"; a brand such as "HBOMax"
        recurs).
        """
        lead = text[start:join]
        if not lead.isupper() or len(lead.split()) < 2 and len(lead.strip()) < self.p["min_capitals"]:
            return False
        head = token_start(text, join)
        tail = join
        while tail < len(text) and text[tail].isalpha():
            tail += 1
        token = text[head:tail]
        return zipf(token.lower()) < self.p["known_word_zipf"] and text.count(token) == 1

    def _sentence_after(self, text: str, pos: int, end: int) -> bool:
        """True when a sentence of at least `min_rest_words` words, with a lower-case word, follows `pos`."""
        words = text[pos:min(end, pos + 200)].split()
        return len(words) >= self.p["min_rest_words"] and any(w[0].islower() for w in words)

    def _opening_label(self, text: str, join: int) -> bool:
        """True when one camel-case word opening the paragraph is a label glued to the sentence's first word.

        A name such as "SolarWinds said" is one word; a label run into the
        sentence leaves a sentence's opening word after the join ("ShareThe
        council", "ColonyMr Howard") or a name the story uses on its own
        elsewhere ("UsernameLeonov ... Leonov said"), while the label's word
        appears nowhere else (`_named`). A common word of at least
        `min_label_head` letters before the join is a label too
        ("AccessibilityHarbour traders"): a brand joins shorter words
        ("PlayStation", "BlackRock", "PaineWebber", "HarbourMaster"), and a
        known brand with a longer first part is a known word
        ("DaimlerChrysler", "CenturyLink"), which `_token` leaves alone.
        """
        word = _LETTERS.match(text, join)
        if word is None:
            return False
        if word.group() in _SENTENCE_WORDS or _recurs(text, join):
            return True
        head = text[token_start(text, join):join]
        return len(head) >= int(self.p["min_label_head"])

    def _named(self, doc: Document, counts: Counter[str], before: str, head: str) -> bool:
        """True when the label's words are the story's own: a name the story uses elsewhere.

        A label from elsewhere on the page shares no names with the story; a
        company's name run together ("Colonial BancGroup", "PaineWebber")
        comes back in the headline ("COLONIAL TO ACQUIRE...", "PAINE WEBBER")
        or the text. The glued word's first part counts once it stands alone
        anywhere in the same case ("Paine"; "loss" in the story does not make
        "Weight LossFactors" a name); a capitalised word before it, when it
        occurs twice or opens a word of the headline ("HEALTHCARE" for
        "National Health").
        """
        if counts[head.casefold()] > 0 and re.search(rf"\b{re.escape(head)}\b", doc.text) is not None:
            return True
        words = [w.casefold() for w in _LETTERS.findall(before) if w[0].isupper() and len(w) >= self.p["min_head"]]
        if any(counts[w] > 1 for w in words):
            return True
        title = next((b for b in doc.blocks if b.kind == "title"), None)
        if title is None:
            return False
        heads = [t.casefold() for t in _LETTERS.findall(doc.text[title.start:title.end])]
        return any(t.startswith(w) for w in (*words, head.casefold()) for t in heads)

    def _label(self, lead: str, spaced: bool, any_case: bool) -> bool:
        """True when the text before the join reads as a label, a byline or a headline, not a clause.

        A lead-in ending in a colon introduces what follows ("NOTE: The", a
        speaker's "NG: We"), and so do a speaker's initials ("MS We did").
        `any_case` takes a lead in sentence case of any length, for a join
        that no clause holds (a determiner opening a sentence mid-clause).
        """
        words = lead.split()
        if not words or lead[0] in "\"“‘'(<" or len(words) > self.p["max_lead_words"]:
            return False
        if spaced and (lead[-1] == ":" or len(words) == 1 and lead.isupper() and len(lead) <= self.p["max_initials"]):
            return False
        if words[-1].casefold() in LABEL_MINOR or words[-1].casefold() in _SPEECH_VERBS:
            return False  # a title going on ("Chorton And The Wheelies"), an attribution ("Lawson said")
        return any_case or len(words) <= self.p["max_plain_words"] or all(
            w[0].isupper() or not w[0].isalpha() or w.casefold() in LABEL_MINOR for w in words)

    def _join(self, text: str, start: int, end: int, block_end: int) -> tuple[int, str] | None:
        """Where the first sentence starts in a candidate lead and whether it is a camel-case join, or None."""
        if text[end - 2] in "“\"":
            quote = _QUOTED.search(text[end - 1:min(block_end, end + 300)])
            if quote is None or len(quote.group().split()) < self.p["min_quote_words"]:
                return None  # a nickname or a title in quotation marks, not a quotation
            if text[end - 3].isspace():  # 'He said "...', 'Disasters "I believe...'
                return (end - 2, "named") if self._unseen_label(text, start, end - 2) else None
            return end - 2, "quote"
        if text[end - 4:end - 1].isupper():
            return end - 2, "capitals"  # "...EYE POPPINGHe said"
        if text[end - 2].isupper():
            return end - 2, "camel"  # "...FriendPolice"
        if text[end - 2].isspace() and text[end - 3].isupper() and text[end - 1].islower():
            return end - 3, "camel"  # "...lifeA child"
        after = end - 1  # the letter or comma after the opener
        stop = after
        while text[stop - 1].isspace():
            stop -= 1
        opener_start = stop
        while opener_start > start and text[opener_start - 1].isalpha() and not (
                text[opener_start - 1].isupper() and text[opener_start].isupper()):
            opener_start -= 1
        opener = text[opener_start:stop]
        lead = text[start:opener_start].split()
        if not lead:
            return None
        if opener in _DETERMINERS or opener in _HONORIFICS:
            if opener in _DETERMINERS and text[after].islower():
                return opener_start, "determiner"
            # before a name it may be a title's ("Meet The Fockers", "Scorsese's The Aviator"), or the honorific
            # a name's own: a label only when the story never uses its words
            if not text[after].isupper() or opener in _DETERMINERS and not _name_recurs(text, after):
                return None  # a title's words ("Comedy Meet The Harbourmen topped...") come once
            return (opener_start, "named") if self._unseen_label(text, start, opener_start) else None
        if opener in _ADVERBS and text[stop:stop + 1] != ",":
            return None
        if opener in _PREPOSITIONS and len(lead) == 1 and lead[0].istitle() and _TIME_PHRASE.match(text, stop) is None:
            return None  # a title's first words ("Made In Chelsea star..."), not a label and a sentence
        comma = _CLAUSE_COMMA.search(text[stop:min(block_end, stop + 200)])
        if comma is None or comma.group().count(" ") > self.p["max_adverbial_words"] + 1:
            return None
        if any(w[0].isupper() and w.casefold() in LABEL_MINOR for w in comma.group().split()):
            return None  # a heading in title case going on ("...For Playing On A TV, But...")
        return opener_start, "adverbial"

    def _unseen_label(self, text: str, start: int, join: int) -> bool:
        """True when the words before a sentence opening with a name or a quotation are a label of the page.

        "Dashboard The National Highway...", "GDPR Commitment Mr Camus
        said", "Disasters "I believe...": at most `max_named_words` words, a
        capitalised one (or one word in lower case, "postfix"), none a word
        that opens or links a clause ("But Mr Straw"), a possessive
        ("Scorsese's The Aviator"), a word in -ing or -ly ("Analysing Mr
        Brown's...", "Originally "Jerry's Guide..."") or one in -ed of five
        letters or more ('Asked "Will you stand?"...', "dubbed"; "Live Feed"
        is a label), and none used anywhere else in the story, in any form
        (its first letters, up to `stem`): a description or a title before
        a name is the story's and comes back ("Comedy Meet The Fockers ...
        the comedy"). The words of a scraped label belong to another page.
        """
        words = text[start:join].split()
        if not 0 < len(words) <= self.p["max_named_words"] or len(words) == 2 and not words[1][0].isupper():
            return False
        if not (words[0][0].isupper() or len(words) == 1 and words[0].isalpha()):
            return False
        for word in words:
            folded = word.casefold()
            if (folded in _FUNCTION_WORDS or "'" in word or "’" in word or folded.endswith(("ing", "ly"))
                    or len(word) > 4 and folded.endswith("ed")):
                return False
        stems = [w for w in _LETTERS.findall(" ".join(words)) if len(w) >= 3]
        if not stems:
            return False  # "Do They Know It's Christmas": too short to tell
        rest = f"{text[:start]} {text[join:]}".casefold()
        for letters in stems:
            stem = letters[:self.p["stem"]].casefold()
            pos = rest.find(stem)
            while pos >= 0:
                if pos == 0 or not rest[pos - 1].isalpha():
                    return False
                pos = rest.find(stem, pos + 1)
        return True

    def _token(self, text: str, start: int, join: int) -> str | None:
        """The glued word at `join` when it is no known word ("FriendPolice"), else None."""
        head = join
        while head > start and text[head - 1].isalpha():
            head -= 1
        if head > start and text[head - 1] in _CODE_BEFORE:
            return None  # a hashtag, handle, address or code
        tail = join
        while tail < len(text) and text[tail].isalpha():
            tail += 1
        left = text[head:join]
        if len(left) < self.p["min_head"] or not left[1:].islower():
            return None  # "McDonald", "DeSantis", "iPhone", "GlaxoSmithKline"
        opener = text[join:tail] in _SENTENCE_WORDS
        token = text[head:tail]
        if zipf(token.lower()) >= self.p["known_word_zipf"]:
            return None
        if left.casefold() in _PARTICLES or not opener and zipf(left.lower()) < self.p["head_zipf"]:
            return None  # a part of a name ("MacSharry", "PaineWebber"), not a label word such as "Username"
        if not opener and _COMPANY_GOES_ON.match(text, tail):
            return None  # a company's name ("Stevens of PaineWebber Group Inc said"), not a label and a sentence
        return token
