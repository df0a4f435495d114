"""An organisation named with its state in the genitive right after it ("Центральный банк России", "Следственный
комитет России", "парламент Пакистана"), which natasha tags as an organisation and a place: the state is part of the
body's name, which says whose central bank it is (round 30; the quotes' ``_with_country`` did this for a body only
when it spoke under that mention, r27). The state is one the rule tables name (``events_metonyms.tsv``,
``events_demonyms.tsv``), written in the genitive with a single space after the name; a body written with two states
("Центральный банк России", "Центральный банк Германии") keeps its name as written, and so does a one-word name
("МИД России": "МИД", the name the press uses alone)."""
from __future__ import annotations

from functools import lru_cache

from .. import rules
from ..coref.ru import full_name


@lru_cache(maxsize=None)
def states() -> frozenset[str]:
    """The states the rule tables name (lower case, "ё" as "е"): the seats' states and the demonyms' states."""
    out = set()
    for name in ("events_metonyms", "events_demonyms"):
        try:
            out |= {r[1].lower().replace("ё", "е") for r in rules.table("ru", name) if len(r) >= 2}
        except rules.RuleFileError:
            pass
    return frozenset(out)


def with_states(an) -> None:
    """Rename each organisation of ``an`` (entities/ru.py ``RuActors``) introduced with one state right after it (its
    first mention; no other state after another): "Центральный банк" -> "Центральный банк России" (its key, and so
    its other mentions, unchanged)."""
    known = states()
    places = {s: (e, b) for (s, e), b in an.by_span.items() if b.type == "GPE"}
    for a in an.actors:
        if a.type != "ORG" or len(a.name.split()) < 2:
            continue  # (an abbreviation is the body's name alone: "МИД", "МВД" stay as written)
        found = []
        for m in sorted((x for x in a.mentions if len(x.text.split()) >= 2), key=lambda x: x.start):  # (its name
            # written out: an abbreviation in a headline, "ЦБ не стал …", introduces no name)
            t = an.tok_at_start.get(m.end + 1) if an.text[m.end:m.end + 1] == " " else None
            stop, g = places.get(m.end + 1, (None, None))
            if t is None or g is None or g.name.lower().replace("ё", "е") not in known or \
                    (t.feats or {}).get("Case") != "Gen":
                found.append(None)
                continue
            found.append(an.text[m.end + 1:stop])
        states_named = {f for f in found if f is not None}
        if not found or found[0] is None or len(states_named) != 1:
            continue  # (the body introduced bare, then a namesake with a state: "Центральный банк сообщил … политикой
            # Центрального банка Турции" is two banks, the first as written; review r30 17)
        if not a.name.endswith(found[0]) and full_name(an.lang, a.name) is None:
            # (a short form keeps its name: "Минобороны" is read as "Министерство обороны" by org_short_forms)
            a.name = f"{a.name} {next(iter(found))}"
