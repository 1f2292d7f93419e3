//! The evidence model: the weights of every kind of evidence, in bits, and how a total becomes a
//! score.
//!
//! A total of `B` bits says the traveller is the listed person with odds `2^B` times what they
//! were before looking; a list's threshold is a total in bits. The score shown is
//! `1 / (1 + e^-(SCALE·(B − THRESHOLD_BITS) + logit(DEFAULT_THRESHOLD)))`: the default threshold
//! 0.85 sits at [`THRESHOLD_BITS`], every further bit raises the odds of the score by
//! `e^SCALE`. Thresholds between 0 and 1 (a list's own, `--threshold`) are read on the same
//! scale, so a list at 0.9 needs about 1.5 bits more.
//!
//! The weights are log-likelihood ratios `log2(m / u)`: `m` how often the evidence is seen when
//! traveller and entry are one person, `u` when they are not. They were set from the labelled
//! name pairs and checked on variants generated at random (`paxscreen bench --variants`); the
//! README has the table.

/// Total evidence, in bits, at which a match is a hit at the default threshold.
pub const THRESHOLD_BITS: f32 = 14.0;

/// The default threshold, as a score.
pub const DEFAULT_THRESHOLD: f32 = 0.85;

/// Change of the score's log-odds per bit.
pub const SCALE: f32 = 0.3;

/// Names of a list up to which its namesakes ask nothing more (see [`namesake_bits`]).
pub const SMALL_LIST_NAMES: usize = 10_000;

/// Returns what the namesakes of a list of `names` names ask of a match, in bits, where both
/// dates of birth are known: `log2(names / SMALL_LIST_NAMES)`, 0 for smaller lists.
///
/// A name's evidence says how rare it is on the list (see [`crate::score`]), so a list of a
/// million names holds a hundred times the namesakes of a small one for any name; where dates
/// of birth are known, they are what must tell those namesakes apart, and the match must carry
/// that many more bits. Where a date is missing on either side, nothing can tell them apart: the
/// name decides, as on a small list, so that the listed person is found first.
pub fn namesake_bits(names: usize) -> f32 {
    (names.max(SMALL_LIST_NAMES) as f32 / SMALL_LIST_NAMES as f32).log2()
}

fn logit(p: f32) -> f32 {
    let p = p.clamp(1e-6, 1.0 - 1e-6);
    (p / (1.0 - p)).ln()
}

/// Returns the score (0–1) of a total of evidence in bits.
pub fn score_of(bits: f32) -> f32 {
    let x = SCALE * (bits - THRESHOLD_BITS) + logit(DEFAULT_THRESHOLD);
    1.0 / (1.0 + (-x).exp())
}

/// Returns the total of evidence in bits at which a score reaches `threshold`.
pub fn bits_of(threshold: f32) -> f32 {
    THRESHOLD_BITS + (logit(threshold) - logit(DEFAULT_THRESHOLD)) / SCALE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_threshold_sits_at_the_threshold_bits() {
        assert!((score_of(THRESHOLD_BITS) - DEFAULT_THRESHOLD).abs() < 1e-5);
        assert!((bits_of(DEFAULT_THRESHOLD) - THRESHOLD_BITS).abs() < 1e-4);
        for threshold in [0.5, 0.7, 0.9, 0.95, 0.99] {
            assert!((score_of(bits_of(threshold)) - threshold).abs() < 1e-4);
        }
        assert!(score_of(THRESHOLD_BITS + 1.0) > score_of(THRESHOLD_BITS));
    }
}
