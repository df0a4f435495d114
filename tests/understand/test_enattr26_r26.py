"""understand.quotes (English), round 26 (sentences written for these tests): a round-up's excerpts, each credited
on a line of its own with the source's name in brackets, are the credited sources' direct quotes
(en_credit_lines)."""

ROUNDUP = """The new phone went on sale on Friday. Here is what the critics say:

Battery Life

The battery easily lasts two days of heavy use. The screen is bright, even in direct sunlight.

[ Daily Gadget ]

I dropped it twice and it survived both times. The camera, however, struggles at night.

The software is clean, with few apps you did not ask for.

[ Phone Arena ]

Verdict?

It is the best phone of the year, if you can live without a headphone jack.

[ TechRadar ]"""


def _quotes(rec):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in rec.quotes]


def test_each_excerpt_of_a_roundup_is_its_credited_source_s(analyze):
    rec = analyze(ROUNDUP)
    got = {q.speaker.name: q.text for q in rec.quotes if q.speaker is not None and q.kind == "direct"}
    assert got.get("Daily Gadget", "").startswith("The battery easily lasts"), _quotes(rec)
    assert got["Daily Gadget"].endswith("direct sunlight."), _quotes(rec)
    # an excerpt of two paragraphs is one quote; the round-up's headings ("Battery Life", "Verdict?") are its own
    assert got.get("Phone Arena", "").startswith("I dropped it twice"), _quotes(rec)
    assert got["Phone Arena"].endswith("you did not ask for."), _quotes(rec)
    assert got.get("TechRadar", "").startswith("It is the best phone"), _quotes(rec)
    assert not any("Verdict" in q.text or "Battery Life" in q.text for q in rec.quotes), _quotes(rec)


def test_a_single_bracketed_line_is_page_furniture(analyze):
    rec = analyze("The council met on Monday to discuss the new road.\n\n[ City Desk ]\n\n"
                  "The budget was approved by a narrow vote after a long debate.")
    assert not rec.quotes, _quotes(rec)


def test_an_excerpt_keeps_the_statements_it_reports(analyze):
    rec = analyze("Reviewers were split on the new console.\n\n"
                  "The hardware is fast. The company says a cheaper model will follow next year.\n\n"
                  "[ Game Weekly ]\n\n"
                  "It is loud and the menus are slow. I would wait for a price cut.\n\n"
                  "[ Play Review ]")
    said = [q for q in rec.quotes if q.cue == "says"]
    assert len(said) == 1 and said[0].text.startswith("a cheaper model"), _quotes(rec)
    assert any(q.speaker is not None and q.speaker.name == "Game Weekly" for q in rec.quotes), _quotes(rec)
