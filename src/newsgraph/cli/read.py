"""Reading commands: search, actors, actor, quotes, quote, events, timeline, stories, story, document, stats. Each is
a thin layer over the query layer (store/queries/); the list commands take their filters from the one table
(store/filters.py, through cli/filters.py), so `newsgraph quotes --help` lists exactly what the API's /quotes
takes."""
from __future__ import annotations

import json
import sys
from typing import Optional

import typer

from . import app
from .corpus import Page, _db_opt, _fail, _fmt_opt, _known_actor, _limit_opt, _offset_opt, _open, _query
from .filters import filter_options
from .output import Out, emit, heading, mark_published

def _sort_opt(list_name: str):
    """--sort with the orders the list takes (store/filters.py: the same as the API's ``sort``)."""
    from ..store import filters as F
    return typer.Option(F.sorts_of(list_name)[0], "--sort", metavar="|".join(F.sorts_of(list_name)),
                        help=F.sort_help(list_name))


def _names_known(store, filters: dict, *names: str) -> None:
    for n in names:
        _known_actor(store, filters.get(n))


def _short(s: str | None, n: int = 140) -> str | None:
    if s is None:
        return None
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1] + "…"


def _page_json(obj) -> None:
    sys.stdout.write(json.dumps(obj, ensure_ascii=False, indent=1) + "\n")


@app.command()
@filter_options("search", skip=("about",))
def search(
    words: list[str] = typer.Argument(..., metavar="WORDS", help="Words to find (all of them) in titles and clean "
                                      "texts; a Russian word finds all its forms (Путина finds Путин, Путину; "
                                      "Песковым finds Песков); a word ending in * is a prefix (sanction* finds "
                                      "sanctions)."),
    db: Optional[str] = _db_opt(),
    limit: int = _limit_opt(20), offset: int = _offset_opt(),
    format: Out = _fmt_opt(), filters: dict = None,
) -> None:
    """Full-text search over the stored documents, best match first (FTS5 / PostgreSQL tsvector)."""
    from ..store import queries as Q
    text = " ".join(words)
    if not any(ch.isalnum() for ch in text):  # (the query layer's "--about: the text has no words" named an option
        _fail("give words to search for" + (f" ({text[:40]!r} has none)" if text.strip() else ""))  # search has
        # not: tryout r24)
    with _open(db) as store:
        _names_known(store, filters, "actor")
        page = _query(Q.search, store, text, limit=limit, offset=offset, **filters)
    for it in page["items"]:  # an original's canonical_id is its own id: only a copy names another
        it["copy_of"] = it.get("canonical_id") if it.get("is_duplicate") else None
    emit(page, [("id", "id"), ("published", "published"), ("outlet", "outlet"), ("title", "title"),
                ("snippet", "match"), ("copy_of", "copy of")], format, title=f"search: {text}")


@app.command()
@filter_options("actors", skip=("name",))
def actors(
    name: Optional[str] = typer.Argument(None, help="Only actors with this name, alias or name part."),
    db: Optional[str] = _db_opt(),
    sort: str = _sort_opt("actors"),
    limit: int = _limit_opt(20), offset: int = _offset_opt(),
    format: Out = _fmt_opt(), filters: dict = None,
) -> None:
    """List the actors of the corpus (one per person/organisation/place, all spellings merged), most documents
    first.

    `--sort quotes`: the most quoted first (who is quoted most)."""
    from ..store import queries as Q
    with _open(db) as store:
        page = _query(Q.list_actors, store, name=name, sort=sort, limit=limit, offset=offset, **filters)
    emit(page, [("id", "id"), ("name", "name"), ("type", "type"), ("role", "role"), ("n_docs", "docs"),
                ("n_quotes", "quotes"), ("aliases", "aliases")], format, title="actors")


@app.command()
def actor(
    name: str = typer.Argument(..., help="A name in any spelling, an alias, a surname or an actor id."),
    db: Optional[str] = _db_opt(),
    limit: int = typer.Option(10, "--limit", "-n", metavar="N", help="Items per section."),
    format: Page = typer.Option(Page.table, "--format", "-f", help="table (readable) or json (everything)."),
) -> None:
    """One actor's page: role, aliases, quotes, events as actor and as target, co-occurring actors, documents."""
    from ..store import queries as Q
    with _open(db) as store:
        a = _query(Q.get_actor, store, name, limit=limit)
    if a is None:
        _fail(f"no actor named {name!r}")
    if format is Page.json:
        return _page_json(a)
    heading(f"{a['name']} ({a['type']}) {a['role'] or ''}")
    heading(f"id {a['id']} · {a['n_docs']} documents · {a['n_quotes']} quote reports · "
            f"{a['first_date'] or 'undated'} .. {a['last_date'] or 'undated'}")
    heading("aliases: " + ", ".join(a["aliases"]))
    if a["others"]:
        heading("also matching: " + ", ".join(f"{o['name']} ({o['id']})" for o in a["others"]))
    aid = a["id"]
    mark_published(a["quotes"]["items"])
    sections = [("quotes", [("when", "date"), ("text", "quote"), ("n_reports", "reports"),
                            ("first_report.outlet", "first reported by")], f"newsgraph quotes --speaker {aid}"),
                ("events_as_actor", [("date", "date"), ("type", "type"), ("factuality", "as"), ("targets", "target"),
                                     ("evidence", "evidence")], f"newsgraph events --actor {aid} --role actor"),
                ("events_as_target", [("date", "date"), ("type", "type"), ("factuality", "as"), ("actors", "actor"),
                                      ("evidence", "evidence")], f"newsgraph events --actor {aid} --role target"),
                ("documents", [("published", "published"), ("outlet", "outlet"), ("title", "title")],
                 f"newsgraph documents --actor {aid}")]
    for key, cols, cmd in sections:
        emit(a[key], cols, Out.table, title=key.replace("_", " "), more_hint="")
        if a[key]["more"]:
            print(f"  … {a[key]['more']} more: {cmd}")
    emit(a["co_actors"], [("name", "name"), ("type", "type"), ("n", "shared docs")], Out.table, title="appears with")


@app.command()
@filter_options("documents")
def documents(
    db: Optional[str] = _db_opt(),
    sort: str = _sort_opt("documents"),
    limit: int = _limit_opt(20), offset: int = _offset_opt(),
    format: Out = _fmt_opt(), filters: dict = None,
) -> None:
    """The stored documents, newest first (undated ones last)."""
    from ..store import queries as Q
    with _open(db) as store:
        _names_known(store, filters, "actor")
        page = _query(Q.list_documents, store, sort=sort, limit=limit, offset=offset, **filters)
    if format not in (Out.json, Out.csv):  # a web archive's page without a date of its own: its capture date, said
        for d in page["items"]:
            if d.get("published_from") == "capture":
                d["published"] = f"{d['published']} (captured)"
    emit(page, [("id", "id"), ("published", "published"), ("outlet", "outlet"), ("title", "title"),
                ("n_quotes", "quotes"), ("n_events", "events")], format, title="documents",
         csv_extra=("captured", "published_from"))


@app.command()
@filter_options("quotes")
def quotes(
    db: Optional[str] = _db_opt(),
    reports: bool = typer.Option(False, "--reports", help="JSON: include every report of each quote."),
    sort: str = _sort_opt("quotes"),
    limit: int = _limit_opt(20), offset: int = _offset_opt(),
    format: Out = _fmt_opt(), filters: dict = None,
) -> None:
    """Who said what: each statement once, with how many articles reported it and who reported it first
    (`newsgraph quote ID` lists every report)."""
    from ..store import queries as Q
    with _open(db) as store:
        _names_known(store, filters, "speaker")
        page = _query(Q.list_quotes, store, reports=reports, sort=sort, limit=limit, offset=offset, **filters)
    shown, when = "speaker_name", "date"
    if format is Out.table:  # every speaker a report names: "Jeb Bush, Chris Christie"
        shown, when = "speakers_shown", "when"
        for q in page["items"]:
            q[shown] = ", ".join(q.get("speakers") or []) or q.get("speaker_name")
        mark_published(page["items"])  # a publication day is no day the words were said
    # the cue beside the words: "questioned", "denied", "опроверг" say how they were said
    emit(page, [("id", "id"), (when, "date"), (shown, "speaker"), ("cue", "cue"), ("text", "quote"),
                ("n_reports", "reports"), ("first_report.outlet", "first reported by")], format, title="quotes",
         csv_extra=("date_source", "speakers", "speaker_id", "kind", "first_report.doc_id", "first_report.date",
                    "first_report.title", "first_report.url"))


@app.command()
def quote(
    quote_id: str = typer.Argument(..., help="A quote id (the id column of `newsgraph quotes`)."),
    db: Optional[str] = _db_opt(),
    format: Page = typer.Option(Page.table, "--format", "-f", help="table (readable) or json (everything)."),
) -> None:
    """One quote and every report of it: outlet, date, article, the exact sentence; the first report first."""
    from ..store import queries as Q
    with _open(db) as store:
        q = Q.get_quote(store, quote_id)
    if q is None:
        _fail(f"no quote {quote_id!r} (see `newsgraph quotes`)")
    if format is Page.json:
        return _page_json(q)
    from ..render import in_marks
    heading(in_marks(q["text"], q.get("kind")))
    heading(f"— {', '.join(q.get('speakers') or []) or q['speaker'] or 'unknown speaker'} ({q['kind']}, "
            f"{q['cue'] or 'said'}), {q['date'] or 'undated'}"
            f"{' (published: the text does not date the words)' if q.get('date_source') == 'published' else ''}; "
            f"{q['n_reports']} report{'s' if q['n_reports'] != 1 else ''}")
    for i, r in enumerate(q["reports"]):
        r["first"] = "first" if i == 0 else ""
    for r in q["reports"]:
        r["published_day"] = (r.get("published") or "")[:10] or None
    emit(q["reports"], [("first", ""), ("published_day", "published"), ("date", "said"), ("outlet", "outlet"),
                        ("title", "article"),
                        ("doc_id", "document"), ("text", "as reported"), ("reported_by", "credits")], Out.table,
         title="reports")


@app.command()
@filter_options("events")
def events(
    db: Optional[str] = _db_opt(),
    with_copies: bool = typer.Option(False, "--with-copies", help="Also the events a near-duplicate copy "
                                     "repeats from its original (left out by default; a copy's own new sentences "
                                     "always count)."),
    sort: str = _sort_opt("events"),
    limit: int = _limit_opt(20), offset: int = _offset_opt(),
    format: Out = _fmt_opt(), filters: dict = None,
) -> None:
    """Who did what to whom: PLOVER events, newest first (undated ones last)."""
    from ..store import queries as Q
    if not with_copies:
        filters["originals"] = True
    with _open(db) as store:
        _names_known(store, filters, "actor")
        page = _query(Q.list_events, store, sort=sort, limit=limit, offset=offset, **filters)
    when = "date"
    if format is Out.table:  # a publication day is no day the text gives for the event: marked
        when = "when"
        mark_published(page["items"])
    emit(page, [(when, "date"), ("type", "type"), ("mode", "mode"), ("actors", "actor"), ("targets", "target"),
                ("location", "where"), ("factuality", "factuality"), ("source", "claimed by"),
                ("evidence", "evidence")], format, title="events",
         csv_extra=("date_source", "doc_id", "id", "uid", "outlet", "title", "url", "source_id", "trigger", "start",
                    "end"))


def _what(it: dict) -> str:
    if it["entry"] == "quote":
        from ..render import said_line
        return said_line(it.get("speaker"), it.get("kind"), it.get("cue"), _short(it.get("text")) or "")
    from .output import cell
    who = cell(it.get("actors")) or "?"
    whom = f" -> {cell(it['targets'])}" if it.get("targets") else ""
    fact = f" [{it['factuality']}]" if it.get("factuality") not in (None, "asserted") else ""
    return f"{it.get('type')}{fact}: {who}{whom} ({_short(it.get('evidence'), 100) or ''})"


@app.command()
@filter_options("timeline", skip=("actor",))
def timeline(
    name: Optional[str] = typer.Argument(None, help="An actor (any spelling)."),
    db: Optional[str] = _db_opt(),
    with_copies: bool = typer.Option(False, "--with-copies", help="Also the events a near-duplicate copy "
                                     "repeats from its original (left out by default)."),
    sort: str = _sort_opt("timeline"),
    limit: int = _limit_opt(100), offset: int = _offset_opt(),
    format: Out = _fmt_opt(), filters: dict = None,
) -> None:
    """The quotes and events of an actor (or of a story: --story ID) in date order, oldest first (--sort date:
    newest first), undated ones last."""
    from ..store import queries as Q
    if not name and not filters.get("story"):
        _fail("give an actor name or --story ID")
    if not with_copies:
        filters["originals"] = True
    with _open(db) as store:
        _known_actor(store, name)
        if filters.get("story") and Q.get_story(store, filters["story"], limit=1) is None:
            _fail(f"no story {filters['story']!r} (see `newsgraph stories`)")
        page = _query(Q.timeline, store, actor=name, sort=sort, limit=limit, offset=offset, **filters)
    for it in page["items"]:
        it["what"] = _what(it)
        if "doc_id" not in it:  # a quote's document: the first one reporting it (as the quotes CSV has it)
            it["doc_id"] = (it.get("first_report") or {}).get("doc_id")
        it.setdefault("uid", it.get("id"))  # an event's id is its document's ("v10"); its uid names both
    when = "date"
    if format is Out.table:
        when = "when"
        mark_published(page["items"])  # (a quote's or an event's publication day, marked)
    # CSV: what the table's "(published)" mark says (date_source) and what traces a row to its article
    emit(page, [(when, "date"), ("entry", "entry"), ("what", "what")], format,
         title=f"timeline: {name or filters.get('story')}", csv_extra=("date_source", "uid", "doc_id"))


@app.command()
@filter_options("stories")
def stories(
    db: Optional[str] = _db_opt(),
    limit: int = _limit_opt(20), offset: int = _offset_opt(),
    format: Out = _fmt_opt(), filters: dict = None,
) -> None:
    """Story clusters: articles about the same story grouped, largest and latest first."""
    from ..store import queries as Q
    with _open(db) as store:
        _names_known(store, filters, "actor")
        page = _query(Q.list_stories, store, limit=limit, offset=offset, **filters)
    emit(page, [("id", "id"), ("title", "title"), ("first_date", "from"), ("last_date", "to"), ("n_docs", "docs"),
                ("outlets", "outlets")], format, title="stories")


@app.command()
def story(
    story_id: str = typer.Argument(..., help="A story id (see `newsgraph stories`)."),
    db: Optional[str] = _db_opt(),
    limit: int = _limit_opt(20), offset: int = _offset_opt(),
    format: Page = typer.Option(Page.table, "--format", "-f", help="table (readable) or json (everything)."),
) -> None:
    """One story: its first report, documents and outlets, actors and timeline (--limit items of each, from
    --offset)."""
    from ..store import queries as Q
    with _open(db) as store:
        s = _query(Q.get_story, store, story_id, limit=limit, offset=offset)
    if s is None:
        _fail(f"no story {story_id!r}")
    if format is Page.json:
        return _page_json(s)
    heading(f"{s['title']}")
    heading(f"{s['first_date'] or 'undated'} .. {s['last_date'] or 'undated'} · {s['n_docs']} documents; outlets: "
            f"{', '.join(s['outlets']) or 'unknown'}")
    fr = s["first_report"]
    if fr:
        heading(f"first report: {fr['outlet'] or fr['source']}, {fr['published'] or 'undated'}: "
                f"{fr['title'] or 'untitled'} ({fr['id']})")
    for it in s["documents"]["items"]:
        it["copy"] = f"copy of {it['canonical_id']}" if it["is_duplicate"] else ""
    for it in s["timeline"]["items"]:
        it["what"] = _what(it)
    mark_published(s["timeline"]["items"])
    emit(s["documents"], [("published", "published"), ("outlet", "outlet"), ("title", "title"), ("id", "id"),
                          ("copy", "near-duplicate")], Out.table, title="documents")
    emit(s["actors"], [("name", "actor"), ("type", "type"), ("weight", "docs")], Out.table, title="actors")
    emit(s["timeline"], [("when", "date"), ("entry", "entry"), ("what", "what")], Out.table, title="timeline")


@app.command()
def document(
    doc_id: str = typer.Argument(..., help="A document id."),
    db: Optional[str] = _db_opt(),
    format: Page = typer.Option(Page.table, "--format", "-f", help="table (a readable summary: quotes, events, "
                                "actors, copies; as every other page) or json (the document and its full analysis "
                                "record)."),
) -> None:
    """One stored document with its analysis record, copies, near-duplicates and story."""
    from ..store import queries as Q
    with _open(db) as store:
        d = Q.get_document(store, doc_id)
    if d is None:
        _fail(f"no document {doc_id!r}")
    if format is Page.json:
        return _page_json(d)
    rec = d["record"] or {}
    heading(f"{d['title'] or '(untitled)'}")
    heading(f"{d['outlet'] or 'unknown outlet'} · {d['published'] or 'undated'} · {d['language'] or '?'} · "
            f"{d['url'] or d['source']}")
    heading(f"{d['n_words']} words, {d['n_quotes']} quotes, {d['n_events']} events; "
            + (f"an earlier version of the page: now {d['superseded_by']}" if d.get("superseded_by") else
               f"near-duplicate of {d['canonical_id']}" if d["is_duplicate"] else "original")
            + (f"; story {d['story']['id']}: {d['story']['title']}" if d["story"] else "")
            + (f"; {len(d['copies'])} exact copies" if d["copies"] else ""))
    ents = sorted(rec.get("entities") or [], key=lambda e: -len(e.get("mentions") or []))
    emit([dict(e, n=len(e.get("mentions") or [])) for e in ents],
         [("id", "id"), ("type", "type"), ("name", "name"), ("role", "role"), ("n", "mentions")], Out.table,
         title="actors and entities")
    emit(rec.get("quotes") or [], [("id", "id"), ("speaker", "speaker"), ("kind", "kind"), ("text", "quote"),
                                   ("reported_by", "credits")], Out.table, title="quotes")
    emit(rec.get("events") or [], [("id", "id"), ("type", "type"), ("actors", "actor"), ("targets", "target"),
                                   ("factuality", "factuality"), ("evidence", "evidence")], Out.table,
         title="events")


@app.command()
def stats(db: Optional[str] = _db_opt(), format: Out = _fmt_opt()) -> None:
    """Counts of what the store holds."""
    from ..store import queries as Q
    with _open(db) as store:
        s = Q.stats(store)
    emit([{"what": k, "n": v} for k, v in s.items()] if format is not Out.json else s,
         [("what", "what"), ("n", "n")], format, title="store")

