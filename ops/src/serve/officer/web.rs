//! The officers' web page: one HTML page, its script, style sheet and icon, embedded in the
//! binary and served under `/officer/`. Plain HTML, CSS and JavaScript (no build step, nothing
//! loaded from elsewhere); the page talks to the API under `/v1/officer` with the session
//! cookie. Every answer carries a strict Content-Security-Policy: no inline script or style, no
//! other origin, no framing.

use axum::http::{header, HeaderName, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::Router;

/// The page.
const INDEX_HTML: &str = include_str!("web/index.html");
/// Its script.
const APP_JS: &str = include_str!("web/app.js");
/// Its style sheet.
const APP_CSS: &str = include_str!("web/app.css");
/// Its icon.
const FAVICON_SVG: &str = include_str!("web/favicon.svg");

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

async fn app_js() -> Response {
    asset("text/javascript; charset=utf-8", "no-cache", APP_JS)
}

async fn app_css() -> Response {
    asset("text/css; charset=utf-8", "no-cache", APP_CSS)
}

async fn favicon() -> Response {
    asset("image/svg+xml", "no-cache", FAVICON_SVG)
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

/// Routes of the page: `GET /officer/` (the page), `/officer/app.js`, `/officer/app.css`,
/// `/officer/favicon.svg`, and `GET /officer` → redirect to `/officer/`.
pub fn routes<S: Clone + Send + Sync + 'static>() -> Router<S> {
    Router::new()
        .route("/officer", get(to_index))
        .route("/officer/", get(index))
        .route("/officer/index.html", get(index))
        .route("/officer/app.js", get(app_js))
        .route("/officer/app.css", get(app_css))
        .route("/officer/favicon.svg", get(favicon))
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

    #[test]
    fn each_asset_has_its_content_type_and_the_security_headers() {
        for (path, content_type) in [
            ("/officer/", "text/html; charset=utf-8"),
            ("/officer/index.html", "text/html; charset=utf-8"),
            ("/officer/app.js", "text/javascript; charset=utf-8"),
            ("/officer/app.css", "text/css; charset=utf-8"),
            ("/officer/favicon.svg", "image/svg+xml"),
        ] {
            let answer = get_raw(path);
            let (status, headers) = head(&answer);
            assert_eq!(status, 200, "{path}: {answer}");
            assert_eq!(header_of(&headers, "content-type"), Some(content_type));
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
    fn the_bare_path_redirects_to_the_page() {
        let (status, headers) = head(&get_raw("/officer"));
        assert_eq!(status, 308);
        assert_eq!(header_of(&headers, "location"), Some("/officer/"));
    }

    #[test]
    fn the_page_loads_only_its_own_assets_and_has_no_inline_code() {
        for text in [INDEX_HTML, APP_JS, APP_CSS] {
            assert!(!text.contains("http://"), "an absolute http URL");
            assert!(!text.contains("https://"), "an absolute https URL");
            assert!(!text.contains("//cdn"), "a CDN");
        }
        // No inline script, style element, style attribute or event-handler attribute: the
        // CSP would block them.
        let lower = INDEX_HTML.to_ascii_lowercase();
        assert!(!lower.contains("<style"));
        assert!(!lower.contains(" style="));
        assert!(!lower.contains(" onclick="));
        assert!(!lower.contains(" onload="));
        assert_eq!(
            lower.matches("<script").count(),
            lower.matches("<script src=\"app.js\"").count(),
            "every script is app.js"
        );
        for asset in ["app.js", "app.css", "favicon.svg"] {
            assert!(INDEX_HTML.contains(asset), "{asset} is referenced");
        }
        // Data are written as text, never parsed as HTML.
        for sink in [
            "innerHTML",
            "outerHTML",
            "insertAdjacentHTML",
            "document.write",
        ] {
            assert!(!APP_JS.contains(sink), "app.js uses {sink}");
        }
        assert!(!APP_JS.contains("eval("), "app.js uses eval");
    }
}
