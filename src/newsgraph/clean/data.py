"""Loader of the cleaning rules kept as data in clean/rules/<lang>/ (see clean/rules/README.md)."""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

RULES_DIR = Path(__file__).parent / "rules"
_MACRO_DEF = re.compile(r"@([A-Z_][A-Z0-9_]*)\s*=\s*(.+)$")
_MACRO_USE = re.compile(r"%([A-Z_][A-Z0-9_]*)%")


def entries(path: Path) -> list[str]:
    """Non-empty, non-comment lines of a UTF-8 rule file (right-stripped)."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.rstrip()
        if line.strip() and not line.lstrip().startswith("#"):
            out.append(line.strip())
    return out


def languages() -> list[str]:
    """Languages that have a rule folder (``common`` excluded)."""
    return sorted(p.name for p in RULES_DIR.iterdir() if p.is_dir() and p.name != "common")


def _expand(pattern: str, macros: dict[str, str], where: str) -> str:
    def sub(m):
        name = m.group(1)
        if name not in macros:
            raise ValueError(f"{where}: unknown macro %{name}%")
        return f"(?:{macros[name]})"
    for _ in range(10):  # macros may use macros defined before them
        new = _MACRO_USE.sub(sub, pattern)
        if new == pattern:
            return new
        pattern = new
    return pattern


def _patterns(path: Path, macros: dict[str, str]) -> list[str]:
    out = []
    for n, line in enumerate(entries(path), 1):
        m = _MACRO_DEF.match(line)
        if m:
            macros[m.group(1)] = _expand(m.group(2), macros, f"{path}: macro {m.group(1)}")
            continue
        pat = _expand(line, macros, str(path))
        try:
            re.compile(pat)
        except re.error as exc:
            raise ValueError(f"{path}: bad rule {line!r}: {exc}") from None
        out.append(pat)
    return out


@lru_cache(maxsize=None)
def boilerplate_rules() -> tuple[tuple[str, re.Pattern], ...]:
    """(language, compiled rule) for every language; each rule matched with ``fullmatch``. Each language's rules
    are also joined into one alternation so a paragraph is tested with one regex call per language."""
    common_macros: dict[str, str] = {}
    common = _patterns(RULES_DIR / "common" / "boilerplate.txt", common_macros)
    out = [("common", re.compile("|".join(f"(?:{p})" for p in common), re.IGNORECASE))]
    for lang in languages():
        path = RULES_DIR / lang / "boilerplate.txt"
        if path.is_file():
            pats = _patterns(path, dict(common_macros))
            if pats:
                out.append((lang, re.compile("|".join(f"(?:{p})" for p in pats), re.IGNORECASE)))
    return tuple(out)


@lru_cache(maxsize=None)
def tlds() -> frozenset[str]:
    return frozenset(e.lower() for e in entries(RULES_DIR / "common" / "tlds.txt"))
