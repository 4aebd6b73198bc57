"""People named in an article: spaCy's PERSON entities, consolidated within the article.

Each PERSON entity gives a mention once titles, honorifics and possessives are cut off
("Russian President Vladimir Putin's" gives "Vladimir Putin", role "Russian President";
see person_mentions.py). Mentions then join the fullest name they are a part of
("Putin" joins "Vladimir Putin"), and a known name or surname that spaCy labelled as
something else ("Trump" as ORG) joins the person it belongs to.
"""
from collections import Counter
from dataclasses import replace

from articles.extraction.columns import columns
from articles.extraction.descriptions import apposition_after, descriptions_of
from articles.extraction.given_names import (
    given_names,
    names_in_catalogue_order,
    names_spacy_missed,
    surnames,
)
from articles.extraction.nlp import lemma
from articles.extraction.person_mentions import (
    POSSESSIVES,
    Mention,
    looks_like_name,
    mention_of,
    mentions_in,
    name_in,
    name_words,
)
from articles.extraction.titles import is_credit_word, is_title, same_given_name
from articles.extraction.types import PersonRef, Span

# Verbs of saying: their subject is a speaker, so a person or an organisation.
SPEECH_VERBS = {
    "say", "tell", "add", "ask", "explain", "write", "tweet", "note", "argue",
    "insist", "claim", "warn", "recall", "reply", "respond", "admit", "acknowledge",
}
HUMAN_WORDS = {"who", "he", "she", "his", "her", "him"}
ARABIC_ARTICLES = {"al-", "el-", "ad-", "as-", "an-", "ar-", "at-"}
CREDIT_CONTEXT = 3  # tokens before a name in which "Image:" or "Photo by" is looked for


def find_people(doc) -> tuple[PersonRef, ...]:
    """The people the article names, in order of first mention: mentions from
    PERSON entities and from names spaCy missed, grouped by person, then groups
    that are no one (picture credits, products, common words) left out."""
    mentions = mentions_in(doc)
    mentions += names_spacy_missed(doc) + names_in_catalogue_order(doc)
    speakers = _speaking_names(doc)
    mentions += [m for m in speakers if len(m.words) > 1]
    singles = {m.words[0] for m in mentions + speakers if len(m.words) == 1}
    mentions += _completed_single_names(doc, singles, mentions)
    mentions = _surnames_used_attributively(doc, mentions)
    groups = _consolidate(mentions)
    groups = _add_other_labelled_mentions(doc, groups)
    groups = [g for g in groups if not all(_in_credit(doc, m) for m in g)]
    single_words = {g[0].words[0] for g in groups if len(g[0].words) == 1}
    votes = _person_votes(doc, single_words)
    lower_words = {word for word in columns(doc).words if word.islower()}
    groups = [g for g in groups if _named_clearly(g, votes, lower_words)]
    described = _descriptions(doc, groups)
    people = [
        _person(group, described.get(i, ()), _apposition(doc, group))
        for i, group in enumerate(groups)
    ]
    return _apart(sorted(people, key=lambda person: person.spans[0].start))


def _apart(people) -> tuple[PersonRef, ...]:
    """No mention shared by two people: a later person loses a span that overlaps
    an earlier one's."""
    taken = set()  # characters already in someone's mention; names are short
    kept = []
    for person in people:
        spans = tuple(
            s for s in person.spans if taken.isdisjoint(range(s.start, s.end))
        )
        if spans:
            kept.append(replace(person, spans=spans))
            for span in spans:
                taken.update(range(span.start, span.end))
    return tuple(kept)


def _descriptions(doc, groups) -> dict[int, list[str]]:
    """ "the U.S. president-elect" for the person named just before it, by group."""
    name_starts = {}
    for index, group in enumerate(groups):
        for tokens in _mention_tokens(doc, group):
            name_starts[tokens.start] = index
    return descriptions_of(doc, name_starts)


def _apposition(doc, group) -> str:
    """What the article says the person is, after their name: "Grace Mwangi,
    Kenya's trade commissioner," (the first such apposition)."""
    for tokens in sorted(_mention_tokens(doc, group), key=lambda span: span.start):
        found = apposition_after(doc, tokens.end)
        if found:
            return found
    return ""


def _mention_tokens(doc, group):
    """The tokens of each mention of the group."""
    for mention in group:
        span = mention.span
        tokens = doc.char_span(span.start, span.end, alignment_mode="expand")
        if tokens is not None:
            yield tokens


def _speaking_names(doc):
    """Names that say something: "Sanborn said", ", said Jason Foy". spaCy's small
    model often labels such names ORG or nothing; the parse still shows a speaker."""
    found = []
    verbs = (i for i, pos in enumerate(columns(doc).pos) if pos == "VERB")
    for token in (doc[i] for i in verbs):
        if lemma(token) not in SPEECH_VERBS:
            continue
        for subject in token.children:
            if subject.dep_ == "nsubj" and subject.pos_ == "PROPN":
                start = _name_start(doc, subject)
                if _may_be_person(doc[start : subject.i + 1], subject):
                    found.extend(name_in(doc, start, subject.i + 1))
    return found


def _name_start(doc, head) -> int:
    """Where the proper nouns compounded with `head` begin: "Jason Foy"."""
    start = head.i
    while start > 0 and doc[start - 1].head == head and doc[start - 1].pos_ == "PROPN":
        start -= 1
    return start


def _may_be_person(span, subject) -> bool:
    """spaCy calls the name a person or nothing; or an organisation, but the sentence
    speaks of a human ("Montell Figgins, who represents Thomas, said his client")."""
    labels = {token.ent_type_ for token in span}
    if labels <= {"", "PERSON"}:
        return True
    if labels != {"ORG"}:
        return False
    words = {token.lower_ for token in subject.sent}
    return bool(words & HUMAN_WORDS)


def _surnames_used_attributively(doc, mentions):
    """ "a Warhol Polaroid", "the Obama White House": a known person's surname in
    front of a word that the article also uses apart from any name is that person's
    surname, not a new person."""
    names_by_surname = {}
    for mention in mentions:
        if len(mention.words) > 1:
            names_by_surname.setdefault(mention.words[-1], set()).add(mention.key)
    in_names = Counter(word for mention in mentions for word in mention.words)
    in_text = Counter(columns(doc).words)
    kept = []
    for mention in mentions:
        first, last = mention.words[0], mention.words[-1]
        if (
            len(mention.words) > 1
            and names_by_surname.get(first, set()) - {mention.key}
            and in_text[last] + in_text[last + "s"] > in_names[last]
            and first.upper() not in given_names()
        ):
            end = mention.span.start + len(first)
            mention = Mention((first,), Span(mention.span.start, end), first, "")
        kept.append(mention)
    return kept


def _completed_single_names(doc, singles, mentions):
    """ "Dries Mertens" where spaCy only marked "Mertens": the fuller form elsewhere."""
    known = {m.key for m in mentions if len(m.words) > 1}
    found = []
    words = columns(doc).words  # plain strings: cheaper than Tokens
    for i, word in enumerate(words):
        if word not in singles:
            continue
        start = i
        # Up to two given names before the surname: "Patrick W. Carlineo".
        while start > max(i - 2, 0) and _could_be_given_name(doc[start - 1]):
            start -= 1
        span = doc[start : i + 1]
        if start < i and looks_like_name(span):
            mention = mention_of(span)
            if not any(_is_part_of(mention.key, key) for key in known):
                found.append(mention)
    return found


def _could_be_given_name(token) -> bool:
    # At a sentence start the tagger may call a given name a noun ("Dries"); the
    # parser still has it modify the surname after it.
    modifies_next = token.dep_ == "compound" and token.head.i == token.i + 1
    return (
        (token.pos_ == "PROPN" or modifies_next)
        and token.text[:1].isupper()
        and token.ent_type_ in ("", "PERSON")
        and not is_title(token.text)
    )


def _consolidate(mentions):
    """Groups of mentions, one per person: short forms join the fullest name they
    fit."""
    keys = sorted({m.key for m in mentions}, key=lambda k: (-len(k), -len(" ".join(k))))
    first_seen = {}
    for mention in sorted(mentions, key=lambda m: m.span.start):
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
        head_of[key] = head_of[max(before or candidates, key=lambda h: first_seen[h])]
    groups = {head: [] for head in heads}
    for mention in mentions:
        groups[head_of[mention.key]].append(mention)
    return list(groups.values())


def _is_part_of(short: tuple[str, ...], full: tuple[str, ...]) -> bool:
    """ "Putin" of "Vladimir Putin", "Donald Trump" of "Donald J. Trump", "Hillary",
    "Pat Carlineo" of "Patrick W. Carlineo"."""
    if len(short) > len(full):
        return False
    if short == full or _without_articles(full[-len(short) :]) == short:
        return True  # "Putin"; "Hassan Mohamed" of "Mohamed El-Hassan Mohamed"
    if len(short) > 1 and full[: len(short)] == short:
        return True  # "Thomas Babington" of "Thomas Babington Macaulay"
    if len(short) == 1:
        return short[0] == full[0]
    # Middle names must agree when both give them: "George W. Bush" is not
    # "George H. W. Bush", while "Donald Trump" is "Donald J. Trump".
    middles_agree = len(short) == 2 or short[1:-1] == full[1:-1]
    same_ends = short[-1] == full[-1] and same_given_name(short[0], full[0])
    return same_ends and middles_agree


def _without_articles(words: tuple[str, ...]) -> tuple[str, ...]:
    """Words without an Arabic article in front: "el-hassan" is "hassan"."""
    return tuple(
        word.split("-", 1)[1] if word[:3] in ARABIC_ARTICLES else word
        for word in words
    )


def _add_other_labelled_mentions(doc, groups):
    """A known person's surname or name that spaCy labelled otherwise ("Trump" as
    ORG)."""
    forms = {}
    for index, group in enumerate(groups):
        for mention in group:
            forms.setdefault(mention.words, index)
            if len(mention.words) > 1:
                forms.setdefault(mention.words[-1:], index)
    first_words = {form[0] for form in forms}
    taken = _tokens_in(doc, (m.span for group in groups for m in group))
    words = columns(doc).words  # plain strings: cheaper than Tokens
    longest = max((len(form) for form in forms), default=0)
    for i, word in enumerate(words):
        if word not in first_words or i in taken:
            continue
        for end in range(min(i + longest, len(words)), i, -1):
            index = forms.get(name_words(doc[i:end].text))
            if index is not None and _stands_alone(doc[i:end]):
                groups[index].append(mention_of(doc[i:end]))
                taken.update(range(i, end))
                break
    return groups


def _tokens_in(doc, spans) -> set[int]:
    tokens = set()
    for span in spans:
        chars = doc.char_span(span.start, span.end, alignment_mode="expand")
        if chars is not None:
            tokens.update(range(chars.start, chars.end))
    return tokens


def _stands_alone(span) -> bool:
    """Not part of a longer name: "Trump" alone, not "Trump Tower" or "Ivanka Trump"."""
    doc = span.doc
    before = doc[span.start - 1] if span.start > 0 else None
    after = doc[span.end] if span.end < len(doc) else None
    if before is not None and before.pos_ == "PROPN" and not is_title(before.text):
        return False
    if after is not None and after.pos_ == "PROPN" and after.text[:1].isupper():
        return False
    for token in span:
        if token.ent_iob_ != "O":
            ent = _entity_of(token)
            if ent.start < span.start or _end_without_possessive(ent) > span.end:
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


def _in_credit(doc, mention) -> bool:
    """A name in a picture credit ("Image: David Shankbone") is no one in the story."""
    chars = doc.char_span(mention.span.start, mention.span.end, alignment_mode="expand")
    if chars is None:
        return False
    # "Image: X", "Photo by X", "Photo: Agency/X": the credit word, then ":" or "by".
    before = doc[max(chars.start - CREDIT_CONTEXT, 0) : chars.start]
    return any(
        is_credit_word(token.text) and token.nbor().lower_ in (":", "by")
        for token in before
    )


def _named_clearly(group, votes, lower_words) -> bool:
    """A name whose every word the article also writes in small letters is a word,
    not a name. One word alone is too often a product, a pet or a word at a
    sentence start ("Firefox"): it names a person when a title goes with it
    ("President Trump", "Ms Bauchtman") or when it comes back, labelled PERSON most
    times."""
    if all(word.lower() in lower_words for m in group for word in m.words):
        return False  # the article also writes every word small: "Meth", "meth"
    if any(len(m.words) > 1 for m in group):
        return True
    if any(m.surface != m.name for m in group):
        return True
    word = group[0].words[0]
    if votes[word, True] < votes[word, False] and word.upper() not in surnames():
        return False  # spaCy itself mostly sees no person: "Twitter", "Chrome"
    return len({m.span for m in group}) >= 2


def _person_votes(doc, words) -> Counter:
    """How often each word is labelled PERSON, (word, True), or not, (word, False)."""
    tokens = columns(doc)
    return Counter(
        (word, label == "PERSON")
        for word, label in zip(tokens.words, tokens.ent_types)
        if word in words
    )


def _person(group, descriptions=(), apposition="") -> PersonRef:
    counts = Counter(m.name for m in group)
    name = max(counts, key=lambda n: (len(n.split()), len(n), counts[n]))
    forms = dict.fromkeys(m.name for m in group)
    forms.update(dict.fromkeys(m.surface for m in group))
    forms.update(dict.fromkeys(descriptions))
    forms.pop(name)
    spans = _without_overlaps(m.span for m in group)
    # A title before the name ("Foreign Minister Ana Lind"), else an apposition.
    role = next((m.role for m in group if m.role), "") or apposition
    return PersonRef(name=name, aliases=tuple(forms), spans=spans, role=role)


def _without_overlaps(spans) -> tuple[Span, ...]:
    """Spans in text order, the longest kept where two overlap ("Austen, Jane" and
    "Austen"), so that the body can be walked from one mention to the next."""
    kept = []
    for span in sorted(set(spans), key=lambda s: (s.start, -s.end)):
        if not kept or span.start >= kept[-1].end:
            kept.append(span)
    return tuple(kept)
