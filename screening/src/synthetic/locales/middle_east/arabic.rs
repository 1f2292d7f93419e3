//! Arabic: given name, father's and grandfather's names, family name often with AL.

use crate::synthetic::locales::{Locale, NativeOrder, Script, Shape};

/// Arabic: given name, father's and grandfather's names, family name often with AL.
pub const ARABIC: Locale = Locale {
    code: "ar",
    name: "Arabic",
    weight: 12,
    script: Script::Arabic,
    native_order: NativeOrder::GivenFirst,
    nationalities: &[
        "IRQ", "SYR", "SAU", "EGY", "JOR", "YEM", "LBN", "ARE", "LBY", "SDN", "DZA", "MAR", "TUN",
        "KWT", "QAT", "PSE",
    ],
    shape: Shape::Chain {
        father: 0.7,
        grandfather: 0.35,
    },
    male: "MOHAMMED=محمد AHMED=أحمد ALI=علي OMAR=عمر ABDULLAH=عبدالله MAHMOUD=محمود \
        KHALID=خالد HASSAN=حسن HUSSEIN=حسين IBRAHIM=إبراهيم YOUSSEF=يوسف MUSTAFA=مصطفى \
        SALEH=صالح ABDUL_RAHMAN=عبد_الرحمن ABDEL_AZIZ=عبد_العزيز TARIQ=طارق SAMIR=سمير \
        WALID=وليد JAMAL=جمال RASHID=رشيد FAISAL=فيصل NASSER=ناصر KARIM=كريم ADEL=عادل \
        HAMZA=حمزة BILAL=بلال ZIAD=زياد SAEED=سعيد MAJID=ماجد SULTAN=سلطان FAHD=فهد \
        NABIL=نبيل SAMI=سامي HAMID=حامد ADNAN=عدنان OSAMA=أسامة ANAS=أنس AMMAR=عمار \
        YASSER=ياسر MAHER=ماهر RAMI=رامي BASSAM=بسام WAEL=وائل HISHAM=هشام MANSOUR=منصور \
        ISMAIL=إسماعيل YAHYA=يحيى ZAKARIA=زكريا SULEIMAN=سليمان ABBAS=عباس JABER=جابر \
        ISSA=عيسى MOUSA=موسى HAMAD=حمد TURKI=تركي",
    female: "FATIMA=فاطمة AISHA=عائشة MARYAM=مريم ZAINAB=زينب KHADIJA=خديجة NOUR=نور \
        LAYLA=ليلى SARA=سارة HANAN=حنان AMINA=أمينة SALMA=سلمى RANIA=رانيا DINA=دينا \
        HUDA=هدى YASMIN=ياسمين MONA=منى SAMIRA=سميرة NADIA=نادية LINA=لينا RIM=ريم \
        ASMA=أسماء RUQAYYA=رقية SAFIYA=صفية HALA=هالة LAMA=لمى NOURA=نورة MAHA=مها \
        DALIA=داليا SUHA=سهى WAFAA=وفاء JAMILA=جميلة",
    surnames: "HADDAD=حداد KHOURY=خوري MANSOUR=منصور NASSAR=نصار SALEH=صالح HAMDAN=حمدان \
        QASIM=قاسم FARAJ=فرج JABER=جابر ZAHRAN=زهران SHARIF=شريف ABBAS=عباس HALABI=حلبي \
        MASRI=مصري TAMIMI=تميمي OBEIDI=عبيدي JUBOURI=جبوري DOURI=دوري ANSARI=أنصاري \
        NAJJAR=نجار SAADI=سعدي ZUBAIDI=زبيدي HASHEMI=هاشمي AHMAD=أحمد HUSSEINI=حسيني \
        KHATIB=خطيب SHAMMARI=شمري QAHTANI=قحطاني OTAIBI=عتيبي DOSARI=دوسري HARBI=حربي \
        MUTAIRI=مطيري GHAMDI=غامدي ZAHRANI=زهراني SHEHRI=شهري SAYED=سيد AZZAM=عزام \
        BAKRI=بكري DAHER=ضاهر AWAD=عوض SHAHIN=شاهين IBRAHIM=إبراهيم YOUSEF=يوسف HAMAD=حمد \
        ASSAD=أسعد KURDI=كردي HAKIM=حكيم KHALIFA=خليفة RASHID=رشيد MARRI=مري KUBAISI=كبيسي \
        DULAIMI=دليمي JANABI=جنابي SAMARRAI=سامرائي TIKRITI=تكريتي BAGHDADI=بغدادي \
        HIMSI=حمصي TARABULSI=طرابلسي SHAMI=شامي YAMANI=يماني",
    roots: "",
    suffixes: "",
    compose: 0.0,
    particles: "AL=ال EL=ال ABU=أبو",
    surname_compounds: &[],
    male_compounds: &[],
    female_compounds: &[],
    particle_share: 0.5,
    spellings: "MOHAMMED,MUHAMMAD,MOHAMED,MOHAMMAD,MUHAMMED AHMED,AHMAD \
        HUSSEIN,HUSSAIN,HUSEIN,HUSAYN HASSAN,HASAN OMAR,UMAR KHALID,KHALED \
        YOUSSEF,YOUSEF,YUSUF,YUSEF MUSTAFA,MOSTAFA,MOSTAPHA IBRAHIM,EBRAHIM,IBRAHEEM SALEH,SALIH \
        ABDULLAH,ABDALLAH,ABDULA ABDUL_RAHMAN,ABDEL_RAHMAN,ABDULRAHMAN,ABDURRAHMAN \
        ABDEL_AZIZ,ABDUL_AZIZ,ABDULAZIZ TARIQ,TAREK,TARIK SAEED,SAID,SAEID SAMIR,SAMEER \
        WALID,WALEED JAMAL,GAMAL RASHID,RASHEED FAISAL,FAYSAL NASSER,NASER,NASIR KARIM,KAREEM \
        ADEL,ADIL HAMZA,HAMZAH ZIAD,ZIYAD MAJID,MAJEED,MAGED HAMID,HAMEED OSAMA,USAMA,OUSSAMA \
        YASSER,YASIR,YASER MAHER,MAHIR HISHAM,HESHAM ISMAIL,ISMAEL,ESMAIL YAHYA,YEHIA,YAHIA \
        ZAKARIA,ZAKARIYA,ZAKARIYYA SULEIMAN,SULAIMAN,SOLIMAN ABBAS,ABAS MOUSA,MUSA,MOUSSA \
        ISSA,EISA,ISA FATIMA,FATMA,FATIMAH AISHA,AYSHA,AICHA KHADIJA,KHADIJAH,KHADIGA \
        ZAINAB,ZEINAB,ZAYNAB LAYLA,LEILA,LAILA NOUR,NUR,NOOR AMINA,AMINAH,AMEENA HUDA,HODA \
        YASMIN,YASMINE,YASMEEN QASIM,QASSEM,KASSEM,KASIM KHOURY,KHOURI,KHURI HADDAD,HADAD \
        JABER,JABIR MANSOUR,MANSUR TAMIMI,TAMEEMI QAHTANI,KAHTANI OTAIBI,OTAIBY,UTAIBI \
        HASHEMI,HASHIMI HUSSEINI,HUSSAINI,HOSSEINI SHAHIN,CHAHINE,SHAHEEN KHALIFA,KHALIFAH \
        ASSAD,ASAD AWAD,AWADH JUBOURI,JUBURI,JBOURI DULAIMI,DULAYMI,DELAIMI OBEIDI,UBAIDI",
    given_skew: 0.7,
    surname_skew: 0.7,
};
