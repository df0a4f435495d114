"""Russian attribution on ru-news (eval/data/ru-attr: brat gold over ../shared/data/ru-news/text), with the
semantics of ../shared/eval/polnear.py made fit for Russian.

Match: a predicted quote matches a gold Content when their word-token F1 is >= 0.5 (greedy, gold in file order,
best first). Speaker: when the gold speaker (``# E<n> speaker:``, resolved, in the nominative) holds a capitalised
word (Cyrillic or Latin), the last capitalised word of its head (cut as ../shared/eval/polnear.py cuts it: before a
comma, of/at/from/who/with/for or a spaced dash) must be a word of the predicted speaker's name, mention or entity
mentions, or of an outlet the quote credits; words are compared inflection-folded
("Путина" = "Путин", "Захаровой" = "Захарова") through newsgraph.understand.names and pymorphy2's normal forms.
Figures: precision, recall (all, and by kind), F1, speaker accuracy on matched named speakers, attributed F1
(a match with the speaker right, or a gold speaker not named).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from .quotes import speaker_texts, token_f1

GOLD = Path(__file__).with_name("data") / "ru-attr"
TEXTS = Path("../shared/data/ru-news/text")
CAPS = re.compile(r"\b[A-ZА-ЯЁ][\w'’-]*")
WORD = re.compile(r"\w[\w'’-]*")  # as CAPS: the gold's head word keeps its hyphen ("Hewlett-Packard")
STOP = {"По", "В", "На", "Из", "И", "А", "Но", "Он", "Она", "Они", "Это",  # and ../shared/eval/polnear.py's:
        "The", "A", "An", "He", "She", "They", "It", "We", "I", "His", "Her", "Their", "This", "That", "Mr", "Ms",
        "Mrs"}


@dataclass
class Gold:
    source: str
    cue: str
    content: str
    speaker: str  # resolved, nominative ('' when the text names none)
    kind: str


def load_ann(text: str, ann: str) -> list[Gold]:
    spans: dict[str, str] = {}
    rels: list[tuple[str, dict]] = []
    speaker: dict[str, str] = {}
    kind: dict[str, str] = {}
    for line in ann.splitlines():
        parts = line.split("\t")
        if line.startswith("# E") and " speaker: " in line:
            e, name = line[2:].split(" speaker: ", 1)
            speaker[e.strip()] = "" if name.strip() == "-" else name.strip()
        elif parts[0].startswith("T") and len(parts) >= 2:
            _, *rng = parts[1].split(" ")
            spans[parts[0]] = " ".join(text[int(a):int(b)] for a, b in (s.split() for s in " ".join(rng).split(";")))
        elif parts[0].startswith("E") and len(parts) >= 2:
            rels.append((parts[0], dict(x.split(":", 1) for x in parts[1].split(" ") if ":" in x)))
        elif parts[0].startswith("A") and len(parts) >= 2 and parts[1].startswith("Kind "):
            _, e, k = parts[1].split(" ")
            kind[e] = k
    out = []
    for e, r in rels:
        content = spans.get(r.get("Content", ""), "").strip()
        if content:
            out.append(Gold(spans.get(r.get("Source", ""), ""), spans.get(r.get("Cue", ""), ""), content,
                            speaker.get(e, ""), kind.get(e, "")))
    return out


def load(split: str = "dev", texts: Path = TEXTS, half: str | None = None) -> dict[str, tuple[Path, list[Gold]]]:
    """The gold of ``split`` (dev, heldout, dev-b: a second annotation of 14 dev texts, dev-c: the held-out texts
    of odd index, made a development split in round 19, or written); ``half``
    "even" or "odd": only the texts of even or odd index (sorted by name), to
    develop a change on one half and check it holds on the other."""
    out = {}
    if not (GOLD / split / "attributions").is_dir():
        raise ValueError(f"split: dev, heldout, dev-b, dev-c or written, not {split!r}")
    anns = sorted((GOLD / split / "attributions").glob("*_gold.ann"))
    if half is not None:
        if half not in ("even", "odd"):
            raise ValueError(f"half: even or odd, not {half!r}")
        anns = anns[half == "odd"::2]
    if split == "written":  # composed for the test, its texts beside its gold (ru_attr_written.py)
        texts = GOLD / "written" / "text"
    for ann in anns:
        name = ann.name[:-len("_gold.ann")]
        path = Path(texts) / (name + ".txt")
        out[name] = (path, load_ann(path.read_text(encoding="utf-8"), ann.read_text(encoding="utf-8")))
    return out


@lru_cache(maxsize=50_000)
def forms(word: str) -> frozenset[str]:
    """Every folded form a word may stand for: names.name_key and pymorphy2's normal forms."""
    from ..understand.names import _morph, name_key
    out = {name_key(word), word.lower()}
    if re.search("[а-яё]", word.lower()):
        out |= {p.normal_form.replace("ё", "е") for p in _morph().parse(word.lower())}
    return frozenset(x for x in out if x)


def same_word(a: str, b: str) -> bool:
    return bool(forms(a) & forms(b))


# the head of a gold speaker as ../shared/eval/polnear.py cuts it (before a comma, "of", "at", "from", "who", "with",
# "for" or a spaced dash: "U.S. Attorney's Office for the Western District of New York" -> "Office")
HEAD_CUT = re.compile(r",|\s(?:of|at|from|who|with|for)\s|\s[-–—]\s")


def head_word(speaker: str) -> str | None:
    head = HEAD_CUT.split(speaker)[0]
    caps = [w for w in CAPS.findall(head) if w not in STOP]
    return caps[-1] if caps else None


def _cand_words(rec: dict, q: dict) -> list[str]:
    refs = [q.get("speaker") or {}, *(q.get("speakers") or []), *(q.get("reported_by") or [])]
    return WORD.findall(" ".join(speaker_texts(rec, refs, entity_names=True)))


def _same_cue(g: Gold, q: dict) -> bool:
    return bool(g.cue) and (q.get("cue") or "").lower() == g.cue.lower()


@dataclass
class Score:
    docs: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    named: int = 0
    speaker_ok: int = 0
    attributed: int = 0
    by_kind: dict = field(default_factory=dict)  # kind -> [gold, matched]
    errors: list = field(default_factory=list)

    def add(self, name: str, golds: list[Gold], rec: dict) -> None:
        quotes = rec.get("quotes", [])
        self.docs += 1
        self.predicted += len(quotes)
        used: set[int] = set()
        for g in golds:
            self.gold += 1
            k = self.by_kind.setdefault(g.kind or "?", [0, 0])
            k[0] += 1
            best, bi = 0.0, None
            for i, q in enumerate(quotes):
                if i not in used:
                    f = token_f1(g.content, q.get("text", ""))
                    if f > best or f == best > 0 and _same_cue(g, q) and not _same_cue(g, quotes[bi]):
                        best, bi = f, i  # (of two reports of one content, "reported …, citing Y": by the cue)
            if bi is None or best < 0.5:
                self.errors.append((name, "missed", f"[{g.kind} {g.cue}] {g.speaker or '-'}: {g.content[:100]}"))
                continue
            used.add(bi)
            self.matched += 1
            k[1] += 1
            hw = head_word(g.speaker)
            if hw is None:
                self.attributed += 1
                continue
            self.named += 1
            cand = _cand_words(rec, quotes[bi])
            if any(same_word(hw, w) for w in cand):
                self.speaker_ok += 1
                self.attributed += 1
            else:
                sp = quotes[bi].get("speaker") or {}
                self.errors.append((name, "speaker", f"want {g.speaker!r}, got {sp.get('name')!r}: "
                                    f"{quotes[bi].get('text', '')[:80]}"))
        for i, q in enumerate(quotes):
            if i not in used:
                sp = (q.get("speaker") or {}).get("name")
                self.errors.append((name, "extra", f"[{q.get('kind')} {q.get('cue')}] {sp}: {q.get('text', '')[:100]}"))

    def figures(self) -> dict:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        ap = self.attributed / self.predicted if self.predicted else 0.0
        ar = self.attributed / self.gold if self.gold else 0.0
        out = {"documents": self.docs, "gold": self.gold, "predicted": self.predicted, "precision": round(p, 3),
               "recall": round(r, 3), "f1": round(f1, 3),
               "speaker": round(self.speaker_ok / self.named, 3) if self.named else 0.0,
               "attributed_f1": round(2 * ap * ar / (ap + ar), 3) if ap + ar else 0.0}
        for k, (n, m) in sorted(self.by_kind.items()):
            out[f"recall_{k}"] = round(m / n, 3) if n else 0.0
        return out


def evaluate(split: str = "dev", texts: Path = TEXTS, half: str | None = None) -> Score:
    return score_gold(load(split, texts, half))


def score_gold(gold: dict) -> Score:
    """Analyze the texts of ``gold`` ({name: (path, attributions)}, as ``load`` gives) and score them."""
    from .. import analyze_many
    from ..ingest.base import RawDocument
    raws = [RawDocument(source=str(path), text=path.read_text(encoding="utf-8"), language="ru")
            for path, _ in gold.values()]
    score = Score()
    for name, rec in zip(gold, analyze_many(raws)):
        score.add(name, gold[name][1], rec.to_dict() if hasattr(rec, "to_dict") else {})
    return score
