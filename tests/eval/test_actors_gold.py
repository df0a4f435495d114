"""The identity gold files parse with eval.actors.load_gold and keep their own conventions: one person per
(doc, alias), a group per person, no title left on an alias, and (where the texts are at hand) every alias occurs
in its document. The held-out file is not read here."""
from collections import defaultdict
from pathlib import Path

import pytest

from newsgraph.eval.actors import DATA, _key, load_gold

SHARED = Path(__file__).resolve().parents[2] / ".." / "shared" / "data"
FILES = ["actors-polnear-dev.tsv", "actors-polnear-fresh.tsv", "actors-polnear-fresh2.tsv", "actors-benchmark.tsv",
         "actors-benchmark-fresh.tsv"]
TITLES = ("Mr. ", "Mrs. ", "Ms. ", "Sen. ", "Rep. ", "Gov. ", "Dr. ", "President ", "Senator ")


def _present():
    return [f for f in FILES if (DATA / f).exists()]


@pytest.mark.parametrize("name", _present())
def test_gold_parses_and_is_consistent(name):
    items = load_gold(DATA / name)
    assert items, name
    who = defaultdict(set)
    group = defaultdict(set)
    for it in items:
        assert it.person and it.alias and it.doc and it.group, it
        assert not it.alias.startswith(TITLES), it
        assert not it.alias.endswith("'s") and not it.alias.endswith("’s"), it
        who[(it.doc, it.alias)].add(it.person)
        group[it.person].add(it.group)
    assert all(len(p) == 1 for p in who.values()), [k for k, p in who.items() if len(p) > 1]
    assert all(len(g) == 1 for g in group.values()), [k for k, g in group.items() if len(g) > 1]
    assert len(who) == len(items), "a (doc, alias) pair is listed twice"


def test_the_fresh_polnear_gold_has_the_promised_size():
    items = load_gold(DATA / "actors-polnear-fresh.tsv")
    people = {it.person for it in items}
    groups = defaultdict(set)
    for it in items:
        groups[it.group].add(it.person)
    assert len(items) >= 200 and len(people) >= 60
    assert sum(len(g) > 1 for g in groups.values()) >= 15


def test_the_fresh_polnear_gold_shares_no_person_with_the_dev_gold():
    dev = {it.person for it in load_gold(DATA / "actors-polnear-dev.tsv")}
    fresh = {it.person for it in load_gold(DATA / "actors-polnear-fresh.tsv")}
    assert not dev & fresh


def test_the_fresh_benchmark_gold_shares_no_person_with_the_benchmark_gold():
    if not (DATA / "actors-benchmark-fresh.tsv").exists():
        pytest.skip("no fresh benchmark gold")
    old = {it.person for it in load_gold(DATA / "actors-benchmark.tsv")}
    items = load_gold(DATA / "actors-benchmark-fresh.tsv")
    fresh = {it.person for it in items}
    assert not old & fresh
    assert len(items) >= 40


def test_every_fresh_polnear_alias_occurs_in_its_document():
    root = SHARED / "polnear"
    if not root.is_dir():
        pytest.skip("PolNeAR texts not at hand")
    for it in load_gold(DATA / "actors-polnear-fresh.tsv") + load_gold(DATA / "actors-polnear-fresh2.tsv"):
        paths = list(root.glob(f"*/text/{it.doc}.txt"))
        assert len(paths) == 1, it.doc
        assert it.alias in paths[0].read_text(encoding="utf-8", errors="replace"), it


def test_the_fresh2_gold_aims_at_families_first_names_and_namesakes():
    items = load_gold(DATA / "actors-polnear-fresh2.tsv")
    assert len(items) >= 200
    people = {it.person for it in items}
    assert {"Bill Clinton", "Chelsea Clinton", "Michelle Obama", "Laura Bush", "George H.W. Bush"} <= people
    assert {it.alias for it in items} >= {"Hillary", "Bernie", "Jeb", "Little Marco", "The Donald"}


def test_a_style_keeps_its_title_in_the_key():
    # "Princess of Wales" and "Prince of Wales" are two people: their keys differ; a titled name loses the title
    assert _key("Princess of Wales") != _key("Prince of Wales")
    assert _key("Mr. Obama") == _key("Obama") and _key("Prince William") == _key("William")
