"""What a reader trusts, round 20 (sentences written for these tests): a headline "Name: …" whose words are a news
report names the story's topic, not a speaker, while one that quotes (in marks) or speaks in the first person is
the named person's statement."""


def _speakers(rec):
    return [(q.text, q.speaker.name if q.speaker else None) for q in rec.quotes]


def test_a_headline_topic_label_is_no_speaker(analyze):
    rec = analyze("Maria Lindqvist: Court drops fraud case\n\nA court in Oslo dropped a fraud case against the "
                  "businesswoman Maria Lindqvist on Tuesday.")
    assert not any("Court drops" in q.text for q in rec.quotes)


def test_a_headline_that_quotes_is_the_named_persons_statement(analyze):
    for head in ("Maria Lindqvist: “I will fight this to the end”", "Maria Lindqvist: Court ruling was 'a farce'",
                 "Maria Lindqvist: I will fight this ruling"):
        rec = analyze(head + "\n\nA court in Oslo dropped a fraud case against the businesswoman Maria Lindqvist "
                      "on Tuesday.")
        assert any(name == "Maria Lindqvist" and ("fight" in text or "farce" in text)
                   for text, name in _speakers(rec)), head
