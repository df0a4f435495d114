"""The words of a name the NER model missed (r29, issue 16; for ``coref.ru`` ``unnamed_person``): the proper noun the
parse made a speech verb's subject and the proper nouns of its name after it. The parse joins a surname to the given
name before it as ``flat:name``, or, when the name opens a sentence the model did not tag ("Джо Байден заявил, что
…"), as an apposition: a capitalised proper noun right after the head, one space apart, is a part of the name too
("Джо Байден", not "Джо"). An apposition set off by a comma or standing apart ("Джо, Байден и …") is not."""
from __future__ import annotations


def name_parts(toks, text: str, i: int) -> list[int]:
    """Token ``i`` and the indices of the proper nouns of its name among its children."""
    t = toks[i]
    out = [i]
    for c in t.children:
        ct = toks[c]
        if ct.pos != "PROPN":
            continue
        if ct.dep.startswith("flat") or ct.dep == "appos" and ct.text[:1].isupper() and c == i + 1 and \
                text[t.end:ct.start] == " ":
            out.append(c)
    return out
