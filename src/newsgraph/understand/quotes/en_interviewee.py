"""The person an interview page is with, whose "A:" answers (en_turns) and unlabelled answers (en_answers) are.

The introduction says so outright more often than it repeats the name: the person after a heading's interview cue
("Meet Hope Wood, …", "Five questions for Will Price"), the one the first question addresses ("Q: Will, …?"), the
one asked or interviewed ("we asked Hall", "Hall was interviewed"), the one who spoke with us or answered our
questions ("Frost spoke with us by phone", "Voss spoke with the Ledger"). A person with such evidence is the
interviewee before one the introduction merely names more often (a biography's subject, the predecessor); without
any evidence the person named most before the first turn is.

An explainer laid out as questions and answers ("Q: Why did Holloway resign? A: He said in a letter …") has no
interviewee: its questions address nobody (no "you", no name called) and the person it is about is talked of in the
third person inside its turns. Its answers are the writer's."""
from __future__ import annotations

import re
from collections import Counter

from ..entities.en_interviewees import addressed, addressed_by_title, heading_cued
from .. import rules
from .en_ctx import Context

_ASKING_VERBS = frozenset({"interview", "ask", "question"})
_TALKING_VERBS = frozenset({"speak", "talk", "chat", "sit"})  # "spoke with us", "sat down with the Ledger"
_US = frozenset({"us", "me"})  # (not "reporters": "the mayor spoke with reporters" is no interview of ours)
_WRITER = frozenset({"we", "i"})  # the writer asks: "we asked Hall" (not "her team questioned Stone"; review r29)
SECOND_PERSON = re.compile(r"\b(?:you|your|yours|yourself|you're|you’re|you've|you’ve)\b", re.I)
_QUESTION_LINE = re.compile(r"^[ \t]*(?:(?:Q|Question|QUESTION)[ \t]*[:.][ \t]*(?P<body>[^\n]*)|"
                            r"(?P<bare>[^\n]*\?)[\"”’]?[ \t]*$)", re.M)  # a labelled question, or one by its "?"
_TURN_LINE = re.compile(r"^[ \t]*(?:Q|A|Question|Answer|QUESTION|ANSWER)[ \t]*[:.][ \t]*", re.M)


def interviewee(ctx: Context, before: int, need_evidence: bool = False):
    """The entity index of the person the interview whose first turn stands at ``before`` is with, or None; with
    ``need_evidence`` only a person the page says it interviews (a vox pop's "we asked people leaving the hall" under
    an introduction naming the mayor has nobody; review r29)."""
    counts = Counter(i for s, _, i in ctx.actors.inside(0, before) if ctx.actors.entities[i].type == "PERSON")
    evidence: Counter = Counter()
    for s, e, i in ctx.actors.inside(0, before):
        if i not in counts:
            continue
        role = _interview_role(ctx, ctx.token_at(e - 1))
        if role == "asks":
            counts[i] = 0
        elif role == "asked":
            evidence[i] += 1
        elif role == "other":
            counts[i] += 1  # (someone else asked them: one more mention, as before r29)
        if heading_cued(ctx.text, s):
            evidence[i] += 1
    questions = [m.group("body") or m.group("bare") or "" for m in _QUESTION_LINE.finditer(ctx.text, before)]
    for i in counts:
        name = ctx.actors.entities[i].name.split()
        if addressed(ctx.text, name[0], before) or len(name) > 1 and addressed_by_title(ctx.text, name[-1], before):
            evidence[i] += 1  # "Q: Will, Northgate has grown …?", "Q: Mr. Reed, why …?": the question calls them
    evidence = Counter({i: n for i, n in evidence.items() if counts[i] > 0})
    if evidence:
        top = evidence.most_common(2)
        if len(top) == 1 or top[0][1] > top[1][1]:
            return top[0][0]
        tied = [i for i, n in top if n == top[0][1]]
        counts = Counter({i: counts[i] for i in tied})
    if need_evidence and not evidence:
        return None
    top = [x for x in counts.most_common(2) if x[1] > 0]
    if not top or (len(top) == 2 and top[0][1] == top[1][1]):
        return None
    who = top[0][0]
    if not evidence and _explainer(ctx, who, before, questions):
        return None
    return who


def _explainer(ctx: Context, who: int, before: int, questions: list[str]) -> bool:
    """The page is an explainer about ``who``: no question addresses anyone, and a turn talks of them."""
    if any(SECOND_PERSON.search(q) for q in questions):
        return False
    for s, _, i in ctx.actors.inside(before, len(ctx.text)):
        if i == who and _TURN_LINE.match(ctx.text, ctx.text.rfind("\n", 0, s) + 1):
            return True
    return False


def _interview_role(ctx: Context, tok) -> str | None:
    """"asks" when ``tok`` is the subject of an interviewing verb whose object is a person ("Reed asked Hall"),
    "asked" when it is the object ("interviewed Hall", "Hall was asked"), or the subject of speaking with us or the
    outlet ("Frost spoke with us", "Voss spoke with the Ledger") or of answering questions, else None."""
    head = tok.head  # (not "spoke with" a person: the one who speaks with a reporter answers as often as asks)
    lemma = head.lemma_.lower()
    if head.pos_ == "VERB" and lemma in _ASKING_VERBS:
        if tok.dep_ == "nsubj" and any(c.dep_ == "dobj" and ctx.entity_at(c.idx, c.idx + len(c.text), ("PERSON",))
                                       for c in head.children):
            return "asks"
        if tok.dep_ == "dobj":
            subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
            return "asked" if subj is not None and (subj.lower_ in _WRITER or ctx.entity_at(
                subj.idx, subj.idx + len(subj.text), ("MEDIA",))) else "other"
        if tok.dep_ == "nsubjpass":  # "Hall was interviewed", not "… by the police"
            return "other" if any(c.dep_ == "agent" for c in head.children) else "asked"
    if tok.dep_ == "nsubj" and head.pos_ == "VERB":
        if _at_the_press(head):
            return "briefed"
        if lemma == "answer" and any(c.dep_ == "dobj" and c.lemma_.lower() == "question" for c in head.children):
            return "asked"
        if lemma in _TALKING_VERBS:
            for prep in (c for c in head.subtree if c.dep_ == "prep" and c.lower_ in ("with", "to")):
                obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
                if obj is not None and (obj.lower_ in _US or any(c.dep_ == "poss" and c.lower_ == "our" for c in
                                                                  obj.children) or  # "… to our reporter Tom Ashby"
                                        ctx.entity_at(obj.idx, obj.idx + len(obj.text), ("ORG", "MEDIA"))):
                    return "asked"
    return None


def _at_the_press(verb) -> bool:
    """``verb`` has its subject talk to the press or hold a press conference: "Conte addressed the media", "spoke to
    reporters", "faced the press", "held a press conference", "gave a news briefing" (lang/en/words.tsv press_*)."""
    lemma = verb.lemma_.lower()
    audiences = rules.wordset("en", "press_audiences")
    if lemma in rules.wordset("en", "press_verbs"):
        objs = [c for c in verb.children if c.dep_ == "dobj"]
        objs += [g for p in verb.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                 for g in p.children if g.dep_ == "pobj"]
        return any(o.lower_ in audiences or o.lemma_.lower() in audiences for o in objs)
    if lemma in ("hold", "give", "host"):
        return any(c.dep_ == "dobj" and c.lemma_.lower() in rules.wordset("en", "press_events") and
                   (c.lemma_.lower() != "conference" or any(m.lower_ in ("press", "news") for m in c.lefts))
                   for c in verb.children)
    return False


def press_person(ctx: Context, before: int):
    """The one person the page says, before ``before``, talks to the press (``_at_the_press``: "Silva addressed the
    media"), or None. No interview evidence of its own ("the mayor spoke with reporters" is no interview of ours;
    review r29): only a press conference printed as questions and answers takes it (en_answers.quoted_answers)."""
    who = {i for _, e, i in ctx.actors.inside(0, before) if ctx.actors.entities[i].type == "PERSON" and
           _interview_role(ctx, ctx.token_at(e - 1)) == "briefed"}
    return next(iter(who)) if len(who) == 1 else None


_ASKED_LINE = re.compile(r"[ \t]*[\"“]?[A-Z][\w.'’&\- ]{0,40}:[ \t]+[^\n]*\?[\"”’]?[ \t]*$")


def answers_question(text: str, line_start: int, a: int, b: int) -> bool:
    """The labelled turn at ``line_start`` (its words [a, b)) answers the question of the labelled paragraph just
    before it ("Q: How long have you known each other?" / "Marsh: Since the fourth grade."): a short verbless answer
    is still the speaker's words, as a list under names ("Precinct 4: 1,204 ballots") after no question is not."""
    k = line_start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    prev = text[text.rfind("\n", 0, k) + 1:k]
    m = _ASKED_LINE.match(prev)
    if m is None or re.search(r"[^\W\d_]{2}", text[a:b]) is None:
        return False
    # a figure opening the line under an impersonal question of a named person is a tally ("Clerk Ann Lee: What are
    # the totals?" / "Tom Reed: 4,210 votes so far"), unless the question speaks to someone ("How many do you need?"
    # / "Hall: 12 more") or is the interviewer's ("Q: How old is the bridge?" / "Lane: 94 years"; review r29)
    labelled_q = _QUESTION_LINE.match(prev)
    return not text[a:b].lstrip(" \t\"“$£€").startswith(tuple("0123456789")) or SECOND_PERSON.search(prev) is not None \
        or labelled_q is not None and labelled_q.group("body") is not None
