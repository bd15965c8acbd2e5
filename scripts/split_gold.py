"""Draw the gold articles from the diplomatic corpus and split them once, at random, into tune and test halves.

Run once; the result is committed as tests/gold/split.json. Re-running reproduces it (fixed seed).
"""
from __future__ import annotations

import json
import random
import sys
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[1] / ".." / "shared" / "corpus" / "diplomatic_400.jsonl"
SEED = 20261122
N = 64
EXTRA = 24  # drawn later from the rest, for the tuning half only: more articles to tune on, same test half
EXTRA2 = 32  # drawn in session 3 from what was still left, again for tuning only
EXTRA3 = 32  # drawn later in session 3: measured on arrival (held out from the rules written before), then tuned on
EXTRA4 = 32  # drawn late in session 3, measured on arrival against nearly final rules
EXTRA5 = 32  # the last draw of session 3, measured on arrival against its final rules


def main() -> int:
    ids = [json.loads(line)["id"] for line in CORPUS.open(encoding="utf-8")]
    rng = random.Random(SEED)
    chosen = rng.sample(ids, N)
    split = {"seed": SEED, "source": "../shared/corpus/diplomatic_400.jsonl",
             "tune": sorted(chosen[: N // 2]), "test": sorted(chosen[N // 2:])}
    rest = [i for i in ids if i not in set(chosen)]
    split["tune_extra"] = sorted(rng.sample(rest, EXTRA))
    left = [i for i in rest if i not in set(split["tune_extra"])]
    split["tune_extra2"] = sorted(rng.sample(left, EXTRA2))
    left = [i for i in left if i not in set(split["tune_extra2"])]
    split["tune_extra3"] = sorted(rng.sample(left, EXTRA3))
    left = [i for i in left if i not in set(split["tune_extra3"])]
    split["tune_extra4"] = sorted(rng.sample(left, EXTRA4))
    left = [i for i in left if i not in set(split["tune_extra4"])]
    split["tune_extra5"] = sorted(rng.sample(left, EXTRA5))
    out = Path(__file__).resolve().parents[1] / "tests" / "gold" / "split.json"
    out.write_text(json.dumps(split, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(split['tune'])} + {len(split['tune_extra'])} + {len(split['tune_extra2'])} + "
          f"{len(split['tune_extra3'])} + {len(split['tune_extra4'])} + {len(split['tune_extra5'])} tune, "
          f"{len(split['test'])} test")
    return 0


if __name__ == "__main__":
    sys.exit(main())
