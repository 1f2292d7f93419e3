//! Criterion benchmark of PAXLST ingest on a realistic 500-passenger manifest.
//!
//! The input is generated, not read from a fixture: a deterministic pseudo-random generator fills
//! a [`Manifest`] with 500 varied fictional passengers (names of many origins, dates of birth,
//! one or two travel documents, booking references shared by parties, seats, some addresses with
//! characters that need releasing), on a two-leg flight, and [`paxlst::render`] writes it as one
//! PAXLST interchange (about 180 KB, one segment a line).
//!
//! Groups:
//! - `paxlst_parse`: [`parse_with`] end to end, in travellers per second (one message per
//!   iteration, so messages per second is that figure divided by 500);
//! - `edifact`: the [`Tokenizer`] alone and [`edifact::split`] (tokenizer + envelope), in bytes
//!   per second.
//!
//! Run with `cargo bench -p paxscreen-ingest --bench parse_paxlst`. Samples and measurement time
//! are kept small (20 samples, 5 s) so that the whole run takes well under a minute.

use std::hint::black_box;
use std::time::Duration;

use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use paxscreen_ingest::edifact::{self, Delimiters, Tokenizer};
use paxscreen_ingest::{
    parse_with, paxlst, Address, DeclaredCount, Flight, FlightLeg, FlightStop, Gender, Manifest,
    ManifestKind, MessageType, ParseOptions, Role, TravelDocument, Traveller,
};

/// Number of passengers in the benchmark manifest.
const PASSENGERS: usize = 500;

/// Surnames of many origins, as they appear after ICAO 9303 transliteration.
const SURNAMES: &[&str] = &[
    "MARTIN",
    "DUBOIS",
    "MUELLER",
    "SCHMIDT",
    "ROSSI",
    "RUSSO",
    "GARCIA",
    "FERNANDEZ",
    "DA SILVA",
    "PEREIRA",
    "VAN DER BERG",
    "DE JONG",
    "KOWALSKI",
    "NOWAK",
    "NOVAK",
    "HORVATH",
    "IVANOVA",
    "PETROV",
    "KOVALENKO",
    "JOHANSSON",
    "NIELSEN",
    "VIRTANEN",
    "OBRIEN",
    "MURPHY",
    "SMITH",
    "JONES",
    "NGUYEN",
    "TRAN",
    "WANG",
    "LI",
    "ZHANG",
    "CHEN",
    "KIM",
    "PARK",
    "TANAKA",
    "SATO",
    "SHARMA",
    "PATEL",
    "SINGH",
    "KHAN",
    "HOSSAIN",
    "AL HASHIMI",
    "ABDULLAH",
    "EL MANSOURI",
    "BEN ALI",
    "COHEN",
    "LEVI",
    "OKONKWO",
    "ADEYEMI",
    "MENSAH",
    "KAMAU",
    "OTIENO",
    "DLAMINI",
    "HAILE",
    "TESFAYE",
    "SANTOS",
    "GONZALEZ",
    "RODRIGUEZ",
    "LOPEZ",
    "HERNANDEZ",
    "QUISPE",
    "SOUZA",
    "YILMAZ",
    "KAYA",
    "PAPADOPOULOS",
    "GEORGIOU",
    "NAKAMURA",
    "SUZUKI",
    "SANTOS CRUZ",
    "MAC DONALD",
    "O SULLIVAN",
    "TAUFA",
    "WIREMU",
];

/// Given names of many origins.
const GIVEN: &[&str] = &[
    "JEAN",
    "MARIE",
    "LUCAS",
    "CHLOE",
    "HANS",
    "ANNA",
    "GIULIA",
    "MARCO",
    "JOSE",
    "CARMEN",
    "JOAO",
    "ANA",
    "PIETER",
    "SANNE",
    "PIOTR",
    "AGNIESZKA",
    "IVAN",
    "OLGA",
    "SVEN",
    "INGRID",
    "AINO",
    "SEAN",
    "AOIFE",
    "JOHN",
    "MARY",
    "VAN",
    "THI",
    "MAI",
    "WEI",
    "XIAO",
    "MIN",
    "JI HO",
    "HARUTO",
    "YUI",
    "PRIYA",
    "ARJUN",
    "AISHA",
    "OMAR",
    "FATIMA",
    "YOUSSEF",
    "NOA",
    "DAVID",
    "CHIDI",
    "NGOZI",
    "KWAME",
    "AMA",
    "WANJIKU",
    "THABO",
    "SELAM",
    "ABEBE",
    "SOFIA",
    "MATEO",
    "VALENTINA",
    "EMRE",
    "ELIF",
    "NIKOS",
    "ELENI",
    "SIOSAIA",
    "ARIHIA",
    "ALEXANDER",
    "KARIM",
];

/// Nationalities and issuing states, ISO 3166 alpha-3.
const COUNTRIES: &[&str] = &[
    "FRA", "DEU", "ITA", "ESP", "PRT", "NLD", "POL", "HRV", "HUN", "RUS", "UKR", "SWE", "DNK",
    "FIN", "IRL", "GBR", "USA", "CAN", "VNM", "CHN", "KOR", "JPN", "IND", "PAK", "BGD", "ARE",
    "MAR", "TUN", "ISR", "NGA", "GHA", "KEN", "ZAF", "ETH", "MEX", "ARG", "PER", "BRA", "TUR",
    "GRC", "TON", "NZL",
];

/// Cities of birth.
const CITIES: &[&str] = &[
    "LYON",
    "HAMBURG",
    "NAPOLI",
    "SEVILLA",
    "PORTO",
    "UTRECHT",
    "KRAKOW",
    "SPLIT",
    "KYIV",
    "GOTEBORG",
    "CORK",
    "HANOI",
    "CHENGDU",
    "BUSAN",
    "OSAKA",
    "PUNE",
    "LAHORE",
    "CASABLANCA",
    "LAGOS",
    "KUMASI",
    "MOMBASA",
    "DURBAN",
    "CUSCO",
    "RECIFE",
    "IZMIR",
    "NUKUALOFA",
];

/// Streets of destination addresses; some need the release character (`'`, `+`, `:`).
const STREETS: &[&str] = &[
    "12 MAIN STREET",
    "450 PARK AVENUE APT 3B",
    "77 O'CONNELL ROAD",
    "1+1 HARBOUR VIEW",
    "UNIT 4: 9 LAKE DRIVE",
    "221 ELM COURT",
];

/// A small xorshift generator, so that the manifest is the same on every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        from[self.below(from.len())]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn code(&mut self, len: usize) -> String {
        const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        (0..len)
            .map(|_| char::from(ALPHABET[self.below(ALPHABET.len())]))
            .collect()
    }

    fn digits(&mut self, len: usize) -> String {
        (0..len)
            .map(|_| char::from(b'0' + self.below(10) as u8))
            .collect()
    }

    fn date(&mut self, from_year: i32, years: usize) -> NaiveDate {
        let first = NaiveDate::from_ymd_opt(from_year, 1, 1).expect("valid year");
        first + chrono::Duration::days(self.below(years * 365) as i64)
    }
}

fn at(day: NaiveDate, hour: u32, minute: u32) -> NaiveDateTime {
    day.and_time(NaiveTime::from_hms_opt(hour, minute, 0).expect("valid time"))
}

fn document(rng: &mut Rng, doc_type: &str, country: &str) -> TravelDocument {
    TravelDocument {
        doc_type: doc_type.to_owned(),
        number: format!("{}{}", rng.code(2), rng.digits(7)),
        issuing_country: Some(country.to_owned()),
        expiry: Some(rng.date(2027, 10)),
        issued: rng.chance(60).then(|| rng.date(2017, 8)),
        check_digit_valid: None,
        number_raw: None,
    }
}

fn passenger(rng: &mut Rng, index: usize, booking_ref: &str) -> Traveller {
    let mut t = Traveller::new(Role::Passenger);
    t.surname = rng.pick(SURNAMES).to_owned();
    let given = 1 + usize::from(rng.chance(40)) + usize::from(rng.chance(10));
    t.given_names = (0..given)
        .map(|_| rng.pick(GIVEN))
        .collect::<Vec<_>>()
        .join(" ");
    t.gender = Some([Gender::M, Gender::F, Gender::F, Gender::M, Gender::X][rng.below(5)]);
    t.date_of_birth = Some(rng.date(1935, 90));
    let nationality = rng.pick(COUNTRIES);
    t.nationality = Some(nationality.to_owned());
    if rng.chance(70) {
        t.residence = Some(rng.pick(COUNTRIES).to_owned());
    }
    if rng.chance(50) {
        t.birth_country = Some(nationality.to_owned());
        t.birth_place = Some(rng.pick(CITIES).to_owned());
    }
    t.embarkation = Some("LIS".to_owned());
    t.debarkation = Some(if rng.chance(80) { "JFK" } else { "BOS" }.to_owned());
    t.clearance = Some("JFK".to_owned());
    t.booking_ref = Some(booking_ref.to_owned());
    t.passenger_ref = Some(format!("QX{index:05}"));
    t.seat = Some(format!(
        "{}{}",
        1 + rng.below(60),
        char::from(b'A' + rng.below(10) as u8)
    ));
    if rng.chance(80) {
        t.ticket = Some(format!("176{}", rng.digits(10)));
    }
    t.documents_verified = Some(rng.chance(90));
    if rng.chance(30) {
        t.address = Some(Address {
            street: Some(rng.pick(STREETS).to_owned()),
            city: Some("NEW YORK".to_owned()),
            region: Some("NY".to_owned()),
            postal_code: Some(format!("10{}", rng.digits(3))),
            country: Some("USA".to_owned()),
        });
    }
    t.documents.push(document(rng, "P", nationality));
    if rng.chance(35) {
        let second = if rng.chance(70) { "V" } else { "I" };
        let issuer = if second == "V" { "USA" } else { nationality };
        t.documents.push(document(rng, second, issuer));
    }
    t
}

/// Builds the 500-passenger manifest: a two-leg flight LIS → PDL → JFK crossing into the US.
fn manifest() -> Manifest {
    let mut rng = Rng(0x5EED_CAFE_F00D_1234);
    let day = NaiveDate::from_ymd_opt(2026, 4, 12).expect("valid date");
    let leg = |from: &str, departs, to: &str, arrives, crosses_border| FlightLeg {
        carrier: Some("QX".to_owned()),
        number: Some("188".to_owned()),
        departure: Some(FlightStop {
            airport: from.to_owned(),
            scheduled: Some(departs),
        }),
        arrival: Some(FlightStop {
            airport: to.to_owned(),
            scheduled: Some(arrives),
        }),
        crosses_border,
    };
    let mut travellers = Vec::with_capacity(PASSENGERS);
    while travellers.len() < PASSENGERS {
        // Parties of one to four travellers share a booking.
        let booking_ref = rng.code(6);
        for _ in 0..(1 + rng.below(4)).min(PASSENGERS - travellers.len()) {
            let index = travellers.len();
            travellers.push(passenger(&mut rng, index, &booking_ref));
        }
    }
    Manifest {
        kind: ManifestKind::PassengerList,
        message_type: MessageType::Paxlst,
        version: Some("D:05B".to_owned()),
        message_ref: "QX188A".to_owned(),
        interchange_ref: Some("000731".to_owned()),
        common_access_ref: None,
        sender: Some("QXAIR".to_owned()),
        recipient: Some("USCBP".to_owned()),
        prepared: Some(at(day, 8, 15)),
        parts: 1,
        change_code: None,
        transaction_ref: Some("QX188260412".to_owned()),
        reporting_party: Some("QX OPERATIONS".to_owned()),
        flight: Flight {
            carrier: Some("QX".to_owned()),
            number: Some("188".to_owned()),
            legs: vec![
                leg("LIS", at(day, 10, 0), "PDL", at(day, 11, 35), false),
                leg("PDL", at(day, 12, 40), "JFK", at(day, 15, 5), true),
            ],
        },
        declared_count: DeclaredCount {
            passengers: Some(PASSENGERS as u32),
            crew: None,
            ..DeclaredCount::default()
        },
        travellers,
        bookings: Vec::new(),
        warnings: Vec::new(),
    }
}

fn options() -> ParseOptions {
    ParseOptions {
        today: NaiveDate::from_ymd_opt(2026, 4, 12).expect("valid date"),
    }
}

fn benches(c: &mut Criterion) {
    let input = paxlst::render(&manifest(), &Delimiters::default());
    let input = input.as_bytes();
    let options = options();
    // The benchmark measures a successful parse of every traveller, not an early error.
    let parsed = parse_with(input, &options).expect("the rendered manifest parses");
    assert_eq!(parsed.len(), 1);
    assert_eq!(parsed[0].travellers.len(), PASSENGERS);
    let segments = Tokenizer::new(input).count();

    let mut group = c.benchmark_group("paxlst_parse");
    group.throughput(Throughput::Elements(PASSENGERS as u64));
    group.bench_with_input(
        BenchmarkId::new("parse_with", format!("{PASSENGERS}_travellers")),
        input,
        |b, input| b.iter(|| parse_with(black_box(input), &options)),
    );
    group.finish();

    let mut group = c.benchmark_group("edifact");
    group.throughput(Throughput::Bytes(input.len() as u64));
    let label = format!("{}_bytes_{segments}_segments", input.len());
    group.bench_with_input(BenchmarkId::new("tokenize", &label), input, |b, input| {
        b.iter(|| {
            Tokenizer::new(black_box(input))
                .filter(|segment| segment.is_ok())
                .count()
        })
    });
    group.bench_with_input(BenchmarkId::new("split", &label), input, |b, input| {
        b.iter(|| edifact::split(black_box(input)).map(|envelope| envelope.messages.len()))
    });
    group.finish();
}

criterion_group! {
    name = parse_paxlst;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_secs(1))
        .measurement_time(Duration::from_secs(5));
    targets = benches
}
criterion_main!(parse_paxlst);
