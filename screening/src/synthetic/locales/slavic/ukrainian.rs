//! Ukrainian: given name, sometimes a second one, surname (-ENKO, -UK, -SKYI…).

use crate::synthetic::locales::{Locale, NativeOrder, Script, Shape};

/// Ukrainian: given name, sometimes a second one, surname (-ENKO, -UK, -SKYI…).
pub const UKRAINIAN: Locale = Locale {
    code: "uk",
    name: "Ukrainian",
    weight: 4,
    script: Script::Ukrainian,
    native_order: NativeOrder::GivenFirst,
    nationalities: &["UKR"],
    shape: Shape::Given {
        middle: 0.1,
        second_surname: 0.0,
    },
    male: "ОЛЕКСАНДР АНДРІЙ СЕРГІЙ ВОЛОДИМИР ДМИТРО МИКОЛА ІВАН ЮРІЙ ВІКТОР ОЛЕГ ТАРАС БОГДАН \
        ПЕТРО ВАСИЛЬ МИХАЙЛО МАКСИМ ІГОР РОМАН ПАВЛО ВАДИМ ОЛЕКСІЙ ЄВГЕН АРТЕМ ДЕНИС ЯРОСЛАВ \
        СТЕПАН ГРИГОРІЙ ВІТАЛІЙ АНАТОЛІЙ ВАЛЕРІЙ",
    female: "ОЛЕНА НАТАЛІЯ ІРИНА ТЕТЯНА ОКСАНА СВІТЛАНА ЮЛІЯ МАРІЯ ОЛЬГА АННА КАТЕРИНА \
        ЛЮДМИЛА ГАЛИНА НАДІЯ ВІКТОРІЯ СОФІЯ АНАСТАСІЯ ДАРИНА ХРИСТИНА ЛАРИСА ВАЛЕНТИНА \
        ЛЮБОВ ЗОЯ ІННА АЛІНА",
    surnames: "ШЕВЧЕНКО КОВАЛЕНКО БОНДАРЕНКО ТКАЧЕНКО КОВАЛЬЧУК КРАВЧЕНКО ОЛІЙНИК ШЕВЧУК \
        КОВАЛЬ ПОЛІЩУК БОНДАР ТКАЧУК МАРЧЕНКО ЛИСЕНКО РУДЕНКО САВЧЕНКО ПЕТРЕНКО КЛИМЕНКО \
        ПАВЛЕНКО КРАВЧУК КУЗЬМЕНКО МЕЛЬНИК МОРОЗ ЛИТВИНЕНКО ГОНЧАРЕНКО ЯКОВЕНКО ГАВРИЛЮК \
        ПОНОМАРЕНКО КАРПЕНКО ДЕМЧЕНКО ЗІНЧЕНКО ЛЕВЧЕНКО СЕМЕНЮК ВАСИЛЕНКО ГУМЕНЮК МАРТИНЮК \
        ПРИХОДЬКО КОЗАК ДАНИЛЮК ГРИЦЕНКО",
    roots: "ГРИЦ КОВАЛ ПЕТР ПАВЛ САВ ДАНИЛ СЕМЕН МАРТИН ГАВРИЛ ЯРЕМ ОНИЩ ЛУЦ ЯЦ БОЙЧ ФЕД \
        ОСТАП ТИМОШ КОСТ ЗАХАРЧ МИРОН",
    suffixes: "ЕНКО ЮК УК СЬКИЙ|СЬКА ИК ИШИН|ИШИНА",
    compose: 0.3,
    particles: "",
    surname_compounds: &[],
    male_compounds: &[],
    female_compounds: &[],
    particle_share: 0.0,
    spellings: "OLEKSANDR,OLEXANDR,OLEKSANDER OLEKSII,OLEXIY,OLEKSIY",
    given_skew: 0.7,
    surname_skew: 0.7,
};
