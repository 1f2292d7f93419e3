//! Thai, Vietnamese and Indonesian names. Thai in Thai script with an RTGS-like spelling (the
//! common passport spellings as other romanisations); Thai surnames are long compounds.
//! Vietnamese and Indonesian are written in Latin letters (Vietnamese without its diacritics,
//! Đ as D or DD; Indonesian in the current spelling, the spelling before 1972 as variants).

use super::{Locale, NativeOrder, Script, Shape};

/// The locales of this file.
pub const LOCALES: &[&Locale] = &[&THAI, &VIETNAMESE, &INDONESIAN];

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

/// Vietnamese: surname, middle name, given name.
pub const VIETNAMESE: Locale = Locale {
    code: "vi",
    name: "Vietnamese",
    weight: 4,
    script: Script::Latin,
    native_order: NativeOrder::SurnameFirst(" "),
    nationalities: &["VNM"],
    shape: Shape::Vietnamese,
    male: "ANH MINH HUNG DUNG TUAN HAI NAM LONG QUANG THANH DUC HOANG SON TRUNG KHANH PHONG \
        VIET BINH CUONG DAT HIEU HUY KHOA LAM LUAN NGHIA PHUC QUAN TAI THANG THINH TIEN TOAN \
        TRI VINH",
    female: "ANH LINH HUONG LAN HOA MAI NGOC THAO TRANG HANG THU HA PHUONG YEN NHUNG VY TRAM \
        QUYNH DIEP HIEN HUYEN LY MY NGA NHI OANH THUY TUYET UYEN VAN",
    surnames: "NGUYEN TRAN LE PHAM HOANG HUYNH PHAN VU VO DANG BUI DO HO NGO DUONG LY DINH \
        TRINH DAO LAM MAI TRUONG LUONG CAO TA HA VUONG KIEU TONG THAI QUACH LUU",
    roots: "",
    suffixes: "",
    compose: 0.0,
    particles: "",
    particle_share: 0.0,
    spellings: "NGUYEN,NGUEN HUYNH,HUINH DUONG,DZUONG,DDUONG DANG,DDANG DINH,DDINH DO,DDO \
        DUNG,DDUNG,ZUNG DUC,DDUC DAO,DDAO DAT,DDAT DIEP,DDIEP QUYNH,QUINH",
    given_skew: 0.7,
    surname_skew: 1.3,
};

/// Indonesian: one or two given names, family or second name.
pub const INDONESIAN: Locale = Locale {
    code: "id",
    name: "Indonesian",
    weight: 3,
    script: Script::Latin,
    native_order: NativeOrder::GivenFirst,
    nationalities: &["IDN"],
    shape: Shape::Given {
        middle: 0.4,
        second_surname: 0.0,
    },
    male: "AGUS BUDI BAMBANG DWI EKO HADI JOKO RUDI ANDI AHMAD MUHAMMAD RIZKY DEDI HENDRA IRWAN \
        YUDI FAJAR ARIF DANI WAHYU PUTRA ADITYA BAYU TEGUH SLAMET SUPRIYADI HERU INDRA",
    female: "SITI SRI DEWI NUR PUTRI RINA WATI LESTARI YULI FITRI INDAH AYU RATNA ENDANG DIAN \
        MAYA NOVI WULAN SARI ANI TUTI KARTIKA NINGSIH PURNAMA RAHMAWATI",
    surnames: "SANTOSO WIJAYA SUSANTO HARTONO SETIAWAN GUNAWAN KUSUMA SAPUTRA HIDAYAT PRATAMA \
        HALIM SALIM TANJUNG SIREGAR NASUTION HARAHAP LUBIS SIMANJUNTAK SITUMORANG PANJAITAN \
        SINAGA HUTAPEA SEMBIRING GINTING KURNIAWAN WIBOWO PRASETYO NUGROHO SUGIARTO SURYADI \
        WAHYUDI FIRMANSYAH HIDAYATULLAH RAMADHAN SIMATUPANG",
    roots: "",
    suffixes: "",
    compose: 0.0,
    particles: "",
    particle_share: 0.0,
    spellings: "SUSANTO,SOESANTO SURYADI,SOERJADI,SURJADI JOKO,DJOKO BUDI,BOEDI HIDAYAT,HIDAJAT \
        WAHYU,WAHJU YUDI,JUDI YULI,JULI PURNAMA,POERNAMA SUGIARTO,SOEGIARTO NUR,NOER TUTI,TOETI \
        WAHYUDI,WAHJOEDI,WAHJUDI FIRMANSYAH,FIRMANSJAH MUHAMMAD,MOHAMMAD,MOCHAMAD,MOHAMAD \
        AHMAD,ACHMAD RIZKY,RIZKI,RISKI SLAMET,SELAMET SUPRIYADI,SOEPRIJADI,SUPRIADI \
        RAMADHAN,RAMADAN RAHMAWATI,RACHMAWATI NINGSIH,NINGSI KUSUMA,KOESOEMA SAPUTRA,SAPOETRA \
        PRASETYO,PRASETIO,PRASETJO NUGROHO,NOEGROHO HIDAYATULLAH,HIDAJATULLAH WIJAYA,WIDJAJA \
        TANJUNG,TANDJUNG PUTRA,POETRA PUTRI,POETRI AYU,AJOE",
    given_skew: 0.7,
    surname_skew: 0.7,
};
