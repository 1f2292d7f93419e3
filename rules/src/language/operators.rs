//! Compilation of one field test: the field name to its enum, the operator checked against the
//! field's kind, and the value checked, upper-cased and converted once.

use std::collections::BTreeMap;

use toml::Spanned;

use super::compile::{at, Compiled, Located};
use super::raw::{RawValue, Scalar};
use crate::condition::{ListOp, NumberOp, RoutePattern, RouteStep, Test, TextOp, TextSet};
use crate::fields::{Field, ListField};

/// Compiles `{ field = "…", <operator> = value }`.
pub(super) fn compile_test(
    field_name: &Spanned<String>,
    operator: &str,
    value: &Spanned<RawValue>,
    groups: &BTreeMap<String, TextSet>,
) -> Compiled<Test> {
    let Some(field) = Field::from_name(field_name.get_ref()) else {
        return Err(at(
            field_name.span(),
            format!(
                "unknown field `{}` (known: {})",
                field_name.get_ref(),
                Field::names_like(field_name.get_ref()).join(", ")
            ),
        ));
    };
    let checked = Operand {
        field,
        operator,
        value,
    };
    if operator == "missing" {
        return Ok(Test::Missing {
            field,
            expected: checked.flag()?,
        });
    }
    match field {
        Field::Text(text_field) => {
            let op = match operator {
                "any_of" | "all_in" => {
                    return Err(checked.mismatch("; use `in` for a single value"))
                }
                _ => checked.text_op(groups)?,
            };
            Ok(Test::Text {
                field: text_field,
                op,
            })
        }
        Field::List(list_field) => {
            let op = match operator {
                "all_in" => ListOp::AllIn(checked.text_set()?),
                "matches_route" => ListOp::Route(checked.route(list_field)?),
                _ => ListOp::Any(checked.text_op(groups)?),
            };
            Ok(Test::List {
                field: list_field,
                op,
            })
        }
        Field::Number(number_field) => {
            let op = match operator {
                "equals" => NumberOp::Equals(checked.number()?),
                "in" => NumberOp::In(checked.numbers()?.into_boxed_slice()),
                "below" => NumberOp::Below(checked.number()?),
                "above" => NumberOp::Above(checked.number()?),
                "between" => checked.between()?,
                _ => return Err(checked.mismatch("")),
            };
            Ok(Test::Number {
                field: number_field,
                op,
            })
        }
        Field::Flag(flag_field) => match operator {
            "is" | "equals" => Ok(Test::Flag {
                field: flag_field,
                expected: checked.flag()?,
            }),
            _ => Err(checked.mismatch("; use `is = true` or `is = false`")),
        },
    }
}

/// An operator and its value, for a field.
struct Operand<'a> {
    field: Field,
    operator: &'a str,
    value: &'a Spanned<RawValue>,
}

impl Operand<'_> {
    /// Returns an error: the operator does not fit the field's kind; `hint` follows.
    fn mismatch(&self, hint: &str) -> Located {
        at(
            self.value.span(),
            format!(
                "`{}` does not apply to `{}`, which is {}{hint}",
                self.operator,
                self.field.name(),
                self.field.kind_name()
            ),
        )
    }

    /// Returns an error: the value has the wrong type.
    fn needs(&self, what: &str) -> Located {
        at(
            self.value.span(),
            format!("`{}` needs {what}", self.operator),
        )
    }

    fn one(&self) -> Option<&Scalar> {
        match self.value.get_ref() {
            RawValue::One(scalar) => Some(scalar),
            RawValue::List(_) => None,
        }
    }

    /// Returns the items of a non-empty list value.
    fn list(&self, what: &str) -> Compiled<&[Spanned<Scalar>]> {
        match self.value.get_ref() {
            RawValue::List(items) if items.is_empty() => Err(at(
                self.value.span(),
                format!("empty `{}` list", self.operator),
            )),
            RawValue::List(items) => Ok(items),
            RawValue::One(_) => Err(self.needs(&format!("a list of {what}"))),
        }
    }

    fn flag(&self) -> Compiled<bool> {
        match self.one() {
            Some(Scalar::Bool(flag)) => Ok(*flag),
            _ => Err(self.needs("true or false")),
        }
    }

    fn number(&self) -> Compiled<f64> {
        match self.one() {
            Some(scalar) => number_of(scalar)
                .ok_or_else(|| self.needs(&format!("a number, not {}", scalar.type_name()))),
            None => Err(self.needs("a number, not a list")),
        }
    }

    fn numbers(&self) -> Compiled<Vec<f64>> {
        self.list("numbers")?
            .iter()
            .map(|item| {
                number_of(item.get_ref()).ok_or_else(|| {
                    at(
                        item.span(),
                        format!(
                            "`{}` needs numbers, not {}",
                            self.operator,
                            item.get_ref().type_name()
                        ),
                    )
                })
            })
            .collect()
    }

    fn between(&self) -> Compiled<NumberOp> {
        let numbers = self.numbers()?;
        match numbers.as_slice() {
            [low, high] if low <= high => Ok(NumberOp::Between(*low, *high)),
            [_, _] => Err(self.needs("the lower bound first: `[low, high]`")),
            _ => Err(self.needs("two numbers: `[low, high]`")),
        }
    }

    /// Returns a single text value, upper-cased, checked against the field's closed set.
    fn text(&self) -> Compiled<String> {
        match self.one() {
            Some(Scalar::Text(text)) => self.checked_text(text, self.value.span()),
            Some(scalar) => Err(self.text_type_error(scalar, self.value.span())),
            None => Err(self.needs("a single string, not a list")),
        }
    }

    fn checked_text(&self, text: &str, span: std::ops::Range<usize>) -> Compiled<String> {
        let text = text.trim();
        if text.is_empty() {
            return Err(at(span, format!("empty value for `{}`", self.operator)));
        }
        if let Some(allowed) = self.field.allowed_values() {
            if !allowed.iter().any(|value| value.eq_ignore_ascii_case(text)) {
                return Err(at(
                    span,
                    format!(
                        "`{}` is one of {}, not `{text}`",
                        self.field.name(),
                        allowed.join(", ")
                    ),
                ));
            }
        }
        Ok(text.to_uppercase())
    }

    fn text_type_error(&self, scalar: &Scalar, span: std::ops::Range<usize>) -> Located {
        at(
            span,
            format!(
                "`{}` is text: write the value in quotes, not {}",
                self.field.name(),
                scalar.type_name()
            ),
        )
    }

    fn text_set(&self) -> Compiled<TextSet> {
        let values = self
            .list("strings")?
            .iter()
            .map(|item| match item.get_ref() {
                Scalar::Text(text) => self.checked_text(text, item.span()),
                scalar => Err(self.text_type_error(scalar, item.span())),
            })
            .collect::<Compiled<Vec<String>>>()?;
        Ok(TextSet::new(values))
    }

    /// Compiles the operators shared by text fields and (for some value) multi-valued fields.
    fn text_op(&self, groups: &BTreeMap<String, TextSet>) -> Compiled<TextOp> {
        match self.operator {
            "equals" => Ok(TextOp::Equals(self.text()?.into_boxed_str())),
            "prefix" => Ok(TextOp::Prefix(self.text()?.into_boxed_str())),
            "in" | "any_of" => Ok(TextOp::In(self.text_set()?)),
            "in_group" => {
                let Some(Scalar::Text(name)) = self.one() else {
                    return Err(self.needs("the name of a group, in quotes"));
                };
                match groups.get(name.trim()) {
                    Some(group) => Ok(TextOp::In(group.clone())),
                    None => {
                        let known: Vec<&str> = groups.keys().map(String::as_str).collect();
                        let known = if known.is_empty() {
                            "the file has no `[groups]`".to_owned()
                        } else {
                            format!("known: {}", known.join(", "))
                        };
                        Err(at(
                            self.value.span(),
                            format!("unknown group `{}` ({known})", name.trim()),
                        ))
                    }
                }
            }
            _ => Err(self.mismatch("")),
        }
    }

    /// Compiles a `matches_route` pattern such as `IST-*-JFK`.
    fn route(&self, field: ListField) -> Compiled<RoutePattern> {
        if !matches!(field, ListField::FlightRoute | ListField::BookingRoute) {
            return Err(self.mismatch("; it tests `flight.route` or `booking.route`"));
        }
        let pattern = self.text()?;
        let mut steps = Vec::new();
        for step in pattern.split('-').map(str::trim) {
            let step = match step {
                "" => return Err(self.needs("airports separated by `-`, such as `IST-*-JFK`")),
                "*" if steps.last() == Some(&RouteStep::AnyAirports) => continue,
                "*" => RouteStep::AnyAirports,
                "?" => RouteStep::OneAirport,
                code if code.chars().all(|c| c.is_ascii_alphanumeric()) => {
                    RouteStep::Airport(code.into())
                }
                _ => {
                    return Err(self.needs("airport codes, `*` or `?` separated by `-`"));
                }
            };
            steps.push(step);
        }
        if steps.len() > RoutePattern::MAX_STEPS {
            return Err(self.needs(&format!("at most {} steps", RoutePattern::MAX_STEPS)));
        }
        Ok(RoutePattern::new(steps))
    }
}

/// Returns a finite number.
fn number_of(scalar: &Scalar) -> Option<f64> {
    let number = match scalar {
        Scalar::Integer(integer) => *integer as f64,
        Scalar::Float(float) => *float,
        Scalar::Text(_) | Scalar::Bool(_) => return None,
    };
    number.is_finite().then_some(number)
}
