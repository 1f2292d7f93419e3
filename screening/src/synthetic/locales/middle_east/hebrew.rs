//! Hebrew (Israeli): given name, surname, in Hebrew script without niqqud beside the passport
//! spelling.
//!
//! COHEN (about 2.8 % of Israelis) and LEVI (2 %) are a real head; beyond them surnames are
//! Mizrahi and Sephardi (BITON, DAHAN, OHAYON…), Hebraised (GOLAN, BARAK, SHAHAR…) and Ashkenazi,
//! often built of two German or Yiddish words (ROZEN + BERG, GOLD + SHTEIN, which are composed
//! here with the final letters of Hebrew at the join).

use crate::synthetic::locales::{Locale, NativeOrder, Script, Shape};

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
        DORON=דורון GIL=גיל ASAF=אסף YOAV=יואב IDO=עידו OREN=אורן AVI=אבי RON=רון \
        ELI=אלי AVNER=אבנר BOAZ=בועז DOV=דב EHUD=אהוד EFRAIM=אפרים GIDEON=גדעון HAREL=הראל \
        IDAN=עידן ILAN=אילן LIOR=ליאור MATAN=מתן NADAV=נדב NATAN=נתן OFER=עופר RAFAEL=רפאל \
        SHAHAR=שחר SHAI=שי TOMER=תומר TZVI=צבי YAIR=יאיר YEHUDA=יהודה YIGAL=יגאל YOEL=יואל \
        ZEEV=זאב AMIR=אמיר BARAK=ברק DROR=דרור ELAD=אלעד EYAL=אייל GUY=גיא HAGAI=חגי \
        KOBI=קובי LIRAN=לירן MEIR=מאיר NIV=ניב OHAD=אוהד OZ=עוז RAZ=רז SAGI=שגיא \
        SHIMON=שמעון YARON=ירון YUVAL=יובל ZIV=זיו ARIEH=אריה ASHER=אשר BARUCH=ברוך \
        ELIEZER=אליעזר MORDECHAI=מרדכי NACHUM=נחום PINCHAS=פנחס REUVEN=ראובן YISRAEL=ישראל \
        ZVIKA=צביקה AMNON=אמנון GAD=גד \
        ADAM=אדם AHARON=אהרון ALON=אלון AMOS=עמוס ARI=ארי AVIV=אביב BEN=בן DOR=דור ELAN=אילן \
        ELIAV=אליאב EREZ=ארז EVYATAR=אביתר GAL=גל GILAD=גלעד HILLEL=הלל IDO=עידו LAVI=לביא \
        MAOR=מאור NETANEL=נתנאל NIMROD=נמרוד OR=אור OREN=אורן RAANAN=רענן SAAR=סער \
        SHAUL=שאול TZACHI=צחי YEHONATAN=יהונתן YISHAI=ישי YOCHAI=יוחאי ZOHAR=זוהר",
    female: "SARAH=שרה RACHEL=רחל MICHAL=מיכל NOA=נועה TAMAR=תמר YAEL=יעל SHIRA=שירה \
        AVIGAIL=אביגיל ESTHER=אסתר RIVKA=רבקה LEAH=לאה HANNA=חנה MIRIAM=מרים ORLY=אורלי \
        DANA=דנה MAYA=מאיה ADI=עדי HILA=הילה EFRAT=אפרת SHARON=שרון LIMOR=לימור KEREN=קרן \
        GALIT=גלית INBAL=ענבל RONIT=רונית NETA=נטע AYELET=איילת OSNAT=אסנת SIVAN=סיוון \
        TALIA=טליה \
        ADVA=אדווה ANAT=ענת BATYA=בתיה CHANA=חנה DAFNA=דפנה DALIA=דליה EDEN=עדן GILI=גילי \
        HADAS=הדס HILA=הילה IRIT=אירית LIAT=ליאת LIRON=לירון MAAYAN=מעיין MERAV=מירב \
        MORAN=מורן NAAMA=נעמה NOGA=נגה ORIT=אורית RONI=רוני RUTH=רות SHANI=שני \
        SHLOMIT=שלומית SIGAL=סיגל TALI=טלי TZIPORA=ציפורה VARDA=ורדה YARDEN=ירדן \
        YOCHEVED=יוכבד ZEHAVA=זהבה AVITAL=אביטל BRACHA=ברכה DVORA=דבורה ELINOR=אלינור \
        GALIA=גליה HODAYA=הודיה LILACH=לילך MALKA=מלכה NURIT=נורית OSHRAT=אושרת REUT=רעות \
        SHOSHANA=שושנה TZILA=צילה YAFA=יפה \
        AMIT=עמית AVIVA=אביבה BAT_EL=בת_אל CHEN=חן DANIELA=דניאלה EINAV=עינב ELLA=אלה \
        GAYA=גאיה HAGAR=הגר ILANA=אילנה LIHI=ליהי MAZAL=מזל MORIYA=מוריה NAVA=נאוה OFRA=עפרה \
        OR=אור RINAT=רינת RONA=רונה SHAKED=שקד SHULAMIT=שולמית STAV=סתיו TEHILA=תהילה \
        TZIPI=ציפי YARDENA=ירדנה ZIVA=זיוה",
    surnames: "COHEN=כהן LEVI=לוי MIZRAHI=מזרחי PERETZ=פרץ BITON=ביטון DAHAN=דהן \
        AVRAHAM=אברהם FRIEDMAN=פרידמן AZOULAY=אזולאי MALKA=מלכה KATZ=כץ SHAPIRA=שפירא \
        GABAY=גבאי YOSEF=יוסף AMAR=עמר OHAYON=אוחיון HADAD=חדד GOLAN=גולן BEN_DAVID=בן_דוד \
        ELBAZ=אלבז SHALOM=שלום KLEIN=קליין SEGAL=סגל ASHKENAZI=אשכנזי BARUCH=ברוך \
        VAKNIN=וקנין EDRI=אדרי ZOHAR=זוהר ALON=אלון SHEMESH=שמש BEN_HAIM=בן_חיים \
        ATIAS=אטיאס AMSALEM=אמסלם MOYAL=מויאל \
        BARAK=ברק SHAHAR=שחר TAL=טל SASSON=ששון MAMAN=ממן SULTAN=סולטן TOLEDANO=טולדנו \
        HAZAN=חזן SABAG=סבג ZAKEN=זקן NAHUM=נחום ELKAYAM=אלקיים ABUKSIS=אבוקסיס \
        MARCIANO=מרציאנו LEVY=לוי KATAN=קטן GROSS=גרוס WEISS=וייס SCHWARTZ=שוורץ \
        HOROWITZ=הורוביץ RABINOVICH=רבינוביץ ABRAMOVICH=אברמוביץ LERNER=לרנר KAPLAN=קפלן \
        FISHER=פישר BERGER=ברגר ASULIN=אסולין ALONI=אלוני ZAHAVI=זהבי ERLICH=ארליך \
        RUBIN=רובין SHARABI=שרעבי YAHALOM=יהלום NAVON=נבון PELED=פלד SHARON=שרון REGEV=רגב \
        ARAD=ערד",
    roots: "ROZEN=רוזן GOLD=גולד ZILBER=זילבר BLUM=בלום GRIN=גרין ROT=רוט FRID=פריד \
        LIBER=ליבר KIRSH=קירש EDEL=אדל \
        SHTERN=שטרן VAIS=וייס SHVARTS=שוורץ GRUN=גרון LEVEN=לוון HIRSH=הירש \
        VASER=וסר FINK=פינק ZIS=זיס KLEIN=קליין HOLTS=הולץ EIZEN=אייזן \
        SHEIN=שיין MANDEL=מנדל APEL=אפל BERN=ברן RAIKH=רייך VEINER=ויינר LICHT=ליכט FELD=פלד \
        SHTEIN=שטיין BERG=ברג FRIDMAN=פרידמן ROIZEN=רויזן \
        ABRAM=אברם AIZEN=אייזן BAR=בר BIRN=בירן BLOCH=בלוך BRAUN=בראון DIAMANT=דיאמנט \
        EPSHTEIN=אפשטיין FEDER=פדר FELD=פלד FISH=פיש FRANK=פרנק GELB=גלב GINZ=גינז GLIK=גליק \
        GRUN=גרון HALPER=הלפר HERTS=הרץ HOFF=הוף ITS=איץ KATS=כץ KOIF=קויף KORN=קורן \
        LANDS=לנדס LEIB=לייב LIPS=ליפס MARGOLI=מרגולי MILL=מיל NUS=נוס PERL=פרל \
        REICH=רייכ RIBEN=ריבן SAND=סנד SHEF=שף SHIF=שיף SHNEI=שניי SHTOK=שטוק TANEN=טנן \
        TOIB=טויב VAKS=וקס VINTER=וינטר VOLF=וולף ZALTS=זלץ ZAND=זנד ZEID=זייד",
    suffixes: "BERG=ברג SHTEIN=שטיין BAUM=באום FELD=פלד MAN=מן BLAT=בלט TAL=טל \
        BERGER=ברגר SHTEIN=שטיין FELD=פלד MAN=מן BAUM=באום ZWEIG=צווייג TAL=טל HOLTS=הולץ \
        BLUM=בלום KRANTS=קרנץ VALD=ולד HAUZ=האוז GARTEN=גרטן",
    compose: 0.45,
    particles: "",
    surname_compounds: &[],
    male_compounds: &[],
    female_compounds: &[],
    particle_share: 0.0,
    spellings: "YOSEF,YOSSEF,JOSEF YAAKOV,YAKOV,YAACOV YITZHAK,ITZHAK,YITSHAK AVRAHAM,ABRAHAM \
        CHAIM,HAIM,HAYIM MENACHEM,MENAHEM ELIYAHU,ELIAHU SHLOMO,SHELOMO \
        BINYAMIN,BENYAMIN,BENJAMIN COHEN,KOHEN,COHN LEVI,LEVY PERETZ,PEREZ,PERETS \
        MIZRAHI,MIZRACHI SHAPIRA,SHAPIRO KATZ,KATS AZOULAY,AZULAI,AZOULAI GABAY,GABBAI,GABAI \
        OHAYON,OCHAYON ROZEN,ROSEN SHTEIN,STEIN,SHTAIN ZILBER,SILBER RIVKA,RIVKAH,RIVCA \
        LEAH,LEA HANNA,CHANA,HANA SARAH,SARA ESTHER,ESTER MICHAEL,MIKHAEL ITAI,ITAY \
        YONATAN,JONATAN EITAN,ETAN,EYTAN",
    given_skew: 0.65,
    surname_skew: 0.55,
};
