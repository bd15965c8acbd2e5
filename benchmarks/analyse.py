"""Time of every network measure of :mod:`kg.analyse` on the person graph of N corpus articles, next to
python-igraph's (C) implementation of the same measure on the same graph.

Usage: python benchmarks/analyse.py [--articles N] [--source FILE] [--store DIR] [--repeat R] [--exact]

Builds a store from the first N articles of FILE (default: 20,000 of ../shared/corpus/thaigov_all.jsonl.xz,
several minutes) with ``kg.pipeline.build``, or reuses the store at ``--store DIR`` when it is there (and keeps
a new one there otherwise). Then times each graph builder (one SPARQL query each) and each measure on the
person graph: medians of R runs, in seconds, with igraph's time, the ratio, and how many of kg's top 10
nodes igraph's ranking shares (betweenness and closeness are sampled by kg above 1,000 nodes and exact in
igraph; ``--exact`` adds kg's exact runs). PageRank is compared with igraph's default (PRPACK) and its
ARPACK implementation. Needs python-igraph (``pip install python-igraph``) for the
igraph column; without it the kg column is printed alone.
"""
from __future__ import annotations

import argparse
import itertools
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

from kg import analyse as an
from kg.ingest import read_inputs
from kg.pipeline import build
from kg.store import open_store, quad_count

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_SOURCE = ROOT.parent / "shared" / "corpus" / "thaigov_all.jsonl.xz"


def load_igraph():
    try:
        import igraph
    except ImportError:
        print("python-igraph is not installed: the igraph column is left out "
              "(install it with `pip install python-igraph` to compare)")
        return None
    return igraph


def timed(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    """Median seconds of ``repeat`` runs (at least one), and the last result."""
    runs, result = [], None
    for _ in range(max(1, repeat)):
        t = time.perf_counter()
        result = fn()
        runs.append(time.perf_counter() - t)
    return statistics.median(runs), result


def articles_as_inputs(source: str, n: int, tmp: Path) -> list[Path]:
    """The first ``n`` articles of ``source`` as one JSON Lines file, so the build reads them like any input."""
    path = tmp / "articles.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for a in itertools.islice(read_inputs([source], lambda e: None), n):
            fh.write(json.dumps({"id": a.id, "url": a.url, "date": a.published.isoformat() if a.published else None,
                                 "title": a.title, "text": a.text}, ensure_ascii=False) + "\n")
    return [path]


def to_igraph(igraph, G: nx.Graph):
    nodes = list(G)
    index = {n: i for i, n in enumerate(nodes)}
    g = igraph.Graph(n=len(nodes), edges=[(index[u], index[v]) for u, v in G.edges()])
    g.es["weight"] = [d.get("weight", 1) for _, _, d in G.edges(data=True)]
    return g, nodes


def overlap(a: dict, b: dict, k: int = 10) -> int:
    def lead(m: dict) -> set:
        return set(sorted(m, key=lambda x: (-m[x], str(x)))[:k])
    return len(lead(a) & lead(b))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=20000)
    ap.add_argument("--source", default=str(DEFAULT_SOURCE))
    ap.add_argument("--store", help="reuse the store in this directory when it is there; keep a new one there")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--exact", action="store_true", help="also time kg's exact betweenness and closeness")
    args = ap.parse_args()
    igraph = load_igraph()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(args.store) if args.store else Path(tmp) / "S"
        reuse = path.exists() and any(path.iterdir())
        store = open_store(path)
        if reuse:
            print(f"store: reused {path}, {quad_count(store)} quads")
        else:
            t = time.perf_counter()
            _, report = build(articles_as_inputs(args.source, args.articles, Path(tmp)), store=store)
            print(f"store: {report.articles} articles, {quad_count(store)} quads, built in "
                  f"{time.perf_counter() - t:.1f} s")

        print(f"\n{'builder':22} {'s':>8} {'nodes':>7} {'edges':>8}")
        graphs = {}
        for name in an.GRAPHS:
            secs, G = timed(lambda name=name: an.build_graph(name, store), args.repeat)
            graphs[name] = G
            print(f"{name:22} {secs:8.3f} {G.number_of_nodes():7d} {G.number_of_edges():8d}")
        G = graphs["persons"]

        ig_graph, nodes = (None, [])
        if igraph is not None:
            secs, (ig_graph, nodes) = timed(lambda: to_igraph(igraph, G), 1)
            print(f"\nnetworkx → igraph conversion: {secs:.3f} s")

        def as_dict(values) -> dict:
            return dict(zip(nodes, values, strict=True))

        def ig_communities():
            return [set(nodes[i] for i in c) for c in ig_graph.community_multilevel(weights="weight")]

        rows: list[tuple[str, Callable[[], Any], Callable[[], Any] | None]] = [
            ("degree", lambda: an.degree(G), lambda: as_dict(ig_graph.degree())),
            ("weighted-degree", lambda: an.weighted_degree(G), lambda: as_dict(ig_graph.strength(weights="weight"))),
            ("betweenness", lambda: an.betweenness(G), lambda: as_dict(ig_graph.betweenness())),
            ("pagerank", lambda: an.pagerank(G), lambda: as_dict(ig_graph.pagerank(weights="weight"))),
            ("pagerank (ig arpack)", lambda: an.pagerank(G),
             lambda: as_dict(ig_graph.pagerank(weights="weight", implementation="arpack"))),
            ("closeness", lambda: an.closeness(G), lambda: as_dict(ig_graph.closeness())),
            ("communities", lambda: an.communities(G), ig_communities),
            ("brokers", lambda: an.brokers(G), None),
            ("first_contacts", lambda: an.first_contacts(G), None),
            ("tie_persistence", lambda: an.tie_persistence(G), None),
        ]
        if args.exact:
            rows[3:3] = [("betweenness (exact)", lambda: an.betweenness(G, exact_max_nodes=len(G)),
                          lambda: as_dict(ig_graph.betweenness()))]
            rows[7:7] = [("closeness (exact)", lambda: an.closeness(G, exact_max_nodes=len(G)),
                          lambda: as_dict(ig_graph.closeness()))]
        mode = "sampled" if len(G) > an.EXACT_MAX_NODES else "exact"
        print(f"\nperson graph: {len(G)} nodes, {G.number_of_edges()} edges; kg betweenness and closeness {mode} "
              f"(threshold {an.EXACT_MAX_NODES} nodes, {an.SAMPLES} samples)")
        print(f"{'measure':22} {'kg s':>9} {'igraph s':>9} {'kg/igraph':>10} {'top-10 shared':>14}")
        for name, ours, theirs in rows:
            kg_s, kg_result = timed(ours, args.repeat if "exact" not in name else 1)
            if theirs is None or ig_graph is None:
                print(f"{name:22} {kg_s:9.3f} {'—':>9} {'—':>10} {'—':>14}")
                continue
            ig_s, ig_result = timed(theirs, args.repeat)
            if name == "communities":
                agree = (f"Q {nx.community.modularity(G, kg_result):.3f}/"
                         f"{nx.community.modularity(G, ig_result):.3f}")
            else:
                if name.startswith("closeness"):  # igraph leaves out unreachable nodes; networkx scales by reach
                    reach = {n: len(c) for c in nx.connected_components(G) for n in c}
                    ig_result = {n: v * (reach[n] - 1) / max(1, len(G) - 1) if v == v else 0.0
                                 for n, v in ig_result.items()}
                agree = f"{overlap(kg_result, ig_result)}/10"
            ratio = kg_s / ig_s if ig_s else float("inf")
            print(f"{name:22} {kg_s:9.3f} {ig_s:9.3f} {ratio:10.{0 if ratio >= 10 else 2}f} {agree:>14}")


if __name__ == "__main__":
    main()
