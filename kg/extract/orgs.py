"""Organisations named in text: gazetteer entries, embassies and foreign ministries by pattern, and names
that begin with an agency head word (กรม..., Ministry of ...) when no gazetteer knows them."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from kg.extract.companies import company_at
from kg.extract.lexicon import (
    LATIN_CAPITALS,
    LATIN_LETTERS,
    LATIN_NAME_STOPS,
    LATIN_ORG_HEADS,
    ORG_GENERIC,
    ORG_GENERIC_NEXT,
    ORG_GENERIC_TAILS,
    ORG_HEADS,
    ORG_NAME_ENDS,
    ORG_STOPS,
    THAI_CHARS,
    misspelt,
)
from kg.extract.segment import word_at, word_starting, words
from kg.gazetteer import CountryEntry, Gazetteer, OrgEntry
from kg.ids import slug
from kg.normalize import name_key
from kg.records import OrgRef

_EMBASSY_HEADS = ("สถานเอกอัครราชทูต", "สถานกงสุลใหญ่", "สถานทูต", *misspelt("สถานเอกอัครราชทูต"))
_EMBASSY_IN_SHORT = re.compile("สถานทูต")  # no head word of ORG_HEADS: find_orgs looks for it on its own
CUT = "+cut"  # the key suffix of a known ministry's name cut short by ฯ, until resolution says whose it is
_IN_THAILAND = re.compile(r"\s?(?:ประจำ(?:ประเทศ)?ไทย|ประจำราชอาณาจักรไทย|ฯ|ประจําประเทศไทย|\(ประเทศไทย\))")
_ABROAD = re.compile(f"\\s?(?:ณ|ประจำ)\\s?(?:กรุง|นคร|เมือง)?([{THAI_CHARS}]+)")
_NO_CITY = ("ห้อง", "ตึก", "อาคาร", "ทำเนียบ", "โรงแรม", "ศาลา", "สหประชาชาติ", "องค์การ", "ต่างประเทศ")
# Words that cannot begin the name after a head (บริษัทจึง..., กรมได้...): the head stands alone, so no name.
_NOT_A_NAME_WORD = frozenset({"จึง", "ได้", "จะ", "ซึ่ง", "โดย", "เพื่อ", "ขึ้น", "มีมติ", "ถึง", "ก็", "ยัง", "ไม่",
                              # บริษัทมุ่งมั่นที่จะ..., โรงเรียนรับเชิญ, โรงเรียนพี่โรงเรียนน้อง: the head word as a
                              # common noun, what it does or which ones.
                              "มุ่งมั่น", "ให้ความสนใจ", "สนใจ", "เลือก", "รับเชิญ", "เรียน", "พี่", "น้อง", "สมาชิก",
                              "ภาคเอกชน", "ขนาด", "มี", "เป็น", "ให้", "ต้อง", "ควร",
                              # ธนาคารทุกแห่ง, ธนาคารทั้งสองแห่ง, โรงพยาบาลแรก, องค์กรต่อไป: which ones; หลาย
                              # กระทรวงของอินเดีย: whose.
                              "ทุก", "แต่ละ", "ทั้ง", "ทั้งสอง", "แรก", "ต่อไป", "ของ",
                              # บริษัทตื่นเต้น..., บริษัทเห็นถึง..., มหาวิทยาลัยเข้ามามีบทบาท: what it feels, sees, does.
                              "ตื่นเต้น", "เห็น", "เข้ามา"})
# สถาบันศึกษาปอเนาะแห่งนี้, ธนาคารแห่งแรก: แห่ง before these says which one, no part of a name (ธนาคารแห่งประเทศไทย).
_WHICH_PLACE = frozenset({"นี้", "นั้น", "แรก", "หนึ่ง", "ใด"})
# ศูนย์การถ่ายทอดเทคโนโลยีของ วว.: a name read to the space ends before the small word that joins it to its owner.
_JOINING_WORDS = frozenset({"ของ", "และ", "กับ", "ที่"})
_SESSION_KINDS = ("ที่", "สามัญ", "พิเศษ", "ประชุม")  # สมัยที่, สมัยสามัญ...: a body's session, after its name
# บริษัทประกันภัย, บริษัทจดทะเบียน, บริษัทร่วมทุนญี่ปุ่น, บริษัทผู้ส่งออก, บริษัทใดบริษัทหนึ่ง: the words the 90k corpus most
# often writes after บริษัท say which kind of company or which one, not its name (บริษัทแอสตร้าเซนเนก้า, บริษัทเฟสโต).
_COMPANY_KIND_WORDS = frozenset({"จดทะเบียน", "บริหารสินทรัพย์", "จัดหางาน", "ร่วมทุน", "ย่อย", "หนึ่ง", "ใด", "เป้าหมาย",
                                 "อยู่", "ต้นทาง", "ต้นสังกัด", "ขนส่ง", "ทัวร์", "นายจ้าง", "นายหน้า", "จัดอันดับ",
                                 "รับเหมา", "เทคโนโลยี", "ห้างร้าน", "ระดับโลก", "แต่", "สำคัญ", "ยักษ์ใหญ่", "โอนย้าย",
                                 "ยุโรป", "รายใหญ่", "คู่", "คู่ค้า"})
_COMPANY_KIND_STARTS = ("ผู้", "ที่", "ให้", "ประกัน", "ผลิต")  # บริษัทผลิตอุปกรณ์อิเล็กทรอนิกส์: what it makes
_ROYAL_TITLE = re.compile("กรม(?:พระ(?!ธรรมนูญ)|หลวง|ขุน|หมื่น)")
# What a unit is for, right after its head, is part of its name (กองส่งเสริมการลงทุน..., ศูนย์สนับสนุน...), though
# after a name the same verbs say what the agency does.
_PURPOSE_WORDS = frozenset({"ส่งเสริม", "สนับสนุน", "จัดทำ", "จัด", "ประชุม", "พัฒนา"})  # สำนักพัฒนาและส่งเสริม...
# ... and a board's (คณะกรรมการกำหนดเป้าหมายและนโยบายกำลังคนภาครัฐ, คณะกรรมการเตรียมความพร้อม...).
_BOARD_PURPOSES = frozenset({"กำหนด", "เตรียม"})
# สถาบันข้อมูลขนาดใหญ่ (องค์การมหาชน), สถาบันพัฒนาผู้ประกอบการการค้ายุคใหม่ (ITD): a kind's words end a name
# that its status or acronym in brackets follows.
_PUBLIC_BODY_AFTER = re.compile(r"\s?\((?:องค์การมหาชน|องค์กรมหาชน|[A-Z]{2,8})\)")
# What the cabinet does in a summary's item (คณะรัฐมนตรีมีมติ...), which no agency's name goes on with.
_CABINET_RESOLVES = ("มีมติ", "รับทราบ", "เห็นชอบ", "อนุมัติ")
# Heads inside a name that open a name of their own (คณะกรรมการบริหารกองทุน|จัดรูปที่ดิน...): a purpose may follow.
_INNER_HEADS = frozenset({"กองทุน", "สำนักงาน", "สถาบัน", "ศูนย์", "กอง", "สำนัก"})
_CAUSES = ("การ", "ความ", "เด็ก", "เยาวชน", "คน", "สังคม", "สุขภาพ", "อนาคต")
_AREA_NUMBER = re.compile(r"(?:ที่)? ?\d{1,3}(?![\d/.,])")
# Offices every agency of a kind has, each named only by the agency written after it (สำนักงานรัฐมนตรี กระทรวงศึกษาธิการ).
_NAMED_BY_ITS_AGENCY = frozenset({"สำนักงานรัฐมนตรี"})
# ศูนย์อนามัยที่ 5, สำนักวิจัยและพัฒนาการเกษตรเขตที่ 6, กองทัพภาคที่ 4: the number of a regional unit, glued to its name.
_NOT_NUMBERED = ("สมัย", "ระยะ", "ครั้ง", "ฉบับ", "ชั้น", "ประเภท", "รุ่น", "ปี", "กอง", "ลำดับ", "อันดับ", "ชุด")
_UNIT_NUMBER = re.compile(r"(?:(?:ภาค|เขต)?ที่|เขต) ?\d{1,3}(?![\d/.,])")
_ERA = re.compile(r" ?([1-9]\.0)(?![\d.,%])")
_THAI_RUN = re.compile(f"[{THAI_CHARS}]+")
# รมว.การอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม: a ministry's short name may run over the spaces of its long name.
_SPACED_THAI_RUN = re.compile(f"[{THAI_CHARS}]+(?: [{THAI_CHARS}]+)*")
# An agency name may join two Thai words with a hyphen (สมาคมไทย-ญี่ปุ่น, หอการค้าโรมาเนีย-ไทย).
_SPACED_DASH = re.compile(r"\s[–-]\s?|[–-]\s")
_PAIR_DASH = re.compile(r"\s?[–-]\s?")
_THAI_NAME_RUN = re.compile(f"[{THAI_CHARS}]+(?:[-–][{THAI_CHARS}]+)*")
_LATIN_WORD = f"[{LATIN_CAPITALS}][{LATIN_LETTERS}&'\\-]*"  # Comité, Türkiye: accented letters too
_LATIN_HEADS = "|".join(sorted(LATIN_ORG_HEADS, key=len, reverse=True))
# ... of the Kingdom of Thailand and (the) Ministry of ...: and before a head word begins another agency; so does a
# comma before Ministry (Ministry of Finance, Ministry of ...), though not before a unit's parent of another kind.
_AND = rf"and(?!\s(?:[Tt]he\s)?(?:{_LATIN_HEADS})\b)"
_COMMA = r"(?:,(?!\s(?:and\s)?(?:the\s)?Ministry\b))"
_LATIN_ORG = re.compile(
    rf"(?:(?:{_LATIN_WORD}|of|{_AND}|for|the|on)\s)*?(?:{_LATIN_WORD}\s)?(?:{_LATIN_HEADS})"
    rf"(?:\s(?:of|for|on)(?:\sthe)?(?:{_COMMA}?\s(?:{_LATIN_WORD}|{_AND}|of|the))*{_COMMA}?\s{_LATIN_WORD})?")
_OF_COUNTRY = re.compile(r",?\s(?:of\s)?(?:the\s)?")
_THAILAND_TAIL = re.compile(r",?\s(?:of\s)?(?:the\s)?(?:Royal\sThai\sGovernment|(?:Kingdom\sof\s)?Thailand)",
                            re.IGNORECASE)
_LATIN_ORG_START = re.compile(f"(?<![{LATIN_LETTERS}])[{LATIN_CAPITALS}]")


@cache
def _head_regex() -> re.Pattern[str]:
    return re.compile("|".join(sorted(map(re.escape, ORG_HEADS), key=len, reverse=True)))


def short_ministry(text: str, pos: int, gaz: Gazetteer, limit: int | None = None) -> OrgRef | None:
    """A ministry named without its head word after an abbreviated title (รมว.แรงงาน, รมช.คลัง, รมว.ดิจิทัลฯ):
    the longest run of words at ``pos`` that กระทรวง(การ) before it makes a ministry's name."""
    run = _SPACED_THAI_RUN.match(text, pos, min(len(text) if limit is None else limit, pos + 60))
    if not run:
        return None
    toks = words(run.group())
    for n in range(len(toks), 0, -1):
        stem = "".join(toks[:n])
        if stem.endswith(" "):
            continue
        abbreviated = text.startswith("ฯ", pos + len(stem))
        for name in (f"กระทรวง{stem}", f"กระทรวงการ{stem}", *((f"กระทรวง{stem}ฯ",) if abbreviated else ())):
            hit = gaz.org_matcher.match_at(name, 0)
            if hit and hit[0] == len(name) and hit[1].kind == "ministry":
                ref = org_from_entry(hit[1], text, pos, pos + len(stem) + abbreviated, gaz, "short-ministry-name")
                # แรงงาน alone names no agency: the node keeps the ministry's own names.
                return replace(ref, label=ref.label_th or ref.label, alt_labels=())
    return None


def head_word(name: str) -> str | None:
    """The agency head word a Thai name begins with (กรม, สมาคม, ...), or None."""
    m = _head_regex().match(name)
    return m.group() if m else None


_COUNTRY_FORM = re.compile(r"ประเทศ|ราชอาณาจักร|สาธารณรัฐ|สหพันธรัฐ|สหพันรัฐ")


def country_at(text: str, pos: int, gaz: Gazetteer) -> tuple[int, CountryEntry] | None:
    """A country name at ``pos``, with an optional ``แห่ง`` and ``ประเทศ``/``สาธารณรัฐ``/... before it
    (แห่งสาธารณรัฐประชาชนจีน, สหพันรัฐรัสเซีย as some write it); the longest reading."""
    after_of = pos + 4 if text.startswith("แห่ง", pos) else pos
    form = _COUNTRY_FORM.match(text, after_of)
    hits = [h for p in dict.fromkeys((pos, after_of, form.end() if form else after_of))
            if (h := gaz.country_matcher.match_at(text, p))]
    return max(hits, key=lambda h: h[0], default=None)


# British Embassy, the Japanese Embassy: a foreign embassy named in English by its country's adjective.
_DEMONYMS = {"British": "GB", "Japanese": "JP", "Chinese": "CN", "American": "US", "Australian": "AU",
             "German": "DE", "French": "FR", "Indian": "IN", "Korean": "KR", "Canadian": "CA", "Italian": "IT",
             "Dutch": "NL", "Swiss": "CH", "Russian": "RU"}
_EMBASSY_EN = re.compile(r"Embassy of (?:the )?|(?P<demonym>" + "|".join(_DEMONYMS) + r") Embassy(?![A-Za-z])")
_IN_THAILAND_EN = re.compile(r" (?:in|to) (?:Thailand|Bangkok)(?![A-Za-z])")


def _english_embassy_at(text: str, pos: int, gaz: Gazetteer) -> OrgRef | None:
    """Embassy of Japan, Embassy of the Republic of Korea in Thailand, British Embassy: a foreign embassy in
    Thailand named in English is the one its Thai name names (one node for both)."""
    m = _EMBASSY_EN.match(text, pos)
    if m is None:
        return None
    if m["demonym"]:
        end, country = m.end(), next((c for c in gaz.countries.values() if c.iso2 == _DEMONYMS[m["demonym"]]), None)
    else:
        hit = country_at(text, m.end(), gaz)
        end, country = hit if hit else (m.end(), None)
    if country is None or country.iso2 == "TH":
        return None  # the Royal Thai Embassy is known by its city, which the English name does not give here
    if (there := _IN_THAILAND_EN.match(text, end)) is not None:
        end = there.end()
    label_th = f"สถานเอกอัครราชทูต{country.label_th}ประจำประเทศไทย"
    return OrgRef(f"{slug('Embassy')}-{country.iso2.lower()}", text[pos:end], "en", pos, end, "embassy-pattern",
                  label_th=label_th, label_en=f"Embassy of {country.label_en} in Thailand", country=country.iso2,
                  alt_labels=(f"สถานเอกอัครราชทูต{country.label_th}", f"Embassy of {country.label_en}"))


def embassy_at(text: str, pos: int, gaz: Gazetteer, head_end: int | None = None,
               consulate: bool = False) -> OrgRef | None:
    """``สถานเอกอัครราชทูตญี่ปุ่นประจำประเทศไทย`` and its short forms; ``head_end`` when the head word is implied
    (an ambassador's title; a consul's, with ``consulate``, implies a consulate-general)."""
    implied = head_end is not None
    if head_end is None and text[pos:pos + 1].isascii():
        return _english_embassy_at(text, pos, gaz)
    if head_end is None:
        head = next((h for h in _EMBASSY_HEADS if text.startswith(h, pos)), None)
        if head is None:
            return None
        head_end = pos + len(head)
        consulate = head == "สถานกงสุลใหญ่"
    hit = country_at(text, head_end, gaz)
    if implied and (hit is None or hit[1].iso2 == "TH") and not _ABROAD.match(text, hit[0] if hit else head_end):
        return None
    kind_th, kind_en = ("สถานกงสุลใหญ่", "Consulate-General") if consulate else ("สถานเอกอัครราชทูต", "Embassy")
    if hit is None or hit[1].iso2 == "TH":
        # A Thai mission abroad: สถานเอกอัครราชทูต(ไทย) ณ กรุงโตเกียว
        end = hit[0] if hit else head_end
        m = _ABROAD.match(text, end)
        if not m:
            return None
        city = ""
        for tok in words(m.group(1)[:40]):  # the city's name, not what the sentence says next (ดูไบว่า)
            if tok in ORG_STOPS or tok in ("ว่า", "ได้", "ให้", "เพื่อ", "และ") or tok.startswith(ORG_NAME_ENDS):
                break
            city += tok
        # ณ กรุงมานามา ราชอาณาจักรบาห์เรน: the whole word before the country is the city, however it reads in Thai.
        word = _THAI_RUN.match(text, m.start(1), m.start(1) + 40)
        if word and text.startswith(" ", word.end()) and (country := country_at(text, word.end() + 1, gaz)) \
                and country[1].iso2 != "TH":
            city = word.group()
        prefix = next((p for p in ("กรุง", "นคร", "เมือง") if text.endswith(p, 0, m.start(1))), "")
        # ... ประจำประเทศเพื่อนบ้าน, ณ ประเทศต้นทางของแรงงาน: the countries not named, no city.
        if (not city or city in ("ประเทศไทย", "ไทย", "ราชอาณาจักรไทย") or city.startswith("ประเทศไทย")
                or (city.startswith("ประเทศ") and country_at(city, 0, gaz) is None)
                or city.startswith(ORG_HEADS)  # เอกอัครราชทูตประจำกระทรวง: an ambassador at the ministry
                # เอกอัครราชทูตฯ ณ ห้องรับรอง 1: the room of a call; ... ประจำสหประชาชาติ: a mission to the UN; ...
                # ประจำเมืองหลวงของทั้งสองประเทศ: the capitals, no city named.
                or city.startswith(_NO_CITY) or (prefix == "เมือง" and city.startswith("หลวง"))
                or gaz.org_matcher.match_at(city, 0) is not None):
            return None
        label = f"{kind_th} ณ {prefix}{city}"
        stop = m.start(1) + len(city)
        # An ambassador's title implies the mission: its name is the label, not the words of the title.
        # ... ประจำสาธารณรัฐอินโดนีเซีย: a mission named by the country it serves is also called so.
        alts = (f"{kind_th}ไทย ณ {prefix}{city}",) + (
            (f"{kind_th}ไทยประจำ{prefix}{city}", f"{kind_th}ประจำ{prefix}{city}") if "ประจำ" in m.group() else ())
        return OrgRef(f"{slug(kind_en)}-th-{slug(city)}", label if implied else text[pos:stop], "th", pos, stop,
                      "embassy-abroad", label_th=label, country="TH", alt_labels=alts)
    country_end, country = hit
    if not consulate and (mission := _mission_to_body(text, pos, head_end, country_end, country, gaz, implied)):
        return mission
    if consulate and (city := _consulate_city(text, country_end)):
        # สถานกงสุลใหญ่สหรัฐอเมริกาประจำจังหวัดเชียงใหม่: a consulate-general serves the province it is in.
        end, province = city
        serves_th, serves_en = f"ประจำจังหวัด{province}", _provinces_en()[province]
        key = f"{slug(kind_en)}-{country.iso2.lower()}-{slug(serves_en)}"
        short: tuple[str, ...] = (f"{kind_th}{country.label_th} ณ {province}",)
    else:
        m = _IN_THAILAND.match(text, country_end)
        end = m.end() if m else country_end
        serves_th, serves_en, key = "ประจำประเทศไทย", "Thailand", f"{slug(kind_en)}-{country.iso2.lower()}"
        # The short forms (สถานเอกอัครราชทูตญี่ปุ่น, Embassy of Japan) are the names people use.
        short = (f"{kind_th}{country.label_th}", f"{kind_en} of {country.label_en}")
    label_th = f"{kind_th}{country.label_th}{serves_th}"
    # The country as the text writes it (สาธารณรัฐเกาหลี) makes a full name of the mission too.
    written = f"{kind_th}{text[head_end:country_end].strip().removeprefix('แห่ง')}{serves_th}"
    return OrgRef(key, label_th if implied else text[pos:end], "th", pos, end, "embassy-pattern", label_th=label_th,
                  label_en=f"{kind_en} of {country.label_en} in {serves_en}", country=country.iso2,
                  alt_labels=tuple(dict.fromkeys(a for a in (written, *short) if a != label_th)))


_TO_BODY = re.compile(r"\s?ประจำ\s?")


def _mission_to_body(text: str, pos: int, head_end: int, country_end: int, country: CountryEntry, gaz: Gazetteer,
                     implied: bool) -> OrgRef | None:
    """เอกอัครราชทูตออสเตรเลียประจำอาเซียน, สถานเอกอัครราชทูต...ประจำสมาคมประชาชาติแห่งเอเชียตะวันออกเฉียงใต้: a
    country's mission to an international body, not its embassy in Thailand."""
    to = _TO_BODY.match(text, country_end)
    body = gaz.org_matcher.match_at(text, to.end()) if to else None
    if body is None or body[1].kind != "international":
        return None
    end, entry = body
    written = text[to.end():end]
    label_th = f"คณะผู้แทน{country.label_th}ประจำ{written}"
    alts = (f"คณะผู้แทน{country.label_th}ประจำ{entry.label_th}", f"สถานเอกอัครราชทูต{country.label_th}ประจำ{written}",
            f"สถานเอกอัครราชทูต{text[head_end:country_end].strip().removeprefix('แห่ง')}ประจำ{written}")
    return OrgRef(f"mission-{country.iso2.lower()}-{entry.key}", label_th if implied else text[pos:end], "th", pos,
                  end, "mission-to-body-pattern", label_th=label_th,
                  label_en=f"Mission of {country.label_en} to the {entry.label_en}", country=country.iso2,
                  alt_labels=tuple(dict.fromkeys(a for a in alts if a != label_th)))


_NATIONAL_KINDS = frozenset({"ministry", "council", "armed_force"})


# The kinds and head words of the national bodies with a branch in each province (สำนักงานประกันสังคมจังหวัด...).
_BRANCHED_KINDS = frozenset({"office", "state_enterprise"})
_BRANCHED_OFFICE_HEADS = ("สำนักงาน", "การไฟฟ้า", "การประปา")


def org_from_entry(entry: OrgEntry, text: str, pos: int, end: int, gaz: Gazetteer, rule: str) -> OrgRef:
    surface = text[pos:end]
    # A Thai ministry's name followed by a foreign country's: that country's ministry (กต. กัมพูชา, กระทรวงมหาดไทย
    # แห่งราชอาณาจักรกัมพูชา as well); so with a parliament or an armed force (วุฒิสภากัมพูชา, กองทัพเรือสหรัฐฯ).
    # ... and so is กระทรวงการคลัง สาธารณรัฐสิงคโปร์: the country's official name after a space.
    spaced = surface.endswith((".", "ฯ")) or text.startswith((" แห่ง", " ของ", *_OFFICIAL_COUNTRY), end)
    gap = 1 if spaced and text.startswith(" ", end) else 0
    gap += 3 if text.startswith("ของ", end + gap) else 0
    if entry.kind == "ministry" and entry.country == "TH" and (run_on := _ministry_run_on(text, pos, end, gaz)):
        return run_on
    if entry.kind in _NATIONAL_KINDS and (hit := country_at(text, end + gap, gaz)) and hit[1].iso2 != "TH":
        if namesake := gaz.foreign_namesakes.get((entry.key, hit[1].iso2)):  # กระทรวงศึกษาฯ ญี่ปุ่น: MEXT
            return org_from_entry(namesake, text, pos, hit[0], gaz, rule)
        return foreign_ministry(entry, hit[1], text, pos, hit[0])
    if entry.kind == "international" and (region := _regional_office(text, end)):
        return region_office(entry, text, pos, region)
    # สำนักงานประกันสังคมจังหวัดกาญจนบุรี, การไฟฟ้าส่วนภูมิภาคจังหวัดเชียงราย: a national office's or utility's branch in
    # the province named right after it, a unit of it.
    if (entry.country == "TH" and entry.kind in _BRANCHED_KINDS and surface.startswith(_BRANCHED_OFFICE_HEADS)
            and (province := province_of_post(text, end)) is not None and province.start == end):
        branch = _thai_office(f"{surface}{province.label}", pos, province.end, "provincial-branch")
        return replace(branch, parent=entry.key)
    m = _IN_THAILAND.match(text, end)
    if m and m.group().strip() != "ฯ":
        end = m.end()
    elif m and entry.kind == "ministry" and surface in entry.names:
        # กระทรวงการต่างประเทศฯ: a full name cut short is a longer one, a foreign ministry the article names.
        # Its own key until resolution finds that ministry, or finds none and gives back the Thai one's.
        return OrgRef(f"{entry.key}{CUT}", surface, "th", pos, end, "full-name-abbreviated",
                      label_th=entry.label_th or None, label_en=entry.label_en or None, country=entry.country)
    lang = "en" if surface[:1].isascii() else "th"
    alts = (text[pos:end],) if text[pos:end] != surface else ()
    return OrgRef(entry.key, surface, lang, pos, end, rule, label_th=entry.label_th or None,
                  label_en=entry.label_en or None, parent=entry.parent, country=entry.country,
                  alt_labels=alts)


_OFFICIAL_COUNTRY = (" สาธารณรัฐ", " ราชอาณาจักร", " สหพันธ์", " เครือรัฐ", " สหราชอาณาจักร", " ประเทศ")
_REGION = re.compile(f"\\s?(?:ประจำ|สำนักงาน)?ภูมิภาค([{THAI_CHARS}]+)")


# ...และการค้า, or fields listed with spaces first (กระทรวงวัฒนธรรม กีฬา และการท่องเที่ยว, กระทรวงแรงงาน
# ตรวจคนเข้าเมืองและประชากร).
_FIELDS_AFTER = re.compile(f"และ[{THAI_CHARS}]{{2,40}}"
                           f"|(?:,?\\s[{THAI_CHARS}]{{2,16}}){{1,3}},?\\s?และ[{THAI_CHARS}]{{2,16}}")
# ... กีฬา และการท่องเที่ยวแห่งสาธารณรัฐสังคมนิยมเวียดนาม: the last field listed runs on, unspaced, to แห่ง and the country.
_LAST_FIELD_OF = re.compile(f"[{THAI_CHARS}]{{2,40}}?(?=แห่ง)")
# Words that begin another body or a post, not a field of the same ministry (...และสถานเอกอัครราชทูต..., ...และโฆษก...).
_NOT_A_FIELD = re.compile("กระทรวง|กรม|สำนัก|สถาน|องค์|คณะ|รัฐมนตรี|ประธาน|โฆษก|นายก|ผู้|ปลัด|อธิบดี|ทูต|ธนาคาร")


def _ministry_run_on(text: str, pos: int, end: int, gaz: Gazetteer) -> OrgRef | None:
    """กระทรวงการต่างประเทศและการค้าออสเตรเลีย, กระทรวงแรงงานและการจ้างงานแห่งสาธารณรัฐเกาหลี: a Thai ministry's
    name run on with และ and more fields, then a foreign country, is that country's ministry, not Thailand's.
    Without the country the words may as well join two bodies (กระทรวงมหาดไทยและสมาคมแม่บ้านมหาดไทย)."""
    run = _FIELDS_AFTER.match(text, end)
    # ...และการท่องเที่ยวแห่งประเทศไทย: a second body; ระหว่างกระทรวงอุตสาหกรรมและประเทศญี่ปุ่น: a country, the other party.
    if run is None or gaz.org_matcher.match_at(text, end + run.group().rfind("และ") + 3) or (
            run.group().startswith("และ") and country_at(text, end + 3, gaz)):
        return None
    other = _NOT_A_FIELD.search(text, end, run.end())
    last = other.start() if other else run.end()
    # Fields listed with spaces end at a space and the country (...ตรวจคนเข้าเมืองและประชากร สาธารณรัฐแห่ง...);
    # glued to a word, the words are a sentence's (กระทรวงศึกษาธิการ ให้การต้อนรับและ...นักศึกษาจากมณฑลเสฉวนจีน).
    first = end + 5 if run.group().startswith("และ") else run.end()
    ends: list[int] = list(range(first, last + 1))
    if not run.group().startswith("และ") and other is None and (
            tail := _LAST_FIELD_OF.match(text, end + run.group().rfind("และ") + 3)):
        ends.append(tail.end())
    for p in ends:
        # ...และการปฏิรูปเรือนจำ\nสาธารณรัฐสังคมนิยมประชาธิปไตยศรีลังกา: the country may follow a space or a line break.
        at = p + 1 if p == run.end() and text[p:p + 1] in (" ", "\n") else p
        hit = country_at(text, at, gaz)
        if hit and hit[1].iso2 != "TH" and _word_boundary(text, at):
            stem = text[pos:p].removesuffix("ของ")
            stem = stem if stem.startswith("กระทรวง") else "กระทรวง" + stem  # รมว.อุตสาหกรรม วิทยาศาสตร์ ...กัมพูชา
            label = f"{stem}{hit[1].label_th}"
            # one key however the list is spaced (กีฬา และการท่องเที่ยว, กีฬาและการท่องเที่ยว)
            written = " ".join(text[pos:hit[0]].split())  # a name broken over a line is written with a space
            return OrgRef("o-" + slug(label.replace(" ", ""), keep_hash=True), written, "th", pos, hit[0],
                          "foreign-ministry", label_th=label, country=hit[1].iso2,
                          alt_labels=tuple(a for a in (written,) if a != label))
    return None


def _regional_office(text: str, end: int) -> int | None:
    """Where ``ภูมิภาคเอเชียตะวันออกเฉียงใต้`` after an international organisation's name ends, the region's words
    only (not what the sentence says next)."""
    m = _REGION.match(text, end)
    if not m:
        return None
    stop = m.start(1)
    for tok in words(m.group(1)):
        if (tok in ORG_STOPS and tok != "และ") or tok.startswith(ORG_NAME_ENDS) or tok.startswith(ORG_HEADS):
            break
        stop += len(tok)
    return stop if stop - m.start(1) >= 4 else None


def region_office(entry: OrgEntry, text: str, pos: int, end: int) -> OrgRef:
    """องค์การอนามัยโลกภูมิภาคเอเชียตะวันออกเฉียงใต้, สำนักงานแรงงานระหว่างประเทศประจำภูมิภาคเอเชียและแปซิฟิก: an
    international organisation's regional office, a unit of it."""
    label = text[pos:end]
    region = label[label.rfind("ภูมิภาค") + len("ภูมิภาค"):]
    return OrgRef(f"{entry.key}-{slug(region)}", label, "th", pos, end, "international-region", label_th=label,
                  parent=entry.key)


def foreign_ministry(entry: OrgEntry, country: CountryEntry, text: str, pos: int, end: int) -> OrgRef:
    """Another country's ministry named as a known Thai one plus the country (กระทรวงการต่างประเทศญี่ปุ่น,
    Ministry of Foreign Affairs of Japan): one key for it whichever script names it."""
    return OrgRef(f"{entry.key}-{country.iso2.lower()}", text[pos:end], "en" if text[pos].isascii() else "th", pos,
                  end, "foreign-ministry", label_th=f"{entry.label_th}{country.label_th}" if entry.label_th else None,
                  # รัฐสภาลาว: the National Assembly of Laos, not "National Assembly of Thailand of Laos".
                  label_en=f"{entry.label_en.removesuffix(' of Thailand')} of {country.label_en}"
                  if entry.label_en else None, country=country.iso2)


def _word_boundary(text: str, pos: int) -> bool:
    """Whether a Thai word starts at ``pos`` (กรม in ทรัพยากรมนุษย์ does not)."""
    if pos == 0 or not ("\u0e01" <= text[pos - 1] <= "\u0e4e"):
        return True
    left = max(0, pos - 24)
    run = _THAI_RUN.search(text, left, pos + 1)
    a = run.start() if run and run.start() < pos else left
    b = _THAI_RUN.match(text, pos, pos + 24)  # bounded: a run of Thai letters may be megabytes long
    return word_at(text, a, b.end() if b else pos + 1, pos) is not None


# Words the segmenter reads as one that begin a body's name as its head does (the dictionary's compounds of a head
# that name a kind of body, not สภาวะ, กรมธรรม์ or ศูนย์กลาง).
# Kinds of body (ธนาคารกลาง, สถาบันการเงิน, สมาคมการค้า) are not among them: ธนาคารกลางอาเซียน names no one bank.
_COMPOUND_HEADS = frozenset({
    "สภาจังหวัด", "สภานิติบัญญัติ", "สภาปฏิรูป", "สภาวัฒนธรรม", "สถาบันวิจัย", "สถาบันค้นคว้า", "ศูนย์ปฏิบัติการ",
    "ศูนย์ประสานงาน", "ศูนย์อำนวยการ", "ศูนย์เฉพาะกิจ", "ศูนย์บัญชาการ", "กองกำลัง", "สำนักข่าว",
    "คณะกรรมการอำนวยการ",
})


# ศูนย์ราชการเฉลิมพระเกียรติฯ, ศูนย์ประชุมแห่งชาติสิริกิติ์, ศูนย์การค้า...: a government complex, a convention
# centre, a mall, an exhibition hall are places, however an agency's head word begins them.
_HALLS = ("ศูนย์ประชุม", "ศูนย์การค้า", "ศูนย์แสดงสินค้า", "ศูนย์นิทรรศการ")
_VENUE_HEADS = ("ศูนย์ราชการ", *_HALLS)
# A call paid at a hotel, a convention centre or a mall (ณ ศูนย์ประชุมแห่งชาติสิริกิติ์) visits no agency of the host's;
# one at a government complex visits the host's ministry there. Nor does one at Government House (ห้องสีงาช้าง
# ตึกไทยคู่ฟ้า): the Prime Minister who is also minister of defence receives there as Prime Minister.
_VENUE_PLACE = re.compile("|".join(("โรงแรม", *_HALLS, "[Hh]otel", "[Cc]onvention", "ทำเนียบรัฐบาล", "ตึกไทยคู่ฟ้า",
                                    "ตึกสันติไมตรี")))


def at_venue(place: str) -> bool:
    """Whether a place named in words is a hotel, a convention centre or a mall rather than an agency's premises."""
    return _VENUE_PLACE.search(place) is not None


# A board's office is its name after สำนักงาน; a council's, after สำนักงาน or สำนักงานเลขาธิการ.
_OFFICES = {"คณะกรรมการ": ("สำนักงาน",), "สภา": ("สำนักงาน", "สำนักงานเลขาธิการ")}


def board_office(text: str, pos: int, limit: int, gaz: Gazetteer) -> tuple[int, OrgEntry] | None:
    """The office the gazetteer knows (สำนักงานคณะกรรมการ..., สำนักงานเลขาธิการสภาการศึกษา) of the board or council
    named at ``pos``: where the board's name ends, and the office."""
    head = "คณะกรรมการ" if text.startswith("คณะกรรมการ", pos) else "สภา" if text.startswith("สภา", pos) else None
    if head is None:
        return None
    for office in _OFFICES[head]:
        hit = gaz.org_matcher.match_at(office + text[pos:limit], 0)
        if hit is not None and hit[0] > len(office) + len(head):
            return pos + hit[0] - len(office), hit[1]
    return None


_ABBREVIATION_AFTER = re.compile(r"\s?\((?:[ก-ฮ][ก-๙.]{0,10}\.|[A-Z][A-Z&]{1,8})\)")
# The end of a heading's line, not broken there: the next line opens the item's text or the next heading.
_LINE_ENDS = re.compile(r"[^\S\n]*(?:\n(?=[^\S\n]*(?:\d{1,3}\.|คณะรัฐมนตรี|\n))|$)")
# A summary's item heading at a line's start, as events.ITEM_HEADING reads it but for the index's wider spacing
# (37.      เรื่อง     การแต่งตั้ง...).
_HEADING = re.compile(r"[^\S\n]*\d{1,3}\.\s*เรื่อง")
_AFTER_NATIONAL = frozenset({"เพิ่มเติม", "เกี่ยวกับ", "อนุมัติ", "มอบหมาย", "เห็นชอบ", "รับทราบ"})


_BOARD_NAME_FIRSTS = frozenset({"กลาง", "ควบคุม", "ด้าน", "ระดับ"})
_WHICH_BOARDS = frozenset({"จังหวัด", "อำเภอ", "สูง", "ต่าง", "ต่างๆ", "นี้", "กระทรวง", "กรม"})
_CLAUSE_WORDS = frozenset({"ได้", "จะ", "โดย", "ซึ่ง", "เสนอ", "มี", "มีมติ", "เป็น", "ให้", "ว่า", "กล่าว", "แจ้ง",
                           "ได้รับ", "เห็นชอบ", "รับทราบ", "อนุมัติ", "แต่งตั้ง", "ประกอบด้วย", "ได้แก่", "ที่ประชุม",
                           "คณะรัฐมนตรี", "ทั้ง", "เมื่อ", "กับ", "จาก", "ต่อ", "แก่", "ถึง", "ณ", "นาย", "นาง", "ครั้งที่",
                           "ปี", "ใน", "และได้", "ร่วม", "ร่วมกับ", "เชิญ", "ขอบคุณ", "ดังกล่าว", "ฯ", "ชุด", "ที่",
                           "เพิ่มเติม", "เกี่ยวกับ", "มอบหมาย", "พิจารณา", "ดำเนินการ", "แล้ว", "ก็", "ยัง", "จึง", "ด้วย",
                           "คณะ", "ที่ปรึกษา", "ความใน", "มาตรา", "ความจำเป็น", "แทน", "กำหนดให้"})
# ...คุ้มครองผู้บริโภคเข้าร่วม, ...เลือกตั้งทราบต่อไป, ...มรดกโลกสมัยสามัญ, ...สอบสวนตามความในมาตรา: the sentence's
# verb, a session, a clause.
_CLAUSE_STARTS = ("มี", "ได้", "เป็น", "จะ", "ให้", "เข้าร่วม", "ทราบ", "ต่อไป", "นำ", "สมัย", "วาระ", "ตามความ", "แล้ว")
_UNBROKEN_REACH = 110  # the longest board's name read whole to the space after it


def _unbroken_body(text: str, end: int, limit: int) -> int | None:
    """Where a board's name cut short at ``end`` inside a run of Thai letters ends when read to the space after it,
    or None when a clause begins in the rest of the run."""
    if end >= limit or not text[end:end + 1].isalpha() or not text[end - 1:end].isalpha():
        return None
    reach = min(limit, end + _UNBROKEN_REACH)
    run = _THAI_NAME_RUN.match(text, end, reach)
    if run is None or run.end() >= reach or text[run.end():run.end() + 1] not in (" ", "\n", ""):
        return None
    toks = words(run.group())
    if toks[-1] in _JOINING_WORDS or any(t in _CLAUSE_WORDS or t.startswith(_CLAUSE_STARTS) for t in toks):
        return None
    return run.end()


# ... ประจำกรุงโรม, ประจำกรุงโตเกียว: the city an office abroad sits in, up to the words after it.
_SEAT_CITY = re.compile(r"\s?ประจำ((?:กรุง|นคร|เมือง)[\u0e01-\u0e4e]{2,20}?)(?=[\s,()]|และ|เมื่อ|ได้|ซึ่ง|โดย|เข้า|ร่วม|พร้อม|$)")


def _generic_thai(text: str, pos: int, limit: int, gaz: Gazetteer | None = None) -> OrgRef | None:
    head = _head_regex().match(text, pos)
    if not head or not _word_boundary(text, pos) or text.startswith(_VENUE_HEADS, pos):
        return None
    # สหพันธ์สาธารณรัฐเยอรมนี is a country; กรมพระศรีสวางควัฒน, กรมหลวงราชสาริณี... are royal titles, no departments.
    if (gaz is not None and gaz.country_matcher.match_at(text, pos)) or _ROYAL_TITLE.match(text, pos):
        return None
    run = _THAI_NAME_RUN.match(text, pos, min(limit, pos + 90))
    # ศูนย์กลาง is a hub, not a centre's name; the embassy pattern reads embassies.
    if (not run or run.end() - head.end() < 2 or head.group() in _EMBASSY_HEADS
            or (head.group() == "ศูนย์" and text.startswith("กลาง", head.end()))):
        return None
    tokens = [t for part in re.split("([-–])", run.group()) for t in (words(part) if part not in "-–" else (part,))]
    # The head must be a word of its own: สภา is no head in สภาวะ, nor กรม in กรมธรรม์.
    consumed, k = 0, 0
    while k < len(tokens) and consumed < len(head.group()):
        consumed += len(tokens[k])
        k += 1
    if consumed != len(head.group()) and tokens[k - 1] in _COMPOUND_HEADS and consumed == len(tokens[0]):
        pass  # สภาจังหวัดฟุกุโอกะ, สถาบันวิจัย...: a head that makes one word with the next is still a head
    elif consumed != len(head.group()):
        # สำ|นักกฎหมาย: the segmenter read a word across the head's end; unless head and what follows make a
        # word (กรมธรรม์, สภาวะ), the head stands alone.
        if word_starting(text, pos, len(head.group())):
            return None
        rest = run.group()[len(head.group()):]
        tokens = [head.group(), *(t for part in re.split("([-–])", rest)
                                  for t in (words(part) if part not in "-–" else (part,)))]
        k = 1
    out = list(tokens[:k])
    through = 0  # the end of a known agency's name the name runs into, read whole whatever its words
    for i, tok in enumerate(tokens[k:], start=k):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        if through and pos + sum(map(len, out)) < through:
            out.append(tok)
            continue
        if tok == "ณ" and nxt and not nxt.startswith(("กรุง", "เมือง", "นคร", "ประเทศ", "จังหวัด")):
            out.append(tok)  # มหาจุฬาลงกรณราชวิทยาลัย: a ณ inside a word is no preposition
            continue
        # โรงพยาบาลศูนย์ขนาด 755 เตียง, สถาบันอุดมศึกษาทั่วประเทศ: a size or a reach ends the name.
        if (tok == "แห่ง" and nxt in _WHICH_PLACE) or (tok == "ขนาด" and not nxt) or tok == "ทั่วประเทศ":
            break
        if tok == "ทั้ง" and len(out) > k:
            return None  # กระทรวงเกษตรทั้ง 2 ประเทศ: the agencies of both sides, no one agency's name
        # ...ในคณะกรรมการธนาคารออมสินคณะรัฐมนตรีมีมติอนุมัติ...: a summary's heading run into its item, the cabinet
        # resolving, is no part of the name.
        if tok == "คณะรัฐมนตรี" and len(out) > k and text.startswith(
                _CABINET_RESOLVES, pos + sum(map(len, out)) + len(tok)):
            break
        if out[-1] == "แห่งชาติ" and len(out) > k and tok in _AFTER_NATIONAL:
            break  # คณะกรรมการมาตรวิทยาแห่งชาติเพิ่มเติม: what is done with the national body, no more of its name
        # คณะกรรมการยุทธศาสตร์ชาติรายงานว่า, คณะกรรมการค่าจ้างกำหนดให้: what the body reports or sets, glued to its name.
        if len(out) > k and (tok == "กำหนดให้" or (tok == "รายงาน" and nxt in ("ว่า", "ต่อ"))):
            break
        if (tok == "สมัย" and len(out) > k and nxt.startswith(_SESSION_KINDS)) or (tok == "วาระ" and len(out) > k):
            break  # คณะกรรมาธิการว่าด้วยสถานภาพสตรีสมัยที่ 69, คณะกรรมการมรดกโลกสมัยสามัญ: a body's session or term
        # คณะมนตรีรัฐมนตรีว่าการ...: a council's member's title written on after it.
        if (head.group() == "คณะมนตรี" and gaz is not None
                and gaz.position_matcher.match_at(text, pos + sum(map(len, out)))):
            break
        if tok == "และ" and nxt.startswith(("คณะ", "ผู้", "เจ้าหน้าที่")):
            break  # สภาจังหวัดฟุกุโอกะและคณะผู้แทน: the party that came with the body, not its name
        # เจ้ากรมกิจการพลเรือนทหารบกและโฆษกกองทัพบก: a second post of the holder (no known agency's name has และ
        # before a post).
        if tok == "และ" and len(out) > k and gaz is not None and gaz.position_matcher.match_at(
                text, pos + sum(map(len, out)) + len(tok)):
            break
        if tok.startswith("ว่าด้วย") and gaz is not None and _ends_with_country("".join(out), gaz):
            break  # ...แห่งสาธารณรัฐฝรั่งเศสว่าด้วยความร่วมมือ: what an agreement with the country's body is on
        if len(out) > k and _parent_starts(text, pos + sum(map(len, out)), out[-1], gaz):
            break
        # กองส่งเสริมและสนับสนุนงาน...: purposes joined by และ; กองส่งเสริมการลงทุน: การ makes a verb a noun.
        # คณะกรรมการบริหารกองทุนจัดรูปที่ดิน...: so after a head inside the name.
        purpose = (tok in _PURPOSE_WORDS or (tok in _BOARD_PURPOSES and head.group().startswith("คณะ")
                                             and nxt not in ("", "ไว้", "ให้", "ว่า", "ใน", "เอง"))) and (
            len(out) == k or out[-1] in _INNER_HEADS or (
            len(out) >= k + 2 and out[-1] == "และ" and out[-2] in _PURPOSE_WORDS))
        # มูลนิธิรณรงค์เพื่อการไม่สูบบุหรี่, สมาคมศิลปะเพื่อเยาวชน: a foundation is named for its cause, and so is an
        # association when a cause, not a deed, follows (สมาคมโรงงานเพื่อรับฟังความคิดเห็น: why they met).
        # So is a fund, alone or run by a board (กองทุนเงินให้กู้ยืมเพื่อการศึกษา, คณะกรรมการบริหารกองทุนจัดรูปที่ดิน
        # เพื่อพัฒนาพื้นที่): of the corpus's funds with เพื่อ in their first 20 letters nearly all are named so.
        # ศูนย์วิทยาศาสตร์เพื่อการศึกษา, คณะกรรมการอิสระเพื่อการปฏิรูปการศึกษา, สถาบันสิรินธรเพื่อการฟื้นฟูสมรรถภาพ...: a
        # name goes on through เพื่อการ and its noun, glued to it as no clause of purpose after a name is.
        purpose = purpose or (tok == "เพื่อ" and bool(nxt) and (
            head.group() in ("มูลนิธิ", "กองทุน") or "กองทุน" in out
            or (head.group() == "สมาคม" and nxt.startswith(_CAUSES)) or (nxt.startswith("การ") and len(out) > k)))
        # ศูนย์ปฏิบัติการเพื่อป้องกันและปราบปรามอาชญากรรมทางเทคโนโลยี (ศปอส.): a name that runs on past เพื่อ, unbroken,
        # to its abbreviation in brackets is named whole; so is one that runs on to the end of a summary's item
        # heading (31. เรื่อง การแต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการพลังงานนิวเคลียร์เพื่อสันติ).
        if tok == "เพื่อ" and len(out) > k and (_ABBREVIATION_AFTER.match(text, run.end()) or (
                _LINE_ENDS.match(text, run.end()) and _HEADING.match(text, text.rfind("\n", 0, pos) + 1))):
            through = run.end()
            out.append(tok)
            continue
        # คณะกรรมการนโยบายการร่วมลงทุน...: a bare การ turns the next word, stop word or not, into a noun of the name;
        # so does หลบหนี or ลักลอบ before เข้า (กลุ่มงานประสานนโยบายผู้อพยพและหลบหนีเข้าเมือง: illegal entry).
        noun = len(out) > k and (out[-1] == "การ" or (tok == "เข้า" and out[-1] in ("หลบหนี", "ลักลอบ")))
        if (((tok in ORG_STOPS and not purpose and not noun) or tok.startswith("ใน")
             or (len(out) > k and tok.startswith(ORG_NAME_ENDS) and out[-1] != "การ" and not purpose)
             or (len(out) == k and tok in _NOT_A_NAME_WORD))
                and not _joins_field(tokens, i, len(out) - k, gaz)):
            # คณะกรรมการบริหารกองทุนเพื่อความเสมอภาคทางการศึกษา: the board of a known fund whose name holds เพื่อ.
            through = _known_name_runs_on(text, pos, out, k, gaz)
            if pos + sum(map(len, out)) >= through:
                break
        out.append(tok)
    while len(out) > k + 1 and out[-1] in _JOINING_WORDS:
        out.pop()
    rest = out[k:]
    name = "".join(out)
    if head.group() == "บริษัท" and rest and (rest[0] in _COMPANY_KIND_WORDS or rest[0].startswith(_COMPANY_KIND_STARTS)):
        return None
    # สมาคมนักธุรกิจไทยในเวียดนาม, หอการค้าร่วมต่างประเทศในประเทศไทย: an association is named with the country it is in.
    abroad = (gaz is not None and head.group() in _ASSOCIATION_HEADS and rest and text.startswith("ใน", pos + len(name))
              and country_at(text, pos + len(name) + 2, gaz))
    # กระทรวงการค้า อุตสาหกรรม และการประมง ราชอาณาจักรนอร์เวย์: a foreign ministry's fields listed with spaces make
    # a name, however generic its first word.
    listed = head.group() in ("กระทรวง", "กรม") and gaz is not None and rest and _field_list(text, pos + len(name), gaz)
    # คณะกรรมการกลางว่าด้วยราคาสินค้าและบริการ, คณะกรรมการกลางอิสลามแห่งประเทศไทย: a central board is named by what
    # follows กลาง (a hub, ศูนย์กลาง, and a central bank of the region, ธนาคารกลางอาเซียน, are not); so is a board of
    # control (คณะกรรมการควบคุมมลพิษ), of a field (คณะอนุกรรมการด้านกฎหมาย) or a national one (คณะกรรมการระดับชาติ
    # เพื่อขจัดการใช้แรงงานเด็ก...), not the boards of a province (คณะกรรมการระดับจังหวัด).
    # สมาคมผู้ผลิตอาหารสัตว์ไทย: an association of the makers of what its name goes on to say (not สมาคมผู้ผลิต alone).
    generic_next = rest and rest[0] in ORG_GENERIC_NEXT and (len(rest) == 1 or head.group() != "กระทรวง") and not (
        rest[0] in _BOARD_NAME_FIRSTS and len(rest) > 1 and rest[1] not in _WHICH_BOARDS
        and head.group().startswith("คณะ")) and not (
        rest[0] == "ผู้ผลิต" and len(rest) > 1 and head.group() in _ASSOCIATION_HEADS)
    # คณะกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งชาติ: a board whose office the gazetteer knows is named with all of the
    # office's name after สำนักงาน, small words and all, however generic the words read before them.
    office = board_office(text, pos, pos + 120, gaz) if gaz is not None else None
    office = office if office and office[0] >= pos + len(name) else None
    # โครงการ ends a name only where the project's own name follows it, in quotes or English, unread here.
    if not (listed or abroad or office) and (
            not rest or generic_next or name in ORG_GENERIC or (
                name.endswith(ORG_GENERIC_TAILS) and not _PUBLIC_BODY_AFTER.match(text, pos + len(name))
                and not _ends_with_province(name))
            or (len(rest) == 1 and rest[0] in ORG_HEADS)
            # (กระทรวงการ\nท่องเที่ยวและกีฬา): a name broken over a line after การ is no name of its own.
            or rest == ["การ"]
            # กระทรวงญี่ปุ่น; บริษัทญี่ปุ่นรายสำคัญ: companies of a country, not one company; but หอการค้าอินเดีย - ไทย
            # names a body of two.
            or (gaz is not None and (len(rest) == 1 or head.group() == "บริษัท")
                and gaz.country_matcher.match_at(rest[0], 0)
                and not _country_pair_end(text, name, len(head.group()), pos + len(name), limit, gaz))):
        return None
    end = pos + len(name)
    # ห้องรับรองสำนักงานรัฐมนตรี ชั้น 11 อาคารกระทรวงยุติธรรม: with no agency right after it, no office of its own.
    if name in _NAMED_BY_ITS_AGENCY and not (
            gaz is not None and gaz.org_matcher.match_at(text, end + text.startswith(" ", end))):
        return None
    # คณะกรรมการส่งเสริมการจัดประชุมและนิทรรศการ, คณะกรรมการขับเคลื่อนไทยไปด้วยกันจังหวัดนครปฐม: a board's name is
    # written unbroken to the space after it; a word read as its sentence's (ประชุม, ไป, ตาม, เพื่อ) is its name's,
    # unless a clause begins there (ได้, มีมติ, เป็น, จะ...).
    if head.group().startswith("คณะ") and (whole := _unbroken_body(text, end, limit)):
        name, end = text[pos:whole], whole
    # คณะกรรมการสำนักงานความร่วมมือพัฒนาเศรษฐกิจกับประเทศเพื่อนบ้าน: the board of a known agency is named with all
    # of the agency's name, small words and all.
    if gaz is not None and head.group().startswith("คณะ") and (
            agency := gaz.org_matcher.match_at(text, pos + len(head.group()))) and agency[0] > end:
        name, end = text[pos:agency[0]], agency[0]
    if office and office[0] > end:  # คณะกรรมการกำกับและส่งเสริมการประกอบธุรกิจประกันภัย
        name, end = text[pos:office[0]], office[0]
    if abroad:
        name, end = text[pos:abroad[0]], abroad[0]
    if gaz is not None and (pair_end := _country_pair_end(text, name, len(head.group()), end, limit, gaz)):
        name, end = text[pos:pair_end], pair_end
    if listed:
        name, end = text[pos:listed], listed
    # สำนักงานเลขาธิการศูนย์ ACPHEED, ศูนย์ OSS: a name that goes on with its acronym in Latin letters.
    if (acronym := _ACRONYM.match(text, end, limit)) and not (
            gaz is not None and gaz.org_matcher.match_at(text, end + 1)):
        name, end = name + acronym.group(), acronym.end()
    # สำนักงานจัดหางานกรุงเทพมหานครพื้นที่ 1, ศูนย์ฟื้นฟูสมรรถภาพคนงานเขต 6, สำนักงานชลประทานที่ 1: the number ends the
    # name; not a session's, a term's or a phase's (คณะกรรมการ...สมัยที่ 7, คณะกรรมการค่าจ้างชุดที่ 22).
    if not name.endswith(_NOT_NUMBERED) and (num := (
            _AREA_NUMBER if name.endswith(("พื้นที่", "เขต", "ภาค", "ที่")) else _UNIT_NUMBER).match(text, end)):
        name, end = name + num.group(), num.end()
    # ศูนย์ปฏิรูปอุตสาหกรรม 4.0, คณะกรรมการขับเคลื่อนนโยบายเทคโนโลยีเกษตร4.0: the era the body serves ends its name,
    # spaced as it is most often written.
    elif era := _ERA.match(text, end):
        name, end = f"{name} {era.group(1)}", era.end()
    # โรงเรียนวิทยาศาสตร์จุฬาภรณราชวิทยาลัย เชียงราย: a school or hospital of one province is named with it.
    if name.startswith(_BRANCH_HEADS) and (prov := _province_at(text, end)):
        name, end = f"{name} {prov}", end + 1 + len(prov)
    m = _IN_THAILAND.match(text, end)
    label = name
    if m and m.group().strip() != "ฯ":
        end = m.end()
    # กระทรวงเกษตรฯ, กระทรวงศึกษาฯ, กระทรวงการท่องเที่ยว ฯ: a name cut short by ฯ is the one known agency whose
    # name it begins.
    cut = end + 1 if text.startswith("ฯ", end) else end + 2 if text.startswith(" ฯ", end) else None
    if gaz is not None and cut and (entry := gaz.org_prefixes.get(name)):
        return org_from_entry(entry, text, pos, cut, gaz, "gazetteer-abbreviated")
    # สำนักงานองค์การระหว่างประเทศเพื่อการโยกย้ายถิ่นฐาน (ประเทศไทย), สำนักงานโครงการพัฒนาแห่งสหประชาชาติ ประจำประเทศไทย:
    # an international organisation's office in Thailand is the organisation (its units elsewhere are its parts).
    if gaz is not None and head.group() == "สำนักงาน" and (entry := _international_named(name, len(head.group()), gaz)):
        return org_from_entry(entry, text, pos, end, gaz, "office-of-international")
    # A foreign agency is named with its country, however the text writes it (สภาความมั่นคงแห่งสหพันธรัฐรัสเซีย,
    # สภาความมั่นคงรัสเซีย; กระทรวงเกษตรและกิจการชนบท สาธารณรัฐประชาชนจีน): one label and key for all the forms.
    country = None
    if gaz is not None and (suffix := _country_suffix(name, len(head.group()), gaz)):
        stem, entry_ = suffix
        country, label = entry_.iso2, f"{stem}{entry_.label_th}"
    elif gaz is not None and (hit := country_at(text, of.end() if listed and (of := _SPACED_OF.match(text, end))
                                                else end + (text[end:end + 1] == " "), gaz)) and hit[1].iso2 != "TH":
        country = hit[1].iso2
        # กระทรวงกสิกรรมและสิ่งแวดล้อมแห่ง สปป.ลาว: the แห่ง before the space goes with the country.
        name = next((name.removesuffix(of) for of in _OF if name.endswith(of)), name)
        label = f"{name}{hit[1].label_th}"
        end = hit[0]
    alts = tuple(dict.fromkeys(a for a in (text[pos:end], name) if a != label))
    # กระทรวงเกษตร (211 times alone in the 90k): a ministry named by the first words of one Thai ministry's name.
    if (gaz is not None and not country and not listed and not cut and head.group() == "กระทรวง"
            and (entry := gaz.org_prefixes.get(name)) and entry.kind == "ministry" and entry.country == "TH"):
        return org_from_entry(entry, text, pos, end, gaz, "ministry-named-short")
    # กระทรวงทรัพยากรธรรรมชาติและสิ่งแวดล้อมเสนอ: the name read from its head word may be a known one written otherwise.
    if gaz is not None and not country and not listed and not cut and (known := _known_as_written(name, gaz)):
        return org_from_entry(known[0], text, pos, end, gaz, known[1])
    # สำนักงานที่ปรึกษาการเกษตรต่างประเทศ ประจำกรุงโรม: an office abroad is named by the city it sits in, one office
    # to a city.
    if head.group() == "สำนักงาน" and not country and not cut and (seat := _SEAT_CITY.match(text, end, limit)):
        label, end = f"{name} ประจำ{seat.group(1)}", seat.end()
        alts = tuple(dict.fromkeys((*alts, name + "ประจำ" + seat.group(1))))
    # กระทรวงกิจการภายในฯ of an agency no gazetteer knows: the article's full name of it is found in resolution.
    rule = "head-word-abbreviated" if cut and not country else "head-word-pattern"
    # fields listed with spaces: one key however the list is spaced (การค้า และอุตสาหกรรม, การค้าและอุตสาหกรรม)
    keyed = label.replace(" ", "") if listed else label
    return OrgRef("o-" + slug(keyed, keep_hash=True), label, "th", pos, end, rule, label_th=label,
                  alt_labels=alts, country=country, parent=_international_in(name, len(head.group()), gaz))


def _ends_with_country(name: str, gaz: Gazetteer, start: int = 0, reach: int = 30) -> bool:
    """Whether a name read so far ends with a country's name (...แห่งสาธารณรัฐฝรั่งเศส), one beginning at or after
    ``start`` and within ``reach`` letters of the end."""
    return any((c := gaz.country_matcher.match_at(name, p)) and c[0] == len(name)
               for p in range(max(start, len(name) - reach), len(name) - 1))


def _country_pair_end(text: str, name: str, head_len: int, end: int, limit: int, gaz: Gazetteer) -> int | None:
    """Where a body of two countries is named over a dash: after a name ending in the first country (สมาคมวัฒนธรรม
    และเศรษฐกิจไทย – จีน), or after a space and the pair (สถาบันเทคโนโลยีและวิศวกรรมศาสตร์ ไทย-ญี่ปุ่น,
    คณะกรรมการชายแดนทั่วไป ไทย - กัมพูชา)."""
    if (pair := _SPACED_DASH.match(text, end, limit)) and (
            name.endswith(_REGIONS) or _ends_with_country(name, gaz, head_len, 14)):
        # สภาธุรกิจสหรัฐอเมริกา – อาเซียน: the second may be a region's body.
        if region := next((r for r in _REGIONS if text.startswith(r, pair.end())), None):
            return pair.end() + len(region)
        second = gaz.country_matcher.match_at(text, pair.end())
        return second[0] if second else None
    if (text.startswith(" ", end) and (first := gaz.country_matcher.match_at(text, end + 1))
            and (pair := _PAIR_DASH.match(text, first[0], limit))
            and (second := gaz.country_matcher.match_at(text, pair.end())) and first[1] != second[1]):
        return second[0]
    return None


_REGIONS = ("อาเซียน", "สหภาพยุโรป")
_BRANCH_HEADS = ("โรงเรียน", "โรงพยาบาล", "วิทยาลัย")
_ASSOCIATION_HEADS = ("สมาคม", "หอการค้า", "ชมรม", "มูลนิธิ")
_OF = ("แห่ง", "ของ")
_COMPANY = frozenset({"คณะ", "ภริยา", "ครอบครัว", "ผู้ติดตาม"})
_ACRONYM = re.compile(r" [A-Z][A-Z0-9]{2,9}(?![A-Za-z0-9.\-])")
# กระทรวงเกษตร ปศุสัตว์ และอุปทานอาหารแห่งสหราชอาณาจักร: a foreign ministry's fields, listed with spaces.
_FIELDS = re.compile(f"(?: [{THAI_CHARS}]{{1,20}}){{1,3}} ?และ ?[{THAI_CHARS}]{{2,60}}")
_PARENT_KINDS = frozenset({"ministry", "department", "office"})
# Words before กระทรวง that make one post or office with it (สำนักงานปลัดกระทรวง...), not a unit and its parent.
_JOINS_MINISTRY = ("ปลัด", "รัฐมนตรี", "เลขานุการรัฐมนตรี", "รองปลัด")


def _parent_starts(text: str, pos: int, before: str, gaz: Gazetteer | None) -> bool:
    """Whether a known ministry or department, this unit's parent, begins at ``pos`` inside a name read by its head
    word (ศูนย์ดำเนินการเกี่ยวกับผู้อพยพกระทรวงมหาดไทย, กองการต่างประเทศสำนักงานปลัดกระทรวงมหาดไทย)."""
    if gaz is None or not text.startswith(("กระทรวง", "กรม", "สำนักงาน"), pos) or before.endswith(_JOINS_MINISTRY):
        return False
    hit = gaz.org_matcher.match_at(text, pos)
    return hit is not None and hit[1].kind in _PARENT_KINDS


def _country_suffix(name: str, head_len: int, gaz: Gazetteer) -> tuple[str, CountryEntry] | None:
    """The name without the foreign country it ends with (แห่ง, ของ and ประเทศ before it go too), and the country;
    the stem must keep a word after its head."""
    for p in range(head_len + 2, len(name) - 1):
        hit = country_at(name, p, gaz)
        if hit is None or hit[0] != len(name) or hit[1].iso2 == "TH":
            continue
        stem = name[:p].rstrip()
        # สมาคมไทย-ญี่ปุ่น, สภาธุรกิจไทยญี่ปุ่น: an association of two countries belongs to neither.
        pair = stem.rstrip("-–")
        if pair != stem or any((hit2 := country_at(pair, k, gaz)) and hit2[0] == len(pair)
                               for k in range(max(head_len, len(pair) - 30), len(pair) - 1)):
            return None
        for of in _OF:
            stem = stem.removesuffix(of).rstrip() if len(stem) - len(of) > head_len + 1 else stem
        if not _word_boundary(name, p) or len(stem) <= head_len + 1:
            continue
        return stem, hit[1]
    return None


_SPACED_OF = re.compile(r" ของ ?(?=[\u0e01-\u0e4e])")


def _field_list(text: str, end: int, gaz: Gazetteer) -> int | None:
    """Where a foreign ministry's name that lists its fields with spaces ends: only a list that ends with the
    country's name counts, so agencies listed side by side stay apart."""
    m = _FIELDS.match(text, end)
    # ...ป้องกันความสงบ  อย่างเข้าใจ และยินดีที่ทราบว่า...: a spaced word that opens with a stop word is the sentence going on.
    if not m or any(w.startswith(ORG_HEADS) or w in ORG_STOPS or words(w)[0] in ORG_STOPS
                    or gaz.country_matcher.match_at(w, 0) for w in m.group().replace("และ", " ").split()[:-1]):
        return None
    last = m.group().rsplit("และ", 1)[1].strip()
    whole = text[end - 1:m.end()]
    # ... การค้าและอุตสาหกรรม ของมาเลเซีย: the country after a space, or after ของ spaced as the list is.
    of = _SPACED_OF.match(text, m.end())
    after = country_at(text, of.end() if of else m.end() + 1, gaz) if text.startswith(" ", m.end()) else None
    if _country_suffix(whole, 0, gaz) is None and not last.startswith(ORG_HEADS) and not (
            after and after[1].iso2 != "TH"):
        return None
    return m.end()


@cache
def _provinces_en() -> dict[str, str]:
    """Thailand's provinces but Bangkok, Thai name → English name (pythainlp's list)."""
    from pythainlp.corpus import provinces

    return {p["name_th"]: p["name_en"] for p in provinces(details=True) if p["name_th"] != "กรุงเทพมหานคร"}


@cache
def _provinces() -> frozenset[str]:
    return frozenset(_provinces_en())


_SERVES = re.compile(r"\s?(?:ประจำ|ณ)\s?(?:จังหวัด)?")


def _consulate_city(text: str, pos: int) -> tuple[int, str] | None:
    """End and name of the Thai province a foreign consulate's name gives after its country (ประจำจังหวัดเชียงใหม่,
    ณ เชียงใหม่): the longest province name written there."""
    m = _SERVES.match(text, pos)
    if not m:
        return None
    hits = [p for p in _provinces() if text.startswith(p, m.end())]
    best = max(hits, key=len, default=None)
    return (m.end() + len(best), best) if best else None


def _ends_with_province(name: str) -> bool:
    """มหาวิทยาลัยราชภัฏเชียงใหม่: a name that ends with a province's name, whose last word may be a kind's (ใหม่)."""
    return any(name.endswith(p) for p in _provinces())


def _province_at(text: str, pos: int) -> str | None:
    """The province named right after ``pos`` (one space, an optional จังหวัด), as a word of its own."""
    if text[pos:pos + 1] != " ":
        return None
    run = _THAI_RUN.match(text, pos + 1)
    word = run.group().removeprefix("จังหวัด") if run else ""
    return run.group() if word in _provinces() else None


def province_of_post(text: str, pos: int) -> OrgRef | None:
    """The province a provincial post is held in, named right at ``pos`` (ผู้ว่าราชการจังหวัดระยอง) or after a space
    and its own จังหวัด (... (นักปกครอง ระดับสูง) จังหวัดกาฬสินธุ์): the province's administration as an agency."""
    start = pos + (text[pos:pos + 1] == " ")
    run = _THAI_RUN.match(text, start)
    if run is None or (start > pos and not run.group().startswith("จังหวัด")):
        return None
    name = run.group().removeprefix("จังหวัด")
    if name not in _provinces_en():
        return None
    label = f"จังหวัด{name}"
    return OrgRef(f"province-{slug(_provinces_en()[name])}", label, "th", start, run.end(), "province-of-post",
                  label_th=label, label_en=f"{_provinces_en()[name]} Province", country="TH")


def _thai_office(label: str, start: int, end: int, rule: str, label_en: str | None = None) -> OrgRef:
    """A Thai agency a post names (its province's or region's office), keyed as the same name read anywhere else."""
    return OrgRef("o-" + slug(label, keep_hash=True), label, "th", start, end, rule, label_th=label, label_en=label_en,
                  country="TH")


# พาณิชย์จังหวัดน่าน, นายแพทย์สาธารณสุขจังหวัดสมุทรสงคราม: a provincial officer heads his ministry's office in the
# province (สำนักงานพาณิชย์จังหวัดน่าน), named by the title's field; two offices are named otherwise.
_PROVINCIAL_OFFICES = {f: f for f in (
    "คลัง", "ทรัพยากรธรรมชาติและสิ่งแวดล้อม", "ท่องเที่ยวและกีฬา", "สาธารณสุข", "ประชาสัมพันธ์", "ประมง", "ปศุสัตว์",
    "พลังงาน", "พัฒนาสังคมและความมั่นคงของมนุษย์", "พาณิชย์", "ยุติธรรม", "วัฒนธรรม", "ศึกษาธิการ", "สหกรณ์",
    "อุตสาหกรรม", "เกษตร", "แรงงาน", "โยธาธิการและผังเมือง", "จัดหางาน", "ประกันสังคม", "สถิติ",
    "สวัสดิการและคุ้มครองแรงงาน")} | {
    "ท้องถิ่น": "ส่งเสริมการปกครองท้องถิ่น", "พัฒนาการ": "พัฒนาชุมชน"}


def provincial_office_of_post(text: str, pos: int, end: int) -> OrgRef | None:
    """The provincial office a post from ``pos`` to ``end`` (ending in จังหวัด) heads in the province named at ``end``
    (อุตสาหกรรมจังหวัดระยอง: สำนักงานอุตสาหกรรมจังหวัดระยอง), or None for a post of another kind."""
    field = text[pos:end].removesuffix("จังหวัด").removeprefix("รอง").removeprefix("ผู้ช่วย").removeprefix("นายแพทย์")
    if field not in _PROVINCIAL_OFFICES or (province := province_of_post(text, end)) is None or province.start != end:
        return None
    return _thai_office(f"สำนักงาน{_PROVINCIAL_OFFICES[field]}{province.label}", end, province.end,
                        "provincial-office-of-post")


_REGION_NO = re.compile(r" ?(\d{1,2})(?!\d)")


def regional_office_of_post(text: str, pos: int, end: int) -> OrgRef | None:
    """The regional education office a regional education officer heads (ศึกษาธิการภาค 6: สำนักงานศึกษาธิการภาค 6),
    numbered right after the title; None with no number."""
    if text[pos:end].removeprefix("รอง") != "ศึกษาธิการภาค" or not (m := _REGION_NO.match(text, end)):
        return None
    return _thai_office(f"สำนักงานศึกษาธิการภาค {m.group(1)}", end, m.end(), "regional-office-of-post")


_PAO = "องค์การบริหารส่วนจังหวัด"


def pao_of_post(text: str, pos: int) -> OrgRef | None:
    """The provincial administrative organisation whose name a post ends in (นายกองค์การบริหารส่วนจังหวัดลำพูน):
    ``pos`` is where its province is named. Keyed as the same name found anywhere else."""
    if not text.endswith(_PAO, 0, pos) or (province := province_of_post(text, pos)) is None or province.start != pos:
        return None
    return _thai_office(_PAO + province.label.removeprefix("จังหวัด"), pos - len(_PAO), province.end,
                        "head-word-pattern", f"{province.label_en.removesuffix(' Province')} Provincial "
                        "Administrative Organisation")


def _international_at(name: str, at: int, gaz: Gazetteer | None) -> tuple[int, OrgEntry] | None:
    """The end and entry of the international organisation whose known name starts at ``at`` of ``name``, else None."""
    hit = gaz.org_matcher.match_at(name, at) if gaz is not None else None
    return hit if hit and hit[1].kind == "international" else None


def _international_in(name: str, head_len: int, gaz: Gazetteer | None) -> str | None:
    """สำนักงานยูเนสโกส่วนภูมิภาค: an office named after an international organisation is one of its units."""
    hit = _international_at(name, head_len, gaz)
    return hit[1].key if hit and hit[0] < len(name) else None


def _international_named(name: str, head_len: int, gaz: Gazetteer) -> OrgEntry | None:
    """The international organisation whose whole name follows an office's head word (and ประจำประเทศไทย), else
    None."""
    hit = _international_at(name, head_len + (name[head_len:head_len + 1] == " "), gaz)
    if not hit:
        return None
    rest = _IN_THAILAND.fullmatch(name, hit[0]) if hit[0] < len(name) else None
    return hit[1] if hit[0] == len(name) or (rest and rest.group().strip() != "ฯ") else None


def _known_name_runs_on(text: str, pos: int, out: list[str], k: int, gaz: Gazetteer | None) -> int:
    """The end of a known agency's name that starts at a word of the name read so far, after its head, and runs on
    past it (กองทุนเพื่อความเสมอภาคทางการศึกษา in คณะกรรมการบริหารกองทุน|เพื่อ...), else 0."""
    if gaz is None:
        return 0
    here = pos + sum(map(len, out))
    at = pos + sum(map(len, out[:k]))
    for word in out[k:]:
        if (hit := gaz.org_matcher.match_at(text, at)) is not None and hit[0] > here:
            return hit[0]
        at += len(word)
    return 0


def _joins_field(tokens: list[str], i: int, named: int, gaz: Gazetteer | None) -> bool:
    """และ inside one agency's name (กระทรวงการเปลี่ยนแปลงสภาพภูมิอากาศและสิ่งแวดล้อม), not between two agencies:
    the name has a word of its own before it and a plain word, no head, country or stop word, after it."""
    if tokens[i] != "และ" or named < 1 or i + 1 >= len(tokens):
        return False
    nxt = tokens[i + 1]
    if nxt in _PURPOSE_WORDS and tokens[i - 1] in _PURPOSE_WORDS:
        return True
    if nxt in _COMPANY:  # ... และคณะ, และภริยา: the agency's people come along, no more of its name
        return False
    return not (nxt in ORG_STOPS or nxt.startswith(ORG_HEADS) or len(nxt) < 2
                or (gaz is not None and gaz.country_matcher.match_at(nxt, 0)))


# 1. คณะกรรมการพิจารณาปรับปรุงประมวลกฎหมายวิธีพิจารณาความแพ่ง, 3. คณะกรรมการพัฒนาเกษตรอินทรีย์แห่งชาติ (คงเดิมทุกตำแหน่ง):
# a line that holds a body's name alone, after its number, with a remark in brackets after it; or that goes on with its
# make-up (3. คณะกรรมการนโยบายและกำกับดูแลสถาบันไทยโคเซ็น ประกอบด้วย ...).
_BODY_LINE = re.compile(r"[ \t]*(?:\d{1,2}(?:\.\d{1,2})*\.?\s?)?(?P<name>[^\n()]{6,150}?)\s*"
                        r"(?:\([^()\n]{0,40}\))?(?:[ \t]*$|\s?ประกอบด้วย)", re.MULTILINE)


def named_by_its_line(text: str, body: OrgRef) -> OrgRef:
    """The body as its own line names it whole, when the line holds its name alone: a name read from its head word
    stops at a word that reads as a verb (พิจารณา) or at a space (ห้างหุ้นส่วน บริษัท และองค์กรทางธุรกิจ)."""
    m = _BODY_LINE.match(text, text.rfind("\n", 0, body.start) + 1)
    if m is None or m.start("name") != body.start or m.end("name") <= body.end or not body.key.startswith("o-"):
        return body
    label = m.group("name")
    return replace(body, key="o-" + slug(label, keep_hash=True), label=label, label_th=label, end=m.end("name"),
                   alt_labels=(), rule="body-named-by-its-line")


_VENUE = re.compile(r"\b(?:Hotel|Resort|Convention|Exhibition|Building|Tower|Plaza|Arena|Stadium|Hall|Point)\b")
_VENUE_BEFORE = re.compile(r"(?:โรงแรม|อาคาร|ห้อง|ตึก)\s?\(?$")
_MEETING_OF = re.compile(r"\b(?:Meetings?|Session|Summit|Conference|Forum|Retreat)\s(?:of|for)\s(?:[Tt]he\s)?")
_GOVERNORS_AFTER = re.compile(r"[’']?s?[’']?\s(?:Governors?|Deputies)\b")


def _generic_latin(text: str, pos: int, limit: int) -> OrgRef | None:
    m = _LATIN_ORG.match(text, pos, limit)
    if not m:
        return None
    name = m.group().strip()
    words_ = name.split()
    while words_ and words_[0] in ("of", "and", "for", "the", "on", "The"):
        words_ = words_[1:]
    while words_ and words_[-1].rstrip(".") in ("Mr", "Ms", "Mrs", "Dr", "H.E", "and", "of"):
        words_ = words_[:-1]  # ... Ministry of Transport and Communications Mr. Win: the next person begins
    name = " ".join(words_)
    # Twenty-Eighth Meeting of the ASEAN Socio-Cultural Community Council: the body whose meeting it is.
    if (of := _MEETING_OF.search(name)) is not None:
        name = name[of.end():]
        words_ = name.split()
    # Gaylord National Resort & Convention Center, โรงแรม Grande Center Point, อาคาร ... Center Building: a venue;
    # Finance Ministers' and Central Bank Governors' Meeting: the banks' governors met, no one bank is named.
    if (len(words_) < 2 or _VENUE.search(name) or _VENUE_BEFORE.search(text, max(0, pos - 12), pos)
            or _GOVERNORS_AFTER.match(text, m.end())):
        return None
    return latin_ref(name, pos + m.group().find(name), "latin-head-pattern")


def latin_ref(name: str, start: int, rule: str) -> OrgRef:
    """An agency no gazetteer knows, named in Latin letters at ``start``, keyed by its name."""
    return OrgRef("o-" + slug(name_key(name)), name, "en", start, start + len(name), rule, label_en=name)


# คณะผู้แทนถาวรไทยประจำสหประชาชาติ ณ นครเจนีวา; after an ambassador's title, ผู้แทนถาวรไทยประจำ... names it too.
_MISSION = re.compile(f"(?P<head>คณะ)?ผู้แทนถาวร(?:ไทย|แห่งประเทศไทย)?ประจำ\\s?(?P<to>[{THAI_CHARS}]{{4,80}})"
                      f"(?:\\s?ณ\\s?(?P<city>(?:กรุง|นคร)[{THAI_CHARS}]{{2,20}}))?")


def mission_at(text: str, pos: int, implied: bool = False) -> OrgRef | None:
    """Thailand's permanent mission to the UN, ASEAN or another body, named in full or, after an ambassador's
    title (``implied``), by the representative's title."""
    m = _MISSION.match(text, pos)
    if not m or not (m["head"] or implied):
        return None
    label = f"คณะผู้แทนถาวรไทยประจำ{m['to']}" + (f" ณ {m['city']}" if m["city"] else "")
    alts = (f"คณะผู้แทนถาวรไทย ณ {m['city']}",) if m["city"] else ()
    return OrgRef("o-" + slug(label, keep_hash=True), label if implied else m.group(), "th", pos, m.end(),
                  "mission-pattern", label_th=label, country="TH", alt_labels=alts)


# คณะแพทยศาสตร์ศิริราชพยาบาล มหาวิทยาลัยมหิดล, คณะอักษรศาสตร์ จุฬาลงกรณ์มหาวิทยาลัย: a faculty (คณะ alone is a
# party or a board), named up to the space or the university after it.
_FACULTY = re.compile(f"คณะ[{THAI_CHARS}]{{2,30}}?ศาสตร์(?:(?!มหาวิทยาลัย|จุฬาลงกรณ์)[{THAI_CHARS}]){{0,30}}")


def faculty_at(text: str, pos: int) -> OrgRef | None:
    """A university's faculty named at ``pos``; unknown to the gazetteers, it is named with its university."""
    m = _FACULTY.match(text, pos)
    if not m:
        return None
    # The field is the word after คณะ (แพทยศาสตร์, or สังคมสงเคราะห์|ศาสตร์ as the segmenter cuts it): คณะกรรมการ
    # ยุทธศาสตร์ชาติ is a board, คณะผู้บริหาร...กองยุทธศาสตร์ a party, คณะใหญ่ที่สุดในประวัติศาสตร์ a boast.
    toks = words(m.group()[3:])
    if not (toks[0].endswith("ศาสตร์") or (len(toks) > 1 and toks[1] == "ศาสตร์")) or toks[0] == "ประวัติศาสตร์":
        return None
    return OrgRef("o-" + slug(m.group(), keep_hash=True), m.group(), "th", pos, m.end(), "head-word-pattern",
                  label_th=m.group())


# ฝ่ายพาณิชย์ของสถานเอกอัครราชทูต..., ส่วนคดีการค้ามนุษย์ 1 กรมสอบสวนคดีพิเศษ: ฝ่าย (a side) and ส่วน (a part)
# head a unit's name where the agency it belongs to follows, after ของ, แห่ง, ประจำ or a space, or (ส่วน) where its head's
# title is glued before it; a number may end it.
UNIT_HEADS = ("ฝ่าย", "ส่วน")
UNIT_TO_PARENT = re.compile(r"(?P<num> ?\d{1,2}(?![\d/.,]))?(?P<gap>\s?(?:ของ|ประจำ|แห่ง)?\s?)")
_FAI = re.compile("ฝ่าย")
# ส่วนราชการ, ฝ่ายบริหาร, ฝ่ายค้าน, ส่วนหนึ่งของ...: kinds, shares and branches of government, no one unit.
_UNIT_NOT = frozenset({"ราชการ", "งาน", "หนึ่ง", "ใหญ่", "กลาง", "ร่วม", "ภูมิภาค", "ท้องถิ่น", "ตัว", "บุคคล", "ที่",
                       "เกี่ยวข้อง", "ต่าง", "ต่างๆ", "บริหาร", "นิติบัญญัติ", "ตุลาการ", "การเมือง", "หน้า", "อื่น",
                       "อื่นๆ", "สำคัญ", "เดียว", "รวม", "แบ่ง", "ประกอบ", "ช่วย", "ค้าง", "ลด", "เกิน", "ขยาย",
                       "เสริม", "จาก", "เสีย", "ค้าน", "รัฐบาล", "พลเรือน", "ข้าราชการ", "อาเซียน"})
# ฝ่ายความมั่นคง กระทรวงมหาดไทย is the ministry's security side; only an embassy has such sections by name.
_SIDES = frozenset({"เศรษฐกิจ", "ความมั่นคง", "ปกครอง", "ทหาร", "สังคม"})
# ของ, แห่ง, ประจำ: the words between a unit and the agency it belongs to.
OF_AT = ("ของ", "แห่ง", "ประจำ")
UNIT_LEADERS = ("ผู้อำนวยการ", "รองผู้อำนวยการ", "ผอ.", "หัวหน้า", "รองหัวหน้า", "ผู้จัดการ")
_DIVISION_HEADS = ("ผู้อำนวยการ", "ผอ.", "หัวหน้า")  # a company's ผู้จัดการส่วน heads no division of the service
_SHORTEST_UNIT = 8  # letters after the head word: ส่วนกฎหมาย, not ส่วนนี้
GLUED_PARENT = ("สำนักงาน", "สำนัก", "กรม", "กอง")  # heads of the agency a division's name may be glued to


def _agency_at(text: str, pos: int, gaz: Gazetteer) -> bool:
    return gaz.org_matcher.match_at(text, pos) is not None or embassy_at(text, pos, gaz) is not None


def unit_at(text: str, pos: int, gaz: Gazetteer, limit: int) -> OrgRef | None:
    """A unit headed ฝ่าย or ส่วน at ``pos``, named up to the known agency it belongs to; a division (ส่วน) glued
    after its head's title, named by its written word; None otherwise."""
    if not text.startswith(UNIT_HEADS, pos) or not _word_boundary(text, pos):
        return None
    start = pos + 4
    run = _THAI_NAME_RUN.match(text, start, min(limit, start + 60))
    if not run or gaz.country_matcher.match_at(text, start):
        return None
    toks = words(run.group())
    if toks[0] in _UNIT_NOT:
        return None
    offset = start
    for tok in toks[:6]:
        if tok in ORG_STOPS or tok in _NOT_A_NAME_WORD or tok in OF_AT or tok.startswith(("ใน", "และ")):
            break  # ส่วนเสริมของอนุสัญญา: of something that is no agency
        offset += len(tok)
        m = UNIT_TO_PARENT.match(text, offset, limit)
        if toks[0] in _SIDES and not text.startswith(_EMBASSY_HEADS, m.end()):
            continue
        if _agency_at(text, m.end(), gaz):
            return _unit(text, pos, m.start("gap"))
    # ผอ.ส่วนส่งเสริมองค์กรศาสนาอิสลามและกิจการฮัจย์ นาย...: after its head's title, glued, a division (ส่วน, a rank of
    # the civil service; a company's ฝ่าย is not read so) is named by the whole written word (and its number).
    if (text.startswith("ส่วน", pos) and text.endswith(_DIVISION_HEADS, 0, pos) and len(run.group()) >= _SHORTEST_UNIT
            and "ฯ" not in run.group()):
        # ส่วนเครื่องจักรกลสำนักงานชลประทานที่ 14: the agency it belongs to may be glued to it.
        end, offset = run.end(), start
        for tok in toks:
            if offset - start >= _SHORTEST_UNIT and (
                    text.startswith(GLUED_PARENT, offset) or _agency_at(text, offset, gaz)):
                end = offset
                break
            offset += len(tok)
        return _unit(text, pos, UNIT_TO_PARENT.match(text, end, limit).start("gap") if end == run.end() else end)
    return None


def _unit(text: str, start: int, end: int) -> OrgRef:
    name = text[start:end]
    return OrgRef("o-" + slug(name, keep_hash=True), name, "th", start, end, "unit-pattern", label_th=name)


def _known_as_written(name: str, gaz: Gazetteer) -> tuple[OrgEntry, str] | None:
    """The known agency a whole name stands for though the gazetteer writes it otherwise, and the rule that found it:
    misspelt by one letter (กระทรวงสาธารสุข, some 800 mentions in the 90k corpus), or without แห่งชาติ
    (สำนักงานหลักประกันสุขภาพ, some 130 of fifteen letters or more; shorter ones, สภานิติบัญญัติ, name other bodies too)."""
    if entry := gaz.misspelt(name):
        return entry, "gazetteer-misspelt"
    if len(name) >= 15 and (entry := gaz.org_matcher.payload.get(name + "แห่งชาติ")):
        return entry, "gazetteer-without-national"
    # กระทรวงคลัง, กรมพัฒนาชุมชน, กระทรวงการยุติธรรม: a Thai agency's name with its การ after the head dropped or
    # added (กระทรวงการคลัง, กรมการพัฒนาชุมชน, กระทรวงยุติธรรม; about 500 articles of the 90k corpus).
    head = next((h for h in _KAN_HEADS if name.startswith(h)), None)
    if head and len(name) >= 10:
        rest = name[len(head):]
        other = head + (rest[3:] if rest.startswith("การ") else "การ" + rest)
        if (entry := gaz.org_matcher.payload.get(other)) is not None and entry.country == "TH":
            return entry, "gazetteer-kan-dropped"
    return None


_KAN_HEADS = ("สำนักงานปลัดกระทรวง", "กระทรวง", "กรม")


_EXECUTIVE_BOARD = re.compile(r"คณะกรรมการบริหาร ?(?=สมาคม|มูลนิธิ|บริษัท|บมจ\.|สันนิบาต|สหพันธ์|หอการค้า|สภาหอการค้า"
                              r"|สภาอุตสาหกรรม|สภาธุรกิจ)")


_OFFICE_SHORT = re.compile(r"สนง\.\s?")
_LONGEST_NAME = 300  # letters: more than any agency's name, a bound on the text copied to read one apart


def org_read_apart(text: str, at: int, gaz: Gazetteer, limit: int, head: str = "") -> OrgRef | None:
    """The agency named from ``at`` read apart from what comes before, as if ``head`` were written there in full:
    from a copy of a few hundred letters, not of the rest of a summary that may run to 160,000. The agency's span
    in ``text`` starts at ``at``; its names are the ones read from the copy."""
    copy = head + text[at:min(limit, at + _LONGEST_NAME)]
    ref = org_at(copy, 0, gaz)
    if ref is None or ref.end <= len(head):
        return None
    return replace(ref, start=at, end=at + ref.end - len(head))


def _short_office_at(text: str, pos: int, gaz: Gazetteer, limit: int) -> OrgRef | None:
    """สนง.ปลัดกระทรวงมหาดไทย, สนง.ประกันสังคม: the office named with สนง., short for สำนักงาน (about 260 times in
    the 90k corpus), read as if written in full, with the form written among its names."""
    short = _OFFICE_SHORT.match(text, pos, limit)
    ref = org_read_apart(text, short.end(), gaz, limit, "สำนักงาน") if short else None
    # สนง.พมจ.แพร่: an abbreviation cut at its first dot names nothing.
    if ref is None or text.startswith(".", ref.end):
        return None
    full, written = "สำนักงาน" + text[ref.start:ref.end], text[pos:ref.end]
    alts = tuple(dict.fromkeys(a for a in (*ref.alt_labels, written) if a != ref.label and a != full))
    return replace(ref, start=pos, alt_labels=alts)


def org_at(text: str, pos: int, gaz: Gazetteer, limit: int | None = None) -> OrgRef | None:
    """The organisation named at ``pos``, or None."""
    limit = len(text) if limit is None else limit
    if text.startswith("สนง.", pos):
        return _short_office_at(text, pos, gaz, limit)
    # คณะกรรมการบริหารสมาคมการประมงแห่งประเทศไทย: an association's or a company's executive board is the body itself.
    if (board := _EXECUTIVE_BOARD.match(text, pos, limit)) and (inner := org_at(text, board.end(), gaz, limit)):
        alt = f"คณะกรรมการบริหาร{inner.label}"
        return replace(inner, start=pos, alt_labels=tuple(dict.fromkeys((*inner.alt_labels, alt))))
    ref = (embassy_at(text, pos, gaz) or mission_at(text, pos) or faculty_at(text, pos)
           or company_at(text, pos, limit) or unit_at(text, pos, gaz, limit))
    hit = gaz.org_matcher.match_at(text, pos)
    # บริษัท ปตท. จำกัด (มหาชน), บริษัท ปตท. จำกัด: a company the gazetteer knows, by all the name read or by the name
    # between บริษัท and จำกัด, is the gazetteer's.
    if ref and ref.rule.startswith("company-"):
        if hit and hit[0] >= ref.end:
            ref = None
        elif known := next((gaz.org_matcher.payload[a] for a in ref.alt_labels if a in gaz.org_matcher.payload), None):
            return org_from_entry(known, text, pos, ref.end, gaz, "gazetteer")
    if ref:
        return ref
    # สำนักงานปลัดกระทรวง กระทรวงอุตสาหกรรม, สำนักงานปลัดกระทรวง อว.: the permanent secretary's office of the ministry
    # named after it.
    if text.startswith("สำนักงานปลัดกระทรวง ", pos) and (
            ministry := org_at(text, pos + 20, gaz, limit)) is not None and (
            office := gaz.orgs.get(f"{ministry.key}_ops")) is not None:
        return org_from_entry(office, text, pos, ministry.end, gaz, "gazetteer")
    # องค์การ JICA, สำนักงาน UNDP: a Thai head word before a known name in Latin letters is that organisation.
    head = _head_regex().match(text, pos) if not hit else None
    if head and text.startswith(" ", head.end()) and text[head.end() + 1:head.end() + 2].isascii() and (
            latin := gaz.org_matcher.match_at(text, head.end() + 1)):
        return org_from_entry(latin[1], text, pos, latin[0], gaz, "gazetteer")
    if hit:
        ref = org_from_entry(hit[1], text, pos, hit[0], gaz, "gazetteer")
        if text[pos:pos + 1].isascii():
            # Department of Water Resources and Improvement of River Systems (Myanmar's) is not Thailand's
            # Department of Water Resources: an English name that runs on past a known one is another agency.
            generic = _generic_latin(text, pos, limit)
            if generic and generic.end > ref.end and not _THAILAND_TAIL.fullmatch(text, ref.end, generic.end):
                # Ministry of Foreign Affairs of Japan: the Japanese ministry, as กระทรวงการต่างประเทศญี่ปุ่น is.
                of = _OF_COUNTRY.match(text, ref.end, generic.end)
                country = gaz.country_matcher.match_at(text, of.end()) if of else None
                if hit[1].kind == "ministry" and country and country[0] == generic.end:
                    return foreign_ministry(hit[1], country[1], text, pos, generic.end)
                return generic
            return ref
        # A longer name built on a known head (กรมความร่วมมือ... vs กรม) beats a short entry.
        generic = _generic_thai(text, pos, limit, gaz)
        if generic is None or generic.end <= ref.end or ref.rule != "gazetteer":
            return ref
        if len(hit[1].names[0]) >= 6:
            return ref
        return generic
    # ปลัดกระทรวงการพัฒนาสังคมและความมันคงของมนุษย์, สำนักงานคณะกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคม (which the head-word
    # reader ends at เพื่อ): the Thai letters up to where they end may name a known agency written otherwise.
    if (run := _THAI_RUN.match(text, pos, min(limit, pos + 90))) and (known := _known_as_written(run.group(), gaz)):
        return org_from_entry(known[0], text, pos, run.end(), gaz, known[1])
    if text[pos:pos + 1].isascii():
        # The Ministry of Agriculture and Cooperatives (MOAC): a known name after "The".
        if text.startswith(("The ", "the "), pos) and gaz.org_matcher.match_at(text, pos + 4):
            return org_at(text, pos + 4, gaz, limit)
        return _generic_latin(text, pos, limit)
    return _generic_thai(text, pos, limit, gaz)


def _ends_another_abbreviation(text: str, start: int, end: int) -> bool:
    """มอก., ธพส., ศปค.สธ.: a known abbreviation (อก., พส., ปค.) glued to bare consonants before it ends another; not
    after the words ของ and มอบ (ของศบค., มอบกกจ.)."""
    if end - start > 8 or not text.endswith(".", start, end):
        return False
    k = start
    while k > 0 and "ก" <= text[k - 1] <= "ฮ":
        k -= 1
    return k < start and (k == 0 or not "\u0e00" <= text[k - 1] <= "\u0e7f") and not text.endswith(
        ("ของ", "มอบ"), k, start)


def find_orgs(text: str, start: int, end: int, gaz: Gazetteer,
              skip: list[tuple[int, int]] = ()) -> list[OrgRef]:  # type: ignore[assignment]
    """Every organisation named in ``text[start:end]``, leftmost-longest, none inside a ``skip`` span."""
    starts = {s for s, e, _ in gaz.org_matcher.finditer(text, start, end) if not _ends_another_abbreviation(text, s, e)}
    starts |= {m.start() for m in _head_regex().finditer(text, start, end)}
    starts |= {m.start() for m in _LATIN_ORG_START.finditer(text, start, end)}
    if text.find("ผู้แทนถาวร", start, end) >= 0:  # rare words: a scan for them only where they are
        starts |= {m.start() for m in _MISSION.finditer(text, start, end) if m["head"]}
    if text.find("ศาสตร์", start, end) >= 0:
        starts |= {m.start() for m in _FACULTY.finditer(text, start, end)}
    starts |= {m.start() for m in _EMBASSY_IN_SHORT.finditer(text, start, end)}
    # ฝ่าย..., not ส่วน...: in running text ส่วน mostly turns to another topic (ส่วนมาตรการของกระทรวง...).
    starts |= {m.start() for m in _FAI.finditer(text, start, end)}
    out: list[OrgRef] = []
    covered = start
    for pos in sorted(starts):
        if pos < covered or any(a <= pos < b for a, b in skip):
            continue
        ref = org_at(text, pos, gaz, end)
        if ref:
            ref, covered = with_aliases(text, ref, end, gaz)
            if body := bracketed_parent(text, ref, covered, gaz):
                out.append(body)
            if ref.rule == "international-region":  # (ILO) after its regional office names the parent, not it
                parent = {name_key(n) for n in gaz.orgs[ref.parent].names}
                ref = replace(ref, alt_labels=tuple(a for a in ref.alt_labels if name_key(a) not in parent),
                              label_en=ref.label_en if ref.label_en and name_key(ref.label_en) not in parent else None)
            out.append(ref)
    return out


_BRACKET = re.compile(f"\\s?\\(([{LATIN_LETTERS}][{LATIN_LETTERS}&'.,:\\- ]{{1,120}}?)\\)")


# คณะกรรมการนโยบายการกีฬาแห่งชาติ (คกช.), ศูนย์เร่งรัดจัดการสวัสดิภาพประชาชน หรือ ศรส.: a Thai abbreviation the
# article defines after a body's name.
_ABBREVIATION = r"[ก-ฮ]{1,6}(?:\.[ก-ฮ]{1,6})*\."
_DEFINED_ABBREVIATION = re.compile(f"\\s?(?:\\(({_ABBREVIATION})\\)|หรือ\\s?({_ABBREVIATION})(?![ก-๙]))")


def abbreviations_defined(text: str, refs: list[OrgRef], gaz: Gazetteer) -> dict[str, OrgRef]:
    """The abbreviations the article gives its bodies (คณะกรรมการนโยบายการกีฬาแห่งชาติ (คกช.)) that the gazetteer
    does not know, each with the body it stands for; one given to two bodies stands for neither."""
    out: dict[str, OrgRef] = {}
    twice: set[str] = set()
    for ref in refs:
        m = _DEFINED_ABBREVIATION.match(text, ref.end)
        abbr = (m[1] or m[2]) if m else ""
        if not abbr or ref.lang != "th" or abbr in gaz.org_matcher.payload or not _letters_of(abbr, ref.label):
            continue
        if abbr in out and out[abbr].key != ref.key:
            twice.add(abbr)
        out.setdefault(abbr, ref)
    return {a: r for a, r in out.items() if a not in twice}


def _letters_of(abbr: str, name: str) -> bool:
    """Whether the letters of an abbreviation are letters of the name, in order (คกช.: คณะกรรมการนโยบายการกีฬาแห่งชาติ),
    as no abbreviation of a group the name is one of is (สภาอุตสาหกรรมแห่งประเทศไทย ... (กกร.))."""
    rest = iter(name)
    return all(ch in rest for ch in abbr.replace(".", ""))


def abbreviated_mentions(text: str, start: int, end: int, defined: dict[str, OrgRef],
                         skip: list[tuple[int, int]]) -> list[OrgRef]:
    """The later mentions of the bodies by the abbreviations the article defined (คกช. ในคราวประชุมครั้งที่ 1/2564):
    the same body, not where the abbreviation ends a longer one (ศคกช.), goes on to a unit's (คกช.สธ.) or follows a
    number as a unit does."""
    out: list[OrgRef] = []
    for abbr, ref in defined.items():
        for m in re.compile(re.escape(abbr)).finditer(text, 0, end):
            s, e = m.start(), m.end()
            if (s < max(start, ref.end) or text.startswith("(", s - 1) or any(a <= s < b for a, b in skip)
                    or _ends_another_abbreviation(text, s, e) or re.match(r"[ก-ฮ]{1,4}\.", text[e:e + 5])
                    or re.search(r"\d\s?$", text[max(0, s - 2):s])):  # 100 กก.: a unit, kilograms
                continue
            out.append(replace(ref, start=s, end=e, rule="abbreviation-defined-in-article",
                               alt_labels=tuple(dict.fromkeys((*ref.alt_labels, abbr)))))
    return sorted(out, key=lambda r: r.start)


# English honorifics that are words of agency names too (General Department of ...).
_ALSO_ORG_WORDS = frozenset({"General", "Ambassador", "Admiral", "Professor"})


def _opens_on_honorific(inner: str, gaz: Gazetteer) -> bool:
    """รัฐมนตรีว่าการกระทรวงพาณิชย์บังกลาเทศ (H.E. Mr. Tofail Ahmed): a bracket opening on an honorific holds the
    name of the person the title is about to name, no agency's; but องค์กรนางงามจักรวาล (Miss Universe
    Organization: MUO) names an agency, its first words ending with an agency's head word."""
    first = re.split(r"[:;,]", inner, maxsplit=1)[0].split()
    # ... (Dr.Fatih Birol Executive Director of International Energy Agency): a post between is the person's.
    if first and first[-1] in LATIN_ORG_HEADS and LATIN_NAME_STOPS.isdisjoint(first[1:-1]):
        return False
    return any(kind == "english" and form not in _ALSO_ORG_WORDS and inner.startswith(form)
               and inner[len(form):len(form) + 1] in (" ", ".", "")
               for form, kind in gaz.honorifics.items())


def _glosses_a_title(inner: str, gaz: Gazetteer) -> bool:
    """...กระทรวงการลงทุน การค้าและอุตสาหกรรม ของมาเลเซีย (Minister of Investment, Trade and Industry): a bracket
    opening on an English post glosses the title before the agency, not the agency."""
    hit = gaz.position_matcher.match_at(inner, 0) if inner[:1].isascii() else None
    return hit is not None and inner[hit[0]:hit[0] + 1] in (" ", ",", "")


def _bracket_names(inner: str) -> tuple[str, ...]:
    """The names a bracket after an agency's name holds (Thailand International Cooperation Agency: TICA)."""
    return tuple(n for n in (n.strip(" .,") for n in re.split(r"[:;,]| - ", inner)) if len(n) >= 2)


def _ends_with_body(name: str, body: OrgEntry) -> bool:
    """สำนักงานภูมิภาคเอเชียและแปซิฟิกของสหภาพโทรคมนาคมระหว่างประเทศ: a name that ends with ของ or แห่ง and the body."""
    return any(name.endswith(("ของ" + n, "แห่ง" + n)) for n in body.names)


def bracketed_parent(text: str, unit: OrgRef, covered: int, gaz: Gazetteer) -> OrgRef | None:
    """The body a bracket after a unit's name names (...ของสหภาพโทรคมนาคมระหว่างประเทศ (International
    Telecommunication Union: ITU)), with the bracket's names, when ``with_bracketed_alias`` made the unit its."""
    if (unit.parent not in gaz.orgs or unit.key in gaz.orgs or covered <= unit.end or unit.rule != "head-word-pattern"
            or not _ends_with_body(unit.label, gaz.orgs[unit.parent])):
        return None
    names = _bracket_names(text[unit.end:covered].strip(" ()"))
    if not any((hit := gaz.org_matcher.match_at(n, 0)) and hit[0] == len(n) and hit[1].key == unit.parent
               for n in names):
        return None  # คณะกรรมาธิการอาเซียนว่าด้วย... (ASEAN Commission on ...: ACWC): the bracket names the unit
    body = org_from_entry(gaz.orgs[unit.parent], text, unit.end, covered, gaz, "bracketed-parent")
    return replace(body, label=body.label_en or body.label, lang="en", alt_labels=tuple(dict.fromkeys(names)))


_OR_ACRONYM = re.compile(r"\s?หรือ\s?([A-Z][A-Z&]{1,8})(?![A-Za-z&.\-]| [A-Z])")


def with_acronym_after_or(text: str, ref: OrgRef, covered: int, limit: int, gaz: Gazetteer) -> tuple[OrgRef, int]:
    """บริษัท เจเคเอ็น โกลบอล กรุ๊ป จำกัด (มหาชน) หรือ JKN: an acronym after หรือ is another name of the Thai agency
    before it, unless it is a known agency's other than this one (ธนาคารโลก หรือ ADB is either bank); a known agency's
    acronyms are known (ข้อมูลของสำนักงานสถิติแห่งชาติ หรือ TPMAP names two sources)."""
    m = _OR_ACRONYM.match(text, covered, limit)
    if not m or ref.lang != "th" or ref.key in gaz.orgs or m.group(1) in ref.alt_labels:
        return ref, covered
    hit = gaz.org_matcher.match_at(m.group(1), 0)
    if hit and hit[0] == len(m.group(1)) and hit[1].key != ref.key:
        return ref, covered
    return replace(ref, alt_labels=(*ref.alt_labels, m.group(1))), m.end()


def with_aliases(text: str, ref: OrgRef, limit: int, gaz: Gazetteer) -> tuple[OrgRef, int]:
    """The agency with the other names written right after it (a bracket, then หรือ and an acronym), and their end."""
    ref, covered = with_bracketed_alias(text, ref, limit, gaz)
    return with_acronym_after_or(text, ref, covered, limit, gaz)


def with_bracketed_alias(text: str, ref: OrgRef, limit: int, gaz: Gazetteer) -> tuple[OrgRef, int]:
    """A Thai agency name followed by its English name or acronym in brackets (กรมความร่วมมือระหว่างประเทศ
    (Thailand International Cooperation Agency: TICA)): the bracket holds more names of the same agency."""
    m = _BRACKET.match(text, ref.end, limit)
    if not m or ref.lang != "th" or _opens_on_honorific(m.group(1), gaz):
        return ref, ref.end
    if _glosses_a_title(m.group(1), gaz):
        return ref, m.end()
    names = _bracket_names(m.group(1))
    if not names:
        return ref, ref.end
    # องค์กรความร่วมมือระหว่างประเทศของญี่ปุ่น (JICA): a name written another way is the agency its bracket names.
    if ref.key not in gaz.orgs and not ref.parent:
        for n in names:
            hit = gaz.org_matcher.match_at(n, 0) if len(n) >= 4 else None
            if hit and hit[0] == len(n) and (ref.country in (None, hit[1].country)):
                # สำนักงานภูมิภาคเอเชียและแปซิฟิกของสหภาพโทรคมนาคมระหว่างประเทศ (International Telecommunication
                # Union: ITU): the bracket names the body the name ends with, and the name is a unit of it.
                if _ends_with_body(ref.label, hit[1]):
                    return replace(ref, parent=hit[1].key), m.end()
                known = org_from_entry(hit[1], text, ref.start, ref.end, gaz, "bracketed-known-name")
                alts = tuple(dict.fromkeys((ref.label, *known.alt_labels, *names)))
                return replace(known, alt_labels=alts), m.end()
    label_en = ref.label_en or next((n for n in names if " " in n), None)
    alts = tuple(dict.fromkeys((*ref.alt_labels, *names)))
    return replace(ref, label_en=label_en, alt_labels=alts), m.end()
