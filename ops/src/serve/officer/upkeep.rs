//! Keeps screening in step with officers' decisions across workers: every two seconds, the
//! suppressed pairs and directive overrides in force are read from the triage store (Redis,
//! where other workers' officers act too; memory, where expired ones are dropped) into the
//! pipeline's [`Guards`](super::guards::Guards).

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use tokio::sync::watch;

use crate::serve::Service;

/// How often the guards are refreshed.
const REFRESH_EVERY: Duration = Duration::from_secs(2);

/// Refreshes the guards until `stopping` turns true.
pub async fn refresh_guards(service: Arc<Service>, mut stopping: watch::Receiver<bool>) {
    let Some(officers) = service.officers.as_ref() else {
        return;
    };
    loop {
        match officers.triage.guards(Utc::now()).await {
            Ok((suppressions, overrides)) => service.pipeline.guards().replace(
                suppressions
                    .into_iter()
                    .map(|(pair, s)| (pair, s.entry_version))
                    .collect(),
                overrides
                    .into_iter()
                    .map(|(key, o)| (key, o.directive))
                    .collect(),
            ),
            Err(e) => {
                tracing::error!(error = %format!("{e:#}"), "reading suppressions and overrides")
            }
        }
        tokio::select! {
            _ = tokio::time::sleep(REFRESH_EVERY) => {},
            _ = stopping.changed() => return,
        }
    }
}
