//! Officers' accounts for the triage tests, written with the binary's own CLI.

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
    let mut child = command
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run paxscreen officers add");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(format!("{password}\n").as_bytes())
        .expect("write the password");
    let output = child.wait_with_output().expect("paxscreen officers add");
    assert!(
        output.status.success(),
        "paxscreen officers add {username} failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}
