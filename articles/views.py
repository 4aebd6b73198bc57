"""The public pages. Each view asks one QuerySet method per list it shows, builds one
context dict and renders it; none issues a query per row."""

from collections import Counter

from django.core.paginator import Paginator
from django.shortcuts import get_object_or_404, render

from articles.models import Article, Country, Outlet, Person, Quote
from articles.rendering import article_body_html

ARTICLES_PER_PAGE = 20
PEOPLE_PER_PAGE = 50
QUOTES_PER_PAGE = 25
# Detail pages show this many rows of each list and link to the full, paginated list.
DETAIL_LIST_LIMIT = 20
TOP_LIMIT = 10
HOME_ARTICLES = 6
HOME_QUOTES = 5
SEARCH_LIMIT = 25
# Longer queries are cut: each word costs a LIKE over every body.
SEARCH_MAX_WORDS = 8


def _page(request, queryset, per_page):
    """The requested page; a missing, bad or too-large number gives the nearest page."""
    return Paginator(queryset, per_page).get_page(request.GET.get("page"))


def _filter_object(request, model, param):
    """The object named by ?param=<slug>, None when absent; unknown slugs are a 404."""
    slug = request.GET.get(param, "").strip()
    if not slug:
        return None
    return get_object_or_404(model, slug=slug)


def home(request):
    context = {
        "latest_articles": Article.objects.for_list()[:HOME_ARTICLES],
        "top_people": Person.objects.most_mentioned().filter(article_count__gt=0)[
            :TOP_LIMIT
        ],
        "top_countries": Country.objects.most_mentioned().filter(article_count__gt=0)[
            :TOP_LIMIT
        ],
        "latest_quotes": Quote.objects.for_list()[:HOME_QUOTES],
    }
    return render(request, "articles/home.html", context)


def article_list(request):
    person = _filter_object(request, Person, "person")
    country = _filter_object(request, Country, "country")
    outlet = _filter_object(request, Outlet, "outlet")
    articles = Article.objects.filtered(person=person, country=country, outlet=outlet)
    context = {
        "page": _page(request, articles.for_list(), ARTICLES_PER_PAGE),
        "person": person,
        "country": country,
        "outlet": outlet,
        "is_filtered": any((person, country, outlet)),
        "outlets": Outlet.objects.largest()[:TOP_LIMIT],
    }
    return render(request, "articles/article_list.html", context)


def _mentioned(mentions, attribute):
    """The distinct people (or countries) of some mentions, most mentioned first,
    each with `.mention_count` set: the mentions are prefetched, so no query."""
    counts = Counter(getattr(m, attribute) for m in mentions)
    entities = sorted(counts, key=lambda e: (-counts[e], e.name))
    for entity in entities:
        entity.mention_count = counts[entity]
    return entities


def article_detail(request, slug):
    article = get_object_or_404(Article.objects.for_detail(), slug=slug)
    context = {
        "article": article,
        "paragraphs": article_body_html(article),
        "people": _mentioned(article.person_mentions.all(), "person"),
        "countries": _mentioned(article.country_mentions.all(), "country"),
        "quotes": article.quotes.all(),
        "related_articles": Article.objects.related_to(article)[:5],
    }
    return render(request, "articles/article_detail.html", context)


def person_list(request):
    context = {"page": _page(request, Person.objects.most_mentioned(), PEOPLE_PER_PAGE)}
    return render(request, "articles/person_list.html", context)


def person_detail(request, slug):
    person = get_object_or_404(Person.objects.for_detail(), slug=slug)
    quotes = Quote.objects.for_list().filter(speaker=person)
    articles = Article.objects.mentioning_person(person).for_list()
    context = {
        "person": person,
        "quotes": quotes[:DETAIL_LIST_LIMIT],
        "articles": articles[:DETAIL_LIST_LIMIT],
        "people_alongside": Person.objects.mentioned_alongside(person)[:TOP_LIMIT],
        "countries_alongside": Country.objects.mentioned_alongside(person)[:TOP_LIMIT],
    }
    return render(request, "articles/person_detail.html", context)


def country_list(request):
    countries = list(Country.objects.most_mentioned())
    context = {
        "countries": [c for c in countries if c.article_count],
        "unmentioned_countries": [c for c in countries if not c.article_count],
    }
    return render(request, "articles/country_list.html", context)


def country_detail(request, slug):
    country = get_object_or_404(Country.objects.with_counts(), slug=slug)
    articles = Article.objects.mentioning_country(country).for_list()
    context = {
        "country": country,
        "articles": articles[:DETAIL_LIST_LIMIT],
        "people": Person.objects.mentioned_in_country_articles(country)[:TOP_LIMIT],
    }
    return render(request, "articles/country_detail.html", context)


def quote_list(request):
    speaker = _filter_object(request, Person, "speaker")
    quotes = Quote.objects.for_list()
    if speaker is not None:
        quotes = quotes.filter(speaker=speaker)
    context = {
        "page": _page(request, quotes, QUOTES_PER_PAGE),
        "speaker": speaker,
        "speakers": Person.objects.most_quoted()[:TOP_LIMIT],
    }
    return render(request, "articles/quote_list.html", context)


def search(request):
    query = request.GET.get("q", "").strip()
    words = query.split()[:SEARCH_MAX_WORDS]
    context = {"query": query, "searched": bool(words), "limit": SEARCH_LIMIT}
    if words:
        # Lists are evaluated here so that the template can test them for emptiness
        # without a second query each.
        context["articles"] = list(
            Article.objects.search(words).for_list()[:SEARCH_LIMIT]
        )
        context["people"] = list(Person.objects.search(words)[:SEARCH_LIMIT])
        context["quotes"] = list(Quote.objects.for_list().search(words)[:SEARCH_LIMIT])
    return render(request, "articles/search.html", context)
