//! The message level, before the first PNR: MSG (message function), ORG (originator), TVL (the
//! flight reported) and EQN (number of PNRs), and the checks made once every PNR is read.

use chrono::NaiveDate;

use super::itinerary::Tvl;
use super::ssr;
use crate::edifact::Segment;
use crate::model::Manifest;
use crate::warning::Warning;

/// Tags that belong inside a PNR: outside one they are misplaced, not unknown.
const PNR_TAGS: &[&str] = &[
    "ABI", "ADD", "APD", "DAT", "EBD", "FAR", "FOP", "FTI", "IFT", "LTS", "MON", "PTK", "REF",
    "RPI", "SAC", "SSD", "SSR", "TBD", "TKT", "TRA", "TRI", "TXD",
];

/// What the message level declares.
#[derive(Debug, Default)]
pub(super) struct Header {
    /// EQN: the number of PNRs the sender says the message holds.
    pub declared_pnrs: Option<u32>,
    /// Number of header SSRs removed because they reveal religion or health.
    pub sensitive: usize,
}

impl Header {
    /// Reads a segment before the first PNR.
    pub(super) fn read(
        &mut self,
        segment: &Segment<'_>,
        manifest: &mut Manifest,
        reference: NaiveDate,
        warnings: &mut Vec<Warning>,
    ) {
        let tag = segment.tag.as_str();
        let warn = |warnings: &mut Vec<Warning>, code: &str, message: String| {
            warnings.push(Warning::new(code, message).at(segment.offset, segment.index, tag));
        };
        match tag {
            "MSG" => {
                // MSG+:22 (push) or MSG+:141 (update); some senders write the code first.
                let function = segment.get(0, 1).or_else(|| segment.get(0, 0));
                manifest.change_code = function.map(|code| code.into_owned());
            }
            "ORG" => {
                if manifest.reporting_party.is_none() {
                    let originator: Vec<String> = segment
                        .components(0)
                        .into_iter()
                        .map(|c| c.into_owned())
                        .collect();
                    manifest.reporting_party =
                        (!originator.is_empty()).then(|| originator.join(":"));
                }
            }
            "TVL" => {
                let leg = Tvl::read(segment, reference, warnings).to_leg();
                if manifest.flight.legs.is_empty() {
                    manifest.flight.carrier = leg.carrier.clone();
                    manifest.flight.number = leg.number.clone();
                }
                if !manifest.flight.legs.contains(&leg) {
                    manifest.flight.legs.push(leg);
                }
            }
            "EQN" => match segment.get(0, 0).and_then(|n| n.parse::<u32>().ok()) {
                Some(count) => self.declared_pnrs = Some(count),
                None => warn(
                    warnings,
                    "unreadable_count",
                    "EQN holds no number".to_owned(),
                ),
            },
            "SSR"
                if segment
                    .get(0, 0)
                    .is_some_and(|code| ssr::is_sensitive(&code)) =>
            {
                self.sensitive += 1;
            }
            _ if PNR_TAGS.contains(&tag) => warn(
                warnings,
                "segment_outside_pnr",
                format!("segment {tag} before any PNR (SRC): ignored"),
            ),
            _ => warn(
                warnings,
                "unknown_segment",
                format!("segment {tag} not expected in a PNRGOV header: ignored"),
            ),
        }
    }

    /// Checks the message once every PNR is read: the flight, the EQN count, removed data.
    pub(super) fn check(&self, manifest: &Manifest, sensitive: usize, warnings: &mut Vec<Warning>) {
        if manifest.flight.legs.is_empty() {
            warnings.push(Warning::new(
                "missing_flight",
                "no TVL before the first PNR: the reported flight is unknown",
            ));
        }
        let found = manifest.bookings.len();
        if found == 0 {
            warnings.push(Warning::new(
                "no_pnr",
                "message holds no PNR (no SRC, RCI or TIF segment)",
            ));
        }
        if let Some(declared) = self.declared_pnrs.filter(|&d| d as usize != found) {
            warnings.push(Warning {
                tag: Some("EQN".to_owned()),
                ..Warning::new(
                    "count_mismatch",
                    format!("EQN declares {declared} PNRs, the message has {found}"),
                )
            });
        }
        let removed = sensitive + self.sensitive;
        if removed > 0 {
            warnings.push(Warning {
                tag: Some("SSR".to_owned()),
                ..Warning::new(
                    "sensitive_data_removed",
                    format!(
                        "{removed} special service requests revealing religion or health removed \
                         (EU PNR Directive Art. 13(4))"
                    ),
                )
            });
        }
    }
}
