//! Chinese: surname and a given name of one or two syllables, in simplified characters with
//! pinyin (the two syllables of a given name written together, as PRC passports do).
//!
//! The surname stock is closed and concentrated (WANG, LI and ZHANG about 7 % each, the 100
//! most common some 85 % of people); diversity comes from the given names, chosen from
//! thousands of characters, of which pinyin keeps about 400 syllables: a first syllable drawn
//! by its popularity and a second from the whole stock, so that WEI or JING alone stay common
//! while two-syllable names spread over tens of thousands of readings.

use crate::synthetic::locales::{Locale, NativeOrder, Script, Shape};

/// Chinese: surname and a given name of one or two syllables.
pub const CHINESE: Locale = Locale {
    code: "zh",
    name: "Chinese",
    weight: 8,
    script: Script::Han,
    native_order: NativeOrder::SurnameFirst(""),
    nationalities: &["CHN", "TWN", "HKG", "SGP", "MYS"],
    shape: Shape::Syllables { two: 0.85 },
    male: "WEI=伟 QIANG=强 LEI=磊 JUN=军 YONG=勇 JIE=杰 TAO=涛 MING=明 CHAO=超 GANG=刚 PING=平 \
        HUI=辉 PENG=鹏 HUA=华 FEI=飞 XIN=鑫 BO=波 BIN=斌 YU=宇 HAO=浩 KAI=凯 JIAN=健 JUN=俊 \
        FAN=帆 SHUAI=帅 XU=旭 NING=宁 LONG=龙 LIN=林 JIAN=建 GUO=国 WEN=文 ZHI=志 HAI=海 \
        FENG=峰 DONG=东 CHEN=晨 XUAN=轩 ZI=子 BO=博 TIAN=天 JIA=嘉 ZE=泽 YI=一 SI=思 JIA=家 \
        XIAO=小 YANG=阳 HONG=宏 LIANG=亮 CHENG=成 QING=清 RUI=睿 HAN=瀚 YAO=耀 DE=德 REN=仁 YI=毅 \
        SHENG=胜 LI=立 ZHEN=振 XING=星 HUAN=欢 KANG=康 AN=安 YUAN=远 JIN=锦 CHUN=春 QIU=秋 \
        SHAN=山 SONG=松 BAO=宝 FU=福 GUI=贵 XIANG=祥 RONG=荣 CAI=才 SHU=树 LU=路 ZHONG=忠 \
        YIN=银 QUAN=全 WANG=旺 XIONG=雄 WU=武 BIN=彬 HENG=恒 HAO=豪 MIN=民 HE=和 YAN=岩 \
        KUN=坤 CAN=灿 TONG=通 LE=乐 SHUN=顺 JING=靖 YUN=云 FENG=锋 ZHAO=钊 HUI=晖 MU=沐 \
        CHEN=辰 YU=煜 ZHE=哲 RAN=然 YE=烨 XUAN=宣 MING=铭 YI=逸 JUN=骏 TING=霆 ZHI=智 \
        WEI=威 QI=琦 SEN=森 LIN=霖 XIN=新 YONG=永 CHANG=昌 BING=兵 DA=达 SHAN=善 HUAI=怀 \
        GAO=高 KE=科 XUE=学 JI=吉 PEI=培 YUE=岳 CHONG=崇 LIANG=良 ZHAN=展 XIAN=贤 SHI=世 \
        HUA=桦 LUN=伦 ZHU=柱 GEN=根 FA=发 CAI=财 DING=鼎 ZHENG=正 SHAO=少 RUI=瑞 YUAN=源 \
        BIAO=彪 CHUAN=川 CONG=聪 DI=迪 DUO=铎 ER=尔 FAN=凡 GE=戈 GUANG=光 HANG=航 HONG=鸿 HU=虎 JIANG=江 \
        JING=京 JIONG=炯 JU=巨 JUE=珏 KUAN=宽 KUI=奎 LANG=朗 LEI=雷 LI=力 LIAN=廉 LIE=烈 MAO=茂 MENG=猛 \
        MIAO=淼 NAN=南 PAN=攀 PEI=沛 QIAN=谦 QIN=钦 QING=庆 QUAN=泉 RUI=锐 SHAN=杉 SHAO=韶 SHEN=深 SHI=石 \
        SHOU=寿 SHUANG=爽 SHUI=水 SONG=颂 TAI=泰 TANG=棠 TENG=腾 TIE=铁 WAN=万 WEI=维 WEN=闻 WU=吾 XI=熙 \
        XIA=夏 XIAN=先 XIANG=翔 XIAO=骁 XIU=修 XU=煦 XUAN=玄 YA=亚 YAN=彦 YAO=尧 YE=业 YI=奕 YIN=寅 \
        YING=鹰 YOU=友 YU=玉 YUAN=元 YUE=越 YUN=昀 ZAN=赞 ZHAN=湛 ZHANG=彰 ZHAO=昭 ZHEN=桢 ZHENG=峥 \
        ZHI=之 ZHONG=中 ZHOU=舟 ZHU=竹 ZHUO=卓 ZI=梓 ZONG=宗 ZUN=遵 AO=傲 BEI=北 CHAO=朝 CHEN=琛 CHENG=诚 \
        CHI=驰 CHONG=冲 CHU=楚 DAO=道 DENG=登 FEI=斐 FU=甫 GONG=功 HAO=昊 HENG=衡 HUAI=淮 HUANG=煌 \
        JIAN=剑 JIE=捷 JIN=晋 JING=景 JIU=久 JUN=峻 KAI=楷 KE=克 KUN=鲲 LIN=麟 LING=岭 LUO=洛 MAN=满 \
        MING=鸣 MO=默 NING=凝 QI=启 QIAN=乾 RONG=嵘 SHENG=晟 SHU=书 SI=斯 TAO=韬 TING=庭 WEI=巍 XIN=信 \
        XING=兴 YANG=扬 YONG=泳 YOU=佑 YUN=耘 ZE=择 ZHE=喆 ZHI=治 ZHUANG=壮 \
        AN=岸 BANG=邦 BO=柏 CHEN=臣 DA=大 DE=得 DONG=栋 FENG=丰 GUANG=广 HAI=瀚 HUAN=焕 JIA=甲 JIAN=坚 \
        JIN=进 JUN=钧 KANG=抗 LI=礼 LIANG=梁 LIN=临 MING=敏 NIAN=年 PENG=蓬 QI=奇 QIAN=迁 QUN=群 \
        REN=任 SHAN=闪 SHENG=生 SHI=仕 SHUO=硕 SONG=嵩 TIAN=添 TONG=桐 WEN=汶 XIAO=啸 XIN=忻 XING=行 \
        XU=绪 YAN=炎 YANG=洋 YAO=瑶 YI=义 YIN=印 YONG=勇 YOU=游 YU=渝 YUAN=渊 ZE=则 ZHAN=战 ZHEN=镇 ZHI=质 \
        ZI=紫 CHANG=畅 HUI=惠 KAI=铠 RUI=芮 SHUN=舜",
    female: "FANG=芳 NA=娜 MIN=敏 JING=静 LI=丽 YAN=艳 JUAN=娟 XIA=霞 XIU=秀 LING=玲 GUI=桂 \
        YING=英 HONG=红 TING=婷 XUE=雪 HUI=慧 YAN=燕 LIN=琳 XIN=欣 YI=怡 PING=萍 JING=晶 \
        YING=颖 QIAN=倩 MEI=梅 QIN=琴 JIA=佳 YU=雨 HAN=涵 ZI=梓 SHI=诗 XIAO=晓 MEI=美 LAN=兰 \
        YUE=月 ZI=紫 KE=可 XIN=馨 LI=莉 LU=露 WEI=薇 YUN=芸 QIAN=茜 RUI=蕊 JIAO=娇 YAO=瑶 YUE=悦 XIN=心 WAN=婉 \
        QING=晴 SHU=淑 HUI=惠 LIAN=莲 HUA=花 ZHEN=珍 ZHU=珠 YU=玉 FENG=凤 CAI=彩 CHUN=春 \
        JU=菊 DAN=丹 NI=妮 SHAN=珊 YUE=玥 XI=曦 XI=希 TONG=彤 MENG=梦 YUN=云 SI=思 YI=艺 \
        ROU=柔 XUAN=萱 YING=莹 HAN=晗 NUO=诺 XIN=昕 JIE=洁 WEN=雯 QI=琪 YU=瑜 YU=钰 \
        LING=灵 BING=冰 RU=茹 YING=樱 ZHI=芝 LAN=岚 LE=乐 AN=安 YAN=妍 JIA=嘉 PEI=佩 \
        RONG=蓉 SU=素 WEN=文 LING=凌 XIANG=香 YE=叶 QIONG=琼 HE=荷 YI=伊 NING=宁 FEI=菲 \
        MAN=曼 TIAN=甜 SHUANG=双 HONG=虹 LU=璐 JUN=君 XIA=夏 CUI=翠 YUAN=媛 YUAN=圆 \
        XIAN=娴 CHEN=晨 RUO=若 JING=菁 QIU=秋 MIAO=妙 NAN=楠 JIN=瑾 QIAO=巧 HUAN=欢 \
        SHUANG=爽 LIANG=靓 XIU=岫 ZHAO=昭 XUE=薛 YUN=韵 QI=绮 YAN=彦 DIE=蝶 LI=俐 \
        AI=爱 AI=艾 BEI=贝 BI=碧 CAN=璨 CHAN=婵 CHU=楚 CUI=萃 DAI=黛 DI=笛 DUO=朵 E=娥 FEI=妃 FEN=芬 FU=芙 \
        GE=歌 GUI=瑰 HUAN=环 HUI=卉 JI=姬 JIAO=姣 JIN=锦 JING=婧 JING=璟 JUN=珺 LAN=澜 LI=礼 LIAN=涟 \
        LING=铃 LIU=柳 LUO=洛 MAN=蔓 MEI=媚 MEI=玫 MIN=珉 MING=茗 MU=慕 NAN=南 NI=霓 NING=柠 PAN=盼 PEI=沛 \
        QI=淇 QIAN=芊 QIAO=乔 QIN=沁 QING=青 RAN=冉 RONG=容 RU=如 SHA=莎 SHAN=姗 SHU=舒 SHUANG=霜 SI=丝 \
        SU=苏 TAO=桃 TIAN=恬 TING=亭 TONG=瞳 WAN=菀 WAN=琬 WEI=蔚 WU=舞 XI=夕 XI=溪 XIAN=仙 XIANG=湘 \
        XIAO=筱 XIN=芯 XING=杏 XU=絮 XUAN=暄 YA=雅 YA=娅 YAN=嫣 YANG=漾 YAO=遥 YE=晔 YI=依 YI=仪 YI=漪 \
        YIN=茵 YIN=音 YING=滢 YOU=悠 YU=妤 YU=语 YU=羽 YUAN=苑 YUN=筠 ZHEN=臻 ZHI=知 ZHU=竹 ZHUO=灼 ZI=姿 \
        ZI=子 CHUN=纯 HUA=桦 LU=鹭 MIAO=淼 XUE=学 \
        AN=桉 BING=冰 CAI=采 CHEN=宸 DAN=聃 FANG=舫 FEI=霏 HAN=寒 HONG=泓 HUA=骅 JIA=珈 JIAO=皎 JIE=婕 \
        JING=竞 JU=琚 JUAN=涓 KE=珂 LAN=斓 LI=漓 LING=翎 LU=陆 MAN=嫚 MEI=湄 MENG=萌 MIN=旻 NA=那 NING=甯 \
        PING=娉 QI=祺 QIAN=阡 QING=卿 QIU=湫 RONG=溶 RUI=睿 SHAN=善 SHU=姝 SI=偲 TING=渟 \
        WAN=晚 WEI=微 XIA=霞 XIAN=弦 XIN=歆 XUAN=漩 XUE=雪 YA=芽 YAN=琰 YANG=洋 YAO=窈 YI=翊 YING=盈 \
        YONG=咏 YU=毓 YUAN=缘 YUE=樾 YUN=匀 ZHEN=贞 ZHU=祝",
    surnames: "WANG=王 LI=李 ZHANG=张 LIU=刘 CHEN=陈 YANG=杨 HUANG=黄 ZHAO=赵 WU=吴 ZHOU=周 \
        XU=徐 SUN=孙 MA=马 ZHU=朱 HU=胡 GUO=郭 HE=何 LIN=林 GAO=高 LUO=罗 ZHENG=郑 LIANG=梁 \
        XIE=谢 SONG=宋 TANG=唐 XU=许 DENG=邓 FENG=冯 HAN=韩 CAO=曹 ZENG=曾 PENG=彭 XIAO=萧 \
        CAI=蔡 PAN=潘 TIAN=田 DONG=董 YUAN=袁 YU=于 YU=余 YE=叶 JIANG=蒋 DU=杜 SU=苏 WEI=魏 \
        CHENG=程 LYU=吕 DING=丁 SHEN=沈 REN=任 YAO=姚 LU=卢 FU=傅 ZHONG=钟 JIANG=姜 CUI=崔 \
        TAN=谭 LIAO=廖 FAN=范 WANG=汪 LU=陆 JIN=金 SHI=石 DAI=戴 JIA=贾 WEI=韦 XIA=夏 QIU=邱 \
        FANG=方 HOU=侯 ZOU=邹 XIONG=熊 MENG=孟 QIN=秦 BAI=白 JIANG=江 YAN=阎 XUE=薛 YIN=尹 \
        DUAN=段 LEI=雷 LI=黎 SHI=史 LONG=龙 TAO=陶 HE=贺 GU=顾 MAO=毛 HAO=郝 GONG=龚 SHAO=邵 \
        WAN=万 QIAN=钱 YAN=严 LAI=赖 QIN=覃 HONG=洪 WU=武 MO=莫 KONG=孔 OUYANG=欧阳 SIMA=司马 \
        ZHUGE=诸葛 HUO=霍 NIU=牛 YU=俞 ZHAN=詹 GUAN=关 FU=付 ZHEN=甄 LIU=柳 SHAN=单 BAO=鲍 \
        JI=纪 NIE=聂 YAN=颜 GE=葛 CHANG=常 MU=穆 LAN=兰 XING=邢 PEI=裴 ZHU=祝 AN=安 \
        QI=齐 YUE=岳 LU=鲁 ZHAI=翟 KANG=康 WU=伍 YU=喻 PU=蒲 BIAN=卞 CHU=储 DOU=窦 \
        RUAN=阮 MIAO=苗 GENG=耿 LING=凌 XIANG=向 ZANG=臧 CHAI=柴 QU=瞿 QU=曲 TU=涂 \
        MEI=梅 MI=米 LIAN=连 ZHUANG=庄 SHENG=盛 TONG=童 LAN=蓝 AO=敖 ZUO=左 JI=季 \
        WEN=温 SHU=舒 HUA=华 XIN=辛 GAO=郜 BAO=包 LUAN=栾 YI=易 MIAO=缪",
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
    given_skew: 0.75,
    surname_skew: 0.65,
};
