"""Homonyms across articles: one name, two people. Person IRIs come from names, so one official keeps one
node across articles whatever posts he holds over the years (a diplomat moves from post to post and country
to country). But when articles of the same months give one name posts in two countries (a Thai
director-general and a Korean ambassador of one spelling), the posts and dates disagree: they are two people,
and the articles of the less usual country get a node of their own. A country told by a single article is
not enough (one misread post would split an official), so it takes two articles on the split side.

This runs over a whole store after a build, because no single article can know it; it is idempotent, and a
rebuilt article simply gets split again.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import pyoxigraph as ox

from kg.graph import sorted_quads
from kg.vocab import KG, RDF, SCHEMA


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
        f"SELECT DISTINCT ?p ?g ?c ?d WHERE {{ GRAPH ?g {{ ?p {RDF.type} {KG.Person} ; {KG.country} ?c "
        f"OPTIONAL {{ ?g {SCHEMA.datePublished} ?d }} }} }}")
    return _splits((r["p"].value, r["g"].value, r["c"].value, r["d"].value if r["d"] else None) for r in rows)


def split_quads(quads: list[ox.Quad]) -> tuple[list[ox.Quad], list[Split]]:
    """The same for a graph held as quads (a build written to a file): the quads with the splits applied."""
    persons = {(q.subject, q.graph_name) for q in quads if q.predicate == RDF.type and q.object == KG.Person}
    dates = {q.graph_name: q.object.value for q in quads if q.predicate == SCHEMA.datePublished}
    splits = _splits((q.subject.value, q.graph_name.value, q.object.value, dates.get(q.graph_name)) for q in quads
                     if q.predicate == KG.country and (q.subject, q.graph_name) in persons)
    return [rename_quad(q, splits) for q in quads], splits


def find_splits_in(rows: Iterable[tuple[str, str, str, str | None]]) -> list[Split]:
    """The splits that ``(person IRI, article graph IRI, country, publication date)`` rows call for: what a
    build collects on the way when its graphs go to a file rather than a store."""
    return _splits(rows)


def rename(quads: list[ox.Quad], splits: list[Split]) -> list[ox.Quad]:
    """One article graph's quads, sorted, with the nodes the splits rename in it renamed."""
    return sorted_quads(rename_quad(q, splits) for q in quads) if splits else quads


def rename_quad(q: ox.Quad, splits: list[Split]) -> ox.Quad:
    """``q`` with a split person node renamed, when the split covers ``q``'s article graph."""
    if not splits or not isinstance(q.graph_name, ox.NamedNode):
        return q
    table = {s.old: s.new for s in splits if q.graph_name.value in s.graphs}

    def term(t):
        return ox.NamedNode(table[t.value]) if isinstance(t, ox.NamedNode) and t.value in table else t

    return ox.Quad(term(q.subject), q.predicate, term(q.object), q.graph_name) if table else q


WINDOW = dt.timedelta(days=183)  # posts this close in time cannot be held in two countries by one person
MIN_ARTICLES = 2  # articles that must agree on the other country before a name is split


def _splits(rows: Iterable[tuple[str, str, str, str | None]]) -> list[Split]:
    """Rows are (person, article graph, country, publication date)."""
    seen: dict[str, dict[str, dict[str, dt.date | None]]] = defaultdict(lambda: defaultdict(dict))
    renamed: set[tuple[str, str]] = set()  # (base person, graph) already holding the split-off node
    for person, graph, country, date in rows:
        code = _code(country)
        # a node split off before counts with its name's other articles (a rebuilt article rejoins it)
        base = person[: -len(code) - 1] if person.endswith(f"-{code.lower()}") else person
        if base != person:
            renamed.add((base, graph))
        seen[base][code][graph] = dt.date.fromisoformat(date[:10]) if date else None
    splits = []
    for person, by_country in sorted(seen.items()):
        if len(by_country) < 2:
            continue
        keep = "TH" if "TH" in by_country else max(sorted(by_country), key=lambda c: len(by_country[c]))
        kept = [d for d in by_country[keep].values() if d]
        for country, graphs in sorted(by_country.items()):
            if country == keep:
                continue
            # an article that placed him in both countries cannot tell which one it means: it keeps the node
            own = {g: d for g, d in graphs.items() if g not in by_country[keep]}
            clash = [g for g, d in own.items() if d and any(abs(d - k) <= WINDOW for k in kept)]
            todo = sorted(g for g in own if (person, g) not in renamed)
            if len(own) >= MIN_ARTICLES and clash and todo:
                splits.append(Split(person, f"{person}-{country.lower()}", country, tuple(todo)))
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
