//! The example rule file of the repository parses, and evaluates over the example manifests.

use std::path::{Path, PathBuf};

use chrono::{TimeZone, Utc};
use paxscreen_rules::{decide, Action, Directive, Facts, Policy, RuleSet, Severity};

fn workspace_file(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("..")
        .join(relative)
}

fn example_rules() -> RuleSet {
    RuleSet::load(&workspace_file("examples/rules.toml")).unwrap_or_else(|error| panic!("{error}"))
}

#[test]
fn the_example_rule_file_parses() {
    let rules = example_rules();
    let ids: Vec<&str> = rules.rules().iter().map(|rule| rule.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "R-ONEWAY-CASH",
            "R-COURIER-BAGS",
            "R-MINOR-ALONE-HUB",
            "R-DOC-EXPIRED",
            "R-BLANK-PASSPORTS",
            "R-AGENCY-REVIEW",
            "R-TRANSIT-UNVERIFIED",
            "R-CREW-NO-DOC",
            "R-OP-HARBOUR",
        ]
    );
    let blank_passports = &rules.rules()[4];
    assert_eq!(blank_passports.severity, Severity::Critical);
    assert_eq!(blank_passports.action, Action::DoNotBoard);
    assert!(!rules.rules()[8].enabled);
    assert_eq!(rules.digest().len(), 12);
}

#[test]
fn the_example_crew_manifest_fires_no_rule_and_one_member_lacks_an_expiry() {
    let input = std::fs::read(workspace_file("examples/manifests/zuluair-zu77-crew.edi")).unwrap();
    let manifests = paxscreen_ingest::parse(&input).unwrap();
    let manifest = &manifests[0];
    let rules = example_rules();
    let now = Utc.with_ymd_and_hms(2026, 5, 20, 22, 30, 0).unwrap();
    let mut directives = Vec::new();
    for (index, traveller) in manifest.travellers.iter().enumerate() {
        let fired = rules.evaluate(&Facts::new(manifest, index), now);
        assert!(fired.is_empty(), "{fired:?}");
        directives.push(decide(&Policy::default(), traveller, &[], &fired));
    }
    assert_eq!(directives[0].directive, Directive::OkToBoard);
    assert_eq!(directives[1].directive, Directive::OkToBoard);
    // The in-transit crew member's certificate has no expiry date.
    assert_eq!(directives[2].directive, Directive::InsufficientData);
    assert_eq!(directives[2].reasons, ["missing:document_expiry"]);
}
