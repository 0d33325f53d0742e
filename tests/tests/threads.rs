//! Talk's threads (Talk 22): a reply to a message in a thread lands in that thread, every
//! chunk of it, because every chunk carries `replyTo` and Talk files a reply where its parent
//! is (it ignores `threadId` then: spec §4.2). On a Talk without threads nothing changes. The
//! simulator files messages as Talk does; the bot is the native host.

use std::time::Duration;

use talkbot::simulator::create_body;
use talkbot_tests::harness::{Bot, SECRET, config, data_dir, simulator};

const ROOM: &str = "thread01";
const WAIT: Duration = Duration::from_secs(20);

/// A long question in thread 5 (message 7): its echo, split into chunks, and where Talk filed
/// each.
async fn answer_in_thread(threads: bool) -> Vec<(Option<u64>, Option<u64>)> {
    let sim = simulator(&[SECRET]).await;
    {
        let mut s = sim.state.lock().unwrap();
        s.no_threads = !threads;
        s.max_length = 1000;
        s.threads.insert((ROOM.into(), 7), 5);
    }
    let mut cfg = config(&sim.url(), SECRET, &data_dir("threads"), &[]);
    cfg.max_message_length = 1000;
    cfg.status_reactions = false;
    let bot = Bot::start(cfg).await;
    let text = "A sentence in a thread, long enough to be split. ".repeat(50);
    let (status, _) = sim
        .send_webhook(
            &bot.url,
            SECRET,
            create_body(ROOM, 7, "users/alice", "Alice", &text),
        )
        .await
        .unwrap();
    assert_eq!(status, 200);
    let posted = sim.wait_for_messages(3, WAIT).await;
    bot.stop().await;
    posted.iter().map(|p| (p.reply_to, p.thread_id)).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_chunk_of_a_reply_lands_in_the_questions_thread() {
    let filed = answer_in_thread(true).await;
    assert!(filed.len() >= 3, "{filed:?}");
    assert!(filed.iter().all(|f| *f == (Some(7), Some(5))), "{filed:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_threads_nothing_changes() {
    let filed = answer_in_thread(false).await;
    assert!(filed.len() >= 3, "{filed:?}");
    assert!(filed.iter().all(|f| *f == (Some(7), None)), "{filed:?}");
}
