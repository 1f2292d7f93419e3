//! A `paxscreen serve` process for a test: started on a free loopback port with a configuration
//! written into a temporary directory, waited for until ready, stopped with SIGTERM (or killed
//! when dropped).

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::paxscreen_path;

/// A running service.
#[derive(Debug)]
pub struct Service {
    child: Option<Child>,
    /// Base URL, such as `http://127.0.0.1:40123`.
    pub url: String,
    /// The service's working directory (configuration, alerts, dead letters, inbox).
    pub dir: PathBuf,
    /// Name of its configuration (`NAME.toml`) and log (`NAME.log`) in `dir`.
    name: String,
    agent: ureq::Agent,
}

/// An HTTP answer.
#[derive(Debug)]
pub struct Answer {
    /// Status code.
    pub status: u16,
    /// Body.
    pub body: String,
}

impl Answer {
    /// Returns the body as JSON.
    ///
    /// # Panics
    /// Panics when the body is not JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.body).unwrap_or_else(|e| panic!("not JSON ({e}): {}", self.body))
    }
}

/// Returns a temporary directory unique to this test process and `name`.
pub fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("paxscreen-test-{}-{name}", std::process::id()));
    // A leftover from an earlier run, if any.
    std::fs::remove_dir_all(&dir).ok();
    std::fs::create_dir_all(&dir).expect("create a scratch directory");
    dir
}

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

impl Service {
    /// Starts `paxscreen serve` in `dir` with `config` (TOML; `listen` is set here) and waits
    /// until `/readyz` answers 200.
    ///
    /// # Panics
    /// Panics when the service does not become ready within 60 s.
    pub fn start(dir: &Path, config: &str) -> Service {
        Service::start_named(dir, "serve", config)
    }

    /// Starts a service like [`Service::start`], with its configuration and log named `name`
    /// (several services may share a directory). The log is appended to: a restarted service
    /// keeps one log.
    ///
    /// # Panics
    /// Panics when the service does not become ready within 60 s.
    pub fn start_named(dir: &Path, name: &str, config: &str) -> Service {
        let port = free_port();
        let config = format!("[server]\nlisten = \"127.0.0.1:{port}\"\n{config}");
        let config_file = format!("{name}.toml");
        std::fs::write(dir.join(&config_file), config).expect("write the configuration");
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(dir.join(format!("{name}.log")))
            .expect("open the log");
        let child = Command::new(paxscreen_path())
            .args(["serve", "--config", &config_file])
            .current_dir(dir)
            .env("PAXSCREEN_LOG", "debug")
            .stdout(Stdio::null())
            .stderr(log)
            .spawn()
            .expect("start paxscreen serve");
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .timeout_global(Some(Duration::from_secs(60)))
            .build()
            .into();
        let mut service = Service {
            child: Some(child),
            url: format!("http://127.0.0.1:{port}"),
            dir: dir.to_path_buf(),
            name: name.to_owned(),
            agent,
        };
        let deadline = Instant::now() + Duration::from_secs(60);
        while Instant::now() < deadline {
            if service
                .get("/readyz", None)
                .is_some_and(|a| a.status == 200)
            {
                return service;
            }
            if let Some(child) = service.child.as_mut() {
                if let Ok(Some(status)) = child.try_wait() {
                    panic!("paxscreen serve exited with {status}: {}", service.log());
                }
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!("paxscreen serve not ready after 60 s: {}", service.log());
    }

    /// Returns what the service wrote on standard error.
    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join(format!("{}.log", self.name))).unwrap_or_default()
    }

    /// Returns the process id, while running.
    pub fn pid(&self) -> Option<u32> {
        self.child.as_ref().map(Child::id)
    }

    /// Returns the value of a metric sample, such as
    /// `paxscreen_inputs_total{source="kafka",outcome="screened"}`; `None` when absent.
    pub fn metric(&self, sample: &str) -> Option<f64> {
        let text = self.get("/metrics", None)?.body;
        text.lines()
            .find_map(|line| line.strip_prefix(sample)?.strip_prefix(' ')?.parse().ok())
    }

    /// Kills the process with SIGKILL: no draining, no commit.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            child.kill().ok();
            child.wait().ok();
        }
    }

    fn answer(response: Result<ureq::http::Response<ureq::Body>, ureq::Error>) -> Option<Answer> {
        let mut response = response.ok()?;
        let status = response.status().as_u16();
        let body = response.body_mut().read_to_string().unwrap_or_default();
        Some(Answer { status, body })
    }

    /// GETs `path`, with a bearer key if given; `None` when the service does not answer.
    pub fn get(&self, path: &str, key: Option<&str>) -> Option<Answer> {
        let mut request = self.agent.get(format!("{}{path}", self.url));
        if let Some(key) = key {
            request = request.header("Authorization", format!("Bearer {key}"));
        }
        Service::answer(request.call())
    }

    /// POSTs `body` to `path` with a bearer key.
    ///
    /// # Panics
    /// Panics when the service does not answer.
    pub fn post(&self, path: &str, key: &str, body: &[u8]) -> Answer {
        let request = self
            .agent
            .post(format!("{}{path}", self.url))
            .header("Authorization", format!("Bearer {key}"));
        Service::answer(request.send(body)).expect("the service answers")
    }

    /// POSTs `body` to `path` with a bearer key and extra headers.
    ///
    /// # Panics
    /// Panics when the service does not answer.
    pub fn post_with(
        &self,
        path: &str,
        key: &str,
        body: &[u8],
        headers: &[(&str, &str)],
    ) -> Answer {
        let mut request = self
            .agent
            .post(format!("{}{path}", self.url))
            .header("Authorization", format!("Bearer {key}"));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        Service::answer(request.send(body)).expect("the service answers")
    }

    /// Sends SIGTERM and waits for the process; returns true when it exited successfully.
    pub fn stop(&mut self) -> bool {
        let Some(mut child) = self.child.take() else {
            return false;
        };
        // If kill cannot run, the wait below times out and the child is killed.
        Command::new("kill")
            .args(["-TERM", &child.id().to_string()])
            .status()
            .ok();
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if let Ok(Some(status)) = child.try_wait() {
                return status.success();
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        child.kill().ok();
        false
    }
}

impl Drop for Service {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            child.kill().ok();
            child.wait().ok();
        }
    }
}
