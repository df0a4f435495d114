"""How ``understand/lang/ru/governing_allow.tsv`` is made (round 31, ru31a, issue 16): the ALLOW side of the cue found
by structure (understand/quotes/ru_governing.py). A word governing a "что" clause with a person or body subject is
a cue only if this table holds its lemma: words whose meaning is speech, writing, opinion, a knowledge claim, a
demand or a promise. The table is a learned model's verdict on the lemmas of natasha's navec vocabulary (the news
embeddings natasha ships), made once and read as data at run time (no model, no vectors, no ../shared at run time).

    python -m newsgraph.eval.train_ru_cues             # rewrite governing_allow.tsv
    python -m newsgraph.eval.train_ru_cues --check     # leave-lemma-out figures only

Model: scikit-learn logistic regression over the lemma's navec vector (unit length) and a noun flag.
Positives: the lemmas of the gold cues of the readable ru-attr sets (dev, dev-b, dev-c, the written batches that are
not held out: a one-word cue's lemma, a longer cue's nouns: "выразил уверенность" -> уверенность) and of the
project's cue lists (speech_verbs, report_verbs, judgement/threat/refusal/disclosure/object cues, cue_breadth,
stance_cues, stance_frames, light_verb_frames). Negatives: the deny list (governing_exclusions.tsv: knowing, feeling,
perceiving, pretending, concealing ...), the clause-governing verbs of the readable written batches that are no gold
cue (NEAR_MISSES below, read from the batches' texts: perception, care and effort, resignation, discovery, factive
emotion), and, weighted down, the other frequent verbs and abstract nouns of the vocabulary (unlabelled: nearly all
of them are no speech; PU learning). Leave-lemma-out (``--check``): every labelled lemma is scored by a model that
never saw it, the case that matters (a held-out text brings a verb nobody listed)."""
from __future__ import annotations

import re
import sys
from pathlib import Path

from ..understand import rules

OUT = Path(__file__).parents[1] / "understand" / "lang" / "ru" / "governing_allow.tsv"
THRESHOLD = 0.9
BACKGROUND_WEIGHT = 0.2
# the written batches nobody reads (COMMON.md): held out, never trained on (round 33, ru33a: w374-w376, the held-out
# part of w367-w376, which rounds 31-32 trained on, w557-w562, round 32's held-out part, and w600-w609, round
# 33's, added)
HELD_OUT = ((374, 376), (389, 390), (395, 396), (403, 404), (409, 410), (417, 418), (423, 424), (431, 432), (437, 438),
            (445, 446), (453, 454), (459, 460), (465, 466), (471, 472), (479, 480), (487, 488), (495, 496), (503, 504),
            (507, 508), (515, 516), (523, 524), (531, 532), (557, 562), (600, 609))
# the batch written to test this model (w509-w516: statements with cues outside every list, and near misses): never
# trained on, so that its figures and ``unseen()`` measure lemmas the model has not seen
TEST_BATCH = ((509, 516),)
# (not speech_verbs.txt: it holds the verbs of a direct quotation's tail too, "улыбнулся", "вздохнул"; its verbs that
# carry a "что" clause are gold cues of indirect statements)
_VERB_LISTS = ("report_verbs", "judgement_cues", "threat_cues", "refusal_cues", "disclosure_cues",
               "object_cues")
_TABLES = ("cue_breadth", "stance_cues", "stance_frames", "light_verb_frames")
# clause-governing words with a person or body subject that are no gold cue in the readable sets (ru30a's table,
# /tmp/try30/RUSTRUCT.md: dev, dev-b, dev-c, w489-w494; not the texts without attributions, whose 0 false quotes
# stay an unseen check)
NEAR_MISSES = "приехать занять выясниться хотеть добиваться столкнуться следить сделать".split()
# the unseen test (never trained on): the cues of w509-w514 no list holds, and the near misses written beside them
# and in review30b's findings ("позаботились, что", "разглядел, что", "выведал, что", "смирились, что")
UNSEEN_CUES = ("посулить присовокупить ворчать втолковывать обнадежить стращать оспорить напророчить сболтнуть "
               "заречься рассудить долдонить пенять отнекиваться кичиться находить сознаться отписаться упирать "
               "поплакаться растолковать божиться вставить присягнуть отпираться судачить внушать брюзжать ручаться "
               "брякнуть роптать напирать успокаивать раструбить огрызнуться бубнить хмыкнуть довод догадка "
               "тезис").split()
UNSEEN_NOUNS = ("довод", "догадка", "тезис")
UNSEEN_MISSES = ("разглядеть позаботиться смириться выведать свыкнуться примириться удостовериться прознать углядеть "
                 "постараться проследить поразиться ужаснуться воспользоваться прославиться прозевать проглядеть "
                 "подстраховаться").split()
_LEMMA_POS = {"INFN": "VERB", "NOUN": "NOUN"}


def _morph():
    from ..understand.name_keys import _morph as m
    return m()


def _lemma(m, word: str) -> tuple[str, str] | None:
    """(lemma, "VERB"|"NOUN") of a word form by pymorphy2's first parse (ё read as е), else None."""
    for p in m.parse(word.lower())[:1]:
        if p.tag.POS in ("VERB", "INFN", "GRND", "PRTF", "PRTS"):
            inf = p.inflect({"INFN"}) if p.tag.POS != "INFN" else p
            return ((inf or p).word.replace("ё", "е"), "VERB")
        if p.tag.POS == "NOUN":
            return (p.normal_form.replace("ё", "е"), "NOUN")
    return None


def _held(name: str) -> bool:
    n = int(name[1:]) if re.fullmatch(r"w\d+", name) else 0
    return any(a <= n <= b for a, b in HELD_OUT + TEST_BATCH)


def gold_cues(splits=("dev", "dev-b", "dev-c", "written"), kinds=("indirect", "mixed")) -> list[str]:
    """The cue texts of the readable ru-attr gold's attributions of ``kinds`` (the .ann files keep them; no text of
    ../shared is read). Not a direct quotation's cue: "«…», — улыбнулся он" tells how words were said, and "улыбнулся,
    что …" states nothing (review31, finding 8)."""
    from .ru_attr import GOLD
    out = []
    for split in splits:
        for ann in sorted((GOLD / split / "attributions").glob("*_gold.ann")):
            if split == "written" and _held(ann.name[:-9]):
                continue
            lines = [ln.split("\t") for ln in ann.read_text(encoding="utf-8").splitlines()]
            kind = {p[1].split()[1]: p[1].split()[2] for p in lines if len(p) >= 2 and p[1].startswith("Kind ")}
            cue = {p[0]: p[2] for p in lines if len(p) >= 3 and p[1].startswith("Cue ")}
            for p in lines:
                if p[0].startswith("E") and len(p) >= 2 and kind.get(p[0]) in kinds:
                    c = re.search(r"Cue:(T\d+)", p[1])
                    if c and c.group(1) in cue:
                        out.append(cue[c.group(1)])
    return out


def positives(m) -> dict[tuple[str, str], str]:
    """{(lemma, pos): where from} of the statement words: gold cues and the project's cue lists."""
    out = {}
    for cue in gold_cues():
        ws = re.findall(r"[А-Яа-яЁё]+", cue)
        lem = [_lemma(m, w) for w in ws]
        # (a longer cue gives the noun right after its verb only: "выразил уверенность"; not "по данным", "в
        # частности", "с точки зрения")
        keep = lem if len(ws) == 1 else [x for k, x in enumerate(lem) if x and x[1] == "NOUN" and k > 0 and
                                         lem[k - 1] and lem[k - 1][1] == "VERB"]
        for x in keep:
            if x:
                out.setdefault(x, "gold")
    for name in _VERB_LISTS:
        for w in rules.lines("ru", name):
            if " " not in w and (x := _lemma(m, w)):
                out.setdefault(x, name)
    for name in _TABLES:
        for row in rules.table("ru", name):
            if " " not in row[0] and (x := _lemma(m, row[0])):
                out.setdefault(x, name)
    return out


def negatives(m) -> dict[tuple[str, str], str]:
    out = {}
    for lemma, cls in rules.table("ru", "governing_exclusions"):
        if cls != "degree" and (x := _lemma(m, lemma)):
            out[x] = cls
    for w in NEAR_MISSES:
        out.setdefault((w, "VERB"), "near miss")
    return out


def vocabulary(m, nv, top: int = 60000) -> dict[tuple[str, str], str]:
    """{(lemma, pos): form} of the first ``top`` words of navec's vocabulary that are an infinitive or a noun in the
    nominative singular (its lemma)."""
    out = {}
    for w in list(nv.vocab.words)[:top]:
        if not re.fullmatch(r"[а-яё]+", w):
            continue
        p = m.parse(w)[0]
        if p.tag.POS == "INFN" or p.tag.POS == "NOUN" and p.normal_form == w and "anim" not in p.tag:
            out.setdefault((w.replace("ё", "е"), _LEMMA_POS[p.tag.POS]), w)
    return out


def _navec():
    from natasha.emb import NEWS_EMBEDDING
    from navec import Navec
    return Navec.load(NEWS_EMBEDDING)


_PAST = ({"past", "masc", "sing"}, {"past", "femn", "sing"}, {"past", "plur"})
_OTHER = ({"pres", "3per", "sing"}, {"pres", "3per", "plur"}, {"futr", "3per", "sing"}, {"futr", "3per", "plur"})


def _forms(m, lemma: str, pos: str) -> tuple[list[str], list[str]]:
    """(the lemma with its present/future forms, its past forms) of a verb; ([lemma], []) of a noun. A rare verb
    is often in navec's news vocabulary by one form only ("посулил", not "посулить"); and news tells what a verb does
    mostly in the past tense."""
    if pos != "VERB":
        return [lemma], []
    p = next((q for q in m.parse(lemma) if q.tag.POS == "INFN"), None)
    if p is None:
        return [lemma], []
    inflect = (lambda gs: [f.word for g in gs if (f := p.inflect(g))])
    return [lemma] + inflect(_OTHER), inflect(_PAST)


def _mean(nv, forms):
    import numpy as np
    vs = [v.astype(np.float32) / (np.linalg.norm(v) + 1e-9) for v in (nv.get(f) for f in forms) if v is not None]
    return np.mean(vs, axis=0) if vs else None


def _features(m, nv, keys):
    """Per (lemma, pos): the mean unit navec vector of its present forms and of its past forms (each standing for
    the other when navec has none; zeros when it has no form at all) and a noun flag."""
    import numpy as np
    rows = []
    for lemma, pos in keys:
        now, past = _forms(m, lemma, pos)
        a, b = _mean(nv, now), _mean(nv, past)
        a = b if a is None else a
        b = a if b is None else b
        z = np.zeros(300, np.float32)
        rows.append(np.concatenate([z if a is None else a, z if b is None else b, [1.0 if pos == "NOUN" else 0.0]]))
    return np.stack(rows)


def known(m, nv, lemma: str, pos: str) -> bool:
    """navec has some form of the word (else the model cannot judge it and the table leaves it out)."""
    now, past = _forms(m, lemma, pos)
    return any(nv.get(f) is not None for f in now + past)


def dataset(m, nv):
    """(keys, X, y, weights, n labelled, positives, negatives): labelled lemmas weight 1, the unlabelled vocabulary
    0.2 as negatives; the unseen test words (UNSEEN_CUES, UNSEEN_MISSES) nowhere."""
    import numpy as np
    unseen = set(UNSEEN_CUES) | set(UNSEEN_MISSES)
    pos, neg, voc = positives(m), negatives(m), vocabulary(m, nv)
    pos = {k: v for k, v in pos.items() if k[0] not in unseen and known(m, nv, *k)}
    neg = {k: v for k, v in neg.items() if k not in pos and k[0] not in unseen and known(m, nv, *k)}
    bg = [k for k in voc if k not in pos and k not in neg and k[0] not in unseen]
    keys = list(pos) + list(neg) + bg
    y = np.array([1] * len(pos) + [0] * (len(neg) + len(bg)))
    w = np.array([1.0] * (len(pos) + len(neg)) + [BACKGROUND_WEIGHT] * len(bg))
    return keys, _features(m, nv, keys), y, w, len(pos) + len(neg), pos, neg


def _model():
    from sklearn.linear_model import LogisticRegression
    return LogisticRegression(C=2.0, max_iter=3000, class_weight="balanced")


def check(m, nv, folds: int = 10) -> dict:
    """Leave-lemma-out: each labelled lemma scored by a model trained without it (10 folds over the labelled lemmas;
    the unlabelled vocabulary is in every training fold but never scored)."""
    import numpy as np
    keys, x, y, w, n, pos, neg = dataset(m, nv)
    order = np.random.RandomState(31).permutation(n)
    prob = np.zeros(n)
    for f in range(folds):
        test = order[f::folds]
        train = np.setdiff1d(np.arange(len(keys)), test)
        clf = _model().fit(x[train], y[train], sample_weight=w[train])
        prob[test] = clf.predict_proba(x[test])[:, 1]
    hit = prob >= THRESHOLD
    out = {"positives": int(y[:n].sum()), "negatives": int(n - y[:n].sum()),
           "recall": round(float(hit[y[:n] == 1].mean()), 3),
           "negatives_rejected": round(float(1 - hit[y[:n] == 0].mean()), 3)}
    out["negatives_let_through"] = sorted(keys[i][0] for i in range(n) if y[i] == 0 and hit[i])
    clf = _model().fit(x, y, sample_weight=w)
    for name, words in (("unseen_cues", UNSEEN_CUES), ("unseen_misses", UNSEEN_MISSES)):
        ks = [(x_, "NOUN" if x_ in UNSEEN_NOUNS else "VERB") for x_ in words]
        p = clf.predict_proba(_features(m, nv, ks))[:, 1]
        knows = sum(known(m, nv, *k) for k in ks)
        out[name + "_allowed"] = f"{int((p >= THRESHOLD).sum())} of {len(ks)}, navec knows {knows}"
        out[name] = {k[0]: round(float(v), 2) for k, v in zip(ks, p)}
    return out


def build(m, nv) -> list[tuple[str, str, float | str]]:
    """(lemma, pos, probability) of every vocabulary or labelled verb the final model scores at THRESHOLD or more,
    plus every positive (gold or listed), minus every negative."""
    keys, x, y, w, n, pos, neg = dataset(m, nv)
    clf = _model().fit(x, y, sample_weight=w)
    # (scored: the training lemmas and the vocabulary's words kept out of training, the unseen test words among them)
    have = set(keys)
    keys = keys + [k for k in vocabulary(m, nv) if k not in have] + \
        [(u, "VERB") for u in UNSEEN_CUES + UNSEEN_MISSES if (u, "VERB") not in have and known(m, nv, u, "VERB")
         and u not in UNSEEN_NOUNS]
    keys = list(dict.fromkeys(keys))
    prob = clf.predict_proba(_features(m, nv, keys))[:, 1]
    light = {v.split(":")[-1] for row in rules.table("ru", "light_verb_frames") for v in row[1].split(",")} | \
        {"быть", "делать", "сделать"}
    deny = set(negatives(m))  # (also a denied word a list holds: "радоваться" is a stance cue, not a structural one)
    rows = [(k[0], k[1], round(float(p), 3)) for k, p in zip(keys, prob)
            if k not in deny and (p >= THRESHOLD and k[1] == "VERB" and k[0] not in light or k in pos)
            and (k[1] == "VERB" or "anim" not in m.parse(k[0])[0].tag)]
    # (a noun only from the gold or the lists, never a person: the model's nouns past the threshold are mostly bodies
    # and people, "ведомство", "корреспондент"; a light verb never alone: its noun is the cue, light_verb_frames.tsv)
    have = {(a, b) for a, b, _ in rows}
    rows += [(k[0], k[1], "-") for k in positives(m) if k not in have and k not in deny and
             k[0] not in UNSEEN_CUES + UNSEEN_MISSES and (k[1] == "VERB" or "anim" not in m.parse(k[0])[0].tag)]
    return sorted(rows)  # ("-": a gold or listed word navec has no form of, kept without the model's verdict)


def write(rows) -> None:
    head = ("# The allow side of the cue found by structure (understand.quotes.ru_governing, round 31, ru31a): lemma, "
            "POS, the model's probability that\n# the word is one of speech, writing, opinion, a knowledge claim, a "
            "demand or a promise. Made by `python -m newsgraph.eval.train_ru_cues`\n# (its docstring says how); do "
            "not edit by hand: change the lists or the gold and rebuild.\n")
    OUT.write_text(head + "".join(f"{a}\t{b}\t{p}\n" for a, b, p in rows), encoding="utf-8")


def main(argv: list[str]) -> None:
    m, nv = _morph(), _navec()
    if "--check" in argv:
        for k, v in check(m, nv).items():
            print(k, v, sep="\t")
        return
    rows = build(m, nv)
    write(rows)
    print(len(rows), "lemmas written to", OUT)


if __name__ == "__main__":
    main(sys.argv[1:])
