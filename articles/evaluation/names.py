"""Name forms and the rule for people: some form of one equals some form of the
other after folding case, accents and titles."""

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass

from articles.evaluation.matching import match_one_to_one

# Words that stand before a name without being part of it. Folded (lower case, no
# dots) because they are compared after folding.
TITLE_WORDS = frozenset(
    """mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend
    president vice prime minister premier chancellor secretary senator sen rep
    representative congressman congresswoman gov governor mayor judge justice
    gen general col colonel lt lieutenant capt captain sgt sergeant maj major
    adm admiral cmdr commander officer detective sheriff chief attorney
    ambassador former late king queen prince princess pope""".split()
)
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
DOTS_AND_COMMAS = re.compile(r"[.,]")
POSSESSIVE = re.compile(r"'s?$")


def fold_text(text: str) -> str:
    """Lower case, accents off, dots and commas off, white space collapsed:
    "J.R. Stone" and "j. r. stone" both give "j r stone"."""
    decomposed = unicodedata.normalize("NFKD", text.translate(APOSTROPHES))
    unaccented = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(DOTS_AND_COMMAS.sub(" ", unaccented.casefold()).split())


def fold_name(name: str) -> str:
    """fold_text, then leading titles and a possessive off: "President Trump's"
    gives "trump". A name that is only a title ("Pope") stays as it is."""
    words = fold_text(name).split()
    while len(words) > 1 and words[0] in TITLE_WORDS:
        words = words[1:]
    if words:
        words[-1] = POSSESSIVE.sub("", words[-1]) or words[-1]
    return " ".join(words)


def fold_organisation(name: str) -> str:
    words = fold_text(name).split()
    return " ".join(words[1:] if len(words) > 1 and words[0] == "the" else words)


@dataclass(frozen=True)
class Person:
    """A person as the scorer sees them, gold or predicted: a name and the folded
    forms (the name and every mention)."""

    name: str
    forms: frozenset[str]

    @classmethod
    def of(cls, name: str, mentions: Iterable[str] = ()) -> "Person":
        forms = {fold_name(form) for form in (name, *mentions) if form and form.strip()}
        return cls(name, frozenset(forms - {""}))


def same_person(gold: Person, predicted: Person) -> bool:
    return not gold.forms.isdisjoint(predicted.forms)


def closeness(gold: Person, predicted: Person) -> tuple[bool, int]:
    """Same canonical name first, then the most name forms in common."""
    same_name = fold_name(gold.name) == fold_name(predicted.name)
    return (same_name, len(gold.forms & predicted.forms))


def match_people(gold: list[Person], predicted: list[Person]) -> dict[int, int]:
    return match_one_to_one(gold, predicted, same_person, closeness)


def split_people(
    gold: list[Person], predicted: list[Person], pairs: dict[int, int]
) -> int:
    """How many found gold people also show up as a second predicted person: a
    predicted person that fits them and is not paired with another gold person."""
    paired_elsewhere = set(pairs.values())
    split = 0
    for gold_index, predicted_index in pairs.items():
        extra = [
            index
            for index, person in enumerate(predicted)
            if index != predicted_index
            and index not in paired_elsewhere
            and same_person(gold[gold_index], person)
        ]
        split += bool(extra)
    return split
