//! Tests of the Latin readings: for each script (in `east_asia` and `west_asia`), common given
//! names and family names with the passport spelling expected, as the first reading or among
//! the readings; here, the properties that hold for any input.

mod east_asia;
mod west_asia;

use proptest::prelude::*;

use super::*;

pub(super) fn texts(name: &str) -> Vec<String> {
    latin_readings(name).into_iter().map(|r| r.text).collect()
}

/// Checks that each name's first reading is the one given.
pub(super) fn first_readings(cases: &[(&str, &str)]) {
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(name, expected)| {
            let got = texts(name);
            (got.first().map(String::as_str) != Some(*expected))
                .then(|| format!("{name}: expected {expected} first, got {got:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Checks that each name has the reading given among its readings.
pub(super) fn some_readings(cases: &[(&str, &str)]) {
    let wrong: Vec<String> = cases
        .iter()
        .filter_map(|(name, expected)| {
            let got = texts(name);
            (!got.iter().any(|g| g == expected))
                .then(|| format!("{name}: expected {expected} among {got:?}"))
        })
        .collect();
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn mixed_names_keep_latin_words() {
    assert_eq!(texts("Ali محمد")[0], "ALI MHMD");
    assert_eq!(texts("José 王明")[0], "JOSE WANG MING");
    assert!(latin_readings("Ali محمد")[0].consonantal);
    assert!(!latin_readings("王明")[0].consonantal);
}

#[test]
fn latin_only_and_empty_names_have_no_reading() {
    for name in [
        "",
        "  ",
        "John Smith",
        "Müller-Lüdenscheidt",
        "O'Neill",
        "123",
        "-",
    ] {
        assert!(texts(name).is_empty(), "{name}");
    }
}

#[test]
fn names_in_scripts_without_a_reader_have_no_reading() {
    assert!(texts("राम").is_empty());
    assert!(texts("Ali राम").is_empty());
}

#[test]
fn combine_orders_by_rank_sum() {
    let lists = vec![
        vec!["A".to_owned(), "B".to_owned()],
        vec!["X".to_owned(), "Y".to_owned()],
    ];
    assert_eq!(combine(&lists, 8), ["A X", "A Y", "B X", "B Y"]);
    assert_eq!(combine(&lists, 2), ["A X", "A Y"]);
    assert!(combine(&[], 8).is_empty());
}

#[test]
fn long_names_stay_within_the_cap() {
    let name = "عبد الرحمن بن محمد بن علي بن حسين بن يوسف بن إبراهيم";
    let all = latin_readings(name);
    assert_eq!(all.len(), MAX_READINGS);
    assert_eq!(
        all[0].text,
        "ABDALRHMN BN MHMD BN ALY BN HSYN BN YWSF BN IBRAHYM"
    );
}

#[test]
fn overlong_text_has_no_reading() {
    assert!(texts(&"محمد ".repeat(200)).is_empty());
    assert!(!texts(&"محمد ".repeat(20)).is_empty());
    // Thai without spaces, the longest the rules parse.
    assert_well_formed(&"สมชาย".repeat(100));
}

/// Checks the shape of every reading of a name.
fn assert_well_formed(name: &str) {
    let all = latin_readings(name);
    assert!(all.len() <= MAX_READINGS, "{name}: {all:?}");
    for (i, reading) in all.iter().enumerate() {
        let text = &reading.text;
        assert!(!text.is_empty(), "{name}");
        assert!(
            text.bytes().all(|b| b.is_ascii_uppercase() || b == b' '),
            "{name}: {text}"
        );
        assert!(!text.starts_with(' ') && !text.ends_with(' ') && !text.contains("  "));
        assert!(
            !all[..i].iter().any(|r| r.text == *text),
            "{name}: {text} twice"
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn any_text_gives_well_formed_readings(name in "\\PC{0,24}") {
        assert_well_formed(&name);
    }

    #[test]
    fn text_of_the_scripts_gives_well_formed_readings(
        name in "[\u{0600}-\u{06FF}\u{0590}-\u{05FF}\u{0530}-\u{058F}\u{10A0}-\u{10FF}\u{0E00}-\u{0E7F}\u{3040}-\u{30FF}\u{AC00}-\u{D7A3}\u{4E00}-\u{9FFF}\u{0370}-\u{03FF}\u{0400}-\u{04FF} a-z'-]{0,16}"
    ) {
        assert_well_formed(&name);
    }
}
