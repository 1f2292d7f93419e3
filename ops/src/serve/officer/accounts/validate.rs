//! The checks on the fields of an account, shared by the accounts file and by
//! `paxscreen officers`: usernames, airports (and that officers and supervisors have one), and
//! the form of a password hash. Messages are in words, without positions; the accounts file adds
//! the line and column.

use argon2::password_hash::PasswordHash;
use argon2::Params;

use super::Role;

/// Checks what an account would be, before its password is hashed: the username, each
/// airport, and that officers and supervisors have at least one airport.
///
/// # Errors
/// The first problem found, in words.
pub fn check_identity(username: &str, role: Role, airports: &[String]) -> Result<(), String> {
    check_username(username)?;
    for airport in airports {
        check_airport(airport)?;
    }
    check_airports_needed(role, airports)
}

/// Refuses an empty username, or one with whitespace or control characters.
pub(super) fn check_username(username: &str) -> Result<(), String> {
    if username.is_empty() {
        return Err("empty username".to_owned());
    }
    if username
        .chars()
        .any(|c| c.is_whitespace() || c.is_control())
    {
        return Err("username with whitespace or control characters".to_owned());
    }
    Ok(())
}

/// Refuses an airport that is not three upper-case letters A–Z.
pub(super) fn check_airport(airport: &str) -> Result<(), String> {
    if airport.len() == 3 && airport.bytes().all(|b| b.is_ascii_uppercase()) {
        Ok(())
    } else {
        Err(format!(
            "airport `{}` is not an IATA code (three upper-case letters A-Z)",
            airport.escape_debug()
        ))
    }
}

/// Officers and supervisors work the alerts of their airports: they need at least one.
pub(super) fn check_airports_needed(role: Role, airports: &[String]) -> Result<(), String> {
    if airports.is_empty() && role != Role::Admin {
        Err(format!(
            "an {role} account needs at least one airport (airports = [\"LHR\"])"
        ))
    } else {
        Ok(())
    }
}

/// Refuses a hash that is not an argon2 PHC string with valid parameters (never echoes it).
pub(super) fn check_password_hash(hash: &str) -> Result<(), String> {
    let refused = || {
        "password_hash is not an argon2 PHC string ($argon2id$v=19$m=…,t=…,p=…$salt$hash); \
         make one with `paxscreen officers add` or `passwd`"
            .to_owned()
    };
    let parsed = PasswordHash::new(hash).map_err(|_| refused())?;
    let known = [
        argon2::ARGON2ID_IDENT,
        argon2::ARGON2I_IDENT,
        argon2::ARGON2D_IDENT,
    ];
    if !known.contains(&parsed.algorithm) || parsed.hash.is_none() || parsed.salt.is_none() {
        return Err(refused());
    }
    Params::try_from(&parsed).map_err(|_| refused())?;
    Ok(())
}
