"""A body named bare, given the owner the text sets for it (round 25), as a user reads it; the phrase keeps its words
and its actor link.

- A state's body in a story about that state: "По всей Ботсване проходят забастовки. … Правительство уволило часть
  врачей" is "Правительство Ботсваны"; "Федеральное авиационное управление пояснило, что …" over Washington the US
  agency. The state of the story: the country (CLDR's Russian territory names, by babel) or a seat standing for it
  (``events_metonyms.tsv``) named most often in the text, strictly more than any other, and the only state its
  headline and lead name. Before it, the state named after the body's noun or its holder's title the last time
  ("Посол Японии в России … источники в посольстве": Japan's embassy, not the host's). The bodies: words.tsv
  ``state_bodies``, or a "федеральный" body of ``institutions``; never one with an owner in its phrase, its name or
  its actor's name ("МИД Франции", "Минкомсвязь России"), nor a local one (words.tsv ``local_city``,
  ``local_region``: "областное министерство", ru_local.py's).
- Any body of ``institutions`` named bare after the text named it with its place's adjective ("Парижская прокуратура
  предъявила обвинение … Прокуратура считает, что …"): the place's body, "прокуратура Парижа", as ru_speakers.py
  ``_place_body_speaker`` names the phrase with the adjective itself."""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

from ...record import Ref
from .. import rules
from .ru_local import _genitive, _nominative, _place_of, _states
from .ru_medium import toks_in


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    """Russian names of the world's states: CLDR's by babel (two-letter territories), and the names the events
    tables give them ("США", "Белоруссия" beside CLDR's "Беларусь"; ru_local ``_states``)."""
    from babel import Locale  # (a declared dependency: a broken install fails loudly, never gives fewer states)
    names = {v.lower().replace("ё", "е") for k, v in Locale("ru").territories.items() if k.isalpha()}
    return frozenset(names | _states())


def _state_of_story(an) -> str | None:
    """The name of the state the story is about, else None (see the module)."""
    from .ru_resolve import seats  # (ru_resolve calls this module)
    countries, by_seat = _countries(), seats("ru")
    counts: Counter = Counter()
    lead_end = an.sents[min(2, len(an.sents) - 1)][1] if an.sents else 0
    in_lead = set()
    for m, a in an.mentions_in(0, len(an.text), ("GPE",)):
        key = a.name.lower().replace("ё", "е")
        state = a.name if key in countries else by_seat.get(key)
        if state is None:
            continue
        counts[state] += 1
        if m.start < lead_end:
            in_lead.add(state)
    ranked = counts.most_common(2)
    if not ranked or len(ranked) > 1 and ranked[0][1] == ranked[1][1] or in_lead != {ranked[0][0]}:
        return None  # (two states in the lead, "Белоруссия и Литва не договорились …": whose body is unknown)
    return ranked[0][0]


def state_body(an, speaker: Ref | None) -> Ref | None:
    """``speaker`` named with the story's state when it is a state's body named bare (see the module), else None."""
    m = speaker.mention if speaker is not None else None
    if m is None or len(m.text.split()) > 6:
        return None
    toks = toks_in(an, m.start, m.end)
    placed = _place_body_before(an, toks)
    if placed is not None:
        return Ref(speaker.entity, placed, m)
    bodies = rules.wordset("ru", "state_bodies")
    local = rules.wordset("ru", "local_city") | rules.wordset("ru", "local_region") | rules.wordset("ru", "state_parts")
    federal = any(t.lemma == "федеральный" for t in toks) and \
        any(t.lemma in rules.wordset("ru", "institutions") for t in toks)
    if not (federal or any(t.pos == "NOUN" and t.lemma in bodies for t in toks)) or \
            any(t.lemma in local or t.pos not in ("NOUN", "ADJ", "ADP") for t in toks) or \
            any(w[:1].isupper() for w in speaker.name.split()[1:]) or \
            any(a.id != speaker.entity for _, a in an.mentions_in(m.start, m.end, ("GPE", "ORG", "PERSON", "MEDIA"))):
        return None  # ("МИД Франции", "областное министерство", "Правительство столицы", "министр Иванов")
    actor = next((a for a in an.actors if a.id == speaker.entity), None)
    if actor is not None and (actor.type != "ORG" or any(
            w.lower().replace("ё", "е") in _countries() or w[:1].isupper() and w.isupper() and len(w) > 1
            for w in actor.name.split()[1:])):
        return None  # (an actor of its own, or named with its state or an abbreviation: "Минкомсвязь России")
    body = next(t for t in toks if t.lemma in bodies or t.lemma in rules.wordset("ru", "institutions"))
    abroad = body.lemma in rules.wordset("ru", "abroad_bodies")  # (the host is the story's state: no owner)
    state = _owner_named_before(an, body) or (None if abroad else _state_of_story(an))
    if state is None:
        return None
    return Ref(speaker.entity, f"{speaker.name} {_genitive(state)}", m)


@lru_cache(maxsize=1)
def _holders() -> dict[str, frozenset[str]]:
    """A body's lemma -> its holders' title lemmas (``state_body_holders.tsv``: посольство -> посол)."""
    return {row[0]: frozenset(w.strip() for w in row[1].split(",")) for row in rules.table("ru", "state_body_holders")}


def _owner_named_before(an, body) -> str | None:
    """The state named in the genitive right after the body's noun or its holder's title the last time before it
    ("Посол Японии в России … источники в посольстве": Japan's embassy, not the host's; the titles by lemma,
    ``state_body_holders.tsv``: no word that merely shares letters, "правилами Китая" for "Правительство")."""
    countries = _countries()
    names = {body.lemma} | _holders().get(body.lemma, frozenset())
    for t in reversed(an.toks[:body.i]):
        place = _place_after(an, t) if t.lemma in names else None
        if place is not None and place.lower().replace("ё", "е") in countries:
            return place
    return None


def _place_after(an, tok) -> str | None:
    """The name of the place whose mention opens right after ``tok`` ("посол Японии", "прокуратура Марселя")."""
    if tok.i + 1 >= len(an.toks):
        return None
    nxt = an.toks[tok.i + 1]
    named = an.mentions_in(nxt.start, nxt.start + 60, ("GPE",))
    return named[0][1].name if named and named[0][0].start == nxt.start else None


def _place_body_before(an, toks) -> str | None:
    """A bare body noun ("Прокуратура", "в полиции") named before with the adjective of a place the text names
    ("Парижская прокуратура", "Лондонской полиции"; one place fits the adjective, ru_local ``_place_of``): that
    place's body, "прокуратура Парижа"; else None."""
    words = [t for t in toks if t.pos != "ADP"]
    if len(words) != 1 or words[0].pos != "NOUN" or words[0].lemma not in rules.wordset("ru", "institutions"):
        return None
    body = words[0]
    places = [a for a in an.actors if a.type == "GPE"]
    for t in reversed(an.toks[:body.i]):
        if t.lemma != body.lemma or t.i == 0:
            continue
        adj = an.toks[t.i - 1]
        if _place_after(an, t) is not None:
            return None  # (named before with a place of its own after it: "прокуратура Марселя")
        if adj.pos != "ADJ" or not adj.lemma.endswith("ский"):
            continue  # (named bare before too: "Прокуратура считает …", then "в прокуратуре сообщили")
        hits = {a.name for a in places if _place_of(adj.lemma, a.name)}
        return f"{_nominative(body.lemma)} {_genitive(hits.pop())}" if len(hits) == 1 else None
    return None
