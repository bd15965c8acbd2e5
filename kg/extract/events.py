"""Events (meetings, visits, signings) read sentence by sentence: trigger words, dates, places, modes,
ordinals, programmes, and each participant's role from the cue words around them."""

from __future__ import annotations

import contextlib
import datetime as dt
import itertools
import re
from dataclasses import dataclass, field, replace

from kg.dates import DateMention, event_dates, find_dates, gregorian_year, relative_date
from kg.extract.lexicon import ROYAL_LINES_NO_PLACE

# Cue words, each with what it says about the event and about the people on either side of it.
_CUES: tuple[tuple[str, str], ...] = (
    ("ร่วมเป็นประธาน", "cochair"), ("เป็นประธานร่วม", "cochair"), ("ประธานร่วม", "cochair"), ("co-chair", "cochair"),
    ("Co-Chair", "cochair"), ("ทรงเป็นประธาน", "chair"), ("เป็นประธาน", "chair"), ("ประธานในพิธี", "chair"),
    ("chaired", "chair"), ("ประธานการประชุม", "chair"), ("ประธานในการประชุม", "chair"),
    ("ให้การต้อนรับ", "host"), ("ต้อนรับ", "host"), ("welcomed", "host"), ("received", "host"),
    ("เข้าเยี่ยมคารวะ", "guest"), ("เยี่ยมคารวะ", "guest"), ("เข้าเฝ้า", "guest"), ("เข้าคารวะ", "guest"), ("เข้าพบ", "guest"),
    ("เยี่ยมคาราวะ", "guest"), ("ให้การตอนรับ", "host"),  # misspellings the site uses
    ("เข้าเยี่ยมคำนับ", "guest"), ("เยี่ยมคำนับ", "guest"),  # the armed forces' word for a courtesy call
    ("เข้าหารือ", "guest"), ("โดยมี", "with"), ("ร่วมด้วย", "with"),
    ("courtesy call", "guest"), ("ลงนาม", "sign"), ("signed", "sign"), ("พร้อมด้วย", "with"), ("พร้อมคณะ", "with"),
    ("accompanied by", "with"), ("ร่วมคณะ", "joins"), ("ร่วมงานด้วย", "joins"), ("ร่วมพิธีด้วย", "joins"),
    ("เข้าร่วมด้วย", "joins"),
    # X ร่วมพิธีลงนาม, เข้าร่วมในพิธีลงนาม: one who attends a signing ceremony takes part in it; he need not sign.
    ("ร่วมพิธีลงนาม", "attend"), ("ร่วมในพิธีลงนาม", "attend"),
    ("ร่วมให้การต้อนรับ", "host"), ("ร่วมต้อนรับ", "host"),
    # X ได้รับการต้อนรับ(อย่างอบอุ่น)จาก Y: the welcome received, X is the guest and Y the host.
    ("ได้รับการต้อนรับ", "guest"),
    # X เป็นเจ้าภาพงานเลี้ยงอาหารกลางวันเพื่อเป็นเกียรติแก่ Y: X hosts Y.
    ("เป็นเจ้าภาพงานเลี้ยง", "host"), ("เป็นเจ้าภาพในงานเลี้ยง", "host"), ("เป็นเจ้าภาพจัดงานเลี้ยง", "host"),
    ("เข้าร่วมคารวะ", "guest"), ("ร่วมคารวะ", "guest"),
    ("เดินทางเยือน", "guest"), ("เยือน", "guest"), ("ตรวจเยี่ยม", "guest"), ("paid a visit", "guest"), ("เข้าร่วม", "attend"),
    ("attended", "attend"), ("ตามคำเชิญของ", "invite"), ("ตามคำเชิญ", "invite"),
)
# นาย X รองปลัดกระทรวง... ประธานการประชุม...: the one named before chairs; not so the chair's statement
# (ถ้อยแถลงประธานการประชุม...) or a country in that seat (ในฐานะประธานการประชุม), glued to the word before.
_AFTER_A_SPACE = frozenset({"ประธานการประชุม", "ประธานในการประชุม"})
_CUE_RE = re.compile("|".join(re.escape(c) for c, _ in sorted(_CUES, key=lambda x: -len(x[0]))))
_CUE_KIND = dict(_CUES)
# ต้อนรับปีใหม่, (ความพร้อมในการ)ต้อนรับการลงทุน: a season or the investment welcomed, no one, so no host; ...
_WELCOMED_NO_ONE = r"\s?(?:(?:วัน)?ปีใหม่|ศักราชใหม่|เทศกาล|ฤดู|การท่องเที่ยว|การลงทุน)"
_NOTHING_WELCOMED = re.compile(_WELCOMED_NO_ONE)
# ... and ต้อนรับนักท่องเที่ยว, กล่าวต้อนรับผู้เข้าร่วม: tourists or those at a meeting welcomed, no one calling.
_NO_CALLER = r"\s?(?:" + _WELCOMED_NO_ONE + r"|นักท่องเที่ยว|ผู้มาเยือน|ผู้เข้าร่วม|คนไทย|นักลงทุน)"
# ยินดีต้อนรับ X: a welcome said (in the summary of a call, in a speech to tourists), no one received.
_VISIT = re.compile(r"ตรวจเยี่ยม|เยี่ยมคารวะ|เยี่ยมคาราวะ|เยี่ยมคำนับ|เข้าคารวะ|เข้าเฝ้า|เข้าพบ|เข้าหารือ"
                    r"|(?<!ยินดี)(?:ให้การ)?ต้อนรับ(?!" + _NO_CALLER + ")"
                    r"|ให้การตอนรับ|เดินทางเยือน|courtesy call|เยือนอย่างเป็นทางการ"
                    r"|งานเลี้ยงรับรอง|เลี้ยงรับรอง|เป็นเจ้าภาพ(?:ใน|จัด)?งานเลี้ยง")
# ห้องประชุม, ศูนย์ประชุม: a meeting room or hall is a place, no meeting; nor are minutes signed or approved
# (ลงนามรับรองในรายงานการประชุม); เป็นประธานร่วมในพิธีลงนาม: co-chairing a signing ceremony, a signing only;
# มติคณะกรรมการ... ครั้งที่ 12/2564 เมื่อวันที่...: a board's resolution at a numbered session of a day tells of that session;
# so does a board named with its session and its day (คณะกรรมการ... (กพช.) ครั้งที่ 6/2565 (ครั้งที่ 161) เมื่อวันที่ 9
# กันยายน 2565 มีมติ..., คณะกรรมการพัฒนาและบริหารจัดการผลไม้ ครั้งที่ 1/2564 เมื่อวันที่ 10 พฤศจิกายน 2563 (... เป็นประธาน)).
# คณะกรรมการนโยบายพลังงานแห่งชาติ (กพช.) มีมติเมื่อวันที่ 23 กันยายน 2564, ... ได้มีมติเห็นชอบแล้ว เมื่อวันที่ ...,
# คณะกรรมการนโยบายฯ ซึ่งมี... (นายวิษณุ เครืองาม) เป็นประธาน ได้มีมติเมื่อวันที่ ...: a board's resolution of a day tells
# of its meeting that day.
_RESOLVED_ON = (r"(?:(?!รัฐมนตรี|ครม|เสนอ)\S){2,80}\s?(?:\([^()\n]{2,20}\)\s?)?"
                r"(?:(?:ซึ่ง|ที่)มี[^\n]{2,120}?เป็นประธาน\s?)?(?:ได้)?(?:มี|ลง)มติ\s?"
                r"(?:ให้)?(?:เห็นชอบ|อนุมัติ|รับทราบ)?\s?(?:แล้ว)?\s?เมื่อ\s?วัน\S{0,8}ที่\s?\d")
RESOLVED_BY = re.compile(r"(?:คณะ|อนุ)กรรมการ" + _RESOLVED_ON)
_SESSION_NO = r"ครั้งที่\s?\d{1,3}/\d{4}\s?(?:\(ครั้งที่\s?\d+\)\s?)?(?:เมื่อ)?\s?"  # ครั้งที่ 6/2565 (ครั้งที่ 161) เมื่อ
_MEETING = re.compile(r"(?<!ห้อง)(?<!ศูนย์)(?<!ศูนย์การ)(?<!ลงนามในรายงานการ)(?<!รับรองในรายงานการ)(?<!รับรองรายงานการ)ประชุม"
                      r"|หารือ|เพื่อพบ"
                      r"|(?<!แต่งตั้ง)(?<!ตำแหน่ง)(?:ประธานร่วม|ร่วมเป็นประธาน)(?!\s?(?:ใน)?พิธีลงนาม)"
                      r"|Joint Meeting|Joint Commission|[Mm]eeting|talks|Summit"
                      r"|พบปะ|ทวิภาคี|สัมมนา|เสวนา|[Ss]eminar|[Ff]orum|ประธาน(?:ใน)?พิธีเปิด|ประธานเปิดงาน"
                      r"|ประธาน(?:ใน)?(?:การ)?มอบนโยบาย"
                      r"|มติ(?=(?:คณะ|อนุ)?กรรมการ[^\n]{2,120}?" + _SESSION_NO + r"วันที่)"
                      r"|(?:คณะ|อนุ)กรรมการ(?=(?:(?!ประชุม)[^\n]){2,120}?" + _SESSION_NO + r"วัน\S{0,8}ที่\s?\d)"
                      r"|(?:คณะ|อนุ)กรรมการ(?=" + _RESOLVED_ON + ")")
# Attending a meeting makes the sentence a meeting even when its hosts "welcome" the guests.
_CALLS = re.compile(r"เยี่ยมคารวะ|เยี่ยมคาราวะ|เยี่ยมคำนับ|เข้าคารวะ|เข้าพบ|เดินทางมา(?:ที่|ยัง)|เดินทางไป(?:ที่|ยัง)|เยือน")
_OCCASION = re.compile(r"ในโอกาส(?:ที่)?(?:ได้)?(?:เดินทาง)?\s?$")
_ATTENDS = re.compile(r"เข้าร่วม(?:งาน|การ)?(?:ประชุม|สัมมนา|เสวนา|หารือ)")
_CHAIRS_MEETING = re.compile(r"เป็นประธาน(?:ใน)?(?:การ)?(?:ประชุม|เปิด(?:งาน|การ)?(?:ประชุม|สัมมนา|เสวนา)|สัมมนา|เสวนา)")
# ลงนามในประกาศแต่งตั้ง, ลงนามในคำสั่ง..., ลงนามรับสนองพระบรมราชโองการ: an official signs an order, no one signs with him.
# ลงนามในสมุดเยี่ยม, ลงนามสมุดตรวจเยี่ยม: a visitor signs the guest book of the place he visits, no agreement. A
# declaration signed together (ลงนามประกาศเจตนารมณ์, ลงนามประกาศร่วมกัน, ลงนามประกาศความร่วมมือ) is a signing all the same.
_SIGNING = re.compile(r"ลงนาม(?!(?:ใน)?(?:ประกาศ(?!เจตนารมณ์|ร่วม|ความร่วมมือ)|คำสั่ง|สมุด(?:ตรวจ)?เยี่ยม)|รับสนอง)"
                      r"|signing|signed")
# ... not ลงนามถวายพระพร with no book named: the well-wishing of a royal birthday, by the hundred at a palace hall.
_BOOK = re.compile(r"ลงนาม(?:ใน)?(?:สมุด)?(?:แสดงความ(?:เสียใจ|อาลัย)|ไว้อาลัย|อวยพร)|ลงนาม(?:ใน)?สมุดถวายพระพร")
DIED = re.compile(r"ถึงแก่(?:อสัญ|อนิจ)?กรรม|ถึงแก่พิราลัย|สวรรคต|สิ้นพระชนม์|เสียชีวิต")
_ONLINE = re.compile(r"ทางไกล|ออนไลน์|[Oo]nline|[Vv]ideo ?[Cc]onference|VDO|วีดิทัศน์|วิดีโอ|Zoom|WebEx|Teams")
_MIXED = re.compile(r"ไฮบริด|[Hh]ybrid|รูปแบบผสม|ทั้งในรูปแบบ")
_FOUNDED = re.compile(r"สถาปนา|ก่อตั้ง|ครบรอบ|วันเกิด|ประสูติ|พระราชสมภพ|เริ่มมีความสัมพันธ์|มีผล(?:ใช้)?บังคับ(?:ใช้)?|ประกาศใช้")
_ORDINAL = re.compile(r"(?:ครั้งที่|สมัยที่)\s?(\d{1,3})(?:/\d{2,4}(?:\s?\(ครั้งที่\s?\d{1,3}\))?)?(?![\d/])")
# ณ ห้อง..., ที่ห้อง..., ที่ ศาลาว่าการ...: where it happened; not the ณ of a royal-line surname (สนิทวงศ์ ณ อยุธยา)
# nor one that begins a name (ณัฏฐสมบูรณ์).
# สถานเอกอัครราชทูต ณ กรุงอังการา, เอกอัครราชทูต ณ กรุงโตเกียว, กงสุลใหญ่ ณ นครเซี่ยงไฮ้: a ณ in a mission's name or an
# envoy's title is no place.
# ถิ่นพำนัก ณ กรุงฮานอย: where a non-resident ambassador lives, not where the event was.
_PLACE = re.compile(f"(?<![\u0e01-\u0e4e])(?<!ราชทูต )(?<!กงสุล )(?<!กงสุลใหญ่ )(?<!พำนัก )"
                    f"ณ(?![\u0e30-\u0e3a\u0e47-\u0e4e])\\s?"
                    f"(?!(?:{'|'.join(ROYAL_LINES_NO_PLACE)})(?![\u0e01-\u0e4e]))"
                    r"|(?<![\u0e01-\u0e4e])ที่\s?(?=ห้อง|ตึก|อาคาร|ศาลาว่าการ|ทำเนียบรัฐบาล|โรงแรม|ศูนย์(?:การ)?ประชุม)"
                    # วันนี้ (28 มกราคม 2568) ที่กระทรวงสาธารณสุข, ... เวลา 13.30 น. ที่สำนักงาน...: an agency after the
                    # day or the hour that opens the story is where it happened.
                    r"|(?:(?<=\) )|(?<=\))|(?<=น\. )|(?<=น\.))ที่\s?(?=กระทรวง|สำนักงาน|กรม|สถานเอกอัครราชทูต)")
# ให้ followed by whom it lets in: a name, a party, or a post (ให้สมาชิกรัฐสภาออสเตรีย, ให้หัวหน้าคณะเจ้าหน้าที่...).
_LET_IN = (r"คณะ|ผู้แทน|ผู้บริหาร|เอกอัครราชทูต|ทูต|อัครราชทูต|อุปทูต|กงสุล|สมาชิก|หัวหน้า|ประธาน|รองประธาน|ที่ปรึกษา"
           r"|รัฐมนตรี|เลขาธิการ|ผู้ว่าการ|ผู้อำนวยการ|ผู้จัดการ|กรรมการ|นายก")
_LET_IN_BODY = (r"องค์กร|องค์การ|สำนักงาน|สถาน|บริษัท|สมาคม|มูลนิธิ|กลุ่ม|หน่วยงาน|ศูนย์|สหกรณ์|ธนาคาร|ตัวแทน"
                r"|เครือข่าย|สภา|สหพันธ์|ชมรม")
_ALLOWS = r"(?<=เปิดโอกาส)|(?<=อนุญาต)|(?<=อนุญาติ)"  # ...ให้: one allows, or gives the chance
_LETS = re.compile(r"(?:(?<![\u0e01-\u0e4e])|" + _ALLOWS + r")ให้\s?"
                   r"(?=นาย|นาง|ดร|พล|" + _LET_IN + r"|Mr|Ms|Mrs|H\.E|Dr|[A-Z])"
                   r"|(?<=[\u0e01-\u0e4e])ให้\s?(?=" + _LET_IN + r"|Mr|Ms|H\.E)"
                   # อนุญาตให้องค์กรความร่วมมือ...ของเยอรมัน (GIZ) เข้าพบ: a body let in, by one who allows it.
                   r"|(?:" + _ALLOWS + r")ให้\s?(?=" + _LET_IN_BODY + ")")
# ได้เชิญทูตพาณิชย์มาเลเซีย ... เข้าพบหารือ: one invited in calls on whoever invites him, as one let in does (not
# ได้รับเชิญ, the subject invited, nor ตามคำเชิญ, nor an invitation to visit, which is a plan).
_INVITES_IN = re.compile(r"(?<!รับ)(?<!คำ)(?<!เทียบ)เชิญ\s?(?=นาย|นาง|ดร|พล|" + _LET_IN + r"|Mr|Ms|Mrs|H\.E|Dr|[A-Z])")
_TO_VISIT = re.compile(r"[^\n]{0,80}?(?:เยือน|เดินทาง)")


def _lets_in(text: str, start: int, end: int) -> list[re.Match[str]]:
    """Where, between ``start`` and ``end``, someone lets or invites in whom the words after name."""
    invites = [m for m in _INVITES_IN.finditer(text, start, end) if not _TO_VISIT.match(text, m.end())]
    return sorted([*_LETS.finditer(text, start, end), *invites], key=lambda m: m.start())


_CHAIRS_WITH = re.compile(r"(?:การประชุม\S{0,12})?\s?ร่วมกับ\s?")
_PARTNER_NEXT = re.compile(r"\S{0,16}\s?ร่วมกับ")
_NAME_AHEAD = r"(?=นาย|นาง|H\.E|Mr|Ms|Dr|ดร|พล|ฯพณฯ)"  # an honorific: a person is named next
_OTHERS_PRESENT = re.compile(r"มี\s?" + _NAME_AHEAD)
_NEW_CLAUSE = re.compile(r"โดย|ซึ่ง|ทั้งนี้|ในโอกาสนี้|พร้อมกันนี้|ขณะที่|(?:^|\s)มี|\n")
_PARTNER = re.compile(r"[^,\n]{0,150}?(?<!โดย)ร่วมกับ\s?(?:\S{1,12}\s?)?$")
_REPORTED = re.compile(r"(?:เปิดเผย|กล่าว|แถลง|เผย|รายงาน)(?:ว่า|ถึง|ผล)|ให้สัมภาษณ์|แถลงข่าว")
_DATE_CUE = re.compile(r"(?:เมื่อ|วันนี้|วันที่|ใน|ระหว่าง|\()\s*(?:วัน\S*ที่|(?:จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์"
                       r"|เสาร์|อาทิตย์)ที่)?\s*$")

# ... (กบอ.) ครั้งที่ 3/2563 วันพฤหัสบดีที่ 11 มิถุนายน 2563: the day written right after a session's number is its day.
_SESSION_DAY = re.compile(r"ครั้งที่\s?\d{1,3}(?:/\d{2,4})?\s?$")

# "book": signing a book of condolence where one goes to (no cue word of its own, see _BOOK); who signs is a guest,
# and whoever is named after it (the one mourned) no host.
SUBJECT_ROLE = {"cochair": "CoChair", "chair": "Chair", "host": "Host", "guest": "Guest", "sign": "Signatory",
                "attend": "Participant", "invite": "Guest", "book": "Guest"}
OBJECT_ROLE = {"cochair": "Participant", "chair": "Participant", "host": "Guest", "guest": "Host",
               "sign": "Participant", "attend": "Participant", "invite": "Host", "book": "Participant"}


@dataclass
class Cue:
    start: int
    end: int
    kind: str


@dataclass
class EventDraft:
    """An event as read from one sentence, before its participants are resolved to entities."""

    type: str
    date: dt.date | None
    sentence: tuple[int, int]
    trigger: int
    ordinal: int | None = None
    mode: str | None = None
    place_start: int | None = None
    cues: list[Cue] = field(default_factory=list)
    explicit_date: bool = False
    alongside: bool = False  # a signing told of in the sentence of a call or talks (พร้อมทั้งร่วมลงนาม...)
    in_passing: bool = False  # a framework's meeting a call speaks of (... เพื่อเข้าร่วมการประชุม ACMECS)


# Words that make what follows a plan, a wish or a proposal: จะลงนาม, เตรียมลงนาม, เตรียมนำคณะนักธุรกิจไทยเยือน,
# เสนอให้มีการ..., เชิญ ... มาเยือน, มีกำหนดการเข้าเยี่ยมคารวะ, จะมีการประชุม, จะร่วมประชุม, หวังว่า จะได้มีโอกาสต้อนรับ,
# จะเป็นประธานในพิธีลงนาม, มีกำหนดการสำคัญในการเข้าร่วมพิธีต้อนรับ, อยู่ระหว่างการประสานงานเพื่อเดินทางไปลงนาม.
# สนับสนุนสิงคโปร์ ในการเป็นประธานร่วม..., สนับสนุนไทยในการเป็นเจ้าภาพการประชุมเอเปค: backing another's chair, no meeting.
_INTENT = re.compile(r"(?:จะ(?:ส่ง\S{0,20}?|นำ\S{0,30}?)?|เตรียม(?:การ|ความพร้อม|นำ\S{0,30}?)?"
                     r"|(?:มี)?กำหนด(?:การ)?\S{0,14}|"
                     r"เสนอให้(?:มีการ)?|พิจารณา(?:ทำ\S{0,12}ที่ทั้งสองฝ่าย)?|ผลักดันให้(?:มีการ)?"
                     r"|อยู่ระหว่าง(?:การ)?(?:ประสาน(?:งาน)?(?:กับ\S{0,20}?)?(?:เพื่อ|และ)?|ดำเนินการ(?:ให้|เพื่อ))"
                     r"|สนับสนุน\S{0,30}?\s?ใน(?:การเป็น$|(?=การเป็น))"
                     r"|ประสงค์(?:จะ)?|คาดว่าจะ|หวังว่าจะ|ก่อน|(?<!ได้รับ)(?<!คำ)เชิญ\S{0,40}?(?:มา|เข้าร่วม|ร่วม)?|(?:ต่อการ|ที่จะ)\S{0,20}เพื่อ)"
                     r"(?:\s?(?:ได้|มีการ|มี|การ|ไป|มา|เข้า|ทรง|จัด|เดินทาง|โอกาส|ร่วม|พบ|ใน|เป็นเจ้าภาพ|เป็นประธาน|(?:เป็น)?สักขีพยาน|พิธี))*\s?$")
# หากประธานาธิบดีมาครงเดินทางเยือนประเทศไทย: what would happen if, not what did.
_IF = re.compile(r"(?:(?<=\s)|(?<=^)|(?<=และ)|(?<=แต่)|(?<=โดย)|(?<=ซึ่ง))(?:หาก|ถ้า)"
                 r"(?![\u0e31\u0e34-\u0e3a\u0e47-\u0e4e])\S{0,40}$", re.M)
# ไทยพร้อมให้การต้อนรับรองประธานาธิบดี...เพื่อเข้าร่วมการประชุม: a welcome the host stands ready to give.
_READY = re.compile(r"(?<!ได้)พร้อม(?:ที่จะ)?\s?$")
_WELCOMES = ("ให้การต้อนรับ", "ต้อนรับ")
# ...ประธานการประชุม... ครั้งที่ 1 พร้อมต้อนรับนาย...: after what the subject did, พร้อม joins one more deed.
_DONE_BEFORE = re.compile("ประธาน|ประชุม|เยี่ยม|หารือ|ลงนาม|เข้าร่วม|พิธีเปิด|เดินทาง")
# การประชุม ... ที่จะมีขึ้น, ซึ่งจะจัดขึ้น: the meeting to come.
_UPCOMING = re.compile(r"\S{0,30}?\s?(?:ที่|ซึ่ง)จะ(?:มี|จัด)ขึ้น")


# ... มีกำหนดการเข้าเยี่ยมคารวะ X ณ รัฐสภา รวมถึงเข้าเยี่ยมคารวะ Y, ... มีกำหนดการเดินทางเยือน ... และร่วมการประชุม: the
# programme goes on over รวมถึง, และ.
_SCHEDULE = re.compile(r"มีกำหนด(?:การ)?")
_ITINERARY = re.compile(r"กำหนดการ\s?(?:ดังนี้|ดังต่อไปนี้)")
_SCHEDULE_GOES_ON = re.compile(r"(?:รวมถึง|รวมทั้ง|และ|พร้อม(?:ทั้ง)?|จากนั้น)\s?(?:เข้า|ไป|จะ)?\s?(?:ร่วม(?:การ)?)?$")


# คณะรัฐมนตรี ... เห็นชอบให้เลขาธิการอาเซียนหรือผู้แทนลงนามในหนังสือแลกเปลี่ยน, อนุมัติให้ ... เป็นผู้ลงนาม, ... รวมทั้งให้
# รองนายกรัฐมนตรี...หรือผู้แทนที่ได้รับมอบหมาย ลงนามใน...: leave to
# sign, given by a resolution, is no signing.
_LEAVE_TO_SIGN = re.compile(r"(?:เห็นชอบ|อนุมัติ|ยินยอม|มอบอำนาจ|รวมทั้ง)ให้[^\n]{0,100}?(?<!ได้)$")
# อนุมัติให้ปลัดกระทรวง...ในฐานะ... เลขาธิการ...ในฐานะ... หรือผู้แทนที่ได้รับมอบหมาย เป็นผู้ลงนาม: made signatories, however
# long the list of them; so by the cabinet's มอบหมายให้ (a minister's, วันนี้ผมมอบหมายให้ X เป็นผู้ลงนาม, may be the
# signing of the day).
_MADE_SIGNATORIES = re.compile(r"(?:(?:เห็นชอบ|อนุมัติ|มอบอำนาจ)ให้|(?:คณะรัฐมนตรี|ครม\.)[^\n]{0,300}?มอบหมายให้)"
                               r"[^\n]{0,700}?เป็นผู้$")


def planned(text: str, sentence_start: int, pos: int) -> bool:
    """A cue or trigger word at ``pos`` that names a plan, a wish or a proposal, not something that took place."""
    return _INTENT.search(text, max(sentence_start, pos - 48), pos) is not None or (
        text.startswith(_WELCOMES, pos) and (ready := _READY.search(text, max(sentence_start, pos - 12), pos))
        is not None and not _DONE_BEFORE.search(text, sentence_start, ready.start())) or _IF.search(
        text, max(sentence_start, pos - 60), pos) is not None or _UPCOMING.match(
        text, pos, pos + 50) is not None or (
        _SCHEDULE_GOES_ON.search(text, max(sentence_start, pos - 16), pos) is not None
        and _SCHEDULE.search(text, max(sentence_start, pos - 240), pos) is not None) or (
        text.startswith("ลงนาม", pos) and (_LEAVE_TO_SIGN.search(text, max(sentence_start, pos - 110), pos) is not None
                                           or _MADE_SIGNATORIES.search(text, max(sentence_start, pos - 720), pos)
                                           is not None))


# ... การประชุม STEER ครั้งที่ 6 จะมีรองนายกรัฐมนตรี... (นายจุรินทร์ ...) และ... (H.E. Dr. Tan See Leng) เป็นประธานร่วม: those
# who will chair or attend.
_WILL_HAVE = re.compile(r"จะมี\s?(?=\S)[^\n]{2,200}?(?:เป็นประธาน|เข้าร่วม|ร่วมเป็น)")


def named_in_a_plan(text: str, sentence_start: int, pos: int) -> bool:
    """Whether one named at ``pos`` is the partner of a plan: right after a planned cue (มีกำหนดการเข้าเยี่ยมคารวะ X),
    with the plan's words just before, or among those who will chair or attend (จะมี X และ Y เป็นประธานร่วม)."""
    if planned(text, sentence_start, pos):
        return True
    if any(m.start() < pos < m.end() for m in _WILL_HAVE.finditer(text, max(sentence_start, pos - 200), pos + 200)):
        return True
    cues = list(_CUE_RE.finditer(text, max(sentence_start, pos - 40), pos))
    return bool(cues) and not text[cues[-1].end():pos].strip() and planned(text, sentence_start, cues[-1].start())


# ... ซึ่งมี Y เป็นประธาน: like โดยมี, what follows names the one who chaired, not one who joined the subject; so with
# ... ซึ่งมี A B และ C ร่วมพบปะด้วย: those who joined the call, no hosts of it.
_WHICH_HAD = re.compile(r"ซึ่งมี(?=[^\n]{2,200}?(?:เป็นประธาน(?!ร่วม)|ร่วม(?:พบปะ|หารือ|ประชุม)?ด้วย))")


# ... พบหารือทวิภาคีกับ Y ในโอกาสที่รองนายกรัฐมนตรีฯ เดินทางมาเป็นประธานเปิดงาน...: the trip and the chair are of what
# the trip was for, not of the talks.
_TRIP_TO_CHAIR = re.compile(r"ในโอกาส(?:ที่)?[^\n]{0,60}?เดินทาง(?:มา|ไป)?\s?(?:เพื่อ)?(?:ร่วม)?เป็นประธาน(?:ร่วม)?")


# ... เข้าร่วมการเข้าเยี่ยมคารวะครั้งนี้ด้วย, เข้าร่วมการหารือดังกล่าวด้วย: like เข้าร่วมด้วย, those named before it join the
# call or talks told of, the call word inside it a noun.
_JOINS_THE = re.compile(r"(?:เข้า)?ร่วมการ(?:ประชุม|หารือ|พบ(?:ปะ)?(?:หารือ)?|เข้าพบ|(?:เข้า)?เยี่ยมคารวะ)"
                        r"\s?(?:ดังกล่าว|ในครั้งนี้|ครั้งนี้|นี้)?\s?ด้วย(?![\u0e01-\u0e4e])")


def cues_in(text: str, start: int, end: int) -> list[Cue]:
    trips = [(m.start(), m.end()) for m in _TRIP_TO_CHAIR.finditer(text, start, end)]
    joins = [(m.start(), m.end()) for m in _JOINS_THE.finditer(text, start, end)]
    cues = [Cue(m.start(), m.end(), _cue_kind(text, m)) for m in _CUE_RE.finditer(text, start, end)
            if not planned(text, start, m.start()) and not _CAME_TO.search(text, max(start, m.start() - 8), m.start())
            and not _crowd_visits(text, start, m)
            and not (m.group().endswith("ต้อนรับ") and _NOTHING_WELCOMED.match(text, m.end()))
            # การเป็นประธานอาเซียนของเวียดนาม: a chairmanship spoken of, whoever holds it, is no one chairing here.
            and not (_CUE_KIND[m.group()] in ("chair", "cochair") and text.endswith("การ", 0, m.start())
                     and _HELD_BY.match(text, m.end()))
            and not any(a <= m.start() < b for a, b in trips + joins)
            and not (m.group() in _AFTER_A_SPACE and m.start() > 0 and not text[m.start() - 1].isspace())]
    if joins:
        cues = sorted(cues + [Cue(a, b, "joins") for a, b in joins], key=lambda c: c.start)
    which = [Cue(m.start(), m.end(), "with") for m in _WHICH_HAD.finditer(text, start, end)]
    return sorted(cues + which, key=lambda c: c.start) if which else cues


def _cue_kind(text: str, m: re.Match) -> str:
    """The kind of a cue word; a call received (ได้รับการเยี่ยมคารวะจาก X, ให้การต้อนรับการเยี่ยมคารวะของ X) is a
    welcome: the one named before it hosts, X after it is the guest."""
    kind = _CUE_KIND[m.group()]
    return "host" if kind == "guest" and text.endswith("รับการ", 0, m.start()) else kind


# (การเป็นประธาน)อาเซียนของเวียดนาม, (การเป็นประธาน)คณะมนตรีแห่งสหภาพยุโรป (อียู) ของฝรั่งเศส: whose the chairmanship is.
_HELD_BY = re.compile(r"(?:(?!ประชุม|ถึง|ว่า)\S){0,30}?(?:\s?\([^()\n]{1,20}\))?\s?ของ")
# พบปะนักศึกษาไทยที่มาให้การต้อนรับ: those who came to welcome are the noun before ที่, not the sentence's subject.
_CAME_TO = re.compile(r"(?:ที่|ซึ่ง)มา(?:รอ)?$")
# นักท่องเที่ยว... ราว 1.5 แสนคนมาเยือนไทย, ผู้มาเยือน: tourists and visitors counted, no one's visit.
_CROWD = re.compile(r"(?:นักท่องเที่ยว\S{0,30}?|(?:แสน|ล้าน|หมื่น)\s?คน|ผู้(?=มา|เข้ามา))(?:ที่|ซึ่ง)?(?:จะ)?(?:เดินทาง)?"
                    r"(?:มา|เข้ามา|ไป)?\s?$")


def _crowd_visits(text: str, start: int, m: re.Match[str]) -> bool:
    """Whether the visit word ``m`` (เยือน, เดินทางเยือน) tells of tourists or visitors counted, not of a visit."""
    return m.group().endswith("เยือน") and _CROWD.search(text, max(start, m.start() - 48), m.start()) is not None


# ... ฝ่ายไทย, ฝ่ายญี่ปุ่น: a country's side; not the monks' and the laymen's sides of a rite (ฝ่ายสงฆ์, ฝ่ายฆราวาส).
_A_SIDE = re.compile(r"ฝ่าย(?!สงฆ์|ฆราวาส|คฤหัสถ์|พระ)")
_AND_ANOTHER = re.compile(f"(?:{_A_SIDE.pattern}[\u0e01-\u0e4e]{{0,20}})?\\s?และ")


def role_of(text: str, pos: int, cues: list[Cue], start: int = 0) -> str:
    """The role of a participant named at ``pos``, from the cue words around it in its sentence."""
    role = _role_of(text, pos, cues, start)
    # X เป็นประธานการประชุม ... Y เป็นประธานร่วม: where one co-chairs, the other chair co-chairs too; so do two who
    # each chair a side of their own (X เป็นประธานฝ่ายไทย และ Y เป็นประธานฝ่ายญี่ปุ่น), not two chairs of one side.
    sides = {text[c.end + 4:c.end + 7] for c in cues if c.kind == "chair" and _A_SIDE.match(text, c.end)}
    return "CoChair" if role == "Chair" and (any(c.kind == "cochair" for c in cues) or len(sides) >= 2) else role


_THANKS_FOR = re.compile(r"ขอบคุณ[^\n]{0,80}?(?:ที่|สำหรับ(?:การ)?)(?:ได้)?\s?$")
_TOLD_AFTER = re.compile(r"(?:เปิดเผย|กล่าว|ให้สัมภาษณ์)(?:ภายหลัง|หลัง|ถึงกรณี)(?:จาก)?(?:ที่)?\s?"
                         + _NAME_AHEAD)


def _role_of(text: str, pos: int, cues: list[Cue], start: int = 0) -> str:
    # ร่วมคณะ / ร่วมให้การต้อนรับ: who joins the party of another takes part beside them.
    # ... เข้าเยี่ยมคารวะ X ... ซึ่งการหารือในครั้งนี้มีนาย Y เข้าร่วมด้วย: those named after มี join, not X.
    # ... เข้าพบ Y โดยในโอกาสนี้ A B เข้าร่วม...ด้วย: Y, the one called on, named in a clause before the one of those who
    # join, did not join.
    called = next((c for c in reversed(cues) if c.kind not in ("with", "joins") and c.start < pos), None)
    object_of_call = called is not None and not any(called.start < c.start < pos for c in cues if c.kind == "with")
    if any(c.kind == "joins" and c.start > pos and not any(p.start < c.start for p in cues
           if p.kind not in ("with", "joins") and p.start > pos) and not _OTHERS_PRESENT.search(text, pos, c.start)
           and not (object_of_call and _NEW_CLAUSE.search(text, pos, c.start))
           for c in cues):
        return "Participant"
    cues = [c for c in cues if c.kind != "joins"]
    primary = next((c for c in cues if c.kind != "with"), None)
    withs = [c for c in cues if c.kind == "with" and c.start < pos]
    if primary is None:
        return "Participant"
    earlier = [c for c in cues if c.kind != "with" and c.start < pos]
    later = next((c for c in cues if c.kind != "with" and c.start > pos), None)
    since = earlier[-1].start if earlier else -1
    # โดยมี X ... เป็นประธานร่วมฝ่ายไทย และ Y ... เป็นประธานร่วมฝ่ายญี่ปุ่น: Y, named after และ, chairs as X does.
    chairs = ("chair", "cochair")
    if (later is not None and earlier and later.kind in chairs and earlier[-1].kind in chairs
            and pos - earlier[-1].end <= 60 and _AND_ANOTHER.match(text, earlier[-1].end, pos)):
        return SUBJECT_ROLE[later.kind]
    # ... โดยมี X ให้การต้อนรับ / โดยมี X เป็นประธาน: X, named between โดยมี and the cue, does what the cue says.
    if later is not None and later.kind != "attend" and any(since < c.start < pos for c in _hosted_by(text, withs)):
        # ... โดยมี X เป็นสักขีพยานในการลงนาม: X witnessed the signing and took part in it, not signed.
        if later.kind == "sign" and "สักขีพยาน" in text[pos:later.start]:
            return "Participant"
        return SUBJECT_ROLE[later.kind]
    if primary.kind == "attend":
        # ได้เข้าร่วมการประชุม และทำหน้าที่เป็นประธาน...: the chair's cue, not attending, says the subject's role; but
        # not ...เข้าร่วมประชุม... โดยสมเด็จฯ ฮุน เซน เป็นประธานในพิธีเปิด, where another is named as the chair.
        chair = next((c for c in cues if c.kind in ("chair", "cochair") and c.start > primary.start), None)
        if chair is not None and not _another_chairs(text, pos if pos < primary.start else -1, primary.end,
                                                     chair.start):
            primary = chair
        elif chair is not None and pos < primary.start:
            return "Participant"
    if pos < primary.start:
        # X และ Y ร่วมเป็นสักขีพยานลงนาม...: those who witness a signing take part in it; they do not sign.
        if primary.kind == "sign" and "สักขีพยาน" in text[pos:primary.start]:
            return "Participant"
        # X ... ผลักดันผลการเยือนซาอุดีฯ ของนายกรัฐมนตรี: a visit named as another's (การเยือน...ของ Y) is not X's.
        if primary.kind == "guest" and text.endswith("การ", 0, primary.start) and _OF_ANOTHER.match(text, primary.end):
            return "Participant"
        if primary.kind == "guest" and any(m.start() < pos for m in _lets_in(text, start, pos)):
            return "Guest"  # ... ให้ นายยอน ... เข้าพบ: whoever is let in calls on the host
        # X เปิดเผยภายหลังจากนาย Y ... เข้าเยี่ยมคารวะ: X tells of the call Y paid him.
        if primary.kind == "guest" and _TOLD_AFTER.search(text, pos, primary.start):
            return "Host"
        # X เข้าร่วมงานเลี้ยงรับรอง ... โดยมี Y ให้การต้อนรับ: X, the subject, is Y's guest.
        if not withs and primary.kind == "attend" and any(
                c.kind == "invite" or (c.kind == "host" and any(primary.start < w.start < c.start
                                                                for w in _hosted_by(text, cues)))
                for c in cues if c.start > primary.start):
            return "Guest"  # ... and so is X who attends ตามคำเชิญของ Y
        # X พร้อมด้วย Y เป็นประธานร่วม: co-chairing takes two, so Y co-chairs unless a partner follows (ร่วมกับ Z).
        if withs and primary.kind == "cochair" and not _PARTNER_NEXT.match(text, primary.end, primary.end + 30):
            return "CoChair"
        # X พร้อมด้วย A, B ร่วมให้การต้อนรับ Y: those named with X who join the welcome host Y too.
        if withs and primary.kind == "host" and text.startswith("ร่วม", primary.start):
            return "Host"
        if withs:
            return "Participant"
        if primary.kind == "chair" and _CHAIRS_WITH.match(text, primary.end):
            return "CoChair"
        # X ขอบคุณ Y ที่ได้ให้การต้อนรับ: X thanks Y for the welcome, so X was the guest and Y the host.
        if primary.kind == "host" and (thanks := _THANKS_FOR.search(text, max(start, pos), primary.start)):
            return "Guest" if pos < thanks.start() else "Host"
        # X ให้ Y เข้าพบ: X lets Y call on him, so X hosts and Y, named after ให้, is the guest.
        if primary.kind == "guest" and (let := next(iter(_lets_in(text, pos, primary.start)), None)) \
                and pos < let.start():
            return "Host"
        # X เดินทางมาที่สถานทูต ... โดยมี Y ให้การต้อนรับ: X is the guest of the host named after โดยมี.
        if any(pos < c.start < primary.start for c in _hosted_by(text, [c for c in cues if c.kind == "with"])):
            return OBJECT_ROLE[primary.kind]
        return SUBJECT_ROLE[primary.kind]
    last = earlier[-1] if earlier else primary
    # X เข้าร่วมประชุม... โดยสมเด็จฯ ฮุน เซน เป็นประธานในพิธีเปิด: the one named after โดย chairs, as after โดยมี.
    if (later is not None and later.kind in ("chair", "cochair") and last.kind == "attend"
            and any(pos - 40 <= m.start() <= pos for m in _BY_ANOTHER.finditer(text, last.end, pos + 1))
            and _another_chairs(text, -1, last.end, later.start)):
        return SUBJECT_ROLE[later.kind]
    # การเยือนไทยของประธานาธิบดีมุน แจ-อิน: the one whose call or visit a noun names is its guest.
    if last.kind == "guest" and text.endswith("การ", 0, last.start) and _WHOSE.match(text, last.end, pos):
        return "Guest"
    # X ให้การต้อนรับคณะ... โดยมี Y เอกอัครราชทูต นำคณะ: the one who leads the party welcomed is its guest.
    if last.kind == "host" and (lead := _LEADS_PARTY.match(text, pos, pos + 160)) and not _ANOTHER_NAME.search(
            lead.group()):
        return "Guest"
    if any(c.start > last.start for c in withs):
        # X ให้การต้อนรับ Y พร้อมด้วย A, B ร่วมให้การต้อนรับ: those named with X who welcome too are hosts.
        if later is not None and later.kind == "host" and text.startswith("ร่วม", later.start):
            return "Host"
        # X ให้การต้อนรับ คณะเจ้าแขวง... ในโอกาสเดินทางมาเยือน... โดยมี A เจ้าแขวง... B ...: those named after โดยมี, the
        # first word after the welcome, are the party welcomed.
        welcome = next((c for c in reversed(earlier) if c.kind == "host"), None)
        if (welcome is not None and _PARTY_WELCOMED.match(text, welcome.end)
                # ... พร้อมด้วย คณะฝ่ายไทย โดยมี C ... เข้าร่วม: a cue after the next party named is that party's
                and (later is None or any(pos < c.start < later.start for c in cues if c.kind == "with"))
                and all(c.kind == "guest" for c in earlier if c.start > welcome.start)
                and [text.startswith("โดยมี", c.start) for c in withs if c.start > welcome.start] == [True]
                # ... คณะผู้เชี่ยวชาญ นำโดย Dr. A, Dr. B ... โดยมี C: a party named before โดยมี is not named after it.
                and not _NAMED.search(text, welcome.end, withs[-1].start)):
            return "Guest"
        return "Participant"
    # X ให้ Y เข้าเยี่ยมคารวะ ... มี A ผู้อำนวยการ... B ... เข้าร่วม: those said to be there and to attend take part;
    # ... ได้แก่ A ปลัดกระทรวง B อธิบดี... ร่วมให้การต้อนรับด้วย: those listed as joining the welcome host.
    if later is not None and _PRESENT.search(text, last.end, pos):
        if later.kind == "attend":
            return "Participant"
        if later.kind == "host" and text.startswith("ร่วม", later.start):
            return "Host"
    # ... เข้าพบในโอกาสพ้นจากตำแหน่ง และแนะนำ ... คนใหม่ Mr. X: the successor introduced calls on the host too.
    if last.kind == "guest" and "แนะนำ" in text[last.end:pos]:
        return "Guest"
    # เป็นประธานร่วมกับ X: X co-chairs too; ลงนามร่วมกับ X: X signs too; and so does X after ร่วมกับ further on
    # in the same clause (เป็นประธานร่วมกล่าวเปิดงาน ... ร่วมกับ Mr. X).
    if last.kind in ("cochair", "sign") and (re.match(r"\s?(?:ร่วมกับ|กับ|with)\s?", text[last.end:pos])
                                             or _PARTNER.match(text, last.end, pos)):
        return SUBJECT_ROLE[last.kind]
    # เป็นประธานการประชุมฯ ร่วมกับ X: chairing with someone is co-chairing; so with X named in brackets after his
    # title (ร่วมกับเอกอัครราชทูตอิตาลีประจำประเทศไทย (His Excellency Mr. Lorenzo Galanti)).
    if last.kind == "chair" and (m := _CHAIRS_WITH.match(text, last.end)) and m.end() <= pos and (
            pos <= m.end() + 8 or _TITLE_THEN_BRACKET.match(text, m.end(), pos)):
        return "CoChair"
    return OBJECT_ROLE[last.kind]


_PRESENT = re.compile(r"ได้แก่|(?:^|\s)(?:ซึ่ง)?มี\s?(?=\S)")
_TITLE_THEN_BRACKET = re.compile(r"[\u0e00-\u0e7f]{2,80}\s?\((?:[A-Za-z.]+\s?){0,3}$")
_OF_ANOTHER = re.compile(r"[^\s]{0,40}?\s?ของ\s?[^\s]")
_HONORIFICS = r"นาย|นาง|Mr\.?|Mrs\.?|Ms\.?|H\.E\.|ดร\.|พล\."
# ... การเดินทางเยือนศรีลังกาของรองนายกรัฐมนตรี (นายสมคิด ...): so with the name in brackets after the title.
_WHOSE = re.compile(r"[^\s]{0,40}?\s?(?:ครั้งนี้|ครั้งแรก|อย่างเป็นทางการ)?\s?ของ\s?[^\s]{0,40}\s?"
                    rf"(?:\(\s?(?:{_HONORIFICS})?\s?)?$")
_PARTY_WELCOMED = re.compile(r"\s?(?:แก่|แด่)?\s?คณะ")
_NAMED = re.compile(rf"นำโดย|Dr\.?|{_HONORIFICS}")
_LEADS_PARTY = re.compile(r"[^\n]{0,140}?(?:\s|\))(?:เป็น|ในฐานะ)?(?:นำคณะ|หัวหน้าคณะ)")
_ANOTHER_NAME = re.compile(rf"(?:{_HONORIFICS}|ได้|โดยมี)")
_BY_ANOTHER = re.compile(rf"โดย(?:มี)?\s?(?:{_HONORIFICS}|สมเด็จ|พลเอก|พลตำรวจ|หม่อม)")
_FIRST_LETTERS = re.compile(r"[\u0e01-\u0e4e]{4}")


def _another_chairs(text: str, subject: int, start: int, end: int) -> bool:
    """Whether someone named after โดย between ``start`` and ``end`` is another than the subject at ``subject`` (not
    ...เข้าร่วมการประชุม... โดยนายอนุทินได้ทำหน้าที่ประธาน, the subject named again)."""
    for m in _BY_ANOTHER.finditer(text, start, end):
        name = _FIRST_LETTERS.match(text, m.end()) or _FIRST_LETTERS.match(text, m.end() + 1)
        if subject < 0 or name is None or name.group() not in text[subject:subject + 60]:
            return True
    return False


def _hosted_by(text: str, withs: list[Cue]) -> list[Cue]:
    """โดยมี X / ร่วมด้วย X (not เข้าร่วมด้วย) followed by a cue word: X does what the cue says."""
    return [c for c in withs if text.startswith(("โดยมี", "ซึ่งมี"), c.start)
            or (text.startswith("ร่วมด้วย", c.start) and not text.endswith("เข้า", 0, c.start))]


_AT_THE = re.compile(r"ใน(?:งาน)?(?:การ)?$")
_TOPIC_BEFORE = re.compile(r"การ(?:จัด)?(?:พิธี)?$")
# ...ในครั้งนี้, ...ดังกล่าว, การประชุมฯ right after a trigger: the sentence points back at an event told of already.
POINTS_BACK = re.compile(r"\S{0,60}?\s?(?:ใน)?(?:ครั้งนี้|ดังกล่าว)|[^\sฯ]{0,12}ฯ(?![\u0e01-\u0e4e])")
# ... และเจ้าหน้าที่ที่เกี่ยวข้อง ร่วมหารือด้วย, การหารือวันนี้ นายX ... : those named joined "as well" the talks told of
# before, or are named as at "today's" talks; either points back at them, on the same day.
JOINED_TOO = re.compile(r"(?:หารือ|ประชุม)(?:ใน)?(?:ครั้งนี้|ดังกล่าว)?ด้วย\s*$")
TODAYS_TALKS = re.compile(r"(?:ทั้งนี้\s?)?การ(?:หารือ|ประชุม)(?:ใน)?(?:วันนี้|ครั้งนี้)")


def _told_of(text: str, m: re.Match[str]) -> bool:
    """Whether a signing is named as the story's topic (ที่มาของการจัดพิธีลงนาม...ในครั้งนี้), not told of as done."""
    return bool(_TOPIC_BEFORE.search(text, max(0, m.start() - 12), m.start()) and POINTS_BACK.match(text, m.end()))


# หารือร่วมกันมาโดยตลอด, การพบหารือ...อย่างสม่ำเสมอ: what the parties have always done, no one event.
_TOMORROW = re.compile(r"พรุ่งนี้")
_AGENDA_HEADING = re.compile(r"(?m)^[ \t]*\d{1,2}\.\s[^\n]{0,200}(?:ดังนี้|ดังต่อไปนี้)[ \t]*$")
_NUMBERED_ITEM = re.compile(r"[ \t]*\d{1,2}\.\d{1,2}\s")
_LOCAL_TIME = re.compile(r"เวลาท้องถิ่น|[Ll]ocal time")
GONE_BY = re.compile(r"เคย|เมื่อครั้ง")  # a time gone by
_HABITUAL = re.compile(r"มาโดยตลอด|อย่างสม่ำเสมอ|เป็นประจำ|อย่างต่อเนื่อง")

_OTHER_TIME = re.compile(r"ครั้งนี้|วันนี้|ซึ่ง|ขึ้น$|ตั้งแต่|จาก$|นับจาก|ว่า|[()]")
_IN_THE_YEAR = re.compile(r"เมื่อ\s?(?:ปี|พ\.ศ\.)\s?(?:พ\.ศ\.\s?)?(\d{4})(?!\d)")


def _past_year(text: str, trigger: int, end: int, published: dt.date | None) -> bool:
    """Whether the event word at ``trigger`` is dated soon after by a year before the story's (เมื่อปี 2562)."""
    m = _IN_THE_YEAR.search(text, trigger, min(end, trigger + 100))
    # ...ในครั้งนี้ ... จากเมื่อปี 2558, ...เรือนจำ สร้างขึ้นเมื่อปี 1873: the year of something else told of.
    return (m is not None and published is not None and gregorian_year(int(m.group(1))) < published.year
            and not _OTHER_TIME.search(text, trigger, m.start()))


_AFTER_THE = re.compile(r"\s*(?:ทั้งนี้\s?)?(?:ภายหลัง|หลัง)(?:จาก)?(?:ที่)?(?:เสร็จสิ้น)?(?:การ)?\s?")


def _event_type(text: str, start: int, end: int) -> tuple[str, int] | None:
    segment = text[start:end]

    def first(regex: re.Pattern[str]) -> re.Match[str] | None:
        plan = None
        for m in regex.finditer(segment):
            if planned(text, start, start + m.start()):
                plan = plan or m
            # จะมีการประชุม ... โดยมี X และ Y เป็นประธานร่วม: who will chair the meeting planned is part of the plan;
            # จะเป็นเจ้าภาพจัดการประชุม X ซึ่งเป็นการประชุมระดับรัฐมนตรี: the plan named again.
            # ... เป็นผู้ลงนามในร่างบันทึก... ภายหลังลงนามแล้ว ให้...: a signing after one planned is the plan's.
            elif not _HABITUAL.search(segment, m.end(), m.end() + 40) and not (
                    plan and ("โดยมี" in segment[plan.end():m.start()]
                              or segment.endswith(("ซึ่งเป็นการ", "ซึ่งเป็น"), 0, m.start())
                              or (plan.group().startswith("ลงนาม") and m.group().startswith("ลงนาม")))):
                return m
        return None

    meeting, signing = first(_MEETING), first(_SIGNING)
    # หารือร่วมกับ X ... ในโอกาสเดินทางเยือนประเทศไทย: the trip is why X is here; the talks are the event.
    visit = next((m for m in _VISIT.finditer(segment) if not planned(text, start, start + m.start())
                  and not (meeting and _OCCASION.search(segment, max(0, m.start() - 14), m.start()))
                  and not _crowd_visits(segment, 0, m)), None)
    # เข้าร่วมการประชุม ... (งาน)เลี้ยงรับรอง: a reception told of after a meeting is part of it, not a call.
    if visit and meeting and meeting.start() < visit.start() and visit.group().endswith("เลี้ยงรับรอง"):
        visit = None
    attends = _ATTENDS.search(segment)
    # Hosts welcome the guests of a seminar too: attending one makes a meeting, unless someone came calling.
    welcomed_only = visit and "ต้อนรับ" in visit.group() and not _CALLS.search(segment)
    # X เป็นประธานการประชุม ... ซึ่ง Y เข้าพบเพื่อหารือ: whoever chairs a meeting holds a meeting, whoever calls.
    chairs = _CHAIRS_MEETING.search(segment)
    if visit and chairs and chairs.start() < visit.start() and not planned(text, start, start + chairs.start()):
        return "Meeting", start + chairs.start()
    if visit and not (attends and attends.start() < visit.start() and welcomed_only):
        return "Visit", start + visit.start()
    # ที่มาของการจัดพิธีลงนาม...ในครั้งนี้ เริ่มจาก ... เป็นประธานร่วม: a signing named as this story's topic is no
    # event of the sentence when talks of its own follow.
    told_of = signing and _told_of(segment, signing)
    # เป็นสักขีพยานในพิธีลงนาม... ในการสัมมนา...: the signing was done at the seminar, which is the event.
    if signing and meeting and signing.start() < meeting.start() and _AT_THE.search(
            segment, max(0, meeting.start() - 8), meeting.start()):
        return "Meeting", start + meeting.start()
    if signing and (not meeting or signing.start() < meeting.start()) and not (meeting and told_of):
        return "Signing", start + signing.start()
    # ภายหลังจากการหารือ ได้มีพิธีลงนาม...: talks named first, only to say when, leave the signing the event.
    if signing and meeting and _AFTER_THE.fullmatch(segment, 0, meeting.start()) and (
            0 < signing.start() - meeting.end() <= 24):
        return "Signing", start + signing.start()
    if meeting:
        return "Meeting", start + meeting.start()
    if signing:
        return "Signing", start + signing.start()
    return None


def _ordinal(text: str, trigger: int, end: int) -> tuple[int, int] | None:
    """N of ครั้งที่ N (สมัยที่ N of a session) when it follows the meeting's trigger closely (not another
    meeting's number), and where it stands; a session of the year numbered in both ways (ครั้งที่ 6/2565 (ครั้งที่
    161)) goes by its number of the year."""
    m = _ORDINAL.search(text, trigger, min(end, trigger + 260))
    return (int(m.group(1)), m.start()) if m else None


_MORE_MEETINGS = re.compile(r"(?:และ|รวมทั้ง|ตลอดจน)\s?(?:การ)?ประชุม[^\n]{0,160}?ครั้งที่\s?(\d{1,3})(?![\d/])")
_TO_COME = re.compile(r"\s?(?:ที่จะ|ซึ่งจะ|จะจัด|ในปี|ในเดือน|ณ วันที่)")


def _more_meetings(text: str, trigger: int, end: int, first: int) -> list[tuple[int, int]]:
    """The other numbered meetings a sentence names after its first, joined by และ: (position, N) each, those still
    to come left out."""
    out: list[tuple[int, int]] = []
    seen = {first}
    for m in _MORE_MEETINGS.finditer(text, trigger, end):
        n = int(m.group(1))
        if n not in seen and not _TO_COME.match(text, m.end()) and not planned(text, trigger, m.start() + 8):
            out.append((m.start(), n))
            seen.add(n)
    return out[:3]


_DATED_SESSION = re.compile(r"ครั้งที่\s?(\d{1,3})/\d{2,4}\s?(?:\(ครั้งที่\s?\d+\)\s?)?เมื่อ\s?(?:วันที่)?\s?")


def _dated_sessions(text: str, trigger: int, end: int, start: int, told: list[DateMention],
                    latest: dt.date | None) -> list[tuple[int, int, dt.date]]:
    """Sessions of a body a sentence names each with its number and its own day (ครั้งที่ 2/2563 เมื่อวันที่ 19
    กุมภาพันธ์ 2563): (position, N, day) each, those after the story left out."""
    out = []
    for m in _DATED_SESSION.finditer(text, trigger, end):
        day = next((d.value for d in told if start + d.start == m.end()), None)
        if day is not None and (latest is None or day <= latest):
            out.append((m.start(), int(m.group(1)), day))
    return out


def title_ordinal(text: str, start: int, end: int) -> int | None:
    """ครั้งที่ N of the meeting a headline names (การประชุม ... ครั้งที่ 30), or None."""
    meeting = _MEETING.search(text, start, end)
    numbered = _ordinal(text, meeting.start(), end) if meeting else None
    return numbered[0] if numbered else None


# ...ที่ได้ลงนามไปเมื่อ, ตามบันทึกความเข้าใจที่ลงนาม, เยือนไทยเพื่อลงนาม, หารือกำหนดการลงนาม, พร้อมลงนาม: a signing the
# talks look back on, one that frames them, the purpose of a trip, a topic, or one they are ready for.
_SIGNED_BEFORE = re.compile(r"(?:ที่|ซึ่ง|ตาม|ภายใต้|หลังจาก|นับตั้งแต่|ได้|เพื่อ)\S{0,45}$|(?:การ|พร้อม)$")
ON_THIS_OCCASION = re.compile(r"(?:โดย\s?)?(?:(?:ใน)?โอกาสนี้|ในการนี้)")
BESIDES = re.compile(r"นอกจากนี้|นอกจากนั้น")  # besides: what follows is something more told or done
# ทั้งนี้ในการหารือ นาย X ...: a sentence opening on "in the talks" tells of the talks told before; so does one
# opening on "besides, they also discussed" with no one new to talk with (นอกจากนี้ ยังได้หารือเกี่ยวกับ...).
IN_THE_TALKS = re.compile(r"(?:ทั้งนี้\s?)?(?:ใน|ระหว่าง)การ(?:หารือ|ประชุม|พบหารือ|พบปะ|เข้าพบ|เยี่ยมคารวะ)"
                          rf"|(?:{BESIDES.pattern})\s?(?:\S{{0,30}}\s?)?ยัง(?:ได้)?(?:มีการ)?(?:ร่วม)?(?:หารือ|แลกเปลี่ยน)"
                          r"(?!ร่วมกับ|กับ)")


def find_event_drafts(text: str, sentences: list[tuple[int, int]], published: dt.date | None,
                      has_participants: dict[tuple[int, int], bool]) -> list[EventDraft]:
    """Events the article reports, one or two a sentence (a signing dated apart from the main event)."""
    drafts: list[EventDraft] = []
    first_date = _article_date(text, sentences, published)
    today = _told_today(text, sentences, published, first_date)
    items = items_start(text)
    # มีกำหนดการดังนี้: the rest of the line is an itinerary, plans hour by hour.
    plans = [(m.start(), line_end(text, m.start())) for m in _ITINERARY.finditer(text)] + _agendas(text, published)
    if plans:
        sentences = [(s, e) for s, e in sentences if not any(a <= s < b or s <= a < e for a, b in plans)]
    quiet: list[tuple[int, int]] = []  # the last (up to two) sentences of this line, telling of no event
    untyped: tuple[int, int] | None = None  # the sentence before, when it told of no event
    story_plan: bool | None = None  # whether the first event the story tells of is a plan (a preview)
    for s, e in sentences:
        # จะเป็นเจ้าภาพจัดการประชุม ...\nโดยมี X และ Y เป็นประธานร่วมในการประชุม: who will chair it is part of the plan.
        if untyped and _PLAN_GOES_ON.match(text, s) and _tells_a_plan(text, *untyped):
            untyped = None
            continue
        typed = _event_type(text, s, e)
        if story_plan is None and _tells_a_plan(text, s, typed[1] if typed else e):
            story_plan = True  # a plan told first, before any event of its sentence
        # นายกรัฐมนตรีมีกำหนดจะเดินทางเยือน... then ...ความสำคัญของการเดินทางเยือนในครั้งนี้ ว่า..., ครั้งนี้เป็นการเข้าร่วม
        # ประชุม...: in a preview, "this" visit or meeting is the one planned.
        if typed is not None and story_plan and _this_one(text, s, typed[1]):
            typed = None
        untyped = (s, e) if typed is None else None
        before = quiet if quiet and "\n" not in text[quiet[-1][1]:s] else []
        quiet = [*before[-1:], (s, e)] if typed is None else []
        if typed is None:
            continue
        # X ร่วมพิธีเปิด... โดยมี A B ... ในโอกาสนี้ C D ร่วมงานด้วย และมี Y ให้การต้อนรับ: the line cut at ในโอกาสนี้
        # tells of one event, whose first half names no event of its own.
        if (before and ON_THIS_OCCASION.match(text, s) and any(has_participants.get(x) for x in before)
                and e - before[0][0] <= 1500):
            s = before[0][0]
            has_participants[(s, e)] = True
        # คณะกรรมการ... [รองนายกรัฐมนตรี (นายX) เป็นประธาน] ในการประชุมครั้งที่ 4/2566...: the chair named in brackets at
        # the end of the sentence before chairs the meeting this one tells of.
        elif (before and _IN_THE_MEETING.match(text, s) and has_participants.get(before[-1])
              and _CHAIR_IN_BRACKETS.search(text, before[-1][0], before[-1][1])):
            s = before[-1][0]
            has_participants[(s, e)] = True
        etype, trigger = typed
        told = [_this_year(d, published) for d in event_dates(text[s:e], published)]
        dates = [d for d in told if _is_event_date(text, s, d)]
        # A signing whose own date stands right after it is an event of its own (an earlier MOU).
        for sm in _SIGNING.finditer(text, s, e):
            own = next((d for d in dates if 0 <= s + d.start - sm.end() <= 60), None) if not _told_of(text, sm) \
                else None
            if own and (etype != "Signing" or s + own.start > trigger + 60):
                drafts.append(EventDraft("Signing", own.value, (s, e), sm.start(), explicit_date=True))
                dates.remove(own)
        # Events dated after the article was published are plans, not news: ... เข้าเยี่ยมคารวะนายกรัฐมนตรี ในวันที่
        # 3 ก.พ. 63 ณ ทำเนียบรัฐบาล, told on 30 January, whatever other day the sentence names.
        latest = _latest(text, s, e, published)
        own_day = next((d for d in told if 0 <= s + d.start - trigger <= _OWN_DAY_REACH), None)
        if own_day is not None and latest is not None and own_day.value > latest:
            if story_plan is None:
                story_plan = True
            continue
        dates = [d for d in dates if latest is None or d.value <= latest]
        # สำหรับวันที่ 24 ต.ค. 67 เป็นการประชุม..., ในวันพรุ่งนี้ (23 ต.ค.) การประชุม...: an event dated ahead is a plan.
        if told and not dates and s + told[0].start < trigger and (
                _TOMORROW.search(text, max(s, s + told[0].start - 12), s + told[0].start)
                or (latest is not None and told[0].value > latest)):
            continue
        # วันนี้ (10 ต.ค.) X เปิดเผยว่า ... ระหว่างวันที่ 8-12 ต.ค.: the first date is when it was told; but not the
        # event's own day on its line (ประชุม... เมื่อวันที่ 1 พ.ย. ... ที่ประชุมรับทราบรายงานผล... 21 - 23 ก.ย.).
        told_own_day = dates and dates[0] is own_day and "\n" not in text[trigger:s + own_day.start]
        if not told_own_day and _second_told_of(text, s, dates):
            dates = dates[1:]
        date = dates[0].value if dates else None
        # คณะกรรมการยุทธศาสตร์ชาติ มีมติรับทราบแล้วเมื่อวันที่ 22 สิงหาคม 2565: a resolution's meeting is on the day it names.
        if (resolved := RESOLVED_BY.match(text, trigger)) and (
                day := next((d for d in dates if s + d.start == resolved.end() - 1), None)):
            date = day.value
        explicit = date is not None
        if date is None:
            # A preview (นายกรัฐมนตรีมีกำหนดเยือน... ระหว่างวันที่ 8-11 ตุลาคม): what it goes on to tell of, on no day of
            # its own, is the plan's programme.
            if not has_participants.get((s, e)) or (story_plan and s < items):
                continue
            # ...เมื่อครั้งที่รองนายกรัฐมนตรีเคยมีส่วนร่วมลงนาม..., ...พบหารือกับนายอันเดรย์ บาบิช ... เมื่อปี 2562: a time
            # gone by, not the story's day; the event stays apart from the story's own, undated.
            if GONE_BY.search(text, max(s, trigger - 40), trigger) or _past_year(text, trigger, e, published):
                explicit = True
            elif s >= items:
                # ... ได้จัดประชุม... เมื่อวันที่ 16 มีนาคม 2564 ... ทั้งนี้ หน่วยงาน... ส่งผู้แทนเข้าร่วมประชุมจำนวน 17
                # หน่วยงาน: those taking part in a meeting the item's paragraph has just dated took part in that one.
                prev = drafts[-1] if drafts else None
                if (etype == "Meeting" and prev is not None and prev.type == "Meeting" and prev.date is not None
                        and "\n" not in text[prev.trigger:s]
                        and _TAKING_PART.search(text, max(s, trigger - 8), trigger)):
                    date = prev.date
                else:
                    explicit = True
            else:
                date = relative_date(text[s:e], today) or first_date
        mode = None
        segment = text[s:e]
        if _ONLINE.search(segment):
            mode = "mixed" if _MIXED.search(segment) else "online"
        place = _where(text, s, e)
        numbered = _ordinal(text, trigger, e) if etype == "Meeting" else None
        ordinal = numbered[0] if numbered else None
        # ... ที่เห็นชอบตามมติคณะกรรมการ... ครั้งที่ 6/2544 เมื่อวันที่ 26 พฤศจิกายน 2544: a session named with a day of
        # its own that is not the event's is another meeting, and the number is its own.
        sessions = _dated_sessions(text, trigger, e, s, told, latest) if numbered else []
        if any(at == numbered[1] and day != date for at, _, day in sessions):
            ordinal = None
        cues = cues_in(text, s, e)
        drafts.append(EventDraft(etype, date, (s, e), trigger, ordinal, mode,
                                 place.end() if place else None, cues, explicit))
        if story_plan is None:
            story_plan = False
        # ลงนามในสมุดแสดงความเสียใจ ณ สถานเอกอัครราชทูต...: who goes to sign a book of condolence or of good wishes
        # somewhere visits it too, its guest.
        if etype == "Signing" and place and _BOOK.match(text, trigger):
            drafts.append(EventDraft("Visit", date, (s, e), trigger, None, mode, place.end(),
                                     [Cue(c.start, c.end, "book") if c.kind == "sign" else c for c in cues], explicit))
        # ให้การต้อนรับ ... พร้อมทั้งร่วมลงนามบันทึกความร่วมมือ: the call and the signing are two events.
        signed = _SIGNING.search(text, trigger, e)
        if signed is None and etype == "Meeting" and _AT_THE.search(text, max(s, trigger - 8), trigger):
            signed = _SIGNING.search(text, s, trigger)  # ... ลงนาม ... ในการสัมมนา: the signing told first
        # ... เป็นผู้ลงนามใน... และภายหลังลงนามแล้ว: a signing after one planned in the sentence is the plan's.
        if signed and (planned(text, s, signed.start())
                       or _SIGNED_BEFORE.search(text, max(s, signed.start() - 60), signed.start())
                       or any(planned(text, s, m.start()) for m in _SIGNING.finditer(text, s, signed.start()))):
            signed = None
        if etype in ("Visit", "Meeting") and signed and not any(d.type == "Signing" and d.sentence == (s, e)
                                                                 for d in drafts):
            drafts.append(EventDraft("Signing", date, (s, e), signed.start(), None, mode,
                                     place.end() if place else None, cues, explicit, alongside=True))
        # ประชุม ... เมื่อวันที่ 14 และ 28 กุมภาพันธ์ 2563, ... เมื่อวันที่ 5 พฤษภาคม 2564 และ 23 มิถุนายน 2564: a meeting held
        # on each day listed, the first dating the one already read.
        if etype == "Meeting" and dates and date == dates[0].value and not sessions:
            for day, told_at, told_end in _listed_days(text, s, dates, told):
                # ... และเมื่อวันจันทร์ที่ 13 พฤษภาคม 2567 ณ ศาลากลางจังหวัดเพชรบุรี: a day told with its own place
                # was held there; one told after another day's place, somewhere not told.
                at = place.end() if place else None
                if there := _PLACE.match(text, told_end + (text[told_end:told_end + 1] == " ")):
                    at = there.end()
                elif "ณ" in text[s + dates[0].end:told_at]:
                    at = None
                drafts.append(EventDraft("Meeting", day, (s, e), trigger, None, mode, at, cues, True))
        # การประชุม ... ครั้งที่ 59 และการประชุม ... ครั้งที่ 4: two numbered meetings told of in one sentence; ...
        # ครั้งที่ 1/2563 เมื่อวันที่ 23 มกราคม 2563 ครั้งที่ 2/2563 เมื่อวันที่ 19 กุมภาพันธ์ 2563: sessions, each on its day.
        if numbered:
            for at, n, day in sessions:
                if at != numbered[1] or day != date:
                    drafts.append(EventDraft("Meeting", day, (s, e), at, n, mode, place.end() if place else None,
                                             cues, True))
            for at, n in _more_meetings(text, trigger, e, ordinal):
                if all(n != m for _, m, _ in sessions):
                    drafts.append(EventDraft("Meeting", date, (s, e), at, n, mode, place.end() if place else None,
                                             cues, explicit))
    return _placed_later(text, drafts)


# ... เมื่อวันพุธที่ 8 พฤษภาคม 2567 ณ ห้องประชุม... และเมื่อวันจันทร์ที่ 13 พฤษภาคม 2567 ณ ศาลากลาง...: each day with where.
_ANOTHER_DAY = re.compile(r"\s?(?:,|และ)?\s?(?:เมื่อ)?(?:วันที่\s?)?"
                          r"|\s?ณ\s?[^\n,]{2,80}?\sและ\s?เมื่อ\s?(?:วัน\S{0,8}ที่\s?)?")
_DAYS_LONG = re.compile(r"(?:เป็นเวลา|รวม|ทั้ง)\s?\d{1,2}\s?วัน")


def _listed_days(text: str, s: int, dates: list[DateMention], told: list[DateMention]
                 ) -> list[tuple[dt.date, int, int]]:
    """The days listed after the first of ``dates`` (sentence-relative, from ``s``), each with where its mention starts
    and ends in ``text``: one more within its own mention (14 และ 28 กุมภาพันธ์), or the dates that follow it joined by
    และ, a comma, วันที่ alone or the first day's place (... 2567 วันที่ 14 พฤษภาคม 2568 และวันที่ 19 พฤษภาคม 2568).
    None when the first is itself listed after a date of another kind
    (มติคณะรัฐมนตรีเมื่อวันที่ 17 ตุลาคม 2543 วันที่ 9 ตุลาคม 2550 ...), nor when the days do not run forward with gaps: a
    meeting of two days (15 และ 16 ธันวาคม) is one, as is one held over days told (เป็นเวลา 2 วัน คือ วันที่ 8 และ 10)."""
    first = dates[0]
    if any(d.end <= first.start and _ANOTHER_DAY.fullmatch(text, s + d.end, s + first.start) for d in told) or (
            _DAYS_LONG.search(text, max(s, s + first.start - 30), s + first.start)):
        return []
    days = [(first.value, s + first.start, s + first.end)]
    for day in first.listed_days:
        with contextlib.suppress(ValueError):
            days.append((first.value.replace(day=day), s + first.start, s + first.end))
    end = first.end
    for d in dates[1:]:
        if _ANOTHER_DAY.fullmatch(text, s + end, s + d.start) is None:
            break
        days.append((d.value, s + d.start, s + d.end))
        end = d.end
    return days[1:] if all(b[0] - a[0] > dt.timedelta(days=1) for a, b in itertools.pairwise(days)) else []


_THIS_AFTER = re.compile(r"\S{0,60}?\s?(?:ใน)?ครั้งนี้")
_THIS_BEFORE = re.compile(r"ครั้งนี้\s?(?:(?:จะ|ถือ)?เป็น)?(?:การ)?(?:เดินทาง)?(?:ไป|มา|เข้า)?(?:ร่วม)?(?:การ)?$")


def _this_one(text: str, start: int, trigger: int) -> bool:
    """Whether the event word at ``trigger`` is "this" one, the story's own (การเยือนในครั้งนี้, ครั้งนี้เป็นการเข้าร่วมประชุม)."""
    return (_THIS_AFTER.match(text, trigger) is not None
            or _THIS_BEFORE.search(text, max(start, trigger - 40), trigger) is not None)


def _tells_a_plan(text: str, start: int, end: int) -> bool:
    """Whether a sentence that told of no event named one planned (จะเป็นเจ้าภาพจัดการประชุม...)."""
    return any(planned(text, start, m.start()) for regex in (_MEETING, _SIGNING, _VISIT)
               for m in regex.finditer(text, start, end))


_IN_THE_MEETING = re.compile(r"(?:ใน)?(?:การ|คราว)?ประชุม|ที่ประชุม")
_CHAIR_IN_BRACKETS = re.compile(r"เป็นประธาน(?:กรรมการ)?\s?[\])]$")
_OWN_DAY_REACH = 120  # how far after its trigger word the day of an event may be told
# A paragraph opening with these goes on naming the people of the one before it.
GOES_ON_NAMING = r"โดยมี|พร้อมด้วย|ร่วมด้วย"
_PLAN_GOES_ON = re.compile(rf"\s*(?:{GOES_ON_NAMING})")


# 12. เรื่อง การแต่งตั้ง...: the heading of an item of a cabinet summary, each item on its own matter.
ITEM_HEADING = re.compile(r"(?m)^[ \t]*\d{1,3}\.\s?เรื่อง")


def items_start(text: str) -> int:
    """Where the numbered items of a summary (three or more ``N. เรื่อง`` headings) begin, else past the end: an
    undated meeting told of in an item is one the item speaks of, not the meeting the summary reports."""
    heads = [m.start() for m in ITEM_HEADING.finditer(text)]
    return heads[0] if len(heads) >= 3 else len(text)


_PLACE_REACH = 800
# ... เมื่อวันที่ 29 มิถุนายน 2565 ณ / เวลา 10.00 น. ณ: a place named right after the day or the hour.
_DATED_BEFORE = re.compile(r"(?:\d{4}|น\.)\s?\)?\s?$")
_A_COUNTRY = re.compile(r"(?:ประเทศ|สาธารณรัฐ|ราชอาณาจักร|สหพันธ์|สหรัฐ|สหราช|รัฐ|กรุง|นคร|เมือง|จังหวัด)")


def _where(text: str, start: int, end: int) -> re.Match | None:
    """The sentence's ณ that names where its event was: the first, unless it names a country or a city and a later
    one comes right after the day or the hour (... ศึกษาต่อ ณ สาธารณรัฐประชาชนจีน ในวันที่ 29 มิถุนายน 2565 ณ
    ห้องประชุมกระทรวงคมนาคม: where the students study, then where the call was)."""
    places = list(_PLACE.finditer(text, start, end))
    if len(places) > 1 and _A_COUNTRY.match(text, places[0].end()) and not _DATED_BEFORE.search(
            text, max(start, places[0].start() - 8), places[0].start()):
        return next((p for p in places[1:] if _DATED_BEFORE.search(text, max(start, p.start() - 8), p.start())),
                    places[0])
    return places[0] if places else None


def _placed_later(text: str, drafts: list[EventDraft]) -> list[EventDraft]:
    """ให้การต้อนรับ ... (what was talked of) ... ณ ห้อง 801 ชั้น 8 สำนักงานปลัด...: a place that ends the paragraph of
    an event, in sentences telling of no event, is where that event happened."""
    starts = sorted(d.sentence[0] for d in drafts)
    out = []
    for d in drafts:
        if d.place_start is None:
            e = d.sentence[1]
            stop = min(line_end(text, e), next((a for a in starts if a >= e), len(text)), e + _PLACE_REACH)
            if place := _PLACE.search(text, e, stop):
                d = replace(d, place_start=place.end())
        out.append(d)
    return out


def _agendas(text: str, published: dt.date | None) -> list[tuple[int, int]]:
    """1. วันพฤหัสบดีที่ 30 มีนาคม 2566 มีการประชุมที่สำคัญ ดังนี้ / 1.1 ... / 1.2 ...: a numbered heading dated after
    the story, and the numbered items under it, are an agenda."""
    out = []
    if published is None:
        return out
    for m in _AGENDA_HEADING.finditer(text):
        if not any(d.value > published for d in event_dates(m.group(), published)):
            continue
        end = m.end()
        while (item := _NUMBERED_ITEM.match(text, end + 1)) is not None:
            end = line_end(text, item.start())
        out.append((m.start(), end))
    return out


def line_start(text: str, pos: int) -> int:
    """Where the line holding ``pos`` begins."""
    return text.rfind("\n", 0, pos) + 1


def line_end(text: str, pos: int) -> int:
    """Where the line holding ``pos`` ends."""
    end = text.find("\n", pos)
    return len(text) if end < 0 else end


def _is_event_date(text: str, sentence_start: int, d) -> bool:
    """A date that says when something happened: it opens the sentence or a line, or follows เมื่อ/วันนี้/วันที่/(;
    not the day something was founded or born that an anniversary counts from (วันสถาปนาความสัมพันธ์ ... 2495), the
    day one mourned died (ซึ่งถึงแก่อสัญกรรมเมื่อวันศุกร์ที่ 8 กรกฎาคม 2565), nor that of a cabinet resolution."""
    at = sentence_start + d.start
    if _FOUNDED.search(text, max(sentence_start, at - 60), at) or _RESOLVED.search(
            text, max(sentence_start, at - 40), at) or DIED.search(
            text, max(sentence_start, at - 30), at) or _TOMORROW.search(
            text, max(sentence_start, at - 12), at):
        return False  # ... and not tomorrow (ในวันพรุ่งนี้ (23 ต.ค. 67) จะมีการประชุม), which is a plan
    if _period(text, at, sentence_start + d.end):
        return False
    line = line_start(text, at)
    return (d.start < 3 or text[at - 1:at] == "\n"
            or _DATE_CUE.search(text[max(sentence_start, at - 16):at]) is not None
            or _SESSION_DAY.search(text, max(sentence_start, at - 24), at) is not None
            or (_DATELINE_PLACE.fullmatch(text, line, at) is not None
                and _DATELINE_DASH.match(text, sentence_start + d.end) is not None))


_PERIOD_OPEN = re.compile(r"\(\s*$")
_PERIOD_END = re.compile(r"\s*[-–]\s*([^()\n]{4,30}?)\s*\)")


def _period(text: str, start: int, end: int) -> bool:
    """Whether the date at ``text[start:end]`` opens a span of more than a month in brackets (ปีงบประมาณ 2563 (1 ต.ค.
    2562 – 30 ก.ย. 2563), ร่าง Progress Report (1 มกราคม - 31 มีนาคม 2562)): a period told of, no event's day."""
    if not _PERIOD_OPEN.search(text, max(0, start - 3), start) or not (m := _PERIOD_END.match(text, end)):
        return False
    first, last = find_dates(text[start:m.end(1)]), find_dates(m.group(1))
    return bool(first and last) and (last[0].value - first[0].value).days > 31


# ตามมติคณะรัฐมนตรีเมื่อวันที่ 7 ธันวาคม 2559, คณะรัฐมนตรีได้มีมติ (4 กุมภาพันธ์ 2568): the day a resolution was passed.
_RESOLVED = re.compile(r"(?:มติ\s?(?:คณะรัฐมนตรี|ครม\.?)|(?:คณะรัฐมนตรี|ครม\.?)\s?(?:ได้)?(?:มี)?มติ)\s?(?:เมื่อ)?\s?"
                       r"(?:วัน\S{0,12}ที่)?\s?\(?\s?$")


# นครโตเกียว ประเทศญี่ปุ่น 8 กุมภาพันธ์ 2567 – ...: the dateline that opens a press release (about 140 in the 90k).
_DATELINE_PLACE = re.compile(r"(?:(?:กรุงเทพฯ|(?:กรุง|นคร|จังหวัด|เมือง|ประเทศ)[^\s\d,]+),? ?){1,3}")
_DATELINE_DASH = re.compile(r" ?[–-] ?\D")


def _latest(text: str, start: int, end: int, published: dt.date | None) -> dt.date | None:
    """The last day an event told in ``text[start:end]`` can have taken place: the day of the story, or the day
    after by a local time east of Bangkok (ตามเวลาท้องถิ่น, the story of a meeting in Tokyo)."""
    if published is None:
        return None
    return published + dt.timedelta(days=1 if _LOCAL_TIME.search(text, start, end) else 0)


def _this_year(d: DateMention, published: dt.date | None) -> DateMention:
    """วันนี้ (4 มกราคม 2563) in a story of 4 January 2564: last year's number, kept by slip of the pen (about 190
    stories of the 90k corpus open so), when the day is in January, the day of the story or a few before it; and
    วันนี้ (7 ธันวาคม 2565) in a story of 8 December 2564: next year's number (10 stories), whatever the month."""
    if published is None or not d.has_year:
        return d
    ahead = -375 <= (published - d.value).days <= -355
    if not ahead and not 355 <= (published - d.value).days <= 375:
        return d
    try:
        fixed = d.value.replace(year=d.value.year + (-1 if ahead else 1))
    except ValueError:  # 29 February
        return d
    # A slip of the pen is a new year's: 8 ธันวาคม 2564 in a story of 15 December 2565 is a year ago.
    return replace(d, value=fixed) if 0 <= (published - fixed).days <= 10 and (ahead or fixed.month == 1) else d


def _article_date(text: str, sentences: list[tuple[int, int]], published: dt.date | None) -> dt.date | None:
    """The date the story's first six sentences give (``เมื่อวันที่ ...``, ``วันนี้ (...)``), else None: a story
    that never says when gives its events no date (the graph keeps the day it was reported apart)."""
    for s, e in sentences[:6]:
        dates = [d for d in (_this_year(d, published) for d in event_dates(text[s:e], published))
                 if _is_event_date(text, s, d) and (published is None or d.value <= _latest(text, s, e, published))]
        if _second_told_of(text, s, dates):
            return dates[1].value
        if dates:
            return dates[0].value
        rel = relative_date(text[s:e], published)
        if rel:
            return rel
    # ****** 17 สิงหาคม 2560: the day a ministry's release ends with is the day it tells of.
    for m in _TRAILER_DATE.finditer(text):
        if d := next(event_dates(m.group(1), published), None):
            return d.value
    return None


_TAKING_PART = re.compile(r"เข้าร่วม(?:การ)?$")
_TODAY_GIVEN = re.compile(r"วันนี้\s?\(")
_THEN = re.compile(r"\s*\)\s*เมื่อ\s?(?:วัน\S{0,10}ที่)?\s*\(?\s*")


def _second_told_of(text: str, s: int, dates: list[DateMention]) -> bool:
    """Whether a sentence's second date is the day it tells of, the first the day it was told: วันนี้ (10 ต.ค.) X
    เปิดเผยว่า ... 8-12 ต.ค., or วันนี้ (10 ก.ค. 2568) เมื่อวันที่ 9 กรกฎาคม 2568 X พบหารือ..."""
    if len(dates) < 2:
        return False
    first, second = s + dates[0].end, s + dates[1].start
    return bool(_REPORTED.search(text, first, second)
                or (_TODAY_GIVEN.search(text, max(s, s + dates[0].start - 8), s + dates[0].start)
                    and _THEN.fullmatch(text, first, second)))


def _told_today(text: str, sentences: list[tuple[int, int]], published: dt.date | None,
                first_date: dt.date | None) -> dt.date | None:
    """The day the story calls today: the one its opening gives (วันนี้ (18 พ.ย. 65) in a story published on the
    19th), so a later bare ในวันนี้ is that day too; in a story that opens on a day a few days before it was published
    (เมื่อวันที่ 2 พฤศจิกายน ... told on the 6th), that day, on which what it tells of was said; else the day it was
    published."""
    if published is None:
        return None
    for s, e in sentences[:6]:
        if m := _TODAY_GIVEN.search(text, s, e):
            d = next(event_dates(text[m.end():min(e, m.end() + 40)], published), None)
            if d is not None and d.start == 0 and 0 < (published - (d := _this_year(d, published)).value).days <= 7:
                return d.value
            break
    return first_date if first_date is not None and 0 < (published - first_date).days <= 7 else published


_TRAILER_DATE = re.compile(r"\n[ \t]*[*=_]{5,}[ \t]*(\d{1,2}[ \t]*\S+[ \t]*25\d\d)[ \t]*(?=\n|$)")
