"""nlp.py replaces three components of the spaCy model by cheaper ones: the tokens
and entities must come out exactly as the model itself annotates them."""

import numpy
import pytest
import spacy
from thinc.api import NumpyOps

from articles.extraction import nlp
from articles.extraction.page import read_page
from articles.extraction.types import ExtractionError

SENTENCES = [
    "I told him we'd been waiting, but she said they hadn't seen us.",
    "\"It ain't over,\" the minister's spokeswoman added on Tuesday.",
    "Its leaders, who were elected in 2019, are expected to resign.",
    "You're not going, are you?  Nothin' doing, ol' friend.\n\nHe wasn't.",
    "The U.S. and France signed it; Mr. O'Neill declined to comment.",
    # Entities: several words, at the start and the very end of a body, across
    # paragraphs and sentence ends, next to white space, and one word long.
    "Angela Merkel and Emmanuel Macron met at the Elysee Palace in Paris",
    "The World Health Organization said. New York\n\nGov. Kathy Hochul agreed.",
    "  Reuters   reported that Kenya's President William Ruto, 57, spent $3 million.",
    "On 4 July 2021 the Brazilian Senate, the Supreme Court and the UN voted: Lula",
    "\n\nBBC News\n\n",
    "",
]


@pytest.fixture(scope="module")
def shipped_model():
    return spacy.load(nlp.DEFAULT_MODEL)


def annotations(doc, lemma_of):
    tokens = [
        (t.text, t.tag_, t.pos_, str(t.morph), t.dep_, t.head.i, lemma_of(t))
        for t in doc
    ]
    return tokens, entities(doc)


def entities(doc):
    return [(e.start, e.end, e.label_) for e in doc.ents]


@pytest.mark.parametrize("text", SENTENCES)
def test_tokens_are_annotated_as_the_shipped_model_annotates_them(text, shipped_model):
    ours = annotations(nlp.parse(text), nlp.lemma)
    assert ours == annotations(shipped_model(text), lambda token: token.lemma_)


def test_the_costly_components_are_replaced():
    names = nlp.load().pipe_names
    assert not {"attribute_ruler", "lemmatizer", "ner"} & set(names)
    assert {"newsarchive_tag_attributes", "newsarchive_entities"} <= set(names)


def test_the_sentences_above_have_entities_to_compare():
    assert sum(len(nlp.parse(text).ents) for text in SENTENCES) >= 20


def test_corpus_bodies_get_the_entities_the_shipped_model_finds(
    shared_dir, shipped_model
):
    pages = sorted((shared_dir / "corpus" / "scrapinghub-aeb" / "html").iterdir())
    bodies = [read_page(path.read_bytes(), path.name).body for path in pages[::7]]
    ours = [entities(doc) for doc in nlp.parse_many(bodies)]
    assert ours == [entities(doc) for doc in shipped_model.pipe(bodies)]
    assert sum(map(len, ours)) > 1000


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


def test_the_networks_maxout_keeps_the_largest_piece_exactly():
    pieces = numpy.array(
        [[[0.5, -1.0, 0.25], [3.0, 3.0, -2.0]], [[-7.0, -8.0, -6.5], [0.0, 1e-8, 0.0]]],
        dtype="float32",
    )
    best, _ = nlp.PredictionOps().maxout(pieces)
    assert numpy.array_equal(best, pieces.max(axis=-1))
    assert numpy.array_equal(best, NumpyOps().maxout(pieces)[0])
    assert type(nlp.load().get_pipe("tok2vec").model.ops) is nlp.PredictionOps


def test_a_white_space_token_missing_from_the_string_store_breaks_no_rule():
    # "ai" tagged as a verb, then a paragraph break: the rule for "ai n't" tests
    # the next token's lowercase form, which spaCy may not have stored.
    doc = nlp.parse("They ai\n\nThat is all.")
    ruler = nlp.load().get_pipe("newsarchive_tag_attributes")
    lexeme, stored = doc[2].lex, doc[2].lex.lower
    missing = stored + 1
    while missing in doc.vocab.strings:
        missing += 1
    lexeme.lower = missing  # as spaCy leaves some white-space lexemes
    try:
        assert ruler(ruler(doc)) is doc
    finally:
        lexeme.lower = stored


def test_the_recogniser_never_makes_an_entity_without_a_label():
    spacy_ner = nlp.load().get_pipe("ner")
    names = [spacy_ner.moves.get_class_name(i) for i in range(spacy_ner.moves.n_moves)]
    ours = nlp.load().get_pipe("newsarchive_entities")
    # "U-" marks a preset blocked token; spaCy never chooses it without presets.
    assert not ours.is_unit[names.index("U-")]
    assert not ours.is_begin[names.index("O")] and not ours.is_unit[names.index("O")]
