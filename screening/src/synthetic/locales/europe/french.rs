//! French: one or two given names (often joined by a hyphen), surname (DE, DU, LE…).

use crate::synthetic::locales::{Locale, NativeOrder, Script, Shape};

/// French: one or two given names (often joined by a hyphen), surname (DE, DU, LE…).
pub const FRENCH: Locale = Locale {
    code: "fr",
    name: "French",
    weight: 4,
    script: Script::Latin,
    native_order: NativeOrder::GivenFirst,
    nationalities: &["FRA", "BEL", "CHE", "CAN", "SEN", "CIV"],
    shape: Shape::Given {
        middle: 0.35,
        second_surname: 0.0,
    },
    male: "JEAN PIERRE MICHEL PHILIPPE ALAIN NICOLAS CHRISTOPHE PATRICK FRANCOIS DANIEL \
        LAURENT FREDERIC ERIC DAVID JULIEN STEPHANE PASCAL SEBASTIEN THIERRY OLIVIER THOMAS \
        ANTOINE GUILLAUME MAXIME LOUIS HUGO LUCAS YVES BERNARD JACQUES",
    female: "MARIE NATHALIE ISABELLE SYLVIE CATHERINE FRANCOISE MARTINE CHRISTINE MONIQUE \
        VALERIE SANDRINE SOPHIE STEPHANIE CELINE JULIE AURELIE CAMILLE LEA MANON CHLOE EMMA \
        ANNE NICOLE BRIGITTE CHANTAL HELENE VIRGINIE CAROLINE ELODIE PAULINE",
    surnames: "MARTIN BERNARD THOMAS PETIT ROBERT RICHARD DURAND DUBOIS MOREAU LAURENT SIMON \
        MICHEL LEFEBVRE LEROY ROUX DAVID BERTRAND MOREL FOURNIER GIRARD BONNET DUPONT LAMBERT \
        FONTAINE ROUSSEAU VINCENT MULLER LEFEVRE FAURE ANDRE MERCIER BLANC GUERIN BOYER \
        GARNIER CHEVALIER FRANCOIS LEGRAND GAUTHIER GARCIA PERRIN ROBIN CLEMENT MORIN NICOLAS \
        HENRY ROUSSEL MATHIEU GAUTIER MASSON",
    roots: "",
    suffixes: "",
    compose: 0.0,
    particles: "DE DU LE LA DES",
    surname_compounds: &[],
    male_compounds: &[],
    female_compounds: &[],
    particle_share: 0.06,
    spellings: "LEFEBVRE,LEFEVRE,LEFEBRE GAUTHIER,GAUTIER FRANCOIS,FRANCOYS",
    given_skew: 0.7,
    surname_skew: 0.7,
};
