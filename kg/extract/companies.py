"""Companies named after บริษัท: ``บริษัท อาลีบาบา กรุ๊ป จำกัด``, ``บริษัท DP World``, ``กลุ่มบริษัท มินีแบมิตซูมิ
(MinebeaMitsumi Inc.)``. A company's name is written with spaces, which end every other Thai agency name, so
it is read here: up to จำกัด, a corporate word (กรุ๊ป, คอร์ปอเรชั่น), its Thai arm (ประเทศไทย) or an English name in
brackets, or as the run of capitalised English words after บริษัท."""

from __future__ import annotations

import re

from kg.extract.lexicon import COMPANY_WORDS, LATIN_CAPITALS, LATIN_LETTERS, ORG_NAME_ENDS, ORG_STOPS, THAI_CHARS
from kg.extract.segment import words
from kg.ids import slug
from kg.records import OrgRef

_HEAD = re.compile(r"(?:กลุ่ม)?บริษัท(?:สายการบิน)?\s?")
_LATIN_NAME = re.compile(  # FUNDACIÓN BIOPARC: accented letters too
    f"[{LATIN_CAPITALS}0-9][{LATIN_LETTERS}0-9&.'\\-]*(?:\\s(?:[{LATIN_CAPITALS}&][{LATIN_LETTERS}0-9&.'\\-]*|of|and|de|du|la"
    f"|[a-z]+(?=\\s[{LATIN_CAPITALS}])))*")
_LATIN_TAIL = re.compile(r"\s?\((?:ประเทศไทย|ไทย|Thailand)\)")
_LIMITED = re.compile(r"\s?จำกัด(?:\s?\(มหาชน\))?")
_CHUNK = re.compile(f"[{THAI_CHARS}]+(?:[-.][{THAI_CHARS}]+)*(?:\\.(?= ))?")  # วี.คาร์โก, ปตท.
_BRACKET = re.compile(f"\\((?:ประเทศไทย|ไทย|([{LATIN_LETTERS}][{LATIN_LETTERS}0-9&.,' \\-]{{1,60}}))\\)")
_LATIN_BRACKET_AHEAD = re.compile(f" ?\\([{LATIN_CAPITALS}][{LATIN_LETTERS}0-9&.,' \\-]{{1,60}}\\)")
_NUMBER = re.compile(r"\d+(?= )")
_MAX_CHUNKS = 6
_MAX_CHUNK = 20  # a transliterated word; a longer run of Thai letters is the sentence going on


def _name_chunk(chunk: str) -> bool:
    """Whether a space-separated Thai chunk can be part of a company's name, not what the sentence says next."""
    toks = words(chunk) if len(chunk) <= _MAX_CHUNK else []
    return bool(toks) and not (toks[0] in ORG_STOPS or toks[0].startswith(ORG_NAME_ENDS)
                               # บริษัท อีซูซุมอเตอร์ บริษัท ตรีเพชรอีซูซุเซลส์ จำกัด: the next company of a list begins
                               or toks[0] in ("และ", "ที่", "ซึ่ง", "กับ", "ของ", "ว่า", "ได้", "เป็น", "ประเทศ", "บริษัท",
                                              "ประกอบด้วย", "ได้แก่"))


def company_at(text: str, pos: int, limit: int) -> OrgRef | None:
    """The company named at ``pos`` (where บริษัท or กลุ่มบริษัท begins), or None for บริษัทญี่ปุ่น, บริษัทฯ and
    other companies not named."""
    head = _HEAD.match(text, pos, limit)
    if not head:
        return None
    start = head.end()
    latin = _LATIN_NAME.match(text, start, limit)
    # นักธุรกิจไทย 23 บริษัท 35 ราย: a count, not a name (บริษัท 304 อินดัสเตรียล ปาร์ค จำกัด is read as Thai below).
    if latin and any(ch.isalpha() for ch in latin.group()):
        core = latin.group().rstrip(" .,")
        end = start + len(core)
        if tail := _LATIN_TAIL.match(text, end, limit):
            end = tail.end()
        if limited := _LIMITED.match(text, end, limit):
            end = limited.end()
        return _ref(text, pos, end, core, core, "company-latin-name")
    if not head.group().endswith(" "):
        return _thai_glued(text, pos, start, limit)
    return _thai_spaced(text, pos, start, limit)


def _thai_spaced(text: str, pos: int, start: int, limit: int) -> OrgRef | None:
    """บริษัท + space-separated chunks, up to จำกัด, the last corporate word or an English name in brackets."""
    at, chunks, latin_alias, corporate = start, [], None, None
    for _ in range(_MAX_CHUNKS + 1):
        if (bracket := _BRACKET.match(text, at, limit)) and chunks:
            latin_alias = latin_alias or bracket.group(1)
            at = bracket.end()
            if not bracket.group(1):
                # บริษัท แอลพล่า แพคเกจจิ้ง (ประเทศไทย), บริษัท หัวเว่ย เทคโนโลยี (ประเทศไทย): a Thai arm closes the name.
                corporate = (at, len(chunks))
        # บริษัท 304 อินดัสเตรียล ปาร์ค จำกัด: a name may open with a number.
        elif (chunk := _CHUNK.match(text, at, limit) or (None if chunks else _NUMBER.match(text, at, limit))) \
                and _name_chunk(chunk.group()):
            if chunk.group() == "จำกัด":
                if not chunks:
                    return None
                end = _LIMITED.match(text, at - 1 if text[at - 1] == " " else at, limit).end()
                return _ref(text, pos, end, " ".join(chunks), latin_alias, "company-limited")
            chunks.append(chunk.group())
            at = chunk.end()
            if chunk.group().endswith(COMPANY_WORDS):
                corporate = (at, len(chunks))
        else:
            break
        if not corporate and (ahead := _LATIN_BRACKET_AHEAD.match(text, at, limit)) and not _LIMITED.match(
                text, ahead.end(), limit):
            # บริษัท มินีแบมิตซูมิ (MinebeaMitsumi Inc.): the English name in brackets closes the Thai one.
            return _ref(text, pos, at, " ".join(chunks), None, "company-bracketed-name")
        if not text.startswith(" ", at) or text.startswith("  ", at):
            break
        at += 1
    if corporate:
        end, n = corporate
        return _ref(text, pos, end, " ".join(chunks[:n]), latin_alias, "company-corporate-word")
    return None


def _thai_glued(text: str, pos: int, start: int, limit: int) -> OrgRef | None:
    """บริษัทมินีแบมิตซูมิ (MinebeaMitsumi Inc.): a name written on to the head word counts only when its English
    name follows in brackets; otherwise บริษัทญี่ปุ่น, บริษัทที่... are common nouns."""
    chunk = _CHUNK.match(text, start, limit)
    if not chunk or not _name_chunk(chunk.group()) or not _LATIN_BRACKET_AHEAD.match(text, chunk.end(), limit):
        return None
    return _ref(text, pos, chunk.end(), chunk.group(), None, "company-bracketed-name")


def _ref(text: str, pos: int, end: int, core: str, latin: str | None, rule: str) -> OrgRef:
    label = text[pos:end].strip()
    key_name = core.replace(" ", "")  # one key however the name is spaced
    lang = "en" if core.isascii() else "th"
    alts = tuple(dict.fromkeys(a for a in (core, latin) if a and a != label))
    return OrgRef("o-company-" + slug(key_name, keep_hash=True), label, "th", pos, pos + len(label), rule,
                  label_th=label, label_en=latin or (core if lang == "en" else None), alt_labels=alts)
