"""PolNeAR (../shared/data/polnear) quote attribution, with the semantics of ../shared/eval/polnear.py.

Gold: one annotator's brat file per article (the first in name order); an attribution is its Content (the pieces
joined), Cue and Source. A predicted quote matches a gold Content when their word-token F1 is >= 0.5 (greedy, gold
in file order, best first); precision counts the predicted quotes matched, recall the gold attributions matched
(``recall_speech``: those whose cue holds a speech word); ``speaker_head``: the last capitalised word of the source's
head is a word of the speaker's name, mention or entity mentions, or of an outlet the quote credits.

``split_docs(names, half)``: PolNeAR dev is used in two halves (every second article in name order): ``a`` to work
on, ``b`` measured once at the end (DEVELOPERS.md).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .quotes import speaker_texts, token_f1, words

SPEECH = set("""said says say saying told tells tell added adds adding according stated states statement announced
announces noted notes argued argues claimed claims wrote writes writing explained explains insisted insists asked asks
replied replies declared declares warned warns suggested suggests acknowledged acknowledges admitted admits
conceded concedes continued continues tweeted tweets posted posts reported reports confirmed confirms denied denies
emphasized emphasised stressed repeated remarked observed commented responded responds predicted promised
quoted recalled urged urges called""".split())
HEAD_CUT = re.compile(r",|\s(?:of|at|from|who|with|for)\s|\s[-–—]\s")
STOP = {"The", "A", "An", "He", "She", "They", "It", "We", "I", "His", "Her", "Their", "This", "That", "Mr", "Ms",
        "Mrs"}
CAPS = re.compile(r"[A-Z][\w'’-]+")


@dataclass
class Gold:
    source: str
    cue: str
    content: str

    @property
    def speech(self) -> bool:
        return bool(set(words(self.cue)) & SPEECH)


def load_ann(text: str, ann: str) -> list[Gold]:
    """The attributions of one brat file over ``text`` (those without a Content are skipped, as the scorer does)."""
    spans: dict[str, str] = {}
    rels: list[dict] = []
    for line in ann.splitlines():
        parts = line.split("\t")
        if parts[0].startswith("T") and len(parts) >= 3:
            _, *rng = parts[1].split(" ")
            s = ""
            for seg in " ".join(rng).split(";"):
                a, b = seg.split()
                s += text[int(a):int(b)] + " "
            spans[parts[0]] = s.strip()
        elif parts[0].startswith("E") and len(parts) >= 2:
            rels.append(dict(x.split(":", 1) for x in parts[1].split(" ") if ":" in x))
    out = []
    for r in rels:
        content = spans.get(r.get("Content", ""), "")
        if content:
            out.append(Gold(spans.get(r.get("Source", ""), ""), spans.get(r.get("Cue", ""), ""), content))
    return out


def split_docs(names: list[str], half: str | None) -> list[str]:
    names = sorted(names)
    if half == "a":
        return names[0::2]
    if half == "b":
        return names[1::2]
    return names


def load_split(split_dir: Path | str, half: str | None = None) -> dict[str, tuple[Path, list[Gold]]]:
    """{article name: (text file, gold attributions)} of a split folder (train or dev)."""
    split_dir = Path(split_dir)
    names = [p.stem for p in (split_dir / "text").glob("*.txt")]
    out = {}
    for name in split_docs(names, half):
        anns = sorted((split_dir / "attributions").glob(name + "_*.ann"))
        if not anns:
            continue
        path = split_dir / "text" / (name + ".txt")
        out[name] = (path, load_ann(path.read_text(encoding="utf-8"), anns[0].read_text(encoding="utf-8")))
    return out


def _candidates(rec: dict, q: dict, outlets: bool) -> list[str]:
    refs = [q.get("speaker") or {}] + (list(q.get("reported_by") or []) if outlets else [])
    return words(" ".join(speaker_texts(rec, refs)))


@dataclass
class Score:
    docs: int = 0
    gold: int = 0
    gold_speech: int = 0
    predicted: int = 0
    matched: int = 0
    matched_speech: int = 0
    head_total: int = 0
    head_ok: int = 0

    def add(self, golds: list[Gold], rec: dict) -> list[tuple[Gold, dict | None]]:
        """Score one article's record (a dict of the analysis JSON); returns each gold with the quote it matched."""
        quotes = rec.get("quotes", [])
        self.docs += 1
        self.predicted += len(quotes)
        used: set[int] = set()
        pairs = []
        for g in golds:
            self.gold += 1
            self.gold_speech += g.speech
            best, bi = 0.0, None
            for i, q in enumerate(quotes):
                if i not in used:
                    f = token_f1(g.content, q.get("text", ""))
                    if f > best:
                        best, bi = f, i
            if bi is None or best < 0.5:
                pairs.append((g, None))
                continue
            used.add(bi)
            self.matched += 1
            self.matched_speech += g.speech
            pairs.append((g, quotes[bi]))
            hcaps = [w for w in CAPS.findall(HEAD_CUT.split(g.source)[0]) if w not in STOP]
            if hcaps:
                self.head_total += 1
                self.head_ok += re.sub(r"['’]s$", "", hcaps[-1]).lower() in _candidates(rec, quotes[bi], True)
        return pairs

    def figures(self) -> dict:
        p = self.matched / self.predicted if self.predicted else 0.0
        r = self.matched / self.gold if self.gold else 0.0
        rs = self.matched_speech / self.gold_speech if self.gold_speech else 0.0
        f = lambda a, b: 2 * a * b / (a + b) if a + b else 0.0  # noqa: E731
        return {"documents": self.docs, "gold": self.gold, "gold_speech": self.gold_speech,
                "predicted": self.predicted, "precision": round(p, 3), "recall_all": round(r, 3),
                "recall_speech": round(rs, 3), "f1_speech": round(f(p, rs), 3), "f1_all": round(f(p, r), 3),
                "speaker_head": round(self.head_ok / self.head_total, 3) if self.head_total else 0.0}


def analyze_split(split: dict[str, tuple[Path, list[Gold]]]):
    """Analyze the split's articles (the full pipeline); yields (name, gold, record dict)."""
    from .. import analyze_many
    from ..ingest import read
    names = list(split)
    raws = [r for r in read([str(split[n][0]) for n in names]) if not isinstance(r, Exception)]
    for raw, rec in zip(raws, analyze_many(raws)):
        name = Path(raw.source or "").stem
        if name in split and hasattr(rec, "to_dict"):
            yield name, split[name][1], rec.to_dict()


def evaluate(split_dir: Path | str, half: str | None = None) -> dict:
    split = load_split(split_dir, half)
    score = Score()
    for _, golds, rec in analyze_split(split):
        score.add(golds, rec)
    score.docs = len(split)
    return score.figures()
