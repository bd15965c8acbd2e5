"""Mine ``data/gazetteers/person_names_corpus.tsv``: Thai-script <-> Latin-script person names that the
extractor joins inside one article of the 90k corpus (นางสาวแอนเจลา เจน แม็กดอนัลด์ (H.E. Ms. Angela Jane
Macdonald)), so that an article giving only one script joins the same node.

Each article of ``thaigov_all.jsonl.xz`` runs through the extractor (``kg.pipeline.article_facts``); a person
entity with a Thai and a Latin label, both written in the article's text, is a pair. Articles of the gold test
half and of the held-out draws (``tests/gold/wide.json``) are skipped, so that no held-out article lends its
names. Output columns ``thai  latin  articles  score`` (``score``: the sound-alike test of
``kg.normalize.sound_score``), sorted by ``thai`` then ``latin``; deterministic for one version of the
extractor. ``build_person_names.py`` takes the pairs from here that pass its checks and the review.

Usage (from the repository root; about ten minutes on two cores)::

    /work/venv/bin/python scripts/gazetteers/mine_person_names.py [--jobs 2]
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import sys
from collections import Counter

from _common import CORPUS_ALL, OUT_DIR, REPO, held_out_ids, iter_articles, write_tsv

sys.path.insert(0, str(REPO))

OUT = OUT_DIR / "person_names_corpus.tsv"
HEADER = ["thai", "latin", "articles", "score"]


def _pairs(line: str) -> list[tuple[str, str]]:
    """The (Thai, Latin) names of the persons the extractor finds written both ways in one article."""
    from kg.ingest import read_jsonl
    from kg.pipeline import article_facts

    out = set()
    for article in read_jsonl([line], CORPUS_ALL.name):
        for e in article_facts(article).entities:
            th, en = e.labels.get("th"), e.labels.get("en")
            if e.kind == "person" and th and en and th in article.text and en in article.text:
                out.add((th, en))
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--jobs", type=int, default=2)
    args = ap.parse_args(argv)
    skip = held_out_ids()
    lines = (json.dumps(a, ensure_ascii=False) for a in iter_articles(CORPUS_ALL) if a.get("id") not in skip)
    counts: Counter[tuple[str, str]] = Counter()
    with multiprocessing.Pool(args.jobs) as pool:
        for pairs in pool.imap(_pairs, lines, chunksize=64):
            counts.update(pairs)
    from kg.normalize import sound_score

    rows = [[th, en, str(n), f"{sound_score(th, en):.2f}"] for (th, en), n in sorted(counts.items())]
    n = write_tsv(OUT, HEADER, rows)
    print(f"wrote {OUT.relative_to(REPO)}: {n} pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
