"""Who says a quotation: the reporting verb near it, that verb's subject, and that
subject resolved to a person of the article, an organisation, or nobody known.

Works on a spaCy Doc's dependency parse; knows nothing about quotation marks beyond the
character spans it is given.
"""
from bisect import bisect_left
from dataclasses import dataclass

from articles.extraction.columns import columns
from articles.extraction.nlp import lemma
from articles.extraction.pronouns import pronoun_votes, resolve_pronoun
from articles.extraction.speaker_names import (
    entity_text,
    fold_name,
    name_parts,
    noun_phrase,
    people_by_name_form,
    person_by_token,
)
from articles.extraction.types import PersonRef

REPORTING_VERBS = frozenset(
    """say tell add state write tweet post explain ask claim note allege warn argue
    insist continue conclude describe comment announce declare reply respond recall
    testify order shout chant yell scream acknowledge admit suggest stress emphasize
    emphasise observe remark complain joke predict promise vow caution concede confirm
    deny assert maintain contend urge quip recount report read call reiterate charge
    counter lament boast muse wonder point assure reason plead beg accuse agree
    criticize criticise""".split()
)
# Verbs that report words only in one of their senses ("called it a 'witch hunt'"),
# trusted only when the quotation sits inside their own clause.
CLAUSE_BOUND_VERBS = frozenset({"call", "describe", "read", "post", "report"})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
# Clauses that borrow the subject of the clause they hang from ("and added, ...").
SUBJECT_SHARING_DEPS = frozenset({"conj", "advcl", "xcomp", "ccomp", "parataxis"})
MAIN_CLAUSE_DEPS = frozenset({"ROOT", "conj", "parataxis"})
# A name beside a reporting verb in one of these roles is not a subject the parser
# missed: the subject itself, a part of a name, or who was told ("told Smith").
NOT_A_MISSED_SUBJECT = SUBJECT_DEPS | {
    "compound",
    "flat",
    "poss",
    "appos",
    "dobj",
    "dative",
    "iobj",
    "pobj",
}
PERSONAL_PRONOUNS = frozenset({"he", "she"})
# Nouns for bodies that speak as one ("prosecutors alleged"), named by their phrase.
INSTITUTION_NOUNS = frozenset(
    """prosecutors police ministry department office agency government court
    commission committee council league union organization organisation""".split()
)
# A spokesperson or a document speaks for the body named after it ("a spokesman for X").
PROXY_NOUNS = frozenset(
    "spokesperson spokesman spokeswoman representative rep statement report".split()
)
# "The statement continued", "the company said": the organisation last named as a
# subject is the one speaking.
ANAPHORIC_ORGANISATION_NOUNS = frozenset(
    "statement company firm label group organization organisation".split()
)
ORGANISATION_LABELS = frozenset({"ORG", "GPE", "NORP"})
# Where the words naming an office end: "governor of the Bank of Canada".
ROLE_PREPOSITIONS = frozenset({"of", "at", "for", "in", "with", "from", "on"})


@dataclass(frozen=True)
class Attribution:
    speaker: str | None
    # True when a reporting verb with a subject presents the quotation.
    has_reporting_verb: bool
    verb: str = ""


NO_ATTRIBUTION = Attribution(speaker=None, has_reporting_verb=False)


class SpeakerResolver:
    """Maps subject tokens to speakers, remembering who was last named as a subject."""

    def __init__(self, doc, people: tuple[PersonRef, ...], quoted: list[tuple]):
        self.doc = doc
        self.by_form = people_by_name_form(people)
        self.person_at = person_by_token(doc, people, self.by_form)
        # Only the tokens that can matter are made into Token objects: walking a
        # Doc builds one per token, and a body has about a thousand.
        outside = _outside_quotes(columns(doc).starts, quoted)
        person_tokens = [doc[i] for i in outside if i in self.person_at]
        self.person_subjects = _subject_mentions(
            person_tokens, lambda token: self.person_at.get(token.i)
        )
        self.person_mentions = [
            (token.idx, self.person_at[token.i].name) for token in person_tokens
        ]
        ent_types, pos = columns(doc).ent_types, columns(doc).pos
        self.organisation_subjects = _subject_mentions(
            [doc[i] for i in outside if ent_types[i] == "ORG"], _organisation_entity
        )
        self.anonymous_nouns = _anonymous_nouns(
            [doc[i] for i in outside if pos[i] == "NOUN"]
        )
        self.roles = _people_by_role(people)
        self.pronoun_votes = pronoun_votes(doc, self.person_at, set(outside))
        self.organisations: list[str] = []

    def attribute(self, tokens, quote_start: int, quote_end: int) -> Attribution:
        """`tokens`: the doc tokens near the quotation that lie outside every quote."""
        verb = _reporting_verb(tokens, quote_start, quote_end)
        if verb is None:
            return NO_ATTRIBUTION
        subject = self._adjacent_person(verb) or _subject_of(verb)
        if subject is None:
            return NO_ATTRIBUTION
        return Attribution(
            speaker=self._speaker_for(subject),
            has_reporting_verb=True,
            verb=lemma(verb).lower(),
        )

    def _adjacent_person(self, verb):
        """A person's name right before or after the verb ("Early says", "says Early"):
        the parser can take a surname that is also a common word for an adverb."""
        doc = self.doc
        before = verb.i - 1
        while (
            before >= 0 and doc[before].pos_ == "ADV" and before not in self.person_at
        ):
            before -= 1
        for index in (before, verb.i + 1):
            if 0 <= index < len(doc) and index in self.person_at:
                token = doc[index]
                if token.dep_ not in NOT_A_MISSED_SUBJECT:
                    return token
        return None

    def _speaker_for(self, token) -> str | None:
        if token.lower_ in PERSONAL_PRONOUNS:
            # The person last named as a subject; failing that, the last one named.
            return resolve_pronoun(
                token.lower_, token.idx, self.person_subjects, self.pronoun_votes
            ) or self._last_subject_name(self.person_mentions, token.idx)
        person = self._person_for(token)
        if person is not None:
            return person
        organisation = self._organisation_for(token)
        if organisation is not None:
            return organisation
        if token.pos_ == "PROPN":
            return entity_text(token)
        if _is_definite(token) and lemma(token).lower() in self.roles:
            # "the president said", after "President Donald Trump".
            return self.roles[lemma(token).lower()]
        if _is_definite(token) and lemma(token).lower() not in self.anonymous_nouns:
            # "said the actor": the person last named as a subject.
            return self._last_subject_name(self.person_subjects, token.idx)
        return None

    def _person_for(self, token) -> str | None:
        # "Senior author Dr. Ann Lee": the name may stand beside the noun it describes.
        appositions = [child for child in token.children if child.dep_ == "appos"]
        for candidate in [token, *name_parts(token), *appositions]:
            person = self.person_at.get(candidate.i)
            if person is not None:
                return person.name
        if token.ent_type_ == "PERSON":
            person = self.by_form.get(fold_name(entity_text(token)))
            return person.name if person else entity_text(token)
        return None

    def _organisation_for(self, token) -> str | None:
        noun = lemma(token).lower()
        if noun in PROXY_NOUNS:
            for child in token.children:
                if child.dep_ == "prep" and child.lower_ in {"for", "from", "of", "at"}:
                    for target in child.children:
                        if target.dep_ == "pobj":
                            return self._organisation_for(target)
        if token.ent_type_ in ORGANISATION_LABELS:
            return self._remember(entity_text(token))
        if noun in ANAPHORIC_ORGANISATION_NOUNS and _is_definite(token):
            named = self._last_subject_name(self.organisation_subjects, token.idx)
            if named:
                return named
        if noun in INSTITUTION_NOUNS or token.lower_ in INSTITUTION_NOUNS:
            return self._remember(noun_phrase(token))
        return None

    def _remember(self, name: str) -> str:
        """A shorter later form ("prosecutors") takes the fuller earlier one."""
        folded = name.lower()
        for known in reversed(self.organisations):
            if known.lower().endswith(folded):
                return known
        self.organisations.append(name)
        return name

    @staticmethod
    def _last_subject_name(mentions, position: int) -> str | None:
        index = bisect_left(mentions, (position, ""))
        return mentions[index - 1][1] if index else None


def _reporting_verb(tokens, quote_start: int, quote_end: int):
    """The reporting verb nearest the quotation; one whose clause holds it first."""
    best = None
    best_distance = None
    outside = {token.i for token in tokens}
    for token in tokens:
        if token.lower_ == "according":
            candidate = token
        elif token.pos_ in {"VERB", "AUX"} and lemma(token).lower() in REPORTING_VERBS:
            if any(c.dep_ == "neg" and c.i in outside for c in token.children):
                continue  # "cannot explain why": no words reported
            candidate = token
        else:
            continue
        holds_quote = _clause_holds(candidate, quote_start, quote_end)
        if lemma(candidate).lower() in CLAUSE_BOUND_VERBS and not holds_quote:
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
        to = next((child for child in verb.children if child.lower_ == "to"), None)
        objects = [g for g in to.children if g.dep_ == "pobj"] if to is not None else []
        return objects[0] if objects else None
    current = verb
    for _ in range(4):
        subjects = [c for c in current.children if c.dep_ in SUBJECT_DEPS]
        if subjects:
            # The parser may hang a subject from the paragraph before on this verb.
            return min(subjects, key=lambda subject: abs(subject.i - current.i))
        if current.dep_ not in SUBJECT_SHARING_DEPS or current.head is current:
            return None
        current = current.head
    return None


def _people_by_role(people) -> dict[str, str]:
    """The noun of a title ("US President", "governor of the Bank of Canada") ->
    the one person who holds it."""
    holders: dict[str, set[str]] = {}
    for person in people:
        noun = _role_noun(person.role)
        if noun:
            holders.setdefault(noun, set()).add(person.name)
    return {role: names.pop() for role, names in holders.items() if len(names) == 1}


def _role_noun(role: str) -> str:
    """The last word before any "of", "at", ...: what the person is."""
    words = []
    for word in role.lower().split():
        if word in ROLE_PREPOSITIONS:
            break
        words.append(word)
    return words[-1] if words else ""


def _anonymous_nouns(tokens) -> set[str]:
    """Nouns the article brings in with "a"/"an" ("an insider told the outlet"): a later
    "the insider said" is that unnamed someone, not the person last named."""
    return {
        lemma(token).lower()
        for token in tokens
        if token.pos_ == "NOUN"
        and any(child.lower_ in {"a", "an"} for child in token.children)
    }


def _is_definite(token) -> bool:
    determiners = [child.lower_ for child in token.children if child.dep_ == "det"]
    return determiners == ["the"]


def _organisation_entity(token) -> str | None:
    if token.ent_type_ == "ORG":
        return entity_text(token)
    return None


def _outside_quotes(starts: list[int], quoted: list[tuple[int, int]]) -> list[int]:
    """The indices of the tokens (starting at `starts`) that stand outside every
    quotation, in order."""
    outside = []
    spans = iter(sorted(quoted))
    current = next(spans, None)
    for i, start in enumerate(starts):
        while current is not None and current[1] <= start:
            current = next(spans, None)
        if current is None or start < current[0]:
            outside.append(i)
    return outside


def _subject_mentions(tokens, name_of) -> list[tuple[int, str]]:
    """(offset, name) for each name that is the subject of a main clause: the one a
    later "he said" or "the company said" points back to."""
    mentions = []
    for token in tokens:
        name = name_of(token)
        if name is None:
            continue
        head = token
        while head.dep_ in {"compound", "flat", "appos"} and head.head is not head:
            head = head.head
        verb = head.head
        is_subject = head.dep_ in SUBJECT_DEPS and (
            verb.dep_ in MAIN_CLAUSE_DEPS or lemma(verb).lower() in REPORTING_VERBS
        )
        if is_subject or _stands_before_reporting_verb(token):
            mentions.append((token.idx, getattr(name, "name", name)))
    return mentions


def _stands_before_reporting_verb(token) -> bool:
    """"Early says": a subject the parser took for an adverb."""
    doc = token.doc
    after = token.i + 1
    while after < len(doc) and doc[after].pos_ == "ADV":
        after += 1
    return (
        after < len(doc)
        and doc[after].pos_ == "VERB"
        and lemma(doc[after]).lower() in REPORTING_VERBS
    )
