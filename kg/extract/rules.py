"""The rule engine: one article in, its mentions and drafted facts out (still unresolved)."""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from kg.dates import THAI_DATE
from kg.extract.events import (
    DIED,
    GOES_ON_NAMING,
    ITEM_HEADING,
    RESOLVED_BY,
    EventDraft,
    find_event_drafts,
    items_start,
    line_end,
    line_start,
    named_in_a_plan,
    planned,
    role_of,
    title_ordinal,
)
from kg.extract.lexicon import ACTING, FORMER, KINGS_STYLES, ORG_HEADS, POST_NOMINALS, THAI_CHARS
from kg.extract.orgs import (
    abbreviated_mentions,
    abbreviations_defined,
    country_at,
    find_orgs,
    foreign_ministry,
    named_by_its_line,
    org_at,
    org_from_entry,
    short_ministry,
)
from kg.extract.persons import (
    ITEM_NUMBER,
    LEADER_TITLES,
    find_addressed_names,
    find_bylines,
    find_latin_names_before_titles,
    find_monarchs,
    find_persons,
    find_quoted_names,
    find_royals,
    find_samdech_names,
    find_thai_names_before_titles,
    find_titled_persons,
)
from kg.extract.posts import (
    before_parent,
    branch_office,
    find_titles,
    may_be_parent,
    namesake_unit,
    qualified,
    side_at,
    title_at,
)
from kg.extract.programmes import a_meeting_of, find_programmes, held_under
from kg.extract.sentences import SHORT_LINE, sentence_spans
from kg.gazetteer import CountryEntry, Gazetteer
from kg.ids import slug
from kg.normalize import has_thai
from kg.records import Article, OrgRef, PersonMention, ProgrammeRef, TitlePhrase

# Between a name and its title: spaces, a comma or bracket, a post-nominal (OBE), the words of an appointment
# (ให้ดำรงตำแหน่ง, พ้นจากตำแหน่ง, ตำแหน่งเดิม, ข้าราชการพลเรือนสามัญ ตำแหน่ง, ข้าราชการตำรวจ ตำแหน่ง) or เป็น (X เป็น
# รัฐมนตรี...).
# ... พลเอก ณัฐพล นาคพาณิชย์ ในฐานะผู้อำนวยการศูนย์...: "as" before the title after a name.
_GAP = re.compile(r"[\s,(]{0,3}(?:(?:" + "|".join(POST_NOMINALS) + r")(?![A-Za-z])\s?){0,2}(?:ในฐานะ\s?)?"
                  r"(?:(?:ข้าราชการ(?:พลเรือน(?:สามัญ)?|การเมือง|ตำรวจ|ทหาร|อัยการ)?\s?(?=ตำแหน่ง))?"
                  r"(?:ให้)?(?:ดำรง|พ้นจาก|ปฏิบัติหน้าที่ใน)?ตำแหน่ง(?:เดิม|ข้าราชการการเมือง\s?ตำแหน่ง)?\s{0,3})?(?:เป็น\s?)?")
# ในโอกาส(ที่)เข้าพบ: the visit is the occasion of the clause before, whose object is the visitor.
_ON_OCCASION = re.compile(r"ในโอกาส(?:ที่)?\s?(?:ได้)?$")
# ... and one opening with โอกาสนี้ whose line ends on ร่วมในงานด้วย names those who joined it.
_CONTINUES = re.compile(rf"\s*(?:{GOES_ON_NAMING}|ทั้งนี้\s?มี|โดยมีผู้เข้าร่วม|ผู้เข้าร่วม"
                        r"|(?:สำหรับ|ส่วน|และ)?(?:คณะ|ฝ่าย)[^\n]{0,40}?ประกอบด้วย"
                        r"|(?:(?:ใน)?โอกาสนี้|ในการนี้)(?=[^\n]{0,600}?\s(?:เข้า)?ร่วม(?:ใน)?(?:งาน|พิธี)?(?:ดังกล่าว)?ด้วย\s*$))",
                        re.MULTILINE)
# ผู้นำทั้งสองได้ร่วมกันหารือ...: the two sides of the event told of just before take part in this one too.
_BOTH_SIDES = re.compile(r"(?:ผู้นำ|รัฐมนตรี|ผู้แทน|ประธาน)?ทั้ง\s?(?:สอง|2)\s?(?:ฝ่าย|ประเทศ|ท่าน)?")
# ... (what was talked of) ... โดยมี นางปิยนุช วุฒิสอน ผู้อำนวยการสำนักงานสถิติแห่งชาติ เข้าร่วม: those named as joining,
# later in the event's paragraph and before it tells of another event, take part in it.
_JOINED = re.compile(r"โดยมี\s?(?P<who>[^\n]{4,400}?)\s?(?:เข้าร่วม|ร่วมให้การต้อนรับ|ร่วมการประชุม|ร่วมประชุม"
                     r"|ร่วมหารือ)")
_DANGLING = re.compile(r"(?:โดยมี|พร้อมด้วย|ได้แก่|ประกอบด้วย|ดังนี้)\s*:?$")
# After these, the sentence reports what someone said: the people named in it did not take part.
_SPEECH = re.compile(r"(?:เปิดเผย|กล่าว|ระบุ|แจ้ง|เผย|ชี้แจง|แถลง|รายงาน)ว่า")
_BACK_REFERENCE = re.compile(r"(?:โดย)?(?:การประชุม|การหารือ|การเยือน|การลงนาม|การพบ(?:ปะ|หารือ)?)\S{0,8}"
                             r"(?:ดังกล่าว|ครั้งนี้|นี้|ในครั้งนี้)")
_DELEGATES = re.compile(r"(?<!รับ)มอบหมาย(?:ให้)?|ส่งผู้แทน")  # ได้รับมอบหมาย: the one sent is the subject
_ORDERS = re.compile(r"(?<!รับ)สั่งการให้")  # X สั่งการให้ Y ... หารือ: X ordered the talks told after
# Y ได้รับมอบหมายจาก X ให้เป็นหัวหน้าคณะ...: X, named between จาก and ให้, sent Y and was not there.
_SENT_BY = re.compile(r"(?:ได้)?รับมอบหมายจาก(.{3,200}?)ให้(?:เป็น|ไป|เข้า|ร่วม|ทำ|เดินทาง)")
_MET_WITH = re.compile(r"\S{0,12}(?:ร่วม)?กับ\s?")
_REPORTS = re.compile(r"เปิดเผย|กล่าว|ระบุ|แถลง|รายงาน|สรุป|ชี้แจง")
_TELLS = re.compile(_REPORTS.pattern + r"|เผย")  # นายอนุชา ... โฆษก... เผยว่า นายกรัฐมนตรี...
# What joins one person's titles: และ, a slash (รองนายกรัฐมนตรี/รัฐมนตรีว่าการ...), ในฐานะ (after the short name of the
# title before too: ... กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอี) ในฐานะรองหัวหน้าคณะผู้แทนไทย), ...; and ...
# ตำแหน่งใหม่ที่แต่งตั้งในครั้งนี้ <title>: the new post of an appointment list, after the old one.
_MORE_POSTS = re.compile(r"\s?(?:และ|/|(?:\([^()\n]{1,15}\)\s?)?ในฐานะ|เป็น(?=หัวหน้าคณะผู้แทน)|รวมทั้ง|,|ปฏิบัติหน้าที่)\s?"
                         r"|\s*(?:ตำแหน่งใหม่\S*|(?:ให้)?ดำรงตำแหน่ง)\s*|\s")
_AND_PERSON = re.compile(r"\s?และ\s?")
_CLUSTER_HEAD = "หัวหน้ากลุ่มภารกิจ"
_EXPERT = "ผู้เชี่ยวชาญ"
_AFTER_BRACKET = re.compile(r"\)\s?(?:และ\s?)?$")
_WHOLE_TITLE_END = re.compile(r"(?:ไทย)?(?![\u0e01-\u0e4e])")
_SIDE_BY_SIDE = re.compile(r"\s?,?\s?")
_MANY_HOLD = ("รอง", "ผู้ช่วย", "ผู้เชี่ยวชาญ", "ที่ปรึกษา", "ผู้ตรวจราชการ", "กรรมการ", "อนุกรรมการ", "สมาชิก")
_BACK_GAP = re.compile(r"[ \t\u00a0(]{0,2}")  # a title on the line above a name is not its title
_WENT_TO = re.compile(r"(?:เดินทาง(?:มา|ไป)|เข้าเยี่ยมชม|เยี่ยมชม|ตรวจเยี่ยม|เยือน)(?:ยัง|ที่)?\s?")
# เข้าพบผู้บริหารระดับสูงจากธนาคารกลางเวียดนาม ธนาคารเพื่อการพัฒนาเวียดนาม ...: the agencies whose heads a guest calls on,
# named where the one called on would be, host the call; up to what the call was for, or how.
_CALLS_ON_HEADS = re.compile(r"(?:เข้าพบ|เยี่ยมคารวะ|เข้าคารวะ)\s?(?:และหารือกับ\s?)?(?:คณะ)?ผู้บริหาร(?:ระดับสูง)?"
                             r"(?:ของ|จาก)?\s?")
_CALL_OBJECT_ENDS = re.compile(r"(?<=\s)(?:เพื่อ|โดย|ซึ่ง|ในโอกาส)|(?<!ทูต )(?<!กงสุล )(?<!กงสุลใหญ่ )ณ\s|\n")
_DIPLOMATIC = ("เลขานุการ", "ที่ปรึกษา", "อัครราชทูต", "ผู้ช่วยทูต", "กงสุล", "Secretary", "Counsellor", "Attach")


@dataclass(frozen=True)
class Agent:
    """Who a participation is about before resolution: a person mention, a title reference or an organisation."""

    kind: str  # "person" (index into persons), "title" (index into titles), "org" (OrgRef)
    index: int = -1
    org: OrgRef | None = None


@dataclass
class DraftParticipation:
    agent: Agent
    role: str
    pos: int
    sentence: tuple[int, int]


@dataclass
class DraftEvent:
    draft: EventDraft
    participations: list[DraftParticipation] = field(default_factory=list)
    programmes: list[ProgrammeRef] = field(default_factory=list)
    location: OrgRef | None = None
    place: str | None = None


@dataclass
class Mentions:
    """Everything the rules read in one article, with character offsets into ``article.text``."""

    article: Article
    sentences: list[tuple[int, int]]
    persons: list[PersonMention]
    short_names: list[PersonMention]
    titles: list[TitlePhrase]
    orgs: list[OrgRef]
    programmes: list[ProgrammeRef]
    posts: list[tuple[int, int]]  # (person index, title index)
    events: list[DraftEvent]
    chains: list[tuple[OrgRef, ...]] = field(default_factory=list)  # unit then parents, named side by side

    def sentence_of(self, pos: int) -> tuple[int, int]:
        """The sentence span holding character ``pos``."""
        i = bisect.bisect_right([s for s, _ in self.sentences], pos) - 1
        return self.sentences[max(i, 0)] if self.sentences else (pos, pos)


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= pos < b for a, b in spans)


def read_article(article: Article, gaz: Gazetteer, tagger: str = "confirm") -> Mentions:
    """Run every rule over one article. The CRF ``tagger`` is "off", or it "confirm"s the names read after a head
    of state's title, or it also adds every full "names" it finds with no honorific."""
    text = article.text
    start, end = article.body
    # The title often names the event's programme and people: read it too, but as its own sentence.
    at = text.find(article.title[:20], 0, start) if article.title else -1  # after a site prefix (รัฐบาลไทย-...-)
    title_span = (at, min(at + len(article.title), start)) if at >= 0 else None
    sentences = list(sentence_spans(text, start, end, headline=article.title or ""))
    royals = find_royals(text, start, end, gaz)
    royal_spans = [(r.start, r.end) for r in royals]
    persons = [p for p in find_persons(text, start, end, gaz) if not _inside(p.start, royal_spans)]
    persons = sorted(persons + royals + find_bylines(text, start, end), key=lambda p: p.start)
    # สมเด็จพระราชาธิบดีเฟลีเป ที่ 6: the regnal number belongs to the name the honorific reader cut short.
    monarchs = [p for p in find_monarchs(text, start, end) if not _inside(p.start, royal_spans)]
    persons = sorted([q for q in persons if not any(m.start <= q.start < m.end for m in monarchs)] + monarchs,
                     key=lambda p: p.start)
    persons = sorted(persons + find_samdech_names(text, start, end, gaz, persons), key=lambda p: p.start)
    persons = sorted(persons + find_titled_persons(text, start, end, gaz, persons, confirm=tagger != "off"),
                     key=lambda p: p.start)
    persons = sorted(persons + find_latin_names_before_titles(text, start, end, gaz, persons), key=lambda p: p.start)
    persons = sorted(persons + find_thai_names_before_titles(text, start, end, gaz, persons, confirm=tagger != "off"),
                     key=lambda p: p.start)
    persons = sorted(persons + find_addressed_names(text, start, end, gaz, persons), key=lambda p: p.start)
    if tagger == "names":
        persons += _tagged_persons(text, start, end, persons, gaz)
        persons.sort(key=lambda p: p.start)
    person_spans = [(p.start, p.end) for p in persons]
    # A country or agency inside a person's name is part of the name; a name that is a country is none.
    persons = [p for p in persons if not gaz.country_matcher.match_at(p.name, 0)
               or gaz.country_matcher.match_at(p.name, 0)[0] < len(p.name)]
    short = [m for m in find_quoted_names(text, 0, end) if not _inside(m.start, person_spans)]
    # นายกองเอก ชยาวุธ: no agency begins inside a person's honorific either.
    named_spans = [(p.start - len(p.honorific) - 1 if p.honorific else p.start, p.end) for p in persons]
    org_spans = [(o.start, o.end) for o in find_orgs(text, start, end, gaz, skip=named_spans)]
    titles = [_cut_at_person(t, text, person_spans) for t in find_titles(text, start, end, gaz, org_spans)
              if not _inside(t.start, person_spans)]
    title_orgs = [o for t in titles for o in t.orgs]
    taken = named_spans + [(t.start, t.end) for t in titles]
    free, chains = org_chains(text, find_orgs(text, start, end, gaz, skip=taken), gaz)
    free = _one_country(text, [o for o in free if not _city_in_passing(text, o, free, chains, gaz)], gaz)
    # คณะกรรมการนโยบายการกีฬาแห่งชาติ (คกช.) ... คกช. ในคราวประชุม...: the body named again by the abbreviation the
    # article gave it.
    named = title_orgs + free + [o for chain in chains for o in chain]
    defined = abbreviations_defined(text, named, gaz)
    later = abbreviated_mentions(text, start, end, defined, [(o.start, o.end) for o in named] + named_spans)
    # ประธาน คกช.: a title is of the body the abbreviation right after it stands for.
    titles = [_of_the_abbreviated(t, later) for t in titles]
    title_orgs = [o for t in titles for o in t.orgs]
    free = sorted(free + [o for o in later if o not in title_orgs and not _inside(o.start, taken)],
                  key=lambda o: o.start)
    orgs = title_orgs + free
    titles = _as_the_boards_chair(text, _the_said_body(text, titles, orgs), orgs)
    programmes = find_programmes(text, start, end, gaz)
    if title_span:
        programmes += [p for p in find_programmes(text, *title_span, gaz)]

    posts = _attach_posts(text, persons, titles, gaz)
    titles, posts = _ministers_served(text, persons, titles, posts, gaz)
    posts = _then_appointed(text, persons, titles, posts)
    titles, posts = _listed_under_the_appointment(text, persons, titles, posts, orgs)
    titles, posts = _coordinators_listed(text, persons, titles, posts, gaz)
    seated = len(titles)
    titles, posts = _members_named_in_prose(text, persons, titles, posts, orgs)
    titles, posts = _delegated_seats(text, persons, titles, posts, orgs)
    # Seats named over a line break or to the line's end, or a body's whole line: the names read cut short there are
    # no agencies.
    seats = [o for t in titles[seated:] for o in t.orgs]
    cut = [o for o in orgs if any(n.start == o.start and n.end > o.end for n in seats)]
    free, orgs = [o for o in free if o not in cut], [o for o in orgs if o not in cut]
    chains = [c for c in chains if not any(o in cut for o in c)]
    orgs += [o for o in seats if o not in orgs]
    titles = _appointed_to_the_heading_body(text, persons, titles, orgs, posts, gaz)
    titles, posts = _chairs_named_in_brackets(text, persons, titles, posts, orgs)
    orgs += [o for t in titles for o in t.orgs if o.rule == "office-of-the-heading-ministry" and o not in orgs]
    if _foreign_ministers(text, (title_span[0] if title_span else start, end), sentences, persons, titles, posts, gaz):
        orgs = [o for t in titles for o in t.orgs] + free
    has_people: dict[tuple[int, int], bool] = {}
    items = items_start(text)
    listed_in = {(s, e): _listed_parties(text, s, e) for s, e in sentences}

    def listed_at(s: int, e: int) -> tuple[int, list[tuple[int, int]]]:
        return listed_in[(s, e)] if (s, e) in listed_in else _listed_parties(text, s, e)

    for s, e in sentences:
        # ... 9 ฉบับ ได้แก่\n1. ... ระหว่าง A และ B: a signing told with its parties listed after it, no one named.
        parties = listed_in[(s, e)][1] if s < items else []
        has_people[(s, e)] = any(s <= p.start < e for p in persons) or any(
            s <= t.start < e for i, t in enumerate(titles) if i not in {ti for _, ti in posts}) or (
            sum(_inside(o.start, parties) for o in orgs) >= 2)
    drafts = find_event_drafts(text, sentences, article.published, has_people)
    # The headline numbers the meeting the story is about (การประชุม ... ครั้งที่ 30); the story may not repeat it.
    if title_span and (n := title_ordinal(text, *title_span)) and not any(d.ordinal == n for d in drafts):
        first = next((d for d in drafts if d.type == "Meeting" and d.explicit_date), None)
        if first is not None and first.ordinal is None:
            first.ordinal = n
    # Spokespersons tell of events; in a sentence that reports, they (under any short name) take no part.
    spokes = tuple({persons[pi].name.split()[0] for pi, ti in posts if _spokesperson(titles[ti])}) or ("\0",)
    attached = {ti for _, ti in posts}
    title_spans = [(t.start, t.end) for t in titles]
    events = []
    starts = sorted(d.sentence[0] for d in drafts)
    chaired_apart = _bodies_chaired_apart(text, orgs)
    for d in drafts:
        s, e = d.sentence
        # A paragraph opening with โดยมี / พร้อมด้วย goes on naming the people of the one before it.
        nxt = next(((a, b) for a, b in sentences if a >= e), None)
        # ... and so does the paragraph after one that ends on โดยมี (the list of names breaks the line).
        span_end = nxt[1] if nxt and (_CONTINUES.match(text, nxt[0]) or _DANGLING.search(text, s, e)) else e
        # Cue words inside a title (ประธานสภา..., รองประธาน...) say nothing about roles.
        d.cues = [c for c in d.cues if not _inside(c.start, title_spans) and not (
            c.kind == "guest" and _ON_OCCASION.search(text, max(s, c.start - 14), c.start))
            and not _inside(c.start, chaired_apart)]
        # X เปิดเผยภายหลังหารือกับ Y ... ณ ห้อง... ว่า ...ยินดีที่ได้ต้อนรับ Y: what X said names no one's role.
        if told := _TOLD_AFTER_THAT.search(text, s, e):
            d.cues = [c for c in d.cues if c.start < told.end()]
        ev = DraftEvent(d)
        # Reported speech: what follows "X กล่าวว่า" was said, its people did not take part; and a
        # spokesperson (โฆษก) tells of the event (เปิดเผยว่า, สรุปสาระสำคัญ) rather than takes part in it.
        speech = _SPEECH.search(text, s, span_end)
        # ... unless what was said is this event and when: X เปิดเผยว่า เมื่อวันที่ ... ได้หารือร่วมกับ Y.
        later_cue = speech is not None and (
            (d.trigger > speech.start() and _TOLD_WHEN.match(text, speech.end()) is not None)
            or any(c.start > speech.start() and c.kind != "with" for c in d.cues))
        cut = speech.start() if speech and not later_cue else span_end
        reporting = _REPORTS.search(text, s, span_end) is not None
        # ... พบหารือกับนายอนุชา ... โฆษกประจำสำนักนายกรัฐมนตรี: a spokesperson named right after the cue word is
        # the one met, not the one telling.
        # X รองอธิบดี... และโฆษกกรม... เป็นประธานในพิธีเปิดการประชุม...: one who does what the event is, no telling
        # between, takes part in it.
        reporters = {pi for pi, p in enumerate(persons) if reporting and p.name.split()[0].startswith(spokes)
                     and not _MET_WITH.fullmatch(text, d.trigger, max(d.trigger, p.written_from))
                     and not (p.start < d.trigger and _TELLS.search(text, p.start, d.trigger) is None)}
        # X มอบหมายให้ Y เข้าพบ Z: X sent Y and was not there; so X who สั่งการให้ Y ... หารือ, ordering the talks told
        # after (orders given at a meeting told before are given there).
        sent = min(filter(None, (_DELEGATES.search(text, s, cut), _ORDERS.search(text, s, min(cut, d.trigger)))),
                   key=lambda m: m.start(), default=None)
        sender_end = sent.start() if sent and not any(
            c.start < sent.start() and c.kind != "with" for c in d.cues) else s
        by = _SENT_BY.search(text, s, cut)
        senders = (by.start(1), by.end(1)) if by else (0, 0)
        # ... ได้แก่ นายกานต์ ... และนายบัณฑูร ... และคณะกรรมการยุทธศาสตร์ชาติ มีมติรับทราบแล้วเมื่อวันที่ ...: those named
        # before a board whose resolution the sentence tells of are what it resolved on, not at its meeting.
        told_from = d.trigger if RESOLVED_BY.match(text, d.trigger) else s
        sender_end = max(sender_end, told_from)
        people = [(p.start, Agent("person", i)) for i, p in enumerate(persons)
                  if sender_end <= p.start < cut and i not in reporters and _takes_part(p, s, d.cues, text)
                  and not senders[0] <= p.start < senders[1]
                  # ลงนามในสมุดแสดงความอาลัยต่อการสวรรคตของ...: the one mourned takes no part.
                  and not _MOURNED.search(text, max(s, p.written_from - 24), p.written_from)
                  # มีกำหนดลงนามร่วมกับ นาย X: one named as the partner of a plan takes no part yet.
                  and not named_in_a_plan(text, s, p.written_from - (text[p.written_from - 1] == " "))
                  and not any(a <= p.start < b for a, b in _greeted(text, s, cut))
                  and not _inside(p.start, chaired_apart)]
        if d.cues or people:
            stop = min(line_end(text, span_end), next((a for a in starts if a >= span_end), len(text)))
            people += [(p.start, Agent("person", i)) for m in _JOINED.finditer(text, span_end, stop)
                       for i, p in enumerate(persons) if m.start("who") <= p.start < m.end("who")]
        refs = [(t.start, Agent("title", i)) for i, t in enumerate(titles)
                if told_from <= t.start < cut and i not in attached and not (reporting and _spokesperson(t))
                and not senders[0] <= t.start < senders[1] and not _ROOM_OF.search(text, max(s, t.start - 16), t.start)
                # อดีตนายกรัฐมนตรีสาธารณรัฐเช็ก: a former holder, never the one holding the post now.
                and not text.startswith(FORMER, t.start - len(FORMER)) and not _inside(t.start, chaired_apart)]
        # Only in a sentence that names people of its own: in one that does not, "both sides" discussed the
        # same call the sentence before told of.
        both = _BOTH_SIDES.search(text, s, d.trigger) if people else None
        before = next((x for x in reversed(events) if any(dp.role in _PRINCIPALS for dp in x.participations)), None)
        if both and before and before.draft.date == d.date:
            named = {a.index for _, a in people}
            people += [(both.start(), dp.agent) for dp in before.participations
                       if dp.agent.kind == "person" and dp.role in _PRINCIPALS and dp.agent.index not in named]
        witnessed = d.alongside and _WITNESS.search(text, s, e) is not None
        if d.cues or not d.explicit_date or people:
            for pos, agent in sorted(people + refs, key=lambda x: x[0]):
                role = role_of(text, pos, d.cues, s) if pos < e else "Participant"
                if d.alongside:  # who called or chaired signed; the rest looked on
                    role = "Signatory" if role in _PRINCIPALS and not witnessed else "Participant"
                elif role == "Signatory" and d.type != "Signing":
                    role = "Participant"  # one signs at a signing; at the meeting around it he takes part
                ev.participations.append(DraftParticipation(agent, role, pos, (s, e)))
        if d.place_start is not None:
            place_end = e if d.place_start <= e else line_end(text, d.place_start)  # named after the sentence
            loc = org_at(text, d.place_start, gaz, place_end)
            if loc and not _the_city(text, loc, gaz):
                ev.location = loc
            else:
                ev.place = _place(text, d.place_start, place_end, [p.start - len(p.honorific) - 1 for p in persons])
                # ห้องประชุม ... กระทรวงยุติธรรม: a room in an agency's building is at that agency.
                inside = [o for o in find_orgs(text, d.place_start, d.place_start + len(ev.place), gaz)
                          if not _the_city(text, o, gaz)] if ev.place else []
                # ศาลาว่าการกลาโหม: a ministry's hall, named without the ministry's head word.
                hall = _HALL.search(text, d.place_start, d.place_start + len(ev.place)) if ev.place else None
                ministry = short_ministry(text, hall.end(), gaz, e) if hall and not inside else None
                if inside or ministry:
                    ev.location = inside[0] if inside else ministry
        # เดินทางมาที่สถานเอกอัครราชทูต..., เยือนกระทรวง...: the agency a visit went to, when no ณ named it first.
        went = _WENT_TO.search(text, s, e) if d.type == "Visit" and ev.location is None else None
        if went and (d.place_start is None or went.end() < d.place_start):
            loc = org_at(text, went.end(), gaz, e)
            if loc and not _the_city(text, loc, gaz):
                ev.location, ev.place = loc, None
        # ... กล่าวว่า ... ร่วมกับผู้แทนกระทรวงมหาดไทย กระทรวงสาธารณสุข ...: agencies whose representatives are
        # named as taking part do, even after what was said. A meeting dated in its own sentence is of the agencies
        # that sentence names, people or none (กค. โดยกรมสรรพากรได้มีการประชุมหารือกับ ยธ. เมื่อวันที่ 8 ตุลาคม 2562).
        sent_for = _represented(text, orgs, s, span_end)
        called = _CALLS_ON_HEADS.search(text, s, cut) if d.type == "Visit" else None
        heads = (called.end(), next((m.start() for m in _CALL_OBJECT_ENDS.finditer(text, called.end(), e)
                                     if not any(o.start <= m.start() < o.end for o in orgs)), e)) if called else (0, 0)
        # ... ฉบับ ได้แก่\n1. ความร่วมมือด้าน...: the agreements listed in the sentence's lines name their parties apart.
        listed = listed_at(s, e)
        if d.cues or people or sent_for or (d.explicit_date and d.date and d.type == "Meeting"):
            for o in orgs:
                if (s <= o.start < cut and not (listed[1] and o.start >= listed[0])) or o in sent_for:
                    role = "Host" if heads[0] <= o.start < heads[1] else "Participant"
                    ev.participations.append(DraftParticipation(Agent("org", org=o), role, o.start, (s, e)))
        # คณะกรรมการประกันสังคม ในการประชุมครั้งที่ 15/2563 เมื่อวันที่ ...: the body named right before the meeting
        # that opens the sentence held it.
        if d.type == "Meeting" and _ITS_MEETING.match(text, s) and (owner := _body_before(text, orgs, s)) and all(
                dp.agent.org is not owner for dp in ev.participations):
            ev.participations.append(DraftParticipation(Agent("org", org=owner), "Participant", owner.start, (s, e)))
        # 5. เรื่อง ... โครงการ X: a project named in an item of a cabinet summary is the matter decided on, not what a
        # meeting there is held under.
        told = [p for p in programmes if s <= p.start < e and held_under(text, p)
                and not (p.rule == "thai-project" and p.start >= items)]
        # โครงการ A ระยะทาง 14.8 กิโลเมตร โครงการ B ... โครงการ C: projects listed three or more to a sentence are
        # spoken of, not what the event is held under.
        listed = sum(p.rule == "thai-project" for p in told) >= 3
        ev.programmes = [p for p in told if not (listed and p.rule == "thai-project")]
        events.append(ev)
        # X เข้าเยี่ยมคารวะ Y ... หารือถึงการประชุม JC ไทย-ลาว: the meeting of a framework a call speaks of is a meeting
        # of its own, under the framework and undated; the call is held under none.
        if d.type == "Visit" and (spoken := [p for p in ev.programmes if a_meeting_of(text, p)]):
            ev.programmes = [p for p in ev.programmes if p not in spoken]
            events += [DraftEvent(EventDraft("Meeting", None, (s, e), p.start, in_passing=True), programmes=[p])
                       for p in spoken]
        # X เข้าเยี่ยมคารวะ Y ในโอกาสเยือนไทยเพื่อเข้าร่วมการประชุม ... ครั้งที่ 22: the numbered meeting the guests came
        # for is a meeting of its own, undated, and they take part in it; dated only by the day of a trip told
        # between the two (เดินทางเยือนกรุงเวียงจันทน์ เมื่อวันที่ 26 กันยายน 2567 เพื่อเข้าร่วมการประชุม...).
        elif d.type == "Visit" and (came := _CAME_FOR.search(text, s, e)) is not None:
            guests = [dp for dp in ev.participations if dp.role == "Guest" and dp.agent.kind in ("person", "title")]
            on_the_day = d.date if _DAY_OF_TRIP.search(text, d.trigger, came.start()) else None
            meeting = DraftEvent(EventDraft("Meeting", on_the_day, (s, e), came.start("meeting"), int(came["n"]),
                                            explicit_date=True, in_passing=True),
                                 [replace(dp, role="Participant") for dp in guests],
                                 [p for p in programmes if came.start("meeting") <= p.start < came.end()])
            events.append(meeting)
    before = len(titles)
    titles, posts = _guest_titled_in_the_headline(text, title_span, persons, titles, posts, events, gaz)
    orgs += [o for t in titles[before:] for o in t.orgs if o not in orgs]
    _speakers_take_part(text, persons, posts, titles, events, spokes)
    _guests_of_honour(text, sentences, persons, events)
    _attending_later(text, sentences, persons, events)
    _members_listed(text, sentences, persons, events)
    _organisers_take_part(text, sentences, orgs, events)
    _parties_listed(orgs, events, listed_at)
    # การประชุมดังกล่าวจัดขึ้นภายใต้กรอบความร่วมมือ X: a sentence that points back at the event names its programme.
    for a, b in _untold(sentences, events):
        if _BACK_REFERENCE.match(text, a) and (ev := _told_before(events, a, with_people=False)):
            ev.programmes += [p for p in programmes if a <= p.start < b and p not in ev.programmes
                              and held_under(text, p)]
    return Mentions(article, sentences, persons, short, titles, orgs, programmes, posts, events, chains)


_CALLED_ON = re.compile(r"(?:ให้การต้อนรับ|ต้อนรับ|หารือ(?:กับ)?|เข้าพบ|เยี่ยมคารวะ)\s?$")


def _guest_titled_in_the_headline(text: str, title_span: tuple[int, int] | None, persons: list[PersonMention],
                                  titles: list[TitlePhrase], posts: list[tuple[int, int]], events: list[DraftEvent],
                                  gaz: Gazetteer) -> tuple[list[TitlePhrase], list[tuple[int, int]]]:
    """รัฐมนตรี... ให้การต้อนรับเอกอัครราชทูตวิสามัญผู้มีอำนาจเต็มแห่งรัฐกาตาร์ประจำประเทศไทย, and the story names the one
    guest it welcomed with no title: the headline's ambassador is that guest's post."""
    if title_span is None or not events or events[0].draft.type != "Visit":
        return titles, posts
    named = [t for t in find_titles(text, *title_span, gaz) if t.kind == "diplomatic" and t.orgs
             and _CALLED_ON.search(text, title_span[0], t.start)]
    # one guest, written once or in two scripts side by side (ญัสซิม... (H.E. Sheikh Jassim...))
    guests = sorted({dp.agent.index for dp in events[0].participations
                     if dp.role == "Guest" and dp.agent.kind == "person"}, key=lambda pi: persons[pi].start)
    if (len(named) != 1 or not 1 <= len(guests) <= 2 or persons[guests[-1]].start - persons[guests[0]].end > 24
            or set(guests) & {pi for pi, _ in posts}):
        return titles, posts
    return [*titles, named[0]], [*posts, (guests[0], len(titles))]


_WITNESS = re.compile(r"สักขีพยาน|เป็นประธาน(?:ใน)?พิธี|witness")
_REPRESENTATIVES = re.compile(r"(?:ร่วมกับ|กับ|และ|โดยมี)\s?ผู้แทน(?:จาก)?\s?")
_LIST_GAP = re.compile(r"[\s,]*(?:และ|รวมทั้ง)?\s?(?:ผู้แทน(?:จาก)?)?\s?")


def _of_the_abbreviated(t: TitlePhrase, later: list[OrgRef]) -> TitlePhrase:
    """A title that names no body, with the body an abbreviation right after it stands for (ประธาน คกช.)."""
    ref = next((o for o in later if 0 <= o.start - t.end <= 1), None)
    return replace(t, orgs=(ref,), end=ref.end) if ref is not None and not t.orgs else t


def _one_country(text: str, refs: list[OrgRef], gaz: Gazetteer) -> list[OrgRef]:
    """กระทรวงสาธารณสุข กระทรวงการต่างประเทศ และกระทรวงการคลังเวียดนาม: ministries listed side by side whose last
    names a foreign country are all that country's; not the same ministry twice (กระทรวงการต่างประเทศและ
    กระทรวงการต่างประเทศกัมพูชา: Thailand's and Cambodia's)."""
    out = list(refs)
    for i, last in enumerate(out):
        if last.rule != "foreign-ministry" or last.country is None:
            continue
        country, j = gaz.countries[last.country], i
        while j > 0 and out[j - 1].rule == "gazetteer" and (entry := gaz.orgs.get(out[j - 1].key)) is not None \
                and entry.kind == "ministry" and entry.country == "TH" \
                and (gap := _LIST_GAP.match(text, out[j - 1].end)) and gap.end() == out[j].start:
            theirs = foreign_ministry(entry, country, text, out[j - 1].start, out[j - 1].end)
            if any(o.key == theirs.key for o in out[j:i + 1]):
                break
            out[j - 1] = theirs
            j -= 1
    return out


def _represented(text: str, orgs: list[OrgRef], start: int, end: int) -> list[OrgRef]:
    """The agencies of a list that ร่วมกับผู้แทน opens (ร่วมกับผู้แทนกระทรวงมหาดไทย กระทรวงสาธารณสุข และ...)."""
    out: list[OrgRef] = []
    by_start = {o.start: o for o in orgs}
    for m in _REPRESENTATIVES.finditer(text, start, end):
        o = by_start.get(m.end())
        while o is not None and o.start < end:
            out.append(o)
            gap = _LIST_GAP.match(text, o.end, end)
            o = by_start.get(gap.end()) if gap else None
    return out


_HALL = re.compile(r"ศาลาว่าการ(?!กระทรวง)")
# ... ว่า ได้เข้าพบ...: unless what he says is what he did (ได้), which is this event.
_TOLD_AFTER_THAT = re.compile(r"(?:เปิดเผย|กล่าว)(?:ภายหลัง|หลัง)[^\n]{0,600}?\sว่า(?=\s(?!\s?ได้))")
_TOLD_WHEN = re.compile(r"\s?(?:เมื่อ(?:วันที่|วัน)|ใน(?:วันที่|วัน))\s?\d")
# ณ ห้องรับรองรัฐมนตรีว่าการกระทรวงมหาดไทย: the minister's room names where, not who.
_ROOM_OF = re.compile(r"(?:ห้อง|ตึก|อาคาร)[\u0e01-\u0e4e]{0,12}$")
_PRINCIPALS = frozenset({"Host", "Guest", "Chair", "CoChair"})
_PLACE_END = re.compile(r"\s(?:เพื่อ|ในโอกาส|โดย|และ|ซึ่ง|เมื่อ|ได้|ให้|เข้า|พร้อม|ร่วม)|[,(\n]")


_ON_BEHALF = re.compile(r"(?:ผู้แทน|ตัวแทน|ในนาม)\s?$")


def _is_city(ref: OrgRef, gaz: Gazetteer) -> bool:
    entry = gaz.orgs.get(ref.key)
    return entry is not None and entry.kind == "local_government"


def _the_city(text: str, ref: OrgRef, gaz: Gazetteer) -> bool:
    """A place named กรุงเทพมหานคร is the city, not its administration, unless it is the city hall."""
    return _is_city(ref, gaz) and not text.endswith("ศาลาว่าการ", 0, ref.start)


def _city_in_passing(text: str, ref: OrgRef, free: list[OrgRef], chains: list[tuple[OrgRef, ...]],
                     gaz: Gazetteer) -> bool:
    """กรุงเทพมหานคร is mostly the city: its administration is meant only after a title, as an agency's parent
    (สำนักการแพทย์ กรุงเทพมหานคร), among agencies listed (กระทรวงสาธารณสุข กรุงเทพมหานคร กรมการปกครอง) or
    where someone speaks for it (ผู้แทนกรุงเทพมหานคร)."""
    if not _is_city(ref, gaz) or any(ref in c for c in chains):
        return False
    listed = any(o is not ref and (0 <= ref.start - o.end <= 2 or 0 <= o.start - ref.end <= 2) for o in free)
    return not (listed or _ON_BEHALF.search(text, max(0, ref.start - 8), ref.start))


def org_chains(text: str, refs: list[OrgRef], gaz: Gazetteer) -> tuple[list[OrgRef], list[tuple[OrgRef, ...]]]:
    """Agencies named side by side as unit and parent (กรมปศุสัตว์ กระทรวงเกษตรและสหกรณ์), outside any title:
    the chains, with units the gazetteer does not know keyed by their parent as in titles."""
    out: list[OrgRef] = []
    chains: list[tuple[OrgRef, ...]] = []
    i = 0
    while i < len(refs):
        if i + 1 < len(refs) and (office := branch_office(text, refs[i], refs[i + 1], gaz)):
            chains.append((office, refs[i]))
            out += [refs[i], office]
            i += 2
            continue
        chain = [refs[i]]
        while (i + 1 < len(refs) and (child := before_parent(text, chain[-1], refs[i + 1]))
               and refs[i + 1].key != chain[-1].key
               and may_be_parent(child := namesake_unit(child, refs[i + 1], gaz), refs[i + 1], gaz)):
            chain[-1] = child
            chain.append(refs[i + 1])
            i += 1
        i += 1
        if len(chain) > 1:
            chain = list(qualified(chain, text))
            chains.append(tuple(chain))
        out += chain
    return out, chains


# ฝากความระลึกถึงและปรารถนาดีไปยังนายสี จิ้นผิง ... และนายหลี่ เฉียง: those one sends regards to are elsewhere.
_REGARDS = re.compile(r"(?:ฝาก|ถ่ายทอด|ส่ง)ความ(?:ระลึกถึง|ปรารถนาดี|เคารพ|คิดถึง)(?:และ(?:ความ)?(?:ปรารถนาดี|ระลึกถึง))?"
                      r"\s?(?:ไปยัง|ไปถึง|ถึง|แด่|จาก)?")
_REGARDS_END = re.compile(r"\s(?:และ|ซึ่ง|โดย|พร้อม)(?!นาย|นาง|ฯพณฯ|H\.E)|\n")


def _greeted(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out = []
    for m in _REGARDS.finditer(text, start, end):
        stop = _REGARDS_END.search(text, m.end(), min(end, m.end() + 200))
        out.append((m.end(), stop.start() if stop else min(end, m.end() + 200)))
    return out


_MOURNED = re.compile(f"(?:{DIED.pattern})(?:ของ)?\\s?$")


# หารือทวิภาคีกับนายกรัฐมนตรีอันวาร์ อิบราฮิม, พบหารือกับประธานาธิบดี...: the leader named as the other side of the talks.
_TALKS_WITH_A_LEADER = re.compile(r"หารือ(?:ทวิภาคี)?(?:ร่วม)?กับ\s?(?:" + LEADER_TITLES.pattern + r")\s?$")


def _takes_part(p: PersonMention, sentence_start: int, cues: list, text: str) -> bool:
    """A head of state or a royal named by title alone, or a king by his style, is mostly mentioned (a message from
    President X, the late King's work), and takes part only as the sentence's subject, right after a cue word
    (เข้าพบหารือกับประธานาธิบดี X) or as the one talks are held with (หารือทวิภาคีกับนายกรัฐมนตรี X)."""
    if not p.rule.startswith(("leader-title", "royal-name", "monarch-regnal-name", "monarch-title")) and (
            p.honorific not in KINGS_STYLES):
        return True
    # ... หวังว่าจะได้พบปะหารือกับประธานาธิบดีปูติน: talks hoped for are not held.
    if (talks := _TALKS_WITH_A_LEADER.search(text, max(0, p.start - 60), p.start)) and "จะ" not in text[
            max(0, talks.start() - 30):talks.start()]:
        return True
    active = [c for c in cues if c.kind != "with"]
    # โดยมีประธานาธิบดีสี จิ้นผิง แห่ง... และ... เป็นประธานร่วม: one named after โดยมี as the meeting's chair chairs it.
    chaired = any(0 <= p.start - w.end <= 40 and any(c.kind in ("chair", "cochair") and 0 < c.start - p.start <= 200
                                                     for c in active) for w in cues if w.kind == "with")
    return (chaired or any(0 <= p.start - c.end <= 40 for c in active)
            or (p.start - sentence_start <= 30 and any(c.start > p.start for c in active)))


def _cut_at_person(t: TitlePhrase, text: str, person_spans: list[tuple[int, int]]) -> TitlePhrase:
    """A title glued to the name after it (ประธานาธิบดีสี จิ้นผิง) ends where the name begins."""
    cut = min((a for a, _ in person_spans if t.start < a < t.start + len(t.title)), default=None)
    if cut is None:
        return t
    return replace(t, title=text[t.start:cut].strip(), end=cut, orgs=())


# กระทรวงอุตสาหกรรม กระทรวงพาณิชย์ ... ได้ร่วมกันจัดการสัมมนาใหญ่...: the bodies that held the meeting told of take part.
_HELD_IT = re.compile(r"(?:ได้)?ร่วมกัน(?:เป็นเจ้าภาพ)?จัด(?:การ|งาน)?(?:ประชุม|สัมมนา|เสวนา)")


def _told_before(events: list[DraftEvent], pos: int, etype: str | None = None,
                 with_people: bool = True) -> DraftEvent | None:
    """The last event told before ``pos`` (of type ``etype``; naming people, with ``with_people``)."""
    return next((ev for ev in reversed(events) if ev.draft.sentence[1] <= pos
                 and (etype is None or ev.draft.type == etype)
                 and (not with_people or any(dp.agent.kind == "person" for dp in ev.participations))), None)


def _untold(sentences: list[tuple[int, int]], events: list[DraftEvent]) -> list[tuple[int, int]]:
    """The sentences that tell of no event of their own (they may add to one told before)."""
    told = {ev.draft.sentence for ev in events}
    return [x for x in sentences if x not in told]


def _taking_part(persons: list[PersonMention], events: list[DraftEvent]) -> set[str]:
    """The first names of those already taking part in some event (a short name is the same person)."""
    return {_first_name(persons[dp.agent.index]) for ev in events for dp in ev.participations
            if dp.agent.kind == "person"}


def _first_name(p: PersonMention) -> str:
    """A Thai name's first word, by which the story names its bearer again; a Latin name whole, for its first word
    may be the family's (Nguyen Thanh Binh, Nguyen Thi Thanh Thuc)."""
    return p.name if p.name.isascii() else p.name.split()[0]


def _join(ev: DraftEvent, persons: list[PersonMention], events: list[DraftEvent], start: int, end: int,
          role: str = "Participant") -> None:
    """Those named in ``text[start:end]`` who take part in no event yet take part in ``ev``, in ``role``."""
    named = _taking_part(persons, events)
    ev.participations += [DraftParticipation(Agent("person", pi), role, p.start, ev.draft.sentence)
                          for pi, p in enumerate(persons) if start <= p.start < end and _first_name(p) not in named]


def _organisers_take_part(text: str, sentences: list[tuple[int, int]], orgs: list[OrgRef],
                          events: list[DraftEvent]) -> None:
    for a, b in _untold(sentences, events):
        held = _HELD_IT.search(text, a, b)
        if held is None:
            continue
        if ev := _told_before(events, a, "Meeting", with_people=False):
            ev.participations += [DraftParticipation(Agent("org", org=o), "Participant", o.start, ev.draft.sentence)
                                  for o in orgs if a <= o.start < held.start()]


# ได้มีการลงนามเอกสารความร่วมมือระหว่างกันจำนวน 7 ฉบับ ได้แก่\n(1) ... ระหว่างกรมส่งเสริมอุตสาหกรรมกับ...: the agreements
# signed, listed one to a numbered line after the sentence.
_AGREEMENTS_LISTED = re.compile(r"ลงนาม[^\n]{0,200}?\d{1,2}\s?ฉบับ[^\n]{0,120}?(?:ได้แก่|ดังนี้)[ :]{0,3}(?=\n)")
_ITEM_MARK = r"\n\s?(?:\(\d{1,2}\)|\d{1,2}[.)])"  # a numbered line's number: (1), 1., 1)
_AGREEMENT_ITEM = re.compile(_ITEM_MARK + r"\s?[^\n]*")
_ITEM_GOES_ON = re.compile(f"(?!{_ITEM_MARK})\\n[^\\n]{{1,120}}(?={_ITEM_MARK})")


def _listed_parties(text: str, s: int, e: int) -> tuple[int, list[tuple[int, int]]]:
    """Where the list begins and the spans naming the parties, in the numbered lines after a sentence that
    announces signed agreements and lists them (ได้แก่, ดังนี้); no spans when it lists none."""
    # ... จะร่วมเป็นสักขีพยานการลงนาม... 3 ฉบับ ได้แก่: agreements to be signed are a plan.
    listed = _AGREEMENTS_LISTED.search(text, s, line_end(text, e) + 1)
    if listed is None or planned(text, s, listed.start()) or "จะ" in text[s:listed.start()]:
        return e, []
    pos, lines = listed.end(), []
    while (item := _AGREEMENT_ITEM.match(text, pos)) is not None:
        # (1) ความร่วมมือ...ศูนย์สนับสนุน SMEs ... ระหว่างกรม...กับ...: the parties come after ระหว่าง, the matter before.
        between = text.find("ระหว่าง", item.start(), item.end())
        lines.append((between if between >= 0 else item.start(), item.end()))
        pos = item.end()
        # (6) ... ระหว่างสมาพันธ์ธุรกิจญี่ปุ่น (เคดันเรน)\nและสภาหอการค้า...: an item broken over two lines.
        if (more := _ITEM_GOES_ON.match(text, pos)) is not None:
            lines.append(more.span())
            pos = more.end()
    return listed.end(), lines


def _parties_listed(orgs: list[OrgRef], events: list[DraftEvent],
                    listed_at: Callable[[int, int], tuple[int, list[tuple[int, int]]]]) -> None:
    """The bodies named in the numbered lines that list the agreements an event's sentence says were signed take part
    in it (a signing, or talks at which they were signed); ``listed_at`` gives a sentence's lines."""
    for ev in events:
        if not (lines := listed_at(*ev.draft.sentence)[1]):
            continue
        have = {dp.agent.org for dp in ev.participations if dp.agent.kind == "org"}
        ev.participations += [DraftParticipation(Agent("org", org=o), "Participant", o.start, ev.draft.sentence)
                              for o in orgs if any(a <= o.start < b for a, b in lines) and o not in have]


# การลงพื้นที่จังหวัดชลบุรีในครั้งนี้ ได้รับเกียรติจาก A, B, C ...: a sentence that points back at the event and
# names who honoured it, or who took part, adds them.
_HONOURED_BY = re.compile(r"(?:ทั้งนี้\s?)?(?:ใน)?การ(?:ลงพื้นที่|ประชุม|หารือ|เยือน|เดินทาง|พบ(?:ปะ|หารือ)?|สัมมนา|เข้าพบ"
                          r"|เยี่ยมคารวะ|ตรวจเยี่ยม)[^\n]{0,60}?(?:ครั้งนี้|ดังกล่าว)[^\n]{0,40}?(?:ได้รับเกียรติ|โดยมี)"
                          # ทั้งนี้ ในงานเลี้ยงอาหารกลางวันดังกล่าว มีนาย...: those at the dinner told of before.
                          r"|(?:ทั้งนี้\s?)?ใน(?:งาน|พิธี)\S{0,40}?(?:ครั้งนี้|ดังกล่าว)\s?(?:ได้รับเกียรติ|โดยมี|มี)")


def _guests_of_honour(text: str, sentences: list[tuple[int, int]], persons: list[PersonMention],
                      events: list[DraftEvent]) -> None:
    for a, b in _untold(sentences, events):
        if not _HONOURED_BY.match(text, a):
            continue
        if ev := _told_before(events, a):
            _join(ev, persons, events, a, b)


# ... หารือ ... (paragraphs on what was said) โดยมี X พร้อมด้วย Y และผู้ที่เกี่ยวข้อง เข้าร่วมฯ: those a later paragraph
# opening with โดยมี says attended, attended the event told before.
_ATTENDED_LATER = re.compile(r"(?m)^[ \t]*(?:ทั้งนี้\s?)?โดย(?:มี)?\s?(?=นาย|นาง|น\.ส\.|ดร\.|พล|พ\.|H\.E|Mr|Ms)")


def _attending_later(text: str, sentences: list[tuple[int, int]], persons: list[PersonMention],
                     events: list[DraftEvent]) -> None:
    untold = _untold(sentences, events)
    for n, (a, b) in enumerate(untold):
        if not (opening := _ATTENDED_LATER.search(text, a, b)):
            continue
        end = untold[n + 1][1] if _DANGLING.search(text, a, b) and n + 1 < len(untold) else b
        if text.find("เข้าร่วม", opening.end(), end) >= 0 and (ev := _told_before(events, a)):
            _join(ev, persons, events, opening.start(), end)


# สำหรับผู้ได้รับพระราชทานรางวัลสมเด็จเจ้าฟ้ามหิดล ประจำปี 2567 มีจำนวน 2 ราย ได้แก่ 1) ... 2) ...: a party the event's
# sentence names (นำผู้ได้รับพระราชทานรางวัล... เข้าเยี่ยมคารวะ) listed member by member.
_LISTS_MEMBERS = re.compile(f"สำหรับ\\s?(?P<party>[{THAI_CHARS}]{{10,}})[^\\n]{{0,80}}?(?:ได้แก่|ประกอบด้วย)")
_NUMBERED_LINE = re.compile(r"\d{1,2}[.)]\s?")
_ENTRY = re.compile(r"^\d{1,2}\.\s?", re.MULTILINE)  # a line that opens a numbered entry (1. not 1))


def _members_listed(text: str, sentences: list[tuple[int, int]], persons: list[PersonMention],
                    events: list[DraftEvent]) -> None:
    """The members of a party listed after the event take part in it as the party does."""
    untold = _untold(sentences, events)
    for n, (a, b) in enumerate(untold):
        m = _LISTS_MEMBERS.match(text, a, b)
        ev = _told_before(events, a) if m else None
        if ev is None:
            continue
        s, e = ev.draft.sentence
        at = text.find(m["party"][:24], s, e)
        if at < 0:
            continue
        role = role_of(text, at, ev.draft.cues, s)
        end = b
        for a2, b2 in untold[n + 1:]:  # ... the list runs on over numbered lines
            if not _NUMBERED_LINE.match(text, a2) or text[end:a2].count("\n") > 1:
                break
            end = b2
        _join(ev, persons, events, m.end(), end, role)


_SPEAKS = re.compile(r"[^\n]{0,160}?(?<!โฆษก)(?:(?:กล่าว|เปิดเผย)(?:ว่า|เพิ่มเติม|ต่อ|ถึง|ใน|เสริม)|ให้ข้อมูล"
                     r"|(?<!ที่)(?<!ที่ได้)(?:(?:สรุป|รายงาน)(?:ว่า|ผล|ความคืบหน้า|สถานการณ์)|บรรยาย))")
# ด้าน Mr. X ประธานสมาคม... กล่าวว่า, ขณะที่ X ...: the word that turns to the other side of the talks; ในการนี้ X ...
# กล่าวรายงาน, โอกาสนี้ X ... กล่าวว่า: the words that point back at what was told; จากนั้น X ... ได้บรรยาย: the next
# speaker.
_TURN = re.compile(r"(?:ทาง)?ด้าน\s?|ขณะที่\s?|(?:ในการนี้|(?:ใน)?โอกาสนี้|จากนั้น)\s?")


def _speakers_take_part(text: str, persons: list[PersonMention], posts: list[tuple[int, int]],
                        titles: list[TitlePhrase], events: list[DraftEvent], spokes: tuple[str, ...]) -> None:
    """นายอุตตม สาวนายน รัฐมนตรีว่าการกระทรวงอุตสาหกรรม กล่าวว่า ...: one who opens a paragraph to speak after a
    meeting was told of (ด้าน X ... ได้ให้ข้อมูลว่า, ขณะที่ X ... กล่าวเสริมว่า) or to report to it (นายณรงค์ ... ผู้แทน
    กระทรวงการต่างประเทศ ได้สรุปว่า, X ... รายงานผล...) spoke at it, and takes part in it."""
    title_of = dict(posts)
    for pi, p in enumerate(persons):
        opens = line_start(text, p.start)
        if (turn := _TURN.match(text, opens)) is not None:
            opens = turn.end()
        if p.written_from - opens > 2 or p.name.split()[0].startswith(spokes):
            continue
        if pi in title_of and _spokesperson(titles[title_of[pi]]):
            continue
        if not _SPEAKS.match(text, p.end):
            continue
        if ev := _told_before(events, p.start, "Meeting"):
            _join(ev, persons, events, p.start, p.end)


def _spokesperson(t: TitlePhrase) -> bool:
    return t.title.startswith(("โฆษก", "รองโฆษก", "ผู้ช่วยโฆษก", "Spokes"))


def _place(text: str, start: int, end: int, person_starts: list[int]) -> str | None:
    """The place named after ณ: up to the next person, clause or bracket (ห้องสีงาช้าง ตึกไทยคู่ฟ้า ทำเนียบรัฐบาล)."""
    stop = min([end, start + 80, *(p for p in person_starts if p > start)])
    m = _PLACE_END.search(text, start, stop)
    place = text[start:m.start() if m else stop].strip()
    return place if len(place) >= 2 else None


_LIST_ITEM = re.compile(r"(?<![^\s,])(?!(?:และ|กับ)\s)[^\s,]+(?:\s(?!(?:และ|กับ)\s)[^\s,]+)*")


def _tagged_persons(text: str, start: int, end: int, found: list[PersonMention], gaz: Gazetteer) -> list[PersonMention]:
    """Persons the CRF tagger finds that the honorific rules did not: full names (two words or more) that
    hold no agency head, title, country or honorific the rules would have read."""
    from kg.extract.crf import tag

    taken = [(p.start - len(p.honorific) - 1, p.end) for p in found]
    out = []
    spans = [(m.start(), m.end(), label) for a, b, label in tag(text[start:end])
             for m in _LIST_ITEM.finditer(text, a + start, b + start)]  # the tagger runs lists together
    for a, b, label in spans:
        name = text[a:b].strip()
        if (label != "PERSON" or any(x < b and a < y for x, y in taken) or len(name.split()) < 2
                or any(c.isascii() and c.isalpha() for c in name)):  # Latin spans: the tagger is weak there
            continue
        if (name.startswith(ORG_HEADS) or gaz.position_matcher.match_at(name, 0)
                or gaz.country_matcher.match_at(name, 0) or any(h in name for h in ("นาย", "นาง"))):
            continue
        out.append(PersonMention(name, a, a + len(name), "", "crf-thainer"))
    return out


# ประธานกรรมการ บริษัทฯ, กรรมการมูลนิธิฯ: the company, foundation, ... named before (298 such titles in the 90k);
# รองปลัดกระทรวงฯ: the ministry, whose head word ends the title itself.
_SAID_BODY = re.compile(r"\s?(บริษัท|สถาบัน|มูลนิธิ|สมาคม|ธนาคาร)\s?ฯ")
_SAID_MINISTRY = re.compile("(กระทรวง)ฯ")


def _the_said_body(text: str, titles: list[TitlePhrase], orgs: list[OrgRef]) -> list[TitlePhrase]:
    """A title of no agency followed by a head word cut short by ฯ (ประธานบริษัทฯ), or a ministry's title cut short
    so (รองปลัดกระทรวงฯ), holds its post in the last body of that head named before it."""
    out = []
    for t in titles:
        said = (_SAID_BODY.match(text, t.end) or _SAID_MINISTRY.match(text, max(0, t.end - len("กระทรวง")))
                ) if not t.orgs else None
        body = max((o for o in orgs if o.end <= t.start and o.lang == "th"
                    and (o.label_th or o.label).startswith(said.group(1))), key=lambda o: o.start,
                   default=None) if said else None
        out.append(replace(t, orgs=(replace(body, start=t.end, end=said.end()),), end=said.end()) if body else t)
    return out


_BOARD_CHAIRS = frozenset({"ประธาน", "ประธานกรรมการ", "รองประธาน", "รองประธานกรรมการ"})
_AS_THE = re.compile(r"ในฐานะ\s?$")
_BODY_HEADS = ("คณะกรรมการ", "คณะอนุกรรมการ", "คณะทำงาน")
_CHAIRED_BODIES = (*_BODY_HEADS, "สภา")  # the bodies whose chair a bracket or a clause after their name names


def _as_the_boards_chair(text: str, titles: list[TitlePhrase], orgs: list[OrgRef]) -> list[TitlePhrase]:
    """คณะกรรมการขับเคลื่อน... ซึ่งนำโดย นางสาวศิริพร ... ในฐานะประธาน: a bare chair's title after ในฐานะ is the chair of
    the one board its line names in words before it (not by an abbreviation, which may stand in a list of agencies)."""
    out = []
    for t in titles:
        line = text.rfind("\n", 0, t.start) + 1
        if t.orgs or t.title not in _BOARD_CHAIRS or not _AS_THE.search(text, max(line, t.start - 8), t.start):
            out.append(t)
            continue
        boards = [o for o in orgs if line <= o.start and o.end <= t.start and text.startswith(_BODY_HEADS, o.start)]
        one = len({o.key for o in boards}) == 1
        out.append(replace(t, orgs=(replace(boards[-1], start=t.end, end=t.end),)) if one else t)
    return out


# The kinds of post (gazetteer positions' kind) whose titles joined by และ share the agency named after both.
_SHARING_KINDS = frozenset({"corporate", "other", "academic"})


# ... เพื่อเข้าร่วมการประชุม X ครั้งที่ 22; not the number of what else the trip was for (... และรับเชิญ ... ครั้งที่ 69).
_CAME_FOR = re.compile(r"เพื่อ(?:เข้า)?ร่วม(?P<meeting>(?:การ)?ประชุม)(?:(?! และ)[^\n]){0,200}?"
                       r"ครั้งที่\s?(?P<n>\d{1,3})(?![\d/])")
# ... เมื่อวันที่ 26 กันยายน 2567 เพื่อเข้าร่วม...: the day of the trip, told right before what it was for.
_DAY_OF_TRIP = re.compile(r"เมื่อ\s?วันที่\s?(?:" + THAI_DATE.pattern + r")\s?$")
# 39. เรื่อง การแต่งตั้งข้าราชการการเมือง (สำนักเลขาธิการนายกรัฐมนตรี), 12. เรื่อง การแต่งตั้งกรรมการผู้ทรงคุณวุฒิใน
# คณะกรรมการสถาบันคุ้มครองเงินฝาก: a cabinet summary's item of appointments, named by the body they are made to.
# เรื่อง การแต่งตั้ง..., ขออนุมัติแต่งตั้ง..., ขอความเห็นชอบในการแต่งตั้ง..., การโอนข้าราชการเพื่อแต่งตั้ง...
_APPOINTMENTS = re.compile(ITEM_HEADING.pattern + r"\s?(?:ขออนุมัติ|ขอความเห็นชอบ(?:ใน)?|การให้ความเห็นชอบ)?(?:การ)?"
                           r"(?:โอนข้าราชการเพื่อ|บรรจุและ)?แต่งตั้ง[^\n]*")
_LEADERS = ("รัฐมนตรี", "นายกรัฐมนตรี", "รองนายกรัฐมนตรี", "รมว.", "รมช.")


def _appointed_to_the_heading_body(text: str, persons: list[PersonMention], titles: list[TitlePhrase],
                                   orgs: list[OrgRef], posts: list[tuple[int, int]], gaz: Gazetteer
                                   ) -> list[TitlePhrase]:
    """In an item of appointments, a post that names no body of its own (1. นายชนินทร์ รุ่งธนเกียรติ ตำแหน่งรอง
    เลขาธิการนายกรัฐมนตรีฝ่ายการเมือง) is in the body the item's heading names the seats in, else names last; one
    followed by the bare สำนักงานปลัดกระทรวง is in the permanent secretary's office of the ministry so named."""
    titles = list(titles)
    for head in _APPOINTMENTS.finditer(text):
        named = [o for o in orgs if head.start() <= o.start < head.end()]
        # ...กรรมการผู้ทรงคุณวุฒิในคณะกรรมการ X (กระทรวงศึกษาธิการ): the body the seats are in, not the ministry that
        # proposed them.
        body = next((o for o in named if text.startswith("ใน", o.start - 2)), named[-1] if named else None)
        if body is None:
            continue
        nxt = ITEM_HEADING.search(text, head.end())
        end = nxt.start() if nxt else len(text)
        for pi, ti in posts:
            t = titles[ti]
            if head.end() <= persons[pi].start < end and not t.orgs and not t.title.startswith(_LEADERS):
                titles[ti] = replace(t, orgs=(_the_office(text, t, body, gaz) or body,))
            # ... โรงพยาบาลสิงห์บุรี สำนักงานสาธารณสุขจังหวัดสิงห์บุรี สำนักงานปลัดกระทรวง: the units named are in
            # that office too; a governor's province is no unit of it.
            elif (head.end() <= persons[pi].start < end and t.orgs and not t.orgs[-1].key.endswith("_ops")
                  and t.orgs[-1].rule != "province-of-post"
                  and (office := _the_office(text, t, body, gaz)) is not None):
                titles[ti] = replace(t, orgs=(*t.orgs, office), end=office.end)
    return titles


# ผู้ตรวจราชการกระทรวง สำนักงานปลัดกระทรวง ดำรงตำแหน่ง..., ...สำนักงานปลัดกระทรวง\n: the office named without its
# ministry, which the item's heading names; also after the grade (ที่ปรึกษาด้านความมั่นคง (นักวิเคราะห์นโยบายและแผน
# ทรงคุณวุฒิ) สำนักงานปลัดกระทรวง) and after ประจำกระทรวง (เอกอัครราชทูตประจำกระทรวง สำนักงานปลัดกระทรวง).
_BARE_OFFICE = re.compile(r"(?:ประจำกระทรวง)?\s?(?:\([^()\n]{1,60}\)\s?)?(สำนักงานปลัดกระทรวง)(?=\s|$)")


def _the_office(text: str, t: TitlePhrase, ministry: OrgRef, gaz: Gazetteer) -> OrgRef | None:
    """The permanent secretary's office of ``ministry`` when the bare สำนักงานปลัดกระทรวง follows title ``t``; the
    permanent secretary himself heads the ministry's service and stays in the ministry."""
    m = _BARE_OFFICE.match(text, t.end)
    office = gaz.orgs.get(f"{ministry.key}_ops") if m and t.title.strip() != "ปลัดกระทรวง" else None
    if office is None:
        return None
    ref = org_from_entry(office, text, m.start(1), m.end(1), gaz, "office-of-the-heading-ministry")
    return replace(ref, label=office.label_th, alt_labels=())


_GOES_ON = re.compile(r"ซึ่ง|และ|ย้าย|ดำรง|\(")
_ANY_APPOINTMENT = re.compile(r"การ(?:จะ)?แต่งตั้ง\S{0,24}\s?(?:ให้)?(?:ไป)?$")
_THEN_APPOINTED = re.compile(r"(?<!ได้รับ)(?<!ผู้)(?:และ\s?)?(?:แต่งตั้ง(?:ให้)?|ย้ายไป|ให้)?ดำรงตำแหน่ง\s?")
_MADE = re.compile(r"\sเป็น")
_APPOINTING = re.compile(r"การแต่งตั้ง")
_NOT_A_LIST = re.compile(r"ให้|ซึ่ง|ดำรง|โดย|ตาม|\[|\(|เป็น|\d\.")


def _then_appointed(text: str, persons: list[PersonMention], titles: list[TitlePhrase],
                    posts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The post one is then appointed to, told after the one left in the same item (ให้นาย X พ้นจากตำแหน่ง...
    สำนักงานปลัดกระทรวง และแต่งตั้งให้ดำรงตำแหน่ง...; ... ย้ายไปดำรงตำแหน่ง...), before anyone else or another's
    title is named."""
    posts = list(posts)
    used = {ti for _, ti in posts}
    by_start = {t.start: i for i, t in enumerate(titles)}
    starts = sorted(p.written_from for p in persons)
    last: dict[int, int] = {}
    for pi, ti in posts:
        last[pi] = max(last.get(pi, 0), titles[ti].end)
    for pi, end in last.items():
        shared = None
        nxt = next((a for a in starts if a > persons[pi].start), len(text))
        # ... สำนักงานปลัดกระทรวง\nซึ่งดำรงตำแหน่งครบ 4 ปี ย้ายไปดำรงตำแหน่ง...: a line that goes on with the item.
        first = line_end(text, end)
        # ... เข้าพบ พร้อมแสดงความยินดีในการเข้าดำรงตำแหน่งรัฐมนตรี...: the post congratulated on is another's.
        congratulates = text.find("ยินดี", end, nxt)
        stop = min(nxt, line_end(text, first + 1) if _GOES_ON.match(text, first + 1) else first,
                   congratulates if congratulates >= 0 else len(text),
                   # ... ต้อนรับเอกอัครราชทูต... ที่ได้รับแต่งตั้งให้ดำรงตำแหน่ง: another's title first, then his post.
                   next((t.start for t in titles if end <= t.start and text[t.start - 1] in " \n(,"
                         and not _THEN_APPOINTED.search(text, max(end, t.start - 30), t.start)), len(text)))
        cues = list(_THEN_APPOINTED.finditer(text, end, stop))
        # 1. นางโชติกา อัครกิจโสภากุล รองปลัด วธ. เป็นโฆษก วธ.: a numbered line that opens on one's name names the post
        # made after เป็น.
        if (listed := _ENTRY.match(text, line_start(text, persons[pi].start))) and (
                persons[pi].written_from <= listed.end() + 1):
            cues += _MADE.finditer(text, end, min(stop, line_end(text, end)))
        # ...รับทราบการแต่งตั้งนาย A รองปลัดกระทรวง... และนางสาว B รองปลัดกระทรวง... เป็นโฆษกกระทรวง... และนาง C
        # ผู้ช่วยปลัดกระทรวง... เป็นรองโฆษก...: those named after การแต่งตั้ง with their posts are made what follows เป็น,
        # the names listed before it alike.
        elif _APPOINTING.search(text, max(line_start(text, persons[pi].start), persons[pi].start - 600),
                                persons[pi].start) and (made := _MADE.search(text, end, min(end + 250, line_end(
                                    text, end)))) and not _NOT_A_LIST.search(text, end, made.start()) and not (
                _MADE.search(text, persons[pi].start, end)):
            cues.append(made)
            shared = made
        for m in cues:
            ti = by_start.get(m.end())
            if _ANY_APPOINTMENT.search(text, max(end, m.start() - 40), m.start()):
                continue  # ซึ่งการแต่งตั้งข้าราชการให้ไปดำรงตำแหน่งเอกอัครราชทูตประจำต่างประเทศ: appointments in general
            if ti is not None and (ti not in used or m is shared):
                posts.append((pi, ti))
                used.add(ti)
    return posts


_ITS_MEETING = re.compile(r"(?:ใน(?:การ|คราว)ประชุม|ในคราวการประชุม)")
_BODY_GAP = re.compile(r"\s?(?:\([^()\n]{1,24}\)\s?)?")


def _body_before(text: str, orgs: list[OrgRef], pos: int) -> OrgRef | None:
    """The body whose name ends right before ``pos``, its abbreviation in brackets between (... (กก.วล.) ในการ...)."""
    return max((o for o in orgs if pos - 30 <= o.end <= pos and _BODY_GAP.fullmatch(text, o.end, pos)),
               key=lambda o: o.end, default=None)


# The Prime Minister's order of delegation: "2. รองนายกรัฐมนตรี (นายสมคิด จาตุศรีพิทักษ์)", then "2.1 การมอบหมาย...ให้
# ปฏิบัติหน้าที่ประธานกรรมการ...ในคณะกรรมการต่าง ๆ", then one committee a line ("2.1.1 คณะกรรมการ...", "- คณะกรรมการ...",
# "2.2.1 รองประธานกรรมการในคณะกรรมการ...").
_DELEGATE = re.compile(r"(?m)^\d{1,2}\.\s?(?:รองนายกรัฐมนตรี|รัฐมนตรี)[^\n(]{0,60}\((?P<who>[^()\n]{4,60})\)\s*$")
_DELEGATED_ROLE = re.compile(r"ให้ปฏิบัติหน้าที่(รองประธานกรรมการ|ประธานกรรมการ|กรรมการ)")
# ... 2.6.5 รองประธานกรรมการ คนที่ 1 ในคณะกรรมการ...: the vice-chair's rank stands between the seat and the committee.
_SEAT = re.compile(r"(?:\d{1,2}\.\d{1,2}\.\d{1,2}|-)\s?"
                   r"(?:(รองประธานกรรมการ|ประธานกรรมการ|กรรมการ)(?: ?คนที่ ?\d{1,2} ?)?ใน)?")
_LINE_GOES_ON = re.compile(r"[\u0e01-\u0e2e\u0e40-\u0e44]")
_NAME_GOES_ON = re.compile(r" ?[\u0e01-\u0e4e]+(?: [\u0e01-\u0e4e]+)*\s*")  # Thai words to the end of the line
_ORDER_ENDS = re.compile(r"(?m)^(?:ส่วนที่|\d{1,3}\.\s?เรื่อง)")


def _named_on(org: OrgRef, more: str, end: int) -> OrgRef:
    """A seat's committee whose name goes on with ``more``; a space the page put inside the name (... เชิงพื้นที่
    แบบบูรณาการ) makes no other committee."""
    name = f"{org.label}{more}"
    return replace(org, key="o-" + slug(name.replace(" ", ""), keep_hash=True), label=name, label_th=name, end=end)


def _delegated_seats(text: str, persons: list[PersonMention], titles: list[TitlePhrase], posts: list[tuple[int, int]],
                     orgs: list[OrgRef]) -> tuple[list[TitlePhrase], list[tuple[int, int]]]:
    """The committees a deputy prime minister or minister is charged to chair (or sit on) by the Prime Minister's
    order, one a line under his name: a post in each."""
    delegates = list(_DELEGATE.finditer(text))
    if not delegates:
        return titles, posts
    titles, posts = list(titles), list(posts)
    by_start = {o.start: o for o in orgs}
    for i, d in enumerate(delegates):
        pi = next((k for k, p in enumerate(persons) if d.start("who") <= p.start < d.end("who")), None)
        if pi is None:
            continue
        stop = delegates[i + 1].start() if i + 1 < len(delegates) else len(text)
        if (ends := _ORDER_ENDS.search(text, d.end(), stop)) is not None:
            stop = ends.start()
        role = None
        pos = d.end() + 1
        while pos < stop:
            end = line_end(text, pos)
            if (told := _DELEGATED_ROLE.search(text, pos, end)) is not None:
                role = told.group(1)
            elif role and (seat := _SEAT.match(text, pos, end)) and (org := by_start.get(seat.end())):
                # 4.1.4 คณะกรรมการประสาน...ป้องกันและปราบปราม\nการค้ามนุษย์: a name broken over two lines.
                # 1.4.2 คณะกรรมการนโยบายและอำนวยการพัฒนาเพื่อเสริมความมั่นคงของชาติ: the line holds the name alone, so
                # a word that would end a name in a sentence (เพื่อ, ใน, ให้แก่), or a space, is part of it.
                if org.rule == "head-word-pattern" and org.end < end and _NAME_GOES_ON.fullmatch(text, org.end, end):
                    org = _named_on(org, text[org.end:end].rstrip(), org.end + len(text[org.end:end].rstrip()))
                nxt = end + 1
                if org.end == end and org.rule == "head-word-pattern" and nxt < stop and _LINE_GOES_ON.match(text, nxt):
                    end = line_end(text, nxt)
                    org = _named_on(org, text[nxt:end].strip(), end)
                titles.append(TitlePhrase(seat.group(1) or role, "th", seat.start(), org.end, (org,)))
                posts.append((pi, len(titles) - 1))
            pos = end + 1
    return titles, posts


# คณะกรรมการการไฟฟ้านครหลวง (นายชยาวุธ จันทร เป็นประธานกรรมการ...), คณะกรรมการ... [รองนายกรัฐมนตรี (นายX) เป็นประธาน]:
# the one named in the brackets after a board chairs it.
_CHAIRED_BY = re.compile(r"\s?[\[(](?P<who>(?:[^\[\]()\n]|\([^()\n]*\)){2,120}?)\s?เป็น(?P<title>ประธาน(?:กรรมการ)?)"
                         r"(?!ร่วม)\S{0,60}?[\])]")
# ... เสนอคณะกรรมการป้องกันและปราบปรามการค้ามนุษย์ ที่มีพลเอก ประวิตร วงษ์สุวรรณ รองนายกรัฐมนตรี เป็นประธาน พิจารณา:
# so the one a clause after it names as its chair.
_CHAIRED_BY_CLAUSE = re.compile(r"\s?(?:ที่|ซึ่ง)มี\s?(?P<who>[^\n]{2,120}?)\s?เป็น(?P<title>ประธาน(?:กรรมการ)?)"
                                r"(?![\u0e01-\u0e4e])")


def _chairs_named_in_brackets(text: str, persons: list[PersonMention], titles: list[TitlePhrase],
                              posts: list[tuple[int, int]], orgs: list[OrgRef]
                              ) -> tuple[list[TitlePhrase], list[tuple[int, int]]]:
    """The chair of a board, named in brackets or in a clause right after it: a post in that board."""
    titles, posts = list(titles), list(posts)
    for org in orgs:
        if not org.label.startswith(_CHAIRED_BODIES):
            continue
        m = _CHAIRED_BY.match(text, org.end) or _CHAIRED_BY_CLAUSE.match(text, org.end)
        if m is None:
            continue
        inside = [k for k, p in enumerate(persons) if m.start("who") <= p.start < m.end("who")]
        if len(inside) != 1 or any(pi == inside[0] and titles[ti].orgs[:1] == (org,) for pi, ti in posts):
            continue
        titles.append(TitlePhrase(m.group("title"), "th", m.start("title"), m.end("title"), (org,)))
        posts.append((inside[0], len(titles) - 1))
    return titles, posts


_OF_THE_MEETING = re.compile(r"ประชุม(?:ฯ|ระดับ)?\s?$")


def _bodies_chaired_apart(text: str, orgs: list[OrgRef]) -> list[tuple[int, int]]:
    """Clauses naming the chair of a board the story speaks of (เสนอคณะกรรมการ... ที่มีพลเอก ประวิตร ... เป็นประธาน):
    he chairs that board, not the event told of; but not of the board whose meeting it is (การประชุมคณะกรรมการ...
    ซึ่งมี X เป็นประธาน, คณะกรรมการ... ซึ่งมี X เป็นประธาน ได้มีมติเมื่อวันที่ ...)."""
    return [(m.start(), m.end()) for o in orgs if o.label.startswith(_CHAIRED_BODIES)
            and (m := _CHAIRED_BY_CLAUSE.match(text, o.end))
            and not _OF_THE_MEETING.search(text, max(0, o.start - 12), o.start)
            and not RESOLVED_BY.match(text, o.start)]


# เลขานุการรัฐมนตรีช่วยว่าการกระทรวงพาณิชย์ (นายนภินทร ศรีสรรพางค์): an aide's post names in brackets the minister
# served.
_AIDE = re.compile(r"(?:ผู้ช่วย)?(?:เลขานุการ|ที่ปรึกษา)(?=(?:นาย)?รัฐมนตรี)")
_ACTING_AS = re.compile(r"\s?[\[(]?\s?ปฏิบัติหน้าที่\s?")


def _ministers_served(text: str, persons: list[PersonMention], titles: list[TitlePhrase],
                      posts: list[tuple[int, int]], gaz: Gazetteer) -> tuple[list[TitlePhrase], list[tuple[int, int]]]:
    """The name in brackets after an aide's post held by the name before it (นายปัญญา ชวนบุญ ที่ปรึกษารัฐมนตรี
    ช่วยว่าการกระทรวงพาณิชย์ (นายนภินทร ...)) is the minister he serves; with no name before, the aide himself."""
    titles, posts = list(titles), list(posts)
    by_end = {t.end: i for i, t in enumerate(titles)}
    for pi, p in enumerate(persons):
        if not (opened := _opened_before(text, p)):
            continue
        ti = by_end.get(opened.start())
        if ti is None or not (aide := _AIDE.match(titles[ti].title)):
            continue
        holders = [pj for pj, tj in posts if tj == ti]
        if holders == [pi]:
            # ผู้ช่วยเลขานุการรัฐมนตรีว่าการกระทรวงพาณิชย์[ปฏิบัติหน้าที่เลขานุการรัฐมนตรีช่วยว่าการ... (นาย...)]: a
            # second post of the one named before.
            before = [(pj, tj) for pj, tj in posts if pj != pi and (m := _ACTING_AS.match(text, titles[tj].end))
                      and m.end() == titles[ti].start]
            if len(before) != 1:
                continue
            posts = [x for x in posts if x != (pi, ti)] + [(before[0][0], ti)]
        # ที่ปรึกษาของนายกรัฐมนตรี (นายชลธิศ ...) ที่ปรึกษารัฐมนตรีว่าการ... (นายธนสาร ...): posts each followed by its
        # holder.
        elif not holders or pi in holders or any(text.startswith(")", persons[pj].end) for pj in holders):
            continue
        served = title_at(text, titles[ti].start + aide.end(), titles[ti].end, gaz)
        if served is None or served.end != titles[ti].end:
            continue
        titles.append(served)
        posts.append((pi, len(titles) - 1))
    return titles, posts


_APPOINTS = re.compile(r"(?:แต่งตั้ง(?:บุคคล)?|มอบหมายให้(?:รอง)?(?:นายก)?รัฐมนตรี(?:ช่วยว่าการ\S{0,40}?)?\s?(?=เป็น))"
                       r"(?:เป็น|ให้ดำรงตำแหน่ง(?:ข้าราชการการเมือง\s?ตำแหน่ง)?)?\s?$")
_LIST_FOLLOWS = re.compile(r"(?:ดังนี้|ดังต่อไปนี้|:)\s?$")
_INLINE_LIST = re.compile(r"(?:ดังนี้|ดังต่อไปนี้|:)\s?(?=1\.)")
_SUB_ITEM = re.compile(r"\d{1,2}\.\d{1,2}\.?\s?")
_GROUP_LINE = 400  # the longest line that groups a list's items (1. ผู้ซึ่ง...เสนอ\n1.1 นาย...)
_UNREAD_ITEM = 80  # the longest item line passed over for naming no one the list could read
_SUBHEADING = re.compile(r"\([^()\n]{3,150}\)[ \t]*(?=\n\d{1,2}[.)])")


def _listed_in_the_line(text: str, persons: list[PersonMention], titles: list[TitlePhrase], start: int, end: int
                        ) -> list[tuple[int, bool]]:
    """Those listed after ``start`` to the line's ``end``, each after its number (ดังนี้ 1. นางสุพิชชา จันทรโยธา
    2. นางสุภา หารหนองบัว), in order, with whether each names a title of his own."""
    listed = [pi for pi, p in enumerate(persons) if start <= p.start < end
              and ITEM_NUMBER.search(text, max(0, p.written_from - 5), p.written_from)]
    stops = [persons[pi].start for pi in listed[1:]] + [end] if listed else []
    return [(pi, any(persons[pi].end <= o.start < stop for o in titles))
            for pi, stop in zip(listed, stops, strict=True)]


def _next_item(text: str, item: re.Match[str], pos: int) -> bool:
    """Whether the line at ``pos`` is the list's next item after ``item`` (2. after 1., 1.3 after 1.2)."""
    number = item.group().strip()
    mark = number[-1] if number[-1] in ".)" else ""
    head, _, last = number.rstrip(".)").rpartition(".")
    following = f"{head + '.' if head else ''}{int(last) + 1}{mark}" if last.isdigit() else ""
    return bool(following) and text.startswith(following, pos) and not text[pos + len(following):][:1].isdigit()


def _groups_items(text: str, item: re.Match[str], end: int) -> bool:
    """Whether the numbered line ``item`` opens, ending at ``end``, groups the items numbered under its own number on
    the lines after it (1. ผู้ทรงคุณวุฒิภาคราชการ\n1.1 นาย...)."""
    number = item.group().strip().rstrip(".)")
    return (len(item.group()) <= 3 and end - item.start() <= _GROUP_LINE and text.startswith(number + ".", end + 1)
            and _SUB_ITEM.match(text, end + 1) is not None)


def _group_seat(text: str, group: TitlePhrase | None, orgs: list[OrgRef]) -> TitlePhrase | None:
    """The seat a group line names with its board (1. กรรมการผู้ทรงคุณวุฒิในคณะกรรมการหลักประกันสุขภาพแห่งชาติ), or None."""
    if group is None:
        return None
    if group.orgs:
        return replace(group, orgs=group.orgs[:1])
    board = next((o for o in orgs if o.start == group.end + len("ใน")), None) if text.startswith("ใน", group.end) \
        else None
    return replace(group, orgs=(board,)) if board else None


# 20. เรื่อง รายชื่อผู้ประสานงานคณะรัฐมนตรีและรัฐสภาของรองนายกรัฐมนตรีและส่วนราชการ: a cabinet summary's item listing the
# coordinators (ปคร.) of the deputy prime ministers and the agencies, one numbered entry each.
_COORDINATORS = re.compile(ITEM_HEADING.pattern + r"\s?[^\n]*?(ผู้ประสานงานคณะรัฐมนตรีและรัฐสภา)[^\n]*$", re.MULTILINE)


def _coordinators_listed(text: str, persons: list[PersonMention], titles: list[TitlePhrase],
                         posts: list[tuple[int, int]], gaz: Gazetteer
                         ) -> tuple[list[TitlePhrase], list[tuple[int, int]]]:
    """Under such an item, each one named in an entry (5. กห. พลเอก ธนะศักดิ์ ชื่นอิ่ม รองปลัดกระทรวงกลาโหม; 2. กค.
    รายชื่อ ปคร. นายจำเริญ โพธิยอด ...) is the coordinator of the agency the entry opens with; a deputy prime
    minister's entry names no agency, and the deputy named in its brackets (1. รองนายกรัฐมนตรี (นายดอน ปรมัตถ์วินัย))
    is no coordinator."""
    titles, posts = list(titles), list(posts)
    for heading in _COORDINATORS.finditer(text):
        coordinator = title_at(text, heading.start(1), heading.end(1), gaz)
        if coordinator is None:
            continue
        nxt = ITEM_HEADING.search(text, heading.end())
        section_end = nxt.start() if nxt else len(text)
        entries = list(_ENTRY.finditer(text, heading.end(), section_end))
        for m, after in zip(entries, [e.start() for e in entries[1:]] + [section_end], strict=False):
            agency = org_at(text, m.end(), gaz, line_end(text, m.end()))
            seat = replace(coordinator, orgs=(agency,) if agency else ())
            for pi, p in enumerate(persons):
                bracketed = text[max(0, p.written_from - 3):p.written_from].rstrip().endswith("(")
                if not m.end() <= p.start < after or bracketed:
                    continue
                titles.append(seat)
                posts.append((pi, len(titles) - 1))
    return titles, posts


def _listed_under_the_appointment(text: str, persons: list[PersonMention], titles: list[TitlePhrase],
                                  posts: list[tuple[int, int]], orgs: list[OrgRef]
                                  ) -> tuple[list[TitlePhrase], list[tuple[int, int]]]:
    """Those listed one to a numbered line with no title of their own under "...แต่งตั้งบุคคลเป็นกรรมการผู้ช่วยรัฐมนตรี
    ดังนี้", or numbered in the line after it, hold the post the line appoints to; where it appoints a board's chair
    and members (ประธานกรรมการและกรรมการผู้ทรงคุณวุฒิ), the first listed is the chair; ministers listed to act for
    another keep their own posts too; a group line over the items takes the seat it names in ``orgs``' board."""
    titles, posts = list(titles), list(posts)
    holding = {pi for pi, _ in posts}
    by_line = {line_start(text, p.start): pi for pi, p in enumerate(persons)}
    by_title_start = {t.start: t for t in titles}
    for t in list(titles):
        line, end = line_start(text, t.start), line_end(text, t.end)
        appoints = _APPOINTS.search(text, max(line, t.start - 60), t.start)
        # 1. ในกรณีที่นายกรัฐมนตรีไม่อาจปฏิบัติราชการได้ คณะรัฐมนตรีมอบหมายให้รองนายกรัฐมนตรีเป็นผู้รักษาราชการแทน
        # นายกรัฐมนตรี ตามลำดับ ดังนี้\n1.1 นาย...: a numbered line appoints those listed under it only to act.
        if appoints is None or (_NUMBERED_LINE.match(text, line) and not appoints.group().startswith("มอบหมาย")):
            continue
        # แต่งตั้งประธานกรรมการและกรรมการผู้ทรงคุณวุฒิใน... ดังนี้: the chair is listed first, the members after.
        members = by_title_start.get(t.end + len("และ")) if (
            t.title == "ประธานกรรมการ" and text.startswith("และ", t.end)) else None
        if not _LIST_FOLLOWS.search(text, t.end, end):
            if (inline := _INLINE_LIST.search(text, t.end, end)) is not None:
                for k, (pi, titled) in enumerate(_listed_in_the_line(text, persons, titles, inline.start(), end)):
                    if pi not in holding and not titled:
                        titles.append(members if members is not None and k else t)
                        posts.append((pi, len(titles) - 1))
                        holding.add(pi)
            continue
        # มอบหมายให้รัฐมนตรีเป็นผู้รักษาราชการแทน... ดังนี้ 1. นายสมศักดิ์ เทพสุทิน รัฐมนตรีว่าการกระทรวงยุติธรรม: the
        # ministers listed to act keep the posts their lines name and take the acting one too.
        acting = appoints.group().startswith("มอบหมาย")
        pos, first, seat = end + 1, True, t
        while pos < len(text) and (_SUBHEADING.match(text, pos) or _NUMBERED_LINE.match(text, pos)):
            # (ผู้ทรงคุณวุฒิจากหน่วยงานที่เกี่ยวข้องกับการคุ้มครองผู้บริโภค): a bracketed line groups the list's items;
            # so does a numbered one that names no one over items numbered under it (1. ผู้ทรงคุณวุฒิภาคราชการ\n1.1 นาย...),
            # and the seat it names in its board is the items' (1. กรรมการผู้ทรงคุณวุฒิในคณะกรรมการหลักประกันสุขภาพแห่งชาติ).
            if (sub := _SUBHEADING.match(text, pos)) is not None:
                pos = sub.end() + 1
                continue
            item = _SUB_ITEM.match(text, pos) or _NUMBERED_LINE.match(text, pos)
            pi = by_line.get(pos)
            end = line_end(text, pos)
            # 1. พระพรหมบัณฑิต (...) 2. นายสันติ เสือสมิง 3. นายมาโนช แจ้งมุข: items run on in one line, each takes the seat.
            if len(run_on := _listed_in_the_line(text, persons, titles, pos, end)) >= 2:
                for pj, titled in run_on:
                    if pj not in holding and not titled:
                        titles.append(members if members is not None and not first else seat)
                        posts.append((pj, len(titles) - 1))
                        holding.add(pj)
                    first = False
                pos = end + 1
                continue
            if pi is None and _groups_items(text, item, end):
                seat = _group_seat(text, next((o for o in titles if o.start == item.end()), None), orgs) or seat
                pos = end + 1
                continue
            # 1. รัฐมนตรีว่าการกระทรวงวัฒนธรรม (นายอิทธิพล คุณปลื้ม): the holder of a post, named after it, takes the
            # one appointed to as well (ผู้รักษาราชการแทน...); so does one named in brackets on the line below it.
            if pi is None and text.startswith("(", end + 1) and (pi := by_line.get(end + 1)) is not None:
                end = line_end(text, end + 1)
            # 1. รองนายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงมหาดไทย\n(นายภูมิธรรม เวชยชัย): so the holder of two.
            by_post = pi is not None and any(
                item.end() <= (held := titles[ti]).start < end and text[held.end:held.end + 2] in (" (", "\n(")
                and persons[pi].written_from == held.end + 2 for qi, ti in posts if qi == pi)
            # 1. พระพรหมบัณฑิต (ประยูร ธมฺมจิตฺโต)\n2. ...: one the list names in a way no name is read from is passed
            # over when the list goes on below him with the next number.
            if pi is None and end - pos <= _UNREAD_ITEM and _next_item(text, item, end + 1):
                pos, first = end + 1, False
                continue
            if pi is None or (persons[pi].written_from > item.end() + 1 and not by_post):
                break
            # 1. นายชโยดม สรรพศรี ผู้เชี่ยวชาญด้านการเงิน...: the field of the seat appointed to, no post of its own.
            own = [k for k, o in enumerate(titles) if persons[pi].end <= o.start < end]
            if own and all(titles[k].title.startswith(_EXPERT) for k in own) and not by_post:
                posts = [(pj, ti) for pj, ti in posts if not (pj == pi and ti in own)]
                holding = {pj for pj, _ in posts}
                own = []
            # 1. นางสาวกุลยา ตันติเตมิท เป็นประธานกรรมการ: a line that names a post of its own gives that one.
            if by_post or (pi not in holding and not own) or (
                    acting and any(pj == pi and persons[pi].end <= titles[ti].start < end for pj, ti in posts)):
                titles.append(members if members is not None and not first else seat)
                posts.append((pi, len(titles) - 1))
                holding.add(pi)
            pos, first = end + 1, False
    return titles, posts


# องค์ประกอบ นายสวิน อักขรายุธ ประธานกรรมการ โดยกรรมการประกอบด้วย หม่อมหลวงไกรฤกษ์ เกษมสันต์ นายไกรสร บารมีอวยชัย ...
# โดยมี ... เป็นกรรมการและเลขานุการ: a body's members named one after another in its make-up.
# ... โดยมีกรรมการผู้ทรงคุณวุฒิ ประกอบด้วย A B และกรรมการ ประกอบด้วย ...: one list of seats after another.
_MEMBERS = re.compile(r"(?:(?<![\u0e01-\u0e4e])|(?<=โดย)|(?<=โดยมี)|(?<=และ)|(?<=คณะ))"
                      r"(กรรมการ(?:ผู้ทรงคุณวุฒิ)?)\s?ประกอบด้วย\s?")
_MEMBERS_END = re.compile(r"โดยมี|เป็นกรรมการและ|\n")
_MADE_UP_BODIES = ("คณะกรรมการ", "คณะอนุกรรมการ", "สภา")  # bodies whose make-up a line lists
_CHAIRS = ("ประธานกรรมการ", "รองประธานกรรมการ")
_SEATS = ("ผู้แทน", "ผู้ทรงคุณวุฒิ", "กรรมการ")


def _members_named_in_prose(text: str, persons: list[PersonMention], titles: list[TitlePhrase],
                            posts: list[tuple[int, int]], orgs: list[OrgRef]
                            ) -> tuple[list[TitlePhrase], list[tuple[int, int]]]:
    """Those named with no title of their own after ``กรรมการประกอบด้วย`` in a body's make-up, up to the secretary
    (โดยมี ... เป็นกรรมการและเลขานุการ), the next list of seats or the line's end, hold its seat (กรรมการ,
    กรรมการผู้ทรงคุณวุฒิ) in the body the line or the two above it name last; the chair and vice-chair named before
    them, and members' own seats (ผู้แทน...), with no body of their own, are that body's."""
    titles, posts = list(titles), list(posts)
    # ... พาสิทธิ์ หล่อธีรพงศ์ และกรรมการ ประกอบด้วย ...: the title that heads a list of seats is no post of the name before.
    heads = {m.start(1) for m in _MEMBERS.finditer(text)}
    posts = [(pi, ti) for pi, ti in posts if titles[ti].start not in heads]
    holding = {pi for pi, _ in posts}
    same_body: dict[int, OrgRef] = {}  # the expert seats listed after the members: the members' body
    for m in _MEMBERS.finditer(text):
        line = line_start(text, m.start())
        above = line_start(text, max(0, line - 1)) if line else 0
        above = line_start(text, max(0, above - 1)) if above else 0
        body = same_body.get(m.start()) or next(
            (o for o in sorted(orgs, key=lambda o: -o.start) if above <= o.start and o.end <= m.start()
             and (o.label_th or o.label).startswith(_MADE_UP_BODIES)), None)
        if body is None:
            continue
        body = named_by_its_line(text, body)
        stop = (end.start() if (end := _MEMBERS_END.search(text, m.end())) else len(text))
        # ... กรรมการประกอบด้วย ปลัดกระทรวง... กรรมการผู้ทรงคุณวุฒิ ประกอบด้วย นาย A นาย B: the expert seats named next
        # are theirs.
        if (experts := _MEMBERS.search(text, m.end(), stop)) is not None:
            stop = experts.start()
            same_body[experts.start()] = body
        seat = TitlePhrase(m.group(1), "th", m.start(1), m.end(1), (body,))
        listed = [pi for pi, q in enumerate(persons) if m.end() <= q.start < stop]
        ends = dict(zip(listed, [persons[pj].start for pj in listed[1:]] + [stop], strict=False))  # each one's words
        for pi, nxt in ends.items():
            if pi not in holding and not any(persons[pi].end <= t.start < nxt for t in titles):
                titles.append(seat)
                posts.append((pi, len(titles) - 1))
                holding.add(pi)
        # ... นายกฤษฎา เกิดสมจิตต์ ผู้แทนเกษตรกร นายจงสฤษดิ์ คุ้นวงศ์ ผู้แทนภาคเอกชน: a member's own seat, named with no
        # body, is in this one too.
        for k, (pi, ti) in enumerate(posts):
            t = titles[ti]
            if not t.orgs and ((line <= persons[pi].start < m.start() and t.title in _CHAIRS) or (
                    pi in ends and persons[pi].end <= t.start < ends[pi] and t.title.startswith(_SEATS))):
                titles.append(replace(t, orgs=(body,)))
                posts[k] = (pi, len(titles) - 1)
    return titles, posts


_OPENS_BEFORE = re.compile(r"\s?\( ?$")  # a title on the line before: ...กระทรวงวัฒนธรรม\n(นางสาว...)
_AT_THE_TIME = re.compile(r"\s?(?:ใน)?ขณะนั้น\s?$")


def _whole_title(text: str, t: TitlePhrase, gaz: Gazetteer) -> bool:
    """Whether a title phrase names its agency or is a post the gazetteer knows whole (รักษาราชการแทนนายกรัฐมนตรี),
    not a title run on into words it could not place (ประธานกรรมการนโยบายเศรษฐกิจระหว่างประเทศเสนอ)."""
    return bool(t.orgs) or ((hit := gaz.position_matcher.match_at(text, t.start)) is not None and hit[0] == t.end)


def _opened_before(text: str, p: PersonMention) -> re.Match[str] | None:
    """The bracket opened right before a name the brackets hold alone (ปลัดกระทรวง... (พลเอก สุรศักดิ์ ...)), or None."""
    begins = _begins(text, p)
    return _OPENS_BEFORE.search(text, max(0, begins - 3), begins) if text.startswith(")", p.end) else None


def _begins(text: str, p: PersonMention) -> int:
    """Where a mention begins, its honorific and the space after it included (พลเอก ประยุทธ์)."""
    return p.written_from - (1 if p.honorific and text[p.start - 1:p.start].isspace() else 0)


def _attach_posts(text: str, persons: list[PersonMention], titles: list[TitlePhrase],
                  gaz: Gazetteer) -> list[tuple[int, int]]:
    """Pair each person with the title phrase right after the name, else right before it."""
    posts: list[tuple[int, int]] = []
    used: set[int] = set()
    by_start = {t.start: i for i, t in enumerate(titles)}
    by_end = {t.end: i for i, t in enumerate(titles)}
    for pi, p in enumerate(persons):
        # ประธานาธิบดีปูติน: a name read after a leader's title holds that title, whatever follows the name.
        lead = by_end.get(p.start, by_end.get(p.start - 1)) if p.rule.startswith("leader-title") else None
        if lead is not None and lead not in used:
            posts.append((pi, lead))
            used.add(lead)
            continue
        # ปลัดกระทรวง... (นายวิจารย์ สิมาฉายา) เลขาธิการ... (นางรวิวรรณ ภูริเดช): a name in brackets right after a
        # title holds that title; the title after the bracket is the next name's.
        if opened := _opened_before(text, p):
            # อธิบดีกรมศุลกากรในขณะนั้น (นายกุลิศ สมบัติศิริ): the one who held the title then.
            then = _AT_THE_TIME.search(text, max(0, opened.start() - 12), opened.start())
            ti = by_end.get(then.start() if then else opened.start())
            if ti is not None and ti not in used:
                posts.append((pi, ti))
                used.add(ti)
                # รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงพาณิชย์ (นายภูมิธรรม เวชยชัย): the title joined before the
                # bracket's is his too; not one that goes on from another's bracket (รองนายกรัฐมนตรี (นายดอน ...) และ
                # รัฐมนตรีว่าการกระทรวงการต่างประเทศ และรัฐมนตรีว่าการกระทรวงการต่างประเทศ (นายบุ่ย แทงห์ เซิน)).
                tj = next((j for j, t in enumerate(titles)
                           if _AND_PERSON.fullmatch(text, t.end, titles[ti].start)), None)
                if (tj is not None and tj not in used and _whole_title(text, titles[tj], gaz)
                        and titles[tj].title != titles[ti].title
                        and not _AFTER_BRACKET.search(text, max(0, titles[tj].start - 8), titles[tj].start)):
                    posts.append((pi, tj))
                    used.add(tj)
                # รองนายกรัฐมนตรี (นายวิษณุ เครืองาม) ประธานคณะกรรมการพัฒนาการบริหารงานยุติธรรมแห่งชาติเสนอ: a title after
                # the brackets that names its agency, or that the gazetteer knows whole, and no one of its own, is his
                # too; not one of a list of titles (... (พลเอก ขัยชาญ) เลขาธิการคณะรัฐมนตรี ผู้อำนวยการสำนักงบประมาณ ...).
                after = by_start.get(p.end + 1 + text.startswith(" ", p.end + 1))
                if after is not None and after not in used and _whole_title(text, titles[after], gaz) and not any(
                        0 <= _begins(text, q) - titles[after].end <= 3 for q in persons) and not any(
                        0 <= t.start - titles[after].end <= 2 for t in titles):
                    posts.append((pi, after))
                    used.add(after)
                continue
        gap = _GAP.match(text, p.end)
        ti = by_start.get(gap.end()) if gap else None
        # ...พระปรมินทรมหาภูมิพลอดุลยเดช\nเอกอัครราชทูต กล่าว...: a title opening the paragraph after a long one is
        # the next sentence's subject, not the title of the name ending the paragraph before.
        if ti is not None and "\n" in gap.group() and p.end - (text.rfind("\n", 0, p.start) + 1) > SHORT_LINE:
            ti = None
        if ti is None and text.startswith(")", p.end):
            # ดาโช เชริง โตบเกย์ (H.E. Dasho Tshering Tobgay) นายกรัฐมนตรี...: the name in brackets, read alone, holds the
            # title after them; a title after a comma is the next person's (หัวหน้าผู้แทน JICA (Mr. X), ผู้แทนจาก...).
            ti = by_start.get(p.end + 1 + text.startswith(" ", p.end + 1))  # normalised text: one space at most
        elif ti is None and p.latin is None:
            # a Latin form in brackets sits between the name and the title
            close = text.find(")", p.end, p.end + 80)
            if close > 0 and text[p.end:p.end + 2].strip().startswith("("):
                g2 = _GAP.match(text, close + 1)
                ti = by_start.get(g2.end()) if g2 else None
        elif ti is None and p.latin is not None:
            close = text.find(")", p.end, p.end + 120)
            if close > 0:
                g2 = _GAP.match(text, close + 1)
                ti = by_start.get(g2.end()) if g2 else None
        while ti is not None and ti not in used:
            posts.append((pi, ti))
            used.add(ti)
            # นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม, ... ในฐานะรองหัวหน้าสำนักงาน...: more posts of one person.
            more = _MORE_POSTS.match(text, titles[ti].end)
            prev, ti = ti, by_start.get(more.end()) if more else None
            # ... และผู้แทนจาก...: a further title is the same person's only when it names its agency, and an
            # agency of the same country (รัฐมนตรีว่าการกระทรวงคมนาคม และเอกอัครราชทูตเดนมาร์ก: two people).
            # ... รักษาราชการแทนนายกรัฐมนตรี: an acting post, though it names no agency, is the same person's.
            # ... เลขานุการรัฐมนตรี... เป็นหัวหน้าคณะผู้แทนไทย: one sent to lead a delegation holds that post too.
            # มกุฎราชกุมาร รองนายกรัฐมนตรี และรัฐมนตรีว่าการ...: so are the posts a crown prince holds beside his title.
            # รองปลัดกระทรวงมหาดไทย หัวหน้ากลุ่มภารกิจด้านกิจการความมั่นคงภายใน: a deputy heads a cluster of his ministry.
            if ti is not None and not titles[ti].orgs and titles[ti].title.startswith(_CLUSTER_HEAD):
                titles[ti] = replace(titles[ti], orgs=titles[prev].orgs)
            # ผู้ตรวจราชการกระทรวงเกษตรและสหกรณ์ หัวหน้าคณะฝ่ายไทย: so does one who heads his country's side.
            if (ti is not None and not titles[ti].orgs and "ฐานะ" not in more.group() and "เป็น" not in more.group()
                    and not titles[ti].title.startswith(ACTING)
                    and gaz.honorifics.get(titles[prev].title) != "royal"
                    and not (not more.group().strip() and _heads_a_side(text, titles[ti], gaz))):
                ti = None
            # กรรมการผู้ทรงคุณวุฒิ ผู้เชี่ยวชาญด้านการเงิน: the field of an expert's seat, no second post.
            if ti is not None and titles[ti].title.startswith(_EXPERT):
                used.add(ti)
                ti = None
            # ... (ดีอี) ในฐานะรองหัวหน้าศูนย์ปฏิบัติการ...: after a short name, a title of no agency is the person's only
            # when it is whole, not the head word of a body the reader does not know.
            if (ti is not None and not titles[ti].orgs and "(" in more.group()
                    and not _WHOLE_TITLE_END.match(text, titles[ti].end)):
                ti = None
            # ... และผู้แทนการท่าเรือแห่งประเทศไทย: the representatives of another body, not a second post (a
            # permanent or special representative is one: และผู้แทนถาวรประจำ UNESCAP).
            if ti is not None and more.group().strip() == "และ" and titles[ti].title.startswith(
                    ("ผู้แทน", "ตัวแทน")) and not titles[ti].title.startswith(("ผู้แทนถาวร", "ผู้แทนพิเศษ", "ผู้แทนการค้า")):
                ti = None
            if ti is not None and _countries(titles[prev]) and _countries(titles[ti]) and not (
                    _countries(titles[prev]) & _countries(titles[ti])):
                ti = None
            # รองอธิบดี รักษาราชการแทนอธิบดีกรมอเมริกาฯ, ผู้ก่อตั้งและประธานกรรมการบริหาร บริษัท...: two titles side
            # by side share the agency named last; joined by และ, only those of companies and bodies (a prime
            # minister and minister of defence is no prime minister of the ministry).
            if ti is not None and not titles[prev].orgs and (not more.group().strip() or (
                    more.group().strip() == "และ" and titles[prev].kind in _SHARING_KINDS)):
                titles[prev] = replace(titles[prev], orgs=titles[ti].orgs)
            # รองผู้อำนวยการองค์การสวนสัตว์ฯ ในฐานะรักษาการแทนผู้อำนวยการ, รองอธิบดีกรม... รักษาราชการแทนอธิบดี: a deputy
            # acting for the head of his own agency (not a deputy prime minister acting as premier, whose ministry
            # is his other post's).
            elif (ti is not None and not titles[ti].orgs
                  and ("ฐานะ" in more.group() or more.group().strip() in ("", "และ"))
                  and titles[prev].title.startswith("รอง") and titles[ti].title.startswith(ACTING)
                  and titles[ti].title.endswith(titles[prev].title.removeprefix("รอง"))
                  and "นายกรัฐมนตรี" not in titles[ti].title):
                titles[ti] = replace(titles[ti], orgs=titles[prev].orgs)
    # นายพิศักดิ์ ... และนายอานนท์ ... รองปลัดกระทรวงคมนาคม: a title after a pair of names is both persons'.
    post_of = dict(posts)
    for pi in range(len(persons) - 1, -1, -1):
        p, q = persons[pi], persons[pi + 1] if pi + 1 < len(persons) else None
        if pi in post_of or q is None or q.start - len(q.honorific) - p.end > 8 or (pi + 1) not in post_of:
            continue
        link = _AND_PERSON.match(text, p.end)
        # นายชยาวุธ จันทร นายชัยวัฒน์ ชื่นโกสุม นายนิรัตน์ ... รองปลัดกระทรวงมหาดไทย: names side by side share a title
        # that many hold, a deputy's or an expert's; not one that only one holds (อธิบดี, รัฐมนตรีว่าการ).
        if not link and titles[post_of[pi + 1]].title.startswith(_MANY_HOLD) and q.honorific:
            link = _SIDE_BY_SIDE.match(text, p.end)
        if link and link.end() + len(q.honorific) + 1 >= q.start >= link.end():
            post_of[pi] = post_of[pi + 1]
            posts.append((pi, post_of[pi]))
    for pi, p in enumerate(persons):
        if any(x == pi for x, _ in posts):
            continue
        spaced = p.honorific and text[p.start - 1:p.start].isspace()
        honor_start = p.start - len(p.honorific) - (1 if spaced else 0)
        for ti, t in enumerate(titles):
            if ti in used:
                continue
            end = t.end
            # นายกรัฐมนตรีจีน นายหลี่ เค่อเฉียง: a leader's title, his country, then his name.
            if not t.orgs and (country := gaz.country_matcher.match_at(text, end, honor_start)):
                end = country[0]
            # สมเด็จพระราชาธิบดีจิกมี เคเซอร์ นัมเกล วังชุก: a monarch's title read as the name's honorific is his post.
            royal = (t.start == honor_start and t.end == p.start - spaced and not t.orgs
                     and gaz.honorifics.get(p.honorific) == "royal")
            if royal or (0 <= honor_start - end <= 3 and _BACK_GAP.fullmatch(text, end, honor_start)):
                posts.append((pi, ti))
                used.add(ti)
                break
    return posts


_OF_COUNTRY = re.compile(r"\s?(?:\([^()]{0,20}\))?\s?(?:ของ|แห่ง)?\s?")  # (คนที่สอง) มาเลเซีย


def foreign_person(p: PersonMention, gaz: Gazetteer) -> bool:
    """A person the text marks as foreign: a Latin-script name or Latin form beside it, or a name of the list of
    foreign officials' names."""
    return p.latin is not None or not has_thai(p.name[:1]) or p.name in gaz.person_names or \
        p.name.replace(" ", "") in gaz.person_names


def _foreign_ministers(text: str, span: tuple[int, int], sentences: list[tuple[int, int]],
                       persons: list[PersonMention], titles: list[TitlePhrase], posts: list[tuple[int, int]],
                       gaz: Gazetteer) -> bool:
    """นางคัง คยอง-ฮวา รัฐมนตรีว่าการกระทรวงการต่างประเทศ in a list of Korea's ministers: a foreign official's
    ministry written as a Thai one is their own country's. The country is the last one the sentence names before
    the person, else the one foreign country of the story. Returns whether any title changed."""
    changed = False
    story: set[str] | None = None
    side: dict[int, CountryEntry] = {}  # person index → the country given to them
    closed: set[int] = set()  # foreign persons whose country their own title names
    for pi, ti in sorted(posts):
        t, p = titles[ti], persons[pi]
        entry = gaz.orgs.get(t.orgs[0].key) if t.orgs else None
        if entry is None or entry.kind != "ministry" or entry.country != "TH" or not foreign_person(p, gaz):
            continue
        o = t.orgs[0]
        s = max((a for a, _ in sentences if a <= p.start), default=span[0])
        # The country written after the ministry (กระทรวงการคลัง สาธารณรัฐสังคมนิยมเวียดนาม, ...ของเมียนมา), else one
        # named in Thai since the person before (a country named earlier is that person's).
        after = country_at(text, _OF_COUNTRY.match(text, t.end).end(), gaz)
        since = max([s] + [q.end for qi, q in enumerate(persons[:pi]) if q.end <= p.start and (
            qi in closed or not foreign_person(q, gaz))])
        named = [after[1]] if after else [c for a, _, c in gaz.country_matcher.finditer(text, since, p.start)
                                          if c.iso2 != "TH" and not text[a].isascii()]
        if after:
            closed.add(pi)
        if named and named[-1].iso2 == "TH":
            continue
        if not named and pi - 1 in side and persons[pi - 1].start >= s:
            named = [side[pi - 1]]  # ... the list of one side's ministers goes on
        if not named:
            if story is None:
                story = {c.iso2 for _, _, c in gaz.country_matcher.finditer(text, *span) if c.iso2 != "TH"}
            if len(story) != 1:
                continue
            named = [gaz.countries[next(iter(story))]]
        side[pi] = named[-1]
        ministry = foreign_ministry(entry, named[-1], text, o.start, o.end)
        titles[ti] = replace(t, orgs=(replace(ministry, label=ministry.label_th or ministry.label), *t.orgs[1:]))
        changed = True
    return changed


def _heads_a_side(text: str, t: TitlePhrase, gaz: Gazetteer) -> bool:
    """Whether a title heads a country's party (หัวหน้าคณะผู้แทนไทย, หัวหน้าคณะฝ่ายบรูไน)."""
    return t.title.startswith(("หัวหน้าคณะ", "รองหัวหน้าคณะ")) and side_at(text, t.end, gaz)


def _countries(t: TitlePhrase) -> set[str]:
    return {o.country for o in t.orgs if o.country}


def inherits_org(title: TitlePhrase) -> bool:
    """Diplomatic staff titles with no agency of their own take the one of the colleague named before them."""
    # ที่ปรึกษานายกรัฐมนตรี, เลขานุการรัฐมนตรี: a title that names whom it serves is no embassy post.
    return not title.orgs and title.title.startswith(_DIPLOMATIC) and "รัฐมนตรี" not in title.title
