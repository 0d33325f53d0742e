//! The 401s (and brute-force locks) each Nextcloud answered, shared by `serve` and the
//! commands (`doctor`, `post`): one append-only file, `<data dir>/unauthorized.log`, so the
//! engine's 401 budget (`engine.unauthorized-budget`: at most a few in any 30 minutes, well
//! under the 10 after which Talk locks the bot's address out) holds across processes and
//! restarts. Not in the SQLite queue: `serve` holds that folder's lock, and a command must be
//! able to read and add to this while it runs.
//!
//! Each line is `401 <ms since the epoch> <backend URL>` or `lock <until, ms> <backend URL>`.
//! Lines are appended with `O_APPEND` (one `write` each, so concurrent writers never interleave
//! within a line); lines older than the window are dropped when the file is rewritten, which
//! happens when it grows past [`COMPACT_AT`] lines.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

/// The window the lines matter for (Talk's brute-force window).
const WINDOW_MS: i64 = 30 * 60_000;
/// Rewrite the file without old lines once it has this many.
const COMPACT_AT: usize = 1000;

/// What the log says about one Nextcloud.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Recent {
    /// When it answered 401, within the window, oldest first.
    pub unauthorized_at: Vec<u64>,
    /// The latest end of a brute-force lock still in force.
    pub locked_until: Option<u64>,
}

/// The log file of a data folder.
#[derive(Debug, Clone)]
pub struct UnauthorizedLog {
    path: PathBuf,
}

impl UnauthorizedLog {
    pub fn new(data_dir: &Path) -> Self {
        UnauthorizedLog {
            path: data_dir.join("unauthorized.log"),
        }
    }

    fn append(&self, line: &str) -> std::io::Result<()> {
        if let Some(dir) = self.path.parent() {
            use std::os::unix::fs::DirBuilderExt;
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)?;
        }
        let mut file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.path)?;
        file.write_all(line.as_bytes())
    }

    /// `backend` answered 401 at `at`.
    pub fn record_unauthorized(&self, backend: &str, at: u64) -> std::io::Result<()> {
        self.append(&format!("401 {at} {backend}\n"))
    }

    /// `backend` locked the bot's address out until `until`.
    pub fn record_lock(&self, backend: &str, until: u64) -> std::io::Result<()> {
        self.append(&format!("lock {until} {backend}\n"))
    }

    /// What the log holds for `backend` at `now` (nothing when there is no log).
    pub fn recent(&self, backend: &str, now: u64) -> Recent {
        let Ok(text) = std::fs::read_to_string(&self.path) else {
            return Recent::default();
        };
        let mut recent = Recent::default();
        let mut lines = 0;
        for line in text.lines() {
            lines += 1;
            let mut parts = line.splitn(3, ' ');
            let (Some(kind), Some(at), Some(url)) = (parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            let Ok(at) = at.parse::<u64>() else { continue };
            if url != backend {
                continue;
            }
            match kind {
                "401" if (now as i64) < at as i64 + WINDOW_MS => recent.unauthorized_at.push(at),
                "lock" if now < at => {
                    recent.locked_until = Some(recent.locked_until.unwrap_or(0).max(at))
                }
                _ => {}
            }
        }
        recent.unauthorized_at.sort_unstable();
        if lines > COMPACT_AT {
            self.compact(&text, now);
        }
        recent
    }

    /// Rewrite the file with the lines still in force (best effort: a line appended meanwhile
    /// by another process may be lost, which only forgets one old 401).
    fn compact(&self, text: &str, now: u64) {
        let keep: String = text
            .lines()
            .filter(|line| {
                let mut parts = line.splitn(3, ' ');
                match (
                    parts.next(),
                    parts.next().and_then(|a| a.parse::<u64>().ok()),
                ) {
                    (Some("401"), Some(at)) => (now as i64) < at as i64 + WINDOW_MS,
                    (Some("lock"), Some(until)) => now < until,
                    _ => false,
                }
            })
            .map(|line| format!("{line}\n"))
            .collect();
        let tmp = self.path.with_extension("log.tmp");
        if std::fs::write(&tmp, keep).is_ok() {
            let _ = std::fs::rename(&tmp, &self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_per_backend_within_the_window() {
        let dir = std::env::temp_dir().join(format!("talkbot-unauth-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let log = UnauthorizedLog::new(&dir);
        let now = 1_800_000_000_000u64;
        assert_eq!(log.recent("https://a.example/", now), Recent::default());
        log.record_unauthorized("https://a.example/", now - 31 * 60_000)
            .unwrap();
        log.record_unauthorized("https://a.example/", now - 60_000)
            .unwrap();
        log.record_unauthorized("https://b.example/", now - 1000)
            .unwrap();
        log.record_lock("https://a.example/", now + 5000).unwrap();
        log.record_lock("https://a.example/", now - 5000).unwrap();
        std::fs::OpenOptions::new()
            .append(true)
            .open(dir.join("unauthorized.log"))
            .unwrap()
            .write_all(b"garbage line\n401 x https://a.example/\n")
            .unwrap();
        let a = log.recent("https://a.example/", now);
        assert_eq!(a.unauthorized_at, [now - 60_000]);
        assert_eq!(a.locked_until, Some(now + 5000));
        assert_eq!(
            log.recent("https://b.example/", now).unauthorized_at,
            [now - 1000]
        );
        // A long file is compacted to what is still in force.
        for _ in 0..COMPACT_AT {
            log.record_unauthorized("https://c.example/", now - 40 * 60_000)
                .unwrap();
        }
        assert_eq!(
            log.recent("https://a.example/", now).unauthorized_at.len(),
            1
        );
        let text = std::fs::read_to_string(dir.join("unauthorized.log")).unwrap();
        assert_eq!(text.lines().count(), 3, "{text}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
