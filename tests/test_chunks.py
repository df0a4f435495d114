"""Long documents are understood in pieces of whole paragraphs (issue 14): spans stay exact, ids unique, the
pieces' entities of one person merged, and spaCy's max_length never reaches the user."""
from __future__ import annotations

from pathlib import Path

import pytest

import newsgraph
from newsgraph import chunks
from newsgraph.record import Paragraph

SEED = Path(__file__).parents[1] / ".." / "shared" / "seed" / "article.txt"


@pytest.fixture(scope="module")
def whole():
    return newsgraph.analyze(SEED.read_text(encoding="utf-8"))


def test_cut_points_prefer_paragraph_starts_then_sentences():
    text = "A" * 50 + "\n" + "B" * 50 + "\n" + "One sentence here. " * 20
    paras = [Paragraph(0, 50), Paragraph(51, 101), Paragraph(102, len(text))]
    cuts = chunks.cut_points(text, paras, 120)
    assert cuts[0] == (0, 102) and cuts[-1][1] == len(text)
    assert all(b - a <= 120 for a, b in cuts) and all(x[1] == y[0] for x, y in zip(cuts, cuts[1:]))
    assert all(text[b - 2:b] == ". " for _, b in cuts[1:-1])  # inside the long paragraph: at sentence ends


def test_a_document_in_pieces_keeps_exact_spans_and_its_people(whole, monkeypatch):
    monkeypatch.setattr(chunks, "CHUNK_CHARS", 1500)
    rec = newsgraph.analyze(SEED.read_text(encoding="utf-8"))
    assert rec.validate() == []
    assert rec.document.text == whole.document.text
    assert [q.id for q in rec.quotes] == [f"q{i + 1}" for i in range(len(rec.quotes))]
    assert len({e.id for e in rec.entities}) == len(rec.entities)
    assert len(rec.quotes) == len(whole.quotes)
    same = sum(1 for a, b in zip(rec.quotes, whole.quotes) if a.speaker and b.speaker and a.speaker.name ==
               b.speaker.name)
    assert same >= len(whole.quotes) - 2
    zel = [e for e in rec.entities if e.name == "Volodymyr Zelensky"]
    assert len(zel) == 1 and len(zel[0].mentions) >= 12  # "Zelensky" of the second piece is the same person


def test_spacy_max_length_never_reaches_the_user(monkeypatch):
    from newsgraph.understand import nlp
    model = nlp.english()
    monkeypatch.setattr(model, "max_length", 6000)
    monkeypatch.setattr(chunks, "CHUNK_CHARS", 5000)
    import random
    rnd = random.Random(14)
    words = ("river bridge council budget harbor school road market winter storm election court police minister "
             "farmers teachers museum festival tram hospital").split()
    people = ["Anna Petrova", "Jan Novak", "Maria Silva", "Kofi Mensah", "Lena Berg", "Omar Haddad"]
    paras = []
    for i in range(30):
        sents = [f"{rnd.choice(people)} said that the {rnd.choice(words)} and the {rnd.choice(words)} of district "
                 f"{rnd.randint(1, 999)} need {rnd.choice(words)} work by {rnd.choice(words)} time {i}." for _ in range(6)]
        paras.append(" ".join(sents))
    rec = newsgraph.analyze("\n".join(paras))
    assert len(rec.document.text) > 3 * 6000
    assert rec.validate() == [] and len(rec.entities) >= 2


def test_every_span_of_a_later_piece_is_shifted(monkeypatch):
    """A quote's co-speakers ("X and Y said") and its parts (a quote split by its attribution) point into the whole
    text too, not into their piece: a long document with either failed validation as a whole."""
    monkeypatch.setattr(chunks, "CHUNK_CHARS", 400)
    paras = ["The council met on the harbor road for the third time this winter, and the talks ran late. " * 3,
             "Farmers brought their carts to the market square, where the stalls opened before dawn. " * 3,
             '"We will build the bridge," Anna Petrova said. "It is long overdue."',
             "Jan Novak and Maria Silva said the budget was too small for the work ahead.",
             "Snow closed the school on Tuesday, and the tram ran only as far as the museum. " * 3]
    rec = newsgraph.analyze("\n\n".join(paras))
    assert rec.validate() == []
    assert {"Jan Novak", "Maria Silva"} <= {e.name for e in rec.entities if e.type == "PERSON"}
    later = [q for q in rec.quotes if q.start > 400]
    assert later and any(len(q.speakers) > 1 for q in later) and any(q.parts for q in later)
    for q in later:
        assert all(rec.document.text[r.mention.start:r.mention.end] == r.mention.text
                   for r in q.speakers if r.mention)
        assert all(q.start <= a < b <= q.end for a, b in q.parts)
