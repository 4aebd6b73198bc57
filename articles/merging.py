"""Merging people found under several records ("Putin", "Vladimir Putin") into one.

The merged people's names become aliases of the kept person, so that the next
import finds the kept person under any of them.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.db.models import Count

from articles.models import Person, PersonAlias, PersonMention, Quote


@dataclass
class MergeResult:
    kept: Person
    merged_names: list = field(default_factory=list)
    mentions_moved: int = 0
    quotes_moved: int = 0
    aliases_added: list = field(default_factory=list)
    # Names left as they were because they already name someone outside the merge.
    aliases_skipped: list = field(default_factory=list)


def default_person_to_keep(people):
    """The person with the most mentions; the lowest id (the oldest record) on a tie."""
    ranked = (
        Person.objects.filter(pk__in=[p.pk for p in people])
        .annotate(mention_total=Count("mentions"))
        .order_by("-mention_total", "pk")
    )
    return ranked.first()


@transaction.atomic
def merge_people(keep, others):
    """Move every mention, quote and alias of `others` to `keep`, then delete `others`.

    All or nothing: it runs in one transaction, with the people's rows locked so
    that an import running meanwhile cannot attach a mention to a deleted person.
    """
    other_ids = [p.pk for p in others if p.pk != keep.pk]
    locked = list(
        Person.objects.select_for_update().filter(pk__in=[keep.pk, *other_ids])
    )
    others = [p for p in locked if p.pk != keep.pk]
    keep = next(p for p in locked if p.pk == keep.pk)
    result = MergeResult(kept=keep, merged_names=[p.name for p in others])
    if not others:
        return result

    result.mentions_moved = PersonMention.objects.filter(person__in=others).update(
        person=keep
    )
    result.quotes_moved = Quote.objects.filter(speaker__in=others).update(speaker=keep)
    PersonAlias.objects.filter(person__in=others).update(person=keep)
    _record_names_as_aliases(keep, others, result)
    _inherit_description(keep, others)
    Person.objects.filter(pk__in=[p.pk for p in others]).delete()
    return result


def _record_names_as_aliases(keep, others, result):
    for name in dict.fromkeys(p.name for p in others):  # unique, in order
        if name == keep.name:
            continue
        alias, created = PersonAlias.objects.get_or_create(
            name=name, defaults={"person": keep}
        )
        if created:
            result.aliases_added.append(name)
        elif alias.person_id != keep.pk:
            # PersonAlias.name is unique: the name already points at a third person.
            result.aliases_skipped.append(name)
    # An alias equal to the kept name says nothing new.
    PersonAlias.objects.filter(person=keep, name=keep.name).delete()


def _inherit_description(keep, others):
    if keep.description:
        return
    description = next((p.description for p in others if p.description), "")
    if description:
        keep.description = description
        keep.save(update_fields=["description"])
