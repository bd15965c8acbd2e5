"""The persistent store and the shipped questions: atomic replacement, skipping unchanged articles, parameter
binding that hostile values cannot escape, every output format."""

from __future__ import annotations

import csv
import io
import json

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg import query as q
from kg.cli import main
from kg.errors import KgError
from kg.pipeline import build
from kg.store import open_store, quad_count


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory, seeds_dir):
    path = tmp_path_factory.mktemp("store") / "S"
    result = CliRunner().invoke(main, ["build", str(seeds_dir), "--store", str(path), "--quiet"])
    assert result.exit_code == 0, result.output
    return path


def ask(store_path, *args: str) -> str:
    result = CliRunner().invoke(main, ["query", "--store", str(store_path), *args])
    assert result.exit_code == 0, result.output
    return result.output


def test_who_met_takehana(seed_store):
    out = ask(seed_store, "who-met", "--param", "person=TAKEHANA Masahiro")
    assert "วัฒนวิทย์ คชเสนี" in out and "CoChair" in out and "2021-05-25" in out


def test_every_shipped_question_runs_and_says_what_it_answers(seed_store):
    questions = q.shipped_questions()
    assert len(questions) >= 8
    samples = {"person": "TAKEHANA Masahiro", "programme": "JTPP3", "organisation": "กระทรวงมหาดไทย",
               "country_a": "TH", "country_b": "JP", "since": "2019-01-01", "until": "2025-12-31"}
    store = open_store(seed_store, read_only=True)
    for name, question in questions.items():
        assert question.description, name
        header, rows = q.rows_of(q.run(store, question, {p: samples[p] for p in question.params}))
        assert header and rows, name


@pytest.mark.parametrize("hostile", ['x" } DROP ALL { "', "x' . } ; DROP ALL ; #", "}}}{{{", "\\\" \n } #",
                                     "<http://evil/> } DROP ALL {", "TAKEHANA Masahiro\" || true || \""])
def test_hostile_parameter_values_stay_literals(seed_store, hostile):
    before = quad_count(open_store(seed_store, read_only=True))
    out = ask(seed_store, "who-met", "--param", f"person={hostile}", "--format", "json")
    assert json.loads(out)["results"]["bindings"] == []
    assert quad_count(open_store(seed_store, read_only=True)) == before


def test_iri_parameter_is_bound_as_iri():
    question = q.load_question("who-met")
    text = q.bound_text(question, {"person": "<https://w3id.org/thaikg/id/person/x>"})
    assert "VALUES ?person { <https://w3id.org/thaikg/id/person/x> }" in text
    text = q.bound_text(question, {"person": "วัฒนวิทย์"})
    assert 'VALUES ?person { "วัฒนวิทย์" "วัฒนวิทย์"@th "วัฒนวิทย์"@en }' in text
    with pytest.raises(KgError, match="YYYY-MM-DD"):
        q.bound_text(q.load_question("country-meetings"), {"country_a": "TH", "country_b": "JP", "since": "2020",
                                                         "until": "2021-01-01"})


def test_unknown_and_missing_parameters_name_the_valid_ones():
    with pytest.raises(KgError, match="parameters: person"):
        q.bindings(q.load_question("who-met"), {"persn": "x"})
    with pytest.raises(KgError, match="needs --param person"):
        q.bindings(q.load_question("who-met"), {})
    with pytest.raises(KgError, match="who-met"):
        q.load_question("no-such-question")


def test_formats(seed_store):
    csv_rows = list(csv.reader(io.StringIO(ask(seed_store, "co-chairs", "--param", "programme=JTPP3", "--format",
                                               "csv"))))
    assert csv_rows[0] == ["date", "ordinal", "name", "role", "event"]
    assert {r[2] for r in csv_rows[1:]} == {"TAKEHANA Masahiro", "วัฒนวิทย์ คชเสนี"}
    tsv = ask(seed_store, "timeline", "--format", "tsv")
    assert tsv.splitlines()[0].split("\t")[:2] == ["date", "event_type"]
    table = ask(seed_store, "timeline")
    assert "(3 rows)" in table
    turtle = ask(seed_store, "CONSTRUCT { ?p a kg:Person } WHERE { ?p a kg:Person }")
    assert "kg:Person" in turtle
    assert ask(seed_store, "ASK { ?p a kg:Person }").strip() == "true"


def test_table_aligns_thai_combining_characters():
    out = q.table(["name", "n"], [["วัฒนวิทย์ คชเสนี", "1"], ["Mari AKIYAMA", "2"]])
    lines = out.splitlines()
    from wcwidth import wcswidth

    assert wcswidth(lines[2]) == wcswidth(lines[3])


def test_rebuild_skips_unchanged_and_replaces_changed(tmp_path, diplomatic_rows):
    src = tmp_path / "a.jsonl"
    rows = diplomatic_rows[:20]
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    store = open_store(tmp_path / "S")
    _, first = build([src], store=store)
    count = quad_count(store)
    _, again = build([src], store=store)
    assert first.articles == 20 and again.articles == 0 and again.unchanged == 20
    assert quad_count(store) == count
    changed = dict(rows[0], text=rows[0]["text"].replace("\n", "\nนายสมชาย ใจดี ผู้อำนวยการกองทดสอบ ได้กล่าวว่า\n", 1))
    src.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [changed, *rows[1:]]),
                   encoding="utf-8")
    _, third = build([src], store=store)
    assert third.articles == 1 and third.unchanged == 19
    names = {s.value for s in (r["n"] for r in store.query(
        'SELECT ?n WHERE { ?p a <https://w3id.org/thaikg/ontology#Person> ; '
        '<http://www.w3.org/2000/01/rdf-schema#label> ?n }'))}
    assert "สมชาย ใจดี" in names
    graphs = [g for g in store.named_graphs()]
    assert len(graphs) == 20
    # the default graph is exactly the set union of the article graphs, after every change
    union = {(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, None)
             if not isinstance(q.graph_name, ox.DefaultGraph)}
    default = {(q.subject, q.predicate, q.object)
               for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())}
    assert default == union
    assert all(isinstance(g, ox.NamedNode) for g in graphs)


def test_store_export_matches_direct_build(tmp_path, seeds_dir):
    direct, via_store = tmp_path / "direct.nq", tmp_path / "store.nq"
    build([seeds_dir], direct)
    build([seeds_dir], via_store, store=open_store(tmp_path / "S"))
    hash_free = [line for line in via_store.read_text(encoding="utf-8").splitlines() if "#contentHash>" not in line]
    assert sorted(hash_free) == sorted(direct.read_text(encoding="utf-8").splitlines())
