use super::*;
use crate::score::evidence::digits_transposed;
use chrono::NaiveDate;
use paxscreen_watchlists::PartialDate;

fn uniform(n: usize) -> Vec<Weighted> {
    vec![Weighted::new(10.0, true); n]
}

fn exact_diagonal(i: usize, j: usize) -> Option<(f32, TokenMatch)> {
    (i == j).then_some((0.0, TokenMatch::Exact))
}

#[test]
fn identical_names_add_their_information() {
    let score = score_name(&uniform(2), &uniform(2), exact_diagonal);
    assert!((score.bits - 20.0).abs() < 1e-4, "{}", score.bits);
    assert_eq!(score.aligned.len(), 2);
}

#[test]
fn a_missing_middle_name_costs_little_a_different_surname_a_lot() {
    let missing_middle = score_name(&uniform(3), &uniform(2), |i, j| match (i, j) {
        (0, 0) | (2, 1) => Some((0.0, TokenMatch::Exact)),
        _ => None,
    });
    let other_surname = score_name(&uniform(3), &uniform(3), |i, j| {
        (i == j && i < 2).then_some((0.0, TokenMatch::Exact))
    });
    assert!(missing_middle.bits > 16.0, "{}", missing_middle.bits);
    assert!(
        other_surname.bits < missing_middle.bits - 5.0,
        "{}",
        other_surname.bits
    );
}

#[test]
fn one_shared_token_is_not_one_name() {
    let other_given_name = score_name(&uniform(2), &uniform(2), |i, j| {
        (i == 1 && j == 1).then_some((0.0, TokenMatch::Exact))
    });
    assert!(other_given_name.bits <= NOT_ONE_NAME_BITS);
}

#[test]
fn repeated_tokens_align_once() {
    // ALI ALI ALI against ALI HASSAN: every query token is like the first candidate token.
    let score = score_name(&uniform(3), &uniform(2), |_, j| {
        (j == 0).then_some((0.0, TokenMatch::Exact))
    });
    assert_eq!(score.aligned.len(), 1);
    assert!(score.bits <= NOT_ONE_NAME_BITS);
}

#[test]
fn two_names_count_against_the_match() {
    let with_spelling = score_name(&uniform(2), &uniform(2), |i, j| match (i, j) {
        (0, 0) => Some((0.0, TokenMatch::Exact)),
        (1, 1) => Some((3.0, TokenMatch::Spelling)),
        _ => None,
    });
    let with_distinct = score_name(&uniform(2), &uniform(2), |i, j| match (i, j) {
        (0, 0) => Some((0.0, TokenMatch::Exact)),
        (1, 1) => Some((3.0, TokenMatch::Distinct)),
        _ => None,
    });
    assert!((with_spelling.bits - 17.0).abs() < 1e-4);
    assert!(with_distinct.bits < 10.0 && with_distinct.bits > NOT_ONE_NAME_BITS);
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn agreement(t: NaiveDate, listed: &[PartialDate]) -> DateAgreement {
    evidence::compare_dates(Some(t), listed).unwrap().0
}

#[test]
fn date_of_birth_agreements() {
    use DateAgreement::*;
    let full = |y, m, d| [PartialDate::Full(date(y, m, d))];
    assert_eq!(agreement(date(1972, 3, 15), &full(1972, 3, 15)), Exact);
    assert_eq!(agreement(date(1972, 3, 5), &full(1972, 5, 3)), Swapped);
    assert_eq!(
        agreement(date(1972, 3, 5), &[PartialDate::Year(1972)]),
        Year
    );
    assert_eq!(
        agreement(date(1972, 3, 5), &[PartialDate::Year(1973)]),
        YearApart
    );
    assert_eq!(
        agreement(
            date(1950, 3, 5),
            &[PartialDate::Year(1994), PartialDate::Year(1951)]
        ),
        YearApart
    );
    assert_eq!(agreement(date(1950, 3, 5), &full(1994, 3, 5)), Distant);
    // One slip is tolerated; two at once (another person of the same name, most often) are not.
    assert_eq!(agreement(date(1970, 10, 10), &full(1970, 10, 11)), OneSlip);
    assert_eq!(agreement(date(1970, 10, 10), &full(1970, 11, 10)), OneSlip);
    assert_eq!(agreement(date(1954, 7, 31), &full(1954, 8, 9)), OtherDate);
    assert_eq!(agreement(date(1988, 8, 13), &full(1988, 8, 31)), OneSlip);
    assert_eq!(
        agreement(date(1970, 10, 10), &full(1970, 10, 25)),
        OtherDate
    );
    assert_eq!(agreement(date(1970, 3, 10), &full(1970, 11, 10)), OtherDate);
    assert_eq!(
        agreement(date(1970, 3, 10), &[PartialDate::YearMonth(1970, 11)]),
        OtherDate
    );
    assert_eq!(
        agreement(date(1970, 3, 10), &[PartialDate::YearMonth(1970, 8)]),
        OneSlip
    );
    // A day apart is one slip, across a month or a year too.
    assert_eq!(agreement(date(1985, 1, 31), &full(1985, 2, 1)), OneSlip);
    assert_eq!(agreement(date(1998, 12, 31), &full(1999, 1, 1)), OneSlip);
    assert_eq!(agreement(date(1987, 4, 9), &full(1978, 4, 9)), OneSlip);
    assert_eq!(agreement(date(1972, 3, 15), &full(1973, 3, 15)), OneSlip);
    assert_eq!(agreement(date(1984, 5, 26), &full(1948, 5, 4)), TwoSlips);
    assert_eq!(agreement(date(1996, 11, 2), &full(1995, 2, 26)), TwoSlips);
    assert_eq!(
        agreement(date(1996, 11, 2), &[PartialDate::YearMonth(1995, 11)]),
        YearApart
    );
    // Swapped year digits are a slip only where the month agrees.
    assert_eq!(
        agreement(date(1983, 6, 2), &[PartialDate::Year(1938)]),
        Distant
    );
    assert_eq!(
        agreement(date(1983, 6, 2), &[PartialDate::YearMonth(1938, 6)]),
        OneSlip
    );
    assert!(date_of_birth_effect(None, &[PartialDate::Year(1990)]).is_none());
    // The weights order the agreements.
    assert!(Exact.bits() > OneSlip.bits() && OneSlip.bits() > OtherDate.bits());
    assert!(OtherDate.bits() > Distant.bits());
}

#[test]
fn transposed_year_digits_are_adjacent_swaps_only() {
    assert!(digits_transposed(1983, 1938));
    assert!(digits_transposed(1975, 1957));
    assert!(digits_transposed(1990, 9190));
    assert!(!digits_transposed(1983, 1983));
    assert!(!digits_transposed(1983, 1984));
    assert!(
        !digits_transposed(1983, 3981),
        "a swap of non-adjacent digits"
    );
    assert!(!digits_transposed(1983, 1839), "three digits differ");
    assert!(!digits_transposed(-1983, 1938));
}

#[test]
fn transposed_years_differ_by_a_multiple_of_nine() {
    // `agreement` tests the gap before the digits.
    for a in 1000..3000 {
        for b in 1000..3000 {
            if digits_transposed(a, b) {
                assert_eq!((a - b) % 9, 0, "{a} {b}");
            }
        }
    }
}
