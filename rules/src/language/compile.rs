//! Compilation of a rule file: TOML → raw structs → checked [`Rule`]s with compiled conditions.
//!
//! Every check that can fail runs here, once, so that evaluation cannot: field names become
//! enums, operators are checked against the field kind, strings are upper-cased and groups are
//! copied into the tests that use them. Errors carry the byte offset of the value at fault.

use std::collections::BTreeMap;
use std::ops::Range;

use chrono::{Days, NaiveDate, NaiveDateTime};
use toml::Spanned;

use super::operators::compile_test;
use super::raw::{RawCondition, RawFile, RawRule};
use crate::condition::{Condition, TextSet};
use crate::error::RulesError;
use crate::ruleset::Rule;

/// An error at a byte offset of the file.
#[derive(Debug)]
pub(super) struct Located {
    pub offset: usize,
    pub message: String,
}

/// Returns an error at the start of a span.
pub(super) fn at(span: Range<usize>, message: impl Into<String>) -> Located {
    Located {
        offset: span.start,
        message: message.into(),
    }
}

/// The result of compiling a part of the file.
pub(super) type Compiled<T> = Result<T, Located>;

/// The longest rule id: ids appear in reasons and logs.
const MAX_ID_LEN: usize = 64;

/// Parses and compiles a rule file into its rules, in file order.
pub(crate) fn compile(text: &str) -> Result<Vec<Rule>, RulesError> {
    let raw: RawFile = toml::from_str(text).map_err(|error| {
        let offset = error.span().map_or(0, |span| span.start);
        RulesError::at_offset(text, offset, tidy_toml_message(error.message()))
    })?;
    compile_file(raw, text)
        .map_err(|located| RulesError::at_offset(text, located.offset, located.message))
}

/// Returns a TOML or serde message in this crate's style: lowercase start, no trailing period
/// or line break.
fn tidy_toml_message(message: &str) -> String {
    let message = message.trim().trim_end_matches('.');
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => "invalid rule file".to_owned(),
    }
}

fn compile_file(raw: RawFile, text: &str) -> Compiled<Vec<Rule>> {
    if let Some(version) = &raw.version {
        if *version.get_ref() != 1 {
            return Err(at(
                version.span(),
                "unsupported version: this format is version 1",
            ));
        }
    }
    let groups = compile_groups(&raw.groups)?;
    // Rule id → byte offset of its first definition.
    let mut first_offsets: BTreeMap<String, usize> = BTreeMap::new();
    let mut rules = Vec::with_capacity(raw.rule.len());
    for raw_rule in raw.rule {
        let id_span = raw_rule.id.span();
        if let Some(&first) = first_offsets.get(raw_rule.id.get_ref()) {
            let first_line = RulesError::at_offset(text, first, "").line;
            return Err(at(
                id_span,
                format!(
                    "duplicate rule id `{}` (first defined on line {first_line})",
                    raw_rule.id.get_ref()
                ),
            ));
        }
        first_offsets.insert(raw_rule.id.get_ref().clone(), id_span.start);
        rules.push(compile_rule(raw_rule, &groups)?);
    }
    Ok(rules)
}

fn compile_groups(
    raw: &BTreeMap<String, Spanned<Vec<Spanned<String>>>>,
) -> Compiled<BTreeMap<String, TextSet>> {
    let mut groups = BTreeMap::new();
    for (name, members) in raw {
        for member in members.get_ref() {
            if member.get_ref().trim().is_empty() {
                return Err(at(member.span(), format!("empty value in group `{name}`")));
            }
        }
        let set = TextSet::new(
            members
                .get_ref()
                .iter()
                .map(|m| m.get_ref().trim().to_owned()),
        );
        groups.insert(name.clone(), set);
    }
    Ok(groups)
}

fn compile_rule(raw: RawRule, groups: &BTreeMap<String, TextSet>) -> Compiled<Rule> {
    let id = raw.id.get_ref();
    check_id(id).map_err(|message| at(raw.id.span(), message))?;
    let valid_from = raw
        .valid_from
        .as_ref()
        .map(|value| moment(value, Bound::From))
        .transpose()?;
    let valid_until = raw
        .valid_until
        .as_ref()
        .map(|value| moment(value, Bound::Until))
        .transpose()?;
    if let (Some(from), Some(until), Some(until_value)) =
        (valid_from, valid_until, &raw.valid_until)
    {
        if until <= from {
            return Err(at(
                until_value.span(),
                "`valid_until` is not after `valid_from`",
            ));
        }
    }
    let condition = compile_condition(raw.when.get_ref(), raw.when.span(), groups)?;
    Ok(Rule {
        id: id.clone(),
        description: raw.description,
        severity: raw.severity,
        enabled: raw.enabled,
        valid_from,
        valid_until,
        action: raw.action,
        condition,
    })
}

fn check_id(id: &str) -> Result<(), String> {
    if id.is_empty() {
        return Err("empty rule id".to_owned());
    }
    if id.len() > MAX_ID_LEN {
        return Err(format!("rule id longer than {MAX_ID_LEN} characters"));
    }
    if !id
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'))
    {
        return Err(format!(
            "rule id `{id}` has characters other than letters, digits, `-`, `_` and `.`"
        ));
    }
    Ok(())
}

/// Which end of a validity window a moment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Bound {
    From,
    Until,
}

/// Reads `valid_from` / `valid_until`: a date (the day's start; for `Until`, the next day's
/// start, so the day is included) or a date-time, in UTC.
fn moment(value: &Spanned<toml::Value>, bound: Bound) -> Compiled<NaiveDateTime> {
    let key = match bound {
        Bound::From => "valid_from",
        Bound::Until => "valid_until",
    };
    let text = match value.get_ref() {
        toml::Value::String(text) => text.trim().to_owned(),
        toml::Value::Datetime(datetime) => datetime.to_string(),
        _ => {
            return Err(at(
                value.span(),
                format!("`{key}` must be a date or a date-time"),
            ))
        }
    };
    let bad = || {
        at(
            value.span(),
            format!(
                "`{key}` is not a date (YYYY-MM-DD) or a UTC date-time (YYYY-MM-DDTHH:MM[:SS])"
            ),
        )
    };
    let utc = text.strip_suffix('Z').unwrap_or(&text);
    if let Ok(date) = NaiveDate::parse_from_str(utc, "%Y-%m-%d") {
        let start = date.and_time(chrono::NaiveTime::MIN);
        return match bound {
            Bound::From => Ok(start),
            Bound::Until => start.checked_add_days(Days::new(1)).ok_or_else(bad),
        };
    }
    [
        "%Y-%m-%dT%H:%M:%S%.f",
        "%Y-%m-%dT%H:%M",
        "%Y-%m-%d %H:%M:%S%.f",
        "%Y-%m-%d %H:%M",
    ]
    .iter()
    .find_map(|format| NaiveDateTime::parse_from_str(utc, format).ok())
    .ok_or_else(bad)
}

fn compile_condition(
    condition: &RawCondition,
    span: Range<usize>,
    groups: &BTreeMap<String, TextSet>,
) -> Compiled<Condition> {
    let forms = condition.forms();
    let operators = condition.operators();
    let Some(&(form, _)) = forms.first() else {
        return Err(match operators.first() {
            Some((operator, value)) => at(value.span(), format!("`{operator}` needs a `field`")),
            None => at(
                span,
                "empty condition: write `all`, `any`, `not` or a `field` test",
            ),
        });
    };
    if form != "field" {
        let beside = forms
            .get(1)
            .copied()
            .into_iter()
            .chain(
                operators
                    .iter()
                    .map(|(name, value)| (*name, value.span().start)),
            )
            .min_by_key(|&(_, start)| start);
        if let Some((name, start)) = beside {
            return Err(Located {
                offset: start,
                message: format!(
                    "`{name}` cannot stand beside `{form}` in one condition: \
                     nest the tests inside `all` or `any`"
                ),
            });
        }
    } else if let Some(&(name, start)) = forms.get(1) {
        return Err(Located {
            offset: start,
            message: format!(
                "`{name}` cannot stand beside a `field` test: nest the tests inside `all` or `any`"
            ),
        });
    }
    if let Some(list) = condition.all.as_ref().or(condition.any.as_ref()) {
        if list.get_ref().is_empty() {
            return Err(at(list.span(), format!("empty `{form}` list")));
        }
        let conditions = list
            .get_ref()
            .iter()
            .map(|item| compile_condition(item.get_ref(), item.span(), groups))
            .collect::<Compiled<Vec<_>>>()?;
        return Ok(if condition.all.is_some() {
            Condition::All(conditions)
        } else {
            Condition::Any(conditions)
        });
    }
    if let Some(inner) = &condition.not {
        let inner = compile_condition(inner.get_ref(), inner.span(), groups)?;
        return Ok(Condition::Not(Box::new(inner)));
    }
    let Some(field) = &condition.field else {
        return Err(at(
            span,
            "empty condition: write `all`, `any`, `not` or a `field` test",
        ));
    };
    let test = match operators.as_slice() {
        [] => Err(at(
            field.span(),
            format!("test of `{}` without an operator", field.get_ref()),
        )),
        [(operator, value)] => compile_test(field, operator, value, groups),
        [(first, _), (second, value), ..] => Err(at(
            value.span(),
            format!(
                "two operators in one test (`{first}` and `{second}`): \
                 combine tests with `all` or `any`"
            ),
        )),
    }?;
    Ok(Condition::Test(test))
}
