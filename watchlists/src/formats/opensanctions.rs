//! OpenSanctions (FollowTheMoney) entities, JSON lines.
//!
//! ```text
//! {"id":"os-1","schema":"Person","properties":{"name":["…"],"alias":["…"],"weakAlias":["…"],
//!  "birthDate":["1970-05-06"],"nationality":["ru"],"citizenship":["by"],"gender":["male"],
//!  "passportNumber":["…"],"idNumber":["…"]},"datasets":["…"],"referents":["…"]}
//! ```
//!
//! Only `Person` entities are loaded; other schemata (`Company`, `Organization`, `Vessel`…) are
//! reported as skipped. For a person:
//!
//! - names: `name`, then `alias`, then `weakAlias`, without repeats;
//! - dates of birth: `birthDate`, at the precision given (`1970`, `1970-05`, `1970-05-06`; a time
//!   after the date is dropped);
//! - nationalities: `nationality` and `citizenship` (alpha-2 lower case, `xk` Kosovo → `RKS`);
//! - gender: `male`, `female`, `other` (as `X`);
//! - documents: `passportNumber` (type `passport`) and `idNumber` (type `id`), without country.
//!
//! The list and category of the entries are the [`ListInfo`] ones. Other keys (`datasets`,
//! `referents`, `caption`…) and other properties are ignored.

use std::io::Read;

use paxscreen_ingest::normalise::normalise_document_number;
use serde::Deserialize;

use super::common::{
    collapse_blanks, for_each_line, json_reason, parse_gender, parse_partial_date, push_unique,
    safe_word, Collector,
};
use super::countries::country_from_code;
use crate::error::LoadError;
use crate::model::{EntryDocument, ListEntry, ListInfo};
use crate::report::LoadReport;

/// Name of the format in [`LoadReport::format`].
pub const FORMAT: &str = "opensanctions";

/// One FollowTheMoney entity, with the properties the loader reads.
#[derive(Debug, Deserialize)]
struct Entity {
    #[serde(default)]
    id: Option<String>,
    #[serde(default)]
    schema: Option<String>,
    #[serde(default)]
    properties: Properties,
}

/// The properties of a person the loader reads; each is a list of strings.
#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "camelCase")]
struct Properties {
    #[serde(default)]
    name: Vec<String>,
    #[serde(default)]
    alias: Vec<String>,
    #[serde(default)]
    weak_alias: Vec<String>,
    #[serde(default)]
    birth_date: Vec<String>,
    #[serde(default)]
    nationality: Vec<String>,
    #[serde(default)]
    citizenship: Vec<String>,
    #[serde(default)]
    gender: Vec<String>,
    #[serde(default)]
    passport_number: Vec<String>,
    #[serde(default)]
    id_number: Vec<String>,
}

/// Loads OpenSanctions FollowTheMoney entities (JSON lines), keeping the persons.
///
/// Fatal only when the input cannot be read; everything else is reported in the
/// [`LoadReport`].
pub fn load(reader: impl Read, list: &ListInfo) -> Result<(Vec<ListEntry>, LoadReport), LoadError> {
    let mut collector = Collector::new(FORMAT);
    for_each_line(reader, |line, text| {
        let Some(text) = text else {
            collector.report.skip(line, "line is not valid UTF-8");
            return;
        };
        match serde_json::from_str::<Entity>(text) {
            Ok(entity) => push_entity(entity, line, list, &mut collector),
            Err(error) => collector.report.skip(line, json_reason(&error)),
        }
    })?;
    Ok(collector.finish())
}

fn push_entity(entity: Entity, line: u64, list: &ListInfo, collector: &mut Collector) {
    match entity.schema.as_deref().map(str::trim) {
        Some("Person") => {}
        None | Some("") => {
            collector.report.skip(line, "missing schema");
            return;
        }
        Some(schema) => {
            let reason = match safe_word(schema) {
                Some(schema) => format!("schema {schema} is not Person"),
                None => "schema is not Person".to_owned(),
            };
            collector.report.skip(line, reason);
            return;
        }
    }
    let id = entity.id.as_deref().map(str::trim).unwrap_or_default();
    if id.is_empty() {
        collector.report.skip(line, "missing id");
        return;
    }
    let properties = entity.properties;
    let mut names: Vec<String> = Vec::new();
    for name in properties
        .name
        .iter()
        .chain(&properties.alias)
        .chain(&properties.weak_alias)
    {
        let name = collapse_blanks(name);
        if !name.is_empty() {
            push_unique(&mut names, name.into_owned());
        }
    }
    if names.is_empty() {
        collector.report.skip(line, "missing name");
        return;
    }
    let report = &mut collector.report;

    let mut dates_of_birth = Vec::new();
    for text in &properties.birth_date {
        match parse_partial_date(text) {
            Some(date) => push_unique(&mut dates_of_birth, date),
            None => report.warn(line, "birthDate is not YYYY, YYYY-MM or YYYY-MM-DD"),
        }
    }

    let mut nationalities = Vec::new();
    for (property, codes) in [
        ("nationality", &properties.nationality),
        ("citizenship", &properties.citizenship),
    ] {
        for code in codes {
            match country_from_code(code) {
                Some(alpha3) => push_unique(&mut nationalities, alpha3),
                None => report.warn(line, format!("{property} is not a known country code")),
            }
        }
    }

    let mut gender = None;
    for text in &properties.gender {
        match parse_gender(text) {
            Some(value) => {
                gender.get_or_insert(value);
            }
            None => report.warn(line, "gender is not male, female or other"),
        }
    }

    let mut documents = Vec::new();
    for (property, doc_type, numbers) in [
        ("passportNumber", "passport", &properties.passport_number),
        ("idNumber", "id", &properties.id_number),
    ] {
        for raw in numbers {
            let number = normalise_document_number(raw);
            if number.is_empty() {
                report.warn(line, format!("{property} has no letters or digits"));
                continue;
            }
            push_unique(
                &mut documents,
                EntryDocument {
                    number,
                    country: None,
                    doc_type: Some(doc_type.to_owned()),
                },
            );
        }
    }

    let entry = ListEntry {
        id: id.to_owned(),
        list: list.name.clone(),
        category: list.category.clone(),
        names,
        dates_of_birth,
        nationalities,
        gender,
        documents,
    };
    collector.push(line, entry);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list() -> ListInfo {
        ListInfo {
            name: "opensanctions".to_owned(),
            category: "sanctions".to_owned(),
            threshold: None,
        }
    }

    #[test]
    fn schema_reasons() {
        let data = concat!(
            r#"{"id":"a","properties":{"name":["X Y"]}}"#,
            "\n",
            r#"{"id":"b","schema":"Legal Entity!","properties":{}}"#,
            "\n",
            r#"{"id":"c","schema":"Person","properties":{"alias":["Only Alias"]}}"#,
            "\n",
            r#"{"id":"d","schema":"Person","properties":{"name":"Not A List"}}"#,
            "\n",
        );
        let (entries, report) = load(data.as_bytes(), &list()).unwrap();
        assert_eq!(entries.len(), 1);
        assert_eq!(entries[0].names, ["Only Alias"]);
        assert_eq!(report.skipped_lines(), [1, 2, 4]);
        assert_eq!(report.skipped[0].reason, "missing schema");
        assert_eq!(report.skipped[1].reason, "schema is not Person");
        assert!(!report.skipped[2].reason.contains("Not A List"));
    }
}
