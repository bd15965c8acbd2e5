"""Records passed between pipeline steps: frozen dataclasses, so a step cannot change what another made."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One news article as ingested: normalised text and what is known about where it came from.

    ``text`` is the canonical text every character offset of the later steps points into;
    ``body_start``/``body_end`` bound the story itself (no title block, no source line).
    """

    id: str
    text: str
    title: str = ""
    url: str | None = None
    published: dt.date | None = None
    source: str = ""
    body_start: int = 0
    body_end: int = -1

    @property
    def body(self) -> tuple[int, int]:
        """The story's character span."""
        end = len(self.text) if self.body_end < 0 else self.body_end
        return self.body_start, end


@dataclass(frozen=True)
class Evidence:
    """Where a fact was read: the sentence, its span in the article text, and the rule or model that read it."""

    sentence: str
    start: int
    end: int
    rule: str


@dataclass(frozen=True)
class PersonMention:
    """A person named in the text, honorific stripped. ``key`` groups mentions of one person in the article."""

    name: str
    start: int
    end: int
    honorific: str
    rule: str
    latin: str | None = None  # a Latin-script form the text gives beside a Thai one
    aliases: tuple[str, ...] = ()  # more names of the same person, known beforehand (royal names)

    @property
    def written_from(self) -> int:
        """Where the mention begins in the text, honorific included."""
        return self.start - len(self.honorific)


@dataclass(frozen=True)
class OrgRef:
    """An organisation as recognised: a gazetteer key or a key made from its normalised name."""

    key: str
    label: str
    lang: str
    start: int
    end: int
    rule: str
    label_th: str | None = None
    label_en: str | None = None
    parent: str | None = None
    country: str | None = None
    alt_labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class TitlePhrase:
    """A position title and the organisations named with it: ``orgs[0]`` is the post's own, each next one
    the parent of the one before."""

    title: str
    lang: str
    start: int
    end: int
    orgs: tuple[OrgRef, ...]
    kind: str = ""


@dataclass(frozen=True)
class ProgrammeRef:
    """A programme or framework as recognised in text."""

    key: str
    label: str
    lang: str
    start: int
    end: int
    rule: str
    label_en: str | None = None
    label_th: str | None = None
    alt_labels: tuple[str, ...] = ()


@dataclass(frozen=True)
class Post:
    """A position a person is said to hold, with or without an organisation."""

    person: str
    title: str
    lang: str
    org: str | None
    evidence: Evidence


@dataclass(frozen=True)
class Participation:
    """One agent (person key or organisation key) taking part in an event in a role."""

    agent: str
    agent_kind: str  # "person" or "org"
    role: str
    on_behalf_of: str | None
    evidence: Evidence


@dataclass(frozen=True)
class Event:
    """A meeting, visit or signing the article reports."""

    key: str
    type: str
    date: dt.date | None
    evidence: Evidence
    label: str = ""
    ordinal: int | None = None
    programmes: tuple[str, ...] = ()
    location: str | None = None  # an organisation key
    place: str | None = None  # a named place that is no organisation
    mode: str | None = None  # "online", "offline", "mixed"
    participations: tuple[Participation, ...] = ()

    @property
    def in_passing(self) -> bool:
        """A meeting a call spoke of: undated on purpose, kept with no one taking part, or with the guests who came
        for it."""
        return self.evidence.rule.endswith(IN_PASSING)


IN_PASSING = ":in-passing"  # the suffix of the evidence rule of an event told of in passing


@dataclass(frozen=True)
class Entity:
    """A person, organisation, country or programme as one article knows it."""

    key: str
    kind: str  # person, org, country, programme
    labels: dict[str, str] = field(default_factory=dict)  # language → label
    alt_labels: tuple[tuple[str, str], ...] = ()  # (label, language)
    parent: str | None = None
    country: str | None = None
    member_of: tuple[str, ...] = ()


@dataclass(frozen=True)
class ArticleFacts:
    """Everything extracted from one article, entities keyed by article-independent keys."""

    article: Article
    entities: tuple[Entity, ...]
    posts: tuple[Post, ...]
    events: tuple[Event, ...]


@dataclass(frozen=True)
class ArticleGraph:
    """One article's graph as N-Triples (compact to send between processes and loaded by the store as is), with
    the counts a build reports."""

    article_id: str
    ntriples: bytes
    quads: int
    persons: tuple[str, ...]
    organisations: tuple[str, ...]
    events: int
    posts: int
    person_countries: tuple[tuple[str, str], ...] = ()  # (person key, ISO code) where a post gives the country
    published: str | None = None  # the article's publication date, ISO
