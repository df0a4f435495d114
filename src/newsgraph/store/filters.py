"""The filters of every list, written once (datasette's ``Filters`` idea).

One table (:data:`FILTERS`) says what each filter is (its kind, its help, its choices); :data:`LISTS` says which
filters each list takes. Everything else is derived from these two tables:

- the query layer (``store/queries/``) checks the filters it is given with :func:`check` (an unknown filter or a
  bad value is a ``ValueError`` naming the known ones) and applies each through one SQL piece per filter
  (``queries/where.py``); a filter a list declares but does not apply is an error, not a silent no-op;
- the HTTP API reads a list's query string with :func:`from_query` (unknown parameters are a 422 naming the
  known ones) and documents the parameters in OpenAPI with :func:`openapi_parameters`;
- the CLI builds each list command's options from :func:`cli_options`;
- the web UI draws each list's filter form from :func:`form_fields`.

Values are strings from a URL or a command line, or Python values; :func:`check` turns them into what the SQL
pieces compare with (dates as ISO strings, ingest times as UTC ISO timestamps, types upper-cased, flags as bools).
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

MAX_TEXT = 200  # characters of a text filter


@dataclass(frozen=True)
class Filter:
    """One filter. ``kind``: words (full-text words), name (an actor in any spelling, or an id), text (a
    substring), date (ISO day, month or year), stamp (an ingest time: ISO date or date-time, UTC when no zone),
    choice (one of ``choices``), int (>= ``minimum``), flag (yes/no)."""
    name: str
    kind: str
    help: str
    label: str
    metavar: str = "TEXT"
    choices: tuple[str, ...] = ()
    minimum: int = 0
    short: str | None = None


_TYPES_OF_ACTORS = ("PERSON", "ORG", "GPE", "LOC", "MEDIA", "GROUP", "NORP", "FAC", "EVENT", "MISC")
FACTUALITY = ("asserted", "planned", "proposed", "possible", "negated")
QUOTE_KINDS = ("direct", "indirect", "mixed")
ROLES = ("actor", "target", "location", "source")

FILTERS: dict[str, Filter] = {f.name: f for f in [
    Filter("about", "words", 'Words in the text, all of them (full-text; word* for a prefix, "two words" a phrase).',
           "About", "WORDS", short="-a"),
    Filter("name", "text", "A name, alias or part of a name.", "Name", "NAME"),
    Filter("speaker", "name", "Who said it: any spelling, alias, surname or actor id.", "Speaker", "NAME",
           short="-s"),
    Filter("actor", "name", "An actor named (any spelling, alias, surname or actor id).", "Actor", "NAME"),
    Filter("role", "choice", "With --actor: only as actor, target, location or source (the quote's speaker).",
           "Role", "ROLE", ROLES),
    Filter("type", "choice", "A type.", "Type", "TYPE", short="-t"),
    Filter("kind", "choice", "direct, indirect or mixed speech.", "Kind", "KIND", QUOTE_KINDS),
    Filter("factuality", "choice", "asserted, planned, proposed, possible or negated.", "Factuality", "FACT",
           FACTUALITY),
    Filter("outlet", "text", "Reported by this outlet (a part of its name; for quotes also an outlet the text "
           "credits).", "Outlet", "OUTLET"),
    Filter("language", "text", "The document's language (ISO code: en, ru, uk...).", "Language", "LANG"),
    Filter("since", "date", "On or after this date (2025-09-04, 2025-09 or 2025): published, or the quote's or "
           "event's own date.", "Since", "DATE"),
    Filter("until", "date", "On or before this date (inclusive: 2025-09 is the whole month).", "Until", "DATE"),
    Filter("include_undated", "flag", "With --since/--until: also the items without a date.", "Undated too"),
    Filter("ingested_since", "stamp", "Stored on or after this time (ISO date or date-time, UTC unless a zone "
           "is given).", "Stored since", "TIME"),
    Filter("ingested_until", "stamp", "Stored before this time.", "Stored before", "TIME"),
    Filter("story", "text", "In this story (a story id, see `newsgraph stories`).", "Story", "ID"),
    Filter("min_docs", "int", "At least this many documents.", "Min. docs", "N", minimum=1),
    Filter("originals", "flag", "Leave out near-duplicate copies (for events: the events a copy repeats from its "
           "original).", "Originals only"),
]}

# Options of a list that are not filters (pages and order); every surface takes them too. A list's orders are its
# ListSpec's ``sorts`` (the first is the default), each with its help.
SORTS = ("date", "ingested")
SORT_HELP = {"date": "newest first, undated last (latest stored first)", "ingested": "latest stored first",
             "oldest": "oldest first, undated last (in the order stored)",
             "docs": "most documents first", "quotes": "most quoted first (reports of their quotes)",
             "size": "most documents first, then latest"}
PAGE_PARAMS = ("limit", "offset", "sort")


@dataclass(frozen=True)
class ListSpec:
    """The filters one list takes, with the list's own wording of some (``notes``: name -> help; ``choices``:
    name -> choices) and the API's other names of some parameters (``aliases``: given name -> filter)."""
    filters: tuple[str, ...]
    notes: Mapping[str, str] = field(default_factory=dict)
    choices: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    aliases: Mapping[str, str] = field(default_factory=dict)
    required: tuple[str, ...] = ()
    sorts: tuple[str, ...] = SORTS


_DOCS = ("about", "actor", "outlet", "since", "until", "include_undated", "language", "ingested_since",
         "ingested_until", "story", "originals")


def _plover() -> tuple[str, ...]:
    from ..understand.events.codebook import TYPES
    return tuple(TYPES)


_PUBLISHED = {"since": "Published on or after this date (2025-09-04, 2025-09 or 2025).",
              "until": "Published on or before this date (inclusive: 2025-09 is the whole month)."}
LISTS: dict[str, ListSpec] = {
    "documents": ListSpec(_DOCS, notes={"about": "Words in the title or text (full-text; word* for a prefix, "
                                                  '"two words" a phrase).',
                                        "actor": "Documents naming this actor.", **_PUBLISHED}),
    "search": ListSpec(_DOCS, aliases={"q": "about"}, required=("about",),
                       notes={"about": "Words to find, all of them, in titles and texts (word* for a prefix, "
                                       '"two words" a phrase).',
                              **_PUBLISHED}),
    "actors": ListSpec(("name", "type", "outlet", "since", "until", "include_undated", "about", "actor", "language",
                        "ingested_since", "ingested_until", "story", "min_docs"), aliases={"q": "name"},
                       choices={"type": _TYPES_OF_ACTORS}, sorts=("docs", "quotes"),
                       notes={"about": "Named in documents with these words (full-text).",
                              "type": "PERSON, ORG, GPE, LOC, MEDIA, GROUP...",
                              "outlet": "Named in documents of this outlet.",
                              "since": "Named in documents published on or after this date.",
                              "until": "Named in documents published on or before this date.",
                              "actor": "Named in the same documents as this actor.",
                              "story": "Named in this story."}),
    "quotes": ListSpec(("speaker", "about", "outlet", "since", "until", "include_undated", "kind", "language",
                        "ingested_since", "ingested_until", "story"),
                       notes={"about": "Words in the quote or its speaker's name (full-text; word* for a prefix, "
                                       '"two words" a phrase).',
                              "since": "Said on or after this date (the quote's date, else its first report's).",
                              "until": "Said on or before this date.",
                              "ingested_since": "A report of it stored on or after this time (ISO date or "
                                                "date-time, UTC unless a zone is given)."}),
    "events": ListSpec(("actor", "type", "factuality", "since", "until", "include_undated", "role", "about",
                        "outlet", "language", "ingested_since", "ingested_until", "story", "originals"),
                       choices={"type": ("PLOVER",)},
                       notes={"about": "Words in the evidence.", "actor": "An actor taking part (as actor or "
                              "target unless --role says otherwise).",
                              "type": "PLOVER type: AGREE, CONSULT, SUPPORT, REJECT, ACCUSE, ..."}),
    "stories": ListSpec(("about", "actor", "since", "until", "include_undated", "outlet", "min_docs", "language",
                         "ingested_since", "ingested_until"), sorts=("size", "date"),
                        notes={"about": "Stories with a document matching these words (full-text).",
                               "actor": "Stories naming this actor.",
                               "outlet": "Stories with a document of this outlet.",
                               "since": "Stories going on at or after this date.",
                               "until": "Stories begun on or before this date."}),
    "timeline": ListSpec(("actor", "since", "until", "type", "include_undated", "factuality", "story", "outlet",
                          "language", "ingested_since", "ingested_until", "originals"),
                         choices={"type": ("PLOVER",)}, sorts=("oldest", *SORTS),
                         notes={"actor": "Whose quotes (as speaker) and events (as actor or target).",
                                "type": "Only events of this PLOVER type.",
                                "factuality": "Only events of this factuality."}),
    # the Atom feed of new quotes and events: any of the filters of those lists
    "feed": ListSpec(("about", "actor", "story", "outlet", "language", "type", "factuality", "since", "until",
                      "include_undated", "ingested_since", "ingested_until"), choices={"type": ("PLOVER",)},
                     aliases={"q": "about", "speaker": "actor"},
                     notes={"about": "In the articles matching these words (full-text, as a search).",
                            "actor": "The quotes of this speaker and the events they take part in.",
                            "type": "Only events of this PLOVER type (no quotes)."}),
}


class FilterError(ValueError):
    """A bad filter name or value (the API answers 422, the CLI one line)."""


# Commands that select with the lists' filters without being a list themselves (CLI only; not in the API's lists)
COMMANDS: dict[str, ListSpec] = {
    "export": ListSpec(("about", "actor", "story", "since", "until", "include_undated", "ingested_since",
                        "ingested_until", "outlet", "language"),
                       notes={"about": "Only the articles with these words (full-text) and what is in them: "
                                       "the quotes they report (with those reports), their events, the actors "
                                       "they name, their stories.",
                              "actor": "Only this actor's documents, quotes (as speaker) and events; graphml: "
                                       "their neighbourhood.",
                              "story": "Only this story; graphml: its events.",
                              "outlet": "Only what this outlet reported."}),
}


def spec(list_name: str) -> ListSpec:
    return LISTS[list_name] if list_name in LISTS else COMMANDS[list_name]


def choices_of(list_name: str, name: str) -> tuple[str, ...]:
    c = spec(list_name).choices.get(name) or FILTERS[name].choices
    return _plover() if c == ("PLOVER",) else c


def help_of(list_name: str, name: str) -> str:
    return spec(list_name).notes.get(name) or FILTERS[name].help


def known(list_name: str) -> list[str]:
    """The parameter names a list takes (filters, their aliases, paging)."""
    s = spec(list_name)
    return [*s.filters, *s.aliases, *PAGE_PARAMS]


def check(list_name: str, given: Mapping[str, Any]) -> dict[str, Any]:
    """The filters ``given`` (Python values or strings) checked and normalised: ``{name: value}`` without the
    empty ones. Unknown names and bad values raise :class:`FilterError`."""
    s = spec(list_name)
    out: dict[str, Any] = {}
    for k, v in given.items():
        name = s.aliases.get(k, k)
        if name not in s.filters:
            raise FilterError(f"unknown filter {k!r} for {list_name}; known: {', '.join(known(list_name))}")
        v = _value(list_name, FILTERS[name], v)
        if v is not None and v is not False:
            if name in out and out[name] != v:
                raise FilterError(f"{name} given twice")
            out[name] = v
    for r in s.required:
        if r not in out:
            raise FilterError(f"{r}: required")
    if "role" in out and "actor" not in out:
        raise FilterError("role: give an actor too")
    if "since" in out and "until" in out and _first_day(out["since"]) > _last_day(out["until"]):
        raise FilterError(f"since {out['since']} is after until {out['until']}: nothing can match")
    return out


def _first_day(d: str) -> str:
    return (d + "-01-01")[:10] if len(d) == 4 else (d + "-01")[:10] if len(d) == 7 else d[:10]


def _last_day(d: str) -> str:
    if len(d) == 4:
        return d + "-12-31"
    if len(d) == 7:
        y, m = int(d[:4]), int(d[5:7])
        nxt = _dt.date(y + m // 12, m % 12 + 1, 1)
        return (nxt - _dt.timedelta(days=1)).isoformat()
    return d[:10]


def from_query(list_name: str, items: Iterable[tuple[str, str]], extra: Iterable[str] = ("format",)) -> dict:
    """A list's parameters from a URL's query string (pairs): ``{"filters": {...}, "limit", "offset", "sort"}``
    as given (paging is checked by the caller). Unknown parameters raise FilterError naming the known ones."""
    allowed = set(known(list_name)) | set(extra)
    seen: dict[str, str] = {}
    for k, v in items:
        if k not in allowed:
            raise FilterError(f"unknown parameter {k!r}; {list_name} takes: {', '.join(known(list_name))}")
        if k in seen and seen[k] != v:
            raise FilterError(f"parameter {k!r} given twice")
        seen[k] = v
    filters = check(list_name, {k: v for k, v in seen.items() if k not in PAGE_PARAMS and k not in extra})
    return {"filters": filters, **{k: seen[k] for k in PAGE_PARAMS if k in seen}}


_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ]\d{2}:\d{2}.*)?")
_TRUE, _FALSE = {"1", "true", "yes", "on", "y"}, {"0", "false", "no", "off", "n", ""}


def _value(list_name: str, f: Filter, v: Any) -> Any:
    if v is None:
        return None
    if f.kind == "flag":
        if isinstance(v, bool):
            return v
        s = str(v).strip().lower()
        if s in _TRUE:
            return True
        if s in _FALSE:
            return False
        raise FilterError(f"{f.name}: expected yes or no (true/false, 1/0), got {str(v)[:40]!r}")
    if f.kind == "int":
        try:
            n = int(str(v).strip())
        except ValueError:
            raise FilterError(f"{f.name}: expected a whole number, got {str(v)[:40]!r}") from None
        if not f.minimum <= n <= 10 ** 9:
            raise FilterError(f"{f.name}: expected a number from {f.minimum} to 1,000,000,000")
        return n
    s = str(v).strip()
    if not s:
        return None
    if len(s) > MAX_TEXT:
        raise FilterError(f"{f.name}: at most {MAX_TEXT} characters")
    if f.kind == "date":
        return iso_date(s, f.name)
    if f.kind == "stamp":
        return stamp(s, f.name)
    if f.kind == "choice":
        options = choices_of(list_name, f.name)
        hit = [c for c in options if c.lower() == s.lower()]
        if not hit:
            raise FilterError(f"{f.name}: {s[:40]!r} is not one of {', '.join(options)}")
        return hit[0]
    if f.kind == "words" and not re.search(r"\w", s):
        raise FilterError(f"{f.name}: the text has no words")
    return s


def iso_date(value: str, name: str) -> str:
    """An ISO date of year, month or day precision (a time after the day is allowed and ignored), checked against
    the calendar: '2025-13-01' and '2025-02-30' are errors, not silently empty results."""
    value = str(value).strip()
    m = _DATE.fullmatch(value)
    if m:
        try:
            _dt.date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
        except ValueError as exc:
            raise FilterError(f"{name}: {value!r} is not a date ({exc})") from None
        return value[:10]
    raise FilterError(f"{name}: expected an ISO date like 2025-09-04, 2025-09 or 2025, got {value[:40]!r}")


def until_bound(value: str) -> str:
    """An inclusive upper bound on ISO dates: '2025-09' covers the whole month."""
    return value + "\uffff"


def now_stamp() -> str:
    """The current time as stored in ``documents.ingested``: UTC, microseconds, ``Z`` (sorts as a string)."""
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def stamp(value: str, name: str = "time") -> str:
    """An ISO date or date-time as a stored ingest time (UTC, ``...T..:..:...ffffffZ``); no zone means UTC."""
    v = str(value).strip()
    try:
        t = _dt.datetime.fromisoformat(v[:-1] + "+00:00" if v.endswith(("Z", "z")) else v)
    except ValueError:
        raise FilterError(f"{name}: expected an ISO date or date-time like 2025-09-04 or 2025-09-04T18:30:00Z, "
                          f"got {v[:40]!r}") from None
    if t.tzinfo is None:
        t = t.replace(tzinfo=_dt.timezone.utc)
    try:
        t = t.astimezone(_dt.timezone.utc)
    except (OverflowError, ValueError):
        raise FilterError(f"{name}: {v[:40]!r} is out of range") from None
    return t.strftime("%Y-%m-%dT%H:%M:%S.%fZ")


# -- what each surface draws from the table --------------------------------------------------------------------------
def openapi_parameters(list_name: str) -> list[dict]:
    """The OpenAPI description of a list's filters (query parameters)."""
    out = []
    s = spec(list_name)
    for name in s.filters:
        f = FILTERS[name]
        schema: dict = {"type": {"flag": "boolean", "int": "integer"}.get(f.kind, "string")}
        if f.kind == "choice":
            schema["enum"] = list(choices_of(list_name, name))
        elif f.kind == "int":
            schema["minimum"] = f.minimum
        elif f.kind not in ("flag",):
            schema["maxLength"] = MAX_TEXT
        if f.kind == "date":
            schema["pattern"] = r"^\d{4}(-\d{2}(-\d{2})?)?$"
        out.append({"name": name, "in": "query", "required": name in s.required, "schema": schema,
                    "description": help_of(list_name, name)})
    for alias, name in s.aliases.items():
        out.append({"name": alias, "in": "query", "required": False, "schema": {"type": "string"},
                    "description": f"the same as {name}"})
    out.append({"name": "sort", "in": "query", "required": False,
                "schema": {"type": "string", "enum": list(sorts_of(list_name))}, "description": sort_help(list_name)})
    return out


def sorts_of(list_name: str) -> tuple[str, ...]:
    """The orders a list takes, its default first."""
    return LISTS[list_name].sorts


def sort_help(list_name: str) -> str:
    return "; ".join(f"{s}: {SORT_HELP[s]}" for s in sorts_of(list_name)) + f" (default {sorts_of(list_name)[0]})."


def form_fields(list_name: str, skip: Iterable[str] = ()) -> list[dict]:
    """The web form of a list's filters: [{name, label, kind, choices, help}] in the table's order."""
    return [{"name": n, "label": FILTERS[n].label, "kind": FILTERS[n].kind, "help": help_of(list_name, n),
             "choices": choices_of(list_name, n) if FILTERS[n].kind == "choice" else ()}
            for n in spec(list_name).filters if n not in set(skip)]
