"""Round 21 (fixes of the tryout's findings; sentences written for these tests)."""
import pytest

from newsgraph.understand import commas


# -- a comma between digits belongs to the number, never to the clause --------------------------------------------
def test_a_comma_between_digits_is_no_clause_comma():
    t = "About 2,400 residents left, the sheriff said; 1,5 млн"
    assert commas.find(t) == t.index(", the")
    assert commas.rfind(t, 0, t.index(";")) == t.index(", the")
    assert commas.find(t, t.index("1,5")) == -1


@pytest.mark.parametrize("text, content", [
    ("About 2,400 residents were told to leave their homes, according to the county sheriff.",
     "About 2,400 residents were told to leave their homes"),
    ("Some 1,250 families have reached the shelters, officials said.", "Some 1,250 families have reached the shelters"),
])
def test_a_number_opening_the_content_keeps_its_thousands(analyze, text, content):
    assert [q.text for q in analyze(text).quotes] == [content]


def test_russian_numbers_keep_their_spaces_and_decimal_commas(pipe):
    from newsgraph.ingest.base import RawDocument
    rec = pipe.run(RawDocument(source="t.txt", text=(
        "Шторм оставил дома без света.\n\nБолее 120 000 домов остались без электричества, сообщила энергокомпания "
        "«Северные сети». Около 1,5 млн жителей региона получили предупреждение, заявили в МЧС.\n")))
    assert {q.text for q in rec.quotes} >= {"Более 120 000 домов остались без электричества",
                                            "Около 1,5 млн жителей региона получили предупреждение"}


# -- a name inside a quote's content is what it is about, never its speaker by the model's choice --------------------
def test_a_headline_that_reads_is_not_the_words_of_the_person_it_names(analyze):
    rec = analyze("Paper's take on the budget misses the point.\n\n"
                  "The snide banner on the front page reads: \"Say it slowly: Governor Alma Reyes is not cutting the "
                  "school budget.\"\n\nGovernor Alma Reyes has promised a new budget by May, and teachers say it will "
                  "cut their pay anyway.\n")
    (q,) = [q for q in rec.quotes if q.text.startswith("Say it slowly")]
    assert q.speaker is None or q.speaker.name != "Alma Reyes"


# -- a Russian name with its Latin original in brackets: one person, the original an alias -----------------------
def test_a_latin_gloss_is_an_alias_of_the_russian_name(pipe):
    from newsgraph.ingest.base import RawDocument
    rec = pipe.run(RawDocument(source="t.txt", text=(
        "Переговоры в Оттаве.\n\nМинистр торговли Канады Анна Ларсен (Anna Larsen) заявила журналистам: «Мы готовы "
        "снизить пошлины». Ларсен добавила, что переговоры продолжатся в марте.\n")))
    people = [e for e in rec.entities if e.type == "PERSON"]
    assert [e.name for e in people] == ["Анна Ларсен"]
    assert "Anna Larsen" in people[0].aliases
    assert {q.speaker.name for q in rec.quotes if q.speaker} == {"Анна Ларсен"}


# -- junk around names: a list item's mark before a speaker, a closing quote mark cut off an organisation's name -----
def test_a_list_mark_is_no_part_of_the_speaker(analyze):
    rec = analyze("Polling roundup for Wednesday.\n\n-Nora Keel shows how few voters actually turned out in the state "
                  "primary. [Ledger.]\n")
    names = [q.speaker.name for q in rec.quotes if q.speaker]
    assert names and not any(n.startswith(("-", "–", "—")) for n in names)
    assert all(not q.speaker.mention or not q.speaker.mention.text.startswith("-") for q in rec.quotes if q.speaker)


def test_an_organisation_keeps_the_closing_mark_of_its_quoted_name(pipe):
    from newsgraph.ingest.base import RawDocument
    rec = pipe.run(RawDocument(source="t.txt", text=(
        "Спор о поставках в Самаре.\n\nДиректор ООО «Алтек» Игорь Панов заявил, что компания выполнила все "
        "обязательства. В ООО «Алтек» добавили, что готовы к проверке.\n")))
    forms = {m.text for e in rec.entities for m in e.mentions} | {a for e in rec.entities for a in e.aliases}
    assert "ООО «Алтек" not in forms
    assert "ООО «Алтек»" in forms


def test_an_outlets_own_report_speaks_with_the_outlets_name(pipe):
    from newsgraph.ingest.base import RawDocument
    rec = pipe.run(RawDocument(source="t.txt", text=(
        "Скандал вокруг банка.\n\nСогласно отчёту Guardian, банк скрывал убытки от акционеров в течение трёх лет. "
        "По данным Интерфакса, сделка уже закрыта.\n")))
    speakers = [q.speaker.name for q in rec.quotes if q.speaker]
    assert speakers == ["The Guardian", "Интерфакс"]  # ("По данным Интерфакса, …": the outlet's report, round 21)
