"""The author of a work described by it (round 30): "фильм Алексея Смирнова «Последняя смена»" … "Автор картины
признался, что …" -- the author of the film, the book, the play the text credited to one person by naming them in
the genitive after the work's noun (words.tsv ``creative_works``), is that person. The speaker phrase is an author's
noun (words.tsv ``work_authors``, singular) with a work's noun in the genitive; the person is the one named right
after such a noun before the phrase ("книга Ивана Петрова", "спектакля Анны Громовой"). Two authors so named, or
none: the phrase as written ("Авторы картины": many; "Автор книги" after no one's book)."""
from __future__ import annotations

from ...record import Ref
from .. import rules
from .ru_medium import toks_in


def work_author(an, speaker: Ref | None) -> Ref | None:
    """The person ``speaker`` ("Автор картины") stands for (see the module), else None."""
    m = speaker.mention if speaker is not None else None
    if m is None or speaker.entity is not None or len(m.text.split()) > 4:
        return None
    works, authors = rules.wordset("ru", "creative_works"), rules.wordset("ru", "work_authors")
    toks = [t for t in toks_in(an, m.start, m.end) if t.pos == "NOUN"]
    if len(toks) < 2 or toks[0].lemma not in authors or (toks[0].feats or {}).get("Number") != "Sing" or \
            toks[1].lemma not in works or (toks[1].feats or {}).get("Case") != "Gen":
        return None
    found = {}
    for x, a in an.persons:
        if x.start >= m.start:
            break
        t = an.tok_at_start.get(x.start)
        prev = an.toks[t.i - 1] if t is not None and t.i > 0 else None
        if prev is not None and prev.pos == "NOUN" and an._lemma(prev) in works and \
                (t.feats or {}).get("Case") == "Gen":
            found[a.id] = a
    if len(found) != 1:
        return None
    a = next(iter(found.values()))
    an.add_mention(a, m.start, m.end)
    return Ref(a.id, speaker.name, m)
