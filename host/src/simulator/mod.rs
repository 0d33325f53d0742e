//! A Nextcloud Talk simulator for tests and for trying talkbot without a Nextcloud.
//!
//! It is Talk's side, written independently of the component: it signs webhooks byte-for-byte
//! as Talk does (PHP `json_encode` escaping, `random + body` HMAC) and checks bot-API requests
//! in the order Talk's BotController does (spec §4): 412 without `OCS-APIRequest`, 400 for an
//! empty message or a missing/short random or signature, 401 for a signature no secret
//! matches (counted for brute-force protection: 429 for everyone after 10), 413 above 32000
//! characters, else 201. Faults can be scripted.
//!
//! - `bodies.rs`: webhooks as Talk writes and signs them;
//! - `talk.rs`: the bot API's side, checking requests as Talk's BotController does.

mod bodies;
mod talk;

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;
use serde::Serialize;
use tokio::net::TcpListener;

use bodies::talk_random;
pub use bodies::{
    CreateBody, create_body, date_atom, date_atom_now, membership_body, php_json_string,
    talk_signature,
};
use talk::handle;

/// Failed authentications after which every request gets 429 (Nextcloud's default).
pub const BRUTE_FORCE_LIMIT: u32 = 10;
const MAX_LENGTH: usize = 32000;
const API_PREFIX: &str = "/ocs/v2.php/apps/spreed/api/v1/bot/";

/// A message the bot posted.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Posted {
    pub token: String,
    pub message: String,
    pub reply_to: Option<u64>,
    pub reference_id: Option<String>,
    pub silent: bool,
    /// The thread Talk filed it in: a reply goes where its parent is (`threadId` is ignored
    /// then); otherwise `threadId`, when the server has threads.
    pub thread_id: Option<u64>,
}

/// What the simulator saw and holds. `GET /_simulator/stats` reports the counts as JSON.
#[derive(Debug, Default)]
pub struct State {
    pub secrets: Vec<String>,
    pub messages: Vec<Posted>,
    /// (token, message id, reaction) the bot currently has.
    pub reactions: BTreeSet<(String, u64, String)>,
    /// Every reaction request: (method, token, message id, reaction, status).
    pub reaction_log: Vec<(String, String, u64, String, u16)>,
    /// Statuses to answer the next bot-API requests with, before any check.
    pub faults: VecDeque<u16>,
    /// `Retry-After` (seconds) sent with scripted faults (`faults`, `message_faults`), if set.
    pub retry_after: Option<u64>,
    /// Statuses to answer the next send-message requests with (reactions unaffected); 0: that
    /// request is handled as usual.
    pub message_faults: VecDeque<u16>,
    /// The server's chat max-length (Talk: 32000).
    pub max_length: usize,
    /// Failed authentications so far (Talk's brute-force attempts of the bot's address; a
    /// test runs well within Talk's 30-minute window, so they are not aged out).
    pub failed_auth: u32,
    /// Failed authentications after which every bot request gets 429; the one that reaches it
    /// gets a 500, as on a real Nextcloud 32 (default [`BRUTE_FORCE_LIMIT`]).
    pub brute_force_limit: u32,
    /// The bot's feature bitmask. When set, the server has the `bot-features-api` capability
    /// (Talk 25) and answers `ask-features`; when None it is an older Talk without it.
    pub features: Option<u32>,
    /// Whether capabilities list `bots-v1` (false: Talk older than 17.1, or Talk disabled).
    pub no_bots: bool,
    /// A server without threads (Talk before 22): no `threads` capability, no message is in a
    /// thread, `threadId` is not read.
    pub no_threads: bool,
    /// The thread of each message that is in one: (token, message id) → thread id.
    pub threads: BTreeMap<(String, u64), u64>,
    /// Statuses answered, in order.
    pub statuses: Vec<u16>,
    /// Bot-API requests received so far, answered or not (one still waiting out `latency` is
    /// counted here but not yet in `statuses`).
    pub received: usize,
    /// Bot-API answers come this long after the request was processed (Talk's latency).
    pub latency: Duration,
    /// Until then every bot-API request is answered 503 (an outage, an upgrade).
    pub unavailable_until: Option<std::time::Instant>,
    /// Conversations the bot is not enabled in: requests for them get 401 (as Talk answers
    /// when no bot of the conversation matches the signature), counted like any failed login.
    pub disabled_rooms: BTreeSet<String>,
    /// Read a request body sent without `Content-Length` (chunked) as empty, as Nextcloud
    /// behind Apache `mod_proxy_fcgi` + php-fpm does: Talk then answers 400 "message empty".
    pub chunked_is_empty: bool,
}

/// A running simulator.
#[derive(Clone)]
pub struct Simulator {
    pub state: Arc<Mutex<State>>,
    pub addr: SocketAddr,
    client: reqwest::Client,
}

impl Simulator {
    /// Start on `addr` (port 0 for any) with the secrets of the bots enabled in every room.
    pub async fn start(addr: SocketAddr, secrets: Vec<String>) -> std::io::Result<Simulator> {
        let listener = TcpListener::bind(addr).await?;
        let addr = listener.local_addr()?;
        let state = Arc::new(Mutex::new(State {
            secrets,
            max_length: MAX_LENGTH,
            brute_force_limit: BRUTE_FORCE_LIMIT,
            ..State::default()
        }));
        let shared = state.clone();
        tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let state = shared.clone();
                tokio::spawn(async move {
                    let service = service_fn(move |request| {
                        let state = state.clone();
                        async move { Ok::<_, Infallible>(handle(&state, request).await) }
                    });
                    let _ = http1::Builder::new()
                        .serve_connection(TokioIo::new(stream), service)
                        .await;
                });
            }
        });
        // A new connection per webhook, as Talk's PHP makes one per request.
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .pool_max_idle_per_host(0)
            .build()
            .expect("HTTP client");
        Ok(Simulator {
            state,
            addr,
            client,
        })
    }

    /// The simulated Nextcloud's URL (what NEXTCLOUD_URL should be).
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Answer the next bot-API requests with these statuses.
    pub fn script_faults(&self, statuses: &[u16]) {
        self.lock().faults.extend(statuses);
    }

    /// Answer every bot-API request with 503 for `duration` from now.
    pub fn outage(&self, duration: Duration) {
        self.lock().unavailable_until = Some(std::time::Instant::now() + duration);
    }

    /// Delay every bot-API answer by `latency`.
    pub fn set_latency(&self, latency: Duration) {
        self.lock().latency = latency;
    }

    /// The bot is (no longer) enabled in `token`: its requests get 401.
    pub fn disable_room(&self, token: &str) {
        self.lock().disabled_rooms.insert(token.to_string());
    }

    /// Answer the next send-message requests with these statuses.
    pub fn script_message_faults(&self, statuses: &[u16]) {
        self.lock().message_faults.extend(statuses);
    }

    /// Messages posted so far.
    pub fn messages(&self) -> Vec<Posted> {
        self.lock().messages.clone()
    }

    /// Statuses answered so far.
    pub fn statuses(&self) -> Vec<u16> {
        self.lock().statuses.clone()
    }

    /// Bot-API requests received so far, including those not answered yet.
    pub fn received(&self) -> usize {
        self.lock().received
    }

    /// POST a webhook to the bot, signed with `secret` as Talk does; returns the status and body.
    pub async fn send_webhook(
        &self,
        bot_url: &str,
        secret: &str,
        body: Vec<u8>,
    ) -> reqwest::Result<(u16, String)> {
        let random = talk_random();
        let signature = talk_signature(secret, &random, &body);
        self.post_webhook(bot_url, &random, &signature, body).await
    }

    /// POST a webhook with the given random and signature (for forgeries).
    pub async fn post_webhook(
        &self,
        bot_url: &str,
        random: &str,
        signature: &str,
        body: Vec<u8>,
    ) -> reqwest::Result<(u16, String)> {
        let response = self
            .client
            .post(bot_url)
            .header("Content-Type", "application/json")
            .header("X-Nextcloud-Talk-Random", random)
            .header("X-Nextcloud-Talk-Signature", signature)
            .header("X-Nextcloud-Talk-Backend", format!("{}/", self.url()))
            .header("OCS-APIRequest", "true")
            .body(body)
            .send()
            .await?;
        let status = response.status().as_u16();
        Ok((status, response.text().await.unwrap_or_default()))
    }

    /// Wait until at least `n` messages were posted (or the timeout passes); returns them.
    pub async fn wait_for_messages(&self, n: usize, timeout: Duration) -> Vec<Posted> {
        let deadline = tokio::time::Instant::now() + timeout;
        loop {
            let messages = self.messages();
            if messages.len() >= n || tokio::time::Instant::now() >= deadline {
                return messages;
            }
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    }
}
