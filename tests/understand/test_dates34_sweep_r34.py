"""eval/dates_sweep.py (round 34): the invariants a careful reader holds of the product's dates, checked on records
made up for the test; each invariant has a date that breaks it and a near miss that does not."""
from newsgraph.eval.dates_sweep import check
from newsgraph.record import DateExpr


def _d(text, value, start, precision="day", tense=None, flag=None, anchor="2016-04-28"):
    return DateExpr(text=text, value=value, start=start, end=start + len(text), precision=precision, anchor=anchor,
                    tense=tense, flag=flag)


def _inv(text, dates, anchor="2016-04-28"):
    return [(k, d.text) for k, d in check(text, anchor, dates)]


def test_far_weekday_and_two_values():
    text = "Headline\nIt rained on Tuesday. In May he spoke. On Tuesday it snowed."
    dates = [_d("Tuesday", "2016-04-27", 22), _d("May", "2015-02", 35, "month"), _d("Tuesday", "2016-04-26", 51)]
    got = _inv(text, dates)
    assert ("weekday", "Tuesday") in got          # 2016-04-27 is a Wednesday
    assert ("far", "May") in got                  # no year written, 14 months away
    assert ("two_values", "Tuesday") in got
    # near misses: a year written, a weekday that is its day
    ok = [_d("May 2015", "2015-05", 35, "month"), _d("Tuesday", "2016-04-26", 22)]
    assert _inv(text, ok) == []


def test_future_in_past_quoted_relative_headline_and_numbers():
    text = "Storm kills five on Sunday\nHe said: “We lost yesterday.” It peaked in 2006 at 40. He has 2000 troops."
    dates = [_d("Sunday", "2016-05-01", text.find("Sunday")), _d("yesterday", "2016-04-27", text.find("yesterday")),
             _d("2000", "2000", text.find("2000"), "year")]
    got = _inv(text, dates)
    assert ("headline_ahead", "Sunday") in got
    assert ("quoted_relative", "yesterday") in got
    assert ("not_a_date", "2000") in got
    assert _inv("Title\nHe won on Friday.", [_d("Friday", "2016-04-29", 16, tense="past")]) == [
        ("future_in_past", "Friday")]
    # near misses: flagged already; a year with nothing that counts
    assert _inv("Title\nHe won on Friday.", [_d("Friday", None, 16, tense="past", flag="future in a past clause")]) \
        == []
    assert _inv(text, [_d("2006", "2006", text.find("2006"), "year")]) == []
