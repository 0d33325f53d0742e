//! Compiles `component/spin` for `wasm32-wasip2` with a nested cargo (its own lockfile: the
//! guest's dependencies never mix with the host's), then plugs the protocol component into its
//! `nextcloud:talk-bot/*` imports with wac-graph. Also finds the spin-sdk sources cargo
//! downloaded, so tests can check the result against Spin's own WIT without a copy of it.

use std::env;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use wac_graph::types::Package;
use wac_graph::{CompositionGraph, EncodeOptions};

fn main() {
    if let Err(error) = build() {
        eprintln!("error: building the Spin component failed: {error}");
        std::process::exit(1);
    }
}

fn build() -> Result<(), String> {
    let manifest_dir = PathBuf::from(env::var("CARGO_MANIFEST_DIR").map_err(|e| e.to_string())?);
    let guest_dir = manifest_dir
        .join("..")
        .canonicalize()
        .map_err(|e| format!("cannot find component/spin: {e}"))?;
    let out_dir = PathBuf::from(env::var("OUT_DIR").map_err(|e| e.to_string())?);
    let target_dir = target_dir(&out_dir)?;
    for path in ["src", "Cargo.toml", "Cargo.lock", "../../wit"] {
        println!("cargo:rerun-if-changed={}", guest_dir.join(path).display());
    }
    let protocol_path = env::var("DEP_TALKBOT_COMPONENT_PATH")
        .map_err(|_| "the protocol component's path is missing (DEP_TALKBOT_COMPONENT_PATH)")?;

    let cargo = env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let guest_target = target_dir.join("talkbot-spin-wasm");
    let clean_env = |command: &mut Command| {
        // The outer build's flags are for the host target, not for wasm.
        command
            .env_remove("CARGO_ENCODED_RUSTFLAGS")
            .env_remove("RUSTFLAGS")
            .env_remove("CARGO_BUILD_TARGET");
    };
    let mut command = Command::new(&cargo);
    command
        .arg("build")
        .arg("--manifest-path")
        .arg(guest_dir.join("Cargo.toml"))
        .args(["--locked", "--release", "--target", "wasm32-wasip2"])
        .arg("--target-dir")
        .arg(&guest_target);
    clean_env(&mut command);
    if env::var("CARGO_NET_OFFLINE").is_ok_and(|v| v == "true") {
        command.arg("--offline");
    }
    let status = command
        .status()
        .map_err(|e| format!("cannot run cargo: {e}"))?;
    if !status.success() {
        return Err(format!(
            "cargo build of component/spin for wasm32-wasip2 failed ({status}); is the target installed? \
             (rustup target add wasm32-wasip2)"
        ));
    }
    let guest_path = guest_target.join("wasm32-wasip2/release/talkbot_spin.wasm");
    let guest =
        fs::read(&guest_path).map_err(|e| format!("cannot read {}: {e}", guest_path.display()))?;
    let protocol =
        fs::read(&protocol_path).map_err(|e| format!("cannot read {protocol_path}: {e}"))?;

    let mut graph = CompositionGraph::new();
    let socket = Package::from_bytes("talkbot:spin", None, guest, graph.types_mut())
        .map_err(|e| format!("reading the Spin component: {e:#}"))?;
    let socket = graph
        .register_package(socket)
        .map_err(|e| format!("{e:#}"))?;
    let plug = Package::from_bytes("nextcloud:talk-bot", None, protocol, graph.types_mut())
        .map_err(|e| format!("reading the protocol component: {e:#}"))?;
    let plug = graph.register_package(plug).map_err(|e| format!("{e:#}"))?;
    wac_graph::plug(&mut graph, vec![plug], socket)
        .map_err(|e| format!("plugging the protocol component in: {e:#}"))?;
    let composed = graph
        .encode(EncodeOptions::default())
        .map_err(|e| format!("encoding the composition: {e:#}"))?;

    let embedded = out_dir.join("talkbot-spin.wasm");
    write_atomically(&embedded, &composed)?;
    write_atomically(&target_dir.join("talkbot-spin.wasm"), &composed)?;
    println!("cargo:rustc-env=TALKBOT_SPIN_PATH={}", embedded.display());
    println!(
        "cargo:rustc-env=TALKBOT_SPIN_GUEST_PATH={}",
        guest_path.display()
    );

    // Where cargo unpacked spin-sdk for the guest: its wit/ holds Spin's worlds.
    let metadata = Command::new(&cargo)
        .args([
            "metadata",
            "--format-version",
            "1",
            "--locked",
            "--manifest-path",
        ])
        .arg(guest_dir.join("Cargo.toml"))
        .output()
        .map_err(|e| format!("cannot run cargo metadata: {e}"))?;
    let text = String::from_utf8_lossy(&metadata.stdout);
    let sdk_manifest = text
        .split("\"manifest_path\":\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .find(|path| path.contains("/spin-sdk-5."))
        .ok_or("cargo metadata does not list spin-sdk 5")?;
    let sdk_dir = Path::new(sdk_manifest)
        .parent()
        .ok_or("spin-sdk's manifest has no folder")?;
    println!("cargo:rustc-env=TALKBOT_SPIN_SDK_DIR={}", sdk_dir.display());
    Ok(())
}

/// `<target-dir>` from `OUT_DIR` = `…/<profile>/build/<pkg>-<hash>/out`.
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
