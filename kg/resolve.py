"""Resolution: one entity per real person or organisation within an article, under keys that are the same
in every article (so the same official gets the same IRI wherever they are named)."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import defaultdict
from dataclasses import replace

from kg.extract.events import (
    BESIDES,
    IN_THE_TALKS,
    JOINED_TOO,
    ON_THIS_OCCASION,
    POINTS_BACK,
    TODAYS_TALKS,
    EventDraft,
)
from kg.extract.lexicon import MISSPELT_TITLES
from kg.extract.orgs import CUT
from kg.extract.persons import ABBREVIATED, thai_named
from kg.extract.rules import Agent, Mentions, foreign_person, inherits_org
from kg.gazetteer import Gazetteer
from kg.ids import slug
from kg.normalize import has_thai, name_key, sound_score
from kg.records import (
    IN_PASSING,
    ArticleFacts,
    Entity,
    Event,
    Evidence,
    OrgRef,
    Participation,
    PersonMention,
    Post,
)

ROLE_STRENGTH = {"CoChair": 5, "Chair": 5, "Signatory": 4, "Host": 4, "Guest": 4, "Participant": 1}


# Titles many hold at once: an unattached one stands for no one person.
_ONE_OF_MANY = frozenset({"ผู้แทน", "กรรมการ", "อนุกรรมการ", "สมาชิก", "เจ้าหน้าที่", "ผู้เชี่ยวชาญ", "ผู้ทรงคุณวุฒิ",
                          "Representative", "Member"})
# The head words of Thai government bodies' names, whose representatives (ผู้แทนกระทรวงการคลัง) hold no post in them.
_GOVERNMENT_HEADS = ("กระทรวง", "กรม", "สำนักงาน", "สำนัก", "คณะกรรมการ", "กอง")


def _is_latin(name: str) -> bool:
    return any("A" <= c <= "z" for c in name) and not has_thai(name)


class _Union:
    def __init__(self) -> None:
        self.up: dict[str, str] = {}

    def find(self, k: str) -> str:
        self.up.setdefault(k, k)
        while self.up[k] != k:
            self.up[k] = self.up[self.up[k]]
            k = self.up[k]
        return k

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.up[max(ra, rb)] = min(ra, rb)


def _between(starts: list[int], a: int, b: int) -> bool:
    """Whether a person mention starts strictly between two others' starts."""
    lo, hi = min(a, b), max(a, b)
    return any(lo < s < hi for s in starts)


_FAR_PAIR = 0.85  # how alike a Latin and a Thai-script name anywhere in one article must sound to be one person


def _person_clusters(m: Mentions, gaz: Gazetteer) -> tuple[dict[int, str], dict[str, Entity]]:
    """Person mention index → canonical key, and one Entity per canonical key."""
    uf = _Union()
    names: dict[str, PersonMention] = {}
    aliases: dict[str, set[str]] = defaultdict(set)
    for p in m.persons:
        k = name_key(p.name)
        aliases[k] |= set(p.aliases)
        names.setdefault(k, p)
        uf.find(k)
        if p.latin:
            uf.union(k, name_key(p.latin))
            names.setdefault(name_key(p.latin), PersonMention(p.latin, p.start, p.end, p.honorific, p.rule))
    full = [k for k, p in names.items() if len(p.name.split()) > 1]
    # Full names first, so that a given name or surname alone finds the forms of one person already joined
    # (ไบเดน after โจเซฟ อาร์. ไบเดน and โจเซฟ อาร์. ไบเดน จูเนียร์).
    for k, p in sorted(names.items(), key=lambda kp: kp[0] not in full):
        toks = p.name.split()
        if len(toks) == 1 or k in full:
            # A prefix of a longer name (ฉั่ว ซ็อค of ฉั่ว ซ็อค กุง) or a given name alone.
            longer = [f for f in full if f != k and names[f].name.split()[: len(toks)] == toks]
            if len(toks) == 1 and not longer:
                # Mr. Shinzo Abe's "Abe"; and after a leader's title, a surname in Thai letters (ประธานาธิบดีมาครง).
                by_title = p.rule.startswith("leader-title")
                longer = [f for f in full if (_is_latin(names[f].name) or by_title) and toks[0].lower() in
                          (t.lower() for t in names[f].name.split())]
            if len({uf.find(f) for f in longer}) == 1:
                uf.union(k, longer[0])
    # A Latin name and a Thai-script name that sound alike and stand side by side are one person written
    # twice (Mr. Vasco Carvalhosa Costa (...) นายวาชกู คาร์วัลยอซา คอสต้า).
    # Only a name not yet written in the other script pairs so, the likeliest pair first: NASHIDA Kazuya, already
    # นาชิดะ คาซูยะ, is not also the อนุชา นาคาศัย he called on.
    latin_keys = [k for k, p in names.items() if _is_latin(p.name) and len(p.name.split()) > 1]
    thai_keys = [k for k, p in names.items() if not _is_latin(p.name) and len(p.name.split()) > 1]
    # Mr. Isao Taniguchi ..., Mr. Hiroo Tanaka ..., นายสุเทพ ชิตยวงษ์: a name between them makes the two a list.
    starts = sorted(p.start for p in m.persons)

    def pairable(lk: str, tk: str) -> float | None:
        """How alike a Latin and a Thai name sound, if they may be one person's; else None. Side by side, a Chinese
        name's syllables may be written in Thai as a word more (Mr. Yan Jiehe (นาย เหยียน เจี้ย เหอ))."""
        extra = len(names[tk].name.split()) - len(names[lk].name.split())
        if extra not in (0, 1):
            return None
        score = sound_score(names[tk].name, names[lk].name)
        beside = abs(names[lk].start - names[tk].start) < 160 and not _between(starts, names[lk].start,
                                                                               names[tk].start)
        if extra == 0 and (score >= _FAR_PAIR or beside):
            return score
        return score if extra == 1 and score >= _FAR_PAIR and beside else None

    # Far apart, in the English version a release ends with (General Anupong Paojinda, Minister of Interior, ...), only
    # a name that sounds the same pairs.
    pairs = sorted(((score, lk, tk) for lk in latin_keys for tk in thai_keys
                    if (score := pairable(lk, tk)) is not None), reverse=True)

    def written_in(key: str, latin: bool) -> bool:
        return any(uf.find(k) == uf.find(key) and _is_latin(names[k].name) == latin for k in names)

    # A Thai person's name sounds like a foreign guest's beside it by chance more often than not below 0.7
    # (สุวิทย์ เมษินทรีย์ and WANG Delu, 0.62): a Thai person is no transliterated foreigner.
    for score, lk, tk in pairs:
        if score >= (0.7 if thai_named(names[tk].name) else 0.6) and not written_in(lk, latin=False) and not (
                written_in(tk, latin=True)):
            uf.union(lk, tk)
    clusters: dict[str, list[str]] = defaultdict(list)
    for k in names:
        clusters[uf.find(k)].append(k)
    full_firsts = {names[f].name.split()[0] for f in full}
    # พล.อ.เตียบันห์ รองนรม.และรมว.กห. กัมพูชา: one word holding a post in a foreign agency is a foreigner's whole name.
    abroad = {name_key(m.persons[pi].name) for pi, ti in m.posts
              if any(o.country not in (None, "TH") for o in m.titles[ti].orgs)}
    entities: dict[str, Entity] = {}
    root_to_key: dict[str, str] = {}
    for root, keys in clusters.items():
        forms = [names[k].name for k in keys]
        if all(len(f.split()) == 1 for f in forms):
            if not any(names[k].rule.startswith(("leader-title", "monarch-title")) or k in abroad
                       or (names[k].rule == ABBREVIATED and forms[0] not in full_firsts) for k in keys):
                # A given name alone never makes a person; a leader's one name after the title does, a monarch's
                # (สมเด็จพระจักรพรรดินารุฮิโตะ), a foreigner's holding a post abroad, and one the mark ฯ cuts short
                # (รองนายกรัฐมนตรี (นายอนุทินฯ)) when no full name it might stand for is in the article (two สุทธิพงษ์
                # whose นายสุทธิพงษ์ฯ is either).
                continue
            # ประธานาธิบดีปูติน alone: the name list's one full name ending with that word names him, across articles.
            if full_name := gaz.family_names.get(forms[0]):
                forms.append(full_name)
        thai = sorted((f for f in forms if not _is_latin(f)), key=lambda f: (-len(f.split()), -len(f), f))
        latin = sorted((f for f in forms if _is_latin(f)), key=lambda f: (-len(f.split()), f))
        if not latin and thai and thai[0].replace(" ", "") in gaz.person_names:
            latin = [gaz.person_names[thai[0].replace(" ", "")]]
        elif not latin and thai and thai[0] in gaz.person_names:
            latin = [gaz.person_names[thai[0]]]
        canonical = name_key(latin[0]) if latin else name_key(thai[0])
        labels = {}
        if thai:
            labels["th"] = thai[0]
        if latin:
            labels["en"] = latin[0]
        forms += [a for k in keys for a in sorted(aliases.get(k, ()))]
        alts = tuple(sorted({(f, "en" if _is_latin(f) else "th") for f in forms} - {
            (v, lang) for lang, v in labels.items()}))
        key = "p-" + slug(canonical, keep_hash=True)
        root_to_key[root] = key
        if key in entities:
            # Two clusters under one key (Héctor Conde Almeida from the name list, Hector Conde Almeida in the
            # text): one person, with the names of both.
            old = entities[key]
            names_of_both = set(old.alt_labels) | set(alts) | {(v, lang) for d in (labels, old.labels)
                                                               for lang, v in d.items()}
            labels = {**labels, **old.labels}
            alts = tuple(sorted(names_of_both - {(v, lang) for lang, v in labels.items()}))
        entities[key] = Entity(key, "person", labels, alts)
    index = {}
    for i, p in enumerate(m.persons):
        root = uf.find(name_key(p.name))
        if root in root_to_key:
            index[i] = root_to_key[root]
    # Quoted short names: alt labels of the person whose given name they are.
    for sm in m.short_names:
        for key, ent in entities.items():
            th = ent.labels.get("th", "")
            if th.split()[:1] == [sm.name]:
                entities[key] = Entity(key, "person", ent.labels, tuple(sorted({*ent.alt_labels, (sm.name, "th")})))
    return index, entities


def _org_entities(refs: list[OrgRef], gaz: Gazetteer, chains: list[tuple[OrgRef, ...]]) -> dict[str, Entity]:
    seen: dict[str, dict] = {}
    surfaces = {x.label for x in refs}
    for r in refs:
        e = seen.setdefault(r.key, {"labels": {}, "alts": set(), "parent": None, "country": r.country})
        if r.parent and r.key not in gaz.orgs:
            e["named_parent"] = r.parent
        if r.label_th:
            e["labels"].setdefault("th", r.label_th)
        if r.label_en:
            e["labels"].setdefault("en", r.label_en)
        lang = "en" if r.label[:1].isascii() else "th"
        e["labels"].setdefault(lang, r.label)
        for alt in (r.label, *r.alt_labels):
            # กระทรวงการต่างประเทศ กัมพูชา: the words before the country name Thailand's ministry, no other name of
            # Cambodia's.
            if (owner := gaz.org_matcher.payload.get(alt)) is not None and owner.key != r.key:
                continue
            alang = "en" if alt[:1].isascii() else "th"
            e["alts"].add((alt, alang))
        if r.key in gaz.orgs:
            g = gaz.orgs[r.key]
            e["alts"] |= {(a, "en" if a[:1].isascii() else "th") for a in g.alt_labels if a in surfaces}
            e["country"] = e["country"] or g.country
    for chain in chains:
        for child, parent in itertools.pairwise(chain):
            seen[child.key]["parent"] = parent.key
    for key, e in seen.items():
        g = gaz.orgs.get(key)
        if e["parent"] is None and g and g.parent in seen and g.parent != key:
            e["parent"] = g.parent  # known parent, named in the same article
        if e["parent"] is None and e.get("named_parent") in seen and e["named_parent"] != key:
            e["parent"] = e["named_parent"]  # a parent its name holds (สำนักงานยูเนสโก...), named there too
    for e in seen.values():
        # A unit belongs to the country of the nearest ancestor that has one.
        up, hops = e["parent"], 0
        while e["country"] is None and up in seen and hops < 10:
            e["country"] = seen[up]["country"]
            up, hops = seen[up]["parent"], hops + 1
    return {key: Entity(key, "org", dict(e["labels"]),
                        tuple(sorted(a for a in e["alts"] if a[0] not in e["labels"].values())),
                        parent=e["parent"], country=e["country"])
            for key, e in seen.items()}


def resolve(m: Mentions, gaz: Gazetteer) -> ArticleFacts:
    """Turn one article's mentions into entities, posts and events under article-independent keys."""
    art, text = m.article, m.article.text

    def evidence(pos: int, rule: str) -> Evidence:
        s, e = m.sentence_of(pos)
        return Evidence(text[s:e], s, e, rule)

    person_key, entities = _person_clusters(m, gaz)
    # An unqualified mention of a unit the article elsewhere names with its parent is that same unit.
    qualified = defaultdict(set)
    for chain in [t.orgs for t in m.titles] + m.chains:
        for o in chain:
            if "--" in o.key:
                qualified[o.key.split("--", 1)[0]].add(o.key)
    rekey = {k: next(iter(v)) for k, v in qualified.items() if len(v) == 1}
    whole = _cut_at_purpose(m.orgs)
    rekey |= _abbreviations(m.orgs) | _same_company(m.orgs) | _acronyms(m.orgs) | {k: o.key for k, o in whole.items()}
    for key, first in _same_name(m.orgs).items():
        rekey.setdefault(key, rekey.get(first, first))

    def requalify(ref: OrgRef) -> OrgRef:
        if (full := whole.get(ref.key)) is not None:  # named by its whole name, the cut one an alias
            ref = replace(ref, label=full.label, label_th=full.label_th, alt_labels=(ref.label, *ref.alt_labels))
        return replace(ref, key=rekey[ref.key]) if ref.key in rekey else ref

    m = replace_orgs(m, requalify)
    orgs = _org_entities(m.orgs + [ev.location for ev in m.events if ev.location], gaz,
                         [t.orgs for t in m.titles] + m.chains)
    posts: list[Post] = []
    person_org: dict[str, str] = {}
    title_holder: dict[int, str] = {}
    last_org_in_sentence: dict[tuple[int, int], str] = {}
    for pi, ti in sorted(m.posts, key=lambda x: m.persons[x[0]].start):
        if pi not in person_key:
            continue
        pk, t = person_key[pi], m.titles[ti]
        sent = m.sentence_of(m.persons[pi].start)
        org = t.orgs[0].key if t.orgs else None
        if org is None and inherits_org(t):
            org = last_org_in_sentence.get(sent)
            # อนุทิน ... รัฐมนตรีว่าการกระทรวงมหาดไทย ... นายอู๋ จื้ออู่ อัครราชทูตที่ปรึกษา: a foreign diplomat is no
            # colleague of the Thai official named before him.
            if org and orgs.get(org) and orgs[org].country == "TH" and foreign_person(m.persons[pi], gaz):
                org = None
        if org:
            last_org_in_sentence[sent] = org
            # ผู้รักษาราชการแทนรัฐมนตรีว่าการกระทรวงการต่างประเทศ: a minister named to stand in should the post fall
            # empty acts for his own ministry, not that one.
            if not t.title.startswith("ผู้รักษาราชการแทนรัฐมนตรี"):
                person_org.setdefault(pk, org)
        title_holder[ti] = pk
        # นายจำเริญ โพธิยอด ผู้แทนกระทรวงการคลัง: one who stands for a Thai agency (on a board, at a meeting) acts for it
        # but holds no post in it.
        if t.title == "ผู้แทน" and org and (o := orgs.get(org)) and o.country == "TH" and o.labels.get(
                "th", "").startswith(_GOVERNMENT_HEADS):
            continue
        posts.append(Post(pk, canonical_title(t.title, gaz), t.lang, org, evidence(m.persons[pi].start, "post:" + (
            "title-after-name" if t.start > m.persons[pi].start else "title-before-name"))))
    # An unattached title (นายกรัฐมนตรี) stands for the one person in the article who holds it.
    holders: dict[tuple[str, str | None], set[str]] = defaultdict(set)
    for p in posts:
        holders[(p.title, p.org)].add(p.person)
        holders[(p.title, None)].add(p.person)
    for ti, t in enumerate(m.titles):
        # ผู้แทนกระทรวงการคลัง: a representative or a member is one of many, whoever else the article names so.
        if ti in title_holder or t.title in _ONE_OF_MANY:
            continue
        who = holders.get((canonical_title(t.title, gaz), t.orgs[0].key if t.orgs else None), set())
        if len(who) == 1:
            title_holder[ti] = next(iter(who))

    events: list[Event] = []
    explicit: list[bool] = []
    back: list[bool] = []
    besides: list[bool] = []  # told as something else done (นอกจากนี้ ... ได้พบปะ...)
    along: set[str] = set()  # persons brought along with another (พร้อมด้วย)
    for n, dev in enumerate(m.events):
        d = dev.draft
        roles: dict[tuple[str, str], tuple[str, str | None, int]] = {}
        for part in dev.participations:
            agent: Agent = part.agent
            if agent.kind == "person":
                key = person_key.get(agent.index)
                kind = "person"
            elif agent.kind == "title":
                key = title_holder.get(agent.index)
                kind = "person"
            else:
                key = agent.org.key if agent.org else None
                kind = "org"
            if key is None:
                continue
            if kind == "person" and part.role == "Participant" and _ALONG_WITH.search(text, max(0, part.pos - 30),
                                                                                        part.pos):
                along.add(key)
            prev = roles.get((kind, key))
            if prev is None or ROLE_STRENGTH[part.role] > ROLE_STRENGTH[prev[0]]:
                roles[(kind, key)] = (part.role, person_org.get(key) if kind == "person" else None, part.pos)
        participations = tuple(
            Participation(key, kind, role, behalf, evidence(pos, f"role:{role}"))
            for (kind, key), (role, behalf, pos) in sorted(roles.items(), key=lambda x: x[1][2]))
        events.append(Event(
            key=f"{art.id}-e{n + 1}", type=d.type, date=d.date,
            evidence=evidence(d.trigger, f"event:{d.type}" + (IN_PASSING if d.in_passing else "")),
            label=_event_label(text, d.trigger, d.sentence[1]), ordinal=d.ordinal,
            programmes=tuple(dict.fromkeys(p.key for p in dev.programmes)),
            location=dev.location.key if dev.location else None, place=dev.place, mode=d.mode,
            participations=participations))
        explicit.append(d.explicit_date)
        back.append(_points_back(text, d))
        besides.append(BESIDES.match(text, d.sentence[0]) is not None)
    # The sentence that dates the event itself leads the merge: its roles beat a summary's.
    order = sorted(range(len(events)), key=lambda i: (not explicit[i], i))
    events = _merge_events([events[i] for i in order], [explicit[i] for i in order], [back[i] for i in order],
                           [besides[i] for i in order])
    programme_entities = {}
    for p in m.programmes:
        labels = {}
        if p.label_en:
            labels["en"] = p.label_en
        if p.label_th:
            labels["th"] = p.label_th
        labels.setdefault(p.lang, p.label)
        alts = tuple(sorted({(a, "en" if a[:1].isascii() else "th") for a in (p.label, *p.alt_labels)}
                            - {(v, k) for k, v in labels.items()}))
        if p.key in programme_entities:
            old = programme_entities[p.key]
            alts = tuple(sorted(set(old.alt_labels) | set(alts)))
            labels = {**labels, **old.labels}
        programme_entities[p.key] = Entity(p.key, "programme", labels, alts)
    orgs = _acting_or_known(orgs, posts, events, gaz)
    events = _called_on_in_headline(art.title, events, _people_names(entities))
    events = [_guests_by_country(ev, posts, orgs, along) for ev in events]
    # พระบาทสมเด็จพระบรมชนกาธิเบศร...: a royal who had died (royals.tsv's died) takes no part in an event dated after,
    # however the ceremony held in his name is told.
    died = {r.label_th: r.died for r in gaz.royals if r.died}
    gone = {person_key[pi]: died[p.name] for pi, p in enumerate(m.persons)
            if p.rule == "royal-name" and p.name in died and pi in person_key}
    if gone:
        events = [replace(ev, participations=tuple(pa for pa in ev.participations if not (
            pa.agent in gone and ev.date and ev.date > gone[pa.agent]))) for ev in events]
    people = {k: Entity(e.key, "person", e.labels, e.alt_labels, member_of=tuple(sorted(
        {p.org for p in posts if p.person == k and p.org})),
        country=_person_country(k, posts, orgs)) for k, e in entities.items()}
    countries = {c for c in [*(o.country for o in orgs.values()), *(p.country for p in people.values())] if c}
    country_entities = {c: Entity(c, "country", {"th": gaz.countries[c].label_th, "en": gaz.countries[c].label_en})
                        for c in countries if c in gaz.countries}
    used_programmes = {k for ev in events for k in ev.programmes}
    for k in list(programme_entities):
        if k not in used_programmes and programme_entities[k].labels.get("th", "").startswith("โครงการ"):
            del programme_entities[k]  # a project named in passing is not worth a node
    return ArticleFacts(art, tuple([*people.values(), *orgs.values(), *country_entities.values(),
                                    *programme_entities.values()]), tuple(posts), tuple(events))


_KNOWN_PATTERNS = ("embassy-", "consulate-general-", "o-company-")


def _acting_or_known(orgs: dict[str, Entity], posts: list[Post], events: list[Event],
                     gaz: Gazetteer) -> dict[str, Entity]:
    """The organisations worth a node: those that act in the article (a post's, a participant, the place of an
    event) with their parents, and those the gazetteers know or whose names say what they are (embassies,
    companies, another country's known ministry). A body read from a head word alone (คณะกรรมการ..., กองทุน...)
    and only mentioned is left out: cabinet summaries name dozens in passing."""
    keep = {p.org for p in posts if p.org} | {ev.location for ev in events if ev.location} | {
        pa.agent for ev in events for pa in ev.participations if pa.agent_kind == "org"}
    keep |= {k for k in orgs if k in gaz.orgs or k.split("-")[0] in gaz.orgs or k.startswith(_KNOWN_PATTERNS)}
    frontier = list(keep)
    while frontier:
        parent = orgs[k].parent if (k := frontier.pop()) in orgs else None
        if parent and parent not in keep:
            keep.add(parent)
            frontier.append(parent)
    return {k: v for k, v in orgs.items() if k in keep}


def canonical_title(title: str, gaz: Gazetteer) -> str:
    """A title written as an abbreviation (รมว., ผอ., ออท.) in the full form the gazetteer gives it, and one the
    site misspells spelt right, so that one post reads the same in every article; other titles as written."""
    hit = gaz.position_matcher.match_at(title, 0) if "." in title else None
    if hit and hit[0] == len(title) and hit[1].title_th and title in hit[1].alt_labels:
        return hit[1].title_th
    for wrong, right in MISSPELT_TITLES:
        title = title.replace(wrong, right)
    return title


def _abbreviations(refs: list[OrgRef]) -> dict[str, str]:
    """Names cut short (กระทรวงกิจการภายในฯ, สภาแห่งชาติ, กระทรวงการต่างประเทศฯ after กระทรวงการต่างประเทศบาห์เรน) of
    the one agency of the article whose full name they begin."""
    out = {}
    for r in refs:
        if r.rule == "head-word-abbreviated":
            full = {o.key for o in refs if o.key != r.key and o.rule != r.rule
                    and any(n.startswith(r.label) for n in (o.label, o.label_th, *o.alt_labels) if n)}
            if not full and r.label.startswith("บริษัท"):
                # บริษัทอินฟินีออนฯ after บริษัท Infineon Technologies AG: the article's one named company.
                full = {o.key for o in refs if o.rule.startswith("company-")}
        elif r.rule == "full-name-abbreviated":
            base = r.key.removesuffix(CUT)
            full = {o.key for o in refs if o.rule == "foreign-ministry" and o.key.startswith(f"{base}-")}
            out[r.key] = full.pop() if len(full) == 1 else base
            continue
        elif r.rule == "head-word-pattern" and not r.country:
            # สภาแห่งชาติ after สภาแห่งชาติเวียดนาม: the foreign agency named in short.
            full = {o.key for o in refs if o.key != r.key and o.country and o.country != "TH"
                    and o.rule == r.rule and (o.label_th or o.label).startswith(r.label)}
        else:
            continue
        if len(full) == 1:
            out[r.key] = full.pop()
    return out


# IHI Corporation, Siemens AG: the words that make a name a company's, not the name.
_CORPORATE_TAIL = re.compile(r"(?:[\s,]+(?:Corporation|Corp\.?|Co\.,?|Ltd\.?|Limited|Inc\.?|Incorporated|Group|Holdings"
                             r"|PLC|Public Company|Company|AG|SE|GmbH|S\.A\.))+$", re.IGNORECASE)


def _first_named(refs: list[OrgRef], names_of) -> dict[str, str]:
    """One key for the refs that share a name (``names_of(ref)``: its name keys, none to leave it out), the key of
    the first ref named so."""
    first: dict[str, str] = {}
    out: dict[str, str] = {}
    for r in refs:
        names = names_of(r)
        target = next((first[n] for n in names if n in first), out.get(r.key, r.key))
        if target != r.key:
            out[r.key] = target
        for n in names:
            first.setdefault(n, target)
    return out


def _company_names(r: OrgRef) -> set[str]:
    """A company's name keys, each with and without the words that make it a company's."""
    if not (r.rule.startswith("company-") or (r.rule == "latin-head-pattern" and _CORPORATE_TAIL.search(r.label))):
        return set()
    labels = (r.label, *r.alt_labels)
    return {name_key(n) for n in labels} | {name_key(c) for n in labels
                                            if len(c := _CORPORATE_TAIL.sub("", n).strip()) >= 2}


def _same_company(refs: list[OrgRef]) -> dict[str, str]:
    """Companies named two ways in one article (บริษัท Singtel; กลุ่มบริษัท Singapore Telecommunications Limited
    (Singtel); บริษัท IHI, IHI Corporation): one key for the names that share a name, with or without the words
    that make it a company's, the first-named one's."""
    return _first_named(refs, _company_names)


def _same_name(refs: list[OrgRef]) -> dict[str, str]:
    """สมาคมมิตรภาพไทย - จีน and สมาคมมิตรภาพไทย-จีน: an agency read by its head word, written twice with other spaces or
    dashes in one article, is one agency, the first-written one's key."""
    return _first_named(refs, lambda r: {name_key(r.label)} if r.rule in ("head-word-pattern", "unit-pattern")
                        else set())


def _cut_at_purpose(refs: list[OrgRef]) -> dict[str, OrgRef]:
    """คณะกรรมการปฏิรูปที่ดิน in an article that elsewhere names คณะกรรมการปฏิรูปที่ดินเพื่อเกษตรกรรม (ส.ป.ก.): a name read
    by its head word and cut at เพื่อ is the one agency of the article whose name goes on from there (its key to that
    agency's first mention)."""
    out = {}
    for r in refs:
        if r.rule == "head-word-pattern":
            longer = {o.key: o for o in refs if o.label.startswith(r.label + "เพื่อ")}
            if len(longer) == 1:
                out[r.key] = next(iter(longer.values()))
    return out


def _acronyms(refs: list[OrgRef]) -> dict[str, str]:
    """ผู้อำนวยการ ATCSW after ศูนย์อาเซียน... (ATCSW): an acronym read after a title is the agency the article
    gives that acronym to, when there is one."""
    out = {}
    for r in refs:
        if r.rule == "acronym-after-title":
            named = {o.key for o in refs if o.key != r.key and r.label in (o.label, *o.alt_labels)}
            if len(named) == 1:
                out[r.key] = named.pop()
    return out


def replace_orgs(m: Mentions, fn) -> Mentions:
    """The mentions with every organisation reference passed through ``fn``."""
    titles = [replace(t, orgs=tuple(fn(o) for o in t.orgs)) for t in m.titles]
    for ev in m.events:
        ev.location = fn(ev.location) if ev.location else None
        for p in ev.participations:
            if p.agent.org is not None:
                p.agent = replace(p.agent, org=fn(p.agent.org))
    return replace(m, titles=titles, orgs=[fn(o) for o in m.orgs],
                   chains=[tuple(fn(o) for o in chain) for chain in m.chains])


def _person_country(key: str, posts: list[Post], orgs: dict[str, Entity]) -> str | None:
    for p in posts:
        if p.person == key and p.org and orgs.get(p.org) and orgs[p.org].country:
            return orgs[p.org].country
    return None


_CALL_CUE = re.compile(r"เข้าพบ|เข้าเยี่ยมคารวะ|เยี่ยมคารวะ")


def _people_names(entities: dict[str, Entity]) -> dict[str, list[str]]:
    """Each person's forms: labels, other names and the given name."""
    return {k: [*e.labels.values(), *(a for a, _ in e.alt_labels), e.labels.get("th", "").split(" ")[0]]
            for k, e in entities.items()}


def _called_on_in_headline(title: str, events: list[Event], names: dict[str, list[str]]) -> list[Event]:
    """คณะ ส.ส. เยอรมนี เข้าพบรองเลขาธิการนายกรัฐมนตรีฯ นายอนุชา: talks the story tells of between those the
    headline says called on someone are that call, the one named after the cue its host."""
    cue = _CALL_CUE.search(title or "")
    story = events[0] if events else None
    if cue is None or story is None or story.type != "Meeting" or any(
            p.role in ("Host", "Guest", "Chair", "CoChair") for p in story.participations):
        return events
    after = title[cue.end():]
    hosts = {p.agent for p in story.participations if p.agent_kind == "person"
             and any(len(n) > 2 and n in after for n in names.get(p.agent, ()))}
    if len(hosts) != 1:
        return events
    visit = replace(story, type="Visit", participations=tuple(
        replace(p, role="Host") if p.agent in hosts else p for p in story.participations))
    return [visit, *events[1:]]


# ... พร้อมด้วย นางออร์นา ซากิฟ: who comes along with the guest takes part beside him (GUIDELINES.md).
_ALONG_WITH = re.compile(r"พร้อมด้วย\s?\S{0,12}\s?$")


def _guests_by_country(ev: Event, posts: list[Post], orgs: dict[str, Entity], along: set[str]) -> Event:
    """At a visit whose hosts' country is known, those of another country who take part are guests: all of them
    where no guest is named (รมว.ศธ. ให้การต้อนรับและหารือ...กับเอกอัครราชทูตประเทศต่าง ๆ), else those of a named
    guest's country not brought along with him (... เข้าเยี่ยมคารวะ ... โดยมี นาย X ผู้แทน... และคณะฯ เข้าร่วมคารวะ)."""
    if ev.type != "Visit":
        return ev
    # Hosts whose country the article does not give (an official of an agency it names no country for) are of the
    # others' country.
    hosts = {_person_country(p.agent, posts, orgs) for p in ev.participations if p.role == "Host"} - {None}
    if not hosts:
        return ev
    guests = {_person_country(p.agent, posts, orgs) for p in ev.participations if p.role == "Guest"}
    out = []
    for p in ev.participations:
        country = _person_country(p.agent, posts, orgs) if p.agent_kind == "person" else None
        guest = p.role == "Participant" and country and country not in hosts and (not guests or (
            country in guests and p.agent not in along))
        out.append(replace(p, role="Guest", evidence=replace(p.evidence, rule="role:Guest:of-another-country"))
                   if guest else p)
    return replace(ev, participations=tuple(out))


def _event_label(text: str, trigger: int, end: int) -> str:
    chunk = text[trigger:min(end, trigger + 140)]
    for stop in (" ผ่าน", " ณ ", " โดย", " เมื่อ", " ซึ่ง", " เพื่อ", " ระหว่างวันที่", " และ"):
        i = chunk.find(stop)
        if i > 10:
            chunk = chunk[:i]
    return chunk.strip()


def _points_back(text: str, d: EventDraft) -> bool:
    """Whether a sentence tells of an event told before: undated, it points back (ในครั้งนี้, ในโอกาสนี้, ในการหารือ);
    dated or not, it names those who joined it as well (ร่วมหารือด้วย) or were at today's talks (การหารือวันนี้ นายX)."""
    if not d.explicit_date and (POINTS_BACK.match(text, d.trigger, d.sentence[1]) is not None
                                or ON_THIS_OCCASION.match(text, d.sentence[0]) is not None
                                or IN_THE_TALKS.match(text, d.sentence[0]) is not None):
        return True
    if JOINED_TOO.match(text, d.trigger, d.sentence[1]) is not None and text.endswith(("ร่วม", "ร่วมการ"), 0, d.trigger):
        return True
    today = TODAYS_TALKS.match(text, d.sentence[0])
    return today is not None and d.trigger < today.end()


def _same_kind(a: Event, b: Event) -> bool:
    """Whether a later undated sentence may tell of event ``a`` as ``b``: the same type, or a call and the talks
    held at it (ยินดีที่ได้มีโอกาสพูดคุยหารือ after เข้าเยี่ยมคารวะ); a signing is an event of its own."""
    return a.type == b.type or {a.type, b.type} == {"Visit", "Meeting"}


def _merge_events(events: list[Event], explicit: list[bool] | None = None,
                  back: list[bool] | None = None, besides: list[bool] | None = None) -> list[Event]:
    """One event for the same happening told in several sentences: same type and date, or same date and
    shared participants; a sentence with no date of its own (ในการเข้าพบวันนี้) joins a dated event of its
    type that shares its people, or that it points back at (ร่วมพิธีลงนาม...ในครั้งนี้); one dated itself joins the
    one it points back at on the same day. Talks told as something
    else done (นอกจากนี้ X ได้พบปะ...) with people of their own are not the call before them."""
    merged: list[Event] = []
    for n, ev in enumerate(events):
        target = None
        undated = explicit is not None and not explicit[n]
        if back is not None and back[n]:
            # the first told: the story's own event, dated if any is; a sentence dated itself, on its day
            target = next((i for i, other in enumerate(merged) if _same_kind(other, ev) and other.date is not None
                           and (undated or other.date == ev.date)),
                          next((i for i, other in enumerate(merged) if _same_kind(other, ev) and not other.in_passing),
                               None) if undated else None)
        people = {p.agent for p in ev.participations if p.agent_kind == "person"}
        for i, other in enumerate(merged if target is None else ()):
            theirs = {p.agent for p in other.participations if p.agent_kind == "person"}
            shared = theirs & people
            if besides is not None and besides[n] and other.type != ev.type and people - theirs:
                continue
            # ... the meeting a call spoke of, told in the call's sentence, is no event the call's story goes on with.
            if undated and _same_kind(other, ev) and shared and not other.in_passing:
                target = i
                break
            if other.date != ev.date or other.date is None:
                continue
            if other.ordinal and ev.ordinal and other.ordinal != ev.ordinal:
                continue  # the 59th and the 4th meeting of the same day are two meetings
            if other.type != ev.type and other.evidence.start == ev.evidence.start:
                continue  # a call and the signing done at it, told of in one sentence, are two events
            if other.type == ev.type or shared:
                target = i
                break
        if target is None:
            merged.append(ev)
            continue
        other = merged[target]
        have = {(p.agent_kind, p.agent): p for p in other.participations}
        parts = list(other.participations)
        for p in ev.participations:
            old = have.get((p.agent_kind, p.agent))
            if old is None:
                parts.append(p)
            # X ขอบคุณ Y ที่ให้การต้อนรับ ... X และ Y ได้เป็นประธานร่วมประชุม...: who chairs a meeting says more of it than
            # who welcomed whom to it.
            elif (old.role == "Participant" and ROLE_STRENGTH[p.role] > ROLE_STRENGTH[old.role]) or (
                    other.type == "Meeting" and old.role in ("Host", "Guest") and p.role in ("Chair", "CoChair")):
                parts[parts.index(old)] = p
        merged[target] = Event(
            other.key, other.type, other.date, other.evidence, other.label,
            other.ordinal or (ev.ordinal if ev.type == other.type else None),  # a meeting's number is no call's
            tuple(dict.fromkeys((*other.programmes, *ev.programmes))), other.location or ev.location,
            other.place or ev.place, other.mode or ev.mode, tuple(parts))
    # An event with no one taking part is kept for its programme when dated, or when it is a framework's meeting a
    # call spoke of (its programme is what the words say of it).
    keep = sorted((ev for ev in merged if ev.participations or (ev.programmes and (ev.date or ev.in_passing))),
                  key=lambda ev: ev.evidence.start)
    return [Event(f"{ev.key.rsplit('-e', 1)[0]}-e{i + 1}", ev.type, ev.date, ev.evidence, ev.label, ev.ordinal,
                  ev.programmes, ev.location, ev.place, ev.mode, ev.participations) for i, ev in enumerate(keep)]


def attested(facts: ArticleFacts) -> dt.date | None:
    """The date an article's posts are attested on: its first event's date, else its publication date."""
    return next((ev.date for ev in facts.events if ev.date), None) or facts.article.published
