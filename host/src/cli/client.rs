//! Commands that talk to a running talkbot (`health`) or to Talk's bot API (`post`, `react`).

use std::net::SocketAddr;
use std::process::ExitCode;
use std::time::Duration;

use crate::config::Config;
use crate::delivery::Deliverer;
use crate::protocol::{EngineOptions, JobClock, Outcome, ProtocolEngine, TalkAnswer};
use crate::store::UnauthorizedLog;
use crate::worker::standing::BackendStanding;
use anyhow::{Result, anyhow};

/// `talkbot health`: GET /healthz of the local `serve`.
pub(super) async fn health(url: Option<String>) -> Result<ExitCode> {
    let url = match url {
        Some(url) => url,
        None => {
            let addr = std::env::var("TALKBOT_METRICS_LISTEN")
                .or_else(|_| std::env::var("TALKBOT_LISTEN"))
                .unwrap_or_else(|_| "127.0.0.1:8080".into());
            let addr: SocketAddr = addr
                .parse()
                .map_err(|_| anyhow!("'{addr}' is not an address like 127.0.0.1:8080"))?;
            // A wildcard listen address is asked on loopback.
            let ip = if addr.ip().is_unspecified() {
                std::net::IpAddr::from([127, 0, 0, 1])
            } else {
                addr.ip()
            };
            format!("http://{}/healthz", SocketAddr::new(ip, addr.port()))
        }
    };
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(4))
        .build()?;
    match client.get(&url).send().await {
        Ok(r) if r.status().is_success() => {
            println!("{}", r.text().await.unwrap_or_default().trim());
            Ok(ExitCode::SUCCESS)
        }
        Ok(r) => {
            let status = r.status();
            println!("{status}: {}", r.text().await.unwrap_or_default().trim());
            Ok(ExitCode::from(1))
        }
        Err(e) => {
            println!("{url}: {}", crate::delivery::describe(&e));
            Ok(ExitCode::from(1))
        }
    }
}

/// Build requests through the component for the first backend and send them; exit codes:
/// 0 sent, 1 refused by Talk, 3 unauthorized (401), 4 temporary failure (retry later).
pub(super) async fn post(
    config: Config,
    build: impl FnOnce(
        &mut crate::protocol::ProtocolInstance,
        &str,
        &str,
    ) -> wasmtime::Result<
        Result<Vec<crate::protocol::BotRequest>, crate::protocol::ApiError>,
    >,
) -> Result<ExitCode> {
    let engine = ProtocolEngine::new(EngineOptions::default())?;
    let mut instance = engine.instance()?;
    let backend = &config.backends[0];
    let requests = match build(&mut instance, &backend.url, backend.secrets[0].expose())? {
        Ok(requests) => requests,
        Err(e) => {
            let why = instance.api_error_message(&e)?;
            eprintln!("error: {why}");
            return Ok(ExitCode::from(2));
        }
    };
    // The 401 budget and the brute-force lock, as `serve` keeps them: a command spends
    // nothing while they say wait, and records its 401s for everyone.
    let base = instance
        .normalize_backend(&backend.url)?
        .map_err(|why| anyhow!("NEXTCLOUD_URL: {why}"))?;
    let log = UnauthorizedLog::new(&config.data_dir);
    let start = crate::store::now_ms().max(0) as u64;
    let health = BackendStanding::restore(&mut instance, log.clone(), &base, false, start);
    if let Some((until, why)) = health.paused(start) {
        eprintln!(
            "not sent: sending to {base} is paused for {} s: {why}",
            until.saturating_sub(start).div_ceil(1000)
        );
        return Ok(ExitCode::from(4));
    }
    let deliverer = Deliverer::new(config.delivery.request_timeout)?;
    for request in &requests {
        let answer = deliverer.send(request).await;
        // The engine reads the answer as it would for a reply sent right now.
        let now = crate::store::now_ms().max(0) as u64;
        if let TalkAnswer::Status((401, _)) = &answer
            && let Err(e) = log.record_unauthorized(&base, now)
        {
            eprintln!("warning: could not record the 401 for the bot's budget: {e}");
        }
        let clock = JobClock {
            attempts: 0,
            received_at: now,
        };
        let policy = instance.default_retry_policy()?;
        let outcome = instance.classify(&answer, config.max_message_length, clock, policy, now)?;
        let status = match &answer {
            TalkAnswer::Status((status, _)) => *status,
            TalkAnswer::Unreachable(_) => 0,
        };
        let explain = instance.explain_status(status)?;
        match outcome {
            Outcome::Delivered => println!("{status} {explain}"),
            Outcome::Unauthorized(_) => {
                eprintln!("{status}: {explain}");
                return Ok(ExitCode::from(3));
            }
            Outcome::SplitAgain(_) => {
                eprintln!("{status}: {explain}");
                return Ok(ExitCode::from(1));
            }
            Outcome::Rejected(reason) => {
                eprintln!("{reason}");
                return Ok(ExitCode::from(1));
            }
            Outcome::Retry(retry) => {
                eprintln!("{}", retry.reason);
                return Ok(ExitCode::from(4));
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
