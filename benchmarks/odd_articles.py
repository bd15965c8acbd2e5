"""Articles whose extraction looks empty or odd, for a person to look at.

Usage: python benchmarks/odd_articles.py [INPUT ...]   (default: ../shared/corpus/diplomatic_400.jsonl)

Flags an article when its text names people (honorifics, ranks) but no person was found, when it reads
like a meeting or visit but no event was found, when an event has no date though the story gives one, when
many people were found but no posts, or when persons outnumber the honorifics (a sign of split names).
"""
from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from kg.dates import event_dates
from kg.extract.events import GONE_BY
from kg.ingest import read_inputs
from kg.pipeline import article_facts

ROOT = Path(__file__).resolve().parents[1]
HONORIFIC = re.compile(r"(?:นาย|นางสาว|นาง|พลเอก|พล\.อ\.|ดร\.|Mr\.|Ms\.|Mrs\.|H\.E\.|Dr\.)\s?(?=\S)")
_TODAY = re.compile(r"วันนี้\s?\(")
TRIGGER = re.compile(r"ให้การต้อนรับ|เข้าเยี่ยมคารวะ|เข้าพบ|ประธานร่วม|ลงนาม|หารือ|ประชุม")


def reasons(facts) -> list[str]:
    text = facts.article.text[slice(*facts.article.body)]
    persons = [e for e in facts.entities if e.kind == "person"]
    honorifics = len(HONORIFIC.findall(text))
    out = []
    if honorifics >= 2 and not persons:
        out.append(f"{honorifics} honorifics but no person")
    if TRIGGER.search(text) and persons and not facts.events:
        out.append("reads like an event but none found")
    # An event the text does not date is right to have none (kg:reportedOn keeps the day of the story); one in
    # a story that does give a day (วันนี้, เมื่อวันที่ ...) may have missed it, unless it is told as gone by
    # (เมื่อครั้งที่...เคย...) or is a framework's meeting a call spoke of (undated on purpose).
    if any(ev.date is None and not GONE_BY.search(ev.evidence.sentence) and not ev.in_passing
           for ev in facts.events) and (
            _TODAY.search(text) or any(
            d.value <= (facts.article.published or d.value) for d in event_dates(text, facts.article.published))):
        out.append("an event without a date in a story that gives one")
    if len(persons) >= 3 and not facts.posts:
        out.append(f"{len(persons)} persons but no post")
    if honorifics and len(persons) > honorifics + 2:
        out.append(f"{len(persons)} persons for {honorifics} honorifics")
    return out


def main(argv: list[str]) -> int:
    inputs = argv or [str(ROOT.parent / "shared/corpus/diplomatic_400.jsonl")]
    counts: Counter = Counter()
    total = flagged = 0
    for article in read_inputs(inputs, lambda e: print(f"unreadable: {e}", file=sys.stderr)):
        total += 1
        why = reasons(article_facts(article))
        if why:
            flagged += 1
            counts.update(w.split(" ", 1)[-1] if w[0].isdigit() else w for w in why)
            print(f"{article.id}\t{article.title[:70]}\t{'; '.join(why)}")
    print(f"\n{flagged} of {total} articles flagged")
    for reason, n in counts.most_common():
        print(f"  {n:4d}  {reason}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
