//! Officer accounts: the accounts file (TOML, one `[[account]]` table per account), its
//! validation with the line and column of each error, argon2id password hashing and checking,
//! the lockout that slows down password guessing, and the reload of the file without a restart.
//!
//! No password and no hash ever reaches a log or an error message; usernames do not either.

use std::collections::{HashMap, VecDeque};
use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::SystemTime;

use arc_swap::ArcSwap;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::{Argon2, Params};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use toml::Spanned;

/// The shortest password accepted, in characters.
pub const MIN_PASSWORD_LEN: usize = 12;

/// A hash of a password nobody knows, with the default parameters: checking a password of an
/// unknown or disabled account against it costs what checking a real account costs.
const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$cGF4c2NyZWVuLWR1bW15IQ$6mjyB0BByht+rBV6fbLHMP61esrbPeXEUK0jQ0sJ1MM";

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
fn check_username(username: &str) -> Result<(), String> {
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
fn check_airport(airport: &str) -> Result<(), String> {
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
fn check_airports_needed(role: Role, airports: &[String]) -> Result<(), String> {
    if airports.is_empty() && role != Role::Admin {
        Err(format!(
            "an {role} account needs at least one airport (airports = [\"LHR\"])"
        ))
    } else {
        Ok(())
    }
}

/// Refuses a hash that is not an argon2 PHC string with valid parameters (never echoes it).
fn check_password_hash(hash: &str) -> Result<(), String> {
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

/// An accounts file refused: where and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AccountsError {
    origin: String,
    position: Option<(usize, usize)>,
    message: String,
}

impl AccountsError {
    /// An error at a byte offset of `text`.
    fn at(origin: &str, text: &str, offset: usize, message: impl Into<String>) -> AccountsError {
        AccountsError {
            origin: origin.to_owned(),
            position: Some(line_column(text, offset)),
            message: message.into(),
        }
    }

    /// An error about the whole file (it cannot be read).
    fn whole(origin: &str, message: impl Into<String>) -> AccountsError {
        AccountsError {
            origin: origin.to_owned(),
            position: None,
            message: message.into(),
        }
    }
}

impl fmt::Display for AccountsError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.position {
            Some((line, column)) => {
                write!(f, "{}:{line}:{column}: {}", self.origin, self.message)
            }
            None => write!(f, "{}: {}", self.origin, self.message),
        }
    }
}

impl std::error::Error for AccountsError {}

/// The line and column (both from 1, the column in characters) of a byte offset.
fn line_column(text: &str, offset: usize) -> (usize, usize) {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |at| at + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// A TOML or serde message in this crate's style: lowercase start, no trailing period, and no
/// quoted string value (a misplaced value could be a hash).
fn tidy_toml_message(message: &str) -> String {
    let message = redact_strings(message.trim().trim_end_matches('.'));
    let mut chars = message.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => "invalid accounts file".to_owned(),
    }
}

/// Replaces serde's `string "…"` by `string`.
fn redact_strings(message: &str) -> String {
    const MARK: &str = "string \"";
    let mut out = String::with_capacity(message.len());
    let mut rest = message;
    while let Some(at) = rest.find(MARK) {
        out.push_str(&rest[..at + MARK.len() - 2]);
        let after = &rest[at + MARK.len()..];
        rest = match after.find("\", ") {
            Some(end) => &after[end + 1..],
            None => after.rfind('"').map_or("", |end| &after[end + 1..]),
        };
    }
    out.push_str(rest);
    out
}

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

/// The failures of one username.
#[derive(Debug, Default)]
struct Failures {
    /// When the recent failures happened, oldest first (at most `max_failures`).
    at: VecDeque<DateTime<Utc>>,
    /// Until when the username is locked.
    locked_until: Option<DateTime<Utc>>,
}

impl Failures {
    /// True when the entry no longer counts for anything.
    fn is_stale(&self, now: DateTime<Utc>, window: Duration) -> bool {
        self.locked_until.is_none_or(|until| until <= now)
            && self.at.back().is_none_or(|last| *last <= now - window)
    }
}

/// The smallest number of entries at which stale ones are swept.
const SWEEP_FLOOR: usize = 1024;

#[derive(Debug)]
struct LockoutState {
    entries: HashMap<String, Failures>,
    /// Stale entries are swept when the map reaches this size.
    sweep_at: usize,
}

/// Locks a username out after too many failed logins, against password guessing. Usernames
/// that do not exist are counted too, so that a lockout reveals nothing. Thread-safe.
#[derive(Debug)]
pub struct Lockout {
    max_failures: u32,
    window: Duration,
    state: Mutex<LockoutState>,
}

impl Lockout {
    /// `max_failures` failures (at least 1) within `window` lock a username for `window`.
    pub fn new(max_failures: u32, window: Duration) -> Lockout {
        Lockout {
            max_failures: max_failures.max(1),
            window,
            state: Mutex::new(LockoutState {
                entries: HashMap::new(),
                sweep_at: SWEEP_FLOOR,
            }),
        }
    }

    fn state(&self) -> std::sync::MutexGuard<'_, LockoutState> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// How long the username stays locked, or `None` when it is not.
    pub fn locked_for(&self, username: &str, now: DateTime<Utc>) -> Option<Duration> {
        let state = self.state();
        let until = state.entries.get(username)?.locked_until?;
        (until > now).then(|| until - now)
    }

    /// Counts a failed login; the `max_failures`-th within the window locks the username.
    pub fn failed(&self, username: &str, now: DateTime<Utc>) {
        let window = self.window;
        let mut state = self.state();
        if state.entries.len() >= state.sweep_at {
            state
                .entries
                .retain(|_, failures| !failures.is_stale(now, window));
            state.sweep_at = SWEEP_FLOOR.max(state.entries.len() * 2);
        }
        let failures = state.entries.entry(username.to_owned()).or_default();
        if failures.locked_until.is_some_and(|until| until > now) {
            return;
        }
        failures.locked_until = None;
        while failures.at.front().is_some_and(|at| *at <= now - window) {
            failures.at.pop_front();
        }
        failures.at.push_back(now);
        if failures.at.len() >= self.max_failures as usize {
            failures.at.clear();
            failures.locked_until = Some(now + window);
        }
    }

    /// Forgets the failures of a username (after a successful login).
    pub fn succeeded(&self, username: &str) {
        self.state().entries.remove(username);
    }

    /// How many usernames are remembered.
    #[cfg(test)]
    fn tracked(&self) -> usize {
        self.state().entries.len()
    }
}

/// The accounts in force, replaced atomically when the file changes (requests in progress
/// finish with the accounts they started with).
#[derive(Debug)]
pub struct AccountsHandle {
    current: ArcSwap<Accounts>,
}

impl AccountsHandle {
    /// Puts `accounts` in force.
    pub fn new(accounts: Accounts) -> Self {
        AccountsHandle {
            current: ArcSwap::from_pointee(accounts),
        }
    }

    /// The accounts in force.
    pub fn current(&self) -> Arc<Accounts> {
        self.current.load_full()
    }

    /// Puts other accounts in force.
    pub fn replace(&self, accounts: Accounts) {
        self.current.store(Arc::new(accounts));
    }
}

/// How often the accounts file is checked.
const CHECK_EVERY: std::time::Duration = std::time::Duration::from_secs(2);

fn modified(path: &Path) -> Option<SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}

/// Re-reads the file every 2 s when its modification time changes; a file with an error is
/// refused with its position (tracing::error, no secrets) and the accounts in force stay.
/// Returns when `stopping` turns true.
pub async fn watch(
    handle: Arc<AccountsHandle>,
    path: PathBuf,
    mut stopping: tokio::sync::watch::Receiver<bool>,
) {
    let mut known = modified(&path);
    while !*stopping.borrow() {
        tokio::select! {
            _ = tokio::time::sleep(CHECK_EVERY) => {},
            _ = stopping.changed() => return,
        }
        let now = modified(&path);
        if now == known {
            continue;
        }
        known = now;
        let reading = path.clone();
        match tokio::task::spawn_blocking(move || Accounts::load(&reading)).await {
            Ok(Ok(accounts)) => {
                tracing::info!(accounts = accounts.len(), "officer accounts reloaded");
                handle.replace(accounts);
            }
            Ok(Err(error)) => tracing::error!(
                error = %error,
                "officer accounts file refused; the accounts in force stay"
            ),
            Err(error) => tracing::error!(error = %error, "officer accounts reload task failed"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(accounts: &str) -> String {
        accounts.replace("HASH", DUMMY_HASH)
    }

    const VALID: &str = r#"
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

    #[test]
    fn positions_count_characters() {
        assert_eq!(line_column("ab\ncdé f", 0), (1, 1));
        assert_eq!(line_column("ab\ncdé f", 3), (2, 1));
        assert_eq!(line_column("ab\ncdé f", 7), (2, 4));
        assert_eq!(line_column("ab", 99), (1, 3));
    }

    #[test]
    fn redacts_quoted_strings() {
        assert_eq!(
            redact_strings("invalid type: string \"a\", expected a boolean"),
            "invalid type: string, expected a boolean"
        );
        assert_eq!(redact_strings("no strings here"), "no strings here");
    }

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

    fn at(seconds: i64) -> DateTime<Utc> {
        DateTime::from_timestamp(1_700_000_000 + seconds, 0).unwrap()
    }

    #[test]
    fn lockout_locks_after_max_failures_and_unlocks_after_the_window() {
        let lockout = Lockout::new(3, Duration::minutes(5));
        lockout.failed("a", at(0));
        lockout.failed("a", at(10));
        assert_eq!(lockout.locked_for("a", at(10)), None);
        lockout.failed("a", at(20));
        assert_eq!(lockout.locked_for("a", at(20)), Some(Duration::minutes(5)));
        assert_eq!(lockout.locked_for("a", at(80)), Some(Duration::minutes(4)));
        assert_eq!(lockout.locked_for("b", at(80)), None);
        assert_eq!(lockout.locked_for("a", at(320)), None);
        // Counting starts again.
        lockout.failed("a", at(330));
        assert_eq!(lockout.locked_for("a", at(330)), None);
    }

    #[test]
    fn lockout_forgets_old_failures_and_successes() {
        let lockout = Lockout::new(2, Duration::minutes(5));
        lockout.failed("a", at(0));
        lockout.failed("a", at(301));
        assert_eq!(lockout.locked_for("a", at(301)), None);
        lockout.succeeded("a");
        lockout.failed("a", at(302));
        assert_eq!(lockout.locked_for("a", at(302)), None);
        lockout.failed("a", at(303));
        assert!(lockout.locked_for("a", at(303)).is_some());
    }

    #[test]
    fn lockout_memory_is_bounded() {
        let lockout = Lockout::new(5, Duration::minutes(5));
        for n in 0..SWEEP_FLOOR {
            lockout.failed(&format!("user{n}"), at(0));
        }
        assert_eq!(lockout.tracked(), SWEEP_FLOOR);
        lockout.failed("late", at(600));
        assert_eq!(lockout.tracked(), 1);
    }

    #[tokio::test]
    async fn watch_reloads_a_changed_file_and_keeps_the_accounts_on_error() {
        let dir = std::env::temp_dir().join(format!("paxscreen-accounts-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("officers.toml");
        std::fs::write(&path, file(VALID)).unwrap();
        let handle = Arc::new(AccountsHandle::new(Accounts::load(&path).unwrap()));
        let (stop, stopping) = tokio::sync::watch::channel(false);
        let task = tokio::spawn(watch(handle.clone(), path.clone(), stopping));
        let set_mtime = |seconds: u64| {
            let when = SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(seconds);
            std::fs::File::options()
                .write(true)
                .open(&path)
                .unwrap()
                .set_modified(when)
                .unwrap();
        };
        std::fs::write(&path, "[[account]]\nusername = \"x\"\n").unwrap();
        set_mtime(1_000_000);
        tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
        assert_eq!(handle.current().len(), 2);
        let one =
            file("[[account]]\nusername = \"x\"\nrole = \"admin\"\npassword_hash = \"HASH\"\n");
        std::fs::write(&path, one).unwrap();
        set_mtime(2_000_000);
        tokio::time::sleep(std::time::Duration::from_millis(2500)).await;
        assert_eq!(handle.current().len(), 1);
        assert!(handle.current().get("x").is_some());
        stop.send(true).unwrap();
        task.await.unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
