//! The accounts in force ([`AccountsHandle`]) and the task that reloads the accounts file when
//! it changes ([`watch`]), keeping the accounts in force when the new file is refused.

use std::path::PathBuf;
use std::sync::Arc;

use arc_swap::ArcSwap;

use super::Accounts;
use crate::serve::file_watch::FileWatch;

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
const CHECK_EVERY: std::time::Duration = crate::serve::file_watch::CHECK_EVERY;

/// Re-reads the file every 2 s when its modification time changes; a file with an error is
/// refused with its position (tracing::error, no secrets) and the accounts in force stay.
/// Returns when `stopping` turns true.
pub async fn watch(
    handle: Arc<AccountsHandle>,
    path: PathBuf,
    mut stopping: tokio::sync::watch::Receiver<bool>,
) {
    let mut file = FileWatch::new(path.clone(), CHECK_EVERY);
    while file.changed(&mut stopping).await {
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
    use super::super::fixtures::{file, VALID};
    use super::*;

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
            let when = std::time::SystemTime::UNIX_EPOCH + std::time::Duration::from_secs(seconds);
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
