//! Russian, Ukrainian and Polish names. Russian and Ukrainian are written in Cyrillic; their
//! passport spelling is computed (ICAO 9303 for Russian, the national system of 2010 for
//! Ukrainian, see [`super::cyrillic`]). Surnames carry the gender (`IVANOV`/`IVANOVA`,
//! `KOWALSKI`/`KOWALSKA`).

use super::{Locale, NativeOrder, Script, Shape};

/// The locales of this file.
pub const LOCALES: &[&Locale] = &[&RUSSIAN, &UKRAINIAN, &POLISH];

/// Russian: given name, patronymic (as lists give it), surname.
pub const RUSSIAN: Locale = Locale {
    code: "ru",
    name: "Russian",
    weight: 8,
    script: Script::Russian,
    native_order: NativeOrder::GivenFirst,
    nationalities: &["RUS", "BLR", "KAZ", "UZB", "KGZ"],
    shape: Shape::Patronymic { share: 0.8 },
    male: "АЛЕКСАНДР СЕРГЕЙ ДМИТРИЙ АНДРЕЙ АЛЕКСЕЙ МАКСИМ ЕВГЕНИЙ ИВАН МИХАИЛ АРТЕМ НИКОЛАЙ \
        ВЛАДИМИР ДЕНИС ПАВЕЛ РОМАН ОЛЕГ ИГОРЬ ВИКТОР ЮРИЙ АНТОН КОНСТАНТИН ВАДИМ ВИТАЛИЙ \
        ВЯЧЕСЛАВ ВАЛЕРИЙ АНАТОЛИЙ ГРИГОРИЙ БОРИС ЛЕОНИД ПЕТР ГЕННАДИЙ СТАНИСЛАВ ЭДУАРД РУСЛАН \
        ЕГОР КИРИЛЛ ФЕДОР ТИМУР ВАСИЛИЙ ИЛЬЯ НИКИТА ЯРОСЛАВ СТЕПАН ГЕОРГИЙ",
    female: "ЕЛЕНА ОЛЬГА НАТАЛЬЯ ТАТЬЯНА ИРИНА СВЕТЛАНА АННА МАРИЯ ЕКАТЕРИНА ЮЛИЯ АНАСТАСИЯ \
        ЕЛИЗАВЕТА ДАРЬЯ ЛЮДМИЛА ГАЛИНА НАДЕЖДА МАРИНА ОКСАНА ВАЛЕНТИНА ЛЮБОВЬ ВИКТОРИЯ КСЕНИЯ \
        ПОЛИНА АЛЕКСАНДРА ВЕРА НИНА ЛАРИСА АЛИНА КРИСТИНА ЕВГЕНИЯ",
    surnames: "ИВАНОВ|ИВАНОВА СМИРНОВ|СМИРНОВА КУЗНЕЦОВ|КУЗНЕЦОВА ПОПОВ|ПОПОВА \
        ВАСИЛЬЕВ|ВАСИЛЬЕВА ПЕТРОВ|ПЕТРОВА СОКОЛОВ|СОКОЛОВА МИХАЙЛОВ|МИХАЙЛОВА \
        НОВИКОВ|НОВИКОВА ФЕДОРОВ|ФЕДОРОВА МОРОЗОВ|МОРОЗОВА ВОЛКОВ|ВОЛКОВА АЛЕКСЕЕВ|АЛЕКСЕЕВА \
        ЛЕБЕДЕВ|ЛЕБЕДЕВА СЕМЕНОВ|СЕМЕНОВА ЕГОРОВ|ЕГОРОВА ПАВЛОВ|ПАВЛОВА КОЗЛОВ|КОЗЛОВА \
        СТЕПАНОВ|СТЕПАНОВА НИКОЛАЕВ|НИКОЛАЕВА ОРЛОВ|ОРЛОВА АНДРЕЕВ|АНДРЕЕВА МАКАРОВ|МАКАРОВА \
        НИКИТИН|НИКИТИНА ЗАХАРОВ|ЗАХАРОВА ЗАЙЦЕВ|ЗАЙЦЕВА СОЛОВЬЕВ|СОЛОВЬЕВА БОРИСОВ|БОРИСОВА \
        ЯКОВЛЕВ|ЯКОВЛЕВА ГРИГОРЬЕВ|ГРИГОРЬЕВА РОМАНОВ|РОМАНОВА ВОРОБЬЕВ|ВОРОБЬЕВА \
        СЕРГЕЕВ|СЕРГЕЕВА КУЗЬМИН|КУЗЬМИНА ФРОЛОВ|ФРОЛОВА АЛЕКСАНДРОВ|АЛЕКСАНДРОВА \
        ДМИТРИЕВ|ДМИТРИЕВА КОРОЛЕВ|КОРОЛЕВА ГУСЕВ|ГУСЕВА КИСЕЛЕВ|КИСЕЛЕВА ИЛЬИН|ИЛЬИНА \
        МАКСИМОВ|МАКСИМОВА ПОЛЯКОВ|ПОЛЯКОВА СОРОКИН|СОРОКИНА ВИНОГРАДОВ|ВИНОГРАДОВА \
        КОВАЛЕВ|КОВАЛЕВА БЕЛОВ|БЕЛОВА МЕДВЕДЕВ|МЕДВЕДЕВА АНТОНОВ|АНТОНОВА ТАРАСОВ|ТАРАСОВА \
        ЖУКОВ|ЖУКОВА БАРАНОВ|БАРАНОВА ФИЛИППОВ|ФИЛИППОВА КОМАРОВ|КОМАРОВА ДАВЫДОВ|ДАВЫДОВА \
        БЕЛЯЕВ|БЕЛЯЕВА ГЕРАСИМОВ|ГЕРАСИМОВА БОГДАНОВ|БОГДАНОВА ОСИПОВ|ОСИПОВА \
        СИДОРОВ|СИДОРОВА МАТВЕЕВ|МАТВЕЕВА ТИТОВ|ТИТОВА МАРКОВ|МАРКОВА МИРОНОВ|МИРОНОВА \
        КРЫЛОВ|КРЫЛОВА КУЛИКОВ|КУЛИКОВА КАРПОВ|КАРПОВА ВЛАСОВ|ВЛАСОВА МЕЛЬНИКОВ|МЕЛЬНИКОВА \
        ДЕНИСОВ|ДЕНИСОВА ГАВРИЛОВ|ГАВРИЛОВА ТИХОНОВ|ТИХОНОВА КАЗАКОВ|КАЗАКОВА \
        АФАНАСЬЕВ|АФАНАСЬЕВА ДАНИЛОВ|ДАНИЛОВА САВЕЛЬЕВ|САВЕЛЬЕВА ТИМОФЕЕВ|ТИМОФЕЕВА \
        ФОМИН|ФОМИНА ЧЕРНОВ|ЧЕРНОВА АБРАМОВ|АБРАМОВА МАРТЫНОВ|МАРТЫНОВА ЕФИМОВ|ЕФИМОВА \
        ФЕДОТОВ|ФЕДОТОВА ЩЕРБАКОВ|ЩЕРБАКОВА НАЗАРОВ|НАЗАРОВА КАЛИНИН|КАЛИНИНА ИСАЕВ|ИСАЕВА \
        ЧЕРНЫШЕВ|ЧЕРНЫШЕВА БЫКОВ|БЫКОВА МАСЛОВ|МАСЛОВА РОДИОНОВ|РОДИОНОВА \
        КОНОВАЛОВ|КОНОВАЛОВА ЛАЗАРЕВ|ЛАЗАРЕВА ВОРОНИН|ВОРОНИНА КЛИМОВ|КЛИМОВА \
        ФИЛАТОВ|ФИЛАТОВА ПОНОМАРЕВ|ПОНОМАРЕВА ГОЛУБЕВ|ГОЛУБЕВА КУДРЯВЦЕВ|КУДРЯВЦЕВА \
        ПРОХОРОВ|ПРОХОРОВА НАУМОВ|НАУМОВА ПОТАПОВ|ПОТАПОВА ЖУРАВЛЕВ|ЖУРАВЛЕВА \
        ОВЧИННИКОВ|ОВЧИННИКОВА ТРОФИМОВ|ТРОФИМОВА ЛЕОНОВ|ЛЕОНОВА СОБОЛЕВ|СОБОЛЕВА \
        ЕРМАКОВ|ЕРМАКОВА КОЛЕСНИКОВ|КОЛЕСНИКОВА ГОНЧАРОВ|ГОНЧАРОВА ЕМЕЛЬЯНОВ|ЕМЕЛЬЯНОВА \
        НИКИФОРОВ|НИКИФОРОВА ГРАЧЕВ|ГРАЧЕВА КОТОВ|КОТОВА ГРИШИН|ГРИШИНА ЕФРЕМОВ|ЕФРЕМОВА \
        АРХИПОВ|АРХИПОВА ГРОМОВ|ГРОМОВА КИРИЛЛОВ|КИРИЛЛОВА МАЛЫШЕВ|МАЛЫШЕВА ПАНОВ|ПАНОВА \
        МОИСЕЕВ|МОИСЕЕВА РУМЯНЦЕВ|РУМЯНЦЕВА АКИМОВ|АКИМОВА КОНДРАТЬЕВ|КОНДРАТЬЕВА \
        БИРЮКОВ|БИРЮКОВА ГОРБУНОВ|ГОРБУНОВА АНИСИМОВ|АНИСИМОВА ЕРЕМИН|ЕРЕМИНА \
        ТИХОМИРОВ|ТИХОМИРОВА ГАЛКИН|ГАЛКИНА ЛУКЬЯНОВ|ЛУКЬЯНОВА МИХЕЕВ|МИХЕЕВА \
        СКВОРЦОВ|СКВОРЦОВА ЮДИН|ЮДИНА БЕЛОУСОВ|БЕЛОУСОВА НЕСТЕРОВ|НЕСТЕРОВА \
        СИМОНОВ|СИМОНОВА ПРОКОФЬЕВ|ПРОКОФЬЕВА ХАРИТОНОВ|ХАРИТОНОВА КНЯЗЕВ|КНЯЗЕВА \
        ЦВЕТКОВ|ЦВЕТКОВА ЛЕВИН|ЛЕВИНА МИТРОФАНОВ|МИТРОФАНОВА ВОРОНЦОВ|ВОРОНЦОВА ЖДАНОВ|ЖДАНОВА",
    roots: "БЕЛ ЧЕРН ГОРД ЛУК ЗВЕР КРАСН ЗУБ РЫБ ЛЫС БОБР ГЛЕБ ЖИЛ КАРП КОВАЛ ЛАПТ МОЛЧ \
        ПЕСТ РЕПН САВ ТИХ ХОМ ЧИЖ ШИШ ЮР ГОЛ ДОБР ЖЕЛТ КОРН МЕЛ ПЕЧ СВИРИД ТОЛСТ УСТ ХОЛ",
    suffixes: "ОВ|ОВА ЕВ|ЕВА ИН|ИНА СКИЙ|СКАЯ ИКОВ|ИКОВА ЕНКОВ|ЕНКОВА",
    compose: 0.25,
    particles: "",
    particle_share: 0.0,
    spellings: "ALEKSANDR,ALEXANDR,ALEXANDER ALEKSEI,ALEXEI,ALEXEY MAKSIM,MAXIM \
        KSENIIA,XENIA,KSENIA ALEKSANDRA,ALEXANDRA ALEKSANDROV,ALEXANDROV ALEKSEEV,ALEXEEV \
        MAKSIMOV,MAXIMOV NATALIA,NATALYA,NATALIIA TATIANA,TATYANA,TATJANA DARIA,DARYA \
        OLGA,OLGHA",
    given_skew: 0.7,
    surname_skew: 0.7,
};

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
    particle_share: 0.0,
    spellings: "OLEKSANDR,OLEXANDR,OLEKSANDER OLEKSII,OLEXIY,OLEKSIY",
    given_skew: 0.7,
    surname_skew: 0.7,
};

/// Polish: one or two given names, surname (-SKI/-SKA, -CZYK, -AK…).
pub const POLISH: Locale = Locale {
    code: "pl",
    name: "Polish",
    weight: 3,
    script: Script::Latin,
    native_order: NativeOrder::GivenFirst,
    nationalities: &["POL"],
    shape: Shape::Given {
        middle: 0.3,
        second_surname: 0.03,
    },
    male: "PIOTR KRZYSZTOF ANDRZEJ TOMASZ PAWEL JAN MICHAL MARCIN JAKUB ADAM LUKASZ GRZEGORZ \
        MATEUSZ WOJCIECH MARIUSZ DARIUSZ ZBIGNIEW JERZY MACIEJ RAFAL KAMIL ROBERT JACEK \
        SLAWOMIR STANISLAW KAROL DAWID ARTUR BARTOSZ SEBASTIAN",
    female: "ANNA MARIA KATARZYNA MALGORZATA AGNIESZKA BARBARA EWA KRYSTYNA ELZBIETA MAGDALENA \
        JOANNA ALEKSANDRA MONIKA ZOFIA TERESA DANUTA NATALIA JULIA KAROLINA MARTA BEATA \
        DOROTA HALINA JADWIGA JOLANTA IWONA GRAZYNA PAULINA JUSTYNA AGATA",
    surnames: "NOWAK KOWALSKI|KOWALSKA WISNIEWSKI|WISNIEWSKA WOJCIK DABROWSKI|DABROWSKA \
        KOWALCZYK KAMINSKI|KAMINSKA LEWANDOWSKI|LEWANDOWSKA ZIELINSKI|ZIELINSKA \
        SZYMANSKI|SZYMANSKA WOZNIAK KOZLOWSKI|KOZLOWSKA JANKOWSKI|JANKOWSKA \
        WOJCIECHOWSKI|WOJCIECHOWSKA KWIATKOWSKI|KWIATKOWSKA KACZMAREK MAZUR KRAWCZYK \
        PIOTROWSKI|PIOTROWSKA GRABOWSKI|GRABOWSKA NOWAKOWSKI|NOWAKOWSKA PAWLOWSKI|PAWLOWSKA \
        MICHALSKI|MICHALSKA NOWICKI|NOWICKA ADAMCZYK DUDEK ZAJAC WIECZOREK JABLONSKI|JABLONSKA \
        KROL MAJEWSKI|MAJEWSKA OLSZEWSKI|OLSZEWSKA JAWORSKI|JAWORSKA WROBEL \
        MALINOWSKI|MALINOWSKA PAWLAK WITKOWSKI|WITKOWSKA WALCZAK STEPIEN GORSKI|GORSKA \
        RUTKOWSKI|RUTKOWSKA MICHALAK SIKORA OSTROWSKI|OSTROWSKA BARAN DUDA SZEWCZYK \
        TOMASZEWSKI|TOMASZEWSKA PIETRZAK MARCINIAK WROBLEWSKI|WROBLEWSKA ZALEWSKI|ZALEWSKA \
        JAKUBOWSKI|JAKUBOWSKA JASINSKI|JASINSKA",
    roots: "KOWAL NOW WISNI ZIEL LEWAND SZYMAN KRAW BORK CZARN BIAL GRAB DAB KRUK SOB WOL MAL \
        PIOTR JANK",
    suffixes: "SKI|SKA CZYK EK IAK OWSKI|OWSKA EWSKI|EWSKA ICKI|ICKA",
    compose: 0.3,
    particles: "",
    particle_share: 0.0,
    spellings: "WOJCIK,WOJTSCHIK KRZYSZTOF,KSHISHTOF,KRZYSTOF ZAJAC,ZAJONC,SAJONZ \
        KOWALSKI,KOWALSKY,KOVALSKI WOJCIECH,WOJCIEK PAWEL,PAVEL GRZEGORZ,GREGORZ JERZY,JERSY \
        SZYMANSKI,SCHIMANSKI,SZYMANSKY LEWANDOWSKI,LEVANDOVSKI,LEWANDOWSKY \
        DABROWSKI,DOMBROWSKI,DOMBROVSKI WISNIEWSKI,WISCHNEWSKI,VISNIEVSKI \
        KAMINSKI,KAMINSKY LUKASZ,LUKAS MICHAL,MICHAEL WOZNIAK,WOSNIAK SKI,SKY OWSKI,OWSKY",
    given_skew: 0.7,
    surname_skew: 0.7,
};
