"""Where a fronted cue clause ends and the main clause begins (round 28, ru28b): "Напомнив, что в прошлом году
подрядчики сорвали сроки, | он поручил …", "Подчеркнув, что у подзащитного трое детей, | адвокат просила …". The parse
often hangs the gerund on the verb of its own "что" clause (a passive or a verbless clause most of all), so the clause
is read from the text: the main clause begins after the LAST comma of the sentence that is followed by neither a
verb, a gerund nor a participle (the content's own predicates: "подрядчики, которые выиграли конкурс, сорвали
сроки"), nor a word that joins a clause to the one before it (words.tsv ``clause_links``: "если", "который", "а",
"что"), with a finite verb somewhere after it, and before a comma opening "что" after a qualifying one (the main
clause's own statement: "…, министр заявил, что Минфин, Минстрой и мэрия …"); None where no comma qualifies."""
from __future__ import annotations

import re

from .. import rules

_COMMA = re.compile(r",\s*")
COMMA_THAT = re.compile(r"\s*,\s*(?:что|чтобы)\s+", re.IGNORECASE)  # ", что …" / ", чтобы …" opening a content clause
_THAT = ("что", "чтобы")
_NON_MAIN = ("VERB", "AUX", "ADP", "CCONJ", "SCONJ", "PART", "PUNCT")


def main_clause_comma(quotes, cs: int, se: int) -> int | None:
    """The position of the comma in text[cs:se] where the main clause after a fronted cue clause begins (see the
    module); ``quotes`` is the ``RussianQuotes`` reader (its text, tokens and quotation pairs)."""
    text, links = quotes.text, rules.wordset("ru", "clause_links")
    toks = [t for t in quotes.tokens_from(cs) if t.start < se]
    fins = [t.start for t in toks if (t.feats or {}).get("VerbForm") == "Fin"]
    best = None
    for m in _COMMA.finditer(text, cs, se):
        nxt = quotes.an.tok_at_start.get(m.end())
        if nxt is None or any(o <= m.start() < c for o, c in quotes.pairs) or not any(f > m.end() for f in fins):
            continue
        f = nxt.feats or {}
        if best is not None and nxt.low in _THAT:
            break  # (the main clause has begun and governs its own "что": "…, министр заявил, что Минфин, …")
        if nxt.pos in _NON_MAIN or f.get("VerbForm") in ("Fin", "Conv", "Part", "Inf") or nxt.low in links:
            continue
        if len(text[cs:m.start()].split()) >= 2:
            best = m.start()
    return best
