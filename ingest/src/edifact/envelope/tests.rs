use super::*;

#[test]
fn splits_messages_and_checks_counts() {
    let input = b"UNB+UNOA:4+S+R+250703:1030+REF1++APIS'UNH+1+PAXLST:D:05B:UN:IATA+XY1/250703+01:F'BGM+745'UNT+3+1'UNZ+1+REF1'";
    let envelope = split(input).unwrap();
    assert_eq!(envelope.messages.len(), 1);
    let message = &envelope.messages[0];
    assert_eq!(message.header.message_type, "PAXLST");
    assert_eq!(message.header.version.as_deref(), Some("D:05B"));
    assert_eq!(
        message.header.common_access_ref.as_deref(),
        Some("XY1/250703")
    );
    assert_eq!(message.header.sequence, Some(1));
    assert_eq!(message.header.sequence_flag, Some('F'));
    assert_eq!(message.segments.len(), 1);
    assert!(message.warnings.is_empty(), "{:?}", message.warnings);
    assert!(envelope.warnings.is_empty(), "{:?}", envelope.warnings);
    let interchange = message.interchange.as_deref().unwrap();
    assert_eq!(interchange.sender.as_deref(), Some("S"));
    assert_eq!(
        interchange.prepared.unwrap().to_string(),
        "2025-07-03 10:30:00"
    );
}

#[test]
fn wrong_counts_and_references_are_warnings() {
    let input = b"UNB+UNOA:4+S+R+250703:1030+REF1'UNH+1+PAXLST'BGM+745'UNT+9+2'UNZ+3+REF2'";
    let envelope = split(input).unwrap();
    let codes: Vec<_> = envelope.messages[0]
        .warnings
        .iter()
        .map(|w| w.code.as_str())
        .collect();
    assert_eq!(codes, ["count_mismatch", "reference_mismatch"]);
    let codes: Vec<_> = envelope.warnings.iter().map(|w| w.code.as_str()).collect();
    assert_eq!(codes, ["count_mismatch", "reference_mismatch"]);
}

#[test]
fn junk_after_trailer_is_a_warning() {
    let input = b"UNH+1+PAXLST'UNT+2+1'UNZ+1+R'\r\n13Nov09";
    let envelope = split(input).unwrap();
    assert_eq!(envelope.messages.len(), 1);
    assert!(envelope
        .warnings
        .iter()
        .any(|w| w.code == "junk_after_trailer"));
}

#[test]
fn truncated_message_is_an_error_with_position() {
    let input = b"UNH+1+PAXLST'BGM+745'NAD+FL+++DO";
    let error = split(input).unwrap_err();
    assert_eq!(error.kind, ErrorKind::Truncated);
    assert_eq!(error.offset, 21);
    assert!(error.to_string().contains("has no UNT"), "{error}");

    let error = split(b"UNH+1+PAXLST'BGM+745'").unwrap_err();
    assert_eq!(error.kind, ErrorKind::Truncated);
    assert_eq!(error.tag.as_deref(), Some("UNH"));
}

#[test]
fn nested_unh_and_empty_input_are_errors() {
    let error = split(b"UNH+1+PAXLST'UNH+2+PAXLST'UNT+2+2'").unwrap_err();
    assert_eq!(error.kind, ErrorKind::Envelope);
    assert_eq!(error.segment_index, Some(1));
    assert_eq!(split(b"  \r\n").unwrap_err().kind, ErrorKind::Empty);
}

#[test]
fn latin1_and_mislabelled_utf8() {
    let latin1 = b"UNB+UNOC:3+S+R+250703:1030+R'UNH+1+PAXLST'NAD+FL+++M\xdcLLER'UNT+3+1'UNZ+1+R'";
    let envelope = split(latin1).unwrap();
    assert_eq!(
        envelope.messages[0].segments[0].get(3, 0).as_deref(),
        Some("MÜLLER")
    );

    let utf8 = "UNB+UNOC:3+S+R+250703:1030+R'UNH+1+PAXLST'NAD+FL+++MÜLLER'UNT+3+1'UNZ+1+R'";
    let envelope = split(utf8.as_bytes()).unwrap();
    assert_eq!(
        envelope.messages[0].segments[0].get(3, 0).as_deref(),
        Some("MÜLLER")
    );
    assert!(envelope
        .warnings
        .iter()
        .any(|w| w.code == "charset_mismatch"));
}

#[test]
fn two_interchanges_with_their_own_una() {
    let input = b"UNA:+.? 'UNB+UNOA:4+S+R+250703:1030+A'UNH+1+PAXLST'UNT+2+1'UNZ+1+A'\nUNA:*.? $UNB*UNOA:4*S*R*250703:1030*B$UNH*2*PAXLST$UNT*2*2$UNZ*1*B$";
    let envelope = split(input).unwrap();
    assert_eq!(envelope.messages.len(), 2);
    assert_eq!(envelope.messages[1].header.reference, "2");
    assert_eq!(
        envelope.messages[1]
            .interchange
            .as_deref()
            .unwrap()
            .control_ref
            .as_deref(),
        Some("B")
    );
    assert!(envelope.warnings.is_empty(), "{:?}", envelope.warnings);
}
