"""The README's Python example runs as written, also on a text with a quote nobody is credited with (tryout r16:
`q.speaker.name` raised AttributeError there)."""
from __future__ import annotations

import re
from pathlib import Path

import newsgraph

README = Path(__file__).resolve().parents[1] / "README.md"


def test_the_readme_python_example_runs_on_an_unattributed_quote(tmp_path, capsys, monkeypatch):
    block = re.search(r"From Python:\n\n```python\n(.*?)```", README.read_text(encoding="utf-8"), re.S).group(1)
    first = block.split("# many documents")[0]  # the single-document part (the rest reads a folder of pages)
    (tmp_path / "examples").mkdir()
    (tmp_path / "examples" / "article.txt").write_text(
        "Власти Германии уже начали расследование в отношении компании. Предполагается, что компании было "
        "известно о превышении допустимого уровня диоксина еще в марте 2010 года. Министр сельского хозяйства "
        "Анна Хале заявила, что продажа яиц с ферм приостановлена.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    exec(compile(first, "README.md", "exec"), {"newsgraph": newsgraph})
    out = capsys.readouterr().out
    assert "None предполагается" in out and "Анна Хале" in out and '"document"' in out
