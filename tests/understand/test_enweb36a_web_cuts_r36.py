"""Round 36 (enweb36a): forms of real US news pages (the web set's dev part and round 35's), each rule with a sentence
written here and a near miss it must not fire on. The sentences are invented (names, places, numbers)."""
import pytest

from newsgraph import analyze
from newsgraph.understand.marks import find_quoted


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in analyze(text).quotes]


# A page cut inside a quotation (an excerpt, a paywall, a "read more" cut): the quotation runs to the text's end
# (marks._cut_at_end) and the speaker rules take it like any quotation paragraph.
CUT = ("Harbor Commissioner Jane Ocampo said the bridge would reopen in May.\n\n"
       "\"We have asked the state for the money twice, and the answer so far has been")


def test_quotation_cut_by_the_page_end_is_the_speakers():
    qs = _quotes(CUT)
    assert any(t.startswith("We have asked the state") and s and "Ocampo" in s for t, s, _ in qs)


def test_cut_quotation_after_a_colon_credit():
    qs = _quotes("Coaches spoke after Saturday's games.\n\nQuoting Dale Pruitt after a 31-30 loss to Tulane: "
                 "\"We gave away the ball three times in the fourth quarter and you can't win like that when")
    assert any(t.startswith("We gave away the ball") and s == "Dale Pruitt" for t, s, _ in qs)


@pytest.mark.parametrize("text", [
    # a few words after a lone mark: a word quoted, no quotation
    "Ocampo said the bridge would reopen in May. The council avoided the word \"delay",
    # the cut quotation's paragraph is followed by words of the page: the mark was left open, no cut at the end
    "Ocampo said the bridge would reopen in May.\n\n\"We have asked the state for the money twice and\n\n"
    "Subscribe for more local news",
])
def test_no_cut_quotation(text):
    assert not any(t.startswith(("We have asked", "delay")) for t, _, _ in _quotes(text))


def test_segment_is_not_cut():
    # a line or a segment of one (dash credits, turns) ends no quotation: only the document view cuts
    seg = "\"We have asked the state for the money twice, and the answer"
    assert find_quoted(seg) == []
    assert find_quoted(seg, whole=True)[0].cut


def test_short_last_piece_ends_the_quotation_before_it():
    text = "Ocampo said:\n\n\"The bridge is safe. We checked it twice.\n\n\"It is"
    got = find_quoted(text, whole=True)
    assert len(got) == 1 and text[got[0].start:got[0].end] == "\"The bridge is safe. We checked it twice."


# "was charged with N count(s) of …": the formal charges of court and police news, said with no source ('-')
def test_charged_with_counts_is_an_agentless_claim():
    qs = _quotes("Dana Ruiz, who was arrested on Friday, has been charged with two counts of arson and one count "
                 "of burglary.")
    assert any(t.startswith("two counts of arson") and s is None and c == "charged" for t, s, c in qs)


def test_charged_with_an_offence_name_stays_out():
    # the offence's name alone is the charge's label (attribution-dev r15-topic-described-by-age)
    assert not any(c == "charged" for _, _, c in _quotes("Lena Ortiz was charged on Monday with the theft of a "
                                                          "delivery van. The 41-year-old told the court she was "
                                                          "at work."))
