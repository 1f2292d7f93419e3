use super::*;

fn uniform(n: usize) -> Vec<Weighted> {
    vec![Weighted::new(0.5, true); n]
}

fn exact_diagonal(i: usize, j: usize) -> Option<(f32, TokenMatch)> {
    (i == j).then_some((1.0, TokenMatch::Exact))
}

#[test]
fn identical_names_score_one() {
    let score = score_name(&uniform(2), &uniform(2), exact_diagonal);
    assert!((score.score - 1.0).abs() < 1e-6);
    assert_eq!(score.aligned.len(), 2);
}

#[test]
fn a_missing_middle_name_costs_little_a_different_surname_a_lot() {
    let missing_middle = score_name(&uniform(3), &uniform(2), |i, j| match (i, j) {
        (0, 0) | (2, 1) => Some((1.0, TokenMatch::Exact)),
        _ => None,
    });
    let other_surname = score_name(&uniform(2), &uniform(2), |i, j| {
        (i == 0 && j == 0).then_some((1.0, TokenMatch::Exact))
    });
    assert!(missing_middle.score > 0.85, "{}", missing_middle.score);
    assert!(other_surname.score <= 0.5, "{}", other_surname.score);
}

#[test]
fn repeated_tokens_align_once() {
    // ALI ALI ALI against ALI HASSAN: every query token is like the first candidate token.
    let score = score_name(&uniform(3), &uniform(2), |_, j| {
        (j == 0).then_some((1.0, TokenMatch::Exact))
    });
    assert_eq!(score.aligned.len(), 1);
    assert!(score.score <= 0.5);
}

#[test]
fn date_of_birth_effects() {
    let date = |y, m, d| chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap();
    let effect = |t, listed: &[PartialDate]| date_of_birth_effect(Some(t), listed).unwrap().effect;
    assert!(effect(date(1972, 3, 15), &[PartialDate::Full(date(1972, 3, 15))]) > 0.0);
    assert!(effect(date(1972, 3, 5), &[PartialDate::Full(date(1972, 5, 3))]) > 0.0);
    assert!(effect(date(1972, 3, 5), &[PartialDate::Year(1972)]) > 0.0);
    assert!(effect(date(1972, 3, 5), &[PartialDate::Year(1973)]) < 0.0);
    assert!(
        effect(
            date(1950, 3, 5),
            &[PartialDate::Year(1994), PartialDate::Year(1951)]
        ) > -0.1
    );
    assert!(effect(date(1950, 3, 5), &[PartialDate::Full(date(1994, 3, 5))]) <= -0.25);
    // One slip is tolerated; two at once (another person of the same name, most often) are not.
    let full = |y, m, d| [PartialDate::Full(date(y, m, d))];
    assert_eq!(effect(date(1970, 10, 10), &full(1970, 10, 11)), -0.03);
    assert_eq!(effect(date(1970, 10, 10), &full(1970, 11, 10)), -0.03);
    assert_eq!(effect(date(1954, 7, 31), &full(1954, 8, 9)), -0.20);
    assert_eq!(effect(date(1988, 8, 13), &full(1988, 8, 31)), -0.03);
    assert_eq!(effect(date(1970, 10, 10), &full(1970, 10, 25)), -0.20);
    assert_eq!(effect(date(1970, 3, 10), &full(1970, 11, 10)), -0.20);
    assert_eq!(
        effect(date(1970, 3, 10), &[PartialDate::YearMonth(1970, 11)]),
        -0.20
    );
    assert_eq!(
        effect(date(1970, 3, 10), &[PartialDate::YearMonth(1970, 8)]),
        -0.03
    );
    // A day apart is one slip, across a month or a year too.
    assert_eq!(effect(date(1985, 1, 31), &full(1985, 2, 1)), -0.03);
    assert_eq!(effect(date(1998, 12, 31), &full(1999, 1, 1)), -0.03);
    assert_eq!(effect(date(1987, 4, 9), &full(1978, 4, 9)), -0.03);
    assert_eq!(effect(date(1984, 5, 26), &full(1948, 5, 4)), -0.20);
    assert_eq!(effect(date(1972, 3, 15), &full(1973, 3, 15)), -0.08);
    assert_eq!(effect(date(1996, 11, 2), &full(1995, 2, 26)), -0.20);
    assert_eq!(
        effect(date(1996, 11, 2), &[PartialDate::YearMonth(1995, 2)]),
        -0.20
    );
    assert_eq!(
        effect(date(1996, 11, 2), &[PartialDate::YearMonth(1995, 11)]),
        -0.08
    );
    // Swapped year digits are a slip only where the month agrees.
    assert_eq!(effect(date(1983, 6, 2), &[PartialDate::Year(1938)]), -0.25);
    assert_eq!(
        effect(date(1983, 6, 2), &[PartialDate::YearMonth(1938, 6)]),
        -0.03
    );
    assert!(date_of_birth_effect(None, &[PartialDate::Year(1990)]).is_none());
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
    // `compare_dates` tests the gap before the digits.
    for a in 1000..3000 {
        for b in 1000..3000 {
            if digits_transposed(a, b) {
                assert_eq!((a - b) % 9, 0, "{a} {b}");
            }
        }
    }
}
