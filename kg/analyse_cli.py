"""``kg analyze``: the top officials, organisations or countries of the store by network measures; a thin
layer over :mod:`kg.analyse` (parse the options, build the graph, call the measures, print)."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Hashable
from typing import TYPE_CHECKING, Any

import click

from kg.errors import KgError

if TYPE_CHECKING:  # networkx is imported when the command runs, not whenever `kg` starts
    import networkx as nx

NODE_MEASURES = ("degree", "weighted-degree", "betweenness", "pagerank", "closeness", "brokers")
MEASURE_NAMES = (*NODE_MEASURES, "communities")
GRAPH_NAMES = ("persons", "organisations", "countries")


def event_filters(command):
    """The options that choose the events a graph is made of (``kg analyze``, ``kg map``)."""
    for option in reversed([
        click.option("--since", metavar="YYYY-MM-DD", help="Only events on or after this date."),
        click.option("--until", metavar="YYYY-MM-DD", help="Only events on or before this date."),
        click.option("--country", metavar="CC",
                     help="Only events with a participant of this country (ISO code, e.g. JP)."),
        click.option("--programme", help="Only events under this programme (label, short name or IRI)."),
        click.option("--organisation", help="Only events in which this organisation, one of its "
                                            "sub-organisations or their officials took part (label or IRI)."),
    ]):
        command = option(command)
    return command
SPANS = {"country": "country", "ministry": "ministries"}
CSV_HEADER = ["measure", "rank", "iri", "label", "country", "value", "detail"]
CENTRAL_MEMBERS = 5  # members named per community in the table and CSV


def _fmt(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.4g}"
    return str(value)


def results(G: nx.Graph, measures: list[str], n: int = 10, span: str = "country") -> dict[str, list[dict]]:
    """The top ``n`` rows of every measure named in ``measures`` (see :data:`MEASURE_NAMES`), as plain
    dicts ready for a table, CSV or JSON. ``span`` says what brokers span: ``country`` or ``ministry``."""
    from kg import analyse as an

    labels = G.graph.get("labels", {})

    def country(node: Hashable) -> str:
        return G.nodes[node].get("country") or ""

    out: dict[str, list[dict]] = {}
    for name in measures:
        if name == "communities":
            strength = an.weighted_degree(G)
            rows = []
            for i, members in enumerate(an.communities(G)[:n], 1):
                ranked = [iri for iri, _label, _value in an.top({m: strength[m] for m in members}, G, len(members))]
                rows.append({"rank": i, "size": len(members),
                             "members": [{"iri": m, "label": G.nodes[m].get("label", m)} for m in ranked]})
            out[name] = rows
            continue
        if name == "brokers":
            measure: dict = an.brokers(G, SPANS[span])
        elif name in an.MEASURES:
            measure = an.MEASURES[name](G)
        else:
            raise KgError(f"unknown measure {name!r}; choose one of: {', '.join(MEASURE_NAMES)}")
        rows = []
        for i, (iri, label, value) in enumerate(an.top(measure, G, n), 1):
            row = {"rank": i, "iri": iri, "label": label, "country": country(iri)}
            if name == "brokers":
                row["value"] = value.score
                row["spanned"] = sorted(labels.get(x, x) for x in value.spanned)
            else:
                row["value"] = value
            rows.append(row)
        out[name] = rows
    return out


def _detail(name: str, row: dict) -> str:
    if name == "brokers":
        return "; ".join(row["spanned"])
    if name == "communities":
        return "; ".join(m["label"] for m in row["members"][:CENTRAL_MEMBERS]) + (
            "; …" if len(row["members"]) > CENTRAL_MEMBERS else "")
    return ""


def render_table(G: nx.Graph, res: dict[str, list[dict]], span: str) -> str:
    """Every measure as an aligned table (:func:`kg.query.table`) under a title line."""
    from kg.query import table

    parts = [_title(G)]
    for name, rows in res.items():
        if name == "communities":
            header = ["community", "size", "central members"]
            cells = [[str(r["rank"]), str(r["size"]), _detail(name, r)] for r in rows]
        elif name == "brokers":
            header = ["rank", "label", "country", "countries" if span == "country" else "ministries", "spanned",
                      "iri"]
            cells = [[str(r["rank"]), r["label"], r["country"], str(r["value"]), _detail(name, r), r["iri"]]
                     for r in rows]
        else:
            header = ["rank", "label", "country", name, "iri"]
            cells = [[str(r["rank"]), r["label"], r["country"], _fmt(r["value"]), r["iri"]] for r in rows]
        parts.append(f"\n{name}\n" + table(header, cells, max_width=72 if name == "communities" else 60))
    return "".join(parts)


def render_csv(res: dict[str, list[dict]]) -> str:
    """One CSV of every measure: ``measure, rank, iri, label, country, value, detail`` (``detail``: what a
    broker spans, or a community's central members; for a community, ``iri`` and ``label`` are its most
    central member and ``value`` its size)."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(CSV_HEADER)
    for name, rows in res.items():
        for r in rows:
            if name == "communities":
                first = r["members"][0] if r["members"] else {"iri": "", "label": ""}
                writer.writerow([name, r["rank"], first["iri"], first["label"], "", r["size"], _detail(name, r)])
            else:
                value = f"{r['value']:.6g}" if isinstance(r["value"], float) else r["value"]
                writer.writerow([name, r["rank"], r["iri"], r["label"], r["country"], value, _detail(name, r)])
    return buf.getvalue()


def render_json(G: nx.Graph, graph_name: str, res: dict[str, list[dict]]) -> str:
    """The graph's size and filters, and every measure's rows (communities with all their members, the
    most central first)."""
    doc = {"graph": graph_name, "nodes": G.number_of_nodes(), "edges": G.number_of_edges(),
           "filters": G.graph.get("filters", {}), "measures": res}
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"


def _title(G: nx.Graph) -> str:
    filters = ", ".join(f"{k}={v}" for k, v in G.graph.get("filters", {}).items())
    return (f"{G.graph.get('kind', 'graph')} graph: {G.number_of_nodes()} nodes, {G.number_of_edges()} edges"
            + (f" ({filters})" if filters else "") + "\n")


@click.command()
@click.option("--store", "store_dir", type=click.Path(file_okay=False),
              help="The store to analyse (default: $THAIKG_STORE or ~/.local/share/thaikg/store).")
@click.option("--measure", type=click.Choice([*MEASURE_NAMES, "all"]), default="all", show_default=True,
              help="What to rank by: contacts (degree), shared events (weighted-degree), betweenness, pagerank, "
                   "closeness, brokers (contacts spanning the most countries or ministries, see --span), "
                   "communities (Louvain), or all of them.")
@click.option("--graph", "graph_name", type=click.Choice(GRAPH_NAMES), default="persons", show_default=True,
              help="Officials linked by shared events, or organisations / countries linked by their officials' "
                   "meetings.")
@click.option("--top", "n", type=click.IntRange(min=1), default=10, show_default=True,
              help="Rows per measure (communities per --measure communities).")
@event_filters
@click.option("--span", type=click.Choice(list(SPANS)), default="country", show_default=True,
              help="What brokers' contacts span.")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True)
def analyze(store_dir: str | None, measure: str, graph_name: str, n: int, since: str | None, until: str | None,
            country: str | None, programme: str | None, organisation: str | None, span: str, fmt: str) -> None:
    """The top officials (or organisations, or countries) of the store by network measures.

    Betweenness and closeness are exact on graphs of up to 1,000 nodes and estimated from 256 samples
    drawn with a fixed seed above that; communities use a fixed seed too, so the same store always gives
    the same answer."""
    from kg import analyse as an
    from kg.store import default_store_dir, open_store

    measures = list(MEASURE_NAMES) if measure == "all" else [measure]
    try:
        store = open_store(store_dir or default_store_dir(), read_only=True)
        G = an.build_graph(graph_name, store, since=since, until=until, country=country, programme=programme,
                           organisation=organisation)
        res = results(G, measures, n, span)
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc
    if len(G) == 0:
        click.echo("kg: no event matches the filters: the graph is empty", err=True)
    if fmt == "json":
        click.echo(render_json(G, graph_name, res), nl=False)
    elif fmt == "csv":
        click.echo(render_csv(res), nl=False)
    else:
        click.echo(render_table(G, res, span), nl=False)
