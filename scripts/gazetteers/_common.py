"""Shared helpers for the gazetteer scripts: paths, corpus streaming and TSV writing.

The corpora are read-only inputs in ``../shared`` (beside the repository). Articles of the gold
*test* half (``tests/gold/split.json``) are skipped by every mining script, so that no gazetteer
is tuned on the articles the extractor is scored on.
"""
from __future__ import annotations

import gzip
import json
import lzma
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared"
CORPUS_ALL = SHARED / "corpus" / "thaigov_all.jsonl.xz"
CORPUS_EN = SHARED / "corpus" / "thaigov_english_news.jsonl.gz"
GAZ_SHARED = SHARED / "gazetteers"
OUT_DIR = REPO / "data" / "gazetteers"
SPLIT = REPO / "tests" / "gold" / "split.json"


def test_ids() -> frozenset[str]:
    """Ids of the gold test articles, which mining must never look at."""
    if not SPLIT.exists():
        return frozenset()
    return frozenset(json.loads(SPLIT.read_text(encoding="utf-8")).get("test", []))


def held_out_ids() -> frozenset[str]:
    """Ids of the gold test half and of the held-out draws (``tests/gold/wide.json``): articles a miner that reads
    the extractor's own output, or names only a reviewer decides on, leaves out."""
    wide = REPO / "tests" / "gold" / "wide.json"
    draws = json.loads(wide.read_text(encoding="utf-8")) if wide.exists() else {}
    return test_ids() | frozenset(i for ids in draws.values() for i in ids)


def iter_articles(path: Path = CORPUS_ALL, every: int = 1) -> Iterator[dict]:
    """Stream the articles of a ``.jsonl``, ``.jsonl.gz`` or ``.jsonl.xz`` corpus.

    ``every`` keeps one article in ``every`` (a deterministic sample); test articles are skipped.
    """
    skip = test_ids()
    opener = lzma.open if path.suffix == ".xz" else gzip.open if path.suffix == ".gz" else open
    with opener(path, "rt", encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if i % every:
                continue
            art = json.loads(line)
            if art.get("id") in skip:
                continue
            yield art


def nfc(text: str) -> str:
    """NFC-normalise and strip a cell."""
    return unicodedata.normalize("NFC", text).strip()


def write_tsv(path: Path, header: list[str], rows: Iterable[list[str]]) -> int:
    """Write a UTF-8 TSV with a header; cells are NFC-normalised; returns the row count."""
    n = 0
    with path.open("w", encoding="utf-8", newline="\n") as fh:
        fh.write("\t".join(header) + "\n")
        for row in rows:
            cells = [nfc(c) for c in row]
            for c in cells:
                if "\t" in c or "\n" in c:
                    raise ValueError(f"{path.name}: tab or newline inside a cell: {c!r}")
            fh.write("\t".join(cells) + "\n")
            n += 1
    return n


def print_counts(section: str, counter: Mapping, fmt: Callable[[object], str], min_count: int) -> None:
    """Print ``section<TAB>count<TAB>candidate`` lines to stdout for the candidates counted ``min_count`` times or
    more, highest count first, ties by the candidate: the miners' output for review."""
    for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        if n >= min_count:
            sys.stdout.write(f"{section}\t{n}\t{fmt(key)}\n")


def pair(p: tuple[str, str]) -> str:
    """A (name, bracketed form) candidate as two TSV cells."""
    return f"{p[0]}\t{p[1]}"
