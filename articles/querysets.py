"""One QuerySet method per page: each fetches everything its page shows in a fixed number of queries."""
from django.db import models


class ArticleQuerySet(models.QuerySet):
    pass


class PersonQuerySet(models.QuerySet):
    pass


class CountryQuerySet(models.QuerySet):
    pass


class QuoteQuerySet(models.QuerySet):
    pass
