"""Scheduled events named in a document's title and lead (corpus/data/story_events.tsv): a party convention, a debate,
a state's primary or caucus, a named voting day.

A scheduled event is one happening whose coverage is wide: previews in its last days, the live pages, each speech,
the protests around the hall, the recaps, the fact-checks and the reactions. Those articles share the event's name far
more than they share lead words (a convention speech on guns and a report on the protests outside have "Democratic
National Convention" in common, little else). A document whose title or lead sentence names one event, or whose
lead keeps naming it, gets the event as a term of its content vector (``event_term``: ``#event:<class>:<qualifier>``,
e.g. ``#event:convention:democratic``; ``#event:vote:iowa``, a state's voting day whichever party's contest is
named). Two documents sharing it add EVENT_CAP to their similarity (corpus/stories.py ``shared``) where a word adds
at most TERM_CAP: two documents within the story window that both centre on the Democratic convention share the
happening. The event is told apart by its qualifier (the party, the state) and by time (the window): "the primary"
without a state (the race itself, a standing topic) names no event; "the debate" without a party is a weaker mark
(WEAK_EVENTS: words must add a little).

Not every mention names the happening of the article's days. A state party's convention ("the Massachusetts Democratic
state party convention") is another event than the party's national convention; an event the sentence places a month
or more away ("next month's national convention", "last year's convention") is not the happening of these days (its
previews join it only in its final week). Neither mention counts. Nor does an event named as the backdrop of
another happening (``_centred``: named as often as another event, or only in passing below the lead sentence),
unless the document's own happening took place at it (``placed_at``: "accepted the nomination at the convention"). And
"the convention" or "the debate" without a party
is resolved as a reader resolves it from the news of those days (``unnamed_event``; store/story_rows.py): the one
party's convention or debate the documents within the story window centre on, when there is exactly one.
"""
from __future__ import annotations

from datetime import date
import re
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).parent / "data" / "story_events.tsv"
EVENT_PREFIX = "#event:"
EVENT_MIN_MENTIONS = 2  # mentions of the event (a title's count twice) that make it what the document is about
BACKDROP_MIN_MENTIONS = 3  # the same for an event named only after the lead sentence (see _centred)
EVENT_LEAD_WORDS = 40  # the lead sentence: a mention in the first words counts as a title's (twice)
EVENT_WEIGHT = 6.0  # the event term's count in the document's term counts (a title word counts TITLE_WEIGHT)
WEAK_EVENTS = {"debate"}  # classes whose unqualified mention still names an event (two debates of two parties can
# be days apart: the unqualified event term adds only WEAK_EVENT_CAP, corpus/stories.py)
WEAK_MIN_MENTIONS = 3
QUALIFIER_WORDS = 4  # words before the event's noun read for its qualifier ("the Republican National Convention")
ONE_EVENT_CLASSES = {"convention", "debate"}  # one event per party at a time: an article placing it far is about that
RESOLVED_CLASSES = {"convention", "debate"}  # classes whose unnamed mention ("the convention") the window resolves;
# not a vote: "the primary" without a state is the race itself (a standing topic)
# a mention placed a month or more from the article's days: another time's event
_FAR = re.compile(r"\b(?:next|last|past|previous|coming)\s+(?:month|year|summer|fall|autumn|winter|spring)(?:['’]s)?\b|"
                  r"\bmonths?\s+(?:away|ago|from now|ahead|earlier|later)\b", re.I)
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
# a month (and day) named right after the event's noun ("the party's convention in July", "the debate on March 3")
# or a year inside the noun phrase before it ("the contested 1976 convention", "the 2004 Democratic convention"):
# another time's event when it is a month or more from the article's date, or not the article's year
_MONTH_AFTER = re.compile(r"^(?:in|on|this|next)\s+(" + "|".join(_MONTHS) + r")\b(?:\s+(\d{1,2})(?:st|nd|rd|th)?\b)?",
                          re.I)
FAR_DAYS = 25  # days between a dated mention and the article that make it another time's event
MID_MONTH = 15  # the day a month named without one is taken at ("in July": about July 15)
_YEAR_BEFORE = re.compile(r"\b((?:19|20)\d\d)\b")
_NP_WORDS = {"national", "presidential", "party", "party's", "vice", "vice-presidential", "primary", "'s", "’s"}
_OTHER_LEVEL = re.compile(r"\b(?:state|county|district|city|local|youth|student)\b", re.I)  # a state party's convention
AFTER_WORDS = 5  # words after the event's noun read for a far-off time ("the convention next month")
# a poll's release in the headline ("Poll: …", "New poll shows …", "Poll finds …", "Clinton's poll numbers …"): the
# poll is the news; an event it names is its time ("days before the convention", "heading into the debate") unless
# the poll measures the event's effect ("post-debate bump", "after the convention", "bounce since the debate")
_POLL_HEADLINE = re.compile(r"^\s*(?:new\s+)?poll\s*:|^\s*new\s+(?:\S+\s+){0,3}polls?\b|\bpolls?\s+(?:shows?|finds?|"
                            r"says|suggests?|gives|puts)\b|\bpoll\s+numbers\b", re.I)
_EFFECT = re.compile(r"\bpost-(?:\w+\s*)?$|\bafter\b|\bsince\b|\bfollowing\b|\bbounce|\bbump", re.I)


@lru_cache(maxsize=1)
def _tables():
    nouns, parties, kinds, states, days, day_dates = [], [], [], [], [], {}
    for line in DATA.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        kind, value, *rest = line.split("\t")
        if kind == "noun":
            nouns.append((value, rest[0]))
        elif kind == "party":
            parties.append((value, rest[0]))
        elif kind == "debate_kind":
            kinds.append((value, rest[0]))
        elif kind == "state":
            states.append(value)
        elif kind == "day":
            days.append((value, rest[0]))
            day_dates[f"vote:{rest[0]}"] = [date.fromisoformat(d) for d in rest[1].split(",")] if rest[1:] else []
    noun_re = re.compile(r"\b(?:" + "|".join(f"(?P<n{i}>{v})" for i, (v, _) in enumerate(nouns)) + r")\b", re.I)
    day_re = re.compile(r"\b(?:" + "|".join(re.escape(v) for v, _ in days) + r")\b", re.I) if days else None
    party_re = [(re.compile(rf"\b{v}\b", re.I), p) for v, p in parties]
    kind_re = [(re.compile(rf"\b{v}\b", re.I), k) for v, k in kinds]
    state_re = re.compile(r"\b(" + "|".join(re.escape(s) for s in sorted(states, key=len, reverse=True)) + r")\b")
    return (noun_re, [c for _, c in nouns], day_re, {v.casefold(): d for v, d in days}, party_re, kind_re, state_re,
            day_dates)


_BEFORE = re.compile(r"[^.!?;:\n]*$")


def _before(text: str, start: int) -> str:
    """The QUALIFIER_WORDS words before ``start`` within its sentence."""
    head = _BEFORE.search(text[max(0, start - 120):start]).group()
    return " ".join(head.split()[-QUALIFIER_WORDS:])


def _after(text: str, end: int) -> str:
    """The AFTER_WORDS words after ``end`` within its sentence."""
    tail = re.match(r"[^.!?;:\n]*", text[end:end + 120]).group()
    return " ".join(tail.split()[:AFTER_WORDS])


_IN_STATE = re.compile(r"\s+in\s+(?:the\s+state\s+of\s+)?")


def _state_after(text: str, end: int, state_re) -> list[str]:
    """The state a vote's noun is placed in right after it ("primary in New York", "caucuses in Iowa"), as a list
    of one name (none when the noun is followed by anything else)."""
    m = _IN_STATE.match(text, end)
    s = state_re.match(text, m.end()) if m else None
    return [s.group(1)] if s else []


def _state_party(head: str, state_re, party_re) -> bool:
    """The words before a convention name a state party's ("the Massachusetts Democratic state party", "the Texas
    GOP"): a level word (state, county...), or a state's name followed by nothing but party words."""
    if _OTHER_LEVEL.search(head):
        return True
    states = list(state_re.finditer(head))
    if not states:
        return False
    rest = head[states[-1].end():].lstrip("'’s ").split()
    return all(w.casefold() == "party" or any(r.fullmatch(w) for r, _ in party_re) for w in rest)


def _other_month(tail: str, when: str | None) -> bool:
    """The mention is placed a month or more from the article's date ("the convention in July" in April: a preview
    of another time's event): its date (a month alone is taken at MID_MONTH; the year the closest to the article's)
    FAR_DAYS or more away. "The debate on March 3" on February 29, "the convention in July" on June 30, are near.
    ``when``: the article's date (ISO), None when unknown (no mention is placed)."""
    m = _MONTH_AFTER.match(tail) if when and len(when) >= 7 else None
    if not m:
        return False
    try:
        day = date.fromisoformat(when[:10] if len(when) >= 10 else f"{when[:7]}-{MID_MONTH}")
    except ValueError:
        return False
    month, on = _MONTHS.index(m.group(1).casefold()) + 1, int(m.group(2)) if m.group(2) else MID_MONTH
    gaps = []
    for year in (day.year - 1, day.year, day.year + 1):
        try:
            gaps.append(abs((date(year, month, on) - day).days))
        except ValueError:  # "February 30": no date; the month alone
            gaps.append(abs((date(year, month, MID_MONTH) - day).days))
    return min(gaps) >= FAR_DAYS


def _other_year(head: str, when: str | None, qualifier) -> bool:
    """The mention names another year's event ("the 2004 Democratic convention" recalled in 2016): no mention of
    these days' event, nor a preview of one. Only a year inside the noun phrase: followed by nothing but qualifier
    words up to the noun (``qualifier``: a party, a debate's kind, a state; or a capitalised name word, "National");
    "Obama, first elected in 2008, addressed the Democratic convention" names this year's."""
    if not when:
        return False
    years = list(_YEAR_BEFORE.finditer(head))
    if not years or years[-1].group(1) == when[:4]:
        return False
    between = head[years[-1].end():]
    return not re.search(r"[,;()—–]", between) and all(
        w.casefold() in _NP_WORDS or w[:1].isupper() or qualifier(w) for w in between.split())


_PLACED_AT = re.compile(r"^(?:in|at|near|outside)\b", re.I)
_WORD = re.compile(r"[\w-]+")


def _folded(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


# a clause recalling a past incident ("revisited the Boston Marathon bombing", "since the shooting in Dallas", "on the
# anniversary of the massacre"): not the happening of the document's days (review2 r26)
_RECALL = re.compile(r"\b(?:revisit\w*|recall\w*|remember\w*|since|anniversary|commemorat\w*|memorial|ago)\b", re.I)


@lru_cache(maxsize=None)
def _wide_places() -> frozenset[str]:
    """Countries (understand/lang/en/countries.tsv: names and aliases) and US states (story_events.tsv), casefolded
    and folded: a place too wide to name one incident ("shooting in Florida", "a bombing in the United States")."""
    from ..understand import rules
    names = [n for row in rules.table("en", "countries") for n in [row[0], *(row[1].split("|") if len(row) > 1
                                                                            else [])]]
    names += [ln.split("\t")[1] for ln in DATA.read_text(encoding="utf-8").splitlines() if ln.startswith("state\t")]
    return frozenset(_folded(n.lstrip("~")) for n in names if n.strip())


def _incident_place(head: str, tail: str, places) -> str | None:
    """The place an incident's noun is named by: one of the document's place names (``places``, casefolded) among
    the words before it ("the Orlando nightclub shooting") or after "in"/"at" right after it ("a massacre at a
    nightclub in Orlando")."""
    after = tail if _PLACED_AT.match(tail) else ""
    for text in (head, after):
        low = f" {_folded(text)} "
        hit = [p for p in places if f" {p} " in low]
        if hit:
            return max(hit, key=len)
    return None


@lru_cache(maxsize=1)
def _place_words():
    """(placed, unplaced) of story_events.tsv: the place phrase's preposition before "the" and the event's name words,
    and the words of a sentence that tell of no happening there (a modal, a future)."""
    rows = [ln.split("\t") for ln in DATA.read_text(encoding="utf-8").splitlines() if ln and not ln.startswith("#")]
    preps = "|".join(v for k, v, *_ in rows if k == "placed")
    frames = "|".join(v for k, v, *_ in rows if k == "unplaced")
    return (re.compile(rf"\b(?:{preps})\s+the\s+", re.I),
            re.compile(rf"(?:^|[\s(\"“])(?:{frames})\b", re.I))


_NP_MORE = {"week's", "week’s", "year's", "year’s", "night's", "night’s", "party's", "party’s"}


def _name_words(words: str, qualifier) -> bool:
    """Nothing but words of an event's name before its noun ("the Democratic National", "this week's")."""
    return all(w.casefold() in _NP_WORDS | _NP_MORE | {"the", "this", "its", "their"} or w[:1].isupper() or
               qualifier(w) for w in words.split())


def placed_at(text: str, start: int, end: int, qualifier) -> bool:
    """The event named at ``start``..``end`` is where the sentence's happening took place: "the" and the event's name
    right after a preposition of place (``_place_words``: "accepted the nomination at the Democratic National
    Convention", "stood for most of it at the convention"), in a sentence that reports a happening (no modal, no
    future: "delegates must vote at the party's national convention" tells a rule, "she will speak at the convention"
    a plan). "During his primary race" (a person's campaign) and "near the convention" place nothing. ``qualifier``:
    a word naming a party, a kind or a state."""
    at, frame = _place_words()
    head = _BEFORE.search(text[max(0, start - 120):start]).group()
    m = None
    for m in at.finditer(head):  # the last preposition before the name
        pass
    if not m or re.search(r"[,;()—–]", head[m.end():]) or not _name_words(head[m.end():], qualifier):
        return False
    sentence = head + text[start:end] + re.match(r"[^.!?\n]*", text[end:end + 300]).group()
    return not frame.search(sentence)


def mentions(text: str, effect_only: bool = False, when: str | None = None, places=(),
             with_place: bool = False) -> list[tuple]:
    """(class, key or None, far) of each event mention in ``text``: the key names the event (class and qualifier),
    None when the mention says no party, state or kind ("the convention", "the debate"); far: the sentence places it
    a month or more away. A state party's convention is no mention of the party's convention. ``effect_only`` (a
    poll's release, ``_POLL_HEADLINE``): only the mentions that name the event as what the poll measures (``_EFFECT``
    before it: "post-debate", "after the convention"). ``with_place``: a fourth item, the mention places the
    sentence's happening in the event (``placed_at``)."""
    noun_re, classes, day_re, days, party_re, kind_re, state_re, _ = _tables()

    def qualifier(w):
        return any(r.fullmatch(w) for r, _ in party_re + kind_re) or bool(state_re.fullmatch(w))
    out = []
    for m in noun_re.finditer(text):
        cls = classes[int(next(k for k, v in m.groupdict().items() if v is not None)[1:])]
        head = _before(text, m.start())
        if effect_only and not _EFFECT.search(head):
            continue
        if _other_year(head, when, lambda w: any(r.fullmatch(w) for r, _ in party_re + kind_re)):
            continue
        tail = _after(text, m.end())
        far = bool(_FAR.search(head) or _FAR.search(tail)) or _other_month(tail, when)
        if cls == "convention" and _state_party(head, state_re, party_re):
            continue
        party = next((p for r, p in party_re if r.search(head)), None)
        key = None
        if cls == "vote":
            state = state_re.findall(head)
            # a state's voting day is one happening whichever party's contest an article names (Iowa's caucuses,
            # New Hampshire's primary, Super Tuesday): both parties' results are reported together; two parties'
            # contests in one state on two days are told apart by the story window
            if not state:  # the state after the noun: "the Democratic primary in New York", "caucuses in Iowa"
                state = _state_after(text, m.end(), state_re)
            if state:
                key = f"vote:{state[-1].casefold()}"
        elif cls == "incident":  # a violent happening is named by its place ("the Orlando shooting"): it is that
            # place's incident of these days (the story window); "police shootings", "a mass shooting" name none
            place = None if _RECALL.search(_BEFORE.search(text[max(0, m.start() - 120):m.start()]).group()) \
                else _incident_place(head, tail, places)
            key = f"incident:{place}" if place and place not in _wide_places() else None
        elif party:
            key = f"{cls}:{party}"
        elif cls == "debate":
            kind = next((k for r, k in kind_re if r.search(head)), None)
            key = "debate:vp" if kind == "vp" else None
        out.append((cls, key, far) + ((placed_at(text, m.start(), m.end(), qualifier),) if with_place else ()))
    if day_re:
        out += [("vote", f"vote:{days[m.group().casefold()]}", False) + ((False,) if with_place else ())
                for m in day_re.finditer(text) if not effect_only or _EFFECT.search(_before(text, m.start()))]
    return out


def event_term(title: str | None, lead: str, when: str | None = None, places=()) -> str | None:
    """The scheduled event the document is about: the class most mentioned (the first named on a tie) in the title
    and the lead sentence (the first EVENT_LEAD_WORDS words), each counting twice, and the rest of the lead, when
    mentioned EVENT_MIN_MENTIONS times; its most mentioned qualified key (the first on a tie). None when the document
    names no event so often or never says which. ``places``: the document's place names (an incident's qualifier)."""
    return _centred(title, lead, when, places)[0]


def unnamed_event(title: str | None, lead: str, when: str | None = None) -> str | None:
    """The class of the scheduled event the document centres on without ever saying which (``#event:convention``:
    "the convention" in the title and again in the lead, no party), for the classes of RESOLVED_CLASSES; None when it
    names no event so often, or says which."""
    cls = _centred(title, lead, when)[1]
    return EVENT_PREFIX + cls if cls in RESOLVED_CLASSES else None


def names_party(key: str, words) -> bool:
    """The document's words (its term counts) name the party of the event ``key`` (``#event:debate:democratic``)
    somewhere in its title or lead: "the debate" of an article about the Democratic race is the Democratic debate of
    these days, where a British election debate the same night ("the debate" between two other parties' leaders) is
    not."""
    party = key.rsplit(":", 1)[-1]
    regs = [r for r, p in _tables()[4] if p == party]
    return any(r.fullmatch(w) for w in words if w[:1] not in "#@" for r in regs)


def qualified(term: str, cls: str) -> bool:
    """An event term of class ``cls`` that names its event (``#event:convention:democratic``)."""
    return term.startswith(f"{EVENT_PREFIX}{cls}:")


def _centred(title: str | None, lead: str, when: str | None = None, places=()) -> tuple[str | None, str | None]:
    """(event term, unnamed class): see ``event_term`` and ``unnamed_event``."""
    counts: dict[str, float] = {}
    keys: dict[str, float] = {}
    order: dict[str, int] = {}
    seen: dict[str, int] = {}
    m = re.match(r"(?:\S+\s+){%d}" % EVENT_LEAD_WORDS, lead)
    head, rest = (lead[:m.end()], lead[m.end():]) if m else (lead, "")
    far: set[str] = set()
    lead_named: dict[str, bool] = {}  # the class is named in the title or the lead sentence
    placed: set[str] = set()  # the class is where the document's happening took place ("at the convention")
    poll = bool(_POLL_HEADLINE.search(title or ""))
    for weight, text in ((2, title or ""), (2, head), (1, rest)):
        for cls, key, away, at in mentions(text, effect_only=poll, when=when, places=places, with_place=True):
            if away and cls in ONE_EVENT_CLASSES:
                far.add(cls)
            if away:
                continue
            counts[cls] = counts.get(cls, 0) + weight
            lead_named[cls] = lead_named.get(cls, False) or weight > 1
            if at:
                placed.add(cls)
            seen.setdefault(cls, len(seen))
            if key:
                keys[key] = keys.get(key, 0) + weight
                order.setdefault(key, len(order))
    # an article that places a party's convention or debate a month or more away ("next month's convention")
    # previews another time's happening: its every mention of the class is of that event (a state's primary next
    # month is only that mention: the contests of the other states go on meanwhile)
    counts = {c: n for c, n in counts.items() if c not in far}
    if not counts:
        return None, None
    top = max(counts.values())
    tied = [c for c in counts if counts[c] == top]
    if len(tied) > 1 and len(placed.intersection(tied)) == 1:
        tied = list(placed.intersection(tied))
    cls = min(tied, key=lambda c: seen[c])
    if counts[cls] < EVENT_MIN_MENTIONS:
        return None, None
    # the event as a backdrop: a piece about something else names the event of these days as its setting or its
    # time ("The Democratic National Convention is fertile fundraising ground this week for one congressional
    # candidate ... her Aug. 30 primary"; "Her remarks came the day after Republicans completed their convention").
    # A document centred on the event names it more often than any other event, and one that names it neither in
    # its title nor in its lead sentence keeps naming it through its lead (BACKDROP_MIN_MENTIONS). Unless the event
    # is where the document's happening took place (``placed_at``: "accepted the nomination at the Democratic
    # National Convention ..., a year after she began the primary race"; "stood for most of it at the convention"):
    # that breaks a tie with an event named otherwise and centres it wherever in the lead
    if len(tied) > 1 or (not lead_named.get(cls) and cls not in placed and counts[cls] < BACKDROP_MIN_MENTIONS):
        return None, None
    mine = [k for k in keys if k.split(":")[0] == cls]
    if not mine:
        # a debate no mention gives a party to (the general election's "presidential debate", "the debate"): the
        # debate of these days, when the document keeps naming it; it says less than a party's debate (WEAK_EVENTS)
        return (EVENT_PREFIX + cls if cls in WEAK_EVENTS and counts[cls] >= WEAK_MIN_MENTIONS else None), cls
    # a named voting day holds each state's contest of that day ("Super Tuesday": Minnesota's caucuses are among
    # them): a document naming the day and several states' contests (the night's results), naming the day as often
    # as the state, or written in the day's days (its state's contest is one of the day's) is about the day; one
    # state's contest named more often on another date is the state's ("Sanders won the New Hampshire primary ...
    # looks ahead to Super Tuesday")
    day_dates = _tables()[7]
    named = [k for k in mine if k in day_dates]
    states = [k for k in mine if k not in day_dates]
    if named and (len(states) > 1 or _in_days(when, [d for k in named for d in day_dates[k]]) or
                  max(keys[k] for k in named) >= max((keys[k] for k in states), default=0)):
        mine = named
    return EVENT_PREFIX + min(mine, key=lambda k: (-keys[k], order[k])), None


DAY_REPORT = (-1, 2)  # days from a voting day whose articles on one of its states' contests are the day's: its
# eve's previews, the night's and the next days' results (not a state's result two days before: another day's contest)


def _in_days(when: str | None, dates: list) -> bool:
    """The article's date (ISO) is within DAY_REPORT of one of ``dates`` (False when undated)."""
    try:
        day = date.fromisoformat(when[:10]) if when and len(when) >= 10 else None
    except ValueError:
        day = None
    return day is not None and any(DAY_REPORT[0] <= (day - d).days <= DAY_REPORT[1] for d in dates)


def is_event(term: str) -> bool:
    return term.startswith(EVENT_PREFIX)


def is_weak_event(term: str) -> bool:
    """An event term without a qualifier (``#event:debate``)."""
    return term.startswith(EVENT_PREFIX) and ":" not in term[len(EVENT_PREFIX):]


def place_names(entities, types) -> frozenset[str]:
    """The casefolded names (and mention texts) of the document's places (entities of ``types``): an incident's
    qualifier."""
    return frozenset(f for e in entities if e.type in types
                     for t in {m.text for m in e.mentions} | {e.name} if t for f in [_folded(t)] if len(f) > 2)
