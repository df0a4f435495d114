"""understand.quotes (English), round 14: an order or a request reported of its speaker ("told the managers to close
…", "warned investors to sell …") is an attribution by the project's convention, like "urged X to"; a cause or a wish
("forced residents to leave", "wanted its drivers to accept"), a way ("tell their readers how to vote") and an aim
("requested anonymity to speak") are not. The content of an embedded question or a condition keeps its "whether" or
"if" ("questioned whether the levy would raise any money": without it the record states what was only asked)
(sentences written for these tests)."""
import pytest


def quote_of(rec, fragment):
    return next((q for q in rec.quotes if fragment in q.text), None)


@pytest.mark.parametrize("text, fragment, name, cue", [
    ("Harbor commissioner Lena Voss told the port's managers to close the north terminal for a week.",
     "close the north terminal", "Lena Voss", "told"),
    ("Coach Ben Alvarez ordered his players to skip the team dinner after the loss.", "skip the team dinner",
     "Ben Alvarez", "ordered"),
])
def test_a_directive_is_an_attribution(analyze, text, fragment, name, cue):
    q = quote_of(analyze(text), fragment)
    assert q is not None and q.speaker is not None and q.speaker.name == name and q.cue == cue


@pytest.mark.parametrize("text", [
    "The storm forced hundreds of residents to leave their homes on Sunday.",
    "The company wanted its drivers to accept lower wages.",
    "Local papers tell their readers how to vote in every election.",
    "One witness requested anonymity to speak freely about the case.",
])
def test_no_directive(analyze, text):
    assert analyze(text).quotes == []


@pytest.mark.parametrize("text, content", [
    ("Senator Ruth Mendel questioned whether the new levy would raise any money at all.",
     "whether the new levy would raise any money at all"),
    ("The lawyer, Carl Obi, asked if the judge had read the whole file.", "if the judge had read the whole file"),
    ("Ruth Mendel said if the levy fails, she will resign.", "if the levy fails, she will resign"),
    ("Ruth Mendel said that the levy would fail.", "the levy would fail"),
])
def test_a_question_keeps_its_whether(analyze, text, content):
    assert [q.text for q in analyze(text).quotes] == [content]


@pytest.mark.parametrize("text, content, name", [
    ("The new stadium plan, said Tom Reyes, the city's budget chief, would fail within a year.",
     "The new stadium plan would fail within a year", "Tom Reyes"),
    ("The mayor, says Ann Brill, who worked for her for years, never forgets a slight.",
     "The mayor never forgets a slight", "Ann Brill"),
    ("The new plan, said Tom Reyes, would fail within a year.", "The new plan would fail within a year", "Tom Reyes"),
])
def test_an_inverted_aside_names_the_speaker_after_the_verb(analyze, text, content, name):
    qs = analyze(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in qs] == [(content, name)]


def test_no_aside_after_a_whole_clause(analyze):
    qs = analyze("Prices will rise next year, said Tom Reyes, the city's budget chief.").quotes
    assert [(q.text, q.speaker.name) for q in qs] == [("Prices will rise next year", "Tom Reyes")]


@pytest.mark.parametrize("text, name", [
    ("Some have suggested that the harbor master is the wrong person to lead the port.", "Some"),
    ("Someone said the ferry would stop running in May.", "Someone"),
    ("Many said the ferry would stop running in May.", "Many"),
])
def test_an_indefinite_pronoun_describes_the_speaker(analyze, text, name):
    qs = analyze(text).quotes
    assert len(qs) == 1 and qs[0].speaker is not None and qs[0].speaker.name == name


@pytest.mark.parametrize("text, fragment, name", [
    ("Karen Blum wrote to her sister, Joan Blum, \"I miss you every day.\" She replied, \"Then come home for the "
     "summer.\"", "come home", "Joan Blum"),
    ("Coach Ray Dunn asked his captain, Al Moss, \"Can you play on Sunday?\" He answered, \"Only if my knee holds "
     "up.\"", "my knee", "Al Moss"),
    ("Karen Blum wrote to her sister, Joan Blum, \"I miss you every day.\" She added, \"Write back soon.\"",
     "Write back", "Karen Blum"),
    # a reply with an occasion or an addressee of its own answers something else (review r14)
    ("Senator Tom Hale wrote to Governor Bill Moss, \"The bill is dead.\" Asked about the letter on CNN, he answered, "
     "\"I stand by every word.\"", "every word", "Tom Hale"),
])
def test_a_reply_is_the_addressee_s(analyze, text, fragment, name):
    q = quote_of(analyze(text), fragment)
    assert q is not None and q.speaker is not None and q.speaker.name == name


@pytest.mark.parametrize("text, content, name", [
    ("Shop owner Dana Fell tells the paper that she chased the thief, who dropped the cash box as he ran.",
     "she chased the thief, who dropped the cash box as he ran", "Dana Fell"),
    ("Because Dr. Ann Roe quickly suspected the old duvet, she told the patient to remove the bedding from his home.",
     "the patient to remove the bedding from his home", "Ann Roe"),
])
def test_what_is_told(analyze, text, content, name):
    qs = analyze(text).quotes
    assert [(q.text, q.speaker.name if q.speaker else None) for q in qs] == [(content, name)]


def test_told_the_story_that_is_no_content(analyze):
    assert analyze("Dana Fell told the story that she wrote in college.").quotes == []
