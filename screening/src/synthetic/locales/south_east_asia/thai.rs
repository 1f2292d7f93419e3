//! Thai: given name, surname, in Thai script with an RTGS-like spelling (the common passport
//! spellings as other romanisations).
//!
//! Thai surnames date from 1913, when each family had to register one that no other family bore:
//! they are long compounds of Pali and Sanskrit morphemes (SUWAN + NA + SAKUN, CHAROEN + SUK), so
//! that the country counts hundreds of thousands of them and none is common. Given names are
//! built alike (SOM + CHAI, THANA + WAT, SIRI + PHON), each morpheme in its Thai spelling and its
//! combining form in RTGS (THANA for ธน before WAT).

use crate::synthetic::locales::{Compound, Locale, NativeOrder, Script, Shape};

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
    roots: "SOM=สม SI=ศรี SU=สุ SUWAN=สุวรรณ THANA=ธน WORA=วร SURA=สุร KITTI=กิตติ PHONG=พงศ์ \
        SAK=ศักดิ์ CHAI=ชัย WICHIT=วิจิตร NATTHA=ณัฐ THIRA=ธีร APHI=อภิ THAWI=ทวี WIRA=วีร \
        ANU=อนุ SUPHA=ศุภ UDOM=อุดม PHAI=ไพ MANI=มณี THONG=ทอง SAENG=แสง CHAROEN=เจริญ \
        PRASOET=ประเสริฐ WATTHANA=วัฒน SUK=สุข WONG=วงศ์ BUN=บุญ MONGKHON=มงคล NOPPHA=นพ \
        KAEO=แก้ว NGOEN=เงิน PHET=เพชร RUNG=รุ่ง SIRI=ศิริ RATTANA=รัตน NAPHA=นภา DUANG=ดวง \
        CHAN=จันทร์ PHON=พร WARA=วรา SAWAT=สวัสดิ์ KHAM=คำ SAMRAN=สำราญ PRAPHAN=ประพันธ์ \
        CHATCHAWAN=ชัชวาล SOMBUN=สมบูรณ์ PHIBUN=พิบูล THEP=เทพ \
        ARUN=อรุณ THAMMA=ธรรม PRAPHA=ประภา PHUANG=พวง SUPHAN=สุพรรณ WIMON=วิมล KAMON=กมล \
        CHUEN=ชื่น PHUTTHA=พุทธ KHEMA=เขม NITHI=นิธิ RATCHA=ราช PHANU=ภานุ SUTTHI=สุทธิ \
        NITI=นิติ CHAYA=ชย PHIRA=พีร SAKON=สกล THAWON=ถาวร WIPHA=วิภา AMPHON=อำพล BORI=บริ \
        CHINNA=ชินะ PHAT=พัฒน PHIPHAT=พิพัฒน SAMPHAN=สัมพันธ์ THIPHA=ทิพา",
    suffixes: "SAKUN=สกุล WONG=วงศ์ SUK=สุข CHAI=ชัย PHAN=พันธ์ SIRI=ศิริ RAT=รัตน์ THONG=ทอง \
        WATTHANA=วัฒนา SOMBAT=สมบัติ PHONG=พงษ์ SAWAT=สวัสดิ์ KUN=กุล CHAROEN=เจริญ \
        PHANICH=พาณิชย์ UDOM=อุดม DI=ดี SAK=ศักดิ์ PHON=พร KHAM=คำ SI=ศรี PHITHAK=พิทักษ์ \
        RAK=รักษ์ THAM=ธรรม",
    compose: 1.0,
    particles: "",
    surname_compounds: &[Compound {
        share: 0.75,
        skew: 0.3,
        parts: &[
            "SOM=สม SI=ศรี SU=สุ SUWAN=สุวรรณ THANA=ธน WORA=วร SURA=สุร KITTI=กิตติ PHONG=พงศ์ \
            SAK=ศักดิ์ CHAI=ชัย WICHIT=วิจิตร NATTHA=ณัฐ THIRA=ธีร APHI=อภิ THAWI=ทวี WIRA=วีร \
            ANU=อนุ SUPHA=ศุภ UDOM=อุดม PHAI=ไพ MANI=มณี THONG=ทอง SAENG=แสง CHAROEN=เจริญ \
            PRASOET=ประเสริฐ WATTHANA=วัฒน SUK=สุข WONG=วงศ์ BUN=บุญ MONGKHON=มงคล NOPPHA=นพ \
            KAEO=แก้ว NGOEN=เงิน PHET=เพชร RUNG=รุ่ง SIRI=ศิริ RATTANA=รัตน NAPHA=นภา DUANG=ดวง \
            CHAN=จันทร์ PHON=พร WARA=วรา SAWAT=สวัสดิ์ KHAM=คำ SAMRAN=สำราญ PRAPHAN=ประพันธ์ \
            CHATCHAWAN=ชัชวาล SOMBUN=สมบูรณ์ PHIBUN=พิบูล THEP=เทพ ARUN=อรุณ THAMMA=ธรรม \
            PRAPHA=ประภา PHUANG=พวง SUPHAN=สุพรรณ WIMON=วิมล KAMON=กมล CHUEN=ชื่น PHUTTHA=พุทธ \
            KHEMA=เขม NITHI=นิธิ RATCHA=ราช PHANU=ภานุ SUTTHI=สุทธิ NITI=นิติ",
            "- - SIRI=ศิริ THONG=ทอง SUK=สุข CHAI=ชัย WONG=วงศ์ RATTANA=รัตน KHAM=คำ SI=ศรี \
            PHON=พล THAM=ธรรม SAK=ศักดิ์ WAN=วรรณ",
            "SAKUN=สกุล WONG=วงศ์ SUK=สุข CHAI=ชัย PHAN=พันธ์ SIRI=ศิริ RAT=รัตน์ THONG=ทอง \
                WATTHANA=วัฒนา SOMBAT=สมบัติ PHONG=พงษ์ SAWAT=สวัสดิ์ KUN=กุล CHAROEN=เจริญ \
                PHANICH=พาณิชย์ UDOM=อุดม",
        ],
    }],
    male_compounds: &[Compound {
        share: 0.6,
        skew: 0.35,
        parts: &[
            "SOM=สม SI=ศรี SU=สุ SUWAN=สุวรรณ THANA=ธน WORA=วร SURA=สุร KITTI=กิตติ PHONG=พงศ์ \
            SAK=ศักดิ์ CHAI=ชัย WICHIT=วิจิตร NATTHA=ณัฐ THIRA=ธีร APHI=อภิ THAWI=ทวี WIRA=วีร \
            ANU=อนุ SUPHA=ศุภ UDOM=อุดม PHAI=ไพ MANI=มณี THONG=ทอง SAENG=แสง CHAROEN=เจริญ \
            PRASOET=ประเสริฐ WATTHANA=วัฒน SUK=สุข WONG=วงศ์ BUN=บุญ MONGKHON=มงคล NOPPHA=นพ \
            KAEO=แก้ว NGOEN=เงิน PHET=เพชร RUNG=รุ่ง SIRI=ศิริ RATTANA=รัตน NAPHA=นภา DUANG=ดวง \
            CHAN=จันทร์ PHON=พร WARA=วรา SAWAT=สวัสดิ์ KHAM=คำ SAMRAN=สำราญ PRAPHAN=ประพันธ์ \
            CHATCHAWAN=ชัชวาล SOMBUN=สมบูรณ์ PHIBUN=พิบูล THEP=เทพ ARUN=อรุณ THAMMA=ธรรม \
            PRAPHA=ประภา PHUANG=พวง SUPHAN=สุพรรณ WIMON=วิมล KAMON=กมล CHUEN=ชื่น PHUTTHA=พุทธ \
            KHEMA=เขม NITHI=นิธิ RATCHA=ราช PHANU=ภานุ SUTTHI=สุทธิ NITI=นิติ",
            "CHAI=ชัย CHAI=ชาย SAK=ศักดิ์ PHONG=พงษ์ PHONG=พงศ์ WAT=วัฒน์ CHAT=ชาติ PHON=พล \
                ROT=โรจน์ SOMBAT=สมบัติ THAWON=ถาวร DET=เดช NARONG=ณรงค์ KIAT=เกียรติ PHAT=พัฒน์ \
                SIT=สิทธิ์ DECH=เดช",
        ],
    }],
    female_compounds: &[Compound {
        share: 0.6,
        skew: 0.35,
        parts: &[
            "SOM=สม SI=ศรี SU=สุ SUWAN=สุวรรณ THANA=ธน WORA=วร SURA=สุร KITTI=กิตติ PHONG=พงศ์ \
            SAK=ศักดิ์ CHAI=ชัย WICHIT=วิจิตร NATTHA=ณัฐ THIRA=ธีร APHI=อภิ THAWI=ทวี WIRA=วีร \
            ANU=อนุ SUPHA=ศุภ UDOM=อุดม PHAI=ไพ MANI=มณี THONG=ทอง SAENG=แสง CHAROEN=เจริญ \
            PRASOET=ประเสริฐ WATTHANA=วัฒน SUK=สุข WONG=วงศ์ BUN=บุญ MONGKHON=มงคล NOPPHA=นพ \
            KAEO=แก้ว NGOEN=เงิน PHET=เพชร RUNG=รุ่ง SIRI=ศิริ RATTANA=รัตน NAPHA=นภา DUANG=ดวง \
            CHAN=จันทร์ PHON=พร WARA=วรา SAWAT=สวัสดิ์ KHAM=คำ SAMRAN=สำราญ PRAPHAN=ประพันธ์ \
            CHATCHAWAN=ชัชวาล SOMBUN=สมบูรณ์ PHIBUN=พิบูล THEP=เทพ ARUN=อรุณ THAMMA=ธรรม \
            PRAPHA=ประภา PHUANG=พวง SUPHAN=สุพรรณ WIMON=วิมล KAMON=กมล CHUEN=ชื่น PHUTTHA=พุทธ \
            KHEMA=เขม NITHI=นิธิ RATCHA=ราช PHANU=ภานุ SUTTHI=สุทธิ NITI=นิติ",
            "PHON=พร THIP=ทิพย์ RAT=รัตน์ DAO=ดาว CHIT=จิตร LAK=ลักษณ์ NAPHA=นภา SIRI=ศิริ \
                WADI=วดี PHEN=เพ็ญ SUDA=สุดา PHAN=พรรณ CHAN=จันทร์ MANI=มณี RUNG=รุ้ง",
        ],
    }],
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
    given_skew: 0.6,
    surname_skew: 0.3,
};
