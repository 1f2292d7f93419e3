//! Dates as EDIFACT and PNR senders write them, with century inference for two-digit years.
//!
//! Formats: `YYMMDD` (DTM format 101, the PAXLST default), `CCYYMMDD` (102), `YYMMDDHHMM` (201),
//! `CCYYMMDDHHMM` (203), PNRGOV `DDMMYY`, and SSR `DDMONYY` (`20OCT94`).

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime};

/// How to choose the century of a two-digit year.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Century {
    /// A date that cannot be after the reference date: a date of birth, an issue date.
    Past,
    /// A date near the reference, in either direction: expiry, flight dates.
    Near,
}

/// Resolves a two-digit year to a full date.
fn resolve(
    yy: i32,
    month: u32,
    day: u32,
    reference: NaiveDate,
    century: Century,
) -> Option<NaiveDate> {
    let base = reference.year() - reference.year().rem_euclid(100);
    let candidates = [base - 100 + yy, base + yy, base + 100 + yy];
    let mut dates = candidates
        .iter()
        .filter_map(|&year| NaiveDate::from_ymd_opt(year, month, day));
    match century {
        Century::Past => dates.rfind(|date| *date <= reference),
        Century::Near => dates.min_by_key(|date| (*date - reference).num_days().abs()),
    }
}

/// Most digits any format here has (`CCYYMMDDHHMM`).
const MAX_DIGITS: usize = 12;

/// The values of a text's digits, held inline: one date is read per DTM segment, and a `Vec`
/// each time was a measurable share of parsing (performance).
struct Digits {
    values: [u32; MAX_DIGITS],
    len: usize,
}

impl std::ops::Deref for Digits {
    type Target = [u32];

    fn deref(&self) -> &[u32] {
        self.values.get(..self.len).unwrap_or_default()
    }
}

/// Returns the values of the digits of `text`; `None` when it holds anything but ASCII digits,
/// or more digits than any format has (every caller rejects those lengths too).
fn digits(text: &str) -> Option<Digits> {
    let mut digits = Digits {
        values: [0; MAX_DIGITS],
        len: 0,
    };
    for &byte in text.as_bytes() {
        let slot = digits.values.get_mut(digits.len)?;
        *slot = char::from(byte).to_digit(10)?;
        digits.len += 1;
    }
    Some(digits)
}

fn number(d: &[u32]) -> u32 {
    d.iter().fold(0, |acc, &x| acc * 10 + x)
}

/// Parses a date of six (`YYMMDD`) or eight (`CCYYMMDD`) digits.
pub fn parse_ymd(text: &str, reference: NaiveDate, century: Century) -> Option<NaiveDate> {
    let d = digits(text.trim())?;
    match d.len() {
        6 => resolve(
            number(&d[0..2]) as i32,
            number(&d[2..4]),
            number(&d[4..6]),
            reference,
            century,
        ),
        8 => NaiveDate::from_ymd_opt(number(&d[0..4]) as i32, number(&d[4..6]), number(&d[6..8])),
        _ => None,
    }
}

/// Parses a DTM value by its length: dates (6 or 8 digits) or date-times (10 or 12 digits).
pub fn parse_dtm(text: &str, reference: NaiveDate, century: Century) -> Option<NaiveDateTime> {
    let text = text.trim();
    let d = digits(text)?;
    let (date_len, time) = match d.len() {
        6 | 8 => (d.len(), NaiveTime::MIN),
        10 | 12 => (d.len() - 4, hhmm(&d[d.len() - 4..])?),
        _ => return None,
    };
    let date = parse_ymd(&text[..date_len], reference, century)?;
    Some(date.and_time(time))
}

fn hhmm(d: &[u32]) -> Option<NaiveTime> {
    let hour = number(&d[0..2]);
    let minute = number(&d[2..4]);
    // 2400 is written by some senders for midnight at the end of the day.
    if hour == 24 && minute == 0 {
        return NaiveTime::from_hms_opt(23, 59, 0);
    }
    NaiveTime::from_hms_opt(hour, minute, 0)
}

/// Parses a UNB date (`YYMMDD` or `CCYYMMDD`) and optional time (`HHMM`).
pub fn parse_date_time(date: &str, time: Option<&str>) -> Option<NaiveDateTime> {
    let d = digits(date.trim())?;
    let day = match d.len() {
        // Interchange dates are recent: the 2000s.
        6 => NaiveDate::from_ymd_opt(
            2000 + number(&d[0..2]) as i32,
            number(&d[2..4]),
            number(&d[4..6]),
        )?,
        8 => NaiveDate::from_ymd_opt(number(&d[0..4]) as i32, number(&d[4..6]), number(&d[6..8]))?,
        _ => return None,
    };
    let time = match time.map(str::trim).and_then(digits) {
        Some(t) if t.len() == 4 => hhmm(&t)?,
        _ => NaiveTime::MIN,
    };
    Some(day.and_time(time))
}

/// Parses a PNRGOV date `DDMMYY` (or `DDMMCCYY`).
pub fn parse_dmy(text: &str, reference: NaiveDate, century: Century) -> Option<NaiveDate> {
    let d = digits(text.trim())?;
    match d.len() {
        6 => resolve(
            number(&d[4..6]) as i32,
            number(&d[2..4]),
            number(&d[0..2]),
            reference,
            century,
        ),
        8 => NaiveDate::from_ymd_opt(number(&d[4..8]) as i32, number(&d[2..4]), number(&d[0..2])),
        _ => None,
    }
}

/// Parses a PNRGOV date `DDMMYY` with an optional time `HHMM`.
pub fn parse_dmy_time(
    date: &str,
    time: Option<&str>,
    reference: NaiveDate,
    century: Century,
) -> Option<NaiveDateTime> {
    let day = parse_dmy(date, reference, century)?;
    let time = match time.map(str::trim).and_then(digits) {
        Some(t) if t.len() == 4 => hhmm(&t)?,
        _ => NaiveTime::MIN,
    };
    Some(day.and_time(time))
}

/// Parses an SSR date `DDMONYY` such as `20OCT94` (or `20OCT1994`).
pub fn parse_day_month_name(
    text: &str,
    reference: NaiveDate,
    century: Century,
) -> Option<NaiveDate> {
    let text = text.trim().to_ascii_uppercase();
    if !text.is_ascii() || text.len() < 7 {
        return None;
    }
    let day = number(&digits(&text[0..2])?);
    let month = match &text[2..5] {
        "JAN" => 1,
        "FEB" => 2,
        "MAR" => 3,
        "APR" => 4,
        "MAY" => 5,
        "JUN" => 6,
        "JUL" => 7,
        "AUG" => 8,
        "SEP" => 9,
        "OCT" => 10,
        "NOV" => 11,
        "DEC" => 12,
        _ => return None,
    };
    let year = digits(&text[5..])?;
    match year.len() {
        2 => resolve(number(&year) as i32, month, day, reference, century),
        4 => NaiveDate::from_ymd_opt(number(&year) as i32, month, day),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn birth_dates_are_never_in_the_future() {
        let today = date(2026, 11, 23);
        assert_eq!(
            parse_ymd("720315", today, Century::Past),
            Some(date(1972, 3, 15))
        );
        assert_eq!(
            parse_ymd("261123", today, Century::Past),
            Some(date(2026, 11, 23))
        );
        assert_eq!(
            parse_ymd("261124", today, Century::Past),
            Some(date(1926, 11, 24))
        );
        assert_eq!(
            parse_ymd("050101", today, Century::Past),
            Some(date(2005, 1, 1))
        );
        assert_eq!(
            parse_ymd("19720315", today, Century::Past),
            Some(date(1972, 3, 15))
        );
        assert_eq!(parse_ymd("720230", today, Century::Past), None);
    }

    #[test]
    fn near_dates_pick_the_closest_century() {
        let reference = date(2008, 7, 8);
        assert_eq!(
            parse_ymd("081230", reference, Century::Near),
            Some(date(2008, 12, 30))
        );
        assert_eq!(
            parse_ymd("300101", reference, Century::Near),
            Some(date(2030, 1, 1))
        );
        assert_eq!(
            parse_ymd("990101", reference, Century::Near),
            Some(date(1999, 1, 1))
        );
    }

    #[test]
    fn dtm_date_times() {
        let reference = date(2008, 7, 8);
        let parsed = parse_dtm("0807101500", reference, Century::Near).unwrap();
        assert_eq!(parsed.to_string(), "2008-07-10 15:00:00");
        assert_eq!(
            parse_dtm("200807101500", reference, Century::Near),
            Some(parsed)
        );
        assert_eq!(
            parse_dtm("20080710", reference, Century::Near)
                .unwrap()
                .to_string(),
            "2008-07-10 00:00:00"
        );
        assert_eq!(parse_dtm("0807102599", reference, Century::Near), None);
    }

    #[test]
    fn pnr_formats() {
        let reference = date(2020, 2, 23);
        assert_eq!(
            parse_dmy("230220", reference, Century::Near),
            Some(date(2020, 2, 23))
        );
        assert_eq!(
            parse_day_month_name("20OCT94", reference, Century::Past),
            Some(date(1994, 10, 20))
        );
        assert_eq!(
            parse_day_month_name("20APR28", reference, Century::Near),
            Some(date(2028, 4, 20))
        );
        assert_eq!(
            parse_day_month_name("20XYZ28", reference, Century::Near),
            None
        );
        assert_eq!(
            parse_dmy_time("270513", Some("0559"), reference, Century::Near)
                .unwrap()
                .to_string(),
            "2013-05-27 05:59:00"
        );
    }

    #[test]
    fn unb_dates() {
        assert_eq!(
            parse_date_time("140211", Some("1800")).unwrap().to_string(),
            "2014-02-11 18:00:00"
        );
        assert_eq!(
            parse_date_time("20140211", None).unwrap().to_string(),
            "2014-02-11 00:00:00"
        );
        assert_eq!(parse_date_time("1402", None), None);
    }
}
