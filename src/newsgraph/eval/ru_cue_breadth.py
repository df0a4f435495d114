"""How ``understand/lang/ru/cue_breadth.tsv`` was made (round 27, ru27a): candidates for a reader to keep or drop, never
read at run time.

    python -m newsgraph.eval.ru_cue_breadth --aspects      # the other aspect of each one-aspect speech verb
    python -m newsgraph.eval.ru_cue_breadth --neighbours   # navec neighbours of seed speech verbs

``--aspects``: for each infinitive of ``speech_verbs.txt`` (pymorphy2's lemma), the dictionary's infinitives of the
other aspect that share its stem (all but its last five letters) and are not listed yet. ``--neighbours``: the verbs
(by lemma) among the 150 nearest words of each seed form, counted over the seeds, that no cue list holds yet."""
from __future__ import annotations

import sys

SEEDS = ("заявил сообщил отметил подчеркнул рассказал пояснил уточнил добавил считает уверен признал написал сказал "
         "предупредил опроверг подтвердил сообщается говорится утверждает полагает отмечает напоминает сетует "
         "возмущается настаивает опасается пообещал признается вспоминает рассуждает констатировал заверил объяснил "
         "высказался прокомментировал").split()
_LISTS = ("speech_verbs", "object_cues", "judgement_cues", "threat_cues", "refusal_cues", "disclosure_cues",
          "naming_cues")


def _known(m) -> set[str]:
    from ..understand import rules
    out = {r[0] for r in rules.table("ru", "stance_cues")} | {r[0] for r in rules.table("ru", "cue_breadth")}
    for name in _LISTS:
        for w in rules.lines("ru", name):
            out.update(p.normal_form for p in m.parse(w.split()[0].lower())[:1])
    return out


def aspects(m) -> list[str]:
    from ..understand import rules
    known, rows = _known(m), []
    lemmas = {p.normal_form: p.tag.aspect for w in rules.lines("ru", "speech_verbs") if " " not in w
              for p in m.parse(w.lower())[:1] if p.tag.POS in ("VERB", "GRND")}
    for lem, asp in sorted(lemmas.items()):
        stem = lem[:max(4, len(lem) - 5)]
        other = sorted({p.normal_form for p in m.iter_known_word_parses(stem) if p.tag.POS == "INFN"
                        and p.tag.aspect and p.tag.aspect != asp and p.normal_form not in known})
        if other:
            rows.append(f"{lem}\t{asp}\t{' '.join(other)}")
    return rows


def neighbours(m, top: int = 150) -> list[str]:
    import numpy as np
    from navec import Navec
    from natasha.emb import NEWS_EMBEDDING
    nv = Navec.load(NEWS_EMBEDDING)
    words = list(nv.vocab.words)
    vecs = np.stack([nv[w] for w in words]).astype(np.float32)
    vecs /= np.linalg.norm(vecs, axis=1, keepdims=True) + 1e-9
    at, known, found = {w: i for i, w in enumerate(words)}, _known(m), {}
    for seed in (s for s in SEEDS if s in at):
        for j in np.argsort(-(vecs @ vecs[at[seed]]))[:top]:
            ps = [p for p in m.parse(words[j]) if p.tag.POS in ("VERB", "GRND", "INFN", "PRTF", "PRTS")]
            if ps and ps[0].normal_form not in known:
                found.setdefault(ps[0].normal_form, set()).add(seed)
    return [f"{lem}\t{len(s)}\t{','.join(sorted(s))}" for lem, s in sorted(found.items(), key=lambda x: -len(x[1]))]


def main(argv: list[str]) -> None:
    from ..understand.names import _morph
    m = _morph()
    print("\n".join(neighbours(m) if "--neighbours" in argv else aspects(m)))


if __name__ == "__main__":
    main(sys.argv[1:])
