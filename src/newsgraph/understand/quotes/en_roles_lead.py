"""A speaker a headline or a lead names by a role before the story names the person (who is credited, English; split
from ``en_roles`` in round 23): a headline's bare role ("Governor says Guard will stay": ``headline_role``) and a
lead's definite description named in the next attribution ("The top Republican on the House Appropriations Committee
warned …" … "Rep. Tom Cole told": ``delayed_naming``). The role words are ``en_roles``'s."""
from __future__ import annotations

import re

from .. import rules
from .en_reads import written_thing
from .en_relations import kin_name, words_before
from .en_role_owner import another_owner, another_rank, named_for_an_owner
from .en_roles import _LATER, _data, _norm, _role_words, role_phrases


def headline_role(ctx, q) -> None:
    """A headline names its speaker by a bare role ("Governor says Guard will stay", "CEO says AI spending will take
    time", "Police chief says …"): the story names that person after it; the first person whose role words hold
    every word of the role (its title, the words before its name) is the one, as for "a transit chief says … .
    Transit chief Ed Alvarez told …"."""
    lo, hi = q.speaker_span
    words = ctx.text[lo:hi].split()
    # (the page's first line; or a headline line of the lead after furniture lines: en_headline_source)
    if "\n" in ctx.text[:lo].strip() and q.origin != "headline-source" or not 1 <= len(words) <= 3:
        return
    abbr, person_heads, _ = _data("en")
    last = words[-1].lower()  # (a common noun's owner tells whose relation, not who: "Victim's mother says")
    words = _norm([w for w in words[:-1] if not (w.islower() and w.endswith(("'s", "’s")))] + words[-1:], abbr)
    if words[-1] not in person_heads and last not in person_heads and abbr.get(last) not in person_heads:
        return
    line = ctx.text.find("\n", hi)  # the story names the person (one the headline names after its cue is another:
    line = len(ctx.text) if line < 0 else line  # "Former Obama Adviser Says Trump Will Win", newuser33)
    # (a name inside the description itself counts from the story on: "Trump's Son Says" over "Eric Trump, …",
    # where coreference gave the headline's "Trump" to Eric)
    ents = ctx.actors.entities
    later = sorted((min(x.start for x in ent.mentions if x.start > line), i) for i, ent in enumerate(ents)
                   if ent.type == "PERSON" and ent.mentions and any(x.start > line for x in ent.mentions)
                   and all(x.start > line or lo <= x.start < x.end <= hi for x in ent.mentions))
    need = {w for x in words for w in x.split()}  # every word of it: "Police chief says" is not the fire chief
    owners = {k for _, _, k in ctx.actors.inside(lo, hi)}  # (the ones named in it: "Trump's Son" is never Trump)
    for _, i in later[:6]:  # (r33: or in an apposition after the name, "Ann Vale, a longtime Clinton ally,")
        have = _role_words(ctx, i, abbr) | words_before(ctx, i)  # (the appositions are in _role_words)
        if need <= have and i not in owners or not need <= have and need <= have | kin_name(ctx, i, need, have):
            # (by the family name, "Trump's Son" over "Eric Trump, son of …": coreference may have given the
            # headline's bare "Trump" to Eric, the only Trump named)
            q.speaker, q.speaker_name = i, None
            return


def delayed_naming(ctx, q, found) -> None:
    """Wire copy leads with a description and names its source in the next attribution ("The top Republican on the
    House Appropriations Committee warned Tuesday that … . "…," Rep. Tom Cole of Oklahoma told reporters"; "…, the
    EU's foreign policy chief said … . … , Josep Borrell told reporters"): a definite description of a person (its
    head a role or title word, or a party member) speaking before any person is named is the person the next
    attribution names for the first time."""
    lo, hi = q.speaker_span
    if not ctx.text[lo:hi].lower().startswith("the "):
        return aged_newcomer(ctx, q)
    root = _top(ctx, lo, hi)
    abbr, person_heads, _ = _data("en")
    if root is None or not (root.lower_ in person_heads or root.ent_type_ == "NORP"):
        return
    persons = [i for i, ent in enumerate(ctx.actors.entities) if ent.type == "PERSON" and ent.mentions]
    if any(min(x.start for x in ctx.actors.entities[i].mentions) < lo for i in persons):
        return  # someone is named before: the description may be theirs (role_actor's reading)
    later = [p for p in found if p.start > q.start and p is not q and p.start - hi < _LATER]
    nxt = next((p for p in sorted(later, key=lambda x: x.start) if p.speaker is not None or p.speaker_name), None)
    if nxt is None or nxt.speaker is None or nxt.speaker not in persons:
        return
    # (named in a later sentence: "The mayor said …, and Governor Hall said …" are two people)
    if min(x.start for x in ctx.actors.entities[nxt.speaker].mentions) < ctx.sent(max(hi, q.end - 1))[1]:
        return
    # a person the text gives another role is someone else ("The mayor said … . Police chief Tom Hall said …":
    # review r16); a party label describes anyone of the party
    roles = _role_words(ctx, nxt.speaker, abbr)
    head = abbr.get(root.lower_, root.lower_)
    if root.ent_type_ != "NORP" and roles & person_heads and head not in roles:
        return
    # "The sheriff" … "Deputy Sheriff Tom Ray"
    if another_rank(set(_norm(ctx.text[lo:hi].split(), abbr)), role_phrases(ctx, nxt.speaker, abbr)):
        return
    if another_owner(ctx, ctx.text[lo:hi], nxt.speaker):  # "The union's president" is not President Joe Biden
        return
    if named_for_an_owner(ctx, ctx.text[lo:hi], nxt.speaker):  # "The minister" is not "Labour's Rachel Green"
        return
    q.speaker, q.speaker_name = nxt.speaker, None


_AGED = re.compile(r",\s*\d{1,3}\s*,")  # "Lorraine Basker, 58, …"
_INDEFINITE = re.compile(r"an?\s", re.I)
_GO_BETWEENS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "source", "representative", "aide"})


def aged_newcomer(ctx, q) -> None:
    """A delayed-identification lead (r24): wire copy opens on an indefinite description of its subject ("A former
    Georgia county treasurer accused of … took the stand, telling jurors that …") and names that person in a later
    sentence with an age set beside the name ("Lorraine Basker, 58, testified …"). When no person is named before
    the description, its head (a person's role or trade, or a qualified noun; no written thing) is qualified by a
    clause ("charged with …", "accused of …", "who …"), and the first person named after it, in a later sentence
    and within a paragraph or two, is named that way, that person is the speaker. A bare witness ("A police officer
    said", "A local resident said") is not the suspect or the victim named next with an age, nor is a name set
    beside another description ("The suspect, Dale Hurst, 31,"), nor one who passes a message on ("A spokesman
    said"; review r24)."""
    lo, hi = q.speaker_span
    if not _INDEFINITE.match(ctx.text, lo, hi):
        return
    root = _top(ctx, lo, hi)
    abbr, person_heads, _ = _data("en")
    if root is None or root.lower_ in _GO_BETWEENS or not any(c.dep_ in ("acl", "relcl") for c in root.children) or \
            not (root.lower_ in person_heads or root.lower_ in rules.wordset("en", "described_persons") or
                 any(c.dep_ in ("amod", "compound") for c in root.children)) or \
            root.lower_ in rules.wordset("en", "document_nouns") or written_thing(root.lower_):
        return  # (a lead's description says who by a clause: "A retired bus driver charged with …", "A Georgia man
        # accused of …", not "A new report released by …"; "A police officer said" may be anyone's source)
    firsts = []  # each person's first mention, once
    for i, ent in enumerate(ctx.actors.entities):
        if ent.type == "PERSON" and ent.mentions:
            first = min(ent.mentions, key=lambda x: (x.start, -x.end))
            firsts.append((first.start, first.end, i))
    firsts.sort()
    if any(s < lo for s, _, _ in firsts):
        return  # someone is named before: the description may be anyone's
    nxt = next(((s, e, i) for s, e, i in firsts if s >= hi), None)
    if nxt is None or nxt[0] - hi > _LATER or nxt[0] < ctx.sent(max(hi, q.end - 1))[1]:
        return
    if not _AGED.match(ctx.text[nxt[1]:nxt[1] + 8]) or _beside_description(ctx, nxt[0], nxt[1]):
        return
    q.speaker, q.speaker_name = nxt[2], None


def _beside_description(ctx, start: int, end: int) -> bool:
    """The name is set beside a description of its own ("The suspect, Dale Hurst, 31,", "the victim, …"): the text
    says who that person is, someone other than the lead's unnamed speaker."""
    top = _top(ctx, start, end)
    return top is not None and top.dep_ == "appos" and top.head.pos_ == "NOUN"


def _top(ctx, start: int, end: int):
    """The first token of text[start:end] whose head lies outside it (the phrase's root), else None."""
    return next((t for t in ctx.tokens(start, end) if not (start <= t.head.idx < end) or t.head.i == t.i), None)
