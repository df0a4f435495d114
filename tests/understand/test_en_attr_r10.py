"""understand.quotes (English), round 10: every member of a list of speakers is credited (``speakers``), however the
parser reads the list; the speaker ranker's setting is the simplest near the best (sentences written for these
tests)."""
import pytest


def speakers_of(rec, fragment):
    q = next(q for q in rec.quotes if fragment in q.text)
    return [r.name for r in q.speakers], q.speaker.name if q.speaker else None


@pytest.mark.parametrize("text, fragment, names", [
    ("Maria Lopez, Ben Holt and Cleo Park said in a letter that the library must stay open.", "library",
     ["Maria Lopez", "Ben Holt", "Cleo Park"]),
    ("Mira Stone, a Democrat, and Owen Reed, a Republican, said the bridge bill had the votes.", "bridge",
     ["Mira Stone", "Owen Reed"]),
    ("Paula Grant and Victor Lane told reporters that the strike would end on Friday.", "strike",
     ["Paula Grant", "Victor Lane"]),
])
def test_every_listed_speaker_is_credited(analyze, text, fragment, names):
    got, first = speakers_of(analyze(text), fragment)
    assert got == names and first == names[0]


def test_an_apposition_alone_is_one_speaker(analyze):
    got, first = speakers_of(analyze("The mayor's lawyer, Nora Quinn, said the audit was flawed."), "audit")
    assert first == "Nora Quinn" and len(got) <= 1


def test_the_simplest_setting_within_the_tolerance_wins():
    from newsgraph.eval.train_speakers import TOLERANCE, simplest
    tried = [(0.9219, 0.1, 0.05, 0.1), (0.9211, 0.3, 0.1, 0.1), (0.9223, 1.0, 0.0, 0.05), (0.9207, 3.0, 0.1, 0.1)]
    assert simplest(tried)[1] == 0.1
    far = [(0.9100, 0.1, 0.0, 0.1), (0.9100 + TOLERANCE * 2, 1.0, 0.0, 0.1)]
    assert simplest(far)[1] == 1.0
