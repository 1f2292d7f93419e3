//! Helpers the message parsers share: the manifest skeleton from the envelope, the reference
//! date, and normalised field values that warn when the sender wrote something unreadable.

use chrono::NaiveDate;

use crate::edifact::{Message, Segment};
use crate::model::{Flight, Manifest, ManifestKind, MessageType};
use crate::normalise;
use crate::warning::Warning;
use crate::ParseOptions;

/// Returns a manifest holding what the envelope says, ready for a parser to fill.
pub(crate) fn skeleton(
    message: &Message<'_>,
    kind: ManifestKind,
    message_type: MessageType,
) -> Manifest {
    let interchange = message.interchange.as_deref();
    Manifest {
        kind,
        message_type,
        version: message.header.version.clone(),
        message_ref: message.header.reference.clone(),
        interchange_ref: interchange.and_then(|i| i.control_ref.clone()),
        common_access_ref: message.header.common_access_ref.clone(),
        sender: interchange.and_then(|i| i.sender.clone()),
        recipient: interchange.and_then(|i| i.recipient.clone()),
        prepared: interchange.and_then(|i| i.prepared),
        parts: 1,
        change_code: None,
        transaction_ref: None,
        reporting_party: None,
        flight: Flight::default(),
        travellers: Vec::new(),
        bookings: Vec::new(),
        declared_count: Default::default(),
        warnings: Vec::new(),
    }
}

/// Returns the date two-digit years are resolved against: the interchange date, else today.
pub(crate) fn reference_date(message: &Message<'_>, options: &ParseOptions) -> NaiveDate {
    message
        .interchange
        .as_deref()
        .and_then(|i| i.prepared)
        .map(|prepared| prepared.date())
        .unwrap_or(options.today)
}

/// Normalises a country code; an unknown code is kept upper-case, with a warning.
pub(crate) fn country(value: &str, segment: &Segment<'_>, warnings: &mut Vec<Warning>) -> String {
    match normalise::normalise_country(value) {
        Some(code) => code,
        None => {
            warnings.push(
                Warning::new(
                    "unknown_country",
                    "country code is not ISO 3166 or ICAO 9303",
                )
                .at(segment.offset, segment.index, segment.tag.as_str()),
            );
            value.trim().to_ascii_uppercase()
        }
    }
}

/// Splits a flight identifier such as `XY123`, `XY0123A` or `ABC45` into carrier and number.
///
/// When the sender gave the carrier separately (`carrier_hint`), it is used and stripped from the
/// front of the identifier.
pub(crate) fn split_flight(
    identifier: &str,
    carrier_hint: Option<&str>,
) -> (Option<String>, Option<String>) {
    let identifier = identifier.trim().to_ascii_uppercase();
    let identifier = identifier.replace(' ', "");
    if let Some(carrier) = carrier_hint.map(str::trim).filter(|c| !c.is_empty()) {
        let carrier = carrier.to_ascii_uppercase();
        let number = identifier.strip_prefix(&carrier).unwrap_or(&identifier);
        let number = (!number.is_empty()).then(|| number.to_owned());
        return (Some(carrier), number);
    }
    // A designator is two characters (letters or a digit and a letter) or three letters,
    // followed by one to four digits and an optional suffix letter.
    let chars: Vec<char> = identifier.chars().collect();
    let designator_len = match chars.as_slice() {
        [a, b, c, d, ..]
            if a.is_ascii_alphabetic()
                && b.is_ascii_alphabetic()
                && c.is_ascii_alphabetic()
                && d.is_ascii_digit() =>
        {
            3
        }
        [a, b, c, ..]
            if a.is_ascii_alphanumeric()
                && b.is_ascii_alphanumeric()
                && c.is_ascii_digit()
                && (a.is_ascii_alphabetic() || b.is_ascii_alphabetic()) =>
        {
            2
        }
        _ => return (None, (!identifier.is_empty()).then_some(identifier)),
    };
    let carrier: String = chars[..designator_len].iter().collect();
    let number: String = chars[designator_len..].iter().collect();
    (Some(carrier), (!number.is_empty()).then_some(number))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flight_identifiers() {
        let split = |id, hint| split_flight(id, hint);
        assert_eq!(
            split("XY123", None),
            (Some("XY".into()), Some("123".into()))
        );
        assert_eq!(
            split("TN506", None),
            (Some("TN".into()), Some("506".into()))
        );
        assert_eq!(
            split("U21234", None),
            (Some("U2".into()), Some("1234".into()))
        );
        assert_eq!(
            split("9W0123A", None),
            (Some("9W".into()), Some("0123A".into()))
        );
        assert_eq!(
            split("BAW123", None),
            (Some("BAW".into()), Some("123".into()))
        );
        assert_eq!(
            split("QQ877", Some("QQ")),
            (Some("QQ".into()), Some("877".into()))
        );
        assert_eq!(
            split("877", Some("QQ")),
            (Some("QQ".into()), Some("877".into()))
        );
        assert_eq!(split("1234", None), (None, Some("1234".into())));
    }
}
