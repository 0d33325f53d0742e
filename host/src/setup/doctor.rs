//! `talkbot doctor`: checks a configuration against the real Nextcloud and explains failures.

use std::time::Duration;

use anyhow::{Result, anyhow};

use crate::config::{Config, OPENAI_DEFAULT_BASE_URL, ResponderConfig};
use crate::protocol::{BotFeatures, BotRequest, EngineOptions, ProtocolEngine, SendOptions};
use crate::store::{UnauthorizedLog, now_ms};
use crate::worker::standing::BackendStanding;

/// One finding of `talkbot doctor`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Finding {
    Ok(String),
    /// Works, but something deserves attention.
    Warning(String),
    /// Broken: what is wrong and how to fix it.
    Problem {
        what: String,
        fix: String,
    },
}

impl Finding {
    fn problem(what: impl Into<String>, fix: impl Into<String>) -> Self {
        Finding::Problem {
            what: what.into(),
            fix: fix.into(),
        }
    }
}

impl std::fmt::Display for Finding {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Finding::Ok(what) => write!(f, "ok       {what}"),
            Finding::Warning(what) => write!(f, "warning  {what}"),
            Finding::Problem { what, fix } => write!(f, "PROBLEM  {what}\n         fix: {fix}"),
        }
    }
}

/// What `talkbot doctor` checks besides the configuration.
#[derive(Debug, Clone, Default)]
pub struct DoctorOptions {
    /// A conversation the bot is enabled in: the secret is checked with a signed request there.
    pub room: Option<String>,
    /// The public webhook URL Talk posts to: checked for reachability and basic auth.
    pub webhook_url: Option<String>,
    /// On a Talk without `ask-features` (before Talk 25) the secret can be checked only by
    /// posting: a silent test message in `room`, only when this is set.
    pub post: bool,
}

/// What a bot-API status means for the secret check.
fn explain_signed_status(status: u16, room: &str, explanation: &str) -> Finding {
    match status {
        401 => Finding::problem(
            format!("Nextcloud refused the signed request to conversation {room} (401)"),
            format!(
                "one of: NEXTCLOUD_TALK_BOT_SECRET differs from the secret given to `occ talk:bot:install`; \
                 the bot lacks the response feature (`occ talk:bot:state <bot-id> 1 -f webhook -f response -f reaction`); \
                 or it is not enabled in {room} (`occ talk:bot:setup <bot-id> {room}`). Repeated 401s trigger \
                 Nextcloud's brute-force protection, so fix this before retrying"
            ),
        ),
        412 => Finding::problem(
            "Nextcloud answered 412 (CSRF check failed): the OCS-APIRequest header did not arrive",
            "a proxy between talkbot and Nextcloud strips the OCS-APIRequest header; let it through",
        ),
        429 => Finding::problem(
            "Nextcloud answered 429: its brute-force protection blocks this address after repeated 401s",
            "fix the secret first, then on the Nextcloud server run `occ security:bruteforce:reset <this machine's IP address>`",
        ),
        404 => Finding::problem(
            format!("conversation {room} was not found (404)"),
            "use the token after /call/ in the conversation's URL",
        ),
        400 => Finding::problem(
            "Nextcloud refused the request as invalid (400)",
            "check that the room token is right; a 400 also comes from a reverse proxy rewriting requests",
        ),
        s => Finding::problem(
            format!("unexpected answer {s} from the bot API"),
            explanation.to_string(),
        ),
    }
}

/// Explain a bot's feature bitmask.
pub fn explain_features(bits: u64, features: BotFeatures) -> Vec<Finding> {
    let fix = "occ talk:bot:state <bot-id> 1 -f webhook -f response -f reaction";
    let mut out = Vec::new();
    if features.contains(BotFeatures::EVENT) {
        out.push(Finding::problem(
            "the bot has the event feature: Talk invokes it in-process and sends no webhooks over HTTP",
            format!("remove it: `{fix}`"),
        ));
    }
    if !features.contains(BotFeatures::WEBHOOK) {
        out.push(Finding::problem(
            "the bot lacks the webhook feature: Talk sends it no messages",
            format!("`{fix}`"),
        ));
    }
    if !features.contains(BotFeatures::RESPONSE) {
        out.push(Finding::problem(
            "the bot lacks the response feature: every reply gets 401",
            format!("`{fix}`"),
        ));
    }
    if !features.contains(BotFeatures::REACTION) {
        out.push(Finding::Warning(
            "the bot lacks the reaction feature: it is not told about reactions (optional)".into(),
        ));
    }
    if out.is_empty() {
        out.push(Finding::Ok(format!(
            "bot features {bits}: webhook, response, reaction"
        )));
    }
    out
}

/// Run every check; the findings in order.
pub async fn doctor(config: &Config, options: &DoctorOptions) -> Result<Vec<Finding>> {
    let mut findings = Vec::new();
    findings.push(Finding::Ok(format!(
        "configuration loads: {} backend(s), responders {}",
        config.backends.len(),
        config.chain.join(" → ")
    )));
    findings.extend(config.warnings().into_iter().map(Finding::Warning));
    if config.is_local() {
        findings.push(Finding::Warning(
            "no NEXTCLOUD_URL: local mode, talking to the simulator only".into(),
        ));
    }
    for name in config
        .chain
        .iter()
        .chain(config.personas.values().flat_map(|p| &p.chain))
    {
        if let Some(ResponderConfig::Command { program, .. }) = config.responders.get(name) {
            match crate::responder::find_program(program) {
                Ok(path) => findings.push(Finding::Ok(format!(
                    "responder {name} runs {}",
                    path.display()
                ))),
                Err(why) => findings.push(Finding::problem(
                    format!("responder {name}: {why}"),
                    "install the program or give its full path in the responder's command",
                )),
            }
        }
    }
    for name in &config.chain {
        if let Some(ResponderConfig::OpenAi(ai)) = config.responders.get(name)
            && ai.api_key.is_none()
            && ai.base_url == OPENAI_DEFAULT_BASE_URL
        {
            findings.push(Finding::problem(
                format!("responder {name} uses api.openai.com without an API key"),
                "set OPENAI_API_KEY",
            ));
        }
    }
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(15))
        .user_agent(concat!("talkbot/", env!("CARGO_PKG_VERSION")))
        .build()?;
    let engine = ProtocolEngine::new(EngineOptions::default())?;
    for backend in &config.backends {
        let mut instance = engine.instance()?;
        let base = match instance.normalize_backend(&backend.url)? {
            Ok(base) => base,
            Err(why) => {
                findings.push(Finding::problem(
                    format!("NEXTCLOUD_URL '{}': {why}", backend.url),
                    "use the address people open Nextcloud with, e.g. https://cloud.example.com",
                ));
                continue;
            }
        };
        let capabilities = match client
            .get(format!("{base}ocs/v2.php/cloud/capabilities"))
            .header("OCS-APIRequest", "true")
            .header("Accept", "application/json")
            .send()
            .await
        {
            Ok(r) if r.status().is_success() => r.bytes().await.unwrap_or_default(),
            Ok(r) => {
                findings.push(Finding::problem(
                    format!("{base} answered {} for its capabilities", r.status()),
                    "check NEXTCLOUD_URL: it must be the Nextcloud itself, not a page in front of it",
                ));
                continue;
            }
            Err(e) => {
                findings.push(Finding::problem(
                    format!("cannot reach {base}: {}", crate::delivery::describe(&e)),
                    "check NEXTCLOUD_URL, DNS, the firewall and the TLS certificate from this machine",
                ));
                continue;
            }
        };
        let capabilities = match instance.parse_capabilities(&capabilities)? {
            Ok(c) if !c.features.is_empty() => c,
            Ok(_) | Err(_) => {
                findings.push(Finding::problem(
                    format!("{base} reached, but Talk is not enabled there"),
                    "install and enable the Talk app (spreed)",
                ));
                continue;
            }
        };
        if !capabilities.bots {
            findings.push(Finding::problem(
                format!("Talk on {base} has no bot support (capability bots-v1)"),
                "upgrade to Talk 17.1 / Nextcloud 27.1 or later",
            ));
            continue;
        }
        findings.push(Finding::Ok(format!("{base} runs Talk with bots-v1")));
        if let Some(max) = capabilities.max_length {
            if config.max_message_length > max {
                findings.push(Finding::Warning(format!(
                    "the server's chat max-length is {max}, talkbot splits at {}: set max_message_length = {max}",
                    config.max_message_length
                )));
            } else {
                findings.push(Finding::Ok(format!("chat max-length {max}")));
            }
        }
        let secret = backend.secrets[0].expose();
        // The 401 budget and the brute-force lock, as `serve` keeps them (the data folder's
        // log): when either says wait, the doctor sends nothing signed either.
        let log = UnauthorizedLog::new(&config.data_dir);
        let now = now_ms().max(0) as u64;
        let health = BackendStanding::restore(&mut instance, log.clone(), &base, false, now);
        if let Some((until, why)) = health.paused(now) {
            findings.push(Finding::problem(
                format!(
                    "sending to {base} is paused for {} s: {why}",
                    until.saturating_sub(now).div_ceil(1000)
                ),
                "wait, or end the lock on the server (`occ security:bruteforce:reset <bot's IP>`); \
                 the doctor sends no signed request meanwhile",
            ));
            continue;
        }
        let Some(room) = &options.room else {
            findings.push(Finding::Warning(
                "the secret was not checked: give --room <token> of a conversation the bot is enabled in".into(),
            ));
            continue;
        };
        if !capabilities.ask_features {
            findings.push(Finding::Warning(
                "this Talk cannot say which features the bot has (no bot-features-api: Talk before 25): \
                 check by hand that `occ talk:bot:list` shows the bot with the webhook and response \
                 features (without webhook it receives nothing; with event it gets no webhooks at all)"
                    .into(),
            ));
            if !options.post {
                findings.push(Finding::Warning(format!(
                    "the secret was not checked: on this Talk only a message can prove it; run with --post \
                     to post a silent test message to {room}"
                )));
                continue;
            }
        }
        let request: BotRequest = if capabilities.ask_features {
            instance.ask_features(&base, secret, room)
        } else {
            let options = SendOptions {
                reply_to: None,
                reference_id: None,
                silent: true,
                thread_id: None,
                thread_title: None,
                max_length: None,
            };
            instance
                .send_message(
                    &base,
                    secret,
                    room,
                    "talkbot doctor: this bot can post here ✓",
                    &options,
                )
                .map(|r| r.map(|mut requests| requests.remove(0)))
        }?
        .map_err(|e| {
            anyhow!(
                "{}",
                instance
                    .api_error_message(&e)
                    .unwrap_or_else(|_| format!("{e:?}"))
            )
        })?;
        let asked_features = request.url.ends_with("/ask-features");
        let mut builder = client
            .request(crate::delivery::method(request.method), &request.url)
            .body(request.body.clone());
        for (name, value) in &request.headers {
            builder = builder.header(name, value);
        }
        match builder.send().await {
            Err(e) => findings.push(Finding::problem(
                format!(
                    "the bot API of {base} cannot be reached: {}",
                    crate::delivery::describe(&e)
                ),
                "check the network path from this machine to Nextcloud",
            )),
            Ok(r) if r.status().is_success() => {
                if asked_features {
                    let body = r.bytes().await.unwrap_or_default();
                    findings.push(Finding::Ok(format!(
                        "the secret is accepted in conversation {room}"
                    )));
                    let bits = instance.parse_features_answer(&body)?;
                    match bits {
                        Ok(bits) => {
                            let features = instance.features_from_bits(bits)?;
                            findings.extend(explain_features(bits, features))
                        }
                        Err(why) => findings.push(Finding::Warning(why)),
                    }
                } else {
                    findings.push(Finding::Ok(format!(
                        "the secret is accepted: a silent test message was posted to {room}"
                    )));
                }
            }
            Ok(r) => {
                let status = r.status().as_u16();
                if status == 401
                    && let Err(e) = log.record_unauthorized(&base, now_ms().max(0) as u64)
                {
                    findings.push(Finding::Warning(format!(
                        "could not record the 401 for the bot's budget: {e}"
                    )));
                }
                let explanation = instance.explain_status(status)?;
                findings.push(explain_signed_status(status, room, &explanation))
            }
        }
    }
    if let Some(url) = &options.webhook_url {
        findings.push(check_webhook_url(&client, url).await);
    }
    Ok(findings)
}

/// POST an unsigned request to the public webhook URL: talkbot answers that it lacks the
/// signature headers; anything else says what stands in the way.
async fn check_webhook_url(client: &reqwest::Client, url: &str) -> Finding {
    let response = match client
        .post(url)
        .header("Content-Type", "application/json")
        .body("{}")
        .send()
        .await
    {
        Ok(r) => r,
        Err(e) => {
            return Finding::problem(
                format!(
                    "the webhook URL {url} cannot be reached from here: {}",
                    crate::delivery::describe(&e)
                ),
                "Talk must reach it from the Nextcloud server: check DNS, the proxy and the firewall",
            );
        }
    };
    let status = response.status().as_u16();
    let basic_auth = response
        .headers()
        .get_all(reqwest::header::WWW_AUTHENTICATE)
        .iter()
        .any(|v| {
            v.to_str()
                .is_ok_and(|v| v.trim_start().to_ascii_lowercase().starts_with("basic"))
        });
    let body = response.text().await.unwrap_or_default();
    if body.contains("X-Nextcloud-Talk-Random") {
        return Finding::Ok(format!(
            "the webhook URL {url} reaches talkbot (it refused an unsigned request, as it should)"
        ));
    }
    if status == 401 && basic_auth {
        return Finding::problem(
            format!("the webhook URL {url} is behind HTTP basic auth: Talk cannot send a password"),
            "exempt exactly the webhook path, e.g. nginx `location = /nextcloud-talk-webhook { auth_basic off; proxy_pass http://127.0.0.1:8080; }` (see `talkbot init`)",
        );
    }
    Finding::problem(
        format!("the webhook URL {url} answered {status}, but not as talkbot"),
        "check the proxy's path and TALKBOT_WEBHOOK_PATH: they must match",
    )
}
