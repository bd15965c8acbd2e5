"""``kg map``: an interactive map of the network as one HTML page that works offline; a thin layer over
:mod:`kg.map` (parse the options, build the map, write it, report)."""

from __future__ import annotations

import click

from kg.analyse_cli import event_filters
from kg.errors import KgError

GRAPH_NAMES = ("persons", "person-organisation", "person-event", "organisations", "countries")


@click.command("map")
@click.option("--store", "store_dir", type=click.Path(file_okay=False),
              help="The store to draw (default: $THAIKG_STORE or ~/.local/share/thaikg/store).")
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False),
              help="The HTML page to write (written atomically; nothing else is written).")
@click.option("--graph", "graph_name", type=click.Choice(GRAPH_NAMES), default="persons", show_default=True,
              help="Officials linked by shared events, officials and their organisations, officials and "
                   "events, or organisations / countries linked by their officials' meetings.")
@click.option("--person", metavar="NAME", help="Draw the ego network of this person (label or IRI; on the "
                                               "organisation and country graphs, any node's label).")
@click.option("--radius", type=click.IntRange(min=1), default=1, show_default=True,
              help="With --person: how many steps out from them.")
@click.option("--max-nodes", type=click.IntRange(min=1), metavar="N",
              help="Keep only the N most central nodes (PageRank); the --person stays.")
@event_filters
@click.option("--title", help="The page's title (default: the graph and the filters).")
def map_command(store_dir: str | None, output: str, graph_name: str, person: str | None, radius: int,
                max_nodes: int | None, since: str | None, until: str | None, country: str | None,
                programme: str | None, organisation: str | None, title: str | None) -> None:
    """Draw the network as an interactive HTML map: nodes coloured by kind and sized by PageRank, Thai and
    English labels, edges as wide as their shared events; click a node or an edge for its posts, events,
    roles and evidence sentences with links to the source articles; filter by date, kind and country in
    the page. The page needs no network: vis-network is inlined and nothing is fetched."""
    from kg.map import build_map, write_map
    from kg.store import default_store_dir, open_store

    try:
        store = open_store(store_dir or default_store_dir(), read_only=True)
        m = build_map(store, graph_name, person=person, radius=radius, max_nodes=max_nodes, since=since,
                      until=until, country=country, programme=programme, organisation=organisation, title=title)
        write_map(m, output)
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc
    G = m.graph
    kept = f" (the {len(G)} most central of {G.graph['total']})" if G.graph["total"] > len(G) else ""
    edges = G.number_of_edges()
    click.echo(f"{output}: {len(G)} node{'s' * (len(G) != 1)}, {edges} edge{'s' * (edges != 1)}{kept}", err=True)
    if len(G) == 0:
        click.echo("kg: no event matches the filters: the map is empty", err=True)
