"""The admin: every model registered, list pages and change pages render for staff."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles import models
from tests.factories import (
    build_archive,
    country,
    make_article,
    make_person,
    make_quote,
    mention_country,
    mention_person,
)

pytestmark = pytest.mark.django_db

MODELS = [
    models.Outlet,
    models.Article,
    models.Person,
    models.PersonAlias,
    models.Country,
    models.PersonMention,
    models.CountryMention,
    models.Quote,
]


@pytest.fixture
def staff_client(client):
    # No password: hashing one costs more than the rest of the test.
    user = User.objects.create(username="editor", is_staff=True, is_superuser=True)
    client.force_login(user)
    return client


def admin_url(model, view, *args):
    return reverse(f"admin:articles_{model._meta.model_name}_{view}", args=args)


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_model_is_registered_with_search(model):
    assert admin.site.is_registered(model)
    assert admin.site._registry[model].search_fields


@pytest.mark.parametrize("model", MODELS, ids=lambda m: m.__name__)
def test_every_list_page_renders_and_searches(staff_client, model):
    build_archive(3)
    assert staff_client.get(admin_url(model, "changelist")).status_code == 200
    assert (
        staff_client.get(admin_url(model, "changelist"), {"q": "Story"}).status_code
        == 200
    )


def test_the_person_list_shows_article_and_quote_counts(staff_client):
    ada = make_person("Ada Lovelace")
    article = make_article("Story", 'Ada Lovelace said "hello".')
    mention_person(article, ada), mention_person(article, ada)
    make_quote(article, "hello", speaker=ada)
    response = staff_client.get(admin_url(models.Person, "changelist"))
    row = response.context["cl"].result_list.get(pk=ada.pk)
    assert (row.article_count, row.quote_count) == (1, 1)


def test_the_article_page_shows_its_quotes_and_mentions_inline(staff_client):
    ada = make_person("Ada Lovelace")
    article = make_article("Story", 'Ada Lovelace said "France is fine".')
    mention_person(article, ada), mention_country(article, country("FR"))
    make_quote(article, "France is fine", speaker=ada)
    response = staff_client.get(admin_url(models.Article, "change", article.pk))
    assert response.status_code == 200
    inline_models = [f.formset.model for f in response.context["inline_admin_formsets"]]
    assert set(inline_models) == {
        models.Quote,
        models.PersonMention,
        models.CountryMention,
    }
    # The words each mention points at, to check the offsets by eye.
    assert "Ada Lovelace" in response.text and "France is fine" in response.text


def test_the_article_page_query_count_grows_with_neither_archive_mentions_quotes(
    staff_client,
):
    article = build_archive(3)[0]
    words = article.body.split()[0]
    make_quote(article, words, speaker=make_person("Early Speaker"))
    url = admin_url(models.Article, "change", article.pk)
    with CaptureQueriesContext(connection) as small:
        staff_client.get(url)
    build_archive(30, prefix="More")
    for i in range(20):
        person = make_person(f"Extra {i}")
        models.PersonMention.objects.create(
            article=article, person=person, start=0, end=4
        )
        models.CountryMention.objects.create(
            article=article, country=country("FR"), start=5, end=9
        )
        make_quote(article, words, speaker=person if i % 2 else None)
    with CaptureQueriesContext(connection) as large:
        response = staff_client.get(url)
    assert "Extra 19" in response.text
    assert len(large) == len(small)


def test_each_quote_shows_its_chosen_speaker(staff_client):
    article = make_article("Story", 'Ada said "one" and Bo said "two".')
    ada, bo = make_person("Ada Lovelace"), make_person("Bo Lindqvist")
    quotes = [make_quote(article, "one", speaker=ada), make_quote(article, "two")]
    quotes[1].speaker = bo
    quotes[1].save()
    response = staff_client.get(admin_url(models.Article, "change", article.pk))
    for person in (ada, bo):
        assert f'<option value="{person.pk}" selected>{person}</option>' in (
            response.text
        )


def test_a_speaker_corrected_in_the_admin_shows_on_the_public_page(staff_client):
    ada, bob = make_person("Ada One"), make_person("Bob Two")
    quote = make_quote(make_article("Talk", 'She said "yes".'), "yes", ada)
    response = staff_client.post(
        admin_url(models.Quote, "change", quote.pk),
        {
            "article": quote.article.pk,
            "speaker": bob.pk,
            "text": "yes",
            "start": quote.start,
            "end": quote.end,
        },
    )
    assert response.status_code == 302
    public = staff_client.get(quote.article.get_absolute_url())
    assert f'class="quote-speaker" href="{bob.get_absolute_url()}"' in public.text


def test_people_and_countries_filter_on_whether_any_article_names_them(staff_client):
    named, unnamed = make_person("Named One"), make_person("Never Named")
    mention_person(make_article("Story", "Named One in France."), named)
    response = staff_client.get(
        admin_url(models.Person, "changelist"), {"mentioned": "no"}
    )
    assert list(response.context["cl"].result_list) == [unnamed]
    mention_country(models.Article.objects.get(), country("FR"))
    response = staff_client.get(
        admin_url(models.Country, "changelist"), {"mentioned": "yes"}
    )
    assert [c.iso2 for c in response.context["cl"].result_list] == ["FR"]
