"""understand.dates, round 34 (datefix34, review34b's finding): an outcome its clause supposes (would, could, might,
if: ``outcome_supposed_by``) has not happened, so its day is the coming one (known_happening.outcome_supposed), definite
or not; the "would" of a past saying before it is the saying's future and keeps the outcome rule. Written on a
Thursday (2016-04-28): the Tuesday before is 04-26, after 05-03; the Saturday before 04-23, after 04-30. The sentences
are made up for the tests; each rule has its near misses."""

PUB = "2016-04-28"


def test_a_supposed_outcome_is_ahead(dates_by_text):
    assert dates_by_text("The victory on Saturday would hand the Rangers the pennant.", PUB)["Saturday"].value == \
        "2016-04-30"
    # indefinite, a nearer day behind: before, "would" took the nearest (the past) Tuesday
    assert dates_by_text("A win on Tuesday would put her ahead in the delegate count.", PUB)["Tuesday"].value == \
        "2016-05-03"
    assert dates_by_text("The defeat on Tuesday might cost the mayor his majority.", PUB)["Tuesday"].value == \
        "2016-05-03"
    # the content set off before its saying keeps the speaker's own "would"
    assert dates_by_text("The win on Tuesday could clinch the seat, her aide said.", PUB)["Tuesday"].value == \
        "2016-05-03"


def test_near_misses_a_told_outcome_stays_past(dates_by_text):
    # a past saying before the content shifts its "will" back to "would": the loss may be over
    assert dates_by_text("The coach said the loss on Tuesday would haunt the team.", PUB)["Tuesday"].value == \
        "2016-04-26"
    # "will" tells what an outcome will bring, not that it is supposed
    assert dates_by_text("His victory on Tuesday will reshape the race.", PUB)["Tuesday"].value == "2016-04-26"
    # not an outcome: the clause's "would" keeps its old reading (the nearest day)
    assert dates_by_text("The hearing on Tuesday would settle the matter.", PUB)["Tuesday"].value == "2016-04-26"
