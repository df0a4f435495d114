"""Embedded posts (round 23, sentences written for these tests): the markup of an embedded tweet never reaches the
text or a quote, and a signed post is its author's statement (clean/posts.py, understand/quotes/en_posts.py)."""
from newsgraph.clean.posts import unwrap_posts

PAGE = ("Council rejects claim about the ferry deal.\n\n"
        "The council said on Monday that it had not signed any contract with the ferry company.\n\n"
        '<tweet id="11" author="@harbourwatch" datetime="2019-04-02">The council reportedly wants the new ferry '
        "running by spring https://t.co/abc — Harbour Watch (@harbourwatch) April 2, 2019</tweet>.\n\n"
        '<tweet id="12" author="@cllrmoss" datetime="2019-04-02">No deal was ever signed. Check the minutes before '
        "you print rumours! — Dana Moss (@cllrmoss) April 2, 2019</tweet>.\n\n"
        '<tweet tweet-id="13"><tweet/>.\n')


def _quotes(rec):
    return [(q.text, q.speaker.name if q.speaker else None, q.cue) for q in rec.quotes]


def test_the_markup_goes_the_words_stay():
    removed = []
    out = unwrap_posts(PAGE, removed)
    assert "<tweet" not in out and "tweet/>" not in out and "author=" not in out
    assert "No deal was ever signed. Check the minutes before you print rumours! — Dana Moss (@cllrmoss) April 2, " \
           "2019\n" in out
    assert all(r.reason == "markup: embedded post" for r in removed) and len(removed) == 3


def test_a_tag_cut_at_the_line_end_takes_no_words_with_it():
    text = ('Her list goes on.\n\n<tweet tweet-author="@pollwatch" tweet-date="May 3,\n'
            '— Fix the roads first.\n— Open the library on Sundays.">These are the two promises she made.<tweet/>.\n')
    out = unwrap_posts(text, [])
    assert "— Fix the roads first.\n— Open the library on Sundays.\nThese are the two promises she made." in out
    assert "tweet" not in out and '">' not in out


def test_no_markup_in_any_quote_and_a_signed_post_is_its_authors(english):
    import newsgraph
    rec = newsgraph.analyze(PAGE)  # the whole pipeline: the cleaning takes the markup out
    got = _quotes(rec)
    assert all("tweet" not in t and "author=" not in t for t, _, _ in got)
    assert ("No deal was ever signed. Check the minutes before you print rumours!", "Dana Moss", "—") in got
    assert ("The council reportedly wants the new ferry running by spring", "Harbour Watch", "—") in got


def test_a_post_signed_with_a_handle_only_is_the_handles(analyze):
    rec = analyze("The club posted its answer within minutes.\n\n"
                  "We have never sold a player against his will and we never will. — (@rovers_fc) May 5, 2021\n")
    assert ("We have never sold a player against his will and we never will.", "@rovers_fc", "—") in _quotes(rec)


def test_a_pages_embed_block_is_page_furniture(english):
    import newsgraph
    rec = newsgraph.analyze("The councillor answered the report on Twitter within the hour.\n\n"
                            "No deal was ever signed. Check the minutes before you print rumours! https://t.co/abc\n\n"
                            "— Dana Moss (@cllrmoss) April 2, 2019\n\n"
                            "The ferry company did not answer requests for comment.")
    assert all(s != "Dana Moss" for _, s, _ in _quotes(rec))


def test_a_writers_sign_off_is_no_post(english):
    import newsgraph
    rec = newsgraph.analyze("The ferry will run twice a day from May, and tickets go on sale next week.\n\n"
                            "— Dana Moss (@dmoss_writes)")
    assert all(s != "Dana Moss" for _, s, _ in _quotes(rec))
