"""Transcripts and interview turns: a paragraph opening with a speaker's label and a colon ("TAPPER: Do you think
…", "Rush Limbaugh: Hillary asking …", a headline "Pence: Flowers won't be at debate") is that person's words, the
colon the cue; "A: …" answers of a question-and-answer piece are the interviewee's (en_interviewee). The label is a
person of the record: a person actor found at the label, or (a transcript writes surnames in capitals) the one
person actor of the document whose name ends with the label's last word. A short verbless turn is one where it
answers the question just asked ("Marsh: Since the fourth grade."). A label that names no person ("UPDATE:", "The
Latest:", "Correction:", "Poll:") is no speaker, a list under names no turn; "Q:" turns are the interviewer's, who is
not named: no record."""
from __future__ import annotations

import re
from collections import Counter

from .. import rules
from ..actors import WEntity
from ..marks import find_quoted
from .en_colon_titles import colon_title
from .en_complement import long_attribution
from .en_ctx import FINITE, ROLE_HEADS, Context, Found, set_speaker
from .en_interviewee import answers_question, interviewee as _interviewee
from .en_label_names import initials_person, interviewer_surnames

_LABEL = re.compile(r"^[ \t]*(?:\[?\(?\d{1,2}:\d{2}(?::\d{2})?\)?\]?[ \t]+(?![AaPp]\.?[Mm]\b\.?))?"
                    r"[\"“]?(?P<label>[A-Z][A-Z.'’\- ]{1,40}|[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,3}|A|"
                    r"[A-Z][a-z]+(?: [a-z]+){1,4}(?: [A-Z][\w.'’\-]*){1,3})"
                    r"(?:[ \t]*\([A-Z][\w.\- ]{0,18}\))?[ \t]*:(?:[ \t]+(?=\S)|(?=[\"“])|[ \t]*\n(?=[ \t]*\S))", re.M)
# (a recording's time stamp may open the line: "[00:12:03] Sen. Maria Lopez: …", but "9:45 PM:" is a live blog's
# time, no label "PM"; the label may stand alone on its line, the words on the next: "SENATOR BLAKE:⏎Did you know
# …", a page's layout in two columns flattened)
_ANSWER_LABELS = frozenset({"A", "Answer", "ANSWER"})  # an interview's answers: the interviewee's (the intro's)
# the words of a title before a name in a label ("Former secretary of state Hillary Rodham Clinton:")
_TITLE_WORDS = frozenset(w for t in ROLE_HEADS for w in t.split()) | {"former", "then", "acting", "deputy", "of",
                                                                       "the", "state"}


def _person_named(ctx: Context, s: int, e: int):
    """The person actor the label at [s, e) names, as (start, end, entity) or None."""
    at = next((i for hs, he, i in ctx.actors.inside(s, e + 1)
               if ctx.actors.entities[i].type == "PERSON" and he - hs >= (e - s) // 2), None)
    if at is not None and not ctx.actors.entities[at].name.isupper():
        return s, e, at
    if at is None:  # a title in lower case before the name: "Former secretary of state Hillary Rodham Clinton"
        for hs, he, i in ctx.actors.inside(s, e + 1):
            words = ctx.text[s:hs].lower().split()
            if he == e and ctx.actors.entities[i].type == "PERSON" and words and \
                    all(w.strip(".") in _TITLE_WORDS for w in words):
                return s, e, i
    words = ctx.text[s:e].split()
    if any(w[:1].islower() and not _title_word(w) for w in words[:-1]):
        return (s, e, at) if at is not None else None  # a phrase, not a name: "On the road with Kessler: a long day"
    last = words[-1].strip(".'’").lower()  # "WALLACE" -> the Chris Wallace of the text
    hits = {i for i, ent in enumerate(ctx.actors.entities) if i != at and ent.type == "PERSON" and ent.mentions
            and not ent.name.isupper() and ent.name.split()[-1].lower() == last} if len(last) >= 3 else set()
    if len(hits) > 1:  # "Gov Fallin" (a headline's title and surname) beside "Mary Fallin": the one full name
        full = {i for i in hits if not all(_title_word(w) for w in ctx.actors.entities[i].name.split()[:-1])}
        hits = full if len(full) == 1 else hits
    if len(hits) == 1:
        return s, e, hits.pop()
    return (s, e, at) if at is not None else None


def _organisation(ctx: Context, label: str) -> bool:
    """The label is the name of an organisation or an outlet of the text: an actor of that type, or a name the text
    writes after "the" ("TRIBUNE" after "spoke to the Tribune": a person is never "the Cole")."""
    low = label.lower().removeprefix("the ")
    if any(ent.type in ("ORG", "MEDIA") and ent.name.lower().removeprefix("the ") == low
           for ent in ctx.actors.entities):
        return True
    return label.isupper() and re.search(r"\b[Tt]he " + re.escape(label.title()) + r"\b", ctx.text) is not None


def _title_word(w: str) -> bool:
    w = w.lower()
    return w in _TITLE_WORDS or w + "." in _TITLE_WORDS or w.rstrip(".") in _TITLE_WORDS


# the labels of a newsroom's own notes ("UPDATE:", "EDITOR'S NOTE:", "WATCH:"), never a speaker
_NEWSROOM_LABELS = frozenset("update updated updates correction corrections note breaking watch read more related "
                             "photo photos video source sources q a".split())
_CAPS_LABEL = re.compile(r"^[ \t]*(?P<label>[A-Z][A-Z.'’\-]+(?: [A-Z][A-Z'’\-]+){0,2})[ \t]*:"
                         r"(?:[ \t]+|[ \t]*\n[ \t]*)\S", re.M)
# (a title keeps its full stop: "SEN. CORDERO:", "REP. HALE:")


def transcript_names(text: str) -> dict[str, str]:
    """The speakers of a transcript written in capitals ("JAKE TAPPER: …", then "TAPPER: …", "FALLIN: …"): the last
    word of every capitalised label that opens two lines or more, when another speaker's label stands beside it (a
    dialogue, not a dateline or an "UPDATE:"), with the name the fullest label gives it ("Jake Tapper")."""
    labels = [m.group("label") for m in _CAPS_LABEL.finditer(text)
              if m.group("label").split()[-1].lower() not in _NEWSROOM_LABELS]
    count = Counter(lb.split()[-1] for lb in labels)
    names = {w: w for w, n in count.items() if n >= 2 and len(w) >= 3}
    if not names or len(count) < 2:
        return {}
    for lb in labels:
        w = lb.split()[-1]
        if w in names and len(lb) > len(names[w]):
            names[w] = lb
    return {w: " ".join(p.capitalize() for p in lb.split()) for w, lb in names.items()}


def _hosts(text: str) -> frozenset[str]:
    """The surnames (lower case) of a transcript's hosts, as the text introduces them (``host_nouns``): a label
    "DANA WHITFIELD, HOST:", "The host is Carmen Whitlock", "host Carmen Whitlock", "Carmen Whitlock, the host"."""
    nouns = "|".join(re.escape(w) for w in sorted(rules.words("en", "host_nouns"), key=len, reverse=True))
    word = r"(?:[A-Z][\w'’-]+|[A-Z]\.)"  # (an initial keeps its full stop; a name's last word does not)
    name = "(" + word + r"(?:[ \t]+" + word + "){0,3})"
    found = set()
    for pat in (name + r"[ \t]*,[ \t]*(?:the[ \t]+)?(?i:" + nouns + r")\b", _INTERVIEW_BY + name,
                r"(?:^|(?<=\n)|\b(?:[Tt]he|[Yy]our|[Oo]ur|[Ww]ith|[Aa]nd)[ \t]+|(?i:\b(?!host\b|hosts\b)(?=\w)))"
                r"(?i:(?:" + nouns + r"))(?:[ \t]+is|,)?[ \t]+" + name):
        # ("host" is also a verb: a determiner or a line start before it, "will host Kessler" is no host, review r18;
        # "moderator Ann Reed" needs none)
        for m in re.finditer(pat, text):
            found.add(m.group(1).split()[-1].strip(".").lower())
    return frozenset(found)


_INTERVIEW_BY = r"\b(?:[Ii]nterview(?:ed)?|[Cc]onducted|[Qq]uestions)[ \t]+by[ \t]+"  # an interview's byline


def _statement(ctx: Context, a: int, b: int, headline: bool = False) -> bool:
    """Words someone says: four words or more with a finite verb and a subject (a sentence, not a phrase). A list
    under names ("Hillary Clinton: 1,769", "Donald Trump: Move past Iowa", a police roster "Ann Roe: Possession of
    heroin, held in jail in lieu of $5,000 bond" whose participles make no sentence) is the writer's table, no turn."""
    toks = [t for t in ctx.tokens(a, b) if not t.is_punct]
    if len(toks) < 4 or not any(t.pos_ in ("VERB", "AUX") for t in toks):
        return False
    if headline or sum(t.text[:1].isupper() for t in toks) * 5 >= len(toks) * 3:
        # a headline (the text's first line, or Title Case: "Rush Limbaugh: Hillary Asking Moderator … ‘Reeks of
        # Fear’", "Carson: Cruz taking 'Benghazi' approach"): it drops its auxiliaries, the tagger reads its verbs
        # as names; the verb test above is all it can pass. Its label is a speaker only when the headline quotes
        # (in marks) or speaks in the first or second person ("Clinton: I support D.C. statehood"); otherwise the
        # name is the story's topic ("Julian Assange: Sweden drops rape investigation"), no one's statement
        # (review r20: a stance, a forecast or a verdict is a statement too: a modal or a negation, "Putin: Russia
        # will respond to NATO expansion", "Sanders: Clinton not qualified to be president"; a report of a
        # happening in the present is the topic's news)
        return _quotes_words(ctx.text, a) or any(t.lower_ in _SPEAKERS_WORDS or t.lower_ in _STANCE_WORDS
                                                 for t in toks)
    if any(t.tag_ in FINITE for t in toks) and any(t.dep_ in _SUBJ for t in toks):
        return True
    # a speaker's own words without a subject: an imperative, a thanks, a greeting ("BARRETT: Thank you, Mr.
    # Chairman, for the kind introduction": review r15), or words to and of the people talking; a roster line
    # has neither
    return any(t.dep_ == "ROOT" and t.tag_ == "VB" for t in toks) or \
        any(t.lower_ in _SPEAKERS_WORDS for t in toks)


_SPEAKERS_WORDS = frozenset({"i", "me", "my", "we", "us", "our", "you", "your"})
_STANCE_WORDS = frozenset({"will", "would", "must", "should", "can", "cannot", "could", "won't", "wo", "can't", "ca",
                           "not", "n't", "never", "no"})
_SINGLE_QUOTED = re.compile(r"(?<![\w’'])'[^'\n]+'(?![\w’'])")  # 'Benghazi' (straight marks; "aren't" is none)


def _quotes_words(text: str, a: int) -> bool:
    """The line from ``a`` holds a quotation in marks (curly, straight or guillemets; apostrophes are none)."""
    b = text.find("\n", a)
    line = text[a:len(text) if b < 0 else b]
    return bool(find_quoted(line) or _SINGLE_QUOTED.search(line))


_SUBJ = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def turns(ctx: Context, found: list[Found]) -> list[Found]:
    """``found`` with the labelled turns of the text that no quote read already holds; a quotation read with nobody
    as its speaker that opens with the label (a transcript printed in quote marks: "“WALLACE: Let's start …") gives
    way to the turn."""
    text = ctx.text
    out: list[Found] = []
    line_of: dict[int, Found] = {}  # the first quotation of each line that has no speaker
    for q in found:
        if q.speaker is None and not q.speaker_name:
            line_of.setdefault(text.rfind("\n", 0, q.start) + 1, q)
    first_qa = next((m.start() for m in re.finditer(r"^[ \t]*(?:[QA]|Question|Answer|QUESTION|ANSWER)[ \t]*:", text,
                                                    re.M)), None)
    caps = transcript_names(text)
    hosts = (_hosts(text) if caps else frozenset()) | interviewer_surnames(text)  # (the interviewer's turns ask)
    speakers: dict[str, int] = {}  # a transcript's speaker no actor held -> the entity made for them
    for m in _LABEL.finditer(text):
        label = m.group("label").strip()
        s, e = m.start("label"), m.start("label") + len(label)
        if label.split()[-1].strip(".").lower() in hosts:
            continue  # the host's or the interviewer's turns ask; what they report is read on its own
        if label in _ANSWER_LABELS:
            who = _interviewee(ctx, first_qa) if first_qa is not None and first_qa > 0 else None
            hit = (s, e, who) if who is not None else None
        else:
            hit = _person_named(ctx, s, e)
            if hit is None and (k := initials_person(ctx, label)) is not None:
                hit = (s, e, k)  # "KM: …" after "Dr. Kavita Mehta" (en_label_names)
        if hit is None and _organisation(ctx, label):
            continue  # "TRIBUNE: Will you raise taxes?": the outlet that asks, no person of a transcript
        spoken = caps.get(label.split()[-1]) if hit is None and label.isupper() and not any(
            ctx.actors.entities[i].type != "PERSON" for _, _, i in ctx.actors.inside(s, e)) else None  # ("LONDON:")
        if hit is None and spoken is None:
            continue
        a = m.end()
        b = text.find("\n", a)
        b = len(text) if b < 0 else b
        while b > a and (text[b - 1].isspace() or text[b - 1] in ".,;:\"”"):
            b -= 1
        if colon_title(ctx, label, s, a, b, hit, lambda lb: _other_label(ctx, lb)):
            continue  # "Star Wars Jedi: Fallen Order is a game …": a work's title, no turn (en_colon_titles)
        bare = line_of.get(m.start())
        if bare is not None and bare.start <= a and text[bare.start:a].strip(" \t\"“:").strip() == label:
            found = [q for q in found if q is not bare]
        elif bare is not None and bare.start > a and not text[a:bare.start].strip(" \t\"“‘'"):
            _labelled(ctx, bare, hit, s, m.end())  # "Clinton: “Our goal is …”": the quotation is the turn
            continue
        if not _statement(ctx, a, b, headline=not text[:m.start()].strip()) and not (
                label.isupper() and label.split()[-1] in caps and re.search(r"[^\W\d_]{2}", text[a:b])) and not (
                hit is not None and answers_question(text, m.start(), a, b)):
            continue  # (a transcript's short turn is a turn: "MBEKI: Thanks, Carmen."; so is a person's short
            # answer to the question just asked: "Q: How long …?" / "Marsh: Since the fourth grade.")
        rest = [t for t in found if not (t.kind == "indirect" and s <= t.start < a) and not _inside_turn(ctx, t, hit,
                                                                                                       a, b)]
        # "RUIZ: …, he told me": the indirect reader took the label for its content's start; the turn holds the
        # paragraph (only if it is one), and the turn's own "I think …" (see _inside_turn)
        if any(t.start <= a < t.end or a <= t.start < b < t.end for t in rest) or \
                sum(max(0, min(b, t.end) - max(a, t.start)) for t in rest) * 2 >= b - a:
            continue  # (a quotation the rules read already: "TRUMP: “…”")
        found = rest
        q = Found("direct", a, b, text[a:b], cue=":", origin="turn", attr=(s, m.end()))
        if hit is None:  # a transcript's speaker no actor holds: a person of the record, named as its labels give
            if spoken not in speakers:
                speakers[spoken] = ctx.actors.add_entity(WEntity("PERSON", spoken))
            hit = (s, e, speakers[spoken])
        if label.isupper() and label not in _ANSWER_LABELS:  # the label is a mention of its speaker ("WALLACE")
            ctx.actors.add_mention(hit[2], s, e, "name")
        set_speaker(ctx, q, hit)
        if label in _ANSWER_LABELS:
            q.speaker_span = None  # the label names nobody: the speaker comes from the introduction
        out.append(q)
    for m in _INLINE.finditer(text):  # "… ISIS.” Bush: “The mission is …”": a second turn in the paragraph
        s, e = m.start("label"), m.end("label")
        hit = _person_named(ctx, s, e)
        bare = next((q for q in found if m.end() <= q.start <= m.end() + 2 and q.speaker is None
                     and not q.speaker_name and not q.pronoun), None)
        if hit is not None and bare is not None:
            _labelled(ctx, bare, hit, s, m.end())
    return found + out


def _other_label(ctx: Context, label: str) -> bool:
    """A label other than ``label`` names a person (or asks or answers) on the page: the page is a transcript."""
    for m in _LABEL.finditer(ctx.text):
        other = m.group("label").strip()
        if other == label:
            continue
        s = m.start("label")
        if other in _ANSWER_LABELS or other in ("Q", "Question", "QUESTION") or \
                _person_named(ctx, s, s + len(other)) is not None:
            return True
    return False


_OWN = frozenset({"i", "we", "you"})


def _inside_turn(ctx: Context, t: Found, hit, a: int, b: int) -> bool:
    """A clause the indirect reader took inside the turn at [a, b) that is the turn's own words, not a statement
    reported in them: "FALLIN: Well, I think the whole nation …", "TAPPER: Do you think Trump has …?" (a view the
    speaker states or asks about in the first or second person, a question, or one credited to nobody or to the
    labelled speaker). A third person's statement quoted in a turn ("FALLIN: Trump said he …") stays its own."""
    if t.kind != "indirect" or not (a <= t.start < b) or t.cue_i is None:
        return False
    cue = ctx.doc[t.cue_i]
    subj = next((c for c in cue.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lower_ in _OWN:
        return True
    s_lo, s_hi = ctx.sent(cue.idx)
    if ctx.text[s_lo:s_hi].rstrip(" \"”’'").endswith("?"):
        return True
    return (t.speaker is None and not t.speaker_name) or (hit is not None and t.speaker == hit[2])


_INLINE = re.compile(r"(?<=[.!?][\"”] )(?P<label>[A-Z][\w.'’\-]*(?: [A-Z][\w.'’\-]*){0,2})[ \t]*:[ \t]+(?=[\"“])")


def _labelled(ctx: Context, q: Found, hit, s: int, e: int) -> None:
    """Quotation ``q`` is the turn of the person ``hit`` its label [s, e) names."""
    q.cue, q.attr, q.origin = ":", (s, e), "turn"
    set_speaker(ctx, q, hit)


def merge_split(ctx: Context, found: list[Found]) -> list[Found]:
    """One statement split by its attribution is one quote: "“We will keep fighting,” he said, “until …”" and "“…,”
    she said. “…”" (the same paragraph) give one quote whose ``parts`` are the pieces, its text the pieces joined."""
    head: dict[int, Found] = {}
    out: list[Found] = []
    for q in found:
        p = head.get(id(q.follows)) if q.follows is not None else None
        if p is None and out and _goes_on(ctx, out[-1], q):
            p = out[-1]  # "“A,” said Ana Ruiz in a statement, “because …”": the attribution split one sentence
        if p is not None and q.kind == "direct" and "\n" not in ctx.text[p.end:q.start]:
            if not p.parts:
                p.parts = [(p.start, p.end)]
            p.parts.append((q.start, q.end))
            p.end, p.text = q.end, p.text + " " + q.text
            head[id(q)] = p
            continue
        head[id(q)] = q
        out.append(q)
    return out


def _goes_on(ctx: Context, p: Found, q: Found) -> bool:
    """Quotation ``q`` goes on the sentence of quotation ``p`` across the attribution between them: both direct with
    one speaker, in one sentence of one paragraph, ``p`` closed by a comma and ``q`` opening in lower case ("“We're
    proud of this record,” said Ana Ruiz in a statement, “because it was made …”")."""
    if p.kind != "direct" or q.kind != "direct" or q.start <= p.end or not q.text[:1].islower():
        return False
    if (p.speaker, p.speaker_name) != (q.speaker, q.speaker_name) or (p.speaker is None and not p.speaker_name):
        return False
    gap = ctx.text[p.end:q.start]
    if "\n" in gap or any(c in gap for c in ".!?;") or len(gap) > 120 and not long_attribution(ctx, p.end, q.start):
        return False
    return gap.lstrip(" ”\"’'").startswith(",") and gap.rstrip(" “\"‘'").endswith(",")
