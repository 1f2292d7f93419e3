//! Chinese: surname and a given name of one or two syllables.

use crate::synthetic::locales::{Locale, NativeOrder, Script, Shape};

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
    surname_compounds: &[],
    male_compounds: &[],
    female_compounds: &[],
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
