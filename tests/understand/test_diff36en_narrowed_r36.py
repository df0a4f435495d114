"""Round 36 (diff36en, the differential review of the round's English rules on real texts: PolNeAR train and the
en-attr benchmark pages). Three rules fired wrongly there and are narrowed; sentences written here, each with the
shape that still fires beside it.
- marks._cut_at_end: a quotation "left open at the end" whose opening glyph comes again, opening no words, was closed
  by the writer with the wrong glyph ('called the KKK “abhorrent“ in a tweet Sunday.'): closed there, nothing cut.
- en_rec.judgement "as-identified": a reflexive object ("voters who identify themselves as independents") is a
  self-description, as the intransitive "identifies as" is, not a statement of who someone is.
- en_evidential._directed: a denied order ("without being told to smile") reports no demand."""
from newsgraph.understand.marks import find_quoted
from test_enweb35b_naming_infinitive_r35 import _quotes  # (tests/understand is on the path: (text, speaker, cue))


def test_wrong_glyph_closes_the_quotation():
    text = "Senator Ada Pyle, also running, called the plan “cruel and reckless“ in a radio interview on Sunday."
    qs = find_quoted(text, whole=True)
    assert [text[q.inner_start:q.inner_end] for q in qs] == ["cruel and reckless"] and not qs[0].cut


def test_wrong_glyph_at_the_very_end_closes_the_quotation():
    text = "“We can win this seat,” she said. “They know that. “"
    assert [text[q.inner_start:q.inner_end] for q in find_quoted(text, whole=True)][-1] == "They know that. "


def test_near_miss_a_cut_quotation_is_still_cut():
    text = "The minister spoke on Monday.\n\n“We will not raise taxes this year, and we"
    qs = find_quoted(text, whole=True)
    assert qs and qs[-1].cut and text[qs[-1].inner_start:qs[-1].inner_end].endswith("and we")


def test_reflexive_identification_is_no_statement():
    assert not _quotes("Greer did best among the third of caucus voters who identify themselves as independents,"
                       " winning 6 in 10 of their votes.")


def test_near_miss_identification_of_a_victim_still_fires():
    qs = _quotes("Police identified the cyclist as a 29-year-old woman from Hull.")
    assert ("the cyclist as a 29-year-old woman from Hull", "Police", "identified") in qs


def test_order_denied_by_without_is_no_demand():
    qs = _quotes("Many women are tired of it. A woman should be able to run for mayor without being told to smile.")
    assert not any(cue == "told" for _, _, cue in qs)


def test_near_miss_agentless_order_still_fires():
    qs = _quotes("At one point the brass band was instructed to keep playing as the row went on.")
    assert any(cue == "instructed" and t.startswith("to keep playing") for t, _, cue in qs)
