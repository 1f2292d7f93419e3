//! Nicknames and short forms of given names, with the formal names they stand for.
//!
//! Only common, well-attested pairs: a nickname table that is too generous makes different people
//! match. Keys and values are ICAO-transliterated (upper-case A–Z).

/// `(nickname, formal names)`, sorted by nickname for binary search.
const TABLE: &[(&str, &[&str])] = &[
    ("AB", &["ABRAHAM"]),
    ("ABBY", &["ABIGAIL"]),
    ("AL", &["ALBERT", "ALFRED", "ALAN"]),
    (
        "ALEX",
        &["ALEXANDER", "ALEKSANDR", "ALEXANDRA", "ALEKSANDRA"],
    ),
    ("ALYOSHA", &["ALEKSEI", "ALEXEY"]),
    ("ANDRIY", &["ANDREI", "ANDREY"]),
    ("ANDY", &["ANDREW", "ANDREAS"]),
    ("ANNIE", &["ANNA", "ANNE"]),
    ("BAK", &["PARK"]),
    ("BECKY", &["REBECCA"]),
    ("BEN", &["BENJAMIN"]),
    ("BERT", &["ALBERT", "HERBERT", "ROBERT"]),
    ("BETH", &["ELIZABETH"]),
    ("BETO", &["ALBERTO", "ROBERTO"]),
    ("BETTY", &["ELIZABETH"]),
    ("BILL", &["WILLIAM"]),
    ("BILLY", &["WILLIAM"]),
    ("BOB", &["ROBERT"]),
    ("BOBBY", &["ROBERT"]),
    ("CATHY", &["CATHERINE", "KATHERINE"]),
    ("CHARLIE", &["CHARLES"]),
    ("CHOE", &["CHOI"]),
    ("CHRIS", &["CHRISTOPHER", "CHRISTIAN", "CHRISTINE"]),
    ("CHUCHO", &["JESUS"]),
    ("CHUCK", &["CHARLES"]),
    ("CHUS", &["JESUS"]),
    ("DAN", &["DANIEL"]),
    ("DANNY", &["DANIEL"]),
    ("DAVE", &["DAVID"]),
    ("DICK", &["RICHARD"]),
    ("DIMA", &["DMITRY", "DMITRI", "DMITRII"]),
    ("DIMITRIS", &["DIMITRIOS"]),
    ("ED", &["EDWARD", "EDMUND"]),
    ("EDDIE", &["EDWARD"]),
    ("FRANK", &["FRANCIS", "FRANKLIN"]),
    ("FRED", &["FREDERICK", "ALFRED"]),
    ("FRITZ", &["FRIEDRICH"]),
    ("GENE", &["EUGENE"]),
    ("GIORGOS", &["GEORGIOS"]),
    ("GREG", &["GREGORY"]),
    ("GUS", &["AUGUSTUS", "GUSTAV"]),
    ("HAL", &["HENRY", "HAROLD"]),
    ("HANK", &["HENRY"]),
    ("HANS", &["JOHANNES"]),
    ("HARRY", &["HENRY", "HAROLD"]),
    ("HEINZ", &["HEINRICH"]),
    ("HRYHORIY", &["GRIGORY"]),
    ("IVAN", &["IOANN"]),
    ("JACK", &["JOHN"]),
    ("JAKE", &["JACOB"]),
    ("JENNY", &["JENNIFER"]),
    ("JESS", &["JESSICA"]),
    ("JIM", &["JAMES"]),
    ("JIMMY", &["JAMES"]),
    ("JOE", &["JOSEPH"]),
    ("JOEY", &["JOSEPH"]),
    ("JOHNNY", &["JOHN"]),
    ("JON", &["JONATHAN"]),
    ("JOS", &["JOSEPH"]),
    ("JOSH", &["JOSHUA"]),
    ("KATE", &["KATHERINE", "CATHERINE", "KATHARINA"]),
    ("KATIE", &["KATHERINE", "CATHERINE"]),
    ("KATYA", &["EKATERINA", "YEKATERINA"]),
    ("KIT", &["CHRISTOPHER"]),
    ("KLAUS", &["NIKOLAUS"]),
    ("KOLYA", &["NIKOLAI", "NIKOLAY"]),
    ("KOSTAS", &["KONSTANTINOS"]),
    ("LALO", &["EDUARDO"]),
    ("LARRY", &["LAWRENCE", "LAURENCE"]),
    ("LENA", &["ELENA", "YELENA", "HELENA"]),
    ("LENI", &["HELENE", "MAGDALENA"]),
    ("LISA", &["ELISABETH", "ELIZABETH"]),
    ("LIZ", &["ELIZABETH"]),
    ("LIZZIE", &["ELIZABETH"]),
    ("LUPE", &["GUADALUPE"]),
    ("LYOSHA", &["ALEKSEI"]),
    ("MAGGIE", &["MARGARET"]),
    ("MANNY", &["MANUEL"]),
    ("MANOLO", &["MANUEL"]),
    ("MASHA", &["MARIA", "MARIYA"]),
    ("MATT", &["MATTHEW"]),
    ("MD", &["MOHAMMAD", "MOHAMMED", "MUHAMMAD", "MOHAMED"]),
    ("MEG", &["MARGARET"]),
    ("MEMO", &["GUILLERMO"]),
    ("MICK", &["MICHAEL"]),
    ("MIKE", &["MICHAEL"]),
    ("MISHA", &["MIKHAIL"]),
    (
        "MOHD",
        &["MOHAMMAD", "MOHAMMED", "MUHAMMAD", "MOHAMED", "MOHAMAD"],
    ),
    ("MUHD", &["MUHAMMAD", "MOHAMMAD"]),
    ("MYKHAILO", &["MIKHAIL"]),
    ("MYKOLA", &["NIKOLAI", "NIKOLAY"]),
    ("NACHO", &["IGNACIO"]),
    ("NANDA", &["FERNANDA"]),
    ("NANDO", &["FERNANDO"]),
    ("NATASHA", &["NATALIA", "NATALYA"]),
    ("NATE", &["NATHAN", "NATHANIEL"]),
    ("NICK", &["NICHOLAS", "NIKOLAI"]),
    ("NIKOS", &["NIKOLAOS"]),
    ("OLEKSIY", &["ALEKSEI", "ALEXEY"]),
    ("PACO", &["FRANCISCO"]),
    ("PADDY", &["PATRICK"]),
    ("PAK", &["PARK"]),
    ("PANCHO", &["FRANCISCO"]),
    ("PANOS", &["PANAGIOTIS"]),
    ("PAT", &["PATRICK", "PATRICIA"]),
    ("PAVLO", &["PAVEL"]),
    ("PEGGY", &["MARGARET"]),
    ("PEPE", &["JOSE"]),
    ("PETE", &["PETER"]),
    ("PETRO", &["PETR", "PYOTR"]),
    ("PITO", &["PEDRO"]),
    ("PYOTR", &["PETR", "PETER"]),
    ("QUIQUE", &["ENRIQUE"]),
    ("RAFA", &["RAFAEL"]),
    ("RHEE", &["LEE"]),
    ("RICK", &["RICHARD"]),
    ("ROB", &["ROBERT"]),
    ("RON", &["RONALD"]),
    ("SACHA", &["ALEXANDRE", "ALEXANDER"]),
    ("SAM", &["SAMUEL", "SAMANTHA"]),
    ("SANDY", &["ALEXANDRA", "SANDRA"]),
    (
        "SASHA",
        &["ALEKSANDR", "ALEXANDER", "ALEKSANDRA", "OLEKSANDR"],
    ),
    ("SEPP", &["JOSEF", "JOSEPH"]),
    ("SERHII", &["SERGEY", "SERGEI"]),
    ("SERHIY", &["SERGEY", "SERGEI"]),
    ("SERYOZHA", &["SERGEI", "SERGEY"]),
    ("SHURA", &["ALEKSANDR"]),
    ("ST", &["SAINT"]),
    ("STE", &["SAINTE"]),
    ("STEVE", &["STEVEN", "STEPHEN"]),
    ("SUE", &["SUSAN", "SUZANNE"]),
    ("TAKIS", &["PANAGIOTIS"]),
    ("TED", &["EDWARD", "THEODORE"]),
    ("TITO", &["ALBERTO"]),
    ("TOM", &["THOMAS"]),
    ("TOMMY", &["THOMAS"]),
    ("TONI", &["ANTONIA"]),
    ("TONO", &["ANTONIO"]),
    ("TONY", &["ANTHONY", "ANTONIO"]),
    ("VANYA", &["IVAN"]),
    ("VOLODYA", &["VLADIMIR"]),
    ("VOLODYMYR", &["VLADIMIR"]),
    ("VOVA", &["VLADIMIR"]),
    ("WILL", &["WILLIAM"]),
    ("WILLY", &["WILLIAM", "WILHELM"]),
    ("YI", &["LEE"]),
    ("YIORGOS", &["GEORGIOS"]),
    ("YORGOS", &["GEORGIOS"]),
    ("YURIY", &["YURI", "IURII"]),
    ("ZACH", &["ZACHARY"]),
    ("ZHENYA", &["EVGENY", "YEVGENY", "EVGENIYA"]),
];

/// Returns the formal names a nickname stands for (empty when it is not a known nickname).
pub fn formal_names(token: &str) -> &'static [&'static str] {
    TABLE
        .binary_search_by(|(nickname, _)| (*nickname).cmp(token))
        .map(|i| TABLE[i].1)
        .unwrap_or(&[])
}

/// Returns true when one name is a nickname of the other, or both stand for a same formal name.
pub fn are_equivalent(a: &str, b: &str) -> bool {
    let (formal_a, formal_b) = (formal_names(a), formal_names(b));
    formal_a.contains(&b) || formal_b.contains(&a) || formal_a.iter().any(|f| formal_b.contains(f))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_for_binary_search() {
        assert!(TABLE.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn equivalences() {
        assert!(are_equivalent("BILL", "WILLIAM"));
        assert!(are_equivalent("WILLIAM", "BILLY"));
        assert!(are_equivalent("BILL", "BILLY"));
        assert!(are_equivalent("SASHA", "ALEKSANDR"));
        assert!(!are_equivalent("BILL", "ROBERT"));
        assert!(!are_equivalent("JOHN", "JAMES"));
    }
}
