//! End-to-end tests for paxscreen: they run the `paxscreen` binary on fixtures and as a service.
//! The tests live in `tests/tests/`; this library holds the shared helpers: where the workspace
//! is, a `Command` for the binary (built on first use), a running service ([`service`]) and the
//! Kafka and Redis servers of the distributed-mode tests ([`backends`]).

pub mod backends;
pub mod officers;
pub mod service;
pub mod webdriver;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::OnceLock;

/// Returns the workspace root (the folder holding the root `Cargo.toml`).
pub fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_default()
}

/// Returns the folder of the public third-party samples beside the repository, if present.
pub fn shared_samples() -> Option<PathBuf> {
    let dir = workspace_root().join("../shared/samples");
    dir.is_dir().then_some(dir)
}

/// Returns the path of the `paxscreen` binary of this build profile, building it once if needed.
///
/// # Panics
/// Panics when the binary cannot be built: the tests cannot run without it.
pub fn paxscreen_path() -> &'static Path {
    static PATH: OnceLock<PathBuf> = OnceLock::new();
    PATH.get_or_init(|| {
        // target/<profile>/deps/<test binary> → target/<profile>
        let profile_dir = std::env::current_exe()
            .ok()
            .and_then(|exe| exe.parent().and_then(Path::parent).map(Path::to_path_buf))
            .unwrap_or_else(|| workspace_root().join("target/debug"));
        let release = profile_dir
            .file_name()
            .is_some_and(|name| name == "release");
        let mut build = Command::new(env!("CARGO"));
        build
            .args([
                "build",
                "--quiet",
                "-p",
                "paxscreen-ops",
                "--bin",
                "paxscreen",
            ])
            .current_dir(workspace_root());
        if release {
            build.arg("--release");
        }
        let status = build
            .status()
            .unwrap_or_else(|e| panic!("cannot run cargo build: {e}"));
        assert!(status.success(), "cargo build of paxscreen failed");
        profile_dir.join(format!("paxscreen{}", std::env::consts::EXE_SUFFIX))
    })
}

/// Returns a `Command` running the `paxscreen` binary from the workspace root.
pub fn paxscreen() -> Command {
    let mut command = Command::new(paxscreen_path());
    command.current_dir(workspace_root());
    command
}
