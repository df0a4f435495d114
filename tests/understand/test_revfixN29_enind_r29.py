"""understand (English), round 29 (revfixN29): review29's findings E, F and M on enind29's indirect frames, narrowed.
Each rule with the near misses where it must not fire and the shapes it must keep. Sentences written for these tests."""
import pytest


def _quotes(rec, text):
    return [q for q in rec.quotes if q.text.lstrip("\"“'‘").startswith(text)]


def _texts(rec):
    return [q.text for q in rec.quotes]


# E: a "for"/"over" phrase of a time, an occasion or an audience names no fault (quotes/en_fault_phrase)
@pytest.mark.parametrize("text", [
    "Governor Lena Park criticized the tax bill for the second time in a month on Thursday.",
    "Councilman Joe Burke faulted the transit authority for weeks before the vote.",
    "Senator Ruth Lowe criticized the trade deal for a crowd of steelworkers in Gary.",
    "Mayor Dan Frost criticized the school board over the last two years in his weekly column.",
])
def test_a_time_or_an_audience_after_criticized_is_no_fault(analyze, text):
    rec = analyze(text)
    assert not [q for q in rec.quotes if (q.cue or "").lower() in ("criticized", "faulted")], _texts(rec)


@pytest.mark.parametrize("text,start,speaker", [
    ("Governor Lena Park criticized the utility for its slow repairs after the storm.", "the utility for its slow",
     "Lena Park"),
    ("Councilman Joe Burke faulted the transit authority for cutting night buses.", "the transit authority for "
     "cutting", "Joe Burke"),
    ("Senator Ruth Lowe criticized the regulator over its handling of the merger.", "the regulator over its",
     "Ruth Lowe"),
])
def test_a_fault_after_criticized_is_still_found(analyze, text, start, speaker):
    rec = analyze(text)
    (q,) = _quotes(rec, start)
    assert q.speaker and q.speaker.name == speaker


# F: an act insisted on (a gerund) is no statement; a thing insisted on stays
def test_insisting_on_doing_is_an_act(analyze):
    rec = analyze("Coach Bill Harmon insisted on driving the team bus himself to the final in Denver.")
    assert not [q for q in rec.quotes if (q.cue or "").lower() == "insisted"], _texts(rec)


def test_insisting_on_a_demand_is_kept(analyze):
    rec = analyze("Union leader Sam Ortiz insisted on a pay rise of eight percent for every grade.")
    assert _quotes(rec, "a pay rise of eight percent")


# M: "spoke of/about" a bare noun is a topic; a described one says something
@pytest.mark.parametrize("text", [
    "At the funeral, Pastor Ken Ames spoke of the children one by one.",
    "Veteran Luis Ortega has spoken about the war only twice in fifty years.",
])
def test_speaking_of_a_bare_noun_is_a_topic(analyze, text):
    rec = analyze(text)
    assert not [q for q in rec.quotes if (q.cue or "").lower() in ("spoke", "spoken")], _texts(rec)


def test_speaking_of_a_described_noun_is_kept(analyze):
    rec = analyze("Governor Lena Park spoke of a painful winter for farmers across the state.")
    assert _quotes(rec, "a painful winter for farmers")


# M: a word understood to mean something is a definition, no report; a person understood to have acted stays
def test_a_word_understood_to_mean_is_no_report(analyze):
    rec = analyze("In Lakota, the term is understood to mean a gift that is given twice.")
    assert not rec.quotes, _texts(rec)


def test_a_person_understood_to_have_acted_is_kept(analyze):
    rec = analyze("The finance minister is understood to have offered his resignation on Friday.")
    assert _quotes(rec, "The finance minister is understood")


# M: a verbless "if asked" conditions the warning act; a condition with its own subject is part of the content
def test_a_verbless_condition_is_not_what_is_warned_of(analyze):
    rec = analyze("Nurses warned of the risks of long shifts if asked by patients, but few were asked.")
    (q,) = _quotes(rec, "the risks of long shifts")
    assert "if asked" not in q.text


def test_a_condition_with_a_subject_stays_in_the_warning(analyze):
    rec = analyze("Senator Ruth Lowe warned of a sharp drop in lending if the central bank raised rates again.")
    (q,) = _quotes(rec, "a sharp drop in lending")
    assert "if the central bank raised rates again" in q.text


# M: a thing's argument names no speaker; a person's or a body's does
def test_a_things_argument_names_no_speaker(analyze):
    rec = analyze("The documentary's argument that schools should start later is hard to dismiss.")
    assert not rec.quotes, _texts(rec)


@pytest.mark.parametrize("text,speaker", [
    ("The senator's argument that schools should start later won few votes.", "The senator"),
    ("The union's warning that drivers would strike in May was ignored.", "The union"),
])
def test_a_persons_or_a_bodys_claim_is_theirs(analyze, text, speaker):
    rec = analyze(text)
    (q,) = rec.quotes
    assert q.speaker and q.speaker.name == speaker
