"""One person, two ages: "Maria Lopez, 34," and later "Lopez, 43,".

Wire style gives a person's age after the name, between commas ("Ana
Torres, 52, said"). A story that gives the same person two ages has a typo
in one of them; copy editors check it by eye, and readers notice.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from lint.checks.base import Check
from lint.document import Document
from lint.findings import Hit
from lint.rules.patterns import compile_regex
from lint.rules.scan import scan

#: A capitalised word, then an age: ", 52," ", aged 52." ", 52 years old". Searched first, with RE2.
_SURNAME_AGE = compile_regex(
    r"\p{Lu}[\p{Ll}'’-]+, (?:aged )?\d{1,3}(?:[,.;)]| years? old\b)",
    ignorecase=False,
    where=(__file__, None, "_SURNAME_AGE"),
)
#: Words before a surname that are not a given name.
_TITLES = frozenset("Mr Mrs Ms Miss Dr Prof Sir Dame Lord Lady Rev Sgt Cpl Pte Capt Col Gen Judge".split())


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    given: str | None  # the first word of a full name, None for a bare surname
    surname: str
    age: int
    text: str


def _mentions(doc: Document) -> Iterator[_Mention]:
    text = doc.text
    for start, end in scan(doc, "text", _SURNAME_AGE):
        start = _name_start(text, start)
        name, _, rest = text[start:end].partition(", ")
        words = [w for w in name.split() if w.rstrip(".") not in _TITLES]
        digits = "".join(c for c in rest.removeprefix("aged ") if c.isdecimal())
        age = int(digits)
        if not words or not 1 <= age <= 110:
            continue
        at = start + text[start:end].index(digits, len(name))
        given = words[0] if len(words) > 1 else None
        yield _Mention(at, at + len(digits), given, words[-1], age, text[start:at + len(digits)])


def _name_start(text: str, surname: int) -> int:
    """Where the name ending in the surname at `surname` begins: up to four capitalised words or initials before it."""
    start = surname
    for _ in range(4):
        if start < 2 or text[start - 1] != " ":
            break
        word_start = max(text.rfind(" ", 0, start - 1), text.rfind("\n", 0, start - 1)) + 1
        word = text[word_start:start - 1]
        if not word[:1].isupper() or not (word.isalpha() or (len(word) == 2 and word[1] == ".")):
            break
        start = word_start
    return start


class AgeVariant(Check):
    """Flag a person's age that differs from the age the story gave them before.

    Why it matters: one of the two ages is a typo, and only the reporter
    knows which. Mentions are the same person when they share the full name,
    or when a bare surname belongs to one full name only in the story (two
    people with one surname, "John Smith, 45, and his son Tom Smith, 12", are
    told apart by their given names).
    """

    params = {}

    def check(self, doc: Document) -> Iterator[Hit]:
        mentions = list(_mentions(doc))
        if len(mentions) < 2:
            return
        given_names: dict[str, set[str]] = {}
        for m in mentions:
            if m.given:
                given_names.setdefault(m.surname, set()).add(m.given)
        first: dict[tuple[str, str | None], _Mention] = {}
        for m in mentions:
            names = given_names.get(m.surname, set())
            given = m.given if m.given else (next(iter(names)) if len(names) == 1 else None)
            if given is None and names:
                continue  # a bare surname shared by two people
            key = (m.surname, given)
            before = first.setdefault(key, m)
            if before.age != m.age:
                yield Hit(m.start, m.end, values={"before": before.text, "age": before.age})
