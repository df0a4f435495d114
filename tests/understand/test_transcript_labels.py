"""Round 16 (issue 13, idfam5): a transcript's speaker labels in capitals are mentions of their speakers, and a
speaker no actor holds ("HARKNESS:", the host never named otherwise) becomes a person of the record, so the corpus
can link or leave them like any other name."""

TEXT = ("Governor Dana Holcomb says the budget will pass\n\n"
        "On Sunday's broadcast of \"Meet the Press,\" Governor Dana Holcomb said the state budget would pass before "
        "the deadline, in an interview with the show's host.\n\n"
        "Partial transcript as follows:\n\n"
        "HARKNESS: Governor, will the budget pass this week?\n\n"
        "HOLCOMB: Well, I think it will. The legislature has worked hard and the votes are there.\n\n"
        "HARKNESS: And what will you tell the teachers' union about their pay?\n\n"
        "HOLCOMB: We have talked with them every day, and they know where we stand.\n")


def test_capital_labels_are_mentions_of_their_speakers(analyze):
    rec = analyze(TEXT)
    by_name = {e.name: e for e in rec.entities}
    holcomb = by_name["Dana Holcomb"]
    assert "HOLCOMB" in [m.text for m in holcomb.mentions]
    host = by_name["Harkness"]
    assert host.type == "PERSON" and {m.text for m in host.mentions} == {"HARKNESS"}
    turns = [q for q in rec.quotes if q.cue == ":"]
    assert {q.speaker.entity for q in turns} == {holcomb.id, host.id}
    assert all(q.speaker.entity == host.id for q in turns if q.text.startswith(("Governor", "And what")))
