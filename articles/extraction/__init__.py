"""Article extraction: bytes of a saved page in, an ExtractedArticle out.

Plain Python: nothing in this package imports Django, so it can be used and
tested on its own. `pipeline.extract()` is the one entry point.
"""
