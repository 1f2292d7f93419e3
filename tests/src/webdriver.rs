//! A small W3C WebDriver client over the tests' HTTP client, enough for the browser tests: a
//! chromedriver process ([`Chromedriver`]) and a headless Chromium session driven through it
//! ([`Browser`]): navigate, find and wait for elements by CSS selector, click, type, press keys,
//! run scripts, take screenshots and read the console.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// The key of an element reference in W3C WebDriver.
const ELEMENT: &str = "element-6066-11e4-a52e-4f735466cecf";
/// How long a wait lasts.
const WAIT: Duration = Duration::from_secs(30);

fn agent() -> ureq::Agent {
    ureq::Agent::config_builder()
        .http_status_as_error(false)
        .timeout_global(Some(Duration::from_secs(120)))
        .build()
        .into()
}

/// A chromedriver process on a free loopback port, killed when dropped.
#[derive(Debug)]
pub struct Chromedriver {
    child: Child,
    url: String,
    log: PathBuf,
}

impl Chromedriver {
    /// Starts chromedriver and waits until it is ready.
    ///
    /// # Panics
    /// When it does not start or is not ready within 30 s.
    pub fn start(path: &Path, log: &Path) -> Chromedriver {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map(|a| a.port())
            .expect("a free port");
        let child = Command::new(path)
            .arg(format!("--port={port}"))
            .arg(format!("--log-path={}", log.display()))
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start {}: {e}", path.display()));
        let mut driver = Chromedriver {
            child,
            url: format!("http://127.0.0.1:{port}"),
            log: log.to_path_buf(),
        };
        let agent = agent();
        let deadline = Instant::now() + WAIT;
        loop {
            let ready = agent
                .get(format!("{}/status", driver.url))
                .call()
                .ok()
                .and_then(|mut r| r.body_mut().read_to_string().ok())
                .and_then(|body| serde_json::from_str::<Value>(&body).ok())
                .is_some_and(|status| status["value"]["ready"] == true);
            if ready {
                return driver;
            }
            if let Ok(Some(status)) = driver.child.try_wait() {
                panic!("chromedriver exited with {status}: {}", driver.log());
            }
            assert!(
                Instant::now() < deadline,
                "chromedriver not ready: {}",
                driver.log()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for Chromedriver {
    fn drop(&mut self) {
        self.child.kill().ok();
        self.child.wait().ok();
    }
}

/// A browser session (headless Chromium), closed when dropped.
#[derive(Debug)]
pub struct Browser {
    agent: ureq::Agent,
    session: String,
    closed: bool,
    failure_screenshot: PathBuf,
}

impl Browser {
    /// Opens headless Chromium (`chromium`: its binary, else chromedriver's choice) with a
    /// fresh profile in `profile`; a failed wait or command saves a screenshot as
    /// `failure_screenshot`.
    ///
    /// # Panics
    /// When no session can be created.
    pub fn open(
        driver: &Chromedriver,
        chromium: Option<&Path>,
        profile: &Path,
        failure_screenshot: PathBuf,
    ) -> Browser {
        let mut options = json!({
            "args": [
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--window-size=1400,900",
                "--lang=en-GB",
                format!("--user-data-dir={}", profile.display()),
            ],
        });
        if let Some(binary) = chromium {
            options["binary"] = Value::from(binary.display().to_string());
        }
        let capabilities = json!({
            "capabilities": {
                "alwaysMatch": {
                    "browserName": "chrome",
                    "goog:loggingPrefs": { "browser": "ALL" },
                    "goog:chromeOptions": options,
                }
            }
        });
        let agent = agent();
        let url = format!("{}/session", driver.url);
        let answer = call(&agent, "POST", &url, Some(&capabilities))
            .unwrap_or_else(|e| panic!("no browser session ({e}): {}", driver.log()));
        let session = answer["sessionId"]
            .as_str()
            .unwrap_or_else(|| panic!("no session id in {answer}"));
        Browser {
            agent,
            session: format!("{}/session/{session}", driver.url),
            closed: false,
            failure_screenshot,
        }
    }

    /// Sends a command of the session; `Err` with WebDriver's error.
    fn command(&self, method: &str, path: &str, body: Option<&Value>) -> Result<Value, String> {
        call(
            &self.agent,
            method,
            &format!("{}{path}", self.session),
            body,
        )
    }

    fn must(&self, method: &str, path: &str, body: Option<&Value>) -> Value {
        self.command(method, path, body)
            .unwrap_or_else(|e| panic!("WebDriver {method} {path}: {e}\n{}", self.page_state()))
    }

    /// Navigates to `url`.
    pub fn goto(&self, url: &str) {
        self.must("POST", "/url", Some(&json!({ "url": url })));
    }

    /// Returns the first element matching a CSS selector, if any.
    pub fn find(&self, css: &str) -> Option<String> {
        let body = json!({ "using": "css selector", "value": css });
        let found = self.command("POST", "/element", Some(&body)).ok()?;
        found[ELEMENT].as_str().map(str::to_owned)
    }

    /// Waits for an element matching a CSS selector; returns it.
    ///
    /// # Panics
    /// After 30 s, with the page's text and console.
    pub fn wait_for(&self, what: &str, css: &str) -> String {
        let mut found = None;
        self.wait_until(what, |b| {
            found = b.find(css);
            found.is_some()
        });
        found.unwrap_or_default()
    }

    /// Waits until `done` holds.
    ///
    /// # Panics
    /// After 30 s, with the page's text and console.
    pub fn wait_until(&self, what: &str, mut done: impl FnMut(&Browser) -> bool) {
        let deadline = Instant::now() + WAIT;
        while Instant::now() < deadline {
            if done(self) {
                return;
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("timed out waiting for {what}\n{}", self.page_state());
    }

    /// Clicks the first element matching a CSS selector.
    pub fn click(&self, css: &str) {
        let element = self.wait_for(css, css);
        self.must(
            "POST",
            &format!("/element/{element}/click"),
            Some(&json!({})),
        );
    }

    /// Types into the first element matching a CSS selector.
    pub fn type_into(&self, css: &str, text: &str) {
        let element = self.wait_for(css, css);
        self.must(
            "POST",
            &format!("/element/{element}/value"),
            Some(&json!({ "text": text })),
        );
    }

    /// Presses keys (WebDriver key codes: "\u{E007}" Enter, "\u{E00C}" Escape) on the
    /// focused element.
    pub fn press(&self, keys: &str) {
        let actions: Vec<Value> = keys
            .chars()
            .flat_map(|key| {
                [
                    json!({ "type": "keyDown", "value": key.to_string() }),
                    json!({ "type": "keyUp", "value": key.to_string() }),
                ]
            })
            .collect();
        let body = json!({
            "actions": [{ "type": "key", "id": "keyboard", "actions": actions }]
        });
        self.must("POST", "/actions", Some(&body));
    }

    /// Runs a script in the page; returns its value.
    pub fn execute(&self, script: &str) -> Value {
        self.execute_with(script, &[])
    }

    /// Runs a script with arguments (`arguments[0]`…); returns its value.
    pub fn execute_with(&self, script: &str, args: &[Value]) -> Value {
        self.must(
            "POST",
            "/execute/sync",
            Some(&json!({ "script": script, "args": args })),
        )
    }

    /// Saves a screenshot of the viewport as PNG.
    pub fn screenshot(&self, path: &Path) {
        let encoded = self.must("GET", "/screenshot", None);
        let png = base64_decode(encoded.as_str().unwrap_or_default())
            .unwrap_or_else(|| panic!("the screenshot is not base64"));
        std::fs::write(path, png).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    }

    /// Saves a screenshot of the whole page as PNG: the window is made as tall as the
    /// page for the shot (up to 6,000 pixels), then put back.
    pub fn screenshot_full_page(&self, path: &Path) {
        let rect = self.must("GET", "/window/rect", None);
        let sizes = self.execute(
            "window.scrollTo(0, 0); \
             return [document.documentElement.scrollHeight, \
                     window.outerHeight - window.innerHeight];",
        );
        let page = sizes[0].as_u64().unwrap_or(900);
        let frame = sizes[1].as_u64().unwrap_or(0);
        let tall = json!({ "width": rect["width"], "height": (page + frame).min(6000) });
        self.must("POST", "/window/rect", Some(&tall));
        std::thread::sleep(Duration::from_millis(300));
        self.screenshot(path);
        let back = json!({ "width": rect["width"], "height": rect["height"] });
        self.must("POST", "/window/rect", Some(&back));
    }

    /// The browser's console so far: (level, message).
    pub fn console(&self) -> Vec<(String, String)> {
        let body = json!({ "type": "browser" });
        let logs = self
            .command("POST", "/se/log", Some(&body))
            .unwrap_or_default();
        logs.as_array()
            .into_iter()
            .flatten()
            .map(|entry| {
                (
                    entry["level"].as_str().unwrap_or_default().to_owned(),
                    entry["message"].as_str().unwrap_or_default().to_owned(),
                )
            })
            .collect()
    }

    /// The page's address, text and console, for a failure message.
    fn page_state(&self) -> String {
        let text = self
            .command(
                "POST",
                "/execute/sync",
                Some(&json!({
                    "script": "return location.href + '\\n' + document.body.innerText",
                    "args": [],
                })),
            )
            .map(|v| v.as_str().unwrap_or_default().to_owned())
            .unwrap_or_else(|e| format!("(page not readable: {e})"));
        let console = self
            .console()
            .into_iter()
            .map(|(level, message)| format!("{level} {message}"))
            .collect::<Vec<_>>()
            .join("\n");
        let shot = match self.command("GET", "/screenshot", None) {
            Ok(encoded) => base64_decode(encoded.as_str().unwrap_or_default())
                .and_then(|png| std::fs::write(&self.failure_screenshot, png).ok())
                .map(|()| format!("screenshot: {}", self.failure_screenshot.display()))
                .unwrap_or_default(),
            Err(e) => format!("(no screenshot: {e})"),
        };
        format!("--- page ---\n{text}\n--- console ---\n{console}\n{shot}")
    }

    /// Closes the browser.
    pub fn quit(mut self) {
        self.close();
    }

    fn close(&mut self) {
        if !self.closed {
            self.closed = true;
            call(&self.agent, "DELETE", &self.session, None).ok();
        }
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        self.close();
    }
}

/// One WebDriver request; the answer's `value`, or its error.
fn call(
    agent: &ureq::Agent,
    method: &str,
    url: &str,
    body: Option<&Value>,
) -> Result<Value, String> {
    let response = match method {
        "GET" => agent.get(url).call(),
        "DELETE" => agent.delete(url).call(),
        _ => agent
            .post(url)
            .header("Content-Type", "application/json")
            .send(body.unwrap_or(&json!({})).to_string()),
    };
    let mut response = response.map_err(|e| format!("{method} {url}: {e}"))?;
    let status = response.status().as_u16();
    let text = response
        .body_mut()
        .with_config()
        .limit(64 * 1024 * 1024)
        .read_to_string()
        .map_err(|e| format!("{method} {url}: {e}"))?;
    let answer: Value =
        serde_json::from_str(&text).map_err(|e| format!("{method} {url}: {e}: {text}"))?;
    let value = answer.get("value").cloned().unwrap_or(Value::Null);
    if status == 200 {
        Ok(value)
    } else {
        Err(format!(
            "{status} {}: {}",
            value["error"].as_str().unwrap_or_default(),
            value["message"].as_str().unwrap_or(&text)
        ))
    }
}

/// Decodes standard base64 (padding and whitespace allowed).
fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let mut bytes = Vec::with_capacity(text.len() * 3 / 4);
    let (mut buffer, mut bits) = (0u32, 0u32);
    for c in text.bytes() {
        let value = match c {
            b'A'..=b'Z' => c - b'A',
            b'a'..=b'z' => c - b'a' + 26,
            b'0'..=b'9' => c - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' | b'\n' | b'\r' | b' ' => continue,
            _ => return None,
        };
        buffer = (buffer << 6) | u32::from(value);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            bytes.push((buffer >> bits) as u8);
            buffer &= (1 << bits) - 1;
        }
    }
    Some(bytes)
}
