//! The facts of a listed entry that every namesake check reads (date of birth, nationality,
//! gender), packed next to the names that carry them so that deciding on thousands of namesakes
//! reads memory in order instead of following each entry's vectors and strings.

use paxscreen_ingest::model::Gender;
use paxscreen_watchlists::{ListEntry, PartialDate};

use crate::score::evidence::{NATIONALITY_MATCH_BITS, NATIONALITY_MISMATCH_BITS};
use crate::score::{date_of_birth_bits, gender_bits};

/// An entry's evidence facts, packed.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Facts {
    date_of_birth: Option<PartialDate>,
    /// Nationality as three letters in a `u32` (0 when none).
    nationality: u32,
    gender: Option<Gender>,
    /// The entry lists more than one date of birth or nationality: the facts are incomplete
    /// and the entry itself must be read.
    incomplete: bool,
}

/// Packs a three-letter code into a `u32` (0 for anything else).
pub(crate) fn pack_country(code: &str) -> u32 {
    match code.as_bytes() {
        [a, b, c] => u32::from_le_bytes([*a, *b, *c, 1]),
        _ => 0,
    }
}

impl Facts {
    pub(crate) fn of(entry: &ListEntry) -> Facts {
        Facts {
            date_of_birth: entry.dates_of_birth.first().copied(),
            nationality: entry
                .nationalities
                .first()
                .map_or(0, |code| pack_country(code)),
            gender: entry.gender,
            incomplete: entry.dates_of_birth.len() > 1
                || entry.nationalities.len() > 1
                || entry
                    .nationalities
                    .first()
                    .is_some_and(|c| pack_country(c) == 0),
        }
    }

    /// Returns true when the entry gives a date of birth.
    pub(crate) fn has_date_of_birth(&self) -> bool {
        self.date_of_birth.is_some()
    }

    /// Returns the date of birth, nationality and gender evidence for a traveller in bits, or
    /// `None` when the facts are incomplete. `nationality` is the traveller's, packed.
    pub(crate) fn evidence(
        &self,
        date_of_birth: Option<chrono::NaiveDate>,
        nationality: Option<u32>,
        gender: Option<Gender>,
    ) -> Option<f32> {
        if self.incomplete {
            return None;
        }
        let dates = self.date_of_birth.as_slice();
        let nationality = match (nationality, self.nationality) {
            (Some(_), 0) | (None, _) => 0.0,
            (Some(traveller), listed) if traveller == listed => NATIONALITY_MATCH_BITS,
            (Some(_), _) => NATIONALITY_MISMATCH_BITS,
        };
        Some(
            date_of_birth_bits(date_of_birth, dates)
                + nationality
                + gender_bits(gender, self.gender),
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::score::nationality_bits;

    fn entry(dates: &[&str], nationalities: &[&str], gender: Option<Gender>) -> ListEntry {
        ListEntry {
            id: "E1".to_owned(),
            list: "l".to_owned(),
            category: String::new(),
            names: vec!["A B".to_owned()],
            dates_of_birth: dates.iter().filter_map(|d| PartialDate::parse(d)).collect(),
            nationalities: nationalities.iter().map(|n| (*n).to_owned()).collect(),
            gender,
            documents: Vec::new(),
        }
    }

    #[test]
    fn packed_evidence_equals_the_entry_evidence() {
        let dob = chrono::NaiveDate::from_ymd_opt(1980, 4, 5);
        let cases = [
            entry(&["1980-04-05"], &["FRA"], Some(Gender::M)),
            entry(&["1980"], &[], None),
            entry(&["1975-04-05"], &["DEU"], Some(Gender::F)),
            entry(&[], &["FRA"], None),
        ];
        for listed in &cases {
            for nationality in [None, Some("FRA"), Some("DEU")] {
                for gender in [None, Some(Gender::M), Some(Gender::F)] {
                    let expected = date_of_birth_bits(dob, &listed.dates_of_birth)
                        + nationality_bits(nationality, &listed.nationalities)
                        + gender_bits(gender, listed.gender);
                    let packed = Facts::of(listed)
                        .evidence(dob, nationality.map(pack_country), gender)
                        .expect("complete facts");
                    assert!(
                        (packed - expected).abs() < 1e-6,
                        "{listed:?} {nationality:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn several_dates_or_nationalities_are_incomplete() {
        let listed = entry(&["1980", "1981"], &["FRA"], None);
        assert!(Facts::of(&listed).evidence(None, None, None).is_none());
        let listed = entry(&["1980"], &["FRA", "DEU"], None);
        assert!(Facts::of(&listed).evidence(None, None, None).is_none());
    }
}
