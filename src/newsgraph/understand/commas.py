"""Commas that bound clauses, for the readers that cut a sentence at its commas (quotes' contents and attributions).
A comma between two digits belongs to a number, never to the clause: the thousands of "120,000 homes", the decimal
comma of Russian "1,5 млн". ``find``/``rfind`` are ``str.find(",")``/``str.rfind(",")`` that pass such commas."""
from __future__ import annotations


def in_number(text: str, i: int) -> bool:
    """Whether the comma at ``i`` stands between two digits ("120,000", "1,5")."""
    return 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()


def find(text: str, lo: int = 0, hi: int | None = None) -> int:
    """The first clause comma of ``text[lo:hi]`` (its index in ``text``), else -1."""
    hi = len(text) if hi is None else hi
    i = text.find(",", lo, hi)
    while i >= 0 and in_number(text, i):
        i = text.find(",", i + 1, hi)
    return i


def rfind(text: str, lo: int = 0, hi: int | None = None) -> int:
    """The last clause comma of ``text[lo:hi]`` (its index in ``text``), else -1."""
    hi = len(text) if hi is None else hi
    i = text.rfind(",", lo, hi)
    while i >= 0 and in_number(text, i):
        i = text.rfind(",", lo, i)
    return i
