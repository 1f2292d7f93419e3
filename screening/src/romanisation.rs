//! Chinese names in Wade-Giles and in pinyin: the same syllables written in two romanisations
//! (CHANG / ZHANG, HSIAO / XIAO, CHIEN KUO / JIAN GUO, HSU / XU).
//!
//! Passports of Taiwan and older documents write Wade-Giles, mainland ones pinyin, and
//! watchlists either. Passports drop Wade-Giles' apostrophes, which alone tell aspirated from
//! unaspirated initials (CH'ANG is pinyin CHANG, CHANG is ZHANG), so a syllable has several
//! readings; a reading counts only when it is a syllable of Mandarin. A token reads as pinyin
//! when it splits wholly into Wade-Giles syllables (HSIAOMING → HSIAO + MING → XIAOMING).

/// The syllables of Mandarin in pinyin, without tones, upper-case, sorted (Ü written U).
const PINYIN: &[&str] = &[
    "A", "AI", "AN", "ANG", "AO", "BA", "BAI", "BAN", "BANG", "BAO", "BEI", "BEN", "BENG", "BI",
    "BIAN", "BIAO", "BIE", "BIN", "BING", "BO", "BU", "CA", "CAI", "CAN", "CANG", "CAO", "CE",
    "CEN", "CENG", "CHA", "CHAI", "CHAN", "CHANG", "CHAO", "CHE", "CHEN", "CHENG", "CHI", "CHONG",
    "CHOU", "CHU", "CHUA", "CHUAI", "CHUAN", "CHUANG", "CHUI", "CHUN", "CHUO", "CI", "CONG", "COU",
    "CU", "CUAN", "CUI", "CUN", "CUO", "DA", "DAI", "DAN", "DANG", "DAO", "DE", "DEI", "DEN",
    "DENG", "DI", "DIA", "DIAN", "DIAO", "DIE", "DING", "DIU", "DONG", "DOU", "DU", "DUAN", "DUI",
    "DUN", "DUO", "E", "EI", "EN", "ENG", "ER", "FA", "FAN", "FANG", "FEI", "FEN", "FENG", "FO",
    "FOU", "FU", "GA", "GAI", "GAN", "GANG", "GAO", "GE", "GEI", "GEN", "GENG", "GONG", "GOU",
    "GU", "GUA", "GUAI", "GUAN", "GUANG", "GUI", "GUN", "GUO", "HA", "HAI", "HAN", "HANG", "HAO",
    "HE", "HEI", "HEN", "HENG", "HONG", "HOU", "HU", "HUA", "HUAI", "HUAN", "HUANG", "HUI", "HUN",
    "HUO", "JI", "JIA", "JIAN", "JIANG", "JIAO", "JIE", "JIN", "JING", "JIONG", "JIU", "JU",
    "JUAN", "JUE", "JUN", "KA", "KAI", "KAN", "KANG", "KAO", "KE", "KEN", "KENG", "KONG", "KOU",
    "KU", "KUA", "KUAI", "KUAN", "KUANG", "KUI", "KUN", "KUO", "LA", "LAI", "LAN", "LANG", "LAO",
    "LE", "LEI", "LENG", "LI", "LIA", "LIAN", "LIANG", "LIAO", "LIE", "LIN", "LING", "LIU", "LONG",
    "LOU", "LU", "LUAN", "LUE", "LUN", "LUO", "MA", "MAI", "MAN", "MANG", "MAO", "ME", "MEI",
    "MEN", "MENG", "MI", "MIAN", "MIAO", "MIE", "MIN", "MING", "MIU", "MO", "MOU", "MU", "NA",
    "NAI", "NAN", "NANG", "NAO", "NE", "NEI", "NEN", "NENG", "NI", "NIAN", "NIANG", "NIAO", "NIE",
    "NIN", "NING", "NIU", "NONG", "NOU", "NU", "NUAN", "NUE", "NUO", "O", "OU", "PA", "PAI", "PAN",
    "PANG", "PAO", "PEI", "PEN", "PENG", "PI", "PIAN", "PIAO", "PIE", "PIN", "PING", "PO", "POU",
    "PU", "QI", "QIA", "QIAN", "QIANG", "QIAO", "QIE", "QIN", "QING", "QIONG", "QIU", "QU", "QUAN",
    "QUE", "QUN", "RAN", "RANG", "RAO", "RE", "REN", "RENG", "RI", "RONG", "ROU", "RU", "RUA",
    "RUAN", "RUI", "RUN", "RUO", "SA", "SAI", "SAN", "SANG", "SAO", "SE", "SEN", "SENG", "SHA",
    "SHAI", "SHAN", "SHANG", "SHAO", "SHE", "SHEI", "SHEN", "SHENG", "SHI", "SHOU", "SHU", "SHUA",
    "SHUAI", "SHUAN", "SHUANG", "SHUI", "SHUN", "SHUO", "SI", "SONG", "SOU", "SU", "SUAN", "SUI",
    "SUN", "SUO", "TA", "TAI", "TAN", "TANG", "TAO", "TE", "TENG", "TI", "TIAN", "TIAO", "TIE",
    "TING", "TONG", "TOU", "TU", "TUAN", "TUI", "TUN", "TUO", "WA", "WAI", "WAN", "WANG", "WEI",
    "WEN", "WENG", "WO", "WU", "XI", "XIA", "XIAN", "XIANG", "XIAO", "XIE", "XIN", "XING", "XIONG",
    "XIU", "XU", "XUAN", "XUE", "XUN", "YA", "YAN", "YANG", "YAO", "YE", "YI", "YIN", "YING", "YO",
    "YONG", "YOU", "YU", "YUAN", "YUE", "YUN", "ZA", "ZAI", "ZAN", "ZANG", "ZAO", "ZE", "ZEI",
    "ZEN", "ZENG", "ZHA", "ZHAI", "ZHAN", "ZHANG", "ZHAO", "ZHE", "ZHEI", "ZHEN", "ZHENG", "ZHI",
    "ZHONG", "ZHOU", "ZHU", "ZHUA", "ZHUAI", "ZHUAN", "ZHUANG", "ZHUI", "ZHUN", "ZHUO", "ZI",
    "ZONG", "ZOU", "ZU", "ZUAN", "ZUI", "ZUN", "ZUO",
];

/// Wade-Giles initials, longest first, with the pinyin initials they may stand for once the
/// apostrophe is gone (CH before I or U is J or Q, otherwise ZH or CH).
const INITIALS: &[(&str, &[&str])] = &[
    ("TS", &["Z", "C"]),
    ("TZ", &["Z", "C"]),
    ("CH", &["ZH", "CH", "J", "Q"]),
    ("HS", &["X"]),
    ("SS", &["S"]),
    ("SZ", &["S"]),
    ("SH", &["SH"]),
    ("P", &["B", "P"]),
    ("T", &["D", "T"]),
    ("K", &["G", "K"]),
    ("J", &["R"]),
    ("M", &["M"]),
    ("F", &["F"]),
    ("N", &["N"]),
    ("L", &["L"]),
    ("H", &["H"]),
    ("S", &["S"]),
    ("W", &["W"]),
    ("Y", &["Y"]),
];

/// Wade-Giles finals that pinyin writes otherwise, longest first (the rest are written alike).
/// `UE` is an Ü that transliteration spelt out (HSÜ → HSUE).
const FINALS: &[(&str, &[&str])] = &[
    ("IUNG", &["IONG"]),
    ("UEH", &["UE"]),
    ("IEN", &["IAN"]),
    ("IEH", &["IE"]),
    ("UNG", &["ONG"]),
    ("UEI", &["UI"]),
    ("ERH", &["ER"]),
    ("IH", &["I"]),
    ("UE", &["U", "UE"]),
    ("EH", &["E"]),
    // KO, HO are GE, KE, HE; LO, TO, CHO are LUO, DUO, ZHUO.
    ("O", &["O", "E", "UO"]),
    // TZU, SSU are ZI, SI; YU is YOU (YÜ is YU).
    ("U", &["U", "I", "OU"]),
];

/// Most readings kept for a token.
const MAX_READINGS: usize = 8;

/// Returns true when a token is one toneless pinyin syllable (ZHANG, LIU, XIAO).
pub fn is_pinyin_syllable(token: &str) -> bool {
    PINYIN.binary_search(&token).is_ok()
}

/// Returns true when `wade_giles` reads as `pinyin` (CHANG as ZHANG), syllable by syllable,
/// without allocating: what comparing two tokens asks.
pub fn reads_as(wade_giles: &str, pinyin: &str) -> bool {
    fn reads(wg: &[u8], py: &[u8]) -> bool {
        if wg.is_empty() {
            return py.is_empty();
        }
        syllables(wg).any(|(end, reading)| {
            py.starts_with(reading.as_bytes()) && reads(&wg[end..], &py[reading.len()..])
        })
    }
    wade_giles != pinyin
        && could_be_wade_giles(wade_giles)
        && reads(wade_giles.as_bytes(), pinyin.as_bytes())
}

/// Returns true when a token splits wholly into Wade-Giles syllables that read as Mandarin ones,
/// one at least otherwise than it is written (CHANG as ZHANG; not LI, read as LI only): a search
/// without allocation, run on every token the index learns, most of which stop at the first
/// letters.
pub fn has_reading(token: &str) -> bool {
    fn splits(wg: &[u8], changed: bool) -> bool {
        if wg.is_empty() {
            return changed;
        }
        syllables(wg)
            .any(|(end, reading)| splits(&wg[end..], changed || reading.as_bytes() != &wg[..end]))
    }
    token.len() <= MAX_TOKEN_LEN && could_be_wade_giles(token) && splits(token.as_bytes(), false)
}

/// Returns the pinyin readings of a token written in Wade-Giles (CHANG → ZHANG, HSIAOMING →
/// XIAOMING), other than the token itself, at most [`MAX_READINGS`]; empty when the token does
/// not split wholly into syllables that read as Mandarin ones.
pub fn pinyin_readings(token: &str) -> Vec<String> {
    fn collect(wg: &[u8], read: &mut String, readings: &mut Vec<String>) {
        if wg.is_empty() {
            readings.push(read.clone());
            return;
        }
        for (end, reading) in syllables(wg) {
            if readings.len() >= 4 * MAX_READINGS {
                return;
            }
            read.push_str(reading);
            collect(&wg[end..], read, readings);
            read.truncate(read.len() - reading.len());
        }
    }
    if !has_reading(token) {
        return Vec::new();
    }
    let mut readings = Vec::new();
    collect(token.as_bytes(), &mut String::new(), &mut readings);
    readings.sort_unstable();
    readings.dedup();
    readings.retain(|reading| reading != token);
    readings.truncate(MAX_READINGS);
    readings
}

/// Longest token read as Wade-Giles.
const MAX_TOKEN_LEN: usize = 18;

/// Returns every first syllable of `wg` with a Mandarin reading: the length of the Wade-Giles
/// syllable (at most six letters: HSIUNG, CHUANG) and the reading, longest syllables first.
fn syllables(wg: &[u8]) -> impl Iterator<Item = (usize, &'static str)> + '_ {
    (1..=wg.len().min(6))
        .rev()
        .flat_map(move |end| syllable_readings(&wg[..end]).map(move |reading| (end, reading)))
}

/// Returns the Mandarin syllables a Wade-Giles syllable may stand for.
fn syllable_readings(syllable: &[u8]) -> impl Iterator<Item = &'static str> + '_ {
    let split = std::str::from_utf8(syllable).ok().and_then(|text| {
        let (initials, final_) = INITIALS
            .iter()
            .find_map(|(wg, pinyin)| text.strip_prefix(wg).map(|f| (*pinyin, f)))
            .unwrap_or((&[""], text));
        (!final_.is_empty()).then_some((initials, final_))
    });
    split.into_iter().flat_map(|(initials, final_)| {
        let finals: &'static [&'static str] = FINALS
            .iter()
            .find(|(wg, _)| *wg == final_)
            .map_or(&[][..], |(_, pinyin)| *pinyin);
        // A final pinyin writes alike is read as written.
        let as_written = finals.is_empty().then_some(final_);
        initials.iter().flat_map(move |initial| {
            finals
                .iter()
                .copied()
                .chain(as_written)
                .filter_map(move |final_| mandarin(initial, final_))
        })
    })
}

/// Returns the Mandarin syllable an initial and a final make, when there is one.
fn mandarin(initial: &str, final_: &str) -> Option<&'static str> {
    // Syllables packed into integers (at most six letters), sorted once: a search without string
    // comparisons, which every token the index meets runs a few times.
    static PACKED: std::sync::OnceLock<Vec<(u64, &'static str)>> = std::sync::OnceLock::new();
    let packed = PACKED.get_or_init(|| {
        let mut packed: Vec<(u64, &'static str)> = PINYIN
            .iter()
            .filter_map(|s| Some((pack(s.bytes())?, *s)))
            .collect();
        packed.sort_unstable();
        packed
    });
    let key = pack(initial.bytes().chain(final_.bytes()))?;
    let i = packed.binary_search_by_key(&key, |&(k, _)| k).ok()?;
    Some(packed[i].1)
}

/// Packs up to eight letters into an integer, or `None` for longer text.
fn pack(letters: impl Iterator<Item = u8>) -> Option<u64> {
    let mut key = 0u64;
    for (i, b) in letters.enumerate() {
        if i == 8 {
            return None;
        }
        key = key << 8 | u64::from(b);
    }
    Some(key)
}

/// Returns false for tokens with letters Wade-Giles does not write (B, D, Q, V, X; G but after
/// N, R but in ERH, Z but after T or S): most tokens that are not Chinese stop here.
fn could_be_wade_giles(token: &str) -> bool {
    let bytes = token.as_bytes();
    let after = |i: usize, letters: &[u8]| i > 0 && letters.contains(&bytes[i - 1]);
    bytes.iter().enumerate().all(|(i, &b)| match b {
        b'B' | b'D' | b'Q' | b'V' | b'X' => false,
        b'G' => after(i, b"N"),
        b'R' => after(i, b"E") && bytes.get(i + 1) == Some(&b'H'),
        b'Z' => after(i, b"TS"),
        b'A'..=b'Z' => true,
        _ => false,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn syllable_table_is_sorted() {
        assert!(PINYIN.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn wade_giles_reads_as_pinyin() {
        let reads = |wg: &str, pinyin: &str| {
            assert!(
                pinyin_readings(wg).iter().any(|r| r == pinyin),
                "{wg} → {pinyin}: {:?}",
                pinyin_readings(wg)
            );
        };
        reads("CHANG", "ZHANG");
        reads("HSIAO", "XIAO");
        reads("HSIAOMING", "XIAOMING");
        reads("CHIEN", "JIAN");
        reads("KUO", "GUO");
        reads("CHIENKUO", "JIANGUO");
        reads("HSU", "XU");
        reads("CHOU", "ZHOU");
        reads("CHING", "QING");
        reads("TSAI", "CAI");
        reads("TZU", "ZI");
        reads("CHIH", "ZHI");
        reads("KUNG", "GONG");
        reads("HSIUNG", "XIONG");
        reads("TENG", "DENG");
        reads("JEN", "REN");
        reads("HSUEH", "XUE");
        reads("LO", "LUO");
    }

    #[test]
    fn reading_without_allocating_agrees() {
        for (wg, pinyin) in [
            ("CHANG", "ZHANG"),
            ("HSIAOMING", "XIAOMING"),
            ("CHIENKUO", "JIANGUO"),
        ] {
            assert!(reads_as(wg, pinyin), "{wg} {pinyin}");
            assert!(pinyin_readings(wg).contains(&pinyin.to_owned()));
        }
        assert!(!reads_as("CHANG", "CHANG"));
        assert!(!reads_as("ZHANG", "CHANG"));
        assert!(!reads_as("TINAS", "DINA"));
    }

    #[test]
    fn other_names_have_no_reading() {
        for token in [
            "MOHAMMED",
            "SMITH",
            "ZHANG",
            "ALEKSANDR",
            "PARK",
            "KIM",
            "ABDULLAH",
        ] {
            assert!(
                pinyin_readings(token).is_empty(),
                "{token}: {:?}",
                pinyin_readings(token)
            );
        }
        assert!(!pinyin_readings("WANG").contains(&"WANG".to_owned()));
    }
}
