//! One bot on every host: a single table of scenarios — webhooks in, the simulator's scripted
//! answers, requests out — run against the native `talkbot`, the Spin component under
//! wasmtime (`talkbot_tests::spin_host`), the same component under the real Spin CLI where
//! `TALKBOT_SPIN` names one (`spin up` with the project's `spin.toml`; skipped, saying so,
//! elsewhere), the component from Node (`component/examples/node/bot.mjs`), and the Cloudflare
//! Worker under the real `workerd` (`component/cloudflare`).
//! Every host must produce the same requests, byte for byte where Talk stores them (text,
//! `replyTo`, `referenceId`, `silent`), and the same statuses; the table's expectations keep
//! all three from agreeing on something wrong.
//!
//! The same webhook bytes (fixed `published`) go to each host, in turn, through one simulator,
//! so even the deterministic reference ids must agree. A step is sent once the previous
//! step's replies have arrived; a last sentinel message closes each run, so a reply a step
//! should not have produced shows up before the sentinel's.
//!
//! Not in the table: what only some hosts do today — 👀 status reactions and memory threads
//! (native only). Retrying later is proven per host: `reliability.rs` (native) and
//! `spin_durable.rs` (Spin: the wasmtime harness as a process, and a real Spin CLI if named).

#[allow(dead_code)]
mod spin_process;

use std::time::Duration;

use talkbot::simulator::{
    CreateBody, Posted, Simulator, date_atom_now, membership_body, talk_signature,
};
use talkbot_tests::harness::{Bot, SECRET, config_with_file, data_dir, eventually, simulator};
use talkbot_tests::node_bot::node_bot;
use talkbot_tests::spin_host;
use talkbot_tests::workerd::Workerd;

const ROOM: &str = "parity1";
const WAIT: Duration = Duration::from_secs(30);
const BOT_ID: &str = "bots/bot-8f6f207172d80d995ab6276533cfca2def8a5756";
const GREETING: &str = "Hello! Mention @talkbot to ask me something.";

/// What a step sends.
enum Send {
    /// A signed webhook.
    Webhook(Vec<u8>),
    /// The webhook of an earlier step again (a proxy's retry).
    Again(usize),
    /// A webhook with a forged signature.
    Forged(Vec<u8>),
}

/// One row of the table.
struct Step {
    what: &'static str,
    send: Send,
    /// Talk's maximum message length while this step runs (413 above it).
    max_length: Option<usize>,
    /// The status the host must answer.
    status: u16,
    /// The messages this step must produce.
    posts: Expect,
}

/// A step's messages.
enum Expect {
    /// Exactly these: (text, replyTo).
    Exact(Vec<(String, Option<u64>)>),
    /// `text` split into at least `parts` messages of at most `max_chars`, each a reply to
    /// `reply_to`, together exactly `text`.
    Split {
        text: String,
        reply_to: u64,
        parts: usize,
        max_chars: usize,
    },
}

fn message(
    id: u64,
    actor: &str,
    name: &str,
    text: &str,
    participant: u8,
    published: &str,
) -> Vec<u8> {
    CreateBody {
        participant_type: Some(participant),
        published: Some(published),
        ..CreateBody::new(ROOM, id, actor, name, text)
    }
    .build()
}

/// The table.
fn table() -> Vec<Step> {
    let published = date_atom_now();
    let p = published.as_str();
    let alice = |id, text: &str| message(id, "users/alice", "Alice", text, 3, p);
    let owner = |id, text: &str| message(id, "users/olga", "Olga", text, 1, p);
    let long = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(1250);
    let sentences = "Sentence number one of many. ".repeat(100);
    let step = |what, send, status, posts: Vec<(&str, Option<u64>)>| Step {
        what,
        send,
        max_length: None,
        status,
        posts: Expect::Exact(posts.into_iter().map(|(t, r)| (t.to_string(), r)).collect()),
    };
    let join = membership_body("Join", ROOM, BOT_ID);
    // Another Join of the same room (as real Talk sends it, maybe the same bytes): its step's
    // own random makes its own signature, so its own dedup key and greeting id.
    let rejoin = join.clone();
    vec![
        step(
            "the bot joins: greeting",
            Send::Webhook(join),
            200,
            vec![(GREETING, None)],
        ),
        step(
            "a message: echoed as a reply, @all defanged",
            Send::Webhook(alice(11, "hello @all")),
            200,
            vec![("hello @\u{200B}all", Some(11))],
        ),
        step(
            "a participant cannot change the mode",
            Send::Webhook(alice(12, "/talkbot mode mention")),
            200,
            vec![(
                "Sorry, only the conversation's owner and moderators can change my settings.",
                Some(12),
            )],
        ),
        step(
            "the owner can",
            Send::Webhook(owner(13, "/talkbot mode mention")),
            200,
            vec![(
                "Mode set to mention: I answer when someone mentions @talkbot.",
                Some(13),
            )],
        ),
        step(
            "not mentioned: no answer",
            Send::Webhook(alice(14, "just chatting")),
            200,
            vec![],
        ),
        step(
            "mentioned: the mention is stripped",
            Send::Webhook(alice(15, "@talkbot are you there?")),
            200,
            vec![("are you there?", Some(15))],
        ),
        step(
            "another bot is never answered",
            Send::Webhook(message(
                16,
                "bots/bot-other",
                "Other bot",
                "@talkbot loop?",
                3,
                p,
            )),
            200,
            vec![],
        ),
        step(
            "a retried webhook is answered once",
            Send::Again(5),
            200,
            vec![],
        ),
        step(
            "a forged signature",
            Send::Forged(alice(17, "@talkbot let me in")),
            401,
            vec![],
        ),
        step(
            "a participant cannot make the bot forget the conversation",
            Send::Webhook(alice(23, "/reset")),
            200,
            vec![(
                "Sorry, only the conversation's owner and moderators can make me forget all of it. \
                 `/talkbot forget me` forgets what you asked me here.",
                Some(23),
            )],
        ),
        step(
            "forget me (the echo remembers nothing)",
            Send::Webhook(alice(24, "@talkbot /talkbot forget me")),
            200,
            vec![("I remember nothing you asked me here.", Some(24))],
        ),
        step(
            "/reset by the owner",
            Send::Webhook(owner(18, "/reset")),
            200,
            vec![("Done: I remembered nothing of this conversation.", Some(18))],
        ),
        Step {
            posts: Expect::Split {
                text: long.trim_end().to_string(),
                reply_to: 19,
                parts: 3,
                max_chars: 32000,
            },
            ..step(
                "a long answer: three chunks, each a reply (it stays in the thread)",
                Send::Webhook(alice(19, &format!("@talkbot {long}"))),
                200,
                vec![],
            )
        },
        Step {
            max_length: Some(1000),
            posts: Expect::Split {
                text: sentences.trim_end().to_string(),
                reply_to: 20,
                parts: 3,
                max_chars: 1000,
            },
            ..step(
                "Talk answers 413: split again, every part still a reply",
                Send::Webhook(alice(20, &format!("@talkbot {sentences}"))),
                200,
                vec![],
            )
        },
        step(
            "the bot is removed: a Leave",
            Send::Webhook(membership_body("Leave", ROOM, BOT_ID)),
            200,
            vec![],
        ),
        step(
            "added again: the greeting",
            Send::Webhook(rejoin),
            200,
            vec![(GREETING, None)],
        ),
        step(
            "the Leave forgot the room's mode: answered without a mention",
            Send::Webhook(alice(22, "still here?")),
            200,
            vec![("still here?", Some(22))],
        ),
        step(
            "sentinel",
            Send::Webhook(alice(21, "@talkbot end")),
            200,
            vec![("end", Some(21))],
        ),
    ]
}

/// What one host did: each step's status, and every message Talk stored.
#[derive(Debug, PartialEq)]
struct Run {
    statuses: Vec<(String, u16)>,
    posted: Vec<(String, Option<u64>, Option<String>, bool)>,
}

fn posted(messages: &[Posted]) -> Vec<(String, Option<u64>, Option<String>, bool)> {
    messages
        .iter()
        .map(|m| {
            assert_eq!(m.token, ROOM);
            (
                m.message.clone(),
                m.reply_to,
                m.reference_id.clone(),
                m.silent,
            )
        })
        .collect()
}

/// Run the table against the host at `url`.
async fn run(sim: &Simulator, url: &str, steps: &[Step]) -> Run {
    {
        let mut state = sim.state.lock().unwrap();
        state.messages.clear();
        state.statuses.clear();
        // Like Nextcloud behind Apache mod_proxy_fcgi + php-fpm: a body without
        // Content-Length reads as empty, so every host must frame its requests.
        state.chunked_is_empty = true;
    }
    let mut statuses = Vec::new();
    let mut expected = 0;
    // Every host gets the same headers too: step i's random is fixed, so its signature (the
    // dedup key of a Join, and so its greeting's reference id) is the same on every host.
    let signed = |i: usize, body: &Vec<u8>| {
        let random = format!("parity{i:058}");
        let signature = talk_signature(SECRET, &random, body);
        (random, signature)
    };
    for (n, step) in steps.iter().enumerate() {
        sim.state.lock().unwrap().max_length = step.max_length.unwrap_or(32000);
        let (status, text) = match &step.send {
            Send::Webhook(body) => {
                let (random, signature) = signed(n, body);
                sim.post_webhook(url, &random, &signature, body.clone())
                    .await
            }
            Send::Again(i) => match &steps[*i].send {
                Send::Webhook(body) => {
                    let (random, signature) = signed(*i, body);
                    sim.post_webhook(url, &random, &signature, body.clone())
                        .await
                }
                _ => panic!("step {i} is not a webhook"),
            },
            Send::Forged(body) => {
                sim.post_webhook(url, &"r".repeat(64), &"0".repeat(64), body.clone())
                    .await
            }
        }
        .unwrap();
        assert_eq!(status, step.status, "{url}: {}: {text}", step.what);
        statuses.push((step.what.to_string(), status));
        match &step.posts {
            Expect::Exact(posts) => {
                expected += posts.len();
                let messages = sim.wait_for_messages(expected, WAIT).await;
                assert!(
                    messages.len() >= expected,
                    "{url}: {}: {} messages, {expected} expected",
                    step.what,
                    messages.len()
                );
                let new: Vec<(String, Option<u64>)> = messages[expected - posts.len()..expected]
                    .iter()
                    .map(|m| (m.message.clone(), m.reply_to))
                    .collect();
                assert_eq!(&new, posts, "{url}: {}", step.what);
            }
            Expect::Split {
                text,
                reply_to,
                parts,
                max_chars,
            } => {
                let before = expected;
                let arrived = |sim: &Simulator| {
                    sim.messages()[before..]
                        .iter()
                        .map(|m| m.message.len())
                        .sum::<usize>()
                };
                eventually(step.what, WAIT, || arrived(sim) >= text.len()).await;
                let messages = sim.messages();
                let new = &messages[before..];
                expected = messages.len();
                assert!(
                    new.len() >= *parts,
                    "{url}: {}: {} parts",
                    step.what,
                    new.len()
                );
                let joined: String = new.iter().map(|m| m.message.as_str()).collect();
                assert_eq!(&joined, text, "{url}: {}", step.what);
                for m in new {
                    assert!(
                        m.message.chars().count() <= *max_chars,
                        "{url}: {}",
                        step.what
                    );
                    assert_eq!(m.reply_to, Some(*reply_to), "{url}: {}", step.what);
                }
            }
        }
    }
    let messages = sim.messages();
    assert_eq!(
        messages.len(),
        expected,
        "{url}: messages after the sentinel"
    );
    Run {
        statuses,
        posted: posted(&messages),
    }
}

async fn native(sim: &Simulator, steps: &[Step]) -> Run {
    let dir = data_dir("parity");
    let toml = format!("greeting = {GREETING:?}\nstatus_reactions = false\n");
    let cfg = config_with_file(&sim.url(), SECRET, &dir, &[], &toml);
    let bot = Bot::start(cfg).await;
    let result = run(sim, &bot.url, steps).await;
    bot.stop().await;
    result
}

async fn spin(sim: &Simulator, steps: &[Step]) -> Run {
    let nextcloud = sim.url();
    let app = spin_host::spin_up(&[
        ("bot_secret", SECRET),
        ("nextcloud_url", &nextcloud),
        ("agent_name", "talkbot"),
        ("mode", "all"),
        ("greeting", GREETING),
    ])
    .await;
    run(sim, &app.url, steps).await
}

async fn real_spin(sim: &Simulator, steps: &[Step]) -> Option<Run> {
    let spin = spin_process::spin_cli_or_skip("the parity table")?;
    let dir = data_dir("spin-up");
    let dirs = spin_process::SpinDirs {
        dir: &dir,
        runtime_config: None,
    };
    let variables = [("greeting", GREETING)];
    let runtime = spin_process::Runtime::Cli(spin);
    let app = spin_process::spin_up(&runtime, &sim.url(), SECRET, dirs, &variables).await;
    let result = run(sim, &app.url, steps).await;
    drop(app);
    Some(result)
}

async fn node(sim: &Simulator, steps: &[Step]) -> Option<Run> {
    if std::env::var_os("TALKBOT_SKIP_EMBEDDING").is_some() {
        return None;
    }
    let mut bot = node_bot(&sim.url(), &[("TALKBOT_GREETING", GREETING)]).await?;
    let result = run(sim, &bot.url, steps).await;
    let _ = bot.child.kill().await;
    Some(result)
}

async fn edge(sim: &Simulator, steps: &[Step]) -> Option<Run> {
    let storage = data_dir("parity-workerd");
    let worker = Workerd::start(&sim.url(), &storage, &[("greeting", GREETING)]).await?;
    let result = run(sim, &worker.url(), steps).await;
    drop(worker);
    Some(result)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_same_table_gives_the_same_requests_on_every_host() {
    let sim = simulator(&[SECRET]).await;
    let steps = table();
    let native = native(&sim, &steps).await;
    let spin = spin(&sim, &steps).await;
    assert_eq!(native, spin, "native and Spin (wasmtime harness) differ");
    match real_spin(&sim, &steps).await {
        Some(real) => assert_eq!(native, real, "native and the real Spin differ"),
        None => eprintln!("the real Spin host was skipped"),
    }
    match node(&sim, &steps).await {
        Some(node) => assert_eq!(native, node, "native and Node differ"),
        None => eprintln!("the Node host was skipped"),
    }
    match edge(&sim, &steps).await {
        Some(edge) => assert_eq!(native, edge, "native and the Worker (workerd) differ"),
        None => eprintln!("the Worker (workerd) was skipped"),
    }
    // Sanity: the long answer is three chunks that rebuild the text, with distinct ids.
    let long: Vec<usize> = native
        .posted
        .iter()
        .filter(|(_, reply_to, ..)| *reply_to == Some(19))
        .map(|(text, ..)| text.chars().count())
        .collect();
    assert_eq!(long.len(), 3, "chunk lengths {long:?}");
    let ids: std::collections::HashSet<_> = native.posted.iter().map(|p| p.2.clone()).collect();
    assert_eq!(ids.len(), native.posted.len(), "reference ids repeat");
    assert!(
        native
            .posted
            .iter()
            .all(|p| p.2.as_ref().is_some_and(|r| r.len() == 64))
    );
}
