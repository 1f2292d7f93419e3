//! The canonical model every parser produces and every later stage consumes.
//!
//! Serialised with serde, it is the JSON `paxscreen parse` prints (documented in the README).
//! Normalised values sit in the main fields; what the sender wrote is kept in `raw` fields where it
//! differs, because officers need to see what the airline sent.

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use crate::warning::Warning;

/// What a manifest reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ManifestKind {
    /// PAXLST passenger list (BGM 745).
    PassengerList,
    /// PAXLST crew list (BGM 250) or master crew list (BGM 336).
    CrewList,
    /// Flight close-out (BGM 266, or 745 with CL / CLOB / CLNB): who boarded.
    CloseOut,
    /// Flight status update (BGM 266 with another code, such as XF cancel flight).
    FlightStatus,
    /// PNRGOV booking data.
    Pnr,
}

/// The message standard a manifest came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum MessageType {
    /// UN/EDIFACT PAXLST (API).
    Paxlst,
    /// IATA PADIS PNRGOV (PNR push).
    Pnrgov,
}

/// One manifest: a complete PAXLST (all parts joined) or one PNRGOV message.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Manifest {
    /// What the manifest reports.
    pub kind: ManifestKind,
    /// The message standard.
    pub message_type: MessageType,
    /// Directory version, such as `D:05B` or `13:1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub version: Option<String>,
    /// UNH message reference of the (first) message.
    pub message_ref: String,
    /// UNB interchange control reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interchange_ref: Option<String>,
    /// UNH common access reference: links the parts of a multi-part manifest.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub common_access_ref: Option<String>,
    /// UNB sender identification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sender: Option<String>,
    /// UNB recipient identification.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub recipient: Option<String>,
    /// UNB preparation date and time.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prepared: Option<NaiveDateTime>,
    /// Number of UNH..UNT parts joined into this manifest.
    pub parts: u32,
    /// BGM document identifier (1004) as sent, such as `CP`, `XR` or `CLOB`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub change_code: Option<String>,
    /// RFF+TN transaction reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_ref: Option<String>,
    /// NAD+MS reporting party (a company or an office, not a traveller).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reporting_party: Option<String>,
    /// The flight the manifest is about.
    pub flight: Flight,
    /// Every traveller: passengers and crew (PAXLST) or the travellers of every PNR (PNRGOV).
    pub travellers: Vec<Traveller>,
    /// PNRGOV bookings; empty for PAXLST.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub bookings: Vec<Booking>,
    /// CNT counts as declared by the sender (the whole flight, for multi-part manifests).
    #[serde(default, skip_serializing_if = "DeclaredCount::is_empty")]
    pub declared_count: DeclaredCount,
    /// Everything the parser tolerated: counts that do not add up, junk after the trailer, …
    pub warnings: Vec<Warning>,
}

/// CNT totals declared by the sender.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct DeclaredCount {
    /// CNT+42: passengers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passengers: Option<u32>,
    /// CNT+41: crew.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crew: Option<u32>,
    /// PNRGOV EQN: PNRs in the message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bookings: Option<u32>,
}

impl DeclaredCount {
    /// Returns true when the sender declared no count.
    pub fn is_empty(&self) -> bool {
        self.passengers.is_none() && self.crew.is_none() && self.bookings.is_none()
    }
}

/// The flight: its marketing identity and its legs in order.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Flight {
    /// Carrier code (IATA two-character or ICAO three-letter).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    /// Flight number without the carrier, such as `123` or `0456A`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Legs in flight order. A progressive flight has several.
    pub legs: Vec<FlightLeg>,
}

/// One leg (one TDT group, or one PNRGOV TVL).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FlightLeg {
    /// Carrier operating this leg.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    /// Flight number of this leg, without the carrier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Where and when the leg departs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub departure: Option<FlightStop>,
    /// Where and when the leg arrives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrival: Option<FlightStop>,
    /// True when this leg crosses the reporting state's border (LOC 125 / 87).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub crosses_border: bool,
}

/// An airport and the scheduled local time there.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FlightStop {
    /// IATA airport code.
    pub airport: String,
    /// Scheduled local date and time at the airport, as sent (no time zone).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scheduled: Option<NaiveDateTime>,
}

/// What a traveller is on the flight (NAD 3035).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// `FL` passenger.
    Passenger,
    /// `FM` crew member.
    Crew,
    /// `DDT` in-transit crew member.
    TransitCrew,
    /// `DDU` in-transit passenger.
    TransitPassenger,
    /// `ZZZ` or another code: a close-out entry or an unknown role.
    Unspecified,
}

impl Role {
    /// Maps a NAD party qualifier to a role.
    pub fn from_party_qualifier(code: &str) -> Option<Role> {
        match code {
            "FL" => Some(Role::Passenger),
            "FM" => Some(Role::Crew),
            "DDT" => Some(Role::TransitCrew),
            "DDU" => Some(Role::TransitPassenger),
            "ZZZ" => Some(Role::Unspecified),
            _ => None,
        }
    }

    /// Returns true for crew roles.
    pub fn is_crew(self) -> bool {
        matches!(self, Role::Crew | Role::TransitCrew)
    }
}

/// Gender as sent (ATT+2, SSR DOCS).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Gender {
    /// Male.
    M,
    /// Female.
    F,
    /// Unspecified.
    U,
    /// Non-binary (ICAO 9303 `X`).
    X,
}

impl Gender {
    /// Parses `M`, `F`, `U` or `X` (also `MI` / `FI` infant codes of PNR data).
    pub fn from_code(code: &str) -> Option<Gender> {
        match code.trim().to_ascii_uppercase().as_str() {
            "M" | "MI" | "MALE" => Some(Gender::M),
            "F" | "FI" | "FEMALE" => Some(Gender::F),
            "U" => Some(Gender::U),
            "X" => Some(Gender::X),
            _ => None,
        }
    }
}

/// One traveller, normalised, with the raw values beside.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Traveller {
    /// Passenger, crew, in-transit…
    pub role: Role,
    /// Surname, ICAO 9303 transliterated (upper-case A–Z and spaces).
    pub surname: String,
    /// Given names, transliterated, separated by single spaces.
    pub given_names: String,
    /// Title removed from the name (MR, MRS, DR…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Gender.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    /// Date of birth (century inferred for two-digit years, never in the future).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<NaiveDate>,
    /// Nationality, ISO 3166 alpha-3 or an ICAO code (GBD, UNK, XXA…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nationality: Option<String>,
    /// Country of residence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub residence: Option<String>,
    /// Country of birth.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_country: Option<String>,
    /// Place of birth as sent (a city).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub birth_place: Option<String>,
    /// Port of original embarkation (LOC 178).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub embarkation: Option<String>,
    /// Port of final debarkation (LOC 179).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debarkation: Option<String>,
    /// Customs clearance airport (LOC 22).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clearance: Option<String>,
    /// PNR record locator (RFF+AVF, or the PNR the traveller is in).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub booking_ref: Option<String>,
    /// Unique passenger reference (RFF+ABO, or the PNR traveller reference).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passenger_ref: Option<String>,
    /// Seat (RFF+SEA, PNR seat).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub seat: Option<String>,
    /// Ticket number (RFF+YZY, PNR TKT).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ticket: Option<String>,
    /// Crew function (EMP, such as `CR1`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub crew_function: Option<String>,
    /// Checked bags (MEA+CT, FTX+BAG, PNR TBD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bags: Option<Bags>,
    /// GEI+4: true when the document data were verified against the MRZ (173), false (174).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documents_verified: Option<bool>,
    /// Address (NAD street…country, PNR DOCA).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<Address>,
    /// Travel documents, in the order sent.
    pub documents: Vec<TravelDocument>,
    /// PNR: this traveller is an infant (TIF type IN, SSR INFT, DOCS gender MI/FI).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub infant: bool,
    /// What the sender wrote where it differs from the normalised value.
    #[serde(default, skip_serializing_if = "RawTraveller::is_empty")]
    pub raw: RawTraveller,
    /// The traveller's segments as sent (a PAXLST traveller group from its NAD, one segment per
    /// line), kept as evidence for officers; not serialised with the traveller (alerts carry it
    /// in their source).
    #[serde(skip)]
    pub excerpt: Option<String>,
}

impl Traveller {
    /// Returns an empty traveller of the given role, to be filled by a parser.
    pub fn new(role: Role) -> Traveller {
        Traveller {
            role,
            surname: String::new(),
            given_names: String::new(),
            title: None,
            gender: None,
            date_of_birth: None,
            nationality: None,
            residence: None,
            birth_country: None,
            birth_place: None,
            embarkation: None,
            debarkation: None,
            clearance: None,
            booking_ref: None,
            passenger_ref: None,
            seat: None,
            ticket: None,
            crew_function: None,
            bags: None,
            documents_verified: None,
            address: None,
            documents: Vec::new(),
            infant: false,
            raw: RawTraveller::default(),
            excerpt: None,
        }
    }
}

/// Raw values of a traveller, kept where they differ from the normalised ones.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RawTraveller {
    /// Surname as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub surname: Option<String>,
    /// Given names as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub given_names: Option<String>,
    /// Nationality as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nationality: Option<String>,
    /// Date of birth as sent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date_of_birth: Option<String>,
}

impl RawTraveller {
    /// Returns true when every raw value equals its normalised value.
    pub fn is_empty(&self) -> bool {
        self.surname.is_none()
            && self.given_names.is_none()
            && self.nationality.is_none()
            && self.date_of_birth.is_none()
    }
}

/// Checked baggage.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Bags {
    /// Number of checked bags.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub count: Option<u32>,
    /// Total weight in kilograms.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub weight_kg: Option<f64>,
    /// Bag tag numbers.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
}

/// A postal address.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    /// Street and number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street: Option<String>,
    /// City.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// State, province or other country sub-entity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// Country, alpha-3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// A travel document (DOC group, SSR DOCS/DOCO).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TravelDocument {
    /// Document type code as sent, upper-case: `P` passport, `V` visa, `I` identity card…
    #[serde(rename = "type")]
    pub doc_type: String,
    /// Document number, upper-case, separators removed.
    pub number: String,
    /// Issuing state, alpha-3 or an ICAO code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuing_country: Option<String>,
    /// Expiry date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry: Option<NaiveDate>,
    /// Issue date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<NaiveDate>,
    /// Result of the ICAO 9303 check digit on the number, where an MRZ was present.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_digit_valid: Option<bool>,
    /// Document number as sent, where it differs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number_raw: Option<String>,
}

/// One PNR of a PNRGOV message.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Booking {
    /// Record locator (RCI).
    pub record_locator: String,
    /// Airline or system holding the PNR (RCI).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub record_owner: Option<String>,
    /// Date and time the PNR was created (RCI).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created: Option<NaiveDateTime>,
    /// Last modification (DAT 700).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_modified: Option<NaiveDateTime>,
    /// Other carriers' record locators for this booking (`OWNER:LOCATOR`), from later RCIs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub other_locators: Vec<String>,
    /// Indices into `Manifest::travellers` of this PNR's travellers.
    pub travellers: Vec<usize>,
    /// Group name (TIF with a `G` qualifier).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub group_name: Option<String>,
    /// Itinerary in order (TVL), with codeshare detail.
    pub itinerary: Vec<Segment>,
    /// Contacts: phones, e-mails, addresses as free text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub contacts: Vec<String>,
    /// Forms of payment (FOP).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub payments: Vec<Payment>,
    /// Tickets (TKT).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tickets: Vec<Ticket>,
    /// Booking agency or office (ORG).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub agency: Option<Agency>,
    /// Special service requests, as sent (code and free text).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ssrs: Vec<ServiceRequest>,
    /// Segments the parser did not interpret, kept as their tags and positions.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub unknown_segments: Vec<String>,
}

/// One itinerary segment of a PNR.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Segment {
    /// Marketing carrier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub carrier: Option<String>,
    /// Marketing flight number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub number: Option<String>,
    /// Operating carrier where it differs (codeshare).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operating_carrier: Option<String>,
    /// Operating flight number where it differs (codeshare).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operating_number: Option<String>,
    /// Departure.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub departure: Option<FlightStop>,
    /// Arrival.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub arrival: Option<FlightStop>,
    /// Booking class.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<String>,
    /// Reservation status (RPI), such as `HK`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
}

/// A form of payment.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Payment {
    /// Payment type code: `CA` cash, `CC` credit card, `MS` miscellaneous…
    pub kind: String,
    /// Card vendor code, such as `VI`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vendor: Option<String>,
    /// Card number as sent (usually masked).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account: Option<String>,
    /// Amount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub amount: Option<String>,
}

/// A ticket.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Ticket {
    /// Ticket number.
    pub number: String,
    /// Ticket type (`T` electronic…).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// Issue date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issued: Option<NaiveDate>,
    /// Issue place.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issue_place: Option<String>,
}

/// The agency or office that made or owns a booking.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Agency {
    /// Airline or system code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub system: Option<String>,
    /// Location code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location: Option<String>,
    /// IATA agency number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub iata_number: Option<String>,
    /// Office identifier.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office: Option<String>,
    /// Country.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
}

/// A special service request.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceRequest {
    /// SSR code, such as `DOCS`, `SEAT`, `WCHR`.
    pub code: String,
    /// Status, such as `HK`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<String>,
    /// Free text.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}
