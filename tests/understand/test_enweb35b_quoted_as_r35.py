"""Round 35 (enweb35b): a report that quotes someone "as saying" is two attributions of one content, the report's
and the quoted one's (en_quoted_as). Sentences written here; near misses: "quoted X as evidence", "reported X as
stolen" name no speech."""
from newsgraph import analyze


def _quotes(text):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in analyze(text).quotes]


def test_outlet_quoted_a_person_as_saying():
    qs = _quotes("\"The bridge will reopen in May,\" the Harbour Gazette quoted Mayor Lena Ostrova as saying.")
    assert ("The bridge will reopen in May", "Lena Ostrova", "saying") in qs
    assert any(c == "quoted" for _, _, c in qs)  # the outlet's report stays


def test_statement_reported_him_as_telling():
    qs = _quotes("President Ivo Marek spoke to his Chilean counterpart on Tuesday.\n\n\"Next week's summit is our best "
                 "chance to end the dispute,\" a statement from his office reported him as telling the Chilean leader.")
    assert ("Next week's summit is our best chance to end the dispute", "Ivo Marek", "telling") in qs


def test_reported_quoting_as_saying():
    qs = _quotes("Trade Minister Rosa Kell met exporters on Monday.\n\n\"Tariffs will fall by half,\" the Coastal Daily "
                 "reported, quoting Kell as saying.")
    assert ("Tariffs will fall by half", "Rosa Kell", "quoting") in qs


def test_near_miss_quoted_as_evidence():
    qs = _quotes("The prosecutor quoted the text message as evidence that the deal had been agreed in advance.")
    assert not any(c == "saying" or s == "text message" for _, s, c in qs)


def test_near_miss_reported_as_stolen():
    qs = _quotes("Police said the owner reported the van as stolen on Friday morning.")
    assert not any(s and "van" in s for _, s, _ in qs)
