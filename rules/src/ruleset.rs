//! A loaded rule file: its compiled rules, a digest of its text, and the evaluation of every rule
//! over one traveller.

use std::path::Path;

use chrono::{DateTime, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::condition::Condition;
use crate::error::RulesError;
use crate::facts::Facts;
use crate::language;

/// How serious a hit or a fired rule is for officers. Ordered from low to critical.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth a look when time allows.
    Low,
    /// Review before arrival.
    Medium,
    /// Review with priority.
    High,
    /// Act now.
    Critical,
}

impl Severity {
    /// Returns the lowercase name, as in rule files and alerts (also a metric label).
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Low => "low",
            Severity::Medium => "medium",
            Severity::High => "high",
            Severity::Critical => "critical",
        }
    }
}

/// What a fired rule asks for beyond an alert to officers.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Alert officers only: the carrier's directive is unaffected.
    #[default]
    Alert,
    /// Alert, and ask the carrier to contact the government before boarding (by default `2Z`).
    ContactGovernment,
    /// Alert, and tell the carrier not to board the traveller (by default `1Z`).
    DoNotBoard,
}

impl Action {
    /// Returns the snake_case name, as in rule files.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Alert => "alert",
            Action::ContactGovernment => "contact_government",
            Action::DoNotBoard => "do_not_board",
        }
    }
}

/// One compiled targeting rule.
#[derive(Debug, Clone, PartialEq)]
pub struct Rule {
    /// Unique id in the file (letters, digits, `-`, `_`, `.`), used in reasons and logs.
    pub id: String,
    /// What the rule looks for, for officers.
    pub description: String,
    /// Severity of the alert when the rule fires.
    pub severity: Severity,
    /// False to keep a rule in the file without evaluating it.
    pub enabled: bool,
    /// First moment (UTC) the rule applies, included.
    pub valid_from: Option<NaiveDateTime>,
    /// Moment (UTC) the rule stops applying, excluded.
    pub valid_until: Option<NaiveDateTime>,
    /// What the rule asks for when it fires.
    pub action: Action,
    /// The compiled condition.
    pub(crate) condition: Condition,
}

impl Rule {
    /// Returns true when the rule is enabled and `now` is within its validity window.
    pub fn is_active(&self, now: DateTime<Utc>) -> bool {
        let now = now.naive_utc();
        self.enabled
            && self.valid_from.is_none_or(|from| from <= now)
            && self.valid_until.is_none_or(|until| now < until)
    }

    /// Returns true when the rule's condition holds for the traveller (whether or not the rule
    /// is active).
    pub fn holds(&self, facts: &Facts<'_>, now: DateTime<Utc>) -> bool {
        self.condition.holds(facts, now)
    }

    /// Returns the record of this rule firing.
    pub fn fired(&self) -> Fired {
        Fired {
            rule_id: self.id.clone(),
            description: self.description.clone(),
            severity: self.severity,
            action: self.action,
        }
    }
}

/// A rule that fired for a traveller.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fired {
    /// The rule id.
    pub rule_id: String,
    /// The rule description.
    pub description: String,
    /// The rule severity.
    pub severity: Severity,
    /// The rule action.
    pub action: Action,
}

/// The rules of one file, compiled, in file order.
#[derive(Debug, Clone, PartialEq)]
pub struct RuleSet {
    rules: Vec<Rule>,
    /// Short hex SHA-256 of the file text.
    digest: String,
}

impl RuleSet {
    /// Parses and compiles a rule file (see [`language`] for the format).
    ///
    /// # Errors
    /// The text is not TOML, or a rule is invalid (unknown field or group, an operator the field
    /// does not take, a duplicate id…): the error points at the value at fault.
    pub fn parse(text: &str) -> Result<RuleSet, RulesError> {
        let rules = language::compile(text)?;
        Ok(RuleSet {
            rules,
            digest: short_digest(text),
        })
    }

    /// Reads and parses a rule file.
    ///
    /// # Errors
    /// The file cannot be read, or [`RuleSet::parse`] fails; the error carries the path.
    pub fn load(path: &Path) -> Result<RuleSet, RulesError> {
        let text = std::fs::read_to_string(path).map_err(|error| {
            RulesError::without_position(format!("cannot read the rule file: {error}"))
                .with_path(path)
        })?;
        RuleSet::parse(&text).map_err(|error| error.with_path(path))
    }

    /// Returns a rule set without rules (its digest is the empty text's).
    pub fn empty() -> RuleSet {
        RuleSet {
            rules: Vec::new(),
            digest: short_digest(""),
        }
    }

    /// Returns the number of rules, enabled or not.
    pub fn len(&self) -> usize {
        self.rules.len()
    }

    /// Returns true when the set has no rule.
    pub fn is_empty(&self) -> bool {
        self.rules.is_empty()
    }

    /// Returns the rules in file order.
    pub fn rules(&self) -> &[Rule] {
        &self.rules
    }

    /// Returns a short hex SHA-256 of the file text: the version of the rules, for logs and
    /// metrics.
    pub fn digest(&self) -> &str {
        &self.digest
    }

    /// Returns the rules enabled and in their validity window at `now` whose condition holds,
    /// in file order.
    pub fn evaluate(&self, facts: &Facts<'_>, now: DateTime<Utc>) -> Vec<Fired> {
        self.rules
            .iter()
            .filter(|rule| rule.is_active(now) && rule.holds(facts, now))
            .map(Rule::fired)
            .collect()
    }
}

impl Default for RuleSet {
    fn default() -> Self {
        RuleSet::empty()
    }
}

/// Returns the first 12 hex digits of the SHA-256 of the text.
fn short_digest(text: &str) -> String {
    let hash = Sha256::digest(text.as_bytes());
    hash[..6].iter().map(|byte| format!("{byte:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testing::{at, manifest, now};

    const WINDOWED: &str = r#"
        [[rule]]
        id = "R-ALWAYS"
        description = "every traveller"
        severity = "low"
        when = { field = "traveller.role", equals = "passenger" }

        [[rule]]
        id = "R-OFF"
        description = "disabled"
        severity = "high"
        enabled = false
        when = { field = "traveller.role", equals = "passenger" }

        [[rule]]
        id = "R-MARCH"
        description = "an operation in March"
        severity = "medium"
        action = "contact_government"
        valid_from = "2026-03-01"
        valid_until = "2026-03-31"
        when = { field = "traveller.role", equals = "passenger" }

        [[rule]]
        id = "R-NOT-HOLDING"
        description = "crew only"
        severity = "high"
        when = { field = "traveller.role", equals = "crew" }
    "#;

    fn fired_ids(rules: &RuleSet, now: DateTime<Utc>) -> Vec<String> {
        let manifest = manifest();
        let facts = Facts::new(&manifest, 0);
        rules
            .evaluate(&facts, now)
            .into_iter()
            .map(|fired| fired.rule_id)
            .collect()
    }

    #[test]
    fn evaluate_skips_disabled_rules_and_rules_out_of_their_window() {
        let rules = RuleSet::parse(WINDOWED).unwrap();
        assert_eq!(rules.len(), 4);
        assert_eq!(fired_ids(&rules, now()), ["R-ALWAYS", "R-MARCH"]);
        let before = at("2026-02-28T23:59").and_utc();
        assert_eq!(fired_ids(&rules, before), ["R-ALWAYS"]);
        let first_moment = at("2026-03-01T00:00").and_utc();
        assert_eq!(fired_ids(&rules, first_moment), ["R-ALWAYS", "R-MARCH"]);
        // `valid_until` as a date includes that day.
        let last_day = at("2026-03-31T23:59").and_utc();
        assert_eq!(fired_ids(&rules, last_day), ["R-ALWAYS", "R-MARCH"]);
        let after = at("2026-04-01T00:00").and_utc();
        assert_eq!(fired_ids(&rules, after), ["R-ALWAYS"]);
    }

    #[test]
    fn fired_rules_carry_the_rule() {
        let rules = RuleSet::parse(WINDOWED).unwrap();
        let manifest = manifest();
        let fired = rules.evaluate(&Facts::new(&manifest, 0), now());
        assert_eq!(
            fired[1],
            Fired {
                rule_id: "R-MARCH".to_owned(),
                description: "an operation in March".to_owned(),
                severity: Severity::Medium,
                action: Action::ContactGovernment,
            }
        );
        let json = serde_json::to_string(&fired[1]).unwrap();
        assert_eq!(
            json,
            r#"{"rule_id":"R-MARCH","description":"an operation in March","severity":"medium","action":"contact_government"}"#
        );
    }

    #[test]
    fn digest_is_twelve_hex_digits_of_the_text() {
        // SHA-256 of the empty string starts with e3b0c44298fc.
        assert_eq!(RuleSet::empty().digest(), "e3b0c44298fc");
        let rules = RuleSet::parse("# no rules yet\n").unwrap();
        assert_eq!(rules.digest().len(), 12);
        assert_ne!(rules.digest(), RuleSet::empty().digest());
        assert!(rules.is_empty());
    }

    #[test]
    fn severities_order_from_low_to_critical() {
        assert!(Severity::Low < Severity::Medium);
        assert!(Severity::High < Severity::Critical);
        assert_eq!(Severity::Critical.as_str(), "critical");
    }

    #[test]
    fn load_reports_the_path() {
        let missing = Path::new("no-such-dir/rules.toml");
        let error = RuleSet::load(missing).unwrap_err();
        assert_eq!(error.path.as_deref(), Some(missing));
        assert!(error
            .to_string()
            .starts_with("no-such-dir/rules.toml: cannot read"));
    }
}
