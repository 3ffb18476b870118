"""One story, two forms: dotted and bare initialisms, British and American spellings, names spelled two ways.

Each detector groups the forms a story uses for the same thing, and when
both occur, flags the occurrences of the less used form with the story's
majority form as the suggestion (on a tie, the form used first sets the
style; for spellings, the story's other spellings decide first). Copy editors check this by eye; a mix tells readers nobody did.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property, lru_cache
from itertools import chain
from typing import Any

from lint.checks.base import Check
from lint.document import Document
from lint.errors import RuleError
from lint.findings import Hit, Severity
from lint.rules.model import Rule
from lint.rules.patterns import compile_regex
from lint.rules.scan import scan


@dataclass(frozen=True)
class _Use:
    """One occurrence of a form: where, which side, and how it reads in the other form."""

    start: int
    end: int
    side: str
    other: str


def _minority(uses: Sequence[_Use]) -> tuple[list[_Use], list[_Use]]:
    """(minority, majority) occurrences of a two-sided group; on a tie the later-used side loses."""
    sides: dict[str, list[_Use]] = defaultdict(list)
    for use in uses:
        sides[use.side].append(use)
    (a, first), (b, second) = sorted(sides.items(), key=lambda kv: kv[1][0].start)
    if len(second) > len(first):
        return first, second
    return second, first


# -- U.S. / US ------------------------------------------------------------

_DOTTED = compile_regex(r"\b(?:[A-Z]\.){2,3}", ignorecase=False, where=(__file__, None, "_DOTTED"))
_BARE = compile_regex(r"\b[A-Z]{2,3}\b", ignorecase=False, where=(__file__, None, "_BARE"))
# After a bare initialism: a currency ("US$5") or a code ("US.5", "U.S.A" parts), not the initialism.
_NOT_INITIALISM = re.compile(r"[$.]?\d|\$|\.[A-Z]")
_LETTER = re.compile(r"[^\W\d_]")


class DottedInitialism(Check):
    """Flag an initialism written both with and without periods: "U.S." and "US", "U.N." and "UN".

    Why it matters: house styles pick one ("U.S." for AP, "US" for most
    British papers); a story with both looks unedited. The title block is not
    counted (headlines often drop the periods by convention), nor are lines
    in capitals, nor currency forms such as "US$".
    """

    params = {"ignore": ["AM", "PM", "AD", "BC"]}

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        groups: dict[str, list[_Use]] = defaultdict(list)
        for start, end in scan(doc, "text", _DOTTED):
            bare = text[start:end].replace(".", "")
            if bare not in self.p["ignore"]:
                groups[bare].append(_Use(start, end, "dotted", bare))
        if not groups:
            return
        for start, end in scan(doc, "text", _BARE):
            word = text[start:end]
            if word in groups and not _NOT_INITIALISM.match(text, end):
                groups[word].append(_Use(start, end, "bare", ".".join(word) + "."))
        for found in groups.values():
            if len({u.side for u in found}) < 2:
                continue
            uses = sorted((u for u in found if self._counted(doc, u.start, u.end)), key=lambda u: u.start)
            if len({u.side for u in uses}) < 2:
                continue
            minority, majority = _minority(uses)
            seen = text[majority[0].start:majority[0].end]
            for use in minority:
                yield Hit(use.start, use.end, replacements=(use.other,), values={"other": seen})

    @staticmethod
    def _counted(doc: Document, start: int, end: int) -> bool:
        """False in the title block and in lines set in capitals (headline conventions)."""
        block = doc.block_at(start)
        if block is None or block.kind in ("title", "heading"):
            return False
        line_start = doc.text.rfind("\n", block.start, start) + 1 or block.start
        line_end = doc.text.find("\n", end, block.end)
        line = doc.text[max(line_start, block.start):line_end if line_end >= 0 else block.end]
        letters = _LETTER.findall(line)
        upper = sum(1 for c in letters if c.isupper())
        return not (len(letters) >= 12 and upper > 0.6 * len(letters))


# -- British / American spelling -----------------------------------------

@dataclass(frozen=True)
class _Spelling:
    """A word's spelling family, its side, and the same word in the other spelling."""

    family: str
    british: bool
    other: str


def _pairs(stems: str, british: Sequence[str], american: Sequence[str]) -> dict[str, tuple[str, str]]:
    """British -> American word pairs for each stem, with matching endings."""
    out: dict[str, tuple[str, str]] = {}
    for stem in stems.split():
        for b, a in zip(british, american, strict=True):
            out[stem + b] = (stem + a, stem)
    return out


# Families whose ending differs: -our/-or, -re/-er, -ence/-ense, doubled l.
_OUR_ENDS = ("", "s", "ed", "ing", "ful", "fully", "less", "ist", "ists", "ite", "ites", "able", "ably", "er", "ers",
             "hood", "hoods", "ly", "al", "ally", "y", "ies", "ings")
_LL_ENDS = ("ed", "ing", "er", "ers", "or", "ors", "ous", "ist", "ists")
_LL_STEMS = ("trave cance labe mode fue leve signa counse marve channe tunne tota dia quarre riva equa swive grove "
             "shove snorke pane penci due jewe libe initia barre")
_TABLE: dict[str, tuple[str, str]] = {
    **_pairs("colo flavo favo hono humo labo neighbo rumo vigo behavio harbo armo endeavo savo odo parlo vapo clamo "
             "splendo tumo ardo cando rigo valo fervo demeano savio succo",
             [f"ur{e}" for e in _OUR_ENDS], [f"r{e}" for e in _OUR_ENDS]),
    # "metre" alone is in _WORDS: a British "meter" is a measuring device, American only as a unit (_in_context).
    **_pairs("cent theat fib lit calib somb spect lust sab meag scept goit kilomet centimet millimet",
             ("re", "res", "red", "ring"), ("er", "ers", "ered", "ering")),
    **_pairs("defen offen preten", ("ce", "ces", "celess"), ("se", "ses", "seless")),
    **_pairs(_LL_STEMS,
             [f"ll{e}" for e in _LL_ENDS], [f"l{e}" for e in _LL_ENDS]),
}
# Single words, with their inflections where they have any.
_WORDS = """
grey gray | greys grays | greyer grayer | greying graying | greyish grayish
aluminium aluminum | plough plow | ploughs plows | ploughed plowed | ploughing plowing
mould mold | moulds molds | moulded molded | mouldy moldy | smoulder smolder | smouldering smoldering | smouldered smoldered
moustache mustache | moustaches mustaches | pyjama pajama | pyjamas pajamas | sceptic skeptic | sceptics skeptics
paedophile pedophile | paedophiles pedophiles | paedophilia pedophilia
sceptical skeptical | scepticism skepticism | ageing aging
acknowledgement acknowledgment | acknowledgements acknowledgments | manoeuvre maneuver | manoeuvres maneuvers
manoeuvred maneuvered | manoeuvring maneuvering | paediatric pediatric | paediatrician pediatrician
paediatricians pediatricians | haemorrhage hemorrhage | anaemia anemia | anaemic anemic | anaesthetic anesthetic
anaesthetics anesthetics | anaesthesia anesthesia | leukaemia leukemia | diarrhoea diarrhea | oestrogen estrogen
foetus fetus | foetal fetal | orthopaedic orthopedic | encyclopaedia encyclopedia | gynaecologist gynecologist
gynaecology gynecology | haemoglobin hemoglobin | cosy cozy | jewellery jewelry | catalogue catalog
catalogues catalogs | catalogued cataloged | artefact artifact | artefacts artifacts | sulphur sulfur
yoghurt yogurt | omelette omelet | enrol enroll | enrols enrolls | enrolment enrollment | enrolments enrollments
fulfil fulfill | fulfils fulfills | fulfilment fulfillment | instalment installment | instalments installments
skilful skillful | skilfully skillfully | wilful willful | wilfully willfully | distil distill | likeable likable
sizeable sizable | aeroplane airplane | aeroplanes airplanes | programme program | programmes programs
metre meter | metres meters | licence license | licences licenses | dialogue dialog | dialogues dialogs
"""
_TABLE.update({b: (a, a) for b, a in (pair.split() for pair in re.split(r"[|\n]", _WORDS) if pair.strip())})
# "co-operate" and "co-ordinate" (British, often) against "cooperate" and "coordinate".
_TABLE.update({
    f"co-{root}{end}": (f"co{root}{end}", f"co{root}")
    for root in ("operat", "ordinat")
    for end in ("e", "ed", "es", "ing", "ion", "ive", "ively", "ives", "or", "ors")
})
_AMERICAN = {american: (british, family) for british, (american, family) in _TABLE.items()}
# -ise/-ize and -yse/-yze, by rule: both spellings must occur in the story, so
# words that only have an -ise form ("precise", "exercise") never pair up.
_ISE = re.compile(r"([a-z]{3,}?)i([sz])(e|es|ed|ing|er|ers|ation|ations|able)")
_YSE = re.compile(r"([a-z]{2,}?)y([sz])(e|es|ed|ing|er|ers)")
# One RE2 pass finds every candidate word (RE2 matches a long alternation in linear time).
_CANDIDATE = compile_regex(
    r"\b(?:[a-z]{3,}i[sz](?:e|es|ed|ing|er|ers|ation|ations|able)|[a-z]{2,}y[sz](?:e|es|ed|ing|er|ers)|"
    + "|".join(sorted(set(_TABLE) | set(_AMERICAN), key=len, reverse=True))
    + r")\b",
    ignorecase=False,
    where=(__file__, None, "spelling table"),
)

#: The document memo's key for the spans of `_CANDIDATE` (both spelling rules read them).
_CANDIDATES = "consistency.spelling-candidates"


def _candidates(doc: Document) -> list[tuple[int, int]]:
    """The spans of the story's candidate words: one pass, shared by spelling-variant and
    spelling-convention (a second pass would cost as much as the first, and most stories have a few)."""
    spans = doc.memo.get(_CANDIDATES)
    if spans is None:
        spans = doc.memo[_CANDIDATES] = list(scan(doc, "text", _CANDIDATE))
    return spans


def _is_word(word: str) -> bool:
    """True for a word English uses (wordfreq has seen it)."""
    from lint.frequency import zipf

    return zipf(word) > 0


@lru_cache(maxsize=16384)
def _spelling(word: str) -> _Spelling | None:
    """The spelling family of a lowercase word, or None when it has no British/American variant."""
    if word in _TABLE:
        american, family = _TABLE[word]
        return _Spelling(family, True, american)
    if word in _AMERICAN:
        british, family = _AMERICAN[word]
        return _Spelling(family, False, british)
    if word.endswith("yses") and _is_word(word[:-4] + "ysis"):
        return None  # "analyses", "paralyses": also the plural of a noun, spelled so on both sides
    for pattern, vowel in ((_ISE, "i"), (_YSE, "y")):
        m = pattern.fullmatch(word)
        if m:
            stem, letter, ending = m.groups()
            other = "z" if letter == "s" else "s"
            return _Spelling(f"{stem}{vowel}z", letter == "s", f"{stem}{vowel}{other}{ending}")
    return None


class SpellingVariant(Check):
    """Flag a word spelled the British way in a story that spells it the American way, or the reverse.

    Why it matters: "organised" beside "organize", or "colour" beside
    "color", shows two writers or an unfinished edit. Words are grouped by
    family ("organise", "organised", "organisation"), so any mix within a
    family counts; different families may follow different conventions (the
    Oxford style writes "organize" but "analyse"). The -ise/-ize and
    -yse/-yze families are found by rule, the rest from a list of pairs.
    Only lowercase words count: a capitalised "Defense Department" or
    "Labour" is a name.
    """

    params = {}

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        families: dict[str, list[_Use]] = defaultdict(list)
        for start, end in _candidates(doc):
            form = _spelling(text[start:end])
            if form is not None and _counted(doc, start, form):
                families[form.family].append(_Use(start, end, "british" if form.british else "american", form.other))
        for family, uses in families.items():
            if len({u.side for u in uses}) < 2:
                continue
            if sum(u.side == "british" for u in uses) * 2 == len(uses):
                minority, majority = self._tie(doc, families, family, uses)
            else:
                minority, majority = _minority(uses)
            seen = doc.text[majority[0].start:majority[0].end]
            style = "American" if majority[0].side == "american" else "British"
            for use in minority:
                yield Hit(use.start, use.end, replacements=(use.other,), values={"other": seen, "style": style})


    @staticmethod
    def _tie(doc: Document, families: dict[str, list[_Use]], family: str, uses: Sequence[_Use]) -> tuple[list[_Use], list[_Use]]:
        """(minority, majority) of a family used as often each way: the story's other words decide, else the first use.

        "defense" then "defence" in a story that writes "destabilise" and
        "Mr Smith" is a British story with one slip, whichever came first.
        """
        others = [u.side for f, us in families.items() if f != family for u in us]
        style = _Style(doc)
        british = others.count("british") + len(style.british)
        american = others.count("american") + len(style.american)
        if british != american:
            lean = "british" if british > american else "american"
            return [u for u in uses if u.side != lean], [u for u in uses if u.side == lean]
        return _minority(uses)


# -- one word against the story's spelling convention ----------------------

# Families whose British form is also a standard American spelling
# ("cancelled", "travelling", "catalogue", "dialogue", "theatre", "grey"): never flagged
# in an American story, and no evidence of a British one.
_BRITISH_ALSO_AMERICAN = frozenset(
    _LL_STEMS.split()
    + "theat catalog catalogs cataloged gray grays grayer graying grayish airplane airplanes dialog dialogs".split()
)
# Families whose American form is also written in Britain (unhyphenated
# "coordinate" and "cooperate", "fetus" and "sulfur" in science): neither
# evidence of an American story nor flagged in a British one. "meter" and
# "license" are judged by their sense (_counted).
_AMERICAN_ALSO_BRITISH = frozenset({"cooperat", "coordinat", "fetus", "fetal", "sulfur"})
# "program" in every sense is standard in Australian English and was Reuters'
# style in otherwise British wire copy: no slip in a story that is otherwise
# British unless the story is written for readers in Britain (it counts money
# in pounds, or names a British broadcaster, whose broadcasts are
# "programmes"), the house declares British spelling, or the story also
# writes "programme" (spelling-variant's); software "program" is British too.
_COMMONWEALTH = frozenset({"program", "programs"})
_FOR_BRITAIN = re.compile(r"£|\b(?:BBC|ITV|Channel [45]|Radio [1-5])\b")


def _for_britain(text: str) -> bool:
    """Whether `_FOR_BRITAIN` matches the text, found by C-speed substring tests first: every match holds
    one of the literals, and a pattern opening on \\b is tried at every offset."""
    return "£" in text or (
        ("BBC" in text or "ITV" in text or "Channel " in text or "Radio " in text)
        and _FOR_BRITAIN.search(text) is not None
    )


# "airplane" is a word choice, not a spelling: kept as speakers said it, so never held against a story.
_WORD_CHOICE = frozenset({"airplane", "airplanes"})
#: An -ise/-ize or -yse/-yze word counts only when its other spelling is a word this common (wordfreq
#: Zipf): "organise"/"organize" do, "exercise" ("exercize") and "capsize" ("capsise") do not.
_OTHER_FORM_ZIPF = 2.0


#: An editor's mark that a quoted spelling is kept as written.
_SIC = re.compile(r"\s*[(\[]sic[)\]]", re.IGNORECASE)


#: A story's house style: courtesy titles without a period, amounts in "bn" and "m", day-month dates
#: and "whilst"/"learnt" are British; titles with a period, month-day dates and "toward" American.
#: Each pattern opens on a literal or a character class, so `re` skips to candidates at C speed.
_TITLE = re.compile(r"(?:Mr|Mrs|Ms|Dr)(\.?) [A-Z]")
_MONEY = re.compile(r"[£$€]\d[\d,.]*(?:bn|m)\b|£\d")
#: A month's full name, or its abbreviation with an optional period ("January", "Jan."): written as a
#: trie (full name before abbreviation), which `re` tries in a step or two at each capital.
_MONTH = re.compile(
    r"J(?:an(?:uary\b|\b\.?)|une\b|uly\b)|Feb(?:ruary\b|\b\.?)|M(?:arch|ay)\b|A(?:pril\b|ug(?:ust\b|\b\.?))"
    r"|Sept(?:ember\b|\b\.?)|Oct(?:ober\b|\b\.?)|Nov(?:ember\b|\b\.?)|Dec(?:ember\b|\b\.?)"
)
_DAY_BEFORE = re.compile(r"(?<![\d,.])\d{1,2} \Z")
_DAY_AFTER = re.compile(r" \d{1,2}\b")
#: Word choices of British and American writing (not spellings).
_BRITISH_WORDS = frozenset({"whilst", "amongst", "learnt", "spelt"})
_AMERICAN_WORDS = frozenset({"toward"})


@lru_cache(maxsize=1)
def _british_only() -> frozenset[str]:
    """British word choices, and British spellings from codespell's en-GB -> en-US dictionary that the spelling table does not pair.

    Evidence of a British story only ("storey", "maths", "judgement"):
    their American forms are often other words ("story", "math") or
    written in Britain too ("judgment"), so they are never flagged.
    """
    from importlib import resources

    path = resources.files("codespell_lib") / "data" / "dictionary_en-GB_to_en-US.txt"
    words = {line.split("->")[0].strip() for line in path.read_text(encoding="utf-8").splitlines() if "->" in line}
    return _BRITISH_WORDS | {w for w in words if w.isalpha() and w.islower() and _spelling(w) is None}


def _word_uses(doc: Document, words: frozenset[str], side: str) -> tuple[_Use, ...]:
    """Where the lowercase `words` stand in the story, found from its token set (most stories have none)."""
    found = words.intersection(doc.lower_tokens)
    uses = []
    for word in found:
        at = doc.text.find(word)
        while at >= 0:
            end = at + len(word)
            if not (at and doc.text[at - 1].isalnum()) and not (end < len(doc.text) and doc.text[end].isalnum()):
                uses.append(_Use(at, end, side, ""))
            at = doc.text.find(word, end)
    return tuple(uses)


class _Style:
    """The British and American house-style marks of a story (not spellings): evidence of its convention.

    Each side is worked out only when asked for: most stories are settled
    by one side's count, and the other side's patterns are never run.
    """

    def __init__(self, doc: Document) -> None:
        self.doc = doc

    @cached_property
    def _titles(self) -> tuple[list[_Use], list[_Use]]:
        """(titles without a period, titles with one)."""
        text = self.doc.text
        british: list[_Use] = []
        american: list[_Use] = []
        for m in _TITLE.finditer(text):
            if not (m.start() and text[m.start() - 1].isalnum()):
                (american if m.group(1) else british).append(_Use(m.start(), m.end() - 2, "", ""))
        return british, american

    @cached_property
    def _dates(self) -> tuple[list[_Use], list[_Use]]:
        """The first day-month date, and the first month-day one: a date format is one decision of the writer's."""
        text = self.doc.text
        british: list[_Use] = []
        american: list[_Use] = []
        for m in _MONTH.finditer(text):
            if m.start() and text[m.start() - 1].isalnum():
                continue
            day = _DAY_BEFORE.search(text, max(0, m.start() - 4), m.start())
            if day and not british:
                british.append(_Use(day.start(), m.end(), "", ""))
            elif not day and not american and _DAY_AFTER.match(text, m.end()):
                american.append(_Use(m.start(), m.end() + 3, "", ""))
            if british and american:
                break  # both firsts found: later dates change nothing
        return british, american

    @cached_property
    def british(self) -> tuple[_Use, ...]:
        money = [_Use(m.start(), m.end(), "", "") for m in _MONEY.finditer(self.doc.text)]
        return (*self._titles[0], *money, *self._dates[0], *_word_uses(self.doc, _british_only(), ""))

    @cached_property
    def american(self) -> tuple[_Use, ...]:
        words = _word_uses(self.doc, _AMERICAN_WORDS, "") if "toward" in self.doc.text else ()
        return (*self._titles[1], *self._dates[1], *words)


#: Computing words: beside them "program" is the British spelling too (software).
_SOFTWARE = re.compile(
    r"\b(?:comput\w*|software|PCs?|code|coders?|(?:anti-?)?virus\w*|malicious|malware|spyware|adware|worms?|hack\w*"
    r"|install\w*|download\w*|users?|desktops?|laptops?|handsets?|phones?|apps?|Windows|Linux|Mac|open[- ]source"
    r"|files?|programm(?:er|ers|ing)|firewalls?|encrypt\w*|peer-to-peer|browsers?|e-?mails?|chips?|operating system|developers?"
    r"|runs?|running)\b"
)
#: Broadcasting words: beside them a "program" is a British "programme", whatever the paragraph says of computers.
_BROADCAST = re.compile(r"\b(?:TV|television|radio|broadcast\w*|channels?|viewers?|listeners?|episodes?|BBC|ITV|Sky)\b")
#: A number before "meter(s)" makes it the unit that British copy spells "metre" (a British "meter" is a device).
_UNIT_BEFORE = re.compile(
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|fifty|hundred|thousand"
    r"|few|several|square|cubic))[- ]?\Z"
)


#: "license" is a noun (British "licence") after a determiner or before "fee"; the verb is "license" in Britain too.
_NOUN_BEFORE = re.compile(r"\b(?:a|an|the|his|her|its|their|our|your|my|this|that|no|whose)\s+(?:[\w-]+\s+)?\Z")
_NOUN_AFTER = re.compile(r"\s+(?:fees?|holders?|payers?)\b")


def _counted(doc: Document, start: int, form: _Spelling) -> bool:
    """False for an American form used in a sense British copy spells the same way: software, a meter, a verb.

    A "program" is software when its paragraph speaks of computers and no
    broadcasting word stands near it ("radio program", "programs already
    broadcast on their PC" are British "programmes").
    """
    if form.british:
        return True
    if form.family in ("program", "programs", "dialog", "dialogs"):
        block = doc.block_at(start)
        if block is None or _BROADCAST.search(doc.text, max(block.start, start - 30), min(block.end, start + 40)):
            return True
        return not _SOFTWARE.search(doc.text, block.start, block.end)
    if form.family in ("meter", "meters"):
        return bool(_UNIT_BEFORE.search(doc.text, max(0, start - 12), start))
    if form.family in ("license", "licenses"):
        end = start + len(form.family)
        return bool(_NOUN_BEFORE.search(doc.text, max(0, start - 30), start) or _NOUN_AFTER.match(doc.text, end))
    return True


@lru_cache(maxsize=16384)
def _convention(word: str) -> tuple[str, _Spelling] | None:
    """(axis, spelling) of a lowercase word: axis "ize" for -ise/-ize words, "british" for the other families."""
    form = _spelling(word)
    if form is None:
        return None
    if word in _TABLE or word in _AMERICAN:
        return "british", form
    from lint.frequency import zipf

    if zipf(form.other) < _OTHER_FORM_ZIPF:
        return None
    return ("ize" if _ISE.fullmatch(word) else "british"), form


#: A house convention the user declares: the (axis, side) pairs it does not write.
_HOUSE: dict[str, tuple[tuple[str, str], ...]] = {
    "": (),
    "british": (("british", "american"), ("ize", "american")),  # colour, organise
    "oxford": (("british", "american"), ("ize", "british")),  # colour, organize
    "american": (("british", "british"), ("ize", "british")),  # color, organize
}


def _declared(text: str, families: dict[tuple[str, str], list[_Use]], house: str) -> Iterator[Hit]:
    """Every word spelled against a declared house convention, whatever the story's other words say."""
    for (axis, family), uses in families.items():
        for use in uses:
            if (axis, use.side) not in _HOUSE[house] or _SIC.match(text, use.end):
                continue
            if family in (_AMERICAN_ALSO_BRITISH | _WORD_CHOICE if use.side == "american" else _BRITISH_ALSO_AMERICAN):
                continue
            word = text[use.start:use.end]
            yield Hit(use.start, use.end, replacements=(use.other,),
                      message=f"'{word}' is not the house spelling ({house.title()}): '{use.other}'.")


class SpellingConvention(Check):
    """Flag the one word spelled the American way in a story that otherwise spells the British way, or the reverse.

    Why it matters: "fueled" in a story that writes "colour", "analysed" and
    "centre" is a slip that a family-by-family comparison never sees,
    because the story has no other word of the "fuel" family. Spellings fall
    on two axes: -our/-re/-ce/-ll-/-yse/-ogue and the word list on one,
    -ise/-ize on the other. Oxford spelling writes "colour" with "organize",
    so a story with two -ize families beside British spellings follows it
    and is left alone; but news copy in Britain writes -ise, so one -ize
    family alone in a British story is a slip, and American copy never
    writes "organise". The story's house style counts as evidence too:
    courtesy titles without a period ("Mr Smith", "Dr Jones"), amounts
    written "£4m" or "$2bn", day-month dates ("5 March") and "whilst" or
    "learnt" are British; "Mr. Smith", "March 5" and "toward" American.
    A word is flagged only when its whole family is spelled one way, no
    second family agrees with it, and at least `min_majority` marks (and
    more marks than the flagged words plus the marks of its own side)
    follow the other convention. Spellings both conventions accept are not
    held against a story: British "cancelled" or "catalogue" in American
    copy, "coordinate" in British copy, "program" beside computing words
    and "meter" that is not a unit.
    """

    params = {"min_majority": 3, "convention": ""}

    def __init__(self, rule: Rule, params: Mapping[str, Any]) -> None:
        super().__init__(rule, params)
        if self.p["convention"] not in _HOUSE:
            choices = ", ".join(map(repr, _HOUSE))
            raise RuleError(rule.path, f"params: convention must be one of {choices}", rule.line_of("params"))

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        families: dict[tuple[str, str], list[_Use]] = defaultdict(list)
        for start, end in _candidates(doc):
            found = _convention(text[start:end])
            if found is not None and _counted(doc, start, found[1]):
                axis, form = found
                side = "british" if form.british else "american"
                families[(axis, form.family)].append(_Use(start, end, side, form.other))
        if self.p["convention"]:
            yield from _declared(text, families, self.p["convention"])
            return
        # Families spelled one way only, by (axis, side); mixed families are spelling-variant's.
        pure: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
        for key, uses in families.items():
            sides = {u.side for u in uses}
            if len(sides) == 1:
                pure[(key[0], sides.pop())].append(key)
        if not pure:
            return
        british = [k for k in pure[("british", "british")] if k[1] not in _BRITISH_ALSO_AMERICAN]
        # A story that counts money in pounds or names a British broadcaster is written for readers in
        # Britain, who read "programme".
        neutral = _AMERICAN_ALSO_BRITISH | _WORD_CHOICE | (frozenset() if _for_britain(text) else _COMMONWEALTH)
        american = [k for k in pure[("british", "american")] if k[1] not in neutral]
        ise, ize = pure[("ize", "british")], pure[("ize", "american")]
        # (minority, families that agree with it, families of the other convention, the two styles)
        cases = (
            (american, american, british + ise, "American", "British"),  # "fueled" | "colour", "organise"
            (british, british + ise, american, "British", "American"),  # "colour" | "color", "center"
            # "organize" | "realise", "apologise", "colour": news in Britain writes -ise (Oxford spelling,
            # -ize with -our, shows in a second -ize family, which makes `agreeing` two)
            (ize, ize + american, ise + british, "-ize", "-ise" if ise else "British"),
            (ise, british + ise, ize + american, "-ise", "-ize"),  # "organise" | "realize", "color"
        )
        style: _Style | None = None
        for minority, agreeing, majority, label, side in cases:
            if len(minority) != 1 or len(agreeing) != 1:
                continue
            uses = families[minority[0]]
            if any(_SIC.match(text, use.end) for use in uses):
                continue  # kept on purpose: "legal maneuvers (sic)"
            words = [u for k in majority for u in families[k]]
            style = style or _Style(doc)
            # American copy never writes "organise": against an -ize word, each -ise word counts twice.
            weight = len(words) + (sum(len(families[k]) for k in ise) if label == "-ize" else 0)
            marks = style.british if side in ("British", "-ise") else style.american
            weight += len(marks)
            if weight < self.p["min_majority"] or weight <= len(uses):
                continue  # settled without the other side's marks
            against = style.american if side in ("British", "-ise") else style.british
            if weight <= len(uses) + len(against):
                continue
            # The example shows the convention named: an -ise word against an -ize one, when there is one.
            shown = [u for k in majority for u in families[k] if side != "-ise" or k in ise] or words
            example = min(shown, key=lambda u: u.start) if shown else marks[0]
            other = text[example.start:example.end]
            for use in uses:
                yield Hit(use.start, use.end, replacements=(use.other,),
                          values={"other": other, "style": side, "minority": label})


# -- names spelled two ways ---------------------------------------------

# No \b here: a leading \b makes Python's re test every position; the letter
# before a match is checked by hand instead.
_NAME = re.compile(r"[A-Z][a-zß-ÿ]{3,}(?:-[A-Z][a-zß-ÿ]+)?")
# Transliteration and spelling variants that name the same sound (regexes over the lowercase name,
# applied in order), each with a needle: a literal that any match holds.
_SOUNDS = tuple((re.compile(a), b, a) for a, b in (
    ("tch", "ch"), ("yo", "e"), ("yu", "u"), ("ya", "a"), ("kh", "h"), ("dh", "d"), ("ph", "f"), ("ck", "k"),
    ("q", "k"), ("w", "v"), ("y", "i"), ("ue", "u"), ("oe", "o"), ("x", "ks"),
))
# Wider romanisation alternations, for a second key: German, French and English spellings of Slavic
# sounds ("Tschaikowsky", "Tchaikovsky"; "Brejnev", "Brezhnev"; "Djokovic", "Dzhokhar"), Dutch "ij"
# before a consonant ("Rijn", "Ryn"; not "Beijing"), long vowels written two ways ("Sharif",
# "Shareef"; "Yusuf", "Yousuf", "Yoosuf"), the German and French "-off"/"-eff" of "-ov"/"-ev"
# ("Romanoff"), an Arabic final h ("Fatimah", "Fatima") and an initial "Mu" written "Mo" ("Mohammed",
# "Mostafa"). They make a second key rather than replace the first: a typo that breaks a digraph
# ("Sherwoood", "Tadzkhikistan") still meets its name under the first. c/k is left alone: English
# words differ by it ("Curds", "Kurds").
_WIDER = tuple((re.compile(a), b, a) for a, b in (
    ("tsch", "ch"), ("sch", "sh"), ("dzh", "j"), ("dj", "j"), ("zh", "j"),
)) + ((re.compile("ij(?![aeiou])"), "y", "ij"),) + tuple((re.compile(a), b, a) for a, b in (
    ("ee", "i"), ("ou", "u"), ("oo", "u"),
)) + _SOUNDS + (
    (re.compile("(?<=[oe])ff$"), "v", "ff"), (re.compile("(?<=[aeiou])h$"), "", "h"), (re.compile("^mo"), "mu", "mo"),
)
_SOUND_SPELLING = re.compile("|".join(a.pattern for a, _, _ in _SOUNDS))
_WIDER_SPELLING = re.compile("|".join(a.pattern for a, _, _ in _WIDER))
# A run of one letter after its first: removed, so doubled letters count once.
_DOUBLE = re.compile(r"(?<=(.))\1+")
# Only spaces since the start of the text, a paragraph or a sentence.
_SENTENCE_START = re.compile(r"(?:\A|[.!?:\"“”\n])[\s\"“‘(]*\Z")
# Endings that make another word from a name: Obama/Obamas, Russia/Russian, Zinichev/Zinicheva.
_ENDINGS = ("s", "a", "n", "an", "ian", "ese", "i", "e", "es", "ns", "ans", "ians")
#: Titles are not part of a person's name when telling two people apart.
_TITLES = frozenset("""Mr Mrs Ms Dr Sir Dame Lord Lady President Minister Prime Secretary General Chancellor Governor
Senator Representative King Queen Prince Princess Pope Judge Justice Colonel Captain Coach Chief Mayor Premier
Ambassador Commissioner Director Chairman Professor Rev Saint Emir Sheikh Crown Deputy Vice Former""".split())


@lru_cache(maxsize=16384)
def _name_key(name: str, wider: bool = False) -> str:
    """A spelling-blind key: accents, transliteration variants and doubled letters removed (`wider`: more variants)."""
    key = name.lower()
    if not key.isascii():
        key = "".join(c for c in unicodedata.normalize("NFKD", key) if not unicodedata.combining(c))
    # An initial q is an Arabic qaf, often written g: Qaddafi, Gaddafi (and k: see _keys).
    if key.startswith("q"):
        key = "g" + key[1:]
    sounds, spelling = (_WIDER, _WIDER_SPELLING) if wider else (_SOUNDS, _SOUND_SPELLING)
    if spelling.search(key):  # most names have none: spare them the replacements
        for a, b, needle in sounds:
            if needle in key:  # each pattern holds its needle: most are absent, and `in` is cheaper than a sub
                key = a.sub(b, key)
    return _DOUBLE.sub("", key)


@lru_cache(maxsize=16384)
def _keys(name: str) -> tuple[str, ...]:
    """The name's keys (plain and wider), and for an initial Q those of its K spelling: Qyrgyz, Kyrgyz; Qhatami,
    Khatami (g and k stay apart: Google, Koogle)."""
    spellings = (name, "K" + name[1:]) if name[0] == "Q" else (name,)
    return tuple(dict.fromkeys(_name_key(n, wider) for n in spellings for wider in (False, True)))


def _glued(text: str, start: int, end: int) -> bool:
    """True when a capitalised match is part of a longer word ("McDonald", "iPhone", "CamelCase")."""
    return (start > 0 and text[start - 1].isalnum()) or (end < len(text) and text[end].isalnum())


def _inflected(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    return long.startswith(short) and long[len(short):] in _ENDINGS


class NameVariant(Check):
    """Flag a proper name spelled two ways in one story: "Zinichev" and "Zinichyov", "Gaddafi" and "Qaddafi".

    Why it matters: transliterated names drift between wire services and
    translators; a story that mixes them reads as if about two people. Two
    capitalised words are the same name when they differ only in ways
    transliteration differs (accents, doubled letters, "yo"/"e", "kh"/"h",
    "y"/"i", "q"/"k", "w"/"v"; and, compared on a second key, "sch"/"sh",
    "tsch"/"ch", "zh"/"dzh"/"dj"/"j", "ee"/"i", "ou"/"oo"/"u", "-off"/"-ov",
    an Arabic final h, "Mohammed"/"Muhammed"). Two common English words
    ("Still", "Steel") are never paired. When both spellings are ordinary names in the
    CMU Pronouncing Dictionary ("Baron", "Barron") they may be two people,
    and the finding is only info. Not flagged: inflections ("Obama"/"Obamas",
    "Russia"/"Russian", "Zinichev"/"Zinicheva"), and two people, seen when
    each form is a first name followed by a different last name ("Kathy
    Smith", "Cathy Jones"). Different first names before a surname do not
    make two surnames: "Thaksin Shinawatra" and his sister "Yingluck
    Shinavatra" share one. An initial Q pairs with G and with K ("Qaddafi",
    "Gaddafi"; "Qyrgyz", "Kyrgyz"), but G and K stay apart ("Google", "Koogle").
    """

    params = {"min_length": 5}

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        if not self._two_spellings(text):
            return  # the common case, settled without a match object per capitalised word
        names: dict[str, dict[str, list[tuple[int, int]]]] = defaultdict(lambda: defaultdict(list))
        matches = [m for m in _NAME.finditer(text) if not _glued(text, m.start(), m.end())]
        spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
        for m in matches:
            spans[m.group()].append(m.span())
        for word, where in spans.items():
            if len(word) >= self.p["min_length"]:
                for key in _keys(word):
                    names[key][word] = where
        groups = {frozenset(forms): forms for forms in names.values() if len(forms) > 1}
        flagged: set[tuple[int, int]] = set()
        for forms in groups.values():
            if all(_common(w) for w in forms):
                continue  # "Still" and "Steel" opening sentences: two words, not a name spelled two ways
            spelled = sorted(forms, key=lambda w: forms[w][0][0])
            if any(_inflected(a, b) for i, a in enumerate(spelled) for b in spelled[i + 1:]):
                continue
            if self._different_people(text, matches, forms):
                continue
            ranked = sorted(forms, key=lambda w: (-len(forms[w]), forms[w][0][0]))
            major = ranked[0]
            # Two spellings that are both ordinary names ("Baron", "Barron") may be two people:
            # reported as info. A spelling no dictionary knows is most likely a slip.
            severity = Severity.INFO if all(_known(w) for w in forms) else None
            for word in ranked[1:]:
                for s, e in forms[word]:
                    if (s, e) not in flagged:  # a pair may share both keys
                        flagged.add((s, e))
                        yield Hit(s, e, replacements=(major,), values={"other": major}, severity=severity)

    @staticmethod
    def _two_spellings(text: str) -> bool:
        """True when two different capitalised words share a key: a cheap superset of the groups checked.

        Short words and glued ones are not left out here (a Python loop per
        word would cost more than the rare needless full check).
        """
        keys = list(chain.from_iterable(map(_keys, set(_NAME.findall(text)))))
        return len(set(keys)) < len(keys)

    @staticmethod
    def _different_people(text: str, matches: Sequence[re.Match[str]], forms: dict[str, list[tuple[int, int]]]) -> bool:
        """True when every form is followed by its own last names and no two forms share one."""
        companions: dict[str, set[str]] = {word: set() for word in forms}
        for i, m in enumerate(matches):
            if m.group() not in forms:
                continue
            for j in (i + 1,):
                if j < len(matches):
                    other = matches[j]
                    gap = text[min(m.end(), other.end()):max(m.start(), other.start())]
                    if (gap.strip() == "" and other.group() not in _TITLES and other.group() not in forms
                            and not _SENTENCE_START.search(text, 0, other.start())):
                        companions[m.group()].add(other.group())
        sets = list(companions.values())
        if not all(sets):
            return False
        return all(not (a & b) for i, a in enumerate(sets) for b in sets[i + 1:])


#: A capitalised word this common in English (wordfreq Zipf of its lowercase form) is most likely a word.
_COMMON_ZIPF = 4.0


def _common(word: str) -> bool:
    """True for a common English word ("Still", "Steel"): two of them are two words, not one name."""
    from lint.frequency import zipf

    return zipf(word.lower()) >= _COMMON_ZIPF


def _known(word: str) -> bool:
    """True for a word or name in the CMU Pronouncing Dictionary (common English words and names)."""
    from lint.readability import pronouncing_words

    return word.lower() in pronouncing_words()
