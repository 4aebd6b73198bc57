"""Load every ISO 3166-1 country: reference data, never created by an import."""

from django.db import migrations
from django.utils.text import slugify

from articles.extraction.country_names import all_countries


def load_countries(apps, schema_editor):
    Country = apps.get_model("articles", "Country")
    existing = set(Country.objects.values_list("iso2", flat=True))
    Country.objects.bulk_create(
        Country(iso2=iso2, name=name, slug=slugify(name))
        for iso2, name in all_countries()
        if iso2 not in existing
    )


class Migration(migrations.Migration):
    dependencies = [("articles", "0001_initial")]

    operations = [migrations.RunPython(load_countries, migrations.RunPython.noop)]
