"""People named in an article: spaCy's PERSON entities, consolidated within the article.

Each PERSON entity gives a mention once titles, honorifics and possessives are cut off
("Russian President Vladimir Putin's" gives "Vladimir Putin", role "Russian President").
Mentions then join the fullest name they are a part of ("Putin" joins "Vladimir
Putin"), and a surname that spaCy labelled as something else ("Trump" as ORG) joins
the person it belongs to.
"""
from collections import Counter
from dataclasses import dataclass

from articles.extraction import gazetteer
from articles.extraction.titles import (
    is_honorific,
    is_keeper_title,
    is_name_word,
    is_role_word,
    is_title,
)
from articles.extraction.types import PersonRef, Span

POSSESSIVES = {"'s", "’s", "'", "’"}
LONGEST_ROLE = 4  # tokens; longer runs of capitalised words are not one title


@dataclass(frozen=True)
class Mention:
    words: tuple[str, ...]  # the name, without title or possessive
    span: Span  # where the name stands
    surface: str  # the name with the title before it: "Russian President Vladimir Putin"
    role: str  # that title: "Russian President"

    @property
    def key(self) -> tuple[str, ...]:
        return tuple(word.lower() for word in self.words)


def find_people(doc) -> tuple[PersonRef, ...]:
    mentions = [m for ent in doc.ents if ent.label_ == "PERSON" for m in _mention(ent)]
    groups = _consolidate(mentions)
    groups = _add_other_labelled_mentions(doc, groups)
    people = (_person(group) for group in groups)
    return tuple(sorted(people, key=lambda person: person.spans[0].start))


def _mention(ent):
    """The PERSON entity as a Mention, or nothing when what is left is not a name."""
    tokens = _trim(list(ent))
    if len(tokens) == 1 and is_title(tokens[0].text):
        return
    # The last word is the name even when it is also a title word: "John Major".
    titles = (i for i, t in enumerate(tokens[:-1]) if is_title(t.text))
    last_title = max(titles, default=-1)
    name_tokens = tokens[last_title + 1 :]
    if not _looks_like_name(name_tokens):
        return
    role_tokens = _role_before(ent.doc, name_tokens[0].i)
    if len(name_tokens) == 1 and role_tokens and is_keeper_title(role_tokens[-1].text):
        name_tokens = role_tokens[-1:] + name_tokens  # "Pope Francis"
        role_tokens = role_tokens[:-1]
    name_start, name_end = name_tokens[0].idx, name_tokens[-1].idx + len(name_tokens[-1])
    surface_start = role_tokens[0].idx if role_tokens else name_start
    role = " ".join(t.text for t in role_tokens if not is_honorific(t.text))
    yield Mention(
        words=tuple(t.text for t in name_tokens),
        span=Span(name_start, name_end),
        surface=ent.doc.text[surface_start:name_end],
        role=role,
    )


def _trim(tokens):
    """Cut possessives, punctuation and anything after a line break off an entity."""
    for i, token in enumerate(tokens):
        if "\n" in token.text or "\n" in token.whitespace_:
            tokens = tokens[: i + 1] if "\n" in token.whitespace_ else tokens[:i]
            break
    while tokens and (tokens[-1].text in POSSESSIVES or tokens[-1].is_punct):
        tokens = tokens[:-1]
    while tokens and not tokens[0].text[:1].isupper():
        tokens = tokens[1:]
    return tokens


def _looks_like_name(tokens) -> bool:
    if not tokens or not all(is_name_word(t.text) for t in tokens):
        return False
    text = " ".join(t.text for t in tokens)
    if len(tokens) == 1 and text.isupper():
        return False  # acronyms: "CIA", "AP"
    return gazetteer.load().lookup(text) is None  # "Crimea", "Moscow"


def _role_before(doc, name_start: int):
    """The run of title words just before a name: "Russian President", "Sen."."""
    start = name_start
    while start > 0 and name_start - start < LONGEST_ROLE:
        token = doc[start - 1]
        if not (is_title(token.text) or _qualifies_title(token, doc, start, name_start)):
            break
        start -= 1
    role = doc[start:name_start]
    return list(role) if any(is_title(t.text) for t in role) else []


def _qualifies_title(token, doc, start, name_start) -> bool:
    """A word that belongs to the title after it: "Russian" President, "Foreign" Minister."""
    return start < name_start and (token.ent_type_ in ("NORP", "GPE") or is_role_word(token.text))


def _consolidate(mentions):
    """Groups of mentions, one per person: short forms join the fullest name they fit."""
    keys = sorted({m.key for m in mentions}, key=lambda k: (-len(k), -len(" ".join(k))))
    first_seen = {}
    for mention in mentions:
        first_seen.setdefault(mention.key, mention.span.start)
    head_of = {}
    heads = []
    for key in keys:
        candidates = [h for h in heads if _is_part_of(key, h)]
        if not candidates:
            heads.append(key)
            head_of[key] = key
            continue
        before = [h for h in candidates if first_seen[h] <= first_seen[key]]
        head_of[key] = max(before or candidates, key=lambda h: first_seen[h])
    groups = {head: [] for head in heads}
    for mention in mentions:
        groups[head_of[mention.key]].append(mention)
    return list(groups.values())


def _is_part_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """"Putin" of "Vladimir Putin", "Donald Trump" of "Donald J. Trump", "Hillary"."""
    if len(short) >= len(full):
        return short == full
    if full[-len(short) :] == short:
        return True
    if len(short) == 1:
        return short[0] == full[0]
    return short[0] == full[0] and short[-1] == full[-1]


def _add_other_labelled_mentions(doc, groups):
    """A known person's surname or name that spaCy labelled otherwise ("Trump" as ORG)."""
    taken = {m.span.start for group in groups for m in group}
    forms = {}
    for index, group in enumerate(groups):
        for mention in group:
            forms.setdefault(mention.words, index)
            if len(mention.words) > 1:
                forms.setdefault(mention.words[-1:], index)
    longest = max((len(form) for form in forms), default=0)
    for token in doc:
        if token.idx in taken or not token.text[:1].isupper():
            continue
        for size in range(min(longest, len(doc) - token.i), 0, -1):
            span = doc[token.i : token.i + size]
            words = tuple(t.text for t in span)
            if words in forms and _stands_alone(span):
                groups[forms[words]].append(_bare_mention(span))
                break
    return groups


def _stands_alone(span) -> bool:
    """Not part of a longer name: "Trump" alone, not "Trump Tower" or "Ivanka Trump"."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.pos_ == "PROPN" and not is_title(before.text):
        return False
    if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
        return False
    ent_tokens = [t for t in span if t.ent_iob_ != "O"]
    for token in ent_tokens:
        ent = _entity_of(token)
        inside = ent.start >= span.start and _end_without_possessive(ent) <= span.end
        if not inside:
            return False
    return True


def _entity_of(token):
    """The entity a token is in, found from the IOB tags around it (no scan of ents)."""
    doc, start, end = token.doc, token.i, token.i + 1
    while doc[start].ent_iob_ == "I":
        start -= 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return doc[start:end]


def _end_without_possessive(ent) -> int:
    end = ent.end
    while end > ent.start + 1 and ent.doc[end - 1].text in POSSESSIVES:
        end -= 1
    return end


def _bare_mention(span) -> Mention:
    words = tuple(t.text for t in span)
    return Mention(words, Span(span.start_char, span.end_char), span.text, "")


def _person(group) -> PersonRef:
    counts = Counter(" ".join(m.words) for m in group)
    name = max(counts, key=lambda n: (len(n.split()), len(n), counts[n]))
    forms = dict.fromkeys(" ".join(m.words) for m in group)
    forms.update(dict.fromkeys(m.surface for m in group))
    forms.pop(name)
    spans = sorted({m.span for m in group}, key=lambda s: s.start)
    role = next((m.role for m in group if m.role), "")
    return PersonRef(name=name, aliases=tuple(forms), spans=tuple(spans), role=role)
