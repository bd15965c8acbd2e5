"""``kg push``: each article's named graph to any SPARQL 1.1 Graph Store Protocol server, by HTTP PUT, and
their set union to the server's default graph (as in the local store), so questions need no union option.

PUT replaces the graph, so pushing the same graphs twice leaves the server as it was after the first push."""

from __future__ import annotations

import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.errors import KgError


@dataclass
class PushReport:
    graphs: int = 0
    triples: int = 0
    failed: list[str] = field(default_factory=list)


def graphs_of(quads: Iterable[ox.Quad]) -> dict[ox.NamedNode, list[ox.Triple]]:
    """Quads grouped by named graph (the default graph is left out: thaikg writes none)."""
    out: dict[ox.NamedNode, list[ox.Triple]] = defaultdict(list)
    for q in quads:
        if isinstance(q.graph_name, ox.NamedNode):
            out[q.graph_name].append(ox.Triple(q.subject, q.predicate, q.object))
    return out


def put_graph(endpoint: str, graph: ox.NamedNode | None, triples: Iterable[ox.Triple], timeout: float = 300.0,
              headers: dict[str, str] | None = None) -> None:
    """Replace one graph on a Graph Store Protocol endpoint (``endpoint?graph=IRI``; ``?default`` for None)."""
    body = ox.serialize(sorted(triples, key=str), format=ox.RdfFormat.N_TRIPLES)
    sep = "&" if "?" in endpoint else "?"
    target = "default" if graph is None else urllib.parse.urlencode({"graph": graph.value})
    url = f"{endpoint}{sep}{target}"
    req = urllib.request.Request(url, data=body, method="PUT",
                                 headers={"Content-Type": "application/n-triples", **(headers or {})})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            if resp.status not in (200, 201, 204):
                raise KgError(f"{url}: the server answered {resp.status}")
    except urllib.error.HTTPError as exc:
        raise KgError(f"{url}: the server answered {exc.code} {exc.read()[:200].decode('utf-8', 'replace')}") from exc
    except (urllib.error.URLError, OSError) as exc:
        raise KgError(f"cannot reach {endpoint}: {exc}") from exc


def push(quads: Iterable[ox.Quad], endpoint: str, on_error: Callable[[KgError], None] | None = None,
         headers: dict[str, str] | None = None) -> PushReport:
    """PUT every named graph in ``quads`` to ``endpoint``; a failed graph is reported and the rest go on."""
    report = PushReport()
    graphs = graphs_of(quads)
    union: set[ox.Triple] = set()
    for graph, triples in sorted(graphs.items(), key=lambda kv: kv[0].value):
        union.update(triples)
        try:
            put_graph(endpoint, graph, triples, headers=headers)
        except KgError as exc:
            report.failed.append(graph.value)
            if on_error:
                on_error(exc)
            continue
        report.graphs += 1
        report.triples += len(triples)
    if graphs:
        try:
            put_graph(endpoint, None, union, headers=headers)
        except KgError as exc:
            report.failed.append("(default graph)")
            if on_error:
                on_error(exc)
    return report
