"""A newspaper named in full once and by the last word of its masthead after: "The Washington Post reported … the
Post wrote", "The New York Times … The Times added", "The Wall Street Journal … the Journal said". The short form
is that outlet, not an organisation of its own (nor another outlet the list knows by it: in a page naming The New
York Times, "The Times" is not The Times of London)."""
from __future__ import annotations

import re

from ..actors import Actors

_THE = re.compile(r"[Tt]he\s+$")


def masthead_short_forms(actors: Actors, text: str, own: str = "") -> None:
    """``own``: the page's url and site name; a paper names itself short ("Bass told The Times" on latimes.com), so
    a short form the page's own name holds is left alone unless the full masthead is the page's own too. A short
    form that is also a word inside another name of the text ("the New England Journal of Medicine") is ambiguous:
    left alone. (Review r18.)"""
    mastheads = [(i, e) for i, e in enumerate(actors.entities)
                 if e.type == "MEDIA" and e.mentions and len([w for w in e.name.split() if w.lower() != "the"]) >= 2]
    if not mastheads:
        return
    own = own.lower()
    inner = {w for e in actors.entities if e.mentions for w in e.name.split()[:-1]}
    for j, ent in enumerate(actors.entities):
        words = [w for w in ent.name.split() if w.lower() != "the"]
        if ent.type not in ("ORG", "MEDIA", "PERSON", "GPE") or not ent.mentions or len(words) != 1:
            continue
        if not all(_THE.search(text, max(0, m.start - 5), m.start) or m.text.lower().startswith("the ")
                   for m in ent.mentions):
            continue  # ("Post" as a name of its own, "Journal" of a person: only "the Post")
        fits = [i for i, full in mastheads if i != j and full.name.split()[-1] == words[0] and full.first < ent.first]
        if len(fits) != 1 or words[0] in inner:
            continue
        full = [w.lower() for w in actors.entities[fits[0]].name.split() if w.lower() != "the"]
        if words[0].lower() in own and "".join(full) not in own and \
                "".join(w[0] for w in full[:-1]) + full[-1] not in own:
            continue  # the page's own paper ("The Times" on latimes.com), not The New York Times it names
        actors.move_mentions(j, fits[0], "name")
        actors.entities[fits[0]].aliases.append(ent.name)
