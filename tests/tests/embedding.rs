//! Cross-host conformance: the conformance corpus through the component from Rust/wasmtime,
//! Node/jco (`component/examples/node`) and Python/wasmtime-py (`component/examples/python`)
//! gives byte-identical results — events, rendered text, defanged text, and signed requests
//! for a fixed random.
//!
//! All three run the same scenario (see `conformance.mjs`) and print the canonical JSON form of
//! every value: records as objects with WIT field names, variants as `{tag, val}`, options as
//! the value or null, results as `{ok}`/`{err}`, keys sorted. Here the component is driven with
//! wasmtime's dynamic `Val` API, so no host's bindings shape the comparison.
//!
//! Needs Node with `npm install` done in `component/examples/node` and Python with the `wasmtime`
//! package (`bash .ci/run` installs both); `TALKBOT_SKIP_EMBEDDING=1` skips it elsewhere.

use std::path::PathBuf;
use std::process::Command;

use serde_json::{Map, Value, json};
use talkbot_tests::{manifest, talk_signature, workspace_dir};
use wasmtime::component::{Component, Instance, Linker, Val};
use wasmtime::{Engine, Store};

const WRONG_SECRET: &str = "wrong-secret-0123456789012345678901234567890123";
const MAX_BODY_BYTES: u64 = 4 << 20;

/// The scenario's inputs: every corpus webhook, plus two that must be refused.
fn inputs() -> Value {
    let m = manifest();
    let mut cases: Vec<Value> = Vec::new();
    let mut add = |name: &str, body: &[u8], random: &str, signature: &str, backend: &str| {
        let hex: String = body.iter().map(|b| format!("{b:02x}")).collect();
        cases.push(json!({
            "name": name,
            "body_hex": hex,
            "random": random,
            "signature": signature,
            "backend": backend,
            "headers": [
                ["Content-Type", "application/json"],
                ["X-Nextcloud-Talk-Random", random],
                ["X-Nextcloud-Talk-Signature", signature],
                ["X-Nextcloud-Talk-Backend", backend],
            ],
        }));
    };
    for case in &m.cases {
        add(
            &case.name,
            &case.body(),
            &case.random,
            &case.signature,
            &case.backend,
        );
    }
    let random = "r".repeat(64);
    let not_json = b"{\"type\":\"Create\",";
    add(
        "x-truncated",
        not_json,
        &random,
        &talk_signature(&m.secret, &random, not_json),
        "https://cloud.example.com/",
    );
    let body = m.cases[0].body();
    add(
        "x-forged",
        &body,
        &random,
        &talk_signature(WRONG_SECRET, &random, &body),
        "https://cloud.example.com/",
    );
    json!({
        "secret": m.secret,
        "wrong_secret": WRONG_SECRET,
        "bot_actor_id": m.bot_actor_id,
        "max_body_bytes": MAX_BODY_BYTES,
        "cases": cases,
    })
}

/// The component, instantiated with a fixed random.
struct Dynamic {
    store: Store<()>,
    instance: Instance,
}

impl Dynamic {
    fn new() -> Dynamic {
        let engine = Engine::default();
        let component = Component::new(&engine, talkbot_component_artifact::COMPONENT).unwrap();
        let mut linker = Linker::<()>::new(&engine);
        linker
            .instance("wasi:random/random@0.2.0")
            .unwrap()
            .func_wrap("get-random-bytes", |_, (n,): (u64,)| {
                Ok((vec![42u8; n as usize],))
            })
            .unwrap();
        let mut store = Store::new(&engine, ());
        let instance = linker.instantiate(&mut store, &component).unwrap();
        Dynamic { store, instance }
    }

    fn call(&mut self, interface: &str, name: &str, params: &[Val]) -> Val {
        let iface = self
            .instance
            .get_export_index(
                &mut self.store,
                None,
                &format!("nextcloud:talk-bot/{interface}@0.3.0"),
            )
            .unwrap_or_else(|| panic!("no interface {interface}"));
        let index = self
            .instance
            .get_export_index(&mut self.store, Some(&iface), name)
            .unwrap_or_else(|| panic!("no function {interface}.{name}"));
        let func = self.instance.get_func(&mut self.store, index).unwrap();
        let mut results = [Val::Bool(false)];
        func.call(&mut self.store, params, &mut results).unwrap();
        let [result] = results;
        result
    }
}

/// The canonical form (see the module docs).
fn canon(value: &Val) -> Value {
    match value {
        Val::Bool(b) => json!(b),
        Val::U8(n) => json!(n),
        Val::U16(n) => json!(n),
        Val::U32(n) => json!(n),
        Val::U64(n) => json!(n),
        Val::S8(n) => json!(n),
        Val::S16(n) => json!(n),
        Val::S32(n) => json!(n),
        Val::S64(n) => json!(n),
        Val::String(s) => json!(s),
        Val::Char(c) => json!(c.to_string()),
        Val::List(items) | Val::Tuple(items) => Value::Array(items.iter().map(canon).collect()),
        Val::Record(fields) => Value::Object(
            fields
                .iter()
                .map(|(name, v)| (name.clone(), canon(v)))
                .collect::<Map<_, _>>(),
        ),
        Val::Variant(tag, payload) => {
            json!({"tag": tag, "val": payload.as_deref().map_or(Value::Null, canon)})
        }
        Val::Enum(name) => json!(name),
        Val::Option(v) => v.as_deref().map_or(Value::Null, canon),
        Val::Result(Ok(v)) => json!({"ok": v.as_deref().map_or(Value::Null, canon)}),
        Val::Result(Err(v)) => json!({"err": v.as_deref().map_or(Value::Null, canon)}),
        other => panic!("no canonical form for {other:?}"),
    }
}

fn string(s: &str) -> Val {
    Val::String(s.to_string())
}

fn field<'a>(value: &'a Val, name: &str) -> &'a Val {
    match value {
        Val::Record(fields) => &fields.iter().find(|(n, _)| n == name).unwrap().1,
        other => panic!("not a record: {other:?}"),
    }
}

fn text(value: &Val) -> String {
    match value {
        Val::String(s) => s.clone(),
        other => panic!("not a string: {other:?}"),
    }
}

/// The scenario of `conformance.mjs` / `conformance.py`, in Rust.
fn rust_output(inputs: &Value) -> String {
    let mut bot = Dynamic::new();
    let secret = inputs["secret"].as_str().unwrap();
    let mut out = Map::new();
    for c in inputs["cases"].as_array().unwrap() {
        let s = |key: &str| c[key].as_str().unwrap().to_string();
        let body: Vec<u8> = (0..c["body_hex"].as_str().unwrap().len())
            .step_by(2)
            .map(|i| u8::from_str_radix(&c["body_hex"].as_str().unwrap()[i..i + 2], 16).unwrap())
            .collect();
        let body_val = Val::List(body.iter().map(|b| Val::U8(*b)).collect());
        let mut entry = Map::new();
        let verified = bot.call(
            "webhook",
            "verify",
            &[
                string(WRONG_SECRET),
                string(&s("random")),
                string(&s("signature")),
                body_val.clone(),
            ],
        );
        entry.insert("wrong-secret".into(), canon(&verified));
        let options = Val::Record(vec![
            (
                "backends".into(),
                Val::List(vec![Val::Record(vec![
                    ("url".into(), string(&s("backend"))),
                    ("secrets".into(), Val::List(vec![string(secret)])),
                ])]),
            ),
            ("max-body-bytes".into(), Val::U64(MAX_BODY_BYTES)),
            ("strict-backend".into(), Val::Bool(false)),
        ]);
        let headers = Val::List(
            c["headers"]
                .as_array()
                .unwrap()
                .iter()
                .map(|h| {
                    Val::Tuple(vec![
                        string(h[0].as_str().unwrap()),
                        string(h[1].as_str().unwrap()),
                    ])
                })
                .collect(),
        );
        let received = bot.call("webhook", "receive", &[options, headers, body_val]);
        entry.insert("receive".into(), canon(&received));
        let received = match received {
            Val::Result(Ok(Some(v))) => *v,
            Val::Result(Err(Some(e))) => {
                let status = bot.call("webhook", "webhook-error-status", &[(*e).clone()]);
                let explanation = bot.call("webhook", "webhook-error-message", &[*e]);
                entry.insert("status".into(), canon(&status));
                entry.insert("explanation".into(), canon(&explanation));
                out.insert(s("name"), Value::Object(entry));
                continue;
            }
            other => panic!("unexpected {other:?}"),
        };
        let event = field(&received, "event");
        let Val::Option(Some(message)) = field(event, "message") else {
            out.insert(s("name"), Value::Object(entry));
            continue;
        };
        let message = (**message).clone();
        let backend = text(field(&received, "backend"));
        let token = text(field(field(event, "conversation"), "token"));
        let id = match field(&message, "id") {
            Val::U64(id) => *id,
            other => panic!("a message id is a u64: {other:?}"),
        };
        let rendered = text(&bot.call("render", "render-message", std::slice::from_ref(&message)));
        entry.insert("rendered".into(), json!(rendered));
        let identity = Val::Record(vec![
            ("aliases".into(), Val::List(vec![string("talkbot")])),
            (
                "actor-id".into(),
                Val::Option(Some(Box::new(string(
                    inputs["bot_actor_id"].as_str().unwrap(),
                )))),
            ),
        ]);
        let addressed = bot.call("render", "address", &[message.clone(), identity]);
        entry.insert("addressed".into(), canon(&addressed));
        let mut reply_text = text(field(&addressed, "text"));
        if reply_text.is_empty() {
            reply_text = if rendered.is_empty() {
                "(empty)".into()
            } else {
                rendered
            };
        }
        let defanged = bot.call(
            "render",
            "defang-mentions",
            &[string(&format!("@all {reply_text}"))],
        );
        entry.insert("defanged".into(), canon(&defanged));
        let reference = bot.call(
            "bot-api",
            "reference-id",
            &[
                string(&backend),
                string(&token),
                string(&id.to_string()),
                Val::U32(0),
            ],
        );
        let send_options = Val::Record(vec![
            ("reply-to".into(), Val::Option(None)),
            (
                "reference-id".into(),
                Val::Option(Some(Box::new(reference))),
            ),
            ("silent".into(), Val::Bool(false)),
            ("thread-id".into(), Val::Option(None)),
            ("thread-title".into(), Val::Option(None)),
            (
                "max-length".into(),
                Val::Option(Some(Box::new(Val::U32(200)))),
            ),
        ]);
        let reply = bot.call(
            "bot-api",
            "send-message",
            &[
                string(&backend),
                string(secret),
                string(&token),
                string(&reply_text),
                send_options,
            ],
        );
        entry.insert("reply".into(), canon(&reply));
        let react = bot.call(
            "bot-api",
            "react",
            &[
                string(&backend),
                string(secret),
                string(&token),
                Val::U64(id),
                string("👍"),
            ],
        );
        entry.insert("react".into(), canon(&react));
        out.insert(s("name"), Value::Object(entry));
    }
    // serde_json's Map is a BTreeMap here: keys come out sorted, like the other hosts'.
    serde_json::to_string(&Value::Object(out)).unwrap()
}

fn skip() -> bool {
    std::env::var_os("TALKBOT_SKIP_EMBEDDING").is_some()
}

fn examples() -> PathBuf {
    workspace_dir().join("component/examples")
}

fn run(command: &mut Command, what: &str) -> String {
    let output = command
        .output()
        .unwrap_or_else(|e| panic!("cannot run {what}: {e} (bash .ci/run installs it)"));
    assert!(
        output.status.success(),
        "{what} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

/// `npm run build` (jco transpile of this build's component), once per test binary.
fn transpile() {
    static DONE: std::sync::Once = std::sync::Once::new();
    DONE.call_once(|| {
        let dir = examples().join("node");
        assert!(
            dir.join("node_modules/.bin/jco").exists(),
            "jco is not installed: run `npm install` in {} (bash .ci/run does), or set TALKBOT_SKIP_EMBEDDING=1",
            dir.display()
        );
        talkbot_tests::jco_build(&dir, &[]);
    });
}

fn python() -> String {
    std::env::var("TALKBOT_PYTHON").unwrap_or_else(|_| "python3".into())
}

fn write_inputs() -> (Value, PathBuf) {
    let inputs = inputs();
    let path = std::env::temp_dir().join(format!(
        "talkbot-conformance-inputs-{}.json",
        std::process::id()
    ));
    std::fs::write(&path, inputs.to_string()).unwrap();
    (inputs, path)
}

fn first_difference(a: &str, b: &str) -> String {
    let at = a
        .bytes()
        .zip(b.bytes())
        .position(|(x, y)| x != y)
        .unwrap_or(a.len().min(b.len()));
    let start = at.saturating_sub(80);
    let window = |s: &str| {
        String::from_utf8_lossy(&s.as_bytes()[start.min(s.len())..(at + 80).min(s.len())])
            .into_owned()
    };
    format!(
        "first difference at byte {at}:\n  rust: …{}…\n  host: …{}…",
        window(a),
        window(b)
    )
}

#[test]
fn node_python_and_rust_give_byte_identical_results_on_the_corpus() {
    if skip() {
        eprintln!("TALKBOT_SKIP_EMBEDDING is set: skipped");
        return;
    }
    let (inputs, path) = write_inputs();
    let rust = rust_output(&inputs);
    // The scenario really ran: every webhook was received, two were refused, replies signed.
    let parsed: Value = serde_json::from_str(&rust).unwrap();
    let cases = parsed.as_object().unwrap();
    assert_eq!(cases.len(), manifest().cases.len() + 2);
    assert_eq!(cases["x-forged"]["status"], 401);
    assert_eq!(cases["x-truncated"]["status"], 400);
    let signed = cases
        .values()
        .filter(|c| c["reply"]["ok"][0]["headers"][4][0] == "X-Nextcloud-Talk-Bot-Signature")
        .count();
    assert!(signed >= 10, "{signed} cases produced a signed reply");

    transpile();
    let node = run(
        Command::new("node")
            .arg("conformance.mjs")
            .arg(&path)
            .current_dir(examples().join("node")),
        "node conformance.mjs",
    );
    assert!(
        node == rust,
        "Node differs from Rust: {}",
        first_difference(&rust, &node)
    );
    let python = run(
        Command::new(python())
            .arg("conformance.py")
            .arg(&path)
            .current_dir(examples().join("python"))
            .env(
                "TALKBOT_COMPONENT",
                talkbot_component_artifact::COMPONENT_PATH,
            ),
        "python conformance.py",
    );
    assert!(
        python == rust,
        "Python differs from Rust: {}",
        first_difference(&rust, &python)
    );
    let _ = std::fs::remove_file(path);
}

#[test]
fn the_examples_run() {
    if skip() {
        eprintln!("TALKBOT_SKIP_EMBEDDING is set: skipped");
        return;
    }
    transpile();
    let expect = |out: &str, what: &str| {
        assert!(
            out.contains("create by Ada Lovelace in \"Café world\""),
            "{what}: {out}"
        );
        assert!(
            out.contains(
                "POST https://cloud.example.com/ocs/v2.php/apps/spreed/api/v1/bot/n3xtc10ud/message"
            ),
            "{what}: {out}"
        );
        // The printed signature is over random + message, which the simulator's independent
        // implementation confirms.
        let random = line_value(out, "X-Nextcloud-Talk-Bot-Random: ");
        let signature = line_value(out, "X-Nextcloud-Talk-Bot-Signature: ");
        let body: Value = serde_json::from_str(out.lines().last().unwrap()).unwrap();
        assert_eq!(
            signature,
            talk_signature(
                &manifest().secret,
                &random,
                body["message"].as_str().unwrap().as_bytes()
            ),
            "{what}"
        );
    };
    let node = run(
        Command::new("node")
            .arg("example.mjs")
            .current_dir(examples().join("node")),
        "node example.mjs",
    );
    expect(&node, "node");
    let python = run(
        Command::new(python())
            .arg("example.py")
            .current_dir(examples().join("python"))
            .env(
                "TALKBOT_COMPONENT",
                talkbot_component_artifact::COMPONENT_PATH,
            ),
        "python example.py",
    );
    expect(&python, "python");
}

#[test]
fn the_node_example_has_a_passing_npm_test() {
    if skip() {
        eprintln!("TALKBOT_SKIP_EMBEDDING is set: skipped");
        return;
    }
    transpile();
    let out = run(
        Command::new("npm")
            .args(["test", "--silent", "--ignore-scripts"])
            .current_dir(examples().join("node")),
        "npm test",
    );
    assert!(
        out.contains("# pass 5") && out.contains("# fail 0"),
        "{out}"
    );
}

fn line_value(out: &str, prefix: &str) -> String {
    out.lines()
        .find_map(|l| l.strip_prefix(prefix))
        .unwrap_or_else(|| panic!("no {prefix} in {out}"))
        .to_string()
}

#[test]
fn the_debugger_page_built_into_talkbot_is_this_component() {
    if skip() {
        eprintln!("TALKBOT_SKIP_EMBEDDING is set: skipped");
        return;
    }
    transpile();
    for file in [
        "talkbot.js",
        "talkbot.core.wasm",
        "talkbot.core2.wasm",
        "talkbot.core3.wasm",
    ] {
        let fresh = std::fs::read(examples().join("node/dist").join(file)).unwrap();
        let committed = std::fs::read(examples().join("debugger/talkbot").join(file)).unwrap();
        assert!(
            fresh == committed,
            "component/examples/debugger/talkbot/{file} is not this component's transpilation: \
             run `npm run build:debugger` in component/examples/node and commit the result"
        );
    }
}

#[test]
fn the_debugger_page_works_in_chromium() {
    if skip() {
        eprintln!("TALKBOT_SKIP_EMBEDDING is set: skipped");
        return;
    }
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into());
    assert!(
        std::path::Path::new(&chromium).exists(),
        "{chromium} is missing: install Debian's chromium (bash .ci/run does), or set TALKBOT_SKIP_EMBEDDING=1"
    );
    transpile();
    // `talkbot debugger` serves the page; Playwright drives Chromium through it.
    let out = run(
        Command::new("node")
            .arg("debugger.test.mjs")
            .current_dir(examples().join("node"))
            .env("TALKBOT_BIN", env!("CARGO_BIN_EXE_talkbot-under-test"))
            .env("CHROMIUM", &chromium),
        "node debugger.test.mjs",
    );
    assert!(out.contains("debugger page: all checks passed"), "{out}");
}
