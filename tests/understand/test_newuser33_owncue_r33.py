"""newuser33: a quotation opening a paragraph after another speaker's quotations, whose own sentence credits it
(quotes/en_own_cue.py).

General reason: a quotation with no attribution right after it carries on the previous speaker's words only when
nothing in its own sentence says who speaks; "“The thing with Elise bothered” Ford's family, Starner said." is part of
a sentence with its own cue and subject, Starner's, and so is the quotation after it. Found on a benchmark page (both
quotations were credited to the previous paragraph's speaker). Our own sentences.
"""
import newsgraph

LEAD = ("Jane Starner says the family kept to itself. At issue was Ford's partner, the painter Elise Matthesen.\n\n"
        "The two met in 1993. “My partner is John,” Matthesen recalled in an email. “I called them my two Johns.”\n\n")


def _quotes(text):
    """The quotes of the paragraph after LEAD: (speaker, words)."""
    return [(q.speaker.name if q.speaker else None, q.text) for q in newsgraph.analyze(text).quotes
            if q.start >= len(LEAD)]


def test_quotation_credited_later_in_its_sentence_is_not_the_previous_speakers():
    got = _quotes(LEAD + "“The thing with Elise bothered” Ford's family, Starner said. "
                         "“I don't know whether they were estranged.”")
    assert got == [("Jane Starner", "“The thing with Elise bothered” Ford's family"),
                   ("Jane Starner", "I don't know whether they were estranged.")]


def test_near_miss_bare_quotation_paragraph_goes_on_with_the_previous_speaker():
    got = _quotes(LEAD + "“They both wore their hair long, so it was a joke between us.”")
    assert got[-1] == ("Elise Matthesen", "They both wore their hair long, so it was a joke between us.")


def test_near_miss_quotation_followed_by_narration_without_a_cue():
    got = _quotes(LEAD + "“We were happy for a long time,” and the two moved to Minneapolis in 1995.")
    assert got == [("Elise Matthesen", "We were happy for a long time")]
