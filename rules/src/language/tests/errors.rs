//! Load errors point at the value at fault, with exact lines and columns.

use crate::error::RulesError;
use crate::ruleset::RuleSet;
use crate::testing::rule_file;

/// Rules 1 and 2 are valid; `RULE_3` stands for the third rule, whose condition starts on line
/// 20.
const THREE_RULES: &str = r#"[groups]
hubs = ["IST", "DXB"]

[[rule]]
id = "R-1"
description = "first"
severity = "low"
when = { field = "traveller.nationality", equals = "NGA" }

[[rule]]
id = "R-2"
description = "second"
severity = "medium"
when = { field = "flight.route", any_of = ["IST"] }

[[rule]]
RULE_3
"#;

const RULE_3: &str = r#"id = "R-3"
description = "third"
severity = "high"
when = { all = [
  { field = "booking.one_way", is = true },
  CONDITION
] }"#;

/// Returns the error of the three-rule file whose third rule's second condition is `condition`.
fn error_in_rule_3(rule: &str) -> RulesError {
    let text = THREE_RULES.replace("RULE_3", rule);
    RuleSet::parse(&text).expect_err("the third rule is invalid")
}

fn error_in_condition(condition: &str) -> RulesError {
    error_in_rule_3(&RULE_3.replace("CONDITION", condition))
}

/// Asserts the error is on `line`, at the column where `needle` starts on that line.
fn assert_at(error: &RulesError, rule: &str, line: usize, needle: &str, message: &str) {
    let text = THREE_RULES.replace("RULE_3", rule);
    let line_text = text.lines().nth(line - 1).unwrap();
    let column = line_text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle} on line {line}"))
        + 1;
    assert_eq!((error.line, error.column), (line, column), "{error}");
    assert!(error.message.contains(message), "{error}");
    assert!(!error.message.ends_with('.'), "{error}");
}

fn assert_condition_error(condition: &str, needle: &str, message: &str) {
    let error = error_in_condition(condition);
    assert_at(
        &error,
        &RULE_3.replace("CONDITION", condition),
        22,
        needle,
        message,
    );
}

#[test]
fn a_valid_third_rule_parses() {
    let rule = RULE_3.replace("CONDITION", r#"{ field = "traveller.age", below = 18 },"#);
    let text = THREE_RULES.replace("RULE_3", &rule);
    assert_eq!(RuleSet::parse(&text).unwrap().len(), 3);
}

#[test]
fn unknown_field_points_at_the_name() {
    assert_condition_error(
        r#"{ field = "traveller.nationalty", equals = "NGA" },"#,
        "\"traveller.nationalty\"",
        "unknown field `traveller.nationalty` (known: traveller.role",
    );
}

#[test]
fn an_operator_the_field_does_not_take_points_at_its_value() {
    assert_condition_error(
        r#"{ field = "traveller.nationality", below = 18 },"#,
        "18",
        "`below` does not apply to `traveller.nationality`, which is text",
    );
    assert_condition_error(
        r#"{ field = "traveller.nationality", any_of = ["NGA"] },"#,
        "[\"NGA\"]",
        "use `in`",
    );
    assert_condition_error(
        r#"{ field = "booking.ssr_codes", matches_route = "A-B" },"#,
        "\"A-B\"",
        "`matches_route` does not apply",
    );
    assert_condition_error(
        r#"{ field = "booking.one_way", equals = "yes" },"#,
        "\"yes\"",
        "`equals` needs true or false",
    );
}

#[test]
fn a_value_of_the_wrong_type_points_at_the_value() {
    assert_condition_error(
        r#"{ field = "traveller.age", below = "18" },"#,
        "\"18\"",
        "`below` needs a number, not a string",
    );
    assert_condition_error(
        r#"{ field = "traveller.age", between = [18, "30"] },"#,
        "\"30\"",
        "`between` needs numbers, not a string",
    );
    assert_condition_error(
        r#"{ field = "traveller.age", between = [30, 18] },"#,
        "[30, 18]",
        "lower bound first",
    );
    assert_condition_error(
        r#"{ field = "flight.number", equals = 123 },"#,
        "123",
        "`flight.number` is text: write the value in quotes",
    );
    assert_condition_error(
        r#"{ field = "traveller.gender", in = ["M", "male"] },"#,
        "\"male\"",
        "`traveller.gender` is one of M, F, U, X, not `male`",
    );
    assert_condition_error(
        r#"{ field = "traveller.nationality", in = [] },"#,
        "[]",
        "empty `in` list",
    );
}

#[test]
fn unknown_group_points_at_the_name() {
    assert_condition_error(
        r#"{ field = "traveller.nationality", in_group = "schengen" },"#,
        "\"schengen\"",
        "unknown group `schengen` (known: hubs)",
    );
}

#[test]
fn two_operators_point_at_the_second() {
    assert_condition_error(
        r#"{ field = "traveller.age", above = 16, below = 18 },"#,
        "18 }",
        "two operators in one test (`above` and `below`)",
    );
}

#[test]
fn malformed_conditions() {
    assert_condition_error(
        r#"{ field = "traveller.age" },"#,
        "\"traveller.age\"",
        "test of `traveller.age` without an operator",
    );
    assert_condition_error(r#"{ below = 18 },"#, "18", "`below` needs a `field`");
    assert_condition_error(r#"{ any = [] },"#, "[]", "empty `any` list");
    assert_condition_error(
        r#"{ not = { field = "traveller.age", below = 18 }, field = "traveller.age" },"#,
        "\"traveller.age\" }",
        "`field` cannot stand beside `not`",
    );
    assert_condition_error(
        r#"{ field = "traveller.age", bellow = 18 },"#,
        "bellow",
        "unknown field `bellow`",
    );
    assert_condition_error(r#"{ },"#, "{ }", "empty condition");
}

#[test]
fn empty_all_points_at_the_list() {
    let rule = "id = \"R-3\"\ndescription = \"third\"\nseverity = \"high\"\nwhen = { all = [] }";
    let error = error_in_rule_3(rule);
    assert_at(&error, rule, 20, "[]", "empty `all` list");
}

#[test]
fn duplicate_rule_id_points_at_the_second_id() {
    let rule = RULE_3
        .replace("R-3", "R-1")
        .replace("CONDITION", r#"{ field = "traveller.age", below = 18 },"#);
    let error = error_in_rule_3(&rule);
    assert_at(
        &error,
        &rule,
        17,
        "\"R-1\"",
        "duplicate rule id `R-1` (first defined on line 5)",
    );
}

#[test]
fn bad_ids_dates_severities_and_actions() {
    let valid = RULE_3.replace("CONDITION", r#"{ field = "traveller.age", below = 18 },"#);
    let cases = [
        (
            "id = \"R-3\"",
            "id = \"R 3\"",
            "\"R 3\"",
            "rule id `R 3` has characters",
        ),
        (
            "severity = \"high\"",
            "severity = \"urgent\"",
            "\"urgent\"",
            "unknown variant `urgent`",
        ),
        (
            "severity = \"high\"",
            "severity = \"high\"\naction = \"block\"",
            "\"block\"",
            "unknown variant `block`",
        ),
        (
            "severity = \"high\"",
            "severity = \"high\"\nvalid_from = \"2026-13-01\"",
            "\"2026-13-01\"",
            "`valid_from` is not a date",
        ),
        (
            "severity = \"high\"",
            "severity = \"high\"\nvalid_from = \"2026-06-01\"\nvalid_until = \"2026-01-01\"",
            "\"2026-01-01\"",
            "`valid_until` is not after `valid_from`",
        ),
        (
            "severity = \"high\"",
            "severity = \"high\"\nvalid_until = 2026-01-01T00:00:00+02:00",
            "2026",
            "`valid_until` is not a date",
        ),
        (
            "severity = \"high\"",
            "severty = \"high\"",
            "severty",
            "unknown field `severty`",
        ),
    ];
    for (from, to, needle, message) in cases {
        let rule = valid.replace(from, to);
        let error = error_in_rule_3(&rule);
        let text = THREE_RULES.replace("RULE_3", &rule);
        let line = text
            .lines()
            .position(|line| line.contains(needle) && line.contains(to.lines().last().unwrap()))
            .unwrap()
            + 1;
        assert!((17..=21).contains(&line), "{to}: line {line}");
        assert_at(&error, &rule, line, needle, message);
    }
}

#[test]
fn missing_keys_point_at_the_rule() {
    let rule = "id = \"R-3\"\ndescription = \"third\"\nseverity = \"high\"";
    let error = error_in_rule_3(rule);
    assert!(error.message.contains("missing field `when`"), "{error}");
    assert!((16..=19).contains(&error.line), "{error}");
}

#[test]
fn toml_syntax_errors_have_a_position() {
    let condition = r#"{ field = "traveller.age" below = 18 },"#;
    let error = error_in_condition(condition);
    assert_eq!(error.line, 22, "{error}");
    assert!(error.column > 1, "{error}");
}

#[test]
fn groups_must_hold_strings() {
    let error = RuleSet::parse("[groups]\nhubs = [\"IST\", 3]\n").unwrap_err();
    assert_eq!((error.line, error.column), (2, 16), "{error}");
    let error = RuleSet::parse("[groups]\nhubs = [\"IST\", \" \"]\n").unwrap_err();
    assert_eq!((error.line, error.column), (2, 16), "{error}");
    assert!(
        error.message.contains("empty value in group `hubs`"),
        "{error}"
    );
}

#[test]
fn unsupported_versions_are_refused() {
    let error = RuleSet::parse("version = 2\n").unwrap_err();
    assert_eq!((error.line, error.column), (1, 11));
}

#[test]
fn rule_file_helper_is_valid() {
    let rules = RuleSet::parse(&rule_file(r#"{ field = "traveller.age", below = 18 }"#)).unwrap();
    assert_eq!(rules.rules()[0].id, "R-TEST");
}
