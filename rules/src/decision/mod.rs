//! The decision for one traveller: the alert severity for officers and the directive for the
//! carrier, from the screening hits, the fired rules and the completeness of the data.
//!
//! Each outcome present gives a directive through the [`Policy`]; the traveller gets the one of
//! highest precedence (`1Z` > `2Z` > `4Z` > `0Z`), and `0Z` when nothing is present. Reasons
//! are machine-readable codes without personal data:
//!
//! | reason | outcome |
//! |---|---|
//! | `watchlist_hit:<list>` | a person matched the list |
//! | `document_exact:<list>` | a listed (stolen, lost, revoked) document matched exactly |
//! | `document_near:<list>` | a listed document matched nearly |
//! | `rule:<id>` | the rule fired |
//! | `missing:<field>` | a required field was not sent |
//! | `invalid:<field>` | a required field was sent but cannot be read (or fails its check digit) |

mod directive;
mod policy;

pub use directive::Directive;
pub use policy::{Policy, PolicyError, RequiredField};

use paxscreen_ingest::model::Traveller;
use paxscreen_screening::{Hit, HitKind};
use serde::Serialize;

use crate::ruleset::{Action, Fired, Severity};

/// Score from which a document hit counts as exact even without a `document_exact` reason.
const EXACT_DOCUMENT_SCORE: f32 = 0.999;

/// Score from which a watchlist hit is of high severity.
const HIGH_SEVERITY_SCORE: f32 = 0.95;

/// What happens to one traveller.
#[derive(Serialize, Clone, Debug, PartialEq)]
pub struct Decision {
    /// What the carrier is told.
    pub directive: Directive,
    /// Highest severity among hits and fired rules; none when nothing hit or fired. A hit is
    /// high when it is a document hit or scores 0.95 or more, else medium.
    pub severity: Option<Severity>,
    /// Machine-readable reasons, without personal data, in the order found, without repeats.
    pub reasons: Vec<String>,
}

/// Decides the directive and severity for a traveller.
///
/// Insufficient data means a required field is missing, or was sent but cannot be read: a raw
/// date of birth or nationality the parser could not normalise, a travel document whose check
/// digit fails, no travel document at all (missing `document_number` and `document_expiry`),
/// or no expiry on the first document.
pub fn decide(policy: &Policy, traveller: &Traveller, hits: &[Hit], fired: &[Fired]) -> Decision {
    let mut decision = Decision {
        directive: Directive::OkToBoard,
        severity: None,
        reasons: Vec::new(),
    };
    for hit in hits {
        let (directive, reason) = match hit.kind {
            HitKind::Watchlist => (policy.watchlist_hit, "watchlist_hit"),
            HitKind::Document if is_exact_document(hit) => {
                (policy.document_exact, "document_exact")
            }
            HitKind::Document => (policy.document_near, "document_near"),
        };
        decision.add(directive, format!("{reason}:{}", hit.list));
        decision.raise(hit_severity(hit));
    }
    for rule in fired {
        let directive = match rule.action {
            Action::Alert => Directive::OkToBoard,
            Action::ContactGovernment => policy.rule_contact_government,
            Action::DoNotBoard => policy.rule_do_not_board,
        };
        decision.add(directive, format!("rule:{}", rule.rule_id));
        decision.raise(rule.severity);
    }
    for field in &policy.required_fields {
        if let Some(problem) = data_problem(traveller, *field) {
            decision.add(
                policy.insufficient_data,
                format!("{problem}:{}", field.as_str()),
            );
        }
    }
    decision
}

impl Decision {
    fn add(&mut self, directive: Directive, reason: String) {
        self.directive = self.directive.strongest(directive);
        if !self.reasons.contains(&reason) {
            self.reasons.push(reason);
        }
    }

    fn raise(&mut self, severity: Severity) {
        self.severity = self.severity.max(Some(severity));
    }
}

fn is_exact_document(hit: &Hit) -> bool {
    hit.score >= EXACT_DOCUMENT_SCORE
        || hit
            .reasons
            .iter()
            .any(|reason| reason.code == "document_exact")
}

fn hit_severity(hit: &Hit) -> Severity {
    if hit.kind == HitKind::Document || hit.score >= HIGH_SEVERITY_SCORE {
        Severity::High
    } else {
        Severity::Medium
    }
}

/// Returns `missing` or `invalid` when the traveller lacks a usable value for the field.
fn data_problem(traveller: &Traveller, field: RequiredField) -> Option<&'static str> {
    let document = traveller.documents.first();
    let blank = |value: Option<&str>| value.is_none_or(|value| value.trim().is_empty());
    match field {
        RequiredField::DateOfBirth => match (traveller.date_of_birth, &traveller.raw.date_of_birth)
        {
            (Some(_), _) => None,
            (None, Some(raw)) if !raw.trim().is_empty() => Some("invalid"),
            (None, _) => Some("missing"),
        },
        RequiredField::Nationality => {
            let raw_sent = !blank(traveller.raw.nationality.as_deref());
            match (blank(traveller.nationality.as_deref()), raw_sent) {
                (false, _) => None,
                (true, true) => Some("invalid"),
                (true, false) => Some("missing"),
            }
        }
        RequiredField::DocumentNumber => {
            let check_digit_fails = traveller
                .documents
                .iter()
                .any(|document| document.check_digit_valid == Some(false));
            if blank(document.map(|document| document.number.as_str())) {
                Some("missing")
            } else if check_digit_fails {
                Some("invalid")
            } else {
                None
            }
        }
        RequiredField::DocumentExpiry => match document {
            Some(document) if document.expiry.is_some() => None,
            _ => Some("missing"),
        },
    }
}

#[cfg(test)]
mod tests;
