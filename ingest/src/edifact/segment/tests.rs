use super::*;

fn segment(data: &'static [u8]) -> Segment<'static> {
    Segment::new(
        Tag::new(b"NAD").unwrap(),
        0,
        0,
        Cow::Borrowed(data),
        Delimiters::default(),
        Charset::Ascii,
    )
}

#[test]
fn gets_elements_and_components() {
    let s = segment(b"FL+++DOE:JOHN:WAYNE+20 MAIN STREET");
    assert_eq!(s.get(0, 0).as_deref(), Some("FL"));
    assert_eq!(s.get(1, 0), None);
    assert_eq!(s.get(3, 0).as_deref(), Some("DOE"));
    assert_eq!(s.get(3, 2).as_deref(), Some("WAYNE"));
    assert_eq!(s.get(3, 3), None);
    assert_eq!(s.get(4, 0).as_deref(), Some("20 MAIN STREET"));
    assert_eq!(s.get(5, 0), None);
    assert_eq!(s.element_count(), 5);
    assert_eq!(s.components(3), vec!["DOE", "JOHN", "WAYNE"]);
}

#[test]
fn release_character_escapes_separators() {
    let s = segment(b"FL+++O?'NEILL:A?+B??C?:D+X");
    assert_eq!(s.get(3, 0).as_deref(), Some("O'NEILL"));
    assert_eq!(s.get(3, 1).as_deref(), Some("A+B?C:D"));
    assert_eq!(s.get(4, 0).as_deref(), Some("X"));
}

#[test]
fn tag_validation() {
    assert!(Tag::new(b"UNH").is_some());
    assert!(Tag::new(b"un").is_none());
    assert!(Tag::new(b"a'b").is_none());
}

#[test]
fn component_values_keep_positions() {
    let s = segment(b"FL+++DOE::WAYNE+X?");
    let values: Vec<_> = s
        .component_values(3)
        .map(|v| v.map(Cow::into_owned))
        .collect();
    assert_eq!(
        values,
        [Some("DOE".to_owned()), None, Some("WAYNE".to_owned())]
    );
    assert_eq!(s.component_values(1).collect::<Vec<_>>(), [None]);
    assert_eq!(s.component_values(5).count(), 0);
    assert_eq!(s.components(3), ["DOE", "WAYNE"]);
    assert_eq!(s.get(4, 0).as_deref(), Some("X"));
}
