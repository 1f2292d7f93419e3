//! The entries by date of birth: what finds, for a traveller, the entries whose date agrees
//! closely enough (the same date, the same date with day and month swapped, the same year and
//! month where the list gives only those) that the date alone can make a weak name a hit.
//!
//! Screening splits its candidates in two: the name index finds every name strong enough to be
//! a hit with any weaker date agreement (see [`crate::Screener::candidate_floor`]), and this
//! index the few entries whose date agrees closely, whatever their name, whose every name is
//! then scored. So the name walk never has to reach the weak names of the whole list.

use chrono::{Datelike, NaiveDate};
use paxscreen_watchlists::PartialDate;

/// A date of birth as a key: year, month (0 for none) and day (0 for none).
fn key(year: i32, month: u32, day: u32) -> u64 {
    ((year as i64 + 100_000) as u64) << 16 | u64::from(month) << 8 | u64::from(day)
}

/// Entries by the dates of birth they list, sorted by key.
#[derive(Debug, Default)]
pub(crate) struct DateIndex {
    keys: Vec<(u64, u32)>,
}

impl DateIndex {
    /// Indexes entries given as their lists of dates of birth, in position order.
    pub(crate) fn build<'a>(dates: impl Iterator<Item = &'a [PartialDate]>) -> DateIndex {
        let mut keys: Vec<(u64, u32)> = Vec::new();
        for (entry, listed) in dates.enumerate() {
            for date in listed {
                let k = match *date {
                    PartialDate::Full(date) => key(date.year(), date.month(), date.day()),
                    PartialDate::YearMonth(year, month) => key(year, month, 0),
                    // A year alone does not agree closely enough (see the module documentation).
                    PartialDate::Year(_) => continue,
                };
                keys.push((k, entry as u32));
            }
        }
        keys.sort_unstable();
        keys.dedup();
        DateIndex { keys }
    }

    /// Adds to `entries` the entries listing `date`, the date with day and month swapped, or
    /// its year and month alone.
    pub(crate) fn close_to(&self, date: NaiveDate, entries: &mut Vec<u32>) {
        let (year, month, day) = (date.year(), date.month(), date.day());
        let mut lookups = vec![key(year, month, day), key(year, month, 0)];
        if day <= 12 && day != month {
            lookups.push(key(year, day, month));
        }
        for k in lookups {
            let start = self.keys.partition_point(|&(key, _)| key < k);
            entries.extend(
                self.keys[start..]
                    .iter()
                    .take_while(|&&(key, _)| key == k)
                    .map(|&(_, entry)| entry),
            );
        }
    }

    /// Returns the heap memory held, in bytes.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.keys.capacity() * std::mem::size_of::<(u64, u32)>()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_same_date_swapped_dates_and_year_months() {
        let date = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        let listed = [
            vec![PartialDate::Full(date(1980, 4, 5))],
            vec![PartialDate::Full(date(1980, 5, 4))],
            vec![PartialDate::YearMonth(1980, 4)],
            vec![PartialDate::Year(1980)],
            vec![PartialDate::Full(date(1981, 4, 5))],
            vec![],
        ];
        let index = DateIndex::build(listed.iter().map(Vec::as_slice));
        let mut found = Vec::new();
        index.close_to(date(1980, 4, 5), &mut found);
        found.sort_unstable();
        assert_eq!(found, [0, 1, 2]);
    }
}
