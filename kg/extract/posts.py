"""Position phrases: a title from the positions gazetteer, what extends it, and the organisation after it
(``รองอธิบดีกรมความร่วมมือระหว่างประเทศ``, ``Director of First Country Assistance Planning Division, ...``)."""

from __future__ import annotations

import re

from kg.extract.lexicon import ORG_HEADS, THAI_CHARS
from kg.extract.orgs import embassy_at, org_at
from kg.gazetteer import Gazetteer
from kg.records import OrgRef, TitlePhrase

_AMBASSADOR_TITLES = ("เอกอัครราชทูต", "อัครราชทูต", "ผู้ช่วยทูต", "กงสุลใหญ่", "Ambassador")
_THAI_EXT = re.compile(f"[{THAI_CHARS}]+")
_LATIN_OF = re.compile(r",?\s*(?:of|at|,)\s+(?:the\s+)?")
_SEP = re.compile(r"[ ,]{0,3}")


def _extend_thai_title(text: str, pos: int, limit: int, gaz: Gazetteer) -> int:
    """Thai titles run on (อัครราชทูตฝ่ายการเมือง, เลขานุการเอกและรองหัวหน้าแผนกการเมือง) up to an agency head,
    a space, or ``และ`` before the next person."""
    m = _THAI_EXT.match(text, pos, limit)
    if not m:
        return pos
    run = m.group()
    cut = len(run)
    for head in (*ORG_HEADS, "ประจำ", "แห่ง", "ของ", "ณ", "ได้", "ให้การ", "เป็น", "กล่าว", "พร้อม", "เข้า", "ร่วม",
                 "นาย", "นาง"):
        i = run.find(head)
        if 0 <= i < cut:
            cut = i
    for i in range(cut):
        if gaz.country_matcher.match_at(run, i) or gaz.org_matcher.match_at(run, i):
            return pos + i
    return pos + cut


def title_at(text: str, pos: int, limit: int, gaz: Gazetteer) -> TitlePhrase | None:
    """The title phrase starting at ``pos``, with its organisation chain, or None."""
    hit = gaz.position_matcher.match_at(text, pos)
    if not hit:
        return None
    end, entry = hit
    lang = "en" if text[pos].isascii() else "th"
    if lang == "th":
        end = _extend_thai_title(text, end, limit, gaz)
    title = text[pos:end]
    orgs: list[OrgRef] = []
    cursor = end
    if lang == "th":
        # ปลัดกระทรวงมหาดไทย: the title's last word is the agency's head.
        for head in ("กระทรวง", "กรม", "สำนักงาน"):
            if title.endswith(head) and len(title) > len(head):
                ref = org_at(text, end - len(head), gaz, limit)
                if ref and ref.end > end:
                    title, end = title[: -len(head)], end - len(head)
                    orgs.append(ref)
                    cursor = ref.end
                break
        if not orgs and title.startswith(_AMBASSADOR_TITLES):
            ref = embassy_at(text, end, gaz, head_end=end)
            if ref:
                orgs.append(ref)
                cursor = ref.end
        if not orgs:
            sep = _SEP.match(text, cursor, limit)
            ref = org_at(text, sep.end() if sep else cursor, gaz, limit)
            if ref and ref.start - end <= 1:
                orgs.append(ref)
                cursor = ref.end
    else:
        m = _LATIN_OF.match(text, cursor, limit)
        if m:
            ref = org_at(text, m.end(), gaz, limit)
            if ref:
                orgs.append(ref)
                cursor = ref.end
    # Parents follow: ", International Cooperation Bureau กระทรวงการต่างประเทศญี่ปุ่น".
    while orgs and len(orgs) < 4:
        sep = _SEP.match(text, cursor, limit)
        nxt = sep.end() if sep else cursor
        if nxt == cursor and nxt < limit and not text[nxt:nxt + 1].isspace() and lang == "th":
            break
        ref = org_at(text, nxt, gaz, limit)
        if not ref or ref.key == orgs[-1].key:
            break
        orgs.append(ref)
        cursor = ref.end
    return TitlePhrase(title.strip(), lang, pos, cursor if orgs else end, tuple(orgs), entry.kind)


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
        if phrase:
            out.append(phrase)
            covered = phrase.end
    return out
