//! Mentions as people mean them: Talk turns a typed `@talkbot` into a mention of a Nextcloud
//! user of that name when one exists (the person still meant the bot), and a reply that repeats
//! someone's mention must not notify them again.

use std::time::Duration;

use talkbot::simulator::php_json_string;
use talkbot_tests::harness::{Bot, SECRET, config_with_file, data_dir, simulator};

const WAIT: Duration = Duration::from_secs(30);

/// A Create webhook whose message has one rich user mention, as Talk writes it.
fn with_mention(room: &str, id: u64, template: &str, user: (&str, &str)) -> Vec<u8> {
    let content = format!(
        "{{\"message\":{},\"parameters\":{{\"mention-user1\":{{\"type\":\"user\",\"id\":{},\"name\":{}}}}}}}",
        php_json_string(template),
        php_json_string(user.0),
        php_json_string(user.1),
    );
    format!(
        "{{\"type\":\"Create\",\"actor\":{{\"type\":\"Person\",\"id\":\"users\\/ada\",\"name\":\"Ada\",\"talkParticipantType\":\"3\"}},\"object\":{{\"type\":\"Note\",\"id\":\"{id}\",\"name\":\"message\",\"content\":{},\"mediaType\":\"text\\/markdown\"}},\"target\":{{\"type\":\"Collection\",\"id\":\"{room}\",\"name\":\"Room\"}}}}",
        php_json_string(&content)
    )
    .into_bytes()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_user_mention_named_like_the_bot_addresses_it_and_echoes_never_re_mention() {
    let sim = simulator(&[SECRET]).await;
    let dir = data_dir("mentions");
    let toml = "mode = \"mention\"\nstatus_reactions = false\n";
    let bot = Bot::start(config_with_file(&sim.url(), SECRET, &dir, &[], toml)).await;
    // A Nextcloud user `talkbot` exists: Talk made the typed @talkbot a user mention.
    let body = with_mention(
        "ment1",
        1,
        "{mention-user1} what is 2+2?",
        ("talkbot", "talkbot"),
    );
    let (status, text) = sim.send_webhook(&bot.url, SECRET, body).await.unwrap();
    assert_eq!(status, 200, "{text}");
    let posted = sim.wait_for_messages(1, WAIT).await;
    assert_eq!(posted[0].message, "what is 2+2?");
    // Someone else's mention in a question to the bot: the echo names them without `@name`
    // that Talk would notify (a zero-width space after the `@`).
    let body = with_mention("ment1", 2, "@talkbot ask {mention-user1}", ("bob", "Bob"));
    sim.send_webhook(&bot.url, SECRET, body).await.unwrap();
    let posted = sim.wait_for_messages(2, WAIT).await;
    assert_eq!(posted[1].message, "ask @\u{200B}Bob");
    bot.stop().await;
}

/// The echo repeats what a person wrote: a leading `<think>…</think>` of theirs is kept (only a
/// model's reasoning is removed).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_echo_keeps_a_persons_think_tags() {
    let sim = simulator(&[SECRET]).await;
    let dir = data_dir("echo-think");
    let bot = Bot::start(config_with_file(
        &sim.url(),
        SECRET,
        &dir,
        &[],
        "status_reactions = false\n",
    ))
    .await;
    let body = talkbot::simulator::create_body(
        "think1",
        1,
        "users/ada",
        "Ada",
        "<think>my own words</think> are these",
    );
    sim.send_webhook(&bot.url, SECRET, body).await.unwrap();
    let posted = sim.wait_for_messages(1, WAIT).await;
    assert_eq!(posted[0].message, "<think>my own words</think> are these");
    bot.stop().await;
}
