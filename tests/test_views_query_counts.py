"""Every public page runs the same number of queries however large the archive grows.

Each page is measured on a small archive, then again after ten times the data has
been added, some of it about the very person, country and article the page shows.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import CountryMention, PersonMention, Quote
from tests.factories import build_archive

SMALL = 3


def _page_urls(archive):
    article = archive[0]
    person = article.person_mentions.first().person
    country = article.country_mentions.first().country
    outlet = article.outlet
    filters = f"?person={person.slug}&country={country.slug}&outlet={outlet.slug}"
    return {
        "home": reverse("articles:home"),
        "article list": reverse("articles:article_list"),
        "article list, filtered": reverse("articles:article_list") + filters,
        "article list, page 2": reverse("articles:article_list") + "?page=2",
        "article": article.get_absolute_url(),
        "people": reverse("articles:person_list"),
        "person": person.get_absolute_url(),
        "countries": reverse("articles:country_list"),
        "country": country.get_absolute_url(),
        "quotes": reverse("articles:quote_list"),
        "quotes by speaker": reverse("articles:quote_list") + f"?speaker={person.slug}",
        "search": reverse("articles:search") + "?q=story+person",
    }


# Queries per page: pinned so that a new query is a decision, not an accident.
EXPECTED_QUERIES = {
    "home": 4,
    "article list": 3,
    "article list, filtered": 6,
    "article list, page 2": 3,
    "article": 5,
    "people": 2,
    "person": 6,
    "countries": 1,
    "country": 3,
    "quotes": 3,
    "quotes by speaker": 4,
    "search": 3,
}


def _grow(archive, factor=10):
    """Add `factor` times the articles, each also naming the first article's person and
    country and quoting that person, so their own pages grow too."""
    article = archive[0]
    person = article.person_mentions.first().person
    country = article.country_mentions.first().country
    for new in build_archive(len(archive) * factor, prefix="More"):
        PersonMention.objects.create(article=new, person=person, start=0, end=4)
        CountryMention.objects.create(article=new, country=country, start=5, end=8)
        Quote.objects.create(article=new, speaker=person, text="More.", start=9, end=12)
        # The first article's related articles grow as well.
        PersonMention.objects.create(
            article=article, person=new.person_mentions.first().person, start=0, end=4
        )


def _queries_for(client, url):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(queries)


@pytest.mark.django_db
@pytest.mark.parametrize("page", list(EXPECTED_QUERIES))
def test_the_page_runs_a_fixed_number_of_queries_as_the_archive_grows(client, page):
    archive = build_archive(SMALL)
    url = _page_urls(archive)[page]
    small_count = _queries_for(client, url)

    _grow(archive)

    assert _queries_for(client, url) == small_count
    assert small_count == EXPECTED_QUERIES[page]
