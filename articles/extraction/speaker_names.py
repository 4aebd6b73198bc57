"""Name forms of the people and organisations that speak in an article: folding for
comparison, and the tokens of a spaCy Doc that name a given person."""
import unicodedata

from articles.extraction.columns import columns

TITLE_WORDS = frozenset(
    "mr mrs ms miss dr prof sir president sen senator rep gov governor".split()
)

NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})


def fold_name(name: str) -> str:
    """Case, accents, titles and possessives folded: "Sen. Ted Cruz's" -> "ted cruz"."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    plain = plain.replace("’", "'").removesuffix("'s")
    words = [word.strip(".,") for word in plain.split()]
    while words and words[0] in TITLE_WORDS:
        words = words[1:]
    return " ".join(words)


def people_by_name_form(people) -> dict:
    """Folded name forms -> person; a surname counts when no other person shares it."""
    by_form = {}
    surnames: dict[str, list] = {}
    for person in people:
        for form in (person.name, *person.aliases):
            by_form.setdefault(fold_name(form), person)
        words = fold_name(person.name).split()
        while len(words) > 2 and words[-1] in NAME_SUFFIXES:
            words = words[:-1]
        if len(words) > 1:
            surnames.setdefault(words[-1], []).append(person)
    for surname, owners in surnames.items():
        if len(owners) == 1:
            by_form.setdefault(surname, owners[0])
    return by_form


def person_by_token(doc, people, by_form) -> dict:
    """Token index -> person, for each token that names one: the mention spans, and
    any capitalised word that is one of their one-word forms (a missed surname)."""
    person_at = {}
    for person in people:
        for span in person.spans:
            chars = doc.char_span(span.start, span.end, alignment_mode="expand")
            for token in chars or ():
                person_at[token.i] = person
    tokens = columns(doc)
    for i, (word, pos) in enumerate(zip(tokens.words, tokens.pos)):
        # A pronoun is never a name, even when a person is called "He" (Liu He).
        if word.istitle() and pos != "PRON" and i not in person_at:
            person = by_form.get(fold_name(word))
            if person is not None:
                person_at[i] = person
    return person_at


def name_parts(token) -> list:
    return [child for child in token.children if child.dep_ in {"compound", "flat"}]


def entity_text(token) -> str:
    """The named entity the token belongs to (without "the" or "'s"), else the proper
    noun with its compound parts ("Diego Schwartzman")."""
    if token.ent_iob_ in {"B", "I"}:
        start = token.i
        while start > 0 and token.doc[start].ent_iob_ == "I":
            start -= 1
        end = token.i + 1
        while end < len(token.doc) and token.doc[end].ent_iob_ == "I":
            end += 1
        text = token.doc[start:end].text
    else:
        text = _proper_noun_phrase(token)
    if text.lower().startswith("the "):
        text = text[4:]
    return text.removesuffix("'s").removesuffix("’s")


def _proper_noun_phrase(token) -> str:
    """"United Nations High Commissioner for Human Rights": the capitalised words
    before the head and a capitalised "of"/"for" phrase after it."""
    doc = token.doc
    start = token.i
    while start > token.left_edge.i and doc[start - 1].pos_ == "PROPN":
        start -= 1
    end = token.i + 1
    for child in token.rights:
        if child.dep_ != "prep" or child.lower_ not in {"of", "for"}:
            break
        phrase = doc[child.i + 1 : child.right_edge.i + 1]
        if not all(word.pos_ == "PROPN" or word.lower_ == "and" for word in phrase):
            break
        end = child.right_edge.i + 1
    return doc[start:end].text


def noun_phrase(token) -> str:
    """The words from the phrase's left edge to its head, without a leading article."""
    start = token.left_edge.i
    while start < token.i and token.doc[start].dep_ in {"det", "punct"}:
        start += 1
    return token.doc[start : token.i + 1].text
