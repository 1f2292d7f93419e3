//! The pipeline proper: one input (the bytes of one or more EDIFACT messages) → parse → join
//! multi-part manifests → screen every traveller → alerts, or a dead letter with the reason.
//!
//! CPU-bound: callers run [`Pipeline::process`] off the async reactor, on a screening thread. The screener sits behind an
//! [`ArcSwap`] so that a new watchlist snapshot replaces it without pausing screening.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use arc_swap::ArcSwap;
use chrono::{DateTime, Utc};
use paxscreen_ingest::{parse_parts, Assembler, Manifest, ManifestKind, ParseOptions};
use paxscreen_rules::{decide, Decision, Facts, Policy, RuleSet};
use paxscreen_screening::Screener;
use serde::Serialize;

use super::alert::{self, Alert, Subject};
use super::config::AlertTiming;
use super::officer::guards::Guards;

/// Where an input came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// `http`, `directory` or `kafka`.
    pub kind: &'static str,
    /// A reference that names the input without its content.
    pub reference: String,
    /// For HTTP, the authenticated carrier: it may only submit its own flights.
    pub carrier: Option<String>,
    /// For Kafka, the record's partition and offset.
    pub position: Option<(i32, i64)>,
}

/// A malformed or refused input, kept whole with the reason.
#[derive(Debug, Clone, Serialize)]
pub struct DeadLetter {
    /// Input reference.
    pub reference: String,
    /// `http`, `directory` or `kafka`.
    pub source: String,
    /// Short machine-readable reason: the parse error kind (such as `unterminated_segment`) or
    /// `wrong_carrier`.
    pub reason: String,
    /// The error, with its byte offset and segment (no personal data).
    pub detail: String,
    /// When it was refused.
    pub at: DateTime<Utc>,
}

/// What one input produced.
#[derive(Debug, Default)]
pub struct Processed {
    /// Manifests completed by this input (a middle part of a multi-part manifest completes none).
    pub manifests: usize,
    /// Travellers screened.
    pub travellers: usize,
    /// Alerts: one per hit, and one per traveller on whom targeting rules fired without a hit.
    pub alerts: Vec<Alert>,
    /// The decision on every traveller screened, in manifest order.
    pub decisions: Vec<TravellerDecision>,
    /// Flight close-outs: who boarded.
    pub close_outs: Vec<CloseOut>,
    /// Set when the input was refused.
    pub dead_letter: Option<DeadLetter>,
    /// Parts held until the rest of their manifest arrives (all inputs together).
    pub pending_parts: usize,
    /// Multi-part manifests this input left incomplete: its source must not count it as done
    /// until each is released.
    pub held: usize,
    /// Earlier inputs whose held manifest this input completed (once per manifest).
    pub released: Vec<Origin>,
}

/// A flight close-out (BGM 266 or 745 with `CLOB`/`CL`: the travellers listed boarded;
/// `CLNB`: the travellers listed did not board).
#[derive(Debug, Clone)]
pub struct CloseOut {
    /// The flight (see [`alert::flight_key`]).
    pub flight_key: String,
    /// Unique passenger references listed.
    pub passenger_refs: std::collections::HashSet<String>,
    /// True when the listed travellers are those who boarded.
    pub lists_boarded: bool,
}

/// The decision on one traveller, keyed the way carriers know the traveller.
#[derive(Debug, Clone)]
pub struct TravellerDecision {
    /// Unique passenger reference (RFF+ABO).
    pub passenger_ref: Option<String>,
    /// Record locator (RFF+AVF).
    pub booking_ref: Option<String>,
    /// Directive, severity and reasons.
    pub decision: Decision,
}

/// Parts waiting for the rest of their manifest, and the inputs they came from.
#[derive(Debug, Default)]
struct Joining {
    assembler: Assembler,
    /// join key → inputs holding parts of that manifest.
    holding: HashMap<String, Vec<Origin>>,
}

/// The shared state of the pipeline.
pub struct Pipeline {
    screener: ArcSwap<Screener>,
    rules: ArcSwap<RuleSet>,
    policy: Policy,
    joining: Mutex<Joining>,
    options: ParseOptions,
    timing: AlertTiming,
    /// Officers' suppressed pairs and directive overrides.
    guards: Guards,
}

impl std::fmt::Debug for Pipeline {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pipeline").finish_non_exhaustive()
    }
}

impl Pipeline {
    /// Returns a pipeline screening with `screener`, evaluating `rules` and deciding directives
    /// by `policy`.
    pub fn new(
        screener: Screener,
        rules: RuleSet,
        policy: Policy,
        timing: AlertTiming,
    ) -> Pipeline {
        Pipeline {
            screener: ArcSwap::from_pointee(screener),
            rules: ArcSwap::from_pointee(rules),
            policy,
            joining: Mutex::new(Joining::default()),
            options: ParseOptions::default(),
            timing,
            guards: Guards::default(),
        }
    }

    /// Replaces the screener; inputs being screened finish with the one they started with.
    pub fn swap_screener(&self, screener: Screener) {
        self.screener.store(Arc::new(screener));
    }

    /// Replaces the targeting rules; inputs being screened finish with the ones they started
    /// with.
    pub fn swap_rules(&self, rules: RuleSet) {
        self.rules.store(Arc::new(rules));
    }

    /// Returns the current targeting rules.
    pub fn rules(&self) -> Arc<RuleSet> {
        self.rules.load_full()
    }

    /// Returns the directive policy.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// Returns the officers' suppressed pairs and directive overrides that screening applies.
    pub fn guards(&self) -> &Guards {
        &self.guards
    }

    /// Returns the alert timing settings.
    pub fn timing(&self) -> &AlertTiming {
        &self.timing
    }

    /// Returns the current screener.
    pub fn screener(&self) -> Arc<Screener> {
        self.screener.load_full()
    }

    /// Processes one input.
    pub fn process(&self, origin: &Origin, bytes: &[u8], now: DateTime<Utc>) -> Processed {
        let refuse = |reason: &str, detail: String| Processed {
            dead_letter: Some(DeadLetter {
                reference: origin.reference.clone(),
                source: origin.kind.to_owned(),
                reason: reason.to_owned(),
                detail,
                at: now,
            }),
            ..Processed::default()
        };
        let parts = match parse_parts(bytes, &self.options) {
            Ok(parts) => parts,
            Err(error) => return refuse(error.kind.as_str(), error.to_string()),
        };
        if let Some(carrier) = &origin.carrier {
            if let Some(other) = parts
                .iter()
                .filter_map(|p| p.manifest.flight.carrier.as_deref())
                .find(|c| c != carrier)
            {
                return refuse(
                    "wrong_carrier",
                    format!("carrier {carrier} may not submit manifests of carrier {other}"),
                );
            }
        }
        let mut held: Vec<String> = Vec::new();
        let mut released = Vec::new();
        let (manifests, pending_parts) = {
            let mut joining = self
                .joining
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let mut manifests = Vec::new();
            for part in parts {
                let key = part.join_key();
                let done = joining.assembler.push(part);
                if let Some(key) = key {
                    if done.is_empty() {
                        if !held.contains(&key) {
                            held.push(key);
                        }
                    } else {
                        held.retain(|k| k != &key);
                        released.extend(joining.holding.remove(&key).unwrap_or_default());
                    }
                }
                manifests.extend(done);
            }
            for key in &held {
                joining
                    .holding
                    .entry(key.clone())
                    .or_default()
                    .push(origin.clone());
            }
            (manifests, joining.assembler.pending())
        };
        Processed {
            pending_parts,
            held: held.len(),
            released,
            ..self.screen_manifests(&manifests, origin, now)
        }
    }

    /// Screens the multi-part manifests still incomplete (each carries an
    /// `incomplete_multipart` warning): at shutdown, so that no part is lost.
    pub fn flush(&self, now: DateTime<Utc>) -> Processed {
        let (manifests, released) = {
            let mut joining = self
                .joining
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner);
            let released = joining.holding.drain().flat_map(|(_, o)| o).collect();
            (joining.assembler.flush(), released)
        };
        let origin = Origin {
            kind: "flush",
            reference: "incomplete".to_owned(),
            carrier: None,
            position: None,
        };
        Processed {
            released,
            ..self.screen_manifests(&manifests, &origin, now)
        }
    }

    /// Returns the number of multi-part manifests waiting for parts.
    pub fn pending_manifests(&self) -> usize {
        self.joining
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .assembler
            .pending()
    }

    /// Screens completed manifests with the current screener and rules, counting manifests and
    /// travellers. Close-outs and flight status messages carry no one to screen.
    pub fn screen_manifests(
        &self,
        manifests: &[Manifest],
        origin: &Origin,
        now: DateTime<Utc>,
    ) -> Processed {
        let screener = self.screener();
        let rules = self.rules();
        let mut processed = Processed::default();
        for manifest in manifests {
            processed.manifests += 1;
            match manifest.kind {
                ManifestKind::CloseOut => {
                    processed.close_outs.push(CloseOut {
                        flight_key: alert::flight_key(&alert::flight_view(manifest)),
                        passenger_refs: manifest
                            .travellers
                            .iter()
                            .filter_map(|t| t.passenger_ref.clone())
                            .collect(),
                        lists_boarded: manifest.change_code.as_deref() != Some("CLNB"),
                    });
                    continue;
                }
                ManifestKind::FlightStatus => continue,
                _ => {}
            }
            processed.travellers += manifest.travellers.len();
            self.screen_manifest(&screener, &rules, manifest, origin, now, &mut processed);
        }
        processed
    }

    /// Screens every traveller of a manifest: an alert per hit (or one for the rules that fired
    /// when nothing hit) and a decision per traveller.
    fn screen_manifest(
        &self,
        screener: &Screener,
        rules: &RuleSet,
        manifest: &Manifest,
        origin: &Origin,
        now: DateTime<Utc>,
        processed: &mut Processed,
    ) {
        let flight_key = self
            .guards
            .has_overrides()
            .then(|| alert::flight_key(&alert::flight_view(manifest)));
        for (index, traveller) in manifest.travellers.iter().enumerate() {
            let mut hits = screener.screen(traveller);
            self.guards.filter_hits(traveller, &mut hits, screener);
            let fired = if rules.is_empty() {
                Vec::new()
            } else {
                rules.evaluate(&Facts::new(manifest, index), now)
            };
            let mut decision = decide(&self.policy, traveller, &hits, &fired);
            if let Some(directive) = flight_key
                .as_deref()
                .and_then(|key| self.guards.directive_for(key, traveller))
            {
                decision.directive = directive;
                decision.reasons.push("officer_override".to_owned());
            }
            let subject = Subject {
                manifest,
                traveller,
                fired: &fired,
                directive: decision.directive,
                source: (origin.kind, &origin.reference),
            };
            if hits.is_empty() && !fired.is_empty() {
                processed
                    .alerts
                    .push(alert::build(subject, None, &self.timing, now));
            }
            for hit in hits {
                processed
                    .alerts
                    .push(alert::build(subject, Some(hit), &self.timing, now));
            }
            processed.decisions.push(TravellerDecision {
                passenger_ref: traveller.passenger_ref.clone(),
                booking_ref: traveller.booking_ref.clone(),
                decision,
            });
        }
    }
}
