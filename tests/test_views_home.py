"""The front page."""

import pytest
from django.urls import reverse

from tests.factories import build_archive

pytestmark = pytest.mark.django_db


def test_the_front_page_shows_latest_articles_top_people_countries_and_quotes(client):
    archive = build_archive(4)
    response = client.get(reverse("articles:home"))
    context = response.context
    assert [a.pk for a in context["latest_articles"]] == [
        a.pk for a in reversed(archive)
    ]
    # Four articles over three people, two per article: 0+1, 1+2, 2+0, 0+1.
    assert [(p.name, p.article_count) for p in context["top_people"]] == [
        ("Story Person 0000", 3),
        ("Story Person 0001", 3),
        ("Story Person 0002", 2),
    ]
    assert context["top_countries"] and context["latest_quotes"]
    assert f'action="{reverse("articles:search")}"' in response.text


def test_the_front_page_of_an_empty_archive_says_so(client):
    response = client.get(reverse("articles:home"))
    assert response.status_code == 200
    assert "The archive is empty" in response.text
