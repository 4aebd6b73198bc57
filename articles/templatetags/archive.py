"""Template helpers for the public pages."""

from urllib.parse import urlsplit

from django import template

register = template.Library()


@register.filter
def web_url(value):
    """The URL when it is http(s), else "": a javascript: URL must never be a link."""
    if not value:
        return ""
    try:
        scheme = urlsplit(str(value).strip()).scheme.lower()
    except ValueError:
        return ""
    return str(value).strip() if scheme in ("http", "https") else ""
