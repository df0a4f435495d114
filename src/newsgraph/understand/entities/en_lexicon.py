"""The English entity rules, compiled once per language (``Lexicon``: titles, countries with their aliases,
demonyms and capitals, first names, group, organisation and institution words, media nouns) and the word sets the
entity, coreference and quote readers share."""
from __future__ import annotations

import re
from functools import lru_cache

from .. import rules

LANG = "en"

OPENERS = {"«": "»", "“": "”", "„": "“”", "‹": "›", '"': '"'}
KEEP_LABELS = {"PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "LAW", "WORK_OF_ART", "EVENT", "PRODUCT"}
LOCATIVE_PREPS = rules.wordset("en", "locative_preps")
HONORIFICS = rules.wordset("en", "honorifics")
FEMALE_TITLES = rules.wordset("en", "female_titles")
MALE_TITLES = rules.wordset("en", "male_titles")
NUMBER_WORDS = ("two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|"
                "seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|dozens of|hundreds of|several|many|all")

POSS = re.compile(r"(?:['’]s|(?<=s)['’])$")
WS = re.compile(r"\s+")


# -- data ----------------------------------------------------------------------------------------------------------
class Lexicon:
    """The rule files of one language, compiled once."""

    def __init__(self, lang: str):
        self.titles = rules.words(lang, "titles")
        self.title_vocab = frozenset(w for t in self.titles for w in t.split()) | {"of", "the"}
        self.max_title = max(len(t.split()) for t in self.titles)
        self.group_heads = rules.words(lang, "group_heads")
        self.family_nouns = rules.words(lang, "family_nouns")
        self.org_heads = rules.words(lang, "org_heads")
        self.institutions = rules.words(lang, "institution_words")
        self.first_names = {r[0]: r[1] for r in rules.table(lang, "first_names") if len(r) > 1}
        self.media_nouns = rules.words(lang, "media_nouns")
        self.mastheads = rules.words(lang, "masthead_words")
        self.country_of: dict[str, str] = {}  # alias (case kept) -> canonical
        self.demonym: dict[str, str] = {}  # demonym lower -> canonical country
        self.capital: dict[str, str] = {}  # capital -> canonical country
        self.article: dict[str, str] = {}  # canonical -> "the " or ""
        self.ambiguous: set[str] = set()  # names written ~Name in the table: also a person or a word
        for row in rules.table(lang, "countries"):
            row = row + ("",) * (5 - len(row))
            row = tuple("|".join(self._amb(x) for x in cell.split("|")) for cell in row)
            name, aliases, dems, caps, art = row[:5]
            self.article[name] = "the " if art == "the" else ""
            for a in [name, *filter(None, aliases.split("|"))]:
                self.country_of[a] = name
            for d in filter(None, dems.split("|")):
                self.demonym.setdefault(d.lower(), name)
            for c in filter(None, caps.split("|")):
                self.capital.setdefault(c, name)
        # a state's name and news-style abbreviations ("Fla.", "N.H."), with or without the full stop -> the state
        self.state_of: dict[str, str] = {}
        for row in rules.table(lang, "us_states"):
            self.state_of[row[0]] = row[0]
            for a in filter(None, (row[1] if len(row) > 1 else "").split("|")):
                self.state_of[a] = self.state_of[a.rstrip(".")] = row[0]
        places = sorted({a for a in self.country_of if a[:1].isupper()} | set(self.capital), key=len, reverse=True)
        places = [p for p in places if p not in self.ambiguous]
        self.place_re = re.compile(r"(?<![\w\-])(?:" + "|".join(re.escape(p) for p in places) + r")(?![\w\-])")
        group_nouns = sorted(rules.words(lang, "group_nouns"), key=len, reverse=True)
        self.group_re = re.compile(
            r"\b(?:(?:\d(?:[\d,.]*\d)?|" + NUMBER_WORDS + r")\s+(?:of\s+the\s+)?(?:[a-z]+\s+)?)"
            r"(?:" + "|".join(re.escape(g) for g in group_nouns) + r")\b", re.I)

    def _amb(self, x: str) -> str:
        if x.startswith("~"):
            self.ambiguous.add(x[1:])
            return x[1:]
        return x

    def country(self, s: str) -> str | None:
        """Canonical country for a name, alias or demonym ("US", "Ukrainian", "Britain")."""
        s = s.strip()
        return self.country_of.get(s) or self.demonym.get(s.lower()) or self.country_of.get(s.removeprefix("the "))

    def with_article(self, country: str) -> str:
        return self.article.get(country, "") + country


@lru_cache(maxsize=4)
def lexicon(lang: str = LANG) -> Lexicon:
    return Lexicon(lang)


_INDEFINITE = frozenset({"a", "an"})


def unheld_title(word_before: str, placed: bool = False) -> bool:
    """The word right before a title (and its place) says the person does not hold it at the text's date: an
    indefinite article or a word of a coming office ("a President Trump would ...", "would-be president Donald
    Trump": lang/en/words.tsv unheld_title_words): no role of theirs. An indefinite article only before a bare office
    title: before a ``placed`` one it introduces a holder ("a Pentagon spokesman John Kirby", "a Senate aide")."""
    low = word_before.lower()
    return low in rules.wordset("en", "unheld_title_words") and not (placed and low in _INDEFINITE)


def past_title(word_before: str, role: str) -> str:
    """``role`` as a past one when the word right before its title says the person held it before the text's date
    ("former Secretary of State Hillary Clinton": "Former secretary of state"; lang/en/words.tsv past_title_words),
    else ``role`` itself. The corpus votes an actor's role over its documents (corpus/identity_choose.voted_role,
    which reads "former" as no word of the office): the former office wins where most documents say former."""
    if not past_word(word_before) or not role:
        return role
    keep = role[:2].isupper() or role.split()[0].endswith(".")  # "CEO", "Gov." as written
    return "Former " + (role if keep else role[:1].lower() + role[1:])


def past_word(word: str) -> bool:
    """Whether ``word`` says a title that follows it was held before ("former", "onetime": past_title_words)."""
    return word.lower() in rules.wordset("en", "past_title_words")


def past_before(words: list[str], first: int, span: int = 3) -> str:
    """The past word ("former") right before ``words[first]``, the first word of a title or its place, or before up
    to ``span`` capitalised words there: "former Florida Gov. Jeb Bush", "former New York Mayor Rudy Giuliani" (the
    state is not read as the title's place); "" for none."""
    k = first
    while k > 0 and first - k < span and words[k - 1][:1].isupper() and not past_word(words[k - 1]):
        k -= 1
    return words[k - 1] if k > 0 and past_word(words[k - 1]) else ""
