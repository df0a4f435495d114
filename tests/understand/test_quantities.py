"""understand.quantities: numbers with what they count, in English and Russian; dates and years are not counted."""
from pathlib import Path

import pytest

from newsgraph.ingest.base import RawDocument
from newsgraph.pipeline import Pipeline
from newsgraph.understand.quantities import parse_number, quantity_rules

SEED = Path(__file__).parents[2] / ".." / "shared" / "seed" / "article.txt"


@pytest.fixture(scope="session")
def pipe():
    clean = [n for n in Pipeline().names if n.startswith("clean.")]
    return Pipeline(clean + ["understand.parse", "understand.dates", "understand.quantities"])


def quantities(pipe, text, published=None):
    rec = pipe.run(RawDocument(source="test", text=text, published=published))
    assert rec.validate() == []
    for q in rec.quantities:
        assert rec.document.text[q.start:q.end] == q.text
    return {q.text: q for q in rec.quantities}


def test_seed_page(pipe):
    got = quantities(pipe, SEED.read_text(encoding="utf-8"))
    assert got["26 countries"].value == 26 and got["26 countries"].unit == "countries"
    q = got["35 heads of state and government"]
    assert q.value == 35 and q.unit == "heads of state and government"
    assert not any(q.text.startswith("4") for q in got.values())  # "September 4" is a date


def test_money_percent_number_words(pipe):
    got = quantities(pipe, "The EU pledged $3.5 billion and 1,200 troops, while two soldiers died. Inflation rose "
                           "12% and the grain harvest reached 3.5 million tonnes of wheat. The fund holds "
                           "200 million euros, up 3 percentage points.")
    assert (got["$3.5 billion"].value, got["$3.5 billion"].unit) == (3_500_000_000, "USD")
    assert (got["1,200 troops"].value, got["1,200 troops"].unit) == (1200, "troops")
    assert (got["two soldiers"].value, got["two soldiers"].unit) == (2, "soldiers")
    assert (got["12%"].value, got["12%"].unit) == (12, "percent")
    assert got["3.5 million tonnes of wheat"].unit == "tonnes of wheat"
    assert got["3.5 million tonnes of wheat"].value == 3_500_000
    assert (got["200 million euros"].value, got["200 million euros"].unit) == (200_000_000, "EUR")
    assert got["3 percentage points"].unit == "percentage points"


def test_conjuncts_without_their_own_number(pipe):
    got = quantities(pipe, "Ukraine received 10 tanks and armored vehicles from 5 countries of the EU.")
    assert got["10 tanks and armored vehicles"].unit == "tanks and armored vehicles"
    assert got["5 countries"].unit == "countries"  # "of the EU" is not part of the unit


def test_not_quantities(pipe):
    got = quantities(pipe, "In 2024 the talks began on September 4 at 10 a.m. He was the first to arrive. "
                           "Article 5 applies. Two of them left. Call +1 202-555-0143 for details.")
    texts = " | ".join(got)
    for bad in ("2024", "4", "10", "first", "5", "Two", "202", "555"):
        assert not any(t.split()[0] == bad for t in got), (bad, texts)


def test_russian(pipe):
    got = quantities(pipe, "По данным РБК, 26 стран готовы отправить войска на Украину. В консультациях в Париже "
                           "приняли участие 35 глав государств и правительств. Бюджет миссии составит 3,5 млрд "
                           "долларов, а расходы вырастут на 12%. На митинг 4 сентября 2025 года пришли 5 тысяч "
                           "человек, погибли двое военных.")
    assert (got["26 стран"].value, got["26 стран"].unit) == (26, "стран")
    assert got["35 глав государств и правительств"].value == 35
    assert got["35 глав государств и правительств"].unit == "глав государств и правительств"
    assert (got["3,5 млрд долларов"].value, got["3,5 млрд долларов"].unit) == (3_500_000_000, "USD")
    assert (got["12%"].value, got["12%"].unit) == (12, "percent")
    assert (got["5 тысяч человек"].value, got["5 тысяч человек"].unit) == (5000, "человек")
    assert (got["двое военных"].value, got["двое военных"].unit) == (2, "военных")
    assert not any(t.startswith(("4", "2025")) for t in got)


@pytest.mark.parametrize("lang,text,value", [
    ("en", "1,200", 1200), ("en", "3.5 billion", 3_500_000_000), ("en", "two hundred", 200),
    ("en", "a dozen", 12), ("en", "twenty five", 25), ("ru", "1 200", 1200), ("ru", "3,5 млрд", 3_500_000_000),
    ("ru", "пять тысяч", 5000), ("uk", "два мільйони", 2_000_000),
])
def test_parse_number(lang, text, value):
    assert parse_number(text, quantity_rules(lang)) == value


def test_adjacent_numbers_are_not_summed(pipe):
    got = quantities(pipe, "The team won nine of its last 10 games, and twenty five fans and 1,500 others came.")
    assert not any(q.value == 19 for q in got.values())
    assert got["twenty five fans"].value == 25


def test_other_languages_use_the_regex_path():
    from newsgraph.understand.quantities import extract_quantities
    got = {q.text: q for q in extract_quantities("Le budget atteint 3,5 millions d'euros, soit 12 % de plus.", "fr")}
    assert any(q.unit == "percent" and q.value == 12 for q in got.values())


def test_year_like_numbers(pipe):
    got = quantities(pipe, "The army raised its presence to 2000 troops in 2024. The 2025 elections were calm.")
    assert (got["2000 troops"].value, got["2000 troops"].unit) == (2000, "troops")
    assert not any(t.startswith(("2024", "2025")) for t in got)
    ru = quantities(pipe, "В 2024 году на границу отправили 2000 военных. Выборы 2025 года прошли спокойно.")
    assert (ru["2000 военных"].value, ru["2000 военных"].unit) == (2000, "военных")
    assert not any(t.startswith(("2024", "2025")) for t in ru)
