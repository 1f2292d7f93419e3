//! The United Nations Security Council Consolidated List, XML.
//!
//! ```text
//! <CONSOLIDATED_LIST>
//!   <INDIVIDUALS>
//!     <INDIVIDUAL>
//!       <DATAID>…</DATAID> <FIRST_NAME/> <SECOND_NAME/> <THIRD_NAME/> <FOURTH_NAME/>
//!       <UN_LIST_TYPE/> <REFERENCE_NUMBER/> <GENDER>Male</GENDER>
//!       <NATIONALITY><VALUE>Pakistan</VALUE></NATIONALITY>
//!       <INDIVIDUAL_ALIAS><QUALITY>Good</QUALITY><ALIAS_NAME>…</ALIAS_NAME></INDIVIDUAL_ALIAS>
//!       <INDIVIDUAL_DATE_OF_BIRTH><TYPE_OF_DATE>EXACT</TYPE_OF_DATE><DATE>…</DATE></INDIVIDUAL_DATE_OF_BIRTH>
//!       <INDIVIDUAL_DOCUMENT><TYPE_OF_DOCUMENT>Passport</TYPE_OF_DOCUMENT><NUMBER>…</NUMBER>
//!         <ISSUING_COUNTRY>Pakistan</ISSUING_COUNTRY></INDIVIDUAL_DOCUMENT>
//!     </INDIVIDUAL>
//!   </INDIVIDUALS>
//!   <ENTITIES>…</ENTITIES>
//! </CONSOLIDATED_LIST>
//! ```
//!
//! The document is read as a stream of events (never as a tree), so the whole list is never held
//! in memory as XML.
//!
//! - id: `DATAID`, else `REFERENCE_NUMBER`; category: `UN_LIST_TYPE` lower-cased, else the
//!   [`ListInfo`] default.
//! - names: `FIRST_NAME` … `FOURTH_NAME` joined by spaces, then every non-empty `ALIAS_NAME`
//!   (all qualities, `Low` included). `NAME_ORIGINAL_SCRIPT` is not used: the name matching of
//!   the screener works on Latin-script names.
//! - dates of birth: `DATE` (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`, kept at the precision given even
//!   when `TYPE_OF_DATE` is `APPROXIMATELY`), `YEAR`, or `FROM_YEAR`–`TO_YEAR` as one year per
//!   year of the range when it spans at most [`MAX_YEAR_RANGE`] years (longer ranges are not
//!   used, with a warning).
//! - nationalities (`NATIONALITY/VALUE`) and document issuing countries (`ISSUING_COUNTRY`, else
//!   `COUNTRY_OF_ISSUE`) are English country names, mapped to alpha-3 codes; unknown names are
//!   warnings.
//! - `ENTITY` records are not persons: each is reported as skipped ("entity (not a person)").
//!
//! Positions in the report are the lines where the `INDIVIDUAL` or `ENTITY` element starts.

use std::io::{self, BufRead, Read};

use paxscreen_ingest::normalise::normalise_document_number;
use quick_xml::escape::resolve_predefined_entity;
use quick_xml::events::Event;
use quick_xml::Reader;

use super::common::{collapse_blanks, parse_gender, parse_partial_date, push_unique, Collector};
use super::countries::country_from_name;
use crate::error::LoadError;
use crate::model::{EntryDocument, ListEntry, ListInfo, PartialDate};
use crate::report::LoadReport;

/// Name of the format in [`LoadReport::format`].
pub const FORMAT: &str = "un-xml";

/// Longest `FROM_YEAR`–`TO_YEAR` range (in years, both ends included) expanded into years.
pub const MAX_YEAR_RANGE: i32 = 10;

/// Name of the root element.
const ROOT: &[u8] = b"CONSOLIDATED_LIST";

/// A buffered reader that counts the lines it has handed out, for positions in the report.
struct LineCounter<R> {
    inner: R,
    buffer: Box<[u8]>,
    start: usize,
    end: usize,
    /// Line (1-based) of the next byte to be consumed.
    line: u64,
}

impl<R: Read> LineCounter<R> {
    fn new(inner: R) -> LineCounter<R> {
        LineCounter {
            inner,
            buffer: vec![0; super::common::BUFFER_SIZE].into_boxed_slice(),
            start: 0,
            end: 0,
            line: 1,
        }
    }
}

impl<R: Read> Read for LineCounter<R> {
    fn read(&mut self, out: &mut [u8]) -> io::Result<usize> {
        let available = self.fill_buf()?;
        let n = available.len().min(out.len());
        if let (Some(target), Some(source)) = (out.get_mut(..n), available.get(..n)) {
            target.copy_from_slice(source);
        }
        self.consume(n);
        Ok(n)
    }
}

impl<R: Read> BufRead for LineCounter<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        if self.start >= self.end {
            self.start = 0;
            self.end = loop {
                match self.inner.read(&mut self.buffer) {
                    Ok(n) => break n,
                    Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
                    Err(error) => return Err(error),
                }
            };
        }
        Ok(self.buffer.get(self.start..self.end).unwrap_or_default())
    }

    fn consume(&mut self, amount: usize) {
        let end = self.start.saturating_add(amount).min(self.end);
        if let Some(consumed) = self.buffer.get(self.start..end) {
            self.line += consumed.iter().filter(|&&b| b == b'\n').count() as u64;
        }
        self.start = end;
    }
}

/// The elements the loader reads; everything else is [`Tag::Other`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Tag {
    DataId,
    FirstName,
    SecondName,
    ThirdName,
    FourthName,
    UnListType,
    ReferenceNumber,
    Gender,
    Nationality,
    Value,
    Alias,
    AliasName,
    DateOfBirth,
    TypeOfDate,
    Date,
    Year,
    FromYear,
    ToYear,
    Document,
    TypeOfDocument,
    Number,
    IssuingCountry,
    CountryOfIssue,
    Other,
}

impl Tag {
    fn of(name: &[u8]) -> Tag {
        match name {
            b"DATAID" => Tag::DataId,
            b"FIRST_NAME" => Tag::FirstName,
            b"SECOND_NAME" => Tag::SecondName,
            b"THIRD_NAME" => Tag::ThirdName,
            b"FOURTH_NAME" => Tag::FourthName,
            b"UN_LIST_TYPE" => Tag::UnListType,
            b"REFERENCE_NUMBER" => Tag::ReferenceNumber,
            b"GENDER" => Tag::Gender,
            b"NATIONALITY" => Tag::Nationality,
            b"VALUE" => Tag::Value,
            b"INDIVIDUAL_ALIAS" => Tag::Alias,
            b"ALIAS_NAME" => Tag::AliasName,
            b"INDIVIDUAL_DATE_OF_BIRTH" => Tag::DateOfBirth,
            b"TYPE_OF_DATE" => Tag::TypeOfDate,
            b"DATE" => Tag::Date,
            b"YEAR" => Tag::Year,
            b"FROM_YEAR" => Tag::FromYear,
            b"TO_YEAR" => Tag::ToYear,
            b"INDIVIDUAL_DOCUMENT" => Tag::Document,
            b"TYPE_OF_DOCUMENT" => Tag::TypeOfDocument,
            b"NUMBER" => Tag::Number,
            b"ISSUING_COUNTRY" => Tag::IssuingCountry,
            b"COUNTRY_OF_ISSUE" => Tag::CountryOfIssue,
            _ => Tag::Other,
        }
    }
}

/// One `INDIVIDUAL_DATE_OF_BIRTH`.
#[derive(Debug, Default)]
struct BirthDate {
    type_of_date: String,
    date: String,
    year: String,
    from_year: String,
    to_year: String,
}

/// One `INDIVIDUAL_DOCUMENT`.
#[derive(Debug, Default)]
struct Document {
    type_of_document: String,
    number: String,
    issuing_country: String,
    country_of_issue: String,
}

/// The fields of one `INDIVIDUAL`, as text.
#[derive(Debug, Default)]
struct Individual {
    data_id: String,
    reference_number: String,
    name_parts: [String; 4],
    list_type: String,
    gender: String,
    nationalities: Vec<String>,
    aliases: Vec<String>,
    birth_dates: Vec<BirthDate>,
    documents: Vec<Document>,
    birth_date: BirthDate,
    document: Document,
}

impl Individual {
    /// Stores the text of a leaf element closed inside `parent`.
    fn set(&mut self, tag: Tag, parent: Option<Tag>, text: String) {
        match (parent, tag) {
            (None, Tag::DataId) => self.data_id = text,
            (None, Tag::ReferenceNumber) => self.reference_number = text,
            (None, Tag::FirstName) => self.name_parts[0] = text,
            (None, Tag::SecondName) => self.name_parts[1] = text,
            (None, Tag::ThirdName) => self.name_parts[2] = text,
            (None, Tag::FourthName) => self.name_parts[3] = text,
            (None, Tag::UnListType) => self.list_type = text,
            (None, Tag::Gender) => self.gender = text,
            (Some(Tag::Nationality), Tag::Value) if !text.is_empty() => {
                self.nationalities.push(text)
            }
            (Some(Tag::Alias), Tag::AliasName) if !text.is_empty() => self.aliases.push(text),
            (Some(Tag::DateOfBirth), Tag::TypeOfDate) => self.birth_date.type_of_date = text,
            (Some(Tag::DateOfBirth), Tag::Date) => self.birth_date.date = text,
            (Some(Tag::DateOfBirth), Tag::Year) => self.birth_date.year = text,
            (Some(Tag::DateOfBirth), Tag::FromYear) => self.birth_date.from_year = text,
            (Some(Tag::DateOfBirth), Tag::ToYear) => self.birth_date.to_year = text,
            (Some(Tag::Document), Tag::TypeOfDocument) => self.document.type_of_document = text,
            (Some(Tag::Document), Tag::Number) => self.document.number = text,
            (Some(Tag::Document), Tag::IssuingCountry) => self.document.issuing_country = text,
            (Some(Tag::Document), Tag::CountryOfIssue) => self.document.country_of_issue = text,
            (None, Tag::DateOfBirth) => {
                let date = std::mem::take(&mut self.birth_date);
                self.birth_dates.push(date);
            }
            (None, Tag::Document) => {
                let document = std::mem::take(&mut self.document);
                self.documents.push(document);
            }
            _ => {}
        }
    }
}

/// Converts a quick-xml error into a fatal error, with the position (never the content).
fn xml_error<R: Read>(reader: &Reader<LineCounter<R>>, error: quick_xml::Error) -> LoadError {
    match error {
        quick_xml::Error::Io(error) => {
            LoadError::Io(io::Error::new(error.kind(), error.to_string()))
        }
        other => LoadError::Xml {
            line: reader.get_ref().line,
            position: reader.error_position(),
            message: other.to_string(),
        },
    }
}

/// What a top-level element is.
enum Record {
    Individual,
    Entity,
    Other,
}

/// Loads the UN Security Council Consolidated List.
///
/// Fatal errors: the input cannot be read, the XML is not well-formed (with the byte position),
/// or the root element is not `CONSOLIDATED_LIST`. Everything else is reported in the
/// [`LoadReport`].
pub fn load(reader: impl Read, list: &ListInfo) -> Result<(Vec<ListEntry>, LoadReport), LoadError> {
    let mut xml = Reader::from_reader(LineCounter::new(reader));
    let mut buffer = Vec::with_capacity(4096);
    let mut collector = Collector::new(FORMAT);
    let mut root_seen = false;
    loop {
        let line = xml.get_ref().line;
        buffer.clear();
        let event = xml.read_event_into(&mut buffer);
        let (record, empty) = match event {
            Ok(Event::Start(ref start)) | Ok(Event::Empty(ref start)) => {
                let empty = matches!(event, Ok(Event::Empty(_)));
                let name = start.local_name();
                if !root_seen {
                    if name.as_ref() != ROOT {
                        return Err(LoadError::UnrecognisedFormat(
                            "the XML root element is not CONSOLIDATED_LIST".to_owned(),
                        ));
                    }
                    root_seen = true;
                }
                let record = match name.as_ref() {
                    b"INDIVIDUAL" => Record::Individual,
                    b"ENTITY" => Record::Entity,
                    _ => Record::Other,
                };
                (record, empty)
            }
            Ok(Event::Eof) => break,
            Ok(_) => continue,
            Err(error) => return Err(xml_error(&xml, error)),
        };
        match (record, empty) {
            (Record::Individual, false) => {
                let individual = read_individual(&mut xml, &mut buffer)?;
                push_individual(individual, line, list, &mut collector);
            }
            (Record::Individual, true) => {
                push_individual(Individual::default(), line, list, &mut collector)
            }
            (Record::Entity, empty) => {
                if !empty {
                    skip_element(&mut xml, &mut buffer)?;
                }
                collector.report.skip(line, "entity (not a person)");
            }
            (Record::Other, _) => {}
        }
    }
    if !root_seen {
        return Err(LoadError::UnrecognisedFormat(
            "no XML element found".to_owned(),
        ));
    }
    Ok(collector.finish())
}

/// Skips to the end of the element just started.
fn skip_element<R: Read>(
    xml: &mut Reader<LineCounter<R>>,
    buffer: &mut Vec<u8>,
) -> Result<(), LoadError> {
    let mut depth = 0usize;
    loop {
        buffer.clear();
        match xml.read_event_into(buffer) {
            Ok(Event::Start(_)) => depth += 1,
            Ok(Event::End(_)) if depth == 0 => return Ok(()),
            Ok(Event::End(_)) => depth -= 1,
            Ok(Event::Eof) => return Err(unexpected_eof(xml)),
            Ok(_) => {}
            Err(error) => return Err(xml_error(xml, error)),
        }
    }
}

fn unexpected_eof<R: Read>(xml: &Reader<LineCounter<R>>) -> LoadError {
    LoadError::Xml {
        line: xml.get_ref().line,
        position: xml.buffer_position(),
        message: "unexpected end of file inside a record".to_owned(),
    }
}

/// Reads the content of an `INDIVIDUAL` element, up to its end tag.
fn read_individual<R: Read>(
    xml: &mut Reader<LineCounter<R>>,
    buffer: &mut Vec<u8>,
) -> Result<Individual, LoadError> {
    let mut individual = Individual::default();
    let mut path: Vec<Tag> = Vec::with_capacity(4);
    let mut text = String::new();
    loop {
        buffer.clear();
        match xml.read_event_into(buffer) {
            Ok(Event::Start(start)) => {
                path.push(Tag::of(start.local_name().as_ref()));
                text.clear();
            }
            Ok(Event::End(_)) => {
                let Some(tag) = path.pop() else {
                    return Ok(individual);
                };
                let value = collapse_blanks(&text).into_owned();
                individual.set(tag, path.last().copied(), value);
                text.clear();
            }
            Ok(Event::Text(content)) => match content.xml10_content() {
                Ok(content) => text.push_str(&content),
                Err(error) => return Err(xml_error(xml, error.into())),
            },
            Ok(Event::CData(content)) => match content.decode() {
                Ok(content) => text.push_str(&content),
                Err(error) => return Err(xml_error(xml, error.into())),
            },
            Ok(Event::GeneralRef(reference)) => {
                match reference.resolve_char_ref() {
                    Ok(Some(c)) => text.push(c),
                    Ok(None) => {
                        let name = reference.decode().map_err(|e| xml_error(xml, e.into()))?;
                        match resolve_predefined_entity(&name) {
                            Some(value) => text.push_str(value),
                            None => {
                                // An undeclared entity: keep it as written.
                                text.push('&');
                                text.push_str(&name);
                                text.push(';');
                            }
                        }
                    }
                    Err(error) => return Err(xml_error(xml, error)),
                }
            }
            Ok(Event::Empty(_)) => {}
            Ok(Event::Eof) => return Err(unexpected_eof(xml)),
            Ok(_) => {}
            Err(error) => return Err(xml_error(xml, error)),
        }
    }
}

/// Builds the entry of an individual and adds it, or skips it.
fn push_individual(individual: Individual, line: u64, list: &ListInfo, collector: &mut Collector) {
    let id = if individual.data_id.is_empty() {
        individual.reference_number.clone()
    } else {
        individual.data_id.clone()
    };
    if id.is_empty() {
        collector
            .report
            .skip(line, "missing DATAID and REFERENCE_NUMBER");
        return;
    }
    let primary = individual
        .name_parts
        .iter()
        .filter(|part| !part.is_empty())
        .map(String::as_str)
        .collect::<Vec<_>>()
        .join(" ");
    if primary.is_empty() {
        collector
            .report
            .skip(line, "missing name (FIRST_NAME to FOURTH_NAME are empty)");
        return;
    }
    let report = &mut collector.report;

    let mut names = vec![primary];
    for alias in individual.aliases {
        push_unique(&mut names, alias);
    }

    let mut dates_of_birth = Vec::new();
    for birth in &individual.birth_dates {
        birth_dates(birth, line, report, &mut dates_of_birth);
    }

    let mut nationalities = Vec::new();
    for name in &individual.nationalities {
        match country_from_name(name) {
            Some(alpha3) => push_unique(&mut nationalities, alpha3),
            None => report.warn(line, "NATIONALITY VALUE is not a known country name"),
        }
    }

    let gender = if individual.gender.is_empty() {
        None
    } else {
        let gender = parse_gender(&individual.gender);
        if gender.is_none() {
            report.warn(line, "GENDER is not Male or Female");
        }
        gender
    };

    let mut documents = Vec::new();
    for document in &individual.documents {
        let number = normalise_document_number(&document.number);
        if number.is_empty() {
            report.warn(line, "INDIVIDUAL_DOCUMENT without NUMBER ignored");
            continue;
        }
        let country_name = if document.issuing_country.is_empty() {
            &document.country_of_issue
        } else {
            &document.issuing_country
        };
        let country = if country_name.is_empty() {
            None
        } else {
            let country = country_from_name(country_name);
            if country.is_none() {
                report.warn(
                    line,
                    "INDIVIDUAL_DOCUMENT ISSUING_COUNTRY is not a known country name",
                );
            }
            country
        };
        let doc_type = (!document.type_of_document.is_empty())
            .then(|| document.type_of_document.to_lowercase());
        push_unique(
            &mut documents,
            EntryDocument {
                number,
                country,
                doc_type,
            },
        );
    }

    let category = if individual.list_type.is_empty() {
        list.category.clone()
    } else {
        individual.list_type.to_lowercase()
    };
    let entry = ListEntry {
        id,
        list: list.name.clone(),
        category,
        names,
        dates_of_birth,
        nationalities,
        gender,
        documents,
    };
    collector.push(line, entry);
}

/// Parses a year of four digits.
fn parse_year(text: &str) -> Option<i32> {
    let year: i32 = text.trim().parse().ok()?;
    (1000..=9999).contains(&year).then_some(year)
}

/// Adds the dates of one `INDIVIDUAL_DATE_OF_BIRTH`, warning about unusable ones.
fn birth_dates(birth: &BirthDate, line: u64, report: &mut LoadReport, out: &mut Vec<PartialDate>) {
    if !birth.date.is_empty() {
        match parse_partial_date(&birth.date) {
            Some(date) => push_unique(out, date),
            None => report.warn(
                line,
                "INDIVIDUAL_DATE_OF_BIRTH DATE is not YYYY, YYYY-MM or YYYY-MM-DD",
            ),
        }
    } else if !birth.year.is_empty() {
        match parse_year(&birth.year) {
            Some(year) => push_unique(out, PartialDate::Year(year)),
            None => report.warn(line, "INDIVIDUAL_DATE_OF_BIRTH YEAR is not a 4-digit year"),
        }
    } else if !birth.from_year.is_empty() || !birth.to_year.is_empty() {
        match (parse_year(&birth.from_year), parse_year(&birth.to_year)) {
            (Some(from), Some(to)) if from <= to && to - from < MAX_YEAR_RANGE => {
                for year in from..=to {
                    push_unique(out, PartialDate::Year(year));
                }
            }
            (Some(from), Some(to)) if from <= to => report.warn(
                line,
                format!(
                    "INDIVIDUAL_DATE_OF_BIRTH FROM_YEAR to TO_YEAR spans more than \
                     {MAX_YEAR_RANGE} years; not used"
                ),
            ),
            _ => report.warn(
                line,
                "INDIVIDUAL_DATE_OF_BIRTH FROM_YEAR and TO_YEAR are not an ordered pair of \
                 4-digit years",
            ),
        }
    } else if !birth.type_of_date.is_empty() {
        report.warn(
            line,
            "INDIVIDUAL_DATE_OF_BIRTH has no DATE, YEAR or FROM_YEAR/TO_YEAR",
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list() -> ListInfo {
        ListInfo {
            name: "un-sc".to_owned(),
            category: "sanctions".to_owned(),
            threshold: None,
        }
    }

    #[test]
    fn line_counter() {
        let mut reader = LineCounter::new(&b"a\nb\n\nc"[..]);
        let mut line = String::new();
        reader.read_line(&mut line).unwrap();
        assert_eq!(reader.line, 2);
        let mut rest = String::new();
        reader.read_to_string(&mut rest).unwrap();
        assert_eq!(reader.line, 4);
    }

    #[test]
    fn entities_and_escapes() {
        let data = "<CONSOLIDATED_LIST><INDIVIDUALS>\n<INDIVIDUAL><DATAID>1</DATAID>\
                    <FIRST_NAME>ANNA</FIRST_NAME><SECOND_NAME>O&apos;EXAMPLE &#x41;</SECOND_NAME>\
                    </INDIVIDUAL>\n<INDIVIDUAL/></INDIVIDUALS></CONSOLIDATED_LIST>";
        let (entries, report) = load(data.as_bytes(), &list()).unwrap();
        assert_eq!(entries[0].names, ["ANNA O'EXAMPLE A"]);
        assert_eq!(report.skipped_lines(), [3]);
    }

    #[test]
    fn wrong_root_and_broken_xml() {
        let err = load("<LIST></LIST>".as_bytes(), &list()).unwrap_err();
        assert!(matches!(err, LoadError::UnrecognisedFormat(_)));
        let err = load(
            "<CONSOLIDATED_LIST>\n<INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID></INDIVIDUALS>"
                .as_bytes(),
            &list(),
        )
        .unwrap_err();
        match err {
            LoadError::Xml { line, position, .. } => {
                assert_eq!(line, 2);
                assert!(position > 20, "{position}");
            }
            other => panic!("{other}"),
        }
        let err = load("".as_bytes(), &list()).unwrap_err();
        assert!(matches!(err, LoadError::UnrecognisedFormat(_)));
    }
}
