"""understand (English), round 19 (enspk11): speakers in 2024 styles (columns, press conferences, briefings, court
stories, long-reads). A person whose given name tells no gender but whom the text has twice called "he" is not the
next "she" (sentences written for these tests)."""


def _speaker(rec, text):
    return next((q.speaker.name if q.speaker else None) for q in rec.quotes if q.text.startswith(text))


def test_a_person_twice_called_he_is_not_the_next_she(analyze):
    rec = analyze("Kim Alder, 78, worked on the line beside Pat Rowe for years. Alder said the strike was a "
                  "mistake. He added that he still liked her. \"We are too old to stay mad,\" he said.\n\n"
                  "When I read Alder's words to Rowe, she smiled. \"Kim has said that since 1984,\" she said.")
    assert _speaker(rec, "We are too old") == "Kim Alder"
    assert _speaker(rec, "Kim has said that") == "Pat Rowe"
