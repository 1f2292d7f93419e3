//! The JSON line `loadgen iapi` prints: rates, latency percentiles, directives, failures and the
//! service's CPU and memory.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use serde::Serialize;

use super::iapi_client::{Failure, Outcome};
use super::iapi_traffic::Request;
use super::procstat::ServiceFigures;

/// The directive codes always present in the report, even at 0.
const DIRECTIVES: [&str; 4] = ["0Z", "1Z", "2Z", "4Z"];

/// The report of `loadgen iapi`.
#[derive(Debug, Serialize)]
pub struct IapiReport {
    /// Run id (in every flight number, message and passenger reference).
    pub run_id: String,
    /// `json` or `edifact`.
    pub format: &'static str,
    /// Requests measured (the warm-up excluded).
    pub requests: usize,
    /// Passengers in them.
    pub passengers: usize,
    /// Requests per second asked for.
    pub rate_requested: f64,
    /// Requests / seconds.
    pub rate_achieved: f64,
    /// From the first measured request's due time to the last answer.
    pub seconds: f64,
    /// Due time to answer, requests answered 200.
    pub latency_ms: Latency,
    /// Send to answer, requests answered 200.
    pub service_ms: ServiceTime,
    /// Due time to send: above a millisecond, every connection was busy or the client fell
    /// behind, and the latency includes that wait.
    pub send_lag_ms: Lag,
    /// Passengers per directive.
    pub directives: BTreeMap<String, usize>,
    /// The passengers who are variants of listed people, and their directives.
    pub listed: Listed,
    /// Answers that carry `fail_safe`; with EDIFACT (a CUSRES does not say), the growth of the
    /// service's fail-safe counter over the run, warm-up included, or null when unreadable.
    pub fail_safe: Option<usize>,
    /// Requests without a valid answer.
    pub errors: Errors,
    /// Warm-up requests without a valid answer, or answered fail-safe.
    pub warmup_failures: usize,
    /// CPU and memory per --service-pid.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub services: Vec<ServiceFigures>,
}

impl IapiReport {
    /// Returns true when every request was answered 200, validly and not fail-safe.
    pub fn is_clean(&self) -> bool {
        self.errors.count == 0 && self.fail_safe.unwrap_or(0) == 0 && self.warmup_failures == 0
    }
}

/// Latency percentiles (nearest rank), milliseconds.
#[derive(Debug, Default, Serialize)]
pub struct Latency {
    /// Median.
    pub p50: f64,
    /// 95th percentile.
    pub p95: f64,
    /// 99th percentile.
    pub p99: f64,
    /// 99.9th percentile.
    pub p999: f64,
    /// Largest.
    pub max: f64,
}

/// Service time percentiles, milliseconds.
#[derive(Debug, Default, Serialize)]
pub struct ServiceTime {
    /// Median.
    pub p50: f64,
    /// 99th percentile.
    pub p99: f64,
}

/// Client lag percentiles, milliseconds.
#[derive(Debug, Default, Serialize)]
pub struct Lag {
    /// 99th percentile.
    pub p99: f64,
    /// Largest.
    pub max: f64,
}

/// The listed passengers.
#[derive(Debug, Serialize)]
pub struct Listed {
    /// How many were sent in measured requests.
    pub passengers: usize,
    /// Their directives.
    pub directives: BTreeMap<String, usize>,
}

/// Requests without a valid answer.
#[derive(Debug, Serialize)]
pub struct Errors {
    /// How many.
    pub count: usize,
    /// By HTTP status, or `timeout`, `connection`, `transport`, `invalid_answer`.
    pub by_status: BTreeMap<String, usize>,
}

/// The figures of the measured outcomes that are not known from the outcomes alone.
#[derive(Debug)]
pub struct Run {
    /// Run id.
    pub run_id: String,
    /// `json` or `edifact`.
    pub format: &'static str,
    /// Requests per second asked for.
    pub rate: f64,
    /// Due time of the first measured request.
    pub measure_start: Instant,
    /// With EDIFACT, the fail-safe counter's growth.
    pub fail_safe_counted: Option<usize>,
    /// Warm-up failures.
    pub warmup_failures: usize,
}

/// Builds the report of the measured `outcomes` (each naming its request in `requests`).
pub fn build(
    run: Run,
    requests: &[Request],
    outcomes: &[Outcome],
    services: Vec<ServiceFigures>,
) -> IapiReport {
    let zeroes = || -> BTreeMap<String, usize> {
        DIRECTIVES
            .iter()
            .map(|code| ((*code).to_owned(), 0))
            .collect()
    };
    let (mut directives, mut listed_directives) = (zeroes(), zeroes());
    let mut by_status = BTreeMap::new();
    let (mut latencies, mut services_times, mut lags) = (Vec::new(), Vec::new(), Vec::new());
    let mut fail_safe = 0;
    let mut last = run.measure_start;
    let (mut passengers, mut listed_passengers) = (0, 0);
    for outcome in outcomes {
        let request = &requests[outcome.index];
        passengers += request.passenger_refs.len();
        listed_passengers += request.listed.iter().filter(|&&l| l).count();
        last = last.max(outcome.completed);
        lags.push(outcome.lag);
        match &outcome.result {
            Ok(answered) => {
                latencies.push(outcome.latency);
                services_times.push(outcome.service);
                fail_safe += usize::from(answered.fail_safe);
                for (code, &listed) in answered.directives.iter().zip(&request.listed) {
                    *directives.entry(code.clone()).or_default() += 1;
                    if listed {
                        *listed_directives.entry(code.clone()).or_default() += 1;
                    }
                }
            }
            Err(failure) => {
                if let Failure::InvalidAnswer(_) = failure {
                    latencies.push(outcome.latency);
                    services_times.push(outcome.service);
                }
                *by_status.entry(failure.key()).or_default() += 1;
            }
        }
    }
    let seconds = (last - run.measure_start).as_secs_f64();
    let latency = percentiles(latencies);
    let service = percentiles(services_times);
    let lag = percentiles(lags);
    IapiReport {
        run_id: run.run_id,
        format: run.format,
        requests: outcomes.len(),
        passengers,
        rate_requested: run.rate,
        rate_achieved: if seconds > 0.0 {
            outcomes.len() as f64 / seconds
        } else {
            0.0
        },
        seconds,
        latency_ms: Latency {
            p50: latency(0.50),
            p95: latency(0.95),
            p99: latency(0.99),
            p999: latency(0.999),
            max: latency(1.0),
        },
        service_ms: ServiceTime {
            p50: service(0.50),
            p99: service(0.99),
        },
        send_lag_ms: Lag {
            p99: lag(0.99),
            max: lag(1.0),
        },
        directives,
        listed: Listed {
            passengers: listed_passengers,
            directives: listed_directives,
        },
        fail_safe: match run.format {
            "edifact" => run.fail_safe_counted,
            _ => Some(fail_safe),
        },
        errors: Errors {
            count: by_status.values().sum(),
            by_status,
        },
        warmup_failures: run.warmup_failures,
        services,
    }
}

/// Returns the nearest-rank percentile function of `values`, in milliseconds (0 when empty).
fn percentiles(mut values: Vec<Duration>) -> impl Fn(f64) -> f64 {
    values.sort_unstable();
    move |q: f64| {
        if values.is_empty() {
            return 0.0;
        }
        let rank = ((q * values.len() as f64).ceil() as usize).clamp(1, values.len());
        values[rank - 1].as_micros() as f64 / 1000.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_by_nearest_rank_in_milliseconds() {
        let values = (1..=1000).rev().map(Duration::from_micros).collect();
        let at = percentiles(values);
        assert_eq!(
            (at(0.5), at(0.99), at(0.999), at(1.0)),
            (0.5, 0.99, 0.999, 1.0)
        );
        assert_eq!(percentiles(Vec::new())(0.99), 0.0);
    }
}
