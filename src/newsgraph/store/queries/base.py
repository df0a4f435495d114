"""What every list of the query layer shares: paging, full-text matching, actor names, and the SQL of each filter
of the table (store/filters.py) applied through a :class:`Target` (how one kind of item reaches its documents and
dates)."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Callable

from sqlalchemy import and_, func, literal_column, or_, select, text
from sqlalchemy.engine import Connection

from ...corpus.outlets import named_by, written_names
from .. import filters as F
from ..changes import cached_total, cached_value
from .. import schema as S
from ...understand.name_keys import query_keys
from ...understand.names import name_key

MAX_LIMIT = 1000
Page = dict  # {"items": [...], "total": int, "limit": int, "offset": int, "more": int}
D = S.documents.c


def limits(limit: int, offset: int) -> tuple[int, int]:
    try:
        limit, offset = int(limit), int(offset)
    except (TypeError, ValueError):
        raise ValueError("limit and offset must be integers") from None
    if limit < 0 or offset < 0:
        raise ValueError("limit and offset must be >= 0")
    return min(limit, MAX_LIMIT), offset


def check_sort(sort: str | None, sorts: tuple[str, ...] = F.SORTS) -> str:
    """The order asked for, one of ``sorts`` (a list's ``filters.sorts_of``), the first when none is given."""
    sort = (sort or sorts[0]).strip().lower()
    if sort not in sorts:
        raise ValueError(f"sort: one of {', '.join(sorts)}")
    return sort


def page(conn: Connection, q, limit: int, offset: int, items_fn: Callable) -> Page:
    """A page of ``q``: ``items_fn(conn, rows)`` makes the items of all rows at once (a fixed number of queries
    per page, never one per row). ``more``: how many items follow this page. A page that is not full and not
    past the end is the list's last page: its total is known without counting (a search with few matches scans the
    table once, not twice)."""
    rows = conn.execute(q.limit(limit).offset(offset)).mappings().all() if limit else []
    if limit and len(rows) < limit and (rows or not offset):
        return make_page(items_fn(conn, rows), offset + len(rows), limit, offset)
    stmt = select(func.count()).select_from(q.order_by(None).subquery())
    total = cached_total(conn, stmt, lambda: conn.execute(stmt).scalar_one())
    return make_page(items_fn(conn, rows), total, limit, offset)


def make_page(items: list, total: int, limit: int, offset: int) -> Page:
    return {"items": items, "total": total, "limit": limit, "offset": offset,
            "more": max(0, total - offset - len(items))}


def json_value(v: Any, default=None):
    if v is None:
        return default
    try:
        return json.loads(v)
    except (TypeError, ValueError):
        return default


# -- full text -------------------------------------------------------------------------------------------------------
def fts_terms(q: str) -> list[str]:
    """The words of a full-text query; a word written with a trailing ``*`` keeps it (a prefix: ``Putin*`` finds
    Putina, Putinu; ``sanction*`` finds sanctions). A word with inner punctuation ("U.S.", "al-Assad", "11.7",
    "e.g.", "AT&T") is kept whole, without its outer punctuation: a phrase of its parts (``_phrase``), never its
    parts anywhere in the text ("u" and "s" matched "B. U. Nzeribe ... Senate's"). Words in quotation marks
    ("challenge to heart", “…”, «…») are a phrase: the words next to each other, as written (tryout r16: they matched
    any document holding the words anywhere)."""
    out = []
    q = q or ""
    for m in list(_QUOTED.finditer(q))[::-1]:
        words = re.findall(r"\w+", m.group(1), re.UNICODE)
        if len(words) > 1:  # as written (PostgreSQL reads "U.S." as one token, as in the documents: review r16)
            out.append(" ".join(m.group(1).split()))
            q = q[:m.start()] + " " + q[m.end():]
    out.reverse()
    for chunk in q.split():
        m = re.search(r"\w(?:.*\w)?", chunk, re.UNICODE | re.S)
        if m is None:
            continue
        star = chunk[m.end():].startswith("*")  # '"sanction*"', 'sanction*,'
        word = m.group(0)
        parts = re.findall(r"\w+", word, re.UNICODE)
        if len(parts) == 1:
            out.append(parts[0] + ("*" if star else ""))
        elif _CYRILLIC.search(word):  # "Санкт-Петербурга", "Ростов-на-Дону": each part in any of its forms
            out.extend(parts[:-1] + [parts[-1] + ("*" if star else "")])
        else:
            out.append(word)
    return out


_CYRILLIC = re.compile(r"[а-яёіїєґА-ЯЁІЇЄҐ]")
_DIGIT_DOT = re.compile(r"([0-9])[.](?=[0-9])")  # as the documents' vectors read dotted numbers (migrations.py)
_QUOTED = re.compile(r'["“„«]([^"“”„«»]+)["”“»]')


def _phrase(term: str) -> list[str] | None:
    """The parts of a term kept whole ("U.S" -> ["U", "S"]), or None for a plain word."""
    parts = re.findall(r"\w+", term.rstrip("*"), re.UNICODE)
    return parts if len(parts) > 1 else None


def _forms(term: str) -> tuple[str, ...]:
    from ...understand.word_forms import forms
    return forms(term)


def _fts5_query(terms: list[str]) -> str:
    """An FTS5 MATCH expression: every term (quoted), prefix terms as ``"word"*``, a Russian word as any of its
    forms (``("путина" OR "путин" OR ...)``: understand/word_forms.py)."""
    def one(t: str) -> str:
        if _phrase(t):
            return '"%s"' % " ".join(_phrase(t))  # adjacent tokens
        if t.endswith("*"):
            return '"%s"*' % t.rstrip("*")
        fs = _forms(t)
        return '"%s"' % t if len(fs) == 1 else "(" + " OR ".join('"%s"' % f for f in fs) + ")"
    return " AND ".join(one(t) for t in terms)


def _tsquery(terms: list[str]) -> str:
    """A PostgreSQL to_tsquery expression (simple configuration) of the plain words: every term, prefix terms as
    ``word:*``, a Russian word as any of its forms (the phrases are ``_pg_tsquery``'s)."""
    def one(t: str) -> str:
        if t.endswith("*"):
            return f"{t.rstrip('*')}:*"
        fs = _forms(t)
        return t if len(fs) == 1 else "(" + " | ".join(fs) + ")"
    return " & ".join(one(t) for t in terms if not _phrase(t))


def _pg_config(conn: Connection):
    return literal_column("'%s'::regconfig" % (S.PG_TS_CONFIG if S.has_ts_config(conn) else "simple"))


def _pg_tsquery(conn: Connection, terms: list[str]):
    """A PostgreSQL tsquery expression: the plain words by ``to_tsquery``, each phrase by ``phraseto_tsquery``,
    which reads it with the parser that read the documents ("U.S." is one token "u.s" there), in the store's
    configuration (accents folded where migration 10 could make it: schema.PG_TS_CONFIG)."""
    cfg = _pg_config(conn)
    parts = []
    plain = _tsquery(terms)
    if plain:
        parts.append(func.to_tsquery(cfg, plain))
    parts += [func.phraseto_tsquery(cfg, _DIGIT_DOT.sub(r"\1 ", t.rstrip("*"))) for t in terms if _phrase(t)]
    out = parts[0]
    for x in parts[1:]:
        out = out.op("&&")(x)
    return out


def doc_match(conn: Connection, about: str):
    """(select of doc_id, score, key) of the documents matching the full-text query ``about``; ``score``: higher
    is better (SQLite: -bm25; PostgreSQL: ts_rank); ``key``: what :func:`doc_snippets` takes (the full-text row)."""
    terms = fts_terms(about)
    if not terms:
        raise ValueError("the search text has no words")
    if conn.dialect.name == "postgresql":
        tsq, tsv = _pg_tsquery(conn, terms), literal_column("documents.tsv")
        return (select(S.documents.c.id.label("doc_id"), func.ts_rank(tsv, tsq).label("score"),
                       S.documents.c.id.label("key")).where(tsv.op("@@")(tsq)))
    match = _fts5_query(terms)
    return select(literal_column("documents_fts.doc_id").label("doc_id"),
                  literal_column("-bm25(documents_fts)").label("score"),
                  literal_column("documents_fts.rowid").label("key")).select_from(
        text("documents_fts")).where(text("documents_fts MATCH :ftsq").bindparams(ftsq=match))


def doc_snippets(conn: Connection, about: str, ids: list) -> dict:
    """{key: snippet} for these documents (a page of a search; keys from :func:`doc_match`): the passage around
    the matches of ``about``, matches in [brackets]. Made for the page only, never for every match."""
    if not ids:
        return {}
    terms = fts_terms(about)
    if conn.dialect.name == "postgresql":
        q = select(S.documents.c.id, func.ts_headline(_pg_config(conn), S.documents.c.text, _pg_tsquery(conn, terms),
                                                      "MaxWords=24, MinWords=10, StartSel=[, StopSel=]")
                   ).where(S.documents.c.id.in_(ids))
    else:
        q = select(literal_column("rowid"), literal_column("snippet(documents_fts, 2, '[', ']', '…', 16)")
                   ).select_from(text("documents_fts")).where(
            text("documents_fts MATCH :ftsq").bindparams(ftsq=_fts5_query(terms)),
            literal_column("rowid").in_(ids))
    return {r[0]: r[1] for r in conn.execute(q)}


def doc_match_ids(conn: Connection, about: str):
    """A select of the ids of the documents matching ``about`` (full-text)."""
    m = doc_match(conn, about).subquery("m")
    return select(m.c.doc_id)


def quote_match_ids(conn: Connection, about: str):
    terms = fts_terms(about)
    if not terms:
        raise ValueError("the 'about' text has no words")
    if conn.dialect.name == "postgresql":
        return select(S.quotes.c.id).where(literal_column("quotes.tsv").op("@@")(_pg_tsquery(conn, terms)))
    match = _fts5_query(terms)
    return select(literal_column("quotes_fts.quote_id")).select_from(text("quotes_fts")).where(
        text("quotes_fts MATCH :qq").bindparams(qq=match))


# -- actors by name --------------------------------------------------------------------------------------------------
def actor_ids(conn: Connection, name: str | None) -> list[str] | None:
    """Actor ids a user's name refers to: an id, an exact alias (any spelling: "Zelenskiy"), and for one word also
    the people with that surname ("Zelensky" finds "Volodymyr Zelensky"). None when no name is given; [] when nothing
    matches."""
    if not name:
        return None
    return list(cached_value(conn, ("actor_ids", name), lambda: _actor_ids(conn, name)))


def _actor_ids(conn: Connection, name: str) -> list[str]:
    row = conn.execute(select(S.actors.c.id).where(S.actors.c.id == name)).first()
    if row:
        return [row[0]]
    keys = query_keys(name)  # (a Russian surname in another case also by its nominative's key: "Зеленского")
    if not keys:
        return []
    ua = conn.execute(select(S.user_aliases.c.canonical).where(S.user_aliases.c.key == keys[0])).first()
    if ua:
        keys = (name_key(ua[0]),)
    ids = [r[0] for r in conn.execute(select(S.actor_aliases.c.actor_id).where(S.actor_aliases.c.key.in_(keys))
                                       .distinct())]
    if not ids:  # an actor without alias rows (stores written before caseless names got them): its exact name
        ids = [r[0] for r in conn.execute(select(S.actors.c.id).where(S.actors.c.name == name.strip()))]
    one = [k for k in keys if " " not in k]
    if one:  # a single word is also a surname: "Macron" finds "Emmanuel Macron"
        ids += [r[0] for r in conn.execute(select(S.actor_aliases.c.actor_id).join(
            S.actors, S.actors.c.id == S.actor_aliases.c.actor_id).where(
            S.actor_aliases.c.last.in_(one), S.actors.c.type == "PERSON").distinct())]
    return sorted(set(ids))


def actors_by_ids(conn: Connection, ids: list[str]) -> list[dict]:
    """{id, name, type, n_docs} of these actors, most documents first."""
    A = S.actors.c
    return [dict(r) for r in conn.execute(select(A.id, A.name, A.type, A.n_docs).where(A.id.in_(ids))
                                          .order_by(A.n_docs.desc(), A.id)).mappings()]


# -- the SQL of each filter ------------------------------------------------------------------------------------------
def contains(col, value: str, conn: Connection | None = None):
    """Case-insensitive substring, % and _ matching themselves. On SQLite an ASCII value is matched by LIKE itself
    (case-insensitive for ASCII there, as SQLite's lower() is: the same rows, without lower() on every row, about
    four times faster over the 28,000 names of a large store's actors)."""
    if conn is not None and conn.dialect.name == "sqlite" and value.isascii():
        return col.contains(value, autoescape=True)
    return func.lower(col).contains(value.lower(), autoescape=True)


def date_clause(col, f: dict):
    """since/until on a date column; with include_undated, rows without a date pass too."""
    conds = []
    if f.get("since"):
        conds.append(col >= f["since"])
    if f.get("until"):
        conds.append(col <= F.until_bound(f["until"]))
    if not conds:
        return None
    cond = and_(*conds)
    return or_(cond, col.is_(None)) if f.get("include_undated") else cond


def outlet_clause(col, value: str, conn: Connection | None = None):
    """An outlet filter: the canonical outlet the value names ("nytimes" finds "The New York Times":
    corpus.outlets.named_by) or the value as whole words of an outlet name; a value naming no known outlet is
    matched as a substring, as written."""
    canon = named_by(value)
    if canon:  # a known outlet: its canonical name, or the value as whole words ("Sun" is not "Sunday Times")
        return or_(func.lower(col) == canon.lower(), has_words(col, value))
    return contains(col, value, conn)


def credits_clause(col, value: str, conn: Connection | None = None):
    """An outlet filter on a JSON list of the outlet names a text credits (``quote_reports.reported_by``): an element
    that is the outlet the value names (its canonical name, or the value as written); a value naming no known outlet
    is matched as a substring, as written (review r17: `quotes --outlet Интерфакс` found none of the quotes the texts
    credited to it, the list's brackets and quote marks hiding the names from whole-word matching)."""
    canon = named_by(value)
    if not canon:
        return contains(col, value, conn)
    names = sorted({*written_names(canon), " ".join(value.split())})
    return or_(*(contains(col, json.dumps(n, ensure_ascii=False), conn) for n in names))


def has_words(col, value: str):
    """Case-insensitive match of ``value`` as whole words of the column: "Times" finds "The New York Times", "Sun"
    does not find "Sunday Times"."""
    v = " ".join(value.lower().split())
    low = func.lower(col)
    return or_(low == v, low.startswith(v + " ", autoescape=True), low.endswith(" " + v, autoescape=True),
               low.contains(" " + v + " ", autoescape=True))


DOC_LEVEL = ("about", "actor", "outlet", "language", "story", "since", "until", "ingested_since", "ingested_until",
             "originals")


def doc_conditions(conn: Connection, f: dict, names=DOC_LEVEL) -> tuple[list, set]:
    """(clauses on ``documents``, the filter names they apply) for the document-level filters among ``names``."""
    out, used = [], set()

    def add(name, clause):
        if clause is not None:
            out.append(clause)
        used.add(name)
    for name in names:
        v = f.get(name)
        if v in (None, False):
            continue
        if name == "about":
            add(name, D.id.in_(doc_match_ids(conn, v)))
        elif name == "actor":
            ids = actor_ids(conn, v) or []
            add(name, D.id.in_(select(S.actor_mentions.c.doc_id).where(S.actor_mentions.c.actor_id.in_(ids))))
        elif name == "outlet":
            add(name, outlet_clause(D.outlet, v, conn))
        elif name == "language":
            add(name, func.lower(D.language) == v.lower())
        elif name == "story":
            add(name, D.story_id == v)
        elif name in ("since", "until"):
            if "since" not in used and "until" not in used:
                add(name, date_clause(D.date, f))
            used.update(("since", "until", "include_undated"))
        elif name == "ingested_since":
            add(name, D.ingested >= v)
        elif name == "ingested_until":
            add(name, D.ingested < v)
        elif name == "originals":
            add(name, or_(D.canonical_id.is_(None), D.canonical_id == D.id))
    return out, used


@dataclass
class Target:
    """How the filters reach one kind of item. ``date``: its own date column for since/until (None: the
    document's published date); ``docs``: the clause "the item has a document among these" given a select of
    document ids (None: the query already joins ``documents``); ``own``: filters applied by the item's own SQL,
    ``{name: fn(conn, q, value, filters) -> q}`` (a tuple of names: one function applies them all)."""
    date: Any = None
    docs: Callable | None = None
    own: dict = field(default_factory=dict)


def apply(conn: Connection, q, f: dict, t: Target):
    """``q`` with every filter of ``f`` applied. A filter that no piece applied is a bug of the query layer
    (a filter promised but ignored), never silently passed over."""
    done = set()
    for names, fn in t.own.items():
        names = names if isinstance(names, tuple) else (names,)
        hit = [n for n in names if n in f]
        if hit:
            q = fn(conn, q, f[hit[0]], f)
            done.update(names)
    if t.date is not None and ("since" in f or "until" in f) and not done & {"since", "until"}:
        clause = date_clause(t.date, f)
        if clause is not None:
            q = q.where(clause)
        done |= {"since", "until"}
    rest = {k: v for k, v in f.items() if k not in done}
    conds, used = doc_conditions(conn, rest)
    if conds:
        if t.docs is None:
            q = q.where(*conds)
        else:
            q = q.where(t.docs(select(D.id).where(*conds)))
    done |= used
    done.add("include_undated")  # only modifies since/until
    left = set(f) - done
    if left:
        raise RuntimeError(f"filters accepted but not applied: {', '.join(sorted(left))}")
    return q


def filters_of(list_name: str, given: dict) -> dict:
    """The filters given to a list function (keyword arguments), checked against the table."""
    return F.check(list_name, {k: v for k, v in given.items() if v is not None})
