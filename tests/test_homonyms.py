"""Homonyms across articles: one official keeps one node through changing posts; one name in two countries'
posts is two people, in the store and in a file."""

from __future__ import annotations

import pyoxigraph as ox

from kg.graph import article_quads
from kg.homonyms import find_splits, split_homonyms, split_quads
from kg.ingest import make_article
from kg.pipeline import article_facts
from kg.store import replace_article

ARTICLES = {
    "a": "ข่าว\n\nวันนี้ (3 ตุลาคม 2559) นายสมชาย ใจดี อธิบดีกรมเอเชียตะวันออก กระทรวงการต่างประเทศ "
         "ได้ให้การต้อนรับ นายสมศักดิ์ รักชาติ ผู้อำนวยการสำนักงานนโยบายและแผนการขนส่งและจราจร",
    "b": "ข่าว\n\nวันนี้ (5 ตุลาคม 2559) นายสมชาย ใจดี เอกอัครราชทูตญี่ปุ่นประจำประเทศไทย "
         "เข้าเยี่ยมคารวะ นายสมศักดิ์ รักชาติ ผู้อำนวยการสำนักงานนโยบายและแผนการขนส่งและจราจร",
    "c": "ข่าว\n\nวันนี้ (9 มีนาคม 2565) นายสมชาย ใจดี ปลัดกระทรวงการต่างประเทศ ได้หารือกับ "
         "นายสมศักดิ์ รักชาติ ผู้อำนวยการสำนักงานนโยบายและแผนการขนส่งและจราจร",
    "d": "ข่าว\n\nวันนี้ (20 พฤศจิกายน 2559) นายสมชาย ใจดี เอกอัครราชทูตญี่ปุ่นประจำประเทศไทย "
         "เข้าพบ นายวิชัย รักไทย ผู้อำนวยการสำนักงานนโยบายและแผนการขนส่งและจราจร",
    # a diplomat who moves on: a Thai ambassador in 2016, years later an official of ... Thailand still
    "e": "ข่าว\n\nวันนี้ (1 มีนาคม 2560) นายวีระ ปลอดภัย เอกอัครราชทูต ณ กรุงโตเกียว ได้หารือกับ "
         "นายสมศักดิ์ รักชาติ ผู้อำนวยการสำนักงานนโยบายและแผนการขนส่งและจราจร",
}


PUBLISHED = {"a": "2016-10-03", "b": "2016-10-05", "c": "2022-03-09", "d": "2016-11-20", "e": "2017-03-01"}


def quads_of(key: str) -> list[ox.Quad]:
    import datetime as dt

    article = make_article(ARTICLES[key], source=key, id=f"h-{key}", published=dt.date.fromisoformat(PUBLISHED[key]))
    return article_quads(article_facts(article))


def people_named(store: ox.Store, name: str) -> dict[str, set[str]]:
    rows = store.query(
        "PREFIX kg: <https://w3id.org/thaikg/ontology#> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#> "
        f"SELECT ?p ?g WHERE {{ GRAPH ?g {{ ?p a kg:Person ; rdfs:label {ox.Literal(name, language='th')} }} }}")
    out: dict[str, set[str]] = {}
    for row in rows:
        out.setdefault(row["p"].value, set()).add(row["g"].value.rsplit("/", 1)[-1])
    return out


def test_posts_in_two_countries_split_a_name_and_a_change_of_post_does_not():
    store = ox.Store()
    for key in ARTICLES:
        replace_article(store, f"h-{key}", quads_of(key), key)
    assert len(people_named(store, "สมชาย ใจดี")) == 1  # one IRI per name, before the pass
    splits = split_homonyms(store)
    assert [(s.country, len(s.graphs)) for s in splits] == [("JP", 2)]
    nodes = people_named(store, "สมชาย ใจดี")
    assert len(nodes) == 2
    thai, japanese = sorted(nodes, key=len)
    assert japanese.endswith("-jp") and len(nodes[japanese]) == 2
    assert len(nodes[thai]) == 2  # director-general in 2016, permanent secretary in 2022: one official
    # the default (union) graph follows: the Japanese node met Somsak, the Thai one never met the ambassador
    met = {(r["a"].value, r["b"].value) for r in store.query(
        "PREFIX kg: <https://w3id.org/thaikg/ontology#> SELECT ?a ?b WHERE { ?a kg:met ?b }")}
    assert any(a == japanese for a, _ in met) and any(a == thai for a, _ in met)
    assert not any({a, b} == {thai, japanese} for a, b in met)
    assert find_splits(store) == []  # idempotent
    # rebuilding the Japanese article brings the old node back into it; the pass splits it again
    replace_article(store, "h-b", quads_of("b"), "b2")
    assert split_homonyms(store)[0].new == japanese
    assert people_named(store, "สมชาย ใจดี") == nodes


def test_the_same_split_applies_to_a_graph_written_to_a_file():
    quads = [q for key in ARTICLES for q in quads_of(key)]
    out, splits = split_quads(quads)
    assert [s.country for s in splits] == ["JP"] and len(out) == len(quads)
    store = ox.Store()
    store.extend(out)
    assert len(people_named(store, "สมชาย ใจดี")) == 2


def test_builds_to_a_file_and_to_a_store_tell_the_homonyms_apart(tmp_path):
    import json

    from kg.pipeline import build
    from kg.store import open_store

    corpus = tmp_path / "h.jsonl"
    corpus.write_text("".join(json.dumps({"id": f"h-{k}", "text": t, "date": PUBLISHED[k]}, ensure_ascii=False) + "\n"
                              for k, t in ARTICLES.items()), encoding="utf-8")
    out = tmp_path / "h.nq"
    _, report = build([corpus], out)
    assert [s.country for s in report.homonyms] == ["JP"]
    from_file = ox.Store()
    from_file.load(path=str(out), format=ox.RdfFormat.N_QUADS)
    store = open_store(tmp_path / "store")
    _, report = build([corpus], store=store, jobs=2)
    assert [s.country for s in report.homonyms] == ["JP"]
    assert people_named(store, "สมชาย ใจดี") == people_named(from_file, "สมชาย ใจดี")
    assert len(people_named(store, "สมชาย ใจดี")) == 2
    _, again = build([corpus], store=store)  # nothing changed: nothing to split again
    assert again.unchanged == len(ARTICLES) and again.homonyms == []


def test_posts_in_two_countries_years_apart_or_told_once_split_nothing():
    # an ambassador of Japan in 2016 and a Thai permanent secretary in 2022: a career, not two people
    _, splits = split_quads([q for key in "bcd" for q in quads_of(key)])
    assert splits == []
    # one article alone placing the name in Japan is more likely a misread post than a second person
    _, splits = split_quads([q for key in "abc" for q in quads_of(key)])
    assert splits == []
