"""Score the extractor on a gold set with the shared scorer: precision, recall and F1 per fact type.

Usage: python benchmarks/evaluate.py GOLD [CORPUS] [--scorer PATH] [--quiet]

GOLD is a gold JSON file or a directory of them (tests/gold/tune, tests/gold/test); CORPUS the JSON Lines
the gold articles come from (default ../shared/corpus/diplomatic_400.jsonl; the held-out set tests/gold/wide
comes from ../shared/corpus/thaigov_all.jsonl.xz). Only the gold articles are built. The scorer is
../shared/eval/score.py (the shared definitions), run on the graph written here.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

from kg.extract import DEFAULT_ENGINE
from kg.graph import article_quads, write_quads
from kg.ingest import read_path
from kg.pipeline import article_facts

ROOT = Path(__file__).resolve().parents[1]


def load_gold(path: Path) -> list[dict]:
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    return [art for f in files for art in json.loads(f.read_text(encoding="utf-8"))]


def main(argv: list[str]) -> int:
    args = [a for i, a in enumerate(argv) if not a.startswith("--") and (i == 0 or argv[i - 1] != "--engine")]
    if not args:
        print(__doc__)
        return 2
    scorer = Path(argv[argv.index("--scorer") + 1]) if "--scorer" in argv else ROOT.parent / "shared/eval/score.py"
    gold = load_gold(Path(args[0]))
    corpus = args[1] if len(args) > 1 else str(ROOT.parent / "shared/corpus/diplomatic_400.jsonl")
    wanted = {g["id"] for g in gold}
    engine = argv[argv.index("--engine") + 1] if "--engine" in argv else DEFAULT_ENGINE
    quads = []
    for article in read_path(Path(corpus), ids=wanted):
        quads += article_quads(article_facts(article, engine))
    with tempfile.TemporaryDirectory() as tmp:
        graph, gold_file = Path(tmp) / "graph.trig", Path(tmp) / "gold.json"
        write_quads(quads, graph)
        gold_file.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        extra = ["--quiet"] if "--quiet" in argv else []
        return subprocess.run([sys.executable, str(scorer), str(gold_file), str(graph), *extra]).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
