//! Greek, Armenian and Georgian names, written in their alphabets; the passport spelling is
//! computed by the national romanisations (see [`super::script`]). Greek surnames carry the
//! gender (`PAPADOPOULOS`/`PAPADOPOULOU`); Armenian ones end mostly in -YAN, Georgian ones in
//! -DZE or -SHVILI.

use super::{Locale, NativeOrder, Script, Shape};

/// The locales of this file.
pub const LOCALES: &[&Locale] = &[&GREEK, &ARMENIAN, &GEORGIAN];

/// Greek: given name, surname (many built from a root and an ending).
pub const GREEK: Locale = Locale {
    code: "el",
    name: "Greek",
    weight: 2,
    script: Script::Greek,
    native_order: NativeOrder::GivenFirst,
    nationalities: &["GRC", "CYP"],
    shape: Shape::Given {
        middle: 0.05,
        second_surname: 0.0,
    },
    male: "ΓΕΩΡΓΙΟΣ ΚΩΝΣΤΑΝΤΙΝΟΣ ΙΩΑΝΝΗΣ ΔΗΜΗΤΡΙΟΣ ΝΙΚΟΛΑΟΣ ΠΑΝΑΓΙΩΤΗΣ ΒΑΣΙΛΕΙΟΣ ΧΡΗΣΤΟΣ \
        ΑΘΑΝΑΣΙΟΣ ΕΥΑΓΓΕΛΟΣ ΜΙΧΑΗΛ ΣΠΥΡΙΔΩΝ ΑΝΤΩΝΙΟΣ ΑΝΑΣΤΑΣΙΟΣ ΘΕΟΔΩΡΟΣ ΕΜΜΑΝΟΥΗΛ ΠΕΤΡΟΣ \
        ΣΤΑΥΡΟΣ ΑΛΕΞΑΝΔΡΟΣ ΣΩΤΗΡΙΟΣ ΣΤΕΦΑΝΟΣ ΠΑΥΛΟΣ ΘΩΜΑΣ ΑΠΟΣΤΟΛΟΣ ΗΛΙΑΣ",
    female: "ΜΑΡΙΑ ΕΛΕΝΗ ΑΙΚΑΤΕΡΙΝΗ ΒΑΣΙΛΙΚΗ ΣΟΦΙΑ ΑΓΓΕΛΙΚΗ ΓΕΩΡΓΙΑ ΔΗΜΗΤΡΑ ΚΩΝΣΤΑΝΤΙΝΑ \
        ΠΑΡΑΣΚΕΥΗ ΧΡΙΣΤΙΝΑ ΕΙΡΗΝΗ ΑΝΝΑ ΕΥΑΓΓΕΛΙΑ ΙΩΑΝΝΑ ΑΝΑΣΤΑΣΙΑ ΔΕΣΠΟΙΝΑ ΘΕΟΔΩΡΑ ΑΡΓΥΡΩ \
        ΦΩΤΕΙΝΗ ΕΛΕΥΘΕΡΙΑ ΝΙΚΟΛΕΤΑ ΧΡΥΣΟΥΛΑ ΚΑΛΛΙΟΠΗ ΣΤΑΥΡΟΥΛΑ",
    surnames: "ΠΑΠΑΔΟΠΟΥΛΟΣ|ΠΑΠΑΔΟΠΟΥΛΟΥ ΠΑΠΠΑΣ|ΠΑΠΠΑ ΓΕΩΡΓΙΟΥ ΝΙΚΟΛΑΟΥ ΔΗΜΗΤΡΙΟΥ ΙΩΑΝΝΟΥ \
        ΟΙΚΟΝΟΜΟΥ ΒΛΑΧΟΣ|ΒΛΑΧΟΥ ΜΑΚΡΗΣ|ΜΑΚΡΗ ΑΝΤΩΝΙΟΥ ΚΑΡΑΓΙΑΝΝΗΣ|ΚΑΡΑΓΙΑΝΝΗ ΠΑΠΑΓΕΩΡΓΙΟΥ \
        ΑΓΓΕΛΟΠΟΥΛΟΣ|ΑΓΓΕΛΟΠΟΥΛΟΥ ΚΩΝΣΤΑΝΤΙΝΙΔΗΣ|ΚΩΝΣΤΑΝΤΙΝΙΔΟΥ ΠΑΠΑΝΙΚΟΛΑΟΥ \
        ΧΑΤΖΗΣ|ΧΑΤΖΗ ΜΙΧΑΗΛΙΔΗΣ|ΜΙΧΑΗΛΙΔΟΥ ΛΑΜΠΡΟΠΟΥΛΟΣ|ΛΑΜΠΡΟΠΟΥΛΟΥ ΚΟΥΤΣΟΣ|ΚΟΥΤΣΟΥ \
        ΠΑΠΑΙΩΑΝΝΟΥ ΑΛΕΞΙΟΥ ΣΤΑΥΡΟΠΟΥΛΟΣ|ΣΤΑΥΡΟΠΟΥΛΟΥ ΘΕΟΔΩΡΟΥ ΚΑΡΑΜΑΝΛΗΣ|ΚΑΡΑΜΑΝΛΗ \
        ΤΣΙΡΙΓΩΤΗΣ|ΤΣΙΡΙΓΩΤΗ ΜΠΑΚΟΓΙΑΝΝΗΣ|ΜΠΑΚΟΓΙΑΝΝΗ ΝΤΟΥΡΟΣ|ΝΤΟΥΡΟΥ",
    roots: "ΠΑΠΑΔ ΓΕΩΡΓ ΝΙΚΟΛ ΔΗΜΗΤΡ ΚΩΝΣΤΑΝΤΙΝ ΑΝΤΩΝ ΒΑΣΙΛ ΜΙΧΑΛ ΣΤΑΥΡ ΠΕΤΡ ΠΑΥΛ ΧΡΙΣΤ \
        ΘΕΟΔΩΡ ΑΓΓΕΛ ΑΘΑΝΑΣ ΚΥΡΙΑΚ ΣΤΕΦΑΝ ΜΑΝΩΛ ΓΙΑΝΝ ΤΣΑΚΑΛ ΚΑΡΑΛ ΜΑΥΡ ΛΕΟΝΤ ΦΩΤ ΣΑΒΒ \
        ΔΕΛΗΓΙΑΝΝ ΜΑΡΓΑΡΙΤ ΖΑΧΑΡ ΚΟΝΤ ΜΠΟΥΡ",
    suffixes: "ΟΠΟΥΛΟΣ|ΟΠΟΥΛΟΥ ΙΔΗΣ|ΙΔΟΥ ΑΚΗΣ|ΑΚΗ ΑΤΟΣ|ΑΤΟΥ ΑΚΟΣ|ΑΚΟΥ ΙΟΥ ΑΣ|Α",
    compose: 0.55,
    particles: "",
    particle_share: 0.0,
    spellings: "GEORGIOS,YIORGOS,GIORGOS IOANNIS,YIANNIS,GIANNIS DIMITRIOS,DEMETRIOS \
        KONSTANTINOS,CONSTANTINOS VASILEIOS,VASILIOS,VASSILIOS PAPADOPOULOS,PAPADOPULOS \
        OPOULOS,OPULOS,OPOULLOS",
    given_skew: 0.7,
    surname_skew: 0.7,
};

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
    particle_share: 0.0,
    spellings: "",
    given_skew: 0.7,
    surname_skew: 0.7,
};

/// Georgian: given name, surname (-DZE, -SHVILI, -IA, -ANI).
pub const GEORGIAN: Locale = Locale {
    code: "ka",
    name: "Georgian",
    weight: 2,
    script: Script::Georgian,
    native_order: NativeOrder::GivenFirst,
    nationalities: &["GEO"],
    shape: Shape::Given {
        middle: 0.0,
        second_surname: 0.0,
    },
    male: "გიორგი დავით ნიკოლოზ ლევან ალექსანდრე ირაკლი ლუკა ზურაბ მიხეილ გოჩა ვახტანგ თამაზ \
        ბექა ნიკა დათო გელა ზაზა ლაშა გიგა ოთარ რევაზ შოთა ავთანდილ მამუკა ვლადიმერ ტარიელ \
        კახა ილია სანდრო თორნიკე",
    female: "ნინო მარიამ თამარ ანა ელენე ნათია ქეთევან სალომე მაია ეკა ლია ნანა მანანა ხათუნა \
        ნატო ლელა თეონა მზია ნუცა ანი ირმა ნესტან ქრისტინე თინათინ სოფიო გვანცა ციალა ლიკა",
    surnames: "ბერიძე კაპანაძე გელაშვილი მაისურაძე გიორგაძე ლომიძე ცერცვაძე ბოლქვაძე ნოზაძე \
        ხარაიშვილი მამულაშვილი ხუციშვილი ნაცვლიშვილი ტაბატაძე ჩხეიძე ქავთარაძე მელაძე \
        კვარაცხელია შენგელია ჯიქია გოგია კაკაბაძე ჭანტურია ბარამიძე დოლიძე ჯაფარიძე ღლონტი \
        მიქელაძე ჩიქოვანი დადიანი ცინცაძე აბაშიძე ლორთქიფანიძე გაბუნია ბეჟანიძე მესხი \
        კობახიძე ჯანელიძე სურმავა ცხადაძე ყიფიანი",
    roots: "ბერი გელა მაისურა ლომი გიორგა კაპანა ხუცი მამულა ნაცვლი ტაბატა მელა ნოზა კაკაბა \
        დოლი ბარამი ჯაფარი მიქელა ბეჟანი კობახი ჯანელი ხარაი გოგი ქავთარა ცერცვა",
    suffixes: "ძე შვილი",
    compose: 0.35,
    particles: "",
    particle_share: 0.0,
    spellings: "",
    given_skew: 0.7,
    surname_skew: 0.7,
};
