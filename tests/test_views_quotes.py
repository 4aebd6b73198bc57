"""The quote list."""

from datetime import date

import pytest
from django.urls import reverse

from tests.factories import make_article, make_person, make_quote

pytestmark = pytest.mark.django_db


def quote_texts(response):
    return [q.text for q in response.context["page"].object_list]


def test_quotes_come_newest_article_first(client):
    old = make_article("Old", 'A said "old words".', published=date(2020, 1, 1))
    new = make_article("New", 'B said "new words".', published=date(2024, 1, 1))
    make_quote(old, "old words"), make_quote(new, "new words")
    assert quote_texts(client.get(reverse("articles:quote_list"))) == [
        "new words",
        "old words",
    ]


def test_quotes_filter_by_speaker_with_a_way_to_clear_it(client):
    ada, bob = make_person("Ada One"), make_person("Bob Two")
    article = make_article("Talk", 'Ada: "yes". Bob: "no". Someone: "maybe".')
    (
        make_quote(article, "yes", ada),
        make_quote(article, "no", bob),
        make_quote(article, "maybe"),
    )
    response = client.get(reverse("articles:quote_list") + f"?speaker={ada.slug}")
    assert quote_texts(response) == ["yes"]
    assert "Clear the speaker filter" in response.text


def test_a_corrected_speaker_shows_at_once(client):
    ada, bob = make_person("Ada One"), make_person("Bob Two")
    quote = make_quote(make_article("Talk", 'She said "yes".'), "yes", ada)
    client.get(reverse("articles:quote_list"))
    quote.speaker = bob
    quote.save()
    response = client.get(quote.article.get_absolute_url())
    assert f'class="quote-speaker" href="{bob.get_absolute_url()}"' in response.text


def test_an_unknown_speaker_is_a_404(client):
    response = client.get(reverse("articles:quote_list") + "?speaker=nobody")
    assert response.status_code == 404


def test_the_most_quoted_people_are_offered_as_filters(client):
    ada, bob = make_person("Ada One"), make_person("Bob Two")
    make_person("Never Quoted")
    article = make_article("Talk", 'Ada: "yes" and "sure". Bob: "no".')
    make_quote(article, "yes", ada), make_quote(article, "sure", ada)
    make_quote(article, "no", bob)
    speakers = client.get(reverse("articles:quote_list")).context["speakers"]
    assert [(p.name, p.quote_count) for p in speakers] == [
        ("Ada One", 2),
        ("Bob Two", 1),
    ]
