"""What someone learnt is no report (r25 review): the impersonal cue "стало известно" (impersonal_cues.txt) reports
news only as a sentence's own main clause ("Стало известно, что …", "Ранее стало известно, что …") or an aside
after "как" ("Как стало известно, …"). Inside a subordinate clause ("Когда стало известно, что завод закроют,
рабочие вышли на улицу", "После того как стало известно, …") it dates the main clause's event, and with a dative
experiencer ("Ему стало известно, что …", "Полиции стало известно, что …") it says who learnt something: nobody
is quoted. An outlet that learnt it ("«Ведомостям» стало известно, что …") reports it, as before."""
from __future__ import annotations

from .. import rules


def learnt_not_reported(an, cm, clause_start: int) -> bool:
    """Is the cue match ``cm`` a "стало известно" in a subordinate clause or with a dative experiencer before it,
    its clause beginning at ``clause_start``? (The tokens before the cue back to the clause start: a conjunction
    other than a clause-opening "как", or a noun or pronoun in the dative.)"""
    if "известно" not in cm.group().lower():
        return False
    t = an.tok_at_start.get(cm.start())
    if t is None:
        return False
    before = []
    for i in range(t.i - 1, -1, -1):
        x = an.toks[i]
        if x.start < clause_start or x.text in ",;:—–":
            break  # (the clause before a comma is another one: "Завод закроют, как стало известно …")
        before.append(x)
    before.reverse()
    for k, x in enumerate(before):
        if x.pos == "SCONJ" and not (x.low == "как" and k == 0):
            return True
        if x.pos in ("NOUN", "PROPN", "PRON") and (x.dep == "iobj" or (x.feats or {}).get("Case") == "Dat") and \
                not _outlet(an, x):
            return True
    return False


def _outlet(an, x) -> bool:
    """An outlet that learnt something reports it ("«Ведомостям» стало известно, что …", "Изданию стало известно"):
    a name in quote marks, an outlet named (MEDIA) or a noun of an outlet's kind (outlet_nouns.txt)."""
    return an.text[x.start - 1:x.start] in "«\"„“" and x.start > 0 or \
        bool(an.mentions_in(x.start, x.end, ("MEDIA",))) or an._lemma(x) in rules.words("ru", "outlet_nouns")
