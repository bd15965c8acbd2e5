"""Network analysis: the measures on textbook graphs (Zachary's karate club, a star, a path) against networkx
and published values, the builders on real stores (the seed articles, 40 diplomatic articles), the filters,
the ``kg analyze`` command in every format, and the errors a user meets."""

from __future__ import annotations

import csv
import doctest
import io
import json
import math
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from kg import analyse as an
from kg.analyse_cli import CSV_HEADER, MEASURE_NAMES, analyze
from kg.errors import KgError, UnknownEngineError
from kg.pipeline import build
from kg.store import open_store, quad_count

TAKEHANA = "TAKEHANA Masahiro"
WATTANAWIT = "วัฒนวิทย์ คชเสนี"


# ------------------------------------------------------------------------------------------------ fixtures

@pytest.fixture(scope="module")
def seed_store_dir(tmp_path_factory, seeds_dir) -> Path:
    path = tmp_path_factory.mktemp("analyse") / "seeds"
    _, report = build([seeds_dir], store=open_store(path))
    assert report.articles == 2 and not report.errors
    return path


@pytest.fixture(scope="module")
def seed_store(seed_store_dir):
    return open_store(seed_store_dir, read_only=True)


def _store_of(rows: list[dict], path: Path):
    src = path.with_suffix(".jsonl")
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    _, report = build([src], store=open_store(path))
    assert report.articles == len(rows)
    return open_store(path, read_only=True)


@pytest.fixture(scope="module")
def corpus_stores(tmp_path_factory, diplomatic_rows):
    """Two stores built separately from the same 40 diplomatic articles."""
    base = tmp_path_factory.mktemp("analyse40")
    rows = diplomatic_rows[:40]
    return _store_of(rows, base / "a"), _store_of(rows, base / "b")


def node_of(G: nx.Graph, label: str) -> str:
    return an.find_node(G, label)


# ------------------------------------------------------------------------------------------------ doctests

def test_docstring_examples_run():
    result = doctest.testmod(an, optionflags=doctest.ELLIPSIS)
    assert result.attempted >= 40
    assert result.failed == 0


def test_every_public_function_has_an_example():
    for name in ["person_event_graph", "person_graph", "person_organisation_graph", "organisation_graph",
                 "country_graph", "degree", "weighted_degree", "betweenness", "pagerank", "closeness",
                 "communities", "brokers", "first_contacts", "tie_persistence", "ego_network", "find_node", "top"]:
        doc = getattr(an, name).__doc__
        assert doc and ">>> " in doc, name


# ------------------------------------------------------------------------------------- measures, textbooks

@pytest.fixture(scope="module")
def karate() -> nx.Graph:
    return nx.karate_club_graph()


def close(a: dict, b: dict, tol: float = 1e-9) -> bool:
    return a.keys() == b.keys() and all(math.isclose(a[k], b[k], abs_tol=tol) for k in a)


def test_degrees_of_the_karate_club(karate):
    assert an.degree(karate) == dict(karate.degree())
    assert an.degree(karate)[33] == 17 and an.degree(karate)[0] == 16
    assert an.weighted_degree(karate) == dict(karate.degree(weight="weight"))
    assert an.weighted_degree(karate, weight=None) == an.degree(karate)


def test_betweenness_of_the_karate_club_is_exact_and_matches_networkx(karate):
    bc = an.betweenness(karate)
    assert close(bc, nx.betweenness_centrality(karate))
    assert round(bc[0], 4) == 0.4376 and round(bc[33], 4) == 0.3041  # published values


def test_closeness_of_the_karate_club_matches_networkx(karate):
    cc = an.closeness(karate)
    assert close(cc, nx.closeness_centrality(karate))
    assert round(cc[0], 4) == 0.5690 and round(cc[2], 4) == 0.5593


def test_pagerank_of_the_karate_club_matches_networkx_reference(karate):
    pr = an.pagerank(karate, weight=None)
    assert math.isclose(sum(pr.values()), 1.0)
    assert round(pr[33], 4) == 0.1009 and round(pr[0], 4) == 0.0970  # published values
    pagerank_alg = pytest.importorskip("networkx.algorithms.link_analysis.pagerank_alg")
    reference = getattr(pagerank_alg, "_pagerank_python", None)
    if reference is not None:
        assert close(an.pagerank(karate), reference(karate), tol=1e-9)
        assert close(pr, reference(karate, weight=None), tol=1e-9)


def test_louvain_communities_of_the_karate_club(karate):
    found = an.communities(karate)
    assert found == an.communities(karate)  # fixed seed
    assert sorted(n for c in found for n in c) == list(range(34))  # a partition
    assert [len(c) for c in found] == sorted((len(c) for c in found), reverse=True)
    assert nx.community.modularity(karate, found) > 0.38
    assert {frozenset(c) for c in found} == {
        frozenset(c) for c in nx.community.louvain_communities(karate, weight="weight", seed=an.DEFAULT_SEED)}
    assert not any({0, 33} <= c for c in found)  # the instructor and the administrator part ways


def test_star():
    G = nx.star_graph(6)
    assert an.degree(G) == {0: 6, **dict.fromkeys(range(1, 7), 1)}
    assert an.betweenness(G) == {0: 1.0, **dict.fromkeys(range(1, 7), 0.0)}
    cc = an.closeness(G)
    assert cc[0] == 1.0 and math.isclose(cc[1], 6 / 11)
    pr = an.pagerank(G)
    assert max(pr, key=pr.get) == 0 and len({round(pr[n], 12) for n in range(1, 7)}) == 1
    assert [len(c) for c in an.communities(G)] == [7]


def test_path():
    G = nx.path_graph(5)
    assert an.degree(G) == {0: 1, 1: 2, 2: 2, 3: 2, 4: 1}
    assert close(an.betweenness(G), {0: 0.0, 1: 0.5, 2: 4 / 6, 3: 0.5, 4: 0.0})
    assert close(an.closeness(G), {0: 0.4, 1: 4 / 7, 2: 4 / 6, 3: 4 / 7, 4: 0.4})
    pr = an.pagerank(G)
    assert math.isclose(pr[0], pr[4]) and math.isclose(pr[1], pr[3])


def test_measures_of_the_empty_graph():
    G = nx.Graph()
    for name, fn in an.MEASURES.items():
        assert fn(G) in ({}, []), name
    assert an.first_contacts(G) == {} and an.tie_persistence(G) == {}


@pytest.fixture(scope="module")
def big() -> nx.Graph:
    G = nx.barabasi_albert_graph(600, 2, seed=7)
    G.add_edges_from([(600, 601), (601, 602)])  # a small component of its own
    return G


def test_sampled_betweenness_is_seeded_and_keeps_the_leaders(big):
    exact = an.betweenness(big)
    sampled = an.betweenness(big, exact_max_nodes=100, samples=150)
    assert sampled == an.betweenness(big, exact_max_nodes=100, samples=150)
    assert sampled != exact
    lead = sorted(exact, key=exact.get, reverse=True)[:10]
    est = sorted(sampled, key=sampled.get, reverse=True)[:10]
    assert len(set(lead) & set(est)) >= 8
    assert an.betweenness(big, exact_max_nodes=100, samples=150, seed=1) != sampled


def test_sampled_closeness_is_seeded_and_close(big):
    exact = an.closeness(big)
    sampled = an.closeness(big, exact_max_nodes=100, samples=60)
    assert sampled == an.closeness(big, exact_max_nodes=100, samples=60)
    errors = sorted(abs(sampled[n] - exact[n]) / exact[n] for n in big if exact[n])
    assert errors[len(errors) // 2] < 0.05 and errors[-1] < 0.25
    assert all(sampled[n] == exact[n] for n in (600, 601, 602))  # small components are exact
    lead = sorted(exact, key=exact.get, reverse=True)[:10]
    est = sorted(sampled, key=sampled.get, reverse=True)[:10]
    assert len(set(lead) & set(est)) >= 7


def test_brokers_span_countries_or_ministries():
    G = nx.Graph([("som", "alice"), ("som", "bob"), ("som", "chai"), ("chai", "dao")])
    nx.set_node_attributes(G, {"som": "TH", "alice": "JP", "bob": "JP,US", "chai": "TH"}, "country")
    nx.set_node_attributes(G, {"alice": ["mofa-jp"], "bob": ["mofa-jp"], "chai": ["moi"], "som": ["mfa"]},
                           "ministries")
    b = an.brokers(G)
    assert b["som"] == an.Brokerage(3, frozenset({"JP", "US", "TH"}))
    assert b["dao"] == (1, frozenset({"TH"})) and b["chai"].score == 1
    assert an.brokers(G, "ministries")["som"].spanned == {"mofa-jp", "moi"}
    assert [row[0] for row in an.top(b, G, 2)] == ["som", "alice"]


def test_first_contacts_and_tie_persistence():
    G = nx.Graph()
    G.add_edge("b", "a", dates=["2018-02-01", "2018-09-09", "2021-05-25"])
    G.add_edge("c", "b", dates=["2020-01-01", "2022-01-01", "2023-03-03"])
    G.add_edge("c", "d", dates=["2019-07-07"])
    G.add_edge("d", "e")
    assert an.first_contacts(G) == {("a", "b"): "2018-02-01", ("c", "d"): "2019-07-07", ("b", "c"): "2020-01-01"}
    assert an.tie_persistence(G) == {("b", "c"): [2020, 2022, 2023], ("a", "b"): [2018, 2021]}
    assert an.tie_persistence(G, min_years=3) == {("b", "c"): [2020, 2022, 2023]}


def test_top_ranks_by_value_then_label():
    G = nx.Graph([(1, 2), (1, 3), (4, 5)])
    nx.set_node_attributes(G, {1: "hub", 2: "b", 3: "a", 4: "d", 5: "c"}, "label")
    assert an.top(an.degree(G), G, 3) == [(1, "hub", 2), (3, "a", 1), (2, "b", 1)]
    assert an.top(an.degree(G), G, 0) == []
    assert len(an.top(an.degree(G), G, 99)) == 5


def test_ego_network_and_the_unknown_person(karate):
    nx.set_node_attributes(karate, {n: f"Member {n}" for n in karate}, "label")
    ego = an.ego_network(karate, "member 33")
    assert set(ego) == {33, *karate[33]} and ego.nodes[33]["label"] == "Member 33"
    assert len(an.ego_network(karate, 33, radius=2)) > len(ego)
    with pytest.raises(KgError) as err:
        an.ego_network(karate, "Membre 33")
    assert "'Membre 33'" in str(err.value) and "did you mean" in str(err.value) and "Member 33" in str(err.value)
    with pytest.raises(KgError, match="no label is close"):
        an.ego_network(karate, "ประยุทธ์ จันทร์โอชา")


def test_a_name_shared_by_two_nodes_asks_for_the_iri():
    G = nx.Graph([("id/1", "id/2")])
    nx.set_node_attributes(G, {"id/1": "Somchai", "id/2": "Somchai"}, "label")
    with pytest.raises(KgError, match=r"2 nodes are called 'Somchai'.*<id/1>.*<id/2>"):
        an.find_node(G, "Somchai")


def test_unknown_graph_names_the_valid_ones():
    with pytest.raises(UnknownEngineError, match="persons"):
        an.build_graph("people", an.example_store())


# ------------------------------------------------------------------------------------- builders, real data

def test_seed_person_graph(seed_store):
    G = an.person_graph(seed_store)
    t, w = node_of(G, TAKEHANA), node_of(G, WATTANAWIT)
    edge = G.edges[t, w]
    assert edge["weight"] == 1 and edge["dates"] == ["2021-05-25"] and len(edge["events"]) == 1
    assert {k: G.nodes[t][k] for k in ("label", "label_en", "kind", "country", "event_count")} == {
        "label": TAKEHANA, "label_en": TAKEHANA, "kind": "person", "country": "JP", "event_count": 1}
    assert G.nodes[t]["ministries"] == ["https://w3id.org/thaikg/id/org/mfa-jp"]
    assert G.graph["labels"]["https://w3id.org/thaikg/id/org/mfa-jp"]
    assert G.nodes[w]["label"] == WATTANAWIT and G.nodes[w]["label_en"] is None
    assert G.nodes[w]["country"] == "TH"
    assert all(d["kind"] == "person" for _, d in G.nodes(data=True))
    assert an.first_contacts(G)[tuple(sorted((t, w)))] == "2021-05-25"
    assert w in an.ego_network(G, TAKEHANA)


def test_seed_other_graphs(seed_store):
    C = an.country_graph(seed_store)
    jp, th = an.find_node(C, "Japan"), an.find_node(C, "Thailand")
    assert C.has_edge(jp, th) and C.edges[jp, th]["weight"] == 2
    assert C.nodes[jp]["country"] == "JP" and C.nodes[th]["label"] == "ไทย"
    orgs = an.organisation_graph(seed_store)
    assert orgs.number_of_edges() >= 2 and all(d["kind"] == "organisation" for _, d in orgs.nodes(data=True))
    B = an.person_event_graph(seed_store)
    t = node_of(B, TAKEHANA)
    assert [B.edges[t, e]["roles"] for e in B[t]] == [["CoChair"]]
    assert nx.is_bipartite(B) and {d["bipartite"] for _, d in B.nodes(data=True)} == {0, 1}
    P = an.person_organisation_graph(seed_store)
    w = node_of(P, WATTANAWIT)
    (org,) = P[w]
    assert P.nodes[org]["kind"] == "organisation" and P.edges[w, org]["titles"] == ["รองอธิบดี"]


def test_the_seed_graph_is_read_from_the_default_graph_once(seed_store):
    """The default graph is the set union: building never counts a fact twice however many graphs hold it."""
    G = an.person_graph(seed_store)
    assert all(d["weight"] == len(d["events"]) == len(set(d["events"])) for _, _, d in G.edges(data=True))


def snapshot(G: nx.Graph) -> str:
    return json.dumps(nx.node_link_data(G, edges="edges"), sort_keys=True, ensure_ascii=False)


def test_forty_articles_give_the_same_graphs_and_measures_twice(corpus_stores):
    a, b = corpus_stores
    assert quad_count(a) == quad_count(b) > 1000
    for name in ["persons", "organisations", "countries", "person-event", "person-organisation"]:
        Ga, Gb = an.build_graph(name, a), an.build_graph(name, b)
        assert Ga.number_of_nodes() > 5 and Ga.number_of_edges() > 5, name
        assert snapshot(Ga) == snapshot(Gb), name
    Ga, Gb = an.person_graph(a), an.person_graph(b)
    for name, fn in an.MEASURES.items():
        assert fn(Ga) == fn(Gb), name
    assert list(Ga) == sorted(Ga)
    labels = [d["label"] for _, d in Ga.nodes(data=True)]
    assert all(labels) and all(d["kind"] == "person" for _, d in Ga.nodes(data=True))
    assert any(d["country"] == "TH" for _, d in Ga.nodes(data=True))
    for _, _, d in Ga.edges(data=True):
        assert d["weight"] == len(d["events"]) >= 1 and d["dates"] == sorted(d["dates"])


# ---------------------------------------------------------------------------------------------------- filters

def test_a_window_with_no_event_gives_empty_graphs(seed_store, corpus_stores):
    for store in (seed_store, corpus_stores[0]):
        for name in an.GRAPHS:
            G = an.build_graph(name, store, since="2030-01-01", until="2031-12-31")
            assert len(G) == 0 and G.graph["filters"] == {"since": "2030-01-01", "until": "2031-12-31"}, name
        assert len(an.person_graph(store, since="2022-01-01", until="2021-01-01")) == 0


def test_date_window(seed_store):
    G = an.person_graph(seed_store, since="2021-05-25", until="2021-05-25")
    assert {d["label"] for _, d in G.nodes(data=True)} == {TAKEHANA, WATTANAWIT}
    assert len(an.person_graph(seed_store, since="2021-05-26")) == 3  # the 2025 visit only
    assert len(an.person_graph(seed_store, until="2021-05-24")) == 0


def test_country_programme_and_organisation_filters(seed_store):
    assert len(an.person_graph(seed_store, country="JP")) == 5
    assert len(an.person_graph(seed_store, country="jp")) == 5
    assert len(an.person_graph(seed_store, country="FR")) == 0
    G = an.person_graph(seed_store, programme="JTPP3")
    assert {d["label"] for _, d in G.nodes(data=True)} == {TAKEHANA, WATTANAWIT}
    assert len(an.person_graph(seed_store, programme="No Such Programme")) == 0
    G = an.person_graph(seed_store, organisation="กระทรวงมหาดไทย")
    assert "ธีรรัตน์ สำเร็จวาณิชย์" in {d["label"] for _, d in G.nodes(data=True)} and len(G) == 3
    store = an.example_store()
    assert len(an.person_graph(store, organisation="กระทรวงการต่างประเทศ")) == 3  # through its department
    assert len(an.person_graph(store, organisation="https://w3id.org/thaikg/id/org/moi")) == 3
    assert len(an.person_graph(store, organisation="<https://w3id.org/thaikg/id/org/mofa-jp>")) == 3
    G = an.person_graph(store, programme="JTPP3", country="TH", since="2021-01-01", until="2021-12-31")
    assert len(G) == 2 and G.number_of_edges() == 1


@pytest.mark.parametrize("hostile", ['x" } DROP ALL { "', "}}}{{{", "\\\" \n } #", "<http://evil/> } DROP ALL {"])
def test_hostile_filter_values_stay_terms(seed_store_dir, hostile):
    store = open_store(seed_store_dir, read_only=True)
    before = quad_count(store)
    for key in ("programme", "organisation", "country"):
        assert len(an.person_graph(store, **{key: hostile})) == 0
    assert quad_count(store) == before


def test_a_bad_date_or_iri_is_named():
    with pytest.raises(KgError, match=r"until='2021-02-30' is not a date: write it as YYYY-MM-DD"):
        an.person_graph(an.example_store(), until="2021-02-30")
    with pytest.raises(KgError, match=r"organisation='<http://x/> } DROP ALL {>' is not a valid IRI"):
        an.person_graph(an.example_store(), organisation="<http://x/> } DROP ALL {>")


# -------------------------------------------------------------------------------------------------------- CLI

def run_cli(*args: str) -> str:
    result = CliRunner().invoke(analyze, list(args))
    assert result.exit_code == 0, result.output
    return result.output


def test_cli_table(seed_store_dir):
    out = run_cli("--store", str(seed_store_dir), "--top", "3")
    assert out.startswith("persons graph: 5 nodes, 4 edges\n")
    for name in MEASURE_NAMES:
        assert f"\n{name}\n" in out
    assert TAKEHANA in out and "rank  label" in out and "(3 rows)" in out
    out = run_cli("--store", str(seed_store_dir), "--graph", "countries", "--measure", "degree")
    assert "ญี่ปุ่น" in out and "ไทย" in out and "(2 rows)" in out


def test_cli_csv(seed_store_dir):
    out = run_cli("--store", str(seed_store_dir), "--format", "csv", "--top", "2")
    rows = list(csv.reader(io.StringIO(out)))
    assert rows[0] == CSV_HEADER
    assert {r[0] for r in rows[1:]} == set(MEASURE_NAMES)
    assert all(len(r) == len(CSV_HEADER) for r in rows)
    out = run_cli("--store", str(seed_store_dir), "--format", "csv", "--measure", "brokers", "--graph", "persons")
    brokers = list(csv.DictReader(io.StringIO(out)))
    assert brokers[0]["value"] == "2" and brokers[0]["detail"] == "JP; TH"


def test_cli_json(seed_store_dir):
    out = run_cli("--store", str(seed_store_dir), "--format", "json", "--programme", "JTPP3")
    doc = json.loads(out)
    assert doc["graph"] == "persons" and doc["nodes"] == 2 and doc["edges"] == 1
    assert doc["filters"] == {"programme": "JTPP3"}
    assert list(doc["measures"]) == list(MEASURE_NAMES)
    assert {r["label"] for r in doc["measures"]["degree"]} == {TAKEHANA, WATTANAWIT}
    assert doc["measures"]["communities"][0]["size"] == 2
    out = run_cli("--store", str(seed_store_dir), "--format", "json", "--measure", "brokers", "--span", "ministry")
    assert all(isinstance(r["spanned"], list) for r in json.loads(out)["measures"]["brokers"])


def test_cli_empty_window_and_errors(seed_store_dir, tmp_path):
    result = CliRunner().invoke(analyze, ["--store", str(seed_store_dir), "--since", "2030-01-01",
                                          "--measure", "degree"])
    assert result.exit_code == 0 and "the graph is empty" in result.output and "(0 rows)" in result.output
    result = CliRunner().invoke(analyze, ["--store", str(seed_store_dir), "--since", "25/05/2021"])
    assert result.exit_code == 1 and "since='25/05/2021' is not a date: write it as YYYY-MM-DD" in result.output
    result = CliRunner().invoke(analyze, ["--store", str(tmp_path / "none")])
    assert result.exit_code == 1 and "no store at" in result.output and "kg build" in result.output
    result = CliRunner().invoke(analyze, ["--store", str(seed_store_dir), "--measure", "eigenvector"])
    assert result.exit_code == 2 and "degree" in result.output


def test_cli_has_help():
    out = run_cli("--help")
    for option in ("--store", "--measure", "--graph", "--top", "--since", "--until", "--country", "--programme",
                   "--format"):
        assert option in out
