"""Persons named in text, found through the honorifics and ranks before their names (Thai and Latin script)."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from kg.extract import segment
from kg.extract.lexicon import (
    FORMER,
    GLUE_BEFORE_HONORIFIC,
    LATIN_CAPITALS,
    LATIN_LETTERS,
    LATIN_NAME_STOPS,
    LATIN_ORG_HEADS,
    LATIN_PARTICLES,
    MONARCHS,
    NAME_TAIL_STOPS,
    NOT_NAME_AFTER_HONORIFIC,
    NOT_NAME_AFTER_KHUN,
    NOT_SURNAME,
    ONE_NAME_ROYALS,
    ORG_HEADS,
    POST_NOMINALS,
    ROYAL_LINES,
    ROYAL_LINES_NO_PLACE,
    THAI_CHARS,
    THAI_LEAD,
)
from kg.extract.segment import dictionary
from kg.extract.sentences import wrapped_surname
from kg.gazetteer import Gazetteer, RoyalEntry, trie_regex
from kg.records import PersonMention

MAX_WORD = 48  # no given name or surname is longer; a longer run of letters is text glued to a name
_LONGEST_SURNAME = 24
_LEADS_TO_A_POST = ("รักษาการ", "รักษาราชการ", "ดำรงตำแหน่ง", "ตำแหน่ง", "ในฐานะ", "ปฏิบัติหน้าที่", "ผู้รักษาราชการ")
ABBREVIATED = "honorific+given-name+abbreviated"  # the rule of a given name the mark ฯ cuts short (นายอนุทินฯ)
_THAI_TOKEN = re.compile(f"[{THAI_LEAD}][{THAI_CHARS}]*(?:-[{THAI_LEAD}][{THAI_CHARS}]*)?")  # ยง-มิน
_NAMED_FOR = frozenset({"Memorial", "Prize", "Award"})
_LATIN_AFTER = re.compile(r"[ \t]?\n?[ \t]?(?:(?:H\.\s?E\.|Mr\.?|Ms\.?|Mrs\.?|Dr\.?|Prof\.?)\s?)+"
                          r"((?:[A-Z][A-Za-z'’\-]+ ?){2,6})(?=[\n,(]|$)")
_LATIN_BRACKET_AHEAD = re.compile(r"[^()\n]{0,60}\(\s?(?:H\.\s?E\.|Mr|Ms|Mrs|Dr|Prof|[A-Z][a-z]+ [A-Z]\.)")
_THAI_INITIALS = re.compile(f"(?:[{THAI_LEAD}][{THAI_CHARS}]{{0,3}}\\.){{1,3}}(?= )")  # เอฟ. อาร์.
# โรเบิร์ต เอฟ. โกเดค: Latin initials spelt in Thai, which no Thai abbreviation (ผอ.) is.
_LATIN_LETTERS_IN_THAI = frozenset((
    "เอ", "บี", "ซี", "ดี", "อี", "เอฟ", "จี", "เอช", "ไอ", "เจ", "เค", "แอล", "เอ็ม", "เอ็น", "โอ", "พี", "คิว", "อาร์",
    "เอส", "ที", "ยู", "วี", "ดับเบิลยู", "เอ็กซ์", "วาย", "แซด"))
# C.A. Chaminda: initials run together
# Sibille de Cartier d’Yves: a particle may be glued to the word after it by an apostrophe.
_LATIN_TOKEN = re.compile(f"(?:[A-Z]\\.){{2,}}|[{LATIN_CAPITALS}][{LATIN_LETTERS}'’\\-]*\\.?"
                          r"|[a-z]+(?:['’][A-Z][a-z]+)?")
_SPACED_HYPHEN_LAST = re.compile(r" - [A-Z][A-Za-z'’]+(?![A-Za-z'’]| [A-Za-z])")
_GLUED_NAME = re.compile(r"([A-Z][a-z]{3,})([A-Z][a-z]{3,})")
_LATIN_LETTER = re.compile(f"[{LATIN_LETTERS}]")
_ONE_LATIN_WORD = re.compile(r"([A-Z][a-z]{2,}) (?=[\u0e01-\u0e4e])")
_QUOTED = re.compile(f"[“\"]([{THAI_LEAD}][{THAI_CHARS}]{{1,30}})[”\"]")


_RANKS = frozenset({"army", "navy", "air_force", "police"})


@cache
def _honorific_regex(honorifics: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """The honorifics ``(form, kind)`` as one pattern, with each Thai rank also followed by หญิง (พันเอกหญิง,
    พ.ต.อ.หญิง; about 250 mentions in the 90k corpus): a woman officer's rank, no word of her name."""
    forms = [form for form, _ in honorifics]
    forms += [f"{form}{gap}หญิง" for form, kind in honorifics if kind in _RANKS and not form.isascii()
              for gap in ("", " ")]
    # Longest form first, as tries (an alternation of 181 forms, tried one by one at every position, took a
    # quarter of the extraction time).
    thai = trie_regex(f for f in forms if not f[0].isascii() and len(f) > 2)
    # ดร without its period (รศ.ดร พีระศักดิ์ ฉายประสาท, ดร นฤมล) only on its own before a space: ดรุณี, นางดร
    # เกษรสมบัติ and นายคุณดร งามธุระ are names.
    short = "|".join(re.escape(f) for f in forms if not f[0].isascii() and len(f) <= 2)
    thai = f"{thai}|(?<![\u0e01-\u0e4e])(?:{short})(?=\\s)" if short else thai
    latin = trie_regex((f for f in forms if f[0].isascii()),
                       lambda f: "" if f.endswith(".") else f"(?![{LATIN_LETTERS}])")
    one = "|".join([*([thai] if thai else []), *([f"(?<![{LATIN_LETTERS}])" + latin] if latin else [])])
    # ศาสตราจารย์คลินิก เกียรติคุณ นายแพทย์...: emeritus follows a professor's title, written apart; after a rank,
    # กิตติคุณ is a name (สิบเอก กิตติคุณ บุตรคุณ).
    professor = "|".join(f"(?<={t})" for t in ("ศาสตราจารย์", "ศาตราจารย์", "คลินิก", "พิเศษ", "ศ.", "รศ.", "ผศ."))
    return re.compile(f"(?:(?:{one})(?:(?:{professor})\\s?(?:เกียรติคุณ|กิตติคุณ)(?![\u0e01-\u0e4e]))?\\s?)+")


def _cut_tail(token: str) -> str:
    """A Thai name token with the post or verb glued to its end cut off."""
    best = len(token)
    for stop in NAME_TAIL_STOPS:
        i = token.find(stop, 2)
        # ธรรมประจำจิต is a surname: a post glued after ประจำ (ประจำสำนัก..., ประจำกระทรวง...) runs longer.
        if 0 < i < best and not (stop == "ประจำ" and 0 < len(token) - i - len(stop) <= 3):
            best = i
    return token[:best]


def _latin_name(text: str, pos: int, limit: int, max_words: int = 6) -> tuple[int, str] | None:
    """A Latin-script name starting at ``pos``: capitalised words with lower-case particles between."""
    words: list[tuple[int, int]] = []
    i = pos
    while i < limit:
        m = _LATIN_TOKEN.match(text, i)
        if not m:
            break
        word = m.group().rstrip(".")
        if word in LATIN_NAME_STOPS or (word.islower() and word not in LATIN_PARTICLES):
            break
        words.append((m.start(), m.start() + len(m.group())))
        i = m.end()
        gap = 2 if text.startswith("  ", i) else 1  # two spaces between words are common in scraped pages
        if i + gap < limit and text[i:i + gap].strip() == "" and _LATIN_LETTER.match(text, i + gap):
            i += gap
            continue
        # Abdulrahman Al - Thani: a hyphen written with spaces joins the last word of the name to its part before.
        if _SPACED_HYPHEN_LAST.match(text, i, limit):
            i += 3
            continue
        break
    while words and text[words[-1][0]:words[-1][1]].rstrip(".").lower() in LATIN_PARTICLES:
        words.pop()
    # นาย TakehikoNakaoประธาน...: a given name and a surname written without the space between them.
    if len(words) == 1 and (glued := _GLUED_NAME.fullmatch(text, *words[0])):
        return words[0][1], f"{glued[1]} {glued[2]}"
    if len(words) < 2 or len(words) > max_words:
        return None
    return words[-1][1], " ".join(text[words[0][0]:words[-1][1]].rstrip(".").split()).replace(" - ", "-")


@cache
def _family_names() -> frozenset[str]:
    from pythainlp.corpus import thai_family_names

    return frozenset(thai_family_names())


@cache
def _given_names() -> frozenset[str]:
    from pythainlp.corpus import thai_female_names, thai_male_names

    return frozenset(thai_male_names()) | frozenset(thai_female_names())


# บิน, บินติ: son and daughter of, in Arabic and Malay names written in Thai; the father's name is part of the name.
_SON_OF = frozenset({"บิน", "บินติ", "บินตี"})
_MARKS = re.compile("[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")
_SILENT_H = re.compile("^([เแโใไ]?)ห(?=[งญนมยรลว])")


def _spacing(word: str) -> int:
    """The letters of a Thai word that take up space: เจี๋ยน is four (เ จ ย น), one syllable as ฮวาง is; a silent ห
    before a sonorant opening the word is no letter of its own (เหวียน is four too, its หว one consonant)."""
    return len(_SILENT_H.sub(r"\1", _MARKS.sub("", word)))


def thai_named(name: str) -> bool:
    """Whether a name in Thai script reads as a Thai person's: its given name or its surname is in pythainlp's
    lists of Thai names (สุวิทย์ เมษินทรีย์), not a foreign name transliterated."""
    words = name.split()
    return bool(words) and (words[0] in _given_names() or (len(words) > 1 and words[-1] in _family_names()))


# บ้านนางกรกช แหยมนา ถึงที่นา..., 1.3 นายสมเกียรติ ตั้งกิจวานิชย์ ด้านสังคมศาสตร์: after a surname, ถึง (to, as far as)
# and the field of an expert's seat go on with the sentence; they may begin a surname, so only a third word stops here.
_AFTER_A_SURNAME = ("ถึง", "ด้าน")
# Words that begin like a verb of NOT_SURNAME and yet begin surnames too (มีมณี, ร่วมใจ, พร้อมพันธุ์).
_SURNAME_LIKE = ("มี", "ร่วม", "พร้อม", "เข้า")


# The civil service's levels end a post (เศรษฐกรชำนาญการ, นิติกรชำนาญการพิเศษ, พยาบาลวิชาชีพชำนาญการ).
_CIVIL_SERVICE_LEVELS = ("ชำนาญการ", "ชำนาญการพิเศษ", "เชี่ยวชาญ", "ทรงคุณวุฒิ", "ปฏิบัติการ", "ชำนาญงาน", "อาวุโส")


# ณัฏฐสมบูรณ์, ณัฐวุฒิ: ณ with a vowel or tone mark on it begins a name, not the preposition ณ of NOT_SURNAME.
_NA_IN_A_NAME = re.compile("ณ[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]")


def _starts_no_surname(token: str) -> bool:
    """Whether ``token`` begins with a word that ends a name (a verb, a preposition) rather than a surname."""
    return token.startswith(NOT_SURNAME) and not _NA_IN_A_NAME.match(token)


def _no_word_after_the_stop(token: str) -> bool:
    """นำพูลสุขสันติ์, ประจำวงษ์, ยังสุขสถาพร: a short token, not made of everyday words (as นำคณะ and ให้การต้อนรับ
    are), whose rest after the stop word it begins with is no word either, is a surname."""
    stop = max((w for w in NOT_SURNAME if token.startswith(w)), key=len)
    rest = token[len(stop):]
    return (len(token) <= 16 and len(rest) >= 3 and rest not in dictionary() and not rest.startswith(NOT_SURNAME)
            and not everyday(token) and not token.endswith(("ว่า", "ให้")))  # ได้กำชับให้, ได้เปรียบเปรยว่า


_OPENS_A_LIST = frozenset({"อาทิ", "เช่น", "ได้แก่", "ประกอบด้วย"})


def _never_in_a_name(token: str) -> bool:
    """A provincial post (อุตสาหกรรมจังหวัด...), a post at a civil-service level (เศรษฐกรชำนาญการ), a verb of saying
    (เสริมว่า) or a word that opens a list (เจ้าฟ้ามหิดล อาทิ คณะ...) is never a word of a name; a foreign surname may
    end in ว่า all the same (โบโกว่า)."""
    return (token in _OPENS_A_LIST or "จังหวัด" in token or (token.endswith(_CIVIL_SERVICE_LEVELS) and len(token) > 8)
            or (token.endswith("ว่า") and (token in dictionary() or token[:-3] in dictionary())))


def _post_or_agency_at(text: str, pos: int, gaz: Gazetteer) -> bool:
    """Whether a post or an agency the gazetteer knows begins at ``pos``."""
    return gaz.position_matcher.match_at(text, pos) is not None or gaz.org_matcher.match_at(text, pos) is not None


def _describes(word: str) -> bool:
    """Whether a word after a name begins with a long everyday word (เจ้าหน้าที่ส่งกำลัง, อาจารย์คณะ..., บรรยายตอน
    หนึ่งว่า): what the person is or does. A family name pythainlp lists (สุวรรณคีรี) is a name all the same."""
    first = segment.words(word)[0]
    return word not in _family_names() and len(first) >= 6 and _everyday_word(first)


@cache
def _rank_regex(honorifics: tuple[tuple[str, str], ...]) -> re.Pattern[str]:
    """The Thai ranks among the honorifics, as one pattern."""
    return _honorific_regex(tuple((form, kind) for form, kind in honorifics if kind in _RANKS and not form.isascii()))


def _begins_with_a_rank(token: str, gaz: Gazetteer) -> bool:
    """Whether a word begins with a Thai rank, as the next person's name does and no surname."""
    return _rank_regex(tuple(gaz.honorifics.items())).match(token) is not None


def _strong_stop(text: str, pos: int, token: str, gaz: Gazetteer, country: bool = True) -> bool:
    """Whether a word after a name plainly starts something else: a post, an agency, a country (unless not
    ``country``), a verb, the next person's honorific or rank (นายสุทธิ สุโกศล จ่าเอกยศสิงห์ เหลี่ยมเลิศ: two names,
    not one), a former post (นายณรงค์พล คิดอ่าน อดีตนายอำเภอแม่สาย)."""
    return (_starts_no_surname(token) or _never_in_a_name(token) or token.startswith((*ORG_HEADS, FORMER))
            or (len(token) > 4 and token.startswith(("นาย", "นาง")))
            or _begins_with_a_rank(token, gaz)
            or token != _cut_tail(token)
            or _post_or_agency_at(text, pos, gaz) or (country and gaz.country_matcher.match_at(text, pos) is not None))


def _surname_then_post(text: str, pos: int, limit: int, gaz: Gazetteer) -> bool:
    """Whether one more Thai word, then a post or an agency the gazetteer knows, follow ``pos``."""
    nm = _THAI_TOKEN.match(text, pos + 1, min(limit, pos + 1 + MAX_WORD)) if text.startswith(" ", pos) else None
    return nm is not None and text.startswith(" ", nm.end()) and _post_or_agency_at(text, nm.end() + 1, gaz)


def _before_a_glued_post(text: str, start: int, end: int, gaz: Gazetteer) -> str:
    """The surname in ``text[start:end]`` before a post the gazetteer knows glued to it (รังสิตพลปลัดกระทรวง
    อุตสาหกรรม), and before the words leading to it (วัชรินทร์รัตน์รักษาการแทนอธิการบดี); else ""."""
    posts = [i for i in range(start + 2, end) if _post_or_agency_at(text, i, gaz)]
    cut = next((text[start:i] for i in range(start + 2, min(end, start + _LONGEST_SURNAME + 1))
                if i in posts or (text.startswith(_LEADS_TO_A_POST, i) and any(j > i for j in posts))), "")
    # วิลเลม-อเล็กซานเดอร์ ทรงเป็นประธาน...: a verb before the post, no surname.
    return "" if any(w in NOT_SURNAME for w in segment.words(cut)) else cut


_BRACKET_LATIN_AT = re.compile(r"\(\s?[A-Za-z]")


def _surname_on_next_line(text: str, pos: int, limit: int, gaz: Gazetteer) -> bool:
    """Whether the line break at ``pos`` parts a given name from its surname (นายศราวุธ at a line's end, สุดงูเหลือม 10)
    on the next): a post, an agency, its Latin form in brackets, a list's number or the line's end follows the surname
    to confirm it."""
    if text[pos] != "\n" or (m := wrapped_surname(text, pos, limit)) is None:
        return False
    return _name_ends_at(text, m.end(), limit, gaz)


def _name_ends_at(text: str, pos: int, limit: int, gaz: Gazetteer) -> bool:
    """Whether what follows ``pos``, past spaces, ends a name: a post, an agency, its Latin form in brackets, a list's
    number or the line's end."""
    while pos < limit and text[pos] in " \xa0":
        pos += 1
    return (pos >= limit or text[pos] == "\n" or text[pos].isdigit() or _post_or_agency_at(text, pos, gaz)
            or _BRACKET_LATIN_AT.match(text, pos) is not None)


ITEM_NUMBER = re.compile(r"(?:^|\s)\d{1,2}\.\s?$")  # the number of a list's item, right before a name
_ITEM_END = re.compile(r" ?(?:\d{1,2}\.\s|\n|$)")


def _fills_an_item(text: str, pos: int, end: int, honorific: str) -> bool:
    """Whether the name at ``text[pos:end]``, behind ``honorific``, is all a numbered item of a list holds."""
    at = text.rfind(honorific.split()[0], max(0, pos - len(honorific) - 2), pos) if honorific else -1
    return at >= 0 and bool(ITEM_NUMBER.search(text, max(0, at - 6), at)) and bool(_ITEM_END.match(text, end))


def _thai_name(text: str, pos: int, limit: int, honorific: str, gaz: Gazetteer) -> tuple[int, str, int] | None:
    """A Thai-script name at ``pos``: ``(end, name, number of words)``; one word when no surname follows."""
    m = _THAI_TOKEN.match(text, pos, min(limit, pos + MAX_WORD))
    if not m:
        return None
    first = m.group()
    last = honorific.split()[-1] if honorific.split() else honorific
    # นายพลพงศ์ is Mr Phonphong, not a general; so is นายพลาวุธ วงศ์วิวัฒน์ ผู้อำนวยการ...: a surname and a post follow.
    if (any(last.endswith(h) for h in ("นาย", "นาง", "คุณ")) and first.startswith(NOT_NAME_AFTER_HONORIFIC)
            and first not in _given_names() and not (first.startswith("พล") and _surname_then_post(text, m.end(),
                                                                                                  limit, gaz))):
        return None
    if last.endswith("คุณ") and first.startswith(NOT_NAME_AFTER_KHUN):
        return None
    if first.startswith(("แห่ง", "ของ", "และ")):
        return None
    cut_first = _cut_tail(first)
    if cut_first != first or len(first) < 2:
        return (pos + len(cut_first), cut_first, 1) if len(cut_first) >= 2 else None
    end, parts = m.end(), [first]
    # Foreign names in Thai script run to more words (อันเดลโฟ โฆเซ การ์เซีย กอนซาเลซ): take them all when a
    # Latin form in brackets, or plainly something else (a post, an agency, a verb), follows; else one surname.
    words = [(m.start(), m.end())]
    j = end
    strong = initials = spelt = next_person = False
    while len(words) < 8 and j < limit and (
            text[j] == " " or (len(words) == 1 and _surname_on_next_line(text, j, limit, gaz))):
        if text[j + 1:j + 2] == " ":
            j += 1  # two spaces between given name and surname are common in scraped pages
        # ... after the given name too (รอเบิร์ต เอฟ. โกเด็ก), when the Latin form in brackets follows to confirm it.
        ini = _THAI_INITIALS.match(text, j + 1, limit)
        latin = ini is not None and set(ini.group().rstrip(".").split(".")) <= _LATIN_LETTERS_IN_THAI
        if ini and (len(words) >= 2 or latin or _LATIN_BRACKET_AHEAD.match(text, j, min(limit, j + 90))):
            words.append((ini.start(), ini.end()))  # อะห์มัด อะลี เอ.เจ. อัตตะมีมี: initials inside a foreign name
            initials, spelt = initials or not latin, spelt or latin
            j = ini.end()
            continue
        nm = _THAI_TOKEN.match(text, j + 1, min(limit, j + 1 + MAX_WORD))
        if not nm:
            break
        if len(words) == 1 and nm.group() in _family_names():
            pass  # a known family name (พร้อมพันธุ์) even when it begins like a verb
        elif _strong_stop(text, nm.start(), nm.group(), gaz) or (
                len(words) >= 2 and nm.group().startswith(_AFTER_A_SURNAME)):
            strong = True
            next_person = nm.group().startswith(("นาย", "นาง")) or _begins_with_a_rank(nm.group(), gaz)
            # ชั้นยศ นาวาตรี จะขอพระราชทานเลื่อนยศเป็น พลเรือโท: a rank is no surname.
            if len(words) == 1 and not _begins_with_a_rank(nm.group(), gaz):
                words.append((nm.start(), nm.end()))
            # ลิม ซื่อ เชียนผู้อำนวยการ...: a foreign name's last word with a post glued to it; the word is the name's
            # (not a Thai name's: โสภณ เมฆธน กรรรมการผู้ช่วย..., a post misspelt).
            elif (len(words) >= 2 and len(head := _cut_tail(nm.group())) >= 2 and head != nm.group()
                  and not thai_named(" ".join(text[a:b] for a, b in words))
                  and _post_or_agency_at(text, nm.start() + len(head), gaz)
                  and not _post_or_agency_at(text, nm.start(), gaz)
                  and head not in dictionary() and not everyday(head) and not _starts_no_surname(head)):
                words.append((nm.start(), nm.start() + len(head)))
            break
        words.append((nm.start(), nm.end()))
        j = nm.end()
    # นางนิชา หิรัญบูรณะ ธุวธรรม\nรองเลขาธิการ..., 2. ...สุวดี ทองสุกปลั่ง หรรษาสุขสิน  3. นางสาว...: the line's end with a
    # post on the next line, or the next item of a list, ends a name as plainly as a post right after it.
    if not strong and len(words) > 2 and (
            ((ahead := _NEXT_LINE.match(text, j, limit)) and _post_or_agency_at(text, ahead.end(), gaz))
            or _NEXT_ITEM.match(text, j, limit)):
        strong = True
    # นายกมลชัย รัตนสกาววงศ์ ด้านกฎหมาย\n(ผู้แทนภาคเอกชน): only a Latin form in the brackets confirms the words before.
    bracket = re.match(r"\s{0,12}\(\s?[A-Za-z]", text[j:j + 15])
    # 1. ดร. อาบุลคาลัม อับดุล โมเมน\nH.E. Dr. Abulkalam Abdul Momen: a Latin form of as many words after it, on the
    # same line or the next, confirms the name as a bracketed one does.
    if not bracket and len(words) > 2 and (after := _LATIN_AFTER.match(text, j, min(len(text), j + 120))):
        bracket = len(after.group(1).split()) == len(words)
    # ...ของเวียดนาม (นายบุ่ย แทงห์ เซิน): brackets that hold the name alone end it as plainly as a post would.
    # (ดาโตะ เอรีวัณ เปฮิน ยูซอฟ): with a space after the honorific too.
    opened = text[max(0, pos - len(honorific) - 3):pos].rstrip()
    strong = strong or (text.startswith(")", j) and opened[:len(opened) - len(honorific)].rstrip().endswith("("))
    # Without a Latin form to confirm it, a third word that is an ordinary Thai word is no part of the name,
    # unless all three are single syllables, as Chinese, Vietnamese and Korean names are (หนิง ฟู่ ขุย), or the
    # second is a Latin initial (โจเซฟ อาร์. ไบเดน).
    # โจเซฟ อาร์. ไบเดน จูเนียร์ ประธานาธิบดี...: a Jr. ends a name, though it is a Thai word too.
    core = words[:-1] if len(words) > 3 and text[words[-1][0]:words[-1][1]] == "จูเนียร์" else words
    # พันจ่าโท อนุชิต พรมดอนกลอย เจ้าหน้าที่ส่งกำลัง หมวด...: nor is one that begins with a long everyday word.
    son_of = any(text[a:b] in _SON_OF for a, b in words[1:-1])  # มหาธีร์ บิน โมฮัมหมัด: the father's name follows
    # ... โจฮานเนส อะเบเบ อับราฮัม ซึ่งเป็น...: a word the dictionary lists but everyday Thai seldom uses (อับราฮัม, ฟอนต์)
    # is a foreign name's too; not before the next person's name, where a nickname may stand (... เมย์ นางสาวรัชนก).
    # A Thai name, spelt with the letters of Pali and Sanskrit loans (ฐาปน สิริวัฒนภักดี), is followed by Thai titles
    # instead (ไวยาวัจกร, a temple's steward).
    rare_ok = not next_person and not _INDIC_LETTERS.search(text, words[0][0], words[min(1, len(words) - 1)][1])
    plain = all((not _everyday_word(text[a:b]) if rare_ok else text[a:b] not in dictionary())
                and not _describes(text[a:b]) for a, b in core[2:]) or (
        len(core) == 3 and (spelt or all(_spacing(text[a:b]) <= 4 for a, b in core))) or son_of
    # Initials (ผอ. is one too) belong to a name only when its Latin form in brackets confirms the name; a chain of
    # fathers' names (มุฮัมมัด บิน ซัลมาน บิน อับดุลอะซีซ อัลซะอูด) runs longer than other names.
    chosen = words if len(words) > 2 and (bracket or (strong and plain and (len(words) <= 5 or son_of)
                                                      and not initials)) else words[:2]
    # โดนัลด์ เจ ทรัมป์ ว่าที่ประธานาธิบดี...: no name ends with a Latin initial; the word after it is the surname.
    if len(chosen) == 2 and len(words) > 2 and text[words[1][0]:words[1][1]].rstrip(".") in _LATIN_LETTERS_IN_THAI \
            and not everyday(third := text[words[2][0]:words[2][1]]) and not _describes(third):
        chosen = words[:3]
    if len(chosen) >= 2:
        second = text[chosen[1][0]:chosen[1][1]]
        # มีมณี is a surname, not the verb มี, when a post or an agency follows it (สุรศักดิ์ มีมณี ที่ปรึกษา...).
        after = chosen[1][1] + 1
        post_follows = text[chosen[1][1]:after] == " " and _post_or_agency_at(text, after, gaz)
        # ศศิวิมล มีจรูญสม สาขาวิทยาศาสตร์: so is one beginning like มี whose rest is no word, whatever follows.
        surname_like = second.startswith(_SURNAME_LIKE) and _no_word_after_the_stop(second)
        # 2. นายมาโนช แจ้งมุข 3. ...: a name that fills a numbered item of a list is a name and a surname, whatever
        # the surname begins like.
        surname_like = surname_like or _fills_an_item(text, pos, chosen[1][1], honorific)
        # นครคุณหมิง สาธารณรัฐประชาชนจีน: a word that is a country's name, all of it, is no surname.
        country = gaz.country_matcher.match_at(text, chosen[1][0])
        if ((_starts_no_surname(second) and second not in _family_names() and not surname_like
                and (second in dictionary() or not post_follows
                     or not (second.startswith(_SURNAME_LIKE) or _no_word_after_the_stop(second))))
                or _never_in_a_name(second)  # ปิยนุช เสริมว่า: she said, too
                or (country is not None and country[0] == chosen[1][1])):
            chosen = words[:1]
    parts = [text[a:b] for a, b in chosen]
    if len(parts) > 1:
        cut = _cut_tail(parts[-1])
        if len(parts[-1]) > _LONGEST_SURNAME:
            # No surname runs that long: a clause is glued to it, or a post; a longer third word is no part of the
            # name.
            cut = _before_a_glued_post(text, chosen[1][0], chosen[1][1], gaz) if len(parts) == 2 and len(
                parts[0]) <= _LONGEST_SURNAME else ""
        if len(cut) < 2:
            parts = parts[:-1]
        else:
            parts[-1] = cut
    end = chosen[len(parts) - 1][0] + len(parts[-1])
    # สนิทวงศ์ ณ อยุธยา: the ณ of a royal line's surname is part of it; นายกษิต ณ ระนอง: or it is the whole surname.
    if (len(parts) == 2 and (line := _ROYAL_LINE.match(text, end, limit))) or (
            len(parts) == 1 and (line := _royal_line_surname(text, end, limit, gaz))) or (
            len(parts) <= 2 and (line := _line_before_a_post(text, end, limit, gaz))):
        parts.append(line.group().strip())
        end = line.end()
    return end, " ".join(parts), len(parts)


_ROYAL_LINE = re.compile(f" ณ (?:{'|'.join(ROYAL_LINES)})(?![\u0e01-\u0e4e])")


def _royal_line_surname(text: str, pos: int, limit: int, gaz: Gazetteer) -> re.Match[str] | None:
    """A royal line's name that is the whole surname after a given name at ``pos`` (นายเธียรชัย ณ นคร); after one named
    for a province (ณ เชียงใหม่, where a man may be) only when what follows ends a name (a post, an agency, the line's
    end, a verb, the next name, ในฐานะ) and is not what follows a place (ของ, เมื่อ, ใน ...)."""
    line = _ROYAL_LINE.match(text, pos, limit)
    if line is None or line.group().split()[-1] in ROYAL_LINES_NO_PLACE or _name_ends_at(text, line.end(), limit, gaz):
        return line
    after = line.end() + 1
    if text[line.end()] != " " or (text.startswith(_AFTER_A_PLACE, after) and not text.startswith("ในฐานะ", after)):
        return None
    word = _THAI_TOKEN.match(text, after, min(limit, after + MAX_WORD))
    return line if word and _strong_stop(text, word.start(), word.group(), gaz) else None


# รัตนดิลก ณ ภูเก็ต, นายธีระ ณ วังขนาย กรรมการ...: any line's name, not a room, a building or a town, is the surname's
# end when a post or an agency follows it.
_ANY_LINE = re.compile(r" ณ (?!ห้อง|ตึก|อาคาร|บ้าน|หมู่|วัด|เมือง|จังหวัด|อำเภอ|ศาลา|ทำเนียบ|สนาม|ท้องสนาม|โรงแรม|ศูนย์"
                       r"|ลาน|เวที|ชายหาด|พระราชวัง|พระที่นั่ง|กรม|กระทรวง|สำนัก|สถาน|ประเทศ|กรุง|นคร\S|วันที่|สิ้น"
                       r"|โอกาส|พิธี|สตูดิโอ|บริเวณ|ที่)[\u0e01-\u0e4e]{2,12}(?![\u0e01-\u0e4e])")


_SPACES = re.compile(r"[ \t\u00a0]+")


def _line_before_a_post(text: str, pos: int, limit: int, gaz: Gazetteer) -> re.Match[str] | None:
    """A line's name after a name at ``pos`` (ณ หนองคาย) with a post or an agency right after it."""
    line = _ANY_LINE.match(text, pos, limit)
    gap = _SPACES.match(text, line.end()) if line else None
    return line if gap and _post_or_agency_at(text, gap.end(), gaz) else None


_INDIC_LETTERS = re.compile("[ฐฑฒณภศษฤฦ]")
_NEXT_LINE = re.compile(r"[ \t]*\n\s*")
_NEXT_ITEM = re.compile(r"\s+\d{1,2}\.\s?(?=[\u0e01-\u0e4e])")
_AFTER_A_PLACE = ("ของ", "เมื่อ", "ใน", "ที่", "เพื่อ", "ซึ่ง", "โดย", "ระหว่าง", "ตั้งแต่", "จังหวัด", "อำเภอ")


_BRACKET_LATIN = re.compile(r"\s*\(\s*")
_BRACKET_CLOSE = re.compile(f"(?:,?\\s(?:{'|'.join(POST_NOMINALS)}))*\\)")


_COMPANY_BEFORE = re.compile(r"(?:บริษัท|บมจ\.|ห้างหุ้นส่วน|กลุ่มบริษัท)\s?$")


def _cut_short(honorific: str, name: str) -> bool:
    """Whether a word the mark ฯ ends is a given name cut short (นายอนุทินฯ): not a royal title (ดร.สมเด็จเจ้าฟ้าฯ),
    not a clause glued to an honorific's letters (พระกตัญญูกตเวทิตาคุณที่ทรงมีต่อล้นเกล้าฯ), no longer than a name."""
    return (not honorific.endswith("คุณ") and len(name) <= 16 and "นาย" not in name and "นาง" not in name
            and not name.startswith(("สมเด็จ", "เจ้าฟ้า", "พระ", "ที่", "ทรง")))


def find_persons(text: str, start: int, end: int, gaz: Gazetteer) -> list[PersonMention]:
    """Every person named in ``text[start:end]`` behind an honorific, rank or title, plus quoted short names."""
    found: list[PersonMention] = []
    regex = _honorific_regex(tuple(gaz.honorifics.items()))
    pos = start
    while True:
        m = regex.search(text, pos, end)
        if not m:
            break
        pos = m.end()
        honorific = m.group().strip()
        before = text[m.start() - 1] if m.start() > 0 else " "
        # A Latin honorific glued to a Latin word before it is part of that word; a Thai one glued to a
        # Thai word is part of it (ขอบคุณ) unless that word is a connective (และนาย).
        if _LATIN_LETTER.match(before):
            pos = m.start() + 1  # an honorific may still begin inside the match (ประกาศเกียรติคุณ นายสมชาย)
            continue
        # พระพรหมบัณฑิต, ศ.ดร. ประธาน...: a degree written after a name is followed by a post, not a name; and
        # นายแพทย์สาธารณสุขจังหวัด, นายกเทศมนตรี: a post that begins like an honorific is no honorific.
        if gaz.position_matcher.match_at(text, m.end()):
            continue
        if (post := gaz.position_matcher.match_at(text, m.start())) and post[0] > m.end():
            continue
        # สมเด็จพระบรมโอรสาธิราชฯ สยามมกุฎราชกุมาร เสด็จ...: the Thai crown prince's style, which no name follows.
        if honorific == "มกุฎราชกุมาร" and text.endswith("สยาม", max(0, m.start() - 4), m.start()):
            continue
        if "\u0e01" <= before <= "\u0e4e" and not text[max(0, m.start() - 12):m.start()].endswith(
                GLUE_BEFORE_HONORIFIC) and not _stands_alone(text, m.start(), honorific, gaz):
            pos = m.start() + 1
            continue
        # อาคาร 99 ปี หม่อมหลวงชูชาติ กำภู, ห้องประชุมศาสตราจารย์ หม่อมหลวงปิ่น มาลากุล: a building named after him.
        if _NAMED_AFTER_SPACED.search(text, max(0, m.start() - 40), m.start()):
            continue
        # สมเด็จพระเจ้าพี่นางเธอ เจ้าฟ้ากัลยาณิวัฒนา: a royal title's นางเธอ, no นาง before a name.
        if honorific.endswith("นาง") and text.startswith("เธอ", m.end()):
            continue
        name_start = m.end()
        latin = _latin_name(text, name_start, end)
        # บริษัท General Electric ASEAN: a company's name after its head word, no rank and name; Dr LEE Jong-wook
        # Memorial Prize, King Chulalongkorn Memorial Hospital: a prize or a place named for someone, no mention of him.
        if latin and (_COMPANY_BEFORE.search(text, max(0, m.start() - 12), m.start())
                      or not _NAMED_FOR.isdisjoint(latin[1].split())):
            pos = latin[0]
            continue
        if latin:
            name_end, name = latin
            found.append(PersonMention(name, name_start, name_end, honorific, "honorific+latin-name"))
            pos = name_end
            continue
        # H.E. Mr. Rudiantara รัฐมนตรีว่าการ...: one Latin word before a post, as one name; resolution keeps it when
        # the post is abroad, as it keeps a foreigner's one Thai word.
        if (one := _ONE_LATIN_WORD.match(text, name_start, end)) and honorific[0].isascii() and (
                one.group(1) not in LATIN_NAME_STOPS and one.group(1).lower() not in gaz.english_words
                and gaz.position_matcher.match_at(text, one.end())):
            found.append(PersonMention(one.group(1), name_start, name_start + len(one.group(1)), honorific,
                                       "honorific+given-name"))
            pos = one.end()
            continue
        thai = _thai_name(text, name_start, end, honorific, gaz)
        if not thai:
            continue
        name_end, name, nwords = thai
        # รัฐสุลต่านโอมาน, สุลต่านโอมาน ระดับรัฐมนตรี: a royal style and the country it reigns over, no name.
        if gaz.honorifics.get(honorific) == "royal" and (
                (country := gaz.country_matcher.match_at(name, 0)) and country[0] == len(name.split()[0])):
            continue
        rule = "honorific+thai-name" if nwords > 1 else "honorific+given-name"
        if nwords == 1 and text.startswith("ฯ", name_end) and _cut_short(honorific, name):
            rule = ABBREVIATED  # (พลตำรวจเอก พัชรวาทฯ): ฯ marks a name cut short, so the word is a name
        if nwords == 1 and (honorific in MONARCHS or honorific in ONE_NAME_ROYALS):
            # สมเด็จพระราชาธิบดีมาเลเซียอย่างสมพระเกียรติ: the title and the country reign, no name follows.
            if gaz.country_matcher.match_at(name, 0):
                continue
            # สมเด็จพระจักรพรรดินารุฮิโตะ: a monarch goes by one name, read up to the verb that may follow it
            # unspaced (สมเด็จพระราชินีโซเฟียทรงมี...).
            name = _monarch_name(name)
            # เจ้าชายอากิชิโนะ: so does a prince, by a name that is no Thai word and holds none (not เจ้าชายกบ,
            # เจ้าหญิงนักกฎหมาย, เจ้าชายลายท้องทะเลไทย).
            if honorific in ONE_NAME_ROYALS and (not name or name in dictionary() or everyday(name) or any(
                    len(w) > 3 and w in dictionary() for w in segment.words(name))):
                continue
            # สมเด็จพระราชาธิบดีเป็นพระมหากษัตริย์, ...ทรงพระราชทาน: nor a monarch by the sentence's next word.
            if not name or _starts_no_surname(name) or (everyday(name) and name in dictionary()):
                continue
            name_end, rule = name_start + len(name), "monarch-title+name"
        latin_form = None
        b = _BRACKET_LATIN.match(text, name_end)
        if b:
            inner = regex.match(text, b.end(), end)
            inner_start = inner.end() if inner else b.end()
            lat = _latin_name(text, inner_start, end, max_words=10)  # the bracket bounds it
            if lat and _BRACKET_CLOSE.match(text, lat[0]):
                latin_form = lat[1]
                rule += "+latin-in-brackets"
        found.append(PersonMention(name, name_start, name_end, honorific, rule, latin_form))
        # (Mr. Pengiran Haji Sahari bin ...): the honorifics inside the Latin form just read begin no name of their own.
        pos = lat[0] if latin_form else name_end
    return found


# Heads of state and government are named after their title with no honorific (ประธานาธิบดีสี จิ้นผิง).
LEADER_TITLES = re.compile(
    r"(?:สมเด็จพระราชาธิบดี|พระราชาธิบดี|สมเด็จพระจักรพรรดิ|ประธานาธิบดี|รองประธานาธิบดี|นายกรัฐมนตรี|กษัตริย์"
    r"|เจ้าชาย|เจ้าหญิง|สุลต่าน|เชค|ชีค)\s?"
    r"|(?<![A-Za-z])(?:President|Prime Minister|King|Queen|Emperor|Sultan|Sheikh|Crown Prince)\s")


# A monarch's title and regnal name (สมเด็จพระราชาธิบดีเฟลีเป ที่ 6, พระเจ้าหลุยส์ที่ 14, ซาร์นิโคลัสที่ 2).
_MONARCH = re.compile(r"(?:สมเด็จพระราชาธิบดี|พระราชาธิบดี|สมเด็จพระจักรพรรดิ|สมเด็จพระราชินี(?:นาถ)?|สมเด็จพระเจ้า"
                      r"|พระเจ้า(?:ซาร์)?|ซาร์|กษัตริย์)\s?")
_REGNAL = re.compile(f"((?:[{THAI_CHARS}]+ ){{0,2}}[{THAI_CHARS}]+?) ?ที่ ?(\\d{{1,2}})(?![\\d/.])")
# ... รัชกาล ที่ 10, ... วัน ที่ 5, ... โซน ที่ 2: what a number after a king's title counts when it is no reign's.
_COUNTED = re.compile(r"(?:วัน\S*|รัชกาล|ครั้ง|คน|ปี|ฉบับ|แบบ|องค์|ทศวรรษ|ยุทธศาสตร์|กลยุทธ์|พระราม|ชั้น|โซน)$")


def find_monarchs(text: str, start: int, end: int) -> list[PersonMention]:
    """Foreign monarchs named by title and regnal number: the name with its number is the person's name."""
    out = []
    for m in _MONARCH.finditer(text, start, end):
        reg = _REGNAL.match(text, m.end(), end)
        if not reg:
            continue
        first = reg.group(1).split()[0]
        if len(reg.group(1).replace(" ", "")) < 3 or everyday(first) or first.startswith(("แห่ง", "ของ", "วัน")):
            continue
        # สมเด็จพระเจ้าอยู่หัว... รัชกาล ที่ 10, พระมหากษัตริย์เป็นประมุข โดยปัจจุบันตรงกับวัน ที่ 5: a reign, a day or an
        # item numbered after the title; no regnal name runs into a clause.
        if first.startswith("อยู่หัว") or _COUNTED.search(reg.group(1)) or max(map(len, reg.group(1).split())) > 20:
            continue
        out.append(PersonMention(f"{reg.group(1).strip()} ที่ {reg.group(2)}", m.end(), reg.end(), "",
                                 "monarch-regnal-name"))
    return out


def _tagged_at(text: str, title_start: int, pos: int, limit: int, name_end: int | None = None) -> bool:
    """Whether the CRF tagger, reading the title and what follows, sees a person's name begin at ``pos`` (and,
    given ``name_end``, end there)."""
    from kg.extract.crf import tag

    window = text[title_start:min(limit, pos + 60)]
    return any(label == "PERSON" and title_start + a == pos and (name_end is None or title_start + b == name_end)
               for a, b, label in tag(window))


@cache
def _word_counts() -> dict[str, int]:
    """Word counts of the Thai National Corpus (shipped with pythainlp): how common a Thai word is. Only words
    seen at least ``_RARE`` times are kept (all the tests below ask about), a tenth of the list."""
    from pythainlp.corpus import tnc

    return {w: n for w, n in tnc.word_freqs() if n >= _RARE}


_COMMON = 1000  # a word seen this often in the TNC is everyday Thai, no part of a foreign name
_RARE = 100  # a name standing alone is seen less often than this


@lru_cache(maxsize=16384)
def everyday(word: str) -> bool:
    """Whether a Thai word is everyday Thai: common in the TNC itself or made of such words (กล่าวว่า, ตามที่)."""
    counts = _word_counts()
    return counts.get(word, 0) >= _COMMON or any(
        counts.get(word[:i], 0) >= _COMMON // 2 and everyday(word[i:]) for i in range(2, len(word) - 1))


def _everyday_word(word: str) -> bool:
    """A dictionary word that is everyday Thai; a rare one (อับราฮัม, โดส) may be a syllable of a foreign name."""
    return word in dictionary() and everyday(word)


def _monarch_name(run: str) -> str:
    """The name a monarch's title is followed by: the run of Thai letters up to a royal or common verb."""
    name = ""
    for tok in segment.words(run):
        if name and (tok.startswith(NOT_SURNAME) or tok.startswith(("ทรง", "พระราช"))):
            break
        name += tok
    return name


def _rare_name(run: str) -> str | None:
    """The one-word foreign name a run of Thai letters begins with (ปูติน, ไบเดนให้ความสำคัญ): the words up to the
    first everyday one, when together they are rare in Thai text (ประธานาธิบดีกล่าวว่า: no name)."""
    name = ""
    toks = segment.words(run)
    for i, tok in enumerate(toks):
        # เม|ดเว|เดฟ: a two-letter everyday word the segmenter cut from a foreign name is followed by no word.
        cut_off = not name and len(tok) <= 2 and i + 1 < len(toks) and toks[i + 1] not in _word_counts()
        if everyday(tok) and not cut_off:
            break
        name += tok
    return name if len(name) >= 3 and _word_counts().get(name, 0) < _RARE else None


# Gael Boussiere กรรมการผู้จัดการ, Krzysztof Tokarz ผู้เชี่ยวชาญอาวุโส: two to four capitalised Latin words that no
# other Latin word runs into, a Thai word right after.
_LATIN_RUN_BEFORE_THAI = re.compile(
    f"(?<![{LATIN_LETTERS}&\\-’'] )(?<![{LATIN_LETTERS}&\\-’'.])[{LATIN_CAPITALS}][{LATIN_LETTERS}'’\\-]+"
    f"(?: [{LATIN_CAPITALS}][{LATIN_LETTERS}'’\\-]+){{1,3}}(?= [{THAI_LEAD}])")


def find_latin_names_before_titles(text: str, start: int, end: int, gaz: Gazetteer,
                                   taken: list[PersonMention]) -> list[PersonMention]:
    """Latin-script full names written with no honorific and followed by a Thai post (a list of a company's
    executives: ... จำกัด Gael Boussiere กรรมการผู้จัดการ Umicore ...): no agency, programme or country name, nor
    common English words alone."""
    spans = [(p.written_from - 1, p.end) for p in taken]
    out = []
    for m in _LATIN_RUN_BEFORE_THAI.finditer(text, start, end):
        words_ = m.group().split()
        post = gaz.position_matcher.match_at(text, m.end() + 1)
        # ... ผ่าน Digital Wallet นายกรัฐมนตรียืนยัน...: the Prime Minister is the subject of what comes next, unless
        # another country's (Anwar Ibrahim นายกรัฐมนตรีมาเลเซีย).
        if post and text.startswith("นายกรัฐมนตรี", m.end() + 1) and not gaz.country_matcher.match_at(text, post[0]):
            continue
        if (any(a <= m.start() < b for a, b in spans) or not post
                or text[max(0, m.start() - 8):m.start()].rstrip().endswith(ORG_HEADS)
                or any(w in LATIN_ORG_HEADS or w in LATIN_NAME_STOPS or (len(w) > 1 and w.isupper()) for w in words_)
                or gaz.org_matcher.match_at(text, m.start()) or gaz.programme_matcher.match_at(text, m.start())
                or any(gaz.country_matcher.match_at(w, 0) for w in words_)
                # Digital Wallet, Work Permit: common words capitalised, no name.
                or all(w.lower() in gaz.english_words for w in words_)):
            continue
        out.append(PersonMention(m.group(), m.start(), m.end(), "", "latin-name+title"))
    return out


def _spans_of(taken: list[PersonMention]) -> list[tuple[int, int]]:
    """The text the persons already found take up, each honorific and the space after it included."""
    return [(p.start - len(p.honorific) - 1, p.end) for p in taken]


def find_titled_persons(text: str, start: int, end: int, gaz: Gazetteer, taken: list[PersonMention],
                        confirm: bool = True) -> list[PersonMention]:
    """Full names right after a head of state's or government's title (ประธานาธิบดีโดนัลด์ ทรัมป์, President Joko
    Widodo) where no honorific found one; a Thai name must be in the name list or, with ``confirm``, be seen as
    a name by the CRF tagger."""
    spans = _spans_of(taken)
    out = []
    for m in LEADER_TITLES.finditer(text, start, end):
        pos = m.end()
        if any(a <= pos < b for a, b in spans) or gaz.country_matcher.match_at(text, pos):
            continue
        latin = _latin_name(text, pos, end)
        if latin and not any(w in LATIN_ORG_HEADS or w in ("Award", "Prize") for w in latin[1].split()):
            out.append(PersonMention(latin[1], pos, latin[0], "", "leader-title+latin-name"))
            continue
        thai = _thai_name(text, pos, end, "", gaz)
        if not thai:
            continue
        name_end, name, nwords = thai
        # นายกรัฐมนตรีอันวาร์ อิบราฮิม อย่างเป็นทางการ...: a known name is read whole, not with the words after it.
        known = next((k for k in (" ".join(name.split()[:n]) for n in range(nwords - 1, 1, -1))
                      if k in gaz.person_names and text.startswith(k, pos)), None)
        if known:
            name, name_end, nwords = known, pos + len(known), len(known.split())
        # ประธานาธิบดีทรัมป์และภริยา, ประธานาธิบดีปูติน: one word is a name when the tagger reads exactly that word
        # as one, or when it is a word Thai text seldom uses (a foreign name written in Thai letters).
        rare = None
        if nwords < 2 and not (confirm and len(name) >= 3 and _tagged_at(text, m.start(), pos, end, name_end)):
            rare = _rare_name(name)
            if rare is None:
                continue
            name, name_end = rare, pos + len(rare)
        parts = name.split()
        if (len(parts[-1]) < 3 or parts[0].startswith(NOT_SURNAME) or parts[0].startswith(ORG_HEADS)
                or text.startswith(".", name_end) or gaz.position_matcher.match_at(text, pos)):
            continue
        # The boundary is the name reader's; that it is a name at all, the gazetteer's, the tagger's or the
        # word counts' word.
        if rare is None and name not in gaz.person_names and not (confirm and _tagged_at(text, m.start(), pos, end)):
            continue
        out.append(PersonMention(name, pos, name_end, "", "leader-title+thai-name"))
    return out


# วันที่ 31 มกราคม 2567 นลินี ทวีสิน ผู้แทนการค้าไทย...: a Thai given name and a surname, with no honorific, a post
# right after; not the rest of a name joined by a dash (ดร.ออดรี – อานนท์ โรเชเลมันยา).
_THAI_PAIR_BEFORE_POST = re.compile(f"(?<![^\\s(“\"'.])(?<![–-] )([{THAI_LEAD}][{THAI_CHARS}]{{1,19}}) "
                                    f"([{THAI_LEAD}][{THAI_CHARS}]{{2,29}}) (?=[{THAI_LEAD}])")


def _abbreviated_post_before(text: str, pos: int, gaz: Gazetteer) -> bool:
    """Whether a post's abbreviation the gazetteer knows (รมช., รมว., นรม.) ends right at ``pos``."""
    return any((hit := gaz.position_matcher.match_at(text, k)) is not None and hit[0] == pos
               for k in range(max(0, pos - 8), pos - 2))


def find_thai_names_before_titles(text: str, start: int, end: int, gaz: Gazetteer, taken: list[PersonMention],
                                  confirm: bool = True) -> list[PersonMention]:
    """Thai full names written with no honorific and followed by a post the gazetteer knows: the given name in
    pythainlp's list, the surname in its list of surnames, not everyday Thai, known to the gazetteer or, with
    ``confirm``, read as a name by the CRF tagger; neither word a strong stop (a verb, an agency, a post, a
    country)."""
    spans = [(p.written_from - 1, p.end) for p in taken]
    out = []
    for m in _THAI_PAIR_BEFORE_POST.finditer(text, start, end):
        given, family = m.group(1), m.group(2)
        if (not gaz.position_matcher.match_at(text, m.end()) or any(a < m.end(2) and m.start(1) < b for a, b in spans)
                or given not in _given_names() or _strong_stop(text, m.start(1), given, gaz)
                # ไทยเศรษฐ์ begins like ไทย: a surname in pythainlp's list may begin with a country's name.
                or _strong_stop(text, m.start(2), family, gaz, country=family not in _family_names())):
            continue
        # รมช.มนัญญา ไทยเศรษฐ์ รัฐมนตรีช่วยว่าการ...: after a period, only a post's abbreviation may stand before it.
        if text[m.start(1) - 1] == "." and not _abbreviated_post_before(text, m.start(1), gaz):
            continue
        name = f"{given} {family}"
        if (family in _family_names() or not everyday(family) or name in gaz.person_names
                or (confirm and _tagged_at(text, m.start(1), m.start(1), end, m.end(2)))):
            out.append(PersonMention(name, m.start(1), m.end(2), "", "thai-name+title"))
    return out


# ... โดยมี ท่านแอนนา ฮัมมาร์เกรน เอกอัครราชทูต..., และท่านสุชาติ ชมกลิ่น รัฐมนตรี...: ท่าน (the polite "Your/His
# Excellency") before a full name and a post; not ท่านผู้หญิง, an honorific the honorific reader knows.
_ADDRESSED = re.compile(f"ท่าน(?!ผู้หญิง)([{THAI_LEAD}][{THAI_CHARS}]{{1,24}}) ([{THAI_LEAD}][{THAI_CHARS}]{{2,29}}) "
                        f"(?=[{THAI_LEAD}])")


def find_addressed_names(text: str, start: int, end: int, gaz: Gazetteer,
                         taken: list[PersonMention]) -> list[PersonMention]:
    """Full names after ท่าน and before a post the gazetteer knows, Thai or foreign: neither word everyday Thai
    (unless in pythainlp's name lists) nor a strong stop (a verb, an agency, a post, a country)."""
    spans = [(p.written_from - 1, p.end) for p in taken]
    out = []
    for at in (k.start() for k in re.finditer("ท่าน", text[:end]) if k.start() >= start):
        if (m := _ADDRESSED.match(text, at, end)) is None:
            continue
        given, family = m.group(1), m.group(2)
        # ท่านเจ้าคุณพระ..., ท่านพระครู... เจ้าอาวาส...: a monk's title, no name.
        if "ท่าน" in given or given.startswith(("พระ", "เจ้าคุณ")) or gaz.position_matcher.match_at(text, m.start(2)):
            continue
        if (not gaz.position_matcher.match_at(text, m.end()) or any(a < m.end(2) and m.start(1) < b for a, b in spans)
                or _strong_stop(text, m.start(1), given, gaz) or _strong_stop(text, m.start(2), family, gaz)
                or (everyday(given) and given not in _given_names())
                or (everyday(family) and family not in _family_names())):
            continue
        out.append(PersonMention(f"{given} {family}", m.start(1), m.end(2), "", "addressed-name+title"))
    return out


_ROYAL_TITLE = r"(?:พระบาทสมเด็จ|สมเด็จพระ|กรมสมเด็จพระ|เจ้าฟ้า|ทูลกระหม่อม|พระบรม|พระปรมินทร|พระองค์เจ้า)"


@cache
def _royal_regex(royals: tuple[RoyalEntry, ...]) -> re.Pattern[str] | None:
    forms = trie_regex(n for r in royals for n in r.names if not n.isascii())
    return re.compile(f"{_ROYAL_TITLE}[^\\n]{{0,40}}?(?P<core>{forms})") if forms else None


# สมเด็จฮุน เซน, สมเด็จฯ ฮุนเซน: a Cambodian samdech written short, before a name; not a Thai royal's or monk's
# title (สมเด็จพระ..., สมเด็จเจ้าฟ้า..., สมเด็จย่า).
_SAMDECH = re.compile(r"สมเด็จ(?!พระ|เจ้า)ฯ?\s?")
_NAME_WORDS = re.compile(f"[{THAI_LEAD}][{THAI_CHARS}]*(?: [{THAI_LEAD}][{THAI_CHARS}]*){{0,3}}")


def find_samdech_names(text: str, start: int, end: int, gaz: Gazetteer, taken: list[PersonMention]
                       ) -> list[PersonMention]:
    """Names the name list knows after a bare samdech, spaced as listed or run together; the title is the
    honorific."""
    spans = _spans_of(taken)
    out = []
    for m in _SAMDECH.finditer(text, start, end):
        words = _NAME_WORDS.match(text, m.end(), end)
        if words is None or any(a <= m.end() < b for a, b in spans):
            continue
        parts = words.group().split(" ")
        name = next((" ".join(parts[:n]) for n in range(len(parts), 1, -1) if " ".join(parts[:n]) in gaz.person_names),
                    None)
        length = len(name) if name else 0
        if name is None:
            glued = next((parts[0][:n] for n in range(len(parts[0]), 4, -1)
                          if parts[0][:n] in gaz.unspaced_person_names), None)
            if glued is None:
                continue
            name, length = gaz.unspaced_person_names[glued], len(glued)
        out.append(PersonMention(name, m.end(), m.end() + length, m.group().strip(), "samdech+listed-name"))
    return out


def find_royals(text: str, start: int, end: int, gaz: Gazetteer) -> list[PersonMention]:
    """Members of the Thai royal family, named after a royal title (พระบาทสมเด็จพระปรมินทรมหาภูมิพลอดุลยเดช):
    no honorific comes before their names, and their formal names run long, so they are read from a list
    (``royals.tsv``); the same names inside agencies' and awards' names are left alone."""
    pattern = _royal_regex(gaz.royals)
    if pattern is None:
        return []
    by_form = {n: r for r in gaz.royals for n in r.names}
    # The name as the story writes it (พระบาทสมเด็จพระปรมินทรมหาภูมิพลอดุลยเดช, the style of his reign) is one more.
    return [PersonMention(royal.label_th, m.start(), m.end(), "", "royal-name", royal.label_en,
                          aliases=tuple(dict.fromkeys((*(n for n in royal.names if not n.isascii()),
                                                       *((m.group(),) if " " not in m.group() else ())))))
            for m in pattern.finditer(text, start, end) for royal in (by_form[m["core"]],)]


_BYLINE = re.compile(r"^(?:Written\s+by|Photo\s+Credit|Rewriter|Editor|Reporter)[ \t\xa0:]+", re.M | re.I)
_BYLINE_NAME = re.compile(f"([{THAI_LEAD}][{THAI_CHARS}]+)[ \\xa0]+([{THAI_LEAD}][{THAI_CHARS}]+)[ \\xa0]*(?:,|$)",
                          re.M)


# นวรัตน์ รามสูต: เรียบเรียง, บัลลังก์ โรหิตเสถียร: สรุป/รายงาน, ชนินทร เพ็ชรทับ - ข่าว/: a line crediting one writer
# or photographer in Thai.
_CREDIT = "(?:สรุป|เรียบเรียง|ถ่ายภาพ|ภาพถ่าย|ภาพ|ข่าว|รายงาน|กราฟิก(?:ปก)?|บรรณาธิการ(?:ข่าว)?)"
_CREDITS = f"[ \xa0]?:[ \xa0]?{_CREDIT}(?:(?:/|,[ \xa0]?){_CREDIT})*[ \xa0]*$"  # ": สรุป/รายงาน" to the line's end
_GIVEN, _FAMILY = f"[{THAI_LEAD}][{THAI_CHARS}]{{1,20}}", f"[{THAI_LEAD}][{THAI_CHARS}]{{1,24}}"
# ... and ปริยรณ พรหมสาขา ณ สกลนคร ข่าว, สมภพ ศีลบุตร ภาพ: the credit after a space, to the line's end.
_THAI_BYLINE = re.compile(f"^[ \\t\xa0]*(?P<first>{_GIVEN})[ \xa0](?P<last>{_FAMILY}(?: ณ {_FAMILY})?)"
                          f"(?:{_CREDITS}|[ \xa0]?[-–][ \xa0]?(?:ข่าว|ภาพ|ข้อมูล)[ \xa0]?/|[ \xa0](?:ข่าว|ภาพ)[ \xa0]*$)",
                          re.M)


# นวรัตน์ รามสูต, บัลลังก์ โรหิตเสถียร: สรุป: two or more writers share a credit.
_THAI_NAME = f"{_GIVEN}[ \xa0]{_FAMILY}"
_THAI_BYLINE_LIST = re.compile(f"^[ \t\xa0]*(?P<names>{_THAI_NAME}(?:,[ \xa0]?{_THAI_NAME})+){_CREDITS}", re.M)


_NAMED_AFTER = ("ห้องประชุม", "ห้อง", "หอประชุม", "อาคาร", "ตึก", "ถนน", "ศาลา", "รางวัล", "ทุน", "สะพาน")
_NAMED_AFTER_SPACED = re.compile(f"(?:{'|'.join(_NAMED_AFTER)})[ \t\xa0]?(?:\\d+[ \t\xa0]?ปี|ศาสตราจารย์)[ \t\xa0]?$")


def _stands_alone(text: str, pos: int, honorific: str, gaz: Gazetteer) -> bool:
    """Whether the segmenter reads the honorific at ``pos`` as a word of its own after the Thai word it is glued
    to (นายกรัฐมนตรีคนใหม่นายสึกะ, สหรัฐอเมริกานายจุติ), not as part of one (ขอบคุณ, คุณนาย, นายจ้าง); a Cambodian style
    of several words (รักษาราชการแทนพระองค์พระบาทสมเด็จพระบรมนาถนโรดม สีหมุนี), as words of their own, cut at each end
    of it. An abbreviated one (ศ., ดร.) glued to a word ends an acronym (สอศ., ดศ.) instead."""
    start, end = max(0, pos - 24), pos + len(honorific) + 12
    if gaz.honorifics.get(honorific) == "khmer" and len(honorific) >= 10:
        return segment.word_at(text, start, end, pos) is not None and segment.word_at(
            text, start, end, pos + len(honorific)) is not None
    if "." in honorific or text[max(0, pos - 12):pos].endswith((*ORG_HEADS, *_NAMED_AFTER)):
        return False  # มูลนิธิพลเอกชาติชาย, ห้องประชุมศาสตราจารย์วิจิตร ศรีสอ้าน: a body or a room named after him
    return segment.word_at(text, start, end, pos) == honorific


def _a_person(first: str, last: str) -> bool:
    """A credited name, not an office credited the same way (กลุ่มประชาสัมพันธ์ สำนักงานรัฐมนตรี)."""
    return not first.startswith(ORG_HEADS) and not last.startswith(ORG_HEADS)


def find_bylines(text: str, start: int, end: int) -> list[PersonMention]:
    """The writers, photographers and editors a thaigov story ends with (``Rewriter\xa0นวรัตน์ รามสูต``): full
    Thai names without honorifics, comma-separated after an English label at the start of a line, or one to a
    line before a Thai credit (``นวรัตน์ รามสูต: เรียบเรียง``, ``ชนินทร เพ็ชรทับ - ข่าว/``)."""
    out = [PersonMention(f"{m['first']} {m['last']}", m.start("first"), m.end("last"), "", "byline")
           for m in _THAI_BYLINE.finditer(text, start, end)
           if _a_person(m["first"], m["last"]) and m["last"] not in ("ข้อมูล", "ข่าว", "ภาพ")]
    for m in _THAI_BYLINE_LIST.finditer(text, start, end):
        for n in re.finditer(_THAI_NAME, m["names"]):
            first, last = n.group().split()
            if _a_person(first, last):
                at = m.start("names") + n.start()
                out.append(PersonMention(f"{first} {last}", at, at + len(n.group()), "", "byline"))
    for m in _BYLINE.finditer(text, start, end):
        line_end = text.find("\n", m.end(), end)
        pos, stop = m.end(), end if line_end < 0 else line_end
        while (n := _BYLINE_NAME.match(text, pos, stop)) is not None:
            out.append(PersonMention(f"{n.group(1)} {n.group(2)}", n.start(1), n.end(2), "", "byline"))
            pos = n.end()
            while pos < stop and text[pos] in " \xa0":
                pos += 1
    return out


def find_quoted_names(text: str, start: int, end: int) -> list[PersonMention]:
    """Names in quotes such as “ธีรรัตน์”: short references to a person named in full elsewhere."""
    return [PersonMention(m.group(1), m.start(1), m.end(1), "", "quoted-short-name")
            for m in _QUOTED.finditer(text, start, end)]
