//! Screening through the index: names written in other spellings, in syllables or joined, find
//! their entry, and the index finds exactly what scoring every entry finds.

#![allow(clippy::unwrap_used)] // test code: a failed unwrap is a failed test

use paxscreen_screening::{Screener, ScreenerConfig, Subject};
use paxscreen_watchlists::ListEntry;

fn entry(id: &str, name: &str) -> ListEntry {
    ListEntry {
        id: id.to_owned(),
        list: "test".to_owned(),
        category: String::new(),
        names: vec![name.to_owned()],
        dates_of_birth: Vec::new(),
        nationalities: Vec::new(),
        gender: None,
        documents: Vec::new(),
    }
}

fn screener() -> Screener {
    let entries = vec![
        entry("E1", "KIM SOOJIN"),
        entry("E2", "LI MEI LING"),
        entry("E3", "PARK JI-HOON"),
        entry("E4", "CHOI MIN SEO"),
        entry("E5", "IURII SOKOLOV"),
        entry("E6", "MUHAMMAD KHALEEL"),
        entry("E7", "SERGEY VOLKOV"),
        entry("E8", "ANA PAULA DOS REIS"),
        entry("E9", "CLAIRE LE GALL"),
        entry("E10", "NGUYEN THI HANG"),
        entry("E11", "ABEBE WOLDE MARIAM"),
        entry("E12", "SVETLANA ALEKSANDROVNA KOROLEVA"),
        entry("E13", "GRZEGORZ BRZECZYSZCZYKIEWICZ"),
    ];
    Screener::build(
        ScreenerConfig::default(),
        Vec::new(),
        entries,
        std::iter::empty(),
    )
}

/// The watchlist entries a name hits through the index, checked against scoring every entry.
fn hits(screener: &Screener, name: &str) -> Vec<String> {
    let subject = Subject {
        name: name.to_owned(),
        ..Subject::default()
    };
    let ids = |hits: Vec<paxscreen_screening::Hit>| {
        let mut ids: Vec<String> = hits.into_iter().map(|h| h.entry_id).collect();
        ids.sort();
        ids
    };
    let indexed = ids(screener.screen_subject(&subject));
    let exhaustive = ids(screener.screen_exhaustive(&subject));
    assert_eq!(
        indexed, exhaustive,
        "{name}: index and exhaustive scoring differ"
    );
    indexed
}

#[test]
fn syllables_written_apart_or_joined_meet() {
    let screener = screener();
    assert_eq!(hits(&screener, "SOO JIN KIM"), ["E1"]);
    assert_eq!(hits(&screener, "KIM SOO-JIN"), ["E1"]);
    assert_eq!(hits(&screener, "MEILING LI"), ["E2"]);
    assert_eq!(hits(&screener, "PARK JIHOON"), ["E3"]);
    assert_eq!(hits(&screener, "PARK JIHUN"), ["E3"], "joined and folded");
    assert_eq!(hits(&screener, "MINSEO CHOI"), ["E4"]);
}

#[test]
fn joining_does_not_blur_syllables() {
    let screener = screener();
    // Other Korean and Vietnamese given names: the syllables differ, and joined they must not
    // align by spelling slips they would not align by apart.
    assert!(hits(&screener, "PARK JI HYUN").is_empty());
    assert!(hits(&screener, "PARK JIHYUN").is_empty());
    assert!(hits(&screener, "NGUYEN THI HANH").is_empty());
}

#[test]
fn other_spellings_find_their_entry() {
    let screener = screener();
    assert_eq!(hits(&screener, "YURI SOKOLOV"), ["E5"]);
    assert_eq!(hits(&screener, "MOHAMMED KHALIL"), ["E6"]);
    assert_eq!(hits(&screener, "SERGEI WOLKOW"), ["E7"]);
    assert_eq!(hits(&screener, "ANA PAULA REIS"), ["E8"]);
    assert_eq!(hits(&screener, "CLAIRE LEGALL"), ["E9"]);
}

#[test]
fn wade_giles_meets_pinyin() {
    let screener = Screener::build(
        ScreenerConfig::default(),
        Vec::new(),
        vec![entry("C1", "XU JIANGUO"), entry("C2", "CHANG HSIAO-MING")],
        std::iter::empty(),
    );
    assert_eq!(hits(&screener, "HSU CHIEN KUO"), ["C1"]);
    assert_eq!(hits(&screener, "HSU CHIENKUO"), ["C1"]);
    assert_eq!(hits(&screener, "ZHANG XIAOMING"), ["C2"]);
    assert!(hits(&screener, "ZHANG XIAOPING").is_empty());
}

#[test]
fn words_joined_or_split_find_their_entry() {
    let screener = screener();
    // A traveller writes as one word what the list writes apart, or apart what it writes as one.
    assert_eq!(hits(&screener, "ABEBE WOLDEMARIAM"), ["E11"]);
    assert_eq!(hits(&screener, "SVETLANA ALEKSAN DROVNA KOROLEVA"), ["E12"]);
    assert_eq!(hits(&screener, "SVETLANAALEKSANDROVNAKOROLEVA"), ["E12"]);
    assert_eq!(hits(&screener, "GRZEGORZ BRZECZYSZ CZYKIEWICZ"), ["E13"]);
}

#[test]
fn one_edit_anywhere_finds_the_entry() {
    let screener = screener();
    for name in [
        "GRZEGORZ XRZECZYSZCZYKIEWICZ",
        "GRZEGORZ BRZECZYSZCZYKIEWICS",
        "GRZEGORZ BRZECZYSZCZYKIEWIC",
        "RGZEGORZ BRZECZYSZCZYKIEWICZ",
        "ABEBE WOLDE MARAIM",
    ] {
        assert!(!hits(&screener, name).is_empty(), "{name}");
    }
}

#[test]
fn aliases_in_other_scripts_find_their_entry() {
    let date = chrono::NaiveDate::from_ymd_opt(1975, 6, 14).unwrap();
    let listed = |id: &str, name: &str| ListEntry {
        dates_of_birth: vec![paxscreen_watchlists::PartialDate::Full(date)],
        ..entry(id, name)
    };
    let entries = vec![
        listed("A1", "Сергей Иванович Смирнов"),
        listed("A2", "محمد عبد الله"),
        listed("A3", "王小明"),
        listed("A4", "김민준"),
        listed("A5", "タナカ ヒロシ"),
        listed("A6", "Γεώργιος Παπαδόπουλος"),
        listed("A7", "דוד כהן"),
        listed("A8", "สมชาย ใจดี"),
        listed("A9", "Արամ Պետրոսյան"),
        listed("A10", "გიორგი ბერიძე"),
        listed("A11", "سمير حداد"),
    ];
    let screener = Screener::build(
        ScreenerConfig::default(),
        Vec::new(),
        entries,
        std::iter::empty(),
    );
    for (name, id) in [
        ("SERGEY IVANOVICH SMIRNOV", "A1"),
        ("MOHAMMED ABDULLAH", "A2"),
        ("WANG XIAOMING", "A3"),
        ("KIM MINJUN", "A4"),
        ("HIROSHI TANAKA", "A5"),
        ("GEORGIOS PAPADOPOULOS", "A6"),
        ("DAVID COHEN", "A7"),
        ("SOMCHAI CHAIDEE", "A8"),
        ("ARAM PETROSYAN", "A9"),
        ("GIORGI BERIDZE", "A10"),
        ("SAMIR HADDAD", "A11"),
    ] {
        let subject = Subject {
            name: name.to_owned(),
            date_of_birth: Some(date),
            ..Subject::default()
        };
        let found: Vec<String> = screener
            .screen_subject(&subject)
            .into_iter()
            .map(|h| h.entry_id)
            .collect();
        assert_eq!(found, [id], "{name}");
    }
    // Without the date of birth, a name that is not common stands on its own.
    assert_eq!(hits(&screener, "SAMIR HADDAD"), ["A11"]);
    assert_eq!(hits(&screener, "GEORGIOS PAPADOPOULOS"), ["A6"]);
}
