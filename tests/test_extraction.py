"""Extraction rules on real Thai sentences (from ../shared/corpus/diplomatic_400.jsonl, trimmed), and the gold
set's floors: what the rules learned from the tuning half must keep holding, on both halves."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DIPLOMATIC, GOLD, ROOT, SCORER, SHARED, need

from kg.extract.events import planned
from kg.extract.orgs import find_orgs
from kg.extract.persons import (
    find_bylines,
    find_latin_names_before_titles,
    find_monarchs,
    find_persons,
    find_thai_names_before_titles,
)
from kg.extract.posts import title_at
from kg.extract.programmes import find_programmes, held_under
from kg.gazetteer import load
from kg.graph import ENTITY_PATH, article_quads, node
from kg.ingest import make_article
from kg.pipeline import article_facts
from kg.vocab import KG


def facts(body: str, published: str = "2022-07-27"):
    return article_facts(make_article(f"ข่าว\n\n{body}", source="t", id="t",
                                      published=dt.date.fromisoformat(published)))


def labels_of(f) -> dict[str, str]:
    """Each entity's Thai label, else its English one, by key."""
    return {e.key: e.labels.get("th") or e.labels.get("en") for e in f.entities}


def only_event(f) -> tuple[str, dict[str, str]]:
    """The type of an article's one event and the role of everyone named in it."""
    names = labels_of(f)
    (event,) = f.events
    return event.type, {names[p.agent]: p.role for p in event.participations if p.agent_kind == "person"}


def posts_of(body: str, published: str = "2022-07-27") -> set[tuple[str, str]]:
    """Each post the body gives as (holder's name, title)."""
    f = facts(body, published)
    names = labels_of(f)
    return {(names[p.person], p.title) for p in f.posts}


def unit_and_parent(f, label_th: str):
    """The organisation of built facts labelled ``label_th`` and the organisation it is part of."""
    orgs = {e.key: e for e in f.entities if e.kind == "org"}
    unit = next(e for e in orgs.values() if e.labels.get("th") == label_th)
    return unit, orgs[unit.parent]


def post_triples(f) -> set[tuple[str, str, str | None]]:
    """Each post of built facts as (holder's name, title, its agency's label)."""
    names = labels_of(f)
    return {(names[p.person], p.title, names.get(p.org)) for p in f.posts}


def seats(f) -> list[tuple[str, str]]:
    """The posts of built facts that name their agency, as sorted (title, agency's label): a delegation order's
    seats."""
    names = labels_of(f)
    return sorted((p.title, names[p.org]) for p in f.posts if p.org)


def event_people(f, by=lambda e: e.type) -> list[tuple[str, list[str]]]:
    """Each event of built facts, told by ``by`` (its type), with the names of the persons taking part; sorted."""
    names = labels_of(f)
    return sorted((by(e), sorted(names[p.agent] for p in e.participations if p.agent_kind == "person"))
                  for e in f.events)


def roles(body: str, published: str = "2022-07-27") -> dict[str, str]:
    f = facts(body, published)
    names = labels_of(f)
    return {names[p.agent]: p.role for ev in f.events for p in ev.participations if p.agent_kind == "person"}


# Each: the sentence, its publication date, and the role of everyone named in it.
ROLE_CASES = {
    "the_party_welcomed_is_named_after_โดยมี": (
        "วันนี้ (14พ.ย.59) เวลา 10.30 น. ที่ห้องรับรองกระทรวงมหาดไทย พลตำรวจโทณัฐพิชย์ สนิทวงศ์ ณ อยุธยา ผู้ช่วยรัฐมนตรี"
        "ประจำกระทรวงมหาดไทย ให้การต้อนรับ คณะเจ้าแขวงจำปาสักและแขวงสะหวันนะเขต ในโอกาสเดินทางมาเยือนกระทรวงมหาดไทย "
        "โดยมี Mr. Bounthong Dyvixay เจ้าแขวงจำปาสัก Mr. Santiphab Phomvihane เจ้าแขวงสะหวันนะเขต พร้อมด้วย คณะฝ่ายไทย "
        "โดยมี นายกิตติ ขันธมิตร ผู้ตรวจราชการกระทรวงมหาดไทย เข้าร่วม", "2016-11-14",
        {"ณัฐพิชย์ สนิทวงศ์ ณ อยุธยา": "Host", "Bounthong Dyvixay": "Guest", "Santiphab Phomvihane": "Guest",
         "กิตติ ขันธมิตร": "Participant"}),
    "the_hosts_side_is_named_after_โดยมี_when_the_party_was_named_before": (
        "วันนี้ (31 พฤษภาคม 2565) นายแพทย์เกียรติภูมิ วงศ์รจิต ปลัดกระทรวงสาธารณสุข ให้การต้อนรับ คณะผู้เชี่ยวชาญองค์การ"
        "อนามัยโลก นำโดย Dr.Vineet Bhatia ในโอกาสเข้าเยี่ยมคารวะ และหารือ โดยมีนายแพทย์โอภาส การย์กวินพงศ์ "
        "อธิบดีกรมควบคุมโรค", "2022-05-31",
        {"เกียรติภูมิ วงศ์รจิต": "Host", "Vineet Bhatia": "Guest", "โอภาส การย์กวินพงศ์": "Participant"}),
    "a_call_received_is_a_welcome_and_who_pays_it_is_the_guest": (
        "เมื่อ 23 พ.ย.61 เวลา 0840 น. พล.อ.ประวิตร วงษ์สุวรรณ รอง นรม. และ รมว.กห. ได้ให้การต้อนรับการเยี่ยมคารวะของ "
        "นายพอล โรบิลลียาร์ด ( Paul Robilliard ) พร้อมคณะ ในโอกาสอำลาตำแหน่ง ณ ศาลาว่าการกลาโหม",
        "2018-11-23", {"ประวิตร วงษ์สุวรรณ": "Host", "พอล โรบิลลียาร์ด": "Guest"}),
    "one_who_received_a_call_from_another_hosts_him": (
        "วันนี้ (23 พฤศจิกายน 2561) พลเอก ประวิตร วงษ์สุวรรณ รองนายกรัฐมนตรี ได้รับการเยี่ยมคารวะจาก นายพอล โรบิลลียาร์ด "
        "เอกอัครราชทูตออสเตรเลียประจำประเทศไทย", "2018-11-23", {"ประวิตร วงษ์สุวรรณ": "Host", "พอล โรบิลลียาร์ด": "Guest"}),
    "those_named_with_the_host_who_join_the_welcome_host_too": (
        "วันนี้ (22 สิงหาคม 2561) พลเอก สุรศักดิ์ กาญจนรัตน์ รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม "
        "พร้อมด้วย นายวิจารย์ สิมาฉายา ปลัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม ร่วมให้การต้อนรับ "
        "นางนาโอมิ โทกาชิกิ รัฐมนตรีช่วยว่าการกระทรวงสิ่งแวดล้อมญี่ปุ่น และคณะ ในโอกาสเข้าเยี่ยมคารวะ",
        "2018-08-22", {"สุรศักดิ์ กาญจนรัตน์": "Host", "วิจารย์ สิมาฉายา": "Host", "นาโอมิ โทกาชิกิ": "Guest"}),
    "who_is_called_on_hosts_though_others_named_after_มี_join_later": (
        "เมื่อวันที่ 16 ก.ย. 62 นายแพทย์แดเนียล เคอร์เทสซ์ ผู้แทนองค์การอนามัยโลกประจำประเทศไทย เข้าเยี่ยมคารวะ "
        "พลเอก อนุพงษ์ เผ่าจินดา รัฐมนตรีว่าการกระทรวงมหาดไทย เพื่อร่วมหารือใน 4 ประเด็น ซึ่งการหารือในครั้งนี้"
        "มีนายเชษฐา โมสิกรัตน์ รองอธิบดีกรมป้องกันและบรรเทาสาธารณภัย เข้าร่วมด้วย",
        "2019-09-17", {"แดเนียล เคอร์เทสซ์": "Guest", "อนุพงษ์ เผ่าจินดา": "Host", "เชษฐา โมสิกรัตน์": "Participant"}),
    "who_tells_of_the_call_paid_him_hosts_it": (
        "วันนี้ (22 ธันวาคม 2565) นายอิทธิพล คุณปลื้ม รัฐมนตรีว่าการกระทรวงวัฒนธรรม กล่าวภายหลังที่นายนาเคศ สิงห์ "
        "(H.E. Mr. Nagesh Singh) เอกอัครราชทูตสาธารณรัฐอินเดียประจำประเทศไทย เข้าเยี่ยมคารวะและได้หารือ",
        "2022-12-22", {"อิทธิพล คุณปลื้ม": "Host", "นาเคศ สิงห์": "Guest"}),
    "who_lets_a_guest_call_on_him_hosts_even_with_his_party_named_first": (
        "วันนี้ (26 กรกฎาคม 2565) นายชยธรรม์ พรหมศร ปลัดกระทรวงคมนาคม พร้อมด้วย นางจตุพร เนียมสุข "
        "ผู้ช่วยปลัดกระทรวงคมนาคม ให้ นายยอน ทัวร์กอร์ด เอกอัครราชทูตราชอาณาจักรเดนมาร์กประจำประเทศไทย "
        "เข้าพบเพื่อร่วมหารือนโยบายด้านการคมนาคมขนส่งทางน้ำ",
        "2022-07-27", {"ชยธรรม์ พรหมศร": "Host", "จตุพร เนียมสุข": "Participant", "ยอน ทัวร์กอร์ด": "Guest"}),
    "who_lets_a_party_named_by_its_post_call_on_him_hosts": (
        "วันนี้ (30 สิงหาคม 2560) นายอุตตม สาวนายน รัฐมนตรีว่าการกระทรวงอุตสาหกรรม ให้สมาชิกรัฐสภาออสเตรีย นำโดย "
        "Mr.Werner Amon เลขาธิการพรรค Austrian People’s Party (OVP) เข้าพบ เพื่อเยี่ยมคารวะ",
        "2017-08-30", {"อุตตม สาวนายน": "Host", "Werner Amon": "Guest"}),
    "who_hosts_a_luncheon_in_anothers_honour_hosts_him_and_those_at_it_take_part": (
        "เมื่อวันที่ 14 พฤษภาคม 2561 นายสมคิด จาตุศรีพิทักษ์ รองนายกรัฐมนตรีเป็นเจ้าภาพงานเลี้ยงอาหารกลางวันเพื่อเป็นเกียรติแก่"
        "นางแคร์รี หล่ำ (Carrie Lam) ผู้บริหารสูงสุดเขตบริหารพิเศษฮ่องกงในโอกาสเยือนไทย\nทั้งนี้ ในงานเลี้ยงอาหารกลางวันดังกล่าว "
        "มีนายอุตตม สาวนายน รัฐมนตรีว่าการกระทรวงอุตสาหกรรม และนายกลินท์ สารสิน ประธานสภาหอการค้าแห่งประเทศไทย เข้าร่วมด้วย",
        "2018-05-14", {"สมคิด จาตุศรีพิทักษ์": "Host", "แคร์รี หล่ำ": "Guest", "อุตตม สาวนายน": "Participant",
                       "กลินท์ สารสิน": "Participant"}),
    "those_a_later_paragraph_opening_with_โดยมี_says_attended_take_part": (
        "ในวันศุกร์ที่ 23 มีนาคม 2561 พลอากาศเอก ประจิน จั่นตอง รองนายกรัฐมนตรี ให้การต้อนรับ นายฟรันเชสโก ซาเวรีโอ นีซีโอ "
        "เอกอัครราชทูตอิตาลีประจำประเทศไทย ในโอกาสเข้าเยี่ยมคารวะ\nนอกจากนี้ ยังได้กล่าวถึงความร่วมมือทางกฎหมายด้วย\n"
        "โดยมี นายวิทยา สุริยะวงค์ รองปลัดกระทรวงยุติธรรม และผู้ที่เกี่ยวข้อง เข้าร่วมฯ",
        "2018-03-23", {"ประจิน จั่นตอง": "Host", "ฟรันเชสโก ซาเวรีโอ นีซีโอ": "Guest", "วิทยา สุริยะวงค์": "Participant"}),
    "those_a_paragraph_opening_with_โดย_says_attended_take_part": (
        "เมื่อวันที่ 9 เม.ย. ที่ผ่านมา นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรี ให้การต้อนรับ นางศรียานี วิชยันติ "
        "เอกอัครราชทูตศรีลังกาประจำประเทศไทย\nโดย น.ส.ไตรศุลี ไตรสรณกุล เลขานุการ รมว.มหาดไทย "
        "พร้อมด้วยข้าราชการที่เกี่ยวข้อง เข้าร่วม",
        "2025-04-10", {"อนุทิน ชาญวีรกูล": "Host", "ศรียานี วิชยันติ": "Guest", "ไตรศุลี ไตรสรณกุล": "Participant"}),
    "those_who_join_in_paying_the_call_are_guests_too": (
        "เมื่อวันที่ 16 ต.ค. 66 เวลา 13.30 น. ณ ห้องรับรองรัฐมนตรีว่าการกระทรวงมหาดไทย นายฟิลิปโป กรันดี "
        "ข้าหลวงใหญ่ผู้ลี้ภัยแห่งสหประชาชาติ เข้าเยี่ยมคารวะนายอนุทิน ชาญวีรกูล รัฐมนตรีว่าการกระทรวงมหาดไทย "
        "โดยมี นายจูเซปเป เด วินเซนติส ผู้แทนข้าหลวงใหญ่ผู้ลี้ภัยแห่งสหประชาชาติ ประจำประเทศไทย และคณะฯ เข้าร่วมคารวะ",
        "2023-10-17", {"ฟิลิปโป กรันดี": "Guest", "อนุทิน ชาญวีรกูล": "Host", "จูเซปเป เด วินเซนติส": "Guest"}),
    "one_named_right_after_a_planned_call_takes_no_part_in_the_call_told_of": (
        "กระทรวงศึกษาธิการได้ให้การต้อนรับนางอิรินา โบโกว่า ผู้อำนวยการใหญ่องค์การยูเนสโก โดยได้จัดงานเลี้ยงต้อนรับ"
        "ในช่วงค่ำของวันอาทิตย์ที่ 27 สิงหาคมที่ผ่านมา และนางอิรินา โบโกว่า มีกำหนดการเข้าเยี่ยมคารวะ "
        "พล.อ.ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี ในวันอังคารที่ 29 สิงหาคม 2560 ที่ทำเนียบรัฐบาล",
        "2017-08-29", {"อิรินา โบโกว่า": "Guest"}),
    "who_thanks_another_for_the_welcome_was_the_guest": (
        "วันนี้ (15 มกราคม 2568) นายลอเรนซ์ หว่อง เอกอัครราชทูตสิงคโปร์ประจำประเทศไทย กล่าวขอบคุณ นายภูมิธรรม เวชยชัย "
        "รองนายกรัฐมนตรี ที่ได้ให้การต้อนรับ",
        "2025-01-15", {"ลอเรนซ์ หว่อง": "Guest", "ภูมิธรรม เวชยชัย": "Host"}),
    "a_name_in_brackets_read_alone_holds_the_title_after_them_not_the_host": (
        "วันนี้ (25 พ.ค. 2561) เวลา 13.30 น. ณ ห้องสีงาช้าง ตึกไทยคู่ฟ้า ทำเนียบรัฐบาล ดาโช เชริง โตบเกย์ "
        "(H.E. Dasho Tshering Tobgay) นายกรัฐมนตรีราชอาณาจักรภูฏาน เข้าเยี่ยมคารวะ พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี",
        "2018-05-25", {"Tshering Tobgay": "Guest", "ประยุทธ์ จันทร์โอชา": "Host"}),
    "those_who_join_the_event_too_take_part_beside_the_guest_and_the_host": (
        "วันนี้ (5 กรกฎาคม 2566) นายวิษณุ ทับเที่ยง หัวหน้าผู้ตรวจราชการกระทรวงอุตสาหกรรม เดินทางเยือนโรงงานผลิตแบตเตอรี่ "
        "โดยมีนายดุสิต อนันตรักษ์ ผู้อำนวยการศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร นายนฤตม์ เทอดสถีรศักดิ์ "
        "เลขาธิการสำนักงานคณะกรรมการส่งเสริมการลงทุน ร่วมงานด้วย และมี Mr. Yang Hongxin, Chairman and CEO of "
        "SVOLT Energy ให้การต้อนรับ",
        "2023-07-06", {"วิษณุ ทับเที่ยง": "Guest", "ดุสิต อนันตรักษ์": "Participant",
                       "นฤตม์ เทอดสถีรศักดิ์": "Participant", "Yang Hongxin": "Host"}),
    "those_named_with_the_host_who_welcome_too_are_hosts": (
        "วันนี้ (25 ก.พ. 65) ณ ห้องรับรองรัฐมนตรีว่าการกระทรวงมหาดไทย พลเอก อนุพงษ์ เผ่าจินดา รัฐมนตรีว่าการกระทรวง"
        "มหาดไทย ให้การต้อนรับ นายมาร์ก กุดดิง (Mr. Mark Gooding) เอกอัครราชทูตสหราชอาณาจักรประจำประเทศไทย และคณะ "
        "พร้อมด้วยนายนิรัตน์ พงษ์สิทธิถาวร รองปลัดกระทรวงมหาดไทย และนายพิริยะ ฉันทดิลก รองอธิบดีกรมการปกครอง "
        "ร่วมให้การต้อนรับ ในโอกาสเข้ารับหน้าที่",
        "2022-02-25", {"อนุพงษ์ เผ่าจินดา": "Host", "มาร์ก กุดดิง": "Guest", "นิรัตน์ พงษ์สิทธิถาวร": "Host",
                       "พิริยะ ฉันทดิลก": "Host"}),
    "the_successor_introduced_at_a_farewell_call_calls_too": (
        "นายศักดิ์สยาม ชิดชอบ รัฐมนตรีว่าการกระทรวงคมนาคม ให้ Mr. MORITA Takahiro, Chief Representative, JICA Thailand "
        "เข้าพบในโอกาสพ้นจากตำแหน่งหน้าที่ และแนะนำ Chief Representative คนใหม่ Mr. SUZUKI Kazuya",
        "2022-09-26", {"ศักดิ์สยาม ชิดชอบ": "Host", "MORITA Takahiro": "Guest", "SUZUKI Kazuya": "Guest"}),
    "the_host_named_after_โดยมี_and_the_visitor_before_it": (
        "ในวันจันทร์ที่ 6 พฤษภาคม 2567 พันตำรวจเอก ทวี สอดส่อง รัฐมนตรีว่าการกระทรวงยุติธรรม พร้อมด้วย "
        "นายนิยม เติมศรีสุข ผู้ช่วยรัฐมนตรีประจำกระทรวงยุติธรรม เดินทางมาที่สถานเอกอัครราชทูตสาธารณรัฐโปรตุเกส"
        "ประจำราชอาณาจักรไทย เพื่อหารือข้อราชการ โดยมี นายวาชกู คาร์วัลยอซา คอสต้า รองหัวหน้าคณะทูต "
        "ให้การต้อนรับ",
        "2024-05-07", {"ทวี สอดส่อง": "Guest", "นิยม เติมศรีสุข": "Participant", "วาชกู คาร์วัลยอซา คอสต้า": "Host"}),
    "chairing_together_with_someone_is_co_chairing": (
        "วันที่ 14 กุมภาพันธ์ 2568 นางปิยนุช วุฒิสอน รองปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
        "ได้เข้าร่วมการประชุมคณะกรรมการฯ และทำหน้าที่เป็นประธานการประชุมฯ ร่วมกับ Ms. Soohyun Kim "
        "ผู้อำนวยการสำนักงานยูเนสโกส่วนภูมิภาค",
        "2025-02-15", {"ปิยนุช วุฒิสอน": "CoChair", "Soohyun Kim": "CoChair"}),
    "chairing_together_with_one_named_in_brackets_after_his_title_is_co_chairing": (
        "วันนี้ (17 พฤศจิกายน 2564) นายแพทย์สุระ วิเศษศักดิ์ รองปลัดกระทรวงสาธารณสุข เป็นประธานการประชุม "
        "ร่วมกับเอกอัครราชทูตอิตาลีประจำประเทศไทย (His Excellency Mr. Lorenzo Galanti) ณ กระทรวงสาธารณสุข",
        "2021-11-17", {"สุระ วิเศษศักดิ์": "CoChair", "Lorenzo Galanti": "CoChair"}),
    "who_sends_another_takes_no_part": (
        "(เมื่อวันที่ 10 มี.ค. 65) ดร.เฉลิมชัย ศรีอ่อน รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ ได้มอบหมายให้ "
        "ดร.ทองเปลว กองจันทร์ ปลัดกระทรวงเกษตรและสหกรณ์ เข้าพบนายเซฟ อัล ชารา (Mr. Saif Al Sharaa)",
        "2022-03-11", {"ทองเปลว กองจันทร์": "Guest", "เซฟ อัล ชารา": "Host"}),
    "a_list_of_people_after_a_dangling_โดยมี_takes_part": (
        "วันนี้ (15 มกราคม 2568) 16.00 น. ณ ทำเนียบรัฐบาล นางสาวแพทองธาร ชินวัตร นายกรัฐมนตรี "
        "เป็นประธานร่วมบันทึกภาพเนื่องในโอกาสประเทศไทยประกาศใช้กฎหมายสมรสเท่าเทียม โดยมี\n"
        "นางสาวจิราพร สินธุไพร รัฐมนตรีประจำสำนักนายกรัฐมนตรี นายมาริษ เสงี่ยมพงษ์ "
        "รัฐมนตรีว่าการกระทรวงการต่างประเทศ ร่วมบันทึกภาพ",
        "2025-01-15", {"แพทองธาร ชินวัตร": "CoChair", "จิราพร สินธุไพร": "Participant",
        "มาริษ เสงี่ยมพงษ์": "Participant"}),
    "one_acting_as_spokesperson_tells_of_the_call_and_takes_no_part": (
        "วันนี้ (26 พฤษภาคม 2566) นายวัลแดมาร์ ดูบายอฟสกี เอกอัครราชทูตสาธารณรัฐโปแลนด์ประจำประเทศไทย "
        "เข้าเยี่ยมคารวะ พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี โดยภายหลังเสร็จสิ้นการหารือ นายอนุชา บูรพชัยศรี "
        "รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง ปฏิบัติหน้าที่โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยสาระสำคัญ ดังนี้",
        "2023-05-26", {"วัลแดมาร์ ดูบายอฟสกี": "Guest", "ประยุทธ์ จันทร์โอชา": "Host"}),
    "an_assistant_spokesperson_tells_of_the_call_and_takes_no_part": (
        "วันนี้ (30 ส.ค.60) เวลา 13.30 น. พลเอก อาวุโส มิน อ่อง ไหล่ ผู้บัญชาการทหารสูงสุดกองทัพแห่งสาธารณรัฐแห่งสหภาพเมียนมา "
        "เข้าเยี่ยมคารวะ พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี ณ ห้องสีม่วง ตึกไทยคู่ฟ้า ทำเนียบรัฐบาล ภายหลังเสร็จสิ้นการหารือ "
        "พันเอก อธิสิทธิ์ ไชยนุวัติ ผู้ช่วยโฆษกประจำสำนักนายกรัฐมนตรี กล่าวสรุปสาระสำคัญการหารือ ดังนี้",
        "2017-08-30", {"มิน อ่อง ไหล่": "Guest", "ประยุทธ์ จันทร์โอชา": "Host"}),
    "who_attends_a_reception_given_by_a_host_is_the_guest": (
        "วันที่ 2 มิถุนายน 2568 เวลา 18.30 น. นายสรวงศ์ เทียนทอง รัฐมนตรีว่าการกระทรวงการท่องเที่ยวและกีฬา "
        "พร้อมด้วยนางญาณิกา เทียนทอง เข้าร่วมงานเลี้ยงรับรองเนื่องในโอกาสวันชาติสาธารณรัฐอิตาลี "
        "ณ ศูนย์การประชุมแห่งชาติสิริกิติ์ โดยมี นายเปาโล ดีโอนีซี เอกอัครราชทูตสาธารณรัฐอิตาลีประจำประเทศไทย "
        "ให้การต้อนรับ",
        "2025-06-03", {"สรวงศ์ เทียนทอง": "Guest", "ญาณิกา เทียนทอง": "Participant", "เปาโล ดีโอนีซี": "Host"}),
    "who_joins_in_receiving_a_guest_hosts_too": (
        "เมื่อวันที่ 15 มีนาคม 2565 นายสุทธิพงษ์ จุลเจริญ ปลัดกระทรวงมหาดไทย ให้การต้อนรับ นายไมเคิล ฮีธ "
        "อุปทูตสถานเอกอัครราชทูตสหรัฐอเมริกาประจำประเทศไทย โดยมี นายมานะ สิมมา รองอธิบดีกรมการปกครอง "
        "ร่วมให้การต้อนรับ",
        "2022-03-15", {"สุทธิพงษ์ จุลเจริญ": "Host", "ไมเคิล ฮีธ": "Guest", "มานะ สิมมา": "Host"}),
    "who_opens_the_door_to_a_call_hosts_it": (
        "วันที่ 21 พฤษภาคม 2568 เวลา 15.00 น. นายสรวงศ์ เทียนทอง รัฐมนตรีว่าการกระทรวงท่องเที่ยวและกีฬา เปิดโอกาสให้ "
        "นายโอตากะ มาซาโตะ เอกอัครราชทูตญี่ปุ่นประจำประเทศไทย พร้อมคณะเจ้าหน้าที่ เข้าเยี่ยมคารวะ",
        "2025-05-21", {"สรวงศ์ เทียนทอง": "Host", "โอตากะ มาซาโตะ": "Guest"}),
    "who_grants_a_call_hosts_it_however_อนุญาต_is_spelt": (
        "วันนี้ (วันศุกร์ที่ 19 มกราคม 2561) เวลา 13.30 น. พลเอก ฉัตรชัย สาริกัลป์ยะ รองนายกรัฐมนตรี อนุญาติให้นายเหวียน "
        "หาย บั่ง (H.E. Mr. Nguyen Hai Bang) เอกอัครราชทูตเวียดนามประจำประเทศไทย เข้าเยี่ยมคารวะ ในโอกาสเข้ารับตำแหน่ง",
        "2018-01-19", {"ฉัตรชัย สาริกัลป์ยะ": "Host", "เหวียน หาย บั่ง": "Guest"}),
    "those_named_after_the_welcome_who_join_too_take_part": (
        "เมื่อวันที่ 7 ธันวาคม 2564 นายสุชาติ ชมกลิ่น รัฐมนตรีว่าการกระทรวงแรงงาน ตรวจเยี่ยมฝ่ายแรงงาน "
        "ประจำสถานเอกอัครราชทูต ณ กรุงอาบูดาบี โดยมี นายวราวุธ ภู่อภิญญา เอกอัครราชทูต ณ กรุงอาบูดาบี ให้การต้อนรับ "
        "นางเธียรรัตน์ นะวะมะวัฒน์ โฆษกกระทรวงแรงงาน นายบุญชอบ สุทธมนัสวงษ์ ปลัดกระทรวงแรงงาน เข้าร่วมด้วย",
        "2021-12-08", {"สุชาติ ชมกลิ่น": "Guest", "วราวุธ ภู่อภิญญา": "Host", "เธียรรัตน์ นะวะมะวัฒน์": "Participant",
                       "บุญชอบ สุทธมนัสวงษ์": "Participant"}),
    "who_opens_a_festival_chairs_a_meeting": (
        "เมื่อวันที่ 9 ธันวาคม 2566 นายเศรษฐา ทวีสิน นายกรัฐมนตรี เป็นประธานพิธีเปิดงานมหกรรมศิลปะร่วมสมัยระดับนานาชาติ "
        "Thailand Biennale, Chiang Rai 2023 โดยมีนายเสริมศักดิ์ พงษ์พานิช รัฐมนตรีว่าการกระทรวงวัฒนธรรม เข้าร่วมงาน",
        "2023-12-13", {"เศรษฐา ทวีสิน": "Chair", "เสริมศักดิ์ พงษ์พานิช": "Participant"}),
    "who_inspects_a_place_visits_it": (
        "เมื่อวันที่ 14 ธันวาคม 2560 พล.ต.อ.อดุลย์ แสงสิงแก้ว รัฐมนตรีว่าการกระทรวงแรงงาน พร้อมด้วย นายจรินทร์ จักกะพาก "
        "ปลัดกระทรวงแรงงาน ลงพื้นที่ตรวจเยี่ยมศูนย์พิสูจน์สัญชาติกัมพูชา ณ ศูนย์การค้าอิมพีเรียล เวิลด์ ลาดพร้าว",
        "2017-12-14", {"อดุลย์ แสงสิงแก้ว": "Guest", "จรินทร์ จักกะพาก": "Participant"}),
    "who_tells_of_talks_after_them_names_no_roles_in_what_he_said": (
        "วันนี้ (14 มิถุนายน 2565) ดร.ทองเปลว กองจันทร์ ปลัดกระทรวงเกษตรและสหกรณ์ เปิดเผยภายหลังหารือด้านการเกษตรกับ"
        "นายคริส ทีนนิ่ง (Mr. Chris Tinning) ผู้ช่วยปลัดด้านการค้าและการต่างประเทศ พร้อมคณะ โดยมีนายสมชวน รัตนมังคลานนท์ "
        "รองปลัดกระทรวงเกษตรและสหกรณ์ ณ ห้องรับรองกระทรวงเกษตรและสหกรณ์ ว่า กระทรวงเกษตรและสหกรณ์มีความยินดีที่ได้ต้อนรับ "
        "นายคริส ทีนนิ่ง และคณะ",
        "2022-06-14", {"ทองเปลว กองจันทร์": "Participant", "คริส ทีนนิ่ง": "Participant",
                       "สมชวน รัตนมังคลานนท์": "Participant"}),
    "the_partner_of_a_plan_takes_no_part_yet": (
        "วันที่ 18 ตุลาคม 2566 นางพวงเพ็ชร ชุนละเอียด รัฐมนตรีประจำสำนักนายกรัฐมนตรี เดินทางเยือนสาธารณรัฐประชาชนจีน "
        "โดยมีกำหนดลงนามร่วมกับ นายเซิ่น ไห่สง ผู้อำนวยการกลุ่มสื่อแห่งชาติจีน",
        "2023-10-18", {"พวงเพ็ชร ชุนละเอียด": "Guest"}),
    "those_one_sends_regards_to_are_elsewhere": (
        "วันนี้ (29 มกราคม 2567) นายหวัง อี้ รัฐมนตรีว่าการกระทรวงการต่างประเทศจีน เข้าเยี่ยมคารวะ นายเศรษฐา ทวีสิน "
        "นายกรัฐมนตรี โดยนายกรัฐมนตรีฝากความระลึกถึงและปรารถนาดีไปยังนายสี จิ้นผิง ประธานาธิบดีแห่งสาธารณรัฐประชาชนจีน "
        "และนายหลี่ เฉียง นายกรัฐมนตรีสาธารณรัฐประชาชนจีน และยินดีสำหรับการลงนามความตกลง",
        "2024-01-29", {"หวัง อี้": "Guest", "เศรษฐา ทวีสิน": "Host"}),
    "who_tells_after_a_trip_that_he_called_on_someone_is_the_guest": (
        "วันนี้ (1 มิถุนายน 2561) นายพิศิษฐ์ เสรีวิวัฒนา กรรมการผู้จัดการ ธนาคารเพื่อการส่งออกและนำเข้าแห่งประเทศไทย "
        "เปิดเผยภายหลังเดินทางกลับจากเวียดนาม ว่า ได้เข้าพบนายเหงียน วัน บิ่ญ ผู้ว่าการธนาคารกลางเวียดนาม",
        "2018-06-01", {"พิศิษฐ์ เสรีวิวัฒนา": "Guest", "เหงียน วัน บิ่ญ": "Host"}),
    "those_who_came_to_welcome_are_not_the_subject": (
        "วันนี้ (8 พฤศจิกายน 2560) คณะของรองนายกรัฐมนตรี ซึ่งประกอบด้วย นางปัทมา เธียรวิศิษฎ์สกุล "
        "รองเลขาธิการคณะกรรมการพัฒนาการเศรษฐกิจและสังคมแห่งชาติ นายพิริยะ เข็มพล เอกอัครราชทูตไทย ณ กรุงปักกิ่ง "
        "ได้พบปะตัวแทนนักศึกษาไทยที่ได้รับทุนข้าราชการที่มาให้การต้อนรับ",
        "2017-11-08", {"ปัทมา เธียรวิศิษฎ์สกุล": "Participant", "พิริยะ เข็มพล": "Participant"}),
    "those_said_to_be_there_and_to_attend_after_the_call_take_part": (
        "วันที่ 21 พฤษภาคม 2568 นายวราวุธ ศิลปอาชา รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ "
        "ให้คณะผู้บริหารสมาคม นำโดย คุณนาโอยูกิ ทาคาฮาชิ ผู้อำนวยการบ้านเด็กโตเกียวอิคุเซอิเอน เข้าเยี่ยมคารวะ "
        "พร้อมหารือถึงความร่วมมือ มี นางจตุพร โรจนพานิช รองปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ "
        "นางอภิญญา ชมภูมาศ อธิบดีกรมกิจการเด็กและเยาวชน และผู้แทนหน่วยงานที่เกี่ยวข้อง เข้าร่วม",
        "2025-05-21", {"วราวุธ ศิลปอาชา": "Host", "นาโอยูกิ ทาคาฮาชิ": "Guest", "จตุพร โรจนพานิช": "Participant",
                       "อภิญญา ชมภูมาศ": "Participant"}),
    "those_listed_as_joining_the_welcome_host": (
        "การเข้าพบของรองนายกฯ และ รมว.กระทรวงการต่างประเทศ ประเทศนิวซีแลนด์ ครั้งนี้ "
        "มีผู้บริหารระดับสูงของกระทรวงมหาดไทยร่วมในการต้อนรับ หารือถึงความร่วมมือ ได้แก่ นายอรรษิษฐ์ สัมพันธรัตน์ "
        "ปลัดกระทรวงมหาดไทย นายพรพจน์ เพ็ญพาส อธิบดีกรมที่ดิน พร้อมด้วยผู้บริหารระดับสูงของกระทรวงมหาดไทย "
        "ร่วมให้การต้อนรับด้วย",
        "2024-10-18", {"อรรษิษฐ์ สัมพันธรัตน์": "Host", "พรพจน์ เพ็ญพาส": "Host"}),
    "a_host_of_no_known_country_leaves_the_others_to_say_whose_visit_it_is": (
        "วันนี้ (6 มีนาคม 2568) นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงแรงงาน และนายสมศักดิ์ ใจงาม ให้การต้อนรับ"
        "คณะผู้แทนจากญี่ปุ่น ในโอกาสเข้าเยี่ยมคารวะ โดยมีนายชิโร ซะโดะชิมะ เอกอัครราชทูตญี่ปุ่นประจำประเทศไทย เข้าร่วม",
        "2025-03-06", {"สมชาย ใจดี": "Host", "สมศักดิ์ ใจงาม": "Host", "ชิโร ซะโดะชิมะ": "Guest"}),
    "a_visit_one_prepares_to_lead_gives_no_role_in_the_talks": (
        "วันนี้ (12 มิถุนายน 2567) ดร. นลินี ทวีสิน ผู้แทนการค้าไทย หารือกับนายมุฮัมมัด อับดุล ฮัย "
        "เอกอัครราชทูตบังกลาเทศประจำประเทศไทย เตรียมนำคณะนักธุรกิจไทยเยือนบังกลาเทศในเดือนกรกฎาคม 2567",
        "2024-06-12", {"นลินี ทวีสิน": "Participant", "มุฮัมมัด อับดุล ฮัย": "Participant"}),
    "the_one_mourned_in_a_book_of_condolence_takes_no_part": (
        "วันนี้ (8 สิงหาคม 2560) เวลา 14.00 น. นาย Rex W. Tillerson รัฐมนตรีว่าการกระทรวงการต่างประเทศสหรัฐอเมริกา "
        "เข้าเยี่ยมคารวะพลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี ณ ทำเนียบรัฐบาล\nนายกรัฐมนตรีกล่าวต้อนรับและขอบคุณที่"
        "รัฐมนตรีฯ ร่วมลงนามในสมุดแสดงความอาลัยต่อการสวรรคตของพระบาทสมเด็จพระปรมินทรมหาภูมิพลอดุลยเดช บรมนาถบพิตร",
        "2017-08-08", {"Rex W. Tillerson": "Guest", "ประยุทธ์ จันทร์โอชา": "Host"}),
    "those_who_will_chair_the_next_meeting_take_no_part_in_the_one_told_of": (
        "วันนี้ (11 มิถุนายน 2561) นายอนุชา นาคาศัย รัฐมนตรีประจำสำนักนายกรัฐมนตรี เป็นประธานการประชุมคณะอนุกรรมการ "
        "สุดท้ายนี้ จะมีการประชุมหารือกันอีกครั้งในการประชุม ป.ย.ป. ชุดใหญ่ ซึ่งจะมี พลเอก ประยุทธ์ จันทร์โอชา "
        "นายกรัฐมนตรี เป็นประธานการประชุม ในช่วงหลังวันสงกรานต์", "2018-06-11", {"อนุชา นาคาศัย": "Chair"}),
    "whose_visit_a_noun_names_is_its_guest_with_the_name_in_brackets_after_the_title": (
        "คณะรัฐมนตรีรับทราบรายงานสรุปผลการเดินทางเยือนราชอาณาจักรซาอุดีอาระเบียของรองนายกรัฐมนตรี "
        "(นายพีระพันธุ์ สาลีรัฐวิภาค) เมื่อวันที่ 5 กุมภาพันธ์ 2567", "2024-03-01", {"พีระพันธุ์ สาลีรัฐวิภาค": "Guest"}),
    # one who attends a signing ceremony takes part; one who signs together signs
    **{name: ("วันนี้ (12 กรกฎาคม 2561) นายศุภร พลมณี เอกอัครราชทูต ณ กรุงราบัต " + verb + "บันทึกความเข้าใจ"
              "ระหว่างกระทรวงศึกษาธิการกับกระทรวงศึกษาธิการโมร็อกโก", "2018-07-12", {"ศุภร พลมณี": role})
       for name, verb, role in (("one_who_attends_a_signing_ceremony_takes_part", "ร่วมพิธีลงนาม", "Participant"),
                                ("one_who_signs_together_signs", "ร่วมลงนาม", "Signatory"))},
    "one_welcomed_by_another_is_his_guest": (
        "วันที่ 21 กุมภาพันธ์ 2568 นางสาวธีรรัตน์ สำเร็จวาณิชย์ รัฐมนตรีช่วยว่าการกระทรวงมหาดไทย ลงพื้นที่"
        "จังหวัดพะเยา เพื่อติดตามความคืบหน้าการจัดทำทะเบียนประวัติบุคคล โดยได้รับการต้อนรับจาก "
        "นายรัฐพล นราดิศร ผู้ว่าราชการจังหวัดพะเยา", "2025-02-21",
        {"ธีรรัตน์ สำเร็จวาณิชย์": "Guest", "รัฐพล นราดิศร": "Host"}),
}


@pytest.mark.parametrize(("text", "published", "expected"), list(ROLE_CASES.values()), ids=list(ROLE_CASES))
def test_roles_read_from_the_cue_words(text, published, expected):
    assert roles(text, published) == expected


def test_a_head_of_state_named_by_title_alone_takes_part_only_when_the_sentence_says_so():
    f = facts("วันนี้ (6 กุมภาพันธ์ 2568) นางสาวแพทองธาร ชินวัตร นายกรัฐมนตรี ได้เข้าพบหารือกับประธานาธิบดีสี จิ้นผิง "
              "ณ มหาศาลาประชาชน\nนายกรัฐมนตรีได้ฝากความปรารถนาดีถึงประธานาธิบดีโดนัลด์ ทรัมป์ ด้วย",
              published="2025-02-06")
    people = {e.key: e.labels.get("th") for e in f.entities if e.kind == "person"}
    assert {"สี จิ้นผิง", "โดนัลด์ ทรัมป์"} <= set(people.values())
    taking_part = {people[p.agent] for ev in f.events for p in ev.participations if p.agent in people}
    assert "สี จิ้นผิง" in taking_part and "โดนัลด์ ทรัมป์" not in taking_part


@pytest.mark.parametrize(("text", "title", "org"), [
    ("รองผู้ว่าการรถไฟแห่งประเทศไทย", "รองผู้ว่าการ", "การรถไฟแห่งประเทศไทย"),  # ผู้ว่าการ + การรถไฟ share การ
    ("นายกสมาคมไทย-ญี่ปุ่น และ", "นายกสมาคม", "สมาคมไทย-ญี่ปุ่น"),
    # two chambers of commerce of the gazetteer: one had been read as the Thai chamber, one lost at ร่วม
    ("ประธานหอการค้าไทย-จีน กล่าว", "ประธาน", "หอการค้าไทย-จีน"),
    ("ประธานหอการค้าไทย – จีน กล่าว", "ประธาน", "หอการค้าไทย-จีน"),  # the hyphen written as a spaced dash
    # a Thai ministry's name, a space and a foreign country's official name: that country's ministry
    ("รัฐมนตรีกระทรวงการคลัง สาธารณรัฐสิงคโปร์ กล่าว", "รัฐมนตรี", "กระทรวงการคลังสิงคโปร์"),
    # สถานทูต, an embassy in short, is the embassy
    ("ผู้แทนสถานทูตญี่ปุ่นประจำประเทศไทย เข้าร่วม", "ผู้แทน", "สถานเอกอัครราชทูตญี่ปุ่นประจำประเทศไทย"),
    # an institute under its name before 2019, not the one it became (สถาบันสารสนเทศทรัพยากรน้ำ)
    ("ผู้อำนวยการสถาบันสารสนเทศทรัพยากรน้ำและการเกษตร (องค์การมหาชน) (สสนก.) และ", "ผู้อำนวยการ",
     "สถาบันสารสนเทศทรัพยากรน้ำและการเกษตร (องค์การมหาชน)"),
    ("ประธานหอการค้าร่วมต่างประเทศในประเทศไทย (Joint Foreign Chambers of Commerce in Thailand: JFCCT)", "ประธาน",
     "หอการค้าร่วมต่างประเทศในประเทศไทย"),
    ("ที่ปรึกษาฝ่ายเศรษฐกิจและการค้า สถานเอกอัครราชทูตสหรัฐอเมริกาประจำประเทศไทย", "ที่ปรึกษาฝ่ายเศรษฐกิจและการค้า",
     "สถานเอกอัครราชทูตสหรัฐอเมริกาประจำประเทศไทย"),
    ("หัวหน้าคณะทำงานรัฐมนตรีว่าการกระทรวงยุติธรรม นางสาว", "หัวหน้าคณะทำงาน", "กระทรวงยุติธรรม"),
    ("Chief Representative องค์การความร่วมมือระหว่างประเทศแห่งญี่ปุ่น ประจำประเทศไทย", "Chief Representative",
     "องค์การความร่วมมือระหว่างประเทศของญี่ปุ่น"),
    ("Chairman บริษัท CHEC เข้าเยี่ยมคารวะ", "Chairman", "บริษัท CHEC"),
    ("เอกอัครราชทูตวิสามัญผู้มีอำนาจเต็ม แห่งเครือรัฐออสเตรเลีย ประจำประเทศไทย เพื่อหารือ",
     "เอกอัครราชทูตวิสามัญผู้มีอำนาจเต็ม", "สถานเอกอัครราชทูตออสเตรเลียประจำประเทศไทย"),
    # Kosovo, which ISO 3166 leaves out, has an embassy in Bangkok.
    ("เอกอัครราชทูตสาธารณรัฐคอซอวอประจำประเทศไทย เข้าเยี่ยมคารวะ", "เอกอัครราชทูต",
     "สถานเอกอัครราชทูตคอซอวอประจำประเทศไทย"),
    # An ambassador who is a permanent representative heads Thailand's permanent mission.
    ("เอกอัครราชทูตผู้แทนถาวรไทยประจำสหประชาชาติ ณ นครเจนีวา ได้เข้าพบ", "เอกอัครราชทูต",
     "คณะผู้แทนถาวรไทยประจำสหประชาชาติ ณ นครเจนีวา"),
    # A minister's staff: the minister's title after a space names the ministry.
    ("ที่ปรึกษา รมว.กระทรวง อว. นางสาวสุชาดา", "ที่ปรึกษา รมว.", "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม"),
    # The party a title-holder leads comes from his agency.
    ("Chief Representative\nและเจ้าหน้าที่จากองค์การความร่วมมือระหว่างประเทศของญี่ปุ่น (JICA) โดยได้ร่วมกันหารือ",
     "Chief Representative", "องค์การความร่วมมือระหว่างประเทศของญี่ปุ่น"),
    # Long agency names are written with and without spaces between their words.
    ("รัฐมนตรีว่าการกระทรวงเศรษฐกิจการค้า และอุตสาหกรรมของญี่ปุ่น (METI) ", "รัฐมนตรีว่าการกระทรวง",
     "กระทรวงเศรษฐกิจ การค้าและอุตสาหกรรมญี่ปุ่น"),
    ("ปลัดกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัย และนวัตกรรม เข้าร่วม", "ปลัดกระทรวง",
     "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม"),
])
def test_titles_and_their_agencies(text, title, org):
    phrase = title_at(text, 0, len(text), load())
    assert phrase is not None and phrase.title == title
    assert (phrase.orgs[0].label_th or phrase.orgs[0].label) == org


def test_long_thai_names_match_with_or_without_spaces_and_abbreviations_do_not():
    from kg.gazetteer import Matcher
    m = Matcher([("กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์", "msdhs"), ("อก.", "moind"), ("กต.", "mfa")],
                loose_spaces=True)
    text = "กระทรวงการพัฒนาสังคม และความมั่นคงของมนุษย์ กับ กระทรวง การพัฒนาสังคมและความมั่นคงของมนุษย์ ต่อ ก."
    assert [(text[a:b], v) for a, b, v in m.finditer(text)] == [
        ("กระทรวงการพัฒนาสังคม และความมั่นคงของมนุษย์", "msdhs"), ("กระทรวง การพัฒนาสังคมและความมั่นคงของมนุษย์", "msdhs")]
    assert m.match_at("อก. และ กต.", 0) == (3, "moind")


def test_the_city_administration_is_the_parent_of_its_bureau_named_before_it():
    from kg.extract.rules import org_chains
    text = "ผู้แทนกรมการแพทย์ สำนักการแพทย์ กรุงเทพมหานคร จัดหางานจังหวัด"
    gaz = load()
    _, chains = org_chains(text, find_orgs(text, 0, len(text), gaz), gaz)
    assert [(c[0].label, c[1].label_th) for c in chains] == [("สำนักการแพทย์", "กรุงเทพมหานคร")]


def test_a_state_councillor_who_is_also_foreign_minister_holds_both_posts():
    f = facts("วันนี้ (5 กรกฎาคม 2565) นายหวัง อี้ (H.E. Mr. Wang Yi) มนตรีแห่งรัฐและรัฐมนตรีว่าการกระทรวงการต่างประเทศ "
              "สาธารณรัฐประชาชนจีน เข้าเยี่ยมคารวะ พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี", published="2022-07-05")
    names = labels_of(f)
    assert {(p.title, names.get(p.org)) for p in f.posts if names[p.person] == "หวัง อี้"} == {
        ("มนตรีแห่งรัฐ", None), ("รัฐมนตรีว่าการกระทรวง", "กระทรวงการต่างประเทศจีน")}


def test_an_adviser_to_a_prime_minister_serves_no_agency_of_the_host():
    f = facts("วันที่ 19 ตุลาคม 2564 นายสุริยะ จึงรุ่งเรืองกิจ รัฐมนตรีว่าการกระทรวงอุตสาหกรรม ให้ นายซก โซกรึตยา "
              "(H.E. Mr. Sok Sokrethya) ที่ปรึกษานายกรัฐมนตรีและรัฐมนตรีช่วยว่าการกระทรวงการท่องเที่ยวแห่งราชอาณาจักรกัมพูชา "
              "พร้อมคณะ เข้าพบ", published="2021-10-20")
    names = labels_of(f)
    assert {(p.title, names.get(p.org)) for p in f.posts if names[p.person] == "ซก โซกรึตยา"} == {
        ("ที่ปรึกษานายกรัฐมนตรี", None), ("รัฐมนตรีช่วยว่าการกระทรวง", "กระทรวงการท่องเที่ยวกัมพูชา")}


def test_a_monarch_holds_his_title():
    f = facts("วันนี้ (8 ตุลาคม 2559) นายกรัฐมนตรีขอขอบคุณที่สมเด็จพระราชาธิบดีเฟลีเป ที่ 6 แห่งสเปน ทรงมีพระราชสาส์น",
              published="2016-10-08")
    names = labels_of(f)
    assert [(names[p.person], p.title) for p in f.posts] == [("เฟลีเป ที่ 6", "สมเด็จพระราชาธิบดี")]


@pytest.mark.parametrize(("body", "posts"), [
    # The representatives of another body named after one's title are other people.
    ("วันนี้ (26 กรกฎาคม 2565) นางจตุพร เนียมสุข ผู้ช่วยปลัดกระทรวงคมนาคม และผู้แทนการท่าเรือแห่งประเทศไทย "
     "ร่วมหารือ", {("จตุพร เนียมสุข", "ผู้ช่วยปลัดกระทรวง")}),
    # A permanent representative is a second post of the same person.
    ("วันนี้ (26 กรกฎาคม 2565) นางสาวอัญชลี ศรีสุข เอกอัครราชทูตศรีลังกาประจำประเทศไทย และผู้แทนถาวรประจำ UNESCAP "
     "ร่วมหารือ", {("อัญชลี ศรีสุข", "เอกอัครราชทูต"), ("อัญชลี ศรีสุข", "ผู้แทนถาวร")}),
])
def test_a_representative_after_and_is_a_post_only_when_permanent_or_special(body, posts):
    assert posts_of(body, published="2022-07-26") == posts


@pytest.mark.parametrize(("body", "posts"), [
    ("วันที่ 28 ตุลาคม 2565 นายสุชาติ ชมกลิ่น รัฐมนตรีว่าการกระทรวงแรงงาน มอบหมายให้ นายสุเทพ ชิตยวงษ์ "
     "เลขานุการรัฐมนตรีว่าการกระทรวงแรงงาน เป็นหัวหน้าคณะผู้แทนไทย เข้าร่วมการประชุมรัฐมนตรีแรงงานอาเซียน",
     {("สุชาติ ชมกลิ่น", "รัฐมนตรีว่าการกระทรวง"), ("สุเทพ ชิตยวงษ์", "เลขานุการรัฐมนตรีว่าการกระทรวง"),
      ("สุเทพ ชิตยวงษ์", "หัวหน้าคณะผู้แทน")}),
    # ... and co-chairs: the chair is no word of the delegation head's title.
    ("วันนี้ (21 กุมภาพันธ์ 2562) นายจรินทร์ จักกะพาก ปลัดกระทรวงแรงงาน เป็นหัวหน้าคณะผู้แทนและประธานร่วมฝ่ายไทย "
     "เข้าร่วมการประชุม", {("จรินทร์ จักกะพาก", "ปลัดกระทรวง"), ("จรินทร์ จักกะพาก", "หัวหน้าคณะผู้แทน")}),
])
def test_one_sent_to_lead_a_delegation_holds_that_post_too(body, posts):
    assert posts_of(body, published="2022-10-28") == posts


@pytest.mark.parametrize("written", ["นายณัฐพล ณัฏฐสมบูรณ์", "ดร. ณัฐพล ณัฏฐสมบูรณ์"])
def test_a_surname_that_begins_with_ณ_and_a_vowel_is_no_preposition(written):
    f = facts(f"วันที่ 15 สิงหาคม 2566 {written} รองปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ให้การต้อนรับคณะผู้แทน",
              published="2023-08-15")
    names = labels_of(f)
    assert [(names[p.person], p.title) for p in f.posts] == [("ณัฐพล ณัฏฐสมบูรณ์", "รองปลัดกระทรวง")]


@pytest.mark.parametrize(("written", "name"), [
    ("นายณัฏฐชัย นำพูลสุขสันติ์", "ณัฏฐชัย นำพูลสุขสันติ์"),  # begins like นำ, and no word follows it
    ("นายสมชาย ยังสุขสถาพร", "สมชาย ยังสุขสถาพร"),
    ("นายสมชาย นำคณะ", None),  # he leads the party: everyday words, no surname
    ("นายสมชาย ให้การต้อนรับ", None),
])
def test_a_surname_may_begin_like_a_verb_when_no_word_follows_the_verb(written, name):
    f = facts(f"วันนี้ (15 สิงหาคม 2566) {written} ผู้ว่าราชการจังหวัดสระแก้ว ร่วมประชุม", published="2023-08-15")
    names = set(labels_of(f).values())
    assert name in names if name else not any(written.split()[1] in n for n in names)


def test_a_leaders_title_his_country_and_then_his_name():
    f = facts("วันนี้ (12 พฤศจิกายน 2564) นายหาน จื้อเฉียง เอกอัครราชทูตจีนประจำประเทศไทย ได้ถ่ายทอดความปรารถนาดีจาก"
              "นายกรัฐมนตรีจีน นายหลี่ เค่อเฉียง ถึงนายกรัฐมนตรี", published="2021-11-12")
    names = labels_of(f)
    assert ("หลี่ เค่อเฉียง", "นายกรัฐมนตรี") in {(names[p.person], p.title) for p in f.posts}


def test_a_thai_mission_named_by_the_country_it_serves_keeps_that_name():
    t = "เอกอัครราชทูตไทยประจำสาธารณรัฐอินโดนีเซีย นาง"
    (org,) = title_at(t, 0, len(t), load()).orgs
    assert org.country == "TH" and "สถานเอกอัครราชทูตไทยประจำสาธารณรัฐอินโดนีเซีย" in org.alt_labels


@pytest.mark.parametrize(("text", "title"), [
    ("รองนายกรัฐมนตรีและรมว.มหาดไทย กล่าว", "รองนายกรัฐมนตรี"),  # a politician's two posts
    ("นายกรัฐมนตรีและประธานาธิบดี สี จิ้นผิง", "นายกรัฐมนตรี"),  # two leaders
    ("เลขานุการเอกและรองหัวหน้าแผนกการเมือง สถานเอกอัครราชทูต", "เลขานุการเอกและรองหัวหน้าแผนกการเมือง"),  # one post
])
def test_two_titles_joined_by_and(text, title):
    assert title_at(text, 0, len(text), load()).title == title


@pytest.mark.parametrize(("text", "title"), [
    ("นายกรัฐมนตรีขอให้หน่วยงานที่เกี่ยวข้อง", "นายกรัฐมนตรี"),
    ("รองนายกรัฐมนตรีเคยมีส่วนร่วมลงนาม", "รองนายกรัฐมนตรี"),
    ("รองนายกรัฐมนตรีจึงเสนอ", "รองนายกรัฐมนตรี"),
    # the field or class of an expert member's seat, and เดิม (former), qualify the title
    ("กรรมการผู้ทรงคุณวุฒิโรงแรมประเภทที่ 1", "กรรมการผู้ทรงคุณวุฒิ"),
    ("กรรมการผู้ทรงคุณวุฒิด้านกฎหมาย", "กรรมการผู้ทรงคุณวุฒิ"),
    ("ประธานกรรมการเดิมได้ดำรงตำแหน่งครบวาระ", "ประธานกรรมการ"),
    # ... but not before a noun that begins like a verb (มาตรฐาน begins with มา)
    ("ที่ปรึกษาด้านมาตรฐานการศึกษา (นักวิชาการศึกษาทรงคุณวุฒิ)", "ที่ปรึกษาด้านมาตรฐานการศึกษา"),
    # verbs of an audience with royalty (เฝ้าฯ รับเสด็จ, ถวายรายงาน, กราบบังคมทูล)
    ("เลขาธิการนายกรัฐมนตรีเฝ้าฯ รับเสด็จ", "เลขาธิการนายกรัฐมนตรี"),
    ("ผู้ว่าราชการจังหวัดเชียงใหม่ถวายรายงาน", "ผู้ว่าราชการจังหวัดเชียงใหม่"),
    # which holder of the post: the new one, the present one, the first of several seats
    ("นายกรัฐมนตรีคนใหม่ของญี่ปุ่น", "นายกรัฐมนตรี"),
    ("เอกอัครราชทูตคนปัจจุบัน", "เอกอัครราชทูต"),
    ("รองประธานคนที่ 1", "รองประธาน"),
    # a co-chair's title, the body co-chaired after it; ร่วม before a verb is the verb's
    ("ประธานร่วมคณะทำงานเฉพาะกิจด้านการท่องเที่ยวเรือสำราญ", "ประธานร่วม"),
    ("ประธานร่วมของการประชุมคณะทำงานร่วม", "ประธานร่วม"),
    ("ประธานร่วมเปิดงาน", "ประธาน"),
    # ออก opens a verb (ออกเดินทาง, ออกมา), not ออกแบบ, a unit's field
    ("นายกรัฐมนตรีออกเดินทางไป หอประชุมแห่งชาติ", "นายกรัฐมนตรี"),
    ("ผู้อำนวยการฝ่ายออกแบบ", "ผู้อำนวยการฝ่ายออกแบบ"),
])
def test_a_title_ends_before_a_verb_or_a_qualifier(text, title):
    assert title_at(text, 0, len(text), load()).title == title


@pytest.mark.parametrize(("text", "published", "parent"), [
    ("วันนี้ (24 สิงหาคม 2564) นายระพีภัทร์ จันทรศรีวงศ์ ปลัดกระทรวงเกษตรและสหกรณ์ หารือร่วมกับนายเว่ย เจิ้งหลิน "
     "(Mr. Wei Zhenglin) รองอธิบดีกรมความร่วมมือระหว่างประเทศ กระทรวงเกษตรและกิจการชนบท สาธารณรัฐประชาชนจีน",
     "2021-08-24", "กระทรวงเกษตรและกิจการชนบท"),
    # China's National Supervisory Commission, whose name's และ the head-word reading stops at, is in the gazetteer.
    ("ในวันพฤหัสบดีที่ 5 กันยายน 2562 ปลัดกระทรวงยุติธรรม ให้การต้อนรับฯพณฯ เอกอัครราชทูต ลา อี้ฝาน (H.E Amb. La Yifan) "
     "อธิบดีกรมความร่วมมือระหว่างประเทศ คณะกรรมาธิการกำกับและดูแลแห่งชาติของสาธารณรัฐประชาชนจีน พร้อมคณะ",
     "2019-09-05", "คณะกรรมาธิการกำกับและดูแลแห่งชาติของสาธารณรัฐประชาชนจีน"),
])
def test_a_thai_agency_name_before_a_foreign_body_is_that_bodys_unit(text, published, parent):
    unit, body = unit_and_parent(facts(text, published), "กรมความร่วมมือระหว่างประเทศ")
    assert unit.key != "tica" and unit.country == "CN"
    assert body.labels["th"].startswith(parent)


def test_appointments_of_envoys_in_general_give_no_post_of_their_own():
    posts = post_triples(facts(
        "คณะรัฐมนตรีมีมติอนุมัติตามที่รัฐมนตรีว่าการกระทรวงการต่างประเทศเสนอแต่งตั้ง นายวรวุฒิ พงษ์ประภาพันธ์ กงสุลใหญ่ "
        "(นักบริหารการทูต ระดับต้น) สถานกงสุลใหญ่ ณ แขวงสะหวันนะเขต สาธารณรัฐประชาธิปไตยประชาชนลาว สำนักงานปลัดกระทรวง "
        "ให้ดำรงตำแหน่ง เอกอัครราชทูต (นักบริหารการทูต ระดับสูง) สถานเอกอัครราชทูต ณ กรุงเตหะราน สาธารณรัฐอิสลามอิหร่าน "
        "สำนักงานปลัดกระทรวง ตั้งแต่วันที่ทรงพระกรุณาโปรดเกล้าโปรดกระหม่อมแต่งตั้งเป็นต้นไป เพื่อทดแทนตำแหน่งที่ว่าง "
        "ซึ่งการแต่งตั้งข้าราชการให้ไปดำรงตำแหน่งเอกอัครราชทูตประจำต่างประเทศดังกล่าว ได้รับความเห็นชอบจากประเทศผู้รับ",
        "2020-08-04"))
    assert posts == {("วรวุฒิ พงษ์ประภาพันธ์", "กงสุลใหญ่", "สถานกงสุลใหญ่ ณ แขวงสะหวันนะเขต"),
                     ("วรวุฒิ พงษ์ประภาพันธ์", "เอกอัครราชทูต", "สถานเอกอัครราชทูต ณ กรุงเตหะราน")}


def test_a_units_name_ending_with_a_known_body_glossed_in_brackets_is_that_bodys_unit():
    f = facts("ดร.พิเชฐ ดุรงคเวโรจน์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ให้การต้อนรับ Mr. Ioane Koroivuki "
              "ผู้อำนวยการสำนักงานภูมิภาคเอเชียและแปซิฟิกของสหภาพโทรคมนาคมระหว่างประเทศ (International Telecommunication "
              "Union : ITU) เนื่องในโอกาสเข้าเยี่ยมคารวะ", "2017-02-16")
    orgs = {e.key: e for e in f.entities if e.kind == "org"}
    office = next(e for e in orgs.values() if e.labels.get("th", "").startswith("สำนักงานภูมิภาค"))
    assert office.parent == "itu" and ("ITU", "en") in orgs["itu"].alt_labels
    names = labels_of(f)
    assert ("Ioane Koroivuki", office.key) in {(names[p.person], p.org) for p in f.posts}


@pytest.mark.parametrize(("text", "name"), [
    # ศาตราจารย์ for ศาสตราจารย์: a misspelling 86 corpus articles share.
    ("ศาตราจารย์พิเศษวิศิษฏ์ วิศิษฏ์สรอรรถ ปลัดกระทรวงยุติธรรม ให้การต้อนรับคณะผู้แทน", "วิศิษฏ์ วิศิษฏ์สรอรรถ"),
    ("โดยมีศาตราจารย์เกียรติคุณนายแพทย์เกษม วัฒนชัย องคมนตรี เป็นประธาน", "เกษม วัฒนชัย"),
    ("ให้การต้อนรับ H.E Amb. La Yifan พร้อมคณะ", "La Yifan"),
])
def test_a_misspelt_or_abbreviated_honorific_is_no_part_of_the_name(text, name):
    assert [e.labels.get("th") or e.labels.get("en") for e in facts(text).entities if e.kind == "person"] == [name]


def _gold_f1(half: str) -> float:
    corpus = SHARED / "corpus" / "thaigov_all.jsonl.xz" if half == "wide" else DIPLOMATIC
    need(corpus)
    need(SCORER)
    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "evaluate.py"), str(GOLD / half), str(corpus),
                          "--scorer", str(SCORER), "--quiet"], capture_output=True, text=True, check=True).stdout
    return float(out.strip().splitlines()[-1].split()[-1])


@pytest.mark.parametrize(("half", "floor"), [("tune", 0.80), ("test", 0.80), ("wide", 0.65)])
def test_gold_micro_f1_stays_above_its_floor(half, floor):
    """Floors a little under today's figures (0.869 on the 368 tuning articles, 0.883 on the test half, 0.71 on
    the held-out draws from the 90k corpus, cabinet summaries and all, when last measured): a change that
    costs more fails here."""
    assert _gold_f1(half) >= floor


def test_gold_files_are_well_formed_and_the_halves_do_not_overlap():
    split = json.loads((GOLD / "split.json").read_text(encoding="utf-8"))
    tune = {p.stem for p in (GOLD / "tune").glob("*.json")}
    test = {p.stem for p in (GOLD / "test").glob("*.json")}
    assert tune == set(split["tune"]).union(*(split[k] for k in split if k.startswith("tune_extra")))
    assert test == set(split["test"])
    assert not tune & test and len(tune | test) >= 60
    # The held-out draws from the 90k corpus: exactly the drawn articles, none of them one of the 400.
    wide = {p.stem for p in (GOLD / "wide").glob("*.json")}
    assert wide == set().union(*json.loads((GOLD / "wide.json").read_text(encoding="utf-8")).values())
    assert not wide & (tune | test)
    for path in [*(GOLD / "tune").glob("*.json"), *(GOLD / "test").glob("*.json"), *(GOLD / "wide").glob("*.json")]:
        (article,) = json.loads(path.read_text(encoding="utf-8"))
        keys = {p["key"] for p in article["persons"]} | {o["key"] for o in article["organisations"]}
        used = [p["person"] for p in article["positions"]] + [v for e in article["events"] for v in (
            *(p["person"] for p in e["participants"]), *e["organisations"])]
        assert set(used) <= keys, path.name


# Forms every ministry's office, committee or embassy shares. The scorer makes gold entries of different articles
# that share a name one entity, so one of these beside a specific name would join unrelated agencies.
_GENERIC_ORG_NAMES = {"สำนักงานปลัดกระทรวง", "office of the permanent secretary", "คณะกรรมการ", "คณะอนุกรรมการ",
                      "คณะทำงาน", "คณะทำงานร่วม", "สมาคม", "สถานเอกอัครราชทูต", "กระทรวง", "กรม", "สำนักงาน", "บริษัท",
                      "มหาวิทยาลัย", "กอง", "สำนัก"}


def test_no_gold_agency_bears_a_generic_name_beside_its_own():
    for path in [*(GOLD / "tune").glob("*.json"), *(GOLD / "wide").glob("*.json")]:
        (article,) = json.loads(path.read_text(encoding="utf-8"))
        for org in article["organisations"]:
            generic = {n for n in org["names"] if " ".join(n.lower().split()) in _GENERIC_ORG_NAMES}
            assert not generic or generic == set(org["names"]), (path.name, org["key"], generic)


def test_no_foreign_gold_agency_bears_the_bare_name_of_a_thai_one():
    """กระทรวงกลาโหม beside กระทรวงกลาโหมกัมพูชา would make Cambodia's ministry Thailand's for the scorer."""
    gaz = load()
    key = lambda n: "".join(n.replace("ฯ", "").lower().split())  # noqa: E731
    thai = {key(n) for o in gaz.orgs.values() if o.country == "TH" and o.kind in ("ministry", "council")
            for n in o.names}
    countries = [n for code, c in gaz.countries.items() if code != "TH" for n in c.names if len(n) >= 4]
    for path in [*(GOLD / "tune").glob("*.json"), *(GOLD / "wide").glob("*.json")]:
        (article,) = json.loads(path.read_text(encoding="utf-8"))
        for org in article["organisations"]:
            if any(c in n for n in org["names"] for c in countries):
                assert not {key(n) for n in org["names"]} & thai, (path.name, org["key"])


def test_scripts_dir_is_importable_from_the_repository():
    assert (Path(ROOT) / "benchmarks" / "evaluate.py").is_file()


def test_the_shipped_gazetteers_pass_their_review_checks():
    done = subprocess.run([sys.executable, str(Path(ROOT) / "scripts/gazetteers/check_gazetteers.py")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_an_audience_with_the_king_makes_him_the_host_of_a_visit():
    f = facts("วันนี้ (5 มีนาคม 2567) นายทาเคฮานะ มาซาฮิโระ เอกอัครราชทูตญี่ปุ่นประจำประเทศไทย "
              "เข้าเฝ้าพระบาทสมเด็จพระวชิรเกล้าเจ้าอยู่หัว เพื่อถวายพระราชสาส์นตราตั้ง", published="2024-03-05")
    king = next(e for e in f.entities if e.kind == "person" and "Vajiralongkorn" in e.labels.get("en", ""))
    assert ("มหาวชิราลงกรณ", "th") in king.alt_labels
    (event,) = f.events
    assert event.type == "Visit" and {p.role for p in event.participations if p.agent == king.key} == {"Host"}


def test_one_who_lets_a_body_in_to_call_on_him_hosts_the_call():
    assert roles("นายอภัย สุทธิสังข์ รองปลัดกระทรวงเกษตรและสหกรณ์ อนุญาตให้องค์กรความร่วมมือระหว่างประเทศของเยอรมัน "
                 "(GIZ) เข้าพบ เพื่อรายงานความก้าวหน้าการดำเนินงานโครงการ Thai Rice NAMA ณ ห้องประชุมกระทรวงเกษตรและสหกรณ์",
                 "2023-07-21") == {"อภัย สุทธิสังข์": "Host"}


def test_royal_names_inside_an_agency_or_award_name_are_no_person():
    f = facts("วันนี้ (5 ธันวาคม 2566) นายสมชาย ใจดี ได้เข้าร่วมพิธีมอบรางวัล King Bhumibol World Soil Day Award "
              "ณ โรงพยาบาลสิรินธร", published="2023-12-05")
    assert [e.labels.get("th") for e in f.entities if e.kind == "person"] == ["สมชาย ใจดี"]


@pytest.mark.parametrize(("text", "key", "written"), [
    # The style of his reign, as stories of the time write it, besides today's formal name.
    ("รัฐบาลอาร์เจนตินาขอถวายความอาลัยแด่พระบาทสมเด็จพระปรมินทรมหาภูมิพลอดุลยเดช และ", "rama9",
     "พระบาทสมเด็จพระปรมินทรมหาภูมิพลอดุลยเดช"),
    ("ในฐานะทูตสันถวไมตรีของพระเจ้าหลานเธอ พระองค์เจ้าพัชรกิติยาภา ด้านการส่งเสริม", "princess_bajrakitiyabha",
     "พระองค์เจ้าพัชรกิติยาภา"),
])
def test_royal_names_read_after_a_royal_title(text, key, written):
    from kg.extract.persons import find_royals
    gaz = load()
    (m,) = find_royals(text, 0, len(text), gaz)
    assert m.name == next(r.label_th for r in gaz.royals if r.key == key) and written in m.aliases


def test_the_writers_and_editors_a_story_ends_with_are_persons_and_take_no_part():
    f = facts("วันนี้ (4 เมษายน 2561) นายพิเชฐ ดุรงคเวโรจน์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
              "ให้การต้อนรับ Dr. Liam Fox รัฐมนตรีว่าการกระทรวงการค้าต่างประเทศแห่งสหราชอาณาจักร\n"
              "Written\xa0by\xa0ปารัชญ์ ไชยเวช, อรพรรณ ฤทธิ์มั่น\nPhoto Credit\xa0ยุทธพงศ์ เลือกกลั่นดี\n"
              "Editor\xa0บัลลังก์ โรหิตเสถียร\n", published="2018-04-04")
    people = {e.key: e.labels.get("th") or e.labels.get("en") for e in f.entities if e.kind == "person"}
    assert {"ปารัชญ์ ไชยเวช", "อรพรรณ ฤทธิ์มั่น", "ยุทธพงศ์ เลือกกลั่นดี", "บัลลังก์ โรหิตเสถียร"} <= set(people.values())
    (event,) = f.events
    assert {people[p.agent] for p in event.participations if p.agent in people} == {"พิเชฐ ดุรงคเวโรจน์", "Liam Fox"}


def test_the_agency_a_visitor_went_to_is_the_place_visited():
    f = facts("ในวันจันทร์ที่ ๖ พฤษภาคม ๒๕๖๗ พันตำรวจเอก ทวี สอดส่อง รัฐมนตรีว่าการกระทรวงยุติธรรม และคณะ "
              "เดินทางมาที่สถานเอกอัครราชทูตสาธารณรัฐโปรตุเกสประจำราชอาณาจักรไทย เขตบางรัก กรุงเทพมหานคร "
              "เพื่อหารือข้อราชการ โดยมีนายวาชกู คาร์วัลยอซา คอสต้า เอกอัครราชทูตสาธารณรัฐโปรตุเกสประจำประเทศไทย "
              "ให้การต้อนรับ", published="2024-05-07")
    (event,) = f.events
    org = next(e for e in f.entities if e.key == event.location)
    assert event.type == "Visit" and org.labels["th"] == "สถานเอกอัครราชทูตโปรตุเกสประจำประเทศไทย"


def test_a_call_on_a_courts_president_at_the_court_visits_the_court():
    # The courts were missing from the gazetteer: the president's post had no body and the call no place.
    f = facts("วันนี้ (30 พ.ย. 64) นายสมศักดิ์ เทพสุทิน รัฐมนตรีว่าการกระทรวงยุติธรรม เข้าเยี่ยมคารวะนายปิยกุล บุญเพิ่ม "
              "ประธานศาลฎีกา ณ ห้องรับรอง 1 ชั้น 4 ศาลฎีกา กรุงเทพฯ", published="2021-11-30")
    names = labels_of(f)
    (event,) = f.events
    assert event.type == "Visit" and names[event.location] == "ศาลฎีกา"
    assert {(names[p.person], p.title, names[p.org]) for p in f.posts} >= {("ปิยกุล บุญเพิ่ม", "ประธาน", "ศาลฎีกา")}


def test_nobody_visits_the_agency_he_serves():
    f = facts("ในวันจันทร์ที่ ๖ พฤษภาคม ๒๕๖๗ พันตำรวจเอก ทวี สอดส่อง รัฐมนตรีว่าการกระทรวงยุติธรรม และคณะ "
              "เดินทางมาที่สถานเอกอัครราชทูตสาธารณรัฐโปรตุเกสประจำราชอาณาจักรไทย เขตบางรัก กรุงเทพมหานคร "
              "เพื่อหารือข้อราชการ โดยมีนายวาชกู คาร์วัลยอซา คอสต้า เอกอัครราชทูตสาธารณรัฐโปรตุเกสประจำประเทศไทย "
              "ให้การต้อนรับ", published="2024-05-07")
    (event,) = f.events
    (guest,) = [p.agent for p in event.participations if p.role == "Guest"]
    visited = [q for q in article_quads(f) if q.predicate == KG.visited]
    assert [q.object for q in visited] == [node(ENTITY_PATH["org"], event.location)]
    # Had he served at the embassy, he would have been at home there, whatever the role says.
    serving = dataclasses.replace(f, posts=(*f.posts, dataclasses.replace(f.posts[0], person=guest,
                                                                           org=event.location)))
    assert not [q for q in article_quads(serving) if q.predicate == KG.visited]


def test_who_opens_a_factory_where_its_company_receives_him_visits_the_company():
    f = facts("วันที่ 16 พฤษภาคม 2568 นายเอกนัฏ พร้อมพันธุ์ รัฐมนตรีว่าการกระทรวงอุตสาหกรรม เป็นประธานเปิดโรงงานผลิตรถยนต์"
              "ไฟฟ้า โดยมีนายสมชาย ใจดี ประธานบริษัท ฉางอาน ออโต้ เซ้าท์อีส เอเชีย จำกัด ให้การต้อนรับ ณ โรงงานของบริษัท "
              "ฉางอาน ออโต้ เซ้าท์อีส เอเชีย จำกัด", published="2025-05-16")
    (event,) = f.events
    chair = next(p.agent for p in event.participations if p.role == "Chair")
    visited = [(q.subject, q.object) for q in article_quads(f) if q.predicate == KG.visited]
    assert visited == [(node(ENTITY_PATH["person"], chair), node(ENTITY_PATH["org"], event.location))]


def test_a_visitor_who_co_chairs_at_the_agency_he_visits_visits_it_and_his_co_chair_at_home_does_not():
    f = facts("วันนี้ (24 มิถุนายน 2565) นายทองเปลว กองจันทร์ ปลัดกระทรวงเกษตรและสหกรณ์ และนายคริส ทีนนิ่ง ผู้ช่วยปลัดด้านการค้า"
              "และการต่างประเทศ กระทรวงเกษตร น้ำ และสิ่งแวดล้อมออสเตรเลีย ร่วมเป็นประธานการเยือน ณ ห้องรับรองกระทรวงเกษตรและสหกรณ์",
              published="2022-06-24")
    (event,) = f.events
    f = dataclasses.replace(f, events=(dataclasses.replace(event, type="Visit"),))  # a call the two co-chair
    names = labels_of(f)
    assert [(names[p.agent], p.role) for p in event.participations if p.agent_kind == "person"] == [
        ("ทองเปลว กองจันทร์", "CoChair"), ("คริส ทีนนิ่ง", "CoChair")]
    visited = [(q.subject, q.object) for q in article_quads(f) if q.predicate == KG.visited]
    tinning = next(k for k, v in names.items() if v == "คริส ทีนนิ่ง")
    assert visited == [(node(ENTITY_PATH["person"], tinning), node(ENTITY_PATH["org"], event.location))]


@pytest.mark.parametrize(("host", "visited"), [
    ("นางสาวพิมพ์ภัทรา วิชัยกุล รัฐมนตรีว่าการกระทรวงอุตสาหกรรม", "กระทรวงอุตสาหกรรม"),
    ("นายณัฐพล รังสิตพล ปลัดกระทรวงอุตสาหกรรม", "สำนักงานปลัดกระทรวงอุตสาหกรรม")])
def test_the_permanent_secretarys_building_is_the_ministrys_seat_for_its_ministers_guests(host, visited):
    f = facts(f"วันนี้ (11 มิถุนายน 2567) {host} ให้การต้อนรับนายโอตากะ มาซาโตะ เอกอัครราชทูตญี่ปุ่นประจำประเทศไทย "
              "ณ ห้องรับรอง 1 ชั้น 2 อาคารสำนักงานปลัดกระทรวงอุตสาหกรรม", published="2024-06-11")
    key = next(k for k, v in labels_of(f).items() if v == visited)
    assert [q.object for q in article_quads(f) if q.predicate == KG.visited] == [node(ENTITY_PATH["org"], key)]


@pytest.mark.parametrize(("place", "visits"), [("ห้องรับรอง ชั้น 2", 1), ("ศูนย์ประชุมแห่งชาติสิริกิติ์", 0),
                                              ("ห้องสีงาช้าง ตึกไทยคู่ฟ้า", 0), ("ทำเนียบรัฐบาล", 0)])
def test_a_call_at_a_convention_centre_visits_no_agency_of_the_hosts(place, visits):
    f = facts("วันนี้ (1 ธันวาคม 2566) นายโอตากะ มาซาโตะ เอกอัครราชทูตญี่ปุ่นประจำประเทศไทย ให้การต้อนรับ "
              f"พันตำรวจเอก ทวี สอดส่อง รัฐมนตรีว่าการกระทรวงยุติธรรม ณ {place}", published="2023-12-01")
    assert len([q for q in article_quads(f) if q.predicate == KG.visited]) == visits


@pytest.mark.parametrize(("body", "published", "day"), [
    # A date opening a line dates the event.
    ("หารือ แนวทางความร่วมมือด้านการวิจัยระหว่างกระทรวงวิทยาศาสตร์และเทคโนโลยี กับ บริษัท ไอบีเอ็ม จำกัด\n"
     "19 กรกฎาคม 2560 นายพรชัย ตระกูลวรานนท์ ผู้ช่วยรัฐมนตรีประจำกระทรวงวิทยาศาสตร์และเทคโนโลยี "
     "ให้การต้อนรับ Mr.Sriram Raghavan ในโอกาสเข้าเยี่ยมคารวะ", "2017-07-21", "2017-07-19"),
    # A weekday written without its วัน still does.
    ("เมื่อพุธที่ 30 พฤษภาคม 2561 คณะผู้เชี่ยวชาญจากสหรัฐอเมริกาได้เข้าเยี่ยมคารวะ นายสุรศักดิ์ กาญจนรัตน์ "
     "รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม", "2018-06-01", "2018-05-30"),
    # The day a law came into force dates no meeting.
    ("วันนี้ (20 เม.ย.60) พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี เป็นประธานการประชุมคณะกรรมการดิจิทัล\n"
     "ที่ประชุมได้มีการพิจารณาโครงการยกระดับโครงสร้างพื้นฐานโทรคมนาคม ตามพระราชบัญญัติการพัฒนาดิจิทัลเพื่อเศรษฐกิจ"
     "และสังคม ซึ่งมีผลใช้บังคับเมื่อวันที่ 25 มกราคม 2560 เป็นต้นมา", "2017-04-20", "2017-04-20"),
    # Last year's number by slip of the pen, in a story published the next day.
    ("เมื่อวันที่ 8 ม.ค. 64 นางสาวชมภารี ชมภูรัตน์ ผู้ตรวจราชการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
     "ได้เข้าพบนายวราวุธ ภู่อภิญญา เอกอัครราชทูต ณ กรุงอาบูดาบี", "2022-01-09", "2022-01-08"),
    # ... a new year's slip only: a day of last December is a year ago.
    ("โดยได้ลงนามปฏิญญาแสดงเจตจำนงว่าด้วยความร่วมมือในสาขาคมนาคมขนส่ง ระหว่างนายสมชาย ใจดี และนายสมศักดิ์ ใจงาม "
     "เมื่อวันที่ 8 ธันวาคม 2564", "2022-12-15", "2021-12-08"),
    # A story that never says when: the date its release ends with (a ministry's ****** 17 สิงหาคม 2560).
    ("นายแพทย์ปิยะสกล สกลสัตยาทร รัฐมนตรีว่าการกระทรวงสาธารณสุข และนายแพทย์ทาเคโอะ โทดะ (Dr.Takao Toda) "
     "ร่วมเป็นประธานการประชุมโครงการความร่วมมือทางวิชาการไทย-ญี่ปุ่น\n******************************  "
     "17 สิงหาคม 2560\n", "2017-08-18", "2017-08-17"),
])
def test_the_day_the_event_took_place(body, published, day):
    assert [ev.date for ev in facts(body, published=published).events] == [dt.date.fromisoformat(day)]


def test_the_day_a_trip_is_told_of_does_not_date_the_trip():
    f = facts("วันนี้ (15 มีนาคม 2568) นพ.พงศธร พอกเพิ่มดี รองปลัดกระทรวงสาธารณสุข เปิดเผยว่า ได้เดินทางไปยังกรุงฮานอย "
              "ระหว่างวันที่ 12-14 มีนาคม 2568 เพื่อหารือความร่วมมือด้านสาธารณสุข\n"
              "ในโอกาสนี้ นพ.พงศธร พอกเพิ่มดี ได้เข้าพบนางอุรวดี ศรีภิรมย์ เอกอัครราชทูต ณ กรุงฮานอย", published="2025-03-15")
    assert {ev.date for ev in f.events} == {dt.date(2025, 3, 12)}


@pytest.mark.parametrize("phrase", ["บริษัทสายการบิน", "ศูนย์วิเคราะห์ทดสอบชั้นนำ", "สถาบันอุดมศึกษาของไทยหลายแห่ง",
                                    "สำนักงานศูนย์", "องค์กรระหว่างประเทศ", "โรงพยาบาลแห่งหนึ่ง", "กองทุนใหม่",
                                    "กระทรวงอื่นๆ", "สำนักงานขนส่งทุกแห่ง", "องค์กรขนาดใหญ่", "บริษัทจึง",
                                    "สมาคมประมงส่วนใหญ่", "บริษัทสัญชาติญี่ปุ่น", "สถาบันเกษตรกร", "บริษัทสมาชิก",
                                    "บริษัทญี่ปุ่นลงทุน", "ธนาคารทุกแห่ง", "ธนาคารทั้งสองแห่ง", "โรงพยาบาลแรก",
                                    "องค์กรต่อไป", "หลายกระทรวงของอินเดีย", "หอการค้าจังหวัด", "สภาอุตสาหกรรมจังหวัด",
                                    "องค์กรภาคประชาชน", "องค์การพัฒนาเอกชน", "สำนักงานจังหวัด", "กระทรวงเจ้าสังกัด",
                                    "สถาบันวิจัย", "โรงเรียนนานาชาติ"])
def test_a_kind_of_body_is_no_organisation(phrase):
    text = f"นางนลินี ทวีสิน หารือกับผู้แทนจาก{phrase} และกรมการค้าต่างประเทศ"
    assert [o.label for o in find_orgs(text, 0, len(text), load())] == ["กรมการค้าต่างประเทศ"]


@pytest.mark.parametrize(("text", "label"), [
    ("โดยได้รับการสนับสนุนจากศูนย์การถ่ายทอดเทคโนโลยีของ วว. เพื่อแก้ไขปัญหา", "ศูนย์การถ่ายทอดเทคโนโลยี"),
    ("สำหรับสถาบันศึกษาปอเนาะศอลาฮุดดีนแห่งนี้ นักเรียนได้ยืนต้อนรับ", "สถาบันศึกษาปอเนาะศอลาฮุดดีน"),
    ("โดยโรงพยาบาลชุมชนขนาด 60 เตียง รองรับประชากร", "โรงพยาบาลชุมชน"),
    ("เชิญชวนสำนักงานสรรพากรพื้นที่ทั่วประเทศ ร่วมโครงการ", "สำนักงานสรรพากรพื้นที่"),
])
def test_an_agencys_name_ends_before_which_one_its_size_or_its_owner(text, label):
    assert find_orgs(text, 0, len(text), load())[0].label == label


@pytest.mark.parametrize(("text", "label"), [
    ("นายสุรจิตต์ อินทรชิต เลขาธิการสำนักปฏิรูปที่ดินเพื่อเกษตรกรรม (ส.ป.ก.) กล่าวว่า", "สำนักปฏิรูปที่ดินเพื่อเกษตรกรรม"),
    ("ร่วมกับศูนย์วนศาสตร์เพื่อคนกับป่า (RECOFTC) จัดการประชุม", "ศูนย์วนศาสตร์เพื่อคนกับป่า"),
    ("ที่ประชุมคณะกรรมการเขตสุขภาพเพื่อประชาชน (กขป.) เห็นชอบ", "คณะกรรมการเขตสุขภาพเพื่อประชาชน"),
])
def test_a_name_that_runs_past_its_purpose_to_its_abbreviation_is_read_whole(text, label):
    assert label in [o.label for o in find_orgs(text, 0, len(text), load())]


def test_a_board_named_past_its_purpose_to_the_end_of_an_items_heading_is_read_whole():
    f = facts("37. เรื่อง การแต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการจัดรูปที่ดินเพื่อพัฒนาพื้นที่\n"
              "คณะรัฐมนตรีมีมติอนุมัติตามที่กระทรวงมหาดไทยเสนอแต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการจัดรูปที่ดินเพื่อพัฒนาพื้นที่ "
              "จำนวน 2 คน ดังนี้\n1. นายสุพล ศรีพันธุ์ ผู้มีคุณวุฒิทางด้านการพัฒนาเมืองและการจัดรูปที่ดิน\n"
              "2. นายวีระพงษ์ บุญญานุสนธิ์ ผู้มีคุณวุฒิทางด้านกฎหมายและการจัดรูปที่ดิน\n", published="2020-12-08")
    names = labels_of(f)
    assert {names[p.org] for p in f.posts} == {"คณะกรรมการจัดรูปที่ดินเพื่อพัฒนาพื้นที่"}
    # A heading broken over a line in a summary's index is no end of the name.
    text = "24. เรื่อง การแต่งตั้งคณะกรรมการระดับชาติเพื่อเตรียมการจัดการประชุมประจำปีสภา\nผู้ว่าการธนาคารโลก"
    assert "คณะกรรมการระดับชาติเพื่อเตรียมการจัดการประชุมประจำปีสภา" not in [
        o.label for o in find_orgs(text, 0, len(text), load())]


def test_a_name_cut_at_its_purpose_is_the_agency_the_article_names_whole():
    f = facts("นายฉัตรชัย อภิบาลพูนพล ประธานมูลนิธิด้วยกัน เพื่อคนพิการและสังคม กล่าวว่า ความร่วมมือระหว่าง"
              "กรุงเทพมหานคร (กทม.) มูลนิธิด้วยกันเพื่อคนพิการและสังคม และภาคีเครือข่าย")
    names = labels_of(f)
    assert {names[p.org] for p in f.posts} == {"มูลนิธิด้วยกันเพื่อคนพิการและสังคม"}
    assert "มูลนิธิด้วยกัน" not in names.values()


def test_a_thai_ministry_and_a_country_after_it_are_two_parties_not_that_countrys_ministry():
    text = "ร่วมหารือเกี่ยวกับความร่วมมือในอนาคตระหว่างกระทรวงอุตสาหกรรมและประเทศญี่ปุ่นในเรื่องโมเดลเศรษฐกิจ BCG"
    assert [(o.label, o.country) for o in find_orgs(text, 0, len(text), load())] == [("กระทรวงอุตสาหกรรม", "TH")]


def test_posts_written_with_a_slash_between_are_both_held():
    assert posts_of("นายภูมิธรรม เวชยชัย รองนายกรัฐมนตรี/รัฐมนตรีว่าการกระทรวงกลาโหม ให้การต้อนรับคณะ") == {
        ("ภูมิธรรม เวชยชัย", "รองนายกรัฐมนตรี"), ("ภูมิธรรม เวชยชัย", "รัฐมนตรีว่าการกระทรวง")}


def test_a_parent_named_right_after_of_belongs_to_the_post():
    text = "Ms. Atsuko Okuda ผู้อำนวยการสำนักงานภูมิภาคเอเชียและแปซิฟิกของ ITU ในโอกาสเข้าพบ"
    phrase = title_at(text, text.find("ผู้อำนวยการ"), len(text), load())
    assert [o.label for o in phrase.orgs] == ["สำนักงานภูมิภาคเอเชียและแปซิฟิก", "ITU"]


def test_a_signing_proposed_or_planned_is_no_signing():
    f = facts("วันนี้ (12 มีนาคม 2568) นพ.พงศธร พอกเพิ่มดี รองปลัดกระทรวงสาธารณสุข หารือกับ Ms. Nguyen Thi Lien Huong "
              "รัฐมนตรีช่วยว่าการกระทรวงสาธารณสุขเวียดนาม\nโดย Ms. Nguyen Thi Lien Huong เสนอให้มีการพิจารณาทำข้อตกลงที่ทั้งสองฝ่าย"
              "ลงนามร่วมกันฉบับใหม่ และนพ.พงศธร พอกเพิ่มดี จะลงนามบันทึกความเข้าใจในปีหน้า", published="2025-03-12")
    assert [ev.type for ev in f.events] == ["Meeting"]
    assert {p.role for ev in f.events for p in ev.participations if p.agent_kind == "person"} == {"Participant"}


def test_a_joint_declaration_signed_is_a_signing_as_an_order_signed_is_not():
    f = facts("เมื่อวันที่ 4 กันยายน 2560 นายอุตตม สาวนายน รัฐมนตรีว่าการกระทรวงอุตสาหกรรม ให้เกียรติเป็นประธานเปิด "
              "พิธีลงนามประกาศร่วมกันปฏิญญาร่วมระหว่างองค์การพัฒนาอุตสาหกรรมแห่งสหประชาชาติ (UNIDO) และสำนักงานเพื่อการพัฒนา"
              "ระเบียงเศรษฐกิจพิเศษภาคตะวันออก (สกรศ.)", published="2017-09-05")
    assert [ev.type for ev in f.events] == ["Signing"]
    f = facts("เมื่อวันที่ 4 กันยายน 2560 นายอุตตม สาวนายน รัฐมนตรีว่าการกระทรวงอุตสาหกรรม ลงนามประกาศแต่งตั้งคณะทำงาน",
              published="2017-09-05")
    assert not f.events


def test_a_signing_being_arranged_is_no_signing():
    # The flags are lowered on 9, 12 and 13 September; the condolence book is yet to be signed.
    f = facts("ทั้งนี้ โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า พลเอก ประวิตร วงษ์สุวรรณ รองนายกรัฐมนตรี ได้ให้ส่วนราชการ "
              "ลดธงครึ่งเสาเป็นเวลา 3 วัน ในวันที่ 9, 12, 13 กันยายน 2565 และขณะนี้อยู่ระหว่างการประสานงานเพื่อเดินทางไปลงนาม"
              "ในสมุดแสดงความเสียใจ ณ สถานเอกอัครราชทูตสหราชอาณาจักรประจำประเทศไทย", published="2022-09-09")
    assert not f.events
    f = facts("วันนี้ (9 กันยายน 2565) พลเอก ประวิตร วงษ์สุวรรณ รองนายกรัฐมนตรี อยู่ระหว่างการประสานงานเพื่อเดินทางไปลงนาม"
              "ในสมุดแสดงความเสียใจ ณ สถานเอกอัครราชทูตสหราชอาณาจักรประจำประเทศไทย", published="2022-09-09")
    assert not f.events


def test_a_sentence_opening_on_in_the_talks_adds_its_people_to_the_talks_told_before():
    f = facts("วันนี้ (6 มี.ค. 2568) นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรีและรมว.มหาดไทย ให้การต้อนรับ นายโยอาฟ เบน ทซูร์ "
              "รัฐมนตรีว่าการกระทรวงแรงงานแห่งรัฐอิสราเอล ในโอกาสเข้าเยี่ยมคารวะ\n"
              "นายอนุทิน กล่าวว่า ประเทศไทยมีความสัมพันธ์ทางการทูตกับประเทศอิสราเอลมาอย่างยาวนาน\n"
              "ทั้งนี้ในการหารือ นายขจร ศรีชวโนทัย รองปลัดกระทรวงมหาดไทย ได้ร่วมหารือด้วย", published="2025-03-06")
    etype, people = only_event(f)
    assert etype == "Visit" and people["ขจร ศรีชวโนทัย"] == "Participant" and people["อนุทิน ชาญวีรกูล"] == "Host"


def test_those_named_at_todays_talks_or_joining_them_as_well_take_part_in_the_call_told_before():
    call = ("วันนี้ (26 ก.พ. 68) น.ส.ซาบีดา ไทยเศรษฐ์ รมช.มหาดไทย ให้การต้อนรับ นายมาซากอส ซุลกิฟิ "
            "รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและครอบครัว สาธารณรัฐสิงคโปร์ โอกาสเข้าเยี่ยมคารวะและหารือ "
            "ณ ห้องดำรงราชานุภาพ อาคารศาลาว่าการกระทรวงมหาดไทย\n"
            "น.ส.ซาบีดา กล่าวว่า ตนรู้สึกเป็นเกียรติอย่างยิ่งที่ได้มีโอกาสให้การต้อนรับ\n")
    for told in ("การหารือวันนี้ นายวินัย โตเจริญ รองอธิบดีกรมการปกครอง และเจ้าหน้าที่ที่เกี่ยวข้อง ร่วมหารือด้วย",
                 "ทั้งนี้ นายวินัย โตเจริญ รองอธิบดีกรมการปกครอง และเจ้าหน้าที่ที่เกี่ยวข้อง ร่วมหารือด้วย"):
        etype, people = only_event(facts(call + told, published="2025-02-26"))
        assert etype == "Visit" and people["วินัย โตเจริญ"] == "Participant"
        assert people["ซาบีดา ไทยเศรษฐ์"] == "Host" and people["มาซากอส ซุลกิฟิ"] == "Guest"


def test_who_opens_a_paragraph_to_speak_after_a_meeting_spoke_at_it():
    f = facts("วันนี้ (15 พฤษภาคม 2560) กระทรวงอุตสาหกรรม จัดการประชุม Industrie 4.0 in Thailand 4.0 "
              "โดยมีศาสตราจารย์ ดร. เพเทอร์ โพสต์ หัวหน้าฝ่ายวิจัยประยุกต์ บริษัทเฟสโต ร่วมหารือ\n"
              "นายอุตตม สาวนายน รัฐมนตรีว่าการกระทรวงอุตสาหกรรม กล่าวว่า การประชุมในวันนี้ได้กระตุ้นให้เกิดการหารือ\n"
              "นายสมชาย หาญหิรัญ ปลัดกระทรวงอุตสาหกรรม กล่าวว่า ประเด็นการพัฒนาสู่อุตสาหกรรม 4.0 นั้น มีความซับซ้อน",
              published="2017-05-15")
    etype, people = only_event(f)
    assert etype == "Meeting" and people == {"เพเทอร์ โพสต์": "Participant", "อุตตม สาวนายน": "Participant",
                                             "สมชาย หาญหิรัญ": "Participant"}


def test_those_who_honoured_the_event_told_of_take_part_in_it():
    f = facts("เมื่อวันจันทร์ที่ 18 มิถุนายน 2561 นพ.ธีระเกียรติ เจริญเศรษฐศิลป์ รัฐมนตรีว่าการกระทรวงศึกษาธิการ "
              "ลงพื้นที่จังหวัดชลบุรี เพื่อตรวจเยี่ยมและหารือแนวทางการดำเนินการจัดตั้งโรงเรียนเตรียมนวัตกร\n"
              "การลงพื้นที่จังหวัดชลบุรีในครั้งนี้ ได้รับเกียรติจากนายชิโร ซะโดะชิมะ เอกอัครราชทูตญี่ปุ่นประจำประเทศไทย, "
              "นายบุญรักษ์ ยอดเพชร เลขาธิการคณะกรรมการการศึกษาขั้นพื้นฐาน, ผู้บริหารกระทรวงศึกษาธิการ เป็นต้น",
              published="2018-06-19")
    etype, people = only_event(f)
    assert etype == "Visit"
    assert people == {"ธีระเกียรติ เจริญเศรษฐศิลป์": "Guest", "ชิโร ซะโดะชิมะ": "Participant",
                      "บุญรักษ์ ยอดเพชร": "Participant"}


def test_a_signing_at_a_seminar_is_a_signing_at_a_meeting():
    f = facts("วันนี้ (12 กันยายน 2560) นายอุตตม สาวนายน รัฐมนตรีว่าการกระทรวงอุตสาหกรรม กล่าวปาฐกถาพิเศษและเป็นสักขีพยาน"
              "ในพิธีลงนามบันทึกความเข้าใจ ในการสัมมนาความร่วมมือด้านยุทธศาสตร์ระหว่างไทย – ญี่ปุ่น โดยมีนายสมคิด "
              "จาตุศรีพิทักษ์ รองนายกรัฐมนตรี เป็นประธาน", published="2017-09-12")
    names = labels_of(f)
    by_type = {ev.type: {names[p.agent]: p.role for p in ev.participations if p.agent_kind == "person"}
               for ev in f.events}
    assert by_type == {"Meeting": {"อุตตม สาวนายน": "Participant", "สมคิด จาตุศรีพิทักษ์": "Chair"},
                       "Signing": {"อุตตม สาวนายน": "Participant", "สมคิด จาตุศรีพิทักษ์": "Participant"}}


def test_the_bodies_that_held_the_meeting_told_of_take_part_in_it():
    f = facts("วันนี้ (12 กันยายน 2560) นายอุตตม สาวนายน รัฐมนตรีว่าการกระทรวงอุตสาหกรรม กล่าวปาฐกถาพิเศษ ในการสัมมนา"
              "ความร่วมมือด้านยุทธศาสตร์ระหว่างไทย – ญี่ปุ่น โดยมีนายสมคิด จาตุศรีพิทักษ์ รองนายกรัฐมนตรี เป็นประธาน "
              "ณ โรงแรมแบงค็อกแมริออท ควีนส์ปาร์ค\n"
              "กระทรวงพาณิชย์ สภาหอการค้าแห่งประเทศไทย และสมาคมธนาคารไทย ได้ร่วมกันจัดการสัมมนาใหญ่ในหัวข้อ Symposium on "
              "Thailand 4.0 towards Connected Industries เพื่อนำเสนอโอกาสแห่งความร่วมมือ", published="2017-09-12")
    names = labels_of(f)
    (event,) = f.events
    assert {names[p.agent] for p in event.participations if p.agent_kind == "org"} == {
        "กระทรวงอุตสาหกรรม", "กระทรวงพาณิชย์", "สภาหอการค้าแห่งประเทศไทย", "สมาคมธนาคารไทย"}


def test_a_time_gone_by_is_an_event_of_its_own_and_undated():
    f = facts("วันนี้ (28 สิงหาคม 2560) นายมะสะฟุมิ ชุคุริ (Mr. Masafumi Shukuri) ประธานสมาคมรถไฟความเร็วสูงระหว่างประเทศ"
              "ของญี่ปุ่น เข้าเยี่ยมคารวะพลอากาศเอก ประจิน จั่นตอง รองนายกรัฐมนตรี ณ ห้องรับรอง 1 ตึกบัญชาการ 1 ทำเนียบรัฐบาล "
              "สรุปสาระสำคัญดังนี้\nรองนายกรัฐมนตรีและประธานสมาคมฯต่างแสดงความยินดีที่ได้พบกันอีกครั้งหลังจากที่ได้พบกัน"
              "เมื่อครั้งที่รองนายกรัฐมนตรีเคยมีส่วนร่วมลงนามบันทึกแสดงเจตจำนงว่าด้วยความร่วมมือด้านการพัฒนาระบบราง",
              published="2017-08-28")
    assert sorted((ev.type, ev.date) for ev in f.events) == [("Signing", None),
                                                             ("Visit", dt.date(2017, 8, 28))]


def test_an_invitation_to_a_meeting_to_come_is_no_meeting():
    f = facts("วันนี้ (20 กุมภาพันธ์ 2567) นายเศรษฐา ทวีสิน นายกรัฐมนตรี ได้เชิญนายกรัฐมนตรีมาเลเซียเข้าร่วมการประชุม "
              "ครั้งที่ 79 ณ นครนิวยอร์ก", published="2024-02-20")
    assert list(f.events) == []


@pytest.mark.parametrize("body", [
    # Who will co-chair the meeting planned is part of the plan.
    "น.ส.ไตรศุลี ไตรสรณกุล โฆษกกระทรวงมหาดไทย กล่าวว่า ในวันที่ 24 ต.ค. 67 จะมีการประชุมคณะผู้ว่าราชการจังหวัดชายแดน "
    "ไทย – กัมพูชา ครั้งที่ 8 โดยมีนายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรีและ รมว.มหาดไทย และ ฯพณฯ อภิสันติบัณฑิต ซอร์ ซกคา "
    "รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงมหาดไทยแห่งราชอาณาจักรกัมพูชา เป็นประธานร่วม",
    # A meeting dated ahead of the story, or tomorrow, has not taken place.
    "สำหรับ วันที่ 24 ต.ค. 67 เป็นการประชุมคณะผู้ว่าราชการจังหวัดชายแดนไทย – กัมพูชา โดยมีนายอนุทิน ชาญวีรกูล "
    "รองนายกรัฐมนตรี เป็นประธาน",
    "โดยในวันพรุ่งนี้ (23 ต.ค. 67) การประชุมหัวหน้าคณะเจ้าหน้าที่อาวุโสระดับสูง มีนายอรรษิษฐ์ สัมพันธรัตน์ "
    "ปลัดกระทรวงมหาดไทย เป็นประธานการประชุม",
])
def test_a_meeting_to_come_is_no_event(body):
    assert list(facts(body, published="2024-10-22").events) == []


def test_the_items_under_a_heading_dated_ahead_are_an_agenda():
    f = facts("นายพรชัย ฐีระเวช ผู้อำนวยการสำนักงานเศรษฐกิจการคลัง แถลงถึงการประชุมรัฐมนตรีคลังอาเซียน\n"
              "1. วันพฤหัสบดีที่ 30 มีนาคม 2566 มีการประชุมที่สำคัญ ดังนี้\n"
              "1.1 การประชุมระหว่างรัฐมนตรีว่าการกระทรวงการคลังอาเซียนอย่างไม่เป็นทางการ (AFMM Retreat)\n"
              "1.2 การเสวนา Ministerial Fireside Chat โดยมี H.E. Sri Mulyani Indrawati รัฐมนตรีว่าการกระทรวงการคลัง"
              "สาธารณรัฐอินโดนีเซีย ร่วมเสวนา", published="2023-03-29")
    names = labels_of(f)
    assert not [p for ev in f.events for p in ev.participations if names.get(p.agent) == "Sri Mulyani Indrawati"]


def test_a_meeting_the_day_after_the_story_has_not_taken_place_on_it():
    f = facts("นายพิชัย ชุณหวชิร รัฐมนตรีว่าการกระทรวงการคลัง ร่วมการประชุมรัฐมนตรีว่าการกระทรวงการคลังอาเซียน ครั้งที่ 10 "
              "ณ กรุงจาการ์ตา ระหว่างวันที่ 23 – 24 ต.ค. 2567", published="2024-10-22")
    assert [ev.date for ev in f.events if ev.date] == []


def test_a_day_ahead_by_a_local_time_east_of_bangkok_is_no_plan():
    f = facts("วันที่ 23 ตุลาคม 2567 เวลา 09.00 น. (ตามเวลาท้องถิ่น) นายพิชัย ชุณหวชิร รัฐมนตรีว่าการกระทรวงการคลัง "
              "ร่วมการประชุมรัฐมนตรีคลังเอเปค ณ กรุงโตเกียว", published="2024-10-22")
    assert [ev.date for ev in f.events] == [dt.date(2024, 10, 23)]


def test_acting_as_co_chair_with_someone_is_co_chairing_not_a_post():
    got = roles("วันที่ 18 มกราคม 2568 นายเอกพงษ์ หริ่มเจริญ รองปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เข้าร่วมการประชุม "
                "Joint Business Dialogues โดยมี ดร.ปิยนุช วุฒิสอน รองปลัดกระทรวงดีอี ทำหน้าที่ประธานร่วมกับ Ms Zheng Hong",
                published="2025-01-18")
    assert got["ปิยนุช วุฒิสอน"] == "CoChair" and got["Zheng Hong"] == "CoChair"


@pytest.mark.parametrize(("body", "signings"), [
    ("คณะรัฐมนตรีมีมติเมื่อวันที่ 7 เมษายน 2558 เห็นชอบต่อร่างหนังสือแลกเปลี่ยนของฝ่ายอาเซียน "
     "และเห็นชอบให้เลขาธิการอาเซียนหรือผู้แทนลงนามในหนังสือแลกเปลี่ยน", 0),
    ("เมื่อวันที่ 7 เมษายน 2558 เลขาธิการอาเซียนได้ลงนามในหนังสือแลกเปลี่ยนกับออสเตรเลีย", 1),
])
def test_leave_to_sign_given_by_a_resolution_is_no_signing(body, signings):
    assert len([e for e in facts(body, published="2021-12-21").events if e.type == "Signing"]) == signings


@pytest.mark.parametrize("body", [
    "วันนี้ (29 ธันวาคม 2564) นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรี ต้อนรับปีใหม่ 2565 ด้วยการมอบของขวัญแก่ประชาชน",
    "วันนี้ (29 ธันวาคม 2564) นายพิพัฒน์ รัชกิจประการ รัฐมนตรีว่าการกระทรวงการท่องเที่ยวและกีฬา ให้การต้อนรับนักท่องเที่ยว"
    "ชาวต่างชาติ ณ ท่าอากาศยานภูเก็ต",
    "วันนี้ (29 ธันวาคม 2564) นายดอน ปรมัตถ์วินัย รัฐมนตรีว่าการกระทรวงการต่างประเทศ กล่าวต้อนรับผู้เข้าร่วมการประชุม"
    "ระดับภูมิภาค ณ โรงแรมแชงกรี-ลา",
])
def test_welcoming_the_new_year_the_tourists_or_a_meetings_participants_is_no_visit(body):
    assert not [e for e in facts(body, published="2021-12-29").events if e.type == "Visit"]


def test_co_chairing_a_signing_ceremony_is_a_signing_only():
    f = facts("วันนี้ (31 สิงหาคม 2563) นายวราวุธ ศิลปอาชา รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม และนายสมศักดิ์ "
              "เทพสุทิน รัฐมนตรีว่าการกระทรวงยุติธรรม เป็นประธานร่วมในพิธีลงนามบันทึกความเข้าใจว่าด้วยการบูรณาการความร่วมมือ "
              "ณ กระทรวงยุติธรรม", published="2020-08-31")
    assert only_event(f) == ("Signing", {"วราวุธ ศิลปอาชา": "CoChair", "สมศักดิ์ เทพสุทิน": "CoChair"})


def test_a_welcome_misspelt_ตอนรับ_is_still_one():
    got = roles("เมื่อวันที่ 23 สิงหาคม 2564 นายชัยวุฒิ ธนาคมานุสรณ์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
                "ได้ให้การตอนรับ นายซกกรัดทะยา ซก (Dr.Sokrethya Sok) ที่ปรึกษาส่วนตัวของนายกรัฐมนตรีกัมพูชา และคณะ",
                published="2021-08-23")
    assert got == {"ชัยวุฒิ ธนาคมานุสรณ์": "Host", "ซกกรัดทะยา ซก": "Guest"}


def test_who_chairs_beside_a_co_chair_co_chairs():
    got = roles("วันที่ 18 มกราคม 2568 นายประเสริฐ จันทรรวงทอง รองนายกรัฐมนตรี เป็นประธานการประชุมระดับรัฐมนตรีไทย - จีน "
                "ว่าด้วยความร่วมมือด้านดิจิทัล ครั้งที่ 2 ร่วมด้วย นายจาง หยุนหมิง รัฐมนตรีช่วยว่าการกระทรวงอุตสาหกรรม"
                "และเทคโนโลยีสารสนเทศจีน เป็นประธานร่วมการประชุมฯ", published="2025-01-18")
    assert got["ประเสริฐ จันทรรวงทอง"] == "CoChair" and got["จาง หยุนหมิง"] == "CoChair"


def test_the_one_whom_ซึ่งมี_names_as_chair_chairs_and_the_subject_takes_part():
    got = roles("วันนี้ (20 ม.ค. 68) นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรีและรมว.มหาดไทย ร่วมเป็นเกียรติในพิธีเปิด"
                "การประชุมนานาชาติว่าด้วยความปลอดภัยและการป้องกันอาชญากรรมทางไซเบอร์ ซึ่งมี ดาโต๊ะ เซอรี ด็อกเตอร์ "
                "อาห์หมัด ซาฮีด ฮามีดี รองนายกรัฐมนตรีของมาเลเซีย เป็นประธาน", published="2025-01-20")
    assert got == {"อนุทิน ชาญวีรกูล": "Participant", "อาห์หมัด ซาฮีด ฮามีดี": "Chair"}


def test_a_spouse_named_before_a_minister_is_a_person_of_her_own_and_the_post_is_his():
    got = posts_of("ในงาน นางอภิญญา เวชยชัย คู่สมรสนายภูมิธรรม เวชยชัย รองนายกรัฐมนตรี และนางสาวสุทธาสินี สกุลคู "
                   "คู่สมรสนายพิชัย ชุณหวชิร รัฐมนตรีว่าการกระทรวงการคลัง เข้าร่วมงาน", published="2025-03-10")
    assert got == {("ภูมิธรรม เวชยชัย", "รองนายกรัฐมนตรี"), ("พิชัย ชุณหวชิร", "รัฐมนตรีว่าการกระทรวง")}
    assert {"อภิญญา เวชยชัย", "สุทธาสินี สกุลคู"} <= set(labels_of(facts("นางอภิญญา เวชยชัย คู่สมรสนายภูมิธรรม "
                                                                          "เวชยชัย และนางสาวสุทธาสินี สกุลคู "
                                                                          "คู่สมรสนายพิชัย ชุณหวชิร")).values())
    assert "คิม จอง ซุก" in labels_of(facts("นายมุน แช อิน ประธานาธิบดีแห่งสาธารณรัฐเกาหลี และนางคิม จอง ซุก ภริยา "
                                         "เดินทางเยือนประเทศไทยอย่างเป็นทางการ")).values()


def test_the_civil_servant_named_before_his_title_holds_it():
    got = posts_of("คณะรัฐมนตรีมีมติอนุมัติแต่งตั้ง นางสาวอัณณ์ณิชา โตกิจกล้าธวัฒน์ ข้าราชการพลเรือนสามัญ ตำแหน่ง "
                   "ผู้อำนวยการกอง (ผู้อำนวยการสูง) กองมาตรฐานการวิจัย สำนักงานการวิจัยแห่งชาติ ให้ดำรงตำแหน่ง "
                   "ที่ปรึกษาด้านระบบวิจัย (นักวิเคราะห์นโยบายและแผนทรงคุณวุฒิ) สำนักงานการวิจัยแห่งชาติ", published="2024-04-09")
    assert got == {("อัณณ์ณิชา โตกิจกล้าธวัฒน์", "ผู้อำนวยการกอง"), ("อัณณ์ณิชา โตกิจกล้าธวัฒน์", "ที่ปรึกษาด้านระบบวิจัย")}


@pytest.mark.parametrize(("body", "published", "expected"), [
    # the bare สำนักงานปลัดกระทรวง after the title, the ministry named by the item's heading
    ("18. เรื่อง การแต่งตั้งข้าราชการพลเรือนสามัญให้ดำรงตำแหน่งประเภทบริหารระดับสูง "
     "(กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม)\nคณะรัฐมนตรีมีมติอนุมัติแต่งตั้งข้าราชการ จำนวน 2 ราย ดังนี้\n"
     "1. นางชญานันท์ ภักดีจิตต์ ผู้ช่วยปลัดกระทรวง สำนักงานปลัดกระทรวง ดำรงตำแหน่ง รองปลัดกระทรวง "
     "สำนักงานปลัดกระทรวง\n2. นายจตุพร บุรุษพัฒน์ ปลัดกระทรวง สำนักงานปลัดกระทรวง\n", "2023-01-10",
     {("ชญานันท์ ภักดีจิตต์", "ผู้ช่วยปลัดกระทรวง", "สำนักงานปลัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม"),
      ("ชญานันท์ ภักดีจิตต์", "รองปลัดกระทรวง", "สำนักงานปลัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม"),
      ("จตุพร บุรุษพัฒน์", "ปลัดกระทรวง", "กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม")}),
    # the post named with its ministry, then that ministry's office in full
    ("1. นายเจริญ ชื้อตระกูล ผู้ช่วยปลัดสำนักนายกรัฐมนตรี สำนักงานปลัดสำนักนายกรัฐมนตรี ดำรงตำแหน่ง "
     "ผู้ตรวจราชการสำนักนายกรัฐมนตรี สำนักงานปลัดสำนักนายกรัฐมนตรี\n"
     "2. นายพรพจน์ เพ็ญพาส รองปลัดกระทรวงมหาดไทย สำนักงานปลัดกระทรวงมหาดไทย ดำรงตำแหน่ง ปลัดกระทรวงมหาดไทย "
     "สำนักงานปลัดกระทรวงมหาดไทย\n", "2020-02-05",
     {("เจริญ ชื้อตระกูล", "ผู้ช่วยปลัด", "สำนักงานปลัดสำนักนายกรัฐมนตรี"),
      ("เจริญ ชื้อตระกูล", "ผู้ตรวจราชการ", "สำนักงานปลัดสำนักนายกรัฐมนตรี"),
      ("พรพจน์ เพ็ญพาส", "รองปลัดกระทรวง", "สำนักงานปลัดกระทรวงมหาดไทย"),
      ("พรพจน์ เพ็ญพาส", "ปลัดกระทรวง", "กระทรวงมหาดไทย")}),
])
def test_a_post_written_with_the_permanent_secretarys_office_is_in_the_office(body, published, expected):
    f = facts(body, published=published)
    names = labels_of(f)
    assert {(names[p.person], p.title, names[p.org]) for p in f.posts} == expected


def test_the_short_form_of_a_permanent_secretarys_office_is_that_office():
    f = facts("นายณัฐพล รังสิตพล ปลัดกระทรวงอุตสาหกรรม ให้การต้อนรับ ณ ห้องประชุม สำนักปลัดกระทรวงอุตสาหกรรม")
    assert "สำนักงานปลัดกระทรวงอุตสาหกรรม" in labels_of(f).values()


def test_a_foreign_ministrys_fields_and_country_may_be_broken_over_a_line():
    f = facts("พลอากาศเอก ประจิน จั่นตอง รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงยุติธรรม\nให้การต้อนรับ นางตะละตา อะทิคูลาลา "
              "รัฐมนตรีว่าการกระทรวงยุติธรรมและการปฏิรูปเรือนจำ\nสาธารณรัฐสังคมนิยมประชาธิปไตยศรีลังกา พร้อมคณะ", "2018-08-24")
    names = labels_of(f)
    assert {(names[p.person], names[p.org]) for p in f.posts if p.title == "รัฐมนตรีว่าการกระทรวง"} == {
        ("ประจิน จั่นตอง", "กระทรวงยุติธรรม"), ("ตะละตา อะทิคูลาลา", "กระทรวงยุติธรรมและการปฏิรูปเรือนจำศรีลังกา")}


def test_a_foreign_minister_named_with_the_country_is_of_its_foreign_ministry():
    def agencies(body: str) -> set[tuple[str, str | None]]:
        f = facts(body)
        names = labels_of(f)
        return {(names[p.person], names[p.org] if p.org else None) for p in f.posts}

    assert agencies("นางสาวเพนนี หว่อง รัฐมนตรีว่าการต่างประเทศออสเตรเลีย เดินทางเยือนประเทศไทยอย่างเป็นทางการ") == {
        ("เพนนี หว่อง", "กระทรวงการต่างประเทศออสเตรเลีย")}
    assert agencies("นายหวัง อี้ รัฐมนตรีต่างประเทศของจีน เดินทางเยือนประเทศไทย และนายดอน ปรมัตถ์วินัย รัฐมนตรีต่างประเทศ "
                    "ให้การต้อนรับ") == {("หวัง อี้", "กระทรวงการต่างประเทศจีน"), ("ดอน ปรมัตถ์วินัย", None)}


def test_a_latin_name_written_with_and_without_its_accents_is_one_person():
    f = facts("นายกรัฐมนตรีให้การต้อนรับ นายเอกตอร์ กอนเด อัลเมย์ดา (HE Mr Hector Conde Almeida) เอกอัครราชทูต"
              "สาธารณรัฐคิวบาประจำประเทศไทย ต่อมา Mr. Héctor Conde Almeida กล่าวขอบคุณ", published="2017-09-07")
    people = [e for e in f.entities if e.key.startswith("p-") and "Almeida" in str(e.labels)]
    assert len(people) == 1
    assert people[0].labels["th"] == "เอกตอร์ กอนเด อัลเมย์ดา"
    assert {people[0].labels["en"], *(a for a, _ in people[0].alt_labels)} == {"Hector Conde Almeida",
                                                                               "Héctor Conde Almeida"}


def test_a_meeting_joined_on_a_scheduled_trip_is_planned_too():
    assert not planned("มีกำหนดการเดินทางเยือนสหรัฐอเมริกา และร่วมการประชุม", 0, 0)
    text = ("นางสาวแพทองธาร ชินวัตร นายกรัฐมนตรี มีกำหนดการเดินทางเยือนนครลอสแอนเจลิส สหรัฐอเมริกา "
            "และร่วมการประชุมผู้นำเขตเศรษฐกิจเอเปค ครั้งที่ 31 ณ กรุงลิมา สาธารณรัฐเปรู")
    assert planned(text, 0, text.index("ประชุม"))


def test_a_meeting_one_will_host_named_again_and_its_chairs_on_the_next_line_are_the_plan():
    f = facts("กระทรวงพาณิชย์ จะเป็นเจ้าภาพจัดการประชุมคณะอนุกรรมาธิการด้านการค้าไทย-รัสเซีย ครั้งที่ 3 "
              "ซึ่งเป็นการประชุมระดับรัฐมนตรีเศรษฐกิจ วันที่ 21 เมษายน 2560 ณ โรงแรมดุสิตธานี\n"
              "โดยมี นางอภิรดี ตันตราภรณ์ รัฐมนตรีว่าการกระทรวงพาณิชย์ และนายอเล็กเซย์ กรุซเดียฟ "
              "รัฐมนตรีช่วยว่าการกระทรวงการพัฒนาเศรษฐกิจ เป็นประธานร่วมในการประชุม", published="2017-04-20")
    assert f.events == ()


def test_a_call_told_with_a_day_after_the_report_is_a_plan_whatever_other_day_the_sentence_names():
    f = facts("วันนี้ (30 ม.ค. 63) กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ แถลงว่า พม. นำเด็กและเยาวชน "
              "เข้าเยี่ยมคารวะนายกรัฐมนตรี (พลเอกประยุทธ์ จันทร์โอชา) ในวันที่ 3 ก.พ. 63 ณ ตึกสันติไมตรี ทำเนียบรัฐบาล "
              "อีกทั้งขอเชิญชวนเข้าชมนิทรรศการ ระหว่างวันที่ 20 ม.ค. - 1 ก.พ. 63", published="2020-01-30")
    assert [ev.type for ev in f.events] == []


def test_who_opens_an_event_as_its_chair_chairs_a_meeting():
    f = facts("วันที่ 8 มีนาคม 2568 นายวราวุธ ศิลปอาชา รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ "
              "เป็นประธานเปิดงานวันสตรีสากล ประจำปี 2568 โดยมีนายอนุกูล ปีดแก้ว ปลัดกระทรวงการพัฒนาสังคมและความมั่นคง"
              "ของมนุษย์ กล่าวรายงาน", published="2025-03-10")
    assert only_event(f) == ("Meeting", {"วราวุธ ศิลปอาชา": "Chair", "อนุกูล ปีดแก้ว": "Participant"})
    assert f.events[0].date == dt.date(2025, 3, 8)


def test_those_whom_ซึ่งมี_names_as_joining_a_call_take_part_and_host_nothing():
    got = roles("วันนี้ (29 สิงหาคม 2566) นาย หาน จื้อเฉียง (H.E. Mr. Han Zhiqiang) เอกอัครราชทูตจีนประจำประเทศไทย "
                "เข้าพบเพื่อแสดงความยินดีกับนายเศรษฐา ทวีสิน ในโอกาสได้รับแต่งตั้งเป็นนายกรัฐมนตรี ซึ่งมีนายแพทย์"
                "พรหมินทร์ เลิศสุริย์เดช และนายปานปรีย์ พหิทธานุกร ร่วมพบปะด้วย", published="2023-08-29")
    assert got == {"หาน จื้อเฉียง": "Guest", "เศรษฐา ทวีสิน": "Host", "พรหมินทร์ เลิศสุริย์เดช": "Participant",
                   "ปานปรีย์ พหิทธานุกร": "Participant"}


def test_those_named_in_a_paragraph_on_who_joined_take_part_in_the_event_before():
    got = roles("วันนี้ (20 ม.ค. 68) นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรี ร่วมประชุมว่าด้วยความปลอดภัยทางไซเบอร์ "
                "ณ ศูนย์การประชุมนานาชาติปูตราจายา ประเทศมาเลเซีย\nโอกาสนี้ นายอรรษิษฐ์ สัมพันธรัตน์ ปลัดกระทรวงมหาดไทย "
                "และ พล.ต.อ.ธัชชัย ปิตะนีละบุตร จเรตำรวจแห่งชาติ ร่วมในงานด้วย\nภายในงาน นายอนุทิน ได้เยี่ยมชมนิทรรศการ",
                published="2025-01-20")
    assert got == {"อนุทิน ชาญวีรกูล": "Participant", "อรรษิษฐ์ สัมพันธรัตน์": "Participant",
                   "ธัชชัย ปิตะนีละบุตร": "Participant"}


def test_initials_inside_a_foreign_name_confirmed_by_its_latin_form():
    text = "ณ ห้องสีงาช้าง ทำเนียบรัฐบาล นายอะห์มัด อะลี เอ.เจ. อัตตะมีมี (Ahmed Ali A. J. Al-Tamimi) เอกอัครราชทูตรัฐกาตาร์"
    (person,) = find_persons(text, 0, len(text), load())
    assert person.name == "อะห์มัด อะลี เอ.เจ. อัตตะมีมี"
    text = "โดยมี นายสมชาย ใจดี ผอ. สำนักงานปลัดกระทรวง เข้าร่วม"
    assert [p.name for p in find_persons(text, 0, len(text), load())] == ["สมชาย ใจดี"]


@pytest.mark.parametrize(("text", "name"), [
    ("ทั้งนี้ นายสมบัติ นิเวศน์รัตน์ รองอธิบดีกรมการจัดหางาน ให้การต้อนรับ", "สมบัติ นิเวศน์รัตน์"),
    ("และพลอากาศเอก สุรศักดิ์  มีมณี ที่ปรึกษาสถาบันเทคโนโลยีป้องกันประเทศ เพื่อพบกับ", "สุรศักดิ์ มีมณี"),
    ("นายดอน ปรมัตถ์วินัย กล่าวว่า ประธานาธิบดี", "ดอน ปรมัตถ์วินัย"),
    ("ณ กระทรวงมหาดไทย นายกองเอก ชยาวุธ จันทร รองปลัดกระทรวงมหาดไทย ในฐานะ", "ชยาวุธ จันทร"),
    ("พร้อมด้วยศาสตราจารย์คลินิก นพ.อุดม คชินทร รัฐมนตรีช่วยว่าการกระทรวงศึกษาธิการ", "อุดม คชินทร"),
    ("Datuk Seri Haji Mohamad bin Sabu Minister of Agriculture", "Mohamad bin Sabu"),
    ("ดาโต๊ะ ศรี อันวาร์ อิบราฮิม นายกรัฐมนตรีมาเลเซีย", "อันวาร์ อิบราฮิม"),
    ("ซึ่งมี ดาโต๊ะ เซอรี ด็อกเตอร์ อาห์หมัด ซาฮีด ฮามีดี รองนายกรัฐมนตรีของมาเลเซีย เป็นประธาน",
     "อาห์หมัด ซาฮีด ฮามีดี"),
    ("ดาตุก เซอรี ไซฟุดดิน นาซูเดียน บิน อิซมาอิล รมว.มหาดไทยของมาเลเซีย", "ไซฟุดดิน นาซูเดียน บิน อิซมาอิล"),
    ("Samdech Hun Manet Prime Minister", "Hun Manet"),
    ("และสมเด็จกลาโหม ซอร์ เค็ง รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงมหาดไทย", "ซอร์ เค็ง"),
    ("สมเด็จพิชัยเสนา เตีย บันห์ รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม", "เตีย บันห์"),
    ("กล่าวต้อนรับนางอิรินา โบโกว่า ผู้อำนวยการใหญ่องค์การยูเนสโก ในการปาฐกถาพิเศษ", "อิรินา โบโกว่า"),
])
def test_names_that_begin_or_end_like_common_words(text, name):
    assert [p.name for p in find_persons(text, 0, len(text), load())] == [name]


@pytest.mark.parametrize(("text", "names"), [
    ("โดยมี นายพลาวุธ วงศ์วิวัฒน์ ผู้อำนวยการกองยุทธศาสตร์และแผนงาน ร่วมหารือ", ["พลาวุธ วงศ์วิวัฒน์"]),
    ("รับพระราชทานยศทหารชั้นนายพล ประจำปีงบประมาณ 2564", []),
    ("การแต่งตั้งข้าราชการตำรวจในระดับนายพล ซึ่งเป็นการทำงานผ่านมติที่ประชุม", []),
])
def test_a_given_name_that_begins_like_general_is_a_name_before_a_surname_and_a_post(text, names):
    assert [p.name for p in find_persons(text, 0, len(text), load())] == names


@pytest.mark.parametrize("text", [
    "ให้การต้อนรับผู้อำนวยการโครงการสิ่งแวดล้อมแห่งสหประชาชาติและคณะ",
    "ร่วมกับ United Nations Development Programme (UNDP) จัดการประชุม",
    "ร่วมกับ The United Nations Development Programme จัดการประชุม",
    "Lead Service Provider of United Nations Environment Programme",
])
def test_a_un_body_named_like_a_programme_is_no_programme(text):
    assert find_programmes(text, 0, len(text), load()) == []


def test_a_noun_made_with_คุณ_is_no_name():
    text = "ด้านคุณสมบัติ ของผู้สมัคร และคุณภาพ ชีวิต"
    assert find_persons(text, 0, len(text), load()) == []


def test_a_latin_name_with_two_spaces_inside_and_glued_to_its_honorific():
    text = "โดยมี Dr.Walter  G. Copan ผู้อำนวยการสถาบันให้การต้อนรับ"
    assert [p.name for p in find_persons(text, 0, len(text), load())] == ["Walter G. Copan"]


@pytest.mark.parametrize(("text", "names"), [
    ("วันนี้ พลเรือเอก แฮร์รี บี แฮร์ริส จูเนียร์ ผู้บัญชาการกองกำลังสหรัฐอเมริกาภาคพื้นแปซิฟิก เข้าเยี่ยมคารวะ",
     ["แฮร์รี บี แฮร์ริส จูเนียร์"]),
    ("นายกฯ แสดงความยินดีกับนายโจเซฟ อาร์. ไบเดน จูเนียร์ ประธานาธิบดีสหรัฐฯ สำหรับงาน", ["โจเซฟ อาร์. ไบเดน จูเนียร์"]),
])
def test_a_junior_ends_a_foreign_name(text, names):
    assert [p.name for p in find_persons(text, 0, len(text), load())] == names


def test_a_hyphen_written_with_spaces_joins_a_latin_names_last_word():
    f = facts("พลอากาศเอก ประจิน จั่นตอง รองนายกรัฐมนตรี ให้การต้อนรับ เชค ญัสซิม บิน อับดุลเราะฮ์มาน อัษษานี "
              "(Sheikh Jassim Bin Abdulrahman Al - Thani) เอกอัครราชทูตรัฐกาตาร์ประจำประเทศไทย", published="2019-11-27")
    people = [(e.labels.get("en"), e.labels["th"]) for e in f.entities if e.kind == "person"]
    assert ("Jassim Bin Abdulrahman Al-Thani", "ญัสซิม บิน อับดุลเราะฮ์มาน อัษษานี") in people and len(people) == 2
    # a campaign's name goes on after it: no name
    text = "ได้จัดแคมเปญ ธกส รักคุณ Easy Life - Easy Cash Back เพื่อส่งเสริม"
    assert not [p.name for p in find_persons(text, 0, len(text), load()) if "-" in p.name]


@pytest.mark.parametrize(("text", "names"), [
    ("สายจากบริเวณบ้านนางกรกช แหยมนา ถึงที่นา นางกัญญา เกิดวัน หมู่ที่ 5", ["กรกช แหยมนา", "กัญญา เกิดวัน"]),
    ("นายพระนาย สุวรรณรัฐ ถึงแก่อนิจกรรมอย่างสงบ", ["พระนาย สุวรรณรัฐ"]),
    ("6. นายบดินทร์ ทรัพย์สมบูรณ์ ด้านสาธารณสุข และ 7. รศ.ปณิธาน วัฒนายากร ด้านความสัมพันธ์ระหว่างประเทศ",
     ["บดินทร์ ทรัพย์สมบูรณ์", "ปณิธาน วัฒนายากร"]),
])
def test_to_or_a_field_after_a_surname_goes_on_with_the_sentence(text, names):
    assert [p.name for p in find_persons(text, 0, len(text), load())] == names


def test_a_particle_glued_by_an_apostrophe_stays_in_a_latin_name():
    f = facts("วันนี้ นางซีบีย์ เดอ การ์ตีเย ดีฟว์ (H.E. Ms. Sibille de Cartier d’Yves) เอกอัครราชทูตราชอาณาจักรเบลเยียม"
              "ประจำประเทศไทย เข้าเยี่ยมคารวะนายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรี")
    person = next(e for e in f.entities if e.kind == "person" and e.labels.get("th", "").startswith("ซีบีย์"))
    assert person.labels["en"] == "Sibille de Cartier d’Yves"


@pytest.mark.parametrize(("text", "names"), [
    ("ร่วมกับคณะกรรมการจัดประชุมวิชาการนานาชาติประจำปีรางวัลสมเด็จเจ้าฟ้ามหิดล อาทิ คณะแพทยศาสตร์ศิริราชพยาบาล", ["มหิดล"]),
    ("ผู้แทนหน่วยงานต่าง ๆ ได้แก่ นางสาวประภากร เช่น ผู้แทนกรมการค้าต่างประเทศ", ["ประภากร"]),
    # nor is a word that is a country's name, all of it (นครคุณหมิง, Kunming misspelt)
    ("เส้นทางขนส่งจากนครคุณหมิงในมณฑลยูนาน สาธารณรัฐประชาชนจีน ผ่าน สปป.ลาว", ["หมิงในมณฑลยูนาน"]),
    ("ณ นครคุณหมิง สาธารณรัฐประชาชนจีน", ["หมิง"]),
])
def test_a_word_that_opens_a_list_or_is_a_countrys_name_is_no_surname(text, names):
    assert [p.name for p in find_persons(text, 0, len(text), load())] == names
    assert not [p for p in facts(text).entities if p.kind == "person"]


@pytest.mark.parametrize("text", [
    "1. ดร. อาบุลคาลัม อับดุล โมเมน\nH.E. Dr. Abulkalam Abdul Momen\nรัฐมนตรีว่าการกระทรวงการต่างประเทศบังกลาเทศ",
    "5. นายนารายัณ ประกาศ สาอุท H.E. Mr. Narayan Prakash Saud\nรัฐมนตรีว่าการกระทรวงการต่างประเทศเนปาล",
])
def test_a_latin_form_of_as_many_words_after_a_thai_name_confirms_it(text):
    thai, latin = find_persons(text, 0, len(text), load())
    assert len(thai.name.split()) == len(latin.name.split()) == 3


def test_a_surname_alone_finds_the_forms_of_one_person_joined_first():
    f = facts("นายโจเซฟ อาร์. ไบเดน จูเนียร์ ได้เข้าพิธีสาบานตน นายกรัฐมนตรีแสดงความยินดีกับประธานาธิบดีไบเดน "
              "ในโอกาสนี้ ในหนังสือถึงนายโจเซฟ อาร์. ไบเดน เมื่อวานนี้", published="2021-01-21")
    assert sorted(e.labels["th"] for e in f.entities if e.kind == "person") == ["โจเซฟ อาร์. ไบเดน จูเนียร์"]


def test_a_royal_titles_nang_thoe_is_no_honorific_before_a_name():
    f = facts("วันนี้ (5 มีนาคม 2565) นายกรัฐมนตรี ได้ถวายพระพรสมเด็จพระเจ้าพี่นางเธอ เจ้าฟ้ากัลยาณิวัฒนา "
              "กรมหลวงนราธิวาสราชนครินทร์ ณ ทำเนียบรัฐบาล นายธนกร วังบุญคงชนะ โฆษก กล่าว", published="2022-03-05")
    assert sorted(e.labels.get("en") or e.labels["th"] for e in f.entities if e.kind == "person") == [
        "Princess Galyani Vadhana, Princess of Naradhiwas", "ธนกร วังบุญคงชนะ"]


def test_a_post_glued_to_a_surname_is_cut_off_and_a_clause_glued_to_one_name_leaves_it_alone():
    f = facts("โดยมีนายณัฐพล รังสิตพลปลัดกระทรวงอุตสาหกรรม นายอเนก อยู่ยืนรองเลขาธิการสำนักงานคณะกรรมการกำกับหลักทรัพย์"
              "และตลาดหลักทรัพย์ เข้าร่วม ส่วนรางวัลของ ศ.นพ.ประกิต ติดภารกิจไม่สามารถเดินทางไปรับรางวัลด้วยตนเอง "
              "ขณะที่สมเด็จพระราชาธิบดีวิลเลม-อเล็กซานเดอร์ ทรงเป็นประธานในพิธีเปิดงานมหกรรมพืชสวนโลก",
              published="2024-12-13")
    assert sorted(e.labels["th"] for e in f.entities if e.kind == "person") == [
        "ณัฐพล รังสิตพล", "วิลเลม-อเล็กซานเดอร์", "อเนก อยู่ยืน"]
    assert ("ณัฐพล รังสิตพล", "ปลัดกระทรวง", "กระทรวงอุตสาหกรรม") in post_triples(f)


def test_a_monarch_named_by_one_word_is_not_named_by_the_sentences_next_word():
    f = facts("ประเทศที่เป็นราชอาณาจักร มีสมเด็จพระราชาธิบดีเป็นพระมหากษัตริย์ว่าราชบัลลังก์จะว่างลงไม่ได้ "
              "และสมเด็จพระราชาธิบดีทรงพระราชทานพระราชานุญาต ส่วนสมเด็จพระราชินีซิลเวียเสด็จเยือนไทย",
              published="2024-05-09")
    assert sorted(e.labels["th"] for e in f.entities if e.kind == "person") == ["ซิลเวีย"]


def test_a_cambodian_style_glued_to_the_word_before_still_names_the_one_after_it():
    f = facts("พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี เยี่ยมคารวะสมเด็จวิบุลเสนาภักดี สาย ชุม ประธานวุฒิสภากัมพูชา "
              "รักษาราชการแทนพระองค์พระบาทสมเด็จพระบรมนาถนโรดม สีหมุนี พระมหากษัตริย์กัมพูชา", published="2017-09-07")
    assert sorted(e.labels["th"] for e in f.entities if e.kind == "person") == [
        "นโรดม สีหมุนี", "ประยุทธ์ จันทร์โอชา", "สาย ชุม"]
    # the king Say Chhum stands in for takes no part in the call
    assert only_event(f)[1] == {"ประยุทธ์ จันทร์โอชา": "Guest", "สาย ชุม": "Host"}


def test_a_bare_samdech_before_a_listed_name_is_its_honorific_not_a_word_of_the_name_or_the_title():
    f = facts("พลเอกประยุทธ์ จันทร์โอชา นายกรัฐมนตรี เยือนกัมพูชาตามคำเชิญของสมเด็จฯ ฮุนเซน "
              "นายกรัฐมนตรีและนายกรัฐมนตรีสมเด็จฮุน เซน ได้เป็นประธานร่วมการประชุม "
              "ก่อนถวายพระพรสมเด็จย่า และสมเด็จพระเทพรัตนราชสุดาฯ", published="2017-09-07")
    assert sorted(p for p in post_triples(f) if p[0] != "ประยุทธ์ จันทร์โอชา") == [("ฮุน เซน", "นายกรัฐมนตรี", None)]
    assert sorted(e.labels["th"] for e in f.entities if e.kind == "person" and "th" in e.labels) == [
        "ประยุทธ์ จันทร์โอชา", "สมเด็จพระกนิษฐาธิราชเจ้า กรมสมเด็จพระเทพรัตนราชสุดาฯ สยามบรมราชกุมารี", "ฮุน เซน"]


@pytest.mark.parametrize(("text", "name"), [
    ("ตามคำเชิญของ ดร. แอนเจลา แมคโดนัลด์ (H.E. Dr. Angela Macdonald PSM) เอกอัครราชทูต", "Angela Macdonald"),
    ("ร่วมกับ Mr. Paul Scully MP รัฐมนตรี", "Paul Scully"),
])
def test_post_nominal_letters_are_no_part_of_a_latin_name(text, name):
    assert name in [p.latin or p.name for p in find_persons(text, 0, len(text), load())]


@pytest.mark.parametrize(("text", "names"), [
    # Cambodian honorific titles in Latin letters, as in Thai: no part of the name.
    ("โดยมี สมเด็จมหาบวรธิบดี ฮุน มาแนต (Samdech Moha Borvor Thipadei Hun Manet) นายกรัฐมนตรีกัมพูชา",
     [("ฮุน มาแนต", "Hun Manet")]),
    ("ร่วมกับ Samdech Akka Moha Sena Padei Techo HUN SEN ประธานพรรค", [("HUN SEN", None)]),
    # A senior rank (อาวุโส) is part of the honorific; a one-syllable third word with a tone mark (เจี๋ยน) is
    # part of a Vietnamese name as ซวน is.
    ("ให้การต้อนรับ พลโท (อาวุโส) ฮวาง ซวน เจี๋ยน รัฐมนตรีช่วยว่าการกระทรวงกลาโหมสาธารณรัฐสังคมนิยมเวียดนาม",
     [("ฮวาง ซวน เจี๋ยน", None)]),
    ("พบหารือกับ พลเอกอาวุโส มิน อ่อง หล่าย ผู้บัญชาการทหารสูงสุด", [("มิน อ่อง หล่าย", None)]),
    # Brackets confirm a third word only with a Latin form in them, not a Thai note (ผู้แทนภาคเอกชน).
    ("5. นายกมลชัย รัตนสกาววงศ์ ด้านกฎหมาย\n(ผู้แทนภาคเอกชน)\n6.", [("กมลชัย รัตนสกาววงศ์", None)]),
    # A woman officer's rank ends with หญิง, written on or apart.
    ("โดยมี พันเอกหญิง ทักษดา สังขจันทร์ ผู้อำนวยการ", [("ทักษดา สังขจันทร์", None)]),
    ("โดยมี พ.ต.อ. หญิง ศิริกุล ศรีสง่า พยาบาล", [("ศิริกุล ศรีสง่า", None)]),
    # A headline's verb after a given name is no surname.
    ("ดร.สาธิต เปิดเครื่องฉายรังสี ณ โรงพยาบาล", []),
    ("พล.อ.ประวิตร กำชับฝ่ายความมั่นคง ช่วยกันหยุดยาเสพติดชายแดนให้ได้", []),
    # บิน (son of) carries on to the father's name; a title's abbreviation or a headline's verb is no surname.
    ("ภาคีกับตุน ดร. มหาธีร์ บิน โมฮัมหมัด นายกรัฐมนตรีมาเลเซีย ในช่วงการประชุม", [("มหาธีร์ บิน โมฮัมหมัด", None)]),
    # Three one-syllable words are a Vietnamese name, its หว one consonant; a Thai name's silent ห is a letter.
    ("รัฐมนตรี (นางพวงเพ็ชร ชุนละเอียด) ได้ร่วมหารือกับนายเหวียน แม็ง ห่ม รัฐมนตรีว่าการกระทรวงการสื่อสาร",
     [("พวงเพ็ชร ชุนละเอียด", None), ("เหวียน แม็ง ห่ม", None)]),
    ("โดยมี นายสมหวัง ใจดี หมอ รัฐมนตรี", [("สมหวัง ใจดี", None)]),
    # ... and on through every father's name, however many (six words here).
    ("ตามคำเชิญของ เจ้าชาย มุฮัมมัด บิน ซัลมาน บิน อับดุลอะซีซ อัลซะอูด มกุฎราชกุมาร รองนายกรัฐมนตรี",
     [("มุฮัมมัด บิน ซัลมาน บิน อับดุลอะซีซ อัลซะอูด", None)]),
    # The Thai crown prince's style is followed by a verb, no name.
    ("เมื่อครั้งดำรงพระอิสริยยศ สมเด็จพระบรมโอรสาธิราชฯ สยามมกุฎราชกุมาร เสด็จพระราชดำเนินไปทรงปลูก ต้นกระท้อนพันธุ์", []),
    ("ดร.เฉลิมชัย รมว.เกษตรฯ ลงพื้นที่", []),
    ("รอง นรม. พล.อ.ประวิตร ประชุม คกก.ยุทธศาสตร์ ด้านการพัฒนาจังหวัดชายแดนภาคใต้", []),
    # พบ (met) begins no third word of a name.
    ("วันนี้ (11 มี.ค. 67) ดร. นลินี ทวีสิน พบทูตไอร์แลนด์ หารือการส่งเสริมความร่วมมือ", [("นลินี ทวีสิน", None)]),
])
def test_what_follows_a_name_is_no_part_of_it(text, names):
    found = [(p.name, p.latin) for p in find_persons(text, 0, len(text), load()) if " " in p.name]
    assert found[:len(names)] == names and (names or not found)


def test_an_appointment_list_gives_each_official_the_old_post_and_the_new():
    f = facts("คณะรัฐมนตรีอนุมัติแต่งตั้งข้าราชการ ดังนี้\n"
              "1.นายรุจ  ธรรมมงคล  ตำแหน่งเดิม  อธิบดีกรมการกงสุล    ตำแหน่งใหม่ที่แต่งตั้งในครั้งนี้  เอกอัครราชทูต "
              "สถานเอกอัครราชทูต ณ กรุงเม็กซิโก สหรัฐเม็กซิโก\n"
              "5.นายพลพงศ์  วังแพน ตำแหน่งเดิม  รองอธิบดีกรมอาเซียน  ตำแหน่งใหม่ที่แต่งตั้งในครั้งนี้              "
              "อธิบดีกรมอาเซียน\n", published="2024-03-05")
    names = {e.key: e.labels["th"] for e in f.entities if e.kind in ("person", "org")}
    posts = {(names[p.person], p.title, names.get(p.org)) for p in f.posts}
    assert posts == {("รุจ ธรรมมงคล", "อธิบดี", "กรมการกงสุล"),
                     ("รุจ ธรรมมงคล", "เอกอัครราชทูต", "สถานเอกอัครราชทูต ณ กรุงเม็กซิโก"),
                     ("พลพงศ์ วังแพน", "รองอธิบดี", "กรมอาเซียน"), ("พลพงศ์ วังแพน", "อธิบดี", "กรมอาเซียน")}


def test_the_partner_named_after_ร่วมกับ_further_on_co_chairs_and_อังกฤษ_is_the_uk():
    f = facts("วันนี้ (5 มีนาคม 2567) ศาสตราจารย์พิเศษวิศิษฏ์ วิศิษฏ์สรอรรถ ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
              "เป็นประธานร่วมกล่าวปาฐกถาในการเปิดงาน UK-Southeast Asia Tech Week 2024 ร่วมกับ Mr. Mark Gooding OBE "
              "เอกอัครราชทูตอังกฤษประจำประเทศไทย", published="2024-03-05")
    names = labels_of(f)
    assert {names[p.agent]: p.role for p in f.events[0].participations if p.agent_kind == "person"} == {
        "วิศิษฏ์ วิศิษฏ์สรอรรถ": "CoChair", "Mark Gooding": "CoChair"}
    assert {(names[p.person], p.title, names.get(p.org)) for p in f.posts if names[p.person] == "Mark Gooding"} == {
        ("Mark Gooding", "เอกอัครราชทูต", "สถานเอกอัครราชทูตสหราชอาณาจักรประจำประเทศไทย")}


@pytest.mark.parametrize(("text", "label"), [
    ("ผู้แทนสำนักงานจัดหางานกรุงเทพมหานครพื้นที่ 1 เข้าร่วม", "สำนักงานจัดหางานกรุงเทพมหานครพื้นที่ 1"),
    # A regional unit's number is part of its name.
    ("ผู้อำนวยการสำนักงานชลประทานที่ 1 เข้าร่วม", "สำนักงานชลประทานที่ 1"),
    ("ผู้อำนวยการสำนักวิจัยและพัฒนาการเกษตรเขตที่ 6 เข้าร่วม", "สำนักวิจัยและพัฒนาการเกษตรเขตที่ 6"),
    ("ผู้อำนวยการสำนักงานเจ้าท่าภูมิภาคที่ 3 เข้าร่วม", "สำนักงานเจ้าท่าภูมิภาคที่ 3"),
    ("นักศึกษาจาก ศูนย์แพทย์ทหารอาเซียนมีส่วนร่วม", "ศูนย์แพทย์ทหารอาเซียน"),
    ("เยี่ยมชมโรงเรียนวิทยาศาสตร์จุฬาภรณราชวิทยาลัย เชียงราย และ", "โรงเรียนวิทยาศาสตร์จุฬาภรณราชวิทยาลัย เชียงราย"),
    ("ณ โรงพยาบาลพญาไท กรุงเทพฯ", "โรงพยาบาลพญาไท"),
    ("โดย สถานเอกอัครราชทูต ณ กรุงออสโลพบปะผู้แทนชุมชน", "สถานเอกอัครราชทูต ณ กรุงออสโล"),
    ("ผู้อำนวยการกองส่งเสริมการลงทุนจากต่างประเทศ ได้ให้การต้อนรับ", "กองส่งเสริมการลงทุนจากต่างประเทศ"),
    # Words of the sentence end a name read by its head word.
    ("รองนายกรัฐมนตรียินดีที่ได้พบกับผู้อำนวยการมูลนิธิความยุติธรรมเชิงสิ่งแวดล้อมอีกครั้ง หลังจากได้พบกันเมื่อปี 2562",
     "มูลนิธิความยุติธรรมเชิงสิ่งแวดล้อม"),
    ("ทั้งนี้ ได้หารือร่วมกับสมาคมโรงพยาบาลเอกชนอีกครั้ง", "สมาคมโรงพยาบาลเอกชน"),
    ("ซึ่งได้รับความร่วมมือจากสำนักอนามัยกรุงเทพมหานครมาโดยตลอด", "สำนักอนามัยกรุงเทพมหานคร"),
    ("โดยมีผู้แทนจากมูลนิธิการแพทย์ฉุกเฉินแห่งชาติอีกด้วย", "มูลนิธิการแพทย์ฉุกเฉินแห่งชาติ"),
    ("ขอบคุณสมาคมประกันวินาศภัยไทยครั้งนี้", "สมาคมประกันวินาศภัยไทย"),
    # A body of two countries or regions is named over a spaced dash.
    ("โดยมีผู้แทนสภาธุรกิจสหรัฐอเมริกา – อาเซียน เข้าร่วม", "สภาธุรกิจสหรัฐอเมริกา – อาเซียน"),
    ("โดยมีผู้แทนหอการค้าอินเดีย - ไทย เข้าร่วม", "หอการค้าอินเดีย - ไทย"),
    ("โดยมีผู้แทนสภาธุรกิจอาเซียน - สหภาพยุโรป เข้าร่วม", "สภาธุรกิจอาเซียน - สหภาพยุโรป"),
    ("ร่วมประชุมคณะกรรมาธิการว่าด้วยสถานภาพสตรีสมัยที่ 69 ณ นครนิวยอร์ก", "คณะกรรมาธิการว่าด้วยสถานภาพสตรี"),
    ("การประชุมคณะกรรมการมรดกโลกสมัยสามัญ ครั้งที่ 45", "คณะกรรมการมรดกโลก"),
])
def test_where_an_agency_name_ends(text, label):
    assert [o.label for o in find_orgs(text, 0, len(text), load())] == [label]


@pytest.mark.parametrize("text", ["ในการประชุมคณะกรรมการค่าจ้างชุดที่ 22 เข้าร่วม",
                                  "คณะกรรมการว่าด้วยสิ่งแวดล้อมและการพัฒนาสมัยที่ 7"])
def test_a_sessions_or_a_terms_number_is_no_part_of_an_agency_name(text):
    assert not any(o.label[-1].isdigit() for o in find_orgs(text, 0, len(text), load()))


def test_an_ambassador_attached_to_the_ministry_has_no_embassy():
    f = facts("8.นายภูบดี  ลออเงิน  ตำแหน่งเดิม  ผู้ช่วยปลัดกระทรวง สำนักงานปลัดกระทรวง  ตำแหน่งใหม่ที่แต่งตั้งในครั้งนี้  "
              "เอกอัครราชทูตประจำกระทรวงสำนักงานปลัดกระทรวง\n", published="2024-03-05")
    assert not [e for e in f.entities if e.kind == "org" and "เอกอัครราชทูต" in e.labels.get("th", "")]


def test_ambassadors_to_countries_not_named_have_no_embassy():
    f = facts("วันนี้ (8 สิงหาคม 2561) กระทรวงมหาดไทยจัดประชุมเอกอัครราชทูตและกงสุลใหญ่ประจำประเทศเพื่อนบ้านกับผู้ว่าราชการ"
              "จังหวัดชายแดน ณ โรงแรม เดอะ สุโกศล", published="2018-08-09")
    assert only_event(f)[0] == "Meeting"
    assert not [e for e in f.entities if e.kind == "org" and "เอกอัครราชทูต" in e.labels.get("th", "")]
    f = facts("วันนี้ (8 สิงหาคม 2561) นายสมชาย ใจดี อธิบดีกรมการจัดหางาน หารือกับผู้แทนสถานเอกอัครราชทูต ณ ประเทศต้นทาง"
              "ของแรงงานต่างด้าว และนายสมศักดิ์ ใจงาม เอกอัครราชทูต ณ ประเทศญี่ปุ่น", published="2018-08-09")
    assert {e.labels.get("th") for e in f.entities if e.kind == "org" and "เอกอัครราชทูต" in e.labels.get("th", "")} == {
        "สถานเอกอัครราชทูต ณ ประเทศญี่ปุ่น"}


@pytest.mark.parametrize(("text", "published", "post"), [
    # a deputy representative of a UN agency holds that post in it
    ("เมื่อวันที่ 22 เม.ย. 68 นายอนุทิน ชาญวีรกูล รัฐมนตรีว่าการกระทรวงมหาดไทย ให้การต้อนรับ น.ส.นีวีน อัลเบิร์ต "
     "(Ms. Nivene Albert) รองผู้แทน UNHCR ประจำประเทศไทย ในโอกาสเข้าเยี่ยมคารวะ", "2025-04-23",
     ("นีวีน อัลเบิร์ต", "รองผู้แทน", "สำนักงานข้าหลวงใหญ่ผู้ลี้ภัยแห่งสหประชาชาติ")),
    # illegal entry (หลบหนีเข้าเมือง) is part of a unit's name
    ("วันนี้ (22 เม.ย. 68) นายทรงกลด ขาวแจ้ง ผู้อำนวยการกลุ่มงานประสานนโยบายผู้อพยพและหลบหนีเข้าเมือง "
     "กองการต่างประเทศ เข้าร่วมหารือกับผู้แทน UNHCR", "2025-04-23",
     ("ทรงกลด ขาวแจ้ง", "ผู้อำนวยการ", "กลุ่มงานประสานนโยบายผู้อพยพและหลบหนีเข้าเมือง")),
    # the Inter-Parliamentary Union's president heads the union, not the national assembly
    ("นายดูอาร์เต ปาเชโก (Hon. Mr. Duarte Pacheco) ประธานสหภาพรัฐสภา (President of the Inter-Parliament Union: "
     "IPU) เข้าเยี่ยมคารวะ นายเศรษฐา ทวีสิน นายกรัฐมนตรี", "2023-09-13", ("ดูอาร์เต ปาเชโก", "ประธาน", "สหภาพรัฐสภา")),
    # an expert holds a post, and a surname like a verb before it (มีมาก) is a surname
    ("เมื่อวันที่ 4 ธ.ค. 62 นางสาวสราญภัทร อนุมัติราชกิจ รองปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ พร้อมด้วย "
     "นางศิริลักษณ์ มีมาก ผู้เชี่ยวชาญเฉพาะด้านผู้สูงอายุ กรมกิจการผู้สูงอายุ เข้าร่วมการประชุม", "2019-12-06",
     ("ศิริลักษณ์ มีมาก", "ผู้เชี่ยวชาญเฉพาะด้านผู้สูงอายุ", "กรมกิจการผู้สูงอายุ")),
    # the abbreviated governor's titles (ผวจ., รอง ผวจ.) name the province after them, glued or after a space
    *(("วันนี้ (19 กันยายน 2562) นายปวิณ ชำนิประศาสน์ รองปลัดกระทรวงมหาดไทย พร้อมด้วยนายอรรษิษฐ์ สัมพันธรัตน์ ผวจ.ลำพูน "
       "และนายจิรศักดิ์ ศรีคชา รอง ผวจ. หนองคาย เข้าร่วมการประชุม", "2019-09-19", post)
      for post in (("อรรษิษฐ์ สัมพันธรัตน์", "ผู้ว่าราชการจังหวัด", "จังหวัดลำพูน"),
                   ("จิรศักดิ์ ศรีคชา", "รองผู้ว่าราชการจังหวัด", "จังหวัดหนองคาย"))),
    # a High Commissioner holds the office named after the title (สำนักงานข้าหลวงใหญ่...), not the UN's
    ("วันนี้ (7 ก.ค. 60) เวลา 13.30 น. ณ ทำเนียบรัฐบาล นายฟิลิปโป กรันดี (Filippo Grandi) ข้าหลวงใหญ่ผู้ลี้ภัย"
     "แห่งสหประชาชาติ (United Nations High Commissioner for Refugees: UNHCR) เข้าเยี่ยมคารวะพลเอก ประยุทธ์ จันทร์โอชา "
     "นายกรัฐมนตรี", "2017-07-07",
     ("ฟิลิปโป กรันดี", "ข้าหลวงใหญ่", "สำนักงานข้าหลวงใหญ่ผู้ลี้ภัยแห่งสหประชาชาติ")),
    # the order one holds the post by (ตามประกาศ...) is no word of the title, though glued to it
    ("ตามที่ได้มีพระบรมราชโองการโปรดเกล้าฯ แต่งตั้ง นางสาวแพทองธาร ชินวัตร เป็นนายกรัฐมนตรีตามประกาศลงวันที่ "
     "16 สิงหาคม 2567", "2025-03-11", ("แพทองธาร ชินวัตร", "นายกรัฐมนตรี", None)),
])
def test_a_post_read_with_its_agency(text, published, post):
    assert post in post_triples(facts(text, published))


def test_a_known_abbreviation_glued_to_the_letters_of_another_names_nothing():
    def orgs(body: str) -> set[str]:
        f = facts(body, published="2023-01-05")
        return {e.labels.get("th") for e in f.entities if e.kind == "org"}
    # ปปส., ธพส.: not ปส. (Office of Atoms for Peace) nor พส. (Department of Social Development and Welfare).
    assert orgs("วันนี้ (5 มกราคม 2566) นายอนุชา บูรพชัยศรี รัฐมนตรีประจำสำนักนายกรัฐมนตรี เป็นประธานการประชุมร่วมกับ "
                "ปปส. และ ธพส. ณ ทำเนียบรัฐบาล") == {"สำนักนายกรัฐมนตรี", "ทำเนียบรัฐบาล"}
    # ... but one written after ของ is named.
    assert "ศูนย์บริหารสถานการณ์การแพร่ระบาดของโรคติดเชื้อไวรัสโคโรนา 2019" in orgs(
        "วันนี้ (5 มกราคม 2566) นายอนุชา บูรพชัยศรี รัฐมนตรีประจำสำนักนายกรัฐมนตรี เข้าร่วมการประชุมของศบค. ณ ทำเนียบรัฐบาล")


def test_a_unit_followed_by_its_departments_abbreviation_is_part_of_it():
    f = facts("เมื่อวันที่ 22 เม.ย. 68 นายอนุทิน ชาญวีรกูล รัฐมนตรีว่าการกระทรวงมหาดไทย ให้การต้อนรับ นางแทมมี่ ลินน์ ชาร์ป "
              "ผู้แทน UNHCR ประจำประเทศไทย\nทั้งนี้ นายรอมดอน หะยีอาแว ผู้อำนวยการสำนักกิจการความมั่นคงภายใน ปค. "
              "เข้าร่วมหารือในครั้งนี้ด้วย", published="2025-04-23")
    assert unit_and_parent(f, "สำนักกิจการความมั่นคงภายใน")[1].labels["th"] == "กรมการปกครอง"


def test_the_development_council_is_not_its_office():
    f = facts("คณะรัฐมนตรีมีมติเห็นชอบร่างแผนปฏิบัติการ ซึ่งได้ผ่านการพิจารณาจากสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติแล้ว"
              "ในคราวประชุมครั้งที่ 1/2563 เมื่อวันที่ 15 มกราคม 2563 โดยมีมติเห็นชอบ", published="2020-01-28")
    assert {e.labels.get("en") for e in f.entities if e.kind == "org"} == {
        "National Economic and Social Development Council"}
    f = facts("นายดนุชา พิชยนันท์ เลขาธิการสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ เข้าร่วมการประชุม", published="2022-01-28")
    assert post_triples(f) == {("ดนุชา พิชยนันท์", "เลขาธิการ", "สำนักงานสภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ")}


def test_an_office_abroad_is_named_by_its_city():
    text = ("วันนี้ (3 กรกฎาคม 2566) นางศุภจิต ศรีอริยวัฒน์ ที่ปรึกษา (ฝ่ายเกษตร) สำนักงานที่ปรึกษาการเกษตรต่างประเทศ "
            "ประจำกรุง{}เมื่อวันที่ 3 กรกฎาคม 2566 เข้าเยี่ยมคารวะ ดร.ฉู ตงหยู ผู้อำนวยการใหญ่ FAO")
    rome, tokyo = (post_triples(facts(text.format(city), published="2023-07-03")) for city in ("โรม", "โตเกียว"))
    assert ("ศุภจิต ศรีอริยวัฒน์", "ที่ปรึกษา", "สำนักงานที่ปรึกษาการเกษตรต่างประเทศ ประจำกรุงโรม") in rome
    assert ("ศุภจิต ศรีอริยวัฒน์", "ที่ปรึกษา", "สำนักงานที่ปรึกษาการเกษตรต่างประเทศ ประจำกรุงโตเกียว") in tokyo


def test_a_national_office_named_with_a_province_is_its_branch_there():
    f = facts("วันนี้ (29 มกราคม 2563) นายจเด็จ อินสว่าง รัฐมนตรีช่วยว่าการกระทรวงแรงงาน ตรวจเยี่ยมสำนักงานประกันสังคม"
              "จังหวัดอุบลราชธานี โดยมีนายทศพล กฤตวงศ์วิมาน เลขาธิการสำนักงานประกันสังคม และนายโกสิทธิ์ อติเปรมินทร์ "
              "ผู้จัดการการไฟฟ้าส่วนภูมิภาคจังหวัดเชียงราย ร่วมต้อนรับ", published="2020-01-29")
    assert ("โกสิทธิ์ อติเปรมินทร์", "ผู้จัดการ", "การไฟฟ้าส่วนภูมิภาคจังหวัดเชียงราย") in post_triples(f)
    agency = unit_and_parent(f, "สำนักงานประกันสังคมจังหวัดอุบลราชธานี")[1]
    assert agency.labels["th"] == "สำนักงานประกันสังคม"


def test_the_labour_ministrys_provincial_officers_head_their_offices():
    f = facts("ต่อมาวันที่ 8 มิถุนายน 2564 นายชัยวัธน์ ศรมณี สวัสดิการและคุ้มครองแรงงานจังหวัดอุดรธานี และนายสนธยา กาลาศรี "
              "จัดหางานจังหวัดอุดรธานี เข้าตรวจสอบข้อเท็จจริง", published="2021-06-10")
    assert post_triples(f) == {
        ("ชัยวัธน์ ศรมณี", "สวัสดิการและคุ้มครองแรงงานจังหวัด", "สำนักงานสวัสดิการและคุ้มครองแรงงานจังหวัดอุดรธานี"),
        ("สนธยา กาลาศรี", "จัดหางานจังหวัด", "สำนักงานจัดหางานจังหวัดอุดรธานี")}


def test_the_european_parliament_is_not_the_thai_one():
    f = facts("ที่ประชุมรับทราบผลการประชุมใหญ่คณะกรรมาธิการการประมงแห่งรัฐสภายุโรป ที่รัฐสภาสหภาพยุโรป "
              "เมื่อวันที่ 11 กรกฎาคม 2561", published="2018-07-17")
    names = {e.labels.get("en") for e in f.entities if e.kind == "org"}
    assert "European Parliament" in names and "National Assembly of Thailand" not in names


def test_what_a_body_is_held_to_be_is_no_part_of_its_name():
    f = facts("ที่ประชุมรับทราบผลการประชุมใหญ่ที่รัฐสภายุโรป เมื่อวันที่ 11 กรกฎาคม 2561 "
              "ซึ่งคณะกรรมาธิการการประมงแห่งรัฐสภายุโรปถือเป็นกลไกนโยบายระดับสูง", published="2018-07-17")
    assert {e.labels.get("th") for e in f.entities if e.kind == "org"} == {
        "คณะกรรมาธิการการประมงแห่งรัฐสภายุโรป", "รัฐสภายุโรป"}


def test_only_is_no_part_of_a_bodys_name():
    f = facts("การประชุมคณะรัฐมนตรีเมื่อวันที่ 30 พฤษภาคม 2565 ได้หารือเรื่องการนำผ่านน้ำมันปาล์ม ซึ่งต้องนำผ่านด่านทางน้ำ"
              "ที่สำนักงานศุลกากรท่าเรือกรุงเทพเท่านั้น พร้อมทั้งขอให้ไทยออกหนังสือรับรอง", published="2022-05-30")
    assert "สำนักงานศุลกากรท่าเรือกรุงเทพ" in {e.labels.get("th") for e in f.entities if e.kind == "org"}


def test_an_abbreviated_title_is_written_out():
    f = facts("วันนี้ (23 สิงหาคม 2559) นายวีระ โรจน์พจนรัตน์ รมว.วธ. เป็นประธานร่วมพิธีเปิดนิทรรศการ "
              "ร่วมกับนายชิโระ ซะโดะชิมะ เอกอัครราชทูตญี่ปุ่นประจำประเทศไทย", published="2016-08-23")
    assert {p.title for p in f.posts} == {"รัฐมนตรีว่าการ", "เอกอัครราชทูต"}


@pytest.mark.parametrize(("text", "name"), [
    ("นายธนกร วังบุญคงชนะ เปิดเผยว่า นายกรัฐมนตรีได้", "ธนกร วังบุญคงชนะ"),
    ("โดยมีนายธีระ แก้วพิมล อุตสาหกรรมจังหวัดพังงา เข้าร่วม", "ธีระ แก้วพิมล"),
    ("นายสุรพงษ์ จำจด พ้นจากตำแหน่ง ที่ปรึกษา", "สุรพงษ์ จำจด"),
    ("นายนฤชิต แสงเทียนท์ นักการสาธารณสุขดีเด่น ประเภทประชาชน", "นฤชิต แสงเทียนท์"),
    ("โดยนางสาวรัชดา กล่าวด้วยว่า นายกรัฐมนตรี", "รัชดา"),
    ("นายแพทย์สาธารณสุขจังหวัดลำปาง นายแพทย์พงษ์ศักดิ์ ใจดี กล่าว", "พงษ์ศักดิ์ ใจดี"),
    ("นายแพทย์ทวีทรัพย์ ศิรประภาศิริ นายแพทย์ทรงคุณวุฒิ กรมการแพทย์", "ทวีทรัพย์ ศิรประภาศิริ"),
    # the ณ of a royal line's surname is part of the name; a place after ณ is not
    ("พลตำรวจโทณัฐพิชย์ สนิทวงศ์ ณ อยุธยา ผู้ช่วยรัฐมนตรี", "ณัฐพิชย์ สนิทวงศ์ ณ อยุธยา"),
    ("นายกิตติ ขันธมิตร ณ กรุงเทพฯ", "กิตติ ขันธมิตร"),
    # ... and a royal line's name may be the whole surname, when a post, the line's end or a verb follows one named
    # for a province; not a place a man is at
    ("1. นายเธียรชัย ณ นคร กรรมการผู้ทรงคุณวุฒิด้านกฎหมายสิ่งแวดล้อม", "เธียรชัย ณ นคร"),
    ("นายเดชาภิวัฒน์ ณ สงขลา ผู้อำนวยการสำนักงบประมาณ", "เดชาภิวัฒน์ ณ สงขลา"),
    ("โดยมีนายกิตติรัตน์ ณ ระนอง กล่าวว่า", "กิตติรัตน์ ณ ระนอง"),
    ("2. นายจักกพงศ์ ณ บางช้าง\n", "จักกพงศ์ ณ บางช้าง"),
    ("และ พล.ต.อ.ธัชชัย ปิตะนีละบุตร จเรตำรวจแห่งชาติ ร่วมในงานด้วย", "ธัชชัย ปิตะนีละบุตร"),
])
def test_a_verb_or_a_provincial_post_after_a_name_is_no_part_of_it(text, name):
    assert [p.name for p in find_persons(text, 0, len(text), load())] == [name]


def test_a_given_name_at_a_province_is_no_royal_lines_surname():
    text = "โดยมีนายสมชาย ณ เชียงใหม่ ของวันนั้น"
    assert [p.name for p in find_persons(text, 0, len(text), load())] in ([], ["สมชาย"])


def test_two_people_named_side_by_side_are_two():
    text = "โดยมี นายสมภพ สมิตะสิริ นายอนุพงศ์ สุขสมนิตย์ ร่วม"
    assert [p.name for p in find_persons(text, 0, len(text), load())] == ["สมภพ สมิตะสิริ", "อนุพงศ์ สุขสมนิตย์"]


@pytest.mark.parametrize(("text", "label"), [
    ("คณะกรรมการยุทธศาสตร์ชาติมีมติเห็นชอบ", "คณะกรรมการยุทธศาสตร์ชาติ"),
    ("สมาคมผู้สูงอายุบางส่วนเรียกร้อง", "สมาคมผู้สูงอายุ"),
    # เพื่อการ and its noun, glued on, are the name's; what the body does after them is not
    ("แต่งตั้งคณะกรรมการอิสระเพื่อการปฏิรูปการศึกษา จำนวน 25 ราย", "คณะกรรมการอิสระเพื่อการปฏิรูปการศึกษา"),
    ("สถาบันอุตสาหกรรมเพื่อการเกษตรร่วมประชุมด้วย", "สถาบันอุตสาหกรรมเพื่อการเกษตร"),
])
def test_an_agency_name_ends_before_what_it_does(text, label):
    assert [o.label for o in find_orgs(text, 0, len(text), load())] == ([label] if label else [])


def test_the_one_named_with_the_chair_co_chairs_when_no_partner_follows():
    got = roles("วันนี้ (2 ก.ย. 68) นางสาวธีรรัตน์ สำเร็จวาณิชย์ รัฐมนตรีช่วยว่าการกระทรวงมหาดไทย พร้อมด้วย "
                "คุณแทมมี่ ลินน์ ชาร์ป (Tammy Lynn Sharp) ผู้แทนข้าหลวงใหญ่ผู้ลี้ภัยแห่งสหประชาชาติ ประจำประเทศไทย "
                "เป็นประธานร่วมกล่าวเปิดงานครบรอบ 50 ปี", published="2025-09-02")
    assert set(got.values()) == {"CoChair"} and len(got) == 2


def test_the_headline_repeated_on_a_line_of_its_own_is_no_part_of_the_lede_after_it():
    head = "รมว.ทส. ให้การต้อนรับ ผู้บริหารระดับสูง WWF ในโอกาสเข้าเยี่ยมคารวะและหารือเกี่ยวกับประเด็นขยะทะเล"
    lede = ("รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม (พลเอก สุรศักดิ์ กาญจนรัตน์ ) พร้อมด้วยคณะ ให้การต้อนรับ "
            "Mr.Marco Lambertini ผู้บริหารระดับสูงสุดขององค์การกองทุนสัตว์ป่าโลกสากล (World Wild Fund For Nature : WWF) "
            "เนื่องในโอกาสขอเข้าพบเพื่อหารือ")
    # The site prints the headline and its lede twice; the second headline runs into the lede with no blank line.
    text = (f"รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-{head}\n\nวันจันทร์ที่ 11 มีนาคม 2562\n{head}\n{lede}\n{head}\n{lede}"
            "เกี่ยวกับนโยบายและแนวทางการทำงานร่วมกันในประเด็นขยะทะเล เมื่อวันที่ 6 มีนาคม 2562 ณ ห้อง Riverside3 ชั้น 2 "
            "โรงแรมรอยัล ออคิด เชอราตัน กรุงเทพมหานคร")
    f = article_facts(make_article(text, source="t", id="t"))
    names = labels_of(f)
    assert {(names[p.agent], p.role) for ev in f.events for p in ev.participations if p.agent_kind == "person"} == {
        ("สุรศักดิ์ กาญจนรัตน์", "Host"), ("Marco Lambertini", "Guest")}


def test_a_country_named_after_ณ_in_passing_is_not_where_the_call_was_when_the_day_and_a_place_follow():
    f = facts("พร้อมทั้งขอบพระคุณที่ให้ความช่วยเหลือสมาคมฯ ในการประสานงานนำนักศึกษาไทย เดินทางกลับไปศึกษาต่อ ณ สาธารณรัฐประชาชนจีน\n"
              "นายศักดิ์สยาม ชิดชอบ รัฐมนตรีว่าการกระทรวงคมนาคม มอบหมายให้นางสุขสมรวย วันทนียกุล เลขานุการรัฐมนตรีว่าการกระทรวงคมนาคม "
              "เป็นผู้แทน เนื่องในโอกาสที่สมาคมนักเรียนไทย - จีน นำโดย นายสรวง สิทธิสมาน นายกสมาคมนักเรียนไทย - จีน "
              "เข้าเยี่ยมคารวะและขอบพระคุณกระทรวงคมนาคมในการประสานงานและให้ความช่วยเหลือสมาคมฯ ในการนำนักศึกษาไทยเดินทางกลับไป"
              "ศึกษาต่อ ณ สาธารณรัฐประชาชนจีน ในวันที่ 29 มิถุนายน 2565 ณ ห้องประชุมกระทรวงคมนาคม ในโอกาสนี้ ทั้งสองฝ่ายยินดีกับ"
              "มิตรภาพและความสัมพันธ์อย่างรอบด้านที่ใกล้ชิดระหว่างกระทรวงคมนาคมกับหน่วยงานของจีน เพื่อกลับไปศึกษาต่อ ณ "
              "สาธารณรัฐประชาชนจีน ตลอดจนการส่งเสริมการแลกเปลี่ยนในระดับประชาชน", published="2022-06-29")
    (event,) = f.events
    assert labels_of(f)[event.location] == "กระทรวงคมนาคม"


def test_where_a_non_resident_ambassador_lives_is_not_where_the_call_was():
    f = facts("วันนี้ (24 มิถุนายน 2568) นายอากุชตีญู ฟือร์นังดึช เอกอัครราชทูตสาธารณรัฐแองโกลา ประจำประเทศไทย ถิ่นพำนัก "
              "ณ กรุงฮานอย สาธารณรัฐสังคมนิยมเวียดนาม เข้าเยี่ยมคารวะ นายเศรษฐเกียรติ กระจ่างวงษ์ รองปลัดกระทรวงเกษตรและสหกรณ์ "
              "ณ ห้องประชุมกระทรวงเกษตรและสหกรณ์", published="2025-06-24")
    (event,) = f.events
    assert labels_of(f)[event.location] == "กระทรวงเกษตรและสหกรณ์"


def test_who_goes_to_sign_a_book_of_condolence_at_an_embassy_visits_it():
    f = facts("วันนี้ (2 ตุลาคม 2563) เวลา 11.00 น. ณ สถานเอกอัครราชทูตคูเวตประจำประเทศไทย พลเอก ประยุทธ์ จันทร์โอชา "
              "นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม ได้เดินทางไปลงนามแสดงความเสียใจ กรณี His Highness Sheikh Sabah "
              "Al-Ahmad Al-Jaber Al-Sabah เจ้าผู้ครองรัฐคูเวตเสด็จสวรรคต", published="2020-10-02")
    names = labels_of(f)
    assert {(e.type, names[e.location]) for e in f.events} == {
        ("Signing", "สถานเอกอัครราชทูตคูเวตประจำประเทศไทย"), ("Visit", "สถานเอกอัครราชทูตคูเวตประจำประเทศไทย")}
    visit = next(e for e in f.events if e.type == "Visit")
    assert {names[p.agent]: p.role for p in visit.participations if p.agent_kind == "person"} == {
        "ประยุทธ์ จันทร์โอชา": "Guest", "Sabah Al-Ahmad Al-Jaber Al-Sabah": "Participant"}


def test_the_day_the_one_mourned_died_is_not_the_day_of_the_condolences():
    f = facts("วันนี้ (12 กรกฎาคม 2565) เวลา 15.30 น. ณ สถานเอกอัครราชทูตญี่ปุ่นประจำประเทศไทย นายธนกร วังบุญคงชนะ "
              "โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม "
              "ได้เดินทางไปยังสถานเอกอัครราชทูตญี่ปุ่นประจำประเทศไทย เพื่อลงนามในสมุดแสดงความเสียใจ ต่อการถึงแก่"
              "อสัญกรรมของนายชินโซ อาเบะ อดีตนายกรัฐมนตรีญี่ปุ่น ซึ่งถึงแก่อสัญกรรมเมื่อวันศุกร์ที่ 8 กรกฎาคม 2565",
              published="2022-07-12")
    assert {(e.type, e.date) for e in f.events} == {("Signing", dt.date(2022, 7, 12)), ("Visit", dt.date(2022, 7, 12))}


def test_wishing_the_king_well_at_a_palace_hall_is_no_visit():
    f = facts("วันนี้ (28 กรกฎาคม 2566) พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี ลงนามถวายพระพร ณ ศาลาสหทัยสมาคม "
              "ในพระบรมมหาราชวัง", published="2023-07-28")
    assert "Visit" not in [e.type for e in f.events]


def test_signing_a_guest_book_is_no_signing():
    f = facts("วันนี้ (1 ธันวาคม 2566) นายโอตากะ มาซาโตะ เอกอัครราชทูตญี่ปุ่นประจำประเทศไทย เข้าเยี่ยมคารวะ พันตำรวจเอก ทวี สอดส่อง "
              "รัฐมนตรีว่าการกระทรวงยุติธรรม ณ กระทรวงยุติธรรม และลงนามในสมุดเยี่ยม", published="2023-12-01")
    assert [e.type for e in f.events] == ["Visit"]


def test_โอกาสนี้_opens_a_sentence_of_its_own():
    got = roles("เมื่อวันที่ 22 พ.ย. 66 ดร. นาจัด มาลลา มะจิด (Dr. Najat Maalla M'jid) ผู้แทนพิเศษของเลขาธิการองค์การสหประชาชาติ "
                "เข้าเยี่ยมคารวะ นายสุทธิพงษ์ จุลเจริญ ปลัดกระทรวงมหาดไทย พร้อมทั้งหารือเกี่ยวกับประเด็นความร่วมมือต่าง ๆ "
                "โอกาสนี้ นายขจร ศรีชวโนทัย อธิบดีกรมส่งเสริมการปกครองท้องถิ่น ร่วมหารือในการนี้ด้วย", published="2023-11-22")
    assert got["สุทธิพงษ์ จุลเจริญ"] == "Host" and got["ขจร ศรีชวโนทัย"] == "Participant"


def test_a_thai_head_word_before_a_known_latin_name_is_that_organisation():
    text = "Mr. Hiroo Tanaka หัวหน้าผู้แทนองค์การ JICA, นายสุเทพ ชิตยวงษ์"
    phrase = title_at(text, text.index("หัวหน้า"), len(text), load())
    assert phrase.title == "หัวหน้าผู้แทน" and [o.key for o in phrase.orgs] == ["jica"]


def test_a_portuguese_name_with_e_between_its_family_names_is_one_person():
    f = facts("วันนี้ (17 พฤศจิกายน 2559) เวลา 15.00 น. นายฟรังซิชกู เด อัสซิช มูไรช์ เอ คูญา วาซ ปัตตู "
              "(H.E. Mr. Francisco de Assis Morais e Cunha Vaz Patto) เอกอัครราชทูตสาธารณรัฐโปรตุเกสประจำประเทศไทย "
              "เข้าเยี่ยมคารวะรองนายกรัฐมนตรี", published="2016-11-17")
    (person,) = [e for e in f.entities if e.kind == "person"]
    assert person.labels["en"] == "Francisco de Assis Morais e Cunha Vaz Patto"


def test_a_reception_attended_at_someones_invitation_is_a_visit_to_them():
    f = facts("เมื่อวันที่ 25 ม.ค. 67 นางสาวนฤมล สงวนวงศ์ ผู้ช่วยปลัดกระทรวงเกษตรและสหกรณ์ ได้รับมอบหมายจาก"
              "ปลัดกระทรวงเกษตรและสหกรณ์ เข้าร่วมงานเลี้ยงรับรองเนื่องในโอกาสงานเฉลิมฉลองวันชาติเครือรัฐออสเตรเลีย "
              "ตามคำเชิญของ ดร. แอนเจลา แมคโดนัลด์ (H.E. Dr. Angela Macdonald PSM) เอกอัครราชทูตเครือรัฐออสเตรเลีย "
              "ประจำประเทศไทย", published="2024-01-26")
    assert only_event(f) == ("Visit", {"นฤมล สงวนวงศ์": "Guest", "แอนเจลา แมคโดนัลด์": "Host"})


def test_the_headline_numbers_the_meeting_the_story_is_about():
    title = "การประชุมรัฐมนตรีว่าการกระทรวงการคลังเอเปค ครั้งที่ 30 และการประชุมอื่น ๆ ที่เกี่ยวข้อง"
    body = ("วันนี้ (12 พฤศจิกายน 2566) นายกฤษฎา จีนะวิจารณะ รัฐมนตรีช่วยว่าการกระทรวงการคลัง เข้าร่วมการประชุม"
            "รัฐมนตรีว่าการกระทรวงการคลังเอเปค ณ นครซานฟรานซิสโก")
    art = make_article(f"รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-{title}\n\n{body}", source="t", id="t", title=title,
                       published=dt.date(2023, 11, 12))
    assert [ev.ordinal for ev in article_facts(art).events] == [30]


@pytest.mark.parametrize(("text", "names"), [
    ("การประชุม Thailand - EU Labour Dialogue ครั้งที่ 2", ["Thailand - EU Labour Dialogue"]),
    ("เปิดงาน UK-Southeast Asia Tech Week 2024 ร่วมกับ", ["UK-Southeast Asia Tech Week 2024"]),
    ("ภายใต้ข้อริเริ่ม Belt and Road Initiative ของจีน", ["Belt and Road Initiative"]),
    ("Joint Meeting between Japan and Thailand on Japan-Thailand Partnership Programme Phase 3 (JTPP3) ครั้งที่ 1",
     ["Japan-Thailand Partnership Programme Phase 3"]),
    # Words inside the name of a body the gazetteer knows are no series, though the body is called a programme.
    ("ผู้แทนโครงการพัฒนาแห่งสหประชาชาติ(United Nations Development Programme: UNDP) ประจำประเทศไทย", []),
])
def test_named_series_of_meetings_and_events_are_programmes(text, names):
    assert [p.label for p in find_programmes(text, 0, len(text), load())] == names


def test_an_agency_name_cut_short_by_ฯ_is_the_known_agency_it_begins():
    text = "ผู้แทนจากกระทรวงศึกษาฯ และกระทรวงเกษตรฯ เข้าร่วม และบริษัทญี่ปุ่นกว่าร้อยละ 60"
    assert [o.key for o in find_orgs(text, 0, len(text), load())] == ["moe", "moac"]


@pytest.mark.parametrize(("text", "keys"), [
    # Japan's MEXT begins with the Thai ministry's name: cut short by ฯ, the name is still the Thai ministry's,
    # and with Japan after it, in any of the ways the articles write that, it is MEXT.
    ("กระทรวงศึกษาฯ ญี่ปุ่น ได้เสนอขอความร่วมมือจากกระทรวงศึกษาธิการไทย", ["mext", "moe"]),
    ("ได้ให้การต้อนรับรัฐมนตรีว่าการกระทรวงศึกษาฯ ของญี่ปุ่นในครั้งนี้", ["mext"]),
    ("รัฐมนตรีช่วยว่าการกระทรวงศึกษาธิการ วัฒนธรรม กีฬา วิทยาศาสตร์ และเทคโนโลยี ประเทศญี่ปุ่น หรือ MEXT", ["mext", "mext"]),
    ("ผู้แทนจากกระทรวงศึกษาฯ เข้าร่วม", ["moe"]),
])
def test_a_foreign_namesake_of_a_thai_ministry_is_told_by_its_country(text, keys):
    assert [o.key for o in find_orgs(text, 0, len(text), load())] == keys


@pytest.mark.parametrize(("text", "key"), [
    # A known agency's name with a letter missed, added or wrong (some 800 mentions in the 90k corpus).
    ("ณ กระทรวงสาธารสุข โดย", "moph"),
    ("ณ สำนักงานปลัดกระทรวงเกษตรและสกรณ์ โดย", "moac_ops"),
    ("ร่วมกับกระทรวงทรัพยากรธรรรมชาติและสิ่งแวดล้อมเสนอ", "mnre"),
    # ... or written without แห่งชาติ, where the name is long enough to name one agency only
    ("ร่วมกับสำนักงานหลักประกันสุขภาพ และ", "nhso"),
    ("ร่วมกับสำนักงานคณะกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคม และ", "onde"),
])
def test_a_known_agency_misspelt_or_without_its_national_suffix_is_that_agency(text, key):
    assert [o.key for o in find_orgs(text, 0, len(text), load())] == [key]


def test_a_name_broken_over_a_line_after_การ_is_no_agency():
    text = "ให้ดำรงตำแหน่งประเภทบริหารระดับสูง (กระทรวงการ\nท่องเที่ยวและกีฬา)"
    assert [o.label for o in find_orgs(text, 0, len(text), load())] == []


def test_a_board_named_before_แทน_ends_there():
    text = "การแต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการสถาบันวิจัยแสงซินโครตรอนแทนตำแหน่งที่ว่าง"
    assert [o.label for o in find_orgs(text, 0, len(text), load())] == ["คณะกรรมการสถาบันวิจัยแสงซินโครตรอน"]


def test_a_short_name_without_the_national_suffix_is_no_known_agency():
    text = "ร่วมกับสภานิติบัญญัติ และ"  # สภานิติบัญญัติแห่งชาติ is Thailand's; a legislature may be any country's
    assert [o.key for o in find_orgs(text, 0, len(text), load())] != ["nla"]


def test_a_name_cut_short_is_not_a_known_one_misspelt():
    # กระทรวงเกษตร is one ฯ short of a name of Thailand's ministry; with the fields after it, Japan's ministry.
    text = "กระทรวงเกษตร ป่าไม้ และประมงญี่ปุ่น"
    assert [(o.label_th, o.country) for o in find_orgs(text, 0, len(text), load())] == [
        ("กระทรวงเกษตร ป่าไม้ และประมงญี่ปุ่น", "JP")]


def test_a_title_names_its_agency_though_the_agency_is_misspelt():
    f = facts("นายสมชาย ใจดี ปลัดกระทรวงการพัฒนาสังคมและความมันคงของมนุษย์ กล่าว")
    assert [(p.title, p.org) for p in f.posts] == [("ปลัดกระทรวง", "msdhs")]


@pytest.mark.parametrize(("text", "found"), [
    # A Thai ministry's name run on with และ and more fields, then a foreign country: that country's ministry.
    ("รัฐมนตรีว่าการกระทรวงการต่างประเทศและการค้าของออสเตรเลีย", [("กระทรวงการต่างประเทศและการค้าออสเตรเลีย", "AU")]),
    ("กระทรวงแรงงานและการจ้างงานแห่งสาธารณรัฐเกาหลี", [("กระทรวงแรงงานและการจ้างงานเกาหลีใต้", "KR")]),
    ("กระทรวงการต่างประเทศและการค้า นิวซีแลนด์", [("กระทรวงการต่างประเทศและการค้านิวซีแลนด์", "NZ")]),
    # Fields listed with spaces, then a space and the country.
    ("รัฐมนตรีว่าการกระทรวงวัฒนธรรม กีฬา และการท่องเที่ยว สาธารณรัฐสังคมนิยมเวียดนาม",
     [("กระทรวงวัฒนธรรม กีฬา และการท่องเที่ยวเวียดนาม", "VN")]),
    ("กระทรวงแรงงาน ตรวจคนเข้าเมืองและประชากร สาธารณรัฐแห่งสหภาพเมียนมา",
     [("กระทรวงแรงงาน ตรวจคนเข้าเมืองและประชากรเมียนมา", "MM")]),
    # ... or the last field glued to แห่ง and the country, however long; named one way however spaced.
    ("กับกระทรวงวัฒนธรรม กีฬา และการท่องเที่ยวแห่งสาธารณรัฐสังคมนิยมเวียดนาม ระหว่างปี",
     [("กระทรวงวัฒนธรรม กีฬา และการท่องเที่ยวเวียดนาม", "VN")]),
    # ... not a sentence that goes on after the ministry's name.
    ("กระทรวงศึกษาธิการ ให้การต้อนรับและมอบโอวาทแก่นักศึกษาจากมณฑลเสฉวน สาธารณรัฐประชาชนจีน",
     [("กระทรวงศึกษาธิการ", "TH")]),
    ("กระทรวงศึกษาธิการ ให้การต้อนรับและมอบโอวาทแก่นักศึกษาจากมณฑลเสฉวนจีน", [("กระทรวงศึกษาธิการ", "TH")]),
    # A second body or a post after และ, or no country: Thailand's ministry.
    ("กระทรวงอุตสาหกรรมและสถานเอกอัครราชทูตสาธารณรัฐเกาหลี", [("กระทรวงอุตสาหกรรม", "TH"),
                                                         ("สถานเอกอัครราชทูตเกาหลีใต้ประจำประเทศไทย", "KR")]),
    ("กระทรวงมหาดไทยและสมาคมแม่บ้านมหาดไทย", [("กระทรวงมหาดไทย", "TH"), ("สมาคมแม่บ้านมหาดไทย", None)]),
    ("กระทรวงการท่องเที่ยวและกีฬาและการท่องเที่ยวแห่งประเทศไทย", [("กระทรวงการท่องเที่ยวและกีฬา", "TH"),
                                                             ("การท่องเที่ยวแห่งประเทศไทย", "TH")]),
])
def test_a_thai_ministrys_name_run_on_to_a_foreign_country_is_that_countrys_ministry(text, found):
    assert [(o.label_th, o.country) for o in find_orgs(text, 0, len(text), load())] == found


@pytest.mark.parametrize(("text", "labels"), [
    ("โดยมีบริษัทร่วมทุนญี่ปุ่นและบริษัทประกันภัยเข้าร่วม", []),
    ("เชิญบริษัทผู้ส่งออกและบริษัทระดับโลกมาลงทุน", []),
    ("หัวหน้าฝ่ายวิจัยประยุกต์ บริษัทเฟสโต และสมาชิก", ["บริษัทเฟสโต"]),
    ("ผู้แทนบริษัทแอสตร้าเซนเนก้า กล่าว", ["บริษัทแอสตร้าเซนเนก้า"]),
])
def test_words_of_a_kind_after_the_company_head_name_no_company(text, labels):
    assert [o.label for o in find_orgs(text, 0, len(text), load())] == labels


@pytest.mark.parametrize(("text", "label"), [
    ("คณะกรรมการส่งเสริมการจัดสวัสดิการสังคมแห่งชาติ (ก.ส.ค.) ครั้งที่ 1", "คณะกรรมการส่งเสริมการจัดสวัสดิการสังคมแห่งชาติ"),
    ("ผู้อำนวยการสำนักงานส่งเสริมการเป็นผู้ประกอบการ มหาวิทยาลัย", "สำนักงานส่งเสริมการเป็นผู้ประกอบการ"),
])
def test_a_name_does_not_end_on_a_bare_การ(text, label):
    assert label in [o.label for o in find_orgs(text, 0, len(text), load())]


@pytest.mark.parametrize(("text", "labels"), [
    ("ณ สหพันธ์สาธารณรัฐเยอรมนี เป็น", []),  # a country, though สหพันธ์ heads bodies' names
    ("เจ้าฟ้าจุฬาภรณวลัยลักษณ์ อัครราชกุมารี กรมพระศรีสวางควัฒน วรขัตติยราชนารี", []),  # a royal title
    ("โดยมี กรมพระธรรมนูญ เข้าร่วม", ["กรมพระธรรมนูญ"]),
])
def test_a_country_or_a_royal_title_is_no_body_its_head_word_begins(text, labels):
    assert [o.label for o in find_orgs(text, 0, len(text), load())] == labels


def test_english_titles_after_a_name_without_a_comma_end_it():
    text = ("ให้การต้อนรับ Mr. Win Hlaing Project Director, AIRBM Project Ms. Khin Ni Ni Thein Component 1 Director, "
            "AIRBM Project")
    assert [p.name for p in find_persons(text, 0, len(text), load())] == ["Win Hlaing", "Khin Ni Ni Thein"]


@pytest.mark.parametrize(("text", "keys"), [
    ("Department of Water Resources and Improvement of River Systems (DWIR), Ministry of Transport and "
     "Communications Mr. Win", ["o-and-department-improvement-of-of-resources-river",
                                "o-and-communications-ministry-of-transport"]),
    ("the Ministry of Foreign Affairs of Japan", ["mfa-jp"]),
    ("กระทรวงการต่างประเทศญี่ปุ่น", ["mfa-jp"]),
    ("the Ministry of Foreign Affairs of Thailand", ["mfa"]),
])
def test_an_english_name_that_runs_on_past_a_known_one_is_another_agency(text, keys):
    assert [o.key for o in find_orgs(text, 0, len(text), load())] == keys


def test_ministries_listed_before_one_of_a_foreign_country_are_that_countrys():
    f = facts("วันนี้ (15 มีนาคม 2568) นพ.พงศธร พอกเพิ่มดี รองปลัดกระทรวงสาธารณสุข หารือร่วมกับเจ้าหน้าที่จากกระทรวงสาธารณสุข "
              "กระทรวงการต่างประเทศ และกระทรวงการคลังเวียดนาม ณ กรุงฮานอย", published="2025-03-15")
    assert {e.labels.get("th") for e in f.entities if e.kind == "org" and e.country == "VN"} == {
        "กระทรวงสาธารณสุขเวียดนาม", "กระทรวงการต่างประเทศเวียดนาม", "กระทรวงการคลังเวียดนาม"}


def test_the_same_ministry_twice_is_thailands_and_the_foreign_countrys():
    f = facts("วันนี้ (14 ธันวาคม 2564) กระทรวงการต่างประเทศและกระทรวงการต่างประเทศกัมพูชาได้ร่วมกันจัดทำร่างบันทึกการประชุม",
              published="2021-12-14")
    orgs = {e.key: e for e in f.entities if e.kind == "org"}
    assert set(orgs) == {"mfa", "mfa-kh"}
    # and no other agency's name is an alt label of Cambodia's ministry
    assert "กระทรวงการต่างประเทศ" not in {label for label, _ in orgs["mfa-kh"].alt_labels}


def test_a_foreign_agency_bears_no_other_known_agencys_name():
    from kg.records import OrgRef
    from kg.resolve import _org_entities

    # a bare กระทรวงการต่างประเทศ read as Bahrain's ministry in context: Thailand's name, no label of Bahrain's
    refs = [OrgRef("mfa-bh", "กระทรวงการต่างประเทศราชอาณาจักรบาห์เรน", "th", 0, 40, "foreign-ministry", country="BH"),
            OrgRef("mfa-bh", "กระทรวงการต่างประเทศ", "th", 100, 120, "foreign-ministry", country="BH")]
    entity = _org_entities(refs, load(), [])["mfa-bh"]
    assert entity.labels["th"] == "กระทรวงการต่างประเทศราชอาณาจักรบาห์เรน"
    assert "กระทรวงการต่างประเทศ" not in {label for label, _ in entity.alt_labels}


@pytest.mark.parametrize(("texts", "label", "country"), [
    (["นายนิโคไล ปาตรูเชฟ เลขาธิการสภาความมั่นคงแห่งสหพันธรัฐรัสเซีย เข้าเยี่ยมคารวะ",
      "เลขาธิการสภาความมั่นคงรัสเซียแจ้งว่า", "เลขาธิการสภาความมั่นคงแห่งรัสเซียได้กล่าวเชิญ"],
     "สภาความมั่นคงรัสเซีย", "RU"),
    (["ประธานสภาแห่งชาติสาธารณรัฐสังคมนิยมเวียดนาม เข้าเยี่ยมคารวะ", "ประธานสภาแห่งชาติเวียดนามฯ ย้ำ"],
     "สภาแห่งชาติเวียดนาม", "VN"),
    (["ระหว่างกระทรวงเกษตรและสหกรณ์ กับกระทรวงเกษตร ปศุสัตว์ และอุปทานอาหารแห่งสหราชอาณาจักร ณ",
      "กับกระทรวงเกษตร ปศุสัตว์ และอุปทานอาหารสหราชอาณาจักร"],
     "กระทรวงเกษตร ปศุสัตว์ และอุปทานอาหารสหราชอาณาจักร", "GB"),
    # The fields listed with spaces make the name, however generic its first word (การค้า).
    (["กระทรวงการค้า อุตสาหกรรม และการประมง ราชอาณาจักรนอร์เวย์ นางอัสตริด"],
     "กระทรวงการค้า อุตสาหกรรม และการประมงนอร์เวย์", "NO"),
])
def test_a_foreign_agency_named_with_its_country_in_any_form_is_one_agency(texts, label, country):
    gaz = load()
    found = {(o.key, o.label, o.country) for t in texts for o in find_orgs(t, 0, len(t), gaz) if o.country != "TH"}
    assert len(found) == 1 and {(lab, c) for _, lab, c in found} == {(label, country)}


@pytest.mark.parametrize(("text", "labels"), [
    ("ณ ศูนย์ดำเนินการเกี่ยวกับผู้อพยพกระทรวงมหาดไทย", ["ศูนย์ดำเนินการเกี่ยวกับผู้อพยพ", "กระทรวงมหาดไทย"]),
    ("ผู้อำนวยการกองส่งเสริมและสนับสนุนงานพัฒนาฝ่ายพลเรือน เดินทาง", ["กองส่งเสริมและสนับสนุนงานพัฒนาฝ่ายพลเรือน"]),
    ("ความสัมพันธ์ที่ดีของกระทรวงเกษตรทั้ง 2 ประเทศ", []),
    ("โดยบริษัทมุ่งมั่นที่จะสนับสนุน และบริษัทญี่ปุ่นรายสำคัญ", []),
    ("นักเรียนโรงเรียนรับเชิญในประเทศไทย", []),
    ("ทั้งนี้ กระทรวงสาธารณสุขและกระทรวงการท่องเที่ยว ฯ จะผลัดเปลี่ยนกัน", ["กระทรวงสาธารณสุข", "กระทรวงการท่องเที่ยว ฯ"]),
])
def test_where_a_name_read_by_its_head_word_ends_or_is_none(text, labels):
    assert [o.label for o in find_orgs(text, 0, len(text), load())] == labels


def test_a_name_cut_short_by_ฯ_is_the_agency_the_article_names_in_full():
    f = facts("นายทาเคดะ รัฐมนตรีว่าการกระทรวงกิจการภายในและการสื่อสารแห่งประเทศญี่ปุ่น เข้าเยี่ยมคารวะ "
              "นายพุทธิพงษ์ ปุณณกันต์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม\n"
              "ทั้งนี้ กระทรวงกิจการภายในฯ ของญี่ปุ่น พร้อมสนับสนุน")
    assert [e.labels["th"] for e in f.entities if e.kind == "org" and "กิจการภายใน" in e.labels.get("th", "")] == [
        "กระทรวงกิจการภายในและการสื่อสารญี่ปุ่น"]


def test_an_honorific_holds_no_agency():
    f = facts("นายกองเอก ชยาวุธ จันทร รองปลัดกระทรวงมหาดไทย กล่าว")
    assert [e.labels["th"] for e in f.entities if e.kind == "org"] == ["กระทรวงมหาดไทย"]


def test_an_event_the_story_never_dates_has_no_date_but_the_day_it_was_reported():
    from kg.graph import article_quads
    from kg.vocab import KG, SCHEMA

    f = facts("เมื่อเร็ว ๆ นี้ นายเรนาโต้ ดิ โบนา เอกอัครราชทูตสาธารณรัฐอิตาลีประจำประเทศไทย เข้าเยี่ยมคารวะ "
              "นายสุริยะ จึงรุ่งเรืองกิจ รัฐมนตรีว่าการกระทรวงคมนาคม", published="2024-03-05")
    assert [(e.type, e.date) for e in f.events] == [("Visit", None)]
    dated = (SCHEMA.startDate, KG.reportedOn)
    dates = {(q.predicate, q.object.value) for q in article_quads(f) if q.predicate in dated}
    assert dates == {(KG.reportedOn, "2024-03-05")}


@pytest.mark.parametrize("published, day", [("2022-11-19", "2022-11-18"), ("2022-11-18", "2022-11-18")])
def test_a_bare_today_is_the_day_the_story_opened_on_as_today(published, day):
    f = facts("วันนี้ (18 พ.ย. 65) นายสุทธิพงษ์ จุลเจริญ ปลัดกระทรวงมหาดไทย เปิดเผยว่า กลุ่มทอผ้าได้นำผลิตภัณฑ์มาจัดแสดง"
              "ที่ศูนย์การประชุมแห่งชาติสิริกิติ์\nในวันนี้ นายสุทธิพงษ์ จุลเจริญ ได้ให้การต้อนรับ นายธานี แสงรัตน์ "
              "โฆษกกระทรวงการต่างประเทศ ซึ่งเข้าเยี่ยมชมนิทรรศการ", published=published)
    assert [(e.type, e.date) for e in f.events] == [("Visit", dt.date.fromisoformat(day))]


def test_a_bare_today_in_a_story_told_days_later_is_the_day_it_opens_on():
    f = facts("เมื่อวันที่ 2 พฤศจิกายน 2560 นายสนธิรัตน์ สนธิจิรวงศ์ รัฐมนตรีว่าการกระทรวงพาณิชย์ ได้นำผู้บริหารกระทรวงพาณิชย์ "
              "ลงพื้นที่จังหวัดเพชรบูรณ์\nรัฐมนตรีว่าการกระทรวงพาณิชย์ กล่าวว่า การได้พบปะพูดคุยกับพี่น้องเกษตรกรชาวไร่ข้าวโพด"
              "วันนี้สะท้อนให้เห็นถึงความตั้งใจของกระทรวง", published="2017-11-06")
    assert {e.date for e in f.events} == {dt.date(2017, 11, 2)}


def test_miss_before_an_organisations_english_name_is_no_honorific():
    f = facts("วันนี้ (14 กุมภาพันธ์ 2566) คุณแอน จักรพงษ์ จักราจุฑาธิบดิ์ ประธานเจ้าหน้าที่บริหาร บริษัท เจเคเอ็น โกลบอล กรุ๊ป "
              "จำกัด (มหาชน) และเจ้าขององค์กรนางงามจักรวาล (Miss Universe Organization: MUO) พร้อมนางสาว R’Bonney Gabriel "
              "เข้าเยี่ยมคารวะพลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี", published="2023-02-14")
    people = sorted(e.labels.get("th") or e.labels["en"] for e in f.entities if e.kind == "person")
    assert "Universe Organization" not in people and "ประยุทธ์ จันทร์โอชา" in people


def test_an_agencys_english_name_in_brackets_may_open_on_an_honorific_word():
    f = facts("คุณแอน จักรพงษ์ จักราจุฑาธิบดิ์ เจ้าขององค์กรนางงามจักรวาล (Miss Universe Organization: MUO) "
              "เข้าเยี่ยมคารวะพลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี", published="2023-02-14")
    orgs = [e for e in f.entities if e.kind == "org"]
    assert [(e.labels.get("th"), e.labels.get("en")) for e in orgs] == [
        ("องค์กรนางงามจักรวาล", "Miss Universe Organization")]


@pytest.mark.parametrize("text, roles", [
    ("เมื่อวันที่ 17 กันยายน 2562 หม่อมราชวงศ์จัตุมงคล โสณกุล รัฐมนตรีว่าการกระทรวงแรงงาน พร้อมด้วย นายสุทธิ สุโกศล "
     "ปลัดกระทรวงแรงงาน ได้เข้าร่วมประชุมระดับรัฐมนตรีแรงงานในกลุ่มประเทศ CLMTV ครั้งที่ 3 ณ ราชอาณาจักรกัมพูชา "
     "โดยสมเด็จอัคคมหาเสนาบดีเดโช ฮุน เซน เป็นประธานในพิธีเปิด",
     {"จัตุมงคล โสณกุล": "Participant", "สุทธิ สุโกศล": "Participant", "ฮุน เซน": "Chair"}),
    ("เมื่อวันที่ 7 ธันวาคม 2566 นายอภัย สุทธิสังข์ รองปลัดกระทรวงเกษตรและสหกรณ์ เข้าร่วมการประชุมคณะกรรมการนโยบาย"
     "และบริหารจัดการมันสำปะหลัง ครั้งที่ 2/2566 โดยนายภูมิธรรม เวชยชัย รองนายกรัฐมนตรี เป็นประธานการประชุม",
     {"อภัย สุทธิสังข์": "Participant", "ภูมิธรรม เวชยชัย": "Chair"}),
    ("เมื่อวันที่ 7 ธันวาคม 2566 นายอภัย สุทธิสังข์ รองปลัดกระทรวงเกษตรและสหกรณ์ เข้าร่วมการประชุมคณะกรรมการนโยบาย"
     "และบริหารจัดการมันสำปะหลัง ครั้งที่ 2/2566 และทำหน้าที่เป็นประธานการประชุม",
     {"อภัย สุทธิสังข์": "Chair"})])
def test_one_named_after_by_chairs_the_meeting_the_subject_attends(text, roles):
    assert only_event(facts(text, "2023-12-08")) == ("Meeting", roles)


def test_a_foreign_leader_named_by_one_word_after_the_title_is_a_person_holding_that_title():
    f = facts("วันนี้ (28 ก.พ. 61) นายกรัฐมนตรีฝากความระลึกถึงและความปรารถนาดี แด่ประธานาธิบดีปูติน และประชาชนชาวรัสเซีย "
              "และฝากความห่วงใยไปยังประธานาธิบดีทรัมป์และภริยา", published="2018-02-28")
    people = {e.key: e for e in f.entities if e.kind == "person"}
    assert sorted(e.labels.get("th") for e in people.values()) == ["ทรัมป์", "วลาดิมีร์ ปูติน"]
    assert sorted((people[p.person].labels["th"], p.title) for p in f.posts) == [
        ("ทรัมป์", "ประธานาธิบดี"), ("วลาดิมีร์ ปูติน", "ประธานาธิบดี")]


@pytest.mark.parametrize("text", ["ประธานาธิบดีกล่าวว่า ", "นายกรัฐมนตรีตามที่ได้", "นายกรัฐมนตรีการประชุมสุดยอด"])
def test_everyday_words_after_a_leaders_title_are_no_name(text):
    from kg.extract.persons import find_titled_persons

    assert find_titled_persons(text, 0, len(text), load(), []) == []


def test_both_leaders_and_each_sides_list_take_part_in_the_full_meeting():
    f = facts("วันนี้ (2 กันยายน 2562) เวลา 10.00 น. พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี ให้การต้อนรับ นายมุน แช-อิน "
              "(Mr. Moon Jae-in) ประธานาธิบดีแห่งสาธารณรัฐเกาหลี ในโอกาสเยือนประเทศไทยอย่างเป็นทางการ\n"
              "ผู้นำทั้งสองได้ร่วมกันหารือข้อราชการเต็มคณะ ณ ตึกภักดีบดินทร์ พร้อมด้วยคณะรัฐมนตรีโดยฝ่ายไทยประกอบด้วย "
              "นายดอน ปรมัตถ์วินัย รัฐมนตรีว่าการกระทรวงการต่างประเทศ\n"
              "สำหรับคณะรัฐมนตรีฝ่ายเกาหลีใต้ ประกอบด้วย นางคัง คยอง-ฮวา รัฐมนตรีว่าการกระทรวงการต่างประเทศ\n",
              published="2019-09-02")
    names = {e.key: e.labels.get("th") for e in f.entities if e.kind == "person"}
    with_don = [e for e in f.events if any(names.get(p.agent) == "ดอน ปรมัตถ์วินัย" for p in e.participations)]
    assert [{names[p.agent] for p in e.participations if p.agent in names} for e in with_don] == [{
        "ประยุทธ์ จันทร์โอชา", "มุน แช-อิน", "ดอน ปรมัตถ์วินัย", "คัง คยอง-ฮวา"}]


@pytest.mark.parametrize(("body", "published", "types"), [
    # Both sides discussing, in a sentence that names nobody, adds no event.
    ("วันนี้ (2 กันยายน 2562) นายดอน ปรมัตถ์วินัย รัฐมนตรีว่าการกระทรวงการต่างประเทศ ให้การต้อนรับ "
     "นายโจ ฮยอน เอกอัครราชทูตสาธารณรัฐเกาหลีประจำประเทศไทย ในโอกาสเข้าเยี่ยมคารวะ\n"
     "ทั้งสองฝ่ายได้หารือเกี่ยวกับความร่วมมือด้านเศรษฐกิจ\n", "2019-09-02", ["Visit"]),
    # Whoever chairs a meeting holds a meeting, whoever calls.
    ("เมื่อวันที่ 6 ตุลาคม 2563 นางสาวอัจฉรินทร์ พัฒนพันธ์ชัย ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
     "เป็นประธานการประชุมหารือร่วมกับ Mr.Noah Geesaman รองที่ปรึกษาด้านเศรษฐกิจสถานเอกอัครราชทูตสหรัฐอเมริกา"
     "ประจำประเทศไทย พร้อมคณะฯ เข้าพบเพื่อหารือถึงความร่วมมือ", "2020-10-07", ["Meeting"]),
])
def test_the_events_a_story_tells_of_and_their_types(body, published, types):
    assert [e.type for e in facts(body, published=published).events] == types


def test_two_numbered_meetings_told_of_in_one_sentence_are_two_meetings():
    f = facts("นายสรพงศ์ ไพฑูรย์พงษ์ รองปลัดกระทรวงคมนาคม ทำหน้าที่หัวหน้าคณะผู้แทนไทยเข้าร่วมการประชุมเจ้าหน้าที่อาวุโส"
              "ด้านการขนส่งอาเซียน (ASEAN Senior Transport Official Meeting: STOM) ครั้งที่ 59 และการประชุมเจ้าหน้าที่อาวุโส"
              "ด้านการขนส่งระหว่างอาเซียน - สหรัฐฯ (ASEAN - US Senior Transport Official Dialogue: ASEAN - US STOD) "
              "ครั้งที่ 4 ระหว่างวันที่ 21 - 23 พฤษภาคม 2568 ณ เมืองย่างกุ้ง สาธารณรัฐแห่งสหภาพเมียนมา",
              published="2025-05-26")
    assert sorted((e.type, e.date.isoformat(), e.ordinal) for e in f.events) == [
        ("Meeting", "2025-05-21", 4), ("Meeting", "2025-05-21", 59)]


def test_a_numbered_meeting_still_to_come_in_the_same_sentence_is_none():
    f = facts("วันนี้ (21 พฤษภาคม 2568) นายสรพงศ์ ไพฑูรย์พงษ์ รองปลัดกระทรวงคมนาคม เข้าร่วมการประชุมเจ้าหน้าที่อาวุโส"
              "ด้านการขนส่งอาเซียน ครั้งที่ 59 และเตรียมการประชุมรัฐมนตรีขนส่งอาเซียน ครั้งที่ 31 ที่จะจัดขึ้นในเดือนพฤศจิกายน",
              published="2025-05-21")
    assert [(e.type, e.ordinal) for e in f.events] == [("Meeting", 59)]


def test_the_minister_who_sent_the_delegation_and_the_session_number():
    f = facts("วันนี้ (10 ตุลาคม 2567) นพ.วีรวุฒิ  อิ่มสำราญ รองปลัดกระทรวงสาธารณสุข เปิดเผยว่า ได้รับมอบหมายจาก "
              "นายสมศักดิ์ เทพสุทิน รัฐมนตรีว่าการกระทรวงสาธารณสุข ให้เป็นหัวหน้าคณะผู้แทนไทยเข้าร่วมการประชุมคณะกรรมการ"
              "องค์การอนามัยโลกภูมิภาคเอเชียตะวันออกเฉียงใต้ สมัยที่ 77 เมื่อวันที่ 7 – 9 ตุลาคม ที่ผ่านมา ณ กรุงนิวเดลี "
              "สาธารณรัฐอินเดีย โดยได้ชื่นชมการห้ามเสิร์ฟเครื่องดื่มแอลกอฮอล์ในระหว่างงานเลี้ยงรับรอง",
              published="2024-10-10")
    names = {e.key: e.labels.get("th") for e in f.entities if e.kind == "person"}
    assert [(e.type, e.date.isoformat(), e.ordinal, [names[p.agent] for p in e.participations if p.agent in names])
            for e in f.events] == [("Meeting", "2024-10-07", 77, ["วีรวุฒิ อิ่มสำราญ"])]


@pytest.mark.parametrize(("body", "name", "ministry"), [
    ("ผู้นำทั้งสองได้ร่วมกันหารือข้อราชการเต็มคณะ โดยฝ่ายไทยประกอบด้วย นายดอน ปรมัตถ์วินัย "
     "รัฐมนตรีว่าการกระทรวงการต่างประเทศ\nสำหรับคณะรัฐมนตรีฝ่ายเกาหลีใต้ ประกอบด้วย นางคัง คยอง-ฮวา "
     "รัฐมนตรีว่าการกระทรวงการต่างประเทศ", "คัง คยอง-ฮวา", "กระทรวงการต่างประเทศเกาหลีใต้"),
    ("รัฐมนตรีช่วยว่าการกระทรวงการคลัง (นายเผ่าภูมิ  โรจนสกุล) ได้ประชุมหารือทวิภาคี ดังนี้ (1) H.E. Datuk Seri Amir "
     "Hamzah Azizan รัฐมนตรีว่าการกระทรวงการคลัง (คนที่สอง) มาเลเซีย เพื่อผลักดันความร่วมมือ (2) H.E. Nguyen Van "
     "Thang รัฐมนตรีว่าการกระทรวงการคลัง สาธารณรัฐสังคมนิยมเวียดนาม เพื่อหารือ", "Nguyen Van Thang",
     "กระทรวงการคลังเวียดนาม"),
])
def test_a_foreign_officials_ministry_written_as_a_thai_one_is_their_countrys(body, name, ministry):
    f = facts(body)
    labels = {e.key: e.labels for e in f.entities}
    posts = {(labels[p.person].get("th") or labels[p.person].get("en")): labels[p.org].get("th")
             for p in f.posts if p.org}
    assert posts[name] == ministry
    assert "กระทรวงการต่างประเทศ" in posts.values() or "กระทรวงการคลังมาเลเซีย" in posts.values()


def test_the_day_an_anniversary_counts_from_dates_no_event():
    f = facts("ดร.ทองเปลว กองจันทร์ ปลัดกระทรวงเกษตรและสหกรณ์ ได้ต้อนรับ นายคริส ทีนนิ่ง (Mr. Chris Tinning) "
              "ในโอกาสเดินทางเยือนประเทศไทย โดยปีนี้จะครบรอบ 70 ปี ของการสถาปนาความสัมพันธ์ทางการทูต (วันสถาปนา"
              "ความสัมพันธ์ทางการทูตระหว่างไทย-ออสเตรเลีย วันที่ 19 ธันวาคม 2495)", published="2022-06-14")
    assert [e.date for e in f.events] == [None]


def test_the_day_a_call_was_told_of_does_not_date_it():
    f = facts("วันที่ 15 พฤษภาคม 2568 นายประเสริฐ จันทรรวงทอง รองนายกรัฐมนตรี เปิดเผยถึงกรณีที่ นายธาว เชตฐา "
              "(H.E. Mr. Thor Chetha) เข้าเยี่ยมคารวะ ณ กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เมื่อวันที่ 14 พฤษภาคม 2568 ว่า",
              published="2025-05-15")
    assert [str(e.date) for e in f.events] == ["2025-05-14"]


@pytest.mark.parametrize(("period", "dated"), [("(1 มกราคม - 31 มีนาคม 2562)", []),
                                               ("(1 - 3 กุมภาพันธ์ 2562)", ["2019-02-01"])])
def test_a_span_of_months_in_brackets_is_a_period_and_dates_no_meeting(period, dated):
    f = facts("นายนิสิต จันทร์สมวงศ์ รองปลัดกระทรวงมหาดไทย กล่าวว่า ที่ประชุมได้ร่วมกันพิจารณาร่าง Progress Report "
              f"{period} ซึ่งเป็นผลความคืบหน้าการดำเนินงาน", published="2019-02-11")
    assert [str(e.date) for e in f.events if e.date] == dated


@pytest.mark.parametrize("opening", ["วันนี้ (14 พฤศจิกายน 2567) เมื่อวันที่ 13 พฤศจิกายน 2567",
                                     "วันนี้ (14 พ.ย. 2567) เมื่อวันที่ (13 พฤศจิกายน 2567)"])
def test_a_day_gone_by_told_today_dates_the_event(opening):
    f = facts(opening + " เวลา 17.00 น. นางสาวจิราพร สินธุไพร รัฐมนตรีประจำสำนักนายกรัฐมนตรี เป็นประธานเปิดงาน "
              "“สืบสานวัฒนธรรมไทย ร่วมใจลอยกระทง ประจำปี 2567” ณ กรมประชาสัมพันธ์ โดยมีนายหาน จื้อเฉียง "
              "เอกอัครราชทูตสาธารณรัฐประชาชนจีน เข้าร่วมด้วย", published="2024-11-14")
    assert [str(e.date) for e in f.events] == ["2024-11-13"]


@pytest.mark.parametrize("resolved", ["คณะรัฐมนตรีได้มีมติเมื่อวันที่ ๒๓ มิถุนายน ๒๕๕๒", "มติคณะรัฐมนตรี (23 มิ.ย. 2552)"])
def test_the_day_of_a_cabinet_resolution_dates_no_event(resolved):
    f = facts("นายประภัตร โพธสุธน รัฐมนตรีช่วยว่าการกระทรวงเกษตรและสหกรณ์ นำชาวนาดีเด่นแห่งชาติ เข้าพบ "
              "พลเอกประยุทธ์ จันทร์โอชา นายกรัฐมนตรี ณ ตึกไทยคู่ฟ้า ทำเนียบรัฐบาล\nนายประภัตร กล่าวว่า "
              f"นับตั้งแต่{resolved} เห็นชอบให้วันที่ ๕ มิถุนายน ของทุกปี เป็นวันข้าวและชาวนาแห่งชาติ "
              "ชาวนาได้เข้าพบนายกรัฐมนตรีทุกปี", published="2020-06-05")
    assert {str(e.date) for e in f.events} == {"2020-06-05"}


def test_an_event_told_with_a_past_year_is_apart_from_the_days_call():
    f = facts("วันนี้ (18 พฤษภาคม 2565) เวลา 11.30 น. นายมาเร็ก ลิบชีตซกี เอกอัครราชทูตสาธารณรัฐเช็กประจำประเทศไทย เข้าพบ "
              "พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี ณ ทำเนียบรัฐบาล\nนายกรัฐมนตรี ขอบคุณเอกอัครราชทูตสาธารณรัฐเช็กฯ "
              "ที่ช่วยส่งเสริมความสัมพันธ์ระหว่างกันตลอดระยะเวลากว่า 5 ปีที่ดำรงตำแหน่ง "
              "นอกจากนี้ได้กล่าวยินดีที่ได้มีโอกาสต้อนรับและพบหารือกับนายอันเดรย์ บาบิช อดีตนายกรัฐมนตรีสาธารณรัฐเช็ก "
              "เมื่อปี 2562 ซึ่งเป็นการเยือนระดับนายกรัฐมนตรีครั้งแรก", published="2022-05-18")
    assert event_people(f, lambda e: str(e.date)) == [("2022-05-18", ["ประยุทธ์ จันทร์โอชา", "มาเร็ก ลิบชีตซกี"]),
                                                       ("None", ["อันเดรย์ บาบิช"])]


def test_talks_told_as_something_else_done_with_people_of_their_own_are_not_the_call():
    f = facts("ดร.อุตตม สาวนายน รัฐมนตรีว่าการกระทรวงการคลัง และคณะ ได้เข้าพบนาย Hiroshige Seko รัฐมนตรีว่าการกระทรวง"
              "เศรษฐกิจการค้าและอุตสาหกรรมของญี่ปุ่น เมื่อวันที่ 31 กรกฎาคม 2562 เพื่อเยี่ยมคารวะในโอกาสเข้ารับตำแหน่ง\n"
              "นอกจากนี้ รัฐมนตรีว่าการกระทรวงการคลังได้พบปะผู้บริหารหน่วยงานเศรษฐกิจของญี่ปุ่น อาทิ นาย Kazuho Tanaka "
              "ผู้ว่าการและประธานเจ้าหน้าที่บริหาร Japan Finance Corporation (JFC)", published="2019-07-31")
    assert event_people(f) == [("Meeting", ["Kazuho Tanaka", "อุตตม สาวนายน"]),
                               ("Visit", ["Hiroshige Seko", "อุตตม สาวนายน"])]


def test_initials_after_the_given_name_confirmed_by_the_latin_form():
    text = "เวลา 10.00 น. นายรอเบิร์ต เอฟ. โกเด็ก (H.E. Mr. Robert F. Godec) เอกอัครราชทูตสหรัฐอเมริกาประจำประเทศไทย เข้าพบ"
    assert [(p.name, p.latin) for p in find_persons(text, 0, len(text), load())][:1] == [
        ("รอเบิร์ต เอฟ. โกเด็ก", "Robert F. Godec")]


@pytest.mark.parametrize(("text", "label"), [
    ("รัฐมนตรีว่าการกระทรวงทรัพยากรน้ำและอุตุนิยมวิทยาแห่งราชอาณาจักรกัมพูชาและคณะเข้าเยี่ยมคารวะ",
     "กระทรวงทรัพยากรน้ำและอุตุนิยมวิทยากัมพูชา"),
    ("โดยสถาบันขงจื่อตั้งอยู่ที่มหาวิทยาลัย", "สถาบันขงจื่อ"),
    ("ตามที่คณะกรรมการนโยบายปาล์มน้ำมันแห่งชาติมอบหมายให้กระทรวงพาณิชย์", "คณะกรรมการนโยบายปาล์มน้ำมันแห่งชาติ"),
    ("แต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการมาตรวิทยาแห่งชาติเพิ่มเติม", "คณะกรรมการมาตรวิทยาแห่งชาติ"),
])
def test_an_agency_name_ends_before_its_party_or_what_it_is_doing(text, label):
    assert [o.label for o in find_orgs(text, 0, len(text), load())][:1] == [label]


def test_talks_held_on_the_occasion_of_a_visit_are_a_meeting():
    f = facts("วันนี้ (29 พฤศจิกายน 2566) ร้อยเอก ธรรมนัส พรหมเผ่า รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ หารือร่วมกับ "
              "นาย ทอร์ โอ แซนด์วิค (H.E. Mr. Tore O. Sandvik) รัฐมนตรีช่วยว่าการกระทรวงการค้า อุตสาหกรรม และการประมง "
              "ราชอาณาจักรนอร์เวย์ และคณะ ในโอกาสเดินทางเยือนประเทศไทย", published="2023-11-29")
    assert [e.type for e in f.events] == ["Meeting"]


@pytest.mark.parametrize(("text", "names"), [
    ("มอบโล่ประกาศเกียรติคุณ นายสมชาย ใจดี", ["สมชาย ใจดี"]),
    ("ศาสตราจารย์คลินิก เกียรติคุณ นายแพทย์ปิยะสกล สกลสัตยาทร รัฐมนตรีว่าการกระทรวงสาธารณสุข", ["ปิยะสกล สกลสัตยาทร"]),
])
def test_an_honorific_glued_inside_a_word_hides_no_name_after_it(text, names):
    assert [p.name for p in find_persons(text, 0, len(text), load())] == names


def test_a_consul_generals_title_implies_a_consulate_general():
    text = "นายชัยวัฒน์ ศิริวัฒน์ กงสุลใหญ่ ณ เมืองดูไบ และ"
    phrase = title_at(text, text.find("กงสุลใหญ่"), len(text), load())
    assert [o.label for o in phrase.orgs] == ["สถานกงสุลใหญ่ ณ เมืองดูไบ"]


@pytest.mark.parametrize(("text", "label", "parent"), [
    ("ผู้อำนวยการองค์การอนามัยโลกภูมิภาคเอเชียตะวันออกเฉียงใต้ (WHO-SEARO) กล่าว",
     "องค์การอนามัยโลกภูมิภาคเอเชียตะวันออกเฉียงใต้", "who"),
    ("ผู้อำนวยการสำนักงานแรงงานระหว่างประเทศประจำภูมิภาคเอเชียและแปซิฟิก (ILO) เข้าพบ",
     "สำนักงานแรงงานระหว่างประเทศประจำภูมิภาคเอเชียและแปซิฟิก", "ilo"),
])
def test_an_international_organisations_regional_office_is_a_unit_of_it(text, label, parent):
    ref = find_orgs(text, 0, len(text), load())[0]
    assert (ref.label, ref.parent) == (label, parent) and "ILO" not in ref.alt_labels


def test_a_call_merged_with_a_meeting_told_of_beside_it_takes_no_meeting_number():
    f = facts("วันนี้ (20 กันยายน 2559) พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี เข้าเฝ้าสมเด็จพระราชาธิบดีอับดุลเลาะห์ที่ 2 "
              "แห่งราชอาณาจักรฮัชไมต์จอร์แดน\nนายกรัฐมนตรีได้หารือถึงการประชุมสุดยอดองค์การความร่วมมืออิสลาม (OIC Summit) "
              "ครั้งที่ 13 ณ นครอิสตันบูล", published="2016-09-20")
    assert [(e.type, e.ordinal) for e in f.events if e.type == "Visit"] == [("Visit", None)]


def test_monarchs_are_named_with_their_regnal_number_and_take_part_only_when_the_sentence_says_so():
    f = facts("วันนี้ (23 มิถุนายน 2560) นายกรัฐมนตรีกล่าวขอบคุณที่สมเด็จพระราชาธิบดีเฟลีเป ที่ 6 แห่งสเปน "
              "ทรงส่งสาส์นแสดงความเสียใจ\nการเยือนครั้งนี้ระลึกถึงคณะทูตที่สมเด็จพระนารายณ์ส่งไปถวายพระราชสาส์นแด่"
              "พระเจ้าหลุยส์ที่ 14 ณ ราชสำนักฝรั่งเศส", published="2017-06-23")
    people = {e.labels.get("th") for e in f.entities if e.kind == "person"}
    assert {"เฟลีเป ที่ 6", "หลุยส์ ที่ 14"} <= people
    taking_part = {p.agent for e in f.events for p in e.participations}
    assert not any(e.labels.get("th") == "หลุยส์ ที่ 14" and e.key in taking_part for e in f.entities)


@pytest.mark.parametrize(("text", "label"), [
    ("และสมาคมวัฒนธรรมและเศรษฐกิจไทย – จีน ได้", "สมาคมวัฒนธรรมและเศรษฐกิจไทย – จีน"),
    ("สภาธุรกิจญี่ปุ่น - ไทย และ", "สภาธุรกิจญี่ปุ่น - ไทย"),
])
def test_a_body_of_two_countries_is_named_over_a_spaced_dash(text, label):
    assert [(o.label, o.country) for o in find_orgs(text, 0, len(text), load())] == [(label, None)]


@pytest.mark.parametrize(("text", "label"), [
    ("นายกลินท์ สารสิน นายกสมาคมไทย-ญี่ปุ่น กล่าว", "สมาคมไทย-ญี่ปุ่น"),
    ("ที่มหาวิทยาลัยไทยจีน เพื่อ", "มหาวิทยาลัยไทยจีน"),
])
def test_an_association_of_two_countries_belongs_to_neither(text, label):
    assert [(o.label, o.country) for o in find_orgs(text, 0, len(text), load())] == [(label, None)]


@pytest.mark.parametrize(("body", "visited"), [
    # ที่ห้อง...: a room named after ที่, not only after ณ, places the call; the ณ of a surname places nothing.
    ("วันนี้ (14 พ.ย. 59) เวลา 10.30 น. ที่ห้องรับรองกระทรวงมหาดไทย พลตำรวจโทณัฐพิชย์ สนิทวงศ์ ณ อยุธยา "
     "ผู้ช่วยรัฐมนตรีประจำกระทรวงมหาดไทย ให้การต้อนรับ นายบุนถอง ดีวิไซ เจ้าแขวงจำปาสัก", "กระทรวงมหาดไทย"),
    ("วันนี้ (9 ธ.ค. 59) ณ ห้องประชุมชั้น 3 อาคารพระจอมเกล้า สป.วท. นายสรนิต ศิลธรรม ให้การต้อนรับ "
     "Mr. Htun Lwin Oo", "สำนักงานปลัดกระทรวงวิทยาศาสตร์และเทคโนโลยี"),
])
def test_the_room_a_call_was_paid_in_gives_the_agency_visited(body, visited):
    f = facts(body, published="2016-12-09")
    names = labels_of(f)
    assert [names[e.location] for e in f.events if e.location] == [visited]


@pytest.mark.parametrize(("text", "label"), [
    ("ภายใต้โครงการ Public Health Emergencies and Emerging Disease Capacity Development Program for Human "
     "Resource Complement Support ของไจก้า",
     "Public Health Emergencies and Emerging Disease Capacity Development Program for Human Resource "
     "Complement Support"),
    ("ตามโครงการแลกเปลี่ยนประสบการณ์ในการพัฒนาคุณภาพชีวิตสำหรับเจ้าแขวงจากสาธารณรัฐประชาธิปไตยประชาชนลาว"
     "ตามพระราชดำริ", "โครงการแลกเปลี่ยนประสบการณ์ในการพัฒนาคุณภาพชีวิตสำหรับเจ้าแขวงจากสาธารณรัฐประชาธิปไตยประชาชนลาว"),
    ("ด้านดิจิทัล (The 2nd Thai–China Ministerial Dialogue on Digital Economy Cooperation) ที่",
     "The 2nd Thai–China Ministerial Dialogue on Digital Economy Cooperation"),
    ("ประธานร่วมในพิธีเปิดโครงการสัมมนาวิจัยยุทธศาสตร์ไทย – จีน ครั้งที่ 6", "โครงการสัมมนาวิจัยยุทธศาสตร์ไทย – จีน"),
    # A route runs on over ฯ and the dash to its other end.
    ("ผลการศึกษาความเหมาะสมของโครงการรถไฟความเร็วสูงช่วงกรุงเทพฯ-เชียงใหม่ ฉบับสมบูรณ์",
     "โครงการรถไฟความเร็วสูงช่วงกรุงเทพฯ-เชียงใหม่"),
    # A cooperation project named in English after the Thai words for one.
    ("ลงนามร่างข้อตกลงการรับทุน (Grant Agreement) โครงการความร่วมมือ Phuket Smart City Technical Assistant "
     "Package ระหว่าง", "Phuket Smart City Technical Assistant Package"),
])
def test_a_programmes_whole_name_is_read(text, label):
    assert [p.label for p in find_programmes(text, 0, len(text), load())] == [label]


@pytest.mark.parametrize(("text", "labels"), [
    # The quotes hold the whole name, the words a plain run would stop at too.
    ("เป็นประธานร่วมในพิธีเปิด “โครงการเสริมสร้างความเข้มแข็งการนำเป้าหมายการพัฒนาที่ยั่งยืนไปปฏิบัติในเชิงพื้นที่ "
     "(SDGs Localization) ในจังหวัดนำร่องทั้ง 15 จังหวัด” ณ",
     ["โครงการเสริมสร้างความเข้มแข็งการนำเป้าหมายการพัฒนาที่ยั่งยืนไปปฏิบัติในเชิงพื้นที่ (SDGs Localization) "
      "ในจังหวัดนำร่องทั้ง 15 จังหวัด"]),
    # Capitalised words after the head go on with the name; a post or a body named so is no series.
    ("กำหนดสถานที่หลักในการจัดงาน Mega Diwali Festival Thailand 2025 ไว้", ["Mega Diwali Festival Thailand 2025"]),
    ("และ Ms. Brianna Gehring ตำแหน่ง Senior Program Manager, Southeast Asia", []),
    ("ประธานมูลนิธิ (International Health Policy Program Foundation) ร่วม", []),
    # The Nth Meeting of a series is a meeting of it: the series is the programme.
    ("ครั้งที่ 4 (The 4th Meeting of Japan – Thailand High-Level Cooperation Dialogue on Agriculture and Food "
     "Industries) ณ", ["Japan – Thailand High-Level Cooperation Dialogue on Agriculture and Food Industries"]),
])
def test_programme_names_end_where_the_name_does(text, labels):
    assert [p.label for p in find_programmes(text, 0, len(text), load())] == labels


@pytest.mark.parametrize(("sentence", "under"), [
    ("การประชุมคณะอนุกรรมการร่วมด้านเกษตรกรรม ป่าไม้ และประมง ภายใต้กรอบ JTEPA ครั้งที่ 14", True),
    ("ที่ประชุมรัฐมนตรี ACMECS ครั้งที่ 8 ได้เห็นชอบแผนแม่บท", True),
    ("การประชุม Joint Meeting on JTPP3 ซึ่งเป็นกลไกเพื่อพิจารณาโครงการความร่วมมือ", True),
    ("ทั้งสองฝ่ายหารือความร่วมมือ และยินดีที่กาตาร์สนใจที่จะเข้ามาลงทุนใน EEC", False),
    ("ติดตามความคืบหน้าตามแผนงานประชาคมเศรษฐกิจอาเซียน พ.ศ. 2568", False),
])
def test_an_event_is_under_a_known_framework_only_when_the_words_say_so(sentence, under):
    refs = [p for p in find_programmes(sentence, 0, len(sentence), load()) if p.rule == "gazetteer"]
    assert refs and {held_under(sentence, p) for p in refs} == {under}


def test_a_name_written_another_way_is_the_agency_its_bracket_names():
    text = "ผู้แทนองค์กรความร่วมมือระหว่างประเทศของญี่ปุ่น (JICA) เข้าพบ"
    ref = find_orgs(text, 0, len(text), load())[0]
    assert (ref.key, ref.label) == ("jica", "องค์กรความร่วมมือระหว่างประเทศของญี่ปุ่น")


def test_a_line_cut_at_on_this_occasion_tells_of_one_event():
    f = facts("จังหวัดชลบุรี : วันนี้ (5 กรกฎาคม 2566) นายวิษณุ ทับเที่ยง หัวหน้าผู้ตรวจราชการกระทรวงอุตสาหกรรม "
              "ร่วมพิธีเปิดโรงงานผลิตแบตเตอรี่ของ SVOLT Energy ซึ่งมีการผลิตระดับ Module สำหรับรถยนต์ HEV โดยมีนายดุสิต "
              "อนันตรักษ์ ผู้อำนวยการศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร ในโอกาสนี้ นายนฤตม์ เทอดสถีรศักดิ์ "
              "เลขาธิการสำนักงานคณะกรรมการส่งเสริมการลงทุน ร่วมงานด้วย และมี Mr. Yang Hongxin, Chairman and CEO of "
              "SVOLT Energy ให้การต้อนรับ", published="2023-07-06")
    names = labels_of(f)
    assert len(f.events) == 1 and {"วิษณุ ทับเที่ยง", "ดุสิต อนันตรักษ์", "นฤตม์ เทอดสถีรศักดิ์"} <= {
        names[p.agent] for e in f.events for p in e.participations}


@pytest.mark.parametrize(("text", "title", "embassy"), [
    ("เอกอัครราชทูตวิสามัญผู้มีอำนาจเต็มแห่งสาธารณรัฐประชาชนบังกลาเทศ ประจำประเทศไทย กล่าว",
     "เอกอัครราชทูตวิสามัญผู้มีอำนาจเต็ม", "embassy-bd"),
    ("เอกอัครราชทูตสหพันรัฐรัสเซียประจำประเทศไทย กล่าว", "เอกอัครราชทูต", "embassy-ru"),
    ("เอกอัครราชทูตสาธารณรัฐตุรกีประจำประเทศไทย กล่าว", "เอกอัครราชทูต", "embassy-tr"),
    # Forms countries_extra.tsv gained in session 14 (15, 29 and 384 in the 90k corpus).
    ("เอกอัครราชทูตสาธารณรัฐอิสลามแห่งอิหร่านประจำประเทศไทย กล่าว", "เอกอัครราชทูต", "embassy-ir"),
    ("เอกอัครราชทูตสาธารณรัฐตุรเคียประจำประเทศไทย กล่าว", "เอกอัครราชทูต", "embassy-tr"),
    ("รัฐมนตรีว่าการกระทรวงอุตสาหกรรมของซาอุดีฯ กล่าว", "รัฐมนตรีว่าการกระทรวง", "moind-sa"),  # ซาอุดีฯ: 384
])
def test_a_country_in_another_form_after_a_title_gives_its_body(text, title, embassy):
    phrase = title_at(text, 0, len(text), load())
    assert (phrase.title, [o.key for o in phrase.orgs]) == (title, [embassy])


def test_a_unit_whose_head_the_segmenter_reads_across_is_still_a_unit():
    text = "ผู้อำนวยการสำนักกฎหมาย สำนักงานปลัดกระทรวงมหาดไทย นาย"
    phrase = title_at(text, 0, len(text), load())
    assert [o.label for o in phrase.orgs] == ["สำนักกฎหมาย", "สำนักงานปลัดกระทรวงมหาดไทย"]
    assert find_orgs("กรมธรรม์ประกันภัย", 0, 17, load()) == []


def test_a_title_on_the_line_above_a_name_is_not_its_title():
    f = facts("วันนี้ (27 มีนาคม 2560) นพ.ธีระเกียรติ เจริญเศรษฐศิลป์ รัฐมนตรีว่าการกระทรวงศึกษาธิการ "
              "ให้การต้อนรับเอกอัครราชทูตประเทศต่าง ๆ\n● หารือกับเอกอัครราชทูตสาธารณรัฐอียิปต์ประจำประเทศไทย\n"
              "นพ.ธีระเกียรติ เจริญเศรษฐศิลป์ กล่าวว่า กระทรวงศึกษาธิการขอขอบคุณสาธารณรัฐอียิปต์", published="2017-03-29")
    assert {p.title for p in f.posts} == {"รัฐมนตรีว่าการกระทรวง"}


@pytest.mark.parametrize(("text", "name"), [
    ("นายหนิง ฟู่ ขุย เอกอัครราชทูตจีนประจำประเทศไทย เข้าพบ", "หนิง ฟู่ ขุย"),
    ("นางเวนดี้ อาร์. เชอร์แมน (H.E. Mrs. Wendy R. Sherman) กล่าว", "เวนดี้ อาร์. เชอร์แมน"),
    ("นายฟาน จี๊ ทัญ \xa0\xa0\xa0\xa0(H.E. Mr. Phan Chi Thanh) เอกอัครราชทูต", "ฟาน จี๊ ทัญ"),
    ("ฝากความยินดีถึงนายโจเซฟ อาร์. ไบเดน อีกครั้ง", "โจเซฟ อาร์. ไบเดน"),
    ("นายสมชาย ใจดี ผอ.สำนักความร่วมมือ กล่าว", "สมชาย ใจดี"),
    # Brackets that hold the name alone close it.
    ("และรัฐมนตรีว่าการกระทรวงการต่างประเทศ (นายบุ่ย แทงห์ เซิน) ของเวียดนามเป็นประธานร่วม", "บุ่ย แทงห์ เซิน"),
    ("ผู้แทนการค้า (นายภูสติ รัตนกุล เสรีเริงฤทธิ์) และ", "ภูสติ รัตนกุล เสรีเริงฤทธิ์"),
    ("อดีตรัฐมนตรี (นายนิยม เติมศรีสุข ในขณะนั้น) กล่าว", "นิยม เติมศรีสุข"),
    # A Latin initial without its full stop ends no name; an ordinary word after it is no surname.
    ("สนทนาทางโทรศัพท์กับนายโดนัลด์ เจ ทรัมป์ ว่าที่ประธานาธิบดีสหรัฐอเมริกา", "โดนัลด์ เจ ทรัมป์"),
    ("ได้หารือกับนายหลิน จี ในโอกาสนี้", "หลิน จี"),
])
def test_three_word_foreign_names_in_thai_script(text, name):
    assert find_persons(text, 0, len(text), load())[0].name == name


@pytest.mark.parametrize(("text", "labels"), [
    ("ระหว่าง Ministry of Digital Economy and Society of the Kingdom of Thailand and the Ministry of Post and "
     "Telecommunications of the Kingdom of Cambodia ว่าด้วย",
     ["Ministry of Digital Economy and Society", "Ministry of Post and Telecommunications of the Kingdom of Cambodia"]),
    ("ร่วมกับ Royal Thai Police and the Ministry of Internal Affairs of the Russian Federation ใน",
     ["Royal Thai Police", "Ministry of Internal Affairs of the Russian Federation"]),
    # and inside one name stays in it.
    ("กับ Ministry of Agriculture and Cooperatives และ Department of Trade and Industry of the Philippines",
     ["Ministry of Agriculture and Cooperatives", "Department of Trade and Industry of the Philippines"]),
    # A comma before Ministry lists ministries; inside a name (Higher Education, Science, ...) it stays.
    ("กับ Ministry of Mines and Energy of Cambodia, Ministry of Public Works and Transport of Cambodia ใน",
     ["Ministry of Mines and Energy of Cambodia", "Ministry of Public Works and Transport of Cambodia"]),
    ("ร่วมกับ Ministry of Planning, Development and Special Initiatives ของปากีสถาน",
     ["Ministry of Planning, Development and Special Initiatives"]),
])
def test_and_before_a_latin_head_word_begins_another_agency(text, labels):
    assert [o.label_en or o.label for o in find_orgs(text, 0, len(text), load())] == labels


@pytest.mark.parametrize(("text", "labels"), [
    ("Mr. José Sánchez ประธานบริษัท FUNDACIÓN BIOPARC ให้การต้อนรับ", ["บริษัท FUNDACIÓN BIOPARC"]),
    ("ร่วมกับบริษัท Hermès International SCA และ", ["บริษัท Hermès International SCA"]),
    ("ณ Embassy of the Republic of Türkiye กรุงเทพฯ", ["Embassy of the Republic of Türkiye"]),
    # The bracket is the Thai name's own, with its accents; no agency begins inside it.
    ("เว็บไซต์ของสหพันธ์ฟุตบอลนานาชาติ (Fédération Internationale de Football Association) หรือ FIFA",
     ["สหพันธ์ฟุตบอลนานาชาติ"]),
])
def test_latin_agency_names_keep_their_accented_letters(text, labels):
    assert [o.label for o in find_orgs(text, 0, len(text), load())][:len(labels)] == labels
    assert all(o.label != "Football Association" for o in find_orgs(text, 0, len(text), load()))


@pytest.mark.parametrize("text", [
    "ณ Gaylord National Resort & Convention Center, National Harbor, Maryland",
    "ณ ห้องวิทยุ ชั้น F โรงแรม Grande Center Point เพลินจิต",
])
def test_a_venue_named_in_english_is_no_organisation(text):
    assert find_orgs(text, 0, len(text), load()) == []


def test_an_office_named_by_its_place_after_a_known_agency_is_that_agencys_office():
    f = facts("วันนี้ (22 ธันวาคม 2565) นายภุชพงค์ โนดไธสง ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ให้การต้อนรับ "
              "ผู้แทนธนาคารโลก สำนักงานประจำประเทศไทย เพื่อหารือความร่วมมือ", published="2022-12-22")
    orgs = {e.key: e for e in f.entities if e.kind == "org"}
    office = next(e for e in orgs.values() if e.labels.get("th") == "สำนักงานประจำประเทศไทย")
    assert orgs[office.parent].labels.get("en") == "World Bank"
    assert ("ธนาคารโลก สำนักงานประจำประเทศไทย", "th") in office.alt_labels


@pytest.mark.parametrize(("text", "labels"), [
    # The segmenter reads สภาจังหวัด and สถาบันวิจัย as one word each; they still head a body's name.
    ("นายอะกิระ ฮิกุจิ ประธานสภาจังหวัดฟุกุโอกะและคณะผู้แทน เข้าเยี่ยมคารวะ", ["สภาจังหวัดฟุกุโอกะ"]),
    ("ประธานสถาบันวิจัยการขนส่งและการท่องเที่ยวแห่งประเทศญี่ปุ่น (JTTRI) และ",
     ["สถาบันวิจัยการขนส่งและการท่องเที่ยวญี่ปุ่น"]),
    # สภาวะ is no สภา, and the central banks of ASEAN are no one bank.
    ("สภาวะเศรษฐกิจโลกชะลอตัว", []),
    ("ผู้ว่าการธนาคารกลางอาเซียน ณ", []),
])
def test_a_head_read_as_one_word_with_the_next_still_heads_a_name(text, labels):
    refs = find_orgs(text, 0, len(text), load())
    assert [r.label_th or r.label for r in refs if r.label.startswith(("สภา", "สถาบัน", "ธนาคาร"))] == labels


def test_a_faculty_is_a_unit_of_its_university():
    f = facts("วันนี้ (31 มกราคม 2568) ศาสตราจารย์ นายแพทย์อภิชาติ อัศวมงคลกุล คณบดีคณะแพทยศาสตร์ศิริราชพยาบาล "
              "มหาวิทยาลัยมหิดล ให้การต้อนรับ นายมาร์ก กุดดิง เอกอัครราชทูตสหราชอาณาจักรประจำประเทศไทย "
              "โดยมีคณะผู้บริหารและบุคลากรกองยุทธศาสตร์และแผนงาน เข้าร่วม", published="2025-01-31")
    orgs = {e.key: e for e in f.entities if e.kind == "org"}
    faculty = next(e for e in orgs.values() if e.labels.get("th") == "คณะแพทยศาสตร์ศิริราชพยาบาล")
    assert orgs[faculty.parent].labels["en"] == "Mahidol University"
    assert not any(e.labels.get("th", "").startswith("คณะผู้") for e in orgs.values())
    # A board whose name has ศาสตร์ in it is no faculty, nor is the biggest party in history.
    text = "คณะกรรมการยุทธศาสตร์ชาติมีมติ และคณะใหญ่ที่สุดในประวัติศาสตร์"
    assert [r.label for r in find_orgs(text, 0, len(text), load())] == ["คณะกรรมการยุทธศาสตร์ชาติ"]


def test_two_unknown_bodies_with_one_head_word_are_a_list_not_unit_and_parent():
    f = facts("วันนี้ (1 มีนาคม 2566) นายสมชาย ใจดี ผู้แทนสมาคมสันนิบาตเทศบาลแห่งประเทศไทย "
              "สมาคมองค์การบริหารส่วนตำบลแห่งประเทศไทย ให้การต้อนรับ", published="2023-03-01")
    assert not any(e.parent for e in f.entities if e.kind == "org")


@pytest.mark.parametrize(("text", "ministry"), [
    ("นายสมชาย ใจดี รมว.แรงงาน กล่าว", "mol"),
    ("รมช.คลัง กล่าว", "mof"),
    ("รมว.ดิจิทัลฯ กล่าว", "mdes"),
    ("รมว.ศึกษาธิการญี่ปุ่น กล่าว", "mext"),  # Japan's ministry of education is the gazetteer's MEXT
    ("รมว.การอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม (รมว.อว.) กล่าว", "mhesi"),  # a long name over its spaces
    ("รมว.มหาดไทย และโฆษกกระทรวงมหาดไทย กล่าว", "moi"),
])
def test_an_abbreviated_ministers_title_names_the_ministry_without_its_head_word(text, ministry):
    phrase = title_at(text, text.find("รม"), len(text), load())
    assert (phrase.title, [o.key for o in phrase.orgs]) == (phrase.title[:4], [ministry])


@pytest.mark.parametrize(("text", "post"), [
    # เลขานุการ รมว. (702 in the 90k corpus), ที่ปรึกษา รมว. (418): the minister's secretary or adviser, in the ministry.
    ("นางสาวไตรศุลี ไตรสรณกุล เลขานุการ รมว.มหาดไทย กล่าว", ("เลขานุการรัฐมนตรีว่าการ", "กระทรวงมหาดไทย")),
    ("นายวัลลภ รุจิรากร ที่ปรึกษา รมว.ดีอี กล่าว", ("ที่ปรึกษารัฐมนตรีว่าการ", "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม")),
])
def test_the_ministers_secretary_or_adviser_written_short_works_in_the_ministry(text, post):
    f = facts(text)
    names = labels_of(f)
    assert [(p.title, names[p.org]) for p in f.posts] == [post]


def test_a_bracket_opening_on_an_honorific_after_a_title_names_the_person_not_the_agency():
    f = facts("รัฐมนตรีว่าการกระทรวงพาณิชย์ได้เป็นประธานร่วมกับรัฐมนตรีว่าการกระทรวงพาณิชย์บังกลาเทศ "
              "(H.E. Mr. Tofail Ahmed) ในการประชุมคณะกรรมการร่วมทางการค้า")
    assert [(p.title, p.org) for p in f.posts] == [("รัฐมนตรีว่าการกระทรวง", "moc-bd")]


@pytest.mark.parametrize(("text", "name"), [
    ("ผู้อำนวยการสถาบันเทคโนโลยีและวิศวกรรมศาสตร์ ไทย-ญี่ปุ่น และ", "สถาบันเทคโนโลยีและวิศวกรรมศาสตร์ ไทย-ญี่ปุ่น"),
    ("ประธานคณะกรรมการชายแดนทั่วไป ไทย - กัมพูชา กล่าว", "คณะกรรมการชายแดนทั่วไป ไทย - กัมพูชา"),
])
def test_a_pair_of_countries_after_a_space_ends_a_bodys_name(text, name):
    assert [o.label for o in find_orgs(text, 0, len(text), load())] == [name]


def test_a_ministry_written_without_its_first_word_is_known():
    f = facts("นายสุวิทย์ เมษินทรีย์ รัฐมนตรีว่าการกระทรวงอุดมศึกษา วิทยาศาสตร์และนวัตกรรม กล่าว")
    assert [p.org for p in f.posts] == ["mhesi"]


def test_a_meeting_room_is_no_meeting():
    f = facts("เมื่อวันที่ 9 สิงหาคม 2565 นายสมชาย ใจดี ลงนามบันทึกความเข้าใจ เรื่อง การบูรณาการ "
              "ณ ห้องประชุมราชบพิธ ชั้น 5 อาคารดำรงราชานุสรณ์", published="2022-08-09")
    assert [e.type for e in f.events] == ["Signing"]


def test_a_thai_department_is_no_unit_of_an_international_body_named_after_it():
    text = "ผู้แทนกรมแพทย์ทหารอากาศ องค์การอนามัยโลก และ"
    phrase = title_at(text, 0, len(text), load())
    assert [o.label for o in phrase.orgs] == ["กรมแพทย์ทหารอากาศ"]


def test_a_signing_done_at_a_call_and_a_sentence_pointing_back_at_it():
    f = facts("นพ.ธีระเกียรติ เจริญเศรษฐศิลป์ รัฐมนตรีว่าการกระทรวงศึกษาธิการ ให้การต้อนรับนายฮิเดกิ นิวะ "
              "(H.E. Mr. Hideki Niwa) รัฐมนตรีช่วยว่าการกระทรวงศึกษาธิการญี่ปุ่น พร้อมทั้งร่วมลงนามบันทึกความร่วมมือว่าด้วย"
              "การพัฒนาทรัพยากรมนุษย์ด้านอุตสาหกรรม เมื่อวันพุธที่ 22 สิงหาคม 2561 ณ ห้องประชุมราชวัลลภ กระทรวงศึกษาธิการ\n"
              "รมว.ศึกษาธิการ ขอขอบคุณผู้บริหารที่ให้เกียรติมาร่วมพิธีลงนามบันทึกความร่วมมือฯ ในครั้งนี้ อาทิ "
              "H.E. Mr. Shiro Sadoshima เอกอัครราชทูตญี่ปุ่นประจำประเทศไทย เข้าร่วมงาน", published="2018-08-28")
    names = labels_of(f)
    signing = next(e for e in f.events if e.type == "Signing")
    assert [e.type for e in f.events] == ["Visit", "Signing"] and signing.date == dt.date(2018, 8, 22)
    assert {names[p.agent]: p.role for p in signing.participations if p.agent_kind == "person"} == {
        "ธีระเกียรติ เจริญเศรษฐศิลป์": "Signatory", "ฮิเดกิ นิวะ": "Signatory", "Shiro Sadoshima": "Participant"}


def test_a_signing_named_as_the_storys_topic_does_not_take_the_date_of_what_led_to_it():
    f = facts("ในการนี้ นายสุทธิพงษ์ จุลเจริญ ปลัดกระทรวงมหาดไทย เปิดเผยว่า ที่มาของการจัดพิธีลงนามบันทึกความเข้าใจในครั้งนี้ "
              "เริ่มจากเมื่อวันที่ 29 มีนาคม 2565 ตนได้รับเกียรติเป็นประธานร่วมในพิธีประกาศ ‘MISSION 2023’",
              published="2022-08-10")
    assert [(e.type, e.date) for e in f.events] == [("Meeting", dt.date(2022, 3, 29))]


def test_agencies_whose_representatives_took_part_take_part_even_after_what_was_said():
    f = facts("วันนี้ (23 พ.ค. 61) เวลา 14.00 น. โดย รมว.แรงงาน กล่าวว่า ซึ่งในวันนี้เป็นการประชุมหารือเกี่ยวกับการดำเนินการ"
              "ร่วมกับผู้แทนกระทรวงมหาดไทย กระทรวงสาธารณสุข และกรมการปกครอง ใน 2 ประเด็น", published="2018-05-23")
    names = labels_of(f)
    assert {names[p.agent] for e in f.events for p in e.participations if p.agent_kind == "org"} >= {
        "กระทรวงมหาดไทย", "กระทรวงสาธารณสุข", "กรมการปกครอง"}


def test_the_armed_forces_courtesy_call_in_the_ministrys_hall():
    f = facts("วันนี้ (9 ธ.ค. 64) นายมาเร็ก ลิบริกกี เอกอัครราชทูตสาธารณรัฐเช็กประจำประเทศไทย เข้าเยี่ยมคำนับ "
              "พลเอก วรเกียรติ รัตนานนท์ ปลัดกระทรวงกลาโหม ณ ห้องพระบารมีปกเกล้า ในศาลาว่าการกลาโหม",
              published="2021-12-09")
    names = labels_of(f)
    assert [(e.type, names[e.location]) for e in f.events] == [("Visit", "กระทรวงกลาโหม")]
    assert {names[p.agent]: p.role for e in f.events for p in e.participations if p.agent_kind == "person"} == {
        "มาเร็ก ลิบริกกี": "Guest", "วรเกียรติ รัตนานนท์": "Host"}


def test_a_scheduled_meeting_is_a_plan():
    f = facts("นายพรชัย ฐีระเวช โฆษกกระทรวงการคลัง แถลงว่า ในระหว่างวันที่ 29 – 31 มีนาคม 2566 นายอาคม เติมพิทยาไพสิฐ "
              "รัฐมนตรีว่าการกระทรวงการคลัง มีกำหนดเข้าร่วมการประชุมรัฐมนตรีว่าการกระทรวงการคลังอาเซียน ครั้งที่ 27",
              published="2023-03-29")
    assert f.events == () or not any(p.agent_kind == "person" for e in f.events for p in e.participations)


@pytest.mark.parametrize(("text", "label", "english"), [
    ("นายหม่า หยุน (Mr. Jack Ma) ผู้ก่อตั้งและประธานกรรมการบริหาร บริษัท อาลีบาบา กรุ๊ป จำกัด เข้าเยี่ยมคารวะ",
     "บริษัท อาลีบาบา กรุ๊ป จำกัด", None),
    ("President and CEO ของบริษัท มาสด้า มอเตอร์ คอร์ปอเรชั่น ประเทศญี่ปุ่น ได้เข้าเยี่ยมคารวะ",
     "บริษัท มาสด้า มอเตอร์ คอร์ปอเรชั่น", None),
    ("ระหว่าง สำนักงาน EEC กับ JICA และบริษัท Hitachi 3) ความร่วมมือ", "บริษัท Hitachi", "Hitachi"),
    ("ประธานกรรมการบริหารกลุ่มบริษัท มินีแบมิตซูมิ (MinebeaMitsumi Inc.) ประเทศญี่ปุ่น",
     "บริษัท มินีแบมิตซูมิ", "MinebeaMitsumi Inc"),
    ("เพื่อบริหารสินทรัพย์ของบริษัท เอสอาร์ที แอสเสท (SRT Asset) จำกัด เพื่อบริหาร",
     "บริษัท เอสอาร์ที แอสเสท (SRT Asset) จำกัด", "SRT Asset"),
    ("ผู้บริหารบริษัทสายการบิน Air Canada โดยผู้เข้าร่วม", "บริษัทสายการบิน Air Canada", "Air Canada"),
    ("Mr. Fan Jiang, CEO บริษัท Alibaba International Digital commerce Group เข้าเยี่ยมคารวะ",
     "บริษัท Alibaba International Digital commerce Group", "Alibaba International Digital commerce Group"),
])
def test_a_company_is_named_over_the_spaces_in_its_name(text, label, english):
    refs = find_orgs(text, 0, len(text), load())
    company = next(r for r in refs if r.rule.startswith("company-"))
    assert (company.label, company.label_en) == (label, english)


def test_the_next_company_of_a_list_ends_the_name_before_it():
    text = "ระหว่าง บริษัท อีซูซุมอเตอร์ บริษัท ตรีเพชรอีซูซุเซลส์ จำกัด และ บริษัท วี.คาร์โก จำกัด"
    assert [o.label for o in find_orgs(text, 0, len(text), load())] == [
        "บริษัท อีซูซุมอเตอร์", "บริษัท ตรีเพชรอีซูซุเซลส์ จำกัด", "บริษัท วี.คาร์โก จำกัด"]


@pytest.mark.parametrize("text", ["ร่วมกับ บริษัท ปตท. จำกัด (มหาชน) ได้", "ประธานเจ้าหน้าที่บริหาร บริษัท ปตท. จำกัด ได้"])
def test_a_company_the_gazetteer_knows_is_the_gazetteers(text):
    assert [o.key for o in find_orgs(text, 0, len(text), load())] == ["ptt"]


@pytest.mark.parametrize("text", [
    "เป็นบริษัทญี่ปุ่นรายสำคัญที่มีการลงทุนในไทย",
    "ผู้แทนบริษัท รวมถึงข้อเสนอแนะแนวทางในการลงทุนในไทย",
    "รวมถึงบริษัทประกอบการของนิวซีแลนด์เข้าร่วมงานนิทรรศการอุปกรณ์ป้องกันประเทศ (Defense and Security 2025) ซึ่ง",
    "บริษัท startups ควรมีการจัดสัมมนา",
])
def test_companies_of_a_kind_are_no_company(text):
    assert not any(r.rule.startswith("company-") for r in find_orgs(text, 0, len(text), load()))


def test_one_company_named_two_ways_is_one_node():
    f = facts("วันนี้ (5 มิถุนายน 2561) ประธานกรรมการบริหารกลุ่มบริษัท Singapore Telecommunications Limited (Singtel) "
              "เข้าเยี่ยมคารวะนายกรัฐมนตรี โดยนายกรัฐมนตรีเชิญชวนให้บริษัท Singtel พิจารณาแนวทาง "
              "ผู้บริหารบริษัทฯ ขอบคุณ", published="2018-06-05")
    assert [e.labels.get("en") for e in f.entities if e.key.startswith("o-company-")] == [
        "Singapore Telecommunications Limited"]


@pytest.mark.parametrize(("body", "foreign"), [
    ("นายปรัก สุคน (Mr. Prak Sokhonn) รัฐมนตรีอาวุโสและรัฐมนตรีว่าการกระทรวงการต่างประเทศกัมพูชา เข้าเยี่ยมคารวะ "
     "นายกรัฐมนตรี ทั้งนี้รมว.กต. กัมพูชาประสงค์ที่จะเปิดจุดผ่านแดน", "mfa-kh"),
    ("H.E. Shaikh Khalid bin Ahmed bin Mohamed Al Khalifa รัฐมนตรีว่าการกระทรวงการต่างประเทศราชอาณาจักรบาห์เรน "
     "เข้าเยี่ยมคารวะ นายกรัฐมนตรีกล่าวต้อนรับรัฐมนตรีว่าการกระทรวงการต่างประเทศฯ ชื่นชมความสัมพันธ์", "mfa-bh"),
    ("เป็นประธานการประชุมร่วมกับ ฯพณฯ ซัว ปรารถนา (H.E. Mr. Suos Prathna) อธิบดีกรมการปกครอง กระทรวงมหาดไทย "
     "แห่งราชอาณาจักรกัมพูชา ณ กรุงพนมเปญ", "moi-kh"),
])
def test_a_foreign_ministry_named_in_short_is_no_thai_ministry(body, foreign):
    keys = {e.key for e in facts(body).entities if e.kind == "org"}
    assert foreign in keys and foreign.split("-")[0] not in keys


def test_a_place_that_ends_the_paragraph_places_its_event():
    f = facts("วันนี้ (8 มีนาคม 2566) ศาสตราจารย์พิเศษวิศิษฏ์ วิศิษฏ์สรอรรถ ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
              "ให้การต้อนรับ Mr. Fabrizio Zarcone ตำแหน่ง Country Manager ของธนาคารโลก และคณะ "
              "เนื่องในโอกาสเข้าเยี่ยมคารวะและร่วมหารือ โดยทั้งสองฝ่ายได้แลกเปลี่ยนข้อคิดเห็นเกี่ยวกับการดำเนินงานของ "
              "World Bank ในประเทศไทย โดยมี นางปิยนุช วุฒิสอน ผู้อำนวยการสำนักงานสถิติแห่งชาติ เข้าร่วม ณ ห้อง 801 ชั้น 8 "
              "สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม\nนายกรัฐมนตรีเดินทางไปจังหวัดเชียงใหม่ ณ ศาลากลาง",
              published="2023-03-08")
    names = labels_of(f)
    assert [(e.type, names.get(e.location)) for e in f.events] == [
        ("Visit", "สำนักงานปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม")]


def test_those_named_as_joining_later_in_the_paragraph_take_part():
    f = facts("วันนี้ (8 มีนาคม 2566) ศาสตราจารย์พิเศษวิศิษฏ์ วิศิษฏ์สรอรรถ ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
              "ให้การต้อนรับ Mr. Fabrizio Zarcone ตำแหน่ง Country Manager ของธนาคารโลก และคณะ "
              "เนื่องในโอกาสเข้าเยี่ยมคารวะและร่วมหารือ โดยดีอีเอส ได้กล่าวถึงนโยบาย อาทิ การพัฒนา e-Government  "
              "การจัดซื้อจัดจ้างภาครัฐ รวมถึงความร่วมมือกับสำนักงานสถิติแห่งชาติ โดยมี นางปิยนุช วุฒิสอน "
              "ผู้อำนวยการสำนักงานสถิติแห่งชาติ เข้าร่วม ณ ห้อง 801\nสำหรับงานเลี้ยงในวันถัดไป โดยมี นายสมชาย ใจดี เข้าร่วม",
              published="2023-03-08")
    names = labels_of(f)
    (event,) = f.events
    assert {names[p.agent]: p.role for p in event.participations if p.agent_kind == "person"} == {
        "วิศิษฏ์ วิศิษฏ์สรอรรถ": "Host", "Fabrizio Zarcone": "Guest", "ปิยนุช วุฒิสอน": "Participant"}


@pytest.mark.parametrize(("text", "names"), [
    ("ในวงกว้างมากยิ่งขึ้น\nอรพรรณ ฤทธิ์มั่น: สรุป\nนวรัตน์ รามสูต: เรียบเรียง\nยุทธพงศ์ เลือกกลั่นดี: ถ่ายภาพ\n"
     "กลุ่มประชาสัมพันธ์ สร.: รายงาน", ["อรพรรณ ฤทธิ์มั่น", "นวรัตน์ รามสูต", "ยุทธพงศ์ เลือกกลั่นดี"]),
    # An office credited the same way is no person.
    ("กองเผยแพร่และประชาสัมพันธ์/\nชนินทร เพ็ชรทับ - ข่าว/\nสมภพ ศีลบุตร – ภาพ/\n"
     "สำนักประสานความร่วมมือระหว่างประเทศ ข้อมูล - ภาพ/\n14 ธันวาคม 2560", ["ชนินทร เพ็ชรทับ", "สมภพ ศีลบุตร"]),
    # Two or more credits to a line (สรุป/รายงาน, ถ่ายภาพ, กราฟิกปก); an office's line, however credited, is no person.
    ("บัลลังก์ โรหิตเสถียร: สรุป/รายงาน\nยุทธพงศ์ เลือกกลั่นดี: ถ่ายภาพ, กราฟิกปก\n"
     "กลุ่มประชาสัมพันธ์ สำนักงานรัฐมนตรี: ข่าว/ภาพ", ["บัลลังก์ โรหิตเสถียร", "ยุทธพงศ์ เลือกกลั่นดี"]),
    # Two or more writers sharing a credit.
    ("อรพรรณ ฤทธิ์มั่น, บัลลังก์ โรหิตเสถียร: สรุป/รายงาน\nยุทธพงศ์ เลือกกลั่นดี: ถ่ายภาพ",
     ["ยุทธพงศ์ เลือกกลั่นดี", "อรพรรณ ฤทธิ์มั่น", "บัลลังก์ โรหิตเสถียร"]),
    # The credit after a space, a royal line's ณ in the name; an office's line is still no person.
    ("+++++++++++++++++++\nกองเผยแพร่และประชาสัมพันธ์\nปริยรณ พรหมสาขา ณ สกลนคร ข่าว\nสมภพ ศีลบุตร ภาพ\n"
     "ศูนย์สารนิเทศ สำนักงานประกันสังคม ข่าว\n17 พฤษภาคม 2561", ["ปริยรณ พรหมสาขา ณ สกลนคร", "สมภพ ศีลบุตร"]),
])
def test_the_writers_and_photographers_credited_in_thai_are_persons(text, names):
    assert [p.name for p in find_bylines(text, 0, len(text))] == names


def test_a_name_given_in_both_scripts_pairs_with_no_third_one_that_sounds_alike():
    f = facts("วันนี้ (วันพุธที่ 16 กันยายน 2563) เวลา 13.00 น. ณ ห้องรับรอง ชั้น 3 อาคารรัฐสภา นายนาชิดะ คาซูยะ "
              "(H.E. Mr. NASHIDA Kazuya) เอกอัครราชทูตญี่ปุ่นประจำประเทศไทย เข้าเยี่ยมคารวะ นายอนุชา นาคาศัย "
              "รัฐมนตรีประจำสำนักนายกรัฐมนตรี", published="2020-09-16")
    people = sorted((e.labels.get("th"), e.labels.get("en")) for e in f.entities if e.kind == "person")
    assert people == [("นาชิดะ คาซูยะ", "NASHIDA Kazuya"), ("อนุชา นาคาศัย", None)]


def test_a_thai_persons_name_does_not_pair_with_a_foreign_name_beside_it_that_sounds_somewhat_alike():
    f = facts("ปาฐกถาพิเศษ โดย พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี ในกิจกรรม Trade Winds วันที่ 13 มีนาคม 2566 "
              "ท่านทูต Robert Godec เอกอัครราชทูตสหรัฐอเมริกาประจำประเทศไทย", published="2023-03-13")
    people = sorted((e.labels.get("th") or "", e.labels.get("en") or "") for e in f.entities if e.kind == "person")
    assert people == [("", "Robert Godec"), ("ประยุทธ์ จันทร์โอชา", "")]


def test_names_in_two_scripts_with_a_third_name_between_are_two_people_of_a_list():
    f = facts("อาทิ Mr. Isao Taniguchi ประธาน National Institute of Technology หรือ KOSEN, Mr. Hiroo Tanaka "
              "หัวหน้าผู้แทนองค์การ JICA, นายสุเทพ ชิตยวงษ์ เลขาธิการคณะกรรมการการอาชีวศึกษา")
    people = sorted((e.labels.get("en") or "", e.labels.get("th") or "") for e in f.entities if e.kind == "person")
    assert people == [("", "สุเทพ ชิตยวงษ์"), ("Hiroo Tanaka", ""), ("Isao Taniguchi", "")]


@pytest.mark.parametrize(("text", "names"), [
    # An honorific glued to the word before it still opens a name when the segmenter reads it as a word.
    ("กล่าวแสดงความยินดีไปยังนายกรัฐมนตรีคนใหม่นายสึกะ โยชิฮิเดะ เชื่อมั่นว่า", ["สึกะ โยชิฮิเดะ"]),
    ("ตามเวลาท้องถิ่นกรุงนิวยอร์ก สหรัฐอเมริกานายจุติ ไกรฤกษ์ รัฐมนตรีว่าการ", ["จุติ ไกรฤกษ์"]),
    # ... not inside a word, an acronym, or the name of a room or a body.
    ("ลูกจ้างนายจ้างคนไทย และขอบคุณนายกรัฐมนตรี", []),
    ("สอศ. จะมีหลักเกณฑ์ในการตรวจประเมิน", []),
    ("ณ ห้องประชุมศาสตราจารย์วิจิตร ศรีสอ้าน ชั้น 5", []),
    # ... or a building named after him, with its years or his rank spaced between.
    ("ณ ห้องประชุมธารทิพย์ 01 ชั้น 4 อาคาร 99 ปี หม่อมหลวงชูชาติ กำภู กรมชลประทาน", []),
    ("ณ ห้องประชุมศาสตราจารย์ ดร.วีระพงศ์ ปรัชชญาสิทธิกุล อาคารวิทยาศาสตร์", []),
    ("ณ ห้องประชุม 301 นายสมชาย ใจดี ปลัดกระทรวง กล่าวว่า", ["สมชาย ใจดี"]),
    # ... nor a royal style and the country it reigns over.
    ("ผู้แทนระดับสูง ได้แก่ ที่ปรึกษาด้านการวางแผนเศรษฐกิจประจำสุลต่านโอมาน ระดับรัฐมนตรี อาทิ", []),
    ("นายกรัฐมนตรีพบหารือกับเอกอัครราชทูตรัฐสุลต่านโอมาน เข้าเยี่ยมคารวะ", []),
])
def test_a_glued_honorific_opens_a_name_only_as_a_word_of_its_own(text, names):
    assert [p.name for p in find_persons(text, 0, len(text), load())] == names


def test_a_surname_that_begins_with_na_is_no_place():
    f = facts("วันนี้ (20 มกราคม 2566) นายภุชพงค์ โนดไธสง ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ให้การต้อนรับ "
              "นายมาร์ก กุดดิง เอกอัครราชทูตสหราชอาณาจักรประจำประเทศไทย โดยมี นายณัฐพล ณัฏฐสมบูรณ์ "
              "รองปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ร่วมให้การต้อนรับ", published="2023-01-20")
    assert [e.place for e in f.events] == [None]


@pytest.mark.parametrize(("text", "names"), [
    ("ร่วมแสดงความยินดีเนื่องในโอกาสวันชาติญี่ปุ่น เฉลิมฉลองครบรอบ 64 พรรษา สมเด็จพระจักรพรรดินารูฮิโตะ โดยมี",
     ["นารูฮิโตะ"]),
    ("สมเด็จพระราชาธิบดีฆวน คาร์ลอส ที่ 1 และสมเด็จพระราชินีโซเฟียทรงมีข้อความพระราชสาส์น แสดงความเสียพระราชหฤทัย",
     ["ฆวน คาร์ลอส", "โซเฟีย"]),
])
def test_a_monarch_goes_by_one_name(text, names):
    assert [p.name for p in find_persons(text, 0, len(text), load())] == names


def test_his_excellency_in_thai_is_an_honorific():
    text = "เป็นประธานการประชุมร่วมกับ ฯพณฯ ซัว ปรารถนา (H.E. Mr. Suos Prathna) อธิบดีกรมการปกครอง"
    first = find_persons(text, 0, len(text), load())[0]
    assert (first.name, first.honorific) == ("ซัว ปรารถนา", "ฯพณฯ")


def test_titles_joined_by_and_share_the_company_but_a_premier_keeps_no_ministry():
    f = facts("วันนี้ (9 ตุลาคม 2559) นายหม่า หยุน (Mr. Jack Ma) ผู้ก่อตั้งและประธานกรรมการบริหาร บริษัท อาลีบาบา กรุ๊ป จำกัด "
              "เข้าเยี่ยมคารวะ พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม", published="2016-10-09")
    names = labels_of(f)
    posts = {(names[p.person], p.title, names.get(p.org)) for p in f.posts}
    assert ("หม่า หยุน", "ผู้ก่อตั้ง", "บริษัท อาลีบาบา กรุ๊ป จำกัด") in posts
    assert ("ประยุทธ์ จันทร์โอชา", "นายกรัฐมนตรี", None) in posts


@pytest.mark.parametrize(("text", "key"), [
    ("รัฐมนตรีว่าการกระทรวงที่ดิน โครงสร้างพื้นฐาน คมนาคมและการท่องเที่ยวญี่ปุ่น รวมทั้ง", "mlit"),
    ("กับกระทรวงเศรษฐกิจ การค้า และอุตสาหกรรม ประเทศญี่ปุ่น หารือ", "meti"),
    ("รัฐมนตรีว่าการกระทรวงเกษตร ปศุสัตว์ และอุปทานอาหารแห่งสหราชอาณาจักร กล่าว", None),
])
def test_a_foreign_ministry_named_with_spaced_fields_is_one_agency(text, key):
    refs = find_orgs(text, 0, len(text), load())
    assert len(refs) == 1 and (refs[0].key == key or (key is None and "อุปทานอาหาร" in refs[0].label))


@pytest.mark.parametrize(("text", "org"), [
    ("นายสแตนลีย์ คัง ประธาน JFCCT แสดงความเชื่อมั่น", "JFCCT"),
    ("ยกระดับบริการคลินิก LGBTQ+ ในโรงพยาบาล", None),
])
def test_an_acronym_after_a_thai_title_is_its_organisation(text, org):
    phrase = next((title_at(text, i, len(text), load()) for i in range(len(text))
                   if title_at(text, i, len(text), load())), None)
    assert (phrase.orgs[0].label if phrase and phrase.orgs else None) == org


def test_an_acronym_read_after_a_title_is_the_agency_the_article_gives_it_to():
    f = facts("วันนี้ (4 พฤศจิกายน 2567) มีการลงนามบันทึกความร่วมมือระหว่าง กระทรวง พม. และ ศูนย์ฝึกอบรมอาเซียนด้าน"
              "สังคมสงเคราะห์และสวัสดิการสังคม (ATCSW) โดยมี นางสาวสราญภัทร อนุมัติราชกิจ ผู้อำนวยการ ATCSW ร่วมลงนาม",
              published="2024-11-04")
    names = labels_of(f)
    assert {(names[p.person], names[p.org]) for p in f.posts if p.org} == {
        ("สราญภัทร อนุมัติราชกิจ", "ศูนย์ฝึกอบรมอาเซียนด้านสังคมสงเคราะห์และสวัสดิการสังคม")}


def test_a_body_read_from_its_head_word_is_a_node_only_when_it_acts():
    f = facts("วันนี้ (16 พฤษภาคม 2566) คณะรัฐมนตรีเห็นชอบตามที่คณะกรรมการบริหารกองทุนจัดรูปแบบที่ดินเสนอ "
              "และรับทราบผลการดำเนินงานของกองทุนพัฒนาบทบาทสตรี\nวันนี้ (16 พฤษภาคม 2566) นายสมชาย ใจดี "
              "ประธานคณะกรรมการส่งเสริมวิสาหกิจชุมชน ให้การต้อนรับ นายจอห์น สมิธ เอกอัครราชทูตแคนาดาประจำประเทศไทย "
              "ณ กระทรวงเกษตรและสหกรณ์", published="2023-05-16")
    orgs = {e.labels.get("th") for e in f.entities if e.kind == "org"}
    assert "คณะกรรมการส่งเสริมวิสาหกิจชุมชน" in orgs and "กระทรวงเกษตรและสหกรณ์" in orgs
    assert not any(o and o.startswith(("คณะกรรมการบริหารกองทุน", "กองทุนพัฒนา")) for o in orgs)


def test_malay_honorifics_are_no_names():
    text = ("วันนี้ เวลา 11.30 น. พลเอก ตัน สรี ดาโต๊ะ สรี ปังลิมา ฮาจิ ซุลกิฟลี บิน ฮาจิ ไซนัล อบิดิน "
            "ผู้บัญชาการทหารสูงสุดมาเลเซีย เข้าเยี่ยมคารวะ")
    assert [p.name for p in find_persons(text, 0, len(text), load())] == ["ซุลกิฟลี บิน ฮาจิ ไซนัล อบิดิน"]


@pytest.mark.parametrize(("body", "published"), [
    ("จากนั้น นายกรัฐมนตรีพร้อมคณะ มีกำหนดการเข้าเยี่ยมคารวะนายเลือง เกื่อง (H.E. Mr. Luong Cuong) "
     "ประธานาธิบดีแห่งสาธารณรัฐสังคมนิยมเวียดนาม ณ ทำเนียบประธานาธิบดี", "2025-05-16"),
    ("นายกรัฐมนตรีจะร่วมประชุมกับนายโต เลิม (H.E. Mr. To Lam) เลขาธิการพรรคคอมมิวนิสต์เวียดนาม", "2025-05-16"),
    ("โดยหลังจากนั้น นายกรัฐมนตรีมีกำหนดการเข้าเยี่ยมคารวะสมเด็จมหารัฐสภาธิการธิบดี ควน โซะดารี ประธานรัฐสภากัมพูชา "
     "ณ สภาแห่งชาติกัมพูชา รวมถึงเข้าเยี่ยมคารวะสมเด็จวิบุลเสนาภักดี ซาย ชุม ประธานวุฒิสภากัมพูชา", "2023-09-28"),
    # A hope is no event either.
    ("ทั้งนี้ นายกรัฐมนตรีหวังว่า จะได้มีโอกาสต้อนรับประธานาธิบดีสี จิ้นผิง ในโอกาสเดินทางมาเยือนไทย", "2021-11-12"),
])
def test_a_call_or_meeting_on_the_programme_is_a_plan(body, published):
    f = facts(body, published)
    assert not any(p.agent_kind == "person" for e in f.events for p in e.participations)


# One name, read after its honorific or title, and how it is written.
NAME_CASES = {
    "latin_initials_run_together_belong_to_the_name": (
        "กระทรวงการต่างประเทศศรีลังกา H.E. C.A. Chaminda I. Colonne เอกอัครราชทูต", "C.A. Chaminda I. Colonne"),
    "latin_initials_of_a_middle_name_run_together": (
        "และ (3) H.E. Thomas A.M. Djiwandono รัฐมนตรีช่วยว่าการกระทรวงการคลัง", "Thomas A.M. Djiwandono"),
    "a_latin_name_with_accented_letters_is_whole": (
        "ได้ให้การต้อนรับ H.E. Ms. Evren Dağdelen Akgün เอกอัครราชทูตสาธารณรัฐตุรกีประจำประเทศไทย", "Evren Dağdelen Akgün"),
    "accents_in_both_words": ("หารือกับ Mr. Péter Szijjártó รัฐมนตรีว่าการกระทรวงการต่างประเทศและการค้า", "Péter Szijjártó"),
    "an_accented_first_letter": ("โดยมี Mr. Åsmund Asdal ผู้ประสานงาน", "Åsmund Asdal"),
    "vietnamese_letters": ("พบกับ H.E. Mr. Đặng Hoàng Giang รัฐมนตรีช่วยว่าการกระทรวงการต่างประเทศเวียดนาม",
                           "Đặng Hoàng Giang"),
    "dato_with_a_curly_apostrophe_is_an_honorific": (
        "โดยมี Dato’ Jojie Samuel เอกอัครราชทูตมาเลเซียประจำประเทศไทย", "Jojie Samuel"),
    "dato_seri_is_an_honorific": ("พบกับ Dato’ Seri Anwar Ibrahim นายกรัฐมนตรีมาเลเซีย", "Anwar Ibrahim"),
    "dasho_is_an_honorific": ("หารือกับ Dasho Tshering Tobgay นายกรัฐมนตรีภูฏาน", "Tshering Tobgay"),
    "lyonpo_is_an_honorific": ("และ Lyonpo Namgyal Dorji รัฐมนตรีว่าการกระทรวงการต่างประเทศภูฏาน", "Namgyal Dorji"),
    "a_cambodian_title_of_honour_is_no_name": (
        "และเข้าหารือทวิภาคีกับ สมเด็จมหาบวรธิบดี ฮุน มาแนต นายกรัฐมนตรีกัมพูชา ซึ่ง", "ฮุน มาแนต"),
    "national_artist_is_an_honour_not_a_surname": (
        "ศาสตรเมธี ดร.เฉลิมชัย โฆษิตพิพัฒน์ ศิลปินแห่งชาติ ร่วมงาน", "เฉลิมชัย โฆษิตพิพัฒน์"),
    "a_civil_service_level_ends_the_name": ("นายอมรศักดิ์ มาลา เศรษฐกรชำนาญการ กล่าว", "อมรศักดิ์ มาลา"),
    "retired_is_no_surname": (
        "นายสุวพงศ์ กิติภัทย์พิบูลย์ เกษียณอายุราชการ (เมื่อครั้งดำรงตำแหน่ง", "สุวพงศ์ กิติภัทย์พิบูลย์"),
    "the_group_one_is_of_is_no_surname": ("นางลำดวน นามบุตร กลุ่มทอผ้าไหมหมี่ขิด จังหวัดอุดรธานี", "ลำดวน นามบุตร"),
    "a_longer_cambodian_title_of_honour_is_no_name": (
        "เข้าเยี่ยมคารวะสมเด็จอัคคมหาเสนาบดีเดโช ฮุน เซน ประธานองคมนตรีกัมพูชา", "ฮุน เซน"),
}


@pytest.mark.parametrize(("text", "name"), list(NAME_CASES.values()), ids=list(NAME_CASES))
def test_the_one_name_read(text, name):
    assert [p.name for p in find_persons(text, 0, len(text), load())] == [name]


@pytest.mark.parametrize(("text", "names"), [
    ("บริษัท โรเบิร์ต บ๊อช จำกัด Gael Boussiere กรรมการผู้จัดการ Umicore (Thailand) Co., Ltd. Stefan Heuer รองประธาน "
     "TUV Rheinland", ["Gael Boussiere", "Stefan Heuer"]),
    ("และพบกับ Anwar Ibrahim นายกรัฐมนตรีมาเลเซีย", ["Anwar Ibrahim"]),
    ("ผ่านโครงการ Digital Wallet นายกรัฐมนตรีตอบกลับว่า", []),
    ("ขอ Work Permit เอกอัครราชทูตกล่าว", []),
    ("บริษัท Thai Union ประธานกรรมการ", []),
])
def test_a_latin_name_with_no_honorific_before_a_thai_post(text, names):
    found = find_latin_names_before_titles(text, 0, len(text), load(), [])
    assert [p.name for p in found] == names


@pytest.mark.parametrize(("text", "names"), [
    ("วันที่ 31 มกราคม 2567 นลินี ทวีสิน ผู้แทนการค้าไทยเปิดเผยภายหลังการหารือ", ["นลินี ทวีสิน"]),
    ("วันนี้ (24 เมษายน 2568) ศศิกานต์ วัฒนะจันทร์ รองโฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า", ["ศศิกานต์ วัฒนะจันทร์"]),
    ("โดยมี ดร.ออดรี – อานนท์ โรเชเลมันยา เลขานุการเอก", []),  # the rest of a name joined by a dash
    ("ที่ผ่านมา นายกรัฐมนตรี พร้อมด้วย รัฐมนตรีว่าการกระทรวงมหาดไทย", []),  # words, no name
    ("ผู้นำแรงงาน ชื่นชม รมว.แรงงาน", []),
])
def test_a_thai_name_with_no_honorific_before_a_post(text, names):
    found = find_thai_names_before_titles(text, 0, len(text), load(), [])
    assert [p.name for p in found] == names


def test_a_thai_name_with_no_honorific_before_a_post_holds_it():
    assert ("พิมพ์ภัทรา วิชัยกุล", "รัฐมนตรีว่าการกระทรวง") in posts_of(
        "วันนี้ (31 มกราคม 2567) พิมพ์ภัทรา วิชัยกุล รัฐมนตรีว่าการกระทรวงอุตสาหกรรม หารือกับนายพาฟโล โอเรล อุปทูต", "2024-01-31")


def test_a_guest_with_an_accented_name_visits_the_hosts_ministry():
    f = facts("รัฐมนตรีว่าการกระทรวงศึกษาธิการ (นายแพทย์ ธีระเกียรติ เจริญเศรษฐศิลป์) ได้ให้การต้อนรับ "
              "H.E. Ms. Evren Dağdelen Akgün เอกอัครราชทูตสาธารณรัฐตุรกีประจำประเทศไทย ที่ขอเข้าเยี่ยมคารวะ",
              "2017-06-09")
    names = {e.key: e.labels.get("en") or e.labels.get("th") for e in f.entities}
    roles = {(names[p.agent], p.role) for e in f.events for p in e.participations if p.agent_kind == "person"}
    assert roles == {("ธีระเกียรติ เจริญเศรษฐศิลป์", "Host"), ("Evren Dağdelen Akgün", "Guest")}
    assert next(k for k, v in names.items() if v == "Evren Dağdelen Akgün").startswith("p-akgun-dagdelen-evren")


def test_a_compound_of_everyday_words_after_a_leaders_title_is_no_name():
    f = facts("วันนี้ (1 มีนาคม 2566) นายโมฮัมหมัด อาลี เอกอัครราชทูตคิวบาประจำประเทศไทย แสดงความขอบคุณที่"
              "นายกรัฐมนตรีสละเวลาให้เข้าพบในวันนี้", published="2023-03-01")
    assert "สละเวลา" not in labels_of(f).values()


@pytest.mark.parametrize(("text", "unit", "parent_en", "title"), [
    # ฝ่าย heads a unit when the agency it belongs to follows, after ประจำ, ของ or a space ...
    ("วันนี้ (7 ธันวาคม 2564) นายสุชาติ ชมกลิ่น รัฐมนตรีว่าการกระทรวงแรงงาน ประชุมหารือร่วมกับฝ่ายแรงงาน "
     "ประจำสถานเอกอัครราชทูต ณ กรุงอาบูดาบี", "ฝ่ายแรงงาน", None, None),
    ("นายอนุกูล ปีดแก้ว ให้การต้อนรับ Mr. Takahashi Yohei ผู้อำนวยการฝ่ายประกันสังคม JICA สำนักงานใหญ่ พร้อมคณะ",
     "ฝ่ายประกันสังคม", "Japan International Cooperation Agency", "ผู้อำนวยการ"),
    # ... and a unit's number is part of its name.
    ("นาย Takehiro Yasumi ผู้อำนวยการกองเอเชียตะวันออกเฉียงใต้ 4 ขององค์กรความร่วมมือระหว่างประเทศของญี่ปุ่น เข้าพบ",
     "กองเอเชียตะวันออกเฉียงใต้ 4", "Japan International Cooperation Agency", "ผู้อำนวยการ"),
    # ส่วน heads a unit after the title of whoever heads it.
    ("นายชยพล สายทวี ผู้อำนวยการส่วนคดีการค้ามนุษย์ ๑ กรมสอบสวนคดีพิเศษ ร่วมประชุม",
     "ส่วนคดีการค้ามนุษย์ 1", "Department of Special Investigation", "ผู้อำนวยการ"),
])
def test_a_unit_headed_fai_or_suan_belongs_to_the_agency_after_it(text, unit, parent_en, title):
    f = facts(text)
    orgs = {e.key: e for e in f.entities if e.kind == "org"}
    found = next(e for e in orgs.values() if e.labels.get("th") == unit)
    parent = orgs[found.parent]
    assert parent.labels.get("en") == parent_en or parent.labels["th"].startswith("สถานเอกอัครราชทูต")
    if title:
        assert [(p.title, p.org) for p in f.posts if p.org == found.key] == [(title, found.key)]


@pytest.mark.parametrize(("text", "unit", "parent"), [
    ("นายกิติภูมิ ดวงพรม ผอ.ส่วนส่งเสริมองค์กรศาสนาอิสลามและกิจการฮัจย์ นายทรงกลด ขาวแจ้ง ร่วมหารือด้วย",
     "ส่วนส่งเสริมองค์กรศาสนาอิสลามและกิจการฮัจย์", None),
    ("นายอำนาจ ถี่ถ้วน ผู้อำนวยการส่วนเครื่องจักรกลสำนักงานชลประทานที่ 14 ร่วมตรวจเยี่ยม",
     "ส่วนเครื่องจักรกล", "สำนักงานชลประทานที่ 14"),
])
def test_a_division_after_its_heads_title_is_named_by_its_whole_word(text, unit, parent):
    f = facts(text)
    names = labels_of(f)
    found = next(e for e in f.entities if e.kind == "org" and e.labels.get("th") == unit)
    assert names.get(found.parent) == parent
    assert [(p.title, names[p.org]) for p in f.posts] == [("ผู้อำนวยการ", unit)]


def test_a_companys_section_manager_heads_no_division():
    f = facts("นายนพรัตน์ จันทร์สว่าง ผู้จัดการส่วนพัฒนาธุรกิจเพื่อสังคม บริษัท ปตท. จำกัด (มหาชน) ร่วมงาน")
    assert not [e for e in f.entities if e.kind == "org" and e.labels.get("th", "").startswith("ส่วน")]


@pytest.mark.parametrize("text", [
    "ฝ่ายค้านของสภาผู้แทนราษฎรยื่นญัตติ",  # the opposition
    "นายอนุทิน กล่าวว่า ส่วนมาตรการของกระทรวงสาธารณสุขนั้นยังคงเดิม",  # ส่วน turns to another topic
    "ผู้แทนฝ่ายความมั่นคง กระทรวงมหาดไทย ร่วมประชุม",  # the ministry's security side
    "อัครราชทูตที่ปรึกษา (ฝ่ายแรงงาน) ให้การต้อนรับ",  # a field of an attaché's title
])
def test_a_side_or_a_topic_is_no_unit(text):
    assert not [e for e in facts(text).entities if e.kind == "org" and e.labels.get("th", "").startswith(
        ("ฝ่าย", "ส่วน"))]


def test_an_attaches_title_keeps_its_field():
    f = facts("นายพิชิต ให้การต้อนรับ Mr. Shotaro SANO ผู้ช่วยทูตฝ่ายการพาณิชย์ สถานเอกอัครราชทูตญี่ปุ่นประจำประเทศไทย")
    assert [(p.title, p.org) for p in f.posts if p.org] == [("ผู้ช่วยทูตฝ่ายการพาณิชย์", "embassy-jp")]


def test_a_thai_agencys_name_before_a_foreign_ministry_is_that_ministrys_unit():
    f = facts("วันนี้ (1 มีนาคม 2565) นายเฉลิมชัย ศรีอ่อน รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ ประชุมหารือร่วมกับผู้แทน"
              "กรมประมง กระทรวงเกษตรและพัฒนาชนบทแห่งสาธารณรัฐสังคมนิยมเวียดนาม เพื่อหารือความร่วมมือ")
    orgs = {e.key: e for e in f.entities if e.kind == "org"}
    unit = next(e for e in orgs.values() if e.labels.get("th") == "กรมประมง")
    assert unit.key != "fisheries_dept" and orgs[unit.parent].country == "VN"


@pytest.mark.parametrize(("text", "key"), [
    ("คณะสมาชิกรัฐสภาสหรัฐอเมริกา เข้าเยี่ยมคารวะ นายภูมิธรรม เวชยชัย รองนายกรัฐมนตรี", "parliament-us"),
    ("นายฮุน เซน ประธานวุฒิสภากัมพูชา ให้การต้อนรับ", "senate-kh"),
    ("เรือหลวงของกองทัพเรือสหรัฐฯ เข้าร่วมการฝึก", "rtn-us"),
])
def test_a_thai_parliaments_or_forces_name_with_a_foreign_country_is_that_countrys(text, key):
    assert key in {e.key for e in facts(text).entities}


@pytest.mark.parametrize(("text", "bma"), [
    # The administration: after a title, as a unit's parent, in a list of agencies, spoken for.
    ("วันนี้ (15 มกราคม 2568) นายชัชชาติ สิทธิพันธุ์ ผู้ว่าราชการกรุงเทพมหานคร ให้การต้อนรับ นายโยชิดะ", True),
    ("วันนี้ (23 พฤษภาคม 2561) ประชุมหารือร่วมกับผู้แทนกระทรวงมหาดไทย กระทรวงสาธารณสุข กรุงเทพมหานคร "
     "กรมการปกครอง", True),
    ("วันนี้ (20 ตุลาคม 2564) ประชุมหารือ โดยมีผู้แทนกรุงเทพมหานคร เข้าร่วม", True),
    # The city.
    ("วันนี้ (26 สิงหาคม 2565) นายอนุทิน ประชุมหารือร่วมกับนายเทดรอส ณ กรุงเทพมหานคร", False),
    ("นายอนุทิน กล่าวว่า ผู้ป่วยในกรุงเทพมหานครลดลง", False),
])
def test_bangkok_is_its_administration_only_where_an_agency_is_meant(text, bma):
    assert ("bma" in {e.key for e in facts(text).entities}) is bma


@pytest.mark.parametrize(("text", "names"), [
    ("ที่ประชุมรับทราบโครงการจากหน่วยงานต่าง ๆ", []),  # where projects come from
    ("โครงการอาจจะเริ่มจากการปิดช่องว่าง", []),  # what may happen to one
    ("ขยายระยะเวลาโครงการออกไปอีกสองปี", []),
    ("สนับสนุนโครงการประเภทสถานพยาบาล", []),  # a kind of project
    ("ผลักดันโครงการริเริ่มใหม่ร่วมกัน", []),
    ("ร่วมลงนามโครงการจัดตั้งนิคมอุตสาหกรรมขึ้นคณะหนึ่ง", ["โครงการจัดตั้งนิคมอุตสาหกรรม"]),
    ("ลงนามสัญญาโครงการศึกษาความเป็นไปได้ของรถไฟ", ["โครงการศึกษาความเป็นไปได้ของรถไฟ"]),  # ได้ ends a word
    ("นายคิยามะ ทูตโครงการส่งเสริมความร่วมมือทางเศรษฐกิจ เข้าเยี่ยมคารวะ", []),  # a post's name
    # The noun and what is said of it: a clause, not a name.
    ("ทั้งนี้ โครงการสามารถพัฒนาพื้นที่ได้ตามแผน", []),
    ("การให้เอกชนร่วมลงทุนในโครงการแทนการจ่ายเงินที่พนักงานเก็บค่าผ่านทาง", []),
    ("ไม่ว่าจะเป็นโครงการหรือนโยบายของรัฐบาล", []),
    ("โครงการอันเนื่องมาจากพระราชดำริในทุกพื้นที่", []),  # a kind of project
    ("ร่วมกันจัดทำโครงการมาตรฐานความปลอดภัยด้านสาธารณสุข", ["โครงการมาตรฐานความปลอดภัยด้านสาธารณสุข"]),  # มา begins a word
])
def test_a_thai_project_is_named_not_described(text, names):
    assert [p.label for p in find_programmes(text, 0, len(text), load())] == names


def test_those_named_on_this_occasion_join_the_call_told_of_before():
    f = facts("วันนี้ (4 ต.ค. 66) เวลา 10.30 น. ณ ศาลาว่าการกระทรวงมหาดไทย นายวาเลนตีโน วาเลนตีนี รัฐมนตรีช่วยว่าการ"
              "กระทรวงวิสาหกิจและการผลิตในอิตาลี เข้าเยี่ยมคารวะ นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรีและรัฐมนตรีว่าการ"
              "กระทรวงมหาดไทย พร้อมหารือถึงแนวทางการสร้างความร่วมมือ โอกาสนี้ นางสาวไตรศุลี ไตรสรณกุล เลขานุการ"
              "รัฐมนตรีว่าการกระทรวงมหาดไทย ร่วมหารือในการนี้ด้วย", published="2023-10-04")
    assert only_event(f) == ("Visit", {"วาเลนตีโน วาเลนตีนี": "Guest", "อนุทิน ชาญวีรกูล": "Host",
                                      "ไตรศุลี ไตรสรณกุล": "Participant"})


def test_the_talks_a_guest_speaks_of_later_are_the_call_he_paid():
    f = facts("วันที่ 11 มิถุนายน 2567 ที่กระทรวงอุตสาหกรรม นางสาวพิมพ์ภัทรา วิชัยกุล รัฐมนตรีว่าการกระทรวงอุตสาหกรรม "
              "ให้การต้อนรับ นายโอตากะ มาซาโตะ เอกอัครราชทูตญี่ปุ่นประจำประเทศไทย\n"
              "ด้านนายโอตากะ กล่าวว่า วันนี้ยินดีที่ได้มีโอกาสได้พูดคุยหารือถึงการขยายการค้าการลงทุนระหว่างสองประเทศ",
              published="2024-06-12")
    assert [(ev.type, ev.date) for ev in f.events] == [("Visit", dt.date(2024, 6, 11))]


@pytest.mark.parametrize("sentence", [
    "วันนี้ (26 มิถุนายน 2566) นายสุชาติ ชมกลิ่น กล่าวว่า กระทรวงแรงงานและกระทรวงยุติธรรมเกาหลีได้หารือร่วมกันมาโดยตลอด",
    "วันนี้ (26 มิถุนายน 2566) พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี กล่าวว่า ผู้บริหารระดับสูงของไทยได้พบหารือกับ"
    "นางแคร์รี หล่ำ อย่างสม่ำเสมอ",
])
def test_what_the_parties_always_do_is_no_event(sentence):
    assert facts(sentence, published="2023-06-26").events == ()


def test_the_meeting_cut_short_with_paiyannoi_is_the_one_told_of():
    f = facts("เมื่อวันที่ 11 กุมภาพันธ์ 2568 นายวิศิษฏ์ วิศิษฏ์สรอรรถ ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เข้าร่วมการประชุม"
              "สุดยอดด้านปัญญาประดิษฐ์ ณ กรุงปารีส\nสำหรับการประชุมฯ ในวันนี้ มีผู้นำระดับประเทศทั่วโลกเข้าร่วม อาทิ "
              "นายเจมส์ เดวิด แวนซ์ รองประธานาธิบดีสหรัฐอเมริกา", published="2025-02-12")
    names = labels_of(f)
    assert [(ev.date, sorted(names[p.agent] for p in ev.participations if p.agent_kind == "person"))
            for ev in f.events] == [(dt.date(2025, 2, 11), ["วิศิษฏ์ วิศิษฏ์สรอรรถ", "เจมส์ เดวิด แวนซ์"])]


def test_an_itinerary_tells_of_no_event():
    f = facts("โดยนายกรัฐมนตรีมีกำหนดการดังนี้ วันพฤหัสบดีที่ 30 สิงหาคม เวลา 11.40 น. นายกรัฐมนตรีและผู้นำประเทศเข้าเยี่ยมคารวะ"
              "นางพิทา เทวี ภันฑรี ประธานาธิบดีแห่งสหพันธ์สาธารณรัฐประชาธิปไตยเนปาล", published="2018-08-30")
    assert f.events == ()


def test_the_ministers_room_where_a_call_is_paid_names_no_guest():
    assert roles("วันนี้ (4 ต.ค. 66) เวลา 10.30 น. ณ ห้องรับรองรัฐมนตรีว่าการกระทรวงมหาดไทย ชั้น 2 ศาลาว่าการกระทรวง"
                 "มหาดไทย นายวาเลนตีโน วาเลนตีนี รัฐมนตรีช่วยว่าการกระทรวงวิสาหกิจและการผลิตในอิตาลี เข้าเยี่ยมคารวะ "
                 "นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงมหาดไทย", "2023-10-04") == {
        "วาเลนตีโน วาเลนตีนี": "Guest", "อนุทิน ชาญวีรกูล": "Host"}


@pytest.mark.parametrize("venue", ["ศูนย์ราชการเฉลิมพระเกียรติ", "ศูนย์ประชุมแห่งชาติสิริกิติ์", "ศูนย์การค้าสยามพารากอน"])
def test_a_government_complex_a_convention_centre_or_a_mall_is_a_place_not_an_agency(venue):
    f = facts(f"วันนี้ (30 มีนาคม 2560) ดร.พิเชฐ ดุรงคเวโรจน์ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม ให้การต้อนรับ "
              f"นางสาวอารีวรรณ ฮาวรังษี เลขาธิการองค์การโทรคมนาคมแห่งเอเชียและแปซิฟิก ณ {venue}", published="2017-03-30")
    assert not [e for e in f.entities if e.labels.get("th", "").startswith(venue[:8])]
    assert f.events[0].place and f.events[0].location is None


@pytest.mark.parametrize(("clause", "plan"), [
    ("ไทยจะเข้าร่วมการประชุม", True),
    ("หวังว่าฝ่ายรัสเซียจะส่งคณะผู้แทนเข้าร่วมการประชุม", True),
    ("ไทยได้เข้าร่วมการประชุม", False),
    ("ไทยเข้าร่วมการประชุม", False),
    ("ทั้งสองฝ่ายจะจัดการประชุม", True),
    ("เพื่อเตรียมความพร้อมในการเข้าร่วมการประชุม", True),
    ("ในการประชุมที่จะมีขึ้นเดือนหน้า", True),
    ("ได้จัดการประชุม", False),
    ("ไทยพร้อมให้การต้อนรับ หากประธานาธิบดีมาครงเดินทางเยือนประเทศไทย", True),
    ("และหากมีการประชุม", True),
    ("เพื่อแก้ไขปัญหาการประชุม", False),  # ปัญหา|การ: no หาก
    ("ต่างหากจากการประชุม", False),
    # ... and who will chair or witness a ceremony, or join one.
    ("ผู้นำทั้งสองจะร่วมเป็นสักขีพยานในพิธีลงนาม", True),
    ("นายกรัฐมนตรีมีกำหนดการเป็นประธานในพิธีลงนาม", True),
    ("นายกรัฐมนตรีมีกำหนดการสำคัญในการเข้าร่วมพิธีต้อนรับ", True),
    ("กระทรวง พม. เตรียมจัดพิธีลงนาม", True),
    ("นายกรัฐมนตรีเป็นประธานในพิธีลงนาม", False),
])
def test_who_will_attend_or_send_a_party_to_a_meeting_or_would_if_tells_a_plan(clause, plan):
    assert planned(clause, 0, max(clause.find(w) for w in ("ประชุม", "เยือน", "ลงนาม", "ต้อนรับ"))) is plan


def test_a_leaders_surname_after_his_title_is_the_man_named_in_full():
    f = facts("นายกรัฐมนตรีได้ฝากความระลึกถึงไปยังนายเอมานูว์แอล มาครง ประธานาธิบดีสาธารณรัฐฝรั่งเศส\n"
              "ทั้งนี้ เอกอัครราชทูตฝรั่งเศสกล่าวว่าประธานาธิบดีมาครงพร้อมเยือนไทย")
    assert [e.labels["th"] for e in f.entities if e.kind == "person"] == ["เอมานูว์แอล มาครง"]


def test_who_tells_when_he_met_someone_tells_of_an_event_both_took_part_in():
    assert roles("นายสุริยะ จึงรุ่งเรืองกิจ รัฐมนตรีว่าการกระทรวงคมนาคม เปิดเผยว่า เมื่อวันที่ 10 มีนาคม 2568 ได้หารือร่วมกับ"
                 "นายเฟลิเป โมเรนา เอกอัครราชทูตสเปนประจำประเทศไทย", "2025-03-11") == {
        "สุริยะ จึงรุ่งเรืองกิจ": "Participant", "เฟลิเป โมเรนา": "Participant"}


def test_the_agency_a_minister_inspects_is_the_one_visited():
    f = facts("เมื่อวันที่ 7 ธันวาคม 2564 นายสุชาติ ชมกลิ่น รัฐมนตรีว่าการกระทรวงแรงงาน ตรวจเยี่ยมฝ่ายแรงงาน "
              "ประจำสถานเอกอัครราชทูต ณ กรุงอาบูดาบี โดยมีนายวราวุธ ภู่อภิญญา เอกอัครราชทูต ณ กรุงอาบูดาบี ให้การต้อนรับ",
              published="2021-12-08")
    (event,) = f.events
    assert labels_of(f)[event.location] == "ฝ่ายแรงงาน"


def test_an_acting_prime_minister_holds_that_post_too():
    f = facts("คณะสมาชิกรัฐสภาสหรัฐอเมริกา เข้าเยี่ยมคารวะ นายภูมิธรรม เวชยชัย รองนายกรัฐมนตรีและรัฐมนตรีว่าการ"
              "กระทรวงมหาดไทย รักษาราชการแทนนายกรัฐมนตรี ในโอกาสเดินทางเยือนประเทศไทย", published="2025-08-25")
    assert [p.title for p in f.posts] == ["รองนายกรัฐมนตรี", "รัฐมนตรีว่าการกระทรวง", "รักษาราชการแทนนายกรัฐมนตรี"]


def test_the_ones_of_another_country_at_a_visit_whose_guests_go_unnamed_are_its_guests():
    f = facts("วันนี้ (6 มีนาคม 2568) นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงแรงงาน ให้การต้อนรับคณะผู้แทนจากญี่ปุ่น "
              "ในโอกาสเข้าเยี่ยมคารวะ โดยมีนายชิโร ซะโดะชิมะ เอกอัครราชทูตญี่ปุ่นประจำประเทศไทย และนายสมศักดิ์ ใจงาม "
              "ปลัดกระทรวงแรงงาน เข้าร่วม", published="2025-03-06")
    names = labels_of(f)
    [visit] = f.events
    assert {(names[p.agent], p.role) for p in visit.participations if p.agent_kind == "person"} == {
        ("สมชาย ใจดี", "Host"), ("ชิโร ซะโดะชิมะ", "Guest"), ("สมศักดิ์ ใจงาม", "Participant")}


def test_the_one_who_leads_the_party_welcomed_is_its_guest():
    f = facts("นางสาวบงกช อนุโรจน์ รองเลขาธิการคณะกรรมการส่งเสริมการลงทุน (บีโอไอ) ให้การต้อนรับแก่คณะนักลงทุน "
              "และสื่อมวลชนจากประเทศตุรกี พร้อมบรรยายในหัวข้อ “นโยบายการส่งเสริมการลงทุนของประเทศไทย” โดยมี "
              "นางพันทิพา เอี่ยมสุทธา เอกะโรหิต เอกอัครราชทูต (กลางซ้าย) นำคณะ ณ สำนักงานคณะกรรมการส่งเสริมการลงทุน (บีโอไอ)")
    names = labels_of(f)
    [visit] = f.events
    assert {(names[p.agent], p.role) for p in visit.participations if p.agent_kind == "person"} == {
        ("บงกช อนุโรจน์", "Host"), ("พันทิพา เอี่ยมสุทธา เอกะโรหิต", "Guest")}


def test_the_at_in_a_missions_name_is_no_place():
    f = facts("วันนี้ (9 กันยายน 2562) นางสาวบงกช อนุโรจน์ รองเลขาธิการคณะกรรมการส่งเสริมการลงทุน ให้การต้อนรับคณะนักลงทุน"
              "จากประเทศตุรกี ภายใต้โครงการของสถานเอกอัครราชทูต ณ กรุงอังการา ในการส่งเสริมยุทธศาสตร์รัฐบาล",
              published="2019-09-09")
    [visit] = f.events
    assert visit.place is None


def test_an_agency_after_the_day_that_opens_the_story_is_the_place_of_the_visit():
    f = facts("วันนี้ (28 มกราคม 2568) ที่กระทรวงสาธารณสุข จ.นนทบุรี ดร.นพ.พงศธร พอกเพิ่มดี รองปลัดกระทรวงสาธารณสุข "
              "ให้การต้อนรับ Mr. Kazuya Suzuki Chief Representative of JICA Thailand Office", published="2025-01-28")
    [visit] = f.events
    assert visit.location == "moph"


def test_a_meeting_after_the_verb_that_takes_it_opens_no_sentence():
    from kg.extract.sentences import sentence_spans

    text = ("นายทาซากะ ทาคุโระ อัครราชทูตฝ่ายเศรษฐกิจ สถานเอกอัครราชทูตญี่ปุ่นประจำประเทศไทย เป็นประธาน "
            "การประชุมร่วมฝ่ายญี่ปุ่น พร้อมผู้แทนจากหน่วยงานราชการไทยและญี่ปุ่นเข้าร่วมประชุม")
    assert len(list(sentence_spans(text))) == 1


def test_an_undated_sentence_in_the_meeting_adds_to_the_undated_story_before_it():
    f = facts("เมื่อเร็ว ๆ นี้ นายนฤตม์ เทอดสถีรศักดิ์ เลขาธิการคณะกรรมการส่งเสริมการลงทุน เป็นประธานการประชุมร่วมฝ่ายไทย "
              "และนายทาซากะ ทาคุโระ อัครราชทูตฝ่ายเศรษฐกิจ สถานเอกอัครราชทูตญี่ปุ่นประจำประเทศไทย เป็นประธาน "
              "การประชุมร่วมฝ่ายญี่ปุ่น ในการประชุมว่าด้วยการเสริมสร้างสภาพแวดล้อมทางธุรกิจไทย – ญี่ปุ่น ครั้งที่ 11 "
              "ภายใต้ความตกลง JTEPA พร้อมผู้แทนจากหน่วยงานราชการไทยและญี่ปุ่นเข้าร่วมประชุม")
    [meeting] = f.events
    assert meeting.programmes == ("jtepa",)


def test_a_line_opening_on_and_goes_on_with_the_line_before_it():
    from kg.extract.sentences import sentence_spans

    text = ("วันที่ 1 มี.ค. 2564 ณ ห้องประชุมชั้น 2 กรมการขนส่งทางราง (ขร.) นายกิตติพันธ์ ปานจันทร์ อธิบดีกรมการขนส่งทางราง "
            "พร้อมด้วย ดร.พิเชฐ คุณาธรรมรักษ์ รองอธิบดีกรมการขนส่งทางราง ให้การต้อนรับ Mr. Takahiro MORITA, Chief "
            "Representative\nและเจ้าหน้าที่จากองค์การความร่วมมือระหว่างประเทศของญี่ปุ่น (JICA) โดยได้ร่วมกันหารือเกี่ยวกับ"
            "โครงการ “Formulation of the Second Mass Rapid Transit Master Plan in Bangkok Metropolitan Region (M-MAP2) "
            "Project” ของ JICA")
    assert len(list(sentence_spans(text))) == 1
    f = facts(text, published="2021-03-01")
    [visit] = f.events
    assert [e.labels["en"] for e in f.entities if e.key in visit.programmes] == [
        "Formulation of the Second Mass Rapid Transit Master Plan in Bangkok Metropolitan Region (M-MAP2) Project"]


def test_a_line_opening_on_the_occasion_goes_on_with_the_line_before_it():
    from kg.extract.sentences import sentence_spans

    text = ("วันนี้ (1 มิถุนายน 2560) หม่อมหลวงปนัดดา ดิสกุล รัฐมนตรีช่วยว่าการกระทรวงศึกษาธิการ ร่วมต้อนรับและให้โอวาท "
            "คณะนักศึกษาจีนจากมณฑลเสฉวน สาธารณรัฐประชาชนจีน\nในโอกาสเข้าเยี่ยมคารวะและร่วมเป็นอาสาสมัครในโครงการอาสาสมัคร"
            "นักศึกษาจีนเพื่อการแลกเปลี่ยนการศึกษา โดยมีนางวัฒนาพร ระงับทุกข์ รองปลัดกระทรวงศึกษาธิการ ร่วมให้การต้อนรับ")
    assert len(text.split("\n")[0]) > 120
    assert len(list(sentence_spans(text))) == 1
    [visit] = facts(text, published="2017-06-01").events
    assert visit.date == dt.date(2017, 6, 1) and len(visit.programmes) == 1


def test_a_short_line_ending_on_as_follows_heads_what_follows_and_is_no_sentence_cut_short():
    from kg.extract.sentences import sentence_spans

    text = ("วันนี้ (วันพุธที่ 1 ส.ค. 2561) เวลา 09.30 น. นาย Hiroki Mitsumata ประธาน JETRO Bangkok\n"
            "เข้าเยี่ยมคารวะรองนายกรัฐมนตรี (นายวิษณุ เครืองาม) ณ ห้องรับรอง 1 ตึกบัญชาการ 1 ทำเนียบรัฐบาล\n"
            "สรุปสาระสำคัญของการหารือ ดังนี้\n"
            "รองนายกรัฐมนตรีกล่าวต้อนรับประธาน JETRO Bangkok อีกครั้ง หลังจากที่ได้พบเมื่อวันที่ 1 ก.พ. 2561")
    spans = list(sentence_spans(text))
    assert [text[a:b] for a, b in spans][-1].startswith("รองนายกรัฐมนตรีกล่าวต้อนรับ")
    assert text[spans[0][0]:spans[0][1]].endswith("ดังนี้")


@pytest.mark.parametrize("text", [
    "นายสมชาย ใจดี ผู้ช่วยรัฐมนตรีประจำกระทรวงเกษตร เป็นประธาน",  # the first words of one Thai ministry's name
    "นายสมชาย ใจดี ผู้ช่วยรัฐมนตรีประจำกระทรวงเกษตรกรและสหกรณ์ เป็นประธาน",  # a slip of the pen the corpus repeats
])
def test_a_thai_ministry_named_short_is_that_ministry(text):
    assert [p.org for p in facts(text).posts] == ["moac"]


def test_a_foreign_ministry_named_short_keeps_its_country():
    assert [p.org for p in facts("นายจอห์น สมิธ รัฐมนตรีว่าการกระทรวงเกษตรสหรัฐอเมริกา กล่าว").posts] != ["moac"]


def test_a_known_english_name_after_the_is_the_known_agency():
    text = ("between The Japan Agricultural Exchange Council (JAEC) and The Ministry of Agriculture and Cooperatives "
            "(MOAC)")
    assert "moac" in [o.key for o in find_orgs(text, 0, len(text), load())][:2]


def test_a_subcommittee_is_a_body():
    text = "ประธานคณะอนุกรรมการขับเคลื่อนอุตสาหกรรมด้านเฟสติวัล กล่าว"
    assert [o.label for o in find_orgs(text, 0, len(text), load())] == ["คณะอนุกรรมการขับเคลื่อนอุตสาหกรรมด้านเฟสติวัล"]


@pytest.mark.parametrize(("text", "name", "country"), [
    ("ประธานสมาคมนักธุรกิจไทยในเวียดนาม และ", "สมาคมนักธุรกิจไทยในเวียดนาม", "VN"),
    ("นายกสมาคมสตรีไทยในนอร์เวย์ กล่าว", "สมาคมสตรีไทยในนอร์เวย์", "NO"),
])
def test_an_association_is_named_with_the_country_it_is_in(text, name, country):
    assert [(o.label, o.country) for o in find_orgs(text, 0, len(text), load())] == [(name, country)]


def test_the_members_of_a_party_listed_after_the_event_take_its_part():
    f = facts("วันนี้ (31 มกราคม 2568) เวลา 14.00 น. ณ ห้องสีม่วง ตึกไทยคู่ฟ้า ทำเนียบรัฐบาล ศาสตราจารย์นายแพทย์อภิชาติ "
              "อัศวมงคลกุล คณบดีคณะแพทย์ศาสตร์ศิริราชพยาบาล นำผู้ได้รับพระราชทานรางวัลสมเด็จเจ้าฟ้ามหิดล ประจำปี 2567 "
              "เข้าเยี่ยมคารวะนางสาวแพทองธาร ชินวัตร นายกรัฐมนตรี\n"
              "สำหรับผู้ได้รับพระราชทานรางวัลสมเด็จเจ้าฟ้ามหิดล ประจำปี 2567 มีจำนวน 2 ราย ได้แก่ 1) ศาสตราจารย์ ดร.โทนี "
              "ฮันเตอร์ จากสหราชอาณาจักร-สหรัฐฯ ที่ได้ค้นพบเอนไซม์ไทโรซีนไคเนส และ\n"
              "2) ศาสตราจารย์ ดร.โจนาธาน พี. เชฟเพิร์ด จากสหรัฐอเมริกา ผู้ค้นพบวิธีการรักษา", published="2025-01-31")
    names = labels_of(f)
    [visit] = f.events
    assert {(names[p.agent], p.role) for p in visit.participations if p.agent_kind == "person"} == {
        ("อภิชาติ อัศวมงคลกุล", "Guest"), ("แพทองธาร ชินวัตร", "Host"), ("โทนี ฮันเตอร์", "Guest"),
        ("โจนาธาน พี. เชฟเพิร์ด", "Guest")}


@pytest.mark.parametrize(("text", "name"), [
    # a name written without spaces runs over small words to the space that ends it
    ("ภายใต้โครงการช่วยเหลือเยียวยานักท่องเที่ยวชาวต่างชาติที่บาดเจ็บและเสียชีวิต เพื่อให้ญาติ",
     "โครงการช่วยเหลือเยียวยานักท่องเที่ยวชาวต่างชาติที่บาดเจ็บและเสียชีวิต"),
    ("ในการดำเนินโครงการทบทวนแผนแม่บทการป้องกันบรรเทาอุทุกภัยในลุ่มน้ำเจ้าพระยา และ",
     "โครงการทบทวนแผนแม่บทการป้องกันบรรเทาอุทุกภัยในลุ่มน้ำเจ้าพระยา"),
    ("สมาชิกโครงการสร้างเครือข่ายผู้ประกอบการรุ่นใหม่ของไทยกับประเทศเพื่อนบ้าน (YEN-D)",
     "โครงการสร้างเครือข่ายผู้ประกอบการรุ่นใหม่ของไทยกับประเทศเพื่อนบ้าน"),
    # ... unless a clause, a time or the owner begins on the way
    ("โครงการความปลอดภัยทางถนนร่วมกับกระทรวงคมนาคมต่อไป", "โครงการความปลอดภัยทางถนน"),
    ("ในโครงการความปลอดภัยทางถนนระหว่างปี 2566", "โครงการความปลอดภัยทางถนน"),
    ("โครงการฝึกอบรมนักระบาดวิทยาภาคสนามของประเทศไทย และ", "โครงการฝึกอบรมนักระบาดวิทยาภาคสนาม"),
    # a dash with no space joins two words of one name
    ("ผ่านโครงการเขตเศรษฐกิจพิเศษภาคตะวันออก-ตะวันตก (EWEC)", "โครงการเขตเศรษฐกิจพิเศษภาคตะวันออก-ตะวันตก"),
    # a name of two parties runs over the dash, and over the small words glued to the second
    ("ว่าด้วยโครงการอาเซียน-ออสเตรเลียเพื่อต่อต้านการค้ามนุษย์ ซึ่ง", "โครงการอาเซียน-ออสเตรเลียเพื่อต่อต้านการค้ามนุษย์"),
    # ... and over เกี่ยวกับ (what the project is about)
    ("ภายใต้โครงการสร้างเสริมความรู้เกี่ยวกับประเทศไทยแก่สมาชิกรัฐสภาสหรัฐอเมริกา ประจำปี 2568",
     "โครงการสร้างเสริมความรู้เกี่ยวกับประเทศไทยแก่สมาชิกรัฐสภาสหรัฐอเมริกา"),
    # อีกด้วย ends the sentence, not the name
    ("ว่าด้วยโครงการแลกเปลี่ยนนักวิจัยระหว่างไทยและจีนอีกด้วย” นางสาวศุภมาส กล่าว", "โครงการแลกเปลี่ยนนักวิจัย"),
])
def test_a_thai_project_name_ends_where_its_words_end(text, name):
    assert [p.label for p in find_programmes(text, 0, len(text), load()) if p.rule == "thai-project"] == [name]


def test_a_title_after_a_comma_is_the_next_persons_not_the_bracketed_names():
    f = facts("ปลัด อว. หัวหน้าผู้แทนองค์การความร่วมมือระหว่างประเทศของญี่ปุ่น (JICA) (Mr. Morita Takahiro), "
              "ผู้แทนจาก National Institute of Technology, Japan (Prof.Dr. ANDO Yasonori), เลขาธิการสำนักงาน"
              "คณะกรรมการการศึกษาขั้นพื้นฐาน, ผู้อำนวยการสถาบันส่งเสริมการสอนวิทยาศาสตร์และเทคโนโลยี")
    names = labels_of(f)
    assert {names[p.person] for p in f.posts if p.title in ("เลขาธิการ", "ผู้อำนวยการ")} == set()


def test_an_appointment_names_both_posts_past_their_civil_service_grades():
    f = facts("3. แต่งตั้งนางสาวปรีญาพร สุวรรณเกษ ผู้ตรวจราชการกระทรวง (ผู้ตรวจราชการกระทรวงระดับสูง) "
              "สำนักงานปลัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม ให้ดำรงตำแหน่งอธิบดี (นักบริหาร ระดับสูง) กรมควบคุมมลพิษ")
    names = labels_of(f)
    assert [(p.title, names[p.org]) for p in f.posts] == [
        ("ผู้ตรวจราชการกระทรวง", "สำนักงานปลัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม"), ("อธิบดี", "กรมควบคุมมลพิษ")]


def test_what_a_project_has_is_no_projects_name():
    text = "และเลขาธิการ EEC อย่างใกล้ชิดต่อไปเพื่อให้ทั้ง 2 โครงการมีความคืบหน้า และย้ำว่า"
    assert [p.rule for p in find_programmes(text, 0, len(text), load())] == ["gazetteer"]  # EEC only


def test_a_frameworks_meeting_a_call_speaks_of_is_a_meeting_of_its_own_not_the_calls_programme():
    f = facts("วันนี้ (4 พฤศจิกายน 2564) นายสะเหลิมไซ กมมะสิด รัฐมนตรีว่าการกระทรวงการต่างประเทศ สปป. ลาว "
              "เข้าเยี่ยมคารวะ พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี ในโอกาสเยือนไทยเพื่อเข้าร่วมการประชุม ACMECS ครั้งที่ 9",
              published="2021-11-04")
    call, meeting = f.events
    assert (call.type, call.date, call.programmes) == ("Visit", dt.date(2021, 11, 4), ())
    assert (meeting.type, meeting.date, meeting.programmes) == ("Meeting", None, ("acmecs",))
    assert meeting.participations == () and meeting.evidence.rule == "event:Meeting:in-passing"


def test_a_meeting_held_under_a_framework_keeps_it():
    f = facts("วันนี้ (4 พฤศจิกายน 2564) พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี เป็นประธานการประชุม ACMECS ครั้งที่ 9 "
              "ร่วมกับนายสะเหลิมไซ กมมะสิด รัฐมนตรีว่าการกระทรวงการต่างประเทศ สปป. ลาว", published="2021-11-04")
    [meeting] = f.events
    assert (meeting.type, meeting.date, meeting.programmes) == ("Meeting", dt.date(2021, 11, 4), ("acmecs",))


def test_two_parties_alone_name_no_project():
    text = "หารือโครงการไทย-ญี่ปุ่น ในปีนี้"
    assert find_programmes(text, 0, len(text), load()) == []


def test_a_title_opening_the_next_paragraph_is_not_the_title_of_the_name_ending_a_long_one():
    f = facts("นายสมคิด จาตุศรีพิทักษ์ รองนายกรัฐมนตรี ยินดีต้อนรับและกล่าวขอบคุณที่ฝ่ายโปรตุเกสได้ถวายความอาลัยต่อ"
              "การสวรรคตของพระบาทสมเด็จพระปรมินทรมหาภูมิพลอดุลยเดช\nเอกอัครราชทูต กล่าวขอบคุณรองนายกรัฐมนตรี")
    names = labels_of(f)
    assert [(names[p.person], p.title) for p in f.posts] == [("สมคิด จาตุศรีพิทักษ์", "รองนายกรัฐมนตรี")]


def test_a_title_of_the_said_company_holds_its_post_in_the_company_named_before():
    f = facts("ผู้แทนของบริษัท THEIA GROUP นำโดย พลอากาศเอก Ronald Fogleman ประธานกรรมการ บริษัทฯ "
              "ซึ่งเป็นอดีตเสนาธิการทหารอากาศสหรัฐอเมริกา")
    names = labels_of(f)
    assert [(p.title, names[p.org]) for p in f.posts] == [("ประธานกรรมการ", "บริษัท THEIA GROUP")]


@pytest.mark.parametrize("text", [
    "นายพอล เมนค์เวลด์ อุปทูตฯ เนเธอร์แลนด์ประจำประเทศไทย นำคณะ",
    "นายพอล เมนค์เวลด์ อุปทูตเนเธอร์แลนด์ประจำประเทศไทย นำคณะ",
])
def test_a_charge_daffaires_heads_the_embassy_his_title_implies(text):
    assert [(p.title, p.org) for p in facts(text).posts] == [("อุปทูต", "embassy-nl")]


def test_a_foreign_diplomat_takes_no_agency_from_the_thai_official_named_before_him():
    f = facts("นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงมหาดไทย ให้การต้อนรับ นายอู๋ จื้ออู่ "
              "(Mr. Wu Zhiwu) อัครราชทูตที่ปรึกษา ในโอกาสเข้าเยี่ยมคารวะ")
    names = labels_of(f)
    assert [(p.title, p.org) for p in f.posts if names[p.person] == "อู๋ จื้ออู่"] == [("อัครราชทูตที่ปรึกษา", None)]


HEADLINED_CALL = ("วันนี้ (16 กุมภาพันธ์ 2566) เวลา 14.30 น. ณ ห้องรับรอง 1 ตึกบัญชาการ 1 ทำเนียบรัฐบาล นายเก-ออร์ค ชมิท "
                  "(H.E. Mr. Georg Schmidt) เอกอัครราชทูตสหพันธ์สาธารณรัฐเยอรมนีประจำประเทศไทย พร้อมคณะสมาชิกสภาผู้แทนราษฎร"
                  "สหพันธ์สาธารณรัฐเยอรมนี พบหารือกับนายอนุชา บูรพชัยศรี รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง "
                  "ปฏิบัติหน้าที่โฆษกประจำสำนักนายกรัฐมนตรี สรุปสาระสำคัญ ดังนี้")


def test_a_spokesperson_named_as_the_one_met_takes_part():
    f = facts(HEADLINED_CALL, published="2023-02-16")
    names = labels_of(f)
    assert "อนุชา บูรพชัยศรี" in {names[p.agent] for e in f.events for p in e.participations}


def test_talks_between_those_the_headline_says_called_on_someone_are_that_call():
    title = "คณะ ส.ส. เยอรมนี เข้าพบรองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง นายอนุชา ฯ มุ่งกระชับความสัมพันธ์"
    art = make_article(f"รัฐบาลไทย-ข่าวทำเนียบรัฐบาล-{title}\n\n{HEADLINED_CALL}", source="t", id="t", title=title,
                       published=dt.date(2023, 2, 16))
    f = article_facts(art)
    names = labels_of(f)
    [call] = [e for e in f.events if any(p.agent_kind == "person" for p in e.participations)]
    assert (call.type, {(names[p.agent], p.role) for p in call.participations if p.agent_kind == "person"}) == (
        "Visit", {("อนุชา บูรพชัยศรี", "Host"), ("เก-ออร์ค ชมิท", "Guest")})


def test_a_rank_in_a_companys_name_after_its_head_word_opens_no_name():
    text = "ให้นายวาวเตอร์ แวน เวิรส์ค (Mr.Wouter Van Wersch) ผู้บริหารบริษัท General Electric ASEAN เข้าเยี่ยมคารวะ"
    assert [(p.name, p.latin) for p in find_persons(text, 0, len(text), load())] == [
        ("วาวเตอร์ แวน เวิรส์ค", "Wouter Van Wersch")]


def test_a_monarchs_title_and_country_name_no_one():
    text = "ซึ่งฝ่ายไทยพร้อมที่จะรับการเสด็จเยือนไทยของสมเด็จพระราชาธิบดีมาเลเซียอย่างสมพระเกียรติ"
    assert find_persons(text, 0, len(text), load()) == []


def test_the_post_one_is_appointed_to_after_ดำรงตำแหน่ง_is_a_second_post():
    f = facts("1. นายณรงค์ อภิกุลวณิช รองอธิบดีกรมการแพทย์ ดำรงตำแหน่ง อธิบดีกรมควบคุมโรค")
    assert [(p.title, p.org) for p in f.posts] == [("รองอธิบดี", "dms"), ("อธิบดี", "ddc")]


@pytest.mark.parametrize(("text", "title"), [
    ("2. นายสุรชาติ ศรีบุศกร ตำแหน่งที่ปรึกษารองนายกรัฐมนตรี", "ที่ปรึกษารองนายกรัฐมนตรี"),
    ("คณะรัฐมนตรีมีมติเห็นชอบแต่งตั้ง นายชยุต ภุมมะกาญจนะ เป็นกรรมการผู้ช่วยรัฐมนตรี", "กรรมการผู้ช่วยรัฐมนตรี"),
    ("พลเอก คงชีพ ตันตระวาณิชย์ โฆษกประจำรองนายกรัฐมนตรี", "โฆษกประจำรองนายกรัฐมนตรี"),
    ("1. นายกฤช เอื้อวงศ์ ตำแหน่งประจำสำนักเลขาธิการนายกรัฐมนตรี", "ประจำสำนักเลขาธิการนายกรัฐมนตรี"),
])
def test_political_staff_titles_are_whole_posts(text, title):
    assert [p.title for p in facts(text, published="2023-09-27").posts] == [title]


def test_those_listed_by_name_alone_hold_the_post_the_line_before_appoints_to():
    f = facts("36. เรื่อง การแต่งตั้งกรรมการผู้ช่วยรัฐมนตรี\n"
              "คณะรัฐมนตรีมีมติเห็นชอบตามที่สำนักเลขาธิการนายกรัฐมนตรีเสนอแต่งตั้งบุคคลเป็นกรรมการผู้ช่วยรัฐมนตรี "
              "โดยให้มีผลตั้งแต่วันที่นายกรัฐมนตรีลงนาม ดังนี้\n"
              "1. นางสาวณหทัย ทิวไผ่งาม\n2. พลอากาศเอก สุรพล พุทธมนต์\n"
              "3. นายชนินทร์ รุ่งธนเกียรติ ตำแหน่งรองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง\n"
              "37. เรื่อง การแต่งตั้งข้าราชการ\n"
              "คณะรัฐมนตรีมีมติอนุมัติการแต่งตั้งข้าราชการให้ดำรงตำแหน่งรองปลัดกระทรวง จำนวน 2 ราย ดังนี้\n"
              "1. ให้นายไกรสร กองฉลาด พ้นจากตำแหน่ง", published="2023-09-27")
    names = {e.key: e.labels["th"] for e in f.entities}
    assert sorted((names[p.person], p.title) for p in f.posts) == [
        ("ชนินทร์ รุ่งธนเกียรติ", "รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง"),
        ("ณหทัย ทิวไผ่งาม", "กรรมการผู้ช่วยรัฐมนตรี"), ("สุรพล พุทธมนต์", "กรรมการผู้ช่วยรัฐมนตรี")]


def test_one_listed_whose_name_is_not_read_does_not_end_the_list_of_appointees():
    f = facts("12. เรื่อง การแต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการส่งเสริมคุณธรรมแห่งชาติ\n"
              "คณะรัฐมนตรีมีมติเห็นชอบตามที่กระทรวงวัฒนธรรมเสนอแต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการส่งเสริมคุณธรรมแห่งชาติ "
              "จำนวน 10 คน เนื่องจากกรรมการผู้ทรงคุณวุฒิเดิมได้ดำรงตำแหน่งครบวาระสองปี ดังนี้\n"
              "1. พระพรหมบัณฑิต (ประยูร ธมฺมจิตฺโต)\n2. ผู้ช่วยศาสตราจารย์อับดุลเลาะ หนุ่มสุข\n3. นายธงชัย ประดับชนานุรัตน์\n"
              "ทั้งนี้ ตั้งแต่วันที่คณะรัฐมนตรีมีมติ", published="2023-06-27")
    assert post_triples(f) == {(name, "กรรมการผู้ทรงคุณวุฒิ", "คณะกรรมการส่งเสริมคุณธรรมแห่งชาติ")
                               for name in ("ธงชัย ประดับชนานุรัตน์", "อับดุลเลาะ หนุ่มสุข")}


def test_members_named_one_after_another_in_a_bodys_make_up_hold_its_seat():
    f = facts("องค์ประกอบและหน้าที่\nของคณะกรรมการอิสระเพื่อการปฏิรูปการศึกษา\n"
              "มติคณะรัฐมนตรี เมื่อวันอังคารที่ 30 พฤษภาคม 2560 ได้เห็นชอบตามที่สำนักเลขาธิการนายกรัฐมนตรีเสนอ "
              "แต่งตั้งคณะกรรมการอิสระเพื่อการปฏิรูปการศึกษา จำนวน 25 ราย ดังนี้\n"
              "ศาสตราจารย์กิตติคุณจรัส สุวรรณเวลา เป็นประธานกรรมการ โดยคณะกรรมการประกอบด้วย นางกอบกุล อาภากร ณ อยุธยา "
              "นายไกรยส ภัทราวาท รองศาสตราจารย์จิรุตม์ ศรีรัตนบัลล์ โดยมีนายสมชาย ใจดี เป็นกรรมการและเลขานุการ",
              published="2017-06-05")
    assert {t for t in post_triples(f) if t[2]} == {(n, "กรรมการ", "คณะกรรมการอิสระเพื่อการปฏิรูปการศึกษา") for n in (
        "กอบกุล อาภากร ณ อยุธยา", "ไกรยส ภัทราวาท", "จิรุตม์ ศรีรัตนบัลล์")}
    # A body's line that holds its name alone names it whole, where its head word's reading stops at a verb.
    f = facts("1. คณะกรรมการพิจารณาปรับปรุงประมวลกฎหมายวิธีพิจารณาความแพ่ง\n"
              "องค์ประกอบ นายสวิน อักขรายุธ ประธานกรรมการ โดยกรรมการประกอบด้วย นายไกรสร บารมีอวยชัย นายจักรพงษ์ เล็กสกุลไชย",
              published="2024-01-16")
    body = "คณะกรรมการพิจารณาปรับปรุงประมวลกฎหมายวิธีพิจารณาความแพ่ง"
    assert post_triples(f) == {("สวิน อักขรายุธ", "ประธานกรรมการ", body), ("ไกรสร บารมีอวยชัย", "กรรมการ", body),
                               ("จักรพงษ์ เล็กสกุลไชย", "กรรมการ", body)}
    # A member's own seat, named with no body, is in this one.
    f = facts("3. คณะกรรมการพัฒนาเกษตรอินทรีย์แห่งชาติ (คงเดิมทุกตำแหน่ง)\nรองนายกรัฐมนตรีที่ได้รับมอบหมาย เป็นประธานกรรมการ "
              "กรรมการประกอบด้วย ปลัดกระทรวงเกษตรและสหกรณ์ หรือผู้แทน นายกฤษฎา เกิดสมจิตต์ ผู้แทนเกษตรกร "
              "นายจงสฤษดิ์ คุ้นวงศ์ ผู้แทนภาคเอกชน โดยมีรองปลัดกระทรวงเกษตรและสหกรณ์ที่ได้รับมอบหมาย เป็นกรรมการและเลขานุการ",
              published="2024-05-07")
    assert post_triples(f) == {("กฤษฎา เกิดสมจิตต์", "ผู้แทนเกษตรกร", "คณะกรรมการพัฒนาเกษตรอินทรีย์แห่งชาติ"),
                               ("จงสฤษดิ์ คุ้นวงศ์", "ผู้แทนภาคเอกชน", "คณะกรรมการพัฒนาเกษตรอินทรีย์แห่งชาติ")}


def test_the_dateline_of_a_press_release_dates_its_event():
    f = facts("นครโตเกียว ประเทศญี่ปุ่น 8 กุมภาพันธ์ 2567 – นางสาวพิมพ์ภัทรา วิชัยกุล รัฐมนตรีว่าการกระทรวงอุตสาหกรรม "
              "เดินทางเยือนประเทศญี่ปุ่น และเข้าเยี่ยมคารวะ นายไซโตะ เคน รัฐมนตรีว่าการกระทรวงเศรษฐกิจ การค้า และอุตสาหกรรม",
              published="2024-02-11")
    assert [(e.type, str(e.date)) for e in f.events] == [("Visit", "2024-02-08")]


@pytest.mark.parametrize("text", [
    "นายไกรสร กองฉลาด ผู้ว่าราชการจังหวัดกาฬสินธุ์ กล่าว",
    "นายไกรสร กองฉลาด ผู้ว่าราชการจังหวัด (นักปกครอง ระดับสูง) จังหวัดกาฬสินธุ์ สำนักงานปลัดกระทรวง",
])
def test_a_provincial_post_is_held_in_its_province(text):
    f = facts(text, published="2019-01-01")
    names = {e.key: e.labels for e in f.entities}
    assert [(p.title, names[p.org]) for p in f.posts] == [
        ("ผู้ว่าราชการจังหวัด", {"th": "จังหวัดกาฬสินธุ์", "en": "Kalasin Province"})]


def test_a_name_in_brackets_after_a_title_holds_that_title_not_the_next():
    f = facts("พลเอก สุรศักดิ์ กาญจนรัตน์ รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม พร้อมด้วย "
              "ปลัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม (นายวิจารย์ สิมาฉายา) "
              "อธิบดีกรมทรัพยากรทางทะเลและชายฝั่ง (นายจตุพร บุรุษพัฒน์) ร่วมให้การต้อนรับ")
    names = labels_of(f)
    assert [(names[p.person], p.title, names[p.org]) for p in f.posts] == [
        ("สุรศักดิ์ กาญจนรัตน์", "รัฐมนตรีว่าการกระทรวง", "กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม"),
        ("วิจารย์ สิมาฉายา", "ปลัดกระทรวง", "กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม"),
        ("จตุพร บุรุษพัฒน์", "อธิบดี", "กรมทรัพยากรทางทะเลและชายฝั่ง")]


def test_a_name_in_brackets_after_an_aides_post_held_by_the_name_before_is_the_minister_served():
    f = facts("เสนอแต่งตั้ง ข้าราชการการเมือง จำนวน 2 ราย ดังนี้\n"
              "1. นายปัญญา ชวนบุญ ดำรงตำแหน่งที่ปรึกษารัฐมนตรีช่วยว่าการกระทรวงพาณิชย์ (นายนภินทร ศรีสรรพางค์)\n"
              "2. นายกฤษฏ์ เพ็ญสุภา ดำรงตำแหน่งผู้ช่วยเลขานุการรัฐมนตรีว่าการกระทรวงพาณิชย์[ปฏิบัติหน้าที่เลขานุการ"
              "รัฐมนตรีช่วยว่าการกระทรวงพาณิชย์ (นายสุชาติ ชมกลิ่น)]\n"
              "โดยมี ที่ปรึกษารัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ (นายอลงกรณ์ พลบุตร) "
              "ที่ปรึกษาของนายกรัฐมนตรี (นายชลธิศ สุรัสวดี) ที่ปรึกษารัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ (นายธนสาร ธรรมสอน)",
              published="2024-10-29")
    assert post_triples(f) == {
        ("ปัญญา ชวนบุญ", "ที่ปรึกษารัฐมนตรีช่วยว่าการกระทรวง", "กระทรวงพาณิชย์"),
        ("นภินทร ศรีสรรพางค์", "รัฐมนตรีช่วยว่าการกระทรวง", "กระทรวงพาณิชย์"),
        ("กฤษฏ์ เพ็ญสุภา", "ผู้ช่วยเลขานุการรัฐมนตรีว่าการกระทรวง", "กระทรวงพาณิชย์"),
        ("กฤษฏ์ เพ็ญสุภา", "เลขานุการรัฐมนตรีช่วยว่าการกระทรวง", "กระทรวงพาณิชย์"),
        ("สุชาติ ชมกลิ่น", "รัฐมนตรีช่วยว่าการกระทรวง", "กระทรวงพาณิชย์"),
        # with no name before, the one in brackets is the aide
        ("อลงกรณ์ พลบุตร", "ที่ปรึกษารัฐมนตรีว่าการกระทรวง", "กระทรวงเกษตรและสหกรณ์"),
        ("ชลธิศ สุรัสวดี", "ที่ปรึกษาของนายกรัฐมนตรี", None),
        ("ธนสาร ธรรมสอน", "ที่ปรึกษารัฐมนตรีว่าการกระทรวง", "กระทรวงเกษตรและสหกรณ์")}


def test_a_name_in_brackets_behind_a_spaced_rank_or_after_at_the_time_holds_the_title_before():
    f = facts("ปลัดกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม (พลเอก สุรศักดิ์ กาญจนรัตน์) "
              "อธิบดีกรมทรัพยากรทางทะเลและชายฝั่ง (นายจตุพร บุรุษพัฒน์) ร่วมให้การต้อนรับ "
              "ได้จัดทำหนังสือมอบอำนาจเต็มให้อธิบดีกรมศุลกากรในขณะนั้น (นายกุลิศ สมบัติศิริ) เป็นผู้ลงนาม",
              published="2019-01-01")
    assert post_triples(f) == {
        ("สุรศักดิ์ กาญจนรัตน์", "ปลัดกระทรวง", "กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม"),
        ("จตุพร บุรุษพัฒน์", "อธิบดี", "กรมทรัพยากรทางทะเลและชายฝั่ง"),
        ("กุลิศ สมบัติศิริ", "อธิบดี", "กรมศุลกากร")}


def test_a_title_after_a_bracketed_name_that_names_no_one_of_its_own_is_his_too():
    f = facts("คณะรัฐมนตรีรับทราบตามที่รองนายกรัฐมนตรี (นายวิษณุ เครืองาม) ประธานคณะกรรมการพัฒนาการบริหารงานยุติธรรม"
              "แห่งชาติเสนอรายงานประจำปี และมอบหมายรัฐมนตรีช่วยว่าการกระทรวงกลาโหม (พลเอก ชัยชาญ ช้างมงคล) "
              "เลขาธิการคณะรัฐมนตรี ผู้อำนวยการสำนักงบประมาณ เป็นผู้แทน", published="2021-06-01")
    assert post_triples(f) == {
        ("วิษณุ เครืองาม", "รองนายกรัฐมนตรี", None),
        ("วิษณุ เครืองาม", "ประธาน", "คณะกรรมการพัฒนาการบริหารงานยุติธรรมแห่งชาติ"),
        # a list of titles after the brackets names others
        ("ชัยชาญ ช้างมงคล", "รัฐมนตรีช่วยว่าการกระทรวง", "กระทรวงกลาโหม")}


def test_the_post_one_leaves_is_ones_post():
    f = facts("29. ให้นายไกรสร กองฉลาด พ้นจากตำแหน่งผู้ว่าราชการจังหวัด (นักปกครอง ระดับสูง) จังหวัดกาฬสินธุ์", published="2019-01-01")
    assert [p.title for p in f.posts] == ["ผู้ว่าราชการจังหวัด"]


def test_the_post_one_is_then_appointed_to_is_a_second_post():
    f = facts("29. ให้นายไกรสร กองฉลาด พ้นจากตำแหน่งผู้ว่าราชการจังหวัด (นักปกครอง ระดับสูง) จังหวัดกาฬสินธุ์ "
              "สำนักงานปลัดกระทรวง และแต่งตั้งให้ดำรงตำแหน่งผู้ว่าราชการจังหวัด (นักปกครอง ระดับสูง) จังหวัดสุรินทร์\n"
              "30. นายพิศักดิ์ จิตวิริยะวศิน รองปลัดกระทรวง (นักบริหารระดับสูง) สำนักงานปลัดกระทรวง\n"
              "ซึ่งดำรงตำแหน่งครบ 4 ปี ย้ายไปดำรงตำแหน่งอธิบดี (นักบริหารระดับสูง) กรมท่าอากาศยาน", published="2019-01-01")
    names = {e.key: e.labels["th"] for e in f.entities}
    assert sorted((names[p.person], p.title, str(names.get(p.org))) for p in f.posts) == sorted([
        ("ไกรสร กองฉลาด", "ผู้ว่าราชการจังหวัด", "จังหวัดกาฬสินธุ์"),
        ("ไกรสร กองฉลาด", "ผู้ว่าราชการจังหวัด", "จังหวัดสุรินทร์"),
        ("พิศักดิ์ จิตวิริยะวศิน", "รองปลัดกระทรวง", "None"), ("พิศักดิ์ จิตวิริยะวศิน", "อธิบดี", "กรมท่าอากาศยาน")])


def test_a_post_taken_up_after_the_body_of_the_one_left_is_a_second_post():
    f = facts("1. นางพัชรี อาระยะกุล ผู้ตรวจราชการกระทรวง สำนักงานปลัดกระทรวง ดำรงตำแหน่ง รองปลัดกระทรวง สำนักงานปลัดกระทรวง",
              published="2020-09-01")
    assert sorted(p.title for p in f.posts) == ["ผู้ตรวจราชการกระทรวง", "รองปลัดกระทรวง"]


def test_a_note_on_the_next_line_is_no_post_of_the_one_appointed():
    f = facts("2. นางจุฬามณี ชาติสุวรรณ เอกอัครราชทูต สถานเอกอัครราชทูต ณ กรุงโคลัมโบ ให้ดำรงตำแหน่ง อธิบดีกรมยุโรป\n"
              "ทั้งนี้ ซึ่งการแต่งตั้งข้าราชการให้ไปดำรงตำแหน่งเอกอัครราชทูตประจำต่างประเทศ จะต้องได้รับความเห็นชอบ",
              published="2020-11-10")
    assert sorted(p.title for p in f.posts) == ["อธิบดี", "เอกอัครราชทูต"]


def test_the_agency_after_a_field_or_grade_in_brackets_is_the_posts():
    f = facts("4. นายสถนต์ นาวารัตน์ นายแพทย์เชี่ยวชาญ (ด้านเวชกรรม สาขาสูติ – นรีเวชกรรม) โรงพยาบาลราชวิถี กรมการแพทย์",
              published="2019-09-10")
    names = labels_of(f)
    assert [(p.title, names.get(p.org)) for p in f.posts] == [("นายแพทย์เชี่ยวชาญ", "โรงพยาบาลราชวิถี")]


def test_a_title_names_the_head_word_of_the_agency_after_its_grade():
    f = facts("3. นายกมล ขาวสอาด ผู้อำนวยการสำนัก (ผู้อำนวยการระดับสูง) สำนักจัดระบบบริการทางการแพทย์ กรมการแพทย์",
              published="2019-09-10")
    names = labels_of(f)
    assert [(p.title, names.get(p.org)) for p in f.posts] == [("ผู้อำนวยการสำนัก", "สำนักจัดระบบบริการทางการแพทย์")]


@pytest.mark.parametrize(("text", "title"), [
    ("เสนอแต่งตั้ง นายภูผา ลิกค์ ให้ดำรงตำแหน่ง ผู้ช่วยเลขานุการรัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์",
     "ผู้ช่วยเลขานุการรัฐมนตรีว่าการกระทรวง"),
    ("เสนอแต่งตั้ง นายคารม พลพรกลาง ให้ดำรงตำแหน่งข้าราชการการเมือง ตำแหน่งรองโฆษกประจำสำนักนายกรัฐมนตรี ทั้งนี้",
     "รองโฆษกประจำสำนักนายกรัฐมนตรี"),
])
def test_the_post_one_is_appointed_to_right_after_the_name(text, title):
    assert [p.title for p in facts(text, published="2023-09-27").posts] == [title]


def test_whoever_holds_a_post_is_not_the_one_named_before():
    f = facts("มอบหมายให้รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม (พลตำรวจเอก พัชรวาท วงษ์สุวรรณ) "
              "เป็นผู้รักษาราชการแทนรัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ ในกรณีที่ไม่มีผู้ดำรงตำแหน่ง"
              "รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์", published="2023-09-27")
    names = labels_of(f)
    assert "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์" not in {
        names.get(p.org) for p in f.posts if p.title.startswith("รัฐมนตรีว่าการ")}


def test_ดร_without_its_period_is_an_honorific_only_before_a_space():
    f = facts("สนับสนุนทุนวิจัยแก่ รศ.ดร พีระศักดิ์ ฉายประสาท นักวิจัยจากมหาวิทยาลัยนเรศวร โดยมี นางสาวดรุณี ใจดี "
              "ผู้อำนวยการกองคลัง และ ดร นฤมล ภิญโญสินวัฒน์ รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ ร่วมด้วย")
    assert {e.labels.get("th") for e in f.entities if e.kind == "person"} == {
        "พีระศักดิ์ ฉายประสาท", "ดรุณี ใจดี", "นฤมล ภิญโญสินวัฒน์"}


def test_a_board_named_with_its_session_and_day_met_that_day():
    f = facts("2. คณะกรรมการพัฒนาและบริหารจัดการผลไม้ ครั้งที่ 1/2564 เมื่อวันที่ 10 พฤศจิกายน 2563 (นายอลงกรณ์ พลบุตร "
              "ที่ปรึกษารัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์ เป็นประธาน) และคณะกรรมการธนาคารเพื่อการเกษตรและสหกรณ์การเกษตร"
              "ได้เห็นชอบค่าบริหารจัดการ", published="2020-12-01")
    (event,) = f.events
    assert (event.type, event.date, event.ordinal) == ("Meeting", dt.date(2020, 11, 10), 1)
    names = labels_of(f)
    assert {names[p.agent]: p.role for p in event.participations}["อลงกรณ์ พลบุตร"] == "Chair"


def test_a_numbered_line_opening_on_a_name_gives_the_post_made_after_เป็น():
    f = facts("คณะรัฐมนตรีมีมติอนุมัติตามที่กระทรวงวัฒนธรรมเสนอแต่งตั้งโฆษกกระทรวงวัฒนธรรม ดังนี้\n"
              "1. นายประสพ เรียงเงิน รองปลัด วธ. เป็นโฆษก วธ.\n2. นางสาวเพชรรัตน์ สายทอง ผู้ช่วยปลัด วธ. เป็นรองโฆษก วธ.\n"
              "2.1 คณะกรรมการฝ่ายจัดพิธีการ โดยมีรองนายกรัฐมนตรี (นายสมศักดิ์ เทพสุทิน) เป็นประธานกรรมการ "
              "และรองปลัดสำนักนายกรัฐมนตรี เป็นกรรมการและเลขานุการ\n", published="2021-03-30")
    names = labels_of(f)
    got = {(names[p.person], p.title) for p in f.posts}
    assert {("ประสพ เรียงเงิน", "รองปลัด"), ("ประสพ เรียงเงิน", "โฆษก"), ("เพชรรัตน์ สายทอง", "ผู้ช่วยปลัด"),
            ("เพชรรัตน์ สายทอง", "รองโฆษก")} <= got
    assert ("สมศักดิ์ เทพสุทิน", "กรรมการและเลขานุการ") not in got


def test_those_named_after_an_appointment_with_their_posts_are_made_what_follows_เป็น():
    got = posts_of("คณะรัฐมนตรีรับทราบการแต่งตั้งนายอนุกูล ปีดแล้ว รองปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ "
                   "และนางสาวแรมรุ้ง วรวัธ รองปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ เป็นโฆษกกระทรวงการพัฒนาสังคม"
                   "และความมั่นคงของมนุษย์ และนางจตุพร โรจนพานิช ผู้ช่วยปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ "
                   "เป็นรองโฆษกกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์", "2021-01-05")
    assert {("อนุกูล ปีดแล้ว", "โฆษกกระทรวง"), ("แรมรุ้ง วรวัธ", "โฆษกกระทรวง"), ("จตุพร โรจนพานิช", "รองโฆษก"),
            ("จตุพร โรจนพานิช", "ผู้ช่วยปลัดกระทรวง")} <= got
    assert ("อนุกูล ปีดแล้ว", "รองโฆษก") not in got and ("แรมรุ้ง วรวัธ", "รองโฆษก") not in got


def test_one_made_a_post_after_an_appointment_is_not_made_the_next_ones_too():
    got = posts_of("คณะรัฐมนตรีมีมติเห็นชอบการแต่งตั้งที่ปรึกษา จำนวน 2 ราย ได้แก่ 1. ผู้ช่วยศาสตราจารย์ ดร.ธีรเดช มโนลีหกุล "
                   "เป็นที่ปรึกษาด้านกฎหมายและระเบียบ และ 2.นายนิเวช มิ่งมิตรโอฬาร เป็นที่ปรึกษาด้านการวิเคราะห์โครงการ"
                   "เทคโนโลยีดิจิทัล", "2022-06-07")
    assert not any(name == "ธีรเดช มโนลีหกุล" and "วิเคราะห์" in title for name, title in got)


def test_the_body_after_an_english_titles_comma_is_the_posts():
    f = facts("นายเศรษฐา ทวีสิน นายกรัฐมนตรี ให้การต้อนรับ Mr. Martin Ripple, CEO, ANCA Group ซึ่งเป็นผู้นำด้านการผลิต "
              "และ Dr. Rak Vorrakitpokatorn, EXIM Thailand President, Mr. Thakorn Piyapan, Chief Executive Officer, "
              "Thai Group Holdings Plc. เข้าเยี่ยมคารวะ", "2024-03-05")
    got = post_triples(f)
    assert ("Martin Ripple", "CEO", "ANCA Group") in got
    assert ("Thakorn Piyapan", "Chief Executive Officer", "Thai Group Holdings Plc.") in got
    assert not any(org and org.startswith("Mr") for _, _, org in got)


def test_the_post_another_was_appointed_to_is_not_the_hosts():
    f = facts("นายกรัฐมนตรีกล่าวต้อนรับเอกอัครราชทูตราชอาณาจักรบาห์เรน ขอแสดงความยินดีที่เอกอัครราชทูตฯ "
              "ได้รับแต่งตั้งให้ดำรงตำแหน่งเอกอัครราชทูตประจำประเทศไทย พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี กล่าว",
              published="2019-01-01")
    assert {p.title for p in f.posts} == {"นายกรัฐมนตรี"}


def test_the_post_a_guest_congratulates_the_host_on_is_not_the_guests():
    f = facts("นายเอกนัฏ พร้อมพันธ์ุ รัฐมนตรีว่าการกระทรวงอุตสาหกรรม ให้นายโทชิฮิโระ ฟูจิกิ ประธานบริษัท นิสสัน มอเตอร์ "
              "เอเซีย แปซิฟิค จำกัด และคณะเข้าพบ เพื่อเยี่ยมคารวะ พร้อมแสดงความยินดีในการเข้าดำรงตำแหน่ง"
              "รัฐมนตรีว่าการกระทรวงอุตสาหกรรม", published="2024-11-06")
    names = {e.key: e.labels.get("th") for e in f.entities}
    assert {(names[p.person], p.title) for p in f.posts} == {
        ("เอกนัฏ พร้อมพันธ์ุ", "รัฐมนตรีว่าการกระทรวง"), ("โทชิฮิโระ ฟูจิกิ", "ประธานบริษัท")}


def test_a_provincial_administrative_organisations_chief_executive_holds_his_post_in_it():
    f = facts("โดยมี นายนิรันดร์ ด่านไพบูลย์ นายกองค์การบริหารส่วนจังหวัดลำพูน ร่วมหารือกับองค์การบริหารส่วนจังหวัดลำพูน",
              published="2017-01-01")
    names = {e.key: e.labels for e in f.entities}
    assert [(p.title, names[p.org]["th"], names[p.org]["en"]) for p in f.posts] == [
        ("นายกองค์การบริหารส่วนจังหวัด", "องค์การบริหารส่วนจังหวัดลำพูน", "Lamphun Provincial Administrative Organisation")]
    assert sum(e.kind == "org" for e in f.entities) == 1


@pytest.mark.parametrize(("board", "office"), [
    ("คณะกรรมการการอาชีวศึกษา", "สำนักงานคณะกรรมการการอาชีวศึกษา"),
    ("คณะกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งชาติ", "สำนักงานคณะกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งชาติ"),
    # a council's office, named with สำนักงาน or with สำนักงานเลขาธิการ
    ("สภาความมั่นคงแห่งชาติ", "สำนักงานสภาความมั่นคงแห่งชาติ"),
    ("สภาการศึกษา", "สำนักงานเลขาธิการสภาการศึกษา"),
])
def test_a_boards_secretary_general_heads_its_office(board, office):
    f = facts(f"โดยมี นายภุชพงค์ โนดไธสง เลขาธิการ{board} และผู้ที่เกี่ยวข้องเข้าร่วม", published="2024-03-07")
    names = {e.key: e.labels["th"] for e in f.entities if e.kind == "org"}
    assert [(p.title, names[p.org]) for p in f.posts] == [("เลขาธิการ", office)]


def test_a_board_whose_office_is_known_is_named_with_all_of_the_offices_name():
    # The head-word name would end at และ between its fields.
    text = "ร่วมกับคณะกรรมการกำกับและส่งเสริมการประกอบธุรกิจประกันภัย และ"
    assert [o.label for o in find_orgs(text, 0, len(text), load())] == [
        "คณะกรรมการกำกับและส่งเสริมการประกอบธุรกิจประกันภัย"]


def test_a_boards_chair_is_the_boards():
    f = facts("โดยมี นายสมชาย ใจดี ประธานคณะกรรมการการอาชีวศึกษา เข้าร่วม", published="2024-03-07")
    names = {e.key: e.labels["th"] for e in f.entities if e.kind == "org"}
    assert [(p.title, names[p.org]) for p in f.posts] == [("ประธาน", "คณะกรรมการการอาชีวศึกษา")]


def test_a_project_named_in_an_item_of_a_cabinet_summary_is_no_programme_of_a_meeting_there():
    items = ("ผลการประชุมคณะรัฐมนตรี\n1. เรื่อง ร่างพระราชบัญญัติการประมง\nคณะรัฐมนตรีมีมติอนุมัติ\n"
             "2. เรื่อง มาตรการภาษี\nคณะรัฐมนตรีมีมติอนุมัติ\n3. เรื่อง ผลการประชุมคณะกรรมการ\n")
    told = ("เมื่อวันที่ 20 กุมภาพันธ์ 2565 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงคมนาคม ได้ประชุมหารือกับนายสมศักดิ์ ใจงาม "
            "เกี่ยวกับโครงการรถไฟฟ้าสายสีม่วง\n")
    (event,) = facts(items + told, "2022-03-01").events
    assert event.type == "Meeting" and event.programmes == ()
    (event,) = facts(told, "2022-03-01").events  # the same sentence in a story of its own
    assert len(event.programmes) == 1


def test_those_listed_by_name_alone_hold_the_political_post_the_line_before_gives():
    f = facts("คณะรัฐมนตรีมีมติเห็นชอบตามที่สำนักเลขาธิการนายกรัฐมนตรีเสนอการแต่งตั้งบุคคลให้ดำรงตำแหน่งข้าราชการการเมือง "
              "ตำแหน่งประจำสำนักเลขาธิการนายกรัฐมนตรี จำนวน 12 ราย ดังนี้\n1. นางสาวเรวดี ศรีชาย\n2. นายภัทร บุญประกอบ",
              published="2023-09-27")
    assert [p.title for p in f.posts] == ["ประจำสำนักเลขาธิการนายกรัฐมนตรี"] * 2


def test_holders_of_posts_listed_by_their_posts_take_the_post_appointed_to_as_well():
    f = facts("คณะรัฐมนตรีมีมติอนุมัติแต่งตั้งผู้รักษาราชการแทนรัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม "
              "ในกรณีที่ไม่มีผู้ดำรงตำแหน่ง ดังนี้\n1. รัฐมนตรีว่าการกระทรวงวัฒนธรรม (นายอิทธิพล คุณปลื้ม)\n"
              "2. รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (นายชัยวุฒิ ธนาคมานุสรณ์)", published="2021-12-01")
    names = labels_of(f)
    assert sorted((names[p.person], p.title, names[p.org]) for p in f.posts if "รักษาราชการ" in p.title) == sorted([
        ("อิทธิพล คุณปลื้ม", "ผู้รักษาราชการแทนรัฐมนตรีว่าการกระทรวง", "กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม"),
        ("ชัยวุฒิ ธนาคมานุสรณ์", "ผู้รักษาราชการแทนรัฐมนตรีว่าการกระทรวง", "กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม")])


def test_ministers_charged_with_acting_for_another_take_that_post():
    f = facts("คณะรัฐมนตรีมีมติเป็นหลักการมอบหมายให้รัฐมนตรี เป็นผู้รักษาราชการแทนรัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
              "ดังนี้\n1. รัฐมนตรีว่าการกระทรวงพลังงาน (นายสุพัฒนพงษ์ พันธ์มีเชาว์)", published="2021-01-27")
    names = labels_of(f)
    assert sorted((p.title, names[p.org]) for p in f.posts) == [
        ("ผู้รักษาราชการแทนรัฐมนตรีว่าการกระทรวง", "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"),
        ("รัฐมนตรีว่าการกระทรวง", "กระทรวงพลังงาน")]


def test_ministers_listed_by_name_to_act_for_another_keep_their_own_post_and_take_that_one():
    f = facts("คณะรัฐมนตรีมีมติอนุมัติเป็นหลักการมอบหมายให้รัฐมนตรีเป็นผู้รักษาราชการแทนรัฐมนตรีว่าการกระทรวงอุตสาหกรรม "
              "ในกรณีที่ไม่มีผู้ดำรงตำแหน่ง ดังนี้\n1. นายสมศักดิ์ เทพสุทิน รัฐมนตรีว่าการกระทรวงยุติธรรม\n"
              "2. นายอนุชา นาคาศัย รัฐมนตรีประจำสำนักนายกรัฐมนตรี\nทั้งนี้ ตั้งแต่วันที่ 20 กันยายน 2565 เป็นต้นไป\n"
              "ในการประชุมเมื่อวันที่ 1 กันยายน 2565 โดยมีนายสมศักดิ์ เทพสุทิน เป็นประธานการประชุม", published="2022-09-20")
    assert post_triples(f) == {
        ("สมศักดิ์ เทพสุทิน", "รัฐมนตรีว่าการกระทรวง", "กระทรวงยุติธรรม"),
        ("สมศักดิ์ เทพสุทิน", "ผู้รักษาราชการแทนรัฐมนตรีว่าการกระทรวง", "กระทรวงอุตสาหกรรม"),
        ("อนุชา นาคาศัย", "รัฐมนตรีประจำสำนักนายกรัฐมนตรี", "สำนักนายกรัฐมนตรี"),
        ("อนุชา นาคาศัย", "ผู้รักษาราชการแทนรัฐมนตรีว่าการกระทรวง", "กระทรวงอุตสาหกรรม")}
    # one named to stand in should the post fall empty acts for his own ministry, not that one
    names = labels_of(f)
    assert [names.get(p.on_behalf_of) for e in f.events for p in e.participations if p.role == "Chair"] == [
        "กระทรวงยุติธรรม"]


def test_deputy_ministers_listed_to_act_for_their_minister_and_ministers_named_in_brackets_below_their_posts():
    f = facts("คณะรัฐมนตรีอนุมัติเป็นหลักการมอบหมายให้รัฐมนตรีช่วยว่าการกระทรวงคมนาคมเป็นผู้รักษาราชการแทนรัฐมนตรีว่าการ"
              "กระทรวงคมนาคม ในกรณีที่รัฐมนตรีว่าการกระทรวงคมนาคมไม่อาจปฏิบัติราชการได้ จำนวน 2 ราย ตามลำดับ ดังนี้\n"
              "1. นางมนพร เจริญศรี\n2. นายสุรพงษ์ ปิยะโชติ\nทั้งนี้ ตั้งแต่วันที่ 1 ตุลาคม 2567 เป็นต้นไป\n"
              "คณะรัฐมนตรีมีมติอนุมัติตามที่กระทรวงการต่างประเทศ เสนอเป็นหลักการมอบหมายให้รัฐมนตรีเป็นผู้รักษาราชการแทน"
              "รัฐมนตรีว่าการกระทรวงการต่างประเทศ ในกรณีที่ไม่มีผู้ดำรงตำแหน่ง จำนวน 2 ราย ตามลำดับ ดังนี้\n"
              "1. รองนายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงการคลัง\n(นายพิชัย ชุณหวชิร)\n"
              "2. รัฐมนตรีประจำสำนักนายกรัฐมนตรี\n(นายชูศักดิ์ ศิรินิล)", published="2024-10-01")
    acting = ("ผู้รักษาราชการแทนรัฐมนตรีว่าการกระทรวง", "กระทรวงคมนาคม")
    assert {("มนพร เจริญศรี", *acting), ("สุรพงษ์ ปิยะโชติ", *acting)} <= post_triples(f)
    acting = ("ผู้รักษาราชการแทนรัฐมนตรีว่าการกระทรวง", "กระทรวงการต่างประเทศ")
    assert {("พิชัย ชุณหวชิร", *acting), ("ชูศักดิ์ ศิรินิล", *acting),
            ("พิชัย ชุณหวชิร", "รัฐมนตรีว่าการกระทรวง", "กระทรวงการคลัง")} <= post_triples(f)


@pytest.mark.parametrize(("text", "posts"), [
    ("คณะรัฐมนตรีมีมติอนุมัติตามที่รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงพาณิชย์ (นายภูมิธรรม เวชยชัย) เสนอ",
     {("ภูมิธรรม เวชยชัย", "รองนายกรัฐมนตรี", None), ("ภูมิธรรม เวชยชัย", "รัฐมนตรีว่าการกระทรวง", "กระทรวงพาณิชย์")}),
    # ... not a post joined to another's before (the premier's), nor one that goes on from another's bracket.
    ("การปาฐกถาพิเศษจาก นายกรัฐมนตรี และรองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการคลัง (นายพิชัย ชุณหวชิร)",
     {("พิชัย ชุณหวชิร", "รองนายกรัฐมนตรี", None), ("พิชัย ชุณหวชิร", "รัฐมนตรีว่าการกระทรวง", "กระทรวงการคลัง")}),
    ("โดยมีรองนายกรัฐมนตรี (นายดอน ปรมัตถ์วินัย) และรัฐมนตรีว่าการกระทรวงการต่างประเทศ และรัฐมนตรีว่าการกระทรวง"
     "การต่างประเทศ (นายบุ่ย แทงห์ เซิน) ของเวียดนามเป็นประธานร่วม",
     {("ดอน ปรมัตถ์วินัย", "รองนายกรัฐมนตรี", None),
      ("บุ่ย แทงห์ เซิน", "รัฐมนตรีว่าการกระทรวง", "กระทรวงการต่างประเทศเวียดนาม")}),
])
def test_posts_joined_before_a_name_in_brackets_are_his(text, posts):
    assert post_triples(facts(text, published="2024-10-01")) == posts


def test_a_former_holders_title_is_no_agent_of_the_post_holder_now():
    f = facts("วันที่ ๑๙ พฤศจิกายน ๒๕๖๓ เวลา ๑๗.๐๐ น. นายอิทธิพล คุณปลื้ม รัฐมนตรีว่าการกระทรวงวัฒนธรรม มอบหมายให้ "
              "นายปรเมศวร์ งามพิเชษฐ์ ผู้ช่วยรัฐมนตรีประจำกระทรวงวัฒนธรรม เป็นประธานเปิดงาน \"ไทยเพลิน เดิน ชม ชิม\" "
              "ณ บริเวณชายหาดแยกพัทยากลาง จังหวัดชลบุรี โดยมี นายสนธยา คุณปลื้ม นายกเมืองพัทยา กล่าวให้การต้อนรับ และมี "
              "นางสุกุมล คุณปลื้ม อดีตรัฐมนตรีว่าการกระทรวงวัฒนธรรม มอบโล่เชิดชูเกียรติ", published="2020-11-19")
    names = labels_of(f)
    holders = [names[p.agent] for ev in f.events for p in ev.participations if p.agent_kind == "person"]
    assert "อิทธิพล คุณปลื้ม" not in holders and "สุกุมล คุณปลื้ม" in holders


def test_ministers_named_to_act_for_another_act_in_their_own_name():
    f = facts("คณะรัฐมนตรีมีมติอนุมัติเป็นหลักการในการมอบหมายให้รัฐมนตรีเป็นผู้รักษาราชการแทนรัฐมนตรีว่าการกระทรวงการต่างประเทศ "
              "ดังนี้\n1. นายวิษณุ เครืองาม รองนายกรัฐมนตรี\n2. รัฐมนตรีว่าการกระทรวงวัฒนธรรม\n"
              "ในการประชุมเมื่อวันที่ 1 กันยายน 2565 โดยมีนายวิษณุ เครืองาม รองนายกรัฐมนตรี เป็นประธานการประชุม",
              published="2022-09-13")
    assert ("วิษณุ เครืองาม", "ผู้รักษาราชการแทนรัฐมนตรีว่าการกระทรวง", "กระทรวงการต่างประเทศ") in post_triples(f)
    assert [p.on_behalf_of for e in f.events for p in e.participations if p.role == "Chair"] == [None]


def test_a_post_names_its_agency_after_its_grade_class_and_level():
    f = facts("คณะรัฐมนตรีมีมติอนุมัติตามที่กระทรวงสาธารณสุขเสนอการแต่งตั้งข้าราชการพลเรือนสามัญ ดังนี้\n"
              "1. นายยงยศ ธรรมวุฒิ รองปลัดกระทรวง (นักบริหาร) ประเภทบริหาร ระดับสูง สำนักงานปลัดกระทรวง กระทรวงสาธารณสุข "
              "ให้ดำรงตำแหน่งอธิบดี (นักบริหาร) ประเภทบริหาร ระดับสูง กรมการแพทย์แผนไทยและการแพทย์ทางเลือก กระทรวงสาธารณสุข\n"
              "2. นายธงชัย เลิศวิไลรัตนพงศ์ ผู้ตรวจราชการกระทรวง (ผู้ตรวจราชการกระทรวง) ประเภทบริหาร ระดับสูง สำนักงานปลัดกระทรวง "
              "กระทรวงสาธารณสุข ให้ดำรงตำแหน่งรองปลัดกระทรวง (นักบริหาร) (ด้านบริหาร) ประเภทบริหาร ระดับสูง สำนักงานปลัดกระทรวง "
              "กระทรวงสาธารณสุข", published="2021-09-07")
    assert post_triples(f) == {
        ("ยงยศ ธรรมวุฒิ", "รองปลัดกระทรวง", "สำนักงานปลัดกระทรวงสาธารณสุข"),
        ("ยงยศ ธรรมวุฒิ", "อธิบดี", "กรมการแพทย์แผนไทยและการแพทย์ทางเลือก"),
        ("ธงชัย เลิศวิไลรัตนพงศ์", "ผู้ตรวจราชการกระทรวง", "สำนักงานปลัดกระทรวงสาธารณสุข"),
        ("ธงชัย เลิศวิไลรัตนพงศ์", "รองปลัดกระทรวง", "สำนักงานปลัดกระทรวงสาธารณสุข")}


def test_a_foreign_parliament_is_not_named_as_thailands_in_english():
    f = facts("ความสัมพันธ์ระหว่างรัฐสภาไทยและรัฐสภาลาวอยู่ในระดับดี ประธานวุฒิสภากัมพูชา เข้าเยี่ยมคารวะนายกรัฐมนตรี",
              published="2022-10-31")
    english = {e.labels.get("en") for e in f.entities if e.kind == "org"}
    assert {"National Assembly of Laos", "Senate of Cambodia"} <= english
    assert not [label for label in english if label and "Thailand of" in label]


def test_a_central_board_is_named_by_what_follows_central():
    f = facts("2. คณะกรรมการกลางว่าด้วยราคาสินค้าและบริการ ได้มีการประชุม ครั้งที่ 3/2566 เมื่อวันจันทร์ที่ 30 ตุลาคม 2566 "
              "มีมติเห็นชอบกำหนดรายการสินค้าควบคุม", published="2023-10-31")
    names = labels_of(f)
    assert [(e.date.isoformat(), e.ordinal, [names[p.agent] for p in e.participations]) for e in f.events] == [
        ("2023-10-30", 3, ["คณะกรรมการกลางว่าด้วยราคาสินค้าและบริการ"])]
    # a hub, and the central banks of a region, are no agency's name
    assert [o.label for o in find_orgs("เป็นศูนย์กลางการบินของภูมิภาค และธนาคารกลาง", 0, 40, load())] == []


def test_sessions_named_with_their_own_days_are_meetings_of_their_own():
    f = facts("เสนอมติคณะกรรมการสิ่งแวดล้อมแห่งชาติ (กก.วล.) ในการประชุมครั้งที่ 1/2563 เมื่อวันที่ 23 มกราคม 2563 "
              "ครั้งที่ 2/2563 เมื่อวันที่ 19 กุมภาพันธ์ 2563 และครั้งที่ 5/2563 เมื่อวันที่ 23 กันยายน 2563 "
              "เกี่ยวกับการแก้ไขปัญหาฝุ่นละออง", published="2020-10-01")
    assert sorted((str(e.date), e.ordinal) for e in f.events) == [
        ("2020-01-23", 1), ("2020-02-19", 2), ("2020-09-23", 5)]


def test_a_board_named_with_its_session_its_day_and_its_resolution_held_that_session():
    f = facts("คณะรัฐมนตรีมีมติรับทราบ ดังนี้\n1. คณะกรรมการบริหารกองทุนน้ำมันเชื้อเพลิง (กบน.) ครั้งที่ 104/2565 (ครั้งที่ 136) "
              "เมื่อวันที่ 11 สิงหาคม 2565 มีมติเห็นชอบแนวทางการขอขยายระยะเวลา\n"
              "2. รับทราบมติคณะกรรมการนโยบายพลังงานแห่งชาติ (กพช.) ครั้งที่ 2/2563 (ครั้งที่ 151) เมื่อวันที่ 16 มีนาคม 2563 "
              "ตามที่เสนอ", published="2022-09-20")
    # one event a session, which goes by its number of the year
    assert sorted((str(e.date), e.ordinal) for e in f.events) == [("2020-03-16", 2), ("2022-08-11", 104)]


def test_a_session_named_with_a_day_not_the_events_is_a_meeting_of_its_own():
    f = facts("นอกจากนี้ ที่ประชุมเมื่อวันที่ 19 ธันวาคม 2562 ได้เห็นชอบให้ทบทวนมติคณะกรรมการนโยบายพลังงานแห่งชาติ ครั้งที่ 6/2562 "
              "เมื่อวันที่ 26 พฤศจิกายน 2562 ในประเด็นเรื่องการปรับอัตรา", published="2019-12-20")
    assert sorted((str(e.date), e.ordinal) for e in f.events) == [("2019-11-26", 6), ("2019-12-19", None)]


def test_the_day_written_right_after_a_sessions_number_is_its_day():
    f = facts("การประชุมคณะอนุกรรมการบริหารการพัฒนาเขตพัฒนาพิเศษภาคตะวันออก (กบอ.) ครั้งที่ 3/2563 วันพฤหัสบดีที่ 11 มิถุนายน 2563 "
              "โดยมี นายอุตตม สาวนายน รัฐมนตรีว่าการกระทรวงการคลัง เป็นประธาน", published="2020-06-12")
    assert [(str(e.date), e.ordinal) for e in f.events] == [("2020-06-11", 3)]


def test_a_numbered_line_naming_no_one_groups_the_items_numbered_under_it():
    f = facts("23. เรื่อง การแต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการกองทุนฟื้นฟูและพัฒนาเกษตรกร\n"
              "คณะรัฐมนตรีมีมติอนุมัติตามที่กระทรวงเกษตรและสหกรณ์เสนอแต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการกองทุนฟื้นฟูและ"
              "พัฒนาเกษตรกร รวม 3 คน ดังนี้\n1. ผู้ทรงคุณวุฒิภาคราชการ\n1.1 นายครรชิต สุขเสถียร ผู้มีความเชี่ยวชาญด้านการบริหาร\n"
              "1.2 นางกุลฤดี พัฒนะอิ่ม ผู้มีความเชี่ยวชาญด้านเทคโนโลยีการเกษตร\n2. ผู้ทรงคุณวุฒิภาคเอกชน\n"
              "2.1 นายนำชัย พรหมมีชัย ผู้มีความเชี่ยวชาญด้านการบริหาร\nทั้งนี้ ตั้งแต่วันที่ 10 กันยายน 2562 เป็นต้นไป",
              published="2019-09-10")
    board = "คณะกรรมการกองทุนฟื้นฟูและพัฒนาเกษตรกร"
    assert post_triples(f) == {("ครรชิต สุขเสถียร", "กรรมการผู้ทรงคุณวุฒิ", board),
                               ("กุลฤดี พัฒนะอิ่ม", "กรรมการผู้ทรงคุณวุฒิ", board),
                               ("นำชัย พรหมมีชัย", "กรรมการผู้ทรงคุณวุฒิ", board)}


def test_a_long_grouping_line_groups_only_items_numbered_under_its_own_number():
    f = facts("36. เรื่อง การแต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการกองทุนฟื้นฟูและพัฒนาเกษตรกร\n"
              "คณะรัฐมนตรีมีมติอนุมัติแต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการกองทุนฟื้นฟูและพัฒนาเกษตรกร ดังนี้\n"
              "1. ผู้ซึ่งที่ประชุมอธิการบดีแห่งประเทศไทย ที่ประชุมคณะกรรมการอธิการบดีมหาวิทยาลัยเทคโนโลยีราชมงคล "
              "ที่ประชุมอธิการบดีมหาวิทยาลัยราชภัฏ และที่ประชุมอธิการบดีมหาวิทยาลัยเอกชนเสนอ\n"
              "1.1 นายไพรินทร์ ชูโชติถาวร ด้านการอุดมศึกษา\n1.2 นายกานต์ ตระกูลฮุน ด้านวิทยาศาสตร์ เทคโนโลยี\n"
              "2. ผู้ซึ่งคณะกรรมการเสนอ\n3.1 นายสมชาย ใจดี ด้านกฎหมาย", published="2020-09-22")
    assert {name for name, _, _ in post_triples(f)} == {"ไพรินทร์ ชูโชติถาวร", "กานต์ ตระกูลฮุน"}


def test_the_seat_a_grouping_line_names_in_its_board_is_its_items():
    f = facts("คณะรัฐมนตรีมีมติอนุมัติตามที่กระทรวงสาธารณสุขเสนอแต่งตั้งกรรมการผู้ทรงคุณวุฒิ ดังนี้\n"
              "1. กรรมการผู้ทรงคุณวุฒิในคณะกรรมการหลักประกันสุขภาพแห่งชาติ จำนวน 2 คน\n"
              "1.1 นายวิโรจน์ ตั้งเจริญเสถียร ด้านประกันสุขภาพ\n1.2 ศาสตราจารย์ปิยะมิตร ศรีธรา ด้านการแพทย์และสาธารณสุข",
              published="2024-07-23")
    assert {(name, org) for name, _, org in post_triples(f)} == {
        ("วิโรจน์ ตั้งเจริญเสถียร", "คณะกรรมการหลักประกันสุขภาพแห่งชาติ"),
        ("ปิยะมิตร ศรีธรา", "คณะกรรมการหลักประกันสุขภาพแห่งชาติ")}


def test_the_committees_the_prime_ministers_order_charges_a_deputy_with_are_his_posts():
    f = facts("7. เรื่อง คำสั่งสำนักนายกรัฐมนตรี ที่ 166/2562\nส่วนที่ 1\n1. รองนายกรัฐมนตรี (พลเอก ประวิตร วงษ์สุวรรณ)\n"
              "1.1 การมอบหมายและมอบอำนาจให้ปฏิบัติหน้าที่ประธานกรรมการแทนนายกรัฐมนตรีในคณะกรรมการต่าง ๆ\n"
              "1.1.1 คณะกรรมการทรัพยากรน้ำแห่งชาติ\n1.1.2 คณะกรรมการประสานและกำกับการดำเนินงานป้องกันและปราบปราม\n"
              "การค้ามนุษย์\n1.2 การมอบหมายให้ปฏิบัติหน้าที่รองประธานกรรมการ และกรรมการในคณะกรรมการ\n"
              "1.2.1 รองประธานกรรมการในคณะกรรมการนโยบายการกีฬาแห่งชาติ\nส่วนที่ 2\n8. เรื่อง อื่น",
              published="2019-08-06")
    assert seats(f) == sorted([
        ("ประธานกรรมการ", "คณะกรรมการทรัพยากรน้ำแห่งชาติ"),
        ("ประธานกรรมการ", "คณะกรรมการประสานและกำกับการดำเนินงานป้องกันและปราบปรามการค้ามนุษย์"),
        ("รองประธานกรรมการ", "คณะกรรมการนโยบายการกีฬาแห่งชาติ")])


def test_the_body_named_before_the_meeting_that_opens_the_sentence_held_it():
    f = facts("6. เรื่อง ขอความเห็นชอบ\nคณะรัฐมนตรีรับทราบตามที่กระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม (ทส.) "
              "เสนอมติคณะกรรมการสิ่งแวดล้อมแห่งชาติ (กก.วล.) ในการประชุมครั้งที่ 1/2563 เมื่อวันที่ 23 มกราคม 2563 "
              "เกี่ยวกับการแก้ไขปัญหาฝุ่นละออง\n7. เรื่อง อื่น", published="2020-07-01")
    names = {e.key: e.labels["th"] for e in f.entities}
    assert [(str(e.date), e.ordinal, [names[p.agent] for p in e.participations]) for e in f.events] == [
        ("2020-01-23", 1, ["คณะกรรมการสิ่งแวดล้อมแห่งชาติ"])]


def test_projects_listed_three_to_a_sentence_are_spoken_of_not_held_under():
    f = facts("วันนี้ (1 ธันวาคม 2566) นายสุริยะ จึงรุ่งเรืองกิจ รัฐมนตรีว่าการกระทรวงคมนาคม หารือกับนายนาชิดะ คาซูยะ "
              "เอกอัครราชทูตญี่ปุ่นประจำประเทศไทย ถึงโครงการระบบรถไฟชานเมืองสายสีแดงอ่อน ระยะทาง 14.8 กิโลเมตร "
              "โครงการระบบรถไฟชานเมืองสายสีแดงเข้ม ระยะทาง 8.84 กิโลเมตร และโครงการรถไฟทางคู่สายใหม่ ระยะทาง 355 กิโลเมตร",
              published="2023-12-01")
    assert [e.programmes for e in f.events] == [()]


def test_the_summit_one_is_invited_to_is_no_programme_of_the_call():
    text = ("นายกรัฐมนตรีได้ฝากคำเชิญนายกรัฐมนตรีกัมพูชาเข้าร่วมการประชุมสุดยอดกรอบความร่วมมือแห่งเอเชีย "
            "(Asia Cooperation Dialogue Summit) ที่ประเทศไทยจะเป็นเจ้าภาพ")
    [ref] = [p for p in find_programmes(text, 0, len(text), load()) if p.label == "Asia Cooperation Dialogue"]
    assert not held_under(text, ref)


@pytest.mark.parametrize(("text", "held"), [
    ("และได้เรียนเชิญนายกิตติวัฒน์ ปัจฉิมนันท์ เอกอัครราชทูต(ฝ่ายการพาณิชย์) เยี่ยมชมและให้การสนับสนุน การBusiness Matching "
     "ผู้ประกอบการที่ร่วมงานแสดงสินค้า Lifestyles Week Tokyo 2020", False),
    ("ตามที่ได้รับคำเชิญจากรัฐบาลญี่ปุ่นให้เข้าร่วมงานแสดงสินค้า Lifestyles Week Tokyo 2020", True),
])
def test_the_fair_one_is_invited_to_is_to_come(text, held):
    [ref] = find_programmes(text, 0, len(text), load())
    assert held_under(text, ref) is held


@pytest.mark.parametrize("told", ["เปิดเผยถึงกรณีที่", "ให้สัมภาษณ์ภายหลัง"])
def test_one_who_tells_of_the_call_paid_him_hosted_it(told):
    f = facts("วันที่ 15 พฤษภาคม 2568 นายประเสริฐ จันทรรวงทอง รองนายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจ"
              f"และสังคม {told} ฯพณฯ ธาว เชตฐา (H.E. Mr. Thor Chetha) รัฐมนตรีว่าการกระทรวงทรัพยากรน้ำและ"
              "อุตุนิยมวิทยาแห่งราชอาณาจักรกัมพูชาและคณะเข้าเยี่ยมคารวะ", published="2025-05-15")
    names = labels_of(f)
    [call] = f.events
    assert {(names[p.agent], p.role) for p in call.participations if p.agent_kind == "person"} == {
        ("ประเสริฐ จันทรรวงทอง", "Host"), ("ธาว เชตฐา", "Guest")}


def test_a_project_given_as_an_example_is_spoken_of_not_held_under():
    told = ("วันนี้ (21 ธันวาคม 2565) นายคาซึยะ นาชิดะ เอกอัครราชทูตญี่ปุ่นประจำประเทศไทย เข้าเยี่ยมคารวะ"
            "นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรี และหารือความร่วมมือด้านเทคโนโลยีหุ่นยนต์ {} นวัตกรรมการเรียนรู้")
    example = facts(told.format("โครงการเสาไฟอัจฉริยะ เป็นต้น"), published="2022-12-21")
    assert [e.programmes for e in example.events] == [()]
    named = facts(told.format("ภายใต้โครงการเสาไฟอัจฉริยะ และ"), published="2022-12-21")
    assert [len(e.programmes) for e in named.events] == [1]


def test_the_guests_party_of_his_country_are_guests_too_but_not_those_brought_along():
    f = facts("วันนี้ (4 ต.ค. 66) เวลา 10.30 น. ณ ห้องรับรองรัฐมนตรีว่าการกระทรวงมหาดไทย นายโจนาธาน คิงส์ "
              "เอกอัครราชทูตนิวซีแลนด์ประจำประเทศไทย เข้าเยี่ยมคารวะ นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรีและรัฐมนตรีว่าการ"
              "กระทรวงมหาดไทย โดยมี นายธาฮา แมคเพอสัน อัครราชทูตที่ปรึกษา สถานเอกอัครราชทูตนิวซีแลนด์ประจำประเทศไทย "
              "และคณะฯ เข้าร่วมคารวะ", published="2023-10-04")
    assert only_event(f)[1] == {"โจนาธาน คิงส์": "Guest", "อนุทิน ชาญวีรกูล": "Host", "ธาฮา แมคเพอสัน": "Guest"}
    # GUIDELINES.md: who comes along (พร้อมด้วย) takes part beside the guest
    f = facts("วันนี้ (6 มี.ค. 2568) นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรีและรมว.มหาดไทย ให้การต้อนรับ นายโยอาฟ เบน ทซูร์ "
              "รัฐมนตรีว่าการกระทรวงแรงงานแห่งรัฐอิสราเอล พร้อมด้วย นางออร์นา ซากิฟ เอกอัครราชทูตรัฐอิสราเอลประจำประเทศไทย "
              "พร้อมคณะ ในโอกาสเข้าเยี่ยมคารวะและร่วมหารือ ณ ห้องดำรงราชานุภาพ ชั้น 2 ศาลาว่าการกระทรวงมหาดไทย",
              published="2025-03-06")
    assert only_event(f)[1] == {"อนุทิน ชาญวีรกูล": "Host", "โยอาฟ เบน ทซูร์": "Guest", "ออร์นา ซากิฟ": "Participant"}


def test_an_order_signed_into_force_is_no_signing():
    f = facts("วันนี้ (26 กันยายน 2566) คณะรัฐมนตรีมีมติเห็นชอบตามที่สำนักเลขาธิการนายกรัฐมนตรีเสนอแต่งตั้ง "
              "นายชยุต ภุมมะกาญจนะ เป็นกรรมการผู้ช่วยรัฐมนตรี โดยให้มีผลตั้งแต่วันที่นายกรัฐมนตรีลงนามในประกาศแต่งตั้ง",
              published="2023-09-26")
    assert [e.type for e in f.events if e.type == "Signing"] == []


def test_appointments_are_to_the_body_the_items_heading_names():
    f = facts("39. เรื่อง การแต่งตั้งข้าราชการการเมือง (สำนักเลขาธิการนายกรัฐมนตรี)\n"
              "คณะรัฐมนตรีมีมติเห็นชอบตามที่สำนักเลขาธิการนายกรัฐมนตรีเสนอการแต่งตั้งบุคคลให้ดำรงตำแหน่งข้าราชการการเมือง "
              "จำนวน 2 ราย ดังนี้\n"
              "1. นายชนินทร์ รุ่งธนเกียรติ ตำแหน่งรองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง\n"
              "(รองนายกรัฐมนตรี นายภูมิธรรม เวชยชัย)\n"
              "2. นายกฤช เอื้อวงศ์ ตำแหน่งที่ปรึกษารัฐมนตรีประจำสำนักนายกรัฐมนตรี\n"
              "40. เรื่อง รายงานผลการประชุม\nนายสมชาย ใจดี รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง กล่าว")
    assert post_triples(f) == {
        ("ชนินทร์ รุ่งธนเกียรติ", "รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง", "สำนักเลขาธิการนายกรัฐมนตรี"),
        ("ภูมิธรรม เวชยชัย", "รองนายกรัฐมนตรี", None),
        ("กฤช เอื้อวงศ์", "ที่ปรึกษารัฐมนตรี", "สำนักนายกรัฐมนตรี"),
        ("สมชาย ใจดี", "รองเลขาธิการนายกรัฐมนตรีฝ่ายการเมือง", None)}


def test_a_meeting_dated_in_its_own_sentence_is_of_the_agencies_it_names():
    f = facts("3. กค. โดยกรมสรรพากรได้มีการประชุมหารือกับ ยธ. เมื่อวันที่ 8 ตุลาคม 2562 เพื่อพิจารณาร่วมกันในหลักการ"
              "การกำหนดสิทธิประโยชน์ทางภาษี", published="2020-02-04")
    names = labels_of(f)
    [meeting] = f.events
    assert (meeting.type, meeting.date) == ("Meeting", dt.date(2019, 10, 8))
    assert {names[p.agent] for p in meeting.participations} == {"กระทรวงการคลัง", "กรมสรรพากร", "กระทรวงยุติธรรม"}


def test_an_undated_meeting_told_of_in_a_summarys_item_is_not_the_cabinets():
    f = facts("วันนี้ (18 กุมภาพันธ์ 2563) เวลา 09.00 น. ณ ห้องประชุม 501 ตึกบัญชาการ 1 ทำเนียบรัฐบาล พลเอก ประยุทธ์ "
              "จันทร์โอชา นายกรัฐมนตรี เป็นประธานการประชุมคณะรัฐมนตรี\n1. เรื่อง ร่างพระราชบัญญัติ\n2. เรื่อง ภาวะเศรษฐกิจไทย\n"
              "3. เรื่อง ร่างถ้อยแถลงของการประชุมรัฐมนตรีต่างประเทศอาเซียน – จีน\nคณะรัฐมนตรีมีมติเห็นชอบต่อร่างถ้อยแถลงของ"
              "การประชุมรัฐมนตรีต่างประเทศอาเซียน – จีน ตามที่นายดอน ปรมัตถ์วินัย รัฐมนตรีว่าการกระทรวงการต่างประเทศ เสนอ",
              published="2020-02-18")
    names = labels_of(f)
    [cabinet] = [e for e in f.events if e.date == dt.date(2020, 2, 18)]
    assert {names[p.agent] for p in cabinet.participations if p.agent_kind == "person"} == {"ประยุทธ์ จันทร์โอชา"}


@pytest.mark.parametrize("joined, agencies", [
    ("ทั้งนี้ หน่วยงานที่เกี่ยวข้องส่งผู้แทนเข้าร่วมประชุม ประกอบด้วย กรมควบคุมโรค และกรมการขนส่งทางบก",
     {"กระทรวงวัฒนธรรม", "กรมส่งเสริมวัฒนธรรม", "กรมควบคุมโรค", "กรมการขนส่งทางบก"}),
    ("ทั้งนี้ คณะอนุกรรมการได้ประชุมหารือกับกรมควบคุมโรค และกรมการขนส่งทางบก",
     {"กระทรวงวัฒนธรรม", "กรมส่งเสริมวัฒนธรรม"})])
def test_those_taking_part_in_a_summarys_meeting_just_dated_took_part_in_it(joined, agencies):
    f = facts("วันนี้ (23 มีนาคม 2564) เวลา 09.00 น. ณ ทำเนียบรัฐบาล พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี "
              "เป็นประธานการประชุมคณะรัฐมนตรี\n1. เรื่อง การจัดงานประเพณีสงกรานต์\n2. เรื่อง ภาวะเศรษฐกิจไทย\n"
              "1. เรื่อง การจัดงานประเพณีสงกรานต์\nกระทรวงวัฒนธรรม โดยกรมส่งเสริมวัฒนธรรม ได้จัดประชุมบูรณาการร่วมกับ"
              "หน่วยงานภาคีเครือข่ายต่าง ๆ เมื่อวันที่ 16 มีนาคม 2564 ณ ศูนย์ประชุมกระทรวงวัฒนธรรม " + joined,
              published="2021-03-23")
    names = labels_of(f)
    [meeting] = [e for e in f.events if e.date == dt.date(2021, 3, 16)]
    assert {names[p.agent] for p in meeting.participations if p.agent_kind == "org"} == agencies


@pytest.mark.parametrize("office, label", [
    ("สำนักงานองค์การระหว่างประเทศเพื่อการโยกย้ายถิ่นฐาน (ประเทศไทย)", "องค์การระหว่างประเทศเพื่อการโยกย้ายถิ่นฐาน"),
    ("สำนักงานองค์การอนามัยโลกประจำประเทศไทย", "องค์การอนามัยโลก"),
    ("สำนักงานโครงการพัฒนาแห่งสหประชาชาติ", "โครงการพัฒนาแห่งสหประชาชาติ"),
    ("สำนักงานยูเนสโกส่วนภูมิภาค", "สำนักงานยูเนสโกส่วนภูมิภาค")])
def test_an_international_organisations_office_in_thailand_is_the_organisation(office, label):
    text = f"นางสาวเจอรัลดีน อองซาร์ หัวหน้า{office} เข้าเยี่ยมคารวะ"
    assert [o.label_th or o.label for o in find_orgs(text, 0, len(text), load())] == [label]


@pytest.mark.parametrize("text, labels", [
    ("นายกสมาคมผู้ผลิตอาหารสัตว์ไทย เข้าเยี่ยมคารวะ", ["สมาคมผู้ผลิตอาหารสัตว์ไทย"]),
    ("ผู้แทนสมาคมผู้ผลิต และบริษัทผู้ผลิตรถยนต์ เข้าร่วมประชุม", [])])
def test_an_association_of_makers_is_named_by_what_they_make(text, labels):
    assert [o.label for o in find_orgs(text, 0, len(text), load())] == labels


@pytest.mark.parametrize("text, alts", [
    ("คุณแอน ประธานเจ้าหน้าที่บริหาร บริษัท เจเคเอ็น โกลบอล กรุ๊ป จำกัด (มหาชน) หรือ JKN เข้าเยี่ยมคารวะ", {"JKN"}),
    ("ผู้แทนสมาคมผู้ผลิตข่าวออนไลน์ หรือ SONP เข้าเยี่ยมคารวะ", {"SONP"}),
    ("ผู้แทนสมาคมผู้ผลิตข่าวออนไลน์ หรือ ADB เข้าเยี่ยมคารวะ", set()),
    ("ผู้แทนสมาคมผู้ผลิตข่าวออนไลน์ หรือ SME Development Bank เข้าเยี่ยมคารวะ", set())])
def test_an_acronym_after_or_is_another_name_of_the_agency_before_it(text, alts):
    f = facts(text, "2023-02-14")
    [org] = [e for e in f.entities if e.kind == "org" and e.labels.get("th", "").startswith(("บริษัท", "สมาคม"))]
    assert {a for a, _ in org.alt_labels if a.isascii()} == alts


@pytest.mark.parametrize("text, labels", [
    ("30. เรื่อง การแต่งตั้งประธานกรรมการและกรรมการอื่นในคณะกรรมการธนาคารออมสินคณะรัฐมนตรีมีมติอนุมัติตามที่"
     "กระทรวงการคลังเสนอ", ["คณะกรรมการธนาคารออมสิน", "กระทรวงการคลัง"]),
    ("ผู้แทนสำนักเลขาธิการคณะรัฐมนตรี เข้าร่วมประชุม", ["สำนักเลขาธิการคณะรัฐมนตรี"])])
def test_the_cabinet_resolving_after_a_heading_run_into_its_item_is_no_part_of_a_name(text, labels):
    assert [o.label for o in find_orgs(text, 0, len(text), load())] == labels


@pytest.mark.parametrize("text, labels", [
    ("ผู้อำนวยการสถาบันพัฒนาผู้ประกอบการการค้ายุคใหม่ (ITD) เข้าร่วม", ["สถาบันพัฒนาผู้ประกอบการการค้ายุคใหม่"]),
    ("ผู้แทนบริษัทขนาดใหญ่ และสถาบันต้นแบบ เข้าร่วม", [])])
def test_a_kinds_words_end_a_name_its_status_or_acronym_in_brackets_follows(text, labels):
    assert [o.label for o in find_orgs(text, 0, len(text), load())] == labels


def test_a_name_ending_with_a_province_is_no_kind_for_its_last_word():
    text = "อธิการบดีมหาวิทยาลัยราชภัฏเชียงใหม่ และผู้แทนบริษัทใหม่ เข้าร่วม"
    assert [o.label for o in find_orgs(text, 0, len(text), load())] == ["มหาวิทยาลัยราชภัฏเชียงใหม่"]


def test_the_big_data_institute_is_known_however_it_is_written():
    text = "แต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการสถาบันข้อมูลขนาดใหญ่ ตามความในมาตรา 13"
    assert [o.key for o in find_orgs(text, 0, len(text), load())] == ["bdi"]


@pytest.mark.parametrize("written, key", [
    ("กระทรวงคลัง", "mof"), ("กระทรวงพัฒนาสังคมและความมั่นคงของมนุษย์", "msdhs"), ("กรมพัฒนาชุมชน", "cdd"),
    ("กระทรวงการยุติธรรม", "moj"), ("สำนักงานปลัดกระทรวงพัฒนาสังคมและความมั่นคงของมนุษย์", "msdhs_ops"),
    ("กรมแพทย์ทหารบก", None)])
def test_a_thai_agency_is_known_with_its_การ_dropped_or_added(written, key):
    text = f"ผู้แทน{written} เข้าร่วมประชุม"
    [org] = find_orgs(text, 0, len(text), load())
    assert (org.key if org.key in load().orgs else None) == key


def test_the_board_of_a_known_agency_is_named_with_all_of_its_name():
    text = "แต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการสำนักงานความร่วมมือพัฒนาเศรษฐกิจกับประเทศเพื่อนบ้าน จำนวน 6 คน"
    assert "คณะกรรมการสำนักงานความร่วมมือพัฒนาเศรษฐกิจกับประเทศเพื่อนบ้าน" in [
        o.label for o in find_orgs(text, 0, len(text), load())]


def test_seats_are_in_the_body_the_heading_names_them_in_not_the_proposing_ministry():
    f = facts("29. เรื่อง การแต่งตั้งประธานกรรมการและกรรมการผู้ทรงคุณวุฒิในคณะกรรมการสำนักงานรับรองมาตรฐานและประเมิน"
              "คุณภาพการศึกษา (กระทรวงศึกษาธิการ)\nคณะรัฐมนตรีมีมติอนุมัติตามที่รัฐมนตรีว่าการกระทรวงศึกษาธิการเสนอ\n"
              "1. นายศุภชัย เจียรวนนท์ ประธานกรรมการ\n2. ศาสตราจารย์พิเศษทศพร ศิริสัมพันธ์ กรรมการผู้ทรงคุณวุฒิ\n"
              "30. เรื่อง รายงานผล")
    names = labels_of(f)
    assert {names[p.org] for p in f.posts if p.title.startswith(("ประธานกรรมการ", "กรรมการ"))} == {
        "คณะกรรมการสำนักงานรับรองมาตรฐานและประเมินคุณภาพการศึกษา"}


def test_a_prime_minister_who_also_heads_a_ministry_is_called_on_as_prime_minister():
    told = ("วันนี้ (2 สิงหาคม 2564) เวลา 15.00 น. นายอิกนาซิโอ กัสซิส (H.E. Mr. Ignazio Cassis) รองประธานาธิบดีและ"
            "รัฐมนตรีว่าการกระทรวงการต่างประเทศสมาพันธรัฐสวิส เข้าเยี่ยมคารวะ พลเอก ประยุทธ์ จันทร์โอชา {}")
    premier = facts(told.format("นายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงกลาโหม"), published="2021-08-02")
    assert not [q for q in article_quads(premier) if q.predicate == KG.visited]
    minister = facts(told.format("รัฐมนตรีว่าการกระทรวงกลาโหม"), published="2021-08-02")
    assert len([q for q in article_quads(minister) if q.predicate == KG.visited]) == 1


@pytest.mark.parametrize(("text", "guest"), [
    ("วันนี้ (4 เมษายน 2568) รองนายกรัฐมนตรีกล่าวต้อนรับ พร้อมยินดีต่อการเยือนของ ดร. หรินิ อมรสูริยะ "
     "นายกรัฐมนตรีศรีลังกา ที่เข้าร่วมการประชุมผู้นำบิมสเทค", "หรินิ อมรสูริยะ"),
    ("วันนี้ (4 เมษายน 2568) นายเศรษฐา ทวีสิน นายกรัฐมนตรี ยินดีต่อการเดินทางเยือนไทยอย่างเป็นทางการของนายธรรมนัส "
     "พรหมเผ่า", "ธรรมนัส พรหมเผ่า"),
])
def test_the_one_whose_visit_a_noun_names_is_its_guest(text, guest):
    f = facts(text, published="2025-04-04")
    names = labels_of(f)
    assert {p.role for ev in f.events for p in ev.participations if names.get(p.agent) == guest} == {"Guest"}


def test_a_ministry_title_cut_short_by_its_mark_holds_its_post_in_the_ministry_named_before():
    f = facts("เมื่อวันที่ 5 เมษายน 2565 นางสาวอัจฉรินทร์ พัฒนพันธ์ชัย ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม พร้อมด้วย"
              "นายณัฐพล ณัฏฐสมบูรณ์ รองปลัดกระทรวงฯ ได้ให้การต้อนรับ Mr. Stephen Bereaux", published="2022-04-05")
    names = labels_of(f)
    assert {(names[p.person], p.title, names.get(p.org)) for p in f.posts if names[p.person].startswith("ณัฐพล")} == {
        ("ณัฐพล ณัฏฐสมบูรณ์", "รองปลัดกระทรวง", "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม")}
    # No ministry named before it: the post is left without one rather than given another agency.
    f = facts("วันนี้ (5 เมษายน 2565) นายสมชาย ใจดี อธิบดีกรมการค้าต่างประเทศ พร้อมด้วยนายณัฐพล ณัฏฐสมบูรณ์ "
              "รองปลัดกระทรวงฯ ได้ให้การต้อนรับ", published="2022-04-05")
    names = labels_of(f)
    assert [p.org for p in f.posts if names[p.person].startswith("ณัฐพล")] == [None]


def test_a_welcome_said_is_no_visit_of_its_own():
    f = facts("วันนี้ (23 ก.พ. 61) เวลา 13.30 น. นายปีร์กะ ตาปีโอละ (H.E. Mr. Pirkka Tapiola) เอกอัครราชทูตวิสามัญ"
              "ผู้มีอำนาจเต็มแห่งสหภาพยุโรปประจำประเทศไทย เข้าเยี่ยมคารวะ พลเอกฉัตรชัย สาริกัลยะ รองนายกรัฐมนตรี "
              "ในโอกาสเข้ารับหน้าที่ สรุปสาระสำคัญ ดังนี้\nรองนายกรัฐมนตรีกล่าวยินดีต้อนรับออท.แห่งสหภาพยุโรปฯ "
              "ในการเข้ารับหน้าที่ ซึ่งมีส่วนช่วยผลักดันให้ประชุมคณะมนตรีแห่งสหภาพยุโรป ปรับข้อมติเกี่ยวกับประเทศไทย "
              "เมื่อวันที่ 11 ธันวาคม 2560", published="2018-02-23")
    assert [(ev.type, str(ev.date)) for ev in f.events] == [("Visit", "2018-02-23")]


def test_a_committee_named_alone_on_its_line_keeps_the_words_that_would_end_a_name_in_a_sentence():
    f = facts("7. เรื่อง คำสั่งสำนักนายกรัฐมนตรี ที่ 169/2567\nส่วนที่ 1\n1.  รองนายกรัฐมนตรี  (นายภูมิธรรม  เวชยชัย)\n"
              "1.4  การมอบหมายให้ปฏิบัติหน้าที่ประธานกรรมการ ในคณะกรรมการต่าง ๆ ดังนี้\n"
              "1.4.1      คณะกรรมการกำกับและติดตามการปฏิบัติราชการในภูมิภาค\n"
              "1.4.2      คณะกรรมการนโยบายและอำนวยการพัฒนาเพื่อเสริมความมั่นคงของชาติ\n"
              "1.4.3 คณะกรรมการนโยบายการบริหารงานเชิงพื้นที่ แบบบูรณาการ\nส่วนที่ 2\n8. เรื่อง อื่น",
              published="2024-06-04")
    assert seats(f) == [
        ("ประธานกรรมการ", "คณะกรรมการกำกับและติดตามการปฏิบัติราชการในภูมิภาค"),
        ("ประธานกรรมการ", "คณะกรรมการนโยบายการบริหารงานเชิงพื้นที่ แบบบูรณาการ"),
        ("ประธานกรรมการ", "คณะกรรมการนโยบายและอำนวยการพัฒนาเพื่อเสริมความมั่นคงของชาติ")]
    # The names read cut short at เพื่อ and ใน are no committees of their own.
    assert sorted(e.labels["th"] for e in f.entities if e.kind == "org" and e.labels.get("th", "").startswith(
        "คณะกรรมการ")) == sorted(agency for _, agency in seats(f))


def test_a_grade_in_brackets_names_no_post_so_the_post_moved_to_is_read():
    f = facts("35. เรื่อง การแต่งตั้งข้าราชการพลเรือนสามัญประเภทบริหารระดับสูง (กระทรวงการคลัง)\n"
              "คณะรัฐมนตรีมีมติอนุมัติตามที่กระทรวงการคลังเสนอโอน/ย้ายข้าราชการ ดังนี้\n"
              "4. ย้าย นางสาวชุณหจิต สังข์ใหม่ ผู้ตรวจราชการกระทรวง (ผู้ตรวจราชการกระทรวงสูง) สำนักงานปลัดกระทรวง "
              "ไปดำรงตำแหน่งรองปลัดกระทรวง (นักบริหารสูง) สำนักงานปลัดกระทรวง\n36. เรื่อง อื่น", published="2022-01-25")
    assert sorted(p.title for p in f.posts) == ["ผู้ตรวจราชการกระทรวง", "รองปลัดกระทรวง"]


def test_the_permanent_secretarys_office_named_before_its_ministry_is_that_ministrys():
    f = facts("นายณัฐพล ณัฏฐสมบูรณ์ ผู้ตรวจราชการกระทรวง (ผู้ตรวจราชการกระทรวง ระดับสูง) สำนักงานปลัดกระทรวง "
              "กระทรวงอุตสาหกรรม ให้ดำรงตำแหน่งอธิบดี (นักบริหาร ระดับสูง) กรมอุตุนิยมวิทยา\n"
              "นายวิศิษฏ์ วิศิษฏ์สรอรรถ ปลัดกระทรวง สำนักงานปลัดกระทรวง กระทรวงยุติธรรม ซึ่งจะดำรงตำแหน่งครบ 4 ปี",
              published="2020-11-17")
    names = labels_of(f)
    assert sorted((p.title, names[p.org]) for p in f.posts) == [
        ("ปลัดกระทรวง", "กระทรวงยุติธรรม"),  # the permanent secretary heads the ministry's service
        ("ผู้ตรวจราชการกระทรวง", "สำนักงานปลัดกระทรวงอุตสาหกรรม"), ("อธิบดี", "กรมอุตุนิยมวิทยา")]


def test_a_boards_members_listed_after_its_make_up_hold_no_title_of_consists_of():
    f = facts("องค์ประกอบ ศาสตราจารย์กิตติคุณ คุณหญิงสุชาดา กีระนันทน์ เป็นประธานกรรมการ โดยกรรมการประกอบด้วย "
              "ศาสตราจารย์จิราวัลย์ จิตรถเวช ผู้ทรงคุณวุฒิด้านสถิติ", published="2024-01-23")
    assert not [p.title for p in f.posts if p.title.endswith("ประกอบด้วย")]


def test_the_numbered_meeting_a_guest_came_for_is_a_meeting_of_its_own_with_the_guest_in_it():
    f = facts("วันนี้ (4 พฤศจิกายน 2564) เวลา 13.30 น. นายสะเหลิมไซ กมมะสิด รัฐมนตรีว่าการกระทรวงการต่างประเทศ สปป. ลาว "
              "เข้าเยี่ยมคารวะ พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี ในโอกาสเยือนไทยเพื่อเข้าร่วมการประชุม"
              "คณะกรรมาธิการร่วม (Joint Commission: JC) ว่าด้วยความร่วมมือทวิภาคีไทย - ลาว ครั้งที่ 22", published="2021-11-04")
    names = labels_of(f)
    meetings = [ev for ev in f.events if ev.type == "Meeting"]
    assert [(ev.date, ev.ordinal) for ev in meetings] == [(None, 22)]
    assert [(names[p.agent], p.role) for p in meetings[0].participations if p.agent_kind == "person"] == [
        ("สะเหลิมไซ กมมะสิด", "Participant")]
    assert [ev.type for ev in f.events if ev.date is not None] == ["Visit"]


def test_a_full_name_after_tan_and_before_a_post_is_a_person():
    f = facts("โดยมี ท่านแอนนา ฮัมมาร์เกรน เอกอัครราชทูตราชอาณาจักรสวีเดนประจำประเทศไทย ท่านไมเคิล สเวียร์ส "
              "ผู้ช่วยรัฐมนตรีด้านความสัมพันธ์ทางเศรษฐกิจระหว่างประเทศ รัฐบาลเนเธอร์แลนด์ และท่านสุชาติ ชมกลิ่น "
              "รัฐมนตรีว่าการกระทรวงแรงงาน เข้าร่วม\nท่านพระครูปิยวรรณพิพัฒน์ เจ้าอาวาสวัดหัวฝาย ให้การต้อนรับ",
              published="2024-09-25")
    assert {e.labels["th"] for e in f.entities if e.kind == "person"} == {
        "แอนนา ฮัมมาร์เกรน", "ไมเคิล สเวียร์ส", "สุชาติ ชมกลิ่น"}


def test_an_agreement_with_a_foreign_ministry_is_on_what_follows_its_country_not_part_of_its_name():
    text = "บันทึกความเข้าใจระหว่างกระทรวงการอุดมศึกษาและการวิจัยแห่งสาธารณรัฐฝรั่งเศสว่าด้วยความร่วมมือด้านการอุดมศึกษา"
    assert [o.label_th for o in find_orgs(text, 0, len(text), load())] == ["กระทรวงการอุดมศึกษาและการวิจัยฝรั่งเศส"]
    text = "คณะกรรมการว่าด้วยการค้า ได้ประชุม"
    assert [o.label for o in find_orgs(text, 0, len(text), load())] == ["คณะกรรมการว่าด้วยการค้า"]


def test_a_line_opening_on_the_verb_goes_on_with_the_subjects_the_long_line_before_names():
    r = roles("วันที่ 14 มีนาคม 2567 นายพิพัฒน์ รัชกิจประการ รัฐมนตรีว่าการกระทรวงแรงงาน พร้อมด้วยนายสมชาย มรกตศรีวรรณ "
              "อธิบดีกรมการจัดหางาน และนายสมาสภ์ ปัทมะสุคนธ์ ผู้ตรวจราชการกระทรวงแรงงาน\n"
              "เข้าเยี่ยมคารวะนายคิม โดง ยอน ผู้ว่าราชการจังหวัดเคียงกี สาธารณรัฐเกาหลี ณ ศาลากลางจังหวัดเคียงกี",
              published="2024-03-14")
    assert r == {"พิพัฒน์ รัชกิจประการ": "Guest", "สมชาย มรกตศรีวรรณ": "Participant",
                 "สมาสภ์ ปัทมะสุคนธ์": "Participant", "คิม โดง ยอน": "Host"}


def test_a_line_opening_on_those_who_come_along_goes_on_with_the_subjects_the_line_before_names():
    r = roles("วันนี้ (13 กันยายน 2561) เวลา 13.30 น. ณ ห้องสีม่วง ตึกไทยคู่ฟ้า ทำเนียบรัฐบาล นายแพทย์ธีระเกียรติ "
              "เจริญเศรษฐศิลป์ รัฐมนตรีว่าการกระทรวงศึกษาธิการ พร้อม รศ.ดร.ธัชชัย สุมิตร ประธานกรรมการสถาบันส่งเสริมการสอน"
              "วิทยาศาสตร์และเทคโนโลยี (สสวท.) ได้นำคณะผู้แทนประเทศไทยไปแข่งขันคณิตศาสตร์ วิทยาศาสตร์โอลิมปิกระหว่างประเทศ\n"
              "พร้อมคณาจารย์ จำนวน 60 คน เข้าเยี่ยมคารวะพลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี เพื่อรายงานผลการแข่งขันฯ",
              published="2018-09-14")
    assert r == {"ธีระเกียรติ เจริญเศรษฐศิลป์": "Guest", "ธัชชัย สุมิตร": "Guest", "ประยุทธ์ จันทร์โอชา": "Host"}


def test_who_orders_talks_takes_no_part_in_them_but_who_gives_orders_at_a_meeting_does():
    r = roles("นายเศรษฐา ทวีสิน นายกรัฐมนตรี ห่วงใยคนไทยในอิสราเอล สั่งการให้กระทรวงคมนาคม ร่วมกับกระทรวงการต่างประเทศ "
              "และหน่วยงานที่เกี่ยวข้อง หารือเพื่อสรุปแผนบูรณาการอพยพคนไทยออกจากอิสราเอล", published="2023-10-12")
    assert "เศรษฐา ทวีสิน" not in r
    r = roles("วันนี้ (12 ตุลาคม 2566) นายสุริยะ จึงรุ่งเรืองกิจ รัฐมนตรีว่าการกระทรวงคมนาคม เป็นประธานการประชุมติดตาม"
              "สถานการณ์ในอิสราเอล และได้สั่งการให้สายการบินเตรียมความพร้อม", published="2023-10-12")
    assert r == {"สุริยะ จึงรุ่งเรืองกิจ": "Chair"}


def test_a_spokesperson_who_chairs_the_event_takes_part_in_it():
    r = roles("วันนี้ (22 กุมภาพันธ์ 2566) นายบัญญัติ คันธา รองอธิบดีกรมการขนส่งทางบก และโฆษกกรมการขนส่งทางบก กระทรวงคมนาคม "
              "เป็นประธานในพิธีเปิดการประชุมเชิงปฏิบัติการเกี่ยวกับการจัดให้มีบุคคลากรจัดการด้านความปลอดภัยในการขนส่ง ซึ่งมี"
              "ผู้แทนจาก JICA ประเทศไทย เข้าร่วมประชุมและรายงานผลการดำเนินงาน", published="2023-02-22")
    assert r == {"บัญญัติ คันธา": "Chair"}
    # ... but one who tells of it (เปิดเผยว่า) does not.
    r = roles("วันนี้ (25 ตุลาคม 2564) นายธนกร วังบุญคงชนะ โฆษกประจำสำนักนายกรัฐมนตรี เปิดเผยว่า พลเอก ประยุทธ์ จันทร์โอชา "
              "นายกรัฐมนตรี ได้หารือกับนายเฉลิมชัย ศรีอ่อน รัฐมนตรีว่าการกระทรวงเกษตรและสหกรณ์", published="2021-10-25")
    assert "ธนกร วังบุญคงชนะ" not in r


# Each: a meeting told of, then a paragraph opened by one who reports or speaks at it, its publication date, and the
# roles of both.
@pytest.mark.parametrize(("text", "published", "expected"), [
    # one who opens a paragraph to report (ได้สรุปว่า, กล่าวรายงานว่า)
    ("วันนี้ (12 ตุลาคม 2566) เวลา 10.00 น. นายสุริยะ จึงรุ่งเรืองกิจ รัฐมนตรีว่าการกระทรวงคมนาคม เป็นประธานการประชุม"
     "ติดตามแผนอพยพคนไทยกว่า 5 พันคนที่แจ้งความประสงค์กลับประเทศ\n"
     "นายณรงค์ บุญเสถียรวงศ์ รองอธิบดีกรมการกงสุล ผู้แทนกระทรวงการต่างประเทศ ได้สรุปว่าขณะนี้สถานการณ์การสู้รบขยายวงกว้าง"
     "ออกไปมาก", "2023-10-12", {"สุริยะ จึงรุ่งเรืองกิจ": "Chair", "ณรงค์ บุญเสถียรวงศ์": "Participant"}),
    ("วันนี้ (8 กันยายน 2561) พล.อ.สุรเชษฐ์ ชัยวงศ์ รัฐมนตรีช่วยว่าการกระทรวงศึกษาธิการ เป็นประธานเปิดงานวันที่ระลึก"
     "สากลแห่งการรู้หนังสือ ประจำปี 2561 ณ ศูนย์ประชุมนานาชาตินงนุชพัทยา\n"
     "นายการุณ สกุลประดิษฐ์ ปลัดกระทรวงศึกษาธิการ กล่าวรายงานว่า การจัดงานในครั้งนี้มีวัตถุประสงค์", "2018-09-08",
     {"สุรเชษฐ์ ชัยวงศ์": "Chair", "การุณ สกุลประดิษฐ์": "Participant"}),
    # one who reports on this occasion (โอกาสนี้ X ... ได้กล่าวรายงานว่า) at the opening told before
    ("วันนี้ (26 ก.ค. 2560) เวลา 09.30 น. ณ ชาเลนเจอร์ 1-3 อิมแพ็ค เมืองทองธานี ดร.สมคิด จาตุศรีพิทักษ์ รองนายกรัฐมนตรี "
     "เป็นประธานเปิดงาน “Thailand Industry Expo 2017”\n"
     "โอกาสนี้ นายอุตตม สาวนายน รัฐมนตรีว่าการกระทรวงอุตสาหกรรม ได้กล่าวรายงานว่า ด้วยวิสัยทัศน์ของรัฐบาล",
     "2017-07-26", {"สมคิด จาตุศรีพิทักษ์": "Chair", "อุตตม สาวนายน": "Participant"}),
    # one who lectures next (จากนั้น X ... ได้บรรยาย)
    ("วันนี้ (9 สิงหาคม 2562) นายฉัตรชัย พรหมเลิศ ปลัดกระทรวงมหาดไทย เป็นประธานการประชุมร่วมระหว่างเอกอัครราชทูต"
     "และกงสุลใหญ่ประจำ สปป.ลาว กับผู้ว่าราชการจังหวัดชายแดน ณ นครหลวงเวียงจันทน์\n"
     "จากนั้น นายบุนตา อ่อนนาวง อธิบดีกรมขนส่ง กระทรวงโยธาธิการและขนส่งแห่ง สปป.ลาว ได้บรรยายเกี่ยวกับการพัฒนา"
     "โครงสร้างพื้นฐานด้านการคมนาคมใน สปป.ลาว", "2019-08-09",
     {"ฉัตรชัย พรหมเลิศ": "Chair", "บุนตา อ่อนนาวง": "Participant"}),
])
def test_one_who_reports_or_speaks_after_a_meeting_was_told_of_took_part_in_it(text, published, expected):
    assert roles(text, published=published) == expected


def test_one_whose_lecture_a_clause_speaks_of_took_no_part():
    assert "บุนตา อ่อนนาวง" not in roles(
        "วันนี้ (9 สิงหาคม 2562) นายฉัตรชัย พรหมเลิศ ปลัดกระทรวงมหาดไทย เป็นประธานการประชุมผู้ว่าราชการจังหวัดชายแดน "
        "ณ นครหลวงเวียงจันทน์\nจากนั้น นายบุนตา อ่อนนาวง อธิบดีกรมขนส่ง ที่ได้บรรยายเมื่อปีก่อน เดินทางกลับ",
        published="2019-08-09")


def test_tourists_counted_as_visiting_make_no_visit_and_no_guest():
    assert roles("วันนี้ (12 มกราคม 2567) นางนลินี ทวีสิน ผู้แทนการค้าไทย เปิดเผยภายหลังจากการพบหารือกับนายอุบัยด์ ซะอีด "
                 "เอกอัครราชทูตสหรัฐอาหรับเอมิเรตส์ประจำประเทศไทย ว่าไทยและ UAE มีความสัมพันธ์ที่ใกล้ชิด โดยในแต่ละปีจะมี"
                 "นักท่องเที่ยวเพื่อสุขภาพ ราว 1.5 แสนคนมาเยือนไทย", published="2024-01-12") == {
        "นลินี ทวีสิน": "Participant", "อุบัยด์ ซะอีด": "Participant"}
    f = facts("นายสรวงศ์ เทียนทอง รัฐมนตรีว่าการกระทรวงการท่องเที่ยวและกีฬา กล่าวว่า นักท่องเที่ยวไทยก็ให้ความสนใจ"
              "เดินทางเยือนสาธารณรัฐประชาชนจีนอย่างต่อเนื่อง", published="2025-01-28")
    assert not f.events
    assert only_event(facts("วันนี้ (28 มกราคม 2568) นายสรวงศ์ เทียนทอง รัฐมนตรีว่าการกระทรวงการท่องเที่ยวและกีฬา "
                            "เดินทางเยือนสาธารณรัฐประชาชนจีน", published="2025-01-28"))[0] == "Visit"


def test_a_meetings_own_day_right_after_it_is_its_date_whatever_report_it_received():
    f = facts("พลเอก ประวิตร วงษ์สุวรรณ รองนายกรัฐมนตรี เป็นประธานการประชุมคณะกรรมการแห่งชาติว่าด้วยอนุสัญญาคุ้มครองมรดกโลก "
              "ครั้งที่ 3/2561 เมื่อวันพฤหัสบดีที่ 1 พฤศจิกายน 2561 เวลา 10.00 น. ณ ทำเนียบรัฐบาล โดยที่ประชุมมีมติรับทราบ"
              "สรุปรายงานผลการจัดกิจกรรมโครงการศึกษาดูงาน ในระหว่างวันที่ 21 – 23 กันยายน 2561", published="2018-11-05")
    assert [(ev.type, ev.date, ev.ordinal) for ev in f.events] == [("Meeting", dt.date(2018, 11, 1), 3)]
    # ... while the day a spokesperson tells of it, before the telling, is not.
    f = facts("วันนี้ (10 ตุลาคม 2565) นายอนุชา นาคาศัย รัฐมนตรีประจำสำนักนายกรัฐมนตรี เปิดเผยว่า นายกรัฐมนตรีได้หารือกับ"
              "นายเดวิด เดลี เอกอัครราชทูตสหภาพยุโรปประจำประเทศไทย เมื่อวันที่ 8 ตุลาคม 2565", published="2022-10-10")
    assert [(ev.type, ev.date) for ev in f.events] == [("Meeting", dt.date(2022, 10, 8))]


@pytest.mark.parametrize("honorific", ["เภสัชกรหญิง", "ภกญ.", "สัตวแพทย์หญิง", "สพ.ญ."])
def test_the_honorifics_of_women_pharmacists_and_veterinarians_are_no_part_of_the_name(honorific):
    f = facts(f"นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรี พร้อมคณะประกอบด้วย {honorific}วลัยพร พัชรนฤมล ผู้อำนวยการกองการต่างประเทศ "
              "ได้พบหารือกับ นาย Akihiko Tanaka ประธาน JICA", published="2022-11-15")
    assert {e.labels.get("th") or e.labels["en"] for e in f.entities if e.kind == "person"} == {
        "อนุทิน ชาญวีรกูล", "วลัยพร พัชรนฤมล", "Akihiko Tanaka"}


def test_who_speaks_for_the_other_side_after_the_talks_were_told_of_took_part_in_them():
    r = roles("เมื่อวันที่ 20 มิถุนายน 2568 ณ สถานเอกอัครราชทูตไทยประจำกรุงฮานอย นายชัย วัชรงค์ ผู้แทนการค้าไทย "
              "ร่วมหารือกับผู้นำภาคเกษตรของเวียดนาม\n"
              "ด้าน Mr. Nguyen Thanh Binh ประธานสมาคมผักและผลไม้เวียดนาม ได้ให้ข้อมูลว่า สมาคมฯ มีสมาชิกกว่า 300 ราย\n"
              "ขณะที่ นายสมชาย ใจดี นายกสมาคมทุเรียนไทย กล่าวเสริมว่า ธุรกิจทุเรียนของเวียดนามยังถือเป็นผู้เล่นใหม่",
              published="2025-06-21")
    assert r == {"ชัย วัชรงค์": "Participant", "Nguyen Thanh Binh": "Participant", "สมชาย ใจดี": "Participant"}


def test_two_speakers_of_one_family_name_both_take_part():
    r = roles("เมื่อวันที่ 20 มิถุนายน 2568 ณ สถานเอกอัครราชทูตไทยประจำกรุงฮานอย นายชัย วัชรงค์ ผู้แทนการค้าไทย "
              "ร่วมหารือกับผู้นำภาคเกษตรของเวียดนาม\n"
              "ด้าน Mr. Nguyen Thanh Binh ประธานสมาคมผักและผลไม้เวียดนาม ได้ให้ข้อมูลว่า สมาคมฯ มีสมาชิกกว่า 300 ราย\n"
              "ขณะที่ Ms. Nguyen Thi Thanh Thuc หัวหน้าฝ่ายส่งเสริมการค้าของสมาคมทุเรียนจังหวัดดั๊กลัก กล่าวเสริมว่า "
              "ธุรกิจทุเรียนของเวียดนามยังถือเป็นผู้เล่นใหม่", published="2025-06-21")
    assert r == {"ชัย วัชรงค์": "Participant", "Nguyen Thanh Binh": "Participant",
                 "Nguyen Thi Thanh Thuc": "Participant"}


def test_a_post_whose_grade_stands_before_the_bare_permanent_secretarys_office_is_in_that_office():
    f = facts("23. เรื่อง การแต่งตั้งข้าราชการพลเรือนสามัญให้ดำรงตำแหน่งประเภทวิชาการระดับทรงคุณวุฒิ (กระทรวงมหาดไทย)\n"
              "คณะรัฐมนตรีมีมติอนุมัติตามที่รัฐมนตรีว่าการกระทรวงมหาดไทยเสนอแต่งตั้งข้าราชการพลเรือนสามัญ ดังนี้\n"
              "2. นายชูศักดิ์ รู้ยิ่ง รองผู้ว่าราชการจังหวัด (นักปกครองต้น) จังหวัดสุราษฎร์ธานี สำนักงานปลัดกระทรวง "
              "ดำรงตำแหน่ง ที่ปรึกษาด้านความมั่นคง (นักวิเคราะห์นโยบายและแผนทรงคุณวุฒิ) สำนักงานปลัดกระทรวง "
              "ตั้งแต่วันที่ 30 สิงหาคม 2566", published="2023-11-28")
    names = labels_of(f)
    assert {(p.title, names[p.org]) for p in f.posts if p.title.startswith("ที่ปรึกษา")} == {
        ("ที่ปรึกษาด้านความมั่นคง", "สำนักงานปลัดกระทรวงมหาดไทย")}


def test_an_ambassador_attached_to_the_ministry_of_the_bare_office_is_in_that_office():
    f = facts("15. เรื่อง การแต่งตั้งข้าราชการพลเรือนสามัญให้ดำรงตำแหน่งประเภทบริหารระดับสูง (กระทรวงการต่างประเทศ)\n"
              "คณะรัฐมนตรีมีมติอนุมัติตามที่กระทรวงการต่างประเทศเสนอแต่งตั้งข้าราชการพลเรือนสามัญ ดังนี้\n"
              "3. นางสาวพินทุ์สุดา ชัยนาม เอกอัครราชทูตประจำกระทรวง สำนักงานปลัดกระทรวง ให้ดำรงตำแหน่ง "
              "อธิบดีกรมองค์การระหว่างประเทศ", published="2023-11-28")
    names = labels_of(f)
    assert {(p.title, names[p.org]) for p in f.posts} == {
        ("เอกอัครราชทูต", "สำนักงานปลัดกระทรวงการต่างประเทศ"), ("อธิบดี", "กรมองค์การระหว่างประเทศ")}


def test_unesco_written_without_the_kan_of_its_name_is_unesco():
    f = facts("นางอิรินา โบโกวา ผู้อำนวยการใหญ่องค์การศึกษา วิทยาศาสตร์ และวัฒนธรรมแห่งสหประชาชาติ เข้าเยี่ยมคารวะ "
              "พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี", published="2017-08-28")
    assert {e.labels.get("en") for e in f.entities if e.kind == "org"} == {
        "United Nations Educational, Scientific and Cultural Organization"}


def test_a_body_named_before_khao_ma_ends_there():
    f = facts("นายนิ่ง จี๋เจ๋อ รองประธานคณะกรรมการพัฒนาและปฏิรูปแห่งชาติจีนเข้ามารับหน้าที่หัวหน้าคณะเจรจาฝ่ายจีน")
    assert {e.labels["th"] for e in f.entities if e.kind == "org"} == {"คณะกรรมการพัฒนาและปฏิรูปแห่งชาติจีน"}


def test_talks_told_of_as_also_held_are_the_call_told_before():
    f = facts("เมื่อวันที่ 26 มีนาคม 2561 นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงยุติธรรม ให้การต้อนรับ "
              "นายจอห์น สมิธ เอกอัครราชทูตออสเตรเลียประจำประเทศไทย ในโอกาสเข้าเยี่ยมคารวะ\n"
              "นอกจากนี้ ยังได้หารือเกี่ยวกับความสัมพันธ์อันดีของทั้งสองประเทศในด้านการค้าการลงทุน พลังงาน "
              "ความมั่นคง และการท่องเที่ยว โดยมีนายธวัชชัย ไทยเขียว รองปลัดกระทรวงยุติธรรม เข้าร่วม",
              published="2018-03-26")
    assert only_event(f) == ("Visit", {"สมชาย ใจดี": "Host", "จอห์น สมิธ": "Guest", "ธวัชชัย ไทยเขียว": "Participant"})


def test_an_ambassadors_full_title_broken_by_a_space_is_one_title_of_his_embassy():
    assert posts_of("เมื่อวันที่ 7 ธันวาคม 2563 นายสมศักดิ์ เทพสุทิน รัฐมนตรีว่าการกระทรวงยุติธรรม ให้การต้อนรับนางเฮเลเนอ "
                    "บุดลีเกอร์ อาร์ทิเอดา (Mrs. Helene Budliger Artieda) เอกอัครราชทูตวิสามัญ ผู้มีอำนาจเต็มแห่ง"
                    "สมาพันธรัฐสวิสประจำประเทศไทย ในโอกาสเข้าเยี่ยมคารวะ", "2020-12-07") >= {
        ("เฮเลเนอ บุดลีเกอร์ อาร์ทิเอดา", "เอกอัครราชทูตวิสามัญ ผู้มีอำนาจเต็ม")}


def test_a_grade_in_square_brackets_stands_between_a_title_and_the_unit_it_heads():
    f = facts("คณะรัฐมนตรีมีมติอนุมัติตามที่รัฐมนตรีว่าการกระทรวงสาธารณสุขเสนอแต่งตั้ง นายสุเมธ องค์วรรณดี "
              "ผู้อำนวยการสำนักงาน [ผู้อำนวยการเฉพาะด้าน (แพทย์) สูง] สำนักงานป้องกันควบคุมโรคที่ 9 "
              "จังหวัดนครราชสีมา กรมควบคุมโรค ให้ดำรงตำแหน่ง นายแพทย์ทรงคุณวุฒิ (ด้านเวชกรรมป้องกัน) กรมควบคุมโรค "
              "กระทรวงสาธารณสุข", "2024-01-09")
    assert post_triples(f) == {("สุเมธ องค์วรรณดี", "ผู้อำนวยการสำนักงาน", "สำนักงานป้องกันควบคุมโรคที่ 9"),
                               ("สุเมธ องค์วรรณดี", "นายแพทย์ทรงคุณวุฒิ", "กรมควบคุมโรค")}


def test_leave_to_sign_given_as_well_by_a_resolution_is_no_signing():
    f = facts("ที่ประชุมคณะรัฐมนตรี (3 มีนาคม 2567) มีมติเห็นชอบการปรับปรุงแก้ไขความตกลงว่าด้วยน้ำตาลระหว่างประเทศ "
              "รวมทั้งให้รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการต่างประเทศหรือผู้แทนที่ได้รับมอบหมาย "
              "ลงนามในตราสารการยอมรับการแก้ไขเพิ่มเติมความตกลงฯ ตามที่กระทรวงอุตสาหกรรมเสนอ", "2024-03-03")
    assert not [ev for ev in f.events if ev.type == "Signing"]


def test_a_given_name_cut_short_by_the_mark_names_a_person_unless_two_full_names_could_be_meant():
    assert roles("ในคราวประชุมเมื่อวันที่ 8 มิถุนายน 2565 ซึ่งมีรองนายกรัฐมนตรี (นายวิษณุฯ) เป็นประธาน "
                 "ได้มีมติเห็นชอบร่างยุทธศาสตร์ฯ", "2022-06-20") == {"วิษณุ": "Chair"}
    f = facts("นายสุทธิพงษ์ จุลเจริญ ปลัดกระทรวงมหาดไทย และนายสุทธิพงษ์ วสุโสภาพล รองปลัดกระทรวงมหาดไทย "
              "ร่วมประชุมเมื่อวันที่ 8 มิถุนายน 2565\n\"ทำทันที\" นายสุทธิพงษ์ฯ กล่าว", "2022-06-20")
    assert sorted(labels_of(f)[e.key] for e in f.entities if e.kind == "person") == [
        "สุทธิพงษ์ จุลเจริญ", "สุทธิพงษ์ วสุโสภาพล"]


def test_the_chair_named_in_brackets_after_a_board_chairs_the_meeting_told_next():
    f = facts("ทั้งนี้ คณะกรรมการนโยบายการเปลี่ยนแปลงสภาพภูมิอากาศแห่งชาติ [รองนายกรัฐมนตรี (พลตำรวจเอก พัชรวาท "
              "วงษ์สุวรรณ) เป็นประธาน] ในการประชุมครั้งที่ 4/2566 เมื่อวันที่ 16 พฤศจิกายน 2566 มีมติเห็นชอบในหลักการ",
              "2023-12-05")
    assert only_event(f) == ("Meeting", {"พัชรวาท วงษ์สุวรรณ": "Chair"})
    assert f.events[0].date == dt.date(2023, 11, 16)


def test_a_board_named_after_a_known_agency_whose_name_holds_a_stop_word_is_named_whole():
    f = facts("26. เรื่อง แต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการบริหารกองทุนเพื่อความเสมอภาคทางการศึกษา\n"
              "คณะรัฐมนตรีมีมติอนุมัติตามที่กองทุนเพื่อความเสมอภาคทางการศึกษา (กสศ.) เสนอแต่งตั้งกรรมการผู้ทรงคุณวุฒิใน"
              "คณะกรรมการบริหารกองทุนเพื่อความเสมอภาคทางการศึกษา จำนวน 3 คน ดังนี้\n"
              "1. คุณหญิงกษมา วรวรรณ ณ อยุธยา กรรมการผู้ทรงคุณวุฒิภาควิชาการ", "2024-06-05")
    names = labels_of(f)
    assert {(names[p.person], names.get(p.org)) for p in f.posts} == {
        ("กษมา วรวรรณ ณ อยุธยา", "คณะกรรมการบริหารกองทุนเพื่อความเสมอภาคทางการศึกษา")}


def test_units_named_before_the_bare_permanent_secretarys_office_are_in_the_heading_ministrys_office():
    f = facts("25. เรื่อง การแต่งตั้งข้าราชการพลเรือนสามัญ (กระทรวงสาธารณสุข)\n"
              "คณะรัฐมนตรีมีมติอนุมัติตามที่กระทรวงสาธารณสุขเสนอแต่งตั้ง\n"
              "1. นางวนิดา สมบูรณ์ศิลป์ นายแพทย์เชี่ยวชาญ (ด้านเวชกรรม) โรงพยาบาลวชิระภูเก็ต "
              "สำนักงานสาธารณสุขจังหวัดภูเก็ต สำนักงานปลัดกระทรวง ตั้งแต่วันที่ 27 กันยายน 2565", "2023-01-10")
    names = labels_of(f)
    parents = {names[e.key]: names.get(e.parent) for e in f.entities if e.kind == "org"}
    assert parents["สำนักงานสาธารณสุขจังหวัดภูเก็ต"] == "สำนักงานปลัดกระทรวงสาธารณสุข"


def test_the_ambassador_a_headline_names_is_the_post_of_the_one_guest_the_story_names_without_a_title():
    text = ("รัฐมนตรีว่าการกระทรวงยุติธรรม ให้การต้อนรับเอกอัครราชทูตวิสามัญผู้มีอำนาจเต็มแห่งรัฐกาตาร์ประจำประเทศไทย\n\n"
            "ในวันจันทร์ที่ 26 มีนาคม 2561 เวลา 09.00 น. พลอากาศเอก ประจิน จั่นตอง รัฐมนตรีว่าการกระทรวงยุติธรรม "
            "ให้การต้อนรับ เชค ญัสซิม บิน อับดุลเราะฮ์มาน (H.E. Sheikh Jassim Bin Abdulrahman) พร้อมคณะ "
            "ในโอกาสเข้าเยี่ยมคารวะ")
    f = article_facts(make_article(text, source="t", id="t", published=dt.date(2018, 3, 26)))
    assert post_triples(f) == {
        ("ประจิน จั่นตอง", "รัฐมนตรีว่าการกระทรวง", "กระทรวงยุติธรรม"),
        ("ญัสซิม บิน อับดุลเราะฮ์มาน", "เอกอัครราชทูตวิสามัญผู้มีอำนาจเต็ม", "สถานเอกอัครราชทูตกาตาร์ประจำประเทศไทย")}


def test_a_known_name_after_a_leaders_title_is_read_without_the_words_after_it():
    f = facts("ความสัมพันธ์ที่ใกล้ชิด สะท้อนจากการพบหารือระหว่างนายเศรษฐา ทวีสิน อดีตนายกรัฐมนตรี "
              "กับนายกรัฐมนตรีอันวาร์ อิบราฮิม อย่างเป็นทางการหลายครั้ง พร้อมทั้งมีการแลกเปลี่ยนการเยือน", "2024-10-10")
    assert "อันวาร์ อิบราฮิม" in {labels_of(f)[e.key] for e in f.entities if e.kind == "person"}


def test_next_years_number_in_the_day_of_the_story_is_a_slip_of_the_pen():
    f = facts("วันนี้ (7 ธันวาคม 2565) เวลา 16.00 น. นายสุริยะ จึงรุ่งเรืองกิจ รัฐมนตรีว่าการกระทรวงอุตสาหกรรม "
              "ให้นางโกโลนเน อัปปุหามิลาเค เอกอัครราชทูตศรีลังกาประจำประเทศไทย เข้าพบ เพื่อเข้าเยี่ยมคารวะ", "2021-12-08")
    assert [e.date for e in f.events] == [dt.date(2021, 12, 7)]


def test_names_side_by_side_share_a_deputys_title_after_them():
    assert posts_of("โดยมี นายชยาวุธ จันทร นายชัยวัฒน์ ชื่นโกสุม นายนิรัตน์ พงษ์สิทธิถาวร รองปลัดกระทรวงมหาดไทย "
                    "นายประยูร รัตนเสนีย์ อธิบดีกรมส่งเสริมการปกครองท้องถิ่น ร่วมในพิธี", "2022-06-16") == {
        ("ชยาวุธ จันทร", "รองปลัดกระทรวง"), ("ชัยวัฒน์ ชื่นโกสุม", "รองปลัดกระทรวง"),
        ("นิรัตน์ พงษ์สิทธิถาวร", "รองปลัดกระทรวง"), ("ประยูร รัตนเสนีย์", "อธิบดี")}


def test_a_title_only_one_holds_is_not_shared_by_the_name_before():
    assert posts_of("โดยมี นายชยาวุธ จันทร นายประยูร รัตนเสนีย์ อธิบดีกรมส่งเสริมการปกครองท้องถิ่น ร่วมในพิธี",
                    "2022-06-16") == {("ประยูร รัตนเสนีย์", "อธิบดี")}


def test_one_who_chairs_the_handing_down_of_policy_chairs_a_meeting():
    f = facts("วันนี้ (24 มิถุนายน 2561) เวลา 09.30 น. ณ กรุงปารีส พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี "
              "เป็นประธานมอบนโยบายแก่ทีมประเทศไทย โดยมี นายดอน ปรมัตถ์วินัย รัฐมนตรีว่าการกระทรวงการต่างประเทศ "
              "ร่วมรับฟังด้วย", "2018-06-25")
    assert only_event(f) == ("Meeting", {"ประยุทธ์ จันทร์โอชา": "Chair", "ดอน ปรมัตถ์วินัย": "Participant"})


def test_a_boards_resolution_of_a_numbered_dated_session_tells_of_its_meeting():
    f = facts("2. ผู้ว่าการการรถไฟฟ้าขนส่งมวลชนแห่งประเทศไทย\nคณะรัฐมนตรีมีมติเห็นชอบการต่อสัญญาจ้าง โดยให้ได้รับค่าตอบแทน"
              "คงที่ในอัตราเดือนละ 480,000 บาท (ตามมติคณะกรรมการการรถไฟฟ้าขนส่งมวลชนแห่งประเทศไทย ครั้งที่ 12/2564 "
              "เมื่อวันที่ 16 ธันวาคม 2564)", "2022-03-22")
    assert [(e.type, e.date, e.ordinal) for e in f.events] == [("Meeting", dt.date(2021, 12, 16), 12)]


def test_a_company_named_with_and_without_corporation_is_one_company():
    f = facts("วันนี้ (1 ตุลาคม 2567) ผู้บริหารบริษัท ไอเอชไอ คอร์ปอเรชั่น (IHI Corporation) เข้าพบรัฐมนตรีว่าการกระทรวง"
              "อุตสาหกรรม เพื่อหารือความร่วมมือระหว่าง บริษัท IHI และ กนอ. ในการศึกษา", "2024-10-01")
    companies = [e for e in f.entities if e.kind == "org" and "IHI" in (e.labels.get("en") or "")]
    assert len(companies) == 1


def test_an_agency_written_with_and_without_spaces_round_its_dash_is_one_agency():
    f = facts("วันนี้ (13 พฤศจิกายน 2567) นายอนุทิน ชาญวีรกูล ให้การต้อนรับ นายกสมาคมมิตรภาพไทย - จีน "
              "ในโอกาสเข้าพบ โดยสมาคมมิตรภาพไทย-จีน จะจัดงานเฉลิมฉลอง", "2024-11-13")
    assert [labels_of(f)[e.key] for e in f.entities if e.kind == "org" and "มิตรภาพ" in labels_of(f)[e.key]] == [
        "สมาคมมิตรภาพไทย - จีน"]


def test_an_ambassador_and_permanent_representative_holds_a_post_in_the_mission_not_an_embassy():
    f = facts("นายทรงศัก สายเชื้อ เอกอัครราชทูตและผู้แทนถาวรไทยประจำสหประชาชาติ ณ กรุงเวียนนา เข้าร่วมการประชุม", "2018-03-14")
    assert post_triples(f) == {("ทรงศัก สายเชื้อ", "เอกอัครราชทูตและผู้แทนถาวร",
                                "คณะผู้แทนถาวรไทยประจำสหประชาชาติ ณ กรุงเวียนนา")}


def test_the_room_of_an_ambassadors_call_is_no_embassy():
    f = facts("นายเอ บี เข้าเยี่ยมคารวะ นายวิษณุ เครืองาม รองนายกรัฐมนตรี เนื่องในโอกาสรับตำแหน่งเอกอัครราชทูตฯ "
              "ณ ห้องรับรอง 1 ตึกบัญชาการ 1 ทำเนียบรัฐบาล", "2017-09-01")
    assert not [e for e in f.entities if e.kind == "org" and "สถานเอกอัครราชทูต" in labels_of(f)[e.key]]


def test_a_head_word_before_a_kind_a_feeling_or_a_deed_names_no_agency():
    f = facts("วันนี้ (1 มีนาคม 2566) นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม "
              "หารือกับผู้แทนสถาบันอุดมศึกษาไทยเพิ่มเติม บริษัทรายใหญ่ของออสเตรเลีย และศูนย์ประเภทที่ 2 "
              "และมอบรางวัลแก่หน่วยงานองค์กรดีเด่น และบริษัทผลิตอุปกรณ์อิเล็กทรอนิกส์ ซึ่งบริษัทตื่นเต้นกับการหารือ", "2023-03-01")
    assert [labels_of(f)[e.key] for e in f.entities if e.kind == "org"] == [
        "กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม"]


# Each: the sentence, its publication date, a post it gives as (holder, title, agency), and whether that is its
# only post.
POST_AGENCY_CASES = {
    "a_companys_thai_arm_in_brackets_closes_its_name": (
        "วันนี้ (14 ธันวาคม 2566) นายเดวิด หลี่ (Mr. David Li) ประธานกรรมการบริหาร บริษัท หัวเว่ย เทคโนโลยี (ประเทศไทย) "
        "เข้าเยี่ยมคารวะ นายพีระพันธุ์ สาลีรัฐวิภาค รองนายกรัฐมนตรี", "2023-12-14",
        ("เดวิด หลี่", "ประธานกรรมการบริหาร", "บริษัท หัวเว่ย เทคโนโลยี (ประเทศไทย)"), False),
    "an_ambassadors_title_spelt_with_tho_montho_names_the_embassy_too": (
        "วันที่ 20 มกราคม 2560 นายอุตตม สาวนายน รัฐมนตรีว่าการกระทรวงอุตสาหกรรม ให้นายเพเทอร์ พรือเกล "
        "เอกอัครราชฑูตสหพันธ์สาธารณรัฐเยอรมนี ประจำประเทศไทย นำคณะผู้บริหาร เข้าพบ", "2017-01-22",
        ("เพเทอร์ พรือเกล", "เอกอัครราชทูต", "สถานเอกอัครราชทูตเยอรมนีประจำประเทศไทย"), False),
    "a_units_purposes_joined_by_and_are_all_its_name": (
        "วันที่ 3 ส.ค. 65 เวลา 10.00 น. พลเอก อนุพงษ์ เผ่าจินดา รัฐมนตรีว่าการกระทรวงมหาดไทย ให้การต้อนรับ นางออร์นา ซากิฟ "
        "โดยมี นายกฤษณะ พินิจ ผู้อำนวยการสำนักพัฒนาและส่งเสริมการบริหารราชการจังหวัด ร่วมให้การต้อนรับ", "2022-08-04",
        ("กฤษณะ พินิจ", "ผู้อำนวยการ", "สำนักพัฒนาและส่งเสริมการบริหารราชการจังหวัด"), False),
    "the_one_named_in_brackets_as_chair_after_a_board_holds_its_chair": (
        "2. คณะกรรมการการไฟฟ้านครหลวง (นายชยาวุธ จันทร เป็นประธานกรรมการคณะกรรมการการไฟฟ้านครหลวง) "
        "มีมติเห็นชอบและรับทราบแผนการลงทุนระยะยาวใหม่ของ กฟน. จำนวน 6 แผนงานแล้ว", "2024-01-09",
        ("ชยาวุธ จันทร", "ประธานกรรมการ", "คณะกรรมการการไฟฟ้านครหลวง"), True),
    "the_charoen_pokphand_group_is_an_organisation_its_chairmen_hold_posts_in": (
        "วันนี้ (7 พฤษภาคม 2568) นายธนินท์ เจียรวนนท์ ประธานอาวุโสเครือเจริญโภคภัณฑ์ "
        "เข้าเยี่ยมคารวะนายกรัฐมนตรี ณ ทำเนียบรัฐบาล", "2025-05-07",
        ("ธนินท์ เจียรวนนท์", "ประธานอาวุโส", "เครือเจริญโภคภัณฑ์"), True),
    "an_english_title_holds_its_post_in_the_thai_named_body_after_it": (
        "วันนี้ (5 มีนาคม 2561) รัฐมนตรีว่าการกระทรวงทรัพยากรธรรมชาติและสิ่งแวดล้อม ให้การต้อนรับ Ms. Naoko Ishii "
        "CEO กองทุนสิ่งแวดล้อมโลก (GEF) เข้าเยี่ยมคารวะ", "2018-03-05",
        ("Naoko Ishii", "CEO", "กองทุนสิ่งแวดล้อมโลก"), True),
    "a_foreign_ministry_written_with_of_before_a_spaced_country_is_named_as_without_it": (
        "วันนี้ (12 กันยายน 2567) นายบ่อเวียงคำ วงดาลา รัฐมนตรีว่าการกระทรวงเทคโนโลยีและการสื่อสารแห่ง สปป.ลาว "
        "เข้าเยี่ยมคารวะ รัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม", "2024-09-12",
        ("บ่อเวียงคำ วงดาลา", "รัฐมนตรีว่าการกระทรวง", "กระทรวงเทคโนโลยีและการสื่อสารลาว"), True),
    "a_ministry_of_hong_kong_written_with_its_special_administrative_region_is_hong_kongs": (
        "ในวันพฤหัสบดีที่ 7 มีนาคม 2562 พลอากาศเอก ประจิน จั่นตอง รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงยุติธรรม "
        "ให้การต้อนรับ นางสาวเทเรซา เจิ้ง รัฐมนตรีว่าการกระทรวงยุติธรรมเขตบริหารพิเศษฮ่องกงแห่งสาธารณรัฐประชาชนจีน "
        "พร้อมคณะ ในโอกาสเข้าเยี่ยมคารวะ", "2019-03-08",
        ("เทเรซา เจิ้ง", "รัฐมนตรีว่าการกระทรวง", "กระทรวงยุติธรรมฮ่องกง"), False),
    "an_ambassador_to_asean_heads_his_countrys_mission_to_it_not_its_embassy_in_thailand": (
        "ในวันพุธที่ 19 เมษายน 2566 พันตำรวจโท ประวุธ วงศ์สีนิล รองปลัดกระทรวงยุติธรรม ให้การต้อนรับ H.E. Will Nankervis "
        "เอกอัครราชทูตวิสามัญผู้มีอำนาจเต็มแห่งเครือรัฐออสเตรเลียประจำสมาคมประชาชาติแห่งเอเชียตะวันออกเฉียงใต้ (อาเซียน) "
        "พร้อมคณะผู้แทนฝ่ายออสเตรเลีย", "2023-04-19",
        ("Will Nankervis", "เอกอัครราชทูตวิสามัญผู้มีอำนาจเต็ม",
         "คณะผู้แทนออสเตรเลียประจำสมาคมประชาชาติแห่งเอเชียตะวันออกเฉียงใต้"), False),
    "a_title_after_a_post_nominal_is_the_names": (
        "นางสาวดวงใจ อัศวจินตจิตร์ เลขาธิการคณะกรรมการส่งเสริมการลงทุน ให้การต้อนรับ H.E. Mr. Allan McKinnon PSM "
        "เอกอัครราชทูตออสเตรเลียประจำประเทศไทย พร้อมด้วยคณะ", "2021-01-20",
        ("Allan McKinnon", "เอกอัครราชทูต", "สถานเอกอัครราชทูตออสเตรเลียประจำประเทศไทย"), False),
    "a_funds_board_is_named_with_the_funds_purpose": (
        "28. เรื่อง การแต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการบริหารกองทุนจัดรูปที่ดินเพื่อพัฒนาพื้นที่\n"
        "คณะรัฐมนตรีมีมติเห็นชอบตามที่กระทรวงมหาดไทยเสนอแต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการบริหารกองทุนจัดรูปที่ดิน"
        "เพื่อพัฒนาพื้นที่ จำนวน 3 คน ดังนี้\n1. นายถวัลย์ วรรณกิจมงคล\nทั้งนี้ ตั้งแต่วันที่ 28 มกราคม 2563 เป็นต้นไป",
        "2020-01-28",
        ("ถวัลย์ วรรณกิจมงคล", "กรรมการผู้ทรงคุณวุฒิ", "คณะกรรมการบริหารกองทุนจัดรูปที่ดินเพื่อพัฒนาพื้นที่"), True),
    "an_office_named_with_fields_listed_with_spaces_is_known": (
        "นางชุติมา หาญเผชิญ ผู้อำนวยการสำนักงานขับเคลื่อนการปฏิรูปประเทศ ยุทธศาสตร์ชาติ และการสร้างความสามัคคีปรองดอง "
        "(สำนักงาน ป.ย.ป.) เป็นประธานการประชุม", "2020-06-01",
        ("ชุติมา หาญเผชิญ", "ผู้อำนวยการ",
         "สำนักงานขับเคลื่อนการปฏิรูปประเทศ ยุทธศาสตร์ชาติ และการสร้างความสามัคคีปรองดอง"), True),
    "a_police_chiefs_title_names_the_royal_thai_police": (
        "ในวันพุธที่ 19 เมษายน 2566 พันตำรวจโท ประวุธ วงศ์สีนิล รองปลัดกระทรวงยุติธรรม พร้อมด้วยพลตำรวจเอก สุรเชษฐ์ หักพาล "
        "รองผู้บัญชาการตำรวจแห่งชาติ ให้การต้อนรับคณะผู้แทน", "2023-04-19",
        ("สุรเชษฐ์ หักพาล", "รองผู้บัญชาการตำรวจแห่งชาติ", "สำนักงานตำรวจแห่งชาติ"), False),
    "a_foreign_ministry_named_after_a_short_ministers_title_is_named_with_its_head": (
        "นายจาม ประสิทธิ์ รมว.อุตสาหกรรม วิทยาศาสตร์ เทคโนโลยีและนวัตกรรมแห่งราชอาณาจักรกัมพูชา เข้าเยี่ยมคารวะ", "2024-01-10",
        ("จาม ประสิทธิ์", "รัฐมนตรีว่าการ", "กระทรวงอุตสาหกรรม วิทยาศาสตร์ เทคโนโลยีและนวัตกรรมกัมพูชา"), True),
    "a_consulate_general_is_in_the_province_its_name_gives": (
        "วันนี้ (17 มีนาคม 2566) นายภูสิต สมจิตต์ ผู้ว่าราชการจังหวัดพิษณุโลก ให้การต้อนรับ นางลิสา บูเจนนาส "
        "กงสุลใหญ่สหรัฐอเมริกาประจำจังหวัดเชียงใหม่ เพื่อหารือแนวทางส่งเสริมความร่วมมือ", "2023-03-17",
        ("ลิสา บูเจนนาส", "กงสุลใหญ่", "สถานกงสุลใหญ่สหรัฐอเมริกาประจำจังหวัดเชียงใหม่"), False),
    "an_associations_executive_board_is_the_association": (
        "ในวันพฤหัสบดีที่ 5 ตุลาคม 2566 เวลา 14.00 น. พันตำรวจเอก ทวี สอดส่อง รัฐมนตรีว่าการกระทรวงยุติธรรม ให้การต้อนรับ "
        "นายมงคล สุขเจริญคณา ประธานคณะกรรมการบริหารสมาคมการประมงแห่งประเทศไทย พร้อมคณะ ในโอกาสเข้าเยี่ยมคารวะ", "2023-10-05",
        ("มงคล สุขเจริญคณา", "ประธาน", "สมาคมการประมงแห่งประเทศไทย"), False),
    "a_foundation_is_named_for_its_cause": (
        "รางวัลจากองค์การอนามัยโลก (WHO) ประกอบด้วย ศ.นพ.ประกิต วาทีสาธกกิจ ประธานมูลนิธิรณรงค์เพื่อการไม่สูบบุหรี่ "
        "ในรางวัล Dr LEE Jong-wook Memorial Prize for Public Health", "2022-05-27",
        ("ประกิต วาทีสาธกกิจ", "ประธาน", "มูลนิธิรณรงค์เพื่อการไม่สูบบุหรี่"), False),
    "a_title_after_as_right_after_the_name_is_his": (
        "ในโอกาสเดียวกัน พลเอก ณัฐพล นาคพาณิชย์ ในฐานะผู้อำนวยการศูนย์เฉพาะกิจบริหารสถานการณ์ชายแดนไทย–กัมพูชา (ศบ.ทก.) "
        "ได้ยืนยันว่า ฝ่ายไทยยึดถือแนวทางการแก้ไขปัญหาด้วยสันติวิธีมาโดยตลอด", "2025-08-27",
        ("ณัฐพล นาคพาณิชย์", "ผู้อำนวยการ", "ศูนย์เฉพาะกิจบริหารสถานการณ์ชายแดนไทย–กัมพูชา"), True),
    "ptts_exploration_arm_written_short_is_no_environment_office": (
        "วันนี้ นายมนตรี ลาวัลย์ชัยกุล ประธานเจ้าหน้าที่บริหาร ปตท.สผ. เข้าพบ นายพีระพันธุ์ สาลีรัฐวิภาค "
        "รองนายกรัฐมนตรี", "2024-03-01",
        ("มนตรี ลาวัลย์ชัยกุล", "ประธานเจ้าหน้าที่บริหาร", "บริษัท ปตท. สำรวจและผลิตปิโตรเลียม จำกัด (มหาชน)"), False),
    "a_commissioner_sits_on_the_commission_not_in_its_office": (
        "1. นายวิโรจน์ จิวะรังสรรค์ กรรมการ ป.ป.ท. ได้เข้าร่วมประชุม", "2024-11-19",
        ("วิโรจน์ จิวะรังสรรค์", "กรรมการ", "คณะกรรมการป้องกันและปราบปรามการทุจริตในภาครัฐ"), True),
    "a_seat_glued_to_its_commissions_name_is_a_seat_on_it": (
        "วันนี้ นายอิทธิพร บุญประคอง ประธานกรรมการการเลือกตั้ง เข้าพบ พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี",
        "2019-06-10", ("อิทธิพร บุญประคอง", "ประธานกรรมการ", "คณะกรรมการการเลือกตั้ง"), False),
}


@pytest.mark.parametrize("case", POST_AGENCY_CASES)
def test_a_post_is_held_in_the_agency_its_title_names(case):
    body, published, post, only = POST_AGENCY_CASES[case]
    posts = post_triples(facts(body, published))
    assert posts == {post} if only else post in posts


def test_an_english_sentence_does_not_end_at_an_academic_title_nor_is_it_a_name():
    f = facts("วันนี้ (วันจันทร์ที่ 1 กันยายน 2568) ณ ทำเนียบรัฐบาล รศ.ดร.ลินคำ ดวงสะหวัน (H.E. Assoc. Prof. Dr. Linkham "
              "Douangsavanh) รัฐมนตรีว่าการกระทรวงกสิกรรมและสิ่งแวดล้อม สาธารณรัฐประชาธิปไตยประชาชนลาว "
              "เข้าเยี่ยมคารวะนายประเสริฐ จันทรรวงทอง รองนายกรัฐมนตรี", "2025-09-01")
    people = [e for e in f.entities if e.kind == "person"]
    assert sorted(e.labels.get("en") or "" for e in people) == ["", "Linkham Douangsavanh"]
    assert only_event(f)[1]["ลินคำ ดวงสะหวัน"] == "Guest"


def test_those_named_in_brackets_below_their_posts_take_the_acting_post_the_list_appoints_to():
    posts = post_triples(facts(
        "คณะรัฐมนตรีมีมติอนุมัติเป็นหลักการมอบหมายให้รัฐมนตรีเป็นผู้รักษาราชการแทนรัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจ"
        "และสังคม ในกรณีที่ไม่มีผู้ดำรงตำแหน่ง จำนวน 2 ราย ตามลำดับ ดังนี้\n1. รัฐมนตรีประจำสำนักนายกรัฐมนตรี\n"
        "(นางสาวจิราพร สินธุไพร)\n2. รัฐมนตรีว่าการกระทรวงวัฒนธรรม\n(นางสาวสุดาวรรณ หวังศุภกิจโกศล)\n"
        "ทั้งนี้ ตั้งแต่วันที่ 19 พฤศจิกายน 2567 เป็นต้นไป", "2024-11-19"))
    assert posts == {
        ("จิราพร สินธุไพร", "รัฐมนตรีประจำสำนักนายกรัฐมนตรี", "สำนักนายกรัฐมนตรี"),
        ("จิราพร สินธุไพร", "ผู้รักษาราชการแทนรัฐมนตรีว่าการกระทรวง", "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม"),
        ("สุดาวรรณ หวังศุภกิจโกศล", "รัฐมนตรีว่าการกระทรวง", "กระทรวงวัฒนธรรม"),
        ("สุดาวรรณ หวังศุภกิจโกศล", "ผู้รักษาราชการแทนรัฐมนตรีว่าการกระทรวง", "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม")}


def test_an_association_is_named_for_a_cause_not_for_a_deed():
    assert post_triples(facts("นายสมชาย ใจดี นายกสมาคมโรงงานเพื่อรับฟังความคิดเห็น และนางสาวสมศรี ใจงาม "
                              "นายกสมาคมวิทยุและสื่อเพื่อเด็กและเยาวชน เข้าพบ", "2022-05-27")) == {
        ("สมชาย ใจดี", "นายกสมาคม", "สมาคมโรงงาน"),
        ("สมศรี ใจงาม", "นายกสมาคม", "สมาคมวิทยุและสื่อเพื่อเด็กและเยาวชน")}


def test_a_vice_chairs_rank_stands_between_the_seat_and_the_committee_the_order_gives():
    f = facts("34. เรื่อง คำสั่งสำนักนายกรัฐมนตรีที่ 279/2568\nส่วนที่ 2\n2. รองนายกรัฐมนตรี (นายสุริยะ จึงรุ่งเรืองกิจ)\n"
              "2.6 การมอบหมายให้ปฏิบัติหน้าที่รองประธานกรรมการ และกรรมการ ในคณะกรรมการต่าง ๆ ที่จัดตั้งขึ้นตามกฎหมาย ดังนี้\n"
              "2.6.4 รองประธานกรรมการในคณะกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งชาติ\n"
              "2.6.5 รองประธานกรรมการ คนที่ 1 ในคณะกรรมการเพื่อการพัฒนาที่ยั่งยืน\nส่วนที่ 3\n35. เรื่อง อื่น",
              published="2025-09-09")
    assert seats(f) == [
        ("รองประธานกรรมการ", "คณะกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งชาติ"),
        ("รองประธานกรรมการ", "คณะกรรมการเพื่อการพัฒนาที่ยั่งยืน")]


def test_a_prize_named_for_a_doctor_is_no_mention_of_him():
    f = facts("รางวัลจากองค์การอนามัยโลก (WHO) ประกอบด้วย ศ.นพ.ประกิต วาทีสาธกกิจ ประธานมูลนิธิรณรงค์เพื่อการไม่สูบบุหรี่ "
              "ในรางวัล Dr LEE Jong-wook Memorial Prize for Public Health และ นพ.ไพศาล ร่วมวิบูลย์สุข ในรางวัล Sasakawa",
              "2022-05-27")
    assert not [e for e in f.entities if e.kind == "person" and "LEE" in (e.labels.get("en") or "")]


def test_a_boards_chair_and_members_appointed_together_are_two_seats_and_the_chair_is_listed_first():
    f = facts("32. เรื่อง การแต่งตั้งประธานกรรมการและกรรมการผู้ทรงคุณวุฒิในคณะกรรมการสิ่งบ่งชี้ทางภูมิศาสตร์\n"
              "คณะรัฐมนตรีมีมติอนุมัติแต่งตั้งประธานกรรมการและกรรมการผู้ทรงคุณวุฒิในคณะกรรมการสิ่งบ่งชี้ทางภูมิศาสตร์ "
              "จำนวน 3 คน ดังนี้\n1. นายฐิติพงศ์ เขียวไพศาล\n2. นายพณิชย์ วิทยาภัทร์\n3. นางสาวสมฤดี จิตรจง\n",
              published="2024-12-17")
    board = "คณะกรรมการสิ่งบ่งชี้ทางภูมิศาสตร์"
    assert post_triples(f) == {("ฐิติพงศ์ เขียวไพศาล", "ประธานกรรมการ", board),
                               ("พณิชย์ วิทยาภัทร์", "กรรมการผู้ทรงคุณวุฒิ", board),
                               ("สมฤดี จิตรจง", "กรรมการผู้ทรงคุณวุฒิ", board)}


def test_members_listed_on_the_appointments_line_or_under_a_bracketed_group_take_the_seat():
    f = facts("34. เรื่อง การแต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการสภาวิชาชีพวิทยาศาสตร์และเทคโนโลยี\n"
              "คณะรัฐมนตรีมีมติอนุมัติตามที่กระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม เสนอแต่งตั้งกรรมการผู้ทรงคุณวุฒิใน"
              "คณะกรรมการสภาวิชาชีพวิทยาศาสตร์และเทคโนโลยี จำนวน 2 คน ดังนี้ 1. นางสุพิชชา จันทรโยธา 2. นางสุภา หารหนองบัว\n"
              "37. เรื่อง แต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการสิ่งบ่งชี้ทางภูมิศาสตร์\n"
              "คณะรัฐมนตรีมีมติอนุมัติตามที่กระทรวงพาณิชย์เสนอ แต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการสิ่งบ่งชี้ทางภูมิศาสตร์ "
              "จำนวน 2 คน ดังนี้\n1. นายวิศิษฐ์ ลิ้มลือชา กรรมการผู้ทรงคุณวุฒิภาคเอกชน สาขาศิลปศาสตร์\n"
              "(ผู้ทรงคุณวุฒิจากหน่วยงานที่เกี่ยวข้องกับการคุ้มครองผู้บริโภค)\n2. นางสาวกริชผกา บุญเฟื่อง สาขานิติศาสตร์\n",
              published="2024-12-17")
    council, board = "คณะกรรมการสภาวิชาชีพวิทยาศาสตร์และเทคโนโลยี", "คณะกรรมการสิ่งบ่งชี้ทางภูมิศาสตร์"
    assert post_triples(f) == {("สุพิชชา จันทรโยธา", "กรรมการผู้ทรงคุณวุฒิ", council),
                               ("สุภา หารหนองบัว", "กรรมการผู้ทรงคุณวุฒิ", council),
                               ("วิศิษฐ์ ลิ้มลือชา", "กรรมการผู้ทรงคุณวุฒิ", board),
                               ("กริชผกา บุญเฟื่อง", "กรรมการผู้ทรงคุณวุฒิ", board)}


def test_an_item_asking_approval_for_an_appointment_names_the_body_of_its_seats():
    f = facts("33. เรื่อง ขออนุมัติแต่งตั้งกรรมการอื่นในคณะกรรมการการไฟฟ้านครหลวง (กระทรวงมหาดไทย)\n"
              "คณะรัฐมนตรีมีมติอนุมัติตามที่รัฐมนตรีว่าการกระทรวงมหาดไทยเสนอแต่งตั้ง นายราชันย์ ซุ้นหั้ว "
              "เป็นกรรมการอื่นในคณะกรรมการการไฟฟ้านครหลวง แทนกรรมการอื่นเดิมที่พ้นจากตำแหน่ง\n", published="2024-12-17")
    assert post_triples(f) == {("ราชันย์ ซุ้นหั้ว", "กรรมการอื่น", "คณะกรรมการการไฟฟ้านครหลวง")}


@pytest.mark.parametrize(("body", "post"), [
    ("คณะรัฐมนตรีมีมติเห็นชอบแต่งตั้งบุคคลเป็นกรรมการผู้ช่วยรัฐมนตรีอีกหนึ่งวาระ จำนวน 1 ราย ดังนี้\n"
     "1. นายรณภพ ปัทมะดิษ โดยให้มีผลตั้งแต่วันที่ 3 กันยายน 2565", ("รณภพ ปัทมะดิษ", "กรรมการผู้ช่วยรัฐมนตรี")),
    ("2. นายวินัย วนานุกูล เป็นกรรมการแทน นายสรณ บุญใบชัยพฤกษ์", ("วินัย วนานุกูล", "กรรมการ")),
    ("นายภูมิธรรม เวชยชัย รองนายกรัฐมนตรีปฏิบัติหน้าที่แทนนายกรัฐมนตรี กล่าวว่า", ("ภูมิธรรม เวชยชัย", "รองนายกรัฐมนตรี")),
    ("นายสมศักดิ์ เทพสุทิน รองนายกรัฐมนตรีลงพื้นที่ตรวจราชการติดตามสถานการณ์น้ำ", ("สมศักดิ์ เทพสุทิน", "รองนายกรัฐมนตรี")),
])
def test_a_title_stops_before_whom_it_replaces_its_term_and_the_verb(body, post):
    assert posts_of(body, published="2022-09-03") == {post}


def test_a_number_after_the_word_company_is_a_count_unless_a_name_goes_on():
    f = facts("นายอุเมสฯ จะได้นำคณะนักธุรกิจไทย 23 บริษัท 35 ราย เข้าร่วมงาน Business Matching")
    assert not [e for e in f.entities if e.kind == "org" and "35" in (e.labels.get("th") or "")]
    f = facts("นายกิตติพันธ์ จิตต์เป็นธรรม ประธานเจ้าหน้าที่บริหาร บริษัท 304 อินดัสเตรียล ปาร์ค จำกัด ให้การต้อนรับ")
    assert post_triples(f) == {("กิตติพันธ์ จิตต์เป็นธรรม", "ประธานเจ้าหน้าที่บริหาร", "บริษัท 304 อินดัสเตรียล ปาร์ค จำกัด")}


def test_whoever_invites_a_guest_in_hosts_the_call():
    assert roles("ในวันนี้ 6 กุมภาพันธ์ 2568 ณ ห้องรับรอง 1 ตึกบัญชาการ 1 ทำเนียบรัฐบาล นายอุเมส ปานเดย์ ผู้แทนการค้าไทย "
                 "ได้เชิญทูตพาณิชย์มาเลเซีย Ms. Jayagowri Pindaya, Minister Counsellor (Economic Affairs) "
                 "เข้าพบหารือเพื่อเตรียมความพร้อม", published="2025-02-06") == {
        "อุเมส ปานเดย์": "Host", "Jayagowri Pindaya": "Guest"}


def test_a_numbered_meeting_a_trip_was_made_for_on_a_given_day_is_dated_by_it():
    f = facts("นายพีระพันธุ์ สาลีรัฐวิภาค รัฐมนตรีว่าการกระทรวงพลังงานได้เดินทางเยือนกรุงเวียงจันทน์ เมื่อวันที่ 26 กันยายน 2567 "
              "เพื่อเข้าร่วมการประชุมรัฐมนตรีอาเซียนด้านพลังงาน ครั้งที่ 42", published="2024-12-17")
    assert {(e.type, e.date, e.ordinal) for e in f.events} == {("Visit", dt.date(2024, 9, 26), None),
                                                              ("Meeting", dt.date(2024, 9, 26), 42)}
    f = facts("นายหวัง อี้ เข้าเยี่ยมคารวะนายกรัฐมนตรี ในโอกาสเยือนไทยเพื่อเข้าร่วมการประชุมคณะกรรมาธิการร่วม ครั้งที่ 22",
              published="2024-12-17")
    assert ("Meeting", None, 22) in {(e.type, e.date, e.ordinal) for e in f.events}


def test_an_acting_post_keeps_its_word_for_whom_it_acts():
    f = facts("นายสิงหราช วงษ์เสงี่ยม รองผู้ว่าราชการจังหวัดรักษาราชการแทนผู้ว่าราชการจังหวัดพิจิตร นำหัวหน้าส่วนราชการ")
    assert post_triples(f) == {("สิงหราช วงษ์เสงี่ยม", "รองผู้ว่าราชการจังหวัดรักษาราชการแทน", "จังหวัดพิจิตร")}


def test_a_surname_beginning_like_a_verb_whose_rest_is_no_word_is_a_surname():
    f = facts("37. เรื่อง แต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการสิ่งบ่งชี้ทางภูมิศาสตร์\n"
              "คณะรัฐมนตรีมีมติอนุมัติแต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการสิ่งบ่งชี้ทางภูมิศาสตร์ จำนวน 1 คน ดังนี้\n"
              "1. นางสาวศศิวิมล มีจรูญสม สาขาวิทยาศาสตร์\n", published="2024-12-17")
    assert {e.labels["th"] for e in f.entities if e.kind == "person"} == {"ศศิวิมล มีจรูญสม"}
    assert not [e for e in facts("นายสมชาย ใจดี มีความเห็นว่า").entities if e.labels.get("th") == "สมชาย มีความเห็นว่า"]


def test_a_foreign_ministry_listing_its_fields_with_spaces_may_name_its_country_after_a_spaced_of():
    f = facts("เพื่อหารือกับ Tengku Datuk Seri Zafrul Abdul Aziz, รัฐมนตรีว่าการกระทรวงการลงทุน การค้าและอุตสาหกรรม "
              "ของมาเลเซีย (Minister of Investment, Trade and Industry) เพื่อยืนยันความมุ่งมั่น")
    (ministry,) = [e for e in f.entities if e.kind == "org"]
    assert ministry.labels == {"th": "กระทรวงการลงทุน การค้าและอุตสาหกรรมมาเลเซีย"}  # the bracket glosses the title
    assert post_triples(f) == {("Zafrul Abdul Aziz", "รัฐมนตรีว่าการกระทรวง",
                                "กระทรวงการลงทุน การค้าและอุตสาหกรรมมาเลเซีย")}
    text = "ได้หารือกับกระทรวงการลงทุน การค้า และอุตสาหกรรม ของมาเลเซีย เมื่อวันที่ 5 กุมภาพันธ์ 2568"
    assert [o.key for o in find_orgs(text, 0, len(text), load())] == [ministry.key]  # one key however it is spaced


def test_a_thai_missions_city_is_the_whole_word_before_its_country():
    f = facts("2. นายปิยภักดิ์ ศรีเจริญ เอกอัครราชทูต สถานเอกอัครราชทูต ณ กรุงมานามา ราชอาณาจักรบาห์เรน "
              "ให้ดำรงตำแหน่ง อธิบดีกรมเอเชียตะวันออก")
    assert ("ปิยภักดิ์ ศรีเจริญ", "เอกอัครราชทูต", "สถานเอกอัครราชทูต ณ กรุงมานามา") in post_triples(f)


@pytest.mark.parametrize(("text", "names"), [
    ("ที่ดินดังกล่าวได้โอนให้สำนักงานที่ดินเองทั้งสิ้น", ["สำนักงานที่ดิน"]),
    ("โดยไม่ได้เป็นกรรมการในคณะกรรมการใด ซึ่งเป็นไปตามระเบียบ", []),
    ("หากกระทรวงใดกระทรวงหนึ่งยังไม่ได้ดำเนินการ", []),
    ("ให้คณะกรรมการชุดเดิมปฏิบัติหน้าที่ต่อไป", []),
])
def test_an_agencys_name_stops_at_itself_and_any_is_no_name(text, names):
    assert [o.label for o in find_orgs(text, 0, len(text), load())] == names


def test_the_chair_of_what_a_trip_was_for_chairs_no_talks_held_on_it():
    assert roles("เมื่อวันที่ 13 ธันวาคม 2566 นายปานปรีย์ พหิทธานุกร รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการต่างประเทศ "
                 "พบหารือทวิภาคีกับนายคอลิด บิน อับดุลอะซีซ อัลฟาลิห์ รัฐมนตรีว่าการกระทรวงการลงทุนซาอุดีอาระเบีย "
                 "ในโอกาสที่รองนายกรัฐมนตรีฯ เดินทางมาเป็นประธานเปิดงาน Thailand Mega Fair 2023 ณ กรุงริยาด",
                 published="2023-12-15") == {"ปานปรีย์ พหิทธานุกร": "Participant",
                                             "คอลิด บิน อับดุลอะซีซ อัลฟาลิห์": "Participant"}


def test_a_visit_named_as_anothers_makes_no_guest_of_the_subject():
    assert roles("นายสุทิน คลังแสง รัฐมนตรีว่าการกระทรวงกลาโหม ได้มีการพบหารือกับ นายศรัณย์ เจริญสุวรรณ "
                 "เอกอัครราชทูต ณ กรุงปารีส โดยได้หารือติดตามผลการเดินทางเยือนของนายกรัฐมนตรี", published="2024-06-20") == {
        "สุทิน คลังแสง": "Participant", "ศรัณย์ เจริญสุวรรณ": "Participant"}


def test_a_police_officer_named_before_his_title_holds_it():
    f = facts("คณะรัฐมนตรีมีมติอนุมัติตามที่สำนักงานสภาความมั่นคงแห่งชาติเสนอรับโอน พลตำรวจเอก รอย อิงคไพโรจน์ "
              "ข้าราชการตำรวจ ตำแหน่ง รองผู้บัญชาการตำรวจแห่งชาติ สำนักงานตำรวจแห่งชาติ มาบรรจุเป็นข้าราชการพลเรือนสามัญ",
              published="2024-06-11")
    assert post_triples(f) == {("รอย อิงคไพโรจน์", "รองผู้บัญชาการตำรวจแห่งชาติ", "สำนักงานตำรวจแห่งชาติ")}


def test_signatories_approved_however_long_their_list_sign_nothing_yet():
    f = facts("2. อนุมัติให้ปลัดกระทรวงการต่างประเทศในฐานะประธานคณะกรรมการด้านการเมืองและการกงสุล "
              "เลขาธิการสภาความมั่นคงแห่งชาติในฐานะประธานคณะกรรมการด้านความมั่นคงและการทหาร "
              "ปลัดกระทรวงการท่องเที่ยวและกีฬาในฐานะประธานคณะกรรมการด้านวัฒนธรรมและการท่องเที่ยว "
              "ปลัดกระทรวงพาณิชย์ในฐานะประธานคณะกรรมการด้านเศรษฐกิจและการค้า และเลขาธิการคณะกรรมการส่งเสริมการลงทุน"
              "ในฐานะประธานคณะกรรมการด้านการลงทุน ภายใต้สภาความร่วมมือซาอุดี - ไทย หรือผู้แทนที่ได้รับมอบหมาย "
              "เป็นผู้ลงนามในร่างบันทึกผลการประชุม และภายหลังลงนามแล้ว ให้กระทรวงการต่างประเทศแจ้งผล")
    assert not [e for e in f.events if e.type == "Signing"]
    f = facts("3. อนุมัติให้รองนายกรัฐมนตรี (พลเอก ประวิตร วงษ์สุวรรณ) หรือผู้แทนที่ได้รับมอบหมาย ในฐานะหัวหน้าคณะผู้แทนไทย"
              "เป็นผู้ลงนามรับรองในรายงานการประชุม โดยที่เอกสารดังกล่าว มิได้ใช้ถ้อยคำที่ก่อให้เกิดพันธกรณี")
    assert not f.events
    f = facts("วันนี้ (25 ก.พ. 65) ผมมอบหมายให้ นางสาวอัจฉรินทร์ พัฒนพันธ์ชัย ปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
              "เป็นผู้ลงนามความร่วมมือข้อตกลงระหว่างกระทรวงดิจิทัลฯ และบริษัท หัวเว่ย เทคโนโลยี่ (ประเทศไทย) จำกัด",
              published="2022-02-25")
    assert [e.type for e in f.events] == ["Signing"]


def test_a_latin_name_written_without_its_space_is_two_words():
    f = facts("3. ในการประชุมระหว่างนาย TakehikoNakaoประธานธนาคารพัฒนาเอเชีย กับผู้ว่าการของประเทศสมาชิก "
              "(Governors’ Plenary) เมื่อวันที่ 5 พฤษภาคม 2561", published="2018-05-08")
    assert ("Takehiko Nakao", "ประธาน", "ธนาคารพัฒนาเอเชีย") in post_triples(f)
    assert not facts("นาย McDonald กล่าวว่า").posts


def test_a_prince_or_princess_goes_by_one_name_that_is_no_thai_word():
    f = facts("และรู้สึกซาบซึ้งที่เจ้าชายอากิชิโนะและเจ้าหญิงคิโกะได้เสด็จเยือนไทยเพื่อเข้าร่วมพระราชพิธี")
    assert {e.labels["th"] for e in f.entities if e.kind == "person"} == {"อากิชิโนะ", "คิโกะ"}
    assert not [e for e in facts("นิทานเรื่องเจ้าชายกบ และเจ้าหญิงนักกฎหมาย").entities if e.kind == "person"]


def test_one_named_after_dooymee_who_witnesses_a_signing_takes_part_and_signs_nothing():
    assert roles("นายยุทธนา หยิมการุณ อธิบดีกรมธนารักษ์ และนายสมชาย ใจดี ผู้อำนวยการบริษัท ไทยเบฟ จำกัด ร่วมลงนามสัญญา "
                 "โดยมีนายวีระ แข็งกสิการ ปลัดกระทรวงศึกษาธิการ ให้เกียรติเป็นสักขีพยานในการลงนาม "
                 "ณ กระทรวงการคลัง", published="2019-01-10") == {
        "ยุทธนา หยิมการุณ": "Signatory", "สมชาย ใจดี": "Signatory", "วีระ แข็งกสิการ": "Participant"}


def test_those_named_before_they_witness_a_signing_take_part_and_sign_nothing():
    assert roles("วันนี้ (19 เม.ย.61 ) นายสมคิด จาตุศรีพิทักษ์ รองนายกรัฐมนตรี และนายลวี่ เจี้ยน เอกอัครราชทูตจีน "
                 "ประจำประเทศไทย ร่วมเป็นสักขีพยานลงนามบันทึกความเข้าใจระหว่างหน่วยงานภาครัฐของไทยกับบริษัทอาลีบาบา "
                 "ณ โรงแรมแมริออท", published="2018-04-19") == {
        "สมคิด จาตุศรีพิทักษ์": "Participant", "ลวี่ เจี้ยน": "Participant"}
    assert roles("วันนี้ (19 เม.ย.61 ) นายอุตตม สาวนายน รัฐมนตรีว่าการกระทรวงอุตสาหกรรม ลงนามบันทึกความเข้าใจกับบริษัทอาลีบาบา "
                 "ณ โรงแรมแมริออท", published="2018-04-19") == {"อุตตม สาวนายน": "Signatory"}


def test_a_meeting_held_on_two_days_each_told_with_its_place_is_two_meetings_each_in_its_place():
    f = facts("สศช. ได้จัดการประชุมบูรณาการร่วมภาครัฐและเอกชนเพื่อพัฒนากลุ่มจังหวัดภาคกลางตอนล่าง 2 เมื่อวันพุธที่ "
              "8 พฤษภาคม 2567 ณ ห้องประชุมตึกสันติไมตรี (หลังใน) ทำเนียบรัฐบาล และเมื่อวันจันทร์ที่ 13 พฤษภาคม 2567 "
              "ณ ห้องประชุมพริบพรี ชั้น 2 ศาลากลางจังหวัดเพชรบุรี โดยมีรองนายกรัฐมนตรี (นายพีระพันธุ์ สาลีรัฐวิภาค) "
              "เป็นประธานการประชุมฯ", published="2024-05-21")
    assert sorted((str(e.date), e.place) for e in f.events) == [
        ("2024-05-08", "ห้องประชุมตึกสันติไมตรี"), ("2024-05-13", "ห้องประชุมพริบพรี ชั้น 2 ศาลากลางจังหวัดเพชรบุรี")]
    assert event_people(f) == [("Meeting", ["พีระพันธุ์ สาลีรัฐวิภาค"])] * 2


def test_those_who_join_a_call_in_a_clause_of_their_own_take_part_and_the_host_still_hosts():
    text = ("วันนี้ (7 กันยายน 2566) นายรอเบิร์ต เอฟ. โกเด็ก (Mr. Robert F. Godec) เอกอัครราชทูตสหรัฐฯ ประจำประเทศไทย "
            "เข้าพบเพื่อแสดงความยินดีกับนายเศรษฐา ทวีสิน ในโอกาสที่ได้รับแต่งตั้งเป็นนายกรัฐมนตรี โดยในโอกาสนี้ "
            "นายปานปรีย์ พหิทธานุกร รองนายกรัฐมนตรีและรัฐมนตรีว่าการกระทรวงการต่างประเทศ และนายพรหมินทร์ เลิศสุริย์เดช "
            "เลขาธิการนายกรัฐมนตรี เข้าร่วม{}ด้วย")
    expected = {"รอเบิร์ต เอฟ. โกเด็ก": "Guest", "เศรษฐา ทวีสิน": "Host", "ปานปรีย์ พหิทธานุกร": "Participant",
                "พรหมินทร์ เลิศสุริย์เดช": "Participant"}
    assert roles(text.format("การเข้าเยี่ยมคารวะครั้งนี้"), published="2023-09-07") == expected
    assert roles(text.format(""), published="2023-09-07") == expected


def test_a_bare_chair_after_nai_thana_chairs_the_one_board_its_line_names_in_words():
    f = facts("นายจุติ ไกรฤกษ์ รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ นำคณะกรรมการขับเคลื่อน"
              "เขตพัฒนาพิเศษระเบียงสังคม ซึ่งนำโดย นางสาวศิริพร ไชยสุต นายกสมาคมบัณฑิตสตรีทางกฎหมายแห่งประเทศไทย "
              "ในฐานะประธาน และนายอนุกูล ปีดแก้ว ปลัดกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ ในฐานะรองประธาน "
              "เข้าพบ พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี", published="2023-05-26")
    board = "คณะกรรมการขับเคลื่อนเขตพัฒนาพิเศษระเบียงสังคม"
    assert {("ศิริพร ไชยสุต", "ประธาน", board), ("อนุกูล ปีดแก้ว", "รองประธาน", board)} <= post_triples(f)
    # ... ได้แก่ สตช. DSI ป.ป.ท. และ ป.ป.ช. ... X ในฐานะประธานกรรมการ: an agency named by abbreviation in a list is none.
    f = facts("โดยเชิญหน่วยงานที่เกี่ยวข้องเข้าร่วม ได้แก่ สตช. ป.ป.ท. และ ป.ป.ช. โดยให้รายงานเสนอ พลเอก ฉัตรชัย สาริกัลยะ "
              "รองนายกรัฐมนตรี ในฐานะประธานกรรมการ ทราบผล", published="2017-06-01")
    assert ("ฉัตรชัย สาริกัลยะ", "ประธานกรรมการ", None) in post_triples(f)


def test_a_name_that_fills_a_numbered_item_keeps_a_surname_that_begins_like_a_verb():
    names = {e.labels["th"] for e in facts("ดังนี้\n1. นายสุวัฒน์ มีมุข\n2. นายมาโนช แจ้งมุข 3. นายเกริก มีมุ่งกิจ\n"
                                          "ทั้งนี้ ตั้งแต่วันที่ 3 ธันวาคม 2562 เป็นต้นไป").entities if e.kind == "person"}
    assert {"สุวัฒน์ มีมุข", "มาโนช แจ้งมุข", "เกริก มีมุ่งกิจ"} <= names
    said = facts("นายมาโนช แจ้งว่าที่ประชุมเห็นชอบ 2. ให้ดำเนินการ")
    assert not [e for e in said.entities if e.kind == "person" and e.labels["th"].startswith("มาโนช แจ้ง")]


def test_appointees_listed_several_to_a_line_each_take_the_seat():
    f = facts("23. เรื่อง การแต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการส่งเสริมคุณธรรมแห่งชาติ\n"
              "คณะรัฐมนตรีมีมติเห็นชอบตามที่กระทรวงวัฒนธรรมเสนอแต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการส่งเสริม"
              "คุณธรรมแห่งชาติ จำนวน 4 คน ดังนี้\n1. นายสันติ เสือสมิง 2. นายมาโนช แจ้งมุข 3. นายกิตติพันธ์ ใจดี\n"
              "4. นายเกริก มีมุ่งกิจ\nทั้งนี้ ตั้งแต่วันที่ 31 มีนาคม 2563 เป็นต้นไป", published="2020-03-31")
    board = "คณะกรรมการส่งเสริมคุณธรรมแห่งชาติ"
    assert {(n, "กรรมการผู้ทรงคุณวุฒิ", board) for n in ("สันติ เสือสมิง", "มาโนช แจ้งมุข", "กิตติพันธ์ ใจดี",
                                                            "เกริก มีมุ่งกิจ")} <= post_triples(f)


def test_a_second_post_after_the_short_name_of_the_first_and_nai_thana_is_the_same_persons():
    f = facts("นางสาวกัลยา ชินาธิวร ที่ปรึกษาด้านต่างประเทศ กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอี) "
              "ในฐานะรองหัวหน้าคณะผู้แทนไทย โดยมีนายดามพ์ บุณธรรม เอกอัครราชทูต ณ กรุงริยาด เป็นหัวหน้าคณะผู้แทนไทย",
              published="2023-10-03")
    assert ("กัลยา ชินาธิวร", "รองหัวหน้าคณะผู้แทน", None) in post_triples(f)
    f = facts("นายภุชพงค์ โนดไธสง ผู้อำนวยการสำนักงานคณะกรรมการดิจิทัลเพื่อเศรษฐกิจและสังคมแห่งชาติ (สดช.) "
              "ในฐานะโฆษกกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม เปิดเผยว่า", published="2020-05-01")
    assert ("ภุชพงค์ โนดไธสง", "โฆษกกระทรวง", "กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม") in post_triples(f)
    # ... (ดีอีเอส) ในฐานะรองหัวหน้าศูนย์ปฏิบัติการ...: no head word of a body left unread is a post.
    f = facts("นายพลวรรธน์ วิทูรกลชิต ผู้ตรวจราชการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดีอีเอส) "
              "ในฐานะรองหัวหน้าศูนย์ปฏิบัติการด้านข้อมูลมาตรการแก้ไขปัญหา เปิดเผยว่า", published="2020-05-01")
    assert not [t for t in post_triples(f) if t[1] == "รองหัวหน้า"]


def test_the_chair_of_a_meeting_named_after_his_title_chairs_it_and_holds_no_post_so_named():
    f = facts("นายวิทยา สุริยะวงค์ รองปลัดกระทรวงยุติธรรม ประธานการประชุมหน่วยงานขับเคลื่อนกำกับดูแลโครงการอาเซียน "
              "เพื่อต่อต้านการค้ามนุษย์ เมื่อวันที่ 13 พฤศจิกายน 2562 ณ โรงแรมเซ็นทรา โดยมีผู้แทนจากสถานเอกอัครราชทูต"
              "ออสเตรเลีย เข้าร่วม", published="2019-11-14")
    assert post_triples(f) == {("วิทยา สุริยะวงค์", "รองปลัดกระทรวง", "กระทรวงยุติธรรม")}
    assert only_event(f)[1]["วิทยา สุริยะวงค์"] == "Chair"
    # ร่างถ้อยแถลงประธานการประชุม...: the chair's statement, glued to the word before, names no one chairing.
    f = facts("คณะรัฐมนตรีมีมติเห็นชอบต่อร่างถ้อยแถลงประธานการประชุมรัฐมนตรีเอเปคด้านป่าไม้ ครั้งที่ 5")
    assert not f.events


def test_a_secretary_general_named_with_the_abbreviation_of_his_board_heads_its_office():
    f = facts("คณะรัฐมนตรีมีมติอนุมัติแต่งตั้งหม่อมหลวงพัชรภากร เทวกุล รองเลขาธิการ ก.พ. ให้ดำรงตำแหน่ง เลขาธิการ ก.พ. "
              "และรับโอน นายปกรณ์ นิลประพันธ์ เลขาธิการ ก.พ.ร.", published="2019-09-10")
    assert {("พัชรภากร เทวกุล", "รองเลขาธิการ", "สำนักงานคณะกรรมการข้าราชการพลเรือน"),
            ("พัชรภากร เทวกุล", "เลขาธิการ", "สำนักงานคณะกรรมการข้าราชการพลเรือน"),
            ("ปกรณ์ นิลประพันธ์", "เลขาธิการ", "สำนักงานคณะกรรมการพัฒนาระบบราชการ")} <= post_triples(f)


def test_a_deputy_prime_minister_abbreviated_without_a_space_is_no_prime_minister():
    f = facts("โดยมี พลอากาศเอก ประจิน จั่นตอง รองนรม. และรมว.กระทรวงยุติธรรม เป็นประธานในพิธี", published="2018-01-10")
    assert ("ประจิน จั่นตอง", "รองนายกรัฐมนตรี", None) in post_triples(f)
    assert not [t for t in post_triples(f) if t[1] == "นายกรัฐมนตรี"]


def test_one_word_holding_a_post_in_a_foreign_agency_is_a_foreigners_whole_name():
    f = facts("หลังจากนั้นทั้งสองฝ่ายได้ร่วมประชุมคณะกรรมการชายแดนทั่วไป ( GBC ) ไทย – กัมพูชา ครั้งที่ 12 โดยมี "
              "พล.อ.ประวิตร วงษ์สุวรรณ รอง นรม.และ รมว.กห. และ พล.อ.เตียบันห์ รอง นรม.และ รมว.กห. กัมพูชา เป็นประธานร่วม",
              published="2017-03-30")
    assert only_event(f)[1] == {"ประวิตร วงษ์สุวรรณ": "CoChair", "เตียบันห์": "CoChair"}
    # A Thai given name alone, however titled, still makes no person.
    assert not [e for e in facts("พล.อ.ประวิตร รองนายกรัฐมนตรี กล่าวว่า").entities if e.kind == "person"]


def test_a_petty_officers_rank_begins_the_next_name_in_a_list():
    f = facts("นายบุญชอบ สุทธมนัสวงษ์ ปลัดกระทรวงแรงงาน นายสุทธิ สุโกศล จ่าเอกยศสิงห์ เหลี่ยมเลิศ "
              "ประจำสำนักเลขาธิการนายกรัฐมนตรี ปฏิบัติหน้าที่ประจำกระทรวงแรงงาน เข้าพบ", published="2022-06-26")
    names = {e.labels.get("th") or e.labels.get("en") for e in f.entities if e.kind == "person"}
    assert {"สุทธิ สุโกศล", "ยศสิงห์ เหลี่ยมเลิศ"} <= names
    # A deputy governor behind a corporal's rank keeps a first name that is also the word for emeritus.
    f = facts("พร้อมด้วย นายอนุพงศ์ คำภูแก้ว สิบเอก กิตติคุณ บุตรคุณ รองผู้ว่าราชการจังหวัดเลย", published="2024-07-20")
    assert ("กิตติคุณ บุตรคุณ", "รองผู้ว่าราชการจังหวัด", "จังหวัดเลย") in post_triples(f)


def test_a_name_ends_before_a_former_post_and_before_words_on_what_the_person_does():
    for text, name in (
            ("ได้เกิดเหตุสลด จ่าเอก สมาน กุนัน อดีตหน่วยซีล เชื่อว่าคนไทยทุกคนก็รู้สึกอย่างเดียวกัน ทุกคนจะจดจำ", "สมาน กุนัน"),
            ("ผู้บัญชาการทหารเรือมอบรางวัลแก่ พันจ่าโท อนุชิต พรมดอนกลอย เจ้าหน้าที่ส่งกำลัง หมวดส่งกำลัง แผนก",
             "อนุชิต พรมดอนกลอย")):
        assert [p.name for p in find_persons(text, 0, len(text), load())] == [name]
    # A woman's two family names stay her name.
    text = "น.ส.รัดเกล้า อินทวงศ์ สุวรรณคีรี รองโฆษกประจำสำนักนายกรัฐมนตรี กล่าวว่า"
    assert [p.name for p in find_persons(text, 0, len(text), load())] == ["รัดเกล้า อินทวงศ์ สุวรรณคีรี"]


def test_a_military_departments_director_heads_the_department_his_title_runs_into():
    f = facts("นายขจร ศรีชวโนทัย อธิบดีกรมส่งเสริมการปกครองท้องถิ่น และพลโทณัฐพงษ์ เพราแก้ว เจ้ากรมชายแดนทหาร "
              "กองบัญชาการกองทัพไทย เข้าร่วมการหารือ", published="2024-10-23")
    assert ("ณัฐพงษ์ เพราแก้ว", "เจ้ากรม", "กรมชายแดนทหาร") in post_triples(f)
    # ...และโฆษกกองทัพบก: his second post, not part of the department's name.
    f = facts("พลโท อานุภาพ ศิริมณฑล เจ้ากรมกิจการพลเรือนทหารบกและโฆษกกองทัพบก เข้าร่วมประชุม", published="2020-01-10")
    assert ("อานุภาพ ศิริมณฑล", "เจ้ากรม", "กรมกิจการพลเรือนทหารบก") in post_triples(f)
    # เจ้ากรมส่ง|กำลังบำรุงทหาร: no department is named by the title's head and a word cut short.
    f = facts("โดยให้เจ้ากรมส่งกำลังบำรุงทหาร หรือผู้แทนที่ได้รับมอบหมายเป็นผู้ร่วมลงนามในร่างข้อตกลง")
    assert not [e for e in f.entities if e.kind == "org" and e.labels.get("th") == "กรมส่ง"]




def test_mr_in_thai_letters_and_one_latin_word_before_a_post_abroad_name_foreigners():
    f = facts("วันที่ 15 กันยายน 2565 มร. ลี ฮี ซัง ผู้อำนวยการสำนักงานส่งเสริมการค้าและการลงทุนแห่งสาธารณรัฐเกาหลี"
              "ประจำประเทศไทย (KOTRA) เข้าเยี่ยมคารวะนายนฤตม์ เทอดสถีรศักดิ์ รองเลขาธิการบีโอไอ", published="2022-09-15")
    assert "ลี ฮี ซัง" in {e.labels.get("th") or e.labels.get("en") for e in f.entities if e.kind == "person"}
    f = facts("ปลัดกระทรวงดิจิทัลฯ ยังได้เข้าเยี่ยมคารวะ H.E. Mr. Rudiantara รัฐมนตรีว่าการกระทรวงการสื่อสารและ"
              "เทคโนโลยีสารสนเทศแห่งอินโดนีเซีย", published="2018-02-28")
    assert "Rudiantara" in {e.labels.get("th") or e.labels.get("en") for e in f.entities if e.kind == "person"}


def test_an_office_written_with_sng_is_the_office_written_in_full():
    f = facts("ได้แก่ นายอรรษิษฐ์ สัมพันธรัตน์ ปลัดกระทรวงมหาดไทย น.ส.อรอุมา วรแสน ผอ.กองการต่างประเทศ "
              "สนง.ปลัดกระทรวงมหาดไทย นายรอมดอน หะยีอาแว ผอ.สำนักกิจการความมั่นคงภายใน กรมการปกครอง เข้าร่วมหารือ",
              published="2025-01-20")
    orgs = {e.key: e for e in f.entities if e.kind == "org"}
    division = next(e for e in orgs.values() if e.labels.get("th") == "กองการต่างประเทศ")
    assert division.parent == "moi_ops" and ("สนง.ปลัดกระทรวงมหาดไทย", "th") in orgs["moi_ops"].alt_labels
    # สนง.พมจ.แพร่: an abbreviation cut at its first dot names no office.
    f = facts("เจ้าหน้าที่ (สนง.พมจ.แพร่) ลงพื้นที่")
    assert not [e for e in f.entities if e.kind == "org" and e.labels.get("th", "").startswith("สำนักงานพมจ")]


def test_the_cabinets_coordinators_are_listed_under_their_item_one_agency_an_entry():
    f = facts("28. เรื่อง รายชื่อผู้ประสานงานคณะรัฐมนตรีและรัฐสภาของรองนายกรัฐมนตรีและส่วนราชการ\n"
              "คณะรัฐมนตรีมีมติรับทราบตามที่สำนักเลขาธิการคณะรัฐมนตรี (สลค.) เสนอรายชื่อผู้ประสานงานคณะรัฐมนตรีและรัฐสภา "
              "(ปคร.) ดังนี้\n"
              "1. รองนายกรัฐมนตรี (นายดอน ปรมัตถ์วินัย) รายชื่อ ปคร. นายฉัตรชัย วิริยเวชกุล ที่ปรึกษารัฐมนตรีว่าการ"
              "กระทรวงการต่างประเทศ\n"
              "2. กค. รายชื่อ ปคร. นายจำเริญ โพธิยอด รองปลัดกระทรวงการคลัง\n"
              "3. กระทรวงมหาดไทย\nนายสมคิด จันทมฤก\nรองปลัดกระทรวงมหาดไทย\n"
              "29. เรื่อง การแต่งตั้งกรรมการผู้ทรงคุณวุฒิ\n1. นายเธียรชัย ณ นคร กรรมการผู้ทรงคุณวุฒิด้านกฎหมาย",
              published="2020-12-29")
    coordinators = {(who, org) for who, title, org in post_triples(f) if title == "ผู้ประสานงานคณะรัฐมนตรีและรัฐสภา"}
    assert coordinators == {("ฉัตรชัย วิริยเวชกุล", None), ("จำเริญ โพธิยอด", "กระทรวงการคลัง"),
                            ("สมคิด จันทมฤก", "กระทรวงมหาดไทย")}


def test_a_foreign_ministrys_spaced_fields_end_where_the_sentence_goes_on():
    f = facts("ว่าได้หารือกับ พล.ต.ดร. ทองเหล็ก มังหน่อเมก รองรัฐมนตรีกระทรวงป้องกันความสงบ  อย่างเข้าใจ "
              "และยินดีที่ทราบว่าประเด็นด้านยาเสพติดเป็นวาระแห่งชาติของลาว ที่ประชุมได้แลกเปลี่ยนข้อมูล", published="2022-03-05")
    assert {e.labels.get("th") for e in f.entities if e.kind == "org"} == {"กระทรวงป้องกันความสงบ"}


@pytest.mark.parametrize(("text", "office"), [
    ("นายสมศักดิ์ เทพสุทิน รัฐมนตรีว่าการกระทรวงยุติธรรม เข้าเยี่ยมคารวะ นายสิงห์ชัย ทนินซ้อน อัยการสูงสุด",
     "สำนักงานอัยการสูงสุด"),
    ("นายสมศักดิ์ เทพสุทิน รัฐมนตรีว่าการกระทรวงยุติธรรม เข้าเยี่ยมคารวะ นายทรงศัก สายเชื้อ ผู้ตรวจการแผ่นดิน",
     "สำนักงานผู้ตรวจการแผ่นดิน"),
    # not another country's, nor one told of in speech
    ("นายสมศักดิ์ เทพสุทิน รัฐมนตรีว่าการกระทรวงยุติธรรม หารือกับ นายมาร์ค เดรย์ฟัส อัยการสูงสุด ออสเตรเลีย", None),
    ("นายสมศักดิ์ กล่าวว่า นายมาร์ค เดรย์ฟัส เป็นอัยการสูงสุดที่เก่งมาก", None),
])
def test_a_title_that_is_its_offices_name_less_its_head_word_is_held_there(text, office):
    f = facts(text)
    names = labels_of(f)
    assert {names.get(p.org) for p in f.posts if p.title in ("อัยการสูงสุด", "ผู้ตรวจการแผ่นดิน")} == {office}


def test_who_stands_for_a_thai_agency_acts_for_it_but_holds_no_post_in_it():
    f = facts("วันนี้ นายอนุทิน ชาญวีรกูล รองนายกรัฐมนตรี ประชุมหารือร่วมกับ นายจำเริญ โพธิยอด ผู้แทนกระทรวงการคลัง "
              "และนายแพทย์วิชัย ใจดี ผู้แทนองค์การอนามัยโลกประจำประเทศไทย", published="2021-03-23")
    names = labels_of(f)
    assert {(names[p.person], names.get(p.org)) for p in f.posts if p.title == "ผู้แทน"} == {
        ("วิชัย ใจดี", "องค์การอนามัยโลก")}
    (event,) = f.events
    assert {(names[p.agent], names.get(p.on_behalf_of)) for p in event.participations if p.agent_kind == "person"} >= {
        ("จำเริญ โพธิยอด", "กระทรวงการคลัง")}


def test_an_unattached_representative_stands_for_no_one_representative_the_article_names():
    f = facts("10. นายสมศักดิ์ อนันทวัฒน์ ผู้แทนกระทรวงการคลัง เป็นกรรมการในคณะกรรมการองค์การสวนสัตว์แห่งประเทศไทย\n"
              "11. เรื่อง ร่างบันทึกความเข้าใจ\nเมื่อวันที่ 6 ธันวาคม 2565 ผู้แทนกระทรวงการคลังได้ลงนามในบันทึกความเข้าใจ"
              "ว่าด้วยความร่วมมือด้านภาษี", published="2022-12-27")
    assert f.events and not [p for ev in f.events for p in ev.participations if p.agent_kind == "person"]


def test_an_embassy_named_in_english_is_the_embassy_its_thai_name_names():
    f = facts("นายอัลเบิร์ต แม็ค (Mr. Albert Mack) เจ้าหน้าที่ British Embassy และนายโอบะ ยูอิจิ (Mr. Oba Yuichi) "
              "Embassy of Japan และสถานเอกอัครราชทูตญี่ปุ่นประจำประเทศไทย เข้าพบ นายดอน ปรมัตถ์วินัย", published="2019-05-01")
    embassies = {e.key: e for e in f.entities if e.kind == "org" and "สถานเอกอัครราชทูต" in e.labels.get("th", "")}
    assert {e.country for e in embassies.values()} == {"GB", "JP"} and len(embassies) == 2
    # The Royal Thai Embassy is known by its city, which the English name does not give: no embassy of Thailand.
    f = facts("นายสมชาย ใจดี จาก Royal Thai Embassy และ Embassy of Thailand เข้าร่วม")
    assert not [e for e in f.entities if e.kind == "org" and e.country == "TH" and "Embassy" in e.labels.get("en", "")]


def test_a_monarchs_or_crown_princes_title_is_his_post():
    posts = posts_of("นายกรัฐมนตรีเข้าเฝ้าสมเด็จพระราชาธิบดีจิกมี เคเซอร์ นัมเกล วังชุก แห่งภูฏาน ณ พระราชวัง")
    assert posts == {("จิกมี เคเซอร์ นัมเกล วังชุก", "สมเด็จพระราชาธิบดี")}
    # A crown prince's posts beside his title are his too, with or without และ.
    posts = posts_of("นายกรัฐมนตรีหารือกับเจ้าชาย มุฮัมมัด บิน ซัลมาน บิน อับดุลอะซีซ อัลซะอูด มกุฎราชกุมาร "
                     "รองนายกรัฐมนตรี และรัฐมนตรีว่าการกระทรวงกลาโหมซาอุดีอาระเบีย")
    assert {t for _, t in posts} == {"มกุฎราชกุมาร", "รองนายกรัฐมนตรี", "รัฐมนตรีว่าการกระทรวง"}
    posts = posts_of("เจ้าชายซัลมาน บิน ฮะมัด บิน อีซา อัลเคาะลีฟะฮ์ มกุฎราชกุมารและนายกรัฐมนตรีแห่งราชอาณาจักรบาห์เรน")
    assert {t for _, t in posts} == {"มกุฎราชกุมาร", "นายกรัฐมนตรี"}
    # The emperor and empress (สมเด็จพระจักรพรรดินี) are titles alone: no one named นี.
    assert not facts("นายกรัฐมนตรีได้เข้าเฝ้าฯ สมเด็จพระจักรพรรดิและสมเด็จพระจักรพรรดินีแห่งญี่ปุ่น").entities


@pytest.mark.parametrize("text", [
    "ด้วยการสืบสานพระราชปณิธานสมเด็จพระเจ้าอยู่หัวมหาวชิราลงกรณ บดินทรเทพยวรางกูร รัชกาล ที่ 10",
    "ตามขนบประเพณีของประเทศที่มีพระมหากษัตริย์เป็นประมุข โดยปัจจุบันตรงกับวัน ที่ 5",
    "การพัฒนาประเทศ และความรู้สึกคนไทยที่มีต่อสถาบันพระมหากษัตริย์ โซนที่ 2 โซนหน่วยงานภาคีเครือข่าย",
])
def test_a_reign_a_day_or_a_numbered_item_after_a_kings_title_is_no_regnal_name(text):
    assert not find_monarchs(text, 0, len(text))


def test_a_name_after_a_posts_abbreviation_and_before_the_post_is_read():
    # ไทยเศรษฐ์ begins like ไทย, yet is a surname pythainlp lists.
    assert posts_of("รมช.มนัญญา ไทยเศรษฐ์ รัฐมนตรีช่วยว่าการกระทรวงเกษตรและสหกรณ์ เปิดเผยก่อนการเดินทางเยือน สปป.ลาว") == {
        ("มนัญญา ไทยเศรษฐ์", "รัฐมนตรีช่วยว่าการกระทรวง")}
    # After a period that ends no post's abbreviation, no name is read so.
    assert not posts_of("ตามที่ได้รับมอบหมาย.มนัญญา ไทยเศรษฐ์ รัฐมนตรีช่วยว่าการกระทรวงเกษตรและสหกรณ์ เปิดเผย")


def test_lord_before_an_english_name_is_an_honorific():
    assert posts_of("ซึ่งในการนี้ Lord Nick Markham CBE รมช.สาธารณสุขและการดูแลทางสังคม ได้เป็นผู้แทนลงนาม") == {
        ("Nick Markham", "รัฐมนตรีช่วยว่าการ")}


def test_in_a_preview_what_the_story_goes_on_to_tell_on_no_day_of_its_own_is_the_plan():
    lead = ("วันนี้ (4 ตุลาคม 2567) นายจิรายุ ห่วงทรัพย์ ที่ปรึกษาของนายกรัฐมนตรี เปิดเผยว่า นางสาวแพทองธาร ชินวัตร "
            "นายกรัฐมนตรี มีกำหนดเดินทางเยือนสาธารณรัฐประชาธิปไตยประชาชนลาว ในวันที่ 8 ตุลาคม 2567\n")
    f = facts(lead + "นายจิรายุฯ กล่าวว่า ครั้งนี้เป็นการเข้าร่วมประชุมในกรอบอาเซียนครั้งแรกของนายกรัฐมนตรี\n"
              "นอกจากนี้ นายกรัฐมนตรีจะหารือกับผู้แทนภาคเอกชน และประชุม Asia Zero Emission Community ครั้งที่ 2",
              published="2024-10-04")
    assert not f.events
    # "This" visit in a preview is the one planned, whatever other day its sentence names.
    f = facts("พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี มีกำหนดจะเดินทางเยือนสหราชอาณาจักร ระหว่างวันที่ 20-26 มิถุนายน 2561\n"
              "พลโท วีรชน สุคนธปฏิภาค รองโฆษกประจำสำนักนายกรัฐมนตรี กล่าวถึงความสำคัญของการเดินทางเยือนในครั้งนี้ ว่า "
              "คณะมนตรีแห่งสหภาพยุโรปได้มีข้อมติ เมื่อวันที่ 11 ธันวาคม 2560 ฟื้นการปฏิสัมพันธ์กับประเทศไทย จึงได้เชิญ"
              "พลเอกประยุทธ์ จันทร์โอชา นายกรัฐมนตรี เดินทางเยือนสหราชอาณาจักรและสาธารณรัฐฝรั่งเศส", published="2018-06-18")
    assert not f.events
    # A story that first tells of what took place is no preview: its undated talks are the day's.
    f = facts("วันนี้ (4 ตุลาคม 2567) นางสาวแพทองธาร ชินวัตร นายกรัฐมนตรี ให้การต้อนรับนายสอนไซ สีพันดอน นายกรัฐมนตรี "
              "สปป. ลาว ณ ทำเนียบรัฐบาล\nนายกรัฐมนตรีมีกำหนดเดินทางเยือนลาว ในวันที่ 8 ตุลาคม 2567\n"
              "ในการเดินทางเยือนในครั้งนี้ ได้หารือกับนายสอนไซ สีพันดอน เรื่องการค้า", published="2024-10-04")
    assert [ev.date.isoformat() for ev in f.events] == ["2024-10-04"]


def test_one_kept_on_in_a_post_holds_it():
    assert posts_of("1. นายภัคธรณ์ เทียนไชย ปฏิบัติหน้าที่ในตำแหน่งผู้ว่าราชการจังหวัดชลบุรี ต่อไปอีก เป็นเวลา 1 ปี (ครั้งที่ 2)",
                    published="2021-08-05") == {("ภัคธรณ์ เทียนไชย", "ผู้ว่าราชการจังหวัด")}



@pytest.mark.parametrize("text, post", [
    ("นาย David Helvey รักษาการผู้ช่วยรัฐมนตรีว่าการกระทรวงกลาโหมสหรัฐอเมริกา ได้เข้าร่วมประชุม",
     ("David Helvey", "รักษาการผู้ช่วยรัฐมนตรีว่าการกระทรวง", "กระทรวงกลาโหมสหรัฐอเมริกา")),
    ("นายสมชาย ใจดี รักษาราชการแทนรองปลัดกระทรวงมหาดไทย ได้เข้าร่วมประชุม",
     ("สมชาย ใจดี", "รักษาราชการแทนรองปลัดกระทรวง", "กระทรวงมหาดไทย")),
    ("นายสมชาย ใจดี รักษาการแทนอธิการบดีมหาวิทยาลัยมหิดล ได้เข้าร่วมประชุม",
     ("สมชาย ใจดี", "รักษาการแทนอธิการบดี", "มหาวิทยาลัยมหิดล")),
    # The common ones are in the gazetteer whole.
    ("นายสมชาย ใจดี รักษาการอธิบดีกรมเจ้าท่า ได้เข้าร่วมประชุม", ("สมชาย ใจดี", "รักษาการอธิบดี", "กรมเจ้าท่า")),
])
def test_one_acting_in_any_known_post_holds_it_acting(text, post):
    assert post_triples(facts(text)) == {post}


def test_one_acting_for_the_head_of_his_own_agency_acts_in_that_agency():
    f = facts("นางจงกลนี แก้วสด รองผู้อำนวยการองค์การสวนสัตว์แห่งประเทศไทย ในฐานะรักษาการแทนผู้อำนวยการ เข้าเยี่ยมชมการดำเนินงาน")
    assert post_triples(f) == {("จงกลนี แก้วสด", "รองผู้อำนวยการ", "องค์การสวนสัตว์แห่งประเทศไทย"),
                               ("จงกลนี แก้วสด", "รักษาการแทนผู้อำนวยการ", "องค์การสวนสัตว์แห่งประเทศไทย")}


def test_a_ministers_title_spelt_without_its_การ_names_the_ministry_and_is_given_spelt_right():
    f = facts("พันตำรวจเอก ทวี สอดส่อง รัฐมนตรีว่ากระทรวงยุติธรรม พร้อมด้วย ดร.รัชดา ไชยคุปต์ ที่ปรึกษารัฐมนตรีว่ากระทรวงยุติธรรม "
              "ให้การต้อนรับ นางสุพาพอน ผานิด ผู้แทน สปป.ลาว")
    assert post_triples(f) >= {("ทวี สอดส่อง", "รัฐมนตรีว่าการกระทรวง", "กระทรวงยุติธรรม"),
                               ("รัชดา ไชยคุปต์", "ที่ปรึกษารัฐมนตรีว่าการกระทรวง", "กระทรวงยุติธรรม")}


def test_honorifics_inside_a_bracketed_latin_form_begin_no_second_person():
    f = facts("วันนี้ (7 ธันวาคม 2565) นายเปองีรัน ฮาจี ซาฮารี บิน เปองีรัน ฮาจี ซัลเละฮ์ "
              "(Mr. Pengiran Haji Sahari bin Pengiran Haji Salleh) เอกอัครราชทูตบรูไนดารุสซาลามประจำประเทศไทย "
              "เข้าเยี่ยมคารวะพลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี",
              published="2022-12-07")
    assert sorted(e.labels.get("en", "-") for e in f.entities if e.kind == "person") == [
        "-", "Pengiran Haji Sahari bin Pengiran Haji Salleh"]


def test_a_sentence_opening_on_โดยในโอกาสนี้_tells_of_the_event_before():
    f = facts("วันนี้ (12 กรกฎาคม 2565) เวลา 15.30 น. ณ สถานเอกอัครราชทูตญี่ปุ่นประจำประเทศไทย พลเอก ประยุทธ์ จันทร์โอชา "
              "นายกรัฐมนตรี ได้เดินทางไปยังสถานเอกอัครราชทูตญี่ปุ่นประจำประเทศไทย เพื่อลงนามในสมุดแสดงความเสียใจ\n"
              "โดยในโอกาสนี้ นายกรัฐมนตรีได้ทักทายพูดคุยหารือกับนายนะชิดะ คะสุยะ (H.E. Mr. Nashida Kazuya) "
              "เอกอัครราชทูตวิสามัญผู้มีอำนาจเต็มแห่งญี่ปุ่น ประจำราชอาณาจักรไทย แสดงความเสียใจในนามประเทศ และประชาชนไทย"
              "ต่อการจากไปของอดีตนายกรัฐมนตรีญี่ปุ่น นายชินโซ อาเบะ และได้มอบแจกันดอกไม้แสดงความเสียใจในโอกาสนี้ด้วย",
              published="2022-07-12")
    names = labels_of(f)
    together = [{names[p.agent] for p in ev.participations} for ev in f.events]
    assert any({"ประยุทธ์ จันทร์โอชา", "นะชิดะ คะสุยะ"} <= people for people in together)


def test_a_ministers_office_is_no_agency_of_its_own_and_a_room_in_it_is_in_the_ministry():
    f = facts("เมื่อวันที่ 14 พฤศจิกายน 2566 ณ ห้องรับรองสำนักงานรัฐมนตรี ชั้น 11 อาคารกระทรวงยุติธรรม พันตำรวจเอก ทวี สอดส่อง "
              "รัฐมนตรีว่าการกระทรวงยุติธรรม ให้การต้อนรับ นางสุพาพอน ผานิด ผู้แทน สปป.ลาว โดยมีนายอนุพงศ์ กำปนาค "
              "หัวหน้าสำนักงานรัฐมนตรี ร่วมให้การต้อนรับ", published="2023-11-15")
    assert "สำนักงานรัฐมนตรี" not in labels_of(f).values()
    assert [labels_of(f)[ev.location] for ev in f.events] == ["กระทรวงยุติธรรม"]
    assert ("อนุพงศ์ กำปนาค", "หัวหน้าสำนักงานรัฐมนตรี") in {(p, t) for p, t, _ in post_triples(f)}
    # With the ministry named after it, the office is the ministry's.
    assert ("รักขณา ตัณฑวุฑโฒ", "หัวหน้าสำนักงานรัฐมนตรี", "กระทรวงศึกษาธิการ") in post_triples(
        facts("นางรักขณา ตัณฑวุฑโฒ หัวหน้าสำนักงานรัฐมนตรี กระทรวงศึกษาธิการ ตรวจเยี่ยมพื้นที่ประสบอุทกภัย"))


def test_the_agencies_whose_heads_a_guest_calls_on_host_the_call_and_are_visited():
    f = facts("นายพิศิษฐ์ เสรีวิวัฒนา กรรมการผู้จัดการ ธนาคารเพื่อการส่งออกและนำเข้าแห่งประเทศไทย เปิดเผยว่า เมื่อวันที่ "
              "12 มิถุนายน 2561 ได้เข้าพบผู้บริหารระดับสูงจากธนาคารกลางเวียดนาม (State Bank of Vietnam : SBV) "
              "สถานเอกอัครราชทูต ณ กรุงฮานอย และสำนักงานส่งเสริมการค้าระหว่างประเทศ ณ กรุงฮานอย เพื่อหารือเกี่ยวกับกฎระเบียบ",
              published="2018-06-14")
    names = labels_of(f)
    (event,) = [ev for ev in f.events if ev.type == "Visit"]
    hosts = {names[p.agent] for p in event.participations if p.role == "Host"}
    assert {"State Bank of Vietnam", "สถานเอกอัครราชทูต ณ กรุงฮานอย"} <= hosts
    assert "ธนาคารเพื่อการส่งออกและนำเข้าแห่งประเทศไทย" not in hosts
    visited = {q.object for q in article_quads(f) if q.predicate == KG.visited}
    assert {node(ENTITY_PATH["org"], k) for k, n in names.items() if n in hosts} <= visited


def test_a_name_wrapped_between_given_name_and_surname_is_read_whole_with_its_post():
    long_line = "ผู้บริหารกระทรวงแรงงานร่วมประชุมติดตามผลการดำเนินงานตามนโยบายของรัฐบาลและแผนปฏิบัติราชการประจำปี " * 2
    f = facts(f"เมื่อวันที่ 5 มีนาคม 2562 {long_line}โดยมี นายสมศักดิ์\nอภิวันทนกุล ผู้ช่วยปลัดกระทรวงแรงงาน เป็นประธาน",
              published="2019-03-06")
    assert ("สมศักดิ์ อภิวันทนกุล", "ผู้ช่วยปลัดกระทรวง", "กระทรวงแรงงาน") in post_triples(f)
    # In a list: the item's number after the surname confirms it.
    names = set(labels_of(facts(f"{long_line}ได้แก่ 1) นายศราวุธ\nสุดงูเหลือม 2) นางเทพี จรัสจรุงเกียรติ")).values())
    assert {"ศราวุธ สุดงูเหลือม", "เทพี จรัสจรุงเกียรติ"} <= names
    # The next line opening with words of a sentence, the Prime Minister's title: no surname, no joined line.
    f = facts("โดยมี ศาสตราจารย์คลินิก นายแพทย์ปิยะสกล\nเช้าวันนี้ (10 มกราคม 2561) เวลา 09.00 น. สมเด็จพระเทพรัตนราชสุดา "
              "เสด็จพระราชดำเนินทรงวางศิลาฤกษ์")
    assert not any("เช้าวันนี้" in n for n in labels_of(f).values())
    from kg.extract.sentences import sentence_spans

    text = f"{long_line}พลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี\nพลโท วีรชน สุคนธปฏิภาค รองโฆษก"
    assert len(list(sentence_spans(text, min_len=500))) == 2
    assert len(list(sentence_spans(text.replace("นายกรัฐมนตรี\nพลโท วีรชน", "นายสมศักดิ์\nอภิวันทนกุล"), min_len=500))) == 1


def test_a_meeting_told_with_a_list_of_days_is_held_on_each_day():
    def days(body: str, published: str) -> list[str]:
        return sorted(str(ev.date) for ev in facts(body, published=published).events if ev.type == "Meeting")

    assert days("กระทรวงพาณิชย์ได้จัดประชุมคณะอนุกรรมการพิจารณาการจัดทำความตกลง MAMRASCA เมื่อวันที่ 14 และ 28 กุมภาพันธ์ "
                "2563 ร่วมกับกระทรวงเกษตรและสหกรณ์", "2020-06-23") == ["2020-02-14", "2020-02-28"]
    assert days("โดย พณ. ได้จัดประชุมเตรียมการฝ่ายไทยร่วมกับกระทรวงการคลัง กระทรวงการต่างประเทศ เมื่อวันที่ 27 มิถุนายน 2567 "
                "วันที่ 14 พฤษภาคม 2568 และวันที่ 19 พฤษภาคม 2568 เพื่อพิจารณาประเด็น", "2025-07-01") == [
        "2024-06-27", "2025-05-14", "2025-05-19"]
    # Two days running, or days of a meeting told as held over them, are one meeting.
    assert days("กระทรวงการต่างประเทศจัดการประชุมหารือกับกระทรวงพาณิชย์ เมื่อวันที่ 15 และ 16 ธันวาคม 2564",
                "2021-12-20") == ["2021-12-15"]
    assert days("กระทรวงการต่างประเทศจัดการประชุมหารือกับกระทรวงพาณิชย์ ซึ่งได้จัดขึ้นเป็นเวลา 2 วัน คือ วันที่ 8 และ 10 "
                "กันยายน 2563", "2020-09-20") == ["2020-09-08"]
    # Three days of one month, set apart by spaces, and a fourth of the next.
    assert days("กระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม (ดศ.) ได้จัดประชุมโดยมีรัฐมนตรีว่าการกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
                "(นายประเสริฐ จันทรรวงทอง) เป็นประธาน จำนวน 4 ครั้ง เมื่อวันที่ 3 9 และ 19 เมษายน 2567 และวันที่ 2 พฤษภาคม 2567 "
                "กับหน่วยงานที่เกี่ยวข้อง", "2024-05-07") == ["2024-04-03", "2024-04-09", "2024-04-19", "2024-05-02"]


def test_the_banks_whose_governors_meet_are_no_agency():
    f = facts("นายอาคม เติมพิทยาไพสิฐ รัฐมนตรีว่าการกระทรวงการคลัง เข้าร่วมการประชุม (ASEAN+3 Finance Ministers’ and Central "
              "Bank Governors’ Meeting: AFMGM+3) ครั้งที่ 25 เมื่อวันที่ 12 พฤษภาคม 2565 และการประชุม G20 Finance Ministers "
              "and Central Bank Deputies Meeting ร่วมกับผู้แทน Bank of Thailand", published="2022-05-12")
    assert not any("Central Bank" in name for name in labels_of(f).values())
    assert "ธนาคารแห่งประเทศไทย" in labels_of(f).values()  # a bank named is one


def test_the_meeting_of_a_body_named_in_english_is_the_body_not_the_meeting():
    names = set(labels_of(facts(
        "นายอาคม เข้าร่วมการประชุม (Twenty-Eighth Meeting of the ASEAN Socio-Cultural Community Council) และการประชุม "
        "6th Special Session of the Executive Board of UNESCO เมื่อวันที่ 12 ตุลาคม 2565", published="2022-10-15")).values())
    assert {"ASEAN Socio-Cultural Community Council", "Executive Board of UNESCO"} <= names
    assert not any("Meeting" in n or "Session" in n for n in names)


def test_national_committees_told_by_their_short_forms_take_part_in_their_meetings():
    f = facts("ทั้งนี้ ในการประชุม กนง. ครั้งที่ 4/2565 เมื่อวันที่ 10 สิงหาคม 2565 ได้มีมติปรับขึ้นอัตราดอกเบี้ยนโยบาย",
              published="2022-10-04")
    names = labels_of(f)
    (event,) = f.events
    assert {names[p.agent] for p in event.participations} == {"คณะกรรมการนโยบายการเงิน"}
    # สกนช. holds กนช. (the water committee's short form) but is the Oil Fuel Fund Office.
    names = set(labels_of(facts("นายวีรพัฒน์ ผู้อำนวยการ สกนช. หารือกับกระทรวงพลังงาน เมื่อวันที่ 5 มีนาคม 2566",
                                published="2023-03-06")).values())
    assert "สำนักงานกองทุนน้ำมันเชื้อเพลิง" in names and "คณะกรรมการทรัพยากรน้ำแห่งชาติ" not in names


def test_the_chair_a_clause_names_for_a_board_spoken_of_holds_its_chair_and_is_not_at_the_meeting():
    f = facts("วันนี้ (11 ก.พ. 62) พลเอก อนันตพร กาญจนรัตน์ รัฐมนตรีว่าการกระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์ "
              "เป็นประธานการประชุมคณะอนุกรรมการเฉพาะกิจ ครั้งที่ 7/2562\nพลเอก อนันตพร กล่าวเพิ่มเติมว่า การประชุมครั้งนี้ "
              "ที่ประชุมฯ ได้มอบหมายให้ทุกหน่วยงานปรับปรุงข้อมูล โดยกระทรวง พม. จะนำร่างรายงานเสนอคณะกรรมการป้องกันและ"
              "ปราบปรามการค้ามนุษย์ ที่มีพลเอก ประวิตร วงษ์สุวรรณ รองนายกรัฐมนตรี เป็นประธาน พิจารณาภายในเดือนกุมภาพันธ์ 2562",
              published="2019-02-11")
    assert ("ประวิตร วงษ์สุวรรณ", "ประธาน", "คณะกรรมการป้องกันและปราบปรามการค้ามนุษย์") in post_triples(f)
    names = labels_of(f)
    assert {(names[p.agent], p.role) for e in f.events for p in e.participations if p.agent_kind == "person"} == {
        ("อนันตพร กาญจนรัตน์", "Chair")}


def test_the_chair_a_clause_names_for_the_board_meeting_chairs_the_meeting():
    f = facts("ที่ประชุมคณะกรรมการนโยบายเศรษฐกิจระหว่างประเทศ ที่มีรองนายกรัฐมนตรี (นายดอน ปรมัตถ์วินัย) เป็นประธาน "
              "เมื่อวันที่ 3 มีนาคม 2565 ได้มีมติเห็นชอบร่างเอกสารทั้ง 3 ฉบับ", published="2022-03-08")
    assert ("ดอน ปรมัตถ์วินัย", "ประธาน", "คณะกรรมการนโยบายเศรษฐกิจระหว่างประเทศ") in post_triples(f)
    names = labels_of(f)
    assert ("ดอน ปรมัตถ์วินัย", "Chair") in {(names[p.agent], p.role) for e in f.events for p in e.participations}


def test_expert_seats_listed_after_the_members_are_expert_seats_in_the_body_the_item_line_names():
    f = facts("คณะรัฐมนตรีมีมติอนุมัติแต่งตั้งคณะกรรมการ ดังนี้\n3. คณะกรรมการนโยบายและกำกับดูแลสถาบันไทยโคเซ็น ประกอบด้วย "
              "ปลัดกระทรวงการอุดมศึกษา วิทยาศาสตร์ วิจัยและนวัตกรรม เป็นประธานกรรมการ กรรมการประกอบด้วย  ปลัดกระทรวงอุตสาหกรรม "
              "ผู้อำนวยการสำนักงบประมาณ ประธานสภาอุตสาหกรรมแห่งประเทศไทย  กรรมการผู้ทรงคุณวุฒิ ประกอบด้วย "
              "ศาสตราจารย์ผดุงศักดิ์ รัตนเดโช รองศาสตราจารย์พินิติ รตะนานุกูล  นายนฤตม์  เทอดสถีรศักดิ์    "
              "โดยมีผู้อำนวยการโครงการสถาบันไทยโคเซ็น เป็นกรรมการและเลขานุการ", published="2025-02-25")
    body = "คณะกรรมการนโยบายและกำกับดูแลสถาบันไทยโคเซ็น"
    assert {p for p in post_triples(f) if p[1].startswith("กรรมการ")} == {
        ("ผดุงศักดิ์ รัตนเดโช", "กรรมการผู้ทรงคุณวุฒิ", body), ("พินิติ รตะนานุกูล", "กรรมการผู้ทรงคุณวุฒิ", body),
        ("นฤตม์ เทอดสถีรศักดิ์", "กรรมการผู้ทรงคุณวุฒิ", body)}


def test_the_title_that_heads_a_list_of_seats_is_no_post_of_the_name_before_it():
    f = facts("คณะรัฐมนตรีมีมติแต่งตั้ง\n1. คณะกรรมการนโยบายและพัฒนาสับปะรดแห่งชาติ ประกอบด้วย โดยมีกรรมการผู้ทรงคุณวุฒิ "
              "ประกอบด้วย คุณหญิงสุมณฑา พรหมบุญ นายกฤษณพงศ์ กีรติกร และกรรมการ ประกอบด้วย ผู้อำนวยการสำนักงบประมาณ",
              published="2025-02-25")
    assert {p[:2] for p in post_triples(f)} == {("สุมณฑา พรหมบุญ", "กรรมการผู้ทรงคุณวุฒิ"),
                                                 ("กฤษณพงศ์ กีรติกร", "กรรมการผู้ทรงคุณวุฒิ")}


@pytest.mark.parametrize(("told", "dated"), [
    ("ทั้งนี้ คณะกรรมการนโยบายพลังงานแห่งชาติ (กพช.) มีมติเมื่อวันที่ 23 กันยายน 2564 เห็นชอบแนวทางดังกล่าวแล้ว",
     ["2021-09-23"]),
    ("ทั้งนี้ คณะกรรมการยุทธศาสตร์ชาติได้มีมติเห็นชอบแล้ว เมื่อวันที่ 8 กุมภาพันธ์ 2566", ["2023-02-08"]),
    # the cabinet's own resolution is no board's meeting
    ("ซึ่งคณะกรรมการสถานพยาบาลได้เสนอไปและคณะรัฐมนตรีมีมติเห็นชอบเมื่อวันที่ 28 มีนาคม 2560", []),
])
def test_a_boards_resolution_of_a_day_tells_of_its_meeting_that_day(told, dated):
    f = facts("5. เรื่อง ขออนุมัติโครงการ\nคณะรัฐมนตรีมีมติอนุมัติตามที่กระทรวงพลังงานเสนอ " + told, published="2023-03-01")
    assert [str(e.date) for e in f.events if e.type == "Meeting"] == dated


def test_a_resolutions_meeting_is_on_its_own_day_and_without_those_it_resolved_on():
    f = facts("5. เรื่อง การแต่งตั้งกรรมการผู้ทรงคุณวุฒิ\nคณะรัฐมนตรีมีมติรับทราบ ได้แก่ นายกานต์ ตระกูลฮุน และนายบัณฑูร ล่ำซำ "
              "ตามที่นายกรัฐมนตรีพิจารณาให้ความเห็นชอบแล้ว เมื่อวันที่ 11 สิงหาคม 2565 และคณะกรรมการยุทธศาสตร์ชาติ "
              "มีมติรับทราบแล้วเมื่อวันที่ 22 สิงหาคม 2565", published="2022-09-28")
    (meeting,) = [e for e in f.events if e.type == "Meeting"]
    assert str(meeting.date) == "2022-08-22"
    assert [p.agent_kind for p in meeting.participations] == ["org"]


def test_the_english_version_a_release_ends_with_names_the_same_people():
    f = facts("เมื่อวันที่ 9 พฤษภาคม 2566 พลเอก อนุพงษ์ เผ่าจินดา รัฐมนตรีว่าการกระทรวงมหาดไทย และนายบุญธรรม เลิศสุขีเกษม "
              "อธิบดีกรมป้องกันและบรรเทาสาธารณภัย ให้การต้อนรับคณะผู้แทนจากราชอาณาจักรตองกา ณ กรมป้องกันและบรรเทาสาธารณภัย\n"
              "The delegation was briefed on the National Disaster Prevention and Mitigation Plan by the department's "
              "officials, who also presented the Early Warning Systems and the law on emergency relief.\n"
              "On 9 May 2023 General Anupong Paojinda, Minister of Interior, Mr. Boontham Lertsukekasem, "
              "Director-General of the Department of Disaster Prevention and Mitigation (DDPM), received the "
              "delegation of Tonga.",
              published="2023-05-11")
    people = {e.labels.get("th"): e.labels.get("en") for e in f.entities if e.kind == "person"}
    assert people == {"อนุพงษ์ เผ่าจินดา": "Anupong Paojinda", "บุญธรรม เลิศสุขีเกษม": "Boontham Lertsukekasem"}


@pytest.mark.parametrize(("written", "name"), [
    ("คณะกรรมการส่งเสริมการจัดประชุมและนิทรรศการ ได้ประชุม", "คณะกรรมการส่งเสริมการจัดประชุมและนิทรรศการ"),
    ("คณะกรรมการขับเคลื่อนไทยไปด้วยกันจังหวัดนครปฐม ได้ประชุม", "คณะกรรมการขับเคลื่อนไทยไปด้วยกันจังหวัดนครปฐม"),
    ("คณะกรรมการสถานประกอบการเพื่อสุขภาพ ได้ประชุม", "คณะกรรมการสถานประกอบการเพื่อสุขภาพ"),
    # ... but not a verb or a clause written on without a space
    ("คณะกรรมการคุ้มครองผู้บริโภคเข้าร่วม ประชุม", "คณะกรรมการคุ้มครองผู้บริโภค"),
    ("คณะกรรมการมรดกโลกสมัยสามัญ ครั้งที่ 45 ได้ประชุม", "คณะกรรมการมรดกโลก"),
    # a board of control, of a field, a national one
    ("คณะกรรมการควบคุมมลพิษ ในการประชุมครั้งที่ 1/2563", "คณะกรรมการควบคุมมลพิษ"),
    ("คณะอนุกรรมการด้านกฎหมาย ได้ประชุม", "คณะอนุกรรมการด้านกฎหมาย"),
    # a board named for what it sets or prepares
    ("คณะกรรมการกำหนดเป้าหมายและนโยบายกำลังคนภาครัฐ (คปร.) ได้ประชุม", "คณะกรรมการกำหนดเป้าหมายและนโยบายกำลังคนภาครัฐ"),
    ("คณะกรรมการเตรียมการปฏิรูปประเทศ ได้ประชุม", "คณะกรรมการเตรียมการปฏิรูปประเทศ"),
])
def test_a_boards_name_is_read_whole_to_the_space_after_it(written, name):
    f = facts(f"เมื่อวันที่ 27 กันยายน 2564 {written}เมื่อวันที่ 27 กันยายน 2564", published="2021-09-28")
    assert name in {e.labels.get("th") for e in f.entities if e.kind == "org"}


@pytest.mark.parametrize("written", ["คณะกรรมการระดับจังหวัด ได้ประชุม", "หน่วยงานควบคุม ได้ประชุม",
                                     "ตามที่คณะกรรมการกำหนดไว้ ได้ประชุม"])
def test_a_provinces_boards_or_a_regulator_named_by_kind_are_no_names(written):
    f = facts(f"เมื่อวันที่ 27 กันยายน 2564 {written}เมื่อวันที่ 27 กันยายน 2564", published="2021-09-28")
    assert not {e.labels.get("th") for e in f.entities if e.kind == "org"}


@pytest.mark.parametrize(("written", "post"), [
    ("นายแพทย์สาธารณสุขจังหวัดสมุทรสงคราม", ("นายแพทย์สาธารณสุขจังหวัด", "สำนักงานสาธารณสุขจังหวัดสมุทรสงคราม")),
    ("อุตสาหกรรมจังหวัดระยอง", ("อุตสาหกรรมจังหวัด", "สำนักงานอุตสาหกรรมจังหวัดระยอง")),
    ("พัฒนาการจังหวัดน่าน", ("พัฒนาการจังหวัด", "สำนักงานพัฒนาชุมชนจังหวัดน่าน")),
    # a governor is the province's
    ("ผู้ว่าราชการจังหวัดน่าน", ("ผู้ว่าราชการจังหวัด", "จังหวัดน่าน")),
    # a regional education officer heads the office of his region's number
    ("รองศึกษาธิการภาค 6", ("รองศึกษาธิการภาค", "สำนักงานศึกษาธิการภาค 6")),
])
def test_a_provincial_officer_heads_his_ministrys_office_in_the_province(written, post):
    f = facts(f"เมื่อวันที่ 27 กันยายน 2564 นายสมชาย ใจดี {written} เข้าร่วมประชุม", published="2021-09-28")
    assert post_triples(f) == {("สมชาย ใจดี", *post)}


@pytest.mark.parametrize("council", ["คณะมนตรีประชาคมเศรษฐกิจอาเซียน", "คณะมนตรีสิทธิมนุษยชนแห่งสหประชาชาติ"])
def test_a_council_is_an_organisation(council):
    f = facts(f"เมื่อวันที่ 27 กันยายน 2564 นายดอน ปรมัตถ์วินัย เข้าร่วมการประชุม{council} ครั้งที่ 5 ณ นครนิวยอร์ก",
              published="2021-09-28")
    assert council in {e.labels.get("th") for e in f.entities if e.kind == "org"}


@pytest.mark.parametrize(("written", "embassy"), [
    ("ออท.สาธารณรัฐประชาธิปไตยประชาชนลาว ประจำประเทศไทย", "สถานเอกอัครราชทูตลาวประจำประเทศไทย"),
    ("ออท.สาธารณรัฐเช็ก/ไทย", "สถานเอกอัครราชทูตสาธารณรัฐเช็กประจำประเทศไทย"),
    ("ออท.ออสเตรเลียฯ", "สถานเอกอัครราชทูตออสเตรเลียประจำประเทศไทย"),
])
def test_an_ambassador_abbreviated_heads_the_embassy_of_the_country_after_it(written, embassy):
    f = facts(f"เมื่อ 22 ก.พ.61 พล.อ.ประวิตร วงษ์สุวรรณ รอง นรม. ได้ให้การต้อนรับนาย Seng Soukhathivong {written} "
              "ณ ศาลาว่าการกลาโหม", published="2018-02-22")
    assert ("Seng Soukhathivong", "เอกอัครราชทูต", embassy) in post_triples(f)


@pytest.mark.parametrize(("written", "name"), [
    ("ประธานคณะกรรมการขับเคลื่อนนโยบายเทคโนโลยีเกษตร4.0", "คณะกรรมการขับเคลื่อนนโยบายเทคโนโลยีเกษตร 4.0"),
    ("ผู้อำนวยการศูนย์ปฏิรูปอุตสาหกรรม 4.0", "ศูนย์ปฏิรูปอุตสาหกรรม 4.0"),
])
def test_the_era_a_body_serves_ends_its_name(written, name):
    f = facts(f"เมื่อวันที่ 5 พฤษภาคม 2565 นายอลงกรณ์ พลบุตร {written} ได้ประชุมหารือกับนายสมชาย ใจดี",
              published="2022-05-06")
    assert {e.labels.get("th") for e in f.entities if e.kind == "org"} == {name}


@pytest.mark.parametrize(("written", "body"), [
    ("ผู้แทนไทยในคณะกรรมาธิการอาเซียนว่าด้วยการส่งเสริมและคุ้มครองสิทธิสตรีและสิทธิเด็ก",
     "คณะกรรมาธิการอาเซียนว่าด้วยการส่งเสริมและคุ้มครองสิทธิสตรีและสิทธิเด็ก"),
    ("ผู้แทนประเทศไทยในคณะมนตรีสิทธิมนุษยชนแห่งสหประชาชาติ", "คณะมนตรีสิทธิมนุษยชนแห่งสหประชาชาติ"),
    # a representative at a meeting sits in no body
    ("ผู้แทนในการประชุมคณะกรรมการร่วม", None),
])
def test_a_countrys_representative_sits_in_the_body_named_after_in(written, body):
    f = facts(f"เมื่อวันที่ 5 พฤษภาคม 2565 นางสาวรัชดา ไชยคุปต์ {written} ได้เข้าร่วมประชุม", published="2022-05-06")
    assert post_triples(f) == {("รัชดา ไชยคุปต์", "ผู้แทน", body)}


@pytest.mark.parametrize(("written", "body"), [
    ("ผู้แทนไทยในคณะกรรมาธิการระหว่างรัฐบาลอาเซียนว่าด้วยสิทธิมนุษยชน (AICHR)",
     "คณะกรรมาธิการระหว่างรัฐบาลอาเซียนว่าด้วยสิทธิมนุษยชน"),
    ("ผู้แทนไทยใน ACWC", "คณะกรรมาธิการอาเซียนว่าด้วยการส่งเสริมและคุ้มครองสิทธิสตรีและสิทธิเด็ก"),
])
def test_asean_human_rights_commissions_are_known_by_name_and_acronym(written, body):
    f = facts(f"เมื่อวันที่ 5 พฤษภาคม 2565 นางสาวรัชดา ไชยคุปต์ {written} ได้เข้าร่วมประชุม", published="2022-05-06")
    assert {e.labels.get("th") for e in f.entities if e.kind == "org"} == {body}


def test_a_deputy_permanent_secretary_heads_a_cluster_of_his_ministry():
    f = facts("วันนี้ (29 พ.ย. 66) โดยมี นายชำนาญวิทย์ เตรัตน์ รองปลัดกระทรวงมหาดไทย หัวหน้ากลุ่มภารกิจด้านกิจการความมั่นคงภายใน "
              "นายวิรัตน์ ลิ้มสุวัฒน์ คณะทำงานรัฐมนตรีช่วยว่าการกระทรวงมหาดไทย เข้าร่วมประชุม", published="2023-11-29")
    assert {t for t in post_triples(f) if t[0] == "ชำนาญวิทย์ เตรัตน์"} == {
        ("ชำนาญวิทย์ เตรัตน์", "รองปลัดกระทรวง", "กระทรวงมหาดไทย"),
        ("ชำนาญวิทย์ เตรัตน์", "หัวหน้ากลุ่มภารกิจด้านกิจการความมั่นคงภายใน", "กระทรวงมหาดไทย")}
    assert not {t for t in post_triples(f) if t[0] == "วิรัตน์ ลิ้มสุวัฒน์" and "กลุ่มภารกิจ" in t[1]}


@pytest.mark.parametrize(("written", "name"), [
    ("คณะกรรมการผังเมืองแทนตำแหน่งที่ว่าง", "คณะกรรมการผังเมือง"),
    ("คณะกรรมการรถไฟแห่งประเทศไทยแทนตำแหน่งที่ว่างลง", "คณะกรรมการรถไฟแห่งประเทศไทย"),
])
def test_a_seat_filled_in_place_of_another_is_no_part_of_the_boards_name(written, name):
    f = facts(f"31. เรื่อง การแต่งตั้งกรรมการผู้ทรงคุณวุฒิใน{written}\nคณะรัฐมนตรีมีมติอนุมัติตามที่กระทรวงมหาดไทยเสนอแต่งตั้ง "
              f"นางสาวศิริวรรณ ศิลาพัชรนันท์ เป็นกรรมการผู้ทรงคุณวุฒิ (ด้านสังคมศาสตร์) ทั้งนี้ ตั้งแต่วันที่ 21 ธันวาคม 2564",
              published="2021-12-22")
    assert {t[2] for t in post_triples(f)} == {name}


@pytest.mark.parametrize(("written", "name"), [
    ("คณะกรรมการกำกับกิจการพลังงานกำหนดให้ผู้ประกอบการ", "คณะกรรมการกำกับกิจการพลังงาน"),
    ("คณะกรรมการพืชน้ำมันและน้ำมันพืชรายงานว่า", "คณะกรรมการพืชน้ำมันและน้ำมันพืช"),
])
def test_what_a_board_sets_or_reports_is_no_part_of_its_name(written, name):
    f = facts(f"เมื่อวันที่ 5 พฤษภาคม 2565 นายสมชาย ใจดี ประธาน{written} ราคาปาล์มสูงขึ้น", published="2022-05-06")
    assert post_triples(f) == {("สมชาย ใจดี", "ประธาน", name)}


def test_a_welcome_the_host_stands_ready_to_give_has_no_guest():
    assert roles("วันนี้ (7 พฤศจิกายน 2565) ณ ทำเนียบรัฐบาล นายรอเบิร์ต เอฟ. โกเด็ก เอกอัครราชทูตสหรัฐอเมริกาประจำประเทศไทย "
                 "เข้าเยี่ยมคารวะพลเอก ประยุทธ์ จันทร์โอชา นายกรัฐมนตรี\nทั้งนี้ รัฐบาลไทยพร้อมให้การต้อนรับรองประธานาธิบดี "
                 "คามาลา แฮร์ริส เพื่อเข้าร่วมการประชุมผู้นำเขตเศรษฐกิจเอเปค", "2022-11-07") == {
        "รอเบิร์ต เอฟ. โกเด็ก": "Guest", "ประยุทธ์ จันทร์โอชา": "Host"}


def test_a_welcome_after_a_meeting_chaired_took_place():
    assert "วินายา ปรากาช" in roles("9 มกราคม 2566 - นายณัฐพล ณัฏฐสมบูรณ์ รองปลัดกระทรวงดิจิทัลเพื่อเศรษฐกิจและสังคม "
                                         "ประธานการประชุมคณะกรรมการบริหารประจำถิ่น ครั้งที่ 1 พร้อมต้อนรับนายวินายา ปรากาช ซิงค์ "
                                         "ในโอกาสเข้ารับตำแหน่ง", "2023-01-09")


def test_a_king_who_had_died_takes_no_part_in_what_is_held_in_his_name():
    gaz = load()
    assert next(r for r in gaz.royals if r.key == "rama9").died == dt.date(2016, 10, 13)
    text = ("เมื่อวันที่ 16 สิงหาคม 2560 พระบาทสมเด็จพระปรมินทรมหาภูมิพลอดุลยเดช ทรงเป็นประธานในพิธีเปิดการประชุม "
            "โดยมี นายสมชาย ใจดี รัฐมนตรีว่าการกระทรวงมหาดไทย เข้าร่วมประชุม")
    assert "สมชาย ใจดี" in roles(text, "2017-08-16")
    assert not any("ภูมิพล" in name for name in roles(text, "2017-08-16"))
    assert any("ภูมิพล" in name for name in roles(text.replace("2560", "2558"), "2015-08-16"))


def test_the_field_of_an_expert_seat_is_no_second_post():
    f = facts("33. เรื่อง การแต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการนโยบายและกำกับการบริหารหนี้สาธารณะ\n"
              "คณะรัฐมนตรีมีมติอนุมัติตามที่กระทรวงการคลังเสนอแต่งตั้งกรรมการผู้ทรงคุณวุฒิในคณะกรรมการนโยบายและกำกับการบริหาร"
              "หนี้สาธารณะ ดังนี้\n1. นายชโยดม สรรพศรี   ผู้เชี่ยวชาญด้านการเงิน การคลัง การบริหารหนี้สาธารณะ และการงบประมาณ\n"
              "2. นางสาวนุชนาถ มั่งคั่ง   ผู้เชี่ยวชาญด้านการเงิน\nทั้งนี้ ตั้งแต่วันที่ 21 ธันวาคม 2564", published="2021-12-22")
    assert {t[1:] for t in post_triples(f)} == {("กรรมการผู้ทรงคุณวุฒิ", "คณะกรรมการนโยบายและกำกับการบริหารหนี้สาธารณะ")}
    assert {t[0] for t in post_triples(f)} == {"ชโยดม สรรพศรี", "นุชนาถ มั่งคั่ง"}


def test_a_co_chair_appointed_chairs_no_meeting():
    f = facts("27. เรื่อง การแต่งตั้งประธานร่วมฝ่ายไทยในองค์กรร่วมไทย – มาเลเซีย\nคณะรัฐมนตรีมีมติอนุมัติตามที่กระทรวงพลังงานเสนอแต่งตั้ง "
              "นายณอคุณ สิทธิพงศ์ ดำรงตำแหน่งประธานร่วมฝ่ายไทยในองค์กรร่วมไทย – มาเลเซีย ตามข้อ 4", published="2023-10-03")
    assert not f.events
    assert {t[:2] for t in post_triples(f)} == {("ณอคุณ สิทธิพงศ์", "ประธานร่วม")}


def test_backing_another_in_chairing_or_hosting_is_no_meeting():
    f = facts("เมื่อวันที่ 15 มกราคม 2568 นายภูมิธรรม เวชยชัย รองนายกรัฐมนตรี กล่าวว่า ไทยพร้อมให้การสนับสนุนสิงคโปร์ ในการเป็น"
              "ประธานร่วมกับนิวซีแลนด์ในคณะทำงานผู้เชี่ยวชาญด้านการให้ความช่วยเหลือด้านมนุษยธรรม", published="2025-01-16")
    assert not f.events


def test_one_who_heads_his_countrys_side_holds_that_post_too_and_the_side_is_no_part_of_the_title():
    assert posts_of("นายถาวร ทันใจ ผู้ตรวจราชการกระทรวงเกษตรและสหกรณ์ หัวหน้าคณะฝ่ายไทย และ Madame Dahliana Aliakbar "
                    "หัวหน้าคณะฝ่ายบรูไน เป็นประธานร่วมของการประชุมคณะกรรมการร่วมด้านการเกษตร ครั้งที่ 1") == {
        ("ถาวร ทันใจ", "ผู้ตรวจราชการกระทรวง"), ("ถาวร ทันใจ", "หัวหน้าคณะ"), ("Dahliana Aliakbar", "หัวหน้าคณะ")}
    assert posts_of("นางอ่อนผิว โค้งเวียงทอง รองอธิบดีกรมการค้าต่างประเทศ หัวหน้าคณะผู้แทนฝ่ายไทย กล่าวเปิดการประชุม") == {
        ("อ่อนผิว โค้งเวียงทอง", "รองอธิบดี"), ("อ่อนผิว โค้งเวียงทอง", "หัวหน้าคณะผู้แทน")}


def test_a_body_named_again_by_the_abbreviation_the_article_gave_it_is_that_body():
    f = facts("คณะรัฐมนตรีมีมติเห็นชอบขยายระยะเวลาบังคับใช้แผนพัฒนาการกีฬาแห่งชาติ ฉบับที่ 6 ออกไปอีก 1 ปี "
              "โดยให้ยังคงใช้ได้ต่อจนถึงวันที่ 30 กันยายน 2565 ตามที่คณะกรรมการนโยบายการกีฬาแห่งชาติ (คกช.) เสนอ\n"
              "สาระสำคัญ\nคกช. ในคราวประชุมครั้งที่ 1/2564 เมื่อวันที่ 22 กันยายน 2564 ได้มีมติที่เกี่ยวข้อง ดังนี้",
              published="2021-10-05")
    names = labels_of(f)
    (board,) = [e for e in f.entities if e.kind == "org"]
    assert ("คกช.", "th") in board.alt_labels
    assert [(e.date, e.ordinal, [names[p.agent] for p in e.participations]) for e in f.events] == [
        (dt.date(2021, 9, 22), 1, ["คณะกรรมการนโยบายการกีฬาแห่งชาติ"])]


def test_an_abbreviation_given_after_or_is_given_too():
    f = facts("รัฐบาลจัดตั้งศูนย์เร่งรัดจัดการสวัสดิภาพประชาชน หรือ ศรส. ขึ้นเพื่อช่วยเหลือผู้ด้อยโอกาส คนไร้บ้าน "
              "และผู้ประสบปัญหาทางสังคมทุกกลุ่มให้ได้รับการดูแลอย่างทั่วถึงและรวดเร็ว ตามนโยบายของรัฐบาล\n"
              "ศรส. ได้จัดการประชุมครั้งที่ 1/2567 เมื่อวันที่ 5 มกราคม 2567 ที่กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์",
              published="2024-01-10")
    names = labels_of(f)
    assert ["ศูนย์เร่งรัดจัดการสวัสดิภาพประชาชน" in {names[p.agent] for p in e.participations} for e in f.events] == [
        True]


def test_a_title_before_the_abbreviation_the_article_gave_a_body_is_of_that_body():
    f = facts("ภายหลังเสร็จสิ้นการประชุมศูนย์บัญชาการติดตามสถานการณ์ (ศตส.) นายสุวพันธุ์ ตันยุวรรธนะ "
              "รัฐมนตรีประจำสำนักนายกรัฐมนตรี ในฐานะเลขานุการ ศตส. ได้เปิดเผยว่า", published="2016-10-20")
    assert ("สุวพันธุ์ ตันยุวรรธนะ", "เลขานุการ", "ศูนย์บัญชาการติดตามสถานการณ์") in post_triples(f)


def test_the_bracket_after_a_list_names_the_group_whose_letters_are_not_the_last_bodys():
    f = facts("สภาหอการค้าแห่งประเทศไทย สภาอุตสาหกรรมแห่งประเทศไทย (กกร.) เสนอ\nกกร. ในการประชุมครั้งที่ 1/2565 "
              "เมื่อวันที่ 5 มกราคม 2565 มีมติ", published="2022-01-10")
    assert not [e for e in f.entities if ("กกร.", "th") in e.alt_labels]


def test_letters_the_article_gave_a_ministry_are_a_unit_after_a_number():
    f = facts("กระทรวงการท่องเที่ยวและกีฬา (กก.) เสนอ\nการประชุมครั้งที่ 1/2565 เมื่อวันที่ 5 มกราคม 2565 "
              "มีมติซื้อข้าว 100 กก.", published="2022-01-10")
    assert not [p for e in f.events for p in e.participations]
