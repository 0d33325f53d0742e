//! The soak: N unique webhooks over many conversations into a real `talkbot serve`, with
//! random SIGKILLs and restarts, a Talk outage (503s) and Talk latency; then, per webhook,
//! lost, duplicated and out of order. Run through `bench/soak.sh`.
//!
//! `talkbot-soak BIN [webhooks] [kills] [outage seconds] [latency ms] [conversations] [rate/s]`

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use talkbot::simulator::create_body;
use talkbot_tests::harness::{SECRET, data_dir, simulator};
use talkbot_tests::process::{Talkbot, free_port};

fn arg(args: &[String], i: usize, default: u64) -> u64 {
    args.get(i).and_then(|a| a.parse().ok()).unwrap_or(default)
}

async fn scrape(bot: &Talkbot, name: &str) -> f64 {
    let url = format!("http://127.0.0.1:{}/metrics", bot.port);
    let Ok(r) = reqwest::get(url).await else {
        return 0.0;
    };
    r.text()
        .await
        .unwrap_or_default()
        .lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix(' ')?.parse().ok())
        .unwrap_or(0.0)
}

/// A pseudo-random sequence (xorshift), seeded from the clock: no dependency.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(bin) = args.get(1).cloned() else {
        eprintln!(
            "usage: talkbot-soak BIN [webhooks] [kills] [outage seconds] [latency ms] [conversations] [rate/s]"
        );
        std::process::exit(2);
    };
    let total = arg(&args, 2, 1000);
    let kills = arg(&args, 3, 5);
    let outage = Duration::from_secs(arg(&args, 4, 20));
    let latency = Duration::from_millis(arg(&args, 5, 400));
    let rooms = arg(&args, 6, 50).max(1);
    let rate = arg(&args, 7, 100).max(1);
    let mut rng = Rng(std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(7, |d| d.as_nanos() as u64)
        | 1);

    let sim = simulator(&[SECRET]).await;
    sim.set_latency(latency);
    let dir = data_dir("soak");
    let port = free_port();
    let mut bot = Talkbot::spawn(&bin, &sim.url(), port, &dir, &[("TALKBOT_LOG", "error")]);
    bot.wait_listening().await;
    let start = Instant::now();
    // Kill points spread over the sending phase; the outage starts a third of the way in.
    let mut kill_at: Vec<u64> = (0..kills).map(|_| 1 + rng.next() % total.max(2)).collect();
    kill_at.sort();
    let outage_at = total / 3;
    let (mut accepted, mut refused_attempts, mut resent, mut killed) = (0u64, 0u64, 0.0, 0u64);
    let mut next_kill = kill_at.iter().peekable();
    for i in 1..=total {
        // Paced: kills and the outage fall in the middle of the traffic, not after it.
        let due = start + Duration::from_secs_f64(i as f64 / rate as f64);
        tokio::time::sleep_until(due.into()).await;
        if i == outage_at {
            sim.outage(outage);
            eprintln!(
                "[{:>5.1}s] Talk answers 503 for {outage:?}",
                start.elapsed().as_secs_f64()
            );
        }
        while next_kill.peek().is_some_and(|&&k| k <= i) {
            next_kill.next();
            resent += scrape(&bot, "talkbot_deliveries_resent_total").await;
            bot.kill();
            killed += 1;
            eprintln!(
                "[{:>5.1}s] SIGKILL after {} webhooks",
                start.elapsed().as_secs_f64(),
                i - 1
            );
            bot = Talkbot::spawn(&bin, &sim.url(), port, &dir, &[("TALKBOT_LOG", "error")]);
            bot.wait_listening().await;
        }
        let room = format!("soak{:04}", (i * 7919) % rooms);
        let body = create_body(&room, i, "users/alice", "Alice", &format!("soak {i}"));
        // Like Talk, one try per webhook; unlike Talk, the soak tries again while talkbot is
        // down (the webhook was then never accepted, so nothing is lost by talkbot).
        loop {
            match sim.send_webhook(&bot.url(), SECRET, body.clone()).await {
                Ok((200, _)) => {
                    accepted += 1;
                    break;
                }
                _ => {
                    refused_attempts += 1;
                    tokio::time::sleep(Duration::from_millis(20)).await;
                }
            }
        }
    }
    let sent_in = start.elapsed();
    eprintln!(
        "[{:>5.1}s] all {total} webhooks accepted; waiting for replies",
        sent_in.as_secs_f64()
    );
    let deadline = Instant::now() + outage + Duration::from_secs(120);
    let unique = |messages: &[talkbot::simulator::Posted]| {
        messages
            .iter()
            .map(|m| m.message.as_str())
            .collect::<std::collections::BTreeSet<_>>()
            .len() as u64
    };
    while unique(&sim.messages()) < total && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Late duplicates, if any, arrive now.
    tokio::time::sleep(Duration::from_secs(2) + latency * 2).await;
    resent += scrape(&bot, "talkbot_deliveries_resent_total").await;
    bot.kill();

    let messages = sim.messages();
    let mut per_id: BTreeMap<u64, u32> = BTreeMap::new();
    let mut last_in_room: BTreeMap<String, u64> = BTreeMap::new();
    let mut out_of_order = 0;
    for m in &messages {
        let Some(id) = m.message.strip_prefix("soak ").and_then(|n| n.parse().ok()) else {
            continue;
        };
        let seen = per_id.entry(id).or_default();
        *seen += 1;
        if *seen == 1 {
            let last = last_in_room.entry(m.token.clone()).or_default();
            if id < *last {
                out_of_order += 1;
            }
            *last = (*last).max(id);
        }
    }
    let lost = (1..=total).filter(|id| !per_id.contains_key(id)).count();
    let duplicated = per_id.values().filter(|&&n| n > 1).count();
    println!(
        "soak: {total} webhooks at {rate}/s over {rooms} conversations, {killed} SIGKILLs, {outage:?} outage, {latency:?} Talk latency"
    );
    println!("  accepted (200)            {accepted}");
    println!("  refused while restarting  {refused_attempts} attempts (re-sent by the soak)");
    println!("  replies                   {}", messages.len());
    println!("  lost                      {lost}");
    println!("  duplicated                {duplicated}");
    println!("  out of order              {out_of_order}");
    println!("  counted re-sends          {resent}");
    println!(
        "  time                      {:.1} s sending, {:.1} s in all",
        sent_in.as_secs_f64(),
        start.elapsed().as_secs_f64()
    );
    std::process::exit(
        if lost == 0 && out_of_order == 0 && duplicated as f64 <= resent {
            0
        } else {
            1
        },
    );
}
