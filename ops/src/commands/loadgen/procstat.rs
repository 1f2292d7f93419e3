//! CPU time and peak memory of a service process, from `/proc/PID/stat` (utime + stime: the
//! whole thread group) and `/proc/PID/status` (VmHWM). The process may die or be restarted
//! during a run: samples taken while it was alive are kept, and the report says so.

use serde::Serialize;

/// One reading of a process.
#[derive(Debug, Clone, Copy)]
struct Sample {
    cpu_seconds: f64,
    peak_rss_mb: f64,
}

/// What is known of one process over a run.
#[derive(Debug)]
pub struct Watched {
    pid: u32,
    ticks_per_second: f64,
    alive_at_start: bool,
    start: Option<Sample>,
    last: Option<Sample>,
    alive_now: bool,
}

/// The figures of one process in the report.
#[derive(Debug, Serialize)]
pub struct ServiceFigures {
    /// Process id.
    pub pid: u32,
    /// The process existed when the run started.
    pub alive_at_start: bool,
    /// The process existed when the run ended.
    pub alive_at_end: bool,
    /// CPU seconds (user + system, all threads) used between the first and last readings.
    pub cpu_seconds: Option<f64>,
    /// Average cores busy: cpu_seconds over the run's wall time.
    pub cpu_cores: Option<f64>,
    /// Peak resident memory (VmHWM) at the last reading, MiB.
    pub peak_rss_mb: Option<f64>,
    /// Set when the process was not alive throughout the run.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

impl Watched {
    /// Takes the first reading of `pid`.
    pub fn start(pid: u32) -> Watched {
        let ticks_per_second = clock_ticks_per_second();
        let sample = read(pid, ticks_per_second);
        Watched {
            pid,
            ticks_per_second,
            alive_at_start: sample.is_some(),
            start: sample,
            last: sample,
            alive_now: sample.is_some(),
        }
    }

    /// Takes a new reading, keeping the previous one if the process is gone.
    pub fn sample(&mut self) {
        let sample = read(self.pid, self.ticks_per_second);
        self.alive_now = sample.is_some();
        if sample.is_some() {
            if self.start.is_none() {
                self.start = sample;
            }
            self.last = sample;
        }
    }

    /// Takes the last reading and returns the figures for a run of `wall_seconds`.
    pub fn finish(mut self, wall_seconds: f64) -> ServiceFigures {
        let was_alive_at_start = self.alive_at_start;
        self.sample();
        let cpu_seconds = match (self.start, self.last) {
            (Some(start), Some(last)) => Some(last.cpu_seconds - start.cpu_seconds),
            _ => None,
        };
        let note = match (was_alive_at_start, self.alive_now) {
            (true, true) => None,
            (true, false) => {
                Some("process exited during the run: figures up to its last reading".to_owned())
            }
            (false, true) => {
                Some("process started during the run: figures from its first reading".to_owned())
            }
            (false, false) => Some("process not found".to_owned()),
        };
        ServiceFigures {
            pid: self.pid,
            alive_at_start: was_alive_at_start,
            alive_at_end: self.alive_now,
            cpu_seconds,
            cpu_cores: cpu_seconds
                .filter(|_| wall_seconds > 0.0)
                .map(|cpu| cpu / wall_seconds),
            peak_rss_mb: self.last.map(|s| s.peak_rss_mb),
            note,
        }
    }
}

/// Reads CPU seconds and VmHWM; `None` when the process does not exist.
fn read(pid: u32, ticks_per_second: f64) -> Option<Sample> {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    Some(Sample {
        cpu_seconds: parse_cpu_ticks(&stat)? as f64 / ticks_per_second,
        peak_rss_mb: parse_vm_hwm_kb(&status)? as f64 / 1024.0,
    })
}

/// Returns utime + stime (fields 14 and 15) of a `/proc/PID/stat` line, in clock ticks.
fn parse_cpu_ticks(stat: &str) -> Option<u64> {
    // The command name (field 2) is in parentheses and may contain spaces.
    let after_name = &stat[stat.rfind(')')? + 1..];
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    // after_name starts at field 3 (state): utime is field 14, stime 15.
    let utime: u64 = fields.get(11)?.parse().ok()?;
    let stime: u64 = fields.get(12)?.parse().ok()?;
    Some(utime + stime)
}

/// Returns VmHWM in KiB from `/proc/PID/status`.
fn parse_vm_hwm_kb(status: &str) -> Option<u64> {
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmHWM:"))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|kb| kb.parse().ok())
}

/// Returns the kernel's clock ticks per second (`getconf CLK_TCK`; 100 on Linux when unknown).
fn clock_ticks_per_second() -> f64 {
    std::process::Command::new("getconf")
        .arg("CLK_TCK")
        .output()
        .ok()
        .and_then(|out| String::from_utf8(out.stdout).ok())
        .and_then(|text| text.trim().parse::<f64>().ok())
        .filter(|ticks| *ticks > 0.0)
        .unwrap_or(100.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_stat_and_status() {
        let stat = "1234 (paxscreen (x)) S 1 1234 1234 0 -1 4194304 500 0 0 0 250 75 0 0 20 0 9";
        assert_eq!(parse_cpu_ticks(stat), Some(325));
        let status = "Name:\tpaxscreen\nVmPeak:\t 900 kB\nVmHWM:\t  524288 kB\nVmRSS:\t 1 kB\n";
        assert_eq!(parse_vm_hwm_kb(status), Some(524_288));
    }

    #[test]
    fn reads_this_process() {
        let watched = Watched::start(std::process::id());
        let figures = watched.finish(1.0);
        assert!(figures.alive_at_start && figures.alive_at_end);
        assert!(figures.peak_rss_mb.unwrap() > 0.0);
        assert!(figures.note.is_none());
    }
}
