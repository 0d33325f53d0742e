use super::*;

#[test]
fn mass_mentions_are_defanged_and_others_kept() {
    let zw = '\u{200B}';
    let cases = [
        ("@all please read", format!("@{zw}all please read")),
        ("Hey @ALL!", format!("Hey @{zw}ALL!")),
        ("(@here)", format!("(@{zw}here)")),
        (
            "ping @\"group/admin\" now",
            format!("ping @{zw}\"group/admin\" now"),
        ),
        (
            "@team/abc and @'circle/x'",
            format!("@{zw}team/abc and @{zw}'circle/x'"),
        ),
        ("@\"Team/ops\"", format!("@{zw}\"Team/ops\"")),
    ];
    for (input, expected) in cases {
        assert_eq!(defang_mentions(input), expected, "{input}");
    }
    for kept in [
        "@allison hi",
        "@alice",
        "@\"bob\"",
        "mail me@all.example",
        "x@here",
        "@all-hands meeting",
        "no mentions",
        "",
    ] {
        assert_eq!(defang_mentions(kept), kept);
    }
}

fn user(key: &str, id: &str, name: &str) -> RichObject {
    RichObject {
        key: key.into(),
        object_type: "user".into(),
        id: id.into(),
        name: name.into(),
        fields: vec![],
    }
}

fn message(template: &str, parameters: Vec<RichObject>) -> Message {
    Message {
        id: 1,
        name: "message".into(),
        template: template.into(),
        parameters,
        media_type: "text/markdown".into(),
        content_json: String::new(),
    }
}

fn bot() -> BotIdentity {
    BotIdentity {
        aliases: vec![
            "talkbot".into(),
            "Talk Bot".into(),
            "ταλκ".into(),
            "ünïcode-bot".into(),
        ],
        actor_id: Some("bots/bot-abc".into()),
    }
}

#[test]
fn renders_mentions_files_unknowns_and_escape() {
    let mut file = user("file", "42", "report.pdf");
    file.object_type = "file".into();
    file.fields.push(crate::RichField {
        name: "link".into(),
        value: "https://c/f/42".into(),
        is_json: false,
    });
    let params = vec![
        user("mention-user1", "bob", "Bob Builder"),
        file,
        user("actor", "ada", "Ada"),
    ];
    assert_eq!(
        render_text("//hi {mention-user1}: {file} by {actor} {nope} {}", &params),
        "/hi @Bob Builder: report.pdf (https://c/f/42) by Ada {nope} {}"
    );
}

#[test]
fn strips_typed_and_rich_mentions() {
    let cases = [
        ("@talkbot, what is 2+2?", true, "what is 2+2?"),
        ("Hey @TalkBot what's up", true, "Hey what's up"),
        ("ask @\"talk bot\" now", true, "ask now"),
        ("mail me@talkbot.org", false, "mail me@talkbot.org"),
        ("@talkbots are fun", false, "@talkbots are fun"),
        ("thanks @talkbot", true, "thanks"),
        ("Hello @talkbot, how are you?", true, "Hello, how are you?"),
        ("Thanks @talkbot!", true, "Thanks!"),
        ("@ΤΑΛΚ bitte", true, "bitte"),
        ("@Ünïcode-Bot: hi", true, "hi"),
    ];
    for (text, mentioned, stripped) in cases {
        let got = address(&message(text, vec![]), &bot());
        assert_eq!(
            (got.mentioned, got.text.as_str()),
            (mentioned, stripped),
            "{text}"
        );
    }
    let rich = address(
        &message(
            "{mention-user1} hello",
            vec![user("mention-user1", "bot-abc", "talkbot")],
        ),
        &bot(),
    );
    assert_eq!((rich.mentioned, rich.text.as_str()), (true, "hello"));
    // A person whose display name starts with the alias is not the bot.
    let other = address(
        &message(
            "{mention-user1} hi",
            vec![user("mention-user1", "tb", "talkbot fan")],
        ),
        &bot(),
    );
    // …and is mentioned quietly: a reply repeating the text does not notify them again.
    assert_eq!(
        (other.mentioned, other.text.as_str()),
        (false, "@\u{200B}talkbot fan hi")
    );
    // A Nextcloud user named like the bot: Talk made the typed `@talkbot` a user mention, the
    // person still meant the bot (by id or by display name, any case).
    for (id, name) in [
        ("talkbot", "Someone"),
        ("tb2", "TalkBot"),
        ("talk bot", "x"),
    ] {
        let typed = address(
            &message(
                "{mention-user1} what is 2+2?",
                vec![user("mention-user1", id, name)],
            ),
            &bot(),
        );
        assert_eq!(
            (typed.mentioned, typed.text.as_str()),
            (true, "what is 2+2?"),
            "{id} {name}"
        );
    }
    // A group named like the bot is not the bot.
    let mut group = user("mention-group1", "talkbot", "talkbot");
    group.object_type = "user-group".into();
    let grouped = address(&message("{mention-group1} hi", vec![group]), &bot());
    assert!(!grouped.mentioned);
}

#[test]
fn repeated_and_adjacent_mentions_do_not_panic() {
    // Each of these sliced `text[2..1]` in `tidy` before (issue: hostile-input defects).
    let cases = [
        ("@talkbot @talkbot hi", "hi"),
        ("@talkbot, @talkbot hello", "hello"),
        ("@talkbot @talkbot", ""),
        ("@talkbot,@talkbot: x", "x"),
        ("hi @talkbot @talkbot, there", "hi, there"),
        ("@talkbot  @talkbot   @talkbot go", "go"),
    ];
    for (text, stripped) in cases {
        let got = address(&message(text, vec![]), &bot());
        assert_eq!(
            (got.mentioned, got.text.as_str()),
            (true, stripped),
            "{text}"
        );
    }
    let rich = address(
        &message(
            "{mention-user1} {mention-user1}, hello",
            vec![user("mention-user1", "bot-abc", "talkbot")],
        ),
        &bot(),
    );
    assert_eq!((rich.mentioned, rich.text.as_str()), (true, "hello"));
}

#[test]
fn fold_is_to_lowercase_where_it_claims_to_be() {
    let claimed = |u: u32| {
        (0..=0x17F).contains(&u) || (0x386..=0x3AB).contains(&u) || (0x400..=0x42F).contains(&u)
    };
    for u in 0..0x500u32 {
        let Some(c) = char::from_u32(u) else { continue };
        let lower: Vec<char> = c.to_lowercase().collect();
        let folded = fold(c);
        if folded != c {
            assert_eq!(lower, [folded], "U+{u:04X}: fold differs from to_lowercase");
        } else if claimed(u) && lower.len() == 1 {
            assert_eq!(
                lower[0], c,
                "U+{u:04X} ({c}) is in a claimed range but not folded"
            );
        }
    }
    // Characters whose lowercase is longer than one character stay as they are.
    assert_eq!(fold('İ'), 'İ');
}

#[test]
fn an_alias_holding_an_at_sign_does_not_overlap_itself() {
    // Found by fuzzing (fuzz/fuzz_targets/address.rs): the second `@` of the alias started
    // an overlapping mention and `address` sliced backwards.
    let bot = BotIdentity {
        aliases: vec!["bot@home".into(), "\0@".into()],
        actor_id: None,
    };
    for (text, stripped) in [("@bot@home @bot@home hi", "hi"), ("@\0@\0@ x", "\0@ x")] {
        let got = address(&message(text, vec![]), &bot);
        assert_eq!(
            (got.mentioned, got.text.as_str()),
            (true, stripped),
            "{text:?}"
        );
    }
}
