"""Ingest of the real input kinds: seed pages, corpus JSON Lines (plain and compressed), HTML, stdin."""

from __future__ import annotations

import bz2
import datetime as dt
import gzip
import json
import lzma

import pytest

from kg.errors import InputError
from kg.ingest import read_inputs, read_path


def test_seed_pages(seeds_dir):
    arts = {a.id: a for a in read_inputs([seeds_dir])}
    assert set(arts) == {"000_8f0ba9fcf2eb0bba", "004_90550f29fcbfcbbc"}
    jtpp = arts["000_8f0ba9fcf2eb0bba"]
    assert jtpp.published == dt.date(2021, 5, 29)
    assert jtpp.title.endswith("ครั้งที่ 1")
    assert jtpp.text[jtpp.body_start:].startswith("เมื่อวันที่ 25 พฤษภาคม 2564")
    moi = arts["004_90550f29fcbfcbbc"]
    assert moi.url == "https://www.thaigov.go.th/news/contents/details/96728"
    assert moi.published == dt.date(2025, 5, 24)
    assert moi.text.count("“ธีรรัตน์” ให้การต้อนรับ") == 2  # the caption and one title line; the repeat is gone
    assert "ที่มา" not in moi.text[moi.body_start:moi.body_end]


@pytest.mark.parametrize("opener, suffix", [(open, ".jsonl"), (gzip.open, ".jsonl.gz"), (lzma.open, ".jsonl.xz"),
                                            (bz2.open, ".jsonl.bz2")])
def test_corpus_jsonl_plain_and_compressed(tmp_path, diplomatic_rows, opener, suffix):
    path = tmp_path / f"part{suffix}"
    with opener(path, "wt", encoding="utf-8") as fh:
        for row in diplomatic_rows[:5]:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    arts = list(read_inputs([tmp_path]))
    assert [a.id for a in arts] == [r["id"] for r in diplomatic_rows[:5]]
    assert all(a.published == dt.date.fromisoformat(r["date"]) for a, r in zip(arts, diplomatic_rows, strict=False))


def test_a_few_articles_of_a_compressed_corpus_picked_by_id(tmp_path, diplomatic_rows):
    path = tmp_path / "part.jsonl.xz"
    with lzma.open(path, "wt", encoding="utf-8") as fh:
        for row in diplomatic_rows[:6]:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    wanted = {diplomatic_rows[1]["id"], diplomatic_rows[4]["id"], "not-there"}
    assert [a.id for a in read_path(path, ids=wanted)] == [diplomatic_rows[1]["id"], diplomatic_rows[4]["id"]]


def test_bad_lines_are_reported_with_file_and_line_and_the_rest_is_read(tmp_path, diplomatic_rows):
    path = tmp_path / "mixed.jsonl"
    good = json.dumps(diplomatic_rows[0], ensure_ascii=False)
    other = good.replace(diplomatic_rows[0]["id"], "other")
    path.write_text(f"{good}\n{{broken\n{json.dumps({'id': 'x', 'text': 5})}\n\n{other}\n", encoding="utf-8")
    errors: list[InputError] = []
    arts = list(read_inputs([path], errors.append))
    assert [a.id for a in arts] == [diplomatic_rows[0]["id"], "other"]
    assert [(e.line, e.source) for e in errors] == [(2, str(path)), (3, str(path))]
    assert "not a JSON object" in str(errors[0]) and "'text'" in str(errors[1])


def test_missing_empty_and_tis620_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    thai = "ข่าวทดสอบ\n\n1 มกราคม 2567\nเมื่อวันที่ 1 มกราคม 2567 นายสมชาย ใจดี ให้การต้อนรับคณะ\n"
    (tmp_path / "tis.txt").write_bytes(thai.encode("cp874"))
    errors: list[InputError] = []
    arts = list(read_inputs([tmp_path, tmp_path / "nope.txt"], errors.append))
    assert [a.id for a in arts] == ["tis"]
    assert "นายสมชาย ใจดี" in arts[0].text
    assert sorted(e.problem for e in errors) == ["empty file", "no such file or directory"]


def test_html_article_page(tmp_path, diplomatic_rows):
    row = diplomatic_rows[1]
    paragraphs = "".join(f"<p>{line}</p>" for line in row["text"].split("\n")[3:] if line.strip())
    page = f"""<!doctype html><html><head><meta charset="utf-8"><title>{row['title']} | รัฐบาลไทย</title>
    <link rel="canonical" href="{row['url']}"><script>var x = "<p>not text</p>";</script></head>
    <body><nav><a href="/">หน้าหลัก</a> เมนู</nav><div class="news-detail"><h1>{row['title']}</h1>
    <div class="date">{row['date']}</div>{paragraphs}</div><footer>สงวนลิขสิทธิ์</footer></body></html>"""
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    (art,) = read_inputs([path])
    assert art.id == row["id"]
    assert art.title == row["title"]
    assert art.published == dt.date.fromisoformat(row["date"])
    assert "not text" not in art.text and "สงวนลิขสิทธิ์" not in art.text and "เมนู" not in art.text
    body_line = next(line for line in row["text"].split("\n")[3:] if len(line) > 80)
    assert body_line[:60] in art.text


@pytest.mark.parametrize("body", [
    "กรมการปกครอง" * 250_000,  # 3 MB of agency names with no space
    "ก" * 3_000_000,  # 3 MB of one letter
    "นายสมชาย" * 300_000,  # an honorific glued to itself 300,000 times
])
def test_pathological_paragraphs_are_read_in_bounded_time(body):
    import time

    from kg.ingest import make_article
    from kg.pipeline import article_facts

    article = make_article("หัวข้อข่าว\n\nเมื่อวันที่ 1 มกราคม 2567 นายสมชาย ใจดี ให้การต้อนรับ " + body, source="t",
                           id="pathological")
    start = time.monotonic()
    facts = article_facts(article)
    # a generous bound: the point is that it ends, not how fast (benchmarks/ measures speed)
    assert time.monotonic() - start < 120
    for e in facts.events:
        assert article.text[e.evidence.start:e.evidence.end] == e.evidence.sentence


def test_binary_bad_utf8_truncated_and_fieldless_inputs_are_named_and_the_rest_built(tmp_path, diplomatic_rows):
    """Issue 7's bad inputs in one directory: one line each on stderr naming the file (and line), exit 3, and the
    graph of the good articles written all the same."""
    import gzip
    import random
    import subprocess
    import sys

    good = [json.dumps(r, ensure_ascii=False) for r in diplomatic_rows[:3]]
    (tmp_path / "bin.txt").write_bytes(random.Random(7).randbytes(3000))
    (tmp_path / "badutf.txt").write_bytes("ข่าว\n\nวันนี้ นาย".encode() + b"\xff\xfe" + "สมชาย\n".encode())
    whole = gzip.compress("\n".join(good * 20).encode("utf-8"))
    (tmp_path / "cut.jsonl.gz").write_bytes(whole[: len(whole) // 2])  # a download that stopped half way
    (tmp_path / "fields.jsonl").write_text("\n".join([
        json.dumps({"id": "no-text"}), json.dumps({"text": ["not", "a", "string"]}),
        json.dumps({"id": "feb31", "text": "ข่าว\n\nเมื่อวันที่ 31 กุมภาพันธ์ 2567 นายสมชาย ใจดี ได้พบหารือกับคณะ"}),
        json.dumps(diplomatic_rows[5], ensure_ascii=False)]) + "\n", encoding="utf-8")
    out = tmp_path / "out.trig"
    result = subprocess.run([sys.executable, "-m", "kg.cli", "build", str(tmp_path), "-o", str(out), "--quiet"],
                            capture_output=True, text=True)
    assert result.returncode == 3, result.stderr
    lines = result.stderr.strip().splitlines()
    assert any("bin.txt" in ln and "binary" in ln for ln in lines)
    assert any("badutf.txt" in ln and "UTF-8" in ln for ln in lines)
    assert any("cut.jsonl.gz" in ln and "truncated" in ln for ln in lines)
    assert any("fields.jsonl:1:" in ln for ln in lines) and any("fields.jsonl:2:" in ln for ln in lines)
    assert len(lines) == 5  # one line a problem; 31 February is no date, not an error
    assert out.stat().st_size > 0 and diplomatic_rows[0]["id"] in out.read_text(encoding="utf-8")
    assert "feb31" in out.read_text(encoding="utf-8")


def test_a_style_sheet_printed_as_text_is_no_part_of_the_story(tmp_path):
    page = {"id": "thaigov-14357", "title": "ดีอีต้อนรับเอกอัครราชทูตเยอรมนี", "date": "2018-08-02",
            "text": "ดีอีต้อนรับเอกอัครราชทูตเยอรมนี\n"
                    "p.p1 {margin: 0.0px 0.0px 0.0px 0.0px; font: 12.0px 'Helvetica Neue'; "
                    "-webkit-text-stroke: #000000}\n"
                    "span.s1 {font-kerning: none}\n"
                    "ดร.พิเชฐ ดุรงคเวโรจน์ ให้การต้อนรับ {ในวงเล็บปีกกา: ไม่ใช่สไตล์}"}
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps(page, ensure_ascii=False) + "\n", encoding="utf-8")
    (article,) = read_path(path)
    assert "font" not in article.text and "kerning" not in article.text
    assert "ดร.พิเชฐ ดุรงคเวโรจน์ ให้การต้อนรับ {ในวงเล็บปีกกา: ไม่ใช่สไตล์}" in article.text
