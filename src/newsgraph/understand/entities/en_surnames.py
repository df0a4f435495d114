"""A person's surname the tagger left outside the name: a second surname, and a surname spelled as a pronoun.

A person's second surname the tagger left outside the name (English entities): "President Enrique Peña Nieto
spoke" tagged "President Enrique Peña", where the same article writes "Peña Nieto" as a name of its own. Spanish and
Portuguese names carry two surnames (the father's, then the mother's: "Peña Nieto", "López Obrador", "García
Márquez"), and news writes the pair as the surname; the statistical tagger often ends the full name at the first.
When the capitalised word right after a PERSON span, with the span's last word, is a person's name the same text
tags elsewhere, the word is the name's: the span runs over it (a span the tagger made on the word alone is dropped).
Only on that evidence: "Juan Pérez Monday" or "Mr. Smith Jones" outside such a pair stay as tagged.

``pronoun_surnames``: a Chinese surname spelled like an English pronoun (newuser30, finding 2): "He Jianxiong, the
former executive director for China at the IMF, said …": the tagger reads "He" as the pronoun and tags only
"Jianxiong" as a person, so a quotation before it went to the person named earlier (the pronoun's antecedent).
News on China names people surnamed He (何, one of the common surnames) often; Pinyin writes the surname first.

A capitalised "He" is the person's surname when one or two words the tagger tags as proper nouns follow it (the
given name: "He Lin", "He Yafei", "He Wenbo") and the name is then introduced as a speaker is: an apposition of role
after a comma ("He Lin, the former director …", ", a professor …", ", who …") or a speech verb ("He Yafei said",
"He Lin told reporters"). The pronoun is never followed by a name that way; without those signs the text stays as
tagged: "He Said, She Said" ("Said" a speech verb, no apposition), "He, too, said …" (a comma after "He"), "He Who
Must Not Be Named" ("Who" no proper noun)."""
from __future__ import annotations

import re

from .. import rules

_NEXT = re.compile(r"[ \t]+([A-Z][\w’'\-]*[a-zà-ÿ])\b")


def second_surnames(spans: list, text: str) -> list:
    """``spans`` ([start, end, label, ...]) with each PERSON span that stops before the second word of a two-word
    surname the text names elsewhere run over that word."""
    pairs = {" ".join(text[s:e].split()[-2:]) for s, e, label, *_ in spans
             if label == "PERSON" and len(text[s:e].split()) >= 2}
    if not pairs:
        return spans
    grown: dict[int, int] = {}  # span index -> its new end
    for i, (s, e, label, *_) in enumerate(spans):
        if label != "PERSON" or not text[s:e].split():
            continue
        m = _NEXT.match(text, e)
        if m and f"{text[s:e].split()[-1]} {m.group(1)}" in pairs:
            grown[i] = m.end(1)
    if not grown:
        return spans
    out = []
    for i, sp in enumerate(spans):
        if i in grown:
            out.append([sp[0], grown[i], *sp[2:]])
        elif not any(sp[0] >= spans[j][1] and sp[1] <= end for j, end in grown.items()):
            out.append(sp)  # (a span on the word alone, inside a grown one, is gone)
    return out


# the surnames written as an English function word (capitalised): the tagger reads them as that word
_SURNAMES = frozenset({"He"})
# what introduces a person as a speaker after the name: a role apposition (in lower case: a headline's Title Case
# "He Wins, the Coach Says" is none) or a speech verb
_APPOSITION = re.compile(r",[ \t]+(?:(?:the|a|an)[ \t]+[a-z]|who\b|whose\b|former\b|then\b|now\b)")
_WORD = re.compile(r",?[ \t]+([a-z]+)\b")


def pronoun_surnames(spans: list, text: str, doc) -> list:
    """``spans`` ([start, end, label, ...]) with each given name after the surname "He" (see the module's note) a
    PERSON span that holds the surname: the tagger's PERSON span on the given name runs back over it, or a new span
    is made where the tagger found none ("He Wenbo, a professor …")."""
    said = rules.words("en", "speech_verbs")
    found = []
    for tk in doc:
        if tk.text not in _SURNAMES or tk.i + 1 >= len(doc):
            continue
        name = [t for t in doc[tk.i + 1:tk.i + 3] if t.tag_ == "NNP" and t.is_alpha and t.text[:1].isupper()
                and t.text[1:].islower() and t.lower_ not in said]
        while name and name[-1].i != tk.i + len(name):
            name.pop()
        for n in range(len(name), 0, -1):  # the longest name a role or a speech verb follows
            e = name[n - 1].idx + len(name[n - 1].text)
            if _introduced(text, e, said):
                found.append((tk.idx, name[0].idx, e))
                break
    if not found:
        return spans
    out = list(spans)
    for s, g, e in found:
        inside = [k for k, sp in enumerate(out) if sp[0] < e and s < sp[1]]
        if any(out[k][2] != "PERSON" or out[k][0] < s or out[k][1] > e for k in inside):
            continue  # (a span of another kind, or one running past the name: as tagged)
        kept = out[inside[0]][3:] if inside else [None]
        out = [sp for k, sp in enumerate(out) if k not in inside]
        out.append([s, e, "PERSON", *kept])
    return sorted(out, key=lambda sp: (sp[0], sp[1]))


def _introduced(text: str, e: int, said: frozenset[str]) -> bool:
    if _APPOSITION.match(text, e):
        return True
    m = _WORD.match(text, e)
    return m is not None and m.group(1) in said
