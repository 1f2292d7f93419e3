//! PNRGOV (IATA PADIS PNR push, message versions 10.1 to 15.1 and later) → a `pnr` [`Manifest`].
//!
//! Parsed by tag and qualifier, not by position. The message level (MSG, ORG, TVL, EQN) gives the
//! reported flight; each SRC opens a PNR ([`Booking`]): record locator and dates (RCI, DAT), agency
//! (ORG), contacts (ADD, IFT), travellers (TIF) with their API data (SSR DOCS, DOCO, DOCA, INFT),
//! tickets and payments (TKT, PTK, FOP), the itinerary (TVL, TRA, RPI) with check-in data (TRI,
//! TIF, SSD, TBD), and history (ABI, SAC), which is not kept.
//!
//! Tolerant by design: a wrong EQN, a PNR without SRC or RCI, a garbled arrival date, unknown
//! segments (kept as `TAG@offset` in [`Booking::unknown_segments`]) are warnings. SSRs that
//! reveal religion or health (meals, medical requests) are removed on reading (EU PNR Directive
//! Art. 13(4)); frequent-flyer numbers and free-text remarks other than contacts are not kept.
//!
//! [`Manifest`]: crate::model::Manifest
//! [`Booking`]: crate::model::Booking
//! [`Booking::unknown_segments`]: crate::model::Booking::unknown_segments

mod booking;
mod check_in;
mod documents;
mod header;
mod itinerary;
mod record;
mod ssr;
mod ticketing;
mod traveller;

use crate::edifact::Message;
use crate::error::ParseError;
use crate::fields;
use crate::model::{ManifestKind, MessageType};
use crate::multipart::MessagePart;
use crate::warning::Warning;
use crate::ParseOptions;

use booking::{Context, Pnr};
use header::Header;

/// Parses one PNRGOV message into a `pnr` manifest, one booking per PNR.
///
/// # Errors
/// None at present: every problem in the body is tolerated with a warning (a message with no PNR
/// at all is a manifest with no booking and a `no_pnr` warning). The `Result` keeps room for
/// fatal body errors without changing callers.
pub fn parse_message(
    message: &Message<'_>,
    options: &ParseOptions,
) -> Result<MessagePart, ParseError> {
    let reference = fields::reference_date(message, options);
    let mut manifest = fields::skeleton(message, ManifestKind::Pnr, MessageType::Pnrgov);
    let mut warnings: Vec<Warning> = Vec::new();
    let mut header = Header::default();
    let mut sensitive = 0;
    let mut pnr: Option<Pnr> = None;
    let mut previous_tag = "";

    for segment in &message.segments {
        let tag = segment.tag.as_str();
        let opens = tag == "SRC" || (pnr.is_none() && matches!(tag, "RCI" | "TIF"));
        if opens {
            if let Some(done) = pnr.take() {
                let booking = done.finish(&mut manifest.travellers, &mut warnings);
                manifest.bookings.push(booking);
            }
            pnr = Some(Pnr::open(segment, &mut warnings));
        }
        match pnr.as_mut() {
            Some(_) if tag == "SRC" => {}
            Some(current) => {
                let mut context = Context {
                    reference,
                    travellers: &mut manifest.travellers,
                    legs: &manifest.flight.legs,
                    warnings: &mut warnings,
                    sensitive: &mut sensitive,
                };
                current.read(segment, previous_tag, &mut context);
            }
            None => header.read(segment, &mut manifest, reference, &mut warnings),
        }
        previous_tag = tag;
    }
    if let Some(done) = pnr.take() {
        let booking = done.finish(&mut manifest.travellers, &mut warnings);
        manifest.bookings.push(booking);
    }
    header.check(&manifest, sensitive, &mut warnings);
    manifest.declared_count.bookings = header.declared_pnrs;
    manifest.warnings.extend(warnings);
    Ok(MessagePart {
        manifest,
        sequence: message.header.sequence,
        flag: message.header.sequence_flag,
    })
}
