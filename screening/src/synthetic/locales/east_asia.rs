//! Chinese, Japanese and Korean names. Chinese in simplified characters with pinyin (given
//! names of two syllables written together, as PRC passports do); Japanese in katakana with
//! passport Hepburn (long vowels not written: SATO for サトウ); Korean in Hangul with the
//! spellings passports usually carry (KIM, LEE, PARK, CHOI). Their other spellings: Wade-Giles
//! and Cantonese for Chinese, Kunrei-shiki and written long vowels for Japanese, Revised and
//! McCune-Reischauer romanisations for Korean.

use super::{Locale, NativeOrder, Script, Shape};

/// The locales of this file.
pub const LOCALES: &[&Locale] = &[&CHINESE, &JAPANESE, &KOREAN];

/// Chinese: surname and a given name of one or two syllables.
pub const CHINESE: Locale = Locale {
    code: "zh",
    name: "Chinese",
    weight: 8,
    script: Script::Han,
    native_order: NativeOrder::SurnameFirst(""),
    nationalities: &["CHN", "TWN", "HKG", "SGP", "MYS"],
    shape: Shape::Syllables { two: 0.8 },
    male: "WEI=伟 QIANG=强 LEI=磊 JUN=军 YONG=勇 JIE=杰 TAO=涛 MING=明 CHAO=超 GANG=刚 PING=平 \
        HUI=辉 PENG=鹏 HUA=华 FEI=飞 XIN=鑫 BO=波 BIN=斌 YU=宇 HAO=浩 KAI=凯 JIAN=健 JUN=俊 \
        FAN=帆 SHUAI=帅 XU=旭 NING=宁 LONG=龙 LIN=林 JIAN=建 GUO=国 WEN=文 ZHI=志 HAI=海 \
        FENG=峰 DONG=东 CHEN=晨 XUAN=轩 ZI=子 BO=博 TIAN=天 JIA=嘉 ZE=泽 YI=一 SI=思 JIA=家 \
        XIAO=小",
    female: "FANG=芳 NA=娜 MIN=敏 JING=静 LI=丽 YAN=艳 JUAN=娟 XIA=霞 XIU=秀 LING=玲 GUI=桂 \
        YING=英 HONG=红 TING=婷 XUE=雪 HUI=慧 YAN=燕 LIN=琳 XIN=欣 YI=怡 PING=萍 JING=晶 \
        YING=颖 QIAN=倩 MEI=梅 QIN=琴 JIA=佳 YU=雨 HAN=涵 ZI=梓 SHI=诗 XIAO=晓 MEI=美 LAN=兰 \
        YUE=月 ZI=紫 KE=可 XIN=馨",
    surnames: "WANG=王 LI=李 ZHANG=张 LIU=刘 CHEN=陈 YANG=杨 HUANG=黄 ZHAO=赵 WU=吴 ZHOU=周 \
        XU=徐 SUN=孙 MA=马 ZHU=朱 HU=胡 GUO=郭 HE=何 LIN=林 GAO=高 LUO=罗 ZHENG=郑 LIANG=梁 \
        XIE=谢 SONG=宋 TANG=唐 XU=许 DENG=邓 FENG=冯 HAN=韩 CAO=曹 ZENG=曾 PENG=彭 XIAO=萧 \
        CAI=蔡 PAN=潘 TIAN=田 DONG=董 YUAN=袁 YU=于 YU=余 YE=叶 JIANG=蒋 DU=杜 SU=苏 WEI=魏 \
        CHENG=程 LYU=吕 DING=丁 SHEN=沈 REN=任 YAO=姚 LU=卢 FU=傅 ZHONG=钟 JIANG=姜 CUI=崔 \
        TAN=谭 LIAO=廖 FAN=范 WANG=汪 LU=陆 JIN=金 SHI=石 DAI=戴 JIA=贾 WEI=韦 XIA=夏 QIU=邱 \
        FANG=方 HOU=侯 ZOU=邹 XIONG=熊 MENG=孟 QIN=秦 BAI=白 JIANG=江 YAN=阎 XUE=薛 YIN=尹 \
        DUAN=段 LEI=雷 LI=黎 SHI=史 LONG=龙 TAO=陶 HE=贺 GU=顾 MAO=毛 HAO=郝 GONG=龚 SHAO=邵 \
        WAN=万 QIAN=钱 YAN=严 LAI=赖 QIN=覃 HONG=洪 WU=武 MO=莫 KONG=孔 OUYANG=欧阳 SIMA=司马 \
        ZHUGE=诸葛",
    roots: "",
    suffixes: "",
    compose: 0.0,
    particles: "",
    particle_share: 0.0,
    spellings: "ZHANG,CHANG,CHEUNG WANG,WONG CHEN,CHAN LIU,LAU HUANG,WONG,HWANG ZHAO,CHAO,CHIU \
        LI,LEE,LY ZHOU,CHOU,CHOW XU,HSU,TSUI WU,NG,WOO ZHU,CHU,CHOO GUO,KUO,KWOK HE,HO LIN,LAM \
        LUO,LO,LAW ZHENG,CHENG,CHEANG LIANG,LEUNG XIE,HSIEH,TSE SONG,SUNG TANG,TONG DENG,TENG \
        FENG,FUNG HAN,HON CAO,TSAO,CHO ZENG,TSENG,TSANG XIAO,HSIAO,SIU CAI,TSAI,CHOI \
        JIANG,CHIANG,KEUNG YE,YEH,YIP SU,SOO WEI,WAI QIU,CHIU,YAU QIN,CHIN XIONG,HSIUNG,HUNG \
        XUE,HSUEH,SIT JIN,CHIN,KAM ZHONG,CHUNG QIANG,CHIANG JUN,CHUN,CHUEN XIN,HSIN \
        JIAN,CHIEN,KIN ZHI,CHIH,CHI JING,CHING XIU,HSIU,SAU QIAN,CHIEN,HIN JIE,CHIEH,KIT ZE,TSE \
        ZI,TZU,TSZ XUAN,HSUAN,SUEN JIA,CHIA,KA XIA,HSIA,HA YONG,YUNG HUI,HWEI,WAI GUI,KUEI,KWAI \
        HONG,HUNG LYU,LU,LV,LUI YU,YUE,YUK",
    given_skew: 0.7,
    surname_skew: 0.75,
};

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

/// Korean: surname and a given name of two syllables written together.
pub const KOREAN: Locale = Locale {
    code: "ko",
    name: "Korean",
    weight: 3,
    script: Script::Hangul,
    native_order: NativeOrder::SurnameFirst(""),
    nationalities: &["KOR", "PRK"],
    shape: Shape::Syllables { two: 0.95 },
    male: "MIN=민 JUN=준 SEO=서 JI=지 HO=호 WOO=우 HYUN=현 SUNG=성 YOUNG=영 JAE=재 DONG=동 \
        SANG=상 JIN=진 JUNG=정 HOON=훈 SOO=수 TAE=태 SEUNG=승 KYUNG=경 YONG=용 CHUL=철 \
        KWANG=광 HYUK=혁 WON=원 DO=도 GUN=건 WOONG=웅 BIN=빈 HWAN=환 IL=일 SEOK=석",
    female: "JI=지 MIN=민 SEO=서 YEON=연 EUN=은 HYE=혜 SOO=수 YOUNG=영 HEE=희 JUNG=정 YU=유 \
        NA=나 HA=하 JIN=진 KYUNG=경 MI=미 SUN=선 AH=아 YE=예 RIN=린 SO=소 HYUN=현 JOO=주 \
        HYANG=향 OK=옥 SOOK=숙 JA=자 RA=라 BIN=빈 YOON=윤",
    surnames: "KIM=김 LEE=이 PARK=박 CHOI=최 JUNG=정 KANG=강 CHO=조 YOON=윤 JANG=장 LIM=임 \
        HAN=한 OH=오 SEO=서 SHIN=신 KWON=권 HWANG=황 AHN=안 SONG=송 JEON=전 HONG=홍 YOO=유 \
        KO=고 MOON=문 YANG=양 SON=손 BAE=배 BAEK=백 HEO=허 NAM=남 SHIM=심 NOH=노 HA=하 \
        KWAK=곽 SUNG=성 CHA=차 JOO=주 WOO=우 KOO=구 MIN=민 RYU=류 NA=나 JIN=진 JI=지 EOM=엄 \
        CHAE=채 WON=원 CHUN=천 BANG=방 GONG=공 HYUN=현",
    roots: "",
    suffixes: "",
    compose: 0.0,
    particles: "",
    particle_share: 0.0,
    spellings: "LEE,YI,RHEE,RI PARK,PAK,BAK CHOI,CHOE,CHOY JUNG,JEONG,CHUNG KANG,GANG \
        CHO,JO,CHOH YOON,YUN JANG,CHANG LIM,IM,YIM OH,O SEO,SUH SHIN,SIN KWON,GWON \
        HWANG,WHANG AHN,AN JEON,CHUN,CHEON YOO,YU KO,GO,KOH MOON,MUN BAE,PAE BAEK,PAIK,BAIK \
        HEO,HUH,HUR SHIM,SIM NOH,NO,ROH KWAK,GWAK SUNG,SEONG JOO,JU,CHOO WOO,WU KOO,GU \
        RYU,RYOO EOM,UM CHAE,CHE JUN,JOON JI,CHI HYUN,HYEON YOUNG,YEONG JAE,JAI DONG,TONG \
        JIN,CHIN HOON,HUN SOO,SU TAE,TAI SEUNG,SUENG KYUNG,KYEONG,GYEONG CHUL,CHEOL \
        KWANG,GWANG HYUK,HYEOK WON,WEON GUN,GEON,KUN EUN,UN HEE,HUI YEON,YUN,YOUN \
        SUN,SEON SEOK,SUK SOOK,SUK MIN,MINN",
    given_skew: 0.7,
    surname_skew: 1.0,
};
