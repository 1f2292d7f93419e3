//! PAXLST (API passenger and crew lists, D02B to D15B and later) → [`Manifest`].
//!
//! Parsed by tag and qualifier, not by position: header (BGM, RFF+TN, NAD+MS), flight legs (TDT
//! groups with LOC 125/87/92/130 and DTM 189/232), travellers (NAD FL/FM/DDT/DDU/ZZZ groups with
//! their DOC sub-groups), and CNT totals. Unknown segments are warnings, never errors.

mod flight;
pub mod render;
mod traveller;

use crate::edifact::{Message, Segment};
use crate::error::ParseError;
use crate::fields;
use crate::model::{Manifest, ManifestKind, MessageType, Role};
use crate::multipart::MessagePart;
use crate::warning::Warning;
use crate::ParseOptions;

pub use render::render;

use flight::LegBuilder;
use traveller::TravellerBuilder;

/// Where in the message the parser is: segments mean different things in each group.
enum Group {
    Header,
    Leg(LegBuilder),
    Traveller(Box<TravellerBuilder>),
}

/// Parses one PAXLST message (one part of a possibly multi-part manifest).
///
/// # Errors
/// Currently none beyond the envelope's: every body problem is tolerated with a warning. The
/// `Result` keeps room for fatal body errors without changing callers.
pub fn parse_message(
    message: &Message<'_>,
    options: &ParseOptions,
) -> Result<MessagePart, ParseError> {
    let reference = fields::reference_date(message, options);
    let mut manifest = fields::skeleton(message, ManifestKind::PassengerList, MessageType::Paxlst);
    // Every traveller starts at a NAD: reserve for them all at once rather than growing.
    let parties = message.segments.iter().filter(|s| s.tag == "NAD").count();
    manifest.travellers.reserve(parties);
    let mut warnings = Vec::new();
    let mut group = Group::Header;
    let mut saw_bgm = false;

    for segment in &message.segments {
        let qualifier = segment.get(0, 0);
        let qualifier = qualifier.as_deref().unwrap_or("");
        match segment.tag.as_bytes() {
            b"BGM" => {
                saw_bgm = true;
                read_bgm(segment, &mut manifest, &mut warnings);
            }
            b"TDT" => {
                finish(&mut group, &mut manifest, &mut warnings);
                group = Group::Leg(LegBuilder::new(segment));
            }
            b"NAD" if qualifier == "MS" => {
                manifest.reporting_party = segment
                    .get(3, 0)
                    .or_else(|| segment.get(2, 0))
                    .map(|name| name.into_owned());
            }
            b"NAD" => {
                finish(&mut group, &mut manifest, &mut warnings);
                let role = Role::from_party_qualifier(qualifier).unwrap_or_else(|| {
                    warnings.push(
                        Warning::new(
                            "unknown_party",
                            "NAD party qualifier is not FL, FM, DDT, DDU or ZZZ",
                        )
                        .at(segment.offset, segment.index, "NAD"),
                    );
                    Role::Unspecified
                });
                group = Group::Traveller(Box::new(TravellerBuilder::new(
                    role,
                    segment,
                    reference,
                    &mut warnings,
                )));
            }
            b"CNT" => {
                finish(&mut group, &mut manifest, &mut warnings);
                read_cnt(segment, &mut manifest, &mut warnings);
            }
            _ => match &mut group {
                Group::Traveller(builder) => {
                    builder.read(segment, qualifier, reference, &mut warnings)
                }
                Group::Leg(builder) => builder.read(segment, reference, &mut warnings),
                Group::Header => read_header(segment, &mut manifest, &mut warnings),
            },
        }
    }
    finish(&mut group, &mut manifest, &mut warnings);
    if !saw_bgm {
        warnings.push(Warning::new(
            "missing_bgm",
            "no BGM segment: read as a passenger list",
        ));
    }
    flight::identify(&mut manifest.flight);
    manifest.warnings.extend(warnings);
    Ok(MessagePart {
        manifest,
        sequence: message.header.sequence,
        flag: message.header.sequence_flag,
    })
}

fn finish(group: &mut Group, manifest: &mut Manifest, warnings: &mut Vec<Warning>) {
    match std::mem::replace(group, Group::Header) {
        Group::Header => {}
        Group::Leg(builder) => manifest.flight.legs.extend(builder.finish(warnings)),
        Group::Traveller(builder) => manifest.travellers.push(builder.finish()),
    }
}

fn read_bgm(segment: &Segment<'_>, manifest: &mut Manifest, warnings: &mut Vec<Warning>) {
    let code = segment.get(0, 0);
    let change = segment.get(1, 0).map(|c| c.to_ascii_uppercase());
    let closes = matches!(change.as_deref(), Some("CL" | "CLOB" | "CLNB"));
    manifest.kind = match code.as_deref() {
        Some("250" | "336") => ManifestKind::CrewList,
        Some("266") if closes => ManifestKind::CloseOut,
        Some("266") => ManifestKind::FlightStatus,
        Some("745") if closes => ManifestKind::CloseOut,
        Some("745") => ManifestKind::PassengerList,
        _ => {
            warnings.push(
                Warning::new(
                    "unknown_document_code",
                    "BGM document code unknown: read as a passenger list",
                )
                .at(segment.offset, segment.index, "BGM"),
            );
            ManifestKind::PassengerList
        }
    };
    manifest.change_code = change;
}

fn read_cnt(segment: &Segment<'_>, manifest: &mut Manifest, warnings: &mut Vec<Warning>) {
    let count = segment.get(0, 1).and_then(|c| c.parse::<u32>().ok());
    match (segment.get(0, 0).as_deref(), count) {
        (Some("42"), Some(count)) => manifest.declared_count.passengers = Some(count),
        (Some("41"), Some(count)) => manifest.declared_count.crew = Some(count),
        _ => warnings.push(
            Warning::new(
                "unreadable_count",
                "CNT is not 42 (passengers) or 41 (crew) with a number",
            )
            .at(segment.offset, segment.index, "CNT"),
        ),
    }
}

fn read_header(segment: &Segment<'_>, manifest: &mut Manifest, warnings: &mut Vec<Warning>) {
    let tag = segment.tag.as_str();
    match (tag, segment.get(0, 0).as_deref()) {
        ("RFF", Some("TN")) => {
            manifest.transaction_ref = segment.get(0, 1).map(|value| value.into_owned());
        }
        // Header dates, contacts and other references carry nothing the model keeps.
        ("RFF" | "DTM" | "COM" | "CTA", _) => {}
        _ => warnings.push(
            Warning::new(
                "unexpected_segment",
                format!("segment {tag} not expected in the header: ignored"),
            )
            .at(segment.offset, segment.index, tag),
        ),
    }
}

#[cfg(test)]
mod tests;
