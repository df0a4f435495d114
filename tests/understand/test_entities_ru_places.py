"""One state or union under its full and short names is one actor in Russian text (lang/ru/places.tsv)."""
from __future__ import annotations

import newsgraph


def test_short_and_full_names_of_a_union_or_state_are_one_actor():
    rec = newsgraph.analyze("Евросоюз и Соединенные Штаты ввели санкции. ЕС заявил, что Европейский союз поддержит "
                            "Киев. Раньше так поступал и Советский Союз, а США молчали.")
    names = {e.name: {m.text for m in e.mentions} for e in rec.entities}
    assert {"Евросоюз", "ЕС", "Европейский союз"} <= names["Европейский союз"]
    assert {"Соединенные Штаты", "США"} <= names["США"]
    assert "Советский Союз" in names["СССР"]
