//! `paxscreen explain --pairs FILE.csv`: scores name pairs one by one and says why, so that an
//! analyst can see what the matcher does and tune thresholds.

use std::io::{self, BufWriter, Write};

use anyhow::{bail, Context};
use paxscreen_screening::{explain_pair, Reason, Subject};
use paxscreen_watchlists::PartialDate;
use serde::Serialize;

use crate::cli::ExplainArgs;

/// One explained pair.
#[derive(Debug, Serialize)]
struct Explanation<'a> {
    line: u64,
    query_name: &'a str,
    candidate_name: &'a str,
    score: f32,
    #[serde(rename = "match")]
    is_match: bool,
    reasons: Vec<Reason>,
}

/// Runs the command.
pub fn run(args: &ExplainArgs) -> anyhow::Result<()> {
    let threshold = args
        .threshold
        .unwrap_or(paxscreen_screening::DEFAULT_THRESHOLD);
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_path(&args.pairs)
        .with_context(|| format!("opening {}", args.pairs.display()))?;
    let headers = reader.headers().context("reading the CSV header")?.clone();
    let column = |name: &str| headers.iter().position(|h| h.trim() == name);
    let (Some(query), Some(candidate)) = (column("query_name"), column("candidate_name")) else {
        bail!(
            "{}: the header must have query_name and candidate_name columns",
            args.pairs.display()
        );
    };
    let optional = [
        "query_dob",
        "candidate_dob",
        "query_nationality",
        "candidate_nationality",
    ]
    .map(column);
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    for record in reader.records() {
        let record = record.with_context(|| format!("reading {}", args.pairs.display()))?;
        let line = record.position().map_or(0, |p| p.line());
        let field = |index: Option<usize>| {
            index
                .and_then(|i| record.get(i))
                .map(str::trim)
                .filter(|v| !v.is_empty())
        };
        let query_dob = match field(optional[0]) {
            Some(text) => Some(
                chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d")
                    .with_context(|| format!("line {line}: query_dob is not YYYY-MM-DD"))?,
            ),
            None => None,
        };
        let candidate_dobs: Vec<PartialDate> = match field(optional[1]) {
            Some(text) => vec![PartialDate::parse(text).with_context(|| {
                format!("line {line}: candidate_dob is not YYYY, YYYY-MM or YYYY-MM-DD")
            })?],
            None => Vec::new(),
        };
        let subject = Subject {
            name: field(Some(query)).unwrap_or("").to_owned(),
            date_of_birth: query_dob,
            nationality: field(optional[2]).map(str::to_owned),
            ..Subject::default()
        };
        let nationalities: Vec<String> =
            field(optional[3]).map(str::to_owned).into_iter().collect();
        let candidate_name = field(Some(candidate)).unwrap_or("");
        let (score, reasons) =
            explain_pair(&subject, candidate_name, &candidate_dobs, &nationalities);
        let explanation = Explanation {
            line,
            query_name: &subject.name,
            candidate_name,
            score,
            is_match: score >= threshold,
            reasons,
        };
        serde_json::to_writer(&mut out, &explanation)?;
        writeln!(out).context("writing to standard output")?;
    }
    out.flush().context("writing to standard output")?;
    Ok(())
}
