"""Names, people, quotes and metadata rules of the evaluation, on hand-made cases."""

from articles.evaluation.matching import match_one_to_one
from articles.evaluation.metadata_rules import (
    authors_found,
    byline_names,
    same_date,
    same_title,
    snippet_in,
)
from articles.evaluation.names import (
    Person,
    fold_name,
    fold_organisation,
    match_people,
    same_person,
    split_people,
)
from articles.evaluation.quote_matching import same_quote


def test_it_folds_case_accents_and_dots():
    assert fold_name("JOSÉ  Núñez") == "jose nunez"
    assert fold_name("Anna K. Berg") == fold_name("anna k berg")


def test_it_folds_leading_titles_away():
    assert fold_name("President Ana Ruiz") == "ana ruiz"
    assert fold_name("former Sen. Ana Ruiz") == "ana ruiz"
    assert fold_name("Dr Ana Ruiz") == "ana ruiz"


def test_a_title_inside_a_name_stays():
    assert fold_name("Ana General Ruiz") == "ana general ruiz"


def test_a_name_that_is_only_a_title_stays_as_it_is():
    assert fold_name("Pope") == "pope"


def test_it_folds_a_possessive_away():
    assert fold_name("Ruiz’s") == "ruiz"
    assert fold_name("Ana Ruiz's") == "ana ruiz"


def test_an_organisation_loses_its_article():
    assert fold_organisation("the Ministry") == fold_organisation("Ministry")


def test_people_match_through_any_name_form():
    gold = [Person.of("Ana Ruiz", ["Ruiz"])]
    assert match_people(gold, [Person.of("Mayor Ruiz")]) == {0: 0}
    assert match_people(gold, [Person.of("Ana Ruíz")]) == {0: 0}
    assert match_people(gold, [Person.of("Bo Ruiz")]) == {}


def test_one_gold_person_matches_at_most_one_predicted_person():
    gold = [Person.of("Ana Ruiz", ["Ruiz"])]
    predicted = [Person.of("Ana Ruiz"), Person.of("Ruiz")]
    pairs = match_people(gold, predicted)
    assert len(pairs) == 1
    assert split_people(gold, predicted, pairs) == 1


def test_one_predicted_person_matches_at_most_one_gold_person():
    gold = [Person.of("Ana Ruiz", ["Ruiz"]), Person.of("Luis Ruiz", ["Ruiz"])]
    assert len(match_people(gold, [Person.of("Ruiz")])) == 1


def test_matching_finds_the_largest_pairing_not_the_first_greedy_one():
    # The first gold person also fits the first prediction; taking it greedily
    # would leave the second gold person, who fits only that one, unmatched.
    gold = [Person.of("Ana Ruiz", ["Ruiz"]), Person.of("Ruiz")]
    predicted = [Person.of("Ruiz"), Person.of("Ana Ruiz")]
    assert match_one_to_one(gold, predicted, same_person) == {0: 1, 1: 0}


def test_a_person_found_once_is_not_split():
    gold = [Person.of("Ana Ruiz", ["Ruiz"]), Person.of("Luis Ortega")]
    predicted = [Person.of("Ana Ruiz", ["Ruiz"]), Person.of("Luis Ortega")]
    assert split_people(gold, predicted, match_people(gold, predicted)) == 0


def test_a_prediction_paired_with_another_gold_person_is_no_split():
    gold = [Person.of("Ana Ruiz", ["Ruiz"]), Person.of("Luis Ruiz", ["Ruiz"])]
    predicted = [Person.of("Ana Ruiz", ["Ruiz"]), Person.of("Luis Ruiz", ["Ruiz"])]
    assert split_people(gold, predicted, match_people(gold, predicted)) == 0


def test_generic_matching_respects_the_fit():
    pairs = match_one_to_one([1, 2, 3], [3, 4], lambda g, p: p == g + 1)
    assert pairs == {2: 0, 3: 1} or pairs == {1: 0, 2: 1}


def test_quotes_match_with_four_fifths_of_the_longer_one():
    gold = "one two three four five six seven eight nine ten"
    assert same_quote(gold, "one two three four five six seven eight")  # 8 of 10
    assert not same_quote(gold, "one two three four five six seven")  # 7 of 10


def test_quote_overlap_is_measured_against_the_longer_quote():
    short = "one two three four"
    assert not same_quote(short, short + " five six")  # 4 of 6
    assert same_quote(short, "One two, three four.")


def test_quote_overlap_counts_repeated_words_once_each():
    assert not same_quote("no no no no no", "no maybe yes so fine")


def test_titles_are_equal_after_folding_case_and_space():
    assert same_title("The  Bridge Opens", "the bridge opens ")
    assert not same_title("The Bridge Opens", "The Bridge Opens Today")
    assert not same_title("The Bridge Opens", None)


def test_dates_are_equal_as_iso_days():
    assert same_date("2021-03-04", "2021-03-04")
    assert not same_date("2021-03-04", "2021-03-05")
    assert not same_date("2021-03-04", None)


def test_a_byline_is_cut_into_names_without_outlet():
    assert byline_names("Ann Lee And Bo Chan For The Evening Post") == {
        "ann lee",
        "bo chan",
    }
    assert byline_names("By Ann Lee; Bo Chan") == {"ann lee", "bo chan"}
    assert byline_names("Ann Lee from the Institute of Bridges") == {"ann lee"}


def test_every_gold_author_must_be_found():
    gold = "Ann Lee And Bo Chan For The Evening Post"
    assert authors_found(gold, ["Ann Lee", "Bo Chan", "Extra Person"])
    assert authors_found(gold, ["Ann Lee and Bo Chan"])
    assert not authors_found(gold, ["Ann Lee"])
    assert not authors_found(gold, [])


def test_author_names_fold_dots_and_accents():
    assert authors_found("J.R. Núñez", ["J. R. Nunez"])


def test_snippets_are_found_after_folding_case_and_space():
    body = "The bridge opened on Monday.\n\nRead the full story"
    assert snippet_in("bridge  opened", body)
    assert snippet_in("read the FULL story", body)
    assert not snippet_in("Subscribe now", body)


def test_among_equal_pairings_the_closest_partner_is_kept():
    gold = [Person.of("Ana Ruiz", ["Ruiz"])]
    predicted = [Person.of("Ruiz Foundation", ["Ruiz"]), Person.of("Ana Ruiz")]
    assert match_people(gold, predicted) == {0: 1}
