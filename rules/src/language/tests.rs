//! The operators, the combinators and missing values (positioned load errors in `errors`).

mod errors;

use crate::ruleset::{Action, RuleSet, Severity};
use crate::testing::{holds, holds_for, manifest};

#[test]
fn equals_compares_strings_numbers_and_booleans() {
    assert!(holds(
        r#"{ field = "traveller.nationality", equals = "NGA" }"#
    ));
    assert!(!holds(
        r#"{ field = "traveller.nationality", equals = "GHA" }"#
    ));
    assert!(holds(r#"{ field = "traveller.bag_count", equals = 3 }"#));
    assert!(holds(
        r#"{ field = "traveller.bag_weight_kg", equals = 61.5 }"#
    ));
    assert!(holds(r#"{ field = "booking.one_way", equals = true }"#));
    assert!(holds(r#"{ field = "booking.ssr_codes", equals = "docs" }"#));
}

#[test]
fn in_tests_text_numbers_and_some_value_of_a_list() {
    assert!(holds(
        r#"{ field = "traveller.nationality", in = ["gha", "nga"] }"#
    ));
    assert!(!holds(
        r#"{ field = "traveller.nationality", in = ["GHA"] }"#
    ));
    assert!(holds(r#"{ field = "flight.leg_count", in = [2, 3] }"#));
    assert!(!holds(r#"{ field = "flight.leg_count", in = [1, 3] }"#));
    assert!(holds(r#"{ field = "flight.route", in = ["DXB", "FRA"] }"#));
}

#[test]
fn in_group_uses_the_named_set() {
    assert!(!holds(
        r#"{ field = "traveller.residence", in_group = "hubs" }"#
    ));
    assert!(holds(
        r#"{ field = "traveller.embarkation", in_group = "hubs" }"#
    ));
    assert!(holds(r#"{ field = "flight.route", in_group = "hubs" }"#));
    assert!(!holds(
        r#"{ field = "traveller.nationality", in_group = "schengen" }"#
    ));
}

#[test]
fn prefix_matches_the_start_ignoring_case() {
    assert!(holds(r#"{ field = "document.number", prefix = "a09" }"#));
    assert!(!holds(r#"{ field = "document.number", prefix = "09" }"#));
    assert!(holds(r#"{ field = "booking.ssr_codes", prefix = "WC" }"#));
}

#[test]
fn number_comparisons() {
    // Age 36, 12 hours booked before departure.
    assert!(holds(r#"{ field = "traveller.age", between = [36, 40] }"#));
    assert!(holds(r#"{ field = "traveller.age", between = [30, 36] }"#));
    assert!(!holds(r#"{ field = "traveller.age", between = [37, 40] }"#));
    assert!(holds(
        r#"{ field = "booking.hours_before_departure", below = 12.5 }"#
    ));
    assert!(!holds(
        r#"{ field = "booking.hours_before_departure", below = 12 }"#
    ));
    assert!(holds(
        r#"{ field = "booking.hours_before_departure", above = 11 }"#
    ));
    assert!(!holds(
        r#"{ field = "booking.hours_before_departure", above = 12 }"#
    ));
}

#[test]
fn is_and_missing() {
    assert!(holds(r#"{ field = "booking.one_way", is = true }"#));
    assert!(!holds(r#"{ field = "booking.one_way", is = false }"#));
    assert!(holds(
        r#"{ field = "traveller.nationality", missing = false }"#
    ));
    assert!(!holds(
        r#"{ field = "traveller.nationality", missing = true }"#
    ));
    assert!(holds(
        r#"{ field = "traveller.bag_count", missing = false }"#
    ));
    assert!(holds(
        r#"{ field = "booking.payment_forms", missing = false }"#
    ));
}

#[test]
fn any_of_and_all_in_on_multi_valued_fields() {
    assert!(holds(
        r#"{ field = "booking.ssr_codes", any_of = ["UMNR", "WCHR"] }"#
    ));
    assert!(!holds(
        r#"{ field = "booking.ssr_codes", any_of = ["UMNR"] }"#
    ));
    assert!(holds(
        r#"{ field = "booking.ssr_codes", all_in = ["DOCS", "WCHR", "UMNR"] }"#
    ));
    assert!(!holds(
        r#"{ field = "booking.ssr_codes", all_in = ["DOCS"] }"#
    ));
    let mut no_payment = manifest();
    no_payment.bookings[0].payments.clear();
    assert!(!holds_for(
        &no_payment,
        r#"{ field = "booking.payment_forms", all_in = ["CA"] }"#
    ));
}

#[test]
fn matches_route_patterns() {
    assert!(holds(
        r#"{ field = "flight.route", matches_route = "IST-*-JFK" }"#
    ));
    assert!(holds(
        r#"{ field = "flight.route", matches_route = "*-FRA-*" }"#
    ));
    assert!(holds(
        r#"{ field = "flight.route", matches_route = "ist-?-jfk" }"#
    ));
    assert!(!holds(
        r#"{ field = "flight.route", matches_route = "FRA-*" }"#
    ));
}

#[test]
fn all_any_and_not() {
    let yes = r#"{ field = "traveller.nationality", equals = "NGA" }"#;
    let no = r#"{ field = "traveller.nationality", equals = "GHA" }"#;
    assert!(holds(&format!("{{ all = [{yes}, {yes}] }}")));
    assert!(!holds(&format!("{{ all = [{yes}, {no}] }}")));
    assert!(holds(&format!("{{ any = [{no}, {yes}] }}")));
    assert!(!holds(&format!("{{ any = [{no}, {no}] }}")));
    assert!(holds(&format!("{{ not = {no} }}")));
    assert!(!holds(&format!("{{ not = {yes} }}")));
    assert!(holds(&format!(
        "{{ all = [{{ not = {no} }}, {{ any = [{no}, {yes}] }}] }}"
    )));
}

#[test]
fn a_missing_value_fails_every_test_so_its_negation_holds() {
    let mut stateless = manifest();
    stateless.travellers[0].nationality = None;
    let holds = |condition: &str| holds_for(&stateless, condition);
    assert!(!holds(
        r#"{ field = "traveller.nationality", equals = "NGA" }"#
    ));
    assert!(!holds(
        r#"{ field = "traveller.nationality", in_group = "schengen" }"#
    ));
    assert!(holds(
        r#"{ not = { field = "traveller.nationality", in_group = "schengen" } }"#
    ));
    assert!(!holds(
        r#"{ all = [
            { not = { field = "traveller.nationality", in_group = "schengen" } },
            { field = "traveller.nationality", missing = false },
        ] }"#
    ));
    assert!(holds(
        r#"{ field = "traveller.nationality", missing = true }"#
    ));
}

#[test]
fn rule_keys_are_read() {
    let rules = RuleSet::parse(
        r#"
        version = 1
        [[rule]]
        id = "R-A"
        description = "a"
        severity = "critical"
        enabled = false
        valid_from = 2026-01-01
        valid_until = "2026-06-30"
        action = "do_not_board"
        when = { field = "traveller.age", below = 18 }

        [[rule]]
        id = "R-B"
        description = "b"
        severity = "low"
        valid_from = "2026-01-01T06:30Z"
        valid_until = 2026-02-01T00:00:00
        when = { field = "traveller.age", below = 18 }
        "#,
    )
    .unwrap();
    let [first, second] = rules.rules() else {
        panic!("two rules expected");
    };
    assert_eq!(first.severity, Severity::Critical);
    assert_eq!(first.action, Action::DoNotBoard);
    assert!(!first.enabled);
    assert_eq!(first.valid_from.unwrap().to_string(), "2026-01-01 00:00:00");
    // A date alone for `valid_until` includes that day.
    assert_eq!(
        first.valid_until.unwrap().to_string(),
        "2026-07-01 00:00:00"
    );
    assert_eq!(second.action, Action::Alert);
    assert!(second.enabled);
    assert_eq!(
        second.valid_from.unwrap().to_string(),
        "2026-01-01 06:30:00"
    );
    assert_eq!(
        second.valid_until.unwrap().to_string(),
        "2026-02-01 00:00:00"
    );
}

#[test]
fn conditions_may_be_written_as_sub_tables() {
    let text = r#"
[[rule]]
id = "R-SUB"
description = "sub-table form"
severity = "low"

[rule.when]
all = [
  { field = "traveller.nationality", equals = "NGA" },
  { not = { field = "traveller.age", below = 18 } },
]
"#;
    let rules = RuleSet::parse(text).unwrap();
    let manifest = manifest();
    let facts = crate::facts::Facts::new(&manifest, 0);
    assert_eq!(rules.evaluate(&facts, crate::testing::now()).len(), 1);

    let broken = text.replace("below = 18", "below = true");
    let error = RuleSet::parse(&broken).unwrap_err();
    let column = broken.lines().nth(9).unwrap().find("true").unwrap() + 1;
    assert_eq!((error.line, error.column), (10, column), "{error}");
}
