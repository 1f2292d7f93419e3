//! Hebrew (Israeli): given name, surname; Ashkenazi surnames built from two parts.

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
    given_skew: 0.7,
    surname_skew: 0.7,
};
