"""Position phrases: a title from the positions gazetteer, what extends it, and the organisation after it
(``รองอธิบดีกรมความร่วมมือระหว่างประเทศ``, ``Director of First Country Assistance Planning Division, ...``)."""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract.lexicon import ORG_HEADS, THAI_CHARS, misspelt
from kg.extract.orgs import (
    GLUED_PARENT,
    OF_AT,
    UNIT_HEADS,
    UNIT_LEADERS,
    UNIT_TO_PARENT,
    board_office,
    bracketed_parent,
    country_at,
    embassy_at,
    faculty_at,
    foreign_ministry,
    head_word,
    latin_ref,
    mission_at,
    org_at,
    org_from_entry,
    org_read_apart,
    pao_of_post,
    province_of_post,
    provincial_office_of_post,
    regional_office_of_post,
    short_ministry,
    unit_at,
    with_aliases,
)
from kg.extract.segment import words
from kg.gazetteer import Gazetteer
from kg.ids import slug
from kg.records import OrgRef, TitlePhrase

_STAFF_TITLES = ("ที่ปรึกษา", "เลขานุการ", "ผู้ช่วยเลขานุการ", "คณะทำงาน", "หัวหน้าคณะทำงาน", "ผู้ช่วย")
_MINISTER = re.compile(r"รมว\.|รมช\.|รัฐมนตรี")
_POLICE_CHIEFS = frozenset({"ผู้บัญชาการตำรวจแห่งชาติ", "รองผู้บัญชาการตำรวจแห่งชาติ", "ผู้ช่วยผู้บัญชาการตำรวจแห่งชาติ"})
_COMMISSION_SEATS = frozenset({"กรรมการ", "ประธานกรรมการ", "รองประธานกรรมการ"})  # a commissioner's seats
_NAMES_ITS_OFFICE = frozenset({"ข้าหลวงใหญ่"})  # titles an office is named after (สำนักงานข้าหลวงใหญ่...)
_AMBASSADOR_TITLES = ("เอกอัครราชทูต", "ออท.", "อัครราชทูต", "อุปทูต", "ผู้ช่วยทูต", "กงสุลใหญ่", "Ambassador",
                      *misspelt("อัครราชทูต"), *misspelt("เอกอัครราชทูต"))
_THAI_EXT = re.compile(f"[{THAI_CHARS}]+")
_LATIN_OF = re.compile(r",?\s*(?:of|at|,)\s+(?:the\s+)?")
_LATIN_NAME_RUN = re.compile(r"[A-Z][A-Za-z0-9&.\-]*(?: [A-Z0-9][A-Za-z0-9&.\-]*){0,5}(?=\s?(?:[,(\u0e01-\u0e4e]|$))")
_SEP = re.compile(r"[ ,]{0,3}")
_PARTY_FROM = re.compile(r",?\s?และ(?:คณะ(?:ผู้แทน|ผู้บริหาร|เจ้าหน้าที่)?|เจ้าหน้าที่)(?:จาก)?\s?")
# (นักบริหาร ระดับสูง), (ผู้ตรวจราชการกระทรวงระดับสูง), (นักบริหารสูง): the grade of a civil-service post.
_GRADE = re.compile(r"\s?\((?:ตำแหน่ง)?(?:นักบริหาร(?:การทูต)?|นักปกครอง|ผู้ตรวจราชการกระทรวง|ผู้อำนวยการ|ประเภทบริหาร)"
                    r"\s?(?:ระดับ)?\s?(?:สูง|ต้น|กลาง)\)")
# นายแพทย์ทรงคุณวุฒิ (ด้านเวชกรรม สาขากุมารเวชกรรม) โรงพยาบาล...: a field or grade in brackets, one pair nested at most;
# square ones too (ผู้อำนวยการสำนักงาน [ผู้อำนวยการเฉพาะด้าน (แพทย์) สูง] สำนักงานป้องกันควบคุมโรคที่ 9).
_QUALIFIER = re.compile(r"\s?(?:\((?:[^()\n]|\([^()\n]*\)){2,60}\)|\[(?:[^\[\]()\n]|\([^()\n]*\)){2,60}\])")
# อธิบดี (นักบริหาร) ประเภทบริหาร ระดับสูง กรมสุขภาพจิต: the class and level of a civil-service post, after its grade.
_CLASS = re.compile(r"\s?ประเภท(?:บริหาร|อำนวยการ|วิชาการ|ทั่วไป)\s?ระดับ\s?(?:สูง|ต้น|ทรงคุณวุฒิ|เชี่ยวชาญ|ชำนาญการพิเศษ"
                   r"|ชำนาญการ|ปฏิบัติการ|ชำนาญงาน|อาวุโส)")
_HEAD_BEFORE_GRADE = re.compile(r"(?:โรงพยาบาล|สำนักงาน|สำนัก|กอง|ศูนย์|สถาบัน)(?= [(\[])")
_PREP = re.compile(r"[ ,]{0,3}(?:(?:ประจำ|แห่ง|ของ)\s?)?")
_SEAT_IN = re.compile(r"(?:ไทย|ประเทศไทย|รัฐบาลไทย)?\s?ใน\s?(?=คณะ|สภา|องค์)")


_TITLE_STOPS = frozenset({"ประจำ", "แห่ง", "ของ", "ณ", "ได้", "ให้", "ให้การ", "เป็น", "กล่าว", "พร้อม", "พร้อมด้วย",
                          "เข้า", "ร่วม", "และ", "ใน", "ที่", "ซึ่ง", "โดย", "เพื่อ", "กับ", "จาก", "เมื่อ", "นาย",
                          "นาง", "นางสาว", "สมเด็จ", "ต่อ", "แก่", "ถึง", "ว่า", "คณะ", "ฯ", "เดิม",
                          # เป็นกรรมการแทน นายสรณ..., กรรมการผู้ช่วยรัฐมนตรีอีกหนึ่งวาระ, รองนายกรัฐมนตรีปฏิบัติหน้าที่แทน...:
                          # whom the seat passes from, its term, whom one acts for; ลง(พื้นที่), a verb;
                          # นายกรัฐมนตรีตามประกาศลงวันที่...: the order one holds the post by.
                          "แทน", "อีก", "ปฏิบัติหน้าที่", "ลง", "ตาม"})


# A title runs into the verb of its sentence with no space (นายกรัฐมนตรีได้มาเยือน, นายกรัฐมนตรีออกเดินทาง): these
# begin no title word.
_VERB_STARTS = ("กล่าว", "ได้", "เป็น", "ให้", "พร้อม", "เดินทาง", "เข้า", "ซึ่ง", "จะ", "ยัง", "ก็", "มี", "ไม่",
                "แสดง", "ขอบคุณ", "เห็น", "ชื่นชม", "หารือ", "ต้อนรับ", "นำ", "มอบ", "ลงนาม", "รับ", "ระบุ", "เผย",
                "แจ้ง", "ชี้แจง", "เน้น", "ย้ำ", "มา", "ไป", "ยินดี", "เปิดเผย", "เยี่ยม", "เยือน", "พบ", "เคย", "จึง",
                "ขอ", "ทรง", "เตรียม", "ต้อง", "สามารถ", "เฝ้า", "ถวาย", "กราบ", "ประกอบด้วย", "เปิด", "ออก")
# Nouns that begin with a verb above (มาตรฐาน, ไปรษณีย์): words of a title, not its sentence's verb.
_NOT_VERBS = frozenset({"มาตรฐาน", "มาตรการ", "ไปรษณีย์", "ขอนแก่น", "มีนบุรี", "ออกแบบ"})
# คนใหม่, คนก่อน, คนที่ 1: which holder of the post, no word of its title (the gold gives the bare title too).
_WHICH_ONE = frozenset({"ใหม่", "ก่อน", "ปัจจุบัน", "เดิม", "ล่าสุด", "ที่"})
_CO_CHAIR_OF = ("ของ", "คณะ", "ฝ่าย", "(", "ฯ")
_GROUPS = ("ทูต", "ผู้แทน", "ทำงาน", "กรรมการ", "อนุกรรมการ", "เจ้าหน้าที่")  # คณะทูต, คณะทำงาน: a body, not "and party"


def side_at(text: str, pos: int, gaz: Gazetteer) -> bool:
    """Whether a country's side is named at ``pos``: the country, after ฝ่าย or not (ฝ่ายไทย, ไทย)."""
    return country_at(text, pos + 4 * text.startswith("ฝ่าย", pos), gaz) is not None


def _extend_thai_title(text: str, pos: int, limit: int, gaz: Gazetteer, start: int | None = None) -> int:
    """Thai titles run on (อัครราชทูตฝ่ายการเมือง) up to an agency head, a country, a connective or a space;
    a field of work keeps its และ (ที่ปรึกษาฝ่ายเศรษฐกิจและการค้า) and a body its คณะ (รองหัวหน้าคณะทูต)."""
    m = _THAI_EXT.match(text, pos, min(limit, pos + 80))
    # กรรมการผู้ทรงคุณวุฒิโรงแรมประเภทที่ 1, ...ผู้ทรงคุณวุฒิด้านกฎหมาย: the field of an expert member qualifies the seat;
    # the title is the seat's.
    if not m or text.endswith("ผู้ทรงคุณวุฒิ", 0, pos):
        return pos
    offset = pos
    tokens = words(m.group())
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        so_far = text[pos if start is None else start:offset]
        field = tok == "และ" and ("ด้าน" in so_far or "ฝ่าย" in so_far) and nxt and not (
            nxt in _TITLE_STOPS or gaz.position_matcher.match_at(text, offset + 3))
        # หัวหน้าคณะฝ่ายไทย, หัวหน้าคณะผู้แทนฝ่ายกัมพูชา: the head of one side's party; the side is no part of the title.
        side = tok == "ฝ่าย" and side_at(text, offset, gaz)
        body = tok == "คณะ" and (nxt in _GROUPS or (nxt == "ฝ่าย" and side_at(text, offset + len(tok), gaz)))
        # ในฐานะประธานร่วมคณะทำงาน..., ประธานร่วมของการประชุม...: a co-chair's title (the body co-chaired is named
        # after it), not the verb ร่วม.
        if tok == "ร่วม" and text.endswith("ประธาน", 0, offset) and (nxt.startswith(_CO_CHAIR_OF) or not nxt.strip()):
            return offset + len(tok)
        # ผู้อำนวยการฝ่ายประกันสังคม JICA: the head of a unit, which the ฝ่าย after an attaché's title is not.
        unit = so_far in UNIT_LEADERS and unit_at(text, offset, gaz, limit) is not None
        # รองผู้ว่าราชการจังหวัดรักษาราชการแทนผู้ว่าราชการจังหวัดพิจิตร: an acting post keeps its แทน.
        acting = tok == "แทน" and so_far.endswith(("รักษาราชการ", "รักษาการ", "ปฏิบัติราชการ"))
        if unit or side or (not (field or body or acting) and (
                tok in _TITLE_STOPS or (tok.startswith(_VERB_STARTS) and tok not in _NOT_VERBS)
                or (tok == "คน" and nxt in _WHICH_ONE)
                or text.startswith(ORG_HEADS, offset) or embassy_at(text, offset, gaz) is not None
                or country_at(text, offset, gaz) or faculty_at(text, offset)
                or gaz.org_matcher.match_at(text, offset) or gaz.position_matcher.match_at(text, offset))):
            break
        offset += len(tok)
    return offset


def _has_org(text: str, title_end: int, limit: int, gaz: Gazetteer) -> bool:
    """Whether an agency follows a title ending at ``title_end`` (or ends it: รัฐมนตรีว่าการกระทรวง...)."""
    for head in ("กระทรวง", "กรม", "สำนักงาน"):
        if text.endswith(head, 0, title_end) and org_at(text, title_end - len(head), gaz, limit):
            return True
    ext = _extend_thai_title(text, title_end, limit, gaz)
    sep = _PREP.match(text, ext, limit)
    return org_at(text, sep.end() if sep else ext, gaz, limit) is not None


_BOARD_ABBREVIATION = re.compile(r" ?([ก-ฮ]{1,5}(?:\.[ก-ฮ]{1,4})*\.)(?![ก-๙0-9])")


def _office_of_the_board(text: str, pos: int, limit: int, gaz: Gazetteer) -> OrgRef | None:
    """The known office (สำนักงานคณะกรรมการ...) of the board named at ``pos``, in words or by the abbreviation the
    office's name is written with (เลขาธิการ ก.พ.: สำนักงาน ก.พ., though ก.พ. alone is February too)."""
    if (office := board_office(text, pos, limit, gaz)) is not None:
        return org_from_entry(office[1], text, pos, office[0], gaz, "office-of-the-board")
    if (abbr := _BOARD_ABBREVIATION.match(text, pos, limit)) is None:
        return None
    name = "สำนักงาน " + abbr.group(1)
    hit = gaz.org_matcher.match_at(name, 0)
    if hit is None or hit[0] != len(name):
        return None
    return org_from_entry(hit[1], text, abbr.start(1), abbr.end(), gaz, "office-of-the-board")


_SIDE_SERVED = re.compile(r"ฝ่าย(?:การเมือง|บริหาร)$")


def _office_the_title_names(text: str, pos: int, end: int, limit: int, gaz: Gazetteer) -> OrgRef | None:
    """The known Thai office the title from ``pos`` to ``end`` names when read, less a deputy's or an assistant's word,
    as if สำนักงาน were written before it, as สนง. is read, or สำนัก before a secretary-general's (สำนักเลขาธิการ
    นายกรัฐมนตรี); named by the office's own name, not the title's words."""
    core = text[pos:end].removeprefix("รอง").removeprefix("ผู้ช่วย")
    # รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง: a deputy secretary-general to the prime minister is of his secretariat
    # (สำนักเลขาธิการนายกรัฐมนตรี), whichever side he serves.
    side = _SIDE_SERVED.search(core)
    end_of_office = end - len(side.group()) if side else end
    ref = org_read_apart(text, end - len(core), gaz, limit, "สำนักงาน")
    if (ref is None or ref.end != end_of_office) and core.startswith("เลขาธิการ"):
        ref = org_read_apart(text, end - len(core), gaz, limit, "สำนัก")
    if ref is None or ref.end != end_of_office or ref.country != "TH" or not ref.label_th:
        return None
    return replace(ref, rule="office-of-the-title", label=ref.label_th, alt_labels=())


def _head_shared_with_the_title(text: str, at: int, gaz: Gazetteer, limit: int) -> OrgRef | None:
    """The agency named from ``at``, where a title ends with the agency's head word: ปลัดกระทรวงมหาดไทย, and
    เจ้ากรมกิจการชายแดนทหาร, whose title and head the segmenter reads as one word (เจ้ากรม). Read apart from
    the title, the name must run to the end of the written word or to และ (not เจ้ากรมส่ง|กำลังบำรุงทหาร)."""
    ref = org_at(text, at, gaz, limit)
    if ref is None and (alone := org_read_apart(text, at, gaz, limit)) is not None and (
            not "\u0e01" <= text[alone.end:alone.end + 1] <= "\u0e4e" or text.startswith("และ", alone.end)):
        ref = alone
    return ref


def _another_person_or_post(run: str, gaz: Gazetteer) -> bool:
    """Whether Latin words after a title's comma begin another's name (Mr. Thakorn Piyapan) or a second title (CFO)."""
    first = run.split()[0].rstrip(".")
    return (any(kind == "english" and form.rstrip(".") == first for form, kind in gaz.honorifics.items())
            or gaz.position_matcher.match_at(run, 0) is not None)


def _body_read_with(prefix: str, text: str, at: int, limit: int, gaz: Gazetteer,
                    rule: str) -> tuple[OrgRef, int] | None:
    """The gazetteer body whose name is ``prefix`` and the text from ``at`` (a title glued to the rest of its body's
    name: กรรมการ...แห่งชาติ without its คณะ, ข้าหลวงใหญ่... without its สำนักงาน), labelled by its own name, and where it
    ends in ``text``; or None. Unlike :func:`_office_the_title_names`, the body's name may run on past the title."""
    hit = gaz.org_matcher.match_at(prefix + text[at:limit], 0)
    if hit is None:
        return None
    body_end = at + hit[0] - len(prefix)
    ref = org_from_entry(hit[1], text, at, body_end, gaz, rule)
    return replace(ref, label=hit[1].label_th, alt_labels=tuple(a for a in ref.alt_labels
                                                                  if a != text[at:body_end])), body_end


def title_at(text: str, pos: int, limit: int, gaz: Gazetteer) -> TitlePhrase | None:
    """The title phrase starting at ``pos``, with its organisation chain, or None."""
    hit = gaz.position_matcher.match_at(text, pos)
    if not hit:
        return None
    end, entry = hit
    lang = "en" if text[pos:pos + 1].isascii() else "th"
    # ผู้อำนวยการฝ่ายประกันสังคม JICA: the title heads the unit named from its ฝ่าย on.
    if (text[pos:end].endswith(UNIT_HEADS) and text[pos:end - 4] in UNIT_LEADERS
            and unit_at(text, end - 4, gaz, limit)):
        inner = gaz.position_matcher.match_at(text, pos, end - 4)
        if inner is not None and inner[0] == end - 4:
            end, entry = inner
    # เลขาธิการคณะกรรมการการอาชีวศึกษา, รองเลขาธิการคณะกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งชาติ: the secretary-general
    # of a board heads its office (สำนักงานคณะกรรมการ...), where the gazetteer knows one.
    if lang == "th" and text[pos:end].endswith("เลขาธิการ") and (office := _office_of_the_board(text, end, limit, gaz)):
        return TitlePhrase(text[pos:end], lang, pos, office.end, (office,), entry.kind)
    # ประธานกรรมการการเลือกตั้ง, กรรมการสิทธิมนุษยชนแห่งชาติ: a seat written glued to its commission's name without คณะ
    # is a seat on the commission the gazetteer knows (62 such mentions in the 90k).
    seat = end - len("กรรมการ")  # where the commission's name, less its คณะ, begins
    if (lang == "th" and text[pos:end] in _COMMISSION_SEATS
            and (board := _body_read_with("คณะ", text, seat, min(limit, end + 90), gaz, "commission-of-the-seat"))
            and board[1] - seat > len("กรรมการ") and board[0].label_th.startswith("คณะกรรมการ")):
        return TitlePhrase(text[pos:end], lang, pos, board[1], (board[0],), entry.kind)
    # ข้าหลวงใหญ่ผู้ลี้ภัยแห่งสหประชาชาติ: a title written with the rest of the name of the office named after it
    # (สำนักงานข้าหลวงใหญ่ผู้ลี้ภัยแห่งสหประชาชาติ), where the gazetteer knows one, is held in that office.
    if (lang == "th" and text[pos:end] in _NAMES_ITS_OFFICE
            and (office := _body_read_with("สำนักงาน", text, pos, min(limit, pos + 120), gaz,
                                           "office-named-after-the-title"))
            and office[1] > end):
        return TitlePhrase(text[pos:end], lang, pos, office[1], (office[0],), entry.kind)
    # ผู้อำนวยการสำนัก (ผู้อำนวยการระดับสูง) สำนักจัดระบบบริการทางการแพทย์: the title names the head word of the agency
    # named after its grade (about 100 in the 90k).
    if lang == "th" and (head := _HEAD_BEFORE_GRADE.match(text, end, limit)):
        grade = _GRADE.match(text, head.end(), limit) or _QUALIFIER.match(text, head.end(), limit)
        if grade and text.startswith(" " + head.group(), grade.end()) and org_at(text, grade.end() + 1, gaz, limit):
            end = head.end()
    # ผู้ว่าราชการจังหวัดระยอง, ผู้ว่าราชการจังหวัด (นักปกครอง ระดับสูง) จังหวัดกาฬสินธุ์: a provincial post is held in
    # its province; the chief executive of a provincial administrative organisation, in that organisation; a provincial
    # officer, in his office (พาณิชย์จังหวัดน่าน: สำนักงานพาณิชย์จังหวัดน่าน).
    if lang == "th" and text[pos:end].endswith("จังหวัด"):
        grade = _GRADE.match(text, end, limit)
        if pao := pao_of_post(text, end):
            return TitlePhrase(text[pos:end], lang, pos, pao.end, (pao,), entry.kind)
        if office := provincial_office_of_post(text, pos, end):
            return TitlePhrase(text[pos:end], lang, pos, office.end, (office,), entry.kind)
        if province := province_of_post(text, grade.end() if grade else end):
            return TitlePhrase(text[pos:end], lang, pos, province.end, (province,), entry.kind)
    # ผวจ.ลำพูน, รอง ผวจ. หนองคาย: the abbreviated governor's title, the province named after it without its จังหวัด.
    if lang == "th" and text[pos:end].endswith("ผวจ."):
        spaced = text.startswith(" ", end) and not text.startswith(" จังหวัด", end)
        if province := province_of_post(text, end + spaced):
            return TitlePhrase(text[pos:end], lang, pos, province.end, (province,), entry.kind)
    if lang == "th" and (region := regional_office_of_post(text, pos, end)):
        return TitlePhrase(text[pos:end], lang, pos, region.end, (region,), entry.kind)
    ends_with_head = lang == "th" and text[pos:end].endswith(("กระทรวง", "กรม", "สำนักงาน"))
    ends_with_head = ends_with_head or (lang == "th" and text[pos:end].endswith(ORG_HEADS)
                                        and org_at(text, end - _head_len(text[pos:end]), gaz, limit) is not None)
    # รองผู้ว่าการรถไฟแห่งประเทศไทย: ผู้ว่าการ and การรถไฟ share their การ.
    shared = lang == "th" and text[pos:end].endswith("การ") and org_at(text, end - 3, gaz, limit)
    if shared and shared.start == end - 3 and shared.end > end:
        return TitlePhrase(text[pos:end], lang, pos, shared.end, qualified([shared]), entry.kind)
    # รมว.แรงงาน, รมช.คลัง: an abbreviated title and the ministry's name without its head word.
    if lang == "th" and text[pos:end].endswith(".") and (ministry := short_ministry(text, end, gaz, limit)):
        return TitlePhrase(text[pos:end], lang, pos, ministry.end, qualified([ministry]), entry.kind)
    if lang == "th" and not ends_with_head:
        end = _extend_thai_title(text, end, limit, gaz, pos)
        # ที่ปรึกษา รมว.อว., เลขานุการ รัฐมนตรีว่าการ...: a minister's staff, the minister's title after a space.
        if text[pos:end] in _STAFF_TITLES and text.startswith(" ", end) and _MINISTER.match(text, end + 1):
            inner = title_at(text, end + 1, limit, gaz)
            if inner is not None and inner.orgs:
                return TitlePhrase(text[pos:end + 1 + len(inner.title)], lang, pos, inner.end, inner.orgs,
                                   entry.kind)
        # เลขานุการเอกและรองหัวหน้าแผนกการเมือง: one post told in two titles with no agency between; not a
        # politician's two posts (รองนายกรัฐมนตรีและรมว.มหาดไทย) nor two leaders (นายกรัฐมนตรีและประธานาธิบดี สี),
        # nor a delegation's head who co-chairs (หัวหน้าคณะผู้แทนและประธานร่วมฝ่ายไทย), nor a board's chair and its
        # members (แต่งตั้งประธานกรรมการและกรรมการผู้ทรงคุณวุฒิใน..., about 500 in the 90k).
        more = re.match(r"และ(?!ประธาน)", text[end:end + 10])
        if text[pos:end] == "ประธานกรรมการ" and text.startswith("กรรมการ", end + 3):
            more = None
        if more and entry.kind != "political" and (nxt := gaz.position_matcher.match_at(text, end + 3)) and \
                nxt[1].kind != "political" and not _has_org(text, nxt[0], limit, gaz):
            end = _extend_thai_title(text, nxt[0], limit, gaz)
    title = text[pos:end]
    orgs: list[OrgRef] = []
    cursor = end
    # โฆษกประจำสำนักนายกรัฐมนตรี: a title that ends with an agency's name names the agency too.
    for i in range(1, len(title) - 2):
        inner = gaz.org_matcher.match_at(text, pos + i)
        if inner and inner[0] == end:
            orgs.append(org_from_entry(inner[1], text, pos + i, end, gaz, "gazetteer-in-title"))
            break
    if lang == "th" and not orgs:
        # ปลัดกระทรวงมหาดไทย: the title's last word is the agency's head.
        for head in sorted(ORG_HEADS, key=len, reverse=True):
            if title.endswith(head) and len(title) > len(head):
                ref = _head_shared_with_the_title(text, end - len(head), gaz, limit)
                if ref and ref.end > end:
                    orgs.append(ref)  # the title keeps its head word (ปลัดกระทรวง), as people write it
                    cursor = ref.end
                break
        if not orgs and title.startswith(_AMBASSADOR_TITLES):
            # เอกอัครราชทูตวิสามัญผู้มีอำนาจเต็ม แห่งเครือรัฐออสเตรเลีย: a space may stand before the country.
            # อุปทูตฯ เนเธอร์แลนด์ประจำประเทศไทย: ฯ may shorten the title before the country.
            at = end + 1 if text.startswith("ฯ", end) else end
            at = at + 1 if text.startswith(" ", at) and country_at(text, at + 1, gaz) else at
            ref = embassy_at(text, at, gaz, head_end=at, consulate=title.startswith(("กงสุล", "รองกงสุล")))
            # เอกอัครราชทูต(ผู้แทนถาวร)ไทยประจำสหประชาชาติ ณ นครเจนีวา: the ambassador heads a permanent mission.
            ref = ref or mission_at(text, end + (text[end:end + 1] == " "), implied=True)
            # เอกอัครราชทูตและผู้แทนถาวรไทยประจำสหประชาชาติ ณ กรุงเวียนนา: the representative's title names the mission.
            if ref is None and title.endswith("ผู้แทนถาวร"):
                ref = mission_at(text, end - len("ผู้แทนถาวร"), implied=True)
            if ref:
                orgs.append(ref)
                cursor = ref.end
        if not orgs and title == "ผู้แทน" and (seat := _SEAT_IN.match(text, end, limit)):
            # ผู้แทนไทยในคณะกรรมาธิการระหว่างรัฐบาลอาเซียนว่าด้วยสิทธิมนุษยชน: a country's representative sits in the body.
            ref = org_at(text, seat.end(), gaz, limit)
            if ref and ref.start == seat.end():
                orgs.append(ref)
                cursor = ref.end
        if not orgs and title in _FOREIGN_MINISTER and (mfa := gaz.orgs.get("mfa")) is not None:
            # รัฐมนตรีว่าการต่างประเทศออสเตรเลีย: the foreign minister of the country named after the title.
            at = end + 3 if text.startswith("ของ", end) else end
            hit = country_at(text, at, gaz)
            if hit and hit[1].iso2 != "TH":
                ref = foreign_ministry(mfa, hit[1], text, at, hit[0])
                orgs.append(replace(ref, label=ref.label_th or ref.label))
                cursor = hit[0]
        if not orgs and (sub := gaz.position_matcher.match_at(text, end)) and end - pos > 4:
            # หัวหน้าคณะทำงานรัฐมนตรีว่าการกระทรวงยุติธรรม: the agency of the post the title serves.
            inner = title_at(text, end, limit, gaz)
            if inner is not None and inner.orgs and sub[0] > end:
                orgs.extend(inner.orgs)
                cursor = inner.end
        if not orgs:
            # ผู้ช่วยรัฐมนตรีประจำกระทรวงศึกษาธิการ, โฆษกประจำสำนักนายกรัฐมนตรี: the agency after ประจำ; อธิบดี
            # (นักบริหาร ระดับสูง) กรมควบคุมมลพิษ: after the civil-service grade.
            grade = _GRADE.match(text, cursor, limit) or _QUALIFIER.match(text, cursor, limit)
            at = grade.end() if grade else cursor
            # รองปลัดกระทรวง (นักบริหาร) (ด้านบริหาร) ประเภทบริหาร ระดับสูง: a field may stand between grade and class.
            field = _QUALIFIER.match(text, at, limit) if grade else None
            if grade and (level := _CLASS.match(text, field.end() if field else at, limit)):
                at = level.end()
            sep = _PREP.match(text, at, limit)
            ref = org_at(text, sep.end() if sep else at, gaz, limit)
            if ref and ref.start - at <= 7:
                orgs.append(ref)
                cursor = ref.end
            elif grade and _GRADE.match(text, cursor, limit):
                cursor = grade.end()  # ผู้ตรวจราชการกระทรวง (ผู้ตรวจราชการกระทรวงสูง): the grade names no post of its own
        if not orgs and (ref := _acronym_after(text, cursor, limit, gaz)):
            orgs.append(ref)
            cursor = ref.end
    else:
        m = _LATIN_OF.match(text, cursor, limit)
        if m:
            ref = org_at(text, m.end(), gaz, limit)
            # Mr. Martin Ripple, CEO, ANCA Group ซึ่ง...: after the comma that follows an English title, the words up to
            # the next comma or Thai letter name the company or body the post is in, whatever its words.
            if ref is None and m.group().strip() == "," and (run := _LATIN_NAME_RUN.match(text, m.end(), limit)) and (
                    not _another_person_or_post(run.group(), gaz)):
                ref = latin_ref(run.group(), run.start(), "latin-after-title")
            if ref:
                orgs.append(ref)
                cursor = ref.end
        elif text.startswith(" ", cursor) and not text[cursor + 1:cursor + 2].isascii():
            # Chief Representative องค์การความร่วมมือระหว่างประเทศแห่งญี่ปุ่น, CEO กองทุนสิ่งแวดล้อมโลก (GEF): an English title,
            # the agency in Thai, known or named by its head word.
            ref = org_at(text, cursor + 1, gaz, limit)
            if ref and ref.rule.startswith(("gazetteer", "embassy", "company-", "head-word")):
                orgs.append(ref)
                cursor = ref.end
    if not orgs and (party := _PARTY_FROM.match(text, end, limit)):
        # Chief Representative และเจ้าหน้าที่จากองค์การความร่วมมือระหว่างประเทศของญี่ปุ่น (JICA): the agency of the
        # party a title-holder leads is his own, when it is an agency the gazetteers know.
        ref = org_at(text, party.end(), gaz, limit)
        if ref and ref.rule.startswith(("gazetteer", "embassy", "company-")):
            orgs.append(ref)
            cursor = ref.end
    # อัยการสูงสุด, รองอัยการสูงสุด, ผู้ตรวจการแผ่นดิน: a title that is its office's name less สำนักงาน is held in that
    # office, though the text names no agency; not another country's (อัยการสูงสุด ออสเตรเลีย), nor one told of in speech
    # (นายมาร์ค เป็นอัยการสูงสุด..., of Australia's).
    if (lang == "th" and not orgs and (office := _office_the_title_names(text, pos, end, limit, gaz)) is not None
            and not country_at(text, _PREP.match(text, end, limit).end(), gaz)
            and not text[max(0, pos - 6):pos].rstrip().endswith("เป็น")):
        orgs.append(office)
    # Parents follow: ", International Cooperation Bureau กระทรวงการต่างประเทศญี่ปุ่น".
    while orgs and len(orgs) < 4:
        sep = _SEP.match(text, cursor, limit)
        nxt = sep.end() if sep else cursor
        # ...แปซิฟิกของ ITU: a parent may follow with no space after ของ, ประจำ or แห่ง, none after anything else but a
        # division's name (ส่วนเครื่องจักรกลสำนักงานชลประทานที่ 14).
        if (nxt == cursor and nxt < limit and not text[nxt:nxt + 1].isspace() and lang == "th"
                and not text.startswith(OF_AT, nxt)
                and not (orgs[-1].rule == "unit-pattern" and text.startswith(GLUED_PARENT, nxt))):
            break
        ref = org_at(text, nxt, gaz, limit)
        # กองเอเชียตะวันออกเฉียงใต้ 4 ขององค์กร..., ฝ่ายแรงงาน ประจำสถานเอกอัครราชทูต...: the parent after ของ or ประจำ.
        if ref is None and (via := UNIT_TO_PARENT.match(text, cursor, limit)) and (via["num"] or via["gap"].strip()):
            ref = org_at(text, via.end(), gaz, limit)
            if ref is not None:
                orgs[-1] = before_parent(text, orgs[-1], ref) or orgs[-1]
        if ref:
            orgs[-1] = namesake_unit(orgs[-1], ref, gaz)
        # ผู้ตรวจราชการสำนักนายกรัฐมนตรี สำนักงานปลัดสำนักนายกรัฐมนตรี: the post is in the ministry's permanent
        # secretary's office named after it; the permanent secretary himself heads the ministry's service.
        if ref and ref.key == f"{orgs[-1].key}_ops" and not title.strip().startswith("ปลัด"):
            orgs[-1], cursor = ref, ref.end
            break
        if ref and (office := branch_office(text, orgs[-1], ref, gaz)):
            orgs[-1:] = [office, orgs[-1]]  # ผู้อำนวยการ ททท. สำนักงานนิวเดลี: the post is at the office
            cursor = ref.end
            continue
        if not ref or ref.key == orgs[-1].key or not may_be_parent(orgs[-1], ref, gaz):
            break
        orgs.append(ref)
        cursor = ref.end
    if orgs and cursor == orgs[-1].end:
        # ... กระทรวงการเปลี่ยนแปลงสภาพภูมิอากาศฯ (Ministry of Climate Change and Environment): the last agency's names.
        orgs[-1], cursor = with_aliases(text, orgs[-1], limit, gaz)
        if body := bracketed_parent(text, orgs[-1], cursor, gaz):
            orgs.append(body)  # ผู้อำนวยการสำนักงานภูมิภาค...ของ ITU (International Telecommunication Union): its parent
    # ปลัดกระทรวง สำนักงานปลัดกระทรวง กระทรวงยุติธรรม: the permanent secretary heads the ministry's service.
    if (title.strip() == "ปลัดกระทรวง" and orgs and orgs[0].key.endswith("_ops")
            and (ministry := gaz.orgs.get(orgs[0].key.removesuffix("_ops"))) is not None):
        ref = org_from_entry(ministry, text, orgs[0].start, orgs[0].end, gaz, "gazetteer")
        orgs[0] = replace(ref, label=ministry.label_th)
    # กรรมการ ป.ป.ท., ประธานกรรมการ กสทช.: a commissioner sits on the commission, not in the office (สำนักงาน
    # คณะกรรมการ...) the gazetteer gives the abbreviation to.
    if (title.strip() in _COMMISSION_SEATS and orgs and (office_entry := gaz.orgs.get(orgs[0].key)) is not None
            and office_entry.label_th.startswith("สำนักงานคณะกรรมการ")):
        board, written = office_entry.label_th.removeprefix("สำนักงาน"), text[orgs[0].start:orgs[0].end]
        orgs[0] = OrgRef("o-" + slug(board, keep_hash=True), board, "th", orgs[0].start, orgs[0].end,
                         "commission-of-its-office", label_th=board, country=office_entry.country,
                         alt_labels=(f"คณะกรรมการ {written}",) if "." in written else ())
    # ผู้บัญชาการตำรวจแห่งชาติ, รอง ผบ.ตร.: the chiefs of the Royal Thai Police, whose titles name the force, unless a
    # country follows (รองผู้บัญชาการตำรวจแห่งชาติกัมพูชา).
    if (not orgs and entry.title_th in _POLICE_CHIEFS and (rtp := gaz.orgs.get("rtp")) is not None
            and not country_at(text, cursor + (text[cursor:cursor + 1] == " "), gaz)):
        orgs.append(replace(org_from_entry(rtp, text, pos, end, gaz, "title-names-body"), label=rtp.label_th))
    return TitlePhrase(title.strip(), lang, pos, cursor, qualified(orgs, text), entry.kind)


_FOREIGN_MINISTER = frozenset({"รัฐมนตรีว่าการต่างประเทศ", "รัฐมนตรีต่างประเทศ"})
_ACRONYM = re.compile(r" ?([A-Z][A-Z&]{2,7})(?![A-Za-z0-9&+\-])")  # not LGBTQ+


def _acronym_after(text: str, pos: int, limit: int, gaz: Gazetteer) -> OrgRef | None:
    """ประธาน JFCCT: an acronym in capitals right after a Thai title is the post's organisation, unless the
    gazetteers know it as something else (a programme, a country)."""
    m = _ACRONYM.match(text, pos, limit)
    if not m or gaz.programme_matcher.match_at(text, m.start(1)) or gaz.country_matcher.match_at(text, m.start(1)):
        return None
    name = m.group(1)
    return OrgRef("o-" + slug(name), name, "en", m.start(1), m.end(1), "acronym-after-title", label_en=name)


def namesake_unit(child: OrgRef, parent: OrgRef, gaz: Gazetteer) -> OrgRef:
    """กรมความร่วมมือระหว่างประเทศ กระทรวงเกษตรฯ จีน, กรมประมง กระทรวงเกษตรและพัฒนาชนบทเวียดนาม: a Thai agency's
    name before a foreign agency stands for that agency's unit, unknown, to be named with its parent."""
    entry = gaz.orgs.get(child.key)
    # การรถไฟแห่งประเทศไทย กระทรวงที่ดิน...ญี่ปุ่น: two agencies listed; only a department's, an office's or a
    # bureau's name (สำนักงานตรวจคนเข้าเมือง) is one another country's ministry may have.
    if (child.country != "TH" or parent.country in (None, "TH") or not child.rule.startswith("gazetteer")
            or entry is None or entry.kind not in ("department", "office", "police")
            or any(w in (child.label_th or "") for w in ("ไทย", "แห่งชาติ"))):
        return child
    label = child.label_th or child.label
    return replace(child, key="o-" + slug(label, keep_hash=True), rule="head-word-pattern", label_th=label,
                   label_en=None, parent=None, country=None, alt_labels=())


def _head_len(title: str) -> int:
    return max(len(h) for h in ORG_HEADS if title.endswith(h))


def may_be_parent(child: OrgRef, parent: OrgRef, gaz: Gazetteer) -> bool:
    """Whether the agency named after ``child`` can be its parent rather than the next item of a list: the
    gazetteer's word wins for agencies it knows (กรมอเมริกาฯ is under the foreign ministry whatever follows)."""
    known = gaz.orgs.get(child.key)
    if known is not None:
        ancestors, key = set(), known.parent
        while key and key not in ancestors:
            ancestors.add(key)
            key = gaz.orgs[key].parent if key in gaz.orgs else None
        return parent.key in ancestors
    entry = gaz.orgs.get(parent.key)
    head = head_word(child.label)
    # กรมแพทย์ทหารอากาศ องค์การอนามัยโลก: a Thai government department is no unit of an international body.
    if entry is not None and entry.kind == "international" and head in ("กรม", "กระทรวง", "กอง"):
        return False
    # สมาคม A สมาคม B: two unknown bodies with one head word are items of a list.
    if entry is None and head is not None and head == head_word(parent.label):
        return False
    # An unknown unit under a known agency that has units (a ministry, a department, an office, an embassy).
    return entry is None or entry.kind in ("ministry", "department", "office", "agency", "international",
                                          "foreign_agency", "public_organisation", "state_enterprise", "police",
                                          "armed_force", "council", "university", "local_government")


_OFFICE_BY_PLACE = re.compile(r"สำนักงาน(?:ประจำ|ภูมิภาค)?\S{2,24}$")
_HAS_OFFICES = ("international", "foreign_agency", "state_enterprise", "public_organisation", "agency")


def branch_office(text: str, agency: OrgRef, office: OrgRef, gaz: Gazetteer) -> OrgRef | None:
    """ททท. สำนักงานมุมไบ, ธนาคารโลก สำนักงานประจำประเทศไทย: an office the text names by its place alone, right
    after a known agency with offices abroad or in the regions, is that agency's office there, named with it."""
    entry = gaz.orgs.get(agency.key)
    if (entry is None or entry.kind not in _HAS_OFFICES or office.rule != "head-word-pattern"
            or text[agency.end:office.start] not in ("", " ") or not _OFFICE_BY_PLACE.match(office.label)):
        return None
    names = dict.fromkeys(n for n in (agency.label, agency.label_th, agency.label_en, *agency.alt_labels)
                          if n and n[:1].isascii() == office.label[:1].isascii())
    return replace(office, key=f"{office.key}--{agency.key}", rule="branch-office",
                   alt_labels=(*office.alt_labels, *(f"{n} {office.label}" for n in names)))


def before_parent(text: str, child: OrgRef, parent: OrgRef) -> OrgRef | None:
    """``child`` if ``parent`` follows it as its parent may (กรมปศุสัตว์ กระทรวงเกษตรฯ; กองเอเชียตะวันออกเฉียงใต้ 4
    ของ JICA, the unit's number then part of its name), else None."""
    if 0 <= parent.start - child.end <= 2 and text[child.end:parent.start].strip(" ,") == "":
        return child
    m = UNIT_TO_PARENT.match(text, child.end, parent.start)
    if m is None or m.end() != parent.start or not (m["num"] or m["gap"].strip()):
        return None
    if m["num"]:
        name = text[child.start:m.start("gap")]
        return replace(child, key="o-" + slug(name, keep_hash=True), label=name, label_th=name, end=m.start("gap"))
    return child


def qualified(chain: list[OrgRef], text: str = "") -> tuple[OrgRef, ...]:
    """A unit the gazetteer does not know (กองการต่างประเทศ: every ministry has one) is named with its parent:
    its key and an alternative label carry the parent's, so units of different ministries stay apart. With the
    ``text``, the words from unit to parent name it too (ฝ่ายแรงงาน ประจำสถานเอกอัครราชทูต ณ กรุงอาบูดาบี)."""
    out = list(chain)
    for i in range(len(out) - 2, -1, -1):
        child, parent = out[i], out[i + 1]
        if child.rule in ("head-word-pattern", "head-word-abbreviated", "latin-head-pattern", "unit-pattern"):
            parents = dict.fromkeys(n for n in (parent.label_th, parent.label, *parent.alt_labels) if n)
            written = (text[child.start:parent.end],) if text and parent.start > child.end else ()
            out[i] = replace(child, key=f"{child.key}--{parent.key}", alt_labels=tuple(dict.fromkeys(
                (*child.alt_labels, *(f"{child.label} {n}" for n in parents), *written))))
    return tuple(out)


_ACTS_AS = re.compile(r"(?:ทำหน้าที่|เป็น)\s?$")
_CHAIRS_A_MEETING = re.compile(r"ประธาน(?:ใน)?(?:การ)?(?:ประชุม|สัมมนา)")
# นางสาวเพนนี หว่อง (Senator the Honourable Penny Wong) รัฐมนตรีว่าการ...: an English title opening the bracketed Latin
# form of a name is the name's style, not a post; the Thai title after the bracket is the post.
_STYLED_NAME = re.compile(r"\s(?:the\s)?(?:Hon(?:ourable|\.)\s)?(?:[A-Z][\w'.-]*\s){0,4}[A-Z][\w'-]+\)")
_ACTING = re.compile(r"(?:รักษาการ(?:ในตำแหน่ง|แทน)?|รักษาราชการแทน)$")


def find_titles(text: str, start: int, end: int, gaz: Gazetteer,
                inside: list[tuple[int, int]] = ()) -> list[TitlePhrase]:  # type: ignore[assignment]
    """Every title phrase in ``text[start:end]``, leftmost-longest; none starting inside an ``inside`` span
    (the เอกอัครราชทูต of สถานเอกอัครราชทูต is no title)."""
    out: list[TitlePhrase] = []
    covered = start
    for s, _e, _entry in gaz.position_matcher.finditer(text, start, end):
        if s < covered or any(a < s < b for a, b in inside):
            continue
        phrase = title_at(text, s, end, gaz)
        if phrase and phrase.lang == "en" and text[s - 1:s] == "(" and _STYLED_NAME.match(text, phrase.end):
            continue
        # ทำหน้าที่ประธานร่วมกับ X, เป็นประธานการประชุม: chairing this event, not a post; nor is the chair of a meeting
        # however written (นาย X รองปลัดกระทรวงยุติธรรม ประธานการประชุมหน่วยงาน...).
        if phrase and not (phrase.title.startswith("ประธาน") and _ACTS_AS.search(text, max(start, s - 10), s)) \
                and not _CHAIRS_A_MEETING.match(phrase.title):
            # รักษาการผู้ช่วยรัฐมนตรีว่าการ..., รักษาราชการแทนรองปลัดกระทรวง..., รักษาการแทนกรรมการผู้จัดการ...: one acting in
            # any post the gazetteer knows holds it acting (the common ones are in it whole: รักษาการอธิบดี).
            if acting := _ACTING.search(text, max(covered, start, s - 20), s):
                phrase = replace(phrase, title=acting.group() + phrase.title, start=acting.start())
            out.append(phrase)
            covered = phrase.end
    return out
