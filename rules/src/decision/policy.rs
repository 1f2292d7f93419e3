//! The directive policy: which outcome gives which directive, the fields a traveller must have,
//! and the agent texts. Read from the service configuration's `[directives]` table.
//!
//! ```toml
//! [directives]
//! watchlist_hit = "2Z"            # codes, or names such as "contact_government"
//! document_exact = "1Z"
//! required_fields = ["document_number", "date_of_birth", "nationality"]
//! texts = { "2Z" = "CONTACT BORDER AGENCY 24H DESK" }
//! ```

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::directive::Directive;

/// A traveller field without which the government cannot decide (`4Z`).
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[serde(rename_all = "snake_case")]
pub enum RequiredField {
    /// The first travel document's number, with a valid check digit where one was sent.
    DocumentNumber,
    /// Date of birth.
    DateOfBirth,
    /// Nationality.
    Nationality,
    /// The first travel document's expiry date.
    DocumentExpiry,
}

impl RequiredField {
    /// Returns the snake_case name, as in configuration and reasons.
    pub fn as_str(self) -> &'static str {
        match self {
            RequiredField::DocumentNumber => "document_number",
            RequiredField::DateOfBirth => "date_of_birth",
            RequiredField::Nationality => "nationality",
            RequiredField::DocumentExpiry => "document_expiry",
        }
    }
}

/// Which outcome gives which directive.
#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Policy {
    /// A person matched a watchlist. `2Z` by default: under the EU PNR rules an automated
    /// (fuzzy) name match must not refuse boarding without a human review, so the default
    /// asks the carrier to call, never `1Z`.
    pub watchlist_hit: Directive,
    /// A stolen, lost or revoked travel document matched exactly. `1Z` by default: the
    /// document itself is void, whoever carries it.
    pub document_exact: Directive,
    /// A listed document matched nearly (OCR confusion, transposition). `2Z` by default: it may
    /// be another document.
    pub document_near: Directive,
    /// A rule with action `contact_government` fired. `2Z` by default.
    pub rule_contact_government: Directive,
    /// A rule with action `do_not_board` fired. `1Z` by default: an officer wrote the rule.
    pub rule_do_not_board: Directive,
    /// A required field is missing or unreadable. `4Z` by default.
    pub insufficient_data: Directive,
    /// Screening could not run (no watchlist, a dependency down, deadline exceeded). `2Z` by
    /// default. Used by the service; [`decide`](super::decide) does not use it.
    pub fail_safe: Directive,
    /// Fields every traveller must have. All four by default.
    pub required_fields: Vec<RequiredField>,
    /// Agent text per code (`"2Z" = "…"`), replacing [`Directive::default_text`].
    pub texts: BTreeMap<String, String>,
}

impl Default for Policy {
    fn default() -> Self {
        Policy {
            watchlist_hit: Directive::ContactGovernment,
            document_exact: Directive::DoNotBoard,
            document_near: Directive::ContactGovernment,
            rule_contact_government: Directive::ContactGovernment,
            rule_do_not_board: Directive::DoNotBoard,
            insufficient_data: Directive::InsufficientData,
            fail_safe: Directive::ContactGovernment,
            required_fields: vec![
                RequiredField::DocumentNumber,
                RequiredField::DateOfBirth,
                RequiredField::Nationality,
                RequiredField::DocumentExpiry,
            ],
            texts: BTreeMap::new(),
        }
    }
}

/// A policy that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[must_use]
pub enum PolicyError {
    /// A text is keyed by something other than a directive code.
    #[error("`texts` has the key `{0}`, which is not a directive code (0Z, 1Z, 2Z, 4Z)")]
    UnknownTextCode(String),
    /// A text is empty.
    #[error("the text for `{0}` is empty")]
    EmptyText(String),
}

impl Policy {
    /// Returns the agent text sent with a directive.
    pub fn text(&self, directive: Directive) -> &str {
        self.texts
            .get(directive.code())
            .map_or(directive.default_text(), String::as_str)
    }

    /// Checks what serde cannot: every text is keyed by a directive code and is not empty.
    ///
    /// # Errors
    /// The first [`PolicyError`] found.
    pub fn validate(&self) -> Result<(), PolicyError> {
        for (code, text) in &self.texts {
            if Directive::parse(code).is_none_or(|directive| directive.code() != code) {
                return Err(PolicyError::UnknownTextCode(code.clone()));
            }
            if text.trim().is_empty() {
                return Err(PolicyError::EmptyText(code.clone()));
            }
        }
        Ok(())
    }
}
