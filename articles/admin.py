"""The admin where staff correct what the importer found.

Lists count through annotations in get_queryset (one query a page); foreign keys use
autocompletes, since a select of every person or article would be enormous. Nothing
is cached, so a correction shows on the public pages at once.
"""

from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.db import models
from django.db.models import F, Value
from django.db.models.functions import Greatest, Substr
from django.template.response import TemplateResponse
from django.utils.text import Truncator

from articles.merging import default_person_to_keep, merge_people
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
from articles.querysets import count_per

# The body text a mention points at, cut out by the database so that checking the
# offsets by eye costs neither a query per row nor a copy of the body per row.
_WORDS_IN_BODY = Substr(
    "article__body", F("start") + 1, Greatest(F("end") - F("start"), Value(0))
)


class WithoutArticleTextMixin:
    """List rows name their article: fetch its title, not its body and page bytes."""

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .defer("article__body", "article__source_bytes")
        )


class MentionInline(admin.TabularInline):
    """Mentions shown with the words they point at; offsets editable, rows deletable.

    Who is mentioned is read-only here: an article has dozens of mentions, and an
    autocomplete per row costs a query per row. Change it on the mention's own page.
    """

    fields = ["entity", "start", "end", "words"]
    readonly_fields = ["entity", "words"]
    extra = 0
    show_change_link = True
    entity_field = ""

    def has_add_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            # The row's title names the article: fetch it with the row, sans text.
            .select_related("article", self.entity_field)
            .defer("article__body", "article__source_bytes")
            .annotate(words_in_body=_WORDS_IN_BODY)
        )

    @admin.display(description="words in the body")
    def words(self, mention):
        return Truncator(getattr(mention, "words_in_body", "")).chars(80)


class PersonMentionInline(MentionInline):
    model = PersonMention
    entity_field = "person"

    @admin.display(description="person")
    def entity(self, mention):
        return mention.person.name


class CountryMentionInline(MentionInline):
    model = CountryMention
    entity_field = "country"

    @admin.display(description="country")
    def entity(self, mention):
        return mention.country.name


class LabelledAutocompleteSelect(AutocompleteSelect):
    """An autocomplete that labels its chosen option from `labels` (pk -> label),
    given beforehand, rather than by a query of its own: Django's asks the
    database once per field, so once per quote of an article."""

    labels: dict[str, str] | None = None

    def optgroups(self, name, value, attr=None):
        empty = self.choices.field.empty_values
        chosen = [str(v) for v in value if str(v) not in empty]
        if self.labels is None or not set(chosen) <= self.labels.keys():
            return super().optgroups(name, value, attr)
        options = []
        if not self.is_required:
            options.append(self.create_option(name, "", "", False, 0))
        for pk in chosen:
            options.append(
                self.create_option(name, pk, self.labels[pk], set(chosen), len(options))
            )
        return [(None, options, 0)]


class QuoteInline(admin.StackedInline):
    """Quotes with their speaker editable: correcting who said what is the usual fix.

    The speakers' names are read in one query for all the quotes of the article
    (LabelledAutocompleteSelect), not one per quote.
    """

    model = Quote
    fields = [("speaker", "attributed_to", "start", "end"), "text"]
    autocomplete_fields = ["speaker"]
    extra = 0

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "speaker":
            kwargs["widget"] = LabelledAutocompleteSelect(db_field, self.admin_site)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        if obj is not None:
            speakers = Person.objects.filter(quotes__article=obj).distinct()
            select = formset.form.base_fields["speaker"].widget.widget
            select.labels = {str(person.pk): str(person) for person in speakers}
        return formset

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("article", "speaker")
            .defer("article__body", "article__source_bytes")
        )

    formfield_overrides = {
        models.TextField: {
            "widget": admin.widgets.AdminTextareaWidget(attrs={"rows": 2})
        }
    }


@admin.register(Outlet)
class OutletAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "article_count"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(article_count=models.Count("articles"))
        )

    @admin.display(ordering="article_count", description="articles")
    def article_count(self, outlet):
        return outlet.article_count


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = ["title", "outlet", "published", "people_count", "quote_count"]
    list_filter = ["outlet", "published", "imported_at"]
    list_select_related = ["outlet"]
    search_fields = ["title", "url", "byline"]
    date_hierarchy = "published"
    autocomplete_fields = ["outlet"]
    # A URL typed without a scheme means https (Django 6's default; no warning now).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    prepopulated_fields = {"slug": ["title"]}
    readonly_fields = ["content_hash", "source_name", "imported_at", "updated_at"]
    fieldsets = [
        (
            None,
            {"fields": ["title", "slug", "outlet", "published", "byline", "credits"]},
        ),
        ("Text", {"fields": ["body"]}),
        (
            "Source",
            {
                "fields": [
                    "url",
                    "source_name",
                    "content_hash",
                    "imported_at",
                    "updated_at",
                ]
            },
        ),
    ]
    inlines = [QuoteInline, PersonMentionInline, CountryMentionInline]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .defer("source_bytes")
            .annotate(
                people_count=count_per("PersonMention", "article", "person"),
                quote_count=count_per("Quote", "article", "pk"),
            )
        )

    @admin.display(ordering="people_count", description="people")
    def people_count(self, article):
        return article.people_count

    @admin.display(ordering="quote_count", description="quotes")
    def quote_count(self, article):
        return article.quote_count


class PersonAliasInline(admin.TabularInline):
    model = PersonAlias
    extra = 1


class CountListFilter(admin.SimpleListFilter):
    """Yes / no on a count the admin's get_queryset annotates."""

    counted = ""
    labels = ("", "")

    def lookups(self, request, model_admin):
        return [("yes", self.labels[0]), ("no", self.labels[1])]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(**{f"{self.counted}__gt": 0})
        if self.value() == "no":
            return queryset.filter(**{self.counted: 0})
        return queryset


class HasQuotesFilter(CountListFilter):
    title = "quoted"
    parameter_name = "quoted"
    counted = "quote_count"
    labels = ("Has quotes", "No quotes")


class InArticlesFilter(CountListFilter):
    title = "mentioned"
    parameter_name = "mentioned"
    counted = "article_count"
    labels = ("In some article", "In no article")


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "description", "article_count", "quote_count"]
    list_filter = [InArticlesFilter, HasQuotesFilter]
    search_fields = ["name", "aliases__name", "description"]
    prepopulated_fields = {"slug": ["name"]}
    inlines = [PersonAliasInline]
    actions = ["merge_selected_people"]

    def get_queryset(self, request):
        return super().get_queryset(request).with_counts()

    @admin.display(ordering="article_count", description="articles")
    def article_count(self, person):
        return person.article_count

    @admin.display(ordering="quote_count", description="quotes")
    def quote_count(self, person):
        return person.quote_count

    @admin.action(description="Merge selected people", permissions=["change", "delete"])
    def merge_selected_people(self, request, queryset):
        """Ask which person to keep, then merge the others into them."""
        people = list(queryset.order_by("name"))
        if len(people) < 2:
            self.message_user(
                request, "Select at least two people to merge.", messages.WARNING
            )
            return None
        if request.POST.get("confirm") == "yes":
            return self._merge_confirmed(request, people)
        return self._merge_confirmation(request, people)

    def _merge_confirmed(self, request, people):
        keep = next((p for p in people if str(p.pk) == request.POST.get("keep")), None)
        if keep is None:
            self.message_user(request, "Choose the person to keep.", messages.ERROR)
            return self._merge_confirmation(request, people)
        result = merge_people(keep, [p for p in people if p.pk != keep.pk])
        self.message_user(
            request,
            f"Merged {', '.join(result.merged_names)} into {keep.name}: "
            f"{result.mentions_moved} mentions and {result.quotes_moved} quotes moved.",
            messages.SUCCESS,
        )
        if result.aliases_skipped:
            self.message_user(
                request,
                "Not recorded as aliases, because they already name someone else: "
                + ", ".join(result.aliases_skipped),
                messages.WARNING,
            )
        return None

    def _merge_confirmation(self, request, people):
        candidates = self.get_queryset(request).filter(pk__in=[p.pk for p in people])
        context = {
            **self.admin_site.each_context(request),
            "title": "Merge people",
            "opts": self.model._meta,
            "people": candidates.prefetch_related("aliases"),
            "default_keep": default_person_to_keep(people),
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(
            request, "admin/articles/person/merge_confirmation.html", context
        )


@admin.register(PersonAlias)
class PersonAliasAdmin(admin.ModelAdmin):
    list_display = ["name", "person"]
    list_select_related = ["person"]
    search_fields = ["name", "person__name"]
    autocomplete_fields = ["person"]


@admin.register(Country)
class CountryAdmin(admin.ModelAdmin):
    list_display = ["name", "iso2", "article_count"]
    list_filter = [InArticlesFilter]
    search_fields = ["name", "iso2"]
    readonly_fields = ["iso2"]

    def get_queryset(self, request):
        return super().get_queryset(request).with_counts()

    @admin.display(ordering="article_count", description="articles")
    def article_count(self, country):
        return country.article_count


@admin.register(PersonMention)
class PersonMentionAdmin(WithoutArticleTextMixin, admin.ModelAdmin):
    list_display = ["person", "article", "start", "end"]
    list_select_related = ["person", "article"]
    search_fields = ["person__name", "article__title"]
    autocomplete_fields = ["person", "article"]


@admin.register(CountryMention)
class CountryMentionAdmin(WithoutArticleTextMixin, admin.ModelAdmin):
    list_display = ["country", "article", "start", "end"]
    list_select_related = ["country", "article"]
    list_filter = ["country"]
    search_fields = ["country__name", "article__title"]
    autocomplete_fields = ["country", "article"]


@admin.register(Quote)
class QuoteAdmin(WithoutArticleTextMixin, admin.ModelAdmin):
    list_display = ["short_text", "speaker", "attributed_to", "article"]
    list_select_related = ["speaker", "article"]
    list_filter = [("speaker", admin.EmptyFieldListFilter)]
    search_fields = ["text", "speaker__name", "attributed_to", "article__title"]
    autocomplete_fields = ["speaker", "article"]

    @admin.display(description="quote")
    def short_text(self, quote):
        return Truncator(quote.text).chars(100)
