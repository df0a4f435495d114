"""Round 25 (people across documents): an actor's role is one enough of its documents give at their dates; a
person named bare in hundreds of articles whom a handful call by an office they do not hold ("a President Varga
would...", a headline imagining the office) has no role from them."""
from __future__ import annotations

from newsgraph.corpus.identity_choose import ROLE_MIN_SHARE, voted_role


def test_a_role_too_few_of_the_actors_documents_give_is_none():
    few = int(ROLE_MIN_SHARE * 600) - 1
    assert voted_role({"President": few, "Leader": 2}, n_docs=600) is None
    # the same documents for an actor of fewer documents: the role stands
    assert voted_role({"President": few, "Leader": 2}, n_docs=100) == "President"
    # roles sharing a word support each other ("Senator" and "Senator of Vermont")
    assert voted_role({"Senator": 3, "Senator of Vermont": 4}, n_docs=600) == "Senator of Vermont"
    # without a count of documents (the old calls): the vote alone
    assert voted_role({"President": 1}) == "President"
