"""Every speaker a quote names can be found: "Bush and Christie said ..." was found under Bush only, though the
record lists both (tryout r13); after a merge and a relink too."""
from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from records import make  # noqa: E402

from newsgraph.record import Ref  # noqa: E402
from newsgraph.store import queries as Q  # noqa: E402
from newsgraph.store.relink import relink  # noqa: E402

WORDS = "the freshman senator is not ready to be the commander in chief of the nation"


def _record():
    text = f'Governor Jim Rowe and Governor Ann Dale said that "{WORDS}" on Monday in Iowa.'
    rec = make(text, source="c/1", published="2016-02-01",
               entities=[("Jim Rowe", "PERSON", None, ["Jim Rowe"]), ("Ann Dale", "PERSON", None, ["Ann Dale"])],
               quotes=[(WORDS, 0, [])])
    rec.quotes[0].speakers = [Ref("e1", "Jim Rowe"), Ref("e2", "Ann Dale")]
    return rec


def test_a_quote_is_found_under_each_of_its_speakers(store):
    store.write_batch([_record()])
    first = Q.list_quotes(store, speaker="Jim Rowe")["items"]
    other = Q.list_quotes(store, speaker="Ann Dale")["items"]
    assert [q["text"] for q in first] == [WORDS] and [q["id"] for q in other] == [first[0]["id"]]
    assert first[0]["speakers"] == ["Jim Rowe", "Ann Dale"] and first[0]["speaker_name"] == "Jim Rowe"
    assert Q.list_quotes(store, speaker="Nobody Else")["items"] == []


def test_the_other_speaker_follows_a_merge_and_a_relink(store):
    store.write_batch([_record()])
    store.write_batch([make("Mary Dale spoke in Ohio on Tuesday about the farm bill and the budget.",
                            source="c/2", published="2016-02-02",
                            entities=[("Mary Dale", "PERSON", None, ["Mary Dale"])])])
    from typer.testing import CliRunner

    from newsgraph.cli import app
    db = store.url if store.dialect != "sqlite" else store.url.replace("sqlite:///", "")
    r = CliRunner().invoke(app, ["merge", "Mary Dale", "Ann Dale", "--db", db])
    assert r.exit_code == 0, r.output
    assert len(Q.list_quotes(store, speaker="Mary Dale")["items"]) == 1
    relink(store)
    assert len(Q.list_quotes(store, speaker="Mary Dale")["items"]) == 1
