"""A build killed with SIGKILL leaves the store as it was before the article in flight; the next build
completes it, and the result is the same as an uninterrupted build's."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import pyoxigraph as ox

from kg.pipeline import build
from kg.store import open_store


def _article_graphs(path) -> dict[str, set]:
    store = open_store(path, read_only=True)
    graphs: dict[str, set] = {}
    for q in store.quads_for_pattern(None, None, None, None):
        key = "default" if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name.value
        graphs.setdefault(key, set()).add((q.subject, q.predicate, q.object))
    return graphs


def test_kill_9_mid_build_then_resume(tmp_path, diplomatic_rows):
    src = tmp_path / "articles.jsonl"
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in diplomatic_rows[:80]), encoding="utf-8")
    store_dir = tmp_path / "S"
    code = ("import sys; from kg.pipeline import build; from kg.store import open_store; "
            "build([sys.argv[1]], store=open_store(sys.argv[2]))")
    proc = subprocess.Popen([sys.executable, "-c", code, str(src), str(store_dir)])
    deadline = time.monotonic() + 120
    killed_at = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            killed_at = len(list(open_store(store_dir, read_only=True).named_graphs()))
        except OSError:
            continue
        if killed_at >= 10:
            os.kill(proc.pid, signal.SIGKILL)
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

    _, report = build([src], store=open_store(store_dir))
    assert report.unchanged >= 10 and report.unchanged + report.articles == 80

    whole = tmp_path / "W"
    build([src], store=open_store(whole))
    assert _article_graphs(store_dir) == _article_graphs(whole)
