"""The ``kg`` command: a thin layer over the library (parse, call, report)."""

from __future__ import annotations

import sys

import click

from kg import __version__
from kg.errors import InputError, KgError

EXIT_BAD_INPUT = 3  # the graph of the good inputs was written, but some inputs could not be read


def _warn(err: InputError) -> None:
    click.echo(f"kg: {err}", err=True)


@click.group()
@click.version_option(__version__, prog_name="kg")
def main() -> None:
    """thaikg: a knowledge graph of officials, agencies and programmes from Thai government news."""


@main.command()
@click.argument("inputs", nargs=-1, required=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), required=True,
              help="Graph file to write; the suffix picks the format: .trig .nq .ttl .nt .jsonld")
@click.option("--engine", default="rules", show_default=True, help="Extraction engine.")
@click.option("--quiet", is_flag=True, help="No progress bar and no summary.")
def build(inputs: tuple[str, ...], output: str, engine: str, quiet: bool) -> None:
    """Build the knowledge graph of INPUTS (.txt, .html, .jsonl[.gz|.xz|.bz2] files, directories, or - for
    JSON Lines on stdin) and write it to OUTPUT.

    Exits 0 when every input was read, 3 when some could not be (each named on stderr; the graph of the
    rest is written all the same)."""
    from kg.graph import format_for
    from kg.pipeline import build as run

    try:
        format_for(output)
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc
    show = not quiet and sys.stderr.isatty()
    count = 0

    def progress(_article) -> None:
        nonlocal count
        count += 1
        if show and count % 25 == 0:
            click.echo(f"\r{count} articles", err=True, nl=False)

    try:
        _quads, report = run(inputs, output, engine=engine, on_error=_warn, progress=progress)
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc
    if show:
        click.echo("\r", err=True, nl=False)
    if not quiet:
        click.echo(
            f"{report.articles} articles → {output}: {report.quads} quads, {len(report.persons)} persons, "
            f"{len(report.organisations)} organisations, {report.events} events, {report.posts} posts"
            + (f"; {len(report.errors)} inputs could not be read (see above)" if report.errors else ""),
            err=True)
    if report.errors:
        sys.exit(EXIT_BAD_INPUT)


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
@click.option("--engine", default="rules", show_default=True, help="Extraction engine.")
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


if __name__ == "__main__":
    main()
