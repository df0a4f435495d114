"""The Russian (and Ukrainian) cue rules of the actors reader (split from entities/ru.py): the speech-verb, report,
attribution-phrase, pronoun and title patterns built from the word lists of ``lang/<code>``, with the verbs' forms
by pymorphy2."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .. import rules


def _words_rx(items, gap: tuple[str, ...] = ()) -> re.Pattern:
    """The items as one pattern; a two-word item whose first word starts with one of ``gap`` may hold up to three
    words between its two ("выразил в этой связи надежду": a light verb and its speech noun)."""
    def alt(w: str) -> str:
        a, b = w.split(" ", 1)
        return re.escape(a) + r"(?:\s+[^\s,.!?«»:;]+){0,3}?\s+" + re.escape(b).replace(r"\ ", r"\s+")
    gapped = [w for w in set(items) if " " in w and w.lower().startswith(gap)] if gap else []
    alts = [alt(w) for w in sorted(gapped, key=len, reverse=True)]  # (tried first: each is longer than any plain
    # item it may share a start with)
    rest = sorted({w.lower() for w in items if w} - {w.lower() for w in gapped})
    if rest:
        alts.append(_trie(rest))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(alts) or '(?!)'})(?![\w-])", re.IGNORECASE)


def _trie(words: list[str]) -> str:
    """The words (lower-cased: the patterns ignore case) as one pattern shaped as their prefix tree, a space matching
    any run of blanks: the same matches as their alternation longest first (a greedy tail tries the longer word
    first), found in one pass over the shared prefixes instead of one trial per word (r27: the cue list grew to
    2,000 forms)."""
    root: dict = {}
    for w in words:
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict) -> str:
        alts = [(r"\s+" if ch == " " else re.escape(ch)) + emit(sub) for ch, sub in sorted(node.items()) if ch]
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")" if alts else ""
        return f"(?:{body})?" if "" in node and body else body
    return emit(root)


@dataclass(frozen=True)
class RuRules:
    lang: str
    cue: re.Pattern  # speech verbs
    report: re.Pattern  # verbs/phrases crediting an outlet
    attribution: re.Pattern  # "по словам X, ..." at a sentence start
    pronouns: dict  # form -> masc | fem | plur
    pronoun_rx: re.Pattern
    titles: frozenset
    opener: re.Pattern  # "Об этом заявил Лавров." at a sentence start
    indirect_tail: re.Pattern  # what may stand between a cue and ", что ..."
    anonymous: re.Pattern  # "источник", "собеседник": a source the text does not name
    impersonal: frozenset = frozenset()  # cues of a report naming nobody ("было заявлено", "сообщалось")


def _mixed(lang: str) -> tuple[str, ...]:
    """``lang`` and the languages whose cues its news carries (languages.py ``mixes``: Ukrainian reads Russian too)."""
    from ..languages import mixed_with
    return (lang, *mixed_with(lang))


def _lines(lang: str, name: str) -> tuple[str, ...]:
    """The entries of rule file ``name`` of ``lang`` and those of the languages it mixes with that are not made of
    ``lang``'s own words (:func:`foreign`; a file one lacks: none)."""
    out: list[str] = []
    for code in _mixed(lang):
        try:
            entries = rules.lines(code, name)
        except rules.RuleFileError:
            if code == lang and name not in _OPTIONAL:
                raise
            continue
        out.extend(entries if code == lang else [e for e in entries if foreign(e, lang)])
    return tuple(out)


def foreign(entry: str, lang: str) -> bool:
    """Whether a cue entry of another language is foreign to ``lang``: a word of it is not in ``lang``'s dictionary
    (pymorphy2's Russian or Ukrainian one). Ukrainian "наголосив" is read in a Russian text; "за словами" (a Russian
    idiom: "за словами последовали дела") and "так" are not; Russian "заявил, что" is read in a Ukrainian text, "он"
    (a Ukrainian word) is not. Without the dictionary nothing is foreign."""
    from ..names import _morph
    from ..word_forms import _morph_uk
    m = _morph() if lang == "ru" else _morph_uk() if lang == "uk" else None
    if m is None:
        return False
    return any(not m.word_is_known(w) for w in re.findall(r"[^\W\d_]+", entry.lower()))


_OPTIONAL = {"impersonal_cues"}


@lru_cache(maxsize=None)
def ru_rules(lang: str) -> RuRules:
    pron = dict(rules.mapping(lang, "pronouns"))
    for code in _mixed(lang)[1:]:
        pron.update({w: g for w, g in rules.mapping(code, "pronouns").items() if w not in pron and foreign(w, lang)})
    impersonal = _lines(lang, "impersonal_cues")
    compl = _words_rx(_lines(lang, "complementizers")).pattern
    forms = _verb_forms(lang, "speech_verbs") + _phrase_forms(lang, "speech_verbs") + _belief_forms(lang) + tuple(
        f for code in _mixed(lang)[1:] for f in _verb_forms(code, "speech_verbs") + _belief_forms(code)
        if foreign(f, lang))
    return RuRules(
        lang=lang,
        cue=_words_rx(_lines(lang, "speech_verbs") + impersonal + forms, gap=("выраз", "высказ")),
        report=_words_rx(_lines(lang, "report_verbs")),
        attribution=_attribution_rx(lang, pron),
        pronouns=pron,
        pronoun_rx=_words_rx(pron),
        titles=frozenset(w.lower() for w in _lines(lang, "titles")),
        opener=re.compile(r"^\s*(?:" + _words_rx(_lines(lang, "anaphoric_openers")).pattern + r")\s",
                          re.IGNORECASE),
        anonymous=_words_rx(_lines(lang, "anonymous_sources")),
        impersonal=frozenset(w.lower() for w in impersonal),
        # (a short name in quote marks may stand between: "рассказала «Известиям», что …"; an indirect question
        # opens with its verb and "ли": "спросил, будут ли …"; an aside may follow the complementizer between
        # commas, r35: "уточнили, что, по предварительной информации, пострадавших нет", though not after a pointer,
        # whose "что" is relative: "повторил то, что, по его словам, говорил весной", review35a)
        indirect_tail=re.compile(r"(?P<mid>(?:[^.!?«»:\n]|«[^«»\n]{1,30}»){0,80}?)(?:,\s+(?:" + compl + r")\s+|" +
                                 _not_after_pointer(lang) + r",\s+(?:" + compl + r"),\s*(?=[^,.!?«»:;\n]{2,60},\s)|"
                                 r",\s+(?=[\w-]+\s+ли\s))", re.IGNORECASE),
    )


def _not_after_pointer(lang: str) -> str:
    """Lookbehinds: no pointer (words.tsv ``correlatives``: "то, что", "о том, что") right before the comma, whose
    "что" is relative (review35a)."""
    try:
        words = rules.wordset(lang, "correlatives")
    except rules.RuleFileError:
        words = rules.wordset("ru", "correlatives")
    return "".join(r"(?<!\b" + re.escape(w) + ")" for w in sorted(words))


def _attribution_rx(lang: str, pron: dict) -> re.Pattern:
    """ "По словам X, …" at a sentence start: the phrase, who says it, a comma. A phrase holding its speaker's pronoun
    ("по его мнению") may go without the comma ("По его мнению страны Балтии могут …"): who says it is all in the
    phrase, and writers leave the comma out (r17). Who says it may be a body's long official name, up to 120
    characters ("По мнению экспертов Центра макроэкономического анализа и краткосрочного прогнозирования (ЦМАКП), …",
    r26)."""
    phrases = _lines(lang, "attribution_phrases")
    own = [p for p in phrases if any(w.lower() in pron for w in p.split()[1:-1])]
    rest = [p for p in phrases if p not in own]
    own_rx = _words_rx(own).pattern if own else "(?!)"
    return re.compile(r"^\s*(?P<phrase>(?P<own>" + own_rx + r")|" + _words_rx(rest).pattern +
                      r")(?(own)(?:,\s*|\s+(?=[\w«„\"]))|(?:\s+(?P<who>[^,.!?\n]{1,120}?))?,\s*)", re.IGNORECASE)


def _verb_forms(lang: str, name: str) -> tuple[str, ...]:
    """Every finite form and gerund of the verbs a one-word list gives some forms of ("заявил" -> заявила, заявили,
    заявит, заявив …), by pymorphy2's lexemes (Russian only): the list names verbs, the morphology their forms.
    Only forms of the listed form's own verb (its aspect); no imperative, no first or second person."""
    if lang != "ru":
        return ()
    from ..names import _morph
    out: set[str] = set()
    for w in rules.lines(lang, name):
        if " " in w:
            continue
        parses = [p for p in _morph().parse(w.lower()) if p.tag.POS in ("VERB", "GRND") and _yo(p.word) == _yo(w)]
        for p in parses[:1]:  # (r23: "счел" is pymorphy2's "счёл"; forms with ё and е: "сочла")
            out.update(_lexeme_forms(p))
    return tuple(sorted(out))


def _lexeme_forms(p) -> set[str]:
    """The finite forms and gerunds of pymorphy2 parse ``p``'s lexeme (no imperative, no first or second person),
    each as written and with ё written е."""
    return {x for f in p.lexeme if f.tag.POS in ("VERB", "GRND") and not {"impr", "1per", "2per"} & set(f.tag.grammemes)
            for x in (f.word, _yo(f.word))}


def _phrase_forms(lang: str, name: str) -> tuple[str, ...]:
    """Every finite form and gerund of the verb of each several-word entry (its first word, or its second after "не"),
    the other words kept (r27: "пришел к выводу" -> пришла к выводу, приходят к выводу, придя к выводу …; "не
    исключил" -> не исключат, не исключая …): the list names a phrase, the morphology its verb's forms."""
    if lang != "ru":
        return ()
    from ..names import _morph
    out: set[str] = set()
    for w in rules.lines(lang, name):
        words = w.split()
        i = 1 if words[0].lower() == "не" else 0
        if len(words) < 2 or i >= len(words):
            continue
        parses = [p for p in _morph().parse(words[i].lower()) if p.tag.POS in ("VERB", "GRND")
                  and "impr" not in p.tag and _yo(p.word) == _yo(words[i])]  # ("пришли": прийти, not прислать)
        for p in parses[:1]:
            out.update(" ".join(words[:i] + [x] + words[i + 1:]) for x in _lexeme_forms(p))
    return tuple(sorted(out))


def _yo(word: str) -> str:
    """``word`` lower-cased with ё written е, as most news writes it."""
    return word.lower().replace("ё", "е")


def _belief_forms(lang: str) -> tuple[str, ...]:
    """Every finite form and gerund of the verbs of belief that govern a "что" clause (``stance_cues.tsv`` rows
    "that": верить, надеяться, опасаться, ожидать …) and of the cue verbs ``cue_breadth.tsv`` adds by lemma (r27: the
    other aspect, the -ся report, navec neighbours), by pymorphy2's lexemes (Russian only)."""
    if lang != "ru":
        return ()
    try:
        lemmas = [r[0] for r in rules.table(lang, "stance_cues") if len(r) > 1 and r[1] == "that"]
    except rules.RuleFileError:
        return ()
    return _lemma_forms(tuple(lemmas) + breadth_lemmas(lang))


def breadth_lemmas(lang: str) -> tuple[str, ...]:
    """The cue verbs of ``lang/<code>/cue_breadth.tsv`` (infinitives; none for a language without the file)."""
    try:
        return tuple(r[0] for r in rules.table(lang, "cue_breadth") if r and r[0])
    except rules.RuleFileError:
        return ()


def _lemma_forms(lemmas: tuple[str, ...]) -> tuple[str, ...]:
    """Every finite form and gerund (no imperative, no first or second person) of the infinitives ``lemmas``."""
    from ..names import _morph
    out: set[str] = set()
    for lem in lemmas:
        for p in [p for p in _morph().parse(lem) if p.tag.POS == "INFN" and _yo(p.word) == _yo(lem)][:1]:
            out.update(_lexeme_forms(p))
    return tuple(sorted(out))
