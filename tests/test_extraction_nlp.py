"""nlp.py replaces two components of the spaCy model by cheaper ones: the tokens
must come out annotated exactly as the model itself annotates them."""

import pytest
import spacy

from articles.extraction import nlp
from articles.extraction.types import ExtractionError

SENTENCES = [
    "I told him we'd been waiting, but she said they hadn't seen us.",
    "\"It ain't over,\" the minister's spokeswoman added on Tuesday.",
    "Its leaders, who were elected in 2019, are expected to resign.",
    "You're not going, are you?  Nothin' doing, ol' friend.\n\nHe wasn't.",
    "The U.S. and France signed it; Mr. O'Neill declined to comment.",
]


@pytest.fixture(scope="module")
def shipped_model():
    return spacy.load(nlp.DEFAULT_MODEL)


def annotations(doc, lemma_of):
    return [
        (t.text, t.tag_, t.pos_, str(t.morph), t.dep_, t.head.i, lemma_of(t))
        for t in doc
    ]


@pytest.mark.parametrize("text", SENTENCES)
def test_tokens_are_annotated_as_the_shipped_model_annotates_them(text, shipped_model):
    ours = annotations(nlp.parse(text), nlp.lemma)
    assert ours == annotations(shipped_model(text), lambda token: token.lemma_)


def test_the_costly_components_are_replaced():
    names = nlp.load().pipe_names
    assert "attribute_ruler" not in names and "lemmatizer" not in names
    assert "newsarchive_tag_attributes" in names


def test_reporting_verbs_get_their_lemma():
    doc = nlp.parse("She says it; they said it; he was telling us.")
    lemmas = {t.text: nlp.lemma(t) for t in doc}
    assert (lemmas["says"], lemmas["said"], lemmas["telling"]) == ("say", "say", "tell")


def test_parse_many_keeps_the_order_of_the_bodies():
    docs = nlp.parse_many(["First body.", "Second one here.", "Third."])
    assert [doc.text for doc in docs] == ["First body.", "Second one here.", "Third."]


def test_a_body_over_the_model_limit_is_refused():
    with pytest.raises(ExtractionError, match="too long"):
        nlp.parse("word " * (nlp.load().max_length // 5 + 1))
