"""Mine candidate programme and framework names from the thaigov corpora and print them with counts.

This script does not write ``programmes.tsv``: that file is edited and reviewed by hand. It prints,
as TSV on stdout (``section<TAB>articles<TAB>candidate[<TAB>extra]``), most articles first:

``th``
    Thai names opening with a framework's head word (กรอบความร่วมมือ, ความตกลง, ข้อริเริ่ม, แผนงาน,
    อนุสัญญา, ปฏิญญา, หุ้นส่วน, คณะกรรมาธิการร่วม, ...) up to the next space or bracket; a spaced dash
    between two names (ไทย - ลาว) is kept, for it joins the parties of a bilateral framework.
``th_en``
    ``<Thai name> (<Latin name or acronym>)`` pairs whose Thai side is a ``th`` candidate.
``en``
    English names ending in a framework's head word (Agreement, Initiative, Partnership, Programme,
    ...), with their acronym where brackets give one, from the Thai corpus and the English news.

Counts are of articles, not mentions, so one long article does not lift a name. Articles of the gold
test half and of the held-out draws (``tests/gold/wide.json``) are skipped, so that no article the
extractor is scored on lends a name.

Usage (from the repository root)::

    python scripts/gazetteers/mine_programmes.py [--every N] [--min-articles K] > /tmp/programme_candidates.tsv

Deterministic: the corpus is read in file order, ties are sorted by the candidate text.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter

from _common import CORPUS_ALL, CORPUS_EN, held_out_ids, iter_articles, nfc, pair, print_counts

TH = "\u0e00-\u0e7f"
HEADS = (
    "กรอบความร่วมมือ", "ความตกลง", "ข้อริเริ่ม", "ยุทธศาสตร์ความร่วมมือ", "แผนงาน", "แผนแม่บท", "แผนปฏิบัติการ",
    "อนุสัญญา", "ปฏิญญา", "สนธิสัญญา", "พิธีสาร", "หุ้นส่วน", "คณะกรรมาธิการร่วม", "เวทีความร่วมมือ",
    "การประชุมสุดยอด", "เขตการค้าเสรี", "ระเบียงเศรษฐกิจ",
)
# A name: Thai letters, and a spaced or glued dash followed by more of them (ไทย - ลาว, อิรวดี-เจ้าพระยา-แม่โขง).
TH_RE = re.compile("(?:" + "|".join(sorted(HEADS, key=len, reverse=True)) + f")[{TH}]{{2,100}}"
                   f"(?:\\s?[–-]\\s?[{TH}]{{2,40}})*")
TH_EN_RE = re.compile(TH_RE.pattern + r"\s?\(([A-Z][A-Za-z0-9&'.,:\- ]{1,120})\)")
EN_HEADS = ("Agreement", "Initiative", "Partnership", "Programme", "Program", "Framework", "Cooperation",
            "Convention", "Declaration", "Strategy", "Dialogue", "Corridor", "Treaty", "Plan", "Roadmap",
            "Mechanism", "Community", "Forum", "Summit")
EN_WORD = r"(?:[A-Z][A-Za-z0-9'.\-&]*|of|and|for|the|on|in|to)"
EN_RE = re.compile(rf"\b[A-Z][A-Za-z0-9'.\-&]*(?:\s{EN_WORD}){{0,12}}\s(?:{'|'.join(EN_HEADS)})\b"
                   r"(?:\s?\(([A-Z][A-Za-z0-9\-]{1,12})\))?")
SMALL = {"of", "and", "for", "the", "on", "in", "to"}
LEADING = {"The", "A", "An", "In", "On", "At", "For", "And", "By", "Under", "With", "To", "Of", "This", "Its"}


def trim_en(phrase: str) -> str:
    """An English name without the small words and sentence openers it was read with."""
    words = phrase.split()
    while words and (words[0] in LEADING or words[0] in SMALL):
        words.pop(0)
    return " ".join(words)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--every", type=int, default=1, help="read one article in N (default: all)")
    ap.add_argument("--min-articles", type=int, default=5, help="print candidates in at least K articles")
    args = ap.parse_args(argv)

    skip = held_out_ids()
    th: Counter[str] = Counter()
    th_en: Counter[tuple[str, str]] = Counter()
    en: Counter[tuple[str, str]] = Counter()
    for corpus in (CORPUS_ALL, CORPUS_EN):
        for art in iter_articles(corpus, every=args.every if corpus == CORPUS_ALL else 1):
            if art.get("id") in skip:
                continue
            text = nfc(art.get("text") or "")
            if corpus == CORPUS_ALL:
                th.update({" ".join(m.group().split()) for m in TH_RE.finditer(text)})
                th_en.update({(" ".join(m.group(0)[:m.start(1) - m.start()].rstrip(" (").split()),
                               m.group(1).strip()) for m in TH_EN_RE.finditer(text)})
            en.update({(trim_en(m.group(0)[:m.start(1) - m.start()].rstrip(" (") if m.group(1) else m.group(0)),
                        m.group(1) or "") for m in EN_RE.finditer(text)})

    print_counts("th", th, str, args.min_articles)
    print_counts("th_en", th_en, pair, args.min_articles)
    print_counts("en", {key: n for key, n in en.items() if len(key[0].split()) > 1}, pair, args.min_articles)
    return 0


if __name__ == "__main__":
    sys.exit(main())
