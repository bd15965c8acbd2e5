"""How many nodes a built graph gives the people it names, and which full names are borne by more than one:
a measure of resolution across articles (one official written only in Thai in one story and in both scripts
in another should be one node).

Usage: python benchmarks/person_splits.py GRAPH.trig [--show N]
"""
from __future__ import annotations

import argparse
import sys
from collections import defaultdict

import pyoxigraph as ox

from kg.vocab import KG, RDF, RDFS, SKOS

QUERY = (f"SELECT DISTINCT ?p ?l WHERE {{ GRAPH ?g {{ ?p {RDF.type} {KG.Person} . "
         f"{{ ?p {RDFS.label} ?l }} UNION {{ ?p {SKOS.altLabel} ?l }} }} }}")


def splits(store: ox.Store) -> tuple[int, dict[str, set[str]]]:
    """The number of person nodes, and each full name (two words or more) borne by two nodes or more."""
    nodes: dict[str, set[str]] = defaultdict(set)
    people = set()
    for row in store.query(QUERY):
        people.add(row["p"].value)
        if len(row["l"].value.split()) > 1:
            nodes[row["l"].value].add(row["p"].value)
    return len(people), {name: iris for name, iris in nodes.items() if len(iris) > 1}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("graph")
    ap.add_argument("--show", type=int, default=20, help="list this many of the split names")
    args = ap.parse_args(argv)
    store = ox.Store()
    store.load(path=args.graph, format=ox.RdfFormat.TRIG)
    count, split = splits(store)
    print(f"{args.graph}: {count} person nodes; {len(split)} full names borne by two nodes or more")
    for name, iris in sorted(split.items())[: args.show]:
        print(f"  {name}: {', '.join(sorted(i.rsplit('/', 1)[-1] for i in iris))}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
