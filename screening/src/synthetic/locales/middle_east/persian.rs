//! Persian: given name (sometimes compound), surname often built with -I, -ZADEH, -POUR.

use crate::synthetic::locales::{Locale, NativeOrder, Script, Shape};

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
        KIANOUSH=کیانوش MOJTABA=مجتبی MOSTAFA=مصطفی YOUSEF=یوسف EBRAHIM=ابراهیم",
    female: "FATEMEH=فاطمه ZAHRA=زهرا MARYAM=مریم MASOUMEH=معصومه SOMAYEH=سمیه ZEINAB=زینب \
        NARGES=نرگس MAHSA=مهسا NEDA=ندا PARISA=پریسا SHIRIN=شیرین LEILA=لیلا MINA=مینا \
        SARA=سارا ELHAM=الهام FARIBA=فریبا AZAM=اعظم MAHNAZ=مهناز SIMA=سیما ROYA=رویا \
        NASRIN=نسرین PARVANEH=پروانه SHAHLA=شهلا GOLNAZ=گلناز NAZANIN=نازنین TARANEH=ترانه \
        AFSANEH=افسانه HANIEH=هانیه FERESHTEH=فرشته MAHBOUBEH=محبوبه",
    surnames: "MOHAMMADI=محمدی HOSSEINI=حسینی AHMADI=احمدی REZAEI=رضایی MOUSAVI=موسوی \
        JAFARI=جعفری KARIMI=کریمی RAHIMI=رحیمی HASHEMI=هاشمی SADEGHI=صادقی HEYDARI=حیدری \
        GHASEMI=قاسمی SALEHI=صالحی KAZEMI=کاظمی RAHMANI=رحمانی NOURI=نوری TEHRANI=تهرانی \
        SHIRAZI=شیرازی ESFAHANI=اصفهانی TABRIZI=تبریزی NAJAFI=نجفی AKBARI=اکبری \
        ASGHARI=اصغری ABBASI=عباسی AMINI=امینی MORADI=مرادی BAGHERI=باقری YOUSEFI=یوسفی \
        SOLTANI=سلطانی GHORBANI=قربانی FARAHANI=فراهانی ZAREI=زارعی",
    roots: "HOSSEIN=حسین AHMAD=احمد MOHAMMAD=محمد KARIM=کریم RAHIM=رحیم JAFAR=جعفر \
        HASSAN=حسن ABBAS=عباس NASER=ناصر AMIR=امیر BAGHER=باقر SHARIF=شریف GHOLAM=غلام \
        KAZEM=کاظم SADEGH=صادق HEYDAR=حیدر MORAD=مراد YOUSEF=یوسف SOLTAN=سلطان ASGHAR=اصغر",
    suffixes: "I=ی ZADEH=زاده POUR=پور NEJAD=نژاد IAN=یان FAR=فر KHANI=خانی",
    compose: 0.45,
    particles: "",
    surname_compounds: &[],
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
    given_skew: 0.7,
    surname_skew: 0.7,
};
