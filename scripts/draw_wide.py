"""Draw held-out articles from the 90,194-article corpus, outside the 400 the gold set was drawn from: stories
like the 400 (a meeting, visit, call or signing in the headline; an ambassador, a courtesy call, a co-chair,
JICA or TICA in the text), for gold that no rule was written from. Writes tests/gold/wide.json.

Usage: python scripts/draw_wide.py
"""

from __future__ import annotations

import json
import lzma
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "thaigov_all.jsonl.xz"
DIPLOMATIC = ROOT.parent / "shared" / "corpus" / "diplomatic_400.jsonl"
SEED = 20261204
# wide7: session 8; wide8: session 9; wide9: session 10; wide10: session 11; wide11: session 12; wide12: session 13;
# wide13, wide14: session 14; wide15: session 15; wide16: session 16;
# wide17: session 17; wide18: session 18; wide19: session 19; wide20: session 20; wide21: session 21;
# wide22: session 22; wide23: session 23; wide24: session 24; wide25: session 25; wide26: session 26;
# wide27: session 27; wide28: session 28; wide29: session 29; wide30: session 30;
# wide31: session 31; wide32: session 32; wide33: session 33; wide34: session 34;
# wide35: session 35; wide36: session 36; wide37: session 37; wide38: session 38; wide39: session 39;
# wide40: session 40; wide41: session 41; wide42: session 42; wide43: session 43; wide44: session 44;
# wide45: session 45; wide46: session 46; wide47: session 47; wide48: session 48
DRAWS = {"wide1": 24, "wide2": 24, "wide3": 24, "wide4": 24, "wide5": 24, "wide6": 24, "wide7": 24, "wide8": 24,
         "wide9": 24, "wide10": 24, "wide11": 24, "wide12": 24, "wide13": 24, "wide14": 24,
         "wide15": 24, "wide16": 24, "wide17": 24, "wide18": 24, "wide19": 24,
         "wide20": 24, "wide21": 24, "wide22": 24, "wide23": 24, "wide24": 24,
         "wide25": 24, "wide26": 24, "wide27": 24, "wide28": 24, "wide29": 24,
         "wide30": 24, "wide31": 24, "wide32": 24, "wide33": 24,
         "wide34": 24, "wide35": 24, "wide36": 24, "wide37": 24, "wide38": 24, "wide39": 24, "wide40": 24, "wide41": 24,
         "wide42": 24, "wide43": 24, "wide44": 24, "wide45": 24, "wide46": 24, "wide47": 24, "wide48": 24}
HEADLINE = ("เยี่ยมคารวะ", "เข้าพบ", "หารือ", "ประชุม", "ลงนาม", "เยือน", "ต้อนรับ")
STORY = ("เอกอัครราชทูต", "เยี่ยมคารวะ", "ประธานร่วม", "JICA", "TICA", "ไจก้า")


def candidates() -> list[str]:
    """Ids of the corpus's articles from 2016 on that read like the 400, the 400 left out."""
    taken = {json.loads(line)["id"] for line in DIPLOMATIC.open(encoding="utf-8")}
    out = []
    with lzma.open(CORPUS, "rt", encoding="utf-8") as lines:
        for line in lines:
            art = json.loads(line)
            if (art["id"] not in taken and (art["date"] or "") >= "2016"
                    and any(w in (art["title"] or "") for w in HEADLINE) and any(w in art["text"] for w in STORY)):
                out.append(art["id"])
    return sorted(set(out), key=lambda i: int(i.rsplit("-", 1)[1]))


def main() -> int:
    pool = candidates()
    rng = random.Random(SEED)
    split = {}
    for name, size in DRAWS.items():
        split[name] = sorted(rng.sample(pool, size))
        pool = [i for i in pool if i not in set(split[name])]
    out = ROOT / "tests" / "gold" / "wide.json"
    out.write_text(json.dumps(split, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}: {', '.join(f'{k} {len(v)}' for k, v in split.items())} of {len(pool) + sum(DRAWS.values())}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
