"""Light-verb calques: "did a mistake", "had place", "making birth".

Why it matters: English fixes the verb that goes with many nouns: one
*makes* a decision or a mistake, an event *takes* place, a mother *gives*
birth, a storm *does* damage. French ("faire une erreur", "avoir lieu",
"faire attention"), Spanish ("hacer un esfuerzo"), Italian, German and many
other languages choose another verb there, and machine translation and hurried translators carry it over: "the
minister did a mistake", "the vote had place on Sunday". Every word is
spelled right and each pair of words is common, so neither a spell checker
nor a list of exact strings finds them all; the pattern (a form of the
wrong verb, the noun phrase, the end of the phrase) does. The rule's
`calques` list which verb English wants for which nouns.

The trap is the verb as an auxiliary: in a question or after an inversion
trigger ("Why did the decision take so long?", "Nor did the statement say",
"as did an announcement") the noun is the subject of another verb. So the
verb must follow, with only space between, a word that can be its subject or
auxiliary (a pronoun, a noun, "to", a modal), never a question word, "nor",
"so", "as", "than", and never open its sentence; a sentence that ends in "?"
is left alone. A compound the noun opens ("did an error analysis", "had
place cards") is not the noun: the noun must end its phrase (punctuation, a
preposition or a conjunction follows). A noun with a determiner ("did a
mistake") or a bare plural ("did mistakes") is taken for the "do" kind; a
bare singular after "did" may be a verb ("did promise to"). Nouns that take
their verb without an article ("take place", "give birth") are taken bare
only ("had a place in the team" is good English).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from lint.checks.base import Check
from lint.document import Document, Span
from lint.errors import RuleError
from lint.findings import Hit
from lint.rules.model import Rule
from lint.rules.patterns import compile_regex
from lint.rules.scan import scan

#: The forms of each verb in the same order: base, third person, past, -ing, past participle.
_FORMS = {
    "do": ("do", "does", "did", "doing", "done"),
    "have": ("have", "has", "had", "having", "had"),
    "make": ("make", "makes", "made", "making", "made"),
    "take": ("take", "takes", "took", "taking", "taken"),
    "give": ("give", "gives", "gave", "giving", "given"),
    "pay": ("pay", "pays", "paid", "paying", "paid"),
}
_PARTICIPLE = 4
#: A word before the verb that makes a past form a participle: "has done", "had had".
_PERFECT = frozenset({"have", "has", "had", "having", "'ve", "’ve"})
_DETERMINERS = ("a", "an", "the", "this", "that", "these", "those", "his", "her", "their", "its", "our", "my",
                "your", "any", "another", "some", "no", "many", "several", "such", "one", "two", "three")
#: What may follow the noun when it ends its phrase: punctuation, a preposition, a conjunction, or a subject
#: pronoun, which opens the next clause ("after making birth it was two years").
_PHRASE_END = ("it", "he", "she", "they", "we", "i", "you",
               "to", "on", "in", "about", "for", "of", "that", "and", "but", "or", "with", "by", "at", "over",
               "under", "from", "against", "into", "through", "across", "amid", "despite", "within", "between",
               "among", "until", "when", "after", "before", "because", "as", "which", "who", "since", "while",
               "during", "last", "yesterday", "today", "this", "again", "here", "there", "now", "then", "if",
               "without", "regarding")
#: Words after which the verb is an auxiliary before its subject: questions and inversions.
_INVERSION = frozenset(
    "why how what when where which who whom whose nor neither so as than only not never rarely seldom little "
    "hardly scarcely later then also and but or yet".split()
)
_PREVIOUS_WORD = re.compile(r"([\w'’]+)[ \t\n]*$")


class LightVerb(Check):
    """A noun with the light verb another language uses: "did a mistake" -> "made a mistake"."""

    params: ClassVar[dict[str, Any]] = {
        #: Each entry: the wrong verb, the verb English uses, its nouns, and whether they go `bare` (no article).
        "calques": [
            {"verb": "do", "right": "make", "bare": False,
             "nouns": ["decision", "mistake", "error", "effort", "announcement", "promise", "proposal",
                       "statement", "arrest", "complaint", "attempt", "suggestion", "choice", "remark",
                       "contribution", "noise", "profit"]},
            {"verb": "have", "right": "take", "bare": True, "nouns": ["place"]},
            {"verb": "make", "right": "give", "bare": True, "nouns": ["birth"]},
            {"verb": "make", "right": "do", "bare": True, "nouns": ["damage", "harm", "homework"]},
            {"verb": "make", "right": "take", "bare": False, "nouns": ["photo", "photograph", "shower", "nap"]},
            {"verb": "make", "right": "pay", "bare": True, "nouns": ["attention"]},
        ],
    }

    def __init__(self, rule: Rule, params: Mapping[str, Any]) -> None:
        super().__init__(rule, params)
        self.calques: list[dict[str, Any]] = list(self.p["calques"])
        for calque in self.calques:
            if calque.get("verb") not in _FORMS or calque.get("right") not in _FORMS or not calque.get("nouns"):
                raise RuleError(rule.path, f"params: calques: needs verb and right (one of {', '.join(_FORMS)}) "
                                f"and nouns: {calque!r}", rule.line_of("params"))
        # One pass for all of them: which calque matched is told by the verb and the noun.
        self.pattern = compile_regex(
            "|".join(_phrase(calque) for calque in self.calques),
            ignorecase=True, where=(str(rule.path), rule.line_of("params"), "params.calques"),
        )

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        for start, end in scan(doc, "paragraph", self.pattern):
            verb, rest = text[start:end].split(None, 1)
            before = _subject_before(doc, start)
            if before is None or text[end:end + 1] in "-'’":
                continue
            noun = rest.split()[-1].lower()
            calque = next((c for c in self.calques if verb.lower() in _FORMS[c["verb"]] and any(
                noun in (n.lower(), n.lower() + "s", n.lower() + "es") for n in c["nouns"])), None)
            if calque is None:  # the pattern matched case-insensitively a form no calque lists as such
                continue
            forms = _FORMS[calque["verb"]]
            slot = _PARTICIPLE if before in _PERFECT and forms[_PARTICIPLE] == verb.lower() else forms.index(verb.lower())
            right = _FORMS[calque["right"]][slot]
            fixed = f"{right.capitalize() if verb[0].isupper() else right} {rest}"
            yield Hit(start, end, replacements=(fixed,), values={"replacement": fixed})


def _phrase(calque: Mapping[str, Any]) -> str:
    """The pattern of one calque: a form of its verb, its noun phrase (flagged), then the phrase's end."""
    verbs = "|".join(dict.fromkeys(_FORMS[calque["verb"]]))
    nouns = "|".join(sorted(map(re.escape, calque["nouns"]), key=len, reverse=True))
    if calque.get("bare"):
        phrase = rf"(?:{nouns})"
    else:
        phrase = rf"(?:(?:{'|'.join(_DETERMINERS)})\s+(?:[a-z]+\s+)?(?:{nouns})(?:e?s)?|(?:{nouns})e?s)"
    return rf"\b(?P<flag>(?:{verbs})\s+{phrase})(?:[ \t]+(?:{'|'.join(_PHRASE_END)})\b|[ \t]*[.,;:!)\"”’]|[ \t]*$)"


def _subject_before(doc: Document, start: int) -> str | None:
    """The word before the verb at `start`, in lower case, when the verb is the main verb of a statement:
    None in a question, after an inversion trigger, or when only punctuation or nothing comes before it."""
    sentence = next((s for s in doc.sentences if s.start <= start < s.end), Span(start, start))
    if start == sentence.start or doc.text[sentence.start:sentence.end].rstrip("\"”’') ").endswith("?"):
        return None
    before = _PREVIOUS_WORD.search(doc.text, sentence.start, start)
    word = before.group(1).lower() if before else None
    return None if word is None or word in _INVERSION else word
