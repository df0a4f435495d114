"""English names in a Title Case headline (entities/en.py, en_appos.py, en_gazetteer.py): whether a line is in Title
Case (``_title_case_headline``), and a span of such a headline cut to the runs of words the article's body writes as a
name (``headline_pieces``: "Biden Aims Insult At" -> "Biden")."""
from __future__ import annotations

import re
from functools import lru_cache

from ..names import is_given_name, is_verb_form, is_word


_WORD = re.compile(r"[\w'’.&-]+")
_SENTENCE_END = set(".!?:\n\"“”'‘’—–-([")


def _before(text: str, pos: int) -> str:
    """The last character before ``pos`` that is no space ('' at the start of the text)."""
    m = re.search(r"(\S)\s*$", text[max(0, pos - 40):pos])
    return m.group(1) if m else ""


def _title_case_headline(text: str, pos: int) -> bool:
    a, b = text.rfind("\n", 0, pos) + 1, text.find("\n", pos)
    return _title_case_line(text[a:b if b >= 0 else len(text)])


@lru_cache(maxsize=1024)
def _title_case_line(line: str) -> bool:
    """A line in Title Case: four words or more of three letters or more besides the short function words that
    Title Case may leave in lower case ("and", "the", "for"), all capitalised (a sentence always has some lower-case
    ones: "The Democratic National Committee met on Monday in Philadelphia.")."""
    words = [w for w in re.findall(r"[^\W\d_]{3,}", line) if w.lower() not in _MINOR]
    return len(words) >= 4 and all(w[0].isupper() for w in words)


_MINOR = {"and", "the", "for", "but", "nor", "yet", "off", "out", "via", "from", "into", "onto", "with", "over",
          "than", "upon"}


# words Title Case capitalises that the body writes in lower case ("Bank Of America": "Bank of America")
_MINOR_WORDS = {"of", "the", "and", "for", "in", "on", "at", "to", "a", "an", "by", "with", "from", "de", "la", "le"}
_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}


def headline_pieces(text: str, s: int, e: int) -> list[tuple[int, int]]:
    """A span of a Title Case headline is a name only as far as the article's body bears it out: capitals there
    cannot tell a name from the words glued to it ("Biden Aims Insult At", "Russians Hacked DNC", "Hillary Clinton
    Slams Donald Trump"). A span holding a verb, adjective or adverb before its last word (names.is_word; the last
    may be a surname, whatever else it means, unless it is an inflected verb: "Mike Pompeo Slams") that the body
    never writes (short words like "of" in any case) is cut to the longest runs of its words the body writes as a
    name: holding a word that is no common word ("Biden", "DNC", "Donald Trump"), or capitalised inside a sentence
    ("Trump"); none begins with or after "Of" or "And". None: no span. Any other span, and a name with "Jr.", is
    kept whole."""
    words = [(m.start() + s, m.end() + s, m.group()) for m in _WORD.finditer(text[s:e])]
    if len(words) < 2 or not (any(is_word(w) for _, _, w in words[:-1]) or is_verb_form(words[-1][2]) or
                              _noun_after_name(words, text) or _two_given(words, text)) or \
            any(w.lower().rstrip(".") in _SUFFIXES for _, _, w in words) or not _title_case_headline(text, s):
        return [(s, e)]  # (a name with "Jr." is kept whole: cut, the son's name would be his father's)
    a, b = text.rfind("\n", 0, s) + 1, text.find("\n", e)

    def as_name(i: int, j: int) -> bool:
        if (i and words[i - 1][2].lower() in _MINOR_WORDS) or words[i][2].lower() in _MINOR_WORDS:
            return False  # no piece begins with or after "Of", "And" inside the span ("Bank Of America": no "America")
        pattern = r"\s+".join(f"(?i:{re.escape(w)})" if w.lower() in _MINOR_WORDS else re.escape(w)
                               for _, _, w in words[i:j])
        hits = [m.start() for m in re.finditer(r"(?<![\w-])" + pattern + r"(?![\w-])", text)
                if not a <= m.start() < (b if b >= 0 else len(text))]
        if not hits:
            return False
        if not all(is_word(w, nouns=True) for _, _, w in words[i:j]):
            return True
        return any(_before(text, h) not in _SENTENCE_END for h in hits if _before(text, h))

    if as_name(0, len(words)):
        return [(s, e)]
    out: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        j = next((j for j in range(len(words), i, -1) if as_name(i, j)), None)
        if j is None:
            i += 1
            continue
        out.append((words[i][0], words[j - 1][1]))
        i = j
    return out


def _two_given(words: list, text: str) -> bool:
    """Two given names opening three words or more: a headline's verb a given-name list also holds ("Lawmakers Rip
    Donald Trump", tryout r24) as often as a double given name ("Mary Kate Olsen"), which the body bears out; not
    when the text joins the two with a hyphen ("Mary-Kate Olsen", "Jean-Claude"): one double given name (review2
    r24: cut, it made the phantom persons "Mary" and "Kate Olsen")."""
    return len(words) >= 3 and is_given_name(words[0][2]) and is_given_name(words[1][2]) and \
        re.search(rf"(?<![\w-]){re.escape(words[0][2])}[-‐‑–]{re.escape(words[1][2])}(?![\w-])", text, re.I) is None


def _noun_after_name(words: list, text: str) -> bool:
    """A common noun, no given name, after two or more words of a name, that the text also writes in lower case
    ("Marco Rubio Donor's" beside "a Rubio donor"): a headline's capitals glued the noun the name modifies to it
    ("George W. Bush" keeps its surname: the text never writes "bush")."""
    last = re.sub(r"[’']s?$", "", words[-1][2])
    if len(words) < 3 or not last[:1].isupper() or is_given_name(last) or not is_word(last, nouns=True):
        return False
    return re.search(r"(?<![\w-])" + re.escape(last.lower()) + r"(?![\w-])", text) is not None
