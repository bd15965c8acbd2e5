"""Closed word lists the rules read: function words, verbs and heads that bound names and titles.

Open-ended name lists (agencies, posts, countries, programmes) live in the gazetteers instead.
"""

from __future__ import annotations

THAI_CHARS = "\u0e01-\u0e2e\u0e30-\u0e3a\u0e40-\u0e4e"  # letters, vowels and marks; no digits, ฯ or ๆ
THAI_LEAD = "\u0e01-\u0e2e\u0e40-\u0e44"  # a Thai word starts with a consonant or a leading vowel

# Words starting right after นาย/นาง that make a common noun, not a name (นายกรัฐมนตรี, นายอำเภอ).
NOT_NAME_AFTER_HONORIFIC = (
    "กรัฐมนตรี", "กฯ", "กเทศมนตรี", "กสมาคม", "กองค์การ", "กสภา", "กอบต", "กอบจ", "กสโมสร", "กเหล่า",
    "กรัฐ", "แห่ง", "อำเภอ", "ทหาร", "ตำรวจ", "จ้าง", "หน้า", "ทะเบียน", "ช่าง", "สิบ", "ด่าน", "ประกัน", "พราน",
    "ท้าย", "เรือ", "พล", "ร้อย", "งาน", "ทุน", "ห้าง", "ฟ้า", "งาม", "พยาบาล", "แบบ", "สนม", "ใน", "ภาพ",
    "ค่า", "ธรรม", "สมบัติ", "ูปการ", "ประโยชน์", "ลักษณะ", "วุฒิ", "ความ", "กำนัน", "ผู้", "ท่าน",
)
# A second word that is no surname: the sentence goes on (นายดอน กล่าวว่า ...).
NOT_SURNAME = (
    "กล่าว", "ได้", "เป็น", "และ", "ให้", "พร้อม", "ร่วม", "เดินทาง", "เข้า", "ซึ่ง", "ที่", "โดย", "เพื่อ", "จะ",
    "ยัง", "ก็", "มี", "ไม่", "แสดง", "ขอบคุณ", "เห็น", "ชื่นชม", "หารือ", "ต้อนรับ", "นำ", "มอบ", "ลงนาม",
    "รับ", "ระบุ", "เผย", "แจ้ง", "ชี้แจง", "เน้น", "ย้ำ", "ณ", "ใน", "กับ", "ของ", "แก่", "ต่อ", "จาก", "ว่า",
    "อีก", "ทั้ง", "ตลอด", "คณะ", "รวมทั้ง", "รวมถึง", "ตลอดจน", "หรือ", "แต่", "เมื่อ", "วันที่", "เวลา",
    "ประธาน", "เอกอัครราชทูต", "รัฐมนตรี", "รอง", "อธิบดี", "ผู้", "ปลัด", "เลขาธิการ", "นายก", "ประจำ",
    "ท่าน", "ทูต", "กงสุล", "หัวหน้า", "ที่ปรึกษา", "โฆษก", "สมาชิก", "กรรมการ", "ประเทศ", "ฝ่าย",
)
# Where a name glued to what follows ends (นายดอน ปรมัตถ์วินัยรัฐมนตรีว่าการ...).
NAME_TAIL_STOPS = (
    "รัฐมนตรี", "รองนายก", "นายกรัฐมนตรี", "รองอธิบดี", "อธิบดี", "ผู้อำนวยการ", "ผู้ว่า", "ผู้ช่วย",
    "ผู้แทน", "ผู้บัญชาการ", "ผู้บริหาร", "เอกอัครราชทูต", "อัครราชทูต", "ปลัด", "รองปลัด", "เลขาธิการ",
    "ประธาน", "รองประธาน", "ที่ปรึกษา", "โฆษก", "รองโฆษก", "หัวหน้า", "เลขานุการ", "กงสุล", "กรรมการ",
    "สมาชิก", "นายกเทศมนตรี", "และ", "พร้อมด้วย", "กล่าว", "ให้การ", "เข้าเยี่ยม", "เข้าพบ", "ซึ่ง",
    "ประจำ", "เดินทาง", "ผบ.", "รมว.", "รมช.", "ปธ.", "ผอ.", "อดีต", "ราชเลขาธิการ", "องคมนตรี", "แสดง",
    "ได้ให้", "ได้กล่าว", "ได้เข้า", "ได้รับ", "ขอบคุณ", "ยินดี", "ชื่นชม", "ยืนยัน", "เน้นย้ำ", "หวังว่า",
    "เชื่อมั่น", "เห็นว่า", "เห็นด้วย", "เสนอ", "แจ้งว่า", "ระบุว่า", "เปิดเผย", "มอบหมาย", "เยี่ยมชม", "เข้าร่วม",
)
# Latin words that end a name: posts, agencies, connectives.
LATIN_NAME_STOPS = frozenset(
    "Director Minister Ambassador Ministry Embassy Department Bureau Division Office Agency Deputy "
    "President Chairman Chairperson Chair Secretary Governor Chief Head Vice Counsellor Counselor "
    "Representative Executive Officer Manager Thailand Japan The And Of In At For On With From To "
    "Permanent Prime General Consul Attache Attaché Senior Assistant Special Advisor Adviser Commissioner "
    "Member Mayor King Queen Prince Princess Kingdom Republic Government Council Committee University "
    "Company Co Ltd Corporation Group Bank Association Foundation Institute".split())
LATIN_PARTICLES = frozenset("bin binti bint van von der den de da del della di la le al el dos das du ibn".split())

# Organisation names begin with these heads (Thai).
ORG_HEADS = (
    "กระทรวง", "กรม", "สำนักงาน", "สำนัก", "สถานเอกอัครราชทูต", "สถานกงสุลใหญ่", "สถานกงสุล", "องค์การ",
    "องค์กร", "สถาบัน", "มหาวิทยาลัย", "ธนาคาร", "บริษัท", "สมาคม", "สภา", "คณะกรรมการ", "กองทัพ", "กองบัญชาการ",
    "ศูนย์", "กลุ่มงาน", "หอการค้า", "การท่องเที่ยว", "การไฟฟ้า", "การประปา", "การรถไฟ", "การท่าเรือ",
    "กองทุน", "มูลนิธิ", "สหพันธ์", "ทบวง", "กอง", "ศาล", "วิทยาลัย", "โรงเรียน", "โรงพยาบาล", "สหภาพ",
    "ราชวิทยาลัย", "สมาพันธ์", "ธนาคารแห่ง", "รัฐสภา", "วุฒิสภา", "สภาผู้แทนราษฎร", "จังหวัด",
)
# Where an organisation name written without a gazetteer entry ends.
ORG_STOPS = (
    "และ", "เข้าร่วม", "ร่วม", "เป็น", "ได้", "ให้", "ที่", "ซึ่ง", "โดย", "ณ", "จะ", "ไป", "มา", "กล่าว",
    "พร้อม", "ในการ", "ในโอกาส", "เพื่อ", "นาย", "นาง", "เมื่อ", "ตาม", "ทั้ง", "รวมทั้ง", "หรือ", "ต่อ",
    "จำนวน", "ครั้ง", "ด้วย", "เกี่ยวกับ", "ระหว่าง", "ว่า", "แก่", "กับ", "ผ่าน", "นำ", "เรื่อง", "จัด",
    "ภายใต้", "ดังกล่าว", "นั้น", "นี้", "เข้า", "ออก", "มี", "ไม่", "ยัง", "อีก", "คือ",
)
# Organisation heads too generic to stand alone as a name.
ORG_GENERIC = frozenset({
    "กระทรวง", "กรม", "สำนักงาน", "สำนัก", "องค์การ", "องค์กร", "สถาบัน", "ธนาคาร", "บริษัท", "สมาคม", "สภา",
    "คณะกรรมการ", "ศูนย์", "กอง", "ศาล", "จังหวัด", "กองทุน", "มูลนิธิ", "หน่วยงาน", "สถานเอกอัครราชทูต",
    "กระทรวงต่างๆ", "หน่วยงานต่างๆ", "องค์กรต่างๆ", "องค์การระหว่างประเทศ", "สถาบันการศึกษา",
})
# Heads of English organisation names.
LATIN_ORG_HEADS = frozenset(
    "Division Bureau Ministry Department Agency Office Embassy Organization Organisation Institute Council "
    "Commission Bank University Company Corporation Association Centre Center Unit Section Secretariat "
    "Fund Authority Board Forum Foundation Chamber Federation Consulate Mission Administration Service "
    "Directorate Cabinet Parliament Senate".split())

# Words a Thai honorific may be glued to (และนาย, โดยนาง); after any other Thai letter it is inside a word.
GLUE_BEFORE_HONORIFIC = (
    "และ", "โดย", "กับ", "ของ", "ให้", "แก่", "ต่อ", "จาก", "ระหว่าง", "ถึง", "มี", "ว่า", "คือ", "เป็น", "ด้วย",
    "ทั้ง", "ได้แก่", "อาทิ", "ท่าน", "ส่วน", "ซึ่ง", "ที่", "ราย", "ชื่อ", "ได้", "หรือ", "พร้อม", "นำ", "ณ", "เชิญ",
    "ขณะ", "รวมถึง", "รวมทั้ง", "ตลอดจน", "ตาม", "ต้อนรับ", "คารวะ", "พบ", "แทน", "เห็น", "เรียน", "ยัง",
)
