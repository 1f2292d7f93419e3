//! Ticketing: TKT (ticket number and type), PTK (issue date and place) and FOP (forms of payment).
//!
//! Fares, taxes and pricing (MON, TXD, FAR) are not kept: they add nothing to targeting that the
//! ticket and payment do not, and the less kept the less to protect.

use chrono::NaiveDate;

use crate::dates::{self, Century};
use crate::edifact::Segment;
use crate::model::{Payment, Ticket};

/// Reads `TKT+number:type:booklets`; `None` without a number.
pub(super) fn read_ticket(segment: &Segment<'_>) -> Option<Ticket> {
    Some(Ticket {
        number: segment.get(0, 0)?.to_ascii_uppercase(),
        kind: segment.get(0, 1).map(|kind| kind.to_ascii_uppercase()),
        issued: None,
        issue_place: None,
    })
}

/// Applies `PTK+pricing++DDMMYY:HHMM+carrier+accounting code+place` to a ticket: the issue date
/// and the issue place, where the ticket has none yet. Returns false when the date is unreadable.
pub(super) fn read_pricing(
    segment: &Segment<'_>,
    reference: NaiveDate,
    ticket: &mut Ticket,
) -> bool {
    let mut readable = true;
    if let Some(date) = segment.get(2, 0) {
        let issued = dates::parse_dmy(&date, reference, Century::Near);
        readable = issued.is_some();
        ticket.issued = ticket.issued.or(issued);
    }
    if ticket.issue_place.is_none() {
        ticket.issue_place = segment.get(5, 0).map(|place| place.to_ascii_uppercase());
    }
    readable
}

/// Reads every form of payment of a FOP: `type:data indicator:amount:vendor:account:expiry`.
pub(super) fn read_payments(segment: &Segment<'_>) -> Vec<Payment> {
    (0..segment.element_count())
        .filter_map(|element| {
            let owned = |component: usize| {
                segment
                    .get(element, component)
                    .map(|value| value.into_owned())
            };
            Some(Payment {
                kind: owned(0)?.to_ascii_uppercase(),
                vendor: owned(3).map(|vendor| vendor.to_ascii_uppercase()),
                account: owned(4),
                amount: owned(2),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::edifact::segment::test_segment as segment;

    #[test]
    fn tickets_and_payments() {
        let mut ticket = read_ticket(&segment(b"TKT", "0062120234533:T:1")).unwrap();
        assert_eq!(ticket.kind.as_deref(), Some("T"));
        let today = NaiveDate::from_ymd_opt(2010, 12, 9).unwrap();
        assert!(read_pricing(
            &segment(b"PTK", "NR++061210:1010+DL+006+LON"),
            today,
            &mut ticket
        ));
        assert_eq!(ticket.issued, NaiveDate::from_ymd_opt(2010, 12, 6));
        assert_eq!(ticket.issue_place.as_deref(), Some("LON"));
        let payments = read_payments(&segment(b"FOP", "CC:::VI:XXXXXXXX1186:0211+CA::50.00"));
        assert_eq!(payments.len(), 2);
        assert_eq!(payments[0].vendor.as_deref(), Some("VI"));
        assert_eq!(payments[0].account.as_deref(), Some("XXXXXXXX1186"));
        assert_eq!(payments[1].amount.as_deref(), Some("50.00"));
        assert_eq!(read_ticket(&segment(b"TKT", "+X")), None);
    }
}
