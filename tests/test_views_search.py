"""Search over articles, people and quotes: every word must match."""

import pytest
from django.urls import reverse

from tests.factories import make_alias, make_article, make_person, make_quote

pytestmark = pytest.mark.django_db


def search(client, q):
    return client.get(reverse("articles:search"), {"q": q}).context


def test_articles_match_when_every_word_is_in_the_title_or_body(client):
    make_article("Harbour reopens", "The port of Lisbon opened again.")
    make_article("Harbour closes", "Storms in Oslo.")
    context = search(client, "harbour LISBON")
    assert [a.title for a in context["articles"]] == ["Harbour reopens"]


def test_people_match_by_name_or_alias(client):
    putin = make_person("Vladimir Putin")
    make_alias(putin, "Vova")
    make_person("Vladimir Nabokov")
    assert [p.name for p in search(client, "vova")["people"]] == ["Vladimir Putin"]
    assert [p.name for p in search(client, "vladimir putin")["people"]] == [
        "Vladimir Putin"
    ]
    assert len(search(client, "vladimir")["people"]) == 2


def test_quotes_match_their_words(client):
    article = make_article("Talk", 'A said "bread and roses" and "only bread".')
    make_quote(article, "bread and roses"), make_quote(article, "only bread")
    assert [q.text for q in search(client, "roses bread")["quotes"]] == [
        "bread and roses"
    ]


def test_an_empty_query_searches_nothing(client):
    make_article("Anything")
    context = search(client, "   ")
    assert context["searched"] is False and "articles" not in context


def test_the_query_is_escaped_on_the_page(client):
    response = client.get(
        reverse("articles:search"), {"q": "<script>alert(1)</script>"}
    )
    assert "<script>alert(1)</script>" not in response.text
    assert "&lt;script&gt;" in response.text
