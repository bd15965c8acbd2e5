"""Programmes and frameworks: gazetteer entries, named ``โครงการ...`` projects, English programme names with
their acronym in brackets (``Japan-Thailand Partnership Programme Phase 3 (JTPP3)``), and named series of
meetings and events (``Thailand - EU Labour Dialogue``)."""

from __future__ import annotations

import re

from kg.extract.lexicon import THAI_CHARS
from kg.extract.segment import words
from kg.gazetteer import Gazetteer
from kg.ids import slug
from kg.records import ProgrammeRef

_LATIN_PROGRAMME = re.compile(
    r"(?P<name>(?:[A-Z][A-Za-z0-9\-]*\s)+(?:Programme|Program|Partnership|Initiative|Cooperation|Framework|Strategy"
    r"|Corridor|Agreement|Relationship|Dialogue|Mechanism|Roadmap)(?:\s(?:Phase\s\d+|[IVX]+))?)\s?"
    r"\((?P<acr>[A-Z][A-Za-z0-9\-]{1,15})\)")
# Thailand - EU Labour Dialogue, UK-Southeast Asia Tech Week 2024, The 6th Regional Collaboration Drill: a named
# series of meetings or events, capitalised words ending in a head, with no acronym. Found from the head
# backwards: a pattern scanning forwards from every capital letter cost more than the rest of the module.
_SERIES_HEAD = re.compile(r"(?<=[A-Za-z] )(?:Dialogue|Process|Festival|Week|Drill|Initiative|Programme|Program|Expo)"
                          r"(?:\s\d{4})?(?![A-Za-z])")
# ... Ministerial Dialogue on Digital Economy Cooperation: the name goes on after its head.
_SERIES_TAIL = re.compile(r"\s(?:on|for|of|in)(?:\s(?:[A-Z][A-Za-z0-9\-–]*|and|of|for|on|in|the|to))+")
_SERIES_WORD = re.compile(r"[A-Z][A-Za-z0-9.\-–]*|[-–]|and|of|for|on|to|\d{1,2}(?:st|nd|rd|th)|\d+\.\d+")
# Mega Diwali Festival Thailand 2025, Smart City Expo World Congress: capitalised words right after the head go on
# with the name; Senior Program Manager, ... Program Foundation: a post or a body, not a series.
_MEETING_OF = re.compile(r"(?:The\s)?\d{1,2}(?:st|nd|rd|th)\s(?:Meeting|Session)\sof\s(?:the\s)?")
_SERIES_MORE = re.compile(r"(?:\s(?:[A-Z][A-Za-z0-9\-]*|\d{4}))+")
_NOT_SERIES = re.compile(r"\b(?:Manager|Officer|Director|Coordinator|Specialist|Adviser|Advisor|Foundation|Office"
                         r"|Centre|Center|Secretariat|Committee|Council|Fund|Unit|Division|Department)\b")


_SMALL_WORDS_AT_END = re.compile(r"(?:\s(?:and|of|for|on|in|the|to|by|with))+$")


def _trimmed(name: str) -> str:
    """An English name without the small words a pattern ran on to (... Program for the)."""
    return _SMALL_WORDS_AT_END.sub("", name)


def _series(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of named series in ``text[start:end]``: the head and the words before it that belong to the name."""
    spans = []
    for m in _SERIES_HEAD.finditer(text, start, end):
        first, pos = m.start(), m.start()
        for _ in range(9):
            left = text.rfind(" ", max(start, pos - 30), pos - 1)
            word = text[left + 1:pos - 1] if left >= 0 else ""
            opened = word[:1] in "(“\""  # (Thailand - EU Labour Dialogue, ...: the bracket opens the name
            if not word or not _SERIES_WORD.fullmatch(word[1:] if opened else word):
                break
            pos = left + 1 + opened
            if word[opened].isupper() or word[opened].isdigit():
                first = pos
            if opened:
                break
        if text.startswith("The ", max(start, first - 4)) and first - 4 >= start:
            first -= 4
        if first < m.start():
            last = m.end()
            more = _SERIES_MORE.match(text, last, end)
            if more and _NOT_SERIES.search(more.group()):
                continue
            if more:
                last = more.end()
            tail = _SERIES_TAIL.match(text, last, end)
            kept = _trimmed(tail.group()) if tail else ""
            if kept.split()[1:]:
                last += len(kept)
            # The 4th Meeting of Japan – Thailand High-Level Cooperation Dialogue on ...: the series is what follows.
            if meeting := _MEETING_OF.match(text, first, last):
                first = meeting.end()
            spans.append((first, last))
    return spans


# โครงการ “นครสวรรค์ ไบโอคอมเพล็กซ์”: a project's name in quotes.
_QUOTED_PROJECT = re.compile(r"(?:โครงการ|กรอบความร่วมมือ)\s?[“\"](?P<name>[^”\"\n]{2,160})[”\"]")
# “โครงการเสริมสร้าง...ไปปฏิบัติในเชิงพื้นที่ (SDGs Localization) ในจังหวัดนำร่องทั้ง 15 จังหวัด”: the quotes hold it all.
_QUOTED_WHOLE_PROJECT = re.compile(r"[“\"](?P<name>โครงการ[^”\"\n]{2,200})[”\"]")
_THAI_PROJECT = re.compile(f"โครงการ[{THAI_CHARS}]{{1,160}}")
# "The Project on Capacity Improvement for Road Traffic Safety Institutions and Implementation in Kingdom of
# Thailand": an English project title, running over capitalised words and the small words between them.
_LATIN_PROJECT = re.compile(
    r"(?:The\s)?Project\s(?:on|for|of)\s(?:(?:[A-Z][A-Za-z0-9\-]*|of|and|for|in|on|the|to)\s?){2,30}")
# โครงการ Public Health Emergencies ... Program for Human Resource Complement Support: a project named in English
# after the Thai word (or โครงการความร่วมมือ, a cooperation project: Phuket Smart City Technical Assistant Package),
# running to the first Thai letter or bracket.
_THAI_LATIN_PROJECT = re.compile(
    r"โครงการ(?:ความร่วมมือ)?\s?(?P<name>[A-Z][A-Za-z0-9\-]*(?:\s[A-Za-z0-9][A-Za-z0-9\-’'&]*){1,25})")
# โครงการ followed by these is a reference or a generic word, not a name.
_GENERIC_PROJECT = ("ดังกล่าว", "นี้", "นั้น", "ต่างๆ", "ต่าง", "ความร่วมมือ", "ที่", "ของ", "ใน", "และ", "เพื่อ",
                    "ประจำปี", "สำคัญ", "ใหม่", "ภายใต้", "ซึ่ง", "จะ", "ได้", "อื่น", "ทั้ง", "หลาย", "นำร่อง",
                    "พัฒนา", "ก่อสร้าง", "ให้", "เป็น", "ร่วม", "การ", "ด้าน", "ต่อ",
                    # โครงการจากหน่วยงาน, โครงการอาจจะ..., โครงการออกไปอีกสองปี, โครงการประเภท..., โครงการริเริ่มใหม่:
                    # where they come from, what may happen to them, which kind: no one project.
                    "จาก", "อาจ", "ออก", "ประเภท", "ริเริ่ม",
                    # ทั้ง 2 โครงการมีความคืบหน้า: what the projects have.
                    "มี")
# โครงการสามารถพัฒนา..., โครงการแทนการจ่ายเงิน..., โครงการหรือนโยบาย, โครงการไม่รองรับ...: the noun and what is said of it,
# not a name; and โครงการอันเนื่องมาจากพระราชดำริ is a kind of project. Whole words, unlike the prefixes above, for
# มา and ไป also begin names (มาตรฐาน, ไปรษณีย์).
_NOT_A_NAME = frozenset({"สามารถ", "แทน", "หรือ", "อย่าง", "ไป", "ไม่", "ต้อง", "ยัง", "ยังคง", "แล้ว", "ตามที่", "มา",
                         "โดยรวม", "เสร็จ", "เสร็จสิ้น", "เกิด", "ก็", "จึง", "แต่", "สู่", "อยู่", "ใหญ่", "ทุก",
                         "อันเนื่องมาจาก"})
_PROJECT_STOPS = {"และ", "ซึ่ง", "ที่", "โดย", "เพื่อ", "ของ", "ใน", "ให้", "จะ", "ได้", "เป็น", "ร่วมกับ", "กับ",
                  "ภายใต้", "ณ", "ระหว่าง", "ตั้งแต่", "จำนวน", "รวม", "ต่อ", "ผ่าน", "เมื่อ", "ตาม", "เกี่ยวกับ",
                  "ขึ้น", "อีก", "ที่จะ", "อาจ", "อาจจะ"}


# Small words a project's name may run on over (โครงการ...ในลุ่มน้ำเจ้าพระยา, โครงการสร้างเสริมความรู้เกี่ยวกับประเทศไทย
# แก่สมาชิกรัฐสภาสหรัฐอเมริกา), where no clause begins after them.
_SOFT_STOPS = frozenset({"และ", "ใน", "กับ", "ของ", "ที่", "เพื่อ", "ระหว่าง", "เกี่ยวกับ"})
# What begins a clause, a time or another project, not more of a name.
_CLAUSE_WORDS = frozenset({"จะ", "ได้", "เป็น", "มี", "ซึ่ง", "โดย", "ต่อไป", "ถัดไป", "ระยะ", "ปี", "โครงการ", "ผ่าน",
                           "ร่วมกับ", "เข้าร่วม", "ร่วม", "ให้", "ดำเนิน", "ดำเนินการ", "แล้ว", "ทั้งนี้", "ว่า", "เมื่อ",
                           "ตั้งแต่", "จำนวน", "อีก", "อีกด้วย", "ที่จะ", "อาจ", "อาจจะ", "ขึ้น", "นี้", "ดังกล่าว", "ต่าง", "ต่างๆ"})
_NAME_RUN = re.compile(f"[{THAI_CHARS}]{{2,120}}(?=[\\s,()“”\"]|$)")


def _name_tail(text: str, pos: int, gaz: Gazetteer) -> str | None:
    """The rest of a Thai project name from a small word at ``pos`` to the space that ends it, or None where a
    clause, a time or another project begins on the way, or where it only names the owner (ของประเทศไทย)."""
    run = _NAME_RUN.match(text, pos)
    if not run:
        return None
    toks = words(run.group())
    after_of = len("ของประเทศ" if run.group().startswith("ของประเทศ") else "ของ")
    owner = gaz.country_matcher.match_at(run.group(), after_of)
    if any(t in _CLAUSE_WORDS for t in toks[1:]) or (toks[0] == "ของ" and owner and owner[0] == len(run.group())):
        return None
    return run.group()


_PAIR = re.compile(r"\s?[–-]\s?")
_GLUED_DASH = re.compile(f"[–-][{THAI_CHARS}]{{2,30}}(?=[\\s,()]|$)")
_ROUTE = re.compile(f"ฯ\\s?[–-]\\s?[{THAI_CHARS}]{{2,20}}")
_POST_BEFORE = re.compile(r"(?:ทูต|ผู้อำนวยการ|ประธาน|หัวหน้า|ผู้จัดการ|ผู้ประสานงาน)\s?$")
_PROJECT_VERBS = ("เข้าร่วม", "ร่วม", "ได้", "จะ", "เป็น", "มี", "ดำเนิน", "พิจารณา", "ต่อไป", "เสนอ")


# A framework the gazetteer knows is an event's programme only when the words say the event is held under it
# (ภายใต้กรอบ JTEPA, under the JTEPA) or the framework names the meeting (การประชุม ACMECS, ACMECS ครั้งที่ 8,
# Joint Meeting on JTPP3, Mekong-U.S. Partnership Track 1.5 ...). Otherwise it is a policy the parties spoke of
# (EEC, BCG, AEC).
_MEETING_WORDS = r"การประชุม(?:สุดยอด)?|ที่ประชุม|ประชุม|(?:Meeting|Dialogue|Forum)\s(?:on|of)(?:\sthe)?"
_FRAMEWORK_WORD = r"\s?(?:กรอบ(?:ความร่วมมือ)?|ความตกลง)?\s?\(?$"
_UNDER_BEFORE = re.compile(f"(?:ภายใต้|under(?:\\sthe)?|{_MEETING_WORDS}){_FRAMEWORK_WORD}")
_MEETING_BEFORE = re.compile(f"(?:{_MEETING_WORDS}){_FRAMEWORK_WORD}")
_INVITED_TO = re.compile(r"(?<!ตาม)(?<!รับ)(?:คำ|เรียน)เชิญ[^\n]{0,80}?(?:เข้าร่วม|ร่วม|มา|เยี่ยมชม)[^\n]{0,90}$")
_UNDER_AFTER = re.compile(r"\)?\s?(?:ครั้งที่|Summit|Meeting|Ministerial|Track|Leaders|Senior)")


# ... เช่น โครงการ A โครงการ B เป็นต้น: a project given as an example is spoken of.
_EXAMPLE_BEFORE = re.compile(r"(?:เช่น|ได้แก่|อาทิ)[^\n]{0,80}$")
_EXAMPLE_AFTER = re.compile(r"[^\n]{0,80}?เป็นต้น")


def held_under(text: str, ref: ProgrammeRef) -> bool:
    """Whether an event told of around ``ref`` is held under it, by the words on either side."""
    # ฝากคำเชิญนายกรัฐมนตรีกัมพูชาเข้าร่วมการประชุมสุดยอด ACD, เรียนเชิญ X เยี่ยมชม ... งานแสดงสินค้า Y: the meeting or
    # the fair one is invited to is to come; one who received the invitation (ได้รับคำเชิญ) came.
    if _INVITED_TO.search(text, max(0, ref.start - 160), ref.start):
        return False
    if ref.rule == "thai-project":
        return not (_EXAMPLE_BEFORE.search(text, max(0, ref.start - 80), ref.start)
                    or _EXAMPLE_AFTER.match(text, ref.end))
    if ref.rule != "gazetteer":
        return True
    return bool(_UNDER_BEFORE.search(text, max(0, ref.start - 30), ref.start)
                or _UNDER_AFTER.match(text, ref.end))


def a_meeting_of(text: str, ref: ProgrammeRef) -> bool:
    """Whether a framework the gazetteer knows is named as holding a meeting (การประชุม ACMECS, JC ครั้งที่ 5),
    not as what something is done under (ภายใต้กรอบ JTEPA)."""
    return ref.rule == "gazetteer" and bool(_MEETING_BEFORE.search(text, max(0, ref.start - 30), ref.start)
                                            or _UNDER_AFTER.match(text, ref.end))


def _a_known_body(text: str, pos: int, end: int, gaz: Gazetteer) -> bool:
    """Whether ``text[pos:end]`` (after a leading The) is, in full, the name of a body the gazetteer knows."""
    pos += 4 if text.startswith("The ", pos) else 0
    body = gaz.org_matcher.match_at(text, pos)
    return body is not None and body[0] >= end


def find_programmes(text: str, start: int, end: int, gaz: Gazetteer) -> list[ProgrammeRef]:
    """Every programme named in ``text[start:end]``."""
    out: list[ProgrammeRef] = []
    for m in _LATIN_PROGRAMME.finditer(text, start, end):
        name, acr = m["name"].strip(), m["acr"]
        entry = gaz.programme_matcher.payload.get(acr) or gaz.programme_matcher.payload.get(name)
        # United Nations Development Programme (UNDP): a body the gazetteer knows, no programme.
        if entry is None and (acr in gaz.org_matcher.payload or _a_known_body(text, m.start("name"), m.end("name"),
                                                                              gaz)):
            continue
        key = entry.key if entry else slug(acr.lower())
        out.append(ProgrammeRef(key, name, "en", m.start(), m.end(), "programme-with-acronym",
                                label_en=entry.label_en if entry and entry.label_en else name,
                                label_th=entry.label_th if entry else None, alt_labels=(acr, name)))
    for m in _LATIN_PROJECT.finditer(text, start, end):
        name = _trimmed(m.group().strip())
        out.append(ProgrammeRef("p-" + slug(name.lower(), keep_hash=True), name, "en", m.start(),
                                m.start() + len(name), "latin-project-title", label_en=name))
    for s, e, entry in gaz.programme_matcher.finditer(text, start, end):
        out.append(ProgrammeRef(entry.key, text[s:e], "en" if text[s].isascii() else "th", s, e, "gazetteer",
                                label_en=entry.label_en or None, label_th=entry.label_th or None))
    for m in _QUOTED_PROJECT.finditer(text, start, end):
        name = m["name"].strip()
        lang = "en" if name[:1].isascii() else "th"
        out.append(ProgrammeRef("p-" + slug(name.lower(), keep_hash=True), name, lang, m.start(), m.end(),
                                "quoted-project", label_th=f"โครงการ{name}" if lang == "th" else None,
                                label_en=name if lang == "en" else None, alt_labels=(name,)))
    for m in _QUOTED_WHOLE_PROJECT.finditer(text, start, end):
        name = m["name"].strip()
        out.append(ProgrammeRef("p-" + slug(name), name, "th", m.start("name"), m.start("name") + len(name),
                                "quoted-project", label_th=name))
    for m in _THAI_LATIN_PROJECT.finditer(text, start, end):
        name = _trimmed(m["name"])
        entry = gaz.programme_matcher.payload.get(name)
        out.append(ProgrammeRef(entry.key if entry else "p-" + slug(name.lower(), keep_hash=True), name, "en",
                                m.start(), m.start("name") + len(name), "thai-word-latin-project",
                                label_en=entry.label_en if entry and entry.label_en else name,
                                label_th=entry.label_th if entry else None, alt_labels=(f"โครงการ {name}",)))
    for m in _THAI_PROJECT.finditer(text, start, end):
        rest = m.group()[len("โครงการ"):]
        # ทูตโครงการส่งเสริม..., ผู้อำนวยการโครงการ...: the project names a post, not what an event is held under.
        # โครงการสิ่งแวดล้อมแห่งสหประชาชาติ, โครงการอาหารโลก: a body the gazetteer knows (UNEP, WFP), no project.
        if (not rest or rest.startswith(_GENERIC_PROJECT)
                or _POST_BEFORE.search(text, max(0, m.start() - 12), m.start())
                or _a_known_body(text, m.start(), m.start() + len("โครงการ") + 1, gaz)):
            continue
        kept = ["โครงการ"]
        toks = words(rest)
        if toks[0] in _NOT_A_NAME:
            continue
        for i, tok in enumerate(toks):
            # ...ประสบการณ์ในการพัฒนาคุณภาพชีวิต: ในการ + a verb goes on with the name.
            within = tok == "ใน" and i + 1 < len(toks) and toks[i + 1].startswith("การ") and len(kept) > 1
            # โครงการศึกษาความเป็นไปได้: ได้ ends the word the segmenter cut.
            within = within or (tok == "ได้" and kept[-1].endswith("เป็นไป"))
            if (tok in _PROJECT_STOPS and not within) or (len(kept) > 1 and tok.startswith(_PROJECT_VERBS)):
                # ...ในลุ่มน้ำเจ้าพระยา, ...และนวัตกรรม, ...ที่บาดเจ็บและเสียชีวิต: a name written without spaces runs on
                # over small words to the space that ends it, unless a clause begins on the way.
                if tok in _SOFT_STOPS and len(kept) > 2 and (tail := _name_tail(text, m.start() + len("".join(kept)),
                                                                                 gaz)):
                    kept.append(tail)
                break
            kept.append(tok)
        if len(kept) == len(toks) + 1 and m.end() == m.start() + len("โครงการ") + 160:
            kept.pop()  # the run was cut inside a word
        name = "".join(kept)
        # A name ending in ต่าง ๆ or in a bare การ is a description or cut short.
        if name.endswith(("ต่าง", "ต่างๆ", "การ")):
            continue
        # โครงการสัมมนาวิจัยยุทธศาสตร์ไทย – จีน: the name runs on over the dash to the second country, and over
        # the small words glued to it (โครงการอาเซียน-ออสเตรเลียเพื่อต่อต้านการค้ามนุษย์).
        if len(kept) == len(toks) + 1 and (pair := _PAIR.match(text, m.start() + len(name))) and (
                second := gaz.country_matcher.match_at(text, pair.end())):
            name = text[m.start():second[0]]
            if (tail := _name_tail(text, second[0], gaz)) and words(tail)[0] in _SOFT_STOPS:
                name += tail
            elif len(kept) < 3:
                continue  # โครงการไทย-ญี่ปุ่น: which of their projects, the words do not say
        # A name of one word (โครงการนิวเคลียร์) is a description.
        elif len(kept) < 3:
            continue
        # โครงการรถไฟความเร็วสูงช่วงกรุงเทพฯ-เชียงใหม่: a route runs on over ฯ and the dash to its other end.
        elif len(kept) == len(toks) + 1 and (route := _ROUTE.match(text, m.start() + len(name))):
            name = text[m.start():route.end()]
        # โครงการเขตเศรษฐกิจพิเศษภาคตะวันออก-ตะวันตก: a dash with no space joins two words of one name.
        elif len(kept) == len(toks) + 1 and (glued := _GLUED_DASH.match(text, m.start() + len(name))):
            name = text[m.start():glued.end()]
        out.append(ProgrammeRef("p-" + slug(name), name, "th", m.start(), m.start() + len(name), "thai-project",
                                label_th=name))
    # A named series only where nothing surer (an acronym, the gazetteer, a project title) covers the words.
    taken = [(r.start, r.end) for r in out]
    series = _series(text, start, end)
    # (United Nations Development Programme: UNDP), Lead Service Provider of United Nations Environment Programme: a
    # series whose head word is inside the name of a body the gazetteer knows is that body.
    bodies = [(s, e) for s, e, _ in gaz.org_matcher.finditer(text, start, end)] if series else []
    for a, b in series:
        name = " ".join(text[a:b].split())
        if any(x < b and a < y for x, y in taken) or any(x < b <= y for x, y in bodies):
            continue
        out.append(ProgrammeRef("p-" + slug(name.lower(), keep_hash=True), name, "en", a, b, "latin-series",
                                label_en=name))
    out.sort(key=lambda r: (r.start, -r.end))
    kept_refs: list[ProgrammeRef] = []
    for ref in out:
        if kept_refs and ref.start < kept_refs[-1].end:
            # Overlap: the same programme twice (acronym pattern and gazetteer) keeps the first.
            continue
        kept_refs.append(ref)
    return kept_refs
