"""One QuerySet method per page: each fetches what its page shows in a fixed number of
queries.

Counts over mention tables are correlated subqueries rather than joins, so that two
counts on one row never multiply each other and a list page stays one query however
many mentions the archive holds. Models are looked up through `apps.get_model`
because models.py imports this module.
"""

from functools import reduce
from operator import and_

from django.apps import apps
from django.db import models
from django.db.models import Count, Exists, F, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce, Substr

# How much of the body the article lists show under each title.
LEDE_CHARS = 280


def _model(name):
    return apps.get_model("articles", name)


def count_per(model_name, outer_field, counted, **filters):
    """A subquery counting the distinct `counted` values of rows about the outer row.

    count_per("PersonMention", "person", "article") is "how many articles mention this
    person"; 0 (not NULL) when there are none, so it sorts and displays plainly.
    """
    rows = (
        _model(model_name)
        .objects.filter(**{outer_field: OuterRef("pk")}, **filters)
        .order_by()
        .values(outer_field)
        .annotate(n=Count(counted, distinct=True))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=models.IntegerField()), 0)


def all_words(words, *lookups):
    """A Q that every word matches in at least one of `lookups` (icontains)."""
    per_word = [
        reduce(
            lambda a, b: a | b, [Q(**{f"{lookup}__icontains": w}) for lookup in lookups]
        )
        for w in words
    ]
    return reduce(and_, per_word, Q())


class OutletQuerySet(models.QuerySet):
    def with_counts(self):
        return self.annotate(article_count=count_per("Article", "outlet", "pk"))

    def largest(self):
        return (
            self.with_counts()
            .filter(article_count__gt=0)
            .order_by("-article_count", "name")
        )


class ArticleQuerySet(models.QuerySet):
    def for_list(self):
        """Articles as list rows: outlet, a lede and how many people and quotes."""
        return (
            self.select_related("outlet")
            .defer("body", "source_bytes")
            .annotate(
                lede=Substr("body", 1, LEDE_CHARS),
                people_count=count_per("PersonMention", "article", "person"),
                quote_count=count_per("Quote", "article", "pk"),
            )
        )

    def for_detail(self):
        """One article with every mention and quote it needs to render its body."""
        person_mentions = _model("PersonMention").objects.select_related("person")
        country_mentions = _model("CountryMention").objects.select_related("country")
        quotes = _model("Quote").objects.select_related("speaker")
        return (
            self.select_related("outlet")
            .defer("source_bytes")
            .prefetch_related(
                Prefetch("person_mentions", queryset=person_mentions),
                Prefetch("country_mentions", queryset=country_mentions),
                Prefetch("quotes", queryset=quotes),
            )
        )

    def mentioning_person(self, person):
        mentions = _model("PersonMention").objects.filter(
            person=person, article=OuterRef("pk")
        )
        return self.filter(Exists(mentions))

    def mentioning_country(self, country):
        mentions = _model("CountryMention").objects.filter(
            country=country, article=OuterRef("pk")
        )
        return self.filter(Exists(mentions))

    def filtered(self, *, person=None, country=None, outlet=None):
        """The article list narrowed by any of its three filters (None: no filter)."""
        articles = self
        if person is not None:
            articles = articles.mentioning_person(person)
        if country is not None:
            articles = articles.mentioning_country(country)
        if outlet is not None:
            articles = articles.filter(outlet=outlet)
        return articles

    def related_to(self, article):
        """Other articles ranked by how many people they share with `article`."""
        people = (
            _model("PersonMention").objects.filter(article=article).values("person")
        )
        return (
            self.exclude(pk=article.pk)
            .filter(person_mentions__person__in=people)
            .annotate(shared_people=Count("person_mentions__person", distinct=True))
            .select_related("outlet")
            .defer("body", "source_bytes")
            .order_by("-shared_people", F("published").desc(nulls_last=True), "-id")
        )

    def search(self, words):
        return self.filter(all_words(words, "title", "body"))


class PersonQuerySet(models.QuerySet):
    def with_counts(self):
        """People with the number of articles that mention them and of their quotes."""
        return self.annotate(
            article_count=count_per("PersonMention", "person", "article"),
            quote_count=count_per("Quote", "speaker", "pk"),
        )

    def most_mentioned(self):
        return self.with_counts().order_by("-article_count", "name")

    def most_quoted(self):
        return (
            self.with_counts()
            .filter(quote_count__gt=0)
            .order_by("-quote_count", "name")
        )

    def for_detail(self):
        return self.with_counts().prefetch_related("aliases")

    def mentioned_alongside(self, person):
        """Other people ranked by the number of articles they share with `person`."""
        articles = (
            _model("PersonMention").objects.filter(person=person).values("article")
        )
        return (
            self.exclude(pk=person.pk)
            .filter(mentions__article__in=articles)
            .annotate(shared_articles=Count("mentions__article", distinct=True))
            .order_by("-shared_articles", "name")
        )

    def mentioned_in_country_articles(self, country):
        """People ranked by the number of articles about `country` that mention them."""
        articles = (
            _model("CountryMention").objects.filter(country=country).values("article")
        )
        return (
            self.filter(mentions__article__in=articles)
            .annotate(shared_articles=Count("mentions__article", distinct=True))
            .order_by("-shared_articles", "name")
        )

    def search(self, words):
        """People whose name or one of whose aliases holds each word."""
        aliases = _model("PersonAlias").objects.filter(person=OuterRef("pk"))
        per_word = [
            Q(name__icontains=w) | Exists(aliases.filter(name__icontains=w))
            for w in words
        ]
        return (
            self.filter(reduce(and_, per_word, Q()))
            .with_counts()
            .order_by("-article_count", "name")
        )


class CountryQuerySet(models.QuerySet):
    def with_counts(self):
        return self.annotate(
            article_count=count_per("CountryMention", "country", "article")
        )

    def most_mentioned(self):
        return self.with_counts().order_by("-article_count", "name")

    def mentioned_alongside(self, person):
        """Countries ranked by the number of articles they share with `person`."""
        articles = (
            _model("PersonMention").objects.filter(person=person).values("article")
        )
        return (
            self.filter(mentions__article__in=articles)
            .annotate(shared_articles=Count("mentions__article", distinct=True))
            .order_by("-shared_articles", "name")
        )


class QuoteQuerySet(models.QuerySet):
    def for_list(self):
        """Quotes newest article first, each with its speaker, article and outlet."""
        return (
            self.select_related("speaker", "article__outlet")
            .defer("article__body", "article__source_bytes")
            .order_by(
                F("article__published").desc(nulls_last=True),
                "-article__imported_at",
                "-article_id",
                "start",
            )
        )

    def search(self, words):
        return self.filter(all_words(words, "text"))
