"""Who says a quotation: the reporting verb near it, that verb's subject, and that
subject resolved to a person of the article, an organisation, or nobody known.

Works on a spaCy Doc's dependency parse; knows nothing about quotation marks beyond the
character spans it is given.
"""
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass

from articles.extraction.types import PersonRef

REPORTING_VERBS = frozenset(
    """say tell add state write tweet post explain ask claim note allege warn argue
    insist continue conclude describe comment announce declare reply respond recall
    testify order shout chant yell scream acknowledge admit suggest stress emphasize
    emphasise observe remark complain joke predict promise vow caution concede confirm
    deny assert maintain contend urge quip recount report read call reiterate charge
    counter lament boast muse wonder point testify""".split()
)
# Verbs that report words only in one of their senses ("called it a 'witch hunt'"),
# trusted only when the quotation sits inside their own clause.
CLAUSE_BOUND_VERBS = frozenset({"call", "describe", "read", "post", "report"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PERSONAL_PRONOUNS = frozenset({"he", "she", "him", "her"})
# Nouns for bodies that speak as one ("prosecutors alleged"), named by their phrase.
INSTITUTION_NOUNS = frozenset(
    """prosecutors police ministry department office agency government court
    commission committee council company firm league union organization organisation
    spokesperson spokesman spokeswoman statement report""".split()
)
# A spokesperson or a document speaks for the body named after it ("a spokesman for X").
PROXY_NOUNS = frozenset(
    "spokesperson spokesman spokeswoman representative rep statement report".split()
)
ORGANISATION_LABELS = frozenset({"ORG", "GPE", "NORP"})
TITLE_WORDS = frozenset(
    "mr mrs ms miss dr prof sir president sen senator rep gov governor".split()
)


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    # True when a reporting verb governs the quotation, whoever its subject is.
    has_reporting_verb: bool
    is_person: bool = False


NO_ATTRIBUTION = Attribution(speaker=None, has_reporting_verb=False)


class SpeakerResolver:
    """Maps subject tokens to speakers, remembering who was last named as a subject."""

    def __init__(self, doc, people: tuple[PersonRef, ...], quoted: list[tuple[int, int]]):
        self.doc = doc
        self.people = people
        self.by_form = _people_by_name_form(people)
        self.person_at = _person_by_token(doc, people, self.by_form)
        self.subject_mentions = _person_subject_mentions(doc, self.person_at, quoted)
        self.subject_positions = [position for position, _ in self.subject_mentions]
        self.organisations: list[str] = []

    def attribute(self, tokens, quote_start: int, quote_end: int) -> Attribution:
        """`tokens`: the doc tokens around the quotation that lie outside every quote."""
        verb = _reporting_verb(tokens, quote_start, quote_end)
        if verb is None:
            return NO_ATTRIBUTION
        subject = _subject_of(verb)
        if subject is None:
            return Attribution(speaker=None, has_reporting_verb=True)
        speaker, is_person = self._speaker_for(subject)
        return Attribution(speaker=speaker, has_reporting_verb=True, is_person=is_person)

    def _speaker_for(self, token) -> tuple[str | None, bool]:
        lower = token.lower_
        if lower in PERSONAL_PRONOUNS:
            person = self.last_person_subject_before(token.idx)
            return (person.name, True) if person else (None, False)
        person = self._person_for(token)
        if person is not None:
            return person, True
        if token.ent_type_ == "PERSON":
            return _entity_text(token), True
        organisation = self._organisation_for(token)
        if organisation is None and _is_definite_description(token):
            # "said the actor": the person last named as a subject.
            person = self.last_person_subject_before(token.idx)
            return (person.name, True) if person else (None, False)
        return organisation, False

    def _person_for(self, token) -> str | None:
        for candidate in [token, *_name_parts(token)]:
            person = self.person_at.get(candidate.i)
            if person is not None:
                return person.name
        phrase = " ".join(part.text for part in sorted(_name_parts(token) + [token]))
        for form in (phrase, token.text):
            person = self.by_form.get(fold_name(form))
            if person is not None:
                return person.name
        return None

    def _organisation_for(self, token) -> str | None:
        if token.lemma_.lower() in PROXY_NOUNS:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in {"for", "from", "of", "at"}:
                    for target in child.children:
                        if target.dep_ == "pobj":
                            return self._organisation_for(target)
        if token.ent_type_ in ORGANISATION_LABELS:
            return self._remember(_entity_text(token))
        if token.lemma_.lower() in INSTITUTION_NOUNS or token.lower_ in INSTITUTION_NOUNS:
            return self._remember(_noun_phrase(token))
        return None

    def _remember(self, name: str) -> str:
        """A shorter later form ("prosecutors") takes the fuller earlier one."""
        folded = name.lower()
        for known in reversed(self.organisations):
            if known.lower().endswith(folded):
                return known
        self.organisations.append(name)
        return name

    def last_person_subject_before(self, position: int) -> PersonRef | None:
        index = bisect_left(self.subject_positions, position)
        return self.subject_mentions[index - 1][1] if index else None


def _reporting_verb(tokens, quote_start: int, quote_end: int):
    """The reporting verb nearest the quotation; one whose clause holds it comes first."""
    best = None
    best_distance = None
    for token in tokens:
        if token.lemma_.lower() == "accord" and token.lower_ == "according":
            candidate = token
        elif token.pos_ in {"VERB", "AUX"} and token.lemma_.lower() in REPORTING_VERBS:
            candidate = token
        else:
            continue
        holds_quote = _clause_holds(candidate, quote_start, quote_end)
        if candidate.lemma_.lower() in CLAUSE_BOUND_VERBS and not holds_quote:
            continue
        distance = min(abs(candidate.idx - quote_start), abs(candidate.idx - quote_end))
        if holds_quote:
            distance -= 10_000
        if best_distance is None or distance < best_distance:
            best, best_distance = candidate, distance
    return best


def _clause_holds(verb, start: int, end: int) -> bool:
    left = verb.left_edge.idx
    right = verb.right_edge.idx + len(verb.right_edge)
    return left <= start and end <= right + 1


def _subject_of(verb):
    if verb.lower_ == "according":
        for child in verb.children:
            if child.lower_ == "to":
                return next((g for g in child.children if g.dep_ == "pobj"), None)
        return None
    current = verb
    for _ in range(4):
        subject = next((c for c in current.children if c.dep_ in SUBJECT_DEPS), None)
        if subject is not None:
            return subject
        if current.dep_ not in {"conj", "advcl", "xcomp", "ccomp", "relcl", "parataxis"}:
            return None
        if current.head is current:
            return None
        current = current.head
    return None


def _is_definite_description(token) -> bool:
    determiners = [c.lower_ for c in token.children if c.dep_ == "det"]
    return token.pos_ == "NOUN" and token.tag_ == "NN" and determiners == ["the"]


def _name_parts(token) -> list:
    return [c for c in token.children if c.dep_ in {"compound", "flat"}]


def _entity_text(token) -> str:
    for entity in token.doc.ents:
        if entity.start <= token.i < entity.end:
            words = entity.text.split()
            if words and words[0].lower() == "the":
                words = words[1:]
            return " ".join(words).removesuffix("'s").removesuffix("’s")
    return token.text


def _noun_phrase(token) -> str:
    """The words from the phrase's left edge to its head, without a leading article."""
    start = token.left_edge.i
    while start < token.i and token.doc[start].dep_ in {"det", "punct"}:
        start += 1
    return token.doc[start : token.i + 1].text


def _person_by_token(doc, people, by_form) -> dict:
    """Each token that names a person: their mention spans, and any proper noun that is
    one of their one-word name forms (a surname the entity tagger missed)."""
    person_at = {}
    for person in people:
        for span in person.spans:
            chars = doc.char_span(span.start, span.end, alignment_mode="expand")
            for token in chars or ():
                person_at[token.i] = person
    for token in doc:
        if token.pos_ == "PROPN" and token.i not in person_at:
            person = by_form.get(fold_name(token.text))
            if person is not None:
                person_at[token.i] = person
    return person_at


def _people_by_name_form(people) -> dict:
    """Folded name forms -> person; a surname counts when no other person shares it."""
    by_form = {}
    surnames: dict[str, list] = {}
    for person in people:
        for form in (person.name, *person.aliases):
            by_form.setdefault(fold_name(form), person)
        words = fold_name(person.name).split()
        if len(words) > 1:
            surnames.setdefault(words[-1], []).append(person)
    for surname, owners in surnames.items():
        if len(owners) == 1:
            by_form.setdefault(surname, owners[0])
    return by_form


def _person_subject_mentions(doc, person_at, quoted) -> list:
    """(offset, person) for each person named as a subject outside a quotation."""
    starts = [start for start, _ in quoted]
    mentions = []
    for index, person in sorted(person_at.items()):
        token = doc[index]
        if _inside(token.idx, quoted, starts):
            continue
        head = token
        while head.dep_ in {"compound", "flat", "appos"} and head.head is not head:
            head = head.head
        if head.dep_ in SUBJECT_DEPS:
            mentions.append((token.idx, person))
    return mentions


def _inside(position: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    index = bisect_left(starts, position + 1) - 1
    return index >= 0 and spans[index][0] <= position < spans[index][1]


def fold_name(name: str) -> str:
    """Case, accents, titles and possessives folded: "Sen. Ted Cruz's" -> "ted cruz"."""
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in plain if not unicodedata.combining(c)).lower()
    plain = plain.replace("’", "'").removesuffix("'s")
    words = [w.strip(".,") for w in plain.split()]
    while words and words[0] in TITLE_WORDS:
        words = words[1:]
    return " ".join(words)
