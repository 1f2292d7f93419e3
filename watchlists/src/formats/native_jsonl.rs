//! The native JSON lines list format: one object per line, with the keys of the native CSV.
//!
//! ```text
//! {"id":"W-001","full_name":"Jane Example Doe","aliases":["Jane Doe"],"date_of_birth":"1970-05-06","nationality":["GBR","fr"],"gender":"F","document_number":"123456789","document_country":"GBR"}
//! ```
//!
//! - `id` (string or number) and `full_name` (string) are required.
//! - `aliases`, `date_of_birth`, `nationality`, `document_number`, `document_country`: an array
//!   of strings, or a string with values separated by `;`.
//! - `list`, `category`, `gender`: strings. `null` is the same as an absent key.
//!
//! Blank lines are ignored. A line that is not a JSON object, misses `id` or `full_name`, or
//! repeats an id of the same list is skipped and reported (with the JSON error category and
//! column, never the content). A bad optional value is dropped with a warning; an unknown key is
//! reported once, as a warning, at its first line.

use std::collections::HashSet;
use std::io::Read;

use serde_json::{Map, Value};

use super::common::{
    for_each_line, json_reason, push_native_row, safe_word, split_values, Collector, NativeRow,
};
use super::native_csv::COLUMNS;
use crate::error::LoadError;
use crate::model::{ListEntry, ListInfo};
use crate::report::LoadReport;

/// Name of the format in [`LoadReport::format`].
pub const FORMAT: &str = "native-jsonl";

/// Loads a native JSON lines list.
///
/// Fatal only when the input cannot be read; everything else is reported in the
/// [`LoadReport`].
pub fn load(reader: impl Read, list: &ListInfo) -> Result<(Vec<ListEntry>, LoadReport), LoadError> {
    let mut collector = Collector::new(FORMAT);
    let mut unknown_keys: HashSet<String> = HashSet::new();
    for_each_line(reader, |line, text| {
        let Some(text) = text else {
            collector.report.skip(line, "line is not valid UTF-8");
            return;
        };
        let object: Map<String, Value> = match serde_json::from_str(text) {
            Ok(object) => object,
            Err(error) => {
                collector.report.skip(line, json_reason(&error));
                return;
            }
        };
        for key in object.keys() {
            if !COLUMNS.contains(&key.as_str()) && unknown_keys.insert(key.clone()) {
                let reason = match safe_word(key) {
                    Some(key) => format!("unknown key `{key}` ignored (reported once)"),
                    None => "unknown key ignored (reported once)".to_owned(),
                };
                collector.report.warn(line, reason);
            }
        }
        match row(&object, line, &mut collector) {
            Ok(row) => push_native_row(row, line, list, &mut collector),
            Err(reason) => collector.report.skip(line, reason),
        }
    })?;
    Ok(collector.finish())
}

/// Reads the native fields of an object; an error (wrong type of a required key) skips the line.
fn row<'a>(
    object: &'a Map<String, Value>,
    line: u64,
    collector: &mut Collector,
) -> Result<NativeRow<'a>, String> {
    let id = match object.get("id") {
        None | Some(Value::Null) => "".into(),
        Some(Value::String(id)) => id.as_str().into(),
        Some(Value::Number(id)) => id.to_string().into(),
        Some(_) => return Err("id is not a string or a number".to_owned()),
    };
    let full_name = match object.get("full_name") {
        None | Some(Value::Null) => "",
        Some(Value::String(name)) => name.as_str(),
        Some(_) => return Err("full_name is not a string".to_owned()),
    };
    let mut string = |key: &'static str| match object.get(key) {
        None | Some(Value::Null) => "",
        Some(Value::String(text)) => text.trim(),
        Some(_) => {
            collector
                .report
                .warn(line, format!("{key} is not a string; ignored"));
            ""
        }
    };
    let list = string("list");
    let category = string("category");
    let gender = string("gender");
    let mut values = |key: &'static str| -> Vec<&'a str> {
        match object.get(key) {
            None | Some(Value::Null) => Vec::new(),
            Some(Value::String(text)) => split_values(text).collect(),
            Some(Value::Array(items)) => {
                let mut out = Vec::with_capacity(items.len());
                for item in items {
                    match item {
                        Value::String(text) if !text.trim().is_empty() => out.push(text.trim()),
                        Value::String(_) | Value::Null => {}
                        _ => collector.report.warn(
                            line,
                            format!("{key} has a value that is not a string; ignored"),
                        ),
                    }
                }
                out
            }
            Some(_) => {
                collector.report.warn(
                    line,
                    format!("{key} is not a string or an array of strings; ignored"),
                );
                Vec::new()
            }
        }
    };
    Ok(NativeRow {
        id,
        list,
        category,
        full_name,
        aliases: values("aliases"),
        dates_of_birth: values("date_of_birth"),
        nationalities: values("nationality"),
        gender,
        document_numbers: values("document_number"),
        document_countries: values("document_country"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list() -> ListInfo {
        ListInfo {
            name: "test".to_owned(),
            category: "wanted".to_owned(),
            threshold: None,
        }
    }

    #[test]
    fn shapes() {
        let data = concat!(
            r#"{"id":7,"full_name":"Jane Example Doe","aliases":"A One; A Two","nationality":["gb"]}"#,
            "\n",
            r#"{"id":"8","full_name":"Joe Sample","aliases":["B One",""],"date_of_birth":["1970","1971-02"],"colour":"red"}"#,
            "\n",
            r#"{"id":"9","full_name":"Ann Other","aliases":{"x":1},"gender":5}"#,
            "\n",
        );
        let (entries, report) = load(data.as_bytes(), &list()).unwrap();
        assert_eq!(entries.len(), 3);
        assert_eq!(entries[0].id, "7");
        assert_eq!(entries[0].names, ["Jane Example Doe", "A One", "A Two"]);
        assert_eq!(entries[0].nationalities, ["GBR"]);
        assert_eq!(entries[1].names, ["Joe Sample", "B One"]);
        assert_eq!(entries[1].dates_of_birth.len(), 2);
        assert_eq!(report.warning_lines(), [2, 3, 3]);
        assert_eq!(
            report.warnings[0].reason,
            "unknown key `colour` ignored (reported once)"
        );
    }

    #[test]
    fn required_types() {
        let data = concat!(
            r#"{"id":["x"],"full_name":"Jane Example Doe"}"#,
            "\n",
            r#"{"id":"1","full_name":["Jane Example Doe"]}"#,
            "\n",
            r#"["not","an","object"]"#,
            "\n",
        );
        let (entries, report) = load(data.as_bytes(), &list()).unwrap();
        assert!(entries.is_empty());
        assert_eq!(report.skipped_lines(), [1, 2, 3]);
        assert_eq!(report.skipped[0].reason, "id is not a string or a number");
        assert_eq!(report.skipped[1].reason, "full_name is not a string");
        assert!(report.skipped[2]
            .reason
            .starts_with("JSON value of the wrong type"));
    }
}
