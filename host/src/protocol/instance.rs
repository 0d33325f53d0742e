//! [`ProtocolInstance`]: one instance at work, its export calls, and its return to the idle list.

use wasmtime::Result;

use super::*;

/// Units of work an instance serves before it is dropped and a fresh one instantiated.
pub(super) const MAX_USES: u32 = 10_000;

/// One instantiated component. Calls return `Err` only if the component trapped (a bug or a
/// limit hit); protocol failures are the inner `Result`'s errors.
pub struct ProtocolInstance {
    /// The store and bindings; `None` only while being dropped.
    pub(super) live: Option<Idle>,
    /// Each call may run for this many epoch ticks (`call_timeout`).
    pub(super) deadline_ticks: u64,
    /// A call trapped: the instance is never reused.
    pub(super) trapped: bool,
    /// Where the instance goes back when dropped cleanly, and how many may wait there.
    pub(super) home: Option<(IdleList, u32)>,
    /// Returned to the engine when the instance is dropped.
    pub(super) _slot: tokio::sync::OwnedSemaphorePermit,
}

impl Drop for ProtocolInstance {
    /// Back to the idle list if every call returned, the memory never grew past its initial
    /// size (a large webhook's pages are given back) and it has not served too long.
    fn drop(&mut self) {
        let (Some(mut idle), Some((list, max_idle))) = (self.live.take(), self.home.take()) else {
            return;
        };
        idle.uses += 1;
        if self.trapped || idle.store.data().limits.grew() || idle.uses >= MAX_USES {
            return;
        }
        let mut list = list.lock().unwrap_or_else(|p| p.into_inner());
        if list.len() < max_idle as usize {
            list.push(idle);
        }
    }
}

/// `pub fn name(&mut self, args…) -> Result<ret>` for each listed export of an interface.
macro_rules! exports {
    ($(
        $(#[$doc:meta])*
        $iface:ident . $name:ident => $call:ident ( $($arg:ident : $ty:ty),* ) -> $ret:ty;
    )*) => {
        $(
            $(#[$doc])*
            pub fn $name(&mut self, $($arg: $ty),*) -> Result<$ret> {
                let f = self.$iface().clone();
                let deadline = self.deadline_ticks;
                let live = self.live.as_mut().expect("live until dropped");
                live.store.set_epoch_deadline(deadline);
                let result = f.$call(&mut live.store, $($arg),*);
                self.trapped |= result.is_err();
                result
            }
        )*
    };
}

impl ProtocolInstance {
    fn bindings(&self) -> &TalkBot {
        &self.live.as_ref().expect("live until dropped").bindings
    }

    fn webhook(&self) -> &exports::nextcloud::talk_bot::webhook::Guest {
        self.bindings().nextcloud_talk_bot_webhook()
    }

    fn render(&self) -> &exports::nextcloud::talk_bot::render::Guest {
        self.bindings().nextcloud_talk_bot_render()
    }

    fn bot_api(&self) -> &exports::nextcloud::talk_bot::bot_api::Guest {
        self.bindings().nextcloud_talk_bot_bot_api()
    }

    fn engine(&self) -> &exports::nextcloud::talk_bot::engine::Guest {
        self.bindings().nextcloud_talk_bot_engine()
    }

    /// Units of work this instance served before the current one (0: freshly instantiated).
    pub fn served(&self) -> u32 {
        self.live.as_ref().map_or(0, |live| live.uses)
    }

    /// The largest linear memory this instance has had, in bytes.
    pub fn peak_memory_bytes(&self) -> usize {
        self.live
            .as_ref()
            .map_or(0, |live| live.store.data().limits.peak_bytes)
    }

    // One export call each: the instance's deadline is set, then the export runs. A trap
    // comes back as the outer `wasmtime::Error`, which converts into `anyhow::Error` with `?`,
    // keeping its chain.
    exports! {
        /// `webhook.default-max-body-bytes`.
        webhook.default_max_body_bytes => call_default_max_body_bytes() -> u64;
        /// `webhook.verify`.
        webhook.verify => call_verify(secret: &str, random: &str, signature: &str, body: &[u8])
            -> Result<(), WebhookError>;
        /// `webhook.parse`.
        webhook.parse => call_parse(body: &[u8]) -> Result<Event, WebhookError>;
        /// `webhook.receive`.
        webhook.receive => call_receive(
            options: &ReceiveOptions,
            headers: &[(String, String)],
            body: &[u8]
        ) -> Result<Received, WebhookError>;
        /// `webhook.webhook-error-status`.
        webhook.webhook_error_status => call_webhook_error_status(error: &WebhookError) -> u16;
        /// `webhook.webhook-error-message`.
        webhook.webhook_error_message => call_webhook_error_message(error: &WebhookError) -> String;
        /// `webhook.normalize-backend`.
        webhook.normalize_backend => call_normalize_backend(url: &str) -> Result<String, String>;
        /// `render.render-text`.
        render.render_text => call_render_text(template: &str, parameters: &[RichObject]) -> String;
        /// `render.render-message`.
        render.render_message => call_render_message(message: &Message) -> String;
        /// `render.address`.
        render.address => call_address(message: &Message, bot: &BotIdentity) -> AddressedText;
        /// `render.defang-mentions`.
        render.defang_mentions => call_defang_mentions(text: &str) -> String;
        /// `bot-api.ask-features`.
        bot_api.ask_features => call_ask_features(base_url: &str, secret: &str, token: &str)
            -> Result<BotRequest, ApiError>;
        /// `bot-api.send-message`.
        bot_api.send_message => call_send_message(
            base_url: &str,
            secret: &str,
            token: &str,
            message: &str,
            options: &SendOptions
        ) -> Result<Vec<BotRequest>, ApiError>;
        /// `bot-api.react`.
        bot_api.react => call_react(
            base_url: &str,
            secret: &str,
            token: &str,
            message_id: u64,
            reaction: &str
        ) -> Result<BotRequest, ApiError>;
        /// `bot-api.remove-reaction`.
        bot_api.remove_reaction => call_remove_reaction(
            base_url: &str,
            secret: &str,
            token: &str,
            message_id: u64,
            reaction: &str
        ) -> Result<BotRequest, ApiError>;
        /// `bot-api.split-message`.
        bot_api.split_message => call_split_message(message: &str, max_length: u32)
            -> Result<Vec<String>, ApiError>;
        /// `bot-api.sign`.
        bot_api.sign => call_sign(secret: &str, random: &str, value: &str) -> String;
        /// `bot-api.reference-id`.
        bot_api.reference_id => call_reference_id(
            backend: &str,
            token: &str,
            key: &str,
            chunk: u32
        ) -> String;
        /// `bot-api.split-again`.
        bot_api.split_again => call_split_again(
            base_url: &str,
            secret: &str,
            token: &str,
            request: &BotRequest,
            max_length: u32
        ) -> Result<Vec<BotRequest>, ApiError>;
        /// `bot-api.api-error-message`.
        bot_api.api_error_message => call_api_error_message(error: &ApiError) -> String;
        /// `engine.admit`.
        engine.admit => call_admit(
            received: &Received,
            signature: &str,
            rules: IngressRules,
            now: u64
        ) -> Admission;
        /// `engine.ingest`.
        engine.ingest => call_ingest(
            options: &ReceiveOptions,
            rules: IngressRules,
            headers: &[(String, String)],
            body: &[u8],
            now: u64
        ) -> Result<Ingested, WebhookError>;
        /// `engine.decide`.
        engine.decide => call_decide(
            policy: &Policy,
            settings: &RoomSettings,
            backend: &str,
            event: &Event,
            key: &str
        ) -> Decision;
        /// `engine.model-request`.
        engine.model_request => call_model_request(
            model: &ChatModel,
            plan: &AnswerPlan,
            history: &[Turn]
        ) -> HttpRequest;
        /// `engine.model-answer`.
        engine.model_answer => call_model_answer(url: &str, status: u16, body: &[u8])
            -> Result<String, Failure>;
        /// `engine.finish-answer`.
        engine.finish_answer => call_finish_answer(
            text: &str,
            max_chars: Option<u32>,
            from_model: bool
        ) -> Option<String>;
        /// `engine.remember`.
        engine.remember => call_remember(plan: &AnswerPlan, posted: &str, bot_name: &str)
            -> Vec<Turn>;
        /// `engine.retryable`.
        engine.retryable => call_retryable(kind: FailureKind) -> bool;
        /// `engine.fallback-after`.
        engine.fallback_after => call_fallback_after(
            failures: &[(String, Failure)],
            attempts: u32,
            max_attempts: u32,
            failure_reply: Option<&str>,
            retry: RetryPolicy,
            now: u64
        ) -> Fallback;
        /// `engine.classify`.
        engine.classify => call_classify(
            answer: &TalkAnswer,
            max_length: u32,
            job: JobClock,
            retry: RetryPolicy,
            now: u64
        ) -> Outcome;
        /// `engine.expired`.
        engine.expired => call_expired(
            job: JobClock,
            retry: RetryPolicy,
            now: u64
        ) -> Option<String>;
        /// `engine.default-retry-policy`.
        engine.default_retry_policy => call_default_retry_policy() -> RetryPolicy;
        /// `engine.explain-status`.
        engine.explain_status => call_explain_status(status: u16) -> String;
        /// `engine.unauthorized-budget`.
        engine.unauthorized_budget => call_unauthorized_budget() -> u32;
        /// `engine.breaker-step`.
        engine.breaker_step => call_breaker_step(
            state: &Breaker,
            event: &BreakerEvent,
            now: u64
        ) -> (Breaker, BreakerVerdict);
        /// `engine.features-from-bits`.
        engine.features_from_bits => call_features_from_bits(bits: u64) -> BotFeatures;
        /// `engine.parse-capabilities`.
        engine.parse_capabilities => call_parse_capabilities(body: &[u8])
            -> Result<TalkCapabilities, String>;
        /// `engine.parse-features-answer`.
        engine.parse_features_answer => call_parse_features_answer(body: &[u8])
            -> Result<u64, String>;
        /// `engine.check-secret`.
        engine.check_secret => call_check_secret(secret: &str) -> Result<(), String>;
        /// `engine.check-token`.
        engine.check_token => call_check_token(token: &str) -> Result<(), String>;
        /// `engine.check-max-length`.
        engine.check_max_length => call_check_max_length(max_length: u32) -> Result<(), String>;
    }
}
