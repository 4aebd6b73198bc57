"""Names that spaCy's small model files under another label or none at all.

"Britney Spears" as ORG, "Thibaut Courtois" as ORG, "Marcel Granollers" as PRODUCT,
"Casey Mittelstadt" as nothing: two or three proper nouns that run from a given name
to a surname are taken for a person. Given names and surnames are the US Census
lists (public domain) that the `names` package ships; the surname rule keeps out
"Ross Sea" and "Sierra Nevada Corporation".
"""
from functools import cache
from importlib import resources

from articles.extraction import gazetteer
from articles.extraction.columns import columns
from articles.extraction.person_mentions import Mention, looks_like_name, name_in
from articles.extraction.types import Span

GIVEN_NAME_FILES = ("dist.male.first", "dist.female.first")
SURNAME_FILES = ("dist.all.last",)
MISFILED_LABELS = {"", "ORG", "PRODUCT", "NORP", "WORK_OF_ART", "GPE"}
SHORTEST, LONGEST = 2, 3  # tokens in a name found this way


@cache
def given_names() -> frozenset[str]:
    """Upper-case given names: "JAMES", "MARY"."""
    return _census_words(GIVEN_NAME_FILES)


@cache
def surnames() -> frozenset[str]:
    """Upper-case surnames: "SMITH", "SPEARS"."""
    return _census_words(SURNAME_FILES)


def _census_words(filenames) -> frozenset[str]:
    package = resources.files("names")
    words = set()
    for filename in filenames:
        for line in package.joinpath(filename).read_text().splitlines():
            if line.strip():
                words.add(line.split()[0])
    return frozenset(words)


def names_spacy_missed(doc):
    """Mentions for runs of proper nouns, outside PERSON entities, that look like a
    given name and a surname."""
    found = []
    for start, end in _proper_noun_runs(doc):
        if _given_name_then_surname(doc[start:end]):
            found.extend(name_in(doc, start, end))
    return found


def _proper_noun_runs(doc):
    """Maximal runs of capitalised proper nouns that share one non-PERSON label."""
    tokens = columns(doc)
    start = None
    for i, (word, pos, label, iob) in enumerate(
        zip(tokens.words, tokens.pos, tokens.ent_types, tokens.ent_iobs)
    ):
        fits = pos == "PROPN" and word[:1].isupper() and label in MISFILED_LABELS
        same_run = start is not None and iob != "B" and fits
        if same_run:
            continue
        if start is not None:
            yield start, i
        start = i if fits else None
    if start is not None:
        yield start, len(doc)


def _given_name_then_surname(span) -> bool:
    if not SHORTEST <= len(span) <= LONGEST:
        return False
    first, last = span[0].text.upper(), span[-1].text.upper()
    if first not in given_names() or last not in surnames():
        return False
    if last in given_names():
        return False  # "Morgan Stanley": the second could be a given name too
    if gazetteer.load().lookup(first) is not None:
        return False  # "Georgia Tech", "Jordan Brand"
    return looks_like_name(span)


def names_in_catalogue_order(doc):
    """ "Austen, Jane." and "Marx, Karl and Engels, Friedrich" in reading lists and
    bibliographies: a surname, a comma and a given name, read as "Jane Austen"."""
    found = []
    texts = columns(doc).words
    for i in range(1, len(doc) - 2):
        if texts[i] != "," or not _at_entry_start(doc, i - 1):
            continue
        end = _given_names_end(doc, i + 1)
        if end is None:
            continue
        surname, given = doc[i - 1 : i], doc[i + 1 : end]
        # The shape of the entry decides, whatever the surname: "London, Jack."
        if surname.text.isalpha() and not surname.text.isupper():
            words = tuple(t.text for t in given) + (surname.text,)
            span = Span(surname.start_char, given.end_char)
            found.append(Mention(words, span, doc[i - 1 : end].text, ""))
    return found


def _at_entry_start(doc, i) -> bool:
    token = doc[i]
    if token.pos_ != "PROPN" or not token.text[:1].isupper():
        return False
    before = doc[i - 1] if i > 0 else None
    return before is None or "\n" in before.text + before.whitespace_ or (
        before.lower_ in ("and", ";")
    )


def _given_names_end(doc, start):
    """Where one or two given names after the comma end, if an entry ends there."""
    if doc[start].text.upper() not in given_names():
        return None
    for end in (start + 1, start + 2):
        if end >= len(doc):
            return None
        if doc[end].text in (".", ";") or doc[end].lower_ == "and":
            return end
        if not doc[end].text[:1].isupper():
            return None
    return None
