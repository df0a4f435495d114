"""A speaker described by a role the text never gave in words ("Sen. Bernie Sanders says … . The Vermont senator
told USA TODAY …", "Donald Trump says … . The Republican presidential nominee noted …"): news varies the name of the
person a passage is about with a description its readers know, and a definite description that opens a sentence
continues the topic of the sentences before (the centre of the discourse: their main-clause subject). So when no
actor's role words fit the description (en_roles.role_actor), it is the person who was the main-clause subject of
the sentence before, or of one a few sentences back when only descriptions of a person or no subject stood between
("X toured … . The Republican candidate was greeted … . “…,” the former general said." -> X). Not when that person
holds another office by the text ("Gov. Ellen Park signed … . The mayor said …": a governor is no mayor; "leader" or
"official" conflicts with no office), nor for a description with an owner ("his lawyer": en_roles checks its owner)
but a relation of a role ("Emma Holloway arrived … . The governor's daughter told …": Emma Holloway, unless she is
the governor by the text)."""
from __future__ import annotations

import re

from .. import rules
from .en_roles import _data, _norm, _role_words
from .en_spk_org import body_nouns, organisation_fit

_THE = re.compile(r"(?:[Tt]he|[Tt]his|[Tt]hat)\s+((?:[\w.’'-]+\s+){0,5}?)([\w-]+)$")
_RELATION = re.compile(r"(?:[Tt]he)\s+(?:[\w.-]+\s+){0,3}?([\w-]+)[’']s\s+(?:[\w-]+\s+){0,2}?([\w-]+)$")
_GENERIC = frozenset({"leader", "official", "politician"})  # a role any office holder may be: no conflict
_BACK = 3  # sentences before the description's own in which its person may be the subject


def topic_person(ctx, lo: int, hi: int, lang: str):
    """The person the description ``text[lo:hi]`` continues the topic of, as (start, end, entity index), else None."""
    abbr, person_heads, _ = _data(lang)
    phrase, owner, bodies = ctx.text[lo:hi].strip(), None, set()
    rel = _RELATION.match(phrase)
    if rel is not None:  # "The governor's daughter": a relation of a role, the role's holder is not the one
        owner, head = _norm([rel.group(1)], abbr)[0], _norm([rel.group(2)], abbr)[0]
        if owner not in person_heads or head not in _relations(lang) - _case_roles(lang):
            return None
    else:
        m = _THE.match(phrase)
        if m is None or "’s" in m.group(1) or "'s" in m.group(1):
            return None
        head = _norm([m.group(2)], abbr)[0]
        bodies = set(_norm(m.group(1).split(), abbr)) & body_nouns(lang)  # "The company spokesman"
        if (head not in person_heads and not _described(head, lang) and not _described(m.group(2).lower(), lang)) \
                or head in _relations(lang):  # (the word as written: "Democrat", not its abbreviation's "democratic")
            return None
    own = next((t for t in ctx.tokens(lo, hi) if t.dep_ in ("nsubj", "nsubjpass")), None)
    if own is None or own.head.dep_ not in ("ROOT", "conj", "parataxis", "ccomp"):
        return None  # not the subject of a main clause: "… after the billionaire mogul claimed that …"
    k = max(0, _sent_index(ctx, lo))
    if _brought_in(ctx, head, ctx.sents[max(0, k - _BACK)][0], lo):
        return None  # "Calloway told a regional vice president … . The vice president replied": that one
    asker, j, last = None, k + 1, k - _BACK
    while j > max(0, last):
        j -= 1
        a, b = ctx.sents[j]
        subj = _main_subject(ctx, a, min(b, lo))
        if subj is None:
            if _names_a_person(ctx, a, min(b, lo)):
                return None  # a person named in a sentence read without its subject: unsure whose topic
            continue  # a fragment ("Another crowd, another town hall.") or a quotation: go on back
        hit = ctx.entity_at(subj.idx, subj.idx + len(subj.text)) or _apposed_name(ctx, subj, head, abbr)
        if hit is not None and (hit[2] == asker or _asked(ctx, subj, a, lo)):
            if asker is None:  # '“It tells you …,” Sanders remarked. / “That would be you?” Borger asked. / “That
                last -= 2  # would be me,” the senator said': the one asked answers, not the asker: the topic before
            asker = hit[2]  # the question (newuser32)
            continue
        if hit is not None:
            if head not in person_heads and not _called_so(ctx, hit[2], head, abbr) and _given_before(ctx, head, lo):
                return None  # a trade or an age the text gave someone else before ("the quarterback" after "Coach
                # Mike Dunn praised quarterback Jalen Price": not Dunn; "the teenager" after "a teenager was
                # arrested"; review r15); one the text never used continues the topic ("The 27-year-old told")
            if ctx.actors.entities[hit[2]].type != "PERSON" or _plural_noun(ctx, hit[2]) \
                    or _other_office(ctx, hit[2], head, abbr, lang) \
                    or _other_party(ctx, hit[2], head, abbr, lang) \
                    or any(c.dep_ == "conj" for c in subj.children) or _given_another(ctx, hit[2], a, lo, head, abbr) \
                    or (owner is not None and owner in _role_words(ctx, hit[2], abbr)):
                return None  # (two subjects, "Sen. Smith and Sen. Jones met …": either; the owner is not its kin)
            if bodies and not organisation_fit(ctx, [hit[2]], bodies, head, lo, lang,
                                               lambda i: _role_words(ctx, i, abbr)):
                return None  # "Halvor spokesman Jed Price said … . The company spokesman said": another company's
            return lo, hi, hit[2]
        if _bare_description(subj, person_heads, abbr):
            continue  # an unresolved description of a person ("The Republican candidate was greeted"): go on back
        return None
    return None


def _asked(ctx, subj, a: int, lo: int) -> bool:
    """The subject ``subj`` asked a question in its sentence (a quotation ending in "?" before "asked") and the
    description opens a new paragraph after it: an exchange's next turn is the other side's."""
    verb = subj.head
    start = ctx.text.rfind("\n", 0, verb.idx) + 1  # (the question may stand as a sentence of its own)
    if verb.lemma_.lower() != "ask" or "?" not in ctx.text[min(a, start):verb.idx]:
        return False
    return "\n" in ctx.text[verb.idx:lo]


_AGE = re.compile(r"\d{1,3}-year-old")


def _plural_noun(ctx, i: int) -> bool:
    """Every name of ``i`` is one plural common noun opening its sentence, capitalised only there ("Drugmakers oppose
    it.", which the small model may type a person): a group, no one person whose topic a description continues."""
    names = [m for m in ctx.actors.entities[i].mentions if m.kind not in ("pronoun", "desc")]
    for m in names:
        toks = list(ctx.tokens(m.start, m.end))
        if len(toks) != 1 or ctx.sent(m.start)[0] != m.start or toks[0].tag_ not in ("NNS", "NNPS") or \
                toks[0].lemma_ == toks[0].text or not toks[0].lemma_.islower():
            return False
    return bool(names)


def _apposed_name(ctx, subj, head: str, abbr):
    """The person named beside a descriptive subject ("Crispin's founder, Walter Crispin, …, has agreed …. The
    81-year-old said": Walter Crispin, r24), as (start, end, entity index), else None. Only for a description that
    fits that subject: an age, or the subject's own head noun ("The founder said"); another role is someone else
    ("The team's owner, Carla Diaz, …. “…,” the general manager said"; review r24)."""
    if not (_AGE.fullmatch(head) or head == _norm([subj.lower_], abbr)[0]):
        return None
    return next((hit for c in subj.children if c.dep_ == "appos" and c.i > subj.i
                 for hit in [ctx.entity_at(c.idx, c.idx + len(c.text), ("PERSON",))] if hit is not None), None)


def _brought_in(ctx, head: str, since: int, lo: int) -> bool:
    """An unnamed person of the description's head noun was brought in by an indefinite article in the sentences
    read ("told a regional vice president that …", "A police officer stopped her."): the definite description
    that follows points back at that one, not at the topic. Not when a name follows it ("a spokesman, Ed Lee")."""
    for m in re.finditer(rf"\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){{0,3}}?{re.escape(head)}\b", ctx.text[since:lo]):
        end = since + m.end()
        if re.match(r",?\s+(?-i:[A-Z][a-z])", ctx.text[end:end + 4]) or ctx.actors.covering(end - 1, end):
            continue
        return True
    return False


def _given_before(ctx, head: str, lo: int) -> bool:
    """The text used the trade ``head`` before ``lo`` for someone: before a name ("praised quarterback Jalen Price")
    or bringing someone in ("a teenager was arrested"). Not in the headline (the first line describes the story's
    own subject: "Former hospital executive tells jury …"), nor a definite "the conductor" with no name after it,
    which already points back at someone the reader knows."""
    first = ctx.text.find("\n")
    line = ctx.text[:first].strip() if first > 0 else ""
    headline = bool(line) and len(line.split()) <= 25 and not line.endswith((".", "!", "\"", "”"))
    for m in re.finditer(rf"\b{re.escape(head)}\b", ctx.text[:lo], re.I):
        if headline and m.start() < first:
            continue
        if re.search(r"\b[Tt]he\s+(?:[\w-]+\s+){0,2}$", ctx.text[max(0, m.start() - 40):m.start()]) and \
                not re.match(r"\s+[A-Z]", ctx.text[m.end():m.end() + 2]):
            continue
        return True
    return False


def _described(head: str, lang: str) -> bool:
    """A person's trade or age as the head of a description ("the guitarist", "the 56-year-old": r15)."""
    if _AGE.fullmatch(head):
        return True
    try:
        return head in rules.wordset(lang, "described_persons")
    except rules.RuleFileError:
        return False


def _called_so(ctx, i: int, head: str, abbr) -> bool:
    """Does the text describe person ``i`` by ``head``: a trade before or after a name ("guitarist Ana Ruiz"), or an
    age ("Ana Ruiz, 27," or "the 27-year-old Ana Ruiz")?"""
    if _AGE.fullmatch(head):
        n = head.split("-")[0]
        text = ctx.text
        return any(re.match(rf",\s*{n}\b", text[m.end:m.end + 8]) or
                   f"{n}-year-old" in text[max(0, m.start - 40):m.start]
                   for m in ctx.actors.entities[i].mentions if m.kind not in ("pronoun", "desc"))
    return head in _role_words(ctx, i, abbr)


def _given_another(ctx, i: int, since: int, lo: int, head: str, abbr) -> bool:
    """The text gave the role to another person named in the sentences read ("Sen. John Smith met Sen. Mary Jones.
    The senator said …": either)."""
    near = {k for _, _, k in ctx.actors.inside(since, lo)} - {i}
    return any(ctx.actors.entities[k].type == "PERSON" and head in _role_words(ctx, k, abbr) for k in near)


def _names_a_person(ctx, a: int, b: int) -> bool:
    quoted = ctx.view.quoted
    return any(ctx.actors.entities[i].type == "PERSON" and not any(q.start <= s < q.end for q in quoted)
               for s, _, i in ctx.actors.inside(a, b))


def _bare_description(tok, person_heads, abbr) -> bool:
    """"the Republican candidate": a person's role after "the", with no owner and no name beside it."""
    kids = list(tok.children)
    return tok.pos_ == "NOUN" and _norm([tok.text], abbr)[0] in person_heads and any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in kids) and not any(
        c.dep_ in ("poss", "appos") for c in kids)


def _sent_index(ctx, pos: int) -> int:
    import bisect
    return bisect.bisect_right(ctx.sent_starts, pos) - 1


def _main_subject(ctx, a: int, b: int):
    """The last subject of a main clause in ``text[a:b]``, outside quotation marks."""
    quoted = ctx.view.quoted
    best = None
    for tok in ctx.tokens(a, b):
        if tok.dep_ not in ("nsubj", "nsubjpass") or not (tok.head.dep_ == "ROOT" or (
                tok.head.dep_ == "conj" and tok.head.head.dep_ == "ROOT")):
            continue
        if any(q.start <= tok.idx < q.end for q in quoted):
            continue
        best = tok
    return best


def _relations(lang: str) -> frozenset[str]:
    try:
        out = set(rules.words(lang, "kinship_words"))
    except rules.RuleFileError:
        out = set()
    return frozenset(out) | _case_roles(lang)  # a part in a case is given in words or not at all


def _case_roles(lang: str) -> frozenset[str]:
    try:
        return rules.wordset(lang, "case_roles")
    except rules.RuleFileError:
        return frozenset()


def _other_office(ctx, i: int, head: str, abbr, lang: str) -> bool:
    """The person holds an office by the text and ``head`` is another office ("Gov. Ellen Park" is no mayor)."""
    offices = _offices(lang)
    if head not in offices or head in _GENERIC:
        return False
    held = _role_words(ctx, i, abbr) & offices
    return bool(held) and head not in held


def _other_party(ctx, i: int, head: str, abbr, lang: str) -> bool:
    """The text gave the person a party and ``head`` is another party's member ("Rep. Bob Stone, a Republican, …
    . The Democrat said": someone else; review r25 #4). Parties: lang/en/words.tsv party_members."""
    parties = set(_norm(sorted(rules.wordset(lang, "party_members")), abbr))
    if head not in parties:
        return False
    given = _role_words(ctx, i, abbr) & parties
    return bool(given) and head not in given


def _offices(lang: str) -> frozenset[str]:
    titles = set(rules.words(lang, "titles"))
    try:
        titles -= {w.lower() for w in rules.wordset(lang, "honorifics") | rules.wordset(lang, "courtesy_titles")}
    except rules.RuleFileError:
        pass
    return frozenset(titles - {"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "sir", "dr.", "dr", "prof.", "lord", "lady",
                               "dame", "rt hon"})
