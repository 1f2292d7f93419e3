//! The [`Lockout`]: too many failed logins for a username lock it for a while, against
//! password guessing. Its memory is bounded.

use std::collections::{HashMap, VecDeque};
use std::sync::{Mutex, PoisonError};

use chrono::{DateTime, Duration, Utc};

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

#[cfg(test)]
mod tests {
    use super::*;

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
}
