"""newuser33: a headline that is a clause before its colon (quotes/en_lead._headline_subject).

General reason: "Trump Addresses Munich Attack: ‘This Cannot Continue.’" credits the words to the clause's subject,
the actor that opens the headline, as "Trump: ‘…’" does; the reader took the whole label for a name the entity reader
had missed ("Trump Addresses Munich Attack" as the speaker). A possessive or a title after the opening name makes it
no clause of that actor ("CNN President On Trump: …"). Only where the label was read as a name: a lower-case headline
clause is left as it was (crediting it moved one PolNeAR dev speaker head).

And a Title Case headline's role after a name (quotes/en_headline_roles.py): "Former Clinton Pollster Says Clinton Is
In Trouble" credited Hillary Clinton with her pollster's verdict; the speaker is the pollster, the one the story names
with those role words. Our own sentences.
"""
import newsgraph

BODY = "\n\nDonald Trump spoke on Friday in Ohio, where his campaign held a rally. Elena Marsh and Fox News covered it."


def _speaker(title):
    qs = [q for q in newsgraph.analyze(title + BODY).quotes if q.start < len(title)]
    assert len(qs) == 1
    return qs[0].speaker.name if qs[0].speaker else None


def test_title_case_headline_clause_credits_its_subject():
    assert _speaker("Trump Addresses Ohio Rally: ‘This Cannot Go On.’") == "Donald Trump"


def test_near_miss_a_name_alone_before_the_colon():
    assert _speaker("Trump: ‘We Are Going To Win In Ohio.’") == "Donald Trump"


def test_near_miss_title_after_the_opening_name_is_no_clause_of_it():
    text = "CNN President On Trump: ‘We Do Not Pay Candidates To Appear At Debates.’" + BODY
    qs = [q for q in newsgraph.analyze(text).quotes if q.start < 80]
    assert qs and all(q.speaker is None or q.speaker.name != "CNN" for q in qs)


ROLE_BODY = ("\n\nFormer Obama pollster Dana Reyes was a guest on a radio show on Sunday. Hillary Clinton campaigned "
             "in Ohio, and Reyes said the race was close.")


def test_title_case_role_after_a_name_is_the_speaker_not_the_name():
    title = "Former Obama Pollster Says Clinton Is In Trouble In Ohio"
    qs = [q for q in newsgraph.analyze(title + ROLE_BODY).quotes if q.start < len(title)]
    assert [q.speaker.name if q.speaker else None for q in qs] == ["Dana Reyes"]


def test_title_case_role_left_as_described_when_the_story_names_nobody():
    title = "Top Trump Aide Says Campaign Will Spend More In Iowa"
    body = "\n\nDonald Trump campaigned in Iowa on Friday, and his rivals spent heavily in the state."
    qs = [q for q in newsgraph.analyze(title + body).quotes if q.start < len(title)]
    assert [(q.speaker.name if q.speaker else None) for q in qs] == ["Top Trump Aide"]


def test_near_miss_name_then_cue_keeps_the_name():
    title = "Trump Says Clinton Is In Trouble In Ohio"
    qs = [q for q in newsgraph.analyze(title + ROLE_BODY).quotes if q.start < len(title)]
    assert [q.speaker.name for q in qs] in (["Trump"], ["Donald Trump"])


def test_near_miss_organisation_word_after_the_name_is_no_role():
    title = "Trump Campaign Says It Will Spend More In Iowa"
    body = "\n\nDonald Trump campaigned in Iowa on Friday, and his rivals spent heavily in the state."
    qs = [q for q in newsgraph.analyze(title + body).quotes if q.start < len(title)]
    assert all(q.speaker is None or "Aide" not in q.speaker.name for q in qs)


def test_person_named_in_the_headline_after_the_cue_is_not_the_role():
    title = "Former Obama Adviser Says Trump Will Win Ohio"
    body = "\n\nHillary Clinton campaigned in Ohio on Friday. Barack Obama and Donald Trump were in Iowa."
    qs = [q for q in newsgraph.analyze(title + body).quotes if q.start < len(title)]
    assert [(q.speaker.name if q.speaker else None) for q in qs] == ["Former Obama Adviser"]
