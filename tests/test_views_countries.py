"""The country list and a country's page."""

import pytest
from django.urls import reverse

from tests.factories import (
    country,
    make_article,
    make_person,
    mention_country,
    mention_person,
)

pytestmark = pytest.mark.django_db


def test_the_list_puts_mentioned_countries_first_and_the_rest_behind_a_toggle(client):
    for i in range(2):
        mention_country(make_article(f"Japan {i}", "In Japan today."), country("JP"))
    mention_country(make_article("France", "In France today."), country("FR"))
    response = client.get(reverse("articles:country_list"))
    mentioned = response.context["countries"]
    assert [(c.iso2, c.article_count) for c in mentioned] == [("JP", 2), ("FR", 1)]
    assert len(response.context["unmentioned_countries"]) == 249 - 2
    assert "<details" in response.text


def test_a_country_page_shows_its_articles_and_the_people_most_named_in_them(client):
    japan = country("JP")
    ada, bob = make_person("Ada One"), make_person("Bob Two")
    first = make_article("First", "Ada One and Bob Two in Japan.")
    second = make_article("Second", "Ada One in Japan.")
    make_article("Not about Japan", "Bob Two at home.")
    for article in (first, second):
        mention_country(article, japan), mention_person(article, ada)
    mention_person(first, bob)
    context = client.get(japan.get_absolute_url()).context
    assert sorted(a.title for a in context["articles"]) == ["First", "Second"]
    assert [(p.name, p.shared_articles) for p in context["people"]] == [
        ("Ada One", 2),
        ("Bob Two", 1),
    ]
    assert context["country"].article_count == 2


def test_an_unknown_country_is_a_404(client):
    assert (
        client.get(reverse("articles:country_detail", args=["atlantis"])).status_code
        == 404
    )
