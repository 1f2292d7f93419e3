//! The accounts file: TOML with one `[[account]]` table per account, read with the place of each
//! value so that a refused file names the line and column of its first problem, and written back
//! in the same form.

use std::collections::HashMap;
use std::ops::Range;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use super::error::{line_column, tidy_toml_message};
use super::validate::{check_airport, check_airports_needed, check_password_hash, check_username};
use super::{Account, Accounts, AccountsError, Role};

/// The accounts file as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    account: Vec<RawAccount>,
}

/// One `[[account]]` table as written, with the place of each value.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawAccount {
    username: Spanned<String>,
    role: Spanned<String>,
    #[serde(default)]
    airports: Vec<Spanned<String>>,
    password_hash: Spanned<String>,
    #[serde(default)]
    disabled: bool,
}

/// A problem at a byte range of the file.
type Located = (Range<usize>, String);

/// Checks one raw account and returns it.
fn compile_account(raw: RawAccount) -> Result<Account, Located> {
    check_username(raw.username.get_ref()).map_err(|m| (raw.username.span(), m))?;
    let role: Role = raw
        .role
        .get_ref()
        .parse()
        .map_err(|m| (raw.role.span(), m))?;
    let mut airports = Vec::with_capacity(raw.airports.len());
    for airport in raw.airports {
        check_airport(airport.get_ref()).map_err(|m| (airport.span(), m))?;
        airports.push(airport.into_inner());
    }
    check_airports_needed(role, &airports).map_err(|m| (raw.role.span(), m))?;
    check_password_hash(raw.password_hash.get_ref()).map_err(|m| (raw.password_hash.span(), m))?;
    Ok(Account {
        username: raw.username.into_inner(),
        role,
        airports,
        password_hash: raw.password_hash.into_inner(),
        disabled: raw.disabled,
    })
}

impl Accounts {
    /// Reads, parses and checks an accounts file.
    ///
    /// # Errors
    /// The file cannot be read, or is refused (with the line and column of the problem).
    pub fn load(path: &Path) -> Result<Accounts, AccountsError> {
        let origin = path.display().to_string();
        let text = std::fs::read_to_string(path)
            .map_err(|error| AccountsError::whole(&origin, format!("cannot read: {error}")))?;
        Accounts::parse(&text, &origin)
    }

    /// Parses and checks the text of an accounts file; `origin` names it in errors.
    ///
    /// # Errors
    /// The first problem in the file, with its line and column.
    pub fn parse(text: &str, origin: &str) -> Result<Accounts, AccountsError> {
        let raw: RawFile = toml::from_str(text).map_err(|error| {
            let offset = error.span().map_or(0, |span| span.start);
            AccountsError::at(origin, text, offset, tidy_toml_message(error.message()))
        })?;
        let mut accounts = Accounts::empty();
        // Username → byte offset of its first account.
        let mut first_at: HashMap<String, usize> = HashMap::new();
        for raw_account in raw.account {
            let name_span = raw_account.username.span();
            if let Some(&first) = first_at.get(raw_account.username.get_ref()) {
                let (first_line, _) = line_column(text, first);
                return Err(AccountsError::at(
                    origin,
                    text,
                    name_span.start,
                    format!("duplicate username (first at line {first_line})"),
                ));
            }
            first_at.insert(raw_account.username.get_ref().clone(), name_span.start);
            let account = compile_account(raw_account)
                .map_err(|(span, message)| AccountsError::at(origin, text, span.start, message))?;
            accounts.upsert(account);
        }
        Ok(accounts)
    }

    /// The accounts as an accounts file, with a short header comment.
    pub fn to_toml(&self) -> String {
        let mut out = String::from(
            "# paxscreen officers' accounts (`[officers] accounts_file` of `paxscreen serve`).\n\
             # Edit with `paxscreen officers add | passwd | disable | enable | remove`;\n\
             # password_hash holds argon2 hashes, never passwords.\n",
        );
        for account in &self.accounts {
            out.push_str(&account_toml(account));
        }
        out
    }
}

/// A TOML basic string.
fn quoted(text: &str) -> String {
    toml::Value::String(text.to_owned()).to_string()
}

/// One `[[account]]` table.
fn account_toml(account: &Account) -> String {
    let airports: Vec<String> = account.airports.iter().map(|a| quoted(a)).collect();
    format!(
        "\n[[account]]\nusername = {}\nrole = {}\nairports = [{}]\npassword_hash = {}\n\
         disabled = {}\n",
        quoted(&account.username),
        quoted(account.role.as_str()),
        airports.join(", "),
        quoted(&account.password_hash),
        account.disabled
    )
}

#[cfg(test)]
mod tests {
    use super::super::fixtures::{file, VALID};
    use super::*;

    fn refused(text: &str) -> String {
        match Accounts::parse(&file(text), "officers.toml") {
            Ok(_) => panic!("accepted: {text}"),
            Err(error) => error.to_string(),
        }
    }

    #[test]
    fn parses_a_valid_file() {
        let accounts = Accounts::parse(&file(VALID), "officers.toml").unwrap();
        assert_eq!(accounts.len(), 2);
        assert!(!accounts.is_empty());
        let names: Vec<&str> = accounts.iter().map(|a| a.username.as_str()).collect();
        assert_eq!(names, ["lhr.officer", "root"]);
        let officer = accounts.get("lhr.officer").unwrap();
        assert_eq!(officer.role, Role::Officer);
        assert!(officer.covers("LGW"));
        assert!(!officer.covers("CDG"));
        assert!(!officer.disabled);
        let root = accounts.get("root").unwrap();
        assert!(root.disabled);
        assert!(root.airports.is_empty());
        assert!(accounts.get("nobody").is_none());
        assert!(Accounts::parse("", "officers.toml").unwrap().is_empty());
    }

    #[test]
    fn writes_back_what_it_reads() {
        let accounts = Accounts::parse(&file(VALID), "officers.toml").unwrap();
        let text = accounts.to_toml();
        assert!(text.starts_with("# "));
        assert_eq!(Accounts::parse(&text, "officers.toml").unwrap(), accounts);
        assert_eq!(
            Accounts::parse(&Accounts::empty().to_toml(), "x").unwrap(),
            Accounts::empty()
        );
    }

    #[test]
    fn refuses_an_unknown_role_at_its_place() {
        let text = "[[account]]\nusername = \"a\"\nrole = \"chief\"\nairports = [\"LHR\"]\n\
                    password_hash = \"HASH\"\n";
        assert_eq!(
            refused(text),
            "officers.toml:3:8: unknown role `chief` (officer, supervisor, admin)"
        );
    }

    #[test]
    fn refuses_bad_airports_at_their_place() {
        let text = "[[account]]\nusername = \"a\"\nrole = \"officer\"\n\
                    airports = [\"LHR\", \"lgw\"]\npassword_hash = \"HASH\"\n";
        assert_eq!(
            refused(text),
            "officers.toml:4:20: airport `lgw` is not an IATA code (three upper-case letters A-Z)"
        );
        let text =
            "[[account]]\nusername = \"a\"\nrole = \"supervisor\"\npassword_hash = \"HASH\"\n";
        assert_eq!(
            refused(text),
            "officers.toml:3:8: an supervisor account needs at least one airport \
             (airports = [\"LHR\"])"
        );
    }

    #[test]
    fn refuses_bad_usernames_at_their_place() {
        let account = |name: &str| {
            format!("[[account]]\nusername = {name}\nrole = \"admin\"\npassword_hash = \"HASH\"\n")
        };
        assert_eq!(
            refused(&account("\"\"")),
            "officers.toml:2:12: empty username"
        );
        assert_eq!(
            refused(&account("\"a b\"")),
            "officers.toml:2:12: username with whitespace or control characters"
        );
        assert_eq!(
            refused(&account("\"a\\tb\"")),
            "officers.toml:2:12: username with whitespace or control characters"
        );
        let twice = format!("{}\n{}", account("\"a\""), account("\"a\""));
        assert_eq!(
            refused(&twice),
            "officers.toml:7:12: duplicate username (first at line 2)"
        );
    }

    #[test]
    fn refuses_bad_hashes_without_echoing_them() {
        for hash in [
            "secret",
            "$pbkdf2-sha256$i=1000$c2FsdHNhbHQ$aGFzaGhhc2hoYXNo",
            "$argon2id$v=19$m=19456,t=2,p=1$cGF4c2NyZWVuLWR1bW15IQ",
        ] {
            let text = format!(
                "[[account]]\nusername = \"a\"\nrole = \"admin\"\npassword_hash = \"{hash}\"\n"
            );
            let message = refused(&text);
            assert!(
                message.starts_with("officers.toml:4:17: password_hash is not an argon2"),
                "{message}"
            );
            assert!(!message.contains(hash), "{message}");
        }
    }

    #[test]
    fn refuses_unknown_and_missing_keys_and_bad_syntax() {
        let message = refused(
            "[[account]]\nusername = \"a\"\nrole = \"admin\"\npassword_hash = \"HASH\"\nadmin = true\n",
        );
        assert!(
            message.starts_with("officers.toml:5:1: unknown field `admin`"),
            "{message}"
        );
        let message = refused("[acount]\n");
        assert!(
            message.starts_with("officers.toml:1:2: unknown field `acount`"),
            "{message}"
        );
        let message = refused("[[account]]\nusername = \"a\"\nrole = \"admin\"\n");
        assert!(
            message.contains("missing field `password_hash`"),
            "{message}"
        );
        assert!(message.starts_with("officers.toml:1:"), "{message}");
        let message = refused("[[account]]\nusername = \"a\nrole = \"admin\"\n");
        assert!(message.starts_with("officers.toml:2:"), "{message}");
        let message = refused(
            "[[account]]\nusername = \"a\"\nrole = \"admin\"\npassword_hash = \"HASH\"\n\
             disabled = \"$argon2id$secret\"\n",
        );
        assert!(
            message.starts_with("officers.toml:5:12: invalid type: string,"),
            "{message}"
        );
        assert!(!message.contains("secret"), "{message}");
    }

    #[test]
    fn load_names_the_file() {
        let error = Accounts::load(Path::new("/nonexistent/officers.toml")).unwrap_err();
        assert!(error
            .to_string()
            .starts_with("/nonexistent/officers.toml: cannot read: "));
        assert!(!error.to_string().contains(":1:"));
    }
}
