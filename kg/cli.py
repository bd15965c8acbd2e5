"""The ``kg`` command: a thin layer over the library (parse, call, report)."""

from __future__ import annotations

import json
import sys

import click

from kg import __version__
from kg.errors import InputError, KgError
from kg.extract import DEFAULT_ENGINE

EXIT_BAD_INPUT = 3  # the graph of the good inputs was written, but some inputs could not be read


def _warn(err: InputError) -> None:
    click.echo(f"kg: {err}", err=True)


@click.group()
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """thaikg: a knowledge graph of officials, agencies and programmes from Thai government news."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False),
              help="Graph file to write; the suffix picks the format: .trig .nq .ttl .nt .jsonld")
@click.option("--store", "store_dir", type=click.Path(file_okay=False),
              help="Load into this persistent store (default with --store-default: $THAIKG_STORE or "
                   "~/.local/share/thaikg/store); each article's graph is replaced atomically, unchanged ones skipped.")
@click.option("--store-default", is_flag=True, help="Load into the default store.")
@click.option("--engine", default=DEFAULT_ENGINE, show_default=True,
              help="Extraction engine: combined (rules, gazetteers and the CRF), rules, recall.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=None,
              help="Worker processes for extraction (default: all cores; 1 works in this process).")
@click.option("--executor", type=click.Choice(["local", "dask"]), default="local", show_default=True,
              help="Where the per-article work runs: this machine, or a Dask cluster (extra 'dask').")
@click.option("--scheduler", metavar="tcp://HOST:PORT",
              help="The Dask scheduler (with --executor dask; without it, a local Dask cluster is started).")
@click.option("--quiet", is_flag=True, help="No progress bar and no summary.")
def build(inputs: tuple[str, ...], output: str | None, store_dir: str | None, store_default: bool, engine: str,
          jobs: int | None, executor: str, scheduler: str | None, quiet: bool) -> None:
    """Build the knowledge graph of INPUTS (.txt, .html, .jsonl[.gz|.xz|.bz2] files, directories, or - for
    JSON Lines on stdin) and write it to OUTPUT.

    Exits 0 when every input was read, 3 when some could not be (each named on stderr; the graph of the
    rest is written all the same)."""
    from kg.graph import format_for
    from kg.pipeline import build as run
    from kg.store import open_store

    if output is None and store_dir is None and not store_default:
        raise click.UsageError("say where the graph goes: -o FILE, --store DIR, or both")
    if scheduler and executor != "dask":
        raise click.UsageError("--scheduler needs --executor dask")
    try:
        if output:
            format_for(output)
        store = open_store(store_dir) if (store_dir or store_default) else None
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc
    from kg.progress import Progress

    show = not quiet and sys.stderr.isatty()
    bar = Progress(enabled=show)
    if show:
        bar.count_in_background(inputs)
    try:
        _quads, report = run(inputs, output, engine=engine, on_error=_warn, progress=bar.tick, store=store,
                             jobs=jobs, executor=executor, scheduler=scheduler)
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc
    finally:
        bar.close()
    if not quiet:
        where = " and ".join(x for x in (output, store_dir or ("the default store" if store_default else None)) if x)
        click.echo(
            f"{report.articles} articles → {where}: {report.quads} quads, {len(report.persons)} persons, "
            f"{len(report.organisations)} organisations, {report.events} events, {report.posts} posts"
            + (f"; {report.unchanged} unchanged articles skipped" if report.unchanged else "")
            + (f"; {len(report.homonyms)} homonyms told apart by their posts' countries" if report.homonyms else "")
            + (f"; {len(report.errors)} inputs could not be read (see above)" if report.errors else ""),
            err=True)
    if report.errors:
        sys.exit(EXIT_BAD_INPUT)


@main.command()
@click.argument("question", required=False)
@click.option("--store", "store_dir", type=click.Path(file_okay=False),
              help="The store to ask (default: $THAIKG_STORE or ~/.local/share/thaikg/store).")
@click.option("--endpoint", help="Ask a remote SPARQL 1.1 endpoint instead of the store.")
@click.option("--param", "params", multiple=True, metavar="NAME=VALUE",
              help="A parameter of the question, bound as an RDF term (repeatable).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "tsv", "json"]), default="table",
              show_default=True, help="Output for SELECT; CONSTRUCT and DESCRIBE give Turtle.")
@click.option("--list", "list_questions", is_flag=True, help="List the shipped questions and their parameters.")
def query(question: str | None, store_dir: str | None, endpoint: str | None, params: tuple[str, ...], fmt: str,
          list_questions: bool) -> None:
    """Ask QUESTION: the name of a shipped question (see --list), a .rq file, or SPARQL text. The standard
    prefixes (kg, org, schema, prov, skos, dcterms, rdf, rdfs, xsd, id) are declared for you."""
    from kg import query as q
    from kg.store import open_store

    if list_questions or not question:
        for name, item in q.shipped_questions().items():
            params_ = f"  [--param {' --param '.join(p + '=...' for p in item.params)}]" if item.params else ""
            click.echo(f"{name}: {item.description}{params_}")
        return
    bound = {}
    for item in params:
        if "=" not in item:
            raise click.BadParameter(f"{item!r} is not NAME=VALUE", param_hint="--param")
        name, value = item.split("=", 1)
        bound[name.strip()] = value
    try:
        question_ = q.load_question(question)
        if endpoint:
            accept = {"json": "application/sparql-results+json", "csv": "text/csv",
                      "tsv": "text/tab-separated-values", "table": "application/sparql-results+json"}[fmt]
            raw = q.run_remote(endpoint, question_, bound, accept=accept)
            if fmt == "table":
                data = json.loads(raw)
                header = data.get("head", {}).get("vars", [])
                rows = [[b.get(v, {}).get("value", "") for v in header] for b in data.get("results", {}).get(
                    "bindings", [])]
                click.echo(q.table(header, rows), nl=False)
            else:
                click.echo(raw.decode("utf-8"), nl=False)
            return
        store = open_store(store_dir, read_only=True)
        click.echo(q.render(q.run(store, question_, bound), fmt), nl=False)
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc


@main.command()
@click.option("--store", "store_dir", type=click.Path(file_okay=False),
              help="The store to serve (default: $THAIKG_STORE or ~/.local/share/thaikg/store).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind; 0.0.0.0 opens it to all.")
@click.option("--port", default=7878, show_default=True, type=int)
@click.option("--timeout", default=30.0, show_default=True, type=float, help="Query time limit, seconds.")
@click.option("--max-results", default=100_000, show_default=True, type=int, help="Result-size limit, rows.")
@click.option("--max-body", default=1_000_000, show_default=True, type=int, help="Request body limit, bytes.")
@click.option("--workers", default=2, show_default=True, type=int, help="Query worker processes.")
def serve(store_dir: str | None, host: str, port: int, timeout: float, max_results: int, max_body: int,
          workers: int) -> None:
    """Serve the store read-only: a SPARQL 1.1 Protocol endpoint at /sparql, a query page at /, and a page
    for every entity at /id/..."""
    from kg.serve import Settings, make_server
    from kg.store import default_store_dir

    settings = Settings(str(store_dir or default_store_dir()), host, port, timeout, max_results, max_body, workers)
    try:
        server, app = make_server(settings)
    except (KgError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"thaikg serving {settings.store} at http://{host}:{server.server_address[1]}/ (Ctrl-C stops)",
               err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        app.workers.close()


@main.command()
@click.option("--endpoint", required=True,
              help="Graph Store Protocol URL, e.g. http://127.0.0.1:7878/store (Oxigraph), .../data (Fuseki).")
@click.option("--store", "store_dir", type=click.Path(file_okay=False), help="Push the graphs of this store.")
@click.option("--input", "input_file", type=click.Path(exists=True, dir_okay=False),
              help="Push the graphs of this file (.trig or .nq) instead of a store.")
@click.option("--header", "headers", multiple=True, metavar="NAME:VALUE",
              help="An HTTP header to send, e.g. Authorization (repeatable).")
def push(endpoint: str, store_dir: str | None, input_file: str | None, headers: tuple[str, ...]) -> None:
    """PUT each article's named graph to a SPARQL 1.1 Graph Store Protocol server. PUT replaces, so pushing
    twice changes nothing."""
    import pyoxigraph as ox

    from kg.graph import format_for
    from kg.push import push as run
    from kg.store import open_store

    try:
        if input_file:
            quads = ox.parse(path=input_file, format=format_for(input_file))
        else:
            from kg.store import article_quads_of

            quads = article_quads_of(open_store(store_dir, read_only=True))
        extra = dict(h.split(":", 1) for h in headers)
        report = run(quads, endpoint, on_error=lambda e: click.echo(f"kg: {e}", err=True),
                     headers={k.strip(): v.strip() for k, v in extra.items()})
    except (KgError, SyntaxError, OSError) as exc:
        raise click.ClickException(str(exc)) from exc
    click.echo(f"pushed {report.graphs} graphs ({report.triples} triples) to {endpoint}"
               + (f"; {len(report.failed)} failed" if report.failed else ""), err=True)
    if report.failed:
        sys.exit(1)


@main.command()
@click.argument("graph", type=click.Path(exists=True, dir_okay=False))
def validate(graph: str) -> None:
    """Check GRAPH against the SHACL shapes; exit 0 when it conforms, 1 with the violations otherwise."""
    from kg.validate import validate_file

    try:
        violations = validate_file(graph)
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc
    if not violations:
        click.echo(f"{graph}: conforms to the thaikg shapes")
        return
    click.echo(f"{graph}: {len(violations)} violations of the thaikg shapes:")
    for v in violations:
        click.echo(f"  - {v}")
    sys.exit(1)


@main.command()
@click.argument("source")
@click.option("--engine", default=DEFAULT_ENGINE, show_default=True,
              help="Extraction engine: combined (rules, gazetteers and the CRF), rules, recall.")
@click.option("--id", "article_id", default=None, help="With a JSON Lines file: the article to show.")
def extract(source: str, engine: str, article_id: str | None) -> None:
    """Show the facts of one article (SOURCE: a .txt/.html page, or a .jsonl file with --id), each with the
    sentence it was read from."""
    from kg.explain import describe
    from kg.ingest import read_inputs
    from kg.pipeline import article_facts

    errors: list[InputError] = []
    for article in read_inputs([source], errors.append):
        if article_id and article.id != article_id:
            continue
        try:
            click.echo(describe(article_facts(article, engine)))
        except KgError as exc:
            raise click.ClickException(str(exc)) from exc
        if not article_id:
            break
    for err in errors:
        _warn(err)
    if errors:
        sys.exit(EXIT_BAD_INPUT)


def _register() -> None:
    from kg.analyse_cli import analyze
    from kg.map_cli import map_command
    from kg.ner import ner

    main.add_command(ner)
    main.add_command(analyze)
    main.add_command(map_command)


_register()

if __name__ == "__main__":
    main()
