"""Measuring the extraction against gold annotations. Pure Python: no Django here.

- `scores`: counts and precision / recall / F1.
- `text_metrics`: the body-text benchmark metric (4-gram shingles, per-page averages).
- `names`: folding names and matching people one to one.
- `quote_matching`: the 0.8 token-overlap rule for quotes.
- `bootstrap`: 95% intervals over documents, with a fixed seed.
- `gold`: loading the shared sets and a user's own gold file.
- `set_scoring`, `quote_scoring`: one scorer per kind of gold (body, metadata,
  people, countries; quotes with speakers).
- `runner`: runs an extractor over a set's pages and scores it.
- `report`: the printed table and the JSON figures.
"""
