//! A Spin host for tests, without the Spin CLI: the composed component
//! (`target/talkbot-spin.wasm`) served the way Spin serves it — wasmtime-wasi-http's
//! `ProxyPre`, one fresh instance per request that keeps running after its response is set,
//! plus Spin's `variables` and `sqlite` interfaces as the Spin host implements them (rusqlite,
//! as Spin's in-process SQLite, on a file or in memory).
//!
//! In-process for `spin.rs` and `parity.rs` ([`spin_up`]); as a process of its own
//! (`talkbot-spin-harness`, the `spin up` stand-in) for the tests that SIGKILL it or run two
//! on one SQLite file (`spin_durable.rs`).

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use hyper::server::conn::http1;
use talkbot_spin_artifact::SPIN_COMPONENT;
use wasmtime::component::{
    Component, ComponentType, Lift, Linker, Lower, Resource, ResourceTable, ResourceType,
};
use wasmtime::{Config, Engine, Store};
use wasmtime_wasi::{WasiCtx, WasiCtxView, WasiView};
use wasmtime_wasi_http::io::TokioIo;
use wasmtime_wasi_http::p2::bindings::ProxyPre;
use wasmtime_wasi_http::p2::bindings::http::types::Scheme;
use wasmtime_wasi_http::{WasiHttpCtx, WasiHttpCtxView, WasiHttpView};

/// `fermyon:spin/variables@2.0.0` `error`.
#[derive(ComponentType, Lift, Lower, Debug, Clone)]
#[component(variant)]
enum VariableError {
    #[component(name = "invalid-name")]
    InvalidName(String),
    #[component(name = "undefined")]
    Undefined(String),
    #[component(name = "provider")]
    Provider(String),
    #[component(name = "other")]
    Other(String),
}

/// `fermyon:spin/sqlite@2.0.0` `error`.
#[derive(ComponentType, Lift, Lower, Debug, Clone)]
#[component(variant)]
enum SqliteError {
    #[component(name = "no-such-database")]
    NoSuchDatabase,
    #[component(name = "access-denied")]
    AccessDenied,
    #[component(name = "invalid-connection")]
    InvalidConnection,
    #[component(name = "database-full")]
    DatabaseFull,
    #[component(name = "io")]
    Io(String),
}

/// `fermyon:spin/sqlite@2.0.0` `value`.
#[derive(ComponentType, Lift, Lower, Debug, Clone)]
#[component(variant)]
enum SqlValue {
    #[component(name = "integer")]
    Integer(i64),
    #[component(name = "real")]
    Real(f64),
    #[component(name = "text")]
    Text(String),
    #[component(name = "blob")]
    Blob(Vec<u8>),
    #[component(name = "null")]
    Null,
}

/// `fermyon:spin/sqlite@2.0.0` `row-result`.
#[derive(ComponentType, Lift, Lower, Debug, Clone)]
#[component(record)]
struct RowResult {
    values: Vec<SqlValue>,
}

/// `fermyon:spin/sqlite@2.0.0` `query-result`.
#[derive(ComponentType, Lift, Lower, Debug, Clone)]
#[component(record)]
struct QueryResult {
    columns: Vec<String>,
    rows: Vec<RowResult>,
}

/// The `connection` resource (one database, `default`, as in `spin.toml`).
struct SqliteConnection;

/// A statement run the way Spin's in-process SQLite runs it (rusqlite, prepare and query).
fn execute(
    conn: &rusqlite::Connection,
    sql: &str,
    params: Vec<SqlValue>,
) -> Result<QueryResult, SqliteError> {
    use rusqlite::types::{Value, ValueRef};
    let io = |e: rusqlite::Error| SqliteError::Io(e.to_string());
    let mut statement = conn.prepare_cached(sql).map_err(io)?;
    let columns: Vec<String> = statement
        .column_names()
        .into_iter()
        .map(str::to_string)
        .collect();
    let params = params.into_iter().map(|v| match v {
        SqlValue::Integer(i) => Value::Integer(i),
        SqlValue::Real(f) => Value::Real(f),
        SqlValue::Text(t) => Value::Text(t),
        SqlValue::Blob(b) => Value::Blob(b),
        SqlValue::Null => Value::Null,
    });
    let mut rows = statement
        .query(rusqlite::params_from_iter(params))
        .map_err(io)?;
    let mut out = Vec::new();
    while let Some(row) = rows.next().map_err(io)? {
        let values = (0..columns.len())
            .map(|i| match row.get_ref(i) {
                Ok(ValueRef::Integer(i)) => SqlValue::Integer(i),
                Ok(ValueRef::Real(f)) => SqlValue::Real(f),
                Ok(ValueRef::Text(t)) => SqlValue::Text(String::from_utf8_lossy(t).into_owned()),
                Ok(ValueRef::Blob(b)) => SqlValue::Blob(b.to_vec()),
                _ => SqlValue::Null,
            })
            .collect();
        out.push(RowResult { values });
    }
    Ok(QueryResult { columns, rows: out })
}

/// What a Spin host provides to one request.
struct SpinState {
    wasi: WasiCtx,
    http: WasiHttpCtx,
    table: ResourceTable,
    variables: Arc<HashMap<String, String>>,
    sqlite: Arc<Mutex<rusqlite::Connection>>,
}

impl WasiView for SpinState {
    fn ctx(&mut self) -> WasiCtxView<'_> {
        WasiCtxView {
            ctx: &mut self.wasi,
            table: &mut self.table,
        }
    }
}

impl WasiHttpView for SpinState {
    fn http(&mut self) -> WasiHttpCtxView<'_> {
        WasiHttpCtxView {
            ctx: &mut self.http,
            table: &mut self.table,
            hooks: Default::default(),
        }
    }
}

/// Spin's `variables` and `sqlite`, as the Spin host implements them.
fn add_spin_interfaces(linker: &mut Linker<SpinState>) -> wasmtime::Result<()> {
    let mut variables = linker.instance("fermyon:spin/variables@2.0.0")?;
    variables.func_wrap(
        "get",
        |store: wasmtime::StoreContextMut<'_, SpinState>, (name,): (String,)| {
            let value = store.data().variables.get(&name).cloned();
            Ok((value.ok_or(VariableError::Undefined(format!("no variable {name}"))),))
        },
    )?;
    let mut sqlite = linker.instance("fermyon:spin/sqlite@2.0.0")?;
    sqlite.resource(
        "connection",
        ResourceType::host::<SqliteConnection>(),
        |_, _| Ok(()),
    )?;
    sqlite.func_wrap(
        "[static]connection.open",
        |mut store: wasmtime::StoreContextMut<'_, SpinState>, (name,): (String,)| {
            let opened: Result<Resource<SqliteConnection>, SqliteError> = if name == "default" {
                Ok(store.data_mut().table.push(SqliteConnection)?)
            } else {
                Err(SqliteError::NoSuchDatabase)
            };
            Ok((opened,))
        },
    )?;
    sqlite.func_wrap(
        "[method]connection.execute",
        |store: wasmtime::StoreContextMut<'_, SpinState>,
         (_, sql, params): (Resource<SqliteConnection>, String, Vec<SqlValue>)| {
            let conn = store.data().sqlite.lock().unwrap();
            Ok((execute(&conn, &sql, params),))
        },
    )?;
    Ok(())
}

/// The Spin app served on loopback, like `spin up`.
pub struct SpinApp {
    pub url: String,
    /// `POST` here with the bearer token to drain due jobs.
    pub drain_url: String,
    /// The app's `default` database, as the guest sees it.
    pub sqlite: Arc<Mutex<rusqlite::Connection>>,
    /// Guest instances still running (a guest goes on after its response is out).
    running: Arc<AtomicUsize>,
}

impl SpinApp {
    /// One integer from the app's database (`SELECT count(*) …`).
    pub fn count(&self, sql: &str) -> i64 {
        self.sqlite
            .lock()
            .unwrap()
            .query_row(sql, [], |row| row.get(0))
            .unwrap()
    }

    /// Call the drain route once with the bearer `token`, as the scheduler does: its status
    /// and body.
    pub async fn drain(&self, token: &str) -> (u16, String) {
        let response = reqwest::Client::new()
            .post(&self.drain_url)
            .bearer_auth(token)
            .send()
            .await
            .expect("calling the drain route");
        let status = response.status().as_u16();
        (status, response.text().await.unwrap_or_default())
    }

    /// Whether every guest instance has finished: nothing the app started is still going, so
    /// whatever it was going to write or send has been written or sent.
    pub fn idle(&self) -> bool {
        self.running.load(Ordering::SeqCst) == 0
    }
}

/// Where the app's `default` SQLite database lives.
#[derive(Debug, Clone)]
pub enum Database {
    /// A private in-memory database, gone with the app.
    Memory,
    /// A file, shared by every app (and process) that opens it, as Spin's runtime config's
    /// `[sqlite_database.default] path = …` makes it.
    File(std::path::PathBuf),
}

impl Database {
    fn open(&self) -> rusqlite::Result<rusqlite::Connection> {
        match self {
            Database::Memory => rusqlite::Connection::open_in_memory(),
            // rusqlite waits up to 5 s for another connection's lock, as Spin's does.
            Database::File(path) => rusqlite::Connection::open(path),
        }
    }
}

/// The Spin app with `variables`, on a private in-memory database, served on an ephemeral
/// loopback port.
pub async fn spin_up(variables: &[(&str, &str)]) -> SpinApp {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let variables = variables
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    serve(listener, variables, &Database::Memory)
        .await
        .expect("serving the Spin component")
}

/// Serves the Spin app on `listener` until the runtime ends: each connection's requests go
/// to fresh instances of the component, as `spin up` does.
pub async fn serve(
    listener: tokio::net::TcpListener,
    variables: HashMap<String, String>,
    database: &Database,
) -> wasmtime::Result<SpinApp> {
    let engine = Engine::new(&Config::new())?;
    let component = Component::new(&engine, SPIN_COMPONENT)?;
    let mut linker = Linker::<SpinState>::new(&engine);
    wasmtime_wasi::p2::add_to_linker_async(&mut linker)?;
    wasmtime_wasi_http::p2::add_only_http_to_linker_async(&mut linker)?;
    add_spin_interfaces(&mut linker)?;
    let pre = ProxyPre::new(linker.instantiate_pre(&component)?)?;
    let variables = Arc::new(variables);
    let sqlite = Arc::new(Mutex::new(database.open()?));
    let addr: SocketAddr = listener.local_addr()?;
    let running = Arc::new(AtomicUsize::new(0));
    let shared = (pre, variables, sqlite.clone(), running.clone());
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let shared = shared.clone();
            tokio::spawn(async move {
                let service = hyper::service::service_fn(move |request| {
                    let (pre, variables, sqlite, running) = shared.clone();
                    async move { handle(pre, variables, sqlite, running, request).await }
                });
                let _ = http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    Ok(SpinApp {
        url: format!("http://{addr}/nextcloud-talk-webhook"),
        drain_url: format!("http://{addr}/talkbot/drain"),
        sqlite,
        running,
    })
}

/// One request: a fresh instance, answered as soon as the guest sets its response; the guest
/// keeps running after that (the reply is produced then). A guest that traps or sets no
/// response gets a `500`, as from Spin.
async fn handle(
    pre: ProxyPre<SpinState>,
    variables: Arc<HashMap<String, String>>,
    sqlite: Arc<Mutex<rusqlite::Connection>>,
    running: Arc<AtomicUsize>,
    request: hyper::Request<hyper::body::Incoming>,
) -> Result<hyper::Response<wasmtime_wasi_http::p2::body::HyperOutgoingBody>, Infallible> {
    let mut store = Store::new(
        pre.engine(),
        SpinState {
            wasi: WasiCtx::builder().inherit_stderr().build(),
            http: WasiHttpCtx::new(),
            table: ResourceTable::new(),
            variables,
            sqlite,
        },
    );
    let (sender, receiver) = tokio::sync::oneshot::channel();
    let (Ok(req), Ok(out)) = (
        store
            .data_mut()
            .http()
            .new_incoming_request(Scheme::Http, request),
        store.data_mut().http().new_response_outparam(sender),
    ) else {
        return Ok(internal_error("the host could not take the request"));
    };
    running.fetch_add(1, Ordering::SeqCst);
    let task = tokio::spawn(async move {
        let proxy = pre.instantiate_async(&mut store).await;
        let ended = match proxy {
            Ok(proxy) => {
                proxy
                    .wasi_http_incoming_handler()
                    .call_handle(&mut store, req, out)
                    .await
            }
            Err(e) => Err(e),
        };
        running.fetch_sub(1, Ordering::SeqCst);
        ended
    });
    match receiver.await {
        Ok(Ok(response)) => Ok(response),
        other => {
            eprintln!(
                "spin harness: the guest set no response ({other:?}); it ended with {:?}",
                task.await
            );
            Ok(internal_error("the component set no response"))
        }
    }
}

fn internal_error(
    reason: &'static str,
) -> hyper::Response<wasmtime_wasi_http::p2::body::HyperOutgoingBody> {
    use http_body_util::BodyExt;
    let body = http_body_util::Full::new(hyper::body::Bytes::from_static(reason.as_bytes()))
        .map_err(|never| match never {})
        .boxed_unsync();
    let mut response = hyper::Response::new(body);
    *response.status_mut() = hyper::StatusCode::INTERNAL_SERVER_ERROR;
    response
}
