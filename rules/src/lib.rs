//! Rules: targeting rules over API/PNR fields and the alert and directive decisions.
//!
//! Data flow: hits from `screening` + fired rules → alert severity and a directive per traveller.
//! Built out by the rules work (issue 5).
