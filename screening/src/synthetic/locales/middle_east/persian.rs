//! Persian: given name (sometimes two), surname, in Persian script beside the passport spelling.
//!
//! Iranian surnames date from the 1920s and were mostly built, so they are many: a root (a
//! given name, a place, a trade, a quality) and an ending (-I, -ZADEH, -POUR, -NEJAD, -FAR,
//! -VAND, -ABADI, -NIA, -DOUST…), sometimes after MIR or joined to a second name (ALI + AKBAR +
//! I); the most common (MOHAMMADI, HOSSEINI) reach about 1 % each.
//! Given names run to thousands, MOHAMMAD, ALI, FATEMEH and ZAHRA at the head.

use crate::synthetic::locales::{Compound, Locale, NativeOrder, Script, Shape};

/// Persian: given name (sometimes compound), surname often built with -I, -ZADEH, -POUR.
pub const PERSIAN: Locale = Locale {
    code: "fa",
    name: "Persian",
    weight: 5,
    script: Script::Arabic,
    native_order: NativeOrder::GivenFirst,
    nationalities: &["IRN", "AFG"],
    shape: Shape::Given {
        middle: 0.25,
        second_surname: 0.0,
    },
    male: "MOHAMMAD=محمد ALI=علی HOSSEIN=حسین REZA=رضا MEHDI=مهدی AMIR=امیر HASSAN=حسن \
        MAHMOUD=محمود JAVAD=جواد SAEED=سعید HAMID=حمید MOHSEN=محسن MORTEZA=مرتضی MAJID=مجید \
        ABBAS=عباس AHMAD=احمد MASOUD=مسعود BEHROUZ=بهروز DARIUSH=داریوش FARHAD=فرهاد \
        KOUROSH=کوروش ARASH=آرش BABAK=بابک SIAVASH=سیاوش HAMED=حامد VAHID=وحید EHSAN=احسان \
        OMID=امید NADER=نادر KAMRAN=کامران PEYMAN=پیمان POUYA=پویا SINA=سینا \
        KIANOUSH=کیانوش MOJTABA=مجتبی MOSTAFA=مصطفی YOUSEF=یوسف EBRAHIM=ابراهیم \
        ALIREZA=علیرضا AMIRHOSSEIN=امیرحسین MOHAMMADREZA=محمدرضا HAMIDREZA=حمیدرضا \
        GHOLAMREZA=غلامرضا ABOLFAZL=ابوالفضل ESMAIL=اسماعیل RASOUL=رسول KHALIL=خلیل \
        BAHRAM=بهرام ROSTAM=رستم SOHRAB=سهراب JAMSHID=جمشید HOUSHANG=هوشنگ MANOUCHEHR=منوچهر \
        FARZAD=فرزاد FARSHID=فرشید SHAHRAM=شهرام KAVEH=کاوه RAMIN=رامین BIJAN=بیژن \
        PARVIZ=پرویز FEREYDOUN=فریدون MEHRDAD=مهرداد BEHNAM=بهنام BEHZAD=بهزاد ARMAN=آرمان \
        ARIAN=آرین ARSHIA=آرشیا ILIA=ایلیا MATIN=متین MAHAN=ماهان NIMA=نیما SAMAN=سامان \
        SASAN=ساسان KAMBIZ=کامبیز AFSHIN=افشین SHAHIN=شاهین MILAD=میلاد NAVID=نوید SAMAD=صمد \
        SADEGH=صادق KAZEM=کاظم TAGHI=تقی NASER=ناصر HADI=هادی MOSLEM=مسلم AKBAR=اکبر \
        ASGHAR=اصغر GHASEM=قاسم HABIB=حبیب MANSOUR=منصور SIAMAK=سیامک KEYVAN=کیوان \
        PEDRAM=پدرام ASHKAN=اشکان ERFAN=عرفان SOHEIL=سهیل YASER=یاسر AMIN=امین MORAD=مراد \
        TAHER=طاهر NOUROLLAH=نورالله HEDAYAT=هدایت EZATOLLAH=عزت_الله ROUHOLLAH=روح_الله",
    female: "FATEMEH=فاطمه ZAHRA=زهرا MARYAM=مریم MASOUMEH=معصومه SOMAYEH=سمیه ZEINAB=زینب \
        NARGES=نرگس MAHSA=مهسا NEDA=ندا PARISA=پریسا SHIRIN=شیرین LEILA=لیلا MINA=مینا \
        SARA=سارا ELHAM=الهام FARIBA=فریبا AZAM=اعظم MAHNAZ=مهناز SIMA=سیما ROYA=رویا \
        NASRIN=نسرین PARVANEH=پروانه SHAHLA=شهلا GOLNAZ=گلناز NAZANIN=نازنین TARANEH=ترانه \
        AFSANEH=افسانه HANIEH=هانیه FERESHTEH=فرشته MAHBOUBEH=محبوبه \
        SEDIGHEH=صدیقه ROGHAYEH=رقیه TAHEREH=طاهره KOBRA=کبری SAKINEH=سکینه AKRAM=اکرم \
        ASHRAF=اشرف MANIJEH=منیژه PARVIN=پروین ZHALEH=ژاله SOUDABEH=سودابه SHAHNAZ=شهناز \
        AZADEH=آزاده BAHAREH=بهاره FARNAZ=فرناز FATANEH=فتانه GOLNAR=گلنار HOMA=هما \
        KATAYOUN=کتایون LADAN=لادن MITRA=میترا NAHID=ناهید NEGAR=نگار PARASTOO=پرستو \
        PEGAH=پگاه SAMANEH=سمانه SANAZ=ساناز SHABNAM=شبنم SHIVA=شیوا SOLMAZ=سولماز TARA=تارا \
        YASAMAN=یاسمن ZIBA=زیبا AFSOON=افسون AREZOO=آرزو BITA=بیتا DONYA=دنیا ELNAZ=الناز \
        FARIDEH=فریده GOLSHAN=گلشن HASTI=هستی KIMIA=کیمیا MAHTAB=مهتاب MARZIEH=مرضیه \
        MOZHGAN=مژگان NASTARAN=نسترن NILOUFAR=نیلوفر RAHELEH=راحله SAHAR=سحر SEPIDEH=سپیده \
        SHIMA=شیما SOGHRA=صغری TAHMINEH=تهمینه VIDA=ویدا ZARI=زری MAHBOBEH=محبوبه \
        ATEFEH=عاطفه ELAHEH=الهه HAJAR=هاجر MAEDEH=مائده NAFISEH=نفیسه RAZIEH=راضیه",
    surnames: "MOHAMMADI=محمدی HOSSEINI=حسینی AHMADI=احمدی REZAEI=رضایی MOUSAVI=موسوی \
        JAFARI=جعفری KARIMI=کریمی RAHIMI=رحیمی HASHEMI=هاشمی SADEGHI=صادقی HEYDARI=حیدری \
        GHASEMI=قاسمی SALEHI=صالحی KAZEMI=کاظمی RAHMANI=رحمانی NOURI=نوری TEHRANI=تهرانی \
        SHIRAZI=شیرازی ESFAHANI=اصفهانی TABRIZI=تبریزی NAJAFI=نجفی AKBARI=اکبری \
        ASGHARI=اصغری ABBASI=عباسی AMINI=امینی MORADI=مرادی BAGHERI=باقری YOUSEFI=یوسفی \
        SOLTANI=سلطانی GHORBANI=قربانی FARAHANI=فراهانی ZAREI=زارعی \
        NOROUZI=نوروزی DEHGHAN=دهقان SHARIFI=شریفی EBRAHIMI=ابراهیمی ALIZADEH=علیزاده \
        HASSANI=حسنی KHANI=خانی MIRZAEI=میرزایی KARIMZADEH=کریمزاده TAVAKOLI=توکلی \
        ANSARI=انصاری GHAFFARI=غفاری RAHNAMA=رهنما SAFARI=صفری ZAMANI=زمانی VAHIDI=وحیدی \
        AFSHAR=افشار GHAEMI=قائمی SAMADI=صمدی RASOULI=رسولی TAHERI=طاهری HABIBI=حبیبی",
    roots: "HOSSEIN=حسین AHMAD=احمد MOHAMMAD=محمد KARIM=کریم RAHIM=رحیم JAFAR=جعفر \
        HASSAN=حسن ABBAS=عباس NASER=ناصر AMIR=امیر BAGHER=باقر SHARIF=شریف GHOLAM=غلام \
        KAZEM=کاظم SADEGH=صادق HEYDAR=حیدر MORAD=مراد YOUSEF=یوسف SOLTAN=سلطان ASGHAR=اصغر \
        GHASEM=قاسم AKBAR=اکبر MAHMOUD=محمود SAEED=سعید HAMID=حمید MAJID=مجید JAVAD=جواد \
        RASOUL=رسول KHALIL=خلیل ESMAIL=اسماعیل BAHRAM=بهرام ROSTAM=رستم SOHRAB=سهراب \
        JAMSHID=جمشید FARHAD=فرهاد KOUROSH=کوروش DARAB=داراب HOUSHANG=هوشنگ NADER=نادر \
        SHAH=شاه MALEK=ملک ASAD=اسد TAHER=طاهر NAJAF=نجف GOL=گل MEHR=مهر NIK=نیک AMIN=امین \
        HABIB=حبیب AZIZ=عزیز KARAM=کرم ZAMAN=زمان RAMAZAN=رمضان SHABAN=شعبان TEHRAN=تهران \
        SHIRAZ=شیراز TABRIZ=تبریز ESFAHAN=اصفهان KERMAN=کرمان YAZD=یزد GHAZVIN=قزوین \
        KASHAN=کاشان HAMEDAN=همدان ZANJAN=زنجان MASHHAD=مشهد SEMNAN=سمنان SABZEVAR=سبزوار \
        NEISHABOUR=نیشابور GILAN=گیلان RASHT=رشت BOROUJERD=بروجرد KHORASAN=خراسان LAR=لار \
        DEHGHAN=دهقان ATTAR=عطار NAJJAR=نجار HADDAD=حداد SARRAF=صراف AHANGAR=آهنگر \
        ZARGAR=زرگر KHAYYAT=خیاط NOUR=نور SHAMS=شمس FAZL=فضل EMAM=امام SHAHAB=شهاب \
        MANSOUR=منصور DAVOUD=داوود SOLEIMAN=سلیمان YAGHOUB=یعقوب ISHAGH=اسحاق \
        ABDOLLAH=عبدالله ARDESHIR=اردشیر BABAK=بابک BIJAN=بیژن FARAJ=فرج SHOKR=شکر \
        JALAL=جلال KAMAL=کمال JAMAL=جمال ESHGH=عشق OMID=امید ASL=اصل GHAFFAR=غفار \
        SATTAR=ستار MOKHTAR=مختار",
    suffixes: "I=ی ZADEH=زاده POUR=پور NEJAD=نژاد IAN=یان FAR=فر KHANI=خانی \
        ABADI=آبادی LOU=لو VAND=وند PANAH=پناه DOUST=دوست NIA=نیا ZAD=زاد MANESH=منش ARA=آرا",
    compose: 0.7,
    particles: "",
    surname_compounds: &[
        Compound {
            share: 0.08,
            skew: 0.6,
            parts: &[
                "MIR=میر",
                "HOSSEIN=حسین AHMAD=احمد MOHAMMAD=محمد KARIM=کریم JAFAR=جعفر HASSAN=حسن \
                ABBAS=عباس HASHEM=هاشم BAGHER=باقر SADEGH=صادق KAZEM=کاظم GHASEM=قاسم JALAL=جلال \
                KAMAL=کمال SALEH=صالح FAZL=فضل",
                "I=ی ZADEH=زاده POUR=پور",
            ],
        },
        Compound {
            share: 0.3,
            skew: 0.3,
            parts: &[
                "ALI=علی MOHAMMAD=محمد HOSSEIN=حسین HASSAN=حسن AHMAD=احمد JAFAR=جعفر GHOLAM=غلام \
                MIR=میر HAJ=حاج SHEIKH=شیخ AGHA=آقا MOLLA=ملا KARIM=کریم ABDOL=عبد NOUR=نور \
                AMIR=امیر DARVISH=درویش SHAH=شاه KHAN=خان BABA=بابا",
                "AKBAR=اکبر ASGHAR=اصغر HOSSEIN=حسین HASSAN=حسن MOHAMMAD=محمد KARIM=کریم \
                RAHIM=رحیم JAFAR=جعفر KAZEM=کاظم SADEGH=صادق BAGHER=باقر ABBAS=عباس NASER=ناصر \
                AMIR=امیر YOUSEF=یوسف ESMAIL=اسماعیل MAHMOUD=محمود GHASEM=قاسم JAVAD=جواد \
                SALEH=صالح FAZL=فضل ZAMAN=زمان RAMAZAN=رمضان NAJAF=نجف TEHRAN=تهران SHIRAZ=شیراز \
                KERMAN=کرمان YAZD=یزد ZANJAN=زنجان GILAN=گیلان RASHT=رشت LAR=لار ATTAR=عطار \
                ZARGAR=زرگر SARRAF=صراف ABAD=آباد",
                "I=ی ZADEH=زاده POUR=پور I=ی NEJAD=نژاد",
            ],
        },
    ],
    male_compounds: &[],
    female_compounds: &[],
    particle_share: 0.0,
    spellings: "MOHAMMAD,MOHAMMED,MUHAMMAD,MOHAMAD HOSSEIN,HUSSEIN,HOSEIN,HUSAIN HASSAN,HASAN \
        MEHDI,MAHDI REZA,RIZA MAHMOUD,MAHMUD JAVAD,JAWAD SAEED,SAID,SAEID HAMID,HAMEED \
        MOHSEN,MOHSIN MORTEZA,MORTAZA,MURTAZA MAJID,MAJEED MASOUD,MASOOD,MASUD BEHROUZ,BEHRUZ \
        DARIUSH,DARIOUSH,DARYUSH KOUROSH,KOUROUSH,KURUSH SIAVASH,SIAVOSH,SIYAVASH \
        MOJTABA,MODJTABA YOUSEF,YOUSSEF,YUSUF EBRAHIM,IBRAHIM FATEMEH,FATEMA,FATIMA \
        ZAHRA,ZAHRAH MASOUMEH,MASUMEH,MASOOMEH SOMAYEH,SOMAYYEH,SUMAYA ZEINAB,ZAINAB,ZAYNAB \
        LEILA,LEYLA,LAYLA MOHAMMADI,MOHAMADI,MUHAMMADI HOSSEINI,HOSEINI,HUSSEINI AHMADI,AHMEDI \
        REZAEI,REZAEE,REZAIE,REZAII MOUSAVI,MUSAVI,MOUSSAVI,MOOSAVI JAFARI,JAAFARI,JAFFARI \
        GHASEMI,QASEMI,GHASSEMI SADEGHI,SADEQI BAGHERI,BAQERI ZADEH,ZADE POUR,PUR \
        NEJAD,NEZHAD,NEJHAD GHORBANI,QORBANI KAZEMI,KAZIMI HEYDARI,HAIDARI,HEIDARI \
        SADEGH,SADEQ GHOLAM,GOLAM BAGHER,BAQER",
    given_skew: 0.65,
    surname_skew: 0.45,
};
