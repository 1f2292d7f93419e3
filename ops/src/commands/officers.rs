//! `paxscreen officers add | passwd | disable | enable | remove | list | check`: editing the
//! officers' accounts file that `serve` reads (`[officers] accounts_file`).
//!
//! Passwords are read from standard input (the first line) and only their argon2id hash is
//! written. Every change is checked as `serve` would check the file, then written atomically
//! (a temporary file in the same directory renamed over the old one), so that a running
//! service that reloads the file never sees half of it.

use std::fmt;
use std::fs;
use std::io::{self, BufRead, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::builder::{PossibleValuesParser, TypedValueParser};
use clap::{Args, Subcommand};
use serde::Serialize;

use crate::serve::officer::accounts::{
    check_identity, check_password_strength, hash_password, Account, Accounts, AccountsError, Role,
    MIN_PASSWORD_LEN,
};

/// `paxscreen officers …`.
#[derive(Debug, Subcommand)]
pub enum OfficersCommand {
    /// Add an account; the password is the first line of standard input.
    ///
    /// Example: `printf 'a long passphrase\n' | paxscreen officers add --file officers.toml
    /// --username lhr.officer --role officer --airport LHR`. The file is created when absent;
    /// an existing username is refused unless --replace is given.
    Add(AddArgs),

    /// Change the password of an account; the new password is the first line of standard
    /// input. Sessions already open stay open until they expire.
    Passwd(UserArgs),

    /// Disable an account: it can no longer log in (the account and its history stay).
    Disable(UserArgs),

    /// Enable a disabled account again.
    Enable(UserArgs),

    /// Remove an account from the file.
    Remove(UserArgs),

    /// List the accounts: username, role, airports, and whether disabled (never the hashes).
    List(ListArgs),

    /// Validate the file as `serve` would: prints `FILE: N accounts`, or the first error with
    /// its line and column (exit status 1).
    Check(FileArgs),
}

/// The accounts file.
#[derive(Debug, Args)]
pub struct FileArgs {
    /// The accounts file (TOML, one `[[account]]` table per account): the one `serve` reads
    /// through `[officers] accounts_file`.
    #[arg(long, value_name = "FILE")]
    pub file: PathBuf,
}

/// An account of the accounts file.
#[derive(Debug, Args)]
pub struct UserArgs {
    /// The accounts file.
    #[command(flatten)]
    pub file: FileArgs,

    /// The account's username.
    #[arg(long, value_name = "USERNAME")]
    pub username: String,
}

/// `paxscreen officers add`.
#[derive(Debug, Args)]
pub struct AddArgs {
    /// The accounts file and the username.
    #[command(flatten)]
    pub user: UserArgs,

    /// What the account may do: `officer` works the alerts of its airports (view, confirm,
    /// dismiss, escalate, notes); `supervisor` also suppresses pairs, overrides directives,
    /// reopens and reads the audit of its airports; `admin` manages accounts and reads the
    /// whole audit log, but sees no alert data.
    #[arg(long, value_name = "ROLE", value_parser = role_parser())]
    pub role: Role,

    /// An airport whose alerts the account works (IATA code, e.g. LHR); repeat the option or
    /// separate codes with commas. Officers and supervisors need at least one.
    #[arg(long = "airport", value_name = "IATA", value_delimiter = ',')]
    pub airports: Vec<String>,

    /// Replace the account when the username already exists (its password too).
    #[arg(long)]
    pub replace: bool,
}

/// `paxscreen officers list`.
#[derive(Debug, Args)]
pub struct ListArgs {
    /// The accounts file.
    #[command(flatten)]
    pub file: FileArgs,

    /// Only the accounts that work this airport (IATA code, e.g. LHR).
    #[arg(long, value_name = "IATA")]
    pub airport: Option<String>,

    /// Print a JSON array instead of a table.
    #[arg(long)]
    pub json: bool,
}

/// Parses a role, listing the three in `--help` and in errors.
fn role_parser() -> impl TypedValueParser<Value = Role> {
    PossibleValuesParser::new(Role::ALL.map(Role::as_str)).try_map(|text| text.parse::<Role>())
}

/// A request refused (bad input or a refused file): printed as `paxscreen: MESSAGE`, exit
/// status 1.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Refused(String);

impl fmt::Display for Refused {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Refused {}

/// Refuses with a message.
fn refuse<T>(message: impl Into<String>) -> anyhow::Result<T> {
    Err(Refused(message.into()).into())
}

/// Runs an `officers` subcommand.
///
/// # Errors
/// Unexpected I/O failures; refusals print their reason and return exit status 1.
pub fn run(command: &OfficersCommand) -> anyhow::Result<ExitCode> {
    let outcome = match command {
        OfficersCommand::Add(args) => add(args, read_password),
        OfficersCommand::Passwd(args) => passwd(args, read_password),
        OfficersCommand::Disable(args) => set_disabled(args, true),
        OfficersCommand::Enable(args) => set_disabled(args, false),
        OfficersCommand::Remove(args) => remove(args),
        OfficersCommand::List(args) => list(args).map(|()| String::new()),
        OfficersCommand::Check(args) => check(args),
    };
    match outcome {
        Ok(message) => {
            if !message.is_empty() {
                eprintln!("{message}");
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(error) if is_refusal(&error) => {
            eprintln!("paxscreen: {error}");
            Ok(ExitCode::from(1))
        }
        Err(error) => Err(error),
    }
}

/// True for errors that are the input's fault rather than the machine's.
fn is_refusal(error: &anyhow::Error) -> bool {
    error.downcast_ref::<Refused>().is_some() || error.downcast_ref::<AccountsError>().is_some()
}

/// `add`: returns the line to print.
fn add(
    args: &AddArgs,
    password: impl FnOnce() -> anyhow::Result<String>,
) -> anyhow::Result<String> {
    let path = &args.user.file.file;
    let username = &args.user.username;
    let airports = normalized_airports(&args.airports);
    check_identity(username, args.role, &airports).map_err(Refused)?;
    let mut accounts = load_or_empty(path)?;
    if accounts.get(username).is_some() && !args.replace {
        return refuse(format!(
            "{}: account `{username}` already exists (--replace replaces it)",
            path.display()
        ));
    }
    let password_hash = new_password_hash(password)?;
    let account = Account {
        username: username.clone(),
        role: args.role,
        airports,
        password_hash,
        disabled: false,
    };
    let summary = describe(&account);
    let replaced = add_account(&mut accounts, account, args.replace)?;
    save(path, &accounts)?;
    Ok(if replaced {
        format!("replaced {summary} in {}", path.display())
    } else {
        format!("added {summary} to {}", path.display())
    })
}

/// `passwd`: returns the line to print.
fn passwd(
    args: &UserArgs,
    password: impl FnOnce() -> anyhow::Result<String>,
) -> anyhow::Result<String> {
    let path = &args.file.file;
    let mut accounts = Accounts::load(path)?;
    existing(&accounts, path, &args.username)?;
    let password_hash = new_password_hash(password)?;
    change_password(&mut accounts, &args.username, password_hash)?;
    save(path, &accounts)?;
    Ok(format!(
        "changed the password of {} in {}",
        args.username,
        path.display()
    ))
}

/// `disable` and `enable`: returns the line to print.
fn set_disabled(args: &UserArgs, disabled: bool) -> anyhow::Result<String> {
    let path = &args.file.file;
    let mut accounts = Accounts::load(path)?;
    existing(&accounts, path, &args.username)?;
    let word = if disabled { "disabled" } else { "enabled" };
    if !switch_disabled(&mut accounts, &args.username, disabled)? {
        return Ok(format!(
            "{} is already {word} in {}",
            args.username,
            path.display()
        ));
    }
    save(path, &accounts)?;
    Ok(format!("{word} {} in {}", args.username, path.display()))
}

/// `remove`: returns the line to print.
fn remove(args: &UserArgs) -> anyhow::Result<String> {
    let path = &args.file.file;
    let mut accounts = Accounts::load(path)?;
    existing(&accounts, path, &args.username)?;
    remove_account(&mut accounts, &args.username)?;
    save(path, &accounts)?;
    Ok(format!("removed {} from {}", args.username, path.display()))
}

/// `list`: prints to standard output.
fn list(args: &ListArgs) -> anyhow::Result<()> {
    let mut accounts = Accounts::load(&args.file.file)?;
    if let Some(airport) = &args.airport {
        accounts = only_covering(&accounts, &airport.trim().to_ascii_uppercase());
    }
    let text = if args.json {
        let mut json = serde_json::to_string_pretty(&listed(&accounts))?;
        json.push('\n');
        json
    } else {
        table(&accounts)
    };
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(())
}

/// The accounts that work `airport`, in file order.
fn only_covering(accounts: &Accounts, airport: &str) -> Accounts {
    let mut covering = Accounts::empty();
    for account in accounts.iter().filter(|account| account.covers(airport)) {
        covering.upsert(account.clone());
    }
    covering
}

/// `check`: prints `FILE: N accounts` to standard output.
fn check(args: &FileArgs) -> anyhow::Result<String> {
    let accounts = Accounts::load(&args.file)?;
    let count = accounts.len();
    println!(
        "{}: {count} account{}",
        args.file.display(),
        if count == 1 { "" } else { "s" }
    );
    if accounts.is_empty() {
        eprintln!(
            "paxscreen: note: {} holds no account: nobody can log in",
            args.file.display()
        );
    }
    Ok(String::new())
}

/// The accounts file, or no account when it does not exist yet.
fn load_or_empty(path: &Path) -> anyhow::Result<Accounts> {
    match fs::metadata(path) {
        Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(Accounts::empty()),
        _ => Ok(Accounts::load(path)?),
    }
}

/// Refuses a username that has no account.
fn existing<'a>(
    accounts: &'a Accounts,
    path: &Path,
    username: &str,
) -> anyhow::Result<&'a Account> {
    match accounts.get(username) {
        Some(account) => Ok(account),
        None => refuse(format!("{}: no account `{username}`", path.display())),
    }
}

/// Upper-case airport codes, each once, in the order given.
fn normalized_airports(airports: &[String]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(airports.len());
    for airport in airports {
        let airport = airport.trim().to_ascii_uppercase();
        if !out.contains(&airport) {
            out.push(airport);
        }
    }
    out
}

/// `officer lhr.officer (airports LHR, LGW)`.
fn describe(account: &Account) -> String {
    let airports = if account.airports.is_empty() {
        "no airports".to_owned()
    } else {
        format!("airports {}", account.airports.join(", "))
    };
    format!("{} {} ({airports})", account.role, account.username)
}

/// Reads a new password, refuses a weak one, and hashes it.
fn new_password_hash(password: impl FnOnce() -> anyhow::Result<String>) -> anyhow::Result<String> {
    let password = password()?;
    check_password_strength(&password).map_err(Refused)?;
    hash_password(&password)
}

/// Adds an account (replacing the one of the same username when `replace`); true when one was
/// replaced.
fn add_account(accounts: &mut Accounts, account: Account, replace: bool) -> anyhow::Result<bool> {
    account.check().map_err(Refused)?;
    let exists = accounts.get(&account.username).is_some();
    if exists && !replace {
        return refuse(format!(
            "account `{}` already exists (--replace replaces it)",
            account.username
        ));
    }
    accounts.upsert(account);
    Ok(exists)
}

/// Sets the password hash of an existing account.
fn change_password(accounts: &mut Accounts, username: &str, hash: String) -> anyhow::Result<()> {
    let Some(account) = accounts.get(username) else {
        return refuse(format!("no account `{username}`"));
    };
    let mut account = account.clone();
    account.password_hash = hash;
    account.check().map_err(Refused)?;
    accounts.upsert(account);
    Ok(())
}

/// Disables or enables an existing account; false when it already was.
fn switch_disabled(
    accounts: &mut Accounts,
    username: &str,
    disabled: bool,
) -> anyhow::Result<bool> {
    let Some(account) = accounts.get(username) else {
        return refuse(format!("no account `{username}`"));
    };
    if account.disabled == disabled {
        return Ok(false);
    }
    let mut account = account.clone();
    account.disabled = disabled;
    accounts.upsert(account);
    Ok(true)
}

/// Removes an existing account.
fn remove_account(accounts: &mut Accounts, username: &str) -> anyhow::Result<()> {
    if accounts.remove(username) {
        Ok(())
    } else {
        refuse(format!("no account `{username}`"))
    }
}

/// Checks the accounts as `serve` will read them, then writes the file atomically.
fn save(path: &Path, accounts: &Accounts) -> anyhow::Result<()> {
    let text = accounts.to_toml();
    Accounts::parse(&text, &path.display().to_string())?;
    write_atomically(path, &text).with_context(|| format!("writing {}", path.display()))
}

/// Writes `text` to a temporary file beside `path` (owner-only permissions for a new file, the
/// old file's otherwise), then renames it over `path`.
fn write_atomically(path: &Path, text: &str) -> io::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidInput, "not a file name"))?;
    let temp = dir.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let permissions = fs::metadata(path).ok().map(|meta| meta.permissions());
    let written = write_new(&temp, text, permissions).and_then(|()| fs::rename(&temp, path));
    if written.is_err() {
        let _cleanup = fs::remove_file(&temp);
        return written;
    }
    // Makes the rename durable; not every system can open a directory.
    if let Ok(dir) = fs::File::open(dir) {
        let _synced = dir.sync_all();
    }
    Ok(())
}

/// Creates `temp` (replacing a leftover) with `text`, flushed to disk.
fn write_new(temp: &Path, text: &str, permissions: Option<fs::Permissions>) -> io::Result<()> {
    match fs::remove_file(temp) {
        Err(error) if error.kind() != io::ErrorKind::NotFound => return Err(error),
        _ => {}
    }
    let mut options = fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let mut file = options.open(temp)?;
    file.write_all(text.as_bytes())?;
    if let Some(permissions) = permissions {
        file.set_permissions(permissions)?;
    }
    file.sync_all()
}

/// One account as `list --json` prints it.
#[derive(Debug, Serialize, PartialEq)]
struct Listed<'a> {
    username: &'a str,
    role: Role,
    airports: &'a [String],
    disabled: bool,
}

fn listed(accounts: &Accounts) -> Vec<Listed<'_>> {
    accounts
        .iter()
        .map(|account| Listed {
            username: &account.username,
            role: account.role,
            airports: &account.airports,
            disabled: account.disabled,
        })
        .collect()
}

/// The accounts as an aligned table with a header line.
fn table(accounts: &Accounts) -> String {
    let mut rows = vec![[
        "USERNAME".to_owned(),
        "ROLE".to_owned(),
        "AIRPORTS".to_owned(),
        "STATUS".to_owned(),
    ]];
    for account in accounts.iter() {
        let airports = if account.airports.is_empty() {
            "-".to_owned()
        } else {
            account.airports.join(",")
        };
        let status = if account.disabled {
            "disabled"
        } else {
            "enabled"
        };
        rows.push([
            account.username.clone(),
            account.role.as_str().to_owned(),
            airports,
            status.to_owned(),
        ]);
    }
    let widths: Vec<usize> = (0..4)
        .map(|column| {
            rows.iter()
                .map(|row| row[column].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in &rows {
        let mut line = String::new();
        for (column, cell) in row.iter().enumerate() {
            if column + 1 == row.len() {
                line.push_str(cell);
            } else {
                line.push_str(&format!("{cell:<width$}  ", width = widths[column]));
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Reads a password from standard input: the first line of a pipe or file, or (on a terminal)
/// typed twice without echo.
fn read_password() -> anyhow::Result<String> {
    let stdin = io::stdin();
    if stdin.is_terminal() {
        return read_password_from_terminal();
    }
    let password = read_line(&mut stdin.lock())?;
    if password.is_empty() {
        return refuse(
            "no password on standard input (its first line is the password, e.g. \
             `printf '%s\\n' \"$PASSWORD\" | paxscreen officers …`)",
        );
    }
    Ok(password)
}

/// One line, without its line break.
fn read_line(input: &mut impl BufRead) -> anyhow::Result<String> {
    let mut line = String::new();
    input
        .read_line(&mut line)
        .context("reading the password from standard input")?;
    if line.ends_with('\n') {
        line.pop();
        if line.ends_with('\r') {
            line.pop();
        }
    }
    Ok(line)
}

/// Asks for the password twice on the terminal, with echo off when `stty` can turn it off.
fn read_password_from_terminal() -> anyhow::Result<String> {
    let echo_off = stty("-echo");
    let read = || -> anyhow::Result<(String, String)> {
        eprint!("new password (at least {MIN_PASSWORD_LEN} characters): ");
        let first = read_line(&mut io::stdin().lock())?;
        eprint!("\nthe same password again: ");
        let second = read_line(&mut io::stdin().lock())?;
        eprintln!();
        Ok((first, second))
    };
    let typed = read();
    if echo_off {
        stty("echo");
    }
    let (first, second) = typed?;
    if first != second {
        return refuse("the two passwords differ");
    }
    Ok(first)
}

/// Runs `stty SETTING` on the terminal of standard input; true when it worked.
fn stty(setting: &str) -> bool {
    std::process::Command::new("stty")
        .arg(setting)
        .stdin(std::process::Stdio::inherit())
        .status()
        .is_ok_and(|status| status.success())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A well-formed hash (nobody's password): the file logic does not need real ones.
    const HASH: &str =
        "$argon2id$v=19$m=19456,t=2,p=1$cGF4c2NyZWVuLWR1bW15IQ$6mjyB0BByht+rBV6fbLHMP61esrbPeXEUK0jQ0sJ1MM";

    fn account(username: &str, role: Role, airports: &[&str]) -> Account {
        Account {
            username: username.to_owned(),
            role,
            airports: airports.iter().map(|a| (*a).to_owned()).collect(),
            password_hash: HASH.to_owned(),
            disabled: false,
        }
    }

    fn refusal(result: anyhow::Result<impl fmt::Debug>) -> String {
        let error = result.unwrap_err();
        assert!(is_refusal(&error), "{error:#}");
        error.to_string()
    }

    fn temp_dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("paxscreen-officers-{name}-{}", std::process::id()));
        let _fresh = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn add_args(file: &Path, username: &str, role: Role, airports: &[&str]) -> AddArgs {
        AddArgs {
            user: UserArgs {
                file: FileArgs {
                    file: file.to_owned(),
                },
                username: username.to_owned(),
            },
            role,
            airports: airports.iter().map(|a| (*a).to_owned()).collect(),
            replace: false,
        }
    }

    fn no_password() -> anyhow::Result<String> {
        panic!("the password should not have been read")
    }

    #[test]
    fn adds_replaces_and_refuses() {
        let mut accounts = Accounts::empty();
        let first = account("lhr.officer", Role::Officer, &["LHR"]);
        assert!(!add_account(&mut accounts, first.clone(), false).unwrap());
        assert_eq!(
            refusal(add_account(&mut accounts, first, false)),
            "account `lhr.officer` already exists (--replace replaces it)"
        );
        let moved = account("lhr.officer", Role::Supervisor, &["LGW"]);
        assert!(add_account(&mut accounts, moved.clone(), true).unwrap());
        assert_eq!(accounts.get("lhr.officer"), Some(&moved));
        assert_eq!(accounts.len(), 1);
        assert!(refusal(add_account(
            &mut accounts,
            account("x", Role::Officer, &["lhr"]),
            false
        ))
        .starts_with("airport `lhr`"));
        assert!(refusal(add_account(
            &mut accounts,
            account("x", Role::Officer, &[]),
            false
        ))
        .contains("needs at least one airport"));
    }

    #[test]
    fn edits_existing_accounts_only() {
        let mut accounts = Accounts::empty();
        accounts.upsert(account("a", Role::Officer, &["LHR"]));
        accounts.upsert(account("b", Role::Admin, &[]));
        assert!(switch_disabled(&mut accounts, "a", true).unwrap());
        assert!(!switch_disabled(&mut accounts, "a", true).unwrap());
        assert!(accounts.get("a").unwrap().disabled);
        assert!(switch_disabled(&mut accounts, "a", false).unwrap());
        assert_eq!(
            refusal(switch_disabled(&mut accounts, "z", true)),
            "no account `z`"
        );
        assert!(
            refusal(change_password(&mut accounts, "a", "plain".to_owned()))
                .starts_with("password_hash is not an argon2")
        );
        let other = HASH.replace("6mjy", "7mjy");
        change_password(&mut accounts, "a", other.clone()).unwrap();
        assert_eq!(accounts.get("a").unwrap().password_hash, other);
        assert_eq!(
            refusal(remove_account(&mut accounts, "z")),
            "no account `z`"
        );
        remove_account(&mut accounts, "a").unwrap();
        let names: Vec<&str> = accounts.iter().map(|a| a.username.as_str()).collect();
        assert_eq!(names, ["b"]);
    }

    #[test]
    fn normalizes_airports() {
        let given = ["lhr", " LGW", "LHR"].map(str::to_owned);
        assert_eq!(normalized_airports(&given), ["LHR", "LGW"]);
    }

    #[test]
    fn saves_atomically_keeping_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = temp_dir("save");
        let path = dir.join("officers.toml");
        let mut accounts = Accounts::empty();
        accounts.upsert(account("a", Role::Officer, &["LHR"]));
        save(&path, &accounts).unwrap();
        let mode = |path: &Path| fs::metadata(path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(Accounts::load(&path).unwrap(), accounts);
        fs::set_permissions(&path, fs::Permissions::from_mode(0o640)).unwrap();
        accounts.upsert(account("b", Role::Admin, &[]));
        save(&path, &accounts).unwrap();
        assert_eq!(mode(&path), 0o640);
        assert_eq!(Accounts::load(&path).unwrap(), accounts);
        let names: Vec<String> = fs::read_dir(&dir)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["officers.toml"]);
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn add_and_passwd_write_the_file() {
        let dir = temp_dir("add");
        let path = dir.join("officers.toml");
        let args = add_args(&path, "lhr.officer", Role::Officer, &["lhr"]);
        let line = add(&args, || Ok("secret-passphrase".to_owned())).unwrap();
        assert_eq!(
            line,
            format!(
                "added officer lhr.officer (airports LHR) to {}",
                path.display()
            )
        );
        let accounts = Accounts::load(&path).unwrap();
        let hash = accounts.get("lhr.officer").unwrap().password_hash.clone();
        assert!(hash.starts_with("$argon2id$"));
        // Refusals happen before the password is read.
        assert!(refusal(add(&args, no_password)).contains("already exists"));
        let weak = add_args(&path, "other", Role::Admin, &[]);
        assert!(refusal(add(&weak, || Ok("short".to_owned()))).starts_with("password too short"));
        let user = UserArgs {
            file: FileArgs { file: path.clone() },
            username: "nobody".to_owned(),
        };
        assert!(refusal(passwd(&user, no_password)).ends_with("no account `nobody`"));

        let user = UserArgs {
            file: FileArgs { file: path.clone() },
            username: "lhr.officer".to_owned(),
        };
        passwd(&user, || Ok("another-passphrase".to_owned())).unwrap();
        let accounts = Accounts::load(&path).unwrap();
        assert_ne!(accounts.get("lhr.officer").unwrap().password_hash, hash);
        assert_eq!(accounts.len(), 1);
        assert!(set_disabled(&user, true)
            .unwrap()
            .starts_with("disabled lhr.officer"));
        assert!(
            Accounts::load(&path)
                .unwrap()
                .get("lhr.officer")
                .unwrap()
                .disabled
        );
        assert!(remove(&user).unwrap().starts_with("removed lhr.officer"));
        assert!(Accounts::load(&path).unwrap().is_empty());
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn refused_files_are_refusals() {
        let dir = temp_dir("refused");
        let path = dir.join("officers.toml");
        let text = format!(
            "[[account]]\nusername = \"a\"\nrole = \"chief\"\npassword_hash = \"{HASH}\"\n"
        );
        fs::write(&path, text).unwrap();
        let message = refusal(check(&FileArgs { file: path.clone() }));
        assert!(message
            .ends_with("officers.toml:3:8: unknown role `chief` (officer, supervisor, admin)"));
        let args = add_args(&path, "b", Role::Admin, &[]);
        assert!(refusal(add(&args, no_password)).contains("unknown role"));
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn lists_without_hashes() {
        let mut accounts = Accounts::empty();
        accounts.upsert(account("lhr.officer", Role::Officer, &["LHR", "LGW"]));
        let mut root = account("root", Role::Admin, &[]);
        root.disabled = true;
        accounts.upsert(root);
        assert_eq!(
            table(&accounts),
            "USERNAME     ROLE     AIRPORTS  STATUS\n\
             lhr.officer  officer  LHR,LGW   enabled\n\
             root         admin    -         disabled\n"
        );
        let lhr = only_covering(&accounts, "LHR");
        assert_eq!(lhr.len(), 1);
        assert!(lhr.get("lhr.officer").is_some());
        let json = serde_json::to_value(listed(&accounts)).unwrap();
        assert_eq!(
            json[1],
            serde_json::json!({"username": "root", "role": "admin", "airports": [], "disabled": true})
        );
        assert!(!json.to_string().contains("argon2"));
    }

    #[test]
    fn reads_the_first_line() {
        let read = |text: &str| read_line(&mut io::Cursor::new(text.as_bytes())).unwrap();
        assert_eq!(read("secret passphrase\nmore\n"), "secret passphrase");
        assert_eq!(read("secret\r\n"), "secret");
        assert_eq!(read("no newline"), "no newline");
        assert_eq!(read(""), "");
    }
}
