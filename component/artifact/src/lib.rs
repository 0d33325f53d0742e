//! The compiled `nextcloud:talk-bot` component, built by this crate's build script.
//!
//! Hosts embed [`COMPONENT`] so that a single binary carries its protocol logic; the same bytes
//! are written to `target/talkbot-component.wasm` for other hosts (jco, wasmtime-py, Spin).

/// The component's bytes (a WebAssembly component, not a core module).
pub static COMPONENT: &[u8] = include_bytes!(env!("TALKBOT_COMPONENT_PATH"));

/// Where the build script wrote the component.
pub const COMPONENT_PATH: &str = env!("TALKBOT_COMPONENT_PATH");

/// Where the core module (before component encoding) was built.
pub const CORE_MODULE_PATH: &str = env!("TALKBOT_COMPONENT_CORE_PATH");
