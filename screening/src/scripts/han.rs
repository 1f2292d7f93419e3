//! Chinese names (Han characters, simplified and traditional): Mandarin pinyin without tones, as
//! passports of the People's Republic write it.
//!
//! The reading of each character is the one `any_ascii` gives (its Han table is the Unihan
//! Mandarin reading, one per character, tones dropped). Passports write the family name first,
//! then the given name's syllables joined: 王小明 → WANG XIAOMING; the syllables apart
//! (WANG XIAO MING) are the second reading.
//!
//! The family name is the first character of the name, or its first two characters when they
//! are a compound surname (欧阳 OUYANG, 司马 SIMA, 诸葛 ZHUGE…), or the whole first word when the
//! name is written in several words (王 小明). A surname character with several readings is read
//! as a surname (曾 ZENG, 单 SHAN, 解 XIE, 区 OU, 仇 QIU, 朴 PIAO); a given name's characters
//! keep their most common reading, which is wrong for the rare polyphonic ones. The Unihan
//! reading writes ü as U; the surname 吕 is read LYU (passports since 2012) and LU. A word of
//! more than four characters is no Chinese personal name (a foreign name in characters): its
//! syllables are read joined and apart, with no surname.
//!
//! Japanese kanji read the same way: 田中 → TIAN ZHONG, which is not the Japanese reading
//! (TANAKA); that needs a dictionary.

/// Surname characters whose surname reading is not the one `any_ascii` gives, with the surname
/// readings passports write, most common first.
const SURNAME_READINGS: &[(char, &[&str])] = &[
    ('曾', &["ZENG"]),
    ('单', &["SHAN"]),
    ('單', &["SHAN"]),
    ('解', &["XIE"]),
    ('区', &["OU"]),
    ('區', &["OU"]),
    ('仇', &["QIU"]),
    ('朴', &["PIAO"]),
    ('查', &["ZHA"]),
    ('盖', &["GE", "GAI"]),
    ('蓋', &["GE", "GAI"]),
    ('乐', &["YUE", "LE"]),
    ('樂', &["YUE", "LE"]),
    ('缪', &["MIAO"]),
    ('繆', &["MIAO"]),
    ('翟', &["ZHAI"]),
    ('覃', &["QIN", "TAN"]),
    ('秘', &["BI"]),
    ('种', &["CHONG"]),
    ('種', &["CHONG"]),
    ('召', &["SHAO"]),
    ('薄', &["BO"]),
    ('员', &["YUN"]),
    ('員', &["YUN"]),
    ('重', &["CHONG"]),
    ('句', &["GOU"]),
    ('繁', &["PO"]),
    ('祭', &["ZHAI"]),
    ('粘', &["NIAN"]),
    ('黏', &["NIAN"]),
    ('能', &["NAI"]),
    ('黑', &["HE"]),
    ('藏', &["ZANG"]),
    ('都', &["DU"]),
    ('折', &["SHE"]),
    ('吕', &["LYU", "LU"]),
    ('呂', &["LYU", "LU"]),
    ('闾', &["LYU", "LU"]),
    ('閭', &["LYU", "LU"]),
];

/// Compound (two-character) surnames, simplified and traditional, with their readings.
const COMPOUND_SURNAMES: &[(&str, &str)] = &[
    ("欧阳", "OUYANG"),
    ("歐陽", "OUYANG"),
    ("司马", "SIMA"),
    ("司馬", "SIMA"),
    ("诸葛", "ZHUGE"),
    ("諸葛", "ZHUGE"),
    ("上官", "SHANGGUAN"),
    ("东方", "DONGFANG"),
    ("東方", "DONGFANG"),
    ("皇甫", "HUANGFU"),
    ("尉迟", "YUCHI"),
    ("尉遲", "YUCHI"),
    ("公孙", "GONGSUN"),
    ("公孫", "GONGSUN"),
    ("慕容", "MURONG"),
    ("令狐", "LINGHU"),
    ("夏侯", "XIAHOU"),
    ("长孙", "ZHANGSUN"),
    ("長孫", "ZHANGSUN"),
    ("宇文", "YUWEN"),
    ("司徒", "SITU"),
    ("端木", "DUANMU"),
    ("澹台", "TANTAI"),
    ("澹臺", "TANTAI"),
    ("万俟", "MOQI"),
    ("萬俟", "MOQI"),
    ("独孤", "DUGU"),
    ("獨孤", "DUGU"),
    ("南宫", "NANGONG"),
    ("南宮", "NANGONG"),
    ("西门", "XIMEN"),
    ("西門", "XIMEN"),
    ("申屠", "SHENTU"),
    ("轩辕", "XUANYUAN"),
    ("軒轅", "XUANYUAN"),
    ("呼延", "HUYAN"),
    ("闻人", "WENREN"),
    ("聞人", "WENREN"),
    ("钟离", "ZHONGLI"),
    ("鍾離", "ZHONGLI"),
];

/// The longest word read as a personal name (surname and given name).
const LONGEST_NAME: usize = 4;

/// Returns the pinyin syllable of a Han character, upper-case, or `None` when there is none.
fn syllable(c: char) -> Option<String> {
    let latin = any_ascii::any_ascii_char(c);
    if latin.is_empty() || !latin.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    Some(latin.to_ascii_uppercase())
}

/// The syllables of a word; the iteration mark 々 repeats the syllable before it.
fn syllables(word: &[char]) -> Vec<String> {
    let mut out: Vec<String> = Vec::with_capacity(word.len());
    for &c in word {
        if c == '々' {
            if let Some(last) = out.last().cloned() {
                out.push(last);
            }
        } else if let Some(s) = syllable(c) {
            out.push(s);
        }
    }
    out
}

/// The surname readings of a word's start: (readings, characters taken).
fn surname(word: &[char]) -> (Vec<String>, usize) {
    if word.len() > 2 {
        let two: String = word[..2].iter().collect();
        if let Some((_, reading)) = COMPOUND_SURNAMES.iter().find(|(s, _)| *s == two) {
            return (vec![(*reading).to_owned()], 2);
        }
    }
    let Some(&first) = word.first() else {
        return (Vec::new(), 0);
    };
    if let Some((_, readings)) = SURNAME_READINGS.iter().find(|(c, _)| *c == first) {
        return (readings.iter().map(|r| (*r).to_owned()).collect(), 1);
    }
    (syllable(first).into_iter().collect(), 1)
}

/// Returns the readings of a run of Han words, most likely first.
pub(crate) fn readings(words: &[&str]) -> Vec<String> {
    let words: Vec<Vec<char>> = words.iter().map(|w| w.chars().collect()).collect();
    let Some(first) = words.first() else {
        return Vec::new();
    };
    // The family name: the first word when the name is in several words, else its start.
    let (surnames, taken) = if first.len() > LONGEST_NAME {
        (Vec::new(), 0)
    } else if words.len() > 1 && first.len() <= 2 {
        let whole: String = first.iter().collect();
        match COMPOUND_SURNAMES.iter().find(|(s, _)| *s == whole) {
            Some((_, reading)) => (vec![(*reading).to_owned()], first.len()),
            None if first.len() == 1 => surname(first),
            None => (vec![syllables(first).concat()], first.len()),
        }
    } else {
        surname(first)
    };
    let mut given: Vec<Vec<String>> = Vec::new();
    if taken < first.len() {
        given.push(syllables(&first[taken..]));
    }
    given.extend(words[1..].iter().map(|w| syllables(w)));
    given.retain(|g| !g.is_empty());
    let joined: Vec<String> = given.iter().map(|g| g.concat()).collect();
    let apart: Vec<String> = given.iter().map(|g| g.join(" ")).collect();
    let mut out = Vec::new();
    if surnames.is_empty() {
        out.push(joined.join(" "));
        out.push(apart.join(" "));
    }
    for shape in [&joined, &apart] {
        for surname in &surnames {
            let mut parts = vec![surname.clone()];
            parts.extend(shape.iter().cloned());
            out.push(parts.join(" "));
        }
    }
    out.retain(|r| !r.is_empty());
    super::distinct(out)
}
