//! What the officers' triage tests share: accounts written with the binary's own CLI, and a
//! manifest with a listed traveller.

use std::io::Write;
use std::path::Path;
use std::process::Stdio;

use crate::paxscreen;

/// Adds an account with `paxscreen officers add`, the password on standard input.
///
/// # Panics
/// Panics when the command fails.
pub fn add_account(file: &Path, username: &str, role: &str, airports: &[&str], password: &str) {
    let mut command = paxscreen();
    command.args(["officers", "add", "--file"]).arg(file);
    command.args(["--username", username, "--role", role]);
    for airport in airports {
        command.args(["--airport", airport]);
    }
    run_with_password(command, password, &format!("officers add {username}"));
}

/// Changes an account's password with `paxscreen officers passwd`.
///
/// # Panics
/// Panics when the command fails.
pub fn change_password(file: &Path, username: &str, password: &str) {
    let mut command = paxscreen();
    command.args(["officers", "passwd", "--file"]).arg(file);
    command.args(["--username", username]);
    run_with_password(command, password, &format!("officers passwd {username}"));
}

/// Runs a `paxscreen officers` command with a password on its standard input.
fn run_with_password(mut command: std::process::Command, password: &str, what: &str) {
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run paxscreen officers");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(format!("{password}\n").as_bytes())
        .expect("write the password");
    let output = child.wait_with_output().expect("paxscreen officers");
    assert!(
        output.status.success(),
        "paxscreen {what} failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

/// A PAXLST for one flight from CDG to `arrival` with a listed traveller (the example list's
/// NW-0002) and a clean one, departing 2030-12-01 10:00 and arriving 12:30 (local).
pub fn manifest(flight: u32, arrival: &str) -> String {
    format!(
        "UNA:+.? '\
UNB+UNOA:4+XYAIR:ZZ+PAXSCREEN:ZZ+301201:0800+XY{flight}++APIS'\
UNH+1+PAXLST:D:05B:UN:IATA+XY{flight}/301201/1000+01:F'\
BGM+745'\
NAD+MS+++XYAIR'\
TDT+20+XY{flight}+++XY'\
LOC+125+CDG'\
DTM+189:3012011000:201'\
LOC+87+{arrival}'\
DTM+232:3012011230:201'\
NAD+FL+++AL RASHID:OMAR FAROUK'\
ATT+2++M'\
DTM+329:19790312:102'\
NAT+2+ARE'\
RFF+AVF:PNR{flight}'\
RFF+ABO:XY{flight}-0001'\
DOC+P+RA7788990'\
DTM+36:20350101:102'\
LOC+91+ARE'\
NAD+FL+++NILSSON:KARIN'\
ATT+2++F'\
DTM+329:19850505:102'\
NAT+2+SWE'\
RFF+ABO:XY{flight}-0002'\
DOC+P+SE1234567'\
DTM+36:20350101:102'\
LOC+91+SWE'\
CNT+42:2'\
UNT+27+1'\
UNZ+1+XY{flight}'"
    )
}
