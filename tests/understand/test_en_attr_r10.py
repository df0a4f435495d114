"""understand.quotes (English), round 10: every member of a list of speakers is credited (``speakers``), however the
parser reads the list; the speaker ranker's setting is the simplest near the best (sentences written for these
tests)."""
import pytest


def speakers_of(rec, fragment):
    q = next(q for q in rec.quotes if fragment in q.text)
    return [r.name for r in q.speakers], q.speaker.name if q.speaker else None


@pytest.mark.parametrize("text, fragment, names", [
    ("Maria Lopez, Ben Holt and Cleo Park said in a letter that the library must stay open.", "library",
     ["Maria Lopez", "Ben Holt", "Cleo Park"]),
    ("Mira Stone, a Democrat, and Owen Reed, a Republican, said the bridge bill had the votes.", "bridge",
     ["Mira Stone", "Owen Reed"]),
    ("Paula Grant and Victor Lane told reporters that the strike would end on Friday.", "strike",
     ["Paula Grant", "Victor Lane"]),
])
def test_every_listed_speaker_is_credited(analyze, text, fragment, names):
    got, first = speakers_of(analyze(text), fragment)
    assert got == names and first == names[0]


def test_an_apposition_alone_is_one_speaker(analyze):
    got, first = speakers_of(analyze("The mayor's lawyer, Nora Quinn, said the audit was flawed."), "audit")
    assert first == "Nora Quinn" and len(got) <= 1


def test_the_simplest_setting_within_the_tolerance_wins():
    from newsgraph.eval.train_speakers import TOLERANCE, simplest
    tried = [(0.9219, 0.1, 0.05, 0.1), (0.9211, 0.3, 0.1, 0.1), (0.9223, 1.0, 0.0, 0.05), (0.9207, 3.0, 0.1, 0.1)]
    assert simplest(tried)[1] == 0.1
    far = [(0.9100, 0.1, 0.0, 0.1), (0.9100 + TOLERANCE * 2, 1.0, 0.0, 0.1)]
    assert simplest(far)[1] == 1.0


def quotes_of(rec):
    return [(q.speaker.name if q.speaker else None, q.text) for q in rec.quotes]


@pytest.mark.parametrize("text, want", [
    ("Lena Holm said keeping the clinic open would cost the town a fortune.",
     [("Lena Holm", "keeping the clinic open would cost the town a fortune")]),
    ("Ravi Nair said having two bridges in one town makes the river crossing safer.",
     [("Ravi Nair", "having two bridges in one town makes the river crossing safer")]),
])
def test_a_gerund_subject_opens_the_content(analyze, text, want):
    assert quotes_of(analyze(text)) == want


def test_a_gerund_object_of_a_denial_is_the_claim_denied(analyze):
    # (round 10 held this no attribution; since round 16 the en-attr guidelines and the written set annotate "denied"
    # + a gerund as the claim denied, and round 17 takes it: the gerund is the content, never a gerund subject)
    assert quotes_of(analyze("Mayor Tom Reid denied taking money from the developer.")) == [
        ("Tom Reid", "taking money from the developer")]


@pytest.mark.parametrize("text, want", [
    ("Mayor Lena Holt said the bridge would reopen in May, and added that tolls would stay.",
     [("Lena Holt", "the bridge would reopen in May"), ("Lena Holt", "tolls would stay")]),
    ("Coach Dan Price said the team was not tired and said the referee had made two mistakes.",
     [("Dan Price", "the team was not tired"), ("Dan Price", "the referee had made two mistakes")]),
])
def test_a_second_report_of_the_same_sayer_is_its_own_quote(analyze, text, want):
    assert quotes_of(analyze(text)) == want


def test_a_conjoined_verb_that_reports_nothing_stays_in_the_content(analyze):
    got = quotes_of(analyze("Ava Cole said her son lives in Ohio and moved there in 2010."))
    assert got == [("Ava Cole", "her son lives in Ohio and moved there in 2010")]


@pytest.mark.parametrize("text, want", [
    ("Coach Lars Berg confessed that he had picked the wrong goalkeeper.",
     [("Lars Berg", "he had picked the wrong goalkeeper")]),
    ("Governor Nina Ortiz hinted the tolls might fall next year.", [("Nina Ortiz", "the tolls might fall next year")]),
    ("Senator Paul Kemp objected that the bill gave the agency too much power.",
     [("Paul Kemp", "the bill gave the agency too much power")]),
])
def test_more_verbs_of_saying_are_cues(analyze, text, want):
    assert quotes_of(analyze(text)) == want


def test_a_verb_of_saying_without_a_clause_reports_nothing(analyze):
    assert quotes_of(analyze("Union members protested the new rules outside the hall.")) == []


@pytest.mark.parametrize("text, speaker, fragment", [
    ("Governor Ruth Ames outlined her plan and vowed to harshly punish “anyone who sells fake tickets.”", "Ruth Ames",
     "fake tickets"),
    ("Coach Ivan Petrov blasted the referees for being “completely blind all afternoon.”", "Ivan Petrov",
     "completely blind"),
])
def test_quoted_words_in_the_complement_of_a_naming_verb(analyze, text, speaker, fragment):
    got = [(s, t) for s, t in quotes_of(analyze(text)) if fragment in t]
    assert got and got[0][0] == speaker


@pytest.mark.parametrize("text", [
    "Police arrested the driver for being “a danger to the public.”",
    "The bakery plans to “reinvent the croissant” next spring.",
])
def test_quoted_words_under_other_verbs_are_nobody_s(analyze, text):
    assert quotes_of(analyze(text)) == []
