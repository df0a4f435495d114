"""clean.blocks: metadata copied from the reader; raw text split into paragraphs."""
from newsgraph.clean.text import split_blocks


def test_every_line_is_a_paragraph():
    assert split_blocks("Title\nFirst paragraph.\nSecond paragraph.") == ["Title", "First paragraph.",
                                                                          "Second paragraph."]


def test_blank_line_blocks_and_line_endings():
    text = "Title\r\n\r\nFirst paragraph.\r\n\r\n\r\n  Second paragraph.  \n\n"
    assert split_blocks(text) == ["Title", "First paragraph.", "Second paragraph."]


def test_hard_wrapped_prose_is_joined():
    text = ("The ministry said on Monday that the talks would resume next week in\n"
            "Geneva, after a pause of almost two months caused by disagreements\n"
            "over the agenda and the list of participants.\n\n"
            "A second paragraph follows.")
    assert split_blocks(text) == [
        "The ministry said on Monday that the talks would resume next week in Geneva, after a pause of almost two "
        "months caused by disagreements over the agenda and the list of participants.",
        "A second paragraph follows."]


def test_text_without_blank_lines_is_never_unwrapped():
    # the HTML reader's output: one paragraph a line, however short the lines
    lines = ["Alibaba shares closed in New York on Tuesday at $185.25, up 0.35% on the day",
             "The listing ceremony is due to be held at the Hong Kong exchange next week",
             "Small investors in Hong Kong have welcomed the deal and the new listing"]
    assert split_blocks("\n".join(lines)) == lines


def test_hyphenated_line_end_is_rejoined():
    text = ("Title\n\nThe spokesman described the proposal as a work in progress and an exam-\n"
            "ple of the kind of compromise both sides would have to accept soon\n"
            "enough.")
    assert "example of the kind" in split_blocks(text)[1]


def test_short_lines_are_not_joined():
    # a list or a poem: short lines stay separate paragraphs
    assert split_blocks("Apples\nPears\nPlums") == ["Apples", "Pears", "Plums"]


def test_metadata_is_copied(clean):
    rec = clean("Body of the article, long enough to stay.\nSecond paragraph here.",
                title="A title", url="https://example.com/a", published="2025-09-04", author="Jane Doe",
                site_name="Example News", source="feed.xml#3")
    d = rec.document
    assert (d.source, d.url, d.published, d.author, d.site_name) == (
        "feed.xml#3", "https://example.com/a", "2025-09-04", "Jane Doe", "Example News")
    assert d.title == "A title"


def test_html_body_is_extracted_when_the_reader_left_it(clean_pipeline):
    from newsgraph.ingest.base import RawDocument
    html = ("<html><head><title>Storm hits the coast</title></head><body><article><h1>Storm hits the coast</h1>"
            + "".join(f"<p>{s}</p>" for s in [
                "The storm hit the coast on Monday night and left thousands of homes without power in the region.",
                "Emergency services said they had received more than five hundred calls before the morning.",
                "Schools in three districts stayed closed on Tuesday while crews cleared fallen trees from roads.",
                "The power company said that repairs could take until the end of the week in remote villages.",
                "Forecasters expect calmer weather from Wednesday, although strong winds may return on Friday.",
                "Paragraph 5 of the report lists the damaged bridges and the detours that drivers should take."])
            + "</article></body></html>")
    rec = clean_pipeline.run(RawDocument(source="page.html", html=html, format="html"))
    assert rec.document.title == "Storm hits the coast"
    assert "Paragraph 5 of the report" in rec.document.text
