//! Shared fixtures for talkbot's test suites: the conformance corpus and one compiled engine.

pub mod fake_mcp;
pub mod fake_openai;
pub mod harness;
pub mod loopback;
pub mod node_bot;
pub mod process;
pub mod scenarios;
pub mod spin_host;
pub mod workerd;

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde::Deserialize;
use talkbot::protocol::{EngineOptions, ProtocolEngine};

/// `tests/corpus/manifest.json`, written by `tests/corpus/generate.php`.
#[derive(Debug, Deserialize)]
pub struct Manifest {
    pub secret: String,
    pub bot_actor_id: String,
    pub cases: Vec<Case>,
}

/// One webhook of the corpus.
#[derive(Debug, Deserialize)]
pub struct Case {
    pub name: String,
    pub file: String,
    pub random: String,
    pub signature: String,
    pub backend: String,
    pub bytes: usize,
    /// Hand-written expectations (see generate.php).
    pub expect: serde_json::Map<String, serde_json::Value>,
}

impl Case {
    /// The body's exact bytes.
    pub fn body(&self) -> Vec<u8> {
        let path = corpus_dir().join(&self.file);
        std::fs::read(&path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()))
    }

    /// The headers Talk sends with this body.
    pub fn headers(&self) -> Vec<(String, String)> {
        vec![
            ("Content-Type".into(), "application/json".into()),
            ("X-Nextcloud-Talk-Random".into(), self.random.clone()),
            ("X-Nextcloud-Talk-Signature".into(), self.signature.clone()),
            ("X-Nextcloud-Talk-Backend".into(), self.backend.clone()),
            ("OCS-APIRequest".into(), "true".into()),
        ]
    }

    /// An expectation as a string, if present.
    pub fn expect_str(&self, key: &str) -> Option<&str> {
        self.expect.get(key).and_then(|v| v.as_str())
    }
}

/// The folder holding the corpus.
pub fn corpus_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// The workspace root.
pub fn workspace_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The corpus manifest.
pub fn manifest() -> &'static Manifest {
    static MANIFEST: OnceLock<Manifest> = OnceLock::new();
    MANIFEST.get_or_init(|| {
        let text = std::fs::read_to_string(corpus_dir().join("manifest.json"))
            .expect("reading manifest.json");
        serde_json::from_str(&text).expect("parsing manifest.json")
    })
}

/// One engine with the embedded component, compiled once per test binary.
pub fn engine() -> &'static ProtocolEngine {
    static ENGINE: OnceLock<ProtocolEngine> = OnceLock::new();
    ENGINE.get_or_init(|| {
        ProtocolEngine::new(EngineOptions::default()).expect("compiling the component")
    })
}

/// Serialise a value (native or component type) to JSON for comparison: both sides derive
/// `Serialize` from the same WIT, so equal JSON means equal values.
pub fn json<T: serde::Serialize>(value: &T) -> serde_json::Value {
    serde_json::to_value(value).expect("serialising")
}

/// Talk's signature, computed independently of the component (the simulator's implementation).
pub use talkbot::simulator::talk_signature;

/// A corpus body cut at `cut` (at least half kept) with some bytes overwritten: input for
/// robustness properties.
pub fn mutated_body(case: usize, cut: usize, flips: &[(usize, u8)]) -> Vec<u8> {
    let cases = &manifest().cases;
    let mut body = cases[case % cases.len()].body();
    body.truncate(cut.min(body.len()).max(body.len() / 2));
    for &(at, byte) in flips {
        if !body.is_empty() {
            let i = at % body.len();
            body[i] = byte;
        }
    }
    body
}

/// Whether `dir` has its npm packages (`node_modules/.bin/<bin>`). Outside CI a missing one
/// skips what needs it (said on stderr, naming `what`); under CI it fails.
pub fn npm_installed(dir: &Path, bin: &str, what: &str) -> bool {
    if dir.join("node_modules/.bin").join(bin).exists() {
        return true;
    }
    assert!(
        std::env::var_os("CI").is_none(),
        "{} has no node_modules: run `npm ci` there",
        dir.display()
    );
    eprintln!(
        "skipping {what}: no node_modules (npm ci in {})",
        dir.display()
    );
    false
}

/// Run `node build.mjs` (a jco transpilation of this build's component) in `dir`. jco has been
/// seen to hang once in many runs, so a run that takes over a minute is killed and tried again
/// (twice at most) rather than holding the suite up.
pub fn jco_build(dir: &Path, args: &[&str]) {
    for attempt in 1..=3 {
        let mut child = std::process::Command::new("node")
            .arg("build.mjs")
            .args(args)
            .current_dir(dir)
            .env(
                "TALKBOT_COMPONENT",
                talkbot_component_artifact::COMPONENT_PATH,
            )
            .stdin(std::process::Stdio::null())
            .spawn()
            .expect("running node build.mjs");
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
        loop {
            if let Some(status) = child.try_wait().expect("waiting for node build.mjs") {
                assert!(
                    status.success(),
                    "node build.mjs in {} failed",
                    dir.display()
                );
                return;
            }
            if std::time::Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                eprintln!(
                    "node build.mjs in {} hung (attempt {attempt})",
                    dir.display()
                );
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(50));
        }
    }
    panic!("node build.mjs in {} hung three times", dir.display());
}
