"""Reads for judging actor identity (eval/actors.py): the people a store holds, and the entities of named
documents with the actors they were given."""
from __future__ import annotations

import json
import os
import re

from sqlalchemy import func, select
from sqlalchemy.engine import Connection

from . import schema as S


def top_people(conn: Connection, n: int) -> list[tuple[str, str, int, list[list[str]]]]:
    """The ``n`` PERSON actors with most documents: (id, name, documents, the names each document used)."""
    A, AM = S.actors.c, S.actor_mentions.c
    out = []
    for aid, name, n_docs in conn.execute(select(A.id, A.name, A.n_docs).where(A.type == "PERSON")
                                          .order_by(A.n_docs.desc(), A.id).limit(n)):
        per_doc = [[a for a, _ in json.loads(al)] if al else [mname]
                   for al, mname in conn.execute(select(AM.aliases, AM.name).where(AM.actor_id == aid))]
        out.append((aid, name, n_docs, per_doc))
    return out


def counts(conn: Connection) -> dict[str, int]:
    return {t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in (S.actors, S.unresolved)}


def stem(source: str) -> str:
    """A document's file name without its extensions (gold files name documents so)."""
    return re.sub(r"(\.html?|\.txt)?(\.gz)?$", "", os.path.basename(source or ""))


def documents_named(conn: Connection, stems: set[str]) -> dict[str, tuple[str, dict]]:
    """{stem (and its first 12 characters): (document id, analysis record as a dict)} of the stored documents
    whose source file has one of these names, or whose id is one (a JSON lines file names its documents by id:
    `newsgraph eval polnear-jsonl` gives each article its file name)."""
    D = S.documents.c
    out: dict[str, tuple[str, dict]] = {}
    for doc_id, source in conn.execute(select(D.id, D.source)):
        st = stem(source)
        if st not in stems and st[:12] not in stems and doc_id in stems:
            st = doc_id
        if st in stems or st[:12] in stems:
            rec = json.loads(conn.execute(select(D.record).where(D.id == doc_id)).scalar_one())
            out.setdefault(st, (doc_id, rec))
            out.setdefault(st[:12], (doc_id, rec))
    return out


def entity_outcomes(conn: Connection, doc_id: str) -> tuple[dict[str, str], set[str]]:
    """({entity: actor id}, {unresolved entities}) of one document."""
    AM, U = S.actor_mentions.c, S.unresolved.c
    ment = dict(conn.execute(select(AM.entity, AM.actor_id).where(AM.doc_id == doc_id)).all())
    unres = {r[0] for r in conn.execute(select(U.entity).where(U.doc_id == doc_id))}
    return ment, unres
