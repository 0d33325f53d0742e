//! The bot's behaviour as a sans-IO engine (the WIT's `engine` interface): ingress, policy and
//! chat commands, the model request and answer, fallback, delivery outcomes, the 401 breaker,
//! and setup checks. Time is an argument; the only thing drawn from outside is jitter, from
//! the same randomness that signs requests.

mod breaker;
mod commands;
mod dates;
mod defaults;
mod delivery;
mod ingress;
pub mod job;
mod model;
mod policy;
pub mod schedule;
mod setup;
pub mod tools;
mod variables;

use crate::engine_api::{
    AnswerPlan, BotFeatures, Breaker, BreakerEvent, BreakerVerdict, ChatModel, Decision, Failure,
    FailureKind, Fallback, HttpRequest, IngressRules, JobClock, Outcome, Policy, RetryPolicy,
    RoomSettings, TalkAnswer, TalkCapabilities, Turn,
};
use crate::{Component, Event, ReceiveOptions, Received, WebhookError, engine_api};

pub use dates::{parse_atom, parse_http_date};
pub use defaults::defaults;
pub use setup::{check_max_length, check_secret, check_token};

impl engine_api::Guest for Component {
    fn admit(
        received: Received,
        signature: String,
        rules: IngressRules,
        now: u64,
    ) -> engine_api::Admission {
        ingress::admit(&received, &signature, &rules, now)
    }

    fn ingest(
        options: ReceiveOptions,
        rules: IngressRules,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
        now: u64,
    ) -> Result<engine_api::Ingested, WebhookError> {
        let received = crate::webhook::receive(&options, &headers, &body)?;
        let signature = headers
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case("x-nextcloud-talk-signature"))
            .map_or("", |(_, v)| v.as_str());
        Ok(engine_api::Ingested {
            admission: ingress::admit(&received, signature, &rules, now),
            backend_index: received.backend_index,
            backend: received.backend,
        })
    }

    fn parse_published(text: String) -> Option<u64> {
        dates::parse_atom(&text).and_then(|ms| u64::try_from(ms).ok())
    }

    fn default_system_prompt(agent_name: String) -> String {
        policy::default_system_prompt(&agent_name)
    }

    fn defaults() -> engine_api::BotDefaults {
        defaults::defaults()
    }

    fn decide(
        policy: Policy,
        settings: RoomSettings,
        backend: String,
        event: Event,
        key: String,
    ) -> Decision {
        policy::decide(
            &policy,
            &settings,
            &backend,
            event,
            &key,
            &commands::Context::default(),
        )
    }

    fn model_request(model: ChatModel, plan: AnswerPlan, history: Vec<Turn>) -> HttpRequest {
        model::request(&model, &plan, &history)
    }

    fn retryable(kind: FailureKind) -> bool {
        model::retryable(kind)
    }

    fn model_answer(url: String, status: u16, body: Vec<u8>) -> Result<String, Failure> {
        model::answer(&url, status, &body)
    }

    fn finish_answer(text: String, max_chars: Option<u32>, from_model: bool) -> Option<String> {
        let max = max_chars.unwrap_or(model::DEFAULT_MAX_ANSWER_CHARS);
        model::finish(&text, max, from_model)
    }

    fn remember(plan: AnswerPlan, posted: String, bot_name: String) -> Vec<Turn> {
        model::remember(&plan, &posted, &bot_name)
    }

    fn fallback_after(
        failures: Vec<(String, Failure)>,
        attempts: u32,
        max_attempts: u32,
        failure_reply: Option<String>,
        retry: RetryPolicy,
        now: u64,
    ) -> Fallback {
        model::fallback(
            &failures,
            attempts,
            max_attempts,
            failure_reply,
            &retry,
            now,
            crate::jitter(),
        )
    }

    fn classify(
        answer: TalkAnswer,
        max_length: u32,
        job: JobClock,
        retry: RetryPolicy,
        now: u64,
    ) -> Outcome {
        delivery::classify(&answer, max_length, &job, &retry, now, crate::jitter())
    }

    fn expired(job: JobClock, retry: RetryPolicy, now: u64) -> Option<String> {
        delivery::expired(&job, &retry, now)
    }

    fn default_retry_policy() -> RetryPolicy {
        delivery::DEFAULT_RETRY_POLICY
    }

    fn explain_status(status: u16) -> String {
        delivery::explain(status).to_string()
    }

    fn unauthorized_budget() -> u32 {
        breaker::BUDGET
    }

    fn breaker_step(state: Breaker, event: BreakerEvent, now: u64) -> (Breaker, BreakerVerdict) {
        breaker::step(state, event, now)
    }

    fn features_from_bits(bits: u64) -> BotFeatures {
        setup::features(bits)
    }

    fn parse_capabilities(body: Vec<u8>) -> Result<TalkCapabilities, String> {
        setup::capabilities(&body)
    }

    fn parse_features_answer(body: Vec<u8>) -> Result<u64, String> {
        setup::features_answer(&body)
    }

    fn check_secret(secret: String) -> Result<(), String> {
        setup::check_secret(&secret)
    }

    fn check_token(token: String) -> Result<(), String> {
        setup::check_token(&token)
    }

    fn check_max_length(max_length: u32) -> Result<(), String> {
        setup::check_max_length(max_length)
    }
}

impl crate::job_api::Guest for Component {
    type Bot = job::Bot;

    fn variable_names() -> Vec<String> {
        variables::NAMES.iter().map(|n| n.to_string()).collect()
    }
}

/// The component's draws: jitter and randoms from `wasi:random`.
fn draws<T>(run: impl FnOnce(&mut job::Draws) -> T) -> T {
    let mut jitter = crate::jitter;
    let mut random = crate::random_hex;
    run(&mut job::Draws {
        jitter: &mut jitter,
        random: &mut random,
    })
}

#[cfg(target_arch = "wasm32")]
use crate::arena::outside as outside_arena;

/// Natively there is no arena.
#[cfg(not(target_arch = "wasm32"))]
fn outside_arena<T>(f: impl FnOnce() -> T) -> T {
    f()
}

impl crate::job_api::GuestBot for job::Bot {
    fn create(config: crate::job_api::BotConfig) -> Result<crate::job_api::Bot, String> {
        // The bot outlives this call: built outside the arena, so the arena still starts over
        // after every call (the lowered `config` in it is freed on return).
        outside_arena(|| job::Bot::new(config.clone()).map(crate::job_api::Bot::new))
    }

    fn from_variables(
        variables: Vec<(String, String)>,
        responders: Vec<String>,
    ) -> Result<crate::job_api::Bot, String> {
        outside_arena(|| {
            let config = variables::config(&variables, &responders)?;
            job::Bot::new(config)
                .map(crate::job_api::Bot::new)
                .map_err(|e| format!("the bot is not configured: {e}"))
        })
    }

    fn backends(&self) -> Vec<String> {
        job::Bot::backends(self)
    }

    fn ingest(
        &self,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
        now: u64,
    ) -> Result<crate::job_api::Admitted, WebhookError> {
        job::Bot::ingest(self, &headers, body, now)
    }

    fn adopt(
        &self,
        backend_index: u32,
        dedup_key: String,
        body: Vec<u8>,
        received_at: u64,
    ) -> Result<Vec<u8>, String> {
        job::Bot::adopt(self, backend_index, dedup_key, body, received_at)
    }

    fn step(
        &self,
        job: Vec<u8>,
        input: crate::job_api::Input,
        now: u64,
    ) -> Result<crate::job_api::Step, crate::job_api::JobError> {
        let (job, action, log) = draws(|d| job::Bot::step_logged(self, &job, input, now, d))?;
        Ok(crate::job_api::Step { job, action, log })
    }

    fn describe(&self, job: Vec<u8>) -> String {
        job::Bot::describe(self, &job)
    }

    fn due(
        &self,
        since: Option<u64>,
        now: u64,
        rooms: Vec<crate::job_api::RoomSchedules>,
    ) -> crate::job_api::Due {
        job::Bot::due(self, since, now, &rooms)
    }

    fn next_due(&self, now: u64, rooms: Vec<crate::job_api::RoomSchedules>) -> Option<u64> {
        job::Bot::next_due(self, now, &rooms)
    }
}
