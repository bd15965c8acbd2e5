"""The shipped gazetteers (``data/gazetteers/*.tsv``) and fast longest-match lookup over them."""

from __future__ import annotations

import csv
import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Generic, TypeVar

from kg.errors import KgError
from kg.normalize import has_thai, normalize_text
from kg.resources import resource_path

T = TypeVar("T")


def trie_regex(words: Iterable[str], after: Callable[[str], str] | None = None, gap: str = "") -> str:
    """A regex matching any of ``words``, longest first, built as a trie so it scans in one pass (an alternation
    of many words is tried word by word at every position). ``after(word)``, when given, is a pattern that must
    follow that word (a lookahead, say); where it fails, the next shorter word is tried. ``gap``, a character
    class, lets one space stand inside a word before any character of that class, and a hyphen between two words
    be written as a dash with spaces around it (หอการค้าไทย – จีน for หอการค้าไทย-จีน)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = after(w) if after else ""

    def build(node: dict, root: bool = False) -> str:
        branches = [(" ?[-–] ?" if gap and ch == "-" and not root else
                     ("" if root or not gap or not re.match(gap, ch) else " ?") + re.escape(ch)) + build(child)
                    for ch, child in sorted(node.items()) if ch]
        if not branches:
            return node.get("", "")
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" not in node:
            return body
        return f"(?:{body}|{node['']})" if node[""] else f"(?:{body})?"

    return build(trie, root=True)


_LOOSE_FROM = 8  # shorter names (อก., กต.) are abbreviations, which a space would turn into other words
_WORD_START = "[ก-ฮเ-ไ0-9A-Za-z(]"  # where a word may begin: a Thai consonant or leading vowel, a digit, a letter


class Matcher(Generic[T]):
    """Leftmost-longest matching of many surface strings, each with a payload.

    Latin surfaces only match at word boundaries; Thai ones anywhere (Thai has no spaces between words). With
    ``loose_spaces``, a Thai surface matches with or without a space between its words, as long agency names are
    written both ways (กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัย และนวัตกรรม, กระทรวง ดีอี).
    """

    def __init__(self, entries: Iterable[tuple[str, T]], loose_spaces: bool = False) -> None:
        self.payload: dict[str, T] = {}
        for surface, value in entries:
            surface = surface.strip()
            if loose_spaces and not surface.isascii() and len(surface.replace(" ", "")) >= _LOOSE_FROM:
                surface = surface.replace(" ", "")
            if surface and surface not in self.payload:
                self.payload[surface] = value
        thai = [s for s in self.payload if not s[0].isascii()]
        latin = [s for s in self.payload if s[0].isascii()]
        parts = []
        # Long names first: any of them that matches is longer than every short one, so leftmost-longest holds.
        long = [s for s in thai if loose_spaces and len(s.replace(" ", "")) >= _LOOSE_FROM]
        if long:
            parts.append(trie_regex(long, gap=_WORD_START))
        if short := [s for s in thai if s not in long]:
            parts.append(trie_regex(short))
        if latin:
            parts.append(r"(?<![A-Za-z0-9])" + trie_regex(latin) + r"(?![A-Za-z0-9])")
        # The lookahead of first letters lets the scan pass over most positions at once (a third faster).
        first = "".join(sorted({re.escape(s[0]) for s in self.payload}))
        self.regex = re.compile(f"(?=[{first}])(?:" + "|".join(f"(?:{p})" for p in parts) + ")") if parts else None

    def finditer(self, text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int, T]]:
        """Non-overlapping matches as ``(start, end, payload)``."""
        if self.regex is None:
            return
        for m in self.regex.finditer(text, start, len(text) if end is None else end):
            if m.end() > m.start():
                yield m.start(), m.end(), self._payload(m.group())

    def match_at(self, text: str, pos: int, end: int | None = None) -> tuple[int, T] | None:
        """The longest entry starting exactly at ``pos`` (and ending by ``end``): ``(end, payload)``."""
        if self.regex is None:
            return None
        m = self.regex.match(text, pos, len(text) if end is None else end)
        if m and m.end() > pos:
            return m.end(), self._payload(m.group())
        return None

    def _payload(self, found: str) -> T:
        return self.payload[found] if found in self.payload else self.payload[found.replace(" ", "").replace("–", "-")]

    def __len__(self) -> int:
        return len(self.payload)


@dataclass(frozen=True)
class OrgEntry:
    key: str
    label_th: str
    label_en: str
    alt_labels: tuple[str, ...]
    parent: str | None
    country: str | None
    kind: str

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.label_th, self.label_en, *self.alt_labels) if n)


@dataclass(frozen=True)
class PositionEntry:
    title_th: str
    title_en: str
    alt_labels: tuple[str, ...]
    kind: str


@dataclass(frozen=True)
class ProgrammeEntry:
    key: str
    label_en: str
    label_th: str
    alt_labels: tuple[str, ...]
    kind: str

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.label_en, self.label_th, *self.alt_labels) if n)


@dataclass(frozen=True)
class CountryEntry:
    iso2: str
    iso3: str
    label_th: str
    label_en: str
    alt_labels: tuple[str, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(n for n in (self.label_th, self.label_en, *self.alt_labels) if n)


def _rows(name: str) -> list[dict[str, str]]:
    path: Path = resource_path("gazetteers", name)
    if not path.exists():
        raise KgError(f"gazetteer {path} is missing: reinstall thaikg (the wheel ships data/gazetteers)")
    with path.open(encoding="utf-8", newline="") as fh:
        reader = csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        return [{k: normalize_text(v or "").strip() for k, v in row.items() if k} for row in reader]


def _split(cell: str) -> tuple[str, ...]:
    return tuple(x.strip() for x in cell.split("|") if x.strip())


@dataclass(frozen=True)
class RoyalEntry:
    """A member of the Thai royal family: formal Thai name, English name, and the forms that identify them."""

    key: str
    label_th: str
    label_en: str
    names: tuple[str, ...]
    died: dt.date | None = None  # no one takes part in what happens after his death


@dataclass
class Gazetteer:
    """Every gazetteer, loaded once: honorifics, organisations, positions, programmes, countries, names,
    royals, common English words."""

    honorifics: dict[str, str]
    orgs: dict[str, OrgEntry]
    positions: list[PositionEntry]
    programmes: dict[str, ProgrammeEntry]
    countries: dict[str, CountryEntry]
    person_names: dict[str, str]
    royals: tuple[RoyalEntry, ...] = ()
    english_words: frozenset[str] = frozenset()  # written in lower case in the government's English news
    org_matcher: Matcher[OrgEntry] = field(init=False)
    position_matcher: Matcher[PositionEntry] = field(init=False)
    programme_matcher: Matcher[ProgrammeEntry] = field(init=False)
    country_matcher: Matcher[CountryEntry] = field(init=False)

    @cached_property
    def org_prefixes(self) -> dict[str, OrgEntry]:
        """Each beginning (six letters or more) of a Thai agency name that begins one agency's names only: what
        a name cut short by ฯ (กระทรวงศึกษาฯ) stands for. A Thai agency's beginning that a foreign namesake shares
        (กระทรวงศึกษาธิการ วัฒนธรรม กีฬา ... of Japan) is the Thai agency's: the foreign one comes with its country."""
        seen: dict[str, set[str]] = {}
        for entry in self.orgs.values():
            for name in {n for n in entry.names if not n[0].isascii()}:
                for i in range(6, len(name)):
                    seen.setdefault(name[:i], set()).add(entry.key)
        out = {}
        for prefix, keys in seen.items():
            thai = [k for k in keys if self.orgs[k].country == "TH"]
            if len(keys) == 1 or len(thai) == 1:
                out[prefix] = self.orgs[thai[0] if len(thai) == 1 else next(iter(keys))]
        return out

    @cached_property
    def foreign_namesakes(self) -> dict[tuple[str, str], OrgEntry]:
        """(A Thai ministry's key, a country) → that country's one agency whose Thai name begins with the ministry's
        (moe, JP → MEXT): what กระทรวงศึกษาฯ ญี่ปุ่น names."""
        found: dict[tuple[str, str], list[OrgEntry]] = {}
        for ministry in self.orgs.values():
            if ministry.kind == "ministry" and ministry.label_th:
                for entry in self.orgs.values():
                    if entry.country and entry.country != "TH" and entry.label_th.startswith(ministry.label_th):
                        found.setdefault((ministry.key, entry.country), []).append(entry)
        return {k: v[0] for k, v in found.items() if len(v) == 1}

    @cached_property
    def family_names(self) -> dict[str, str]:
        """The last word of a Thai full name in the name list → that full name, where one full name ends with it:
        what a leader named by one word after the title (ประธานาธิบดีปูติน) is called in full."""
        seen: dict[str, str | None] = {}
        for thai in self.person_names:
            parts = thai.split()
            if len(parts) > 1:
                last = parts[-1]
                seen[last] = thai if seen.get(last, thai) == thai else None
        return {k: v for k, v in seen.items() if v is not None}

    @cached_property
    def unspaced_person_names(self) -> dict[str, str]:
        """Thai full names of the name list written without their spaces (ฮุนเซน) → the name as listed."""
        return {thai.replace(" ", ""): thai for thai in self.person_names if " " in thai}

    @cached_property
    def _thai_org_names(self) -> dict[tuple[str, int], list[tuple[str, OrgEntry]]]:
        """Thai agency names of ten letters or more, no digits, no ฯ or dot, by their first four letters and length."""
        out: dict[tuple[str, int], list[tuple[str, OrgEntry]]] = {}
        for entry in self.orgs.values():
            for name in entry.names:
                if len(name) >= 10 and has_thai(name) and not _NOT_SPELT.search(name):
                    out.setdefault((name[:4], len(name)), []).append((name, entry))
        return out

    def misspelt(self, name: str) -> OrgEntry | None:
        """The one agency whose Thai name ``name`` misses by one letter (กระทรวงสาธารสุข, สำนักงานปลัดกระทรวงเกษตร
        และสกรณ์: some 800 mentions in the 90k corpus), or None. A name cut short, or run on by a letter, is not
        misspelt (กระทรวงเกษตร before ป่าไม้ และประมงญี่ปุ่น)."""
        if len(name) < 10 or _NOT_SPELT.search(name):
            return None
        names, start = self._thai_org_names, name[:4]
        found = {e.key: e for size in (len(name) - 1, len(name), len(name) + 1)
                 for n, e in names.get((start, size), ()) if _one_edit(name, n)}
        return next(iter(found.values())) if len(found) == 1 else None

    def __post_init__(self) -> None:
        self.org_matcher = Matcher(((n, e) for e in self.orgs.values() for n in e.names), loose_spaces=True)
        self.position_matcher = Matcher(
            (n, e) for e in self.positions for n in (e.title_th, e.title_en, *e.alt_labels) if n)
        self.programme_matcher = Matcher((n, e) for e in self.programmes.values() for n in e.names)
        self.country_matcher = Matcher((n, e) for e in self.countries.values() for n in e.names)


_NOT_SPELT = re.compile(r"[\dฯ.]")  # numbered and abbreviated names are told apart by more than spelling


def _one_edit(a: str, b: str) -> bool:
    """Whether one letter added, dropped or changed makes ``a`` into ``b``, neither beginning the other."""
    if a == b or abs(len(a) - len(b)) > 1 or a.startswith(b) or b.startswith(a):
        return False
    # One edit leaves the first half or the end the same (compared whole, before the letter-by-letter walk).
    h = min(len(a), len(b)) // 2
    if a[:h] != b[:h] and a[1 - h:] != b[1 - h:]:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:]
    return a[i:] == b[i + 1:] if len(a) < len(b) else a[i + 1:] == b[i:]


@cache
def load() -> Gazetteer:
    """The shipped gazetteers (cached: loaded once per process)."""
    orgs = {r["key"]: OrgEntry(r["key"], r.get("label_th", ""), r.get("label_en", ""),
                               _split(r.get("alt_labels", "")), r.get("parent") or None,
                               r.get("country") or None, r.get("kind", ""))
            for r in _rows("organisations.tsv")}
    positions = [PositionEntry(r.get("title_th", ""), r.get("title_en", ""), _split(r.get("alt_labels", "")),
                               r.get("kind", "")) for r in _rows("positions.tsv")]
    programmes = {r["key"]: ProgrammeEntry(r["key"], r.get("label_en", ""), r.get("label_th", ""),
                                           _split(r.get("alt_labels", "")), r.get("kind", ""))
                  for r in _rows("programmes.tsv")}
    countries = {r["iso2"]: CountryEntry(r["iso2"], r.get("iso3", ""), r.get("label_th", ""),
                                         r.get("label_en", ""), _split(r.get("alt_labels", "")))
                 for r in _rows("countries.tsv")}
    names = {r["thai"]: r["latin"] for r in _rows("person_names.tsv") if r.get("thai") and r.get("latin")}
    honorifics = {r["form"]: r["kind"] for r in _rows("honorifics.tsv")}
    royals = tuple(RoyalEntry(r["key"], r["label_th"], r["label_en"], _split(r["names"]),
                              dt.date.fromisoformat(r["died"]) if r.get("died") else None) for r in _rows("royals.tsv"))
    english = frozenset(r["word"] for r in _rows("english_words.tsv"))
    return Gazetteer(honorifics, orgs, positions, programmes, countries, names, royals, english)
