"""Mine candidate organisation names from the thaigov corpora and print them with counts.

This script does not write ``organisations.tsv``: that file is edited and reviewed by hand.
It prints, as TSV on stdout (``section<TAB>count<TAB>candidate[<TAB>extra]``), highest count first:

``run``
    Thai runs starting with an agency word (กระทรวง, กรม, สำนักงาน, องค์การ, ...) up to the next
    space, bracket or non-Thai character. Long runs often carry the following words; they show
    which names occur, not their exact ends.
``wiki``
    The longest Thai Wikipedia agency title (``thwiki_titles_gov_candidates.txt``) that starts
    each run, i.e. runs cut at a known name boundary.
``abbr``
    ``<Thai name> (<abbreviation.>)`` pairs such as ``กระทรวงมหาดไทย (มท.)``.
``th_en``
    ``<Thai name> (<Latin name or acronym>)`` pairs such as ``... ของญี่ปุ่น (JICA)``.
``en``
    English agency names from the English thaigov news: runs of capitalised words that contain an
    agency word (Ministry, Department, Office, Agency, ...), and ``<English name> (<ACRONYM>)`` pairs.

Usage (from the repository root)::

    /work/venv/bin/python scripts/gazetteers/mine_organisations.py [--every N] [--min-count K] > /tmp/org_candidates.tsv

Deterministic: the corpus is read in file order, ties are sorted by the candidate text.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter

from _common import CORPUS_ALL, CORPUS_EN, GAZ_SHARED, iter_articles, nfc, pair, print_counts

TH = "\u0e00-\u0e7f"
PREFIXES = (
    "กระทรวง", "ทบวง", "กรม", "สำนักงาน", "สำนัก", "สถาบัน", "องค์การ", "องค์กร", "การไฟฟ้า",
    "การท่าเรือ", "การท่องเที่ยว", "การรถไฟ", "การประปา", "การเคหะ", "การนิคม", "ธนาคาร",
    "กองทัพ", "กองบัญชาการ", "ศูนย์", "คณะกรรมการ", "สภา", "กองทุน", "มหาวิทยาลัย", "สมาคม",
    "หอการค้า", "สภาอุตสาหกรรม", "สถานเอกอัครราชทูต", "สถานกงสุลใหญ่", "ธนาคารแห่ง",
)
RUN_RE = re.compile("(?:" + "|".join(sorted(PREFIXES, key=len, reverse=True)) + f")[{TH}]{{2,80}}")
ABBR_RE = re.compile(f"([{TH}]{{4,80}})\\s?\\(([{TH}][{TH}\\.]{{0,12}}\\.)\\)")
TH_EN_RE = re.compile(f"([{TH}]{{4,80}})\\s?\\(([A-Z][A-Za-z&'\\.\\- ]{{1,90}})\\)")
EN_WORD = r"(?:[A-Z][A-Za-z'\.\-&]*|of|and|for|the|on|in|de|du)"
EN_KEYS = (
    "Ministry", "Department", "Office", "Bureau", "Agency", "Authority", "Council", "Commission",
    "Board", "Institute", "Bank", "Organization", "Organisation", "Corporation", "Fund", "Center",
    "Centre", "Command", "Police", "Army", "Navy", "Force", "Secretariat", "University",
    "Association", "Federation", "Chamber", "Programme", "Program", "Forum",
)
EN_RE = re.compile(rf"\b[A-Z][A-Za-z'\.\-&]*(?:\s{EN_WORD}){{0,12}}")
EN_ACR_RE = re.compile(r"((?:[A-Z][A-Za-z'\.\-&]*\s(?:(?:of|and|for|the|on|in)\s)*){1,12})\(([A-Z][A-Za-z]{1,10})\)")


def load_titles() -> set[str]:
    path = GAZ_SHARED / "thwiki_titles_gov_candidates.txt"
    return {nfc(t) for t in path.read_text(encoding="utf-8").splitlines() if t.strip()}


def longest_title_prefix(run: str, titles: set[str], max_len: int) -> str | None:
    for end in range(min(len(run), max_len), 2, -1):
        if run[:end] in titles:
            return run[:end]
    return None


def trim_en(phrase: str) -> str:
    words = phrase.split()
    while words and words[-1] in {"of", "and", "for", "the", "on", "in", "de", "du"}:
        words.pop()
    while words and words[0] in {"The", "A", "An", "In", "On", "At", "For", "And", "By"}:
        words.pop(0)
    return " ".join(words)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--every", type=int, default=1, help="read one article in N (default: all)")
    ap.add_argument("--min-count", type=int, default=5, help="print candidates seen at least K times")
    args = ap.parse_args(argv)

    titles = load_titles()
    max_len = max(map(len, titles))
    runs: Counter[str] = Counter()
    wiki: Counter[str] = Counter()
    abbr: Counter[tuple[str, str]] = Counter()
    th_en: Counter[tuple[str, str]] = Counter()
    for art in iter_articles(CORPUS_ALL, every=args.every):
        text = nfc(art.get("text") or "")
        for m in RUN_RE.finditer(text):
            run = m.group(0)
            runs[run] += 1
            hit = longest_title_prefix(run, titles, max_len)
            if hit:
                wiki[hit] += 1
        for m in ABBR_RE.finditer(text):
            abbr[(m.group(1), m.group(2))] += 1
        for m in TH_EN_RE.finditer(text):
            th_en[(m.group(1), m.group(2).strip())] += 1

    en: Counter[str] = Counter()
    en_acr: Counter[tuple[str, str]] = Counter()
    for art in iter_articles(CORPUS_EN):
        text = art.get("text") or ""
        for m in EN_RE.finditer(text):
            phrase = trim_en(m.group(0))
            if any(k in phrase.split() for k in EN_KEYS) and len(phrase.split()) > 1:
                en[phrase] += 1
        for m in EN_ACR_RE.finditer(text):
            en_acr[(trim_en(m.group(1)), m.group(2))] += 1

    print_counts("run", runs, str, args.min_count)
    print_counts("wiki", wiki, str, args.min_count)
    print_counts("abbr", abbr, pair, args.min_count)
    print_counts("th_en", th_en, pair, args.min_count)
    k = max(2, args.min_count // 3)  # the English corpus is 60 times smaller
    print_counts("en", en, str, k)
    print_counts("en_acr", en_acr, pair, k)
    return 0


if __name__ == "__main__":
    sys.exit(main())
