//! The bot's configuration from named text variables: what the Spin app (Spin variables) and
//! the Cloudflare Worker (Worker vars and secrets) are configured by. One reader for both, so
//! the two take the same names, defaults and errors (the README's variables table); a host
//! hands over every variable of [`NAMES`] it has, blank ones as unset.
//!
//! Values are strict: a number that is not one, a mode or switch that is none of its words, or
//! routing JSON that does not parse is an error naming the variable (the host answers 503 with
//! it), never a silent default.

use super::{commands, defaults, delivery};
use crate::engine_api::{
    ChatModel, IngressRules, Mode, Persona, Policy, RetryPolicy, RoomPolicy, UserPolicy,
};
use crate::job_api::{BotConfig, Schedule, ScheduledPost};
use crate::json::Json;
use crate::render_api::BotIdentity;
use crate::webhook_api::Backend;

/// Every variable read, in the README's order. Hosts declare exactly these.
pub const NAMES: &[&str] = &[
    "bot_secret",
    "bot_secret_previous",
    "nextcloud_url",
    "agent_name",
    "mode",
    "responder",
    "openai_origin",
    "openai_api_path",
    "openai_model",
    "openai_api_key",
    "system_prompt",
    "personas",
    "rooms",
    "users",
    "allowed_rooms",
    "allowed_users",
    "greeting",
    "failure_reply",
    "status_reactions",
    "retry_initial_backoff_ms",
    "retry_max_backoff_ms",
    "retry_for_ms",
    "max_answer_chars",
    "schedules",
    "tool_servers",
    "tools",
    "max_tool_rounds",
];

/// Webhooks older than this are refused as stale (a replay).
const MAX_AGE_MS: u64 = 3_600_000;

/// The variables a host has, blank ones dropped.
struct Vars<'a>(&'a [(String, String)]);

impl Vars<'_> {
    /// A variable, none when unset or blank.
    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
            .filter(|v| !v.trim().is_empty())
    }

    fn text(&self, name: &str) -> Option<String> {
        self.get(name).map(str::to_string)
    }

    /// A whole number, `default` when unset.
    fn number(&self, name: &str, default: u64) -> Result<u64, String> {
        match self.get(name) {
            None => Ok(default),
            Some(v) => v
                .trim()
                .parse()
                .map_err(|_| format!("variable {name}: {v:?} is not a whole number")),
        }
    }

    /// A comma-, space- or line-separated list.
    fn list(&self, name: &str) -> Vec<String> {
        self.get(name)
            .map(|v| {
                v.split([',', ' ', '\n'])
                    .map(str::trim)
                    .filter(|s| !s.is_empty())
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// A JSON array of objects, empty when unset.
    fn objects(&self, name: &str) -> Result<Vec<Object>, String> {
        let Some(text) = self.get(name) else {
            return Ok(Vec::new());
        };
        let items = match Json::parse(text).map_err(|e| format!("variable {name}: {e}"))? {
            Json::Array(items) => items,
            other => {
                return Err(format!(
                    "variable {name}: {} where a JSON array belongs",
                    other.kind()
                ));
            }
        };
        let mut out = Vec::with_capacity(items.len());
        for (i, item) in items.into_iter().enumerate() {
            let at = format!("variable {name}, item {}", i + 1);
            match item {
                Json::Object(members) => out.push(Object { at, members }),
                other => return Err(format!("{at}: {} where an object belongs", other.kind())),
            }
        }
        Ok(out)
    }
}

/// One object of a routing variable, its fields checked against the names it may have.
struct Object {
    at: String,
    members: Vec<(String, Json)>,
}

impl Object {
    /// Refuse a field not in `known` (a typo would otherwise be ignored).
    fn only(&self, known: &[&str]) -> Result<(), String> {
        match self
            .members
            .iter()
            .find(|(k, _)| !known.contains(&k.as_str()))
        {
            Some((k, _)) => Err(format!(
                "{}: unknown field {k:?} (expected one of {known:?})",
                self.at
            )),
            None => Ok(()),
        }
    }

    fn field(&self, key: &str) -> Option<&Json> {
        self.members
            .iter()
            .rev()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v)
            .filter(|v| **v != Json::Null)
    }

    /// A field that is a string, or none; `want` says what it should have been.
    fn string(&self, key: &str) -> Result<Option<String>, String> {
        match self.field(key) {
            None => Ok(None),
            Some(Json::String(s)) => Ok(Some(s.clone())),
            Some(other) => Err(self.wrong(key, other, "a string")),
        }
    }

    fn required(&self, key: &str) -> Result<String, String> {
        self.string(key)?
            .ok_or_else(|| format!("{}: {key} is missing", self.at))
    }

    fn strings(&self, key: &str) -> Result<Option<Vec<String>>, String> {
        let Some(value) = self.field(key) else {
            return Ok(None);
        };
        let mut out = Vec::new();
        if let Json::Array(items) = value {
            for item in items {
                match item {
                    Json::String(s) => out.push(s.clone()),
                    other => return Err(self.wrong(key, other, "a list of strings")),
                }
            }
            return Ok(Some(out));
        }
        Err(self.wrong(key, value, "a list of strings"))
    }

    /// A field that is a whole number, `default` when unset.
    fn whole(&self, key: &str, default: u64) -> Result<u64, String> {
        match self.field(key) {
            None => Ok(default),
            Some(Json::Number(n)) => n
                .parse()
                .map_err(|_| self.wrong(key, &Json::Number(n.clone()), "a whole number")),
            Some(other) => Err(self.wrong(key, other, "a whole number")),
        }
    }

    fn wrong(&self, key: &str, found: &Json, want: &str) -> String {
        format!(
            "{}: {key} holds {} where {want} belongs",
            self.at,
            found.kind()
        )
    }
}

/// The secrets of `name`: the whole value for one Nextcloud (a secret may hold any
/// character), else one for all or one per Nextcloud, separated by commas or white space.
fn secrets_of(vars: &Vars, name: &str, nextclouds: usize) -> Result<Vec<String>, String> {
    let Some(value) = vars.get(name) else {
        return Ok(Vec::new());
    };
    if nextclouds == 1 {
        return Ok(vec![value.trim().to_string()]);
    }
    let list = vars.list(name);
    if list.len() == 1 || list.len() == nextclouds {
        Ok(list)
    } else {
        Err(format!(
            "variable {name}: {} secrets for {nextclouds} Nextclouds: give one for all, or one for each in nextcloud_url's order",
            list.len()
        ))
    }
}

fn mode(at: &str, value: &str) -> Result<Mode, String> {
    commands::parse_mode(value.trim())
        .ok_or_else(|| format!("{at}: mode {value:?} is not all, mention or off"))
}

/// The configuration the variables give, for a host whose responders are `responders`
/// (besides the models configured here: the Spin app and the Worker have `echo` and `openai`).
/// Errors name the variable and say what is wrong.
pub fn config(variables: &[(String, String)], responders: &[String]) -> Result<BotConfig, String> {
    let vars = Vars(variables);
    let missing = |name: &str| format!("the bot is not configured: set the variable {name}");
    let urls = vars.list("nextcloud_url");
    if urls.is_empty() {
        return Err(missing("nextcloud_url"));
    }
    let current = secrets_of(&vars, "bot_secret", urls.len())?;
    if current.is_empty() {
        return Err(missing("bot_secret"));
    }
    let previous = secrets_of(&vars, "bot_secret_previous", urls.len())?;
    let mut backends = Vec::with_capacity(urls.len());
    for (i, url) in urls.into_iter().enumerate() {
        // One secret for every Nextcloud, or one each in nextcloud_url's order.
        let mut secrets = vec![current[i % current.len()].clone()];
        secrets.extend(previous.get(i % previous.len().max(1)).cloned());
        backends.push(Backend { url, secrets });
    }
    let agent = vars.text("agent_name").unwrap_or_else(|| "talkbot".into());
    let retry = delivery::DEFAULT_RETRY_POLICY;
    let status_reactions = match vars.get("status_reactions").map(str::trim) {
        None | Some("on") => true,
        Some("off") => false,
        Some(other) => {
            return Err(format!(
                "variable status_reactions: {other:?} is not on or off"
            ));
        }
    };
    let mut known: Vec<String> = vec!["echo".into(), "openai".into()];
    known.extend(responders.iter().cloned());
    Ok(BotConfig {
        policy: policy(&vars, &agent, &known)?,
        backends,
        strict_backend: false,
        max_body_bytes: None,
        ingress: IngressRules {
            answer_activity: false,
            max_age_ms: Some(MAX_AGE_MS),
        },
        retry: RetryPolicy {
            initial_backoff_ms: vars
                .number("retry_initial_backoff_ms", retry.initial_backoff_ms)?,
            max_backoff_ms: vars.number("retry_max_backoff_ms", retry.max_backoff_ms)?,
            retry_for_ms: vars.number("retry_for_ms", retry.retry_for_ms)?,
            max_attempts: None,
        },
        answer_attempts: None,
        // "off": nothing is posted (an empty failure reply).
        failure_reply: Some(match vars.text("failure_reply") {
            Some(text) if text.trim() == "off" => String::new(),
            Some(text) => text,
            None => defaults::defaults().failure_reply,
        }),
        max_answer_chars: match vars.get("max_answer_chars") {
            None => None,
            Some(v) => Some(v.trim().parse().map_err(|_| {
                format!("variable max_answer_chars: {v:?} is not a whole number of characters")
            })?),
        },
        max_message_length: None,
        // 👀 as the model is asked (a host with timers may set a delay instead).
        status_reaction_after_ms: status_reactions.then_some(0),
        models: vec![("openai".into(), chat_model(&vars))],
        schedules: schedules(&vars)?,
        tool_servers: tool_servers::servers(&vars)?,
        max_tool_rounds: match vars.get("max_tool_rounds") {
            None => None,
            Some(_) => Some(
                u32::try_from(vars.number("max_tool_rounds", 0)?)
                    .map_err(|_| "variable max_tool_rounds: too large".to_string())?,
            ),
        },
    })
}

/// `schedules`: `[{"name", "room", "cron", "timezone", "text" or "prompt", "grace_minutes",
/// "nextcloud"}]` (`timezone` UTC, `grace_minutes` 60 and `nextcloud` 0, the first of
/// `nextcloud_url`, when unset). The engine checks the values (`bot.create`).
fn schedules(vars: &Vars) -> Result<Vec<Schedule>, String> {
    let mut out = Vec::new();
    for s in vars.objects("schedules")? {
        s.only(&[
            "name",
            "room",
            "cron",
            "timezone",
            "text",
            "prompt",
            "grace_minutes",
            "nextcloud",
        ])?;
        let post = match (s.string("text")?, s.string("prompt")?) {
            (Some(text), None) => ScheduledPost::Text(text),
            (None, Some(prompt)) => ScheduledPost::Prompt(prompt),
            _ => return Err(format!("{}: give either text or prompt", s.at)),
        };
        let whole = |key: &str, default: u64| s.whole(key, default);
        out.push(Schedule {
            name: s.required("name")?,
            backend_index: u32::try_from(whole("nextcloud", 0)?)
                .map_err(|_| format!("{}: nextcloud is too large", s.at))?,
            room: s.required("room")?,
            cron: s.required("cron")?,
            timezone: s.string("timezone")?.unwrap_or_else(|| "UTC".into()),
            post,
            grace_ms: whole("grace_minutes", 60)?.saturating_mul(60_000),
        });
    }
    Ok(out)
}

/// The OpenAI-compatible model server. Two variables for its URL, so that a Spin manifest can
/// allow exactly the origin for outbound requests.
fn chat_model(vars: &Vars) -> ChatModel {
    let origin = vars
        .get("openai_origin")
        .unwrap_or("https://api.openai.com");
    let path = vars.get("openai_api_path").unwrap_or("/v1");
    ChatModel {
        base_url: format!(
            "{}/{}",
            origin.trim().trim_end_matches('/'),
            path.trim().trim_matches('/')
        ),
        model: vars.text("openai_model").unwrap_or_default(),
        api_key: vars.text("openai_api_key"),
        temperature: None,
        max_tokens: None,
    }
}

/// The policy: `mode`, `responder` and `system_prompt` make the default persona; `personas`,
/// `rooms`, `users`, `allowed_rooms` and `allowed_users` add the native host's routing.
fn policy(vars: &Vars, agent: &str, known: &[String]) -> Result<Policy, String> {
    let responder = vars.text("responder").unwrap_or_else(|| "echo".into());
    let mut personas = vec![Persona {
        name: "default".into(),
        system_prompt: vars.text("system_prompt"),
        responders: vec![responder],
        tools: vars.list("tools"),
    }];
    for p in vars.objects("personas")? {
        p.only(&["name", "system_prompt", "responders", "tools"])?;
        let persona = Persona {
            tools: p.strings("tools")?.unwrap_or_default(),
            responders: p
                .strings("responders")?
                .unwrap_or_else(|| personas[0].responders.clone()),
            system_prompt: p
                .string("system_prompt")?
                .or_else(|| personas[0].system_prompt.clone()),
            name: p.required("name")?,
        };
        match personas.iter_mut().find(|q| q.name == persona.name) {
            Some(existing) => *existing = persona,
            None => personas.push(persona),
        }
    }
    for p in &personas {
        if let Some(unknown) = p.responders.iter().find(|r| !known.contains(r)) {
            return Err(format!(
                "persona {}: responder {unknown:?} is not one of {known:?}",
                p.name
            ));
        }
        if p.responders.is_empty() {
            return Err(format!("persona {}: no responders", p.name));
        }
    }
    let check = |name: &str, what: &str| {
        if personas.iter().any(|p| p.name == name) {
            Ok(())
        } else {
            Err(format!("{what}: no persona {name:?}"))
        }
    };
    let mut rooms = Vec::new();
    for r in vars.objects("rooms")? {
        r.only(&["token", "mode", "persona", "greeting", "allowed_users"])?;
        let token = r.required("token")?;
        let persona = r.string("persona")?;
        if let Some(persona) = &persona {
            check(persona, &format!("room {token}"))?;
        }
        rooms.push(RoomPolicy {
            mode: r
                .string("mode")?
                .map(|m| mode(&format!("room {token}"), &m))
                .transpose()?,
            persona,
            greeting: r.string("greeting")?,
            allowed_users: r.strings("allowed_users")?,
            token,
        });
    }
    let mut users = Vec::new();
    for u in vars.objects("users")? {
        u.only(&["actor", "persona"])?;
        let actor = u.required("actor")?;
        let persona = u.required("persona")?;
        check(&persona, &format!("user {actor}"))?;
        users.push(UserPolicy { actor, persona });
    }
    Ok(Policy {
        agent_name: agent.to_string(),
        bot: BotIdentity {
            aliases: vec![agent.to_string()],
            actor_id: None,
        },
        mode: mode("variable mode", vars.get("mode").unwrap_or("all"))?,
        answer_activity: false,
        allowed_rooms: vars.list("allowed_rooms"),
        allowed_users: vars.list("allowed_users"),
        rooms,
        users,
        personas,
        greeting: vars.text("greeting"),
        memory_turns: defaults::defaults().memory_turns,
    })
}

#[cfg(test)]
mod tests;
mod tool_servers;
