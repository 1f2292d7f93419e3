//! Evidence besides the name: date of birth, nationality, gender, in bits (log-likelihood
//! ratios, see [`super::model`]), each with the reason shown to officers.

use chrono::{Datelike, NaiveDate};
use paxscreen_ingest::model::Gender;
use paxscreen_watchlists::PartialDate;

use super::Reason;

/// How a traveller's date of birth compares with a listed one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateAgreement {
    /// The same full date.
    Exact,
    /// The same date with day and month swapped (a date written the other way round).
    Swapped,
    /// The list gives a year and month, and they agree.
    YearMonth,
    /// The list gives the year only, and it agrees.
    Year,
    /// One slip: a day apart, one digit of the day or month, the day or month's two digits
    /// swapped, the year one apart or with two digits swapped where the rest agrees.
    OneSlip,
    /// The list gives a year (and month), one apart from the traveller's.
    YearApart,
    /// The same year, another day or month.
    OtherDate,
    /// A slip of the year and another day or month.
    TwoSlips,
    /// Years far apart.
    Distant,
}

impl DateAgreement {
    /// The weight of the agreement, in bits.
    pub const fn bits(self) -> f32 {
        match self {
            DateAgreement::Exact => 14.5,
            DateAgreement::Swapped => 7.8,
            DateAgreement::YearMonth => 9.4,
            DateAgreement::Year => 5.8,
            DateAgreement::OneSlip => 3.5,
            DateAgreement::YearApart => -1.0,
            DateAgreement::OtherDate => -20.0,
            DateAgreement::TwoSlips => -20.0,
            DateAgreement::Distant => -26.0,
        }
    }

    /// The reason's code and text.
    fn describe(self) -> (&'static str, &'static str) {
        match self {
            DateAgreement::Exact => ("dob_match", "date of birth identical"),
            DateAgreement::Swapped => (
                "dob_match",
                "date of birth identical with day and month swapped",
            ),
            DateAgreement::YearMonth => ("dob_match", "year and month of birth identical"),
            DateAgreement::Year => (
                "dob_match",
                "year of birth identical (list gives the year only)",
            ),
            DateAgreement::OneSlip => ("dob_partial", "date of birth one slip away"),
            DateAgreement::YearApart => ("dob_partial", "year of birth one year apart"),
            DateAgreement::OtherDate => {
                ("dob_mismatch", "same year of birth, another day or month")
            }
            DateAgreement::TwoSlips => (
                "dob_mismatch",
                "year of birth one slip away, and another day or month",
            ),
            DateAgreement::Distant => ("dob_mismatch", "years of birth far apart"),
        }
    }
}

/// Returns how a traveller's date of birth compares with the best of the listed ones, and that
/// listed date (`None` when either is unknown).
pub fn compare_dates(
    traveller: Option<NaiveDate>,
    listed: &[PartialDate],
) -> Option<(DateAgreement, PartialDate)> {
    let traveller = traveller?;
    listed
        .iter()
        .map(|&date| (agreement(traveller, date), date))
        .max_by(|a, b| a.0.bits().total_cmp(&b.0.bits()))
}

/// Returns the date of birth evidence in bits (0 when either is unknown), without building a
/// reason: what screening computes for every candidate before deciding on a hit.
pub fn date_of_birth_bits(traveller: Option<NaiveDate>, listed: &[PartialDate]) -> f32 {
    compare_dates(traveller, listed).map_or(0.0, |(agreement, _)| agreement.bits())
}

/// Returns the date of birth evidence with a reason, when both are known.
pub fn date_of_birth_effect(
    traveller: Option<NaiveDate>,
    listed: &[PartialDate],
) -> Option<Reason> {
    let (agreement, date) = compare_dates(traveller, listed)?;
    let (code, detail) = agreement.describe();
    Some(Reason {
        code,
        detail: format!(
            "{detail} (traveller {}, list {date})",
            traveller.unwrap_or_default()
        ),
        effect: agreement.bits(),
    })
}

fn agreement(traveller: NaiveDate, listed: PartialDate) -> DateAgreement {
    let year_gap = (traveller.year() - listed.year()).abs();
    // Whether the listed month and day (those the list gives) agree with the traveller's.
    let agrees = listed.month().is_none_or(|m| m == traveller.month())
        && listed.day().is_none_or(|d| d == traveller.day());
    let full = matches!(listed, PartialDate::Full(_));
    match listed {
        PartialDate::Full(date) if date == traveller => DateAgreement::Exact,
        PartialDate::Full(date)
            if year_gap == 0
                && date.month() == traveller.day()
                && date.day() == traveller.month() =>
        {
            DateAgreement::Swapped
        }
        PartialDate::YearMonth(..) if year_gap == 0 && agrees => DateAgreement::YearMonth,
        PartialDate::Year(_) if year_gap == 0 => DateAgreement::Year,
        // A day apart, across a month or a year too (1998-12-31 / 1999-01-01): one slip.
        PartialDate::Full(date) if (date - traveller).num_days().abs() == 1 => {
            DateAgreement::OneSlip
        }
        // One field differs by a slip of one digit (10/11, 13/31).
        _ if year_gap == 0 && one_field_slip(traveller, listed) => DateAgreement::OneSlip,
        // A wholly other day or month (10/25), or both: most often another person of the same
        // name.
        _ if year_gap == 0 => DateAgreement::OtherDate,
        // A slip of the year alone in a full date (one apart, or two digits swapped where the
        // rest agrees; swapping adjacent digits changes a number by a multiple of nine, the
        // cheap test first).
        _ if agrees
            && full
            && (year_gap == 1
                || (year_gap % 9 == 0 && digits_transposed(traveller.year(), listed.year()))) =>
        {
            DateAgreement::OneSlip
        }
        _ if agrees
            && listed.month().is_some()
            && year_gap % 9 == 0
            && digits_transposed(traveller.year(), listed.year()) =>
        {
            DateAgreement::OneSlip
        }
        _ if agrees && year_gap == 1 => DateAgreement::YearApart,
        _ if year_gap == 1
            || (listed.month().is_some()
                && year_gap % 9 == 0
                && digits_transposed(traveller.year(), listed.year())) =>
        {
            DateAgreement::TwoSlips
        }
        _ => DateAgreement::Distant,
    }
}

/// Returns true when the one field (day or month) in which a listed date of the traveller's year
/// differs is one keying slip away: one digit changed, or its two digits swapped.
fn one_field_slip(traveller: NaiveDate, listed: PartialDate) -> bool {
    let (a, b) = match listed {
        PartialDate::Full(date)
            if date.month() != traveller.month() && date.day() != traveller.day() =>
        {
            return false;
        }
        PartialDate::Full(date) if date.month() != traveller.month() => {
            (traveller.month(), date.month())
        }
        PartialDate::Full(date) => (traveller.day(), date.day()),
        PartialDate::YearMonth(_, month) => (traveller.month(), month),
        PartialDate::Year(_) => return true,
    };
    let (a_tens, a_units, b_tens, b_units) = (a / 10, a % 10, b / 10, b % 10);
    a_tens == b_tens || a_units == b_units || (a_tens == b_units && a_units == b_tens)
}

/// Returns true when two years differ by a swap of two adjacent digits (1983 / 1938).
pub(crate) fn digits_transposed(a: i32, b: i32) -> bool {
    if !(0..10_000).contains(&a) || !(0..10_000).contains(&b) {
        return false;
    }
    // Digits from the right; runs for every namesake, so no text is built.
    let digit = |year: i32, i: u32| (year / 10_i32.pow(i)) % 10;
    let differing: u32 = (0..4).filter(|&i| digit(a, i) != digit(b, i)).count() as u32;
    differing == 2
        && (0..3).any(|i| {
            digit(a, i) != digit(b, i)
                && digit(a, i) == digit(b, i + 1)
                && digit(a, i + 1) == digit(b, i)
        })
}

/// Weight of a listed nationality that the traveller holds.
pub const NATIONALITY_MATCH_BITS: f32 = 1.5;

/// Weight of listed nationalities none of which the traveller holds.
pub const NATIONALITY_MISMATCH_BITS: f32 = -3.0;

/// Weight of genders that differ.
pub const GENDER_MISMATCH_BITS: f32 = -5.0;

/// Weight of a travel document listed with the entry, the same number; on its own, whatever
/// else disagrees, it makes a hit.
pub const DOCUMENT_EXACT_BITS: f32 = 20.0;

/// Weight of a travel document listed with the entry, one character apart (an OCR confusion or
/// two characters swapped); on its own, [`DOCUMENT_NEAR_ALONE_BITS`].
pub const DOCUMENT_NEAR_BITS: f32 = 6.0;

/// Evidence of a near document on its own, whatever else disagrees: not a hit without more.
pub const DOCUMENT_NEAR_ALONE_BITS: f32 = 12.0;

/// Returns the nationality evidence in bits (0 when either is unknown).
pub fn nationality_bits(traveller: Option<&str>, listed: &[String]) -> f32 {
    match traveller {
        Some(_) if listed.is_empty() => 0.0,
        Some(t) if listed.iter().any(|n| n == t) => NATIONALITY_MATCH_BITS,
        Some(_) => NATIONALITY_MISMATCH_BITS,
        None => 0.0,
    }
}

/// Returns the gender evidence in bits (0 unless both are known and differ).
pub fn gender_bits(traveller: Option<Gender>, listed: Option<Gender>) -> f32 {
    match (traveller, listed) {
        (Some(Gender::M), Some(Gender::F)) | (Some(Gender::F), Some(Gender::M)) => {
            GENDER_MISMATCH_BITS
        }
        _ => 0.0,
    }
}

/// Returns the nationality evidence with a reason, when both are known.
pub fn nationality_effect(traveller: Option<&str>, listed: &[String]) -> Option<Reason> {
    let traveller = traveller?;
    let effect = nationality_bits(Some(traveller), listed);
    if effect > 0.0 {
        Some(Reason {
            code: "nationality_match",
            detail: format!("nationality {traveller} listed"),
            effect,
        })
    } else if effect < 0.0 {
        Some(Reason {
            code: "nationality_mismatch",
            detail: format!("nationality {traveller}, list gives {}", listed.join("/")),
            effect,
        })
    } else {
        None
    }
}

/// Returns the gender evidence with a reason, when both are known and differ.
pub fn gender_effect(traveller: Option<Gender>, listed: Option<Gender>) -> Option<Reason> {
    let effect = gender_bits(traveller, listed);
    (effect < 0.0).then(|| Reason {
        code: "gender_mismatch",
        detail: "genders differ".to_owned(),
        effect,
    })
}
