"""Rule lists kept as data: one cached loader for every per-language rule file of understand/.

Files live in ``understand/lang/<lang>/`` (``common/`` for language-independent lists), UTF-8, one entry per line,
``#`` starts a comment (whole line, or after whitespace), blank lines ignored. ``.txt`` files are word lists;
``.tsv`` files are tables whose columns are separated by TABs (empty trailing cells kept as "").

API (every function is cached; results are immutable)::

    from newsgraph.understand import rules
    rules.words("en", "speech_verbs")      # -> frozenset of lower-cased entries of lang/en/speech_verbs.txt
    rules.lines("en", "speech_verbs")      # -> tuple of entries as written (order kept, case kept)
    rules.table("en", "outlets")           # -> tuple of tuples, the rows of lang/en/outlets.tsv
    rules.mapping("en", "demonyms")        # -> dict {first column (lower-cased): second column}
    rules.wordset("en", "loc_preps")       # -> frozenset of the words of set "loc_preps" in lang/en/words.tsv
    rules.languages()                      # -> the languages that have a folder

An unknown language or file raises :class:`RuleFileError` (a ``LookupError``) naming the supported languages
and the files of that language, so a typo is obvious.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

LANG_DIR = Path(__file__).with_name("lang")

__all__ = ["RuleFileError", "languages", "path", "lines", "words", "table", "mapping", "wordset", "LANG_DIR"]


class RuleFileError(LookupError):
    """A rule file that does not exist (unknown language or name)."""


@lru_cache(maxsize=None)
def languages() -> tuple[str, ...]:
    """The languages (folder names under understand/lang/) that have rule files, 'common' included."""
    return tuple(sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir() and not p.name.startswith(("_", "."))))


def path(lang: str, name: str, ext: str = ".txt") -> Path:
    """The path of rule file ``name`` of ``lang`` (``name`` may carry its extension)."""
    folder = LANG_DIR / lang
    if not folder.is_dir():
        raise RuleFileError(f"no rule files for language {lang!r}; supported languages: {', '.join(languages())}")
    p = folder / name if Path(name).suffix in (".txt", ".tsv") else folder / f"{name}{ext}"
    if not p.is_file():
        have = sorted(x.name for x in folder.iterdir() if x.suffix in (".txt", ".tsv"))
        raise RuleFileError(f"no rule file {p.name!r} for language {lang!r}; it has: {', '.join(have) or 'none'}; "
                            f"supported languages: {', '.join(languages())}")
    return p


def _strip_comment(line: str) -> str:
    if line.lstrip().startswith("#"):
        return ""
    i = line.find(" #")
    j = line.find("\t#")
    cut = min(x for x in (i, j, len(line)) if x >= 0)
    return line[:cut].rstrip("\r\n ")


@lru_cache(maxsize=None)
def lines(lang: str, name: str) -> tuple[str, ...]:
    """The entries of a ``.txt`` rule file, in file order, comments and blank lines dropped, case kept."""
    out = []
    for raw in path(lang, name, ".txt").read_text(encoding="utf-8").splitlines():
        s = _strip_comment(raw).strip()
        if s:
            out.append(s)
    return tuple(out)


@lru_cache(maxsize=None)
def words(lang: str, name: str) -> frozenset[str]:
    """The entries of a ``.txt`` rule file as a lower-cased frozenset (for membership tests)."""
    return frozenset(s.lower() for s in lines(lang, name))


@lru_cache(maxsize=None)
def table(lang: str, name: str) -> tuple[tuple[str, ...], ...]:
    """The rows of a ``.tsv`` rule file: tuples of stripped cells, comments and blank lines dropped."""
    rows = []
    for raw in path(lang, name, ".tsv").read_text(encoding="utf-8").splitlines():
        s = _strip_comment(raw)
        if not s.strip():
            continue
        rows.append(tuple(c.strip() for c in s.split("\t")))
    return tuple(rows)


@lru_cache(maxsize=None)
def mapping(lang: str, name: str) -> dict[str, str]:
    """A two-column ``.tsv`` rule file as {first column lower-cased: second column}. Do not mutate the result."""
    return {r[0].lower(): (r[1] if len(r) > 1 else "") for r in table(lang, name)}


@lru_cache(maxsize=None)
def _wordsets(lang: str) -> dict[str, frozenset[str]]:
    sets: dict[str, set[str]] = {}
    for row in table(lang, "words"):
        if len(row) >= 2 and row[1]:
            sets.setdefault(row[0], set()).add(row[1])
    return {k: frozenset(v) for k, v in sets.items()}


def wordset(lang: str, name: str) -> frozenset[str]:
    """The words of set ``name`` in ``lang/<lang>/words.tsv`` (rows ``SET<TAB>WORD``, words as written): the small
    closed word lists of the readers (prepositions, pronouns, role nouns...) kept as data."""
    sets = _wordsets(lang)
    if name not in sets:
        raise RuleFileError(f"no word set {name!r} in lang/{lang}/words.tsv; it has: {', '.join(sorted(sets))}")
    return sets[name]
