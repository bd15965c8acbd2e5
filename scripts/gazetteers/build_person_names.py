"""Build ``data/gazetteers/person_names.tsv``: reviewed Thai-script <-> Latin-script person names.

Sources: ``../shared/gazetteers/thaigov_thai_latin_name_pairs.tsv`` (1,132 silver pairs mined from
public-domain thaigov.go.th texts with the pattern ``<Thai title+name> (<H.E./Mr./Ms. Latin name>)``), and
``data/gazetteers/person_names_corpus.tsv``: the pairs the extractor itself joins inside one article of the
90k corpus (``mine_person_names.py``), taken where their sound-alike score is at least ``CORPUS_MIN_SCORE``.

Steps, all mechanical and deterministic:

1. Thai side: keep the text after the last honorific (นาย, นาง, นางสาว, ดร., นายแพทย์, ศาสตราจารย์,
   พลเอก, ...) that opens a name, so ``นายกรัฐมนตรี พบหารือกับนายชินโซ อาเบะ`` gives
   ``ชินโซ อาเบะ``; the honorific itself is dropped.
2. Latin side: drop honorifics and ranks (H.E., His/Her Excellency, Mr., Mrs., Ms., Dr., Prof.,
   General, Sir, Dato', Tan Sri, ...), normalise spaces.
3. Reject (printed to stdout with the reason, never written): a Thai side that still carries a
   title or a clause (เอกอัครราชทูต, รัฐมนตรี, กระทรวง, หารือ, ...), more than six words, non-Thai
   letters or digits; a Latin side with non-Latin letters, digits, one word only or more than seven;
   Thai and Latin word counts that differ by three or more (a truncated or merged name).
4. Drop the pairs listed in ``data/gazetteers/person_names_rejected.tsv`` (``thai<TAB>latin<TAB>reason``,
   the cleaned forms): the removals decided by eye during review.
5. Merge pairs that became identical, summing their counts.

Output columns ``thai  latin  count``, sorted by ``thai`` then ``latin``. With ``--review`` the script
also prints every kept pair with a crude sound-alike score (Thai romanised with pythainlp's
``royin`` against the Latin form), lowest first, which is the list reviewed by eye.

Usage (from the repository root)::

    /work/venv/bin/python scripts/gazetteers/build_person_names.py [--review]
"""
from __future__ import annotations

import argparse
import csv
import re
import sys

from _common import GAZ_SHARED, OUT_DIR, nfc, write_tsv

SOURCE = GAZ_SHARED / "thaigov_thai_latin_name_pairs.tsv"
CORPUS_PAIRS = OUT_DIR / "person_names_corpus.tsv"
# Below this the extractor's join is as often two people side by side as one person written twice (review).
CORPUS_MIN_SCORE = 0.5
REJECTED = OUT_DIR / "person_names_rejected.tsv"
HEADER = ["thai", "latin", "count"]

TH_HONORIFICS = (
    "ผู้ช่วยศาสตราจารย์", "รองศาสตราจารย์", "ศาสตราจารย์", "พลอากาศเอก", "พลเรือเอก", "พลตำรวจเอก",
    "พลเอก", "พลโท", "พลตรี", "พันเอก", "แพทย์หญิง", "นายแพทย์", "นางสาว", "นาง", "นาย", "น.ส.",
    "ดอกเตอร์", "ด็อกเตอร์", "ดร.", "ศ.", "รศ.", "ผศ.", "นพ.", "พญ.", "พล.อ.", "ฯพณฯ", "ท่าน",
    "ตันศรี", "ดาโต๊ะศรี", "ดาโต๊ะ", "ดาโต๊ะ ศรี", "มาดาม", "มิสเตอร์", "คุณหญิง", "คุณ", "ปริญญาเอก",
)
# an honorific opens a name at the start, after a space or after these linking words
TH_LINKS = (
    "กับ", "แก่", "จาก", "ด้วย", "และ", "ต่อ", "ของ", "ให้", "โดย", "มี", "หารือ", "ต้อนรับ", "คารวะ",
    "พบ", "ถึง", "ภายหลัง", "ทวิภาคี", "เชิญ", "เยือน",
)
_th_hon = "|".join(re.escape(h) for h in sorted(TH_HONORIFICS, key=len, reverse=True))
_th_links = "|".join(f"(?<={w})" for w in TH_LINKS)
# นายก (นายกรัฐมนตรี, นายกฯ, นายกเทศมนตรี, นายกสมาคม) is a title, not นาย + a name
# and an honorific never ends before a dependent vowel or tone mark (นางะโมริ is a name)
TH_OPEN_RE = re.compile(
    rf"(?:^|(?<=\s)|{_th_links})(?:(?:{_th_hon})\s?)+(?!กรัฐ|กฯ|กเทศ|กสมาคม|ก\s|[\u0e30-\u0e3a\u0e45-\u0e4e])"
)
# title or clause words: long ones anywhere, short ones (which occur inside transliterated names,
# e.g. ฟรองซัวส์ holds รอง) only at the start of a word
TH_TITLE_WORDS_ANYWHERE = (
    "เอกอัครราชทูต", "อัครราชทูต", "รัฐมนตรี", "กระทรวง", "ประธาน", "ผู้อำนวยการ", "เลขาธิการ",
    "อธิบดี", "ประจำ", "หารือ", "เยือน", "กล่าว", "ผู้แทน", "องค์การ", "กรรมการ", "บริษัท", "ประเทศ",
    "เจ้าหน้าที่", "หัวหน้า", "ที่ปรึกษา", "ฯ",
)
TH_TITLE_WORDS_START = ("ทูต", "ปลัด", "นายก", "ผู้ว่า", "สถาน", "รอง", "ผู้ช่วย", "แห่ง")
LATIN_HONORIFICS = (
    r"H\.\s?E\.?", r"HE", r"His Excellency", r"Her Excellency", r"Excellency", r"Mr\.?", r"Mrs\.?",
    r"Ms\.?", r"Miss", r"Mme\.?", r"Madam", r"Dr\.?", r"Prof\.?", r"Professor", r"Sir", r"Dame",
    r"Dato'?\s?Sri", r"Datuk\s?Seri", r"Dato'?", r"Datuk", r"Tan Sri", r"General", r"Gen\.",
    r"Admiral", r"Adm\.", r"Hon\.", r"The Honourable", r"Honourable", r"Honorable", r"Rt\.?\s?Hon\.?",
    r"Ambassador", r"Amb\.", r"Ir\.",
)
LATIN_HON_RE = re.compile(r"^(?:(?:" + "|".join(LATIN_HONORIFICS) + r")(?:\s+|(?<=\.)))+")
LATIN_INNER_HON_RE = re.compile(r"(?:^|\s)(?:H\.E\.|Mr\.|Mrs\.|Ms\.|Dr\.)\s?")
POSTNOMINALS = {"MP", "PSM", "OBE", "CMG", "KBE", "CBE", "MBE", "T.D.", "TD", "AO", "AM", "QC", "KC", "Director"}
LATIN_NOT_NAME = {
    "Committee", "Debate", "Assembly", "Organization", "Organisation", "Universe", "Queen",
    "International", "Border", "Council", "Ministry", "President", "Minister", "Secretary",
    "Ambassador", "Bank", "Forum", "Meeting", "Embassy", "Company", "Group", "Association",
}
THAI_NAME_RE = re.compile(r"^[\u0e01-\u0e4e]+(?:[\s\-][\u0e01-\u0e4e]+)*$")
LATIN_NAME_RE = re.compile(r"^[A-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỹ'’\-\.]+(?:\s[A-Za-zÀ-ÖØ-öø-ÿĀ-žḀ-ỹ'’\-\.]+)*$")


def is_title_token(tok: str) -> bool:
    return any(w in tok for w in TH_TITLE_WORDS_ANYWHERE) or any(tok.startswith(w) for w in TH_TITLE_WORDS_START)


def clean_thai(raw: str) -> str:
    """The name after the last honorific that opens one, cut before the first title word."""
    text = " ".join(nfc(raw).split())
    opens = list(TH_OPEN_RE.finditer(text))
    if opens:
        # the last opening that leaves a full name (two words or more); คุณวรรเทนะ is a family name
        full = [m for m in opens if len(text[m.end():].split()) >= 2]
        text = text[(full or opens)[-1].end():]
    words = text.split()
    for i, tok in enumerate(words):
        if i > 0 and is_title_token(tok):
            words = words[:i]
            break
    return " ".join(words).strip(" ,.-")


def clean_latin(raw: str) -> str:
    text = " ".join(nfc(raw).replace("’", "'").split())
    inner = list(LATIN_INNER_HON_RE.finditer(text))
    if inner:  # "Yasuaki Mrs. Eiko KAWASHITA": the name after the last honorific
        text = text[inner[-1].end():]
    text = LATIN_HON_RE.sub("", text)
    words = text.split()
    while words and words[-1].strip(",") in POSTNOMINALS:
        words.pop()
    text = " ".join(words)
    text = re.sub(r"(?<=[a-z])(?=[A-Z][a-z])", " ", text)  # glued "DengXiaogang" -> "Deng Xiaogang"
    return text.strip(" ,")


def thai_problem(thai: str) -> str | None:
    if not thai:
        return "Thai side empty after removing the honorific"
    if any(is_title_token(tok) for tok in thai.split()):
        return "Thai side carries a title or a clause, not only a name"
    if not THAI_NAME_RE.match(thai):
        return "Thai side has non-Thai characters or digits"
    if len(thai.split()) > 6:
        return "Thai side longer than six words"
    return None


def latin_problem(latin: str) -> str | None:
    if not LATIN_NAME_RE.match(latin):
        return "Latin side has non-Latin characters or digits"
    if any(w in LATIN_NOT_NAME for w in latin.split()):
        return "Latin side is not a person's name (an event, body or title)"
    n = len(latin.split())
    if n < 2:
        return "Latin side is one word (a title or a truncated name)"
    if n > 7:
        return "Latin side longer than seven words"
    return None


def sound_score(thai: str, latin: str) -> float:
    from kg.normalize import sound_score as score  # the project's own sound-alike test

    return score(thai, latin)


def load_rejected() -> set[tuple[str, str]]:
    if not REJECTED.exists():
        return set()
    lines = REJECTED.read_text(encoding="utf-8").splitlines()
    if lines[0].split("\t") != ["thai", "latin", "reason"]:
        raise SystemExit(f"{REJECTED}: header must be thai<TAB>latin<TAB>reason")
    out = set()
    for n, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != 3 or not cells[2].strip():
            raise SystemExit(f"{REJECTED}:{n}: expected thai<TAB>latin<TAB>reason, got {line!r}")
        out.add((nfc(cells[0]), nfc(cells[1])))
    return out


def build(verbose: bool = True) -> dict[tuple[str, str], int]:
    rejected = load_rejected()
    used_rejections: set[tuple[str, str]] = set()
    kept: dict[tuple[str, str], int] = {}
    with SOURCE.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    if CORPUS_PAIRS.exists():
        with CORPUS_PAIRS.open(encoding="utf-8", newline="") as fh:
            rows += [{"thai_name": r["thai"], "latin_name": r["latin"], "count": r["articles"]}
                     for r in csv.DictReader(fh, delimiter="\t") if float(r["score"]) >= CORPUS_MIN_SCORE]
    for r in rows:
        thai, latin, count = clean_thai(r["thai_name"]), clean_latin(r["latin_name"]), int(r["count"])
        problem = thai_problem(thai) or latin_problem(latin)
        if problem is None:
            nt, nl = len(thai.split()), len(latin.split())
            if abs(nt - nl) >= 3:
                problem = f"word counts differ ({nt} Thai, {nl} Latin): truncated or merged name"
        if problem:
            if verbose:
                print(f"reject\t{problem}\t{r['thai_name']}\t{r['latin_name']}")
            continue
        if (thai, latin) in rejected:
            used_rejections.add((thai, latin))
            continue
        kept[(thai, latin)] = kept.get((thai, latin), 0) + count
    for pair in sorted(rejected - used_rejections):
        print(f"warning\t{REJECTED.name} lists a pair the source no longer yields\t{pair[0]}\t{pair[1]}")
    return kept


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--review", action="store_true", help="print kept pairs by sound-alike score, lowest first")
    ap.add_argument("--quiet", action="store_true", help="do not print the mechanical rejections")
    args = ap.parse_args(argv)
    kept = build(verbose=not args.quiet)
    rows = [[th, lat, str(n)] for (th, lat), n in sorted(kept.items())]
    out = OUT_DIR / "person_names.tsv"
    n = write_tsv(out, HEADER, rows)
    if args.review:
        scored = sorted((sound_score(th, lat), th, lat) for th, lat, _ in rows)
        for score, th, lat in scored:
            print(f"review\t{score:.2f}\t{th}\t{lat}")
    print(f"wrote {out.relative_to(OUT_DIR.parents[1])}: {n} pairs")
    return 0


if __name__ == "__main__":
    sys.exit(main())
