//! Passwords: argon2id hashing, the strength rule for new passwords, and checking a login's
//! password against an account — at the same cost whether or not the account exists.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;

use super::{Account, Accounts};

/// The shortest password accepted, in characters.
pub const MIN_PASSWORD_LEN: usize = 12;

/// A hash of a password nobody knows, with the default parameters: checking a password of an
/// unknown or disabled account against it costs what checking a real account costs.
pub(super) const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$cGF4c2NyZWVuLWR1bW15IQ$6mjyB0BByht+rBV6fbLHMP61esrbPeXEUK0jQ0sJ1MM";

/// Hashes a password with argon2id, the crate's default parameters and a random 16-byte salt.
///
/// # Errors
/// The system has no randomness to give, or argon2 fails.
pub fn hash_password(password: &str) -> anyhow::Result<String> {
    let mut bytes = [0u8; 16];
    getrandom::fill(&mut bytes).map_err(|error| anyhow::anyhow!("no random salt: {error}"))?;
    let salt = SaltString::encode_b64(&bytes)
        .map_err(|error| anyhow::anyhow!("encoding the salt: {error}"))?;
    let hash = Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map_err(|error| anyhow::anyhow!("hashing the password: {error}"))?;
    Ok(hash.to_string())
}

/// Checks a new password: at least [`MIN_PASSWORD_LEN`] characters. Nothing else is required
/// (long passphrases beat composition rules).
///
/// # Errors
/// Why the password is refused.
pub fn check_password_strength(password: &str) -> Result<(), String> {
    let length = password.chars().count();
    if length < MIN_PASSWORD_LEN {
        return Err(format!(
            "password too short: {length} characters, at least {MIN_PASSWORD_LEN} needed"
        ));
    }
    Ok(())
}

/// True when `password` matches the PHC string `hash` (with the parameters the hash carries).
fn verify_hash(hash: &str, password: &str) -> bool {
    match PasswordHash::new(hash) {
        Ok(parsed) => Argon2::default()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok(),
        Err(_) => false,
    }
}

impl Accounts {
    /// Checks a password. CPU-heavy (argon2): callers run it off the async reactor. An unknown
    /// or disabled username costs the same as a known one (it is checked against a fixed dummy
    /// hash) so that timing does not reveal which usernames exist. Returns the account on
    /// success.
    pub fn verify(&self, username: &str, password: &str) -> Option<Account> {
        let account = self.get(username).filter(|account| !account.disabled);
        let hash = account.map_or(DUMMY_HASH, |account| account.password_hash.as_str());
        let matches = verify_hash(hash, password);
        account.filter(|_| matches).cloned()
    }
}

#[cfg(test)]
mod tests {
    use argon2::Params;

    use super::super::validate::check_password_hash;
    use super::*;

    #[test]
    fn password_strength() {
        assert!(check_password_strength("short").is_err());
        assert!(check_password_strength("éééééééééééé").is_ok());
        assert!(check_password_strength("correct horse").is_ok());
    }

    /// The only test that hashes: argon2 is slow in debug builds.
    #[test]
    fn hashes_and_verifies() {
        let hash = hash_password("correct horse battery").unwrap();
        assert!(hash.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        assert!(check_password_hash(&hash).is_ok());
        let text = format!(
            "[[account]]\nusername = \"a\"\nrole = \"admin\"\npassword_hash = \"{hash}\"\n\
             [[account]]\nusername = \"b\"\nrole = \"admin\"\npassword_hash = \"{hash}\"\n\
             disabled = true\n"
        );
        let accounts = Accounts::parse(&text, "officers.toml").unwrap();
        let account = accounts.verify("a", "correct horse battery").unwrap();
        assert_eq!(account.username, "a");
        assert!(accounts.verify("a", "correct horse battery!").is_none());
        assert!(accounts.verify("nobody", "correct horse battery").is_none());
        assert!(accounts.verify("b", "correct horse battery").is_none());
    }

    #[test]
    fn dummy_hash_costs_what_a_real_one_costs() {
        let parsed = PasswordHash::new(DUMMY_HASH).unwrap();
        assert_eq!(parsed.algorithm, argon2::ARGON2ID_IDENT);
        let (params, default) = (Params::try_from(&parsed).unwrap(), Params::default());
        assert_eq!(
            (params.m_cost(), params.t_cost(), params.p_cost()),
            (default.m_cost(), default.t_cost(), default.p_cost())
        );
        assert_eq!(
            params.output_len(),
            Some(argon2::Params::DEFAULT_OUTPUT_LEN)
        );
    }
}
