"""Words of the day ("today", "tonight", "yesterday", "tomorrow") inside a quotation count from the day the words
were said, not from the publication date: "'We needed to win this game today,' Lynn said" after Monday night's
game is that Monday. The day of saying is the day the attribution names ("..., she said Monday"), else the day the
sentence introducing the quotation gives its saying ('In a statement released Monday, she said: "Today ..."'), else the
text gave the occasion the quotation names as its own ("at the October 28 debate ... “in this debate”"), else the latest
of the days named just before the quotation (outside quotation marks, in the week before publication): words
said about what the text reports were said no earlier than the latest reported day. Else the day of the lede: a
news report opens with when its news happened ("Adelson said on Friday ...", "Trump praised ... at a press
conference on Monday"), and the quotations that follow without a day of their own are from that occasion. Else the
publication date stays the anchor.
"""
from __future__ import annotations

import datetime as dt
import re

OPEN, CLOSE = "“«", "”»"
_MARKS = re.compile(r'[“«”»"]')
RECENT_DAYS = 7  # how far before publication a reported day may be the day of saying
BEFORE_CHARS = 400  # how far back the reported day is looked for
ATTRIBUTION_CHARS = 120  # how far after the quotation its attribution is looked for
LEDE_CHARS = 800  # how far from the start of the text the lede's day is looked for (a feature may open on a scene
#                   and a quotation and name its news day two or three short paragraphs on; was 400)
OCCASION_CHARS = 800  # how far back the day of the occasion a quotation names ("this debate") is looked for
ENTRY_CHARS = 3000  # how far back the stamp of a live blog's entry is looked for
# the signature an embedded post closes with: "— Ann Cole (@anncole) November 1, 2019" (a dash, a name, a handle)
SIGNATURE = re.compile(r"[—–-][^\S\n]*[^\n]{0,80}\(@\w{1,30}\)[^\S\n]*$")
SIGNED_CHARS = 600  # how far after a word of the day its post's signature is looked for
STAMP = re.compile(r"[^\S\n]*\d{1,2}:\d\d[^\S\n]*(?:[AaPp]\.?[Mm]\b\.?)?")  # a clock time right after a date


def _paragraph_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def in_quote(text: str, pos: int) -> bool:
    """Is ``pos`` inside a quotation of its paragraph (curly or straight double quotation marks, or the doubled
    apostrophes of typewriter text, ''like this'', as wire and archive copy writes them)?"""
    para = text[_paragraph_start(text, pos):pos]
    # A curly closing mark ends whatever is open: a copy that opens with a straight mark and closes with a curly one
    # ('"Never underestimate him,” Reid said ...') is out of the quotation after it; straight marks inside an open
    # curly quotation ('“They told me "see you Friday" and left,”') are a quotation within it, never its end.
    curly = straight = False
    for ch in _MARKS.findall(para):
        if ch in OPEN:
            curly = True
        elif ch in CLOSE:
            curly = straight = False
        else:
            straight = not straight
    return curly or straight or para.count("''") % 2 == 1


def outside_in(text: str, date_pos: int, verb_pos: int) -> bool:
    """Is the date at ``date_pos`` outside any quotation while the verb at ``verb_pos`` is inside one? The parser may
    hang a date on a quoted verb ("In his column on Aug. 10, “The piling on must stop,” the senator ..."): the quoted
    words are a title or another's, their tense is not the date's. Only a whole quoted sentence or title (opening
    with a capital, at a clause's start: after a comma, a colon, a sentence's end or the paragraph's start): a
    partial quotation of a verb phrase ('said the company "will close the plant" on Feb. 20') is the date's own
    clause (review2 r26)."""
    if not in_quote(text, verb_pos) or in_quote(text, date_pos):
        return False
    para = _paragraph_start(text, verb_pos)
    mark = max(text.rfind(ch, para, verb_pos) for ch in "“«\"")
    opened = text.rfind("''", para, verb_pos)
    mark, width = (opened, 2) if opened > mark else (mark, 1)
    if mark < 0:
        return True
    first = text[mark + width:verb_pos].lstrip()[:1]
    before = text[para:mark].rstrip()
    return first.isupper() and (not before or before[-1] in ",:;.!?—–(")


def quote_end(text: str, pos: int) -> int | None:
    """Where the quotation holding ``pos`` closes within its paragraph."""
    para_end = text.find("\n", pos)
    para_end = len(text) if para_end < 0 else para_end
    m = re.compile(r"[”»\"]|''").search(text, pos, para_end)
    return m.end() if m else None


def _day(c) -> dt.date | None:
    if c.value and c.precision == "day" and len(c.value) == 10:
        try:
            return dt.date.fromisoformat(c.value)
        except ValueError:
            return None
    return None


day_of = _day  # the day of a dated expression (None when it is not a day)


def attributed_day(text: str, chosen: list, i: int) -> dt.date | None:
    """The day the attribution of the quotation holding ``chosen[i]`` names ("...,” Rubio said at a rally on
    Saturday"): a day outside quotation marks from the closing mark to the end of its sentence (None otherwise)."""
    c = chosen[i]
    end = quote_end(text, c.end)
    if end is None:
        return None
    stop = re.compile(r"[.!?\n]").search(text, end, end + ATTRIBUTION_CHARS)
    stop = stop.start() if stop else end + ATTRIBUTION_CHARS
    for o in chosen[i + 1:]:
        if o.start >= stop:
            break
        if o.start >= end and not in_quote(text, o.start) and _day(o) is not None:
            return _day(o)
    return None


def introduced_day(text: str, chosen: list, i: int, doc, saying: frozenset) -> dt.date | None:
    """The day the sentence that introduces the quotation holding ``chosen[i]`` gives its saying ('Trump said Monday,
    “We will win tonight”', 'In a statement released Monday, the governor said: “Today we begin”'): the last date
    before the opening mark in that sentence, outside quotation marks, whose verb is one of saying (``saying``: the
    language's reporting verbs and record nouns) or times a record of saying ("a statement released Monday"). None
    otherwise (no parse, no such date, or one that times another act: 'Clinton, who won Tuesday, said: “...”')."""
    if doc is None or not saying:
        return None
    c = chosen[i]
    q = c.start
    para = _paragraph_start(text, c.start)
    while q > para and not (text[q - 1] in OPEN or text[q - 1] == '"'):
        q -= 1
    if q <= para:
        return None
    o = next((o for o in reversed(chosen[:i]) if o.end < q), None)
    d = _day(o) if o is not None else None
    if d is None or in_quote(text, o.start) or re.search(r"[.!?\n]", text[o.end:q - 1]):
        return None
    return d if _saying_verb(o, doc, saying) is not None else None


def _saying_verb(o, doc, saying: frozenset):
    """The verb of saying a dated expression ``o`` times ("Reid said in an interview on Wednesday"; "a statement
    released Monday" times the statement), else None."""
    span = doc.char_span(o.start, o.end, alignment_mode="expand")
    if span is None:
        return None
    verb = next((t for t in span.root.ancestors if t.pos_ in ("VERB", "AUX")), None)
    if verb is not None and (verb.lemma_.lower() in saying or (verb.dep_ == "acl" and
                                                                verb.head.lemma_.lower() in saying)):
        return verb
    return None


def _sayer(verb) -> str | None:
    """The name of who says (the proper noun heading the subject of a verb of saying), lower-cased."""
    subj = next((t for t in verb.children if t.dep_ in ("nsubj", "nsubjpass")), None)
    return subj.lower_ if subj is not None and subj.pos_ == "PROPN" else None


def sayer_day(text: str, chosen: list, i: int, doc, saying: frozenset, pub: dt.date) -> dt.date | None:
    """The day the text gave the same speaker's saying before ("Reid said in a telephone interview on Wednesday. ...
    “In Arizona last night they ...,” Reid said."): a report quoting one interview across paragraphs gives its day
    once. The quotation's attribution (after its closing mark, in its sentence) must name the speaker as the subject
    of a verb of saying; the day is the latest earlier one outside quotation marks that such a verb of the same
    speaker takes, in the week before publication (None otherwise)."""
    if doc is None or not saying:
        return None
    c = chosen[i]
    end = quote_end(text, c.end)
    if end is None:
        return None
    stop = re.compile(r"[.!?\n]").search(text, end, end + ATTRIBUTION_CHARS)
    span = doc.char_span(end, stop.start() if stop else end + ATTRIBUTION_CHARS, alignment_mode="expand")
    verb = next((t for t in span if t.lemma_.lower() in saying and t.pos_ == "VERB"), None) if span else None
    who = _sayer(verb) if verb is not None else None
    if who is None:
        return None
    for o in reversed(chosen[:i]):
        d = _day(o)
        if d is None or in_quote(text, o.start) or not pub - dt.timedelta(days=RECENT_DAYS) <= d <= pub:
            continue
        v = _saying_verb(o, doc, saying)
        if v is not None and _sayer(v) == who:
            return d
    return None


def time_of_saying(text: str, chosen: list, i: int, pub: dt.date, nouns: frozenset = frozenset(), doc=None,
                   saying: frozenset = frozenset()) -> dt.date | None:
    """The day the quotation holding ``chosen[i]`` was said (None: the publication date)."""
    c = chosen[i]
    said = attributed_day(text, chosen, i) or introduced_day(text, chosen, i, doc, saying) or \
        occasion_day(text, chosen, i, pub, nouns)
    if said is not None:
        return said
    recent = []
    for o in reversed(chosen[:i]):
        if c.start - o.end > BEFORE_CHARS:
            break
        d = _day(o)
        if d is not None and not in_quote(text, o.start) and pub - dt.timedelta(days=RECENT_DAYS) <= d <= pub:
            recent.append(d)
    said = sayer_day(text, chosen, i, doc, saying, pub)  # the speaker's day of saying, given before: no earlier
    if said is not None:  # than the days the quotation's report tells of
        recent.append(said)
    return max(recent, default=None) or lede_day(text, chosen, pub)


def occasion_day(text: str, chosen: list, i: int, pub: dt.date, nouns: frozenset) -> dt.date | None:
    """The day of the occasion a quotation names as its own ("this debate", "this hearing") when the text dated that
    occasion before it ("Cruz's sharp words at the October 28 CNBC debate ... “Everyone home tonight knows ... the
    questions asked in this debate”"): the words were said there (review r22). None otherwise."""
    c = chosen[i]
    start, end = c.start, quote_end(text, c.end) or c.end
    while start > 0 and not (text[start - 1] in OPEN or text[start - 1] == '"'):
        start -= 1
    own = {w.lower() for w in re.findall(r"\b(?:this|these|today's|tonight's)\s+(\w+)", text[start:end], re.I)}
    own &= set(nouns)
    for o in reversed(chosen[:i]):
        d = _day(o)
        if c.start - o.end > OCCASION_CHARS:
            break
        if d is not None and d <= pub and not in_quote(text, o.start) and \
                any(re.match(rf"[\s\w.-]{{0,40}}\b{re.escape(n)}\b", text[o.end:o.end + 50], re.I) for n in own):
            return d
    return None


def lede_day(text: str, chosen: list, pub: dt.date) -> dt.date | None:
    """The day the report's opening tells its news happened: the first date named outside a quotation within
    LEDE_CHARS of the start when it is a day in the week before publication (None otherwise)."""
    for o in chosen:
        if o.start > LEDE_CHARS:
            return None
        if in_quote(text, o.start) or not (o.value or o.span):
            continue
        d = _day(o)  # the first date of the text outside quotations; a period first ("problems last week when the
        #              service launched ... last Tuesday") is the time of the news, and no day of saying is known
        return d if d is not None and pub - dt.timedelta(days=RECENT_DAYS) <= d < pub else None
    return None


def entry_day(text: str, chosen: list, i: int, pub: dt.date) -> dt.date | None:
    """The day of the live-blog entry holding ``chosen[i]``: the latest earlier date written with its year and a
    clock time right after it ("February 6, 2016 11:19PM"), within ENTRY_CHARS and RECENT_DAYS before publication
    (an entry's stamp; None when there is none, or it is the publication day)."""
    c = chosen[i]
    for o in reversed(chosen[:i]):
        if c.start - o.end > ENTRY_CHARS:
            return None
        d = _day(o)
        if d is None or not getattr(o, "literal", False) or not STAMP.match(text, o.end):
            continue
        return d if pub - dt.timedelta(days=RECENT_DAYS) <= d < pub else None
    return None


def signed_day(text: str, chosen: list, i: int, pub: dt.date) -> dt.date | None:
    """The day of the embedded post (a tweet) holding ``chosen[i]``: the date its signature gives ("We handed out a
    million masks today. — Ann Cole (@anncole) November 1, 2019"): a date written with its year right after a
    dash, a name and a handle, in the same paragraph or at the start of the next line, on or before publication;
    the post's "today" is that day, not the page's (None when there is no such signature)."""
    c = chosen[i]
    for o in chosen[i + 1:]:
        if o.start - c.end > SIGNED_CHARS:
            return None
        d = _day(o)
        if d is None or not getattr(o, "literal", False):
            continue
        line = text[_paragraph_start(text, o.start):o.start]
        if not SIGNATURE.search(line):
            continue
        between = text[c.end:_paragraph_start(text, o.start)]
        if len([p for p in between.split("\n") if p.strip()]) > 1:
            return None  # the post's text runs on to its signature's line: one paragraph at most between
        return d if d <= pub else None
    return None

