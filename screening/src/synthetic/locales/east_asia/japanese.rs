//! Japanese: given name and surname, in katakana with passport Hepburn (long vowels not
//! written: SATO for サトウ).
//!
//! Japan has some 100,000 surnames, nearly all built from two kanji elements (TA+NAKA,
//! YAMA+MOTO, MATSU+MOTO); the most common, SATO and SUZUKI, about 1.5 % each, the 100 most
//! common some 30 % of people. Given names are built alike from an element and an ending
//! (HIRO+SHI, KAZU+KI; for women often +KO, +MI, +KA). Both are drawn from a list of common
//! whole names or composed from such elements, each in Hepburn and kana together.

use crate::synthetic::locales::{Compound, Locale, NativeOrder, Script, Shape};

/// Japanese: given name and surname, both often composed of two elements.
pub const JAPANESE: Locale = Locale {
    code: "ja",
    name: "Japanese",
    weight: 3,
    script: Script::Kana,
    native_order: NativeOrder::SurnameFirst(" "),
    nationalities: &["JPN"],
    shape: Shape::Given {
        middle: 0.0,
        second_surname: 0.0,
    },
    male: "HIROSHI=ヒロシ TAKESHI=タケシ AKIRA=アキラ KENJI=ケンジ MAKOTO=マコト TAKASHI=タカシ \
        SATOSHI=サトシ KAZUO=カズオ YUTAKA=ユタカ TORU=トオル MINORU=ミノル TETSUYA=テツヤ \
        DAISUKE=ダイスケ KENTA=ケンタ SHOTA=ショウタ HARUTO=ハルト YUTO=ユウト SOTA=ソウタ \
        RYOTA=リョウタ KAZUKI=カズキ NAOKI=ナオキ YUKI=ユウキ TAKUYA=タクヤ SHINJI=シンジ \
        KOJI=コウジ YOSHIO=ヨシオ ICHIRO=イチロウ JUNICHI=ジュンイチ HIDEKI=ヒデキ \
        MASAHIRO=マサヒロ SHUNSUKE=シュンスケ RYO=リョウ TSUBASA=ツバサ",
    female: "YOKO=ヨウコ KEIKO=ケイコ YUKO=ユウコ TOMOKO=トモコ AKIKO=アキコ NAOKO=ナオコ \
        MICHIKO=ミチコ KAZUKO=カズコ HIROMI=ヒロミ YUMI=ユミ MEGUMI=メグミ AYAKO=アヤコ \
        MAYUMI=マユミ SACHIKO=サチコ YUKA=ユカ AI=アイ MISAKI=ミサキ HARUKA=ハルカ YUI=ユイ \
        SAKURA=サクラ AOI=アオイ HINA=ヒナ RIN=リン MIO=ミオ NANAMI=ナナミ CHIHARU=チハル \
        FUMIKO=フミコ EMI=エミ JUNKO=ジュンコ SHIZUKA=シズカ",
    surnames: "SATO=サトウ SUZUKI=スズキ TAKAHASHI=タカハシ TANAKA=タナカ WATANABE=ワタナベ \
        ITO=イトウ YAMAMOTO=ヤマモト NAKAMURA=ナカムラ KOBAYASHI=コバヤシ KATO=カトウ \
        YOSHIDA=ヨシダ YAMADA=ヤマダ SASAKI=ササキ YAMAGUCHI=ヤマグチ MATSUMOTO=マツモト \
        INOUE=イノウエ KIMURA=キムラ HAYASHI=ハヤシ SHIMIZU=シミズ YAMAZAKI=ヤマザキ MORI=モリ \
        ABE=アベ IKEDA=イケダ HASHIMOTO=ハシモト YAMASHITA=ヤマシタ ISHIKAWA=イシカワ \
        NAKAJIMA=ナカジマ MAEDA=マエダ FUJITA=フジタ OGAWA=オガワ GOTO=ゴトウ OKADA=オカダ \
        HASEGAWA=ハセガワ MURAKAMI=ムラカミ KONDO=コンドウ ISHII=イシイ SAITO=サイトウ \
        SAKAMOTO=サカモト ENDO=エンドウ AOKI=アオキ FUJII=フジイ NISHIMURA=ニシムラ \
        FUKUDA=フクダ OTA=オオタ MIURA=ミウラ FUJIWARA=フジワラ OKAMOTO=オカモト \
        MATSUDA=マツダ NAKAGAWA=ナカガワ NAKANO=ナカノ HARADA=ハラダ ONO=オノ TAMURA=タムラ \
        TAKEUCHI=タケウチ KANEKO=カネコ WADA=ワダ NAKAYAMA=ナカヤマ ISHIDA=イシダ UEDA=ウエダ \
        MORITA=モリタ HARA=ハラ SHIBATA=シバタ SAKAI=サカイ KUDO=クドウ YOKOYAMA=ヨコヤマ \
        MIYAZAKI=ミヤザキ MIYAMOTO=ミヤモト UCHIDA=ウチダ TAKAGI=タカギ ANDO=アンドウ \
        TANIGUCHI=タニグチ TSUCHIYA=ツチヤ",
    roots: "TAKA=タカ NAKA=ナカ YAMA=ヤマ MATSU=マツ ISHI=イシ KITA=キタ NISHI=ニシ \
        HIGASHI=ヒガシ MINAMI=ミナミ FUJI=フジ KANE=カネ MORI=モリ SAKA=サカ IWA=イワ \
        HORI=ホリ TAKE=タケ UCHI=ウチ KAMI=カミ SHIMO=シモ HAYA=ハヤ NAGA=ナガ KURO=クロ \
        SHIRO=シロ AKA=アカ MIZU=ミズ HIRA=ヒラ KOMA=コマ OKA=オカ KAWA=カワ O=オオ \
        HAMA=ハマ SUGI=スギ KIKU=キク UME=ウメ SAKURA=サクラ MIYA=ミヤ KO=コ FURU=フル \
        ARA=アラ TSUCHI=ツチ TOMI=トミ YOSHI=ヨシ IKE=イケ SAWA=サワ KIYO=キヨ HOSO=ホソ \
        HATA=ハタ MAE=マエ KUMA=クマ TORI=トリ WAKA=ワカ NII=ニイ AO=アオ ICHI=イチ \
        UE=ウエ KAMO=カモ SHIBA=シバ ASA=アサ KUBO=クボ TOYO=トヨ YANAGI=ヤナギ \
        HOSHI=ホシ KOBA=コバ TA=タ NO=ノ SHIMA=シマ MURA=ムラ YOKO=ヨコ TSURU=ツル \
        KAME=カメ SUZU=スズ MASU=マス INO=イノ HIRO=ヒロ KIRI=キリ TANI=タニ AI=アイ \
        KATA=カタ HANA=ハナ SHIO=シオ TOKU=トク MITSU=ミツ SEKI=セキ OGI=オギ ENO=エノ \
        AKI=アキ FUKA=フカ FUKU=フク FUNA=フナ HASE=ハセ IMA=イマ INA=イナ ISO=イソ KAJI=カジ KASA=カサ KATSU=カツ \
        KURA=クラ MAKI=マキ MINE=ミネ MOCHI=モチ MOMO=モモ MURO=ムロ NAMI=ナミ NARA=ナラ NIWA=ニワ OCHI=オチ \
        OKU=オク OSA=オサ SAI=サイ SAKU=サク SATO=サト SUGA=スガ SUMI=スミ TAMA=タマ TAKI=タキ TERA=テラ TOKI=トキ \
        TSUJI=ツジ WATA=ワタ YAGI=ヤギ YANA=ヤナ YASU=ヤス YUKI=ユキ YONE=ヨネ KUSU=クス SHINO=シノ EDA=エダ \
        KOGA=コガ MIKA=ミカ NUMA=ヌマ",
    suffixes: "MURA=ムラ MOTO=モト KAWA=カワ YAMA=ヤマ DA=ダ TA=タ HARA=ハラ SAKI=サキ \
        HASHI=ハシ OKA=オカ SHIMA=シマ SAWA=サワ NO=ノ MORI=モリ KI=キ TANI=タニ \
        GUCHI=グチ UCHI=ウチ I=イ KUBO=クボ NUMA=ヌマ ZAKI=ザキ SUGI=スギ TSUKA=ツカ \
        GAWA=ガワ HATA=ハタ NAKA=ナカ BE=ベ ZONO=ゾノ SONO=ソノ YA=ヤ E=エ MICHI=ミチ \
        JIMA=ジマ SAKA=サカ WARA=ワラ NISHI=ニシ MIYA=ミヤ ISHI=イシ KAMI=カミ DO=ド \
        HAMA=ハマ IKE=イケ SE=セ NAGA=ナガ \
        KURA=クラ MINE=ミネ KOSHI=コシ HIRA=ヒラ ZUMI=ズミ NAMI=ナミ SUGA=スガ FUJI=フジ MATSU=マツ TAKE=タケ \
        ZAWA=ザワ TSU=ツ NUMA=ヌマ MIZU=ミズ",
    compose: 0.7,
    particles: "",
    surname_compounds: &[],
    male_compounds: &[Compound {
        share: 0.6,
        skew: 0.6,
        parts: &[
            "HIRO=ヒロ KAZU=カズ MASA=マサ TAKA=タカ YOSHI=ヨシ TOSHI=トシ NOBU=ノブ \
                HIDE=ヒデ TAKE=タケ AKI=アキ NAO=ナオ KEN=ケン SHIN=シン YU=ユウ RYO=リョウ \
                KO=コウ SHO=ショウ TETSU=テツ MITSU=ミツ YASU=ヤス SHIGE=シゲ TADA=タダ \
                TOMO=トモ HARU=ハル NORI=ノリ KATSU=カツ YUKI=ユキ SADA=サダ MICHI=ミチ \
                TERU=テル KUNI=クニ SATO=サト JUN=ジュン DAI=ダイ SO=ソウ KEI=ケイ SEI=セイ \
                YO=ヨウ IKU=イク FUMI=フミ MASU=マス TSUNE=ツネ SUSUMU=ススム KIYO=キヨ \
                TATSU=タツ SUMI=スミ HISA=ヒサ TOKU=トク MINE=ミネ KATA=カタ MUNE=ムネ MOTO=モト TAMO=タモ ISA=イサ \
                EI=エイ RYU=リュウ GEN=ゲン",
            "HIRO=ヒロ SHI=シ O=オ KI=キ TO=ト TA=タ YA=ヤ HIKO=ヒコ NORI=ノリ YUKI=ユキ \
                AKI=アキ HITO=ヒト TAKA=タカ KAZU=カズ MASA=マサ TOSHI=トシ NOBU=ノブ \
                HARU=ハル MI=ミ JI=ジ SUKE=スケ ICHI=イチ YOSHI=ヨシ TARO=タロウ JIRO=ジロウ \
                ZO=ゾウ HEI=ヘイ MU=ム SHIGE=シゲ TSUGU=ツグ \
                RO=ロウ HIDE=ヒデ MI=ミ TADA=タダ NARI=ナリ AKI=アキ FUMI=フミ SATO=サト MORI=モリ TARO=タロウ",
        ],
    }],
    female_compounds: &[Compound {
        share: 0.6,
        skew: 0.6,
        parts: &[
            "YO=ヨウ KEI=ケイ YU=ユウ TOMO=トモ AKI=アキ NAO=ナオ MICHI=ミチ KAZU=カズ \
                SACHI=サチ FUMI=フミ HARU=ハル YOSHI=ヨシ MA=マ MI=ミ MAYU=マユ SAYA=サヤ \
                CHI=チ NORI=ノリ HIRO=ヒロ MASA=マサ YUKI=ユキ TAKA=タカ KYO=キョウ \
                SHIZU=シズ NATSU=ナツ HANA=ハナ AI=アイ RI=リ SA=サ MIYU=ミユ ERI=エリ \
                MAI=マイ MOMO=モモ SAKI=サキ CHIKA=チカ NANA=ナナ YAE=ヤエ HIDE=ヒデ \
                TOSHI=トシ KIYO=キヨ ETSU=エツ RYO=リョウ \
                SUMI=スミ HISA=ヒサ KIMI=キミ MASU=マス SETSU=セツ CHIE=チエ RUMI=ルミ MINA=ミナ YURI=ユリ ASA=アサ \
                KANA=カナ",
            "KO=コ MI=ミ KA=カ NA=ナ E=エ YO=ヨ RI=リ HO=ホ NO=ノ YA=ヤ RA=ラ NE=ネ SA=サ",
        ],
    }],
    particle_share: 0.0,
    spellings: "SATO,SATOH,SATOU ITO,ITOH,ITOU KATO,KATOH,KATOU OTA,OHTA,OOTA ONO,OHNO,OONO \
        GOTO,GOTOH,GOTOU SAITO,SAITOH,SAITOU ENDO,ENDOH,ENDOU KONDO,KONDOH,KONDOU \
        ANDO,ANDOH,ANDOU KUDO,KUDOH,KUDOU TSUCHIYA,TUTIYA SHIMIZU,SIMIZU FUJITA,HUZITA \
        FUJII,HUZII FUKUDA,HUKUDA NISHIMURA,NISIMURA ISHII,ISII ISHIKAWA,ISIKAWA ISHIDA,ISIDA \
        HASHIMOTO,HASIMOTO YAMASHITA,YAMASITA NAKAJIMA,NAKAZIMA,NAKASHIMA \
        MATSUMOTO,MATUMOTO MATSUDA,MATUDA TAKEUCHI,TAKEUTI UCHIDA,UTIDA SHIBATA,SIBATA \
        TANIGUCHI,TANIGUTI YAMAGUCHI,YAMAGUTI SHOTA,SHOUTA,SYOTA SOTA,SOUTA YUTO,YUUTO \
        RYOTA,RYOUTA YUKI,YUUKI KOJI,KOUJI,KOHJI ICHIRO,ICHIROU,ICHIROH SHINJI,SINZI \
        SHUNSUKE,SYUNSUKE TSUBASA,TUBASA YOKO,YOUKO,YOHKO YUKO,YUUKO,YUHKO CHIHARU,TIHARU \
        FUMIKO,HUMIKO JUNKO,ZYUNKO MICHIKO,MITIKO SACHIKO,SATIKO SHIZUKA,SIZUKA \
        TORU,TOORU,TOHRU KENJI,KENZI MATSU,MATU HASHI,HASI SHIMA,SIMA NISHI,NISI ISHI,ISI \
        UCHI,UTI FUJI,HUZI SHIRO,SIRO HIGASHI,HIGASI SHIMO,SIMO",
    given_skew: 0.7,
    surname_skew: 0.4,
};
