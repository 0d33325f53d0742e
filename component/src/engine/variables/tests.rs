use super::*;

fn vars(pairs: &[(&str, &str)]) -> Vec<(String, String)> {
    let mut all = vec![
        ("bot_secret".to_string(), "s".repeat(64)),
        (
            "nextcloud_url".to_string(),
            "https://cloud.example.com".to_string(),
        ),
    ];
    all.extend(pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())));
    all
}

fn error(pairs: &[(&str, &str)]) -> String {
    match config(&vars(pairs), &[]) {
        Ok(_) => panic!("{pairs:?} configured a bot"),
        Err(e) => e,
    }
}

#[test]
fn the_defaults_are_the_bots() {
    let c = config(&vars(&[("mode", ""), ("greeting", "  ")]), &[]).unwrap();
    assert_eq!(c.policy.mode, Mode::All);
    assert_eq!(c.policy.agent_name, "talkbot");
    assert_eq!(c.policy.greeting, None);
    assert_eq!(c.policy.personas[0].responders, ["echo"]);
    assert_eq!(c.retry.initial_backoff_ms, 1000);
    assert_eq!(c.status_reaction_after_ms, Some(0));
    assert_eq!(
        c.failure_reply.as_deref(),
        Some(defaults::defaults().failure_reply.as_str())
    );
    assert_eq!(c.models[0].1.base_url, "https://api.openai.com/v1");
    assert_eq!(c.backends[0].secrets.len(), 1);
}

#[test]
fn routing_and_switches_are_read() {
    let c = config(
        &vars(&[
            (
                "personas",
                r#"[{"name": "coder", "responders": ["openai", "echo"]}]"#,
            ),
            (
                "rooms",
                r#"[{"token": "abc", "mode": "Mention", "persona": "coder"}]"#,
            ),
            ("users", r#"[{"actor": "users/ada", "persona": "coder"}]"#),
            ("allowed_rooms", "abc, def\nghi"),
            ("failure_reply", "off"),
            ("status_reactions", "off"),
            ("bot_secret_previous", "p".repeat(64).as_str()),
            ("openai_origin", "http://127.0.0.1:9/"),
            ("openai_api_path", "/x/v1/"),
        ]),
        &[],
    )
    .unwrap();
    assert_eq!(c.policy.personas[1].responders, ["openai", "echo"]);
    assert_eq!(c.policy.rooms[0].mode, Some(Mode::Mention));
    assert_eq!(c.policy.users[0].persona, "coder");
    assert_eq!(c.policy.allowed_rooms, ["abc", "def", "ghi"]);
    assert_eq!(c.failure_reply.as_deref(), Some(""));
    assert_eq!(c.status_reaction_after_ms, None);
    assert_eq!(c.backends[0].secrets.len(), 2);
    assert_eq!(c.models[0].1.base_url, "http://127.0.0.1:9/x/v1");
}

#[test]
fn every_bad_value_is_named() {
    for (pairs, says) in [
        (&[][..], "set the variable nextcloud_url"),
        (&[("mode", "loud")][..], "variable mode: mode \"loud\""),
        (&[("retry_for_ms", "1h")], "variable retry_for_ms: \"1h\""),
        (&[("status_reactions", "yes")], "status_reactions: \"yes\""),
        (&[("max_answer_chars", "-1")], "max_answer_chars"),
        (&[("personas", "{")], "variable personas:"),
        (&[("personas", "{}")], "an object where a JSON array"),
        (
            &[("personas", r#"[{"name": "x", "responders": ["shell"]}]"#)],
            "persona x: responder \"shell\"",
        ),
        (
            &[("personas", r#"[{"nam": "x"}]"#)],
            "unknown field \"nam\"",
        ),
        (
            &[("rooms", r#"[{"token": "a", "persona": "nobody"}]"#)],
            "room a: no persona \"nobody\"",
        ),
        (&[("rooms", r#"[{"mode": "all"}]"#)], "token is missing"),
        (
            &[("users", r#"[{"actor": "users/a", "persona": 3}]"#)],
            "persona holds a number",
        ),
    ] {
        let mut all = pairs.to_vec();
        if pairs.is_empty() {
            assert!(config(&[], &[]).unwrap_err().contains(says));
            continue;
        }
        all.push(("agent_name", "talkbot"));
        let e = error(&all);
        assert!(e.contains(says), "{pairs:?}: {e}");
    }
}

#[test]
fn several_nextclouds_take_one_secret_for_all_or_one_each() {
    let one = "s".repeat(64);
    let two = format!("{} , {}", "a".repeat(40), "b".repeat(40));
    let urls = "https://one.example.com, https://two.example.com";
    let pairs = |secret: &str, previous: &str| {
        vec![
            ("nextcloud_url".to_string(), urls.to_string()),
            ("bot_secret".to_string(), secret.to_string()),
            ("bot_secret_previous".to_string(), previous.to_string()),
        ]
    };
    let c = config(&pairs(&one, ""), &[]).unwrap();
    assert_eq!(c.backends.len(), 2);
    assert_eq!(c.backends[1].url, "https://two.example.com");
    assert_eq!(c.backends[1].secrets, std::slice::from_ref(&one));
    let c = config(&pairs(&two, &one), &[]).unwrap();
    assert_eq!(c.backends[0].secrets, ["a".repeat(40), one.clone()]);
    assert_eq!(c.backends[1].secrets, ["b".repeat(40), one.clone()]);
    let three = format!("{one} {one} {one}");
    let e = config(&pairs(&three, ""), &[]).unwrap_err();
    assert!(e.contains("bot_secret: 3 secrets for 2 Nextclouds"), "{e}");
    // One Nextcloud: the secret is the whole value, spaces and all.
    let odd = format!(" {} x,y ", "s".repeat(40));
    let c = config(&vars(&[("bot_secret", odd.as_str())]), &[]).unwrap();
    assert_eq!(c.backends[0].secrets, [odd.trim()]);
}

#[test]
fn a_hosts_own_responder_is_allowed() {
    let personas = r#"[{"name": "x", "responders": ["shell"]}]"#;
    assert!(config(&vars(&[("personas", personas)]), &["shell".into()]).is_ok());
}

#[test]
fn names_lists_every_variable_read() {
    let source = include_str!("../variables.rs");
    let body = source.split("mod tests").next().unwrap();
    for call in ["get(\"", "text(\"", "number(\"", "list(\"", "objects(\""] {
        for name in body.split(call).skip(1).filter_map(|r| r.split('"').next()) {
            assert!(NAMES.contains(&name), "{name} is read but not in NAMES");
        }
    }
}

#[test]
fn schedules_are_read_with_their_defaults_and_checked() {
    let list = r#"[{"name": "standup", "room": "abcd1234", "cron": "0 9 * * 1-5",
        "timezone": "Europe/Berlin", "text": "Stand-up!"},
        {"name": "digest", "room": "abcd1234", "cron": "0 17 * * fri", "prompt": "Sum up the week",
        "grace_minutes": 5}]"#;
    let c = config(&vars(&[("schedules", list)]), &[]).unwrap();
    assert_eq!(c.schedules.len(), 2);
    assert_eq!(c.schedules[0].timezone, "Europe/Berlin");
    assert_eq!(c.schedules[0].grace_ms, 3_600_000);
    assert_eq!(c.schedules[1].timezone, "UTC");
    assert_eq!(c.schedules[1].grace_ms, 300_000);
    assert!(matches!(&c.schedules[1].post, ScheduledPost::Prompt(p) if p == "Sum up the week"));
    for (bad, needle) in [
        (
            r#"[{"name": "x", "room": "abcd1234", "cron": "* * * * *"}]"#,
            "give either text or prompt",
        ),
        (
            r#"[{"name": "x", "room": "abcd1234", "cron": "* * * * *", "text": "t", "when": 1}]"#,
            "unknown field \"when\"",
        ),
        (
            r#"[{"name": "x", "room": "abcd1234", "cron": "* * * * *", "text": "t", "grace_minutes": "5"}]"#,
            "grace_minutes holds a string",
        ),
    ] {
        let e = config(&vars(&[("schedules", bad)]), &[]).unwrap_err();
        assert!(e.contains(needle), "{e}");
    }
    // The engine checks the rest when the bot is built.
    let wrong_zone = r#"[{"name": "x", "room": "abcd1234", "cron": "0 9 * * *", "text": "t", "timezone": "Mars/Base"}]"#;
    let c = config(&vars(&[("schedules", wrong_zone)]), &[]).unwrap();
    let e = crate::engine::job::Bot::new(c).err().unwrap();
    assert!(
        e.contains("schedule \"x\"") && e.contains("not a time zone"),
        "{e}"
    );
}
