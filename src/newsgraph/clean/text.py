"""Paragraph splitting, Unicode repair and whitespace normalisation."""
from __future__ import annotations

import re
import unicodedata

import ftfy

_NEWLINES = re.compile(r"\r\n?|[\u2028\u2029\x85\x0b\x0c]")
_BLANK = re.compile(r"\n[ \t\u00a0]*\n\s*")
_TERMINAL = re.compile(r"[.!?…:;»”\"')\]]\s*$")
WRAP_WIDTH = 100  # a block whose lines are all at most this long, mostly without final punctuation, is hard-wrapped

# whitespace of any width becomes one space; invisible characters go (not ZWJ/ZWNJ, which some scripts need)
_SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u2060\ufeff\u00ad]")
# quote marks stay curly (later stages need « » “ ”); full-width forms stay (normal punctuation in CJK text)
_FTFY = ftfy.TextFixerConfig(uncurl_quotes=False, fix_character_width=False, explain=False)
_SUSPECT = re.compile(r"[\u0080-\u00ff\u0400-\u045f\u2018-\u2122\ufffd]")  # where mojibake can hide


def split_blocks(text: str) -> list[str]:
    """Paragraphs of a plain text: blank-line blocks; inside a block every line is a paragraph, unless the block
    is hard-wrapped prose (lines of at most WRAP_WIDTH characters, most not ending a sentence), which is joined.
    A text without any blank line (what the HTML reader gives: one paragraph a line) is never unwrapped."""
    text = _NEWLINES.sub("\n", text)
    if not _BLANK.search(text.strip()):
        return [ln for ln in (x.strip() for x in text.split("\n")) if ln]
    out: list[str] = []
    for block in _BLANK.split(text):
        lines = [ln.strip() for ln in block.split("\n")]
        lines = [ln for ln in lines if ln]
        if not lines:
            continue
        if len(lines) > 1 and _hard_wrapped(lines):
            out.append(_join_wrapped(lines))
        else:
            out.extend(lines)
    return out


def _hard_wrapped(lines: list[str]) -> bool:
    heads = lines[:-1]
    if any(len(ln) > WRAP_WIDTH for ln in lines):
        return False
    if sum(len(ln) for ln in heads) / len(heads) < 40:  # short lines: a list, a poem, headings
        return False
    open_ends = sum(1 for ln in heads if not _TERMINAL.search(ln))
    return open_ends * 2 > len(heads)


def _join_wrapped(lines: list[str]) -> str:
    out = lines[0]
    for ln in lines[1:]:
        if out.endswith("-") and len(out) > 1 and out[-2].isalpha() and ln[:1].islower():
            out = out[:-1] + ln  # a word hyphenated at the line end
        else:
            out += " " + ln
    return out


# Mojibake that was then compatibility-decomposed (NFKD) on its way to us: "GÃ¼len" (UTF-8 read as Latin-1) came as
# "G", "A", U+0303, "1⁄4", "len". After NFC, the Latin-1 sign each form stands for is put back after a mojibake lead
# character (Ã, Â), and ftfy can read the pair again: "Gülen", "naïve", "Ségolène".
_KFORMS = {"1\u20444": "\u00bc", "1\u20442": "\u00bd", "3\u20444": "\u00be", " \u0304": "\u00af", " \u0308": "\u00a8",
           " \u0301": "\u00b4", " \u0327": "\u00b8"}
_KFORM = re.compile("(?<=[\u00c2\u00c3])(" + "|".join(re.escape(k) for k in _KFORMS) + ")")


def _undecompose(paragraph: str) -> str:
    if "\u0303" not in paragraph and "\u0302" not in paragraph and "\u00c3" not in paragraph \
            and "\u00c2" not in paragraph:
        return paragraph
    nfc = unicodedata.normalize("NFC", paragraph)
    return _KFORM.sub(lambda m: _KFORMS[m.group(1)], nfc) if _KFORM.search(nfc) else paragraph


def repair(paragraph: str) -> str:
    """ftfy's Unicode repair (mojibake, HTML entities, control characters, Latin ligatures, NFC; quote marks and
    full-width forms kept as they are) for a paragraph that may need it; mojibake that was compatibility-decomposed
    as well is recomposed first (``_undecompose``)."""
    if paragraph.isascii() and "&" not in paragraph and not any(ord(c) < 32 for c in paragraph):
        return paragraph
    paragraph = _undecompose(paragraph)
    if not _SUSPECT.search(paragraph) and "&" not in paragraph and paragraph.isprintable():
        # no character ftfy could fix: only NFC normalisation and Latin ligatures remain to do
        return ftfy.fix_text(paragraph, _FTFY) if _needs_nfc_or_ligatures(paragraph) else paragraph
    return ftfy.fix_text(paragraph, _FTFY)


def _needs_nfc_or_ligatures(s: str) -> bool:
    return not unicodedata.is_normalized("NFC", s) or any("\ufb00" <= c <= "\ufb06" for c in s)


# an apostrophe typed as another sign between two Latin letters ("Peter Hall‘s", "Hallʼs", "Roe`s", "don´t"): a left
# single mark there never opens a quotation (it follows a space), so it is the apostrophe, written as every later
# stage reads it (’); Cyrillic words keep their ʼ (the Ukrainian apostrophe)
_APOSTROPHE = re.compile(r"(?<=[A-Za-z\u00c0-\u024f])[\u2018\u02bc`\u00b4](?=[A-Za-z\u00c0-\u024f])")


def apostrophes(paragraph: str) -> str:
    """Every apostrophe of a Latin-script word written as ’ (see ``_APOSTROPHE``)."""
    return _APOSTROPHE.sub("\u2019", paragraph)


def normalise_space(paragraph: str) -> str:
    """One space for every run of whitespace; invisible characters (zero-width space, BOM, soft hyphen) removed."""
    s = _INVISIBLE.sub("", paragraph)
    s = _SPACES.sub(" ", s.replace("\n", " "))
    return s.strip()
