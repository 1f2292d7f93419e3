//! Property tests of `paxscreen_ingest::normalise`: idempotence, output alphabet, check digits,
//! machine-readable zones built from random fields.

use paxscreen_ingest::normalise::{
    check_digit, normalise_document_number, normalise_name, parse_mrz, transliterate,
    verify_check_digit,
};
use proptest::prelude::*;

/// Characters that exercise the transliteration: ICAO special cases, decomposed marks, Cyrillic,
/// Greek, apostrophes, separators, digits, other scripts.
const INTERESTING: &[char] = &[
    'Ä', 'ä', 'Ö', 'Ü', 'ü', 'Å', 'å', 'Æ', 'Ø', 'ß', 'ẞ', 'Þ', 'Ð', 'Œ', 'Ĳ', 'Ł', 'Ŀ', 'ı', 'É',
    'Ñ', 'Ç', 'Ž', '\u{0308}', '\u{030A}', '\u{0301}', '\u{0306}', 'Ж', 'Щ', 'Ъ', 'Ь', 'ь', 'Ю',
    'я', 'Й', 'Ё', 'Ї', 'Ђ', 'Ѕ', 'Ο', 'ο', 'Υ', 'υ', 'ύ', 'ϋ', 'ΰ', 'Ό', 'Θ', 'ς', '\'', '’', '`',
    '-', ',', '.', '/', ' ', '\t', '\u{00A0}', '·', '1', '٣', '王', 'ﬁ', 'Ａ', 'M', 'R', 'S', 'D',
    'a', 'o', 'u',
];

fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            3 => prop::sample::select(INTERESTING),
            1 => any::<char>(),
            2 => prop::char::range('A', 'Z'),
        ],
        0..40,
    )
    .prop_map(|chars| chars.into_iter().collect())
}

/// Names in the shapes senders write, titles glued or separate, slashes and commas.
fn name_part() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        "[A-Za-z]{1,8}",
        Just("MR".to_owned()),
        Just("MRS".to_owned()),
        Just("MS".to_owned()),
        Just("DR".to_owned()),
        Just("MSTR".to_owned()),
        Just("CHD".to_owned()),
        "[A-Z]{0,6}(MR|MRS|MS|MISS|MSTR|DR)",
        Just("ALEKSANDR".to_owned()),
        Just("Müller".to_owned()),
        Just("Παπαδόπουλος".to_owned()),
    ];
    let separator = prop::sample::select(&[" ", "  ", "/", ",", "-", "'", ", "][..]);
    prop::collection::vec((word, separator), 0..5).prop_map(|parts| {
        parts
            .into_iter()
            .map(|(word, separator)| format!("{word}{separator}"))
            .collect()
    })
}

fn any_name_part() -> impl Strategy<Value = String> {
    prop_oneof![3 => name_part(), 1 => text()]
}

/// A field of the machine-readable zone alphabet.
fn mrz_field(len: std::ops::RangeInclusive<usize>) -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop::sample::select(&b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<"[..]),
        len,
    )
    .prop_map(|bytes| bytes.into_iter().map(char::from).collect())
}

fn mrz_value(c: char) -> u32 {
    match c {
        '0'..='9' => u32::from(c) - u32::from('0'),
        'A'..='Z' => u32::from(c) - u32::from('A') + 10,
        _ => 0,
    }
}

fn digit_char(field: &str) -> char {
    check_digit(field).map_or('?', |d| char::from(b'0' + d))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn transliterate_output_alphabet_and_idempotent(input in text()) {
        let once = transliterate(&input);
        prop_assert!(once.bytes().all(|b| b.is_ascii_uppercase() || b == b' '), "{once:?}");
        prop_assert!(!once.starts_with(' ') && !once.ends_with(' '), "{once:?}");
        prop_assert!(!once.contains("  "), "{once:?}");
        prop_assert_eq!(transliterate(&once), once);
    }

    #[test]
    fn transliterate_arbitrary_unicode(input in "\\PC*") {
        let once = transliterate(&input);
        prop_assert!(once.bytes().all(|b| b.is_ascii_uppercase() || b == b' '), "{once:?}");
        prop_assert!(!once.starts_with(' ') && !once.ends_with(' ') && !once.contains("  "));
        prop_assert_eq!(transliterate(&once), once);
    }

    #[test]
    fn normalise_name_idempotent(
        surname in any_name_part(),
        given in prop_oneof![2 => any_name_part(), 1 => Just(String::new())],
        glued in any::<bool>(),
    ) {
        let once = normalise_name(&surname, &given, glued);
        let twice = normalise_name(&once.surname, &once.given_names, glued);
        prop_assert_eq!(&twice.surname, &once.surname);
        prop_assert_eq!(&twice.given_names, &once.given_names);
        prop_assert_eq!(transliterate(&once.surname), once.surname.clone());
        prop_assert_eq!(transliterate(&once.given_names), once.given_names.clone());
        // A name is never lost to title removal.
        if !transliterate(&given).is_empty() {
            prop_assert!(!once.given_names.is_empty());
        }
    }

    #[test]
    fn document_number_idempotent(input in text()) {
        let once = normalise_document_number(&input);
        prop_assert!(once.bytes().all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()));
        prop_assert_eq!(normalise_document_number(&once), once);
    }

    #[test]
    fn check_digit_verifies(field in mrz_field(1..=30)) {
        let digit = check_digit(&field);
        prop_assert!(digit.is_some_and(|d| d < 10));
        prop_assert!(verify_check_digit(&field, digit_char(&field)));
        for other in '0'..='9' {
            if other != digit_char(&field) {
                prop_assert!(!verify_check_digit(&field, other));
            }
        }
    }

    #[test]
    fn check_digit_catches_substitutions(
        field in mrz_field(1..=30),
        index in any::<prop::sample::Index>(),
        replacement in prop::sample::select(&b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ<"[..]),
    ) {
        let check = digit_char(&field);
        let chars: Vec<char> = field.chars().collect();
        let position = index.index(chars.len());
        let replacement = char::from(replacement);
        prop_assume!(chars[position] != replacement);
        let changed: String = chars
            .iter()
            .enumerate()
            .map(|(i, &c)| if i == position { replacement } else { c })
            .collect();
        let difference = mrz_value(chars[position]).abs_diff(mrz_value(replacement));
        // Weights 7, 3, 1 are prime to 10: a substitution is caught unless the values differ by
        // a multiple of 10 (A for 0, K for A…); a digit for another digit is always caught.
        prop_assert_eq!(verify_check_digit(&changed, check), difference.is_multiple_of(10));
        if chars[position].is_ascii_digit() && replacement.is_ascii_digit() {
            prop_assert!(!verify_check_digit(&changed, check));
        }
    }

    #[test]
    fn check_digit_rejects_other_characters(
        field in mrz_field(0..=10),
        bad in any::<char>().prop_filter("outside the MRZ alphabet", |c| {
            !(c.is_ascii_digit() || c.is_ascii_uppercase() || *c == '<')
        }),
    ) {
        let with_bad = format!("{field}{bad}");
        prop_assert_eq!(check_digit(&with_bad), None);
        prop_assert!(!verify_check_digit(&with_bad, '0'));
    }

    #[test]
    fn td3_built_from_fields_parses_valid(
        surname in "[A-Z]{1,15}",
        given in "[A-Z]{1,10}",
        number in "[A-Z0-9]{9}",
        birth in "[0-9]{6}",
        sex in prop::sample::select(&['M', 'F', '<'][..]),
        expiry in "[0-9]{6}",
        personal in mrz_field(14..=14),
        corrupt in any::<prop::sample::Index>(),
    ) {
        let name = format!("{surname}<<{given}");
        let line1 = format!("P<UTO{name:<<39}");
        let personal_check = if personal.chars().all(|c| c == '<') { '<' } else { digit_char(&personal) };
        let body = format!(
            "{number}{}UTO{birth}{}{sex}{expiry}{}{personal}{personal_check}",
            digit_char(&number),
            digit_char(&birth),
            digit_char(&expiry),
        );
        let composite: String = [&body[0..10], &body[13..20], &body[21..43]].concat();
        let line2 = format!("{body}{}", digit_char(&composite));
        let mrz = parse_mrz(&format!("{line1}\n{line2}")).unwrap();
        prop_assert!(mrz.is_valid(), "{:?}", mrz);
        prop_assert_eq!(&mrz.surname, &surname);
        prop_assert_eq!(&mrz.given_names, &given);
        prop_assert_eq!(&mrz.document_number, &number);
        prop_assert_eq!(mrz.sex, (sex != '<').then_some(sex));

        // Changing one digit of the dates or number (to another digit) is caught.
        let digit_positions: Vec<usize> = line2
            .char_indices()
            .filter(|&(i, c)| c.is_ascii_digit() && (i < 9 || (13..19).contains(&i) || (21..27).contains(&i)))
            .map(|(i, _)| i)
            .collect();
        if !digit_positions.is_empty() {
            let position = digit_positions[corrupt.index(digit_positions.len())];
            let corrupted: String = line2
                .char_indices()
                .map(|(i, c)| {
                    if i == position {
                        char::from(b'0' + ((c as u8 - b'0' + 1) % 10))
                    } else {
                        c
                    }
                })
                .collect();
            let bad = parse_mrz(&format!("{line1}\n{corrupted}")).unwrap();
            prop_assert!(!bad.is_valid(), "{:?}", bad);
        }
    }
}
