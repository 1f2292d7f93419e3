//! Portuguese and Brazilian: one or two given names, one to three surnames (DA, DOS…).

use crate::synthetic::locales::{Locale, NativeOrder, Script, Shape};

/// Portuguese and Brazilian: one or two given names, one to three surnames (DA, DOS…).
pub const PORTUGUESE: Locale = Locale {
    code: "pt",
    name: "Portuguese",
    weight: 4,
    script: Script::Latin,
    native_order: NativeOrder::GivenFirst,
    nationalities: &["BRA", "PRT", "AGO", "MOZ", "CPV"],
    shape: Shape::Given {
        middle: 0.45,
        second_surname: 0.7,
    },
    male: "JOSE JOAO ANTONIO FRANCISCO CARLOS PAULO PEDRO LUCAS LUIZ MARCOS LUIS GABRIEL \
        RAFAEL DANIEL MARCELO BRUNO EDUARDO FELIPE RAIMUNDO RODRIGO MANUEL MATEUS ANDRE \
        FERNANDO FABIO LEONARDO GUSTAVO GUILHERME LEANDRO TIAGO",
    female: "MARIA ANA FRANCISCA ANTONIA ADRIANA JULIANA MARCIA FERNANDA PATRICIA ALINE \
        SANDRA CAMILA AMANDA BRUNA JESSICA LETICIA JULIA LUCIANA VANESSA MARIANA GABRIELA \
        VERA VITORIA LARISSA CLAUDIA BEATRIZ LUANA RITA SONIA RAFAELA",
    surnames: "SILVA SANTOS OLIVEIRA SOUZA RODRIGUES FERREIRA ALVES PEREIRA LIMA GOMES COSTA \
        RIBEIRO MARTINS CARVALHO ALMEIDA LOPES SOARES FERNANDES VIEIRA BARBOSA ROCHA DIAS \
        NASCIMENTO ANDRADE MOREIRA NUNES MARQUES MACHADO MENDES FREITAS CARDOSO RAMOS \
        GONCALVES SANTANA TEIXEIRA ARAUJO PINTO CORREIA MONTEIRO MOURA CAVALCANTI BATISTA \
        CAMPOS REIS",
    roots: "",
    suffixes: "",
    compose: 0.0,
    particles: "DA DOS DE DAS DO",
    surname_compounds: &[],
    male_compounds: &[],
    female_compounds: &[],
    particle_share: 0.3,
    spellings: "SOUZA,SOUSA GONCALVES,GONSALVES LUIZ,LUIS",
    given_skew: 0.7,
    surname_skew: 0.7,
};
