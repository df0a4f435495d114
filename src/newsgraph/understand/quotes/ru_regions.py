"""The region of a story set in its seat, for a regional body named bare (round 26): "САРАТОВ, 12 ноября. … Как
сообщили в прокуратуре области, …" -- a reader of regional news takes "область" for the region whose seat the
dateline (or the lead's "в X") sets, and names the body "прокуратура Саратовской области". The region's name is
formed from the adjective of that city the text itself uses ("саратовской больницы", "«Иркутским новостям»"; ru_local
``_place_of``), so a town no region is named after gives none unless the text writes such an adjective; a text that
names its region outright is ru_local.py ``_local_place``'s."""
from __future__ import annotations

import re
from functools import lru_cache


_DATELINE = re.compile(r"(?m)^([А-ЯЁ][А-ЯЁ-]+(?:[ -][А-ЯЁ][А-ЯЁ-]+)?),\s+\d{1,2}\s")
_GENDER = {"область": "femn", "край": "masc"}  # the region's noun and its gender (its adjective agrees)


def _seat(an, setting) -> str | None:
    """The city the story is set in: its dateline's place ("САРАТОВ, 12 ноября."), else the lead's setting."""
    m = _DATELINE.search(an.text, 0, 400)
    if m is not None:
        return m.group(1)
    return setting[0].name if setting is not None else None


def region_named(an, noun: str, setting) -> str | None:
    """The region of the story in the genitive with ``noun`` ("Саратовской области", "Пермского края"), by the
    adjective of its seat the text uses (see the module); None for another noun, no seat or no such adjective, or
    two adjectives."""
    from ..names import _morph
    from .ru_local import _place_of  # (ru_local calls this module)
    gender = _GENDER.get(noun)
    seat = _seat(an, setting) if gender else None
    if seat is None:
        return None
    city = seat.lower().replace("ё", "е")
    adjs = {t.lemma.replace("ё", "е") for t in an.toks if t.lemma.endswith(("ский", "цкий")) and
            (_place_of(t.lemma.replace("ё", "е"), seat) or t.lemma.replace("ё", "е") == city + "ий")}
    # (a short name "Томск": "томский" is the city's "-ск" with the ending, which _place_of's stem rule misses)
    if len(adjs) != 1:
        return None
    adj = next(iter(adjs))
    nominative = _morph().parse(adj)[0].inflect({gender, "nomn"})
    if nominative is None or f"{nominative.word} {noun}" not in _regions() and \
            not re.search(rf"\b{nominative.word[:-2]}\w+\s+{noun[:-1]}", an.text.lower().replace("ё", "е")):
        return None  # (a real region, or one the text writes: "Екатеринбургская область" is none; review2 r26)
    form = _morph().parse(adj)[0].inflect({gender, "gent"})
    region = _morph().parse(noun)[0].inflect({"gent"})
    if form is None or region is None:
        return None
    return f"{form.word[:1].upper()}{form.word[1:]} {region.word}"


@lru_cache(maxsize=None)
def _regions() -> frozenset[str]:
    """The regions named by an adjective (``lang/ru/regions.txt``), lower-cased, "ё" as "е"."""
    from .. import rules
    return frozenset(w.replace("ё", "е") for w in rules.words("ru", "regions"))


def _placed(speaker) -> bool:
    """A body's phrase named with a place its mention leaves out ("в прокуратуре области" named "прокуратура
    Саратовской области")."""
    m = speaker.mention if speaker is not None else None
    written = set(m.text.lower().split()) if m is not None else set()
    return m is not None and speaker.entity is None and \
        any(w[:1].isupper() and w.lower() not in written for w in speaker.name.split())


def placed_anaphor(an, speaker, before: list):
    """ "В ведомстве уточнили" (a bare noun of words.tsv ``body_anaphors``) after a regional body named with its
    region ("в министерстве здравоохранения области", named so above) in this sentence or the two before, no
    organisation named between: that body, as ru_bodies.py ``_body_just_named`` takes a body named before (its
    linking runs before the region is named). None otherwise."""
    from ...record import Ref
    from .. import rules
    from .ru_medium import toks_in
    m = speaker.mention if speaker is not None else None
    if m is None or speaker.entity is not None:
        return None
    toks = [t for t in toks_in(an, m.start, m.end) if t.pos not in ("ADP", "PUNCT")]
    if len(toks) != 1 or toks[0].lemma not in rules.wordset("ru", "body_anaphors"):
        return None
    k = next((i for i, (a, b) in enumerate(an.sents) if a <= m.start < b), 0)
    lo = an.sents[max(k - 2, 0)][0]
    spoke = [p.speaker for p in before if p.speaker is not None and p.speaker.mention is not None and
             lo <= p.speaker.mention.start < m.start]
    last = max(spoke, key=lambda r: r.mention.start) if spoke else None
    if last is None or not _placed(last) or an.mentions_in(last.mention.end, m.start, ("ORG",)):
        return None
    from .ru_bodies import _names_for
    named = _names_for().get(toks[0].lemma)
    if named is not None and not named.search(last.name):
        return None  # ("В полиции" after a regional ministry: the police is no ministry's, r30)
    return Ref(None, last.name, m)


def branch_of(an, speaker):
    """A territorial branch named with its parent body right after it ("В Дальневосточном управлении Росгидромета
    уточнили", "в Приволжском управлении Ростехнадзора"), the tagger giving the two names apart: the branch named
    with its parent as written ("Дальневосточное управление Росгидромета"), the branch's actor kept; None else."""
    from ...record import Ref
    from .. import rules
    from .ru_medium import toks_in
    m = speaker.mention if speaker is not None else None
    if m is None or speaker.entity is None or len(speaker.name.split()) > 3:
        return None
    words = toks_in(an, m.start, m.end)
    if not words or words[-1].lemma not in rules.wordset("ru", "institutions"):
        return None
    after = an.mentions_in(m.end, m.end + 80, ("ORG",))
    if not after or after[0][1].id == speaker.entity or an.text[m.end:after[0][0].start].strip():
        return None
    first = toks_in(an, after[0][0].start, after[0][0].end)
    if not first or (first[0].feats or {}).get("Case") != "Gen":
        return None
    return Ref(speaker.entity, f"{speaker.name} {after[0][0].text}", m)
