"""Error pages: ours, not Django's, and they render without a request context."""

import pytest
from django.template.loader import render_to_string
from django.urls import reverse


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url",
    [
        "/no/such/page/",
        "/people/nobody/",
        "/countries/atlantis/",
        "/articles/?outlet=no-such-outlet",
    ],
)
def test_unknown_addresses_get_our_404_page(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert "Back to the front page" in response.text


def test_the_500_page_renders_with_an_empty_context():
    html = render_to_string("500.html")
    assert "Something went wrong" in html
    assert f'href="{reverse("articles:home")}"' in html
