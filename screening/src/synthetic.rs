//! Synthetic watchlists and traffic for benchmarks: multi-origin names, aliases, dates of birth,
//! documents, and travellers among whom some are variants of listed people (typos,
//! transliterations, swapped order, dropped middle names, initials, particles, nicknames).
//!
//! Deterministic for a seed. The generator uses its own SplitMix64 so that figures do not move
//! when a random-number crate changes its algorithms.

use chrono::NaiveDate;
use paxscreen_watchlists::{DocumentRecord, DocumentStatus, EntryDocument, ListEntry, PartialDate};

use crate::screener::Subject;

/// A small, fast, deterministic random generator (SplitMix64).
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    /// Returns a generator for a seed.
    pub fn new(seed: u64) -> Rng {
        Rng(seed ^ 0x9e37_79b9_7f4a_7c15)
    }

    /// Returns the next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Returns a number in `0..n` (n > 0).
    pub fn below(&mut self, n: usize) -> usize {
        (((self.next_u64() >> 11) as u128 * n as u128) >> 53) as usize
    }

    /// Returns true with probability `p`.
    pub fn chance(&mut self, p: f64) -> bool {
        ((self.next_u64() >> 11) as f64 / (1u64 << 53) as f64) < p
    }

    /// Returns an element, skewed towards the front (a Zipf-like popularity).
    pub fn skewed<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        let a = self.below(items.len());
        let b = self.below(items.len());
        &items[a.min(b)]
    }
}

struct Origin {
    given: &'static [&'static str],
    surname_roots: &'static [&'static str],
    surname_suffixes: &'static [&'static str],
    prefixes: &'static [&'static str],
    nationalities: &'static [&'static str],
}

const ORIGINS: &[Origin] = &[
    Origin {
        given: &[
            "MOHAMMED", "AHMED", "ALI", "OMAR", "YUSUF", "KHALID", "HASSAN", "HUSSEIN", "IBRAHIM",
            "ABDULLAH", "MUSTAFA", "TARIQ", "FATIMA", "AISHA", "MARYAM", "ZAINAB", "LAYLA", "NOUR",
            "SAMIR", "WALID", "JAMAL", "RASHID", "SALEH", "FAISAL", "ADNAN", "BILAL", "HAMZA",
            "KARIM", "NASSER", "ZIAD",
        ],
        surname_roots: &[
            "RASHID", "HADDAD", "MANSOUR", "KHOURY", "NASSAR", "SALEH", "HAMDAN", "QASIM", "FARAJ",
            "JABER", "ZAHRAN", "SHARIF", "ABBAS", "HALABI", "MASRI", "TAMIMI", "OBEIDI", "JUBOURI",
            "DOURI", "ANSARI", "BAKR", "HARB", "KANAAN", "MAJID", "NAJJAR", "QURESHI", "SAADI",
            "TAHA", "WAZIR", "ZUBAIDI",
        ],
        surname_suffixes: &["", "", "", "I", "AN", "A"],
        prefixes: &["AL", "EL", "ABU", "BIN"],
        nationalities: &["IRQ", "SYR", "JOR", "SAU", "EGY", "YEM", "LBN", "ARE"],
    },
    Origin {
        given: &[
            "ALEKSANDR",
            "SERGEI",
            "DMITRY",
            "ANDREI",
            "ALEKSEI",
            "IVAN",
            "MIKHAIL",
            "NIKOLAI",
            "VLADIMIR",
            "YURI",
            "OLEG",
            "PAVEL",
            "VIKTOR",
            "ELENA",
            "OLGA",
            "NATALIA",
            "TATIANA",
            "IRINA",
            "SVETLANA",
            "ANNA",
            "MARIA",
            "EKATERINA",
            "YULIA",
            "ANASTASIA",
            "BORIS",
            "GRIGORY",
            "KONSTANTIN",
            "ROMAN",
            "VADIM",
            "ARTEM",
        ],
        surname_roots: &[
            "IVAN", "PETR", "SMIRN", "KUZNETS", "POPOV", "VASIL", "SOKOL", "MIKHAIL", "NOVIK",
            "FEDOR", "MOROZ", "VOLK", "ALEKSE", "LEBED", "SEMEN", "EGOR", "PAVL", "KOZL", "STEPAN",
            "NIKOLA", "ORL", "ANDRE", "MAKAR", "ZAKHAR", "ZAITS", "SOLOV", "BORISOV", "YAKOVL",
            "GRIGOR", "ROMAN",
        ],
        surname_suffixes: &["OV", "EV", "IN", "SKY", "ENKO", "OVA", "UK", "ICH"],
        prefixes: &[],
        nationalities: &["RUS", "UKR", "BLR", "KAZ"],
    },
    Origin {
        given: &[
            "WEI", "JING", "LI", "MIN", "HUA", "YAN", "JUN", "LEI", "TAO", "XIN", "YONG", "HONG",
            "MING", "QIANG", "PING", "FANG", "LING", "XIAOMING", "JIANHUA", "ZHIWEI", "YUXUAN",
            "HAORAN", "ZIHAN", "XINYI", "JIAHAO",
        ],
        surname_roots: &[
            "WANG", "LI", "ZHANG", "LIU", "CHEN", "YANG", "HUANG", "ZHAO", "WU", "ZHOU", "XU",
            "SUN", "MA", "ZHU", "HU", "GUO", "HE", "GAO", "LIN", "LUO", "ZHENG", "LIANG", "XIE",
            "SONG", "TANG", "HAN", "FENG", "DENG", "CAO", "PENG",
        ],
        surname_suffixes: &[""],
        prefixes: &[],
        nationalities: &["CHN", "TWN", "SGP", "HKG"],
    },
    Origin {
        given: &[
            "JOSE",
            "JUAN",
            "CARLOS",
            "LUIS",
            "MIGUEL",
            "JAVIER",
            "FRANCISCO",
            "ANTONIO",
            "PEDRO",
            "ALEJANDRO",
            "MARIA",
            "CARMEN",
            "ANA",
            "LUCIA",
            "ISABEL",
            "SOFIA",
            "PAULA",
            "ELENA",
            "DIEGO",
            "RAFAEL",
            "FERNANDO",
            "JORGE",
            "RICARDO",
            "MANUEL",
            "ANDRES",
        ],
        surname_roots: &[
            "GARC", "RODRIG", "MART", "HERNAND", "LOP", "GONZAL", "PER", "SANCH", "RAMIR", "TORR",
            "FLOR", "RIV", "GOM", "DIAZ", "VARG", "CAST", "JIMEN", "MORAL", "ORTIZ", "GUTIERR",
            "CHAV", "RAM", "RUIZ", "ALVAR", "MENDOZ", "MOREN", "HERRER", "MEDIN", "AGUIL", "VEG",
        ],
        surname_suffixes: &["EZ", "IA", "ES", "ON", "O", "A"],
        prefixes: &["DE LA", "DEL", "DE"],
        nationalities: &["ESP", "MEX", "COL", "ARG", "PER", "VEN", "CHL"],
    },
    Origin {
        given: &[
            "JOHN",
            "JAMES",
            "ROBERT",
            "MICHAEL",
            "WILLIAM",
            "DAVID",
            "RICHARD",
            "THOMAS",
            "CHARLES",
            "DANIEL",
            "MARY",
            "PATRICIA",
            "JENNIFER",
            "LINDA",
            "ELIZABETH",
            "SARAH",
            "EMMA",
            "OLIVIA",
            "GEORGE",
            "EDWARD",
            "PETER",
            "ANDREW",
            "MARK",
            "PAUL",
            "STEVEN",
        ],
        surname_roots: &[
            "SMITH", "JOHNS", "WILLIAMS", "BROWN", "JONES", "MILL", "DAVIS", "WILS", "ANDERS",
            "TAYL", "THOMAS", "MOORE", "JACKS", "MART", "THOMPS", "WHITE", "HARRIS", "CLARK",
            "LEWIS", "ROBINS", "WALK", "YOUNG", "ALLEN", "KING", "WRIGHT", "SCOTT", "GREEN",
            "BAKER", "ADAMS", "NELS",
        ],
        surname_suffixes: &["", "ON", "ER", "S", "SON", "TON"],
        prefixes: &["O", "MC", "MAC"],
        nationalities: &["GBR", "USA", "IRL", "AUS", "CAN", "NZL"],
    },
    Origin {
        given: &[
            "JOERG", "KLAUS", "HANS", "JUERGEN", "STEFAN", "ANDREAS", "MICHAEL", "THOMAS",
            "WOLFGANG", "UWE", "SABINE", "PETRA", "MONIKA", "URSULA", "ANKE", "KATRIN", "BIRGIT",
            "DIRK", "FRANK", "HEIKE", "JAN", "PIETER", "SANNE", "LARS", "INGRID",
        ],
        surname_roots: &[
            "MUELL",
            "SCHMID",
            "SCHNEID",
            "FISCH",
            "WEB",
            "MEY",
            "WAGN",
            "BECK",
            "SCHULZ",
            "HOFFMANN",
            "KOCH",
            "RICHT",
            "KLEIN",
            "WOLF",
            "SCHROED",
            "NEUMANN",
            "SCHWARZ",
            "ZIMMERMANN",
            "BRAUN",
            "KRUEG",
            "BERG",
            "DIJK",
            "BERGER",
            "HANSEN",
            "LARSEN",
            "JANSEN",
            "BAKKER",
            "VISSER",
            "SMIT",
            "MEIJ",
        ],
        surname_suffixes: &["", "ER", "T", "S", "EN"],
        prefixes: &["VAN", "VAN DER", "VON", "DE"],
        nationalities: &["DEU", "AUT", "CHE", "NLD", "DNK", "NOR", "SWE"],
    },
    Origin {
        given: &[
            "CHINEDU",
            "OLUWASEUN",
            "ADEBAYO",
            "NGOZI",
            "CHIOMA",
            "EMEKA",
            "FOLASADE",
            "BABATUNDE",
            "AMINA",
            "IBRAHIM",
            "MUSA",
            "HALIMA",
            "KWAME",
            "KOFI",
            "AMA",
            "YAW",
            "ABENA",
            "OLUMIDE",
            "TUNDE",
            "FUNMILAYO",
            "ABDI",
            "FARAH",
            "HODAN",
            "AYAAN",
            "MOHAMED",
        ],
        surname_roots: &[
            "OKONKW", "ADEBAY", "OLUWA", "EZE", "NWOSU", "OKAF", "BELL", "ABUBAK", "MENSAH",
            "OWUSU", "ASANTE", "BOATENG", "DIALL", "TRAOR", "KONAT", "OUEDRAOG", "ABDULLAH",
            "WARSAM", "HASSAN", "FARAH", "OSMAN", "DUALE", "ODUY", "ADEY", "OJUKW", "ANYANW",
            "IHEANACH", "OKOR", "UCHE", "IWU",
        ],
        surname_suffixes: &["O", "E", "", "A", "I"],
        prefixes: &[],
        nationalities: &["NGA", "GHA", "SOM", "SEN", "MLI", "KEN"],
    },
    Origin {
        given: &[
            "RAHUL", "AMIT", "PRIYA", "ANJALI", "VIKRAM", "SUNIL", "ANIL", "DEEPAK", "RAJESH",
            "SANJAY", "POOJA", "NEHA", "ARJUN", "KAVYA", "ROHAN", "IMRAN", "ASIF", "FARHAN",
            "SANA", "AYESHA", "ZUBAIR", "WASEEM", "NADIA", "SHAHID", "USMAN",
        ],
        surname_roots: &[
            "SHARM", "VERM", "GUPT", "SINGH", "KUMAR", "PATEL", "REDD", "RAO", "NAIR", "IYER",
            "MEHT", "JOSH", "CHOUDHR", "KHAN", "AHMAD", "MALIK", "HUSSAIN", "QURESH", "CHAUDHR",
            "BUTT", "SHAIKH", "MIRZA", "SIDDIQU", "BHATT", "DESAI", "KAPOOR", "MISHR", "PANDEY",
            "YADAV", "JAIN",
        ],
        surname_suffixes: &["A", "", "I", "Y"],
        prefixes: &[],
        nationalities: &["IND", "PAK", "BGD", "LKA", "NPL"],
    },
    Origin {
        given: &[
            "MEHMET",
            "AHMET",
            "MUSTAFA",
            "EMRE",
            "BURAK",
            "AYSE",
            "FATMA",
            "ZEYNEP",
            "ELIF",
            "HULYA",
            "REZA",
            "ALI",
            "HOSSEIN",
            "MARYAM",
            "SARA",
            "DARIUSH",
            "FARHAD",
            "SHIRIN",
            "NIKOS",
            "GEORGIOS",
            "DIMITRIOS",
            "ELENI",
            "MARIA",
            "KONSTANTINOS",
            "SOPHIA",
        ],
        surname_roots: &[
            "YILMAZ",
            "KAYA",
            "DEMIR",
            "SAHIN",
            "CELIK",
            "YILDIZ",
            "OZTURK",
            "AYDIN",
            "ARSLAN",
            "DOGAN",
            "HOSSEINI",
            "AHMADI",
            "MOHAMMADI",
            "KARIMI",
            "RAHIMI",
            "MOUSAVI",
            "JAFARI",
            "REZAEI",
            "PAPADOPOUL",
            "GEORGIOU",
            "NIKOLAOU",
            "DIMITRIOU",
            "KONSTANTIN",
            "PAPAS",
            "VLAH",
            "KARAGIANN",
            "OIKONOMOU",
            "MAKR",
            "ANTONIOU",
            "IOANNOU",
        ],
        surname_suffixes: &["", "OS", "IS", "AN"],
        prefixes: &[],
        nationalities: &["TUR", "IRN", "GRC", "CYP", "AZE"],
    },
    Origin {
        given: &[
            "MINH", "ANH", "HUNG", "LAN", "THAO", "DUC", "TUAN", "LINH", "HOA", "QUANG", "JIHOON",
            "MINJUN", "SEOYEON", "JIWOO", "HYUN", "SUNG", "YOUNG", "EUN", "DEWI", "AGUS", "BUDI",
            "SITI", "RINA", "JOKO", "PUTRI",
        ],
        surname_roots: &[
            "NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "VU", "VO", "DANG", "BUI", "DO", "KIM", "LEE",
            "PARK", "CHOI", "JUNG", "KANG", "CHO", "YOON", "JANG", "LIM", "SANTOSO", "WIJAYA",
            "SUSANTO", "HARTONO", "SETIAWAN", "GUNAWAN", "KUSUMA", "SAPUTRA", "HIDAYAT", "PRATAMA",
        ],
        surname_suffixes: &[""],
        prefixes: &[],
        nationalities: &["VNM", "KOR", "IDN", "MYS", "PHL"],
    },
];

/// Transliteration variants a sender may use for a listed spelling.
const SPELLINGS: &[(&str, &str)] = &[
    ("MOHAMMED", "MUHAMMAD"),
    ("MOHAMMED", "MOHAMED"),
    ("AHMED", "AHMAD"),
    ("YUSUF", "YOUSSEF"),
    ("HUSSEIN", "HUSAYN"),
    ("HOSSEIN", "HUSSEIN"),
    ("ALEKSANDR", "ALEXANDER"),
    ("SERGEI", "SERGEY"),
    ("DMITRY", "DMITRII"),
    ("ALEKSEI", "ALEXEY"),
    ("YURI", "IURII"),
    ("JOERG", "JORG"),
    ("JUERGEN", "JURGEN"),
    ("MUELL", "MULL"),
    ("KRUEG", "KRUG"),
    ("OV", "OFF"),
    ("SKY", "SKIY"),
    ("KHALID", "KHALED"),
    ("OMAR", "UMAR"),
    ("TARIQ", "TAREK"),
    ("ZHANG", "CHANG"),
    ("QASIM", "KASSEM"),
];

/// Nicknames a traveller may book under, for a listed given name.
const NICKNAMES: &[(&str, &str)] = &[
    ("WILLIAM", "BILL"),
    ("ROBERT", "BOB"),
    ("MICHAEL", "MIKE"),
    ("ELIZABETH", "LIZ"),
    ("ALEKSANDR", "SASHA"),
    ("FRANCISCO", "PACO"),
    ("JOSE", "PEPE"),
    ("JAMES", "JIM"),
    ("THOMAS", "TOM"),
    ("DANIEL", "DAN"),
    ("EDWARD", "TED"),
    ("RICHARD", "RICK"),
];

/// A generated person (list entry or traveller).
#[derive(Debug, Clone)]
struct Person {
    given: Vec<String>,
    surname: String,
    date_of_birth: NaiveDate,
    nationality: &'static str,
    document: String,
}

impl Person {
    fn full_name(&self) -> String {
        format!("{} {}", self.given.join(" "), self.surname)
    }
}

fn person(rng: &mut Rng) -> Person {
    let origin = &ORIGINS[rng.below(ORIGINS.len())];
    let mut given = vec![rng.skewed(origin.given).to_string()];
    if rng.chance(0.35) {
        given.push(origin.given[rng.below(origin.given.len())].to_string());
    }
    let root = origin.surname_roots[rng.below(origin.surname_roots.len())];
    let suffix = origin.surname_suffixes[rng.below(origin.surname_suffixes.len())];
    // Syllables make surnames diverse, as in real lists of a million people.
    let mut surname = format!("{root}{suffix}");
    if rng.chance(0.6) {
        let syllables = [
            "AN", "EL", "OR", "IM", "US", "AR", "EN", "ID", "OL", "AK", "ES", "UR", "IN", "AB",
            "OV",
        ];
        surname.push_str(syllables[rng.below(syllables.len())]);
        if rng.chance(0.5) {
            surname.push_str(syllables[rng.below(syllables.len())]);
        }
    }
    if !origin.prefixes.is_empty() && rng.chance(0.3) {
        surname = format!(
            "{} {surname}",
            origin.prefixes[rng.below(origin.prefixes.len())]
        );
    }
    if rng.chance(0.15) {
        let second = origin.surname_roots[rng.below(origin.surname_roots.len())];
        surname = format!(
            "{surname} {second}{}",
            origin.surname_suffixes[rng.below(origin.surname_suffixes.len())]
        );
    }
    let days = rng.below(365 * 70) as i64;
    let date_of_birth =
        NaiveDate::from_ymd_opt(1940, 1, 1).unwrap_or_default() + chrono::Duration::days(days);
    let nationality = origin.nationalities[rng.below(origin.nationalities.len())];
    let document = format!(
        "{}{:08}",
        char::from(b'A' + rng.below(26) as u8),
        rng.below(100_000_000)
    );
    Person {
        given,
        surname,
        date_of_birth,
        nationality,
        document,
    }
}

/// Returns `n` synthetic list entries (about a third with aliases).
pub fn entries(n: usize, seed: u64) -> Vec<ListEntry> {
    let mut rng = Rng::new(seed);
    (0..n)
        .map(|i| {
            let p = person(&mut rng);
            let mut names = vec![p.full_name()];
            if rng.chance(0.35) {
                names.push(variant(&p, &mut rng).full_name());
            }
            if rng.chance(0.1) {
                names.push(person(&mut rng).full_name());
            }
            let dates_of_birth = if rng.chance(0.2) {
                vec![PartialDate::Year(chrono::Datelike::year(&p.date_of_birth))]
            } else {
                vec![PartialDate::Full(p.date_of_birth)]
            };
            ListEntry {
                id: format!("SYN{i:07}"),
                list: "synthetic".to_owned(),
                category: "sanctions".to_owned(),
                names,
                dates_of_birth,
                nationalities: vec![p.nationality.to_owned()],
                gender: None,
                documents: if rng.chance(0.3) {
                    vec![EntryDocument {
                        number: p.document.clone(),
                        country: Some(p.nationality.to_owned()),
                        doc_type: Some("P".to_owned()),
                    }]
                } else {
                    Vec::new()
                },
            }
        })
        .collect()
}

/// Returns one variant of a person's name, as a traveller or an alias might write it.
fn variant(p: &Person, rng: &mut Rng) -> Person {
    let mut v = p.clone();
    match rng.below(9) {
        0 => v.surname = typo(&v.surname, rng),
        1 => {
            let first = typo(&v.given[0], rng);
            v.given[0] = first;
        }
        2 => {
            for (from, to) in SPELLINGS {
                if v.full_name().contains(from) {
                    v.given = v.given.iter().map(|g| g.replace(from, to)).collect();
                    v.surname = v.surname.replace(from, to);
                    break;
                }
            }
        }
        3 => {
            // Surname first, as some senders write it.
            let surname = std::mem::take(&mut v.surname);
            v.surname = v.given.join(" ");
            v.given = vec![surname];
        }
        4 if v.given.len() > 1 => {
            v.given.truncate(1);
        }
        4 => v.given.push("JAMAL".to_owned()),
        5 => v.surname = v.surname.replace(' ', ""),
        6 => v.surname = v.surname.replace("AL", "AL-").replace("VAN", "VAN "),
        7 => {
            for (formal, nickname) in NICKNAMES {
                if v.given[0] == *formal {
                    v.given[0] = (*nickname).to_owned();
                }
            }
        }
        _ => {
            if v.given.len() > 1 {
                v.given[1] = v.given[1][..1].to_owned();
            }
        }
    }
    v
}

fn typo(word: &str, rng: &mut Rng) -> String {
    let mut bytes = word.as_bytes().to_vec();
    if bytes.len() < 4 {
        return word.to_owned();
    }
    let i = 1 + rng.below(bytes.len() - 2);
    match rng.below(3) {
        0 => bytes.swap(i, i + 1),
        1 => {
            bytes.remove(i);
        }
        _ => bytes.insert(i, bytes[i]),
    }
    String::from_utf8(bytes).unwrap_or_else(|_| word.to_owned())
}

/// Returns `n` travellers: `listed_share` of them variants of entries of `list` (with the listed
/// date of birth, sometimes day and month swapped), the others new people.
pub fn travellers(list: &[ListEntry], n: usize, listed_share: f64, seed: u64) -> Vec<Subject> {
    let mut rng = Rng::new(seed.wrapping_add(1));
    (0..n)
        .map(|_| {
            if !list.is_empty() && rng.chance(listed_share) {
                let entry = &list[rng.below(list.len())];
                let listed = parse_listed(entry, &mut rng);
                let v = variant(&listed, &mut rng);
                Subject {
                    name: v.full_name(),
                    date_of_birth: Some(v.date_of_birth),
                    nationality: Some(v.nationality.to_owned()),
                    gender: None,
                    documents: vec![(v.nationality.to_owned(), v.document)],
                }
            } else {
                let p = person(&mut rng);
                Subject {
                    name: p.full_name(),
                    date_of_birth: Some(p.date_of_birth),
                    nationality: Some(p.nationality.to_owned()),
                    gender: None,
                    documents: vec![(p.nationality.to_owned(), p.document)],
                }
            }
        })
        .collect()
}

/// Rebuilds a person from a list entry's primary name (first word(s) given, last surname).
fn parse_listed(entry: &ListEntry, rng: &mut Rng) -> Person {
    let name = entry.names.first().cloned().unwrap_or_default();
    let mut words: Vec<String> = name.split(' ').map(str::to_owned).collect();
    let surname = words.pop().unwrap_or_default();
    let date_of_birth = match entry.dates_of_birth.first() {
        Some(PartialDate::Full(date)) => *date,
        Some(other) => NaiveDate::from_ymd_opt(
            other.year(),
            1 + rng.below(12) as u32,
            1 + rng.below(28) as u32,
        )
        .unwrap_or_default(),
        None => NaiveDate::default(),
    };
    let nationality = ORIGINS
        .iter()
        .flat_map(|o| o.nationalities.iter())
        .find(|n| entry.nationalities.first().is_some_and(|l| l == *n))
        .copied()
        .unwrap_or("XXX");
    let document = entry
        .documents
        .first()
        .map(|d| d.number.clone())
        .unwrap_or_default();
    Person {
        given: if words.is_empty() {
            vec![surname.clone()]
        } else {
            words
        },
        surname,
        date_of_birth,
        nationality,
        document,
    }
}

/// Returns `n` stolen/lost document records with numbers of the shapes travellers carry.
pub fn lost_documents(n: usize, seed: u64) -> impl Iterator<Item = DocumentRecord> {
    let mut rng = Rng::new(seed.wrapping_add(2));
    let countries: Vec<&'static str> = ORIGINS
        .iter()
        .flat_map(|o| o.nationalities.iter().copied())
        .collect();
    (0..n).map(move |_| DocumentRecord {
        number: format!(
            "{}{:08}",
            char::from(b'A' + rng.below(26) as u8),
            rng.below(100_000_000)
        ),
        issuing_country: countries[rng.below(countries.len())].to_owned(),
        doc_type: Some("P".to_owned()),
        status: if rng.chance(0.7) {
            DocumentStatus::Stolen
        } else {
            DocumentStatus::Lost
        },
        reported_on: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_varied() {
        let a = entries(200, 7);
        let b = entries(200, 7);
        assert_eq!(a, b);
        let distinct: std::collections::HashSet<_> = a.iter().map(|e| e.names[0].clone()).collect();
        assert!(distinct.len() > 150, "{}", distinct.len());
        let traffic = travellers(&a, 100, 0.5, 7);
        assert_eq!(traffic.len(), 100);
    }
}
