//! Multi-part manifests: large PAXLSTs are split into several UNH..UNT messages, numbered
//! `01:C`, `02`, … `nn:F` in UNH S010 and linked by the common access reference (0068), possibly
//! across interchanges. The [`Assembler`] holds parts until the set is complete and returns one
//! manifest; [`Assembler::flush`] returns what never completed, joined as far as it goes and
//! marked with an `incomplete_multipart` warning, so that nothing is lost.
//!
//! Once a manifest is complete, its declared CNT counts are checked against its travellers.

use std::collections::{BTreeMap, HashMap};

use crate::model::{Manifest, ManifestKind, Role};
use crate::warning::Warning;

/// One parsed message with what is needed to join it with its sibling parts.
#[derive(Debug, Clone, PartialEq)]
pub struct MessagePart {
    /// The manifest as read from this message alone.
    pub manifest: Manifest,
    /// UNH sequence number (0070).
    pub sequence: Option<u32>,
    /// UNH first/last flag (0073): `C` first, `F` final.
    pub flag: Option<char>,
}

impl MessagePart {
    /// Returns the key that links the parts of one manifest, or `None` for a single-part message.
    pub fn join_key(&self) -> Option<String> {
        let common = self.manifest.common_access_ref.as_deref()?;
        let single = matches!((self.sequence, self.flag), (None, _) | (Some(1), Some('F')));
        if single {
            return None;
        }
        let sender = self.manifest.sender.as_deref().unwrap_or("");
        Some(format!("{sender}\u{1f}{common}"))
    }
}

/// Highest part number accepted (UNH 0070 is at most two digits; some senders use three).
pub const MAX_PARTS: u32 = 999;

/// Joins the parts of multi-part manifests.
#[derive(Debug, Default)]
pub struct Assembler {
    pending: HashMap<String, BTreeMap<u32, MessagePart>>,
    /// Keys in arrival order, so that flushing is deterministic.
    order: Vec<String>,
}

impl Assembler {
    /// Returns an empty assembler.
    pub fn new() -> Assembler {
        Assembler::default()
    }

    /// Returns the number of manifests waiting for parts.
    pub fn pending(&self) -> usize {
        self.pending.len()
    }

    /// Takes one part; returns the manifests it completes (the part itself when single-part).
    pub fn push(&mut self, part: MessagePart) -> Vec<Manifest> {
        let Some(key) = part.join_key() else {
            let mut manifest = part.manifest;
            check_declared_counts(&mut manifest);
            return vec![manifest];
        };
        let sequence = part.sequence.unwrap_or(0);
        if sequence > MAX_PARTS {
            let mut manifest = part.manifest;
            manifest.warnings.push(Warning::new(
                "implausible_part_number",
                format!("UNH part number {sequence} is above {MAX_PARTS}: message read on its own"),
            ));
            check_declared_counts(&mut manifest);
            return vec![manifest];
        }
        let parts = self.pending.entry(key.clone()).or_insert_with(|| {
            self.order.push(key.clone());
            BTreeMap::new()
        });
        if let Some(previous) = parts.insert(sequence, part) {
            let replaced = parts.get_mut(&sequence);
            if let Some(replacement) = replaced {
                replacement.manifest.warnings.push(Warning::new(
                    "duplicate_part",
                    format!(
                        "part {sequence} received twice (message {} replaced)",
                        previous.manifest.message_ref
                    ),
                ));
            }
        }
        if !is_complete(parts) {
            return Vec::new();
        }
        let parts = self.pending.remove(&key).unwrap_or_default();
        self.order.retain(|k| k != &key);
        join(parts)
            .map(|mut manifest| {
                check_declared_counts(&mut manifest);
                manifest
            })
            .into_iter()
            .collect()
    }

    /// Returns every manifest still waiting for parts, joined as far as it goes and marked with
    /// an `incomplete_multipart` warning naming the parts received and missing.
    pub fn flush(&mut self) -> Vec<Manifest> {
        let order = std::mem::take(&mut self.order);
        order
            .into_iter()
            .filter_map(|key| self.pending.remove(&key))
            .filter_map(|parts| {
                let received: Vec<u32> = parts.keys().copied().collect();
                let last = parts
                    .values()
                    .find(|p| p.flag == Some('F'))
                    .and_then(|p| p.sequence)
                    .or(received.last().copied())
                    .unwrap_or(0);
                let missing = describe_missing(&parts, last);
                let final_seen = parts.values().any(|p| p.flag == Some('F'));
                let mut manifest = join(parts)?;
                manifest.warnings.push(Warning::new(
                    "incomplete_multipart",
                    format!(
                        "multi-part manifest incomplete: received parts {received:?}, missing {missing}{}",
                        if final_seen { "" } else { ", final part (F) not received" }
                    ),
                ));
                Some(manifest)
            })
            .collect()
    }
}

/// Lists missing part numbers as ranges, such as `[2, 5-9]`.
fn describe_missing(parts: &BTreeMap<u32, MessagePart>, last: u32) -> String {
    let mut ranges: Vec<String> = Vec::new();
    let mut start: Option<u32> = None;
    for sequence in 1..=last.min(MAX_PARTS) + 1 {
        let missing = sequence <= last && !parts.contains_key(&sequence);
        match (missing, start) {
            (true, None) => start = Some(sequence),
            (false, Some(first)) => {
                let end = sequence - 1;
                ranges.push(if first == end {
                    first.to_string()
                } else {
                    format!("{first}-{end}")
                });
                start = None;
            }
            _ => {}
        }
    }
    format!("[{}]", ranges.join(", "))
}

fn is_complete(parts: &BTreeMap<u32, MessagePart>) -> bool {
    let Some(last) = parts
        .values()
        .find(|p| p.flag == Some('F'))
        .and_then(|p| p.sequence)
    else {
        return false;
    };
    (1..=last).all(|sequence| parts.contains_key(&sequence))
}

/// Joins parts in sequence order: the first part's header, every part's travellers and
/// warnings, the legs of the first part that has any, the counts of the last part.
fn join(parts: BTreeMap<u32, MessagePart>) -> Option<Manifest> {
    let mut iter = parts.into_values();
    let first = iter.next()?;
    let mut manifest = first.manifest;
    for part in iter {
        let other = part.manifest;
        manifest.parts += other.parts;
        if manifest.flight.legs.is_empty() {
            manifest.flight = other.flight;
        }
        let offset = manifest.travellers.len();
        manifest.travellers.extend(other.travellers);
        manifest
            .bookings
            .extend(other.bookings.into_iter().map(|mut booking| {
                booking
                    .travellers
                    .iter_mut()
                    .for_each(|index| *index += offset);
                booking
            }));
        if !other.declared_count.is_empty() {
            manifest.declared_count = other.declared_count;
        }
        manifest.warnings.extend(other.warnings);
    }
    Some(manifest)
}

/// Warns when CNT+42 / CNT+41 disagree with the travellers of a complete PAXLST manifest.
pub fn check_declared_counts(manifest: &mut Manifest) {
    if manifest.kind == ManifestKind::Pnr || manifest.kind == ManifestKind::CloseOut {
        return;
    }
    let passengers = manifest
        .travellers
        .iter()
        .filter(|t| matches!(t.role, Role::Passenger | Role::TransitPassenger))
        .count() as u32;
    let crew = manifest
        .travellers
        .iter()
        .filter(|t| t.role.is_crew())
        .count() as u32;
    let checks = [
        (
            "CNT+42",
            "passengers",
            manifest.declared_count.passengers,
            passengers,
        ),
        ("CNT+41", "crew members", manifest.declared_count.crew, crew),
    ];
    for (segment, what, declared, actual) in checks {
        if let Some(declared) = declared.filter(|d| *d != actual) {
            manifest.warnings.push(Warning {
                tag: Some("CNT".to_owned()),
                ..Warning::new(
                    "count_mismatch",
                    format!("{segment} declares {declared} {what}, the manifest has {actual}"),
                )
            });
        }
    }
}

#[cfg(test)]
mod tests;
