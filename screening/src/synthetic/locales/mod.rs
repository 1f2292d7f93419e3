//! Names of many cultures for synthetic lists: given names and surnames with skewed (Zipf-like)
//! frequencies, compositional surnames where the culture builds them, middle names, patronymics,
//! father's and grandfather's names, second surnames and particles; for the cultures written in
//! another script, each name also in that script beside the Latin spelling a passport carries.
//!
//! The tables are in the submodules by region ([`middle_east`], [`slavic`], [`caucasus`],
//! [`east_asia`], [`south_east_asia`], [`europe`], [`africa_south_asia`]), one file a locale;
//! [`person`] draws a person of a locale, [`random_person`] one of a locale drawn by its weight.
//!
//! # How diverse, and why
//!
//! Real names have a common head and a very long tail, and a benchmark that counts false alerts
//! among travellers who are not listed needs both: with too few names, most travellers are the
//! namesake of someone on a list of a million and every figure measures those namesakes.
//!
//! - Surnames: the United States count over 6 million (some 150,000 cover 90 % of people;
//!   SMITH about 0.8 %), Germany some 850,000 (MUELLER 0.7–1 %), France 1.3 million, Italy
//!   350,000, Poland 400,000, Russia a quarter of a million and more; Thai surnames are unique to
//!   a family by law. Most are built: a stem and an ending (IVAN-OV, KOWAL-SKI, GRIGOR-YAN,
//!   BERI-DZE, ROSS-INI), two words (ROSEN-BERG, KARA-KAYA, TA-NAKA), a place and a suffix
//!   (TENDUL-KAR, BAGHDAD-I), a prefix and a stem (OLU-WASEUN, OKO-NKWO, PAPA-GEORGIOU). So each
//!   locale draws its surnames from a list of common whole surnames (the head, by a Zipf law)
//!   and from [`Compound`]s of word lists joined together (the tail, by flatter laws): the
//!   composition of each culture is described in its file.
//! - Closed stocks keep their real heads: NGUYEN about 38 % of Vietnamese, KIM 21 % of Koreans,
//!   WANG, LI and ZHANG some 7 % each of Chinese, YILMAZ 3 % of Turks, COHEN 3 % of Israelis.
//!   There, as in reality, the given names carry the diversity: Chinese and Korean given names
//!   are two syllables from a stock of hundreds, Vietnamese ones a middle and a given syllable.
//! - Given names: the 100 most common cover some two thirds of a country's people, the rest
//!   spread over thousands; the lists hold a few hundred per culture and gender by a Zipf law,
//!   and cultures that build given names (Yoruba, Igbo, Thai, Japanese, Javanese, Sanskrit and
//!   Sikh names, ABD + a divine name) compose more.
//! - In a random sample of a million people of the world, most full names are unique, while
//!   the most common (a frequent given name with NGUYEN, WANG or KIM) recur some tens of times.
//!
//! A composed name is composed in both scripts from the same parts: a part is a pair of a Latin
//! spelling and a native one (Chinese, Japanese, Korean, Thai, Arabic, Persian, Hebrew) joined
//! piece by piece, or for the scripts a passport transliterates by rule (Russian, Ukrainian,
//! Greek, Armenian, Georgian) the native name joined and transliterated anew.
//!
//! Figures on a list of 1,000,000 entries (seed 1001; `cargo run --release -p
//! paxscreen-screening --features synthetic --example name_diversity`), before the stocks were
//! lengthened and now: 15,402 and 157,685 distinct words; 532,788 and 915,582 distinct names
//! (414,505 and 864,588 unique); the most common name 558 times (THI ANH NGUYEN) and 82 times
//! (the same); 59.7 % and 14.0 % of 20,000 population travellers carry a name that is on the
//! list. Top surnames now: KIM 20 %, NGUYEN 33 %, WANG 7.5 %, YILMAZ 3.4 %, SMITH 1.3 %, SATO
//! 1.5 %, MUELLER 1.3 %, COHEN 3.9 % of their locales.

pub mod africa_south_asia;
pub mod caucasus;
pub mod cyrillic;
pub mod east_asia;
pub mod europe;
pub mod middle_east;
mod people;
pub mod pool;
pub mod script;
pub mod slavic;
pub mod south_east_asia;
#[cfg(test)]
mod tests;

use std::collections::HashMap;
use std::sync::OnceLock;

pub use people::{locale_of, person, random_person, Part, PartKind, Person};
use pool::Pool;
pub use pool::{Composer, Compound};
pub use script::Script;

/// How a locale arranges the parts of a name.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Shape {
    /// Given name, sometimes a second one (`middle`), surname, sometimes a second surname.
    Given {
        /// Share of people with a second given name.
        middle: f64,
        /// Share of people with a second surname (Spanish, Portuguese).
        second_surname: f64,
    },
    /// Given name, patronymic (a share of people), surname (Russian).
    Patronymic {
        /// Share of people listed with their patronymic.
        share: f64,
    },
    /// Given name, father's name, sometimes grandfather's name, family name (Arabic).
    Chain {
        /// Share with the father's name.
        father: f64,
        /// Share with the grandfather's name too.
        grandfather: f64,
    },
    /// Surname and a given name of one or two syllables written together (Chinese, Korean).
    Syllables {
        /// Share of given names of two syllables.
        two: f64,
    },
    /// Surname, middle name (VAN, THI…), given name (Vietnamese).
    Vietnamese,
}

/// How the native-script name is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NativeOrder {
    /// Given names first, words apart.
    GivenFirst,
    /// Surname first, then given names, with this separator (`""` for Chinese and Korean).
    SurnameFirst(&'static str),
}

/// A culture's name tables (see [`pool`] for the word-list format).
#[derive(Debug, Clone, Copy)]
pub struct Locale {
    /// Short code (`ar`, `ru`, `zh`…).
    pub code: &'static str,
    /// Name shown in reports.
    pub name: &'static str,
    /// Relative share of the locale in a generated list.
    pub weight: u32,
    /// Script of the native names.
    pub script: Script,
    /// How the native name is written.
    pub native_order: NativeOrder,
    /// Nationalities (alpha-3) of the locale's people.
    pub nationalities: &'static [&'static str],
    /// How the parts of a name are arranged.
    pub shape: Shape,
    /// Male given names (syllables for [`Shape::Syllables`]), most frequent first.
    pub male: &'static str,
    /// Female given names (or syllables), most frequent first.
    pub female: &'static str,
    /// Whole surnames, most frequent first.
    pub surnames: &'static str,
    /// Roots of compositional surnames.
    pub roots: &'static str,
    /// Endings of compositional surnames (`OV|OVA`).
    pub suffixes: &'static str,
    /// Share of surnames composed of a root and an ending.
    pub compose: f64,
    /// Further compositional surnames (shares of all surnames), drawn before the above.
    pub surname_compounds: &'static [Compound],
    /// Compositional male given names (shares of all male given names).
    pub male_compounds: &'static [Compound],
    /// Compositional female given names (shares of all female given names).
    pub female_compounds: &'static [Compound],
    /// Particles that may stand before a surname (`AL`, `VAN_DER`, `DE_LA`…).
    pub particles: &'static str,
    /// Share of surnames with a particle.
    pub particle_share: f64,
    /// Other romanisations: comma-separated groups of spellings of one name or name part,
    /// groups apart by whitespace (`MOHAMMED,MUHAMMAD,MOHAMED`).
    pub spellings: &'static str,
    /// Zipf exponent of given names.
    pub given_skew: f64,
    /// Zipf exponent of surnames.
    pub surname_skew: f64,
}

/// A locale's tables, read once.
#[derive(Debug)]
pub struct Tables {
    /// The locale.
    pub locale: &'static Locale,
    /// Male given names.
    pub male: Pool,
    /// Female given names.
    pub female: Pool,
    /// Whole surnames.
    pub surnames: Pool,
    /// Surname roots.
    pub roots: Pool,
    /// Surname endings.
    pub suffixes: Pool,
    /// Particles.
    pub particles: Pool,
    /// Further compositional surnames.
    pub surname_compounds: Vec<Composer>,
    /// Compositional male given names.
    pub male_compounds: Vec<Composer>,
    /// Compositional female given names.
    pub female_compounds: Vec<Composer>,
    /// Other spellings of a Latin spelling.
    pub spellings: HashMap<String, Vec<String>>,
}

/// Every locale.
pub fn locales() -> Vec<&'static Locale> {
    let mut all: Vec<&'static Locale> = Vec::new();
    all.extend(middle_east::LOCALES);
    all.extend(slavic::LOCALES);
    all.extend(caucasus::LOCALES);
    all.extend(east_asia::LOCALES);
    all.extend(south_east_asia::LOCALES);
    all.extend(europe::LOCALES);
    all.extend(africa_south_asia::LOCALES);
    all
}

/// The tables of every locale, in the order of [`locales`].
pub fn tables() -> &'static [Tables] {
    static TABLES: OnceLock<Vec<Tables>> = OnceLock::new();
    TABLES.get_or_init(|| locales().into_iter().map(read).collect())
}

fn read(locale: &'static Locale) -> Tables {
    let script = locale.script;
    let mut spellings: HashMap<String, Vec<String>> = HashMap::new();
    for group in locale.spellings.split_whitespace() {
        let forms: Vec<String> = group.split(',').map(|s| s.replace('_', " ")).collect();
        for form in &forms {
            let others = spellings.entry(form.clone()).or_default();
            for other in &forms {
                if other != form && !others.contains(other) {
                    others.push(other.clone());
                }
            }
        }
    }
    Tables {
        locale,
        male: Pool::parse(locale.male, script, locale.given_skew),
        female: Pool::parse(locale.female, script, locale.given_skew),
        surnames: Pool::parse(locale.surnames, script, locale.surname_skew),
        roots: Pool::parse(locale.roots, script, locale.surname_skew),
        suffixes: Pool::parse(locale.suffixes, script, 0.8),
        particles: Pool::parse(locale.particles, script, 1.0),
        surname_compounds: Composer::read_all(locale.surname_compounds, script),
        male_compounds: Composer::read_all(locale.male_compounds, script),
        female_compounds: Composer::read_all(locale.female_compounds, script),
        spellings,
    }
}
