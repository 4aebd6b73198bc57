"""The article list with its filters, and the article page."""

import pytest
from django.urls import reverse

from tests.factories import (
    country,
    make_article,
    make_outlet,
    make_person,
    make_quote,
    mention_country,
    mention_person,
)

pytestmark = pytest.mark.django_db

XSS = "<script>alert(1)</script>"


def list_url(query=""):
    return reverse("articles:article_list") + query


def titles(response):
    return [a.title for a in response.context["page"].object_list]


@pytest.fixture
def archive():
    ada, bob = make_person("Ada Lovelace"), make_person("Bob Marley")
    france, japan = country("FR"), country("JP")
    daily, weekly = make_outlet("The Daily"), make_outlet("The Weekly")
    both = make_article(
        "Ada and Bob in France", "Ada Lovelace met Bob Marley in France.", outlet=daily
    )
    ada_japan = make_article(
        "Ada in Japan", "Ada Lovelace flew to Japan.", outlet=weekly
    )
    mention_person(both, ada), mention_person(both, bob), mention_country(both, france)
    mention_person(ada_japan, ada), mention_country(ada_japan, japan)
    make_article("Nobody anywhere", "Nothing happened.", outlet=daily)
    return {"ada": ada, "bob": bob, "france": france, "japan": japan, "daily": daily}


def test_the_list_shows_every_article_newest_first(client):
    from datetime import date

    make_article("Old", published=date(2020, 1, 1))
    make_article("Undated", published=None)
    make_article("New", published=date(2024, 5, 1))
    assert titles(client.get(list_url())) == ["New", "Old", "Undated"]


def test_it_filters_by_person(client, archive):
    response = client.get(list_url(f"?person={archive['ada'].slug}"))
    assert sorted(titles(response)) == ["Ada and Bob in France", "Ada in Japan"]
    assert response.context["person"] == archive["ada"]
    assert "Clear the person filter" in response.text


def test_filters_combine(client, archive):
    query = f"?person={archive['ada'].slug}&country={archive['japan'].slug}"
    assert titles(client.get(list_url(query))) == ["Ada in Japan"]
    query = f"?person={archive['ada'].slug}&outlet={archive['daily'].slug}"
    assert titles(client.get(list_url(query))) == ["Ada and Bob in France"]


def test_a_person_mentioned_twice_lists_the_article_once(client, archive):
    article = make_article("Twice", "Bob Marley and again Bob Marley.")
    (
        mention_person(article, archive["bob"]),
        mention_person(article, archive["bob"], occurrence=1),
    )
    assert (
        titles(client.get(list_url(f"?person={archive['bob'].slug}"))).count("Twice")
        == 1
    )


def test_clearing_one_filter_keeps_the_others(client, archive):
    query = f"?person={archive['ada'].slug}&country={archive['japan'].slug}"
    response = client.get(list_url(query))
    assert f'href="?country={archive["japan"].slug}"' in response.text


def test_an_unknown_filter_slug_is_a_404(client):
    assert client.get(list_url("?person=nobody-at-all")).status_code == 404


@pytest.mark.parametrize("page", ["abc", "0", "-1", "999", ""])
def test_a_bad_page_number_shows_a_page_rather_than_an_error(client, page):
    make_article("Only one")
    response = client.get(list_url(f"?page={page}"))
    assert response.status_code == 200
    assert titles(response) == ["Only one"]


def test_the_article_page_links_names_and_highlights_quotes(client):
    ada, france = make_person("Ada Lovelace"), country("FR")
    article = make_article(
        "A visit",
        'Ada Lovelace arrived.\n\nShe said: "France is lovely." Then she left.',
        byline="Jo Reporter",
        credits="With reporting by Wires",
        url="https://news.example/visit",
    )
    mention_person(article, ada), mention_country(article, france)
    quote = make_quote(article, "France is lovely.", speaker=ada)
    response = client.get(article.get_absolute_url())
    body = response.text
    assert body.count("<p>") >= 2
    assert f'href="{ada.get_absolute_url()}">Ada Lovelace</a>' in body
    assert f'<mark class="quote" id="quote-{quote.pk}" title="Said by Ada' in body
    assert f'href="{france.get_absolute_url()}">France</a> is lovely.</mark>' in body
    assert 'class="quote-speaker"' in body
    assert "Jo Reporter" in body and "With reporting by Wires" in body
    assert 'href="https://news.example/visit" rel="noopener nofollow"' in body


def test_a_source_url_that_is_not_http_is_shown_but_not_linked(client):
    article = make_article("Sneaky", url="javascript:alert(1)")
    response = client.get(article.get_absolute_url())
    assert 'href="javascript' not in response.text
    assert "javascript:alert(1)" in response.text


def test_hostile_title_body_and_names_render_as_text(client):
    villain = make_person(f"Eve {XSS}")
    article = make_article(f"Title {XSS}", f'Body {XSS} and Eve {XSS} spoke: "{XSS}"')
    mention_person(article, villain, f"Eve {XSS}")
    make_quote(article, XSS, speaker=villain)
    for url in [
        article.get_absolute_url(),
        villain.get_absolute_url(),
        list_url(),
        reverse("articles:home"),
        reverse("articles:quote_list"),
    ]:
        response = client.get(url)
        assert XSS not in response.text, url
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text, url


def test_offsets_broken_by_an_edit_do_not_break_the_page(client):
    from articles.models import PersonMention, Quote

    ada = make_person("Ada Lovelace")
    article = make_article("Edited", "Ada Lovelace spoke.")
    PersonMention.objects.create(article=article, person=ada, start=3, end=9000)
    PersonMention.objects.create(article=article, person=ada, start=0, end=12)
    PersonMention.objects.create(article=article, person=ada, start=5, end=15)
    Quote.objects.create(article=article, speaker=ada, text="x", start=10, end=2)
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert response.text.count('class="mention mention-person"') == 1


def test_related_articles_rank_by_people_in_common(client):
    ada, bob, cy = (
        make_person("Ada One"),
        make_person("Bob Two"),
        make_person("Cy Three"),
    )
    main = make_article("Main", "Ada One, Bob Two and Cy Three.")
    two = make_article("Two in common", "Ada One, Bob Two.")
    one = make_article("One in common", "Cy Three.")
    make_article("None in common", "Nobody.")
    for person in (ada, bob, cy):
        mention_person(main, person)
    mention_person(two, ada), mention_person(two, bob), mention_person(one, cy)
    related = client.get(main.get_absolute_url()).context["related_articles"]
    assert [a.title for a in related] == ["Two in common", "One in common"]


def test_an_unknown_article_is_a_404_with_our_page(client):
    response = client.get(reverse("articles:article_detail", args=["no-such-article"]))
    assert response.status_code == 404
    assert "Back to the front page" in response.text


def test_the_list_offers_the_outlets_as_filters_largest_first(client, archive):
    outlets = client.get(list_url()).context["outlets"]
    assert [(o.name, o.article_count) for o in outlets] == [
        ("The Daily", 2),
        ("The Weekly", 1),
    ]


def test_the_next_page_link_keeps_the_filters(client):
    outlet = make_outlet("The Daily")
    for i in range(21):
        make_article(f"Story {i}", outlet=outlet)
    response = client.get(list_url(f"?outlet={outlet.slug}"))
    assert f'href="?outlet={outlet.slug}&amp;page=2"' in response.text
