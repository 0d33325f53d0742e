//! AI responders end to end: a real talkbot, the Talk simulator, and OpenAI-compatible servers
//! on loopback (the tests' own, scriptable). Covers the model request, conversation memory and
//! reply threads, the fallback chain, the failure reply, output defanging, personas,
//! allowlists and moderator commands.

use std::time::Duration;

use talkbot::config::{Config, ResponderConfig};
use talkbot::simulator::{CreateBody, Simulator, membership_body};
use talkbot_tests::fake_openai::{FakeOpenAi, Reply};
use talkbot_tests::harness::{
    Bot, SECRET, config, config_with_file, data_dir, env_refs, eventually, simulator,
};

const ROOM: &str = "airoom1";
const WAIT: Duration = Duration::from_secs(20);
const BOT_ACTOR: &str = "bots/bot-0123456789abcdef";

/// Post a message as `actor` and wait until the bot posted `expect_total` messages.
async fn say(
    sim: &Simulator,
    bot: &Bot,
    body: CreateBody<'_>,
    expect_total: usize,
) -> talkbot::simulator::Posted {
    let (status, _) = sim
        .send_webhook(&bot.url, SECRET, body.build())
        .await
        .unwrap();
    assert_eq!(status, 200);
    let posted = sim.wait_for_messages(expect_total, WAIT).await;
    assert_eq!(posted.len(), expect_total, "{posted:?}");
    posted[expect_total - 1].clone()
}

fn msg<'a>(id: u64, actor: &'a str, name: &'a str, text: &'a str) -> CreateBody<'a> {
    CreateBody::new(ROOM, id, actor, name, text)
}

fn quiet(mut cfg: Config) -> Config {
    cfg.status_reactions = false;
    cfg
}

fn pair(role: &str, content: &str) -> (String, String) {
    (role.to_string(), content.to_string())
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn model_answers_with_memory_reply_threads_and_reset() {
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("gpt").await;
    let env = model.env();
    let dir = data_dir("ai-memory");
    let cfg = quiet(config(&sim.url(), SECRET, &dir, &env_refs(&env)));
    let bot = Bot::start(cfg).await;

    model.script([Reply::Text("Paris.".into())]);
    let answer = say(
        &sim,
        &bot,
        msg(1, "users/alice", "Alice", "What is the capital of France?"),
        1,
    )
    .await;
    assert_eq!(
        (answer.message.as_str(), answer.reply_to),
        ("Paris.", Some(1))
    );
    let first = &model.received()[0];
    assert_eq!(first.path, "/v1/chat/completions");
    assert_eq!(first.authorization.as_deref(), Some("Bearer sk-test"));
    assert_eq!(first.body["model"], "test-model");
    assert_eq!(first.body["stream"], false);
    let messages = first.messages();
    assert_eq!(messages.len(), 2, "{messages:?}");
    assert_eq!(messages[0].0, "system");
    assert!(messages[0].1.contains("talkbot"), "{}", messages[0].1);
    assert_eq!(
        messages[1],
        pair("user", "Alice: What is the capital of France?")
    );

    // The next message in the conversation sees the exchange before it.
    say(
        &sim,
        &bot,
        msg(2, "users/bob", "Bob", "And its population?"),
        2,
    )
    .await;
    assert_eq!(
        model.received()[1].messages()[1..],
        [
            pair("user", "Alice: What is the capital of France?"),
            pair("assistant", "Paris."),
            pair("user", "Bob: And its population?"),
        ]
    );

    // Replying to the bot's answer opens a reply thread: it sees the exchange it quotes (and
    // the quote), not the rest of the conversation.
    let mut reply = msg(3, "users/alice", "Alice", "Are you sure?");
    reply.in_reply_to = Some((100, BOT_ACTOR, "talkbot", "Paris."));
    say(&sim, &bot, reply, 3).await;
    assert_eq!(
        model.received()[2].messages()[1..],
        [
            pair("user", "Alice: What is the capital of France?"),
            pair("assistant", "Paris."),
            pair(
                "user",
                "(in reply to talkbot: \"Paris.\")\nAlice: Are you sure?"
            ),
        ]
    );

    // Back in the conversation: the thread's messages are not in its context; a quoted
    // message the bot never saw is passed along.
    let mut quoting = msg(4, "users/alice", "Alice", "Anyone?");
    quoting.in_reply_to = Some((50, "users/carol", "Carol", "ping"));
    say(&sim, &bot, quoting, 4).await;
    let seen = model.received()[3].messages();
    assert_eq!(seen.len(), 6, "{seen:?}");
    assert_eq!(seen[3], pair("user", "Bob: And its population?"));
    assert_eq!(
        seen[5],
        pair("user", "(in reply to Carol: \"ping\")\nAlice: Anyone?")
    );

    // `/reset` forgets the whole conversation: a moderator's command, not Bob's.
    let refused = say(&sim, &bot, msg(5, "users/bob", "Bob", "/reset"), 5).await;
    assert!(
        refused
            .message
            .starts_with("Sorry, only the conversation's owner and moderators"),
        "{}",
        refused.message
    );
    // Alice forgets what she asked (three questions): her turns and the answers to them go,
    // Bob's exchange stays.
    let mine = say(
        &sim,
        &bot,
        msg(6, "users/alice", "Alice", "/talkbot forget me"),
        6,
    )
    .await;
    assert!(
        mine.message
            .starts_with("Done: I have forgotten 3 messages of yours here"),
        "{}",
        mine.message
    );
    assert_eq!(mine.reply_to, Some(6));
    assert_eq!(
        model.received().len(),
        4,
        "a command is not sent to the model"
    );
    let second_answer = sim.messages()[1].message.clone();
    say(&sim, &bot, msg(7, "users/bob", "Bob", "Anything left?"), 7).await;
    assert_eq!(
        model.received()[4].messages()[1..],
        [
            pair("user", "Bob: And its population?"),
            pair("assistant", &second_answer),
            pair("user", "Bob: Anything left?"),
        ]
    );
    // Only what finished jobs must keep to recognise a duplicate is left of Alice's messages
    // (and everyone's) in the store: their dedup keys.
    let queue = rusqlite::Connection::open(dir.join("queue.sqlite3")).unwrap();
    let kept: i64 = queue
        .query_row(
            "SELECT count(*) FROM jobs WHERE state = 'done' AND id < 6
               AND (length(body) > 0 OR machine IS NOT NULL OR reply IS NOT NULL)",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(kept, 0);
    let turns: i64 = queue
        .query_row(
            "SELECT count(*) FROM turns WHERE text LIKE '%Alice%'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(turns, 0);

    // The owner's `/reset`: the rest goes (four turns), the next request carries no history.
    let owner = CreateBody {
        participant_type: Some(1),
        ..msg(8, "users/olga", "Olga", "/reset")
    };
    let done = say(&sim, &bot, owner, 8).await;
    assert_eq!(
        done.message,
        "Done: I have forgotten this conversation (4 messages I remembered)."
    );
    say(&sim, &bot, msg(9, "users/bob", "Bob", "Fresh start"), 9).await;
    assert_eq!(
        model.received()[5].messages()[1..],
        [pair("user", "Bob: Fresh start")]
    );

    // The bot leaving drops the memory.
    let (status, _) = sim
        .send_webhook(&bot.url, SECRET, membership_body("Leave", ROOM, BOT_ACTOR))
        .await
        .unwrap();
    assert_eq!(status, 200);
    eventually("memory to be dropped", WAIT, || {
        bot.app.store.memory(0, ROOM).unwrap().is_empty()
    })
    .await;
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn fallback_chain_answers_on_500_429_timeout_and_connection_failure() {
    let sim = simulator(&[SECRET]).await;
    let primary = FakeOpenAi::start("primary").await;
    let backup = FakeOpenAi::start("backup").await;
    let env = primary.env();
    let toml = format!(
        "fallback = [\"backup\"]\n[responders.backup]\nkind = \"openai\"\nbase_url = \"{}\"\nmodel = \"small\"\n",
        backup.base_url()
    );
    let mut cfg = quiet(config_with_file(
        &sim.url(),
        SECRET,
        &data_dir("ai-fallback"),
        &env_refs(&env),
        &toml,
    ));
    assert_eq!(cfg.chain, ["openai", "backup"]);
    if let Some(ResponderConfig::OpenAi(ai)) = cfg.responders.get_mut("openai") {
        ai.timeout = Duration::from_millis(500);
    }
    let bot = Bot::start(cfg).await;
    primary.script([
        Reply::Status(500),
        Reply::Status(429),
        Reply::Slow(Duration::from_secs(3), "too late".into()),
    ]);
    for id in 1..=3 {
        let text = format!("question {id}");
        let answer = say(
            &sim,
            &bot,
            msg(id, "users/alice", "Alice", &text),
            id as usize,
        )
        .await;
        assert_eq!(answer.message, backup.answer_to(&format!("Alice: {text}")));
    }
    // The primary recovers: it answers again, first in the chain.
    let answer = say(&sim, &bot, msg(4, "users/alice", "Alice", "back?"), 4).await;
    assert_eq!(answer.message, primary.answer_to("Alice: back?"));
    assert_eq!(backup.received()[0].body["model"], "small");

    let m = &bot.app.metrics;
    assert_eq!(
        [
            m.responder_count("openai", "server_error"),
            m.responder_count("openai", "rate_limited"),
            m.responder_count("openai", "timeout"),
            m.responder_count("openai", "answered"),
            m.responder_count("backup", "answered"),
        ],
        [1, 1, 1, 1, 3]
    );
    let depth = bot.app.store.depth().unwrap();
    let exposition = m.render(&talkbot::metrics::Gauges {
        queue_depth: depth,
        ..Default::default()
    });
    assert!(
        exposition.contains(
            "talkbot_responder_results_total{responder=\"backup\",outcome=\"answered\"} 3"
        ),
        "{exposition}"
    );
    bot.stop().await;

    // Nothing listens at the primary's address: the backup answers.
    let closed = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap()
    };
    let sim = simulator(&[SECRET]).await;
    let env = vec![
        ("TALKBOT_RESPONDER", "openai".to_string()),
        ("OPENAI_BASE_URL", format!("http://{closed}/v1")),
        ("TALKBOT_MODEL", "m".to_string()),
        ("TALKBOT_FALLBACK", "backup".to_string()),
    ];
    let cfg = quiet(config_with_file(
        &sim.url(),
        SECRET,
        &data_dir("ai-fallback-conn"),
        &env_refs(&env),
        &toml,
    ));
    let bot = Bot::start(cfg).await;
    let answer = say(&sim, &bot, msg(1, "users/alice", "Alice", "hello"), 1).await;
    assert_eq!(answer.message, backup.answer_to("Alice: hello"));
    assert_eq!(bot.app.metrics.responder_count("openai", "connection"), 1);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn when_every_responder_fails_the_user_gets_an_honest_reply() {
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("gpt").await;
    let env = model.env();
    let mut cfg = config(&sim.url(), SECRET, &data_dir("ai-failure"), &env_refs(&env));
    cfg.status_reaction_delay = Duration::from_secs(60);
    let bot = Bot::start(cfg).await;

    // 503 twice: tried again once (responder_attempts = 2), then the failure reply and ⚠️.
    model.script([Reply::Status(503), Reply::Status(503)]);
    let notice = say(&sim, &bot, msg(1, "users/alice", "Alice", "hello?"), 1).await;
    assert_eq!(
        notice.message,
        talkbot_component::rules::defaults().failure_reply.as_str()
    );
    assert_eq!(notice.reply_to, Some(1));
    assert_eq!(model.received().len(), 2);
    eventually("⚠️ on the message", WAIT, || {
        sim.state
            .lock()
            .unwrap()
            .reactions
            .contains(&(ROOM.to_string(), 1, "⚠️".to_string()))
    })
    .await;
    eventually("the job to be marked failed", WAIT, || {
        bot.app
            .store
            .state(1)
            .unwrap()
            .is_some_and(|(state, _)| state == talkbot::store::JobState::Failed)
    })
    .await;
    let (_, error) = bot.app.store.state(1).unwrap().unwrap();
    assert!(
        error.as_deref().unwrap_or_default().contains("HTTP 503"),
        "{error:?}"
    );

    // A refusal (bad key) is not retried: one request, then the notice.
    model.script([Reply::Status(401)]);
    let notice = say(&sim, &bot, msg(2, "users/alice", "Alice", "again?"), 2).await;
    assert_eq!(
        notice.message,
        talkbot_component::rules::defaults().failure_reply.as_str()
    );
    assert_eq!(model.received().len(), 3);

    // A failed answer is not remembered: the next request has no history of it.
    let answer = say(&sim, &bot, msg(3, "users/alice", "Alice", "now?"), 3).await;
    assert_eq!(answer.message, model.answer_to("Alice: now?"));
    assert_eq!(model.received()[3].messages().len(), 2);
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn model_output_cannot_notify_everyone() {
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("gpt").await;
    let env = model.env();
    let cfg = quiet(config(
        &sim.url(),
        SECRET,
        &data_dir("ai-defang"),
        &env_refs(&env),
    ));
    let bot = Bot::start(cfg).await;
    model.script([Reply::Text(
        "<think>the user wants a broadcast</think>@all stand-up moved; ping @\"group/admins\", @here and @alice"
            .into(),
    )]);
    let answer = say(&sim, &bot, msg(1, "users/alice", "Alice", "announce it"), 1).await;
    assert_eq!(
        answer.message,
        "@\u{200B}all stand-up moved; ping @\u{200B}\"group/admins\", @\u{200B}here and @alice"
    );
    bot.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn personas_allowlists_and_moderator_commands() {
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("gpt").await;
    let env = model.env();
    let toml = "allowed_users = [\"alice\", \"bob\", \"users/carol\", \"guests/g1\"]\n\
                [personas.pirate]\nsystem_prompt = \"Talk like a pirate.\"\n\
                [users.bob]\npersona = \"pirate\"\n";
    let cfg = quiet(config_with_file(
        &sim.url(),
        SECRET,
        &data_dir("ai-routing"),
        &env_refs(&env),
        toml,
    ));
    let bot = Bot::start(cfg).await;
    let system = |i: usize| model.received()[i].messages()[0].1.clone();

    // Bob always gets his persona; Alice the default.
    say(&sim, &bot, msg(1, "users/alice", "Alice", "hi"), 1).await;
    say(&sim, &bot, msg(2, "users/bob", "Bob", "hi"), 2).await;
    assert!(system(0).contains("talkbot"));
    assert_eq!(system(1), "Talk like a pirate.");

    // Dave is not on the allowlist: ignored (Alice's next message is answered after it).
    sim.send_webhook(
        &bot.url,
        SECRET,
        msg(3, "users/dave", "Dave", "hello?").build(),
    )
    .await
    .unwrap();
    say(&sim, &bot, msg(4, "users/alice", "Alice", "still here"), 3).await;
    assert_eq!(model.received().len(), 3);

    // Only owners and moderators change settings; others get a polite refusal.
    let refusal = say(
        &sim,
        &bot,
        msg(5, "users/alice", "Alice", "/talkbot mode mention"),
        4,
    )
    .await;
    assert!(
        refusal
            .message
            .contains("only the conversation's owner and moderators"),
        "{}",
        refusal.message
    );
    let mut owner = msg(6, "users/carol", "Carol", "/talkbot mode mention");
    owner.participant_type = Some(1);
    let set = say(&sim, &bot, owner, 5).await;
    assert_eq!(
        set.message,
        "Mode set to mention: I answer when someone mentions @talkbot."
    );
    assert_eq!(set.reply_to, Some(6));

    // Mode mention: unaddressed messages are ignored, mentions answered without the mention.
    sim.send_webhook(
        &bot.url,
        SECRET,
        msg(7, "users/alice", "Alice", "just chatting").build(),
    )
    .await
    .unwrap();
    say(
        &sim,
        &bot,
        msg(8, "users/alice", "Alice", "@talkbot are you there?"),
        6,
    )
    .await;
    let last = model.received().last().unwrap().messages();
    assert_eq!(last.last().unwrap(), &pair("user", "Alice: are you there?"));
    assert_eq!(model.received().len(), 4);

    // A moderator (guest moderator, type 6) switches the room's persona.
    let mut moderator = msg(9, "guests/g1", "Gina", "/talkbot persona pirate");
    moderator.participant_type = Some(6);
    let set = say(&sim, &bot, moderator, 7).await;
    assert_eq!(set.message, "Persona set to pirate for this conversation.");
    say(
        &sim,
        &bot,
        msg(10, "users/alice", "Alice", "@talkbot ahoy"),
        8,
    )
    .await;
    assert_eq!(system(4), "Talk like a pirate.");
    let mut status = msg(11, "users/carol", "Carol", "/talkbot status");
    status.participant_type = Some(2);
    let status = say(&sim, &bot, status, 9).await;
    assert!(
        status
            .message
            .starts_with("Mode: mention. Persona: pirate. Answered by: openai."),
        "{}",
        status.message
    );

    // Off: nothing is answered, but moderators can switch it back on.
    let mut off = msg(12, "users/carol", "Carol", "/talkbot mode off");
    off.participant_type = Some(1);
    say(&sim, &bot, off, 10).await;
    sim.send_webhook(
        &bot.url,
        SECRET,
        msg(13, "users/alice", "Alice", "@talkbot hello?").build(),
    )
    .await
    .unwrap();
    let mut on = msg(14, "users/carol", "Carol", "//talkbot mode all");
    on.participant_type = Some(1);
    let on = say(&sim, &bot, on, 11).await;
    assert_eq!(on.message, "Mode set to all: I answer every message here.");
    assert_eq!(model.received().len(), 5, "nothing answered while off");

    // Talk before 21 sends no participant type: settings cannot be changed from the chat.
    let mut old = msg(15, "users/carol", "Carol", "/talkbot mode off");
    old.participant_type = None;
    let refusal = say(&sim, &bot, old, 12).await;
    assert!(
        refusal.message.contains("cannot tell who moderates"),
        "{}",
        refusal.message
    );
    // Settings changed from the chat survive a restart.
    let settings = bot.app.store.room(0, ROOM).unwrap();
    assert_eq!(
        (settings.mode, settings.persona.as_deref()),
        (Some(talkbot::protocol::Mode::All), Some("pirate"))
    );
    bot.stop().await;
}

#[test]
fn openai_quick_start_configuration() {
    let env = |pairs: &'static [(&'static str, &'static str)]| {
        move |key: &str| {
            pairs
                .iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| v.to_string())
        }
    };
    let base: &[(&str, &str)] = &[
        ("NEXTCLOUD_URL", "https://cloud.example.com"),
        ("NEXTCLOUD_TALK_BOT_SECRET", SECRET),
        ("TALKBOT_RESPONDER", "openai"),
        ("TALKBOT_MODEL", "llama3.2"),
        ("OPENAI_BASE_URL", "http://127.0.0.1:11434/v1/"),
    ];
    let config = Config::load(&env(base), None).unwrap();
    match &config.responders["openai"] {
        ResponderConfig::OpenAi(ai) => {
            assert_eq!(ai.base_url, "http://127.0.0.1:11434/v1");
            assert_eq!(ai.model, "llama3.2");
            assert!(ai.api_key.is_none());
        }
        other => panic!("{other:?}"),
    }
    let missing_model: &[(&str, &str)] = &[
        ("NEXTCLOUD_URL", "https://cloud.example.com"),
        ("NEXTCLOUD_TALK_BOT_SECRET", SECRET),
        ("TALKBOT_RESPONDER", "openai"),
        ("OPENAI_API_KEY", "sk-x"),
    ];
    let err = Config::load(&env(missing_model), None).unwrap_err();
    assert_eq!(err.key, "TALKBOT_MODEL", "{err}");
    let missing_key: &[(&str, &str)] = &[
        ("NEXTCLOUD_URL", "https://cloud.example.com"),
        ("NEXTCLOUD_TALK_BOT_SECRET", SECRET),
        ("TALKBOT_RESPONDER", "openai"),
        ("TALKBOT_MODEL", "gpt-4o-mini"),
    ];
    let err = Config::load(&env(missing_key), None).unwrap_err();
    assert_eq!(err.key, "OPENAI_API_KEY", "{err}");
    let unknown: &[(&str, &str)] = &[
        ("NEXTCLOUD_URL", "https://cloud.example.com"),
        ("NEXTCLOUD_TALK_BOT_SECRET", SECRET),
        ("TALKBOT_RESPONDER", "claude"),
    ];
    let err = Config::load(&env(unknown), None).unwrap_err();
    assert!(err.reason.contains("[responders.<name>]"), "{err}");
}

#[test]
fn the_readme_configuration_example_loads() {
    let readme = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../README.md"))
        .expect("README.md");
    let start = readme
        .find("A fuller setup in the TOML file:")
        .expect("the example");
    let block = &readme[start..];
    let block = &block[block.find("```toml\n").unwrap() + 8..];
    let block = &block[..block.find("```").unwrap()];
    let dir = data_dir("readme");
    let path = dir.join("talkbot.toml");
    std::fs::write(&path, block).unwrap();
    let env = |key: &str| {
        [
            ("NEXTCLOUD_URL", "https://cloud.example.com"),
            ("NEXTCLOUD_TALK_BOT_SECRET", SECRET),
            ("OPENAI_API_KEY", "sk-x"),
        ]
        .iter()
        .find(|(k, _)| *k == key)
        .map(|(_, v)| v.to_string())
    };
    let config = Config::load(&env, Some(&path)).unwrap();
    assert_eq!(config.chain, ["openai", "local"]);
    assert_eq!(config.personas["pirate"].chain, ["local"]);
    assert_eq!(config.memory_turns, 20);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cli_model_recipes_fall_back_and_never_see_the_bot_secret() {
    use std::os::unix::fs::PermissionsExt;
    let sim = simulator(&[SECRET]).await;
    let dir = data_dir("cli-models");
    // Stand-ins for `claude -p` (not logged in) and `ollama run` (answers).
    let write = |name: &str, body: &str| {
        let path = dir.join(name);
        std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
        path.display().to_string()
    };
    let claude = write(
        "claude",
        "echo 'Invalid API key · Please run /login' >&2\nexit 1",
    );
    let ollama = write(
        "ollama",
        "printf '%s|%s|%s' \"$2\" \"$3\" \"${NEXTCLOUD_TALK_BOT_SECRET:-no secret}\"",
    );
    let toml = format!(
        r#"responder = "claude"
fallback = ["ollama"]
status_reactions = false

[responders.claude]
kind = "command"
command = "sh -c '{claude} -p \"$TALKBOT_MESSAGE\"'"

[responders.ollama]
kind = "command"
command = "sh -c '{ollama} run llama3.2 \"$TALKBOT_MESSAGE\"'"
"#
    );
    let bot = Bot::start(config_with_file(&sim.url(), SECRET, &dir, &[], &toml)).await;
    sim.send_webhook(
        &bot.url,
        SECRET,
        talkbot::simulator::create_body(
            "room1234",
            1,
            "users/alice",
            "Alice",
            "why \"$HOME\"; rm -rf /?",
        ),
    )
    .await
    .unwrap();
    let messages = sim.wait_for_messages(1, WAIT).await;
    assert_eq!(
        messages[0].message,
        "llama3.2|why \"$HOME\"; rm -rf /?|no secret"
    );
    assert_eq!(bot.app.metrics.responder_count("claude", "failed"), 1);
    assert_eq!(bot.app.metrics.responder_count("ollama", "answered"), 1);
    bot.stop().await;
}

#[test]
fn a_missing_command_program_is_a_start_up_error() {
    let dir = data_dir("missing-program");
    let cfg = config(
        "http://127.0.0.1:9",
        SECRET,
        &dir,
        &[("TALKBOT_RESPONDER", "command:no-such-model-cli --fast")],
    );
    let error = talkbot::app::App::new(cfg)
        .err()
        .expect("refused")
        .to_string();
    assert!(
        error.contains("no-such-model-cli is not in PATH"),
        "{error}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn forget_me_and_forget_all_natively_and_in_node() {
    use talkbot_tests::scenarios::forget_me_and_forget_all;
    // The native host.
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("gpt").await;
    let env = model.env();
    let cfg = quiet(config(
        &sim.url(),
        SECRET,
        &data_dir("ai-forget"),
        &env_refs(&env),
    ));
    let bot = Bot::start(cfg).await;
    forget_me_and_forget_all(&sim, &model, &bot.url).await;
    bot.stop().await;
    // The Node host on the component (`component/examples/node/bot.mjs`).
    let sim = simulator(&[SECRET]).await;
    let model = FakeOpenAi::start("gpt").await;
    let base = model.base_url();
    let Some(mut node) = talkbot_tests::node_bot::node_bot(
        &sim.url(),
        &[
            ("TALKBOT_OPENAI_BASE_URL", base.as_str()),
            ("TALKBOT_OPENAI_MODEL", "m"),
        ],
    )
    .await
    else {
        return;
    };
    forget_me_and_forget_all(&sim, &model, &node.url).await;
    let _ = node.child.kill().await;
}
