"""Long documents are understood in chunks (issue 14): the clean text is cut at paragraph starts into pieces of at
most CHUNK_CHARS characters (a paragraph longer than that is cut at a sentence end, else at a space), every
``understand.*`` component runs on each piece as on a document of its own, and the pieces' records are merged
back: spans shifted to the whole text, ids renumbered (e1.., q1.., v1..), and the entities of one name and type
in several pieces made one entity. spaCy's ``max_length`` is never reached; a quote or an event that straddles a
cut is not found. Documents up to CHUNK_CHARS are not touched at all.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .record import Analysis, Document, Paragraph

CHUNK_CHARS = 100_000
_SENTENCE_END = re.compile(r"[.!?…][\"”»’)\]]?\s")


def cut_points(text: str, paragraphs: list[Paragraph], size: int = CHUNK_CHARS) -> list[tuple[int, int]]:
    """(start, end) of the pieces: consecutive, covering the text, each at most ``size`` characters."""
    # a piece ends where a paragraph starts: the line breaks stay at the end of the earlier piece, and a piece never
    # begins with whitespace (spaCy's tagger read "Jan Novak" after a leading blank line as "Novak", an ORG)
    starts = sorted({p.start for p in paragraphs if 0 < p.start < len(text)})
    pieces, start = [], 0
    while len(text) - start > size:
        limit = start + size
        best = max((e for e in starts if start < e <= limit), default=None)
        if best is None:  # one paragraph longer than a piece: a sentence end, else a space, else a hard cut
            window = text[start:limit]
            m = None
            for m in _SENTENCE_END.finditer(window, len(window) // 2):
                pass
            if m is not None:
                best = start + m.end()
            else:
                sp = window.rfind(" ", len(window) // 2)
                best = start + sp + 1 if sp > 0 else limit
        pieces.append((start, best))
        start = best
    pieces.append((start, len(text)))
    return pieces


def piece_record(rec: Analysis, start: int, end: int) -> Analysis:
    """A record holding ``rec``'s text[start:end] as its document (the paragraphs in it, shifted)."""
    d = rec.document
    paras = [Paragraph(max(p.start, start) - start, min(p.end, end) - start, p.kind)
             for p in d.paragraphs if p.end > start and p.start < end]
    doc = Document(id=d.id, source=d.source, title=d.title, language=d.language, published=d.published,
                   text=d.text[start:end], paragraphs=paras, url=d.url, author=d.author, site_name=d.site_name)
    return Analysis(document=doc)


def _same_person(e, entities):
    """The one person of the earlier pieces whose name ends with this person's name ("Zelensky" in a later piece
    is "Volodymyr Zelensky" of an earlier one), else None."""
    if e.type != "PERSON":
        return None
    tail = e.name.split()
    hits = [x for x in entities if x.type == "PERSON" and len(x.name.split()) > len(tail)
            and x.name.split()[-len(tail):] == tail]
    return hits[0] if len(hits) == 1 else None


def merge(rec: Analysis, pieces: list[tuple[int, Analysis]]) -> None:
    """Put the understanding of the pieces (their start offset, their record) into ``rec`` (whose document is the
    whole text)."""
    counters: dict[str, int] = {}

    def new_id(old: str) -> str:
        prefix = re.match(r"[A-Za-z_]*", old).group() or "x"
        counters[prefix] = counters.get(prefix, 0) + 1
        return f"{prefix}{counters[prefix]}"

    by_name: dict[tuple[str, str], object] = {}
    names: dict[str, str] = {}  # new entity id -> its name
    for off, part in pieces:
        emap: dict[str, str] = {}
        for e in part.entities:
            e.mentions = [replace(m, start=m.start + off, end=m.end + off) for m in e.mentions]
            same = by_name.get((e.name, e.type)) or _same_person(e, rec.entities)
            if same is not None:
                same.mentions.extend(e.mentions)
                same.aliases = sorted(set(same.aliases) | set(e.aliases) | {e.name})
                same.role = same.role or e.role
                emap[e.id] = same.id
                continue
            emap[e.id] = new_id(e.id)
            e.id = emap[e.id]
            names[e.id] = e.name
            by_name[(e.name, e.type)] = e
            rec.entities.append(e)

        def ref(r):
            if r is None:
                return None
            ent = emap.get(r.entity, r.entity) if r.entity is not None else None
            mention = replace(r.mention, start=r.mention.start + off, end=r.mention.end + off) \
                if r.mention is not None else None
            return replace(r, entity=ent, name=names.get(ent, r.name), mention=mention)
        qmap: dict[str, str] = {}
        for q in part.quotes:
            qmap[q.id] = q.id = new_id(q.id)
            q.start, q.end = q.start + off, q.end + off
            q.speaker = ref(q.speaker)
            q.speakers = [ref(r) for r in q.speakers]
            q.parts = [[a + off, b + off] for a, b in q.parts]
            q.reported_by = [ref(r) for r in q.reported_by]
            rec.quotes.append(q)
        for v in part.events:
            v.id = new_id(v.id)
            v.actors, v.targets = [ref(r) for r in v.actors], [ref(r) for r in v.targets]
            v.location, v.source = ref(v.location), ref(v.source)
            if v.quote is not None:
                v.quote = qmap.get(v.quote, v.quote)
            if v.evidence is not None:
                v.evidence = replace(v.evidence, start=v.evidence.start + off, end=v.evidence.end + off)
            rec.events.append(v)
        for x in [*part.dates, *part.quantities]:
            x.start, x.end = x.start + off, x.end + off
        rec.dates.extend(part.dates)
        rec.quantities.extend(part.quantities)
    for e in rec.entities:
        e.mentions.sort(key=lambda m: (m.start, m.end))
