"""Round 35 (enweb35a): English forms found on real US news pages (a web set kept outside the repo), each with a
sentence written here (names, words and numbers invented) and a near miss the rule must not fire on."""
import pytest

from newsgraph import analyze


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None, q.kind) for q in analyze(text).quotes]


def _said_by(text, start, who):
    return any(t.startswith(start) and s and who in s for t, s, _ in _quotes(text))


def _none_starts(text, start):
    return not any(t.startswith(start) for t, _, _ in _quotes(text))


# a transcript's speech under one capitalised label goes on in unlabelled paragraphs in the speaker's own voice
# (en_answers._speech_label)
_SPEECH = ("Central bank chief addresses rate hikes\n\n"
           "Daniel Hughes, the chair of the central bank, spoke to reporters on Wednesday after the bank raised "
           "rates.\n\nVideo Transcript\n\n"
           "DANIEL HUGHES: Good afternoon and welcome. My colleagues and I understand the hardship that high prices "
           "are causing.\n\n"
           "Even so, we have more work to do. Stable prices are the bedrock of the economy.\n\n"
           "Spending appears to be expanding at a slow pace, in part because of tighter conditions.\n")


def test_a_transcript_speech_goes_on_in_its_speakers_voice():
    assert _said_by(_SPEECH, "Good afternoon", "Hughes")
    assert _said_by(_SPEECH, "Even so, we have more work to do", "Hughes")


def test_a_third_person_paragraph_after_the_speech_is_not_the_speakers():
    assert _none_starts(_SPEECH, "Spending appears")


def test_a_headline_label_opens_no_speech():
    text = "PRUITT: Budget will pass\n\nOur reporters spent the week at the statehouse counting the votes.\n"
    assert _none_starts(text, "Our reporters")


# a block in the speaker's own voice under a paragraph that attributes to them and ends in a colon (en_block_quotes)
def test_a_block_under_an_attributed_colon_is_the_speakers():
    text = ("Retailer to cut 4,000 more jobs\n\n"
            "Chief executive Ana Ruiz has announced that the company will close two more warehouses this spring:\n\n"
            "As we close the year, I'm writing to share that we intend to eliminate about 4,000 more positions. "
            "This was a hard decision.\n")
    assert _said_by(text, "As we close the year", "Ruiz")


@pytest.mark.parametrize("text,start", [
    # the writer's list after an attributed clause (third person)
    ("Ruiz said the plan had three parts:\n\nThe first closes the warehouses, the second cuts the delivery fleet "
     "and the third trims the head office.\n", "The first closes"),
    # a colon after no attributed statement
    ("The plan has three parts:\n\nWe will close the warehouses first and then cut the fleet.\n", "We will close"),
    # the outlet's own line after the colon
    ("Ruiz said she would answer readers' questions:\n\nWe will publish our interview with her next week.\n",
     "We will publish"),
    # a participle's statement: the page dropped the post it quoted; the paragraph after it is the fact checker's
    ("Some of the mayor's critics took to social media, claiming that her salary far exceeded her budget:\n\n"
     "We have found no evidence to support this claim.\n", "We have found"),
])
def test_no_block_without_an_attributed_colon_and_an_own_voice(text, start):
    assert _none_starts(text, start)


# "bashed X as 'Y'": a verb of judging that names its object with a quoted predicate (lang/en/naming_cues.txt)
def test_bashed_as_a_quoted_name():
    qs = _quotes('Senator Dana Pruitt bashed the governor in March as a "reckless spender" in a post on X.')
    assert any("reckless spender" in t and s and "Pruitt" in s and k == "mixed" for t, s, k in qs)


def test_bashed_without_a_quoted_name_is_no_quote():
    assert not _quotes("The crowd bashed the drums as the parade passed the old courthouse.")


# '"…," as X put it': the comparison clause credits the words just quoted (en_put_it)
def test_as_x_put_it_credits_the_quotation():
    text = ('The defense argues that the firms produced records "that no one had a problem with," as lawyer '
            'Mark Feld put it.')
    assert any(t == "that no one had a problem with" and s and "Feld" in s and k == "direct"
               for t, s, k in _quotes(text))
    assert any(t == "a good start" and s == "one analyst"
               for t, s, _ in _quotes('The board called the offer "a good start," as one analyst phrased it.'))


@pytest.mark.parametrize("text", [
    'The measure was "dead on arrival," as the council put it to a vote on Monday.',
    'The crate was marked "fragile," as he put it down on the porch.',
])
def test_put_it_that_words_nothing_credits_nothing(text):
    assert not any(k == "direct" and t in ("dead on arrival", "fragile") for t, _, k in _quotes(text))


# "according to a poll X published": a relative clause without its pronoun names the poll's maker (en_docs._author)
def test_a_poll_x_published_is_xs():
    qs = _quotes("More than half, 58%, of residents think the city is heading in the wrong direction, according to a "
                 "poll the Harbor Ledger published Sunday.")
    assert any(t.startswith("More than half") and s and "Ledger" in s for t, s, _ in qs)


def test_a_poll_unnamed_makers_published_stays_the_poll():
    qs = _quotes("Most residents back the new ferry, according to a poll the researchers published Sunday.")
    assert any(t.startswith("Most residents") and s == "a poll" for t, s, _ in qs)


# "A, but no one, he says, has …": the interrupting attribution reports its own clause, not the one coordinated
# before it (en_aside_start)
def test_an_interrupted_clause_after_a_coordinator_starts_after_it():
    qs = _quotes("Jim Cole has run the paper for decades. In all that time, he has seen big changes to the industry "
                 "but no one, he says, has shaken it more than the mayor.")
    assert any(t == "no one has shaken it more than the mayor" and s and "Cole" in s for t, s, _ in qs)


def test_an_interrupted_clause_cut_short_by_a_misparse_gets_its_predicate_back():
    qs = _quotes("Jim Cole, co-founder of the Ledger, has spent decades in local news. In all that time, he’s "
                 "witnessed seismic changes to the business but no one, he says, has been a catalyst for change more "
                 "than Mayor Dana Pruitt.")
    assert any(t == "no one has been a catalyst for change more than Mayor Dana Pruitt" for t, _, _ in qs)


# an apposition after the speaker, and the writer's next clause after the attribution, are no predicate
_TRAILING = {"After officers talked": "After officers talked with the man, they entered the home and arrested him, "
                                      "said Rachel Cole, a spokeswoman for the county police.",
             "Ortiz attended two": "Ortiz attended two meetings with local leaders Friday morning, a source familiar "
                                   "told the Ledger, but other leaders declined to meet."}


def test_a_content_before_a_trailing_attribution_keeps_its_start():
    for start, text in _TRAILING.items():
        assert not _none_starts(text, start)


def test_coordinated_nouns_before_the_attribution_stay_in_the_content():
    qs = _quotes("The new stadium and the old arena, the mayor said, will both close in May.")
    assert any(t.startswith("The new stadium and the old arena") for t, _, _ in qs)
