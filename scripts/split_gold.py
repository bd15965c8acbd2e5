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
# Later draws from what was left, each for the tuning half only, in this order (the order fixes the draw).
# Each batch from tune_extra3 on was scored the moment its annotations arrived, before any rule was written
# from it: a measure of the rules on articles nobody had read.
LATER_DRAWS = {
    "tune_extra": 24,  # session 2
    "tune_extra2": 32,  # session 3
    "tune_extra3": 32,
    "tune_extra4": 32,
    "tune_extra5": 32,
    "tune_extra6": 32,
    "tune_extra7": 32,  # scored against session 3's final rules
    "tune_extra8": 32,  # session 4
    "tune_extra9": 32,  # session 5
    "tune_extra10": 32,  # session 5, scored at its end
    "tune_extra11": 24,  # session 6: the last of the 400
}


def main() -> int:
    ids = [json.loads(line)["id"] for line in CORPUS.open(encoding="utf-8")]
    rng = random.Random(SEED)
    chosen = rng.sample(ids, N)
    split = {"seed": SEED, "source": "../shared/corpus/diplomatic_400.jsonl",
             "tune": sorted(chosen[: N // 2]), "test": sorted(chosen[N // 2:])}
    left = [i for i in ids if i not in set(chosen)]
    for name, size in LATER_DRAWS.items():
        split[name] = sorted(rng.sample(left, size))
        left = [i for i in left if i not in set(split[name])]
    out = Path(__file__).resolve().parents[1] / "tests" / "gold" / "split.json"
    out.write_text(json.dumps(split, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    tune = " + ".join(str(len(split[k])) for k in ("tune", *LATER_DRAWS))
    print(f"wrote {out}: {tune} tune, {len(split['test'])} test")
    return 0


if __name__ == "__main__":
    sys.exit(main())
