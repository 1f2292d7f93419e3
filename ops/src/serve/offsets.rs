//! Which Kafka offsets may be committed: at-least-once delivery commits a partition only up to
//! the first record whose outputs are not all acknowledged yet, and a part of a multi-part
//! manifest counts as done only once the manifest it belongs to is complete and screened (a
//! crash before then replays the part instead of losing it).

use std::collections::{BTreeMap, HashMap};

/// The state of one consumed record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Queued or being screened; `released` counts the manifests it held that another record
    /// completed before this one's outcome came back.
    Running { released: usize },
    /// Screened, but held by this many incomplete multi-part manifests.
    Held(usize),
    /// Every output acknowledged.
    Done,
}

/// Offsets of the partitions this worker consumes.
#[derive(Debug, Default)]
pub struct Offsets {
    /// partition → offset → state, for records not yet committed.
    partitions: HashMap<i32, BTreeMap<i64, State>>,
    /// partition → offset to commit, once [`Offsets::advance`] found done records.
    ready: BTreeMap<i32, i64>,
    /// partition → first offset not yet done and removed: records below were processed.
    position: HashMap<i32, i64>,
}

impl Offsets {
    /// Records that `offset` of `partition` was consumed; returns false for a record already
    /// seen (some brokers deliver a record twice): it must not be processed again.
    pub fn start(&mut self, partition: i32, offset: i64) -> bool {
        if self
            .position
            .get(&partition)
            .is_some_and(|&position| offset < position)
        {
            return false;
        }
        let records = self.partitions.entry(partition).or_default();
        if records.contains_key(&offset) {
            return false;
        }
        records.insert(offset, State::Running { released: 0 });
        true
    }

    /// Records that a record's outputs are acknowledged; `held` counts the multi-part
    /// manifests it left incomplete (each released later by [`Offsets::release`]).
    pub fn finish(&mut self, partition: i32, offset: i64, held: usize) {
        if let Some(state) = self.state(partition, offset) {
            *state = match *state {
                State::Running { released } if held > released => State::Held(held - released),
                _ => State::Done,
            };
        }
    }

    /// Records that a multi-part manifest the record held is now complete and screened.
    pub fn release(&mut self, partition: i32, offset: i64) {
        if let Some(state) = self.state(partition, offset) {
            *state = match *state {
                State::Running { released } => State::Running {
                    released: released + 1,
                },
                State::Held(n) if n > 1 => State::Held(n - 1),
                State::Held(_) | State::Done => State::Done,
            };
        }
    }

    fn state(&mut self, partition: i32, offset: i64) -> Option<&mut State> {
        self.partitions
            .get_mut(&partition)
            .and_then(|records| records.get_mut(&offset))
    }

    /// Forgets partitions taken away by a rebalance: their records will be redelivered to
    /// the new owner from its last commit.
    pub fn revoke(&mut self, partitions: &[i32]) {
        for partition in partitions {
            self.partitions.remove(partition);
            self.ready.remove(partition);
            self.position.remove(partition);
        }
    }

    /// Removes the leading done records of each partition, remembering the offset to commit.
    pub fn advance(&mut self) {
        for (&partition, records) in &mut self.partitions {
            while let Some(entry) = records.first_entry() {
                if *entry.get() != State::Done {
                    break;
                }
                self.ready.insert(partition, *entry.key() + 1);
                self.position.insert(partition, *entry.key() + 1);
                entry.remove();
            }
        }
    }

    /// Returns, per partition whose position moved since the last call, the offset to commit
    /// (the next record to read).
    pub fn take_ready(&mut self) -> Vec<(i32, i64)> {
        std::mem::take(&mut self.ready).into_iter().collect()
    }

    /// [`Offsets::advance`] then [`Offsets::take_ready`].
    pub fn committable(&mut self) -> Vec<(i32, i64)> {
        self.advance();
        self.take_ready()
    }

    /// Returns the number of records consumed and not yet committable.
    pub fn outstanding(&self) -> usize {
        self.partitions.values().map(BTreeMap::len).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn commits_stop_at_the_first_unfinished_record() {
        let mut offsets = Offsets::default();
        for offset in 10..15 {
            offsets.start(0, offset);
        }
        offsets.finish(0, 10, 0);
        offsets.finish(0, 12, 0);
        assert_eq!(offsets.committable(), vec![(0, 11)]);
        assert_eq!(offsets.committable(), vec![], "nothing new");
        offsets.finish(0, 11, 0);
        assert_eq!(offsets.committable(), vec![(0, 13)]);
        assert_eq!(offsets.outstanding(), 2);
    }

    #[test]
    fn a_held_part_blocks_its_partition_until_its_manifest_completes() {
        let mut offsets = Offsets::default();
        offsets.start(3, 0);
        offsets.start(3, 1);
        offsets.start(4, 7);
        offsets.finish(3, 0, 1);
        offsets.finish(4, 7, 0);
        assert_eq!(offsets.committable(), vec![(4, 8)], "partition 3 is held");
        offsets.finish(3, 1, 0);
        assert_eq!(offsets.committable(), vec![], "still held");
        offsets.release(3, 0);
        assert_eq!(offsets.committable(), vec![(3, 2)]);
    }

    #[test]
    fn a_release_may_arrive_before_the_held_outcome() {
        let mut offsets = Offsets::default();
        offsets.start(0, 0);
        offsets.release(0, 0);
        offsets.finish(0, 0, 2);
        assert_eq!(offsets.committable(), vec![], "one manifest still held");
        offsets.release(0, 0);
        assert_eq!(offsets.committable(), vec![(0, 1)]);
    }

    #[test]
    fn a_record_delivered_twice_is_processed_once() {
        let mut offsets = Offsets::default();
        assert!(offsets.start(0, 4));
        assert!(!offsets.start(0, 4), "still running");
        offsets.finish(0, 4, 0);
        assert_eq!(offsets.committable(), vec![(0, 5)]);
        assert!(!offsets.start(0, 4), "already done");
        assert!(offsets.start(0, 5));
    }

    #[test]
    fn revoked_partitions_are_forgotten() {
        let mut offsets = Offsets::default();
        offsets.start(1, 5);
        offsets.finish(1, 5, 1);
        offsets.revoke(&[1]);
        offsets.release(1, 5);
        assert_eq!(offsets.committable(), vec![]);
        assert_eq!(offsets.outstanding(), 0);
        assert!(
            offsets.start(1, 2),
            "when assigned again, any offset may come"
        );
    }
}
