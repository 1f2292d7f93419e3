//! Splitting a name into runs of words of one script.
//!
//! The name is first put in NFKC form (half-width katakana and Arabic presentation forms become
//! the ordinary letters, Hangul jamo compose into syllables). A word ends at a space, a hyphen
//! or any other separator, and where the script changes (`田中はなこ` is two words, Han and
//! kana). Combining marks belong to the word of the letter before them. Apostrophes and
//! zero-width characters stay inside the word (the Hebrew reader reads an apostrophe after ג ז צ
//! as a geresh; the others drop it). Consecutive words of one script form a run.

use unicode_normalization::UnicodeNormalization;

/// The scripts that have a reader, Latin, and every other script.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Script {
    Latin,
    Cyrillic,
    Greek,
    Arabic,
    Hebrew,
    Armenian,
    Georgian,
    Han,
    Kana,
    Hangul,
    Thai,
    Other,
}

/// Consecutive words of one script.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Run {
    pub(crate) script: Script,
    pub(crate) words: Vec<String>,
}

/// What a character is to the splitter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Class {
    /// A letter (or digit) of a script.
    Letter(Script),
    /// A combining mark, or a sign that belongs to the word it is in.
    Joiner,
    /// A word separator.
    Separator,
}

/// Returns the script of a letter by its Unicode block; `None` when it is no letter of a script.
fn script_of(c: char) -> Option<Script> {
    let code = u32::from(c);
    Some(match code {
        0x0370..=0x03FF | 0x1F00..=0x1FFF => Script::Greek,
        0x0400..=0x052F | 0x1C80..=0x1C8F | 0x2DE0..=0x2DFF | 0xA640..=0xA69F => Script::Cyrillic,
        0x0530..=0x058F | 0xFB13..=0xFB17 => Script::Armenian,
        0x0590..=0x05FF | 0xFB1D..=0xFB4F => Script::Hebrew,
        0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF => {
            Script::Arabic
        }
        0x0E00..=0x0E7F => Script::Thai,
        0x10A0..=0x10FF | 0x1C90..=0x1CBF | 0x2D00..=0x2D2F => Script::Georgian,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xA960..=0xA97F | 0xAC00..=0xD7FF => Script::Hangul,
        0x3040..=0x30FF | 0x31F0..=0x31FF | 0xFF66..=0xFF9F => Script::Kana,
        0x3005 | 0x3007 | 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0xF900..=0xFAFF => Script::Han,
        0x20000..=0x323AF => Script::Han,
        _ if c.is_ascii_alphanumeric() => Script::Latin,
        0x00C0..=0x024F | 0x1D00..=0x1DBF | 0x1E00..=0x1EFF | 0x2C60..=0x2C7F => Script::Latin,
        0xA720..=0xA7FF | 0xAB30..=0xAB6F | 0xFF21..=0xFF5A => Script::Latin,
        _ if c.is_alphanumeric() => Script::Other,
        _ => return None,
    })
}

/// Returns true for the apostrophes, zero-width characters and soft hyphens that stay inside a
/// word.
fn is_joiner(c: char) -> bool {
    matches!(
        c,
        '\'' | '`'
            | '\u{00AD}'
            | '\u{00B4}'
            | '\u{02B9}'..='\u{02BD}'
            | '\u{200B}'..='\u{200F}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{2060}'
            | '\u{FEFF}'
    )
}

fn class(c: char) -> Class {
    // The katakana middle dot separates the words of a foreign name (ジョン・スミス).
    if c == '\u{30FB}' || c == '\u{FF65}' {
        return Class::Separator;
    }
    if is_joiner(c) {
        return Class::Joiner;
    }
    match script_of(c) {
        // Marks inside a script's block (Arabic harakat, Thai vowels, Hebrew points) are letters
        // of that script; the long-vowel mark ー is a kana letter.
        Some(script) => Class::Letter(script),
        None if is_mark(c) => Class::Joiner,
        None => Class::Separator,
    }
}

/// Combining marks outside the blocks of the scripts (combining diacritics, kana voicing
/// marks).
fn is_mark(c: char) -> bool {
    matches!(
        u32::from(c),
        0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF | 0xFE20..=0xFE2F
            | 0x3099..=0x309A
    )
}

/// Splits a name into runs of words of one script.
pub(crate) fn runs(name: &str) -> Vec<Run> {
    let mut runs: Vec<Run> = Vec::new();
    let mut word = String::new();
    let mut script: Option<Script> = None;
    for c in name.nfkc() {
        match class(c) {
            Class::Letter(s) => {
                if script.is_some_and(|current| current != s) {
                    finish(&mut word, script, &mut runs);
                }
                script = Some(s);
                word.push(c);
            }
            Class::Joiner => {
                if script.is_some() {
                    word.push(c);
                }
            }
            Class::Separator => {
                finish(&mut word, script, &mut runs);
                script = None;
            }
        }
    }
    finish(&mut word, script, &mut runs);
    runs
}

/// Ends the word: adds it to the last run when that run is of its script, else to a new run.
fn finish(word: &mut String, script: Option<Script>, runs: &mut Vec<Run>) {
    if let Some(script) = script {
        if !word.is_empty() {
            let word = std::mem::take(word);
            match runs.last_mut() {
                Some(run) if run.script == script => run.words.push(word),
                _ => runs.push(Run {
                    script,
                    words: vec![word],
                }),
            }
        }
    }
    word.clear();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_at_separators_and_script_changes() {
        let runs = runs("Ali  محمد-علي 田中はなこ");
        let scripts: Vec<Script> = runs.iter().map(|r| r.script).collect();
        assert_eq!(
            scripts,
            [Script::Latin, Script::Arabic, Script::Han, Script::Kana]
        );
        assert_eq!(runs[1].words, ["محمد", "علي"]);
        assert_eq!(runs[3].words, ["はなこ"]);
    }

    #[test]
    fn half_width_katakana_and_decomposed_hangul_are_composed() {
        assert_eq!(runs("ｶﾀｶﾅ")[0].words, ["カタカナ"]);
        assert_eq!(runs("\u{1100}\u{1175}\u{11B7}")[0].words, ["김"]);
    }

    #[test]
    fn katakana_middle_dot_separates() {
        assert_eq!(runs("ジョン・スミス")[0].words, ["ジョン", "スミス"]);
    }
}
