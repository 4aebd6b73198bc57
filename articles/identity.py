"""Who is who across imports: unique slugs, and the person an extracted name stands for.

A person is found by exact name, then by a recorded alias. An article that names
someone only by a short form ("Putin") creates a person under that form; a later
article that names them in full ("Vladimir Putin", with "Putin" among its aliases)
lands on that same person and gives them the fuller name.
"""

from django.db import IntegrityError, transaction
from django.utils.text import slugify

from articles.extraction.types import PersonRef
from articles.models import Person, PersonAlias

# Room kept at the end of a slug for a "-N" suffix.
SLUG_SUFFIX_ROOM = 8
# How often a new row tries the next free slug when another import takes it first.
SLUG_ATTEMPTS = 5


def fit(model, field_name: str, value: str) -> str:
    """The value cut to the column's length: PostgreSQL refuses longer strings."""
    max_length = model._meta.get_field(field_name).max_length
    return value[:max_length]


def clean_text(value: str) -> str:
    """Text safe for every database: PostgreSQL refuses NUL characters.

    Replaced rather than removed, so that offsets into the body stay right.
    """
    return value.replace("\x00", "\ufffd")


def unique_slug(model, text: str, *, fallback: str) -> str:
    """A slug for `text` that no row of `model` has yet: base, base-2, base-3...

    `fallback` is the base when `text` has no letters slugify keeps ("Владимир").
    """
    max_length = model._meta.get_field("slug").max_length - SLUG_SUFFIX_ROOM
    base = slugify(text)[:max_length].strip("-") or fallback
    taken = set(
        model.objects.filter(slug__startswith=base).values_list("slug", flat=True)
    )
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def save_with_unique_slug(instance, text: str, *, fallback: str):
    """Saves a new row under the first free slug for `text`.

    Another import running at the same time may take that slug between the look-up
    and the insert: the unique constraint then fails inside a savepoint (so that the
    surrounding transaction stays usable on PostgreSQL) and the next slug is tried.
    """
    model = type(instance)
    attempts_left = SLUG_ATTEMPTS
    while True:
        instance.slug = unique_slug(model, text, fallback=fallback)
        try:
            with transaction.atomic():
                instance.save()
            return instance
        except IntegrityError:
            attempts_left -= 1
            slug_taken = model.objects.filter(slug=instance.slug).exists()
            if not attempts_left or not slug_taken:
                raise


def find_person(name: str) -> Person | None:
    """The person with this exact name, else the one who has it as an alias.

    A description ("the U.S. president-elect") is kept as an alias to show where
    the person was seen, but never identifies anyone: next year it is someone else.
    """
    person = Person.objects.filter(name=name).order_by("pk").first()
    if person is not None or is_description(name):
        return person
    alias = PersonAlias.objects.select_related("person").filter(name=name).first()
    return alias.person if alias is not None else None


def is_description(form: str) -> bool:
    """Whether a form is a description rather than a name: it starts in lower case."""
    return not form[:1].isupper()


def person_for(ref: PersonRef) -> Person:
    """The person `ref` names, created when nobody in the archive goes by its names.

    Every form `ref` was seen under is recorded as an alias of that person, unless
    it already is someone's alias or someone else's name. The role seen before the
    name ("Finance Minister") describes a person who has no description yet; one
    already there, perhaps written by staff, is kept.
    """
    name = fit(Person, "name", clean_text(ref.name.strip()))
    role = fit(Person, "description", clean_text(ref.role.strip()))
    person = find_person(name) or _known_by_short_form(name, ref.aliases)
    if person is None:
        new_person = Person(name=name, description=role)
        person = save_with_unique_slug(new_person, name, fallback="person")
    elif role and not person.description:
        person.description = role
        person.save(update_fields=["description"])
    record_aliases(person, [name, *ref.aliases])
    return person


def _known_by_short_form(name: str, aliases) -> Person | None:
    """A person stored under one of `aliases` as their name, renamed to `name`.

    Only names are searched here, not aliases: "Trump" as the alias of Donald
    Trump must not pull in "Melania Trump", whose aliases also hold "Trump".
    """
    forms = _distinct_forms(aliases)
    person = Person.objects.filter(name__in=forms).order_by("pk").first()
    if person is None:
        return None
    if _is_fuller(name, person.name):
        short_name = person.name
        person.name = name
        person.save(update_fields=["name"])
        record_aliases(person, [short_name])
    return person


def _is_fuller(name: str, short_name: str) -> bool:
    """Whether `name` holds every word of `short_name` and more ("Vladimir Putin")."""
    words, short_words = name.split(), short_name.split()
    return len(words) > len(short_words) and set(short_words) <= set(words)


def record_aliases(person: Person, forms) -> None:
    """Stores new forms as aliases; one already taken (alias or name) is left alone."""
    wanted = [form for form in _distinct_forms(forms) if form != person.name]
    if not wanted:
        return
    taken = set(
        PersonAlias.objects.filter(name__in=wanted).values_list("name", flat=True)
    )
    taken |= set(Person.objects.filter(name__in=wanted).values_list("name", flat=True))
    PersonAlias.objects.bulk_create(
        PersonAlias(person=person, name=form) for form in wanted if form not in taken
    )


def _distinct_forms(forms) -> list[str]:
    cleaned = (fit(PersonAlias, "name", clean_text(form.strip())) for form in forms)
    return list(dict.fromkeys(form for form in cleaned if form))
