"""Round 35 (lead): eval/attr_written.score_file scores a set in the written markup kept outside the repository (the
web-page sets of round 35), exactly as the written splits are scored."""
from __future__ import annotations

from newsgraph.eval.attr_written import main, score_file

SET = """## t001
Песков о прессе

[1|Пресс-секретарь президента Дмитрий Песков] <1|заявил>, что {1|Кремль не получал приглашения на форум}.
@1 Дмитрий Песков indirect

## t002
Без цитат

Погода в Москве была теплой, дороги свободны.
"""


def test_a_set_outside_the_repo_is_scored(tmp_path):
    p = tmp_path / "set.txt"
    p.write_text(SET, encoding="utf-8")
    fig = score_file(p, "ru").figures()
    assert fig["documents"] == 2 and fig["gold"] == 1 and fig["attributed_f1"] == 1.0
    assert score_file(p, "ru", "t002", "t002").figures()["gold"] == 0


def test_the_command_prints_the_figures(tmp_path, capsys):
    p = tmp_path / "set.txt"
    p.write_text(SET, encoding="utf-8")
    main(["--lang", "ru", "--score-file", str(p), "--only", "t001", "t001"])
    assert "'attributed_f1': 1.0" in capsys.readouterr().out
