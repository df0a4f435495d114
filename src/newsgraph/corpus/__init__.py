"""corpus/: one coherent record out of many articles: near-duplicates (dedup.py), actors across documents
(actors.py), one quote with many reports, story clusters (link.py), and the query layer (store/queries/) that the
CLI, the HTTP API and the web UI all call."""
