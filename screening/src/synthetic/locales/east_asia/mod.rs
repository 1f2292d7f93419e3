//! Chinese, Japanese and Korean names. Chinese in simplified characters with pinyin (given
//! names of two syllables written together, as PRC passports do); Japanese in katakana with
//! passport Hepburn (long vowels not written: SATO for サトウ); Korean in Hangul with the
//! spellings passports usually carry (KIM, LEE, PARK, CHOI). Their other spellings: Wade-Giles
//! and Cantonese for Chinese, Kunrei-shiki and written long vowels for Japanese, Revised and
//! McCune-Reischauer romanisations for Korean.

mod chinese;
mod japanese;
mod korean;

pub use chinese::CHINESE;
pub use japanese::JAPANESE;
pub use korean::KOREAN;

use super::Locale;

/// The locales of this region.
pub const LOCALES: &[&Locale] = &[&CHINESE, &JAPANESE, &KOREAN];
