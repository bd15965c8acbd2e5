"""Sentence spans of Thai news text: lines, cut at discourse markers when a line runs long."""

from __future__ import annotations

import re
from collections.abc import Iterator

# Words that open a new sentence after a space in Thai news prose.
_OPENERS = ("ทั้งนี้", "นอกจากนี้", "ในการนี้", "ในโอกาสนี้", "ในโอกาสดังกล่าว", "จากนั้น", "อย่างไรก็ดี",
            "อย่างไรก็ตาม", "ทั้งสองฝ่าย", "โดยทั้งสองฝ่าย", "สำหรับ", "ต่อมา", "ภายหลัง", "พร้อมกันนี้",
            "ด้าน", "ขณะที่", "ในส่วนของ", "นอกจากนั้น", "ทั้งสองประเทศ", "ที่ประชุม", "การประชุม", "การหารือ",
            "การพบปะ", "การเยือน", "ในการประชุม", "ในการหารือ")
_SPLIT = re.compile(r"(?<=\S) +(?=(?:" + "|".join(_OPENERS) + r"))|(?<=[a-z]{3}[.!?]) +(?=[A-Z\u0e00-\u0e7f])")
MAX_SENTENCE = 2000  # pathological lines are cut into bounded pieces


def sentence_spans(text: str, start: int = 0, end: int | None = None, min_len: int = 80) -> Iterator[tuple[int, int]]:
    """``(start, end)`` of each sentence in ``text[start:end]``; whitespace is trimmed off both ends."""
    end = len(text) if end is None else end
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        seg_start = pos
        for m in _SPLIT.finditer(text, pos, line_end):
            if m.start() - seg_start >= min_len:
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
