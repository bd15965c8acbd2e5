"""A build killed with SIGKILL (with its worker processes) leaves the store as it was before the articles in
flight; the next build completes it, and the result is the same as an uninterrupted one-process build's."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pyoxigraph as ox
import pytest

from kg.errors import KgError
from kg.pipeline import build
from kg.store import open_store


def _article_graphs(path) -> dict[str, set]:
    store = open_store(path, read_only=True)
    graphs: dict[str, set] = {}
    for q in store.quads_for_pattern(None, None, None, None):
        key = "default" if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
        graphs.setdefault(key, set()).add((q.subject, q.predicate, q.object))
    return graphs


@pytest.mark.parametrize(("jobs", "articles"), [(1, 80), (2, 240)])
def test_kill_9_mid_build_then_resume(tmp_path, diplomatic_rows, jobs, articles):
    src = tmp_path / "articles.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in diplomatic_rows[:articles]),
                   encoding="utf-8")
    store_dir = tmp_path / "S"
    code = ("import sys; from kg.pipeline import build; from kg.store import open_store; "
            "build([sys.argv[1]], store=open_store(sys.argv[2]), jobs=int(sys.argv[3]))")
    proc = subprocess.Popen([sys.executable, "-c", code, str(src), str(store_dir), str(jobs)],
                            start_new_session=True)
    deadline = time.monotonic() + 120
    killed_at = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            killed_at = len(list(open_store(store_dir, read_only=True).named_graphs()))
        # Not there yet (the build is still starting), or being created: not all its column families are there yet.
        except (KgError, OSError, RuntimeError):
            continue
        if killed_at >= 10:
            os.killpg(proc.pid, signal.SIGKILL)  # the build and its workers
            break
    proc.wait(30)
    assert proc.returncode == -signal.SIGKILL, "the build finished before it could be killed"

    # What the store holds after the kill: only whole articles, and a default graph in step with them.
    graphs = _article_graphs(store_dir)
    union = set().union(*(t for g, t in graphs.items() if g != "default"))
    assert graphs.get("default", set()) == union
    hash_predicate = ox.NamedNode("https://w3id.org/thaikg/ontology#contentHash")
    for g, triples in graphs.items():
        if g != "default":
            assert any(p == hash_predicate for _, p, _ in triples), f"{g} is incomplete"

    _, report = build([src], store=open_store(store_dir), jobs=jobs)
    assert report.unchanged >= 10 and report.unchanged + report.articles == articles

    whole = tmp_path / "W"
    build([src], store=open_store(whole), jobs=1)
    assert _article_graphs(store_dir) == _article_graphs(whole)
