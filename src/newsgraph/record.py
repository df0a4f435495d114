"""The analysis record (docs/analysis-json.md, schema ``newsgraph.analysis/1``) as typed dataclasses.

Every stage reads and writes these plain classes; ``Analysis.to_json()`` gives the public JSON shape exactly and
``Analysis.from_json()`` reads it back. Every ``start``/``end`` is a character offset into ``document.text``
(end exclusive); ``Analysis.validate()`` checks them all.
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field, fields

SCHEMA = "newsgraph.analysis/1"


@dataclass
class Paragraph:
    start: int
    end: int
    kind: str = "body"  # title | subheading | body


@dataclass
class Removed:
    reason: str  # boilerplate | duplicate | glued | unicode | ...
    text: str
    step: str | None = None  # the cleaning step that removed it


@dataclass
class Document:
    id: str = ""
    source: str | None = None
    title: str | None = None
    language: str | None = None
    published: str | None = None
    text: str = ""
    paragraphs: list[Paragraph] = field(default_factory=list)
    removed: list[Removed] = field(default_factory=list)
    url: str | None = None
    author: str | None = None
    site_name: str | None = None
    # a page read from a web archive (WARC): when it was captured (WARC-Date), and whether ``published`` is the
    # page's own date ("page") or, the page giving none, that capture date ("capture"); both absent otherwise
    captured: str | None = None
    published_from: str | None = None
    # no publication date at all: the day the text itself stands on (understand/dates/inferred.py), as
    # {"date", "start", "end", "text", "how"}; absent otherwise (docs/analysis-json.md)
    inferred_anchor: dict | None = None


@dataclass
class Mention:
    start: int
    end: int
    text: str


@dataclass
class Entity:
    id: str
    name: str
    type: str  # PERSON | ORG | GPE | LOC | MEDIA | GROUP | ...
    role: str | None = None
    mentions: list[Mention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)


@dataclass
class Ref:
    """A pointer to an entity: its id and canonical name (``mention`` where a span attributes it)."""
    entity: str | None
    name: str
    mention: Mention | None = None


@dataclass
class Quote:
    id: str
    kind: str  # direct | indirect | mixed
    text: str
    speaker: Ref | None = None
    cue: str | None = None
    reported_by: list[Ref] = field(default_factory=list)
    date: str | None = None
    start: int = 0
    end: int = 0
    parts: list[list[int]] = field(default_factory=list)  # [start, end] of each piece when split by its attribution
    speakers: list[Ref] = field(default_factory=list)  # every speaker the text names ("X and Y said"); speaker first


PIECES = " … "  # between the pieces of a quote split by its attribution, wherever a user reads the quote


def cited(text: str, parts, doc_text: str | None) -> str:
    """A quote as a user reads and cites it: the pieces of a quote split by its attribution ("“We will keep
    fighting,” she said, “until …”") joined by " … " (a space alone glued them into one sentence: "… soup cans The
    presidency is …", tryout r18), else its ``text``. The record's ``text`` keeps the pieces joined by a space (the
    contract, docs/analysis-json.md); the store, the lists, the pages, the feeds and the exports show this."""
    if not doc_text or not parts or len(parts) < 2:
        return text
    pieces = [doc_text[a:b].strip() for a, b in parts]
    return PIECES.join(p.rstrip(",;:").rstrip() if i < len(pieces) - 1 else p for i, p in enumerate(pieces) if p)


@dataclass
class Evidence:
    start: int
    end: int
    text: str


@dataclass
class Event:
    id: str
    type: str
    mode: str | None = None
    actors: list[Ref] = field(default_factory=list)
    targets: list[Ref] = field(default_factory=list)
    location: Ref | None = None
    date: str | None = None
    # where ``date`` comes from (added in round 22, docs/analysis-json.md): "text" (a date of the event's sentence),
    # "quote" (the date of the quote that reports it), "published" (the publication day: the text does not date it)
    date_source: str | None = None
    trigger: str | None = None
    evidence: Evidence | None = None
    factuality: str = "asserted"  # asserted | planned | proposed | negated | possible
    source: Ref | None = None  # the quote's speaker when the event is reported inside a quote
    quote: str | None = None  # id of the quote that reports it


@dataclass
class DateExpr:
    text: str
    value: str | None
    start: int
    end: int
    precision: str | None = None  # day | month | year | week | weekend | season | decade | span | None (vague)
    # added with issue 18 (docs/analysis-json.md): what the value was resolved against and how
    anchor: str | None = None  # the date the expression was resolved against (publication date, a date of the text)
    span: str | None = None  # "first/last" days (ISO, inclusive) of the period the expression names
    tense: str | None = None  # past | future | None: the tense of the clause that chose the year or the day
    flag: str | None = None  # why a reading is not stated as fact (value then null; the reading is in ``stated``)
    stated: str | None = None  # the flagged reading, as the text gives it
    anchor_from: str | None = None  # "text": resolved against an anchor inferred from the text; absent otherwise


@dataclass
class Quantity:
    text: str
    value: float | int
    unit: str
    start: int
    end: int


@dataclass
class Skipped:
    """An analysis stage that did not run for this document, and why (a language without a parser or a reader)."""
    stage: str
    reason: str


@dataclass
class Analysis:
    document: Document = field(default_factory=Document)
    entities: list[Entity] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    dates: list[DateExpr] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    schema: str = SCHEMA

    # -- serialisation -------------------------------------------------------------------------------------------
    def to_dict(self) -> dict:
        d = asdict(self)
        out = {"schema": d.pop("schema")}
        if not d["skipped"]:
            del d["skipped"]  # an added field, present only when a stage was skipped (docs/analysis-json.md)
        for k in ("captured", "published_from", "inferred_anchor"):  # added fields, present only when set
            if d["document"].get(k) is None:
                d["document"].pop(k, None)
        for x in d["dates"]:
            if x.get("anchor_from") is None:
                x.pop("anchor_from", None)  # added in round 32: present only for a date read against an inferred anchor
        out.update(d)
        return out

    def to_json(self, indent: int | None = 1) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, d: dict) -> "Analysis":
        return _build(cls, d)

    @classmethod
    def from_json(cls, s: str) -> "Analysis":
        return cls.from_dict(json.loads(s))

    # -- checks --------------------------------------------------------------------------------------------------
    def spans(self):
        """Yield (where, start, end, surface-or-None) for every span in the record."""
        for i, p in enumerate(self.document.paragraphs):
            yield f"paragraphs[{i}]", p.start, p.end, None
        for e in self.entities:
            for m in e.mentions:
                yield f"entity {e.id}", m.start, m.end, m.text
        for q in self.quotes:
            yield f"quote {q.id}", q.start, q.end, None
            for r in [q.speaker, *q.reported_by, *q.speakers]:
                if r is not None and r.mention is not None:
                    yield f"quote {q.id} ref", r.mention.start, r.mention.end, r.mention.text
        for v in self.events:
            if v.evidence:
                yield f"event {v.id}", v.evidence.start, v.evidence.end, v.evidence.text
        for x in self.dates:
            yield "date", x.start, x.end, x.text
        a = self.document.inferred_anchor
        if a:
            yield "document.inferred_anchor", a["start"], a["end"], a["text"]
        for x in self.quantities:
            yield "quantity", x.start, x.end, x.text

    def validate(self) -> list[str]:
        """Return a list of problems (empty when every span lies inside the text and matches its surface)."""
        text = self.document.text
        problems = []
        for where, start, end, surface in self.spans():
            if not (0 <= start <= end <= len(text)):
                problems.append(f"{where}: span {start}:{end} outside text of length {len(text)}")
            elif surface is not None and text[start:end] != surface:
                problems.append(f"{where}: text[{start}:{end}]={text[start:end]!r} != {surface!r}")
        return problems


# -- generic dict -> dataclass builder -------------------------------------------------------------------------------
_NESTED = {
    (Analysis, "document"): Document, (Analysis, "entities"): [Entity], (Analysis, "quotes"): [Quote],
    (Analysis, "events"): [Event], (Analysis, "dates"): [DateExpr], (Analysis, "quantities"): [Quantity],
    (Analysis, "skipped"): [Skipped],
    (Document, "paragraphs"): [Paragraph], (Document, "removed"): [Removed], (Entity, "mentions"): [Mention],
    (Ref, "mention"): Mention, (Quote, "speaker"): Ref, (Quote, "reported_by"): [Ref], (Quote, "speakers"): [Ref],
    (Event, "actors"): [Ref],
    (Event, "targets"): [Ref], (Event, "location"): Ref, (Event, "evidence"): Evidence, (Event, "source"): Ref,
}


def _build(cls, d):
    if d is None:
        return None
    kwargs = {}
    names = {f.name for f in fields(cls)}
    for k, v in d.items():
        if k not in names:
            continue  # fields added by a later schema are ignored, never fatal
        sub = _NESTED.get((cls, k))
        if isinstance(sub, list):
            kwargs[k] = [_build(sub[0], x) for x in (v or [])]
        elif sub is not None:
            kwargs[k] = _build(sub, v)
        else:
            kwargs[k] = v
    return cls(**kwargs)
