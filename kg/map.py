"""Interactive maps of the network (``kg map``): a graph of :mod:`kg.analyse` drawn with vis-network in one
self-contained HTML page that works with no network at all.

The layout is computed here (igraph's Fruchterman–Reingold with a fixed seed, one connected component at a
time, packed in rows) and physics is off in the page, so a map of thousands of nodes appears at once and the
same store always gives the same page. vis-network's JavaScript and CSS, as shipped inside the pyvis wheel,
are inlined. Article text (names, titles, evidence sentences) travels as JSON escaped for a ``<script>``
element and the page puts it in place with ``textContent``, never as HTML; only ``http(s)`` source links
are kept.

Examples
--------
>>> from kg.analyse import example_store
>>> m = build_map(example_store())
>>> sorted(n["label"] for n in m.network.nodes)
['Alice Aoki', 'สมชาย ใจดี', 'สมศรี ศรีสุข']
>>> [(e["label"], e["weight"]) for e in m.network.edges if e["weight"] > 1]
[('met ×2', 2)]
>>> "<script src=" in render(m)
False
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
import os
import random
import tempfile
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import jinja2
import networkx as nx
import pyoxigraph as ox

from kg import analyse as an
from kg.errors import KgError
from kg.query import prefixed

DEFAULT_GRAPH = "persons"
"""The graph ``kg map`` draws unless told otherwise: officials linked by the events they shared."""
SPACING = 150.0
"""Room given to each node by the layout, in page pixels: a component of ``n`` nodes fills a disc of
diameter about ``SPACING * sqrt(n)``."""
EVENTS_PER_NODE = 60
"""Events listed in a node's panel (the latest first); the panel says how many more there were. Edges list
all of theirs."""
LARGE_MAP = 600
"""From this many nodes the page hides edges while the view is dragged or zoomed, to stay smooth."""

KINDS: dict[str, tuple[str, str]] = {
    "person": ("#3b6fb6", "person · บุคคล"),
    "organisation": ("#2f9e6b", "organisation · หน่วยงาน"),
    "country": ("#e2872b", "country · ประเทศ"),
    "event": ("#8d5fc2", "event · เหตุการณ์"),
}
"""The colour and legend of every kind of node."""

RELATIONS: dict[str, str] = {
    "persons": "met", "organisations": "officials met", "countries": "officials met",
    "person-event": "took part", "person-organisation": "member of",
}
"""What an edge of each graph means, as its label says."""

OPTIONS: dict[str, Any] = {
    "autoResize": True,
    "physics": {"enabled": False},
    "layout": {"improvedLayout": False},
    "interaction": {"hover": True, "tooltipDelay": 200, "multiselect": False},
    "nodes": {"shape": "dot", "borderWidth": 1, "borderWidthSelected": 3,
              "font": {"size": 14, "face": "Noto Sans Thai, Sarabun, Tahoma, sans-serif", "color": "#1d2430"},
              "scaling": {"label": {"drawThreshold": 7}}},
    "edges": {"smooth": False, "selectionWidth": 2, "hoverWidth": 1,
              "color": {"color": "#a7b0bb", "highlight": "#d1495b", "hover": "#6b7785", "inherit": False},
              "font": {"size": 10, "color": "#4a5360", "strokeWidth": 3},
              "scaling": {"label": {"drawThreshold": 7}}},
}
"""vis-network options: fixed positions (no physics), straight edges, labels hidden when too small to read."""


@dataclass(frozen=True)
class Map:
    """A map ready to render: the graph drawn (nodes with ``x``, ``y``, ``size``, ``centrality``), the pyvis
    network holding vis-network's node and edge records and options, and what the side panel shows."""

    graph: nx.Graph
    network: Any  # pyvis.network.Network
    events: dict[str, dict[str, Any]] = field(default_factory=dict)
    posts: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    title: str = "thaikg map"


# ------------------------------------------------------------------------------------------------- the graph

def map_graph(store: ox.Store, graph: str = DEFAULT_GRAPH, *, person: str | None = None, radius: int = 1,
              max_nodes: int | None = None, since: str | None = None, until: str | None = None,
              country: str | None = None, programme: str | None = None,
              organisation: str | None = None) -> nx.Graph:
    """The graph a map draws: :func:`kg.analyse.build_graph` of ``graph`` with the filters, cut to the ego
    network of ``person`` (its label or IRI, within ``radius`` steps) when one is given, then to the
    ``max_nodes`` most central nodes (the ego stays). Every node gets ``centrality``, its PageRank in the
    whole filtered graph; ``G.graph["centre"]`` is the ego's node (or None) and ``G.graph["total"]`` the
    number of nodes before the ``max_nodes`` cut.

    Raises
    ------
    KgError
        When ``person`` names no node (the message suggests close labels) or a filter is malformed.

    Examples
    --------
    >>> from kg.analyse import example_store
    >>> G = map_graph(example_store(), person="Alice Aoki", max_nodes=2)
    >>> [G.nodes[n]["label"] for n in G], G.graph["total"]
    (['Alice Aoki', 'สมชาย ใจดี'], 3)
    >>> map_graph(example_store(), person="สมศรี ศรีสุข", radius=1).graph["total"]
    3
    """
    G = an.build_graph(graph, store, since=since, until=until, country=country, programme=programme,
                       organisation=organisation)
    score = an.pagerank(G)
    centre = None
    keep = set(G)
    if person:
        centre = an.find_node(G, person, what="person" if graph in ("persons", "person-event",
                                                                     "person-organisation") else "node")
        keep = set(an.ego_network(G, centre, radius=radius))
    total = len(keep)
    if max_nodes is not None and len(keep) > max_nodes:
        keep = set(sorted(keep, key=lambda n: (n != centre, -score[n], str(n)))[:max(max_nodes, 1)])
    G = _induced(G, keep)
    nx.set_node_attributes(G, {n: score[n] for n in G}, "centrality")
    G.graph.update(centre=centre, total=total, name=graph)
    return G


def _induced(G: nx.Graph, keep: set[Hashable]) -> nx.Graph:
    """The subgraph of ``G`` on ``keep`` as a new graph whose nodes and edges come in ``G``'s order (a
    networkx subgraph view of a few nodes iterates them in the order of a set of strings, which changes
    from one process to the next, and the layout with it)."""
    H = G.__class__()
    H.graph.update(G.graph)
    H.add_nodes_from((n, dict(d)) for n, d in G.nodes(data=True) if n in keep)
    H.add_edges_from((u, v, dict(d)) for u, v, d in G.edges(data=True) if u in keep and v in keep)
    return H


def layout(G: nx.Graph, *, seed: int = an.DEFAULT_SEED,
           spacing: float = SPACING) -> dict[Hashable, tuple[float, float]]:
    """Positions for every node, in page pixels: each connected component laid out by igraph's
    Fruchterman–Reingold (edges pulling by their ``weight``) from a start drawn with ``seed``, scaled to a
    disc of diameter ``spacing * sqrt(size)``, and the discs packed in rows, the largest first.

    Examples
    --------
    >>> pos = layout(nx.Graph([(1, 2), (2, 3), (4, 5)]))
    >>> sorted(pos) == [1, 2, 3, 4, 5] and pos == layout(nx.Graph([(1, 2), (2, 3), (4, 5)]))
    True
    >>> layout(nx.Graph())
    {}
    """
    import igraph as ig

    if len(G) == 0:
        return {}
    order = {n: i for i, n in enumerate(G)}
    comps = sorted((sorted(c, key=order.__getitem__) for c in nx.connected_components(G)),
                   key=lambda c: (-len(c), order[c[0]]))
    rng = random.Random(seed)
    discs: list[tuple[list[Hashable], list[tuple[float, float]], float]] = []
    ig.set_random_number_generator(rng)
    try:
        for comp in comps:
            radius = spacing * math.sqrt(len(comp)) / 2
            discs.append((comp, _component_layout(G, comp, rng, ig), radius))
    finally:
        ig.set_random_number_generator(random)
    gap = spacing / 2
    width = math.sqrt(sum((2 * r + gap) ** 2 for _, _, r in discs)) * 1.15
    pos: dict[Hashable, tuple[float, float]] = {}
    x = y = row = 0.0
    for comp, coords, r in discs:
        d = 2 * r + gap
        if x > 0 and x + d > width:
            x, y, row = 0.0, y + row, 0.0
        cx, cy = x + d / 2, y + d / 2
        for node, (px, py) in zip(comp, coords, strict=True):
            pos[node] = (round(cx + px * r, 1), round(cy + py * r, 1))
        x, row = x + d, max(row, d)
    return pos


def _component_layout(G: nx.Graph, comp: list[Hashable], rng: random.Random, ig: Any) -> list[tuple[float, float]]:
    """One component's layout, centred on 0 and scaled into the unit disc."""
    n = len(comp)
    if n == 1:
        return [(0.0, 0.0)]
    if n == 2:
        return [(-0.7, 0.0), (0.7, 0.0)]
    index = {node: i for i, node in enumerate(comp)}
    edges = [(index[u], index[v]) for u, v in G.subgraph(comp).edges()]
    weights = [float(G.edges[comp[a], comp[b]].get("weight", 1)) for a, b in edges]
    g = ig.Graph(n=n, edges=edges)
    start = [[rng.uniform(-1, 1), rng.uniform(-1, 1)] for _ in range(n)]
    coords = g.layout_fruchterman_reingold(weights=weights, seed=start, niter=500).coords
    mx = sum(c[0] for c in coords) / n
    my = sum(c[1] for c in coords) / n
    far = max(math.hypot(c[0] - mx, c[1] - my) for c in coords) or 1.0
    return [((c[0] - mx) / far, (c[1] - my) / far) for c in coords]


# ------------------------------------------------------------------------------------------ what the panel shows

def _values(iris: Iterable[str]) -> str:
    return " ".join(str(ox.NamedNode(i)) for i in sorted(set(iris)))


def _select(store: ox.Store, text: str) -> list[dict[str, str]]:
    result = store.query(prefixed(text))
    names = [v.value for v in result.variables]
    return [{k: t.value for k, t in zip(names, row, strict=True) if t is not None} for row in result]


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an ``http`` or ``https`` address, else None (a ``javascript:`` link never reaches
    the page).

    >>> safe_url("https://www.thaigov.go.th/news/contents/details/90626"), safe_url("javascript:alert(1)")
    ('https://www.thaigov.go.th/news/contents/details/90626', None)
    """
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme.lower() in ("http", "https") and parts.netloc else None


_EVENT_ATTRS = """
SELECT ?event ?t ?label ?date WHERE {
  VALUES ?event { %s }
  { ?event a ?t } UNION { ?event rdfs:label ?label } UNION { ?event schema:startDate|kg:reportedOn ?date }
}"""

_EVENT_SOURCES = """
SELECT ?event ?article ?sentence ?url ?title WHERE {
  VALUES ?event { %s }
  GRAPH ?article { ?event kg:evidence ?sentence }
  OPTIONAL { ?article schema:url ?url }
  OPTIONAL { ?article dcterms:title ?title }
}"""

_POSTS = """
SELECT ?person ?post ?title ?org ?orgth ?orgen ?date ?sentence ?url WHERE {
  VALUES ?person { %s }
  ?post org:member ?person ; kg:title ?title .
  OPTIONAL { ?post org:organization ?org .
             OPTIONAL { ?org rdfs:label ?orgth FILTER(LANG(?orgth) = "th") }
             OPTIONAL { ?org rdfs:label ?orgen FILTER(LANGMATCHES(LANG(?orgen), "en")) } }
  OPTIONAL { ?post kg:attestedOn ?date }
  OPTIONAL { ?post kg:evidence ?sentence }
  OPTIONAL { ?post prov:wasDerivedFrom ?a . ?a schema:url ?url }
}"""


def event_details(store: ox.Store, events: Iterable[str]) -> dict[str, dict[str, Any]]:
    """For every event IRI: ``label``, ``date`` (ISO or None), ``type`` (``Meeting``, ``Visit``, ...) and
    ``sources``, one ``{"sentence", "url", "title"}`` per article that reports it (its evidence sentence in
    that article, the article's address when it is http(s), and its title).

    >>> from kg.analyse import example_store
    >>> event_details(example_store(), ["https://w3id.org/thaikg/id/event/e1"])
    {'https://w3id.org/thaikg/id/event/e1': {'label': 'JTPP3 Joint Meeting', 'date': '2021-05-25', \
'type': 'Meeting', 'sources': []}}
    """
    iris = sorted(set(events))
    out: dict[str, dict[str, Any]] = {e: {"label": None, "date": None, "type": None, "sources": []} for e in iris}
    if not iris:
        return out
    labels: dict[str, set[str]] = defaultdict(set)
    types: dict[str, set[str]] = defaultdict(set)
    dates: dict[str, set[str]] = defaultdict(set)
    for r in _select(store, _EVENT_ATTRS % _values(iris)):
        e = r["event"]
        if "t" in r and r["t"].startswith("https://w3id.org/thaikg/ontology#"):
            types[e].add(r["t"].rsplit("#", 1)[-1])
        if "label" in r:
            labels[e].add(r["label"])
        if "date" in r:
            dates[e].add(r["date"])
    sources: dict[str, dict[str, dict[str, str | None]]] = defaultdict(dict)
    for r in _select(store, _EVENT_SOURCES % _values(iris)):
        src = sources[r["event"]].setdefault(r["article"], {"sentence": None, "url": None, "title": None})
        for key in ("sentence", "title"):
            if key in r and (src[key] is None or r[key] < src[key]):
                src[key] = r[key]
        src["url"] = src["url"] or safe_url(r.get("url"))
    for e in iris:
        specific = sorted(types[e] - {"Event"}) or sorted(types[e])
        out[e] = {"label": min(labels[e]) if labels[e] else None, "date": min(dates[e]) if dates[e] else None,
                  "type": specific[-1] if specific else None,
                  "sources": [sources[e][a] for a in sorted(sources[e])]}
    return out


def person_posts(store: ox.Store, persons: Iterable[str]) -> dict[str, list[dict[str, Any]]]:
    """For every person IRI, the posts the articles show them holding, one row per title and organisation:
    ``title``, ``org`` (label, Thai else English, or None), ``org_iri``, ``first`` and ``last`` (dates seen),
    ``count`` (attestations), and the ``sentence`` and ``url`` of the latest. The latest post first.

    >>> from kg.analyse import example_store
    >>> person_posts(example_store(), ["https://w3id.org/thaikg/id/person/somchai"])
    {'https://w3id.org/thaikg/id/person/somchai': [{'title': 'รองอธิบดี', 'org': 'กรมความร่วมมือระหว่างประเทศ', \
'org_iri': 'https://w3id.org/thaikg/id/org/tica', 'first': None, 'last': None, 'count': 1, 'sentence': None, \
'url': None}]}
    """
    iris = sorted(set(persons))
    seen: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for r in (_select(store, _POSTS % _values(iris)) if iris else []):
        post = seen[r["person"]].setdefault(r["post"], {"title": r["title"], "org_iri": r.get("org"),
                                                        "org": None, "date": r.get("date"),
                                                        "sentence": r.get("sentence"), "url": None})
        org = r.get("orgth") or r.get("orgen")
        if org and (post["org"] is None or org < post["org"]):
            post["org"] = org
        post["url"] = post["url"] or safe_url(r.get("url"))
    out: dict[str, list[dict[str, Any]]] = {}
    for person in iris:
        groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
        for iri in sorted(seen.get(person, {})):
            p = seen[person][iri]
            groups[(p["title"], p["org_iri"] or "")].append(p)
        rows = []
        for (title, org_iri), posts in groups.items():
            dated = sorted((p["date"] or "", i) for i, p in enumerate(posts))
            latest = posts[dated[-1][1]]
            days = [d for d, _ in dated if d]
            rows.append({"title": title, "org": latest["org"] or next((p["org"] for p in posts if p["org"]), None),
                         "org_iri": org_iri or None, "first": days[0] if days else None,
                         "last": days[-1] if days else None, "count": len(posts), "sentence": latest["sentence"],
                         "url": latest["url"] or next((p["url"] for p in posts if p["url"]), None)})
        rows.sort(key=lambda p: (p["last"] or "", p["count"], p["title"]), reverse=True)
        out[person] = rows
    return out


def _node_events(store: ox.Store, G: nx.Graph,
                 filters: Mapping[str, str | None]) -> tuple[dict[str, dict[str, list]], dict[str, dict[str, list]]]:
    """Every node's events with its roles in them, and every event node's participants with theirs, for
    the panel: officials' events from the person–event graph with the same filters (from the graph itself
    when it is that graph), organisations' and countries' from their edges (the events linking them to the
    others drawn)."""
    events: dict[str, dict[str, list]] = {n: {} for n in G}
    participants: dict[str, dict[str, list]] = {}
    kinds = {d["kind"] for _, d in G.nodes(data=True)}
    if G.graph.get("name") == "person-event":
        for u, v, data in G.edges(data=True):
            person, event = (u, v) if G.nodes[u]["kind"] == "person" else (v, u)
            events[person][event] = data.get("roles", [])
            participants.setdefault(event, {})[person] = data.get("roles", [])
    elif "person" in kinds:
        B = an.person_event_graph(store, **filters)
        for n in G:
            if G.nodes[n]["kind"] == "person" and n in B:
                events[n] = {e: B.edges[n, e].get("roles", []) for e in B[n]}
    for u, v, data in G.edges(data=True):
        for end in (u, v):
            if G.nodes[end]["kind"] in ("organisation", "country"):
                for e in data.get("events", []):
                    events[end].setdefault(e, [])
    return events, participants


# ---------------------------------------------------------------------------------------------------- the map

def _label(data: Mapping[str, Any]) -> str:
    th, en = data.get("label") or "", data.get("label_en") or ""
    return th if not en or en == th else f"{th}\n{en}"


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[:n - 1].rstrip() + "…"


def _countries(value: Any) -> list[str]:
    return sorted({c.strip() for c in str(value).split(",") if c.strip()}) if value else []


def _node_record(G: nx.Graph, n: Hashable, xy: tuple[float, float], top: float, events: dict[str, list],
                 listed: list[str], participants: dict[str, list], dates: list[str]) -> dict[str, Any]:
    """vis-network's record of one node, with what its panel and the page's filters need."""
    data = G.nodes[n]
    kind = data["kind"]
    colour = KINDS.get(kind, ("#777777", kind))[0]
    border = "#111111" if n == G.graph.get("centre") else "#ffffff"
    tooltip = [data.get("label") or str(n)]
    if data.get("label_en") and data["label_en"] != data.get("label"):
        tooltip.append(data["label_en"])
    tooltip.append(" · ".join(x for x in (kind, data.get("country"), data.get("type"), data.get("date")) if x))
    labels = G.graph.get("labels", {})
    return {
        "id": n, "label": _short(_label(data)) if kind == "event" else _label(data), "title": "\n".join(tooltip),
        "x": xy[0], "y": xy[1], "size": round(6 + 26 * math.sqrt(data["centrality"] / top), 1),
        "color": {"background": colour, "border": border, "highlight": {"background": colour, "border": "#111111"},
                  "hover": {"background": colour, "border": "#111111"}},
        "kind": kind, "th": data.get("label"), "en": data.get("label_en"),
        "countries": _countries(data.get("country")), "centrality": round(data["centrality"], 6),
        "ministries": sorted({labels.get(m, m) for m in data.get("ministries", [])}),
        "type": data.get("type"), "date": data.get("date"), "dates": dates, "degree": G.degree(n),
        "events": [[e, events[e]] for e in listed], "event_total": len(events),
        "participants": [[p, r] for p, r in sorted(participants.items())],
    }


def _edge_record(G: nx.Graph, i: int, u: Hashable, v: Hashable, relation: str, events: Mapping[str, dict],
                 dates_of: Mapping[str, str]) -> dict[str, Any]:
    """vis-network's record of one edge: labelled by its relation, as wide as its shared events (log scale),
    with those events and each end's roles in them."""
    data = G.edges[u, v]
    weight = int(data.get("weight", 1))
    if G.graph.get("name") == "person-event":
        evs = [v if G.nodes[v]["kind"] == "event" else u]
        label = ", ".join(data.get("roles", [])) or relation
    else:
        evs = list(data.get("events", []))
        label = relation + (f" ×{weight}" if weight > 1 else "")
    dates = sorted({dates_of[e] for e in evs if dates_of.get(e)}) or list(data.get("dates", []))
    a, b = G.nodes[u].get("label") or u, G.nodes[v].get("label") or v
    span = f"\n{dates[0]} … {dates[-1]}" if len(dates) > 1 else f"\n{dates[0]}" if dates else ""
    roles = {e: [events[u].get(e, []), events[v].get(e, [])] for e in evs
             if events[u].get(e) or events[v].get(e)}
    return {"id": f"e{i}", "from": u, "to": v, "label": label, "title": f"{a} — {label} — {b}{span}",
            "weight": weight, "width": round(1 + 2 * math.log2(max(weight, 1)), 2), "relation": relation,
            "dates": dates, "events": evs, "roles": roles, "titles": list(data.get("titles", []))}


def build_map(store: ox.Store, graph: str = DEFAULT_GRAPH, *, person: str | None = None, radius: int = 1,
              max_nodes: int | None = None, since: str | None = None, until: str | None = None,
              country: str | None = None, programme: str | None = None, organisation: str | None = None,
              title: str | None = None, seed: int = an.DEFAULT_SEED) -> Map:
    """The map of ``graph`` (a name of :data:`kg.analyse.GRAPHS`) in ``store``, with the filters and cuts of
    :func:`map_graph`: positions from :func:`layout`, nodes coloured by kind (:data:`KINDS`) and sized by
    PageRank, labelled in Thai and English; edges labelled by their relation (:data:`RELATIONS`) and as wide
    as their number of shared events; each node's events, roles and posts and each edge's events, with their
    evidence sentences and source articles, for the side panel.

    Examples
    --------
    >>> from kg.analyse import example_store
    >>> m = build_map(example_store(), person="สมศรี ศรีสุข")
    >>> [n["label"] for n in m.network.nodes if n["id"] == m.graph.graph["centre"]]
    ['สมศรี ศรีสุข']
    >>> m.events["https://w3id.org/thaikg/id/event/e2"]["label"]
    'Courtesy call'
    """
    from pyvis.network import Network

    filters = {"since": since, "until": until, "country": country, "programme": programme,
               "organisation": organisation}
    G = map_graph(store, graph, person=person, radius=radius, max_nodes=max_nodes, **filters)
    pos = layout(G, seed=seed)
    events, participants = _node_events(store, G, filters)
    edge_events = {e for _, _, evs in G.edges(data="events") for e in evs or ()}
    details = event_details(store, {e for evs in events.values() for e in evs} | set(participants) | edge_events)
    dates_of = {e: d["date"] for e, d in details.items() if d["date"]}
    top = max((c for _, c in G.nodes(data="centrality")), default=0.0) or 1.0
    wanted = edge_events | set(participants)
    nodes = []
    for n in G:
        listed = sorted(events[n], key=lambda e: (dates_of.get(e, ""), e), reverse=True)[:EVENTS_PER_NODE]
        wanted.update(listed)
        dates = sorted({dates_of[e] for e in events[n] if e in dates_of})
        if G.nodes[n]["kind"] == "event":
            dates = [G.nodes[n]["date"]] if G.nodes[n].get("date") else []
        nodes.append(_node_record(G, n, pos[n], top, events[n], listed, participants.get(n, {}), dates))
    relation = RELATIONS.get(graph, "linked")
    edges = [_edge_record(G, i, u, v, relation, events, dates_of) for i, (u, v) in enumerate(G.edges())]
    net = Network(height="100%", width="100%", directed=False, cdn_resources="in_line")
    net.nodes, net.edges, net.node_ids = nodes, edges, [n["id"] for n in nodes]
    large = len(G) >= LARGE_MAP
    net.options = {**OPTIONS, "interaction": {**OPTIONS["interaction"], "hideEdgesOnDrag": large,
                                              "hideEdgesOnZoom": large}}
    persons = [n for n, k in G.nodes(data="kind") if k == "person"]
    return Map(graph=G, network=net, events={e: details[e] for e in sorted(wanted) if e in details},
               posts=person_posts(store, persons), title=title or _default_title(G, graph, filters))


def _default_title(G: nx.Graph, graph: str, filters: Mapping[str, str | None]) -> str:
    parts = [f"thaikg: {graph}"]
    if G.graph.get("centre") is not None:
        parts.append(f"around {G.nodes[G.graph['centre']].get('label')}")
    parts += [f"{k} {v}" for k, v in filters.items() if v]
    return " · ".join(parts)


# ------------------------------------------------------------------------------------------------- the page

def vis_assets() -> tuple[str, str]:
    """vis-network's JavaScript and CSS as pyvis ships them (the newest ``vis-*`` copy in its wheel), to be
    inlined: vis-network is dual licensed Apache-2.0 / MIT, and its licence header stays in the script."""
    lib = resources.files("pyvis") / "templates" / "lib"
    try:
        versions = sorted((p for p in lib.iterdir() if p.name.startswith("vis-")),
                          key=lambda p: tuple(int(x) for x in p.name[4:].split(".") if x.isdigit()))
        newest = versions[-1]
        return ((newest / "vis-network.min.js").read_text(encoding="utf-8"),
                (newest / "vis-network.css").read_text(encoding="utf-8"))
    except (OSError, IndexError) as exc:
        raise KgError(f"vis-network is not where pyvis keeps it ({lib}): reinstall pyvis>=0.3.2 ({exc})") from exc


_SCRIPT_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def script_json(value: Any) -> str:
    """``value`` as JSON that is safe inside a ``<script>`` element: ``<``, ``>`` and ``&`` (and the two
    line separators JavaScript once refused) are written as ``\\u`` escapes, so no text can close the
    element or open another.

    >>> script_json({"name": "</script><script>alert(1)</script>"})
    '{"name": "\\\\u003c/script\\\\u003e\\\\u003cscript\\\\u003ealert(1)\\\\u003c/script\\\\u003e"}'
    >>> json.loads(script_json({"a": "<&>"}))
    {'a': '<&>'}
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    for char, escape in _SCRIPT_ESCAPES.items():
        text = text.replace(char, escape)
    return text


def _template() -> jinja2.Template:
    env = jinja2.Environment(loader=jinja2.PackageLoader("kg", "templates"),
                             autoescape=jinja2.select_autoescape(default=True, default_for_string=True))
    return env.get_template("map.html")


def page_data(m: Map) -> dict[str, Any]:
    """What the page embeds, as plain JSON-ready data: vis-network's node and edge records and options (from
    ``m.network``), the legend, and the panel's events and posts. To keep a large map small, events are a
    list that nodes and edges refer to by index, and every evidence sentence and article title is stored
    once in ``texts`` and referred to by its index (the sentence that names an official's post often
    reports the meeting too).

    >>> from kg.analyse import example_store
    >>> d = page_data(build_map(example_store()))
    >>> [e["iri"].rsplit("/", 1)[-1] for e in d["events"]], sorted(d)[:4]
    (['e1', 'e2'], ['centre', 'edges', 'events', 'graph'])
    """
    nodes, edges, _heading, _height, _width, options = m.network.get_network_data()
    texts: dict[str, int] = {}

    def text(value: str | None) -> int | None:
        return None if value is None else texts.setdefault(value, len(texts))

    order = {iri: i for i, iri in enumerate(m.events)}
    events = [{"iri": iri, "label": e["label"], "date": e["date"], "type": e["type"],
               "sources": [{"sentence": text(s["sentence"]), "url": s["url"], "title": text(s["title"])}
                           for s in e["sources"]]} for iri, e in m.events.items()]
    nodes = [{**n, "events": [[order[e], roles] for e, roles in n["events"] if e in order]} for n in nodes]
    edges = [{**e, "events": [order[x] for x in e["events"] if x in order],
              "roles": {str(order[x]): r for x, r in e["roles"].items() if x in order}} for e in edges]
    posts = {p: [{**row, "sentence": text(row["sentence"])} for row in rows] for p, rows in m.posts.items()}
    kinds = sorted({n["kind"] for n in nodes}, key=lambda k: (list(KINDS).index(k) if k in KINDS else 99, k))
    return {"title": m.title, "graph": m.graph.graph.get("name"), "centre": m.graph.graph.get("centre"),
            "total": m.graph.graph.get("total"), "nodes": nodes, "edges": edges, "events": events,
            "posts": posts, "texts": list(texts), "options": json.loads(options),
            "kinds": [{"kind": k, "colour": KINDS.get(k, ("#777777", k))[0], "label": KINDS.get(k, ("", k))[1]}
                      for k in kinds]}


def render(m: Map) -> str:
    """The map as one HTML page: vis-network and the page's own script (``templates/map.js``) inlined, the
    data (:func:`page_data`) as escaped JSON, nothing fetched from anywhere. Its Content-Security-Policy
    allows only those two scripts, by their SHA-256, and no request at all: were text ever to slip through
    as markup, it could neither run nor load anything."""
    js, css = vis_assets()
    data = page_data(m)
    scripts = [_script_text(js), _script_text(_page_script())]
    hashes = " ".join(f"'sha256-{base64.b64encode(hashlib.sha256(s.encode()).digest()).decode()}'" for s in scripts)
    return _template().render(title=m.title, vis_js=scripts[0], page_js=scripts[1], vis_css=css,
                              data=script_json(data), script_hashes=hashes)


def _page_script() -> str:
    return (resources.files("kg") / "templates" / "map.js").read_text(encoding="utf-8")


def _script_text(js: str) -> str:
    """Script text that cannot end its ``<script>`` element early (vis-network holds no ``</script``, but a
    future copy might)."""
    return js.replace("</script", "<\\/script").replace("<!--", "<\\!--")


def write_map(m: Map, path: str | Path) -> Path:
    """Write the page of ``m`` to ``path`` atomically (a temporary file beside it, then a rename), and only
    there: no ``lib/`` folder, nothing else."""
    path = Path(path)
    page = render(m)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(page)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return path
