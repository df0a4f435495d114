"""Tryout r16 (issue 16): Ukrainian query words find their other forms (pymorphy2-dicts-uk), and a Russian surname
typed in an oblique case names the actor whose name is its nominative ("Зеленского": "Владимир Зеленский")."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))
from records import make  # noqa: E402

from newsgraph.store import queries as Q  # noqa: E402
from newsgraph.understand.name_keys import query_keys  # noqa: E402
from newsgraph.understand.word_forms import forms  # noqa: E402


def _docs(store, q):
    return sorted(d["source"] for d in Q.search(store, q, limit=20)["items"])


def test_ukrainian_word_forms():
    assert "київ" in forms("Києва") and "києві" in forms("Києва")
    assert "зеленський" in forms("Зеленського")
    assert "путин" in forms("Путина") and "путину" in forms("Путина")  # (Russian as before)
    assert forms("Hillary") == ("hillary",)


def test_ukrainian_words_find_their_other_forms(store):
    store.write_batch([
        make("Мер повідомив, що Київ готовий до зими.", source="u/1", published="2025-09-08"),
        make("У Києві відкрили новий міст, заявив Зеленський.", source="u/2", published="2025-09-09"),
        make("Погода у Львові буде теплою.", source="u/3", published="2025-09-09"),
    ])
    assert _docs(store, "Києва") == ["u/1", "u/2"]
    assert _docs(store, "Зеленського") == ["u/2"]


def test_a_surname_in_the_genitive_names_the_actor():
    assert query_keys("Лавров") == ("лавров",)  # (a nominative is not read as a plural of "Лавр")
    assert len(query_keys("Зеленского")) == 2


def test_a_surname_in_the_genitive_finds_the_actor(store):
    ents = [("Владимир Зеленский", "PERSON", None, ["Владимир Зеленский"])]
    store.write_batch([make("Владимир Зеленский заявил о новых мерах.", source="r/1", published="2019-11-18",
                            entities=ents)])
    for name in ("Зеленского", "Зеленскому", "Зеленский"):
        got = Q.find_actor(store, name)
        assert got is not None and got["name"] == "Владимир Зеленский", name


def test_spelling_variants_of_a_given_name_are_one_actor_across_documents(store):
    """names.py ``given_compatible``: "Сейдзи" / "Сэйдзи Маэхара" in two documents are one actor."""
    from newsgraph.understand.names import given_compatible
    assert given_compatible("сеидзи", "сэидзи") and not given_compatible("ирина", "арина")
    store.write_batch([
        make("Сейдзи Маэхара прибыл в Пекин.", source="r/1", published="2010-10-01",
             entities=[("Сейдзи Маэхара", "PERSON", None, ["Сейдзи Маэхара"])]),
        make("Сэйдзи Маэхара провёл переговоры.", source="r/2", published="2010-10-02",
             entities=[("Сэйдзи Маэхара", "PERSON", None, ["Сэйдзи Маэхара"])]),
    ])
    got = [a["name"] for a in Q.list_actors(store, name="Маэхара")["items"]]
    assert len(got) == 1, got
