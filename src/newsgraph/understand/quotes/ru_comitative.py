"""Who was spoken with, never who speaks (r29): a name or an outlet's noun in a phrase of "с" and the instrumental
("Несколько жителей в беседе с корреспондентом «Голоса Америки» отметили, что …", "вместе с министром Ивановым
губернатор заявил"); the cue's own subject speaks (ru_subjects.py ``addressee``, ru_voice.py
``outlet_noun_speaker``)."""
from __future__ import annotations


def comitative(toks, t) -> bool:
    """Token ``t`` stands in a phrase of "с"/"со" and the instrumental, through the names and nouns it qualifies
    ("корреспондентом" <- "газеты" <- "«Волжская коммуна»")."""
    for _ in range(6):
        if (t.feats or {}).get("Case") == "Ins" and any(toks[c].dep == "case" and toks[c].low in ("с", "со")
                                                         for c in t.children):
            return True
        if t.head == t.i or t.dep not in ("nmod", "appos", "flat", "flat:name", "flat:foreign"):
            return False
        t = toks[t.head]
    return False
