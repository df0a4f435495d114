"""newuser33: a co-speaker that only describes the speaker (quotes/en_spk_mates.py).

General reason: a list of speakers is a list of people (or of bodies) named as speaking; the parse also joins the
parts of one speaker's description, and its names there say where the speaker works, whom he represents or whom he
supports. On 280 PolNeAR train texts and 149 benchmark pages, 5 of 43 quotes with several speakers credited such a
name ("… said Kim Wells, a schoolteacher and Trump supporter": Donald Trump a second speaker). Our own sentences.
"""
import newsgraph


def _speakers(text):
    rec = newsgraph.analyze(text)
    assert len(rec.quotes) == 1
    q = rec.quotes[0]
    return q.speaker.name if q.speaker else None, [s.name for s in (q.speakers or [])]


def test_name_modifying_a_noun_in_the_apposition_is_no_speaker():
    text = ("Donald Trump spoke in Aiken on Monday.\n\n"
            "\"I came for the jobs plan,\" said Ruth Miller, a nurse and Trump volunteer from Aiken.")
    assert _speakers(text) == ("Ruth Miller", [])


def test_organisation_in_the_apposition_is_no_speaker():
    text = ("\"We saw the plume directly for the first time,\" said Lena Ortiz, a chemist at the Goddard Space "
            "Flight Center and Georgetown University.")
    assert _speakers(text) == ("Lena Ortiz", [])
    text = "\"The new car is quieter than ever,\" said Paul Grant, vice president, Nissan Sales & Marketing at Nissan."
    assert _speakers(text) == ("Paul Grant", [])


def test_state_in_brackets_is_no_speaker_but_the_partner_is():
    text = "Sen. Jane Ellison (Vt.) and former Ohio governor Mark Dunne said that the plan would fail."
    assert _speakers(text) == ("Jane Ellison", ["Jane Ellison", "Mark Dunne"])


def test_near_miss_people_listed_with_their_roles_all_speak():
    text = "Sen. Anna Coyle, a Democrat, and Sen. Brian Tull, a Republican, said the bill would pass next week."
    assert _speakers(text) == ("Anna Coyle", ["Anna Coyle", "Brian Tull"])


def test_near_miss_a_person_and_an_organisation_named_as_speakers():
    text = "Donald Trump and the Republican National Committee said the rally would go ahead."
    assert _speakers(text) == ("Donald Trump", ["Donald Trump", "Republican National Committee"])
