"""Helpers of the CLI tests of the analyst's workbench (issue 19): the README's example page (undated) and a few short
articles written for these tests (dated, from three outlets, one statement reported twice); `run` a command."""
from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from newsgraph.cli import app

EXAMPLE = Path(__file__).parents[2] / "examples" / "article.txt"

ARTICLES = [
    {"id": "harbour-1", "source": "Harbour Gazette", "published": "2025-09-03", "url": "https://gazette.example/h1",
     "title": "Harbour reopens after the storm",
     "text": "The mayor of Brighton, Sarah Jones, said on Wednesday that the harbour had reopened to shipping. "
             "\u201cWe are back in business,\u201d Jones told reporters at the harbour."},
    {"id": "harbour-2", "source": "Morning Post", "published": "2025-09-04", "url": "https://post.example/h2",
     "title": "Brighton harbour open again",
     "text": "Brighton's harbour is open again after the storm. \u201cWe are back in business,\u201d Mayor Sarah "
             "Jones told reporters at the harbour. The port authority praised the repair crews."},
    {"id": "strike-1", "source": "Morning Post", "published": "2025-09-10", "url": "https://post.example/s1",
     "title": "Rail strike called off",
     "text": "The union leader Mark Brown announced on Tuesday that the strike planned for Friday was called off "
             "after talks with the rail operator. \u201cThe talks were hard but fair,\u201d Brown said."},
    {"id": "library-1", "source": "City Herald", "published": "2025-10-01", "url": "https://herald.example/l1",
     "title": "Library gets a new wing",
     "text": "The city council approved a new wing for the central library. Councillor Anna Lee said that "
             "building work would start in spring."},
]

runner = CliRunner()


def run(*args: str, ok: bool = True):
    r = runner.invoke(app, [str(a) for a in args])
    if ok:
        assert r.exit_code == 0, (args, r.output, r.exception)
    return r
