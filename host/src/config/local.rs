//! The local-mode secret: generated once into the data folder when talkbot runs against its
//! own simulator (no Nextcloud configured) and asked for it; loading never writes it.

use std::path::Path;

use super::{ConfigError, LOCAL_SECRET_FILE, Secret};

/// The local-mode secret, if one was generated before (reads only).
pub fn existing_local_secret(data_dir: &Path) -> Option<Secret> {
    std::fs::read_to_string(data_dir.join(LOCAL_SECRET_FILE))
        .ok()
        .map(|text| Secret::new(text.trim()))
}

/// The local-mode secret: read from the data folder, or generated (64 hex characters) once.
pub fn local_secret(data_dir: &Path) -> Result<Secret, ConfigError> {
    let path = data_dir.join(LOCAL_SECRET_FILE);
    if let Ok(text) = std::fs::read_to_string(&path) {
        return Ok(Secret::new(text.trim()));
    }
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes)
        .map_err(|e| ConfigError::new("TALKBOT_DATA_DIR", format!("no random source: {e}")))?;
    let secret: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    write_private(data_dir, &path, &secret).map_err(|e| {
        ConfigError::new(
            "TALKBOT_DATA_DIR",
            format!("cannot write {}: {e}", path.display()),
        )
    })?;
    Ok(Secret::new(secret))
}

/// Write `contents` to a new file only its owner can read (mode 0600), in a folder only its
/// owner can enter (0700, if it is created).
fn write_private(dir: &Path, path: &Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)?;
    file.write_all(contents.as_bytes())?;
    file.sync_all()
}
