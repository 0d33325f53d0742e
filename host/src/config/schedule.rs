//! `[schedules.<name>]`: messages the bot posts on its own, at the times a cron expression
//! gives in a time zone. The file's shape and its resolution; the times and the zone are
//! checked with the engine's rules (`rules::check_schedule_times`), everything else again when
//! the bot is built.

use std::collections::BTreeMap;
use std::time::Duration;

use serde::Deserialize;
use talkbot_component::rules;

use super::ConfigError;

/// How late a missed occurrence is still posted, unless `grace_minutes` says otherwise.
const DEFAULT_GRACE: Duration = Duration::from_secs(3600);

/// `[schedules.<name>]` as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct FileSchedule {
    room: String,
    cron: String,
    timezone: Option<String>,
    text: Option<String>,
    prompt: Option<String>,
    grace_minutes: Option<u64>,
    /// Which Nextcloud (its position among the configured ones, 0 first).
    backend: Option<usize>,
}

/// A schedule.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ScheduleConfig {
    pub name: String,
    /// The Nextcloud's position among the configured ones.
    pub backend: usize,
    pub room: String,
    pub cron: String,
    /// An IANA name, `UTC`, or a POSIX TZ rule.
    pub timezone: String,
    pub post: SchedulePost,
    /// How late a missed occurrence is still posted.
    pub grace: Duration,
}

/// What a schedule posts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SchedulePost {
    /// This text, as it is.
    Text(String),
    /// The conversation's responders' answer to this prompt.
    Prompt(String),
}

/// The schedules of the file, checked against `backends` configured Nextclouds.
pub(super) fn resolve(
    file: BTreeMap<String, FileSchedule>,
    backends: usize,
) -> Result<Vec<ScheduleConfig>, ConfigError> {
    let mut out = Vec::with_capacity(file.len());
    for (name, s) in file {
        let key = |field: &str| format!("schedules.{name}.{field}");
        let post = match (s.text, s.prompt) {
            (Some(text), None) => SchedulePost::Text(text),
            (None, Some(prompt)) => SchedulePost::Prompt(prompt),
            _ => {
                return Err(ConfigError::new(
                    format!("schedules.{name}"),
                    "give either text or prompt",
                ));
            }
        };
        rules::check_token(&s.room).map_err(|why| ConfigError::new(key("room"), why))?;
        let timezone = s.timezone.unwrap_or_else(|| "UTC".into());
        rules::check_schedule_times(&s.cron, &timezone)
            .map_err(|why| ConfigError::new(format!("schedules.{name}"), why))?;
        let backend = s.backend.unwrap_or(0);
        if backend >= backends {
            return Err(ConfigError::new(
                key("backend"),
                format!("only {backends} Nextcloud(s) are configured (0 is the first)"),
            ));
        }
        out.push(ScheduleConfig {
            name,
            backend,
            room: s.room,
            cron: s.cron,
            timezone,
            post,
            grace: s
                .grace_minutes
                .map_or(DEFAULT_GRACE, |m| Duration::from_secs(m.saturating_mul(60))),
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(toml: &str) -> BTreeMap<String, FileSchedule> {
        #[derive(Deserialize)]
        struct Wrapper {
            schedules: BTreeMap<String, FileSchedule>,
        }
        toml::from_str::<Wrapper>(toml).expect("TOML").schedules
    }

    #[test]
    fn errors_name_the_schedule_and_field() {
        for (toml, key, needle) in [
            (
                "[schedules.a]\nroom = \"abcd1234\"\ncron = \"61 * * * *\"\ntext = \"t\"",
                "schedules.a",
                "minute field `61`",
            ),
            (
                "[schedules.a]\nroom = \"abcd1234\"\ncron = \"0 9 * * *\"\ntimezone = \"Mars/Base\"\ntext = \"t\"",
                "schedules.a",
                "not a time zone",
            ),
            (
                "[schedules.a]\nroom = \"abcd1234\"\ncron = \"0 9 * * *\"",
                "schedules.a",
                "either text or prompt",
            ),
            (
                "[schedules.a]\nroom = \"no\"\ncron = \"0 9 * * *\"\ntext = \"t\"",
                "schedules.a.room",
                "",
            ),
            (
                "[schedules.a]\nroom = \"abcd1234\"\ncron = \"0 9 * * *\"\ntext = \"t\"\nbackend = 1",
                "schedules.a.backend",
                "only 1 Nextcloud",
            ),
        ] {
            let e = resolve(file(toml), 1).unwrap_err();
            assert_eq!(e.key, key, "{toml}");
            assert!(e.reason.contains(needle), "{}", e.reason);
        }
        let ok = resolve(
            file("[schedules.a]\nroom = \"abcd1234\"\ncron = \"0 9 * * *\"\nprompt = \"p\"\ngrace_minutes = 5"),
            1,
        )
        .unwrap();
        assert_eq!(ok[0].grace, Duration::from_secs(300));
        assert_eq!(ok[0].timezone, "UTC");
        assert_eq!(ok[0].post, SchedulePost::Prompt("p".into()));
    }
}
