//! Indonesian: one or two given names, a last name, in the current spelling (the spelling
//! before 1972, OE for U and DJ for J, as variants).
//!
//! Most Indonesians bear no inherited surname: the last name is a second given name or the
//! father's, and Javanese names are built from a prefix and a stem (SU + PARTO, SU + GIYANTO, for
//! women SU + MARTI, WIDI + YANTI), which makes full names very diverse; Batak, Minahasan and
//! Chinese-Indonesian families keep clan names (SIREGAR, NASUTION; WIJAYA, HALIM).

use crate::synthetic::locales::{Compound, Locale, NativeOrder, Script, Shape};

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
        YUDI FAJAR ARIF DANI WAHYU PUTRA ADITYA BAYU TEGUH SLAMET SUPRIYADI HERU INDRA \
        ABDUL ACHMAD AGUNG ALI ANDRI ANTON ARIEF ASEP BUDIMAN CAHYO DARMAWAN DENNY DIMAS EDI \
        EKA FAHMI FIRMAN GILANG GUNTUR HARYANTO HASAN IMAM IWAN JAJANG KURNIA LUKMAN MAMAN \
        NANANG NUGROHO PRASETYO RAHMAT REZA RIZAL RONI SAIFUL SAMSUL SETIAWAN SUGENG SYAHRUL \
        TAUFIK TOMMY UJANG WAWAN WIDODO YANTO YOGI ZAINAL DONI FERRY GEDE KETUT MADE NYOMAN \
        WAYAN PUTU KADEK KOMANG IRFAN ILHAM",
    female: "SITI SRI DEWI NUR PUTRI RINA WATI LESTARI YULI FITRI INDAH AYU RATNA ENDANG DIAN \
        MAYA NOVI WULAN SARI ANI TUTI KARTIKA NINGSIH PURNAMA RAHMAWATI \
        ANGGI ANISA ASTUTI AYU CITRA DESI DEWI DWI ELLY EVI FITRIANI HANI IKA INTAN IRMA \
        LINA LUSI MARIA MARLINA MEGA MELATI NANI NITA NOVITA NURUL POPPY RATIH RETNO RIA \
        RINI RISKA SANTI SARI SINTA SITI_NURHALIZA SRI_WAHYUNI SUSI TIKA TRI UMI WIDYA YANTI \
        YENI YULIA ZAHRA NI_MADE NI_KETUT NI_LUH DYAH ENDAH KURNIASIH",
    surnames: "SANTOSO WIJAYA SUSANTO HARTONO SETIAWAN GUNAWAN KUSUMA SAPUTRA HIDAYAT PRATAMA \
        HALIM SALIM TANJUNG SIREGAR NASUTION HARAHAP LUBIS SIMANJUNTAK SITUMORANG PANJAITAN \
        SINAGA HUTAPEA SEMBIRING GINTING KURNIAWAN WIBOWO PRASETYO NUGROHO SUGIARTO SURYADI \
        WAHYUDI FIRMANSYAH HIDAYATULLAH RAMADHAN SIMATUPANG \
        TANUWIJAYA WIDJAJA LIMANTO GOZALI SUTANTO HADIWIJAYA KUSNADI SINAGA MANURUNG \
        PASARIBU BATUBARA SIAHAAN SIHOMBING TAMBUNAN MARPAUNG DAULAY RANGKUTI PARDEDE \
        NAPITUPULU POHAN HASIBUAN SIREGAR TAMPUBOLON SILALAHI SIMANULLANG RUMAPEA WOWOR \
        RUNTUWENE LUMENTUT MANOPPO PANGEMANAN SONDAKH KANDOU TUMEWU RATULANGI WARDHANA \
        PRABOWO HIDAYAT FIRDAUS MAULANA AKBAR SYAHPUTRA ANWAR EFFENDI SUBAGYO HADIANTO \
        SURYANA NURDIN RUSDI ARIFIN",
    roots: "",
    suffixes: "",
    compose: 0.0,
    particles: "",
    surname_compounds: &[
        Compound {
            share: 0.3,
            skew: 0.45,
            parts: &[
                "SUR SUP SUK SUD SUW SUG SUM PUR WAR HAR DAR KAR MUL SET WID JOK BAM SAR TUR WAH \
                RUS HAD",
                "IYANTO ARTO ARNO ANTO IYONO ADI IYADI OTO AMAN ISNO ONO ITO ARDI ATNO ONGKO OYO \
                IMAN ANTORO ASNO AWAN AJI ASMO",
            ],
        },
        Compound {
            share: 0.2,
            skew: 0.35,
            parts: &[
                "SU SU SU WI TRI HADI PUR SRI",
                "PAR MAR HAR SAN DAR WAR TAR KAR PRAP JAR RAN WAN MAN LAM NAR SAR TAM YAT DAN BAN \
                GAN MIN RAT LAS SAS TAS PAN",
                "TO NO TONO",
            ],
        },
        Compound {
            share: 0.1,
            skew: 0.35,
            parts: &["SU SU SU WI", "GIY DIY PRIY RY SETY", "ANTO ONO ADI O"],
        },
        Compound {
            share: 0.2,
            skew: 0.35,
            parts: &[
                "KURNIA SETIA GUNA HERMA DARMA FIRMAN IRWAN ADI DWI HADI SURYA WIJAYA KUSUMA BUDI \
                CAHYA MULYA RAHMAT HIDAYAT NUGRAHA PRATAMA SAPTA TRI EKA CATUR PANCA WIRA JAYA \
                INDRA ARYA BAYU CANDRA DEWA GALIH HENDRA RAKA YUDHA SATRIA PUTRA ANDI RIZKI",
                "WAN SYAH NATA ATMAJA PUTRA WIJAYA KUSUMA PRANOTO DINATA NEGARA SASMITA SAPUTRA \
                PRAWIRA PERMANA DIREJA HADI",
            ],
        },
    ],
    male_compounds: &[
        Compound {
            share: 0.25,
            skew: 0.45,
            parts: &[
                "SUR SUP SUK SUD SUW SUG SUM PUR WAR HAR DAR KAR MUL SET WID JOK BAM SAR TUR WAH \
                RUS HAD",
                "IYANTO ARTO ARNO ANTO IYONO ADI IYADI OTO AMAN ISNO ONO ITO ARDI ATNO ONGKO OYO \
                IMAN ANTORO ASNO AWAN AJI ASMO",
            ],
        },
        Compound {
            share: 0.15,
            skew: 0.35,
            parts: &[
                "SU SU SU WI TRI HADI PUR SRI",
                "PAR MAR HAR SAN DAR WAR TAR KAR PRAP JAR RAN WAN MAN LAM NAR SAR TAM YAT DAN BAN \
                GAN MIN RAT LAS SAS TAS PAN",
                "TO NO TONO",
            ],
        },
        Compound {
            share: 0.08,
            skew: 0.35,
            parts: &["SU SU SU WI", "GIY DIY PRIY RY SETY", "ANTO ONO ADI O"],
        },
        Compound {
            share: 0.1,
            skew: 0.35,
            parts: &[
                "KURNIA SETIA GUNA HERMA DARMA FIRMAN IRWAN ADI DWI HADI SURYA WIJAYA KUSUMA BUDI \
                CAHYA MULYA RAHMAT HIDAYAT NUGRAHA PRATAMA SAPTA TRI EKA CATUR PANCA WIRA JAYA \
                INDRA ARYA BAYU CANDRA DEWA GALIH HENDRA RAKA YUDHA SATRIA PUTRA ANDI RIZKI",
                "WAN SYAH NATA ATMAJA PUTRA WIJAYA KUSUMA PRANOTO DINATA NEGARA SASMITA SAPUTRA \
                PRAWIRA PERMANA DIREJA HADI",
            ],
        },
    ],
    female_compounds: &[
        Compound {
            share: 0.25,
            skew: 0.45,
            parts: &[
                "SUM SUN WID RAH PUR SET KUS NUR YUL HAR SUP SUW MUL WAR SRIY",
                "ARTI IYATI ANTI IYANTI ASIH INGSIH AWATI ARNI ANI IYAH INA ATUN ATIK ASTUTI \
                ARSIH",
            ],
        },
        Compound {
            share: 0.15,
            skew: 0.35,
            parts: &[
                "SU SU SU WI TRI",
                "PAR MAR HAR SAN WAR TAR KAR RAT LAS",
                "TI NI",
            ],
        },
    ],
    particle_share: 0.0,
    spellings: "SUSANTO,SOESANTO SURYADI,SOERJADI,SURJADI JOKO,DJOKO BUDI,BOEDI HIDAYAT,HIDAJAT \
        WAHYU,WAHJU YUDI,JUDI YULI,JULI PURNAMA,POERNAMA SUGIARTO,SOEGIARTO NUR,NOER TUTI,TOETI \
        WAHYUDI,WAHJOEDI,WAHJUDI FIRMANSYAH,FIRMANSJAH MUHAMMAD,MOHAMMAD,MOCHAMAD,MOHAMAD \
        AHMAD,ACHMAD RIZKY,RIZKI,RISKI SLAMET,SELAMET SUPRIYADI,SOEPRIJADI,SUPRIADI \
        RAMADHAN,RAMADAN RAHMAWATI,RACHMAWATI NINGSIH,NINGSI KUSUMA,KOESOEMA SAPUTRA,SAPOETRA \
        PRASETYO,PRASETIO,PRASETJO NUGROHO,NOEGROHO HIDAYATULLAH,HIDAJATULLAH WIJAYA,WIDJAJA \
        TANJUNG,TANDJUNG PUTRA,POETRA PUTRI,POETRI AYU,AJOE",
    given_skew: 0.6,
    surname_skew: 0.4,
};
