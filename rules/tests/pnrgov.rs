//! Rules over a parsed PNRGOV message: the booking of each traveller is found, and a one-way
//! cash booking made the day before departure fires the rule and its directive.

use chrono::{TimeZone, Utc};
use paxscreen_rules::{decide, Directive, Facts, Policy, RuleSet, Severity};

/// Two PNRs on flight ZZ101 FRA → LHR on 12 March 2025: a family on a return trip paid by card
/// and cash, and a traveller on a one-way trip paid in cash, booked the day before.
const PNRGOV: &[u8] = b"UNB+IATA:1+ZZ+DEBKA+250310:0615+4711'\
UNH+1+PNRGOV:10:1:IA+ZZ0101/120325/0900'\
MSG+:22'\
ORG+ZZ:FRA+12345675'\
TVL+120325:0900:120325:1035+FRA+LHR+ZZ+101'\
EQN+2'\
SRC'\
RCI+ZZ:K7PQ2M::020325:1422'\
TIF+MUSTERMANN+ERIKAMRS:A:1'\
SSR+DOCS:HK:1:ZZ:::::/P/DEU/C01X00T47/DEU/12AUG64/F/31OCT31/MUSTERMANN/ERIKA'\
TKT+2202412345670:T:1'\
FOP+CC:::CA:XXXXXXXXXXXX4444:1227'\
TIF+MUSTERMANN+MAXMR:C:2'\
SSR+DOCS:HK:1:ZZ:::::////DEU/05MAY15/M//MUSTERMANN/MAX'\
TKT+2202412345671:T:1'\
FOP+CA::95.00'\
TVL+120325:0900:120325:1035+FRA+LHR+ZZ+101:Y'\
RPI+2+HK'\
TVL+190325:1900:190325:2135+LHR+FRA+ZZ+108:Y'\
RPI+2+HK'\
SRC'\
RCI+ZZ:L9XW4R::110325:1200'\
TIF+OKONKWO+CHIDIMR:A:1'\
SSR+DOCS:HK:1:ZZ:::::/P/NGA/A09876543/NGA/03FEB88/M/14JUN29/OKONKWO/CHIDI/EMEKA'\
TKT+2202412345699:T:1'\
FOP+CA::210.00'\
TVL+120325:0900:120325:1035+FRA+LHR+ZZ+101:M'\
RPI+1+HK'\
UNT+28+1'\
UNZ+1+4711'";

const RULES: &str = r#"
[groups]
schengen = ["AUT", "BEL", "DEU", "FRA", "NLD"]

[[rule]]
id = "R-ONEWAY-CASH"
description = "One-way ticket paid in cash, booked less than 48 hours before departure"
severity = "high"
action = "contact_government"
when = { all = [
  { field = "booking.one_way", is = true },
  { field = "booking.payment_forms", any_of = ["CA", "CASH"] },
  { field = "booking.hours_before_departure", below = 48 },
  { not = { field = "traveller.nationality", in_group = "schengen" } },
] }

[[rule]]
id = "R-CHILD"
description = "Child under 12"
severity = "low"
when = { field = "traveller.age", below = 12 }
"#;

#[test]
fn rules_fire_for_the_travellers_they_describe() {
    let manifests = paxscreen_ingest::parse(PNRGOV).unwrap();
    let manifest = &manifests[0];
    assert_eq!(manifest.travellers.len(), 3);
    let rules = RuleSet::parse(RULES).unwrap();
    let now = Utc.with_ymd_and_hms(2025, 3, 12, 6, 0, 0).unwrap();
    let fired: Vec<Vec<String>> = (0..manifest.travellers.len())
        .map(|index| {
            rules
                .evaluate(&Facts::new(manifest, index), now)
                .into_iter()
                .map(|fired| fired.rule_id)
                .collect()
        })
        .collect();
    assert_eq!(
        fired,
        [
            vec![],
            vec!["R-CHILD".to_owned()],
            vec!["R-ONEWAY-CASH".to_owned()]
        ]
    );

    let facts = Facts::new(manifest, 2);
    assert_eq!(facts.booking().unwrap().record_locator, "L9XW4R");
    let fired = rules.evaluate(&facts, now);
    let decision = decide(&Policy::default(), facts.traveller(), &[], &fired);
    assert_eq!(decision.directive, Directive::ContactGovernment);
    assert_eq!(decision.severity, Some(Severity::High));
    assert_eq!(decision.reasons, ["rule:R-ONEWAY-CASH"]);
}
