//! Entry positions by `(list, id)`: what finds the entry behind an alert (an officer's detail
//! view, a suppressed pair) without scanning a list of millions.
//!
//! Kept as a sorted vector of `(hash, position)` (16 bytes an entry) rather than a map of owned
//! ids: the ids are in the entries already, and a hash collision is resolved by comparing them.

use std::hash::{Hash, Hasher};

use rustc_hash::FxHasher;

/// Entry positions, sorted by the hash of `(list, id)`.
#[derive(Debug, Default)]
pub(crate) struct EntryKeys {
    keys: Vec<(u64, u32)>,
}

impl EntryKeys {
    /// Indexes entries given as `(list, id)` in position order.
    pub(crate) fn build<'a>(entries: impl Iterator<Item = (u16, &'a str)>) -> EntryKeys {
        let mut keys: Vec<(u64, u32)> = entries
            .enumerate()
            .map(|(position, (list, id))| (key(list, id), position as u32))
            .collect();
        keys.sort_unstable();
        EntryKeys { keys }
    }

    /// Returns the position of entry `id` of list `list`; `id_at` gives the list and id of a
    /// position (to tell apart entries whose keys collide).
    pub(crate) fn find<'a>(
        &self,
        list: u16,
        id: &str,
        id_at: impl Fn(u32) -> (u16, &'a str),
    ) -> Option<u32> {
        let key = key(list, id);
        let start = self.keys.partition_point(|&(k, _)| k < key);
        self.keys[start..]
            .iter()
            .take_while(|&&(k, _)| k == key)
            .map(|&(_, position)| position)
            .find(|&position| id_at(position) == (list, id))
    }

    /// Returns the heap memory held, in bytes.
    pub(crate) fn heap_bytes(&self) -> usize {
        self.keys.capacity() * std::mem::size_of::<(u64, u32)>()
    }
}

fn key(list: u16, id: &str) -> u64 {
    let mut hasher = FxHasher::default();
    list.hash(&mut hasher);
    id.hash(&mut hasher);
    hasher.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_each_entry_by_list_and_id() {
        let entries: Vec<(u16, String)> = (0..1_000)
            .map(|i| ((i % 3) as u16, format!("E-{}", i / 3)))
            .collect();
        let keys = EntryKeys::build(entries.iter().map(|(l, id)| (*l, id.as_str())));
        let id_at = |p: u32| {
            let (list, id) = &entries[p as usize];
            (*list, id.as_str())
        };
        for (position, (list, id)) in entries.iter().enumerate() {
            assert_eq!(keys.find(*list, id, id_at), Some(position as u32));
        }
        // The same id in another list, and an unknown id.
        assert_eq!(keys.find(2, "E-333", id_at), None);
        assert_eq!(keys.find(0, "E-9999", id_at), None);
    }
}
