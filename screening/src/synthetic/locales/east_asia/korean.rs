//! Korean: surname and a given name of two syllables written together, in Hangul with the
//! spellings passports usually carry (KIM, LEE, PARK, CHOI).
//!
//! The surname stock is closed and very concentrated (KIM about 21 %, LEE 15 %, PARK 8 %; some
//! 280 surnames in all); the given names are two syllables chosen from a stock of some hundred
//! each, the first by its popularity and the second from the whole stock.

use crate::synthetic::locales::{Locale, NativeOrder, Script, Shape};

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
        KWANG=광 HYUK=혁 WON=원 DO=도 GUN=건 WOONG=웅 BIN=빈 HWAN=환 IL=일 SEOK=석 \
        KI=기 GYU=규 HAN=한 BEOM=범 SIK=식 MYUNG=명 HEON=헌 WOOK=욱 YUL=율 CHAN=찬 \
        HWI=휘 SEOP=섭 JONG=종 JOON=준 GEUN=근 HYEOK=혁 PIL=필 HO=호 JIN=진 KYU=규 \
        NAM=남 BONG=봉 CHANG=창 HYO=효 IN=인 GI=기 MAN=만 SEON=선 YEOP=엽 HYEON=현 \
        RAK=락 GWAN=관 DEOK=덕 HUI=휘 CHEOL=철 UN=운 HAK=학 GYEOM=겸 SE=세 YUN=윤 \
        TAEK=택 SIN=신 O=오 JUNG=중 HEUM=흠 HYUNG=형 GUK=국 YEOL=열 BAEK=백 CHI=치 \
        DAE=대 DU=두 IK=익 JOO=주 MU=무 MUN=문 NO=노 ON=온 PYO=표 RYONG=룡 SAM=삼 SI=시 SONG=송 UK=욱 \
        WAN=완 GWON=권 BYEONG=병 CHEON=천 DEUK=득 GAP=갑 GYO=교 HEUNG=흥 HYUP=협 JIK=직 MYEON=면 NAK=낙 \
        PAL=팔 RYUL=률 SEOL=설 YEON=연 GYEONG=경 HAE=해 BO=보 \
        GYEOM=겸 HYEOP=협 JUN=중 SEOB=섭 YUP=엽 HWANG=황 SOO=수 CHANG=창 MIN=민 GYUN=균 DAL=달 GEOL=걸 \
        GOO=구 HUN=훈 JANG=장 JEO=저 KEON=건 MOK=목 PAN=판 RYO=료 SAN=산 SUB=섭 TAK=탁 UNG=웅 WOOK=욱 \
        YEOB=엽 YO=요 YOUL=율 BEOP=법 CHIL=칠",
    female: "JI=지 MIN=민 SEO=서 YEON=연 EUN=은 HYE=혜 SOO=수 YOUNG=영 HEE=희 JUNG=정 YU=유 \
        NA=나 HA=하 JIN=진 KYUNG=경 MI=미 SUN=선 AH=아 YE=예 RIN=린 SO=소 HYUN=현 JOO=주 \
        HYANG=향 OK=옥 SOOK=숙 JA=자 RA=라 BIN=빈 YOON=윤 \
        SEUL=슬 BIN=빈 BO=보 DA=다 GA=가 HYO=효 IN=인 JEONG=정 KYEONG=경 MIN=민 \
        NAM=남 SEON=선 SOL=솔 SOOK=숙 SUN=순 YOUNG=영 AE=애 BOK=복 CHAE=채 DAM=담 \
        GYEONG=경 HAE=해 HWA=화 JEONG=정 KYUNG=경 MYUNG=명 RI=리 SEO=서 SOL=솔 WOL=월 \
        YEONG=영 YUL=율 HWI=휘 SEUL=슬 BYEOL=별 NAE=내 NEUL=늘 YUN=윤 CHAN=찬 GEUM=금 \
        CHO=초 DAN=단 EUI=의 GYEOL=결 HAN=한 JAE=재 KYO=교 MO=모 NAN=난 NO=노 RAN=란 RIM=림 SAE=새 SEOL=설 \
        SI=시 SIN=신 SONG=송 UN=운 WOO=우 YEO=여 BOM=봄 DO=도 ON=온 RYEONG=령 GEUN=근 IL=일 SU=수 HWAN=환 \
        GYEONG=경 \
        AN=안 BI=비 CHAN=찬 DEUL=들 EUM=음 GYO=교 HONG=홍 HYUN=현 IN=인 JAN=잔 KYUL=귤 LA=라 MAE=매 MYO=묘 \
        NAM=남 RAE=래 RYUN=륜 SARANG=사랑 SEUNG=승 SOOM=숨 TAE=태 WON=원 YANG=양 YEONG=영 YONG=용 YUL=율 \
        HAN=한 SEOL=설 GOEUN=고은 HANA=하나",
    surnames: "KIM=김 LEE=이 PARK=박 CHOI=최 JUNG=정 KANG=강 CHO=조 YOON=윤 JANG=장 LIM=임 \
        HAN=한 OH=오 SEO=서 SHIN=신 KWON=권 HWANG=황 AHN=안 SONG=송 JEON=전 HONG=홍 YOO=유 \
        KO=고 MOON=문 YANG=양 SON=손 BAE=배 BAEK=백 HEO=허 NAM=남 SHIM=심 NOH=노 HA=하 \
        KWAK=곽 SUNG=성 CHA=차 JOO=주 WOO=우 KOO=구 MIN=민 RYU=류 NA=나 JIN=진 JI=지 EOM=엄 \
        CHAE=채 WON=원 CHUN=천 BANG=방 GONG=공 HYUN=현 \
        PYO=표 MYUNG=명 GI=기 BAN=반 RA=라 WANG=왕 GEUM=금 OK=옥 YUK=육 IN=인 MAENG=맹 \
        JE=제 MO=모 TAK=탁 GUK=국 YEO=여 EUN=은 PYEON=편 YONG=용 DO=도 SEOK=석 \
        SEON=선 SOL=설 MA=마 GIL=길 YEON=연 WI=위 PI=피 BYEON=변 HAM=함 GANG=강",
    roots: "",
    suffixes: "",
    compose: 0.0,
    particles: "",
    surname_compounds: &[],
    male_compounds: &[],
    female_compounds: &[],
    particle_share: 0.0,
    spellings: "LEE,YI,RHEE,RI PARK,PAK,BAK CHOI,CHOE,CHOY JUNG,JEONG,CHUNG KANG,GANG \
        CHO,JO,CHOH YOON,YUN JANG,CHANG LIM,IM,YIM OH,O SEO,SUH SHIN,SIN KWON,GWON \
        HWANG,WHANG AHN,AN JEON,CHUN,CHEON YOO,YU KO,GO,KOH MOON,MUN BAE,PAE BAEK,PAIK,BAIK \
        HEO,HUH,HUR SHIM,SIM NOH,NO,ROH KWAK,GWAK SUNG,SEONG JOO,JU,CHOO WOO,WU KOO,GU \
        RYU,RYOO EOM,UM CHAE,CHE JUN,JOON JI,CHI HYUN,HYEON YOUNG,YEONG JAE,JAI DONG,TONG \
        JIN,CHIN HOON,HUN SOO,SU TAE,TAI SEUNG,SUENG KYUNG,KYEONG,GYEONG CHUL,CHEOL \
        KWANG,GWANG HYUK,HYEOK WON,WEON GUN,GEON,KUN EUN,UN HEE,HUI YEON,YUN,YOUN \
        SUN,SEON SEOK,SUK SOOK,SUK MIN,MINN",
    given_skew: 0.6,
    surname_skew: 1.0,
};
