//! Thai: given name, compound surname.

use crate::synthetic::locales::{Locale, NativeOrder, Script, Shape};

/// Thai: given name, compound surname.
pub const THAI: Locale = Locale {
    code: "th",
    name: "Thai",
    weight: 2,
    script: Script::Thai,
    native_order: NativeOrder::GivenFirst,
    nationalities: &["THA"],
    shape: Shape::Given {
        middle: 0.0,
        second_surname: 0.0,
    },
    male: "SOMCHAI=สมชาย SOMSAK=สมศักดิ์ SOMPHONG=สมพงษ์ PRASOET=ประเสริฐ SOMBAT=สมบัติ \
        WICHAI=วิชัย SURACHAI=สุรชัย ANAN=อนันต์ KITTI=กิตติ NATTHAPHONG=ณัฐพงศ์ \
        THANAWAT=ธนวัฒน์ WIRAT=วิรัช SUCHAT=สุชาติ APHICHAT=อภิชาติ PHONGSAK=พงศักดิ์ \
        SAKCHAI=ศักดิ์ชัย THAWATCHAI=ธวัชชัย CHATCHAI=ฉัตรชัย WIWAT=วิวัฒน์ PRAPHAN=ประพันธ์ \
        BUNMA=บุญมา SUPHACHAI=ศุภชัย SOMNUEK=สมนึก PHAIROT=ไพโรจน์ THIRAPHONG=ธีรพงษ์",
    female: "SUDA=สุดา SOMSI=สมศรี MALI=มาลี WANIDA=วนิดา NAPHAPHON=นภาพร KANYA=กัญญา \
        PHONTHIP=พรทิพย์ SIRIPHON=ศิริพร ARUNI=อรุณี RATTANA=รัตนา PHATCHARA=พัชรา \
        NONGLAK=นงลักษณ์ WARAPHON=วราภรณ์ SOMCHIT=สมจิตร CHINTANA=จินตนา DUANGCHAI=ดวงใจ \
        KANNIKA=กรรณิการ์ PRANI=ปราณี SUNISA=สุนิสา UMAPHON=อุมาพร NITTAYA=นิตยา \
        THIDARAT=ธิดารัตน์ PIYADA=ปิยะดา ATCHARA=อัจฉรา BUTSABA=บุษบา",
    surnames: "",
    roots: "SUWAN=สุวรรณ KAEO=แก้ว THONG=ทอง BUN=บุญ CHAROEN=เจริญ SI=ศรี SOM=สม \
        SAENG=แสง PHROM=พรหม WONG=วงศ์ CHAI=ชัย KHAM=คำ IN=อินทร์ RAT=รัตน์ SUK=สุข \
        PHET=เพชร NGOEN=เงิน MANI=มณี SAKUL=สกุล WATTHANA=วัฒนา PHAN=พันธ์ SIRI=ศิริ \
        CHANTHA=จันทร์ THEP=เทพ SAWAT=สวัสดิ์ PRASOET=ประเสริฐ RUENG=รุ่ง SOMBUN=สมบูรณ์ \
        NAK=นาค PHON=พล",
    suffixes: "SAKUL=สกุล WONG=วงศ์ SUK=สุข CHAI=ชัย PHAN=พันธ์ SIRI=ศิริ RAT=รัตน์ \
        THONG=ทอง WATTHANA=วัฒนา SOMBAT=สมบัติ PHONG=พงษ์ SAWAT=สวัสดิ์ KUN=กุล \
        CHAROEN=เจริญ PHANICH=พาณิชย์ UDOM=อุดม",
    compose: 1.0,
    particles: "",
    surname_compounds: &[],
    male_compounds: &[],
    female_compounds: &[],
    particle_share: 0.0,
    spellings:
        "SOMPHONG,SOMPONG PRASOET,PRASERT,PRASERTH SUCHAT,SUCHART APHICHAT,APICHART,APICHAT \
        PHONGSAK,PONGSAK NATTHAPHONG,NATTAPONG,NATHAPONG THANAWAT,TANAWAT WIRAT,WIRACH,VIRAT \
        BUNMA,BOONMA SUPHACHAI,SUPACHAI SOMNUEK,SOMNUK PHAIROT,PAIROJ,PAIROTE \
        THIRAPHONG,THEERAPONG,TEERAPONG SOMSI,SOMSRI MALI,MALEE NAPHAPHON,NAPAPORN,NAPHAPORN \
        PHONTHIP,PORNTIP,PORNTHIP SIRIPHON,SIRIPORN ARUNI,ARUNEE PHATCHARA,PATCHARA \
        WARAPHON,WARAPORN SOMCHIT,SOMJIT CHINTANA,JINTANA DUANGCHAI,DUANGJAI PRANI,PRANEE \
        UMAPHON,UMAPORN ATCHARA,ACHARA BUTSABA,BUSABA SUWAN,SUWANNA,SUVAN KAEO,KAEW,GAEW \
        THONG,TONG BUN,BOON CHAROEN,JAROEN SI,SRI PHROM,PROM PHET,PETCH,PECH \
        NGOEN,NGERN MANI,MANEE SAKUL,SAKOON,SAKOOL WATTHANA,WATTANA,VATTANA,WATANA PHAN,PAN \
        CHANTHA,CHANTRA,JANTHA THEP,TEP SAWAT,SAWASDI,SAWAS RUENG,RUNG,ROONG PHON,PON,POL \
        WONG,VONG SUK,SOOK PHONG,PONG KUN,KUL PHANICH,PANICH,PANIT UDOM,UDOMSAK",
    given_skew: 0.7,
    surname_skew: 0.7,
};
