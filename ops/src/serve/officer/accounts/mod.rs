//! Officer accounts: the roles, the accounts and the set of them in file order. The accounts
//! file, the checks on each field, password hashing, the lockout against guessing and the
//! reload of the file without a restart live in the submodules; everything public is
//! re-exported here.
//!
//! No password and no hash ever reaches a log or an error message; usernames do not either.

mod error;
mod file;
mod lockout;
mod password;
mod reload;
mod validate;

use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

pub use error::AccountsError;
pub use lockout::Lockout;
pub use password::{check_password_strength, hash_password, MIN_PASSWORD_LEN};
pub use reload::{watch, AccountsHandle};
pub use validate::check_identity;
use validate::check_password_hash;

/// What an account may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    /// Works the alerts of their airports.
    Officer,
    /// An officer who may also suppress pairs, override directives, reopen alerts and read the
    /// audit of their airports.
    Supervisor,
    /// Manages the accounts and reads the whole audit log; sees no alert data.
    Admin,
}

impl Role {
    /// The three roles, in increasing order of power.
    pub const ALL: [Role; 3] = [Role::Officer, Role::Supervisor, Role::Admin];

    /// The role as written in the accounts file: `officer`, `supervisor` or `admin`.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Officer => "officer",
            Role::Supervisor => "supervisor",
            Role::Admin => "admin",
        }
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Role {
    type Err = String;

    /// Parses `officer`, `supervisor` or `admin`.
    fn from_str(text: &str) -> Result<Role, String> {
        Role::ALL
            .into_iter()
            .find(|role| role.as_str() == text)
            .ok_or_else(|| format!("unknown role `{text}` (officer, supervisor, admin)"))
    }
}

/// One officer's account.
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct Account {
    /// The login name: not empty, without whitespace or control characters.
    pub username: String,
    /// What the account may do.
    pub role: Role,
    /// The arrival airports whose alerts the account works: IATA codes, three letters A–Z.
    #[serde(default)]
    pub airports: Vec<String>,
    /// The argon2 hash of the password, as a PHC string (`$argon2id$v=19$…`).
    pub password_hash: String,
    /// A disabled account cannot log in.
    #[serde(default)]
    pub disabled: bool,
}

impl fmt::Debug for Account {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Account")
            .field("username", &self.username)
            .field("role", &self.role)
            .field("airports", &self.airports)
            .field("password_hash", &"<redacted>")
            .field("disabled", &self.disabled)
            .finish()
    }
}

impl Account {
    /// True when `airport` is one of the account's airports (whatever the role).
    pub fn covers(&self, airport: &str) -> bool {
        self.airports.iter().any(|own| own == airport)
    }

    /// Checks the account as the accounts file would, without positions.
    ///
    /// # Errors
    /// The first problem found, in words.
    pub fn check(&self) -> Result<(), String> {
        check_identity(&self.username, self.role, &self.airports)?;
        check_password_hash(&self.password_hash)
    }
}

/// The officers' accounts, in file order.
#[derive(Clone, Default, PartialEq)]
pub struct Accounts {
    accounts: Vec<Account>,
    by_username: HashMap<String, usize>,
}

impl fmt::Debug for Accounts {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Accounts")
            .field("len", &self.accounts.len())
            .finish_non_exhaustive()
    }
}

impl Accounts {
    /// No account at all.
    pub fn empty() -> Accounts {
        Accounts::default()
    }

    /// How many accounts there are.
    pub fn len(&self) -> usize {
        self.accounts.len()
    }

    /// True when there is no account.
    pub fn is_empty(&self) -> bool {
        self.accounts.is_empty()
    }

    /// The account of a username.
    pub fn get(&self, username: &str) -> Option<&Account> {
        self.by_username
            .get(username)
            .and_then(|&index| self.accounts.get(index))
    }

    /// The accounts, in file order.
    pub fn iter(&self) -> impl Iterator<Item = &Account> {
        self.accounts.iter()
    }

    /// Adds an account, or replaces the account of the same username where it stands.
    pub fn upsert(&mut self, account: Account) {
        match self.by_username.get(&account.username) {
            Some(&index) => self.accounts[index] = account,
            None => {
                self.by_username
                    .insert(account.username.clone(), self.accounts.len());
                self.accounts.push(account);
            }
        }
    }

    /// Removes the account of a username; false when there is none.
    pub fn remove(&mut self, username: &str) -> bool {
        let Some(index) = self.by_username.remove(username) else {
            return false;
        };
        self.accounts.remove(index);
        for later in self.by_username.values_mut() {
            if *later > index {
                *later -= 1;
            }
        }
        true
    }
}

/// An accounts file to parse in tests: `HASH` stands for a valid hash, and [`VALID`] is a good
/// file with an officer and a disabled admin.
#[cfg(test)]
mod fixtures {
    pub(super) fn file(accounts: &str) -> String {
        accounts.replace("HASH", super::password::DUMMY_HASH)
    }

    pub(super) const VALID: &str = r#"
[[account]]
username = "lhr.officer"
role = "officer"
airports = ["LHR", "LGW"]
password_hash = "HASH"

[[account]]
username = "root"
role = "admin"
password_hash = "HASH"
disabled = true
"#;
}

#[cfg(test)]
mod tests {
    use super::fixtures::{file, VALID};
    use super::*;

    #[test]
    fn roles_parse_and_print() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>().unwrap(), role);
        }
        assert_eq!(
            "chief".parse::<Role>().unwrap_err(),
            "unknown role `chief` (officer, supervisor, admin)"
        );
    }

    #[test]
    fn upsert_and_remove_keep_the_order() {
        let mut accounts = Accounts::parse(&file(VALID), "officers.toml").unwrap();
        let mut other = accounts.get("root").unwrap().clone();
        other.username = "third".to_owned();
        accounts.upsert(other.clone());
        let mut replaced = accounts.get("lhr.officer").unwrap().clone();
        replaced.airports = vec!["MAN".to_owned()];
        accounts.upsert(replaced.clone());
        assert_eq!(accounts.iter().next(), Some(&replaced));
        assert!(accounts.remove("root"));
        assert!(!accounts.remove("root"));
        let names: Vec<&str> = accounts.iter().map(|a| a.username.as_str()).collect();
        assert_eq!(names, ["lhr.officer", "third"]);
        assert_eq!(accounts.get("third"), Some(&other));
    }

    #[test]
    fn debug_output_hides_hashes() {
        let accounts = Accounts::parse(&file(VALID), "officers.toml").unwrap();
        let account = accounts.get("root").unwrap();
        assert!(!format!("{account:?}").contains("argon2"));
        assert!(!format!("{accounts:?}").contains("argon2"));
    }
}
