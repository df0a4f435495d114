"""The written Russian attribution set (eval/data/ru-attr/written): its brat files are built from written.txt."""
from newsgraph.eval.ru_attr import load
from newsgraph.eval.ru_attr_written import WRITTEN, build, parse


def test_written_files_are_built_from_the_markup():
    built = build()
    assert len(built) >= 100
    for ident, (text, ann) in built.items():
        assert (WRITTEN / "text" / f"{ident}.txt").read_text(encoding="utf-8") == text
        assert (WRITTEN / "attributions" / f"{ident}_gold.ann").read_text(encoding="utf-8") == ann


def test_markup_spans_and_discontinuous_content():
    src = "## x1\n«{1|Да}, — <1|сказал> [1|Иван Петров]. — {1|Нет}».\n@1 Иван Петров direct\n"
    [(ident, text, spans, meta)] = parse(src)
    assert ident == "x1" and text.startswith("«Да, — сказал Иван Петров. — Нет»")
    assert [text[a:b] for a, b in spans[("Content", "1")]] == ["Да", "Нет"]
    assert meta == {"1": ("Иван Петров", "direct")}


def test_written_split_loads():
    gold = load("written")
    assert sum(len(g) for _, g in gold.values()) >= 120
    assert gold["w001"][1][0].speaker == "Дмитрий Песков"
