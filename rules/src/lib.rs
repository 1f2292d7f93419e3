//! Rules: targeting rules over API/PNR fields, and the alert and directive decision per
//! traveller.
//!
//! Data flow: a rule file (TOML, see [`language`]) → [`RuleSet::parse`] / [`RuleSet::load`]
//! (compiled once) → for each traveller of a `Manifest`, [`Facts::new`] →
//! [`RuleSet::evaluate`] → [`Fired`] rules; then the screening [`Hit`](paxscreen_screening::Hit)s
//! and the fired rules → [`decide`] under a [`Policy`] → a [`Decision`]: the carrier
//! [`Directive`] (`0Z`/`1Z`/`2Z`/`4Z`), the alert [`Severity`] and machine-readable reasons.
//!
//! Evaluation is pure and allocates only the returned [`Fired`] values, so it runs for every
//! traveller on the hot path.
//!
//! ```
//! use chrono::Utc;
//! use paxscreen_rules::{decide, Directive, Facts, Policy, RuleSet};
//!
//! let rules = RuleSet::parse(r#"
//! [[rule]]
//! id = "R-CREW-NO-DOC"
//! description = "Crew member without a travel document"
//! severity = "medium"
//! action = "contact_government"
//! when = { all = [
//!   { field = "traveller.role", equals = "crew" },
//!   { field = "document.number", missing = true },
//! ] }
//! "#).unwrap();
//!
//! let input = b"UNH+1+PAXLST:D:05B:UN:IATA'BGM+250'TDT+20+XY123+++XY'LOC+125+CDG'\
//! LOC+87+JFK'NAD+FM+++DOE:JOHN'UNT+7+1'";
//! let manifest = &paxscreen_ingest::parse(input).unwrap()[0];
//! let fired = rules.evaluate(&Facts::new(manifest, 0), Utc::now());
//! assert_eq!(fired[0].rule_id, "R-CREW-NO-DOC");
//!
//! let decision = decide(&Policy::default(), &manifest.travellers[0], &[], &fired);
//! assert_eq!(decision.directive, Directive::ContactGovernment);
//! assert!(decision.reasons.contains(&"rule:R-CREW-NO-DOC".to_owned()));
//! ```

mod condition;
pub mod decision;
pub mod error;
pub mod facts;
mod fields;
pub mod language;
pub mod ruleset;

#[cfg(test)]
mod testing;

pub use decision::{decide, Decision, Directive, Policy, PolicyError, RequiredField};
pub use error::RulesError;
pub use facts::Facts;
pub use ruleset::{Action, Fired, Rule, RuleSet, Severity};
