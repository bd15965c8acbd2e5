"""Exact-span precision, recall and F1 of the taggers on the ThaiNER 1.5 test set: the combined tagger
(the CRF, plus honorific names and known agencies where it saw nothing) and the CRF alone.

Usage: python benchmarks/thainer_f1.py [--engine combined|crf] [--test PATH] [--model PATH]

A predicted span counts only when its start, end and label all equal a gold span's. ThaiNER puts titles
(นาย, พล.อ.) inside PERSON spans, and so does the tagger. The score is over PERSON and ORGANIZATION, with
their micro average; LOCATION is shown for information. The test file (default
../shared/thainer/test.txt) is disjoint from the training file; the published ThaiNER CRF models score
about 0.65 F1 on it.
"""

from __future__ import annotations

import argparse
import hashlib
import shlex
import sys
import time
from collections import Counter
from pathlib import Path

from kg.extract import crf
from kg.extract.spans import TAGGERS, spans

ROOT = Path(__file__).resolve().parents[1]
SCORED = ("PERSON", "ORGANIZATION")


def score(test: Path, model: Path | None, engine: str = "combined") -> tuple[dict[str, Counter[str]], int, float]:
    """Counts of gold, predicted and correct spans per label; the number of lines and the seconds taken."""
    counts: dict[str, Counter[str]] = {"gold": Counter(), "predicted": Counter(), "correct": Counter()}
    lines = 0
    started = time.perf_counter()
    for text, gold_spans in crf.read_corpus(test):
        lines += 1
        gold = {s for s in gold_spans if s[2] in crf.LABELS}
        predicted = set(spans(text, engine, model))
        counts["gold"].update(s[2] for s in gold)
        counts["predicted"].update(s[2] for s in predicted)
        counts["correct"].update(s[2] for s in gold & predicted)
    return counts, lines, time.perf_counter() - started


def prf(correct: int, predicted: int, gold: int) -> tuple[float, float, float]:
    p = correct / predicted if predicted else 0.0
    r = correct / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def table(counts: dict[str, Counter[str]]) -> list[str]:
    rows = [(label, [label]) for label in SCORED]
    rows += [("micro (PERSON+ORGANIZATION)", list(SCORED)), ("LOCATION (not in micro)", ["LOCATION"])]
    out = [f"{'label':<28} {'gold':>5} {'pred':>5} {'correct':>7} {'P':>6} {'R':>6} {'F1':>6}"]
    for name, labels in rows:
        g, p, c = (sum(counts[k][x] for x in labels) for k in ("gold", "predicted", "correct"))
        precision, recall, f1 = prf(c, p, g)
        out.append(f"{name:<28} {g:>5} {p:>5} {c:>7} {precision:>6.3f} {recall:>6.3f} {f1:>6.3f}")
    return out


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--test", type=Path, default=ROOT.parent / "shared" / "thainer" / "test.txt")
    parser.add_argument("--model", type=Path, default=None, help="model file (default: the shipped one)")
    parser.add_argument("--engine", choices=TAGGERS, default="combined")
    args = parser.parse_args(argv)
    if not args.test.is_file():
        parser.error(f"{args.test} is not here: put the shared data kit at ../shared or give --test PATH")
    data = args.model.read_bytes() if args.model else crf.shipped_model()
    counts, lines, seconds = score(args.test, args.model, args.engine)
    print(f"$ python {shlex.join(['benchmarks/thainer_f1.py', *argv])}")
    print(f"model {args.model or 'kg/models/' + crf.MODEL_FILE} (sha256 {hashlib.sha256(data).hexdigest()[:16]}), "
          f"engine {args.engine}; test {args.test}: {lines} lines tagged in {seconds:.1f} s; exact spans")
    print("\n".join(table(counts)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
