//! Guided setup: `talkbot init` (secret, occ lines, nginx, systemd, env file) and
//! `talkbot doctor` (checks a configuration against the real Nextcloud and explains failures).

mod doctor;
mod init;

pub use doctor::{DoctorOptions, Finding, doctor, explain_features};
pub use init::{InitOptions, generate_secret, init, sh_quote};
