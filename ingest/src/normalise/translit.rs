//! Transliteration tables of ICAO Doc 9303 Part 3 (section 6): Latin letters without a canonical
//! decomposition, Cyrillic and Greek.
//!
//! Letters with diacritics that decompose (É, Č, Ñ, Й, Ά…) are not listed: they are decomposed
//! (NFKD) and their base letter looked up here, the combining marks dropped, except the ICAO
//! special cases that [`super::name::transliterate`] handles from the marks (Ä Ö Ü → AE OE UE,
//! Å → AA).

/// Returns the ICAO transliteration of an upper-case letter that has no canonical decomposition
/// to ASCII: Latin specials, the Cyrillic and Greek base letters. `Some("")` means the letter is
/// omitted (Ь). `None` means the letter is not in any table.
pub(crate) fn lookup(upper: char) -> Option<&'static str> {
    Some(match upper {
        // Latin letters without a decomposition (ICAO 9303 Part 3, table A).
        'Æ' => "AE",
        'Ø' => "OE",
        'Œ' => "OE",
        'Þ' => "TH",
        'ß' | 'ẞ' => "SS",
        'Ð' | 'Đ' => "D",
        'Ł' => "L",
        'Ħ' => "H",
        'Ŋ' => "N",
        'Ŧ' => "T",
        'ĸ' => "K",
        'Ə' => "A",
        // Cyrillic (ICAO 9303 Part 3, table B). Letters with marks (Й, Ё, Ї, Ѓ, Ќ, Ў, Ѐ, Ѝ)
        // decompose to one of these plus a mark.
        'А' => "A",
        'Б' => "B",
        'В' => "V",
        'Г' => "G",
        'Д' => "D",
        'Е' => "E",
        'Ж' => "ZH",
        'З' => "Z",
        'И' => "I",
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
        'Ъ' => "IE",
        'Ы' => "Y",
        'Ь' => "",
        'Э' => "E",
        'Ю' => "IU",
        'Я' => "IA",
        // Ukrainian, Belarusian, Serbian, Macedonian.
        'Є' => "IE",
        'І' => "I",
        'Ґ' => "G",
        'Ђ' => "D",
        'Ј' => "J",
        'Љ' => "LJ",
        'Њ' => "NJ",
        'Ћ' => "C",
        'Џ' => "DZ",
        'Ѕ' => "DZ",
        // Not in the ICAO table; closest Latin letter rather than losing it (Kazakh, Tatar…).
        'Ғ' => "G",
        'Қ' => "K",
        'Ң' => "N",
        'Ү' | 'Ұ' => "U",
        'Һ' => "H",
        'Ә' => "A",
        'Ө' => "O",
        'Ӏ' => "I",
        // Greek (ICAO 9303 Part 3, table C). Accented letters decompose to these plus marks; the
        // digraph ΟΥ → OU is handled by the caller.
        'Α' => "A",
        'Β' => "V",
        'Γ' => "G",
        'Δ' => "D",
        'Ε' => "E",
        'Ζ' => "Z",
        'Η' => "I",
        'Θ' => "TH",
        'Ι' => "I",
        'Κ' => "K",
        'Λ' => "L",
        'Μ' => "M",
        'Ν' => "N",
        'Ξ' => "X",
        'Ο' => "O",
        'Π' => "P",
        'Ρ' => "R",
        'Σ' => "S",
        'Τ' => "T",
        'Υ' => "Y",
        'Φ' => "F",
        'Χ' => "CH",
        'Ψ' => "PS",
        'Ω' => "O",
        _ => return None,
    })
}

/// Returns true for characters that are omitted without separating words: apostrophes of every
/// kind, the Catalan middle dot, soft hyphens and zero-width characters.
pub(crate) fn is_omitted(c: char) -> bool {
    matches!(
        c,
        '\'' | '`'
            | '\u{00B4}' // ´ acute accent
            | '\u{00B7}' // · middle dot (Catalan L·L, and Ŀ after decomposition)
            | '\u{00AD}' // soft hyphen
            | '\u{02B9}'..='\u{02BC}' // ʹ ʺ ʻ ʼ modifier primes and apostrophes
            | '\u{02BD}' // ʽ
            | '\u{02C8}' // ˈ
            | '\u{200B}'..='\u{200F}' // zero-width space, joiners, direction marks
            | '\u{2018}' | '\u{2019}' | '\u{201B}' // ‘ ’ ‛
            | '\u{2032}' // ′ prime
            | '\u{2060}' // word joiner
            | '\u{FEFF}' // zero-width no-break space
            | '\u{FF07}' // full-width apostrophe
    )
}
