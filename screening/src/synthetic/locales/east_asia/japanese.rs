//! Japanese: given name and surname.

use crate::synthetic::locales::{Locale, NativeOrder, Script, Shape};

/// Japanese: given name and surname.
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
        SHIRO=シロ AKA=アカ MIZU=ミズ HIRA=ヒラ KOMA=コマ",
    suffixes: "MURA=ムラ MOTO=モト KAWA=カワ YAMA=ヤマ DA=ダ TA=タ HARA=ハラ SAKI=サキ \
        HASHI=ハシ OKA=オカ SHIMA=シマ SAWA=サワ NO=ノ MORI=モリ KI=キ TANI=タニ",
    compose: 0.25,
    particles: "",
    surname_compounds: &[],
    male_compounds: &[],
    female_compounds: &[],
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
    surname_skew: 0.7,
};
