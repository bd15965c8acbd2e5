"""Thai and English date expressions: Buddhist-era years, full and abbreviated Thai months, day ranges."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from kg.normalize import thai_digits_to_arabic

THAI_MONTHS = {
    "มกราคม": 1, "ม.ค.": 1, "กุมภาพันธ์": 2, "ก.พ.": 2, "มีนาคม": 3, "มี.ค.": 3, "เมษายน": 4, "เม.ย.": 4,
    "พฤษภาคม": 5, "พ.ค.": 5, "มิถุนายน": 6, "มิ.ย.": 6, "กรกฎาคม": 7, "ก.ค.": 7, "สิงหาคม": 8, "ส.ค.": 8,
    "กันยายน": 9, "ก.ย.": 9, "ตุลาคม": 10, "ต.ค.": 10, "พฤศจิกายน": 11, "พ.ย.": 11, "ธันวาคม": 12, "ธ.ค.": 12,
}
# Frequent misspellings and unspaced abbreviations met in scraped pages.
THAI_MONTHS |= {"กรกฏาคม": 7, "พฤศจิการยน": 11, "มค.": 1, "กพ.": 2, "มีค.": 3, "เมย.": 4, "พค.": 5,
                "มิย.": 6, "กค.": 7, "สค.": 8, "กย.": 9, "ตค.": 10, "พย.": 11, "ธค.": 12}
ENGLISH_MONTHS = {m: i for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
     "november", "december"], start=1)}
ENGLISH_MONTHS |= {m[:3]: i for m, i in list(ENGLISH_MONTHS.items())} | {"sept": 9}

_TH_MONTH = "|".join(sorted((re.escape(m) for m in THAI_MONTHS), key=len, reverse=True))
_EN_MONTH = "|".join(sorted(ENGLISH_MONTHS, key=len, reverse=True))
# วันพุธที่ 30 พฤษภาคม 2561, and เมื่อพุธที่ 30 ... as some write it (400 times in the 90k corpus).
_WEEKDAY = r"(?:(?:วัน)?(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์)\s*ที่\s*)?"
_YEAR = r"(?:(?P<era>พ\.\s?ศ\.|ค\.\s?ศ\.|พุทธศักราช|คริสต์ศักราช)\s*)?(?P<year>\d{4}|\d{2}(?!\d))"

# 5 - 11 เม.ย., 14 และ 28 กุมภาพันธ์, 16, 21 และ 23 สิงหาคม, 11 และวันที่ 15 กรกฎาคม: a range or a list of days in one
# month, dated by its first; a list's other days are kept (``DateMention.listed_days``). Days set apart by spaces alone
# (วันที่ 3 9 และ 19 เมษายน) are a list only after วันที่ (see ``find_dates``).
THAI_DATE = re.compile(
    _WEEKDAY + r"(?P<day>\d{1,2})(?:\s*(?:-|–|ถึง)\s*(?:วันที่\s*)?\d{1,2}"
    r"|(?P<list>(?:\s*(?:และ|,)\s*(?:วันที่\s*)?\d{1,2}| \d{1,2})+))?\s*"
    r"(?P<month>" + _TH_MONTH + r")"
    r"(?:\s*" + _YEAR + r")?")
_LISTED = re.compile(r"\d{1,2}")
_SPACED = re.compile(r"\d \d|^ \d")  # days set apart by nothing but a space
ISO_DATE = re.compile(r"(?<![\d/-])(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})(?![\d/])")
NUMERIC_DATE = re.compile(r"(?<![\d/])(?P<day>\d{1,2})/(?P<month>\d{1,2})/(?P<year>\d{4})(?![\d/])")
ENGLISH_DATE = re.compile(
    r"(?i)\b(?:(?P<month1>" + _EN_MONTH + r")\.?\s+(?P<day1>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year1>\d{4})"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month2>" + _EN_MONTH + r")\.?,?\s+(?P<year2>\d{4}))\b")


@dataclass(frozen=True)
class DateMention:
    """A date found in text: its value and the character span it came from."""

    value: dt.date
    start: int
    end: int
    has_year: bool
    listed_days: tuple[int, ...] = ()  # a list's other days in one month (28 of 14 และ 28 กุมภาพันธ์)


def gregorian_year(year: int, era: str | None = None) -> int:
    """A year as written (Buddhist era, Christian era, or two digits) as a Gregorian year."""
    if era and era.replace(" ", "").startswith("ค"):
        return year if year >= 100 else 2000 + year
    if year < 100:
        year += 2500  # "29 ก.ย. 59" is B.E. 2559
    return year - 543 if year > 2300 else year


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None  # 31 กุมภาพันธ์ and its kind: no such day


def find_dates(text: str, default_year: int | None = None) -> list[DateMention]:
    """Every date in ``text``, in order. A date written without a year takes the year of the next dated
    expression within 40 characters (``30 พ.ค. - 2 มิ.ย. 2564``), else ``default_year``, else it is skipped."""
    text = thai_digits_to_arabic(text)
    raw: list[tuple[int, int, int | None, int, int]] = []  # start, end, year, month, day
    listed: dict[int, tuple[int, ...]] = {}  # start -> a list's other days
    pos = 0
    while m := THAI_DATE.search(text, pos):
        pos = m.end()
        # ครั้งที่ 3 15 มีนาคม: a number spaced before a date lists no day of it unless วันที่ leads the list.
        if m["list"] and _SPACED.search(m["list"]) and not text[:m.start("day")].rstrip().endswith("วันที่"):
            pos = m.end("day")
            continue
        year = None
        # A two-digit year only after an abbreviated month or an era ("29 ก.ย. 59"), not "5 มกราคม 25 คน".
        if m["year"] and (len(m["year"]) == 4 or m["era"] or "." in m["month"]):
            year = gregorian_year(int(m["year"]), m["era"])
        raw.append((m.start(), m.end(), year, THAI_MONTHS[m["month"]], int(m["day"])))
        if m["list"]:
            listed[m.start()] = tuple(int(d) for d in _LISTED.findall(m["list"]))
    for m in ISO_DATE.finditer(text):
        raw.append((m.start(), m.end(), gregorian_year(int(m["year"])), int(m["month"]), int(m["day"])))
    for m in NUMERIC_DATE.finditer(text):
        raw.append((m.start(), m.end(), gregorian_year(int(m["year"])), int(m["month"]), int(m["day"])))
    for m in ENGLISH_DATE.finditer(text):
        month, day, year = (m["month1"], m["day1"], m["year1"]) if m["month1"] else (
            m["month2"], m["day2"], m["year2"])
        raw.append((m.start(), m.end(), int(year), ENGLISH_MONTHS[month.lower().rstrip(".")], int(day)))
    raw.sort()
    found = []
    for i, (start, end, year, month, day) in enumerate(raw):
        has_year = year is not None
        if year is None:
            year = next((y for s, _, y, _, _ in raw[i + 1:] if y is not None and s - end <= 40), default_year)
        if year is None:
            continue
        value = _safe_date(year, month, day)
        if value is not None:
            found.append(DateMention(value, start, end, has_year, listed.get(start, ())))
    return found


def parse_date(text: str, default_year: int | None = None) -> dt.date | None:
    """The first date in ``text``, or None."""
    dates = find_dates(text, default_year)
    return dates[0].value if dates else None


_TODAY = re.compile(r"วันนี้|ในวันนี้")
_YESTERDAY = re.compile(r"เมื่อวานนี้|เมื่อวาน")


def event_dates(text: str, published: dt.date | None) -> Iterator[DateMention]:
    """Dates that say when something happened: ``เมื่อวันที่ ...``, ``วันนี้ (...)``, a dated clause.

    Dates without a year take the publication year (the year before it when that would put the event
    more than a month after publication)."""
    default = published.year if published else None
    for d in find_dates(text, default):
        value = d.value
        if not d.has_year and published and value > published + dt.timedelta(days=31):
            value = _safe_date(value.year - 1, value.month, value.day) or value
        yield DateMention(value, d.start, d.end, d.has_year, d.listed_days)


_LAST_WEEKDAY = re.compile(r"วัน(จันทร์|อังคาร|พุธ|พฤหัสบดี|ศุกร์|เสาร์|อาทิตย์)ที่ผ่านมา")
_WEEKDAYS = ("จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์", "เสาร์", "อาทิตย์")


def relative_date(text: str, published: dt.date | None) -> dt.date | None:
    """``วันนี้`` is the publication date, ``เมื่อวานนี้`` the day before, ``วันจันทร์ที่ผ่านมา`` the last Monday
    before it; else None."""
    if published is None:
        return None
    if m := _LAST_WEEKDAY.search(text):
        back = (published.weekday() - _WEEKDAYS.index(m.group(1))) % 7 or 7
        return published - dt.timedelta(days=back)
    if _YESTERDAY.search(text):
        return published - dt.timedelta(days=1)
    if _TODAY.search(text):
        return published
    return None
