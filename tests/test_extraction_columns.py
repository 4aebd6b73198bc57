"""The doc's columns hold what spaCy's Token attributes give, token by token."""
from articles.extraction import nlp
from articles.extraction.columns import columns

TEXT = (
    "Angela Merkel met reporters in Berlin on Monday.\n\n"
    "“We agreed,” she said  of the talks with France’s president."
)


def test_its_columns_match_the_token_attributes():
    doc = nlp.parse(TEXT)
    tokens = columns(doc)
    assert tokens.words == [token.text for token in doc]
    assert tokens.lowers == [token.lower_ for token in doc]
    assert tokens.starts == [token.idx for token in doc]
    assert tokens.pos == [token.pos_ for token in doc]
    assert tokens.ent_types == [token.ent_type_ for token in doc]
    assert tokens.ent_iobs == [token.ent_iob_ for token in doc]


def test_its_text_is_the_doc_text():
    doc = nlp.parse(TEXT)
    assert columns(doc).text == doc.text == TEXT


def test_it_reads_an_empty_doc():
    tokens = columns(nlp.parse(""))
    assert tokens.text == "" and tokens.words == [] and tokens.pos == []


def test_it_reads_each_doc_once():
    doc = nlp.parse(TEXT)
    assert columns(doc) is columns(doc)
