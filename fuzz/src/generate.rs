//! Valid manifests from fuzzer bytes, for the PAXLST render → parse round trip.
//!
//! Values are restricted to what a well-formed PAXLST carries and the parser keeps unchanged
//! after normalisation: names of upper-case A–Z words (never a title such as `MR`, which name
//! normalisation may strip), ISO 3166 alpha-3 countries, IATA-style airport and carrier codes,
//! dates written with four-digit years, document numbers of A–Z and 0–9. Free text (street,
//! city, birth place) may hold punctuation, including the separators in force, when the
//! delimiter set has a release character to escape them with.
//!
//! Generation never fails: an exhausted [`Unstructured`] yields the smallest choices.

use arbitrary::{Result, Unstructured};
use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use paxscreen_ingest::edifact::Delimiters;
use paxscreen_ingest::{
    Address, DeclaredCount, Flight, FlightLeg, FlightStop, Gender, Manifest, ManifestKind,
    MessageType, Role, TravelDocument, Traveller,
};

/// A manifest to render and the delimiters to render it with.
#[derive(Debug, Clone)]
pub struct RoundTripCase {
    /// The manifest: what parsing the rendered text must give back (travellers and legs).
    pub manifest: Manifest,
    /// The service characters the interchange declares in its UNA.
    pub delimiters: Delimiters,
}

/// ASCII punctuation: the characters service characters are drawn from.
const PUNCTUATION: &[u8] = b"!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

/// Countries, ISO 3166 alpha-3, from every continent.
pub const COUNTRIES: &[&str] = &[
    "FRA", "DEU", "GBR", "USA", "ESP", "ITA", "NLD", "BEL", "CHE", "AUT", "POL", "PRT", "IRL",
    "SWE", "NOR", "DNK", "FIN", "GRC", "TUR", "MAR", "DZA", "TUN", "EGY", "NGA", "KEN", "ZAF",
    "ETH", "GHA", "SEN", "IND", "PAK", "BGD", "CHN", "JPN", "KOR", "VNM", "THA", "PHL", "IDN",
    "AUS", "NZL", "CAN", "MEX", "BRA", "ARG", "CHL", "COL", "PER", "UKR", "ISR", "SAU", "ARE",
    "LBN", "JOR", "IRN", "KAZ", "ISL", "LUX", "CZE", "HUN", "ROU", "BGR", "HRV", "SRB", "FJI",
];

/// Airports, IATA codes.
pub const AIRPORTS: &[&str] = &[
    "CDG", "ORY", "LHR", "LGW", "FRA", "MUC", "AMS", "MAD", "BCN", "FCO", "JFK", "EWR", "IAD",
    "ORD", "LAX", "SFO", "YYZ", "YUL", "GRU", "EZE", "BOG", "MEX", "DXB", "DOH", "IST", "CAI",
    "JNB", "NBO", "ADD", "LOS", "DEL", "BOM", "SIN", "BKK", "HKG", "NRT", "ICN", "PEK", "SYD",
    "AKL", "KEF", "CMN", "TUN", "ALG", "DKR", "ACC",
];

/// Titles that name normalisation may remove: never generated as a name word.
const TITLES: &[&str] = &[
    "MR", "MRS", "MS", "MISS", "MSTR", "MASTER", "DR", "PROF", "SIR", "REV", "MME", "MLLE", "M",
    "HERR", "FRAU", "SR", "SRA", "SRTA", "DON", "DONA", "CAPT", "LADY", "LORD", "DAME", "FR",
    "INF", "INFT", "CHD", "CHLD", "MX", "ENG", "ING", "SHEIKH", "HRH",
];

/// Syllables for pronounceable names.
const SYLLABLES: &[&str] = &[
    "A", "BA", "BEL", "CHI", "DA", "DRI", "EL", "FA", "GAR", "HA", "IK", "JO", "KA", "KWA", "LI",
    "LO", "MA", "MEI", "NA", "NGU", "O", "PA", "QUI", "RA", "RO", "SA", "SHA", "SEN", "TA", "TOR",
    "U", "VA", "WEN", "XI", "YA", "YU", "ZA", "ZOU", "STE", "VAN", "SON", "SKI", "EZ", "OV",
];

/// Surname particles, written as separate words.
const PARTICLES: &[&str] = &[
    "VAN", "DER", "DE", "LA", "DI", "AL", "EL", "BEN", "MAC", "DOS", "O",
];

/// Document type codes.
const DOCUMENT_TYPES: &[&str] = &["P", "V", "I", "A", "C", "IP", "AC", "F", "PT", "PD"];

fn pick<'a>(u: &mut Unstructured<'_>, from: &[&'a str]) -> Result<&'a str> {
    Ok(from[u.choose_index(from.len())?])
}

fn letter(u: &mut Unstructured<'_>) -> Result<char> {
    Ok(char::from(b'A' + u.int_in_range(0..=25u8)?))
}

fn alphanumeric(u: &mut Unstructured<'_>) -> Result<char> {
    let i = u.int_in_range(0..=35u8)?;
    Ok(if i < 26 {
        char::from(b'A' + i)
    } else {
        char::from(b'0' + i - 26)
    })
}

fn code(u: &mut Unstructured<'_>, min: usize, max: usize) -> Result<String> {
    let len = u.int_in_range(min..=max)?;
    (0..len).map(|_| alphanumeric(u)).collect()
}

fn digits(u: &mut Unstructured<'_>, min: usize, max: usize) -> Result<String> {
    let len = u.int_in_range(min..=max)?;
    (0..len)
        .map(|_| Ok(char::from(b'0' + u.int_in_range(0..=9u8)?)))
        .collect()
}

fn optional<T>(
    u: &mut Unstructured<'_>,
    f: impl FnOnce(&mut Unstructured<'_>) -> Result<T>,
) -> Result<Option<T>> {
    Ok(if u.arbitrary::<bool>()? {
        Some(f(u)?)
    } else {
        None
    })
}

/// One name word: syllables or raw letters, never a title.
fn name_word(u: &mut Unstructured<'_>) -> Result<String> {
    let mut word = String::new();
    if u.arbitrary::<bool>()? {
        for _ in 0..u.int_in_range(1..=4)? {
            word.push_str(pick(u, SYLLABLES)?);
        }
    } else {
        for _ in 0..u.int_in_range(1..=14)? {
            word.push(letter(u)?);
        }
    }
    if TITLES.contains(&word.as_str()) {
        word.insert(0, 'Q');
    }
    Ok(word)
}

fn surname(u: &mut Unstructured<'_>) -> Result<String> {
    let mut words = Vec::new();
    for _ in 0..u.int_in_range(0..=2)? {
        words.push(pick(u, PARTICLES)?.to_owned());
    }
    for _ in 0..u.int_in_range(1..=2)? {
        words.push(name_word(u)?);
    }
    Ok(words.join(" "))
}

fn given_names(u: &mut Unstructured<'_>) -> Result<String> {
    let words = (0..u.int_in_range(0..=3)?)
        .map(|_| name_word(u))
        .collect::<Result<Vec<_>>>()?;
    Ok(words.join(" "))
}

/// Free text of one or more words; with `punctuation`, words may hold any ASCII punctuation.
fn free_text(u: &mut Unstructured<'_>, punctuation: bool) -> Result<String> {
    let mut words = Vec::new();
    for _ in 0..u.int_in_range(1..=3)? {
        let mut word = String::new();
        for _ in 0..u.int_in_range(1..=10)? {
            let c = match u.int_in_range(0..=9u8)? {
                0 if punctuation => char::from(PUNCTUATION[u.choose_index(PUNCTUATION.len())?]),
                0..=1 => char::from(b'0' + u.int_in_range(0..=9u8)?),
                _ => letter(u)?,
            };
            word.push(c);
        }
        words.push(word);
    }
    Ok(words.join(" "))
}

fn date_between(u: &mut Unstructured<'_>, first: NaiveDate, last: NaiveDate) -> Result<NaiveDate> {
    let days = (last - first).num_days();
    let offset = u.int_in_range(0..=days)?;
    Ok(first + chrono::Duration::days(offset))
}

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap_or_default()
}

fn date_time(u: &mut Unstructured<'_>) -> Result<NaiveDateTime> {
    let day = date_between(u, ymd(2024, 1, 1), ymd(2027, 12, 31))?;
    let time = NaiveTime::from_hms_opt(u.int_in_range(0..=23)?, u.int_in_range(0..=59)?, 0)
        .unwrap_or_default();
    Ok(day.and_time(time))
}

/// A valid UNA delimiter set: component, element, terminator, release and repetition distinct
/// ASCII punctuation (release and repetition possibly absent), decimal mark any punctuation.
pub fn delimiters(u: &mut Unstructured<'_>) -> Result<Delimiters> {
    if u.ratio(1u8, 4u8)? {
        return Ok(Delimiters::default());
    }
    let mut pool = PUNCTUATION.to_vec();
    let mut take = |u: &mut Unstructured<'_>| -> Result<u8> {
        let i = u.choose_index(pool.len())?;
        Ok(pool.swap_remove(i))
    };
    let component = take(u)?;
    let element = take(u)?;
    let terminator = take(u)?;
    let release = if u.ratio(1u8, 5u8)? { b' ' } else { take(u)? };
    let repetition = if u.arbitrary::<bool>()? {
        b' '
    } else {
        take(u)?
    };
    let decimal = PUNCTUATION[u.choose_index(PUNCTUATION.len())?];
    let advice = [component, element, decimal, release, repetition, terminator];
    Delimiters::from_una(&advice, 3).map_err(|_| arbitrary::Error::IncorrectFormat)
}

fn document(u: &mut Unstructured<'_>) -> Result<TravelDocument> {
    Ok(TravelDocument {
        doc_type: pick(u, DOCUMENT_TYPES)?.to_owned(),
        number: code(u, 5, 12)?,
        issuing_country: optional(u, |u| Ok(pick(u, COUNTRIES)?.to_owned()))?,
        expiry: optional(u, |u| date_between(u, ymd(2000, 1, 1), ymd(2045, 12, 31)))?,
        issued: optional(u, |u| date_between(u, ymd(1990, 1, 1), ymd(2025, 7, 1)))?,
        check_digit_valid: None,
        number_raw: None,
    })
}

fn address(u: &mut Unstructured<'_>, punctuation: bool) -> Result<Option<Address>> {
    let address = Address {
        street: optional(u, |u| free_text(u, punctuation))?,
        city: optional(u, |u| free_text(u, punctuation))?,
        region: optional(u, |u| code(u, 1, 3))?,
        postal_code: optional(u, |u| code(u, 3, 9))?,
        country: optional(u, |u| Ok(pick(u, COUNTRIES)?.to_owned()))?,
    };
    Ok((address != Address::default()).then_some(address))
}

/// A traveller with every field the renderer writes.
pub fn traveller(u: &mut Unstructured<'_>, punctuation: bool) -> Result<Traveller> {
    let roles = [
        Role::Passenger,
        Role::Crew,
        Role::TransitCrew,
        Role::TransitPassenger,
        Role::Unspecified,
    ];
    let country = |u: &mut Unstructured<'_>| Ok(pick(u, COUNTRIES)?.to_owned());
    let airport = |u: &mut Unstructured<'_>| Ok(pick(u, AIRPORTS)?.to_owned());
    let mut t = Traveller::new(*u.choose(&roles)?);
    t.surname = surname(u)?;
    t.given_names = given_names(u)?;
    t.gender = optional(u, |u| {
        Ok(*u.choose(&[Gender::M, Gender::F, Gender::U, Gender::X])?)
    })?;
    t.date_of_birth = optional(u, |u| date_between(u, ymd(1920, 1, 1), ymd(2025, 7, 3)))?;
    t.nationality = optional(u, country)?;
    t.residence = optional(u, country)?;
    t.birth_country = optional(u, country)?;
    // A birth place is only rendered readably with a birth country: `LOC+180+:::PLACE` is
    // ignored by the parser (it requires the country).
    if t.birth_country.is_some() {
        t.birth_place = optional(u, |u| free_text(u, punctuation))?;
    }
    t.embarkation = optional(u, airport)?;
    t.debarkation = optional(u, airport)?;
    t.clearance = optional(u, airport)?;
    t.booking_ref = optional(u, |u| code(u, 6, 6))?;
    t.passenger_ref = optional(u, |u| code(u, 1, 12))?;
    t.seat = optional(u, |u| Ok(format!("{}{}", digits(u, 1, 2)?, letter(u)?)))?;
    t.ticket = optional(u, |u| digits(u, 13, 13))?;
    if t.role.is_crew() {
        t.crew_function = optional(u, |u| Ok(format!("CR{}", u.int_in_range(1..=5)?)))?;
    }
    t.documents_verified = optional(u, |u| u.arbitrary::<bool>())?;
    t.address = address(u, punctuation)?;
    for _ in 0..u.int_in_range(0..=3)? {
        t.documents.push(document(u)?);
    }
    Ok(t)
}

/// A flight leg: carrier, number, both stops; LOC 125/87 when it crosses the border, 92 else.
pub fn leg(u: &mut Unstructured<'_>) -> Result<FlightLeg> {
    let carrier = match u.int_in_range(0..=3u8)? {
        0 => format!(
            "{}{}",
            letter(u)?,
            char::from(b'0' + u.int_in_range(0..=9u8)?)
        ),
        1 => format!("{}{}{}", letter(u)?, letter(u)?, letter(u)?),
        _ => format!("{}{}", letter(u)?, letter(u)?),
    };
    let mut number = digits(u, 1, 4)?;
    if u.ratio(1u8, 8u8)? {
        number.push(letter(u)?);
    }
    let stop = |u: &mut Unstructured<'_>| -> Result<FlightStop> {
        Ok(FlightStop {
            airport: pick(u, AIRPORTS)?.to_owned(),
            scheduled: optional(u, date_time)?,
        })
    };
    Ok(FlightLeg {
        carrier: Some(carrier),
        number: Some(number),
        departure: Some(stop(u)?),
        arrival: Some(stop(u)?),
        crosses_border: u.arbitrary()?,
    })
}

/// A manifest of 0–8 travellers on 1–3 legs, with delimiters to render it with.
pub fn case(u: &mut Unstructured<'_>) -> Result<RoundTripCase> {
    let delimiters = delimiters(u)?;
    let punctuation = delimiters.release.is_some();
    let legs = (0..u.int_in_range(1..=3)?)
        .map(|_| leg(u))
        .collect::<Result<Vec<_>>>()?;
    let travellers = (0..u.int_in_range(0..=8)?)
        .map(|_| traveller(u, punctuation))
        .collect::<Result<Vec<_>>>()?;
    let crew = travellers.iter().filter(|t| t.role.is_crew()).count();
    let kind = if u.ratio(1u8, 4u8)? {
        ManifestKind::CrewList
    } else {
        ManifestKind::PassengerList
    };
    let manifest = Manifest {
        kind,
        message_type: MessageType::Paxlst,
        version: Some("D:05B".to_owned()),
        message_ref: code(u, 1, 14)?,
        interchange_ref: Some(code(u, 1, 14)?),
        common_access_ref: None,
        sender: Some("FUZZAIR".to_owned()),
        recipient: Some("FUZZGOV".to_owned()),
        prepared: Some(
            ymd(2025, 7, 3).and_time(NaiveTime::from_hms_opt(10, 30, 0).unwrap_or_default()),
        ),
        parts: 1,
        change_code: None,
        transaction_ref: optional(u, |u| code(u, 1, 17))?,
        reporting_party: None,
        flight: Flight {
            carrier: None,
            number: None,
            legs,
        },
        declared_count: DeclaredCount {
            passengers: u32::try_from(travellers.len() - crew).ok(),
            crew: u32::try_from(crew).ok(),
            ..DeclaredCount::default()
        },
        travellers,
        bookings: Vec::new(),
        warnings: Vec::new(),
    };
    Ok(RoundTripCase {
        manifest,
        delimiters,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_delimiters_are_valid_for_any_bytes() {
        for seed in 0..500u32 {
            let bytes: Vec<u8> = (0..64u32)
                .map(|i| (seed.wrapping_mul(31).wrapping_add(i * 7)) as u8)
                .collect();
            let mut u = Unstructured::new(&bytes);
            assert!(delimiters(&mut u).is_ok());
        }
    }
}
