"""The inventory of Russian reported speech (eval/data/ru-attr/inventory.tsv, eval/ru_inventory.py): every class of
form read over its verbs, and no quote where no statement is made. The floors are the figures of round 23 (what the
product found after the changes); a drop is a regression in a class of the language, not in one sentence."""
import pytest

from newsgraph.eval import ru_inventory

# class -> (rows, found at least)
FLOORS = {"a-speech": (350, 347), "a-thought": (16, 15), "a-emotion": (18, 18), "a-promise": (12, 12),
          "a-admission": (13, 13), "a-forecast": (19, 19), "a-demand": (22, 20), "a-accusation": (7, 6),
          "b-phrase": (16, 14), "b-inverted": (10, 10), "b-as": (7, 7), "c-noun": (28, 25), "d-impersonal": (11, 10),
          "e-body": (7, 7), "e-collective": (5, 5), "f-question": (8, 5), "g-negated": (11, 10), "g-modal": (3, 2),
          "a-warning": (8, 8)}


@pytest.fixture(scope="module")
def figures():
    return ru_inventory.evaluate()


def test_the_inventory_expands_verbs_by_their_forms():
    cases = ru_inventory.cases()
    texts = {c.text for c in cases}
    assert "Министр Олег Рябов, сообщивший накануне, что программа будет продлена, отправился в Казань." in texts
    assert "Министр Олег Рябов выступил на совещании в Казани, заявив, что финансирование программы сохранится." \
        in texts
    assert not any("<@" in t or "{" in t for t in texts)


@pytest.mark.parametrize("cls", sorted(FLOORS))
def test_each_class_keeps_its_floor(figures, cls):
    rows, floor = FLOORS[cls]
    got = figures[cls]
    assert got["rows"] == rows and got["found"] >= floor, got


def test_sentences_without_a_statement_give_almost_no_quote(figures):
    none = sum(r["quotes_on_none"] for c, r in figures.items() if c.startswith("n-"))
    rows = sum(r["rows"] for c, r in figures.items() if c.startswith("n-"))
    assert rows >= 45 and none == 0, (none, rows)
