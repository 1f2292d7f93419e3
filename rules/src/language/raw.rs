//! The rule file as written: serde structs that keep the byte span of every value the compiler
//! may have to point at.

use std::collections::BTreeMap;
use std::fmt;

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::Deserialize;
use toml::Spanned;

use crate::ruleset::{Action, Severity};

/// A whole rule file.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFile {
    /// Format version; only 1 exists.
    #[serde(default)]
    pub version: Option<Spanned<i64>>,
    /// Named sets of strings.
    #[serde(default)]
    pub groups: BTreeMap<String, Spanned<Vec<Spanned<String>>>>,
    /// The rules, in order (`[[rule]]`).
    #[serde(default)]
    pub rule: Vec<RawRule>,
}

/// One `[[rule]]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawRule {
    pub id: Spanned<String>,
    pub description: String,
    pub severity: Severity,
    #[serde(default = "enabled_by_default")]
    pub enabled: bool,
    #[serde(default)]
    pub valid_from: Option<Spanned<toml::Value>>,
    #[serde(default)]
    pub valid_until: Option<Spanned<toml::Value>>,
    #[serde(default)]
    pub action: Action,
    pub when: Spanned<RawCondition>,
}

fn enabled_by_default() -> bool {
    true
}

/// A condition as written: the compiler checks that exactly one form is used.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCondition {
    #[serde(default)]
    pub all: Option<Spanned<Vec<Spanned<RawCondition>>>>,
    #[serde(default)]
    pub any: Option<Spanned<Vec<Spanned<RawCondition>>>>,
    #[serde(default)]
    pub not: Option<Spanned<Box<RawCondition>>>,
    #[serde(default)]
    pub field: Option<Spanned<String>>,
    #[serde(default)]
    pub equals: Option<Spanned<RawValue>>,
    #[serde(default, rename = "in")]
    pub in_list: Option<Spanned<RawValue>>,
    #[serde(default)]
    pub in_group: Option<Spanned<RawValue>>,
    #[serde(default)]
    pub prefix: Option<Spanned<RawValue>>,
    #[serde(default)]
    pub between: Option<Spanned<RawValue>>,
    #[serde(default)]
    pub below: Option<Spanned<RawValue>>,
    #[serde(default)]
    pub above: Option<Spanned<RawValue>>,
    #[serde(default)]
    pub is: Option<Spanned<RawValue>>,
    #[serde(default)]
    pub missing: Option<Spanned<RawValue>>,
    #[serde(default)]
    pub any_of: Option<Spanned<RawValue>>,
    #[serde(default)]
    pub all_in: Option<Spanned<RawValue>>,
    #[serde(default)]
    pub matches_route: Option<Spanned<RawValue>>,
}

impl RawCondition {
    /// Returns the operators present, by name, in file order.
    pub fn operators(&self) -> Vec<(&'static str, &Spanned<RawValue>)> {
        let candidates = [
            ("equals", &self.equals),
            ("in", &self.in_list),
            ("in_group", &self.in_group),
            ("prefix", &self.prefix),
            ("between", &self.between),
            ("below", &self.below),
            ("above", &self.above),
            ("is", &self.is),
            ("missing", &self.missing),
            ("any_of", &self.any_of),
            ("all_in", &self.all_in),
            ("matches_route", &self.matches_route),
        ];
        let mut present: Vec<(&'static str, &Spanned<RawValue>)> = candidates
            .into_iter()
            .filter_map(|(name, value)| Some((name, value.as_ref()?)))
            .collect();
        present.sort_by_key(|(_, value)| value.span().start);
        present
    }

    /// Returns the forms present (`all`, `any`, `not`, `field`) with the start of their value,
    /// in file order.
    pub fn forms(&self) -> Vec<(&'static str, usize)> {
        let mut present = Vec::new();
        if let Some(all) = &self.all {
            present.push(("all", all.span().start));
        }
        if let Some(any) = &self.any {
            present.push(("any", any.span().start));
        }
        if let Some(not) = &self.not {
            present.push(("not", not.span().start));
        }
        if let Some(field) = &self.field {
            present.push(("field", field.span().start));
        }
        present.sort_by_key(|&(_, start)| start);
        present
    }
}

/// A single value of an operator.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Scalar {
    Text(String),
    Integer(i64),
    Float(f64),
    Bool(bool),
}

impl Scalar {
    /// Returns how the type of the value reads in messages.
    pub fn type_name(&self) -> &'static str {
        match self {
            Scalar::Text(_) => "a string",
            Scalar::Integer(_) | Scalar::Float(_) => "a number",
            Scalar::Bool(_) => "true or false",
        }
    }
}

/// The value of an operator: a single value or a list of single values.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum RawValue {
    One(Scalar),
    List(Vec<Spanned<Scalar>>),
}

/// Reads a single value or (when `list` is set) also a list of single values.
struct ValueVisitor {
    list: bool,
}

impl<'de> Visitor<'de> for ValueVisitor {
    type Value = RawValue;

    fn expecting(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.list {
            formatter.write_str("a string, a number, true or false, or a list of them")
        } else {
            formatter.write_str("a string, a number, true or false")
        }
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<RawValue, E> {
        Ok(RawValue::One(Scalar::Bool(value)))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<RawValue, E> {
        Ok(RawValue::One(Scalar::Integer(value)))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<RawValue, E> {
        i64::try_from(value)
            .map(|value| RawValue::One(Scalar::Integer(value)))
            .map_err(|_| E::custom("number too large"))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<RawValue, E> {
        Ok(RawValue::One(Scalar::Float(value)))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<RawValue, E> {
        Ok(RawValue::One(Scalar::Text(value.to_owned())))
    }

    fn visit_string<E: de::Error>(self, value: String) -> Result<RawValue, E> {
        Ok(RawValue::One(Scalar::Text(value)))
    }

    fn visit_map<A: MapAccess<'de>>(self, _map: A) -> Result<RawValue, A::Error> {
        // TOML dates arrive as maps too.
        Err(de::Error::custom(
            "a table or a date is not a value an operator takes: use a string, a number, \
             true or false",
        ))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawValue, A::Error> {
        if !self.list {
            return Err(de::Error::invalid_type(de::Unexpected::Seq, &self));
        }
        let mut values = Vec::new();
        while let Some(value) = seq.next_element::<Spanned<Scalar>>()? {
            values.push(value);
        }
        Ok(RawValue::List(values))
    }
}

impl<'de> Deserialize<'de> for RawValue {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<RawValue, D::Error> {
        deserializer.deserialize_any(ValueVisitor { list: true })
    }
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Scalar, D::Error> {
        match deserializer.deserialize_any(ValueVisitor { list: false })? {
            RawValue::One(scalar) => Ok(scalar),
            RawValue::List(_) => Err(de::Error::custom("a list is not a single value")),
        }
    }
}
