"""``kg ner``: train the CRF named-entity tagger and tag text with it; a thin layer over :mod:`kg.extract.crf`.

``kg ner train`` with its defaults, run from the project's root beside ``../shared``, remakes the model
shipped in ``kg/models`` byte for byte; ``kg ner tag FILE`` prints the spans the tagger finds.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path
from typing import TextIO

import click

from kg.errors import KgError

DEFAULT_TRAIN = "../shared/thainer/train.txt"  # from the project's root
DEFAULT_OUT = "kg/models/thainer-crf.crfsuite"  # the shipped model, in the source tree


@click.group()
def ner() -> None:
    """Named entities (PERSON, ORGANIZATION, LOCATION) by the CRF tagger trained on ThaiNER 1.5."""


@ner.command("train")
@click.option("--train", "train_path", default=DEFAULT_TRAIN, show_default=True, type=click.Path(dir_okay=False),
              help="ThaiNER file with inline tags ([PERSON]…[/PERSON]) to train on.")
@click.option("--out", default=DEFAULT_OUT, show_default=True, type=click.Path(dir_okay=False),
              help="Model file to write (replaced only when training has finished).")
@click.option("--c1", type=float, default=None, help="L1 regularisation (default: the shipped model's).")
@click.option("--c2", type=float, default=None, help="L2 regularisation (default: the shipped model's).")
@click.option("--max-iterations", type=int, default=None, help="L-BFGS iterations (default: the shipped model's).")
def train_command(train_path: str, out: str, c1: float | None, c2: float | None, max_iterations: int | None) -> None:
    """Train the tagger on a ThaiNER file and write the model to OUT.

    With the defaults, run from the project's root, this remakes the shipped model exactly (same bytes);
    the summary says whether OUT is identical to the model installed with the package."""
    from kg.extract import crf

    try:
        shipped: bytes | None = crf.shipped_model()  # read first: OUT may be that very file
    except KgError:
        shipped = None
    started = time.perf_counter()
    try:
        crf.train(train_path, out,
                  c1=crf.DEFAULT_C1 if c1 is None else c1,
                  c2=crf.DEFAULT_C2 if c2 is None else c2,
                  max_iterations=crf.DEFAULT_MAX_ITERATIONS if max_iterations is None else max_iterations)
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc
    seconds = time.perf_counter() - started
    data = Path(out).read_bytes()
    same = "no shipped model to compare with" if shipped is None else (
        "identical to the shipped model" if data == shipped else "different from the shipped model")
    click.echo(f"{out}: {len(data) / 1e6:.2f} MB, sha256 {hashlib.sha256(data).hexdigest()[:16]}, "
               f"trained in {seconds:.0f} s; {same}", err=True)


@ner.command("tag")
@click.argument("file", type=click.File("r", encoding="utf-8"))
@click.option("--model", type=click.Path(dir_okay=False), default=None,
              help="Model file to use instead of the shipped one.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object a line instead of tab-separated columns.")
@click.option("--engine", type=click.Choice(["combined", "crf"]), default="combined", show_default=True,
              help="combined: the CRF, plus honorific names and known agencies where it saw nothing; crf: alone.")
def tag_command(file: TextIO, model: str | None, as_json: bool, engine: str) -> None:
    """Print the PERSON, ORGANIZATION and LOCATION names in FILE (UTF-8 text; - for stdin).

    One line a name: start, end, label and the name, tab-separated. Offsets count characters from the
    start of the file, so FILE[start:end] is the name (printed with its whitespace as single spaces)."""
    from kg.extract.spans import spans as tagged


    try:
        text = file.read()
    except UnicodeDecodeError as exc:
        raise click.ClickException(f"{file.name}: not UTF-8 text ({exc.reason} at byte {exc.start}); "
                                   "convert it with iconv -t UTF-8") from exc
    try:
        spans = tagged(text, engine, model)
    except KgError as exc:
        raise click.ClickException(str(exc)) from exc
    for start, end, label in spans:
        if as_json:
            click.echo(json.dumps({"start": start, "end": end, "label": label, "text": text[start:end]},
                                  ensure_ascii=False))
        else:
            click.echo(f"{start}\t{end}\t{label}\t{' '.join(text[start:end].split())}")
