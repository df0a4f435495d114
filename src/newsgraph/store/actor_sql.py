"""The statements of the actor rows (store/actors.py), built once per process with bound parameters."""
from __future__ import annotations

from functools import lru_cache

from sqlalchemy import bindparam as bp
from sqlalchemy import func, insert, select, update

from . import schema as S

class _Sql:
    """Statements built once with bound parameters (building a statement costs more than running it)."""

    def __init__(self):
        AA, Ac, AM, AT = S.actor_aliases.c, S.actors.c, S.actor_mentions.c, S.actor_types.c
        self.pin = select(S.user_aliases.c.canonical).where(S.user_aliases.c.key == bp("b_key"))
        self.by_key = (select(Ac.id, Ac.name, Ac.type, Ac.n_docs, AA.kind).join(S.actor_aliases, AA.actor_id == Ac.id)
                       .where(AA.key == bp("b_key")))
        self.persons_by_last = (select(Ac.id, Ac.name, Ac.n_docs).join(S.actor_aliases, AA.actor_id == Ac.id)
                                .where(AA.last == bp("b_last"), AA.kind.in_(("full", "surname"))).distinct())
        self.persons_by_latin = (select(Ac.id, Ac.name, Ac.n_docs).join(S.actor_aliases, AA.actor_id == Ac.id)
                                 .where(AA.latin == bp("b_latin"), AA.kind == "full").distinct())
        self.names_by_latin = (select(Ac.id, Ac.type, Ac.n_docs, AA.alias).join(S.actor_aliases, AA.actor_id == Ac.id)
                               .where(AA.latin == bp("b_latin"), AA.kind == "name"))
        self.persons_by_first = (select(Ac.id, Ac.name, Ac.n_docs).join(S.actor_aliases, AA.actor_id == Ac.id)
                                 .where(AA.first == bp("b_first"), AA.kind == "full").distinct())
        self.full_names = select(AA.alias, AA.n_docs).where(AA.actor_id == bp("b_id"), AA.kind == "full")
        self.by_given = select(AA.actor_id, AA.n_docs).where(AA.first == bp("b_first"), AA.kind == "given")
        # the roles of the documents whose own text names the person: a surname or given name the corpus's
        # evidence (co-actors, roles) gave to someone may be wrong, and its role ("President Obama" given to
        # Michelle Obama) must not become evidence for the next one (no transitive merging through partial names)
        self.roles = (select(AM.role, func.count()).where(AM.actor_id == bp("b_id"), AM.role.is_not(None),
                                                          AM.resolution.not_like("surname, evidence%"),
                                                          AM.resolution.not_like("given name, evidence%"))
                      .group_by(AM.role))
        m1, m2 = S.actor_mentions.alias("m1"), S.actor_mentions.alias("m2")
        self.cooc = (select(m2.c.actor_id, func.count(func.distinct(m2.c.doc_id)))
                     .select_from(m1.join(m2, m1.c.doc_id == m2.c.doc_id))
                     .where(m1.c.actor_id == bp("b_id"), m2.c.actor_id.in_(bp("b_co", expanding=True)),
                            m1.c.doc_id != bp("b_doc"))
                     .group_by(m2.c.actor_id))
        self.actor = select(S.actors).where(Ac.id == bp("b_id"))
        self.actor_docs = select(Ac.id, Ac.n_docs).where(Ac.id.in_(bp("b_ids", expanding=True)))
        self.doc_seq = select(S.documents.c.seq).where(S.documents.c.id == bp("b_id"))
        self.actor_exists = select(Ac.id).where(Ac.id == bp("b_id"))
        self.alias_counts = select(AA.alias, AA.kind, AA.n_docs).where(AA.actor_id == bp("b_id"))
        self.type_counts = select(AT.type, AT.n).where(AT.actor_id == bp("b_id"))
        # documents' roles for the vote (the actor's role is the most given): every role-giving row of the actor,
        # counted per role from the index alone (ix_actor_mentions_actor_doc holds actor, document and role), so the
        # vote is the same whatever order the rows were written or a database returns them in, and no subset of
        # documents (the first ids, one outlet's) decides a famous actor's role; the same read the count of a
        # bounded sample's rows took
        self.role_counts = (select(AM.role, func.count()).where(AM.actor_id == bp("b_id"), AM.role.is_not(None))
                            .group_by(AM.role))
        self.actor_update = update(S.actors).where(Ac.id == bp("b_id")).values(
            n_mentions=bp("v_n_mentions"), n_docs=bp("v_n_docs"), first_date=bp("v_first_date"),
            last_date=bp("v_last_date"), role=bp("v_role"), name=bp("v_name"), type=bp("v_type"))
        self.insert = {t: insert(t) for t in (S.actors, S.actor_aliases, S.actor_mentions, S.actor_types,
                                              S.unresolved)}
        self._upserts: dict[tuple[str, str], object] = {}

    def _upsert(self, conn, table, keys: tuple[str, ...], counter: str):
        """INSERT ... ON CONFLICT DO UPDATE counter = counter + 1 (one statement; SQLite and PostgreSQL)."""
        dialect = conn.dialect.name
        stmt = self._upserts.get((dialect, table.name))
        if stmt is None:
            if dialect == "postgresql":
                from sqlalchemy.dialects.postgresql import insert as dialect_insert
            else:
                from sqlalchemy.dialects.sqlite import insert as dialect_insert
            ins = dialect_insert(table)
            stmt = ins.on_conflict_do_update(index_elements=list(keys),
                                             set_={counter: table.c[counter] + 1})
            self._upserts[(dialect, table.name)] = stmt
        return stmt

    def alias_upsert(self, conn):
        return self._upsert(conn, S.actor_aliases, ("actor_id", "alias"), "n_docs")

    def type_upsert(self, conn):
        return self._upsert(conn, S.actor_types, ("actor_id", "type"), "n")


_sql = lru_cache(maxsize=1)(_Sql)  # built once per process
