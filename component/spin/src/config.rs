//! The Spin variables, read once per request and handed to the engine
//! (`bot.from-variables`), which checks them and configures the bot: the Spin app and the
//! Cloudflare Worker take the same names (every one is declared in `spin.toml`, a test checks
//! it, and listed in the README's table). Only `drain_token` is the Spin app's own.

use spin_sdk::variables;

use crate::nextcloud::talk_bot::job::{self, Bot};

/// What the Spin app itself needs of the configuration (the rest is the bot's).
pub struct Config {
    /// The Nextcloud, as the engine normalised it (the key of its breaker's row).
    pub nextcloud: String,
    /// The signing secret (its fingerprint tells the breaker that it changed).
    pub secret: String,
    /// Bearer token of the drain route; none: the route is off.
    pub drain_token: Option<String>,
}

/// A variable, none when unset (undeclared) or blank.
fn var(name: &str) -> Option<String> {
    variables::get(name).ok().filter(|v| !v.trim().is_empty())
}

impl Config {
    /// The app's configuration and the bot; what is missing or wrong, when a variable is (the
    /// webhook answers 503 saying it).
    pub fn load() -> Result<(Config, Bot), String> {
        let given: Vec<(String, String)> = job::variable_names()
            .into_iter()
            .filter_map(|name| var(&name).map(|value| (name, value)))
            .collect();
        let bot = Bot::from_variables(&given, &[])?;
        // One Nextcloud: spin.toml allows outbound requests to `nextcloud_url` as one origin.
        let nextcloud = match bot.backends().as_slice() {
            [one] => one.clone(),
            several => {
                return Err(format!(
                    "the Spin app answers one Nextcloud, and nextcloud_url names {}: run an app \
                     for each",
                    several.len()
                ));
            }
        };
        Ok((
            Config {
                nextcloud,
                secret: var("bot_secret").unwrap_or_default().trim().to_string(),
                drain_token: var("drain_token"),
            },
            bot,
        ))
    }
}
