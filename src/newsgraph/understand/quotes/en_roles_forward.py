"""A speaker a lead introduces by a role whose name the story gives paragraphs later (English, round 27): news
opens on what someone in an office said and names them once the lead is told ("The city's new police chief said
Monday that …" … "Dana Whitlow, 52, spent 24 years …"; "The company's chief executive told analysts …" … "Mark
Tilden took over as chief executive in 2022"; "One sheriff says … . Another says …" … "Sheriff Wade Colton of
Rawlins County is the one with four cars"; "One superintendent in the Bootheel says …" … "The superintendent in
the Bootheel is Roy Gaines"). A headline's bare role ("New police chief says …") is left to headline_role: the
PolNeAR gold keeps a headline's source as written.

``delayed_naming`` (en_roles_lead) takes the person the NEXT attribution names, and only when nobody is named
before; this reader covers the lead whose person is named later in a sentence of its own, with bylines or other
people named before. The description must be a definite or counted one ("the …", "One …"; not in a headline)
headed by a person's role word (en_roles' role heads and titles; no go-between such as a spokesman, whose words are
someone else's), nobody named before it may hold that role (role_actor's reading), and the one it names is the
first person named after it, within a few paragraphs, whose role words hold the head (a title before the name, an
apposition, "as chief executive") or whose naming sentence gives the role before the name ("The superintendent …
is Roy Gaines"). "Another" after "One ROLE says" is the second such person."""
from __future__ import annotations

import re

from .. import rules
from .en_role_owner import another_owner, another_rank
from .en_roles import _data, _norm, _role_words, role_phrases

WINDOW = 2500  # characters after the description in which the story names its person (ten short paragraphs)
_COUNTED = re.compile(r"(?:the|one)\s", re.I)
_ONE_ROLE = re.compile(r"\bOne\s+([a-z]+)\b")


def _head(ctx, lo: int, hi: int):
    """The description's head noun: the first token whose head lies outside it."""
    return next((t for t in ctx.tokens(lo, hi) if not (lo <= t.head.idx < hi) or t.head.i == t.i), None)


_RUNS = r",\s*who\s+(?:has\s+|had\s+)?(?:run|runs|ran|led|leads|headed|heads|founded)\s+(?:the\s+)?"


def _fits(ctx, i: int, head: str, abbr, owner: str | None = None) -> bool:
    """Person ``i`` is named with the role ``head``: in its role words, or in the sentence that first names it,
    before the name ("The superintendent in the Bootheel is Roy Gaines"), after it ("Mark Tilden took over as
    chief executive") or, for a leader of a named ``owner`` ("The president of TixNova"), by a clause that says the
    person runs it ("Gordon Reese, who has run TixNova since 2019,")."""
    if head in _role_words(ctx, i, abbr):
        return True
    first = min(ctx.actors.entities[i].mentions, key=lambda m: m.start)
    s0, s1 = ctx.sent(first.start)
    before, after = ctx.text[s0:first.start].lower(), ctx.text[first.end:s1].lower()
    h = re.escape(head)
    if owner and head in rules.wordset("en", "leader_roles") and \
            re.match(_RUNS + re.escape(owner) + r"\b", ctx.text[first.end:s1]):
        return True
    return re.search(rf"\b{h}\b.*\b(?:is|was)\s+$", before) is not None or \
        re.match(rf"[^.,;]*?\bas\s+(?:the\s+|an?\s+)?(?:[a-z-]+\s+){{0,2}}{h}\b", after) is not None


_FORMER = r"(?:former|formerly|ex-|then-|onetime|one-time|previous|erstwhile)\s*"
_NOT_NOW_BEFORE = re.compile(r"(?:\b" + _FORMER + r"(?:[\w.'’-]+\s+){0,4}|\bat\s+the\s+time,?\s+)$", re.I)
_PRONOUN = re.compile(r"\b(she|he)\b", re.I)


def _holds_it_now(ctx, i: int, head: str) -> bool:
    """Person ``i`` is not named as one who held the role before: "former"/"then-" in the title before the name
    ("the board ousted former chief executive John Smith"), "at the time" just before it ("Its manager at the time,
    Paul Grant") or after it, with the role ("Paul Grant, its manager at the time", "John Smith, a former chief
    executive"). (A new holder's past career stays: "Dana Whitlow, a former state trooper, became chief".)"""
    first = min(ctx.actors.entities[i].mentions, key=lambda m: m.start)
    s0, s1 = ctx.sent(first.start)
    if _NOT_NOW_BEFORE.search(ctx.text[max(s0, first.start - 60):first.start]):
        return False
    after = ctx.text[first.end:min(s1, first.end + 60)]
    h = re.escape(head)
    return re.match(rf"\s*,\s*(?:\w+\s+)?(?:{_FORMER}(?:[\w-]+\s+){{0,2}}{h}\b|(?:[\w-]+\s+){{0,2}}{h}\s+at\s+the\s+"
                    rf"time\b)", after, re.I) is None


def _two_apart(ctx, fitting: list[int]) -> bool:
    """The first two persons of ``fitting`` are named in sentences of their own ("Mayor Ellen Grady … is the one
    who …. Mayor Tom Hurst … has not had …"), not side by side in one ("Analyst Jane Roe and analyst Tom Finch have
    both written …": which of them is "one" the text does not say)."""
    if len(fitting) < 2:
        return False
    firsts = [min(m.start for m in ctx.actors.entities[i].mentions) for i in fitting[:2]]
    return ctx.sent(firsts[0]) != ctx.sent(firsts[1])


def _later_fitting(ctx, lo: int, hi: int, head: str, abbr, owner: str | None = None) -> list[int]:
    """Persons first named after ``hi`` (within WINDOW) whose naming gives them the role ``head``, in text order;
    [] when a person named before ``lo`` holds that role (the description may be theirs)."""
    firsts = []
    for i, ent in enumerate(ctx.actors.entities):
        if ent.type == "PERSON" and ent.mentions:
            firsts.append((min(m.start for m in ent.mentions if m.kind not in ("pronoun", "desc"))
                           if any(m.kind not in ("pronoun", "desc") for m in ent.mentions) else 10 ** 9, i))
    firsts.sort()
    if any(s < lo and _fits(ctx, i, head, abbr) for s, i in firsts):
        return []
    return [i for s, i in firsts if hi <= s <= hi + WINDOW and _fits(ctx, i, head, abbr, owner) and
            _holds_it_now(ctx, i, head) and not _the_before(ctx, i)]


_THE = re.compile(r"\bthe\s+$", re.I)


def _the_before(ctx, i: int) -> bool:
    """Every name of ``i`` follows "the": a place or a thing the tagger typed a person ("One superintendent in the
    Bootheel says …"; "the Bronx", "the Hague"); a person's name takes no article."""
    names = [m for m in ctx.actors.entities[i].mentions if m.kind not in ("pronoun", "desc")]
    return bool(names) and all(_THE.search(ctx.text, max(0, m.start - 5), m.start) for m in names)


def role_named_later(ctx, q) -> None:
    """``q``'s speaker described by a role in the lead or the headline (see the module): the person the story
    names with that role afterwards."""
    lo, hi = q.speaker_span
    text = ctx.text
    first = text.lstrip().split("\n", 1)[0].rstrip()
    if "\n" not in text[:lo].lstrip() and not first.endswith((".", "!", "?", "”", '"')) or \
            not _COUNTED.match(text, lo, hi):
        return  # (a headline's bare role is headline_role's: PolNeAR keeps "Former DNC chairman calls …" as written)
    root = _head(ctx, lo, hi)
    abbr, person_heads, _ = _data("en")
    if root is None or root.lower_ in rules.wordset("en", "go_between_roles"):
        return
    # the role word: the head, or a title compounded with it ("chief executive", "police chief")
    words = [root.lower_] + [c.lower_ for c in root.children if c.dep_ in ("compound", "amod") and c.i < root.i]
    head = next((abbr.get(w, w) for w in words if w in person_heads or abbr.get(w, w) in person_heads), None)
    if head is None:
        return
    own = re.search(r"\bof\s+(?:the\s+)?([A-Z][\w-]+)|([A-Z][\w-]+)[’']s\s", text[lo:hi])
    # (named in a later sentence: "Former DNC chairman calls for Clinton contingency plan" names no chairman)
    fitting = _later_fitting(ctx, lo, ctx.sent(max(hi, q.end - 1))[1], head, abbr, own and (own.group(1) or
                                                                                          own.group(2)))
    para_end = text.find("\n", hi) % (len(text) + 1)
    if text[lo:hi].lower().startswith("one ") and re.search(r"\bAnother\b", text[hi:para_end]):
        fitting = fitting if _two_apart(ctx, fitting) else []  # "One mayor says … Another says …": two named
    said = _PRONOUN.search(q.text)  # "The state's attorney general said that she would sue": a woman
    gender = said and {"he": "m", "she": "f"}[said.group(1).lower()]
    fitting = [i for i in fitting if not gender or ctx.actors.entities[i].gender in (None, gender)]
    if re.match(r"[Tt]he\s+(?:state|city|county|country|province|town)[’']s\s", text[lo:hi]):
        fitting = [i for i in fitting if not _placed_elsewhere(ctx, i, hi)]
    fitting = [i for i in fitting if not another_owner(ctx, text[lo:hi], i)]  # not Uganda's minister for Kenya's
    desc = set(_norm(text[lo:hi].split(), abbr))  # not the shadow health secretary for the health secretary
    fitting = [i for i in fitting if not another_rank(desc, role_phrases(ctx, i, abbr))]
    if fitting:
        q.speaker, q.speaker_name = fitting[0], None


def _placed_elsewhere(ctx, i: int, hi: int) -> bool:
    """Person ``i`` is first named with a place in the title that the story has not named by ``hi`` ("The state's
    attorney general said …" … "Ohio Attorney General Dave Yost filed a similar suit": another state's, when Ohio is
    not the story's state)."""
    first = min(ctx.actors.entities[i].mentions, key=lambda m: m.start)
    s0 = ctx.sent(first.start)[0]
    places = [t.text for t in ctx.tokens(max(s0, first.start - 40), first.start) if t.ent_type_ in ("GPE", "LOC")]
    return any(p not in ctx.text[:hi] for p in places)


def another_of_role(ctx, found) -> None:
    """"One sheriff says … . Another says …": "Another" with no speaker is the second person the story names with
    the role of the "One ROLE" just before it (same paragraph)."""
    abbr, person_heads, _ = _data("en")
    for q in found:
        if q.speaker is not None or q.cue_i is None:
            continue
        subj = next((c for c in ctx.doc[q.cue_i].children if c.dep_ == "nsubj" and c.lower_ == "another"), None)
        if subj is None:
            continue
        para = ctx.text.rfind("\n", 0, subj.idx) + 1
        one = None
        for m in _ONE_ROLE.finditer(ctx.text, para, subj.idx):
            one = m
        if one is None:
            continue
        head = abbr.get(one.group(1), one.group(1))
        if head not in person_heads:
            continue
        fitting = _later_fitting(ctx, one.start(), subj.idx + 7, head, abbr)
        if _two_apart(ctx, fitting):
            q.speaker, q.speaker_name, q.speaker_span = fitting[1], None, (subj.idx, subj.idx + len(subj.text))
