"""understand.quotes (English), round 10b: an outlet after "according to" is the source when the sentence reports no
one else's words; a sentence-final "as"-clause of a verb that needs a content reports the main clause (sentences
written for these tests)."""
import pytest


def quotes_of(rec):
    return [(q.speaker.name if q.speaker else None, q.text) for q in rec.quotes]


@pytest.mark.parametrize("text, speaker, content", [
    ("According to Bloomberg, the airline will order forty new jets.", "Bloomberg",
     "the airline will order forty new jets"),
    ("The flood closed three bridges in the valley, according to the Associated Press.", "Associated Press",
     "The flood closed three bridges in the valley"),
])
def test_according_to_an_outlet_alone(analyze, text, speaker, content):
    got = quotes_of(analyze(text))
    assert len(got) == 1 and speaker in (got[0][0] or "") and got[0][1] == content


def test_according_to_an_outlet_credits_the_speaker(analyze):
    rec = analyze("According to CNN, the health minister said the clinic would reopen.")
    assert len(rec.quotes) == 1
    q = rec.quotes[0]
    assert q.text == "the clinic would reopen" and [r.name for r in q.reported_by][0].endswith("CNN")


@pytest.mark.parametrize("text, content", [
    ("Wages will stay flat until spring, as the ministry noted in its report.", "Wages will stay flat until spring"),
    ("The bridge will reopen next month, as the engineers told residents on Monday.",
     "The bridge will reopen next month"),
])
def test_as_clause_after_the_main_clause(analyze, text, content):
    got = quotes_of(analyze(text))
    assert [c for _, c in got] == [content]


@pytest.mark.parametrize("text", [
    "The audience stood up, as the mayor spoke.",
    "The plan failed, as Jones had predicted it would.",
    "Tempers flared, as the chairman was explaining the rules.",
])
def test_as_clause_of_time_or_with_its_own_content(analyze, text):
    assert quotes_of(analyze(text)) == []


def test_an_outlet_crediting_a_speech_event_reports_nothing_of_its_own(analyze):
    assert quotes_of(analyze("The premier gave the statement outside parliament, according to Sky News.")) == []


@pytest.mark.parametrize("text, said, asked", [
    ("The health ministry said two patients had died and called on hospitals to report new cases.",
     "two patients had died", "hospitals to report new cases"),
    ("Coach Rita Moss said the team was tired and urged fans to stay patient.", "the team was tired",
     "fans to stay patient"),
])
def test_a_request_after_the_content_is_the_sayers(analyze, text, said, asked):
    got = quotes_of(analyze(text))
    assert [c for _, c in got] == [said, asked]
    assert got[0][0] == got[1][0]


@pytest.mark.parametrize("text, name", [
    ("A fire chief says the blaze started in the kitchen. Fire chief Lena Brooks told reporters the family escaped.",
     "Lena Brooks"),
    ("Spain's foreign minister said the embassy would reopen. Foreign Minister Carla Ruiz signed the order on Monday.",
     "Carla Ruiz"),
])
def test_a_role_named_after_it(analyze, text, name):
    got = quotes_of(analyze(text))
    assert got and got[0][0] == name


def test_an_indefinite_role_is_no_earlier_person(analyze):
    got = quotes_of(analyze("Officer Jim Lee arrested two men. A police officer said the driver had fled."))
    assert got and got[0][0] != "Jim Lee"


@pytest.mark.parametrize("text, content", [
    ("Wheat prices doubled over the winter, the ministry reports.", "Wheat prices doubled over the winter"),
    ("Coral reefs are recovering in the north, a new survey reports.", "Coral reefs are recovering in the north"),
])
def test_an_attribution_closing_the_sentence_the_parser_misread(analyze, text, content):
    assert [c for _, c in quotes_of(analyze(text))] == [content]


def test_as_an_outlet_reported(analyze):
    got = quotes_of(analyze("As the Financial Times reported last week, the bank will sell its Asian unit."))
    assert len(got) == 1 and "Financial Times" in (got[0][0] or "") and got[0][1].startswith("the bank will sell")


@pytest.mark.parametrize("text, content", [
    ("Mayor Dan Price left the meeting early, admitting that the vote was lost.", "the vote was lost"),
    ("The airline cancelled forty flights, revealing that its pilots were on strike.", "its pilots were on strike"),
])
def test_a_participle_of_a_speech_verb(analyze, text, content):
    assert [c for _, c in quotes_of(analyze(text))] == [content]
