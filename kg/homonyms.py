"""Homonyms across articles: one name, two people. Person IRIs come from names, so one official keeps one
node across articles whatever posts he holds over the years; but when the articles that name him give him
posts in different countries (a Thai director-general and a Korean ambassador of one spelling), they are two
people, and the articles of the less usual country get a node of their own.

This runs over a whole store after a build, because no single article can know it; it is idempotent, and a
rebuilt article simply gets split again.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import pyoxigraph as ox

from kg.vocab import KG, RDF


@dataclass(frozen=True)
class Split:
    """A person node of the articles in ``graphs`` renamed ``new``: the homonym of ``old`` in ``country``."""

    old: str
    new: str
    country: str
    graphs: tuple[str, ...]


def find_splits(store: ox.Store) -> list[Split]:
    """Person nodes whose posts, article by article, place them in more than one country. The node stays with
    Thailand when one of them is Thai, else with the country most of its articles give; the others split."""
    rows = store.query(
        f"SELECT DISTINCT ?p ?g ?c WHERE {{ GRAPH ?g {{ ?p {RDF.type} {KG.Person} ; {KG.country} ?c }} }}")
    return _splits((row["p"].value, row["g"].value, row["c"].value) for row in rows)


def split_quads(quads: list[ox.Quad]) -> tuple[list[ox.Quad], list[Split]]:
    """The same for a graph held as quads (a build written to a file): the quads with the splits applied."""
    persons = {(q.subject, q.graph_name) for q in quads if q.predicate == RDF.type and q.object == KG.Person}
    splits = _splits((q.subject.value, q.graph_name.value, q.object.value) for q in quads
                     if q.predicate == KG.country and (q.subject, q.graph_name) in persons)
    if not splits:
        return quads, []
    rename = {(s.old, g): ox.NamedNode(s.new) for s in splits for g in s.graphs}

    def term(t, g):
        return rename.get((t.value, g), t) if isinstance(t, ox.NamedNode) else t

    out = [ox.Quad(term(q.subject, q.graph_name.value), q.predicate, term(q.object, q.graph_name.value), q.graph_name)
           if isinstance(q.graph_name, ox.NamedNode) else q for q in quads]
    return out, splits


def _splits(rows) -> list[Split]:
    countries: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for person, graph, country in rows:
        countries[person][_code(country)].add(graph)
    splits = []
    for person, by_country in sorted(countries.items()):
        if len(by_country) < 2:
            continue
        keep = "TH" if "TH" in by_country else max(sorted(by_country), key=lambda c: len(by_country[c]))
        for country, graphs in sorted(by_country.items()):
            # an article that placed him in both countries cannot tell which one it means: it keeps the node
            graphs_ = graphs - by_country[keep] if country != keep else set()
            if graphs_:
                splits.append(Split(person, f"{person}-{country.lower()}", country, tuple(sorted(graphs_))))
    return splits


def apply_splits(store: ox.Store, splits: list[Split]) -> None:
    """Rename each split's node in its article graphs, and bring the default (union) graph in step, one
    transaction per split."""
    for s in splits:
        old, new = ox.NamedNode(s.old), ox.NamedNode(s.new)
        values = " ".join(str(ox.NamedNode(g)) for g in s.graphs)
        store.update(
            f"DELETE {{ GRAPH ?g {{ ?s ?p ?o }} }} INSERT {{ GRAPH ?g {{ ?s2 ?p ?o2 }} }} "
            f"WHERE {{ VALUES ?g {{ {values} }} GRAPH ?g {{ ?s ?p ?o FILTER(?s = {old} || ?o = {old}) }} "
            f"BIND(IF(?s = {old}, {new}, ?s) AS ?s2) BIND(IF(?o = {old}, {new}, ?o) AS ?o2) }} ;\n"
            f"DELETE {{ ?s ?p ?o }} WHERE {{ ?s ?p ?o FILTER(?s = {old} || ?o = {old}) "
            f"FILTER NOT EXISTS {{ GRAPH ?any {{ ?s ?p ?o }} }} }} ;\n"
            f"INSERT {{ ?s ?p ?o }} WHERE {{ VALUES ?g {{ {values} }} "
            f"GRAPH ?g {{ ?s ?p ?o FILTER(?s = {new} || ?o = {new}) }} }}")


def split_homonyms(store: ox.Store) -> list[Split]:
    """Find and apply the splits the store needs now; what was split before stays split."""
    splits = find_splits(store)
    apply_splits(store, splits)
    return splits


def _code(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].upper()
