//! Greek: given name, surname (many built from a root and an ending).

use crate::synthetic::locales::{Locale, NativeOrder, Script, Shape};

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
    surname_compounds: &[],
    male_compounds: &[],
    female_compounds: &[],
    particle_share: 0.0,
    spellings: "GEORGIOS,YIORGOS,GIORGOS IOANNIS,YIANNIS,GIANNIS DIMITRIOS,DEMETRIOS \
        KONSTANTINOS,CONSTANTINOS VASILEIOS,VASILIOS,VASSILIOS PAPADOPOULOS,PAPADOPULOS \
        OPOULOS,OPULOS,OPOULLOS",
    given_skew: 0.7,
    surname_skew: 0.7,
};
