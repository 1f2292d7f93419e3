//! The targeting-rule language: TOML files that officers write, compiled at load.
//!
//! # File
//!
//! ```toml
//! version = 1                     # optional: the format version, 1
//!
//! [groups]                        # named sets of strings, used with `in_group`
//! schengen = ["AUT", "BEL", "CHE", "CZE", "DEU", "DNK", "ESP", "FRA"]
//! hubs_of_concern = ["IST", "DXB"]
//!
//! [[rule]]
//! id = "R-ONEWAY-CASH"
//! description = "One-way ticket paid in cash, booked less than 48 hours before departure"
//! severity = "high"               # low | medium | high | critical
//! enabled = true                  # optional, default true
//! valid_from = "2026-01-01"       # optional: a date, or a date-time YYYY-MM-DDTHH:MM[:SS]
//! valid_until = "2027-01-01T00:00"
//! action = "alert"                # alert | contact_government | do_not_board; default alert
//! when = { all = [
//!   { field = "booking.one_way", is = true },
//!   { field = "booking.payment_forms", any_of = ["CA", "CASH"] },
//!   { field = "booking.hours_before_departure", below = 48 },
//!   { not = { field = "traveller.nationality", in_group = "schengen" } },
//! ] }
//! ```
//!
//! # Rules
//!
//! | key | meaning |
//! |---|---|
//! | `id` | required, unique in the file; letters, digits, `-`, `_`, `.` (at most 64). Reasons and logs name the rule by it (`rule:R-ONEWAY-CASH`) |
//! | `description` | required: what the rule looks for, shown to officers |
//! | `severity` | required: `low`, `medium`, `high` or `critical` |
//! | `enabled` | `false` keeps the rule in the file without evaluating it |
//! | `valid_from` | the rule applies from this moment (UTC), included. A date alone is midnight |
//! | `valid_until` | the rule stops applying at this moment (UTC), excluded. A date alone means *through that day*: the rule stops at the following midnight |
//! | `action` | `alert`: officers only, the carrier's directive is unaffected. `contact_government`: the carrier must call before boarding (`2Z` by default). `do_not_board`: the carrier must not board the traveller (`1Z` by default) |
//! | `when` | the condition |
//!
//! Dates may be TOML strings (`"2026-01-01"`) or TOML date literals (`2026-01-01`). Times are
//! UTC; a trailing `Z` is accepted, another offset is an error.
//!
//! # Conditions
//!
//! A condition is an inline table of one of these forms:
//!
//! * `{ all = [c1, c2, …] }`: every condition holds (the list must not be empty);
//! * `{ any = [c1, c2, …] }`: at least one holds (the list must not be empty);
//! * `{ not = c }`: `c` does not hold;
//! * `{ field = "…", <operator> = value }`: a test of one field, with exactly one operator.
//!
//! # Operators
//!
//! | operator | fields | holds when |
//! |---|---|---|
//! | `equals = v` | text (string), number, true/false, multi-valued (some value) | the value equals `v` |
//! | `in = [v, …]` | text (strings), number (numbers), multi-valued (some value) | the value is one of the list |
//! | `in_group = "name"` | text, multi-valued (some value) | the value is in the group (which must exist) |
//! | `prefix = "s"` | text, multi-valued (some value) | the value starts with `s` |
//! | `between = [lo, hi]` | number | `lo <= value <= hi` |
//! | `below = n` / `above = n` | number | `value < n` / `value > n` (strict) |
//! | `is = true\|false` | true/false | the value is that |
//! | `missing = true\|false` | any | the field has no value (`true`) or has one (`false`) |
//! | `any_of = [v, …]` | multi-valued | some value is in the list (on multi-valued fields, `in` is the same test) |
//! | `all_in = [v, …]` | multi-valued | there is a value, and every value is in the list (`payment_forms` only cash) |
//! | `matches_route = "IST-*-JFK"` | `flight.route`, `booking.route` | the airports, in order, match the whole pattern: `-` separates airports, `*` stands for any airports (none included), `?` for exactly one |
//!
//! String comparisons ignore case. Operators that do not apply to a field's kind, values of
//! the wrong type (`below = "48"`), unknown values of closed fields (`traveller.gender` is `M`,
//! `F`, `U` or `X`) and empty lists are load errors.
//!
//! **Missing values.** A value the traveller lacks (no date of birth, no booking, an empty
//! string) makes every test false, except `missing = true`. So `not` of a test on a missing
//! field is *true*: `{ not = { field = "traveller.nationality", in_group = "schengen" } }` holds
//! for a traveller without a nationality. Where that matters, add
//! `{ field = "traveller.nationality", missing = false }` to an `all`.
//!
//! # Fields
//!
//! The arrival leg is the leg that crosses the border, else the last leg (the same leg the
//! service's alerts use).
//!
//! | field | kind | value |
//! |---|---|---|
//! | `traveller.role` | text | `passenger`, `crew`, `transit_crew`, `transit_passenger` or `unspecified` |
//! | `traveller.nationality`, `.residence`, `.birth_country` | text | country codes as sent (alpha-3 or ICAO) |
//! | `traveller.gender` | text | `M`, `F`, `U` or `X` |
//! | `traveller.age` | number | whole years at the scheduled departure of the arrival leg, else at evaluation time; missing without a date of birth |
//! | `traveller.embarkation`, `.debarkation` | text | ports of original embarkation and final debarkation |
//! | `traveller.seat` | text | seat |
//! | `traveller.bag_count`, `.bag_weight_kg` | number | checked bags |
//! | `traveller.transit` | true/false | an in-transit role, or an embarkation or debarkation port other than the arrival leg's ends; missing when neither port is known |
//! | `traveller.documents_verified` | true/false | document data verified against the MRZ |
//! | `traveller.infant` | true/false | the traveller is an infant (PNR) |
//! | `traveller.document_count` | number | number of travel documents |
//! | `document.type` | text | type code of the first travel document (`P`, `I`, `V`…) |
//! | `document.number` | text | its number (only `prefix`, `in` or `missing` are sensible: `{ field = "document.number", missing = true }` finds travellers without a document) |
//! | `document.issuing_country` | text | its issuing state |
//! | `document.expiry_days_after_arrival` | number | days from the scheduled arrival date of the arrival leg (else its departure date, else today) to the expiry; negative when it expires before arrival |
//! | `document.check_digit_valid` | true/false | the ICAO 9303 check digit of the number, where an MRZ was sent |
//! | `flight.carrier`, `flight.number` | text | the flight's carrier and number (without the carrier) |
//! | `flight.departure_airport`, `flight.arrival_airport` | text | ends of the arrival leg |
//! | `flight.route` | multi-valued | every airport of the legs, in order |
//! | `flight.leg_count` | number | number of legs |
//! | `booking.record_locator` | text | the PNR record locator |
//! | `booking.hours_before_departure` | number | hours from the PNR's creation to the scheduled departure of its first segment (else of the arrival leg) |
//! | `booking.one_way` | true/false | the itinerary's last arrival airport is not its first departure airport |
//! | `booking.route` | multi-valued | every airport of the itinerary, in order |
//! | `booking.payment_forms` | multi-valued | form of payment codes (`CA` cash, `CC` card, `MS` miscellaneous…) |
//! | `booking.agency_country`, `booking.agency_iata` | text | the booking agency's country and IATA number |
//! | `booking.group` | true/false | the PNR is a group booking |
//! | `booking.segment_count`, `booking.ticket_count` | number | itinerary segments, tickets |
//! | `booking.ssr_codes` | multi-valued | special service request codes (`DOCS`, `WCHR`, `UMNR`…) |
//! | `booking.days_since_ticket_issue` | number | days from the traveller's ticket issue date (else the latest in the PNR) to the scheduled departure |
//!
//! Every `booking.` field is missing when the manifest carries no booking for the traveller (a
//! PAXLST). The booking is the PNR that lists the traveller, else the one whose record locator
//! is the traveller's booking reference.
//!
//! # Errors
//!
//! Loading stops at the first error, reported as `FILE:LINE:COLUMN: message` and pointing at the
//! value at fault: TOML syntax, an unknown key, field, group, severity or action, an operator
//! the field does not take, two operators in one test, an empty `all`/`any`, a bad date, a
//! duplicate rule id.

mod compile;
mod operators;
mod raw;

pub(crate) use compile::compile;

#[cfg(test)]
mod tests;
