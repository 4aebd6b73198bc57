"""One spaCy PERSON entity -> the name it holds, with the title in front of it.

spaCy's entity boundaries are rough: "Questioning Vindman", "Jeff Bezos's Blue Origin",
"Ahmed Mohamed Image", "Lt Col", "Space Shuttle Columbia". Each rule below cuts or
rejects one such class of error.
"""
from dataclasses import dataclass

from articles.extraction import gazetteer
from articles.extraction.gazetteer import Kind
from articles.extraction.titles import (
    is_brand_word,
    is_credit_word,
    is_generational_suffix,
    is_honorific,
    is_keeper_title,
    is_name_word,
    is_non_person_head,
    is_non_person_lead,
    is_party_plural,
    is_role_word,
    is_title,
)
from articles.extraction.types import Span

POSSESSIVES = {"'s", "’s", "'", "’"}
# Nouns that put the name after them on a work or a thing.
WORK_NOUNS = {
    "film", "movie", "novel", "book", "song", "album", "single", "play", "poem",
    "opera", "musical", "series", "show", "magazine", "newspaper", "ship", "horse",
    "dog", "cat", "storm", "hurricane", "cyclone", "typhoon", "brand", "game",
}
LONGEST_ROLE = 4  # tokens; longer runs of capitalised words are not one title
# Parts of speech that start a sentence but never a name: "Questioning Vindman".
NOT_NAME_STARTS = {"VERB", "ADJ", "ADV", "DET", "PRON", "ADP", "CCONJ", "PART", "NUM"}


@dataclass(frozen=True)
class Mention:
    words: tuple[str, ...]  # the name, without title or possessive: ("Lung-bin",)
    span: Span  # where the name stands
    surface: str  # with the title before it: "Russian President Vladimir Putin"
    role: str  # that title: "Russian President"

    @property
    def key(self) -> tuple[str, ...]:
        """The name as compared with others: "Patrick Carlineo Jr." is "patrick
        carlineo"."""
        words = [word.lower() for word in self.words]
        while len(words) > 1 and is_generational_suffix(words[-1]):
            words.pop()
        return tuple(words)

    @property
    def name(self) -> str:
        return " ".join(self.words)


def mentions_in(doc) -> list[Mention]:
    """A mention for each PERSON entity that holds a name."""
    ents = (ent for ent in doc.ents if ent.label_ == "PERSON")
    return [m for ent in ents for m in name_in(doc, ent.start, ent.end)]


def mention_of(span, role_tokens=()) -> Mention:
    """A mention of the name in `span`, its title being `role_tokens` just before it."""
    doc = span.doc
    first = role_tokens[0].i if role_tokens else span.start
    role = " ".join(t.text for t in role_tokens if not is_honorific(t.text))
    return Mention(
        words=name_words(span.text),
        span=Span(span.start_char, span.end_char),
        surface=doc[first : span.end].text,
        role=role,
    )


def name_in(doc, start, end):
    """The name in doc[start:end] as a Mention, or nothing when no name is left."""
    tokens = _trim(doc, start, end)
    if not tokens:
        return
    # The last word is the name even when it is also a title word: "John Major".
    titles = (i for i, t in enumerate(tokens[:-1]) if is_title(t.text))
    name_tokens = tokens[max(titles, default=-1) + 1 :]
    if all(is_title(t.text) for t in name_tokens):
        return  # "Lt Col"
    role_tokens = _role_before(doc, name_tokens[0].i)
    if len(name_tokens) == 1 and role_tokens and is_keeper_title(role_tokens[-1].text):
        name_tokens = role_tokens[-1:] + name_tokens  # "Pope Francis"
        role_tokens = role_tokens[:-1]
    name = doc[name_tokens[0].i : name_tokens[-1].i + 1]
    if looks_like_name(name) and not _names_a_thing(doc, name.start, role_tokens):
        yield mention_of(name, role_tokens)


def _names_a_thing(doc, start, role_tokens) -> bool:
    """ "the 1969 film Easy Rider", "the novel Dark Matters", "the Moon", "the Jonas
    Brothers": a noun or a bare "the" before the name makes it a thing or a group."""
    if start == 0:
        return False
    before = doc[start - 1]
    return before.lower_ in WORK_NOUNS or (before.lower_ == "the" and not role_tokens)


def _trim(doc, start, end):
    """The entity's tokens without what spaCy wrongly put around the name."""
    for i in range(start, end):
        if "\n" in doc[i].text or doc[i].text in POSSESSIVES:
            end = i  # "Jeff Bezos's Blue Origin" names Jeff Bezos
            break
        if "\n" in doc[i].whitespace_:
            end = i + 1
            break
    while _hyphen_piece_follows(doc, end):
        end += 2  # "Wong Yeung" + "-tat"
    while end > start and (doc[end - 1].is_punct or is_credit_word(doc[end - 1].text)):
        end -= 1
    while start < end and not _can_start_name(doc[start]):
        start += 1
    return list(doc[start:end])


def _hyphen_piece_follows(doc, end) -> bool:
    return (
        end + 1 < len(doc)
        and doc[end].text == "-"
        and not doc[end - 1].whitespace_
        and not doc[end].whitespace_
        and doc[end + 1].is_alpha
    )


def _can_start_name(token) -> bool:
    if is_title(token.text):
        return True
    return token.text[:1].isupper() and token.pos_ not in NOT_NAME_STARTS


def name_words(text: str) -> tuple[str, ...]:
    """The words of a name, editorial brackets dropped: "[George W.] Bush"."""
    words = (word.strip("[]") for word in text.split())
    return tuple(word for word in words if word)


def looks_like_name(span) -> bool:
    words = name_words(span.text)
    if not words or not all(is_name_word(word) for word in words):
        return False
    if any(is_brand_word(word) for word in words):
        return False  # "SpaceX", "YouTube"
    if len(words) == 1 and (span.text.isupper() or span[0].pos_ != "PROPN"):
        return False  # acronyms ("CIA"), common words ("Water")
    first = words[0]
    if len(words) > 1 and first.isupper() and first.isalpha() and len(first) > 2:
        return False  # an organisation's acronym first: "JPL Stardust"
    last = words[-1]
    if len(words) > 1 and last.isupper() and not is_generational_suffix(last):
        return False  # products and parties: "Arkham VR", "Pro-Beijing DAB"
    if is_group_word(words[-1]):
        return False  # groups: "Virginia Democrats", "Young Americans"
    if is_non_person_lead(words[0]) or is_non_person_head(words[-1]):
        return False  # "Cyclone Phailin", "Dick Clark Productions"
    return gazetteer.load().lookup(span.text) is None  # "Crimea", "Moscow"


def is_group_word(word: str) -> bool:
    """A plural that names a group: "Democrats", or a people ("Americans")."""
    entry = gazetteer.load().lookup(word)
    return is_party_plural(word) or (entry is not None and entry.kind == Kind.DEMONYM)


def _role_before(doc, name_start: int):
    """The run of title words just before a name: "Russian President", "Sen."."""
    start = name_start
    while start > 0 and name_start - start < LONGEST_ROLE:
        token = doc[start - 1]
        qualifies = start < name_start and (
            token.ent_type_ in ("NORP", "GPE") or is_role_word(token.text)
        )  # "Russian" President, "Foreign" Minister
        if not (is_title(token.text) or qualifies):
            break
        start -= 1
    role = doc[start:name_start]
    return list(role) if any(is_title(t.text) for t in role) else []
