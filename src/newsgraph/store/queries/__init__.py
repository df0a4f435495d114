"""THE query layer: every read the CLI, the HTTP API and the web UI make goes through these functions.

Conventions (the same for every function):

- First argument: an open :class:`newsgraph.store.Store` (``newsgraph.store.open_store(url)``).
- Every list function takes ``limit`` (default 20, capped at 1000), ``offset`` (default 0), ``sort`` (``date``:
  newest first, undated items last in the order they were stored; ``ingested``: latest stored first) and the
  filters of its list, keyword arguments written once in a table (:mod:`newsgraph.store.filters`: ``LISTS``
  says which list takes which, ``FILTERS`` what each means). It returns a **page**: ``{"items": [dict, ...],
  "total": int, "limit": int, "offset": int, "more": int}`` (``more``: items after this page; nothing is ever
  cut silently).
- The filters: ``about`` (full-text: FTS5 on SQLite, tsvector on PostgreSQL), ``speaker`` / ``actor`` (a name
  in any spelling or alias, a surname, or an actor id), ``type``, ``kind``, ``factuality``, ``role``,
  ``outlet`` (case-insensitive substring of the document's outlet; for quotes also a credited outlet),
  ``language``, ``since`` / ``until`` (ISO dates, inclusive, on the item's own date), ``include_undated``,
  ``ingested_since`` / ``ingested_until`` (the time a document was stored), ``story``, ``min_docs``,
  ``originals``. An unknown filter or a bad value raises ``ValueError`` naming the known ones.
- A list takes a fixed number of queries whatever its length (no query per row).
- Every value is a plain JSON-serialisable type (str, int, float, None, list, dict). Dates are ISO strings.
- Unknown ids return ``None`` (single-object functions) or an empty page.

Item shapes (keys always present, values may be None):

- document: id, title, outlet, url, source, published, language, n_words, n_quotes, n_events, canonical_id,
  is_duplicate (near-duplicate of another, earlier document), story_id, similarity, ingested, name (its title,
  else its text's first line, as an untitled story is named), snippet and score (search only)
- actor: id, name, type, role, aliases [str], n_docs, n_mentions, n_quotes, first_date, last_date
- quote: id, text, kind, speaker, speaker_id, cue, date, n_reports, first_report (report), reports [report]
  (get_quote, or ``reports=True``); report: doc_id, local_id, text (the sentence as that article has it),
  outlet, reported_by [str], date, start, end, title, url, published, ingested, speaker, kind, cue, source, name
  (as a document's)
- event: doc_id, id (local id within the document), type, mode, actors [{id, name}], targets [{id, name}],
  location, date, trigger, evidence, start, end, factuality, source_id, outlet, title
- story: id, title, first_date, last_date, n_docs, outlets [str]
- timeline / feed item: entry ("quote" | "event") plus the quote or event fields (feed: ``stored``)
"""
from __future__ import annotations

from .actors import co_actors, find_actor, get_actor, list_actors, talks_about
from .base import MAX_LIMIT, actor_ids, actors_by_ids
from .documents import get_document, list_documents, search
from .events import actor_names, entity_actors, list_events, refs
from .graph import graph, stats
from .quotes import get_quote, list_quotes, quote_months, speaker_name, speaker_refs
from .stories import get_story, list_stories
from .timeline import add_stored, feed, timeline

LIST_FUNCTIONS = {"documents": list_documents, "actors": list_actors, "quotes": list_quotes,
                  "events": list_events, "stories": list_stories, "timeline": timeline, "feed": feed}

__all__ = ["LIST_FUNCTIONS", "MAX_LIMIT", "actor_ids", "actor_names", "actors_by_ids", "add_stored", "co_actors",
           "entity_actors", "feed", "find_actor", "get_actor", "get_document", "get_quote", "get_story", "graph",
           "list_actors", "list_documents", "list_events", "list_quotes", "list_stories", "quote_months", "refs",
           "search", "speaker_name", "speaker_refs", "stats", "talks_about", "timeline"]
