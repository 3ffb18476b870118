"""Red-team recall: defects of every class made by injectors recall.py does not have (run by hand).

recall.py was written together with the rules, so its injectors may flatter
them. The client scores newslint with injectors we have not seen; this script
makes the same classes of defect in other shapes, positions and spellings,
each designed from what scrapers, spinners, machine translation, OCR and
careless transcription really leave in copy, never from what a rule catches
(an injector is kept however low its recall). Stories, the held-out split, the
"found" test (a warning or error of the class overlapping the injected span)
and the furniture lines read from the web-page benchmarks come from recall.py.

    python tests/benchmarks/recall_redteam.py --every 20 --copies 1
    python tests/benchmarks/recall_redteam.py --only grammar --show-misses 5

Besides recall, each injector reports how many misses got only an info
finding of the class at the span ("info": seen, but below the warning bar)
and how many were flagged under ANOTHER category there ("other"), which
tells a rule owner whether a defect is unseen, too quiet or filed elsewhere;
"inQ" counts the misses that lie inside quoted speech (by quote parity; for an
injector whose span IS a quote mark or touches one, every miss counts). Homophones are counted as found
under spelling or grammar (LanguageTool files confused words as grammar).
Tables here are written for this script, not taken from any rule's list or
from the tortured-phrase list; nothing read from ../shared/data is written
anywhere.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import recall  # noqa: E402  (tests/benchmarks/recall.py: stories, helpers, run machinery)
from recall import (  # noqa: E402
    FIRST,
    LAST,
    MONTHS,
    WEEKDAYS,
    Injection,
    Injector,
    Story,
    _sentences,
    _zipf,
    body_matches,
    furniture_lines,
    held_out,
    paragraphs,
    pick,
    replace,
    same_case,
)

_WORD = re.compile(r"(?<![\w'’.-])[a-z]+(?![\w'’-])")
MONTH_ABBR = ("Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.")
MONTH_SHORT = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
WEEKDAY_AP = ("Mon.", "Tues.", "Wed.", "Thurs.", "Fri.", "Sat.", "Sun.")
WEEKDAY_SHORT = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _words(story: Story, pattern: re.Pattern[str] = _WORD) -> list[re.Match[str]]:
    return body_matches(story, pattern)


def _sub(story: Story, rng: random.Random, pattern: str, new: str | None = None, group: int = 0,
         flags: int = 0) -> Injection | None:
    """Replace `group` of one random body match of `pattern` with `new` (or its expansion)."""
    m = pick(rng, body_matches(story, re.compile(pattern, flags)))
    if m is None:
        return None
    text = m.expand(new) if new is not None and "\\" in new else new
    return replace(story.text, m.start(group), m.end(group), same_case(m.group(group), text))


def _inner_sentence_gaps(story: Story) -> list[int]:
    """Offsets of the space between two sentences inside one paragraph."""
    out = []
    for _start, end in _sentences(story):
        if end < len(story.text) and story.text[end:end + 1] == " ":
            out.append(end)
    return out


def _mid_sentence_gaps(story: Story) -> list[re.Match[str]]:
    """A space between two lowercase words, away from sentence ends."""
    return body_matches(story, re.compile(r"(?<=[a-z]{3}) (?=[a-z]{3})"))


# -- web-residue ----------------------------------------------------------------
# Real furniture lines (recall.furniture_lines) in positions recall.py never uses, and kinds of furniture
# generated here from how pages print them.


def furniture_first(story: Story, rng: random.Random) -> Injection | None:
    """A furniture line between the headline and the first paragraph (scrapers keep the header rows)."""
    line = rng.choice(furniture_lines())
    at = story.body_start
    return Injection(story.text[:at] + line + "\n\n" + story.text[at:], ((at, at + len(line)),))


def furniture_para_start(story: Story, rng: random.Random) -> Injection | None:
    """A furniture line glued to the START of a paragraph (block joined before the text)."""
    paras = paragraphs(story)
    if not paras:
        return None
    start, _ = rng.choice(paras)
    line = rng.choice(furniture_lines())
    sep = rng.choice(("", " "))
    return Injection(story.text[:start] + line + sep + story.text[start:], ((start, start + len(line)),))


def furniture_splits_paragraph(story: Story, rng: random.Random) -> Injection | None:
    """An inline ad/promo slot between two sentences of one paragraph: the paragraph is split around it."""
    gap = pick(rng, _inner_sentence_gaps(story))
    if gap is None:
        return None
    line = rng.choice(furniture_lines())
    return Injection(story.text[:gap] + "\n\n" + line + "\n\n" + story.text[gap + 1:], ((gap + 2, gap + 2 + len(line)),))


def furniture_in_sentence(story: Story, rng: random.Random) -> Injection | None:
    """A furniture line inside a sentence, flattened to spaces (an inline widget whose block breaks were lost)."""
    m = pick(rng, _mid_sentence_gaps(story))
    if m is None:
        return None
    line = rng.choice(furniture_lines())
    return Injection(story.text[:m.start()] + " " + line + " " + story.text[m.end():],
                     ((m.start() + 1, m.start() + 1 + len(line)),))


def _time(rng: random.Random) -> str:
    if rng.random() < 0.5:
        return f"{rng.randint(1, 12)}:{rng.randint(0, 59):02d} {rng.choice(('AM', 'PM', 'a.m.', 'p.m.', 'am', 'pm'))}"
    return f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def timestamp_line(story: Story, rng: random.Random) -> Injection | None:
    """A dateline/update stamp from the page header, as its own paragraph or glued to one."""
    d = dt.date(rng.randint(2012, 2024), rng.randint(1, 12), rng.randint(1, 28))
    tz = rng.choice(("EST", "ET", "GMT", "BST", "EDT", "UTC", "CET", "AEST"))
    line = rng.choice((
        f"Updated {_time(rng)} {tz}",
        f"Updated: {MONTH_ABBR[d.month - 1]} {d.day}, {d.year} {_time(rng)} {tz}",
        f"Published {_time(rng)} {tz}, {d.day} {MONTHS[d.month - 1]} {d.year}",
        f"Last modified on {WEEKDAY_SHORT[d.weekday()]} {d.day} {MONTH_SHORT[d.month - 1]} {d.year} {_time(rng)} {tz}",
        f"First published on {WEEKDAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year}",
        f"Posted {MONTH_ABBR[d.month - 1]} {d.day}, {d.year} at {_time(rng)}",
        f"{d.isoformat()} {_time(rng)}",
        f"{rng.randint(2, 23)} hours ago",
        f"{MONTHS[d.month - 1]} {d.day}, {d.year} / {_time(rng)} {tz} / Updated {rng.randint(2, 50)} minutes ago",
    ))
    if rng.random() < 0.6:
        return recall.insert_paragraph(story, rng, line)
    return furniture_glue_end(story, rng, line)


def furniture_glue_end(story: Story, rng: random.Random, line: str) -> Injection | None:
    return recall.glue_to_paragraph(story, rng, line, space=rng.random() < 0.7)


def read_more_headline(story: Story, rng: random.Random) -> Injection | None:
    """'Read more:' and a real headline of another story, between paragraphs (related-link rows)."""
    other = rng.choice(_headlines())
    if other == story.title:
        return None
    label = rng.choice(("Read more:", "READ MORE:", "Related:", "RELATED:", "See also:", "Also read:", "MORE:",
                        "Read more -", "Recommended:", "Related coverage:", "Don't miss:", "Read next:"))
    return recall.insert_paragraph(story, rng, f"{label} {other}")


@cache
def _headlines() -> tuple[str, ...]:
    return tuple(s.title for s in held_out(7) if 3 <= len(s.title.split()) <= 16)


def image_counter(story: Story, rng: random.Random) -> Injection | None:
    """Gallery counters and slideshow controls kept by a scraper."""
    n = rng.randint(3, 30)
    i = rng.randint(1, n)
    line = rng.choice((f"Image {i} of {n}", f"{i} of {n}", f"{i} / {n}", f"Photo {i} of {n}", f"Slide {i} of {n}",
                       f"Photos: {n} images", f"View all {n} photos", f"Gallery: {n} photos", f"({i}/{n})",
                       f"Image {i} of {n} Expand", f"{i}/{n} Next"))
    if rng.random() < 0.5:
        return recall.insert_paragraph(story, rng, line)
    return furniture_glue_end(story, rng, line)


_BEATS = ("politics", "health", "the environment", "crime and courts", "technology", "business", "education",
          "sport", "transport", "local government", "science", "foreign affairs")
_OUTLETS = ("the Daily Courier", "Northgate News", "the Evening Herald", "Metro Weekly", "the Valley Times",
            "Harbour City Press", "the Sentinel")


def author_bio(story: Story, rng: random.Random) -> Injection | None:
    """An author box at the end of the story (name, role, beat, social handle)."""
    first, last = rng.choice(FIRST), rng.choice(LAST)
    name, pron = f"{first} {last}", rng.choice(("him", "her", "them"))
    handle = "@" + (first[0] + last).lower()
    line = rng.choice((
        f"{name} is a reporter for {rng.choice(_OUTLETS)} covering {rng.choice(_BEATS)}. Follow {pron} on Twitter {handle}.",
        f"{name} is a senior correspondent based in {rng.choice(('London', 'Nairobi', 'Delhi', 'Chicago', 'Sydney'))}. Contact: {first.lower()}.{last.lower()}@example.com",
        f"About the author: {name} has covered {rng.choice(_BEATS)} since {rng.randint(1995, 2020)}.",
        f"{name}, {rng.choice(('Staff Writer', 'Reporter', 'Political Editor', 'Health Correspondent'))}",
        f"Email {name} at {first[0].lower()}{last.lower()}@example.com. Follow {pron} on X: {handle}",
        f"{name} {handle}",
        f"More from {name}",
    ))
    paras = paragraphs(story)
    end = paras[-1][1] if paras else len(story.text)
    return Injection(story.text[:end] + "\n\n" + line + story.text[end:], ((end + 2, end + 2 + len(line)),))


def newsletter_box(story: Story, rng: random.Random) -> Injection | None:
    """Newsletter and alert sign-up boxes dropped between paragraphs."""
    outlet = rng.choice(_OUTLETS)
    line = rng.choice((
        f"Sign up for our {rng.choice(('daily', 'weekly', 'morning', 'evening'))} newsletter",
        "Get the latest headlines delivered to your inbox every morning.",
        "Enter your email address Sign up By signing up you agree to our Terms of Use and Privacy Policy",
        f"Subscribe to {outlet} for unlimited access",
        "Thank you for subscribing!",
        "Want more stories like this? Sign up for our newsletter.",
        "Get our breaking news alerts",
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
        "We use cookies to give you the best experience. By continuing to browse you agree to our use of cookies.",
        "Accept all cookies Manage preferences",
        "You have reached your limit of free articles this month.",
        "Already a subscriber? Log in",
    ))
    return recall.insert_paragraph(story, rng, line)


def ad_marker_mid(story: Story, rng: random.Random) -> Injection | None:
    """An ad label between two sentences of a paragraph, on the same line (the ad slot's text survives)."""
    gap = pick(rng, _inner_sentence_gaps(story))
    if gap is None:
        return None
    label = rng.choice(("Advertisement", "ADVERTISEMENT", "Advertisement Scroll to continue reading",
                        "Ad", "Sponsored", "Story continues below advertisement", "article continues below",
                        "AD", "Advertisement - scroll to continue", "Continue reading the main story"))
    return Injection(story.text[:gap + 1] + label + " " + story.text[gap + 1:], ((gap + 1, gap + 1 + len(label)),))


# -- duplication ----------------------------------------------------------------


def near_repeated_paragraph(story: Story, rng: random.Random) -> Injection | None:
    """A paragraph repeated with one small edit (an updated copy appended by the CMS) right after itself."""
    paras = [(s, e) for s, e in paragraphs(story) if len(story.text[s:e].split()) >= 12]
    chosen = pick(rng, paras)
    if chosen is None:
        return None
    s, e = chosen
    words = story.text[s:e].split(" ")
    i = rng.randrange(1, len(words) - 1)
    digits = [k for k, w in enumerate(words) if re.fullmatch(r"\d+[,.]?", w)]
    kind = rng.choice(("drop", "add", "number" if digits else "drop"))
    if kind == "drop":
        del words[i]
    elif kind == "add":
        words.insert(i, rng.choice(("also", "now", "still", "previously", "reportedly")))
    else:
        k = rng.choice(digits)
        words[k] = re.sub(r"\d+", lambda d: str(int(d.group()) + rng.randint(1, 9)), words[k])
    copy = " ".join(words)
    return Injection(story.text[:e] + "\n\n" + copy + story.text[e:], ((e + 2, e + 2 + len(copy)),))


def lede_repeated_at_end(story: Story, rng: random.Random) -> Injection | None:
    """The first sentence repeated as a paragraph of its own at the end (a summary field appended)."""
    sents = [(s, e) for s, e in _sentences(story) if len(story.text[s:e].split()) >= 6]
    if not sents:
        return None
    s, e = sents[0]
    sentence = story.text[s:e]
    end = paragraphs(story)[-1][1]
    if end <= e:
        return None
    return Injection(story.text[:end] + "\n\n" + sentence + story.text[end:], ((end + 2, end + 2 + len(sentence)),))


def headline_repeated(story: Story, rng: random.Random) -> Injection | None:
    """The headline repeated as the first body paragraph (scraped page title + h1)."""
    if len(story.title.split()) < 3:
        return None
    at = story.body_start
    return Injection(story.text[:at] + story.title + "\n\n" + story.text[at:], ((at, at + len(story.title)),))


def overlap_at_break(story: Story, rng: random.Random) -> Injection | None:
    """A paragraph broken mid-sentence by a scraper whose chunks overlap: the last 2-4 words before the
    break start the next paragraph again ("... approved by the\n\napproved by the council")."""
    n = rng.randint(2, 4)
    runs = body_matches(story, re.compile(rf"(?<=[a-z]) ((?:[a-z]+ ){{{n - 1}}}[a-z]+) (?=[a-z])"))
    m = pick(rng, runs)
    if m is None:
        return None
    phrase = m.group(1)
    new = f" {phrase}\n\n{phrase} "
    return Injection(story.text[:m.start()] + new + story.text[m.end():],
                     ((m.start() + 1, m.start() + len(new) - 1),))


def doubled_word_case(story: Story, rng: random.Random) -> Injection | None:
    """A sentence-initial word doubled in lowercase ("The the", "In in"): a retyped start of sentence."""
    starts = body_matches(story, re.compile(r"(?:(?<=\n)|(?<=[.?!] ))(The|A|An|In|It|He|She|They|But|This|On|At|We)(?= )"))
    m = pick(rng, starts)
    if m is None:
        return None
    return replace(story.text, m.end(), m.end(), " " + m.group().lower())


def doubled_word_linebreak(story: Story, rng: random.Random) -> Injection | None:
    """A word doubled across a hard line break inside a paragraph (PDF / wire line wrap)."""
    m = pick(rng, body_matches(story, re.compile(r"(?<= )(?!had\b|that\b)([a-z]{2,}) (?=[a-z])")))
    if m is None:
        return None
    new = f"{m.group(1)}\n{m.group(1)} "
    return replace(story.text, m.start(), m.end(), new)


# -- punctuation ----------------------------------------------------------------


def comma_period(story: Story, rng: random.Random) -> Injection | None:
    """A comma left before a sentence's full stop (",." or ", .")."""
    return _sub(story, rng, r"(?<=[a-z])\.(?= [A-Z])", rng.choice((",.", ", .", ";.")))


def doubled_period(story: Story, rng: random.Random) -> Injection | None:
    """Two full stops ending a sentence (abbreviation + period, or a retyped stop)."""
    return _sub(story, rng, r"(?<=[a-z0-9])\.(?= [A-Z]|\n|$)", "..")


def mixed_terminal(story: Story, rng: random.Random) -> Injection | None:
    """A sentence ending in two different marks ("?.", "!.", ".?", "?!.")."""
    return _sub(story, rng, r"(?<=[a-z])\.(?= [A-Z]|\n|$)", rng.choice(("?.", "!.", ".?", "?!.", ".!")))


def unbalanced_paren(story: Story, rng: random.Random) -> Injection | None:
    """One bracket of a parenthesis lost."""
    m = pick(rng, body_matches(story, re.compile(r"\(([^()\n]{2,80})\)")))
    if m is None:
        return None
    if rng.random() < 0.5:
        out = story.text[:m.end() - 1] + story.text[m.end():]
        return Injection(out, ((m.start(), m.start() + 1), (m.end() - 1 - 3, m.end() - 1 + 3)))
    out = story.text[:m.start()] + story.text[m.start() + 1:]
    return Injection(out, ((m.start() - 3, m.start() + 3), (m.end() - 2, m.end() - 1)))


def dropped_open_quote(story: Story, rng: random.Random) -> Injection | None:
    """The OPENING mark of a quotation lost (recall.py drops only closing ones)."""
    quotes = body_matches(story, re.compile(r"(?<!\w)([\"“])[^\"“”\n]{3,200}?([\"”])(?!\w)"))
    m = pick(rng, quotes)
    if m is None:
        return None
    out = story.text[:m.start(1)] + story.text[m.end(1):]
    return Injection(out, ((m.start(1) - 3, m.start(1) + 3), (m.start(2) - 1, m.end(2) - 1)))


def space_inside_quote(story: Story, rng: random.Random) -> Injection | None:
    """A space after an opening quote or before a closing one ("“ We will" / "said .”")."""
    quotes = body_matches(story, re.compile(r"(?<!\w)([\"“])[^\"“”\n]{3,200}?([.,!?])([\"”])(?!\w)"))
    m = pick(rng, quotes)
    if m is None:
        return None
    if rng.random() < 0.5:
        return replace(story.text, m.end(1), m.end(1), " ")
    return replace(story.text, m.start(2), m.start(2), " ")


def stray_semicolon(story: Story, rng: random.Random) -> Injection | None:
    """A comma turned into a doubled or mixed mark (";;", ",;", ":,", ", ,")."""
    return _sub(story, rng, r"(?<=[a-z]),(?= [a-z])", rng.choice((";;", ",;", ";,", ":,", ", ,")))


def comma_before_quote_lost(story: Story, rng: random.Random) -> Injection | None:
    """The comma before a closing quote lost before the attribution ('win,” he said' -> 'win” he said')."""
    attribution = r"(?:he|she|they|it|we|I|said|says|added|adds|told|wrote|explained|according)\b"
    return _sub(story, rng, rf",([\"”])(?= {attribution})", r"\1")


# -- mt-artefact ------------------------------------------------------------------

#: Context-free thesaurus swaps of news collocations (written for this script): each swap is a dictionary
#: synonym of one word that no editor would put in this collocation.
THESAURUS_SWAPS = {
    "death toll": ("demise toll", "fatality toll", "passing toll"),
    "opened fire": ("opened blaze", "unlocked fire"),
    "in order to": ("in buy to", "in purchase to", "in arrangement to"),
    "as well as": ("as nicely as", "as effectively as"),
    "at the same time": ("at the identical time", "at the similar time"),
    "car crash": ("automobile smash", "car smash-up crash"),
    "heavy rain": ("weighty rain", "hefty rain"),
    "police station": ("law enforcement station", "cop station"),
    "prison sentence": ("jail phrase", "prison phrase"),
    "life sentence": ("lifestyle sentence", "existence sentence"),
    "court case": ("courtroom situation", "court circumstance"),
    "state of emergency": ("condition of emergency", "point out of emergency"),
    "take part": ("acquire component", "take portion"),
    "took part": ("took portion", "took component"),
    "make sure": ("make positive", "make certain sure"),
    "social media": ("social press", "sociable media"),
    "natural gas": ("organic gas", "all-natural gas"),
    "breaking news": ("breaking information", "splitting news"),
    "search engine": ("lookup engine", "research engine"),
    "fire brigade": ("hearth brigade", "flame brigade"),
    "supreme court": ("supreme courtroom", "best court"),
    "high school": ("substantial school", "superior school"),
    "election campaign": ("election marketing campaign", "selection campaign"),
    "peace talks": ("peace chats", "tranquility talks"),
    "bank account": ("financial institution account", "lender account"),
    "blood pressure": ("blood stress", "blood strain"),
    "heart attack": ("heart assault", "coronary heart assault"),
    "air strike": ("air hit", "atmosphere strike"),
    "armed forces": ("armed causes", "armed pressures"),
    "no longer": ("no lengthier", "no extended"),
    "a number of": ("a amount of", "a quantity of"),
    "on the other hand": ("on the flip facet", "on the other palm"),
    "said in a statement": ("explained in a assertion", "said in a declaration assertion"),
    "according to": ("in accordance to",),
}


def thesaurus_swap(story: Story, rng: random.Random) -> Injection | None:
    pairs = [(o, s) for o, swaps in THESAURUS_SWAPS.items() for s in swaps]
    return recall._swap_phrase(story, rng, pairs)


#: Light-verb calques: the verb of a fixed collocation replaced with the one another language uses
#: (written for this script; each output is wrong in edited English).
LIGHT_VERB = (
    (r"\b(ma)(de|ke|kes|king) (a|the) (decision)\b", {"de": "did", "ke": "do", "kes": "does", "king": "doing"}),
    (r"\b(ma)(de|ke|kes|king) (a|the|any) (mistake)\b", {"de": "did", "ke": "do", "kes": "does", "king": "doing"}),
    (r"\b(to)(ok|ke|kes|king) (part)(?= in\b)", {"ok": "made", "ke": "make", "kes": "makes", "king": "making"}),
    (r"\b(to)(ok|ke|kes|king) (place)\b", {"ok": "had", "ke": "have", "kes": "has", "king": "having"}),
    (r"\b(ma)(de|ke|kes|king) (an? )(announcement|effort)\b",
     {"de": "did", "ke": "do", "kes": "does", "king": "doing"}),
    (r"\b(g)(ave|ive|ives|iving) (birth)\b", {"ave": "made", "ive": "make", "ives": "makes", "iving": "making"}),
    (r"\b(committed|commit|commits) (a |the )?(crime|offence|offense|murder)\b", None),
)


def light_verb_calque(story: Story, rng: random.Random) -> Injection | None:
    found = []
    for pattern, verbs in LIGHT_VERB:
        for m in body_matches(story, re.compile(pattern)):
            if verbs is None:
                new = {"committed": "made", "commit": "make", "commits": "makes"}[m.group(1)]
                found.append((m.start(1), m.end(1), new))
            else:
                found.append((m.start(1), m.end(2), verbs[m.group(2)]))
    chosen = pick(rng, found)
    if chosen is None:
        return None
    s, e, new = chosen
    return replace(story.text, s, e, new)


#: Singular count nouns common in news; "the" before them may not be dropped in body text.
_COUNT_NOUNS = ("president", "minister", "company", "city", "country", "report", "ministry", "committee",
                "statement", "army", "island", "region", "club", "team", "match", "meeting", "decision", "attack",
                "accident", "incident", "investigation", "project", "bill", "building", "airport", "prime", "leader",
                "group", "party", "bank", "economy", "world", "suspect", "victim", "village")
#: Words after which dropping 'the' leaves no valid reading ('that plan', 'when meeting', 'in court' would).
_BEFORE_THE = ("in", "of", "to", "for", "by", "at", "from", "with", "said", "told", "and")


def article_drop(story: Story, rng: random.Random) -> Injection | None:
    """'the' dropped before a singular count noun, as MT from article-less languages does ('of the report' ->
    'of report', 'said the minister' -> 'said minister')."""
    pattern = re.compile(rf"\b(?:{'|'.join(_BEFORE_THE)}) (the )(?:{'|'.join(_COUNT_NOUNS)})(?![\w'’-]| of| who| [A-Z])")
    m = pick(rng, body_matches(story, pattern))
    if m is None:
        return None
    return Injection(story.text[:m.start(1)] + story.text[m.end(1):], ((m.start() , m.end() - 4),))


_POST_ADJ = ("new", "national", "local", "international", "public", "political", "economic", "military",
             "former", "small", "large", "big", "main", "major", "foreign", "federal", "regional", "young", "old")


_NOT_NOUN = {"four", "five", "nine", "three", "seven", "eight", "more", "most", "much", "many", "very", "last", "first",
             "next", "other", "same", "such", "well", "also", "being", "than", "with", "from", "into", "they"}


def adjective_after_noun(story: Story, rng: random.Random) -> Injection | None:
    """Adjective placed after its noun, as MT from Romance languages does ('the national government' ->
    'the government national')."""
    pattern = re.compile(rf"\b(?:the|a|an|its|their|his|her) ((?:{'|'.join(_POST_ADJ)})) ([a-z]{{4,}})\b(?= [a-z,.]|[,.])")
    found = [m for m in body_matches(story, pattern) if _zipf()(m.group(2)) >= 3.5 and not m.group(2).endswith("ly")
             and m.group(2) not in _NOT_NOUN]
    m = pick(rng, found)
    if m is None:
        return None
    new = f"{m.group(2)} {m.group(1)}"
    return replace(story.text, m.start(1), m.end(2), new)


# -- spelling -----------------------------------------------------------------------


def _common_words(story: Story, min_len: int = 5, zipf: float = 4.0) -> list[re.Match[str]]:
    return [m for m in body_matches(story, re.compile(rf"(?<![\w'’-])[a-z]{{{min_len},}}(?![\w'’-])"))
            if _zipf()(m.group()) >= zipf]


def _misspell(story: Story, rng: random.Random, make, min_len: int = 5) -> Injection | None:
    words = _common_words(story, min_len)
    rng.shuffle(words)
    for m in words[:25]:
        bad = make(m.group(), rng)
        if bad and bad != m.group() and _zipf()(bad) == 0.0:
            return replace(story.text, m.start(), m.end(), bad)
    return None


def _wrong_vowel(w: str, rng: random.Random) -> str | None:
    spots = [i for i in range(1, len(w)) if w[i] in "aeiou"]
    if not spots:
        return None
    i = rng.choice(spots)
    return w[:i] + rng.choice([v for v in "aeiou" if v != w[i]]) + w[i + 1:]


def wrong_vowel(story: Story, rng: random.Random) -> Injection | None:
    """One vowel of a common word replaced with another ('independant', 'goverment' style)."""
    return _misspell(story, rng, _wrong_vowel)


_KEYS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")


def _neighbour(c: str, rng: random.Random) -> str:
    for row in _KEYS:
        if c in row:
            i = row.index(c)
            return rng.choice([row[j] for j in (i - 1, i + 1) if 0 <= j < len(row)])
    return c


def keyboard_slip(story: Story, rng: random.Random) -> Injection | None:
    """One letter replaced by its keyboard neighbour, or a neighbour inserted beside it (fat finger)."""
    def make(w: str, r: random.Random) -> str:
        i = r.randrange(1, len(w))
        if r.random() < 0.5:
            return w[:i] + _neighbour(w[i], r) + w[i + 1:]
        return w[:i] + _neighbour(w[i], r) + w[i:]
    return _misspell(story, rng, make)


_OCR = (("rn", "m"), ("m", "rn"), ("d", "cl"), ("cl", "d"), ("h", "li"), ("e", "c"), ("l", "1"), ("i", "l"),
        ("o", "0"), ("u", "ii"), ("nn", "m"))


def ocr_confusion(story: Story, rng: random.Random) -> Injection | None:
    """Letter shapes an OCR pass confuses ('govemment', 'rnayor', 'c1ear')."""
    def make(w: str, r: random.Random) -> str | None:
        options = [(a, b, m.start()) for a, b in _OCR for m in re.finditer(a, w) if m.start() > 0 or a != "m"]
        if not options:
            return None
        a, b, i = r.choice(options)
        return w[:i] + b + w[i + len(a):]
    return _misspell(story, rng, make)


def short_word_typo(story: Story, rng: random.Random) -> Injection | None:
    """A typo in a short, very common word (3-4 letters: 'wiht', 'ot', 'hte'), which typo() never touches."""
    words = [m for m in body_matches(story, re.compile(r"(?<![\w'’-])[a-z]{3,4}(?![\w'’-])")) if _zipf()(m.group()) >= 5.0]
    rng.shuffle(words)
    for m in words[:25]:
        w = m.group()
        i = rng.randrange(0, len(w) - 1)
        bad = rng.choice((w[:i] + w[i + 1] + w[i] + w[i + 2:], w[:i] + w[i + 1:] if len(w) > 3 else w,
                          w[:i + 1] + w[i] + w[i + 1:]))
        if bad != w and _zipf()(bad) == 0.0 and len(bad) >= 3:
            return replace(story.text, m.start(), m.end(), bad)
    return None


#: Homophones a careless typist swaps (written for this script): correct word -> wrong one.
HOMOPHONES = {
    "principal": "principle", "affect": "effect", "affected": "effected", "council": "counsel",
    "site": "sight", "peace": "piece", "brake": "break", "whether": "weather", "passed": "past",
    "role": "roll", "reign": "rain", "led": "lead", "complement": "compliment", "stationary": "stationery",
    "breach": "breech", "capital": "capitol", "discreet": "discrete", "waive": "wave", "waived": "waved",
    "hoard": "horde", "pore": "pour", "sole": "soul", "vain": "vein", "threw": "through", "accept": "except",
    "weak": "week", "heard": "herd", "allowed": "aloud", "boarder": "border", "border": "boarder",
    "bare": "bear", "course": "coarse", "sea": "see", "new": "knew",
    "knew": "new", "right": "rite", "sight": "site", "tide": "tied", "weather": "whether", "whose": "who's",
    "you're": "your", "your": "you're", "too": "to", "minors": "miners", "miners": "minors",
    "seen": "scene", "rein": "reign", "cite": "site", "aid": "aide", "aide": "aid",
}


def homophone(story: Story, rng: random.Random) -> Injection | None:
    found = [m for m in body_matches(story, re.compile(r"(?<![\w'’-])[a-z']+(?![\w'’-])")) if m.group() in HOMOPHONES]
    m = pick(rng, found)
    if m is None:
        return None
    return replace(story.text, m.start(), m.end(), HOMOPHONES[m.group()])


# -- encoding -----------------------------------------------------------------------

_TYPOGRAPHIC = {"'": "’", '"': "”", "-": "—"}


def _targets(story: Story) -> list[re.Match[str]]:
    return body_matches(story, re.compile(r"[^\x00-\x7f]|(?<=\w)'(?=\w)|(?<= )-(?= )|\"|(?<=[a-z])'(?= )"))


def _cp1252_byte(b: int) -> str:
    try:
        return bytes([b]).decode("cp1252")
    except UnicodeDecodeError:
        return chr(b)


def mojibake_other_codec(story: Story, rng: random.Random) -> Injection | None:
    """UTF-8 read as latin-1 (C1 controls: 'â\\x80\\x99') or Mac Roman ('‚Äô'), not cp1252 as recall.py."""
    m = pick(rng, _targets(story))
    if m is None:
        return None
    char = _TYPOGRAPHIC.get(m.group(), m.group())
    codec = rng.choice(("latin-1", "mac_roman"))
    return replace(story.text, m.start(), m.end(), char.encode("utf-8").decode(codec))


def double_mojibake(story: Story, rng: random.Random) -> Injection | None:
    """Mojibake made twice (UTF-8 -> cp1252 -> UTF-8 -> cp1252): 'Ã¢â‚¬â„¢'."""
    m = pick(rng, _targets(story))
    if m is None:
        return None
    char = _TYPOGRAPHIC.get(m.group(), m.group())
    once = "".join(_cp1252_byte(b) for b in char.encode("utf-8"))
    twice = "".join(_cp1252_byte(b) for b in once.encode("utf-8"))
    return replace(story.text, m.start(), m.end(), twice)


def nbsp_mojibake(story: Story, rng: random.Random) -> Injection | None:
    """A no-break space decoded as cp1252: 'Â' before a (no-break) space, after a number or a sentence end."""
    m = pick(rng, body_matches(story, re.compile(r"(?<=[0-9.,]) (?=[A-Za-z0-9])|(?<=[a-z]) (?=[0-9])")))
    if m is None:
        return None
    return replace(story.text, m.start(), m.end(), rng.choice(("Â\u00a0", "Â ", " Â ")))


def stray_bom(story: Story, rng: random.Random) -> Injection | None:
    """A byte-order mark where two files were concatenated: at a paragraph start, raw or as 'ï»¿'."""
    paras = paragraphs(story)
    if len(paras) < 2:
        return None
    start, _ = rng.choice(paras[1:])
    return replace(story.text, start, start, rng.choice(("\ufeff", "ï»¿")))


def stray_tag(story: Story, rng: random.Random) -> Injection | None:
    """HTML tags left in plain text by a scraper ('<br>', '</p>', '<em>', '<a href=...>')."""
    kind = rng.random()
    if kind < 0.5:
        paras = paragraphs(story)
        if not paras:
            return None
        s, e = rng.choice(paras)
        tag = rng.choice(("</p>", "<br>", "<br />", "<p>", "</div>", "<br/>"))
        at = e if tag.startswith("</") or tag.startswith("<br") else s
        return replace(story.text, at, at, tag)
    m = pick(rng, body_matches(story, re.compile(r"(?<= )[A-Z][a-z]{3,}(?: [A-Z][a-z]+)?(?=[ ,.])")))
    if m is None:
        return None
    tag = rng.choice((("<em>", "</em>"), ("<strong>", "</strong>"), ("<a href=\"/topics/x\">", "</a>"), ("<b>", "</b>"),
                      ("<span class=\"name\">", "</span>")))
    new = tag[0] + m.group() + tag[1]
    return replace(story.text, m.start(), m.end(), new)


_MORE_ENTITIES = {"'": ("&#x2019;", "&apos;", "&#146;"), '"': ("&#x201C;", "&#34;", "&rdquo;"),
                  "-": ("&mdash;", "&#8212;", "&#x2013;"), "&": ("&amp;amp;",), " ": ("&#160;", "&#xa0;", "&nbsp"),
                  "é": ("&#xe9;", "&amp;eacute;"), ".": ("&hellip;",)}


def entity_variants(story: Story, rng: random.Random) -> Injection | None:
    """Entities in other spellings: hex numeric, cp1252 numeric, double-escaped, missing semicolon."""
    m = pick(rng, body_matches(story, re.compile(r"[&\"é]|(?<=\w)'(?=\w)|(?<= )-(?= )|(?<=[0-9]) (?=[a-z])|(?<=[a-z])\.(?=\n|$)")))
    if m is None:
        return None
    return replace(story.text, m.start(), m.end(), rng.choice(_MORE_ENTITIES[m.group()]))


def escaped_unicode(story: Story, rng: random.Random) -> Injection | None:
    """JSON/JavaScript escapes left as text by a scraper: 'It\\u2019s', '\\n', '\\"'."""
    m = pick(rng, body_matches(story, re.compile(r"(?<=\w)'(?=\w)|’|“|”|\"|(?<=[a-z])\. (?=[A-Z])")))
    if m is None:
        return None
    g = m.group()
    new = {"'": "\\u2019", "’": "\\u2019", "“": "\\u201c", "”": "\\u201d", '"': '\\"'}.get(g, ".\\n")
    return replace(story.text, m.start(), m.end(), new)


# -- fact -----------------------------------------------------------------------------


def _story_year(story: Story) -> int:
    return int(story.date[:4]) if story.date[:4].isdigit() else 2010


def _weekday_site(story: Story, rng: random.Random) -> re.Match[str] | None:
    return pick(rng, body_matches(story, re.compile(rf"\bon ({'|'.join(WEEKDAYS)})\b")))


def _wrong_day(rng: random.Random, year: int) -> tuple[dt.date, int]:
    date = dt.date(year, rng.randint(1, 12), rng.randint(1, 28))
    return date, rng.choice([i for i in range(7) if i != date.weekday()])


def _wrong_weekday(story: Story, rng: random.Random, styles: Callable[[dt.date, int], tuple[str, ...]]) -> Injection | None:
    """A date with a wrong weekday (weekday `w`) in one of `styles`, in place of a weekday-date of the story."""
    m = _weekday_site(story, rng)
    if m is None:
        return None
    d, w = _wrong_day(rng, _story_year(story))
    return replace(story.text, m.start(1), m.end(1), rng.choice(styles(d, w)))


def weekday_abbreviated(story: Story, rng: random.Random) -> Injection | None:
    """A wrong weekday written in AP or short style: 'Tues., Nov. 14, 2023', 'Wed 15 Nov 2023'."""
    return _wrong_weekday(story, rng, lambda d, w: (
        f"{WEEKDAY_AP[w]}, {MONTH_ABBR[d.month - 1]} {d.day}, {d.year}",
        f"{WEEKDAY_SHORT[w]} {d.day} {MONTH_SHORT[d.month - 1]} {d.year}",
        f"{WEEKDAY_SHORT[w]}, {MONTH_SHORT[d.month - 1]} {d.day}, {d.year}"))


def weekday_ordinal(story: Story, rng: random.Random) -> Injection | None:
    """A wrong weekday with an ordinal date: 'Wednesday 14th November 2023', 'Wednesday, November 14th, 2023'."""
    return _wrong_weekday(story, rng, lambda d, w: (
        f"{WEEKDAYS[w]} {_ordinal(d.day)} {MONTHS[d.month - 1]} {d.year}",
        f"{WEEKDAYS[w]}, {MONTHS[d.month - 1]} {_ordinal(d.day)}, {d.year}",
        f"{WEEKDAYS[w]} the {_ordinal(d.day)} of {MONTHS[d.month - 1]} {d.year}"))


def weekday_numeric(story: Story, rng: random.Random) -> Injection | None:
    """A wrong weekday with a numeric date: 'Wednesday (2023-11-14)', 'Wednesday, 14/11/2023', '14.11.2023'."""
    m = _weekday_site(story, rng)
    if m is None:
        return None
    d, w = _wrong_day(rng, _story_year(story))
    d = d.replace(day=max(d.day, 13))  # day > 12: no month-day reading makes the weekday right
    w = w if w != d.weekday() else (w + 1) % 7
    text = rng.choice((f"{WEEKDAYS[w]} ({d.isoformat()})", f"{WEEKDAYS[w]}, {d.day}/{d.month}/{d.year}",
                       f"{WEEKDAYS[w]}, {d.isoformat()}", f"{WEEKDAYS[w]} {d.day:02d}.{d.month:02d}.{d.year}"))
    return replace(story.text, m.start(1), m.end(1), text)


def _leapless(rng: random.Random, year: int) -> int:
    while year % 4 == 0 and (year % 100 != 0 or year % 400 == 0):
        year -= 1
    return year


def feb29_non_leap(story: Story, rng: random.Random) -> Injection | None:
    """February 29 in a year that is not a leap year, with the year written."""
    m = _weekday_site(story, rng)
    if m is None:
        return None
    y = _leapless(rng, _story_year(story) - rng.randint(0, 3))
    text = rng.choice((f"Feb. 29, {y}", f"29 February {y}", f"February 29, {y}", f"29 Feb {y}"))
    return replace(story.text, m.start(1), m.end(1), text)


def impossible_ordinal(story: Story, rng: random.Random) -> Injection | None:
    """An impossible day written with an ordinal: '31st April', 'June 31st', 'the 30th of February'."""
    m = _weekday_site(story, rng)
    if m is None:
        return None
    month = rng.choice((2, 4, 6, 9, 11))
    day = 30 if month == 2 and rng.random() < 0.5 else 31
    name = MONTHS[month - 1]
    text = rng.choice((f"{_ordinal(day)} {name}", f"{name} {_ordinal(day)}", f"the {_ordinal(day)} of {name}"))
    return replace(story.text, m.start(1), m.end(1), text)


def impossible_numeric(story: Story, rng: random.Random) -> Injection | None:
    """An impossible numeric date: '2021-02-30', '31/04/2020', '2019-13-05'."""
    m = _weekday_site(story, rng)
    if m is None:
        return None
    y = _story_year(story)
    month = rng.choice((2, 4, 6, 9, 11))
    day = 30 if month == 2 else 31
    text = rng.choice((f"{y}-{month:02d}-{day}", f"{day}/{month:02d}/{y}", f"{y}-13-{rng.randint(1, 28):02d}",
                       f"{day}.{month:02d}.{y}"))
    return replace(story.text, m.start(1), m.end(1), text)


# -- consistency ------------------------------------------------------------------------


def _flip_one(story: Story, rng: random.Random, pattern: str, make, min_count: int = 2) -> Injection | None:
    """Change one of >= min_count same-form matches; the others are spans too (either side may be flagged)."""
    found = body_matches(story, re.compile(pattern))
    forms = Counter(m.group() for m in found)
    form = next((f for f, n in forms.most_common() if n >= min_count), None)
    if form is None:
        return None
    same = [m for m in found if m.group() == form]
    m = rng.choice(same)
    new = make(m)
    delta = len(new) - len(form)
    others = tuple((o.start() + (delta if o.start() > m.start() else 0), o.end() + (delta if o.start() > m.start() else 0))
                   for o in same if o is not m)
    return replace(story.text, m.start(), m.end(), new, extra=others)


def courtesy_title(story: Story, rng: random.Random) -> Injection | None:
    """'Mr' and 'Mr.' in one story: one courtesy title given (or robbed of) its period."""
    def make(m: re.Match[str]) -> str:
        title = m.group(1)
        return (title[:-1] if title.endswith(".") else title + ".") + m.group(2)
    return _flip_one(story, rng, r"\b(Mrs\.?|Mr\.?|Ms\.?|Dr\.?)( )(?=[A-Z])", make)


def percent_form(story: Story, rng: random.Random) -> Injection | None:
    """'per cent' and 'percent' (or '%' and 'percent') in one story."""
    other = {"per cent": " percent", "percent": " per cent", "%": " per cent" if story.source == "bbc-mlg-ucd" else " percent"}
    return _flip_one(story, rng, r"(?<=\d)(?: per cent| percent|%)(?!\w)", lambda m: other[m.group().strip()])


#: Romanisation alternations of foreign names (Slavic, Arabic, Persian, Dutch): ending and digraph changes that
#: two agencies' styles really produce ('Zelensky'/'Zelenskiy', 'Gaddafi'/'Qaddafi', 'Fatima'/'Fatimah').
_TRANSLIT = ((r"sky$", "ski"), (r"ski$", "sky"), (r"sky$", "skiy"), (r"ov$", "off"), (r"ev$", "eff"), (r"ee", "i"),
             (r"oo", "u"), (r"ah$", "a"), (r"a$", "ah"), (r"^Mu", "Mo"), (r"^Mo(?=[hu])", "Mu"), (r"zh", "j"),
             (r"^Q", "G"), (r"^G(?=ad|ha)", "Q"), (r"ia$", "iya"), (r"iy", "ii"), (r"ii", "iy"), (r"^Ch", "Tch"),
             (r"ij", "y"))


def transliteration(story: Story, rng: random.Random) -> Injection | None:
    """A name respelled once with another transliteration ('Zelensky'/'Zelenski', 'Gaddafi'/'Qaddafi',
    'Mohammed'/'Muhammed'), using romanisation changes recall.py's name_variant does not make."""
    caps = body_matches(story, re.compile(r"(?<=[a-z,] )[A-Z][a-z]{3,}\b"))
    counts = Counter(m.group() for m in caps)
    names = [n for n, c in counts.items() if c >= 2 and _zipf()(n.lower()) < 3.0]
    rng.shuffle(names)
    for name in names:
        options = [(p, r) for p, r in _TRANSLIT if re.search(p, name if p.startswith("^") else name[1:])]
        if not options:
            continue
        p, r = rng.choice(options)
        if p.startswith("^"):
            new = re.sub(p, r, name, count=1)
        else:
            spot = rng.choice(list(re.finditer(p, name[1:])))
            new = name[0] + name[1:][:spot.start()] + r + name[1:][spot.end():]
        if new == name or _zipf()(new.lower()) > 0:
            continue
        return _flip_one(story, rng, rf"\b{re.escape(name)}\b", lambda m, new=new: new)
    return None


#: American -> British spellings (written for this script), for American-spelled stories.
_BRITISH = ((r"\b([a-z]{3,}[^aeiou ])iz(e|ed|es|ing|ation|ations)\b", r"\1is\2"),
            (r"\b(colo|favo|labo|hono|behavio|neighbo|humo|harbo)r(s|ed|ing|ite|hood)?\b", r"\1ur\2"),
            (r"\b(cent|theat|fib)er(s)?\b", r"\1re\2"),
            (r"\b(defen|offen)se(s)?\b", r"\1ce\2"),
            (r"\b(trave|cance|labe|mode|fue|signa|tota|channe)l(ed|ing|er|ers)\b", r"\1ll\2"),
            (r"\b(catalog|dialog)(s)?\b", r"\1ue\2"),
            (r"\b(analy|paraly)z(e|es|ed)\b", r"\1s\2"))
_AMERICAN_EVIDENCE = re.compile(r"\b(?:[a-z]{3,}iz(?:e|ed|es|ing|ation)|(?:colo|favo|labo|hono|behavio|neighbo)r(?:s|ed|ing)?|"
                                r"center|theater)s?\b|\bMr\. [A-Z]|\bpercent\b")


def british_in_american(story: Story, rng: random.Random) -> Injection | None:
    """One American spelling of an American-spelled story written the British way ('organise' among '-ize')."""
    if len(_AMERICAN_EVIDENCE.findall(story.text)) < 2:
        return None
    found = []
    for pattern, repl in _BRITISH:
        for m in body_matches(story, re.compile(pattern)):
            if m.group().startswith(("size", "prize", "seize", "capsize", "citizen", "wizard")):
                continue
            found.append((m, re.sub(pattern, repl, m.group())))
    chosen = pick(rng, found)
    if chosen is None:
        return None
    m, new = chosen
    return replace(story.text, m.start(), m.end(), new)


# -- grammar -------------------------------------------------------------------------------


def a_an(story: Story, rng: random.Random) -> Injection | None:
    """'a' before a clear vowel sound or 'an' before a clear consonant sound (a slip, or an edit that changed
    the next word): 'a important', 'an major'. Words opening in h, u, eu, one, o-ne are left alone."""
    found = []
    for m in body_matches(story, re.compile(r"(?<![\w'’-])([Aa]n?) ([a-z][a-z-]+)")):
        art, word = m.group(1), m.group(2)
        if word.startswith(("h", "u", "eu", "one", "once", "y", "x")):
            continue
        if art.lower() == "a" and word[0] in "aeio":
            continue
        if art.lower() == "an" and word[0] in "aeio":
            found.append((m, art[0] + ""))  # an important -> a important
        elif art.lower() == "a" and word[0] not in "aeiou":
            found.append((m, art[0] + "n"))  # a major -> an major
    chosen = pick(rng, found)
    if chosen is None:
        return None
    m, new = chosen
    return replace(story.text, m.start(1), m.end(2), f"{new} {m.group(2)}")


def modal_of(story: Story, rng: random.Random) -> Injection | None:
    """A perfect 'could have' / 'would've' written as heard: 'could of gone' (only where 'have' is the
    auxiliary before a participle: 'would have a role' is never misheard)."""
    participle = r"(?:been|had|done|gone|seen|made|taken|given|known|got|come|become|won|lost|[a-z]+ed|[a-z]+en)"
    return _sub(story, rng, rf"\b(could|would|should|must|might)(?: have|'ve|’ve)(?= {participle}\b)", r"\1 of")


def its_confusion(story: Story, rng: random.Random) -> Injection | None:
    """its/it's swapped both ways: 'it's own', 'its been'."""
    if rng.random() < 0.5:
        r = _sub(story, rng, r"\b([Ii]ts)(?= [a-z])", "it’s" if "’" in story.text else "it's", group=1)
        if r:
            return r
    return _sub(story, rng, r"\b([Ii]t['’]s)(?= [a-z])", "its", group=1)


def their_there(story: Story, rng: random.Random) -> Injection | None:
    """their/there/they're swapped: 'there own', 'their is', 'their going to'."""
    options = []
    for m in body_matches(story, re.compile(r"\b([Tt]heir)(?= [a-z]{3,})")):
        if not re.search(r"\b(?:are|is|was|were|be|been|get|got) $", story.text[max(0, m.start() - 6):m.start()]):
            options.append((m, "there"))
    for m in body_matches(story, re.compile(r"\b([Tt]here)(?= (?:is|are|was|were|have been|has been)\b)")):
        options.append((m, "their"))
    for m in body_matches(story, re.compile(r"\b([Tt]hey['’]re)(?= [a-z])")):
        options.append((m, rng.choice(("their", "there"))))
    chosen = pick(rng, options)
    if chosen is None:
        return None
    m, new = chosen
    return replace(story.text, m.start(1), m.end(1), same_case(m.group(1), new))


def then_than(story: Story, rng: random.Random) -> Injection | None:
    """then/than swapped: 'more then', 'rather then', 'and than'."""
    options = [(m, "then") for m in body_matches(story, re.compile(r"(?<=[a-z] )than\b"))]
    options += [(m, "than") for m in body_matches(story, re.compile(r"(?<=\band )then\b|(?<=\bjust )then\b|(?<=\b[Ss]ince )then\b"))]
    chosen = pick(rng, options)
    if chosen is None:
        return None
    m, new = chosen
    return replace(story.text, m.start(), m.end(), new)


_AGREEMENT = ((r"\b([Tt]hey|[Ww]e|[Yy]ou) (were)\b", "was"), (r"\b([Hh]e|[Ss]he|[Ii]t) (has)\b", "have"),
              (r"\b([Hh]e|[Ss]he|[Ii]t) (does)\b", "do"), (r"\b([Hh]e|[Ss]he|[Ii]t) (doesn['’]t)\b", "don't"),
              (r"\b([Tt]hey|[Ww]e) (are)\b", "is"), (r"\b([Tt]hey|[Ww]e) (have)\b", "has"),
              (r"\b([Pp]eople) (are|were)\b", "is"))


def agreement(story: Story, rng: random.Random) -> Injection | None:
    """A pronoun subject with the wrong verb form: 'they was', 'he have', 'she don't', 'people is'."""
    options = [(m, new) for pattern, new in _AGREEMENT for m in body_matches(story, re.compile(pattern))]
    chosen = pick(rng, options)
    if chosen is None:
        return None
    m, new = chosen
    return replace(story.text, m.start(2), m.end(2), new)


def lose_loose(story: Story, rng: random.Random) -> Injection | None:
    """'lose' written 'loose' (or 'losing' -> 'loosing')."""
    m = pick(rng, body_matches(story, re.compile(r"\b(?:lose|losing|loses)\b")))
    if m is None:
        return None
    return replace(story.text, m.start(), m.end(), {"lose": "loose", "losing": "loosing", "loses": "looses"}[m.group()])


def lowercase_start(story: Story, rng: random.Random) -> Injection | None:
    """A sentence start lowercased (transcription that lost the shift key)."""
    m = pick(rng, body_matches(story, re.compile(r"(?<=[a-z]\. )(?:The|He|She|They|It|But|In|This|A|We|On|At|There)\b")))
    if m is None:
        return None
    return replace(story.text, m.start(), m.end(), m.group().lower())


def final_stop_lost(story: Story, rng: random.Random) -> Injection | None:
    """A body paragraph whose final full stop was lost."""
    paras = [(s, e) for s, e in paragraphs(story) if story.text[e - 1:e] == "." and story.text[e - 2:e - 1].isalpha()
             and len(story.text[s:e].split()) >= 8]
    chosen = pick(rng, paras)
    if chosen is None:
        return None
    _, e = chosen
    return replace(story.text, e - 1, e, "")


def alot(story: Story, rng: random.Random) -> Injection | None:
    """'a lot' run together."""
    return _sub(story, rng, r"\b[Aa] lot\b", "alot")


# -- the run ---------------------------------------------------------------------------------

INJECTORS: dict[str, dict[str, Injector]] = {
    "web-residue": {"furniture-first": furniture_first, "furniture-para-start": furniture_para_start,
                    "furniture-splits-paragraph": furniture_splits_paragraph,
                    "furniture-in-sentence": furniture_in_sentence, "timestamp": timestamp_line,
                    "read-more-headline": read_more_headline, "image-counter": image_counter,
                    "author-bio": author_bio, "newsletter-cookie": newsletter_box, "ad-marker-mid": ad_marker_mid},
    "duplication": {"near-repeated-paragraph": near_repeated_paragraph, "lede-repeated-at-end": lede_repeated_at_end,
                    "headline-repeated": headline_repeated, "overlap-at-break": overlap_at_break,
                    "doubled-word-case": doubled_word_case, "doubled-word-linebreak": doubled_word_linebreak},
    "punctuation": {"comma-period": comma_period, "doubled-period": doubled_period, "mixed-terminal": mixed_terminal,
                    "unbalanced-paren": unbalanced_paren, "dropped-open-quote": dropped_open_quote,
                    "space-inside-quote": space_inside_quote, "stray-semicolon": stray_semicolon,
                    "comma-before-quote-lost": comma_before_quote_lost},
    "mt-artefact": {"thesaurus-swap": thesaurus_swap, "light-verb-calque": light_verb_calque,
                    "article-drop": article_drop, "adjective-after-noun": adjective_after_noun},
    "spelling": {"wrong-vowel": wrong_vowel, "keyboard-slip": keyboard_slip, "ocr-confusion": ocr_confusion,
                 "short-word-typo": short_word_typo, "homophone": homophone},
    "encoding": {"mojibake-other-codec": mojibake_other_codec, "double-mojibake": double_mojibake,
                 "nbsp-mojibake": nbsp_mojibake, "stray-bom": stray_bom, "stray-tag": stray_tag,
                 "entity-variants": entity_variants, "escaped-unicode": escaped_unicode},
    "fact": {"weekday-abbreviated": weekday_abbreviated, "weekday-ordinal": weekday_ordinal,
             "weekday-numeric": weekday_numeric, "feb29-non-leap": feb29_non_leap,
             "impossible-ordinal": impossible_ordinal, "impossible-numeric": impossible_numeric},
    "consistency": {"courtesy-title": courtesy_title, "percent-form": percent_form,
                    "transliteration": transliteration, "british-in-american": british_in_american},
    "grammar": {"a-an": a_an, "modal-of": modal_of, "its-confusion": its_confusion, "their-there": their_there,
                "then-than": then_than, "agreement": agreement, "lose-loose": lose_loose,
                "lowercase-start": lowercase_start, "final-stop-lost": final_stop_lost, "alot": alot},
}

#: Categories that count as found for an injector besides its class.
ALSO: dict[str, set[str]] = {"homophone": {"grammar"}, "lose-loose": {"spelling"}, "alot": {"spelling"},
                             "lowercase-start": {"punctuation"}, "final-stop-lost": {"punctuation"}}


def main(argv: Sequence[str] | None = None) -> int:
    return recall.main(argv, INJECTORS, ALSO, "red-team injectors", __doc__)


if __name__ == "__main__":
    raise SystemExit(main())
