"""understand.quantities: numbers with what they count ("26 countries", "$3.5 billion", "12%", "35 глав государств").

Numbers are found on the tokens of the document view (spaCy's tokens; natasha's tokens (doc.Tok) for
Russian and Ukrainian), written in digits or in words (``lang/<code>/quantities_numbers.tsv``: "two", "million",
"млрд"). The unit is, in this order: a currency or percent sign or word next to the number
(``quantities_units.tsv``: "$" -> USD, "%" -> percent, "долларов" -> USD); else the noun the number modifies in
the dependency parse, with the words between them, its prepositional / genitive tail when that tail is a bare
noun phrase ("heads of state and government", "глав государств") and its conjuncts that carry no number of their
own ("tanks and armored vehicles"). A number with neither is not a quantity ("two of them", "Article 5").

Dates, years, times, ordinals and phone numbers are not quantities: the spans of ``record.dates``, spaCy's
DATE/TIME/ORDINAL entities and phone-like digit runs are skipped. Without a parse, a regex pass finds money,
percentages and "number + word".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..pipeline import component
from ..record import Quantity
from . import rules
from .doc import subtree

FALLBACK_LANGUAGE = "en"
DIGITS = re.compile(r"^[-−]?\d+(?:[.,\u00a0\u202f ]\d+)*$")
PHONE = re.compile(r"(?<![\w\d])\+?\d{1,3}?[ (.-]*\d{2,4}[ ).-]+\d{2,4}[ .-]+\d{2,4}(?:[ .-]+\d{2,4})?(?![\w\d])")
YEARLIKE = re.compile(r"^(?:1[89]\d\d|20\d\d|21\d\d)$")
ORDINAL_AFTER = re.compile(r"^(?:-?(?:й|я|е|го|му|м|х|ми|ая|ое|ый|ий|ой|ти|ї|ого|ому)\b|(?:st|nd|rd|th)\b|:\d|\.\d+\.)")
NOUNS = {"NOUN", "PROPN"}
BLOCKING_ENTS = {"DATE", "TIME", "ORDINAL"}


@dataclass(frozen=True)
class QuantityRules:
    lang: str
    words: dict  # number word (lower) -> (value, kind)
    prefix: re.Pattern | None  # currency symbol just before the number (matched at the end of the text before)
    suffix: re.Pattern | None  # currency / percent word just after the number
    units: dict  # form (lower) -> normalised unit
    decimal_comma: bool


@lru_cache(maxsize=None)
def quantity_rules(lang: str) -> QuantityRules:
    try:
        nums = rules.table(lang, "quantities_numbers")
        unit_rows = rules.table(lang, "quantities_units")
    except rules.RuleFileError:
        if lang == FALLBACK_LANGUAGE:
            raise
        return quantity_rules(FALLBACK_LANGUAGE)
    words = {r[0].lower(): (float(r[1]), r[2] if len(r) > 2 else "unit") for r in nums}
    pre = sorted({r[0] for r in unit_rows if len(r) > 2 and r[2] == "prefix"}, key=len, reverse=True)
    suf = sorted({r[0] for r in unit_rows if len(r) > 2 and r[2] == "suffix"}, key=len, reverse=True)
    units = {(r[0].lower(), r[2] if len(r) > 2 else "suffix"): r[1] for r in unit_rows}

    def alt(forms):
        return "|".join(re.escape(f) + (r"(?![\w])" if f[-1:].isalnum() else "") for f in forms)
    prefix = re.compile(rf"(?:(?<![\w$€£₽₴¥])(?:{alt(pre)}))\s?$") if pre else None
    suffix = re.compile(rf"^\s?(?:{alt(suf)})", re.IGNORECASE) if suf else None
    return QuantityRules(lang, words, prefix, suffix, units, decimal_comma=lang not in ("en",))


# -- numbers ------------------------------------------------------------------------------------------------------
def parse_number(text: str, qr: QuantityRules) -> float | None:
    """The value of a number written in digits and/or words ("1,200", "3,5 млрд", "two hundred", "1.2 million")."""
    total, current, seen = 0.0, 0.0, False
    for piece in re.findall(r"[-−]?\d[\d.,\u00a0\u202f ]*\d|[-−]?\d|[^\W\d_]+\.?|[^\W\d_]+", text):
        piece = piece.strip()
        if piece[:1].isdigit() or piece[:1] in "-−":
            v = _digits(piece, qr)
            if v is None:
                return None
            current += v
            seen = True
            continue
        w = qr.words.get(piece.lower()) or qr.words.get(piece.lower().rstrip("."))
        if w is None:
            if piece.lower() in ("a", "an", "and"):
                continue
            return None
        value, kind = w
        if kind == "scale":
            current = (current or 1.0) * value
            if value >= 1000:
                total, current = total + current, 0.0
        else:
            current += value
        seen = True
    if not seen:
        return None
    v = total + current
    return int(v) if float(v).is_integer() else v


def _digits(s: str, qr: QuantityRules) -> float | None:
    neg = s[:1] in "-−"
    s = s.lstrip("-−").replace("\u00a0", " ").replace("\u202f", " ")
    if qr.decimal_comma:
        s = s.replace(" ", "")
        if s.count(",") == 1 and s.count(".") == 0:
            s = s.replace(",", ".")
        elif s.count(".") > 1:  # 1.200.000
            s = s.replace(".", "")
        s = s.replace(",", "")
    else:
        if " " in s:
            return None
        s = s.replace(",", "")
    try:
        v = float(s)
    except ValueError:
        return None
    return -v if neg else v


# -- tokens: one view over spaCy and natasha ------------------------------------------------------------------------
@dataclass
class Tok:
    i: int
    text: str
    start: int
    end: int
    pos: str
    dep: str
    head: int  # index of the head token (itself for the root)
    children: list
    ent: str = ""  # the NER label over the token (spaCy), "" when none
    plural: bool = False  # the token is a plural form (morphology)


@lru_cache(maxsize=None)
def _number_rx(lang: str) -> re.Pattern:
    words = "|".join(re.escape(w) for w in sorted(quantity_rules(lang).words, key=len, reverse=True))
    return re.compile(rf"\d|(?<!\w)(?:{words})(?!\w)", re.IGNORECASE)


def tokens_from_spacy(doc, qr: QuantityRules | None = None) -> list[Tok | None]:
    """The tokens of a spaCy Doc; with ``qr``, only those of sentences that hold a number (and one token on
    either side): the others stay None, which is most of a text and most of the time saved."""
    n = len(doc)
    if qr is None:
        wanted = range(n)
    else:
        rx, wanted = _number_rx(qr.lang), []
        for sent in doc.sents:
            if rx.search(sent.text):
                wanted.extend(range(max(0, sent.start - 1), min(n, sent.end + 1)))
    toks: list[Tok | None] = [None] * n
    for i in wanted:
        if toks[i] is None:
            t = doc[i]
            toks[i] = Tok(i, t.text, t.idx, t.idx + len(t.text), t.pos_, t.dep_.lower(), t.head.i, [], t.ent_type_,
                          "Plur" in t.morph.get("Number"))
    for t in toks:
        if t is not None and t.head != t.i and toks[t.head] is not None:
            toks[t.head].children.append(t.i)
    return toks


def _bare(toks: list[Tok], idx: list[int]) -> bool:
    """A bare noun phrase: no determiner, pronoun, proper noun, number, punctuation or preposition inside."""
    return all(toks[j].pos not in ("DET", "PRON", "PROPN", "NUM", "PUNCT", "ADP", "VERB", "AUX", "SCONJ")
               for j in idx) and idx == list(range(idx[0], idx[-1] + 1))


def _is_num(t: Tok | None, qr: QuantityRules) -> bool:
    if t is None:
        return False
    if DIGITS.match(t.text):
        return True
    w = qr.words.get(t.text.lower()) or qr.words.get(t.text.lower().rstrip("."))
    if w is None:
        return False
    return t.pos in ("NUM", "NOUN", "X", "SYM", "") or w[1] == "scale" or t.dep.startswith("nummod")


def _unit_tail(toks: list[Tok], head: int, lang: str) -> int:
    """The index of the last token of the unit that starts at noun ``head``: its bare "of"/genitive tail and its
    number-less conjuncts."""
    end = head
    kids = sorted(toks[head].children)
    for c in kids:
        t = toks[c]
        if c != end + 1:
            continue
        if lang == "en" and t.dep == "prep" and t.text.lower() == "of":
            objs = [k for k in t.children if toks[k].dep == "pobj"]
            if objs:
                sub = subtree(toks, objs[0])
                if _bare(toks, sub) and sub[0] == c + 1:
                    end = sub[-1]
        elif lang != "en" and t.dep == "nmod" and t.pos == "NOUN":
            sub = subtree(toks, c)
            if _bare(toks, sub):
                end = sub[-1]
    for c in kids:
        t = toks[c]
        if t.dep != "conj" or c <= end:
            continue
        sub = subtree(toks, c)
        between = list(range(end + 1, sub[0]))
        if not all(toks[j].pos in ("CCONJ",) or toks[j].text == "," for j in between):
            break
        if any(toks[k].dep.startswith("nummod") for k in t.children) or not _bare(toks, sub):
            break
        end = sub[-1]
    return end


def _blocked(start: int, end: int, spans) -> bool:
    return any(start < e and s < end for s, e in spans)


def extract_quantities(text: str, lang: str | None = None, spacy_doc=None, natasha_tokens=None,
                       blocked: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """All quantities of ``text``; ``blocked`` are spans (dates) that hold no quantity."""
    lang = (lang or FALLBACK_LANGUAGE).lower()
    qr = quantity_rules(lang)
    if lang not in ("en", "ru", "uk"):
        spacy_doc = natasha_tokens = None  # the English parse of another language is no guide to what a number counts
    blocked = list(blocked or [])
    blocked.extend((m.start(), m.end()) for m in PHONE.finditer(text))
    if spacy_doc is not None:
        from .dates import counts_noun
        blocked.extend((e.start_char, e.end_char) for e in spacy_doc.ents if e.label_ in BLOCKING_ENTS
                       and not (len(e) == 1 and counts_noun(e[0])))
        toks = tokens_from_spacy(spacy_doc, qr)
    elif natasha_tokens is not None:
        toks = natasha_tokens
    else:
        return _regex_quantities(text, qr, blocked)
    tok_lang = "en" if spacy_doc is not None else "ru"
    out: list[Quantity] = []
    i, n = 0, len(toks)
    while i < n:
        if not _is_num(toks[i], qr):
            i += 1
            continue
        j = i
        while j + 1 < n and _is_num(toks[j + 1], qr) and toks[j + 1].start - toks[j].end <= 1 and \
                _joins(toks[j].text, toks[j + 1].text, qr):
            j += 1
        group = list(range(i, j + 1))
        i = j + 1
        q = _quantity_at(text, toks, group, qr, tok_lang, blocked)
        if q is not None:
            out.append(q)
    return out


def _counts(toks, group, tok_lang) -> bool:
    """A four-digit number that looks like a year counts something when the model says so: spaCy's CARDINAL
    ("2000 troops"), or for Russian a plural noun right after it ("2000 военных")."""
    if tok_lang == "en":
        nxt = group[-1] + 1
        before = toks[group[0] - 1].pos if group[0] > 0 else ""
        return all(toks[k].ent == "CARDINAL" for k in group) or (
            nxt < len(toks) and toks[group[-1]].head == nxt and toks[nxt].plural and toks[nxt].pos == "NOUN"
            and before not in ("DET", "PRON", "PROPN", "ADJ", "NOUN", "PART"))
    nxt = group[-1] + 1
    return nxt < len(toks) and toks[nxt].pos in NOUNS and toks[nxt].plural and toks[nxt].head in group + [nxt] \
        or (nxt < len(toks) and toks[group[-1]].head == nxt and toks[nxt].plural)


def _joins(prev: str, nxt: str, qr: QuantityRules) -> bool:
    """Whether two adjacent number tokens are one number: "3.5 billion", "twenty five", "1 200" (Russian
    thousands), but not "nine 10" or "2 3"."""
    w_next = qr.words.get(nxt.lower()) or qr.words.get(nxt.lower().rstrip("."))
    if w_next is not None and w_next[1] == "scale":
        return True
    prev_digits, next_digits = bool(DIGITS.match(prev)), bool(DIGITS.match(nxt))
    if next_digits:
        return prev_digits and qr.decimal_comma and bool(re.fullmatch(r"\d{1,3}", prev)) and \
            bool(re.fullmatch(r"\d{3}", nxt))
    if prev_digits or w_next is None:
        return False
    w_prev = qr.words.get(prev.lower())
    return w_prev is not None and w_prev[0] >= 20 and w_prev[0] % 10 == 0 and w_next[0] < 10


def _quantity_at(text, toks, group, qr, tok_lang, blocked) -> Quantity | None:
    first = toks[group[0]]
    if group[0] > 0 and toks[group[0] - 1].text.lower() in ("a", "an") and \
            qr.words.get(first.text.lower(), (0, ""))[1] in ("scale",) or (
            group[0] > 0 and toks[group[0] - 1].text.lower() in ("a", "an") and first.text.lower() == "dozen"):
        group = [group[0] - 1] + group  # "a dozen", "a million"
    s, e = toks[group[0]].start, toks[group[-1]].end
    if any(toks[k] is None for k in (group[0] - 1, group[-1] + 1) if 0 <= k < len(toks)):
        return None  # a number on the margin of the sentences looked at (its sentence holds no number: cannot be)
    if _blocked(s, e, blocked):
        return None
    num_text = text[s:e]
    yearlike = bool(YEARLIKE.match(num_text))
    if ORDINAL_AFTER.match(text[e:e + 4]) or text[max(0, s - 3):s].rstrip().endswith(("№", "No.", "#")):
        return None
    value = parse_number(num_text, qr)
    if value is None:
        return None
    if yearlike and not _counts(toks, group, tok_lang):
        return None  # "in 2025", "2025 elections": a year, not a count
    # a currency sign before the number
    if qr.prefix is not None:
        m = qr.prefix.search(text[max(0, s - 6):s])
        if m:
            return _prefixed(text, s, e, m, value, qr)
    # a currency / percent word after it
    if qr.suffix is not None:
        m = qr.suffix.match(text[e:e + 40])
        if m:
            form = m.group(0).strip()
            end = e + m.end()
            return Quantity(text=text[s:end], value=value, unit=qr.units.get((form.lower(), "suffix"), form),
                            start=s, end=end)
    # the noun it counts, from the parse
    root = next((k for k in group if toks[k].head not in group), group[-1])
    rt = toks[root]
    head = rt.head
    nxt = group[-1] + 1
    if nxt < len(toks) and toks[nxt] is not None and toks[nxt].head in group and toks[nxt].pos in NOUNS:
        head = nxt  # "5 тысяч человек": the counted noun hangs off the scale word
    elif head == root or head <= group[-1] or toks[head] is None or toks[head].pos not in NOUNS:
        return None
    elif not (rt.dep.startswith("nummod") or rt.dep in ("compound", "amod", "nmod", "quantmod")):
        return None
    if _model_number(toks, group, head, value, tok_lang):
        return None
    between = range(group[-1] + 1, head)
    if any(toks[k].pos in ("PUNCT", "ADP", "VERB", "AUX", "DET", "PRON", "SCONJ", "CCONJ") for k in between):
        return None
    if _blocked(s, toks[head].end, blocked):
        return None
    last = _unit_tail(toks, head, tok_lang)
    ustart, uend = toks[group[-1] + 1].start, toks[last].end
    unit = text[ustart:uend]
    return Quantity(text=text[s:uend], value=value, unit=unit, start=s, end=uend)


def _model_number(toks, group, head: int, value: float, lang: str) -> bool:
    """English: "the 300 grand tourer", "the LC 500 Convertible", "a Boeing 737 jet": a number after "the" or a
    name, before a singular noun, names a model or a type (a count of more than one takes the plural: "the 300
    tourers"). Not in languages whose numbers take a singular noun (Russian "2 дома")."""
    before = toks[group[0] - 1] if group[0] > 0 else None
    return lang == "en" and value != 1 and before is not None and (
        before.text.lower() == "the" or before.pos == "PROPN" and before.text[:1].isupper()) and \
        toks[head].pos in NOUNS and not toks[head].plural and len(group) == 1


def _prefixed(text, s, e, m, value, qr) -> Quantity:
    form = m.group(0).strip()
    start = s - len(m.group(0)) + (len(m.group(0)) - len(m.group(0).lstrip()))
    return Quantity(text=text[start:e], value=value, unit=qr.units.get((form.lower(), "prefix"), form),
                    start=start, end=e)


_REGEX_CACHE: dict = {}


def _regex_quantities(text: str, qr: QuantityRules, blocked) -> list[Quantity]:
    """No parse: money and percentages, and a number followed by a lower-case word."""
    rx = _REGEX_CACHE.get(qr.lang)
    if rx is None:
        scale = "|".join(re.escape(w) for w, (v, k) in sorted(qr.words.items(), key=lambda x: -len(x[0]))
                         if k == "scale")
        rx = re.compile(rf"(?<![\w\d.,])\d+(?:[.,\u00a0 ]\d+)*(?:\s(?:{scale}))?(?![\w\d])" if scale
                        else r"(?<![\w\d.,])\d+(?:[.,\u00a0 ]\d+)*(?![\w\d])", re.IGNORECASE)
        _REGEX_CACHE[qr.lang] = rx
    out = []
    for m in rx.finditer(text):
        s, e = m.span()
        num = m.group(0)
        if _blocked(s, e, blocked) or YEARLIKE.match(num) or ORDINAL_AFTER.match(text[e:e + 4]):
            continue
        value = parse_number(num, qr)
        if value is None:
            continue
        if qr.prefix is not None and (p := qr.prefix.search(text[max(0, s - 6):s])):
            out.append(_prefixed(text, s, e, p, value, qr))
            continue
        if qr.suffix is not None and (u := qr.suffix.match(text[e:e + 40])):
            end = e + u.end()
            out.append(Quantity(text=text[s:end], value=value,
                                unit=qr.units.get((u.group(0).strip().lower(), "suffix"), u.group(0).strip()),
                                start=s, end=end))
            continue
        w = re.match(r"\s([^\W\d_]{3,})", text[e:e + 40])
        if w and w.group(1)[0].islower():
            end = e + w.end()
            out.append(Quantity(text=text[s:end], value=value, unit=w.group(1), start=s, end=end))
    return out


@component("understand.quantities", requires=("document.text", "document.language", "dates", "scratch.doc"),
           assigns=("quantities",))
def quantities(work) -> None:
    doc = work.record.document
    view = work.scratch["doc"]
    blocked = [(d.start, d.end) for d in work.record.dates]
    work.record.quantities = extract_quantities(doc.text, doc.language, spacy_doc=view.spacy,
                                                natasha_tokens=view.tokens if view.natasha is not None else None,
                                                blocked=blocked)
