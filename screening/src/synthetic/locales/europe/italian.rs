//! Italian: given name, sometimes a second one, surname (DI, DE, LO, LA…).

use crate::synthetic::locales::{Locale, NativeOrder, Script, Shape};

/// Italian: given name, sometimes a second one, surname (DI, DE, LO, LA…).
pub const ITALIAN: Locale = Locale {
    code: "it",
    name: "Italian",
    weight: 3,
    script: Script::Latin,
    native_order: NativeOrder::GivenFirst,
    nationalities: &["ITA", "CHE", "ARG"],
    shape: Shape::Given {
        middle: 0.2,
        second_surname: 0.0,
    },
    male: "GIUSEPPE GIOVANNI ANTONIO MARIO LUIGI FRANCESCO ANGELO VINCENZO PIETRO SALVATORE \
        CARLO FRANCO DOMENICO BRUNO PAOLO MICHELE GIORGIO ALDO SERGIO LUCIANO MARCO ANDREA \
        ALESSANDRO LORENZO MATTEO RICCARDO STEFANO ROBERTO FABIO DAVIDE",
    female: "MARIA ANNA GIUSEPPINA ROSA ANGELA GIOVANNA TERESA LUCIA CARMELA CATERINA \
        FRANCESCA ANTONIETTA CARLA ELENA CONCETTA RITA MARGHERITA SARA CHIARA GIULIA \
        ALESSANDRA PAOLA SILVIA LAURA FEDERICA VALENTINA MARTINA SOFIA AURORA GIORGIA",
    surnames: "ROSSI RUSSO FERRARI ESPOSITO BIANCHI ROMANO COLOMBO RICCI MARINO GRECO BRUNO \
        GALLO CONTI DE_LUCA MANCINI COSTA GIORDANO RIZZO LOMBARDI MORETTI BARBIERI FONTANA \
        SANTORO MARIANI RINALDI CARUSO FERRARA GALLI MARTINI LEONE LONGO GENTILE MARTINELLI \
        VITALE LOMBARDO SERRA COPPOLA DE_SANTIS DANGELO MARCHETTI PARISI VILLA CONTE FERRO \
        FABBRI BIANCO MARINI GRASSO VALENTINI MESSINA SALA DE_ANGELIS GATTI PELLEGRINI PALUMBO \
        SANNA FARINA RIZZI MONTI CATTANEO MORELLI AMATO SILVESTRI MAZZA TESTA",
    roots: "",
    suffixes: "",
    compose: 0.0,
    particles: "DI DE LO LA DEL DELLA",
    surname_compounds: &[],
    male_compounds: &[],
    female_compounds: &[],
    particle_share: 0.08,
    spellings: "",
    given_skew: 0.7,
    surname_skew: 0.7,
};
