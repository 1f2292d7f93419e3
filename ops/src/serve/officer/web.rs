//! The officers' web page: one HTML page, its script modules, style sheet and icon, embedded in
//! the binary and served under `/officer/`. Plain HTML, CSS and JavaScript modules (no build
//! step, nothing loaded from elsewhere): the page loads `main.js`, which imports the other
//! modules by relative paths; the page talks to the API under `/v1/officer` with the session
//! cookie. Every answer carries a strict Content-Security-Policy: no inline script or style, no
//! other origin, no framing.

use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

/// The page.
const INDEX_HTML: &str = include_str!("web/index.html");

/// Content type of the script modules.
const JAVASCRIPT: &str = "text/javascript; charset=utf-8";

/// A file of `web/` with its content type, served as `/officer/<name>`.
macro_rules! web_file {
    ($name:literal, $content_type:expr) => {
        ($name, $content_type, include_str!(concat!("web/", $name)))
    };
}

/// The page's assets: (name under `/officer/`, content type, content). `main.js` starts the
/// page and imports the other modules.
const ASSETS: &[(&str, &str, &str)] = &[
    web_file!("main.js", JAVASCRIPT),
    web_file!("state.js", JAVASCRIPT),
    web_file!("dom.js", JAVASCRIPT),
    web_file!("format.js", JAVASCRIPT),
    web_file!("widgets.js", JAVASCRIPT),
    web_file!("countdown.js", JAVASCRIPT),
    web_file!("api.js", JAVASCRIPT),
    web_file!("router.js", JAVASCRIPT),
    web_file!("login.js", JAVASCRIPT),
    web_file!("session.js", JAVASCRIPT),
    web_file!("live.js", JAVASCRIPT),
    web_file!("queue.js", JAVASCRIPT),
    web_file!("detail.js", JAVASCRIPT),
    web_file!("evidence.js", JAVASCRIPT),
    web_file!("detail-cards.js", JAVASCRIPT),
    web_file!("actions.js", JAVASCRIPT),
    web_file!("action-dialog.js", JAVASCRIPT),
    web_file!("shortcuts.js", JAVASCRIPT),
    web_file!("audit.js", JAVASCRIPT),
    web_file!("accounts.js", JAVASCRIPT),
    web_file!("app.css", "text/css; charset=utf-8"),
    web_file!("favicon.svg", "image/svg+xml"),
];

/// The Content-Security-Policy of every answer under `/officer`.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'self'; img-src 'self' data:; \
     style-src 'self'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";

/// Headers every answer of the page carries.
fn security_headers() -> [(HeaderName, HeaderValue); 4] {
    [
        (
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        ),
        (
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ),
        (
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ),
        (header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")),
    ]
}

/// An embedded file with its content type. The page is never cached (it is the entry point of
/// a new version); the assets are revalidated on each load (they carry no version in their
/// names).
fn asset(content_type: &'static str, cache: &'static str, body: &'static str) -> Response {
    (
        StatusCode::OK,
        security_headers(),
        [
            (header::CONTENT_TYPE, HeaderValue::from_static(content_type)),
            (header::CACHE_CONTROL, HeaderValue::from_static(cache)),
        ],
        body,
    )
        .into_response()
}

async fn index() -> Response {
    asset("text/html; charset=utf-8", "no-store", INDEX_HTML)
}

/// `/officer` → `/officer/`, so that the page's relative links resolve under `/officer/`.
async fn to_index() -> Response {
    (
        StatusCode::PERMANENT_REDIRECT,
        security_headers(),
        [(header::LOCATION, HeaderValue::from_static("/officer/"))],
    )
        .into_response()
}

/// Routes of the page: `GET /officer/` (the page), `/officer/<asset>` for each of [`ASSETS`]
/// (script modules, style sheet, icon), and `GET /officer` → redirect to `/officer/`.
pub fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    let mut router = Router::new()
        .route("/officer", get(to_index))
        .route("/officer/", get(index))
        .route("/officer/index.html", get(index));
    for &(name, content_type, body) in ASSETS {
        router = router.route(
            &format!("/officer/{name}"),
            get(move || async move { asset(content_type, "no-cache", body) }),
        );
    }
    router
}

#[cfg(test)]
mod tests {
    use std::io::{Read, Write};

    use super::*;

    /// Serves the routes on a loopback port and returns the raw HTTP answer to `GET path`.
    fn get_raw(path: &str) -> String {
        let runtime = tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .unwrap();
        let listener = runtime
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .unwrap();
        let address = listener.local_addr().unwrap();
        runtime.spawn(async move { axum::serve(listener, routes::<()>()).await });
        let mut stream = std::net::TcpStream::connect(address).unwrap();
        write!(
            stream,
            "GET {path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n"
        )
        .unwrap();
        let mut answer = String::new();
        stream.read_to_string(&mut answer).unwrap();
        answer
    }

    /// Returns the status and the headers (lower-case names) of a raw answer.
    fn head(answer: &str) -> (u16, Vec<(String, String)>) {
        let head = answer.split("\r\n\r\n").next().unwrap();
        let mut lines = head.lines();
        let status = lines
            .next()
            .unwrap()
            .split(' ')
            .nth(1)
            .unwrap()
            .parse()
            .unwrap();
        let headers = lines
            .filter_map(|line| line.split_once(':'))
            .map(|(name, value)| (name.trim().to_ascii_lowercase(), value.trim().to_owned()))
            .collect();
        (status, headers)
    }

    fn header_of<'a>(headers: &'a [(String, String)], name: &str) -> Option<&'a str> {
        headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The script modules: (name, content).
    fn scripts() -> impl Iterator<Item = (&'static str, &'static str)> {
        ASSETS
            .iter()
            .filter(|(name, _, _)| name.ends_with(".js"))
            .map(|&(name, _, body)| (name, body))
    }

    /// The relative paths a module imports (`import … from "./x.js";`), one import a line.
    fn imports_of(script: &str) -> Vec<&str> {
        script
            .lines()
            .filter(|line| line.starts_with("import "))
            .filter_map(|line| line.split('"').nth(1))
            .collect()
    }

    #[test]
    fn each_asset_has_its_content_type_and_the_security_headers() {
        let pages = [
            ("/officer/".to_owned(), "text/html; charset=utf-8"),
            ("/officer/index.html".to_owned(), "text/html; charset=utf-8"),
        ];
        let assets = ASSETS
            .iter()
            .map(|&(name, content_type, _)| (format!("/officer/{name}"), content_type));
        for (path, content_type) in pages.into_iter().chain(assets) {
            let answer = get_raw(&path);
            let (status, headers) = head(&answer);
            assert_eq!(status, 200, "{path}: {answer}");
            assert_eq!(
                header_of(&headers, "content-type"),
                Some(content_type),
                "{path}"
            );
            if path.ends_with(".js") {
                assert_eq!(content_type, "text/javascript; charset=utf-8", "{path}");
            }
            assert_eq!(
                header_of(&headers, "content-security-policy"),
                Some(CONTENT_SECURITY_POLICY),
                "{path}"
            );
            assert_eq!(
                header_of(&headers, "x-content-type-options"),
                Some("nosniff")
            );
            assert_eq!(header_of(&headers, "referrer-policy"), Some("no-referrer"));
            let cache = header_of(&headers, "cache-control");
            if content_type.starts_with("text/html") {
                assert_eq!(cache, Some("no-store"), "{path}");
            } else {
                assert!(cache.is_some(), "{path}");
            }
        }
        assert_eq!(head(&get_raw("/officer/nothing.js")).0, 404);
    }

    #[test]
    fn every_file_of_the_web_folder_is_served() {
        let folder = concat!(env!("CARGO_MANIFEST_DIR"), "/src/serve/officer/web");
        let mut files: Vec<String> = std::fs::read_dir(folder)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name != "index.html")
            .collect();
        files.sort();
        let mut served: Vec<String> = ASSETS.iter().map(|(name, _, _)| name.to_string()).collect();
        served.sort();
        assert_eq!(files, served, "the files of web/ and the assets differ");
    }

    #[test]
    fn every_module_is_imported_from_main_js_by_a_relative_path() {
        let names: Vec<&str> = scripts().map(|(name, _)| name).collect();
        let mut reached = vec!["main.js"];
        let mut next = 0;
        while let Some(&name) = reached.get(next) {
            next += 1;
            let (_, script) = scripts().find(|&(n, _)| n == name).unwrap();
            for path in imports_of(script) {
                let imported = path
                    .strip_prefix("./")
                    .unwrap_or_else(|| panic!("{name} imports {path}: not a relative path"));
                assert!(
                    names.contains(&imported),
                    "{name} imports {path}: not served"
                );
                if !reached.contains(&imported) {
                    reached.push(imported);
                }
            }
        }
        for name in names {
            assert!(
                reached.contains(&name),
                "{name} is not imported from main.js"
            );
        }
    }

    #[test]
    fn the_bare_path_redirects_to_the_page() {
        let (status, headers) = head(&get_raw("/officer"));
        assert_eq!(status, 308);
        assert_eq!(header_of(&headers, "location"), Some("/officer/"));
    }

    #[test]
    fn the_page_loads_only_its_own_assets_and_has_no_inline_code() {
        // (The icon names the SVG namespace by a URL it never loads.)
        let texts = ASSETS
            .iter()
            .filter(|(name, _, _)| *name != "favicon.svg")
            .map(|&(name, _, body)| (name, body))
            .chain([("index.html", INDEX_HTML)]);
        for (name, text) in texts {
            assert!(!text.contains("http://"), "{name}: an absolute http URL");
            assert!(!text.contains("https://"), "{name}: an absolute https URL");
            assert!(!text.contains("//cdn"), "{name}: a CDN");
        }
        // No inline script, style element, style attribute or event-handler attribute: the
        // CSP would block them.
        let lower = INDEX_HTML.to_ascii_lowercase();
        assert!(!lower.contains("<style"));
        assert!(!lower.contains(" style="));
        assert!(!lower.contains(" onclick="));
        assert!(!lower.contains(" onload="));
        assert_eq!(lower.matches("<script").count(), 1, "one script");
        assert!(
            lower.contains("<script type=\"module\" src=\"main.js\"></script>"),
            "the script is the module main.js"
        );
        for asset in ["main.js", "app.css", "favicon.svg"] {
            assert!(INDEX_HTML.contains(asset), "{asset} is referenced");
        }
        // Data are written as text, never parsed as HTML; no code is made from text.
        for (name, script) in scripts() {
            for sink in [
                "innerHTML",
                "outerHTML",
                "insertAdjacentHTML",
                "document.write",
                "eval(",
                "new Function",
            ] {
                assert!(!script.contains(sink), "{name} uses {sink}");
            }
        }
    }
}
