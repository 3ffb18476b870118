"""Dates that cannot be right: a weekday that disagrees with its date, a day a month does not have.

Dates are read in the forms news copy uses: American ("Wednesday, Nov. 14,
2023", "Tuesday, March 5", "November 14th") and British ("Tuesday 14 November
2023", "the 14th of November"), with AP month abbreviations ("Nov.", "Sept."),
short forms ("Thu 11 Feb 2019") or full month names, and numeric dates with a
four-digit year: ISO "2019-02-16", "16/02/2019", "16.02.2019".
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from lint.checks.base import Check
from lint.checks.gates import Gate
from lint.document import Document
from lint.findings import Hit
from lint.rules.patterns import compile_regex
from lint.rules.scan import scan

_MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
    "december": 12, "dec": 12,
}
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_ABBR = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4, "sat": 5, "sun": 6}

_MONTH_NAMES = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?)"
)
# A day of the month: one or two digits, not the start of a bigger number
# ("May 5,000", "March 3.5"), with an optional ordinal suffix.
_DAY = r"\d{1,2}(?![\d]|[.,]\d)"
_ORD = r"(?:st|nd|rd|th)"
# A year that belongs to the date: four digits, not part of a longer number
# and not a time ("1 March 2000 GMT").
_YEAR = r"[12]\d{3}(?![\d]|[.,]\d|\s*(?:GMT|BST|UTC|CET|EST|EDT|PST|PDT|[Hh]rs\b|[Hh]ours\b|h\b))"
# Space inside a date: it may wrap onto the next line, never across a blank line.
_S = r"(?=\s)[^\S\n]*\n?[^\S\n]*"

# "Nov. 14, 2023", "March 5", "November 14th"
_US = rf"(?P<month>{_MONTH_NAMES}){_S}(?P<day>{_DAY})(?P<ord>{_ORD})?(?:,?{_S}(?P<year>{_YEAR}))?"
# "14 November 2023", "14th Nov.", "the 14th of November"
_UK = (
    rf"(?:the{_S})?(?P<uday>{_DAY})(?:(?P<uord>{_ORD}){_S}of|(?P<uord2>{_ORD})?){_S}"
    rf"(?P<umonth>{_MONTH_NAMES})(?:,?{_S}(?P<uyear>{_YEAR}))?"
)
# A short weekday is read with or without its period ("Thu 11 Feb 2019"); "Sun", "Sat" and
# "Mon" are also words and names, so only a date right after it makes it a weekday, and never
# after "the" ("the Sun, May 5, 2019" is a newspaper): see `_is_weekday`.
_WEEKDAY = (
    r"\b(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)\.?)"
)

#: A weekday directly attached to a date: "Wednesday, Nov. 14, 2023", "Tuesday 14 November",
#: "Monday (Nov. 13)".
_WEEKDAY_JOIN = rf"(?:,?{_S}|{_S}?\((?=[^()\n]{{3,30}}\)))"
WEEKDAY_DATE = re.compile(rf"{_WEEKDAY}{_WEEKDAY_JOIN}(?:{_US}|{_UK})\b")
# A numeric date: ISO "2019-02-16", or day, month and a four-digit year split by slashes or
# dots ("16/02/2019", "16.02.2019"). Not part of a longer run of numbers (a version "1.2.16.2019",
# an IP address, a code "A-2019-02-16-7", a time "2019-02-16:12").
_YEAR4 = r"(?:1[89]|2[01])\d\d"
_NUMERIC = (
    rf"(?<![\w./:-])(?:(?P<iy>{_YEAR4})-(?P<im>\d\d)-(?P<id>\d\d)"
    rf"|(?P<a>\d{{1,2}})(?P<sep>[/.])(?P<b>\d{{1,2}})(?P=sep)(?P<y>{_YEAR4}))(?![\w/-]|[.:,]\d)"
)
NUMERIC_DATE = re.compile(_NUMERIC)
WEEKDAY_NUMERIC_DATE = re.compile(rf"{_WEEKDAY}{_WEEKDAY_JOIN}{_NUMERIC}")
#: Any date with a day and a month, the year optional (impossible dates, year references).
DATE = re.compile(rf"\b(?:{_US}|{_UK})\b")
#: A larger number after a month is a year ("Feb 87") or a figure, not a bad day.
_MAX_DAY = 39
# What may stand before a dateline or byline date in its block.
_DATELINE_LEAD = re.compile(
    r"(?:By\b[^.\n]*|(?:Published|Updated|Posted)\b[^.\n]*|[A-Z][A-Z.'\- ]*(?:,[ A-Za-z.]*)?"
    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)?[\s,|:–—-]*$"
)
# Where a month or a weekday name can start: found by RE2 in one linear pass,
# so the slow patterns above (Python's `re`, for their look-ahead) are only
# tried where a date can begin. Every month and weekday name starts with one
# of these; none of them overlaps another.
_MONTH_START = compile_regex("Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec", ignorecase=False, where=(__file__, None, "_MONTH_START"))
_WEEKDAY_START = compile_regex("Mon|Tue|Wed|Thu|Fri|Sat|Sun", ignorecase=False, where=(__file__, None, "_WEEKDAY_START"))
_WEEKDAY_NUMERIC_START = compile_regex(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?\s*\(?\d{1,4}[-/.]\d{1,2}[-/.]\d{2,4}",
    ignorecase=False, where=(__file__, None, "_WEEKDAY_NUMERIC_START"),
)
_NUMERIC_PATTERN = r"\d\d\d\d-\d\d-\d\d|\d{1,2}/\d{1,2}/\d\d\d\d|\d{1,2}\.\d{1,2}\.\d\d\d\d"
_NUMERIC_START = compile_regex(_NUMERIC_PATTERN, ignorecase=False, where=(__file__, None, "_NUMERIC_START"))
_NUMERIC_GATE = Gate(_NUMERIC_PATTERN)
#: Letters of what may stand before the month in a British date ("the 14th of").
_UK_LEAD = frozenset("thesndrof")


def _from(pattern: re.Pattern[str], text: str, starts: Iterator[int]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text)`, trying only `starts` (ascending; every position a match can start at)."""
    pos = 0
    for start in starts:
        if start >= pos:
            m = pattern.match(text, start)
            if m is not None:
                yield m
                pos = m.end()


def _date_starts(doc: Document) -> Iterator[int]:
    """Every position a DATE can start at: a month name, or the day (or "the") before one."""
    text = doc.text
    for month, _ in scan(doc, "text", _MONTH_START):
        lead = month
        while lead > 0 and ((c := text[lead - 1]).isspace() or c.isdecimal() or c in _UK_LEAD):
            lead -= 1
        for i in range(lead, month):
            if text[i].isdecimal() or text.startswith("the", i):
                yield i
        yield month


def dates_in(doc: Document) -> Iterator[re.Match[str]]:
    """`DATE.finditer(doc.text)`, fast."""
    return _from(DATE, doc.text, _date_starts(doc))


def weekday_dates_in(doc: Document) -> Iterator[re.Match[str]]:
    """`WEEKDAY_DATE.finditer(doc.text)`, fast, less short weekdays that are words (see `_is_weekday`)."""
    matches = _from(WEEKDAY_DATE, doc.text, (s for s, _ in scan(doc, "text", _WEEKDAY_START)))
    return (m for m in matches if _is_weekday(doc.text, m))


def numeric_dates_in(doc: Document) -> Iterator[re.Match[str]]:
    """`NUMERIC_DATE.finditer(doc.text)`, fast (most stories have no numeric date: the shared gate pass says so)."""
    if not _NUMERIC_GATE.open(doc):
        return iter(())
    return _from(NUMERIC_DATE, doc.text, (s for s, _ in scan(doc, "text", _NUMERIC_START)))


def weekday_numeric_dates_in(doc: Document) -> Iterator[re.Match[str]]:
    """`WEEKDAY_NUMERIC_DATE.finditer(doc.text)`, fast: tried only where RE2 finds a weekday name
    and a numeric date right after it."""
    if not _NUMERIC_GATE.open(doc):
        return iter(())
    matches = _from(WEEKDAY_NUMERIC_DATE, doc.text, (s for s, _ in scan(doc, "text", _WEEKDAY_NUMERIC_START)))
    return (m for m in matches if _is_weekday(doc.text, m))


_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")


def _is_weekday(text: str, m: re.Match[str]) -> bool:
    """False for a short weekday without its period after "the": "the Sun, May 5" is a newspaper."""
    written = m.group("weekday")
    if written.endswith(".") or written in _WEEKDAYS:
        return True
    return _THE_BEFORE.search(text, max(0, m.start() - 8), m.start()) is None


def numeric_readings(m: re.Match[str]) -> tuple[tuple[int, int, int], ...]:
    """The (year, month, day) a NUMERIC_DATE match may mean, any of them impossible.

    ISO is year-month-day. With dots the date is day-first (European). With
    slashes a day above 12 settles the order ("31/04/2019" is day-first,
    "04/31/2019" month-first); when both numbers could be months, both
    readings are kept. Numbers that are no month in any order give none.
    """
    if m.group("iy") is not None:
        year, month, day = int(m.group("iy")), int(m.group("im")), int(m.group("id"))
        return ((year, month, day),)
    a, b, year = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    readings = [(year, b, a)]
    if m.group("sep") == "/":
        readings.append((year, a, b))
    return tuple(dict.fromkeys(r for r in readings if 1 <= r[1] <= 12))


# Words before a month-day that make it a date rather than "in May 31 people died".
_DATE_CUE = re.compile(
    r"(?:\b(?:the|on|by|until|till|from|since|before|after|through|to|dated|Monday|Tuesday|Wednesday|Thursday"
    r"|Friday|Saturday|Sunday)|[(–—])[,\s]*$",
    re.IGNORECASE,
)
# What may follow a bare "Month Day" so that it reads as a date.
_DATE_END = re.compile(r"\s*(?:[.,;:)!?\"”–—]|$)")


@dataclass(frozen=True)
class _Date:
    """A day-month date found in the text, with its year if written."""

    start: int
    end: int
    month: int
    day: int
    year: int | None
    ordinal: bool


def _parse(m: re.Match[str]) -> _Date:
    """The date a DATE or WEEKDAY_DATE match wrote."""
    uk = m.group("uday") is not None
    day = int(m.group("uday" if uk else "day"))
    month = _MONTHS[m.group("umonth" if uk else "month").rstrip(".").lower()]
    year = m.group("uyear" if uk else "year")
    ordinal = bool(m.group("uord") or m.group("uord2")) if uk else m.group("ord") is not None
    start = m.start("uday" if uk else "month")
    return _Date(start, m.end(), month, day, int(year) if year else None, ordinal)


def _valid(month: int, day: int, year: int | None) -> bool:
    if day < 1:
        return False
    # Without a year, February 29 is possible (it exists in leap years).
    last = calendar.monthrange(year if year is not None else 2000, month)[1]
    return day <= last


def _nearest_year(month: int, day: int, ref: dt.date) -> int | None:
    """The year that puts month/day closest to `ref` (dates are within months of the story)."""
    best: tuple[int, int] | None = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        if not _valid(month, day, year):
            continue
        gap = abs((dt.date(year, month, day) - ref).days)
        if best is None or gap < best[0]:
            best = (gap, year)
    return best[1] if best else None


def _references(doc: Document) -> tuple[list[dt.date], list[dt.date]]:
    """Full dates (with a year) in the story: its dateline or byline dates, and all.

    A dateline or byline date opens one of the first blocks, after at most a
    place name in capitals, a weekday or a byline: "By Ana Ruiz | March 1,
    2024", "PARIS, March 1, 2024 -", "Monday, February 11, 2019".
    """
    header: list[dt.date] = []
    every: list[dt.date] = []
    for m in dates_in(doc):
        d = _parse(m)
        if d.year is None or not 1753 <= d.year <= 2200 or not _valid(d.month, d.day, d.year):
            continue
        date = dt.date(d.year, d.month, d.day)
        every.append(date)
        block = doc.block_at(d.start)
        if block is not None and block in doc.blocks[:3] and _DATELINE_LEAD.match(doc.text, block.start, d.start):
            header.append(date)
    return header, every


def _resolve_year(month: int, day: int, header: list[dt.date], every: list[dt.date]) -> int | None:
    """The year of a date written without one, when the story settles it; else None.

    A dateline or byline date decides. Otherwise at least two full dates in
    the story must all point to the same year: a single one may be a
    maturity or an anniversary, years away from the story's own date.
    """
    if header:
        years = {_nearest_year(month, day, ref) for ref in header}
        return years.pop() if len(years) == 1 else None
    if len(every) >= 2:
        years = {_nearest_year(month, day, ref) for ref in every}
        return years.pop() if len(years) == 1 else None
    return None


@dataclass(frozen=True)
class _Written:
    """A weekday written beside a date: where, which date, which weekday (0 = Monday)."""

    start: int
    end: int
    month: int
    day: int
    year: int | None
    said: int
    abbreviated: bool
    date: str
    dotted: bool = True  # an abbreviation written with its period ("Wed." rather than "Wed")


#: One full cycle of the calendar: every date falls on every weekday in some year of it.
_LAYOUT_YEARS = range(2000, 2028)
#: Two weekday-dates further apart than this may be in different years: not compared.
_NEAR_DAYS = 60


def _nearest(month: int, day: int, ref: dt.date) -> dt.date | None:
    """month/day in the year before, of or after `ref`, whichever is closest to it."""
    year = _nearest_year(month, day, ref)
    return dt.date(year, month, day) if year is not None else None


def _implied(anchor: _Written, other: _Written) -> int | None:
    """The weekday `other`'s date has if `anchor`'s weekday is right, or None when the two can agree.

    Without years, two dates are taken to be the nearest such dates to each
    other, and compared only when that is within `_NEAR_DAYS`; they agree
    when some calendar year gives both their weekdays (a 29 February between
    them may or may not exist).
    """
    implied = None
    for year in (anchor.year,) if anchor.year is not None else _LAYOUT_YEARS:
        if not _valid(anchor.month, anchor.day, year):
            continue
        first = dt.date(year, anchor.month, anchor.day)
        if first.weekday() != anchor.said:
            continue
        second = _nearest(other.month, other.day, first)
        if second is None or abs((second - first).days) > _NEAR_DAYS:
            continue
        weekday = (anchor.said + (second - first).days) % 7
        if weekday == other.said:
            return None
        implied = weekday
    return implied


class WeekdayMismatch(Check):
    """Flag a weekday that does not fall on the date written beside it.

    Why it matters: "Wednesday, Nov. 14, 2023" sends readers to the wrong
    day (it was a Tuesday); one of the two is wrong and only the writer knows
    which. The weekday is flagged, with the date's true weekday as the
    suggestion. A date without a year is checked when the story's own
    dateline or full dates settle the year; otherwise against the story's
    other weekday-dates: "Monday, Nov. 13" and "Wednesday, Nov. 14" cannot
    both be right in any year.
    """

    params = {"resolve_year": True}

    def check(self, doc: Document) -> Iterator[Hit]:
        refs: tuple[list[dt.date], list[dt.date]] | None = None
        settled: list[_Written] = []  # weekdays the calendar confirms
        open_: list[_Written] = []  # yearless, year not settled by the story
        for m in weekday_dates_in(doc):
            d = _parse(m)
            if not _valid(d.month, d.day, d.year):
                continue  # an impossible date is fact.impossible-date's finding
            written = m.group("weekday")
            said = _WEEKDAYS.index(written) if written in _WEEKDAYS else _WEEKDAY_ABBR[written.rstrip(".").lower()]
            entry = _Written(m.start("weekday"), m.end("weekday"), d.month, d.day, d.year, said,
                             written not in _WEEKDAYS, m.group(0)[m.end("weekday") - m.start():].strip(" ,("),
                             written.endswith("."))
            year = d.year
            if year is None and self.p["resolve_year"]:
                if refs is None:
                    refs = _references(doc)
                year = _resolve_year(d.month, d.day, *refs)
                if year is not None and not _valid(d.month, d.day, year):
                    continue
            if year is None:
                open_.append(entry)
                continue
            if not 1753 <= year <= 2200:  # before the Gregorian calendar in Britain and America
                continue
            actual = dt.date(year, d.month, d.day).weekday()
            if said == actual:
                if d.year is not None:
                    settled.append(entry)
                continue
            date = entry.date if d.year is not None else f"{entry.date} ({year}, from the story's other dates)"
            yield self._hit(entry, actual, date)
        yield from self._numeric(doc)
        if self.p["resolve_year"]:
            if refs is not None and len({date.year for date in refs[1]}) > 1:
                settled = []  # the story spans years: a yearless date may belong to any of them
            yield from self._against_each_other(settled, open_)

    def _numeric(self, doc: Document) -> Iterator[Hit]:
        """Weekdays beside numeric dates ("Saturday, 2019-02-16"): flagged when every reading of the
        date falls on one other weekday (an ambiguous "04/06/2019" whose readings differ is left alone)."""
        for m in weekday_numeric_dates_in(doc):
            written = m.group("weekday")
            said = _WEEKDAYS.index(written) if written in _WEEKDAYS else _WEEKDAY_ABBR[written.rstrip(".").lower()]
            actual = {dt.date(*r).weekday() for r in numeric_readings(m) if _valid(r[1], r[2], r[0])}
            if len(actual) != 1 or said in actual:
                continue
            date = m.group(0)[m.end("weekday") - m.start():].strip(" ,(")
            yield self._hit(_Written(m.start("weekday"), m.end("weekday"), 0, 0, None, said,
                                     written not in _WEEKDAYS, date, written.endswith(".")), actual.pop(), date)

    def _against_each_other(self, settled: list[_Written], open_: list[_Written]) -> Iterator[Hit]:
        """Yearless weekday-dates checked against the confirmed ones, else against the one most others agree with."""
        if not open_ or len(settled) + len(open_) < 2:
            return
        accepted = list(settled)
        if not accepted:
            agreements = [sum(_implied(a, b) is None for b in open_ if b is not a) for a in open_]
            accepted.append(open_[agreements.index(max(agreements))])
        for entry in open_:
            if entry in accepted:
                continue
            clash = next(((a, w) for a in accepted if (w := _implied(a, entry)) is not None), None)
            if clash is None:
                accepted.append(entry)
                continue
            anchor, weekday = clash
            yield self._hit(entry, weekday, f"{entry.date} (given {_WEEKDAYS[anchor.said]}, {anchor.date} elsewhere in the story)")

    def _hit(self, entry: _Written, weekday: int, date: str) -> Hit:
        right = _WEEKDAYS[weekday]
        return Hit(
            entry.start,
            entry.end,
            replacements=(right[:3] + ("." if entry.dotted else "") if entry.abbreviated else right,),
            values={"weekday": right, "date": date},
        )


class ImpossibleDate(Check):
    """Flag a date that does not exist: "Feb. 30", "April 31", "Feb. 29, 2023", "32 May", "2019-13-24", "31/04/2019".

    Why it matters: an impossible date is always a typo or a garbled figure,
    and readers notice. A number after a month name is only read as a day
    when something marks it as a date (a year, an ordinal, "on", "by", a
    weekday, or punctuation after it), so "In May 32 people died" is left
    alone. A numeric date is impossible when no reading of it exists (see
    `numeric_readings`: "31.11.2019", "02/30/2019", ISO "2019-02-30").
    """

    params = {}

    def check(self, doc: Document) -> Iterator[Hit]:
        text = doc.text
        for m in dates_in(doc):
            d = _parse(m)
            if _valid(d.month, d.day, d.year) or not 1 <= d.day <= _MAX_DAY:
                continue
            if not (d.ordinal or d.year is not None or _DATE_CUE.search(text, max(0, d.start - 12), d.start)
                    or _DATE_END.match(text, d.end)):
                continue
            yield Hit(d.start, d.end, values={"month": calendar.month_name[d.month], "days": _days_in(d.month, d.year)})
        for m in numeric_dates_in(doc):
            readings = numeric_readings(m)
            if not readings or any(_valid(month, day, year) for year, month, day in readings if 1 <= month <= 12):
                continue
            year, month, day = readings[0]
            if month == 0 or day == 0:
                continue  # a placeholder ("2019-00-00"), not a slip
            if month > 12:
                yield Hit(m.start(), m.end(), message=f"'{m.group()}' is not a date: there is no month {month}.")
            elif day <= _MAX_DAY:
                yield Hit(m.start(), m.end(), values={"month": calendar.month_name[month], "days": _days_in(month, year)})


def _days_in(month: int, year: int | None) -> int:
    return calendar.monthrange(year if year is not None else 2000, month)[1]
