"""Maps: ``kg map`` on the store of the seeds and the 400 diplomatic articles (every graph, the ego map of
TAKEHANA Masahiro, --max-nodes, the date filters), the page's promises (no http(s) script or stylesheet, a
fixed layout, the same bytes every time, written atomically and nowhere else), and hostile text kept as
text. What the page does in a browser is tested in tests/test_map_browser.py."""

from __future__ import annotations

import doctest
import itertools
import json
import math
import os
import re
import subprocess
import sys
from pathlib import Path

import lxml.html
import networkx as nx
import pyoxigraph as ox
import pytest
from click.testing import CliRunner

import kg.map as km
from kg import analyse as an
from kg.cli import main
from kg.map_cli import GRAPH_NAMES
from kg.pipeline import build
from kg.store import open_store

TAKEHANA = "TAKEHANA Masahiro"
WATTANAWIT = "วัฒนวิทย์ คชเสนี"
PAYLOAD = '<img src=x onerror="alert(1)"></script><script>alert(2)</script> &lt;b&gt;'
HOSTILE_TTL = """
@base <https://w3id.org/thaikg/id/> . @prefix kg: <https://w3id.org/thaikg/ontology#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix schema: <https://schema.org/> .
@prefix prov: <http://www.w3.org/ns/prov#> . @prefix dcterms: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<person/evil> a kg:Person ; rdfs:label "<img src=x onerror=alert(5)>"@en , "</script><script>alert(6)</script>"@th .
<person/x> a kg:Person ; rdfs:label "onerror=alert(7) <svg onload=alert(8)>"@en .
<event/evil> a kg:Meeting ; rdfs:label "<b onmouseover=alert(9)>meeting</b>"@en ;
  schema:startDate "2024-01-02"^^xsd:date ;
  kg:participation [ kg:participant <person/evil> ; kg:role kg:Host ] ,
                   [ kg:participant <person/x> ; kg:role kg:Guest ] .
"""


def hostile_store(tmp_path: Path) -> ox.Store:
    """A store of one hostile article (script and image tags and an entity in its evidence sentence, a
    script in its title, a javascript: URL) built by the pipeline, plus officials whose names are markup."""
    seed = (Path(__file__).resolve().parents[2] / "shared" / "seeds" / "004_90550f29fcbfcbbc.txt")
    if not seed.exists():
        pytest.skip(f"{seed} is not here: put the shared data kit at ../shared")
    place = "ณ กระทรวงมหาดไทย ในโอกาส"
    text = seed.read_text(encoding="utf-8").replace(place, f"{PAYLOAD} {place}", 1)
    assert PAYLOAD in text
    src = tmp_path / "hostile.jsonl"
    row = {"id": "hostile-1", "url": "javascript:alert(3)", "date": "2025-05-24",
           "title": "<script>alert(4)</script> ธีรรัตน์", "text": text}
    src.write_text(json.dumps(row, ensure_ascii=False) + "\n", encoding="utf-8")
    store = open_store(tmp_path / "store")
    _, report = build([src], store=store)
    assert report.articles == 1 and report.events >= 1
    store.load(HOSTILE_TTL.encode("utf-8"), format=ox.RdfFormat.TURTLE)
    return store


@pytest.fixture(scope="module")
def store(diplomatic_store_dir):
    return open_store(diplomatic_store_dir, read_only=True)


@pytest.fixture(scope="module")
def full_map(store):
    return km.build_map(store)


def run(*args: str):
    return CliRunner().invoke(main, list(args))


def page_tree(path: Path):
    return lxml.html.fromstring(path.read_text(encoding="utf-8"))


def embedded(path: Path) -> dict:
    return json.loads(page_tree(path).get_element_by_id("map-data").text)


# ------------------------------------------------------------------------------------------------ library

def test_docstring_examples_run():
    result = doctest.testmod(km, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 20 and result.failed == 0


def test_the_map_of_400_articles(store, full_map):
    G = an.person_graph(store)
    nodes, edges = full_map.network.nodes, full_map.network.edges
    assert len(nodes) == len(G) > 500 and len(edges) == G.number_of_edges()
    assert full_map.network.options["physics"] == {"enabled": False}
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in nodes)
    assert len({(n["x"], n["y"]) for n in nodes}) == len(nodes)  # no two nodes on the same spot
    # coloured by kind, sized by PageRank (the most central node is the largest)
    assert {n["color"]["background"] for n in nodes} == {km.KINDS["person"][0]}
    pr = an.pagerank(G)
    ranked = sorted(nodes, key=lambda n: -pr[n["id"]])
    assert ranked[0]["size"] == max(n["size"] for n in nodes) and ranked[-1]["size"] == min(n["size"] for n in nodes)
    # a node with a Thai and an English label shows both; every edge says its relation; width follows weight
    both = [n for n in nodes if n["th"] and n["en"] and n["th"] != n["en"]]
    assert both and all(n["label"] == f"{n['th']}\n{n['en']}" for n in both)
    assert all(e["relation"] == "met" and e["label"].startswith("met") for e in edges)
    by_weight = sorted(edges, key=lambda e: e["weight"])
    assert by_weight[0]["width"] == 1 and by_weight[-1]["width"] > 1
    assert all(e["width"] <= f["width"] for e, f in itertools.pairwise(by_weight))


def test_an_edge_carries_its_evidence_and_source(store, full_map):
    takehana = an.find_node(full_map.graph, TAKEHANA)
    wattanawit = an.find_node(full_map.graph, WATTANAWIT)
    edge = next(e for e in full_map.network.edges if {e["from"], e["to"]} == {takehana, wattanawit})
    assert edge["dates"] == ["2021-05-25"] and edge["weight"] == 1
    event = full_map.events[edge["events"][0]]
    assert "JTPP3" in event["label"] and event["type"] == "Meeting"
    assert any(TAKEHANA in s["sentence"] for s in event["sources"])
    assert edge["roles"][edge["events"][0]] in ([["CoChair"], ["CoChair"]],)
    posts = full_map.posts[takehana]
    assert posts[0]["title"] == "Director" and TAKEHANA in posts[0]["sentence"]


def test_source_links_are_the_articles_addresses(full_map, diplomatic_rows):
    urls = {s["url"] for e in full_map.events.values() for s in e["sources"]}
    urls.discard(None)
    # the 400 articles' own addresses, and the one the second seed article names in its source line
    assert len(urls) > 100
    assert urls - {r["url"] for r in diplomatic_rows} == {"https://www.thaigov.go.th/news/contents/details/96728"}


def test_every_graph_can_be_drawn(store):
    assert sorted(GRAPH_NAMES) == sorted(an.GRAPHS)  # kg map --graph offers every graph there is
    for name in an.GRAPHS:
        m = km.build_map(store, name)
        G = an.build_graph(name, store)
        assert len(m.network.nodes) == len(G) and len(m.network.edges) == G.number_of_edges(), name
        kinds = {n["kind"] for n in m.network.nodes}
        assert kinds <= set(km.KINDS), name
        assert {e["relation"] for e in m.network.edges} <= {km.RELATIONS[name]}, name
    pe = km.build_map(store, "person-event")
    event = next(n for n in pe.network.nodes if n["kind"] == "event")
    assert event["participants"] and event["id"] in pe.events


def test_ego_map_of_takehana(store):
    m = km.build_map(store, person=TAKEHANA)
    labels = sorted(n["th"] for n in m.network.nodes)
    assert labels == sorted([TAKEHANA, WATTANAWIT])
    assert m.graph.graph["centre"] == an.find_node(m.graph, TAKEHANA)
    centre = next(n for n in m.network.nodes if n["id"] == m.graph.graph["centre"])
    assert centre["color"]["border"] == "#111111"
    full_graph = an.person_graph(store)
    pr = an.pagerank(full_graph)
    hub = max(full_graph, key=lambda n: (pr[n], n))
    near, wider = km.build_map(store, person=hub), km.build_map(store, person=hub, radius=2)
    assert len(near.network.nodes) == full_graph.degree(hub) + 1 < len(wider.network.nodes)


def test_max_nodes_keeps_the_most_central(store):
    G = an.person_graph(store)
    pr = an.pagerank(G)
    m = km.build_map(store, max_nodes=40)
    kept = {n["id"] for n in m.network.nodes}
    assert kept == set(sorted(G, key=lambda n: (-pr[n], n))[:40])
    assert m.graph.graph["total"] == len(G)
    assert all(e["from"] in kept and e["to"] in kept for e in m.network.edges)
    quiet = min(G, key=lambda n: (pr[n], n) if G.degree(n) else (1, n))  # the least central with a contact
    ego = km.build_map(store, person=quiet, radius=4, max_nodes=5)
    assert len(ego.network.nodes) == 5 and ego.graph.graph["centre"] == quiet
    assert ego.graph.graph["total"] == len(nx.ego_graph(G, quiet, radius=4))
    assert quiet in {n["id"] for n in ego.network.nodes}


def test_date_window(store):
    m = km.build_map(store, since="2021-01-01", until="2021-12-31")
    assert m.network.edges and all("2021-01-01" <= d <= "2021-12-31" for e in m.network.edges for d in e["dates"])
    assert all(e["date"] is None or "2021" <= e["date"] < "2022" for e in m.events.values()
               if any(e is m.events[x] for edge in m.network.edges for x in edge["events"]))


def test_layout_is_seeded_and_packs_components():
    G = nx.disjoint_union(nx.complete_graph(6), nx.path_graph(3))
    G.add_node(99)
    pos = km.layout(G)
    assert pos == km.layout(G) and set(pos) == set(G)
    assert pos != km.layout(G, seed=7)
    # components do not overlap: the clique's disc and the path's are apart
    clique = [pos[n] for n in range(6)]
    path = [pos[n] for n in range(6, 9)]
    gap = min(math.dist(a, b) for a in clique for b in path)
    assert gap > km.SPACING / 2


# ------------------------------------------------------------------------------------------------ the page

def test_cli_writes_one_offline_page_and_nothing_else(diplomatic_store_dir, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    out = tmp_path / "maps" / "map.html"
    result = run("map", "--store", str(diplomatic_store_dir), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert re.search(r"map\.html: \d+ nodes, \d+ edges", result.output)
    assert sorted(p.name for p in tmp_path.rglob("*")) == ["map.html", "maps"]  # no lib/, no temporary file
    tree = page_tree(out)
    assert not tree.xpath("//script[@src] | //link | //img | //iframe | //object | //embed")
    for style in tree.xpath("//style"):
        assert not re.search(r"@import|url\(\s*(?!['\"]?data:)", style.text or "")
    csp = tree.xpath("//meta[@http-equiv='Content-Security-Policy']/@content")[0]
    assert "default-src 'none'" in csp and "unsafe-inline" not in csp.split("script-src")[1].split(";")[0]
    scripts = tree.xpath("//script")
    assert [s.get("type") for s in scripts] == ["application/json", None, None]
    assert "vis-network" in scripts[1].text and "@license" in scripts[1].text  # vis-network's licence kept
    data = embedded(out)
    assert len(data["nodes"]) > 500 and data["options"]["physics"]["enabled"] is False


def test_the_same_store_gives_the_same_bytes(diplomatic_store_dir, tmp_path):
    """In two processes with different string hashing (what set order follows), ego map and cut alike."""
    pages = []
    for seed in ("1", "2"):
        out = tmp_path / f"map-{seed}.html"
        subprocess.run([sys.executable, "-m", "kg.cli", "map", "--store", str(diplomatic_store_dir), "-o", str(out),
                        "--person", "ประยุทธ์ จันทร์โอชา", "--radius", "2", "--max-nodes", "150"],
                       check=True, capture_output=True, env={**os.environ, "PYTHONHASHSEED": seed})
        pages.append(out.read_bytes())
    assert pages[0] == pages[1]
    assert len(json.loads(page_tree(out).get_element_by_id("map-data").text)["nodes"]) == 150


def test_cli_ego_map_and_errors(diplomatic_store_dir, tmp_path):
    out = tmp_path / "takehana.html"
    result = run("map", "--store", str(diplomatic_store_dir), "-o", str(out), "--person", TAKEHANA)
    assert result.exit_code == 0, result.output
    assert "2 nodes, 1 edge" in result.output
    assert sorted(n["th"] for n in embedded(out)["nodes"]) == sorted([TAKEHANA, WATTANAWIT])
    before = out.read_bytes()
    result = run("map", "--store", str(diplomatic_store_dir), "-o", str(out), "--person", "TAKEHANA Masahir")
    assert result.exit_code == 1
    assert "no person 'TAKEHANA Masahir' in this graph" in result.output
    assert "did you mean: TAKEHANA Masahiro" in result.output
    assert out.read_bytes() == before  # a failed map leaves the old page as it was
    result = run("map", "--store", str(diplomatic_store_dir), "-o", str(out), "--since", "2021-02-30")
    assert result.exit_code == 1 and "since='2021-02-30' is not a date" in result.output
    result = run("map", "--store", str(tmp_path / "nowhere"), "-o", str(out))
    assert result.exit_code == 1 and "no store at" in result.output
    result = run("map", "--store", str(diplomatic_store_dir), "-o", str(out), "--since", "1900-01-01",
                 "--until", "1900-12-31")
    assert result.exit_code == 0 and "the map is empty" in result.output


def test_script_json_cannot_close_its_element():
    hostile = {"a": "</script><script>alert(1)</script>", "b": "<!-- <img src=x onerror=alert(2)> &amp;",
               "c": "\u2028\u2029", "</script>": ["<"]}
    text = km.script_json(hostile)
    assert not re.search(r"[<>&\u2028\u2029]", text)
    assert json.loads(text) == hostile


def test_safe_url():
    assert km.safe_url("https://www.thaigov.go.th/news/contents/details/1") == \
        "https://www.thaigov.go.th/news/contents/details/1"
    for bad in ("javascript:alert(1)", " JAVASCRIPT:alert(1)", "data:text/html,<script>", "//evil.example/x",
                "vbscript:x", "file:///etc/passwd", "http://", None, ""):
        assert km.safe_url(bad) is None, bad


def test_hostile_text_stays_text(tmp_path):
    store = hostile_store(tmp_path)
    m = km.build_map(store)
    out = km.write_map(m, tmp_path / "hostile.html")
    data_text = page_tree(out).get_element_by_id("map-data").text
    for needle in ("<img", "<svg", "</script><script>alert", "<b onmouseover", "javascript:"):
        assert needle not in data_text
    data = json.loads(data_text)
    assert any(PAYLOAD in t for t in data["texts"])  # the sentence is all there, as text
    assert {"<img src=x onerror=alert(5)>", "onerror=alert(7) <svg onload=alert(8)>"} <= \
        {n["en"] for n in data["nodes"]}
    assert all(s["url"] is None for e in data["events"] for s in e["sources"])  # javascript: dropped
    tree = page_tree(out)
    assert not tree.xpath("//img | //svg | //iframe") and len(tree.xpath("//script")) == 3
    assert "alert(" not in "".join(tree.xpath("//title//text()") + tree.xpath("//h1//text()"))
    ego = km.write_map(km.build_map(store, person="<img src=x onerror=alert(5)>"), tmp_path / "ego.html")
    tree = page_tree(ego)
    assert tree.xpath("//title")[0].text == "thaikg: persons · around </script><script>alert(6)</script>"
    assert not tree.xpath("//img | //svg") and len(tree.xpath("//script")) == 3
