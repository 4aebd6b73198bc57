"""Test data built straight with the ORM, offsets found in the body the test wrote.

`mention_person(article, person, "Putin")` finds "Putin" in the body so that tests
read as the sentences they are about, never as offset arithmetic.
"""

import hashlib
import itertools
from datetime import date, timedelta

from django.utils.text import slugify

from articles.models import (
    Article,
    Country,
    CountryMention,
    Outlet,
    Person,
    PersonAlias,
    PersonMention,
    Quote,
)

_serial = itertools.count(1)


def _unique_slug(text):
    return f"{slugify(text)[:200] or 'item'}-{next(_serial)}"


def make_outlet(name="Daily Example"):
    return Outlet.objects.create(name=name, slug=_unique_slug(name))


def make_article(title="An article", body="Nothing happened.", **fields):
    fields.setdefault("published", date(2024, 1, 1))
    content_hash = hashlib.sha256(f"{title}{body}{next(_serial)}".encode()).hexdigest()
    return Article.objects.create(
        title=title,
        slug=fields.pop("slug", None) or _unique_slug(title),
        body=body,
        source_bytes=body.encode(),
        content_hash=content_hash,
        **fields,
    )


def make_person(name="Ada Example", **fields):
    slug = fields.pop("slug", None) or _unique_slug(name)
    return Person.objects.create(name=name, slug=slug, **fields)


def make_alias(person, name):
    return PersonAlias.objects.create(person=person, name=name)


def country(iso2):
    """A country from the 249 the migration loads."""
    return Country.objects.get(iso2=iso2)


def _span(article, words, occurrence=0):
    start = -1
    for _ in range(occurrence + 1):
        start = article.body.index(words, start + 1)
    return start, start + len(words)


def mention_person(article, person, words=None, occurrence=0):
    start, end = _span(article, words or person.name, occurrence)
    return PersonMention.objects.create(
        article=article, person=person, start=start, end=end
    )


def mention_country(article, country, words=None, occurrence=0):
    start, end = _span(article, words or country.name, occurrence)
    return CountryMention.objects.create(
        article=article, country=country, start=start, end=end
    )


def make_quote(article, words, speaker=None):
    start, end = _span(article, words)
    return Quote.objects.create(
        article=article, speaker=speaker, text=words, start=start, end=end
    )


def build_archive(size, prefix="Story"):
    """`size` articles, each naming two people of a pool and two countries; one quote.

    People recur across articles, so that related articles, people mentioned together
    and country pages all have rows to show: enough to expose a query per row.
    """
    outlet = make_outlet(f"{prefix} Outlet {next(_serial)}")
    people = [make_person(f"{prefix} Person {i:04d}") for i in range(max(3, size // 2))]
    for person in people[:2]:
        make_alias(person, f"{person.name} alias {next(_serial)}")
    countries = list(Country.objects.order_by("iso2")[: max(3, size)])
    articles = []
    for i in range(size):
        first, second = people[i % len(people)], people[(i + 1) % len(people)]
        here, there = countries[i % len(countries)], countries[(i + 2) % len(countries)]
        body = (
            f"{first.name} met {second.name} in {here.name}.\n\n"
            f'{first.name} said: "We spoke about {there.name} for an hour."\n\n'
            f"{second.name} did not comment."
        )
        article = make_article(
            f"{prefix} number {i}",
            body,
            outlet=outlet,
            published=date(2024, 1, 1) + timedelta(days=i),
            byline="A. Reporter",
        )
        mention_person(article, first)
        mention_person(article, second)
        mention_person(article, first, occurrence=1)
        mention_person(article, second, occurrence=1)
        mention_country(article, here)
        mention_country(article, there)
        make_quote(article, f"We spoke about {there.name} for an hour.", speaker=first)
        articles.append(article)
    return articles
