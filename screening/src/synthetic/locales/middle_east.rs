//! Arabic, Persian, Hebrew and Turkish names. Arabic and Persian in Arabic script without vowel
//! marks, Hebrew without niqqud, each beside the spelling passports of the region commonly
//! carry; Turkish in the passport's letters with the Turkish ones written plainly (Ç as C).

use super::{Locale, NativeOrder, Script, Shape};

/// The locales of this file.
pub const LOCALES: &[&Locale] = &[&ARABIC, &PERSIAN, &HEBREW, &TURKISH];

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

/// Hebrew (Israeli): given name, surname; Ashkenazi surnames built from two parts.
pub const HEBREW: Locale = Locale {
    code: "he",
    name: "Hebrew",
    weight: 2,
    script: Script::Hebrew,
    native_order: NativeOrder::GivenFirst,
    nationalities: &["ISR"],
    shape: Shape::Given {
        middle: 0.1,
        second_surname: 0.0,
    },
    male: "YOSEF=יוסף DAVID=דוד MOSHE=משה AVRAHAM=אברהם YAAKOV=יעקב DANIEL=דניאל \
        MICHAEL=מיכאל ARIEL=אריאל URI=אורי NOAM=נועם ITAI=איתי OMER=עומר YONATAN=יונתן \
        EITAN=איתן AMIT=עמית YITZHAK=יצחק SHLOMO=שלמה CHAIM=חיים MENACHEM=מנחם \
        ELIYAHU=אליהו BINYAMIN=בנימין SHMUEL=שמואל GAL=גל ROI=רועי TAL=טל NIR=ניר \
        DORON=דורון GIL=גיל ASAF=אסף YOAV=יואב IDO=עידו OREN=אורן AVI=אבי RON=רון",
    female: "SARAH=שרה RACHEL=רחל MICHAL=מיכל NOA=נועה TAMAR=תמר YAEL=יעל SHIRA=שירה \
        AVIGAIL=אביגיל ESTHER=אסתר RIVKA=רבקה LEAH=לאה HANNA=חנה MIRIAM=מרים ORLY=אורלי \
        DANA=דנה MAYA=מאיה ADI=עדי HILA=הילה EFRAT=אפרת SHARON=שרון LIMOR=לימור KEREN=קרן \
        GALIT=גלית INBAL=ענבל RONIT=רונית NETA=נטע AYELET=איילת OSNAT=אסנת SIVAN=סיוון \
        TALIA=טליה",
    surnames: "COHEN=כהן LEVI=לוי MIZRAHI=מזרחי PERETZ=פרץ BITON=ביטון DAHAN=דהן \
        AVRAHAM=אברהם FRIEDMAN=פרידמן AZOULAY=אזולאי MALKA=מלכה KATZ=כץ SHAPIRA=שפירא \
        GABAY=גבאי YOSEF=יוסף AMAR=עמר OHAYON=אוחיון HADAD=חדד GOLAN=גולן BEN_DAVID=בן_דוד \
        ELBAZ=אלבז SHALOM=שלום KLEIN=קליין SEGAL=סגל ASHKENAZI=אשכנזי BARUCH=ברוך \
        VAKNIN=וקנין EDRI=אדרי ZOHAR=זוהר ALON=אלון SHEMESH=שמש BEN_HAIM=בן_חיים \
        ATIAS=אטיאס AMSALEM=אמסלם MOYAL=מויאל",
    roots: "ROZEN=רוזן GOLD=גולד ZILBER=זילבר BLUM=בלום GRIN=גרין ROT=רוט FRID=פריד \
        LIBER=ליבר KIRSH=קירש EDEL=אדל",
    suffixes: "BERG=ברג SHTEIN=שטיין BAUM=באום FELD=פלד MAN=מן BLAT=בלט TAL=טל",
    compose: 0.25,
    particles: "",
    particle_share: 0.0,
    spellings: "YOSEF,YOSSEF,JOSEF YAAKOV,YAKOV,YAACOV YITZHAK,ITZHAK,YITSHAK AVRAHAM,ABRAHAM \
        CHAIM,HAIM,HAYIM MENACHEM,MENAHEM ELIYAHU,ELIAHU SHLOMO,SHELOMO \
        BINYAMIN,BENYAMIN,BENJAMIN COHEN,KOHEN,COHN LEVI,LEVY PERETZ,PEREZ,PERETS \
        MIZRAHI,MIZRACHI SHAPIRA,SHAPIRO KATZ,KATS AZOULAY,AZULAI,AZOULAI GABAY,GABBAI,GABAI \
        OHAYON,OCHAYON ROZEN,ROSEN SHTEIN,STEIN,SHTAIN ZILBER,SILBER RIVKA,RIVKAH,RIVCA \
        LEAH,LEA HANNA,CHANA,HANA SARAH,SARA ESTHER,ESTER MICHAEL,MIKHAEL ITAI,ITAY \
        YONATAN,JONATAN EITAN,ETAN,EYTAN",
    given_skew: 0.7,
    surname_skew: 0.7,
};

/// Turkish: one or two given names, surname (many built from two words).
pub const TURKISH: Locale = Locale {
    code: "tr",
    name: "Turkish",
    weight: 4,
    script: Script::Latin,
    native_order: NativeOrder::GivenFirst,
    nationalities: &["TUR", "DEU", "CYP"],
    shape: Shape::Given {
        middle: 0.3,
        second_surname: 0.0,
    },
    male: "MEHMET MUSTAFA AHMET ALI HUSEYIN HASAN IBRAHIM ISMAIL OSMAN YUSUF MURAT OMER \
        RAMAZAN HALIL SULEYMAN ABDULLAH MAHMUT SALIH KEMAL RECEP EMRE BURAK HAKAN FATIH ENES \
        YASIN SERKAN OGUZ CEM VOLKAN ERKAN TOLGA",
    female: "FATMA AYSE EMINE HATICE ZEYNEP ELIF MERVE OZLEM ESRA HULYA SULTAN HANIFE ZEHRA \
        YASEMIN SEVGI GULSUM BUSRA KUBRA DERYA SEDA ESMA HACER MELEK SIBEL TUGBA ASLI EBRU \
        GAMZE DILEK CANAN",
    surnames: "YILMAZ KAYA DEMIR SAHIN CELIK YILDIZ YILDIRIM OZTURK AYDIN OZDEMIR ARSLAN DOGAN \
        KILIC ASLAN CETIN KARA KOC KURT OZKAN SIMSEK POLAT OZCAN KORKMAZ CAKIR ERDOGAN YAVUZ \
        CAN ACAR SEN AKTAS GUNES AKSOY TEKIN",
    roots: "KARA AK OZ DEMIR ALTUN GUL ER TAS KOC BOZ UZUN YUCE",
    suffixes: "TAS KAYA DAG OGLU CAN TEPE SOY KAN ER ALP",
    compose: 0.3,
    particles: "",
    particle_share: 0.0,
    spellings: "OZTURK,OEZTUERK,OZTUERK SAHIN,SCHAHIN,SHAHIN CELIK,CHELIK,TSCHELIK \
        HUSEYIN,HUESEYIN,HUSEIN,HUSSEIN OMER,OEMER SULEYMAN,SUELEYMAN,SULEIMAN MEHMET,MEHMED \
        AHMET,AHMED MAHMUT,MAHMUD RECEP,RECEB,REDZEP MUSTAFA,MOUSTAFA CAKIR,CHAKIR,TSCHAKIR \
        OZDEMIR,OEZDEMIR OZKAN,OEZKAN OZCAN,OEZCAN DOGAN,DOAN,DOGHAN KOC,KOCH \
        SIMSEK,SCHIMSCHEK,SHIMSHEK GUNES,GUENES AYSE,AYSHE,AISHE HATICE,HATIDJE,HATICHE \
        ZEYNEP,ZEINEP GULSUM,GUELSUEM BUSRA,BUSHRA KUBRA,KUEBRA OZLEM,OEZLEM OGUZ,OGHUZ \
        ERDOGAN,ERDOAN YILDIZ,YILDIS,JILDIZ YILMAZ,JILMAZ KILIC,KILICH,KILITSCH \
        OGLU,OGHLU,OGLOU",
    given_skew: 0.7,
    surname_skew: 0.7,
};
