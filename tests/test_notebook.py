"""The analyst's notebook (notebooks/who-meets-whom.ipynb) runs top to bottom from the repository's root with
nbclient, on the bundled samples and the 400 diplomatic articles when the shared data kit is there, and is
stored without outputs."""

from __future__ import annotations

import json
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "who-meets-whom.ipynb"


def test_the_notebook_is_stored_without_outputs():
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    code = [c for c in nb["cells"] if c["cell_type"] == "code"]
    assert code and all(c["outputs"] == [] and c["execution_count"] is None for c in code)


@pytest.fixture(scope="module")
def executed(diplomatic_path):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=180, kernel_name="python3", resources={"metadata": {"path": str(ROOT)}}).execute()
    return nb


def outputs(nb, kind: str) -> list:
    return [o for c in nb.cells if c.cell_type == "code" for o in c.outputs if o.output_type == kind]


def test_the_notebook_runs_on_the_samples_and_the_400_articles(executed):
    text = "".join(o.text for o in outputs(executed, "stream"))
    assert "402 articles from seeds.jsonl, diplomatic_400.jsonl" in text
    assert "communities; the largest:" in text and "PageRank" in text and "spanned" in text
    person = next(line for line in text.splitlines() if " nodes, " in line and " edges" in line).split(":")[0]
    images = [o for o in outputs(executed, "display_data") if "image/png" in o.data]
    assert len(images) == 2  # the heatmap and the timeline
    frames = [o.data["text/html"] for o in outputs(executed, "display_data") if "text/html" in o.data]
    assert len(frames) == 1 and frames[0].startswith("<div><iframe srcdoc=") and person in frames[0]
    assert "&lt;script" in frames[0] and "<script" not in frames[0]  # the page is inside the attribute
