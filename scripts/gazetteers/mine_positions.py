"""Mine candidate position titles from the thaigov corpora and print them with counts.

This script does not write ``positions.tsv``: that file is edited and reviewed by hand.
It looks at what follows a person's name and prints TSV on stdout
(``section<TAB>count<TAB>title[<TAB>example]``), highest count first:

``th``
    ``<honorific><given name> <family name> <title...>``: the Thai run after the name, cut before
    the first organisation word (กระทรวง, กรม, สำนักงาน, สถานเอกอัครราชทูต, ...), so
    ``รองอธิบดีกรมความร่วมมือระหว่างประเทศ`` counts as ``รองอธิบดี``.
``th_full``
    The same runs uncut (to see titles that end in an organisation-like word, e.g. ผู้ว่าราชการจังหวัด).
``en``
    English news and the Latin parts of Thai news: ``<Mr./Ms./H.E./Dr. Name Name>, <Title> of`` and
    ``<Title> <Name>`` before capitalised names, cut before ``of``/``for``/``to``.

Usage (from the repository root)::

    /work/venv/bin/python scripts/gazetteers/mine_positions.py [--every N] [--min-count K] > /tmp/positions.tsv

Deterministic: the corpus is read in file order, ties are sorted by the title.
"""
from __future__ import annotations

import argparse
import re
import sys
from collections import Counter

from _common import CORPUS_ALL, CORPUS_EN, iter_articles, nfc

TH = "\u0e00-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e"  # Thai letters and vowels, no ฯ (0e2f) or digits
HONORIFICS = (
    "นางสาว", "นาง", "นาย", "ดร\\.", "ศาสตราจารย์", "รองศาสตราจารย์", "ผู้ช่วยศาสตราจารย์",
    "ศ\\.", "รศ\\.", "ผศ\\.", "พลเอก", "พลโท", "พลตรี", "พลตำรวจเอก", "พลตำรวจโท", "พลตำรวจตรี",
    "พลเรือเอก", "พลอากาศเอก", "พันเอก", "พันตำรวจเอก", "พล\\.[อทต]\\.", "พล\\.ต\\.[อทต]\\.",
    "พล\\.ร\\.[อทต]\\.", "พล\\.อ\\.[อทต]\\.", "พ\\.ต\\.อ\\.", "พ\\.อ\\.", "ท่านผู้หญิง", "คุณหญิง",
)
NAME_RE = re.compile(
    "(?:" + "|".join(HONORIFICS) + f")\\s?(?:ดร\\.\\s?)?[{TH}]{{2,25}}\\s+[{TH}]{{2,30}}\\s+([{TH}ฯ\\.]{{3,120}})"
)
ORG_WORDS = (
    "กระทรวง", "ทบวง", "กรม", "สำนักงาน", "สำนัก", "สถานเอกอัครราชทูต", "สถานกงสุล", "องค์การ",
    "องค์กร", "สถาบัน", "ธนาคาร", "กองทัพ", "กองบัญชาการ", "ศูนย์", "คณะกรรมการ", "สภา",
    "มหาวิทยาลัย", "บริษัท", "การไฟฟ้า", "การท่าเรือ", "การท่องเที่ยว", "การรถไฟ", "การประปา",
    "กองทุน", "สมาคม", "หอการค้า", "ประจำประเทศ", "แห่งสาธารณรัฐ", "แห่งราชอาณาจักร",
    "กล่าว", "เปิดเผย", "พร้อมด้วย", "ให้การต้อนรับ", "เป็นประธาน", "เดินทาง", "เข้าร่วม",
)
LOCAL_RE = re.compile("^((?:รอง)?(?:ผู้ว่าราชการจังหวัด|นายอำเภอ|ผู้ว่าราชการกรุงเทพมหานคร))")
CUT_RE = re.compile("|".join(sorted(ORG_WORDS, key=len, reverse=True)))
EN_HON = r"(?:H\.E\.\s?|His Excellency\s|Her Excellency\s)?(?:Mr\.|Mrs\.|Ms\.|Miss|Dr\.|Prof\.)"
EN_NAME = r"(?:[A-Z][A-Za-z\-']+\s?){2,4}"
EN_AFTER_RE = re.compile(rf"{EN_HON}\s?{EN_NAME},\s((?:[A-Z][A-Za-z\-]*|and|of|the)(?:\s(?:[A-Z][A-Za-z\-]*|and))*)")
EN_BEFORE_RE = re.compile(
    r"\b((?:Deputy |Vice |Acting |Assistant |Permanent |Chief |Senior |Executive |Secretary-General|Director-General)?"
    r"(?:Prime Minister|Minister|Secretary|Director|Ambassador|Governor|Commander|President|Chairman|"
    r"Spokesperson|Spokesman|Counsellor|Counselor|Consul-General|Consul|Attach[eé]|Representative|"
    r"Director-General|Secretary-General|Chief|Head))\s(?:of\s(?:the\s)?[A-Z][A-Za-z]+\s)?"
    r"(?:Gen\.|Adm\.|ACM|Pol\.|Mr\.|Ms\.|Mrs\.|Dr\.)?\s?[A-Z][a-z]+\s[A-Z][a-z\-]+"
)


def cut_title(run: str) -> str:
    run = run.rstrip(".")
    local = LOCAL_RE.match(run)
    if local:
        return local.group(1)
    m = CUT_RE.search(run, 1)
    return run[: m.start()] if m else run


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--every", type=int, default=1, help="read one article in N (default: all)")
    ap.add_argument("--min-count", type=int, default=10, help="print titles seen at least K times")
    args = ap.parse_args(argv)

    th: Counter[str] = Counter()
    th_full: Counter[str] = Counter()
    en: Counter[str] = Counter()
    example: dict[str, str] = {}
    for art in iter_articles(CORPUS_ALL, every=args.every):
        text = nfc(art.get("text") or "")
        for m in NAME_RE.finditer(text):
            run = m.group(1)
            title = cut_title(run)
            if len(title) >= 3:
                th[title] += 1
                example.setdefault(title, " ".join(m.group(0).split())[:90])
            th_full[run] += 1
        for m in EN_AFTER_RE.finditer(text):
            en[re.split(r"\s(?:of|for|to|at|and)\s", m.group(1))[0]] += 1
    for art in iter_articles(CORPUS_EN):
        text = art.get("text") or ""
        for m in EN_AFTER_RE.finditer(text):
            en[re.split(r"\s(?:of|for|to|at|and)\s", m.group(1))[0]] += 1
        for m in EN_BEFORE_RE.finditer(text):
            en[m.group(1)] += 1

    k = args.min_count
    out = sys.stdout
    for key, n in sorted(th.items(), key=lambda kv: (-kv[1], kv[0])):
        if n >= k:
            out.write(f"th\t{n}\t{key}\t{example[key]}\n")
    for key, n in sorted(th_full.items(), key=lambda kv: (-kv[1], kv[0])):
        if n >= k:
            out.write(f"th_full\t{n}\t{key}\n")
    for key, n in sorted(en.items(), key=lambda kv: (-kv[1], kv[0])):
        if n >= max(2, k // 5):
            out.write(f"en\t{n}\t{key}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
