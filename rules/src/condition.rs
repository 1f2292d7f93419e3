//! Compiled conditions and their evaluation over [`Facts`].
//!
//! Compilation (see `language::compile`) turns field names into enums, checks each operator
//! against the kind of its field and upper-cases every string once, so that evaluation only
//! compares: strings with `eq_ignore_ascii_case`, sets by binary search, and nothing allocates.
//!
//! A value the traveller lacks makes every test false except `missing = true`; `not` of such a
//! test is therefore true.

use std::cmp::Ordering;

use chrono::{DateTime, Utc};

use crate::facts::Facts;
use crate::fields::{Field, FlagField, ListField, NumberField, TextField};

/// A compiled condition.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Condition {
    /// Every condition holds (never empty).
    All(Vec<Condition>),
    /// At least one condition holds (never empty).
    Any(Vec<Condition>),
    /// The condition does not hold.
    Not(Box<Condition>),
    /// A test of one field.
    Test(Test),
}

/// A test of one field, by kind of field.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Test {
    /// `missing = true|false`: the field has no value (or has one).
    Missing { field: Field, expected: bool },
    /// A test of a text field.
    Text { field: TextField, op: TextOp },
    /// A test of a number field.
    Number { field: NumberField, op: NumberOp },
    /// `is` / `equals` on a true/false field.
    Flag { field: FlagField, expected: bool },
    /// A test of a multi-valued field.
    List { field: ListField, op: ListOp },
}

/// A test of one text value.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum TextOp {
    /// `equals`: the value, upper-case.
    Equals(Box<str>),
    /// `in`, `in_group`, `any_of`: one of a set.
    In(TextSet),
    /// `prefix`: the value starts with this, upper-case.
    Prefix(Box<str>),
}

/// A test of one number.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum NumberOp {
    /// `equals`.
    Equals(f64),
    /// `in`: one of the numbers.
    In(Box<[f64]>),
    /// `between = [low, high]`, both included.
    Between(f64, f64),
    /// `below`, strict.
    Below(f64),
    /// `above`, strict.
    Above(f64),
}

/// A test of a multi-valued field.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum ListOp {
    /// `equals`, `in`, `any_of`, `in_group`, `prefix`: some value passes the text test.
    Any(TextOp),
    /// `all_in`: every value is in the set (and there is at least one).
    AllIn(TextSet),
    /// `matches_route`: the values, in order, match the pattern.
    Route(RoutePattern),
}

impl Condition {
    /// Returns true when the condition holds for the traveller at `now`.
    pub(crate) fn holds(&self, facts: &Facts<'_>, now: DateTime<Utc>) -> bool {
        match self {
            Condition::All(conditions) => conditions.iter().all(|c| c.holds(facts, now)),
            Condition::Any(conditions) => conditions.iter().any(|c| c.holds(facts, now)),
            Condition::Not(condition) => !condition.holds(facts, now),
            Condition::Test(test) => test.holds(facts, now),
        }
    }
}

impl Test {
    fn holds(&self, facts: &Facts<'_>, now: DateTime<Utc>) -> bool {
        match self {
            Test::Missing { field, expected } => is_missing(facts, *field, now) == *expected,
            Test::Text { field, op } => facts.text(*field).is_some_and(|value| op.holds(value)),
            Test::Number { field, op } => facts
                .number(*field, now)
                .is_some_and(|value| op.holds(value)),
            Test::Flag { field, expected } => facts.flag(*field) == Some(*expected),
            Test::List { field, op } => {
                let mut values = facts.list(*field);
                match op {
                    ListOp::Any(text_op) => values.any(|value| text_op.holds(value)),
                    ListOp::AllIn(set) => {
                        let mut seen_any = false;
                        let all_in = values.all(|value| {
                            seen_any = true;
                            set.contains(value)
                        });
                        seen_any && all_in
                    }
                    ListOp::Route(pattern) => pattern.matches(values),
                }
            }
        }
    }
}

fn is_missing(facts: &Facts<'_>, field: Field, now: DateTime<Utc>) -> bool {
    match field {
        Field::Text(field) => facts.text(field).is_none(),
        Field::Number(field) => facts.number(field, now).is_none(),
        Field::Flag(field) => facts.flag(field).is_none(),
        Field::List(field) => facts.list(field).next().is_none(),
    }
}

impl TextOp {
    fn holds(&self, value: &str) -> bool {
        match self {
            TextOp::Equals(expected) => value.eq_ignore_ascii_case(expected),
            TextOp::In(set) => set.contains(value),
            TextOp::Prefix(prefix) => value
                .as_bytes()
                .get(..prefix.len())
                .is_some_and(|start| start.eq_ignore_ascii_case(prefix.as_bytes())),
        }
    }
}

impl NumberOp {
    fn holds(&self, value: f64) -> bool {
        match self {
            NumberOp::Equals(expected) => value == *expected,
            NumberOp::In(numbers) => numbers.contains(&value),
            NumberOp::Between(low, high) => (*low..=*high).contains(&value),
            NumberOp::Below(limit) => value < *limit,
            NumberOp::Above(limit) => value > *limit,
        }
    }
}

/// A set of upper-case strings, sorted for a case-insensitive binary search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct TextSet(Box<[Box<str>]>);

impl TextSet {
    /// Returns the set of the values, upper-cased, sorted and deduplicated.
    pub(crate) fn new(values: impl IntoIterator<Item = String>) -> TextSet {
        let mut members: Vec<Box<str>> = values
            .into_iter()
            .map(|value| value.to_uppercase().into_boxed_str())
            .collect();
        members.sort_by(|a, b| cmp_ignore_ascii_case(a, b));
        members.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
        TextSet(members.into_boxed_slice())
    }

    /// Returns true when the value is in the set, ignoring ASCII case.
    pub(crate) fn contains(&self, value: &str) -> bool {
        self.0
            .binary_search_by(|member| cmp_ignore_ascii_case(member, value))
            .is_ok()
    }
}

/// Compares two strings as if both were ASCII upper-case, without allocating.
fn cmp_ignore_ascii_case(a: &str, b: &str) -> Ordering {
    a.bytes()
        .map(|byte| byte.to_ascii_uppercase())
        .cmp(b.bytes().map(|byte| byte.to_ascii_uppercase()))
}

/// One step of a route pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum RouteStep {
    /// `*`: any airports, none included.
    AnyAirports,
    /// `?`: exactly one airport.
    OneAirport,
    /// An airport code, upper-case.
    Airport(Box<str>),
}

/// A route pattern such as `IST-*-JFK`, matched against the whole route.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RoutePattern(Box<[RouteStep]>);

impl RoutePattern {
    /// The most steps a pattern may have: states are the bits of a `u64`.
    pub(crate) const MAX_STEPS: usize = 63;

    /// Returns the pattern of the steps; at most [`Self::MAX_STEPS`] steps.
    pub(crate) fn new(steps: Vec<RouteStep>) -> RoutePattern {
        debug_assert!(steps.len() <= Self::MAX_STEPS);
        RoutePattern(steps.into_boxed_slice())
    }

    /// Returns true when the airports, in order, match the whole pattern; false for no airport.
    fn matches<'a>(&self, airports: impl Iterator<Item = &'a str>) -> bool {
        let steps = &self.0;
        // Bit i set: the airports read so far match the first i steps.
        let mut states = self.skip_stars(1);
        let mut read_any = false;
        for airport in airports {
            read_any = true;
            let mut next = 0u64;
            for (index, step) in steps.iter().enumerate() {
                if states & (1 << index) == 0 {
                    continue;
                }
                match step {
                    RouteStep::AnyAirports => next |= 1 << index,
                    RouteStep::OneAirport => next |= 1 << (index + 1),
                    RouteStep::Airport(code) if airport.eq_ignore_ascii_case(code) => {
                        next |= 1 << (index + 1)
                    }
                    RouteStep::Airport(_) => {}
                }
            }
            states = self.skip_stars(next);
            if states == 0 {
                return false;
            }
        }
        read_any && states & (1 << steps.len()) != 0
    }

    /// Adds to `states` the states reached by letting `*` steps match no airport.
    fn skip_stars(&self, mut states: u64) -> u64 {
        for (index, step) in self.0.iter().enumerate() {
            if *step == RouteStep::AnyAirports && states & (1 << index) != 0 {
                states |= 1 << (index + 1);
            }
        }
        states
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn route(pattern: &str) -> RoutePattern {
        RoutePattern::new(
            pattern
                .split('-')
                .map(|step| match step {
                    "*" => RouteStep::AnyAirports,
                    "?" => RouteStep::OneAirport,
                    code => RouteStep::Airport(code.into()),
                })
                .collect(),
        )
    }

    #[test]
    fn route_patterns_match_whole_routes() {
        let cases = [
            ("IST-*-JFK", "IST-JFK", true),
            ("IST-*-JFK", "IST-FRA-LHR-JFK", true),
            ("IST-*-JFK", "ist-fra-jfk", true),
            ("IST-*-JFK", "FRA-IST-JFK", false),
            ("*-IST-*", "FRA-IST-JFK", true),
            ("*-IST-*", "IST", true),
            ("*-IST-*", "FRA-JFK", false),
            ("IST-?-JFK", "IST-FRA-JFK", true),
            ("IST-?-JFK", "IST-JFK", false),
            ("*", "FRA", true),
            ("FRA", "FRA-LHR", false),
        ];
        for (pattern, airports, expected) in cases {
            assert_eq!(
                route(pattern).matches(airports.split('-')),
                expected,
                "{pattern} ~ {airports}"
            );
        }
        assert!(!route("*").matches(std::iter::empty()));
    }

    #[test]
    fn text_sets_ignore_case_and_duplicates() {
        let set = TextSet::new(["deu".to_owned(), "FRA".to_owned(), "Deu".to_owned()]);
        assert_eq!(set.0.len(), 2);
        assert!(set.contains("deu"));
        assert!(set.contains("FRA"));
        assert!(!set.contains("FR"));
        assert!(!set.contains("ITA"));
    }

    #[test]
    fn text_tests_ignore_case() {
        assert!(TextOp::Equals("DEU".into()).holds("deu"));
        assert!(TextOp::Prefix("C01".into()).holds("c01x"));
        assert!(!TextOp::Prefix("C01X0".into()).holds("C01X"));
    }

    #[test]
    fn number_tests_are_inclusive_or_strict_as_documented() {
        assert!(NumberOp::Between(16.0, 18.0).holds(16.0));
        assert!(NumberOp::Between(16.0, 18.0).holds(18.0));
        assert!(!NumberOp::Below(48.0).holds(48.0));
        assert!(!NumberOp::Above(48.0).holds(48.0));
        assert!(NumberOp::In(Box::new([1.0, 3.0])).holds(3.0));
    }
}
