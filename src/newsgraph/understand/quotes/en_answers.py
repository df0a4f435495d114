"""Interview answers the labelled turns (en_turns) leave: the layouts of question-and-answer pages.

- An answer over several paragraphs: "A: We need 212 drivers …" then a paragraph with no label, then "Q: …" — each
  paragraph between an answer turn (one after a question) and the next question label is one more answer of the
  same speaker (the layout labels only an answer's first paragraph). Only up to a QUESTION label ("Q:", "Question:",
  or a label no turn was read at: the interviewer's, the outlet's initials, "TNR:"; a newsroom label, "UPDATE:",
  asks nothing): in a transcript excerpt inside a story a paragraph between two people's turns is the writer's
  narration ("Later, Sen. Engel asked about …"). Where no question label closes the run (the last answer, a
  transcript's turn before the next speaker's), only the paragraphs right after the turn in the speaker's own voice.
- "A. …" answers of an interview that writes its labels with a full stop ("Q. Why now?"): the interviewee's.
- An interview printed without labels: after an introduction that says it is an interview edited for print ("This
  interview has been edited for length and clarity", "condensed"; or a "Q&A: …" headline), questions stand in their
  own short paragraphs ending in "?" and each paragraph after a question is the interviewee's answer (the person the
  introduction names most, as for "A:", en_turns). Only when the alternation is clear: three questions or more each
  followed by an answer; after the last question only the one paragraph that follows it (narration may go on).
- Answers printed as quotations in their own paragraphs under questions: the interviewee's (twice at least, and a
  question addressing someone).
- A post quoted as a block under its handle ("@GovHallock: Millions in flood aid …"): the handle's owner, the one
  person of the text whose surname the handle holds.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules
from .en_ctx import Context, Found
from .en_label_names import _TITLES
from .en_interviewee import SECOND_PERSON, interviewee as _interviewee, press_person
from .en_turns import _LABEL, _NEWSROOM_LABELS

# an introduction that presents what follows as an interview edited for print
# (the note presents the piece itself: "This interview has been edited …", "… condensed and edited for clarity"; not
# "a video of a conversation … was edited" in an explainer; review r28)
_EDITED = re.compile(r"(?i)\b(?:this|the following|our|the)[ \t]+(?:interview|conversation|exchange|q&a|transcript)"
                     r"\b[^.\n]{0,40}\b(?:has|have|was|were|is)[ \t]+(?:been[ \t]+)?(?:lightly[ \t]+)?"
                     r"(?:edited|condensed)\b|\b(?:edited|condensed)[ \t]+for[ \t]+(?:length|clarity|brevity|space)\b")
_QA_HEAD = re.compile(r"^[ \t]*Q ?& ?A\b[^\n]*", re.M)  # a "Q&A: …" headline: an interview only when it names
# its interviewee ("Q&A with …", "Q&A: Harbour master Ingrid Solberg on …"), not an explainer's "Q&A: What the …"
_QUESTION_LABELS = frozenset({"q", "question", "interviewer"})
_DOTTED = re.compile(r"^[ \t]*(?P<label>[QA])\.[ \t]+(?=\S)", re.M)  # "Q. Why now?" / "A. Because …"
_HANDLE = re.compile(r"^[ \t]*@(?P<handle>\w{2,30})[ \t]*:[ \t]+(?=\S)", re.M)
_MARKS = "\"“”‘’'«»"
_MAX_QUESTION_WORDS = 60


def _paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line, its blanks trimmed."""
    out, pos = [], 0
    for line in text.split("\n"):
        a = pos + len(line) - len(line.lstrip())
        b = pos + len(line.rstrip())
        if b > a:
            out.append((a, b))
        pos += len(line) + 1
    return out


def _labelled(text: str, a: int) -> str | None:
    m = _LABEL.match(text, a) or _DOTTED.match(text, a)
    return m.group("label").strip() if m else None


def _is_question(text: str, a: int, b: int) -> bool:
    body = text[a:b].rstrip(_MARKS + " ")
    return body.endswith("?") and len(body.split()) <= _MAX_QUESTION_WORDS and _labelled(text, a) is None


def _answer(ctx: Context, a: int, b: int, speaker: int, found: list[Found], origin_of: Found | None = None):
    """A direct quote of ``speaker`` over the paragraph [a, b), unless a quote read already holds most of it."""
    while b > a and ctx.text[b - 1] in ".,;:":
        b -= 1
    if b - a < 2 or sum(max(0, min(b, t.end) - max(a, t.start)) for t in found) * 2 >= b - a:
        return None
    q = Found("direct", a, b, ctx.text[a:b], origin="turn", follows=origin_of)
    q.speaker = speaker
    return q


def _question_label(text: str, a: int, turn_lines: set[int]) -> bool:
    """The paragraph at ``a`` opens with the label of a question: "Q:", "Question:", or a label whose line no turn
    holds (the interviewer's, a host's, the outlet's initials: "TNR:")."""
    m = _LABEL.match(text, a) or _DOTTED.match(text, a)
    if m is None:
        return False
    label = m.group("label").strip().lower().rstrip(".")
    return label in _QUESTION_LABELS or a not in turn_lines and label not in _NEWSROOM_LABELS


def _after_question(text: str, paras: list[tuple[int, int]], k: int, turn_lines: set[int]) -> bool:
    """The labelled paragraph before paragraph ``k`` asks: a question label, or a turn ending in "?" (a live blog's
    "Gov. Ron Price: …" line after a headline answers nobody; review r28)."""
    prev = next(((a, b) for a, b in reversed(paras[:k]) if _labelled(text, a) is not None), None)
    return prev is not None and (_question_label(text, prev[0], turn_lines) or
                                 text[prev[0]:prev[1]].rstrip(_MARKS + " ").endswith("?"))


def dotted_answers(ctx: Context, found: list[Found]) -> list[Found]:
    """"A. …" answers of an interview that writes its labels with a full stop ("Q. Why now?" / "A. Because …"): the
    interviewee's, as "A:" ones are (en_turns). Two questions and two answers at least, a question first (a line
    opening with an initial, "A. Reyes said …", is no answer)."""
    text = ctx.text
    marks = list(_DOTTED.finditer(text))
    qs = [m for m in marks if m.group("label") == "Q"]
    answers = [m for m in marks if m.group("label") == "A"]
    if len(qs) < 2 or len(answers) < 2 or answers[0].start() < qs[0].start():
        return found
    who = _interviewee(ctx, qs[0].start())
    if who is None:
        return found
    out: list[Found] = []
    for m in answers:
        b = text.find("\n", m.end())
        q = _answer(ctx, m.end(), len(text) if b < 0 else b, who, found + out)
        if q is not None:
            q.cue, q.attr = "A.", (m.start("label"), m.end("label") + 1)
            out.append(q)
    return found + out


def continued_answers(ctx: Context, found: list[Found]) -> list[Found]:
    """The paragraphs of an answer after its labelled first one, up to the next question label; where no question
    label closes them (the last answer of the page, a transcript's turn before the next speaker's) only those right
    after the turn that speak in the speaker's own voice ("I", "we", "you": "Junior is going to walk you through the
    repair"), as narration does not ("Later, Sen. Engel turned to the contract")."""
    text = ctx.text
    paras = _paragraphs(text)
    starts = {a: k for k, (a, _) in enumerate(paras)}
    turn_lines = {text.rfind("\n", 0, t.start) + 1 for t in found if t.origin == "turn"}
    out: list[Found] = []
    for t in found:
        if t.origin != "turn" or t.speaker is None or t.follows is not None:
            continue
        k = starts.get(text.rfind("\n", 0, t.start) + 1)
        if k is None:
            continue
        asked = _after_question(text, paras, k, turn_lines)
        run, closed = [], None  # closed: the label after the run asks (True), is another turn (False), none (None)
        for a, b in paras[k + 1:]:
            if _labelled(text, a) is not None:
                closed = _question_label(text, a, turn_lines)
                break
            run.append((a, b))
        if not (asked and closed):
            if not asked and closed is None and not _speech_label(text, t):
                continue  # (a turn no question asked and no turn follows: a headline's "Pence: …")
            n = 0
            while n < len(run) and _own_voice(ctx, *run[n], found) and not _outlet_voice(ctx, *run[n], t.speaker):
                n += 1
            run = run[:n]
        out += [q for q in (_answer(ctx, x, y, t.speaker, found + out, t) for x, y in run) if q]
    return found + out


_OWN_VOICE = frozenset({"i", "we", "me", "us", "my", "our", "you", "your"})


def _speech_label(text: str, t: Found) -> bool:
    """The turn's label is a transcript's, in capitals, below the text's first line ("Video Transcript⏎⏎JEROME
    POWELL: Good afternoon …"): a speech printed whole under its speaker's name, its later paragraphs unlabelled
    (round 35, enweb35a: a press conference's transcript on a finance page). A headline's "Pence: …" (the first
    line, Title Case) opens no speech."""
    if t.attr is None or not text[:t.attr[0]].strip():
        return False
    label = text[t.attr[0]:t.attr[1]].strip(" \t\n:")
    return label.isupper() and len(label) >= 3


def _own_voice(ctx: Context, a: int, b: int, found: list[Found]) -> bool:
    """The paragraph [a, b) speaks in the first or second person, holds no quote read already and opens with no
    quote mark (a turn's words stand bare, as its labelled paragraph does; a quotation is the writer's again)."""
    if ctx.text[a] in _MARKS or any(t.start < b and a < t.end for t in found):
        return False
    return any(w.lower_ in _OWN_VOICE for w in ctx.tokens(a, b))


# the outlet's own closing line after the last answer: a question to readers, an address, "our interview" (review r29)
_OUTLET_LINE = re.compile(r"\?|@|\bhttps?:|\bwww\.|\binterview|\b(?:newsletter|subscribe|podcast)\b", re.I)


def _outlet_voice(ctx: Context, a: int, b: int, speaker: int) -> bool:
    """The paragraph [a, b) after the last answer is the outlet's ("Have a question for the chief? Send it to us at
    …", "We will publish the second part of our interview next week"), or talks of the speaker by name."""
    return _OUTLET_LINE.search(ctx.text, a, b) is not None or _page_line().search(ctx.text, a, b) is not None or \
        any(i == speaker for _, _, i in ctx.actors.inside(a, b))


@lru_cache(maxsize=1)
def _page_line():
    """The page's own furniture after a speech (words.tsv page_lines, r35 fix): "You can watch the full news
    conference on our website" ends a transcript's run, as a newsletter's line does."""
    words = sorted(rules.wordset("en", "page_lines"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


def unlabelled_interview(ctx: Context, found: list[Found]) -> list[Found]:
    """The answers of an interview printed without labels (see the module's docstring)."""
    text = ctx.text
    intro = _EDITED.search(text) or _named_qa_head(ctx)
    if intro is None:
        return found
    paras = [(a, b) for a, b in _paragraphs(text) if a >= intro.end()]
    qs = [k for k, (a, b) in enumerate(paras) if _is_question(text, a, b)]
    pairs = [k for k in qs if k + 1 < len(paras) and not _is_question(text, *paras[k + 1])]
    if len(pairs) < 3 or any(_labelled(text, paras[k + 1][0]) is not None for k in pairs):
        return found  # (a labelled interview is en_turns' own)
    who = _interviewee(ctx, paras[qs[0]][0])
    if who is None:
        return found
    out: list[Found] = []
    for n, k in enumerate(qs):
        last = qs[n + 1] if n + 1 < len(qs) else k + 2
        for a, b in paras[k + 1:last]:
            if _labelled(text, a) is None and not any(i == who for _, _, i in ctx.actors.inside(a, b)):
                # (an "answer" naming the interviewee, "The clip showed Hale …", is the writer's narration)
                q = _answer(ctx, a, b, who, found + out)
                if q is not None:
                    out.append(q)
    return found + out


def quoted_answers(ctx: Context, found: list[Found]) -> list[Found]:
    """Answers printed as quotations in their own paragraphs under questions ("Will you hire more officers?" /
    "“We will hire forty more this year …”"): each quotation that has no speaker and fills the paragraph after a
    question is the interviewee's. Only when the page alternates so twice at least, and a question addresses
    someone ("you"): a lone rhetorical question before a quotation asks nobody."""
    text = ctx.text
    paras = _paragraphs(text)
    starts = {a: k for k, (a, _) in enumerate(paras)}
    pairs = []
    for q in found:
        k = starts.get(text.rfind("\n", 0, q.start) + 1)
        if q.kind != "direct" or k is None or k == 0 or text[paras[k][0]:q.start].strip(_MARKS + " ") or \
                text[q.end:paras[k][1]].strip(_MARKS + " .,"):
            continue  # (the quotation is the whole paragraph)
        qa, qb = paras[k - 1]
        body = text[qa:qb].rstrip(_MARKS + " ")
        if body.endswith("?") and len(body.split()) <= _MAX_QUESTION_WORDS and body[:1] not in _MARKS:
            pairs.append((qa, qb, q))
    if len(pairs) < 2:
        return found
    who = _interviewee(ctx, pairs[0][0], need_evidence=True)  # (not the most named: a vox pop's mayor; review r29)
    if who is None or not any(SECOND_PERSON.search(text[a:b]) for a, b, _ in pairs):
        who = press_person(ctx, pairs[0][0])  # (a press conference's questions, often in the third person: "Will
        # Emerson start?"; the one person the page says talks to the press answers them, r36)
    if who is None or any(q.speaker not in (None, who) or q.speaker_name for _, _, q in pairs):
        return found  # (answers another reader gave to someone else: no interview of one person)
    for _, _, q in pairs:
        q.speaker, q.origin = who, "turn"  # (an interview's answer: no nearer name speaks it, en_rank)
    return found


def _named_qa_head(ctx: Context):
    """A "Q&A" headline that names a person ("Q&A with …", "Q&A: Harbour master Ingrid Solberg on …"), or None."""
    m = _QA_HEAD.search(ctx.text)
    if m is None:
        return None
    if " with " in m.group() or any(ctx.actors.entities[i].type == "PERSON"
                                   for _, _, i in ctx.actors.inside(m.start(), m.end())):
        return m
    return None


def _handle_of(handle: str, name: str) -> bool:
    """``handle`` (lower case) is the person ``name``'s: the surname alone, or after a given name, the initials or a
    title ("@SenCalloway", "@RheaCalloway", "@rcalloway"; after a title the office's place may follow,
    "@MayorOrtizRiverton"); not a handle merely holding it ("@BrownUniversity" is no Sherrod Brown's; review r28)."""
    words = [w.strip(".").lower() for w in name.replace("-", " ").split()]
    last = words[-1]
    core = handle.rstrip("_0123456789")
    at = core.find(last)
    if len(last) < 4 or at < 0:
        return False
    given = [w for w in words[:-1] if w.isalpha()]
    prefix = core[:at].strip("_").removeprefix("real")  # ("@realDonaldTrump")
    if prefix in _TITLES:  # a title first, then the office's place may follow: "@MayorOrtizRiverton"
        return True
    return core.endswith(last) and prefix in {"", "".join(w[0] for w in given), *given, "".join(given)}


def handle_posts(ctx: Context, found: list[Found]) -> list[Found]:
    """"@handle: text" blocks: the post of the one person of the text whose surname the handle holds."""
    text = ctx.text
    out: list[Found] = []
    for m in _HANDLE.finditer(text):
        handle = m.group("handle").lower()
        owners = {i for i, ent in enumerate(ctx.actors.entities) if ent.type == "PERSON" and ent.mentions and
                  len(ent.name.split()) > 1 and _handle_of(handle, ent.name)}
        # (a person named in full: a town the tagger took for a person, "Riverton", is no owner)
        names = sorted(owners, key=lambda i: -len(ctx.actors.entities[i].name))
        if not names or any(ctx.actors.entities[i].name.split()[-1] != ctx.actors.entities[names[0]].name.split()[-1]
                            for i in names):
            continue  # (one surname: "Janelle Ortiz" and the "Ortiz" of a later mention are one owner, the fuller)
        a, b = m.end(), text.find("\n", m.end())
        b = len(text) if b < 0 else b
        if len(text[a:b].split()) < 3:
            continue
        q = _answer(ctx, a, b, names[0], found + out)
        if q is not None:
            q.cue = ":"
            out.append(q)
    return found + out
