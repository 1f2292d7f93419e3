//! Flight legs from the header's `DTM+189`, `DTM+232`, `LOC+125` and `LOC+87`.
//!
//! CUSRES (MESSAGES.md 3.1) writes a leg's times before its places: `DTM+189 DTM+232 LOC+125
//! LOC+87`, times optional. Some carriers echo legs in PAXLST order instead, each place followed
//! by its time: `LOC+125 DTM+189 LOC+87 DTM+232`. The order is recognised per message: PAXLST
//! order when a `DTM+189` directly follows a `LOC+125` (CUSRES order puts `LOC+87` there) or
//! when the last of these segments is a DTM (CUSRES order ends every leg with `LOC+87`).
//! Within an order, a segment starts a new leg when the current leg cannot take it.

use chrono::NaiveDateTime;

use super::ResponseLeg;
use crate::warning::Warning;

/// What a leg segment says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Item {
    /// `DTM+189` (`arrival` false) or `DTM+232`; `None` when the date is unreadable (warned).
    Time {
        arrival: bool,
        value: Option<NaiveDateTime>,
    },
    /// `LOC+125` (`arrival` false) or `LOC+87`.
    Place { arrival: bool, airport: String },
}

/// A leg segment and where it is.
#[derive(Debug, Clone)]
pub(super) struct Positioned {
    pub(super) item: Item,
    pub(super) offset: usize,
    pub(super) index: usize,
}

/// One leg being collected: each field is `Some` once its segment was seen.
#[derive(Default)]
struct Builder {
    departure_airport: Option<String>,
    arrival_airport: Option<String>,
    departure: Option<Option<NaiveDateTime>>,
    arrival: Option<Option<NaiveDateTime>>,
    /// Offset, index and tag of the leg's first segment, for warnings.
    start: Option<(usize, usize, &'static str)>,
}

impl Builder {
    fn is_empty(&self) -> bool {
        self.start.is_none()
    }

    fn has_place(&self) -> bool {
        self.departure_airport.is_some() || self.arrival_airport.is_some()
    }

    /// Returns true when `item` belongs to the next leg rather than to this one.
    fn is_full_for(&self, item: &Item, paxlst_order: bool) -> bool {
        match (item, paxlst_order) {
            (Item::Time { arrival: false, .. }, false) => {
                self.has_place() || self.departure.is_some()
            }
            (Item::Time { arrival: true, .. }, false) => self.has_place() || self.arrival.is_some(),
            (Item::Place { arrival: false, .. }, false) => self.has_place(),
            (Item::Place { arrival: true, .. }, false) => self.arrival_airport.is_some(),
            (Item::Place { arrival: false, .. }, true) => !self.is_empty(),
            (Item::Time { arrival: false, .. }, true) => {
                self.departure.is_some() || self.arrival_airport.is_some() || self.arrival.is_some()
            }
            (Item::Place { arrival: true, .. }, true) => {
                self.arrival_airport.is_some() || self.arrival.is_some()
            }
            (Item::Time { arrival: true, .. }, true) => self.arrival.is_some(),
        }
    }

    fn take(&mut self, positioned: Positioned) {
        let tag = match positioned.item {
            Item::Time { .. } => "DTM",
            Item::Place { .. } => "LOC",
        };
        self.start
            .get_or_insert((positioned.offset, positioned.index, tag));
        match positioned.item {
            Item::Time {
                arrival: false,
                value,
            } => self.departure = Some(value),
            Item::Time {
                arrival: true,
                value,
            } => self.arrival = Some(value),
            Item::Place {
                arrival: false,
                airport,
            } => self.departure_airport = Some(airport),
            Item::Place {
                arrival: true,
                airport,
            } => self.arrival_airport = Some(airport),
        }
    }

    fn finish(self, warnings: &mut Vec<Warning>) -> ResponseLeg {
        let (offset, index, tag) = self.start.unwrap_or((0, 0, "LOC"));
        let at = |warning: Warning| warning.at(offset, index, tag);
        if self.departure_airport.is_none() {
            warnings.push(at(Warning::new(
                "leg_without_departure",
                "flight leg has no LOC+125 departure airport",
            )));
        }
        if self.arrival_airport.is_none() {
            warnings.push(at(Warning::new(
                "leg_without_arrival",
                "flight leg has no LOC+87 arrival airport",
            )));
        }
        ResponseLeg {
            departure_airport: self.departure_airport.unwrap_or_default(),
            arrival_airport: self.arrival_airport.unwrap_or_default(),
            departure: self.departure.flatten(),
            arrival: self.arrival.flatten(),
        }
    }
}

/// Returns the legs the segments describe, in order.
pub(super) fn assemble(items: Vec<Positioned>, warnings: &mut Vec<Warning>) -> Vec<ResponseLeg> {
    let paxlst_order = is_paxlst_order(&items);
    let mut legs = Vec::new();
    let mut builder = Builder::default();
    for positioned in items {
        if builder.is_full_for(&positioned.item, paxlst_order) {
            legs.push(std::mem::take(&mut builder).finish(warnings));
        }
        builder.take(positioned);
    }
    if !builder.is_empty() {
        legs.push(builder.finish(warnings));
    }
    legs
}

fn is_paxlst_order(items: &[Positioned]) -> bool {
    let departure_then_its_time = items.windows(2).any(|pair| {
        matches!(
            (&pair[0].item, &pair[1].item),
            (
                Item::Place { arrival: false, .. },
                Item::Time { arrival: false, .. }
            )
        )
    });
    let ends_with_time = matches!(items.last(), Some(p) if matches!(p.item, Item::Time { .. }));
    departure_then_its_time || ends_with_time
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(arrival: bool, airport: &str) -> Item {
        Item::Place {
            arrival,
            airport: airport.to_owned(),
        }
    }

    fn time(arrival: bool, hour: u32) -> Item {
        let value =
            chrono::NaiveDate::from_ymd_opt(2025, 7, 3).and_then(|d| d.and_hms_opt(hour, 0, 0));
        Item::Time { arrival, value }
    }

    fn legs(items: Vec<Item>) -> Vec<String> {
        let positioned = items
            .into_iter()
            .enumerate()
            .map(|(index, item)| Positioned {
                item,
                offset: index,
                index,
            })
            .collect();
        assemble(positioned, &mut Vec::new())
            .iter()
            .map(|leg| {
                let hour = |t: Option<NaiveDateTime>| {
                    t.map_or("-".to_owned(), |t| t.format("%H").to_string())
                };
                format!(
                    "{}{}-{}{}",
                    leg.departure_airport,
                    hour(leg.departure),
                    leg.arrival_airport,
                    hour(leg.arrival)
                )
            })
            .collect()
    }

    #[test]
    fn cusres_order_with_and_without_times() {
        let items = vec![
            place(false, "CDG"),
            place(true, "JFK"),
            time(false, 14),
            place(false, "JFK"),
            place(true, "ORD"),
            time(true, 9),
            place(false, "ORD"),
            place(true, "LAX"),
        ];
        assert_eq!(legs(items), ["CDG--JFK-", "JFK14-ORD-", "ORD--LAX09"]);
    }

    #[test]
    fn paxlst_order_is_recognised() {
        let items = vec![
            place(false, "CDG"),
            time(false, 14),
            place(true, "JFK"),
            time(true, 16),
            place(false, "JFK"),
            place(true, "ORD"),
            time(true, 20),
        ];
        assert_eq!(legs(items), ["CDG14-JFK16", "JFK--ORD20"]);
    }
}
