"""An organisation's name in the nominative, inflected as a phrase: its head noun (the first common noun) and the
adjectives before it that agree with it go to the nominative of the head's gender and number (pymorphy2); what
follows the head (a genitive complement, a prepositional phrase) stays as written. "Международного института
политической экспертизы" is "Международный институт политической экспертизы" (natasha's word-by-word normal form
gave "... политическая экспертиза"), "Организации по безопасности и сотрудничеству в Европе" is "Организация по
безопасности и сотрудничеству в Европе" (a capitalised head the tagger took for a proper noun), "Экспертно-
консультативного общественного совета" is "Экспертно-консультативный общественный совет" (a hyphenated adjective
inflects its last part).

The people of an organisation written before its name ("Исследователи Брукхейвенской национальной лаборатории",
"Сотрудники Московского университета": a plural animate noun, then the name in the genitive) are no part of it."""
from __future__ import annotations

from ..name_keys import _morph

_CASES = {"Nom": "nomn", "Gen": "gent", "Dat": "datv", "Acc": "accs", "Ins": "ablt", "Loc": "loct"}


def org_nominative(tokens, text: str, s: int, normal: str) -> tuple[int, str]:
    """(start, nominative name) of the organisation span of natasha ``tokens`` (in text order) starting at ``s``;
    the name given back unchanged when the span is no adjectives-and-noun phrase pymorphy2 can inflect."""
    toks = [t for t in tokens if t.pos != "PUNCT"]
    if any(t.text in "«»\"“”„" for t in tokens):
        return s, normal  # a name in quote marks is written as it is named
    if len(toks) >= 3 and _people_of(toks[0]) and toks[1].pos in ("ADJ", "NOUN", "PROPN") and \
            toks[1].text[:1].isupper() and (toks[1].feats or {}).get("Case") == "Gen":
        toks = toks[1:]  # "Исследователи Брукхейвенской национальной лаборатории"
        s = toks[0].start
    k = next((i for i, t in enumerate(toks) if t.pos in ("NOUN", "PROPN")), None)
    if k is None or not (toks[k].pos == "NOUN" or _common_noun(toks[k])) or len(toks) < 2 or \
            not all(map(_adjective, toks[:k])):
        return s, normal
    head = toks[k]
    case = _CASES.get((head.feats or {}).get("Case", ""))
    end = toks[-1].stop
    written = text[s:end]
    if case is None:
        return s, normal
    if case == "nomn":
        return s, written
    plural = (head.feats or {}).get("Number") == "Plur"
    parse = next((p for p in _morph().parse(head.text.lower()) if p.tag.POS == "NOUN" and p.tag.case == case and
                  (p.tag.number == "plur") == plural), None)
    # a plural head after singular adjectives is shared by names in a row ("Большого, Мариинского театров"): each
    # of them names one, in the singular
    shared = plural and any(_singular_only(t.text.rpartition("-")[2], case) for t in toks[:k])
    noun = parse.inflect({"nomn", "sing"} if shared else {"nomn"}) if parse is not None else None
    if noun is None:
        return s, normal
    agree = {"nomn", "plur"} if plural and not shared else {"nomn", noun.tag.gender or parse.tag.gender}
    words = []
    for t in toks[:k]:
        stem, _, last = t.text.rpartition("-")
        adj = next((p for p in _morph().parse(last.lower()) if p.tag.POS in ("ADJF", "PRTF") and p.tag.case == case),
                   None)
        form = _inflect_like(adj, agree, last.lower()) if adj is not None else None
        if form is None:
            return s, normal
        words.append((t, (stem + "-" if stem else "") + _like(last, form.word)))
    words.append((head, _like(head.text, noun.word)))
    out, at = [], s
    for t, w in words:
        out.append(text[at:t.start] + w)
        at = t.stop
    return s, "".join(out) + text[at:end]


def _inflect_like(adj, agree: set, written: str):
    """``adj`` in the grammemes ``agree``, the form of its lexeme nearest the word as written: a superlative's lexeme
    holds several ("высшей" -> "высшая", not pymorphy2's first form "высочайшая"; "лучшего" -> "лучший", not
    "наихороший", r26)."""
    first = adj.inflect(agree)
    forms = [f for f in adj.lexeme if agree <= f.tag.grammemes and
             not ({"Supr", "Cmp"} & adj.tag.grammemes) - f.tag.grammemes]
    if not forms:
        return first

    def shared(f) -> int:
        k = 0
        while k < min(len(f.word), len(written)) and f.word[k] == written[k]:
            k += 1
        return k
    best = max(forms, key=shared)
    return best if first is None or shared(best) > shared(first) else first


def _singular_only(word: str, case: str) -> bool:
    """Whether every adjectival reading of ``word`` in ``case`` is singular ("Мариинского"; the tagger's number
    follows the noun)."""
    forms = [p for p in _morph().parse(word.lower()) if p.tag.POS in ("ADJF", "PRTF") and p.tag.case == case]
    return bool(forms) and all(p.tag.number == "sing" for p in forms)


def _common_noun(tok) -> bool:
    """A capitalised common noun the tagger took for a proper one, heading a name ("Организации по безопасности и
    сотрудничеству в Европе": its head alone goes to the nominative, the words after it keep their case; natasha's
    word-by-word normal form gave "… в Европа", r23): a dictionary noun of pymorphy2 that is no name of a person,
    place or organisation."""
    if not tok.text[:1].isupper() or not _morph().word_is_known(tok.text.lower()):
        return False
    names = {"Name", "Surn", "Patr", "Geox", "Orgn", "Trad"}
    return any(p.tag.POS == "NOUN" and not names & set(p.tag.grammemes) for p in _morph().parse(tok.text.lower()))


def _adjective(tok) -> bool:
    """An adjective or a participle ("Объединённого")."""
    return tok.pos == "ADJ" or tok.pos == "VERB" and (tok.feats or {}).get("VerbForm") == "Part"


def _people_of(tok) -> bool:
    """A plural animate common noun: the people of what follows ("Исследователи", "Сотрудники")."""
    feats = tok.feats or {}
    return tok.pos == "NOUN" and feats.get("Number") == "Plur" and feats.get("Animacy") == "Anim"


def _like(model: str, word: str) -> str:
    """``word`` written with the capitals of ``model`` (first letter, or all)."""
    if model.isupper() and len(model) > 1:
        return word.upper()
    return word[:1].upper() + word[1:] if model[:1].isupper() else word
