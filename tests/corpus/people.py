"""A small written corpus of families, namesakes and outlets for the identity tests (records built by hand, so the
same records come out of any version of newsgraph: tests/corpus/data/store-v2.sqlite was written from them by the
version before actors were resolved on evidence, with `python tests/corpus/people.py OUT.sqlite`)."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from records import make  # noqa: E402

P, O, G, M = "PERSON", "ORG", "GPE", "MEDIA"  # noqa: E741 - short type names of the written corpus


def docs() -> list:
    """(text, source, published, site, url, entities) of each document, in ingest order."""
    return [
        ("Donald Trump said on Monday that Mike Pence would join the ticket. Trump praised Pence at a rally "
         "in Indiana, where the governor has served since his election.", "t/1", "2016-07-11", "NYTimes",
         "https://www.nytimes.com/2016/07/11/trump-pence.html",
         [("Donald Trump", P, None, ["Donald Trump", "Trump"]), ("Mike Pence", P, "governor", ["Mike Pence", "Pence"]),
          ("Indiana", G, None, ["Indiana"])]),
        ("Ivanka Trump spoke at the convention on Thursday. Ivanka Trump introduced her father, Donald J. Trump, "
         "to the delegates in Cleveland before his acceptance speech.", "t/2", "2016-07-21", "The New York Times",
         "https://www.nytimes.com/2016/07/21/ivanka.html",
         [("Ivanka Trump", P, None, ["Ivanka Trump"]), ("Donald J. Trump", P, None, ["Donald J. Trump"]),
          ("Cleveland", G, None, ["Cleveland"])]),
        ("Eric Trump told reporters that his father would win Ohio. Eric Trump said the campaign had raised "
         "more money than expected in the past month.", "t/3", "2016-07-22", "Hosted",
         "https://hosted.ap.org/article/eric-trump",
         [("Eric Trump", P, None, ["Eric Trump"]), ("Ohio", G, None, ["Ohio"])]),
        ("Jeb Bush and Marco Rubio clashed in the Florida debate on Saturday night, and Rubio said that Bush "
         "had changed his position on immigration twice since the start of the race.", "b/1", "2016-02-13",
         "Politico", "https://www.politico.com/story/2016/02/jeb-rubio",
         [("Jeb Bush", P, "former governor of Florida", ["Jeb Bush", "Bush"]),
          ("Marco Rubio", P, "senator", ["Marco Rubio", "Rubio"]), ("Florida", G, None, ["Florida"])]),
        ("Jeb Bush campaigned in New Hampshire on Sunday and mocked Marco Rubio for his debate performance, "
         "telling voters that the senator was not ready to lead the country.", "b/1b", "2016-02-14", "Politico",
         "https://www.politico.com/story/2016/02/jeb-nh",
         [("Jeb Bush", P, None, ["Jeb Bush"]), ("Marco Rubio", P, "senator", ["Marco Rubio"]),
          ("New Hampshire", G, None, ["New Hampshire"])]),
        ("Jeb Bush told a town hall in Florida that Marco Rubio had missed too many votes in the Senate to be "
         "trusted with the nomination of the party.", "b/1c", "2016-02-15", "Politico",
         "https://www.politico.com/story/2016/02/jeb-town-hall",
         [("Jeb Bush", P, None, ["Jeb Bush"]), ("Marco Rubio", P, None, ["Marco Rubio"]),
          ("Florida", G, None, ["Florida"])]),
        ("George W. Bush and Dick Cheney defended the Iraq war in interviews on Sunday, and Cheney said that the "
         "former president had no regrets about the invasion or its aftermath.", "b/2", "2016-02-14",
         "Politifact", "https://www.politifact.com/2016/bush-cheney",
         [("George W. Bush", P, "former president", ["George W. Bush"]), ("Dick Cheney", P, None, ["Dick Cheney",
                                                                                                  "Cheney"]),
          ("Iraq", G, None, ["Iraq"])]),
        ("George H.W. Bush, the 41st president, was admitted to a hospital in Houston on Monday, a spokesman for "
         "the family said, adding that he was in good spirits and resting.", "b/3", "2016-02-15", "PolitiFact",
         "https://www.politifact.com/2016/hw-bush",
         [("George H.W. Bush", P, "41st president", ["George H.W. Bush"]), ("Houston", G, None, ["Houston"])]),
        ("Bush attacked Rubio in Florida on Tuesday over his record in the Senate and his attendance at votes, "
         "calling it a question of leadership for the party.", "b/4", "2016-02-16", "Politico",
         "https://www.politico.com/story/2016/02/bush-rubio",
         [("Bush", P, None, ["Bush"]), ("Rubio", P, None, ["Rubio"]), ("Florida", G, None, ["Florida"])]),
        ("Bush spoke about his family in a short statement that gave no details of his plans for the coming "
         "months or of the people he had met.", "b/5", "2016-02-17", None, None,
         [("Bush", P, None, ["Bush"])]),
        ("DONALD TRUMP wrote on Twitter that he would not debate again, and Donald Trump later said he had not "
         "decided; his aides did n't comment on the reversal.", "t/4", "2016-07-23", "Nj",
         "https://www.nj.com/politics/trump-twitter",
         [("Donald Trump", P, None, ["DONALD TRUMP", "Donald Trump"]), ("Twitter", P, None, ["Twitter"]),
          ("n't", G, None, ["n't"])]),
        ("Figgins scored twice as the home side won the derby on Friday in front of a record crowd at the "
         "stadium by the river.", "f/1", "2016-09-01", None, None, [("Figgins", P, None, ["Figgins"])]),
        ("Figgins was named player of the month after his goals in the derby and the cup, the club said on "
         "Monday morning in a statement.", "f/2", "2016-09-05", None, None, [("Figgins", O, None, ["Figgins"])]),
        ("Coach praised Figgins for his work rate and said the striker would start again on Saturday against "
         "the league leaders away from home.", "f/3", "2016-09-06", None, None,
         [("Figgins", P, None, ["Figgins"])]),
    ]


def records() -> list:
    out = []
    for text, source, published, site, url, ents in docs():
        out.append(make(text, source=source, published=published, site=site, url=url, entities=ents))
    return out


def perrys() -> list:
    """Governor Rick Perry (2 documents) and Richard Perry of Perry Capital (1), which identity takes for one actor
    (Rick is a short form of Richard): the namesakes a user splits (tryout r19)."""
    return [make(text, source=source, published=published, entities=ents) for text, source, published, ents in [
        ("Governor Rick Perry spoke in Austin on Monday. Perry said the plan would work.", "p/1", "2016-08-01",
         [("Rick Perry", P, "Governor", ["Rick Perry", "Perry"])]),
        ("Rick Perry visited Iowa on Tuesday. Perry said the farm bill would pass.", "p/2", "2016-08-02",
         [("Rick Perry", P, None, ["Rick Perry", "Perry"])]),
        ("Richard Perry, the chief of Perry Capital, said on Wednesday that the funds were down.", "p/3",
         "2016-08-03", [("Richard Perry", P, "CEO", ["Richard Perry"])])]]


def trumps() -> list:
    """One actor written two ways in two documents, each with an event it takes part in (tryout r19 P)."""
    return [make(f"{name} met the governor of Ohio in Columbus on {day} to talk about the new steel plant.",
                 source=src, published=pub, entities=[(name, P, None, [name]), ("Ohio", G, None, ["Ohio"])],
                 events=[("CONSULT", [0], [], 1, None)])
            for name, day, src, pub in (("Donald Trump", "Monday", "s/1", "2016-08-01"),
                                        ("Donald J. Trump", "Tuesday", "s/2", "2016-08-02"))]


if __name__ == "__main__":  # write a store of these records with the installed newsgraph (the fixture's maker)
    from newsgraph.store import open_store
    with open_store(sys.argv[1]) as store:
        for rec in records():
            store.write_batch([rec])
