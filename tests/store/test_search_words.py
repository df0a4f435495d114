"""Full-text search gives the same documents on SQLite and PostgreSQL (tryout r15): a word with inner punctuation
("U.S.", "11.7", "e.g.") is a phrase of its parts, never its parts anywhere in the text ("u" and "s" matched
"B. U. Nzeribe ... Senate's"); accents are folded on both ("Jose" finds "José")."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "corpus"))
from records import make  # noqa: E402

from newsgraph.store import queries as Q  # noqa: E402


def _docs(store, q):
    return sorted(d["source"] for d in Q.search(store, q, limit=20)["items"])


def test_inner_punctuation_and_accents(store):
    store.write_batch([
        make("The U.S. trade envoy arrived in Lagos on Monday for talks.", source="t/us", published="2019-11-18"),
        make("Senator B. U. Nzeribe spoke in the Senate's hall about trade.", source="t/nz", published="2019-11-18"),
        make("Prices rose 11.7 percent, e.g. for bread, said José Núñez.", source="t/es", published="2019-11-18"),
        make("Prices rose 11 percent in 7 cities, the bureau said.", source="t/no", published="2019-11-18"),
    ])
    assert _docs(store, "U.S.") == ["t/us"]
    assert _docs(store, "11.7") == ["t/es"]
    assert _docs(store, "e.g.") == ["t/es"]
    assert _docs(store, "Jose Nunez") == ["t/es"]
    assert _docs(store, "José") == ["t/es"]
    assert _docs(store, "trade") == ["t/nz", "t/us"]


def test_hyphenated_russian_words_and_prefixes_in_punctuation(store):
    """Review r15b: "Санкт-Петербурге" found nothing once a hyphenated word became a phrase (its parts lost their
    word forms); '"sanction*"' lost its prefix."""
    store.write_batch([
        make("Делегация прибыла в Санкт-Петербург в понедельник.", source="r/1", published="2019-11-18"),
        make("Мэр Санкт-Петербурга заявил о новых санкциях.", source="r/2", published="2019-11-18"),
        make("The Sanctions were lifted on Monday, officials said.", source="e/1", published="2019-11-18"),
    ])
    assert _docs(store, "Санкт-Петербурге") == ["r/1", "r/2"]
    assert _docs(store, '"sanction*"') == ["e/1"]


def test_cyrillic_outlet_and_name_filters_fold_case(store):
    """Tryout r16: on SQLite `--outlet ТАСС` and `actors Медвед` found nothing (SQLite's lower() folds ASCII only),
    while PostgreSQL found them."""
    ents = [("Дмитрий Медведев", "PERSON", None, ["Дмитрий Медведев"])]
    store.write_batch([
        make("Дмитрий Медведев заявил о новых мерах.", source="r/1", published="2019-11-18", site="ТАСС",
             entities=ents),
        make("Дмитрий Медведев провёл совещание.", source="r/2", published="2019-11-19", site="РИА Новости",
             entities=ents),
    ])
    for outlet, want in (("ТАСС", ["r/1"]), ("тасс", ["r/1"]), ("РИА Новости", ["r/2"]), ("риа", ["r/2"])):
        got = sorted(d["source"] for d in Q.list_documents(store, outlet=outlet)["items"])
        assert got == want, outlet
    for name in ("Медвед", "медведев", "Дмитрий"):
        assert [a["name"] for a in Q.list_actors(store, name=name)["items"]] == ["Дмитрий Медведев"], name


def test_words_in_quotation_marks_are_a_phrase(store):
    """Tryout r16: '"challenge to heart"' found any document holding the three words anywhere."""
    store.write_batch([
        make("We really took that challenge to heart, the chief executive said.", source="p/1",
             published="2019-11-18"),
        make("A heart surgeon took up the challenge and went to Boston.", source="p/2", published="2019-11-18"),
        make("«Мы приняли этот вызов близко к сердцу», — сказал директор.", source="p/3", published="2019-11-18"),
    ])
    assert _docs(store, '"challenge to heart"') == ["p/1"]
    assert _docs(store, "“challenge to heart” chief") == ["p/1"]
    assert _docs(store, "challenge heart") == ["p/1", "p/2"]
    assert _docs(store, "«близко к сердцу»") == ["p/3"]
    assert _docs(store, '"heart challenge"') == []
    store.write_batch([make("The U.S. troops left Kabul, and prices rose 11.7 percent.", source="p/4",
                            published="2019-11-18")])
    assert _docs(store, '"U.S. troops"') == ["p/4"]  # review r16: nothing on PostgreSQL
    assert _docs(store, '"11.7 percent"') == ["p/4"]
