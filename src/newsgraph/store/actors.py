"""The actor rows of the store: resolving a document's entities to corpus actors (the rules are
newsgraph.corpus.identity's; this module reads their candidates and writes what they decide) and keeping each
actor's derived rows true (aliases with document counts, type votes, canonical name, counts and dates).

Every actor row is derivable from ``actor_mentions`` (one row per document entity, with the names that document
uses): :meth:`ActorRows.refresh` recomputes an actor from them, which is how merge, split, retype and relink stay
correct without rewriting anything stored as text.
"""
from __future__ import annotations

from collections import Counter

from sqlalchemy.engine import Connection

from ..corpus import identity as I
from ..corpus.name_kinds import known_country, regnal_number, used_as_place
from ..understand import names as N
from ..understand import rules
from ..understand.name_keys import _CYRILLIC as CYRILLIC
from ..understand.name_scripts import latin_surname, org_equivalent, org_latin_key
from . import schema as S
from .actor_late import complete_late
from .actor_pins import IGNORE, Decided, actor_id
from .actor_writes import ActorWrites
from .actor_sql import _sql

_NOT_ACROSS = ("GPE", "NORP")  # states and nationalities: found across scripts only by a standard equivalent


class ActorRows(ActorWrites, Decided):
    """Resolves the entities of one document after another through one open transaction."""

    def __init__(self, conn: Connection):
        self.conn = conn
        self.q = _sql()
        self._locked: dict[str, str] | None = None  # actor id -> the type a user gave it (read once)
        self._locked_names: dict[str, tuple[str, str]] = {}
        self._pinned: set[str] | None = None  # canonical names users gave (they stay the actors' names)
        self._seq = 1
        self._doc, self._here, self._views = "", set(), []
        self._named: dict[str, list[int]] = {}
        self._named_given: dict[str, set[str]] = {}
        self._full_surnames: Counter = Counter()
        self._kin: set[int] = set()
        self._sentence: dict[int, int] = {}
        self.touched: set[str] = set()  # surnames of the person names resolved since the last settle
        self.new_bearers: set[str] = set()  # surnames that got a new person named in full since then

    # -- the user's decisions ------------------------------------------------------------------------------------
    def resolve_document(self, rec, doc_id: str, date: str | None) -> tuple[dict[str, str], list[tuple]]:
        """Resolve every entity of a record to an actor (or leave it unresolved, with a row saying why) and write
        the mention rows and the actors' derived rows. Returns ({entity id: actor id}, [(actor id, type,
        mentions) per resolved entity])."""
        # documents linked so far, this one included (ingest order): the same at ingest and at relink
        views = self._prepare(rec, doc_id, self.conn.execute(self.q.doc_seq, {"b_id": doc_id}).scalar() or 1)
        chosen: dict[str, tuple[str, str]] = {}  # entity -> (actor id, resolution)
        partial = []
        for v in views:
            if v.path == "skip":
                continue
            pin = self.pinned(v.keys)
            if pin == IGNORE:
                self._unresolved(doc_id, v, [], "a user decided this name is no actor")
                continue
            if pin:
                chosen[v.entity] = (self._pinned_actor(pin, v), "user")
                v.aliases = self.split_aliases(v, pin)
            elif v.path == "full":
                aid, why, cands = self._full(v)
                if aid:
                    chosen[v.entity] = (aid, why)
                else:  # a full name that fits several people is decided with the partial names
                    self._preset[v.entity] = cands
                    partial.append(v)
            elif v.path == "surname":
                partial.append(v)
            elif " " not in v.name and N.is_given_name(v.name) and not v.typed_by_data:
                partial.append(v)  # a given name the tagger took for a place or an organisation ("Melania")
            else:
                if self._family_plural(v):
                    v.type = "GROUP"  # "The Obamas said": a family, as on the person path (``_partial``)
                chosen[v.entity] = (self._by_name(v), "name")
        I.given_in_document(views, chosen)
        self._placed(views, chosen)
        # the full names' rows first: a surname of this document finds the person it names in full, even one the
        # document introduces to the corpus
        seen: set[str] = set()
        rows = []
        for v in views:
            if v.entity in chosen:
                self._write(doc_id, v, chosen[v.entity], date, seen, rows)
        self._decide(doc_id, views, partial, chosen)
        for v in partial:
            if v.entity in chosen:
                self._write(doc_id, v, chosen[v.entity], date, seen, rows)
        return {e: a for e, (a, _) in chosen.items()}, rows

    def _prepare(self, rec, doc_id: str, n_docs: int) -> list[I.View]:
        """The document's views and what its text says around them (the state the resolution paths read); the
        surnames it names people by are remembered for ``settle`` (store/settle.py)."""
        lang = rec.document.language or "en"
        self._seq = n_docs
        self._preset: dict[str, list[I.Candidate]] = {}  # full names that fit several people: their candidates
        self._middle: set[str] = set()  # of those, the ones that fit someone by their middle name
        self._complete: set[str] = set()  # of those, full names that may complete a titled surname actor
        self._doc, self._here = doc_id, set()  # this document, and the actors it has been counted in already
        spoken: dict[str, list[tuple[int, int]]] = {}  # entity -> the spans of its own words, quoted directly
        for q in rec.quotes or ():
            if q.kind == "direct" and q.speaker is not None and q.speaker.entity:
                spoken.setdefault(q.speaker.entity, []).append((q.start, q.end))
        views = [I.view(e, lang, spoken.get(e.id, ()), rec.document.text or "") for e in rec.entities]
        self._views = views
        self._text, self._lang = rec.document.text or "", lang
        self._starts: dict[str, list[int]] = {}  # a name -> where the tagger typed it no person
        for e in rec.entities:
            if e.type not in I.PERSON_TYPES:
                self._starts.setdefault(N.fold(N.clean_name(e.name or "")), []).extend(m.start for m in e.mentions)
        # surnames of the document's full names -> how many different people carry them ("Theresa May", "Philip May")
        self._full_surnames = Counter(last for _, last in {(N.fold(v.person.first_raw or ""), v.person.last)
                                                            for v in views if v.path == "full" and v.person})
        self.touched.update(v.person.last for v in views if v.person and v.path in ("full", "surname"))
        return views

    def _placed(self, views: list[I.View], chosen: dict) -> None:
        """Where the document names its people in full, the sentences and the kinship words around them."""
        self._named = {}  # actor id -> where this document names them in full
        self._named_given = {}  # actor id -> the given names this document names them by in full
        for v in views:
            if v.entity in chosen and v.path == "full" and v.full_at:
                self._named.setdefault(chosen[v.entity][0], []).extend(v.full_at)
                names = [v.person] + [N.parse(a) for a, kind in v.aliases if kind == "full"]  # ("Robert C.
                # 'Bobby' Scott" and "Bobby Scott": both given names are the document's)
                self._named_given.setdefault(chosen[v.entity][0], set()).update(
                    N.norm_token(N.fold(p.first_raw)) for p in names if p and p.first_raw)
        self._sentence = I.sentence_starts(self._text, [p for ps in self._named.values() for p in ps])
        self._kin = I.kin_positions(self._text, self._sentence, I.kinship_words(self._lang))

    def _decide(self, doc_id: str, views: list[I.View], partial: list[I.View], chosen: dict) -> None:
        """Decide the partial names (and the full names that fit several people) with the document's other actors
        as evidence, into ``chosen``; those left undecided get an unresolved row saying why."""
        # a word that is the given name of people the document names in full: one of them ("I like Paul" beside
        # Paul Ryan and Paul Nehlen is neither Rand Paul nor unknown to the writer)
        given_named = I.given_of_named([v for v in views if v.entity not in chosen or v.path == "full"])
        for ent, named in given_named.items():
            aid = I.one_of_named(named, chosen)
            if aid:
                chosen[ent] = (aid, "given name, in document")
        # partial names last, with the document's other actors as evidence; those decided join the evidence of the
        # rest, until nothing more is decided ("Bush attacked Rubio": Rubio, the only Rubio, tells which Bush)
        left = [v for v in partial if v.entity not in chosen]
        while left:
            salient = sorted((v for v in views if v.entity in chosen), key=lambda v: (-v.n_mentions, v.entity))
            co = list(dict.fromkeys(chosen[v.entity][0] for v in salient))
            undecided = []
            for v in left:
                if v.entity in self._complete:  # "Adam Schiff" beside the co-actors of "Chairman Schiff"
                    aid, why, cands = self._completes(v, co)
                elif v.entity in self._preset:
                    aid, why, cands = self._among(v, co, self._other_than_named(v, views, chosen), "full name")
                elif v.path == "surname":
                    aid, why, cands = self._partial(v, co)
                else:
                    aid, why, cands = self._given_as_other(v, co)
                if aid and v.entity in given_named and not I.one_of_named(given_named[v.entity], chosen, aid):
                    aid, why, cands = None, "the given name of people the document names in full", []
                if aid:
                    chosen[v.entity] = (aid, why)
                else:
                    undecided.append((v, why, cands))
            if len(undecided) == len(left):
                for v, why, cands in undecided:
                    if v.entity in self._complete:  # no evidence that the titled surname is this person: another
                        chosen[v.entity] = (self._new(I.PERSON, v.name, N.name_key(v.name)), "new person")
                        continue
                    if v.entity in self._middle:  # undecided by the middle name: as the first name resolves it
                        aid, how, cands = self._full(v, by_middle=False)
                        if aid:
                            chosen[v.entity] = (aid, how)
                            continue
                    if v.path in ("surname", "full"):
                        self._unresolved(doc_id, v, cands, why)
                    else:  # no person: what the tagger said it is
                        chosen[v.entity] = (self._by_name(v), "name")
                break
            left = [v for v, _, _ in undecided]

    def _completes(self, v: I.View, co: list[str]) -> tuple[str | None, str, list]:
        """A full name completes the titled surname actor it may be when the document shares a rare co-actor with
        it (I.shares_rare_co_actor)."""
        cand = self._preset[v.entity][0]
        self._evidence([cand], co)
        if I.shares_rare_co_actor(cand, co, self._base(co)):
            self.new_bearers.add(v.person.last)
            return cand.id, "completes a surname", []
        return None, "no evidence for the titled surname", []

    def _other_than_named(self, v: I.View, views: list[I.View], chosen: dict) -> list[I.Candidate]:
        """The candidates of a full name that fits several people ("George Bush": George W. and George H.W.), less
        those the same document names apart by a fuller name ("George W. Bush" as another entity): a writer who
        tells them apart by the middle initial and writes "George Bush" too means the other one."""
        cands = self._preset[v.entity]
        if v.person.middle:
            return cands
        fuller = {chosen[o.entity][0] for o in views if o.entity in chosen and o.entity != v.entity and
                  o.path == "full" and o.person.middle and N.compatible(o.person, v.person)}
        rest = [c for c in cands if c.id not in fuller]
        return rest if rest and len(rest) < len(cands) else cands

    def _write(self, doc_id, v, chosen, date, seen: set, rows: list) -> None:
        aid, why = chosen
        self._mention(doc_id, v, aid, why, date, first_in_doc=aid not in seen)
        seen.add(aid)
        self._here.add(aid)
        rows.append((aid, v.type, v.n_mentions))

    # -- resolution paths -----------------------------------------------------------------------------------------
    def _new(self, typ: str, name: str, key: str) -> str:
        aid = actor_id(typ, key)
        if self.conn.execute(self.q.actor_exists, {"b_id": aid}).first() is None:
            self.conn.execute(self.q.insert[S.actors], dict(id=aid, name=name, type=typ, role=None, n_docs=0,
                                                            n_mentions=0))
        return aid

    def _candidates(self, rows) -> list[I.Candidate]:
        out = []
        for r in rows:
            fulls = dict(self.conn.execute(self.q.full_names, {"b_id": r.id}).all())
            out.append(I.Candidate(id=r.id, name=r.name, n_docs=r.n_docs or 0, full_names=list(fulls),
                                   name_docs=fulls))
        return sorted(out, key=lambda c: (-c.n_docs, c.id))

    def _full(self, v: I.View, by_middle: bool = True) -> tuple[str | None, str, list]:
        p = v.person
        rows = self.conn.execute(self.q.persons_by_last, {"b_last": p.last}).all()
        latin = latin_surname(v.name)
        if latin:  # and the person written in the other script ("Dmitry Peskov" for "Дмитрий Песков")
            rows += self.conn.execute(self.q.persons_by_latin, {"b_latin": latin}).all()
        cands = self._candidates(list({r.id: r for r in rows}.values()))
        fits = [c for c in cands if c.full_names and I.compatible_actor(p, c, v.name)]
        mid = N.by_middle_name(p) if by_middle else None
        if mid:  # someone known by the middle name may be the person as much as a namesake with the first name:
            # the document's evidence decides ("Rafael Edward Cruz" in an article on Ted Cruz); when it does not,
            # the name is resolved as if it had no middle name (``_middle``)
            by_mid = [c for c in cands if c.full_names and c not in fits and I.compatible_actor(mid, c, v.name)]
            if by_mid:
                self._middle.add(v.entity)
                return None, "several", fits + by_mid
        if len(fits) == 1:
            complete_late(self, p, fits[0], v.role, cands)  # "President X" read alone before the full name's role
            return fits[0].id, "full name" if I.exact(p, fits[0]) else "compatible full name", []
        if len(fits) > 1:  # "George Bush": George W. and George H.W. both fit; decided on the document's evidence
            return None, "several", fits
        provisional = [c for c in cands if not c.full_names and c.name and
                       N.parse(c.name).surname == p.surname]
        if len(provisional) == 1 and self._full_surnames.get(p.last, 0) < 2:
            # known so far by the surname alone: the full name completes it, unless the document names two people
            # of that surname in full ("Theresa May" and "Philip May, her husband"): which of them owned the bare
            # surname elsewhere is then unknown; a surname with a role needs that role or the corpus's evidence
            done = I.completes_surname(v.role, {r[0]: r[1] for r in self.conn.execute(
                self.q.roles, {"b_id": provisional[0].id})})
            if done:
                self.new_bearers.add(p.last)
                return provisional[0].id, "completes a surname", []
            if done is None:  # decided with the document's other actors (resolve_document)
                self._complete.add(v.entity)
                return None, "several", provisional
        return self._new(I.PERSON, v.name, N.name_key(v.name)), "new person", []

    def _partial(self, v: I.View, co: list[str]) -> tuple[str | None, str, list]:
        """One word for a person the document never names in full: a surname ("Trump"), else a given name
        ("Hillary") when nobody in the corpus has it as a surname."""
        p = v.person
        rows = self.conn.execute(self.q.persons_by_last, {"b_last": p.last}).all()
        cands = [c for c in self._candidates(rows) if c.full_names and
                 any(N.parse(f).surname[-len(p.surname):] == p.surname for f in c.full_names) and
                 not I.another_first_word(v.name, c)]
        how = "surname"
        if not cands and p.last.endswith("s") and self._family(p.last):
            v.type = "GROUP"  # "the Clintons", "the Bushes": a family, not a person
            return self._by_name(v), "family", []
        if not cands and p.first_raw and self._as_place(v):
            return None, "used as a place", []  # "De Blasio says Chelsea explosion ...", and "in Chelsea"
        if not cands and p.first_raw:  # nobody has it as a surname: a given name ("Hillary")?
            first = N.fold(p.first_raw)
            rows = self.conn.execute(self.q.persons_by_first, {"b_first": N.norm_token(first)}).all()
            # as written, not folded like surnames: "Kelly" is not "Kelli"
            found = [c for c in self._candidates(rows)
                     if any(N.given_compatible(N.fold(N.parse(f).first_raw), first) for f in c.full_names)]
            cands, how = self._known_by_given(first, co, found), "given name"
            if found and not cands:  # people have it, and none is known by it alone: no one to give it to
                return None, "a given name nobody in the corpus is known by alone", found
        if p.suffix:  # "Donald Jr", "Trump Jr.": the son, never a person known without the suffix
            cands = [c for c in cands if any(N.parse(f).suffix == p.suffix for f in c.full_names)]
        if not cands:
            key = N.name_key(v.name)
            for r in self.conn.execute(self.q.by_key, {"b_key": key}).all():
                if r.kind in ("surname", "name"):  # the surname's provisional actor, or a non-person of that name
                    return r.id, "surname", []
            if p.first_raw:  # "Melania", "Bill": a given name is nobody's identity until someone has it in full
                return None, "a given name nobody in the corpus has in full", []
            if N.is_common_word(v.name) or (N.common_word(v.name) and not v.titled and not v.role and (
                    I.used_as_word(v.name, self._text or "") or
                    not I.speaks(v.name, self._text or "", rules.words("en", "speech_verbs")))):
                # "Latinos", "Exit", "Nationally", "Jr" typed PERSON; a noun of the language too when nothing in the
                # document makes it a name (no title, no role, it never speaks: "Rice said"), or the text uses it
                # inside a slogan: "Bernie or Bust", "Cheers erupted", "Order was restored"
                return None, "a common word nobody in the corpus has as a surname", []
            return self._new(I.PERSON, v.name, key), "new surname", []
        named = any(c.id in self._named for c in cands)
        if how == "surname" and I.attributive_only(v, cands, named):
            return None, "a surname only as a modifier ('the Bush tax cuts'): whose era, the text does not say", cands
        if how == "surname" and v.attributive:
            self._evidence(cands, co)
            holder = I.attributive_holder(v, cands, named, self._seq, self._evidence_of(v, co, given=False))
            if holder:
                return holder.id, "surname, as a modifier: the bearer the corpus knows it by", []
        return self._among(v, co, cands, how)

    def _among(self, v: I.View, co: list[str], cands: list[I.Candidate], how: str) -> tuple[str | None, str, list]:
        """The candidate the document's evidence supports (corpus/identity.choose), else None and why."""
        self._evidence(cands, co)
        # a given name alone is many people's: even the only candidate needs the document's support (a co-actor,
        # a role), not just a first name in common ("Orlando", "Sandy")
        aid, why = I.choose(cands, self._evidence_of(v, co, given=how == "given name"), strict=how == "given name")
        return (aid, how + ", " + why, []) if aid else (None, why, cands)

    def _evidence_of(self, v: I.View, co: list[str], given: bool, alone: bool = False) -> I.Evidence:
        """What the document says beside a partial name; for a given name alone (``alone``: one the tagger typed no
        person), also the surnames it gives in full and the people it calls by other given names."""
        return I.Evidence(role=v.role, gender=v.gender, gender_hint=v.gender_hint,
                          gender_one_sided=v.gender_one_sided, gender_by_pronouns=v.gender_by_pronouns,
                          gender_elsewhere=self._gender_elsewhere(v),
                          co_actors=co, base=self._base(co), n_docs=self._seq, named=self._named, at=v.at,
                          bare_at=self._uses(v), sentence=self._sentence, kin=self._kin,
                          family=frozenset(self._full_surnames) if given else frozenset(),
                          relative=given and v.at >= 0 and I.introduced_as_relative(
                              self._text or "", (v.at,), I.kinship_words(self._lang)),
                          in_headline=v.at >= 0 and "\n" not in (self._text or "")[:v.at],
                          given_alone=I.given_alone(self._views) - {N.norm_token(N.fold(v.name))},
                          named_otherwise=self._named_otherwise(v.name) if given or alone else frozenset())

    def _gender_elsewhere(self, v: I.View) -> bool:
        """Whether the document names in full another person (of another surname) of the gender the pronouns beside
        ``v`` give: the person those pronouns may stand for (identity_choose._title_over_pronouns)."""
        g = v.gender or v.gender_hint
        last = v.person.last if v.person else ""
        return bool(g) and any(o is not v and o.path == "full" and o.person and o.person.last != last and
                               o.gender == g for o in self._views or ())

    def _named_otherwise(self, given: str) -> frozenset[str]:
        """The actors this document names in full by given names none of which is ``given``, its short form or a
        spelling of it (the same first three letters: "Hilary" for "Hillary", "Donald Jr" for "Donald")."""
        g = N.norm_token(N.fold(given).split()[0]) if given.split() else ""
        return frozenset(a for a, names in self._named_given.items() if g and names and not any(
            N.given_compatible(n, g) or N.given_compatible(g, n) or n[:3] == g[:3] for n in names))

    def _uses(self, v: I.View) -> tuple[tuple[int, int, int], ...]:
        """Each use of the bare surname with its sentence's start and the previous sentence's."""
        starts = I.sentence_starts(self._text, v.bare_at)
        before = I.sentence_starts(self._text, [s - 1 for s in starts.values() if s > 0])
        return tuple((u, starts[u], before.get(starts[u] - 1, 0)) for u in v.bare_at)

    def _base(self, co: list[str]) -> dict[str, float]:
        """Each co-actor's share of all documents (the background its co-occurrence is judged against)."""
        if not co:
            return {}
        n = self._seq or 1
        return {a: ((k or 0) - (a in self._here)) / n for a, k in self.conn.execute(self.q.actor_docs,
                                                                                  {"b_ids": co})}

    def _given_as_other(self, v: I.View, co: list[str]) -> tuple[str | None, str, list]:
        """A given name typed as a place or an organisation: a person only when the corpus knows someone with it in
        full and the document's evidence supports them (never on the name alone: "Georgia" stays a place)."""
        if self._as_place(v) or (v.type == "GPE" and known_country(v.name, self._lang)):
            return None, "used as a place", []  # "to Georgia", "the rest of Georgia" typed GPE: not Georgia Smith
        first = N.fold(v.name)
        rows = self.conn.execute(self.q.persons_by_first, {"b_first": N.norm_token(first)}).all()
        cands = self._known_by_given(first, co, [c for c in self._candidates(rows) if any(
            N.given_compatible(N.fold(N.parse(f).first_raw), first) for f in c.full_names)])
        if not cands:
            return None, "no person", []
        self._evidence(cands, co)
        # (no family evidence here: a club or a place typed as such is not a relative of the person named in full:
        # "Bill Clinton and his wife watched Chelsea beat Arsenal"), unless the word just before it makes it one
        # ("Trump's wife, Melania"; "his daughter Tiffany")
        kin = I.introduced_as_relative(self._text, self._starts.get(N.fold(v.name), ()), I.kinship_words(self._lang))
        aid, why = I.choose(cands, self._evidence_of(v, co, given=kin, alone=True), strict=True)
        if aid:
            v.type = I.PERSON
        return (aid, "given name, " + why, []) if aid else (None, why, cands)

    def _known_by_given(self, first: str, co: list[str], cands: list[I.Candidate]) -> list[I.Candidate]:
        """The candidates a given name alone can mean across documents: a person the corpus knows by that given
        name alone ("Hillary", "Jeb": other writers call them so), a relative of someone the document names in full
        ("Melania" beside Donald Trump), or someone the document names in full (I.known_by_given)."""
        by_given = dict(self.conn.execute(self.q.by_given, {"b_first": N.norm_token(first)}).all()) if cands else {}
        return [c for c in cands if I.known_by_given(c, by_given.get(c.id) or 0, self._full_surnames, co,
                                                     len(cands))]

    def _as_place(self, v: I.View) -> bool:
        """A given name the document also uses as a place ("in Chelsea"): no person, wherever else it stands."""
        return used_as_place(self._text, self._starts.get(N.fold(v.name), ()), self._lang)

    def _family_plural(self, v: I.View) -> bool:
        """A plural after "the" typed ORG/GPE/NORP ("The Obamas said", no Obama named): a family if ``_family``."""
        starts = self._starts.get(N.fold(v.name), ())
        return v.type in ("ORG", "GPE", "NORP") and bool(starts) and \
            all(N.plural_after_the(self._text, s, v.name) for s in starts) and self._family(N.parse(v.name).last)

    def _family(self, last: str) -> bool:
        """Whether a plural surname is a family: people are known by its singular ("Clintons", "Bushes")."""
        for stem in {last[:-1], last[:-2]} if last.endswith("es") else {last[:-1]}:
            if len(stem) > 2 and any(c.full_names for c in self._candidates(
                    self.conn.execute(self.q.persons_by_last, {"b_last": stem}).all())):
                return True
        return False

    def _evidence(self, cands: list[I.Candidate], co: list[str]) -> None:
        for c in cands:
            c.roles = {r[0]: r[1] for r in self.conn.execute(self.q.roles, {"b_id": c.id})}
            first = N.parse(c.name).first_raw
            c.gender = N.gender_of(first) if first else ""
            # and the other candidates (a namesake met only beside another: identity_choose._met_only_beside)
            others = list(dict.fromkeys([a for a in co if a != c.id] + [o.id for o in cands if o.id != c.id]))
            if others:  # what the corpus knew before this document
                c.cooc = dict(self.conn.execute(self.q.cooc, {"b_id": c.id, "b_co": others,
                                                              "b_doc": self._doc}).all())
            if c.id in self._here:
                c.n_docs -= 1

    def _by_name(self, v: I.View) -> str:
        """Organisations, places, groups: the actor with the same name key (any of the entity's names), whatever
        type the tagger gave; a person's full name typed ORG in one page joins the person."""
        number = regnal_number(v.name) if v.path == "regnal" else ""
        for key in v.keys:
            rows = self.conn.execute(self.q.by_key, {"b_key": key}).all()
            own = N.name_key(v.name)
            if I.acronym(key, " ".join(a for a, _ in v.aliases)) and key != own:
                # the acronym of a name spelled out: it finds only the actor the bare acronym began, while no other
                # spelled-out name has joined it ("FBI", then "Federal Bureau of Investigation (FBI)"; "FTC" of two
                # different names stays two actors)
                rows = [r for r in rows if self._born_of(r.id, key) and not self._spelled_otherwise(r.id, own)]
            elif I.acronym(key, v.name) and len({r.id for r in rows}) > 1:
                # "DNC": the Democratic National Committee's and the Democratic National Convention's; the acronym
                # alone says neither, so it keeps the actor it began itself rather than the better-known one's
                rows = [r for r in rows if self._born_of(r.id, key)]
            for r in sorted(rows, key=lambda r: (-(r.n_docs or 0), r.id)):
                if number and self._other_number(r.id, number):
                    continue  # "King George VI" is not "King George V", though both are "King George"
                if r.kind == "name" or (r.kind == "full" and len(key.split()) >= 2) or \
                        (r.kind == "surname" and len(key.split()) == 1):
                    return r.id
        return self._in_other_script(v) or self._new(v.type, v.name, N.name_key(v.name))

    def _in_other_script(self, v: I.View) -> str | None:
        """The organisation this one names in the other script (name_scripts.org_latin_key: "Газпром" / "Gazprom",
        "ООН" / "United Nations"), the one of most documents: never a person, a state or a nationality ("Россия" is
        no "Rossiya", the airline or the channel), nor a name in the entity's own script (spellings in one script
        are name keys' matter)."""
        key = org_latin_key(v.name) if v.type not in I.PERSON_TYPES and v.path != "regnal" else ""
        if not key:
            return None
        cyr = bool(CYRILLIC.search(v.name))
        # a standard equivalent (Кремль / Kremlin, Евросоюз / European Union) whatever type the taggers gave
        rows = [r for r in self.conn.execute(self.q.names_by_latin, {"b_latin": key}).all()
                if r.type not in I.PERSON_TYPES and bool(CYRILLIC.search(r.alias)) != cyr and
                (org_equivalent(r.alias if not cyr else v.name) or
                 (v.type not in _NOT_ACROSS and r.type not in _NOT_ACROSS))]
        return min(rows, key=lambda r: (-(r.n_docs or 0), r.id)).id if rows else None

    @staticmethod
    def _born_of(aid: str, key: str) -> bool:
        """Whether the actor was begun by a name with this key (its id is the key's, whatever its type now)."""
        return aid in {actor_id(t, key) for t in I.ACTOR_ID_TYPES}

    def _spelled_otherwise(self, aid: str, own: str) -> bool:
        """Whether the actor holds a name of two words or more other than ``own`` (a spelled-out name)."""
        return any(len(a.split()) >= 2 and N.name_key(a) != own
                   for a, _, _ in self.conn.execute(self.q.alias_counts, {"b_id": aid}))

    def _other_number(self, aid: str, number: str) -> bool:
        """Whether an actor is known by another regnal number than ``number`` (any of its names)."""
        return any(regnal_number(a) not in ("", number) for a, _, _ in self.conn.execute(self.q.alias_counts,
                                                                                          {"b_id": aid}))
