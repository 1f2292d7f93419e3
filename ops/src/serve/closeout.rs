//! Flight close-outs: once the carrier reports who boarded (PAXLST `BGM+266+CLOB`, or `CLNB`
//! for who did not), the flight's alerts are revised — same ids, to every output: the alerts of
//! travellers who did not board are downgraded to `low` (`boarding: not_boarded`, the earlier
//! severity kept in `severity_before_close_out`), and travellers who boarded although their
//! directive was `1Z` (do not board) or `2Z` (contact government) are flagged
//! (`boarded_against_directive`) and counted. Alerts of travellers without a passenger
//! reference cannot be matched and stay as they are.

use super::alert::Encoded;
use super::pipeline::CloseOut;
use super::Service;

/// Revises the alerts of a closed flight; returns how many were revised.
///
/// # Errors
/// The store cannot be read, or a revised alert cannot be written.
pub async fn apply(service: &Service, close_out: &CloseOut) -> anyhow::Result<usize> {
    let alerts = service.store.for_flight(&close_out.flight_key).await?;
    let mut revised = Vec::new();
    let mut against = 0u64;
    for (encoded, mut value) in alerts {
        let Some(reference) = value["traveller"]["passenger_ref"].as_str() else {
            continue;
        };
        let listed = close_out.passenger_refs.contains(reference);
        let boarded = listed == close_out.lists_boarded;
        if !revise(&mut value, boarded) {
            continue;
        }
        if value["boarded_against_directive"] == true {
            against += 1;
            tracing::warn!(alert = %encoded.id, directive = %value["directive"], "traveller boarded against the directive");
        }
        revised.push(Encoded::revised(&encoded, &value)?);
    }
    service.metrics.boarded_against_directive.inc_by(against);
    service.write_alerts(&revised).await?;
    tracing::info!(flight = %close_out.flight_key.split('/').next().unwrap_or_default(), revised = revised.len(), "flight closed out");
    Ok(revised.len())
}

/// Marks an alert with the traveller's boarding; returns false when nothing changed (a
/// close-out received twice).
fn revise(value: &mut serde_json::Value, boarded: bool) -> bool {
    let boarding = if boarded { "boarded" } else { "not_boarded" };
    if value["boarding"] == boarding {
        return false;
    }
    value["boarding"] = boarding.into();
    if boarded {
        let directive = value["directive"].as_str().unwrap_or_default();
        if matches!(directive, "1Z" | "2Z") && value["status"] == "open" {
            value["boarded_against_directive"] = true.into();
        }
    } else if value.get("severity_before_close_out").is_none() {
        value["severity_before_close_out"] = value["severity"].clone();
        value["severity"] = "low".into();
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn travellers_who_did_not_board_are_downgraded_and_boarding_against_a_directive_is_flagged() {
        let mut absent = json!({"severity": "high", "directive": "2Z", "status": "open"});
        assert!(revise(&mut absent, false));
        assert_eq!(absent["severity"], "low");
        assert_eq!(absent["severity_before_close_out"], "high");
        assert_eq!(absent["boarding"], "not_boarded");
        assert!(
            !revise(&mut absent, false),
            "a second close-out changes nothing"
        );

        let mut boarded = json!({"severity": "high", "directive": "1Z", "status": "open"});
        assert!(revise(&mut boarded, true));
        assert_eq!(boarded["boarded_against_directive"], true);
        assert_eq!(boarded["severity"], "high");

        let mut cleared = json!({"severity": "medium", "directive": "0Z", "status": "open"});
        assert!(revise(&mut cleared, true));
        assert!(cleared.get("boarded_against_directive").is_none());
    }
}
