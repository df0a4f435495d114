"""The working set of actors shared by understand.entities, understand.coref and understand.quotes.

``scratch["actors"]`` holds an :class:`Actors`: entities under construction, each with all its mentions (names,
titled names, acronyms, pronouns and role descriptions resolved by coreference), plus a sorted index of mentions
for "which entity covers this span" lookups. :meth:`Actors.publish` writes them to ``record.entities`` (ids e1,
e2, ... in order of first mention, mentions sorted).
"""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..record import Entity, Mention


@dataclass
class WMention:
    start: int
    end: int
    text: str
    kind: str = "name"  # name | titled | first | acronym | metonym | pronoun | desc | outlet | group
    subject: int = 0  # 2: subject of a main clause, 1: of another clause (salience for coreference)


@dataclass
class WEntity:
    type: str
    name: str
    role: str | None = None
    role_title: str | None = None  # "president" (lower case), for role-description coreference
    role_place: str | None = None  # "Russia" (canonical country) or an organisation name
    gender: str | None = None  # m | f | None
    mentions: list[WMention] = field(default_factory=list)
    aliases: list[str] = field(default_factory=list)
    key: tuple = ()
    id: str = ""

    @property
    def first(self) -> int:
        return min(m.start for m in self.mentions) if self.mentions else 1 << 60


class Actors:
    """Entities under construction and a mention index (kept sorted by start offset)."""

    def __init__(self, text: str):
        self.text = text
        self.entities: list[WEntity] = []
        self._index: list[tuple[int, int, int]] | None = None  # (start, end, entity idx)
        self._starts: list[int] = []
        self._by_key: dict[tuple[int, int, int], WMention] = {}

    # -- building -------------------------------------------------------------------------------------------------
    def add_entity(self, ent: WEntity) -> int:
        self.entities.append(ent)
        return len(self.entities) - 1

    def add_mention(self, idx: int, start: int, end: int, kind: str, subject: int = 0) -> WMention | None:
        key = (start, end, idx)
        m = self._by_key.get(key)
        if m is not None:
            return m
        ent = self.entities[idx]
        m = WMention(start, end, self.text[start:end], kind, subject)
        ent.mentions.append(m)
        self._by_key[key] = m
        if self._index is not None:  # keep the index sorted without rebuilding it
            k = bisect.bisect_left(self._index, key)
            self._index.insert(k, key)
            self._starts.insert(k, start)
        return m

    def mention(self, start: int, end: int, idx: int) -> WMention | None:
        return self._by_key.get((start, end, idx))

    def move_mentions(self, src: int, dst: int, kind: str) -> None:
        """All mentions of entity ``src`` become mentions of ``dst``."""
        moved = self.entities[src].mentions
        self.entities[src].mentions = []
        for m in moved:
            self._by_key.pop((m.start, m.end, src), None)
        self._index = None
        for m in moved:
            self.add_mention(dst, m.start, m.end, kind, m.subject)

    def move_mention(self, start: int, end: int, src: int, dst: int, kind: str) -> None:
        """The mention [start, end) of entity ``src`` becomes a mention of ``dst``."""
        m = self._by_key.pop((start, end, src), None)
        if m is not None:
            self.entities[src].mentions.remove(m)
            self._index = None
        self.add_mention(dst, start, end, kind, m.subject if m is not None else 0)

    def drop_mention(self, start: int, end: int, idx: int) -> None:
        """The mention [start, end) of entity ``idx`` is none of its (a pronoun coreference gave the wrong one)."""
        m = self._by_key.pop((start, end, idx), None)
        if m is not None:
            self.entities[idx].mentions.remove(m)
            self._index = None

    # -- lookups --------------------------------------------------------------------------------------------------
    def index(self) -> list[tuple[int, int, int]]:
        if self._index is None:
            self._index = sorted((m.start, m.end, i) for i, e in enumerate(self.entities) for m in e.mentions)
            self._starts = [x[0] for x in self._index]
        return self._index

    def covering(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """Mentions (start, end, entity idx) that cover [start, end), widest first."""
        idx = self.index()
        hi = bisect.bisect_right(self._starts, start)
        out = []
        for k in range(hi - 1, max(-1, hi - 40), -1):
            s, e, i = idx[k]
            if s <= start and e >= end:
                out.append((s, e, i))
        out.sort(key=lambda x: x[0] - x[1])
        return out

    def inside(self, start: int, end: int) -> list[tuple[int, int, int]]:
        """Mentions lying inside [start, end), in text order."""
        idx = self.index()
        lo = bisect.bisect_left(self._starts, start)
        out = []
        for k in range(lo, len(idx)):
            s, e, i = idx[k]
            if s >= end:
                break
            if e <= end:
                out.append((s, e, i))
        return out

    def before(self, pos: int, limit: int = 60):
        """Mentions starting before ``pos``, nearest first (at most ``limit``)."""
        idx = self.index()
        hi = bisect.bisect_left(self._starts, pos)
        for k in range(hi - 1, max(-1, hi - 1 - limit), -1):
            yield idx[k]

    # -- output ---------------------------------------------------------------------------------------------------
    def publish(self) -> list[Entity]:
        live = [e for e in self.entities if e.mentions]
        live.sort(key=lambda e: e.first)
        out = []
        for n, e in enumerate(live, 1):
            e.id = f"e{n}"
            ms = sorted(e.mentions, key=lambda m: (m.start, -m.end))
            aliases = []
            for m in ms:
                if m.kind in ("pronoun",) or m.text in aliases:
                    continue
                aliases.append(m.text)
            out.append(Entity(id=e.id, name=e.name, type=e.type, role=e.role,
                              mentions=[Mention(m.start, m.end, m.text) for m in ms], aliases=aliases))
        return out

    def by_id(self) -> dict[str, WEntity]:
        return {e.id: e for e in self.entities if e.id}
