"""understand.quotes (English), round 27 (sentences written for these tests): PolNeAR's cues in every frame the
reader handles. An inverted attribution after the clause it reports ("…, recalled Tom Reyes.") names its speaker
even when the parse reads the verb as a second verb of that clause (en_misparsed.inverted_conj)."""
import pytest


def _quotes(rec):
    return [(q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


@pytest.mark.parametrize("verb", ["recalled", "remarked", "replied", "cautioned", "asserted"])
def test_an_inverted_cue_after_the_clause_names_its_speaker(analyze, verb):
    rec = analyze(f"The county budget would be balanced within three years, {verb} Maria Lopez.")
    got = _quotes(rec)
    assert any(t.startswith("The county budget would be balanced") and s == "Maria Lopez" for t, s in got), got


def test_an_inverted_cue_with_an_apposition_names_its_speaker(analyze):
    rec = analyze("Voters had grown tired of the old party, observed Tom Reyes, a pollster in Denver.")
    got = _quotes(rec)
    assert any(t.startswith("Voters had grown tired") and s == "Tom Reyes" for t, s in got), got


def test_a_conjoined_verb_whose_name_is_followed_by_an_object_is_no_inversion(analyze):
    rec = analyze("The zoning board met on Monday, denied Ann Blake a building permit and adjourned early.")
    assert not [q for q in rec.quotes if q.speaker is not None and q.speaker.name == "Ann Blake"], _quotes(rec)
