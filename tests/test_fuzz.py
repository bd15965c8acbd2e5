"""Property tests: any text goes through ingest and extraction without an exception, and every offset a fact
carries points inside its article."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import InputError
from kg.graph import article_quads
from kg.ingest import make_article, read_jsonl
from kg.pipeline import article_facts

# Text that looks like Thai news: Thai letters and digits, honorifics, cue words, names, brackets, dates.
PIECES = ["นาย", "นางสาว", "พลเอก", "Mr. ", "H.E. ", "สมชาย", " ใจดี", "TAKEHANA Masahiro", "รัฐมนตรีว่าการ",
          "กระทรวงมหาดไทย", "กรม", "สถานเอกอัครราชทูต", "ญี่ปุ่น", "ประจำประเทศไทย", "ให้การต้อนรับ", "เข้าเยี่ยมคารวะ",
          "เป็นประธานร่วม", "ลงนาม", "ประชุม", "ครั้งที่ ๑", "ณ ", "โดยมี", "พร้อมด้วย", "เมื่อวันที่ ", "๒๕ พฤษภาคม ๒๕๖๔",
          "31 กุมภาพันธ์ 2567", "(", ")", "“", "”", "\n", " ", "โครงการ", "JTPP3", "<script>", "\u200b", "ฯ"]
thai_news = st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=8)), max_size=60).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400) | thai_news)
def test_any_text_extracts_with_offsets_inside(text):
    article = make_article("หัวข้อ\n\n" + text, source="fuzz", id="fuzz")
    facts = article_facts(article)
    n = len(article.text)
    evidences = [p.evidence for p in facts.posts] + [e.evidence for e in facts.events] + [
        x.evidence for e in facts.events for x in e.participations]
    for ev in evidences:
        assert 0 <= ev.start <= ev.end <= n
        assert article.text[ev.start:ev.end] == ev.sentence
    article_quads(facts)  # and it makes valid RDF terms


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=60), st.builds(
    lambda t, i: json.dumps({"id": i, "text": t}, ensure_ascii=False), thai_news, st.text(max_size=10))),
    max_size=6))
def test_any_json_lines_stream_reads_or_reports(lines):
    errors: list[InputError] = []
    for article in read_jsonl(iter(line + "\n" for line in lines), "fuzz.jsonl", errors.append):
        assert article.text == article.text.strip("\n") or article.text
    for err in errors:
        assert err.line is not None and "fuzz.jsonl" in str(err)
