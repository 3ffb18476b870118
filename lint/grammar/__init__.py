"""Grammar: the LanguageTool backend (`kind: languagetool`) and its plumbing.

- `ruleset`: the rule kind; turns LanguageTool matches into hits.
- `client`: the HTTP client for a LanguageTool server (`/v2/check`, `/v2/languages`).
- `local`: finds an installed LanguageTool and runs it as one server per run.
- `cache`: results on disk, per LanguageTool version, language, settings and paragraph.
- `offsets`: LanguageTool counts UTF-16 code units; Python counts code points.
- `install`: `newslint languagetool install`, the only place that downloads.

newslint's offline grammar rules need none of this: they are ordinary YAML
rules under `rules/grammar/` and Python checks in `lint/checks/grammar.py`.
"""
