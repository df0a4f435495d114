"""An indefinite-personal report told to someone unnamed (r35, real regional pages): "Им заявили, что ремонт
закончат к пятнице", "Жильцам пообещали, что лифт заменят". The plural past verb has no subject; before it stand only
whom the words were told (a dative pronoun or noun) and adverbs; the report is kept with no speaker, as "Министру
Петрову сообщили, что …" is (ru_subjects.py ``told_before``). Not "Жители заявили, что …" (a nominative subject),
not "Ей заявила, что …" (a singular verb: its subject is a person named before; left unread here), not words
with a verb of their own before the cue ("Решив проблему, им сообщили …": any other verb ends the reading)."""
from __future__ import annotations

_ALLOWED = ("ADV", "ADP", "ADJ", "DET", "PUNCT", "PART", "CCONJ")


def _plural_past(t) -> bool:
    f = (t.feats or {}) if t is not None else {}
    return f.get("Number") == "Plur" and f.get("Tense") == "Past" and f.get("VerbForm") == "Fin"


def told_unnamed(toks, start: int, verb) -> bool:
    """Do the words from ``start`` to the cue ``verb`` name only an unnamed addressee of an indefinite-personal
    report: a dative pronoun or noun, no nominative, no other verb?"""
    if not _plural_past(verb):
        return False
    told = False
    for t in toks[:verb.i]:
        if t.start < start:
            continue
        case = (t.feats or {}).get("Case")
        if t.pos in ("PRON", "NOUN") and case == "Dat" or t.pos == "PRON" and t.text.lower() in ("им", "нам", "мне"):
            told = True
        elif t.pos not in _ALLOWED or case == "Nom":
            return False
    return told and not _relative_what(toks, verb)


def _relative_what(toks, verb) -> bool:
    """Is the "что" after the cue relative, the whole fact its antecedent ("Им сообщили об увольнении, что стало для
    них неожиданностью": the surprise is the dismissal, nothing reported; rufix35)? So when an "о"-phrase other than
    "о том" closes the cue's clause before it, or "что" is the subject of the verb right after it (singular: "что
    стало", "что возмущает"; not "что заменят"). Not "Жильцам сообщили о том, что …", nor "сообщили в четверг, что
    лифт заменят"."""
    k = verb.i + 1
    about = False
    while k < len(toks) and toks[k].text.lower() != "что" and toks[k].text not in ".!?":
        t = toks[k]
        if t.text.lower() in ("о", "об", "обо") and k + 1 < len(toks) and \
                toks[k + 1].text.lower() not in ("том", "тех"):
            about = True
        k += 1
    if k >= len(toks) or toks[k].text.lower() != "что":
        return False
    nxt = next((t for t in toks[k + 1:k + 4] if t.pos not in ("ADV", "PART")), None)
    f = (nxt.feats or {}) if nxt is not None else {}
    return about or nxt is not None and nxt.pos in ("VERB", "AUX") and f.get("VerbForm") == "Fin" and \
        f.get("Number") == "Sing" and (f.get("Gender") == "Neut" or f.get("Tense") != "Past")
