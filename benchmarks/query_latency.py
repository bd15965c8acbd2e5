"""Median latency of the shipped questions: through kg's own query path, through raw pyoxigraph, and through
rdflib's in-memory store, on a store built from N corpus articles.

Usage: python benchmarks/query_latency.py [--articles N] [--source FILE] [--repeat R] [--no-rdflib]

Every engine answers over the same data: the store's default graph, the set union of the article graphs
(rdflib gets it as one in-memory graph). Defaults: the 400 diplomatic articles, 7 repetitions.
``--articles 20000 --source ../shared/corpus/thaigov_all.jsonl.xz`` builds the larger store (minutes).
Prints one row per question: the three medians in milliseconds (inf: rdflib gave no answer within
--rdflib-limit seconds) and the ratio kg / raw pyoxigraph (the target is at most 1.2).
"""
from __future__ import annotations

import argparse
import itertools
import statistics
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

from kg import query as q
from kg.ingest import read_inputs
from kg.pipeline import build
from kg.store import open_store, quad_count

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = {"person": "ประยุทธ์ จันทร์โอชา", "programme": "BCG", "organisation": "กระทรวงการต่างประเทศ",
           "country_a": "TH", "country_b": "JP", "since": "2015-01-01", "until": "2025-12-31"}


def timed_in_child(fn, repeat: int, limit: float) -> float:
    """Like :func:`timed`, in a forked child killed after ``limit`` seconds (rdflib cannot be interrupted)."""
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe()
    proc = ctx.Process(target=lambda: child.send(timed(fn, repeat)))
    proc.start()
    if parent.poll(limit):
        value = parent.recv()
        proc.join()
        return value
    proc.kill()
    proc.join()
    return float("inf")


def timed(fn, repeat: int) -> float:
    fn()  # warm
    runs = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs) * 1000


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=400)
    ap.add_argument("--source", default=str(ROOT.parent / "shared/corpus/diplomatic_400.jsonl"))
    ap.add_argument("--repeat", type=int, default=7)
    ap.add_argument("--no-rdflib", action="store_true")
    ap.add_argument("--store", help="keep the built store in this directory and reuse it when it is there")
    ap.add_argument("--rdflib-limit", type=float, default=60.0, help="seconds before an rdflib question is given up")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        reuse = args.store and Path(args.store).exists()
        store = open_store(Path(args.store) if args.store else Path(tmp) / "S")
        if reuse:
            print(f"store: reused {args.store}, {quad_count(store)} quads")
        else:
            articles = itertools.islice(read_inputs([args.source], lambda e: None), args.articles)
            t = time.perf_counter()
            _, report = build(articles_as_inputs(articles, Path(tmp)), store=store)
            print(f"store: {report.articles} articles, {quad_count(store)} quads, "
                  f"built in {time.perf_counter() - t:.1f} s")
        ds = None
        if not args.no_rdflib:
            import rdflib

            dump = Path(tmp) / "union.nt"
            store.dump(str(dump), format=ox.RdfFormat.N_TRIPLES, from_graph=ox.DefaultGraph())
            t = time.perf_counter()
            ds = rdflib.Graph()
            ds.parse(str(dump), format="nt")
            print(f"rdflib: loaded in {time.perf_counter() - t:.1f} s")
        print(f"{'question':22} {'kg ms':>9} {'raw ms':>9} {'rdflib ms':>10} {'kg/raw':>7} {'rows':>6}")
        for name, question in q.shipped_questions().items():
            params = {p: SAMPLES[p] for p in question.params}
            text = q.bound_text(question, params)
            def via_kg(question=question, params=params):
                return q.rows_of(q.run(store, question, params))

            def via_raw(text=text):
                return [list(r) for r in store.query(text)]

            def via_rdflib(text=text):
                return list(ds.query(text))

            kg_ms = timed(via_kg, args.repeat)
            raw_ms = timed(via_raw, args.repeat)
            rows = len(via_kg()[1])
            rdf_ms = (timed_in_child(via_rdflib, max(1, args.repeat // 3), args.rdflib_limit)
                      if ds is not None else float("nan"))
            print(f"{name:22} {kg_ms:9.2f} {raw_ms:9.2f} {rdf_ms:10.1f} {kg_ms / raw_ms:7.2f} {rows:6d}")


def articles_as_inputs(articles, tmp: Path) -> list[Path]:
    """The chosen articles as one JSON Lines file, so the build reads them like any input."""
    import json

    path = tmp / "articles.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for a in articles:
            fh.write(json.dumps({"id": a.id, "url": a.url, "date": a.published.isoformat() if a.published else None,
                                 "title": a.title, "text": a.text}, ensure_ascii=False) + "\n")
    return [path]


if __name__ == "__main__":
    main()
