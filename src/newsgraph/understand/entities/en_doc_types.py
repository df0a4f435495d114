"""English spans retyped by the document's evidence (entities/en.py ``extract``): outlets (the curated list, an
outlet's regional edition, a newspaper's masthead, a name where an outlet is credited), a name tagged ORG/GPE that the
text shows to be a person (``_person_evidence``: an honorific, an age, a first-person quote, the majority of its
labels), an outlet named after its founder (``_founders``), a family, a group, a country tagged PERSON."""
from __future__ import annotations

import bisect
import re

from .. import outlets as outlet_list
from .. import rules
from ..names import is_given_name
from .en_lexicon import HONORIFICS, LANG
from .en_spans import no_person_shape


_NOUN_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
_ACRONYM_WORD = re.compile(r"(?!(?:II|III|IV|VI|VII|VIII|XI)$)[A-Z]{2,5}")
# an outlet's possessive before a person's name, tagged as one organisation: "Fox News’ Sean Hannity", "CNN's Jake
# Tapper"
_OUTLET_PERSON = re.compile(r"(?:[’']s?)\s+([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,2})")


def _outlet_edition(t: str, label_votes, lex) -> str | None:
    """The canonical outlet of a name made of an outlet and a place ("Breitbart London", "Fox News Latino" is not
    one: "Latino" is no place): a regional edition of the outlet, no person."""
    words = t.split()
    for k in range(len(words) - 1, 0, -1):
        outlet, place = " ".join(words[:k]), " ".join(words[k:])
        if outlet_list.lookup(outlet) and (lex.country(place) or place in lex.capital or place in lex.state_of or
                                           "GPE" in label_votes.get(place, {})):
            return outlet_list.lookup(outlet)
    return None


def _retype(spans, text, lex):
    """Document-level type fixes: outlets, persons tagged ORG/GPE, countries tagged PERSON, coalitions."""
    person_full = {}  # surname / full name -> count
    label_votes: dict[str, dict[str, int]] = {}
    for s, e, label, _ in spans:
        t = text[s:e]
        label_votes.setdefault(t, {}).setdefault(label, 0)
        label_votes[t][label] += 1
        if label == "PERSON":
            toks = t.split()
            if len(toks) >= 2:
                person_full[toks[-1]] = person_full.get(toks[-1], 0) + 1
                person_full[toks[0]] = person_full.get(toks[0], 0) + 1
                person_full[t] = person_full.get(t, 0) + 1
    # names the text shows to be persons (in any of their places): every span of that name is re-typed
    shown_person = {text[s:e] for s, e, label, _ in spans
                    if label in ("ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP") and _person_evidence(text, s, e, lex)}
    found = outlet_list.find(text)
    outs = {(o.start, o.end): o for o in found}
    o_starts = [o.start for o in found]
    founders = _founders(spans, found, text)
    people = []
    for sp in spans:
        s, e, label, _ = sp
        t = text[s:e]
        if label in ("PERSON", "ORG") and " " not in t and t[:1].isupper() and \
                (m := _NOUN_AFTER.match(text, e)) and m.group(1) in lex.family_nouns:
            # "the Hawkins family said": a family, neither one person nor a company ("an American family", "a
            # Detroit family": a nationality's or a place's, left as they are)
            sp[1], sp[2] = m.end(), "GROUP"
            continue
        k = bisect.bisect_right(o_starts, e) - 1
        o = found[k] if k >= 0 and found[k].end > s else None
        if o is not None and o.text in founders and ((s, e) in founders[o.text] or (
                (s, e) == (o.start, o.end) and not _outlet_credited(text, s, e))):
            sp[2] = "PERSON"  # "Michael Bloomberg", and the document's bare "Bloomberg" where no outlet is credited
            continue
        if o is not None and (label not in ("GPE", "LOC") or o.end == e or (o.start <= s and o.end >= e)):
            m = _OUTLET_PERSON.match(text, o.end, e) if o.start <= s and o.end < e else None
            if m and m.end() == e and is_given_name(m.group(1).split()[0]):
                people.append([m.start(1), e, "PERSON", None])  # "Fox News’ Sean Hannity": the outlet's person
            sp[0], sp[1], sp[2], sp[3] = o.start, o.end, "MEDIA", o.name
            continue
        if label != "PERSON" and (t in person_full or (label in ("ORG", "GPE", "NORP", "LOC", "FAC", "PRODUCT")
                                                         and _majority(label_votes.get(t, {})) == "PERSON")):
            if lex.country(t) is None:
                sp[2] = "PERSON"
                continue
        if label in ("ORG", "GPE", "LOC", "FAC", "PRODUCT", "NORP") and t in shown_person:
            sp[2] = "PERSON"
            continue
        if label in ("PERSON", "GPE") and (kind := no_person_shape(text, s, e, person_full)) is not None and (
                label == "PERSON" or kind == "GROUP"):
            sp[2] = kind  # "the Steelers", "the Bidens" (GPE to the tagger too), "SpaceX"
            continue
        if label == "PERSON" and (lex.country(t) or t in lex.capital):
            sp[2] = "GPE"
            continue
        if label == "PERSON" and outlet_list.lookup(t):
            sp[2], sp[3] = "MEDIA", outlet_list.lookup(t)
            continue
        if label == "PERSON" and (edition := _outlet_edition(t, label_votes, lex)):
            sp[2], sp[3] = "MEDIA", edition  # "telling Breitbart London": an outlet's edition for a place
            continue
        if label == "PERSON" and len(t.split()) >= 2 and t.split()[-1].lower() in lex.mastheads:
            sp[2], sp[3] = "MEDIA", t  # "Orlando Sentinel", a newspaper the outlet list does not hold
            continue
        if label == "PERSON" and len(t.split()) >= 2 and _ACRONYM_WORD.fullmatch(t.split()[-1]) and not t.isupper():
            sp[2] = "ORG"  # "Indiana GOP", "Harvard CAPS": an organisation's acronym ends no person's name
            continue
        if (label == "ORG" and outlet_list.media_context(text, s, e)) or (
                label == "PERSON" and outlet_list.media_after(text, e)) or (
                label == "ORG" and outlet_list.told(text, s, e)
                and not set(t.lower().split()) & lex.institutions):
            sp[2], sp[3] = "MEDIA", t
            continue
        if label == "ORG":
            words = t.lower().split()
            if words and (words[0] in lex.group_heads or (len(words) > 1 and words[-1] in lex.group_heads)):
                sp[2] = "GROUP"
        if label in ("GPE", "NORP") and t in ("EU", "European Union", "NATO", "UN"):
            sp[2] = "ORG"
    spans.extend(people)
    # outlets the model did not tag (or tagged as part of something else)
    taken = [(sp[0], sp[1]) for sp in spans]
    for o in outs.values():
        if not any(a < o.end and o.start < b for a, b in taken):
            founder = o.text in founders and not _outlet_credited(text, o.start, o.end)
            spans.append([o.start, o.end, "PERSON", None] if founder else [o.start, o.end, "MEDIA", o.name])
    return spans


def _founders(spans, found, text: str) -> dict[str, set]:
    """Outlets named after a person the document names in full ("Bloomberg" in "Michael Bloomberg"): a PERSON span
    of two or three words, a known given name first, whose last word is the outlet's whole name. An outlet named
    after its founder is the person inside his full name, and in that document its bare name is the person too
    unless the text credits an outlet (``_outlet_credited``). Name -> the full names' spans."""
    out: dict[str, set] = {}
    by_end = {(o.end, o.text) for o in found}
    for s, e, label, _ in spans:
        words = text[s:e].split()
        if label == "PERSON" and 2 <= len(words) <= 3 and (e, words[-1]) in by_end and is_given_name(words[0]):
            out.setdefault(words[-1], set()).add((s, e))
    return out


def _outlet_credited(text: str, s: int, e: int) -> bool:
    """The name stands where an outlet is credited: "told Bloomberg", "according to Bloomberg", "reported by", "the
    Bloomberg news agency"."""
    return outlet_list.media_context(text, s, e) or outlet_list.told(text, s, e) or \
        bool(re.search(r"according\s+to\s+(?:the\s+)?$", text[max(0, s - 20):s], re.I))


_NAME_TOKEN = re.compile(r"[A-Z][\w’'\-]*\.?$")
_POSSESSIVE_CUE = re.compile(r"[’']s\s+(\w+)(?:\s+(\w+))?")
_AGE_AFTER = re.compile(r",\s+\d{1,3},")
_SPEECH_AFTER = re.compile(r"\s+(?:said|says|told|tells|added|adds|explained|recalled|recalls|laughed|wrote|writes|"
                           r"noted|recounted|testified|insisted|argued|continued)\b")
_FIRST_SG = re.compile(r"\b(?:I|I’m|I'm|I’ve|I've|I’d|I'd|I’ll|I'll|my|me|myself)\b")
_CLOSING = "”\"’»"


def _person_evidence(text: str, s: int, e: int, lex) -> bool:
    """A short name the model tagged ORG/GPE that the text shows to be a person: an honorific before it ("Mr."),
    an age after it ("Parise, 35,"), a kin or personal word after its possessive ("Steenburgen’s son"), or the
    speaker of a direct quote in the first person singular ("“I now do recall,” Sondland said" / "“…I…,” said X")."""
    t = text[s:e]
    words = t.split()
    if not 1 <= len(words) <= 3 or not all(_NAME_TOKEN.match(w) for w in words):
        return False
    if lex.country(t) or t in lex.capital or outlet_list.lookup(t) or t in lex.country_of:
        return False
    if set(w.lower() for w in words) & (lex.institutions | lex.org_heads | lex.group_heads):
        return False
    before = text[max(0, s - 6):s].split()
    if before and before[-1].lower() in HONORIFICS:
        return True
    if _AGE_AFTER.match(text, e):
        return True
    m = _POSSESSIVE_CUE.match(text, e)
    if m and {m.group(1).lower(), (m.group(2) or "").lower()} & rules.words(LANG, "person_cues"):
        return True
    # the speaker of a first-person direct quote, right after its closing mark
    pre = text[max(0, s - 3):s]
    if any(c in _CLOSING for c in pre) and _SPEECH_AFTER.match(text, e):
        start = text.rfind("\n", 0, s) + 1
        return bool(_FIRST_SG.search(text, start, s))
    pre = text[max(0, s - 12):s]
    m2 = re.search(r"[,”\"’]\s*(?:said|says|told|added|recalled|explained|wrote)\s+$", pre)
    if m2:
        start = text.rfind("\n", 0, s) + 1
        return bool(_FIRST_SG.search(text, start, s))
    return False


def _majority(votes: dict) -> str | None:
    if not votes:
        return None
    best = max(votes.items(), key=lambda kv: kv[1])
    return best[0] if best[1] > sum(votes.values()) / 2 else None
