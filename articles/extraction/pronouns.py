"""Which person a "he" or "she" points back to: the person last named as a subject
whose pronouns in the article agree with it.

An article tells a person's pronouns by the sentences about them alone: "Lind
said her plan ... She added" votes "she" for Lind. With no votes either way, the
person last named as a subject is taken, whatever the pronoun.
"""
from bisect import bisect_left
from collections import Counter

from articles.extraction.columns import columns

PRONOUN_GENDER = {
    "he": "he",
    "him": "he",
    "his": "he",
    "himself": "he",
    "she": "she",
    "her": "she",
    "hers": "she",
    "herself": "she",
}
# A subject or a possessive pronoun mostly means the person the sentence is about;
# an object ("Lind found him") mostly means someone else.
VOTING_DEPS = frozenset({"nsubj", "nsubjpass", "poss"})
# How many earlier subjects to look through for one whose pronouns agree.
CANDIDATES = 6


def pronoun_votes(doc, person_at: dict, outside: set[int]) -> dict:
    """Person name -> Counter of "he"/"she" over the sentences whose only person
    subject is that person, and the sentence after each, when it names nobody as a
    subject. Only the words outside quotations count (`outside`: token indices)."""
    lowers = columns(doc).lowers
    votes: dict[str, Counter] = {}
    previous_person = None
    for sentence in doc.sents:
        # Indices, not tokens: only names and pronouns are looked at more closely.
        words = [i for i in range(sentence.start, sentence.end) if i in outside]
        named = {
            person_at[i].name
            for i in words
            if i in person_at and _is_subject(doc[i])
        }
        genders = Counter(
            PRONOUN_GENDER[lowers[i]]
            for i in words
            if lowers[i] in PRONOUN_GENDER and doc[i].dep_ in VOTING_DEPS
        )
        if len(named) > 1:
            previous_person = None
            continue
        person = next(iter(named)) if named else previous_person
        if person is not None and genders:
            votes.setdefault(person, Counter()).update(genders)
        # A sentence naming nobody speaks for the person of the sentence before it,
        # and only that one sentence does.
        previous_person = person if named else None
    return votes


def _is_subject(token) -> bool:
    while token.dep_ in {"compound", "flat", "appos"} and token.head is not token:
        token = token.head
    return token.dep_ in {"nsubj", "nsubjpass"}


def resolve_pronoun(pronoun: str, position: int, subjects, votes) -> str | None:
    """`subjects`: (offset, name) of people named as subjects, in order."""
    gender = PRONOUN_GENDER.get(pronoun.lower())
    index = bisect_left(subjects, (position, ""))
    earlier = subjects[max(0, index - CANDIDATES * 4) : index]
    seen = []
    for _, name in reversed(earlier):
        if name in seen:
            continue
        seen.append(name)
        if len(seen) > CANDIDATES:
            break
        if _agrees(votes.get(name), gender):
            return name
    return seen[0] if seen else None


def _agrees(counts: Counter | None, gender: str | None) -> bool:
    if not counts or gender is None:
        return True
    other = "she" if gender == "he" else "he"
    return counts[gender] >= counts[other]
