"""The archive: outlets, articles, people, countries, quotes, and where each is named.

Every mention and quote keeps character offsets into `Article.body`, so the article
page can show the body with names as links without searching the text again.
"""

from django.db import models
from django.urls import reverse

from articles.querysets import (
    ArticleQuerySet,
    CountryQuerySet,
    OutletQuerySet,
    PersonQuerySet,
    QuoteQuerySet,
)


class Outlet(models.Model):
    name = models.CharField(max_length=200, unique=True)
    slug = models.SlugField(max_length=220, unique=True)

    objects = OutletQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:article_list") + f"?outlet={self.slug}"


class Article(models.Model):
    title = models.CharField(max_length=500)
    slug = models.SlugField(max_length=220, unique=True)
    outlet = models.ForeignKey(
        Outlet,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="articles",
    )
    # Unique when known; several articles may have none (NULL, never "").
    url = models.URLField(
        "canonical URL", max_length=2000, null=True, blank=True, unique=True
    )
    published = models.DateField(null=True, blank=True, db_index=True)
    byline = models.CharField(max_length=500, blank=True)
    credits = models.CharField(max_length=500, blank=True)
    body = models.TextField()
    source_name = models.CharField("source file", max_length=1000, blank=True)
    # The page exactly as imported, so that a better extractor can run on it again.
    source_bytes = models.BinaryField(editable=False)
    content_hash = models.CharField(max_length=64, unique=True, editable=False)
    imported_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    people = models.ManyToManyField(
        "Person", through="PersonMention", related_name="articles", blank=True
    )
    countries = models.ManyToManyField(
        "Country", through="CountryMention", related_name="articles", blank=True
    )

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = [models.F("published").desc(nulls_last=True), "-imported_at", "-id"]
        indexes = [models.Index(fields=["-imported_at"])]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("articles:article_detail", args=[self.slug])


class Person(models.Model):
    name = models.CharField(max_length=200, db_index=True)
    slug = models.SlugField(max_length=220, unique=True)
    description = models.CharField(max_length=300, blank=True)

    objects = PersonQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:person_detail", args=[self.slug])


class PersonAlias(models.Model):
    """Another name a person was found under ("Putin"); later imports land on them."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="aliases")
    name = models.CharField(max_length=200, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "person aliases"

    def __str__(self):
        return self.name


class Country(models.Model):
    """An ISO 3166-1 country: reference data from a migration, never from an import."""

    name = models.CharField(max_length=200)
    iso2 = models.CharField("ISO code", max_length=2, unique=True)
    slug = models.SlugField(max_length=220, unique=True)

    objects = CountryQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "countries"

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:country_detail", args=[self.slug])


class PersonMention(models.Model):
    """One place in an article's body where a person is named."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="person_mentions"
    )
    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="mentions"
    )
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()

    class Meta:
        ordering = ["article", "start"]
        indexes = [models.Index(fields=["person", "article"])]

    def __str__(self):
        return f"{self.person} in {self.article} at {self.start}"


class CountryMention(models.Model):
    """One place in an article's body that stands for a country."""

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="country_mentions"
    )
    country = models.ForeignKey(
        Country, on_delete=models.CASCADE, related_name="mentions"
    )
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()

    class Meta:
        ordering = ["article", "start"]
        indexes = [models.Index(fields=["country", "article"])]

    def __str__(self):
        return f"{self.country} in {self.article} at {self.start}"


class Quote(models.Model):
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="quotes"
    )
    speaker = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.SET_NULL, related_name="quotes"
    )
    # Who the words are attributed to when that is no person in the archive:
    # an organisation ("the Kremlin", "federal prosecutors").
    attributed_to = models.CharField(max_length=200, blank=True)
    text = models.TextField()
    # Where the quoted words stand in the article body (quotation marks excluded).
    start = models.PositiveIntegerField()
    end = models.PositiveIntegerField()

    objects = QuoteQuerySet.as_manager()

    class Meta:
        ordering = ["article", "start"]

    def __str__(self):
        who = self.speaker.name if self.speaker_id else self.speaker_label
        return f"{who}: “{self.text[:60]}”"

    @property
    def speaker_label(self):
        """The speaker as shown when no person is linked."""
        return self.attributed_to or "Unknown speaker"

    def get_absolute_url(self):
        return self.article.get_absolute_url() + f"#quote-{self.pk}"
