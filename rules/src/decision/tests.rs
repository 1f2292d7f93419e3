//! The directive and severity for each kind of outcome, their precedence, and the policy read
//! from TOML.

use paxscreen_screening::{Hit, HitKind, Reason};

use super::*;
use crate::testing::traveller;

fn hit(kind: HitKind, score: f32, list: &str, reason: &'static str) -> Hit {
    Hit {
        kind,
        score,
        list: list.to_owned(),
        category: "test".to_owned(),
        entry_id: "E1".to_owned(),
        matched_name: None,
        status: None,
        reasons: vec![Reason {
            code: reason,
            detail: String::new(),
            effect: score,
        }],
    }
}

fn listed_person() -> Hit {
    hit(HitKind::Watchlist, 0.91, "wanted", "token_match")
}

fn stolen_passport() -> Hit {
    hit(HitKind::Document, 1.0, "sltd", "document_exact")
}

fn fired(id: &str, severity: Severity, action: Action) -> Fired {
    Fired {
        rule_id: id.to_owned(),
        description: "test".to_owned(),
        severity,
        action,
    }
}

#[test]
fn a_clean_traveller_may_board() {
    let decision = decide(&Policy::default(), &traveller(), &[], &[]);
    assert_eq!(decision.directive, Directive::OkToBoard);
    assert_eq!(decision.severity, None);
    assert!(decision.reasons.is_empty());
}

#[test]
fn a_fuzzy_watchlist_match_asks_for_a_call_never_a_refusal() {
    let decision = decide(&Policy::default(), &traveller(), &[listed_person()], &[]);
    assert_eq!(decision.directive, Directive::ContactGovernment);
    assert_eq!(decision.severity, Some(Severity::Medium));
    assert_eq!(decision.reasons, ["watchlist_hit:wanted"]);

    let strong = hit(HitKind::Watchlist, 0.97, "wanted", "token_match");
    let decision = decide(&Policy::default(), &traveller(), &[strong], &[]);
    assert_eq!(decision.directive, Directive::ContactGovernment);
    assert_eq!(decision.severity, Some(Severity::High));
}

#[test]
fn an_exact_stolen_document_is_refused() {
    let decision = decide(&Policy::default(), &traveller(), &[stolen_passport()], &[]);
    assert_eq!(decision.directive, Directive::DoNotBoard);
    assert_eq!(decision.severity, Some(Severity::High));
    assert_eq!(decision.reasons, ["document_exact:sltd"]);

    // Exact by score alone.
    let by_score = hit(HitKind::Document, 0.999, "sltd", "other");
    let decision = decide(&Policy::default(), &traveller(), &[by_score], &[]);
    assert_eq!(decision.directive, Directive::DoNotBoard);
}

#[test]
fn a_near_stolen_document_asks_for_a_call() {
    let near = hit(HitKind::Document, 0.9, "sltd", "document_near");
    let decision = decide(&Policy::default(), &traveller(), &[near], &[]);
    assert_eq!(decision.directive, Directive::ContactGovernment);
    assert_eq!(decision.severity, Some(Severity::High));
    assert_eq!(decision.reasons, ["document_near:sltd"]);
}

#[test]
fn a_watchlist_hit_with_a_listed_document_stays_a_watchlist_hit() {
    let person_by_document = hit(HitKind::Watchlist, 1.0, "wanted", "document_exact");
    let decision = decide(&Policy::default(), &traveller(), &[person_by_document], &[]);
    assert_eq!(decision.directive, Directive::ContactGovernment);
    assert_eq!(decision.reasons, ["watchlist_hit:wanted"]);
}

#[test]
fn a_missing_date_of_birth_is_insufficient_data() {
    let mut undated = traveller();
    undated.date_of_birth = None;
    let decision = decide(&Policy::default(), &undated, &[], &[]);
    assert_eq!(decision.directive, Directive::InsufficientData);
    assert_eq!(decision.severity, None);
    assert_eq!(decision.reasons, ["missing:date_of_birth"]);

    undated.raw.date_of_birth = Some("31FEB90".to_owned());
    let decision = decide(&Policy::default(), &undated, &[], &[]);
    assert_eq!(decision.reasons, ["invalid:date_of_birth"]);
}

#[test]
fn listed_and_missing_data_asks_for_a_call() {
    let mut undated = traveller();
    undated.date_of_birth = None;
    let decision = decide(&Policy::default(), &undated, &[listed_person()], &[]);
    assert_eq!(decision.directive, Directive::ContactGovernment);
    assert_eq!(
        decision.reasons,
        ["watchlist_hit:wanted", "missing:date_of_birth"]
    );
}

#[test]
fn unreadable_fields_and_missing_documents() {
    let mut traveller = traveller();
    traveller.nationality = None;
    traveller.raw.nationality = Some("NIGERIAN".to_owned());
    traveller.documents[0].check_digit_valid = Some(false);
    traveller.documents[0].expiry = None;
    let decision = decide(&Policy::default(), &traveller, &[], &[]);
    assert_eq!(decision.directive, Directive::InsufficientData);
    assert_eq!(
        decision.reasons,
        [
            "invalid:document_number",
            "invalid:nationality",
            "missing:document_expiry"
        ]
    );

    traveller.documents.clear();
    traveller.raw.nationality = None;
    let decision = decide(&Policy::default(), &traveller, &[], &[]);
    assert_eq!(
        decision.reasons,
        [
            "missing:document_number",
            "missing:nationality",
            "missing:document_expiry"
        ]
    );
}

#[test]
fn rules_give_directives_by_action() {
    let policy = Policy::default();
    let alert_only = fired("R-LOW", Severity::Low, Action::Alert);
    let decision = decide(
        &policy,
        &traveller(),
        &[],
        std::slice::from_ref(&alert_only),
    );
    assert_eq!(decision.directive, Directive::OkToBoard);
    assert_eq!(decision.severity, Some(Severity::Low));
    assert_eq!(decision.reasons, ["rule:R-LOW"]);

    let call = fired("R-CALL", Severity::Medium, Action::ContactGovernment);
    let decision = decide(
        &policy,
        &traveller(),
        &[],
        &[alert_only.clone(), call.clone()],
    );
    assert_eq!(decision.directive, Directive::ContactGovernment);
    assert_eq!(decision.severity, Some(Severity::Medium));

    let refuse = fired("R-STOP", Severity::Critical, Action::DoNotBoard);
    let decision = decide(&policy, &traveller(), &[listed_person()], &[call, refuse]);
    assert_eq!(decision.directive, Directive::DoNotBoard);
    assert_eq!(decision.severity, Some(Severity::Critical));
    assert_eq!(
        decision.reasons,
        ["watchlist_hit:wanted", "rule:R-CALL", "rule:R-STOP"]
    );
}

#[test]
fn repeated_reasons_are_listed_once() {
    let decision = decide(
        &Policy::default(),
        &traveller(),
        &[listed_person(), listed_person()],
        &[],
    );
    assert_eq!(decision.reasons, ["watchlist_hit:wanted"]);
}

#[test]
fn policy_defaults() {
    let policy = Policy::default();
    assert_eq!(policy.watchlist_hit, Directive::ContactGovernment);
    assert_eq!(policy.document_exact, Directive::DoNotBoard);
    assert_eq!(policy.document_near, Directive::ContactGovernment);
    assert_eq!(policy.rule_contact_government, Directive::ContactGovernment);
    assert_eq!(policy.rule_do_not_board, Directive::DoNotBoard);
    assert_eq!(policy.insufficient_data, Directive::InsufficientData);
    assert_eq!(policy.fail_safe, Directive::ContactGovernment);
    assert_eq!(policy.required_fields.len(), 4);
    assert_eq!(
        policy.text(Directive::InsufficientData),
        "INSUFFICIENT DATA - RESEND"
    );
    assert_eq!(toml::from_str::<Policy>("").unwrap(), policy);
}

#[test]
fn policy_reads_overrides_from_toml() {
    #[derive(serde::Deserialize)]
    struct ServiceConfig {
        directives: Policy,
    }
    let config: ServiceConfig = toml::from_str(
        r#"
        [directives]
        watchlist_hit = "1Z"
        document_near = "do_not_board"
        required_fields = ["document_number", "nationality"]
        texts = { "2Z" = "CALL BORDER AGENCY DESK" }
        "#,
    )
    .unwrap();
    let policy = config.directives;
    policy.validate().unwrap();
    assert_eq!(policy.watchlist_hit, Directive::DoNotBoard);
    assert_eq!(policy.document_near, Directive::DoNotBoard);
    assert_eq!(policy.document_exact, Directive::DoNotBoard);
    assert_eq!(
        policy.required_fields,
        [RequiredField::DocumentNumber, RequiredField::Nationality]
    );
    assert_eq!(
        policy.text(Directive::ContactGovernment),
        "CALL BORDER AGENCY DESK"
    );
    assert_eq!(policy.text(Directive::OkToBoard), "OK TO BOARD");

    let mut undated = traveller();
    undated.date_of_birth = None;
    let decision = decide(&policy, &undated, &[listed_person()], &[]);
    assert_eq!(decision.directive, Directive::DoNotBoard);
    assert_eq!(decision.reasons, ["watchlist_hit:wanted"]);
}

#[test]
fn policy_rejects_unknown_keys_and_codes() {
    assert!(toml::from_str::<Policy>("watchlist = \"2Z\"").is_err());
    assert!(toml::from_str::<Policy>("watchlist_hit = \"3Z\"").is_err());
    assert!(toml::from_str::<Policy>("required_fields = [\"email\"]").is_err());
    let policy: Policy = toml::from_str("texts = { \"2z\" = \"CALL\" }").unwrap();
    assert_eq!(
        policy.validate(),
        Err(PolicyError::UnknownTextCode("2z".to_owned()))
    );
    let policy: Policy = toml::from_str("texts = { \"1Z\" = \" \" }").unwrap();
    assert_eq!(
        policy.validate(),
        Err(PolicyError::EmptyText("1Z".to_owned()))
    );
}

#[test]
fn decisions_serialise_with_codes() {
    let decision = decide(&Policy::default(), &traveller(), &[stolen_passport()], &[]);
    let json = serde_json::to_string(&decision).unwrap();
    assert_eq!(
        json,
        r#"{"directive":"1Z","severity":"high","reasons":["document_exact:sltd"]}"#
    );
}
