//! The document index: exact and near matches on (issuing country, normalised number).
//!
//! Keys are packed: the number in base 37 into a `u128` (up to 24 characters; longer numbers are
//! hashed), the country into a `u32`. A second map holds numbers in *OCR-canonical* form (O→0,
//! I→1, S→5, B→8, Z→2, G→6, Q→0, D→0), so one lookup finds a number that differs only by OCR
//! confusions; transpositions of adjacent characters are looked up in that map too. A number from
//! another issuing country is never a match.

use rustc_hash::FxHashMap;
use serde::Serialize;

/// How a document matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentMatch {
    /// Same country and number.
    Exact,
    /// Same country, number equal once OCR confusions (0/O, 1/I, 5/S, 8/B…) are folded.
    OcrConfusion,
    /// Same country, two adjacent characters swapped.
    Transposition,
}

impl DocumentMatch {
    /// Returns the confidence of this kind of match (0–1).
    pub fn confidence(self) -> f32 {
        match self {
            DocumentMatch::Exact => 1.0,
            DocumentMatch::OcrConfusion => 0.8,
            DocumentMatch::Transposition => 0.75,
        }
    }
}

/// Indexes documents by (issuing country, number): exact and near lookups.
///
/// Memory per document is about 90 bytes (two hash maps of 64-bit keys, chains for equal keys,
/// and the packed country and number for verification), so ten million records fit in 1 GB.
#[derive(Debug)]
pub struct DocumentIndex {
    exact: FxHashMap<u64, u32>,
    canonical: FxHashMap<u64, u32>,
    /// Chains records that share an exact or canonical key: `next[record]`.
    next_exact: Vec<u32>,
    next_canonical: Vec<u32>,
    countries: Vec<u32>,
    numbers: Vec<[u64; 2]>,
}

/// Mixes a packed country and number into one 64-bit key (collisions are verified on lookup).
fn key(country: u32, number: u128) -> u64 {
    let mut hash = u64::from(country).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    for part in [number as u64, (number >> 64) as u64] {
        hash = (hash ^ part).wrapping_mul(0xff51_afd7_ed55_8ccd);
        hash ^= hash >> 33;
    }
    hash
}

fn split(number: u128) -> [u64; 2] {
    [number as u64, (number >> 64) as u64]
}

fn join(parts: [u64; 2]) -> u128 {
    u128::from(parts[0]) | (u128::from(parts[1]) << 64)
}

const NONE: u32 = u32::MAX;

/// Packs an alpha-3 (or ICAO) country code; unknown or empty countries pack to 0.
pub fn pack_country(country: &str) -> u32 {
    country
        .bytes()
        .take(4)
        .fold(0, |acc, b| (acc << 8) | u32::from(b))
}

/// Packs a normalised document number (A–Z, 0–9).
pub fn pack_number(number: &str) -> u128 {
    pack_bytes(number.as_bytes())
}

/// Packs the bytes of a normalised document number (see [`pack_number`]).
fn pack_bytes(number: &[u8]) -> u128 {
    if number.len() > 24 {
        // FNV-1a over the bytes, tagged so it cannot equal a packed short number.
        let mut hash: u128 = 0x6c62_272e_07bb_0142_62b8_2175_6295_c58d;
        for &b in number {
            hash ^= u128::from(b);
            hash = hash.wrapping_mul(0x0000_0000_0100_0000_0000_0000_0000_013b);
        }
        return hash | (1 << 127);
    }
    number.iter().fold(0u128, |acc, &b| {
        let digit = match b {
            b'0'..=b'9' => u128::from(b - b'0') + 1,
            b'A'..=b'Z' => u128::from(b - b'A') + 11,
            _ => 0,
        };
        acc * 37 + digit
    })
}

/// Returns the number a [`pack_number`] value stands for, or `None` for a hashed long number.
pub fn unpack_number(mut packed: u128) -> Option<String> {
    if packed & (1 << 127) != 0 {
        return None;
    }
    let mut bytes = Vec::new();
    while packed > 0 {
        let digit = (packed % 37) as u8;
        packed /= 37;
        bytes.push(match digit {
            1..=10 => b'0' + digit - 1,
            11..=36 => b'A' + digit - 11,
            _ => return None,
        });
    }
    bytes.reverse();
    String::from_utf8(bytes).ok()
}

/// Folds characters that OCR and keying confuse onto one representative.
pub fn ocr_canonical(number: &str) -> String {
    number.bytes().map(|b| char::from(fold_ocr(b))).collect()
}

fn fold_ocr(b: u8) -> u8 {
    match b {
        b'O' | b'Q' | b'D' => b'0',
        b'I' | b'L' => b'1',
        b'Z' => b'2',
        b'S' => b'5',
        b'G' => b'6',
        b'B' => b'8',
        other => other,
    }
}

impl DocumentIndex {
    /// Returns an empty index with room for `capacity` documents.
    pub fn with_capacity(capacity: usize) -> DocumentIndex {
        let mut index = DocumentIndex {
            exact: FxHashMap::default(),
            canonical: FxHashMap::default(),
            next_exact: Vec::new(),
            next_canonical: Vec::new(),
            countries: Vec::new(),
            numbers: Vec::new(),
        };
        index.reserve(capacity);
        index
    }

    /// Makes room for `additional` more documents (avoids growing the maps one doubling at a time
    /// while loading a large list).
    pub fn reserve(&mut self, additional: usize) {
        self.exact.reserve(additional);
        self.canonical.reserve(additional);
        self.next_exact.reserve(additional);
        self.next_canonical.reserve(additional);
        self.countries.reserve(additional);
        self.numbers.reserve(additional);
    }

    /// Returns the number of documents indexed.
    pub fn len(&self) -> usize {
        self.countries.len()
    }

    /// Returns true when no document is indexed.
    pub fn is_empty(&self) -> bool {
        self.countries.is_empty()
    }

    /// Returns an estimate of the heap memory held, in bytes.
    pub fn heap_bytes(&self) -> usize {
        // hashbrown: key + value (padded to 16 bytes) + one control byte per bucket.
        (self.exact.capacity() + self.canonical.capacity()) * 17
            + (self.next_exact.capacity()
                + self.next_canonical.capacity()
                + self.countries.capacity())
                * 4
            + self.numbers.capacity() * 16
    }

    /// Returns the number of document `id`, as indexed.
    pub fn number(&self, id: u32) -> Option<String> {
        self.numbers
            .get(id as usize)
            .and_then(|parts| unpack_number(join(*parts)))
    }

    /// Adds a document; its id is the number of documents added before it.
    pub fn insert(&mut self, country: &str, number: &str) -> u32 {
        let id = self.countries.len() as u32;
        let packed_country = pack_country(country);
        let packed_number = pack_number(number);
        self.countries.push(packed_country);
        self.numbers.push(split(packed_number));
        let previous = self
            .exact
            .insert(key(packed_country, packed_number), id)
            .unwrap_or(NONE);
        self.next_exact.push(previous);
        let canonical = pack_number(&ocr_canonical(number));
        let previous = self
            .canonical
            .insert(key(packed_country, canonical), id)
            .unwrap_or(NONE);
        self.next_canonical.push(previous);
        id
    }

    /// Returns every document matching `(country, number)`, with how it matched.
    ///
    /// When `country` is empty only documents listed without a country can match exactly; near
    /// matches always need the same country.
    pub fn lookup(&self, country: &str, number: &str, out: &mut Vec<(u32, DocumentMatch)>) {
        out.clear();
        if number.is_empty() {
            return;
        }
        let packed_country = pack_country(country);
        let packed_number = pack_number(number);
        let mut id = self
            .exact
            .get(&key(packed_country, packed_number))
            .copied()
            .unwrap_or(NONE);
        while id != NONE {
            let record = id as usize;
            if self.countries[record] == packed_country
                && join(self.numbers[record]) == packed_number
            {
                out.push((id, DocumentMatch::Exact));
            }
            id = self.next_exact[record];
        }
        if packed_country == 0 {
            return;
        }
        // Allocation-free: the folded number and its transpositions live in a stack buffer.
        let mut buffer = [0u8; 32];
        let length = number.len().min(buffer.len());
        for (slot, b) in buffer.iter_mut().zip(number.bytes()) {
            *slot = fold_ocr(b);
        }
        let canonical = &mut buffer[..length];
        self.collect_canonical(packed_country, canonical, DocumentMatch::OcrConfusion, out);
        for i in 0..length.saturating_sub(1) {
            if canonical[i] == canonical[i + 1] {
                continue;
            }
            canonical.swap(i, i + 1);
            self.collect_canonical(packed_country, canonical, DocumentMatch::Transposition, out);
            canonical.swap(i, i + 1);
        }
    }

    fn collect_canonical(
        &self,
        country: u32,
        canonical: &[u8],
        kind: DocumentMatch,
        out: &mut Vec<(u32, DocumentMatch)>,
    ) {
        let packed = pack_bytes(canonical);
        let mut id = self
            .canonical
            .get(&key(country, packed))
            .copied()
            .unwrap_or(NONE);
        while id != NONE {
            let record = id as usize;
            let same = self.countries[record] == country
                && unpack_number(join(self.numbers[record]))
                    .is_some_and(|n| pack_number(&ocr_canonical(&n)) == packed);
            if same && !out.iter().any(|(seen, _)| *seen == id) {
                out.push((id, kind));
            }
            id = self.next_canonical[record];
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lookup(index: &DocumentIndex, country: &str, number: &str) -> Vec<(u32, DocumentMatch)> {
        let mut out = Vec::new();
        index.lookup(country, number, &mut out);
        out
    }

    #[test]
    fn exact_near_and_other_country() {
        let mut index = DocumentIndex::with_capacity(4);
        index.insert("FRA", "12AB34567");
        index.insert("DEU", "C01X00T47");
        index.insert("USA", "123456789");
        assert_eq!(
            lookup(&index, "FRA", "12AB34567"),
            [(0, DocumentMatch::Exact)]
        );
        assert_eq!(
            lookup(&index, "DEU", "CO1XOOT47"),
            [(1, DocumentMatch::OcrConfusion)]
        );
        assert_eq!(
            lookup(&index, "USA", "123456798"),
            [(2, DocumentMatch::Transposition)]
        );
        assert!(
            lookup(&index, "GBR", "12AB34567").is_empty(),
            "another country is not a hit"
        );
        assert!(lookup(&index, "FRA", "12AB34568").is_empty());
    }

    #[test]
    fn duplicates_are_chained() {
        let mut index = DocumentIndex::with_capacity(2);
        index.insert("FRA", "X1");
        index.insert("FRA", "X1");
        assert_eq!(lookup(&index, "FRA", "X1").len(), 2);
    }

    #[test]
    fn packing_round_trips() {
        for number in ["12AB34567", "0", "ZZZZZZZZZZZZZZZZZZZZZZZZ", "A0B1"] {
            assert_eq!(unpack_number(pack_number(number)).as_deref(), Some(number));
        }
        assert_eq!(unpack_number(pack_number(&"9".repeat(30))), None);
    }

    #[test]
    fn long_numbers_are_hashed_apart() {
        let long = "A".repeat(30);
        assert_ne!(pack_number(&long), pack_number(&"A".repeat(24)));
        assert_ne!(pack_number("A0"), pack_number("0A"));
    }
}
