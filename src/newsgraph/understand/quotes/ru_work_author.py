"""The author of a work described by it (round 30): "фильм Алексея Смирнова «Последняя смена»" … "Автор картины
признался, что …" -- the author of the film, the book, the play the text credited to one person by naming them in
the genitive after the work's noun, is that person. The speaker phrase is an author's noun (words.tsv
``work_authors``, singular) with a work's noun in the genitive; the work is of the same kind as the one credited
(``lang/ru/creative_works.tsv``: "картина" is a film, no novel: "Автор постановки" after "роман Льва Толстого" is no
Tolstoy), and the last work the text named before the phrase is of that kind. Two authors so credited, or none: the
phrase as written ("Авторы картины": many; "Автор книги" after no one's book)."""
from __future__ import annotations

from functools import lru_cache

from ...record import Ref
from .. import rules
from .ru_medium import toks_in


@lru_cache(maxsize=1)
def _kinds() -> dict[str, int]:
    """A work's noun (lemma) -> its kind (the row of ``creative_works.tsv``)."""
    return {w: k for k, row in enumerate(rules.table("ru", "creative_works")) for w in row if w}


def work_author(an, speaker: Ref | None) -> Ref | None:
    """The person ``speaker`` ("Автор картины") stands for (see the module), else None."""
    m = speaker.mention if speaker is not None else None
    if m is None or speaker.entity is not None or len(m.text.split()) > 4:
        return None
    kinds = _kinds()
    toks = [t for t in toks_in(an, m.start, m.end) if t.pos == "NOUN"]
    if len(toks) < 2 or toks[0].lemma not in rules.wordset("ru", "work_authors") or \
            (toks[0].feats or {}).get("Number") != "Sing" or toks[1].lemma not in kinds or \
            (toks[1].feats or {}).get("Case") != "Gen":
        return None
    kind = kinds[toks[1].lemma]
    named = [t for t in toks_in(an, 0, m.start) if t.pos == "NOUN" and an._lemma(t) in kinds]
    if not named or kinds[an._lemma(named[-1])] != kind:
        return None  # (the last work named is of another kind: a staging of a novel)
    found = {}
    for x, a in an.persons:
        if x.start >= m.start:
            break
        t = an.tok_at_start.get(x.start)
        prev = an.toks[t.i - 1] if t is not None and t.i > 0 else None
        if prev is not None and prev.pos == "NOUN" and kinds.get(an._lemma(prev)) == kind and \
                (t.feats or {}).get("Case") == "Gen":
            found[a.id] = a
    if len(found) != 1:
        return None
    a = next(iter(found.values()))
    an.add_mention(a, m.start, m.end)
    return Ref(a.id, speaker.name, m)
