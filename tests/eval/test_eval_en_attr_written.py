"""The written English attribution set (eval/data/en-attr/written): its brat files are built from written.txt by the
builder the Russian set uses (eval/attr_written.py), and `newsgraph eval en-attr --split written` loads them."""
from newsgraph.eval.attr_written import ROOTS, build, parse
from newsgraph.eval.en_attr import load


def test_english_written_files_are_built_from_the_markup():
    built = build(ROOTS["en"])
    assert len(built) >= 20
    for ident, (text, ann) in built.items():
        assert (ROOTS["en"] / "text" / f"{ident}.txt").read_text(encoding="utf-8") == text
        assert (ROOTS["en"] / "attributions" / f"{ident}_gold.ann").read_text(encoding="utf-8") == ann


def test_outlet_credit_shares_its_content_and_cue():
    # an outlet's report of a statement is its own attribution over the same words (../README.md), written nested
    src = ('## x1\n"{1|{2|We will appeal}}," [1|the mayor] <1|said>, <2|according to> [2|the Ledger].\n'
           "@1 Ann Cole direct\n@2 Ledger direct\n")
    [(ident, text, spans, meta)] = parse(src)
    assert text.startswith('"We will appeal," the mayor said, according to the Ledger.')
    assert spans[("Content", "1")] == spans[("Content", "2")] == [(1, 15)]
    assert [text[a:b] for a, b in spans[("Cue", "2")]] == ["according to"]
    assert meta == {"1": ("Ann Cole", "direct"), "2": ("Ledger", "direct")}


def test_english_written_split_loads_without_the_benchmark():
    gold = load("written", ground_truth="/nonexistent.json")
    assert len(gold) >= 20 and sum(len(g) for _, _, g in gold.values()) >= 300
    text, url, golds = gold["e001"]
    assert url == "" and text.startswith("Judge halts")
    assert {g.kind for g in golds} == {"direct", "indirect", "mixed"}
