"""The people list and a person's page."""

import pytest
from django.urls import reverse

from tests.factories import (
    country,
    make_alias,
    make_article,
    make_person,
    make_quote,
    mention_country,
    mention_person,
)

pytestmark = pytest.mark.django_db


def test_the_list_puts_the_most_mentioned_first(client):
    often, rarely = make_person("Often Named"), make_person("Rarely Named")
    make_person("Never Named")
    for i in range(3):
        mention_person(make_article(f"Story {i}", "Often Named spoke."), often)
    mention_person(make_article("Other", "Rarely Named spoke."), rarely)
    page = client.get(reverse("articles:person_list")).context["page"]
    assert [(p.name, p.article_count) for p in page.object_list] == [
        ("Often Named", 3),
        ("Rarely Named", 1),
        ("Never Named", 0),
    ]


def test_the_list_is_paginated(client):
    for i in range(51):
        make_person(f"Person {i:02d}")
    response = client.get(reverse("articles:person_list") + "?page=2")
    assert [p.name for p in response.context["page"].object_list] == ["Person 50"]


def test_a_person_page_shows_aliases_description_quotes_and_articles(client):
    ada = make_person("Ada Lovelace", description="Mathematician")
    make_alias(ada, "Countess of Lovelace")
    article = make_article(
        "Engines", 'Ada Lovelace said: "The engine weaves patterns."'
    )
    mention_person(article, ada)
    make_quote(article, "The engine weaves patterns.", speaker=ada)
    response = client.get(ada.get_absolute_url())
    assert "Mathematician" in response.text
    assert "Countess of Lovelace" in response.text
    assert "The engine weaves patterns." in response.text
    assert [a.title for a in response.context["articles"]] == ["Engines"]


def test_a_person_page_ranks_the_people_and_countries_named_with_them(client):
    ada, bob, cy = (
        make_person("Ada One"),
        make_person("Bob Two"),
        make_person("Cy Three"),
    )
    first = make_article("First", "Ada One and Bob Two in France.")
    second = make_article(
        "Second", "Ada One, Bob Two and Cy Three in Japan and France."
    )
    make_article("Elsewhere", "Cy Three in Peru.")
    for article in (first, second):
        mention_person(article, ada), mention_person(article, bob)
        mention_country(article, country("FR"))
    mention_person(second, cy), mention_country(second, country("JP"))
    context = client.get(ada.get_absolute_url()).context
    assert [(p.name, p.shared_articles) for p in context["people_alongside"]] == [
        ("Bob Two", 2),
        ("Cy Three", 1),
    ]
    assert [(c.iso2, c.shared_articles) for c in context["countries_alongside"]] == [
        ("FR", 2),
        ("JP", 1),
    ]


def test_a_renamed_person_shows_the_new_name_at_once(client):
    person = make_person("Wrong Name")
    article = make_article("Story", "Wrong Name spoke.")
    mention_person(article, person)
    client.get(article.get_absolute_url())
    person.name = "Right Name"
    person.save()
    assert "Right Name" in client.get(article.get_absolute_url()).text
    assert "Right Name" in client.get(reverse("articles:person_list")).text


def test_an_unknown_person_is_a_404(client):
    assert (
        client.get(reverse("articles:person_detail", args=["nobody"])).status_code
        == 404
    )
