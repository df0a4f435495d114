"""Build the English event-trigger data from the field's dictionaries (run at build time, never by the product):

    .venv/bin/python -m newsgraph.tools.cameo_triggers ../shared/data/cameo

reads CAMEO.2.0.txt (the CAMEO verb-pattern dictionary of PETRARCH-2: verb synonym blocks, their patterns and
WordNet synonym sets) and CAMEO2PLOVER-2021.txt (the official CAMEO-to-PLOVER table) and writes
event_cameo_verbs.tsv, event_cameo_patterns.tsv and event_cameo_synsets.tsv in understand/lang/en/ with the
licence notice beside them (LICENSE.cameo.txt). The output is sorted and depends only on the two files and the
spaCy lemmatizer's tables, so running it again gives the same files (tests/understand/test_events_cameo.py checks
this when ../shared is present). The product reads the files it wrote, never ../shared.

How a CAMEO entry becomes a trigger of ours:
- a verb the dictionary codes alone (its own code, or the block's code for the block's head verb) is a bare verb
  trigger ("kill" 190 -> ASSAULT); the other verbs of a block (synonyms, mostly from WordNet: "slay", "butcher") take
  the block's patterns only; multi-word verbs become verb + particle entries ("+SHOOT_DOWN" -> "shoot down");
- a pattern "- * WORD [code]" or "- * (PREP WORD) [code]" after a block's verbs applies to every verb of the block
  (the dictionary's synonym-block convention); its content words after the verb, lemmatized, make the pattern
  "verb word" (one word: the verb's object, particle, preposition or its object's head) or "verb word word" (both
  must be among the verb's argument words); synonym sets (&WEAPON) stand for their one-word members;
- "[---]" is a blocking pattern ("kill in accident" is no event); "[a:b]" keeps the actor's code a; "[:b]" (an event
  of the recipient only) and patterns naming words before the verb (subject constraints) are left out; patterns
  with more than two content words are left out (our dependency matcher pairs a verb with at most two of its
  arguments);
- the blocks of statement verbs (CAMEO 01: "say", "announce", "report") are left out with their patterns: our reader
  takes what a speaker states from the clause the verb reports (absorption, speech-borne events);
- CAMEO 01 (statements) and 02 (appeals) are not PLOVER types (the table drops them) and are left out; every other
  code goes through the table to a PLOVER type and mode (a mode kept only when the codebook lists it for the type).
When one pattern gets several types, the type of most of its CAMEO codes wins (ties: the smallest code).
"""
from __future__ import annotations

import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

OUT_DIR = Path(__file__).resolve().parents[1] / "understand" / "lang" / "en"
NOTICE = OUT_DIR / "LICENSE.cameo.txt"
MARKERS = {"$", "+", "%", "^", "*", "**"}
CODE = re.compile(r"\[([^\]]*)\]")


def read_table(path: Path) -> dict[str, tuple[str, str | None]]:
    """CAMEO code -> (PLOVER type, mode or None) from CAMEO2PLOVER-2021.txt."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        m = re.match(r"^(\d{2,4}):\s*(.*)$", line)
        if not m:
            continue
        fields = [f.strip() for f in m.group(2).split(",")]
        typ = fields[0].upper()
        mode = fields[1] if len(fields) > 1 and fields[1] else None
        if typ and m.group(1) not in out:
            out[m.group(1)] = (typ, mode)
    return out


def plover(code: str, table: dict) -> tuple[str, str | None] | None:
    """The PLOVER (type, mode) of a CAMEO code (the longest prefix the table has), or None (01, 02, unknown)."""
    if code[:2] in ("01", "02"):
        return None
    for n in range(len(code), 1, -1):
        if code[:n] in table:
            return table[code[:n]]
    return None


def read_dictionary(path: Path):
    """(synsets {name: [phrases]}, blocks [(name, block code, [(verb, code)], [(pattern text, code)])])."""
    synsets: dict[str, list[str]] = {}
    blocks = []
    section = None
    current = None
    for raw in path.read_text(encoding="latin-1").splitlines():
        if raw.startswith("#######"):
            section = "syn" if "SYNONYM" in raw else "verb" if "VERB PATTERNS" in raw else None
            continue
        line = raw.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        if section == "syn":
            if line.startswith("&"):
                current = line.strip()
                synsets[current] = []
            elif line.startswith("+") and current:
                synsets[current].append(line[1:].strip())
        elif section == "verb":
            if line.startswith("---"):
                m = CODE.search(line)
                name = line.strip("- ").split()[0].lower().replace("_", " ") if line.strip("- ") else ""
                blocks.append((name, m.group(1).strip() if m else "---", [], []))
            elif not blocks:
                continue
            elif line.lstrip().startswith("-"):
                m = CODE.search(line)
                if m:
                    blocks[-1][3].append((line.lstrip()[1:line.lstrip().index("[")].strip(), m.group(1).strip()))
            else:
                m = CODE.search(line)
                word = re.sub(r"\{[^}]*\}", " ", line[:m.start()] if m else line).split()
                if word:
                    blocks[-1][2].append((word[0], m.group(1).strip() if m else None))
    return synsets, blocks


SINGULAR_ENDINGS = ("ss", "us", "is", "ws")


class Lemmas:
    """The spaCy rule lemmatizer of the product's English model (the lemmas the reader will see)."""

    def __init__(self):
        import spacy
        from spacy.tokens import Doc

        from newsgraph.understand.nlp import DEFAULT_SPACY_MODEL
        self.nlp = spacy.load(DEFAULT_SPACY_MODEL, exclude=["parser", "ner", "tagger", "attribute_ruler"])
        self.doc = Doc
        self.lem = self.nlp.get_pipe("lemmatizer")
        self.cache: dict = {}

    def __call__(self, word: str, pos: str) -> str:
        key = (word, pos)
        if word.lower().endswith(SINGULAR_ENDINGS):
            return word.lower()  # "process", "crisis", "status": out of context the rules would strip the "s"
        if key not in self.cache:
            d = self.doc(self.nlp.vocab, words=[word.lower()])
            d[0].pos_ = pos
            self.cache[key] = self.lem.rule_lemmatize(d[0])[0].lower()
        return self.cache[key]


def elements(text: str) -> tuple[list, list] | None:
    """(words before the verb, elements after it): an element is a word, a (PREP ...) or {A B} group's words, or a
    synset name. None when the pattern has no verb slot."""
    toks = re.findall(r"\([^)]*\)|\{[^}]*\}|\S+", text)
    if "*" not in toks and "**" not in toks:
        return None
    star = toks.index("*") if "*" in toks else toks.index("**")
    pre = [t for t in toks[:star] if t not in MARKERS]
    post = []
    for t in toks[star + 1:]:
        if t in MARKERS:
            continue
        if t[0] in "({":
            post.extend(w for w in t[1:-1].split() if w not in MARKERS)
        else:
            post.append(t)
    return pre, post


def expand(words: list[str], synsets: dict) -> list[list[str]]:
    """Every word sequence a pattern's words stand for (a synset: each of its phrases, by the phrase's last word)."""
    seqs: list[list[str]] = [[]]
    for w in words:
        if w.startswith("&"):
            heads = sorted({p.replace("_", " ").split()[-1] for p in synsets.get(w, []) if p.replace("_", " ").split()})
            if not heads:
                return []
            seqs = [s + [h] for s in seqs for h in heads]
        else:
            seqs = [s + [w.replace("_", " ").split()[-1]] for s in seqs if w.replace("_", " ").split()]
    return seqs


FUNCTION = {"about", "above", "across", "after", "against", "ahead", "along", "among", "around", "as", "aside", "at",
            "away", "back", "before", "behind", "below", "between", "beyond", "by", "down", "during", "for", "forward",
            "from", "in", "into", "near", "of", "off", "on", "onto", "out", "over", "through", "to", "toward",
            "towards", "under", "until", "up", "upon", "with", "within", "without", "himself", "herself", "itself",
            "themselves", "it", "them", "him", "her", "that", "when", "a", "the", "an", "and"}


def _code(code: str, table: dict, modes: dict) -> tuple[str, str] | None:
    """(TYPE or "-", mode) of a dictionary code, or None (01/02, an event of the recipient only, unknown)."""
    code = code.split(":")[0].strip()
    if not code:
        return None
    if code == "---":
        return ("-", "")
    pm = plover(code, table)
    if pm is None:
        return None
    typ, mode = pm
    return (typ, mode if mode and mode in modes.get(typ, ()) else "")


def _winner(counter: Counter, sources: dict, key) -> tuple:
    """The (type, mode) most of a pattern's codes give (ties: a block first, then the smallest code)."""
    def rank(kv):
        codes = [int(s.split()[0]) for s in sources[(key, kv[0])] if s.split()[0].isdigit()]
        return (kv[1], kv[0][0] == "-", -min(codes, default=9999))
    return max(counter.items(), key=rank)[0]


def build(cameo_dir: Path):
    """(verb rows, pattern rows, synset rows) of the CAMEO data:
    verbs (verb, block, TYPE, mode, need, source), patterns (block, args, TYPE, mode, need, source),
    synsets (&NAME, word). ``need``: "actor" when the entry names its event by itself (a multi-word verb, a pattern
    with a content word); "dyad" for a bare verb or a verb with only a preposition or particle, which CAMEO codes
    only between two actors of its dictionaries (our reader asks the same: an actor and a recipient that can act)."""
    table = read_table(cameo_dir / "CAMEO2PLOVER-2021.txt")
    modes = _codebook_modes()
    synsets, blocks = read_dictionary(cameo_dir / "CAMEO.2.0.txt")
    lemma = Lemmas()
    verb_rows = []
    pvotes: dict[tuple, Counter] = defaultdict(Counter)
    psources: dict[tuple, set] = defaultdict(set)
    used_syn = set()
    for block, bcode, verbs, patterns in blocks:
        if not verbs or bcode.startswith("01"):
            continue  # a block of statements (CAMEO 01): what is stated is read through the speech, not the verb
        for word, code in verbs:
            parts = word.lstrip("+").lower().replace("_", " ").split()
            if not parts or any(p in ("and", "or") for p in parts) or not all(p.replace("-", "").isalpha()
                                                                              for p in parts):
                continue
            coded = code or (bcode if " ".join(parts) == block else None)  # the block's head or a verb coded alone
            tm = _code(coded, table, modes) if coded else None
            typ, mode = tm if tm else ("", "")
            need = "dyad"  # a verb alone (with its particle) names an event only between two actors
            src = f"CAMEO {coded.split(':')[0]} {word.lstrip('+')}" if tm else "CAMEO block member"
            verb_rows.append((" ".join(parts), block, typ, mode, need, src))
        for text, code in patterns:
            el = elements(text)
            if el is None or el[0] or not el[1] or len(el[1]) > 3:
                continue  # no verb slot, words before the verb (a subject constraint), or too long to pair
            args = []
            for w in el[1]:
                if w.startswith("&"):
                    if w not in synsets:
                        break
                    args.append(w.lower())
                    used_syn.add(w)
                else:
                    w = w.replace("_", " ").split()[-1] if w.replace("_", " ").split() else ""
                    if not w.replace("-", "").replace("'", "").isalpha():
                        break
                    args.append(lemma(w, "NOUN") if w.lower() not in FUNCTION else w.lower())
            else:
                tm = _code(code, table, modes)
                if tm is None:
                    continue
                key = (block, " ".join(args))
                pvotes[key][tm] += 1
                psources[(key, tm)].add(f"{code.split(':')[0]} {text.rsplit('#', 1)[0].strip()[:0]}".strip())
    pattern_rows = []
    for key, counter in pvotes.items():
        tm = _winner(counter, psources, key)
        args = key[1].split()
        need = "actor" if any(a not in FUNCTION for a in args) else "dyad"
        codes = sorted(psources[(key, tm)])
        pattern_rows.append((key[0], key[1], tm[0], tm[1], need, "CAMEO " + ",".join(codes)))
    syn_rows = []
    for name in sorted(used_syn):
        heads = set()
        for ph in synsets[name]:
            ws = ph.replace("_", " ").split()
            if len(ws) == 1 and ws[0].replace("-", "").isalpha():  # a phrase's last word alone would mislead
                heads.add(lemma(ws[0], "NOUN"))                      # ("cease fire" is no "fire")
        syn_rows.extend((name.lower(), h) for h in sorted(heads))
    return sorted(set(verb_rows)), sorted(pattern_rows), syn_rows


def _codebook_modes() -> dict[str, set]:
    from newsgraph.understand.events.codebook import MODES
    return MODES


HEADER = """# {what}, generated from the CAMEO verb dictionary (do not edit by hand: newsgraph.tools.cameo_triggers
# wrote this file; run: .venv/bin/python -m newsgraph.tools.cameo_triggers ../shared/data/cameo).
# Sources: CAMEO.2.0.txt (openeventdata/petrarch2, MIT licence: LICENSE.cameo.txt beside this file) through
# CAMEO2PLOVER-2021.txt (openeventdata/PLOVER, CC BY-SA 4.0). Read by understand/events/lexicon.py after our own
# triggers (event_triggers.tsv), which win over these.
# Columns (TAB): {columns}
"""
FILES = {
    "event_cameo_verbs.tsv": ("English event verbs in CAMEO's synonym blocks",
                              "verb  block  TYPE (empty: none of its own)  mode  need (actor|dyad)  source"),
    "event_cameo_patterns.tsv": ("English event patterns of CAMEO's verb blocks (a pattern applies to every verb of "
                                 "its block)", "block  argument words (lemmas or &synset)  TYPE ('-': blocked)  mode  "
                                 "need (actor|dyad)  source (CAMEO codes)"),
    "event_cameo_synsets.tsv": ("English word sets of the CAMEO patterns", "&synset  word (lemma)"),
}


def main(argv: list[str]) -> int:
    if len(argv) != 2 or not Path(argv[1]).is_dir():
        print("usage: python -m newsgraph.tools.cameo_triggers CAMEO_DIR (e.g. ../shared/data/cameo)", file=sys.stderr)
        return 2
    cameo = Path(argv[1])
    for name, rows in zip(FILES, build(cameo)):
        what, cols = FILES[name]
        (OUT_DIR / name).write_text(HEADER.format(what=what, columns=cols) +
                                    "".join("\t".join(r) + "\n" for r in rows), encoding="utf-8")
        print(f"{name}: {len(rows)} rows")
    lic = (cameo / "LICENSE.petrarch2.txt").read_text(encoding="utf-8")
    NOTICE.write_text("event_cameo_verbs.tsv, event_cameo_patterns.tsv and event_cameo_synsets.tsv are derived from "
                      "CAMEO.2.0.txt of openeventdata/petrarch2, under this licence:\n\n" + lic +
                      "\nand from CAMEO2PLOVER-2021.txt of openeventdata/PLOVER (Creative Commons "
                      "Attribution-ShareAlike 4.0).\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
