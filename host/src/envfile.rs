//! Where configuration values come from: the process environment, an env file (the one
//! `talkbot init` writes, also systemd's `EnvironmentFile=`), and `*_FILE` variables naming
//! files that hold a secret (Docker and systemd credentials).
//!
//! The process environment wins over the env file. `NEXTCLOUD_TALK_BOT_SECRET_FILE` and
//! `OPENAI_API_KEY_FILE` are read when their variable is not set (the file's content, one
//! trailing newline removed). Reading never writes anything.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use crate::config::ConfigError;

/// Variables that may come from a `<NAME>_FILE`.
const FILE_SECRETS: [&str; 2] = ["NEXTCLOUD_TALK_BOT_SECRET", "OPENAI_API_KEY"];

/// The env file used when none is named and `NEXTCLOUD_URL` is not set: what `init` writes.
pub const DEFAULT_ENV_FILE: &str = "talkbot.env";

/// Configuration values by name.
#[derive(Debug, Clone, Default)]
pub struct EnvSource {
    values: BTreeMap<String, String>,
    /// The env file read, if any.
    pub file: Option<PathBuf>,
}

impl EnvSource {
    /// The process environment, over `env_file` if given — or over `./talkbot.env` when it
    /// exists and the environment does not set `NEXTCLOUD_URL` (so `doctor` checks what
    /// `init` wrote).
    pub fn load(env_file: Option<&Path>) -> Result<EnvSource, ConfigError> {
        let process: BTreeMap<String, String> = std::env::vars().collect();
        let file = match env_file {
            Some(path) => Some(path.to_path_buf()),
            None => {
                let default = Path::new(DEFAULT_ENV_FILE);
                (!process.contains_key("NEXTCLOUD_URL") && default.is_file())
                    .then(|| default.to_path_buf())
            }
        };
        let mut values = BTreeMap::new();
        if let Some(path) = &file {
            let text = std::fs::read_to_string(path).map_err(|e| {
                ConfigError::new("--env-file", format!("cannot read {}: {e}", path.display()))
            })?;
            values = parse(&text).map_err(|(line, why)| {
                ConfigError::new(
                    format!("{}:{line}", path.display()),
                    format!("{why} (expected NAME=value or NAME=\"value\")"),
                )
            })?;
        }
        values.extend(process);
        Self::resolve_files(&mut values)?;
        Ok(EnvSource { values, file })
    }

    /// Values from a list (tests, embedding); `*_FILE` variables are resolved too.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<EnvSource, ConfigError> {
        let mut values = pairs
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Self::resolve_files(&mut values)?;
        Ok(EnvSource { values, file: None })
    }

    fn resolve_files(values: &mut BTreeMap<String, String>) -> Result<(), ConfigError> {
        for name in FILE_SECRETS {
            let key = format!("{name}_FILE");
            let Some(path) = values.get(&key).filter(|p| !p.trim().is_empty()).cloned() else {
                continue;
            };
            if values.get(name).is_some_and(|v| !v.trim().is_empty()) {
                return Err(ConfigError::new(
                    key,
                    format!("is set, and so is {name}: set only one"),
                ));
            }
            let text = std::fs::read_to_string(&path)
                .map_err(|e| ConfigError::new(&key, format!("cannot read {path}: {e}")))?;
            let value = text.strip_suffix('\n').unwrap_or(&text);
            let value = value.strip_suffix('\r').unwrap_or(value);
            values.insert(name.to_string(), value.to_string());
        }
        Ok(())
    }

    /// A value, if set.
    pub fn get(&self, key: &str) -> Option<String> {
        self.values.get(key).cloned()
    }
}

/// Parse `NAME=value` lines: `#` comments and blank lines skipped, an optional `export `,
/// values bare, `'single'` (literal) or `"double"` quoted (with `\"`, `\\`, `\$` and `` \` ``
/// escapes, as `init` writes them and systemd reads them). Errors give the line number.
pub fn parse(text: &str) -> Result<BTreeMap<String, String>, (usize, String)> {
    let mut values = BTreeMap::new();
    for (index, raw) in text.lines().enumerate() {
        let line = raw.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let line = line.strip_prefix("export ").unwrap_or(line);
        let Some((name, value)) = line.split_once('=') else {
            return Err((index + 1, "no '='".into()));
        };
        let name = name.trim();
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
            return Err((index + 1, format!("'{name}' is not a variable name")));
        }
        let value = value.trim();
        let value = if let Some(rest) = value.strip_prefix('"') {
            let mut out = String::new();
            let mut chars = rest.chars();
            let mut closed = false;
            while let Some(c) = chars.next() {
                match c {
                    '\\' => match chars.next() {
                        Some(e @ ('"' | '\\' | '$' | '`')) => out.push(e),
                        Some('n') => out.push('\n'),
                        Some(other) => {
                            out.push('\\');
                            out.push(other);
                        }
                        None => break,
                    },
                    '"' => {
                        closed = true;
                        break;
                    }
                    c => out.push(c),
                }
            }
            if !closed || !chars.as_str().trim().is_empty() {
                return Err((
                    index + 1,
                    "unterminated or trailing text after a quoted value".into(),
                ));
            }
            out
        } else if let Some(rest) = value.strip_prefix('\'') {
            match rest.strip_suffix('\'') {
                Some(inner) => inner.to_string(),
                None => return Err((index + 1, "unterminated single quote".into())),
            }
        } else {
            value.to_string()
        };
        values.insert(name.to_string(), value);
    }
    Ok(values)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_what_init_writes_and_common_forms() {
        let text = "# comment\n\nNEXTCLOUD_URL=\"https://cloud.example.com\"\nexport AGENT_NAME='Ada Bot'\n\
                    TALKBOT_MODE=mention\nQUOTED=\"a \\\"b\\\" \\\\ \\$c\"\n";
        let v = parse(text).unwrap();
        assert_eq!(v["NEXTCLOUD_URL"], "https://cloud.example.com");
        assert_eq!(v["AGENT_NAME"], "Ada Bot");
        assert_eq!(v["TALKBOT_MODE"], "mention");
        assert_eq!(v["QUOTED"], "a \"b\" \\ $c");
    }

    #[test]
    fn errors_name_the_line() {
        assert_eq!(parse("A=1\nnonsense\n").unwrap_err().0, 2);
        assert_eq!(parse("A=\"open\n").unwrap_err().0, 1);
        assert_eq!(parse("BAD NAME=1\n").unwrap_err().0, 1);
    }

    #[test]
    fn secrets_come_from_files() {
        let dir = std::env::temp_dir().join(format!("talkbot-envfile-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("secret");
        std::fs::write(&path, "s3cret-from-a-file\n").unwrap();
        let p = path.display().to_string();
        let env = EnvSource::from_pairs([("NEXTCLOUD_TALK_BOT_SECRET_FILE", p.as_str())]).unwrap();
        assert_eq!(
            env.get("NEXTCLOUD_TALK_BOT_SECRET").as_deref(),
            Some("s3cret-from-a-file")
        );
        let both = EnvSource::from_pairs([
            ("NEXTCLOUD_TALK_BOT_SECRET_FILE", p.as_str()),
            ("NEXTCLOUD_TALK_BOT_SECRET", "x"),
        ]);
        assert!(both.is_err());
        let missing = EnvSource::from_pairs([("OPENAI_API_KEY_FILE", "/nonexistent/key")]);
        assert_eq!(missing.unwrap_err().key, "OPENAI_API_KEY_FILE");
    }
}
