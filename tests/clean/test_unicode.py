"""clean.unicode: ftfy repair and whitespace normalisation; quote marks kept as they are."""
from newsgraph.clean.text import normalise_space, repair


def test_mojibake_is_repaired():
    assert repair("The Kremlinâ€™s reluctance") == "The Kremlin’s reluctance"
    assert repair("РџСЂРёРІРµС‚ РјРёСЂ") == "Привет мир"


def test_guillemets_and_curly_quotes_survive():
    s = "«Putin invited me to Moscow,» — Zelensky said. “Yes,” he added, ‘maybe’."
    assert repair(s) == s


def test_full_width_forms_and_ligatures():
    assert repair("Ctrl＋Alt＋Kで（出所表示機能）") == "Ctrl＋Alt＋Kで（出所表示機能）"  # normal in Japanese text
    assert repair("ﬁnance") == "finance"
    assert repair("cafe\u0301") == "café"  # NFC


def test_entities_and_control_characters():
    assert repair("Tom &amp; Jerry") == "Tom & Jerry"
    assert repair("a\x07b") == "ab"


def test_whitespace_is_normalised():
    assert normalise_space("  a\u00a0\u00a0b\tc\u200b d\u00ad e  ") == "a b c d e"


def test_step_records_the_repair(clean):
    rec = clean("Title here\nThe Kremlinâ€™s reluctance was clear to everyone at the meeting.")
    d = rec.document
    assert "Kremlin’s reluctance" in d.text and "â€" not in d.text
    assert [r.reason for r in d.removed] == ["unicode"]
    assert "â€™" in d.removed[0].text
    assert d.removed[0].step == "clean.unicode"


def test_clean_text_is_not_recorded(clean):
    rec = clean("Title here\n«Guillemets» and “quotes” stay exactly as they are in the text.")
    assert rec.document.removed == []
    assert "«Guillemets» and “quotes”" in rec.document.text


def test_mojibake_decomposed_on_its_way_is_repaired():
    # "GÃ¼len" compatibility-decomposed (NFKD) upstream: "A" + U+0303, "1⁄4"; 19 times in the PolNeAR texts (r12)
    assert repair("Fethullah GA\u03031\u20444len.") == "Fethullah Gülen."
    assert repair("naA\u0303 \u0304ve about Iran") == "naïve about Iran"
    assert repair("Add 1\u20444 cup of feta") == "Add 1\u20444 cup of feta"  # a fraction stays one
