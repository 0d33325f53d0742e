//! talkbot's Spin app as one self-contained component: `component/spin` (a spin-sdk 5.2 HTTP
//! component exporting `wasi:http/incoming-handler@0.2.0`) with the `nextcloud:talk-bot`
//! protocol component plugged into its imports by the build script (wac-graph).
//!
//! The same bytes are written to `target/talkbot-spin.wasm`, which `spin.toml` runs.

/// The composed Spin component.
pub static SPIN_COMPONENT: &[u8] = include_bytes!(env!("TALKBOT_SPIN_PATH"));

/// Where the build script wrote it.
pub const SPIN_COMPONENT_PATH: &str = env!("TALKBOT_SPIN_PATH");

/// The Spin component before composition (it imports `nextcloud:talk-bot/*`).
pub const SPIN_GUEST_PATH: &str = env!("TALKBOT_SPIN_GUEST_PATH");

/// The spin-sdk sources cargo downloaded for the guest (their `wit/` has Spin's worlds).
pub const SPIN_SDK_DIR: &str = env!("TALKBOT_SPIN_SDK_DIR");
