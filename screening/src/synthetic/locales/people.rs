//! Drawing a person of a locale: the parts of the name (each in Latin letters and, where the
//! culture has one, in its script), gender, date of birth (ages 18–80) and nationality.

use chrono::NaiveDate;

use super::pool::{join, unit, Composer, Spelled};
use super::{tables, NativeOrder, Script, Shape, Tables};
use crate::synthetic::Rng;

/// What a part of a name is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PartKind {
    /// The first given name.
    Given,
    /// A second given name, a father's or grandfather's name (Arabic), a Vietnamese middle name.
    Middle,
    /// A patronymic (Russian).
    Patronymic,
    /// A particle before a surname or a father's name (`AL`, `VAN DER`, `BIN`…).
    Particle,
    /// A surname or family name.
    Surname,
}

/// A part of a name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Part {
    /// Passport spelling (one or more words).
    pub latin: String,
    /// The part in its own script.
    pub native: Option<String>,
    /// Latin spellings of the pieces a compound part was written from (`MIN`, `JUN`), empty
    /// for simple parts.
    pub pieces: Vec<String>,
    /// What the part is.
    pub kind: PartKind,
}

impl Part {
    fn new(spelled: &Spelled, kind: PartKind) -> Part {
        Part {
            latin: spelled.latin.clone(),
            native: spelled.native.clone(),
            pieces: Vec::new(),
            kind,
        }
    }
}

/// A generated person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Index of the locale in [`super::locales`].
    pub locale: usize,
    /// Given names, middle names, patronymic, father's names, in order.
    pub given: Vec<Part>,
    /// Surname parts (particles included), in order.
    pub surname: Vec<Part>,
    /// Female (else male).
    pub female: bool,
    /// Date of birth.
    pub date_of_birth: NaiveDate,
    /// Nationality (alpha-3).
    pub nationality: &'static str,
}

impl Person {
    /// The Latin name, given names first.
    pub fn latin_name(&self) -> String {
        self.given
            .iter()
            .chain(&self.surname)
            .map(|p| p.latin.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    }

    /// The name in the locale's script, written as the culture writes it (`None` when a part
    /// has no native form).
    pub fn native_name(&self) -> Option<String> {
        let locale = locale_of(self);
        let attach = locale.script == Script::Arabic;
        let block = |parts: &[Part]| -> Option<String> {
            let mut out = String::new();
            for (i, part) in parts.iter().enumerate() {
                out.push_str(part.native.as_deref()?);
                let glue = part.kind == PartKind::Particle && attach && out.ends_with('ل');
                if i + 1 < parts.len() && !glue {
                    out.push(' ');
                }
            }
            Some(out)
        };
        let given = block(&self.given)?;
        let surname = block(&self.surname)?;
        Some(match locale.native_order {
            NativeOrder::GivenFirst => format!("{given} {surname}"),
            NativeOrder::SurnameFirst(separator) => format!("{surname}{separator}{given}"),
        })
    }

    /// The locale's tables.
    pub fn tables(&self) -> &'static Tables {
        &tables()[self.locale]
    }
}

/// The locale of a person.
pub fn locale_of(person: &Person) -> &'static super::Locale {
    tables()[person.locale].locale
}

/// Draws a person of a locale drawn by weight.
pub fn random_person(rng: &mut Rng) -> Person {
    let all = tables();
    let total: u32 = all.iter().map(|t| t.locale.weight).sum();
    let mut target = rng.below(total.max(1) as usize) as u32;
    let mut locale = 0;
    for (i, t) in all.iter().enumerate() {
        if target < t.locale.weight {
            locale = i;
            break;
        }
        target -= t.locale.weight;
    }
    person(rng, locale)
}

/// Draws a person of the locale at `locale` (an index in [`super::locales`]).
pub fn person(rng: &mut Rng, locale: usize) -> Person {
    let t = &tables()[locale];
    let female = rng.chance(0.5);
    let given_pool = if female { &t.female } else { &t.male };
    let draw_given = |rng: &mut Rng, kind: PartKind| given_name(t, rng, female, kind);
    let mut given = Vec::new();
    let mut surname = Vec::new();
    match t.locale.shape {
        Shape::Given {
            middle,
            second_surname,
        } => {
            given.push(draw_given(rng, PartKind::Given));
            if rng.chance(middle) {
                let second = draw_given(rng, PartKind::Middle);
                if second.latin != given[0].latin {
                    given.push(second);
                }
            }
            surname.extend(surname_parts(t, rng, female));
            // A second surname (Spanish, Portuguese), and for a few a third.
            let mut more = usize::from(rng.chance(second_surname));
            more += usize::from(more == 1 && rng.chance(second_surname / 4.0));
            for _ in 0..more {
                let next = surname_parts(t, rng, female);
                if next.last().map(|p| &p.latin) != surname.last().map(|p| &p.latin) {
                    surname.extend(next);
                }
            }
        }
        Shape::Patronymic { share } => {
            given.push(draw_given(rng, PartKind::Given));
            if rng.chance(share) {
                if let Some(p) = patronymic(t, rng, female) {
                    given.push(p);
                }
            }
            surname.extend(surname_parts(t, rng, female));
        }
        Shape::Chain {
            father,
            grandfather,
        } => {
            given.push(draw_given(rng, PartKind::Given));
            if rng.chance(father) {
                if rng.chance(0.15) {
                    let (latin, native) = if female {
                        ("BINT", "بنت")
                    } else {
                        ("BIN", "بن")
                    };
                    given.push(Part::new(&spelled(latin, native), PartKind::Particle));
                }
                given.push(given_name(t, rng, false, PartKind::Middle));
                // Grandfather's name, and for some (Iraqi four-part names) his father's too.
                let mut ancestors = usize::from(rng.chance(grandfather));
                ancestors += usize::from(ancestors == 1 && rng.chance(0.3));
                for _ in 0..ancestors {
                    given.push(given_name(t, rng, false, PartKind::Middle));
                }
            }
            surname.extend(surname_parts(t, rng, female));
        }
        Shape::Syllables { two } => {
            let count = if rng.chance(two) { 2 } else { 1 };
            let mut name = given_pool.draw(rng).map(|i| i.male.clone());
            let mut pieces = name.iter().map(|s| s.latin.clone()).collect::<Vec<_>>();
            for _ in 1..count {
                // Two different syllables (a repeated one is rare in real names).
                let mut next = given_pool.uniform(rng).map(|i| i.male.clone());
                for _ in 0..3 {
                    if next.as_ref().map(|n| &n.latin) != name.as_ref().map(|n| &n.latin) {
                        break;
                    }
                    next = given_pool.uniform(rng).map(|i| i.male.clone());
                }
                if let (Some(first), Some(second)) = (&name, &next) {
                    name = Some(join(first, second, t.locale.script));
                    pieces.push(second.latin.clone());
                }
            }
            let mut part = Part::new(&name.unwrap_or_else(empty), PartKind::Given);
            if count > 1 {
                part.pieces = pieces;
            }
            given.push(part);
            surname.extend(surname_parts(t, rng, female));
        }
        Shape::Vietnamese => {
            // THI or VAN for under a third (fewer among the young), else a middle name of the
            // given-name stock; a second middle name for some (NGUYEN THI MINH KHAI).
            let middle = if female { "THI" } else { "VAN" };
            if rng.chance(0.3) {
                let middle = Spelled {
                    latin: middle.to_owned(),
                    native: None,
                };
                given.push(Part::new(&middle, PartKind::Middle));
            } else {
                given.push(draw_given(rng, PartKind::Middle));
            }
            let count = if rng.chance(0.15) { 2 } else { 1 };
            for k in 0..count {
                let kind = if k + 1 == count {
                    PartKind::Given
                } else {
                    PartKind::Middle
                };
                let mut next = draw_given(rng, kind);
                for _ in 0..3 {
                    if !given.iter().any(|m| m.latin == next.latin) {
                        break;
                    }
                    next = draw_given(rng, kind);
                }
                given.push(next);
            }
            surname.extend(surname_parts(t, rng, female));
        }
    }
    // Ages 18 to 80 on 1 January 2025.
    let days = rng.below(62 * 365) as i64;
    let date_of_birth =
        NaiveDate::from_ymd_opt(1945, 1, 1).unwrap_or_default() + chrono::Duration::days(days);
    let nationalities = t.locale.nationalities;
    let nationality = nationalities[(unit(rng).powi(2) * nationalities.len() as f64) as usize];
    Person {
        locale,
        given,
        surname,
        female,
        date_of_birth,
        nationality,
    }
}

/// A given name of a gender: a compositional one (by the shares of the locale's compounds) or
/// one of the whole names.
fn given_name(t: &Tables, rng: &mut Rng, female: bool, kind: PartKind) -> Part {
    let (pool, compounds) = if female {
        (&t.female, &t.female_compounds)
    } else {
        (&t.male, &t.male_compounds)
    };
    if let Some(composer) = Composer::pick(compounds, rng) {
        if let Some((name, pieces)) = composer.draw(rng, female, t.locale.script) {
            let mut part = Part::new(&name, kind);
            part.pieces = pieces;
            return part;
        }
    }
    let item = pool.draw(rng).map(|i| i.form(female).clone());
    Part::new(&item.unwrap_or_else(empty), kind)
}

/// A surname: a particle sometimes, then a compositional surname (by the shares of the
/// locale's compounds), a root with an ending, or a whole surname.
fn surname_parts(t: &Tables, rng: &mut Rng, female: bool) -> Vec<Part> {
    let mut parts = Vec::new();
    if !t.particles.is_empty() && rng.chance(t.locale.particle_share) {
        if let Some(item) = t.particles.draw(rng) {
            parts.push(Part::new(item.form(female), PartKind::Particle));
        }
    }
    if let Some(composer) = Composer::pick(&t.surname_compounds, rng) {
        if let Some((name, pieces)) = composer.draw(rng, female, t.locale.script) {
            let mut part = Part::new(&name, PartKind::Surname);
            part.pieces = pieces;
            parts.push(part);
            return parts;
        }
    }
    let composed = !t.roots.is_empty() && (t.surnames.is_empty() || rng.chance(t.locale.compose));
    let part = if composed {
        let root = t.roots.draw(rng).map(|i| i.form(female).clone());
        let ending = t.suffixes.draw(rng).map(|i| i.form(female).clone());
        match (root, ending) {
            (Some(root), Some(ending)) => {
                let mut part = Part::new(&join(&root, &ending, t.locale.script), PartKind::Surname);
                part.pieces = vec![root.latin, ending.latin];
                part
            }
            (Some(root), None) => Part::new(&root, PartKind::Surname),
            _ => Part::new(&empty(), PartKind::Surname),
        }
    } else {
        let item = t.surnames.draw(rng).map(|i| i.form(female).clone());
        Part::new(&item.unwrap_or_else(empty), PartKind::Surname)
    };
    parts.push(part);
    parts
}

/// A Russian patronymic from a father's name (several draws when a name forms it irregularly).
fn patronymic(t: &Tables, rng: &mut Rng, female: bool) -> Option<Part> {
    for _ in 0..4 {
        let father = t.male.draw(rng)?;
        let native = father.male.native.as_deref()?;
        if let Some(form) = super::cyrillic::patronymic(native, female) {
            let latin = t.locale.script.to_latin(&form);
            return Some(Part::new(
                &Spelled {
                    latin,
                    native: Some(form),
                },
                PartKind::Patronymic,
            ));
        }
    }
    None
}

fn spelled(latin: &str, native: &str) -> Spelled {
    Spelled {
        latin: latin.to_owned(),
        native: Some(native.to_owned()),
    }
}

fn empty() -> Spelled {
    Spelled {
        latin: String::new(),
        native: None,
    }
}
