from django.http import HttpResponse


def _placeholder(request, slug=None):
    return HttpResponse("")


home = article_list = article_detail = person_list = person_detail = _placeholder
country_list = country_detail = quote_list = search = _placeholder
