//! Romanisations of Russian and Ukrainian Cyrillic (upper-case letters in, A–Z out).
//!
//! Russian: 0 ICAO 9303 (Russian passports since 2013), 1 BGN-like (Й as Y, Ю/Я as YU/YA, Е as
//! YE after a vowel or at the start, Ё as YO), 2 as 1 with a final ИЙ as Y, 3 as 1 with a final
//! ИЙ/ЫЙ as I and ЕЙ as EI, 4 German, 5 French.
//! Ukrainian: 0 the national system of 2010 (Ukrainian passports), 1 the same with a final ІЙ as
//! IY, 2 Russian-mediated (Г as G, И as I, Й as Y), 3 Й as Y and Ю/Я as YU/YA everywhere.

fn is_vowel(c: char) -> bool {
    matches!(
        c,
        'А' | 'Е' | 'Ё' | 'И' | 'О' | 'У' | 'Ы' | 'Э' | 'Ю' | 'Я' | 'І' | 'Ї' | 'Є' | 'Ь' | 'Ъ'
    )
}

/// Russian Cyrillic to Latin with a system (see the module doc).
pub fn russian(chars: &[char], system: u8) -> String {
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let start = i == 0 || is_vowel(chars[i - 1]);
        let last = i + 1 == chars.len();
        let before_last = i + 2 == chars.len() && chars.get(i + 1) == Some(&'Й');
        let bgn = (1..=3).contains(&system);
        let piece = match (system, c) {
            (0, 'Й') => "I",
            (0, 'Ю') => "IU",
            (0, 'Я') => "IA",
            (0, 'Ъ') => "IE",
            (0, 'Ё') => "E",
            (2, 'И' | 'Ы') if before_last => "",
            (2, 'Й') if last => "Y",
            (3, 'И' | 'Ы') if before_last => "",
            (3, 'Й') if last => "I",
            (_, 'Е') if bgn && start => "YE",
            (_, 'Ё') if bgn => "YO",
            (_, 'Й') if bgn => "Y",
            (_, 'Ю') if bgn => "YU",
            (_, 'Я') if bgn => "YA",
            (_, 'Ъ') if bgn => "",
            (4, 'Ж') => "SH",
            (4, 'Ш') => "SCH",
            (4, 'Ч') => "TSCH",
            (4, 'Щ') => "SCHTSCH",
            (4, 'Х') => "CH",
            (4, 'В') => "W",
            (4, 'Й') => "J",
            (4, 'Ю') => "JU",
            (4, 'Я') => "JA",
            (4, 'З') => "S",
            (4, 'Ц') => "Z",
            (4, 'Ё') => "JO",
            (4, 'Ъ') => "",
            (4, 'Е') if start => "JE",
            (5, 'Ж') => "J",
            (5, 'Ш') => "CH",
            (5, 'Ч') => "TCH",
            (5, 'Щ') => "CHTCH",
            (5, 'У') => "OU",
            (5, 'Й') => "I",
            (5, 'Ю') => "IOU",
            (5, 'Я') => "IA",
            (5, 'Ё') => "IO",
            (5, 'Ъ') => "",
            (5, 'В') if last => "FF",
            _ => common(c),
        };
        out.push_str(piece);
    }
    out
}

/// Ukrainian Cyrillic to Latin with a system (see the module doc).
pub fn ukrainian(chars: &[char], system: u8) -> String {
    let mut out = String::new();
    for (i, &c) in chars.iter().enumerate() {
        let initial = i == 0;
        let last = i + 1 == chars.len();
        let piece = match (system, c) {
            (2, 'Г') => "G",
            (2, 'И') => "I",
            (2 | 3, 'Й') => "Y",
            (2 | 3, 'Ю') => "YU",
            (2 | 3, 'Я') => "YA",
            (2 | 3, 'Є') => "YE",
            (2 | 3, 'Ї') => "YI",
            (1, 'Й') if last && i >= 1 && chars[i - 1] == 'І' => "Y",
            (_, 'Г') => {
                if i >= 1 && chars[i - 1] == 'З' {
                    "GH"
                } else {
                    "H"
                }
            }
            (_, 'Ґ') => "G",
            (_, 'И') => "Y",
            (_, 'І') => "I",
            (_, 'Є') if initial => "YE",
            (_, 'Є') => "IE",
            (_, 'Ї') if initial => "YI",
            (_, 'Ї') => "I",
            (_, 'Й') if initial => "Y",
            (_, 'Й') => "I",
            (_, 'Ю') if initial => "YU",
            (_, 'Ю') => "IU",
            (_, 'Я') if initial => "YA",
            (_, 'Я') => "IA",
            _ => common(c),
        };
        out.push_str(piece);
    }
    out
}

/// Letters every system writes alike.
fn common(c: char) -> &'static str {
    match c {
        'А' => "A",
        'Б' => "B",
        'В' => "V",
        'Г' => "G",
        'Д' => "D",
        'Е' | 'Э' | 'Ё' => "E",
        'Ж' => "ZH",
        'З' => "Z",
        'И' => "I",
        'Й' => "I",
        'К' => "K",
        'Л' => "L",
        'М' => "M",
        'Н' => "N",
        'О' => "O",
        'П' => "P",
        'Р' => "R",
        'С' => "S",
        'Т' => "T",
        'У' => "U",
        'Ф' => "F",
        'Х' => "KH",
        'Ц' => "TS",
        'Ч' => "CH",
        'Ш' => "SH",
        'Щ' => "SHCH",
        'Ы' => "Y",
        'Ю' => "IU",
        'Я' => "IA",
        _ => "",
    }
}

/// The Russian patronymic of a father's given name (`ИВАН` → `ИВАНОВИЧ` / `ИВАНОВНА`), `None`
/// for names that form theirs irregularly (ending in А or Я).
pub fn patronymic(father: &str, female: bool) -> Option<String> {
    let (stem, soft) = if let Some(stem) = father.strip_suffix('Й') {
        (stem, true)
    } else if let Some(stem) = father.strip_suffix('Ь') {
        (stem, true)
    } else if father.ends_with('А') || father.ends_with('Я') {
        return None;
    } else {
        (father, false)
    };
    let ending = match (soft, female) {
        (true, false) => "ЕВИЧ",
        (true, true) => "ЕВНА",
        (false, false) => "ОВИЧ",
        (false, true) => "ОВНА",
    };
    Some(format!("{stem}{ending}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ru(word: &str, system: u8) -> String {
        russian(&word.chars().collect::<Vec<_>>(), system)
    }

    fn uk(word: &str, system: u8) -> String {
        ukrainian(&word.chars().collect::<Vec<_>>(), system)
    }

    #[test]
    fn russian_systems() {
        assert_eq!(ru("ЮРИЙ", 0), "IURII");
        assert_eq!(ru("ЮРИЙ", 1), "YURIY");
        assert_eq!(ru("ДМИТРИЙ", 2), "DMITRY");
        assert_eq!(ru("ЮРИЙ", 3), "YURI");
        assert_eq!(ru("СЕРГЕЙ", 0), "SERGEI");
        assert_eq!(ru("ХРУЩЕВ", 4), "CHRUSCHTSCHEW");
        assert_eq!(ru("СМИРНОВ", 5), "SMIRNOFF");
        assert_eq!(ru("ЩЕРБАКОВ", 0), "SHCHERBAKOV");
    }

    #[test]
    fn ukrainian_systems() {
        assert_eq!(uk("ОЛЕКСАНДР", 0), "OLEKSANDR");
        assert_eq!(uk("АНДРІЙ", 0), "ANDRII");
        assert_eq!(uk("АНДРІЙ", 1), "ANDRIY");
        assert_eq!(uk("ГРИГОРІЙ", 2), "GRIGORIY");
        assert_eq!(uk("ЮЛІЯ", 0), "YULIIA");
        assert_eq!(uk("ЗГУРСЬКИЙ", 0), "ZGHURSKYI");
    }

    #[test]
    fn patronymics() {
        assert_eq!(patronymic("ИВАН", false).as_deref(), Some("ИВАНОВИЧ"));
        assert_eq!(patronymic("СЕРГЕЙ", true).as_deref(), Some("СЕРГЕЕВНА"));
        assert_eq!(patronymic("ИГОРЬ", false).as_deref(), Some("ИГОРЕВИЧ"));
        assert_eq!(patronymic("ИЛЬЯ", false), None);
    }
}
