//! Tokens as listed under an index key, with what is needed to discard most of them without
//! reading the token itself: most tokens that share only a deletion or anagram key with a query
//! token cannot align with it, and reading each one's text is a cache miss.

use crate::similarity::TokenRef;
use crate::tokens::{skeleton, TWO_EDIT_MIN_LEN};

/// The spelling of a token, summarised.
#[derive(Debug, Clone, Copy)]
struct Shape {
    skeleton_hash: u32,
    /// How many times each letter A–Z occurs, four bits a letter (at most 15).
    counts: u128,
    len: u8,
}

impl Shape {
    fn of(text: &str, skeleton: &str) -> Shape {
        Shape {
            skeleton_hash: short_hash(skeleton),
            counts: letter_counts(text),
            len: text.len().min(255) as u8,
        }
    }

    /// Returns false when two tokens, neither a nickname nor starting with a particle, surely
    /// do not align by keys (mirrors [`token_similarity`](crate::similarity::token_similarity);
    /// tokens cut short are found otherwise, see `Neighbours::cut_short`).
    ///
    /// A match needs the same skeleton (transliterations, folded spellings), or a spelling
    /// difference of at most one edit, two where both tokens have eight letters or more (see
    /// `similarity::edits`): lengths that differ by no more, and letter counts that differ by at
    /// most two an edit (one more for RN read as M).
    fn close(&self, other: &Shape) -> bool {
        if self.skeleton_hash == other.skeleton_hash {
            return true;
        }
        let (len, other_len) = (usize::from(self.len), usize::from(other.len));
        let edits = if len.min(other_len) >= TWO_EDIT_MIN_LEN {
            2
        } else {
            1
        };
        len.abs_diff(other_len) <= edits
            && counts_difference(self.counts, other.counts) <= 2 * edits as u32 + 1
    }
}

/// Returns how many times each letter A–Z occurs in a token, four bits a letter, saturating.
fn letter_counts(text: &str) -> u128 {
    text.bytes()
        .filter(u8::is_ascii_uppercase)
        .fold(0u128, |counts, b| {
            let shift = 4 * u32::from(b - b'A');
            if (counts >> shift) & 0xf == 0xf {
                counts
            } else {
                counts + (1u128 << shift)
            }
        })
}

/// Returns the sum over the letters of the difference of their counts.
fn counts_difference(a: u128, b: u128) -> u32 {
    (0..26)
        .map(|i| {
            let (x, y) = ((a >> (4 * i)) & 0xf, (b >> (4 * i)) & 0xf);
            x.abs_diff(y) as u32
        })
        .sum()
}

/// The facts of a token that [`KeyEntry::could_align`] compares: its shape, and the shape of
/// what follows its particle (the whole token when it has none).
#[derive(Debug, Clone, Copy)]
pub(super) struct Probe {
    whole: Shape,
    rest: Shape,
    /// A known nickname: it aligns with its formal names whatever their spelling.
    nickname: bool,

    particle: bool,
    /// What follows the particle is itself a nickname or starts with a particle.
    special_rest: bool,
}

impl Probe {
    pub(super) fn of(token: TokenRef<'_>) -> Probe {
        let particle = token.features.particle_len > 0;
        let (rest, special_rest) = if particle {
            let rest = &token.text[usize::from(token.features.particle_len)..];
            let rest_skeleton = skeleton(rest);
            let rest_token = TokenRef::new(rest, &rest_skeleton);
            let special = rest_token.features.has_formal || rest_token.features.particle_len > 0;
            (Shape::of(rest, &rest_skeleton), special)
        } else {
            (Shape::of(token.text, token.skeleton), false)
        };
        Probe {
            whole: Shape::of(token.text, token.skeleton),
            rest,
            nickname: token.features.has_formal,
            particle,
            special_rest,
        }
    }
}

/// A token as listed under a key.
#[derive(Debug, Clone, Copy)]
pub(super) struct KeyEntry {
    pub(super) token: u32,
    probe: Probe,
}

impl KeyEntry {
    pub(super) fn new(token: u32, probe: Probe) -> KeyEntry {
        KeyEntry { token, probe }
    }

    /// Returns false when the token surely does not align with the query token `probe`.
    ///
    /// A nickname may align whatever the spelling. Otherwise the whole tokens must be close
    /// (see [`Shape::close`]), or, when either starts with a particle, what follows the
    /// particles: the same (ALRASHID, RASHID) or aligning after the same particle (BENAMMAR,
    /// BENOMAR), which [`Shape::close`] checks in turn unless that part is special itself.
    pub(super) fn could_align(&self, probe: &Probe) -> bool {
        let listed = &self.probe;
        if listed.nickname || probe.nickname || listed.whole.close(&probe.whole) {
            return true;
        }
        (listed.particle || probe.particle)
            && (listed.special_rest || probe.special_rest || listed.rest.close(&probe.rest))
    }
}

fn short_hash(text: &str) -> u32 {
    text.bytes().fold(0x811c_9dc5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::similarity::token_similarity;
    use crate::synthetic::{entries, Rng};
    use crate::tokens::{name_tokens, token_keys, KeyKind};

    /// Every pair that aligns passes `could_align` or shares an exact key (which skips it), among
    /// list tokens and typos of them (one letter deleted, doubled, swapped or replaced: the near
    /// misses the filter sees). Initials are left out: they align through the walk, not through
    /// keys; so are tokens cut short.
    #[test]
    fn could_align_never_rejects_an_aligning_pair() {
        let mut tokens: Vec<String> = entries(250, 7)
            .iter()
            .flat_map(|e| e.names.iter().flat_map(|n| name_tokens(n)))
            .collect();
        // Particles, nicknames and umlaut spellings, which take other paths.
        for token in [
            "ALRASHID",
            "RASHID",
            "ELRASHID",
            "BENAMMAR",
            "BENOMAR",
            "ABUHADDADI",
            "HADDADI",
            "VANDERBERG",
            "VANDENBERG",
            "BILL",
            "WILLIAM",
            "MUELLER",
            "MULLER",
            "OESTERGAARD",
            "OSTERGARD",
            "BARTHOLOMEW",
            "BARTHOLEMEW",
            "MOHAMMED",
            "MUHAMMAD",
            "CHANG",
            "ZHANG",
            "HSIAOMING",
            "XIAOMING",
            "IURII",
            "YURI",
        ] {
            tokens.push(token.to_owned());
        }
        tokens.sort();
        tokens.dedup();
        let mut rng = Rng::new(3);
        let mut variants = Vec::new();
        for token in &tokens {
            let bytes = token.as_bytes();
            for _ in 0..2 {
                let mut edited = bytes.to_vec();
                let i = rng.below(bytes.len());
                match rng.below(4) {
                    0 => {
                        edited.remove(i);
                    }
                    1 => edited.insert(i, bytes[i]),
                    2 if i + 1 < bytes.len() => edited.swap(i, i + 1),
                    _ => edited[i] = b'A' + rng.below(26) as u8,
                }
                if let Ok(text) = String::from_utf8(edited) {
                    variants.push(text);
                }
            }
        }
        variants.extend(tokens.iter().cloned());
        let with_skeletons = |list: &[String]| -> Vec<(String, String)> {
            list.iter().map(|t| (t.clone(), skeleton(t))).collect()
        };
        let (listed, queried) = (with_skeletons(&tokens), with_skeletons(&variants));
        let mut aligned = 0;
        for (q, q_skeleton) in &queried {
            let query = TokenRef::new(q, q_skeleton);
            let probe = Probe::of(query);
            for (l, l_skeleton) in &listed {
                let list = TokenRef::new(l, l_skeleton);
                // Tokens cut short align through `Neighbours::cut_short`, not through keys.
                let aligns = token_similarity(query, list)
                    .is_some_and(|(_, kind)| kind != crate::similarity::TokenMatch::Truncated);
                if q.len() > 1 && l.len() > 1 && aligns {
                    aligned += 1;
                    let entry = KeyEntry::new(0, Probe::of(list));
                    // Tokens sharing an exact key are compared without this check.
                    let exact = |t: &str| {
                        token_keys(t)
                            .into_iter()
                            .filter(|(_, kind)| *kind == KeyKind::Exact)
                            .map(|(k, _)| k)
                            .collect::<Vec<_>>()
                    };
                    let share_exact = exact(q).iter().any(|k| exact(l).contains(k));
                    assert!(entry.could_align(&probe) || share_exact, "{q} vs {l}");
                }
            }
        }
        assert!(aligned > tokens.len(), "{aligned} aligned pairs");
    }

    #[test]
    fn unrelated_spellings_are_discarded() {
        let (a, b) = ("HADDADAN", "HOSSEINI");
        let (skeleton_a, skeleton_b) = (skeleton(a), skeleton(b));
        let entry = KeyEntry::new(0, Probe::of(TokenRef::new(a, &skeleton_a)));
        assert!(!entry.could_align(&Probe::of(TokenRef::new(b, &skeleton_b))));
    }
}
