//! Compiles `component/` for `wasm32-unknown-unknown` (profile `component`) with a nested
//! cargo and encodes the core module into the `talk-bot` component with wit-component.
//!
//! The component is written to `OUT_DIR` (embedded by this crate) and copied to
//! `<target-dir>/talkbot-component.wasm` for people and other hosts.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

fn main() {
    if let Err(error) = build() {
        // A build script's error output is what the person sees: make it the whole story.
        eprintln!("error: building the talk-bot component failed: {error}");
        std::process::exit(1);
    }
}

fn build() -> Result<(), String> {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?);
    let workspace = manifest_dir
        .join("../..")
        .canonicalize()
        .map_err(|e| format!("cannot find the workspace root: {e}"))?;
    let out_dir = PathBuf::from(env::var("OUT_DIR").map_err(|e| e.to_string())?);
    let target_dir = target_dir(&out_dir)?;

    for path in [
        "component/src",
        "component/Cargo.toml",
        "wit",
        "Cargo.toml",
        "Cargo.lock",
    ] {
        println!("cargo:rerun-if-changed={}", workspace.join(path).display());
    }

    let wasm_target_dir = target_dir.join("talkbot-wasm");
    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .arg("build")
        .arg("--manifest-path")
        .arg(workspace.join("Cargo.toml"))
        .args([
            "--package",
            "talkbot-component",
            "--lib",
            "--target",
            "wasm32-unknown-unknown",
        ])
        .args(["--profile", "component"])
        .arg("--target-dir")
        .arg(&wasm_target_dir)
        // The outer build's flags are for the host target, not for wasm.
        .env_remove("CARGO_ENCODED_RUSTFLAGS")
        .env_remove("RUSTFLAGS")
        .env_remove("CARGO_BUILD_TARGET");
    if env::var("CARGO_NET_OFFLINE").is_ok_and(|v| v == "true") {
        command.arg("--offline");
    }
    let status = command
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err(format!(
            "cargo build for wasm32-unknown-unknown failed ({status}); is the target installed? \
             (rustup target add wasm32-unknown-unknown)"
        ));
    }

    let core_path = wasm_target_dir.join("wasm32-unknown-unknown/component/talkbot_component.wasm");
    let core =
        fs::read(&core_path).map_err(|e| format!("cannot read {}: {e}", core_path.display()))?;
    let component = wit_component::ComponentEncoder::default()
        .module(&core)
        .map_err(|e| format!("the core module has no usable component type section: {e:#}"))?
        .validate(true)
        .encode()
        .map_err(|e| format!("encoding the component failed: {e:#}"))?;

    let embedded = out_dir.join("talkbot-component.wasm");
    write_atomically(&embedded, &component)?;
    write_atomically(&target_dir.join("talkbot-component.wasm"), &component)?;
    println!(
        "cargo:rustc-env=TALKBOT_COMPONENT_PATH={}",
        embedded.display()
    );
    println!(
        "cargo:rustc-env=TALKBOT_COMPONENT_CORE_PATH={}",
        core_path.display()
    );
    println!("cargo:path={}", embedded.display());
    Ok(())
}

/// `<target-dir>` (or `<target-dir>/<triple>`) from `OUT_DIR` = `…/<profile>/build/<pkg>-<hash>/out`.
fn target_dir(out_dir: &Path) -> Result<PathBuf, String> {
    out_dir
        .ancestors()
        .find(|p| p.file_name().is_some_and(|n| n == "build"))
        .and_then(|build| build.parent()?.parent())
        .map(Path::to_path_buf)
        .ok_or_else(|| format!("unexpected OUT_DIR layout: {}", out_dir.display()))
}

/// Write through a temporary file and rename, so concurrent builds never see half a file.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), String> {
    let tmp = path.with_extension(format!("wasm.tmp{}", std::process::id()));
    fs::write(&tmp, bytes).map_err(|e| format!("cannot write {}: {e}", tmp.display()))?;
    fs::rename(&tmp, path).map_err(|e| format!("cannot write {}: {e}", path.display()))
}
