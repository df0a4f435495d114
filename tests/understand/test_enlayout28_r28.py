"""understand (English), round 28 (enlayout28): the quote LAYOUTS of real pages (issue 16): ASCII single quotes a
scraper left of ‘ ’, interviews whose answers carry no label, answers over several paragraphs, "@handle:" post
blocks, "Name, role — text" lines, a bare quotation credited by the paragraph before. Sentences written for these
tests."""
from newsgraph.understand.marks import find_quoted


def _quotes(rec, text):
    return [q for q in rec.quotes if q.text.lstrip("\"“'‘").startswith(text)]


def _speaker(q):
    return q.speaker.name if q.speaker else None


def _spans(text):
    return [text[q.start:q.end] for q in find_quoted(text)]


def test_ascii_single_quotes_are_quotation_marks_and_apostrophes_are_not():
    assert _spans("'We will not sign it,' said the organiser. 'But we won't walk away.'") == [
        "'We will not sign it,'", "'But we won't walk away.'"]
    assert _spans("The members' vote was 'a disgrace', she said of the workers' offer.") == ["'a disgrace'"]
    assert _spans("Prices rose in the '90s and the players' union said nothing.") == []
    # a quotation over two paragraphs: the first left open, the next re-opening it
    assert _spans("'We came through it once.\n\n'We will again,' she said.") == [
        "'We came through it once.\n\n'We will again,'"]
    # inside double marks a single pair is a quotation within the quotation, not one of its own
    assert _spans('He said "it\'s the \'best\' offer," and left.') == ['"it\'s the \'best\' offer,"']


def test_an_ascii_single_quotation_is_a_direct_quote_of_its_sayer(analyze):
    rec = analyze("Bus drivers in Marston will strike next week. 'Nobody wants a strike,' said union leader Carl "
                  "Brennan. 'But the company has left us no choice.'")
    (q,) = _quotes(rec, "Nobody wants a strike")
    assert q.kind == "direct" and _speaker(q) == "Carl Brennan"
    assert not [q for q in rec.quotes if q.kind == "indirect" and "'" in q.text]
