"""Merging people: in the admin (with a confirmation page) and the merge itself."""

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.contrib.auth.models import User
from django.urls import reverse

from articles.merging import default_person_to_keep, merge_people
from articles.models import Person, PersonAlias, PersonMention, Quote
from tests.factories import (
    make_alias,
    make_article,
    make_person,
    make_quote,
    mention_person,
)

pytestmark = pytest.mark.django_db

CHANGELIST = "admin:articles_person_changelist"


@pytest.fixture
def staff_client(client):
    client.force_login(
        User.objects.create(username="editor", is_staff=True, is_superuser=True)
    )
    return client


@pytest.fixture
def putins():
    """One man found under two records, the short form the less mentioned."""
    full, short = (
        make_person("Vladimir Putin"),
        make_person("Putin", description="Leader"),
    )
    make_alias(short, "V. Putin")
    first = make_article("First", 'Vladimir Putin spoke. Putin said "no".')
    second = make_article("Second", "Vladimir Putin and Putin again.")
    (
        mention_person(first, full),
        mention_person(second, full),
        mention_person(second, short),
    )
    mention_person(first, short, "Putin", occurrence=1)
    make_quote(first, "no", speaker=short)
    return full, short


def test_it_moves_mentions_quotes_and_aliases_then_deletes_the_others(putins):
    full, short = putins
    result = merge_people(full, [short])
    assert not Person.objects.filter(pk=short.pk).exists()
    assert PersonMention.objects.filter(person=full).count() == 4
    assert Quote.objects.get().speaker == full
    assert set(full.aliases.values_list("name", flat=True)) == {"Putin", "V. Putin"}
    assert (result.mentions_moved, result.quotes_moved) == (2, 1)
    assert result.aliases_added == ["Putin"]


def test_the_kept_person_inherits_a_description_it_lacked(putins):
    full, short = putins
    merge_people(full, [short])
    full.refresh_from_db()
    assert full.description == "Leader"


def test_a_merged_name_already_an_alias_of_someone_else_is_left_and_reported():
    keep, other, third = (
        make_person("Ann Lee"),
        make_person("A. Lee"),
        make_person("Al Lee"),
    )
    make_alias(third, "A. Lee")
    result = merge_people(keep, [other])
    assert result.aliases_skipped == ["A. Lee"]
    assert PersonAlias.objects.get(name="A. Lee").person == third
    assert not Person.objects.filter(pk=other.pk).exists()


def test_an_alias_equal_to_the_kept_name_is_dropped():
    keep, other = make_person("Ann Lee"), make_person("Annie")
    make_alias(other, "Ann Lee")
    merge_people(keep, [other])
    assert list(keep.aliases.values_list("name", flat=True)) == ["Annie"]


def test_the_same_name_twice_is_not_recorded_as_an_alias():
    keep, twin = make_person("Ann Lee"), make_person("Ann Lee")
    merge_people(keep, [twin])
    assert not keep.aliases.exists() and Person.objects.count() == 1


def test_the_most_mentioned_person_is_offered_as_the_one_to_keep(putins):
    full, short = putins
    make_quote(make_article("Third", 'Putin said "yes".'), "yes", speaker=short)
    assert default_person_to_keep([short, full]) == full


def test_a_failed_merge_leaves_everything_as_it_was(putins, monkeypatch):
    full, short = putins

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("articles.merging._inherit_description", explode)
    with pytest.raises(RuntimeError):
        merge_people(full, [short])
    assert Person.objects.filter(pk=short.pk).exists()
    assert PersonMention.objects.filter(person=short).count() == 2
    assert not PersonAlias.objects.filter(name="Putin").exists()


def test_the_admin_action_asks_which_person_to_keep(staff_client, putins):
    full, short = putins
    response = staff_client.post(
        reverse(CHANGELIST),
        {"action": "merge_selected_people", ACTION_CHECKBOX_NAME: [full.pk, short.pk]},
    )
    assert response.status_code == 200
    assert response.context["default_keep"] == full
    assert f'value="{full.pk}" id="keep-{full.pk}" checked' in response.text
    assert Person.objects.count() == 2  # nothing merged before confirmation


def test_the_admin_action_merges_into_the_chosen_person(staff_client, putins):
    full, short = putins
    response = staff_client.post(
        reverse(CHANGELIST),
        {
            "action": "merge_selected_people",
            ACTION_CHECKBOX_NAME: [full.pk, short.pk],
            "confirm": "yes",
            "keep": short.pk,
        },
        follow=True,
    )
    assert list(Person.objects.all()) == [short]
    assert "Merged Vladimir Putin into Putin" in response.text
    assert PersonAlias.objects.get(name="Vladimir Putin").person == short
    # The public page shows the merge at once.
    public = staff_client.get(short.get_absolute_url())
    assert public.context["person"].article_count == 2


def test_the_admin_action_needs_two_people(staff_client, putins):
    full, _ = putins
    response = staff_client.post(
        reverse(CHANGELIST),
        {"action": "merge_selected_people", ACTION_CHECKBOX_NAME: [full.pk]},
        follow=True,
    )
    assert "Select at least two people" in response.text
    assert Person.objects.count() == 2
