"""Countries an article refers to, and every word in it that stands for one.

A country counts when the body names it ("Russia", "the U.S."), uses its adjective or
demonym ("Japanese", both halves of "Russian-American"), names its capital or seat of
government for the state ("Moscow's seizure", "the Kremlin") or names a place inside
it ("Texas", "Crimea", "Omaha, Neb."). Words inside a person's name, or inside the
name of an organisation, building, event or work ("Bank of America", "the Washington
Post") do not count.
"""
from dataclasses import dataclass

from articles.extraction import gazetteer
from articles.extraction.country_names import name_of
from articles.extraction.gazetteer import Kind
from articles.extraction.types import CountryRef, Span

# Entities whose names may hold a place word that does not refer to the place.
NAMED_THINGS = {"ORG", "FAC", "EVENT", "WORK_OF_ART", "PRODUCT", "LAW"}
# A city name counts only when spaCy sees a place in it: "Jackson" is often a person.
PLACE_LABELS = {"GPE", "LOC"}
ARTICLES = {"the", "The"}


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
        if not any(i in in_person for i in range(hit.start, hit.end))
        and _refers_to_place(doc, hit)
    ]
    hits = _resolve_us_state_homonyms(hits, gaz)
    return _country_refs(doc.text, hits)


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
    text = doc.text
    words = [token.text for token in doc]
    starts = [token.idx for token in doc]
    i = 0
    while i < len(words):
        hit = None
        if words[i][:1].isupper():
            hit = _match_at(doc, i, gaz, text, words, starts)
        if hit is None:
            i += 1
            continue
        yield hit
        i = hit.end


def _match_at(doc, i, gaz, text, words, starts):
    for end in range(min(i + gaz.longest, len(words)), i, -1):
        word = text[starts[i] : starts[end - 1] + len(words[end - 1])]
        entry = gaz.lookup(word)
        if entry is not None:
            return _hit(doc, i, end, entry, word)
    if words[i] in gaz.state_abbreviations and _after_place_and_comma(words, i):
        return _hit(doc, i, i + 1, gazetteer.Entry("US", Kind.STATE), words[i])
    return _match_hyphen_prefix(doc, i, gaz)


def _match_hyphen_prefix(doc, i, gaz):
    """ "U.S.-led" is one token; its first part still names a country."""
    token = doc[i]
    prefix = token.text.split("-")[0]
    if prefix == token.text or not prefix:
        return None
    entry = gaz.lookup(prefix)
    if entry is None or entry.kind not in (Kind.NAME, Kind.DEMONYM):
        return None
    span = Span(token.idx, token.idx + len(prefix))
    return Hit(entry.iso2, entry.kind, i, i + 1, span, prefix)


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
    ent = _entity_around(doc, hit.start)
    if ent is not None and ent.label_ in NAMED_THINGS and _extends_beyond(ent, hit):
        # An adjective still counts inside an organisation: "Russian Defense Ministry".
        return hit.kind == Kind.DEMONYM and ent.label_ == "ORG"
    if hit.kind == Kind.CITY:
        label = ent.label_ if ent is not None else ""
        return label in PLACE_LABELS or doc[hit.start].text.isupper()
    return True


def _entity_around(doc, i):
    if doc[i].ent_iob_ == "O":
        return None
    start, end = i, i + 1
    while doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end].ents[0] if doc[start:end].ents else doc[start:end]


def _extends_beyond(ent, hit) -> bool:
    """The entity holds more than the place word, "the" and a possessive."""
    start = ent.start + (ent.doc[ent.start].text in ARTICLES)
    end = ent.end
    while end > start + 1 and ent.doc[end - 1].text in ("'s", "’s", "'", "’"):
        end -= 1
    return start < hit.start or end > hit.end


def _resolve_us_state_homonyms(hits, gaz):
    """ "Georgia" is the US state in an article that is otherwise about the US."""
    homonyms = [h for h in hits if h.word in gaz.us_states and h.iso2 != "US"]
    if not homonyms:
        return hits
    others = {h.iso2 for h in hits if h not in homonyms}
    resolved = []
    for hit in hits:
        if hit in homonyms and "US" in others and hit.iso2 not in others:
            hit = Hit("US", Kind.STATE, hit.start, hit.end, hit.span, hit.word)
        resolved.append(hit)
    return resolved


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
