"""Build ``data/gazetteers/english_words.tsv``: English words the government's own English news writes in lower
case, so that the person rules can tell a run of capitalised common words (Digital Wallet, Work Permit) from a name.

Source: ``../shared/corpus/thaigov_english_news.jsonl.gz`` (1,476 English items of thaigov.go.th, public domain).
Every run of ASCII letters written all in lower case is counted; words counted ``MIN_COUNT`` times or more are
kept. Names are seldom written in lower case, so few are kept (van, will, mark); the rule that reads this list
drops a name only when every word of it is on the list.

Output columns ``word  count``, sorted by ``word``.

Usage (from the repository root)::

    /work/venv/bin/python scripts/gazetteers/build_english_words.py
"""
from __future__ import annotations

import re
import sys
from collections import Counter

from _common import CORPUS_EN, OUT_DIR, iter_articles, write_tsv

MIN_COUNT = 3
_LOWER_WORD = re.compile(r"(?<![A-Za-z])[a-z]+(?![A-Za-z])")


def main() -> int:
    counts: Counter[str] = Counter()
    for art in iter_articles(CORPUS_EN):
        counts.update(_LOWER_WORD.findall(art.get("text") or ""))
    rows = sorted([w, str(n)] for w, n in counts.items() if n >= MIN_COUNT)
    n = write_tsv(OUT_DIR / "english_words.tsv", ["word", "count"], rows)
    print(f"english_words.tsv: {n} words counted {MIN_COUNT} times or more in lower case, of {len(counts)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
