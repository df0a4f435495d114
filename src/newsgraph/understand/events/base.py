"""What every language's event reader shares: the candidate, the codebook's classification, absorption of a trigger
by the trigger that governs it, actors named by their seat of government, the date and the quote of an event, and
the making and merging of the events. A reader for a parser (en.py over spaCy, ru.py over natasha, uk.py over
word stems) finds the triggers and their arguments and answers a few questions about its tokens (``head``,
``dep``, ``start``, ``absorb_blocked``, ``is_speech``, ``keep``, ``evidence``, ``trigger_text``)."""
from __future__ import annotations

from dataclasses import dataclass, field

from ...record import Event, Ref
from .codebook import LOC_TYPES, Conventions, Trig, classify, dedupe, same_ref
from .codebook import merge as merge_events
from .lexicon import Lexicon, norm


@dataclass
class Cand:
    """An event candidate: a trigger token, its entry, and what was found for it."""
    tok: object
    trig: Trig
    type: str
    mode: str | None
    actors: list
    targets: list
    location: Ref | None
    factuality: str
    anchor: object  # the clause head whose subtree is the evidence
    seg: int  # the segment (sentence cut at line breaks) it stands in
    chain: list = field(default_factory=list)  # tokens climbed from a nominal trigger to its governing verb
    absorbed: bool = False
    partner: object = None  # the argument word a verb pattern paired with ("ввели санкции")
    trigger_text: str | None = None  # set when the trigger words are not the token's own (speech-borne events)


class Reader:
    """The shared part of an event reader over one document (``record``: entities, quotes, dates are read)."""

    conventions: Conventions
    absorb_steps = 6

    def __init__(self, record, lex: Lexicon):
        self.record = record
        self.text = record.document.text
        self.lex = lex
        self.entity_by_id = {e.id: e for e in record.entities}

    # -- what a parser's reader answers ------------------------------------------------------------------------------
    def tokens(self):
        """The tokens a trigger may be."""
        raise NotImplementedError

    def candidate(self, tok) -> Cand | None:
        """The candidate of ``tok`` when it is a trigger (actors, targets, place, factuality), else None."""
        raise NotImplementedError

    def speech_events(self, by_tok: dict) -> list[Cand]:
        """Events a speech act carries (English: blame, obligations laid on others)."""
        return []

    def candidates(self) -> list[Cand]:
        cands: list[Cand] = []
        by_tok: dict[int, Cand] = {}
        for tok in self.tokens():
            c = self.candidate(tok)
            if c is not None:
                cands.append(c)
                by_tok[tok.i] = c
        self.absorb(cands, by_tok)
        cands.extend(self.speech_events(by_tok))
        return cands

    def head(self, t):
        raise NotImplementedError

    def dep(self, t) -> str:
        raise NotImplementedError

    def start(self, t) -> int:
        raise NotImplementedError

    def seg_chars(self, seg: int) -> tuple[int, int]:
        raise NotImplementedError

    def absorb_blocked(self, node) -> bool:
        """Whether absorption stops climbing at ``node`` (no argument of its head, a circumstance)."""
        raise NotImplementedError

    def is_speech(self, node) -> bool:
        raise NotImplementedError

    def keep(self, c: Cand) -> bool:
        """Whether a candidate names enough to be an event."""
        raise NotImplementedError

    def evidence(self, c: Cand, quote):
        raise NotImplementedError

    def trigger_text(self, c: Cand) -> str:
        raise NotImplementedError

    # -- the codebook ------------------------------------------------------------------------------------------------
    def classify(self, c: Cand, effects, negated: bool, conditional: bool) -> None:
        classify(c, effects, negated, conditional, self.conventions)

    def absorb(self, cands: list[Cand], by_tok: dict) -> None:
        """A trigger inside the complement of another trigger is part of it ("agreed to share", "suspended aid",
        "договорились о прекращении огня", "staged a hunger strike to demand ..."); a coordinated trigger shares its
        head's fate instead. The absorbed action names whom and where the governing event is about ("threatened to
        expel British diplomats")."""
        owners = dict(by_tok)
        for c in cands:  # the light verb of a nominal trigger stands for it ("staged demonstrations to demand")
            if c.anchor.i != c.tok.i and c.anchor.i not in owners:
                owners[c.anchor.i] = c
        for c in cands:
            node = c.tok
            for _ in range(self.absorb_steps):
                if self.absorb_blocked(node):
                    break
                if self.dep(node) == "conj":
                    node = self.head(node)
                    continue
                node = self.head(node)
                other = owners.get(node.i)
                if other is not None and other is not c:
                    c.absorbed = True
                    if not other.targets and c.targets:
                        other.targets = [t for t in c.targets if not any(same_ref(t, a) for a in other.actors)]
                    if other.location is None and c.location is not None:
                        other.location = c.location
                    break
                if self.is_speech(node):
                    break

    # -- actors ------------------------------------------------------------------------------------------------------
    def entity_named(self, name: str):
        low = norm(name)
        for e in self.record.entities:
            if norm(e.name) == low or low in (norm(a) for a in e.aliases):
                return e
        return None

    def states(self, refs):
        """Actors named by their seat of government act as the state ("Kyiv" -> Ukraine, "the Kremlin" -> Russia,
        "Киев" -> Украина), resolved to the document's entity for that state when it has one."""
        met = self.lex.metonyms

        def key(name):
            return norm(name).removeprefix("the ").strip()
        out = []
        for r in refs:
            state = met.get(key(r.name))
            if state is None and r.entity and r.entity in self.entity_by_id:
                ent = self.entity_by_id[r.entity]
                if ent.type in LOC_TYPES or ent.type == "ORG":
                    state = met.get(key(ent.name))
            if state is None:
                out.append(r)
                continue
            ent = self.entity_named(state)
            out.append(Ref(ent.id if ent else None, ent.name if ent else state, r.mention))
        return dedupe(out)

    # -- date, quote, events -----------------------------------------------------------------------------------------
    def quote_at(self, pos: int):
        for q in self.record.quotes:
            if q.start <= pos < q.end:
                return q
        return None

    def dates_event(self, c: Cand, d) -> bool:
        """Whether date expression ``d`` of the trigger's sentence says when the event happened (a reader with a parse
        checks where it attaches); by default any date of the sentence does."""
        return True

    def date(self, c: Cand, quote):
        """(date, rank): a dated expression of the sentence nearest the trigger that dates it (``dates_event``) (0),
        else the quote's date (1), else none when the clause tells of an earlier time (``before_the_news``) (3), else
        the publication date (2)."""
        s, e = self.seg_chars(c.seg)
        best, pos = None, self.start(c.tok)
        for d in self.record.dates:
            if d.value and s <= d.start and d.end <= e and self.dates_event(c, d):
                if best is None or abs(d.start - pos) < abs(best.start - pos):
                    best = d
        if best is not None:
            return best.value, 0
        if quote is not None and quote.date:
            return quote.date, 1
        if self.before_the_news(c) or self.set_earlier(c):
            return None, 3  # told as earlier than the story's own time: the publication day is not its date
        pub = self.record.document.published
        return (pub[:10] if pub else None), 2

    def read_against_inferred(self, c: Cand, date: str | None) -> bool:
        """Whether the sentence's date ``date`` was read against an anchor inferred from the text (``anchor_from``):
        no publication date stands behind it (understand/dates/inferred.py)."""
        s, e = self.seg_chars(c.seg)
        return any(d.value == date and d.anchor_from and s <= d.start and d.end <= e for d in self.record.dates)

    @staticmethod
    def told_in_past(c: Cand) -> bool:
        """Whether the trigger is a verb in the past tense (spaCy's VBD, natasha's Tense=Past): dated after the
        story, such a clause is a misread date, no plan."""
        tok = c.tok
        return getattr(tok, "tag_", None) == "VBD" or (getattr(tok, "feats", None) or {}).get("Tense") == "Past"

    def before_the_news(self, c: Cand) -> bool:
        """Whether the trigger's clause tells of a time before the story's own ("had previously detained him",
        "formerly ran"), so that the publication day does not date it; the language's reader knows (none by
        default)."""
        return False

    def set_earlier(self, c: Cand) -> bool:
        """Whether the trigger's own clause is set in a year before the news's, by a date that does not date the act
        itself (so the publication day does not either); the language's reader knows (none by default)."""
        return False

    def merge(self, built):
        return merge_events(built, self.conventions)

    def events(self) -> list[Event]:
        built = []
        for c in self.candidates():
            if c.absorbed or not self.keep(c):
                continue
            quote = self.quote_at(self.start(c.tok))
            date, rank = self.date(c, quote)
            if c.factuality == "asserted" and rank == 0 and _after(date, self.record.document.published) and \
                    not self.told_in_past(c):
                c.factuality = "planned"  # "is stepping down in May 2020" told in 2019: a plan, not a fact
            source = DATE_SOURCES.get(rank) if date else None
            if rank == 0 and self.read_against_inferred(c, date):
                source = "inferred"  # a day of its sentence read against an anchor inferred from the text (round 32)
            ev = Event(id="", type=c.type, mode=c.mode, actors=c.actors, targets=c.targets, location=c.location,
                       date=date, date_source=source,
                       trigger=c.trigger_text or self.trigger_text(c), evidence=self.evidence(c, quote),
                       factuality=c.factuality, source=quote.speaker if quote is not None else None,
                       quote=quote.id if quote is not None else None)
            built.append((ev, rank, quote is not None, c.tok.i))
        merged = self.merge(built)
        for i, ev in enumerate(merged, 1):
            ev.id = f"v{i}"
        return merged


# an event's ``date_source`` by the rank of its date (``Reader.date``): lists mark a publication day as such
DATE_SOURCES = {0: "text", 1: "quote", 2: "published"}


def unique_tokens(tokens):
    """The tokens in order, each once (by index)."""
    seen = set()
    for t in tokens:
        if t.i not in seen:
            seen.add(t.i)
            yield t


def _after(date: str | None, published: str | None) -> bool:
    """Whether ``date`` (a day, month or year) lies wholly after the day ``published``: an event dated so has not
    happened when the story was told."""
    if not date or not published or len(published) < 10:
        return False
    return date > published[:len(date)]
