//! `paxscreen rules check | test`: validating a rules file, and back-testing it over manifests.

use std::collections::BTreeMap;
use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use chrono::{DateTime, Utc};
use paxscreen_ingest::Manifest;
use paxscreen_rules::{Facts, Fired, RuleSet};
use serde::Serialize;

use super::manifests::ManifestReader;
use crate::cli::{RulesCheckArgs, RulesTestArgs};

/// Runs `paxscreen rules check`.
pub fn check(args: &RulesCheckArgs) -> anyhow::Result<ExitCode> {
    match RuleSet::load(&args.file) {
        Ok(rules) => {
            for rule in rules.rules() {
                println!(
                    "{}\t{}\t{}\t{}\t{}",
                    rule.id,
                    rule.severity.as_str(),
                    if rule.enabled { "enabled" } else { "disabled" },
                    serde_json::to_value(rule.action)?
                        .as_str()
                        .unwrap_or_default(),
                    rule.description
                );
            }
            eprintln!(
                "paxscreen: {}: {} rule(s), digest {}",
                args.file.display(),
                rules.len(),
                rules.digest()
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(error) => {
            eprintln!("paxscreen: {error}");
            Ok(ExitCode::from(1))
        }
    }
}

/// One traveller on whom rules fired.
#[derive(Debug, Serialize)]
struct FiredLine<'a> {
    manifest: &'a str,
    flight: Option<&'a str>,
    traveller: usize,
    passenger_ref: Option<&'a str>,
    surname: &'a str,
    given_names: &'a str,
    rules: &'a [Fired],
}

/// Runs `paxscreen rules test`.
pub fn test(args: &RulesTestArgs) -> anyhow::Result<ExitCode> {
    let rules = RuleSet::load(&args.rules)?;
    let at: DateTime<Utc> = args.at.map_or_else(Utc::now, |at| at.and_utc());
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut reader = ManifestReader::new(None);
    let (mut manifests, mut travellers, mut flagged) = (0usize, 0usize, 0usize);
    let mut per_rule: BTreeMap<String, usize> = rules
        .rules()
        .iter()
        .map(|rule| (rule.id.clone(), 0))
        .collect();
    reader.read_all(&args.manifests, |manifest: Manifest| {
        manifests += 1;
        for (index, traveller) in manifest.travellers.iter().enumerate() {
            travellers += 1;
            let facts = Facts::new(&manifest, index);
            let fired: Vec<Fired> = if args.all_rules {
                rules
                    .rules()
                    .iter()
                    .filter(|rule| rule.holds(&facts, at))
                    .map(|rule| rule.fired())
                    .collect()
            } else {
                rules.evaluate(&facts, at)
            };
            if fired.is_empty() {
                continue;
            }
            flagged += 1;
            for rule in &fired {
                *per_rule.entry(rule.rule_id.clone()).or_default() += 1;
            }
            let line = FiredLine {
                manifest: &manifest.message_ref,
                flight: manifest.flight.number.as_deref(),
                traveller: index,
                passenger_ref: traveller.passenger_ref.as_deref(),
                surname: &traveller.surname,
                given_names: &traveller.given_names,
                rules: &fired,
            };
            serde_json::to_writer(&mut out, &line)?;
            out.write_all(b"\n")?;
        }
        Ok(())
    })?;
    out.flush()?;
    let counts: Vec<String> = per_rule.iter().map(|(id, n)| format!("{id}={n}")).collect();
    eprintln!(
        "paxscreen: {manifests} manifest(s), {travellers} traveller(s), {flagged} with a rule fired; per rule: {}",
        counts.join(" ")
    );
    Ok(if reader.failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
