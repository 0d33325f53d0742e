//! `[tools.<name>]`: MCP servers whose tools personas may offer their chat models
//! (`[personas.<name>] tools = ["<server>", "<server>/<tool>"]`). The file's shape and its
//! resolution; the engine checks the values again when the bot is built.

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use serde::Deserialize;

use super::{ConfigError, Secret};

/// `[tools.<name>]` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileToolServer {
    /// MCP Streamable HTTP endpoint.
    url: Option<String>,
    /// Or a program speaking MCP on stdin/stdout: the command and its arguments.
    command: Option<Vec<String>>,
    #[serde(default)]
    headers: BTreeMap<String, Secret>,
    /// `Authorization: Bearer <the file's content, trimmed>`.
    bearer_token_file: Option<PathBuf>,
    /// `Authorization: Bearer <this environment variable>`.
    bearer_token_env: Option<String>,
    timeout_secs: Option<u64>,
    /// The tools offered; all the server lists when unset.
    tools: Option<Vec<String>>,
    #[serde(default)]
    approval: Vec<String>,
    #[serde(default)]
    idempotent: Vec<String>,
    cache_secs: Option<u64>,
}

/// How a tool server is reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ToolTransportConfig {
    Http(String),
    Stdio(Vec<String>),
}

/// An MCP server.
#[derive(Debug, Clone, PartialEq)]
pub struct ToolServerConfig {
    pub name: String,
    pub transport: ToolTransportConfig,
    pub headers: Vec<(String, Secret)>,
    pub timeout: Option<Duration>,
    pub expose: Option<Vec<String>>,
    pub approval: Vec<String>,
    pub idempotent: Vec<String>,
    pub cache: Option<Duration>,
}

/// The servers of the file. `env` reads an environment variable.
pub(super) fn resolve(
    file: BTreeMap<String, FileToolServer>,
    env: &dyn Fn(&str) -> Option<String>,
) -> Result<Vec<ToolServerConfig>, ConfigError> {
    let mut out = Vec::with_capacity(file.len());
    for (name, s) in file {
        let key = |field: &str| format!("tools.{name}.{field}");
        let transport = match (s.url, s.command) {
            (Some(url), None) => ToolTransportConfig::Http(url),
            (None, Some(command)) if !command.is_empty() => ToolTransportConfig::Stdio(command),
            _ => {
                return Err(ConfigError::new(
                    format!("tools.{name}"),
                    "give either url (MCP over HTTP) or command (a program speaking MCP on stdin/stdout, as a list)",
                ));
            }
        };
        let mut headers: Vec<(String, Secret)> = s.headers.into_iter().collect();
        let token = match (s.bearer_token_file, s.bearer_token_env) {
            (Some(path), None) => Some(
                std::fs::read_to_string(&path)
                    .map_err(|e| {
                        ConfigError::new(
                            key("bearer_token_file"),
                            format!("cannot read {}: {e}", path.display()),
                        )
                    })?
                    .trim()
                    .to_string(),
            ),
            (None, Some(var)) => Some(env(&var).ok_or_else(|| {
                ConfigError::new(
                    key("bearer_token_env"),
                    format!("the environment variable {var} is not set"),
                )
            })?),
            (None, None) => None,
            (Some(_), Some(_)) => {
                return Err(ConfigError::new(
                    format!("tools.{name}"),
                    "give bearer_token_file or bearer_token_env, not both",
                ));
            }
        };
        if let Some(token) = token {
            headers.push((
                "authorization".into(),
                Secret::new(format!("Bearer {token}")),
            ));
        }
        out.push(ToolServerConfig {
            name,
            transport,
            headers,
            timeout: s.timeout_secs.map(Duration::from_secs),
            expose: s.tools,
            approval: s.approval,
            idempotent: s.idempotent,
            cache: s.cache_secs.map(Duration::from_secs),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn load(toml: &str) -> Result<Vec<ToolServerConfig>, String> {
        #[derive(Deserialize)]
        struct Wrapper {
            tools: BTreeMap<String, FileToolServer>,
        }
        let file = toml::from_str::<Wrapper>(toml).map_err(|e| e.to_string())?;
        let env = |name: &str| (name == "MCP_TOKEN").then(|| "from-env".to_string());
        resolve(file.tools, &env).map_err(|e| e.to_string())
    }

    #[test]
    fn servers_read_with_their_secrets() {
        let servers = load(
            "[tools.a]\nurl = \"http://127.0.0.1:3001/mcp\"\nbearer_token_env = \"MCP_TOKEN\"\napproval = [\"get-sum\"]\n\n[tools.b]\ncommand = [\"npx\", \"server\", \"stdio\"]\ntimeout_secs = 5",
        )
        .expect("loads");
        assert_eq!(servers[0].headers[0].1.expose(), "Bearer from-env");
        assert_eq!(servers[0].approval, ["get-sum"]);
        assert_eq!(
            servers[1].transport,
            ToolTransportConfig::Stdio(vec!["npx".into(), "server".into(), "stdio".into()])
        );
        assert_eq!(servers[1].timeout, Some(Duration::from_secs(5)));
    }

    #[test]
    fn errors_name_the_key() {
        for (toml, key) in [
            ("[tools.a]\ntimeout_secs = 3", "tools.a"),
            (
                "[tools.a]\nurl = \"http://x\"\nbearer_token_env = \"NOPE\"",
                "tools.a.bearer_token_env",
            ),
            (
                "[tools.a]\nurl = \"http://x\"\nbearer_token_file = \"/nonexistent/t\"",
                "tools.a.bearer_token_file",
            ),
        ] {
            let error = load(toml).expect_err(toml);
            assert!(error.contains(key), "{error}");
        }
        assert!(load("[tools.a]\nurl = \"http://x\"\nheader = 1").is_err());
    }
}
