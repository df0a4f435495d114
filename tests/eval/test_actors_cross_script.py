"""Round 21: the cross-script identity gold (eval/data/cross-script: texts written for it) is consistent, and the
top-actors check of `eval actors` counts one person's names in two scripts as one person, never a man and a woman."""
from collections import Counter, defaultdict

from newsgraph.eval.actors import DATA, _people, load_gold

GOLD = DATA / "cross-script"


def test_the_cross_script_gold_is_consistent_with_its_texts():
    items = load_gold(GOLD / "actors.tsv")
    assert len(items) >= 100 and len({it.doc for it in items}) >= 40
    who = defaultdict(set)
    for it in items:
        who[(it.doc, it.alias)].add(it.person)
        assert it.alias in (GOLD / "text" / f"{it.doc}.txt").read_text(encoding="utf-8"), it
    assert all(len(p) == 1 for p in who.values())
    scripts = defaultdict(set)
    for it in items:
        scripts[it.person].add(any("\u0400" <= ch <= "\u04ff" for ch in it.alias))
    assert sum(1 for s in scripts.values() if len(s) == 2) >= 30  # people named in both scripts


def test_the_top_actors_check_reads_both_scripts():
    assert len(_people(Counter({"Oleksandr Syrskyi": 2, "Олександр Сирський": 1, "Александр Сырский": 1}))) == 1
    assert len(_people(Counter({"Alexander Lukashenko": 2, "Aleksandr Lukashenko": 1, "Александр Лукашенко": 1}))) == 1
    assert len(_people(Counter({"Yevgeny Smirnov": 2, "Евгения Смирнова": 1}))) == 2
    assert len(_people(Counter({"Vitali Klitschko": 2, "Владимир Кличко": 1}))) == 2
