"""Countries an article refers to, and every word in it that stands for one.

A country counts when the body names it ("Russia", "the U.S."), uses its adjective or
demonym ("Japanese", both halves of "Russian-American"), names its capital or seat of
government for the state ("Moscow's seizure", "the Kremlin") or names a place inside
it ("Texas", "Crimea", "Omaha, Neb."). Words inside a person's name, or inside the
name of an organisation, building, event or work ("Bank of America", "the Washington
Post") do not count.
"""
from collections import Counter
from dataclasses import dataclass

from spacy.tokens import Span as DocSpan

from articles.extraction import gazetteer
from articles.extraction.columns import columns
from articles.extraction.country_names import name_of
from articles.extraction.gazetteer import Kind
from articles.extraction.types import CountryRef, Span

# Entities whose names may hold a place word that does not refer to the place.
NAMED_THINGS = {"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}
# A city name counts only when spaCy sees a place in it: "Jackson" is often a person.
PLACE_LABELS = {"GPE", "LOC"}
ARTICLES = {"the", "The"}
# Words that make an organisation a body of the state, which stands for the country:
# "the Russian Defense Ministry", "the U.S. Army"; unlike "American Airlines".
STATE_BODIES = {
    "ministry", "department", "army", "navy", "force", "forces", "military",
    "embassy", "consulate", "government", "parliament", "senate", "congress",
    "police", "office", "agency", "commission", "council", "court", "guard",
    "cabinet", "administration", "treasury", "state", "intelligence", "customs",
    "coast", "marines", "marine", "house", "assembly", "authorities", "authority",
    "bureau", "service", "services", "prosecutors", "officials", "delegation",
}
# A namesake in a country the article is about wins unless it is this many times
# smaller: Birmingham, Alabama may be meant; Rome, Georgia hardly.
NAMESAKE_RATIO = 10
# Before a city name that spaCy did not label as a place: "arrested in Chattanooga".
LOCATIVES = {"in", "from", "at", "near", "outside", "to"}
# A sea named after a country is not the country: "the Indian Ocean", "the South
# China Sea", "the Gulf of Mexico".
SEAS = {"Ocean", "Sea", "Gulf"}


@dataclass(frozen=True)
class Hit:
    iso2: str
    kind: Kind
    start: int  # token indices
    end: int
    span: Span  # characters, "the" included where spaCy's entity has it
    word: str  # the gazetteer word matched: "Georgia"


def find_countries(doc, people) -> tuple[CountryRef, ...]:
    gaz = gazetteer.load()
    in_person = _person_tokens(doc, people)
    hits = [
        hit
        for hit in _matches(doc, gaz)
        if not all(i in in_person for i in range(hit.start, hit.end))
        and _refers_to_place(doc, hit)
    ]
    hits = _resolve_shared_names(doc, hits, gaz)
    return _country_refs(columns(doc).text, hits)


def _person_tokens(doc, people) -> set[int]:
    tokens = set()
    for person in people:
        for span in person.spans:
            chars = doc.char_span(span.start, span.end, alignment_mode="expand")
            if chars is not None:
                tokens.update(range(chars.start, chars.end))
    return tokens


def _matches(doc, gaz):
    """The longest gazetteer word starting at each token, left to right."""
    # Plain lists: indexing a Doc builds a Token object each time, which adds up.
    tokens = columns(doc)
    text, words, starts = tokens.text, tokens.words, tokens.starts
    i = 0
    while i < len(words):
        hits = []
        if words[i][:1].isupper():
            hits = _match_at(doc, i, gaz, text, words, starts)
        yield from hits
        i = hits[0].end if hits else i + 1


def _match_at(doc, i, gaz, text, words, starts) -> list[Hit]:
    for end in range(min(i + gaz.longest, len(words)), i, -1):
        word = text[starts[i] : starts[end - 1] + len(words[end - 1])]
        entry = gaz.lookup(word)
        if entry is not None:
            return [_hit(doc, i, end, entry, word)]
    if words[i] in gaz.state_abbreviations and _after_place_and_comma(words, i):
        return [_hit(doc, i, i + 1, gazetteer.Entry("US", Kind.STATE), words[i])]
    return _match_hyphen_parts(doc[i], gaz)


def _match_hyphen_parts(token, gaz) -> list[Hit]:
    """ "U.S.-led" and "U.S.-Canada" are one token; their parts still name countries."""
    if "-" not in token.text:
        return []
    hits = []
    offset = token.idx
    for part in token.text.split("-"):
        entry = gaz.lookup(part) if part else None
        if entry is not None and entry.kind in (Kind.NAME, Kind.DEMONYM):
            span = Span(offset, offset + len(part))
            hits.append(Hit(entry.iso2, entry.kind, token.i, token.i + 1, span, part))
        offset += len(part) + 1
    return hits


def _after_place_and_comma(words, i) -> bool:
    """ "Omaha, Neb.": an AP state abbreviation follows a place name and a comma."""
    return i >= 2 and words[i - 1] == "," and words[i - 2][:1].isupper()


def _hit(doc, start, end, entry, word) -> Hit:
    first = start
    if start > 0 and doc[start - 1].text == "the" and doc[start - 1].ent_iob_ == "B":
        first = start - 1  # spaCy's entity is "the United States": keep its form
    last = doc[end - 1]
    span = Span(doc[first].idx, last.idx + len(last))
    return Hit(entry.iso2, entry.kind, start, end, span, word)


def _refers_to_place(doc, hit) -> bool:
    if _names_a_sea(doc, hit):
        return False
    ent = _entity_around(doc, hit.start)
    label = ent.label_ if ent is not None else ""
    if label in NAMED_THINGS and _extends_beyond(ent, hit):
        return _modifies_organisation(ent, hit)
    after_locative = hit.start > 0 and doc[hit.start - 1].lower_ in LOCATIVES
    if hit.kind in (Kind.CITY, Kind.CAPITAL) and label == "PERSON":
        return after_locative  # "in Woking"; not "Hamilton" the musical
    if hit.kind == Kind.CITY:
        if _inside_longer_name(doc, hit):
            return False  # "San" in "San Marcos", "Windsor" in "Windsor Castle"
        return label in PLACE_LABELS or doc[hit.start].text.isupper() or after_locative
    if hit.kind in (Kind.NAME, Kind.CAPITAL) and _after_unknown_name(doc, hit):
        return False  # a surname: "Zen Trinidad", "Paul Jordan"
    return True


def _names_a_sea(doc, hit) -> bool:
    words = columns(doc).words
    after = words[hit.end] if hit.end < len(words) else ""
    sea_of = hit.start >= 2 and words[hit.start - 2 : hit.start] in (
        [sea, "of"] for sea in SEAS
    )
    return after in SEAS or sea_of


def _after_unknown_name(doc, hit) -> bool:
    """ "(Zen Trinidad/PNA)": a given name that spaCy does not label comes first."""
    if hit.start == 0:
        return False
    before = doc[hit.start - 1]
    return (
        before.pos_ == "PROPN"
        and before.text[:1].isupper()
        and not before.is_sent_start
        and before.ent_type_ in ("", "PERSON")
        and gazetteer.load().lookup(before.text) is None
    )


def _inside_longer_name(doc, hit) -> bool:
    before = doc[hit.start - 1] if hit.start > 0 else None
    after = doc[hit.end] if hit.end < len(doc) else None
    return any(
        token is not None
        and token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and not token.is_sent_start
        for token in (before, after)
    )


def _modifies_organisation(ent, hit) -> bool:
    """An adjective, or a country name in front, still refers to the country inside
    the name of a body of its state ("the Russian Defense Ministry", "the U.S.
    Senate"); a name after it does not ("Bank of America"), nor one in a company's
    name ("American Airlines")."""
    if ent.label_ != "ORG":
        return False
    if not any(token.lower_ in STATE_BODIES for token in ent):
        return False  # "American Airlines", "the American Music Awards"
    if hit.kind == Kind.DEMONYM:
        return True
    first = ent.start + (ent.doc[ent.start].text in ARTICLES)
    return hit.kind == Kind.NAME and hit.start == first


def _entity_around(doc, i):
    if doc[i].ent_iob_ == "O":
        return None
    start, end = i, i + 1
    while doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    # The entity itself, built here: `doc[start:end].ents` would walk every entity
    # of the doc, for each place word.
    if doc[start].ent_iob_ == "B":
        return DocSpan(doc, start, end, label=doc[start].ent_type)
    return doc[start:end]


def _extends_beyond(ent, hit) -> bool:
    """The entity holds more than the place word, "the" and a possessive."""
    start = ent.start + (ent.doc[ent.start].text in ARTICLES)
    end = ent.end
    while end > start + 1 and ent.doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    return start < hit.start or end > hit.end


def _resolve_shared_names(doc, hits, gaz):
    """A name that several countries share ("Georgia", "Hamilton", "Birmingham") goes
    to the country that the place after it names ("Paris, Texas"), or else to one the
    rest of the article refers to, unless its namesake there is a village ("Rome")."""
    evidence = Counter(hit.iso2 for hit in hits if not _namesakes(hit, gaz))
    resolved = []
    for i, hit in enumerate(hits):
        namesakes = _namesakes(hit, gaz)
        if namesakes:
            following = hits[i + 1] if i + 1 < len(hits) else None
            iso2 = _choose(doc, hit, following, namesakes, evidence)
            hit = Hit(iso2, hit.kind, hit.start, hit.end, hit.span, hit.word)
        resolved.append(hit)
    return resolved


def _namesakes(hit, gaz) -> dict[str, int]:
    """Countries with a place of the hit's name, and how big that place is."""
    word = hit.word.title() if hit.word.isupper() and len(hit.word) > 4 else hit.word
    if word in gaz.us_states and hit.iso2 != "US":
        return {hit.iso2: 1, "US": 1}
    if hit.kind in (Kind.CITY, Kind.CAPITAL):
        return gaz.shared_towns.get(word, {})
    return {}


def _choose(doc, hit, following, namesakes, evidence) -> str:
    if (
        following is not None
        and following.start == hit.end + 1
        and doc[hit.end].text == ","
        and following.iso2 in namesakes
    ):
        return following.iso2
    if evidence[hit.iso2]:
        return hit.iso2
    biggest = namesakes.get(hit.iso2, 0)
    known = [
        iso2
        for iso2, population in sorted(namesakes.items())
        if evidence[iso2] and population * NAMESAKE_RATIO >= biggest
    ]
    return max(known, key=lambda iso2: evidence[iso2]) if known else hit.iso2


def _country_refs(text, hits) -> tuple[CountryRef, ...]:
    surfaces = _surfaces(text, hits)
    by_country = {}
    for hit in hits:
        by_country.setdefault(hit.iso2, []).append(hit)
    refs = []
    for iso2, country_hits in by_country.items():
        seen_as = dict.fromkeys(surfaces[hit] for hit in country_hits)
        refs.append(
            CountryRef(
                iso2=iso2,
                name=name_of(iso2),
                spans=tuple(hit.span for hit in country_hits),
                seen_as=tuple(seen_as),
            )
        )
    return tuple(refs)


def _surfaces(text, hits) -> dict[Hit, str]:
    """Each hit's surface form; hyphenated compounds of places keep their whole form,
    so "Russian-American" is seen as such for both countries."""
    ordered = sorted(hits, key=lambda h: h.span.start)
    surfaces = {hit: hit.span.text_in(text) for hit in ordered}
    chain = []
    for hit in ordered:
        if chain and text[chain[-1].span.end : hit.span.start] != "-":
            _name_chain(text, chain, surfaces)
            chain = []
        chain.append(hit)
    _name_chain(text, chain, surfaces)
    return surfaces


def _name_chain(text, chain, surfaces):
    if len(chain) > 1:
        whole = text[chain[0].span.start : chain[-1].span.end]
        for hit in chain:
            surfaces[hit] = whole
