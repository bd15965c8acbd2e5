"""Sentence spans of Thai news text: lines, cut at discourse markers when a line runs long."""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.lexicon import NOT_NAME_AFTER_HONORIFIC
from kg.extract.segment import dictionary

# Words (regular expressions) that open a new sentence after a space in Thai news prose; ด้าน only before a
# person or a side (ด้านนายกรัฐมนตรี...), for it also ends titles (ผู้ช่วยรัฐมนตรี... ด้านเศรษฐกิจ).
_OPENERS = ("ทั้งนี้", "นอกจากนี้", "ในการนี้", "ในโอกาสนี้", "โอกาสนี้", "ในโอกาสดังกล่าว", "ในวันเดียวกัน", "จากนั้น", "อย่างไรก็ดี",
            "อย่างไรก็ตาม", "ทั้งสองฝ่าย", "โดยทั้งสองฝ่าย", "สำหรับ", "ต่อมา", "ภายหลัง", "พร้อมกันนี้",
            r"ด้าน(?=นาย|นาง|ดร|ฝ่าย|รัฐมนตรี|เอกอัครราชทูต|ทูต|ผู้|ท่าน|พล|H\.E|Mr|Ms)", "ขณะที่", "ในส่วนของ",
            "นอกจากนั้น", "ทั้งสองประเทศ", "ที่ประชุม", "การประชุม", "การหารือ", "การพบปะ", "การเยือน", "ในการประชุม",
            "ในการหารือ")
# เป็นประธาน การประชุม..., เข้าร่วม การประชุม...: after a verb the meeting is its object, no new sentence; nor does
# an English sentence end at a title or a company's abbreviation (H.E. Assoc. Prof. Dr. Linkham...).
_SPLIT = re.compile(r"(?<=\S)(?<!ประธาน)(?<!ร่วม)(?<!เปิด)(?<!จัด) +(?=(?:" + "|".join(_OPENERS)
                    + r"|วันนี้\s?\())"
                    r"|(?<=[a-z]{3}[.!?])" + "".join(rf"(?<!{a}\.)" for a in ("Assoc", "Prof", "Corp", "Capt", "Govt"))
                    + r" +(?=[A-Z\u0e00-\u0e7f])")
MAX_SENTENCE = 2000  # pathological lines are cut into bounded pieces


SHORT_LINE = 120  # a line this short that runs straight into the next one is part of its sentence
# A line opening like this starts a paragraph of its own, however short the line before it.
_PARAGRAPH = re.compile(r"(?:วันนี้|เมื่อวัน|เมื่อ\s?\(|ในวัน|วัน(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|ศุกร์|เสาร์|อาทิตย์)ที่|ที่มา\s?:"
                        r"|" + "|".join(_OPENERS) + ")")


# A line opening so goes on with the line before, however long that line: ... Chief Representative\nและเจ้าหน้าที่
# จาก..., ... คณะนักศึกษาจีน\nในโอกาสเข้าเยี่ยมคารวะ... (และ, or the occasion of what the line before tells); ...
# ผู้ตรวจราชการกระทรวงแรงงาน\nเข้าเยี่ยมคารวะนายคิม... (the verb of a subject the line before names; 94 such lines in
# the 90k corpus); ... นายแพทย์ธีระเกียรติ ... ได้นำคณะผู้แทนประเทศไทย...\nพร้อมคณาจารย์ จำนวน 60 คน เข้าเยี่ยมคารวะ...
# (those who come with the subject the line before names: 342 lines open with พร้อมด้วย or พร้อมคณ...).
_GOES_ON = re.compile(r"และ|ในโอกาส|พร้อม(?:ด้วย|คณ)|(?:ได้)?(?:เข้าร่วม|เข้าพบ|เข้าเยี่ยมคารวะ|เป็นประธาน|ให้การต้อนรับ"
                      r"|(?:ร่วม)?ลงนาม|ร่วมหารือ|ร่วมประชุม|หารือ)")

# นายศราวุธ\nสุดงูเหลือม 10) ..., นายสมศักดิ์\nอภิวันทนกุล ผู้ช่วยปลัดกระทรวง...: a name wrapped between given name and
# surname (about 70 stories of the 90k corpus) goes on over the line, however long the line.
_GIVEN_AT_LINE_END = re.compile(r"(?:^|(?<=[\s\d.)]))(นาย|นางสาว|นาง)([\u0e01-\u0e4e]{2,15})$")
_SURNAME_AT_LINE_START = re.compile(r"(?!นาย|นาง)[\u0e01-\u0e4e]{2,20}(?=[ \xa0\n]|$)")


def wrapped_surname(text: str, nl: int, end: int) -> re.Match[str] | None:
    """The surname opening the line after the break at ``nl`` when the line ends with an honorific and a given
    name: a word no dictionary knows (not เช้าวันนี้), after no word that follows นาย as no name does (นายกรัฐมนตรี)."""
    given = _GIVEN_AT_LINE_END.search(text, max(0, nl - 24), nl)
    if given is None or (given.group(1) == "นาย" and given.group(2).startswith(NOT_NAME_AFTER_HONORIFIC)):
        return None
    m = _SURNAME_AT_LINE_START.match(text, nl + 1, end)
    return m if m is not None and m.group() not in dictionary() else None


# ● หารือกับเอกอัครราชทูต...: a bulleted line heads what follows; it is no sentence cut short.
_BULLET = re.compile(r"\s*[●•▪■◆○◦✓➢➤►]")


def _line_end(text: str, pos: int, end: int, headline: str = "") -> int:
    """End of the logical line at ``pos``: short lines broken mid-sentence (no blank line) are joined, but for
    the ``headline`` repeated on a line of its own, which is no sentence's beginning."""
    while True:
        nl = text.find("\n", pos, end)
        if nl < 0:
            return end
        nxt = nl + 1
        # สรุปสาระสำคัญของการหารือ ดังนี้: a line announcing what follows heads it and goes on with nothing.
        if ((nl - pos < SHORT_LINE or _GOES_ON.match(text, nxt) or wrapped_surname(text, nl, end))
                and nxt < end and text[nxt] != "\n"
                and not text[pos:nl].rstrip().endswith(("ดังนี้", "ดังต่อไปนี้"))
                and not text[nxt].isspace() and not _PARAGRAPH.match(text, nxt) and not _BULLET.match(text, pos)
                and not (headline and text[pos:nl].strip() == headline)):
            pos = nxt
            continue
        return nl


def sentence_spans(text: str, start: int = 0, end: int | None = None, min_len: int = 80,
                   headline: str = "") -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence in ``text[start:end]``; whitespace is trimmed off both ends."""
    end = len(text) if end is None else end
    headline = headline.strip()
    pos = start
    while pos < end:
        line_end = _line_end(text, pos, end, headline)
        seg_start = pos
        for m in _SPLIT.finditer(text, pos, line_end):
            # a headline glued to its lede (... วันนี้ (30 กันยายน 2562) ...) is cut however short it is
            if m.start() - seg_start >= (20 if text.startswith("วันนี้", m.end()) else min_len):
                yield from _trimmed(text, seg_start, m.start())
                seg_start = m.end()
        yield from _trimmed(text, seg_start, line_end)
        pos = line_end + 1


def _trimmed(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if end > start:
        yield start, end
