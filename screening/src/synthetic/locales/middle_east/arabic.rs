//! Arabic: given name, father's and grandfather's names, family name often with AL, in Arabic
//! script without vowel marks beside the spelling passports of the region commonly carry.
//!
//! MOHAMMED and its spellings are given to some 10–15 % of men in much of the Arab world, a real
//! head that stays; beyond it given names run to thousands, among them the ABD + divine-name
//! compounds (ABDULRAHMAN, ABDELAZIZ). Family names are tribal and regional nisbas (a place or
//! tribe + I: BAGHDADI, TAMIMI, MASRI), occupations (HADDAD, NAJJAR), and ancestors' given
//! names (HASSAN, SALEH), often with AL or ABU; the chain of father's and grandfather's names
//! makes most full names of the region unique.

use crate::synthetic::locales::{Compound, Locale, NativeOrder, Script, Shape};

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
        ISSA=عيسى MOUSA=موسى HAMAD=حمد TURKI=تركي \
        KHALIL=خليل IMAD=عماد RIYAD=رياض FADI=فادي HANI=هاني GHASSAN=غسان MAZEN=مازن \
        NIZAR=نزار RAED=رائد AYMAN=أيمن AMJAD=أمجد EMAD=عماد IYAD=إياد SHADI=شادي \
        FOUAD=فؤاد JIHAD=جهاد KAMAL=كمال MUNIR=منير NAJIB=نجيب RAFIQ=رفيق SUHAIL=سهيل \
        TAWFIQ=توفيق ZUHAIR=زهير AKRAM=أكرم ANWAR=أنور ASHRAF=أشرف BASHIR=بشير \
        DAWOOD=داود FARID=فريد GHALIB=غالب HABIB=حبيب HAITHAM=هيثم JALAL=جلال \
        JAWAD=جواد KHALDOUN=خلدون LUTFI=لطفي MAMDOUH=ممدوح MUNTHER=منذر NABEEL=نبيل \
        NADIM=نديم QAIS=قيس RABIE=ربيع SABRI=صبري SALAH=صلاح SHAKER=شاكر TALAL=طلال \
        TAMER=تامر WAHID=وحيد YAZAN=يزن ZAKI=زكي ABDULKARIM=عبدالكريم MUAYAD=مؤيد \
        AWS=أوس MUHANNAD=مهند MUNIB=منيب HUSSAM=حسام SUFYAN=سفيان KHATTAB=خطاب \
        MUSAB=مصعب UDAY=عدي QUSAY=قصي LUAY=لؤي ARKAN=أركان ZAID=زيد SAAD=سعد \
        MAHDI=مهدي BAKR=بكر OTHMAN=عثمان MARWAN=مروان HAMDI=حمدي SAMEH=سامح \
        HAZEM=حازم AMR=عمرو ASSEM=عاصم TAHER=طاهر HATEM=حاتم RAMADAN=رمضان SHERIF=شريف \
        MOUNIR=منير REDA=رضا HAMMOUD=حمود MISHAAL=مشعل NAWAF=نواف BANDAR=بندر \
        MUTLAQ=مطلق SATTAM=سطام RAKAN=راكان FARES=فارس GHAZI=غازي NAIF=نايف SAUD=سعود \
        MANSOOR=منصور OBAID=عبيد SALEM=سالم HAMDAN=حمدان RASHED=راشد MUBARAK=مبارك \
        JASIM=جاسم HAIDER=حيدر SAJJAD=سجاد MUSTAFA=مصطفى KADHIM=كاظم AQEEL=عقيل \
        MUAMMAR=معمر MILAD=ميلاد ABDELHAKIM=عبدالحكيم LAHCEN=لحسن DRISS=إدريس \
        RACHID=رشيد MOURAD=مراد HAKIM=حكيم NOUREDDINE=نورالدين SALAHEDDINE=صلاح_الدين \
        BADR=بدر JALIL=جليل FIRAS=فراس MALIK=مالك SAMI=سامي AYOUB=أيوب YOUNES=يونس",
    female: "FATIMA=فاطمة AISHA=عائشة MARYAM=مريم ZAINAB=زينب KHADIJA=خديجة NOUR=نور \
        LAYLA=ليلى SARA=سارة HANAN=حنان AMINA=أمينة SALMA=سلمى RANIA=رانيا DINA=دينا \
        HUDA=هدى YASMIN=ياسمين MONA=منى SAMIRA=سميرة NADIA=نادية LINA=لينا RIM=ريم \
        ASMA=أسماء RUQAYYA=رقية SAFIYA=صفية HALA=هالة LAMA=لمى NOURA=نورة MAHA=مها \
        DALIA=داليا SUHA=سهى WAFAA=وفاء JAMILA=جميلة \
        NADA=ندى RANA=رنا REEM=ريم LUBNA=لبنى MAYSA=ميساء SAWSAN=سوسن HIBA=هبة \
        RASHA=رشا GHADA=غادة NAJWA=نجوى ABEER=عبير AMAL=أمل BUSHRA=بشرى DUAA=دعاء \
        EMAN=إيمان FARAH=فرح GHADIR=غدير HAYAT=حياة INAS=إيناس JUMANA=جمانة \
        KHAWLA=خولة LAMIS=لميس MANAL=منال NAWAL=نوال RABAB=رباب RAWAN=روان SAHAR=سحر \
        SAMAR=سمر SANAA=سناء SHAIMA=شيماء TAHANI=تهاني WIDAD=وداد YARA=يارا ZAHRA=زهراء \
        AFAF=عفاف ALIA=عالية BASMA=بسمة DALAL=دلال FADWA=فدوى HADEEL=هديل HIND=هند \
        IBTISAM=ابتسام JANA=جنى KARIMA=كريمة LATIFA=لطيفة MARWA=مروة MUNA=منى \
        NAHLA=نهلة NISREEN=نسرين RAGHAD=رغد RAJAA=رجاء SABAH=صباح SAFA=صفاء SUAD=سعاد \
        SUMAYA=سمية TASNEEM=تسنيم ULA=علا WALAA=ولاء YUSRA=يسرى ZAHIA=زاهية \
        NAIMA=نعيمة MALIKA=مليكة HAFSA=حفصة RAHMA=رحمة ISRAA=إسراء AMIRA=أميرة \
        SHAHD=شهد LUJAIN=لجين GHALIA=غالية MASHAEL=مشاعل MUNIRA=منيرة SHAIKHA=شيخة \
        HESSA=حصة LAMYA=لمياء AFRAH=أفراح IKRAM=إكرام ZINEB=زينب SOUAD=سعاد \
        NOURA=نورة MALAK=ملك AYA=آية ROAA=رؤى BATOOL=بتول KAWTHAR=كوثر",
    surnames: "HADDAD=حداد KHOURY=خوري MANSOUR=منصور NASSAR=نصار SALEH=صالح HAMDAN=حمدان \
        QASIM=قاسم FARAJ=فرج JABER=جابر ZAHRAN=زهران SHARIF=شريف ABBAS=عباس HALABI=حلبي \
        MASRI=مصري TAMIMI=تميمي OBEIDI=عبيدي JUBOURI=جبوري DOURI=دوري ANSARI=أنصاري \
        NAJJAR=نجار SAADI=سعدي ZUBAIDI=زبيدي HASHEMI=هاشمي AHMAD=أحمد HUSSEINI=حسيني \
        KHATIB=خطيب SHAMMARI=شمري QAHTANI=قحطاني OTAIBI=عتيبي DOSARI=دوسري HARBI=حربي \
        MUTAIRI=مطيري GHAMDI=غامدي ZAHRANI=زهراني SHEHRI=شهري SAYED=سيد AZZAM=عزام \
        BAKRI=بكري DAHER=ضاهر AWAD=عوض SHAHIN=شاهين IBRAHIM=إبراهيم YOUSEF=يوسف HAMAD=حمد \
        ASSAD=أسعد KURDI=كردي HAKIM=حكيم KHALIFA=خليفة RASHID=رشيد MARRI=مري KUBAISI=كبيسي \
        DULAIMI=دليمي JANABI=جنابي SAMARRAI=سامرائي TIKRITI=تكريتي BAGHDADI=بغدادي \
        HIMSI=حمصي TARABULSI=طرابلسي SHAMI=شامي YAMANI=يماني \
        HASSAN=حسن HUSSEIN=حسين ALI=علي OMAR=عمر KHALIL=خليل SULEIMAN=سليمان \
        NASSER=ناصر SAID=سعيد SALEM=سالم SAAD=سعد HAMOUD=حمود ISSA=عيسى MOUSA=موسى \
        ATTAR=عطار SABBAGH=صباغ KHAYYAT=خياط HALLAQ=حلاق QASSAB=قصاب ZAYYAT=زيات \
        SAYEGH=صايغ TAHHAN=طحان FAKHOURY=فاخوري JAMMAL=جمال BITAR=بيطار DABBAGH=دباغ",
    roots: "",
    suffixes: "",
    compose: 0.0,
    particles: "AL=ال EL=ال ABU=أبو",
    surname_compounds: &[
        Compound {
            share: 0.55,
            skew: 0.35,
            parts: &[
                "BAGHDAD=بغداد BASR=بصر MOSUL=موصل HALAB=حلب TIKRIT=تكريت ANBAR=أنبار \
                NAJAF=نجف FALLUJ=فلوج HADITH=حديث HIT=هيت KIRKUK=كركوك ADEN=عدن \
                HADRAM=حضرم MADAN=مدن KHALIL=خليل BEIRUT=بيروت TARABULS=طرابلس HIMS=حمص \
                IDLIB=إدلب HAWRAN=حوران MASR=مصر ISKANDAR=إسكندر SAID=صعيد ASWAN=أسوان \
                DUMYAT=دمياط MANSUR=منصور FAYUM=فيوم SUDAN=سودان MAGHRIB=مغرب FAS=فاس \
                JAZAIR=جزائر TILIMSAN=تلمسان QAYRAWAN=قيروان SUS=سوس RIF=ريف SHAM=شام \
                YAMAN=يمن HIJAZ=حجاز NAJD=نجد QATIF=قطيف KUWAIT=كويت OMAN=عمان \
                ZUBAID=زبيد JUBUR=جبور DULAIM=دليم JANAB=جناب OBEID=عبيد SHAMMAR=شمر \
                TAMIM=تميم QAHTAN=قحطان OTAIB=عتيب MUTAIR=مطير HARB=حرب GHAMD=غامد \
                ZAHRAN=زهران SHAHR=شهر DOSAR=دوسر ANAZ=عنز ASIR=عسير AWLAK=عولق \
                KUBAIS=كبيس KHAZRAJ=خزرج AZD=أزد KIND=كند HASHEM=هاشم HUSSEIN=حسين \
                HASAN=حسن ALAW=علو ABBAS=عباس OTHMAN=عثمان OMAR=عمر ANSAR=أنصار \
                QURASH=قرش BAKR=بكر SIDDIQ=صديق FARUQ=فاروق JAFAR=جعفر KHATIB=خطيب \
                NAQIB=نقيب HANBAL=حنبل MALIK=مالك NUR=نور SHARIF=شريف HAKIM=حكيم \
                KARIM=كريم RASHID=رشيد HAMAD=حمد SAAD=سعد ZAID=زيد MAJID=ماجد KURD=كرد \
                TURK=ترك AJAM=عجم BADAW=بدو QAIS=قيس ASAD=أسد AMIN=أمين SALEH=صالح \
                NASIR=ناصر BUKHAR=بخار TABAR=طبر SHIRAZ=شيراز KHURASAN=خراسان HIND=هند \
                SIND=سند JUHAIN=جهين SULAIM=سليم HUDHAIL=هذيل THAQAF=ثقف MAKHZUM=مخزوم \
                ZUHR=زهر UMAW=أمو ABDAL=عبدل MUHAMMAD=محمد AHMAD=أحمد MAHMUD=محمود \
                RIFA=رفاع JILAN=جيلان SHADHIL=شاذل TIJAN=تيجان QADIR=قادر NAQSHBAND=نقشبند \
                BURAIK=بريك MARZOUQ=مرزوق MUBARAK=مبارك SAKKAK=سكاك FAYAD=فياض",
                "I=ي",
            ],
        },
        Compound {
            share: 0.15,
            skew: 0.4,
            parts: &[
                "HASSAN=حسن HUSSEIN=حسين ALI=علي OMAR=عمر KHALIL=خليل SULEIMAN=سليمان NASSER=ناصر \
                SAID=سعيد SALEM=سالم SAAD=سعد ISSA=عيسى MOUSA=موسى YOUNIS=يونس IBRAHIM=إبراهيم \
                ISMAIL=إسماعيل YOUSEF=يوسف HAMDAN=حمدان MAHMOUD=محمود MUSTAFA=مصطفى ABBAS=عباس \
                HAMID=حامد JABER=جابر RAMADAN=رمضان OTHMAN=عثمان MANSOUR=منصور SALMAN=سلمان \
                FARHAN=فرحان JUMAA=جمعة ABDELAAL=عبدالعال HAJJ=حاج DARWISH=درويش SHEIKH=شيخ \
                QASSEM=قاسم ZAKI=زكي RIZK=رزق SHAHIN=شاهين FAYAD=فياض NAJI=ناجي HILAL=هلال \
                BADAWI=بدوي HAMOUDA=حمودة ATTIA=عطية GHANEM=غانم SALAMA=سلامة ARAFAT=عرفات \
                BARAKAT=بركات SHAKER=شاكر SABRY=صبري FAWZI=فوزي ABDO=عبده SOLIMAN=سليمان \
                HEGAZI=حجازي NOFAL=نوفل KHATER=خاطر",
            ],
        },
    ],
    male_compounds: &[Compound {
        share: 0.12,
        skew: 0.8,
        parts: &[
            "ABDUL=عبد ABDEL=عبد",
            "RAHMAN=الرحمن AZIZ=العزيز KARIM=الكريم RAHIM=الرحيم LATIF=اللطيف MAJID=المجيد \
                HAMID=الحميد HADI=الهادي SALAM=السلام GHANI=الغني QADIR=القادر \
                JABBAR=الجبار WAHHAB=الوهاب HAKIM=الحكيم HALIM=الحليم RAZZAQ=الرزاق \
                KHALIQ=الخالق BASIT=الباسط SATTAR=الستار GHAFUR=الغفور MALIK=الملك \
                NASIR=الناصر MUNIM=المنعم FATTAH=الفتاح BARI=الباري WAHID=الواحد \
                QAYYUM=القيوم MUHSIN=المحسن HAFIZ=الحافظ SAMAD=الصمد JALIL=الجليل \
                MUTTALIB=المطلب AMIR=الأمير ILAH=الإله",
        ],
    }],
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
    surname_skew: 0.45,
};
