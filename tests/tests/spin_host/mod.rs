//! A Spin host for tests, without the Spin CLI: the composed component
//! (`target/talkbot-spin.wasm`) served the way Spin serves it — wasmtime-wasi-http's
//! `ProxyPre`, plus Spin's `variables` and `key-value` interfaces as the Spin host implements
//! them. Shared by `spin.rs` and `parity.rs`.

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
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

/// `fermyon:spin/key-value@2.0.0` `error`.
#[derive(ComponentType, Lift, Lower, Debug, Clone)]
#[component(variant)]
enum KeyValueError {
    #[component(name = "store-table-full")]
    StoreTableFull,
    #[component(name = "no-such-store")]
    NoSuchStore,
    #[component(name = "access-denied")]
    AccessDenied,
    #[component(name = "other")]
    Other(String),
}

/// The `store` resource (one shared store, `default`, as in `spin.toml`).
struct KeyValueStore;

/// What a Spin host provides to one request.
struct SpinState {
    wasi: WasiCtx,
    http: WasiHttpCtx,
    table: ResourceTable,
    variables: Arc<HashMap<String, String>>,
    key_value: Arc<Mutex<HashMap<String, Vec<u8>>>>,
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

type KvResult<T> = Result<T, KeyValueError>;

/// Spin's `variables` and `key-value`, as the Spin host implements them.
fn add_spin_interfaces(linker: &mut Linker<SpinState>) -> wasmtime::Result<()> {
    let mut variables = linker.instance("fermyon:spin/variables@2.0.0")?;
    variables.func_wrap(
        "get",
        |store: wasmtime::StoreContextMut<'_, SpinState>, (name,): (String,)| {
            let value = store.data().variables.get(&name).cloned();
            Ok((value.ok_or(VariableError::Undefined(format!("no variable {name}"))),))
        },
    )?;
    let mut kv = linker.instance("fermyon:spin/key-value@2.0.0")?;
    kv.resource(
        "store",
        ResourceType::host::<KeyValueStore>(),
        |_, _| Ok(()),
    )?;
    kv.func_wrap(
        "[static]store.open",
        |mut store: wasmtime::StoreContextMut<'_, SpinState>, (label,): (String,)| {
            let opened: KvResult<Resource<KeyValueStore>> = if label == "default" {
                Ok(store.data_mut().table.push(KeyValueStore)?)
            } else {
                Err(KeyValueError::NoSuchStore)
            };
            Ok((opened,))
        },
    )?;
    kv.func_wrap(
        "[method]store.get",
        |store: wasmtime::StoreContextMut<'_, SpinState>,
         (_, key): (Resource<KeyValueStore>, String)| {
            let value = store.data().key_value.lock().unwrap().get(&key).cloned();
            Ok((KvResult::Ok(value),))
        },
    )?;
    kv.func_wrap(
        "[method]store.set",
        |store: wasmtime::StoreContextMut<'_, SpinState>,
         (_, key, value): (Resource<KeyValueStore>, String, Vec<u8>)| {
            store.data().key_value.lock().unwrap().insert(key, value);
            Ok((KvResult::Ok(()),))
        },
    )?;
    kv.func_wrap(
        "[method]store.delete",
        |store: wasmtime::StoreContextMut<'_, SpinState>,
         (_, key): (Resource<KeyValueStore>, String)| {
            store.data().key_value.lock().unwrap().remove(&key);
            Ok((KvResult::Ok(()),))
        },
    )?;
    kv.func_wrap(
        "[method]store.exists",
        |store: wasmtime::StoreContextMut<'_, SpinState>,
         (_, key): (Resource<KeyValueStore>, String)| {
            let exists = store.data().key_value.lock().unwrap().contains_key(&key);
            Ok((KvResult::Ok(exists),))
        },
    )?;
    kv.func_wrap(
        "[method]store.get-keys",
        |store: wasmtime::StoreContextMut<'_, SpinState>, (_,): (Resource<KeyValueStore>,)| {
            let keys: Vec<String> = store
                .data()
                .key_value
                .lock()
                .unwrap()
                .keys()
                .cloned()
                .collect();
            Ok((KvResult::Ok(keys),))
        },
    )?;
    Ok(())
}

/// The Spin app served on loopback, like `spin up`.
pub struct SpinApp {
    pub url: String,
    pub key_value: Arc<Mutex<HashMap<String, Vec<u8>>>>,
}

pub async fn spin_up(variables: &[(&str, &str)]) -> SpinApp {
    let engine = Engine::new(&Config::new()).unwrap();
    let component = Component::new(&engine, SPIN_COMPONENT).unwrap();
    let mut linker = Linker::<SpinState>::new(&engine);
    wasmtime_wasi::p2::add_to_linker_async(&mut linker).unwrap();
    wasmtime_wasi_http::p2::add_only_http_to_linker_async(&mut linker).unwrap();
    add_spin_interfaces(&mut linker).unwrap();
    let pre = ProxyPre::new(linker.instantiate_pre(&component).unwrap()).unwrap();
    let variables: Arc<HashMap<String, String>> = Arc::new(
        variables
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect(),
    );
    let key_value: Arc<Mutex<HashMap<String, Vec<u8>>>> = Arc::default();
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr: SocketAddr = listener.local_addr().unwrap();
    let shared = (pre, variables, key_value.clone());
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let (pre, variables, key_value) = shared.clone();
            tokio::spawn(async move {
                let service = hyper::service::service_fn(move |request| {
                    let (pre, variables, key_value) =
                        (pre.clone(), variables.clone(), key_value.clone());
                    async move { handle(pre, variables, key_value, request).await }
                });
                let _ = http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    SpinApp {
        url: format!("http://{addr}/nextcloud-talk-webhook"),
        key_value,
    }
}

/// One request: a fresh instance, answered as soon as the guest sets its response; the guest
/// keeps running after that (the reply is produced then).
async fn handle(
    pre: ProxyPre<SpinState>,
    variables: Arc<HashMap<String, String>>,
    key_value: Arc<Mutex<HashMap<String, Vec<u8>>>>,
    request: hyper::Request<hyper::body::Incoming>,
) -> Result<hyper::Response<wasmtime_wasi_http::p2::body::HyperOutgoingBody>, Infallible> {
    let mut store = Store::new(
        pre.engine(),
        SpinState {
            wasi: WasiCtx::builder().inherit_stderr().build(),
            http: WasiHttpCtx::new(),
            table: ResourceTable::new(),
            variables,
            key_value,
        },
    );
    let (sender, receiver) = tokio::sync::oneshot::channel();
    let req = store
        .data_mut()
        .http()
        .new_incoming_request(Scheme::Http, request)
        .unwrap();
    let out = store
        .data_mut()
        .http()
        .new_response_outparam(sender)
        .unwrap();
    let task = tokio::spawn(async move {
        let proxy = pre.instantiate_async(&mut store).await?;
        proxy
            .wasi_http_incoming_handler()
            .call_handle(&mut store, req, out)
            .await
    });
    match receiver.await {
        Ok(Ok(response)) => Ok(response),
        other => panic!(
            "the guest set no response ({other:?}); task: {:?}",
            task.await
        ),
    }
}
