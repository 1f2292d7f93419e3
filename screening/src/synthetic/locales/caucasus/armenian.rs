//! Armenian: given name, surname of a root and -YAN.

use crate::synthetic::locales::{Locale, NativeOrder, Script, Shape};

/// Armenian: given name, surname of a root and -YAN.
pub const ARMENIAN: Locale = Locale {
    code: "hy",
    name: "Armenian",
    weight: 2,
    script: Script::Armenian,
    native_order: NativeOrder::GivenFirst,
    nationalities: &["ARM", "RUS"],
    shape: Shape::Given {
        middle: 0.03,
        second_surname: 0.0,
    },
    male: "Դավիթ Նարեկ Հայկ Արամ Արմեն Գևորգ Տիգրան Արթուր Վահե Սամվել Գրիգոր Արսեն Կարեն \
        Ռուբեն Սարգիս Աշոտ Վարդան Արտակ Էդգար Հովհաննես Միքայել Արման Գագիկ Սուրեն Լևոն \
        Մհեր Վահագն Անդրանիկ Արշակ Համլետ",
    female: "Անի Մարիամ Անահիտ Գայանե Լիլիթ Նարինե Արմինե Սիրանուշ Հասմիկ Լուսինե Աննա \
        Մարինե Զարուհի Քնարիկ Սոնա Տաթևիկ Ռուզաննա Կարինե Աստղիկ Էլեն Նունե Գոհար Շուշան \
        Հռիփսիմե Մերի",
    surnames: "",
    roots: "Գրիգոր Հարություն Սարգս Հովհաննիս Խաչատր Պետրոս Մկրտչ Գևորգ Կարապետ Ավետիս \
        Մարտիրոս Ստեփան Առաքել Մելքոն Մանուկ Սիմոն Դավթ Վարդան Ղազար Բաղդասար Աբրահամ \
        Ալեքսան Թորոս Զաքար Աղաջան Համբարձում Պողոս Մինաս Ներսիս Եղիազար Ավագ Մովսիս Հակոբ \
        Գասպար Բաբա Զոհրաբ",
    suffixes: "յան յան ունց",
    compose: 1.0,
    particles: "",
    surname_compounds: &[],
    male_compounds: &[],
    female_compounds: &[],
    particle_share: 0.0,
    spellings: "",
    given_skew: 0.7,
    surname_skew: 0.7,
};
