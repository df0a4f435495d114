"""The PLOVER codebook as data and the CAMEO verb dictionary converted through the CAMEO-to-PLOVER table: the
bundled files load and are what the build command makes of ../shared/data/cameo; CAMEO entries code events between
political actors only (sentences written for the purpose)."""
from pathlib import Path

import pytest

import importlib

from newsgraph.understand.events import codebook as C

L = importlib.import_module("newsgraph.understand.events.lexicon")

REPO = Path(__file__).resolve().parents[2]
CAMEO = REPO / ".." / "shared" / "data" / "cameo"
LANG = REPO / "src" / "newsgraph" / "understand" / "lang"


def test_codebook_tables():
    assert len(C.TYPES) == 16 and C.codebook()["CONSULT"].recipient is False
    assert C.MATERIAL_CONFLICT == {"PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
    assert "visit" in C.MODES["CONSULT"] and "convict" in C.MODES["SANCTION"]
    assert C.under("AID", None, "promised") == "AGREE"  # promised aid is an AGREE
    assert C.under("ASSAULT", None, "promised") == "THREATEN"  # a future attack is a threat
    assert C.under("MOBILIZE", "troops", "promised") == "keep"  # a planned deployment stays MOBILIZE
    assert C.under("CONSULT", "invite", "offered") == "keep"  # an invitation stays CONSULT invite
    assert [row[0] for row in C.effects_table()][:2] == ["fail", "negated"]


class _C:  # a candidate as classify sees it
    def __init__(self, typ, mode=None, pattern="x"):
        self.type, self.mode, self.factuality = typ, mode, "asserted"
        self.trig = C.Trig(typ, mode, pattern)


@pytest.mark.parametrize("typ,effects,negated,want", [
    ("AID", [("future", "pledge")], False, ("AGREE", "pledge", "planned")),
    ("ASSAULT", [("commit", "pledge")], False, ("THREATEN", None, "planned")),
    ("CONSULT", [("fail", None)], False, ("REJECT", None, "asserted")),
    ("ASSAULT", [("fail", None)], False, ("ASSAULT", None, "negated")),
    ("AGREE", [], True, ("REJECT", None, "asserted")),
    ("SUPPORT", [], True, ("SUPPORT", None, "negated")),
    ("SANCTION", [("possible", None)], False, ("SANCTION", None, "possible")),
    ("CONSULT", [("propose", "offer")], False, ("AGREE", "offer", "proposed")),
])
def test_classify_reads_the_codebook(typ, effects, negated, want):
    c = _C(typ)
    C.classify(c, effects, negated, False, C.ENGLISH)
    assert (c.type, c.mode, c.factuality) == want


@pytest.mark.skipif(not (CAMEO / "CAMEO.2.0.txt").is_file(), reason="../shared/data/cameo not beside the repo")
def test_cameo_files_are_what_the_build_command_makes():
    from newsgraph.tools import cameo_triggers as tool
    for name, rows in zip(tool.FILES, tool.build(CAMEO)):
        bundled = [tuple(r) for r in _rows(LANG / "en" / name)]
        assert bundled == [tuple(r) for r in rows], name


def _rows(path):
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            yield line.split("\t")


@pytest.fixture
def cameo_on(monkeypatch):
    """The CAMEO layer read (NEWSGRAPH_EVENTS_CAMEO=1; off by default), for one test."""
    monkeypatch.setenv(L.CAMEO_ENV, "1")
    L.lexicon.cache_clear()
    yield L.lexicon("en")
    monkeypatch.delenv(L.CAMEO_ENV)
    L.lexicon.cache_clear()


def test_cameo_lexicon_loaded_with_sources(cameo_on):
    lex = cameo_on
    assert lex.cameo_verbs["ambush"].type == "ASSAULT" and lex.cameo_verbs["ambush"].source.startswith("CAMEO 19")
    assert lex.cameo_verbs["ambush"].need == "dyad"
    assert "kill" in lex.cameo_blocks["slay"]  # a synonym of the block takes its patterns
    pats = dict(lex.cameo_patterns["kill"])
    assert pats[("in", "accident")].type == "-"  # "killed in an accident" is no event
    assert lex.verbs["kill"].source == "ours" and lex.verbs["want"].type == "-"
    assert (LANG / "en" / "LICENSE.cameo.txt").is_file()


def test_cameo_codes_between_political_actors(analyze, cameo_on):
    def types(text):
        return {(v.type, v.trigger) for v in analyze(text).events}
    # CAMEO entries our own lists lack: coded when a political actor acts
    assert ("ASSAULT", "ambushed") in types("Taliban fighters ambushed an army convoy near Kandahar on Monday.")
    assert any(t == "MOBILIZE" for t, _ in types("The Indian army patrolled the border with Pakistan on Sunday."))
    assert ("COERCE", "nationalized") in types("The junta nationalized Exxon last year.")
    # the same verbs of no political actor are no event
    assert types("The midfielder ambushed the goalkeeper with a late run.") == set()
    assert types("The retailer nationalized its brand strategy.") == set()
    # a bare verb CAMEO codes alone needs a recipient that can act
    assert types("The ministry patrolled its archives.") == set()


def test_cameo_off_by_default(monkeypatch):
    """Without NEWSGRAPH_EVENTS_CAMEO=1 only our own triggers are read (their "-" entries still block)."""
    monkeypatch.delenv(L.CAMEO_ENV, raising=False)
    L.lexicon.cache_clear()
    lex = L.lexicon("en")
    assert not lex.cameo_verbs and not lex.cameo_patterns and lex.verbs["kill"].type == "ASSAULT"
    assert lex.verbs["want"].type == "-"


def test_cameo_needs_a_dyad(analyze, cameo_on):
    """A CAMEO entry with no recipient that can act codes nothing: the synonym blocks give common verbs patterns that
    are no event outside a dyad."""
    def types(text):
        return {(v.type, v.trigger) for v in analyze(text).events}
    assert types("The new president took office in January.") == set()
    assert types("The senator gave a long speech on the floor.") == set()
