"""Country names as a news reader knows them, from ISO 3166-1 (pycountry).

pycountry gives the ISO short names ("Russian Federation", "Korea, Republic of");
we show the common English name instead.
"""

from functools import cache

import pycountry

# Where pycountry has no common_name, or its name is not what a newspaper writes.
COMMON_NAMES = {
    "RU": "Russia",
    "CD": "Democratic Republic of the Congo",
    "CG": "Republic of the Congo",
    "FK": "Falkland Islands",
    "FM": "Micronesia",
    "PS": "Palestine",
    "VA": "Vatican City",
    "VG": "British Virgin Islands",
    "VI": "U.S. Virgin Islands",
    "MF": "Saint Martin",
    "SX": "Sint Maarten",
    "TR": "Turkey",
    "CZ": "Czech Republic",
    "CI": "Ivory Coast",
    "CV": "Cape Verde",
    "SZ": "Eswatini",
    "MK": "North Macedonia",
    "BN": "Brunei",
}


def common_name(country) -> str:
    return (
        COMMON_NAMES.get(country.alpha_2)
        or getattr(country, "common_name", None)
        or country.name
    )


@cache
def all_countries() -> tuple[tuple[str, str], ...]:
    """Every ISO 3166-1 country as (alpha-2 code, common English name), by name."""
    pairs = ((c.alpha_2, common_name(c)) for c in pycountry.countries)
    return tuple(sorted(pairs, key=lambda pair: pair[1]))


def name_of(iso2: str) -> str:
    country = pycountry.countries.get(alpha_2=iso2.upper())
    if country is None:
        raise KeyError(iso2)
    return common_name(country)
