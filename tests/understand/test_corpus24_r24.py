"""Round 24 (people across documents): a two-word surname (Spanish and Portuguese names carry the father's and the
mother's) is one surname to English readers, whether the tagger cut the full name at its first surname or a
dictionary lists the first surname as a given name of a faraway country. Sentences written for these tests."""
from __future__ import annotations

import pytest

from newsgraph.understand import names as N
from newsgraph.understand.entities.en_surnames import second_surnames


@pytest.mark.parametrize("full,short", [
    ("Enrique Peña Nieto", "Peña Nieto"),          # "Peña": a Bulgarian given name in the dictionary, a surname here
    ("Andrés Manuel López Obrador", "López Obrador"),
    ("Gabriel García Márquez", "García Márquez"),
    ("Debbie Wasserman Schultz", "Wasserman Schultz"),
])
def test_a_two_word_surname_is_the_full_names_tail(full, short):
    assert N.compatible(N.parse(full), N.parse(short))
    assert N.tail_of(short, full)


@pytest.mark.parametrize("full,short", [
    ("Mary Ann Smith", "Ann Smith"),                # a given name English readers know: another person may bear it
    ("José María Aznar", "María Aznar"),
])
def test_a_known_given_name_before_the_surname_is_no_tail(full, short):
    assert not N.compatible(N.parse(full), N.parse(short))


def test_a_given_name_english_readers_know():
    assert N.given_in_english("Ann") and N.given_in_english("Harvey") and N.given_in_english("María")
    assert N.is_given_name("Peña") and not N.given_in_english("Peña")
    assert not N.given_in_english("Wasserman")


def _spans(text: str, *names: str) -> list:
    out = []
    for n in names:
        s = text.index(n)
        out.append([s, s + len(n), "PERSON", None])
    return sorted(out)


def test_the_taggers_cut_name_runs_over_the_second_surname_the_text_names():
    text = "Mexican President Carlos Ruiz Tapia met the envoy on Friday. Critics of Ruiz Tapia called it a stunt."
    spans = [[text.index("Carlos"), text.index(" Tapia"), "PERSON", None],
             [text.index("Ruiz Tapia called"), text.index(" called"), "PERSON", None]]
    out = second_surnames(spans, text)
    assert [text[s:e] for s, e, *_ in out] == ["Carlos Ruiz Tapia", "Ruiz Tapia"]


def test_a_lone_span_on_the_second_surname_is_taken_into_the_name():
    text = "Carlos Ruiz Tapia spoke. Ruiz Tapia left."
    spans = [[0, len("Carlos Ruiz"), "PERSON", None],
             [text.index("Tapia spoke"), text.index(" spoke"), "PERSON", None],
             [text.index("Ruiz Tapia left"), text.index(" left"), "PERSON", None]]
    out = second_surnames(spans, text)
    assert [text[s:e] for s, e, *_ in out] == ["Carlos Ruiz Tapia", "Ruiz Tapia"]


def test_without_the_pair_elsewhere_the_span_stays():
    text = "Carlos Ruiz Monday said no. Ana Ruiz agreed."  # no "Ruiz Monday" anywhere: a day, not a surname
    spans = _spans(text, "Carlos Ruiz", "Ana Ruiz")
    assert second_surnames([list(s) for s in spans], text) == spans
