//! Board/no-board directives: the codes a government returns to the carrier for each traveller
//! (interactive API, PAXLST/CUSRES response codes).

use serde::{Deserialize, Serialize};

/// What the carrier is told about a traveller.
///
/// Variants are declared in precedence order, so `Ord` (and `max`) agree with
/// [`Directive::precedence`]: `1Z` > `2Z` > `4Z` > `0Z`.
#[derive(Serialize, Deserialize, Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Directive {
    /// `0Z`: the traveller may board.
    #[serde(rename = "0Z", alias = "ok_to_board")]
    OkToBoard,
    /// `4Z`: the data are missing or unreadable; the carrier must resend them.
    #[serde(rename = "4Z", alias = "insufficient_data")]
    InsufficientData,
    /// `2Z`: the carrier must contact the government before boarding the traveller.
    #[serde(rename = "2Z", alias = "contact_government")]
    ContactGovernment,
    /// `1Z`: the traveller must not board.
    #[serde(rename = "1Z", alias = "do_not_board")]
    DoNotBoard,
}

impl Directive {
    /// Every directive, from the weakest to the strongest.
    pub const ALL: [Directive; 4] = [
        Directive::OkToBoard,
        Directive::InsufficientData,
        Directive::ContactGovernment,
        Directive::DoNotBoard,
    ];

    /// Returns the response code sent to the carrier (`0Z`, `1Z`, `2Z`, `4Z`).
    pub fn code(self) -> &'static str {
        match self {
            Directive::OkToBoard => "0Z",
            Directive::DoNotBoard => "1Z",
            Directive::ContactGovernment => "2Z",
            Directive::InsufficientData => "4Z",
        }
    }

    /// Returns the agent text sent with the code unless the policy overrides it.
    pub fn default_text(self) -> &'static str {
        match self {
            Directive::OkToBoard => "OK TO BOARD",
            Directive::DoNotBoard => "DO NOT BOARD",
            Directive::ContactGovernment => "CONTACT GOVERNMENT",
            Directive::InsufficientData => "INSUFFICIENT DATA - RESEND",
        }
    }

    /// Returns the precedence when outcomes disagree: the highest wins (`1Z` 4, `2Z` 3, `4Z` 2,
    /// `0Z` 1). Refusing boarding outranks a call, a call outranks a resend: a listed traveller
    /// with incomplete data still needs the call.
    pub fn precedence(self) -> u8 {
        match self {
            Directive::OkToBoard => 1,
            Directive::InsufficientData => 2,
            Directive::ContactGovernment => 3,
            Directive::DoNotBoard => 4,
        }
    }

    /// Returns the directive of a response code (`0Z`, `1Z`, `2Z`, `4Z`; case-insensitive).
    pub fn parse(code: &str) -> Option<Directive> {
        Directive::ALL
            .into_iter()
            .find(|directive| directive.code().eq_ignore_ascii_case(code.trim()))
    }

    /// Returns the stronger of two directives.
    pub fn strongest(self, other: Directive) -> Directive {
        if other.precedence() > self.precedence() {
            other
        } else {
            self
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_back() {
        for directive in Directive::ALL {
            assert_eq!(Directive::parse(directive.code()), Some(directive));
        }
        assert_eq!(Directive::parse("2z"), Some(Directive::ContactGovernment));
        assert_eq!(Directive::parse("3Z"), None);
    }

    #[test]
    fn order_follows_precedence() {
        for pair in Directive::ALL.windows(2) {
            assert!(pair[0] < pair[1]);
            assert!(pair[0].precedence() < pair[1].precedence());
            assert_eq!(pair[0].strongest(pair[1]), pair[1]);
            assert_eq!(pair[1].strongest(pair[0]), pair[1]);
        }
    }

    #[test]
    fn serialises_as_the_code() {
        let json = serde_json::to_string(&Directive::ContactGovernment).unwrap();
        assert_eq!(json, "\"2Z\"");
        let back: Directive = serde_json::from_str("\"contact_government\"").unwrap();
        assert_eq!(back, Directive::ContactGovernment);
    }
}
