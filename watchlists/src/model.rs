//! The list entry model: persons on watchlists and stolen/lost travel-document records.

use std::fmt;

use chrono::{Datelike, NaiveDate};
use paxscreen_ingest::model::Gender;
use serde::{Deserialize, Serialize};

/// A date of birth as lists give it: full, year and month, or year only.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PartialDate {
    /// Year only (`1972`).
    Year(i32),
    /// Year and month (`1972-03`).
    YearMonth(i32, u32),
    /// Full date.
    Full(NaiveDate),
}

impl PartialDate {
    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; `None` otherwise.
    pub fn parse(text: &str) -> Option<PartialDate> {
        let text = text.trim();
        let mut parts = text.split('-');
        let year: i32 = parts.next()?.parse().ok()?;
        if !(1000..=9999).contains(&year) {
            return None;
        }
        match (parts.next(), parts.next(), parts.next()) {
            (None, _, _) if text.len() == 4 => Some(PartialDate::Year(year)),
            (Some(month), None, _) if month.len() == 2 => {
                let month: u32 = month.parse().ok()?;
                (1..=12)
                    .contains(&month)
                    .then_some(PartialDate::YearMonth(year, month))
            }
            (Some(month), Some(day), None) if month.len() == 2 && day.len() == 2 => {
                NaiveDate::from_ymd_opt(year, month.parse().ok()?, day.parse().ok()?)
                    .map(PartialDate::Full)
            }
            _ => None,
        }
    }

    /// Returns the year.
    pub fn year(&self) -> i32 {
        match self {
            PartialDate::Year(year) | PartialDate::YearMonth(year, _) => *year,
            PartialDate::Full(date) => date.year(),
        }
    }

    /// Returns the month, when known.
    pub fn month(&self) -> Option<u32> {
        match self {
            PartialDate::Year(_) => None,
            PartialDate::YearMonth(_, month) => Some(*month),
            PartialDate::Full(date) => Some(date.month()),
        }
    }

    /// Returns the day, when known.
    pub fn day(&self) -> Option<u32> {
        match self {
            PartialDate::Full(date) => Some(date.day()),
            _ => None,
        }
    }
}

impl fmt::Display for PartialDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PartialDate::Year(year) => write!(f, "{year:04}"),
            PartialDate::YearMonth(year, month) => write!(f, "{year:04}-{month:02}"),
            PartialDate::Full(date) => write!(f, "{}", date.format("%Y-%m-%d")),
        }
    }
}

impl Serialize for PartialDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for PartialDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        PartialDate::parse(&text)
            .ok_or_else(|| serde::de::Error::custom("expected YYYY, YYYY-MM or YYYY-MM-DD"))
    }
}

/// A document listed with a person (a passport of a listed individual).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntryDocument {
    /// Number, normalised (upper-case A–Z and 0–9).
    pub number: String,
    /// Issuing country, alpha-3 or ICAO code, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Document type as listed (`passport`, `national id`, `P`…), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_type: Option<String>,
}

/// A person on a watchlist.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListEntry {
    /// Identifier, unique within its list.
    pub id: String,
    /// Name of the list the entry belongs to.
    pub list: String,
    /// Category of the entry (`sanctions`, `wanted`, `terrorism`…).
    pub category: String,
    /// Names as listed: the primary name first, then aliases. Each is a full name in the order
    /// the list gives it; matching does not depend on the order.
    pub names: Vec<String>,
    /// Dates of birth (lists often give several or only a year).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub dates_of_birth: Vec<PartialDate>,
    /// Nationalities, alpha-3 or ICAO codes.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub nationalities: Vec<String>,
    /// Gender, when listed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub gender: Option<Gender>,
    /// Travel documents listed with the person.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub documents: Vec<EntryDocument>,
}

/// Status of a stolen/lost travel-document record.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentStatus {
    /// Reported stolen.
    Stolen,
    /// Reported lost.
    Lost,
    /// Revoked or cancelled by the issuer.
    Revoked,
    /// Stolen blank (never issued).
    StolenBlank,
    /// Anything else the list says (invalid, fraudulent…).
    Invalid,
}

impl DocumentStatus {
    /// Parses a status word; unknown words are `None`.
    pub fn parse(text: &str) -> Option<DocumentStatus> {
        match text
            .trim()
            .to_ascii_lowercase()
            .replace([' ', '-'], "_")
            .as_str()
        {
            "stolen" => Some(DocumentStatus::Stolen),
            "lost" => Some(DocumentStatus::Lost),
            "revoked" | "cancelled" | "canceled" => Some(DocumentStatus::Revoked),
            "stolen_blank" | "blank" => Some(DocumentStatus::StolenBlank),
            "invalid" | "fraudulent" | "void" => Some(DocumentStatus::Invalid),
            _ => None,
        }
    }
}

/// A stolen, lost or revoked travel document.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentRecord {
    /// Number, normalised (upper-case A–Z and 0–9).
    pub number: String,
    /// Issuing country, alpha-3 or ICAO code.
    pub issuing_country: String,
    /// Document type as listed (`P`, `I`, `passport`…), when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub doc_type: Option<String>,
    /// Status.
    pub status: DocumentStatus,
    /// Date reported, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reported_on: Option<NaiveDate>,
}

/// A named list with its category and its own alert threshold.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ListInfo {
    /// List name, such as `un-sc` or `national-wanted`.
    pub name: String,
    /// Default category of its entries.
    pub category: String,
    /// Score from which a match on this list is a hit (0–1); `None` uses the screener default.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub threshold: Option<f64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_dates() {
        assert_eq!(PartialDate::parse("1972"), Some(PartialDate::Year(1972)));
        assert_eq!(
            PartialDate::parse("1972-03"),
            Some(PartialDate::YearMonth(1972, 3))
        );
        assert_eq!(
            PartialDate::parse("1972-03-15").map(|d| d.to_string()),
            Some("1972-03-15".to_owned())
        );
        assert_eq!(PartialDate::parse("1972-13"), None);
        assert_eq!(PartialDate::parse("1972-02-30"), None);
        assert_eq!(PartialDate::parse("72"), None);
        assert_eq!(PartialDate::parse("1972-3-5"), None);
    }

    #[test]
    fn statuses() {
        assert_eq!(
            DocumentStatus::parse("Stolen"),
            Some(DocumentStatus::Stolen)
        );
        assert_eq!(
            DocumentStatus::parse("stolen blank"),
            Some(DocumentStatus::StolenBlank)
        );
        assert_eq!(DocumentStatus::parse("mislaid"), None);
    }
}
