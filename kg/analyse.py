"""Network analysis: graphs of officials, organisations and countries built from the store, and measures on
them as pure functions of a networkx graph that return dicts.

Builders read a pyoxigraph store (its default graph, the set union of the article graphs) with one SPARQL
query each and return a :class:`networkx.Graph` whose nodes are entity IRIs carrying ``label`` (Thai when there
is one, else English), ``label_en``, ``kind`` and ``country`` (ISO code(s), or None). All builders take the
same filters, which choose the events the graph is made of: ``since``/``until`` (ISO dates, inclusive),
``country`` (an ISO code: events with at least one participant of that country), ``programme`` and
``organisation`` (a label or an IRI). Filter values enter the query as RDF terms in ``VALUES`` blocks, never
pasted into its text.

Measures (:func:`degree`, :func:`weighted_degree`, :func:`betweenness`, :func:`pagerank`, :func:`closeness`,
:func:`communities`, :func:`brokers`, :func:`first_contacts`, :func:`tie_persistence`) take any networkx graph,
so they are tested on textbook graphs and work on graphs a notebook makes by hand.

Examples
--------
>>> store = example_store()
>>> G = person_graph(store)
>>> sorted(G.nodes[n]["label"] for n in G)
['Alice Aoki', 'สมชาย ใจดี', 'สมศรี ศรีสุข']
>>> [(label, value) for iri, label, value in top(weighted_degree(G), G, 3)]
[('Alice Aoki', 3), ('สมชาย ใจดี', 3), ('สมศรี ศรีสุข', 2)]
"""

from __future__ import annotations

import datetime as dt
import difflib
import itertools
import random
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping
from typing import Any, NamedTuple

import networkx as nx
import pyoxigraph as ox

from kg.errors import KgError, UnknownEngineError
from kg.query import prefixed, terms

DEFAULT_SEED = 42
"""Seed of every randomised measure (sampled betweenness and closeness, Louvain): same graph, same answer."""
EXACT_MAX_NODES = 1000
"""Betweenness and closeness are exact on graphs of at most this many nodes, estimated from samples above."""
SAMPLES = 256
"""Source nodes sampled for betweenness (and pivots for closeness) on graphs above :data:`EXACT_MAX_NODES`."""

_SEP = "\x1f"  # separates the values of a GROUP_CONCAT (unit separator: in no label)


# --------------------------------------------------------------------------------------------------- filters

def _date_terms(value: str, name: str) -> list[ox.NamedNode | ox.Literal]:
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        raise KgError(f"{name}={value!r} is not a date: write it as YYYY-MM-DD, e.g. 2021-05-25") from None
    return terms(value, "date")


def _values(var: str, values: Iterable[ox.NamedNode | ox.Literal]) -> str:
    """A ``VALUES`` block: the terms as pyoxigraph writes them (escaped N-Triples syntax), so no value can
    change the structure of the query."""
    return f"VALUES ?{var} {{ {' '.join(str(t) for t in values)} }}"


def _terms(value: str, kind: str, name: str) -> list[ox.NamedNode | ox.Literal]:
    """``value`` as RDF terms (:func:`kg.query.terms`); an IRI that is not one is an error naming it."""
    try:
        return terms(value.strip(), kind)
    except ValueError as exc:
        raise KgError(f"{name}={value!r} is not a valid IRI ({exc}): give a label, or an IRI such as "
                      "https://w3id.org/thaikg/id/org/mfa") from None


def _is_iri(value: str) -> bool:
    return value.strip().startswith(("<", "http://", "https://"))


def _events_query(since: str | None = None, until: str | None = None, country: str | None = None,
                  programme: str | None = None, organisation: str | None = None) -> str:
    """The sub-select choosing the events a graph is made of: ``?event`` and its ``?date`` (the day its article
    was reported when the text gives none, unbound when even that is unknown; such events are left out as soon as
    ``since`` or ``until`` is given)."""
    # One row per event, not per participation: the date lookups and filters below then run once an event
    # (on the whole corpus, 44,000 events against 217,000 participations: the graph builds four times faster).
    lines = ["{ SELECT DISTINCT ?event WHERE { ?event kg:participation ?_ep } }"]
    if since or until:
        lines.append("?event schema:startDate|kg:reportedOn ?_d .")
        if since:
            lines.append(f"{_values('_since', _date_terms(since, 'since'))} FILTER(?_d >= ?_since)")
        if until:
            lines.append(f"{_values('_until', _date_terms(until, 'until'))} FILTER(?_d <= ?_until)")
    else:
        lines.append("OPTIONAL { ?event schema:startDate|kg:reportedOn ?_d }")
    # Each filter is a sub-select of its own, evaluated once from its bound values and joined on ?event
    # (a FILTER EXISTS would walk the paths again for every event: minutes instead of milliseconds).
    if country:
        code = country.strip()
        code = code.upper() if len(code) == 2 and code.isascii() else code
        lines.append(f"{{ SELECT DISTINCT ?event WHERE {{ {_values('_country', _terms(code, 'label', 'country'))}\n"
                     "      ?_cc skos:notation|rdfs:label ?_country . ?_ca kg:country ?_cc .\n"
                     "      ?_cp kg:participant ?_ca . ?event kg:participation ?_cp } }")
    if programme:
        if _is_iri(programme):
            find = _values("_g", _terms(programme, "text", "programme"))
        else:
            find = (f"{_values('_programme', _terms(programme, 'label', 'programme'))}\n"
                    "      ?_g rdfs:label|skos:altLabel|skos:notation ?_programme .")
        lines.append(f"{{ SELECT DISTINCT ?event WHERE {{ {find} ?event kg:underProgramme ?_g }} }}")
    if organisation:
        if _is_iri(organisation):
            find = _values("_org", _terms(organisation, "text", "organisation"))
        else:
            find = (f"{_values('_orgname', _terms(organisation, 'label', 'organisation'))}\n"
                    "      ?_org rdfs:label|skos:altLabel ?_orgname .")
        lines.append(f"{{ SELECT DISTINCT ?event WHERE {{ {find} ?_org a kg:Organization .\n"
                     "      ?_sub org:subOrganizationOf* ?_org . ?_m org:memberOf? ?_sub .\n"
                     "      ?_op kg:participant ?_m . ?event kg:participation ?_op } }")
    body = "\n    ".join(lines)
    return f"SELECT ?event (MIN(?_d) AS ?date) WHERE {{\n    {body}\n  }} GROUP BY ?event"


def _concat(expr: str, name: str) -> str:
    return f'(GROUP_CONCAT(DISTINCT COALESCE({expr}, ""); separator="\\u001F") AS ?{name})'


_LABELS = """
    OPTIONAL { ?node rdfs:label ?th FILTER(LANG(?th) = "th") }
    OPTIONAL { ?node rdfs:label ?en FILTER(LANGMATCHES(LANG(?en), "en")) }"""
_NODE_COLUMNS = " ".join([_concat("STR(?th)", "th"), _concat("STR(?en)", "en"), _concat("STR(?code)", "codes")])
_ROLES = _concat('STRAFTER(STR(?role), "#")', "roles")
_TYPES = _concat('STRAFTER(STR(?t), "#")', "types")
_PERSON_OCCURRENCE = "?event kg:participation ?part . ?part kg:participant ?node . ?node a kg:Person ."
_AFFILIATION_OCCURRENCE = ("?event kg:participation ?part . ?part kg:participant ?person . "
                           "?person a kg:Person ; %s ?node .")


def _graph_query(events: str, occurrence: str, code: str, *, roles: bool = False, ministry: str | None = None,
                 event_attrs: bool = False, every_event: bool = False) -> str:
    """One query, a union of branches told apart by ``?branch``: ``occurrence`` rows (an event, its date
    and a node that took part; with ``roles``, their roles, else the ``?person`` through whom the node was
    there), ``node`` rows (each node's labels and country codes, once), ``ministry`` rows (the top of the
    ``org:subOrganizationOf`` chain that the ``ministry`` pattern binds to ``?ministry``, with its labels)
    and ``event`` rows (type and label). Attributes are looked up once per node, not once per occurrence:
    on a store of 20,000 articles that is seconds instead of a minute. With ``every_event`` (no filter chose
    the events) the nodes are found from the occurrences alone, without computing the events again."""
    chosen = f"{{ {events} }}"
    nodes = f"{{ SELECT DISTINCT ?node WHERE {{ {'' if every_event else chosen} {occurrence} }} }}"
    if roles:
        occ = (f"SELECT ?branch ?event ?date ?node {_ROLES} WHERE {{\n"
               f"    {chosen}\n    {occurrence} OPTIONAL {{ ?part kg:role ?role }}\n"
               '    BIND("occurrence" AS ?branch) } GROUP BY ?branch ?event ?date ?node')
    else:
        occ = (f"SELECT DISTINCT ?branch ?event ?date ?person ?node WHERE {{\n    {chosen}\n    {occurrence}\n"
               '    BIND("occurrence" AS ?branch) }')
    branches = [occ, (f"SELECT ?branch ?node {_NODE_COLUMNS} WHERE {{\n    {nodes}{_LABELS}\n"
                      f'    OPTIONAL {{ {code} }} BIND("node" AS ?branch) }} GROUP BY ?branch ?node')]
    if ministry:
        branches.append(
            f"SELECT ?branch ?node ?ministry {_concat('STR(?th)', 'th')} {_concat('STR(?en)', 'en')} WHERE {{\n"
            f"    {nodes}\n    {ministry}\n"
            "    FILTER NOT EXISTS { ?ministry org:subOrganizationOf ?_up }\n"
            '    OPTIONAL { ?ministry rdfs:label ?th FILTER(LANG(?th) = "th") }\n'
            '    OPTIONAL { ?ministry rdfs:label ?en FILTER(LANGMATCHES(LANG(?en), "en")) }\n'
            '    BIND("ministry" AS ?branch) } GROUP BY ?branch ?node ?ministry')
    if event_attrs:
        branches.append(
            f"SELECT ?branch ?event ?date {_TYPES} "
            f"{_concat('STR(?el)', 'event_labels')} WHERE {{\n    {chosen}\n"
            "    OPTIONAL { ?event a ?t } OPTIONAL { ?event rdfs:label ?el }\n"
            '    BIND("event" AS ?branch) } GROUP BY ?branch ?event ?date')
    return "SELECT * WHERE {\n  " + "\n  UNION\n  ".join(f"{{ {b} }}" for b in branches) + "\n}"


_PERSON_ORGANISATION_QUERY = f"""
SELECT ?node ?n ?org {_NODE_COLUMNS} {_concat('STR(?oth)', 'org_th')} {_concat('STR(?oen)', 'org_en')}
  {_concat('STR(?ocode)', 'org_codes')} {_concat('STR(?title)', 'titles')}
WHERE {{
  {{ SELECT ?node (COUNT(DISTINCT ?event) AS ?n) WHERE {{
      {{ %(events)s }}
      ?event kg:participation/kg:participant ?node . ?node a kg:Person .
    }} GROUP BY ?node }}{_LABELS}
  OPTIONAL {{ ?node kg:country/skos:notation ?code }}
  OPTIONAL {{ ?node org:memberOf ?org .
             OPTIONAL {{ ?org rdfs:label ?oth FILTER(LANG(?oth) = "th") }}
             OPTIONAL {{ ?org rdfs:label ?oen FILTER(LANGMATCHES(LANG(?oen), "en")) }}
             OPTIONAL {{ ?org kg:country/skos:notation ?ocode }}
             OPTIONAL {{ ?post org:member ?node ; org:organization ?org ; kg:title ?title }} }}
}}
GROUP BY ?node ?n ?org
"""


_ROW_ORDER = ("branch", "node", "event", "person")


def _rows(store: ox.Store, text: str) -> list[dict[str, str]]:
    """Run one builder query; rows as dicts of plain strings (unbound and empty cells left out), sorted by
    branch, node, event and the rest, so that the graph is built in the same order every time."""
    result = store.query(prefixed(text))
    names = [v.value for v in result.variables]
    rows = [{k: t.value for k, t in zip(names, sol, strict=True) if t is not None and t.value != ""}
            for sol in result]
    order = [n for n in _ROW_ORDER if n in names] + sorted(n for n in names if n not in _ROW_ORDER)
    rows.sort(key=lambda r: tuple(r.get(k, "") for k in order))
    return rows


def _split(cell: str | None) -> list[str]:
    return sorted({v for v in (cell or "").split(_SEP) if v})


def _local(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _node_attrs(iri: str, row: Mapping[str, str], kind: str, prefix: str = "") -> dict[str, Any]:
    th, en, codes = _split(row.get(prefix + "th")), _split(row.get(prefix + "en")), _split(row.get(prefix + "codes"))
    label_en = en[0] if en else None
    return {"label": th[0] if th else label_en or _local(iri), "label_en": label_en, "kind": kind,
            "country": ",".join(codes) or None}


def _ministry_rows(rows: Iterable[Mapping[str, str]], labels: dict[str, str]) -> dict[str, list[str]]:
    """Each node's ministries (sorted IRIs) from the ``ministry`` rows; their labels (Thai, else English)
    go into ``labels``."""
    out: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        if r["branch"] == "ministry":
            out[r["node"]].add(r["ministry"])
            th, en = _split(r.get("th")), _split(r.get("en"))
            if th or en:
                labels[r["ministry"]] = (th or en)[0]
    return {node: sorted(m) for node, m in out.items()}


def _filters(since: str | None, until: str | None, country: str | None, programme: str | None,
             organisation: str | None) -> dict[str, str | None]:
    return {"since": since, "until": until, "country": country, "programme": programme,
            "organisation": organisation}


def _new_graph(kind: str, filters: Mapping[str, str | None], labels: dict[str, str] | None = None) -> nx.Graph:
    G = nx.Graph(kind=kind, filters={k: v for k, v in filters.items() if v})
    G.graph["labels"] = labels if labels is not None else {}
    return G


def _event_key(event: str, date: str | None) -> tuple[str, str]:
    return (date or "9999-99-99", event)


def _co_occurrence(G: nx.Graph, members: Mapping[str, Mapping[str, set[str]]],
                   dates: Mapping[str, str | None]) -> None:
    """Edges between the nodes that took part in the same event. ``members[event][node]`` is the set of
    persons through whom ``node`` was there (the node itself for persons); two nodes are linked by an event
    only when different persons stand for them, so one official of two organisations links neither."""
    ties: dict[tuple[str, str], list[str]] = defaultdict(list)
    for event in sorted(members, key=lambda e: _event_key(e, dates.get(e))):
        nodes = members[event]
        for u, v in itertools.combinations(sorted(nodes), 2):
            if len(nodes[u] | nodes[v]) >= 2:
                ties[(u, v)].append(event)
    for (u, v), events in sorted(ties.items()):
        G.add_edge(u, v, weight=len(events), events=events,
                   dates=sorted(d for e in events if (d := dates.get(e))))


# -------------------------------------------------------------------------------------------------- builders

def person_event_graph(store: ox.Store, *, since: str | None = None, until: str | None = None,
                       country: str | None = None, programme: str | None = None,
                       organisation: str | None = None) -> nx.Graph:
    """The bipartite graph of officials and the events they took part in.

    Parameters
    ----------
    store : pyoxigraph.Store
        A thaikg store (or any store whose default graph holds the thaikg vocabulary).
    since, until : str, optional
        ISO dates (``YYYY-MM-DD``), inclusive: keep the events dated within them. Undated events are kept
        only when neither is given.
    country : str, optional
        An ISO code such as ``TH`` (a country's label works too): keep the events with at least one
        participant (official or organisation) of that country.
    programme : str, optional
        A programme's label, alternative label (``JTPP3``) or IRI: keep the events under it.
    organisation : str, optional
        An organisation's label or IRI: keep the events in which it, one of its sub-organisations, or an
        official of either took part.

    Returns
    -------
    networkx.Graph
        Person nodes (``kind="person"``, ``bipartite=0``) and event nodes (``kind="event"``,
        ``bipartite=1``). A person has ``label`` (Thai, else English), ``label_en`` (or None), ``country``
        (ISO code; codes joined by commas when the graph gives several; None when it gives none),
        ``ministries`` (IRIs of the tops of the ``org:subOrganizationOf`` chains above the organisations
        the official belongs to: the ministry, for a Thai department) and ``event_count`` (chosen events
        attended). An event has ``label``, ``type`` (``Meeting``, ``Visit``, ``Signing``) and ``date``
        (ISO, or None). An edge for every participation, with its ``roles`` (``Chair``, ``CoChair``,
        ``Host``, ``Guest``, ``Participant``, ``Signatory``). ``G.graph`` holds the ``filters`` given and
        ``labels``, the labels of the ministries named in ``ministries``.

    Examples
    --------
    >>> B = person_event_graph(example_store())
    >>> sorted(B.nodes[n]["kind"] for n in B)
    ['event', 'event', 'person', 'person', 'person']
    >>> B.edges["https://w3id.org/thaikg/id/person/alice", "https://w3id.org/thaikg/id/event/e1"]["roles"]
    ['Guest']
    """
    filters = _filters(since, until, country, programme, organisation)
    rows = _rows(store, _graph_query(_events_query(**filters), _PERSON_OCCURRENCE,
                                     "?node kg:country/skos:notation ?code", roles=True, event_attrs=True,
                                     ministry="?node org:memberOf/org:subOrganizationOf* ?ministry .",
                                     every_event=not any(filters.values())))
    labels: dict[str, str] = {}
    G = _new_graph("person-event", filters, labels)
    ministries = _ministry_rows(rows, labels)
    occurrences = [r for r in rows if r["branch"] == "occurrence"]
    counts: dict[str, int] = defaultdict(int)
    for r in occurrences:
        counts[r["node"]] += 1
    for r in rows:
        if r["branch"] == "node":
            node = r["node"]
            G.add_node(node, **_node_attrs(node, r, "person"), bipartite=0, ministries=ministries.get(node, []),
                       event_count=counts[node])
    attended = {r["event"] for r in occurrences}
    events = [r for r in rows if r["branch"] == "event" and r["event"] in attended]
    for r in sorted(events, key=lambda r: _event_key(r["event"], r.get("date"))):
        types, names = _split(r.get("types")), _split(r.get("event_labels"))
        G.add_node(r["event"], label=names[0] if names else _local(r["event"]), label_en=None, kind="event",
                   country=None, bipartite=1, type=types[-1] if types else None, date=r.get("date"))
    for r in occurrences:
        G.add_edge(r["node"], r["event"], roles=_split(r.get("roles")))
    return G


def person_graph(store: ox.Store, *, since: str | None = None, until: str | None = None,
                 country: str | None = None, programme: str | None = None,
                 organisation: str | None = None) -> nx.Graph:
    """Officials linked by the events they took part in together (the projection of
    :func:`person_event_graph` onto its persons).

    Parameters
    ----------
    store : pyoxigraph.Store
    since, until, country, programme, organisation : str, optional
        Choose the events, as in :func:`person_event_graph`.

    Returns
    -------
    networkx.Graph
        Person nodes with ``label``, ``label_en``, ``kind``, ``country``, ``ministries`` and ``event_count``
        (officials of the chosen events who met nobody there are isolated nodes). Each edge has ``weight``,
        the number of shared events; ``events``, their IRIs in date order (undated last); ``dates``, the
        sorted ISO dates of those of them that have one.

    Examples
    --------
    >>> G = person_graph(example_store())
    >>> alice, somchai = "https://w3id.org/thaikg/id/person/alice", "https://w3id.org/thaikg/id/person/somchai"
    >>> G.edges[alice, somchai]["weight"], G.edges[alice, somchai]["dates"]
    (2, ['2021-05-25', '2023-01-10'])
    >>> person_graph(example_store(), since="2022-01-01").edges[alice, somchai]["dates"]
    ['2023-01-10']
    """
    B = person_event_graph(store, since=since, until=until, country=country, programme=programme,
                           organisation=organisation)
    G = _new_graph("persons", B.graph["filters"], B.graph["labels"])
    members: dict[str, dict[str, set[str]]] = {}
    dates: dict[str, str | None] = {}
    for n, data in B.nodes(data=True):
        if data["kind"] == "person":
            G.add_node(n, **{k: v for k, v in data.items() if k != "bipartite"})
        else:
            members[n] = {p: {p} for p in B[n]}
            dates[n] = data["date"]
    _co_occurrence(G, members, dates)
    return G


def _affiliation_graph(store: ox.Store, kind: str, filters: Mapping[str, str | None]) -> nx.Graph:
    if kind == "organisation":
        text = _graph_query(_events_query(**filters), _AFFILIATION_OCCURRENCE % "org:memberOf",
                            "?node kg:country/skos:notation ?code",
                            # typed first: a bare zero-or-more path is walked from every term of the store
                            ministry="?node a kg:Organization . ?node org:subOrganizationOf* ?ministry .",
                            every_event=not any(filters.values()))
    else:
        text = _graph_query(_events_query(**filters), _AFFILIATION_OCCURRENCE % "kg:country",
                            "?node skos:notation ?code", every_event=not any(filters.values()))
    rows = _rows(store, text)
    labels: dict[str, str] = {}
    G = _new_graph("organisations" if kind == "organisation" else "countries", filters, labels)
    ministries = _ministry_rows(rows, labels)
    members: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    dates: dict[str, str | None] = {}
    for r in rows:
        if r["branch"] == "occurrence":
            members[r["event"]][r["node"]].add(r["person"])
            dates[r["event"]] = r.get("date")
    counts: dict[str, int] = defaultdict(int)
    for nodes in members.values():
        for node in nodes:
            counts[node] += 1
    for r in rows:
        if r["branch"] == "node":
            node = r["node"]
            extra = {"ministries": ministries.get(node, [])} if kind == "organisation" else {}
            G.add_node(node, **_node_attrs(node, r, kind), **extra, event_count=counts[node])
    _co_occurrence(G, members, dates)
    return G


def organisation_graph(store: ox.Store, *, since: str | None = None, until: str | None = None,
                       country: str | None = None, programme: str | None = None,
                       organisation: str | None = None) -> nx.Graph:
    """Organisations linked when officials of both took part in the same event.

    Two organisations are linked by an event when an official of one and a *different* official of the
    other took part in it (``org:memberOf``), so one person holding posts in two agencies does not link
    them; officials of the same organisation make no self-loop.

    Parameters
    ----------
    store : pyoxigraph.Store
    since, until, country, programme, organisation : str, optional
        Choose the events, as in :func:`person_event_graph`.

    Returns
    -------
    networkx.Graph
        Organisation nodes (``kind="organisation"``, ``label``, ``label_en``, ``country``, ``ministries``:
        the top of its ``org:subOrganizationOf`` chain, ``event_count``); edges with ``weight`` (shared
        events), ``events`` and ``dates`` as in :func:`person_graph`.

    Examples
    --------
    >>> G = organisation_graph(example_store())
    >>> [G.nodes[n]["label"] for n in G]
    ['Ministry of Foreign Affairs of Japan', 'กระทรวงมหาดไทย', 'กรมความร่วมมือระหว่างประเทศ']
    >>> G.number_of_edges()
    3
    """
    return _affiliation_graph(store, "organisation", _filters(since, until, country, programme, organisation))


def country_graph(store: ox.Store, *, since: str | None = None, until: str | None = None,
                  country: str | None = None, programme: str | None = None,
                  organisation: str | None = None) -> nx.Graph:
    """Countries linked when officials of both took part in the same event (``kg:country`` of the
    officials; as in :func:`organisation_graph`, two different officials are needed, and there are no
    self-loops).

    Parameters
    ----------
    store : pyoxigraph.Store
    since, until, country, programme, organisation : str, optional
        Choose the events, as in :func:`person_event_graph`.

    Returns
    -------
    networkx.Graph
        Country nodes (``kind="country"``, ``label``, ``label_en``, ``country``: the ISO code,
        ``event_count``); edges with ``weight``, ``events`` and ``dates`` as in :func:`person_graph`.

    Examples
    --------
    >>> G = country_graph(example_store())
    >>> [(G.nodes[u]["country"], G.nodes[v]["country"], w) for u, v, w in G.edges(data="weight")]
    [('JP', 'TH', 2)]
    """
    return _affiliation_graph(store, "country", _filters(since, until, country, programme, organisation))


def person_organisation_graph(store: ox.Store, *, since: str | None = None, until: str | None = None,
                              country: str | None = None, programme: str | None = None,
                              organisation: str | None = None) -> nx.Graph:
    """The bipartite graph of officials and the organisations they belong to (``org:memberOf``).

    The officials are those who took part in the chosen events; every organisation they belong to is kept.

    Parameters
    ----------
    store : pyoxigraph.Store
    since, until, country, programme, organisation : str, optional
        Choose the events, as in :func:`person_event_graph`.

    Returns
    -------
    networkx.Graph
        Person nodes (``kind="person"``, ``bipartite=0``, ``event_count``: chosen events they took part in)
        and organisation nodes (``kind="organisation"``, ``bipartite=1``), each with ``label``,
        ``label_en``, ``country``; an edge per membership with ``titles``, the posts the official was seen
        holding there (``kg:title``), and ``weight`` 1.

    Examples
    --------
    >>> B = person_organisation_graph(example_store())
    >>> B.edges["https://w3id.org/thaikg/id/person/somchai", "https://w3id.org/thaikg/id/org/tica"]["titles"]
    ['รองอธิบดี']
    """
    filters = _filters(since, until, country, programme, organisation)
    rows = _rows(store, _PERSON_ORGANISATION_QUERY % {"events": _events_query(**filters)})
    G = _new_graph("person-organisation", filters)
    persons: dict[str, dict[str, Any]] = {}
    orgs: dict[str, dict[str, Any]] = {}
    for r in rows:
        node = r["node"]
        persons.setdefault(node, {**_node_attrs(node, r, "person"), "bipartite": 0, "event_count": int(r["n"])})
        if "org" in r:
            orgs.setdefault(r["org"], {**_node_attrs(r["org"], r, "organisation", "org_"), "bipartite": 1})
    for node in sorted(persons):
        G.add_node(node, **persons[node])
    for node in sorted(orgs):
        G.add_node(node, **orgs[node])
    for r in rows:
        if "org" in r:
            G.add_edge(r["node"], r["org"], weight=1, titles=_split(r.get("titles")))
    return G


GRAPHS: dict[str, Callable[..., nx.Graph]] = {
    "persons": person_graph, "organisations": organisation_graph, "countries": country_graph,
    "person-event": person_event_graph, "person-organisation": person_organisation_graph,
}
"""The builders by name (``kg analyze --graph NAME``)."""


def build_graph(name: str, store: ox.Store, **filters: str | None) -> nx.Graph:
    """The graph called ``name`` (a key of :data:`GRAPHS`); an unknown name lists the valid ones.

    >>> build_graph("people", example_store())
    Traceback (most recent call last):
    ...
    kg.errors.UnknownEngineError: unknown graph 'people'; choose one of: countries, organisations, \
person-event, person-organisation, persons
    """
    if name not in GRAPHS:
        raise UnknownEngineError("graph", name, list(GRAPHS))
    return GRAPHS[name](store, **filters)


# -------------------------------------------------------------------------------------------------- measures

def degree(G: nx.Graph) -> dict[Hashable, int]:
    """The number of neighbours of every node (contacts, for officials): a raw count, not networkx's
    ``degree_centrality`` (which divides by ``n - 1``).

    Examples
    --------
    >>> degree(nx.star_graph(3))
    {0: 3, 1: 1, 2: 1, 3: 1}
    """
    return dict(G.degree())


def weighted_degree(G: nx.Graph, weight: str | None = "weight") -> dict[Hashable, float]:
    """The sum of the ``weight`` of every node's edges (shared events, in the graphs the builders make; an
    edge without the attribute counts 1).

    Examples
    --------
    >>> G = nx.Graph([("a", "b", {"weight": 3}), ("b", "c", {"weight": 1})])
    >>> weighted_degree(G)
    {'a': 3, 'b': 4, 'c': 1}
    """
    return dict(G.degree(weight=weight))


def betweenness(G: nx.Graph, *, normalized: bool = True, exact_max_nodes: int = EXACT_MAX_NODES,
                samples: int = SAMPLES, seed: int = DEFAULT_SEED) -> dict[Hashable, float]:
    """Betweenness centrality on unweighted shortest paths (a tie of many meetings is not a "longer" path).

    Exact (Brandes) on graphs of at most ``exact_max_nodes`` nodes. Above that, estimated from the
    shortest paths of ``samples`` source nodes drawn with the fixed ``seed`` (networkx's ``k`` sampling,
    scaled to the whole graph), so the same graph always gives the same estimate; the cost falls from
    ``O(n m)`` to ``O(samples m)``. On the person graph of 20,000 corpus articles (4,101 nodes) the
    estimate takes 2.5 s instead of 55 s, and 9 of its top 10 are the exact top 10.

    Examples
    --------
    >>> betweenness(nx.path_graph(3))
    {0: 0.0, 1: 1.0, 2: 0.0}
    >>> bc = betweenness(nx.star_graph(40), exact_max_nodes=10, samples=5)
    >>> round(bc[0], 3), bc[1]
    (1.0, 0.0)
    """
    if len(G) <= exact_max_nodes or samples >= len(G):
        return nx.betweenness_centrality(G, normalized=normalized)
    return nx.betweenness_centrality(G, k=samples, normalized=normalized, seed=seed)


def closeness(G: nx.Graph, *, exact_max_nodes: int = EXACT_MAX_NODES, samples: int = SAMPLES,
              seed: int = DEFAULT_SEED) -> dict[Hashable, float]:
    """Closeness centrality on unweighted shortest paths, scaled for disconnected graphs as networkx does
    (Wasserman and Faust: ``(r - 1)/(n - 1) * (r - 1)/sum(d)``, ``r`` the nodes a node reaches).

    Exact on graphs of at most ``exact_max_nodes`` nodes (networkx's ``closeness_centrality``). Above
    that, on undirected graphs, estimated by pivot sampling (Eppstein and Wang, 2004): breadth-first
    searches from ``samples`` pivots drawn with the fixed ``seed`` in proportion to the size of each
    connected component give every node's mean distance; components too small to get a pivot, and the
    pivots themselves, are computed exactly. On the person graph of 20,000 corpus articles that is 0.6 s
    instead of 10 s, with 9 of the exact top 10.

    Examples
    --------
    >>> closeness(nx.path_graph(3))
    {0: 0.6666666666666666, 1: 1.0, 2: 0.6666666666666666}
    >>> cc = closeness(nx.star_graph(40), exact_max_nodes=10, samples=5)
    >>> round(cc[0], 3), round(cc[1], 3)
    (1.0, 0.506)
    """
    if len(G) <= exact_max_nodes or samples >= len(G) or G.is_directed():
        return nx.closeness_centrality(G)
    rng = random.Random(seed)
    n = len(G)
    out: dict[Hashable, float] = {}
    order = {node: i for i, node in enumerate(G)}
    for comp in sorted((sorted(c, key=order.__getitem__) for c in nx.connected_components(G)),
                       key=lambda c: order[c[0]]):
        r = len(comp)
        k = round(samples * r / n)
        if k < 2 or k >= r:  # small component: exact
            sub = G.subgraph(comp)
            for node in comp:
                total = sum(nx.single_source_shortest_path_length(sub, node).values())
                out[node] = (r - 1) / total * (r - 1) / (n - 1) if total else 0.0
            continue
        pivots = rng.sample(comp, k)
        sums: dict[Hashable, float] = dict.fromkeys(comp, 0.0)
        exact: dict[Hashable, int] = {}
        for p in pivots:
            dist = nx.single_source_shortest_path_length(G, p)
            exact[p] = sum(dist.values())
            for node, d in dist.items():
                sums[node] += d
        for node in comp:
            # a pivot's sum is exact; for the others, the pivots are a sample of the r - 1 other nodes
            total = float(exact[node]) if node in exact else sums[node] * (r - 1) / k
            out[node] = (r - 1) / total * (r - 1) / (n - 1) if total else 0.0
    return {node: out[node] for node in G}


def pagerank(G: nx.Graph, *, alpha: float = 0.85, weight: str | None = "weight", max_iter: int = 100,
             tol: float = 1.0e-6) -> dict[Hashable, float]:
    """PageRank by power iteration, in pure Python (networkx's own ``pagerank`` needs numpy and scipy);
    the same method and stopping rule as networkx's reference implementation, so its values agree with
    ``nx.pagerank`` to within ``tol``. Edges are weighted by ``weight`` (shared events); dangling nodes
    (isolated officials) spread their rank uniformly.

    Raises
    ------
    networkx.PowerIterationFailedConvergence
        When ``max_iter`` iterations do not bring the change under ``len(G) * tol``.

    Examples
    --------
    >>> pr = pagerank(nx.star_graph(3))
    >>> round(pr[0], 4), round(pr[1], 4), round(sum(pr.values()), 6)
    (0.4797, 0.1734, 1.0)
    """
    if len(G) == 0:
        return {}
    D = G if G.is_directed() else G.to_directed(as_view=True)
    nodes = list(D)
    n = len(nodes)
    out_w: dict[Hashable, float] = {}
    links: dict[Hashable, list[tuple[Hashable, float]]] = {}
    for u in nodes:
        nbrs = [(v, float(d.get(weight, 1) if weight else 1)) for v, d in D[u].items()]
        total = sum(w for _, w in nbrs)
        out_w[u] = total
        links[u] = [(v, w / total) for v, w in nbrs] if total else []
    dangling = [u for u in nodes if out_w[u] == 0]
    x = dict.fromkeys(nodes, 1.0 / n)
    for _ in range(max_iter):
        last = x
        x = dict.fromkeys(nodes, 0.0)
        dangle = alpha * sum(last[u] for u in dangling) / n
        for u in nodes:
            xu = alpha * last[u]
            for v, w in links[u]:
                x[v] += xu * w
        for u in nodes:
            x[u] += dangle + (1.0 - alpha) / n
        if sum(abs(x[u] - last[u]) for u in nodes) < n * tol:
            return x
    raise nx.PowerIterationFailedConvergence(max_iter)


def communities(G: nx.Graph, *, weight: str | None = "weight", resolution: float = 1.0,
                seed: int = DEFAULT_SEED) -> list[set[Hashable]]:
    """Communities by Louvain modularity optimisation (networkx's ``louvain_communities``) with a fixed
    ``seed``; the largest first (ties by their first node in the graph's order).

    Examples
    --------
    >>> G = nx.barbell_graph(4, 0)
    >>> communities(G)
    [{0, 1, 2, 3}, {4, 5, 6, 7}]
    """
    if len(G) == 0:
        return []
    found = nx.community.louvain_communities(G, weight=weight, resolution=resolution, seed=seed)
    order = {node: i for i, node in enumerate(G)}
    return sorted(found, key=lambda c: (-len(c), min(order[x] for x in c)))


class Brokerage(NamedTuple):
    """How widely a node's contacts reach: ``score`` is the number of groups in ``spanned``."""

    score: int
    spanned: frozenset[str]


def _groups(value: Any) -> set[str]:
    if value is None:
        return set()
    if isinstance(value, str):
        return {v.strip() for v in value.split(",") if v.strip()}
    return {str(v) for v in value}


def brokers(G: nx.Graph, attribute: str = "country") -> dict[Hashable, Brokerage]:
    """Officials whose contacts span the most countries (``attribute="country"``) or ministries
    (``attribute="ministries"``): for every node, the set of values of ``attribute`` among its neighbours
    and its size as the score.

    A node attribute may hold one value, several separated by commas (``"JP,TH"``), or a list; neighbours
    without it add nothing. In the graphs the builders make, ``ministries`` holds IRIs, whose labels are
    in ``G.graph["labels"]``.

    Examples
    --------
    >>> G = nx.Graph([("somchai", "alice"), ("somchai", "bob"), ("somchai", "chai"), ("alice", "bob")])
    >>> nx.set_node_attributes(G, {"somchai": "TH", "alice": "JP", "bob": "US", "chai": "TH"}, "country")
    >>> b = brokers(G)
    >>> b["somchai"].score, sorted(b["somchai"].spanned)
    (3, ['JP', 'TH', 'US'])
    >>> b["chai"]
    Brokerage(score=1, spanned=frozenset({'TH'}))
    """
    values = {n: _groups(d.get(attribute)) for n, d in G.nodes(data=True)}
    out = {}
    for n in G:
        spanned = frozenset().union(*(values[m] for m in G[n] if m != n))
        out[n] = Brokerage(len(spanned), spanned)
    return out


def _pair(u: Hashable, v: Hashable) -> tuple[Hashable, Hashable]:
    return (u, v) if str(u) <= str(v) else (v, u)


def _edge_dates(data: Mapping[str, Any]) -> list[str]:
    dates = data.get("dates")
    if dates is None and data.get("date"):
        dates = [data["date"]]
    return [str(d) for d in dates or ()]


def first_contacts(G: nx.Graph) -> dict[tuple[Hashable, Hashable], str]:
    """The first date every linked pair met: the earliest of the edge's ``dates`` (ISO dates sort as text).
    Pairs are keyed with the smaller node (as text) first; edges without dates are left out.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_edge("b", "a", dates=["2019-03-01", "2021-05-25"])
    >>> G.add_edge("b", "c", dates=[])
    >>> first_contacts(G)
    {('a', 'b'): '2019-03-01'}
    """
    out = {}
    for u, v, data in G.edges(data=True):
        dates = _edge_dates(data)
        if dates:
            out[_pair(u, v)] = min(dates)
    return dict(sorted(out.items(), key=lambda kv: (kv[1], str(kv[0]))))


def tie_persistence(G: nx.Graph, min_years: int = 2) -> dict[tuple[Hashable, Hashable], list[int]]:
    """The pairs that met in at least ``min_years`` distinct calendar years, with those years; the most
    persistent first. Keys as in :func:`first_contacts`.

    Examples
    --------
    >>> G = nx.Graph()
    >>> G.add_edge("a", "b", dates=["2019-03-01", "2019-11-02", "2021-05-25"])
    >>> G.add_edge("b", "c", dates=["2020-01-01", "2020-06-01"])
    >>> tie_persistence(G)
    {('a', 'b'): [2019, 2021]}
    """
    out = {}
    for u, v, data in G.edges(data=True):
        years = sorted({int(d[:4]) for d in _edge_dates(data) if d[:4].isdigit()})
        if len(years) >= min_years:
            out[_pair(u, v)] = years
    return dict(sorted(out.items(), key=lambda kv: (-len(kv[1]), str(kv[0]))))


def _norm(text: str) -> str:
    return " ".join(str(text).casefold().split())


def find_node(G: nx.Graph, name: str, what: str = "person") -> Hashable:
    """The node called ``name``: its IRI, or its ``label`` or ``label_en`` (case and spacing ignored).

    Raises
    ------
    KgError
        When no node has that name (the message names it and suggests close labels) or several do (the
        message lists them; pass the IRI).

    Examples
    --------
    >>> G = nx.Graph([("id/1", "id/2")])
    >>> nx.set_node_attributes(G, {"id/1": "Somchai Jaidee", "id/2": "Alice Aoki"}, "label")
    >>> find_node(G, "somchai  jaidee")
    'id/1'
    >>> find_node(G, "Somchai Jaide")
    Traceback (most recent call last):
    ...
    kg.errors.KgError: no person 'Somchai Jaide' in this graph (2 nodes); did you mean: Somchai Jaidee?
    """
    if name in G:
        return name
    key = _norm(name)
    labels: dict[str, set[Hashable]] = defaultdict(set)
    for n, data in G.nodes(data=True):
        for attr in ("label", "label_en"):
            if data.get(attr):
                labels[_norm(data[attr])].add(n)
    found = labels.get(key, set())
    if len(found) == 1:
        return next(iter(found))
    if found:
        listed = "; ".join(f"{G.nodes[n].get('label', n)} <{n}>" for n in sorted(found, key=str))
        raise KgError(f"{len(found)} nodes are called {name!r}: {listed}; give the IRI of the one you mean")
    shown = {_norm(d.get(a) or ""): d.get(a) for _, d in G.nodes(data=True) for a in ("label", "label_en")
             if d.get(a)}
    close = difflib.get_close_matches(key, sorted(shown), n=5, cutoff=0.6)
    hint = (f"did you mean: {', '.join(shown[c] for c in close)}?" if close
            else "no label is close; list the names with `kg analyze --measure degree`")
    raise KgError(f"no {what} {name!r} in this graph ({len(G)} nodes); {hint}")


def ego_network(G: nx.Graph, person: str, radius: int = 1) -> nx.Graph:
    """The subgraph of ``person`` (an IRI or a label, see :func:`find_node`) and everyone within ``radius``
    steps, with their attributes and the edges among them.

    Raises
    ------
    KgError
        When ``person`` is not in the graph: the message names the person and suggests close labels.

    Examples
    --------
    >>> G = nx.path_graph(5)
    >>> nx.set_node_attributes(G, {n: f"p{n}" for n in G}, "label")
    >>> sorted(ego_network(G, "p2"))
    [1, 2, 3]
    >>> sorted(ego_network(G, "p0", radius=2))
    [0, 1, 2]
    """
    ego = nx.ego_graph(G, find_node(G, person), radius=radius)
    # nx.ego_graph keeps a set's order, which string hashing changes from one process to the next: the
    # result keeps the graph's own node and edge order, so the same store gives the same ego network.
    out = G.__class__()
    out.graph.update(G.graph)
    out.add_nodes_from((n, G.nodes[n]) for n in G if n in ego)
    out.add_edges_from((u, v, G.edges[u, v]) for u, v in G.edges if u in ego and v in ego)
    return out


MEASURES: dict[str, Callable[..., Any]] = {
    "degree": degree, "weighted-degree": weighted_degree, "betweenness": betweenness, "pagerank": pagerank,
    "closeness": closeness, "brokers": brokers, "communities": communities,
}
"""The measures by name (``kg analyze --measure NAME``)."""


def _score(value: Any) -> float:
    return float(value[0] if isinstance(value, tuple) else value)


def top(measure: Mapping[Hashable, Any], G: nx.Graph, n: int = 10) -> list[tuple[Hashable, str, Any]]:
    """The ``n`` highest-scoring nodes of a measure as rows ``(iri, label, value)``, for display: highest
    value first, ties by label then IRI. A value that is a tuple (a :class:`Brokerage`) ranks by its first
    item and is returned whole.

    Examples
    --------
    >>> G = nx.star_graph(3)
    >>> nx.set_node_attributes(G, {0: "hub", 1: "b", 2: "a", 3: "c"}, "label")
    >>> top(degree(G), G, 3)
    [(0, 'hub', 3), (2, 'a', 1), (1, 'b', 1)]
    """
    def label(node: Hashable) -> str:
        return str(G.nodes[node].get("label", node)) if node in G else str(node)

    ranked = sorted(measure.items(), key=lambda kv: (-_score(kv[1]), label(kv[0]), str(kv[0])))
    return [(node, label(node), value) for node, value in ranked[:max(n, 0)]]


# --------------------------------------------------------------------------------------------------- example

_EXAMPLE = """
@base <https://w3id.org/thaikg/id/> . @prefix kg: <https://w3id.org/thaikg/ontology#> .
@prefix org: <http://www.w3.org/ns/org#> . @prefix schema: <https://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<country/TH> a kg:Country ; rdfs:label "ไทย"@th, "Thailand"@en ; skos:notation "TH" .
<country/JP> a kg:Country ; rdfs:label "ญี่ปุ่น"@th, "Japan"@en ; skos:notation "JP" .
<org/mfa> a kg:Organization ; rdfs:label "กระทรวงการต่างประเทศ"@th, "Ministry of Foreign Affairs"@en ;
  kg:country <country/TH> .
<org/tica> a kg:Organization ; rdfs:label "กรมความร่วมมือระหว่างประเทศ"@th ; org:subOrganizationOf <org/mfa> ;
  kg:country <country/TH> .
<org/moi> a kg:Organization ; rdfs:label "กระทรวงมหาดไทย"@th, "Ministry of Interior"@en ; kg:country <country/TH> .
<org/mofa-jp> a kg:Organization ; rdfs:label "Ministry of Foreign Affairs of Japan"@en ; kg:country <country/JP> .
<programme/jtpp3> a kg:Programme ; rdfs:label "Japan-Thailand Partnership Programme Phase 3"@en ;
  skos:altLabel "JTPP3"@en .
<person/somchai> a kg:Person ; rdfs:label "สมชาย ใจดี"@th ; org:memberOf <org/tica> ; kg:country <country/TH> .
<person/somsri> a kg:Person ; rdfs:label "สมศรี ศรีสุข"@th ; org:memberOf <org/moi> ; kg:country <country/TH> .
<person/alice> a kg:Person ; rdfs:label "Alice Aoki"@en ; org:memberOf <org/mofa-jp> ; kg:country <country/JP> .
<post/1> a kg:PostHolding ; org:member <person/somchai> ; org:organization <org/tica> ; kg:title "รองอธิบดี"@th .
<event/e1> a kg:Meeting ; rdfs:label "JTPP3 Joint Meeting"@en ; schema:startDate "2021-05-25"^^xsd:date ;
  kg:underProgramme <programme/jtpp3> ;
  kg:participation [ kg:participant <person/somchai> ; kg:role kg:CoChair ],
                   [ kg:participant <person/alice> ; kg:role kg:Guest ] .
<event/e2> a kg:Visit ; rdfs:label "Courtesy call"@en ; schema:startDate "2023-01-10"^^xsd:date ;
  kg:participation [ kg:participant <person/somchai> ; kg:role kg:Host ],
                   [ kg:participant <person/somsri> ; kg:role kg:Participant ],
                   [ kg:participant <person/alice> ; kg:role kg:Guest ] .
"""


def example_store() -> ox.Store:
    """A tiny in-memory store for examples and tests: three officials (two Thai, one Japanese) of four
    organisations, and two events, one in 2021 under JTPP3 and one in 2023.

    >>> len(example_store())
    64
    """
    store = ox.Store()
    store.load(_EXAMPLE.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    return store
