//! `tool_servers`: `[{"name", "url", "headers", "timeout_seconds", "tools", "approval",
//! "idempotent", "cache_seconds"}]` — MCP servers over Streamable HTTP (a host configured by
//! variables starts no programs). The engine checks the values (`bot.create`).

use super::{Json, Vars};
use crate::job_api::{ToolServer, ToolTransport};

pub(super) fn servers(vars: &Vars) -> Result<Vec<ToolServer>, String> {
    let mut out = Vec::new();
    for s in vars.objects("tool_servers")? {
        s.only(&[
            "name",
            "url",
            "headers",
            "timeout_seconds",
            "tools",
            "approval",
            "idempotent",
            "cache_seconds",
        ])?;
        let mut headers = Vec::new();
        match s.field("headers") {
            None => {}
            Some(Json::Object(members)) => {
                for (name, value) in members {
                    match value {
                        Json::String(v) => headers.push((name.clone(), v.clone())),
                        other => {
                            return Err(s.wrong(&format!("headers.{name}"), other, "a string"));
                        }
                    }
                }
            }
            Some(other) => return Err(s.wrong("headers", other, "an object of strings")),
        }
        let seconds = |key: &str| -> Result<Option<u64>, String> {
            Ok(match s.field(key) {
                None => None,
                Some(_) => Some(s.whole(key, 0)?.saturating_mul(1000)),
            })
        };
        out.push(ToolServer {
            name: s.required("name")?,
            transport: ToolTransport::Http(s.required("url")?),
            headers,
            timeout_ms: seconds("timeout_seconds")?,
            expose: s.strings("tools")?,
            approval: s.strings("approval")?.unwrap_or_default(),
            idempotent: s.strings("idempotent")?.unwrap_or_default(),
            list_ttl_ms: seconds("cache_seconds")?,
        });
    }
    Ok(out)
}
