//! `talkbot debugger`: serve the signature debugger page (static files: the page and the
//! component transpiled by jco) on loopback. The page computes everything in the browser; this
//! only hands out files — from the binary itself (the page and its transpiled component are
//! embedded, so an installed talkbot needs no checkout and no Node), or from `--dir`.

use std::convert::Infallible;
use std::net::SocketAddr;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use anyhow::{Result, bail};
use http_body_util::Full;
use hyper::body::{Bytes, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Method, Request, Response, StatusCode, header};
use hyper_util::rt::{TokioIo, TokioTimer};
use tokio::net::TcpListener;
use tokio::sync::Semaphore;

/// Where the page is in a checkout of talkbot.
pub const DEFAULT_DIR: &str = "component/examples/debugger";

/// The page as built into the binary: `component/examples/debugger`, whose `talkbot/` is the
/// jco transpilation of this component (kept current by `npm run build:debugger`; a test
/// compares it with a fresh transpilation).
const EMBEDDED: &[(&str, &[u8])] = &[
    (
        "index.html",
        include_bytes!("../../component/examples/debugger/index.html"),
    ),
    (
        "debugger.mjs",
        include_bytes!("../../component/examples/debugger/debugger.mjs"),
    ),
    (
        "favicon.svg",
        include_bytes!("../../component/examples/debugger/favicon.svg"),
    ),
    (
        "talkbot/talkbot.js",
        include_bytes!("../../component/examples/debugger/talkbot/talkbot.js"),
    ),
    (
        "talkbot/talkbot.core.wasm",
        include_bytes!("../../component/examples/debugger/talkbot/talkbot.core.wasm"),
    ),
    (
        "talkbot/talkbot.core2.wasm",
        include_bytes!("../../component/examples/debugger/talkbot/talkbot.core2.wasm"),
    ),
    (
        "talkbot/talkbot.core3.wasm",
        include_bytes!("../../component/examples/debugger/talkbot/talkbot.core3.wasm"),
    ),
];

/// Where the page's files come from.
#[derive(Debug, Clone)]
pub enum Source {
    /// Built into the binary.
    Embedded,
    /// A folder (a checkout's `component/examples/debugger`, while working on the page).
    Dir(PathBuf),
}

/// Check that `dir` holds the page and the transpiled component.
pub fn check_dir(dir: &Path) -> Result<()> {
    if !dir.join("index.html").is_file() {
        bail!(
            "{} has no index.html: pass --dir <talkbot checkout>/{DEFAULT_DIR}",
            dir.display()
        );
    }
    if !dir.join("talkbot/talkbot.js").is_file() {
        bail!(
            "the component has not been transpiled for the page yet: run `npm install && npm run build:debugger` in component/examples/node (after `cargo build`)"
        );
    }
    Ok(())
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js" | "mjs") => "text/javascript; charset=utf-8",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css; charset=utf-8",
        Some("json") => "application/json",
        Some("svg") => "image/svg+xml",
        _ => "application/octet-stream",
    }
}

fn answer(status: StatusCode, text: &str) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(format!("{text}\n"))));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        header::HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
}

/// The file for a request path, if it names one inside `root` (no `..`, no absolute paths).
fn resolve(root: &Path, request_path: &str) -> Option<PathBuf> {
    let relative = request_path.trim_start_matches('/');
    let relative = if relative.is_empty() || relative.ends_with('/') {
        format!("{relative}index.html")
    } else {
        relative.to_string()
    };
    let path = Path::new(&relative);
    if !path.components().all(|c| matches!(c, Component::Normal(_))) {
        return None;
    }
    Some(root.join(path))
}

async fn handle(source: &Source, request: Request<Incoming>) -> Response<Full<Bytes>> {
    if request.method() != Method::GET && request.method() != Method::HEAD {
        return answer(
            StatusCode::METHOD_NOT_ALLOWED,
            "only GET: this serves static files",
        );
    }
    let root = match source {
        Source::Dir(dir) => dir.as_path(),
        Source::Embedded => Path::new(""),
    };
    let Some(path) = resolve(root, request.uri().path()) else {
        return answer(StatusCode::BAD_REQUEST, "invalid path");
    };
    let bytes = match source {
        Source::Dir(_) => tokio::fs::read(&path).await.map_err(|_| ()),
        Source::Embedded => EMBEDDED
            .iter()
            .find(|(name, _)| Path::new(name) == path)
            .map(|(_, bytes)| bytes.to_vec())
            .ok_or(()),
    };
    match bytes {
        Ok(bytes) => {
            let mut response = Response::new(Full::new(Bytes::from(bytes)));
            let headers = response.headers_mut();
            headers.insert(
                header::CONTENT_TYPE,
                header::HeaderValue::from_static(content_type(&path)),
            );
            headers.insert(
                header::CACHE_CONTROL,
                header::HeaderValue::from_static("no-store"),
            );
            // The page needs nothing from elsewhere; say so to the browser.
            headers.insert(
                header::CONTENT_SECURITY_POLICY,
                header::HeaderValue::from_static(
                    "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'; connect-src 'self'",
                ),
            );
            response
        }
        Err(_) => answer(StatusCode::NOT_FOUND, "not found"),
    }
}

/// Slow clients are cut off after this.
const HEADER_TIMEOUT: Duration = Duration::from_secs(10);
/// Connections served at once (the page is a handful of files).
const MAX_CONNECTIONS: usize = 256;

/// Serve `dir` on `listen` until the process ends; prints the URL once listening. Accept
/// errors (out of file descriptors) pause the loop instead of ending it.
pub async fn serve(source: Source, listen: SocketAddr) -> Result<()> {
    if let Source::Dir(dir) = &source {
        check_dir(dir)?;
    }
    let listener = TcpListener::bind(listen).await?;
    println!(
        "signature debugger at http://{}/ (Ctrl-C to stop)",
        listener.local_addr()?
    );
    let source = Arc::new(source);
    let connections = Arc::new(Semaphore::new(MAX_CONNECTIONS));
    loop {
        let Ok(permit) = connections.clone().acquire_owned().await else {
            return Ok(());
        };
        let stream = match listener.accept().await {
            Ok((stream, _)) => stream,
            Err(e) => {
                tracing::warn!("accept failed: {e}");
                tokio::time::sleep(Duration::from_millis(100)).await;
                continue;
            }
        };
        let source = source.clone();
        tokio::spawn(async move {
            let service = service_fn(move |request| {
                let source = source.clone();
                async move { Ok::<_, Infallible>(handle(&source, request).await) }
            });
            let _ = http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(HEADER_TIMEOUT)
                .serve_connection(TokioIo::new(stream), service)
                .await;
            drop(permit);
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_stay_inside_the_root() {
        let root = Path::new("/srv/page");
        assert_eq!(resolve(root, "/"), Some(root.join("index.html")));
        assert_eq!(
            resolve(root, "/talkbot/talkbot.js"),
            Some(root.join("talkbot/talkbot.js"))
        );
        assert_eq!(resolve(root, "/../secret"), None);
        assert_eq!(resolve(root, "/talkbot/../../x"), None);
        // Leading slashes never escape: this is a file inside the root.
        assert_eq!(resolve(root, "//etc/passwd"), Some(root.join("etc/passwd")));
    }
}
